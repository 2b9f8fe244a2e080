"""Round 23's fast paths, each held to the general path it stands for."""

from __future__ import annotations

import os
import random

import pytest

from provenance.dossier import load_dossier
from provenance.dossier.limits import decode_utf8_sig
from provenance.files import _in_folder

_PIECES = [b"a", b"\n", b"\xef\xbb\xbf", b"\xef\xbb", b"\xc3\xa9", b"\xe2\x80\x9c", b"\xff",
           b"\xc3", b"\xed\xa0\x80", b"\xf0\x9f\x98\x80", b"\x00", b" ", b"\xe2\x80"]


def _outcome(fn):  # type: ignore[no-untyped-def]
    try:
        return "text", fn()
    except UnicodeDecodeError as e:
        return "error", (e.encoding, e.start, e.end, e.reason, bytes(e.object))


def test_decode_is_the_codec_on_random_bytes() -> None:
    rng = random.Random(23)
    for _ in range(3000):
        raw = b"".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 12)))
        assert _outcome(lambda raw=raw: decode_utf8_sig(raw)) == \
            _outcome(lambda raw=raw: raw.decode("utf-8-sig")), raw


def test_in_folder_is_os_path_join() -> None:
    rng = random.Random(5)
    chars = "ab./ -_é\u00a0"
    for _ in range(2000):
        folder = "/" + "".join(rng.choice(chars) for _ in range(rng.randrange(0, 8)))
        name = "".join(rng.choice(chars.replace("/", "")) for _ in range(rng.randrange(1, 6)))
        assert _in_folder(folder, name) == os.path.join(folder, name)
    assert _in_folder("/", "x.txt") == os.path.join("/", "x.txt") == "/x.txt"


@pytest.mark.parametrize("raw", [b"\xef\xbb\xbfplain text\n", b"caf\xc3\xa9\n",
                                 b"line one\nbad \xff byte\n", b"\xef\xbb\xbfone\n\xc3(\n"])
def test_a_source_text_loads_as_the_codec_reads_it(tmp_path, raw: bytes) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_bytes(raw)
    (tmp_path / "dossier.yaml").write_text(
        "title: T\nworks:\n  - id: w\n    type: article\n    title: W\n"
        "    source_text: sources/a.txt\n", encoding="utf-8")
    try:
        want = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        with pytest.raises(Exception) as got:
            load_dossier(tmp_path)
        assert f"is not UTF-8 (line {line}, byte {e.start})" in str(got.value)
        return
    assert load_dossier(tmp_path).texts["w"] == want


def test_build_sets_every_field_by_its_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """build_dossier passes the records' fields by position: each lands in its own field."""
    from dataclasses import fields

    from provenance.dossier.build import build_dossier
    from provenance.model import Appearance, Claim, Estimate, Review, Sample, Work

    def every(cls, **given):  # type: ignore[no-untyped-def]
        return {f.name: given.get(f.name, f"{cls.__name__}-{f.name}") for f in fields(cls)}

    work = every(Work, authors=["a"], year=2001, sample={"n": 3, "unit": "u", "note": "n"},
                 cites=["c"], supports=["s"], contradicts=["x"], unverified=["v"],
                 verified={"k": "v"})
    est = every(Estimate, value=1.5, low=1.0, high=2.0)
    claim = every(Claim, estimate=est, appearances=[{"in": "w", "quote": "q", "by": "b",
                                                      "note": "an"}],
                  based_on=["b1"], supports=["s1"], contradicts=["c1"],
                  review={"rating": 1, "best": 5, "worst": 0, "alternate_name": "n",
                          "author": "au", "date": "d"})
    d = build_dossier({"title": "T", "works": [work], "claims": [claim]}, tmp_path,
                      tmp_path / "dossier.yaml", {})
    w, c = d.works[0], d.claims[0]
    for f in fields(Work):
        want = work[f.name]
        if f.name == "sample":
            want = Sample(3, "u", "n")
        assert getattr(w, f.name) == want, f.name
    for f in fields(Claim):
        want = claim[f.name]
        if f.name == "estimate":
            want = Estimate(**est)
        elif f.name == "appearances":
            want = [Appearance("w", "q", "b", "an")]
        elif f.name == "review":
            want = Review(1, 5, 0, "n", "au", "d")
        assert getattr(c, f.name) == want, f.name
    assert c.estimate is not None and [getattr(c.estimate, f.name) for f in fields(Estimate)] \
        == [est[f.name] for f in fields(Estimate)]


def test_needs_escape_is_the_pattern_on_random_bytes() -> None:
    """safejson's scan for what escape_bytes escapes says what its pattern finds."""
    from provenance import safejson

    pieces = [b"a", b"\x7f", b"\xc2", b"\x80", b"\x9f", b"\xa0", b"\xe2", b"\x81", b"\xa6",
              b"\xa9", b"\xaa", b"\xa8", b"\xae", b"\xaf", b"\xe2\x80\x9c", b"\xc2\xa0", b"\n"]
    rng = random.Random(7)
    for _ in range(5000):
        raw = b"".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10)))
        assert safejson._needs_escape(raw) == (safejson._ALWAYS_UTF8.search(raw) is not None), raw
    for lead, after in safejson._UTF8_SEQUENCES:  # each sequence alone, and its neighbours
        for b in ([None] if after is None else range(after[0] - 1, after[1] + 2)):
            raw = b"x" + lead + (bytes([b]) if b is not None else b"") + b"y"
            assert safejson._needs_escape(raw) == (safejson._ALWAYS_UTF8.search(raw) is not None)


def test_check_work_groups_are_the_appearances_by_text() -> None:
    """CheckWork's groups, sorted and cut by each appearance's work read from a list: the
    groups of the sort and cut by a key function per appearance."""
    from itertools import groupby

    from provenance.check import CheckWork
    from provenance.generate import generate_records

    for seed in range(3):
        d = generate_records(claims=300, seed=seed)
        work = CheckWork(d, locate=False)
        apps = work.apps
        order = sorted(range(len(apps)), key=lambda k: apps[k][2].in_)
        assert work.groups == [list(g) for _, g in groupby(order, key=lambda k: apps[k][2].in_)]
        assert len(work.groups) > 1
