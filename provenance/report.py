"""The editor's report: what is contested, which numbers disagree, what rests on nothing.

One data structure (:func:`report_data`), two renderings: Markdown
(:func:`generate_markdown`) for a newsroom's review tools and git, and HTML
(:func:`generate_html`) to read in a browser. Both carry every piece of
dossier text escaped (it comes from the web); the HTML has no script at all
and a Content-Security-Policy that forbids everything but its own inline
style. :func:`write_report` is the only function that touches the disk.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .model import Dossier

if TYPE_CHECKING:
    import networkx as nx

#: Questions scoring at least this are listed as contested, even without a reason flag.
CONTESTED_SCORE = 0.2


def unverified_quotes(dossier: Dossier, records: Any = None) -> list[dict[str, Any]]:
    """Every appearance that fails ``provenance check``, read from its verification record.

    Not found word for word (or after normalising), or given by the text to
    someone other than the claimed speaker: the same appearances, for the same
    reasons, that ``check`` counts as failed. ``records`` is
    :func:`provenance.check.verification` of the dossier when already computed.
    """
    from .check import verification

    if records is None:
        records = verification(dossier)
    people = {p.id: p.name for p in dossier.people}
    out = []
    for claim in dossier.claims:
        for i, a in enumerate(claim.appearances):
            r = records[(claim.id, i)]
            if r.passed:
                continue
            an = r.anchor
            status = r.status if r.status not in ("exact", "normalized") else \
                "attribution mismatch"
            out.append({"claim": claim.id, "appearance": i, "work": a.in_,
                        "by": people.get(a.by or "", a.by), "quote": a.quote,
                        "status": status, "anchor": r.status,
                        "score": round(an.score, 1) if an else None,
                        "closest": an.closest if an else None,
                        "attribution": r.attribution, "said_by": r.said_by,
                        "occurrences": r.occurrences})
    return out


def unchecked_quotes(records: Any) -> int:
    """How many appearances have no source text to be checked against."""
    return sum(r.status == "no-source" for r in records.values())


def report_data(dossier: Dossier, g: nx.MultiDiGraph | None = None) -> dict[str, Any]:
    """Everything the report shows, as plain data (also what ``--json`` would print)."""
    from .analysis import contested, numeric_conflicts
    from .chains import Index, circular_support, distortions, no_primary
    from .graph import build_graph

    if g is None:
        g = build_graph(dossier)
    ix = Index(g)
    nc = numeric_conflicts(g, ix)
    questions = contested(g, index=ix, conflicts=nc)
    questions.sort(key=lambda q: -q["score"])
    from .check import verification

    texts = {c.id: c.text for c in dossier.claims}
    records = verification(dossier)
    return {
        "title": dossier.title,
        "slug": dossier.slug,
        "counts": {"questions": len(dossier.questions), "claims": len(dossier.claims),
                   "people": len(dossier.people), "works": len(dossier.works)},
        "contested": [q for q in questions if q["contested"] or q["score"] >= CONTESTED_SCORE],
        "settled": [q for q in questions if not (q["contested"] or q["score"] >= CONTESTED_SCORE)],
        "numeric_conflicts": nc["pairs"],
        "numeric_totals": nc["totals"],
        "as_written": nc["as_written"],
        "distortions": distortions(ix),
        "circular": circular_support(ix),
        "no_primary": no_primary(ix),
        "unverified_quotes": unverified_quotes(dossier, records),
        "unchecked_quotes": unchecked_quotes(records),
        "claim_text": texts,
        "weights": {cid: w["weight"] for cid, w in ix.claims.items()},
    }


# -- Markdown ------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md(text: Any) -> str:
    """Dossier text made inert in Markdown, for inline use (list items, table cells).

    ``& < >`` become entities (no raw HTML); emphasis, code, link and table
    characters are backslashed; line breaks are folded, so text cannot start
    a heading, list or block of its own.
    """
    import html

    s = " ".join(str(text).split())
    return _MD_SPECIAL.sub(r"\\\1", html.escape(s, quote=False))


def _who(q_pos: dict[str, Any]) -> str:
    return ", ".join(p["name"] or p["id"] for p in q_pos["people"]) or "-"


_COUNTED = (  # key in data, singular, plural
    ("contested", "contested question", "contested questions"),
    ("numeric_conflicts", "numeric conflict", "numeric conflicts"),
    ("distortions", "distortion signal", "distortion signals"),
    ("no_primary", "claim without a primary source", "claims without a primary source"),
    ("unverified_quotes", "unverified quote", "unverified quotes"),
)
_RECORDS = (("claims", "claim", "claims"), ("people", "person", "people"),
            ("works", "work", "works"), ("questions", "question", "questions"))


def _summary(data: dict[str, Any], fmt: Callable[[int], str]) -> str:
    """The report's opening counts in words ('1 question', '2 questions'); ``fmt`` marks up
    the finding counts."""
    c = data["counts"]
    head = ", ".join(f"{c[k]} {one if c[k] == 1 else many}" for k, one, many in _RECORDS)
    tail = ", ".join(f"{fmt(len(data[k]))} {one if len(data[k]) == 1 else many}"
                     for k, one, many in _COUNTED)
    return f"{head}. {tail}"


def generate_markdown(data: dict[str, Any]) -> str:
    """The report as Markdown text."""
    out: list[str] = ["<!-- generated by provenance: editor's report -->",
                      f"# Editor's report: {md(data['title'])}", ""]
    out.append(_summary(data, lambda n: str(n)) + ".")
    out.append("")
    out.append("Scores run from 0 (consensus) to 1 (evenly split); weights from 0 to 1 "
               "(study design, sample size, whether the chain reaches a primary study). "
               "See docs/analysis.md.")
    out += ["", "## Contested questions", ""]
    if not data["contested"]:
        out.append("None.")
    for q in data["contested"]:
        out.append(f"### {md(q['text'])} (score {q['score']:.2f})")
        out.append("")
        for e in q["explanation"]:
            out.append(f"- {md(e)}")
        out.append("")
        sides = [p for p in q["positions"]]
        if sides:
            out.append("| " + " | ".join(
                f"**{md(p['position'])}** (weight {p['weight']:.2f})" for p in sides) + " |")
            out.append("|" + "---|" * len(sides))
            depth = max(len(p["claims"]) for p in sides)
            for i in range(depth):
                cells = []
                for p in sides:
                    if i < len(p["claims"]):
                        cl = p["claims"][i]
                        cells.append(f"{md(cl['text'])} ({cl['weight']:.2f})")
                    else:
                        cells.append("")
                out.append("| " + " | ".join(cells) + " |")
            out.append("| " + " | ".join(f"who: {md(_who(p))}" for p in sides) + " |")
            out.append("")
    out += ["## Numeric conflicts", ""]
    if not data["numeric_conflicts"] and not data["as_written"]:
        out.append("None.")
    for p in data["numeric_conflicts"]:
        a, b = p["claims"]
        pop = "" if p["same_population"] else (
            f" Populations differ: {md(p['populations'][0])} vs {md(p['populations'][1])}.")
        same = (f" Both in the same work ({md(', '.join(p['same_work']))})."
                if p["same_work"] else "")
        out.append(f"- **{md(p['quantity'])}**: {md(p['detail'])}. "
                   f"{md(a)} ({md(p['as_written'][0] or p['normalised'][0])}) vs "
                   f"{md(b)} ({md(p['as_written'][1] or p['normalised'][1])}).{pop}{same}")
    for m in data["as_written"]:
        out.append(f"- **{md(m['claim'])}**: {md(m['detail'])}.")
    for quantity, more in _unlisted(data):
        out.append(f"- **{md(quantity)}**: {more} more disagreeing pair(s) not listed.")
    out += ["", "## Distortion signals", ""]
    if not data["distortions"]:
        out.append("None.")
    for d in data["distortions"]:
        out.append(f"- **{md(d['kind'])}**: {md(d['report'])} (report) vs {md(d['finding'])} "
                   f"(finding of {md(d['work_label'])}): {md(d['detail'])}.")
    out += ["", "## Circular support", ""]
    if not data["circular"]:
        out.append("None found.")
    for cyc in data["circular"]:
        out.append(f"- {md(cyc['detail'])}")
    out += ["", "## Claims whose chain never reaches a primary study", ""]
    if not data["no_primary"]:
        out.append("None.")
    else:
        out.append("| claim | question | who | what it rests on |")
        out.append("|---|---|---|---|")
        for r in data["no_primary"]:
            out.append(f"| {md(r['text'])} | {md(r['question'] or '-')} | "
                       f"{md(', '.join(r['people']) or '-')} | "
                       f"{md(', '.join(r['basis']) or 'nothing cited')} |")
    out += ["", "## Unverified quotes", ""]
    if not data["unverified_quotes"]:
        out.append(_all_verified(data))
    for u in data["unverified_quotes"]:
        who = f" ({md(u['by'])})" if u["by"] else ""
        out.append(f"- **{md(u['status'])}** in {md(u['work'])}{who}, claim {md(u['claim'])}: "
                   f"“{md(u['quote'])}”{md(_said(u))}")
    if data["unverified_quotes"] and data.get("unchecked_quotes"):
        out.append(f"\n{_unchecked(data)}")
    out.append("")
    return "\n".join(out)


def _said(u: dict[str, Any]) -> str:
    if u.get("attribution") == "mismatch":
        return f" (the text gives it to {u.get('said_by') or 'someone else'})"
    return ""


def _unchecked(data: dict[str, Any]) -> str:
    n = data.get("unchecked_quotes", 0)
    return (f"{n} quote{'s' if n != 1 else ''} in works without a source text "
            f"{'were' if n != 1 else 'was'} not checked.")


def _all_verified(data: dict[str, Any]) -> str:
    if data.get("unchecked_quotes"):
        return ("Every quote checked was found in its source text and given to its speaker. "
                + _unchecked(data))
    return "Every quote was found in its source text and given to its speaker."


def _unlisted(data: dict[str, Any]) -> list[tuple[str, int]]:
    """Quantities with more disagreeing pairs than the analysis lists, and how many more."""
    listed: dict[str, int] = {}
    for p in data["numeric_conflicts"]:
        listed[p["quantity"]] = listed.get(p["quantity"], 0) + 1
    return [(q, total - listed.get(q, 0)) for q, total in data["numeric_totals"].items()
            if total > listed.get(q, 0)]


# -- HTML ----------------------------------------------------------------------

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{border-bottom:1px solid #ccc;margin-top:2.2rem}h3{font-size:1.1rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
td,th{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}.score{font-weight:bold}.muted{color:#666}.w{color:#555;font-size:.85em}
.quote{font-style:italic}.kind{font-family:monospace;background:#f3f3f3;padding:0 .3em}
""".strip()


def generate_html(data: dict[str, Any]) -> str:
    """The report as a self-contained HTML page with no script."""
    from .render.escape import html_text as h

    o: list[str] = [
        "<!doctype html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<meta http-equiv=\"Content-Security-Policy\" "
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        "<meta name=\"generator\" content=\"provenance report\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        f"<title>Editor's report: {h(data['title'])}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>Editor's report: {h(data['title'])}</h1>",
    ]
    o.append(f"<p>{_summary(data, lambda n: f'<b>{n}</b>')}.</p>")
    o.append("<p class=\"muted\">Scores run from 0 (consensus) to 1 (evenly split); weights "
             "from 0 to 1 (study design, sample size, whether the chain reaches a primary "
             "study).</p>")
    o.append("<h2>Contested questions</h2>")
    if not data["contested"]:
        o.append("<p>None.</p>")
    for q in data["contested"]:
        o.append(f"<h3>{h(q['text'])} <span class=\"score\">score {q['score']:.2f}</span></h3>")
        o.append("<ul>" + "".join(f"<li>{h(e)}</li>" for e in q["explanation"]) + "</ul>")
        sides = q["positions"]
        if sides:
            o.append("<table><tr>" + "".join(
                f"<th>{h(p['position'])} <span class=\"w\">weight {p['weight']:.2f}</span></th>"
                for p in sides) + "</tr><tr>")
            for p in sides:
                items = "".join(
                    f"<li>{h(cl['text'])} <span class=\"w\">({cl['weight']:.2f})</span></li>"
                    for cl in p["claims"])
                o.append(f"<td><ul>{items}</ul><p class=\"muted\">who: {h(_who(p))}</p></td>")
            o.append("</tr></table>")
    o.append("<h2>Numeric conflicts</h2>")
    if not data["numeric_conflicts"] and not data["as_written"]:
        o.append("<p>None.</p>")
    else:
        o.append("<table><tr><th>quantity</th><th>one source</th><th>the other</th>"
                 "<th>why</th></tr>")
        for p in data["numeric_conflicts"]:
            notes = [p["detail"]]
            if not p["same_population"]:
                notes.append(f"populations differ: {p['populations'][0]} vs "
                             f"{p['populations'][1]}")
            if p["same_work"]:
                notes.append("both in " + ", ".join(p["same_work"]))
            cells = []
            for i in range(2):
                cid = p["claims"][i]
                cells.append(f"<td><b>{h(p['as_written'][i] or p['normalised'][i])}</b> "
                             f"<span class=\"w\">{h(p['normalised'][i])}</span><br>"
                             f"{h(data['claim_text'].get(cid, cid))} "
                             f"<span class=\"kind\">{h(cid)}</span></td>")
            o.append(f"<tr><td>{h(p['quantity'])}</td>{''.join(cells)}"
                     f"<td>{'<br>'.join(h(n) for n in notes)}</td></tr>")
        for quantity, more in _unlisted(data):
            o.append(f"<tr><td>{h(quantity)}</td><td colspan=\"3\">{more} more disagreeing "
                     "pair(s) not listed</td></tr>")
        for m in data["as_written"]:
            o.append(f"<tr><td>as written</td><td colspan=\"2\">"
                     f"{h(data['claim_text'].get(m['claim'], m['claim']))} "
                     f"<span class=\"kind\">{h(m['claim'])}</span></td>"
                     f"<td>{h(m['detail'])}</td></tr>")
        o.append("</table>")
    o.append("<h2>Distortion signals</h2>")
    if not data["distortions"]:
        o.append("<p>None.</p>")
    else:
        o.append("<ul>")
        for d in data["distortions"]:
            o.append(f"<li><span class=\"kind\">{h(d['kind'])}</span> "
                     f"{h(data['claim_text'].get(d['report'], d['report']))} — {h(d['detail'])}"
                     "</li>")
        o.append("</ul>")
    o.append("<h2>Circular support</h2>")
    o.append("<p>None found.</p>" if not data["circular"] else
             "<ul>" + "".join(f"<li>{h(c['detail'])}</li>" for c in data["circular"]) + "</ul>")
    o.append("<h2>Claims whose chain never reaches a primary study</h2>")
    if not data["no_primary"]:
        o.append("<p>None.</p>")
    else:
        o.append("<table><tr><th>claim</th><th>question</th><th>who</th>"
                 "<th>what it rests on</th></tr>")
        for r in data["no_primary"]:
            o.append(f"<tr><td>{h(r['text'])}</td><td>{h(r['question'] or '-')}</td>"
                     f"<td>{h(', '.join(r['people']) or '-')}</td>"
                     f"<td>{h(', '.join(r['basis']) or 'nothing cited')}</td></tr>")
        o.append("</table>")
    o.append("<h2>Unverified quotes</h2>")
    if not data["unverified_quotes"]:
        o.append(f"<p>{h(_all_verified(data))}</p>")
    else:
        o.append("<ul>")
        for u in data["unverified_quotes"]:
            who = f" ({h(u['by'])})" if u["by"] else ""
            o.append(f"<li><span class=\"kind\">{h(u['status'])}</span> in {h(u['work'])}{who}: "
                     f"<span class=\"quote\">“{h(u['quote'])}”</span>{h(_said(u))}</li>")
        o.append("</ul>")
        if data.get("unchecked_quotes"):
            o.append(f"<p>{h(_unchecked(data))}</p>")
    o.append("</body></html>")
    return "\n".join(o) + "\n"


def write_report(dossier: Dossier, path: str | Path, *, force: bool = False,
                 g: nx.MultiDiGraph | None = None) -> Path:
    """Write the report as HTML if ``path`` ends in .html/.htm, else Markdown (atomically)."""
    from .files import write_text_atomic

    path = Path(path)
    data = report_data(dossier, g)
    text = (generate_html(data) if path.suffix.lower() in (".html", ".htm")
            else generate_markdown(data))
    return write_text_atomic(path, text, force=force)
