"""Studies named again and surveys of a body's own members (round 41).

Writers who never saw the code name a study once with its maker and then go on with "The
study surveyed 2,012 residents ... in November and December 2024": one work, whatever
year its own sentence gives. And "A survey of 287 members of the Colorado Psychological
Association found" is that association's survey when the text names no one else. Each
test runs on a text written for it.
"""

from __future__ import annotations

from provenance.extract import extract_text


def test_the_study_named_again_with_a_fieldwork_year_is_one_work() -> None:
    ex = extract_text(
        "How much did shoppers lose to scams?\n\n"
        "The police put reported losses at S$41.6 million. A ministry spokesman said the "
        "figure came from a study by the Institute of Digital Safety, released in March "
        "2025. The study surveyed 1,800 residents online in November 2024, and its authors "
        "estimated that residents lost between S$55 million and S$70 million.\n")
    assert len([s for s in ex.studies if s.organisation == "Institute of Digital Safety"]) == 1
    assert not any("surveyed" in (s.title or "") for s in ex.studies)
    got = {fc.figure.text: fc.source.name if fc.source else None for fc in ex.figures}
    assert got["between S$55 million and S$70 million"] == "Institute of Digital Safety"


def test_a_survey_of_a_bodys_members_is_the_bodys() -> None:
    ex = extract_text(
        "How long is the wait for therapy?\n\n"
        "The state insurance division says patients wait an average of 24 days.\n\n"
        "A survey of 412 members of the Prairie Counselling Association, conducted in May, "
        "found that new clients typically wait six to eight weeks.\n")
    assert [s.organisation for s in ex.studies if s.sample_n == 412] == [
        "Prairie Counselling Association"]


def test_a_survey_by_someone_else_of_a_bodys_members_stays_theirs() -> None:
    ex = extract_text(
        "How long is the wait for therapy?\n\n"
        "A survey by Harland Research of 412 members of the Prairie Counselling "
        "Association found that new clients typically wait six to eight weeks.\n")
    assert "Prairie Counselling Association" not in [s.organisation for s in ex.studies]


def test_its_report_after_an_apposition_of_where_a_body_sits_is_the_bodys() -> None:
    ex = extract_text(
        "How many people are in prison?\n\n"
        "The ministry put the total at 88,521.\n\n"
        "A third estimate comes from the Centre for Penal Statistics, a research group at "
        "the University of Kent. Its annual report, published in January, puts the "
        "population at 89,240.\n")
    got = {fc.figure.text: fc.source.name if fc.source else None for fc in ex.figures}
    assert got["89,240"] == "Centre for Penal Statistics"
    # (and an exact count within 1% of it is no headline kind's same figure)
    assert got["88,521"] == "ministry"


def test_a_count_its_one_noun_names_is_asked_what_it_is() -> None:
    """(Found trying a scored article as a user: the page asked "How many population?".)"""
    from provenance.extract.figures import question_text

    text = ("Jail population tops 12,000, says charity\n\n"
            "The number of people held in the state's jails has climbed above 12,000 for "
            "the first time, a prison reform charity said on Friday.\n\n"
            "The corrections department's weekly bulletin put the number of people held at "
            "11,480.\n")
    ex = extract_text(text)
    grouped = [fc for fc in ex.figures if fc.group is not None]
    assert question_text(text, grouped) == "What is the population?"


def test_a_count_named_by_a_participle_keeps_its_word_as_the_unit() -> None:
    """(Found trying a scored article as a user: the draft's estimates read "unit:
    helds".)"""
    from provenance.extract.draft import generate_draft

    text = ("Jail population tops 12,000, says charity\n\n"
            "The number of people held in the state's jails has climbed above 12,000 for "
            "the first time, a prison reform charity said on Friday.\n\n"
            "The corrections department's weekly bulletin put the number of people held at "
            "11,480.\n")
    draft = generate_draft(extract_text(text), "article.txt")
    assert "helds" not in draft
    assert 'unit: "held"' in draft
