"""Ordinary ways a journalist writes a dispute, each read as the question a user sees.

Short texts written for these tests, several wordings per pattern (news English; no
article's sentences): a second source in a clause joined by "and"/"but"/"while" with no
comma; a cue after the figure in the present tense ("..., officials say, though ...");
a headline's kind of source ("campaigners say") and the body below that names it.
Each test reads `contested` on the written draft, as `provenance contested` shows it.
"""

from __future__ import annotations

import pytest

from provenance.extract import extract_text

from .figurecases import questions, sources


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("Police said 5,000 marched and organisers said 20,000.",
     ("5,000", "police"), ("20,000", "organisers")),
    ("The ministry estimated 3,000 homes were flooded and the red cross put the number "
     "at 8,000.", ("3,000 homes", "ministry"), ("8,000", "red cross")),
    ("The airline said 300 flights were cancelled while the pilots' union said 650.",
     ("300 flights", "airline"), ("650", "pilots' union")),
    ("The company said 200 jobs would go and the union said 450.",
     ("200 jobs", "company"), ("450", "union")),
    ("The council counted 400 rough sleepers but charities said the real figure was 1,100.",
     ("400 rough sleepers", "council"), ("1,100", "charities")),
])
def test_a_second_source_joined_without_a_comma_gives_its_own_figure(
        sentence, first, second, tmp_path):
    got = sources("Figures disputed\n" + sentence + "\n")
    assert got[first[0]] == first[1]
    assert got[second[0]] == second[1]
    qs = questions("Figures disputed\n" + sentence + "\n", tmp_path)
    assert len(qs) == 1
    [positions] = qs.values()
    assert [p.rsplit(" (", 1)[1] for p in positions] == sorted([f"{first[1]})",
                                                                f"{second[1]})"])


def test_a_compound_subject_stays_one_source():
    # "and" with no figure before it joins two subjects; it opens no clause
    got = sources("March\nPolice and organisers said 5,000 people marched.\n")
    assert got["5,000 people"] == "Police and organisers"


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("About 12,000 posts are vacant, officials say, though the union puts it at 20,000.",
     ("About 12,000 posts", "officials"), ("20,000", "union")),
    ("Some 4,000 homes were damaged, engineers estimate, but insurers put the figure at "
     "9,000.", ("Some 4,000 homes", "engineers"), ("9,000", "insurers")),
    ("More than 2,000 people were evacuated, police say, while the fire service says 3,500.",
     ("More than 2,000 people", "police"), ("3,500", "fire service")),
])
def test_a_present_tense_cue_after_the_figure_gives_it(sentence, first, second, tmp_path):
    body = "Numbers\n" + sentence + "\n"
    got = sources(body)
    assert got[first[0]] == first[1]
    assert got[second[0]] == second[1]
    assert len(questions(body, tmp_path)) == 1


def test_a_cue_that_gives_a_figure_of_its_own_closes_no_clause_before_it():
    got = sources("March\nPolice say 8,000 joined the march, organisers claim 120,000.\n")
    assert got == {"8,000": "police", "120,000": "organisers"}


def test_a_headlines_kind_of_source_is_the_body_below_that_names_it():
    body = ("Sewage spilled into the Avon for 9,000 hours last year, campaigners say\n"
            "The group Avon Clean Rivers said sewage had spilled into the river for 9,000 "
            "hours in 2025. The water company put the total at 6,100 hours.\n")
    fcs = [fc for fc in extract_text(body).figures if fc.figure.text == "9,000 hours"]
    assert [fc.source.name for fc in fcs if fc.source] == ["Avon Clean Rivers"] * 2


def test_a_figure_in_a_clause_about_an_earlier_dated_occasion_is_no_side():
    body = ("Police say 8,000 joined the 2026 fuel march\n"
            "Police said 8,000 people joined Friday's march. Organisers said 50,000 "
            "marched.\n"
            "The march is being compared with the 2023 protests, when the unions claimed "
            "200,000 marchers and police said 15,000.\n")
    fcs = {fc.figure.text: fc for fc in extract_text(body).figures}
    assert fcs["15,000"].quantity != fcs["8,000 people"].quantity


@pytest.mark.parametrize(("second", "source"), [
    ("The builder put the cost at $1,150 million.", "builder"),
    ("The contractor said it cost $1,150 million.", "contractor"),
    ("The main contractor estimated the bill at $1,150 million.", "main contractor"),
    ("Suppliers say the bridge cost $1,150 million.", "Suppliers"),
    ("The bridge cost $1,150 million, the builder said.", "builder"),
])
def test_someone_named_by_what_they_do_gives_a_figure(second, source, tmp_path):
    body = ("Bridge bill disputed\nThe city put the cost of the bridge at $1.2 billion. "
            + second + "\n")
    assert sources(body)["$1,150 million"] == source
    qs = questions(body, tmp_path)
    assert [sorted(p.rsplit(" (", 1)[1] for p in ps) for ps in qs.values()] == [
        sorted(["city)", source + ")"])]


def test_a_word_with_an_agents_ending_that_names_a_thing_is_no_source():
    body = ("Bills\nThe city put the cost at $1.2 billion. The letter put the cost at "
            "$900 million.\n")
    assert sources(body)["$900 million"] != "letter"


@pytest.mark.parametrize(("sentence", "source"), [
    ("About 5,000 people marched, the council said.", "the council"),
    ("The dam's cost was put at R800 million by the water board.", "water board"),
])
def test_a_body_named_by_its_kind_after_the_figure_gives_it(sentence, source):
    got = sources("Figures\n" + sentence + "\n")
    assert list(got.values()) == [source]


def test_what_different_things_cost_are_different_questions(tmp_path):
    body = ("March bill disputed\n"
            "The city said the march cost $2.4 million in policing. The union said it cost "
            "less than $1 million. Upgrading the municipal website to the new system will "
            "cost the city $350,000, officials said.\n")
    qs = questions(body, tmp_path)
    assert list(qs.values()) == [["$2.4 million (city)", "less than $1 million (union)"]]


@pytest.mark.parametrize("body", [
    # the thing in "the cost of X", as the subject of "cost", by its possessive; "it" and
    # "the project" are the thing last named
    "The council put the cost of the new bridge at £40 million. Engineers say the bridge "
    "will cost £65 million. Resurfacing the car park would cost £2 million, the council "
    "added. Drivers say the car park's cost will be £3 million.",
    "Officials put the price of the bridge at £40 million, while critics say the project "
    "will cost £65 million. A new car park would cost £2 million, the council said. "
    "Drivers say it will cost £3 million.",
])
def test_each_things_cost_is_its_own_question(body, tmp_path):
    qs = questions("Costs\n" + body + "\n", tmp_path)
    assert sorted(sorted(p.split(" (")[0] for p in ps) for ps in qs.values()) == [
        ["£2 million", "£3 million"], ["£40 million", "£65 million"]]
    assert any("car park" in q or "park" in q for q in qs)


def test_one_things_cost_in_other_words_stays_one_question(tmp_path):
    body = ("Stadium costs\nThe council put the cost of the stadium at $1.1 billion. The "
            "builder said the project would cost $1.4 billion, and fans say it cost "
            "$2 billion.\n")
    qs = questions(body, tmp_path)
    assert len(qs) == 1
    assert len(next(iter(qs.values()))) == 3


@pytest.mark.parametrize(("body", "asked"), [
    ("How many wolves live in the Alps?\nThe ministry put the population at about 430 "
     "animals. Hunters say there are 1,000 wolves in the region.\n",
     "How many wolves live in the Alps?"),
    ("Council and developer split over new homes\nThe council says 5,000 homes will be "
     "built on the site. The developer says 3,200 units.\n", "How many homes"),
    ("How many bison roam the park? Rangers and ranchers disagree\nRangers counted 2,400 "
     "bison in the spring census. Ranchers say the herd is closer to 6,000 head.\n",
     "How many bison"),
])
def test_a_generic_count_noun_is_the_articles_own_count(body, asked, tmp_path):
    qs = questions(body, tmp_path)
    assert len(qs) == 1
    [(question, positions)] = qs.items()
    assert question.startswith(asked)
    assert len(positions) == 2


def test_a_generic_count_of_another_order_stays_apart():
    body = ("How many wolves live in the Alps?\nHunters say there are 1,000 wolves in the "
            "region. The farmers' union says 40,000 animals were killed by wolves since "
            "2010, and the ministry says 700 wolves.\n")
    fcs = {fc.figure.text: fc for fc in extract_text(body).figures}
    assert fcs["1,000 wolves"].quantity == fcs["700 wolves"].quantity
    assert fcs["40,000 animals"].quantity != fcs["1,000 wolves"].quantity


def test_a_sentence_opening_on_an_earlier_year_is_another_occasion(tmp_path):
    body = ("Deforestation fell 12% in 2025, state says\n"
            "The state government says deforestation fell 12% in 2025. Researchers say "
            "deforestation fell 4% in 2025. In 2023, the state had recorded a fall of 25 "
            "per cent.\n")
    [positions] = questions(body, tmp_path).values()
    assert not any("25 per cent" in p for p in positions)
    assert len(positions) == 2


@pytest.mark.parametrize(("body", "apart"), [
    ("Fire burnt 34,000 hectares, officials say\nOfficials say the fire burnt 34,000 "
     "hectares. Farmers say about 340 square kilometres burnt. The park covers 167,000 "
     "hectares, the agency said.\n", "167,000 hectares"),
    ("Flood covered 12 square kilometres, council says\nThe council says the flood covered "
     "12 square kilometres. Residents say about 2,000 hectares were under water. The city "
     "covers 80,000 hectares, the council said.\n", "80,000 hectares"),
])
def test_an_area_of_another_order_is_no_side_of_the_articles_area(body, apart, tmp_path):
    # areas are one quantity in any unit as lengths and lengths of time are: when of one
    # order of magnitude as the opening's
    [positions] = questions(body, tmp_path).values()
    assert len(positions) == 2
    assert not any(apart in p for p in positions)


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("While the government says 300 schools were damaged, aid agencies put the number at "
     "900.", ("300 schools", "government"), ("900", "aid agencies")),
    ("The ministry's figure of 4,000 deaths is far below the 9,000 counted by local "
     "doctors.", ("4,000 deaths", "ministry"), ("9,000", "local doctors")),
    ("Protesters numbered about 20,000, said organisers, though police counted fewer than "
     "8,000.", ("about 20,000", "organisers"), ("fewer than 8,000", "police")),
    ("Rescuers have recovered 87 bodies, the coast guard said, but villagers say more than "
     "200 people drowned.", ("87 bodies", "coast guard"), ("more than 200 people",
                                                          "villagers")),
])
def test_more_ordinary_dispute_sentences(sentence, first, second, tmp_path):
    body = "Figures disputed\n" + sentence + "\n"
    got = sources(body)
    assert (got[first[0]], got[second[0]]) == (first[1], second[1])
    qs = questions(body, tmp_path)
    assert len(qs) == 1
    assert len(next(iter(qs.values()))) == 2


@pytest.mark.parametrize(("sentence", "figure", "source"), [
    ("The opposition says the scheme will cost taxpayers £4 billion, double the "
     "government's £2 billion estimate.", "£2 billion", "government"),
    ("The repair bill is $40 million, analysts estimate, far more than the city's $25 "
     "million.", "$25 million", "city"),
])
def test_a_bodys_possessive_before_a_compared_figure_gives_it(sentence, figure, source,
                                                             tmp_path):
    body = "Costs\n" + sentence + "\n"
    assert sources(body)[figure] == source
    [positions] = questions(body, tmp_path).values()
    assert len(positions) == 2


def test_a_possessive_of_what_a_body_has_is_no_source():
    got = sources("Schools\nOfficials say the state's 3,000 schools need repairs.\n")
    assert got["3,000 schools"] == "officials"


@pytest.mark.parametrize(("body", "source"), [
    ("Unemployment figures disputed\nThe ministry says unemployment is 6 percent. The "
     "Observatorio Nacional del Empleo, a coalition of unions and charities, estimates it "
     "at 9 percent.\n", "Observatorio Nacional del Empleo"),
    ("Wolf numbers disputed\nThe ministry says there are 430 wolves. The Landesamt für "
     "Umwelt, the state's environment agency, puts the number at 610.\n",
     "Landesamt für Umwelt"),
])
def test_a_body_named_in_its_own_language_gives_its_figure(body, source, tmp_path):
    assert source in sources(body).values()
    [positions] = questions(body, tmp_path).values()
    assert any(source in p for p in positions)


@pytest.mark.parametrize("second", [
    "The statistics institute calculates a rate of 17.6.",
    "Researchers put the rate at about 21.",
])
def test_a_bare_figure_called_a_rate_is_the_articles_rate(second, tmp_path):
    body = ("Child deaths disputed\nThe health ministry put the infant mortality rate at "
            "14.2 deaths per 1,000 live births. " + second + "\n")
    qs = questions(body, tmp_path)
    assert list(qs) == ["What is the mortality rate?"]
    assert len(qs["What is the mortality rate?"]) == 2


@pytest.mark.parametrize("body", [
    "The council now puts its liability at £760m. The union says it is £1.2bn. Auditors "
    "gave a range of £700m to £900m.",
    "The insurer puts the payout at $40 million. Claimants say it will be $95 million, and "
    "a court-appointed expert gave a range of $50 million to $70 million.",
])
def test_it_is_and_a_range_of_are_the_sum_last_named(body, tmp_path):
    qs = questions("Bill disputed\n" + body + "\n", tmp_path)
    assert len(qs) == 1
    assert len(next(iter(qs.values()))) == 3


def test_a_sum_recovered_is_no_side_of_the_loss(tmp_path):
    body = ("Fraud loss disputed\nThe bank put its losses at 4.6 billion yen. Regulators "
            "say the loss is nearer 5.8 billion yen. The bank said it has so far recovered "
            "1.2 billion yen from collateral.\n")
    [positions] = questions(body, tmp_path).values()
    assert len(positions) == 2
    assert not any("1.2 billion" in p for p in positions)


@pytest.mark.parametrize("subject", [
    "A third-party committee of outside lawyers and accountants, whose report was "
    "released the same day,",
    "An independent panel of engineers, which inspected the site,",
])
def test_a_body_brought_in_by_what_it_is_gives_its_figure(subject, tmp_path):
    body = ("Fraud loss disputed\nThe bank put its losses at 4.6 billion yen. " + subject +
            " estimated the losses at 7 billion yen.\n")
    got = sources(body)
    assert got["7 billion yen"] in ("third-party committee", "independent panel")
    [positions] = questions(body, tmp_path).values()
    assert len(positions) == 2


def test_a_body_that_speaks_through_its_officer_and_a_body_named_like_another(tmp_path):
    body = ("How many wolves live in the region?\n"
            "The Regional Hunters' Association says there are 1,000 wolves. The state "
            "sheep breeders' association puts the number at about 700, according to its "
            "chairwoman, Anna Weber. The ministry counted 430 wolves.\n")
    got = sources(body)
    assert got["about 700"] == "state sheep breeders' association"
    [positions] = questions(body, tmp_path).values()
    assert len(positions) == 3


def test_a_bylines_desk_is_not_the_body_a_later_description_stands_for(tmp_path):
    body = ("Bridge bill disputed\nBy Mara Quinn, City Desk\n"
            "The city says the bridge will cost $1.2 billion. Critics say the bridge will "
            "cost $2.4 billion.\n")
    assert sources(body)["$1.2 billion"] == "city"


@pytest.mark.parametrize(("sentence", "label"), [
    ("A study by researchers shows how Fortune 500 companies shelter 40 percent of "
     "profits, the researchers said.", "500 companies"),
    ("Terrell Haines, president of Food Workers Local 431, said 260 more workers would "
     "lose their jobs.", "431"),
])
def test_a_number_in_a_name_is_no_figure(sentence, label):
    got = sources("Figures\n" + sentence + "\n")
    assert label not in got


@pytest.mark.parametrize("body", [
    "Organisers claimed a turnout of 50,000. Police estimates put it at 12,000.",
    "Estimates of the crowd ranged from 12,000, according to police, to 50,000, according "
    "to organisers.",
])
def test_a_crowd_or_a_turnout_is_asked_as_people(body, tmp_path):
    assert list(questions("Rally\n" + body + "\n", tmp_path)) == ["How many people?"]


@pytest.mark.parametrize("body", [
    "The strike cost the economy €400 million, the Treasury said. Unions put the losses "
    "at €150 million.",
    "The ministry said the floods cost farmers R2.1 billion. Farmers' groups put the "
    "damage at R3.5 billion.",
    "Officials estimate what this year's drought has cost the region's growers at $340 "
    "million. The growers' union puts losses at $1.2 billion.",
])
def test_what_a_damaging_event_cost_is_its_loss(body, tmp_path):
    qs = questions("Losses disputed\n" + body + "\n", tmp_path)
    assert len(qs) == 1
    assert len(next(iter(qs.values()))) == 2
