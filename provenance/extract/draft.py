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
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from ..speech.speakers import sentence_end, sentence_start, slug
from .records import Extraction, NumberMention, Statement, StudyMention

_BAD_CHARS_RE = re.compile(r"[\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS_RE = re.compile(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
CLAIM_TEXT_MAX = 300


class DraftExistsError(FileExistsError):
    """The output folder exists and ``force`` was not given, or the path is a file.

    Nothing was written. ``not_a_folder`` tells the two apart.
    """

    def __init__(self, path: str, *, not_a_folder: bool = False) -> None:
        super().__init__(path)
        self.path = path
        self.not_a_folder = not_a_folder

    def __str__(self) -> str:
        return self.path


def yq(s: str) -> str:
    """``s`` as a YAML double-quoted scalar that loads back to exactly ``s``.

    JSON string syntax is valid YAML; characters YAML would refuse raw or read
    as line breaks (C1 controls, U+2028/9, a BOM) are escaped as well.
    """
    out = json.dumps(s, ensure_ascii=False)
    return _BAD_CHARS_RE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", out)


def _comment(s: str, limit: int = 160) -> str:
    s = _LINE_BREAKS_RE.sub(" ", s).strip()
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() and abs(v) < 1e15 else repr(float(v))


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
    out, k = base, 2
    while out in used:
        out, k = f"{base}-{k}", k + 1
    used.add(out)
    return out


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
    for k in ("value", "low", "high", "unit", "population", "text"):
        if k in est:
            v = est[k]
            parts.append(f"{k}: {_num(v) if isinstance(v, int | float) else yq(str(v))}")
    return "{" + ", ".join(parts) + "}"


def generate_draft(ex: Extraction, source_name: str, *, origin: str | None = None) -> str:
    """The dossier YAML for ``ex``, whose text is saved as ``sources/<source_name>``."""
    text = ex.text
    line = _Lines(text)
    used: set[str] = set()
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
    # people
    counts: dict[str, int] = {}
    for st in ex.statements:
        if st.speaker_id:
            counts[st.speaker_id] = counts.get(st.speaker_id, 0) + 1
    w("")
    w("people:" if ex.people else "people: []")
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
        if p.description:
            w(f"    note: {yq(p.description)}")
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
    w(f"    source_text: {yq('sources/' + source_name)}")
    if ex.studies:
        w("  # Studies the article mentions: find each paper, add doi/year/venue, and")
        w("  # move fields to `verified` once checked against the paper itself.")
    for s in ex.studies:
        w(f"  - id: {sid[s.id]}  # line {line(s.start)}")
        w("    type: study")
        w(f"    title: {yq(s.title)}  # draft: the article's words, not the paper's title")
        unverified = ["title"]
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
        if s.period:
            note = f"{s.period[0]}–{s.period[1]}. " + note
        w(f"    note: {yq(note)}")
        w(f"    unverified: [{', '.join(unverified)}]")
    # claims
    w("")
    claims: list[str] = []
    inside: set[int] = set()
    for k, st in enumerate(ex.statements, 1):
        claims.extend(_statement_claim(ex, st, k, article_id, pid, sid, line, used, inside))
    k = len(ex.statements)
    for i, n in enumerate(ex.numbers):
        if i in inside or n.kind not in ("percent", "ratio", "range"):
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
        if not quote or "\n" in quote:
            quote = n.text
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
        based = _studies_in(ex.studies, ss, se, sid)
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
            w(f"#   line {line(n.start)}: {_comment(n.text, 60)} -> {val} {n.unit or ''}"
              f"{extra} [{n.kind}]{_comment(of, 80)}")
    return "\n".join(out) + "\n"


def _studies_in(studies: list[StudyMention], a: int, b: int, sid: dict[str, str]) -> list[str]:
    return [sid[s.id] for s in studies if s.start < b and s.end > a]


def _statement_claim(ex: Extraction, st: Statement, k: int, article_id: str,
                     pid: dict[str, str], sid: dict[str, str], line: _Lines, used: set[str],
                     inside: set[int]) -> list[str]:
    text = ex.text
    who = pid.get(st.speaker_id or "", "")
    cid = _unique(f"s{k:02d}-{who or 'unattributed'}", used)
    review = {
        "cue": "check speaker",
        "label": "interview answer",
        "pronoun": "speaker resolved from a pronoun; check speaker",
        "previous": "no cue; speaker carried over from the quote before; check speaker",
        "guess": "speaker guessed from a name near the cue; check speaker",
        "interviewee": "unlabelled answer, speaker guessed; check speaker",
        "none": "speaker not found; add `by:` or delete",
    }.get(st.how, "check speaker")
    head = f"  # {k}. line {line(st.start)}, {st.kind}"
    if st.speaker and st.speaker_id:
        head += f", by {_comment(st.speaker, 40)}"
    elif st.speaker:
        head += f", by someone unnamed ({_comment(st.speaker, 40)})"
    if st.cue and st.how not in ("label",):
        head += f" (cue: {_comment(st.cue, 60)})"
    lines = [head + f"; draft: {review}"]
    lines.append(f"  - id: {cid}")
    lines.append(f"    text: {yq(_claim_text(st.quote))}")
    has_estimate = False
    for i, n in enumerate(ex.numbers):
        if any(a <= n.start and n.end <= b for a, b in st.spans):
            inside.add(i)
            est = _estimate(n)
            if est is not None and not has_estimate and n.kind in (
                    "percent", "ratio", "range", "count"):
                lines.append(f"    estimate: {_est_yaml(est)}  # draft: check the figure")
                has_estimate = True
    first = st.spans[0]
    ss = sentence_start(text, max(0, first[0] - 600), first[0])
    se = sentence_end(text, first[1], min(len(text), first[1] + 600))
    based = _studies_in(ex.studies, ss, se, sid)
    if based:
        lines.append(f"    based_on: [{', '.join(based)}]  # draft: same sentence")
    lines.append("    appearances:")
    for a, b in st.spans:
        lines.append(f"      - in: {article_id}")
        if who:
            lines.append(f"        by: {who}")
        lines.append(f"        quote: {yq(text[a:b])}")
    return lines


def write_draft(ex: Extraction, out_dir: str | Path, source_name: str, *,
                force: bool = False, origin: str | None = None) -> Path:
    """Write the draft folder (``dossier.yaml`` + ``sources/<source_name>``) atomically.

    Raises DraftExistsError if ``out_dir`` exists and ``force`` is false.
    """
    target = Path(out_dir)
    if target.exists() and not target.is_dir():
        raise DraftExistsError(str(target), not_a_folder=True)
    if target.exists() and not force:
        raise DraftExistsError(str(target))
    yaml_text = generate_draft(ex, source_name, origin=origin)
    parent = target.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=parent))
    try:
        (tmp / "sources").mkdir()
        # newline="" keeps the text byte for byte, so offsets and quotes match
        with open(tmp / "sources" / source_name, "w", encoding="utf-8", newline="") as f:
            f.write(ex.text)
        with open(tmp / "dossier.yaml", "w", encoding="utf-8", newline="\n") as f:
            f.write(yaml_text)
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=parent))
            os.rename(target, old / "x")
            os.rename(tmp, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target
