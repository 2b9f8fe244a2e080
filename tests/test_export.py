"""Every export read back by the tool it is for."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from provenance.cli import app
from provenance.dossier import load_dossier
from provenance.export import export, write_export
from provenance.files import OutputExists
from provenance.graph import build_graph
from provenance.model import Dossier

DATA = Path(__file__).parent / "data"
HOSTILE = 'He said "<script>alert(1)</script>" // [x]: <y> #tag -> [z]'


@pytest.fixture
def dossier(tmp_path: Path) -> Dossier:
    """The mini dossier plus a review, a hostile note, and a second statement of one claim."""
    d = tmp_path / "mini"
    shutil.copytree(DATA / "mini", d)
    p = d / "dossier.yaml"
    text = p.read_text().replace(
        "    contradicts: [blocks-work]\n",
        "    contradicts: [blocks-work]\n"
        "    review: {rating: 2, best: 5, worst: 1, alternate_name: Mostly false,\n"
        "             author: Example Fact Desk, date: '2026-11-25'}\n",
    ).replace("  - id: no-variation\n    text: There was", "  - id: no-variation\n"
              f"    note: '{HOSTILE}'\n    text: There was")
    text += ("    review: {alternate_name: Unproven}\n"
             "  - id: blocks-again\n    text: Blocks work.\n    appearances:\n"
             "      - {in: interview, by: aota, quote: Repetitive nerve blocks}\n"
             "      - {in: interview, by: aota, quote: work well}\n")
    p.write_text(text)
    return load_dossier(d)


def text(dossier: Dossier, fmt: str, g: nx.MultiDiGraph | None = None) -> str:
    out = export(dossier, fmt, g)
    assert isinstance(out, str)
    return out


def test_graphml_round_trips_through_networkx(dossier: Dossier) -> None:
    g = build_graph(dossier)
    h = nx.read_graphml(io.StringIO(text(dossier, "graphml")))
    assert set(h.nodes) == set(g.nodes)
    assert h.number_of_edges() == g.number_of_edges()
    assert isinstance(h, nx.MultiDiGraph)  # blocks-again is stated twice by aota
    k = h.nodes["kuniya-2014"]
    assert k["kind"] == "work" and k["year"] == 2014 and k["sample_n"] == 834.0
    assert h.nodes["aota"]["aliases"] == "Aota; Dr. Aota"
    quotes = {d.get("quote") for _, _, d in h.edges(data=True)}
    assert "We found no anatomical variation between sex, age or side" in quotes


def test_gexf_round_trips_through_networkx(dossier: Dossier) -> None:
    g = build_graph(dossier)
    h = nx.read_gexf(io.BytesIO(text(dossier, "gexf").encode()))
    assert set(h.nodes) == set(g.nodes)
    assert h.number_of_edges() == g.number_of_edges()
    assert h.nodes["kuniya-2014"]["label"].startswith("Prospective study")
    assert h.nodes["blocks-doubt"]["kind"] == "claim"
    kinds = sorted(d["kind"] for _, _, d in h.edges(data=True))
    assert kinds.count("states") == 4 and kinds.count("contradicts") == 1


def test_nodelink_json_rebuilds_the_graph(dossier: Dossier) -> None:
    g = build_graph(dossier)
    h = nx.node_link_graph(json.loads(export(dossier, "json")), edges="edges")
    assert nx.utils.graphs_equal(g, h)


def test_prov_json_reads_back_with_prov(dossier: Dossier) -> None:
    from prov.model import ProvDocument

    doc = ProvDocument.deserialize(content=export(dossier, "prov"), format="json")
    recs = doc.get_records()
    kinds = {type(r).__name__ for r in recs}
    assert {"ProvEntity", "ProvAgent", "ProvAttribution", "ProvDerivation"} <= kinds
    agents = {str(r.identifier).rsplit(":", 1)[-1] for r in recs if type(r).__name__ == "ProvAgent"}
    assert agents == {"aota", "tubbs"}
    derivs = [r for r in recs if type(r).__name__ == "ProvDerivation"]
    types = sorted(str(v) for r in derivs for k, v in r.attributes if str(k) == "prov:type")
    assert types.count("prov:Quotation") == 4 and types.count("prov:PrimarySource") == 1
    # It also survives prov's own serialisation (PROV-N).
    assert "wasDerivedFrom" in doc.get_provn()


def _schema_loader(url: str, options: dict | None = None) -> dict:
    """schema.org's context, offline: its vocabulary (what matters for expansion)."""
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org")
    return {"contextUrl": None, "documentUrl": url,
            "document": {"@context": {"@vocab": "https://schema.org/"}}}


def test_claimreview_expands_with_pyld(dossier: Dossier) -> None:
    from pyld import jsonld

    doc = json.loads(export(dossier, "claimreview"))
    assert [r["claimReviewed"] for r in doc["@graph"]] == [
        "Nerve blocks rarely help.", "There was no anatomical variation between sex, age or side."]
    review = doc["@graph"][1]
    assert review["itemReviewed"]["author"]["name"] == "R. Shane Tubbs"
    assert review["itemReviewed"]["appearance"][0]["name"] == "An interview"
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Unproven"}
    expanded = jsonld.expand(doc, {"documentLoader": _schema_loader})
    s = "https://schema.org/"
    types = sorted(t for node in expanded for t in node["@type"])
    assert types == [f"{s}ClaimReview", f"{s}ClaimReview"]
    rating = expanded[0][f"{s}reviewRating"][0]
    assert rating[f"{s}ratingValue"][0]["@value"] == 2
    assert rating[f"{s}alternateName"][0]["@value"] == "Mostly false"


def test_sqlite_opens_with_sqlite_utils_and_searches_quotes(dossier: Dossier,
                                                           tmp_path: Path) -> None:
    import sqlite_utils

    path = write_export(dossier, "sqlite", tmp_path / "out.db")
    db = sqlite_utils.Database(path)
    assert {"people", "works", "claims", "appearances", "relations", "questions"} <= set(
        db.table_names())
    assert db["appearances"].count == 4
    appearances = db.table("appearances")
    fks = {(fk.column, fk.other_table) for fk in appearances.foreign_keys}
    assert fks == {("claim", "claims"), ("work", "works"), ("person", "people")}
    hits = list(appearances.search("anatomical variation"))
    assert [h["claim"] for h in hits] == ["no-variation"]
    assert hits[0]["anchor_status"] == "exact"
    row = db.table("claims").get("blocks-doubt")
    assert row["review_alternate_name"] == "Mostly false" and row["review_rating"] == 2
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    rel = conn.execute("select kind, source, target from relations where kind='contradicts'")
    assert rel.fetchall() == [("contradicts", "blocks-doubt", "blocks-work")]
    with pytest.raises(OutputExists):
        write_export(dossier, "sqlite", path)  # refuses to replace without force


def test_argdown_statements_and_relations(dossier: Dossier) -> None:
    text = export(dossier, "argdown")
    assert "[blocks-doubt]: Nerve blocks rarely help. #(no-help)\n  -> [blocks-work]" in text
    assert "<kuniya-2014>: Prospective study of superior cluneal nerve disorder (2014)\n" \
           "  +> [blocks-work]" in text
    assert "# Do nerve blocks help?" in text


def _argdown_core() -> bool:
    import subprocess

    if not shutil.which("node"):
        return False
    return subprocess.run(["node", "-e", "require('@argdown/core')"],
                          capture_output=True).returncode == 0


@pytest.mark.skipif(not _argdown_core(), reason="needs node and @argdown/core (NODE_PATH)")
def test_argdown_parses_with_argdown_core(dossier: Dossier) -> None:
    import subprocess

    from provenance.model import Claim

    dossier.claims.append(Claim("evil", HOSTILE + " *b* _i_ @m {a}", contradicts=["blocks-work"]))
    out = subprocess.run(["node", str(Path(__file__).parent / "tools" / "argdown_parse.js")],
                         input=export(dossier, "argdown"), capture_output=True, text=True,
                         check=True)
    model = json.loads(out.stdout)
    assert model["lexerErrors"] == [] and model["parserErrors"] == []
    assert set(model["statements"]) == {"blocks-work", "blocks-doubt", "no-variation",
                                        "blocks-again", "evil"}
    assert model["arguments"] == ["kuniya-2014"]
    assert sorted(map(tuple, model["relations"])) == [
        ("blocks-doubt", "attack", "blocks-work"), ("evil", "attack", "blocks-work"),
        ("kuniya-2014", "support", "blocks-work")]


def test_cli_export_formats(dossier: Dossier, tmp_path: Path) -> None:
    run = CliRunner().invoke(app, ["export", str(dossier.root), "--format", "json"])
    assert run.exit_code == 0 and json.loads(run.stdout)["directed"] is True
    out = tmp_path / "g.graphml"
    run = CliRunner().invoke(app, ["export", str(dossier.root), "-f", "graphml", "-o", str(out)])
    assert run.exit_code == 0 and nx.read_graphml(out).number_of_nodes() == 9
    again = CliRunner().invoke(app, ["export", str(dossier.root), "-f", "graphml", "-o",
                                     str(out)])
    assert again.exit_code == 2 and "--force" in again.output
    bad = CliRunner().invoke(app, ["export", str(dossier.root), "-f", "csv"])
    assert bad.exit_code == 2 and "use one of" in bad.output


def test_xml_exports_survive_hostile_and_control_characters(dossier: Dossier) -> None:
    dossier.questions[0].text = 'Blocks & "pain" <b>bold</b>\x0b\x01 done'
    for fmt, read in (("graphml", lambda s: nx.read_graphml(io.StringIO(s))),
                      ("gexf", lambda s: nx.read_gexf(io.BytesIO(s.encode())))):
        h = read(text(dossier, fmt))
        label = h.nodes["blocks-help"]["label"]
        assert label == 'Blocks & "pain" <b>bold</b>\ufffd\ufffd done', fmt


def test_relations_rows_match_the_graph(dossier: Dossier) -> None:
    from provenance.export import relations

    g = build_graph(dossier)
    from_graph = sorted((d["kind"], u, v, d.get("work")) for u, v, d in g.edges(data=True)
                        if d["kind"] not in ("states", "appears_in"))
    assert sorted(relations(dossier), key=str) == sorted(from_graph, key=str)


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_graph_formats_from_the_records_equal_those_from_the_graph(dossier: Dossier,
                                                                   fmt: str) -> None:
    """The fast path (straight from the records) writes the same graph as networkx holds."""
    g = build_graph(dossier)
    dossier.questions[0].text = 'Blocks & "pain" <b>bold</b>'  # one column needs escaping
    g.nodes["blocks-help"]["label"] = g.nodes["blocks-help"]["text"] = dossier.questions[0].text
    fast, slow = text(dossier, fmt), text(dossier, fmt, g)
    if fmt == "json":
        assert json.loads(fast)["nodes"] == json.loads(slow)["nodes"]
        assert nx.utils.graphs_equal(nx.node_link_graph(json.loads(fast), edges="edges"), g)
        return
    read = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    a, b = (read(io.BytesIO(s.encode())) for s in (fast, slow))
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert a.nodes["blocks-help"]["label"] == 'Blocks & "pain" <b>bold</b>'
    keyed = fmt == "graphml"  # GEXF numbers edges in file order instead

    def edges(h: nx.Graph) -> list[str]:
        return sorted(str((e[:-1], {k: v for k, v in e[-1].items() if k != "id"}))
                      for e in h.edges(keys=keyed, data=True))

    assert edges(a) == edges(b)
    assert a.number_of_edges() == g.number_of_edges()
