"""Hostile dossiers, one case each: what the red-team pass of issue 14 found, kept fixed.

Every case goes through the CLI as a user would run it and asserts what the
user sees: the exit code (2 for bad input or a failing environment, never
the 1 of a traceback), one clear message naming the file, line and column,
and nothing leaked, half-written or lost.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from provenance.files import UnsafeFile, read_inside
from provenance.safejson import loads_strict

from .conftest import MINI, REPO

runner = CliRunner()
SECRET = "TOP-SECRET-TOKEN-4242"


def run(*args: str) -> tuple[int, str, str]:
    r = runner.invoke(app, list(args))
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A file outside the dossier holding a secret and the quotes the dossier checks."""
    src = (MINI / "sources" / "interview.txt").read_text(encoding="utf-8")
    p = tmp_path / "secret.txt"
    p.write_text(src + "\n" + SECRET + "\n", encoding="utf-8")
    return p


def _all_commands(folder: Path, tmp: Path) -> list[tuple[int, str, str]]:
    return [run("check", str(folder)), run("render", str(folder), "-o", str(tmp / "p.html")),
            run("export", str(folder), "-f", "json"), run("trace", "nerve", str(folder))]


# -- 1. one door for files ---------------------------------------------------------


def test_source_symlink_out_of_the_folder_is_refused_and_nothing_leaks(
        mini: Path, outside: Path, tmp_path: Path) -> None:
    link = mini / "sources" / "interview.txt"
    link.unlink()
    link.symlink_to(outside)
    for code, out, err in _all_commands(mini, tmp_path):
        assert code == 2
        assert SECRET not in out + err
        assert "dossier.yaml:18:18: source file 'sources/interview.txt' is a link to" in err
        assert "outside the dossier folder" in err
    assert not (tmp_path / "p.html").exists()


def test_source_symlink_inside_the_folder_is_followed(mini: Path) -> None:
    (mini / "sources" / "interview.txt").rename(mini / "sources" / "real.txt")
    (mini / "sources" / "interview.txt").symlink_to("real.txt")
    code, out, _ = run("check", str(mini))
    assert code == 0 and "2 exact" in out


def test_symlinked_folder_on_the_way_out_is_refused(mini: Path, outside: Path) -> None:
    shutil.rmtree(mini / "sources")
    elsewhere = outside.parent / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(outside, elsewhere / "interview.txt")
    (mini / "sources").symlink_to(elsewhere)
    code, out, err = run("check", str(mini))
    assert code == 2 and SECRET not in out + err and "outside the dossier folder" in err


@pytest.mark.parametrize("target", ["/proc/self/environ", "/etc/passwd", "/dev/zero",
                                    "/dev/urandom", "/proc/self/cmdline"])
def test_links_to_system_files_are_refused(mini: Path, target: str) -> None:
    if not os.path.exists(target):
        pytest.skip(f"{target} not on this system")
    link = mini / "sources" / "interview.txt"
    link.unlink()
    link.symlink_to(target)
    os.environ["PROVENANCE_TEST_SECRET"] = SECRET
    try:
        code, out, err = run("check", str(mini))
    finally:
        del os.environ["PROVENANCE_TEST_SECRET"]
    assert code == 2 and SECRET not in out + err and "root:" not in out + err
    assert "outside the dossier folder" in err


def test_fifo_source_is_refused_without_hanging(mini: Path) -> None:
    link = mini / "sources" / "interview.txt"
    link.unlink()
    os.mkfifo(link)  # nobody writes to it: opening it for reading would block forever
    code, _, err = run("check", str(mini))
    assert code == 2 and "is a named pipe (FIFO), not a regular file" in err
    with pytest.raises(UnsafeFile, match="FIFO"):
        read_inside(mini, "sources/interview.txt", limit=1000)


def test_folder_named_as_source_is_refused(mini: Path) -> None:
    (mini / "sources" / "interview.txt").unlink()
    (mini / "sources" / "interview.txt").mkdir()
    code, _, err = run("check", str(mini))
    assert code == 2 and "is a folder, not a regular file" in err


def test_hard_link_inside_the_folder_is_read_as_the_file_it_is(mini: Path, outside: Path
                                                               ) -> None:
    """Documented choice (provenance/files.py, docs/security.md): a hard link cannot be told
    from the file itself. Only someone who can already read the target can make one."""
    link = mini / "sources" / "interview.txt"
    link.unlink()
    os.link(outside, link)
    assert os.stat(link).st_nlink == 2
    assert SECRET.encode() in read_inside(mini, "sources/interview.txt", limit=10**6)


def test_source_over_the_size_limit_is_refused(mini: Path, monkeypatch: pytest.MonkeyPatch
                                               ) -> None:
    monkeypatch.setenv("PROVENANCE_MAX_BYTES", "1000")
    (mini / "sources" / "interview.txt").write_text("x" * 900 + "y" * 200)
    code, _, err = run("check", str(mini))
    assert code == 2 and "over the 1,000-byte limit" in err


def test_include_through_a_symlink_out_is_refused(make_dossier, tmp_path: Path) -> None:
    secret = tmp_path / "people.json"
    secret.write_text(json.dumps({"people": [{"id": "x", "name": SECRET}]}))
    root = make_dossier("""
        title: T
        include:
          - more.json
    """)
    (root / "more.json").symlink_to(secret)
    code, out, err = run("render", str(root), "-o", str(tmp_path / "p.html"))
    assert code == 2 and SECRET not in out + err
    assert "dossier.yaml:3:5: included file 'more.json' is a link to" in err


def test_include_fifo_is_refused_without_hanging(make_dossier) -> None:
    root = make_dossier("title: T\ninclude: [more.json]\n")
    os.mkfifo(root / "more.json")
    code, _, err = run("check", str(root))
    assert code == 2 and "dossier.yaml:2:11: included file 'more.json' is a named pipe" in err


def test_dossier_yaml_that_links_out_of_its_folder_is_refused(tmp_path: Path) -> None:
    real = tmp_path / "elsewhere.yaml"
    real.write_text(f"title: {SECRET}\n")
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "dossier.yaml").symlink_to(real)
    code, out, err = run("check", str(folder))
    assert code == 2 and SECRET not in out + err and "outside the dossier folder" in err


# -- 2. exports safe where they are meant to go ---------------------------------------


HOSTILE_REVIEW = """
    title: T
    people:
      - id: p
        name: "Eve</script><script>alert(1)</script>"
        orcid: "javascript:alert(1)//0000-0002-1825-0097"
    works:
      - id: w1
        type: article
        title: "A</script><img src=x onerror=alert(1)>\u2028\u2029"
        url: "javascript:alert(document.cookie)"
        doi: "10.1000/x\\"><script>"
      - id: w2
        type: article
        title: data
        url: "data:text/html,<script>alert(1)</script>"
      - id: w3
        type: article
        title: file
        url: "file:///etc/passwd"
    claims:
      - id: c
        text: "</script><!-- & -->"
        appearances:
          - {in: w1, by: p, quote: "q"}
          - {in: w2, quote: "q"}
          - {in: w3, quote: "q"}
        review: {rating: 1, best: 5, worst: 1, alternate_name: "False</script>"}
"""


def test_claimreview_cannot_close_the_script_it_is_pasted_into(make_dossier, tmp_path: Path
                                                               ) -> None:
    root = make_dossier(HOSTILE_REVIEW)
    code, out, err = run("export", str(root), "-f", "claimreview")
    assert code == 0, err
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in out
    data = loads_strict(out)
    text = json.dumps(data)
    assert "javascript:" not in text and "data:text" not in text and "file:" not in text
    urls = [a.get("url") for a in data["@graph"][0]["itemReviewed"]["appearance"]]
    assert urls == ["https://doi.org/10.1000/x%22%3E%3Cscript%3E", None, None]
    assert data["@graph"][0]["itemReviewed"]["author"]["sameAs"] == \
        "https://orcid.org/0000-0002-1825-0097"
    assert data["@graph"][0]["claimReviewed"] == "</script><!-- & -->"  # same text, escaped
    out_file = tmp_path / "r.jsonld"
    assert run("export", str(root), "-f", "claimreview", "-o", str(out_file))[0] == 0
    assert out_file.read_text(encoding="utf-8") == out


def test_every_json_writer_refuses_nan_and_infinity() -> None:
    from provenance.safejson import dumps

    text = dumps({"a": float("nan"), "b": [float("inf"), -float("inf"), 1.5]})
    assert loads_strict(text) == {"a": None, "b": [None, None, 1.5]}
    assert "\\u2028" in dumps("\u2028") and "\\u009b" in dumps("\x9b")


def test_tiny_estimate_against_big_one_puts_no_infinity_anywhere(make_dossier, tmp_path: Path
                                                                 ) -> None:
    root = make_dossier("""
        title: T
        questions: [{id: q, text: How many?}]
        claims:
          - {id: a, text: tiny, question: q, position: x,
             estimate: {value: 5.0e-324, unit: "%", quantity: share},
             review: {rating: 1, best: 5, worst: 1, author: Desk, date: "2026-12-01"}}
          - {id: b, text: "forty", question: q, position: y,
             estimate: {value: 40, unit: "%", quantity: share}}
          - {id: c, text: "huge", question: q, position: y,
             estimate: {value: 1.7e+308, unit: "%", quantity: share}}
    """)
    for fmt in ("json", "prov"):  # (claimreview: no review here, nothing to export)
        code, out, _ = run("export", str(root), "-f", fmt)
        assert code == 0
        loads_strict(out)
    code, out, _ = run("contested", str(root), "--json")
    assert code == 0
    loads_strict(out)
    code, out, _ = run("contested", str(root))
    assert code == 0  # and the figure is not written with 309 digits:
    assert "the claim “forty” gives 40%; the claim “huge” gives 1.7e+308%" in out
    assert run("render", str(root), "-o", str(tmp_path / "p.html"))[0] == 0
    page = (tmp_path / "p.html").read_text(encoding="utf-8")
    start = page.index('type="application/json"')
    data = page[page.index(">", start) + 1:page.index("</script>", start)]
    loads_strict(data)


# -- 3. numbers and strings checked at the door ---------------------------------------


@pytest.mark.parametrize(("value", "message"), [
    (".nan", "'value' is not a number (NaN)"),
    (".inf", "'value' is infinite"),
    ("-.inf", "'value' is infinite"),
    ("1" + "0" * 400, "'value' is a 401-digit whole number"),
    (str(2**63), "'value' is a 19-digit whole number"),
])
def test_loader_refuses_numbers_no_writer_can_store(make_dossier, value: str, message: str
                                                    ) -> None:
    root = make_dossier(f"""
        title: T
        claims:
          - id: c
            text: x
            estimate:
              value: {value}
    """)
    code, out, err = run("check", str(root))
    assert code == 2 and f"dossier.yaml:6:14: {message}" in err, err


def test_json_dossier_with_nan_and_1e999_is_refused_with_place(make_dossier) -> None:
    root = make_dossier('{"title": "T", "claims": [{"id": "c", "text": "x",\n'
                        '  "estimate": {"value": NaN, "low": 1e999}}]}\n')
    code, _, err = run("check", str(root))
    assert code == 2
    assert "dossier.yaml:2:25: 'value' is not a number (NaN)" in err
    assert "dossier.yaml:2:37: 'low' is infinite" in err


def test_year_of_ten_to_the_thirty_is_refused_before_sqlite_sees_it(make_dossier, tmp_path: Path
                                                                    ) -> None:
    root = make_dossier("""
        title: T
        works:
          - {id: w, type: study, title: W, year: 1000000000000000000000000000000}
    """)
    code, _, err = run("export", str(root), "-f", "sqlite", "-o", str(tmp_path / "d.db"))
    assert code == 2 and "dossier.yaml:3:42: 'year' is a 31-digit whole number" in err
    assert not (tmp_path / "d.db").exists()


def test_integer_of_more_than_4300_digits_is_a_message(make_dossier) -> None:
    root = make_dossier("title: T\nworks:\n  - {id: w, type: study, title: W, year: "
                        + "9" * 5000 + "}\n")
    code, _, err = run("check", str(root))
    assert code == 2 and "dossier.yaml:3:42: a number of 5,000 digits" in err


def test_lone_surrogate_escape_is_refused_with_place(make_dossier) -> None:
    root = make_dossier('{"title": "T",\n "people": [{"id": "p", "name": "Eve \\ud800"}]}\n')
    code, _, err = run("check", str(root))
    assert code == 2
    assert "dossier.yaml:2:33: text holds a lone UTF-16 surrogate (U+D800)" in err


def test_lone_surrogate_in_yaml_quote_and_list_is_refused(make_dossier) -> None:
    root = make_dossier("""
        title: T
        people:
          - {id: p, name: P, aliases: ["ok", "bad \\udfff"]}
    """)
    code, _, err = run("check", str(root))
    # libyaml refuses the escape itself, with its place
    assert code == 2 and "dossier.yaml:3:45: YAML syntax error: found invalid Unicode" in err


def test_310_digit_number_inside_a_quote_saturates(make_dossier, tmp_path: Path) -> None:
    digits = "9" * 310
    root = make_dossier(f"""
        title: T
        questions: [{{id: q, text: Q}}]
        claims:
          - {{id: a, text: "{digits} patients", question: q, position: x,
             estimate: {{value: 3, unit: patients}}}}
          - {{id: b, text: "{digits} percent of {digits} patients", question: q, position: y}}
    """)
    for args in (("check",), ("contested", "--json"), ("report", "-o", str(tmp_path / "r.md")),
                 ("export", "-f", "json")):
        code, out, err = run(args[0], str(root), *args[1:])
        assert code in (0, 1), (args, err)
        assert "Traceback" not in err


def test_json_nested_a_thousand_deep_is_a_message(make_dossier) -> None:
    root = make_dossier('{"title": "T", "x-deep": ' + "[" * 1000 + "]" * 1000 + "}\n")
    code, _, err = run("check", str(root))
    assert code in (0, 2) and "Traceback" not in err
    root = make_dossier('{"title": "T", "note": ' + "[" * 100_000 + "]" * 100_000 + "}\n",
                        name="deeper")
    code, _, err = run("check", str(root))
    assert code == 2 and "nested more than 64 levels deep" in err


def test_yaml_nested_deep_is_a_message(make_dossier) -> None:
    root = make_dossier("title: T\ndescription: " + "[" * 5000 + "]" * 5000 + "\n")
    code, _, err = run("check", str(root))
    assert code == 2 and "Traceback" not in err


def test_second_top_level_claims_key_is_an_error_not_a_silent_loss(make_dossier) -> None:
    root = make_dossier("""
        title: T
        claims:
          - {id: a, text: first list}
        people: []
        claims:
          - {id: b, text: second list}
    """)
    code, _, err = run("check", str(root))
    assert code == 2 and "dossier.yaml:5:1" in err and "claims" in err


# -- 6. environment errors are messages -------------------------------------------------


def _cli(*args: str, stdout: int | None = None, cwd: Path | None = None, env: dict | None = None
         ) -> subprocess.CompletedProcess:
    import sys

    return subprocess.run([sys.executable, "-m", "provenance", *args], cwd=cwd, timeout=60,
                          stdout=subprocess.PIPE if stdout is None else stdout,
                          stderr=subprocess.PIPE, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})})


def test_full_disk_on_stdout_is_one_line_exit_2() -> None:
    with open("/dev/full", "w") as full:
        r = _cli("contested", "--json", str(MINI), stdout=full.fileno())
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines() == [
        "error: No space left on device; nothing was written. Free some disk space, or write "
        "somewhere else (-o PATH)."]


def test_full_disk_while_writing_a_file_leaves_no_temp_file(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    import errno

    real_fdopen = os.fdopen

    class Full:
        def __init__(self, f):
            self.f = f

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.f.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: Full(real_fdopen(fd, *a, **k)))
    code, out, err = run("render", str(MINI), "-o", str(tmp_path / "p.html"))
    assert code == 2
    assert f"error: No space left on device ({tmp_path / 'p.html'}); nothing was written" in err
    assert list(tmp_path.iterdir()) == []


def test_full_disk_during_sqlite_export_is_a_message(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    import provenance.export.sqlite as sq

    def full(*a, **k):
        Path(a[1]).write_bytes(b"half a database")
        Path(f"{a[1]}-journal").write_bytes(b"journal")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(sq, "build_sqlite", full)
    code, _, err = run("export", str(MINI), "-f", "sqlite", "-o", str(tmp_path / "d.db"))
    assert code == 2 and "error: database or disk is full" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_read_only_folder_is_a_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import tempfile

    def read_only(*a, dir=None, **k):  # noqa: A002 - tempfile's own name
        raise OSError(errno.EROFS, "Read-only file system", os.path.join(dir, ".x.tmp"))

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    monkeypatch.setattr(tempfile, "mkdtemp", read_only)
    for args in (["render", str(MINI), "-o", str(tmp_path / "p.html")],
                 ["generate", str(tmp_path / "g"), "--claims", "5"],
                 ["export", str(MINI), "-f", "sqlite", "-o", str(tmp_path / "d.db")]):
        code, _, err = run(*args)
        assert code == 2, args
        assert err.strip() == (f"error: Read-only file system ({tmp_path}); nothing was "
                               "written. The folder is read-only: write somewhere else (-o PATH "
                               "or another folder).")


@pytest.mark.parametrize("command", [["export", "-f", "json"], ["contested", "--json"],
                                     ["check"]])
def test_broken_pipe_is_one_line_exit_2(command: list[str]) -> None:
    import sys

    p = subprocess.Popen([sys.executable, "-m", "provenance", command[0], str(MINI),
                          *command[1:]], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env={**os.environ, "PYTHONPATH": str(REPO)})
    assert p.stdout is not None and p.stderr is not None
    p.stdout.close()  # the reader is gone before anything is written, as `| head` ends early
    err = p.stderr.read().decode()
    assert p.wait(timeout=60) == 2
    # a progress line is fine (a loaded machine can make a stage run past a second)
    lines = [ln for ln in err.strip().splitlines() if not re.fullmatch(r".+: \d+\.\d s", ln)]
    assert lines == [
        "error: the output was closed before everything was written (broken pipe); write it "
        "to a file (> file or -o) to keep all of it."]


def test_binary_export_to_stdout_is_refused(tmp_path: Path) -> None:
    for args in (["-o", "-"], []):
        code, out, err = run("export", str(MINI), "-f", "sqlite", *args) if args else \
            (0, "", "")
        if args:
            assert code == 2 and out == ""
            assert "sqlite is a binary file and cannot go to standard output; give a file " \
                   "name: -o mini.db" in err


@pytest.mark.parametrize("command", [["export", "-f", "json"], ["render"], ["report"],
                                     ["export", "-f", "sqlite"]])
def test_output_to_a_fifo_is_refused_without_hanging(tmp_path: Path, command: list[str]
                                                     ) -> None:
    fifo = tmp_path / "out"
    os.mkfifo(fifo)
    r = _cli(command[0], str(MINI), *command[1:], "-o", str(fifo))
    assert r.returncode == 2
    assert f"error: {fifo} is a named pipe (FIFO), not a regular file" in r.stderr


def test_dev_stdout_into_a_pipe_is_refused_without_hanging() -> None:
    r = _cli("render", str(MINI), "-o", "/dev/stdout")
    assert r.returncode == 2 and "/dev/stdout is a named pipe (FIFO)" in r.stderr


def test_stale_temp_files_of_dead_runs_are_removed(tmp_path: Path) -> None:
    from provenance.files import write_text_atomic

    dead = subprocess.run(["true"]).args and 999_999  # no such process
    stale = tmp_path / f".p.html.{dead}.abcd.tmp"
    stale.write_text("half")
    live = tmp_path / f".p.html.{os.getppid()}.abcd.tmp"  # a run still writing
    live.write_text("in progress")
    write_text_atomic(tmp_path / "p.html", "<!-- generated by provenance -->")
    assert not stale.exists() and live.exists()


def test_json_errors_are_one_object_on_stdout(make_dossier) -> None:
    root = make_dossier("""
        title: T
        claims:
          - {id: c, text: x, estimate: {value: .nan}}
          - {id: "bad id", text: y}
    """)
    r = runner.invoke(app, ["check", str(root), "--json"])
    assert r.exit_code == 2 and r.stderr == ""
    doc = loads_strict(r.stdout)
    assert doc["error"].startswith("2 problems found; nothing was written.")
    assert [(p["line"], p["column"]) for p in doc["problems"]] == [(3, 40), (4, 10)]
    assert set(doc["problems"][0]) == {"file", "line", "column", "message", "hint"}
    assert doc["problems"][0]["file"].endswith("dossier.yaml")
    assert doc["problems"][0]["message"] == "'value' is not a number (NaN)"
    r = runner.invoke(app, ["contested", "/nonexistent", "--json"])
    assert r.exit_code == 2 and loads_strict(r.stdout)["problems"][0]["message"] == \
        "no such file or folder"


# -- 8. terminal output ------------------------------------------------------------------


def test_terminal_output_strips_escape_sequences_from_dossier_text(make_dossier) -> None:
    evil = "Evil\\e]0;pwned\\a\\e]52;c;ZXZpbA==\\e\\\\\\e[2J\\r\\x9b31mX\\x07"
    root = make_dossier(f"""
        title: "T {evil}"
        questions: [{{id: q, text: "Q {evil}"}}]
        people: [{{id: p, name: "P {evil}"}}]
        works: [{{id: w, type: article, title: "W {evil}", source_text: sources/a.txt}}]
        claims:
          - {{id: c, text: "C {evil}", question: q, position: "x{evil}",
             appearances: [{{in: w, by: p, quote: "not there {evil}"}}]}}
          - {{id: "bad{evil}", text: y}}
    """, {"sources/a.txt": "something else entirely"})
    outs = []
    for args in (["check", str(root)], ["trace", "C", str(root)],
                 ["contested", str(root)]):
        r = runner.invoke(app, args)
        outs.append(r.stdout + r.stderr)
    (root / "dossier.yaml").write_text(
        (root / "dossier.yaml").read_text().replace(f'  - {{id: "bad{evil}", text: y}}\n', ""))
    for args in (["check", str(root)], ["trace", "C", str(root)], ["contested", str(root)],
                 ["check", str(root), "--json"]):
        r = runner.invoke(app, args)
        assert r.exit_code in (0, 1), (args, r.output)
        outs.append(r.stdout + r.stderr)
    for text in outs:
        for ch in "\x1b\x07\x9b\r":
            assert ch not in text
    assert "EvilX" in outs[-2]  # the text stays; the controls and what they carry go


# -- 4. nothing of the user's lost; 5. imports report and skip ---------------------------

BIB = """@article{kuniya2014,
  title = {Prospective study of superior cluneal nerve disorder},
  author = {Kuniya, H. and Aota, Y.},
  year = {2014},
  doi = {10.1186/s13018-014-0139-7}
}
@article{new2020,
  title = {A new study of nerves},
  author = {Smith, J.},
  year = {2020}
}
"""


@pytest.fixture
def bib(tmp_path: Path) -> Path:
    p = tmp_path / "refs.bib"
    p.write_text(BIB, encoding="utf-8")
    return p


def test_import_to_never_replaces_a_file_the_user_has(mini: Path, bib: Path) -> None:
    notes = mini / "notes.json"
    notes.write_text('{"my": "own notes", "works": []}\n')
    for name in ("notes.json", "notes.yaml"):
        (mini / name).write_text("# my notes\nmine: true\n" if name.endswith("yaml") else
                                 '{"my": "own notes", "works": []}\n')
        before = (mini / "dossier.yaml").read_bytes()
        code, out, err = run("import", "bibtex", str(bib), "--into", str(mini), "--to", name)
        assert code == 2
        assert "already exists and is not part of the dossier" in err
        assert "choose another --to name" in err
        assert (mini / "dossier.yaml").read_bytes() == before
    assert notes.read_text() == '{"my": "own notes", "works": []}\n'


def test_import_into_an_included_json_file_keeps_its_other_keys(mini: Path, bib: Path) -> None:
    y = mini / "dossier.yaml"
    y.write_text(y.read_text().replace("title: Mini cluneal dossier\n",
                                       "title: Mini cluneal dossier\ninclude: [more.json]\n"))
    (mini / "more.json").write_text('{"x-source": "zotero", "works": []}\n')
    code, _, err = run("import", "bibtex", str(bib), "--into", str(mini), "--to", "more.json")
    assert code == 0, err
    data = loads_strict((mini / "more.json").read_text())
    assert data["x-source"] == "zotero" and [w["id"] for w in data["works"]] == ["new2020"]


def test_merge_keeps_keep_block_scalars_byte_for_byte(tmp_path: Path, bib: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    text = ("title: T\nworks:\n  - id: kuniya2014\n    type: study\n"
            "    title: Prospective study of superior cluneal nerve disorder\n    year: 2014\n"
            "    note: |+\n      kept\n\n\n  - id: other\n    type: study\n    title: Other\n"
            "    note: |+\n      last\n\n\n")
    (folder / "dossier.yaml").write_text(text)
    assert run("import", "bibtex", str(bib), "--into", str(folder))[0] == 0
    new = (folder / "dossier.yaml").read_text()
    import yaml

    works = yaml.safe_load(new)["works"]
    assert works[0]["note"] == "kept\n\n\n" and works[1]["note"] == "last\n\n\n"
    assert works[0]["doi"] == "10.1186/s13018-014-0139-7"
    # every line the user wrote is still there, in order
    old_lines = text.splitlines()
    it = iter(new.splitlines())
    assert all(any(line == n for n in it) for line in old_lines)


def test_merge_keeps_crlf_and_bom_byte_for_byte(mini: Path, bib: Path) -> None:
    y = mini / "dossier.yaml"
    original = b"\xef\xbb\xbf" + y.read_bytes().replace(b"\n", b"\r\n")
    y.write_bytes(original)
    assert run("import", "bibtex", str(bib), "--into", str(mini))[0] == 0
    new = y.read_bytes()
    assert new.startswith(b"\xef\xbb\xbf")
    assert new.count(b"\n") == new.count(b"\r\n")  # every line end still CRLF
    assert new.count(b"\r\n") > original.count(b"\r\n")
    kept = [ln for ln in original[3:].split(b"\r\n") if ln]
    assert all(ln in new for ln in kept)
    assert run("check", str(mini))[0] == 0


@pytest.mark.parametrize(("text", "name"), [
    ('{"title": "T", "works": [{"id": "w", "type": "study", "title": "Old"}]}\n', "json"),
    ("{title: T, works: [{id: w, type: study, title: Old}]}\n", "flow"),
    ("title: T\nworks: &w\n  - {id: w, type: study, title: Old}\n...\n", "anchor"),
    ('{"title": "T", "works": []}', "empty-json"),
])
def test_import_into_odd_but_valid_dossiers(tmp_path: Path, bib: Path, text: str, name: str
                                            ) -> None:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "dossier.yaml").write_text(text)
    code, out, err = run("import", "bibtex", str(bib), "--into", str(folder))
    assert code == 0, err
    new = (folder / "dossier.yaml").read_text()
    if name in ("json", "empty-json"):
        data = loads_strict(new)  # a JSON dossier stays JSON (and keeps its fast path)
        assert [w["id"] for w in data["works"]][-2:] == ["kuniya2014", "new2020"]
    code, out, err = run("check", str(folder))
    assert code == 0, err
    assert run("import", "bibtex", str(bib), "--into", str(folder))[1].endswith(
        "nothing changed\n")


CSL_BAD = """[
  {"id": "ok1", "type": "article-journal", "title": "Fine one", "issued": {"date-parts": [[2019]]}},
  {"id": "num-author", "type": "article-journal", "title": "Author is a number", "author": 5},
  {"id": "num-doi", "type": "article-journal", "title": "DOI is a number", "DOI": 1234},
  {"id": "sup", "type": "article-journal", "title": "Date part",
   "issued": {"date-parts": [[2019, "\\u00b2"]]}},
  {"id": "ok2", "type": "article-journal", "title": "Fine two"}
]
"""


def test_malformed_entries_are_reported_and_skipped_exit_1(mini: Path, tmp_path: Path) -> None:
    p = tmp_path / "bad.json"
    p.write_text(CSL_BAD)
    code, out, err = run("import", "csl-json", str(p), "--into", str(mini))
    assert code == 1, err
    assert f"{p}:3: 'author' is a number, not a list — skipped" in err
    assert f"{p}:4: 'DOI' is a number, not text — skipped" in err
    assert f"{p}:5: malformed entry (ValueError" in err
    assert "added 2 works" in out and "skipped 3 bad entries" in out
    titles = [w["title"] for w in __import__("yaml").safe_load(
        (mini / "dossier.yaml").read_text())["works"]]
    assert "Fine one" in titles and "Fine two" in titles
    assert run("check", str(mini))[0] == 0


def test_every_entry_bad_is_exit_2_and_nothing_written(mini: Path, tmp_path: Path) -> None:
    p = tmp_path / "bad.json"
    p.write_text('[{"title": 5}, {"title": "x", "author": "me"}]')
    before = (mini / "dossier.yaml").read_bytes()
    code, out, err = run("import", "csl-json", str(p), "--into", str(mini))
    assert code == 2 and "none of the 2 entries" in err
    assert (mini / "dossier.yaml").read_bytes() == before


def test_one_bad_openalex_line_is_skipped_not_fatal(mini: Path, tmp_path: Path) -> None:
    good = (REPO / "tests" / "data" / "import" / "cluneal.openalex.jsonl").read_text()
    lines = good.splitlines()
    bad = json.loads(lines[0])
    bad["publication_year"] = True
    bad["id"] = "https://openalex.org/W999"
    bad["doi"] = None
    bad["ids"] = {}
    bad["title"] = bad["display_name"] = "Another title entirely"
    p = tmp_path / "works.jsonl"
    p.write_text("\n".join([lines[0], json.dumps(bad), "{not json", *lines[1:]]) + "\n")
    code, out, err = run("import", "openalex", str(p), "--into", str(mini))
    assert code == 1, err
    assert f"{p}:2: publication_year true is not a year — skipped" in err
    assert f"{p}:3: not valid JSON" in err
    assert run("check", str(mini))[0] == 0


def test_huge_bibtex_field_is_fast_and_skipped_with_a_message(mini: Path, tmp_path: Path
                                                              ) -> None:
    import time

    p = tmp_path / "huge.bib"
    p.write_text("@article{huge, title={" + "caf\\'e {\\\"o} " * 200_000 + "}, year={2020}}\n"
                 + BIB)
    t0 = time.perf_counter()
    code, out, err = run("import", "bibtex", str(p), "--into", str(mini))
    assert time.perf_counter() - t0 < 10  # was over 2 minutes (super-linear LaTeX decoding)
    assert code == 1
    assert "field 'title' is 2,600,000 characters (over 10,000); not a reference" in err
    assert "added 1 works" in out


def test_import_from_a_fifo_does_not_hang(mini: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "refs.bib"
    os.mkfifo(fifo)
    code, _, err = run("import", "bibtex", str(fifo), "--into", str(mini))
    assert code == 2 and "is a named pipe (FIFO), not a regular file" in err


def test_json_error_quoting_a_lone_surrogate_can_still_be_written(make_dossier) -> None:
    root = make_dossier('{"title": "T", "x\\ud800": 1, "people": [{"id": "\\udfff", "name": "n"}]}')
    r = runner.invoke(app, ["check", str(root), "--json"])
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    assert r.exit_code == 2
    r.stdout.encode("utf-8")
    assert loads_strict(r.stdout)["problems"]


def test_ctrl_c_is_exit_130_not_the_1_of_findings(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    import provenance.render.page as page

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(page, "generate_html", interrupted)
    code, _, err = run("render", str(MINI), "-o", str(tmp_path / "p.html"))
    assert code == 130 and "interrupted" in err and list(tmp_path.iterdir()) == []


def test_closed_stdout_is_a_message() -> None:
    import sys

    r = subprocess.run([sys.executable, "-m", "provenance", "check", str(MINI)], timeout=60,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                       env={**os.environ, "PYTHONPATH": str(REPO)},
                       preexec_fn=lambda: os.close(1))
    assert r.returncode == 2 and r.stderr.startswith("error: standard output is closed")


def test_verify_does_not_follow_a_symlinked_source_out_of_the_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`provenance verify` reads sources through the same door as the loader."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(MINI, tmp_path / "mini")
    r = runner.invoke(app, ["check", "mini", "--json"])
    (tmp_path / "receipts.json").write_text(r.stdout, encoding="utf-8")
    assert runner.invoke(app, ["verify", "receipts.json"]).exit_code == 0
    outside = tmp_path / "elsewhere.txt"
    shutil.move(tmp_path / "mini" / "sources" / "interview.txt", outside)
    (tmp_path / "mini" / "sources" / "interview.txt").symlink_to(outside)
    r = runner.invoke(app, ["verify", "receipts.json"])
    assert r.exit_code == 1 and "0 intact" in r.output and " gone" in r.output


def test_extract_draft_of_an_article_with_escape_sequences_loads(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text('\x1b]52;c;ZXZpbA==\x1b\\ said: "\u2028 is 12 percent of 40 patients,"'
                       ' according to Dr. 10.1000/<script> in a 2014 study.\n\n'
                       '"It works," said\x1b[2J Bob Jones\x9b31m, a surgeon.\n', encoding="utf-8")
    code, out, err = run("extract", str(article), "-o", str(tmp_path / "draft"))
    assert code == 0, err
    code, out, err = run("check", str(tmp_path / "draft"))
    assert code in (0, 1), err
    for ch in "\x1b\x07\x9b":
        assert ch not in out + err
