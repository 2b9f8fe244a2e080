"""What the page shows of each claim, from the quotes' verdicts: its record and whether it
is drawn verified.

Made where the quotes are checked: `render` checks them in a second process
(:class:`provenance.pipeline.Verdicts`), which makes these records too and sends them
whole, so the first process, once its analysis and layout are done, only reads them.
Plain data (dicts, lists, text and numbers), drawn by :mod:`provenance.render.page`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from .model import Dossier
from .text import plain_numbers, position_label, shorten

__all__ = ["ClaimRecords", "anchor_appearances", "claim_records", "estimate_text", "work_labels"]


def estimate_text(est: Any) -> str:
    """A claim's figure as print writes it: ``12%``, ``900,000–1.4 million people``."""

    def num(x: float) -> str:
        return f"{x:g}" if abs(x) < 1e5 else f"{x:.0f}"

    if est.text:
        return plain_numbers(str(est.text))
    unit = est.unit or ""
    pct = unit in ("%", "percent", "per cent")
    sep = "" if pct else " "
    unit = "%" if pct else unit
    if est.low is not None and est.high is not None:
        core = f"{num(est.low)}-{num(est.high)}"
        if est.value is not None:
            core = f"{num(est.value)}{unit if pct else ''} ({core})"
    elif est.value is not None:
        core = num(est.value)
    else:
        core = "?"
    return plain_numbers(f"{core}{sep}{unit}".strip())


def _surname(name: str) -> str:
    parts = name.replace(",", " ").split()
    return parts[-1] if parts else name


def work_labels(dossier: Dossier) -> dict[str, str]:
    """Short citation labels ("Kuniya et al. 2014"); clashing ones get 2017a, 2017b as in print."""
    people = {p.id: p for p in dossier.people}
    raw: dict[str, str] = {}
    for w in dossier.works:
        if w.authors:
            first = people.get(w.authors[0])
            surname = _surname(first.name) if first else w.authors[0]
            etal = " et al." if len(w.authors) > 1 else ""
            raw[w.id] = f"{shorten(surname, 24)}{etal} {w.year}" if w.year else \
                f"{shorten(surname, 24)}{etal}, {w.type}"
        else:
            raw[w.id] = shorten(w.title, 32)
    seen: dict[str, list[str]] = {}
    for wid, label in raw.items():
        seen.setdefault(label, []).append(wid)
    for label, ids in seen.items():
        if len(ids) > 1 and label[-1:].isdigit():
            for i, wid in enumerate(ids):
                raw[wid] = f"{label}{chr(ord('a') + i)}"
    return raw


def anchor_appearances(dossier: Dossier, checks: Iterable[Any]
                       ) -> dict[tuple[str, int], dict[str, Any]]:
    """What ``provenance check`` found for each quote (``checks``: its
    :class:`provenance.check.AppearanceResult` records), as the page shows it.

    (claim id, index) -> status, attribution and, when found, the quote's
    paragraph with the quoted pieces as spans into it.
    """
    from .anchor import paragraph_span

    paragraphs: dict[tuple[str, int, int], str] = {}
    return {(r.claim, r.index): _fact(dossier.texts, r, paragraphs, paragraph_span)
            for r in checks}


def _fact(texts: dict[str, str], r: Any, paragraphs: dict[tuple[str, int, int], str],
          paragraph_span: Callable[[str, int, int], tuple[int, int]]) -> dict[str, Any]:
    """One quote's verdict as the page shows it (see :func:`anchor_appearances`);
    ``paragraphs`` keeps one string per paragraph, however many quotes it holds;
    ``paragraph_span`` is :func:`provenance.anchor.paragraph_span` (imported once)."""
    # (no ``occurrences``, ``column`` nor ``score``: the page's script never reads them;
    # `check --json`, the exports and `trace` give all three)
    fact: dict[str, Any] = {"status": r.status, "attribution": r.attribution,
                            "said_by": r.said_by}
    a = r.anchor
    if a is not None:
        text = texts.get(r.work)
        if a.start is not None and a.end is not None and text is not None:
            ps, pe = paragraph_span(text, a.start, a.end)
            para = paragraphs.get((r.work, ps, pe))
            if para is None:
                para = paragraphs[(r.work, ps, pe)] = text[ps:pe]
            fact.update(line=a.line, paragraph=para,
                        spans=[[s - ps, e - ps] for s, e in (a.pieces or [(a.start, a.end)])])
        elif a.closest:
            fact["closest"] = a.closest
    return fact


def claim_records(dossier: Dossier, checks: Iterable[Any],
                  labels: dict[str, str]) -> list[tuple[bool, dict[str, Any]]]:
    """Each claim of ``dossier`` as the page shows it, in order: whether it is drawn
    unverified (a quote not found word for word, or given to someone else) and its
    record in ``info``, the appearances with what the check found (``checks``, as
    :func:`provenance.check.check_dossier` gives them). ``labels``: :func:`work_labels`.
    Plain data: made where the quotes are checked, sent whole."""
    made = ClaimRecords(dossier, labels)
    for r in checks:
        made.add(r)
    return made.records()


class ClaimRecords:
    """:func:`claim_records`, made as the verdicts come: a claim's record is made as soon
    as the verdicts of all its appearances are in (:meth:`add`, in any order), so the
    process that checks the quotes group by group has made most of them when the last
    verdict comes (:class:`provenance.pipeline.Verdicts`). The same records."""

    def __init__(self, dossier: Dossier, labels: dict[str, str]) -> None:
        from .anchor import paragraph_span

        self.span = paragraph_span
        self.dossier = dossier
        self.texts = dossier.texts
        self.labels = labels
        #: each person's name by id (a record names who said each quote)
        self.names = {p.id: p.name for p in dossier.people}
        #: each position's words (:func:`position_label`), once per position: 20,000
        #: claims take a few positions (9 in the generated dossier)
        self.position_labels: dict[str, str] = {}
        claims = dossier.claims
        self.at = {c.id: n for n, c in enumerate(claims)}
        self.waiting = [len(c.appearances) for c in claims]
        self.facts: dict[tuple[str, int], dict[str, Any]] = {}
        self.made: list[tuple[bool, dict[str, Any]] | None] = [None] * len(claims)
        #: the numbers of the claims made since the caller last emptied this list
        self.fresh: list[int] = []
        self.paragraphs: dict[tuple[str, int, int], str] = {}
        for n, c in enumerate(claims):  # a claim quoted nowhere waits for no verdict
            if not self.waiting[n]:
                self.made[n] = self._record(c)
                self.fresh.append(n)

    def add(self, r: Any) -> None:
        """One appearance's verdict (a :class:`provenance.check.AppearanceResult`)."""
        self.facts[(r.claim, r.index)] = _fact(self.texts, r, self.paragraphs, self.span)
        n = self.at[r.claim]
        waiting = self.waiting[n] - 1
        self.waiting[n] = waiting
        if not waiting:
            self.made[n] = self._record(self.dossier.claims[n])
            self.fresh.append(n)

    def take(self, n: int) -> tuple[bool, dict[str, Any]]:
        """Claim ``n``'s record, made already, handed over (this object lets go of it)."""
        made = self.made[n]
        if made is None:
            raise KeyError(f"claim {n}'s record is not made (or was taken)")
        self.made[n] = None
        return made

    def records(self) -> list[tuple[bool, dict[str, Any]]]:
        """Every claim's record, in order (KeyError if a verdict is missing)."""
        claims = self.dossier.claims
        return [m if m is not None else self._record(claims[n])
                for n, m in enumerate(self.made)]

    def _record(self, c: Any) -> tuple[bool, dict[str, Any]]:
        labels, names, facts = self.labels, self.names, self.facts
        apps = []
        unverified = False
        for i, a in enumerate(c.appearances):
            fact = facts.pop((c.id, i))
            if fact["status"] not in ("exact", "normalized") or fact["attribution"] == "mismatch":
                unverified = True
            apps.append({"work": a.in_, "work_label": labels[a.in_],
                         "by": a.by, "by_name": names.get(a.by) if a.by else None,
                         "quote": a.quote, **fact})
        est = c.estimate
        position = c.position
        shown = None
        if position:
            shown = self.position_labels.get(position)
            if shown is None:
                shown = self.position_labels[position] = position_label(position)
        # (no ``position``: the page's script reads the words, ``position_label``, only)
        return (unverified, {
            "kind": "claim", "title": c.text, "question": c.question,
            "position_label": shown,
            "note": c.note, "appearances": apps,
            # (no ``unverified``: the flag is the tuple's first item, the node's style;
            # no script of the page reads it from the record)
            "estimate": None if est is None else {
                **est.given(),
                "shown": estimate_text(est)},
            "based_on": [{"id": w, "label": labels[w]} for w in c.based_on],
        })
