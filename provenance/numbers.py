"""Numbers as sources write them, made comparable.

A journalist writes "about 12 percent", a paper "113 of 834", a review
"1.6%-14%", an interview "about nine years ago". To say whether two of them
disagree we turn each into an :class:`Amount`: an interval in a canonical
unit (per cent, years, millimetres, or a count of some noun), widened by the
precision the writer used ("12" means 11.5-12.5; "about 12" a little more).
Two amounts of the same quantity disagree when those intervals do not
overlap, or when they count different things ("20 cadavers" vs "20 cadaveric
sides").

Pure functions over plain values; nothing here knows about graphs.
"""

from __future__ import annotations

import math
import re
import sys
from dataclasses import dataclass, field
from typing import Any

#: Relative widening for a figure marked as approximate ("about", "roughly").
APPROX_RELATIVE = 0.05

_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a dozen": 12,
}
_SHARE_WORDS = {
    "half": 50.0, "a half": 50.0, "one half": 50.0, "a third": 100 / 3, "one third": 100 / 3,
    "two thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0,
}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "k": 1e3, "m": 1e6, "bn": 1e9}
_APPROX = ("about", "approximately", "approx.", "approx", "around", "roughly", "nearly",
           "almost", "some", "circa", "c.", "~", "≈", "an estimated", "estimated", "close to")
#: Any of them as a word of its own, in one pass over the text.
_APPROX_WORD = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, _APPROX)) + r")(?!\w)")
_AT_LEAST = ("more than", "over", "at least", "above", "greater than", "upwards of", ">", "≥")
_AT_MOST = ("less than", "fewer than", "under", "at most", "below", "up to", "within", "<", "≤")

_PERCENT_UNITS = {"%", "percent", "per cent", "pct", "percentage", "percentage points"}
_FRACTION_UNITS = {"fraction", "proportion", "ratio", "share", "rate"}
_DURATION = {"year": 1.0, "yr": 1.0, "y": 1.0, "month": 1 / 12, "mo": 1 / 12,
             "week": 7 / 365.25, "wk": 7 / 365.25, "day": 1 / 365.25, "d": 1 / 365.25,
             "decade": 10.0, "century": 100.0}
_LENGTH = {"mm": 1.0, "millimetre": 1.0, "millimeter": 1.0, "cm": 10.0, "centimetre": 10.0,
           "centimeter": 10.0, "m": 1000.0, "metre": 1000.0, "meter": 1000.0,
           "µm": 0.001, "um": 0.001, "in": 25.4, "inch": 25.4}

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_WORDNUM = "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True))
_N = rf"(?:{_NUM}|{_WORDNUM})"
_SCALE = r"(?:\s*(?:thousand|million|billion|bn)\b)?"
_STOP = {"of", "with", "in", "and", "or", "were", "was", "are", "is", "had", "have", "to",
         "from", "the", "a", "an", "that", "who", "which", "for", "on", "at", "by", "as",
         "than", "per", "out", "ago", "later", "earlier", "before", "after", "but"}

_RANGE_RE = re.compile(
    rf"(?:between|from)\s+(?P<a>{_N})(?P<sa>{_SCALE})\s*(?P<ua>%|percent|per cent)?"
    rf"\s*(?:and|to|-)\s*"
    rf"(?P<b>{_N})(?P<sc>{_SCALE})\s*(?P<ub>%|percent|per cent)?"
    rf"|(?P<c>{_NUM})\s*(?P<uc>%)?\s*[-–—]\s*(?P<d>{_NUM})(?P<sd>{_SCALE})\s*(?P<ud>%|percent)?",
    re.I,
)
_FRACTION_RE = re.compile(
    rf"(?P<a>{_N})\s+(?:of|out of|in)\s+(?:the\s+)?(?P<b>{_NUM})(?!\s*(?:%|percent))"
    rf"|(?P<c>{_NUM})\s*/\s*(?P<d>{_NUM})",
    re.I,
)
_PERCENT_RE = re.compile(rf"(?P<a>{_N})\s*(?:%|percent\b|per cent\b|pct\b)", re.I)
_SHARE_WORD_RE = re.compile(
    r"\b(?P<w>" + "|".join(sorted(_SHARE_WORDS, key=len, reverse=True)) + r")\s+(?:of|the)\b",
    re.I,
)
_UNIT_RE = re.compile(
    rf"(?P<a>{_N})(?P<sc>{_SCALE})[\s-]*(?P<u>(?:[a-zµ]+\.?)(?:\s+[a-z]+)?)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Amount:
    """A figure normalised for comparison.

    ``dimension`` is ``share`` (unit ``%``), ``duration`` (``years``),
    ``length`` (``mm``), ``count`` (unit: the singular noun counted) or
    ``number`` (no unit). ``low``/``high`` may be open (None) for "more
    than"/"up to" figures.
    """

    value: float | None
    low: float | None
    high: float | None
    unit: str
    dimension: str
    text: str = ""
    approx: bool = False
    decimals: int = 0
    numerator: float | None = None
    denominator: float | None = None
    span: tuple[int, int] | None = field(default=None, compare=False)

    def interval(self) -> tuple[float, float]:
        """The interval the writer's words allow, widened by their precision."""
        lo = self.low if self.low is not None else self.value
        hi = self.high if self.high is not None else self.value
        lo_f = -math.inf if lo is None else lo
        hi_f = math.inf if hi is None else hi
        tol = 0.5 * 10 ** (-self.decimals)
        if self.approx:
            mid = self.value if self.value is not None else (hi_f if lo is None else lo_f)
            if math.isfinite(mid):
                tol = max(tol, APPROX_RELATIVE * abs(mid))
        return (lo_f - tol, hi_f + tol)

    def describe(self) -> str:
        """The figure in canonical form, e.g. ``113/834 = 13.5%`` or ``12 years``."""
        if self.numerator is not None and self.denominator is not None:
            return f"{_fmt(self.numerator)}/{_fmt(self.denominator)} = {_fmt(self.value)}%"
        if self.value is not None and self.low is None and self.high is None:
            core = _fmt(self.value)
        elif self.low is not None and self.high is not None:
            core = f"{_fmt(self.low)}-{_fmt(self.high)}"
        elif self.low is not None:
            core = f"> {_fmt(self.low)}"
        elif self.high is not None:
            core = f"≤ {_fmt(self.high)}"
        else:
            core = "?"
        if self.approx:
            core = "~" + core
        unit = self.unit
        if not unit:
            return core
        return f"{core}%" if unit == "%" else f"{core} {unit}"


def _fmt(x: float | None) -> str:
    if x is None:
        return "?"
    if abs(x) >= 1e15:  # 1.7e+308, not 309 digits
        return f"{x:.3g}"
    if abs(x - round(x)) < 1e-9:
        return f"{round(x):,}".replace(",", "")
    return f"{x:.1f}" if abs(x) >= 1 else f"{x:.3g}"


def saturate(x: float) -> float:
    """``x``, with an overflow to infinity held at the largest float instead.

    A 310-digit figure in a quote must not become ``inf`` (which no JSON or
    page can carry, and which breaks every comparison after it).
    """
    if x - x == 0.0:
        return x
    return math.copysign(sys.float_info.max, x) if x == x else 0.0


def _num(token: str) -> float:
    t = token.strip().lower()
    if t in _WORDS:
        return float(_WORDS[t])
    return saturate(float(t.replace(",", "")))


def _decimals(token: str) -> int:
    t = token.strip()
    return len(t.split(".", 1)[1]) if "." in t and t[0].isdigit() or t.startswith(".") else 0


def _scaled_decimals(decimals: int, factor: float) -> int:
    """Decimals of precision after scaling by ``factor`` ("3 million" is good to 0.5 million)."""
    if factor <= 0 or factor == 1.0:
        return decimals
    return int(round(decimals - math.log10(factor)))


def _scale(s: str | None) -> float:
    s = (s or "").strip().lower()
    return _SCALES.get(s, 1.0)


def singular(noun: str) -> str:
    """A crude English singular, enough to match 'patients' with 'patient'."""
    words = noun.lower().strip().rstrip(".").split()
    if not words:
        return ""
    w = words[-1]
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("ses", "xes", "ches", "shes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    return " ".join([*words[:-1], w])


def canonical_unit(unit: str | None) -> tuple[str, str, float]:
    """``(dimension, canonical unit, factor)`` for a unit as a dossier or a text writes it."""
    u = (unit or "").strip().lower()
    if not u:
        return ("number", "", 1.0)
    if u in _PERCENT_UNITS:
        return ("share", "%", 1.0)
    if u in ("thousand", "million", "billion"):
        return ("number", "", _SCALES[u])
    if u in _FRACTION_UNITS:
        return ("share", "%", 100.0)
    s = singular(u)
    if s in _DURATION:
        return ("duration", "years", _DURATION[s])
    if s in _LENGTH or u in _LENGTH:
        return ("length", "mm", _LENGTH.get(s, _LENGTH.get(u, 1.0)))
    return ("count", s, 1.0)


def _approx_before(text: str, start: int) -> bool:
    head = text[max(0, start - 16):start].lower().rstrip()
    return any(head.endswith(w) for w in _APPROX)


def _bound_before(text: str, start: int) -> str | None:
    head = text[max(0, start - 16):start].lower().rstrip()
    if any(head.endswith(w) for w in _AT_LEAST):
        return "low"
    if any(head.endswith(w) for w in _AT_MOST):
        return "high"
    return None


def parse_amounts(text: str) -> list[Amount]:
    """Every figure found in ``text``, in order, each normalised.

    Recognises ranges ("between 1.9 and 3 million", "1.6%-14%"), fractions
    ("113 of 834", "54/113"), percentages ("12 percent"), share words ("half
    of"), durations ("about 12 years ago"), lengths ("70 mm") and counts with
    a noun ("20 cadaveric sides"). A span already matched by an earlier,
    more specific pattern is not matched again.
    """
    found: list[Amount] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(am: Amount, s: int, e: int) -> None:
        taken.append((s, e))
        found.append(am)

    for m in _RANGE_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        if m.group("a"):
            a, b, sc = m.group("a"), m.group("b"), m.group("sc")
            pct = m.group("ua") or m.group("ub")
        else:
            a, b, sc = m.group("c"), m.group("d"), m.group("sd")
            pct = m.group("uc") or m.group("ud")
        factor = _scale(sc)
        own = m.group("sa") if m.group("a") else None
        lo = _num(a) * (_scale(own) if own and own.strip() else factor)
        hi = _num(b) * factor
        if lo > hi:
            continue
        unit_text = text[m.end():m.end() + 40]
        f = 1.0
        if pct:
            dim, unit = "share", "%"
        else:
            um = re.match(r"\s*([a-zµ]+(?:\s+[a-z]+)?)", unit_text, re.I)
            dim, unit, f = canonical_unit(_unit_words(um.group(1)) if um else None)
            lo, hi = lo * f, hi * f
        add(Amount(None, lo, hi, unit, dim, m.group(0).strip(),
                   _approx_before(text, m.start()),
                   _scaled_decimals(max(_decimals(a), _decimals(b)), factor * f),
                   span=(m.start(), m.end())), m.start(), m.end())
    for m in _FRACTION_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        num, den = _num(a), _num(b)
        if den == 0 or num > den:
            continue
        add(Amount(100.0 * num / den, None, None, "%", "share", m.group(0).strip(),
                   _approx_before(text, m.start()), 9, num, den, span=(m.start(), m.end())),
            m.start(), m.end())
    for m in _PERCENT_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        v = _num(m.group("a"))
        add(_bounded(v, "%", "share", m, text, _decimals(m.group("a"))), m.start(), m.end())
    for m in _SHARE_WORD_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        v = _SHARE_WORDS[m.group("w").lower()]
        add(Amount(v, None, None, "%", "share", m.group("w"), True, 0,
                   span=(m.start(), m.end())), m.start(), m.end())
    for m in _UNIT_RE.finditer(text):
        s, e = m.start(), m.end()
        if not free(s, e):
            continue
        words = _unit_words(m.group("u"))
        if not words:
            continue
        dim, unit, f = canonical_unit(words)
        tok = m.group("a")
        if tok.lower() in _WORDS and dim == "count" and not m.group("sc"):
            # "one issue", "two thirds": spelled-out numbers count only with a known unit
            if tok.lower() in ("one", "a dozen"):
                continue
        v = _num(tok) * _scale(m.group("sc")) * f
        e = s + len(m.group("a")) + len(m.group("sc") or "") + 1 + len(words)
        add(_bounded(v, unit, dim, m, text, _decimals(tok), f * _scale(m.group("sc"))), s, e)
    found.sort(key=lambda am: am.span[0] if am.span else 0)
    return found


def _unit_words(raw: str) -> str:
    """The unit noun after a number: up to two words, stopping at a function word."""
    out = []
    for w in raw.lower().split():
        w = w.strip(".,;:")
        if not w or w in _STOP:
            break
        out.append(w)
        if len(out) == 2 or canonical_unit(w)[0] in ("share", "duration", "length"):
            break
    return " ".join(out)


def _bounded(v: float, unit: str, dim: str, m: re.Match[str], text: str, decimals: int,
             factor: float = 1.0) -> Amount:
    bound = _bound_before(text, m.start())
    approx = _approx_before(text, m.start())
    dec = _scaled_decimals(decimals, factor)
    if bound == "low":
        return Amount(None, v, None, unit, dim, m.group(0).strip(), approx, dec,
                      span=(m.start(), m.end()))
    if bound == "high":
        return Amount(None, None, v, unit, dim, m.group(0).strip(), approx, dec,
                      span=(m.start(), m.end()))
    return Amount(v, None, None, unit, dim, m.group(0).strip(), approx, dec,
                  span=(m.start(), m.end()))


def from_estimate(est: dict[str, Any]) -> Amount | None:
    """Normalise a dossier estimate (its numbers, unit and the figure as written).

    The structured numbers win over the text; the text supplies what they
    leave out: that the figure was approximate, and its numerator and
    denominator when written as "113 of 834".
    """
    value, low, high = est.get("value"), est.get("low"), est.get("high")
    if value is None and low is None and high is None:
        return None
    dim, unit, f = canonical_unit(est.get("unit"))
    written = str(est.get("text") or "")
    approx = bool(written) and _APPROX_WORD.search(written.lower()) is not None
    frac = None
    if written and any(ch.isdigit() for ch in written):
        m = _FRACTION_RE.search(written)
        if m:
            frac = next((a for a in parse_amounts(m.group(0)) if a.numerator is not None), None)
    decs = [_decimals(f"{x:g}") for x in (value, low, high) if x is not None]
    dec = max(decs) if decs else 0
    num = den = None
    if frac is not None and dim == "share":
        num, den = frac.numerator, frac.denominator
    if dim == "number" and frac is not None and value is None:
        dim, unit = "share", "%"
    scale = f

    def sc(x: Any) -> float | None:
        return None if x is None else saturate(float(x) * scale)

    dec = _scaled_decimals(dec, f)
    return Amount(sc(value), sc(low), sc(high), unit, dim, written, approx, dec, num, den)


def as_written_mismatch(est: dict[str, Any]) -> dict[str, Any] | None:
    """The estimate's value against its own figure as written ("54 (49%)" but 47.8%).

    Returns the disagreement, or None when the written figure agrees (or
    has nothing to compare).
    """
    written = str(est.get("text") or "")
    if not written or not any(ch.isdigit() for ch in written):
        return None
    amount = from_estimate(est)
    if amount is None or amount.value is None:
        return None
    for a in parse_amounts(written):
        if a.dimension != amount.dimension or a.unit != amount.unit or a.value is None:
            continue
        if a.numerator is not None:
            a = Amount(a.value, None, None, a.unit, a.dimension, a.text, False, 9,
                       a.numerator, a.denominator)
        written_value = a.value if a.value is not None else 0.0
        if not overlaps(a, amount):
            return {"written": a.text, "written_value": round(written_value, 3),
                    "value": amount.value, "unit": amount.unit}
        return None
    return None


def overlaps(a: Amount, b: Amount) -> bool:
    ia, ib = a.interval(), b.interval()
    return not (ia[1] < ib[0] or ib[1] < ia[0])


def compare(a: Amount, b: Amount, da: str | None = None,
            db: str | None = None) -> dict[str, Any] | None:
    """Why two amounts of one quantity disagree, or None if they agree.

    ``kind`` is ``disjoint`` (same unit, intervals do not overlap) or
    ``unit-mismatch`` (the same number given in units that count different
    things, e.g. 20 cadavers vs 20 cadaveric sides). Different numbers in
    different units are not comparable and are not flagged.
    """
    if a.dimension != b.dimension or a.unit != b.unit:
        # "20 cadavers" and "40 sides" may well agree; "20 cadavers" and "20 sides" say the
        # same number counts different things, so one of them mislabels it.
        same_number = (a.value is not None and b.value is not None
                       and abs(a.value - b.value) < 1e-9)
        if not same_number:
            return None
        return {"kind": "unit-mismatch",
                "detail": f"same number, different units: {da or a.describe()} vs "
                          f"{db or b.describe()}"}
    if overlaps(a, b):
        return None
    va = a.value if a.value is not None else _mid(a)
    vb = b.value if b.value is not None else _mid(b)
    detail = f"{da or a.describe()} vs {db or b.describe()}"
    out: dict[str, Any] = {"kind": "disjoint", "detail": detail}
    if va is not None and vb is not None and math.isfinite(va) and math.isfinite(vb):
        out["difference"] = round(vb - va, 4)
        if min(abs(va), abs(vb)) > 0:
            out["ratio"] = round(max(abs(va), abs(vb)) / min(abs(va), abs(vb)), 3)
    return out


def _mid(a: Amount) -> float | None:
    if a.low is not None and a.high is not None:
        return (a.low + a.high) / 2
    return a.low if a.low is not None else a.high
