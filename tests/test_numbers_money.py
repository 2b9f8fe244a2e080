"""Sums of money as the world's press writes them: one parser, one currency per sum."""

from __future__ import annotations

import pytest

from provenance.numbers import compare, find_numbers, parse_amounts


def one(text: str):
    (n,) = find_numbers(text)
    return n


@pytest.mark.parametrize("text, value, sign", [
    # signs and local abbreviations before the sum
    ("The port authority booked R1.7bn for new cranes.", 1.7e9, "R"),
    ("Cape Town set aside R640 million for the bus lanes.", 6.4e8, "R"),
    ("The province owes R12,500 to each teacher.", 12_500, "R"),
    ("A bridge grant of US$2.5 billion was signed.", 2.5e9, "$"),
    ("Lagos spent ₦75 million on ferries.", 7.5e7, "₦"),
    ("The co-operative lent KSh 4.5bn to tea farmers.", 4.5e9, "KSh"),
    ("Canberra pledged A$40m to the clinics.", 4e7, "A$"),
    ("Brasília promised R$3 billion for the dams.", 3e9, "R$"),
    ("The loan is USD 80 million, repayable in full.", 8e7, "$"),
    # the decimal comma of South African and European writing, before a scale word
    ("The metro overspent by R3,6-billion last year.", 3.6e9, "R"),
    ("Brussels froze €2,7 billion of the funds.", 2.7e9, "€"),
    # the currency written after the sum
    ("The tolls raised 3.1 billion rand in a year.", 3.1e9, "R"),
    ("Growers lost 900 million euros to the frost.", 9e8, "€"),
    ("The fine was 250 million naira.", 2.5e8, "₦"),
    ("Bonds worth 600 million USD were sold.", 6e8, "$"),
    ("The temple trust paid 12 crore rupees for the land.", 1.2e8, "Rs"),
])
def test_a_sum_is_money_in_one_currency_however_written(text, value, sign):
    n = one(text)
    assert n.kind == "money"
    assert n.value == pytest.approx(value)
    assert n.unit == sign


@pytest.mark.parametrize("text", [
    "The R101 road was closed for the race.",
    "Chapter R12 of the rules covers it.",
    "The R2D2 toy sold out.",
])
def test_a_letter_before_a_number_is_no_sum_without_a_sum_after_it(text):
    assert [n for n in find_numbers(text) if n.kind == "money"] == []


def test_the_same_sum_in_three_spellings_agrees_and_a_different_one_disputes():
    a, b, c, d = (parse_amounts(t)[0] for t in (
        "It found R2.4bn.", "It found R2,4-billion.", "It found 2.4 billion rand.",
        "It found R870 million."))
    assert compare(a, b) is None and compare(a, c) is None
    diff = compare(a, d)
    assert diff is not None and diff["kind"] == "disjoint"


def test_a_rand_range_is_one_range_of_rand():
    (n,) = find_numbers("The treasury put it at between R2.1 billion and R2.6 billion.")
    assert (n.kind, n.low, n.high, n.unit) == ("range", 2.1e9, 2.6e9, "R")
    (m,) = find_numbers("Estimates run between 2.1 and 2.6 billion rand.")
    assert (m.low, m.high, m.unit) == (2.1e9, 2.6e9, "R")


@pytest.mark.parametrize("text, value", [
    ("Three hundred and twenty thousand people signed it.", 320_000),
    ("A hundred and fifty goats were lost.", 150),
    ("Officials counted two and a half million visitors.", 2.5e6),
    ("The board counted 3 and a half thousand votes.", 3_500),
    # a decimal said in words, as a transcript writes speech (round 41)
    ("Fourteen point two million accounts were active.", 14.2e6),
    ("It is one point five per cent, she said.", 1.5),
])
def test_numbers_written_out_in_words_add_up(text, value):
    (n,) = find_numbers(text)
    assert n.value == pytest.approx(value)


def test_a_point_that_is_no_decimal_stays_a_word():
    (n,) = find_numbers("At this point two million people had left the city.")
    assert n.value == 2e6


def test_indian_digit_grouping_is_one_number():
    (n,) = find_numbers("The census put the herd at 3,42,915 buffaloes, a record.")
    assert n.value == 342_915 and n.unit == "buffaloes"


def test_a_bare_sum_after_a_currency_was_named_is_in_that_currency():
    ns = find_numbers("Lisbon says €800 million. And Porto's 950 million? Their 900 million "
                      "includes the ports.")
    assert [(n.kind, n.value, n.unit) for n in ns] == [
        ("money", 8e8, "€"), ("money", 9.5e8, "€"), ("money", 9e8, "€")]


def test_a_scaled_count_of_something_else_ends_the_sum():
    ns = find_numbers("It cost $3bn and 1.2 million people moved; 2 million stayed.")
    assert [n.kind for n in ns] == ["money", "count", "count"]
    assert ns[2].unit != "$"


def test_when_after_a_figure_is_no_participle():
    ns = find_numbers("Crews of 40 teams searched. They first said 3.1 lakh when the count "
                      "began.")
    assert ns[-1].value == 310_000 and ns[-1].unit is None


def test_a_country_dollar_sign_is_part_of_the_sum_as_written():
    (n,) = find_numbers("A bridge grant of US$2.5 billion was signed.")
    assert n.text == "US$2.5 billion"


def test_a_sum_is_shown_in_its_currency_and_the_scale_its_text_gave():
    from provenance.numbers import from_estimate

    a = from_estimate({"value": 78_500_000_000, "unit": "Rs", "text": "₹7,850 crore"})
    b = from_estimate({"value": 108_700_000_000, "unit": "Rs", "text": "Rs 10,870 crore"})
    assert a is not None and b is not None
    diff = compare(a, b)
    assert diff is not None and diff["detail"] == "Rs 7850 crore vs Rs 10870 crore"
    c, d = parse_amounts("about R2.4bn and between R2.1 billion and R2.6 billion")
    assert (c.describe(), d.describe()) == ("~R2.4 billion", "R2.1-2.6 billion")
    (e,) = parse_amounts("more than £3 million")
    assert e.describe() == "> £3 million"


@pytest.mark.parametrize("text, value, unit", [
    ("The county's measles rate was 42 cases per 100,000 people.", 42, "per 100000"),
    ("Infant deaths stood at 31 per 1,000 live births.", 31, "per 1000"),
    ("A rate of 18 for every 100,000 residents is too high.", 18, "per 100000"),
])
def test_a_rate_per_a_round_base_is_one_figure_in_that_unit(text, value, unit):
    (n,) = find_numbers(text)
    assert (n.value, n.unit) == (value, unit)


def test_rates_per_one_base_compare_and_show_per_that_base():
    a, b = parse_amounts("It was 42 per 100,000 and the union says between 50 and 60 per "
                         "100,000.")
    diff = compare(a, b)
    assert diff is not None and diff["detail"] == "42 per 100000 vs 50-60 per 100000"
    (c,) = parse_amounts("Turnout was 55 per cent.")
    assert compare(a, c) is None  # a share is no rate per 100,000


def test_a_lower_case_letter_is_no_currency_sign():
    # the rand's "R" is a sign only in capitals and before a sum; "r2" is a statistic
    assert [n.kind for n in find_numbers("The model's r2 was 0.81 across 40 trials.")
            if n.kind == "money"] == []


# -- a currency code that is also a word ------------------------------------------------


@pytest.mark.parametrize("text", [
    "Upgrading the city's website to PHP 8 took months.",
    "Sales rose during CNY 2025, the mall said.",
    "SAR 2 teams searched the hills.",
])
def test_a_code_that_is_also_a_word_is_no_currency_before_a_plain_number(text: str) -> None:
    assert not [n for n in find_numbers(text) if n.kind == "money"]


@pytest.mark.parametrize(("text", "written"), [
    ("Rice sells at PHP 7.50 a kilo.", "PHP 7.50"),
    ("Fines reached SAR 12,000 last year.", "SAR 12,000"),
    ("The fund holds AED 3m.", "AED 3m"),
    ("It cost USD 500 in all.", "USD 500"),
])
def test_a_code_before_a_sum_as_sums_are_written_is_money(text: str, written: str) -> None:
    assert [n.text for n in find_numbers(text) if n.kind == "money"] == [written]


def test_a_count_of_wolves_is_shown_as_wolves_not_wolve() -> None:
    """`contested` printed "400–500 wolve vs ~700 wolve": f/fe plurals are listed."""
    a, b = parse_amounts("between 400 and 500 wolves"), parse_amounts("about 700 wolves")
    said = compare(a[0], b[0])
    assert said is not None and said["detail"] == "400-500 wolves vs ~700 wolves"


@pytest.mark.parametrize(("text", "value"), [
    ("Organisers said 5 000 people marched.", 5000.0),
    ("About 12\u202f500 people were counted.", 12500.0),
    ("Police counted 1 234 567 people.", 1234567.0),
])
def test_a_space_between_thousands_is_one_number(text: str, value: float) -> None:
    """Review finding 5: "5 000 people" was read as "000 people", a figure of 0, so a
    dispute between 5 000 and 12 000 looked like two sources agreeing on nothing."""
    assert [n.value for n in find_numbers(text)] == [value]


@pytest.mark.parametrize(("text", "want"), [
    ("The union says 1.2 billion pounds.", [("money", 1.2e9, "£")]),
    ("She put it at about a billion pounds.", [("money", 1e9, "£")]),
    ("The firm recalled 2 million pounds of beef.", [("count", 2e6, "pounds")]),
    ("He weighs 300 pounds.", [("count", 300.0, "pounds")]),
    ("More than a million people fled.", [("count", 1e6, "people")]),
    # half of a scale is that much ("half a million": 500,000; never "a million")
    ("Half a million people fled.", [("count", 5e5, "people")]),
])
def test_pounds_after_a_scale_word_and_a_million_in_words(text, want):
    # "pounds" is money only after "million"/"billion" and with no "of" after it (a weight
    # is "pounds of"); "a million", "a billion" are numbers as "a thousand" is
    assert [(n.kind, n.value, n.unit) for n in find_numbers(text)] == want


@pytest.mark.parametrize(("text", "want"), [
    ("losses of between 4.2 billion yen and 5.0 billion yen", ("range", 4.2e9, 5e9, "¥")),
    ("from 700 million pounds to 900 million pounds", ("range", 7e8, 9e8, "£")),
    ("between 4.2 billion euros and 5 billion euros", ("range", 4.2e9, 5e9, "€")),
])
def test_a_range_with_the_currency_after_each_bound_is_one_range(text, want):
    [n] = find_numbers(text)
    assert (n.kind, n.low, n.high, n.unit) == want


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Lender raises fraud loss estimate to 4.6 bil. yen", 4.6e9, "¥"),
    ("Output rose to 3.2 mln tonnes", 3.2e6, "tonnes"),
    ("a deficit of 1.1 bln euros", 1.1e9, "€"),
])
def test_wire_style_scale_abbreviations(text, value, unit):
    [n] = find_numbers(text)
    assert (n.value, n.unit) == (value, unit)
