"""The ``provenance`` command line: a thin layer over the library.

Each command is a few lines that call one library function. Errors, from
the library or the environment (a read-only folder, a full disk, a closed
pipe), are turned into messages in one place, :class:`_ErrorLayer`: one
line saying what failed and what to do, exit code 2, no traceback; with
``--json``, one JSON object on standard output instead. Heavy libraries
(networkx, pyvis's assets, rapidfuzz) are imported inside the commands, so
``provenance --help`` starts fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup


class _Failure(Exception):
    """A command's own refusal (bad option, unknown id): message lines and an exit code."""

    def __init__(self, lines: list[str], code: int = 2,
                 problems: list[dict[str, Any]] | None = None):
        self.lines, self.code, self.problems = lines, code, problems or []
        self.broken_pipe = False
        super().__init__("\n".join(lines))


#: Typer 0.28 parses options with its own copy of click, whose usage errors
#: (``--claims -1``) are not ``click.ClickException``: TyperException is their base.
_TYPER_ERRORS: tuple[type[Exception], ...] = tuple(
    t for t in (getattr(typer, "TyperException", None),) if isinstance(t, type))


class _ErrorLayer(TyperGroup):
    """Runs every command; turns what it raises into a message and an exit code (see
    :func:`_translate`), and keeps dossier text from driving the terminal
    (:mod:`provenance.terminal`)."""

    def invoke(self, ctx: Any) -> Any:
        import click

        from .terminal import CleanStream

        usage_errors: tuple[type[BaseException], ...] = (
            click.ClickException, click.exceptions.Abort, typer.Abort, *_TYPER_ERRORS)
        args = [*getattr(ctx, "_protected_args", []), *ctx.args]
        as_json = "--json" in args
        out = sys.stdout
        if out is None:  # started with standard output closed (`>&-`)
            _report(_Failure(["error: standard output is closed; give the command somewhere to "
                              "write (a terminal, a file or a pipe)."]), False, None)
            raise typer.Exit(2)
        sys.stdout = CleanStream(out)
        try:
            try:
                rv = super().invoke(ctx)
                sys.stdout.flush()  # a full disk or a closed pipe shows here, not at exit
                return rv
            except (click.exceptions.Exit, typer.Exit):
                sys.stdout.flush()
                raise
            except usage_errors:
                raise  # a usage error (bad option value...): click prints it, exit 2
            except KeyboardInterrupt:
                # Not exit 1 (findings): 130, as shells report Ctrl-C. Outputs were written
                # to temporary files, removed on the way out.
                sys.stderr.write("interrupted; no output was left half-written.\n")
                raise typer.Exit(130) from None
            except Exception as e:  # noqa: BLE001 - every error becomes a message, once
                failure = e if isinstance(e, _Failure) else _translate(e)
                if failure is None:
                    raise
                _report(failure, as_json, out)
                raise typer.Exit(failure.code) from None
        finally:
            sys.stdout = out


def _report(f: _Failure, as_json: bool, out: Any) -> None:
    """Print ``f``: lines on stderr, or with --json one object on stdout."""
    from .terminal import clean

    if as_json and not f.broken_pipe:
        from .safejson import dumps

        first = next((ln for ln in f.lines if ln.startswith("error:")), f.lines[-1])
        try:
            out.write(dumps({"error": first.removeprefix("error: "), "problems": f.problems},
                            indent=2) + "\n")
            out.flush()
            return
        except OSError:
            pass  # stdout is what failed: say it on stderr
    if sys.stderr is None:
        return
    for line in f.lines:
        sys.stderr.write(clean(line, keep_cr=False) + "\n")
    sys.stderr.flush()


def _problem(file: object, line: int, column: int, message: str, hint: str = "") -> dict[str, Any]:
    return {"file": str(file) if file is not None else None, "line": line or None,
            "column": column or None, "message": message, "hint": hint}


def _translate(e: BaseException) -> _Failure | None:
    """The one place library and environment errors become what the user reads.

    Returns None for an error that is not ours to explain (it is re-raised).
    """
    import errno
    import os

    from .errors import (
        DossierError,
        EmptyExport,
        ExtractError,
        FocusError,
        GenerateError,
        ImportFailed,
        MissingDependency,
        NotAFile,
        OutputExists,
        ReceiptError,
        UnsafeFile,
    )

    if isinstance(e, DossierError):
        n = len(e.problems)
        return _Failure(
            [str(p) for p in e.problems]
            + [f"error: {n} problem{'s' if n != 1 else ''} found; nothing was written. "
               "Fix them and run the command again (see docs/format.md)."],
            problems=[_problem(p.file, p.line, p.column, p.message, p.hint)
                      for p in e.problems])
    if isinstance(e, ImportFailed):
        return _Failure([f"error: {e}", "nothing was written."],
                        problems=[_problem(e.file, e.line, 0, e.message, e.hint)])
    if isinstance(e, OutputExists):
        if e.not_a_folder:
            todo = "choose another -o (a folder name)"
        elif e.reason.startswith("exists and is not a page"):
            todo = ("only provenance's own pages and reports are replaced without asking; "
                    "choose another -o, or pass --force to replace it")
        else:
            todo = "choose another -o (or folder), or pass --force to replace it"
        return _Failure([f"error: {e}; nothing was written. {todo[:1].upper()}{todo[1:]}."],
                        problems=[_problem(e.path, 0, 0, e.reason, todo)])
    if isinstance(e, FocusError):
        return _Failure([f"error: {e}", "Run `provenance trace WORDS` to find an id."])
    if isinstance(e, EmptyExport):  # a finding about the dossier, not a failure: exit 1
        return _Failure([f"nothing to export: {e.why}.", e.fix, "Nothing was written."], code=1,
                        problems=[_problem(None, 0, 0, e.why, e.fix)])
    if isinstance(e, GenerateError):
        return _Failure([f"error: {e}."])
    if isinstance(e, (ExtractError, MissingDependency, ReceiptError)):
        return _Failure([f"error: {e}"])
    if isinstance(e, UnsafeFile):
        return _Failure([f"error: {e.rel} {e.message}; {e.hint}."],
                        problems=[_problem(e.rel, 0, 0, e.message, e.hint)])
    if isinstance(e, NotAFile):
        return _Failure([f"error: {e.path} is {e.what}, not a regular file; nothing was "
                         "written. Give -o a file name, or leave -o out to print to standard "
                         "output (where the command can)."],
                        problems=[_problem(e.path, 0, 0, f"is {e.what}", "give -o a file")])
    if isinstance(e, BrokenPipeError) or (isinstance(e, OSError) and e.errno == errno.EPIPE):
        # Nothing more can be written to stdout; keep the interpreter's exit flush quiet.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        f = _Failure(["error: the output was closed before everything was written (broken "
                      "pipe); write it to a file (> file or -o) to keep all of it."])
        f.broken_pipe = True
        return f
    sqlite_full = type(e).__module__ == "sqlite3" and "full" in str(e)
    if isinstance(e, OSError) or sqlite_full:
        code = errno.ENOSPC if sqlite_full else getattr(e, "errno", None)
        where = str(getattr(e, "filename", None) or "")
        if os.path.basename(where).startswith("."):  # our temporary file: name its folder
            where = os.path.dirname(where) or "."
        what = getattr(e, "strerror", None) or str(e)
        todo = {
            errno.ENOSPC: "free some disk space, or write somewhere else (-o PATH)",
            errno.EDQUOT: "free some space in your quota, or write somewhere else (-o PATH)",
            errno.EROFS: "the folder is read-only: write somewhere else (-o PATH or another "
                         "folder)",
            errno.EACCES: "you may not write there: choose a folder you own (-o PATH), or "
                          "check its permissions",
            errno.EPERM: "you may not write there: choose a folder you own (-o PATH)",
            errno.ENOENT: "check the path exists",
            errno.ENOTDIR: "a part of the path is a file, not a folder: fix the path",
            errno.EISDIR: "give a file name, not a folder",
            errno.EMFILE: "too many open files: close some programs and run it again",
        }.get(code or 0, "check the path and the disk, then run it again")
        tail = f" ({where})" if where else ""
        return _Failure([f"error: {what}{tail}; nothing was written. {todo[:1].upper()}"
                         f"{todo[1:]}."],
                        problems=[_problem(where or None, 0, 0, what, todo)])
    if isinstance(e, UnicodeEncodeError):
        return _Failure(["error: the terminal cannot show some characters of the output "
                         f"({e.reason}); set PYTHONIOENCODING=utf-8, or use --json."])
    if isinstance(e, MemoryError):
        return _Failure(["error: out of memory; close other programs, or work on a smaller "
                         "part of the dossier (--focus, --question)."])
    if os.environ.get("PROVENANCE_DEBUG"):
        return None
    return _Failure([f"error: internal error ({type(e).__name__}: {str(e)[:200]}). This is a "
                     "bug in provenance: please report it with the command you ran; "
                     "PROVENANCE_DEBUG=1 shows the traceback."])


app = typer.Typer(
    cls=_ErrorLayer,
    name="provenance",
    help="Trace claims to their sources: quotes, people, studies and who disagrees.\n\n"
    "Without a DOSSIER, commands use the bundled example (an interview about cluneal "
    "nerve entrapment) and write to ./outputs/; with one, next to its dossier.yaml.\n\n"
    "\b\nExamples:\n"
    "  provenance render                 the bundled example, to outputs/cluneal-nerve.html\n"
    "  provenance extract article.txt    start a dossier from an article\n"
    "  provenance check my-dossier       is every quote in its source?\n\n"
    "Shell completion: provenance --install-completion (bash, zsh, fish, PowerShell).",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"provenance {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True,
        help="Print the version and exit.")] = False,
) -> None:
    """Trace claims to their sources."""


def _complete(command: str, incomplete: str) -> list[str]:
    """Shell completion of a format name (the lists are light to import)."""
    from .citations import FORMATS as IMPORTS
    from .export import FORMATS as EXPORTS

    return [f for f in (IMPORTS if command == "import" else EXPORTS)
            if f.startswith(incomplete)]


def _default_output(d: Any, name: str) -> Path:
    """Where a command writes when not given -o: next to the dossier's dossier.yaml.

    The bundled example lives inside the installed package (often read-only,
    never the user's), so its outputs go to ./outputs/ instead.
    """
    from .dossier import bundled_dossier_path

    if Path(d.root).resolve() == bundled_dossier_path().resolve():
        return Path("outputs") / name
    return Path(d.root) / name

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


def _fail(lines: list[str], code: int = 2) -> _Failure:
    """A refusal to raise: printed by :class:`_ErrorLayer` (as JSON with --json)."""
    return _Failure(lines, code)


def _print_json(data: Any) -> None:
    """Indented strict JSON on stdout (:func:`provenance.safejson.dumps_bytes`), written as
    bytes past the terminal filter (CleanStream): every character the filter would remove
    is escaped in the JSON already, and there is no str copy of 30 MB of `check --json`
    at 20,000 claims to decode, search and encode again."""
    from .safejson import dumps_bytes

    _write_json_bytes(dumps_bytes(data) + b"\n")


def _write_json_bytes(chunk: bytes, *, flush: bool = True) -> None:
    buffer = getattr(getattr(sys.stdout, "inner", sys.stdout), "buffer", None)
    if buffer is None:
        sys.stdout.write(chunk.decode())
        return
    if flush:
        sys.stdout.flush()
    buffer.write(chunk)
    if flush:
        buffer.flush()


def _print_json_items(head: dict[str, Any], key: str, items: Iterable[Any]) -> None:
    """``_print_json({**head, key: list(items)})``, the same bytes, written one item at a time.

    The whole document of ``contested --json`` at 100,000 claims is 67 MB, and
    written in one piece it was held twice more (the encoded bytes and the
    bytes with their newline) beside the data; item by item only one item's
    text is held, and with ``items`` a generator, only one item. Items are
    encoded with orjson's two-space indent and shifted right two levels
    (orjson escapes every newline inside a string, so each newline in its
    output is layout). An item orjson refuses (what
    :func:`_print_json` sends to safejson) is written by safejson, which lays
    JSON out the same way.
    """
    from .safejson import dumps_bytes as encode

    sys.stdout.flush()

    def out(chunk: bytes) -> None:
        _write_json_bytes(chunk, flush=False)

    start = encode(head)[:-2] if head else b"{"  # without its closing "\n}"
    out(start + (b",\n  " if head else b"\n  ") + encode(key) + b": [")
    sep = b"\n    "
    for item in items:
        out(sep + encode(item).replace(b"\n", b"\n    "))
        sep = b",\n    "
    out(b"]\n}\n" if sep == b"\n    " else b"\n  ]\n}\n")
    _write_json_bytes(b"")


@app.command()
def render(
    dossier: DossierArg = None,
    *,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output",
                     help="Where to write the page. Default: <slug>.html next to "
                     "dossier.yaml (outputs/ for the bundled example)."),
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
                                  "on click. Default: on above 400 nodes.")
    ] = None,
    quiet: QuietOpt = False,
) -> None:
    """Render the dossier as one interactive, offline HTML page.

    --citations draws the works by year instead: what each study rests on and
    what cites it. For big dossiers, draw one question (--question ID) or the
    neighbourhood of a record (--focus ID --depth 2).

    \b
    Examples:
      provenance render my-dossier -o debate.html
      provenance render my-dossier --citations
      provenance render big-dossier --question q-12
    """
    from functools import partial

    from .dossier import load_dossier
    from .files import check_replaceable
    from .pipeline import page_inputs
    from .progress import bulk, reporting, stage
    from .render.page import claim_packer, write_html

    if sum(x is not None for x in (focus, question, person)) > 1:
        raise _fail(["error: give only one of --focus, --question and --person."])
    with reporting(quiet=quiet), bulk():
        with stage("loading the dossier"):
            d = load_dossier(dossier, marks=False)  # the page shows no quote's line in the file
        suffix = "-citations" if citations else ""
        out = output or _default_output(d, f"{d.slug}{suffix}.html")
        check_replaceable(out, force=force)  # refused now, not after the page is made
        mode = "citations" if citations else "graph"
        if focus or question or person:
            from .focus import focus as focus_view
            from .graph import build_graph

            with stage("cutting out the focus view"):
                sub, verdicts, view = focus_view(d, build_graph(d), center=focus,
                                                 depth=depth, question=question,
                                                 person=person)
            with stage("building and writing the page"):
                inputs = page_inputs(sub, questions=verdicts, background=True,  # once
                                     pack=partial(claim_packer, mode=mode))
                path = write_html(sub, out, force=force, view=view, overview=overview, mode=mode,
                                  inputs=inputs)
        else:
            kept: list[Any] = []  # (the page data's packed copy: never taken apart)
            with stage("building and writing the page"):
                inputs = page_inputs(d, background=True,  # check and analyse, once
                                     pack=partial(claim_packer, mode=mode))
                path = write_html(d, out, force=force, overview=overview, mode=mode,
                                  inputs=inputs, keep=kept)
            _leave(d, inputs, kept)
    typer.echo(f"wrote {path} ({path.stat().st_size / 1024:.0f} KB): open it in a browser")


@app.command()
def contested(dossier: DossierArg = None, *, as_json: JsonOpt = False,
              quiet: QuietOpt = False) -> None:
    """List the dossier's questions and whether (and why) each is contested.

    \b
    Examples:
      provenance contested my-dossier
      provenance contested --json | jq '.questions[] | select(.contested) | .id'
    """
    from .analysis import contested as find_contested
    from .analysis import iter_contested
    from .chains import Index
    from .dossier import load_dossier
    from .progress import bulk, reporting, stage

    with reporting(quiet=quiet), bulk():
        with stage("loading the dossier"):
            d = load_dossier(dossier, marks=False)  # no quote's line is reported here
        with stage("indexing claims, works and links"):
            # what the graph would hold, without the graph; weights without their words
            index = Index.of_dossier(d, words=False)
        title = d.title
        del d  # the index holds what the analysis reads; the records are 100 MB at 100,000 claims
        if as_json:  # each question written as it is found, then let go
            with stage("finding contested questions and writing them"):
                _print_json_items({"dossier": title}, "questions",
                                  iter_contested(None, index=index))
            _leave(index)
            return
        with stage("finding contested questions"):
            questions = find_contested(None, index=index)
        _leave(index, questions)
    for q in sorted(questions, key=lambda q: -q["score"]):
        for line in _contested_words(q, index):
            typer.echo(line)
    from .text import counted

    n = sum(q["contested"] for q in questions)
    typer.echo(f"{n} of {counted(len(questions), 'question')} contested")
    if questions:
        typer.echo("Contestedness runs from 0 (the claims agree) to 1; how it is computed: "
                   "`provenance contested --json` (each question's breakdown).")


def _contested_words(q: dict[str, Any], index: Any) -> list[str]:
    """One question of `contested` in a reader's words: why it is contested (the positions
    and their share of the weight of evidence; which claims contradict each other and which
    figures disagree, each with who gives it) and who takes each position. No formula: that
    is in --json, with the rest of the breakdown."""
    from .analysis import percent
    from .numbers import singular
    from .text import counted, plain_numbers, position_label, shorten

    nodes, pad = index.nodes, "    "

    def source(cid: str) -> tuple[str, int]:
        # who gives a claim: the people stating it, else the works it rests on or is said in
        names = [str(nodes[p].get("name") or p) for p in index.people.get(cid, [])]
        if not names:
            works = index.based_on.get(cid) or index.stated_in.get(cid, [])
            names = [index.label(w) for w in works]
        names = list(dict.fromkeys(names))
        last = names[0].split()[-1] if len(names) == 1 and names[0].split() else ""
        if last.islower() and singular(last) != last and " of " not in names[0]:
            # a work named by a plural ("National Roadways Authority figures give 118,000";
            # not "Survey of 2,000 parents", whose plural is the object of "of"; a person's
            # name is never all lower case)
            return names[0], 2
        return " and ".join(names), len(names)

    def text(cid: str, n: int) -> str:
        return "“" + shorten(str(nodes[cid].get("label") or nodes[cid].get("text") or cid), n) + "”"

    def said(cid: str) -> str:
        return f"{source(cid)[0] or 'no source named'}: {text(cid, 70)}"

    def gives(cid: str, written: str | None, normalised: str) -> str:
        # the figure as the source wrote it, with what it comes to when that is a sum ("1.6%")
        shown = plain_numbers(written or normalised)
        worked = normalised.rpartition(" = ")[2] if " = " in normalised else ""
        if worked and worked not in shown:
            shown += f" ({plain_numbers(worked)})"
        elif normalised.lstrip().startswith(("-", "−")) and not any(c in shown for c in "-−"):
            shown += f" ({plain_numbers(normalised)})"  # a fall: "12 per cent (-12%)"
        who, many = source(cid)
        return f"{who or 'the claim ' + text(cid, 40)} {'give' if many > 1 else 'gives'} {shown}"

    mark = "CONTESTED" if q["contested"] else "settled  "
    out = [f"{mark} {q['id']} (contestedness {q['score']:.2f} of 1): {q['text']}",
           f"{pad}{q['summary']}"]
    if q["contested"]:
        out.append(f"{pad}Why it is contested:")
    ranked = [p for p in q["positions"] if p.get("share") is not None]
    if len(ranked) >= 2:
        shares = ", ".join(f"{position_label(p['position'])} {percent(p['share'])}"
                           for p in sorted(ranked, key=lambda p: -p["share"]))
        out.append(f"{pad}- its claims take {len(ranked)} positions; their shares of the "
                   f"weight of evidence: {shares}.")
    def pairs(items: list[dict[str, Any]], what: str, shown: int,
              lines: Callable[[dict[str, Any]], list[str]]) -> None:
        # "2 claims contradict each other:" or "5 pairs of ...; the most evenly matched:",
        # the first ``shown`` pairs, and how many more
        if not items:
            return
        items = sorted(items, key=lambda x: -x["evenness"])
        out.append(f"{pad}- " + (f"2 {what}:" if len(items) == 1 else
                                 f"{len(items):,} pairs of {what}; the most evenly matched:"))
        seen: set[tuple[str, ...]] = set()
        used = 0
        for item in items:
            if len(seen) == shown:
                break
            used += 1
            written = tuple(lines(item))
            if written in seen:
                continue  # (a source's figure in its headline and its body: one pair as read)
            seen.add(written)
            out.extend(f"{pad}    {line}" for line in written)
        if len(items) > used:
            out.append(f"{pad}    and {counted(len(items) - used, 'pair')} more")

    def figures(n: dict[str, Any]) -> list[str]:
        written = n.get("as_written") or [None] * len(n["claims"])
        pair = "; ".join(gives(cid, w, str(v)) for cid, w, v
                         in zip(n["claims"], written, n["normalised"], strict=False))
        note = (" (the same number, counting different things)"
                if n["kind"] == "unit-mismatch" else "")
        return [pair + note]

    pairs(q["contradictions"], "claims contradict each other", 2,
          lambda c: [said(c["source"]), f"  against {said(c['target'])}"])
    pairs(q["estimate_conflicts"], "figures do not agree", 3, figures)
    if q["positions"]:
        out.append(f"{pad}Positions:")
    for p in q["positions"]:
        share = "" if p.get("share") is None else f", {percent(p['share'])} of the weight"
        if p["people"]:
            who = "said by " + ", ".join(x["name"] for x in p["people"])
        elif p["works"]:
            who = "from " + ", ".join(index.label(w["id"]) for w in p["works"])
        else:
            who = "no source named"
        out.append(f"{pad}  {position_label(p['position'])}: "
                   f"{counted(len(p['claims']), 'claim')}{share}; {who}")
    return out


@app.command("import")
def import_(
    format: Annotated[str, typer.Argument(
        help="bibtex, ris, csl-json (Zotero's 'CSL JSON' export) or openalex "
             "(a work JSON, an API page, or JSONL of works).", show_default=False,
        autocompletion=lambda incomplete: _complete("import", incomplete))],
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

    Authors are matched to the dossier's people by ORCID, then by surname
    with compatible initials and given names; each match is printed, and an
    author who could be two people is reported, not guessed. --dry-run shows
    all of it and writes nothing.

    \b
    Examples:
      provenance import bibtex zotero.bib --into my-dossier --dry-run
      provenance import openalex works.jsonl --into my-dossier --to works.imported.json
    """
    from .citations import FORMATS, import_file

    if format not in FORMATS:
        raise _fail([f"error: unknown format '{format}'; use one of: {', '.join(FORMATS)}"])
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
    # Exit 1 when some entries were skipped (a finding: look at them), 2 when none could be
    # read (nothing was imported, as for any bad input).
    code = 0 if not plan.skipped else 1 if plan.entries else 2
    if as_json:
        _print_json({**plan.as_dict(), "written": [str(p) for p in result.written],
                     "dry_run": dry_run})
        raise typer.Exit(code)
    from .terminal import clean

    for s in plan.skipped:
        typer.echo(clean(str(s)), err=True)
    if code == 2:
        raise _fail([f"error: none of the {len(plan.skipped)} entries in {file} could be "
                     "read (each is listed above); nothing was imported. Check it is a "
                     f"{format} file, or try another format."])
    _print_people(plan, file)
    if dry_run:
        _print_merge(plan)
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
    if code:
        typer.echo(f"{len(plan.skipped)} entries were skipped (listed above); the rest was "
                   "imported. Fix them in the file and import it again to add them.", err=True)
        raise typer.Exit(code)


def _print_people(plan: Any, file: Path, limit: int = 20) -> None:
    """Authors taken for people already known (when the names differ), and ambiguous ones."""
    from .citations.merge import fold
    from .terminal import clean

    shown = [m for m in plan.people_matched if fold(m.author) != fold(m.name)]
    if shown:
        typer.echo(f"{len(shown)} author{'s' if len(shown) != 1 else ''} matched to people "
                   "by another form of their name:")
        for m in shown[:limit]:
            typer.echo(clean(f"  {file.name}:{m.line}: {m}"))
        if len(shown) > limit:
            typer.echo(f"  ... and {len(shown) - limit} more (--json lists every match)")
    for a in plan.ambiguous:
        typer.echo(clean(f"{file.name}:{a.line}: {a}"), err=True)


def _print_merge(plan: Any, limit: int = 50) -> None:
    """What --dry-run would write: new works and people, and what merged works gain."""
    from .terminal import clean

    lines = [f"  + work {w['id']}: {w['title']}" for w in plan.new_works]
    lines += [f"  + person {p['id']}: {p['name']}" for p in plan.new_people]
    for wid in sorted(set(plan.updates) | set(plan.add_cites)):
        gain = dict(plan.updates.get(wid, {}))
        if plan.add_cites.get(wid):
            gain["cites"] = plan.add_cites[wid]
        lines.append(f"  ~ work {wid} gains " + ", ".join(f"{k}: {v}" for k, v in gain.items()))
    if lines:
        typer.echo("dry run, nothing written; the import would make these changes:")
        for line in lines[:limit]:
            typer.echo(clean(line))
        if len(lines) > limit:
            typer.echo(f"  ... and {len(lines) - limit} more (--json lists them all)")


@app.command()
def export(
    dossier: DossierArg = None,
    *,
    format: Annotated[str, typer.Option(
        "--format", "-f", help="graphml, gexf, json (node-link), prov (PROV-JSON), "
        "claimreview (schema.org JSON-LD), sqlite, argdown, parquet (a folder of tables "
        "for DuckDB), neo4j (a folder of CSV files for neo4j-admin import).",
        autocompletion=lambda incomplete: _complete("export", incomplete))] = "json",
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="File (or folder, for parquet and neo4j) to write. Default: "
        "standard output; sqlite, parquet and neo4j: <slug>.db, <slug>-parquet/, "
        "<slug>-neo4j/ next to dossier.yaml (outputs/ for the bundled example).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
    quiet: QuietOpt = False,
) -> None:
    """Export the dossier for Gephi, Cytoscape, Datasette, DuckDB, Neo4j, PROV tools or
    fact-check markup.

    A format that would hold nothing (ClaimReview with no reviewed claim,
    Argdown with no claims) says why and how to fix it, writes nothing and
    exits 1. parquet needs pyarrow: pip install "provenance[parquet]".

    \b
    Examples:
      provenance export my-dossier --format graphml -o my-dossier.graphml
      provenance export my-dossier --format sqlite && datasette my-dossier/my-dossier.db
      provenance export my-dossier --format parquet -o tables/
    """
    from .dossier import load_dossier
    from .export import FOLDERS, FORMATS, SUFFIX, why_empty, write_export
    from .export import export as generate

    if format not in FORMATS:
        raise _fail([f"error: unknown format '{format}'; use one of: {', '.join(FORMATS)}"])
    from .progress import reporting, stage

    with reporting(quiet=quiet):
        with stage("loading the dossier"):
            d = load_dossier(dossier)
        empty = why_empty(d, format)
        if empty is not None:
            raise empty
        if output is None and (format == "sqlite" or format in FOLDERS):
            output = _default_output(d, f"{d.slug}{SUFFIX[format]}")
        if output is None or str(output) == "-":
            if format in FOLDERS:
                raise _fail([f"error: --format {format} writes a folder of files, not "
                             "standard output; give a folder with -o"])
            with stage(f"exporting {format}"):
                data = generate(d, format)
            if isinstance(data, bytes):
                raise _fail([f"error: {format} is a binary file and cannot go to standard "
                             f"output; give a file name: -o {d.slug}{SUFFIX[format]}"])
            sys.stdout.write(data)
            return
        with stage(f"exporting and writing {format}"):
            path = write_export(d, format, output, force=force)
    if path.is_dir():
        files = sorted(p.name for p in path.iterdir())
        size = sum(p.stat().st_size for p in path.iterdir())
        typer.echo(f"wrote {path}/ ({', '.join(files)}; {size / 1024:.0f} KB, {format})",
                   err=True)
        if format == "neo4j":
            from .export.neo4j import import_command

            typer.echo("load it into an empty Neo4j database with:\n  "
                       + import_command(path, files), err=True)
        return
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

    With --json, each quote found carries a receipt (a W3C Web Annotation
    target: the passage, its position, the text's SHA-256 and the date) that
    `provenance verify` re-checks later without the dossier.

    \b
    Examples:
      provenance check my-dossier
      provenance check my-dossier --json > receipts.json
    """
    from .check import check_dossier, generate_json, generate_text
    from .dossier import load_dossier
    from .progress import bulk, reporting, stage

    with reporting(quiet=quiet), bulk():
        with stage("loading the dossier"):
            d = load_dossier(dossier)
        n = sum(len(c.appearances) for c in d.claims)
        with stage("checking quotes", n) as st:
            report = check_dossier(d, min_score=min_score, progress=st, processes=2)
        if as_json:
            from .receipts import add_targets

            out = add_targets(generate_json(report), d, report)
            _print_json(out)
            _leave(out)
        else:
            typer.echo("\n".join(generate_text(report)))
        _leave(d, report)
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def verify(
    receipts: Annotated[Path, typer.Argument(
        help="The receipts: what `provenance check --json` printed.", show_default=False)],
    sources: Annotated[list[Path] | None, typer.Argument(
        help="The source texts (files or folders). Default: the paths the receipts name, "
             "under the checked dossier's folder or the receipts file's folder.",
        show_default=False)] = None,
    *,
    as_json: JsonOpt = False,
) -> None:
    """Re-check quote receipts offline: is each quoted passage still in its source text?

    Each receipt is a W3C Web Annotation target (the passage with the text
    around it, its position, the text's SHA-256 and the date checked). Each
    is reported intact, moved (the same words elsewhere), changed (the text
    was edited since) or gone. Exit 0 when all are intact, 1 when any is
    not, 2 when the receipts cannot be read.

    \b
    Example:
      provenance check my-dossier --json > receipts.json
      provenance verify receipts.json article.txt
    """
    from .receipts import generate_text as verify_text
    from .receipts import verify as verify_receipts

    report = verify_receipts(receipts, sources or [])
    if as_json:
        _print_json(report.as_dict())
    else:
        typer.echo("\n".join(verify_text(report)))
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

    \b
    Example:
      provenance extract article.txt -o my-dossier && provenance render my-dossier
    """
    from .extract import extract as extract_article

    ex, folder = extract_article(file, output, force=force)
    if as_json:
        _print_json({"folder": str(folder), **ex.to_dict()})
        return
    named = sum(1 for s in ex.statements if s.speaker_id)
    from .text import counted

    sourced = sum(1 for f in ex.figures if f.source)
    guessed = sum(1 for f in ex.figures if f.source and f.source.guessed)
    groups = len({f.group for f in ex.figures if f.group is not None})
    typer.echo(f"wrote {folder}/dossier.yaml: {counted(len(ex.statements), 'statement')} "
               f"({named} with a named speaker), {counted(len(ex.people), 'person', 'people')}, "
               f"{counted(len(ex.studies), 'study', 'studies')}, "
               f"{counted(sourced, 'figure')} given by a source"
               f"{f' ({guessed} guessed: check them)' if guessed else ''}, "
               f"{counted(groups, 'disputed quantity', 'disputed quantities')}")
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

    \b
    Examples:
      provenance trace "12 percent"
      provenance trace tubbs my-dossier --json
    """
    from .dossier import load_dossier
    from .trace import Tracer, render_tree

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
                     help="Where to write it; .html for HTML. Default: <slug>-report.md next "
                     "to dossier.yaml (outputs/ for the bundled example)."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace an output file provenance did not write.")
    ] = False,
    quiet: QuietOpt = False,
) -> None:
    """Write the editor's report: contested questions side by side, numbers that
    disagree, chains without a primary source, unverified quotes.

    \b
    Examples:
      provenance report my-dossier
      provenance report my-dossier -o report.html
    """
    from .dossier import load_dossier
    from .progress import reporting, stage
    from .report import write_report

    with reporting(quiet=quiet):
        with stage("loading the dossier"):
            d = load_dossier(dossier)
        out = output or _default_output(d, f"{d.slug}-report.md")
        with stage("checking, analysing and writing the report"):
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
    quiet: QuietOpt = False,
) -> None:
    """Write a synthetic but realistic dossier of any size, for trying things out and benchmarks.

    \b
    Example:
      provenance generate /tmp/big --claims 10000 && provenance render /tmp/big
    """
    from .generate import generate_dossier
    from .progress import reporting, stage

    with reporting(quiet=quiet), \
            stage(f"generating and writing {claims:,} claims"):
        root = generate_dossier(folder, claims=claims, people=people, works=works,
                                questions=questions, seed=seed,
                                misquote_rate=misquote_rate, force=force)
    typer.echo(f"wrote {root}/dossier.yaml and {root}/sources/")


def main() -> None:
    """Entry point for the ``provenance`` script.

    A command builds millions of small objects (records, graph, analysis) and
    exits; with Python's default thresholds the cycle collector re-scans them
    again and again (about 20 % of `contested` at 100,000 claims). A higher
    first threshold keeps the collector, and its memory bound, but runs it rarely.
    When the command is done, the process ends without freeing what it built
    (:func:`_exit_now`).

    The program is always called ``provenance``, also under ``python -m
    provenance``: help shows the command a user types, and shell completion
    installed from either is for ``provenance``.
    """
    import gc

    gc.set_threshold(500_000, 20, 100)
    global _LEFT
    _LEFT = []
    try:
        app(prog_name="provenance")
    except SystemExit as e:
        _exit_now(e.code)
    _exit_now(0)


#: What a command built, kept to the end of the process when it runs as the ``provenance``
#: program (None otherwise, as in tests): freed when the command returns, the graph and
#: the analysis of 100,000 claims took a second, object by object, after the answer was
#: written; :func:`_exit_now` ends the process without that.
_LEFT: list[Any] | None = None


def _leave(*built: Any) -> None:
    """Keep ``built`` until the process ends (see :data:`_LEFT`).

    Everything alive now stays alive to the end, so the cycle collector is told to
    look at none of it again (``gc.freeze``): the first collection after
    :func:`provenance.progress.bulk` ends walked every object the command had built,
    0.2-0.3 s of `check` at 20,000 claims, to find nothing to free.
    """
    if _LEFT is not None:
        import gc

        _LEFT.extend(built)
        gc.freeze()


def _exit_now(code: Any) -> None:
    """End the process without freeing what the command built, one object at a time.

    Python's own exit takes every object apart before the process ends:
    1.2 s of `contested` at 100,000 claims, spent after the answer was
    written. Here the output streams are flushed and the exit handlers run
    (temporary folders, logging) as at a normal exit, then the process ends
    at once. Anything unusual (a stream that will not flush, a thread still
    running) takes the normal way out.
    """
    import atexit
    import os
    import threading

    if threading.active_count() > 1:  # a thread still running is waited for, as usual
        raise SystemExit(code)
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:  # None: started with the stream closed
                stream.flush()
    except (OSError, ValueError):
        raise SystemExit(code) from None
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # as sys.exit("message") does
        raise SystemExit(code)
    atexit._run_exitfuncs()
    os._exit(status & 0xFF)
