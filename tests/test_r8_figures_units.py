"""A unit written as a symbol is the unit its name is ("540 Ml/d" is megalitres a day, as
"420 megalitres a day" beside it), with the symbol's case kept apart ("Ml" megalitres, "ml"
millilitres); a symbol may stand a space after its number ("1,800 MW"), and a time base
may be a symbol's "/d" or "every single day". Before, "540 Ml/d" was no figure and "every
single day" no rate, so figures of one quantity landed in separate questions.
Short texts written for these tests.
"""

from __future__ import annotations

import pytest

from provenance.extract import extract_text
from provenance.numbers import canonical_unit, scan
from tests.figurecases import questions


@pytest.mark.parametrize(("written", "value", "unit"), [
    ("The plant will make 1,800 MW.", 1800, "MW"),
    ("Leaks cost 540 Ml/d, the board said.", 540, "Ml"),
    ("The dam holds 12 GL of water.", 12, "GL"),
])
def test_a_spaced_symbol_is_the_figure_s_unit(written, value, unit):
    got = [(f.value, f.unit) for f in scan(written) if f.kind == "count"]
    assert got == [(value, unit)]


def _units(body: str) -> list[tuple[str, float | None, str | None, str]]:
    """Each drafted figure's text, value, unit and quantity, as the user reads them."""
    return [(fc.figure.text, fc.figure.value, fc.figure.unit, fc.quantity)
            for fc in extract_text("Units\n\n" + body + "\n").figures]


def test_a_symbol_before_a_name_is_no_unit():
    # read as the same sentence without "Mt" is (a count before a name is no figure),
    # never a number of megatonnes; the symbol itself still reads as a unit
    assert _units("About 1,200 Mt Everest climbers were stranded, the ministry said.") == \
        _units("About 1,200 Everest climbers were stranded, the ministry said.") == []
    assert _units("The mine produced 12 Mt of coal, the ministry said.") == [
        ("12 Mt", 12.0, "Mt", "megatonne")]


def test_a_symbol_ending_a_sentence_is_its_unit():
    assert [(f.value, f.unit) for f in scan("The works lost 12 ML. The board said so.")] == [
        (12.0, "ML")]


def test_a_symbol_reads_as_its_name_case_and_all():
    assert canonical_unit("Ml") == canonical_unit("megalitres")
    assert canonical_unit("ml") == canonical_unit("millilitres")
    assert canonical_unit("Ml") != canonical_unit("ml")


def test_a_symbol_and_its_name_are_one_quantity(tmp_path):
    body = ("Leaky pipes\n\nThe water board says the town loses about 90 megalitres a "
            "day to leaks.\n\nThe national regulator put the losses at 130 Ml/d in its "
            "annual audit.\n")
    qs = questions(body, tmp_path)
    assert list(qs.values()) == [["130 Ml (national regulator)",
                                  "about 90 megalitres (water board)"]]


def test_every_single_day_is_a_rate_like_a_day(tmp_path):
    body = ("Leaky pipes\n\nThe water board says the town loses about 90 megalitres a "
            "day to leaks.\n\nA local engineer, Sara Mole, said the town was losing well "
            "over 150 megalitres every single day.\n")
    qs = questions(body, tmp_path)
    assert [len(v) for v in qs.values()] == [2]


def test_a_present_tense_verb_after_a_count_is_no_counted_noun(tmp_path):
    body = ("Migrants\n\nThe border agency says about 1,200 people cross each day.\n\nAid "
            "groups say nearly 2,000 cross daily.\n\nA UN report put the number at 1,500 a "
            "day.\n")
    qs = questions(body, tmp_path)
    assert [len(v) for v in qs.values()] == [3]


def test_a_rate_in_percent_and_a_share_the_headline_calls_one_measure(tmp_path):
    body = ("Poverty figures: how many households live below the poverty line?\n\nThe "
            "government says 18% of households live below the poverty line.\n\nThe World "
            "Bank estimates the poverty rate at 31 percent.\n\nOxfam puts it higher still, at "
            "more than a third of households.\n")
    assert [len(v) for v in questions(body, tmp_path).values()] == [3]


def test_a_rate_and_a_share_of_something_else_stay_apart(tmp_path):
    body = ("Jobless rate rises as firms cut staff\n\nThe statistics bureau says the "
            "unemployment rate rose to 6.1 per cent.\n\nThe union says the rate is closer to "
            "9%.\n\nA survey by the chamber of commerce found 40% of firms plan to cut "
            "staff.\n")
    assert questions(body, tmp_path) == {
        "What is the unemployment rate?": ["6.1 per cent (statistics bureau)", "9% (union)"]}


def test_people_an_action_was_done_to_are_not_the_population(tmp_path):
    body = ("Waiting lists\n\nMore than 600,000 people are waiting for an appointment, the "
            "health service says.\n\nThe minister said: \u201cWe removed 120,000 people who "
            "no longer needed an appointment.\u201d\n")
    assert questions(body, tmp_path) == {}
    got = {fc.figure.text: fc.quantity for fc in extract_text(body).figures}
    assert got == {"More than 600,000 people": "people", "120,000 people": "people removed"}


def test_a_share_s_threshold_is_no_length_of_time_of_its_own(tmp_path):
    body = ("Waiting times\n\nThe health service says the average wait is 24 weeks.\n\nA "
            "think tank said in a 2024 paper that one in five patients waits more than 18 "
            "months.\n\nThe union says the average wait is 47 weeks.\n")
    assert "more than 18 months" not in {fc.figure.text for fc in extract_text(body).figures}
    assert [sorted(v) for v in questions(body, tmp_path).values()] == [
        ["24 weeks (health service)", "47 weeks (union)"]]


@pytest.mark.parametrize("body", [
    "Report\n\nThe startup hired 30 ML engineers last year, the company said.\n",
    "Report\n\nThe bank employs 200 ML researchers, the company said.\n",
    "Report\n\nThe league has 30 ML teams, its chairman said.\n",
])
def test_a_symbol_before_a_plural_noun_is_no_measure(body):
    # "ML engineers" are machine-learning engineers: no figure in megalitres
    assert [(fc.figure.unit, fc.quantity) for fc in extract_text(body).figures
            if fc.quantity and "megalitre" in fc.quantity or fc.figure.unit == "ML"] == []


@pytest.mark.parametrize(("body", "text", "source"), [
    # a unit symbol after its number is the figure's unit, no body "the utility" stands for
    ("Report\n\nThe reservoir holds 12 ML, the utility said.\n", "12 ML", "utility"),
    ("Report\n\nThe plant makes 1,800 MW, the company said.\n", "1,800 MW", "the company"),
])
def test_a_unit_symbol_is_never_the_source(body, text, source):
    assert [(fc.figure.text, fc.source.name if fc.source else None)
            for fc in extract_text(body).figures] == [(text, source)]
