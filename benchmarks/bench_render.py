"""How fast the page opens and stays usable at scale, against pyvis' default page.

One run prints four tables:

1. **Page in Chromium**, our page and pyvis' default page for the same
   generated dossier graph at 2,000 nodes and at 10,000 nodes with 20,000
   edges (the issue's size), plus our page alone on a denser 10,000-node
   graph: Python-side build time, HTML size, time to first draw and time to
   interactive (see
   benchmarks/_browser.py for what they mean exactly). pyvis' runs are capped
   (``--pyvis-timeout``, default 120 s) and shown as "> N s" when they do not
   finish.
2. **Where the time to first draw goes** on our page, from the marks the page's script
   sets (``performance.mark("provenance:...")``): loading the HTML and
   vis-network up to our script, decoding and unpacking the data, vis-network
   building its objects (nodes only on these pages: the page draws their
   relations itself), the rest of our set-up, and the wait for and drawing of
   the first frame.
3. **Responsiveness** of our page at 10,000 nodes and 20,000 edges: hover,
   search, filter and a zoom redraw.
4. **render end to end** (``provenance render`` in a fresh process: load the
   YAML, anchor, analyse, lay out, write) at 1,000, 10,000 and 100,000 nodes,
   the last as a focus view, with peak memory.

pyvis' page is built the fast way: ``net.add_nodes`` for the nodes, and the
edges appended to ``net.edges`` directly, because ``add_edge`` scans every
edge already added (quadratic: hours at 30,000 edges). Its CDN links to
vis-network are answered from the copy pyvis ships; SRI ``integrity``
attributes are removed because that copy is not byte-identical to the CDN's.
Nothing else of its page is changed.

Run: ``python benchmarks/bench_render.py`` (about 10 minutes; ``--quick`` skips
the 100,000-node render).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import _browser  # noqa: E402

#: Generator arguments for a dossier graph of about N nodes (claims, people, works, questions).
NODES_PER_CLAIM = 1.72  # with the generator's default proportions


def claims_for(nodes: int) -> int:
    return max(1, round(nodes / NODES_PER_CLAIM))


#: name -> (generator arguments, also time pyvis' page?)
CASES: dict[str, tuple[dict[str, int], bool]] = {
    # the generator's default proportions (per 100 claims: 20 people, 50 works, 2 questions)
    "2k": ({"claims": claims_for(2000)}, True),
    # the size: 10,000 nodes and about 20,000 edges (many people, few works)
    "10k-20k": ({"claims": 4500, "people": 4500, "works": 900, "questions": 100}, True),
    # default proportions at 10,000 nodes: 3 edges per node
    "10k-dense": ({"claims": claims_for(10_000)}, False),
}


#: performance.mark names (without "provenance:") set by the page's script (render/js/), in
#: order; see the breakdown table.
MARKS = ("start", "data", "network", "setup")


def build_ours(dossier: Any, out: Path) -> float:
    from provenance.pipeline import page_inputs
    from provenance.render.page import write_html

    t = time.perf_counter()
    # The full graph: since issue 17 a page over 400 nodes opens on its overview unless told.
    write_html(dossier, out, force=True, inputs=page_inputs(dossier), overview=False)
    return time.perf_counter() - t


def build_pyvis(g: Any, out: Path) -> float:
    """pyvis' default page for graph ``g``, the way a user would make it (edges fast)."""
    t = time.perf_counter()
    from pyvis.network import Network

    from provenance.render import style

    net = Network(height="750px", width="100%", directed=True)
    ids, labels, titles, colors, shapes = [], [], [], [], []
    for n, d in g.nodes(data=True):
        ids.append(n)
        label = str(d.get("label") or n)
        labels.append(label[:40])
        titles.append(label)
        st = style.NODE_STYLE[d["kind"]]
        colors.append(st["color"])
        shapes.append(st["shape"])
    net.add_nodes(ids, label=labels, title=titles, color=colors, shape=shapes)
    for u, v, d in g.edges(data=True):
        net.edges.append({"from": u, "to": v, "title": d["kind"], "arrows": "to",
                          "color": style.EDGE_STYLE[d["kind"]]["color"]})
    html = net.generate_html()
    elapsed = time.perf_counter() - t
    # no SRI: the local copy that stands in for the CDN file is not byte-identical
    html = re.sub(r'\s+integrity="[^"]*"', "", html)
    out.write_text(html, encoding="utf-8")
    return elapsed


def pyvis_cdn_files() -> dict[str, Path]:
    import importlib.util

    spec = importlib.util.find_spec("pyvis")
    assert spec and spec.submodule_search_locations
    lib = Path(list(spec.submodule_search_locations)[0]) / "lib"
    cdn = "https://cdnjs.cloudflare.com/ajax/libs/vis-network/9.1.2/dist/"
    return {cdn + "vis-network.min.js": lib / "vis-9.1.2" / "vis-network.min.js",
            cdn + "dist/vis-network.min.css": lib / "vis-9.1.2" / "vis-network.css"}


def copy_pyvis_lib(dest: Path) -> None:
    """pyvis' page also loads lib/bindings/utils.js beside itself, as write_html would copy it."""
    import importlib.util

    spec = importlib.util.find_spec("pyvis")
    assert spec and spec.submodule_search_locations
    lib = Path(list(spec.submodule_search_locations)[0]) / "lib"
    if not (dest / "lib").exists():
        shutil.copytree(lib, dest / "lib")


def responsiveness(page: Any) -> dict[str, float]:
    """Search, filter and zoom on our page: milliseconds until the next frame is painted."""
    out: dict[str, float] = {}
    out["search"] = page.evaluate("""() => new Promise(resolve => {
        const box = document.getElementById('search-box');
        const t = performance.now();
        box.value = 'nerve blocks';
        box.dispatchEvent(new Event('input'));
        requestAnimationFrame(() => resolve(performance.now() - t));
    })""")
    out["search_hits"] = page.evaluate(
        "document.querySelectorAll('#search-results li').length")
    out["filter"] = page.evaluate("""() => new Promise(resolve => {
        const sel = document.getElementById('filter-question');
        const t = performance.now();
        network.once('afterDrawing', () => resolve(performance.now() - t));
        sel.value = sel.options[1].value;
        sel.dispatchEvent(new Event('change'));
    })""")
    out["unfilter"] = page.evaluate("""() => new Promise(resolve => {
        const t = performance.now();
        network.once('afterDrawing', () => resolve(performance.now() - t));
        document.getElementById('filter-reset').click();
    })""")
    out["redraw"] = page.evaluate("""() => new Promise(resolve => {
        const t = performance.now();
        network.once('afterDrawing', () => resolve(performance.now() - t));
        network.moveTo({scale: network.getScale() * 1.2});
    })""")
    return out


def render_end_to_end(folder: Path, out: Path, extra: list[str]) -> dict[str, Any]:
    """`provenance render` in a fresh process; its wall time and peak memory."""
    # Peak memory is VmHWM, which exec resets; ru_maxrss would carry the parent's size
    # over the fork (hundreds of MB of browser driver here).
    code = (
        "import sys, time\n"
        "t = time.perf_counter()\n"
        "from provenance.cli import app\n"
        "try:\n"
        "    app(sys.argv[1:], standalone_mode=False)\n"
        "finally:\n"
        "    hwm = [x for x in open('/proc/self/status') if x.startswith('VmHWM')]\n"
        "    rss = hwm[0].split()[1] if hwm else 0\n"
        "    print('BENCH', time.perf_counter() - t, rss, file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    p = subprocess.run([sys.executable, "-c", code, "render", str(folder), "-o", str(out),
                        "--force", *extra], capture_output=True, text=True, env=env)
    line = [x for x in p.stderr.splitlines() if x.startswith("BENCH")]
    if p.returncode != 0 or not line:
        return {"error": (p.stderr or p.stdout).strip().splitlines()[-1:]}
    _, secs, rss = line[-1].split()
    return {"seconds": float(secs), "peak_mb": int(rss) / 1024,
            "size_mb": out.stat().st_size / 1e6}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", default="2k,10k-20k,10k-dense",
                    help=f"page cases, from: {', '.join(CASES)}")
    ap.add_argument("--render-sizes", default="1000,10000,100000")
    ap.add_argument("--pyvis-timeout", type=float, default=120.0)
    ap.add_argument("--quick", action="store_true", help="skip the 100,000-node render")
    ap.add_argument("--keep", type=Path, help="keep the pages and dossiers in this folder")
    args = ap.parse_args()

    from playwright.sync_api import sync_playwright

    from provenance.generate import generate_dossier, generate_records
    from provenance.graph import build_graph

    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-render-"))
    work.mkdir(parents=True, exist_ok=True)
    copy_pyvis_lib(work)
    rows = []
    resp: dict[str, float] = {}
    with sync_playwright() as pw:
        for case in args.cases.split(","):
            kwargs, with_pyvis = CASES[case]
            d = generate_records(**kwargs, seed=1, root=work / f"d-{case}")
            g = build_graph(d)
            nodes, edges = g.number_of_nodes(), g.number_of_edges()
            ours, theirs = work / f"ours-{case}.html", work / f"pyvis-{case}.html"
            b_ours = build_ours(d, ours)
            runs: list[tuple[str, Path, float, float, dict[str, Path] | None]] = [
                ("provenance", ours, b_ours, 60.0, None)]
            if with_pyvis:
                runs.append(("pyvis default", theirs, build_pyvis(g, theirs),
                             args.pyvis_timeout, pyvis_cdn_files()))
            for name, html, build, cap, serve in runs:
                # a browser of its own for each page: a page still busy with physics when
                # closed would otherwise keep a core busy during the next measurement
                browser = _browser.launch(pw)
                t, page = _browser.open_and_time(browser, html, serve=serve, timeout=cap)
                if name == "provenance" and case == "10k-20k" and t.interactive is not None:
                    resp = responsiveness(page)
                    resp["hover"] = (t.hover_latency or 0) * 1000
                page.close()
                browser.close()
                rows.append({"page": name, "nodes": nodes, "edges": edges, "build": build,
                             "size_mb": html.stat().st_size / 1e6, "cap": cap,
                             "first_draw": t.first_draw, "interactive": t.interactive,
                             "errors": t.errors, "blocked": len(t.blocked), "marks": t.extra})
                print(json.dumps(rows[-1]), file=sys.stderr, flush=True)

    print("\n## Page in headless Chromium (same graph for both pages)\n")
    print("| page | nodes | edges | Python build | HTML | first draw | interactive |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['page']} | {r['nodes']:,} | {r['edges']:,} | {r['build']:.1f} s | "
              f"{r['size_mb']:.1f} MB | {_browser.seconds(r['first_draw'], r['cap'])} | "
              f"{_browser.seconds(r['interactive'], r['cap'])} |")
    steps = [r for r in rows if r["page"] == "provenance" and r["first_draw"] is not None
             and all(k in r["marks"] for k in MARKS)]
    if steps:
        print("\n## Where our page's time to first draw goes (from navigation start)\n")
        print("| nodes | edges | HTML and vis-network loaded | data decoded and unpacked | "
              "vis builds its objects | rest of page set-up | first frame drawn |")
        print("|---:|---:|---:|---:|---:|---:|---:|")
        for r in steps:
            m = r["marks"]
            cuts = [0.0, *(m[k] for k in MARKS), r["first_draw"]]
            cells = " | ".join(f"{(b - a) * 1000:.0f} ms"
                               for a, b in zip(cuts, cuts[1:], strict=False))
            print(f"| {r['nodes']:,} | {r['edges']:,} | {cells} |")
    errs = [f"{r['page']} {r['nodes']}: {r['errors']}" for r in rows if r["errors"]]
    if errs:
        print("\npage errors: " + "; ".join(errs))
    if resp:
        print("\n## Our page at 10,000 nodes, 20,000 edges: time until the next frame is "
              "painted\n")
        print("| hover → tooltip | search (type) | filter by question | show everything | "
              "zoom redraw |")
        print("|---:|---:|---:|---:|---:|")
        print(f"| {resp['hover']:.0f} ms | {resp['search']:.0f} ms "
              f"({resp['search_hits']:.0f} hits) | {resp['filter']:.0f} ms | "
              f"{resp['unfilter']:.0f} ms | {resp['redraw']:.0f} ms |")

    print("\n## provenance render, end to end in a fresh process\n", flush=True)
    print("| nodes | view | wall time | peak memory | HTML |")
    print("|---:|---|---:|---:|---:|")
    for n in (int(x) for x in args.render_sizes.split(",") if x):
        if args.quick and n >= 100_000:
            continue
        folder = work / f"dossier-{n}"
        if not (folder / "dossier.yaml").exists():
            generate_dossier(folder, claims=claims_for(n), seed=2, force=True)
        extra = ["--question", "q-1"] if n >= 50_000 else []
        view = "focus: --question q-1" if extra else "whole graph"
        r = render_end_to_end(folder, work / f"render-{n}.html", extra)
        if "error" in r:
            print(f"| {n:,} | {view} | failed: {r['error']} | | |", flush=True)
        else:
            print(f"| {n:,} | {view} | {r['seconds']:.1f} s | {r['peak_mb']:.0f} MB | "
                  f"{r['size_mb']:.1f} MB |", flush=True)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
