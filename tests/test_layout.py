"""Big pages: positions from Python, packed data that unpacks to the same, the overview."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from provenance.generate import generate_records
from provenance.graph import build_graph
from provenance.pipeline import page_inputs
from provenance.render import layout, overview, page, scale


def _boxes_overlap(a: list[tuple[float, float]], b: list[tuple[float, float]]) -> bool:
    ax0, ax1 = min(x for x, _ in a), max(x for x, _ in a)
    ay0, ay1 = min(y for _, y in a), max(y for _, y in a)
    bx0, bx1 = min(x for x, _ in b), max(x for x, _ in b)
    by0, by1 = min(y for _, y in b), max(y for _, y in b)
    return ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1


def test_layout_places_every_node_deterministically_and_islands_apart() -> None:
    ring = [(f"a{i}", f"a{(i + 1) % 30}") for i in range(30)]
    star = [("hub", f"b{i}") for i in range(20)]
    nodes = [f"a{i}" for i in range(30)] + ["hub"] + [f"b{i}" for i in range(20)] + ["alone"]
    pos = layout.layout_edges(nodes, ring + star, seed=3)
    assert set(pos) == set(nodes)
    assert pos == layout.layout_edges(nodes, ring + star, seed=3)
    a = [pos[n] for n in nodes if n.startswith("a")]
    b = [pos[n] for n in nodes if n.startswith("b") or n == "hub"]
    assert not _boxes_overlap(a, b)
    # nodes get room: the typical nearest neighbour is several pixels away
    nearest = sorted(min(math.dist(p, q) for q in a if q is not p) for p in a)
    assert nearest[len(nearest) // 2] > 10


def test_big_graphs_get_positions_and_small_ones_the_debate_layout() -> None:
    small = generate_records(claims=40, seed=1)
    g = build_graph(small)
    data = scale.prepare(page.page_data(small, page_inputs(small, g)), g)
    assert "layout" not in data and data["arranged"]["engine"] == "debate"
    assert data["physics"] is False and all("x" in n for n in data["nodes"])
    big = generate_records(claims=300, seed=1)
    g = build_graph(big)
    assert g.number_of_nodes() > layout.LAYOUT_THRESHOLD
    inputs = page_inputs(big, g)
    data = scale.prepare(page.page_data(big, inputs), g)  # over 400 nodes: the overview
    assert data["overview"]["groups"] and data["physics"] is False
    data = scale.prepare(page.page_data(big, inputs), g, overview=False)  # the full graph
    assert data["physics"] is False and data["layout"]["engine"].startswith("pivotmds")
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])


def test_overview_puts_every_node_in_one_group_and_questions_group_their_claims() -> None:
    d = generate_records(claims=400, seed=2)
    g = build_graph(d)
    data = page.page_data(d, page_inputs(d, g))
    ov, pos = overview.build_overview(data, g)
    members = [m for grp in ov["groups"] for m in grp["members"]]
    assert sorted(members) == list(range(len(data["nodes"])))
    by_id = {grp["key"]: grp for grp in ov["groups"]}
    ids = [n["id"] for n in data["nodes"]]
    for c in d.claims:
        if c.question:
            assert ids.index(c.id) in by_id[f"q:{c.question}"]["members"]
    assert set(ids) <= set(pos)
    # group circles do not overlap much: centres of the two biggest are apart
    a, b = ov["groups"][0], ov["groups"][1]
    assert math.dist((a["x"], a["y"]), (b["x"], b["y"])) > 40


def _without_none(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _without_none(x) for k, x in v.items() if x is not None}
    if isinstance(v, list):
        return [_without_none(x) for x in v]
    return v


@pytest.mark.browser
def test_packed_and_compressed_data_unpacks_to_exactly_the_page_data(
        browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from .browser import open_page

    monkeypatch.setattr(scale, "COMPRESS_OVER", 0)  # compress even this small page
    monkeypatch.setattr(scale, "MAX_CONFLICT_PAIRS", 10_000)
    d = generate_records(claims=300, seed=4)
    g = build_graph(d)
    inputs = page_inputs(d, g)
    html = page.generate_html(d, inputs, overview=False)  # the full graph, packed
    assert '"deflated":' in html
    out = tmp_path / "p.html"
    out.write_text(html, encoding="utf-8")
    expected = _without_none(json.loads(json.dumps(
        scale.prepare(page.page_data(d, inputs), g, overview=False), ensure_ascii=False)))
    w = open_page(browser, out)
    # The text behind tooltips and details arrives by the browser's own inflater, after
    # the first frame, with nothing having asked for it sooner.
    w.page.wait_for_function("() => !Object.getOwnPropertyDescriptor(DATA, 'info').get")
    got = json.loads(w.page.evaluate("() => JSON.stringify(DATA)"))
    for data in (got, expected):
        data["layout"].pop("seconds")  # two layouts, two timings
    assert got == expected
    assert not w.errors and not w.requests
    w.page.close()
    # A browser without "deflate-raw" or Uint8Array.fromBase64 (older than Chromium 140)
    # decodes everything with the page's own code instead.
    w = open_page(browser, out, init="delete Uint8Array.fromBase64; "
                                     "window.DecompressionStream = function () { "
                                     "throw new TypeError('unsupported'); };")
    assert json.loads(w.page.evaluate("() => JSON.stringify(DATA.info)")) == expected["info"]
    assert w.page.evaluate("() => search(DATA.nodes[0].label.split(' ')[0]).length") > 0
    assert not w.errors and not w.requests
    w.page.close()


@pytest.mark.browser
def test_overview_opens_a_group_on_click_and_search_reaches_members(
        browser: Any, tmp_path: Path) -> None:
    from .browser import open_page

    d = generate_records(claims=300, seed=5)
    out = tmp_path / "ov.html"
    page.write_html(d, out, inputs=page_inputs(d), overview=True)
    w = open_page(browser, out)
    p = w.page
    n_groups = p.evaluate("network.body.nodeIndices.length")
    gid = p.evaluate("Object.keys(OVERVIEW.groups)[0]")
    size = p.evaluate(f"OVERVIEW.groups[{json.dumps(gid)}].count")
    xy = p.evaluate(f"""() => {{
        const r = document.getElementById('network').getBoundingClientRect();
        network.focus({json.dumps(gid)}, {{scale: 1, animation: false}});
        const q = network.canvasToDOM(network.getPositions([{json.dumps(gid)}])[{json.dumps(gid)}]);
        return {{x: q.x + r.left, y: q.y + r.top}};
    }}""")
    p.mouse.click(xy["x"], xy["y"])
    p.wait_for_function(f"() => Object.keys(network.body.nodes).length === {n_groups + size}")
    # opened, the group shows on its own: the other bubbles step aside
    hidden = p.evaluate("nodes.get().filter(n => n.kind === 'group' && n.hidden).length")
    assert hidden == n_groups
    p.click("#overview-back")
    assert p.evaluate("nodes.get().filter(n => n.kind === 'group' && !n.hidden).length") == n_groups
    # a claim inside a still-closed group is found by search and opened
    closed = p.evaluate("""() => {
        for (const id in OVERVIEW.memberOf) {
            const g = OVERVIEW.groups[OVERVIEW.memberOf[id]];
            if (!g.open && INFO[id] && INFO[id].kind === 'claim') return id;
        }
        return null;
    }""")
    assert closed
    p.fill("#search-box", p.evaluate(f"INFO[{json.dumps(closed)}].title"))
    p.press("#search-box", "Enter")
    p.wait_for_function(f"() => network.body.nodes[{json.dumps(closed)}] !== undefined")
    assert p.evaluate("network.getSelectedNodes()") == [closed]
    assert not w.errors
    p.close()


def _bundled_data() -> dict[str, Any]:
    from provenance.dossier import load_dossier

    from .conftest import BUNDLED

    d = load_dossier(BUNDLED)
    return page.page_data(d, page_inputs(d))


def test_debate_layout_is_deterministic_and_reads_claims_people_works_studies() -> None:
    data = _bundled_data()
    pos, font = layout.debate_layout(data)
    assert (pos, font) == layout.debate_layout(_bundled_data())
    assert set(pos) == {n["id"] for n in data["nodes"]}
    kind = {n["id"]: n["kind"] for n in data["nodes"]}
    info = data["info"]
    xs = {k: [pos[i][0] for i in pos if kind[i] == k] for k in ("claim", "question")}
    speakers = {e["from"] for e in data["edges"] if e["kind"] == "states"}
    studies = [i for i in pos if kind[i] == "work" and info[i]["type"] in layout.STUDY_TYPES]
    articles = [i for i in pos if kind[i] == "work" and i not in studies]
    # one direction, left to right: claims (around their questions), people, articles, studies
    right_of_claims = max(xs["claim"] + xs["question"])
    assert all(pos[p][0] > right_of_claims for p in speakers)
    assert min(pos[a][0] for a in articles) > max(pos[p][0] for p in speakers)
    assert min(pos[s][0] for s in studies) > max(pos[a][0] for a in articles)
    # the landmarks' labels (estimated at the planned font) do not overlap
    boxes = []
    for n in data["nodes"]:
        if n["kind"] == "claim" or (n["kind"] == "person" and n["id"] not in speakers):
            continue
        w, h = layout.label_box(n["label"], font)
        x, y = pos[n["id"]]
        top = y + n["size"] * 1.3 + 4
        boxes.append((n["id"], (x - w / 2, top), (x + w / 2, top + h)))
    for i, (a, *ba) in enumerate(boxes):
        for b, *bb in boxes[i + 1:]:
            assert not _boxes_overlap(ba, bb), (a, b)


def test_debate_layout_groups_a_questions_claims_by_position_around_it() -> None:
    data = _bundled_data()
    pos, _ = layout.debate_layout(data)
    q = next(q for q in data["questions"] if q["id"] == "prevalence")
    hub = pos["prevalence"]
    angles = []
    for p in q["positions"]:
        for c in p["claims"]:
            x, y = pos[c["id"]][0] - hub[0], pos[c["id"]][1] - hub[1]
            assert 40 < math.hypot(x, y) < 400  # around its hub, not across the page
            angles.append((math.atan2(y, x) % (2 * math.pi), p["position"]))
    # walking the arc, each position's claims come together: as many runs as positions
    angles.sort(key=lambda a: (a[0] - math.radians(150)) % (2 * math.pi))
    runs = 1 + sum(1 for a, b in zip(angles, angles[1:], strict=False) if a[1] != b[1])
    assert runs == len(q["positions"])


def test_overview_needs_no_igraph(monkeypatch: pytest.MonkeyPatch) -> None:
    """The plain install (no igraph): what answers no question is grouped all the same."""
    import sys

    monkeypatch.setitem(sys.modules, "igraph", None)  # importing it raises ImportError
    d = generate_records(claims=400, seed=2)
    g = build_graph(d)
    data = scale.prepare(page.page_data(d, page_inputs(d, g)), g)
    assert data["overview"]["groups"] and data["physics"] is False
    members = sorted(m for grp in data["overview"]["groups"] for m in grp["members"])
    assert members == list(range(len(data["nodes"])))


def test_overview_page_is_the_same_bytes_across_hash_seeds(tmp_path: Path) -> None:
    """An overview (over 400 nodes) is laid out deterministically, with no timing in it."""
    import hashlib
    import os
    import subprocess
    import sys

    from .conftest import REPO

    code = ("from provenance.generate import generate_records\n"
            "from provenance.pipeline import page_inputs\n"
            "from provenance.render.page import generate_html\n"
            "import hashlib\n"
            "d = generate_records(claims=300, seed=3)\n"
            "html = generate_html(d, page_inputs(d), generated='x')\n"
            "assert 'overview' in html\n"
            "print(hashlib.sha256(html.encode()).hexdigest())")
    digests = set()
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
        r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                           text=True, cwd=tmp_path, check=True)
        digests.add(r.stdout.strip())
    assert len(digests) == 1 and len(hashlib.sha256().hexdigest()) == len(digests.pop())
