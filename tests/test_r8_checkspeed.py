"""What `check` reports must not depend on how fast it got there (round 8 made it cheaper).

A quote is anchored on the normalised copy of its text and mapped back to the original
offsets the editor opens; the copy is cut two ways (a text with a space before a line
break or another space, and one without), and both must put a quote's start and end on
the same characters. The records `check` hands to `report`, `trace` and the export are
made in one step rather than through the dataclass's ``__init__``: they must be the same
records (equal, the same fields, frozen, and the same once pickled).
"""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

import pytest

from provenance.anchor import Anchor, TextIndex, anchor_occurrences, anchor_quote, normalize
from provenance.check import AppearanceResult, check_dossier
from provenance.model import Appearance, Claim, Dossier, Person, Work

TEXTS = {
    # spaces only where a single one stands: no space before whitespace
    "plain": "The mayor said \u201cwe will\nnot close the\u00a0library\u201d on Monday.\n\n"
             "Later she said \u201cwe will not close the library\u201d again.",
    # a space before a line break, and a run of spaces
    "spaced": "The mayor said \u201cwe will \nnot close  the library\u201d on Monday.  \n\n"
              "Later she said \u201cwe will not close the library\u201d again.",
}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_a_quote_across_line_breaks_and_runs_of_spaces_maps_back_to_its_own_words(
        name: str) -> None:
    text = TEXTS[name]
    quote = "We will not close the library"
    index = TextIndex(text)
    first = anchor_quote(quote, text, index=index)
    assert first.status == "normalized"
    assert first.start is not None and first.end is not None
    found = text[first.start:first.end]
    assert found.startswith("we will") and found.endswith("library")
    assert normalize(found) == normalize(quote)
    both = anchor_occurrences(quote, text, first, index=index)
    assert [text[a.start:a.end] for a in both if a.start is not None and a.end is not None] \
        == [found, "we will not close the library"]
    assert [a.line for a in both] == [1, 4]


def test_every_offset_of_the_normalised_copy_maps_to_the_same_character_both_ways() -> None:
    # the copy of "spaced" read with the rule for any text, and of the same text with
    # its runs of spaces taken out (the faster cut): each normalised character maps
    # back to a character that normalises to it
    for text in TEXTS.values():
        index = TextIndex(text)
        norm = index.norm
        for p, ch in enumerate(norm):
            s, e = index.orig_start(p), index.orig_end(p + 1)
            assert ch in normalize(text[s:e]) or ch == " ", (text, p, ch)


def _dossier() -> Dossier:
    text = TEXTS["plain"]
    return Dossier(
        title="Library", root=Path("."), path=Path("dossier.yaml"), slug="library",
        people=[Person(id="lee", name="Ann Lee")],
        works=[Work(id="w", type="article", title="Library", source_text="w.txt")],
        claims=[Claim(id="c", text="The library stays open",
                      appearances=[Appearance(quote="we will not close the library",
                                              in_="w", by="lee")])],
        texts={"w": text},
    )


def test_the_records_check_makes_are_the_dataclasses_own() -> None:
    report = check_dossier(_dossier(), locate=False)
    (r,) = report.results
    again = AppearanceResult(*(getattr(r, f.name) for f in dataclasses.fields(r)))
    assert r == again and repr(r) == repr(again)
    assert dataclasses.asdict(r) == dataclasses.asdict(again)
    assert pickle.loads(pickle.dumps(r)) == r
    a = r.anchor
    assert isinstance(a, Anchor)
    made = Anchor(*(getattr(a, f.name) for f in dataclasses.fields(a)))
    assert a == made and repr(a) == repr(made)
    assert vars(a) == vars(made) and list(vars(r)) == [f.name for f in dataclasses.fields(r)]
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.status = "missing"  # type: ignore[misc]
