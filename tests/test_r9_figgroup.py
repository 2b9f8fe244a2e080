"""Round 9, figure grouping: number words the parser missed ("four thousand crore rupees",
"one pupil in five"), headline and unsourced figures that say again a sourced figure,
and figures of one quantity that ended up in different questions.
Short texts written for these tests.
"""

from __future__ import annotations

import pytest

from provenance.extract import extract_text
from provenance.numbers import parse_amounts, scan

# --- number words --------------------------------------------------------------------

@pytest.mark.parametrize(("written", "value"), [
    ("Growers lost crops worth two thousand crore rupees.", 2e10),
    ("The scheme will cost Rs 1.2 lakh crore by 2030.", 1.2e12),
    ("The bill came to ₹3 thousand crore.", 3e10),
])
def test_a_scale_of_a_scale_is_their_product(written, value):
    money = [f for f in scan(written, bare=True) if f.kind == "money"]
    assert [(f.value, f.unit) for f in money] == [(value, "Rs")]


def test_a_sum_of_two_scale_words_is_shown_in_the_last():
    assert [a.describe() for a in parse_amounts("It cost two thousand crore rupees.")] == \
        ["Rs 2000 crore"]


@pytest.mark.parametrize(("written", "pct", "of"), [
    ("Almost one nurse in three had quit.", 33.3, "nurse"),
    ("Roughly two voters in five backed the plan.", 40.0, "voters"),
    ("One pupil in ten was absent.", 10.0, "pupil"),
])
def test_one_noun_in_n_is_a_share(written, pct, of):
    ratios = [f for f in scan(written, bare=True) if f.kind == "ratio"]
    assert [(f.low, f.of) for f in ratios] == [(pct, of)]


@pytest.mark.parametrize(("written", "text", "bound"), [
    ("The council says 20%, a residents' group says more than half.", "more than half", "low"),
    ("She put it at nearly a third.", "nearly a third", None),
])
def test_a_fraction_word_after_a_bound_or_hedge_at_a_clause_end_is_a_share(
        written, text, bound):
    shares = [(f.text, f.bound) for f in scan(written, bare=True) if f.kind == "percent"]
    assert shares[-1] == (text, bound)


def test_a_fraction_word_alone_at_a_clause_end_is_no_share():
    assert not scan("They cut the cake in half.", bare=True)


@pytest.mark.parametrize("written", [
    "The striker scored 3 goals in 4 games.",
    "There was one death in three days.",
    "One officer in 2021 said so.",
    "Only one in 1998 survived.",
])
def test_no_share_where_something_else_is_counted_after_or_a_year(written):
    assert not [f for f in scan(written, bare=True) if f.kind == "ratio"]


# --- a figure said again is its source's ----------------------------------------------

_STRIKE = (
    "The Lakeside Gazette\n\n"
    "News for the valley towns\n\n"
    "Refuse strike: council counts 18.5%, staff union says more than 70%\n\n"
    "By Ines Varga\n\n"
    "Bins went unemptied across Lakeside on Monday as refuse collectors stopped work over "
    "pay.\n\n"
    "The district council said 18.5% of its refuse crews had joined the stoppage, a figure "
    "taken from the morning roll call.\n\n"
    "The collectors' union, Unite Waste, said more than 70% of crews had walked out.\n"
)


def test_headline_figures_take_the_source_and_question_of_the_same_figure_below():
    figs = extract_text(_STRIKE).figures
    head = [fc for fc in figs if fc.start < _STRIKE.index("By Ines")]
    body = [fc for fc in figs if fc.start > _STRIKE.index("By Ines")]
    assert [fc.figure.text for fc in head] == ["18.5%", "more than 70%"]
    assert head[0].source is not None and head[0].source.name == "district council"
    assert head[0].group is not None
    assert {fc.group for fc in head} == {fc.group for fc in body}


_FUND = (
    "STATEMENT FROM HARBOUR SAVINGS\n\n"
    "Harbour Savings responds to claims on mortgage arrears\n\n"
    "Mortgage arrears on the society's loans at the end of June came to €84 million, as "
    "set out in the audited half-year accounts.\n\n"
    "The consumer group Fair Money put the society's arrears at €230 million.\n\n"
    "Finance director Karl Weiss said: \"Our €84 million is an audited number.\"\n"
)


def test_a_bare_sum_said_again_by_a_source_is_theirs_and_in_their_question():
    figs = extract_text(_FUND).figures
    first = next(fc for fc in figs if fc.figure.text == "€84 million")
    assert first.source is not None and first.source.name == "Karl Weiss"
    assert first.group is not None
    assert first.group == next(fc.group for fc in figs if fc.figure.text == "€230 million")


_CHECK = (
    "FACT CHECK\n\n"
    "Did the drought cost dairy farmers $900 million? Claim overstates estimates\n\n"
    "By Owen Price\n\n"
    "Senator Dana Holt said on radio: \"Dairy farmers have lost $900 million to this "
    "drought.\"\n\n"
    "The state farm bureau estimated the losses at $310 million.\n\n"
    "Our verdict\n\n"
    "The $900 million figure is almost three times the bureau's estimate.\n"
)


def test_a_headline_and_a_later_restatement_are_the_sources_figure():
    figs = extract_text(_CHECK).figures
    holt = [fc for fc in figs if fc.figure.text == "$900 million"]
    assert len(holt) == 3
    assert all(fc.source is not None and fc.source.name.endswith("Dana Holt") for fc in holt)
    assert len({fc.group for fc in holt}) == 1 and holt[0].group is not None


def test_a_figure_of_another_measure_is_no_restatement():
    body = ("The Reservoir Trust said 4,500 hectares of farmland had flooded.\n\n"
            "The valley holds 4,500 cattle, according to the census.\n\n"
            "Farmers' leader Rui Sousa said 12,000 hectares were under water.\n")
    src = {fc.figure.text: fc.source.name if fc.source else None
           for fc in extract_text(body).figures}
    assert src.get("4,500 cattle") != "Reservoir Trust"


@pytest.mark.parametrize(("written", "value"), [
    ("The glacier is losing more than 4 gigatonnes a year.", 4e9),
    ("The plant emits 12 megatonnes of carbon dioxide.", 12e6),
])
def test_tonnes_with_a_metric_prefix_are_tonnes_scaled(written, value):
    assert [(f.value, f.unit) for f in scan(written, bare=True)] == [(value, "tonnes")]


def test_two_years_with_a_dash_are_no_range():
    assert not [f for f in scan("The mean over 1990–2020 rose.", bare=True)
                if f.kind == "range"]


def test_a_count_of_times_after_a_sum_is_no_sum():
    text = "The fund lost Rs 40 crore; the video was viewed more than 2 lakh times."
    assert [f.kind for f in scan(text, bare=True)] == ["money", "count"]


# --- figures of one quantity in one question ------------------------------------------

def test_a_bare_number_joins_the_question_of_the_same_figure_with_its_unit():
    body = ("The Wildfire Service said the blaze had burnt about 48,000 hectares.\n\n"
            "The regional council puts the figure at 19,000 hectares.\n\n"
            "The service's planning chief, Aino Virtanen, said: \"Our 48,000 is a cautious "
            "number. A fire front can cover as much ground in a day as 6,000 farms.\"\n")
    figs = {fc.figure.text: fc for fc in extract_text(body).figures}
    assert figs["48,000"].group is not None
    assert figs["48,000"].group == figs["about 48,000 hectares"].group
    assert "6,000 farms" not in figs  # a comparison, no figure of anything disputed


def test_an_uncertainty_is_no_figure():
    body = ("The Polar Institute estimates the ice sheet lost 270 billion tonnes last year; "
            "its stated uncertainty is about ±30 billion tonnes.\n\n"
            "The campaign group Melt Watch says the loss was 400 billion tonnes.\n")
    assert "30 billion tonnes" not in {fc.figure.text for fc in extract_text(body).figures}


def test_a_rate_of_taking_part_joins_the_share_of_people_most_sources_give():
    body = ("Nurses strike over pay\n\n"
            "The health board said 14% of nurses walked out on Monday.\n\n"
            "The nurses' union said more than 55 per cent of nurses had joined the strike.\n\n"
            "A second union, the Midwives Guild, put participation at 40 per cent.\n\n"
            "The strike closed around half of the city's clinics, the union said.\n")
    figs = {fc.figure.text: fc for fc in extract_text(body).figures}
    shares = {figs[t].group for t in ("14%", "more than 55 per cent", "40 per cent")}
    assert len(shares) == 1 and None not in shares


def test_sums_lost_and_worth_are_one_loss():
    body = ("A farmers' leader, Ravi Patil, said growers had lost crops worth Rs 900 crore "
            "across the district.\n\n"
            "The district agriculture office estimated crop losses at ₹310 crore.\n\n"
            "An independent institute estimated losses between Rs 400 crore and Rs 450 crore.\n")
    figs = extract_text(body).figures
    assert len({fc.quantity for fc in figs}) == 1
    assert len({fc.group for fc in figs}) == 1 and figs[0].group is not None


def test_one_noun_in_n_counts_its_noun():
    body = ("Bus strike\n\n"
            "The transport authority said 30% of drivers stayed at home on Friday.\n\n"
            "The drivers' union said: \"Nearly one driver in two was out.\"\n")
    figs = extract_text(body).figures
    assert [fc.quantity for fc in figs] == ["share of driver", "share of driver"]
    assert figs[0].group is not None and figs[0].group == figs[1].group


_MARCH = (
    "How many marched in Lyon? Police say 9,000, organisers 30,000\n\n"
    "By Tom Leroy\n\n"
    "Thousands of people marched through the centre of Lyon on Sunday against the "
    "closure of the city's maternity ward.\n\n"
    "Police said about 9,000 demonstrators took part. The organisers, the Save Our Ward "
    "collective, said more than 30,000 protesters had joined the march.\n"
)


def test_a_headlines_bare_numbers_count_what_the_same_figures_below_count():
    figs = extract_text(_MARCH).figures
    head = [fc for fc in figs if fc.start < _MARCH.index("By Tom")]
    assert [fc.figure.text for fc in head] == ["9,000", "30,000"]
    assert [fc.source.name if fc.source else None for fc in head] == ["police", "organisers"]
    assert len({fc.group for fc in figs}) == 1 and figs[0].group is not None


def test_a_headlines_bare_number_nothing_below_says_again_is_no_figure():
    body = ("Flood in Ravenna: 4,000 or 6,000?\n\n"
            "Civil protection officials said 2,500 people had left their homes by noon.\n\n"
            "The mayor, Elena Conti, said 3,100 residents had been moved.\n")
    assert [fc.figure.text for fc in extract_text(body).figures] == [
        "2,500 people", "3,100 residents"]


def test_shares_of_households_families_and_homes_are_one_share():
    body = ("Water bills\n\n"
            "About 12% of households in the county were behind on their water bills, the "
            "regulator said.\n\n"
            "A coalition of charities says nearly one in four families is struggling to pay.\n\n"
            "The water companies' trade body said a fifth of homes had asked for help.\n")
    qs = {fc.quantity for fc in extract_text(body).figures}
    assert qs == {"share of people"}


def test_the_number_of_things_was_counts_the_things():
    body = ("Mine collapse\n\n"
            "The mining ministry said 212 workers were killed.\n\n"
            "Union officials said the real number of deaths was above 400.\n")
    figs = {fc.figure.text: fc for fc in extract_text(body).figures}
    assert figs["400"].quantity == "death"
    assert figs["400"].group is not None and figs["400"].group == figs["212 workers"].group


def test_turnout_and_participation_are_one_rate():
    body = ("Ballot row\n\n"
            "The election board said turnout in the mayoral vote was 41 per cent.\n\n"
            "The Civic Alliance said turnout was 29%.\n\n"
            "A monitoring group, Fair Vote, put participation at 35 per cent.\n")
    figs = extract_text(body).figures
    assert len({fc.quantity for fc in figs}) == 1
    assert len({fc.group for fc in figs}) == 1 and figs[0].group is not None


def test_cases_and_infections_are_one_count():
    body = ("Measles outbreak\n\n"
            "The health department has confirmed 860 cases of measles since March.\n\n"
            "An epidemiologist, Dr. Omar Saleh, said the true number of infections was "
            "probably above 2,000.\n")
    figs = extract_text(body).figures
    assert len({fc.quantity for fc in figs}) == 1
    assert len({fc.group for fc in figs}) == 1 and figs[0].group is not None


def test_a_time_after_a_figure_is_no_rate_and_an_old_figure_named_again_is_revised():
    body = ("Landslide toll rises\n\n"
            "The disaster agency revised its death toll to 650 on Thursday, up from 500 a day "
            "earlier.\n\n"
            "Village leaders said more than 1,000 people had died.\n\n"
            "The 500 figure had been widely criticised as too low.\n")
    figs = extract_text(body).figures
    assert {fc.quantity for fc in figs} == {"death"}
    old = [fc for fc in figs if fc.figure.text == "500"]
    assert len(old) == 2 and all(fc.revised for fc in old)
    assert all(fc.source is not None and fc.source.name == "disaster agency" for fc in old)
    assert len({fc.group for fc in figs if not fc.revised}) == 1


@pytest.mark.parametrize("body", [
    ("Storm damage\n\nThe county said 600 houses had been destroyed by the storm.\n\n"
     "The Red Cross said more than 1,500 homes were flattened.\n"),
    ("Troop build-up\n\nThe defence ministry said 4,000 troops had crossed the border.\n\n"
     "Satellite analysts at GeoWatch said about 9,000 soldiers were massed there.\n"),
])
def test_one_thing_counted_under_two_names_is_one_count(body):
    figs = extract_text(body).figures
    assert len(figs) == 2 and len({fc.quantity for fc in figs}) == 1
    assert figs[0].group is not None and figs[0].group == figs[1].group


def test_shares_of_renters_and_tenants_are_one_share():
    body = ("Eviction row\n\n"
            "The charity HomeSafe said 35% of renters in the city had been threatened with "
            "eviction.\n\n"
            "The landlords' federation said only 1 in 25 tenants had been served notice.\n")
    figs = extract_text(body).figures
    assert {fc.quantity for fc in figs} == {"share of people"}
    assert figs[0].group is not None and figs[0].group == figs[1].group


@pytest.mark.parametrize(("written", "value", "sign"), [
    ("The board put losses at ₹ 3,000 crore.", 3e10, "Rs"),
    ("The bridge will cost € 2.3 billion.", 2.3e9, "€"),
])
def test_a_currency_sign_spaced_from_its_sum_is_money(written, value, sign):
    assert [(f.kind, f.value, f.unit) for f in scan(written, bare=True)] == [
        ("money", value, sign)]


def test_a_budget_gap_is_a_sum_and_one_question_with_the_shortfall():
    body = ("Council budget\n\n"
            "Marlow Council says it faces a budget gap of £9 million next year.\n\n"
            "The GMB union said the real shortfall was closer to £3 million.\n")
    figs = extract_text(body).figures
    assert [fc.figure.text for fc in figs] == ["£9 million", "£3 million"]
    assert {fc.quantity for fc in figs} == {"money £ shortfall"}
    assert figs[0].group is not None and figs[0].group == figs[1].group


def test_a_gap_between_two_figures_is_still_no_figure():
    body = ("The agency counted 1,200 hours of outages and the utility 900 hours, a gap of "
            "300 hours between the two.\n")
    assert "300 hours" not in [fc.figure.text for fc in extract_text(body).figures]
