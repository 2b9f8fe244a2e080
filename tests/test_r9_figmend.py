"""Round 9, mends from a review of this round's figure rules: a figure word is a counted
noun unless it names a figure ("45,000 claims" counts claims; "the 500 figure" names
one); a figure is never said again from a clause that rejects it, nor onto a figure its
own sentence gives a source; a bare number with a verb of its own keeps its quantity; a
sum held in reserves is no budget gap; two names of one thing are one count only where
both fare alike; 'one X in N' and hedged fractions read as shares only where they are.
Short texts written for these tests.
"""

from __future__ import annotations

import pytest

from provenance.extract import extract_text
from provenance.numbers import scan


def _figs(body: str) -> list[tuple[str, str, str | None]]:
    return [(fc.figure.text, fc.quantity, fc.source.name if fc.source else None)
            for fc in extract_text(body).figures]


# --- H5: claims, estimates and tallies are counted nouns --------------------------------

@pytest.mark.parametrize(("written", "unit"), [
    ("Officials said 18,000 claims were lodged last month.", "claims"),
    ("The regulator received 640 estimates from builders.", "estimates"),
])
def test_a_plural_figure_word_is_what_is_counted(written, unit):
    counts = [f for f in scan(written) if f.kind == "count"]
    assert [f.unit for f in counts] == [unit]


def test_claims_are_no_other_count_of_the_same_value():
    body = ("The Motor Insurers' Bureau said drivers had filed 3,700 claims after the floods in "
            "Leeds. The city council said 3,700 cars had been written off.\n")
    figs = extract_text(body).figures
    claims = [fc for fc in figs if fc.figure.text == "3,700 claims"]
    assert len(claims) == 1 and claims[0].quantity == "claim"
    assert len({fc.quantity for fc in figs}) == 2
    assert all(fc.group is None for fc in figs)


def test_claims_filed_are_a_figure():
    body = "The Employment Office said 87,000 claims were filed in the week to Friday.\n"
    assert [t for t, _, _ in _figs(body)] == ["87,000 claims"]


def test_a_figure_named_as_a_figure_is_still_a_bare_number():
    body = ("The ministry said 640 schools were closed.\n\nThe union said the ministry's 640 "
            "figure ignored village schools.\n")
    figs = extract_text(body).figures
    assert {fc.quantity for fc in figs} == {"school"}


# --- H6: a figure a clause rejects is not said again ---------------------------------------

def test_a_claim_line_is_not_given_to_the_expert_who_rejects_it():
    body = ("Fact check: Did bus fares double in Cardiff?\n"
            "Claim: Bus fares in Cardiff have risen 100 per cent since 2020.\n"
            "Rating: False\n\n"
            "A video shared online says fares have doubled. Transport for Wales data show "
            "the standard fare rose from £2.00 to £2.30, a rise of 15 per cent.\n"
            "Prof Gareth Rees, a transport economist at Swansea University, said a 100 per "
            "cent rise \"is simply not in the data\".\n")
    hundred = [s for t, _, s in _figs(body) if t.startswith("100")]
    assert hundred and hundred[:-1] == [None] * (len(hundred) - 1)


# --- H8: a bare number with its own verb keeps its quantity -----------------------------

def test_a_bare_number_with_a_verb_of_its_own_joins_no_other_count():
    body = ("The fire service said 8,500 hectares of forest had burned. The governor, Marta "
            "Silva, said 8,500 had been evacuated from coastal towns.\n")
    figs = extract_text(body).figures
    bare = [fc for fc in figs if fc.figure.text == "8,500"]
    assert len(bare) == 1 and bare[0].quantity != "hectare"
    assert all(fc.group is None for fc in figs)


# --- M1: reserves are no budget gap ------------------------------------------------------

@pytest.mark.parametrize("held", [
    "was holding £9 million in reserves",
    "had £9 million in reserves",
])
def test_a_sum_held_in_reserves_is_no_budget_gap(held):
    body = (f"The trust said its budget gap for next year was £6 million. Doctors said the "
            f"trust {held} that could cover it.\n")
    figs = extract_text(body).figures
    assert [fc.quantity for fc in figs] == ["money £ shortfall", "money £ reserves"]


# --- M2: two names, one count only where both fare alike ----------------------------------

@pytest.mark.parametrize("body", [
    ("The college said it taught 14,000 students. The county said 61,000 pupils attended "
     "its primary schools.\n"),
    ("The water board said 450 homes were flooded. The builder said 2,300 houses would be "
     "built on the meadow.\n"),
    ("The general said 2,600 soldiers had been lost in the winter. The ministry said 700 "
     "troops had been sent to the border.\n"),
])
def test_two_names_that_fare_differently_are_two_counts(body):
    figs = extract_text(body).figures
    assert len(figs) == 2 and figs[0].quantity != figs[1].quantity
    assert all(fc.group is None for fc in figs)


# --- M3: a figure its own sentence gives a source is not restated --------------------------

def test_a_figure_with_its_own_cue_is_no_restatement():
    body = ("Renters face 3% rise\n"
            "Council rents will go up 6.4% in April, the housing regulator said.\n"
            "Inflation was 3% in June, according to Statistics Wales. Landlord body the ALW "
            "said 3% was a fair increase for private renters.\n")
    three = [fc for fc in extract_text(body).figures if fc.figure.text == "3%"]
    assert len(three) == 3
    assert three[1].source is not None and three[1].source.name == "Statistics Wales"
    assert all(fc.source is None or fc.source.name != "Statistics Wales"
               for fc in (three[0], three[2]))


# --- L2: 'one X in N' ---------------------------------------------------------------------

def test_one_singular_noun_in_n_then_a_verb_is_a_share():
    got = [(f.kind, f.value) for f in scan("One pensioner in four lives alone.")]
    assert got == [("ratio", 1.0)]


@pytest.mark.parametrize("written", [
    "The forward scored 14 goals in 25.",
    "The team won one match in six.",
    "He rests one week in eight.",
])
def test_a_tally_or_a_time_in_n_is_no_share(written):
    assert not [f for f in scan(written) if f.kind == "ratio" or f.unit == "%"]


# --- L3: a hedged fraction at a clause's end --------------------------------------------

@pytest.mark.parametrize("written", [
    "The race was tied at roughly half.",
    "She ran just under half.",
])
def test_a_hedged_fraction_with_no_estimate_is_no_share(written):
    assert not [f for f in scan(written) if f.unit == "%"]


def test_a_hedged_fraction_someone_estimates_is_a_share():
    assert [f.value for f in scan("The survey team reckons roughly a quarter.")] == [25.0]
