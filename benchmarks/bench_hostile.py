"""`provenance extract` on hostile and large articles, before and after, in one run.

A page pasted from the web can be one line of 200 KB (no sentence ends, a phrase
repeated); a long report can be 2 MB. Target (issue 13): each under about 5 s.
Each row runs ``python -m provenance extract FILE -o DIR`` (the whole command: read,
extract, write the draft) with the code before (a git ref, default: where this branch
left main) and after (this checkout), alternating, with a time-out.

Usage: ``python benchmarks/bench_hostile.py [--before REF] [--repeats N] [--timeout S]``
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _compare import alternate, summary, trees  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.hostile_texts import SHAPES, one_line  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _normal_2mb() -> str | None:
    """The PolNeAR dev texts and the disputes articles, repeated to 2 MB (a long, normal
    text), when ../shared is there."""
    shared = next((p / "shared" / "eval" for p in ROOT.parents
                   if (p / "shared" / "eval").is_dir()), None)
    if shared is None:
        return None
    parts = [p.read_text(encoding="utf-8") for p in
             sorted((shared / "polnear-dev" / "text").glob("*.txt"))
             + sorted((shared / "disputes-dev").glob("*.txt"))]
    if not parts:
        return None
    big = "\n\n".join(parts)
    while len(big.encode("utf-8")) < 2_000_000:
        big += "\n\n" + big
    return big[:2_000_000]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", default=None, help="git ref of the code before")
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=120.0)
    args = ap.parse_args()
    t = trees(args.before)
    work = Path(tempfile.mkdtemp(prefix="bench-hostile-"))
    try:
        inputs: dict[str, Path] = {}
        for name, phrase in SHAPES.items():
            p = work / f"{name}.txt"
            p.write_text(one_line(phrase, 200_000), encoding="utf-8")
            inputs[f"200 KB one line: {name}"] = p
        big = _normal_2mb()
        if big is not None:
            p = work / "normal-2mb.txt"
            p.write_text(big, encoding="utf-8")
            inputs["2 MB normal (PolNeAR + disputes, repeated)"] = p
        print(f"\n`provenance extract` (read, extract, write the draft); before = {t.ref}, "
              f"after = this checkout; time-out {args.timeout:.0f} s; target about 5 s\n")
        print("| input | before | after |")
        print("|---|---|---|")
        for label, path in inputs.items():
            before, after = alternate(
                t, ["extract", str(path), "-o", str(work / "out"), "--force"], args.repeats,
                timeout=args.timeout)
            shutil.rmtree(work / "out", ignore_errors=True)
            print(f"| {label} | {summary(before)} | {summary(after)} |", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        t.close()


if __name__ == "__main__":
    main()
