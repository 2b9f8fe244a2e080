"""Timing a vis-network page in headless Chromium, the same way for our page and pyvis'.

Both pages keep their network in the global ``network`` (pyvis' template and
ours alike). An init script catches the assignment to ``window.network`` and
listens for its first ``afterDrawing`` event, so *first draw* is the
``performance.now()`` of the first frame with the graph on it, counted from
navigation start (HTML parsing, data decoding, vis setup and any physics
stabilisation run before vis draws anything).

*Interactive* is when the graph is drawn and settled (physics stabilised, or
off) **and** hovering a node shows its tooltip: the benchmark moves the mouse
onto a node and the page records the moment the tooltip appears.

No network: every request that is not a ``file:`` URL is refused, except the
CDN URLs given in ``serve`` (pyvis' default page loads vis-network from
cdnjs), which are answered from local files, so that page is measured on
drawing rather than on a failed download.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]

INIT = """
(() => {
  const T = window.__timing = {firstDraw: null, settled: null, tooltip: null, draws: 0};
  let net;
  function watchTooltip() {
    const seen = () => {
      const ours = document.getElementById('tooltip');
      if (ours && !ours.hidden) return true;
      const vt = document.querySelector('div.vis-tooltip');
      return !!(vt && vt.style.visibility === 'visible');
    };
    new MutationObserver(() => {
      if (T.tooltip === null && T.armed && seen()) T.tooltip = performance.now();
    }).observe(document.documentElement, {subtree: true, attributes: true, childList: true});
  }
  Object.defineProperty(window, 'network', {
    configurable: true,
    get() { return net; },
    set(v) {
      net = v;
      if (!v || !v.on) return;
      v.on('afterDrawing', () => {
        T.draws += 1;
        if (T.firstDraw === null) T.firstDraw = performance.now();
      });
      const done = () => { if (T.settled === null) T.settled = performance.now(); };
      v.once('stabilizationIterationsDone', done);
      v.once('stabilized', done);
    },
  });
  document.addEventListener('DOMContentLoaded', watchTooltip);
})();
"""


def chromium_path() -> str:
    path = os.environ.get("PROVENANCE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        raise SystemExit(f"Chromium not found at {path}: apt-get install chromium, "
                         "or set PROVENANCE_CHROMIUM")
    return path


def launch(pw: Any) -> Any:
    return pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)


@dataclass
class Timing:
    first_draw: float | None = None  # seconds from navigation start
    interactive: float | None = None
    hover_latency: float | None = None  # mouse on node -> tooltip shown
    timed_out: bool = False
    errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    extra: dict[str, float] = field(default_factory=dict)


def open_and_time(browser: Any, html: Path, *, serve: dict[str, Path] | None = None,
                  timeout: float = 120.0, width: int = 1400, height: int = 900,
                  ) -> tuple[Timing, Any]:
    """Open ``html``, wait for first draw and interactivity; returns the timing and the page.

    The caller closes the page (``page.close()``) when done with it.
    """
    page = browser.new_page(viewport={"width": width, "height": height})
    t = Timing()

    def route(r: Any) -> None:
        url = r.request.url
        if url.startswith("file:"):
            r.continue_()
            return
        for prefix, local in (serve or {}).items():
            if url.startswith(prefix):
                ctype = "text/css" if local.suffix == ".css" else "application/javascript"
                r.fulfill(status=200, body=local.read_bytes(), content_type=ctype,
                          headers={"Access-Control-Allow-Origin": "*"})
                return
        t.blocked.append(url)
        r.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda e: t.errors.append(str(e)))
    page.add_init_script(INIT)
    deadline = time.monotonic() + timeout
    page.goto(html.resolve().as_uri(), wait_until="commit", timeout=timeout * 1000)

    def remaining() -> float:
        return max(1.0, (deadline - time.monotonic()) * 1000)

    try:
        page.wait_for_function("() => window.__timing && window.__timing.firstDraw !== null",
                               timeout=remaining(), polling=50)
        t.first_draw = page.evaluate("window.__timing.firstDraw") / 1000
        # Our page marks its own steps (performance.mark "provenance:..."); pyvis' has none.
        t.extra = {k: v / 1000 for k, v in page.evaluate(
            "performance.getEntriesByType('mark').filter(m => m.name.startsWith('provenance:'))"
            ".map(m => [m.name.slice(11), m.startTime])")}
        page.wait_for_function(
            "() => window.__timing.settled !== null || !network.physics.options.enabled"
            " || network.physics.stabilized === true",
            timeout=remaining(), polling=50)
        # hover the node nearest the middle of the canvas until a tooltip shows
        target = page.evaluate("""() => {
            const box = document.getElementById(network.body.container.id || 'mynetwork')
                || network.body.container;
            const r = network.body.container.getBoundingClientRect();
            const cx = r.width / 2, cy = r.height / 2;
            const pos = network.getPositions();
            let best = null, bd = Infinity;
            for (const id of Object.keys(pos)) {
                const n = network.body.nodes[id];
                if (!n || n.options.hidden) continue;
                const p = network.canvasToDOM(pos[id]);
                if (p.x < 20 || p.y < 20 || p.x > r.width - 20 || p.y > r.height - 20) continue;
                const d = (p.x - cx) ** 2 + (p.y - cy) ** 2;
                if (d < bd) { bd = d; best = {x: p.x + r.left, y: p.y + r.top}; }
            }
            return best;
        }""")
        if target is None:
            raise RuntimeError("no node on screen to hover")
        page.mouse.move(target["x"] - 40, target["y"] - 40)
        page.evaluate("window.__timing.tooltip = null; window.__timing.armed = true;"
                      "window.__timing.hoverAt = performance.now();")
        page.mouse.move(target["x"], target["y"], steps=2)
        page.wait_for_function("() => window.__timing.tooltip !== null",
                               timeout=remaining(), polling=20)
        tt = page.evaluate("window.__timing")
        t.interactive = tt["tooltip"] / 1000
        t.hover_latency = (tt["tooltip"] - tt["hoverAt"]) / 1000
    except Exception as e:  # noqa: BLE001 - a timeout is a result here, not a failure
        if "Timeout" in type(e).__name__ or "Timeout" in str(e):
            t.timed_out = True
        else:
            t.errors.append(str(e).splitlines()[0])
    return t, page


def seconds(v: float | None, cap: float | None = None) -> str:
    """A table cell: '1.23 s', or '> N s' when the page did not get there in time."""
    if v is None:
        return f"> {cap:.0f} s" if cap else "-"
    return f"{v:.2f} s"
