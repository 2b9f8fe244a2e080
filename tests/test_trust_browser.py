"""The page survives odd but valid data (issue 14, part 7), in headless Chromium."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from provenance.dossier import load_dossier
from provenance.pipeline import page_inputs
from provenance.render.page import write_html

from .browser import node_screen_positions, open_page, settle

pytestmark = pytest.mark.browser

MARK = "\u2060"  # what the page appends to an id named like an Object.prototype member
LONG = "Very Long Name " * 70_000  # about 1 MB: hovering it took over 100 s


@pytest.fixture(scope="module")
def odd_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("odd")
    (root / "sources").mkdir()
    (root / "sources" / "a.txt").write_text("Yes, it works. No, it does not. About forty.")
    (root / "dossier.yaml").write_text(f"""title: Prototype names
questions:
  - {{id: toString, text: "Is toString contested?"}}
  - {{id: valueOf, text: "Second question"}}
people:
  - {{id: constructor, name: Constructor Person}}
  - {{id: hasOwnProperty, name: "{LONG}"}}
  - {{id: isPrototypeOf, name: Proto}}
works:
  - {{id: toLocaleString, type: article, title: "{LONG}", source_text: sources/a.txt}}
  - {{id: propertyIsEnumerable, type: study, title: A study, year: 2019,
     cites: [toLocaleString]}}
claims:
  - {{id: tiny, text: "{LONG}", question: toString, position: constructor,
     appearances: [{{in: toLocaleString, by: constructor, quote: "it works"}}],
     estimate: {{value: 5.0e-324, unit: "%"}}, based_on: [propertyIsEnumerable]}}
  - {{id: huge, text: "No", question: toString, position: toString, contradicts: [tiny],
     appearances: [{{in: toLocaleString, by: hasOwnProperty, quote: "it does not"}}],
     estimate: {{value: 1.7e+308, unit: "%"}}}}
  - {{id: forty, text: "Forty", question: valueOf, position: x,
     appearances: [{{in: toLocaleString, by: isPrototypeOf, quote: "forty"}}],
     estimate: {{value: 40, unit: "%"}}}}
""", encoding="utf-8")
    out = root / "page.html"
    d = load_dossier(root)
    write_html(d, out, inputs=page_inputs(d))
    return out


def test_ids_named_like_object_members_huge_numbers_and_long_names(browser: Any, odd_page: Path
                                                                    ) -> None:
    html = odd_page.read_text(encoding="utf-8")
    assert "Infinity" not in html.split("provenance-data", 1)[1].split("</script>", 1)[0]
    w = open_page(browser, odd_page)
    settle(w.page)
    page = w.page
    positions = page.evaluate("Object.values(network.getPositions())")
    assert len(positions) == 10
    assert all(abs(p["x"]) < 1e6 and abs(p["y"]) < 1e6 for p in positions)
    # Labels are drawn short; the full text is in the details panel on demand.
    assert max(len(n["label"]) for n in page.evaluate("nodes.get()")) < 80
    # Filters by person and by question keep the right neighbourhoods.
    page.select_option("#filter-person", "constructor" + MARK)
    hidden = page.evaluate("nodes.get().filter(n => n.hidden).map(n => n.id)")
    assert "constructor" + MARK not in hidden and "tiny" not in hidden and "forty" in hidden
    page.click("#filter-reset")
    page.select_option("#filter-question", "toString" + MARK)
    hidden = page.evaluate("nodes.get().filter(n => n.hidden).map(n => n.id)")
    assert "huge" not in hidden and "forty" in hidden
    page.click("#filter-reset")
    # Search finds them by name.
    page.fill("#search-box", "Constructor")
    page.wait_for_selector("#search-results li")
    page.press("#search-box", "Enter")
    assert page.inner_text("#details h3") == "Constructor Person"
    # Hovering and clicking every node, the 1 MB ones included, answers at once.
    pos = node_screen_positions(page)
    for nid, xy in pos.items():
        t0 = time.perf_counter()
        page.mouse.move(xy["x"], xy["y"])
        page.mouse.click(xy["x"], xy["y"])
        page.evaluate("new Promise(r => requestAnimationFrame(() => r(1)))")
        assert time.perf_counter() - t0 < 5, nid
        page.mouse.move(2, 2)
    page.evaluate("network.selectNodes(['hasOwnProperty' + '\u2060'])")
    assert w.errors == [] and w.console_errors == [] and w.requests == []
    page.close()
