"""Round 14: readings found on a user's trial texts (a wire story, a fact check, written
for the trial), and the guards a report-only review asked for. A census "down from 3,400 in
2021" is not of 2021; "a veterinarian who led the study" is the study last named, not a
second one (nor a survey named since); "she told us" after "..., said Dr Grace Whitlow, an
economist" is Dr Whitlow (not the object of "blamed"); a question is not worded across a
possessive ("on the city's streets in its autumn census"). Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from provenance.extract import extract_text
from tests.figurecases import questions, sources

DOGS = """Stray dogs: city and charities far apart

The municipal animal control agency, Stray Watch, counted 2,150 stray dogs on the city's \
streets in its autumn census, down from 3,400 in 2021, its director Ivan Kolev said on \
Thursday.

Four Paws, an international charity with an office in the city, estimates that between \
5,000 and 6,000 dogs live on the streets.

A 2024 study by researchers at the University of Forestry put the population at roughly \
4,300. "Counting dogs in daylight misses most of them," said Maria Dimitrova, a \
veterinarian who led the study.
"""


def test_a_count_of_people_named_by_a_group_is_still_no_source() -> None:
    assert sources("Three Americans said 40 people died.") == {"40 people": None}


def test_the_year_of_the_older_figure_is_not_the_census_year() -> None:
    (census,) = [s for s in extract_text(DOGS).studies if s.noun == "census"]
    assert census.year is None
    assert "2021" not in census.title


def test_the_study_someone_led_is_the_study_last_named() -> None:
    studies = extract_text(DOGS).studies
    assert len([s for s in studies if s.noun != "census"]) == 1, [s.title for s in studies]
    (study,) = [s for s in studies if s.noun != "census"]
    assert study.year == 2024 and study.author == "Maria Dimitrova"


def test_a_plural_noun_after_a_possessive_is_no_verb_of_the_question(tmp_path: Path) -> None:
    (question,) = questions(DOGS, tmp_path)
    assert "census" not in question and "dogs" in question, question


FACT_CHECK = """Claim: "Half of graduates end up in jobs that don't need a degree"

Verdict: MISLEADING

Speaking on a radio phone-in, the shadow skills minister, Claire Boyd, said: "Half of our \
graduates end up in jobs that don't need a degree."

Official statistics published in June found that 31.2% of working-age graduates were in \
non-graduate roles in 2025. Ms Boyd's office sent us a survey. But feeling \
overqualified is not the same as being in a non-graduate job, said Dr Grace Whitlow, a labour \
economist at a university.

"Self-reported mismatch always comes out higher," she told us. "Somewhere around a third \
is the defensible number."

Our ruling: the official figure is about 31%. Saying half is an exaggeration.
"""


def test_she_is_the_woman_named_after_the_cue_of_reported_speech() -> None:
    speakers = [q.speaker for q in extract_text(FACT_CHECK).statements]
    assert speakers[-1] == "Grace Whitlow", speakers
    assert sources(FACT_CHECK)["around a third"] == "Grace Whitlow"


def test_a_hedged_fraction_before_is_is_a_share() -> None:
    assert "around a third" in sources(FACT_CHECK)


def test_the_official_figure_restated_answers_the_same_question(tmp_path: Path) -> None:
    qs = questions(FACT_CHECK, tmp_path)
    assert len(qs) == 1, qs
    assert not any("figure rate" in q for q in qs)


def test_a_study_led_is_not_a_survey_named_since() -> None:
    text = ("A study from Kyoto University found that 11% of workers were lonely. A 2018 "
            "government survey put the figure at 14%. \"Our sample was smaller,\" said "
            "Hiroshi Tanaka, a sociologist who led the study.")
    studies = {s.noun: s for s in extract_text(text).studies}
    assert studies["survey"].author is None
    assert studies["study"].author == "Hiroshi Tanaka"


def test_the_object_of_a_verb_is_no_speaker() -> None:
    text = ("The minister, Claire Boyd, spoke for an hour, blamed Grace Whitlow, the regulator, "
            "and left. \"We stand by our figure,\" she said later.")
    assert [q.speaker for q in extract_text(text).statements] == ["Claire Boyd"]


def test_a_fraction_due_is_no_share() -> None:
    assert "About a third" not in sources(
        "Labour says 40% of renters are in arrears. Landlords say 15%. About a third is due "
        "in May, the bank said.")


BATS = """How many bats really roost in Hollin Mine?

The developer's survey counted 140 bats of four species.

The Yorkshire Bat Group disputes that. "One count on one night tells you almost nothing," \
said the group's chair, Alice Thorne.

Wild Pennines, the government's adviser, has not published its own estimate, but a \
spokesperson said records held by the agency suggested "several hundred" bats used the site.
"""


def test_a_spokesperson_speaks_for_the_body_its_sentence_opens_with() -> None:
    speakers = [q.speaker for q in extract_text(BATS).statements]
    assert speakers[-1] == "a spokesperson for Wild Pennines", speakers
    assert sources(BATS)["several hundred"] == "Wild Pennines"


def test_several_hundred_is_a_span_not_one_hundred() -> None:
    from provenance.numbers import scan

    (f,) = scan("several hundred bats")
    assert (f.text, f.low, f.high) == ("several hundred bats", 300.0, 900.0)
    (g,) = scan("a few hundred people")
    assert (g.low, g.high) == (200.0, 500.0)


def test_an_estimate_nobody_published_is_no_work() -> None:
    assert not any(s.noun == "estimate" for s in extract_text(BATS).studies)
    assert [s.noun for s in extract_text(
        "The ministry has published its own estimate of 400 homes.").studies] == ["estimate"]


def test_a_spokesperson_in_a_sentence_of_their_own_is_no_persons_voice() -> None:
    text = ("Dr Helen Shaw, the trust's ecologist, said its count of 260 otters was "
            "cautious. A spokesperson said the real number could be 400 otters.")
    assert sources(text)["400 otters"] != "Helen Shaw"
    text = ("Harbour Aid, a refugee charity, said its volunteers had met 36,000 people.\n\n"
            "Tom Aldous, the shadow home secretary, said the government had lost "
            "control. A spokesperson said 40,000 people would cross this year.")
    assert sources(text)["40,000 people"] != "Harbour Aid"


def test_a_body_a_voice_speaks_for_is_a_body_in_the_draft(tmp_path: Path) -> None:
    from tests.figurecases import draft_yaml

    people = draft_yaml(BATS, tmp_path).split("works:")[0]
    assert "id: wild-pennines" in people and "An organisation" in people
    assert "\"Pennines\"" not in people  # (no person "Pennines" with an alias)


def test_a_work_kept_back_is_still_a_work() -> None:
    text = ("The government did not publish the 2019 review by Public Health England, which "
            "found 3,000 early deaths.")
    assert [s.year for s in extract_text(text).studies] == [2019]


def test_a_place_and_a_dash_opening_a_story_is_a_dateline_not_a_source() -> None:
    text = ("Harbourtown — The Treasury estimates the storm caused $9 billion to $14.5 billion "
            "in damage. The insurers' council said insured losses had reached $2.2 billion.")
    assert sources(text)["$9 billion to $14.5 billion"] == "Treasury"


def test_what_killed_people_is_no_source_of_the_toll() -> None:
    text = ("At least 112 people were killed by Typhoon Mara, the disaster agency said on "
            "Monday, while the Red Crescent said 150 people had died.")
    assert sources(text)["At least 112 people"] == "disaster agency"


def test_a_names_own_new_stays_in_the_name() -> None:
    text = ("Heathrow Airport says a third runway would create 180,000 jobs. The New Economics "
            "Foundation, a think tank, said the net figure could be as low as 10,000 jobs. New "
            "Zealand Treasury officials put it at 20,000 jobs.")
    got = sources(text)
    assert got["10,000 jobs"] == "New Economics Foundation", got
