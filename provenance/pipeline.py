"""The stages before the page, run once, handed on as one typed record.

load (:func:`provenance.dossier.load_dossier`) → graph → check (every quote's
verdict) → analyse (contested questions, evidence weights, chains, flags) →
page data (:mod:`provenance.render.page`). The page renderer draws what it is
handed in a :class:`PageInputs` and computes none of it, so the page, ``check``
and ``contested`` cannot disagree about a verdict or a score.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

    from .check import AppearanceResult
    from .model import Dossier

__all__ = ["PageInputs", "page_inputs"]


@dataclass(frozen=True)
class PageInputs:
    """What the page shows that the page does not compute.

    ``checks`` are :func:`provenance.check.check_dossier`'s verdicts, one per
    appearance, in dossier order; ``questions`` is :func:`provenance.analysis.contested`
    (for a focus view, of the whole dossier's graph); ``analysis`` is
    :func:`provenance.analysis.page_analysis` (weights, chains, scores, flags).
    """

    graph: nx.MultiDiGraph
    checks: tuple[AppearanceResult, ...]
    questions: list[dict[str, Any]]
    analysis: dict[str, Any]


def page_inputs(dossier: Dossier, g: nx.MultiDiGraph | None = None, *,
                questions: list[dict[str, Any]] | None = None) -> PageInputs:
    """Check and analyse ``dossier`` once, for its page.

    ``g`` is the dossier's graph (built if not given); ``questions`` may come
    from a bigger graph than ``g``, as in a focus view (``render --focus``).
    """
    from .analysis import contested, numeric_conflicts, page_analysis
    from .chains import Index
    from .check import check_dossier
    from .graph import build_graph

    if g is None:
        g = build_graph(dossier)
    index = Index(g)  # once, for the contested questions and the page's analysis block
    conflicts = numeric_conflicts(g, index)  # once, for the same two (1.7 s at 20,000 claims)
    if questions is None:
        questions = contested(g, index=index, conflicts=conflicts)
    analysis = page_analysis(g, index=index, questions=questions, conflicts=conflicts)
    checks = tuple(check_dossier(dossier, locate=False).results)
    return PageInputs(graph=g, checks=checks, questions=questions, analysis=analysis)
