"""Round 20: a big page's packed copy, once compressed, goes to the caller's ``keep`` (which
`render` never takes apart) instead of being taken apart in the serial end of `render`;
the page is the same."""

from __future__ import annotations

from typing import Any

import pytest

from provenance.render import page, scale

from .test_r8_pagespeed import _inputs


def _packed(keep: list[Any] | None) -> dict[str, Any]:
    d, inputs, labels = _inputs()
    frame = page._frame(d, inputs, labels)
    plan = scale.plan(frame, inputs.graph, overview=True)
    edges = scale.pack_edges(frame, consume=True)
    ahead = scale.pack_ahead(frame, plan, consume=True)
    scale.settle(ahead, edges)
    return scale.pack_verdicts(ahead, edges, page._drawn_claims(d, inputs, labels),
                               compress=True, keep=keep)


def test_the_copy_goes_to_keep_and_the_page_is_the_same() -> None:
    kept: list[Any] = []
    got = _packed(kept)
    assert set(got) == {"deflated", "deflated_info"}
    assert got == _packed(None)
    (copy,) = kept  # the packed copy the streams were written from
    assert {"nodes", "edges", "info", "packed"} <= set(copy)


def test_an_uncompressed_page_keeps_nothing_apart() -> None:
    """A page under the threshold ships its packed copy itself: nothing else to keep."""
    d, inputs, _ = _inputs(claims=20)
    kept: list[Any] = []
    html = page.generate_html(d, inputs, generated="x", keep=kept)
    assert not kept
    assert html == page.generate_html(d, inputs, generated="x")


def test_generate_html_hands_keep_on(monkeypatch: pytest.MonkeyPatch) -> None:
    d, inputs, _ = _inputs()
    calls: list[Any] = []
    real = scale.pack_verdicts

    def spy(*a: Any, **k: Any) -> dict[str, Any]:
        calls.append(k.get("keep"))
        return real(*a, **k)

    monkeypatch.setattr(scale, "pack_verdicts", spy)
    kept: list[Any] = []
    page.generate_html(d, inputs, generated="x", keep=kept)
    assert calls == [kept]
