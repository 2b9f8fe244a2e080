"""Which dossier a path names: a folder, its dossier.yaml, or (no path) the bundled example."""

from __future__ import annotations

from pathlib import Path

from ..errors import DossierNotFound, Problem

DOSSIER_FILE = "dossier.yaml"
#: The source tree's graph_data/, for a checkout that was not installed.
_SOURCE_DATA = Path(__file__).resolve().parent.parent.parent / "graph_data"


def bundled_dossier_path() -> Path:
    """The cluneal-nerve dossier shipped inside the package."""
    from importlib.resources import files

    try:
        base = Path(str(files("provenance.graph_data")))
    except ModuleNotFoundError:  # running from a source tree that was not installed
        base = _SOURCE_DATA
    if not (base / "cluneal-nerve" / DOSSIER_FILE).is_file():
        base = _SOURCE_DATA
    return base / "cluneal-nerve"


def resolve_dossier(path: str | Path | None = None) -> tuple[Path, Path]:
    """Return ``(folder, dossier.yaml)`` for a folder, a dossier.yaml, or None (bundled)."""
    p = bundled_dossier_path() if path is None else Path(path)
    if p.is_dir():
        yml = p / DOSSIER_FILE
        if not yml.is_file():
            raise DossierNotFound(
                [
                    Problem(
                        str(p),
                        0,
                        0,
                        f"no {DOSSIER_FILE} in this folder",
                        "point at a dossier folder (one holding dossier.yaml) "
                        "or run `provenance extract ARTICLE` to start one",
                    )
                ]
            )
        return p, yml
    if p.is_file():
        return p.parent, p
    raise DossierNotFound(
        [
            Problem(
                str(p),
                0,
                0,
                "no such file or folder",
                "give a dossier folder or its dossier.yaml; "
                "run without an argument for the bundled example",
            )
        ]
    )
