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


def test_schema_accepts_the_bundled_dossier_and_rejects_a_typo() -> None:
    import json

    import jsonschema
    import yaml

    schema = json.loads((REPO / "docs" / "dossier.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = yaml.safe_load((REPO / "graph_data" / "cluneal-nerve" / "dossier.yaml").read_text(
        encoding="utf-8"))
    jsonschema.validate(data, schema)
    data["claims"][0]["qoute"] = "x"
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    assert errors and "qoute" in errors[0].message
