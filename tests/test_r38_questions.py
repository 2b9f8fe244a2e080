"""One question for one count, however each source words it (round 38).

Writers who never saw the code have a union's "more than 400 jobs" answer a university's
"180 posts", a department's "19,950 pupils" answer a district's "20,870 students", and a
trust "correct" its own count. Each test runs on a text written for it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from provenance.extract import extract_text


def _scorer() -> Any:
    """The benchmark's scorer (``benchmarks/bench_extract.py``), which the round taught to
    read a figure annotated in another unit."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import bench_extract

    return bench_extract


def _figures(text: str) -> dict[str, tuple[str | None, int | None, bool]]:
    """Each figure's source, its question and whether its source revised it."""
    return {fc.figure.text: (fc.source.name if fc.source else None, fc.group, fc.revised)
            for fc in extract_text(text).figures}


POSTS = (
    "Northmoor to cut posts\n\n"
    "Northmoor University said on Monday it would cut 180 posts over two years to close a "
    "deficit. A review commissioned by the governors had warned that up to 260 posts might "
    "have to go.\n\n"
    "The staff union says the real number is far higher. Its branch secretary, Sunita Rao, "
    "said more than 400 jobs were at risk once fixed-term contracts are counted.\n\n"
    "The university employs 4,100 people and has 21,000 students.\n")


def test_jobs_answer_a_question_of_posts() -> None:
    figs = _figures(POSTS)
    assert figs["180 posts"][1] is not None
    assert figs["more than 400 jobs"][1] == figs["180 posts"][1] == figs["up to 260 posts"][1]
    # the university's size is no answer
    assert figs["4,100 people"][1] is None
    assert figs["21,000 students"][1] is None


def test_students_who_sign_a_petition_are_no_answer_to_posts() -> None:
    figs = _figures(
        "Northmoor to cut posts\n\n"
        "Northmoor University said on Monday it would cut 180 posts over two years. A review "
        "commissioned by the governors had warned that up to 260 posts might have to go.\n\n"
        "The students' union said 300 students had signed a petition against the cuts.\n")
    assert figs["180 posts"][1] is not None
    assert figs["300 students"][1] is None


def test_nurses_who_left_are_no_answer_to_patients_who_waited() -> None:
    figs = _figures(
        "Ward waits\n\n"
        "The trust says 1,480 patients waited more than 12 hours last month. The college puts "
        "the figure at 4,350 patients.\n\n"
        "The nurses' union says 2,100 nurses have left the trust since 2022.\n")
    assert figs["1,480 patients"][1] == figs["4,350 patients"][1] is not None
    assert figs["2,100 nurses"][1] is None


def test_a_jobs_figure_far_from_the_posts_stays_apart() -> None:
    figs = _figures(
        "Northmoor to cut posts\n\n"
        "Northmoor University said on Monday it would cut 180 posts over two years. A review "
        "commissioned by the governors had warned that up to 260 posts might have to go.\n\n"
        "The regional development agency says the campus supports 9,000 jobs in the town.\n")
    assert figs["180 posts"][1] is not None
    assert figs["9,000 jobs"][1] is None


def test_customers_of_lenders_answer_a_count_of_borrowers() -> None:
    figs = _figures(
        "Payday lending count disputed\n\n"
        "The state Department of Financial Regulation says about 412,000 borrowers took out "
        "a payday loan last year. The Prairie Fair Lending Coalition, which has campaigned "
        "since 2021, says 540,000 borrowers did.\n\n"
        "The lenders' trade group disputes both numbers. The Consumer Lenders Association said "
        "its 61 member companies served roughly 330,000 customers last year.\n")
    q = figs["about 412,000 borrowers"][1]
    assert q is not None and figs["540,000 borrowers"][1] == q
    assert figs["roughly 330,000 customers"][1] == q
    assert figs["61 member companies"][1] is None


def test_pupils_and_students_are_one_count() -> None:
    figs = _figures(
        "Enrolment row in Harlow\n\n"
        "The Harlow County School District says 20,870 students are enrolled this autumn. The "
        "teachers' association says 21,400 students are.\n\n"
        "The state Department of Education puts enrolment at 19,950 pupils, based on its "
        "October census.\n")
    q = figs["20,870 students"][1]
    assert q is not None and figs["21,400 students"][1] == q
    assert figs["19,950 pupils"][1] == q


def test_a_colleges_students_and_a_countys_pupils_stay_two_counts() -> None:
    figs = _figures(
        "The college said it taught 14,000 students. The students' union said 15,500 "
        "students were enrolled. The county said 61,000 pupils attended its primary "
        "schools.\n")
    assert figs["14,000 students"][1] == figs["15,500 students"][1] is not None
    assert figs["61,000 pupils"][1] is None


def test_a_source_that_corrects_its_figure_revises_itself() -> None:
    figs = _figures(
        "Hospital trust corrects its count\n\n"
        "Northfield Hospitals NHS Trust told its board on Tuesday that 1,480 patients had "
        "waited longer than 12 hours in A&E last month. On Thursday the trust corrected that "
        "figure to 1,612, saying one site had been left out.\n\n"
        "The Royal College of Emergency Medicine puts the figure at 4,350.\n")
    assert figs["1,612"][0] == "Northfield Hospitals NHS Trust"
    assert figs["1,480 patients"][2] is True  # its earlier count, no dispute with it
    assert figs["1,612"][1] == figs["4,350"][1] is not None


FACT_CHECK = (
    "FACT CHECK: Lawmaker says one in five Valley Line trains were canceled\n\n"
    "Claim: \"One in five trains on the Valley Line never left the station last year.\"\n"
    "Who said it: state Sen. Patricia Kowalczyk, floor speech, March 12\n"
    "Rating: Mostly False\n\n"
    "By Owen Delacroix, Fact-Check Editor\n\n"
    "A lawmaker's claim that 20 percent of the line's trains were canceled in 2023 goes well "
    "beyond what any count shows.\n\n"
    "Kowalczyk, who chairs the Senate Transportation Committee, made the remark during "
    "debate over a capital bill. \"Riders are paying for a service they don't get,\" she "
    "said.\n\n"
    "The Valley Line Riders Council's year-end summary puts cancellations at about 14 "
    "percent of scheduled trains. \"That's not our number,\" council chair Gwen Harlow told "
    "us. \"We said about 14, and we stand by it. We never said one in five.\"\n\n"
    "Metro Regional Rail put the line's 2023 cancellation rate at 6.1 percent. The state "
    "auditor found that 9.4 percent of Valley Line trains were canceled outright.\n")


def _statements(text: str) -> dict[str, str | None]:
    return {st.quote: st.speaker for st in extract_text(text).statements}


def test_a_claim_box_names_its_claimant_on_the_line_below() -> None:
    said = _statements(FACT_CHECK)
    claim = "One in five trains on the Valley Line never left the station last year."
    assert said.get(claim) == "Patricia Kowalczyk", said
    # and "she said" after her surname, past a committee's name, is hers
    riders = next(q for q in said if q.startswith("Riders are paying"))
    assert said[riders] == "Patricia Kowalczyk"


def test_a_figure_its_speaker_denies_is_no_ones() -> None:
    ex = extract_text(FACT_CHECK)
    harlow = [fc for fc in ex.figures if fc.source is not None and
              fc.source.name == "Gwen Harlow" and fc.figure.text.lower() == "one in five"]
    assert harlow == []


def test_a_lawmaker_in_the_headline_is_the_senator() -> None:
    figs = _figures(FACT_CHECK)
    assert figs["one in five"][0] == "Patricia Kowalczyk"
    assert figs["20 percent"][0] == "Patricia Kowalczyk"


def test_a_cancellation_rate_and_a_share_of_trains_canceled_are_one_question() -> None:
    figs = _figures(FACT_CHECK)
    q = figs["20 percent"][1]
    assert q is not None
    assert figs["6.1 percent"][1] == q and figs["9.4 percent"][1] == q
    assert figs["about 14 percent"][1] == q


MARKET = (
    "At Bodija, the price of a bag of rice depends on who you ask\n\n"
    "Kafayat Odunsi, who has sold grains here for 31 years, says a 50kg bag of local rice "
    "now goes for N78,000 at her stall.\n\n"
    "Two rows away, Chukwuemeka Obi puts the price of the same bag at between N80,000 and "
    "N84,000.\n\n"
    "Ramota Akande, who leads the market women, says both traders are being modest. "
    "According to her, no good bag of local rice in the market sells for less than "
    "N85,000.\n\n"
    "The state commissioner, Olasunkanmi Adeleke, put the average price of a 50kg bag of "
    "local rice at N68,500.\n")


def test_what_a_bag_sold_for_is_its_price_and_last_christmass_is_another_time() -> None:
    ex = extract_text(
        "At Bodija, the price of a bag of rice depends on who you ask\n\n"
        "Kafayat Odunsi, who has sold grains here for 31 years, says a 50kg bag of local "
        "rice now goes for N78,000 at her stall.\n\n"
        "\"I sold my last bag this morning for N78,000. Last Christmas the same bag was "
        "N52,000,\" she said.\n\n"
        "Two rows away, Chukwuemeka Obi puts the price of the same bag at between N80,000 "
        "and N84,000.\n\n"
        "The state commissioner, Olasunkanmi Adeleke, put the average price of a 50kg bag "
        "of local rice at N68,500.\n")
    by_start = sorted(ex.figures, key=lambda fc: fc.start)
    sold = [fc for fc in by_start if fc.figure.text == "N78,000"]
    q = sold[0].group
    assert q is not None and all(fc.group == q for fc in sold)  # her quote too
    christmas = next(fc for fc in by_start if fc.figure.text == "N52,000")
    assert christmas.group is None and not christmas.revised  # another time, no revision
    assert next(fc.group for fc in by_start if fc.figure.text.startswith("between")) == q


def test_according_to_her_is_the_woman_the_sentence_before_names() -> None:
    figs = _figures(MARKET)
    assert figs["less than N85,000"][0] == "Ramota Akande"
    # never a body: "According to her" after a ministry is no one
    got = _figures("The ministry says both traders are being modest. According to her, no "
                   "bag sells for less than N85,000.\n")
    assert got["less than N85,000"][0] is None


AMBULANCE = (
    "Ambulance waits: what the figures say\n\n"
    "At health questions on Tuesday, the health minister, Daniel Price, told MPs that "
    "ambulances were now reaching category 2 patients in 28 minutes on average.\n\n"
    "NHS England's Ambulance Quality Indicators give the Western Counties Ambulance Service "
    "NHS Trust an average category 2 response time of 41 minutes and 12 seconds for "
    "February.\n\n"
    "What the ambulance service says\n\n"
    "The trust itself gives a slightly lower figure. A spokesperson said its own dashboard "
    "showed a mean of about 39 minutes for the month.\n")


def test_a_time_taken_on_average_is_a_figure_and_a_category_is_no_count() -> None:
    figs = _figures(AMBULANCE)
    assert figs["28 minutes"][0] == "Daniel Price"
    assert "2 patients" not in figs  # "category 2 patients" names a class of call


def test_a_spokesperson_speaks_for_the_body_the_paragraph_opens_with_by_its_kind() -> None:
    figs = _figures(AMBULANCE)
    assert figs["about 39 minutes"][0] == "Western Counties Ambulance Service NHS Trust"
    q = figs["about 39 minutes"][1]
    assert q is not None and figs["28 minutes"][1] == q == figs["41 minutes and 12 seconds"][1]


def test_full_time_equivalent_posts_count_what_follows() -> None:
    ex = extract_text(
        "The trust says it has 412 registered nurse vacancies. NHS England's statistics "
        "list it with 538 full-time equivalent registered nursing vacancies.\n")
    fc = next(f for f in ex.figures if f.figure.text.startswith("538"))
    assert fc.quantity == "vacancy"
    assert fc.figure.text == "538 full-time equivalent registered nursing vacancies"


def test_the_scorer_reads_a_duration_in_another_unit() -> None:
    bench_extract = _scorer()
    ex = extract_text(AMBULANCE)
    fc = next(f for f in ex.figures if f.figure.text == "41 minutes and 12 seconds")
    gold = {"fragment": "41 minutes and 12 seconds", "value": 41.2, "low": None,
            "high": None, "unit": "minutes (average response)"}
    assert bench_extract._figure_matches(fc, gold, AMBULANCE)
    assert not bench_extract._figure_matches(fc, {**gold, "value": 45.0}, AMBULANCE)


COMPLAINTS = (
    "Broadband firm says complaints are rare\n\n"
    "Brightwire told me it received 9 complaints for every 100,000 customers between April "
    "and June. \"Nine in 100,000 is among the lowest in the industry,\" a company "
    "spokesman, Liam Foster, said.\n\n"
    "The Communications Standards Authority's quarterly data puts Brightwire at 27 "
    "complaints per 100,000 customers.\n\n"
    "The consumer group FairLine goes further. Its analysts reworked the authority's data "
    "using the smaller customer base that Brightwire reported to investors in July, and got "
    "a rate of about 35 per 100,000.\n")


def test_complaints_for_every_100000_customers_are_a_complaint_rate() -> None:
    ex = extract_text(COMPLAINTS)
    fc = next(f for f in ex.figures if f.figure.text.startswith("9 complaints"))
    assert fc.quantity == "rate of complaint per 100000"


def test_analysts_who_got_a_rate_give_their_bodys_figure_past_a_named_relative() -> None:
    figs = _figures(COMPLAINTS)
    assert figs["about 35 per 100,000"][0] == "FairLine"
    q = figs["about 35 per 100,000"][1]
    assert q is not None and figs["27 complaints per 100,000"][1] == q
    assert figs["9 complaints for every 100,000"][1] == q


def test_the_scorer_reads_one_in_so_many_as_a_rate_per_so_many() -> None:
    bench_extract = _scorer()
    ex = extract_text(COMPLAINTS)
    fc = next(f for f in ex.figures if f.figure.text == "Nine in 100,000")
    gold = {"fragment": "Nine in 100,000", "value": 9, "low": None, "high": None,
            "unit": "complaints per 100,000 customers"}
    assert bench_extract._figure_matches(fc, gold, COMPLAINTS)
    assert not bench_extract._figure_matches(fc, {**gold, "value": 27}, COMPLAINTS)


def test_a_funds_liability_answers_a_question_of_its_shortfall() -> None:
    figs = _figures(
        "Millbrook pension gap disputed\n\n"
        "The actuaries Hartwell & Pierce put the shortfall of the Millbrook pension fund at "
        "$2.6 billion. The Center for Public Finance estimates the shortfall at $3.1 billion "
        "to $3.8 billion.\n\n"
        "The fund itself disputes both, saying its unfunded liability stands at $1.9 "
        "billion.\n\n"
        "The city's budget is $740 million a year.\n")
    q = figs["$2.6 billion"][1]
    assert q is not None and figs["$1.9 billion"][1] == q
    assert figs["$740 million"][1] is None  # another sum, paid yearly, far below


def test_a_wage_floor_is_no_answer_to_pay_per_hour() -> None:
    figs = _figures(
        "Drivers' pay disputed\n\n"
        "The city's study found drivers clear an average of $11.40 an hour after expenses. "
        "The couriers' union says drivers make between $8 and $9 an hour.\n\n"
        "The labour department says the state's minimum wage is $15.75.\n")
    assert figs["$11.40"][1] is not None
    assert figs["$15.75"][1] is None


def test_homes_let_short_and_a_trackers_listings_are_one_question() -> None:
    figs = _figures(
        "Short lets in Bramford: how many?\n\n"
        "Bramford City Council says 3,870 homes in the city are now let short-term. The "
        "University of Bramford puts the figure at about 7,200 homes.\n\n"
        "ListingLens, a website that tracks rental platforms, counts 6,400 active listings. "
        "A housing campaigner, Priya Anand, says there are between 5,900 and 6,800 listings "
        "at any time.\n")
    q = figs["3,870 homes"][1]
    assert q is not None and figs["6,400 active listings"][1] == q
    assert figs["between 5,900 and 6,800"][1] == q


def test_a_jail_population_on_an_average_day_is_a_daily_count() -> None:
    figs = _figures(
        "How many people are in the Ashworth jail?\n\n"
        "Sheriff Carol Mendes told commissioners the jail held an average of 1,142 people a "
        "day in 2023. The State Commission on Jail Standards lists an average daily "
        "population of 1,296.\n\n"
        "Ines Adebayo, a criminologist at Harlan State University, says the jail held about "
        "1,380 people on an average day last year.\n")
    q = figs["1,142 people"][1]
    assert q is not None and figs["about 1,380 people"][1] == q


def test_a_written_reply_is_no_verb_and_a_count_sent_is_given() -> None:
    figs = _figures(
        "Teacher vacancies disputed\n\n"
        "In a written reply in parliament last week, the Union Ministry of Education put "
        "the number of vacant teacher posts in the state's schools at 61,227.\n\n"
        "The Office of Digital Services first told us on Jan. 29 that downloads stood at 1.4 "
        "million. Two days later it sent an updated count from the office's public "
        "dashboard: 1,462,310 downloads.\n")
    assert figs["61,227"][0] == "Union Ministry of Education"
    assert figs["1,462,310 downloads"][0] == "Office of Digital Services"


def test_a_miner_described_by_its_base_is_the_resources_company_before() -> None:
    figs = _figures(
        "Red Gum Resources cut its guidance again this week. The Perth-based miner said it "
        "now expects to ship 14.2 million tonnes from Wirraka this year.\n")
    assert figs["14.2 million tonnes"][0] == "Red Gum Resources"


def test_the_scorer_reads_megatonnes_against_tonnes() -> None:
    bench_extract = _scorer()
    text = "Ferrous Analytics expects the hub to ship about 12.6Mt this year.\n"
    fc = next(f for f in extract_text(text).figures if f.figure.text.endswith("12.6Mt"))
    gold = {"fragment": "about 12.6Mt", "value": 12600000, "low": None, "high": None,
            "unit": "tonnes shipped"}
    assert bench_extract._figure_matches(fc, gold, text)
    assert not bench_extract._figure_matches(fc, {**gold, "value": 14200000}, text)


def test_a_source_that_sends_a_corrected_figure_a_day_later_revises_itself() -> None:
    figs = _figures(
        "Metro Regional Rail first put the line's cancellation rate at 5.8 percent. A day "
        "later it sent a corrected figure of 6.1 percent, saying the first number had left "
        "out weekend service.\n")
    assert figs["6.1 percent"][0] == "Metro Regional Rail"
    assert figs["5.8 percent"][2] is True


def test_a_fact_checks_title_is_its_headline_never_its_claim_box() -> None:
    ex = extract_text(FACT_CHECK.replace(
        "were canceled\n\n", "were canceled. The counts say otherwise.\n\n", 1))
    assert ex.title == ("Lawmaker says one in five Valley Line trains were canceled. The "
                        "counts say otherwise.")


def test_near_counts_and_sums_of_something_else_stay_out_of_the_question() -> None:
    # (the second review's near-misses: a count of the same role, or a sum in the same
    # currency, near in value but of another thing, with nothing setting it against them)
    figs = _figures(
        "The school district says 20,870 students are enrolled this autumn. The teachers' "
        "association says 21,400 students are.\n\n"
        "The state says 19,000 pupils were absent for at least ten days last year.\n")
    assert figs["20,870 students"][1] is not None and figs["19,000 pupils"][1] is None
    figs = _figures(
        "Vexford Motors said on Wednesday it would cut 350 posts at its Halewood plant. The "
        "Unite union said as many as 500 posts could go once agency roles are included.\n\n"
        "The plant currently employs 620 workers on two shifts, according to Liverpool City "
        "Council.\n")
    assert figs["350 posts"][1] is not None and figs["620 workers"][1] is None
    figs = _figures(
        "The Environment Agency says repairing the Severn defences will cost £410 million. "
        "Engineers at Arup put the cost at £520 million.\n\n"
        "The Treasury has set aside £450 million for school repairs in the region, a "
        "spokesman said.\n")
    assert figs["£410 million"][1] is not None and figs["£450 million"][1] is None


def _case(name: str) -> str:
    return {
        "b04": "Claim: \"Over 2 million people use food banks every year.\"\nSpeaker: Trussell "
               "Trust chief executive Emma Revie\n\nVerdict: Mostly true\n\nBy Jo Hale\n\nThe "
               "Trussell Trust handed out 2.9 million emergency parcels last year, but that "
               "counts parcels, not people. Its own estimate of people helped is about 1.2 "
               "million.\n",
        "b12": "Claim: \"Bus fares have doubled in a decade.\"\nClaimed by: Former transport "
               "minister Baroness Vere, BBC Radio 4\n\nBy Sam Cole\n\nThe Department for "
               "Transport says fares rose by 38 percent over the decade.\n",
        "a16": "Rents in Leeds are rising faster than anywhere else in Yorkshire.\n\nSarah "
               "Boyd, a letting agent, says rents in Headingley have risen by 12% since "
               "January. Emma Hart, the council's housing chief, was unavailable. According to "
               "her, a two-bed flat now lets for £1,150 a month.\n",
        "k01": "The Environment Agency said the Ouse peaked at a level 4.2 metres above normal "
               "on Sunday. Residents' group York Flood Watch said the water reached a level "
               "4.6 metres above normal at Skeldergate.\n",
        "x02": "Ram prices ahead of Eid\n\nTrader Musa Danjuma says a ram now sells for "
               "N250,000 at Kara market. The state's agriculture ministry puts the average "
               "price at N180,000.\n\nLast Eid, Danjuma said, the same ram went for "
               "N140,000.\n",
        "t01": "Figures from NHS England give the North West Ambulance Service NHS Trust an "
               "average category 2 response time of 38 minutes in January, and the "
               "neighbouring Yorkshire Ambulance Service NHS Trust 33 minutes.\n\nThe trust "
               "disputes the figure. A spokesperson said its own dashboard showed a mean of 35 "
               "minutes.\n",
        "m03": "The Home Office aims to process applications within 3 weeks on average, a "
               "spokesman said. The Labour Party says applicants are waiting 7 weeks on "
               "average.\n",
        "g01": "The Red Cross says its flood appeal raised £2.1m. Auditors at Grant Thornton "
               "put the sum at £1.8m.\n\nThe appeal's sister campaign in Wales, run by Oxfam "
               "Cymru, reached a total of £1.9m by Friday.\n",
    }[name]


def test_guards_found_by_the_rounds_review() -> None:
    said = _statements(_case("b04"))
    assert said["Over 2 million people use food banks every year."] == "Emma Revie"
    said = _statements(_case("b12"))
    assert said["Bus fares have doubled in a decade."] == "Baroness Vere"
    assert _figures(_case("a16"))["£1,150"][0] is None  # she was unavailable, said nothing
    flood = _figures(_case("k01"))
    assert flood["4.2 metres"][1] == flood["4.6 metres"][1] is not None  # a level measured
    ram = _figures(_case("x02"))
    assert ram["N140,000"][1] is None  # last Eid's price, another time
    assert _figures(_case("t01"))["35 minutes"][0] != "Yorkshire Ambulance Service NHS Trust"
    assert "3 weeks" not in _figures(_case("m03"))  # an aim, no time measured
    assert _figures(_case("g01"))["£1.9m"][1] is None  # a sum raised elsewhere


def test_days_counted_such_or_at_or_above_a_mark_are_figures() -> None:
    figs = _figures(
        "How many 40-degree days did Cordoba have?\n\n"
        "The national weather service said on Monday it had counted 38 such days at the "
        "city's airport station.\n\n"
        "Researchers at the University of Cordoba put the figure higher. Their analysis found "
        "that the old town spent 47 days at or above the mark.\n")
    assert figs["38 such days"][0] == "national weather service"
    assert figs["47 days"][1] == figs["38 such days"][1] is not None


def test_a_headlines_topic_before_its_colon_is_no_source() -> None:
    figs = _figures(
        "Minnesota TB cull: 2,460 cattle or more than 4,000?\n\n"
        "The Minnesota Board of Animal Health said Tuesday that 2,460 cattle had been "
        "culled.\n\n"
        "The Tamarack County Dairy Producers Association says more than 4,000 animals have "
        "been lost.\n")
    got = {fc.source.name for fc in extract_text(
        "Minnesota TB cull: 2,460 cattle or more than 4,000?\n\nThe Minnesota Board of "
        "Animal Health said Tuesday that 2,460 cattle had been culled.\n").figures
        if fc.source is not None}
    assert "Minnesota TB cull" not in got
    assert figs["more than 4,000 animals"][0] == "Tamarack County Dairy Producers Association"


def test_a_capitalised_word_in_a_bodys_name_says_nothing_made_or_lost() -> None:
    figs = _figures(
        "The Minnesota Board of Animal Health said Tuesday that 2,460 cattle from 11 herds "
        "had been culled.\n\n"
        "The U.S. Department of Agriculture's Animal and Plant Health Inspection Service puts "
        "the number at about 3,100 head.\n\n"
        "The Tamarack County Dairy Producers Association says more than 4,000 animals have "
        "been lost.\n")
    q = figs["2,460 cattle"][1]
    assert q is not None and figs["about 3,100 head"][1] == q
    assert figs["more than 4,000 animals"][1] == q
