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

from typing import TYPE_CHECKING, Any

from .chains import Index, chain
from .model import Dossier

if TYPE_CHECKING:
    import networkx as nx

#: Matches scoring below this (0-100) are not shown.
MIN_SCORE = 60.0
#: How many claims reached from a person or work get a chain.
CLAIMS_PER_MATCH = 5


class Tracer:
    """Search and chain indexes over one dossier, built once."""

    def __init__(self, dossier: Dossier, g: nx.MultiDiGraph | None = None,
                 index: Index | None = None):
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
        self.ids = set(self.g.nodes)
        self.claim_by_id = {c.id: c for c in dossier.claims}
        self._text_index: dict[str, Any] = {}
        self.flags = claim_flags(self.g, self.ix)

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
        hits = process.extract(q, self.choices, scorer=fuzz.WRatio, processor=None,
                               limit=limit * 8, score_cutoff=MIN_SCORE)
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
        """Locate the claim's quotes in their works' source texts."""
        from .anchor import TextIndex, anchor_quote

        out: dict[tuple[str, int], dict[str, Any]] = {}
        claim = self.claim_by_id.get(cid)
        if claim is None:
            return out
        for i, a in enumerate(claim.appearances):
            text = self.dossier.texts.get(a.in_)
            if text is None:
                out[(cid, i)] = {"status": "no-source"}
                continue
            if a.in_ not in self._text_index:
                self._text_index[a.in_] = TextIndex(text)
            an = anchor_quote(a.quote, text, index=self._text_index[a.in_])
            out[(cid, i)] = {"status": an.status, "score": round(an.score, 1),
                             "line": an.line, "column": an.column}
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


def claim_flags(g: nx.MultiDiGraph, ix: Index) -> dict[str, list[dict[str, Any]]]:
    """Numeric conflicts, distortions and circles, filed under each claim they involve."""
    from .analysis import numeric_conflicts
    from .chains import circular_support, distortions

    out: dict[str, list[dict[str, Any]]] = {}
    nc = numeric_conflicts(g, ix)
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
        where = f" (question {c['question']}, position {c['position']})" if c["question"] else ""
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
