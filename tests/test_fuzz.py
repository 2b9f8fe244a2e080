"""Fuzzing: generated hostile dossiers through every command (issue 14, part 9).

A fixed seed (``derandomize``) and a small budget, so CI runs the same cases
in well under a minute; ``python benchmarks/fuzz.py --examples 500`` runs
the same generator with a larger budget and prints a table. What is
generated and what must hold is described in tests/fuzzing.py.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from .fuzzing import Case, cases, fresh, page_data, run_pipeline, write_case


def budget(n: int) -> settings:
    """Fixed cases (derandomize), no example database, no per-example deadline."""
    return settings(max_examples=n, derandomize=True, database=None, deadline=None,
                    suppress_health_check=list(HealthCheck), print_blob=True,
                    phases=[Phase.explicit, Phase.generate])  # no shrinking: report fast


@budget(30)
@given(case=cases())
def test_hostile_dossiers_through_every_command(case: Case) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root, out = fresh(Path(tmp), "case")
        write_case(case, root)
        failures = [r for r in run_pipeline(root, out) if r[1] == "FAIL"]
        assert failures == [], failures


@budget(15)
@given(case=cases(valid=True))
def test_odd_but_valid_dossiers_load_and_everything_works(case: Case) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root, out = fresh(Path(tmp), "case")
        write_case(case, root)
        results = dict((name, (code, why)) for name, code, why in run_pipeline(root, out))
        failures = {k: v for k, v in results.items() if v[0] == "FAIL"}
        assert failures == {}, failures
        # Valid by construction, so nothing may be refused as bad input.
        assert results["check"][0] in ("0", "1"), results
        assert results["render"][0] == "0" and results["export sqlite"][0] == "0", results


@pytest.mark.browser
@budget(4)
@given(case=cases(valid=True))
def test_generated_pages_draw_in_chromium_without_errors(browser: Any, case: Case) -> None:
    from provenance.dossier import load_dossier
    from provenance.pipeline import page_inputs
    from provenance.render.page import write_html

    from .browser import open_page

    with tempfile.TemporaryDirectory() as tmp:
        root, out = fresh(Path(tmp), "case")
        write_case(case, root)
        d = load_dossier(root)
        page_file = write_html(d, out / "page.html", inputs=page_inputs(d))
        page_data(page_file.read_text(encoding="utf-8"))  # strict JSON
        w = open_page(browser, page_file)
        w.page.wait_for_timeout(300)
        assert w.page.evaluate("nodes.length") > 0
        positions = w.page.evaluate("Object.values(network.getPositions())")
        assert all(abs(p["x"]) < 1e9 and abs(p["y"]) < 1e9 for p in positions)
        w.page.fill("#search-box", "a")
        w.page.wait_for_timeout(100)
        assert w.errors == [] and w.console_errors == [] and w.dialogs == []
        assert w.requests == []
        w.page.close()
