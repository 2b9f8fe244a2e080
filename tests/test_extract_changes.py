"""A change named by a noun ("a 27% drop", "a drop of 38%", "put the fall at 19 percent") is
a figure of the article's change, as the verb-named one ("fell 31 per cent") is."""

from __future__ import annotations

from pathlib import Path

from provenance.extract import extract_text

from .test_extract_disputes import contested

TEXT = (
    "Island ferry traffic fell sharply in 2025, but by how much?\n\n"
    "The port authority says passenger numbers on the island ferries fell 31 per cent in "
    "2025.\n\n"
    "The transport ministry recorded a 22% drop over the same period, a ministry "
    "spokeswoman said.\n\n"
    "The Ferry Users Forum, which counts tickets at the quays, put the fall at just 12 "
    "percent.\n"
)


def test_changes_named_by_nouns_are_one_question(tmp_path: Path) -> None:
    ex = extract_text(TEXT)
    q = {fc.figure.text: fc.quantity for fc in ex.figures}
    assert "22%" in q, q  # "a 22% drop" is no label like "a 911 caller"
    assert q["22%"] == q["31 per cent"] == q["just 12 percent"], q
    qs = contested(ex, tmp_path)
    assert any({"31 per cent", "22%", "just 12 percent"} <= figs for _q, figs in qs), qs
