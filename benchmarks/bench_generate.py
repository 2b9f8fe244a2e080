"""How long the generator takes, and how long the loader then takes to read what it wrote.

Prints one table: for each size, generating the records in memory, writing
the folder, its size on disk, and ``load_dossier`` on it (PyYAML's C safe
loader plus validation), with peak memory of the load.

Run: ``python benchmarks/bench_generate.py [--claims 1000,10000,100000]``
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--claims", default="1000,10000,100000")
    args = ap.parse_args()
    from provenance.generate import generate_records, write_dossier

    work = Path(tempfile.mkdtemp(prefix="bench-generate-"))
    print("| claims | people | works | questions | generate | write | on disk | load | "
          "load peak memory |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    try:
        for n in (int(x) for x in args.claims.split(",")):
            t = time.perf_counter()
            d = generate_records(claims=n, seed=0)
            t_gen = time.perf_counter() - t
            t = time.perf_counter()
            write_dossier(d, work / str(n))
            t_write = time.perf_counter() - t
            size = sum(f.stat().st_size for f in (work / str(n)).rglob("*") if f.is_file())
            code = ("import sys, time\nfrom provenance.dossier import load_dossier\n"
                    "t = time.perf_counter(); load_dossier(sys.argv[1])\n"
                    "hwm = [x for x in open('/proc/self/status') if x.startswith('VmHWM')]\n"
                    "print(time.perf_counter() - t, hwm[0].split()[1])\n")
            out = subprocess.run([sys.executable, "-c", code, str(work / str(n))],
                                 capture_output=True, text=True, cwd=ROOT, check=True)
            t_load, hwm = out.stdout.split()
            print(f"| {n:,} | {len(d.people):,} | {len(d.works):,} | {len(d.questions):,} | "
                  f"{t_gen:.1f} s | {t_write:.1f} s | {size / 1e6:.0f} MB | "
                  f"{float(t_load):.1f} s | {int(hwm) / 1024:.0f} MB |", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
