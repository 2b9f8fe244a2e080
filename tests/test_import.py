"""Importing reference files into a dossier: readers, matching, merging, idempotence."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from provenance.citations import (
    ImportFailed,
    Skipped,
    import_file,
    normalise_doi,
    read_entries,
)
from provenance.cli import app
from provenance.dossier import load_dossier

DATA = Path(__file__).parent / "data"
IMPORT = DATA / "import"
FILES = {
    "bibtex": IMPORT / "cluneal.bib",
    "ris": IMPORT / "cluneal.ris",
    "csl-json": IMPORT / "cluneal.csl.json",
    "openalex": IMPORT / "cluneal.openalex.jsonl",
}


@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    d = tmp_path / "mini"
    shutil.copytree(DATA / "mini", d)
    return d


def _entries(fmt: str, path: Path) -> tuple[list, list[Skipped]]:
    items = list(read_entries(fmt, path))
    return [e for e in items if not isinstance(e, Skipped)], [e for e in items
                                                              if isinstance(e, Skipped)]


def test_normalise_doi_forms() -> None:
    assert normalise_doi("https://doi.org/10.1186/S13018-014-0139-7") == "10.1186/s13018-014-0139-7"
    assert normalise_doi("doi:10.3171/2010.3.SPINE09747.") == "10.3171/2010.3.spine09747"
    assert normalise_doi("https://doi.org/10.1097%2F00007632-199705150-00017") == \
        "10.1097/00007632-199705150-00017"
    assert normalise_doi("not a doi") is None


def test_bibtex_reads_entries_and_reports_bad_ones_with_lines() -> None:
    entries, skipped = _entries("bibtex", FILES["bibtex"])
    assert [e.key for e in entries] == ["tubbs2010", "kuniya2013", "kuniya2014", "maigne1997"]
    tubbs = entries[0]
    assert tubbs.year == 2010 and tubbs.doi == "10.3171/2010.3.SPINE09747"
    assert tubbs.pmid == "20809730" and tubbs.venue == "Journal of Neurosurgery: Spine"
    assert [a.family for a in tubbs.authors][:3] == ["Tubbs", "Levin", "Loukas"]
    assert tubbs.authors[0].given == "R. Shane"
    assert [(s.line, "title" in s.message) for s in skipped] == [(46, False), (51, True)]
    assert str(skipped[0]).startswith(f"{FILES['bibtex']}:46: ")
    assert str(skipped[0]).endswith("— skipped")


def test_ris_records_keep_their_lines() -> None:
    entries, skipped = _entries("ris", FILES["ris"])
    assert [e.line for e in entries] == [1, 14, 31, 47]
    assert entries[0].pmid == "27004164" and entries[0].year == 2016
    assert entries[0].venue == "World Journal of Orthopedics"
    from provenance.citations.merge import _fields

    assert _fields(entries[0])["date"] == "2016-03-18"  # RIS's 2016/03/18/ as ISO
    assert entries[3].pmid == "2533408" and entries[3].authors[2].family == "Guérin Surville"
    assert [(s.line, s.message) for s in skipped] == [(41, "record has no title (TI or T1)")]


def test_csl_json_items() -> None:
    entries, skipped = _entries("csl-json", FILES["csl-json"])
    assert [e.title[:9] for e in entries] == ["Superior ", "Lateral b", "Prospecti"]
    assert entries[0].pmid == "29656623" and entries[0].date == "2018-03-28"
    assert entries[2].doi == "10.1186/s13018-014-0139-7"  # taken from the URL
    assert [s.line for s in skipped] == [36]


def test_openalex_jsonl_and_single_work() -> None:
    entries, skipped = _entries("openalex", FILES["openalex"])
    assert len(entries) == 10 and [s.line for s in skipped] == [6]
    isu = entries[-1]
    assert isu.type == "review" and isu.openalex == "W1000000009" and len(isu.references) == 8
    single, _ = _entries("openalex", IMPORT / "tubbs2010.openalex.json")
    assert [(e.openalex, e.year) for e in single] == [("W1000000000", 2010)]


def test_broken_csl_json_fails_with_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[\n {"title": "A"},\n {"title": \n')
    with pytest.raises(ImportFailed) as e:
        list(read_entries("csl-json", bad))
    assert e.value.line == 4


def test_import_merges_by_doi_keeps_comments_and_hand_fields(dossier: Path) -> None:
    before = (dossier / "dossier.yaml").read_text()
    r = import_file("bibtex", FILES["bibtex"], dossier)
    after = (dossier / "dossier.yaml").read_text()
    # The comment, the flow list and every hand-written line survive, in order.
    assert after.startswith("# A tiny dossier for tests")
    rest = iter(after.splitlines())
    assert all(line in rest for line in before.splitlines())  # an in-order subsequence
    assert len(after.splitlines()) > len(before.splitlines())
    # kuniya-2014 matched by DOI (different case, URL form): merged, not duplicated.
    assert r.plan.merged == ["kuniya-2014"]
    assert [w["id"] for w in r.plan.new_works] == ["tubbs2010", "kuniya2013", "maigne1997"]
    d = load_dossier(dossier)
    k = {w.id: w for w in d.works}["kuniya-2014"]
    assert k.title == "Prospective study of superior cluneal nerve disorder"  # never overwritten
    assert k.doi == "10.1186/s13018-014-0139-7" and k.design == "cohort"
    assert k.pmid == "25551470" and k.venue == "Journal of Orthopaedic Surgery and Research"
    # Existing people are reused (Aota, Tubbs), new authors become people.
    assert k.authors[:2] == ["kuniya", "aota"]
    assert {w.id: w for w in d.works}["tubbs2010"].authors[0] == "tubbs"
    assert len([p for p in d.people if p.name.endswith("Aota")]) == 1


def test_import_twice_changes_nothing(dossier: Path) -> None:
    import_file("openalex", FILES["openalex"], dossier)
    first = (dossier / "dossier.yaml").read_text()
    r = import_file("openalex", FILES["openalex"], dossier)
    assert (dossier / "dossier.yaml").read_text() == first
    assert r.written == [] and not r.plan.new_works and len(r.plan.merged) == 10


def test_openalex_references_become_cites_and_outside_ones_are_counted(dossier: Path) -> None:
    r = import_file("openalex", FILES["openalex"], dossier)
    d = load_dossier(dossier)
    works = {w.id: w for w in d.works}
    isu = next(w for w in d.works if w.openalex == "W1000000009")
    assert len(isu.cites) == 6 and "kuniya-2014" in isu.cites  # resolved to the hand-written id
    assert r.plan.references_outside == 2
    assert works["kuniya-2014"].openalex == "W1000000002"


def test_fuzzy_title_and_year_match_without_doi(dossier: Path) -> None:
    import_file("openalex", FILES["openalex"], dossier)
    n = len(load_dossier(dossier).works)
    # The CSL Isu 2018 has no DOI and its title differs in case only: merged.
    # Kuniya 2014 has its DOI in the URL; McGrath 2005 by DOI.
    r = import_file("csl-json", FILES["csl-json"], dossier)
    assert len(load_dossier(dossier).works) == n
    assert len(r.plan.merged) == 3 and not r.plan.new_works


def test_near_title_in_another_year_is_a_new_work(dossier: Path, tmp_path: Path) -> None:
    f = tmp_path / "x.json"
    f.write_text(json.dumps([{"title": "Prospective study of superior cluneal nerve disorders",
                              "issued": {"date-parts": [[2014]]}},
                             {"title": "Prospective study of superior cluneal nerve disorder",
                              "issued": {"date-parts": [[2019]]}}]))
    r = import_file("csl-json", f, dossier)
    assert r.plan.merged == ["kuniya-2014"] and len(r.plan.new_works) == 1


def test_dry_run_writes_nothing(dossier: Path) -> None:
    before = (dossier / "dossier.yaml").read_text()
    r = import_file("ris", FILES["ris"], dossier, dry_run=True)
    assert len(r.plan.new_works) == 4 and r.written == []
    assert (dossier / "dossier.yaml").read_text() == before


def test_import_to_separate_file_is_included(dossier: Path) -> None:
    r = import_file("openalex", FILES["openalex"], dossier, to="works.imported.json")
    text = (dossier / "dossier.yaml").read_text()
    assert "include: [works.imported.json]" in text
    data = json.loads((dossier / "works.imported.json").read_text())
    assert len(data["works"]) == 9  # kuniya-2014 was merged into dossier.yaml
    d = load_dossier(dossier)
    assert len(d.works) == 11
    assert {w.id: w for w in d.works}["kuniya-2014"].openalex == "W1000000002"
    r2 = import_file("openalex", FILES["openalex"], dossier, to="works.imported.json")
    assert r2.written == [] and r.plan.new_works and not r2.plan.new_works


def test_new_dossier_is_started(tmp_path: Path) -> None:
    r = import_file("bibtex", FILES["bibtex"], tmp_path / "refs")
    assert r.created
    d = load_dossier(tmp_path / "refs")
    assert d.title == "refs" and len(d.works) == 4


def test_invalid_dossier_is_refused_and_untouched(dossier: Path) -> None:
    from provenance.dossier import DossierError

    p = dossier / "dossier.yaml"
    p.write_text(p.read_text().replace("based_on: [kuniya-2014]", "based_on: [kunia-2014]"))
    before = p.read_text()
    with pytest.raises(DossierError):
        import_file("bibtex", FILES["bibtex"], dossier)
    assert p.read_text() == before


def test_cli_import_reports_and_exits(dossier: Path) -> None:
    run = CliRunner().invoke(app, ["import", "bibtex", str(FILES["bibtex"]), "--into",
                                   str(dossier)])
    assert run.exit_code == 1, run.output  # some entries skipped: a finding to look at
    assert "added 3 works" in run.output and "merged 1" in run.output
    assert "skipped 2 bad entries" in run.output
    assert "cluneal.bib:46:" in run.output
    run = CliRunner().invoke(app, ["import", "bibtex", str(FILES["bibtex"]), "--into",
                                   str(dossier), "--json"])
    info = json.loads(run.stdout)
    assert info["added"] == [] and len(info["merged"]) == 4
    bad = CliRunner().invoke(app, ["import", "endnote", str(FILES["bibtex"]), "--into",
                                   str(dossier)])
    assert bad.exit_code == 2 and "use one of" in bad.output


def test_result_reads_with_pyyaml_and_keeps_indentation(dossier: Path) -> None:
    import_file("ris", FILES["ris"], dossier)
    text = (dossier / "dossier.yaml").read_text()
    data = yaml.safe_load(text)
    assert data["works"][-1]["title"].startswith("The lateral cutaneous branches")
    assert "\n  - id: aota2016\n    type: study\n" in text.replace("aota-2016", "aota2016")


def test_bundled_dossier_only_gains_lines(tmp_path: Path) -> None:
    """The curated example: every import merges into it; its text only gains lines."""
    src = Path(__file__).parent.parent / "graph_data" / "cluneal-nerve"
    d = tmp_path / "cluneal"
    shutil.copytree(src, d)
    before = (d / "dossier.yaml").read_text(encoding="utf-8")
    n_works = len(load_dossier(d).works)
    r = import_file("openalex", FILES["openalex"], d)
    assert len(r.plan.merged) == 10 and not r.plan.new_works and not r.plan.new_people
    for fmt in ("bibtex", "ris", "csl-json"):
        r = import_file(fmt, FILES[fmt], d)
        assert not r.plan.new_works, fmt
    after = (d / "dossier.yaml").read_text(encoding="utf-8")
    import difflib

    diff = list(difflib.unified_diff(before.splitlines(), after.splitlines(), n=0, lineterm=""))
    removed = [d[1:] for d in diff if d.startswith("-") and not d.startswith("---")]
    assert removed == ["    cites: [tubbs-2010]"]  # the one list that gained an item in place
    assert "cites: [tubbs-2010, mcgrath-2005]" in after
    assert after.count("\\u00a0") == before.count("\\u00a0") > 0  # escapes kept as written
    assert len(load_dossier(d).works) == n_works


def test_problems_in_an_included_file_name_that_file(dossier: Path) -> None:
    from provenance.dossier import DossierError

    import_file("openalex", FILES["openalex"], dossier, to="works.imported.json")
    inc = dossier / "works.imported.json"
    inc.write_text(inc.read_text().replace('"cites": ["kuniya-2013"', '"cites": ["kunya-2013"'))
    with pytest.raises(DossierError) as e:
        load_dossier(dossier)
    msgs = [str(p) for p in e.value.problems]
    assert len(msgs) == 1 and "works.imported.json: works[" in msgs[0]
    assert "unknown work 'kunya-2013'" in msgs[0]


def test_openalex_api_page(tmp_path: Path) -> None:
    works = [json.loads(line) for line in FILES["openalex"].read_text().splitlines()
             if line.startswith('{"id": "https://openalex.org/W10')]
    page = tmp_path / "page.json"
    page.write_text(json.dumps({"meta": {"count": len(works)}, "results": works}, indent=2))
    entries, skipped = _entries("openalex", page)
    assert len(entries) == 10 and not skipped


def test_review_is_validated(dossier: Path) -> None:
    from provenance.dossier import DossierError

    p = dossier / "dossier.yaml"
    p.write_text(p.read_text().replace(
        "    contradicts: [blocks-work]\n",
        "    contradicts: [blocks-work]\n    review: {rating: 7, best: 5, worst: 1}\n"))
    with pytest.raises(DossierError) as e:
        load_dossier(dossier)
    assert "rating 7 is outside worst..best" in str(e.value)
    p.write_text(p.read_text().replace("{rating: 7, best: 5, worst: 1}", "{author: Desk}"))
    with pytest.raises(DossierError) as e:
        load_dossier(dossier)
    assert "review has no verdict" in str(e.value)
    p.write_text(p.read_text().replace("{author: Desk}", "{alternate_name: \"False\", rating: 1}"))
    review = load_dossier(dossier).claims[1].review
    assert review and review.alternate_name == "False"


@pytest.mark.parametrize("text", [
    "title: A\n",
    "title: A\nworks: []\nclaims: []\n",
    "title: A\nworks:\nclaims: []\n",
    "title: A  # t\npeople:\n- id: x\n  name: X Y\n# end of people\nworks:\n"
    "- {id: w, type: study, title: Anatomical study of superior cluneal nerve entrapment}\n",
])
def test_any_shape_of_works_section(tmp_path: Path, text: str) -> None:
    (tmp_path / "dossier.yaml").write_text(text)
    r = import_file("bibtex", FILES["bibtex"], tmp_path, authors=False)
    d = load_dossier(tmp_path)
    assert len(d.works) == 4
    after = (tmp_path / "dossier.yaml").read_text()
    assert after.startswith(text.split("\n")[0]) and ("claims: []" in after) == (
        "claims: []" in text)
    if "{id: w" in text:
        assert r.plan.merged == ["w"] and "# end of people" in after
        assert d.works[0].doi == "10.3171/2013.4.SPINE12683"  # gained inside the flow mapping


def test_to_must_be_a_file_of_its_own(dossier: Path) -> None:
    with pytest.raises(ImportFailed):
        import_file("bibtex", FILES["bibtex"], dossier, to="dossier.yaml")
    with pytest.raises(ImportFailed):
        import_file("bibtex", FILES["bibtex"], dossier, to="../elsewhere.json")


def test_hand_written_included_yaml_keeps_its_comments(tmp_path: Path) -> None:
    (tmp_path / "dossier.yaml").write_text("title: T\ninclude: [studies.yaml]\n")
    (tmp_path / "studies.yaml").write_text(
        "# studies I checked by hand\nworks:\n  - id: isu  # the review\n    type: review\n"
        "    title: Superior and Middle Cluneal Nerve Entrapment as a Cause of Low Back Pain\n"
        "    year: 2018\n")
    r = import_file("openalex", FILES["openalex"], tmp_path, to="more.json")
    text = (tmp_path / "studies.yaml").read_text()
    assert text.startswith("# studies I checked by hand\n") and "- id: isu  # the review" in text
    assert "openalex: W1000000009" in text and "doi: 10.14245/ns.1836024.012" in text
    assert r.plan.merged == ["isu"] and len(r.plan.new_works) == 9
    isu = {w.id: w for w in load_dossier(tmp_path).works}["isu"]
    assert len(isu.cites) == 6 and isu.type == "review"


@pytest.mark.parametrize("works", ["works:   # none yet\n", "works: []  # none yet\n",
                                   "works: null  # none yet\n",
                                   "works: [{id: w, type: other, title: T}]  # none yet\n"])
def test_empty_or_flow_works_keep_their_comment(tmp_path: Path, works: str) -> None:
    (tmp_path / "dossier.yaml").write_text("title: A\n" + works + "claims: []\n")
    import_file("bibtex", FILES["bibtex"], tmp_path, authors=False)
    text = (tmp_path / "dossier.yaml").read_text()
    assert "# none yet" in text and text.endswith("claims: []\n")
    assert len(load_dossier(tmp_path).works) == 4 + ("id: w" in works)
