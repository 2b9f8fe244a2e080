"""``provenance trace``: find a claim, person, work or quote, and show its chain.

A journalist types what they remember ("12 percent", "Tubbs", "834") and
gets the claim's chain: where it appears and who says it (with the quote,
and whether the quote was found in its source), the works it rests on with
their evidence weight, and what those cite. The search is by words over
claim texts, quotes, names, aliases, questions and works (title, ``Author
YEAR``, DOI): a whole word first, then its stem, then a near-spelling
(rapidfuzz); figures are compared as figures; a query nothing answers gets
"no match" rather than the least bad one.

:class:`Tracer` builds its indexes once, so repeated queries on a large
dossier answer quickly; :func:`trace` is the one-shot convenience.
"""

from __future__ import annotations

import bisect
import heapq
import math
import re
from array import array
from typing import TYPE_CHECKING, Any

from .chains import Index, chain
from .model import Dossier
from .text import STOPWORDS, shorten

if TYPE_CHECKING:
    import networkx as nx

#: A match must cover at least this share of the query (its words weighted by rarity).
MIN_COVERAGE = 0.5
#: How many claims reached from a person or work get a chain.
CLAIMS_PER_MATCH = 5
#: Vocabulary words this similar (fuzz.ratio) to a query word count as that word (typos).
WORD_SIMILARITY = 80.0
#: Credit for a query word found as a whole word, as the same stem, or as a near-spelling.
EXACT, STEM, FUZZY = 1.0, 0.9, 0.75
#: Credit for a figure with the same number but counting something else (20 cadavers / sides).
OTHER_UNIT = 0.6
#: Ties in coverage are broken by WRatio over this many of the best.
RERANK = 200

_TOKEN_RE = re.compile(r"\d+(?:\.\d+)*|[^\W\d_]+")
_THOUSANDS_RE = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![,\d])")
_YEARISH_RE = re.compile(r"1[5-9]\d\d|20\d\d")


def words(text: str) -> list[str]:
    """Search tokens: lower-case words, and numbers without thousands commas
    (``1,000`` is ``1000``, ``5.7`` stays ``5.7``)."""
    text = text.casefold()
    if "," in text:
        text = _THOUSANDS_RE.sub(lambda m: m.group(0).replace(",", ""), text)
    return _TOKEN_RE.findall(text)


def _work_label(w: Any, names: dict[str, str]) -> str:
    """``Aota 2016`` / ``Kuniya et al. 2014``: how people name a paper (as weight.work_label)."""
    if w.authors and w.year:
        name = str(names.get(w.authors[0], w.authors[0])).replace(",", " ").split()
        surname = name[-1] if name else w.authors[0]
        return f"{surname}{' et al.' if len(w.authors) > 1 else ''} {w.year}"
    return str(w.title)


def _stem(w: str) -> str:
    from .numbers import singular

    return singular(w) if w.isalpha() and len(w) > 3 else w


class Tracer:
    """Search and chain indexes over one dossier, built once.

    Search is by words, not by string similarity: every query word must be
    found in a record as a whole word, as the same stem (``cadaver`` /
    ``cadavers`` / ``cadaveric``) or, failing that, as a near-spelling (a
    typo); rare words count more than common ones, and a record that does not
    cover :data:`MIN_COVERAGE` of the query is no answer at all. Figures in
    the query are compared as figures: ``12%`` matches an estimate of 12
    percent, not a DOI or a page number that happens to contain ``12``.
    """

    def __init__(self, dossier: Dossier, g: nx.MultiDiGraph | None = None,
                 index: Index | None = None, conflicts: dict[str, Any] | None = None):
        from .graph import build_graph

        self.dossier = dossier
        self.g = g if g is not None else build_graph(dossier)
        self.ix = index if index is not None else Index(self.g)
        #: (kind, id, text shown, text searched)
        self.entries: list[tuple[str, str, str, str]] = []
        self.estimates: dict[int, dict[str, Any]] = {}
        for c in dossier.claims:
            extra = ""
            if c.estimate is not None:
                e = c.estimate
                extra = " ".join(str(x) for x in (e.text, e.value, e.low, e.high)
                                 if x is not None)
                self.estimates[len(self.entries)] = {
                    k: getattr(e, k) for k in ("value", "unit", "low", "high", "text")}
            self.entries.append(("claim", c.id, c.text, f"{c.text} {extra}"))
            for a in c.appearances:
                self.entries.append(("quote", c.id, a.quote, a.quote))
        for p in dossier.people:
            # (the body they speak for is searched too: "trace 'Tri-Valley Electric
            # Cooperative'" finds its spokeswoman and what she said)
            self.entries.append(("person", p.id, p.name, f"{p.name} {p.affiliation or ''}"))
            for alias in p.aliases:
                self.entries.append(("person", p.id, alias, alias))
        names = {p.id: p.name for p in dossier.people}
        for w in dossier.works:
            label = _work_label(w, names)
            shown = w.title if label == w.title else f"{label}: {w.title}"
            sample = f" {w.sample.n:g} {w.sample.unit or ''}" if w.sample else ""
            self.entries.append(("work", w.id, shown, f"{shown} {w.venue or ''}{sample}"))
        for q in dossier.questions:
            self.entries.append(("question", q.id, q.text, q.text))
        self.dois = {w.doi.casefold(): w.id for w in dossier.works if w.doi}
        self.postings: dict[str, array[int]] = {}
        seen_text: dict[str, set[str]] = {}  # a text repeated (claim and quote) is split once
        for i, (_k, _id, _shown, searched) in enumerate(self.entries):
            toks = seen_text.get(searched)
            if toks is None:
                toks = seen_text[searched] = set(words(searched))
            for word in toks:
                lst = self.postings.get(word)
                if lst is None:
                    lst = self.postings[word] = array("I")
                lst.append(i)
        self.vocab = sorted(self.postings)
        self.ids = set(self.g.nodes)
        self.claim_by_id = {c.id: c for c in dossier.claims}
        self.flags = claim_flags(self.g, self.ix, conflicts)

    # -- search ----------------------------------------------------------------

    def search(self, query: str, limit: int = 10) -> list[dict[str, Any]]:
        """Best matches for ``query``, one per record, best first; [] when nothing
        covers enough of the query to be an answer."""
        out: list[dict[str, Any]] = []
        seen: set[tuple[str, str]] = set()
        q = query.strip()
        if q in self.ids:
            kind = self.g.nodes[q].get("kind", "claim")
            out.append({"kind": kind, "id": q, "text": self._label(q), "score": 100.0})
            seen.add((kind, q))
        doi = self.dois.get(q.casefold().removeprefix("https://doi.org/"))
        if doi is not None and ("work", doi) not in seen:
            out.append({"kind": "work", "id": doi, "text": self._label(doi), "score": 100.0})
            seen.add(("work", doi))
        terms = self._terms(q)
        if not terms:
            return out
        n = len(self.entries)
        weights = [math.log(1 + n / max(1, df)) for _t, _c, df in terms]
        total = sum(weights)
        credit: dict[int, list[float]] = {}
        for k, (_term, matches, _df) in enumerate(terms):
            for i, c in matches.items():
                row = credit.get(i)
                if row is None:
                    row = credit[i] = [0.0] * len(terms)
                if c > row[k]:
                    row[k] = c
        scored = [(sum(w * c for w, c in zip(weights, row, strict=True)) / total, i)
                  for i, row in credit.items()]
        scored = [(cov, i) for cov, i in scored if cov >= MIN_COVERAGE]
        if not scored:
            return out
        from rapidfuzz import fuzz, utils

        best = heapq.nlargest(RERANK, scored)
        pq = utils.default_process(q)
        ranked = sorted(
            ((cov, fuzz.WRatio(pq, utils.default_process(self.entries[i][2])), i)
             for cov, i in best),
            key=lambda t: (-round(t[0], 6), -t[1], t[2]))
        for cov, sim, i in ranked:
            kind, rid, text, _searched = self.entries[i]
            # A quote that matches stands for its claim; show the quote.
            key = ("claim" if kind == "quote" else kind, rid)
            if key in seen:
                continue
            seen.add(key)
            out.append({"kind": kind, "id": rid, "text": text,
                        "score": round(min(100.0, 90.0 * cov + 0.1 * sim), 1)})
            if len(out) >= limit:
                break
        return out

    def _terms(self, query: str) -> list[tuple[str, dict[int, float], int]]:
        """Each term of the query with the records it is found in and their credit.

        Terms are the query's figures (``12%``, ``20 cadavers``, ``1 in 45``), its
        other numbers (``834``, ``2016``) and its words less stopwords.
        """
        from . import numbers

        amounts = [a for a in numbers.parse_amounts(query) if a.span is not None]
        covered: list[tuple[int, int]] = []
        terms: list[tuple[str, dict[int, float], int]] = []
        for am in amounts:
            assert am.span is not None
            toks = [t for t in words(query[am.span[0]:am.span[1]]) if t[0].isdigit()]
            if not toks:
                continue
            covered.append(am.span)
            cands = self._with_all(toks)
            matches = {i: c for i in cands if (c := self._figure_credit(i, am, toks)) > 0}
            terms.append((am.text, matches, len(cands) or 1))
        rest = query
        for a, b in covered:
            rest = rest[:a] + " " * (b - a) + rest[b:]
        toks = words(rest)
        content = [t for t in toks if t not in STOPWORDS] or toks
        for t in dict.fromkeys(content):
            if t[0].isdigit():
                post = self.postings.get(t)
                matches = dict.fromkeys(post, EXACT) if post is not None else {}
                terms.append((t, matches, len(matches) or 1))
                continue
            matches = {}
            df = 0
            for w, c in self._similar(t).items():
                post = self.postings[w]
                if c == EXACT or c == STEM:
                    df += len(post)
                for i in post:
                    if c > matches.get(i, 0.0):
                        matches[i] = c
            terms.append((t, matches, df or 1))
        return terms

    def _similar(self, word: str) -> dict[str, float]:
        """Vocabulary words that stand for ``word``: itself, its stem, near-spellings."""
        from rapidfuzz import fuzz, process

        out: dict[str, float] = {}
        if word in self.postings:
            out[word] = EXACT
        stem = _stem(word)
        if len(word) >= 4:
            # words sharing the stem: cadaver, cadavers, cadaveric; compress, compression
            root = stem[:max(4, len(stem) - 1)] if len(stem) >= 6 else stem
            lo = bisect.bisect_left(self.vocab, root)
            for w in self.vocab[lo:lo + 200]:
                if not w.startswith(root):
                    break
                if w not in out and abs(len(w) - len(word)) <= 4:
                    out[w] = STEM
        elif stem in self.postings and stem not in out:
            out[stem] = STEM
        if len(word) >= 4:
            for w, _s, _i in process.extract(word, self.vocab, scorer=fuzz.ratio,
                                             score_cutoff=WORD_SIMILARITY, limit=8):
                if w not in out and w.isalpha():
                    out[w] = FUZZY
        return out

    def _with_all(self, toks: list[str]) -> list[int]:
        """Records holding every one of the number tokens ``toks``."""
        sets = [self.postings.get(t) for t in toks]
        if any(s is None for s in sets):
            return []
        sets.sort(key=len)  # type: ignore[arg-type]
        found = set(sets[0])  # type: ignore[arg-type]
        for s in sets[1:]:
            found &= set(s)  # type: ignore[arg-type]
        return sorted(found)

    def _figure_credit(self, i: int, am: Any, toks: list[str]) -> float:
        """How well record ``i`` holds the figure ``am``: same figure, or same number
        counting something else; 0 when the number only appears in another role."""
        from . import numbers

        kind, _rid, _shown, searched = self.entries[i]
        found = numbers.parse_amounts(searched)
        est = self.estimates.get(i)
        if est is not None:
            e = numbers.from_estimate(est)
            if e is not None:
                found.append(e)
        best = 0.0
        for f in found:
            if am.dimension == "number" and not am.unit:
                same = any(x is not None and abs(x - v) <= 1e-9 * max(1.0, abs(v))
                           for x in (f.value, f.low, f.high)
                           for v in (am.value, am.low, am.high) if v is not None)
                best = max(best, EXACT if same else 0.0)
            elif f.dimension == am.dimension and f.unit == am.unit:
                if numbers.overlaps(f, am):
                    return EXACT
            elif (f.dimension == am.dimension == "count" and f.value is not None
                  and f.value == am.value):
                best = max(best, OTHER_UNIT)
        return best

    def _label(self, rid: str) -> str:
        d = self.g.nodes[rid]
        return str(d.get("text") or d.get("name") or d.get("title") or rid)

    def claims_for(self, match: dict[str, Any]) -> list[str]:
        """The claims a match leads to: itself, its claim, or what a person/work states."""
        kind, rid = match["kind"], match["id"]
        if kind in ("claim", "quote"):
            return [rid]
        g = self.g
        out: list[str] = []
        if kind == "person":
            authored = []
            for _, v, k in g.out_edges(rid, data="kind"):
                if k == "states" and v not in out:
                    out.append(v)
                elif k == "authored":
                    authored.append(v)
            if not out:  # an author who is never quoted: the claims resting on their works
                for w in authored:
                    out += [u for u, _, k in g.in_edges(w, data="kind")
                            if k == "based_on" and u not in out]
        elif kind == "work":
            for u, _, k in g.in_edges(rid, data="kind"):
                if k in ("appears_in", "based_on") and u not in out:
                    out.append(u)
        elif kind == "question":
            for u, _, k in g.in_edges(rid, data="kind"):
                if k == "addresses":
                    out.append(u)
        out.sort(key=lambda c: -self.ix.claims[c]["weight"])
        return out[:CLAIMS_PER_MATCH]

    def anchors(self, cid: str, records: dict[tuple[str, int], Any] | None = None
                ) -> dict[tuple[str, int], dict[str, Any]]:
        """The claim's quotes as ``provenance check`` records them (read, not anchored here).

        ``records``: check's records of several claims at once (one pass over their texts).
        """
        from .check import verification

        out: dict[tuple[str, int], dict[str, Any]] = {}
        if cid not in self.claim_by_id:
            return out
        if records is None:
            records = verification(self.dossier, claims=[cid])
        for key, r in records.items():
            if key[0] != cid:
                continue
            a = r.anchor
            fact: dict[str, Any] = {"status": r.status, "attribution": r.attribution,
                                    "said_by": r.said_by, "verified": r.verified,
                                    "occurrences": r.occurrences}
            if a is not None:
                fact.update(score=round(a.score, 1), line=a.line, column=a.column)
            out[key] = fact
        return out

    def trace(self, query: str, *, limit: int = 5, depth: int = 3) -> dict[str, Any]:
        """Matches for ``query`` and the chains of the claims they lead to."""
        from .check import verification

        matches = self.search(query, limit=max(limit, 5))
        cids: list[str] = []
        for m in matches:
            for cid in self.claims_for(m):
                if cid not in cids and len(cids) < limit:
                    cids.append(cid)
        # the quotes of every traced claim checked in one pass (each text read once)
        records = verification(self.dossier, claims=cids) if cids else {}
        chains: list[dict[str, Any]] = []
        for cid in cids:
            ch = chain(self.ix, cid, depth=depth, anchors=self.anchors(cid, records))
            ch["flags"] += self.flags.get(cid, [])
            chains.append(ch)
        return {"query": query, "matches": matches, "chains": chains}


def claim_flags(g: nx.MultiDiGraph, ix: Index,
                conflicts: dict[str, Any] | None = None) -> dict[str, list[dict[str, Any]]]:
    """Numeric conflicts, distortions and circles, filed under each claim they involve."""
    from .analysis import numeric_conflicts
    from .chains import circular_support, distortions

    out: dict[str, list[dict[str, Any]]] = {}
    nc = conflicts if conflicts is not None else numeric_conflicts(g, ix)
    for p in nc["pairs"]:
        a, b = p["claims"]
        for me, other, i in ((a, b, 1), (b, a, 0)):
            written = p["as_written"][i] or p["normalised"][i]
            out.setdefault(me, []).append({
                "kind": f"numbers-{p['kind']}",
                "detail": f"disagrees with {other} ({written}): {p['detail']}"})
    for m in nc["as_written"]:
        out.setdefault(m["claim"], []).append({"kind": "as-written", "detail": m["detail"]})
    for d in distortions(ix):
        out.setdefault(d["report"], []).append({"kind": d["kind"], "detail": d["detail"]})
    for c in circular_support(ix):
        for m in c["members"]:
            if m in ix.claims:
                out.setdefault(m, []).append({"kind": "circular", "detail": c["detail"]})
    return out


def trace(dossier: Dossier, query: str, g: nx.MultiDiGraph | None = None, *,
          limit: int = 5, depth: int = 3) -> dict[str, Any]:
    """One-shot: build a :class:`Tracer` and answer ``query``."""
    return Tracer(dossier, g).trace(query, limit=limit, depth=depth)


# -- text rendering ------------------------------------------------------------


def _est(est: dict[str, Any] | None) -> str:
    if not est:
        return ""
    from . import numbers

    am = numbers.from_estimate(est)
    shown = est.get("text") or (am.describe() if am else "")
    canon = am.describe() if am else ""
    return f"  [{shown}{' = ' + canon if canon and canon != shown else ''}]"


def _anchor(a: dict[str, Any] | None) -> str:
    if not a:
        return ""
    st = a.get("status", "?")
    if a.get("line"):
        return f"[{st}, line {a['line']}:{a.get('column') or 1}]"
    return f"[{st}]"


def _work_line(w: dict[str, Any]) -> str:
    bits = [w.get("type") or "work"]
    if w.get("design"):
        bits.append(w["design"])
    if w.get("sample"):
        bits.append(f"n={w['sample']}")
    prim = "PRIMARY" if w.get("primary") else "secondary"
    return f"{w['label']} ({', '.join(bits)}; {prim}, weight {w.get('weight', 0):.2f})"


def render_tree(result: dict[str, Any]) -> str:
    """The trace as an indented tree for a terminal."""
    lines: list[str] = []
    if not result["matches"]:
        return f"no match for {result['query']!r}; try fewer or other words, or a name\n"
    lines.append(f"matches for {result['query']!r}:")
    for m in result["matches"]:
        lines.append(f"  {m['score']:5.1f}  {m['kind']:<6} {m['id']}: {shorten(m['text'], 70)}")
    for c in result["chains"]:
        lines.append("")
        where = (f" (question {c['question']}, position {c['position'] or '(none)'})"
                 if c["question"] else "")
        lines.append(f"claim {c['id']}{where}")
        lines.append(f"  {c['text']}{_est(c['estimate'])}")
        lines.append(f"  weight {c['weight']:.2f}: " + "; ".join(c["weight_reasons"]))
        items: list[tuple[str, Any]] = []
        items += [("app", a) for a in c["appearances"]]
        items += [("basis", b) for b in c["based_on"]]
        items += [("support", s) for s in c["supported_by"]]
        items += [("contra", s) for s in c["contradicted_by"]]
        items += [("flag", f) for f in c["flags"]]
        for n, (kind, item) in enumerate(items):
            last = n == len(items) - 1
            head, cont = ("└─ ", "   ") if last else ("├─ ", "│  ")
            if kind == "app":
                who = item["by_name"] or "(the work itself)"
                lines.append(f"  {head}said by {who} in {_work_line(item['work'])}")
                lines.append(f"  {cont}  “{shorten(item['quote'], 110)}” "
                             f"{_anchor(item.get('anchor'))}")
            elif kind == "basis":
                lines.append(f"  {head}based on {_work_line(item)}")
                _cites(lines, item, "  " + cont)
            elif kind == "support":
                lines.append(f"  {head}supported by {item['kind']} {item['id']}: "
                             f"{shorten(item['text'] or '', 60)}")
            elif kind == "contra":
                verb = "contradicted by" if item["direction"] == "from" else "contradicts"
                lines.append(f"  {head}{verb} {item['kind']} {item['id']}: "
                             f"{shorten(item['text'] or '', 60)}")
            else:
                lines.append(f"  {head}! {item['detail']}")
    return "\n".join(lines) + "\n"


def _cites(lines: list[str], work: dict[str, Any], prefix: str) -> None:
    cited = work.get("cites") or []
    for n, c in enumerate(cited):
        last = n == len(cited) - 1
        head, cont = ("└─ ", "   ") if last else ("├─ ", "│  ")
        cyc = " (cycle: already on this chain)" if c.get("cycle") else ""
        lines.append(f"{prefix}{head}cites {_work_line(c)}{cyc}")
        _cites(lines, c, prefix + cont)
    if work.get("more"):
        lines.append(f"{prefix}└─ … cites {work['more']} more")
