"""Hostile dossiers for the fuzzing suite (tests/test_fuzz.py) and benchmarks/fuzz.py.

:func:`dossiers` generates dossier folders as a stranger might send them:
every text field drawn from hostile strings (script, escape sequences, lone
surrogates, bidi overrides, URLs with other schemes, ids named like
Object.prototype members, 310-digit numbers), numbers from the edges of
every type (NaN, infinities, 5e-324, 2**1100, booleans, text), structures
bent (wrong types, dangling references, duplicate top-level keys, deep
nesting, a trailing ``...``), source files that are symlinks out of the
folder. :func:`run_pipeline` takes one through every command a user has:
load -> check -> contested -> render -> report -> every export -> import,
and returns what went wrong (an empty list when all held).

What "held" means, for every command: an exit code in {0, 1, 2}; no
traceback and no "internal error"; every JSON output (--json, JSON exports,
the page's data) parsed by a strict parser (NaN/Infinity refused); nothing
from outside the folder in any output; no temporary file left behind.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

#: Read through a symlink it would leak; never in any output.
SECRET_FILE = "/etc/passwd"
SECRET_MARK = "root:x:0:0"

HOSTILE = [
    "</script><script>alert(1)</script>", "<!--", "]]>", "<img src=x onerror=alert(1)>",
    "\x1b]0;pwned\x07", "\x1b]52;c;ZXZpbA==\x1b\\", "\x1b[2J\x1b[H", "\x9b31m", "\r", "\x00",
    "\x7f", "\x85", "\u2028", "\u2029", "\u202e", "\u2066", "\ufeff", "\ud800", "\udfff",
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:x", "data:text/html,<b>",
    "file:///etc/passwd", "vbscript:x", "http://ok.example/a?b=<c>&d=\"e\"",
    "https://doi.org/10.1000/x\"><script>", "10.1000/<script>", "constructor", "toString",
    "__proto__", "valueOf", "hasOwnProperty", "9" * 310, "NaN", "Infinity", "-1e999",
    "1e308", "5e-324", "yes", "no", "null", "~", "'", '"', "\\", "\\u0000", "%s%n", "${x}",
    "{{x}}", "@article{x,", "TY  - JOUR", "- a", "key: value", "&a", "*a", "!!python/object",
    "A" * 3000, "é" * 500, "👍🏽" * 50, "\u0301" * 200, "12 percent", "40%", "1/3", "",
    " ", "\t", "\n\n", "...", "---",
]
ID_NAMES = ["a", "b", "c", "q1", "p-1", "w.2", "x:y", "constructor", "toString", "valueOf",
            "hasOwnProperty", "isPrototypeOf", "toLocaleString", "propertyIsEnumerable", "9",
            "A" * 200]

hostile_text = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=30),
    st.builds(lambda a, b: a + b, st.sampled_from(HOSTILE), st.text(max_size=12)),
)
valid_text = st.one_of(  # what a loaded dossier may hold: no lone surrogates
    st.sampled_from([h for h in HOSTILE if not re.search("[\ud800-\udfff]", h)]),
    st.text(max_size=30),
)
numbers = st.one_of(
    st.integers(-10**6, 10**6),
    st.integers(-2**1100, 2**1100),
    st.floats(),
    st.sampled_from([5e-324, -5e-324, 1.7e308, -1.7e308, 0.0, -0.0, 2**63, 2**63 - 1,
                     -2**63, float("nan"), float("inf"), -float("inf"), 10**30]),
    st.booleans(),
    st.none(),
    hostile_text,
)
valid_numbers = st.one_of(
    st.integers(-10**6, 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([5e-324, 1.7e308, -1.7e308, 0.0, 2**63 - 1, -2**63]),
)
WORK_TYPES = ["study", "review", "article", "interview", "book", "report", "dataset", "webpage",
              "editorial", "other"]


@st.composite
def dossier_data(draw: Any, valid: bool = False) -> dict[str, Any]:
    """A dossier as data: mostly the right shape, with hostile values everywhere."""
    text = valid_text if valid else hostile_text
    num = valid_numbers if valid else numbers
    ident = st.sampled_from(ID_NAMES) if valid else st.one_of(st.sampled_from(ID_NAMES), text)
    ids = draw(st.lists(ident, min_size=4, max_size=12, unique=True))
    if valid:
        ids = [i for i in ids if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.:-]*", i)]
        if len(ids) < 4:
            ids = ids + [f"z{i}" for i in range(4 - len(ids))]
    cut = sorted(draw(st.lists(st.integers(1, len(ids) - 1), min_size=3, max_size=3)))
    q_ids, p_ids, w_ids, c_ids = ids[:cut[0]], ids[cut[0]:cut[1]], ids[cut[1]:cut[2]], \
        ids[cut[2]:]
    w_ids = w_ids or ["w-fallback"]

    def ref(pool: list[str]) -> Any:
        return draw(st.sampled_from(pool)) if valid or draw(st.integers(0, 9)) else \
            draw(ident)

    def maybe(value: Any) -> Any:
        return value if draw(st.booleans()) else None

    out: dict[str, Any] = {"title": draw(text) or "T"}
    if draw(st.booleans()):
        out["description"] = draw(text)
    out["questions"] = [{"id": q, "text": draw(text) or "Q", "note": maybe(draw(text))}
                        for q in q_ids]
    out["people"] = [{"id": p, "name": draw(text) or "P",
                      "aliases": draw(st.lists(text, max_size=2)),
                      "url": maybe(draw(text)), "orcid": maybe(draw(text))} for p in p_ids]
    works = []
    for i, w in enumerate(w_ids):
        rec: dict[str, Any] = {"id": w, "type": draw(st.sampled_from(WORK_TYPES)) if valid
                               or draw(st.booleans()) else draw(text),
                               "title": draw(text) or "W"}
        if p_ids and draw(st.booleans()):
            rec["authors"] = [ref(p_ids)]
        if draw(st.booleans()):
            rec["year"] = draw(st.integers(1000, 2100)) if valid else draw(num)
        for key in ("doi", "url", "venue", "date"):
            if draw(st.booleans()):
                rec[key] = draw(text)
        if draw(st.booleans()):
            rec["source_text"] = f"sources/s{i}.txt"
        if draw(st.booleans()):
            rec["sample"] = {"n": draw(num), "unit": draw(text)}
        if len(w_ids) > 1 and draw(st.booleans()):
            rec["cites"] = [ref(w_ids)]
        works.append(rec)
    out["works"] = works
    claims = []
    for c in c_ids:
        rec = {"id": c, "text": draw(text) or "C"}
        if q_ids and draw(st.booleans()):
            rec["question"] = ref(q_ids)
            rec["position"] = draw(st.sampled_from(["yes", "no", "constructor", "toString"]))
        if draw(st.booleans()):
            rec["estimate"] = {k: draw(num) for k in ("value", "low", "high")
                               if draw(st.booleans())} | {"unit": draw(st.sampled_from(
                                   ["%", "patients", "percent", ""]))}
            if valid:
                rec["estimate"]["value"] = draw(valid_numbers)
                rec["estimate"].pop("low", None)
                rec["estimate"].pop("high", None)
        rec["appearances"] = [{"in": ref(w_ids), "quote": draw(text) or "q",
                               **({"by": ref(p_ids)} if p_ids and draw(st.booleans()) else {})}
                              for _ in range(draw(st.integers(0, 2)))]
        if draw(st.booleans()):
            rec["based_on"] = [ref(w_ids)]
        if len(c_ids) > 1 and draw(st.booleans()):
            rec["contradicts"] = [ref(c_ids)]
        later = c_ids[c_ids.index(c) + 1:] if c in c_ids else []
        if later and draw(st.booleans()):
            # (a later claim, so a valid dossier holds no loop; a hostile one may name
            # anything, itself or a loop included)
            rec["superseded_by"] = draw(st.sampled_from(later)) if valid else ref(c_ids)
        if draw(st.booleans()):
            rec["review"] = {"rating": draw(st.integers(1, 5)) if valid else draw(num),
                             "best": 5, "worst": 1, "alternate_name": draw(text)}
        claims.append({k: v for k, v in rec.items() if v is not None})
    out["claims"] = claims
    return _drop_none(out)


def _drop_none(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _drop_none(x) for k, x in v.items() if x is not None}
    if isinstance(v, list):
        return [_drop_none(x) for x in v]
    return v


@dataclass
class Case:
    """One generated dossier folder's content, before it is written."""

    text: str
    sources: dict[str, str | bytes] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)  # name -> target outside
    bib: str = ""
    csl: str = ""
    ris: str = ""
    openalex: str = ""
    article: str = ""


def _json_text(data: Any, draw: Any) -> str:
    return json.dumps(data, ensure_ascii=draw(st.booleans()), allow_nan=True,
                      indent=draw(st.sampled_from([None, 1])))


def _yaml_text(data: Any) -> str | None:
    import yaml

    try:
        return str(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200))
    except yaml.YAMLError:
        return None


@st.composite
def cases(draw: Any, valid: bool = False) -> Case:
    """A dossier folder to write: its dossier.yaml text, sources, symlinks, references."""
    data = draw(dossier_data(valid=valid))
    as_yaml = draw(st.booleans())
    text = (_yaml_text(data) if as_yaml else None) or _json_text(data, draw)
    if not valid:
        bend = draw(st.sampled_from(["none", "none", "none", "duplicate", "deep", "dots",
                                     "truncate", "bom-crlf"]))
        if bend == "duplicate" and as_yaml and text.startswith("title:"):
            text += "claims: []\n"
        elif bend == "deep":
            depth = draw(st.sampled_from([100, 1000, 20000]))
            text = text.rstrip().rstrip("}") + ', "x-deep": ' + "[" * depth + "]" * depth + "}" \
                if text.lstrip().startswith("{") else text + "description: " + "[" * depth + \
                "]" * depth + "\n"
        elif bend == "dots" and as_yaml:
            text += "...\n"
        elif bend == "truncate":
            text = text[: draw(st.integers(0, max(0, len(text) - 1)))]
        elif bend == "bom-crlf":
            text = "\ufeff" + text.replace("\n", "\r\n")
    sources: dict[str, str | bytes] = {}
    links: dict[str, str] = {}
    for w in data.get("works") or []:
        rel = w.get("source_text")
        if not isinstance(rel, str):
            continue
        kind = draw(st.sampled_from(["text", "text", "quotes", "link", "bytes", "missing"])
                    if not valid else st.sampled_from(["text", "quotes"]))
        if kind == "quotes":  # the quotes themselves, so some pass the check
            quotes = [a.get("quote") for c in data.get("claims") or []
                      for a in c.get("appearances") or [] if isinstance(a, dict)]
            sources[rel] = " ".join(q for q in quotes if isinstance(q, str))
        elif kind == "text":
            sources[rel] = draw(valid_text)
        elif kind == "bytes":
            sources[rel] = draw(st.binary(max_size=50))
        elif kind == "link":
            links[rel] = SECRET_FILE
    bib = "\n".join(
        f"@article{{{draw(st.sampled_from(['k1', 'k2', 'k1', 'x y', '']))},\n"
        f"  title = {{{draw(hostile_text)}}},\n  author = {{{draw(hostile_text)} and "
        f"{draw(hostile_text)}}},\n  year = {{{draw(hostile_text)}}},\n"
        f"  doi = {{{draw(hostile_text)}}},\n  url = {{{draw(hostile_text)}}}\n}}"
        for _ in range(draw(st.integers(1, 3))))
    csl = json.dumps([{"id": draw(numbers), "type": draw(hostile_text), "title": draw(numbers),
                       "author": draw(st.one_of(numbers, st.lists(st.fixed_dictionaries(
                           {"family": numbers, "given": hostile_text}), max_size=2))),
                       "DOI": draw(numbers), "URL": draw(hostile_text),
                       "issued": {"date-parts": [[draw(numbers), draw(hostile_text)]]}}
                      for _ in range(draw(st.integers(1, 3)))], allow_nan=True)
    ris = "\n".join(
        f"TY  - {draw(st.sampled_from(['JOUR', 'BOOK', 'X']))}\nTI  - {draw(hostile_text)}\n"
        f"AU  - {draw(hostile_text)}\nPY  - {draw(hostile_text)}\nDO  - {draw(hostile_text)}\n"
        f"UR  - {draw(hostile_text)}\n" + ("ER  - \n" if draw(st.integers(0, 4)) else "")
        for _ in range(draw(st.integers(1, 3))))
    openalex = "\n".join(
        json.dumps({"id": draw(numbers), "title": draw(numbers), "publication_year": draw(numbers),
                    "doi": draw(numbers), "authorships": draw(st.one_of(numbers, st.lists(
                        st.fixed_dictionaries({"author": st.fixed_dictionaries(
                            {"display_name": numbers, "orcid": numbers})}), max_size=2))),
                    "referenced_works": draw(st.one_of(numbers, st.lists(hostile_text,
                                                                         max_size=2)))},
                   allow_nan=True) if draw(st.integers(0, 5)) else draw(hostile_text)
        for _ in range(draw(st.integers(1, 4))))
    figures = st.sampled_from(["12 percent", "40%", "1 in 3", "9" * 310, "5e-324 percent"])
    article = "\n\n".join(
        f'{draw(valid_text)} said: "{draw(valid_text)} is {draw(figures)} of '
        f'{draw(valid_text)} patients," according to Dr. {draw(valid_text)} in a '
        f'{draw(st.integers(1000, 2100))} study.' for _ in range(draw(st.integers(1, 4))))
    return Case(text, sources, links, bib, csl, ris, openalex, article)


def write_case(case: Case, root: Path) -> Path:
    """Write ``case`` as a dossier folder at ``root``; returns the folder."""
    (root / "sources").mkdir(parents=True, exist_ok=True)
    (root / "dossier.yaml").write_text(case.text, encoding="utf-8", errors="surrogatepass",
                                       newline="")
    for rel, content in case.sources.items():
        p = root / rel
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8", errors="surrogatepass")
    for rel, target in case.links.items():
        (root / rel).symlink_to(target)
    (root.parent / "refs.bib").write_text(case.bib, encoding="utf-8", errors="surrogatepass")
    (root.parent / "refs.json").write_text(case.csl, encoding="utf-8", errors="surrogatepass")
    (root.parent / "refs.ris").write_text(case.ris, encoding="utf-8", errors="surrogatepass")
    (root.parent / "works.jsonl").write_text(case.openalex, encoding="utf-8",
                                             errors="surrogatepass")
    (root.parent / "article.txt").write_text(case.article, encoding="utf-8", newline="")
    return root


def _strict(text: str) -> Any:
    def refuse(name: str) -> Any:
        raise ValueError(f"{name} in JSON output")

    return json.loads(text, parse_constant=refuse)


#: (name, CLI arguments after the dossier folder, which output is JSON: "stdout", a file or "")
def commands(root: Path, out: Path) -> list[tuple[str, list[str], str]]:
    d = str(root)
    return [
        ("check", ["check", d], ""),
        ("check --json", ["check", d, "--json"], "stdout"),
        ("contested --json", ["contested", d, "--json"], "stdout"),
        ("contested", ["contested", d], ""),
        ("trace", ["trace", "a", d, "--json"], "stdout"),
        ("render", ["render", d, "-o", str(out / "page.html"), "--force"], "page"),
        ("render --citations", ["render", d, "--citations", "-o", str(out / "cit.html"),
                                "--force"], "page"),
        ("report", ["report", d, "-o", str(out / "report.md"), "--force"], ""),
        ("report html", ["report", d, "-o", str(out / "report.html"), "--force"], ""),
        *[(f"export {f}", ["export", d, "-f", f], "stdout" if f in ("json", "prov",
                                                                    "claimreview") else "")
          for f in ("json", "prov", "claimreview", "graphml", "gexf", "argdown")],
        ("export sqlite", ["export", d, "-f", "sqlite", "-o", str(out / "d.db"), "--force"], ""),
        *[(f"export {f}", ["export", d, "-f", f, "-o", str(out / f), "--force"], "")
          for f in ("neo4j", "parquet")],
        ("import bibtex", ["import", "bibtex", str(root.parent / "refs.bib"), "--into", d,
                           "--json"], "stdout"),
        ("import csl-json", ["import", "csl-json", str(root.parent / "refs.json"), "--into", d,
                             "--to", "works.imported.json", "--json"], "stdout"),
        ("import ris", ["import", "ris", str(root.parent / "refs.ris"), "--into", d], ""),
        ("import openalex", ["import", "openalex", str(root.parent / "works.jsonl"), "--into",
                             d, "--json"], "stdout"),
        ("check after import", ["check", d, "--json"], "stdout"),
        ("extract", ["extract", str(root.parent / "article.txt"), "-o", str(out / "draft"),
                     "--force"], ""),
        ("check draft", ["check", str(out / "draft"), "--json"], "stdout"),
    ]


def page_data(html: str) -> Any:
    start = html.index('id="provenance-data"')
    body = html[html.index(">", start) + 1:html.index("</script>", start)]
    return _strict(body)


def run_pipeline(root: Path, out: Path) -> list[tuple[str, str, str]]:
    """Every command on the dossier at ``root``: (command, outcome, failure or '') each.

    ``outcome`` is the exit code as text, or "FAIL" with the reason.
    """
    from typer.testing import CliRunner

    from provenance.cli import app

    runner = CliRunner()
    results: list[tuple[str, str, str]] = []
    out.mkdir(parents=True, exist_ok=True)
    for name, args, json_out in commands(root, out):
        r = runner.invoke(app, args)
        code = r.exit_code
        problem = ""
        both = r.stdout + r.stderr
        if r.exception is not None and not isinstance(r.exception, SystemExit):
            problem = f"raised {type(r.exception).__name__}: {r.exception}"[:300]
        elif code not in (0, 1, 2):
            problem = f"exit code {code}"
        elif "Traceback" in both or "internal error" in both:
            problem = "traceback: " + both[-300:]
        elif SECRET_MARK in both:
            problem = "leaked a file from outside the folder"
        elif json_out == "stdout" and (code == 0 or "--json" in args):
            # with --json even a refusal is one JSON object; an export refused (exit 2) or
            # with nothing to export (exit 1) prints nothing on stdout
            try:
                _strict(r.stdout)
            except ValueError as e:
                problem = f"stdout is not strict JSON ({e})"[:300]
        elif json_out == "page" and code == 0:
            page = out / ("page.html" if "citations" not in name else "cit.html")
            html = page.read_text(encoding="utf-8")
            try:
                page_data(html)
            except ValueError as e:
                problem = f"page data is not strict JSON ({e})"[:300]
            if SECRET_MARK in html:
                problem = "page holds a file from outside the folder"
        if not problem:
            for ch in "\x1b\x07\x9b":
                if ch in both and "--json" not in args:
                    problem = f"control character {ch!r} reached the terminal"
        leftovers = [p.name for p in out.iterdir() if p.name.endswith(".tmp")] + \
            [p.name for p in root.iterdir() if p.name.endswith(".tmp")]
        if not problem and leftovers:
            problem = f"temporary files left: {leftovers}"
        if not problem and name == "check draft" and code == 2 and results[-1][1] == "0":
            problem = "the draft extract wrote does not load: " + r.stdout[-300:]
        results.append((name, "FAIL" if problem else str(code), problem))
    return results


def fresh(tmp: Path, name: str) -> tuple[Path, Path]:
    """An empty case folder and output folder under ``tmp``."""
    base = tmp / name
    if base.exists():
        shutil.rmtree(base)
    base.mkdir(parents=True)
    return base / "d", base / "out"


__all__ = ["Case", "cases", "dossier_data", "fresh", "page_data", "run_pipeline", "write_case"]
