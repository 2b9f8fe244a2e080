"""Regenerate docs/screenshot.png: the bundled page with a claim selected.

    python scripts/screenshot.py [CLAIM_ID]

Renders the bundled dossier, opens it in Debian's Chromium with every network
request refused, clicks the claim and saves the screenshot the README shows.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from provenance.dossier import load_dossier  # noqa: E402
from provenance.pipeline import page_inputs  # noqa: E402
from provenance.render.page import write_html  # noqa: E402
from tests.browser import CHROMIUM_ARGS, chromium_path, node_screen_positions, open_page  # noqa: E402


def main() -> None:
    claim = sys.argv[1] if len(sys.argv) > 1 else "article.12-percent"
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "page.html"
        d = load_dossier(REPO / "graph_data" / "cluneal-nerve")
        write_html(d, page_path, inputs=page_inputs(d))
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
            w = open_page(browser, page_path, width=1500, height=920)
            w.page.wait_for_function("() => network.physics.stabilized !== false", timeout=30000)
            w.page.wait_for_timeout(4000)
            pos = node_screen_positions(w.page)[claim]
            w.page.mouse.click(pos["x"], pos["y"])
            w.page.evaluate(f"showDetails({claim!r})")
            w.page.wait_for_timeout(500)
            out = REPO / "docs" / "screenshot.png"
            w.page.screenshot(path=str(out))
            assert not w.requests and not w.errors, (w.requests, w.errors)
            browser.close()
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
