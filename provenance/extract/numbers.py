"""Figures as the text writes them: value, unit, and what they count.

One pass of a single compiled pattern over the text, the alternatives ordered
so the longest reading wins (``between 1.9 million and 3 million`` is one
range, not two counts; ``113 of 834`` is one ratio). A figure written as
``113 of them`` takes its whole from the last count before it (``834
patients``), so the draft can show 113/834 next to a "12 percent".
"""

from __future__ import annotations

import re

from .records import NumberMention

WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12, "a hundred": 100,
    "a thousand": 1000,
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SP = r"[ \u00a0]"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM = "|".join(sorted((w.replace(" ", _SP) for w in WORDS if w != "one"), key=len,
                           reverse=True))
_NUM = rf"(?:{_DIGITS}|(?i:{_WORDNUM}))"
_SCALE = rf"(?:{_SP}+(?:thousand|million|billion|trillion))"
_APPROX = (
    rf"(?:(?:about|approximately|around|roughly|nearly|almost|some|over|under|more{_SP}+than|"
    rf"less{_SP}+than|fewer{_SP}+than|at{_SP}+least|up{_SP}+to|only|just){_SP}+)"
)
_TIME_UNITS = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries)"
_PCT = rf"(?:%|{_SP}?percent(?:age{_SP}+points?)?|{_SP}?per{_SP}cent)"
_MONTHS = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|"
    r"June|July|August|September|October|November|December)\.?"
)

_STARTS = sorted({w.split()[0] for w in WORDS} | {
    "between", "from", "about", "approximately", "around", "roughly", "nearly", "almost", "some",
    "over", "under", "more", "less", "fewer", "at", "up", "only", "just", "one"}, key=len,
    reverse=True)
NUMBER_RE = re.compile(
    rf"""
    (?:
    (?P<range>(?i:between){_SP}+(?P<r1>{_NUM}){_SCALE}?(?P<rp1>{_PCT})?{_SP}+and{_SP}+
        (?P<r2>{_NUM})(?P<rs2>{_SCALE})?(?P<rp2>{_PCT})?)
  | (?P<period>(?i:from){_SP}+(?P<y1>(?:1[5-9]|20)\d\d){_SP}+(?:to|until|through|and){_SP}+
        (?P<y2>(?:1[5-9]|20)\d\d)\b)
  | (?P<ratio>(?P<q1>{_NUM}){_SP}+(?:out{_SP}+)?of{_SP}+(?:the{_SP}+|all{_SP}+)?
        (?:(?P<q2>{_DIGITS})(?![\d,])|(?P<qthem>them|those|these|the{_SP}+\w+))\b)
  | (?P<pct>(?P<ap>{_APPROX})?(?P<p1>{_DIGITS}|(?i:{_WORDNUM})){_PCT}(?![\w]))
  | (?P<money>[$€£](?P<m1>{_DIGITS})(?P<ms>{_SCALE})?)
  | (?P<dur>(?P<da>{_APPROX})?(?P<d1>{_NUM}|(?i:one)){_SP}+(?P<du>{_TIME_UNITS})
        (?P<dago>{_SP}+ago)?\b)
  | (?P<year>(?<![\d,.$])(?:1[89]|20)\d\d(?![\d,%]|{_SP}?percent))
  | (?P<count>(?<![\w.,$-])(?P<c1>{_NUM})(?P<cs>{_SCALE})?{_SP}+(?P<cu>[a-z][a-z\-]+))
    )
    """,
    re.X,
)
_NOT_UNITS = {
    "of", "and", "or", "to", "the", "a", "in", "on", "at", "by", "for", "is", "was", "are",
    "were", "that", "which", "who", "p", "a.m", "pm", "am", "times", "th", "st", "nd", "rd",
    "has", "have", "had", "will", "would", "with", "from", "as", "than", "it", "he", "she",
}
_ADJ = {
    "remaining", "more", "other", "new", "additional", "different", "separate", "consecutive",
    "adult", "healthy", "young", "older", "severe", "total", "former", "current", "eligible",
    "registered", "likely", "undecided", "independent", "american", "percent",
}
_OF_STOP_RE = re.compile(r"[,.;:!?()“”\"]|\b(?:that|who|which|were|was|had|have|has|are|is|"
                         r"and(?!/)|but|because|when|while)\b")


#: Digits or a currency sign, and number words: every figure holds one. Found first (two
#: fast scans), then the full pattern is tried from the word or two before each when those
#: can start a figure ("more than 3", "between 1.9 million").
_DIGIT_RE = re.compile(r"[\d$€£]+")
_NUMWORD_RE = re.compile(
    r"(?=[TtFfSsEeNnOoHhDd])\b(?:[Tt](?:wo|hree|en|welve|hirt(?:y|een)|wenty)|"
    r"[Ff](?:our|ive|ourteen|ifteen|orty|ifty)|[Ss](?:ix|even|ixteen|eventeen|ixty|eventy)|"
    r"[Ee](?:ight|leven|ighteen|ighty)|[Nn](?:ine|ineteen|inety)|[Oo]ne|[Hh]undred|[Dd]ozen)\b"
)
_WORD_BACK_RE = re.compile(r"([A-Za-z]+)[ \u00a0]+$")
_STARTS_SET = set(_STARTS) | {"than", "to", "least", "a"}


def _matches(text: str) -> list[re.Match[str]]:
    anchors = sorted([m.start() for m in _DIGIT_RE.finditer(text)]
                     + [m.start() for m in _NUMWORD_RE.finditer(text)])
    out: list[re.Match[str]] = []
    done = 0
    for a in anchors:
        if a < done:
            continue
        starts = [a]
        p = a
        for _ in range(2):
            b = _WORD_BACK_RE.search(text, max(done, p - 20), p)
            if not b or b.group(1).lower() not in _STARTS_SET:
                break
            p = b.start()
            starts.append(p)
        for st in reversed(starts):
            m = NUMBER_RE.match(text, st)
            if m and m.end() > a:
                out.append(m)
                done = m.end()
                break
    return out


def _val(s: str) -> float | None:
    s = s.strip().replace("\u00a0", " ").lower()
    if s in WORDS:
        return float(WORDS[s])
    try:
        from ..numbers import saturate

        return saturate(float(s.replace(",", "")))
    except ValueError:
        return None


def _scaled(v: float | None, scale: str | None) -> float | None:
    if v is None or not scale:
        return v
    return v * SCALES[scale.strip().lower()]


def _phrase_after(text: str, pos: int, max_words: int = 8) -> str | None:
    """What a figure counts: the words after it, up to punctuation or a clause."""
    chunk = text[pos:pos + 120]
    m = _OF_STOP_RE.search(chunk)
    if m:
        chunk = chunk[:m.start()]
    words = chunk.split()[:max_words]
    return " ".join(words) or None


def find_numbers(text: str) -> list[NumberMention]:
    """Every figure in ``text`` with its offsets, value, unit and what it counts."""
    out: list[NumberMention] = []
    last_count: NumberMention | None = None
    for m in _matches(text):
        s, e = m.start(), m.end()
        g = m.group
        if g("range"):
            lo = _val(g("r1"))
            hi = _scaled(_val(g("r2")), g("rs2"))
            if g("rs2") and lo is not None and lo < 1000:
                lo = _scaled(lo, g("rs2"))
            unit = "%" if g("rp2") or g("rp1") else (_phrase_after(text, e, 1) or None)
            if unit and unit.lower() in _NOT_UNITS:
                unit = None
            out.append(NumberMention(text[s:e], None, unit, s, e, "range", lo, hi,
                                     _phrase_after(text, e)))
        elif g("period"):
            y1, y2 = int(g("y1")), int(g("y2"))
            out.append(NumberMention(text[s:e], None, "year", s, e, "period", y1, y2))
        elif g("ratio"):
            num = _val(g("q1"))
            den = _val(g("q2")) if g("q2") else None
            if den is None and g("qthem") and last_count is not None and \
                    g("qthem").split()[0].lower() in ("them", "those", "these"):
                den = last_count.value
            if den is None:
                # "three of the patients": a count of a group
                out.append(NumberMention(text[s:e], num, g("qthem") or None, s, e, "count",
                                         of=_phrase_after(text, s)))
                continue
            pct = round(100 * num / den, 1) if num is not None and den else None
            of = last_count.of if (g("qthem") and last_count) else _phrase_after(text, e)
            out.append(NumberMention(text[s:e], num, f"of {den:g}", s, e, "ratio",
                                     of=of, low=pct, high=pct))
        elif g("pct"):
            v = _val(g("p1"))
            of = None
            after = text[e:e + 200]
            om = re.match(rf"{_SP}+of{_SP}+", after)
            if om:
                of = _phrase_after(text, e + om.end())
            out.append(NumberMention(text[s:e], v, "%", s, e, "percent", of=of))
        elif g("money"):
            v = _scaled(_val(g("m1")), g("ms"))
            out.append(NumberMention(text[s:e], v, text[s], s, e, "money",
                                     of=_phrase_after(text, e)))
        elif g("dur"):
            v = _val(g("d1"))
            unit = g("du").lower()
            if not unit.endswith("s"):
                unit += "s"
            out.append(NumberMention(text[s:e], v, unit, s, e, "duration",
                                     of="ago" if g("dago") else None))
        elif g("year"):
            out.append(NumberMention(text[s:e], float(text[s:e]), "year", s, e, "year"))
        elif g("count"):
            if re.search(rf"(?:{_MONTHS}|No\.|#){_SP}*$", text[max(0, s - 12):s]):
                continue  # "Sept. 11 memorial", "No. 1 priority"
            v = _scaled(_val(g("c1")), g("cs"))
            unit = g("cu")
            if unit in _NOT_UNITS or unit.startswith("-"):
                continue
            count_s = s
            nxt = re.compile(rf"{_SP}+([a-z][a-z\-]+)").match(text, m.end("cu"))
            if unit in _ADJ and nxt and nxt.group(1) not in _NOT_UNITS:
                unit = f"{unit} {nxt.group(1)}"
                e = nxt.end()
            nm = NumberMention(text[count_s:e], v, unit, count_s, e, "count",
                               of=_phrase_after(text, m.start("cu")))
            out.append(nm)
            last_count = nm
    return out
