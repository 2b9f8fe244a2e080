"""Round 16: a source that counts the disputed thing by another noun is still a side of the
dispute. "About 900,000 customers lost mobile service" beside "1.2 million people lost
mobile service" is one question with three answers, not a question with two and a figure
left over; "90,000 homes lost power" beside "61,500 people had evacuated" stays apart.
Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from provenance.extract import extract_text
from tests.figurecases import questions


def _groups(body: str) -> dict[str, int | None]:
    return {fc.figure.text: fc.group for fc in extract_text(body).figures}


OUTAGE = ("Regulators said 1.2 million people lost mobile service on Tuesday. The Handset "
          "Owners' Forum said up to 1.5 million people lost service. Quillnet Mobile said "
          "about 900,000 customers lost mobile service.\n")


def test_a_count_by_another_noun_joins_the_one_question(tmp_path: Path) -> None:
    ((q, positions),) = questions(OUTAGE, tmp_path).items()
    assert len(positions) == 3, positions
    assert any("Quillnet" in p for p in positions), positions
    # the question keeps the name its first answers give it
    assert q.startswith("How many people lost mobile service"), q


def test_a_count_of_what_else_happened_stays_out() -> None:
    g = _groups("Governor Orla Finnegan said 61,500 people had evacuated. The Red Cross said "
                "45,000 people had fled the valley. More than 90,000 homes lost power, "
                "according to Sunmere Energy.\n")
    assert g["61,500 people"] == g["45,000 people"] is not None
    assert g["More than 90,000 homes"] is None


def test_what_a_source_has_is_no_figure_it_gives() -> None:
    g = _groups("The charity said about 3,000 people died of the fever last year. Officials "
                "said 1,800 people died. Aid worker Tomas Kovac said the charity's tally rests on "
                "the logs of its 2,400 volunteers.\n")
    assert g["about 3,000 people"] is not None
    assert g["2,400 volunteers"] is None


def test_a_figure_set_beside_for_comparison_stays_out() -> None:
    g = _groups(OUTAGE.replace(
        "Quillnet Mobile said about 900,000 customers lost mobile service.",
        "By comparison, about 1.1 million customers lost mobile service in the network's "
        "last failure, Quillnet Mobile said."))
    assert g["about 1.1 million customers"] is None


def test_a_share_of_things_is_no_answer_to_a_share_of_people() -> None:
    g = _groups("Pollsters at Castlegrove said 12% of adults never use cash. The Savers' "
                "Union said 18% of adults never use cash. The Central Bank said notes and coins "
                "made up 15 per cent of till payments.\n")
    assert g["12%"] == g["18%"] is not None
    assert g["15 per cent"] is None


STORM = ("The network operator said 12,000 subscribers lost mobile service in the storm. The "
         "Ottiline Residents' Association said 16,000 subscribers lost mobile service. Sunmere "
         "Telecom said 20,000 customers lost mobile service in the storm, and the Marrowby "
         "regulator said about 24,000 customers lost mobile service.\n")


def test_the_only_two_questions_of_a_count_are_one_dispute(tmp_path: Path) -> None:
    ((q, positions),) = questions(STORM, tmp_path).items()
    assert len(positions) == 4, positions
    assert q.startswith("How many subscribers lost mobile service"), q


def test_two_counts_of_what_was_done_differently_stay_two_questions(tmp_path: Path) -> None:
    text = ("The forestry office said 12,000 trees were felled for the bypass. Campaigners "
            "from Save Ottiline Woods said 15,000 trees were felled. The contractor Marrowby "
            "Civils said 9,000 saplings had been planted along the bypass, and the county "
            "ecologist said only 6,000 saplings had been planted.\n")
    g = _groups(text)
    assert g["12,000 trees"] == g["15,000 trees"] is not None
    assert g["9,000 saplings"] != g["12,000 trees"]


def test_the_dead_and_the_injured_stay_two_questions(tmp_path: Path) -> None:
    text = ("Police said 12 people died in the crash and 30 were injured. The hospital said "
            "15 people died. Paramedics said 25 people were injured, and the fire service "
            "said 28 people were injured.\n")
    asked = questions(text, tmp_path)
    assert len(asked) == 2, asked
    died = next(p for q, p in asked.items() if "died" in q)
    assert sorted(p.split()[0] for p in died) == ["12", "15"], died


def test_a_figure_far_from_every_other_answer_leaves_the_question() -> None:
    g = _groups("The ferry owners' group Tidewell says the average day-tripper spends $95 "
                "ashore. Harbour trader Nell Ashby said: \"On a good Saturday I take $8,000 "
                "before lunch.\" The town council said visitors spend about $60 each.\n")
    assert g["$95"] == g["about $60"] is not None
    assert g["$8,000"] is None


def test_a_figure_reckoned_by_estimating_or_arriving_at_is_read() -> None:
    from tests.figurecases import quantities

    found = quantities("The tourism office said day-trippers spend $80 each in the town. "
                       "Traders said visitors spend $120 each. An independent review "
                       "for the council split the difference, estimating visitor spending "
                       "at about $95 a head.\n")
    assert "about $95" in found, found
    found = quantities("The regional board said 18 per cent of bids were funded. The "
                       "Scholars' Union said the real share was nearer 11 per cent. The "
                       "Campus Ledger think tank disputes both. Its analysis of the board's "
                       "figures, with the rejected outline bids added back in, arrived at "
                       "14.2 per cent.\n")
    assert found.get("14.2 per cent") == "share of bid", found


def test_a_share_of_an_age_group_is_not_the_populations(tmp_path: Path) -> None:
    text = ("The national eye survey found 9% of adults needed glasses to drive. The "
            "optometrists' council Clearsight said 14% of adults needed glasses to drive. "
            "Among those aged 60 or older, the figure reached 40%, the survey found.\n")
    ((_q, positions),) = questions(text, tmp_path).items()
    assert not any(p.startswith("40") for p in positions), positions
    assert _groups(text)["40%"] is None


def test_a_figure_its_people_give_is_the_bodys_not_its_patrons() -> None:
    from tests.figurecases import sources

    got = sources("The Ferrycombe Otter Trust said about 40 otters live on the river. Anglers "
                  "said more than 90 otters live there. The third estimate is the Western "
                  "Rivers Mammal Programme's, a study backed by the Wessex Water Board. Using "
                  "drone footage, its ecologists put the number at about 55.\n")
    assert got["about 55"] == "Western Rivers Mammal Programme", got


def test_another_occasion_or_a_part_of_the_population_stays_out() -> None:
    g = _groups(OUTAGE + "Last year about 1.1 million customers lost mobile service in a "
                "similar outage, Quillnet Mobile said.\n")
    assert g["about 1.1 million customers"] is None
    g = _groups("Unicef said 2.4 million children were out of school. The education ministry "
                "said 1.9 million children were out of school. The charity Ottiline Aid said "
                "900,000 girls were out of school.\n")
    assert g["2.4 million children"] == g["1.9 million children"] is not None
    assert g["900,000 girls"] is None


def test_a_crowd_figure_far_below_the_others_is_still_the_dispute(tmp_path: Path) -> None:
    text = ("Police said 8,000 people joined the protest. Organisers said 100,000 people "
            "joined it. A consortium of researchers at Marrowby University estimated 90,000 "
            "people joined.\n")
    ((_q, positions),) = questions(text, tmp_path).items()
    assert any(p.startswith("8,000") for p in positions), positions


def test_its_people_are_the_subjects_body_not_a_place_or_another_named() -> None:
    from tests.figurecases import sources

    got = sources("The Ottiline Angling Trust disputes a report by the Marrowby Fisheries "
                  "Agency. Its biologists counted 300 salmon in the loch this year. The "
                  "agency said there were 700 salmon.\n")
    assert got["300 salmon"] == "Ottiline Angling Trust", got
    got = sources("The Green Party commissioned a count of potholes in North Ottiline. Its "
                  "members counted 14,000 potholes. The county council said there were 9,000 "
                  "potholes.\n")
    assert got["14,000 potholes"] == "Green Party", got


def test_the_question_whose_answers_say_the_same_takes_the_figure() -> None:
    text = OUTAGE + ("The ambulance service said 420 emergency calls failed to connect. "
                     "Quillnet Mobile said 310 calls had failed.\n")
    g = _groups(text)
    assert g["about 900,000 customers"] == g["1.2 million people"] is not None
    assert g["420 emergency calls"] == g["310 calls"] != g["1.2 million people"]


def test_what_a_body_has_and_a_place_are_no_guessed_source() -> None:
    from tests.figurecases import sources

    got = sources(OUTAGE + "Quillnet, which has 14 million customers in the UK, said it would "
                  "pay £10 to every affected customer.\n")
    assert got["14 million customers"] is None, got


def test_it_found_is_the_study_the_sentence_before_names() -> None:
    from tests.figurecases import sources

    got = sources("The ministry said 300 people fell ill. The 2023 Ottiline Health Survey "
                  "tested 5,000 adults. It found that 1,500 people fell ill.\n")
    assert got["1,500 people"] == "Ottiline Health Survey", got


def test_guards_found_by_the_third_review() -> None:
    from tests.figurecases import quantities, sources

    # a participle is no death: the patients were evacuated
    assert quantities("About 300 patients dying of cancer were evacuated from the hospice "
                      "when the fire began, the brigade said.\n")["About 300 patients"] != "death"
    # a time of day is no figure
    assert not quantities("The plane arrived at 14.20 local time, the airport said.\n")
    # the body the sentence before is about, past a time or a report's maker
    got = sources("On Sunday the Ottiline Angling Trust disputed a report by the Marrowby "
                  "Rivers Agency. Its biologists counted 55 otters on the loch. The agency "
                  "said 30 otters lived there.\n")
    assert got["55 otters"] == "Ottiline Angling Trust", got
    got = sources("A report by the Ottiline Angling Trust criticises the Marrowby Rivers "
                  "Agency. Its ecologists counted 200 dead fish in the river. The agency said "
                  "80 fish died.\n")
    assert got["200 dead fish"] == "Ottiline Angling Trust", got
    # another service, another day
    g = _groups(OUTAGE.replace("about 900,000 customers lost mobile service",
                               "about 900,000 customers lost broadband service"))
    assert g["about 900,000 customers"] is None
    g = _groups(OUTAGE.replace("about 900,000 customers lost mobile service",
                               "about 900,000 customers lost mobile service on Wednesday"))
    assert g["about 900,000 customers"] is None


def test_a_quoted_rival_total_that_names_the_bill_stays() -> None:
    g = _groups("The council said the repairs cost £40,000. Contractors said they cost £45,000. "
                "The insurer put the bill at £38,000. \"The real bill was £500,000,\" said "
                "councillor Ann Tremaine.\n")
    assert g["£500,000"] == g["£40,000"] is not None


def test_a_count_made_and_a_count_lost_are_two_questions(tmp_path: Path) -> None:
    text = ("The carmaker said the new plant would create 400 jobs. The union said 900 jobs "
            "would be lost at the old site. Analysts at Marrowby said 300 jobs would be "
            "created, while the council said 700 jobs would be lost.\n")
    asked = questions(text, tmp_path)
    assert len(asked) == 2, asked
    made = next(p for q, p in asked.items() if "create" in q)
    assert sorted(x.split()[0] for x in made) == ["300", "400"], made
    g = _groups("The council said 2,000 trees were felled for the road. Campaigners said "
                "only 800 trees had been planted to replace them.\n")
    assert g["2,000 trees"] is None and g["only 800 trees"] is None
    # a rebuttal that says neither stays with the figure it rebuts
    g = _groups("The carmaker says its new plant will create 2,000 jobs. The metalworkers' "
                "union puts the total nearer 800.\n")
    assert g["2,000 jobs"] == g["800"] is not None
