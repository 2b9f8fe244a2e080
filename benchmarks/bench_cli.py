"""Start-up and the main job, timed as whole processes (the way a user waits for them).

    python benchmarks/bench_cli.py [--runs N]

Prints a table: median / min / max wall time and peak memory of `provenance --help`,
`provenance contested`, and `provenance render` of the bundled dossier, plus which heavy
modules `--help` imports (target: none of networkx, pyvis, rapidfuzz) and the target
(render <= 1 s wall, start-up included).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def run(cmd: list[str], cwd: str) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) / 1024  # MiB (ru_maxrss is KiB on Linux)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    exe = [sys.executable, "-m", "provenance"]
    rows = []
    with tempfile.TemporaryDirectory() as cwd:
        for name, argv, target in (
            ("provenance --help", ["--help"], None),
            ("provenance contested", ["contested"], None),
            ("provenance render (bundled)", ["render"], 1.0),
        ):
            run(exe + argv, cwd)  # warm-up: file cache, .pyc
            walls, peaks = zip(*(run(exe + argv, cwd) for _ in range(args.runs)), strict=False)
            med = statistics.median(walls)
            verdict = "" if target is None else ("meets" if med <= target else "MISSES")
            rows.append((name, med, min(walls), max(walls), max(peaks),
                         f"<= {target:.1f} s {verdict}" if target else ""))
        code = ("import sys; from provenance.cli import app; from typer.testing import CliRunner;"
                "CliRunner().invoke(app, ['--help']);"
                "print(','.join(m for m in ('networkx','pyvis','rapidfuzz','yaml') "
                "if m in sys.modules) or 'none')")
        heavy = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                               cwd=cwd, check=True).stdout.strip()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {args.runs} runs each\n")
    print(f"| {'command':<30} | median s | min s | max s | peak MiB | target |")
    print(f"|{'-' * 32}|---------:|------:|------:|---------:|--------|")
    for name, med, lo, hi, peak, goal in rows:
        print(f"| {name:<30} | {med:8.3f} | {lo:5.3f} | {hi:5.3f} | {peak:8.0f} | {goal} |")
    print(f"\nheavy modules imported by --help: {heavy}")


if __name__ == "__main__":
    main()
