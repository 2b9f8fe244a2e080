""""Primary study" is one rule: evidence weight and the PROV export give the same answer.

A reader sees a work called primary in the page's weights and in the PROV
receipts a fact-checker publishes; if the two disagreed, the same study would
be "primary" in one and second-hand in the other.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from provenance.dossier import load_dossier
from provenance.export import export
from provenance.graph import build_graph
from provenance.model import is_primary_study
from provenance.weight import work_weights

DOSSIER = """
title: Which works are primary
works:
  - id: review-with-cohort
    type: review
    design: cohort
    title: A review that ran its own cohort
  - id: study-narrative
    type: study
    design: narrative-review
    title: A "study" that only reviews others
  - id: plain-study
    type: study
    title: A study with no design given
  - id: plain-review
    type: review
    title: A review with no design given
claims:
  - id: c1
    text: A claim resting on every work.
    based_on: [review-with-cohort, study-narrative, plain-study, plain-review]
"""

EXPECTED = {"review-with-cohort": True, "study-narrative": False,
            "plain-study": True, "plain-review": False}


@pytest.fixture
def folder(make_dossier: Callable[..., Path]) -> Path:
    return make_dossier(DOSSIER)


def prov_primary(folder: Path) -> dict[str, bool]:
    """Work id -> whether PROV-JSON types the claim's derivation from it ``prov:PrimarySource``."""
    doc = json.loads(export(load_dossier(folder), "prov"))
    out = {}
    for rel in doc["wasDerivedFrom"].values():
        if rel["prov:generatedEntity"].endswith(":c1") and "prov:type" in rel:
            work = rel["prov:usedEntity"].split(":", 1)[1]
            out[work] = rel["prov:type"]["$"] == "prov:PrimarySource"
        elif rel["prov:generatedEntity"].endswith(":c1"):
            out[rel["prov:usedEntity"].split(":", 1)[1]] = False
    return out


def test_design_decides_before_type() -> None:
    assert is_primary_study("review", "cohort")
    assert not is_primary_study("study", "narrative-review")
    assert is_primary_study("study", None) and is_primary_study("dataset", "")
    assert not is_primary_study("review", None)


def test_weight_and_prov_export_agree_on_what_is_primary(folder: Path) -> None:
    weights = work_weights(build_graph(load_dossier(folder)))
    by_weight = {wid: w["primary"] for wid, w in weights.items()}
    assert by_weight == EXPECTED
    assert prov_primary(folder) == EXPECTED
