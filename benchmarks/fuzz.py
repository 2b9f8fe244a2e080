"""The fuzzing suite with a larger budget: hostile dossiers through every command.

    python benchmarks/fuzz.py [--examples 300] [--valid-share 0.3] [--seed 0] [--keep DIR]

The same generator as tests/test_fuzz.py (tests/fuzzing.py): each case is a
dossier folder with hostile strings, numbers and structures, run through
check, contested, trace, render (graph and citations), report (md, html),
every export and two imports. Prints, per command, how many cases ended in
exit 0 / 1 / 2 and how many broke a rule (FAIL: a traceback, an exit code
outside {0, 1, 2}, JSON a strict parser refuses, a file from outside the
folder in the output, a control character on the terminal, a temporary file
left), then each distinct failure once with how often it came. ``--keep``
saves the dossier.yaml of each failing case there.

CI runs the small, fixed-seed budget (tests/test_fuzz.py, about 30 s); run
this before a release or after touching the loader, the exports or the CLI.
"""

from __future__ import annotations

import argparse
import collections
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.fuzzing import Case, cases, fresh, run_pipeline, write_case  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--examples", type=int, default=300)
    ap.add_argument("--valid-share", type=float, default=0.3,
                    help="share of cases that are valid dossiers with odd values")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", type=Path, default=None, help="save failing cases here")
    args = ap.parse_args()

    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    failures: collections.Counter[tuple[str, str]] = collections.Counter()
    kept = 0
    ran = [0]
    t0 = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="provenance-fuzz-"))

    strategy = st.one_of(cases(valid=True), cases()) if args.valid_share > 0 else cases()

    @settings(max_examples=args.examples, database=None, deadline=None,
              suppress_health_check=list(HealthCheck), phases=[Phase.generate])
    @given(case=strategy)
    def one(case: Case) -> None:
        nonlocal kept
        ran[0] += 1
        root, out = fresh(tmp, "case")
        write_case(case, root)
        for name, outcome, why in run_pipeline(root, out):
            counts[name][outcome] += 1
            if outcome == "FAIL":
                failures[(name, why[:160])] += 1
                if args.keep is not None:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    kept += 1
                    (args.keep / f"case-{kept:04d}.yaml").write_text(
                        case.text, encoding="utf-8", errors="surrogatepass")
        if ran[0] % 25 == 0:
            print(f"  {ran[0]} cases, {time.perf_counter() - t0:.0f} s", file=sys.stderr)

    from hypothesis import seed as hseed

    try:
        hseed(args.seed)(one)()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    took = time.perf_counter() - t0

    print(f"\n{ran[0]} generated dossiers, {sum(sum(c.values()) for c in counts.values()):,} "
          f"command runs, {took:.0f} s (seed {args.seed})\n")
    print(f"| {'command':<22} | {'exit 0':>6} | {'exit 1':>6} | {'exit 2':>6} | {'FAIL':>5} |")
    print(f"|{'-' * 24}|{'-' * 8}|{'-' * 8}|{'-' * 8}|{'-' * 7}|")
    for name, c in counts.items():
        print(f"| {name:<22} | {c['0']:>6} | {c['1']:>6} | {c['2']:>6} | {c['FAIL']:>5} |")
    total_fail = sum(c["FAIL"] for c in counts.values())
    print(f"\nfailures: {total_fail}")
    for (name, why), n in failures.most_common():
        print(f"  {n:>4} x {name}: {why}")
    return 1 if total_fail else 0


if __name__ == "__main__":
    raise SystemExit(main())
