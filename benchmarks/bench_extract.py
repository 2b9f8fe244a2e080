"""Measure `provenance extract`: quote and speaker quality, and speed.

Usage (from the repository root):

    PYTHONPATH=. python benchmarks/bench_extract.py [EVAL_DIR]
    PYTHONPATH=. python benchmarks/bench_extract.py --tune-errors   # tune half's speaker errors

EVAL_DIR defaults to ../shared/eval/polnear-dev (84 annotated news articles in
brat standoff; see its README). Nothing from it is copied into the repository.

Scoring (direct quotations only):

* gold: every annotated attribution whose Content contains a quotation mark;
  when an article has two annotators' files, the first file (sorted by name)
  is the gold;
* a predicted statement matches a gold quote when their character spans
  overlap by at least half of the shorter of the two (pieces of a split quote
  count together); matching is one-to-one, largest overlap first;
* speaker accuracy is over matched gold quotes whose Source is a name: a
  Source span counts as a name when a word after its first is capitalised, or
  it is one capitalised word that never appears in lower case in the article
  ("Trump" yes; "he", "the mayor", "Sources" no). The predicted speaker is
  right when its surname (last word of its name) is a word of the Source span
  (a possessive word counts only at the end: "Donald Trump's").
  "end-to-end" divides by every named-source gold quote, found or not.
  "proper names" (a side figure): the same, without the Sources that open
  with a determiner or possessive ("the New York businessman", "his
  spokesman"): those are descriptions the heuristic above counts as names,
  and a description's right answer (the person it stands for) cannot be
  scored without coreference, which the corpus lacks; reported beside the
  figure above, never instead of it.
  Below the table: how many right speakers are a description as written
  (the engine names no person: "the New York businessman said" when the text
  introduced nobody so), which the surname test credits as the Source span.
  "pronoun sources" (a side figure): found gold quotes whose Source is he/she/
  they..., the pronoun taken to mean the nearest named Source annotated before
  it in the article (a rough stand-in for coreference the corpus lacks).

The dev set is split in two halves by sorted file name: "tune" holds the
articles at even positions (0, 2, 4, ...), "held-out" those at odd positions.
Rules are tuned on the "tune" half only; the held-out half is the figure that
counts (targets: F1 >= 0.92, speaker accuracy >= 0.92).

Round trip: every article, as given and re-pasted the way a web page pastes
(one newline between paragraphs, no blank lines), goes through `extract` to a
draft folder and `check` of that draft (the library calls the CLI makes):
the share of the draft's quotes anchored (exact/normalized) with attribution
`ok` (target >= 99%), and the articles that raised an exception (target 0).

Then the seed article (graph_data/cluneal-nerve/sources/ng-interview.txt):
each hand-listed answer and quotation of Tubbs and Aota must be a statement of
the right one of them, and no scare quote may be a statement.

Then speed: the seed after start-up, and 1 MB of text (the eval articles
concatenated in memory, repeated to 1 MB).
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from provenance.extract import extract_text  # noqa: E402

QUOTE_CHARS = re.compile(r"[\"“”]")
WORD = re.compile(r"[^\W\d_][\w’'.-]*")

SEED = ROOT / "graph_data" / "cluneal-nerve" / "sources" / "ng-interview.txt"
#: (first words of an answer or quotation, who says it), read off the seed by hand.
SEED_TRUTH = [
    ("osteofibrous tunnels or obvious", "Tubbs"),
    ("We found no anatomical variation", "Tubbs"),
    ("suggested entrapment of the penetrating", "Aota"),
    ("primary and secondary loops", "Aota"),
    ("SCN tender point was on", "Aota"),
    ("I started this study about 12", "Aota"),
    ("After having experienced SCN surgery", "Aota"),
    ("prevalence of cluneal nerve entrapment is not", "Tubbs"),
    ("It is not known if cluneal", "Tubbs"),
    ("because most pain physicians", "Tubbs"),
    ("Since the cluneal nerve consists", "Aota"),
    ("And so, cluneal neuralgia", "Aota"),
    ("Because I have seen only patients", "Aota"),
    ("Typical patients with mild entrapment", "Aota"),
    ("Bone grafting from the iliac crest", "Tubbs"),
    ("Superior cluneal nerve passes", "Aota"),
    ("Because humans are bipedal", "Aota"),
    ("Although young", "Aota"),
    ("Spinal instability at", "Aota"),
    ("Twelve years ago, many", "Aota"),
    ("During surgeries, I often", "Aota"),
    ("This is GREAT", "Aota"),
    ("I started this study about nine", "Aota"),
    ("Surgical report was only by Maigne", "Aota"),
    ("Pain syndromes are a big problem", "Tubbs"),
    ("Repetitive nerve blocks work", "Aota"),
    ("If blocks do not work well", "Aota"),
    ("Most professional anatomy course", "Tubbs"),
    ("Therapists should be at least aware", "Tubbs"),
    ("I’ve taught anatomy", "Tubbs"),
]
#: Scare quotes and quoted phrases in the seed that nobody states.
SEED_SCARE = [
    "“something is wrong with my tissues.”",
    "“entrapped”",
    "“stuck”",
    "“stuck?”",
    "“entrapment without pain.”",
    "“back pain.”",
]


def read_ann(path: Path) -> list[tuple[list[tuple[int, int]], str | None]]:
    """Gold direct quotations: (content spans, source text or None)."""
    return [(c, s) for c, s, _at in read_ann_full(path)]


def read_ann_full(path: Path) -> list[tuple[list[tuple[int, int]], str | None, int]]:
    """Gold direct quotations: (content spans, source text or None, source offset)."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, mid, txt = line.split("\t", 2)
            typ, rest = mid.split(" ", 1)
            sp = [(int(a), int(b)) for a, b in (x.split() for x in rest.split(";"))]
            spans[tid] = (typ, sp, txt)
        elif line.startswith("E"):
            _eid, rest = line.split("\t", 1)
            events.append(dict(p.split(":", 1) for p in rest.split()))
    out = []
    for e in events:
        c = spans.get(e.get("Content", ""))
        if c is None or not QUOTE_CHARS.search(c[2]):
            continue
        s = spans.get(e.get("Source", ""))
        out.append((c[1], s[2] if s else None, s[1][0][0] if s else c[1][0][0]))
    return out


def named_sources(path: Path, text: str) -> list[tuple[int, str]]:
    """(offset, text) of every annotated Source that is a name, of any attribution."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            _tid, mid, txt = line.split("\t", 2)
            typ, rest = mid.split(" ", 1)
            if typ == "Source" and is_name(txt, text):
                out.append((int(rest.split()[0]), txt))
    return sorted(out)


PRONOUNS = {"he", "she", "they", "him", "her", "his"}
DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this",
               "that", "these", "those", "another"}


def is_description(source: str) -> bool:
    """A Source span that opens with a determiner or possessive: a description, not a name."""
    words = WORD.findall(source)
    return bool(words) and words[0].casefold() in DETERMINERS


def overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def length(a: list[tuple[int, int]]) -> int:
    return sum(e - s for s, e in a)


def is_name(source: str, text: str) -> bool:
    words = WORD.findall(source)
    if not words:
        return False
    if any(w[0].isupper() for w in words[1:]):
        return True
    w = words[0]
    if len(words) == 1 and w[0].isupper() and w.lower() not in {"he", "she", "i", "it", "they",
                                                              "we", "who", "you"}:
        return re.search(rf"\b{re.escape(w.lower())}\b", text) is None
    return False


def names_source(speaker: str | None, source: str) -> bool:
    if not speaker:
        return False
    surname = speaker.split()[-1].casefold()
    words = WORD.findall(source)
    toks = set()
    for i, w in enumerate(words):
        if re.search(r"[’']s$", w):
            if i != len(words) - 1:
                continue
            w = w[:-2]
        toks.add(w.strip(".,").casefold())
    return surname in toks


def halves(eval_dir: Path) -> dict[str, list[Path]]:
    """The dev texts split by sorted name: even positions to tune on, odd held out."""
    texts = sorted((eval_dir / "text").glob("*.txt"))
    return {"tune": texts[0::2], "held-out": texts[1::2]}


def score(eval_dir: Path, texts: list[Path] | None = None, *, paste: bool = False
          ) -> dict[str, float]:
    """The figures over ``texts``; ``paste``: each text re-pasted with single newlines
    first, the predicted spans mapped back to the original offsets."""
    if texts is None:
        texts = sorted((eval_dir / "text").glob("*.txt"))
    n_gold = n_pred = n_match = 0
    named = named_found = named_right = 0
    pron = pron_right = 0
    proper_found = proper_right = 0
    desc_right = 0  # right with a description as written, no person of the draft
    t_total = 0.0
    for tp in texts:
        anns = sorted((eval_dir / "attributions").glob(tp.stem + "_*.ann"))
        if not anns:
            continue
        text = tp.read_text(encoding="utf-8")
        full = read_ann_full(anns[0])
        gold = [(c, src) for c, src, _at in full]
        names = named_sources(anns[0], text)
        t0 = time.perf_counter()
        if paste:
            pasted, back = repaste_with_map(text)
            ex = extract_text(pasted)
            t_total += time.perf_counter() - t0
            preds = [([(back[a], back[b]) for a, b in s.spans], s.speaker)
                     for s in ex.statements]
        else:
            ex = extract_text(text)
            t_total += time.perf_counter() - t0
            preds = [(list(s.spans), s.speaker) for s in ex.statements]
        unnamed = {k for k, st in enumerate(ex.statements) if st.speaker and not st.speaker_id}
        n_gold += len(gold)
        n_pred += len(preds)
        pairs = []
        for gi, (gs, _src) in enumerate(gold):
            for pi, (ps, _spk) in enumerate(preds):
                ov = overlap(gs, ps)
                if ov and ov >= 0.5 * min(length(gs), length(ps)):
                    pairs.append((ov, gi, pi))
        pairs.sort(reverse=True)
        used_g: set[int] = set()
        used_p: set[int] = set()
        match: dict[int, int] = {}
        for _ov, gi, pi in pairs:
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            match[gi] = pi
        n_match += len(match)
        for gi, (_gs, src) in enumerate(gold):
            if src is not None and src.strip().lower() in PRONOUNS and gi in match:
                # resolve the pronoun to the nearest named Source annotated before it
                at = full[gi][2]
                before = [t for o, t in names if o < at]
                if before:
                    pron += 1
                    pron_right += names_source(preds[match[gi]][1], before[-1])
            if src is None or not is_name(src, text):
                continue
            named += 1
            if gi in match:
                named_found += 1
                right = names_source(preds[match[gi]][1], src)
                named_right += right
                desc_right += right and match[gi] in unnamed
                if not is_description(src):
                    proper_found += 1
                    proper_right += right
    p = n_match / n_pred if n_pred else 0.0
    r = n_match / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "articles": len(texts),
        "gold": n_gold,
        "pred": n_pred,
        "matched": n_match,
        "precision": p,
        "recall": r,
        "f1": f1,
        "named": named,
        "speaker_acc": named_right / named_found if named_found else 0.0,
        "named_found": named_found,
        "named_right": named_right,
        "desc_right": desc_right,
        "speaker_e2e": named_right / named if named else 0.0,
        "proper": proper_found,
        "proper_acc": proper_right / proper_found if proper_found else 0.0,
        "pron": pron,
        "pron_acc": pron_right / pron if pron else 0.0,
        "ms_per_article": 1000 * t_total / max(1, len(texts)),
    }


def tune_errors(eval_dir: Path) -> list[str]:
    """The speaker errors of the TUNE half (named sources, found quotes), one line each:
    what a rule-writer may read. The held-out half is never listed (its figure is the
    one that counts, on articles nobody read errors of)."""
    out: list[str] = []
    for tp in halves(eval_dir)["tune"]:
        anns = sorted((eval_dir / "attributions").glob(tp.stem + "_*.ann"))
        if not anns:
            continue
        text = tp.read_text(encoding="utf-8")
        gold = read_ann(anns[0])
        preds = extract_text(text).statements
        pairs = sorted(((overlap(gs, list(st.spans)), gi, pi)
                        for gi, (gs, _src) in enumerate(gold) for pi, st in enumerate(preds)),
                       reverse=True)
        used_g: set[int] = set()
        used_p: set[int] = set()
        for ov, gi, pi in pairs:
            gs, src = gold[gi]
            st = preds[pi]
            if not ov or ov < 0.5 * min(length(gs), length(list(st.spans))) or \
                    gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            if src is not None and is_name(src, text) and not names_source(st.speaker, src):
                out.append(f"{tp.name}: source {src!r}, extract says {st.speaker!r} "
                           f"({st.how}): {text[gs[0][0]:gs[-1][1]][:90]!r}")
    return out


_BLANK_LINES = re.compile(r"[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)+")


def repaste(text: str) -> str:
    """The text as a browser copy pastes it: one newline between paragraphs."""
    return _BLANK_LINES.sub("\n", text)


def repaste_with_map(text: str) -> tuple[str, list[int]]:
    """:func:`repaste` and, for each offset of the result (and its end), the original's."""
    out: list[str] = []
    back: list[int] = []
    pos = 0
    for m in _BLANK_LINES.finditer(text):
        out.append(text[pos:m.start()])
        back.extend(range(pos, m.start()))
        out.append("\n")
        back.append(m.start())
        pos = m.end()
    out.append(text[pos:])
    back.extend(range(pos, len(text)))
    back.append(len(text))
    return "".join(out), back


def round_trip(eval_dir: Path) -> dict[str, dict[str, float]]:
    """extract then check every dev text, as given and re-pasted with single newlines."""
    import tempfile
    import traceback

    from provenance.check import check_dossier
    from provenance.dossier import load_dossier
    from provenance.extract import extract

    texts = sorted((eval_dir / "text").glob("*.txt"))
    out: dict[str, dict[str, float]] = {}
    for variant in ("as given", "single newlines"):
        quotes = anchored = ok = errors = unattributed = 0
        failing: list[str] = []
        t0 = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            for k, tp in enumerate(texts):
                text = tp.read_text(encoding="utf-8")
                if variant != "as given":
                    text = repaste(text)
                src = Path(tmp) / f"a{k}" / tp.name
                src.parent.mkdir()
                src.write_text(text, encoding="utf-8")
                try:
                    _ex, folder = extract(src, Path(tmp) / f"d{k}")
                    report = check_dossier(load_dossier(folder), locate=False)
                except Exception:  # noqa: BLE001 - counted and shown, never hidden
                    errors += 1
                    print(f"  traceback on {tp.name} ({variant}):", file=sys.stderr)
                    traceback.print_exc()
                    continue
                for r in report.results:
                    quotes += 1
                    good = r.status in ("exact", "normalized")
                    anchored += good
                    ok += good and r.attribution == "ok"
                    unattributed += r.attribution == "unattributed"
                    if not (good and r.attribution == "ok") and len(failing) < 8:
                        failing.append(f"{tp.name}: {r.status}/{r.attribution} "
                                       f"({r.person} vs {r.said_by}) {r.quote[:50]!r}")
        for f in failing:
            print(f"  round trip ({variant}) not ok: {f}", file=sys.stderr)
        out[variant] = {"articles": len(texts), "quotes": quotes, "anchored": anchored,
                        "ok": ok, "unattributed": unattributed, "errors": errors,
                        "seconds": time.perf_counter() - t0}
    return out


def seed_check() -> dict[str, int]:
    text = SEED.read_text(encoding="utf-8")
    ex = extract_text(text)
    right = 0
    wrong: list[str] = []
    for prefix, who in SEED_TRUTH:
        at = text.index(prefix)
        got = [s for s in ex.statements if any(a <= at < b for a, b in s.spans)]
        if got and got[0].speaker and got[0].speaker.split()[-1] == who:
            right += 1
        else:
            wrong.append(f"{prefix!r}: {got[0].speaker if got else 'not found'}")
    scare = 0
    for sq in SEED_SCARE:
        for m in re.finditer(re.escape(sq), text):
            inner = (m.start() + 1, m.end() - 1)
            if any(s.kind == "direct" and overlap([inner], s.spans) for s in ex.statements):
                scare += 1
    for w in wrong:
        print("  seed miss:", w)
    return {"truth": len(SEED_TRUTH), "right": right, "scare_taken": scare,
            "statements": len(ex.statements)}


def speed(eval_dir: Path) -> dict[str, float]:
    seed = SEED.read_text(encoding="utf-8")
    extract_text(seed)  # start-up: imports, compiled patterns
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        extract_text(seed)
        runs.append(time.perf_counter() - t0)
    parts = [p.read_text(encoding="utf-8") for p in sorted((eval_dir / "text").glob("*.txt"))]
    parts.append(seed)
    big = "\n\n".join(parts)
    while len(big.encode("utf-8")) < 1_000_000:
        big += "\n\n" + big
    big = big[:1_000_000]
    walls, cpus = [], []
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        ex = extract_text(big)
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return {"seed_s": min(runs), "mb_chars": len(big), "mb_s": min(walls), "mb_cpu": min(cpus),
            "mb_statements": len(ex.statements), "mb_numbers": len(ex.numbers)}


def start_up(runs: int = 5) -> dict[str, float]:
    """CPU seconds of a fresh process to import the speech engine, and to import it and
    analyse the seed once (the engine's patterns compile when first used): min of
    ``runs``."""
    import os
    import subprocess

    code = ("import time; t = time.process_time(); import provenance.speech as s; "
            f"a = time.process_time(); s.analyse(open({str(SEED)!r}, encoding='utf-8')"
            ".read()); print(a - t, time.process_time() - t)")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    got = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True,
                             capture_output=True, text=True).stdout.split()
        got.append((float(out[0]), float(out[1])))
    return {"import_cpu": min(g[0] for g in got), "first_cpu": min(g[1] for g in got)}


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--tune-errors"]
    if len(args) > 0:
        eval_dir = Path(args[0])
    else:  # ../shared next to the checkout, or further up (a worktree of it)
        eval_dir = next((p / "shared" / "eval" / "polnear-dev" for p in ROOT.parents
                         if (p / "shared" / "eval" / "polnear-dev").is_dir()),
                        ROOT / ".." / "shared" / "eval" / "polnear-dev")
    if not (eval_dir / "text").is_dir():
        sys.exit(f"{eval_dir}: no text/ folder; give the PolNeAR dev folder as the argument")
    if "--tune-errors" in sys.argv[1:]:
        errors = tune_errors(eval_dir)
        print("\n".join(errors))
        print(f"{len(errors)} speaker errors in the tune half (the held-out half is not listed)")
        raise SystemExit(0)  # nothing else: not the tables, not the disputes section
    print("\nDirect quotations, PolNeAR dev (brat), overlap >= half of the shorter span;")
    print("halves by sorted file name: tune = even positions, held-out = odd positions\n")
    print("| half | articles | gold quotes | predicted | matched | precision | recall | F1 | "
          "speaker acc. (named, found) | speaker end-to-end | proper names only | "
          "pronoun sources | ms/article |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    parts = halves(eval_dir)
    described: list[str] = []
    for name, texts, paste in (
            ("tune", parts["tune"], False), ("held-out", parts["held-out"], False),
            ("all", parts["tune"] + parts["held-out"], False),
            ("tune, single newlines", parts["tune"], True),
            ("held-out, single newlines", parts["held-out"], True)):
        s = score(eval_dir, sorted(texts), paste=paste)
        if not paste:
            described.append(f"{name} {s['desc_right']:.0f} of {s['named_right']:.0f}")
        print(f"| {name} | {s['articles']} | {s['gold']} | {s['pred']} | {s['matched']} | "
              f"{s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | "
              f"{s['speaker_acc']:.3f} (of {s['named']}) | {s['speaker_e2e']:.3f} | "
              f"{s['proper_acc']:.3f} (of {s['proper']}) | "
              f"{s['pron_acc']:.3f} (of {s['pron']}) | {s['ms_per_article']:.1f} |")
    print("\nRight speakers that are a description as written (\"the New York businessman\", "
          "\"a spokesman for the company\"; no person of the draft): " + "; ".join(described))
    rt = round_trip(eval_dir)
    print("\nRound trip: extract each article, then check the draft (targets: >= 99% of "
          "the drafts' quotes anchored and ok, 0 tracebacks)\n")
    print("| text | articles | draft quotes | anchored | anchored and ok | share ok | "
          "unattributed | tracebacks | seconds |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for variant, r in rt.items():
        share = r["ok"] / r["quotes"] if r["quotes"] else 0.0
        print(f"| {variant} | {r['articles']} | {r['quotes']} | {r['anchored']} | {r['ok']} | "
              f"{100 * share:.1f}% | {r['unattributed']} | {r['errors']} | "
              f"{r['seconds']:.1f} |")
    c = seed_check()
    print("\nSeed article (ng-interview.txt)\n")
    print("| answers+quotations listed | attributed right | scare quotes taken | statements |")
    print("|---:|---:|---:|---:|")
    print(f"| {c['truth']} | {c['right']} | {c['scare_taken']} | {c['statements']} |")
    sp = speed(eval_dir)
    print("\nSpeed (after start-up; best of 5 for the seed, of 3 for 1 MB)\n")
    print("| input | chars | wall s | CPU s | statements | figures |")
    print("|---|---:|---:|---:|---:|---:|")
    print(f"| seed article | {len(SEED.read_text(encoding='utf-8'))} | "
          f"{sp['seed_s']:.3f} | | {c['statements']} | |")
    print(f"| 1 MB (eval texts + seed, repeated) | {sp['mb_chars']} | {sp['mb_s']:.3f} | "
          f"{sp['mb_cpu']:.3f} | {sp['mb_statements']} | {sp['mb_numbers']} |")
    su = start_up()
    print("\nStart-up (a fresh process, CPU s, min of 5)\n")
    print("| import provenance.speech | import + first analyse of the seed |")
    print("|---:|---:|")
    print(f"| {su['import_cpu']:.3f} | {su['first_cpu']:.3f} |")


if __name__ == "__main__":
    main()


# -- numeric disputes (issue 13): ../shared/eval/disputes-dev ------------------------------
#
# Usage:  PYTHONPATH=. python -c "import benchmarks.bench_extract as b; b.disputes_main()"
# (or run this file: the table prints after the PolNeAR ones). Scoring follows the set's
# README: a gold figure is found when a draft claim's figure overlaps its fragment and its
# value (or both ends of a range) is within 1%; attributed right when the claim's source
# names the gold source (same person by full name or surname, or same organisation: every
# word of the shorter name in the longer, an acronym standing for its words); a dispute
# pair is found when both figures (or another mention of the same source and value) are
# claims of one question that `contested` marks contested; a study is found when a draft
# work's mention overlaps the fragment. Every draft is written, loaded, checked and
# rendered exactly as `provenance extract / check / render` do.

DISPUTES_DIR = next((p / "shared" / "eval" / "disputes-dev" for p in ROOT.parents
                     if (p / "shared" / "eval" / "disputes-dev").is_dir()),
                    ROOT / ".." / "shared" / "eval" / "disputes-dev")  # or up from a worktree
#: Tuned on these; the others are held out (rules were not fitted to them).
DISPUTES_TUNED = ("01_tsunami_death_toll.txt", "02_million_man_march_crowd.txt",
                  "04_autism_prevalence.txt")
_NAME_STOP = {"the", "of", "and", "for", "a", "an", "in", "on", "s", "u", "magazine", "news",
              "first", "estimate", "survey", "different", "among", "children", "parent",
              # "Okafor-Lind et al.": a lead author's team, the lead author by surname
              "et", "al"}


def _name_words(name: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", name.casefold().replace("’s", "").replace(
        "'s", "")) if w not in _NAME_STOP]


def same_source(tool: str | None, gold: str) -> bool:
    """The README's rule: same person (full name or surname) or the same organisation."""
    if not tool:
        return False
    t = _name_words(tool)
    if not t:
        return False
    # the gold names the source and qualifiers in brackets: any of its names counts
    parts = [gold] + re.findall(r"\(([^)]*)\)", gold)
    for part in parts:
        g = _name_words(re.sub(r"\([^)]*\)", " ", part))
        if not g:
            continue
        acro_g = "".join(w[0] for w in g if len(w) > 2)
        if set(t) <= set(g) or set(g) <= set(t):
            return True
        if len(t) == 1 and (t[0] == acro_g or t[0] in g):
            return True
        acro_t = "".join(w[0] for w in t if len(w) > 2)
        if len(g) == 1 and g[0] == acro_t:
            return True
    return False


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 0.01 * max(abs(a), abs(b))


#: A gold unit that names its scale ("megatonnes CO2": the gold's 180 is 180 megatonnes)
#: against the tool's figure, which carries the scale in its value (1.8e8 tonnes).
_UNIT_SCALES = {"kilo": 1e3, "mega": 1e6, "giga": 1e9, "thousand": 1e3, "million": 1e6,
                "billion": 1e9, "lakh": 1e5, "crore": 1e7}


def _unit_scale(unit: object) -> float:
    word = str(unit or "").casefold()
    return next((v for k, v in _UNIT_SCALES.items() if word.startswith(k)), 1.0)


def _seconds_in(unit: object) -> float | None:
    """A unit of time's size in the project's one scale of durations (numbers'
    ``canonical_unit``), or None for any other unit ("minutes (average ...)": its first
    word)."""
    from provenance.numbers import canonical_unit

    words = str(unit or "").split()
    dim, _unit, factor = canonical_unit(words[0]) if words else ("", "", 0.0)
    return factor if dim == "duration" else None


def _tonnes_in(unit: object) -> float | None:
    """Tonnes in a prefixed tonne ("Mt", "megatonnes": a million), or None."""
    from provenance.numbers import PREFIXED_TONNES, SYMBOL_NAMES, singular

    word = SYMBOL_NAMES.get(str(unit or "").strip(), str(unit or "").strip()).lower()
    return PREFIXED_TONNES.get(singular(word)) if word else None


def _figure_matches(fc: object, gold: dict[str, object], text: str) -> bool:
    f = fc.figure  # type: ignore[attr-defined]
    frag = str(gold["fragment"])
    gs = text.index(frag)
    if not (f.start < gs + len(frag) and gs < f.end):
        return False
    value = f.low if f.kind == "ratio" else f.value
    if f.kind == "ratio" and f.numerator is not None and f.denominator:
        value = 100.0 * f.numerator / f.denominator
    if f.kind in ("ratio", "percent") and "proportion" in str(gold.get("unit")) and \
            value is not None:
        value = value / 100.0  # ("a third" read as 33.3 %, annotated as the proportion 0.333)
    if f.kind == "duration" and value is not None:
        # ("41 minutes and 12 seconds", read as 2,472 seconds, annotated as 41.2 minutes)
        mine, theirs = _seconds_in(f.unit), _seconds_in(gold.get("unit"))
        if mine and theirs:
            value = value * mine / theirs
    tonnes = _tonnes_in(f.unit)
    if tonnes and value is not None and "tonne" in str(gold.get("unit") or "") and \
            _tonnes_in(str(gold.get("unit")).split()[0]) is None:
        # ("14.2Mt", read as 14.2 megatonnes, annotated as 14,200,000 tonnes)
        value = value * tonnes
    per = re.search(r"\bper ([\d,]+)", str(gold.get("unit") or ""))
    if f.kind == "ratio" and f.numerator is not None and f.denominator and per:
        # ("Nine in 100,000", annotated as 9 complaints per 100,000 customers)
        value = f.numerator / f.denominator * float(per.group(1).replace(",", ""))
    gv, glo, ghi = gold.get("value"), gold.get("low"), gold.get("high")
    for scale in {1.0, _unit_scale(gold.get("unit"))}:
        if f.kind == "range":
            if (f.low is not None and f.high is not None
                    and _close(f.low / scale, glo)  # type: ignore[arg-type]
                    and _close(f.high / scale, ghi)):  # type: ignore[arg-type]
                return True
        elif value is not None and any(_close(value / scale, x)  # type: ignore[arg-type]
                                       for x in (gv, glo, ghi) if x is not None):
            return True
    return False


def _stand_ins(gold: dict[str, Any], gold_claims: list[list[str]], i: int) -> set[str]:
    """Claims of a gold figure, and of every other mention of the same source and value."""
    gf = gold["figures"][i]
    out = set(gold_claims[i])
    for j, other in enumerate(gold["figures"]):
        if other["source"] == gf["source"] and all(other[k] == gf[k]
                                                    for k in ("value", "low", "high")):
            out |= set(gold_claims[j])
    return out


def disputes_score(eval_dir: Path = DISPUTES_DIR) -> list[dict[str, object]]:
    import json
    import tempfile

    from provenance.analysis import contested
    from provenance.check import check_dossier
    from provenance.dossier import load_dossier
    from provenance.extract import write_draft
    from provenance.graph import build_graph
    from provenance.pipeline import page_inputs
    from provenance.render.page import generate_html, page_data

    gold_all = json.loads((eval_dir / "gold.json").read_text(encoding="utf-8"))
    rows: list[dict[str, object]] = []
    for name, gold in gold_all.items():
        text = (eval_dir / name).read_text(encoding="utf-8")
        ex = extract_text(text)
        with tempfile.TemporaryDirectory() as tmp:
            folder = write_draft(ex, Path(tmp) / "draft", "article.txt")
            d = load_dossier(folder)
            rep = check_dossier(d)
            g = build_graph(d)
            qs = contested(g)
            inputs = page_inputs(d, g)
            data = page_data(d, inputs)
            generate_html(d, inputs)  # the page renders
        hot = {i for i, v in data.get("info", {}).items()
               if isinstance(v, dict) and v.get("kind") == "question" and v.get("contested")}
        claim_fig = {fc.claim_id: fc for fc in ex.figures if fc.claim_id}
        found_f = right_f = right_b = 0
        gold_claims: list[list[str]] = []
        # a person's figure is also the body's they speak for, when the text says which
        speaks_for = {p.id: p.affiliation for p in ex.people if p.affiliation}
        for gf in gold["figures"]:
            hits = [cid for cid, fc in claim_fig.items() if _figure_matches(fc, gf, text)]
            gold_claims.append(hits)
            if hits:
                found_f += 1
                if any(same_source(claim_fig[c].source.name if claim_fig[c].source else None,
                                   gf["source"]) for c in hits):
                    right_f += 1
                    right_b += 1
                elif any(same_source(speaks_for.get(claim_fig[c].source.person_id or ""),
                                     gf["source"]) for c in hits if claim_fig[c].source):
                    right_b += 1  # the writer credits the body the speaker speaks for
        contested_q = [q for q in qs if q["contested"]]
        groups = [{c["id"] for p in q["positions"] for c in p["claims"]} for q in contested_q]
        by_frag = {gf["fragment"]: i for i, gf in enumerate(gold["figures"])}
        found_d = 0
        for a, b in gold["disputes"]:
            ia, ib = by_frag[a], by_frag[b]

            sa, sb = _stand_ins(gold, gold_claims, ia), _stand_ins(gold, gold_claims, ib)
            if any(grp & sa and grp & sb for grp in groups):
                found_d += 1
        flagged = sum(1 for grp in groups if grp & {c for h in gold_claims for c in h})
        # the cost of guessing: claims in a contested question with a gold figure in it
        # that are no gold figure (nor another mention of one: same source, same value),
        # which a journalist has to delete
        gold_ids = set().union(*(_stand_ins(gold, gold_claims, i)
                                 for i in range(len(gold["figures"]))))
        stray = sum(len(grp - gold_ids) for grp in groups if grp & gold_ids)
        found_s = 0
        for gs_ in gold["studies"]:
            at = text.index(gs_["fragment"])
            end = at + len(gs_["fragment"])
            if any(a < end and at < b for s in ex.studies for a, b in s.mentions):
                found_s += 1
        # the annotated quotations the draft holds with the right speaker: a statement's
        # piece overlapping by half the shorter of the two (the round trip's rule)
        found_q = 0
        for gq in gold.get("statements", []):
            at = text.index(gq["fragment"])
            span = [(at, at + len(gq["fragment"]))]
            found_q += any(
                (ov := overlap(span, [piece])) and ov >= 0.5 * min(length(span), length([piece]))
                and same_source(st.speaker, gq["speaker"])
                for st in ex.statements for piece in st.spans)
        in_page = all(q["id"] in hot for q in contested_q)
        rows.append({
            "article": name, "held_out": name not in DISPUTES_TUNED,
            "figures": len(gold["figures"]), "found": found_f, "attributed": right_f,
            "attributed_or_body": right_b,
            "disputes": len(gold["disputes"]), "disputes_found": found_d,
            "groups": len(groups), "groups_right": flagged, "stray": stray,
            "studies": len(gold["studies"]), "studies_found": found_s,
            "stmts": len(gold.get("statements", [])), "stmts_found": found_q,
            "check_ok": rep.ok, "mismatch": rep.summary().get("attribution_mismatch", 0),
            "page": bool(contested_q) and in_page,
        })
    return rows


def disputes_main(eval_dir: Path = DISPUTES_DIR) -> None:
    rows = disputes_score(eval_dir)
    print("\nNumeric disputes, disputes-dev (figures: value within 1% and overlapping span)\n")
    print("| article | set | figures found | attributed right | right, or the body the speaker "
          "speaks for | disputes found | contested groups right | stray claims in them | "
          "studies found | check passes | page shows contested question |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|")

    def line(label: str, rs: list[dict[str, object]], which: str) -> None:
        def s(k: str) -> int:
            return sum(int(r[k]) for r in rs)  # type: ignore[call-overload]

        print(f"| {label} | {which} | {s('found')}/{s('figures')} | "
              f"{s('attributed')}/{s('figures')} | {s('attributed_or_body')}/{s('figures')} | "
              f"{s('disputes_found')}/{s('disputes')} | "
              f"{s('groups_right')}/{s('groups')} | {s('stray')} | "
              f"{s('studies_found')}/{s('studies')} | "
              f"{s('check_ok')}/{len(rs)} | {s('page')}/{len(rs)} |")

    for r in rows:
        line(str(r["article"]), [r], "held out" if r["held_out"] else "tuned")
    tuned = [r for r in rows if not r["held_out"]]
    held = [r for r in rows if r["held_out"]]
    line("**tuned total**", tuned, "tuned")
    line("**held-out total**", held, "held out")
    line("**all five**", rows, "")


if __name__ == "__main__":
    # beside the PolNeAR folder given on the command line, or ../shared/eval/disputes-dev
    disputes_main(Path(sys.argv[1]).resolve().parent / "disputes-dev" if len(sys.argv) > 1
                  else DISPUTES_DIR)
