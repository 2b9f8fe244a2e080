"""The rendered page in headless Chromium: offline, drawn, usable, and inert to hostile text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from provenance.dossier import load_dossier
from provenance.pipeline import page_inputs
from provenance.render.page import write_html

from .browser import node_screen_positions, open_page, settle
from .conftest import BUNDLED

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def bundled_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("page") / "cluneal.html"
    d = load_dossier(BUNDLED)
    write_html(d, out, inputs=page_inputs(d))
    return out


def test_bundled_page_draws_every_node_offline(browser: Any, bundled_page: Path) -> None:
    w = open_page(browser, bundled_page)
    settle(w.page)
    d = load_dossier(BUNDLED)
    records: list[Any] = [*d.questions, *d.people, *d.works, *d.claims]
    expected = {r.id for r in records}
    positions = w.page.evaluate("network.getPositions()")
    assert set(positions) == expected
    assert all(abs(p["x"]) < 1e6 and abs(p["y"]) < 1e6 for p in positions.values())
    # Something was painted: the canvas is not blank.
    painted = w.page.evaluate("""() => {
        const c = document.querySelector('#network canvas');
        const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
        return n; }""")
    assert painted > 10_000
    assert w.requests == [] and w.errors == [] and w.console_errors == []
    assert w.csp_violations() == []
    w.page.close()


def test_bundled_page_hover_click_search_filter(browser: Any, bundled_page: Path) -> None:
    w = open_page(browser, bundled_page)
    settle(w.page)
    page = w.page
    pos = node_screen_positions(page)
    # Hover the 12%-claim: the tooltip shows its quote and who said it, in which work.
    target = "prevalence-12pct" if "prevalence-12pct" in pos else next(
        i for i in pos if page.evaluate(f"INFO[{i!r}].kind") == "claim")
    page.evaluate(f"network.focus({target!r}, {{scale: 1.5, animation: false}})")
    pos = node_screen_positions(page)
    page.mouse.move(pos[target]["x"], pos[target]["y"])
    page.wait_for_selector("#tooltip:not([hidden])", timeout=3000)
    tip = page.inner_text("#tooltip")
    info = page.evaluate(f"INFO[{target!r}]")
    assert info["appearances"][0]["quote"] in tip.replace("\n", " ")
    # Click: the details panel shows the quote highlighted in its paragraph.
    page.mouse.click(pos[target]["x"], pos[target]["y"])
    page.wait_for_selector("#details mark", timeout=3000)
    assert page.inner_text("#details h3") == info["title"]
    assert page.inner_text("#details mark") in info["appearances"][0]["quote"]
    # The side panel lists contested questions first.
    first = page.locator("#question-list li").first
    assert "contested" in first.inner_text()
    # Search finds Tubbs by a short form of his name.
    page.fill("#search-box", "tubbs")
    page.wait_for_selector("#search-results li")
    assert "R. Shane Tubbs" in page.inner_text("#search-results")
    page.press("#search-box", "Enter")
    assert page.inner_text("#details h3") == "R. Shane Tubbs"
    # Filter by person: only Aota's neighbourhood stays visible.
    page.select_option("#filter-person", "aota")
    hidden = page.evaluate("nodes.get().filter(n => n.hidden).map(n => n.id)")
    assert "tubbs" in hidden and "aota" not in hidden
    page.click("#filter-reset")
    assert page.evaluate("nodes.get().filter(n => n.hidden).length") == 0
    # Turn a relation kind off.
    page.uncheck("#filter-relations input[value=contradicts]")
    shown = "edges.get().filter(e => e.kind === 'contradicts' && !e.hidden).length"
    assert page.evaluate(shown) == 0
    assert w.errors == [] and w.console_errors == [] and w.requests == []
    page.close()


def test_hovering_and_clicking_edges_never_throws(browser: Any, bundled_page: Path) -> None:
    """pyvis' own popup code throws on edges; ours must not."""
    w = open_page(browser, bundled_page)
    settle(w.page)
    page = w.page
    mids = page.evaluate("""() => {
        const box = document.getElementById('network').getBoundingClientRect();
        const pos = network.getPositions();
        return edges.get({filter: e => !e.hidden}).slice(0, 60).map(e => {
            const a = network.canvasToDOM(pos[e.from]), b = network.canvasToDOM(pos[e.to]);
            return {id: e.id, x: (a.x + b.x) / 2 + box.left, y: (a.y + b.y) / 2 + box.top};
        });
    }""")
    shown = 0
    for m in mids:
        page.mouse.move(m["x"], m["y"])
        page.wait_for_timeout(40)
        shown += page.evaluate("!document.getElementById('tooltip').hidden")
        page.mouse.click(m["x"], m["y"])
    assert shown > 0
    assert w.errors == [] and w.console_errors == []
    page.close()


PAYLOADS = [
    '<img src=x onerror="window.__pwned=1">',
    "<script>window.__pwned=2</script>",
    '</script><script>window.__pwned=3</script><!--',
    '"><svg onload="window.__pwned=4">',
    "<a href='javascript:window.__pwned=5'>href</a>",
    '<iframe src="http://evil.example/"></iframe>',
    "@@APP_JS@@ {{constructor.constructor('window.__pwned=6')()}} \u2028",
]


def hostile_dossier(root: Path) -> Path:
    """Every text field of every record carries a payload."""
    import json

    def p(i: int) -> str:
        return json.dumps(f"{PAYLOADS[i % len(PAYLOADS)]} field{i}")

    (root / "sources").mkdir(parents=True)
    quote = PAYLOADS[0] + " said <b>nothing</b>"
    text = ("Intro " + PAYLOADS[1] + "\n\n" + PAYLOADS[2] + " " + quote + " " + PAYLOADS[3]
            + "\n\nEnd " + PAYLOADS[4] + "\n")
    (root / "sources" / "evil.txt").write_text(text, encoding="utf-8")
    (root / "dossier.yaml").write_text(f"""
title: {p(0)}
description: {p(1)}
questions:
  - {{id: q1, text: {p(2)}, note: {p(3)}}}
people:
  - id: mallory
    name: {p(4)}
    aliases: [{p(5)}, {p(6)}]
    affiliation: {p(7)}
    role: {p(8)}
    orcid: {p(9)}
    url: "javascript:window.__pwned=7"
    note: {p(10)}
works:
  - id: w1
    type: article
    title: {p(11)}
    authors: [mallory]
    venue: {p(12)}
    doi: {p(13)}
    pmid: {p(14)}
    url: "javascript:window.__pwned=8"
    design: other
    design_note: {p(15)}
    sample: {{n: 3, unit: {p(16)}, note: {p(17)}}}
    source_text: sources/evil.txt
    unverified: [{p(18)}]
    verified: {{doi: {p(19)}}}
    note: {p(20)}
  - {{id: w2, type: study, title: {p(21)}, year: 2020, authors: [mallory], cites: [w1]}}
claims:
  - id: c1
    text: {p(22)}
    question: q1
    position: {p(23)}
    estimate: {{value: 1, unit: {p(24)}, population: {p(25)}, quantity: {p(26)}, text: {p(27)}}}
    appearances:
      - {{in: w1, by: mallory, quote: {json.dumps(quote)}, note: {p(28)}}}
      - {{in: w1, by: mallory, quote: {p(29)}}}
    based_on: [w2]
    note: {p(30)}
  - id: c2
    text: {p(31)}
    question: q1
    position: {p(32)}
    contradicts: [c1]
    supports: [c1]
""", encoding="utf-8")
    return root


def test_hostile_dossier_nothing_executes(browser: Any, tmp_path: Path) -> None:
    root = hostile_dossier(tmp_path / "evil")
    out = tmp_path / "evil.html"
    d = load_dossier(root)
    write_html(d, out, inputs=page_inputs(d))
    w = open_page(browser, out)
    settle(w.page)
    page = w.page
    ids = page.evaluate("nodes.getIds()")
    edge_ids = page.evaluate("edges.getIds()")
    page.evaluate("edges.update(edges.get().map(e => ({id: e.id, hidden: false})))")
    for nid in ids:
        pos = node_screen_positions(page)[nid]
        page.mouse.move(pos["x"], pos["y"])
        page.wait_for_timeout(30)
        page.mouse.click(pos["x"], pos["y"])
        page.wait_for_timeout(30)
        # Whatever the mouse hit, also render each node's tooltip and details directly.
        page.evaluate(f"showTooltip(tooltipFor({nid!r}), {{x: 10, y: 10}}); showDetails({nid!r})")
        links = page.locator("#details a")
        for i in range(links.count()):
            page.evaluate(f"showDetails({nid!r})")
            if links.nth(i).get_attribute("href") is None:  # in-page links only
                links.nth(i).click(timeout=3000)
        assert page.evaluate("window.__pwned") is None, f"script ran after showing {nid}"
    for eid in edge_ids:
        page.evaluate(f"showTooltip(tooltipForEdge({eid!r}), {{x: 10, y: 10}});"
                      f"showEdgeDetails({eid!r})")
    for term in ("img", "script", "svg", "field2"):
        page.fill("#search-box", term)
        page.wait_for_timeout(30)
    page.select_option("#filter-person", "mallory")
    page.select_option("#filter-question", "q1")
    page.evaluate("showDetails('c1')")
    details = page.inner_text("#details")
    assert PAYLOADS[0] in details  # shown as text, not interpreted
    assert page.evaluate("window.__pwned") is None
    injected = "img, iframe, svg[onload], b, #details script, #tooltip script"
    assert page.locator(injected).count() == 0
    hrefs = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
    assert all(h.startswith("http") for h in hrefs)
    assert page.title().startswith(PAYLOADS[0])
    assert w.dialogs == [] and w.errors == [] and w.console_errors == []
    assert w.requests == [] and w.csp_violations() == []
    page.close()


def test_big_page_labels_on_zoom_relations_on_demand(browser: Any, tmp_path: Path) -> None:
    """A laid-out page (over 400 nodes) reads the same as a small one: labels when zoomed in,
    "appears in" relations when ticked, every relation in the details panel."""
    from provenance.generate import generate_records

    d = generate_records(claims=300, seed=4)
    out = tmp_path / "big.html"
    write_html(d, out, inputs=page_inputs(d), overview=False)  # the full graph (--no-overview)
    w = open_page(browser, out)
    page = w.page
    assert page.evaluate("!!DATA.layout")
    page.wait_for_function("() => window.INFO && document.querySelectorAll("
                           "'#filter-person option').length > 1")
    # Zoomed in on a claim, vis has its label (and draws it: its font is readable there).
    claim = d.claims[7]
    label = page.evaluate(f"DATA.nodes.find(n => n.id === {claim.id!r}).label")
    page.evaluate(f"network.focus({claim.id!r}, {{scale: 1.5, animation: false}})")
    page.wait_for_timeout(200)
    assert page.evaluate(f"network.body.nodes[{claim.id!r}].options.label") == label
    # "appears in" relations: hidden at first, all of them shown when ticked, gone when not.
    shown = "edges.get().filter(e => e.kind === 'appears_in' && !e.hidden).length"
    total = sum(1 for c in d.claims for _ in c.appearances)
    assert page.evaluate(shown) == 0
    page.check("#filter-relations input[value=appears_in]")
    assert page.evaluate(shown) == total
    page.uncheck("#filter-relations input[value=appears_in]")
    assert page.evaluate(shown) == 0
    # A work's details list the claims stated in it, drawn or not.
    work = d.claims[7].appearances[0].in_
    page.evaluate(f"focusNode({work!r})")
    assert "claims stated in it" in page.inner_text("#details").lower()
    # Search and the tooltip work from the deferred index and text.
    page.fill("#search-box", claim.text[:30])
    page.wait_for_selector("#search-results li")
    assert claim.text[:30] in page.inner_text("#search-results")
    assert w.errors == [] and w.console_errors == [] and w.requests == []
    page.close()


@pytest.fixture(scope="module")
def big_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A laid-out full graph (over 400 nodes, --no-overview): vis gets the nodes, the page
    draws the relations."""
    from provenance.generate import generate_records

    out = tmp_path_factory.mktemp("big") / "big.html"
    d = generate_records(claims=300, seed=4)
    write_html(d, out, inputs=page_inputs(d), overview=False)
    return out


COLOUR_PIXELS = """(rgb) => {
    const c = document.querySelector('#network canvas');
    const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < px.length; i += 4) {
        const d = Math.abs(px[i] - rgb[0]) + Math.abs(px[i + 1] - rgb[1]) +
                  Math.abs(px[i + 2] - rgb[2]);
        if (d < 30) n++;
    }
    return n;
}"""


def test_big_page_draws_its_relations_and_filters_them(browser: Any, big_page: Path) -> None:
    """The relations vis is not given are on the canvas all the same, in their colour, and a
    kind turned off in the filter leaves the picture (and comes back)."""
    w = open_page(browser, big_page)
    page = w.page
    page.wait_for_function("() => window.edgeView && window.INFO")
    settle(page)
    assert page.evaluate("Object.keys(network.body.edges).length") == 0
    gold = [0xD4, 0xA0, 0x17]  # "addresses" (claim → question)
    before = page.evaluate(COLOUR_PIXELS, gold)
    assert before > 500
    page.uncheck("#filter-relations input[value=addresses]")
    page.wait_for_timeout(300)
    assert page.evaluate(COLOUR_PIXELS, gold) < before / 20
    page.check("#filter-relations input[value=addresses]")
    page.wait_for_timeout(300)
    assert page.evaluate(COLOUR_PIXELS, gold) == before
    # A question's filter hides the other nodes, and with them their relations.
    drawn = page.evaluate("edgeView.drawn()")
    page.select_option("#filter-question", index=1)
    page.wait_for_timeout(300)
    assert 0 < page.evaluate("edgeView.drawn()") < drawn / 5
    assert w.errors == [] and w.console_errors == [] and w.requests == []
    page.close()


def test_big_page_relations_answer_hover_and_click(browser: Any, big_page: Path) -> None:
    """Hovering a drawn relation shows what it links; clicking it opens it in the details."""
    w = open_page(browser, big_page)
    page = w.page
    page.wait_for_function("() => window.edgeView && window.INFO")
    settle(page)
    page.evaluate("network.moveTo({position: {x: 0, y: 0}, scale: 1.2, animation: false})")
    page.wait_for_timeout(300)
    # Points on relations, away from any node, where that relation is the nearest one.
    spots = page.evaluate("""() => {
        const box = document.getElementById('network').getBoundingClientRect();
        const pos = network.getPositions(), out = [];
        edges.get({filter: e => !e.hidden}).forEach(e => {
            for (const t of [0.3, 0.5, 0.7]) {
                const c = {x: pos[e.from].x + t * (pos[e.to].x - pos[e.from].x),
                           y: pos[e.from].y + t * (pos[e.to].y - pos[e.from].y)};
                const d = network.canvasToDOM(c);
                if (d.x < 20 || d.y < 20 || d.x > box.width - 20 || d.y > box.height - 20) continue;
                // the mouse lands on whole pixels: the relation is the nearest a pixel away too
                const near = [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]].every(([dx, dy]) => {
                    const q = {x: d.x + dx, y: d.y + dy};
                    return network.getNodeAt(q) === undefined &&
                           edgeView.at(network.DOMtoCanvas(q)) === e.id;
                });
                if (!near) continue;
                const end = network.canvasToDOM(pos[e.to]);
                out.push({id: e.id, kind: e.kind, x: d.x + box.left, y: d.y + box.top,
                          end_x: end.x + box.left, end_y: end.y + box.top});
                break;
            }
        });
        return out.slice(0, 5);
    }""")
    assert spots
    for s in spots:
        page.mouse.move(s["x"], s["y"] - 30)
        page.mouse.move(s["x"], s["y"])
        page.wait_for_timeout(60)
        assert not page.is_hidden("#tooltip")
        tip = page.inner_text("#tooltip")
        assert "→" in tip and s["kind"].replace("_", " ") in tip.lower()
        page.mouse.click(s["x"], s["y"])
        page.wait_for_timeout(60)
        assert "relation" in page.inner_text("#details").lower()
        page.keyboard.press("Escape")  # the details panel (over the graph's right) closes
        assert page.is_hidden("#details")
    # Sliding along a relation onto the node at its end shows that node's tooltip, and keeps it.
    s = spots[0]
    page.mouse.move(s["x"], s["y"])
    page.mouse.move(s["end_x"], s["end_y"], steps=20)
    page.wait_for_timeout(100)
    assert not page.is_hidden("#tooltip") and "→" not in page.inner_text("#tooltip")
    assert w.errors == [] and w.console_errors == []
    page.close()


def test_big_page_draws_a_relation_of_a_node_to_itself(browser: Any, big_page: Path) -> None:
    """A work that cites itself (a slip in a dossier) shows as vis shows it: a loop by the node,
    which answers the mouse like any relation."""
    w = open_page(browser, big_page)
    page = w.page
    page.wait_for_function("() => window.edgeView && window.INFO")
    settle(page)
    far = page.evaluate("""() => {  // a work, and its loop's far side with no node under it
        const box = document.getElementById('network').getBoundingClientRect();
        const a = Math.PI / 4;
        for (const w of DATA.nodes.filter(n => n.kind === 'work')) {
            const at = network.getPositions([w.id])[w.id];
            network.moveTo({position: at, scale: 2, animation: false});
            const n = network.body.nodes[w.id], r = n.distanceToBorder(undefined, a) + 20;
            const c = {x: n.x + r * Math.cos(a), y: n.y - r * Math.sin(a)};
            const d = network.canvasToDOM(c);
            if (network.getNodeAt(d) === undefined)
                return {id: w.id, x: d.x + box.left, y: d.y + box.top, c: c};
        }
    }""")
    page.evaluate("""(id) => edges.add({id: 'loop', from: id, to: id, kind: 'cites',
                                         color: {color: '#9c9c9c'}, width: 1})""", far["id"])
    page.wait_for_timeout(300)
    far["hit"] = page.evaluate("(c) => edgeView.at(c)", far["c"])
    assert far["hit"] == "loop"
    page.mouse.move(far["x"], far["y"])
    page.wait_for_timeout(100)
    assert "cites" in page.inner_text("#tooltip").lower()
    assert w.errors == [] and w.console_errors == []
    page.close()
