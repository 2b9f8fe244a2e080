"""Turn a raw article into a first-draft dossier: quotes, speakers, numbers, studies.

``extract_text(text)`` returns an :class:`Extraction` (plain records, offsets
into ``text``); ``read_article(path)`` reads a UTF-8 text or HTML file the way
the extractor and the dossier loader both see it; ``generate_draft`` renders an
extraction as dossier YAML with review comments and ``write_draft`` writes the
folder atomically. ``extract(path, out_dir)`` does all of it. Everything here
is a heuristic first draft for a journalist to review, never a verdict.
"""

from __future__ import annotations

import os
import re
import sys
import types
from collections.abc import Iterable
from pathlib import Path
from typing import Any

# Raised here, defined with every other exception in provenance.errors.
from ..errors import ExtractError as ExtractError
from ..numbers import MONTH_NAMES, MONTHS_RE
from ..speech.furniture import PUBLICATION_RE, masthead, masthead_name, site_name
from ..speech.speakers import UP
from .draft import DraftExistsError, generate_draft, write_draft
from .records import Extraction, NumberMention, PersonDraft, Statement, StudyMention

DEFAULT_MAX_BYTES = 256 * 1024 * 1024


#: 40 or more characters with no space: no word (see :func:`extract_text`).
_LONG_RUN_RE = re.compile(r"\S{40,}")
_AUTHOR_NOTE_RE = re.compile(
    rf"(?P<name>[{UP}][\w’'\-]+(?:[ \u00a0]+[{UP}][\w’'.\-]+){{1,3}})[ \u00a0]+is[ \u00a0]+"
    r"(?:a|an|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?(?:editor|writer|reporter|journalist|"
    r"correspondent|columnist|contributor|freelancer)\b(?:[ \u00a0]+(?:of|at|for)[ \u00a0]+"
    rf"(?P<venue>[{UP}][\w’'\-]*(?:[ \u00a0]+(?:&|and|of|[{UP}][\w’'\-]*))*))?"
)


def max_bytes() -> int:
    """The largest article read (``PROVENANCE_MAX_BYTES``, as for dossiers)."""
    try:
        return int(os.environ.get("PROVENANCE_MAX_BYTES", DEFAULT_MAX_BYTES))
    except ValueError:
        return DEFAULT_MAX_BYTES


def read_article(path: str | Path, bold: list[int] | None = None) -> str:
    """The article's text: UTF-8 (a BOM dropped, newlines kept), HTML reduced to text.

    For HTML, the start offsets of paragraphs set in bold (interview questions,
    often) are appended to ``bold`` when it is given. Raises ExtractError with
    what to do when the file cannot be read.
    """
    p = Path(path)
    if not p.is_file():
        raise ExtractError(f"{p}: no such file; give the path of a .txt or .html article")
    size = p.stat().st_size
    if size > max_bytes():
        raise ExtractError(f"{p}: {size:,} bytes, over the {max_bytes():,}-byte limit; "
                           "split it, or raise PROVENANCE_MAX_BYTES")
    raw = p.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        raise ExtractError(f"{p}:{line}: not UTF-8 (byte 0x{raw[e.start]:02x}); save it as "
                           "UTF-8, e.g. `iconv -f latin1 -t utf-8`") from None
    from .html import html_to_text, looks_like_html

    if p.suffix.lower() in (".html", ".htm", ".xhtml") or looks_like_html(text):
        text = html_to_text(text, bold)
    if not text.strip():
        raise ExtractError(f"{p}: no text found; is it the article itself?")
    return text


def extract_text(text: str, *, bold_paragraphs: Iterable[int] = ()) -> Extraction:
    """Find who says what in ``text``, and the figures and studies it mentions.

    ``bold_paragraphs``: start offsets of paragraphs set in bold (from HTML),
    read as interview questions like ``**...**`` in plain text.
    """
    from provenance.numbers import find_numbers, scan

    from ..speech import analyse
    from ..speech.statements import indirect_speaker
    from .studies import find_studies

    speech = analyse(text, bold_paragraphs)
    paras, people, mentions = speech.paras, speech.people, speech.mentions
    persons = list(people.persons)
    ex = Extraction(text=text, people=persons, statements=speech.statements,
                    questions=list(speech.questions))
    # the text's numbers read once: plain figures for the numbers list, and the bare ones
    # ("stood at 114,978") the figure claims find their quantity for
    figures = scan(text, bare=True)
    ex.numbers = find_numbers(text, figures)

    quoted = sorted(sp for s in speech.statements for sp in s.spans)
    for n in ex.numbers:
        if n.kind in ("percent", "ratio", "range") and not _inside(quoted, n.start):
            n.speaker_id = indirect_speaker(text, n.start, paras, people, mentions)
    # studies and figures read words; a run of 40 or more characters with no space (a
    # hash, a data URI, a minified line pasted with the page) is no word of theirs, and
    # their name patterns would try it from each of its letters (quadratic: 20 KB took
    # 16 s). They read the text with such runs blanked, same length, same offsets.
    words = _LONG_RUN_RE.sub(lambda m: " " * len(m.group()), text)
    if words != text:
        figures = [f for f in figures if not words[f.start:f.end].isspace()]
    ex.studies = find_studies(words, ex.numbers)
    _own_studies(ex)
    from .figures import find_figure_claims

    ex.figures = find_figure_claims(
        words, figures, paras, speech.statements, persons,
        [(a, b, s.organisation or _office(s.author), s.title, s.id)
         for s in ex.studies for a, b in s.mentions])
    _people_of_figures(ex, persons)
    _confirm_by(ex, speech)
    _frame(ex, paras)
    from ..speech.furniture import byline_names

    # the byline (the one rule for it, speech.furniture's), else an author's note at the end
    names = next((found for s, e in paras.spans if s < 3000
                  if (found := byline_names(text[s:e]))), [])
    if not names:
        for m2 in _AUTHOR_NOTE_RE.finditer(words, max(0, len(text) - 5000)):
            names = [m2.group("name")]
            if m2.group("venue"):
                ex.venue = m2.group("venue").strip()
    from .figures import is_org

    for k, name in enumerate(names):
        name = _without_outlet(name, ex.venue)
        if name.isupper():
            name = name.title()  # "BY JANE ROE": the name, not a heading in capitals
        if k and (is_org(name) or _ROLE_RE.search(name) or len(name.split()) < 2):
            continue  # "By Jane Roe, Staff Writer", "By Jane Roe, Reuters": not co-authors
        _author(persons, name)
    from .affiliation import affiliation

    # (once the byline has said who wrote the article: its author speaks for no one here)
    for p in persons:
        if not p.author:
            p.affiliation = affiliation(words, p, persons)
    from .behalf import figures_of_bodies

    # (once the people's bodies are known: a body's figures given by its spokesperson or
    # director are the body's)
    figures_of_bodies(ex, words)
    _article_source(ex)
    return ex


def _without_outlet(name: str, venue: str | None) -> str:
    """A byline's name without the outlet run on after it ("By BINAJ GURUBACHARYA Associated
    Press": the outlet is the article's venue, not two more words of the author's name)."""
    if venue and len(name) > len(venue) and name.casefold().endswith(" " + venue.casefold()):
        rest = name[: -len(venue)].rstrip(" \u00a0,")
        if len(rest.split()) >= 2:
            return rest
    return name


def _own_studies(ex: Extraction) -> None:
    """"Our modelling, which corrects for ..., puts it at ...": a study a speaker calls
    their own is theirs (its author, when the text names nobody else)."""
    from .studies import _label  # (studies is the extraction's, loaded with it)

    for st in ex.studies:
        if st.author or st.organisation or not st.mentions:
            continue
        a, b = st.mentions[0]
        if ex.text[a:b].split()[0].lower() not in ("our", "my"):
            continue
        said = next((s for s in ex.statements if s.speaker and s.speaker_id
                     and any(x <= a < y for x, y in s.spans)), None)
        if said is not None:
            st.author = said.speaker
            if not st.title_given:
                # its description now names whose it is ("Wade Pruitt count"), not the
                # speaker's own word for it ("Our count"), which names no one on a page
                st.title = _label(st)


def _office(author: str | None) -> str | None:
    """A study's author that is an office, not a person's name ("a new report from the
    Children's Commissioner"): who gives the study's figures, as a body would."""
    from ..speech.roles import OFFICES

    words = (author or "").split()
    return author if words and words[-1].casefold() in OFFICES else None


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """True when ``pos`` is inside one of ``spans`` (sorted, not overlapping: quotations),
    by bisection: a long text has thousands of numbers and of quotations."""
    import bisect

    i = bisect.bisect_right(spans, (pos, float("inf")))
    return any(a <= pos < b for a, b in spans[max(0, i - 8):i])


def _article_source(ex: Extraction) -> None:
    """The article's own figures go by its outlet, else its author, else "the article"."""
    from .figures import ARTICLE

    authors = [p.name for p in ex.people if p.author]
    name = ex.venue or (authors[0] if len(authors) == 1 else None) or ARTICLE
    for fc in ex.figures:
        if fc.source is not None and fc.source.kind == "article":
            fc.source.name = name


#: Words of a byline that name a role, not a co-author ("Staff Writer").
_ROLE_RE = re.compile(r"(?i)\b(?:writer|reporter|correspondent|editor|staff|columnist|"
                      r"contributor|journalist|desk|wire|services?)\b")


def _author(persons: list[PersonDraft], name: str) -> None:
    """Mark the byline's ``name`` as an author of the article, adding them if not quoted."""
    from ..speech import match_person
    from ..speech.speakers import clean_name, slug

    cleaned = clean_name(name)
    if cleaned is None:
        return
    written, core = cleaned
    # a quoted person who also wrote the piece: the one rule for who a name is
    found = match_person([" ".join(core)], persons)
    author = next((p for p in persons if p is found), None)
    if author is None:
        ids = {p.id for p in persons}
        aid, k = slug(core[-1]) or "author", 2
        while aid in ids:
            aid, k = f"{slug(' '.join(core))}-{k}", k + 1
        author = PersonDraft(aid, " ".join(core), [written] if written != " ".join(
            core) else [])
        persons.append(author)
    author.author = True


def _people_of_figures(ex: Extraction, persons: list[PersonDraft]) -> None:
    """A person who gives a figure without being quoted ("El-Baz said the new estimate was
    837,214") joins the draft's people, so the claim can say ``by`` them. Who a name is
    is the speech engine's one rule (:func:`provenance.speech.match_person`)."""
    from ..speech import match_person
    from ..speech.speakers import clean_name, slug

    by_id = {p.id: p for p in persons}
    for fc in ex.figures:
        s = fc.source
        if s is None or s.kind != "person":
            continue
        if s.person_id is not None:
            if s.person_id in by_id:  # the draft's name for them ("Associate Professor Ann
                s.name = by_id[s.person_id].name  # Roe" is Ann Roe in its people)
            continue
        p = match_person([s.name], persons)
        if p is None:
            surname = s.name.split()[-1]
            shared = any(q.name.split()[-1:] == [surname] for q in persons)
            # "Bob Lee" beside a quoted Ann Lee: the id and the short form say which Lee
            pid = (slug(surname) if not shared else slug(s.name)) or "person"
            base, k = pid, 2
            while pid in by_id:
                pid, k = f"{base}-{k}", k + 1
            alias = [surname] if len(s.name.split()) > 1 and not shared else []
            got = clean_name(s.name)
            # (the person's name without the title the text gave them: "Dr Aisha Malik")
            name = " ".join(got[1]) if got is not None and len(got[1]) >= 2 else s.name
            if name != s.name:
                alias = [s.name, *alias]
            p = PersonDraft(pid, name, alias)
            persons.append(p)
            by_id[pid] = p
        s.person_id = p.id
        s.name = p.name  # the person's name as the draft's people list gives it, no titles


def _confirm_by(ex: Extraction, speech: Any) -> None:
    """A figure's person goes in ``by:`` only when ``check`` would say the text gives the
    sentence to them (the one engine's verdict); otherwise the draft names them in a note.
    A sentence ``check`` would give to someone else (a quotation that reports another's
    figure) has them in ``by:`` (``FigureClaim.said_by``), so the draft passes its check."""
    from ..speech import attribute
    from ..speech.attribute import match_person, speaker_at

    people = {p.id: p for p in ex.people}
    plist = ex.people  # the same list throughout: the speech engine indexes it once
    for fc in ex.figures:
        s = fc.source
        if s is None:
            continue
        ss, se = fc.sentence
        raw = ex.text[ss:se]
        start = ss + len(raw) - len(raw.lstrip())
        end = ss + len(raw.rstrip())
        if s.kind == "person" and s.person_id is not None:
            verdict = attribute(speech, start, end, people.get(s.person_id), plist)
            s.confirmed = verdict.verdict == "ok"
            if s.confirmed:
                continue
        if attribute(speech, start, end, None, plist).verdict == "unattributed":
            # the sentence holds someone's quotation ('Zero Hedge asked, "... PolitiFact
            # said ... 51% ..."'): `check` reads the words as theirs, so `by:` is theirs
            sp = speaker_at(speech, start, end)
            who = match_person(sp.names, plist) if sp.names else None
            fc.said_by = who.id if who is not None else None


_MONTH_NO = {m[:3].lower(): i for i, m in enumerate(MONTH_NAMES, 1)}
_DATE_RES = [
    re.compile(rf"\b(?P<m>{MONTHS_RE})\.?[ \u00a0]+(?P<d>\d{{1,2}}),?[ \u00a0]+"
               rf"(?P<y>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<d>\d{{1,2}})[ \u00a0]+(?P<m>{MONTHS_RE})\.?,?[ \u00a0]+"
               rf"(?P<y>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mn>\d\d)-(?P<d>\d\d)\b"),
]
#: "BOSTON (AP) _", "LONDON (Reuters) -": the wire in a dateline.
_WIRE_RE = re.compile(r"\((?P<w>AP|AFP|Reuters|UPI|Bloomberg|dpa|"
                      r"PA|CP|ANSA|Xinhua|IANS|PTI|AAP)\)")
_WIRES = {"AP": "Associated Press", "AFP": "Agence France-Presse",
          "UPI": "United Press International", "PA": "PA Media", "CP": "The Canadian Press",
          "AAP": "Australian Associated Press", "PTI": "Press Trust of India"}
#: "Published 14 March 2026", "Updated 3 hours ago": the page's time stamp, never a title.
_STAMP_RE = re.compile(r"(?i)^(?:published|updated|posted|last updated|first published)\b")
_FROM_RE = re.compile(rf"^(?:From|Source:)[ \u00a0]+(?P<v>[{UP}][\w.&'’\- ]{{2,60}})$")


def _headline_above_byline(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The headline of a page pasted whole, when a byline (or a "Posted on" stamp) comes
    in the first lines: the first headline-like line above it, past a masthead ("The
    Lakeside Post") and the tagline under it, sections and buttons; a standfirst may sit
    between the headline and the byline."""
    from ..speech.furniture import byline_names, is_furniture_line
    from ..speech.speakers import CLAIM_BOX_RE

    lines = [text[a:b].strip() for a, b in spans[:10]]
    at = next((i for i, ln in enumerate(lines) if ln and (
        byline_names(ln) or _STAMP_RE.match(ln) or _ROLE_LINE_RE.match(ln) or
        (len(ln.split()) <= 14 and _BY_INSIDE_RE.search(ln)))), None)
    if at is None:
        return None
    heads: list[str] = []
    for line in lines[:at]:
        if _label_line(line):
            continue  # "THE LONG READ" on a line of its own: a label, no headline
        if CLAIM_BOX_RE.match(line):
            continue  # 'Claim: "One in five ..."': a fact-check's claim box, no headline
        head = _kicked(line)
        # two short sentences are a headline here, above a byline ("Turbines kill
        # thousands, says charity. The operator says far fewer"); a consent banner is not
        if not 3 <= len(head.split()) <= 25 or is_furniture_line(line) or \
                not _headline_like(head, True) or _ROLE_LINE_RE.match(head) or \
                _dated_place(head) or _CONSENT_RE.search(head):
            continue  # a sentence, a section, a button, a byline, a dateline, a banner
        heads.append(head)
    # the page's first line past a "Skip to main content" link
    top = next((i for i, ln in enumerate(lines[:at]) if ln and not is_furniture_line(ln)), 0)
    if len(heads) >= 2 and heads[0] == lines[top] and masthead(lines[top]) and (
            PUBLICATION_RE.search(masthead_name(lines[top])) or any(
                is_furniture_line(ln) for ln in lines[top + 1:lines.index(heads[-1])])):
        # a masthead: a publication's name, or a name above the page's navigation
        heads = heads[1:]
        if len(heads) >= 2 and lines[top + 1] == heads[0]:
            heads = heads[1:]  # the masthead's tagline ("English-language news from ...")
    if not heads:
        return None
    return _capital(heads[0])


def _capital(head: str) -> str:
    """A headline starts with a capital ("Fact check: did ..." heads "Did ..."), but a
    name keeps its own ("iPhone sales slump", "eBay bets on ...")."""
    first = head.split(" ", 1)[0]
    return head if any(c.isupper() for c in first[1:]) else head[:1].upper() + head[1:]


#: A byline without "By", in capitals as bylines are: "Staff Correspondent, Barishal",
#: "Health Reporter" (not "Council cuts 200 staff").
_ROLE_LINE_RE = re.compile(rf"^(?:[{UP}][\w.’'-]*[ \u00a0]+){{0,3}}"
                           r"(?:Writer|Reporter|Correspondent|Editor|Staff|Columnist|"
                           r"Journalist)s?\b(?:[ \u00a0]*[,|].*)?$")
#: A cookie banner pasted with the page: "We use cookies to ... Accept all / Reject".
_CONSENT_RE = re.compile(r"(?i)\bcookies?\b.*\b(?:accept|reject|agree|consent|manage|settings|"
                         r"preferences|opt[ -]out)\b|\b(?:accept|reject|allow)\b.*\bcookies?\b")
#: A byline after a place and a date: "Portvale, 14 June 2025 — by Lukas Amsler".
_BY_INSIDE_RE = re.compile(rf"[—–|·][ \u00a0]*[Bb]y[ \u00a0]+[{UP}]")


def _dated_place(line: str) -> bool:
    """A dateline on a line of its own: "Johannesburg, 12 March 2025"."""
    bare = re.sub(rf"^[{UP}][\w.\- ]{{1,30}},[ \u00a0]+", "", line)
    return bare != line and any(d.fullmatch(bare.strip(" ,")) for d in _DATE_RES)


def _section_run(text: str, spans: list[tuple[int, int]], s: int) -> bool:
    """True when the short line at ``s`` opens a run of short lines ("UK", "Politics")
    that ends in a line of three words or more: a web page's sections, not a headline."""
    from ..speech.furniture import byline_names, is_furniture_line

    rest = [text[a:b].strip() for a, b in spans if a > s and text[a:b].strip()][:4]
    for line in rest:
        if is_furniture_line(line) or byline_names(line):
            return False  # "Water wars" then "Share", "By Jane Roe": that was the headline
        if len(line.split()) >= 3:
            return True
        if len(line.split()) > 2 or not line[:1].isupper():
            return False
    return False


def _frame(ex: Extraction, paras: Any) -> None:
    """Title from the headline (never a button, a byline, a name or a date), and the
    article's outlet and date where the top of the text gives them."""
    from ..speech.furniture import DATELINE_RE, KICKER_RE, byline_names, is_furniture_line

    text = ex.text
    spans = list(getattr(paras, "spans", []))[:12]
    authors = {n for s, e in spans for n in byline_names(text[s:e])}
    head = _headline_above_byline(text, spans)
    if head is not None:
        ex.title = head  # the masthead and sections above it are not the title
    for s, e in spans if head is None else []:
        line = text[s:e].strip()
        if _label_line(line):
            continue  # "THE LONG READ", "Explainer" on a line of its own: a label
        kicker = KICKER_RE.match(line)  # the one list of kickers (speech.furniture)
        if kicker and len(line[kicker.end():].split()) >= 3:
            line = _capital(line[kicker.end():].strip())  # "EXCLUSIVE: Lead author ..."
        elif not line or is_furniture_line(line) or byline_names(line) or \
                _STAMP_RE.match(line):
            continue
        if any(n and (line.startswith(n) or n.startswith(line)) and len(line.split()) <= 4
               for n in authors):
            continue  # the author's name on a line of its own
        if _FROM_RE.match(line) or _dated_place(line) or any(
                d.fullmatch(line.replace("GMT", "").strip(" ,")) for d in _DATE_RES):
            continue
        nxt = next((text[a:b].strip() for a, b in spans if a > s and text[a:b].strip()), "")
        if masthead(line) and not byline_names(nxt) and site_name(line) and (
                is_furniture_line(nxt) or _headline_like(_kicked(nxt), True)) and any(
                _headline_like(text[a:b].strip()) for a, b in spans if a > s):
            # "Green Futures Online" above "Environment > Plastics", "The Conversation
            # Weekly" above its headline: the site's or the paper's name
            continue
        if _headline_like(line, bool(byline_names(nxt) or _STAMP_RE.match(nxt) or any(
                d.fullmatch(nxt.strip(" ,")) for d in _DATE_RES))):
            if len(line.split()) <= 2 and (len(nxt.split()) >= 3 or _section_run(
                    text, spans, s)) and _headline_like(nxt) and \
                    not is_furniture_line(nxt) and not byline_names(nxt):
                continue  # "World", "Politics", "UK" then "Politics": sections above the headline
            ex.title = line.strip()
        break
    if ex.title is None:
        ex.title = _lede_title(text, spans)
    top = text[: spans[min(len(spans), 8) - 1][1]] if spans else text[:600]
    for rx in _DATE_RES:
        dm = rx.search(top)
        if dm:
            y = dm.group("y")
            gd = dm.groupdict()
            mn = int(gd["mn"]) if gd.get("mn") else _MONTH_NO.get(gd["m"][:3].lower(), 0)
            d = int(dm.group("d"))
            if 1 <= mn <= 12 and 1 <= d <= 31:
                ex.date = f"{y}-{mn:02d}-{d:02d}"
                break
    for s, e in spans:
        line = text[s:e].strip()
        # the wire in the dateline ("VALDORA, Estaria (AP) _"): the one dateline rule
        dl = DATELINE_RE.match(line)
        wm = _WIRE_RE.search(dl.group(0)) if dl else None
        if wm:
            ex.venue = _WIRES.get(wm.group("w"), wm.group("w"))
            break
        fm = _FROM_RE.match(line)
        if fm:
            ex.venue = fm.group("v").strip()
            break
    if ex.venue is None and head is not None and spans:
        # a masthead: a short name in capitals on the first line, above the headline
        first = text[slice(*spans[0])].strip()
        if first != head and masthead(first):
            ex.venue = masthead_name(first)
        else:  # or a publication's name under the headline ("THE HARBOUR LEDGER")
            ex.venue = next((ln for ln in (text[a:b].strip() for a, b in spans[1:6])
                             if ln != head and masthead(ln) and PUBLICATION_RE.search(ln)),
                            None)


#: Where a lede's first sentence ends (its attribution kept: a title that stated one side's
#: figure as fact would take a side in the dispute).
_LEDE_CUT_RE = re.compile(r"[.;:!?](?:[ \u00a0]|$)")


def _label_line(line: str) -> bool:
    """A kicker alone on its line ("THE LONG READ", "Explainer"): a label, no headline."""
    from ..speech.furniture import KICKER_RE

    km = KICKER_RE.match(line + ":")
    return km is not None and km.end() >= len(line) + 1


def _kicked(line: str) -> str:
    """A line without the kicker before it ("Q&A: ...", "EXCLUSIVE: ...")."""
    from ..speech.furniture import KICKER_RE

    kicker = KICKER_RE.match(line)
    return line[kicker.end():].strip() if kicker else line


def _lede_title(text: str, spans: list[tuple[int, int]]) -> str | None:
    """A title for a story pasted without its headline (a wire story that opens on its
    dateline): its first sentence without the dateline, who says so kept ("Kenya's tea
    harvest fell by about 15% last year because of drought, the Tea Board of Kenya said"),
    at most 20 words; None when the text opens on no sentence of prose."""
    from ..speech.furniture import dateline_end, is_furniture_line

    for s, e in spans[:4]:
        line = text[s:e]
        if is_furniture_line(line):
            continue
        start = dateline_end(text, s, e)
        if start == s and len(line.split()) < 12:
            return None  # a short line first: a headline no rule took, not a lede
        m = _LEDE_CUT_RE.search(text, start, e)
        words = text[start:m.start() if m else e].split()
        if len(words) < 5:
            return None
        return " ".join(words[:20]) + (" …" if len(words) > 20 else "")
    return None


def _headline_like(line: str, two_ok: bool = False) -> bool:
    """Short, and not a sentence ending in a full stop (a question or a colon inside is
    fine: "How many died? Three counts, three answers")."""
    # a full stop after a word ends a sentence; "U.S." or "St." inside a headline does not
    if two_ok and line.endswith(".") and not line.endswith("..") and \
            len(line.split()) <= 16 and line[:-1].count(". ") == 1:
        line = line[:-1]  # "Lawmaker says one in five trains were canceled. The counts say
        # otherwise.": two short sentences over a byline, the second closed
    if line.endswith((":", ".")) or len(line.split()) > 25:
        return False
    # two short sentences without a closing full stop are a headline too when a byline or
    # a date follows (``two_ok``: "Burglaries fell, police say. Victims are not so sure")
    stops = re.findall(rf"(?<![{UP}])(?<!\b[{UP}][a-z])(?<!\bvs)\.[”\"’]?\s+\S", line)
    return not stops or (two_ok and len(stops) == 1 and len(line.split()) <= 16)


def extract(path: str | Path, out_dir: str | Path | None = None, *, force: bool = False
            ) -> tuple[Extraction, Path]:
    """Read ``path``, extract, and write the draft dossier folder; return both.

    The folder defaults to ``./<article name>/`` in the current directory.
    """
    from ..speech.speakers import slug

    p = Path(path)
    bold: list[int] = []
    text = read_article(p, bold)
    ex = extract_text(text, bold_paragraphs=bold)
    base = slug(p.stem) or "article"
    name = base + ".txt"
    target = Path(out_dir) if out_dir is not None else Path(base)
    folder = write_draft(ex, target, name, force=force, origin=p.name)
    return ex, folder


__all__ = [
    "DraftExistsError",
    "ExtractError",
    "Extraction",
    "NumberMention",
    "PersonDraft",
    "Statement",
    "StudyMention",
    "extract",
    "extract_text",
    "extraction",
    "generate_draft",
    "read_article",
    "write_draft",
]


def extraction(path: str | Path, out_dir: str | Path | None = None, *,
               force: bool = False) -> Extraction:
    """What ``provenance.extract(...)`` does: the extraction, and the draft folder if ``out_dir``.

    Here rather than in :mod:`provenance.api` so that this package never
    imports the library facade above it (imports point one way).
    """
    if out_dir is None:
        return extract_text(read_article(path))
    return extract(path, out_dir, force=force)[0]


class CallableModule(types.ModuleType):
    """A module that can be called: ``provenance.extract("a.txt")`` and
    ``provenance.extract.extract_text(...)`` both work."""

    def __call__(self, path: str | Path, out_dir: str | Path | None = None, *,
                 force: bool = False) -> Extraction:
        return extraction(path, out_dir, force=force)


# ``provenance.extract("article.txt")``: the package is callable (the library's entry point).
sys.modules[__name__].__class__ = CallableModule
