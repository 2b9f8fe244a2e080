"""Round 24's changes, each held to what it stands for."""

from __future__ import annotations

import re
from pathlib import Path

import provenance.render
from provenance.claimview import claim_records, work_labels
from provenance.generate import generate_records
from provenance.pipeline import Verdicts, page_inputs
from provenance.render import page

#: Fields the page once carried and its script never read: each quote's ``occurrences`` and
#: ``column`` (in a claim's ``info``), each work's ``has_text``.
_UNREAD = ("occurrences", "column", "has_text")


def _scripts() -> str:
    folder = Path(provenance.render.__file__).parent / "js"
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.js")))


def test_the_fields_left_out_are_read_by_no_script() -> None:
    """The page's script reads none of the fields left out of its data (as a member or by
    its name in quotes; "column" is also a word of its comments and a local's name), and
    still reads the quote's line kept beside them."""
    js = _scripts()
    for name in _UNREAD:
        assert not re.search(rf"\.{name}\b|[\"']{name}[\"']", js), name
    assert not re.search(r"\bhas_text\b|\boccurrences\b", js)
    assert "app.line" in js and "app.spans" in js and "app.paragraph" in js


def test_the_page_data_has_the_checks_fields_but_the_unread_ones() -> None:
    """A claim's record holds what ``check`` found of each quote but the fields left out;
    a work's ``info`` holds its fields but ``has_text``."""
    d = generate_records(claims=120, seed=3)
    inputs = page_inputs(d)
    assert not isinstance(inputs.checks, Verdicts)  # (a small dossier is checked in-process)
    checks = list(inputs.checks)
    records = claim_records(d, checks, work_labels(d))
    by_key = {(r.claim, r.index): r for r in checks}
    found = 0
    for c, (_, record) in zip(d.claims, records, strict=True):
        for i, app in enumerate(record["appearances"]):
            r = by_key[(c.id, i)]
            assert not set(_UNREAD) & set(app)
            assert (app["status"], app["attribution"], app["said_by"]) == \
                (r.status, r.attribution, r.said_by)
            if "paragraph" in app:
                found += 1
                assert r.anchor is not None and app["line"] == r.anchor.line
    assert found > 50
    data = page.page_data(d, inputs)
    works = [v for v in data["info"].values() if v.get("kind") == "work"]
    assert works and all("has_text" not in w and "title" in w for w in works)


def test_a_records_position_and_speaker_are_the_general_rules() -> None:
    """:class:`ClaimRecords` words each position once and names each speaker by a table:
    every record says what :func:`position_label` and the dossier's person say, whatever
    the positions (written as ids, in words, none, the placeholder) and speakers."""
    import random

    from provenance.claimview import ClaimRecords
    from provenance.text import NO_POSITION, position_label

    d = generate_records(claims=150, seed=5)
    rng = random.Random(24)
    choices = [None, "", NO_POSITION, "too-rare", "too_rare", "£4 million (Odile Fennimore-Catt)",
               "a-b_c", "x\u00a0y", "single"]
    for c in d.claims:
        c.position = rng.choice(choices)
    people = {p.id: p for p in d.people}
    for c in d.claims:
        for a in c.appearances:
            a.by = rng.choice([None, "", a.by, d.people[0].id, "nobody-of-that-id"])
    verdicts = page_inputs(d).checks
    assert not isinstance(verdicts, Verdicts)  # (a small dossier is checked in-process)
    checks = list(verdicts)
    made = ClaimRecords(d, work_labels(d))
    for r in checks:
        made.add(r)
    for c, (_, record) in zip(d.claims, made.records(), strict=True):
        assert "position" not in record  # (round 25: the page reads its words only)
        assert record["position_label"] == (position_label(c.position) if c.position else None)
        for a, app in zip(c.appearances, record["appearances"], strict=True):
            by = people.get(a.by) if a.by else None
            assert app["by"] == a.by and app["by_name"] == (by.name if by else None)


def test_the_engines_readers_are_the_modules_functions() -> None:
    """The readers bound at the first text (no import statement per call) are the
    modules' own."""
    import sys

    import provenance.speech  # noqa: F401
    from provenance.speech import furniture, interview, statements

    attribute = sys.modules["provenance.speech.attribute"]
    quotes = sys.modules["provenance.speech.quotes"]
    speakers = sys.modules["provenance.speech.speakers"]
    provenance.speech.analyse("“Yes,” said Ann Lee.\n\nWASHINGTON (AP) — Lee left.\n")
    assert attribute._readers() == (interview.find_interview, statements.find_statements,
                                    statements.indirect_subject)
    assert quotes._find_furniture() is furniture.find_furniture
    assert speakers._dateline() is furniture.DATELINE_RE
