"""The estimate's fields are defined once, by ``model.Estimate``: every stage carries all of them.

When the list was typed out in the loader, the graph and the page, a field
added to one (``quantity`` once) could be accepted by the loader and silently
dropped on the page. Here every field the model has is written in a dossier
and must come out of the loader, the graph and the page's claim panel.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from provenance.dossier import KEYS, load_dossier
from provenance.graph import build_graph
from provenance.model import ESTIMATE_FIELDS, Estimate
from provenance.pipeline import page_inputs
from provenance.render.page import page_data

VALUES = {"value": 12.0, "unit": "%", "low": 9.5, "high": 14.0,
          "population": "patients with low back pain", "quantity": "prevalence",
          "text": "about 12 percent (9.5-14)"}


def test_the_field_list_is_the_models() -> None:
    assert ESTIMATE_FIELDS == tuple(f.name for f in dataclasses.fields(Estimate))
    assert tuple(KEYS["estimate"]) == ESTIMATE_FIELDS
    assert set(VALUES) == set(ESTIMATE_FIELDS), "this test must give every field"


def test_every_field_reaches_the_graph_and_the_page(make_dossier: Callable[..., Path]) -> None:
    lines = "\n".join(f"      {k}: {v!r}" if isinstance(v, str) else f"      {k}: {v}"
                      for k, v in VALUES.items())
    folder = make_dossier(f"""
title: Estimates
claims:
  - id: c1
    text: About 12 percent have it.
    estimate:
{lines}
""")
    d = load_dossier(folder)
    est = d.claims[0].estimate
    assert est is not None and dataclasses.asdict(est) == VALUES
    assert build_graph(d).nodes["c1"]["estimate"] == VALUES
    shown = page_data(d, page_inputs(d))["info"]["c1"]["estimate"]
    assert {k: shown[k] for k in ESTIMATE_FIELDS} == VALUES
    assert "9.5" in shown["shown"] and "14" in shown["shown"]


def test_fields_left_out_stay_out(make_dossier: Callable[..., Path]) -> None:
    folder = make_dossier("""
title: Estimates
claims:
  - id: c1
    text: Twelve percent.
    estimate: {value: 12, unit: "%"}
""")
    d = load_dossier(folder)
    assert build_graph(d).nodes["c1"]["estimate"] == {"value": 12, "unit": "%"}
    assert set(page_data(d, page_inputs(d))["info"]["c1"]["estimate"]) == {"value", "unit", "shown"}
