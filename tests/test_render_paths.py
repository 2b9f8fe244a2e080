"""The quick paths of `render` give the page the slow paths gave: the check in a second
process, the page's JSON written by orjson."""

from __future__ import annotations

import base64
import json
import os
import zlib
from typing import Any

import pytest

from provenance.render import scale

needs_fork = pytest.mark.skipif(
    not hasattr(os, "fork") or not hasattr(os, "sched_getaffinity"), reason="Linux only")


def _fresh(code: str) -> None:
    """Run ``code`` in a new interpreter: the fork is taken only while the process has one
    thread, and a test session's browser keeps threads."""
    import subprocess
    import sys
    import textwrap

    from .conftest import REPO

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    r = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=env,
                       capture_output=True, text=True, cwd=REPO, timeout=300, check=False)
    assert r.returncode == 0 and r.stdout.strip().endswith("ok"), r.stderr[-3000:]


_SETUP = """
import os
from provenance import pipeline
from provenance.generate import generate_records
from provenance.graph import build_graph
from provenance.pipeline import Verdicts, page_inputs
from provenance.render import page
from provenance import processes
processes.MIN_QUOTES = 0
os.sched_getaffinity = lambda _pid: {0, 1}
processes._others_running = lambda: 0  # however busy the machine is
"""


@needs_fork
def test_quotes_checked_in_a_second_process_give_the_same_page() -> None:
    _fresh(_SETUP + """
d = generate_records(claims=300, seed=5)
g = build_graph(d)
there = page_inputs(d, g, background=True)
here = page_inputs(d, g)
assert isinstance(there.checks, Verdicts) and isinstance(here.checks, tuple)
# the claims' page records the child made are those made here, read once and kept ...
made = there.checks.claim_records()
assert made == page.claim_records(d, here.checks, page.work_labels(d))
assert there.checks.claim_records() is made and any(u for u, _ in made)
assert page.generate_html(d, there, generated="x", overview=True) == \\
    page.generate_html(d, here, generated="x", overview=True)
# ... until the page takes them over: packed one by one and let go, not kept to the end
try:
    there.checks.claim_records()
except RuntimeError:
    print("ok")
""")


@needs_fork
def test_claims_packed_in_the_second_process_give_the_same_page() -> None:
    """`render` has the second process pack each claim's record as the page packs it
    (render.page.claim_packer): the page is the same as one checked and packed here, with
    the help of the first process or without, and when the second process is killed."""
    _fresh(_SETUP + """
import signal, time
from provenance.render.page import claim_packer
d = generate_records(claims=300, seed=5)
g = build_graph(d)
here = page.generate_html(d, page_inputs(d, g), generated="x", overview=True)
assert claim_packer(d) is not None and claim_packer(d, mode="citations") is None
pipeline.SEND_EVERY = 7  # (packed and sent in many batches as the check goes on)
for help_over in (0, 10**12):
    pipeline.HELP_OVER = help_over
    there = page_inputs(d, g, background=True, pack=claim_packer)
    records = there.checks.claim_records()
    assert all(type(r) is tuple for _, r in records)  # each packed there: (copy, places)
    assert page.generate_html(d, there, generated="x", overview=True) == here
there = page_inputs(d, g, background=True, pack=claim_packer)
os.kill(there.checks._pid, signal.SIGKILL)  # the records are then made here, as they are
assert page.generate_html(d, there, generated="x", overview=True) == here
print("ok")
""")


def test_a_record_that_needs_a_label_only_the_page_knows_is_sent_as_it_is() -> None:
    """A question's label depends on the analysis: a record whose packing would compare
    a string with it is left for the page, where every label is known."""
    labels = {"p1": "Ann Lee", "w1": "Lee 2020"}
    titles = {"p1": "Ann Lee", "w1": "A study", "q1": "Is it so?"}
    pack_one = scale.record_packer(labels, titles, {"q1"})
    plain = {"title": "x" * 30, "appearances": [{"work": "w1", "work_label": "Lee 2020",
                                                 "by": "p1", "by_name": "Ann Lee"}]}
    copied, places = pack_one(plain)
    assert copied["appearances"][0]["work_label"] == {"$L": "work"}
    assert copied["appearances"][0]["by_name"] == {"$L": "by"}
    assert places == [(copied, "title", "x" * 30)]
    odd = {"based_on": [{"id": "q1", "label": "Is it so?"}]}
    assert pack_one(odd) is odd  # (the page knows q1's label: it packs this one itself)
    assert pack_one(plain)[0] == copied  # and the next record is packed again


@needs_fork
def test_the_first_process_checks_what_is_left_beside_the_second() -> None:
    """`render`'s quote check is shared: the first process, once its own work is done,
    takes the source texts the second has not taken yet (here the second is slowed
    down), and the claims' page records are those of a check in one process."""
    _fresh(_SETUP + """
import time
slow = pipeline._check_taken
def slowly(work, queue):  # the child's share, one text at a time, slowly
    for item in slow(work, queue):
        time.sleep(0.05)
        yield item
pipeline._check_taken = slowly
d = generate_records(claims=300, seed=5)
whole = page.claim_records(d, page_inputs(d).checks, page.work_labels(d))
groups = len({a.in_ for c in d.claims for a in c.appearances})
pipeline.HELP_OVER = 0  # (a small dossier: any work left is worth taking)
v = Verdicts(d)
time.sleep(0.5)  # the child has taken its first texts
made = v.claim_records()
mine, _ = v.here
assert 0 < len(mine) < groups, (len(mine), groups)  # both processes checked texts
assert made == whole
pipeline.HELP_OVER = 10**12  # too little left to pay for this process's share: it waits
pipeline._check_taken = slow
v = Verdicts(d)
time.sleep(0.5)
assert v.claim_records() == whole and not v.here[0]
print("ok")
""")


def test_the_check_queue_tells_what_is_left_without_taking_it() -> None:
    from provenance import check

    queue = check._Queue(list(range(20_000)))  # more groups than entries: runs of three
    try:
        assert queue.left() == list(range(20_000))
        taken = iter(queue)
        assert [next(taken) for _ in range(5)] == [0, 1, 2, 3, 4]  # (two runs read)
        assert queue.left() == list(range(6, 20_000))  # a look: nothing taken
        assert list(taken) == list(range(5, 20_000))
        assert queue.left() == []
    finally:
        queue.close()
    assert queue.left() == []
    empty = check._Queue([])  # a dossier without quotes: nothing to take, no error
    assert empty.left() == [] and list(empty) == []
    empty.close()


def test_claim_records_made_as_the_verdicts_come_are_the_same() -> None:
    """The second process makes a claim's record as soon as its verdicts are in, in
    whatever order the texts are checked: the same records as made all at once."""
    import random

    from provenance.claimview import ClaimRecords, claim_records, work_labels
    from provenance.generate import generate_records
    from provenance.pipeline import Verdicts, page_inputs

    d = generate_records(claims=200, seed=2)
    got = page_inputs(d).checks
    assert not isinstance(got, Verdicts)  # 200 claims: checked in this process
    checks = list(got)
    labels = work_labels(d)
    assert sum(len(c.appearances) > 1 for c in d.claims) > 5  # claims over several texts
    whole = claim_records(d, checks, labels)
    random.Random(4).shuffle(checks)
    made = ClaimRecords(d, labels)
    for r in checks[:-20]:
        made.add(r)
    assert sum(m is not None for m in made.made) > 100  # most made before the last come
    for r in checks[-20:]:
        made.add(r)
    assert made.records() == whole
    short = ClaimRecords(d, labels)
    for r in checks[1:]:
        short.add(r)
    with pytest.raises(KeyError):
        short.records()


@needs_fork
def test_records_sent_in_two_pickles_and_a_short_send_is_a_failure() -> None:
    """The child pickles the records it made before the first process's verdicts come,
    then the claims those complete: both are read back; a send cut after the first (or
    holding a class) is the child's failure, and the records are then made here."""
    _fresh(_SETUP + """
import pickle
d = generate_records(claims=120, seed=7)
whole = page.claim_records(d, page_inputs(d).checks, page.work_labels(d))
pipeline.HELP_OVER = 0
made_here = []  # the records made in this process: only when the child's are refused
real_records_of = pipeline._records_of
def counted(*args):
    made_here.append(1)
    return real_records_of(*args)
pipeline._records_of = counted
assert Verdicts(d).claim_records() == whole
assert made_here == []  # (the child's records, both pickles, were used)
real = pipeline._dumps
sent = []
def first_only(records):
    sent.append(1)
    return real(records) if len(sent) == 1 else b""
pipeline._dumps = first_only  # (the child inherits it: only its first pickle is sent)
v = Verdicts(d)
assert v.claim_records() == whole  # (made here: the send came short)
assert made_here == [1]
class Odd:
    pass
pipeline._dumps = lambda records: pickle.dumps([Odd()])
assert Verdicts(d).claim_records() == whole
assert made_here == [1, 1]
print("ok")
""")


@needs_fork
def test_a_failed_second_process_checks_here() -> None:
    """A child that cannot send its verdicts (here: pickling fails) changes nothing but
    the time: the check runs again in this process."""
    _fresh(_SETUP + """
def broken(_results):
    raise RuntimeError("cannot send")

pipeline._dumps = broken  # the forked child inherits it
d = generate_records(claims=60, seed=1)
inputs = page_inputs(d, background=True)
assert isinstance(inputs.checks, Verdicts)
made_here = []
real_records_of = pipeline._records_of
def counted(*args):
    made_here.append(1)
    return real_records_of(*args)
pipeline._records_of = counted
assert inputs.checks.claim_records() == page.claim_records(d, page_inputs(d).checks,
                                                           page.work_labels(d))
assert made_here == [1]  # (checked again here, not taken from the child)
print("ok")
""")


@needs_fork
def test_one_core_threads_small_dossiers_and_unread_verdicts() -> None:
    _fresh(_SETUP + """
import threading
d = generate_records(claims=60, seed=1)
processes.MIN_QUOTES = 2000
assert isinstance(page_inputs(d, background=True).checks, tuple)  # too few quotes
processes.MIN_QUOTES = 0
os.sched_getaffinity = lambda _pid: {0}
assert isinstance(page_inputs(d, background=True).checks, tuple)  # one core: no gain
os.sched_getaffinity = lambda _pid: {0, 1}
stop = threading.Event()
t = threading.Thread(target=stop.wait)
t.start()
assert isinstance(page_inputs(d, background=True).checks, tuple)  # a thread: no fork
stop.set()
t.join()
unread = Verdicts(d)
pid = unread._pid
del unread  # never read: the child is stopped and reaped, nothing left behind
try:
    os.waitpid(pid, os.WNOHANG)
except ChildProcessError:
    print("ok")
""")


@pytest.mark.parametrize("value", [
    [0.5, -0.0, 1e-05, 9.99e-05, 1e-4, 9e-06, -1.5e-07, 1e-300, 1e16, 1.2345e22, 2.5, 100.0,
     0.1 + 0.2, 5e-324, 1.7976931348623157e308, 2**63 - 1, -(2**63), True, None],
    {"doi": "10.5555/prov.1980.000001", "quote": 'he said ",0.00001" and [1e-5', "n": 3},
    {"text": "é ⚑ \u2028 \x7f \x9b </script> \x00\x1f\b\f\n\r\t \"q\" \\"},
    {1: "a key that is not text"},
    [2**70],
    ["a lone surrogate \ud800"],
    {"t": (1, 2), "nested": [{"a": [[], {}]}]},
    # a small float behind more look-alike cues than are looked at one by one
    ["1e-", "case-1e-2", "0.00001"] * 700 + [{"value": 1e-05}],
    [{"id": f"article-{i}", "quote": "one-e-mail, re-run 10.0000"} for i in range(50)]
    + [{"x": -1.5e-07, "y": 2.0}],
])
def test_page_json_written_by_orjson_is_the_json_modules_bytes(value: Any) -> None:
    assert scale._json_utf8(value) == scale._text(value).encode("utf-8", "surrogatepass")


def test_the_quick_look_for_numbers_orjson_writes_otherwise_is_the_full_scans() -> None:
    import random

    rng = random.Random(5)
    pieces = [b",", b":", b"[", b"-", b"0", b"1", b"9", b".", b"e", b"e-", b"0.0000", b"x",
              b"\"", b" ", b"1e-7", b"0.00001"]
    for _ in range(3000):
        text = b"".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40)))
        assert scale._orjson_differs(text) == bool(scale._ORJSON_DIFFERS.search(text)), text


def test_a_compressed_stream_is_read_back_as_the_same_text() -> None:
    """What the page inflates is UTF-8 that ``JSON.parse`` reads back as the data: a lone
    surrogate as safejson escapes it, the rest (HTML's escapes are for JSON in the page,
    not for a base64 stream) as it is."""
    for text in ["a lone surrogate \ud800 and \udfff", "\u2028 \x85 \u202e é </script>",
                 "plain"]:
        raw = scale._unpaired_escaped(scale._json_utf8(text))
        assert json.loads(raw.decode("utf-8")) == text  # strict UTF-8: no lone surrogate
    assert scale._unpaired_escaped(scale._json_utf8("\ud800")) == b'"\\ud800"'
    packed = scale._compressed([{"info": {"q": {"title": "<\u2028\ud800"}}, "title": "x"}],
                               True)
    assert json.loads(zlib.decompress(base64.b64decode(packed["deflated_info"]), -15)) == \
        {"q": {"title": "<\u2028\ud800"}}


@needs_fork
def test_a_killed_render_leaves_no_check_running(tmp_path: Any) -> None:
    """The second process ends with the first, whatever ends it."""
    from .conftest import assert_second_process_ends_with_first

    code = _SETUP + """
import signal, sys, time
pipeline._check_taken = lambda w, q: iter([time.sleep(60)])  # a check outliving its parent
v = Verdicts(generate_records(claims=20, seed=1))
print(v._pid, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""
    assert_second_process_ends_with_first(code, tmp_path, "render")


def test_render_refuses_a_users_file_before_making_the_page(tmp_path: Any,
                                                            monkeypatch: Any) -> None:
    from typer.testing import CliRunner

    from provenance import pipeline
    from provenance.cli import app

    from .conftest import MINI

    def no(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("the page was being made")

    monkeypatch.setattr(pipeline, "page_inputs", no)
    mine = tmp_path / "notes.html"
    mine.write_text("<p>my notes</p>", encoding="utf-8")
    result = CliRunner().invoke(app, ["render", str(MINI), "-o", str(mine)])
    assert result.exit_code == 2, result.output
    assert "pass --force" in result.output
    assert mine.read_text(encoding="utf-8") == "<p>my notes</p>"


@pytest.mark.parametrize("overview", [True, False])
def test_a_big_page_packed_ahead_of_its_verdicts_is_the_same_packed_data(overview: bool) -> None:
    import json

    from provenance.generate import generate_records
    from provenance.pipeline import page_inputs
    from provenance.render import page

    d = generate_records(claims=400, seed=3)
    inputs = page_inputs(d)
    labels = page.work_labels(d)

    def packed(ahead: bool | str) -> str:
        return json.dumps(_packed(d, inputs, labels, ahead, overview=overview))

    b = packed(False)
    for a in (packed(True), packed("claims only")):
        same = a == b  # (not compared in the assert: pytest's diff of 0.7 MB takes minutes)
        at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
        assert same, f"they differ from character {at}"


@pytest.mark.parametrize("unverified", ["first", "all", "none"])
def test_the_node_table_made_ahead_takes_the_claims_verdicts(unverified: str) -> None:
    """The nodes' table is made before the verdicts, every claim drawn as verified; the
    claims' styles set after it are those, and numbered as, a table made after them."""
    import dataclasses
    import json

    from provenance.generate import generate_records
    from provenance.pipeline import PageInputs, Verdicts, page_inputs
    from provenance.render import page

    d = generate_records(claims=400, seed=3)
    inputs = page_inputs(d)
    assert not isinstance(inputs.checks, Verdicts)  # checked in this process
    first = d.claims[0].id
    bad = {"first": lambda r: r.claim == first, "all": lambda r: True,
           "none": lambda r: False}[unverified]
    checks = tuple(dataclasses.replace(r, status="missing", anchor=None) if bad(r) else
                   dataclasses.replace(r, status="exact") for r in inputs.checks)
    inputs = PageInputs(inputs.graph, checks, inputs.questions, inputs.analysis)
    labels = page.work_labels(d)

    def packed(ahead: bool | str) -> dict[str, Any]:
        return json.loads(json.dumps(_packed(d, inputs, labels, ahead, overview=False)))

    a, b = packed(True), packed(False)
    assert packed("claims only") == b
    styles = a["packed"]["node_styles"]
    drawn = [styles[r[-1]]["borderWidth"] for r in a["nodes"]["rows"][-400:]]
    quoted = sum(1 for c in d.claims if c.appearances)
    assert d.claims[0].appearances and quoted > 300
    assert drawn.count(3) == {"first": 1, "all": quoted, "none": 0}[unverified]  # dashed
    assert a["nodes"] == b["nodes"] and a["packed"] == b["packed"]
    assert a == b


def test_packing_ahead_refuses_other_data() -> None:
    from provenance.generate import generate_records
    from provenance.pipeline import page_inputs
    from provenance.render import page

    d = generate_records(claims=400, seed=3)
    inputs = page_inputs(d)
    labels = page.work_labels(d)
    frame = page._frame(d, inputs, labels)
    plan = scale.plan(frame, inputs.graph, overview=True)
    parts = scale.pack_ahead(frame, plan)
    data = scale.place(page._with_verdicts(frame, d, inputs, labels), plan)
    data["nodes"] = data["nodes"][1:]
    with pytest.raises(ValueError, match="other data"):
        scale.pack(data, ahead=parts)


def test_check_and_render_weigh_the_same_quotes_for_a_second_process(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """One count of the work a second process would share (quotes with a source text),
    asked by `check` and by `render` alike; quotes whose text is missing cost nothing."""
    from provenance import check, pipeline, processes
    from provenance.generate import generate_records

    d = generate_records(claims=80, seed=2)
    apps = [a for c in d.claims for a in c.appearances]
    missing = {apps[0].in_, apps[5].in_}
    for wid in missing:
        d.texts.pop(wid, None)
    with_text = sum(a.in_ not in missing for a in apps)
    assert 0 < with_text < len(apps)
    asked: list[tuple[str, int]] = []
    for mod in (check, pipeline):
        def refuse(n: int, m: str = mod.__name__) -> bool:
            asked.append((m, n))
            return False
        monkeypatch.setattr(mod, "second_process", refuse)
    check.check_dossier(d, processes=2, locate=False)
    pipeline.page_inputs(d, background=True)
    # (`render` asks as its analysis starts and, refused, again as it ends: the same count)
    assert asked == [("provenance.check", with_text), ("provenance.pipeline", with_text),
                     ("provenance.pipeline", with_text)]
    assert processes.quotes_to_check(apps, d.texts) == with_text


@needs_fork
def test_the_layout_loads_numpy_with_one_blas_thread() -> None:
    """Its products are too small to share out, and `render`'s other core is checking
    quotes: numpy's BLAS starts no thread of its own, and the setting is not left in
    the environment (a program's own setting, or numpy loaded before, is kept)."""
    _fresh("""
import os
os.environ.pop("OPENBLAS_NUM_THREADS", None)  # (as a user's shell would have it)
from provenance.render import forcelayout
np = forcelayout._libs()
assert "OPENBLAS_NUM_THREADS" not in os.environ
assert len(os.listdir("/proc/self/task")) == 1, os.listdir("/proc/self/task")
pos = forcelayout.layout(50, [(i, i + 1) for i in range(49)])
assert len(pos) == 50
print("ok")
""")


@pytest.mark.parametrize("overview", [True, False])
def test_the_page_without_the_graph_is_the_page_with_it(overview: bool) -> None:
    """`render` builds no networkx graph (its index and the page's edges come from the
    records): the page is the one drawn from the graph, big and small."""
    import re

    from provenance.dossier import load_dossier
    from provenance.generate import generate_records
    from provenance.graph import build_graph
    from provenance.pipeline import page_inputs
    from provenance.render import page

    from .conftest import BUNDLED

    def html(d: Any, inputs: Any) -> str:  # (less how long the layout took)
        out = page.generate_html(d, inputs, generated="x", overview=overview)
        return re.sub(r'"seconds":[0-9.]+', "", out)

    for d in (generate_records(claims=400, seed=3), load_dossier(BUNDLED)):
        without = page_inputs(d)
        assert without.graph is None
        assert html(d, without) == html(d, page_inputs(d, build_graph(d)))


def _packed(d: Any, inputs: Any, labels: Any, ahead: bool | str, *,
            overview: bool) -> dict[str, Any]:
    """A big page's packed data made one of the three ways: whole after the verdicts
    (``ahead`` False), with the parts the verdicts do not touch packed ahead (True), or, as
    `render` does, with only the claims packed after the verdicts ("claims only"); the
    layout's own time left out."""
    from provenance.render import page

    frame = page._frame(d, inputs, labels)
    assert len(frame["nodes"]) > 400  # a big page
    plan = scale.plan(frame, inputs.graph, overview=overview)
    if ahead == "claims only":  # what render does: the page data is never made whole
        edges = scale.pack_edges(frame, consume=True)
        claims_ahead = scale.pack_ahead(frame, plan, consume=True)
        out = scale.pack_verdicts(claims_ahead, edges, page._drawn_claims(d, inputs, labels),
                                  compress=False)
    else:
        parts = scale.pack_ahead(frame, plan, consume=True) if ahead else None
        data = scale.place(page._with_verdicts(frame, d, inputs, labels), plan)
        out = scale.pack(data, consume=True, compress=False, ahead=parts)
    (out.get("layout") or {}).pop("seconds", None)  # how long the layout took
    return out
