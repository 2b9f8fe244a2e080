"""Which figures outside a story's main question belong in it: a learned last stage.

A stage of :func:`provenance.extract.figures.find_figure_claims`, run once its figures are
grouped into questions. Writers name one quantity many ways (an MP's "knife crimes" and
the statisticians' "offences", "students" and "learners"), and rounds of rules read from
articles did not carry to articles nobody read: a side named in other words stayed out of
the question, and the dispute was lost. Here a sourced figure of the main question's kind
of measure, outside it, that every rule keeping another quantity out lets pass
(:func:`.grouping.may_answer`: another occasion, place, state or name, set aside, far from
the answers, saying something none of them says, people beside things), is scored by a
logistic model on what a reader weighs (how like the question's nouns its noun is,
whether its value is of the question's order, whether its sentence shares the headline's
words or is framed as a figure, whether it already answers another question, the rules'
own doubts) and joins the question when the model is sure. Sums are left to the rules:
named two ways, they are mostly two things.

The weights were fitted by ``scripts/train_belongs.py`` on articles written for this
project's measure and read (the label: the figure is one of the annotated figures of the
article's disputed quantity), and checked on articles held out from the fitting; the
figures are in ``docs/extract.md`` (round 40). The model is a dot product: no library,
nothing to load.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from ..numbers import Figure
from .figures import FigureClaim, _headline_end

#: The features, in the order of :data:`WEIGHTS` (the training script reads these names).
FEATURES = (
    "noun_overlap",     # the most words its noun shares with a member's, as a share
    "noun_fuzzy",       # the best fuzzy match of its noun with a member's (0 to 1)
    "same_quantity",    # its quantity is one of the question's, as named
    "value_distance",   # the least |ln(value / member's value)|, over 5, capped at 1
    "value_in_range",   # its value within the members' values, widened by half
    "source_in",        # its source already answers the question
    "in_other",         # it answers another question
    "other_sources",    # how many sources that other question has, over 3, capped
    "headline_words",   # the share of the headline's words its sentence holds
    "headline_gain",    # ... less the members' mean share
    "framed",           # its sentence calls it a figure, an estimate, a count
    "in_headline",      # it stands in the headline
    "generic_noun",     # its noun says nothing of what it counts ("people", none)
    "crowding",         # how many such figures the article has, over 10, capped
    "done_to",          # the rules' readings (grouping.doubts): its clause says what was
    "another_time",     # done to what it counts; it speaks of another occasion; it
    "other_people",     # counts other people than the question's; its clause says what
    "says_the_same",    # the answers' clauses say
    "bias",
)

#: Fitted weights (``scripts/train_belongs.py``; regenerate them there, never by hand).
WEIGHTS = (0.135, 0.103, -0.069, -0.894, 1.384, -0.534, 0.981, 0.555,
           0.544, 0.578, 0.726, 0.409, 0.510, 0.088, -0.240, 0.028,
           0.041, 0.736, -0.840)

#: How sure the model must be before a figure joins: the lowest (of 0.6, 0.7, 0.8 and
#: 0.86) at which every grouping guard of earlier rounds holds (the false joins found in
#: reviews: "22% of people want fines" beside shares of pupils absent). On the fitting
#: articles every figure it joins is an annotated one.
THRESHOLD = 0.86

_FRAMED_RE = re.compile(r"\b(?:figure|estimate|count|tally|total|number|puts?|according)\b",
                        re.I)
_WORD_RE = re.compile(r"[A-Za-z]{4,}")
_GENERIC_NOUNS = frozenset(("", "people", "figure", "number", "total"))


def measure_class(f: Figure) -> str:
    """The kind of measure a figure is, as two sides of one question share it: a share,
    a sum in one currency, a length of time, or a count."""
    if f.unit == "%" or f.kind == "ratio":
        return "share"
    if f.kind == "money":
        return "money:" + (f.unit or "")
    if f.kind == "duration":
        return "time"
    if f.kind in ("count", "range"):
        return "count"
    return f.kind


def _value(f: Figure) -> float | None:
    if f.value is not None:
        return f.value
    if f.low is not None and f.high is not None:
        return (f.low + f.high) / 2
    return f.low if f.low is not None else f.high


def _words(s: str) -> set[str]:
    return {w.lower().rstrip("s") for w in _WORD_RE.findall(s)}


def _main_group(out: Sequence[FigureClaim]) -> list[FigureClaim]:
    """The members of the question most sources answer (the first such, in the text)."""
    groups: dict[int, list[FigureClaim]] = {}
    for fc in out:
        if fc.group is not None and fc.source is not None:
            groups.setdefault(fc.group, []).append(fc)
    if not groups:
        return []
    best = max(groups.values(), key=lambda ms: (
        len({m.source.name.casefold() for m in ms if m.source is not None}),
        -min(m.start for m in ms)))
    return best


def candidates(text: str, out: Sequence[FigureClaim]
               ) -> tuple[list[FigureClaim], list[tuple[FigureClaim, list[float]]]]:
    """The main question's members, and each sourced figure outside it of its kind of
    measure (not one its source revised) with its features (:data:`FEATURES`)."""
    from rapidfuzz import fuzz

    members = _main_group(out)
    if not members:
        return [], []
    classes = [measure_class(m.figure) for m in members]
    kind = max(sorted(set(classes)), key=classes.count)
    quantities = {m.quantity.split(" @")[0] for m in members}
    values = [v for m in members if (v := _value(m.figure))]
    sources = {m.source.name.casefold() for m in members if m.source is not None}
    head_end = _headline_end(text)
    head = _words(text[:head_end])

    def head_share(fc: FigureClaim) -> float:
        return len(head & _words(text[fc.sentence[0]:fc.sentence[1]])) / len(head) \
            if head else 0.0

    members_share = sum(head_share(m) for m in members) / len(members)
    group_ids = {m.group for m in members}
    if kind.startswith("money:"):
        return members, []  # (sums named two ways are mostly two things: a debt beside a
        # pension shortfall, a fund's reserves beside a liability, what sponsors paid
        # beside a loss; the rules join the sums that are one, by their words)
    from .grouping import doubts, may_answer  # (grouping imports figures, as this
    # module does)

    cands = [fc for fc in out if fc.source is not None and fc.group not in group_ids and
             not fc.revised and measure_class(fc.figure) == kind and
             may_answer(text, fc, members)]
    # (each question's sources, once: a long text has hundreds of figures)
    answered: dict[int, set[str]] = {}
    for o in out:
        if o.group is not None and o.source is not None:
            answered.setdefault(o.group, set()).add(o.source.name.casefold())
    rows: list[tuple[FigureClaim, list[float]]] = []
    for c in cands:
        assert c.source is not None
        v = _value(c.figure)
        distance = min((abs(math.log(v / w)) for w in values if v / w > 0), default=5.0) \
            if v else 5.0
        others = answered.get(c.group, set()) if c.group is not None else set()
        nouns = _words(c.noun)
        share = head_share(c)
        rows.append((c, [
            max(len(nouns & _words(m.noun)) / max(1, len(nouns | _words(m.noun)))
                for m in members),
            max(fuzz.token_set_ratio(c.noun, m.noun) for m in members) / 100,
            1.0 if c.quantity.split(" @")[0] in quantities else 0.0,
            min(distance, 5.0) / 5,
            1.0 if values and v and min(values) / 1.5 <= v <= max(values) * 1.5 else 0.0,
            1.0 if c.source.name.casefold() in sources else 0.0,
            1.0 if c.group is not None else 0.0,
            min(len(others), 3) / 3,
            share,
            share - members_share,
            1.0 if _FRAMED_RE.search(text, c.sentence[0], c.sentence[1]) else 0.0,
            1.0 if c.start < head_end else 0.0,
            1.0 if c.noun.strip().lower() in _GENERIC_NOUNS else 0.0,
            min(len(cands), 10) / 10,
            *(1.0 if d else 0.0 for d in doubts(text, c, members)),
            1.0,
        ]))
    return members, rows


def probability(x: Sequence[float], weights: Sequence[float] = WEIGHTS) -> float:
    """The model's belief that a figure with features ``x`` belongs in the question."""
    z = sum(w * v for w, v in zip(weights, x, strict=True))
    return 1.0 / (1.0 + math.exp(-z))


def join_main_question(text: str, out: list[FigureClaim],
                       group: Callable[[str, list[FigureClaim]], None], *,
                       threshold: float | None = None) -> bool:
    """Give the main question's quantity to each figure the model is sure belongs in it,
    and group the figures again (``group``: grouping's rule); never a second, different
    figure from a source the question already has (a revision or another measure, for
    the rules to read). When the regrouping leaves fewer figures in questions than before
    (grouping's rules part a question whose sides no longer agree in kind), nothing
    joins. Returns whether any joined."""
    threshold = THRESHOLD if threshold is None else threshold
    members, rows = candidates(text, out)
    if not rows:
        return False
    names: dict[str, int] = {}
    for m in members:
        names[m.quantity] = names.get(m.quantity, 0) + 1
    quantity = max(sorted(names), key=lambda q: names[q])
    given: dict[str, list[float | None]] = {}
    for m in members:
        if m.source is not None:
            given.setdefault(m.source.name.casefold(), []).append(_value(m.figure))
    chosen: list[FigureClaim] = []
    for fc, x in rows:
        assert fc.source is not None
        if probability(x) < threshold:
            continue
        v = _value(fc.figure)
        own = given.get(fc.source.name.casefold())
        if own is not None and not any(
                v is not None and w is not None and abs(v - w) <= 0.01 * max(abs(v), abs(w))
                for w in own):
            continue
        chosen.append(fc)
    if not chosen:
        return False
    before = [(fc, fc.quantity) for fc in out]
    grouped = sum(1 for fc in out if fc.group is not None)
    for fc in chosen:
        fc.quantity = quantity
    group(text, out)
    if sum(1 for fc in out if fc.group is not None) < grouped:
        for fc, q in before:
            fc.quantity = q
        group(text, out)
        return False
    return True
