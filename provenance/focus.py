"""Focus views: the part of a big dossier around one claim, person, work or question.

A 100,000-node dossier cannot be read as one picture; a reader wants "this
question and everything around it" or "what this person said, where, on what
evidence". These functions pick that neighbourhood from the graph and cut the
dossier down to it, so the rest of the pipeline (anchoring, analysis, the page)
runs unchanged on a few hundred records instead of the whole.

Selection functions take the graph first and return node ids; they never
mutate it. :func:`focus_dossier` returns a new, smaller :class:`Dossier`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

# Raised here, defined with every other exception in provenance.errors.
from .errors import FocusError as FocusError
from .model import Dossier

if TYPE_CHECKING:
    import networkx as nx

#: A neighbourhood stops growing past this many nodes (hubs make depth 2 explode).
MAX_NODES = 3000


def _check(g: nx.MultiDiGraph, node_id: str, kind: str | None = None) -> None:
    if node_id in g and (kind is None or g.nodes[node_id].get("kind") == kind):
        return
    if node_id in g:
        raise FocusError(f"'{node_id}' is a {g.nodes[node_id].get('kind')}, not a {kind}")
    from rapidfuzz import fuzz, process

    pool = [n for n, d in g.nodes(data=True) if kind is None or d.get("kind") == kind]
    hit = process.extractOne(node_id, pool, scorer=fuzz.ratio, score_cutoff=60)
    what = kind or "claim, person, work or question"
    hint = f"; did you mean '{hit[0]}'?" if hit else ""
    raise FocusError(f"no {what} with id '{node_id}'{hint}")


def neighbourhood(g: nx.MultiDiGraph, center: str, depth: int = 1, *,
                  max_nodes: int = MAX_NODES) -> list[str]:
    """``center`` and every node within ``depth`` links of it, in either direction.

    Breadth first, so when ``max_nodes`` cuts the last ring short, what is kept
    is nearest the centre.
    """
    _check(g, center)
    seen = {center: None}
    ring = [center]
    for _ in range(max(0, depth)):
        nxt: list[str] = []
        for n in ring:
            for m in _neighbours(g, n):
                if m not in seen:
                    seen[m] = None
                    nxt.append(m)
                    if len(seen) >= max_nodes:
                        return list(seen)
        ring = nxt
        if not ring:
            break
    return list(seen)


def _neighbours(g: nx.MultiDiGraph, n: str) -> Iterable[str]:
    yield from g.successors(n)
    yield from g.predecessors(n)


def question_view(g: nx.MultiDiGraph, qid: str, *, max_nodes: int = MAX_NODES) -> list[str]:
    """A question, every claim that addresses it, and who states them, where and on what.

    Also the claims they support or contradict that address no question, so a
    debate's side arguments stay in view.
    """
    _check(g, qid, "question")
    keep: dict[str, None] = {qid: None}
    claims = [u for u, _, k in g.in_edges(qid, data="kind") if k == "addresses"]
    for c in claims:
        keep[c] = None
    for c in claims:
        for _, v, k in g.out_edges(c, data="kind"):
            if k in ("appears_in", "based_on") or (
                    k in ("supports", "contradicts") and g.nodes[v].get("kind") == "claim"):
                keep.setdefault(v, None)
        for u, _, k in g.in_edges(c, data="kind"):
            if k in ("states", "supports", "contradicts"):
                keep.setdefault(u, None)
        if len(keep) >= max_nodes:
            break
    return list(keep)[:max_nodes]


def person_view(g: nx.MultiDiGraph, pid: str, *, max_nodes: int = MAX_NODES) -> list[str]:
    """A person, what they state and author, where, on what evidence, and on which questions."""
    _check(g, pid, "person")
    keep: dict[str, None] = {pid: None}
    for _, v, k in g.out_edges(pid, data="kind"):
        keep.setdefault(v, None)
        if k == "states":
            for _, w, k2 in g.out_edges(v, data="kind"):
                if k2 in ("appears_in", "based_on", "addresses"):
                    keep.setdefault(w, None)
        if len(keep) >= max_nodes:
            break
    return list(keep)[:max_nodes]


def focus_dossier(d: Dossier, nodes: Iterable[str]) -> Dossier:
    """The dossier cut down to ``nodes``, closed so that it stays valid.

    Every kept claim keeps all its appearances, so the works it is quoted in
    and the people quoted are kept too (a quote without its source would be
    unverifiable). Other references (based_on, supports, cites, authors...)
    are kept only when both ends are in view.
    """
    keep = set(nodes)
    for c in d.claims:
        if c.id in keep:
            for a in c.appearances:
                keep.add(a.in_)
                if a.by:
                    keep.add(a.by)
    claims = [replace(c, based_on=[w for w in c.based_on if w in keep],
                      supports=[x for x in c.supports if x in keep],
                      contradicts=[x for x in c.contradicts if x in keep],
                      question=c.question if c.question in keep else None,
                      position=c.position if c.question in keep else c.position)
              for c in d.claims if c.id in keep]
    works = [replace(w, authors=[a for a in w.authors if a in keep],
                     cites=[x for x in w.cites if x in keep],
                     supports=[x for x in w.supports if x in keep],
                     contradicts=[x for x in w.contradicts if x in keep])
             for w in d.works if w.id in keep]
    return replace(
        d,
        questions=[q for q in d.questions if q.id in keep],
        people=[p for p in d.people if p.id in keep],
        works=works,
        claims=claims,
        texts={k: v for k, v in d.texts.items() if k in keep},
    )


def focus(d: Dossier, g: nx.MultiDiGraph, *, center: str | None = None, depth: int = 1,
          question: str | None = None, person: str | None = None,
          max_nodes: int = MAX_NODES) -> tuple[Dossier, list[dict[str, Any]], dict[str, Any]]:
    """What a focus page needs: the cut-down dossier, its questions' verdicts, and the view.

    A question's verdict (contested or not, and why) is computed over all of
    its claims, not only those in view, so a focus on one claim does not make
    its question look settled.
    """
    from .analysis import contested
    from .graph import build_graph

    what: dict[str, Any]
    if question:
        ids, what = question_view(g, question, max_nodes=max_nodes), {"question": question}
    elif person:
        ids, what = person_view(g, person, max_nodes=max_nodes), {"person": person}
    elif center:
        ids = neighbourhood(g, center, depth, max_nodes=max_nodes)
        what = {"center": center, "depth": depth}
    else:
        raise FocusError("nothing to focus on: give a claim, person, work or question id")
    # The questions its claims answer belong to the view, whatever the depth: a claim is
    # read against its question (and the page lists them, with their verdicts).
    chosen = set(ids)
    ids = list(ids) + [c.question for c in d.claims
                       if c.id in chosen and c.question and c.question not in chosen]
    ids = list(dict.fromkeys(ids))
    sub = focus_dossier(d, ids)
    in_view = {q.id for q in sub.questions}
    wider: dict[str, None] = dict.fromkeys(ids)
    for qid in in_view:
        wider.update(dict.fromkeys(question_view(g, qid, max_nodes=max_nodes)))
    verdicts = contested(build_graph(focus_dossier(d, wider)))
    questions = [q for q in verdicts if q["id"] in in_view]
    shown = len(sub.questions) + len(sub.people) + len(sub.works) + len(sub.claims)
    view = {"kind": "focus", **what, "shown": shown, "total": g.number_of_nodes(),
            "truncated": len(ids) >= max_nodes}
    return sub, questions, view
