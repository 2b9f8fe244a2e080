"""Round 28: who gives a figure, in constructions reporters use every day that the draft
read wrong: a number inside a body's name, a body whose name opens with "All", a sentence
that opens with a participle, "Her study" after the sentence that names her.

Texts written for these tests (names invented); each test names the construction it
guards and failed on ee19c19, before this round's rules, except those named as guards of
the places the rules must not fire.
"""

from __future__ import annotations

from provenance.extract import extract_text

from .figurecases import figures as _figures
from .figurecases import grouped as _grouped

CRASHES = "Crash count disputed\n\nState police recorded 64 crashes on the road last year.\n\n"


def test_a_number_inside_a_body_name_is_part_of_it() -> None:
    # "the Highway 9 Safety Group, a group of about 40 residents, says": the group whose
    # name holds a number; before, the source was "Highway" or none at all
    got = _figures(CRASHES + "But the Highway 9 Safety Group, a group of about 40 residents "
                   "formed after a fatal crash in 2022, says the real number is nearly 110 "
                   "crashes.\n")
    assert got["nearly 110 crashes"][0] == "Highway 9 Safety Group"
    assert _grouped(got, "64 crashes", "nearly 110 crashes")


def test_guards_a_year_before_a_name_is_no_part_of_it() -> None:
    # guard: "In March 2024 Carrow Council said": a date, then the body
    got = _figures("Jobs\n\nIn March 2024 Carrow Council said 300 jobs would go.\n")
    assert got["300 jobs"][0] == "Carrow Council"


def test_a_body_whose_name_opens_with_all() -> None:
    # "The All Tarvana Nurses' Federation (ATNF) puts the number at": the federation, read
    # as the subject; before, "All" read as a quantifier left the figure to a guess, which
    # the draft flags "Source guessed" (and which another body nearby withdraws)
    text = ("Nurses quit\n\nThe health department said 2,400 nurses had resigned.\n\n"
            "The All Tarvana Nurses' Federation (ATNF) puts the number at nearly 4,000 "
            "nurses.\n")
    got = _figures(text)
    assert got["nearly 4,000 nurses"][0] == "All Tarvana Nurses' Federation"
    assert not _guessed(text)["nearly 4,000 nurses"]
    assert _grouped(got, "2,400 nurses", "nearly 4,000 nurses")


def test_guards_all_opening_a_sentence_names_no_one() -> None:
    # guard: "All three hospitals reported ..., officials said": no body called "All"
    got = _figures("Nurses\n\nAll three hospitals reported 300 nurses off sick, officials "
                   "said.\n")
    assert got["300 nurses"][0] == "officials"


def test_a_sentence_opening_with_a_participle_names_no_one() -> None:
    # "Using satellite estimates for 1,900 grid cells, it put the shortfall at": the study
    # "it" stands for; before, "Using" was read as a person, who also got the quote
    text = ("Rain shortfall\n\nThe weather office said rainfall was 41 percent below "
            "average.\n\nAn analysis by researchers at the University of Orvel, published "
            "last week, was more cautious. Using satellite estimates for 1,900 grid cells "
            "covering the region, it put the shortfall at between 20 and 25 percent, and "
            "said the higher figure reflected \"a few very dry stations\".\n")
    got = _figures(text)
    assert got["between 20 and 25 percent"][0] == "University of Orvel"
    assert "Using" not in [p.name for p in extract_text(text).people]


def test_guards_a_surname_in_ing_before_its_verb_stays_a_name() -> None:
    # guard: "Manning said the figure was 300": a person called Manning
    got = _figures("Members\n\nThe union counted 400 members. Manning said the figure was "
                   "300 members.\n")
    assert got["300 members"][0] == "Manning"


def test_her_study_after_the_sentence_that_names_her() -> None:
    # "Dr Aoife Brennan, an ecologist at ..., has spent two seasons .... Her study,
    # published in March, puts the population at about 900": hers; before, it was taken
    # for the agency's survey named a paragraph earlier
    got = _figures("Otters\n\nThe Wildlife Agency's aerial survey put the population at "
                   "between 1,400 and 1,600 otters.\n\nDr Aoife Brennan, an ecologist at the "
                   "University of Lisk, has spent two seasons recording the otters with 30 "
                   "cameras along the river. Her study, published in March, puts the "
                   "population at about 900.\n")
    assert got["about 900"][0] == "Aoife Brennan"
    assert _grouped(got, "between 1,400 and 1,600", "about 900")


def _guessed(text: str) -> dict[str, bool]:
    """Each figure as written -> whether the draft flags its source as a guess."""
    return {fc.figure.text: fc.source is not None and fc.source.guessed
            for fc in extract_text(text).figures}


def test_it_after_an_opening_phrase_is_the_body_before() -> None:
    # "By the evening it had raised its estimate to 9,500": the union, whose figure the
    # sentence before gives; before, the revised figure had no source (or a guess)
    got = _figures("Walkout\n\nThe Dock Workers' Union said at midday that more than 8,000 of "
                   "its members had walked out. By the evening it had raised its estimate to "
                   "9,500, citing late reports from the northern quays.\n\nThe port authority "
                   "put the figure at 3,100 workers.\n")
    assert got["9,500"][0] == "Dock Workers' Union"
    got = _figures("Overrun\n\nThe council's own position has moved. In a cabinet paper last "
                   "May it reported an expected overrun of £40m.\n")
    assert got["£40m"][0] == "council"


def test_a_figure_described_beside_it_names_no_source() -> None:
    # ", a figure sharply at odds with the official estimate": the figure's own description,
    # its last word a noun; before, "figure sharply at odds with official" was its source
    got = _figures("Curlews\n\nA wildlife charity says the number of curlews nesting in the "
                   "dale has fallen to around 90 pairs, a figure sharply at odds with the "
                   "official estimate and with counts kept by gamekeepers.\n")
    assert got["around 90 pairs"][0] == "a wildlife charity"


def test_she_after_a_fronted_phrase_and_a_role_is_the_one_named() -> None:
    # "Interviewed on Radio Lisk on Monday, the regional health minister, Nora Quill, put
    # the total lower still. '…,' she said": Quill; before, the quote and its figure went
    # to a woman quoted a paragraph earlier
    text = ("Waiting list\n\nThe health board says 28,100 people are on its waiting list.\n\n"
            "\"The number is too high,\" said Dr Hanne Brook, the board's "
            "medical director. \"But we publish it.\"\n\nInterviewed on Radio Lisk on Monday, "
            "the regional health minister, Nora Quill, put the total lower still. \"We have "
            "got the list down to around 25,000,\" she said.\n")
    speakers = {text[s.start:s.end][:12]: s.speaker for s in extract_text(text).statements}
    assert speakers["We have got "] == "Nora Quill"
    assert _figures(text)["around 25,000"][0] == "Nora Quill"


def test_its_after_a_brand_named_in_run_together_words() -> None:
    # "GridPulse, an independent tracker, combines meter data ... Its count puts": the
    # tracker's; before, "GridPulse" was no body, so "its" went to the office named before
    got = _figures("Outages\n\nThe county emergency office said more than 50,000 homes lost "
                   "power.\n\nGridPulse, an independent tracker, combines meter data with "
                   "council reports. Its count puts the number of homes that lost power at "
                   "between 40,000 and 44,000.\n")
    assert got["between 40,000 and 44,000"][0] == "GridPulse"
    assert _grouped(got, "more than 50,000 homes", "between 40,000 and 44,000")


def test_guards_a_surname_with_a_capital_inside_stays_a_person() -> None:
    # guard: "MacKenzie", "McArthur", "DeSantis": surnames, not brands
    got = _figures("Jobs\n\nThe union said 300 jobs would go. Fiona MacKenzie said 450 jobs. "
                   "Tom McArthur put the figure at 500 jobs.\n")
    assert got["450 jobs"][0] == "Fiona MacKenzie"
    assert got["500 jobs"][0] == "Tom McArthur"


def test_its_members_are_the_body() -> None:
    # "Its members, who have kept their own tallies, estimate the colony at": the
    # association's figure; before, the source was "its members", whom no reader can place
    got = _figures("Gannets\n\nThe wildlife agency counted 8,200 pairs of gannets this year."
                   "\n\nThe Bressay Creel Fishermen's Association is having none of it. Its "
                   "members, who have kept their own tallies since the spring, estimate the "
                   "colony at closer to 15,000 pairs.\n")
    assert got["15,000 pairs"][0] == "Bressay Creel Fishermen's Association"
    assert _grouped(got, "8,200 pairs", "15,000 pairs")


def test_the_sum_a_firm_reported_is_the_firms() -> None:
    # "the €60m overrun Kessler reported to investors": Kessler's sum, though the sentence
    # is the writer's; before, it had no source
    got = _figures("Depot costs\n\nThe new number is a sharp increase on the €60m overrun "
                   "Kessler reported to investors last October.\n")
    assert got["€60m"][0] == "Kessler"


def test_a_document_a_reduced_relative_says_who_made() -> None:
    # "A preprint paper her group posted last week puts the colony at": hers; "The report
    # the agency published in May puts": the agency's; "A survey Birdwatch Eire ran in June
    # puts": theirs. Before: "preprint paper her group", "report the agency", no source.
    got = _figures("Puffins\n\nThe wildlife agency counted 12,400 pairs of puffins this year."
                   " The report the agency published in May puts the colony at 12,000 pairs. "
                   "A survey Birdwatch Eire ran in June puts it at 14,000 pairs.\n\nDr Ingrid "
                   "Halvorsen, of the Marine Institute in Stromvik, has photographed the colony "
                   "from drones since 2021. A preprint paper her group posted last week puts "
                   "the colony at up to 9,500 breeding pairs.\n")
    assert got["12,000 pairs"][0] == "wildlife agency"
    assert got["14,000 pairs"][0] == "Birdwatch Eire"
    assert got["up to 9,500 breeding pairs"][0] == "Ingrid Halvorsen"


def test_a_figure_put_at_in_the_passive() -> None:
    # "The population was estimated by the Northern Mammal Agency at 1,300 animals", under a
    # headline asking how many martens: the agency's figure; before, the "at" after the
    # agent was read as a place and the figure dropped
    got = _figures("How many pine martens are left in the Lisk Hills?\n\nThe population was "
                   "estimated by the Northern Mammal Agency at 1,300 animals in its annual "
                   "bulletin.\n\nThe Lisk Woodland Trust said there were about 700 martens.\n")
    assert got["1,300 animals"][0] == "Northern Mammal Agency"


def test_a_live_page_time_stamp_is_no_part_of_the_subject() -> None:
    # "09:00 The union says more than 600 flights were cancelled": the union's; before, the
    # time stamp opening the entry hid the subject and the figure had no source
    got = _figures("Strike live\n\n08:15 - The airport says 380 flights have been "
                   "cancelled.\n\n09:00 The union says more than 600 flights were "
                   "cancelled.\n")
    assert got["more than 600 flights"][0] == "union"
    assert got["380 flights"][0] == "airport"


def test_raised_to_a_figure_from_another_is_a_revision() -> None:
    # "has raised its estimate of the burned area to 5,100 hectares, from 4,200 hectares
    # overnight": the service's first figure, revised, in no dispute; before, the 4,200 was
    # dropped from the draft altogether
    text = ("Fire live\n\nThe Tarn Fire Service has raised its estimate of the burned area to "
            "5,100 hectares, from 4,200 hectares overnight.\n\nVolunteers say the fire "
            "covers 7,000 hectares.\n")
    got = _figures(text)
    assert got["4,200 hectares"][0] == "Tarn Fire Service"
    # (in the question as the service's older figure, since revised: no side)
    assert got["4,200 hectares"][2] == got["5,100 hectares"][2] is not None
    assert _grouped(got, "5,100 hectares", "7,000 hectares")
    revised = {fc.figure.text: fc.revised for fc in extract_text(text).figures}
    assert revised["4,200 hectares"] and not revised["5,100 hectares"]


def test_a_named_persons_office_speaks_for_them() -> None:
    # "Cllr Pryce's office said her £140 million came from ...": Joanne Pryce's figure,
    # named in full where the text first gives her; before, "Cllr Pryce's office", a
    # source no one can ask
    got = _figures("Tram overrun\n\nCouncillor Joanne Pryce, leader of the opposition, said "
                   "the project had gone £140m over budget.\n\nThe council says the overrun "
                   "is £86m. Cllr Pryce's office said her £140 million came from adding "
                   "contractors' claims to the council's figure.\n")
    assert got["£140 million"][0] == "Joanne Pryce"


def test_guards_an_office_of_no_one_named_stays() -> None:
    # guard: "The mayor's office said": an office, no person the text names
    got = _figures("Overrun\n\nThe council says the overrun is £86m. The mayor's office said "
                   "the real overrun was £140 million.\n")
    assert got["£140 million"][0] == "the mayor"  # (as before this round: no one named)


def test_the_charity_named_after_its_kind() -> None:
    # "a survey by the patients' charity Patients' Voice Lisk ... the charity estimated":
    # the charity by its name; before, "charity", a source no reader can place
    got = _figures("Waiting list\n\nThe health board says 39,000 people are waiting.\n\nThe "
                   "figure came from a survey by the patients' charity Patients' Voice Lisk. The "
                   "charity polled 2,104 adults in August. Twelve per cent of respondents said "
                   "someone in their household had been referred by a GP.\n\nFrom that, the "
                   "charity estimated that the true number of people waiting could be up to "
                   "60,000.\n")
    assert got["up to 60,000"][0] == "Patients' Voice Lisk"
    assert _grouped(got, "39,000 people", "up to 60,000")


def test_a_negation_inside_a_relative_clause_leaves_the_figure_a_side() -> None:
    # "The ministry, which is not a party to the talks, estimated that between 5,000 and
    # 6,000 workers had taken part": the ministry's side of the dockers' question; before,
    # the "not" about the ministry set the figure aside as denied, and the dispute was lost
    got = _figures(DOCKS + "The Ministry of Labour, which is not a party to the talks, "
                   "estimated that between 5,000 and 6,000 workers had taken part.\n")
    assert _grouped(got, "11,000 dockers", "only 4,000 dockers", "between 5,000 and 6,000")


def test_guards_a_figure_the_sentence_denies_stays_aside() -> None:
    # guard: "It said it would not accept that 2,000 workers stayed out": no side
    got = _figures(DOCKS + "The Ministry of Labour estimated that between 5,000 and 6,000 "
                   "workers had taken part. It said it would not accept that 2,000 workers "
                   "stayed out.\n")
    assert got["2,000 workers"][2] is None
    assert _grouped(got, "11,000 dockers", "between 5,000 and 6,000")


DOCKS = ("Port strike\n\nThe union said 11,000 dockers had walked out. The port authority "
         "said only 4,000 dockers had stopped work.\n\n")


def test_the_figure_after_an_earlier_days_count_is_todays() -> None:
    # "18,400 people were sheltering ..., up from 11,900 on Monday. The network puts the
    # figure at between 40,000 and 45,000": this week's figure, a side with the 18,400;
    # before, it took Monday's count as its quantity and the dispute was lost
    got = _figures("Floods\n\nThe Provincial Disaster Office said on Thursday that 18,400 "
                   "people were sheltering in 61 evacuation centres, up from 11,900 on Monday."
                   "\n\nThe Coast Relief Network, which runs kitchens at several of the "
                   "centres, puts the figure at between 40,000 and 45,000.\n")
    assert _grouped(got, "18,400 people", "between 40,000 and 45,000")
    assert got["11,900"][2] is None  # (Monday's count: the office's own earlier figure)


# Guards from a reviewer's pass over this round's rules (texts written to trap them): each
# passes on ee19c19 and failed on the round's first commit of these rules (205a9e8).

def test_guards_a_day_and_month_open_no_bodys_name() -> None:
    # (no source on ee19c19, "12 Carrow Council" on 205a9e8)
    got = _figures("Job losses\n\nOn March 12 Carrow Council said 200 jobs would go.\n")
    assert got["200 jobs"][0] == "Carrow Council"


def test_guards_one_of_a_bodys_staff_is_no_body_called_one() -> None:
    got = _figures("Beds closed\n\nOne Tarn Valley Health Trust manager said 40 beds had "
                   "closed. The trust said the figure was 25 beds.\n")
    assert got["40 beds"][0] != "One Tarn Valley Health Trust"


def test_guards_a_surname_in_ing_named_in_full_elsewhere() -> None:
    text = ("Nurses\n\nThe health board says it has 300 vacancies.\n\nDr Jane Fleming chairs "
            "the nurses' union. Fleming in a statement put the number at 800. Fleming on "
            "Monday told reporters: \"The real figure is much higher.\"\n")
    assert _figures(text)["800"][0] == "Jane Fleming"
    assert [s.speaker for s in extract_text(text).statements] == ["Jane Fleming"]


def test_guards_a_name_opening_a_sentence_is_no_fronted_phrase() -> None:
    text = ("Hospital vacancies\n\nChief executive Sarah Manning opened the new ward on "
            "Monday.\n\nManning thanked the builders, the nurses and Dr Ann Lee, the retiring "
            "matron. \"We still have 300 vacancies,\" she said.\n")
    assert [s.speaker for s in extract_text(text).statements] == ["Sarah Manning"]


def test_guards_her_study_is_no_one_of_unknown_sex_named_since() -> None:
    got = _figures("Otters\n\nThe Wildlife Agency's aerial survey put the population at 1,500 "
                   "otters.\n\nProfessor Sara Holm has counted the otters on the Lisk for a "
                   "decade. Alex Rowe, the agency's chief scientist, calls that work anecdote. "
                   "Her study, published in March, puts the population at about 900.\n")
    assert got["about 900"][0] != "Alex Rowe"


def test_guards_a_change_in_the_world_is_no_revised_count() -> None:
    got = _figures("Job cuts\n\nHarlow Steel has reduced its workforce to 3,000, from 4,500 "
                   "two years ago, the company said.\n")
    assert not any(k.startswith("4,500") for k in got)


def test_guards_a_firms_press_office_is_the_firms() -> None:
    got = _figures("Ford job cuts\n\nBill Ford, the carmaker's executive chair, visited the "
                   "Cologne plant on Monday. Unions say 5,000 jobs are at risk in Europe.\n\n"
                   "Ford's press office said 3,800 jobs would go by 2025.\n")
    assert got["3,800 jobs"][0] != "Bill Ford"


def test_guards_what_owners_expect_to_cover_is_no_figure_they_give() -> None:
    got = _figures("Club finances\n\nThe club faces a £40m shortfall its owners expect to "
                   "cover with a loan.\n")
    assert got["£40m"][0] != "its owners"


def test_a_model_that_puts_a_figure_at() -> None:
    # "The agency's annual report ... models the colony at up to 7,500 pairs": a measure
    # given as "put at" is; before, the "at" was read as a place and the figure dropped
    got = _figures("How many kittiwakes nest on Inchmara?\n\nThe trust counted about 6,100 "
                   "breeding pairs. The Friends group says nearly 9,000.\n\nThe Northern Isles "
                   "Nature Agency's annual report, published in April, models the colony at up "
                   "to 7,500 pairs.\n")
    assert got["up to 7,500 pairs"][0] == "Northern Isles Nature Agency"
    assert _grouped(got, "about 6,100 breeding pairs", "nearly 9,000", "up to 7,500 pairs")


def test_the_company_is_the_start_up_named_before_past_a_university() -> None:
    # "Densa, a crowd-analysis start-up spun out of Bressant Technical University. In a
    # report released on Sunday, the company said": Densa; before, "company" (a university
    # named between was taken for a rival firm, and "Sunday, the company" for a firm)
    got = _figures("March\n\nPolice said 30,000 people joined the march.\n\nA third estimate "
                   "came from Densa, a crowd-analysis start-up spun out of Bressant Technical "
                   "University. In a report released on Sunday, the company said between "
                   "48,000 and 55,000 people joined the march.\n")
    assert got["between 48,000 and 55,000"][0] == "Densa"


def test_a_survey_a_sentence_opens_with_is_the_body_the_sentence_before_opens_with() -> None:
    # "The Hip and Knee Patients' Alliance, a charity, puts the wait far higher. In a survey
    # of 612 members ..., respondents reported waiting an average of 71 weeks": the
    # alliance's survey; before, the source was "Survey of 612 members", which names no one
    got = _figures("Hip waits\n\nThe hospital group says the median wait is 38 weeks.\n\n"
                   "What patients say\nThe Hip and Knee Patients' Alliance, a charity, puts the "
                   "wait far higher. In a survey of 612 members carried out in January, "
                   "respondents who had surgery in the previous year reported waiting an "
                   "average of 71 weeks.\n")
    assert got["71 weeks"][0] == "Hip and Knee Patients' Alliance"
    assert _grouped(got, "38 weeks", "71 weeks")


def test_a_body_named_after_its_kind_opens_the_sentence_before_a_survey() -> None:
    # "The patient organisation Migraine Voices goes further still. In an online survey of
    # 1,140 members ..., as many as one in eight said": Migraine Voices' figure
    got = _figures("Tinnitus\n\nThe registry study found that 2.8 per cent reported tinnitus."
                   "\n\nThe patient organisation Migraine Voices goes further still. In an "
                   "online survey of 1,140 members who had taken the drug, as many as one in "
                   "eight said they had developed tinnitus.\n")
    assert got["one in eight"][0] == "Migraine Voices"


def test_a_study_by_people_of_a_trade_at_a_body_is_the_bodys() -> None:
    # "A 2022 study by ecologists at the University of Aberlorn ... estimated": the
    # university's; before, "2022 study", which names no one
    got = _figures("Bird deaths\n\nThe operator says about 380 birds die at the site each "
                   "year.\n\nA 2022 study by ecologists at the University of Aberlorn, which "
                   "combined the company's search data with its own trials, estimated that "
                   "between 600 and 900 birds die at the site each year.\n")
    assert got["between 600 and 900"][0] == "University of Aberlorn"


def test_a_group_set_beside_its_name_after_a() -> None:
    # "A volunteer group, Smooth Streets Harlow Falls, has its own count. ... the group
    # says": the group by its name; before, "group"
    got = _figures("Potholes\n\nThe city says crews fixed 27,400 potholes last year.\n\nA "
                   "volunteer group, Smooth Streets Harlow Falls, has its own count. Since "
                   "March, members have photographed 612 reported potholes. Applied citywide, "
                   "the group says, that points to roughly 11,700 actual repairs.\n")
    assert got["roughly 11,700 actual repairs"][0] == "Smooth Streets Harlow Falls"


def test_an_estimate_after_its_adjectives_is_a_noun_not_a_verb() -> None:
    # "The best available estimate, from the statistics office, is roughly 760": the office
    # the estimate is from; before, "estimate" was read as the verb and the source was
    # "best available"
    got = _figures("Students\n\nThe university counted 400 students who left.\n\nThe best "
                   "available estimate, from the statistics office, is roughly 760.\n")
    assert got["roughly 760"][0] == "statistics office"
    got = _figures("Students\n\nThe university counted 400 students who left. The latest "
                   "figure, according to the Higher Education Statistics Office, stands at "
                   "760 students.\n")
    assert got["760 students"][0] == "Higher Education Statistics Office"


def test_guards_an_adverb_before_estimates_leaves_it_a_verb() -> None:
    # guard: "The agency also estimates 500 students": the agency's figure
    got = _figures("Students\n\nThe university counted 400 students who left. The agency "
                   "also estimates 500 students.\n")
    assert got["500 students"][0] == "agency"
