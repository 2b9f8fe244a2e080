"""A fraction of a scale word is a number: "half a million people", "a quarter of a
million", "three-quarters of a billion dollars", "nearly half a trillion won". Before,
"half a trillion" was no figure at all and "a quarter of a million" a share of 25% beside
a count of a million. "half the people" stays a share, "half a day" no figure.
Short texts written for these tests.
"""

from __future__ import annotations

import pytest

from provenance.numbers import scan
from tests.figurecases import questions


@pytest.mark.parametrize(("written", "kind", "value", "unit"), [
    ("Half a million people marched.", "count", 500_000, "people"),
    ("It drew a quarter of a million visitors.", "count", 250_000, "visitors"),
    ("The port cost three-quarters of a billion dollars.", "money", 750_000_000, "$"),
    ("The bill came to about half a billion euros.", "money", 500_000_000, "€"),
])
def test_a_fraction_of_a_scale_is_one_number(written, kind, value, unit):
    assert [(f.kind, f.value, f.unit) for f in scan(written)] == [(kind, value, unit)]


@pytest.mark.parametrize(("written", "got"), [
    ("Half the people left.", [("percent", 50.0)]),
    ("They waited half a day.", []),
])
def test_a_fraction_of_anything_else_is_no_scaled_number(written, got):
    assert [(f.kind, f.value) for f in scan(written)] == got


def test_half_a_million_disputes_a_count_in_digits(tmp_path):
    body = ("Rally crowd\n\nPolice said 180,000 people attended the rally.\n\nThe "
            "organisers said nearly half a million people attended.\n")
    qs = questions(body, tmp_path)
    assert list(qs.values()) == [["180,000 people (police)",
                                  "nearly half a million people (organisers)"]]


@pytest.mark.parametrize("sentence", [
    "Half of the million residents lack water, the UN said.",
    "Half the million residents lack water, the UN said.",
])
def test_half_of_the_million_is_a_share_of_them(sentence):
    from provenance.extract import extract_text

    assert [(fc.figure.text, fc.figure.value, fc.figure.unit,
             fc.source.name if fc.source else None)
            for fc in extract_text("Water\n\n" + sentence + "\n").figures] == [
        ("Half", 50.0, "%", "UN")]


def test_a_number_in_a_name_is_no_count():
    from provenance.extract import extract_text

    body = "Music\n\nThe band Twenty-One Pilots sold 2 million records, the label said.\n"
    assert [(fc.figure.text, fc.figure.value) for fc in extract_text(body).figures] == [
        ("2 million records", 2e6)]
