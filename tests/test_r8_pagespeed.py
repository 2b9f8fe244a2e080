"""Round 8, page speed: what `render` does ahead of the quotes' verdicts or beside the
compression gives the page the same data."""

from __future__ import annotations

import json
from typing import Any

import pytest

from provenance.render import scale


def _inputs(claims: int = 400) -> tuple[Any, Any, Any]:
    from provenance.generate import generate_records
    from provenance.pipeline import page_inputs
    from provenance.render import page

    d = generate_records(claims=claims, seed=3)
    return d, page_inputs(d), page.work_labels(d)


def _render_way(d: Any, inputs: Any, labels: Any, *, settle: bool, overview: bool,
                compress: bool, records_packed: bool = True) -> dict[str, Any]:
    """A big page's packed data as `render` makes it: the parts the verdicts do not touch
    packed ahead, their strings settled (or not), then the claims; their records packed
    as the second process packs them (``records_packed``) or as they are."""
    from provenance.render import page

    frame = page._frame(d, inputs, labels)
    assert len(frame["nodes"]) > 400  # a big page
    plan = scale.plan(frame, inputs.graph, overview=overview)
    edges = scale.pack_edges(frame, consume=True)
    ahead = scale.pack_ahead(frame, plan, consume=True)
    if settle:
        scale.settle(ahead, edges)
    claims = page._drawn_claims(d, inputs, labels)
    if records_packed:  # (what pipeline.Verdicts hands over)
        pack_one = page.claim_packer(d)
        assert pack_one is not None
        claims = [(cid, drawn, pack_one(record)) for cid, drawn, record in claims]
        assert all(type(c[2]) is tuple for c in claims)
    out = scale.pack_verdicts(ahead, edges, claims, compress=compress)
    (out.get("layout") or {}).pop("seconds", None)
    return out


@pytest.mark.parametrize(("overview", "records_packed"),
                         [(True, True), (False, True), (True, False)])
def test_strings_settled_before_the_verdicts_give_the_same_packed_data(
        overview: bool, records_packed: bool) -> None:
    """Every repeated string is shipped once, numbered as before, whether its places were
    settled before the verdicts or after them; and the page's data is the whole page's."""
    from provenance.render import page

    d, inputs, labels = _inputs()
    settled = _render_way(d, inputs, labels, settle=True, overview=overview, compress=False,
                          records_packed=records_packed)
    plain = _render_way(d, inputs, labels, settle=False, overview=overview, compress=False,
                        records_packed=records_packed)
    frame = page._frame(d, inputs, labels)
    whole = scale.pack(scale.place(page._with_verdicts(frame, d, inputs, labels),
                                   scale.plan(frame, inputs.graph, overview=overview)),
                       compress=False)
    (whole.get("layout") or {}).pop("seconds", None)
    a, b, c = json.dumps(settled), json.dumps(plain), json.dumps(whole)
    assert settled["packed"]["strings"]  # strings were shared at all
    assert a == b, "settled and unsettled differ"
    assert a == c, "settled and the whole page's data differ"


def test_the_compressed_streams_are_the_same_bytes_settled_or_not() -> None:
    """The two streams, compressed on threads while the copy is let go, are the bytes
    the page always had."""
    d, inputs, labels = _inputs()
    settled = _render_way(d, inputs, labels, settle=True, overview=True, compress=True)
    plain = _render_way(d, inputs, labels, settle=False, overview=True, compress=True)
    assert set(settled) == {"deflated", "deflated_info"}
    assert settled == plain


def test_a_settled_ahead_is_for_pack_verdicts_only() -> None:
    from provenance.render import page

    d, inputs, labels = _inputs()
    frame = page._frame(d, inputs, labels)
    plan = scale.plan(frame, inputs.graph, overview=True)
    edges = scale.pack_edges(frame)
    ahead = scale.pack_ahead(frame, plan)
    scale.settle(ahead, edges)
    with pytest.raises(ValueError, match="settled already"):
        scale.settle(ahead, edges)
    data = scale.place(page._with_verdicts(frame, d, inputs, labels), plan)
    with pytest.raises(ValueError, match="settled"):
        scale.pack(data, ahead=ahead, edges=edges)


def test_script_json_still_escapes_what_closes_a_script_in_plain_ascii() -> None:
    """ASCII text is looked through for its few escaped characters only: a quote holding
    ``</script>`` or a DEL stays data; text without them comes back as it was."""
    from provenance import safejson
    from provenance.render.escape import script_json

    assert script_json({"q": "</script><!-- & \x7f"}) == \
        '{"q":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u007f"}'
    assert safejson.escape("a <b> & c\x7f") == "a <b> & c\\u007f"  # not a script: DEL only
    plain = '{"deflated":"QUJD+/=="}'
    assert safejson.escape(plain, script=True) is plain
    assert script_json({"q": "caf\u00e9 \u2028 <"}) == '{"q":"caf\u00e9 \\u2028 \\u003c"}'


def test_circles_are_found_in_networkx_order() -> None:
    """The evidence graph's strongly connected components, walked on plain dicts, come out
    as networkx finds them, in its order (the page lists the circles in that order)."""
    import random

    import networkx as nx

    from provenance.chains import _components

    rng = random.Random(7)
    for trial in range(300):
        n = rng.randint(1, 40)
        names = [f"n{k}" for k in range(n)]
        edges = [(rng.choice(names), rng.choice(names)) for _ in range(rng.randint(0, 3 * n))]
        g = nx.DiGraph()
        succ: dict[str, dict[str, None]] = {}
        for u, v in edges:
            g.add_edge(u, v)
            succ.setdefault(u, {})
            succ.setdefault(v, {})
            succ[u][v] = None
        assert list(_components(succ)) == list(nx.strongly_connected_components(g)), trial

