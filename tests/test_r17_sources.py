"""Round 17: whose a figure is, in patterns a reporter writes every day.

A verb of saying in the passive names the source before the figure ("is said by the
council to carry"); a "she" after a sentence a named woman opens is hers, though she is
never quoted, and a phrase of method the sentence opens with ("Using toll records, she
estimates") holds no verb of it; a titled man never takes a "she"; a range of millions
of pounds is a sum of money, as one figure is. Texts written for these tests.
"""

from __future__ import annotations

from provenance import numbers
from provenance.extract import extract_text


def _figures(text: str) -> dict[str, str | None]:
    """Each figure's source (without a leading "the"), by the figure's number as written."""
    ex = extract_text(text)
    return {next(w for w in f.figure.text.split() if w[:1].isdigit()):
            (f.source.name.removeprefix("the ") if f.source else None) for f in ex.figures}


def _groups(text: str) -> dict[str, int | None]:
    ex = extract_text(text)
    return {next(w for w in f.figure.text.split() if w[:1].isdigit()): f.group
            for f in ex.figures}


def test_a_passive_verb_of_saying_names_the_source_before_the_figure() -> None:
    got = _figures("The old footbridge at Quenmoor Mill is said by the parish council to "
                   "carry 6,000 walkers a week.")
    assert got.get("6,000") == "parish council"
    got = _figures("The crowd was estimated by stewards at 2,500 people, but the promoters "
                   "said 5,000 came.")
    assert got.get("2,500") == "stewards"
    assert got.get("5,000") == "promoters"


def test_she_after_a_sentence_a_named_woman_opens_is_hers() -> None:
    text = ("The county says the ring road takes 14,000 lorries a week.\n\n"
            "Professor Ruth Adeyemi, an economist at Hollins College, doubts it. "
            "The roadside sensors were offline for much of the winter. Using "
            "ferry manifests and toll records, she estimates the traffic at between 8,000 "
            "and 9,000 lorries a week.\n")
    ex = extract_text(text)
    (fc,) = [f for f in ex.figures if f.figure.kind == "range"]
    assert fc.source is not None and fc.source.name == "Ruth Adeyemi"
    assert fc.group is not None  # and it answers the county's question


def test_a_she_is_never_given_to_a_titled_man() -> None:
    got = _figures("Councillor Peter Olsen criticised the clinic manager Greta Lind over the "
                   "waiting list. She put the list at 700 patients.")
    assert got.get("700") != "Peter Olsen"
    got = _figures("Councillor Peter Olsen criticised the clinic manager over the waiting "
                   "list. He put the list at 700 patients.")
    assert got.get("700") == "Peter Olsen"


def test_a_range_of_millions_of_pounds_is_money() -> None:
    (f,) = numbers.scan("The survey puts the repairs at 35 to 40 million pounds.", bare=True)
    assert f.kind == "range" and f.unit == "£"
    (w,) = numbers.scan("The farm shipped 2 to 3 million pounds of beef.", bare=True)
    assert w.unit == "pounds"  # a weight: "of" after the name


def test_a_second_clause_with_a_bare_collective_subject_is_its_own_source() -> None:
    got = _figures("The nurses' union expects 2,400 members to walk out; management says "
                   "fewer than 900 will.")
    assert got.get("2,400") == "nurses' union"
    assert got.get("900") == "management"


def test_an_auxiliary_between_an_office_and_its_verb_keeps_the_office_as_source() -> None:
    got = _figures("The harbourmaster has since claimed that 70 yachts were damaged.")
    assert got.get("70") == "harbourmaster"


def test_an_apposition_names_the_maker_of_the_second_figure() -> None:
    text = ("The festival director has said that 52,000 tickets were sold, a number the "
            "county auditor puts at 31,000.")
    got = _figures(text)
    assert got.get("52,000") == "festival director"
    assert got.get("31,000") == "county auditor"
    groups = _groups(text)
    assert groups["52,000"] is not None and groups["52,000"] == groups["31,000"]


def test_a_noun_no_lexicon_knows_is_a_source_before_a_verb_only_someone_does() -> None:
    assert _figures("The lifeboat station put the number of rescues at 63.").get("63") == \
        "lifeboat station"
    assert _figures("About 700 feral cats live on the estate, the animal sanctuary says."
                    ).get("700") == "animal sanctuary"
    # a thing said is nobody: "The statement said" names no source
    assert _figures("The statement said 40 people were hurt.").get("40") is None


def test_two_sides_of_one_count_on_the_same_day_answer_one_question() -> None:
    text = ("The lifeboat station said 63 people were rescued. The coastguard said 71 "
            "people were rescued.")
    groups = _groups(text)
    assert groups["63"] is not None and groups["63"] == groups["71"]


def test_sources_on_different_days_or_months_still_answer_one_question() -> None:
    # a toll one body gave on Tuesday and another on Wednesday is a dispute (tried as two
    # questions this round: it lost a real article's disputes)
    text = ("The water board said 40 mains burst in March. Engineers at the works said 55 "
            "mains burst during March. A consultancy wrote in April that 48 mains burst.")
    groups = _groups(text)
    assert groups["40"] is not None
    assert groups["40"] == groups["55"] == groups["48"]
    groups = _groups("The relief agency said on Tuesday that 1,650 people had died. On "
                     "Wednesday the health ministry put the toll at 1,150 dead.")
    assert groups["1,650"] is not None and groups["1,650"] == groups["1,150"]


def test_a_figure_a_speaker_calls_unlikely_or_unsupported_is_not_theirs() -> None:
    got = _figures("\u201cOur best estimate is 180 otters. It is very unlikely to be 500,\u201d "
                   "said Dr Mia Lund.")
    assert got.get("180") == "Mia Lund" and "500" not in got
    got = _figures("\u201cWhat no survey supports, and what is not backed by any count, is "
                   "the figure of 500,\u201d said Dr Mia Lund.")
    assert "500" not in got
    # a bound someone gives is theirs: "unlikely to exceed"
    got = _figures("The true number is unlikely to exceed 900 otters, the surveyor said.")
    assert got.get("900") == "surveyor"


def test_a_counted_subject_with_what_it_is_for_keeps_its_own_noun() -> None:
    ex = extract_text("Anglers say 300 otters live on the river. Insurance claims for boats "
                      "damaged by otters rose to 1,150, the insurers' association "
                      "said.")
    q = {f.figure.text: f.quantity for f in ex.figures}
    assert q["1,150"] == "claim" and q["300 otters"] == "otter"


def test_a_study_brought_in_with_a_is_not_the_census_named_before() -> None:
    ex = extract_text("The river trust's annual census, published in March, counted 180 "
                      "otters.\n\n\"Our census is a minimum,\" said Jo Brankley, the trust's "
                      "director.\n\nA rival figure comes from researchers at Brisklow College. "
                      "A study published in the Journal of Freshwater Mammals in May used "
                      "camera traps and estimated the population at 240 otters.\n")
    assert len(ex.studies) == 2  # (it was merged into the census, "Our census" between)


def test_a_lower_case_word_that_looks_like_an_abbreviation_ends_its_sentence() -> None:
    # "mass." is no "Mass." (Massachusetts): the sentence after it has its own source
    got = _figures("The abbot said 2,000 pilgrims had attended the midnight mass. Police put "
                   "the attendance at 1,100.")
    assert got.get("2,000") == "abbot" and got.get("1,100") == "police"


def test_a_body_named_with_a_plural_owner_after_the_figure_is_the_source() -> None:
    got = _figures("About 300 ewes died in the snow, the hill farmers' union said.")
    assert got.get("300") == "hill farmers' union"
    got = _figures("Claims for roofs damaged by the gales rose to 2,300, the loss adjusters' "
                   "association said.")
    assert got.get("2,300") == "loss adjusters' association"


def test_a_he_after_a_semicolon_is_never_the_woman_who_opened_the_sentence() -> None:
    got = _figures("Dr Ruth Amadi and Professor Karl Veit disagree about the colony. She "
                   "puts the number of terns at 640; he says there are 410 terns.")
    assert got.get("640") == "Ruth Amadi"
    assert got.get("410") != "Ruth Amadi"


def test_a_figure_named_then_denied_is_nobodys_and_an_aside_keeps_the_subject() -> None:
    ex = extract_text("Campaigners say 8,000 people have left the island. The council says "
                      "the figure of 8,000 is not supported by any evidence.")
    # the council's sentence names it to deny it: the campaigners' figure alone has a source
    assert [f.source.name for f in ex.figures if f.source is not None] == ["campaigners"]
    got = _figures("Ana Vennick says 14,000 people were baptised. The diocese, relying on parish "
                   "registers, puts the number at fewer than 9,000.")
    assert got.get("9,000") == "diocese"


def test_counts_placed_in_two_places_are_two_questions_unless_one_is_placed_nowhere() -> None:
    groups = _groups("Police said 3,000 people marched in Leeds. In Bristol, organisers said "
                     "9,000 people marched.")
    assert groups["3,000"] is None or groups["3,000"] != groups["9,000"]
    # a figure placed nowhere may be of either place: one question still
    groups = _groups("The ministry said 41,000 people died. Officials in Aceh said 38,000 "
                     "people died. The Red Cross said 45,000 people died.")
    assert groups["41,000"] is not None
    assert groups["41,000"] == groups["38,000"] == groups["45,000"]


def test_counts_each_of_its_own_year_are_a_question_a_year() -> None:
    groups = _groups("The council said 800 trees were planted in 2021. The tree charity said "
                     "1,300 trees would be planted in 2025.")
    assert groups["800"] is None or groups["800"] != groups["1,300"]
    # one year, or a year only as a work's label: one question
    groups = _groups("The council said 800 trees were planted in 2021. The tree charity said "
                     "1,300 trees were planted in 2021.")
    assert groups["800"] is not None and groups["800"] == groups["1,300"]
