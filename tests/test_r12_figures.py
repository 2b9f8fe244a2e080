"""Round 12: readings of a figure's source and quantity that held on articles nobody had
tuned to. A quotation set on its own with a dash under it ("— Cllr Ann Roe, in a
Facebook post") is hers, figures and all; "the annual cost" is a cost per year, and a
yearly loss to those who bear it is that cost; a share "of the state's roughly 550,000
students" is a share of students. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from provenance.extract import extract_text
from tests.figurecases import questions, sources

CLAIM_BOX = """Fact check: are one in four bus stops in Harwick without a shelter?

What was claimed
"One in four bus stops in Harwick have no shelter at all. Passengers are left in the rain."
— Cllr Owen Tarrant, in a leaflet delivered across the ward

Our verdict
Mostly false. The council's own asset register shows that 9% of the town's stops have no \
shelter, and the Harwick Passengers' Forum puts it at 14%.
"""


def test_a_quotation_with_a_dash_under_it_is_the_named_persons() -> None:
    ex = extract_text(CLAIM_BOX)
    said = [s for s in ex.statements if s.quote.startswith("One in four")]
    assert said and said[0].speaker == "Owen Tarrant"
    assert sources(CLAIM_BOX)["One in four"] == "Owen Tarrant"


def test_the_dash_makes_the_claim_a_side_of_the_dispute(tmp_path: Path) -> None:
    qs = questions(CLAIM_BOX, tmp_path)
    positions = [p for ps in qs.values() for p in ps]
    assert any("Owen Tarrant" in p for p in positions)
    assert any("9%" in p for p in positions)


def test_a_dash_before_a_plain_word_names_nobody() -> None:
    text = ("Report\n\n\"Nine in ten of the town's drains are blocked by leaves in autumn.\"\n"
            "— Source: residents' survey, page 4\n")
    ex = extract_text(text)
    assert all(s.speaker is None for s in ex.statements)


PIGS = """Wild deer cost farmers far more than officials admit, growers say

Highland Growers' Union chair Rhona Baird told the meeting the national bill was \
"up to £90 million a year".

The deer management agency said its estimate puts crop losses at around £40 million annually.

A 2022 study by the Institute of Rural Economics put the annual cost at between £55 million \
and £70 million.

One farmer, Ewan Moffat, said fencing his own land cost him about £30,000.
"""


def test_yearly_sums_of_one_harm_are_one_question(tmp_path: Path) -> None:
    ex = extract_text(PIGS)
    q = {fc.figure.text: fc.quantity for fc in ex.figures}
    assert q["around £40 million"] == q["up to £90 million"] == "money £ cost per year"
    assert q["between £55 million and £70 million"] == "money £ cost per year"
    assert q["about £30,000"] != "money £ cost per year"  # one farm's cost, once
    qs = questions(PIGS, tmp_path)
    assert len(qs) == 1 and len(next(iter(qs.values()))) == 3


def test_a_name_with_annual_in_it_gives_no_period() -> None:
    text = ("Analysts at Corby Metrics put the firm's ARR at $31 million. The firm's annual "
            "recurring revenue (ARR) reached $48 million, its chief executive said.")
    q = {fc.figure.text: fc.quantity for fc in extract_text(text).figures}
    assert not any(v.endswith("per year") for v in q.values())


def test_a_share_of_an_owners_counted_people_is_of_those_people() -> None:
    text = ("The agency's report found that 31 percent of the state's roughly 480,000 "
            "high-school students missed ten days or more. A parents' group said the "
            "true figure was 40 percent of students.")
    q = {fc.figure.text: fc.quantity for fc in extract_text(text).figures}
    assert q["31 percent"] == q["40 percent"] == "share of student"


def test_a_report_named_with_a_school_year_is_a_study() -> None:
    text = ("The Ministry of Education's 2022-23 Pupil Attendance Report, released in March, "
            "found that 18 percent of the region's pupils were persistently absent.")
    ex = extract_text(text)
    assert [(s.title, s.organisation) for s in ex.studies] == [
        ("Pupil Attendance Report", "Ministry of Education")]


def test_by_her_count_is_the_person_named_before() -> None:
    text = ("The sports federation says 300 pitches have closed. Then there is Helen Dawes, a "
            "geographer who has mapped every pitch in the country. By her count there have "
            "been 147 permanent closures.")
    assert sources(text)["147 permanent closures"] == "Helen Dawes"


def test_jobs_counted_as_roles_and_positions_are_one_quantity() -> None:
    text = ("The developer says the plant will support up to 650 ongoing jobs. Its own impact "
            "assessment, prepared by Harlow Advisory, estimates 420 to 510 direct operational "
            "roles. The union's secretary said the plant would need about 250 positions.")
    q = {fc.figure.text: fc.quantity for fc in extract_text(text).figures}
    assert q["up to 650 ongoing jobs"] == q["420 to 510"] == "job"


def test_her_paper_is_hers_not_the_body_study_before_it() -> None:
    text = ("The company's own economic impact assessment, lodged in November, puts the "
            "workforce at 500 jobs. An independent view comes from Associate Professor Mei "
            "Tan, an economist at Coral Coast University. Her working paper, released this "
            "month, put the likely permanent workforce at roughly 300 jobs.")
    ex = extract_text(text)
    assert len(ex.studies) == 2
    assert sources(text)["roughly 300 jobs"] == "Mei Tan"
