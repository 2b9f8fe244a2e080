"""Round 29: who gives a figure, and which figures are found, in constructions reporters
use every day that the draft read wrong: a survey that "put the population at", a
trailing "the coroner's office said", an unnamed spokesperson of the body just named, "Its
May 2024 report", a report's title set beside it, "the group" after a body named with
"the", "by doctors at", a headline's "Redfern mayor says", a place's people, "a fall of".

Texts written for these tests (names invented); each test names the construction it
guards and failed on b621f31, before this round's rules, except those named as guards of
the places the rules must not fire.
"""

from __future__ import annotations

from pathlib import Path

from provenance.extract import extract_text

from .figurecases import draft_yaml
from .figurecases import figures as _figures
from .figurecases import grouped as _grouped


def test_a_survey_that_puts_the_population_at_a_figure_gives_it() -> None:
    # "The agency's survey put the population at about 420 animals": the survey's finding;
    # before, "survey ... 420 animals" read as the survey's sample and the figure was lost
    got = _figures("Beavers\n\nThe Norland Wildlife Agency's survey put the population at "
                   "about 420 animals. Volunteers say there are far fewer.\n")
    assert got["about 420 animals"][0] == "Norland Wildlife Agency"


def test_guards_a_survey_of_households_is_a_sample() -> None:
    # guard: "a survey of 2,400 households" is how many were asked, no figure
    got = _figures("Rents\n\nThe council's survey of 2,400 households found rents rose "
                   "11 per cent.\n")
    assert "2,400 households" not in got


def test_a_trailing_office_of_a_post_gives_the_figure() -> None:
    # "..., the regional coroner's office said on Monday": the office; before, no source
    got = _figures("Overdoses\n\nAt least 180 people died of overdoses in Harlow Bay last "
                   "year, the regional coroner's office said on Monday.\n")
    assert got["At least 180 people"][0] == "regional coroner's office"


def test_an_unnamed_spokesperson_speaks_for_the_body_just_named() -> None:
    # "The regional Ministry of Transport disputes that. A spokesperson said ...": the
    # ministry; before, the figure's source was "spokesperson"
    got = _figures("Buses\n\nCampaigners say 90 routes were cut. The regional Ministry of "
                   "Transport disputes that. A spokesperson said about 35 routes had been cut "
                   "since 2019.\n")
    assert got["about 35 routes"][0] == "Ministry of Transport"


def test_its_report_of_a_month_and_year_is_the_bodys() -> None:
    # "Its May 2024 report estimated that more than 640 ...": "May" before its year is the
    # month, no modal verb; before, the report was no study and the figure had no source
    got = _figures("Clinics\n\nThe Harrowfield Midwives' Union offers another figure. Its "
                   "May 2024 report estimated that more than 60 clinics had closed.\n")
    assert got["more than 60 clinics"][0] == "Harrowfield Midwives' Union"


def test_a_reports_title_set_beside_it_is_no_source() -> None:
    # "Its report, Doors Shut Early, estimated": the title is the report's, the union gives
    # the figure; before, the title was read as a person who said it
    got = _figures("Clinics\n\nThe Harrowfield Midwives' Union offers another figure. Its "
                   "report, Doors Shut Early, estimated that more than 60 clinics had "
                   "closed.\n")
    assert got["more than 60 clinics"][0] == "Harrowfield Midwives' Union"


def test_the_group_after_a_title_in_quotes_is_the_group_named_before() -> None:
    # "A campaign group, the Right to Counsel Network, ... In a report titled 'Waiting
    # Rooms', the group estimated": the network (its name with "the" and "to"); before, the
    # title in quotation marks was taken for "the group"
    got = _figures("Detention\n\nThe prisons service says 1,900 people are held without "
                   "trial. A campaign group, the Right to Counsel Network, puts the number "
                   "higher. In a report released last week, titled 'Waiting Rooms', the group "
                   "estimated that between 2,600 and 2,900 people were held without trial.\n")
    assert got["between 2,600 and 2,900"][0] == "Right to Counsel Network"


def test_a_study_by_doctors_at_a_hospital_is_the_hospitals() -> None:
    # "An analysis of the same trials by doctors at Kelloway General Hospital ... put the
    # rate at": the hospital; before, "Same trials"
    got = _figures("Side effects\n\nThe maker says 2 per cent of patients had rashes. A "
                   "separate analysis of the same trials by doctors at Kelloway General "
                   "Hospital, published on Monday, put the rate at about one in 20 "
                   "patients.\n")
    assert got["one in 20"][0] == "Kelloway General Hospital"


def test_a_headlines_mayor_of_a_place_is_the_mayor_the_story_names() -> None:
    # "... as Brackley Falls mayor says 2,000 homes hit": the mayor the story names
    # ("Brackley Falls Mayor Jon Petrakis"); before, "Brackley Falls" was the source
    got = _figures("Flood count disputed as Brackley Falls mayor says 2,000 homes hit\n\n"
                   "The county puts the number at 1,200 homes. Brackley Falls Mayor Jon "
                   "Petrakis says the real number is far higher.\n")
    assert got["2,000 homes"][0] == "Jon Petrakis"


def test_a_places_people_of_a_kind_speak_for_themselves() -> None:
    # "The county's school nurses say the true figure is nearer two thirds": the nurses,
    # not the county's government; before, "county"
    got = _figures("Vaccines\n\nThe health board says 80 per cent of pupils have had a "
                   "first dose. The county's school nurses say the true figure is nearer two "
                   "thirds.\n")
    assert got["nearer two thirds"][0] == "school nurses"


def test_guards_a_companys_people_are_the_company() -> None:
    # guard: "The company's engineers say" is the company's figure
    got = _figures("Outage\n\nThe company's engineers say 400 homes were hit.\n")
    assert got["400 homes"][0] == "company"


def test_a_fall_of_is_a_loss_beside_a_count_of_closures() -> None:
    # "... and 2,860 in 2024, a fall of 310" beside "more than 500 beds had closed": both
    # count beds lost, one question; before, "a fall" said no direction and joined neither
    got = _figures("Beds\n\nThe Orla Nurses' Union estimated that more than 500 beds had "
                   "closed across the region since 2019. The health ministry says 60 beds "
                   "were added last year. Figures from the Lanark Health Data Institute show the "
                   "region had 3,170 beds in 2019 and 2,860 in 2024, a fall of 310.\n")
    assert _grouped(got, "more than 500 beds", "310")


def test_a_name_never_runs_across_a_full_stop() -> None:
    # "... First Baptist Church in Corley. Westline's outage line ...": "Corley. Westline"
    # is no name; before, the headline's "Westline says" went to a person "Corley"
    ex = extract_text("Westline says 9,200 homes still without power; county puts real "
                      "number far higher\n\nHALVERTON — Westline Electric Cooperative, which "
                      "serves most of the county, said Thursday that 9,200 homes remained "
                      "without service. The county says the number is nearer 15,000 homes."
                      "\n\nWarming centres are open at Halverton Middle School and First "
                      "Baptist Church in Corley. Westline's outage line is 1-800-555-0142.\n")
    said = [f.source.name if f.source else None for f in ex.figures
            if f.figure.text == "9,200 homes"]
    assert said == ["Westline Electric Cooperative"] * 2  # (the headline's and the body's)


def test_a_participle_inside_an_opening_phrase_is_not_the_verb() -> None:
    # "In an update issued late on Tuesday, the coroner's office raised its count to 219":
    # the office; before, "issued" was read as the verb and the figure had no source
    got = _figures("Overdoses\n\nAt least 212 people died last year, the coroner said. In an "
                   "update issued late on Tuesday, the coroner's office raised its count to "
                   "219 after seven cases were closed.\n")
    assert got["219"][0] == "the coroner"


def test_a_time_phrase_is_never_a_body_introduced() -> None:
    # "..., the council said. On Tuesday, the council raised its count": "On Tuesday" is
    # when; before, the first figure's "the council" was named "On Tuesday"
    got = _figures("Toll\n\nAt least 212 people died, the council said. On Tuesday, the "
                   "council raised its count to 219 after seven cases were closed.\n")
    assert got["At least 212 people"][0] != "On Tuesday"


def test_a_names_figure_with_a_hedge_is_the_names() -> None:
    # "Senator Calloway's nearly 31,000 figure rests on redundancy notices": the
    # senator's, of the jobs the article counts; before, no source and "rests" as a unit
    got = _figures("Jobs\n\nThe union says 14,600 jobs were lost. \"The valley has lost its "
                   "heart,\" Senator Ann Harrow said in a speech.\n\nSenator Harrow's nearly "
                   "30,000 figure rests on redundancy notices, which double-count.\n")
    assert got["nearly 30,000"][0] == "Ann Harrow"
    assert _grouped(got, "14,600 jobs", "nearly 30,000")


def test_a_length_of_time_said_again_is_the_same_figure() -> None:
    # '"Twenty-two weeks is still too long," he said': the 22 weeks the department gave,
    # said again by the minister; before, a length of time in a quotation was dropped
    got = _figures("Hip waits\n\nThe department says the median wait is 22 weeks. Health "
                   "Minister Colm Rafferty repeated the figure on radio. \"Twenty-two weeks is "
                   "still too long,\" he said. Opposition leader Niamh Dorrigan says patients "
                   "wait 40 weeks.\n")
    assert got["Twenty-two weeks"][0] == "Colm Rafferty"


# Guards from a review of this round's rules (each misfired on a first version of them).

def test_guards_a_study_that_placed_sensors_at_schools_found_no_120() -> None:
    got = _figures("Air quality\n\nThe Harlow Clean Air Trust study placed sensors at 120 "
                   "schools over the winter. It found that 45 schools breathed air above the "
                   "legal limit. The council says only 12 schools are affected.\n")
    assert "120 schools" not in got
    assert _grouped(got, "45 schools", "only 12 schools")


def test_guards_a_spokesman_is_not_the_body_named_as_an_object() -> None:
    # "Police were called to ... Northway Bank. A spokesman said": not the bank's
    got = _figures("Robbery\n\nPolice were called to the Aldgate branch of Northway Bank on "
                   "Friday morning. A spokesman said three men were arrested and about 40,000 "
                   "pounds was recovered.\n")
    assert got["about 40,000 pounds"][0] != "Northway Bank"


def test_guards_a_rival_poll_named_beside_it_is_the_pollsters() -> None:
    got = _figures("Referendum\n\nA Norland Times poll put support for independence at 44 "
                   "per cent. A rival poll, YouGov, put it at 38 per cent.\n")
    assert got["38 per cent"][0] == "YouGov"
    assert _grouped(got, "44 per cent", "38 per cent")


def test_guards_a_former_mayor_is_not_the_mayor_a_headline_means() -> None:
    got = _figures("Flood count disputed as Brackley mayor says 2,000 homes hit\n\nThe county "
                   "puts the number at 1,200 homes. Former Brackley Mayor Jon Petrakis, now a "
                   "county commissioner, says the county count is right.\n")
    assert got["2,000 homes"][0] != "Jon Petrakis"


def test_guards_a_places_officials_speak_for_its_government() -> None:
    got = _figures("Measles\n\nParents say 40 children have been infected. The county's "
                   "health officials say 12 cases have been confirmed.\n")
    assert got["12 cases"][0] == "county"


def test_guards_falls_drop_in_and_declined_to_say_no_loss() -> None:
    # a place ("Cedar Falls"), "drop-in", "declined to", the season: no count going down
    for text, a, b in (
            ("Factory jobs\n\nHarlow Motors says its new factory will create 900 jobs. The "
             "union says the Cedar Falls factory will bring only 300 jobs.\n",
             "900 jobs", "only 300 jobs"),
            ("Teachers\n\nThe district says it hired 300 teachers this year. The teachers "
             "union says only 120 teachers started in the fall.\n",
             "300 teachers", "only 120 teachers"),
            ("Nurses\n\nThe ministry says 500 nurses were hired last year. The union says the "
             "ministry declined to share data showing only 200 new nurses.\n",
             "500 nurses", "only 200 new nurses")):
        assert _grouped(_figures(text), a, b), text


def test_a_body_by_what_it_does_is_not_what_it_acts_on() -> None:
    # "The joint venture building Harrowgate's Westbrook tram line has raised its estimate
    # ... Calder Moss Joint Venture (CMJV) had put": the venture, named next; before,
    # "Harrowgate's Westbrook", the object of "building"
    got = _figures("Tram\n\nThe joint venture building Harrowgate's Westbrook tram line has "
                   "raised its estimate of the project's cost overrun to £96m. Calder Moss "
                   "Joint Venture (CMJV) had put the overrun at £70m in September. A council "
                   "review puts the overrun at £150m.\n")
    assert got["£96m"][0] == "Calder Moss Joint Venture"
    assert _grouped(got, "£96m", "£150m")


def test_the_next_sentences_body_is_not_the_one_named_by_its_initials() -> None:
    # "Calder Moss Joint Venture (CMJV) had put the overrun at £70m. The council puts it at
    # £150m": the council; before, the body the sentence before opened with, by its
    # initials, as if "the council" were another name for it
    got = _figures("Tram\n\nCalder Moss Joint Venture (CMJV) had put the overrun at £70m in "
                   "September. The council puts it at £150m.\n")
    assert got["£150m"][0] == "council"


def test_a_fact_checks_claim_with_its_source_in_brackets() -> None:
    # 'CLAIM: "There are now more than 400 lynx ..." (Facebook post by the Carrow Sheep
    # Farmers' Association, 2 October)': the association's claim, and so the headline's
    # question about it; before, the quotation had no speaker and the figures no source
    text = ("FACT CHECK: Are there really 400 lynx in the Carrow hills?\n\nBy Ana Lind | "
            "CheckPoint | 9 October\n\nCLAIM: \"There are now more than 400 lynx in the "
            "Carrow hills, and they are killing sheep every night.\" (Facebook post by the "
            "Carrow Sheep Farmers' Association, 2 October)\n\nVERDICT: Misleading. The "
            "wildlife directorate counted 180 lynx last winter.\n")
    ex = extract_text(text)
    assert [s.speaker for s in ex.statements] == ["Carrow Sheep Farmers' Association"]
    got = _figures(text)
    assert got["more than 400 lynx"][0] == "Carrow Sheep Farmers' Association"
    assert _grouped(got, "more than 400 lynx", "180 lynx")


def test_a_fact_checks_claim_with_a_person_in_brackets() -> None:
    # '"One in four rural homes ..." (Ines Marcello, opposition digital spokesperson, ...)'
    got = _figures("FACT CHECK: Is one rural home in four without broadband?\n\nTHE CLAIM: "
                   "\"One in four rural homes in this province still cannot get a decent "
                   "broadband connection.\" (Ines Marcello, opposition digital spokesperson, in "
                   "a press release on 3 March)\n\nThe regulator says 9 per cent of rural homes "
                   "lack a decent connection.\n")
    assert got["One in four"][0] == "Ines Marcello"


def test_a_fact_checks_claim_after_a_dash_with_the_speakers_role_first() -> None:
    # '"We have lost 900 beds ..." - Opposition health critic Dana Okoro, in the
    # legislature, May 27': the critic; before, "Opposition" alone was no whole name
    got = _figures("FACT CHECK: Has the region lost 900 hospital beds?\n\nTHE CLAIM: \"We "
                   "have lost 900 beds in this region since 2018, and the government wants you "
                   "to believe it's business as usual.\" - Opposition health critic Dana Okoro, "
                   "in the legislature, May 27.\n\nOUR RATING: Misleading. The ministry says "
                   "the region has lost about 240 beds.\n")
    assert got["900 beds"][0] == "Dana Okoro"
    assert _grouped(got, "900 beds", "about 240 beds")


def test_guards_a_bracket_after_a_quotation_that_names_no_one() -> None:
    # guard: '"…" (emphasis added)', '"…" (Reuters)': no speaker of the quotation
    ex = extract_text("Budget row\n\nThe minister said the plan was sound. \"We will not cut "
                      "a single school,\" (emphasis added) was the line. \"It is a fair "
                      "budget for every family in this county.\" (Reuters)\n")
    assert "Reuters" not in [s.speaker for s in ex.statements]


def test_guards_second_review_traps() -> None:
    # a comma inside a number is no end of a participle's clause; a company's accounts
    # record; a charity named "After Adoption"; "22 weeks ago" and a patient's own wait are
    # no said-again measure; a storm's estimate is no storm's figure
    got = _figures("Covid cases rise again\n\nIn its weekly bulletin the health ministry "
                   "reported 12,400 new cases, up from 9,800 a week earlier.\n")
    assert got["12,400 new cases"][0] == "health ministry"
    got = _figures("Harland posts loss\n\nThe company's accounts recorded a loss, its first "
                   "in a decade, of £12m. Analysts had expected a loss of £8m.\n")
    assert got["£12m"][0] == "company"
    got = _figures("Adoption waits\n\nSome 2,300 children are waiting to be adopted, "
                   "according to a charity that supports adoptive families. After Adoption, a "
                   "charity based in Manchester, says the wait has doubled since 2019.\n")
    assert got["Some 2,300 children"][0] == "After Adoption"
    ex = extract_text("Hip waits\n\nThe department says the median wait for a hip operation "
                      "is 22 weeks. Health Minister Colm Rafferty, who took office 22 weeks ago, "
                      "said the figure would fall. \"I waited 22 weeks just to see a "
                      "consultant,\" said patient Ann Dorgan, 71.\n")
    assert [f.source.name if f.source else None for f in ex.figures] == ["department"]
    got = _figures("Flood damage bill rises\n\nStorm Darragh's £40m estimate covered only "
                   "insured homes, the Association of British Insurers said.\n")
    assert got["£40m"][0] == "Association of British Insurers"


def test_guards_a_contractor_who_is_a_person_is_not_the_firm_before() -> None:
    # "Tom Reyes, a roofing contractor ... The contractor counted 90 homes": never the firm
    # named before ("the contractor says" is a body's word, not a firm's own name)
    got = _figures("Leaking homes\n\nHalden Homes says 12 of the 300 new homes on the estate "
                   "have leaking roofs. \"It is far worse than that,\" said Tom Reyes, a "
                   "roofing contractor who worked on the site. The contractor counted 90 homes "
                   "with leaks.\n")
    assert got["90 homes"][0] != "Halden Homes"


def test_a_verbs_particle_in_is_no_scope() -> None:
    # "Our reps signed in 4,236 members at nineteen sites": the union's count; before, "in
    # 4,236" read as a scope ("in 12 states") and the figure was dropped
    got = _figures("Strike\n\nThe health board says nearer 1,900 staff walked out.\n\nASANTE "
                   "(UNION): Our reps signed in 4,236 members at nineteen sites by ten "
                   "o'clock.\n")
    assert "4,236 members" in got


def test_a_claim_by_a_body_that_holds_the_figure() -> None:
    # "repeats a claim by the Migraine Voices Network, a patient charity, that 'one in five
    # people' ...": the network's; before, no source
    got = _figures("Drug\n\nA post repeats a claim by the Tinnitus Voices Network, a patient "
                   "charity, that \"one in five people\" prescribed the drug develop tinnitus. "
                   "The regulator says 1 in 250.\n")
    assert got["one in five"][0] == "Tinnitus Voices Network"
    assert _grouped(got, "one in five", "1 in 250")


def test_volunteers_after_a_body_are_the_bodys() -> None:
    # "The Free Range Mustang Coalition says the state has overcounted. Volunteers
    # photographed and catalogued 648 horses": the coalition's count
    got = _figures("Horses\n\nThe state counts 1,400 horses. The Open Range Horse Coalition "
                   "says the state has overcounted. Volunteers photographed and catalogued 648 "
                   "individual horses between April and August.\n")
    assert got["648 individual horses"][0] == "Open Range Horse Coalition"
    assert _grouped(got, "1,400 horses", "648 individual horses")


def test_a_numbered_branch_of_a_body_is_its_name() -> None:
    # "Local 417 of the Power Workers' Guild estimates that about half of the city's 112,000
    # homes": the branch; before, "417" was a figure and the share had no source
    got = _figures("Power\n\nThe utility says 41,200 homes lost power. Local 417 of the Line "
                   "Workers' Guild estimates that about half of the city's 112,000 homes lost "
                   "power.\n")
    assert "417" not in got
    assert got["about half"][0] == "Local 417 of the Line Workers' Guild"


def test_a_subject_that_puts_the_figure_beats_its_untitled_evidence() -> None:
    # "The lab puts the figure at ..., according to a short report posted on its website":
    # the lab; before, "short report posted"
    got = _figures("Fire\n\nThe county fire authority says 31,000 acres have burned. A third "
                   "estimate came on Monday from the Wildland Mapping Lab at Tallis State "
                   "University. The lab puts the figure at between 34,000 and 36,500 acres, "
                   "according to a short report posted on its website.\n")
    assert got["between 34,000 and 36,500"][0] == "Wildland Mapping Lab"


def test_a_body_that_puts_the_figure_beats_its_person_who_reports_it() -> None:
    # "The council puts the burnt area at more than 60,000 hectares, mayor Trevor Haddow
    # said": the council's measure, reported by its mayor
    got = _figures("Fire\n\nThe fire service says 48,500 hectares burned. Gellin Shire Council "
                   "has compiled its own estimate. The council puts the burnt area at more "
                   "than 60,000 hectares, mayor Trevor Haddow said.\n")
    assert got["more than 60,000 hectares"][0] == "Gellin Shire Council"


def test_officials_described_by_a_bodys_words_are_that_body() -> None:
    # "..., regional civil protection officials said": the "Montalcedo Regional Civil
    # Protection Agency" the text names; before, the source was "regional" or none
    got = _figures("Fire\n\nA wildfire has burned 8,400 hectares, regional civil protection "
                   "officials said on Friday. Satellite data suggest far more. The Orvane "
                   "Regional Civil Protection Agency said crews were still at work.\n")
    assert got["8,400 hectares"][0] == "Orvane Regional Civil Protection Agency"


def test_volunteers_after_a_bodys_sentence_with_an_opening_phrase() -> None:
    got = _figures("Horses\n\nThe state counts 1,400 horses. At the other end, the Open Range "
                   "Horse Coalition says the state has overcounted. Volunteers photographed "
                   "and catalogued 648 individual horses between April and August.\n")
    assert got["648 individual horses"][0] == "Open Range Horse Coalition"


def test_a_team_at_a_body_is_the_bodys() -> None:
    # "a team at Carrowmore Technical University put the crowd at 22,000-26,000": the
    # university; before, "team"
    got = _figures("March\n\nPolice revised their estimate to 18,500 this afternoon, while a "
                   "team at Carrow Technical University put the crowd at 22,000-26,000.\n")
    assert got["22,000-26,000"][0] == "Carrow Technical University"


def test_guards_third_review_traps() -> None:
    # brackets and dashes after a quotation that name no speaker; "in" of a place's scope; a
    # claim's "that" that a later clause leaves; volunteers of a rival count; officials
    # whose words a campaign's name also holds
    for text, who in (
            ("Strike\n\nUnion leader Ann Hale said 400 dockers had walked out. \"The company "
             "has offered nothing in three months of talks.\"\n\n(Reporting by Tom Hale; "
             "Editing by Ann Lee)\n", "Tom Hale"),
            ("Flood\n\nMaria Lopez, 54, lost her home in the flood. \"We were told the money "
             "would arrive within two weeks\"\n(Photo by Daniel Carr)\n", "Daniel Carr"),
            ("March\n\nThousands marched through Seville on Saturday. \"Ni una mujer menos en "
             "esta ciudad\" (Not One Woman Less In This City) was chanted along the route.\n",
             "In This City"),
            ("Estate\n\nMayor Ken Lowe said the council had asked everyone. \"We consulted "
             "every household on the estate\" - Residents of Elm Street, who say they were "
             "never asked, dispute that.\n", "Elm Street")):
        assert who not in [st.speaker for st in extract_text(text).statements], text
    got = _figures("Snow\n\nHeavy snow was logged in 40 towns across the north on Tuesday, the "
                   "Met Office said.\n")
    assert "40 towns" not in got
    got = _figures("Crime\n\nFact-checkers examined a claim by Senator Ann Lee that crime had "
                   "doubled and found that police recorded 4,100 offences last year.\n")
    assert got["4,100 offences"][0] != "Ann Lee"
    got = _figures("Beavers\n\nThe Norland Wildlife Agency puts the population at about 420 "
                   "animals. Volunteers who walked the river last spring counted just 190.\n")
    assert got["just 190"][0] != "Norland Wildlife Agency"
    got = _figures("Ballots\n\nOnly 12 postal ballots were rejected in the county, state "
                   "election officials said. The State Election Integrity Project, a "
                   "conservative pressure group, claims 4,000 were thrown out.\n")
    assert got["Only 12 postal ballots"][0] != "State Election Integrity Project"


def test_a_dateline_with_a_country_is_no_source() -> None:
    # "KORVAL, Talvenia, May 6 (Meridian Wire) - Talvenia's interior ministry said it
    # recorded 14,870 crossings": the ministry; before, the dateline's city "KORVAL" (the
    # dateline with a place, its country and the day was read as part of the sentence)
    got = _figures("Border crossings disputed\n\nKORVAL, Talvenia, May 6 (Meridian Wire) - "
                   "Talvenia's interior ministry said on Tuesday it recorded 14,870 irregular "
                   "crossings on its southern border. Monitors say the true number is over "
                   "30,000 crossings.\n")
    assert got["14,870 irregular crossings"][0] == "Talvenia's interior ministry"


def test_guards_fourth_review_traps() -> None:
    # "the group" is still the body described as a group, never the nearest name ending in
    # "Network"; "a group of Thames Water customers" is no company; a claim's bracket names a
    # tweeter, an op-ed's writer and a person of any first name with their role, never a
    # video's or a reporter's credit
    ex = extract_text("Tenants fight rent rises at Harbour Row\n\nHarbour Row Friends, a "
                      "residents' group, says 140 families face eviction this year. The "
                      "Shoreline Housing Network, which lends money to landlords, disputes that "
                      "count.\n\"We have knocked on every door and the number is real,\" the "
                      "group said.\n")
    assert [st.speaker for st in ex.statements] == ["Harbour Row Friends"]
    got = _figures("Customers dispute water bill rise\n\nA group of Thames Water customers "
                   "says bills have risen by 30 per cent in two years. The company says the "
                   "average rise was 11 per cent.\n")
    assert got["30 per cent"][0] != "Thames Water"
    claim = ("Fact check\n\nThe claim spread widely online last week. \"Crime has doubled in "
             "two years\" ")
    for bracket, who in (("(Tweeted by Ann Lee, 3 March)", "Ann Lee"),
                         ("(Op-ed by Ann Lee, 3 March)", "Ann Lee"),
                         ("(Oluwaseun Adeyemi, opposition spokesperson, 3 March)",
                          "Oluwaseun Adeyemi"),
                         ("(Video by Daniel Carr)", None), ("(Tom Reid, Reuters)", None)):
        assert [st.speaker for st in extract_text(claim + bracket + "\n").statements] == [who]
    ex = extract_text(claim + "\n— Compiled by reporter Tom Reid\n")
    assert "Tom Reid" not in [st.speaker for st in ex.statements]


def test_a_shares_question_names_what_it_is_of_not_its_owner(tmp_path: Path) -> None:
    # "about half of Port Alder's 112,000 homes lost power": "What share of homes lost
    # power ...?"; before, "What share of port Alder's?" (the owner, lower-cased)
    body = ("Power cuts\n\nThe utility says 41,200 homes lost power. The Line Workers' Guild "
            "estimates that about half of Port Alder's 112,000 homes lost power at some point "
            "on Monday. The city says 38 per cent of homes lost power.\n")
    draft = draft_yaml(body, tmp_path)
    assert "What share of homes lost power" in draft
    assert "port Alder" not in draft


def test_a_phone_line_a_forecasts_remainder_and_a_dated_storm_are_no_answers() -> None:
    # "calls to 311", "all but a few hundred by Friday", "during the December 2013 ice
    # storm": none is a side of how many lost power now (before, each joined the question)
    got = _figures("Ice storm\n\nAlder Hydro said about 38,000 customers lost power at the "
                   "peak of the January 2025 storm. The city says roughly 55,000 homes lost "
                   "power, a figure built from property records and calls to 311. The utility "
                   "expects to restore all but a few hundred by Friday.\n\nCrews from three "
                   "provinces are helping with repairs.\n\nWarming centres are open at two "
                   "schools in the east end.\n\nFor comparison, about 29,000 Alder Hydro "
                   "customers lost power during the December 2013 ice storm, the utility "
                   "said.\n")
    assert "311" not in got and "a few hundred" not in got
    assert _grouped(got, "about 38,000 customers", "roughly 55,000 homes")
    assert got["about 29,000"][2] != got["about 38,000 customers"][2]


def test_guards_fifth_review_traps() -> None:
    # counts of calls and of people called; "all but one of the 51" (a share); the story's
    # own dated event; a line of prose in capitals after a place is no dateline
    got = _figures("Outreach\n\nCounty workers called 911 residents on Monday to check on "
                   "them, said Rita Cole. Volunteers said they had reached only 400.\n")
    assert "911 residents" in got
    got = _figures("Calls\n\nEmergency operators said they had taken 311 calls on Monday, "
                   "said Jo Wells. Residents can report damage by calling 211.\n")
    assert "311 calls" in got and "211" not in got
    got = _figures("Vote\n\nAll but one of the 51 members voted for the plan, chair Pat Hale "
                   "said.\n")
    assert "one of the 51" in got
    got = _figures("Rally\n\nPolice said 5,000 people gathered in the square at the 2025 "
                   "rally on Saturday, while organisers said 20,000 came.\n")
    assert _grouped(got, "5,000 people", "20,000")
