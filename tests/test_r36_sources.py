"""Stories of rents, harvests, farm incomes and emissions (round 36).

Writers who never saw the code wrote the stories these patterns come from; each test runs
on a text written for it: a monthly report is no monthly rate, a measuring verb's object
may be a phrase of several bare words, and "has the plant at" gives a figure as "puts the
plant at" does.
"""

from __future__ import annotations

from provenance.extract import extract_text


def _figures(text: str) -> dict[str, tuple[str | None, str, int | None]]:
    return {fc.figure.text: (fc.source.name if fc.source else None, fc.quantity, fc.group)
            for fc in extract_text(text).figures}


HARVEST = ("Wheat forecasts split\n\n"
           "The Farm Ministry on Thursday kept its estimate at 31.5 million tonnes in its "
           "monthly crop report, citing late rains.\n\n"
           "The Plains Grain Exchange cut its forecast to 28 million tonnes.\n")


def test_a_monthly_report_gives_its_figure_no_monthly_rate() -> None:
    figs = _figures(HARVEST)
    assert figs["31.5 million tonnes"][1] == "tonne"
    assert figs["31.5 million tonnes"][2] is not None  # (one question with the exchange's)
    assert figs["31.5 million tonnes"][2] == figs["28 million tonnes"][2]


def test_a_rate_after_its_figure_is_still_read() -> None:
    figs = _figures("Output\n\nThe mill said it ships 400 tonnes monthly. The union said "
                    "300 tonnes monthly.\n")
    assert figs["400 tonnes"][1] == "tonne per month"


INCOME = ("Dairy incomes disputed\n\n"
          "Penrith College's survey put average farm business income on dairy farms at "
          "£88,200 for 2024.\n\n"
          "North Country Milk Producers said its poll of members found an average income of "
          "£47,000 a farm.\n")


def test_a_measuring_verbs_object_may_be_several_bare_words() -> None:
    figs = _figures(INCOME)
    assert figs["£88,200"][0] == "Penrith College"
    assert figs["£88,200"][2] is not None and figs["£88,200"][2] == figs["£47,000"][2]


EMISSIONS = ("Cement works emissions\n\n"
             "The company's own report gives 1.1 million tonnes for 2023. The Environmental "
             "Protection Authority, which keeps the official emissions register, has the "
             "plant at 1.34 million tonnes for the same year.\n")


def test_has_the_thing_at_a_figure_is_the_subjects_figure() -> None:
    figs = _figures(EMISSIONS)
    assert figs["1.34 million tonnes"][0] == "Environmental Protection Authority"
    assert figs["1.34 million tonnes"][2] == figs["1.1 million tonnes"][2] is not None


THEFTS = ("Car thefts disputed\n\n"
          "The Police Department says 6,418 vehicles were stolen in 2023. Statistician Jane "
          "Fox, in a report released Tuesday, estimates the true number at 7,200.\n")


def test_a_report_in_the_aside_after_the_subject_is_the_subjects() -> None:
    assert _figures(THEFTS)["7,200"][0] == "Jane Fox"


def test_a_report_as_the_subject_still_gives_its_figure() -> None:
    text = THEFTS.replace("Statistician Jane Fox, in a report released Tuesday, estimates",
                          "A report released Tuesday estimates")
    assert _figures(text)["7,200"][0] == "Report"



CLOSURE = ("Plant closure\n\n"
           "The company puts the number of affected workers at 1,150. United Steelworkers "
           "Local 1104, which represents most of the hourly staff, says the true count is "
           "closer to 1,600.\n")


def test_a_union_locals_number_ends_its_name() -> None:
    assert _figures(CLOSURE)["1,600"][0] == "United Steelworkers Local 1104"


def test_a_number_after_a_wards_name_is_still_a_figure() -> None:
    text = ("Jobs\n\nIn Ward 3, 1,600 workers lost their jobs, the union said. The council "
            "said 900 workers did.\n")
    assert _figures(text)["1,600 workers"][0] == "the union"


def test_trips_and_boardings_on_a_line_are_one_count() -> None:
    text = ("Tram riders\n\n"
            "The transit authority says the line averages about 14,200 passenger trips each "
            "weekday. The state auditor found an average of 9,850 weekday boardings.\n")
    figs = _figures(text)
    assert figs["about 14,200 passenger trips"][2] is not None
    assert figs["about 14,200 passenger trips"][2] == figs["9,850 weekday boardings"][2]


APP = ("Murmur users disputed\n\n"
       "Murmur co-founder Elise Brandt says more than 12 million people use the app every "
       "month. Analytics firm Quantline estimates between 3.8 million and 4.4 million monthly "
       "active users.\n")


def test_people_counted_by_what_they_do_are_the_doers_counted() -> None:
    figs = _figures(APP)
    assert figs["more than 12 million people"][2] is not None
    assert figs["more than 12 million people"][2] == \
        figs["between 3.8 million and 4.4 million"][2]


def test_people_who_do_something_else_stay_apart_from_the_doers() -> None:
    text = APP.replace("12 million people use the app", "12 million people live in the region")
    figs = _figures(text)
    assert figs["more than 12 million people"][2] is None



def test_a_figure_the_next_sentence_calls_the_earlier_one_is_the_revised_one() -> None:
    text = ("Foundry closes\n\n"
            "The company says 1,150 jobs will go.\n\n"
            "Its number has already moved once. On Monday the company told county officials "
            "that about 900 positions would be eliminated. A spokeswoman said on Tuesday that "
            "the earlier figure was incomplete.\n")
    revised = {fc.figure.text: fc.revised for fc in extract_text(text).figures}
    assert revised == {"1,150 jobs": False, "about 900 positions": True}


def test_a_next_sentence_that_compares_calls_no_figure_the_earlier_one() -> None:
    text = ("Rough sleepers\n\nThe council counted 380 rough sleepers last spring. The "
            "council now counts 412 rough sleepers. That is well above its first count, "
            "officials said.\n")
    revised = {fc.figure.text: fc.revised for fc in extract_text(text).figures}
    assert revised["412 rough sleepers"] is False


RECALL = ("Air fryer recall\n\n"
          "The Consumer Product Safety Commission said it had logged 412 reports of the fryer "
          "melting or catching fire. Hearthly Appliances puts the number at 268.\n")


def test_reports_of_incidents_are_a_count() -> None:
    figs = _figures(RECALL)
    assert figs["412 reports"][0] == "Consumer Product Safety Commission"
    assert figs["412 reports"][2] is not None and figs["412 reports"][2] == figs["268"][2]


def test_the_few_reports_a_story_weighs_are_no_count() -> None:
    text = ("Fryers\n\nThe commission said it had reviewed 12 reports on the fryer from "
            "regulators abroad. The maker says 268 complaints.\n")
    assert _figures(text).get("12 reports", (None, "", None))[1] != "report"


def test_reports_taken_in_are_a_count() -> None:
    text = ("Fryers\n\nThe safety commission said it had 412 reports of fryers overheating. "
            "The maker says it received 268 reports.\n")
    figs = _figures(text)
    assert figs["268 reports"][2] is not None and figs["268 reports"][2] == \
        figs["412 reports"][2]


def test_a_share_of_everything_people_throw_away_is_no_share_of_people() -> None:
    text = ("Recycling\n\nMayor Carla Ostrander said the city now recycles 41 percent of "
            "everything our residents throw away.\n")
    assert _figures(text)["41 percent"][1] != "share of people"


AIR = ("How many bad-air days did the city have?\n\n"
       "The council's annual status report recorded 41 days above the guideline. Clean Air "
       "Halverton says pollution went over the guideline on 74 days. Government figures put "
       "the count at 58 days.\n")


def test_days_on_which_something_happened_are_a_count_in_dispute() -> None:
    figs = _figures(AIR)
    assert {figs[k][1] for k in ("41 days", "74 days", "58 days")} == {"day"}
    assert figs["41 days"][2] is not None
    assert figs["41 days"][2] == figs["74 days"][2] == figs["58 days"][2]


def test_the_question_of_counted_days_asks_how_many() -> None:
    from provenance.extract.draft import generate_draft
    draft = generate_draft(extract_text(AIR), AIR)
    assert "How many days" in draft and "How long is the time" not in draft


def test_a_length_of_time_said_in_passing_is_no_count_of_days() -> None:
    text = ("Waits\n\nThe hospital said the average wait was 22 days. The trial lasted 41 "
            "days over the summer. Tourists may stay 90 days under the new rule.\n")
    figs = _figures(text)
    assert figs["22 days"][1] != "day"
    assert all(q != "day" for _s, q, _g in figs.values())


def test_a_stay_in_an_article_that_counts_days_is_no_count_of_days() -> None:
    text = ("Ozone\n\nThe city recorded 41 days above the ozone limit last year. The hospital "
            "says the average stay for asthma patients was 6 days. Doctors say the typical "
            "stay is 4 days.\n")
    figs = _figures(text)
    assert figs["41 days"][1] == "day"
    assert figs["6 days"][1] != "day"


VACCINE = ("Drugmaker and regulator split over vaccine\n\n"
           "A vaccine made by Danish drugmaker Halvorsen Biologics prevented 84.6% of serious "
           "lung infections, the company said on Monday. That is slightly below the 86.1% "
           "efficacy Halvorsen announced in March. The European Medicines Agency puts it at "
           "71 percent.\n")


def test_the_company_is_the_firm_named_after_its_trade() -> None:
    assert _figures(VACCINE)["84.6%"][0] == "Halvorsen Biologics"


def test_the_company_stays_the_company_when_two_firms_are_named() -> None:
    from provenance.extract.figures import _firm_described_before
    text = ("Drugs\n\nA vaccine sold by distributor Volta Pharma and made by Danish drugmaker "
            "Halvorsen Biologics prevented 84.6% of infections, the company said.\n")
    assert _firm_described_before(text, text.index("the company")) is None
    assert _firm_described_before(VACCINE, VACCINE.index("the company")) is not None


def test_a_figure_of_what_a_source_announced_is_that_sources() -> None:
    assert _figures(VACCINE)["86.1%"][0] == "Halvorsen"


def test_a_bar_that_experts_set_gives_no_source() -> None:
    for bar in ("95% level", "95% requirement"):
        text = ("Measles\n\nCoverage is below the " + bar + " that experts say is needed. "
                "The state puts coverage at 89 percent.\n")
        figs = _figures(text)
        assert figs["89 percent"][0] == "state"
        assert figs.get("95%", (None, "", None))[2] is None  # (no side of the question)


KNIVES = ("Knife crime\n\nWestmere Police recorded 2,214 offences. The Office for National "
          "Statistics (ONS) gives 2,390. The two official counts, 2,214 from the force and "
          "2,390 from the ONS, differ slightly.\n")


def test_counts_named_by_their_number_are_no_source() -> None:
    sources = {fc.source.name if fc.source else None for fc in extract_text(KNIVES).figures}
    assert "two official" not in sources
    assert sources == {"Westmere Police", "Office for National Statistics"}


def test_two_officials_who_say_a_figure_are_its_source() -> None:
    text = "Knife crime\n\nTwo officials said 3,000 offences were recorded.\n"
    assert _figures(text)["3,000 offences"][0] == "Two officials"


def test_a_date_after_on_is_no_part_of_a_committees_name() -> None:
    from provenance.extract.figures import PROPER_RE
    dated = PROPER_RE.match("Senate Judiciary Committee on Oct. 3")
    named = PROPER_RE.match("Committee on Climate Change said")
    assert dated is not None and dated[0] == "Senate Judiciary Committee"
    assert named is not None and named[0] == "Committee on Climate Change"


TREES = ("FACT CHECK: Has Marlow County really planted a million trees?\n\n"
         "County Executive Raymond Doyle said the county had planted more than 1 million trees "
         "since 2020.\n\n"
         "The county’s parks department counts 684,500.\n")


def test_a_headline_questions_auxiliary_is_no_part_of_a_name() -> None:
    assert _figures(TREES)["684,500"][0] == "Marlow County"


def test_a_study_noun_before_a_number_is_a_verb() -> None:
    assert not any(s.noun == "counts" for s in extract_text(TREES).studies)


def test_a_county_office_holder_is_no_county() -> None:
    from provenance.extract.figures import _office_then_person
    assert _office_then_person("County Executive Raymond Doyle")
    assert not _office_then_person("Marlow County Parks Department")


PARKING = ("Parking tickets\n\n"
           "Officers said wardens had issued 142,300 infringement notices. A week later the "
           "council put the correct total at 138,950. The Ratepayers' Association puts the "
           "figure at more than 161,000. The council said the corrected total of 138,950 "
           "stands.\n")


def test_a_time_phrase_with_no_comma_leaves_the_subject_after_it() -> None:
    text = ("Parking tickets\n\nOfficers said wardens had issued 142,300 infringement "
            "notices. A week later the council put the correct total at 138,950.\n")
    assert _figures(text)["138,950"][0] in ("council", "the council")


def test_a_total_that_stands_counts_no_stands() -> None:
    figs = extract_text(PARKING).figures
    assert all(fc.figure.unit != "stands" for fc in figs)
    fair = extract_text("Fair\n\nOrganisers said 120 stands were booked. The council said 90 "
                        "stands.\n").figures
    assert any(fc.figure.unit == "stands" for fc in fair)


SHOPLIFTING = ("Shoplifting count disputed\n\n"
               "The Sheriff's Office puts the number of shoplifting reports filed in 2023 at "
               "14,212. That total is itself a correction: in February the office published a "
               "count of 13,870, which it raised last week.\n\n"
               "The Midstate Retail Association estimates that stores suffered more than 41,000 "
               "shoplifting incidents in 2023. A crime commission put the total at between "
               "19,000 and 23,000 incidents.\n")


def test_a_figure_which_its_source_raised_is_the_revised_one() -> None:
    figs = {fc.figure.text: fc for fc in extract_text(SHOPLIFTING).figures}
    assert figs["13,870"].revised and not figs["14,212"].revised
    assert figs["13,870"].source is not None and \
        figs["13,870"].source.name == "Sheriff's Office"


def test_incidents_reports_of_one_kind_of_happening_are_one_question() -> None:
    figs = _figures(SHOPLIFTING)
    groups = {figs[k][2] for k in ("14,212", "more than 41,000 shoplifting incidents",
                                   "between 19,000 and 23,000")}
    assert len(groups) == 1 and None not in groups


def test_an_adjective_before_incidents_names_no_kind() -> None:
    from provenance.extract.figures import _measure_noun
    assert _measure_noun("shoplifting incidents") == "shoplifting"
    assert _measure_noun("reported incidents") == "incident"
    assert _measure_noun("serious offences") == "offence"
    assert _measure_noun("fox complaints") == "complaint"  # (about foxes; no foxes)


LIVE = ("Air hearing: how many bad-air days?\n\n"
        "09:44\nEnvironmental health manager Gareth Pryce told the committee the status report "
        "recorded 41 days above the guideline.\n\n"
        "10:26\nDr Owen Hale of the University of Halverton presented a study. It estimates "
        "between 55 and 65 days, he said. “Low-cost sensors read high,” Hale said.\n\n"
        "10:49\nUpdate: Pryce has revised the council's figure. He told councillors that the "
        "count rises to 46 days. “I accept we under-reported,” he said.\n")


def test_a_live_pages_update_is_prose_and_its_pronoun_its_subject() -> None:
    speakers = {LIVE[s.spans[0][0]:s.spans[0][0] + 8]: s.speaker
                for s in extract_text(LIVE).statements}
    assert speakers["I accept"] == "Gareth Pryce"


def test_days_an_article_counts_are_counted_wherever_a_source_gives_them() -> None:
    figs = _figures(LIVE)
    assert figs["between 55 and 65"][1] == "day"
    assert figs["46 days"][1] == "day"


WHO_SAID = ("FACT CHECK: How big was the aspirin trial?\n\n"
            "We found different participant numbers in coverage of the same paper:\n\n"
            "- The Daily Courier (print and online, 4 March): \"more than 80,000 Britons\".\n"
            "- Northern Broadcaster (website, 4 March): 12,000 patients.\n\n"
            "The paper itself reports 8,143 participants.\n")


def test_a_who_said_what_lists_labels_are_its_sources() -> None:
    figs = _figures(WHO_SAID)
    assert figs["12,000 patients"][0] == "Northern Broadcaster"
    assert figs["more than 80,000 Britons"][0] == "Daily Courier"


def test_a_breakdowns_labels_are_no_sources() -> None:
    text = ("Jobs at risk\n\nThe company says 900 jobs will go:\n\n- Dunmere: 400 jobs\n"
            "- Kelby: 500 jobs\n")
    assert {s for s, _q, _g in _figures(text).values()} <= {"company", "the company", None}


def test_a_description_then_its_name_after_according_to_is_the_name() -> None:
    text = ("Statins\n\nMuscle symptoms were reported by 4.2% of people taking the drug, "
            "according to the manufacturer, Corvane Pharma.\n")
    assert _figures(text)["4.2%"][0] == "Corvane Pharma"


def test_an_office_in_capitals_then_its_holder_is_the_holder() -> None:
    text = ("Knife crime\n\nThe MP, Sandra Coyle, said there were more than 3,000 knife "
            "crimes.\n")
    assert _figures(text)["more than 3,000 knife crimes"][0] == "Sandra Coyle"


def test_review_guards_round_36() -> None:
    # each a near miss a rule of this round once fired on (the review's inputs, shortened)
    rides = _figures("Park\n\nThe park said its roller coaster gave 1.2 million rides. The city "
                     "said 400,000 trips were made to the park by bus.\n")
    assert rides["1.2 million rides"][1] != rides["400,000 trips"][1]
    ferry = _figures("Ferry\n\nThe ferry carries 3,000 passengers on a daily basis, the "
                     "operator says. Islanders say it carries 1,800 passengers a day.\n")
    assert ferry["3,000 passengers"][1] == ferry["1,800 passengers"][1]
    storm = _figures("Storm\n\nA day after the storm the fire service said 340 homes had "
                     "flooded.\n")
    assert "storm" not in (storm["340 homes"][0] or "")  # (no "storm the fire service")
    post = _figures("Layoffs\n\nThe Washington Post 12 days ago reported 400 layoffs.\n")
    assert post["400 layoffs"][0] == "Washington Post"
    knives = _figures("Knives\n\nPolice recorded 2,214 knife offences last year. An amnesty "
                      "took 3,000 knives off the streets, the Home Office said.\n")
    assert knives["2,214 knife offences"][1] != knives["3,000 knives"][1]
    uninsured = _figures("Uninsured\n\nSt Mary's Hospital has the longest waits in the region "
                         "at 22 weeks. The trust says the average is 14 weeks.\n")
    assert uninsured.get("22 weeks", (None,))[0] != "St Mary's Hospital"
    councils = _figures("Rough sleeping\n\nThe three councils report 1,200 people sleeping "
                        "rough. Charities say 2,000 people.\n")
    assert councils["1,200 people"][0] == "three councils"
    raised = extract_text("Complaints\n\nThe ombudsman said it had 4,100 complaints, which it "
                          "raised with ministers, in 2024.\n").figures
    assert not any(fc.revised for fc in raised)
    players = _figures("Game\n\nThe studio says 2 million players bought the game in its "
                       "first week. Analysts say 9 million people play it.\n")
    assert players["2 million players"][2] is None
    market = _figures("Market\n\nOrganisers say this year's market will have 85 stands. The "
                      "council licensed 60 stands.\n")
    assert "85 stands" in market and "60 stands" in market
    poll = extract_text("Plan\n\nA YouGov poll 3 weeks ago found 41% backed the plan.\n")
    assert poll.studies


def test_a_count_published_in_a_month_is_the_bodys_named_after_the_month() -> None:
    studies = extract_text(SHOPLIFTING).studies
    assert not any(s.organisation in ("February",) for s in studies)
    assert any(s.organisation == "Sheriff's Office" and s.noun == "count" for s in studies)


PODCAST = ("FULL TIME – Episode 88: Who's counting the concussions?\n\n"
           "PRIYA NAIR (HOST): Welcome back. With me are Dr Helen Cartwright, the league's "
           "chief medical officer, and Sam Okonkwo of the players' union. Helen, what's the "
           "number?\n\n"
           "DR HELEN CARTWRIGHT: Our injury report records 118 diagnosed concussions across "
           "the season.\n\n"
           "NAIR: Sam, your members don't accept that.\n\n"
           "SAM OKONKWO: No. We think there were more than 140 concussions.\n\n"
           "NAIR: Researchers at the Midlands Institute reviewed footage of every match. "
           "Their count was 161.\n\n"
           "CARTWRIGHT: It counts what looks like concussion on camera.\n")


def test_a_hosts_turns_by_surname_are_the_hosts_questions() -> None:
    speech = extract_text(PODCAST).statements
    assert not any(s.speaker == "Nair" for s in speech)
    assert {s.speaker for s in speech} == {"Helen Cartwright", "Sam Okonkwo"}


def test_a_count_a_host_relays_is_its_owners() -> None:
    figs = _figures(PODCAST)
    assert figs["161"][0] is not None and "Midlands Institute" in figs["161"][0]
    assert figs["161"][2] is not None and figs["161"][2] == figs["118 diagnosed concussions"][2]


def test_its_after_a_persons_body_is_that_body() -> None:
    text = ("Reoffending\n\nWhen Commissioner Harold Brennan told the Senate Judiciary Committee "
            "on Oct. 3 that one in four come back, he was rounding a figure his department "
            "has promoted all year. Its annual Outcomes Report puts the rate at 23 percent.\n")
    assert _figures(text)["23 percent"][0] == "department"


def test_second_review_guards_round_36() -> None:
    # the second review's inputs (shortened), each a rule of this round at its edge
    jobs = _figures("Jobs at risk\n\nThe company says 900 jobs will go:\n\n"
                    "- Dunmere (North plant): 400 jobs\n- Kelby: 500 jobs\n")
    assert jobs["400 jobs"][0] is None  # (a breakdown's bracket names no when or where)
    fire = _figures("Fire\n\nFire Station 9 said 40 homes burned. The council said 55 "
                    "homes.\n")
    assert fire["40 homes"][0] == "Fire Station 9" and fire["55 homes"][0] == "council"
    local = _figures("Strike\n\nTeamsters Local 2010 says 3,000 workers will strike.\n")
    assert local["3,000 workers"][0] == "Teamsters Local 2010"
    waits = _figures("Waits\n\nThe trust has its longest waits at 22 weeks, its chief said. "
                     "The union said 30 weeks.\n")
    assert "22 weeks" in waits  # (a superlative's figure kept; its subject no source)
    days = _figures("Roads\n\nThe city recorded 41 days above the limit. The council's log "
                    "shows 28 days; average traffic was 900 cars a day.\n")
    assert days["28 days"][1] == "day"
    drawn = extract_text("Jobs\n\nThe company said in March that 900 jobs would go. A "
                         "spokeswoman said the earlier figure was drawn up in haste.\n").figures
    assert [fc.revised for fc in drawn] == [False]  # (one figure: nothing to revise)
    month = extract_text("Shoplifting\n\nThe Sheriff's Office puts the count at 14,212. In "
                         "February the office published a count of 13,870.\n").studies
    assert not any(s.organisation == "February" for s in month)
    things = _figures("Buildings\n\nInspectors filed 320 building complaints. Engineers "
                      "say 150 buildings are unsafe.\n")
    assert things["320 building complaints"][1] != things["150 buildings"][1]
    about = _figures("Complaints\n\nPolice recorded 1,900 fraud complaints. The ombudsman "
                     "said it received 2,600 complaints about its service.\n")
    assert about["2,600 complaints"][2] is None or \
        about["2,600 complaints"][2] != about["1,900 fraud complaints"][2]


def test_a_headline_kicker_ending_in_a_quotation_is_no_statement() -> None:
    text = ("BREAKING: Minister resigns over \"a 40% cut we cannot accept,\" she says.\n\n"
            "The minister resigned on Monday.\n")
    assert extract_text(text).statements == []


def test_a_surname_two_voices_share_is_no_hosts() -> None:
    text = ("Council meeting\n\nSARAH KHAN (CHAIR): Welcome. Councillor, how many homes?\n\n"
            "ALI KHAN: We count 412 homes on the list.\n\nSARAH KHAN (CHAIR): And the "
            "charity?\n\nJO REED: About 600 homes.\n\nKHAN: 412 is the right number.\n")
    said = {s.quote: s.speaker for s in extract_text(text).statements}
    assert said.get("412 is the right number.") == "Ali Khan"  # (no host's question)


def test_a_live_pages_one_line_update_keeps_its_figure() -> None:
    text = ("Hearing\n\n10:49\nUpdate: The council now says the count is 46 days.\n\n"
            "11:05\nCampaigners put the count at 74 days.\n")
    assert _figures(text)["46 days"][0] == "council"
    note = ("Storm\n\nUpdate: This story has been updated to say the council counted 340 "
            "homes.\n\nThe council said 300 homes flooded.\n")
    assert "340 homes" not in _figures(note)  # (the page's note that it was updated)


def test_later_the_same_day_leaves_the_subject_after_it() -> None:
    text = "Storm\n\nLater the same day the fire service said 340 homes had flooded.\n"
    assert _figures(text)["340 homes"][0] == "fire service"
