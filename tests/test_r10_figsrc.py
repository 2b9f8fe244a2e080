"""Who gives a figure (round 10): no date word, bare place or place adjective is a
figure's source ("according to results released Tuesday", "analysts at Vienna
consultancy X", "the Frankfurt-listed steelmaker said"); "her office" after a named person
is hers. Short texts written for these tests.
"""

from __future__ import annotations

from provenance.extract import extract_text
from tests.figurecases import sources

BIRDS = ("Bird census finds 4,210 pairs on the Oster estuary; wardens say it is low\n\n"
         "By Lena Fiske, Coastal Post\n\n"
         "OSTERBY — Kelby County's annual bird census counted 4,210 nesting pairs on the "
         "Oster estuary, according to results released Tuesday. Wardens say the number misses "
         "the outer marshes.\n\n"
         "The Oster Wildlife Trust disputes that. The trust's volunteers put the real number "
         "at about 6,900 pairs.\n")

BRIDGES = ("How many bridges in Tarvia need repair?\n\n"
           "By Olek Brandt, Tarvia Courier\n\n"
           "The Tarvia Bridge Builders' Guild says about 2,300 bridges need major repair.\n\n"
           "The Roads Directorate puts the number far lower. Its latest structural inspection "
           "report, published in March, lists 1,450 bridges as unsafe.\n\n"
           "An audit by Auditor General Mina Kessel found both numbers wanting. Her office "
           "inspected 600 bridges and estimated that between 1,800 and 2,000 bridges need "
           "repair.\n\n"
           "Analysts at Vienna consultancy Brückner Partners estimated the number at 1,900 to "
           "2,100 bridges in a note on Friday.\n\n"
           "Kelvar Steel Corp's plant in Tarvia made 310,000 tonnes of steel last year, the "
           "Frankfurt-listed steelmaker said on Monday.\n")


def test_a_weekday_after_according_to_is_no_source():
    got = sources(BIRDS)
    assert got["4,210 nesting pairs"] == "Kelby County"


def test_a_place_before_what_a_body_is_is_not_the_body():
    assert sources(BRIDGES)["1,900 to 2,100"] == "Brückner Partners"


def test_a_body_described_by_a_place_adjective_is_the_body_named_before():
    assert sources(BRIDGES)["310,000 tonnes"] == "Kelvar Steel Corp"


def test_her_office_is_the_person_named_before():
    assert sources(BRIDGES)["between 1,800 and 2,000"] == "Mina Kessel"


def test_her_group_is_still_the_body_she_works_at():
    body = ("Shop prices\n\nJo Farrant, chief economist at the Retail Federation, spoke on "
            "Monday. Her group estimates that 4,000 shops closed last year.\n")
    assert sources(body)["4,000 shops"] == "Retail Federation"


FERRY = ("How much does the Marlow ferry line earn?\n\nBy Ida Renn, Harbour Times\n\n"
         "Nadia Osei, the ferry line's chief executive, told a conference that revenue "
         "reached $75 million. That was up from the $51 million she cited on a radio show in "
         "March.\n\n"
         "Tidewatch Analytics, which follows shipping firms, is in between. Its annual "
         "“Ferry Economics” report, built from ticket prices, timetables and passenger counts, "
         "estimates the line's revenue at $44 million to $49 million.\n")


def test_a_figure_she_cited_is_the_person_she_stands_for():
    assert sources(FERRY)["$51 million"] == "Nadia Osei"


def test_its_titled_report_with_an_aside_is_the_body_its_stands_for():
    assert sources(FERRY)["$44 million to $49 million"] == "Tidewatch Analytics"


def test_a_one_word_name_in_apposition_is_the_subject():
    body = ("How many ferry trips were cancelled?\n\nBy Ida Renn\n\nThe operator says 140 "
            "sailings were cancelled in May. A shipping tracker, SeaPulse, puts the figure at "
            "310 sailings.\n")
    assert sources(body)["310 sailings"] == "SeaPulse"


REGATTA = ("REGATTA ROW: Organisers claim 60,000 came - but police say it was far fewer\n\n"
           "By Tom Hale\n\n"
           "Organisers Riverfest Events boasted that a record 60,000 revellers packed the "
           "banks over the weekend.\n\n"
           "But Kessing Police said their estimate was around 31,000.\n")


def test_the_body_named_after_organisers_boasting_gives_the_figure():
    got = sources(REGATTA)
    assert got["60,000 revellers"] == "Riverfest Events"
    assert got["60,000"] == "Riverfest Events"  # the headline's "Organisers claim"


def test_its_dated_plan_is_the_body_its_stands_for():
    body = ("How many potholes does Kessel have?\n\nBy Anya Brook\n\n"
            "The Kessel District Board, the region’s planning body, uses its own asset model. "
            "Its 2022 asset plan reported a total of 9,800 potholes.\n")
    assert sources(body)["9,800 potholes"] == "Kessel District Board"


def test_who_reached_a_figure_gives_it():
    body = ("How much water does the Pell reservoir lose?\n\nBy Rosa Lind\n\n"
            "The county says the reservoir loses 30 million cubic metres a year.\n\n"
            "Engineers at the Pell Valley Water Office, who measured the reservoir for a study "
            "paid for by the county and released in June, reached a figure in between: 40-55 "
            "million cubic metres a year.\n")
    got = sources(body)
    assert next(v for k, v in got.items() if k.startswith("40")) == "Pell Valley Water Office"


def test_a_quotation_labelled_his_view_is_the_person_named_before():
    body = ("How many adults lack iron?\n\nBy Ida Renn\n\n"
            "A clinic chain, IronCheck, says 38% of adults who took its test were low.\n\n"
            "I asked Dr. Paul Grieve, a haematologist at Marlow University, what he makes of "
            "it. His view: “If you use the strict cutoff, you are talking about 5 percent of "
            "adults. That is real deficiency.”\n")
    assert sources(body)["about 5 percent"] == "Paul Grieve"


def test_the_maker_of_a_named_work_that_did_one_thing_and_found_another():
    body = ("How many households run short of food?\n\nBy Ida Renn\n\n"
            "A charity, FoodLine, says 30% of households ran short last winter.\n\n"
            "The 2022–2023 National Pantry Watch, run by the federal Office of Food "
            "Monitoring, tested about 7,200 adults aged 18 to 65 using the same 12 mg/L "
            "cutoff and found that roughly 1 in 6 adults fell below it.\n")
    assert sources(body)["1 in 6"] == "Office of Food Monitoring"


def test_its_report_that_rates_a_figure_as_something_is_the_body_its_stands_for():
    body = ("How much of Ostrava's water main is failing?\n\nBy Ida Renn\n\n"
            "The Pipefitters' Guild says about 1,300 kilometres of mains are failing.\n\n"
            "The Water Directorate puts the length far lower. Its most recent pipe condition "
            "report, released in May, rates 820 kilometres of mains as failing.\n\n"
            "“We stand by our inspectors,” Water Minister Hana Dvorak told reporters. "
            "“820 kilometres is a lot of pipe.”\n")
    got = [fc.source.name if fc.source else None for fc in extract_text(body).figures
           if fc.figure.text == "820 kilometres"]
    assert got[0] == "Water Directorate"  # (the minister's quotation says it again)


def test_a_names_possessive_before_a_figure_that_is_the_subject():
    body = ("How many potholes does Kessel have?\n\nBy Anya Brook\n\n"
            "Mapping company Roadly says drivers meet 15,200 potholes.\n\n"
            "The truth is probably near Roadly’s 15,200. The KRA’s 12,400 sits lower, and it "
            "has the largest sample behind it.\n")
    got = [(fc.figure.text, fc.source.name if fc.source else None)
           for fc in extract_text(body).figures]
    assert next(n for t, n in got if t.startswith("12,400")) == "KRA"


def test_initials_never_spelled_out_in_brackets_are_the_body_of_those_initials():
    body = ("How many potholes does Kessel have?\n\nBy Anya Brook\n\n"
            "The Kessel Roads Agency runs the street census every spring.\n\n"
            "Mapping company Roadly says drivers meet 15,200 potholes.\n\n"
            "The truth is probably near Roadly’s 15,200. The KRA’s 12,400 sits lower, and it "
            "has the largest sample behind it.\n")
    got = [(fc.figure.text, fc.source.name if fc.source else None)
           for fc in extract_text(body).figures]
    assert next(n for t, n in got if t.startswith("12,400")) == "Kessel Roads Agency"


def test_a_figure_by_a_persons_calculation_is_theirs():
    body = ("How busy is the Orrin bridge?\n\nBy Anya Brook\n\n"
            "Traffic analyst Ken Nakamura says the bridge carries 21,000 cars a day. That is "
            "about 900 cars per hour, by Nakamura's calculation.\n\n"
            "The bridge authority says 600 cars cross per hour.\n")
    got = [(fc.figure.text, fc.source.name if fc.source else None)
           for fc in extract_text(body).figures]
    assert next(n for t, n in got if t.startswith("about 900")) == "Ken Nakamura"


def test_what_the_writer_learned_with_help_from_a_body_is_the_bodys():
    body = ("Do 800 people move to Oregon every day?\n\nBy Anya Brook\n\n"
            "Governor Lisa Marsh said 800 people move to Oregon every day.\n\n"
            "With help from the U.S. Census Bureau, we learned that about 410 people come "
            "to Oregon every day, on average.\n")
    got = [(fc.figure.text, fc.source.name if fc.source else None)
           for fc in extract_text(body).figures]
    assert next(n for t, n in got if t.startswith("about 410")) == "U.S. Census Bureau"


def test_guards_her_office_after_a_name_with_a_place_and_a_weekday():
    body = ("Bridge numbers\n\nBy Anya Brook\n\nMayor Jane Roe of New York spoke on Monday. "
            "Her office estimated that 4,000 bridges need repair.\n\n"
            "Researchers at Oxford told Reuters that 2,500 bridges are unsafe.\n")
    got = sources(body)
    assert got["4,000 bridges"] == "Jane Roe"
    assert got["2,500 bridges"] == "Oxford"  # (a verb, then its object: not "Reuters")


def test_a_titled_name_with_a_participle_aside_before_said():
    body = ("How many jobs will the Arlen plant cut?\n\nBy Anya Brook\n\n"
            "Norvik Motors said on Tuesday it would cut 1,200 jobs at its Arlen plant.\n\n"
            "Union leader Marta Holm, speaking on Thursday, said 3,100 jobs were at risk, "
            "according to figures released Friday.\n")
    assert sources(body)["3,100 jobs"] == "Marta Holm"


def test_a_tally_named_by_its_weekday_has_no_weekday_for_a_maker():
    body = ("How many people left the valley?\n\nBy Anya Brook\n\n"
            "Governor Ruth Anand told a rally that 52,000 people had left.\n\n"
            "According to the relief agency's Wednesday tally, 39,500 people had registered "
            "at shelters.\n")
    assert sources(body)["39,500 people"] != "Wednesday"


def test_a_name_that_opens_with_people_and_a_preposition_is_one_name():
    body = ("Pylon row\n\nBy Ann Lee\n\nResidents Against Pylons say 4,000 homes will be "
            "affected.\n")
    assert sources(body)["4,000 homes"] == "Residents Against Pylons"
