"""The same dossier gives the same bytes, whatever Python's hash seed.

Set and dict iteration over strings depends on ``PYTHONHASHSEED``; a page or an
export that leaked that order would differ between two runs, and a newsroom
that keeps its outputs in git would see noise diffs.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import BUNDLED, REPO

SCRIPT = r"""
import hashlib, json, sys
from pathlib import Path
import provenance as pv
from provenance.export import FORMATS, EmptyExport

out = Path(sys.argv[1])
d = pv.load(sys.argv[2])
digests = {"page": hashlib.sha256(d.page().encode()).hexdigest()}
for fmt in FORMATS:
    try:
        p = d.export(fmt, out / f"x-{fmt}", force=True)
    except EmptyExport:  # nothing to write (no ClaimReview verdicts in the bundled dossier)
        continue
    files = sorted(p.rglob("*")) if p.is_dir() else [p]
    h = hashlib.sha256()
    for f in files:
        if f.is_file():
            h.update(f.name.encode() + f.read_bytes())
    digests[fmt] = h.hexdigest()
print(json.dumps(digests))
"""


def _digests(seed: str, tmp: Path) -> dict[str, str]:
    tmp.mkdir()
    # The PROV export's quote receipts carry the date checked: fixed the reproducible-builds way.
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO),
           "SOURCE_DATE_EPOCH": "1764600000"}
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp), str(BUNDLED)], env=env,
                         capture_output=True, text=True, check=True, cwd=tmp)
    return dict(json.loads(out.stdout))


def test_page_and_exports_are_byte_identical_across_hash_seeds(tmp_path: Path) -> None:
    a = _digests("1", tmp_path / "a")
    b = _digests("4242", tmp_path / "b")
    assert {"page", "graphml", "sqlite"} <= set(a)
    differing = sorted(k for k in a if a[k] != b.get(k))
    assert not differing, f"output depends on the hash seed: {differing}"
    assert hashlib.sha256(b"").hexdigest() not in a.values()
