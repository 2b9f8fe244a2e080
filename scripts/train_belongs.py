"""Fit the weights of ``provenance.extract.belongs`` on annotated articles, and check them
on articles held out from the fitting.

Each folder holds articles and a ``gold.json`` in the format of the disputes set (its
README says how; the articles this project commissioned for its measure are in that
format). A figure outside the main question is labelled 1 when it is one of the annotated
figures of the article's disputed quantity. The features are the stage's own
(:func:`provenance.extract.belongs.candidates`), recorded where the stage runs, with
nothing joined. The fit is an L2-penalised logistic regression by Newton's method, in
plain Python.

Usage::

    python scripts/train_belongs.py --fit DIR [DIR ...] --hold DIR [DIR ...] [--write]

prints, for the fitting and the held-out articles, how many figures the model would join
at each threshold and how many of them are annotated figures; ``--write`` puts the fitted
weights into ``provenance/extract/belongs.py``.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]


def rows_of(folders: list[str]) -> list[tuple[list[float], int]]:
    """(features, label) of every candidate figure in the folders' annotated articles."""
    import bench_extract as be

    import provenance.extract.belongs as belongs
    from provenance.extract import extract_text

    seen: list[list[tuple[Any, list[float]]]] = []
    real = belongs.join_main_question

    def record(text: str, out: list[Any], *_a: Any, **_kw: Any) -> bool:
        seen.append(belongs.candidates(text, out)[1])
        return False  # (join nothing: the features of the stage's input, as it sees them)

    rows: list[tuple[list[float], int]] = []
    belongs.join_main_question = record  # type: ignore[assignment]
    try:
        for folder in folders:
            d = Path(folder)
            gold = json.loads((d / "gold.json").read_text(encoding="utf-8"))
            for name, g in sorted(gold.items()):
                text = (d / name).read_text(encoding="utf-8")
                seen.clear()
                extract_text(text)
                for fc, x in (seen[-1] if seen else []):
                    y = int(any(be._figure_matches(fc, gf, text) for gf in g["figures"]))
                    rows.append((x, y))
    finally:
        belongs.join_main_question = real  # type: ignore[assignment]
    return rows


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (a small, positive definite system)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n + 1):
                m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def fit(rows: list[tuple[list[float], int]], penalty: float = 1.0) -> list[float]:
    """Logistic regression, L2 penalty on every weight but the last (the bias)."""
    n = len(rows[0][0])
    w = [0.0] * n
    for _ in range(50):
        grad = [penalty * w[i] if i < n - 1 else 0.0 for i in range(n)]
        hess = [[(penalty if i == j and i < n - 1 else 0.0) for j in range(n)] for i in range(n)]
        for x, y in rows:
            p = 1.0 / (1.0 + math.exp(-sum(a * b for a, b in zip(w, x, strict=True))))
            for i in range(n):
                grad[i] += (p - y) * x[i]
                for j in range(n):
                    hess[i][j] += p * (1 - p) * x[i] * x[j]
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return w


def _auc(scored: list[tuple[float, int]]) -> float:
    pos = [s for s, y in scored if y]
    neg = [s for s, y in scored if not y]
    if not pos or not neg:
        return float("nan")
    return sum((a > b) + 0.5 * (a == b) for a in pos for b in neg) / (len(pos) * len(neg))


def report(name: str, rows: list[tuple[list[float], int]], w: list[float]) -> None:
    from provenance.extract.belongs import THRESHOLD, probability

    scored = [(probability(x, w), y) for x, y in rows]
    print(f"{name}: {len(rows)} candidates, {sum(y for _x, y in rows)} annotated; "
          f"AUC {_auc(scored):.3f}")
    print("  threshold  joined  annotated  not annotated")
    for th in sorted({0.5, 0.6, 0.7, 0.8, 0.9, THRESHOLD}):
        chosen = [y for p, y in scored if p >= th]
        print(f"  {th:9.2f}  {len(chosen):6d}  {sum(chosen):9d}  {len(chosen) - sum(chosen):13d}")


def write(w: list[float]) -> None:
    path = ROOT / "provenance" / "extract" / "belongs.py"
    src = path.read_text(encoding="utf-8")
    lines = [", ".join(f"{v:.3f}" for v in w[i:i + 8]) for i in range(0, len(w), 8)]
    body = ",\n           ".join(lines)
    new, n = re.subn(r"WEIGHTS = \([^)]*\)", f"WEIGHTS = ({body})", src)
    if n != 1:
        raise SystemExit(f"{path}: found no single WEIGHTS = (...) to replace")
    path.write_text(new, encoding="utf-8")
    print(f"wrote {len(w)} weights to {path}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fit", nargs="+", required=True, help="folders to fit on")
    ap.add_argument("--hold", nargs="*", default=[], help="folders held out, to check on")
    ap.add_argument("--penalty", type=float, default=1.0)
    ap.add_argument("--write", action="store_true", help="write the weights into belongs.py")
    args = ap.parse_args(argv)
    from provenance.extract.belongs import FEATURES

    fit_rows = rows_of(args.fit)
    w = fit(fit_rows, args.penalty)
    print("weights:", ", ".join(f"{n}={v:.2f}" for n, v in zip(FEATURES, w, strict=True)))
    report("fitted on", fit_rows, w)
    if args.hold:
        report("held out", rows_of(args.hold), w)
    if args.write:
        write(w)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
