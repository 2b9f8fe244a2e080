"""Speed and accuracy of quote anchoring at newsroom scale; prints tables.

    python benchmarks/bench_anchor.py [--articles 1000] [--quotes 10000] [--seed 7]

Generates (fixed seed) a corpus of news-like articles (~5 KB each: narration,
quotations with "X said", numbers, curly apostrophes, dashes, non-breaking
spaces, hard line breaks) and quotes of known categories with their true
spans, then runs ``check_dossier`` end to end (anchor + attribution) over a
hand-built Dossier. A quote is "at the right span" when the anchor's start and
end are each within 3 characters of the true span (first piece's start, last
piece's end for an elided quote). A difflib sliding-window search (a
quote-sized window at every word start), the naive baseline, runs on a sample
of the same quotes in the same run; rapidfuzz's partial_ratio_alignment over
the whole text is the second baseline for a 1 MB text. Times are wall clock
and CPU time of this process (CPU is what to compare on a shared machine).
Not a test: it only measures and prints.
"""

from __future__ import annotations

import argparse
import difflib
import os
import random
import resource
import string
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from provenance.anchor import TextIndex, anchor_quote  # noqa: E402
from provenance.check import AppearanceResult, check_dossier  # noqa: E402
from provenance.model import Appearance, Claim, Dossier, Person, Work  # noqa: E402

CATEGORIES = ("exact", "normalisation", "elided", "dropped word", "changed digit", "typo", "absent")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- corpus ---------------------------------------------------------------------


class Corpus:
    def __init__(self, rng: random.Random, n_articles: int, n_people: int = 60) -> None:
        self.rng = rng
        syll = [a + b for a in "bcdfghklmnprstvz" for b in "aeiou"] + ["an", "el", "or", "is"]
        vocab: set[str] = set()
        while len(vocab) < 20000:
            vocab.add("".join(rng.choice(syll) for _ in range(rng.choice((1, 2, 2, 3, 3, 4)))))
        self.vocab = sorted(vocab)
        rng.shuffle(self.vocab)
        weights = [1 / (i + 1) ** 1.05 for i in range(len(self.vocab))]
        acc = 0.0
        self.cum = []
        for w in weights:
            acc += w
            self.cum.append(acc)
        first = ["Ana", "Ben", "Chen", "Dara", "Emil", "Fatima", "Goran", "Hana", "Ivo", "Jun"]
        self.people = []
        for i in range(n_people):
            last = rng.choice(syll).capitalize() + rng.choice(syll) + rng.choice(syll)
            name = f"{first[i % len(first)]} {last}"
            self.people.append(Person(f"p{i}", name, [last, f"Dr. {last}"]))
        self.authors = [Person(f"a{i}", f"Writer{i} Byline", []) for i in range(20)]
        self.texts: list[str] = []
        # spans of quotations: per article, list of (start, end, person id)
        self.speech: list[list[tuple[int, int, str]]] = []
        for _ in range(n_articles):
            self._article()

    def words(self, k: int) -> list[str]:
        return self.rng.choices(self.vocab, cum_weights=self.cum, k=k)

    def sentence(self) -> str:
        rng = self.rng
        w = self.words(rng.randint(8, 24))
        for _ in range(rng.randint(0, 2)):
            i = rng.randrange(len(w))
            w[i] = rng.choice(
                (
                    str(rng.randint(2, 999)),
                    f"{rng.randint(1, 99)}.{rng.randint(1, 9)}",
                    f"{rng.randint(10, 90)} percent",
                )
            )
        if rng.random() < 0.3:
            i = rng.randrange(len(w))
            w[i] = w[i] + rng.choice(("\u2019s", "n\u2019t", "\u2019re"))
        if rng.random() < 0.15 and len(w) > 6:
            w.insert(rng.randrange(2, len(w) - 2), "\u2014")
        if rng.random() < 0.3:
            i = rng.randrange(1, len(w))
            w[i - 1] = w[i - 1] + ","
        s = " ".join(w)
        if rng.random() < 0.2:  # a non-breaking space, as web pages have
            j = s.find(" ", rng.randrange(len(s)))
            if j > 0:
                s = s[:j] + "\u00a0" + s[j + 1 :]
        return s[0].upper() + s[1:] + "."

    def _article(self) -> None:
        rng = self.rng
        parts: list[str] = []
        speech: list[tuple[int, int, str]] = []
        pos = 0
        cast = rng.sample(self.people, 3)
        while pos < 5000:
            if parts:
                parts.append("\n\n")
                pos += 2
            r = rng.random()
            if r < 0.35:
                p = rng.choice(cast)
                said = f"{p.name}" if rng.random() < 0.5 else p.aliases[0]
                body = " ".join(self.sentence() for _ in range(rng.randint(1, 3)))
                if rng.random() < 0.5:
                    para = f"\u201c{body[:-1]},\u201d {said} said."
                    qs = pos + 1
                else:
                    para = f"{said} said, \u201c{body}\u201d"
                    qs = pos + len(said) + 8
                speech.append((qs, qs + len(body) - 1, p.id))
            else:
                para = " ".join(self.sentence() for _ in range(rng.randint(2, 5)))
                if rng.random() < 0.2:  # a hard line break, as in pasted text
                    j = para.find(" ", len(para) // 2)
                    para = para[:j] + "\n" + para[j + 1 :]
            parts.append(para)
            pos += len(para)
        self.texts.append("".join(parts))
        self.speech.append(speech)


@dataclass
class Case:
    work: int
    quote: str
    category: str
    start: int | None
    end: int | None
    by: str | None = None  # the appearance's by
    truth_speaker: str | None = None  # who the text says (None: narration)


_TOKEN_END = string.ascii_letters + string.digits


def pick_span(c: Corpus, w: int, lo: int, hi: int) -> tuple[int, int] | None:
    """A span of ``lo..hi`` words at word boundaries, not crossing a paragraph."""
    rng = c.rng
    text = c.texts[w]
    for _ in range(20):
        s = rng.randrange(len(text) - 400)
        s = text.find(" ", s) + 1
        while s < len(text) and not text[s].isalnum():
            s += 1
        n = rng.randint(lo, hi)
        e = s
        for _ in range(n):
            j = text.find(" ", e + 1)
            if j == -1:
                break
            e = j
        while e > s and not text[e - 1].isalnum():
            e -= 1
        chunk = text[s:e]
        if "\n\n" in chunk or len(chunk.split()) < lo:
            continue
        return s, e
    return None


def speaker_at(c: Corpus, w: int, s: int, e: int) -> str | None:
    for qs, qe, pid in c.speech[w]:
        if qs <= s and e <= qe:
            return pid
    return None


def make_cases(c: Corpus, n: int) -> list[Case]:
    rng = c.rng
    shares = {"exact": 0.25, "normalisation": 0.2, "elided": 0.1, "dropped word": 0.1,
              "changed digit": 0.1, "typo": 0.1, "absent": 0.15}  # fmt: skip
    cases: list[Case] = []
    for cat, share in shares.items():
        made = 0
        while made < int(n * share):
            w = rng.randrange(len(c.texts))
            text = c.texts[w]
            span = pick_span(c, w, 6, 30)
            if span is None:
                continue
            s, e = span
            q = text[s:e]
            if cat == "normalisation":
                variant = normalisation_variant(rng, q)
                if variant is None:
                    continue
                q = variant
            elif cat == "elided":
                span2 = pick_span(c, w, 4, 12)
                if span2 is None or not (e + 20 < span2[0] < e + 400):
                    continue
                if "\n\n" in text[s : span2[1]]:
                    continue
                q = q + " ... " + text[span2[0] : span2[1]]
                e = span2[1]
            elif cat == "dropped word":
                ws = q.split(" ")
                if len(ws) < 8:
                    continue
                i = rng.randrange(1, len(ws) - 1)
                if not ws[i].isalpha():  # one plain word (not two joined by a nbsp)
                    continue
                q = " ".join(ws[:i] + ws[i + 1 :])
            elif cat == "changed digit":
                digits = [i for i, ch in enumerate(q) if ch.isdigit()]
                if not digits:
                    continue
                i = rng.choice(digits)
                q = q[:i] + rng.choice([d for d in "0123456789" if d != q[i]]) + q[i + 1 :]
            elif cat == "typo":
                ws = q.split(" ")
                cand = [i for i, x in enumerate(ws) if len(x) >= 5 and x.isalpha()]
                if not cand:
                    continue
                i = rng.choice(cand)
                x = ws[i]
                j = rng.randrange(1, len(x) - 2)
                x = (
                    x[:j] + x[j + 1] + x[j] + x[j + 2 :]
                    if x[j] != x[j + 1]
                    else x[:j] + "q" + x[j + 1 :]
                )
                ws[i] = x
                q = " ".join(ws)
            elif cat == "absent":
                if made % 2:
                    q = c.sentence()[: rng.randint(40, 160)].rsplit(" ", 1)[0]
                else:
                    other = (w + 1 + rng.randrange(len(c.texts) - 1)) % len(c.texts)
                    o = pick_span(c, other, 6, 30)
                    if o is None:
                        continue
                    q = c.texts[other][o[0] : o[1]]
                s = e = None  # type: ignore[assignment]
            if cat in ("dropped word", "changed digit", "typo") and q in text:
                continue  # the "misquote" is verbatim elsewhere in the text: not a misquote
            truth = speaker_at(c, w, s, e) if s is not None else None
            by = truth
            cases.append(Case(w, q, cat, s, e, by, truth))
            made += 1
    rng.shuffle(cases)
    return cases


def normalisation_variant(rng: random.Random, q: str) -> str | None:
    """The quote as someone would retype it: straight apostrophes, plain spaces, case."""
    out = q
    out = out.replace("\u2019", "'").replace("\u00a0", " ").replace("\n", " ")
    out = out.replace(" \u2014 ", " - ")
    if out == q:
        out = rng.choice((out.lower(), out.upper(), out[0].lower() + out[1:] + "."))
        if out == q:
            return None
    return out


# -- baselines --------------------------------------------------------------------


def difflib_search(quote: str, text: str) -> tuple[int, float]:
    """The naive way: a quote-sized window at every word start, scored with difflib."""
    sm = difflib.SequenceMatcher(autojunk=False)
    sm.set_seq2(quote)
    n = len(quote)
    best = (-1, 0.0)
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch.isspace()]
    for i in starts:
        sm.set_seq1(text[i : i + n])
        if sm.real_quick_ratio() <= best[1] or sm.quick_ratio() <= best[1]:
            continue
        r = sm.ratio()
        if r > best[1]:
            best = (i, r)
    return best


# -- run -------------------------------------------------------------------------------


def right_span(a_start: int | None, a_end: int | None, case: Case) -> bool:
    if a_start is None or a_end is None or case.start is None or case.end is None:
        return False
    return abs(a_start - case.start) <= 3 and abs(a_end - case.end) <= 3


def table(title: str, rows: Sequence[tuple[str, ...]], header: tuple[str, ...]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    print(f"\n{title}")
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    print(line)
    print("-" * len(line))
    for r in rows:
        print("  ".join(str(x).ljust(w) for x, w in zip(r, widths, strict=True)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--quotes", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--difflib-sample", type=int, default=20)
    args = ap.parse_args()

    rng = random.Random(args.seed)
    t0 = time.perf_counter()
    corpus = Corpus(rng, args.articles)
    cases = make_cases(corpus, args.quotes)
    t_gen = time.perf_counter() - t0
    mb = sum(len(t.encode()) for t in corpus.texts) / 1e6
    rss_before = rss_mb()

    works = [
        Work(f"w{i}", "article", f"Article {i}", authors=[corpus.authors[i % 20].id],
             source_text=f"sources/w{i}.txt")
        for i in range(len(corpus.texts))
    ]  # fmt: skip
    claims = [
        Claim(f"c{k}", f"claim {k}", appearances=[Appearance(f"w{case.work}", case.quote, case.by)])
        for k, case in enumerate(cases)
    ]
    dossier = Dossier(
        title="bench", root=Path("."), path=Path("bench/dossier.yaml"), slug="bench",
        people=corpus.people + corpus.authors, works=works, claims=claims,
        texts={f"w{i}": t for i, t in enumerate(corpus.texts)},
    )  # fmt: skip
    t0, c0 = time.perf_counter(), time.process_time()
    report = check_dossier(dossier)
    t_check, c_check = time.perf_counter() - t0, time.process_time() - c0
    rss_after = rss_mb()

    table(
        "End to end: check_dossier (anchor + attribution), one process",
        [
            ("articles", f"{len(corpus.texts)}"),
            ("source text", f"{mb:.2f} MB"),
            ("quotes", f"{len(cases)}"),
            ("corpus generation (not timed below)", f"{t_gen:.2f} s"),
            ("time end to end", f"{t_check:.2f} s"),
            ("CPU time of this process (the machine may be shared)", f"{c_check:.2f} s"),
            ("per quote", f"{t_check / len(cases) * 1000:.3f} ms"),
            ("peak RSS (whole process, incl. corpus)", f"{rss_after:.0f} MB"),
            ("RSS growth during the check", f"{rss_after - rss_before:.0f} MB"),
        ],
        ("measure", "value"),
    )
    print(f"load average before the check: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")

    # accuracy per category
    rows = []
    by_cat: dict[str, list[tuple[Case, AppearanceResult]]] = {k: [] for k in CATEGORIES}
    for case, res in zip(cases, report.results, strict=True):
        by_cat[case.category].append((case, res))
    statuses = ("exact", "normalized", "fuzzy", "missing")
    for cat in CATEGORIES:
        items = by_cat[cat]
        if not items:
            continue
        counts = {s: sum(r.status == s for _, r in items) for s in statuses}
        if cat == "absent":
            found = sum(r.status != "missing" for _, r in items)
            figure = f"{100 * found / len(items):.2f}% reported found (target <= 1%)"
        else:
            ok = sum(r.anchor is not None and right_span(r.anchor.start, r.anchor.end, c)
                     for c, r in items)  # fmt: skip
            target = "99.5" if cat in ("exact", "normalisation", "elided") else "95"
            figure = f"{100 * ok / len(items):.2f}% at the right span (target >= {target}%)"
        rows.append((cat, str(len(items)), *(str(counts[s]) for s in statuses), figure))
    table("Accuracy by category", rows, ("category", "n", *statuses, "figure"))

    # attribution on the unmodified quotes
    exact_items = by_cat["exact"]
    in_quote = [(c, r) for c, r in exact_items if c.truth_speaker]
    narr = [(c, r) for c, r in exact_items if not c.truth_speaker]

    def share_ok(items: list[tuple[Case, AppearanceResult]]) -> str:
        return f"{100 * sum(r.attribution == 'ok' for _, r in items) / max(1, len(items)):.1f}% ok"

    attr_rows = [
        ("quotes inside a quotation, by = speaker", str(len(in_quote)), share_ok(in_quote)),
        ("narration, by = (none)", str(len(narr)), share_ok(narr)),
    ]
    # a wrong speaker on quotations: how many are caught
    wrong: list[Claim] = []
    for case, _ in in_quote[:300]:
        other = next(p for p in corpus.people if p.id != case.truth_speaker)
        app = Appearance(f"w{case.work}", case.quote, other.id)
        wrong.append(Claim(f"x{len(wrong)}", "x", appearances=[app]))
    dossier.claims = wrong
    rep2 = check_dossier(dossier)
    caught = sum(r.attribution == "mismatch" for r in rep2.results)
    attr_rows.append(("quotations given to a wrong speaker", str(len(wrong)),
                      f"{100 * caught / max(1, len(wrong)):.1f}% mismatch"))  # fmt: skip
    table("Attribution (unmodified quotes)", attr_rows, ("case", "n", "result"))

    # baselines on a sample of the same quotes
    sample = [c for c in cases if c.category != "absent"][: args.difflib_sample]
    t0 = time.process_time()
    d_right = 0
    for c in sample:
        i, _ = difflib_search(c.quote, corpus.texts[c.work])
        d_right += c.start is not None and abs(i - c.start) <= 3
    t_difflib = (time.process_time() - t0) / len(sample)
    t0 = time.process_time()
    o_right = 0
    for c in sample:
        a = anchor_quote(c.quote, corpus.texts[c.work])  # index built per call: worst case
        o_right += right_span(a.start, a.end, c)
    t_ours_sample = (time.process_time() - t0) / len(sample)
    per_quote = c_check / len(cases)  # CPU time, like the baselines
    table(
        f"Baseline: difflib sliding window on {len(sample)} of the same quotes (~5 KB texts);"
        " CPU time per quote",
        [
            ("difflib SequenceMatcher, window at each word", f"{t_difflib * 1000:.1f} ms",
             f"{d_right}/{len(sample)}"),
            ("anchor_quote, fresh index per quote", f"{t_ours_sample * 1000:.2f} ms",
             f"{o_right}/{len(sample)}"),
            ("check_dossier average (shared indexes)", f"{per_quote * 1000:.3f} ms", "-"),
            ("speed ratio difflib / check_dossier", f"{t_difflib / per_quote:,.0f}x", ""),
        ],
        ("method", "per quote", "start right"),
    )  # fmt: skip

    # one big text: the index vs rapidfuzz over the whole text
    big = "\n\n".join(corpus.texts[:200])
    offs = []
    acc = 0
    for t in corpus.texts[:200]:
        offs.append(acc)
        acc += len(t) + 2
    fuzzy_cases = [c for c in cases if c.work < 200 and c.category in
                   ("dropped word", "changed digit", "typo")][:200]  # fmt: skip
    from rapidfuzz import fuzz

    t0 = time.process_time()
    ix = TextIndex(big)
    ix.candidates(["x"])  # build the word index
    t_build = time.process_time() - t0
    t0 = time.process_time()
    ok_big = 0
    for c in fuzzy_cases:
        a = anchor_quote(c.quote, big, index=ix)
        assert c.start is not None and c.end is not None
        ok_big += right_span(a.start, a.end, Case(0, "", "", c.start + offs[c.work],
                                                  c.end + offs[c.work]))  # fmt: skip
    t_idx = (time.process_time() - t0) / max(1, len(fuzzy_cases))
    sub = fuzzy_cases[:20]
    t0 = time.process_time()
    for c in sub:
        fuzz.partial_ratio_alignment(c.quote, big)
    t_rf = (time.process_time() - t0) / max(1, len(sub))
    table(
        f"One {len(big.encode()) / 1e6:.1f} MB text, quotes with one dropped word/digit/typo;"
        " CPU time",
        [
            ("TextIndex build (normalise + word index), once", f"{t_build * 1000:.0f} ms", ""),
            ("anchor_quote with the index", f"{t_idx * 1000:.2f} ms",
             f"{100 * ok_big / max(1, len(fuzzy_cases)):.1f}% right span (n={len(fuzzy_cases)})"),
            ("rapidfuzz partial_ratio_alignment over the whole text", f"{t_rf * 1000:.2f} ms",
             f"n={len(sub)}"),
        ],
        ("method", "per quote", "accuracy"),
    )  # fmt: skip
    print(f"\npeak RSS at the end: {rss_mb():.0f} MB; seed {args.seed}")


if __name__ == "__main__":
    main()
