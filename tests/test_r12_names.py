"""One person, one name in the draft, however the article writes them (round 12): a
councillor written "Cr Surname" in Australian and New Zealand papers, a person quoted as
"R. Patel" whom the text names in full only after a preposition, a study "his" or "her"
stands for, and a question headline whose first word is no name. Texts written for these
tests."""

from __future__ import annotations

from pathlib import Path

from provenance.check import check_dossier
from provenance.dossier import load_dossier
from provenance.extract import extract_text, write_draft

COUNCIL = """Harbour Times — Local News

Marlow households using too much water, councillor says

Councillor Dana Whitcombe says the average Marlow home uses 300 litres of water a day. \
"That is far too much," she said at Tuesday's meeting.

But the Marlow Water Board puts the figure at 210 litres a day, based on its meter readings.

Cr Whitcombe later said the number was 280 litres a day, citing a study by Dr. Ravi Patel \
of Marlow University.

Dr. Patel told the Times his study found 240 litres a day. "Our meters are accurate," \
said R. Patel.
"""


def _people(text: str) -> dict[str, list[str]]:
    return {p.name: p.aliases for p in extract_text(text).people}


def test_a_councillor_written_cr_is_the_councillor_named_in_full() -> None:
    ex = extract_text(COUNCIL)
    names = [p.name for p in ex.people]
    assert "Cr Whitcombe" not in names
    assert "Cr Whitcombe" in _people(COUNCIL)["Dana Whitcombe"]
    by = {f.figure.text: f.source.name for f in ex.figures if f.source is not None}
    assert by["280 litres"] == "Dana Whitcombe"


def test_a_person_quoted_by_an_initial_takes_the_name_the_text_spells_out() -> None:
    people = _people(COUNCIL)
    assert "Ravi Patel" in people
    assert "R. Patel" in people["Ravi Patel"]
    ex = extract_text(COUNCIL)
    by = {f.figure.text: f.source.name for f in ex.figures if f.source is not None}
    assert by["240 litres"] == "Ravi Patel"


def test_a_study_his_or_her_stands_for_is_the_speakers() -> None:
    ex = extract_text("Dr. Patel told the Times his study found 240 litres a day. "
                      "Ms Green told the Guardian her survey found 12 cases.")
    made = [(s.author, s.organisation) for s in ex.studies]
    assert ("Patel", None) in made and ("Green", None) in made
    assert all("Times" not in s.title and "Guardian" not in s.title for s in ex.studies)


def test_a_body_opening_the_sentence_makes_his_study_no_ones() -> None:
    ex = extract_text("The Marlow Water Board said his study of 40 homes was flawed.")
    assert all(s.author is None for s in ex.studies)


def test_a_question_headline_gives_no_name() -> None:
    """(A guard: a question's first word, capitalised, is no one's first name.)"""
    text = ("Did Harwich buses carry 42,000 night passengers?\n\n"
            "Did Harwich buses carry 42,000 night passengers? Councillor Dana Whitcombe "
            "says they did.\n\n"
            "But Coastline Buses counted 31,500 journeys on its ticket machines.\n")
    ex = extract_text(text)
    assert [f.figure.text for f in ex.figures].count("42,000 night passengers") == 2
    assert all(f.source is None or not f.source.name.startswith("Did")
               for f in ex.figures)
    assert all(not p.name.startswith("Did") for p in ex.people)


def test_the_draft_with_one_person_per_name_passes_check(tmp_path: Path) -> None:
    ex = extract_text(COUNCIL)
    write_draft(ex, tmp_path / "d", "council.txt")
    report = check_dossier(load_dossier(tmp_path / "d"))
    assert report.results and report.ok
    yaml = (tmp_path / "d" / "dossier.yaml").read_text(encoding="utf-8")
    assert yaml.count("name: \"Dana Whitcombe\"") == 1 and "cr-whitcombe" not in yaml


OFFICE = """Harwich Gazette

Bus passengers up by a third, mayor claims

Harwich's mayor says the new night buses carried 42,000 passengers in their first year.

The operator, Coastline Buses, told the Gazette its ticket machines recorded 31,500 journeys.
"""


def test_a_places_office_is_the_person_the_text_names_in_it() -> None:
    text = OFFICE + ("\nOpening the Harwich depot in May, Mayor Jo Kettle thanked the drivers. "
                     "\"They kept the town moving,\" Cr Kettle said.\n")
    by = {f.figure.text: f.source for f in extract_text(text).figures}
    src = by["42,000 passengers"]
    assert src is not None and src.name == "Jo Kettle" and src.kind == "person"


def test_an_office_nobody_is_named_in_stays_the_office() -> None:
    by = {f.figure.text: f.source for f in extract_text(OFFICE).figures}
    src = by["42,000 passengers"]
    assert src is not None and src.name == "Harwich's mayor" and src.kind == "generic"


def test_another_places_holder_of_the_office_is_not_the_one_meant() -> None:
    """(Guards found by a review: an office is tied to its place, and a former holder is
    not the one the text names.)"""
    text = ("President Joe Biden said the US would send 500 troops. France's president says "
            "his country will send 300 troops.")
    by = {f.figure.text: f.source for f in extract_text(text).figures}
    assert by["300 troops"] is not None and by["300 troops"].name == "France's president"
    text = ("Mayor Ruth Anand of Bellport says 400 homes flooded. Neighbouring Harwich's "
            "mayor says 650 homes flooded there.")
    by = {f.figure.text: f.source for f in extract_text(text).figures}
    assert by["650 homes"] is not None and "Anand" not in by["650 homes"].name
    text = ("Mayor Ruth Anand says the town will plant 5,000 trees. But Bellport's former "
            "mayor says only 1,200 trees will survive.")
    by = {f.figure.text: f.source for f in extract_text(text).figures}
    assert by["only 1,200 trees"] is not None and "Anand" not in by["only 1,200 trees"].name


def test_a_fuller_name_after_a_preposition_needs_a_given_name_on_both_sides() -> None:
    """(A guard found by a review: "Councillor Patel" and "a report by Ravi Patel" may be two
    people.)"""
    text = ("Councillor Patel said 300 families were waiting for homes. \"The list is growing "
            "every week,\" Patel said. The figure was disputed in a report by Ravi Patel, a "
            "housing analyst, which put the waiting list at 180 families.")
    assert [p.name for p in extract_text(text).people] == ["Patel"]
