"""Documents someone saw or obtained ("Documents seen by the Courier show ...") are papers,
not a piece of research: a work named with whom they were seen by, of type "other" in the
draft, never a study titled "Documents seen by", and the paper that saw them is not their
maker. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from provenance.extract import extract, extract_text

TEXT = ("Flood homes count disputed\n\n"
        "The ministry says 400 homes were lost. Documents seen by the Courier show 900 "
        "were lost.\n\n"
        "A leaked draft seen by the Herald puts the cost at 3 million.\n")


def test_documents_seen_by_a_paper_are_named_with_the_paper_and_made_by_no_one():
    ex = extract_text(TEXT)
    docs = [s for s in ex.studies if s.noun == "documents"]
    assert [d.title for d in docs] == ["Documents seen by the Courier"]
    assert docs[0].organisation is None and docs[0].author is None
    drafts = [s for s in ex.studies if s.noun == "draft"]
    assert drafts and drafts[0].organisation is None  # the Herald saw it; it did not write it


def test_the_draft_lists_documents_as_other_works_not_studies(tmp_path: Path):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    extract(src, tmp_path / "out")
    yaml = (tmp_path / "out" / "dossier.yaml").read_text(encoding="utf-8")
    block = yaml[yaml.index('title: "Documents seen by the Courier"') - 60:]
    assert "type: other" in block.split("title:")[0]
    assert "type: study" not in yaml.split("claims:")[0]
