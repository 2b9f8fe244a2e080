"""Round 27 (issue 18): the speech engine's per-line and per-name work, less of it.

Each test holds what a reader of `check` or `extract` sees on the paths this round
changed: a byline read once for both of its questions (is the line furniture, whose
names does it give), the URL test asked only of lines that can be a URL, a person's
names' sexes read once per name, a verdict field's colon found without ``str.find``.
"""

from __future__ import annotations

import pytest

from provenance.speech import analyse, attribute
from provenance.speech.furniture import byline_names, find_furniture, is_furniture_line
from provenance.speech.quotes import Paragraphs
from provenance.speech.speakers import Mentions


class _P:
    def __init__(self, pid: str, name: str, aliases: list[str] | None = None) -> None:
        self.id, self.name, self.aliases = pid, name, aliases or []


def _lines(text: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    for line in text.split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def _furniture_lines(text: str) -> list[str]:
    spans = _lines(text)
    return [text[s:e] for i, (s, e) in enumerate(spans) if i in find_furniture(text, spans)]


def test_the_page_top_before_a_byline_is_furniture_and_the_byline_names_its_authors() -> None:
    text = ("Ferry fares to rise again\n"
            "The operator blames fuel costs for a third rise in two years.\n"
            "By Jane Roe and Sam Okoro | Reuters\n"
            "Calder Ferries will raise its fares by 8 per cent from May, it said on Monday.\n"
            "“We have no choice,” said Ana Hassan, the company’s chief executive.\n")
    assert _furniture_lines(text) == text.split("\n")[:3]
    assert byline_names("By Jane Roe and Sam Okoro | Reuters") == ["Jane Roe", "Sam Okoro"]
    assert is_furniture_line("  By Jane Roe and Sam Okoro | Reuters ")


def test_a_role_byline_is_read_by_its_last_word() -> None:
    line = "Jane Roe, Political Editor"
    assert is_furniture_line(line)
    assert byline_names(line) == ["Jane Roe"]
    text = f"Budget cuts ahead\n{line}\nThe council will cut its budget, officials said.\n"
    assert _furniture_lines(text) == ["Budget cuts ahead", line]


def test_a_long_byline_is_prose_unless_it_is_a_caption_whose_names_then_count() -> None:
    # more than 14 words: no byline by the furniture test; a photo credit makes the line
    # furniture, and the names its byline pattern read make it the page's byline (the
    # lines above it furniture too)
    long = "By Jane Roe | Photo by Sam Okoro of the ferry at the quay in May at dawn"
    assert not is_furniture_line(long)
    assert byline_names(long) == ["Jane Roe"]
    text = f"Ferry fares\nFares rise in May\n{long}\nCalder Ferries said fares rise.\n"
    assert _furniture_lines(text) == ["Ferry fares"]
    credited = ("By Jane Roe and Sam Okoro | Photo: the ferry at the quay at dawn, in May, "
                "by the pier")
    assert is_furniture_line(credited)
    text = f"Ferry fares\nFares rise in May\n{credited}\nCalder Ferries said fares rise.\n"
    assert _furniture_lines(text) == text.split("\n")[:3]


@pytest.mark.parametrize("line, furniture", [
    ("www.calderferries.example/fares", True),
    ("WWW.CALDERFERRIES.EXAMPLE/FARES", True),
    ("Www.Calderferries.example", True),
    ("(https://calderferries.example/fares)", True),
    ("HTTP://CALDERFERRIES.EXAMPLE", True),
    ("See www.calderferries.example for the fares.", False),
    ("The www of it all: nobody reads the small print, she said.", False),
    ("Fares rise by 8 per cent in May, the operator said.", False),
])
def test_a_url_line_is_furniture_and_prose_about_one_is_not(line: str, furniture: bool) -> None:
    assert is_furniture_line(line) is furniture


def test_a_woman_named_after_a_man_of_her_surname_is_not_him() -> None:
    text = ("Tom Hart runs the ferry line.\n"
            "“Fares must rise,” said Tom Hart.\n"
            "“They need not,” said Ms Hart, his sister, who sits on the council.\n")
    speech = analyse(text, pronouns=False)
    assert [(p.name, p.aliases) for p in speech.persons] == [
        ("Tom Hart", []), ("Hart", ["Ms Hart"])]
    assert [(st.speaker, st.how) for st in speech.statements] == [
        ("Tom Hart", "cue"), ("Hart", "cue")]
    tom, ms_hart = _P("tom", "Tom Hart"), _P("ms-hart", "Ms Hart")
    second = text.index("They need not")
    got = attribute(speech, second, second + len("They need not"), ms_hart, [tom, ms_hart])
    assert (got.verdict, got.said_by) == ("ok", "Ms Hart")


def test_a_fact_checks_verdict_is_no_ones_mention_but_a_name_after_a_colon_is() -> None:
    text = ("Our rating: Mostly False\n"
            "Spokesman: Dev Patel said the figure was wrong.\n"
            "Verdict: False\n")
    paras = Paragraphs(text)
    names = [written for _s, _e, written, _c in Mentions(text).items]
    assert "Mostly False" not in names and "False" not in names
    assert "Dev Patel" in names
    assert paras.spans  # (the text reads as lines)


def test_a_name_led_by_is_the_sentences_subject_but_a_name_after_by_alone_an_aside() -> None:
    text = ("Friends of Saltgate Pier, led by  Marguerite Ashdowne-Pell, says the pier must "
            "stay. A study by Dr Ravi Patel of the county council found otherwise, and "
            "the group is run by\u00a0Ana Hassan.\n")
    m = Mentions(text)
    items = [written for _s, _e, written, _c in m.items]
    asides = [written for _s, _e, written, _c in m.asides]
    assert "Marguerite Ashdowne-Pell" in items and "Ana Hassan" in items
    assert "Dr Ravi Patel" in asides and "Dr Ravi Patel" not in items


def test_names_in_the_page_top_are_no_ones_mentions_and_names_after_it_are() -> None:
    text = ("Calder Ferries Raises Fares Again\n"
            "By Jane Roe\n"
            "Ana Hassan, the chief executive, said fares would rise.\n"
            "“We have no choice,” Hassan said.\n")
    paras = Paragraphs(text)
    skip = [paras.spans[i] for i in sorted(paras.furniture)]
    assert skip == [paras.spans[0], paras.spans[1]]
    names = [written for _s, _e, written, _c in Mentions(text, skip=skip).items]
    assert "Jane Roe" not in names and "Calder Ferries" not in names
    assert "Ana Hassan" in names and "Hassan" in names
    everything = [written for _s, _e, written, _c in Mentions(text).items]
    assert "Jane Roe" in everything
