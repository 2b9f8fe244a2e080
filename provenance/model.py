"""Typed records of a dossier.

The records are plain, frozen-ish dataclasses with no behaviour beyond small
conveniences, so every later stage (anchor, graph, analysis, render, export)
can rely on one vocabulary without importing the loader or YAML.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum
from pathlib import Path
from typing import Any


class NodeKind(StrEnum):
    """The four kinds of node in the claim graph."""

    PERSON = "person"
    WORK = "work"
    CLAIM = "claim"
    QUESTION = "question"


class EdgeKind(StrEnum):
    """Relations between nodes, as DESIGN.md names them.

    ``appears_in`` links a claim to the work that carries it even when no
    person is named (an article's own narration), so every appearance has an
    edge of its own to carry the quote.
    """

    SUPPORTS = "supports"  # claim->claim, work->claim
    CONTRADICTS = "contradicts"  # claim->claim, work->claim
    BASED_ON = "based_on"  # claim->work
    CITES = "cites"  # work->work
    AUTHORED = "authored"  # person->work
    STATES = "states"  # person->claim (via an appearance)
    APPEARS_IN = "appears_in"  # claim->work (via an appearance)
    ADDRESSES = "addresses"  # claim->question


STUDY_DESIGNS = (
    "systematic-review",
    "meta-analysis",
    "trial",
    "cohort",
    "case-control",
    "cross-sectional",
    "case-series",
    "anatomical",
    "case-report",
    "narrative-review",
    "editorial",
    "expert-opinion",
    "anecdote",
    "other",
)
"""Study designs, strongest evidence first (docs/format.md, "Study designs")."""

#: Designs that produce new observations (primary evidence).
PRIMARY_DESIGNS = frozenset({
    "trial", "cohort", "case-control", "cross-sectional", "case-series", "anatomical",
    "case-report",
})
#: Work types that are primary when no design is given.
PRIMARY_TYPES = frozenset({"study", "dataset"})


def is_primary_study(type: str | None, design: str | None) -> bool:
    """Whether a work reports its own observations: the one rule for "primary study".

    The design decides when there is one, because it is the more specific
    record: a ``review`` whose design is ``cohort`` made its own observations,
    a ``study`` whose design is ``narrative-review`` did not. Only without a
    design does the type decide. Evidence weight (:mod:`provenance.weight`),
    the chains' "no primary source" and the PROV export's ``hadPrimarySource``
    all ask this function.
    """
    if design:
        return design in PRIMARY_DESIGNS
    return type in PRIMARY_TYPES

#: The kinds of work a dossier may name; whether one is primary research is
#: :func:`is_primary_study`'s to say (its design first).
WORK_TYPES = (
    "study",
    "review",
    "article",
    "interview",
    "book",
    "webpage",
    "editorial",
    "report",
    "dataset",
    "other",
)


@dataclass(slots=True)
class Question:
    id: str
    text: str
    note: str | None = None


@dataclass(slots=True)
class Person:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    affiliation: str | None = None
    role: str | None = None
    orcid: str | None = None
    url: str | None = None
    note: str | None = None


@dataclass(slots=True)
class Sample:
    n: float
    unit: str | None = None
    note: str | None = None


@dataclass(slots=True)
class Work:
    id: str
    type: str
    title: str
    authors: list[str] = field(default_factory=list)
    year: int | None = None
    date: str | None = None
    venue: str | None = None
    doi: str | None = None
    pmid: str | None = None
    url: str | None = None
    design: str | None = None
    design_note: str | None = None
    sample: Sample | None = None
    source_text: str | None = None
    cites: list[str] = field(default_factory=list)
    supports: list[str] = field(default_factory=list)
    contradicts: list[str] = field(default_factory=list)
    #: Field names whose values were not confirmed against a primary record.
    unverified: list[str] = field(default_factory=list)
    #: Field name -> where the value was confirmed (URL or citation).
    verified: dict[str, str] = field(default_factory=dict)
    note: str | None = None
    #: OpenAlex work id (``W2741809807``), kept so imported references resolve.
    openalex: str | None = None


@dataclass(slots=True)
class Estimate:
    value: float | None = None
    unit: str | None = None
    low: float | None = None
    high: float | None = None
    population: str | None = None
    #: What is measured; estimates are compared only within one quantity.
    quantity: str | None = None
    #: The figure as the source writes it, e.g. "113 of 834".
    text: str | None = None

    def interval(self) -> tuple[float, float] | None:
        """The closed interval this estimate claims, or None if it has no number."""
        lo = self.low if self.low is not None else self.value
        hi = self.high if self.high is not None else self.value
        if lo is None or hi is None:
            return None
        return (min(lo, hi), max(lo, hi))

    def given(self) -> dict[str, Any]:
        """The fields the dossier gives (not None), in :data:`ESTIMATE_FIELDS` order.

        What the graph's node attribute and the page's claim panel carry, so
        both list exactly the estimate's fields, however many it grows.
        """
        return {k: v for k in ESTIMATE_FIELDS if (v := getattr(self, k)) is not None}


#: The estimate's fields, in order: the loader's key table, the graph and the page read this.
ESTIMATE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Estimate))


@dataclass(slots=True)
class Appearance:
    """Claim stated in work ``in_`` by person ``by`` with the exact ``quote``."""

    in_: str
    quote: str
    by: str | None = None
    note: str | None = None


@dataclass(slots=True)
class Review:
    """A fact-checker's verdict on a claim (exported as schema.org ClaimReview)."""

    rating: float | None = None
    best: float | None = None
    worst: float | None = None
    #: The verdict in words ("False", "Misleading"): ClaimReview's alternateName.
    alternate_name: str | None = None
    #: Who reviewed it (a person or an organisation, by name).
    author: str | None = None
    #: ISO date of the review.
    date: str | None = None


@dataclass(slots=True)
class Claim:
    id: str
    text: str
    question: str | None = None
    position: str | None = None
    estimate: Estimate | None = None
    appearances: list[Appearance] = field(default_factory=list)
    based_on: list[str] = field(default_factory=list)
    supports: list[str] = field(default_factory=list)
    contradicts: list[str] = field(default_factory=list)
    note: str | None = None
    review: Review | None = None
    #: The claim by the same source that replaces this one (its revised figure): the two
    #: are a revision, not a disagreement (W3C PROV's ``wasRevisionOf``, read backwards).
    superseded_by: str | None = None


@dataclass(slots=True)
class Dossier:
    """A loaded, validated dossier: records plus the texts quotes are checked against."""

    title: str
    root: Path
    path: Path
    slug: str
    description: str | None = None
    questions: list[Question] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    works: list[Work] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    #: work id -> full source text (UTF-8, exactly as on disk).
    texts: dict[str, str] = field(default_factory=dict)
    #: (claim id, appearance index) -> (line, column) of the quote in dossier.yaml,
    #: kept from the one load of the file (empty for a dossier built in memory).
    quote_marks: dict[tuple[str, int], tuple[int, int]] = field(default_factory=dict)

    def index(self) -> dict[str, Question | Person | Work | Claim]:
        """Every record by id (ids are unique across kinds)."""
        out: dict[str, Question | Person | Work | Claim] = {}
        for group in (self.questions, self.people, self.works, self.claims):
            for rec in group:
                out[rec.id] = rec
        return out
