"""Quote receipts: a checked quote that anyone can re-verify later, offline.

``provenance check`` says a quote is in its source; a receipt lets a reader
who has only the receipt and a copy of the text say so again, months later,
without the dossier or this tool's verdicts. Each receipt is a W3C Web
Annotation *target* (https://www.w3.org/TR/annotation-model/, sections 4.2
and 4.3) over the source text:

- a ``TextQuoteSelector``: the passage the check found (``exact``, the
  source's own characters, which may differ from the dossier's quote in
  spacing or quotation marks) with :data:`CONTEXT` characters of ``prefix``
  and ``suffix`` around it, as Hypothesis records them, so the passage can be
  found again after the text moves;
- a ``TextPositionSelector``: ``start`` (included) and ``end`` (excluded) in
  Unicode code points of the text, counted from 0 (Python string offsets);
- a ``TimeState`` whose ``sourceDate`` is when the check ran (UTC, ``Z``);
  ``SOURCE_DATE_EPOCH`` fixes it for reproducible output;
- ``sha256``, the SHA-256 of the source text as provenance reads it: the
  file's UTF-8 bytes without a leading byte-order mark, so it equals
  ``sha256sum FILE`` for any file without one. (The Web Annotation model has
  no digest property; extra properties are allowed and JSON-LD processors
  ignore them.)

:func:`verify_target` re-checks one receipt against a text and says
``intact`` (the passage is where the receipt says), ``moved`` (the same words
are elsewhere in the text), ``changed`` (only an edited version of the
passage is there: the text was edited since) or ``gone`` (nothing like it, or
no text). Finding text again uses :func:`provenance.anchor.anchor_quote`, the
same ladder ``check`` uses, so the two commands agree on what "the same
words" means.

Everything here is pure except :func:`load_receipts` and
:func:`read_source`, which read the files named on the command line.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

# Raised here, defined with every other exception in provenance.errors.
from .errors import ReceiptError as ReceiptError
from .text import shorten

__all__ = [
    "CONTEXT",
    "VERDICTS",
    "Receipt",
    "ReceiptError",
    "Verdict",
    "checked_date",
    "add_targets",
    "load_receipts",
    "make_target",
    "target_of",
    "text_sha256",
    "VerifyReport",
    "generate_text",
    "parse_receipts",
    "read_source",
    "targets",
    "verify",
    "verify_target",
]

#: Characters of context kept before and after the passage (Hypothesis keeps 32).
CONTEXT = 32
#: What :func:`verify_target` can say, best first.
VERDICTS = ("intact", "moved", "changed", "gone")


def text_sha256(text: str) -> str:
    """Hex SHA-256 of ``text``'s UTF-8 bytes (equals ``sha256sum`` of a file without a BOM)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def checked_date(now: float | None = None) -> str:
    """The date a check ran, as ``xsd:dateTime`` in UTC: ``2026-12-01T15:10:02Z``.

    ``SOURCE_DATE_EPOCH`` (the reproducible-builds convention) replaces the
    clock, so a receipt written in a test or a build is the same every run.
    """
    if now is None:
        env = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        now = float(env) if env.isdigit() else time.time()
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now))


def make_target(text: str, start: int, end: int, *, source: str, checked: str,
                sha256: str | None = None) -> dict[str, Any]:
    """The Web Annotation target for ``text[start:end]`` of the text at ``source``."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}-{end} is outside a text of {len(text)} characters")
    return {
        "type": "SpecificResource",
        "source": source,
        "selector": [
            {"type": "TextQuoteSelector", "exact": text[start:end],
             "prefix": text[max(0, start - CONTEXT):start], "suffix": text[end:end + CONTEXT]},
            {"type": "TextPositionSelector", "start": start, "end": end},
        ],
        "state": {"type": "TimeState", "sourceDate": checked},
        "sha256": sha256 or text_sha256(text),
    }


def target_of(record: Any, text: str | None, *, checked: str,
              sha256: str | None = None) -> dict[str, Any] | None:
    """The target for one of check's per-appearance results, or None when it found no passage.

    This is the one place that reads check's record: its passage (``start``,
    ``end`` of its anchor) and the source path it names.
    """
    anchor = getattr(record, "anchor", None)
    start = getattr(anchor, "start", None)
    end = getattr(anchor, "end", None)
    if text is None or start is None or end is None:
        return None
    source = getattr(record, "source", None) or f"{getattr(record, 'work', 'source')}"
    return make_target(text, start, end, source=source, checked=checked, sha256=sha256)


def targets(dossier: Any, report: Any, *, checked: str | None = None
            ) -> Iterator[tuple[Any, dict[str, Any] | None]]:
    """(record, target) for each record of ``report``, in order. Each text is hashed once.

    ``report`` is check's report of ``dossier`` (:func:`provenance.check.check_dossier`),
    or its records (the values of :func:`provenance.check.verification`): a receipt
    points at the occurrence check judged, never at one found again here, so a quote
    said twice has the receipt of the speaker check credited."""
    checked = checked or checked_date()
    digests: dict[str, str] = {}
    for r in getattr(report, "results", report):
        text = dossier.texts.get(r.work)
        digest = None
        if text is not None:
            digest = digests.get(r.work) or digests.setdefault(r.work, text_sha256(text))
        yield r, target_of(r, text, checked=checked, sha256=digest)


def add_targets(data: dict[str, Any], dossier: Any, report: Any,
                *, checked: str | None = None) -> dict[str, Any]:
    """Give each appearance of check's ``--json`` object its ``target``, and the object ``checked``.

    ``data["appearances"]`` is in the order of ``report.results``.
    """
    checked = checked or checked_date()
    data["checked"] = checked
    apps = data["appearances"]
    records = getattr(report, "results", report)
    # check's record type, if check is loaded (it made the records; not imported here:
    # receipts sits above check in the layers, docs/architecture.md)
    own = getattr(sys.modules.get("provenance.check"), "AppearanceResult", None)
    if own is None or type(records) is not list or any(type(r) is not own for r in records):
        for app, (_, target) in zip(apps, targets(dossier, report, checked=checked),
                                    strict=True):
            app["target"] = target
        return data
    # check's own records (all of `check --json`'s): what :func:`targets` gives each, made in
    # one loop, each anchor's fields read from its dict (22,000 records at 20,000 claims,
    # after both processes of `check`: three calls and a dozen ``getattr`` each)
    if len(apps) != len(records):
        raise ValueError("add_targets: the appearances and the records differ in number")
    texts = dossier.texts
    digests: dict[str, str] = {}
    for app, r in zip(apps, records, strict=True):  # (the same number: checked above)
        work = r.work
        text = texts.get(work)
        anchor = r.anchor
        if text is None or anchor is None:
            app["target"] = None
            continue
        start, end = _span(vars(anchor))
        if start is None or end is None:
            app["target"] = None
            continue
        digest = digests.get(work) or digests.setdefault(work, text_sha256(text))
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span {start}-{end} is outside a text of {len(text)} characters")
        app["target"] = {
            "type": "SpecificResource",
            "source": r.source or f"{work}",
            "selector": [
                {"type": "TextQuoteSelector", "exact": text[start:end],
                 "prefix": text[(start - CONTEXT if start > CONTEXT else 0):start],
                 "suffix": text[end:end + CONTEXT]},
                {"type": "TextPositionSelector", "start": start, "end": end},
            ],
            "state": {"type": "TimeState", "sourceDate": checked},
            "sha256": digest,
        }
    return data


_span = itemgetter("start", "end")


# ---------------------------------------------------------------------------
# verifying


@dataclass(frozen=True)
class Receipt:
    """One receipt read from a file: its label (claim and appearance) and its target."""

    label: str
    source: str
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    sha256: str | None
    checked: str | None


@dataclass
class Verdict:
    """What :func:`verify_target` found for one receipt."""

    receipt: Receipt
    verdict: str  # intact | moved | changed | gone
    reason: str
    file: str | None = None  # the text it was checked against
    start: int | None = None  # where the passage is now
    end: int | None = None
    same_text: bool | None = None  # the text's SHA-256 equals the receipt's
    diff: list[dict[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        r = self.receipt
        return {"receipt": r.label, "source": r.source, "verdict": self.verdict,
                "reason": self.reason, "file": self.file, "exact": r.exact,
                "was": [r.start, r.end], "now": (None if self.start is None
                                                 else [self.start, self.end]),
                "same_text": self.same_text, "diff": self.diff}


def _best_occurrence(text: str, r: Receipt) -> int | None:
    """Where ``r.exact`` is in ``text``: best context agreement, then nearest the old place."""
    if not r.exact:
        return None
    found: list[int] = []
    i = text.find(r.exact)
    while i != -1 and len(found) < 1000:
        found.append(i)
        i = text.find(r.exact, i + 1)
    if not found:
        return None

    def agree(i: int) -> tuple[int, int]:
        before = text[max(0, i - len(r.prefix)):i]
        after = text[i + len(r.exact):i + len(r.exact) + len(r.suffix)]
        n = _common_suffix(before, r.prefix) + _common_prefix(after, r.suffix)
        return -n, abs(i - r.start)

    return min(found, key=agree)


def _common_prefix(a: str, b: str) -> int:
    return len(os.path.commonprefix([a, b]))


def _common_suffix(a: str, b: str) -> int:
    return len(os.path.commonprefix([a[::-1], b[::-1]]))


def verify_target(r: Receipt, text: str | None, *, file: str | None = None,
                  min_score: float = 90.0) -> Verdict:
    """Re-check receipt ``r`` against ``text`` (None: no text was found for it)."""
    if text is None:
        return Verdict(r, "gone", f"no text found for {r.source}", file)
    same = (text_sha256(text) == r.sha256) if r.sha256 else None
    if text[r.start:r.end] == r.exact and r.end <= len(text):
        why = ("the passage is where the receipt says, in the same text" if same else
               "the passage is where the receipt says (the text was edited elsewhere)"
               if same is False else "the passage is where the receipt says")
        return Verdict(r, "intact", why, file, r.start, r.end, same)
    i = _best_occurrence(text, r)
    if i is not None:
        return Verdict(r, "moved", f"the same words are at {i}-{i + len(r.exact)}, "
                       f"not {r.start}-{r.end}", file, i, i + len(r.exact), same)
    from .anchor import anchor_quote

    a = anchor_quote(r.exact, text, min_score=min_score)
    if a.status in ("exact", "normalized") and a.start is not None:
        return Verdict(r, "moved", f"the same words, with other spacing or quotation marks, "
                       f"are at {a.start}-{a.end}", file, a.start, a.end, same)
    if a.status == "fuzzy" and a.start is not None:
        return Verdict(r, "changed", f"the passage at {a.start}-{a.end} was edited since "
                       f"(score {a.score:g})", file, a.start, a.end, same, list(a.diff or []))
    framed = _between_context(text, r)
    if framed is not None:
        s, e = framed
        return Verdict(r, "changed", f"the words between the receipt's prefix and suffix, at "
                       f"{s}-{e}, were edited since: now “{_clip(text[s:e])}”", file, s, e, same)
    return Verdict(r, "gone", "the passage is no longer in the text", file, None, None, same)


def _between_context(text: str, r: Receipt) -> tuple[int, int] | None:
    """The span between the receipt's prefix and suffix when both are still there, close
    together: the W3C TextQuoteSelector's context finds a passage whose own words changed
    too much for the fuzzy anchor (one word in a short quote)."""
    if len(r.prefix) < 8 or len(r.suffix) < 8:
        return None  # a passage at the very start or end: too little context to be sure
    window = 2 * len(r.exact) + 80
    i = text.find(r.prefix)
    while i >= 0:
        s = i + len(r.prefix)
        j = text.find(r.suffix, s, s + window + len(r.suffix))
        if j >= 0 and j - s >= max(1, len(r.exact) // 3):
            return s, j  # (a passage cut out, or cut to a stub, is gone, not changed)
        i = text.find(r.prefix, i + 1)
    return None


def _clip(s: str, n: int = 60) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


# -- reading receipts --------------------------------------------------------


def _receipt(file: str, label: str, target: Any) -> Receipt:
    def bad(msg: str) -> ReceiptError:
        return ReceiptError(file, f"receipt {label}: {msg}",
                            "give the file `provenance check --json` wrote, unedited")

    if not isinstance(target, dict):
        raise bad("the target is not an object")
    source = target.get("source")
    if isinstance(source, dict):
        source = source.get("id")
    if not isinstance(source, str) or not source:
        raise bad("the target has no 'source'")
    sels = target.get("selector")
    sels = sels if isinstance(sels, list) else [sels]
    quote = next((s for s in sels if isinstance(s, dict)
                  and s.get("type") == "TextQuoteSelector"), None)
    pos = next((s for s in sels if isinstance(s, dict)
                and s.get("type") == "TextPositionSelector"), None)
    if quote is None or not isinstance(quote.get("exact"), str):
        raise bad("no TextQuoteSelector with an 'exact' text")
    start, end = (pos or {}).get("start", -1), (pos or {}).get("end", -1)
    if pos is None or not all(type(x) is int and 0 <= x for x in (start, end)) or start > end:
        raise bad("no TextPositionSelector with whole numbers 0 <= start <= end")
    prefix, suffix = quote.get("prefix", ""), quote.get("suffix", "")
    if not isinstance(prefix, str) or not isinstance(suffix, str):
        raise bad("'prefix' and 'suffix' must be text")
    digest = target.get("sha256")
    state = target.get("state")
    checked = state.get("sourceDate") if isinstance(state, dict) else None
    return Receipt(label, source, quote["exact"], prefix, suffix, start, end,
                   digest.lower() if isinstance(digest, str) else None,
                   checked if isinstance(checked, str) else None)


def parse_receipts(data: Any, file: str = "receipts") -> tuple[list[Receipt], int, str | None]:
    """Receipts in ``data``: check's ``--json`` object, our PROV export, or a list of targets
    or Web Annotations.

    Returns (receipts, appearances without a receipt, the dossier path the
    check named, if any).
    """
    items: list[tuple[str, Any]] = []
    dossier = None
    if isinstance(data, dict) and isinstance(data.get("entity"), dict) and "prefix" in data:
        items = _from_prov(data, file)
    elif isinstance(data, dict) and isinstance(data.get("appearances"), list):
        dossier = data.get("dossier") if isinstance(data.get("dossier"), str) else None
        for n, app in enumerate(data["appearances"]):
            if not isinstance(app, dict):
                raise ReceiptError(file, f"appearance {n} is not an object")
            label = f"{app.get('claim', '?')}#{app.get('appearance', n)}"
            items.append((label, app.get("target")))
    elif isinstance(data, list):
        items = [(f"#{n}", x) for n, x in enumerate(data)]
    elif isinstance(data, dict):
        items = [("#0", data)]
    else:
        raise ReceiptError(file, "not a receipts file",
                           "give the output of `provenance check --json`")
    out: list[Receipt] = []
    missing = 0
    for label, t in items:
        if isinstance(t, dict) and t.get("type") == "Annotation":
            t = t.get("target")  # a whole Web Annotation
        if t is None:
            missing += 1
            continue
        out.append(_receipt(file, label, t))
    if not out:
        raise ReceiptError(file, "holds no receipts (no appearance has a 'target')",
                           "run `provenance check DOSSIER --json > receipts.json` first")
    return out, missing, dossier


def _qname(v: Any) -> str | None:
    if isinstance(v, dict):
        v = v.get("$")
    return v if isinstance(v, str) else None


def _from_prov(data: dict[str, Any], file: str) -> list[tuple[str, Any]]:
    """Receipts of our PROV export: each ``oa:SpecificResource`` entity, back as a target."""
    entity = data["entity"]
    out = []
    for tid, rec in entity.items():
        if not isinstance(rec, dict) or _qname(rec.get("prov:type")) != "oa:SpecificResource":
            continue
        sels = rec.get("oa:hasSelector")
        selector = []
        for ref in sels if isinstance(sels, list) else [sels]:
            sel = entity.get(_qname(ref) or "")
            if not isinstance(sel, dict):
                continue
            kind = (_qname(sel.get("prov:type")) or "").removeprefix("oa:")
            selector.append({"type": kind, **{k.removeprefix("oa:"): _qname(v) if k not in (
                "oa:start", "oa:end") else (v.get("$") if isinstance(v, dict) else v)
                for k, v in sel.items() if k.startswith("oa:")}})
        state = entity.get(_qname(rec.get("oa:hasState")) or "")
        date = state.get("oa:sourceDate") if isinstance(state, dict) else None
        claim, _, n = str(tid).removeprefix("t:").rpartition("-")
        label = f"{claim}#{n}"
        out.append((label, {"type": "SpecificResource", "source": rec.get("pv:sourceText"),
                            "selector": selector, "sha256": rec.get("pv:sha256"),
                            "state": {"type": "TimeState", "sourceDate": _qname(date)}}))
    return out


def load_receipts(path: str | Path) -> tuple[list[Receipt], int, str | None]:
    """Read and parse a receipts file (see :func:`parse_receipts`)."""
    from .dossier import max_bytes
    from .files import UnsafeFile, read_regular

    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes():
            raise ReceiptError(str(path), f"is {size:,} bytes, over the limit",
                               "split it, or raise PROVENANCE_MAX_BYTES")
        raw = read_regular(path, limit=max_bytes())  # a FIFO or device is refused, not read
    except UnsafeFile as e:
        raise ReceiptError(str(path), e.message, e.hint) from None
    except OSError as e:
        raise ReceiptError(str(path), e.strerror or "cannot be read") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ReceiptError(str(path), "not UTF-8") from None
    except json.JSONDecodeError as e:
        raise ReceiptError(str(path), f"not JSON (line {e.lineno}, column {e.colno}: {e.msg})",
                           "give the output of `provenance check --json`") from None
    except RecursionError:
        raise ReceiptError(str(path), "nested too deeply to be a receipts file") from None
    return parse_receipts(data, str(path))


def read_source(path: Path) -> str | None:
    """A source text as check reads it (UTF-8, a leading BOM dropped), or None if unreadable."""
    from .dossier import max_bytes
    from .files import UnsafeFile, read_regular

    try:
        return read_regular(path, limit=max_bytes()).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError, UnsafeFile):
        return None


def _inside(base: Path, rel: str) -> Path | None:
    """``base/rel`` if it is a regular file really inside ``base`` (the files door: a receipt
    naming ``sources/a.txt`` that links to /etc/passwd is not followed)."""
    from .files import UnsafeFile, resolve_inside

    try:
        return Path(resolve_inside(base, rel)[0])
    except UnsafeFile:
        return None


@dataclass
class VerifyReport:
    """All verdicts of one ``provenance verify`` run."""

    file: str
    verdicts: list[Verdict]
    without_receipt: int = 0

    @property
    def ok(self) -> bool:
        return all(v.verdict == "intact" for v in self.verdicts)

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {"receipts": len(self.verdicts)}
        for name in VERDICTS:
            out[name] = sum(v.verdict == name for v in self.verdicts)
        out["without_receipt"] = self.without_receipt
        out["ok"] = self.ok
        return out

    def as_dict(self) -> dict[str, Any]:
        return {"receipts_file": self.file, "verdicts": [v.as_dict() for v in self.verdicts],
                "summary": self.summary()}


def verify(receipts_file: str | Path, sources: Iterable[str | Path] = (), *,
           cwd: Path | None = None) -> VerifyReport:
    """Re-check every receipt in ``receipts_file`` against the texts, offline.

    A receipt's text is, in order: a file of ``sources`` with the receipt's
    SHA-256; one with the receipt's file name; the only file given when all
    receipts name one text; else the receipt's ``source`` path under the
    dossier folder the check named, or under the receipts file's folder. A
    receipt never makes this read a file outside those folders (a path with
    ``..`` or an absolute path is not followed): receipts come from strangers.
    """
    receipts, missing, dossier = load_receipts(receipts_file)
    cwd = (cwd or Path.cwd()).resolve()
    given: list[Path] = []
    for s in sources:
        p = Path(s)
        if p.is_dir():
            given.extend(sorted(x for x in p.rglob("*") if x.is_file()))
        elif p.is_file():
            given.append(p)
        else:
            raise ReceiptError(str(p), "no such file or folder", "name the source texts")
    texts: dict[Path, str | None] = {}

    def text_of(p: Path) -> str | None:
        if p not in texts:
            texts[p] = read_source(p)
        return texts[p]

    by_hash: dict[str, Path] = {}
    by_name: dict[str, list[Path]] = {}
    for p in given:
        t = text_of(p)
        if t is not None:
            by_hash.setdefault(text_sha256(t), p)
        by_name.setdefault(p.name, []).append(p)
    bases: list[Path] = []
    rdir = Path(receipts_file).resolve().parent
    if dossier:
        folder = (cwd / dossier).resolve()
        folder = folder.parent if folder.suffix in (".yaml", ".yml") else folder
        if folder.is_relative_to(cwd) or folder.is_relative_to(rdir):
            bases.append(folder)
    bases.append(rdir)
    one_source = len({r.source for r in receipts}) == 1 and len(given) == 1

    def locate(r: Receipt) -> Path | None:
        if r.sha256 and r.sha256 in by_hash:
            return by_hash[r.sha256]
        named = by_name.get(Path(r.source).name)
        if named:
            return named[0]
        if one_source:
            return given[0]
        if given:
            return None
        for base in bases:
            p = _inside(base, r.source)
            if p is not None and p.is_file():
                return p
        return None

    verdicts = []
    for r in receipts:
        found = locate(r)
        shown = None
        if found is not None:
            shown = (os.path.relpath(found, cwd) if found.resolve().is_relative_to(cwd)
                     else str(found))
        verdicts.append(verify_target(r, text_of(found) if found else None, file=shown))
    return VerifyReport(str(receipts_file), verdicts, missing)


def generate_text(report: VerifyReport) -> list[str]:
    """One line per receipt, then the counts."""
    lines = []
    for v in report.verdicts:
        r = v.receipt
        where = v.file or r.source
        diff = "; ".join(f"{d.get('quote', '')!r} \u2192 {d.get('source', '')!r}"
                         for d in v.diff[:4] if d.get("op") == "changed")
        lines.append(f"{v.verdict:<8}{r.label}: \u201c{shorten(r.exact, 60)}\u201d in {where} "
                     f"\u2014 {v.reason}" + (f": {diff}" if diff else ""))
    s = report.summary()
    tail = (f"; {s['without_receipt']} appearance(s) had no receipt (check found no passage)"
            if s["without_receipt"] else "")
    counts = ", ".join(f"{s[k]} {k}" for k in VERDICTS)
    lines.append(f"{s['receipts']} receipts: {counts}{tail}")
    lost = sorted({v.receipt.source for v in report.verdicts if v.file is None})
    if lost:
        lines.append(f"no text was found for {', '.join(lost[:3])}"
                     f"{' and others' if len(lost) > 3 else ''}: name the source files "
                     "after the receipts, e.g. `provenance verify receipts.json article.txt`")
    return lines
