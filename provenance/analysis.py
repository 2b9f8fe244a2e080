"""What the graph says is contested, and why.

A question is *contested* when its claims take two or more positions, when
claims about it carry ``contradicts`` relations, or when their numeric
estimates for the same quantity do not overlap. Each verdict carries the
evidence that produced it, so a reader can argue with it.

Its **score** runs from 0 (consensus) towards 1 (a many-sided, evenly weighted
debate full of clashes) and ranks questions: more positions, more evenly
weighted, and more clashes between them score higher, and a two-claim
disagreement stays well below the main debate of a dossier. It is
``1 - exp(-x)`` with

    x = 0.6 × (E - 1) + 0.35 × ln(1 + C) + 0.35 × ln(1 + N)

* ``E``, the effective number of positions: ``1 / Σ s²`` over the positions'
  shares ``s`` of the weight (two even positions give 2, one position 1; five
  positions of 53%, 22%, 18%, 7% give 2.7). A position's weight joins its
  independent lines of evidence (claims resting on the same work, or stated by
  the same person without a source, are one line) as ``1 - Π(1 - w)``.
* ``C``, the explicit contradictions, each counted by its evenness
  ``2·min(wa, wb)/(wa + wb)`` (1 when both sides weigh the same, towards 0 when
  a lone opinion contradicts a stack of studies), where ``wa``, ``wb`` are the
  weights of the two positions when the relation crosses two, else of the two
  claims.
* ``N``, the pairs of estimates that disagree, counted the same way.

Every score comes with a sentence a reader can check ("5 positions, the
largest holds 53%; 6 contradictions; 11 numeric disagreements") and the
formula with its numbers filled in.

docs/analysis.md documents the weights and the formula with a worked example.

Functions take the graph first and return plain data (dicts and lists ready
for JSON); they never mutate the graph.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterator, Mapping
from itertools import combinations
from typing import TYPE_CHECKING, Any

from . import numbers
from .text import NO_POSITION, plain_numbers, position_label, shorten

if TYPE_CHECKING:
    import networkx as nx



def claims_of_question(g: nx.MultiDiGraph, qid: str) -> list[str]:
    """Claims that address question ``qid``, in dossier order."""
    return [u for u, _, d in g.in_edges(qid, data=True) if d.get("kind") == "addresses"]


def claim_people(g: nx.MultiDiGraph, cid: str) -> list[str]:
    """People who state the claim in some appearance."""
    out: list[str] = []
    for u, _, d in g.in_edges(cid, data=True):
        if d.get("kind") == "states" and u not in out:
            out.append(u)
    return out


def claim_works(g: nx.MultiDiGraph, cid: str) -> list[str]:
    """Works the claim appears in or is based on."""
    out: list[str] = []
    for _, v, d in g.out_edges(cid, data=True):
        if d.get("kind") in ("appears_in", "based_on") and v not in out:
            out.append(v)
    return out


def estimate_conflicts(g: nx.MultiDiGraph, claims: list[str]) -> list[dict[str, Any]]:
    """Pairs of claims whose estimates of the same quantity and unit do not overlap."""
    found = []
    for a, b in combinations(claims, 2):
        ea, eb = g.nodes[a].get("estimate"), g.nodes[b].get("estimate")
        if not ea or not eb:
            continue
        qa = ea.get("quantity") or g.nodes[a].get("question")
        qb = eb.get("quantity") or g.nodes[b].get("question")
        if qa != qb or (ea.get("unit") or "") != (eb.get("unit") or ""):
            continue
        ia, ib = _interval(ea), _interval(eb)
        if ia is None or ib is None:
            continue
        if ia[1] < ib[0] or ib[1] < ia[0]:
            found.append({"claims": [a, b], "quantity": qa, "unit": ea.get("unit"),
                          "intervals": [list(ia), list(ib)]})
    return found


def _interval(est: dict[str, Any]) -> tuple[float, float] | None:
    lo = est.get("low", est.get("value"))
    hi = est.get("high", est.get("value"))
    if lo is None or hi is None:
        return None
    return (min(lo, hi), max(lo, hi))


def contradictions(g: nx.MultiDiGraph, claims: list[str]) -> list[dict[str, Any]]:
    """``contradicts`` edges that touch any of ``claims`` (from a claim or a work)."""
    wanted = set(claims)
    out = []
    seen = set()
    for c in claims:
        for u, v, d in list(g.in_edges(c, data=True)) + list(g.out_edges(c, data=True)):
            if d.get("kind") != "contradicts" or (u, v) in seen:
                continue
            if u in wanted or v in wanted:
                seen.add((u, v))
                out.append({"source": u, "target": v, "source_kind": g.nodes[u].get("kind"),
                            "work": d.get("work")})
    return out


#: Population descriptions this similar (rapidfuzz token_set_ratio) count as the same.
SAME_POPULATION = 60.0
#: Disagreeing pairs listed per quantity (all are counted).
MAX_PAIRS_PER_QUANTITY = 20


def evenness(wa: float, wb: float) -> float:
    """1 when two sides weigh the same, towards 0 as one dwarfs the other."""
    total = wa + wb
    return 0.0 if total <= 0 else 2.0 * min(wa, wb) / total


def _json_interval(iv: tuple[float, float]) -> list[float | None]:
    return [x if math.isfinite(x) else None for x in iv]


def _same_population(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio(a.lower(), b.lower()) >= SAME_POPULATION


def numeric_conflicts(g: nx.MultiDiGraph | None, ix: Any = None) -> dict[str, Any]:
    """Estimates that disagree, across the whole dossier.

    Estimates are grouped by quantity (the estimate's ``quantity``, else its
    claim's question) and normalised with :mod:`provenance.numbers`. Two of
    one quantity conflict when their intervals do not overlap (``disjoint``)
    or when the same number counts different things (``unit-mismatch``). Also returned:
    estimates whose value disagrees with their own figure as written.

    Each group is sorted once, so the work is O(n log n) plus the pairs
    listed (at most :data:`MAX_PAIRS_PER_QUANTITY` per quantity; ``total``
    counts them all).
    """
    ix = _index(g, ix)
    groups: dict[str, list[tuple[str, dict[str, Any], numbers.Amount]]] = {}
    as_written = []
    for cid, d in ix.nodes.items():
        est = d.get("estimate")
        if d.get("kind") != "claim" or not est:
            continue
        if d.get("superseded_by"):
            continue  # (a figure its own source has replaced is in dispute with nothing now:
            # not with its revision, nor with the others, whose clash is its revision's)
        amount = numbers.from_estimate(est)
        if amount is None:
            continue
        key = est.get("quantity") or d.get("question") or f"claim:{cid}"
        groups.setdefault(key, []).append((cid, est, amount))
        miss = numbers.as_written_mismatch(est)
        if miss:
            as_written.append({"claim": cid, "text": d.get("text"), **miss,
                               "detail": f"written as {miss['written']!r} "
                                         f"({miss['written_value']:g}{miss['unit']}) but the "
                                         f"value is {miss['value']:g}{miss['unit']}"})
    pairs: list[dict[str, Any]] = []
    totals: dict[str, int] = {}
    for quantity, items in groups.items():
        if len(items) < 2:
            continue
        listed: list[tuple[int, int, dict[str, Any]]] = []
        total = 0
        # Described only when listed (20 per quantity at most): describing all 55,000
        # estimates at 100,000 claims was a tenth of this function's time.
        descs: dict[int, str] = {}

        def desc(i: int, items: list[tuple[str, dict[str, Any], numbers.Amount]] = items,
                 descs: dict[int, str] = descs) -> str:
            d = descs.get(i)
            if d is None:
                d = descs[i] = items[i][2].describe()
            return d

        by_unit: dict[tuple[str, str], list[int]] = {}
        for i, (_, _, am) in enumerate(items):
            by_unit.setdefault((am.dimension, am.unit), []).append(i)
        units = list(by_unit.values())
        # Different units for one quantity: only the same number in both is a finding
        # (numbers.compare), so match values across units through a dict, not all pairs.
        if len(units) > 1:
            by_value: dict[float, list[int]] = {}
            for i, (_, _, am) in enumerate(items):
                if am.value is not None:
                    by_value.setdefault(round(am.value, 9), []).append(i)
            for same in by_value.values():
                per_unit: dict[tuple[str, str], list[int]] = {}
                for i in same:
                    per_unit.setdefault((items[i][2].dimension, items[i][2].unit), []).append(i)
                for ua, ub in combinations(per_unit.values(), 2):
                    diff = numbers.compare(items[ua[0]][2], items[ub[0]][2])
                    if diff:
                        total += len(ua) * len(ub)
                        if len(listed) < MAX_PAIRS_PER_QUANTITY:
                            listed.append((ua[0], ub[0], diff))
        for members in units:
            ivs = sorted(((items[i][2].interval(), i) for i in members), key=lambda t: t[0][0])
            lows = [iv[0] for iv, _ in ivs]
            for iv, i in ivs:
                k = bisect.bisect_right(lows, iv[1])
                total += len(ivs) - k
                while k < len(ivs) and len(listed) < MAX_PAIRS_PER_QUANTITY:
                    j = ivs[k][1]
                    k += 1
                    diff = numbers.compare(items[i][2], items[j][2], desc(i), desc(j))
                    if diff:
                        listed.append((i, j, diff))
        totals[quantity] = total
        for i, j, diff in listed:
            (ca, ea, aa), (cb, eb, ab) = items[i], items[j]
            wa, wb = ix.claims[ca]["weight"], ix.claims[cb]["weight"]
            shared = sorted(set(ix.stated_in.get(ca, [])) & set(ix.stated_in.get(cb, [])))
            pairs.append({
                "claims": [ca, cb], "quantity": quantity, "unit": ea.get("unit"),
                "intervals": [_json_interval(aa.interval()), _json_interval(ab.interval())],
                "kind": diff["kind"], "detail": diff["detail"],
                "as_written": [ea.get("text"), eb.get("text")],
                "normalised": [desc(i), desc(j)],
                "populations": [ea.get("population"), eb.get("population")],
                "same_population": _same_population(ea.get("population"), eb.get("population")),
                "same_work": shared,
                "weights": [wa, wb], "evenness": round(evenness(wa, wb), 3),
                **({k: diff[k] for k in ("difference", "ratio") if k in diff}),
            })
    return {"pairs": pairs, "totals": {k: v for k, v in totals.items() if v},
            "as_written": as_written}


def _line_key(ix: Any, cid: str) -> str:
    """Claims in one line of evidence share a source (or a speaker with no source)."""
    basis = ix.claims[cid]["basis"]
    if basis:
        return f"work:{basis}"
    apps = ix.appearances.get(cid, [])
    if apps and apps[0]["by"]:
        return f"person:{apps[0]['by']}"
    if apps:
        return f"work:{apps[0]['work']}"
    return f"claim:{cid}"


def _index(g: nx.MultiDiGraph | None, index: Any) -> Any:
    """The :class:`~provenance.chains.Index` given, else the graph's."""
    if index is not None:
        return index
    if g is None:
        raise TypeError("give the graph, or its index (chains.Index.of_dossier)")
    from .chains import Index

    return Index(g)


def contested(g: nx.MultiDiGraph | None, *, index: Any = None,
              conflicts: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Every question with its weighted positions, a 0-1 contestedness score and why.

    Linear in the size of the graph: every edge is read once to build the
    indexes, then each question looks only at its own claims. Everything is
    read from the index, so ``g`` may be None when ``index`` is given (built
    from the records, with no graph: :meth:`provenance.chains.Index.of_dossier`).
    """
    return list(iter_contested(g, index=index, conflicts=conflicts))


def iter_contested(g: nx.MultiDiGraph | None, *, index: Any = None,
                   conflicts: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
    """:func:`contested`, one question at a time, in the same order.

    For a caller that writes each question out and lets it go (`contested
    --json`): at 100,000 claims the 2,000 questions held 67 MB of JSON's worth
    of dicts and lists at once.
    """
    ix = _index(g, index)
    if conflicts is None:
        conflicts = numeric_conflicts(g, ix)
    q_claims = ix.question_claims
    people = ix.people
    question_of = ix.question_of
    contra_by_q: dict[str, list[dict[str, Any]]] = {}
    empty: list[str] = []
    stated_in, based_on, weighed = ix.stated_in, ix.based_on, ix.claims
    seen_contra: set[tuple[str, str]] = set()
    nodes = ix.nodes
    for u, v, work in ix.contradict_edges:
        if (u, v) in seen_contra or nodes[u].get("superseded_by") or \
                nodes[v].get("superseded_by"):
            continue  # (a claim its own source has replaced clashes with nothing now)
        seen_contra.add((u, v))
        qs = {question_of[x] for x in (u, v) if x in question_of}
        wu = (ix.claims[u]["weight"] if u in ix.claims else ix.works.get(u, {}).get("weight", 0))
        wv = ix.claims[v]["weight"] if v in ix.claims else 0.0
        for q in qs:
            contra_by_q.setdefault(q, []).append({
                "source": u, "target": v, "source_kind": nodes[u].get("kind"),
                "work": work, "weights": [wu, wv],
                "evenness": round(evenness(wu, wv), 3)})
    num_by_q: dict[str, list[dict[str, Any]]] = {}
    for pair in conflicts["pairs"]:
        qa, qb = (question_of.get(c) for c in pair["claims"])
        if qa is not None and qa == qb:
            num_by_q.setdefault(qa, []).append(pair)

    for qid, qdata in nodes.items():
        if qdata.get("kind") != "question":
            continue
        claims = q_claims.get(qid, [])
        groups: dict[str, list[str]] = {}
        for c in claims:
            groups.setdefault(nodes[c].get("position") or NO_POSITION, []).append(c)
        positions: list[dict[str, Any]] = []
        pos_weight: dict[str, float] = {}
        superseded: set[str] = set()
        for label, members in groups.items():
            # who states them and the works they appear in or rest on, each once, in order
            ppl: dict[str, None] = {}
            wks: dict[str, None] = {}
            lines: dict[str, float] = {}
            for c in members:
                for p in people.get(c, empty):
                    ppl[p] = None
                for w in stated_in.get(c, empty):
                    wks[w] = None
                for w in based_on.get(c, empty):
                    wks[w] = None
                if nodes[c].get("superseded_by"):
                    continue  # (a figure its own source has since revised is shown, not
                    # weighed: the source holds the position it revised it to, and a
                    # revision is no second side)
                key = _line_key(ix, c)
                lines[key] = max(lines.get(key, 0.0), weighed[c]["weight"])
            weight = 1.0 - math.prod(1.0 - w for w in lines.values())
            revised = all(nodes[c].get("superseded_by") for c in members)
            if revised:
                superseded.add(label)
            pos_weight[label] = weight
            positions.append({
                "position": label,
                "claims": [{"id": c, "text": nodes[c].get("text"),
                            "weight": ix.claims[c]["weight"]} for c in members],
                "people": [{"id": p, "name": nodes[p].get("name")} for p in ppl],
                "works": [{"id": w, "title": nodes[w].get("title")} for w in wks],
                "weight": round(weight, 3),
                "lines": len(lines),
                **({"superseded": True} if revised else {}),
            })
        labelled = [p for p in groups if p != NO_POSITION and p not in superseded]
        total = sum(pos_weight[p] for p in labelled)
        for p in positions:
            p["share"] = (round(pos_weight[p["position"]] / total, 3)
                          if total > 0 and p["position"] != NO_POSITION and
                          p["position"] not in superseded else None)
        positions.sort(key=lambda p: (p["position"] == NO_POSITION, -p["weight"]))
        lead_share = max((pos_weight[p] / total for p in labelled), default=1.0) if total else 1.0
        balance = min(1.0, 2.0 * (1.0 - lead_share)) if len(labelled) >= 2 else 0.0
        contra = [_side_weights(nodes, c, [c["source"], c["target"]], pos_weight,
                                all(question_of.get(e) == qid for e in (c["source"], c["target"])))
                  for c in contra_by_q.get(qid, [])]
        nums = [_side_weights(nodes, n, n["claims"], pos_weight, True)
                for n in num_by_q.get(qid, [])]
        shares = [pos_weight[p] / total for p in labelled] if total > 0 else []
        effective = 1.0 / sum(x * x for x in shares) if len(shares) >= 2 else 1.0
        c_sum = sum(c["evenness"] for c in contra)
        n_sum = sum(n["evenness"] for n in nums)
        terms = (POSITION_RATE * (effective - 1.0), CLASH_RATE * math.log1p(c_sum),
                 CLASH_RATE * math.log1p(n_sum))
        # rounded once: the formula's "= 0.97" and the score the commands print are one number
        score = round(1.0 - math.exp(-sum(terms)), 3)
        reasons = []
        if len(labelled) >= 2:
            reasons.append(f"{len(labelled)} positions: "
                           f"{', '.join(position_label(p) for p in labelled)}")
        if contra:
            reasons.append(_plural(len(contra), "contradiction"))
        if nums:
            reasons.append(f"{_plural(len(nums), 'pair')} of figures that do not agree")
        formula = (f"1 − e^−(0.6 × ({effective:.2f} − 1) + 0.35 × ln(1 + {c_sum:.2f}) + "
                   f"0.35 × ln(1 + {n_sum:.2f})) = {score:.2f}")
        # ("all 2 claims take one position": the claims that stand, not a figure since revised)
        standing = sum(1 for c in claims if not nodes[c].get("superseded_by"))
        summary = plain_summary(standing, labelled, pos_weight, total, contra, nums)
        explanation = _explain(nodes, labelled, pos_weight, total, effective, contra, c_sum, nums,
                               n_sum, formula)
        yield {
            "id": qid,
            "text": qdata.get("text"),
            "contested": bool(reasons),
            "reasons": reasons,
            "claims": len(claims),
            "positions": positions,
            "contradictions": contra,
            "estimate_conflicts": nums,
            "score": score,
            "weight": round(1.0 - math.prod(1.0 - pos_weight[p] for p in pos_weight), 3),
            "summary": summary,
            "breakdown": {"effective_positions": round(effective, 3),
                          "balance": round(balance, 3),
                          "positions": round(terms[0], 3), "contradictions": round(terms[1], 3),
                          "numbers": round(terms[2], 3), "formula": formula},
            "explanation": explanation,
        }


def _side_weights(nodes: Mapping[str, dict[str, Any]], item: dict[str, Any], ends: list[str],
                  pos_weight: dict[str, float], same_question: bool) -> dict[str, Any]:
    """Weigh a disagreement by the positions it sets against each other, if it crosses two.

    Two opinions contradicting each other are evenly matched on their own,
    but not if one of them shares its position with a stack of studies.
    """
    pa, pb = (nodes[e].get("position") for e in ends)
    if same_question and pa and pb and pa != pb and pa in pos_weight and pb in pos_weight:
        wa, wb = pos_weight[pa], pos_weight[pb]
        return {**item, "sides": "positions", "side_weights": [round(wa, 3), round(wb, 3)],
                "evenness": round(evenness(wa, wb), 3)}
    return {**item, "sides": "claims", "side_weights": item["weights"]}


#: How fast the score grows with each effective position beyond the first, and with
#: (the logarithm of) the clashes; see the module's docstring and docs/analysis.md.
POSITION_RATE = 0.6
CLASH_RATE = 0.35


def _plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (words or word + 's')}"


def plain_summary(n_claims: int, labelled: list[str], pos_weight: dict[str, float],
                  total: float, contra: list[dict[str, Any]], nums: list[dict[str, Any]]
                  ) -> str:
    """The contestedness in one sentence a reader can check, no formula, no ids.

    "5 positions, the largest holds 53%; 6 contradictions; 11 numeric disagreements".
    """
    if len(labelled) >= 2 and total > 0:
        lead = max(labelled, key=lambda p: pos_weight[p])
        parts = [f"{len(labelled)} positions, the largest holds "
                 f"{percent(pos_weight[lead] / total)} of the weight"]
    elif labelled:
        parts = [f"all {_plural(n_claims, 'claim')} take one position"
                 if n_claims > 1 else "one claim, one position"]
    else:
        parts = ["no claim takes a position" if n_claims else "no claims yet"]
    if contra:
        parts.append(_plural(len(contra), "contradiction"))
    if nums:
        parts.append(_plural(len(nums), "numeric disagreement"))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def percent(share: float) -> str:
    """A share as a reader writes it: 53%, 13.5%, 0.4%, <0.1%."""
    pct = 100 * share
    if pct == 0:
        return "0%"
    if pct < 0.1:
        return "<0.1%"
    if pct < 10 and abs(pct - round(pct)) >= 0.05:
        return f"{pct:.1f}%"
    return f"{round(pct)}%"


def _claim_text(nodes: Mapping[str, dict[str, Any]], cid: str, n: int = 48) -> str:
    return "“" + shorten(str(nodes[cid].get("text") or nodes[cid].get("title") or cid), n) + "”"


def _explain(nodes: Mapping[str, dict[str, Any]], labelled: list[str], pos_weight: dict[str, float],
             total: float, effective: float, contra: list[dict[str, Any]], c_sum: float,
             nums: list[dict[str, Any]], n_sum: float, formula: str) -> list[str]:
    """How the score is computed, step by step, in words (for "how is this computed?")."""
    out = []
    if len(labelled) >= 2:
        ranked = sorted(labelled, key=lambda p: -pos_weight[p])
        shares = ", ".join(f"{position_label(p)} {percent(pos_weight[p] / total)}"
                           for p in ranked[:5])
        more = f" and {len(ranked) - 5} more" if len(ranked) > 5 else ""
        out.append(f"Positions by weight of evidence: {shares}{more}. As evenly weighted as "
                   f"{effective:.1f} equal positions would be.")
    elif labelled:
        out.append(f"Every claim takes one position ({position_label(labelled[0])}): "
                   "no split.")
    else:
        out.append("No claim takes a position: no split.")
    if contra:
        top = max(contra, key=lambda c: c["evenness"])
        out.append(f"{_plural(len(contra), 'contradiction')}, counted by how evenly "
                   f"matched the two sides are ({c_sum:.1f} in all); the most even: "
                   f"{_claim_text(nodes, top['source'])} against "
                   f"{_claim_text(nodes, top['target'])}.")
    if nums:
        top = max(nums, key=lambda n: n["evenness"])
        out.append(f"{_plural(len(nums), 'pair')} of figures that do not agree, counted the "
                   f"same way ({n_sum:.1f} in all); the most even: "
                   f"{plain_numbers(str(top['detail']))}.")
    out.append(f"Score {formula}.")
    return out


#: What a flag from chains.distortions says, in a reader's words.
FLAG_WORDS = {"number-changed": "the number changed on the way",
              "unit-changed": "the unit changed on the way",
              "hedging-dropped": "a hedge was dropped on the way",
              "frequency-changed": "how often changed on the way"}


#: Relations drawn as part of a claim's chain on the page.
CHAIN_EDGE_KINDS = ("states", "appears_in", "based_on", "cites", "supports", "authored")


def chain_nodes(ix: Any, cid: str, depth: int = 3) -> list[str]:
    """The claim, who states it, where, the works it rests on and what they cite.

    Each node once, in the order first reached (a dict keeps it: one lookup per node
    reached, where a set, a list and a call each were 0.2 s at 20,000 claims)."""
    have: dict[str, None] = {cid: None}
    for a in ix.appearances.get(cid, ()):
        if a["by"]:
            have.setdefault(a["by"])
        have.setdefault(a["work"])
    frontier: list[str] = []
    for w in ix.based_on.get(cid, ()):
        if w not in have:
            have[w] = None
            frontier.append(w)
    for u, k in ix.supports.get(cid, ()):
        if k == "work" and u not in have:
            have[u] = None
            frontier.append(u)
    cites = ix.cites.get
    for _ in range(depth):
        if not frontier:
            break
        nxt: list[str] = []
        for w in frontier:
            for c in cites(w, ()):
                if c not in have:
                    have[c] = None
                    nxt.append(c)
        frontier = nxt
    return list(have)


def page_analysis(g: nx.MultiDiGraph, *, index: Any = None, depth: int = 3,
                  questions: list[dict[str, Any]] | None = None,
                  conflicts: dict[str, Any] | None = None) -> dict[str, Any]:
    """What the page needs from the analysis, as plain JSON-ready data.

    ``weights`` (claims and works) sizes the nodes; ``chains`` lists, per
    claim, the nodes of its chain (who states it, where, what it rests on and
    what that cites, ``depth`` levels) so a click can light them up;
    ``scores`` orders the contested questions; ``reasons`` and ``flags``
    explain a claim's weight and what is wrong with its chain.
    """
    from .chains import Index, circular_support, distortions

    ix = index if index is not None else Index(g)
    if conflicts is None:
        conflicts = numeric_conflicts(g, ix)
    if questions is None or any("score" not in q for q in questions):
        questions = contested(g, index=ix, conflicts=conflicts)
    chains = {cid: chain_nodes(ix, cid, depth) for cid in ix.claims}
    flags: dict[str, list[str]] = {}
    for cid, w in ix.claims.items():
        if not w["reaches_primary"]:
            flags.setdefault(cid, []).append("its chain never reaches a primary study")
    # In words a reader uses: claims by their text, figures as written in print.
    for p in conflicts["pairs"]:
        a, b = p["claims"]
        detail = plain_numbers(str(p["detail"]))
        flags.setdefault(a, []).append(
            f"its figure disagrees with {_claim_text(ix.nodes, b)}: {detail}")
        flags.setdefault(b, []).append(
            f"its figure disagrees with {_claim_text(ix.nodes, a)}: {detail}")
    for m in conflicts["as_written"]:
        flags.setdefault(m["claim"], []).append(plain_numbers(str(m["detail"])))
    for d in distortions(ix):
        kind = FLAG_WORDS.get(d["kind"], str(d["kind"]).replace("-", " "))
        flags.setdefault(d["report"], []).append(f"{kind}: {plain_numbers(str(d['detail']))}")
    for c in circular_support(ix):
        for m in c["members"]:
            if m in ix.claims:
                flags.setdefault(m, []).append(f"circular support: {c['detail']}")
    return {
        "weights": {**{w: r["weight"] for w, r in ix.works.items()},
                    **{c: r["weight"] for c, r in ix.claims.items()}},
        "reasons": {c: r["reasons"] for c, r in ix.claims.items()},
        "work_reasons": {w: r["reasons"] for w, r in ix.works.items()},
        "primary": [w for w, r in ix.works.items() if r["primary"]],
        "chains": chains,
        "chain_edge_kinds": list(CHAIN_EDGE_KINDS),
        "scores": {q["id"]: q["score"] for q in questions},
        "questions": {q["id"]: {"score": q["score"], "explanation": q["explanation"],
                                "summary": q.get("summary"),
                                "breakdown": q["breakdown"]} for q in questions},
        "flags": flags,
    }
