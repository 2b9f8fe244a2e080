"""Import 100,000 OpenAlex-shaped works with 1,000,000 references, then export the result.

    python benchmarks/bench_import.py [--works 100000] [--refs-per-work 10] [--internal 0.3]

Writes a JSONL file of works shaped like OpenAlex's (ids, DOI, title, year,
authorships, primary_location, referenced_works), imports it into a fresh
dossier with `provenance import openalex FILE --into DIR --to works.imported.json`,
imports it a second time (must change nothing), then runs every
`provenance export` format. Each step is its own process, timed as a user
waits for it, with its peak memory (os.wait4's ru_maxrss). ``--internal`` is
the share of references that point at works in the same file (these become
`cites`); the rest point outside and are only counted.

Targets (issue 6): import <= 60 s and <= 2 GB; each export <= 30 s.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = ("superior middle cluneal nerve entrapment low back pain anatomical study cadaveric "
         "prospective cohort iliac crest sacroiliac ligament block release surgical outcome "
         "lumbar thoracolumbar dorsal rami branches osteofibrous tunnel pseudo sciatica "
         "diagnosis treatment randomized trial systematic review meta analysis").split()
TYPES = ("article", "article", "article", "review", "book-chapter", "preprint", "dataset")


def make_jsonl(path: Path, n: int, refs_per_work: int, internal: float, seed: int = 6) -> int:
    rnd = random.Random(seed)
    n_authors = max(1, n // 2)
    refs_total = 0
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            year = 1960 + rnd.randrange(65)
            title = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(6, 14))).capitalize()
            refs = []
            for _ in range(refs_per_work):
                if rnd.random() < internal:
                    refs.append(f"https://openalex.org/W{10_000_000 + rnd.randrange(n)}")
                else:
                    refs.append(f"https://openalex.org/W{900_000_000 + rnd.randrange(10**8)}")
            refs_total += len(refs)
            authors = []
            for pos in range(rnd.randint(1, 6)):
                a = rnd.randrange(n_authors)
                authors.append({
                    "author_position": "first" if pos == 0 else "middle",
                    "author": {"id": f"https://openalex.org/A{5_000_000 + a}",
                               "display_name": f"{'ABCDEFGHJKLMNPRST'[a % 17]}. Author{a}",
                               "orcid": None},
                    "institutions": [], "raw_author_name": f"Author{a}"})
            w = {
                "id": f"https://openalex.org/W{10_000_000 + i}",
                "doi": f"https://doi.org/10.5555/bench.{i}",
                "title": f"{title} ({i})",
                "display_name": f"{title} ({i})",
                "publication_year": year,
                "publication_date": f"{year}-01-01",
                "type": rnd.choice(TYPES),
                "ids": {"openalex": f"https://openalex.org/W{10_000_000 + i}",
                        "doi": f"https://doi.org/10.5555/bench.{i}"},
                "primary_location": {"source": {"display_name": "Journal of Benchmarks"}},
                "authorships": authors,
                "cited_by_count": rnd.randrange(200),
                "referenced_works": refs,
            }
            f.write(json.dumps(w) + "\n")
    return refs_total


def run(argv: list[str], cwd: str) -> tuple[float, float, int]:
    """(wall seconds, peak MiB, exit code) of one provenance process."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    t = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-m", "provenance", *argv], cwd=cwd, env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    err = p.stderr.read().decode() if p.stderr else ""
    p.stderr.close() if p.stderr else None
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        print(err[-2000:], file=sys.stderr)
    return wall, usage.ru_maxrss / 1024, code


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--works", type=int, default=100_000)
    ap.add_argument("--refs-per-work", type=int, default=10)
    ap.add_argument("--internal", type=float, default=0.3)
    ap.add_argument("--formats", default="graphml,gexf,json,prov,claimreview,sqlite,argdown")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "works.jsonl"
        t = time.perf_counter()
        refs = make_jsonl(src, args.works, args.refs_per_work, args.internal)
        print(f"generated {args.works:,} works, {refs:,} references "
              f"({args.internal:.0%} to works in the file), "
              f"{src.stat().st_size / 2**20:.0f} MiB in {time.perf_counter() - t:.1f} s")
        dossier = Path(tmp) / "bench"
        dossier.mkdir()
        (dossier / "dossier.yaml").write_text(
            "# A curated dossier the import must not disturb.\ntitle: Benchmark\n")
        rows = []
        imp = ["import", "openalex", str(src), "--into", str(dossier), "--to",
               "works.imported.json"]
        rows.append(("import (first)", *run(imp, tmp), 60.0, 2048.0))
        rows.append(("import again (no change)", *run(imp, tmp), 60.0, 2048.0))
        for fmt in args.formats.split(","):
            out = Path(tmp) / f"out.{fmt}"
            rows.append((f"export --format {fmt}",
                         *run(["export", str(dossier), "--format", fmt, "-o", str(out)], tmp),
                         30.0, None))
            size = out.stat().st_size / 2**20 if out.exists() else 0.0
            rows[-1] = (*rows[-1], size)
            out.unlink(missing_ok=True)
        inc = dossier / "works.imported.json"
        print(f"works.imported.json: {inc.stat().st_size / 2**20:.0f} MiB")
    print()
    print(f"{'step':<28} {'wall s':>8} {'peak MiB':>9} {'target':>14} {'ok':>4} {'out MiB':>8}")
    for row in rows:
        name, wall, peak, code, tmax, mmax = row[:6]
        size = row[6] if len(row) > 6 else None
        ok = code == 0 and wall <= tmax and (mmax is None or peak <= mmax)
        target = f"<= {tmax:.0f} s" + (f", {mmax / 1024:.0f} GB" if mmax else "")
        out = f"{size:8.1f}" if size is not None else " " * 8
        print(f"{name:<28} {wall:8.1f} {peak:9.0f} {target:>14} {'yes' if ok else 'NO':>4} {out}")


if __name__ == "__main__":
    main()
