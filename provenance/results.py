"""What the library's questions return, as types: ``contested()``, ``trace()``, ``check()``.

The analyses build plain dicts (they go straight into JSON, the page and the
report); these TypedDicts name every key of them, so an editor completes
``q["positions"][0]["share"]`` and ``mypy`` catches a misspelt key, while the
objects stay the dicts ``provenance contested --json`` and ``trace --json``
print, byte for byte. ``tests/test_api_results.py`` walks real results
against these types, so a key added or dropped in the analysis fails there.

``check()`` returns :class:`provenance.check.CheckReport`, a dataclass of one
:class:`provenance.check.AppearanceResult` per quote (re-exported by the
package).

Nothing is imported here: the module costs nothing at start-up. (No ``from
__future__ import annotations``: Python 3.11 sees ``NotRequired`` only in
evaluated annotations.)
"""

from typing import Literal, NotRequired, TypedDict

# -- contested -------------------------------------------------------------------


class ClaimRef(TypedDict):
    """A claim in a position: its id, text and evidence weight (0-1)."""

    id: str
    text: str | None
    weight: float


class PersonRef(TypedDict):
    id: str
    name: str | None


class WorkRef(TypedDict):
    id: str
    title: str | None


class Position(TypedDict):
    """One side of a question: its claims, who holds it, on which works, how much it weighs."""

    position: str  # the claims' ``position``, or "(no position)"
    claims: list[ClaimRef]
    people: list[PersonRef]
    works: list[WorkRef]
    weight: float  # 1 - prod(1 - weight of each independent line of evidence)
    lines: int  # independent lines of evidence
    share: float | None  # of the labelled positions' weight; None for "(no position)"


class Contradiction(TypedDict):
    """A ``contradicts`` link within a question, weighed by the sides it sets against each other."""

    source: str
    target: str
    source_kind: str | None
    work: str | None  # the work that states the contradiction, if a work does
    weights: list[float]  # of the two ends
    evenness: float  # 1 when both sides weigh the same, towards 0 when one dwarfs the other
    sides: Literal["positions", "claims"]  # what was weighed: their positions, or the claims
    side_weights: list[float]


class EstimateConflict(TypedDict):
    """Two estimates of one quantity that cannot both be right."""

    claims: list[str]  # the two claim ids
    quantity: str
    unit: str | None
    intervals: list[list[float] | None]
    kind: str  # "disjoint" or "unit-mismatch"
    detail: str
    as_written: list[str | None]
    normalised: list[str]
    populations: list[str | None]
    same_population: bool
    same_work: list[str]  # works stating both
    weights: list[float]
    evenness: float
    difference: NotRequired[float]
    ratio: NotRequired[float]
    sides: Literal["positions", "claims"]
    side_weights: list[float]


class Breakdown(TypedDict):
    """The terms of the contestedness score, and the formula with the numbers filled in."""

    effective_positions: float
    balance: float
    positions: float
    contradictions: float
    numbers: float
    formula: str


class ContestedQuestion(TypedDict):
    """One question of ``contested()``: is it contested, how much, and why."""

    id: str
    text: str | None
    contested: bool
    reasons: list[str]
    claims: int  # how many claims address it
    positions: list[Position]
    contradictions: list[Contradiction]
    estimate_conflicts: list[EstimateConflict]
    score: float  # 0-1 contestedness
    weight: float
    summary: str  # one plain sentence
    breakdown: Breakdown
    explanation: list[str]


# -- trace -----------------------------------------------------------------------


class Match(TypedDict):
    """A record the query found: what kind, which, its words, how well it matched (0-100)."""

    kind: str  # claim, quote, person, work, question
    id: str
    text: str
    score: float


class EstimateGiven(TypedDict, total=False):
    """The fields of :class:`provenance.model.Estimate` the dossier gives.

    A test keeps these keys equal to :data:`provenance.model.ESTIMATE_FIELDS`.
    """

    value: float
    unit: str
    low: float
    high: float
    population: str
    quantity: str
    text: str


class TraceAnchor(TypedDict):
    """Where ``check`` found a quote and who the text gives it to.

    Only ``status`` ("no-source") when the work has no source text.
    """

    status: str  # exact, normalized, fuzzy, missing, no-source
    attribution: NotRequired[str]  # ok, mismatch, unknown, unattributed
    said_by: NotRequired[str | None]
    verified: NotRequired[bool]
    occurrences: NotRequired[int]
    score: NotRequired[float]
    line: NotRequired[int | None]
    column: NotRequired[int | None]


class TracedWork(TypedDict):
    """A work in a chain, with why it weighs what it weighs."""

    id: str
    label: str  # "Author YEAR" or a short title
    title: str | None
    type: str | None
    design: str | None
    sample: str | None  # "834 patients"
    primary: bool
    weight: float | None
    reasons: list[str]


class WorkTree(TracedWork):
    """A work and, ``depth`` levels down, the works it cites."""

    cites: list["WorkTree"]
    cycle: NotRequired[bool]  # it cites its way back to itself: not followed again
    more: NotRequired[int]  # works it cites below the depth asked for


class TracedAppearance(TypedDict):
    work: TracedWork
    by: str | None
    by_name: str | None
    quote: str
    anchor: NotRequired[TraceAnchor]


class Related(TypedDict):
    """A claim or work that supports the traced claim."""

    id: str
    kind: str
    text: str | None


class Contradicting(Related):
    direction: str  # "to" or "from" the traced claim


class Flag(TypedDict):
    kind: str  # no-primary, numbers-disjoint, as-written, circular, ...
    detail: str


class Chain(TypedDict):
    """One traced claim: where it appears, what it rests on, what speaks for and against it."""

    id: str
    text: str | None
    question: str | None
    position: str | None
    estimate: EstimateGiven | None
    weight: float
    weight_reasons: list[str]
    reaches_primary: bool
    appearances: list[TracedAppearance]
    based_on: list[WorkTree]
    supported_by: list[Related]
    contradicted_by: list[Contradicting]
    flags: list[Flag]


class TraceResult(TypedDict):
    """``trace(query)``: what matched, and the chain of each claim it led to."""

    query: str
    matches: list[Match]
    chains: list[Chain]


__all__ = [
    "Breakdown", "Chain", "ClaimRef", "ContestedQuestion", "Contradicting", "Contradiction",
    "EstimateConflict", "EstimateGiven", "Flag", "Match", "PersonRef", "Position", "Related",
    "TraceAnchor", "TraceResult", "TracedAppearance", "TracedWork", "WorkRef", "WorkTree",
]
