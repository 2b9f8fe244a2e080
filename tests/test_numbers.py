"""One number parser: what extraction records and what the analysis compares agree."""

from __future__ import annotations

import pytest

from provenance.numbers import compare, find_numbers, from_estimate, parse_amounts, scan


def one(text: str):
    (n,) = find_numbers(text)
    return n


@pytest.mark.parametrize("text, value", [
    ("The drought hit 5.7 million.", 5.7e6),
    ("A 3bn fund was set up.", 3e9),
    ("About 40,000 people marched.", 40_000),
    ("It costs $3bn a year.", 3e9),
    ("Some 40k households lost power.", 40_000),
])
def test_scale_words_are_the_same_number_everywhere(text, value):
    n = one(text)
    assert n.value == pytest.approx(value)
    assert n.unit not in ("million", "bn", "k")
    (a,) = parse_amounts(text)
    assert (a.value if a.value is not None else a.low) == pytest.approx(value)


def test_a_range_with_scale_words_is_one_range():
    n = one("Between 1.9 million and 3 million people were displaced.")
    assert (n.kind, n.low, n.high, n.unit) == ("range", 1.9e6, 3e6, "people")
    n = one("It displaced 1.9-3 million people.")
    assert (n.kind, n.low, n.high) == ("range", 1.9e6, 3e6)
    n = one("Turnout was from 10 to 20 percent.")
    assert (n.kind, n.low, n.high, n.unit) == ("range", 10, 20, "%")


@pytest.mark.parametrize("text, num, den", [
    ("Only 113 of 834 had the condition.", 113, 834),
    ("It strikes 1 in 45 children.", 1, 45),
    ("One in five adults smoke.", 1, 5),
    ("We saw 54/113 with it.", 54, 113),
])
def test_x_of_y_and_one_in_n_are_ratios(text, num, den):
    n = one(text)
    assert n.kind == "ratio" and n.value == num and n.unit == f"of {den}"
    (a,) = parse_amounts(text)
    assert (a.numerator, a.denominator) == (num, den)
    assert a.value == pytest.approx(100 * num / den)


def test_percentages_with_what_they_are_of():
    n = one("About 12 percent of chronic low back pain is this.")
    assert (n.kind, n.value, n.unit, n.of) == ("percent", 12, "%", "chronic low back pain")


def test_what_is_counted_is_a_noun_not_a_verb():
    assert one("About 40,000 people marched on Sunday.").unit == "people"
    nums = find_numbers("The trial enrolled 834 patients; 78 randomised early left.")
    assert [n.unit for n in nums] == ["patients", "patients"]
    assert "randomised" not in {n.unit for n in nums}
    assert one("They found 20 cadaveric sides.").unit == "cadaveric sides"


def test_sample_size_is_kept_apart_from_an_estimate():
    nums = find_numbers("The study included 834 patients and found that 12 percent had it.")
    assert [(n.kind, n.value) for n in nums] == [("sample", 834), ("percent", 12)]
    # a count that is no study's sample stays a count
    assert one("Police said 834 people attended.").kind == "count"


def test_dates_and_scores_are_not_figures():
    assert find_numbers("On Sept. 11 we met.") == []
    assert find_numbers("It ended in a 2-1 win.") == []
    assert [n.kind for n in find_numbers("From 2009 to 2013 they studied it.")] == ["period"]


def test_extraction_and_comparison_read_one_figure_alike():
    text = ("Between 1.9 million and 3 million people, about 12 percent, 113 of 834, "
            "1 in 45 children, $3bn and 6 months")
    figures = scan(text)
    amounts = parse_amounts(text)
    assert [f.text for f in figures] == [a.text for a in amounts]
    mentions = find_numbers(text)
    assert [(m.start, m.end) for m in mentions] == [a.span for a in amounts]


def test_dossier_estimate_and_extracted_figure_compare_equal():
    (a,) = parse_amounts("1.9 million people")
    b = from_estimate({"value": 1.9, "unit": "million"})
    assert a.value == b.value == 1.9e6


def test_a_disease_ending_in_s_is_no_plural_and_cases_keep_their_e() -> None:
    """'312 measles cases' counts cases (it counted 'measles'), and 'cases' is 'case'
    (it was 'cas'), so two sources' case counts can meet under one question."""
    from provenance.numbers import find_numbers, singular

    assert singular("cases") == "case"
    assert singular("doses") == "dose"
    assert singular("glasses") == "glass"
    assert singular("measles") == "measles"
    (n,) = [m for m in find_numbers("Officials logged 48 mumps cases in May.") if m.value == 48]
    assert "cases" in (n.unit or "") or "cases" in (getattr(n, "population", None) or "")


@pytest.mark.parametrize("text, value, unit", [
    ("The inspectors valued the damage at ₹2,450 crore on Friday.", 2.45e10, "Rs"),
    ("The board sought Rs. 75 crore for the new wing.", 7.5e8, "Rs"),
    ("Rs 12 lakh was paid to each family.", 1.2e6, "Rs"),
    ("An INR 3 crore grant was approved.", 3e7, "Rs"),
    ("Wheat on 2.7 lakh hectares was flattened.", 2.7e5, "hectares"),
    ("Pensions reached 6.1 lakh widows this year.", 6.1e5, "widows"),
    ("The scheme cost 40 crore rupees.", 4e8, "Rs"),  # one currency, however written
])
def test_lakh_and_crore_are_scale_words_and_rupees_one_currency(text, value, unit):
    n = one(text)
    assert n.value == value  # exact: "6.1 lakh" is 610000, not 609999.9999999999
    assert n.unit == unit
    (a,) = parse_amounts(text)
    assert a.value == value


def test_a_rupee_range_compares_with_a_rupee_figure_written_another_way():
    (r,) = find_numbers("Estimates ran between ₹900 crore and ₹1,100 crore.")
    assert (r.kind, r.low, r.high, r.unit) == ("range", 9e9, 1.1e10, "Rs")
    (a,) = parse_amounts("Estimates ran between ₹900 crore and ₹1,100 crore.")
    (b,) = parse_amounts("The ministry put it at Rs 2,000 crore.")
    assert (a.unit, a.dimension) == (b.unit, b.dimension) == ("Rs", "count")
    assert compare(a, b) is not None  # 9-11 billion against 20 billion: a dispute


@pytest.mark.parametrize("text, value, bound", [
    ("Nearly three-quarters of the wells had run dry.", 75.0, None),
    ("Fewer than a fifth of the schools reopened.", 20.0, "high"),
    ("Roughly two thirds of the voters stayed home.", 200 / 3, None),
    ("More than half of the nurses signed the letter.", 50.0, "low"),
    ("An eighth of the budget went on fuel.", 12.5, None),
    ("Three in ten tenants said so.", 30.0, None),
    ("One-in-five renters said so.", 20.0, None),
])
def test_fraction_words_are_shares(text, value, bound):
    (f,) = scan(text)
    assert f.unit == "%" or f.kind == "ratio"
    assert (f.low if f.kind == "ratio" else f.value) == pytest.approx(value)
    assert f.bound == bound


@pytest.mark.parametrize("text", [
    "The flight took a quarter of an hour.",
    "Half the time the lifts are broken.",
    "The award was less than half of the union's claim.",
    "It is about a third the official figure.",
])
def test_fraction_words_of_a_time_or_of_another_figure_are_no_share(text):
    assert [f for f in scan(text) if f.unit == "%"] == []


def test_a_fraction_word_is_as_rough_as_its_words():
    three_quarters, = parse_amounts("Nearly three-quarters of the reefs were white.")
    seventy_three, = parse_amounts("It found 73 per cent of reefs bleached.")
    two_thirds, = parse_amounts("Roughly two-thirds of the reef was affected.")
    assert compare(three_quarters, seventy_three) is None  # 75 "nearly" agrees with 73
    assert compare(two_thirds, seventy_three) is not None  # 66.7 does not


def test_a_year_before_a_comma_is_a_year():
    text = "A review published in June 2023, put it at 9 percent."
    kinds = [(f.kind, f.text) for f in scan(text)]
    assert ("year", "2023") in kinds
    assert [f.kind for f in scan("The fund holds 2024,000 units.")] != ["year"]


def test_a_dossier_estimate_in_rupees_compares_as_rupees():
    a = from_estimate({"value": 9e9, "unit": "Rs", "text": "₹900 crore"})
    b = from_estimate({"value": 2.4e10, "unit": "Rs"})
    assert a is not None and b is not None and (a.unit, b.unit) == ("Rs", "Rs")
    assert "Rs" in (compare(a, b) or {}).get("detail", "")


@pytest.mark.parametrize("text,hectares", [
    ("34,000 hectares", 34_000), ("about 340 square kilometres", 34_000),
    ("12 sq km", 1_200), ("40 km² of bush", 4_000), ("1,000 acres", 404.68564224),
    ("2 square miles", 517.997622)])
def test_areas_in_any_unit_are_one_measure(text: str, hectares: float) -> None:
    from provenance.numbers import from_estimate, scan
    [f] = scan(text)
    a = from_estimate({"value": f.value, "unit": f.unit, "text": text})
    assert a is not None and a.dimension == "area" and a.unit == "ha"
    assert a.value == pytest.approx(hectares)


@pytest.mark.parametrize("est,shown", [
    ({"value": 160, "unit": "kilometres", "text": "160 kilometres"}, "160 km"),
    ({"low": 2, "high": 3.5, "unit": "metres", "text": "2 to 3.5 metres"}, "2-3.5 m"),
    ({"value": 70, "unit": "mm", "text": "70 mm"}, "70 mm"),
    ({"value": 1.5, "unit": "km", "text": "about 1.5 km"}, "~1.5 km")])
def test_a_length_is_shown_in_the_unit_it_was_given_in(est: dict[str, object], shown: str) -> None:
    """Not "160000000 mm": a reader compares figures in the article's own unit."""
    from provenance.numbers import from_estimate

    a = from_estimate(est)
    assert a is not None and a.describe() == shown


def test_a_count_per_day_is_shown_with_its_noun_plural_and_its_base_as_written():
    # `contested` shows "~12,000 people per day", never "people per days"
    from provenance.numbers import Amount

    a = Amount(value=12000.0, low=None, high=None, unit="commuter per day",
               dimension="count", text="about 12,000 commuters each day", approx=True)
    assert a.describe().endswith("commuters per day")
