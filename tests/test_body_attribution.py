"""`check` and `extract` agree on a body's unnamed voice: a quotation "a spokeswoman for X
said" that a draft credits to X (``by:`` the body) is attributed ok, not "unknown"."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from typer.testing import CliRunner

from provenance.cli import app
from provenance.speech.attribute import analyse, attribute

TEXT = (
    "Ferry fares to rise by a fifth, operator says\n\n"
    "Island fares will rise by 20 per cent from April, the operator Calder Ferries said on "
    "Monday.\n\n"
    "\u201cFuel has risen by 31 per cent since last spring and we cannot absorb it,\u201d a "
    "spokeswoman for Calder Ferries said.\n\n"
    "The islanders' association said the real rise would be nearer 35 per cent once booking "
    "fees were counted.\n")


@dataclass
class P:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)


def _span() -> tuple[int, int]:
    start = TEXT.index("Fuel has risen")
    return start, TEXT.index(" and we cannot absorb it")


def test_a_body_s_spokeswoman_is_the_body() -> None:
    body, other = P("calder", "Calder Ferries"), P("isl", "Islanders' Association")
    s, e = _span()
    assert attribute(analyse(TEXT), s, e, body, [body, other]).verdict == "ok"
    # another body is not confirmed by the text (nor refuted: the woman is unnamed)
    assert attribute(analyse(TEXT), s, e, other, [body, other]).verdict == "unknown"


def test_the_draft_extract_writes_passes_check_with_every_attribution_ok(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    r = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "d")])
    assert r.exit_code == 0, r.output
    assert "by: calder-ferries" in (tmp_path / "d" / "dossier.yaml").read_text(encoding="utf-8")
    r = CliRunner().invoke(app, ["check", str(tmp_path / "d")])
    assert r.exit_code == 0, r.output
    assert "0 mismatch, 0 unknown" in r.output
