"""Big graphs to real engines (Parquet read by DuckDB, CSV for neo4j-admin import), and
exports that explain an empty result."""

from __future__ import annotations

import csv
import re
import shutil
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app

from .conftest import BUNDLED, MINI

runner = CliRunner()


@pytest.fixture
def bundled_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(BUNDLED, tmp_path / "cluneal")
    return tmp_path / "cluneal"


# -- Parquet + DuckDB ----------------------------------------------------------


def test_parquet_tables_read_back_by_duckdb(bundled_copy: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    r = runner.invoke(app, ["export", "cluneal", "--format", "parquet", "-o", "tables"])
    assert r.exit_code == 0, r.output
    assert "wrote tables/ (appearances.parquet, edges.parquet, nodes.parquet" in r.output
    con = duckdb.connect()
    for t in ("nodes", "edges", "appearances"):
        con.execute(f"CREATE VIEW {t} AS SELECT * FROM 'tables/{t}.parquet'")
    # stable, unique ids
    for t in ("nodes", "edges", "appearances"):
        n, distinct = con.execute(f"SELECT count(*), count(DISTINCT id) FROM {t}").fetchone()
        assert n == distinct and n > 0
    assert con.execute("SELECT id FROM appearances ORDER BY id LIMIT 1").fetchone()[0] \
        .endswith("#0")
    # typed columns: lists stay lists, years are integers
    types = dict(con.execute("SELECT column_name, column_type FROM "
                             "(DESCRIBE SELECT * FROM nodes)").fetchall())
    assert types["aliases"] == "VARCHAR[]" and types["year"] == "BIGINT"
    assert types["estimate_value"] == "DOUBLE"
    assert con.execute("SELECT name FROM nodes WHERE list_contains(aliases, 'Tubbs')"
                       ).fetchall() == [("R. Shane Tubbs",)]
    # the queries of docs/interop.md: neighbourhood of a work, claims per question
    hood = con.execute("""
        SELECT e.kind, n.kind AS other_kind, n.id
        FROM edges e JOIN nodes n ON n.id = IF(e.source = 'kuniya-2014', e.target, e.source)
        WHERE 'kuniya-2014' IN (e.source, e.target)""").fetchall()
    assert ("based_on", "claim", "article.12-percent") in hood
    assert {k for k, _, _ in hood} >= {"authored", "based_on"}
    per_q = dict(con.execute("""
        SELECT q.id, count(*) FROM nodes c JOIN nodes q ON q.id = c.question
        WHERE c.kind = 'claim' GROUP BY q.id""").fetchall())
    assert per_q["prevalence"] >= 3
    # appearances carry check's verdict
    statuses = {s for (s,) in con.execute("SELECT DISTINCT status FROM appearances").fetchall()}
    assert "exact" in statuses
    # the same export twice: the same ids (stable)
    r = runner.invoke(app, ["export", "cluneal", "--format", "parquet", "-o", "again"])
    ids = con.execute("SELECT id FROM 'tables/edges.parquet' EXCEPT "
                      "SELECT id FROM 'again/edges.parquet'").fetchall()
    assert ids == []


def test_parquet_without_pyarrow_says_how_to_install(bundled_copy: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    r = runner.invoke(app, ["export", "cluneal", "--format", "parquet", "-o", "tables"])
    assert r.exit_code == 2
    assert 'needs pyarrow, which is not installed: pip install "provenance[parquet]"' in r.output
    assert not Path("tables").exists()


def test_folder_export_is_not_replaced_without_force(bundled_copy: Path) -> None:
    Path("tables").mkdir()
    (Path("tables") / "mine.txt").write_text("keep", encoding="utf-8")
    r = runner.invoke(app, ["export", "cluneal", "--format", "neo4j", "-o", "tables"])
    assert r.exit_code == 2 and "--force" in r.output
    assert (Path("tables") / "mine.txt").read_text(encoding="utf-8") == "keep"
    r = runner.invoke(app, ["export", "cluneal", "--format", "neo4j", "-o", "tables", "--force"])
    assert r.exit_code == 0
    assert not (Path("tables") / "mine.txt").exists()
    assert not [p for p in Path(".").iterdir() if p.name.startswith(".tables")]


def test_folder_format_refuses_standard_output(bundled_copy: Path) -> None:
    r = runner.invoke(app, ["export", "cluneal", "--format", "neo4j", "-o", "-"])
    assert r.exit_code == 2 and "writes a folder" in r.output


# -- Neo4j ---------------------------------------------------------------------

HEADER_FIELD = re.compile(
    r"^(?:(?P<name>[A-Za-z_][A-Za-z0-9_]*)?:(?P<special>ID|START_ID|END_ID|LABEL|TYPE|IGNORE)"
    r"|(?P<prop>[A-Za-z_][A-Za-z0-9_]*)(?::(?P<type>int|long|float|double|boolean|byte|short"
    r"|char|string|date|datetime)(?P<array>\[\])?)?)$")


def check_neo4j_folder(folder: Path) -> dict[str, list[dict[str, str]]]:
    """Check the files against neo4j-admin's CSV header format; return rows by file."""
    node_ids: set[str] = set()
    rels: list[dict[str, str]] = []
    out: dict[str, list[dict[str, str]]] = {}
    for f in sorted(folder.glob("*.csv")):
        with open(f, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        header, body = rows[0], rows[1:]
        fields = [HEADER_FIELD.match(h) for h in header]
        assert all(fields), (f.name, header)
        specials = [m["special"] for m in fields if m and m["special"]]
        recs = []
        for row in body:
            assert len(row) == len(header), (f.name, row)
            rec = dict(zip(header, row, strict=True))
            for h, m, v in zip(header, fields, row, strict=True):
                if not v or not m or not m["type"]:
                    continue
                items = v.split(";") if m["array"] else [v]
                for item in items:
                    if m["type"] in ("int", "long"):
                        assert re.fullmatch(r"-?\d+", item), (f.name, h, v)
                        if m["type"] == "int":
                            assert -(2**31) <= int(item) < 2**31
                    elif m["type"] == "double":
                        float(item)
                    elif m["type"] == "boolean":
                        assert item in ("true", "false")
            recs.append(rec)
        if "ID" in specials:
            assert specials.count("ID") == 1 and "START_ID" not in specials
            idcol = next(h for h, m in zip(header, fields, strict=True)
                         if m and m["special"] == "ID")
            for rec in recs:
                assert rec[idcol] and rec[idcol] not in node_ids, "ids unique across files"
                node_ids.add(rec[idcol])
                assert rec[":LABEL"]
        else:
            assert sorted(specials) == ["END_ID", "START_ID", "TYPE"], f.name
            rels.extend(recs)
        out[f.name] = recs
    for r in rels:
        assert r[":START_ID"] in node_ids and r[":END_ID"] in node_ids, r
        assert re.fullmatch(r"[A-Z_]+", r[":TYPE"])
    return out


def test_neo4j_files_follow_the_import_tool_format(bundled_copy: Path) -> None:
    r = runner.invoke(app, ["export", "cluneal", "--format", "neo4j", "-o", "graph"])
    assert r.exit_code == 0, r.output
    assert "neo4j-admin database import full neo4j --nodes=" in r.output
    assert "--relationships=" in r.output
    assert "--multiline-fields" not in r.output  # no field of the bundled dossier spans lines
    files = check_neo4j_folder(Path("graph"))
    assert set(files) == {"questions.csv", "people.csv", "works.csv", "claims.csv",
                          "relationships.csv"}
    header = Path("graph/works.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:2] == ["id:ID", ":LABEL"] and "year:int" in header
    people = Path("graph/people.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "name:string" in people and "aliases:string[]" in people
    tubbs = next(r for r in files["people.csv"] if r["id:ID"] == "tubbs")
    assert tubbs["aliases:string[]"].split(";") == ["Dr. Shane Tubbs", "Shane Tubbs", "Tubbs"]
    kuniya = next(r for r in files["works.csv"] if r["id:ID"] == "kuniya-2014")
    assert kuniya[":LABEL"] == "Work;Study" and kuniya["year:int"] == "2014"
    types = {r[":TYPE"] for r in files["relationships.csv"]}
    assert {"CITES", "STATES", "APPEARS_IN", "BASED_ON", "AUTHORED", "ADDRESSES"} <= types
    quoted = [r for r in files["relationships.csv"] if r[":TYPE"] == "APPEARS_IN"]
    assert all(r["quote:string"] and r["status:string"] for r in quoted)


def test_neo4j_escapes_quotes_commas_and_newlines(make_dossier, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    root = make_dossier('''
        title: T
        people:
          - id: p
            name: 'Ann "the quote" Lee, Jr.'
            aliases: ["A; L", 'line one']
        works:
          - id: w
            type: article
            title: "Two\\nlines, and a comma"
        ''')
    r = runner.invoke(app, ["export", str(root), "--format", "neo4j", "-o", "g"])
    assert r.exit_code == 0, r.output
    assert "--multiline-fields=true" in r.output  # the title spans two lines
    files = check_neo4j_folder(Path("g"))
    [p] = files["people.csv"]
    assert p["name:string"] == 'Ann "the quote" Lee, Jr.'
    assert p["aliases:string[]"].split(";") == ["A, L", "line one"]
    assert files["works.csv"][0]["title:string"] == "Two\nlines, and a comma"


# -- empty results ---------------------------------------------------------------


def test_claimreview_without_reviews_says_why_and_exits_1(bundled_copy: Path) -> None:
    r = runner.invoke(app, ["export", "cluneal", "--format", "claimreview", "-o", "r.jsonld"])
    assert r.exit_code == 1
    assert "none of the dossier's 91 claims has a `review:`" in r.output
    assert "review: {rating:" in r.output and "Nothing was written." in r.output
    assert not Path("r.jsonld").exists()
    r = runner.invoke(app, ["export", "--format", "claimreview"])  # to stdout, bundled
    assert r.exit_code == 1 and "@graph" not in r.output


def test_argdown_without_claims_says_why(make_dossier, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    root = make_dossier("title: T\nworks:\n  - {id: w, type: study, title: A study}\n")
    r = runner.invoke(app, ["export", str(root), "--format", "argdown"])
    assert r.exit_code == 1 and "the dossier has no claims" in r.output
    for fmt in ("graphml", "json", "neo4j"):
        r = runner.invoke(app, ["export", str(root), "--format", fmt, "-o", f"out-{fmt}"])
        assert r.exit_code == 0
    assert "neo4j-admin database import full" in r.output
    assert "--multiline-fields" not in r.output  # no field spans lines: the fast import
    empty = make_dossier("title: Empty\n", name="empty")
    for fmt in ("graphml", "parquet", "neo4j", "sqlite"):
        r = runner.invoke(app, ["export", str(empty), "--format", fmt, "-o", f"e-{fmt}"])
        assert r.exit_code == 1, (fmt, r.output)
        assert "no questions, people, works or claims" in r.output
        assert not Path(f"e-{fmt}").exists()


# -- default output location ---------------------------------------------------


def test_default_outputs_go_next_to_the_dossier(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(MINI, tmp_path / "mini")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    r = runner.invoke(app, ["render", "../mini"])
    assert r.exit_code == 0 and "wrote ../mini/mini.html" in r.output
    r = runner.invoke(app, ["report", "../mini"])
    assert r.exit_code == 0 and "wrote ../mini/mini-report.md" in r.output
    r = runner.invoke(app, ["export", "../mini", "--format", "sqlite"])
    assert r.exit_code == 0 and "wrote ../mini/mini.db" in r.output
    assert not (elsewhere / "outputs").exists() and not list(elsewhere.iterdir())
