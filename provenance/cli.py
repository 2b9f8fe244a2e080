"""The ``provenance`` command line: a thin layer over the library.

Each command is a few lines that call one library function. Errors from the
library are turned into messages (and exit code 2) in one place,
:func:`_errors`. Heavy libraries (networkx, pyvis's assets, rapidfuzz) are
imported inside the commands, so ``provenance --help`` starts fast.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

app = typer.Typer(
    name="provenance",
    help="Trace claims to their sources: quotes, people, studies and who disagrees.\n\n"
    "Example: provenance render   (renders the bundled cluneal-nerve dossier to outputs/)",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

DossierArg = Annotated[
    Path | None,
    typer.Argument(
        help="A dossier folder or its dossier.yaml. Default: the bundled cluneal-nerve dossier.",
        show_default=False,
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON object for scripts.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q",
                                        help="Show no progress on stderr (shown otherwise "
                                        "when a command runs over a second).")]


def _fail(lines: list[str], code: int = 2) -> typer.Exit:
    for line in lines:
        typer.echo(line, err=True)
    return typer.Exit(code)


@contextlib.contextmanager
def _errors() -> Iterator[None]:
    """Turn library errors into a message that says what to try next, and exit code 2."""
    from .citations import ImportFailed
    from .dossier import DossierError
    from .files import OutputExists

    try:
        yield
    except DossierError as e:
        n = len(e.problems)
        raise _fail(
            [str(p) for p in e.problems]
            + [f"{n} problem{'s' if n != 1 else ''} found; nothing was written. "
               "Fix them and run the command again (see docs/format.md)."]
        ) from None
    except ImportFailed as e:
        raise _fail([f"error: {e}", "nothing was written."]) from None
    except OutputExists as e:
        raise _fail([f"error: {e.path} already exists, and only provenance's own pages and "
                     "reports are replaced without asking; choose another -o, or pass --force "
                     "to replace it."]) from None
    except OSError as e:
        raise _fail([f"error: {e.strerror or e}: {e.filename or ''}".rstrip(": ")]) from None


def _print_json(data: Any) -> None:
    """Indented JSON on stdout; orjson (C) writes what json would, 10x faster.

    ``json`` with ``indent`` runs its pure-Python encoder: 10 s for the 67 MB
    of ``contested --json`` at 100,000 claims. What orjson cannot encode the
    same way (keys that are not text, integers past 64 bits) goes through json.
    """
    try:
        import orjson

        out = orjson.dumps(data, option=orjson.OPT_INDENT_2)
    except (ImportError, TypeError):
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text-only stream (tests, some embedders)
        sys.stdout.write(out.decode() + "\n")
    else:
        buffer.write(out + b"\n")
        buffer.flush()


@app.command()
def render(
    dossier: DossierArg = None,
    *,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output",
                     help="Where to write the page. Default: outputs/<slug>.html."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace an output file provenance did not write.")
    ] = False,
    citations: Annotated[
        bool, typer.Option("--citations", help="Draw the citation view: works by year, sized "
                           "by citations in the dossier (default output <slug>-citations.html).")
    ] = False,
    focus: Annotated[
        str | None, typer.Option("--focus", metavar="ID",
                                 help="Only this claim, person, work or question and what is "
                                 "within --depth links of it.")
    ] = None,
    depth: Annotated[int, typer.Option("--depth", min=0, help="Links around --focus.")] = 1,
    question: Annotated[
        str | None, typer.Option("--question", metavar="ID",
                                 help="Only this question: its claims, who states them, where, "
                                 "on what evidence.")
    ] = None,
    person: Annotated[
        str | None, typer.Option("--person", metavar="ID",
                                 help="Only this person: what they state and wrote, and where.")
    ] = None,
    overview: Annotated[
        bool | None, typer.Option("--overview/--no-overview",
                                  help="Open on groups (by question, by cluster) that expand "
                                  "on click. Default: on above 15,000 nodes.")
    ] = None,
    quiet: QuietOpt = False,
) -> None:
    """Render the dossier as one interactive, offline HTML page.

    Example: provenance render graph_data/cluneal-nerve -o debate.html
    (add --citations for the works by year: what each study rests on and what cites it)
    Big dossiers: provenance render big/ --question q-12   (or --focus ID --depth 2)
    """
    from .dossier import load_dossier
    from .progress import reporting, stage
    from .render.page import write_html

    if sum(x is not None for x in (focus, question, person)) > 1:
        raise _fail(["error: give only one of --focus, --question and --person."])
    with _errors(), reporting(quiet=quiet):
        with stage("loading the dossier"):
            d = load_dossier(dossier)
        suffix = "-citations" if citations else ""
        out = output or Path("outputs") / f"{d.slug}{suffix}.html"
        mode = "citations" if citations else "graph"
        if focus or question or person:
            from .focus import FocusError
            from .focus import focus as focus_view
            from .graph import build_graph

            try:
                with stage("cutting out the focus view"):
                    sub, verdicts, view = focus_view(d, build_graph(d), center=focus,
                                                     depth=depth, question=question,
                                                     person=person)
            except FocusError as e:
                raise _fail([f"error: {e}", "Run `provenance trace WORDS` to find an id."]
                            ) from None
            with stage("building and writing the page"):
                path = write_html(sub, out, force=force, questions=verdicts, view=view,
                                  overview=overview, mode=mode)
        else:
            with stage("building and writing the page"):
                path = write_html(d, out, force=force, overview=overview, mode=mode)
    typer.echo(f"wrote {path} ({path.stat().st_size / 1024:.0f} KB): open it in a browser")


@app.command()
def contested(dossier: DossierArg = None, *, as_json: JsonOpt = False,
              quiet: QuietOpt = False) -> None:
    """List the dossier's questions and whether (and why) each is contested.

    Example: provenance contested --json | jq '.questions[] | select(.contested) | .id'
    """
    from .analysis import contested as find_contested
    from .dossier import load_dossier
    from .graph import build_graph
    from .progress import reporting, stage

    with reporting(quiet=quiet):
        with _errors(), stage("loading the dossier"):
            d = load_dossier(dossier)
        with stage("building the graph"):
            g = build_graph(d)
        with stage("finding contested questions"):
            questions = find_contested(g)
        if as_json:
            with stage("writing JSON"):
                _print_json({"dossier": d.title, "questions": questions})
            return
    for q in sorted(questions, key=lambda q: -q["score"]):
        mark = "CONTESTED" if q["contested"] else "settled  "
        typer.echo(f"{mark} {q['id']} (score {q['score']:.2f}): {q['text']}")
        for r in q["explanation"]:
            typer.echo(f"            - {r}")
        for p in q["positions"]:
            who = ", ".join(x["name"] for x in p["people"]) or "-"
            typer.echo(f"            [{p['position']}] weight {p['weight']:.2f}, "
                       f"{len(p['claims'])} claim(s); who: {who}")
    n = sum(q["contested"] for q in questions)
    typer.echo(f"{n} of {len(questions)} questions contested")


@app.command("import")
def import_(
    format: Annotated[str, typer.Argument(
        help="bibtex, ris, csl-json (Zotero's 'CSL JSON' export) or openalex "
             "(a work JSON, an API page, or JSONL of works).", show_default=False)],
    file: Annotated[Path, typer.Argument(help="The file to import.", show_default=False)],
    *,
    into: Annotated[Path, typer.Option(
        "--into", help="The dossier folder (or its dossier.yaml); a new folder starts one.")],
    to: Annotated[str | None, typer.Option(
        "--to", help="Put new works in this file of the folder (e.g. works.imported.json) "
                     "instead of dossier.yaml; best for thousands of works.")] = None,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="Say what would change; write nothing.")] = False,
    no_authors: Annotated[bool, typer.Option(
        "--no-authors", help="Do not create people for the authors.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Import references into a dossier: new works are added, known ones merged.

    Works are matched by DOI, OpenAlex or PubMed id, then by title and year;
    a work already in the dossier only gains fields it lacked. Comments and
    order in dossier.yaml are kept. Bad entries are reported and skipped.

    Example: provenance import bibtex zotero.bib --into graph_data/cluneal-nerve
    """
    from .citations import FORMATS, import_file

    if format not in FORMATS:
        raise _fail([f"error: unknown format '{format}'; use one of: {', '.join(FORMATS)}"])
    with _errors():
        size = file.stat().st_size if file.is_file() else 0
        if size > 2_000_000 and not as_json:
            with open(file, "rb") as f:
                lines = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
            with typer.progressbar(length=lines, label=f"reading {file.name}",
                                   file=sys.stderr) as bar:
                last = [0]

                def tick(line: int) -> None:
                    if line > last[0]:
                        bar.update(line - last[0])
                        last[0] = line

                result = import_file(format, file, into, to=to, dry_run=dry_run,
                                     authors=not no_authors, progress=tick)
        else:
            result = import_file(format, file, into, to=to, dry_run=dry_run,
                                 authors=not no_authors)
    plan = result.plan
    if as_json:
        _print_json({**plan.as_dict(), "written": [str(p) for p in result.written],
                     "dry_run": dry_run})
        return
    for s in plan.skipped:
        typer.echo(str(s), err=True)
    info = plan.as_dict()
    verb = "would add" if dry_run else "added"
    typer.echo(f"{verb} {len(info['added'])} works and {len(info['people_added'])} people; "
               f"merged {len(plan.merged)} already in the dossier "
               f"({len(info['updated'])} gained fields or cites); "
               f"skipped {len(plan.skipped)} bad entries")
    if plan.duplicates:
        typer.echo(f"{plan.duplicates} entries repeated a work earlier in the file (merged)")
    if plan.cites_added or plan.references_outside:
        typer.echo(f"{plan.cites_added} cites links added; {plan.references_outside} references "
                   "point to works not in the dossier (not added)")
    if result.written:
        typer.echo("wrote " + ", ".join(str(p) for p in result.written))
    elif not dry_run:
        typer.echo("nothing changed")


@app.command()
def export(
    dossier: DossierArg = None,
    *,
    format: Annotated[str, typer.Option(
        "--format", "-f", help="graphml, gexf, json (node-link), prov (PROV-JSON), "
        "claimreview (schema.org JSON-LD), sqlite, argdown.")] = "json",
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="File to write. Default: standard output (sqlite: "
        "outputs/<slug>.db).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
) -> None:
    """Export the dossier for Gephi, Cytoscape, Datasette, PROV tools or fact-check markup.

    Example: provenance export graph_data/cluneal-nerve --format sqlite -o cluneal.db
    """
    from .dossier import load_dossier
    from .export import FORMATS, SUFFIX, write_export
    from .export import export as generate

    if format not in FORMATS:
        raise _fail([f"error: unknown format '{format}'; use one of: {', '.join(FORMATS)}"])
    with _errors():
        d = load_dossier(dossier)
        if output is None and format == "sqlite":
            output = Path("outputs") / f"{d.slug}{SUFFIX[format]}"
        if output is None or str(output) == "-":
            data = generate(d, format)
            sys.stdout.write(data if isinstance(data, str) else data.decode("utf-8"))
            return
        path = write_export(d, format, output, force=force)
    typer.echo(f"wrote {path} ({path.stat().st_size / 1024:.0f} KB, {format})", err=True)


@app.command()
def check(
    dossier: DossierArg = None,
    *,
    as_json: JsonOpt = False,
    min_score: Annotated[
        float,
        typer.Option("--min-score", min=0, max=100,
                     help="Fuzzy score (0-100) below which a quote is reported missing."),
    ] = 90.0,
    quiet: QuietOpt = False,
) -> None:
    """Check every quote is in its source text, word for word, and said by whom the dossier says.

    Exit 0 when all pass, 1 when any quote is misquoted, missing or misattributed,
    2 when the dossier is invalid. Never modifies the dossier.

    Example: provenance check graph_data/cluneal-nerve --json | jq .summary
    """
    from .check import check_dossier, generate_json, generate_text
    from .dossier import load_dossier
    from .progress import reporting, stage

    with reporting(quiet=quiet):
        with _errors(), stage("loading the dossier"):
            d = load_dossier(dossier)
        n = sum(len(c.appearances) for c in d.claims)
        with stage("checking quotes", n) as st:
            report = check_dossier(d, min_score=min_score, progress=st)
    if as_json:
        _print_json(generate_json(report))
    else:
        typer.echo("\n".join(generate_text(report)))
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="The article: a UTF-8 .txt file, or .html.")],
    *,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output",
                     help="The draft dossier folder. Default: ./<article name>/."),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Also print what was found as one JSON object.")
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Replace the folder if it already exists.")
    ] = False,
) -> None:
    """Draft a dossier from a raw article: quotes, speakers, numbers, studies.

    Example: provenance extract article.txt -o my-dossier && provenance render my-dossier
    """
    from .extract import DraftExistsError, ExtractError
    from .extract import extract as extract_article

    with _errors():
        try:
            ex, folder = extract_article(file, output, force=force)
        except ExtractError as e:
            raise _fail([f"error: {e}"]) from None
        except DraftExistsError as e:
            if e.not_a_folder:
                raise _fail([f"error: {e} is a file, not a folder; nothing was written. "
                             "Choose another -o."]) from None
            raise _fail([f"error: {e} already exists; nothing was written. Choose another -o, "
                         "or pass --force to replace it."]) from None
    if as_json:
        _print_json({"folder": str(folder), **ex.to_dict()})
        return
    named = sum(1 for s in ex.statements if s.speaker_id)
    typer.echo(f"wrote {folder}/dossier.yaml: {len(ex.statements)} statements ({named} with a "
               f"named speaker), {len(ex.people)} people, {len(ex.studies)} studies, "
               f"{len(ex.numbers)} figures")
    typer.echo(f"review the lines marked `draft:`, then: provenance render {folder}")


@app.command()
def trace(
    query: Annotated[
        str, typer.Argument(help="Words of a claim or quote, a name, a title or an id.")
    ],
    dossier: DossierArg = None,
    *,
    as_json: JsonOpt = False,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Most claims to trace.")] = 3,
) -> None:
    """Find a claim, person, work or quote and show its chain of sources.

    Example: provenance trace "12 percent"
    """
    from .dossier import load_dossier
    from .trace import Tracer, render_tree

    with _errors():
        d = load_dossier(dossier)
    result = Tracer(d).trace(query, limit=limit)
    if as_json:
        _print_json(result)
    else:
        typer.echo(render_tree(result), nl=False)
    if not result["matches"]:
        raise typer.Exit(1)


@app.command()
def report(
    dossier: DossierArg = None,
    *,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output",
                     help="Where to write it; .html for HTML. Default: outputs/<slug>-report.md."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace an output file provenance did not write.")
    ] = False,
) -> None:
    """Write the editor's report: contested questions side by side, numbers that
    disagree, chains without a primary source, unverified quotes.

    Example: provenance report -o report.html
    """
    from .dossier import load_dossier
    from .report import write_report

    with _errors():
        d = load_dossier(dossier)
        out = output or Path("outputs") / f"{d.slug}-report.md"
        path = write_report(d, out, force=force)
    typer.echo(f"wrote {path}")


@app.command()
def generate(
    folder: Annotated[Path, typer.Argument(help="Folder to write the dossier into.")],
    *,
    claims: Annotated[int, typer.Option("--claims", min=0, help="How many claims.")] = 1000,
    people: Annotated[
        int | None, typer.Option("--people", min=0, help="Default: claims / 5.")
    ] = None,
    works: Annotated[
        int | None, typer.Option("--works", min=0, help="Default: claims / 2.")
    ] = None,
    questions: Annotated[
        int | None, typer.Option("--questions", min=0, help="Default: claims / 50.")
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Same seed, same dossier.")] = 0,
    misquote_rate: Annotated[
        float, typer.Option("--misquote-rate", min=0.0, max=1.0,
                            help="Share of quotes deliberately misquoted.")
    ] = 0.03,
    force: Annotated[
        bool, typer.Option("--force", help="Replace the folder if it already holds files.")
    ] = False,
) -> None:
    """Write a synthetic but realistic dossier of any size, for trying things out and benchmarks.

    Example: provenance generate /tmp/big --claims 10000 && provenance render /tmp/big
    """
    from .generate import GenerateError, generate_dossier

    try:
        root = generate_dossier(folder, claims=claims, people=people, works=works,
                                questions=questions, seed=seed, misquote_rate=misquote_rate,
                                force=force)
    except GenerateError as e:
        raise _fail([f"error: {e}; choose another folder, or pass --force to replace it."]
                    ) from None
    typer.echo(f"wrote {root}/dossier.yaml and {root}/sources/")


def main() -> None:
    """Entry point for the ``provenance`` script.

    A command builds millions of small objects (records, graph, analysis) and
    exits; with Python's default thresholds the cycle collector re-scans them
    again and again (about 20 % of `contested` at 100,000 claims). A higher
    first threshold keeps the collector, and its memory bound, but runs it rarely.
    """
    import gc

    gc.set_threshold(500_000, 20, 100)
    app()
