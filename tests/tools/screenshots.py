"""Screenshots of the page's main screens for docs/ (docs/screenshot.png and docs/screens/).

Run from the repository: ``python tests/tools/screenshots.py`` (a minute; needs Chromium,
see tests/browser.py). Renders the bundled dossier, its citation view, a focus view and a
generated dossier of 2,000 claims, opens each in headless Chromium and saves what a reader
sees first, at projector size (1280x720) and laptop size (1440x900).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from provenance.dossier import load_dossier  # noqa: E402
from provenance.generate import generate_records  # noqa: E402
from provenance.pipeline import page_inputs  # noqa: E402
from provenance.render.page import write_html  # noqa: E402
from tests.browser import CHROMIUM_ARGS, chromium_path, open_page, wait_labels  # noqa: E402

BUNDLED = ROOT / "graph_data" / "cluneal-nerve"
OUT = ROOT / "docs" / "screens"


def main() -> None:
    from provenance.focus import focus
    from provenance.graph import build_graph

    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="provenance-shots-"))
    d = load_dossier(BUNDLED)
    inputs = page_inputs(d)
    page_html = write_html(d, tmp / "page.html", inputs=inputs)
    cit_html = write_html(d, tmp / "cit.html", inputs=inputs, mode="citations")
    sub, verdicts, view = focus(d, build_graph(d), center="kuniya-2014")
    focus_html = write_html(sub, tmp / "focus.html", inputs=page_inputs(sub, questions=verdicts),
                            view=view)
    big = generate_records(claims=2000, seed=0)
    big_html = write_html(big, tmp / "big.html", inputs=page_inputs(big))
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)

        def shot(path: Path, name: Path, size: tuple[int, int], then: str | None = None) -> None:
            page = open_page(b, path, width=size[0], height=size[1]).page
            wait_labels(page)
            if then:
                page.evaluate(then)
                page.wait_for_timeout(700)
                wait_labels(page)
            page.screenshot(path=str(name))
            page.close()

        for w, h in ((1280, 720), (1440, 900)):
            shot(page_html, OUT / f"first-view-{w}x{h}.png", (w, h))
            shot(page_html, OUT / f"question-opened-{w}x{h}.png", (w, h), "focusNode('prevalence')")
            shot(big_html, OUT / f"overview-2000-claims-{w}x{h}.png", (w, h))
        shot(page_html, OUT / "debate-view-1280x720.png", (1280, 720), "openDebate('prevalence')")
        shot(cit_html, OUT / "citation-view-1280x720.png", (1280, 720))
        shot(focus_html, OUT / "focus-kuniya-2014-1280x720.png", (1280, 720))
        shot(page_html, ROOT / "docs" / "screenshot.png", (1440, 900), "focusNode('prevalence')")
        b.close()


if __name__ == "__main__":
    main()
