"""Benchmark: load, analyse, `contested --json` and `trace` on a generated dossier.

Target (issue 4): 100,000 claims, 20,000 people, 50,000 works, 2,000
questions: load + analyse + `contested --json` in <= 30 s and <= 2 GB; a
`trace` query in <= 1 s once loaded.

Run:  PYTHONPATH=. python benchmarks/bench_analysis.py            (full size)
      PYTHONPATH=. python benchmarks/bench_analysis.py --scale 0.1 (a tenth)

It prints two tables: the stages measured in-process (wall time with
``time.perf_counter``, peak Python allocations with ``tracemalloc`` off by
default because it slows everything), and the real CLI run
(`provenance contested DOSSIER --json`) in a subprocess, with its wall time
and peak RSS from ``resource.getrusage``.

The dossier comes from ``provenance.generate.generate_dossier`` when that
module exists; otherwise from :func:`write_dossier` below, which writes a
YAML dossier with the same shape (questions with several positions and
estimates, studies with designs and samples, articles quoting people,
citations, contradictions).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

DESIGNS = ("systematic-review", "trial", "cohort", "case-control", "cross-sectional",
           "case-series", "anatomical", "case-report", "narrative-review", "expert-opinion")
UNITS = ("%", "patients", "years", "mm", "fraction")
WORDS = ("nerve", "pain", "entrapment", "study", "patients", "lumbar", "crest", "block",
         "surgery", "relief", "common", "rare", "cadaver", "branch", "tunnel", "ligament",
         "prevalence", "diagnosis", "palpation", "tender", "point", "release", "fascia")


def _q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def write_dossier(root: Path, *, claims: int, people: int, works: int, questions: int,
                  seed: int = 1, yaml_syntax: bool = False) -> Path:
    """Write a generated dossier folder.

    JSON syntax by default (valid YAML, and the loader's fast path for
    machine-written dossiers, docs/format.md); ``yaml_syntax`` writes YAML
    flow mappings, one record a line, to measure the YAML path.
    """
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    (root / "sources").mkdir(exist_ok=True)
    doc: dict[str, Any] = {"title": "Generated benchmark dossier", "questions": [],
                           "people": [], "works": [], "claims": []}
    for i in range(questions):
        doc["questions"].append({"id": f"q{i}", "text": f"Question {i} about {rng.choice(WORDS)}"})
    for i in range(people):
        name = f"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()}son {i}"
        doc["people"].append({"id": f"p{i}", "name": name, "aliases": [f"P{i}"]})
    n_texts = min(200, works // 10)
    texts: dict[int, list[str]] = {}
    for i in range(works):
        authors = [f"p{rng.randrange(people)}" for _ in range(rng.randint(1, 3))]
        cites = [f"w{rng.randrange(i)}" for _ in range(rng.randint(0, 4))] if i else []
        title = " ".join(rng.choice(WORDS) for _ in range(6)) + f" {i}"
        rec: dict[str, Any] = {"id": f"w{i}", "title": title, "authors": authors, "cites": cites}
        if i % 5 < 2:  # 40% studies
            rec.update(type="study", year=rng.randint(1950, 2024), design=rng.choice(DESIGNS),
                       sample={"n": rng.randint(1, 5000), "unit": "patients"})
        else:
            rec["type"] = rng.choice(("article", "interview", "webpage", "review"))
            if i < n_texts:
                sentences = [f"Sentence {i}-{k}: the {rng.choice(WORDS)} of "
                             f"{rng.choice(WORDS)} is {rng.randint(1, 99)} percent."
                             for k in range(60)]
                texts[i] = sentences
                (root / "sources" / f"w{i}.txt").write_text("\n".join(sentences), "utf-8")
                rec["source_text"] = f"sources/w{i}.txt"
        doc["works"].append(rec)
    for i in range(claims):
        q = rng.randrange(questions)
        words = " ".join(rng.choice(WORDS) for _ in range(10))
        c: dict[str, Any] = {"id": f"c{i}", "text": f"Claim {i}: {words}"}
        if i % 10 < 6:
            c["question"] = f"q{q}"
            c["position"] = rng.choice(("yes", "no", "unclear", "rare", "common")) + "x"
        if i % 10 < 3:
            unit = UNITS[q % len(UNITS)]
            v = round(rng.uniform(1, 90) if unit != "fraction" else rng.uniform(0, 1), 1)
            c["estimate"] = {"value": v, "unit": unit, "quantity": f"m{q}", "text": f"about {v}"}
        if i % 3 == 0:
            wi = rng.randrange(n_texts) if n_texts else 0
            quote = rng.choice(texts[wi])[:40] if wi in texts else f"quote {i}"
            c["appearances"] = [{"in": f"w{wi}", "by": f"p{rng.randrange(people)}",
                                 "quote": quote}]
        if i % 2 == 0:
            c["based_on"] = [f"w{rng.randrange(works)}"]
        if i % 20 == 0 and i:
            c["contradicts"] = [f"c{rng.randrange(i)}"]
        if i % 25 == 0 and i:
            c["supports"] = [f"c{rng.randrange(i)}"]
        doc["claims"].append(c)
    if not yaml_syntax:
        text = json.dumps(doc, ensure_ascii=False)
    else:
        lines = [f"title: {_q(doc['title'])}"]
        for section in ("questions", "people", "works", "claims"):
            lines.append(f"{section}:")
            lines += ["  - " + json.dumps(r, ensure_ascii=False) for r in doc[section]]
        text = "\n".join(lines) + "\n"
    (root / "dossier.yaml").write_text(text, "utf-8")
    return root


def make_dossier(root: Path, n: dict[str, Any], yaml_syntax: bool) -> tuple[Path, str]:
    if not yaml_syntax:
        try:
            from provenance.generate import generate_dossier  # type: ignore[import-not-found]
        except ImportError:
            pass
        else:
            return generate_dossier(root, seed=1, **n), "provenance.generate.generate_dossier"
    syntax = "YAML" if yaml_syntax else "JSON"
    return (write_dossier(root, seed=1, yaml_syntax=yaml_syntax, **n),
            f"benchmarks/bench_analysis.py:write_dossier, {syntax} syntax")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--keep", type=Path, help="write the dossier here and keep it")
    ap.add_argument("--yaml", action="store_true",
                    help="write the generated dossier in YAML syntax (the slow loader path)")
    args = ap.parse_args()
    n = {k: max(1, int(v * args.scale)) for k, v in
         {"claims": 100_000, "people": 20_000, "works": 50_000, "questions": 2_000}.items()}
    tmp = tempfile.TemporaryDirectory()
    root = args.keep or Path(tmp.name) / "gen"
    t = time.perf_counter()
    root, source = make_dossier(root, n, args.yaml)
    gen_s = time.perf_counter() - t
    size = (root / "dossier.yaml").stat().st_size

    from provenance.analysis import contested, numeric_conflicts
    from provenance.chains import Index
    from provenance.dossier import load_dossier
    from provenance.graph import build_graph
    from provenance.trace import Tracer

    rows: list[tuple[str, float]] = []

    def stage(name: str, fn):  # type: ignore[no-untyped-def]
        t0 = time.perf_counter()
        out = fn()
        rows.append((name, time.perf_counter() - t0))
        return out

    d = stage("load_dossier (parse + validate)", lambda: load_dossier(root))
    g = stage("build_graph", lambda: build_graph(d))
    ix = stage("weights + chain index", lambda: Index(g))
    nc = stage("numeric_conflicts", lambda: numeric_conflicts(g, ix))
    qs = stage("contested (score, explanation)", lambda: contested(g, index=ix, conflicts=nc))
    js = stage("contested JSON text", lambda: json.dumps({"questions": qs}, ensure_ascii=False,
                                                          indent=2))
    tracer = stage("Tracer (search + flag indexes)", lambda: Tracer(d, g, ix, nc))
    queries = ["Claim 4242", "nerve pain entrapment rare", "p123", "about 45.0",
               "Sentence 7-12 percent", "cadaver tunnel ligament"]
    times = []
    for q in queries:
        t0 = time.perf_counter()
        tracer.trace(q, limit=3)
        times.append(time.perf_counter() - t0)
    print(f"\nGenerated dossier ({source}): {n['claims']:,} claims, {n['people']:,} people, "
          f"{n['works']:,} works, {n['questions']:,} questions; dossier.yaml {size / 1e6:.1f} MB "
          f"(generated in {gen_s:.1f} s). Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs.\n")
    print("| stage | seconds |")
    print("|---|---:|")
    for name, s in rows:
        print(f"| {name} | {s:.2f} |")
    la = sum(s for name, s in rows[:6])
    print(f"| **load + analyse + contested JSON** | **{la:.2f}** |")
    print(f"| trace query (median of {len(times)}) | {statistics.median(times):.3f} |")
    print(f"| trace query (slowest) | {max(times):.3f} |")
    print(f"\nin-process peak RSS: {peak_rss_mb():.0f} MB; contested JSON {len(js) / 1e6:.1f} MB; "
          f"{sum(q['contested'] for q in qs):,} of {len(qs):,} questions contested; "
          f"{len(nc['pairs']):,} numeric conflict pairs listed.")

    # The real command, in a fresh process: what a user waits for and how much memory it takes.
    cmd = [sys.executable, "-m", "provenance", "contested", str(root), "--json"]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    t0 = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        proc = subprocess.run(cmd, stdout=sink, stderr=subprocess.PIPE, env=env, check=False)
    wall = time.perf_counter() - t0
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print("\n| command | exit | wall s | peak RSS MB |")
    print("|---|---:|---:|---:|")
    print(f"| provenance contested DOSSIER --json | {proc.returncode} | {wall:.2f} | {child:.0f} |")
    if proc.returncode:
        print(proc.stderr.decode()[-2000:])
    tmp.cleanup()


if __name__ == "__main__":
    main()
