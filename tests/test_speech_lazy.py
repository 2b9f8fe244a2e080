"""The speech engine's patterns compile when first used (provenance.lazy): importing the
engine compiles (almost) none of them, and a pattern made that way finds exactly what
the same pattern compiled at once finds, before and after its first use, copied or
pickled."""

from __future__ import annotations

import copy
import pickle
import re
import subprocess
import sys
from pathlib import Path

from provenance.lazy import lazy_compile
from provenance.speech import speakers

ROOT = Path(__file__).resolve().parent.parent


def test_a_lazy_pattern_finds_what_the_compiled_one_finds():
    text = "Dr Ann Shaw, a GP in Leeds, said: “It is worse.” Mr Raj Patel agreed."
    for source, flags in ((speakers.NAME_PLAIN, 0), (r"(?m)^\w+", 0), (r"it is", re.I)):
        lazy, eager = lazy_compile(source, flags), re.compile(source, flags)
        assert lazy.pattern == source  # there before the first use, to build other patterns
        assert [m.span() for m in lazy.finditer(text)] == \
            [m.span() for m in eager.finditer(text)]
        assert lazy.flags == eager.flags and lazy.groups == eager.groups
        assert lazy.sub("_", text) == eager.sub("_", text)
        a, b = lazy.search(text, 5, 40), eager.search(text, 5, 40)
        assert (a and a.span()) == (b and b.span())


def test_a_lazy_pattern_survives_copy_and_pickle_before_its_first_use():
    lazy = lazy_compile(r"\bShaw\b")
    for other in (copy.copy(lazy), copy.deepcopy(lazy), pickle.loads(pickle.dumps(lazy))):
        assert other.search("Dr Ann Shaw said").span() == (7, 11)


def test_importing_the_speech_engine_compiles_almost_no_pattern():
    code = ("import re; n = [0]; c = re.compile\n"
            "def count(*a, **k):\n    n[0] += 1; return c(*a, **k)\n"
            "re.compile = count\nimport provenance.speech\nprint(n[0])")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    assert int(out) < 10, out  # (91 at 8bca7ef)
