"""Opening pages in Debian's Chromium with Playwright, every network request refused.

Playwright cannot download its own browser here, so it drives /usr/bin/chromium
(or $PROVENANCE_CHROMIUM). A missing browser fails the tests, it does not skip
them: CI must install it (see .ci/run).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
]

WATCH = """
window.__events = {csp: [], errors: []};
document.addEventListener('securitypolicyviolation',
  function (e) { window.__events.csp.push(e.violatedDirective + ' ' + e.blockedURI); });
"""


def chromium_path() -> str:
    path = os.environ.get("PROVENANCE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        raise RuntimeError(
            f"Chromium not found at {path}: install Debian's package (apt-get install chromium) "
            "or set PROVENANCE_CHROMIUM"
        )
    return path


@dataclass
class Watched:
    page: Any
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def csp_violations(self) -> list[str]:
        return list(self.page.evaluate("window.__events.csp"))


def open_page(browser: Any, path: Path, *, width: int = 1400, height: int = 900,
              init: str | None = None) -> Watched:
    """Open ``path`` with every network request refused; ``init`` runs before the page's code."""
    page = browser.new_page(viewport={"width": width, "height": height})
    if init:
        page.add_init_script(init)
    w = Watched(page)

    def route(r: Any) -> None:
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            w.requests.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda e: w.errors.append(str(e)))
    def on_console(m: Any) -> None:
        if m.type == "error":
            w.console_errors.append(m.text)

    page.on("console", on_console)

    def on_dialog(d: Any) -> None:
        w.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)
    page.add_init_script(WATCH)
    page.goto(path.resolve().as_uri())
    # Predicates are functions, not strings: a string would be eval'd, which the page's CSP forbids.
    page.wait_for_function(
        "() => window.network && network.body && network.body.nodeIndices.length > 0")
    return w


def settle(page: Any) -> None:
    """Wait for physics to place the nodes, then hold them still so the mouse can find them."""
    page.wait_for_function(
        "() => !network.physics.options.enabled || network.physics.stabilized === true "
        "|| network.physics.stabilizationIterations > 0 || network.physics.ready === true",
        timeout=20000)
    page.evaluate("network.stopSimulation(); network.setOptions({physics: {enabled: false}});"
                  "network.fit({animation: false});")
    page.wait_for_timeout(100)


def node_screen_positions(page: Any) -> dict[str, dict[str, float]]:
    """Each node's centre in page coordinates."""
    return dict(page.evaluate("""() => {
        const box = document.getElementById('network').getBoundingClientRect();
        const pos = network.getPositions();
        const out = {};
        for (const id of Object.keys(pos)) {
            const p = network.canvasToDOM(pos[id]);
            out[id] = {x: p.x + box.left, y: p.y + box.top};
        }
        return out;
    }"""))


#: What the issue measures: each drawn label's on-screen size (font size x network.getScale())
#: and its box (labelModule.size mapped with canvasToDOM), in the graph's own coordinates.
LABELS = """() => {
    const s = network.getScale(), box = document.getElementById('network');
    const out = [];
    for (const id of network.body.nodeIndices) {
        const n = network.body.nodes[id], lm = n.labelModule;
        if (n.options.hidden || !n.options.label || !lm.size.width) continue;
        const px = lm.fontOptions.size * s;
        if (px < network.nodesHandler.options.scaling.label.drawThreshold - 1) continue;
        const a = network.canvasToDOM({x: lm.size.left, y: lm.size.top});
        const b = network.canvasToDOM({x: lm.size.left + lm.size.width,
                                      y: lm.size.top + lm.size.height});
        const on = b.x > 0 && a.x < box.clientWidth && b.y > 0 && a.y < box.clientHeight;
        out.push({id: String(id), px: px, box: [a.x, a.y, b.x, b.y], on: on,
                  text: n.options.label});
    }
    return out;
}"""


def wait_labels(page: Any) -> None:
    """Wait until the page has placed its labels for the current view (see labelPlacer)."""
    page.wait_for_function("() => window.labels && labels.ready()", timeout=20000)
    page.wait_for_timeout(150)
    page.wait_for_function("() => window.labels && labels.ready()", timeout=20000)


def wait_still(page: Any, timeout_s: float = 20.0) -> None:
    """Wait until the view stops moving (a fit animates), then for its labels.

    A fixed pause is not enough on a loaded machine: the labels of a view still
    animating are those of a frame the reader never stops on.
    """
    view = "() => JSON.stringify([network.getScale(), network.getViewPosition()])"
    last, waited = page.evaluate(view), 0.0
    while waited < timeout_s:
        page.wait_for_timeout(250)
        waited += 0.25
        now = page.evaluate(view)
        if now == last:
            break
        last = now
    wait_labels(page)


def drawn_labels(page: Any) -> list[dict[str, Any]]:
    """The labels drawn on screen now, as :data:`LABELS` measures them."""
    return [lab for lab in page.evaluate(LABELS) if lab["on"]]


def overlapping(labels: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Pairs of labels whose boxes intersect."""
    out = []
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            (a0, a1, a2, a3), (b0, b1, b2, b3) = a["box"], b["box"]
            if a0 < b2 and b0 < a2 and a1 < b3 and b1 < a3:
                out.append((a["id"], b["id"]))
    return out
