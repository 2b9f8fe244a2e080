"""Studies an article mentions, with what it says of them.

A study is named in news prose as ``Tubbs et al.``, ``a study by X``, or a
noun phrase around ``study``/``trial``/``survey``/``poll`` that carries some
detail: a design word (``prospective``, ``cadaveric``), a period or year, a
sample (``that included 834 patients``, ``among 20 cadavers``) or a proper
name (``a Bloomberg poll``). A bare ``the paper you read`` is not enough to
make a draft work. Mentions in one sentence are one study.
"""

from __future__ import annotations

import bisect
import re

from ..speech.speakers import NAME_RE, clean_name, sentence_end, sentence_start, slug
from .records import NumberMention, StudyMention

_SP = r"[ \u00a0]"
_ETAL_RE = re.compile(rf"(?P<name>[A-ZÀ-Þ][\w’'\-]+){_SP}+et{_SP}+al\.?")
_STUDY_RE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Oo]ne|[Aa]nother|[Aa]{_SP}+new|[Ii]ts)"
    rf"(?P<mods>(?:{_SP}+[\w’'\-]+){{0,5}}?){_SP}+"
    r"(?P<noun>study|trial|survey|poll|review|meta-analysis|analysis|experiment|"
    r"investigation|dissection|report|paper)\b"
)
_BY_RE = re.compile(rf"{_SP}+(?:by|from|led{_SP}+by|of){_SP}+(?:Dr\.{_SP}+)?")
DESIGNS = [
    (r"systematic review", "systematic-review"),
    (r"meta-analys[ie]s", "meta-analysis"),
    (r"randomi[sz]ed|controlled trial|\btrial\b", "trial"),
    (r"prospective|retrospective|cohort|longitudinal|follow-up study", "cohort"),
    (r"case-control", "case-control"),
    (r"cross-sectional|\bsurvey\b|\bpoll\b", "cross-sectional"),
    (r"case series", "case-series"),
    (r"cadaver|cadaveric|anatomical|dissection", "anatomical"),
    (r"case report", "case-report"),
    (r"\breview\b", "narrative-review"),
]
_DESIGN_RES = [(re.compile(p, re.I), d) for p, d in DESIGNS]
_DETAIL_WORDS = re.compile(
    r"prospective|retrospective|randomi[sz]ed|controlled|cohort|longitudinal|cadaver|"
    r"cadaveric|anatomical|clinical|cross-sectional|systematic|pilot|observational|large|"
    r"national|nationwide|published|peer-reviewed", re.I)


def find_studies(text: str, numbers: list[NumberMention]) -> list[StudyMention]:
    """Draft works for the studies ``text`` mentions, in text order, one per sentence."""
    found: dict[int, StudyMention] = {}  # sentence start -> study
    starts = [n.start for n in numbers]
    for m in _ETAL_RE.finditer(text):
        ss = sentence_start(text, max(0, m.start() - 400), m.start())
        se = sentence_end(text, m.end(), min(len(text), m.end() + 600))
        st = _make(text, ss, se, numbers, starts, f"{m.group('name')} et al.", m.start(),
                   m.end())
        st.author = m.group("name")
        found.setdefault(ss, st)
    for m in _study_matches(text):
        ss = sentence_start(text, max(0, m.start() - 400), m.start())
        if ss in found:
            continue
        se = sentence_end(text, m.end(), min(len(text), m.end() + 600))
        mods = m.group("mods")
        author = None
        bm = _BY_RE.match(text, m.end())
        if bm:
            nm = NAME_RE.match(text, bm.end())
            cleaned = clean_name(nm.group(0)) if nm else None
            if cleaned:
                author = cleaned[0]
        title = text[m.start():se].strip().rstrip(".")
        if len(title) > 160:
            title = title[:157].rsplit(" ", 1)[0] + " …"
        st = _make(text, ss, se, numbers, starts, title, m.start(), se)
        st.author = author
        detail = (
            _DETAIL_WORDS.search(mods) or re.search(r"[A-Z]", mods) or author
            or st.sample_n is not None or st.period or st.year
        )
        if m.group("noun") in ("poll", "survey") and not (re.search(r"[A-Z]", mods)
                                                        or st.sample_n or author):
            detail = None
        if not detail:
            continue
        found[ss] = st
    studies = sorted(found.values(), key=lambda s: s.start)
    used: set[str] = set()
    for st in studies:
        base = _id(st)
        sid, k = base, 2
        while sid in used:
            sid, k = f"{base}-{k}", k + 1
        used.add(sid)
        st.id = sid
    return studies


_NOUN_RE = re.compile(r"\b(?:study|trial|survey|poll|review|meta-analysis|analysis|experiment|"
                      r"investigation|dissection|report|paper)\b")


def _study_matches(text: str) -> list[re.Match[str]]:
    """Study phrases, looking only around the study nouns (fast on long texts)."""
    out: list[re.Match[str]] = []
    last_end = -1
    for nm in _NOUN_RE.finditer(text):
        lo = max(last_end, nm.start() - 90, 0)
        for m in _STUDY_RE.finditer(text, lo, nm.end()):
            if m.end() == nm.end():
                out.append(m)
                last_end = m.end()
                break
    return out


def _make(text: str, ss: int, se: int, numbers: list[NumberMention], starts: list[int],
          title: str, start: int, end: int) -> StudyMention:
    sentence = text[ss:se].strip()
    st = StudyMention("", title, sentence, start, end)
    for rx, design in _DESIGN_RES:
        dm = rx.search(sentence)
        if dm:
            st.design, st.design_note = design, dm.group(0)
            break
    for n in numbers[bisect.bisect_left(starts, ss):bisect.bisect_right(starts, se)]:
        if n.end > se:
            continue
        if n.kind == "period" and st.period is None and n.low is not None and n.high is not None:
            st.period = (int(n.low), int(n.high))
        elif n.kind == "year" and st.year is None and n.value is not None:
            st.year = int(n.value)
        elif n.kind in ("sample", "count") and st.sample_n is None and n.unit and n.unit not in (
                "mm", "cm", "m", "km", "kg", "g", "years", "months", "days"):
            st.sample_n, st.sample_unit = n.value, n.unit
    return st


def _id(st: StudyMention) -> str:
    if st.author:
        return f"{slug(st.author.split()[-1])}-et-al" if "et al" in st.title else \
            f"{slug(st.author.split()[-1])}-study"
    parts = [st.design_note or "", "study"]
    if st.period:
        parts.append(f"{st.period[0]}-{st.period[1]}")
    elif st.year:
        parts.append(str(st.year))
    elif st.sample_n is not None:
        parts.append(f"{st.sample_n:g}-{st.sample_unit or ''}")
    return slug(" ".join(parts)) or "study"
