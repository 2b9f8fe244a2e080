"""The commands a user waits on, at scale, with the README's install, before and after a change.

Prints one table: each figure beside its target and beside the same command
run with the code before the change (``--before REF``, default: where this
branch left main), alternating before and after runs (``--repeats``, default
3) and giving the median with the range. Both run as ``python -m provenance``
in a fresh process with the same interpreter and libraries and with igraph
hidden (the README's ``pip install .`` has no extras); see ``_compare.py``.

Rows (issue 18):

* ``render`` of a 10,000-node dossier and of the 20,000-claim generated one
  (wall time and peak memory, end to end: load, check, analysis, layout, page written);
* the first draw of the 10,000-node page in headless Chromium (each page
  made by its own code; ``--no-browser`` skips it);
* ``check`` of 10,000 quotes in a YAML dossier (``bench_anchor.py``'s corpus:
  1,000 news-like articles, quotes of every kind, written to disk) and of the
  20,000-claim generated dossier;
* ``contested --json`` at 100,000 claims (``--skip-100k`` skips it);
* loading a dossier in YAML syntax (the generated one, re-written as YAML) of
  ``--yaml-claims`` claims.

Run: ``python benchmarks/bench_scale.py [--repeats 3] [--before REF] [--keep DIR]``
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import _compare  # noqa: E402

NODES_PER_CLAIM = 1.72  # the generator's default proportions


def generate(folder: Path, claims: int) -> Path:
    from provenance.generate import generate_dossier

    if not (folder / "dossier.yaml").is_file():
        generate_dossier(folder, claims=claims, seed=0, force=True)
    return folder


def as_yaml(src: Path, folder: Path) -> Path:
    """The generated dossier re-written in YAML syntax (block style, as a person writes it)."""
    import yaml

    if not (folder / "dossier.yaml").is_file():
        shutil.copytree(src, folder, dirs_exist_ok=True)
        data = json.loads((src / "dossier.yaml").read_text(encoding="utf-8"))
        with open(folder / "dossier.yaml", "w", encoding="utf-8") as f:
            yaml.dump(data, f, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
                      sort_keys=False, allow_unicode=True, width=100)
    return folder


def quotes_dossier(folder: Path, articles: int = 1000, quotes: int = 10_000) -> Path:
    """bench_anchor.py's corpus and quotes as a YAML dossier folder on disk."""
    import yaml
    from bench_anchor import Corpus, make_cases

    if (folder / "dossier.yaml").is_file():
        return folder
    corpus = Corpus(random.Random(7), articles)
    cases = make_cases(corpus, quotes)
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(corpus.texts):
        (folder / "sources" / f"w{i}.txt").write_text(text, encoding="utf-8")
    data = {
        "title": f"bench_anchor corpus: {len(cases):,} quotes",
        "people": [{"id": p.id, "name": p.name, **({"aliases": p.aliases} if p.aliases else {})}
                   for p in corpus.people + corpus.authors],
        "works": [{"id": f"w{i}", "type": "article", "title": f"Article {i}",
                   "authors": [corpus.authors[i % len(corpus.authors)].id],
                   "source_text": f"sources/w{i}.txt"} for i in range(len(corpus.texts))],
        "claims": [{"id": f"c{k}", "text": f"claim {k}",
                    "appearances": [{"in": f"w{c.work}", "quote": c.quote,
                                     **({"by": c.by} if c.by else {})}]}
                   for k, c in enumerate(cases)],
    }
    with open(folder / "dossier.yaml", "w", encoding="utf-8") as f:
        yaml.dump(data, f, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
                  sort_keys=False, allow_unicode=True, width=100)
    return folder


LOAD = ("import sys; from provenance.dossier import load_dossier; "
        "d = load_dossier(sys.argv[1]); print(len(d.claims))")


def first_draws(t: _compare.Trees, folder: Path, work: Path, repeats: int
                ) -> tuple[list[float | None], list[float | None]]:
    """Each code renders the page (igraph hidden), then the two pages load alternately."""
    import _browser
    from playwright.sync_api import sync_playwright

    pages = {}
    for which, code in (("before", t.before), ("after", t.after)):
        out = work / f"page-{which}.html"
        # the whole graph on both sides (a page over 400 nodes now opens on the overview,
        # which the code before did not have below 15,000): the same page compared
        r = _compare.run(code, t.hide, ["render", str(folder), "-o", str(out), "--force",
                                        "--no-overview"])
        if not r.ok:
            raise SystemExit(f"render ({which}) failed: {r.stderr[-300:]}")
        pages[which] = out
    draws: dict[str, list[float | None]] = {"before": [], "after": []}
    with sync_playwright() as pw:
        browser = _browser.launch(pw)
        for i in range(repeats):
            order = ["before", "after"] if i % 2 == 0 else ["after", "before"]
            for which in order:
                timing, page = _browser.open_and_time(browser, pages[which], timeout=60)
                draws[which].append(timing.first_draw)
                page.close()
        browser.close()
    return draws["before"], draws["after"]


def cell(vals: list[float | None]) -> str:
    import statistics

    got = [v for v in vals if v is not None]
    if not got:
        return "> 60 s"
    med = f"{statistics.median(got):.2f} s"
    miss = len(vals) - len(got)
    rng = f" ({min(got):.2f}–{max(got):.2f})" if len(got) > 1 else ""
    return med + rng + (f", {miss} over 60 s" if miss else "")


def compiled(t: _compare.Trees) -> None:
    """Both trees' ``provenance`` byte-compiled, as `pip install .` leaves it (pip
    byte-compiles what it installs): the tree before in its temporary folder, and a copy of
    the tree after (taken now) beside it, so nothing is written into the checkout."""
    import subprocess

    if t.after == _compare.REPO:
        copy = t.tmp / "after"
        shutil.copytree(t.after / "provenance", copy / "provenance",
                        ignore=shutil.ignore_patterns("__pycache__"))
        t.after = copy
    for tree in (t.before, t.after):
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "provenance")],
                       check=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--before", help="git ref of the code to compare with (default: merge-base "
                    "with main)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="keep (and reuse) the dossiers in this folder")
    ap.add_argument("--after", type=Path, help="a folder holding the code to measure as "
                    "'after' (default: this checkout), e.g. a change applied to the --before "
                    "commit alone while others commit to the checkout")
    ap.add_argument("--skip-100k", action="store_true", help="skip contested at 100,000 claims")
    ap.add_argument("--no-browser", action="store_true", help="skip the page's first draw")
    ap.add_argument("--yaml-claims", type=int, default=20_000)
    ap.add_argument("--only", default="", help="comma-separated row keys to run "
                    "(render10k,render20k,draw,check10k,check20k,contested,yaml)")
    ap.add_argument("--compiled", action="store_true", help="byte-compile both trees' "
                    "provenance first, as `pip install .` does (the checkout's copied to a "
                    "temporary folder first: nothing is written into it); without it, where "
                    "PYTHONDONTWRITEBYTECODE is set, every run compiles the modules it "
                    "imports (0.1-0.15 s of CPU of `render`, measured in round 26)")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    t = _compare.trees(args.before)
    if args.after is not None:
        t.after = args.after.resolve()
    if args.compiled:
        compiled(t)
    only = set(filter(None, args.only.split(",")))
    want = (lambda k: not only or k in only)  # noqa: E731
    print(f"before: {t.ref} (git archive); after: {args.after or 'this checkout'}; "
          f"igraph hidden from both; "
          f"{'byte-compiled first; ' if args.compiled else ''}"
          f"{args.repeats} alternated runs each; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores at the start", flush=True)
    n10k = round(10_000 / NODES_PER_CLAIM)
    rows: list[tuple[str, str, str, str]] = []

    def row(label: str, target: str, argv: list[str], mem_target: str | None = None) -> None:
        t0 = time.perf_counter()
        b, a = _compare.alternate(t, argv, args.repeats)
        rows.append((label, target, _compare.summary(b), _compare.summary(a)))
        if mem_target is not None:
            rows.append((label + ": peak memory (largest process)", mem_target,
                         _compare.summary(b, "peak_mb"), _compare.summary(a, "peak_mb")))
            rows.append((label + ": peak memory, all its processes (summed PSS)", mem_target,
                         _compare.summary(b, "tree_mb"), _compare.summary(a, "tree_mb")))
        print(f"  {label}: {rows[-1 if mem_target is None else -3][2:]} "
              f"({time.perf_counter() - t0:.0f} s)", file=sys.stderr, flush=True)

    try:
        out = work / "out.html"
        if want("render10k"):
            d = generate(work / "gen-10k-nodes", n10k)
            row("`render` of a 10,000-node dossier (whole graph, --no-overview)", "≤ 3 s",
                ["render", str(d), "-o", str(out), "--force", "--no-overview"], "")
        if want("draw") and not args.no_browser:
            d = generate(work / "gen-10k-nodes", n10k)
            b, a = first_draws(t, d, work, args.repeats)
            rows.append(("10,000-node page: first draw in Chromium", "≤ 3 s", cell(b), cell(a)))
        if want("render20k"):
            d = generate(work / "gen-20k", 20_000)
            row("`render` of the 20,000-claim generated dossier", "≤ 6 s",
                ["render", str(d), "-o", str(out), "--force"], "≤ 500 MB")
        if want("check10k"):
            d = quotes_dossier(work / "quotes-10k")
            row("`check` of 10,000 quotes in a YAML dossier", "≤ 3 s",
                ["check", str(d), "--json"], "≤ 500 MB")
        if want("check20k"):
            d = generate(work / "gen-20k", 20_000)
            row("`check` of the 20,000-claim generated dossier", "≤ 4 s",
                ["check", str(d), "--json"], "")
        if want("contested") and not args.skip_100k:
            d = generate(work / "gen-100k", 100_000)
            row("`contested --json` at 100,000 claims", "≤ 10 s",
                ["contested", str(d), "--json"], "≤ 1 GB")
        if want("yaml"):
            n = args.yaml_claims
            d = as_yaml(generate(work / f"gen-{n // 1000}k", n), work / f"yaml-{n // 1000}k")
            row(f"loading {n:,} claims written in YAML syntax", "≥ 3× faster",
                ["-c", LOAD, str(d)], "")
    finally:
        t.close()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print(f"| what | target | before ({t.ref}) | after |")
    print("|---|---|---:|---:|")
    for label, target, before, after in rows:
        if target == "":
            target = "-"
        print(f"| {label} | {target} | {before} | {after} |")


if __name__ == "__main__":
    main()
