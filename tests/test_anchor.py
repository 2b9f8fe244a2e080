"""Anchoring quotes in the seed interview: each status pinned with a real case."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.anchor import TextIndex, anchor_quote, normalize, paragraph_span

SEED = Path(__file__).resolve().parents[1] / "graph_data/cluneal-nerve/sources/ng-interview.txt"


@pytest.fixture(scope="module")
def text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def index(text: str) -> TextIndex:
    return TextIndex(text)


def line_col(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def test_exact_quote_gives_span_line_and_column(text: str, index: TextIndex) -> None:
    q = "We found no anatomical variation between sex, age or side"
    a = anchor_quote(q, text, index=index)
    assert a.status == "exact" and a.score == 100
    assert a.start is not None and a.end is not None
    assert text[a.start : a.end] == q
    assert (a.line, a.column) == line_col(text, a.start) == (13, 2)
    assert a.pieces == [(a.start, a.end)]


def test_non_breaking_space_is_normalized_and_span_is_in_original(
    text: str, index: TextIndex
) -> None:
    # the source has "in the\xa0majority" and "was\xa0available ... or\xa0acupuncturists"
    for q, nbsp in [
        ("Repetitive nerve blocks work well in the majority of patients.", "the\xa0majority"),
        (
            "Twelve years ago, many of such information was available from massage "
            "therapists or acupuncturists.",
            "or\xa0acupuncturists",
        ),
        ("That is why I believe that aging is one of the contributing factors.", "that\xa0 aging"),
    ]:
        a = anchor_quote(q, text, index=index)
        assert a.status == "normalized", q
        assert a.start is not None and a.end is not None
        found = text[a.start : a.end]
        assert nbsp in found
        assert normalize(found).strip(" .") == normalize(q).strip(" .")
        assert (a.line, a.column) == line_col(text, a.start)


def test_bracketed_insertion_in_the_seed(text: str, index: TextIndex) -> None:
    with_brackets = (
        "suggested entrapment of the penetrating nerves within or under the ligament is a "
        "potential cause for [low back pain] and peripartum pelvic pain"
    )
    a = anchor_quote(with_brackets, text, index=index)
    assert a.status == "exact"
    # the same words without the editor's brackets still match, normalised
    b = anchor_quote(with_brackets.replace("[", "").replace("]", ""), text, index=index)
    assert b.status == "normalized" and (b.start, b.end) == (a.start, a.end)


def test_insertion_replacing_words_matches_piece_by_piece(text: str, index: TextIndex) -> None:
    # the source says "because the SCN originates"; the quote brackets SCN as an insertion
    a = anchor_quote("because the [superior cluneal nerve] originates from this area", text,
                     index=index)  # fmt: skip
    assert a.status == "exact"
    assert len(a.pieces) == 2
    (s1, e1), (s2, e2) = a.pieces
    assert text[s1:e1] == "because the" and text[s2:e2] == "originates from this area"
    assert 0 < s2 - e1 < 10  # the pieces are close together, not the first "because the"


def test_unbalanced_quotation_mark_before_primary_loops(text: str, index: TextIndex) -> None:
    # The source: ...pelvic pain” because “primary and secondary loops ... LPSL.  (never closed)
    q = (
        "peripartum pelvic pain because primary and secondary loops of the posterior sacral "
        "nerve plexus passed through or underneath the LPSL."
    )
    a = anchor_quote(q, text, index=index)
    assert a.status == "normalized"
    assert a.start is not None and a.end is not None
    assert text[a.start : a.end].startswith("peripartum pelvic pain\u201d because \u201cprimary")
    assert text[a.end - 4 : a.end] == "LPSL"
    # with the opening mark typed as a straight quote, too
    b = anchor_quote('"primary and secondary loops of the posterior sacral nerve plexus', text,
                     index=index)  # fmt: skip
    assert b.status == "normalized" and b.start == text.index("primary and secondary")


def test_curly_apostrophe_case_and_dash(text: str, index: TextIndex) -> None:
    a = anchor_quote("Aota isn't the only one who thinks that this etiology is under-diagnosed",
                     text, index=index)  # fmt: skip
    assert a.status == "normalized"
    assert a.start is not None and "\u2019" in text[a.start : a.end]
    b = anchor_quote("most of this entrapment - clunealgia - stem from the superior cluneal nerves",
                     text, index=index)  # fmt: skip
    assert b.status == "normalized"
    assert b.start is not None and "\u2014" in text[b.start : b.end]


def test_trailing_punctuation_differs(text: str, index: TextIndex) -> None:
    # the source has "side,”" - a quote ending in a full stop is the same words
    a = anchor_quote("We found no anatomical variation between sex, age or side.", text,
                     index=index)  # fmt: skip
    assert a.status == "normalized"


def test_ellipsis_pieces_in_order(text: str, index: TextIndex) -> None:
    for sep in (" ... ", " \u2026 ", " [...] "):
        q = f"I started this study about 12 years ago.{sep}No information was available"
        a = anchor_quote(q, text, index=index)
        assert a.status == "exact", sep
        assert len(a.pieces) == 2
        (s1, e1), (s2, e2) = a.pieces
        assert text[s1:e1] == "I started this study about 12 years ago."
        assert text[s2:e2] == "No information was available"
        assert s1 < e1 < s2 < e2 and s2 - e1 < 100
    # pieces out of order are not an elision of this text
    q = "No information was available ... I started this study about 12 years ago."
    assert anchor_quote(q, text, index=index).status != "exact"


def test_changed_digit_is_fuzzy_with_a_diff(text: str, index: TextIndex) -> None:
    q = "this condition makes up about 14 percent of reported chronic low back pain"
    a = anchor_quote(q, text, index=index)
    assert a.status == "fuzzy" and 90 <= a.score < 100
    assert a.start is not None and a.end is not None
    assert text[a.start : a.end] == (
        "this condition makes up about 12 percent of reported chronic low back pain"
    )
    assert a.diff == [{"op": "changed", "quote": "14", "source": "12"}]
    # a stricter threshold turns the same quote into a miss, with the closest passage kept
    strict = anchor_quote(q, text, index=index, min_score=99)
    assert strict.status == "missing" and strict.start is None
    assert strict.closest is not None and "12 percent" in strict.closest


def test_dropped_word_is_fuzzy(text: str, index: TextIndex) -> None:
    q = "Only 113 of them were diagnosed with pain."  # source: "with SCN pain."
    a = anchor_quote(q, text, index=index)
    assert a.status == "fuzzy"
    assert a.start is not None and text[a.start :].startswith("Only 113 of them")
    assert {"op": "omitted", "quote": "", "source": "SCN"} in (a.diff or [])


def test_typo_is_fuzzy(text: str, index: TextIndex) -> None:
    q = "Spinal kyphosis following osteoporotic vertebral fractures may often aggravate "
    q += "cluneal neuralgia because the nerve is strecthed by kyphosis."
    a = anchor_quote(q, text, index=index)
    assert a.status == "fuzzy"
    assert a.start == text.index("Spinal kyphosis")
    assert [d["source"] for d in a.diff or []] == ["stretched"]


def test_quote_that_is_nowhere_is_missing(text: str, index: TextIndex) -> None:
    a = anchor_quote("Cluneal nerve entrapment is the leading cause of sciatica in marathon "
                     "runners.", text, index=index)  # fmt: skip
    assert a.status == "missing"
    assert a.start is None and a.line is None
    assert a.score < 90


def test_weak_match_is_missing_not_anchored(text: str, index: TextIndex) -> None:
    # shares a frame with the "12 percent" sentence, but says something else
    q = "this condition makes up about 40 percent of acute neck pain in young children"
    a = anchor_quote(q, text, index=index)
    assert a.status == "missing" and a.start is None
    assert a.closest is not None and "12 percent" in a.closest
    assert a.diff  # what differs, word by word


def test_no_match_inside_a_word(text: str, index: TextIndex) -> None:
    # "2 percent" is inside "12 percent": not an exact or normalised match
    a = anchor_quote("2 percent of reported chronic low back pain", text, index=index)
    assert a.status not in ("exact", "normalized")


def test_nfkc_and_line_breaks() -> None:
    src = "Title\n\nThe \ufb01rst   finding\nwas \u201cclear\u201d\u2014really."
    a = anchor_quote("the first finding was clear - really", src)
    assert a.status == "normalized"
    assert a.start is not None and a.end is not None
    assert src[a.start : a.end] == "The \ufb01rst   finding\nwas \u201cclear\u201d\u2014really"
    assert (a.line, a.column) == (3, 1)


def test_index_reuse_gives_same_anchor(text: str, index: TextIndex) -> None:
    q = "this condition makes up about 14 percent of reported chronic low back pain"
    assert anchor_quote(q, text, index=index) == anchor_quote(q, text)


def test_paragraph_span(text: str, index: TextIndex) -> None:
    a = anchor_quote("Leg pain and/or tingling often be associated.", text, index=index)
    assert a.start is not None and a.end is not None
    ps, pe = paragraph_span(text, a.start, a.end)
    para = text[ps:pe]
    assert para.startswith("And so, cluneal neuralgia")
    assert para.endswith("repetitive cluneal nerve blocks do work well.")


def test_empty_quote_is_missing(text: str) -> None:
    assert anchor_quote("   ", text).status == "missing"


def test_elided_quote_with_a_changed_digit_is_fuzzy_piece_by_piece(
    text: str, index: TextIndex
) -> None:
    q = "I started this study about 13 years ago. ... No information was available"
    a = anchor_quote(q, text, index=index)
    assert a.status == "fuzzy"
    assert len(a.pieces) == 2
    (s1, e1), (s2, e2) = a.pieces
    assert text[s1:e1].startswith("I started this study about 12 years ago")
    assert text[s2:e2] == "No information was available"
    assert {"op": "changed", "quote": "13", "source": "12"} in (a.diff or [])


def test_degenerate_inputs_are_missing_not_errors(text: str) -> None:
    for q in ("...", "[...]", "\u2026", "a" * 5000):
        assert anchor_quote(q, text).status == "missing"
    for src in ("", " ", "\u00a0\u00a0", "\u201c\u201d"):
        assert anchor_quote("hello world", src).status == "missing"


def test_the_fast_scans_find_what_their_plain_forms_find() -> None:
    """The special-character, word-diff and elision scans are written for speed (one
    character class first); on text made of the characters they care about, they match
    exactly where the plain patterns they replace match."""
    import random
    import re

    from provenance import anchor

    plain = {
        anchor._SPECIAL: re.compile(r"\s{2,}|[^\S ]|[^\x00-\x7f]|[\"`\[\]]"),
        anchor._DIFF_SPLIT: re.compile(r"(?:\s|[\u2010-\u2015\u2212]|(?<=\s)-|-(?=\s))+"),
    }
    pieces = [" ", "  ", "\n", "\t", "\r\n", "\xa0", "\u2028", "\u3000", "\x1c", "\x01", "a",
              "B", "7", "-", "--", "\u2013", "\u2014", "\u2212", "\u201c", '"', "`", "[", "]",
              "\u00e9", "e\u0301", "\ufb01", ".", "\u2019"]
    breaks = re.compile(r"\s*(\[\s*(?:\.\s*\.\s*\.|\u2026)\s*\]|\.\.\.|\u2026"
                        r"|\[[^\[\]]{1,80}\])\s*")
    marks = ["...", "..", "\u2026", "[...]", "[ \u2026 ]", "[x]", "[" + "y" * 85 + "]"]
    rng = random.Random(18)
    for _ in range(20_000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for fast, slow in plain.items():
            assert [m.span() for m in fast.finditer(s)] == [m.span() for m in slow.finditer(s)], s
        q = "".join(rng.choice(pieces + marks) for _ in range(rng.randint(0, 10)))
        assert list(anchor._breaks(q)) == [(m.start(), m.end(), m.group(1))
                                           for m in breaks.finditer(q)], q
