"""What `pip install .` ships: every subpackage, the templates and the bundled dossier."""

from __future__ import annotations

import tomllib

from .conftest import REPO


def test_every_subpackage_is_listed_in_pyproject() -> None:
    conf = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(conf["tool"]["setuptools"]["packages"])
    found = {
        "provenance" + ("." + ".".join(p.parent.relative_to(REPO / "provenance").parts)
                        if p.parent != REPO / "provenance" else "")
        for p in (REPO / "provenance").rglob("__init__.py")
    }
    assert found <= listed, f"add to pyproject.toml: {sorted(found - listed)}"


def test_schema_file_matches_the_loader() -> None:
    from provenance.schema import generate_schema_json

    on_disk = (REPO / "docs" / "dossier.schema.json").read_text(encoding="utf-8")
    assert on_disk == generate_schema_json(), (
        "docs/dossier.schema.json is stale: python -m provenance.schema > docs/dossier.schema.json")
