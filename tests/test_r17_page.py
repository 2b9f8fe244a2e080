# ruff: noqa: F811 - pytest fixtures imported from test_page_browser are named as arguments
"""Round 17: what a teacher's projector showed covered or cut (a user's trial at 1280x720).

The save buttons sat over the graph's bottom-left corner and hid the lowest claim's label;
a position's name over an opened question's band ran on under the details panel; labels
under 12 px were drawn, too small to read on a projector.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .browser import drawn_labels, open_page, wait_labels

# The bundled page of test_page_browser, shared (test arguments name it); the browser is
# conftest's.
from .test_page_browser import bundled_page  # noqa: F401

pytestmark = pytest.mark.browser


def test_the_save_buttons_are_beside_the_graph_not_over_it(browser: Any,
                                                          bundled_page: Path) -> None:
    w = open_page(browser, bundled_page, width=1280, height=720)
    page = w.page
    wait_labels(page)
    boxes = page.evaluate("""() => {
        const r = e => { const b = document.getElementById(e).getBoundingClientRect();
                         return [b.left, b.top, b.right, b.bottom]; };
        return {save: r('export'), graph: r('network'), left: r('left')}; }""")
    save, graph, left = boxes["save"], boxes["graph"], boxes["left"]
    assert save[2] <= graph[0] or save[0] >= graph[2]  # not over the graph
    assert left[0] <= save[0] and save[2] <= left[2]  # in the left panel
    assert w.errors == [] and w.console_errors == []
    page.close()


def test_a_long_position_name_is_cut_before_the_panel_its_count_kept(
        browser: Any, bundled_page: Path) -> None:
    w = open_page(browser, bundled_page, width=1280, height=720)
    page = w.page
    wait_labels(page)
    got = page.evaluate("""() => {
        const ctx = document.createElement('canvas').getContext('2d');
        ctx.font = 'bold 13px arial';
        const long = 'between 84 and 92 million (a structural survey for the harbour '
                   + 'board) — 1 claim · 15% of the weight';
        const short = 'common — 5 claims · 53% of the weight';
        const cut = fitHeader(ctx, long, 420);
        return {cut: cut, width: ctx.measureText(cut).width,
                same: fitHeader(ctx, short, 420) === short}; }""")
    assert got["same"]
    assert got["width"] <= 420
    assert got["cut"].endswith("— 1 claim · 15% of the weight")
    assert "…" in got["cut"] and got["cut"].startswith("between 84")
    page.close()


ARTICLE = "\n\n".join([
    'Harbour wall repairs: council says £12m, surveyors say nearer £30m',
    'By Tom Ostley, Coast Reporter',
    'The cost of rebuilding the cracked harbour wall at Kelderby has split the town. '
    'The district council says the work will cost £12 million. "We have priced every '
    'block and every tonne of rock," said Councillor Ada Quarrie, who chairs the '
    'works committee.',
    'Surveyors hired by the harbour trust disagree. Their report, published last '
    'month, puts the total at between £26 million and £31 million once the foundations'
    ' are replaced. "The council has costed a patch, not a repair," said Neil '
    "Hagstrom, the trust's engineer.",
    'The chamber of commerce says £20 million is a fair guess. "Nobody wants the '
    'boats to leave," said its president, Lena Dorwick.',
    'A 2023 inspection by the Coastal Structures Unit found that 40 per cent of the '
    'wall\'s blocks had moved. "The wall is older than anyone thought," said Dr Paul '
    'Quist, who led the inspection.',
    'Share this article',
]) + "\n"


def test_no_label_is_drawn_under_twelve_pixels(browser: Any, tmp_path: Path) -> None:
    """A draft's first view at 1440x900 drew four claims' labels at 11 px."""
    from typer.testing import CliRunner

    from provenance.cli import app

    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    got = runner.invoke(app, ["extract", str(tmp_path / "article.txt"), "-o",
                              str(tmp_path / "draft")])
    assert got.exit_code == 0, got.output
    got = runner.invoke(app, ["render", str(tmp_path / "draft"), "-o",
                              str(tmp_path / "page.html")])
    assert got.exit_code == 0, got.output
    w = open_page(browser, tmp_path / "page.html", width=1440, height=900)
    page = w.page
    wait_labels(page)
    labels = drawn_labels(page)
    assert len(labels) >= 5
    small = [(lab["id"], round(lab["px"], 1)) for lab in labels if lab["px"] < 11.9]
    assert small == []
    page.close()
