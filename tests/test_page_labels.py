# ruff: noqa: F811 - pytest fixtures imported from test_page_browser are named as arguments
"""Landmarks a person can read at first sight, labels that never pile up (issue 17).

Measured as the issue measures them: a label's on-screen size is its font size times
``network.getScale()``; two labels overlap when their boxes (``labelModule.size`` mapped
with ``canvasToDOM``) intersect.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from provenance.dossier import load_dossier
from provenance.pipeline import page_inputs
from provenance.render.page import write_html

from .browser import drawn_labels, open_page, overlapping, wait_labels, wait_still
from .conftest import BUNDLED

# The bundled page of test_page_browser, shared (test arguments name it); the browser is
# conftest's.
from .test_page_browser import bundled_page  # noqa: F401

pytestmark = pytest.mark.browser

SCREENS = [(1280, 720), (1440, 900)]


def landmarks(page: Any) -> set[str]:
    """Every contested question, every person who states a claim, every work."""
    return set(page.evaluate("""() => {
        const out = new Set();
        DATA.questions.forEach(q => { if (q.contested) out.add(q.id); });
        edges.get().forEach(e => { if (e.kind === 'states') out.add(e.from); });
        nodes.get().forEach(n => { if (n.kind === 'work') out.add(n.id); });
        return [...out];
    }"""))


@pytest.mark.parametrize("size", [*SCREENS, (1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_first_view_every_landmark_legible_and_no_label_overlaps(
        browser: Any, bundled_page: Path, size: tuple[int, int]) -> None:
    w = open_page(browser, bundled_page, width=size[0], height=size[1])
    page = w.page
    wait_labels(page)
    labels = drawn_labels(page)
    by_id = {lab["id"]: lab for lab in labels}
    marks = landmarks(page)
    assert len(marks) >= 20  # 9 contested questions, 3 speakers, 12 works
    missing = sorted(m for m in marks if m not in by_id)
    assert missing == []
    small = sorted((m, round(by_id[m]["px"], 1)) for m in marks if by_id[m]["px"] < 11)
    assert small == []
    assert overlapping(labels) == []
    assert w.errors == [] and w.console_errors == [] and w.requests == []
    page.close()


def test_zooming_in_shows_more_labels_and_none_overlap(browser: Any, bundled_page: Path) -> None:
    w = open_page(browser, bundled_page, width=1280, height=720)
    page = w.page
    wait_labels(page)
    before = len(drawn_labels(page))
    # zoomed in on the main debate, where a claim's font reads (12 x 1.2 px)
    page.evaluate("network.moveTo({position: network.getPositions(['prevalence']).prevalence,"
                  " scale: 1.2, animation: false})")
    page.evaluate("labels.place()")
    wait_labels(page)
    after = drawn_labels(page)
    claims = [lab for lab in after if page.evaluate(f"INFO[{lab['id']!r}].kind") == "claim"]
    assert claims, "zoomed in, some claims are labelled"
    assert overlapping(after) == []
    assert all(lab["px"] >= 11.9 for lab in after)
    assert before > 0
    page.close()


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_clicking_a_question_fits_its_claims_legibly(
        browser: Any, bundled_page: Path, size: tuple[int, int]) -> None:
    w = open_page(browser, bundled_page, width=size[0], height=size[1])
    page = w.page
    wait_labels(page)
    # Click the star of the main debate on the canvas, as a reader would.
    p = page.evaluate("""() => {
        const box = document.getElementById('network').getBoundingClientRect();
        const c = network.canvasToDOM(network.getPositions(['prevalence']).prevalence);
        return {x: c.x + box.left, y: c.y + box.top};
    }""")
    page.mouse.click(p["x"], p["y"])
    wait_still(page)
    claims = page.evaluate("claimsOf('prevalence')")
    assert len(claims) >= 10
    free = page.evaluate("""() => {
        const box = document.getElementById('network');
        return [box.clientWidth - drawerWidth(), box.clientHeight];
    }""")
    pos = page.evaluate("""(ids) => {
        const out = {}; const p = network.getPositions(ids);
        for (const id of ids) out[id] = network.canvasToDOM(p[id]);
        return out; }""", claims)
    # every claim of the question is on screen, left of the details panel
    assert all(0 <= v["x"] <= free[0] and 0 <= v["y"] <= free[1] for v in pos.values())
    labels = drawn_labels(page)
    by_id = {lab["id"]: lab for lab in labels}
    shown = [c for c in claims if c in by_id]
    assert len(shown) >= len(claims) * 0.8, (len(shown), len(claims))
    assert all(by_id[c]["px"] >= 11.9 for c in shown)
    assert overlapping(labels) == []
    assert page.inner_text("#details h3").startswith("How common")
    # Esc: the panel closes, the claims go back to their arc, the whole picture is back
    moved = page.evaluate("network.getPositions(['article.12-percent'])['article.12-percent']")
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    assert page.is_hidden("#details")
    back = page.evaluate("network.getPositions(['article.12-percent'])['article.12-percent']")
    assert back != moved
    assert page.evaluate("nodes.get().filter(n => n.hidden).length") == 0
    page.close()


def test_search_hit_is_centred_without_piled_labels(browser: Any, bundled_page: Path) -> None:
    w = open_page(browser, bundled_page, width=1280, height=720)
    page = w.page
    wait_labels(page)
    page.fill("#search-box", "12%")
    page.wait_for_selector("#search-results li")
    page.press("#search-box", "Enter")
    page.wait_for_timeout(600)
    wait_labels(page)
    hit = page.evaluate("network.getSelectedNodes()[0]")
    c = page.evaluate(f"network.canvasToDOM(network.getPositions([{hit!r}])[{hit!r}])")
    free = page.evaluate("document.getElementById('network').clientWidth - drawerWidth()")
    assert abs(c["x"] - free / 2) < 40
    labels = drawn_labels(page)
    assert hit in {lab["id"] for lab in labels}
    assert overlapping(labels) == []
    page.close()


@pytest.fixture(scope="module")
def overview_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated dossier of 2,000 claims (3,441 nodes): the page opens on its overview."""
    from provenance.generate import generate_records

    out = tmp_path_factory.mktemp("overview") / "g2k.html"
    d = generate_records(claims=2000, seed=0)
    write_html(d, out, inputs=page_inputs(d))
    return out


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_big_dossier_opens_on_a_legible_overview(
        browser: Any, overview_page: Path, size: tuple[int, int]) -> None:
    w = open_page(browser, overview_page, width=size[0], height=size[1])
    page = w.page
    assert page.evaluate("!!OVERVIEW")
    wait_labels(page)
    labels = drawn_labels(page)
    legible = [lab for lab in labels if lab["px"] >= 11.9]
    assert len(legible) >= 10, len(legible)
    assert overlapping(labels) == []
    # the most contested question's bubble is labelled first, with its size
    first = page.evaluate("DATA.overview.groups[0]")
    assert first["contested"] and first["id"] in {lab["id"] for lab in legible}
    assert f"({first['count']:,})" in first["label"]
    # a click on it opens that question's part of the graph, labels still apart
    xy = page.evaluate(f"""() => {{
        const r = document.getElementById('network').getBoundingClientRect();
        const q = network.canvasToDOM(network.getPositions([{first['id']!r}])[{first['id']!r}]);
        return {{x: q.x + r.left, y: q.y + r.top}};
    }}""")
    page.mouse.click(xy["x"], xy["y"])
    page.wait_for_function(f"() => OVERVIEW.groups[{first['id']!r}].open")
    page.wait_for_timeout(600)
    wait_labels(page)
    after = drawn_labels(page)
    qid = first["key"][2:]
    assert qid in {lab["id"] for lab in after}
    assert len([lab for lab in after if lab["px"] >= 11.9]) >= 10
    assert overlapping(after) == []
    assert w.errors == [] and w.console_errors == [] and w.requests == []
    page.close()


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_citation_view_spreads_works_by_year_with_labels_apart(
        browser: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    d = load_dossier(BUNDLED)
    out = write_html(d, tmp_path / "cit.html", inputs=page_inputs(d), mode="citations")
    w = open_page(browser, out, width=size[0], height=size[1])
    page = w.page
    wait_labels(page)
    labels = drawn_labels(page)
    works = page.evaluate("nodes.getIds()")
    by_id = {lab["id"]: lab for lab in labels}
    assert sorted(by_id) == sorted(works)  # every work labelled ...
    assert all(lab["px"] >= 11.9 for lab in labels)
    assert overlapping(labels) == []  # ... and no two labels collide
    box = page.evaluate("[document.getElementById('network').clientWidth,"
                        " document.getElementById('network').clientHeight]")
    assert all(0 <= lab["box"][0] and lab["box"][2] <= box[0] for lab in labels)
    # spread over the canvas: the works take more than a thin band of its height
    ys = [(lab["box"][1] + lab["box"][3]) / 2 for lab in labels]
    assert max(ys) - min(ys) > box[1] * 0.4
    # older left of newer
    pos = page.evaluate("network.getPositions()")
    assert pos["maigne-1989"]["x"] < pos["maigne-1997"]["x"] < pos["kuniya-2014"]["x"]
    assert w.errors == [] and w.console_errors == []
    page.close()


def test_focus_view_lists_the_questions_its_nodes_belong_to(
        browser: Any, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from provenance.cli import app

    out = tmp_path / "focus.html"
    r = CliRunner().invoke(app, ["render", "--focus", "kuniya-2014", "-o", str(out)])
    assert r.exit_code == 0, r.output
    w = open_page(browser, out, width=1280, height=720)
    page = w.page
    wait_labels(page)
    listed = page.locator("#question-list li")
    text = page.inner_text("#question-list")
    assert "No questions in this dossier" not in text
    assert listed.count() >= 3
    assert "How common is cluneal nerve entrapment" in text
    banner = page.inner_text("#view-banner")
    assert "Kuniya et al. 2014" in banner and "kuniya-2014" not in banner
    # the questions are drawn too, labelled and apart
    labels = drawn_labels(page)
    assert "prevalence" in {lab["id"] for lab in labels}
    assert overlapping(labels) == []
    page.close()


def test_save_the_view_as_png_and_svg_and_print_the_debate_as_a_handout(
        browser: Any, bundled_page: Path, tmp_path: Path) -> None:
    w = open_page(browser, bundled_page, width=1280, height=720)
    page = w.page
    wait_labels(page)
    with page.expect_download() as got:
        page.click("#save-png")
    png = tmp_path / "view.png"
    got.value.save_as(png)
    assert got.value.suggested_filename.endswith(".png")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    # the picture is the graph as drawn: as wide as the canvas, not blank
    width = int.from_bytes(data[16:20], "big")
    assert width == page.evaluate("document.querySelector('#network canvas').width")
    with page.expect_download() as got:
        page.click("#save-svg")
    svg = tmp_path / "view.svg"
    got.value.save_as(svg)
    text = svg.read_text(encoding="utf-8")
    assert text.startswith("<svg") and "Kuniya et al. 2014" in text and "<script" not in text
    # the graph prints as the picture on screen, without the side panels
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    page.emulate_media(media="print")
    assert page.is_visible("#print-view") and page.is_hidden("#left")
    assert page.evaluate("document.getElementById('print-view').naturalWidth") > 500
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    page.emulate_media(media="screen")
    # the debate view prints alone: no side panels, no graph, no buttons
    page.evaluate("openDebate('prevalence')")
    page.emulate_media(media="print")
    shown = page.evaluate("""() => ['#left', '#details', '#top', '#network', '#debate',
        '.debate-print'].map(s => { const e = document.querySelector(s);
        return e ? getComputedStyle(e).display !== 'none' && e.offsetParent !== null : null; })""")
    assert shown == [False, False, False, False, True, False]
    pdf = page.pdf(format="A4")
    assert pdf[:4] == b"%PDF"
    assert w.requests == [] and w.csp_violations() == [] and w.errors == []
    page.close()
