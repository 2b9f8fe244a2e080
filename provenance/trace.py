"""``provenance trace``: find a claim, person, work or quote, and show its chain.

A journalist types what they remember ("12 percent", "Tubbs", "834") and
gets the claim's chain: where it appears and who says it (with the quote,
and whether the quote was found in its source), the works it rests on with
their evidence weight, and what those cite. The search is fuzzy (rapidfuzz)
over claim texts, quotes, names, aliases and titles.

:class:`Tracer` builds its indexes once, so repeated queries on a large
dossier answer quickly; :func:`trace` is the one-shot convenience.
"""

from __future__ import annotations

import heapq
import math
from array import array
from typing import TYPE_CHECKING, Any

from .chains import Index, chain
from .model import Dossier

if TYPE_CHECKING:
    import networkx as nx

#: Matches scoring below this (0-100) are not shown.
MIN_SCORE = 60.0
#: How many claims reached from a person or work get a chain.
CLAIMS_PER_MATCH = 5
#: Above this many searchable strings, candidates come from the word index first.
FULL_SCAN_LIMIT = 20_000
#: Candidates (by shared, rare words) scored with WRatio on a large dossier.
MAX_CANDIDATES = 4_000
#: Vocabulary words this similar (fuzz.ratio) to a query word count as that word (typos).
WORD_SIMILARITY = 80.0


class Tracer:
    """Search and chain indexes over one dossier, built once."""

    def __init__(self, dossier: Dossier, g: nx.MultiDiGraph | None = None,
                 index: Index | None = None, conflicts: dict[str, Any] | None = None):
        from rapidfuzz import utils

        from .graph import build_graph

        self.dossier = dossier
        self.g = g if g is not None else build_graph(dossier)
        self.ix = index if index is not None else Index(self.g)
        self.entries: list[tuple[str, str, str]] = []  # (kind, id, text shown)
        for c in dossier.claims:
            self.entries.append(("claim", c.id, c.text))
            for a in c.appearances:
                self.entries.append(("quote", c.id, a.quote))
        for p in dossier.people:
            self.entries.append(("person", p.id, p.name))
            for alias in p.aliases:
                self.entries.append(("person", p.id, alias))
        for w in dossier.works:
            self.entries.append(("work", w.id, w.title))
            if w.doi:
                self.entries.append(("work", w.id, w.doi))
        self.choices = [utils.default_process(t) for _, _, t in self.entries]
        self.postings: dict[str, array[int]] = {}
        if len(self.choices) > FULL_SCAN_LIMIT:
            for i, text in enumerate(self.choices):
                for word in set(text.split()):
                    lst = self.postings.get(word)
                    if lst is None:
                        lst = self.postings[word] = array("I")
                    lst.append(i)
        self.vocab = list(self.postings)
        self.ids = set(self.g.nodes)
        self.claim_by_id = {c.id: c for c in dossier.claims}
        self.flags = claim_flags(self.g, self.ix, conflicts)

    def search(self, query: str, limit: int = 10) -> list[dict[str, Any]]:
        """Best matches for ``query``, one per record, best first."""
        from rapidfuzz import fuzz, process, utils

        q = utils.default_process(query)
        out: list[dict[str, Any]] = []
        seen: set[tuple[str, str]] = set()
        if query in self.ids:
            kind = self.g.nodes[query].get("kind", "claim")
            out.append({"kind": kind, "id": query, "text": self._label(query), "score": 100.0})
            seen.add((kind, query))
        if not q:
            return out
        pool, where = self._candidates(q)
        hits = [(c, s, where[i] if where is not None else i) for c, s, i in
                process.extract(q, pool, scorer=fuzz.WRatio, processor=None,
                                limit=limit * 8, score_cutoff=MIN_SCORE)]
        # Re-rank: a choice holding every word of the query beats one holding some of them
        # (WRatio scores "Maigne" and "... Maigne reported ... rare ..." alike for "Maigne rare").
        words = set(q.split())
        ranked = sorted(
            ((score + 10.0 * len(words & set(self.choices[i].split())) / len(words), score, i)
             for _, score, i in hits),
            key=lambda t: -t[0])
        for score, _, i in ranked:
            kind, rid, text = self.entries[i]
            # A quote that matches stands for its claim; show the quote.
            key = ("claim" if kind == "quote" else kind, rid)
            if key in seen:
                continue
            seen.add(key)
            out.append({"kind": kind, "id": rid, "text": text,
                        "score": round(min(100.0, score), 1)})
            if len(out) >= limit:
                break
        return out

    def _candidates(self, q: str) -> tuple[list[str], list[int] | None]:
        """The strings worth scoring: all of them, or on a large dossier those sharing the
        query's words (or near-spellings of them), rarest words first."""
        if not self.postings:
            return self.choices, None
        from rapidfuzz import fuzz, process

        n = len(self.choices)
        score: dict[int, float] = {}
        for word in set(q.split()):
            similar = {word} if word in self.postings else set()
            similar.update(w for w, _, _ in process.extract(
                word, self.vocab, scorer=fuzz.ratio, score_cutoff=WORD_SIMILARITY, limit=5))
            seen: set[int] = set()
            for w in similar:
                seen.update(self.postings[w])
            if not seen:
                continue
            idf = math.log(1 + n / len(seen))
            for i in seen:
                score[i] = score.get(i, 0.0) + idf
        if not score:
            return self.choices, None
        best = heapq.nlargest(MAX_CANDIDATES, score, key=score.__getitem__)
        return [self.choices[i] for i in best], best

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

    def anchors(self, cid: str) -> dict[tuple[str, int], dict[str, Any]]:
        """The claim's quotes as ``provenance check`` records them (read, not anchored here)."""
        from .check import verification

        out: dict[tuple[str, int], dict[str, Any]] = {}
        if cid not in self.claim_by_id:
            return out
        for key, r in verification(self.dossier, claims=[cid]).items():
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
        matches = self.search(query, limit=max(limit, 5))
        chains: list[dict[str, Any]] = []
        done: set[str] = set()
        for m in matches:
            for cid in self.claims_for(m):
                if cid in done or len(chains) >= limit:
                    continue
                done.add(cid)
                ch = chain(self.ix, cid, depth=depth, anchors=self.anchors(cid))
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
        lines.append(f"  {m['score']:5.1f}  {m['kind']:<6} {m['id']}: {_short(m['text'], 70)}")
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
                lines.append(f"  {cont}  “{_short(item['quote'], 110)}” "
                             f"{_anchor(item.get('anchor'))}")
            elif kind == "basis":
                lines.append(f"  {head}based on {_work_line(item)}")
                _cites(lines, item, "  " + cont)
            elif kind == "support":
                lines.append(f"  {head}supported by {item['kind']} {item['id']}: "
                             f"{_short(item['text'] or '', 60)}")
            elif kind == "contra":
                verb = "contradicted by" if item["direction"] == "from" else "contradicts"
                lines.append(f"  {head}{verb} {item['kind']} {item['id']}: "
                             f"{_short(item['text'] or '', 60)}")
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


def _short(text: str, n: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"
