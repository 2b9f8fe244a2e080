# ruff: noqa: F811 - pytest fixtures imported from test_page_browser are named as arguments
"""Round 18: what a user's trial still found at a projector's 1280x720.

The save buttons, moved into the left panel, were below its fold (the contested questions
list is long): a teacher had to scroll the panel to find them. An opened question's speakers
were left where they stood on the arc, so the view fitted to its board either left them out
of sight or put a speaker's name under the details panel.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .browser import drawn_labels, open_page, wait_labels, wait_still

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


#: An opened question's own nodes: the question, its claims on the board and the people who
#: state them, as the page shows them (hidden ones left out); and the part of the graph the
#: details panel leaves free.
QUESTION_NODES = """(qid) => {
    const shown = id => nodes.get(id) && !nodes.get(id).hidden;
    const claims = allEdges().filter(e => e.kind === 'addresses' && e.to === qid)
        .map(e => e.from).filter(shown);
    const speakers = [...new Set(allEdges().filter(
        e => e.kind === 'states' && claims.includes(e.to)).map(e => e.from))].filter(shown);
    const box = document.getElementById('network');
    const panel = document.getElementById('details').getBoundingClientRect();
    return {claims: claims, speakers: speakers, open: openedQuestion && openedQuestion.id,
            free: panel.left - box.getBoundingClientRect().left, height: box.clientHeight};
}"""


def test_an_opened_question_shows_its_speakers_beside_it_none_under_the_panel(
        browser: Any, bundled_page: Path) -> None:
    """Each contested question opened from the list at 1280x720: the names of its claims and
    of the people who state them are drawn where they can be read, none under the details
    panel (a speaker's name was, or the speakers were out of sight below the board)."""
    w = open_page(browser, bundled_page, width=1280, height=720)
    page = w.page
    wait_labels(page)
    contested = page.evaluate("DATA.questions.filter(q => q.contested).map(q => q.id)")
    assert len(contested) >= 5
    for qid in contested:
        item = f'#question-list li[data-question="{qid}"]'
        page.evaluate(f"document.querySelector('{item}').scrollIntoView({{block: 'center'}})")
        page.click(item)
        wait_still(page)
        got = page.evaluate(QUESTION_NODES, qid)
        assert got["open"] == qid and got["speakers"]
        drawn = {lab["id"]: lab for lab in drawn_labels(page)}
        mine = [drawn[i] for i in [qid, *got["claims"], *got["speakers"]] if i in drawn]
        under = [lab["text"] for lab in mine if lab["box"][2] > got["free"]]
        assert under == [], qid
        for p in got["speakers"]:
            assert p in drawn, (qid, p)
            x0, y0, x1, y1 = drawn[p]["box"]
            assert 0 <= x0 and x1 <= got["free"] and 0 <= y0 and y1 <= got["height"], (qid, p)
        # and the claims are not given up for them: every claim on the board is labelled
        assert [c for c in got["claims"] if c not in drawn] == [], qid
    assert w.errors == [] and w.console_errors == []
    page.close()
