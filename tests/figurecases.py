"""What a user reads of a drafted text, for the figure tests: the contested questions with
their positions, and each figure's source. One helper, so the figure tests agree on what
"the question a user sees" is."""

from __future__ import annotations

from pathlib import Path

from provenance.extract import extract_text, write_draft


def questions(body: str, tmp_path: Path) -> dict[str, list[str]]:
    """The contested questions of a drafted text: question -> its positions, as the user
    reads them ("5,000 (police)")."""
    from provenance.analysis import contested
    from provenance.dossier import load_dossier
    from provenance.graph import build_graph

    ex = extract_text(body)
    folder = write_draft(ex, tmp_path / "draft", "article.txt")
    return {q["text"]: sorted(p["position"] for p in q["positions"])
            for q in contested(build_graph(load_dossier(folder))) if q["contested"]}


def figures(body: str) -> dict[str, tuple[str | None, str | None, int | None]]:
    """Each figure as written -> (its source's name, its quantity, its question's group)."""
    return {f.figure.text: (f.source.name if f.source else None, f.quantity, f.group)
            for f in extract_text(body).figures}


def grouped(got: dict[str, tuple[str | None, str | None, int | None]], *figs: str) -> bool:
    """Whether the figures of :func:`figures` sit in one question."""
    groups = {got[f][2] for f in figs}
    return len(groups) == 1 and None not in groups


def sources(body: str) -> dict[str, str | None]:
    """Each figure as written -> the name of its source (None: no source)."""
    return {fc.figure.text: (fc.source.name if fc.source else None)
            for fc in extract_text(body).figures}


def quantities(body: str) -> dict[str, str]:
    """Each figure as written -> the quantity it counts ("job", "death per month")."""
    return {fc.figure.text: fc.quantity for fc in extract_text(body).figures}


def draft_yaml(body: str, tmp_path: Path) -> str:
    """The draft dossier.yaml a user gets for ``body`` (title, questions, claims)."""
    folder = write_draft(extract_text(body), tmp_path / "draft", "article.txt")
    return (folder / "dossier.yaml").read_text(encoding="utf-8")
