"""Quotations in single marks, as British and Australian news write them ('...,' he said),
and the apostrophes that look like them. Short articles written for these tests."""

from __future__ import annotations

from pathlib import Path

from provenance.check import check_dossier
from provenance.dossier import load_dossier
from provenance.extract import extract, extract_text
from provenance.speech.quotes import Paragraphs, single_quoted

FLOOD = (
    "Flood defences 'not fit for purpose', say residents\n"
    "By Jane Smith\n"
    "Residents of a Yorkshire market town say the defences built after the 2015 floods "
    "have failed them.\n"
    "'We were told the new wall would hold back anything the river could throw at us,' "
    "said Margaret Hill, 67, whose shop on Bridge Street was flooded again.\n"
    "The Environment Agency said the barrier had worked as designed. A spokesman said: "
    "'The defences reduced the depth of flooding by more than a metre.'\n"
    "Councillor Tom Reid disagreed. 'People are angry, and they have every right to be,' "
    "he said. 'The agency keeps telling us it's doing its best, but the residents' "
    "patience has run out.'\n"
    "Sophie Hart, 19, said her family had lost everything in the '90s floods and again "
    "this week. \u2018My mum cried when she saw the kitchen,\u2019 she said. "
    "\u2018We\u2019d only just paid for the last lot.\u2019\n"
    "Mr Reid said the council would press ministers: 'We won't take no for an answer. "
    "As one farmer put it, \"enough is enough\".'\n"
)


def _said(text: str) -> dict[str, str | None]:
    return {s.quote[:20]: s.speaker for s in extract_text(text).statements}


def test_single_marks_are_quotation_marks_in_a_text_that_quotes_with_them() -> None:
    got = _said(FLOOD)
    assert got["We were told the new"] == "Margaret Hill"
    # unnamed, for the body its paragraph opens with
    assert got["The defences reduced"] == "A spokesman for the Environment Agency"
    assert got["People are angry, an"] == "Tom Reid"  # "Councillor" is a title
    assert got["My mum cried when sh"] == "Sophie Hart"
    assert got["We won't take no for"] == "Tom Reid"
    # the headline's quotation is furniture; nobody says "not fit for purpose"
    assert not any(q.startswith("not fit") for q in got)
    assert len(got) == 5


def test_apostrophes_stay_words_and_the_quote_keeps_its_marks_as_written() -> None:
    [st] = [s for s in extract_text(FLOOD).statements if s.quote.startswith("People")]
    # "it's" and the plural possessive "residents'" do not end the quotation
    assert st.quote.endswith("the residents' patience has run out.")
    [last] = [s for s in extract_text(FLOOD).statements if s.quote.startswith("We won't")]
    # the quotation inside it keeps its double marks: the words are the text's own
    assert last.quote.endswith('"enough is enough".')
    for s in extract_text(FLOOD).statements:
        for a, b in s.spans:
            assert FLOOD[a:b] in s.quote


def test_an_american_text_with_nested_single_quotes_reads_as_before() -> None:
    text = ("Senate vote\n"
            "\u201cHe told me \u2018no\u2019 twice,\u201d said Sen. Ann Cole. "
            "\u201cIt\u2019s over.\u201d\n"
            "Cole\u2019s aides said the \u201990s rules still apply.\n")
    assert single_quoted(text, Paragraphs(text)) is text
    [st] = extract_text(text).statements
    assert st.speaker == "Ann Cole" and "\u2018no\u2019" in st.quote


def test_double_marks_typed_as_two_apostrophes_are_not_single_quotations() -> None:
    # plain-text archives write double marks as '' and ``: such a text is not British style
    text = ("Budget\n"
            "''We will not raise taxes,'' said Gov. Ed Marsh. He called the plan ''a "
            "fair deal'' for the 'working families' of the state.\n")
    assert single_quoted(text, Paragraphs(text)) is text


def test_elisions_open_no_quotation() -> None:
    text = ("Festival\n"
            "'Rock 'n' roll never died,' said Dee Park. Fans sang till 'em all went home "
            "in the '80s style.\n")
    read = single_quoted(text, Paragraphs(text))
    assert read[len("Festival\n")] == "\u201c"
    [st] = extract_text(text).statements
    assert st.quote == "Rock 'n' roll never died" and st.speaker == "Dee Park"
    assert "'em" in read and "'80s" in read


def test_a_british_draft_passes_check(tmp_path: Path) -> None:
    src = tmp_path / "flood.txt"
    src.write_text(FLOOD, encoding="utf-8")
    _ex, folder = extract(src, tmp_path / "draft")
    report = check_dossier(load_dossier(folder), locate=False)
    # one appearance per quoted piece (a quotation split around its cue has two)
    assert len(report.results) == sum(len(s.spans) for s in _ex.statements) == 7
    assert all(r.status == "exact" and r.attribution == "ok" for r in report.results)


DROUGHT = (
    "Drought forces water limits\n"
    "Valley Water\u2019s managing director, Owen Hale, said dam levels had fallen to 38 per "
    "cent. \u2018We haven\u2019t seen numbers like this in decades,\u2019 he told local radio.\n"
    "The Premier, Chris Mott, told reporters the government would \u2018do whatever it "
    "takes\u2019. Asked about desalination, he said: \u2018Everything is on the table.\u2019\n"
    "\u2018It\u2019s a disgrace,\u2019 said Opposition spokeswoman Dr Sarah Kent. "
    "\u2018The warnings were there in 2022.\u2019\n"
)


def test_an_australian_article_in_single_marks() -> None:
    got = {s.quote[:20]: s.speaker for s in extract_text(DROUGHT).statements}
    # "he" is the managing director named in apposition, not the company before "'s"
    assert got["We haven\u2019t seen numb"] == "Owen Hale"
    # "Premier" is an office, "Opposition" no one's name
    assert got["do whatever it takes"] == "Chris Mott"
    assert got["Everything is on the"] == "Chris Mott"
    assert got["It\u2019s a disgrace \u2026 Th"] == "Sarah Kent"


def test_a_quote_split_around_its_cue_with_the_comma_outside_the_marks() -> None:
    text = ("Storm damage\n"
            "Ann Lee spoke first.\n"
            "\u2018Nobody came\u2019, Mrs Lee told the Chronicle, \u2018not one person\u2019.\n")
    [st] = extract_text(text).statements
    assert st.quote == "Nobody came \u2026 not one person" and st.speaker == "Ann Lee"


def test_a_single_quoted_quotation_running_over_paragraphs() -> None:
    text = ("Rail strike\n"
            "Union leader Mick Lane said members had no choice. \u2018We have been patient "
            "for two years. We have tried every route.\n"
            "\u2018Now the company must listen,\u2019 he said.\n"
            "The operator called the strike \u2018unnecessary and damaging\u2019.\n")
    first, second = extract_text(text).statements
    assert first.quote.startswith("We have been patient") and first.quote.endswith("listen")
    assert len(first.spans) == 2 and first.speaker == "Mick Lane"
    assert second.quote == "unnecessary and damaging"


def test_a_quotation_running_into_the_next_paragraph_is_not_cut_at_a_plural_possessive() -> None:
    """"The residents' group" inside a quotation left open at the paragraph's end (the next
    paragraph opening with a single mark carries it on) is no end of the quotation."""
    text = ("Flood victims still waiting, says council\n"
            "By Ann Hart\n"
            "Mrs Lee, 54, told the Chronicle: 'Nobody came to help us then and nobody comes "
            "now. The residents' group asked twice.\n"
            "'Still nothing has changed,' she added.\n"
            "Councillor Tom Reed said: 'We are doing what we can.'\n")
    lee = [s for s in extract_text(text).statements if s.speaker == "Lee"]
    assert lee and "group asked twice." in lee[0].quote
