"""Round 19 of issue 18: the edge table from the frame's columns, the deflate in halves."""

from __future__ import annotations

import base64
import copy
import zlib
from typing import Any

import pytest

from provenance.render import scale


def _frame(claims: int = 300) -> tuple[dict[str, Any], list[Any]]:
    from provenance.generate import generate_records
    from provenance.pipeline import page_inputs
    from provenance.render import page

    d = generate_records(claims=claims, seed=5)
    inputs = page_inputs(d)
    columns: list[Any] = []
    frame = page._frame(d, inputs, page.work_labels(d), columns=columns)
    return frame, columns


def _table(t: scale.EdgeTable) -> tuple[Any, ...]:
    return (t.ids, t.rows, t.counts, [(where, key, text) for where, key, text in t.spots],
            t.styles, t.seq_ids)


def test_edge_table_from_columns_is_the_table_from_dicts() -> None:
    frame, columns = _frame()
    (cols,) = columns
    assert cols.edges is frame["edges"] and len(cols.fields["kind"]) == len(frame["edges"])
    plain = copy.deepcopy(frame)
    got = scale.pack_edges(frame, consume=True, columns=cols)
    want = scale.pack_edges(plain, consume=True)
    assert _table(got) == _table(want)
    assert frame["edges"] == [None] * len(plain["edges"])  # consumed as before
    # each long string's place is a row of the table, as before
    assert all(where[key] == text for where, key, text in got.spots)


def test_columns_of_other_edges_are_not_read() -> None:
    frame, columns = _frame()
    (cols,) = columns
    other = dict(frame, edges=list(frame["edges"]))  # another list: the columns are not its
    want = scale.pack_edges(copy.deepcopy(other))
    assert _table(scale.pack_edges(other, columns=cols)) == _table(want)


def test_edges_styled_by_their_kinds_first_met_order() -> None:
    frame, columns = _frame()
    (cols,) = columns
    kinds = cols.fields["kind"]
    got = scale.pack_edges(frame, columns=cols)
    # one style per kind, numbered in the order the kinds are first met
    at = got.rows["cols"].index("_s")
    first: dict[Any, Any] = {}
    for row, kind in zip(got.rows["rows"], kinds, strict=True):
        first.setdefault(kind, row[at])
    assert sorted(first.values()) == list(range(len(got.styles)))


@pytest.mark.parametrize("size", [0, 1, 5_000, 70_001, 300_000])
def test_deflate_in_halves_inflates_to_the_same_bytes(size: int, monkeypatch: Any) -> None:
    import random

    rng = random.Random(size)
    words = [bytes(rng.choice(b"abcdefgh ,:{}[]\"") for _ in range(rng.randint(1, 12)))
             for _ in range(400)]
    raw = b"".join(rng.choice(words) for _ in range(size // 6 + 1))[:size]
    monkeypatch.setattr(scale, "SPLIT_OVER", 60_000)
    out = base64.b64decode(scale._deflate_bytes(raw))
    assert zlib.decompress(out, -15) == raw
    d = zlib.decompressobj(-15)
    assert d.decompress(out) == raw and d.eof and not d.unused_data  # one stream, ended


def test_deflate_in_halves_only_over_the_threshold() -> None:
    raw = b'{"a":"' + b"x" * 1000 + b'"}'
    z = zlib.compressobj(scale.DEFLATE_LEVEL, zlib.DEFLATED, -15)
    assert base64.b64decode(scale._deflate_bytes(raw)) == z.compress(raw) + z.flush()
