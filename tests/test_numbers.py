"""One number parser: what extraction records and what the analysis compares agree."""

from __future__ import annotations

import pytest

from provenance.numbers import find_numbers, from_estimate, parse_amounts, scan


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
