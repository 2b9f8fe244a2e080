# ruff: noqa: F811 - pytest fixtures imported from test_page_browser are named as arguments
"""Round 18: what a user's trial still found at a projector's 1280x720.

The save buttons, moved into the left panel, were below its fold (the contested questions
list is long): a teacher had to scroll the panel to find them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .browser import open_page, wait_labels

# The bundled page of test_page_browser, shared (test arguments name it); the browser is
# conftest's.
from .test_page_browser import bundled_page  # noqa: F401

pytestmark = pytest.mark.browser

#: Whether each save button can be seen and clicked where it is: inside the window, and the
#: element at its centre is the button itself (nothing drawn over it).
SAVE_BUTTONS = """() => Array.from(document.querySelectorAll('#export button')).map(b => {
    const r = b.getBoundingClientRect();
    const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
    return {id: b.id, box: [r.left, r.top, r.right, r.bottom], on_top: hit === b,
            window: [innerWidth, innerHeight]};
})"""


@pytest.mark.parametrize("size", [(1280, 720), (1440, 900)])
def test_the_save_buttons_are_in_sight_without_scrolling(browser: Any, bundled_page: Path,
                                                         size: tuple[int, int]) -> None:
    w = open_page(browser, bundled_page, width=size[0], height=size[1])
    page = w.page
    wait_labels(page)
    buttons = page.evaluate(SAVE_BUTTONS)
    assert [b["id"] for b in buttons] == ["save-png", "save-svg"]
    for b in buttons:
        x0, y0, x1, y1 = b["box"]
        width, height = b["window"]
        assert 0 <= x0 and x1 <= width and 0 <= y0 and y1 <= height, (b["id"], b["box"])
        assert b["on_top"], b["id"]
    # still there with a question open and the list scrolled, and nothing in the panel is
    # hidden for good behind them: the last line of the legend can be scrolled into sight
    page.click("#question-list li.contested")
    page.evaluate("document.getElementById('left').scrollTop = 1e6")
    page.wait_for_timeout(100)
    assert all(b["on_top"] for b in page.evaluate(SAVE_BUTTONS))
    last = page.evaluate("""() => {
        const li = Array.from(document.querySelectorAll('ul.legend li')).filter(
            x => !x.hidden).pop();
        const r = li.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + 5, (r.top + r.bottom) / 2);
        return li.contains(hit) && r.bottom <= innerHeight; }""")
    assert last
    assert w.errors == [] and w.console_errors == []
    page.close()
