"""Score folders of articles in the disputes format: the measure on articles nobody tuned to.

Each round commissions articles from writers who never saw the code (a folder each, with a
``gold.json`` in the format of ``../shared/eval/disputes-dev``: its README says how) and
scores them once, with the code of the round's start and of its end. This prints what
issue #13 asks for, per folder and in total: figures found (value and span), attributed
to the right source (or to the body the speaker speaks for), disputes found (both figures
in one contested question), stray claims in those questions, studies, quotations found
with their speaker, drafts passing ``check`` and pages that show a contested question.

    python benchmarks/bench_disputes.py FOLDER [FOLDER ...] [--articles]

``--articles`` adds a line per article: leave it off for folders nobody has read, so that
scoring them tells no one which article failed how. Run it from a checkout (or a
``git archive`` of one) to score that code; the articles stay outside the repository.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

#: The columns, in the order printed: (key, heading).
COLUMNS = (("found", "figures found"), ("attributed", "right source"),
           ("attributed_or_body", "right, or the body"), ("disputes_found", "disputes found"),
           ("stray", "stray"), ("studies_found", "studies found"),
           ("stmts_found", "quotations found"), ("check_ok", "check passes"),
           ("page", "page shows a contested question"))
#: The denominator of each column (None: a count).
OF = {"found": "figures", "attributed": "figures", "attributed_or_body": "figures",
      "disputes_found": "disputes", "stray": None, "studies_found": "studies",
      "stmts_found": "stmts", "check_ok": "articles", "page": "articles"}


def score_folder(folder: Path) -> list[dict[str, object]]:
    """One row per article of ``folder``: ``bench_extract.disputes_score``'s (the one
    scorer of the disputes format: figures, sources, disputes, studies, quotations)."""
    from bench_extract import disputes_score

    rows = disputes_score(folder)
    for r in rows:
        r["articles"] = 1
    return rows


def _cell(rows: list[dict[str, object]], key: str) -> str:
    got = sum(int(r[key]) for r in rows)  # type: ignore[call-overload]
    of = OF[key]
    return str(got) if of is None else f"{got}/{sum(int(r[of]) for r in rows)}"  # type: ignore[call-overload]


def main(argv: list[str]) -> int:
    articles = "--articles" in argv
    folders = [Path(a) for a in argv if a != "--articles"]
    if not folders:
        print(__doc__)
        return 2
    print("| folder | " + " | ".join(h for _k, h in COLUMNS) + " |")
    print("|---|" + "---:|" * len(COLUMNS))
    everything: list[dict[str, object]] = []
    for folder in folders:
        if not (folder / "gold.json").is_file():
            print(f"{folder}: no gold.json; the disputes README says what one holds",
                  file=sys.stderr)
            return 2
        rows = score_folder(folder)
        everything += rows
        if articles:
            for r in rows:
                print(f"| {folder.name}/{r['article']} | "
                      + " | ".join(_cell([r], k) for k, _h in COLUMNS) + " |")
        print(f"| **{folder.name}** | " + " | ".join(_cell(rows, k) for k, _h in COLUMNS)
              + " |")
    if len(folders) > 1:
        print("| **all** | " + " | ".join(_cell(everything, k) for k, _h in COLUMNS) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
