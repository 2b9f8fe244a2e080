"""Write an extraction as a draft dossier a journalist can review.

The YAML is written by hand, not dumped: every string is a double-quoted
scalar (so no article text can turn into YAML syntax), and comments say what
to review next to each record (``# draft: check speaker``). The folder is
built in a temporary directory beside the target and renamed into place, so an
interrupted run leaves nothing half-written, and an existing folder is only
replaced when asked (``force``).
"""

from __future__ import annotations

import bisect
import json
import re
from pathlib import Path
from typing import Any, Generic, TypeVar

from ..errors import OutputExists
from ..files import write_folder_atomic
from ..model import ESTIMATE_FIELDS
from ..numbers import PLURAL_NOUNS, canonical_unit, plural
from ..speech.speakers import sentence_end, sentence_start, slug
from .figures import FigureClaim, own_clause, question_text, rejected, revision_of
from .records import Extraction, NumberMention, Statement
from .studies import DOCUMENT_NOUNS

_BAD_CHARS_RE = re.compile(r"[\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS_RE = re.compile(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
CLAIM_TEXT_MAX = 300
#: Study nouns that make a draft work a ``report`` rather than a ``study``.
_REPORT_NOUNS = {"report", "reports", "data", "statistics", "figures", "numbers"}


#: The name this error had before there was one for every output (issue 15).
DraftExistsError = OutputExists

T = TypeVar("T")


class _Index(Generic[T]):
    """Things with spans in the text, found by position with bisection: a long text has
    thousands of figures, numbers and quotations, and asking each of them about each of
    the others made writing a draft quadratic."""

    def __init__(self, items: list[tuple[int, int, T]]) -> None:
        self.items = sorted(items, key=lambda x: (x[0], x[1]))
        self.starts = [a for a, _b, _t in self.items]
        self.longest = max((b - a for a, b, _t in self.items), default=0)

    def within(self, a: int, b: int) -> list[T]:
        """The things wholly inside ``a:b``, in order."""
        lo, hi = bisect.bisect_left(self.starts, a), bisect.bisect_right(self.starts, b)
        return [t for s, e, t in self.items[lo:hi] if e <= b]

    def overlapping(self, a: int, b: int) -> list[T]:
        """The things that share a character with ``a:b``, in order."""
        lo = bisect.bisect_left(self.starts, a - self.longest)
        hi = bisect.bisect_left(self.starts, b)
        return [t for s, e, t in self.items[lo:hi] if s < b and a < e]


def yq(s: str) -> str:
    """``s`` as a YAML double-quoted scalar that loads back to exactly ``s``.

    JSON string syntax is valid YAML; characters YAML would refuse raw or read
    as line breaks (C1 controls, U+2028/9, a BOM) are escaped as well.
    """
    out = json.dumps(s, ensure_ascii=False)
    return _BAD_CHARS_RE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", out)


_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\ufeff]")


def _comment(s: str, limit: int = 160) -> str:
    """Text for a YAML comment: one line, no character YAML refuses (a NUL, a lone
    surrogate), at most ``limit`` characters."""
    s = _CONTROL_RE.sub("\ufffd", _LINE_BREAKS_RE.sub(" ", s)).strip()
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"


def _num(v: float) -> str:
    """A number as YAML reads it back as a number (never ``2e-06``, which YAML 1.1 reads as
    text)."""
    if float(v).is_integer() and abs(v) < 1e15:
        return str(int(v))
    out = repr(float(v))
    if "e" in out or "E" in out:
        out = f"{float(v):.15f}".rstrip("0")
        if out.endswith("."):
            out += "0"
    return out


class _Lines:
    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer(r"\n", text)]

    def __call__(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos)


#: Plain scalars YAML reads as something other than a string (an id must stay a string).
_YAML_WORDS = {"true", "false", "yes", "no", "on", "off", "y", "n", "null", "nan", "inf"}


def _unique(base: str, used: set[str]) -> str:
    base = base or "x"
    if not base[0].isalnum():
        base = "x" + base
    if base.lower() in _YAML_WORDS or re.fullmatch(r"[\d._-]+|0x[\da-f]+", base.lower()):
        base = "x-" + base  # "true", "2016": ids YAML would read as a boolean or a number
    out, k = base, (used.next_k.get(base, 2) if isinstance(used, _Used) else 2)
    while out in used:
        out, k = f"{base}-{k}", k + 1
    used.add(out)
    if isinstance(used, _Used) and out != base:
        used.next_k[base] = k  # a thousand claims of one base: no count from 2 each time
    return out


class _Used(set[str]):
    """The ids taken, with the next number to try for each base."""

    def __init__(self) -> None:
        super().__init__()
        self.next_k: dict[str, int] = {}


def _claim_text(quote: str) -> str:
    """A claim's text: the quote, cut at a sentence end when long."""
    q = " ".join(quote.split())
    if len(q) <= CLAIM_TEXT_MAX:
        return q
    cut = q[:CLAIM_TEXT_MAX]
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)", cut)]
    if ends and ends[-1] > 60:
        return cut[: ends[-1]]
    return cut.rsplit(" ", 1)[0] + " …"


def _estimate(n: NumberMention) -> dict[str, Any] | None:
    est: dict[str, Any] = {}
    if n.kind == "percent" and n.value is not None:
        est = {"value": n.value, "unit": "%"}
    elif n.kind == "ratio" and n.low is not None:
        est = {"value": n.low, "unit": "%"}
    elif n.kind == "range" and n.low is not None and n.high is not None and n.low <= n.high:
        est = {"low": n.low, "high": n.high}
        if n.unit:
            est["unit"] = n.unit
    elif n.kind in ("count", "money") and n.value is not None:
        est = {"value": n.value, "unit": n.unit or ""}
    else:
        return None
    if n.of:
        est["population"] = n.of
    est["text"] = n.text
    return est


def _est_yaml(est: dict[str, Any]) -> str:
    parts = []
    for k in ESTIMATE_FIELDS:  # the dossier's own order; a draft has no `quantity`
        if k in est:
            v = est[k]
            parts.append(f"{k}: {_num(v) if isinstance(v, int | float) else yq(str(v))}")
    return "{" + ", ".join(parts) + "}"


def generate_draft(ex: Extraction, source_name: str, *, origin: str | None = None) -> str:
    """The dossier YAML for ``ex``, whose text is saved as ``sources/<source_name>``."""
    text = ex.text
    line = _Lines(text)
    used: set[str] = _Used()
    pid = {p.id: _unique(p.id, used) for p in ex.people}
    stem = Path(source_name).stem
    article_id = _unique(slug(stem) or "article", used)
    sid = {s.id: _unique(s.id, used) for s in ex.studies}
    title = ex.title or stem
    out: list[str] = []
    w = out.append
    w("# Draft dossier written by `provenance extract`"
      + (f" from {_comment(origin, 80)}" if origin else "") + ".")
    w("# It is a first draft: check every speaker, trim each claim's text to one")
    w("# proposition, link claims to the studies they rest on, and delete what is")
    w("# not worth keeping. Lines marked `draft:` need a look. Quotes are exact")
    w("# substrings of the source text, so `provenance check` anchors every one.")
    w(f"title: {yq('Draft: ' + title)}")
    w(f"description: {yq(f'First draft extracted from {source_name}; to be reviewed.')}")
    for fc in ex.figures:
        fc.claim_id = None  # set below, as each figure's claim is written
    plan = _figure_plan(ex, used)
    if plan.questions:
        w("")
        w("# Figures that different sources give for one quantity, as questions: each")
        w("# source's figure is a claim (a position); `contested` shows the dispute.")
        w("questions:")
        for qid, qtext, note in plan.questions:
            w(f"  - id: {qid}")
            w(f"    text: {yq(qtext)}  # draft: check the wording")
            if note:
                w(f"    note: {yq(note)}")
    # people
    counts: dict[str, int] = {}
    for st in ex.statements:
        if st.speaker_id:
            counts[st.speaker_id] = counts.get(st.speaker_id, 0) + 1
    w("")
    w("people:" if ex.people or plan.voices else "people: []")
    for p in ex.people:
        said_n = counts.get(p.id, 0)
        what = [f"{said_n} statement{'s' if said_n != 1 else ''}"] if said_n else []
        if p.author:
            what.append("author of the article")
        w(f"  # {', '.join(what) or 'named in the article'}; draft: check name and aliases")
        w(f"  - id: {pid[p.id]}")
        w(f"    name: {yq(p.name)}")
        if p.aliases:
            w(f"    aliases: [{', '.join(yq(a) for a in p.aliases)}]")
        if p.author:
            w("    role: journalist")
        if p.affiliation:
            w(f"    affiliation: {yq(p.affiliation)}  # draft: as the text introduces them")
        if p.description:
            w(f"    note: {yq(p.description)}")
    for body, vid in plan.voices.items():
        w("  # an organisation whose unnamed spokesperson the article quotes; draft: check")
        w(f"  - id: {vid}")
        w(f"    name: {yq(body)}")
        w(f"    note: {yq('An organisation: what its spokespeople say is credited to it.')}")
    # works
    w("")
    w("works:")
    w(f"  - id: {article_id}")
    w("    type: article")
    w(f"    title: {yq(title)}")
    authors = [pid[p.id] for p in ex.people if p.author]
    if authors:
        w(f"    authors: [{', '.join(authors)}]")
    if ex.venue:
        w(f"    venue: {yq(ex.venue)}  # draft: check")
    if ex.date:
        w(f"    date: {yq(ex.date)}  # draft: check")
        w(f"    year: {ex.date[:4]}")
    w(f"    source_text: {yq('sources/' + source_name)}")
    if ex.studies:
        w("  # Studies the article mentions: find each paper, add doi/year/venue, and")
        w("  # move fields to `verified` once checked against the paper itself.")
    for s in ex.studies:
        w(f"  - id: {sid[s.id]}  # line {line(s.start)}, mentioned {len(s.mentions)} time"
          f"{'s' if len(s.mentions) != 1 else ''}")
        kind = "report" if (s.noun or "") in _REPORT_NOUNS else \
            "other" if (s.noun or "") in DOCUMENT_NOUNS else "study"  # "documents seen by"
        w(f"    type: {kind}")
        if s.title_given:
            w(f"    title: {yq(s.title)}  # the title the article gives; draft: check it")
        else:
            w(f"    title: {yq(s.title)}  # draft: the article gives no title; find the paper")
        unverified = ["title"]
        if s.venue:
            w(f"    venue: {yq(s.venue)}")
        if s.year:
            w(f"    year: {s.year}")
            unverified.append("year")
        if s.design:
            w(f"    design: {s.design}  # draft: guessed from {yq(s.design_note or '')}")
            w(f"    design_note: {yq(s.design_note or '')}")
            unverified += ["design", "design_note"]
        if s.sample_n is not None:
            unit = f", unit: {yq(s.sample_unit)}" if s.sample_unit else ""
            w(f"    sample: {{n: {_num(s.sample_n)}{unit}}}")
            unverified.append("sample")
        note = s.sentence
        if s.organisation:
            note = f"By {s.organisation} (an organisation). " + note
        elif s.author:
            note = f"By {s.author}. " + note
        if s.period:
            note = f"{s.period[0]}–{s.period[1]}. " + note
        w(f"    note: {yq(note)}")
        w(f"    unverified: [{', '.join(unverified)}]")
    if plan.org_works:
        w("  # What organisations give, as the article reports it: find each release or")
        w("  # report and replace the title with its own.")
    for name, wid in plan.org_works.items():
        w(f"  - id: {wid}")
        w("    type: report")
        w(f"    title: {yq(name + ' figures')}  # draft: the article gives no title")
        note = f"Figures given by {name} (an organisation), as the article reports them."
        w(f"    note: {yq(note)}")
        w("    unverified: [title]")
    # claims
    w("")
    claims: list[str] = []
    inside: set[int] = set()
    ix = _Indexes(ex)
    for k, st in enumerate(ex.statements, 1):
        claims.extend(_statement_claim(ex, st, k, article_id, pid, sid, line, used, inside,
                                       ix, plan))
    claims.extend(_figure_claims(ex, plan, article_id, pid, sid, line, used))
    _supersessions(ex, claims)
    k = len(ex.statements) + len(ex.figures)
    for i, n in enumerate(ex.numbers):
        if i in inside or n.kind not in ("percent", "ratio", "range"):
            continue
        if ix.sourced.overlapping(n.start, n.end):
            continue
        if n.kind == "range" and n.unit == "year":
            continue
        est = _estimate(n)
        if est is None:
            continue
        k += 1
        ss = sentence_start(text, max(0, n.start - 600), n.start)
        se = sentence_end(text, n.end, min(len(text), n.end + 600))
        quote = text[ss:se].strip()
        if not quote or "\n" in quote or not re.search(r"[^\W\d_]{3}", quote.replace(
                n.text, "")):
            continue  # a figure alone on a line ("50%") is no claim
        cid = _unique(f"n{k:02d}-{slug(n.text)[:30]}", used)
        if n.speaker_id:
            claims.append(f"  # line {line(n.start)}: a figure in indirect speech; "
                          "draft: check speaker and what it counts")
        else:
            claims.append(f"  # line {line(n.start)}: a figure in the article's own words"
                          " (no speaker); draft: check what it counts")
        claims.append(f"  - id: {cid}")
        claims.append(f"    text: {yq(_claim_text(quote))}")
        claims.append(f"    estimate: {_est_yaml(est)}")
        based = _studies_in(ix, ss, se, sid)
        if based:
            claims.append(f"    based_on: [{', '.join(based)}]  # draft: same sentence")
        claims.append("    appearances:")
        claims.append(f"      - in: {article_id}")
        if n.speaker_id and n.speaker_id in pid:
            claims.append(f"        by: {pid[n.speaker_id]}")
        claims.append(f"        quote: {yq(quote)}")
    w("claims:" if claims else "claims: []")
    out.extend(claims)
    # every figure, for review
    if ex.numbers:
        w("")
        w("# Figures found in the text (line: as written -> value, unit; what it counts):")
        for n in ex.numbers:
            val = (f"{_num(n.low)}–{_num(n.high)}" if n.low is not None and n.high is not None
                   and n.kind in ("range", "period") else
                   _num(n.value) if n.value is not None else "?")
            extra = f" = {_num(n.low)}%" if n.kind == "ratio" and n.low is not None else ""
            of = f"; {n.of}" if n.of else ""
            unit = _comment(n.unit or "", 40)
            w(f"#   line {line(n.start)}: {_comment(n.text, 60)} -> {val} {unit}"
              f"{extra} [{n.kind}]{_comment(of, 80)}")
    return "\n".join(out) + "\n"


class _Indexes:
    """The extraction's figures, numbers, studies and questions, indexed by position."""

    def __init__(self, ex: Extraction) -> None:
        self.sourced = _Index([(fc.start, fc.end, fc) for fc in ex.figures
                               if fc.source is not None])
        self.numbers = _Index([(n.start, n.end, i) for i, n in enumerate(ex.numbers)])
        self.studies = _Index([(s.start, s.end, (k, s)) for k, s in enumerate(ex.studies)])
        self.questions = sorted(q[1] for q in ex.questions)
        self.question_at = sorted(ex.questions, key=lambda q: q[1])


def _studies_in(ix: _Indexes, a: int, b: int, sid: dict[str, str]) -> list[str]:
    return [sid[s.id] for _k, s in sorted(ix.studies.overlapping(a, b), key=lambda x: x[0])]


def _statement_claim(ex: Extraction, st: Statement, k: int, article_id: str,
                     pid: dict[str, str], sid: dict[str, str], line: _Lines, used: set[str],
                     inside: set[int], ix: _Indexes, plan: _Plan | None = None) -> list[str]:
    text = ex.text
    who = pid.get(st.speaker_id or "", "")
    cid = _unique(f"s{k:02d}-{who or 'unattributed'}", used)
    review = {
        "cue": "check speaker",
        "label": "interview answer",
        "pronoun": "speaker resolved from a pronoun; check speaker",
        "previous": "no cue; speaker carried over from the quote before; check speaker",
        "guess": "speaker guessed from a name near the cue; check speaker",
        "interviewee": "unlabelled answer, by whom the introduction says the interview is "
                       "with; check speaker",
        "interviewee-guess": "unlabelled answer, speaker guessed; check speaker",
        "none": "speaker not found; add `by:` or delete",
    }.get(st.how, "check speaker")
    head = f"  # {k}. line {line(st.start)}, {st.kind}"
    # who the text says it is when it names nobody ("A police spokeswoman ... she said")
    unnamed = st.speaker if not who and st.speaker else \
        st.speaker_id if not who and st.speaker_id and st.speaker_id not in pid else None
    if st.speaker and st.speaker_id and who:
        head += f", by {_comment(st.speaker, 40)}"
    elif unnamed:
        head += f", by someone unnamed ({_comment(unnamed, 40)})"
    if st.cue and st.how not in ("label",):
        head += f" (cue: {_comment(st.cue, 60)})"
    lines = [head + f"; draft: {review}"]
    lines.append(f"  - id: {cid}")
    lines.append(f"    text: {yq(_claim_text(st.quote))}")
    notes: list[str] = []
    if unnamed and not re.fullmatch(r"(?i)(?:he|she|they|it|we|i|you)", unnamed.strip()):
        who_said = re.sub(r"^(?:A|An|The)\b", lambda m: m.group(0).lower(), unnamed.strip())
        notes.append(f"Said by {who_said}{'' if _named(who_said) else ', unnamed in the article'}.")
    if st.kind == "answer":
        asked = ix.question_at[:bisect.bisect_right(ix.questions, st.start)]
        if asked:
            # the interviewer's question is context for the answer, not a claim of anyone's
            q = " ".join(text[asked[-1][0]:asked[-1][1]].split()).strip("*").strip()
            q = re.sub(r"^(?:Q|Question)\s*[:.]\s*", "", q)
            notes.append("Asked: " + _comment(q, 240))
    if notes:
        lines.append(f"    note: {yq(' '.join(notes))}")
    # a figure the speaker gives in this quotation is this claim's, under its question: one
    # claim per quotation, not the quotation and again its sentence
    mine = [fc for a, b in st.spans for fc in ix.sourced.within(a, b)]
    own = next((fc for fc in sorted(mine, key=lambda fc: fc.start)
                if fc.source is not None and fc.source.how == "quote"), None)
    if own is not None:
        own_est = _figure_estimate(own)
        if own_est:
            own.claim_id = cid
            if plan is not None and own.group is not None and own.group in plan.group_q:
                lines.append(f"    question: {plan.group_q[own.group]}")
                lines.append(f"    position: {yq(plan.positions.get(id(own)) or _position(own))}")
            lines.append(f"    estimate: {_est_yaml(own_est)}")
    # a figure with its source is a claim of its own (under its question)
    has_estimate = bool(mine)
    for i in sorted({i for a, b in st.spans for i in ix.numbers.within(a, b)}):
        n = ex.numbers[i]
        inside.add(i)
        est = _estimate(n)
        if est is not None and not has_estimate and n.kind in (
                "percent", "ratio", "range", "count") and not rejected(text, n.start, n.end):
            # ("I am confident it is not nine thousand": no estimate of the speaker's)
            lines.append(f"    estimate: {_est_yaml(est)}  # draft: check the figure")
            has_estimate = True
    first = st.spans[0]
    ss = sentence_start(text, max(0, first[0] - 600), first[0])
    se = sentence_end(text, first[1], min(len(text), first[1] + 600))
    based = _studies_in(ix, ss, se, sid)
    if based:
        lines.append(f"    based_on: [{', '.join(based)}]  # draft: same sentence")
    lines.append("    appearances:")
    if not who and plan is not None and own is not None and own.claim_id == cid and \
            own.source is not None and own.source.voice:
        # "'We counted 2,900,' a spokeswoman for the Dockers Alliance said": the figure is
        # the body's (Statement.body), and so is the claim that gives it
        who = plan.voices.get(own.source.name, "")
    for a, b in st.spans:
        lines.append(f"      - in: {article_id}")
        if who:
            lines.append(f"        by: {who}")
        lines.append(f"        quote: {yq(text[a:b])}")
    return lines


def write_draft(ex: Extraction, out_dir: str | Path, source_name: str, *,
                force: bool = False, origin: str | None = None) -> Path:
    """Write the draft folder (``dossier.yaml`` + ``sources/<source_name>``) atomically.

    Raises :class:`provenance.files.OutputExists` if ``out_dir`` exists and
    ``force`` is false, or if it is a file (``not_a_folder``).
    """
    yaml_text = generate_draft(ex, source_name, origin=origin)

    def fill(tmp: Path) -> None:
        (tmp / "sources").mkdir()
        # newline="" keeps the text byte for byte, so offsets and quotes match
        with open(tmp / "sources" / source_name, "w", encoding="utf-8", newline="") as f:
            f.write(ex.text)
        with open(tmp / "dossier.yaml", "w", encoding="utf-8", newline="\n") as f:
            f.write(yaml_text)

    return write_folder_atomic(out_dir, fill, force=force)


class _Plan:
    """Ids decided before writing: questions, organisations, their works, figure claims."""

    def __init__(self) -> None:
        self.questions: list[tuple[str, str, str | None]] = []  # (id, text, note)
        self.group_q: dict[int, str] = {}
        self.orgs: dict[str, str] = {}  # organisation name -> person id
        #: Bodies whose unnamed voice ("a spokeswoman for X") the article quotes or gives
        #: a figure of: each a person entry, credited with ``by:`` (Statement.body).
        self.voices: dict[str, str] = {}
        self.org_works: dict[str, str] = {}  # organisation name -> work id
        self.units: dict[int, str] = {}
        #: The position each grouped figure holds (by ``id``): sources giving the same
        #: figure hold one position ("38,000 farms (the ministry, Rui Valente)").
        self.positions: dict[int, str] = {}


def _figure_plan(ex: Extraction, used: set[str]) -> _Plan:
    plan = _Plan()
    groups: dict[int, list[FigureClaim]] = {}
    for fc in ex.figures:
        if fc.group is not None:
            groups.setdefault(fc.group, []).append(fc)
    # (the speech engine's quotations: a speaker's words word no question while the
    # article's own do)
    quoted = [span for st in ex.statements for span in st.spans]
    for g, members in sorted(groups.items()):
        # (worded from the figures that stand: a first count its source has revised, "12,000
        # had gathered in Castle Square by noon", words no question)
        standing = [m for m in members if not m.revised] or members
        qtext = question_text(ex.text, standing, quoted)
        qid = _unique("q-" + slug(qtext.rstrip("?"))[:40], used)
        places = sorted({m.place for m in standing if m.place})
        note = (f"The sources count in different places ({', '.join(places)}); split the "
                "question if they are different quantities.") if len(places) > 1 else None
        plan.questions.append((qid, qtext, note))
        plan.group_q[g] = qid
        for same in _same_figures(members):
            label = _position(same[0], [m.source.name for m in same if m.source is not None])
            for m in same:
                plan.positions[id(m)] = label
    for fc in ex.figures:
        s = fc.source
        if s is None or s.kind != "organisation":
            continue
        if s.name not in plan.orgs:
            plan.orgs[s.name] = _unique(slug(s.name)[:40] or "organisation", used)
        if s.study is None and s.name not in plan.org_works:
            plan.org_works[s.name] = _unique(slug(s.name)[:40] + "-figures", used)
    known = {p.name.casefold() for p in ex.people}
    # the bodies whose spokespeople give a figure (in a quotation, Statement.body's; in a
    # sentence, the one rule's): a quotation with no figure stays unattributed, with a note
    bodies = [fc.source.name for fc in ex.figures
              if fc.source is not None and fc.source.voice]
    for body in bodies:
        if body and body.casefold() not in known and body not in plan.voices:
            plan.voices[body] = plan.orgs.get(body) or _unique(
                slug(body)[:40] or "organisation", used)
    for st in ex.studies:
        if st.organisation and st.organisation not in plan.orgs:
            plan.orgs[st.organisation] = _unique(slug(st.organisation)[:40] or "organisation",
                                                 used)
    return plan


def _named(who: str) -> bool:
    """Whether a speaker or a source the draft writes as the text gives it is a name ("the
    Statistics Authority", "Thornmoor Police") rather than someone unnamed ("a police
    spokeswoman", "Tenant groups", "Thornmoor Police spokeswoman"): a name ends on one of
    its capitalised words."""
    words = who.split()
    return bool(words) and words[-1][:1].isupper()


def _figure_estimate(fc: FigureClaim) -> dict[str, Any]:
    f = fc.figure
    est: dict[str, Any] = {}
    # an area, a length or a length of time keeps the unit it was given in ("340 square
    # kilometres", "11 months", "3.9 centimetres"): `numbers.canonical_unit` converts it
    # when figures are compared ("24 months" and "two years" agree; as "durations", 24 and
    # 2 would not); as does a rate ("158 per 100,000": its unit is "per 100000")
    written_unit = canonical_unit(f.unit)[0] in ("area", "duration", "length", "volume") or \
        (f.unit or "").startswith("per ")
    if f.kind == "ratio" and f.numerator is not None and f.denominator:
        est = {"value": round(100.0 * f.numerator / f.denominator, 6), "unit": "%"}
    elif f.kind == "ratio" and f.low is not None:
        est = {"value": f.low, "unit": "%"}
    elif f.kind == "range" and f.low is not None and f.high is not None:
        # "between 1% and 1.5%" is a range of shares: a range first, then its unit
        est = {"low": f.low, "high": f.high,
               "unit": "%" if f.unit == "%" else f.unit if written_unit else _unit_of(fc)}
    elif f.unit == "%":
        est = {"value": f.value, "unit": "%"}
    elif f.unit == "points" and fc.quantity.startswith(("increase in", "reduction in",
                                                         "change in")):
        est = {"value": f.value, "unit": "percentage points"}  # "turnout rose 3.2 points"
    elif f.value is not None and written_unit:
        est = {"value": f.value, "unit": f.unit}
    elif f.value is not None:
        est = {"value": f.value, "unit": _unit_of(fc) if f.kind != "money" else f.unit or ""}
    est = {k: v for k, v in est.items() if v is not None}
    if "value" not in est and not ("low" in est and "high" in est):
        return {}
    if fc.falls:
        # a fall set against another source's rise: the change is negative ("fell by 12
        # per cent" is -12), so the two answers compare as they disagree
        if "value" in est:
            est["value"] = -est["value"]
        if "low" in est:
            est["low"], est["high"] = -est["high"], -est["low"]
    own = fc.noun if f.unit and fc.noun and fc.noun != est.get("unit") else None
    pop = fc.place or own
    if pop:
        est["population"] = pop
    est["text"] = f.text
    return est


def _unit_of(fc: FigureClaim) -> str:
    q = re.sub(r" @\d+", "", fc.quantity)  # ("@": where a quantity of its own was met)
    if q == "death":
        return "deaths"
    if q.startswith("death "):
        return "deaths " + q[6:]
    head, _, rest = q.partition(" ")
    if head in _PARTICIPLES or (head.endswith("ed") and len(head) >= 6 and
                                not head.endswith("eed") and head != "hundred"):
        return q  # ("held", "killed", "sold": a participle, never "helds"; one unit for
        # every claim of the quantity, so their figures compare)
    if head.isalpha() and head.islower() and head not in _NO_PLURAL \
            and head not in PLURAL_NOUNS and not head.endswith("s"):
        # "38,000 farm vs 61,000 farm" reads wrong: the unit is what is counted, plural
        return f"{plural(head)} {rest}".strip()
    return q


#: Past participles a quantity may be named by that end in no "-ed" (general English;
#: those in "-ed", "injured", "arrested", are read by their ending).
_PARTICIPLES = frozenset("held born hurt lost found seen taken made sold left kept put "
                         "stolen shot built paid sent caught bought won given spent "
                         "written".split())
#: Quantities that are not counted nouns, or are plural already.
_NO_PLURAL = frozenset("people men women money share rate figure missing".split())


def _figure_claims(ex: Extraction, plan: _Plan, article_id: str, pid: dict[str, str],
                   sid: dict[str, str], line: _Lines, used: set[str]) -> list[str]:
    text = ex.text
    out: list[str] = []
    authors = [pid[p.id] for p in ex.people if p.author and p.id in pid]
    by_sentence: dict[tuple[int, int], list[FigureClaim]] = {}
    for fc in ex.figures:
        by_sentence.setdefault(fc.sentence, []).append(fc)
    for n, fc in enumerate(ex.figures, 1):
        s = fc.source
        if s is None or fc.claim_id is not None or s.how == "cited":
            continue  # none, written with the quotation that gives it, or another source's
            # figure repeated to reject it (that source's own claim says it)
        ss, se = own_clause(text, fc, by_sentence[fc.sentence])
        quote = text[ss:se].strip()
        if not quote or not re.search(r"[^\W\d_]{3}", quote.replace(fc.figure.text, "")):
            continue  # a figure alone on a line is no claim
        estimate = _figure_estimate(fc)
        if not estimate:
            continue
        who = {"person": "said by", "organisation": "given by", "study": "from",
               "generic": "given by", "article": "stated by"}.get(s.kind, "given by")
        head = (f"  # line {line(fc.start)}: {_comment(fc.figure.text, 60)} {who} "
                f"{_comment(s.name, 60)}"
                f" ({s.how})")
        if fc.revised and fc.revised_to is not None:
            later = ex.figures[fc.revised_to]
            head += (f"; revised by the same source to {_comment(later.figure.text, 60)} (line "
                     f"{line(later.start)}): its earlier figure, no dispute with that one")
        out.append(head + "; draft: check source and what it counts")
        cid = _unique(f"f{n:02d}-{slug(s.name)[:24]}-{slug(fc.figure.text)[:16]}", used)
        fc.claim_id = cid
        out.append(f"  - id: {cid}")
        out.append(f"    text: {yq(_claim_text(quote))}")
        if fc.group is not None and fc.group in plan.group_q:
            out.append(f"    question: {plan.group_q[fc.group]}")
            out.append(f"    position: {yq(plan.positions.get(id(fc)) or _position(fc))}")
        out.append(f"    estimate: {_est_yaml(estimate)}")
        based = []
        study = fc.study_id or s.study
        if study and study in sid:
            based.append(sid[study])
        if s.kind == "organisation" and s.name in plan.org_works and not study:
            based.append(plan.org_works[s.name])
        if based:
            out.append(f"    based_on: [{', '.join(dict.fromkeys(based))}]")
        if s.guessed:
            # (figures.FigureClaim kept with a best guess: the journalist corrects a name
            # rather than finding a missed side of the dispute)
            note = (f"Source guessed: the article does not say plainly who gives this "
                    f"figure; {s.name} is the nearest likely source.")
            out.append(f"    note: {yq(note)}  # draft: check source")
        elif s.kind == "generic":
            unnamed = "" if _named(s.name) else ", unnamed in the article"
            out.append(f"    note: {yq('Given by ' + s.name + unnamed + '.')}")
        elif s.kind == "article":
            note = ("The article's own figure (it names no source for it); another source "
                    "in the article gives a different one.")
            out.append(f"    note: {yq(note)}")
        elif s.kind == "person" and not s.confirmed:
            note = f"Given by {s.name} ({s.how}); the sentence is the article's own words."
            out.append(f"    note: {yq(note)}  # draft: add `by:` if it is theirs")
        out.append("    appearances:")
        out.append(f"      - in: {article_id}")
        if s.kind == "person" and s.confirmed and s.person_id and s.person_id in pid:
            out.append(f"        by: {pid[s.person_id]}")
        elif s.kind == "organisation" and s.via and s.confirmed and s.via in pid:
            # the body's figure in its spokesperson's or director's words: theirs to check
            out.append(f"        by: {pid[s.via]}  # draft: for {_comment(s.name, 40)}")
        elif s.kind == "organisation" and s.voice and s.name in plan.voices:
            out.append(f"        by: {plan.voices[s.name]}")  # its spokesperson's figure
        elif fc.said_by is not None and fc.said_by in pid:
            # the sentence holds someone's quotation ('Zero Hedge asked, "... PolitiFact
            # said ... 51% ..."'): `check` reads the words as theirs, so the draft does too
            out.append(f"        by: {pid[fc.said_by]}  # draft: their words; the figure is "
                       f"{_comment(s.name, 40)}'s as they report it")
        elif s.kind == "article" and authors:
            out.append(f"        by: {authors[0]}  # draft: the article's author")
        out.append(f"        quote: {yq(quote)}")
    return out


def _supersessions(ex: Extraction, claims: list[str]) -> None:
    """Each revised figure's claim names the claim of the figure its source revised it to
    (``superseded_by``: `contested` shows it in the question but weighs no side for it, and
    no numeric disagreement with its revision), once every claim has its id: a quotation's
    claim is written before the figures' claims. A revision written as no claim of its own
    is passed over to the one after it."""
    at = {ln[len("  - id: "):]: i for i, ln in enumerate(claims) if ln.startswith("  - id: ")}
    inserts: list[tuple[int, str]] = []
    for fc in ex.figures:
        if not fc.revised or fc.claim_id is None or fc.claim_id not in at:
            continue
        to = revision_of(ex.figures, fc, lambda o: o.claim_id is not None)
        later = to.claim_id if to is not None else None
        if later is None or later == fc.claim_id or later not in at:
            continue
        # after the claim's estimate (else its text), inside its own block
        i = at[fc.claim_id] + 1
        spot = i + 1
        while i < len(claims) and claims[i].startswith("    "):
            if claims[i].startswith(("    text:", "    estimate:")):
                spot = i + 1
            i += 1
        inserts.append((spot, f"    superseded_by: {later}"))
    for spot, ln in sorted(inserts, reverse=True):
        claims.insert(spot, ln)


def _position(fc: FigureClaim, names: list[str] | None = None) -> str:
    """A position's label: the figure and who gives it (each source once)."""
    if names is None:
        names = [fc.source.name] if fc.source is not None else ["?"]
    who = ", ".join(dict.fromkeys(names))
    if len(who) > 60:
        who = who[:59].rstrip() + "…"
    way = ("down " if fc.falls else "up ") if fc.quantity.startswith("change in ") else ""
    since = ", since revised" if fc.revised else ""
    return f"{way}{' '.join(fc.figure.text.split())} ({who}{since})"


def _same_figures(members: list[FigureClaim]) -> list[list[FigureClaim]]:
    """The members grouped by figure: two sources giving 38,000 hold one position."""
    from .figures import same_value

    out: list[list[FigureClaim]] = []
    for m in sorted(members, key=lambda fc: fc.start):
        f = m.figure
        # (a range's ends both; "one patient in twelve" and "8.3%" are one share)
        # (a revised figure holds a position of its own: "12,000 (police, since revised)")
        home = next((c for c in out if (c[0].figure.kind == "range") == (f.kind == "range")
                     and c[0].revised == m.revised and
                     (same_value(c[0].figure, f) if f.kind != "range" else
                      c[0].figure.high == f.high and c[0].figure.low == f.low)), None)
        if home is None:
            out.append([m])
        else:
            home.append(m)
    return out
