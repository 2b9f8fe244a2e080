"""Number forms as news writes them: "no fewer than 40" (at least 40; before, read as at
most), "no more than 40" (at most), "two dozen" (24, not 2), "rose 2.5pc" (a percent),
"two out of three voters" (a ratio in words), "1 in every 5 adults", "between 2.3m and
2.35m tonnes" (a range of millions, where the first end was a bare 2.3). Short texts
written for these tests.
"""

from __future__ import annotations

import pytest

from provenance.numbers import scan


@pytest.mark.parametrize(("written", "want"), [
    ("No fewer than 40 people died.", ("count", 40.0, None, None, "low")),
    ("No more than 40 people died.", ("count", 40.0, None, None, "high")),
    ("Fewer than 40 people died.", ("count", 40.0, None, None, "high")),
    ("Some two dozen people died.", ("count", 24.0, None, None, None)),
    ("Prices rose 2.5pc last year.", ("percent", 2.5, None, None, None)),
    ("Two out of three voters agreed.", ("ratio", 2.0, 66.7, 66.7, None)),
    ("It affects 1 in every 5 adults.", ("ratio", 1.0, 20.0, 20.0, None)),
    ("It landed between 2.3m and 2.35m tonnes.", ("range", None, 2.3e6, 2.35e6, None)),
])
def test_a_number_form_reads_as_written(written, want):
    got = [(f.kind, f.value, f.low, f.high, f.bound) for f in scan(written, bare=True)]
    assert got == [want]


@pytest.mark.parametrize(("written", "want"), [
    # "PCs" are computers: a bare count of 25, no percent
    ("The shop sold 25 PCs.", [("count", 25.0, None, None, None)]),
    # "dozens of" is no two dozen
    ("Dozens of people came.", []),
    # metres, never a range of millions (2m-3m)
    ("The wall is between 2m and 3m high.", [("count", 2.0, None, None, None),
                                             ("count", 3.0, None, None, None)]),
])
def test_look_alikes_are_no_such_figure(written, want):
    got = [(f.kind, f.value, f.low, f.high, f.unit) for f in scan(written, bare=True)]
    assert got == want


@pytest.mark.parametrize(("sentence", "want"), [
    # what the user sees in the draft, not only the parser: the bound words and the value
    ("Police said no fewer than 400 people were arrested.",
     ("no fewer than 400 people", 400.0, "low", "police")),
    ("Police said not less than 400 people were arrested.",
     ("not less than 400 people", 400.0, "low", "police")),
    ("Police said two dozen people were arrested.", ("two dozen people", 24.0, None, "police")),
    ("Police said three dozen people were arrested.",
     ("three dozen people", 36.0, None, "police")),
])
def test_a_number_form_is_a_figure_of_the_draft(sentence, want):
    from provenance.extract import extract_text

    got = [(fc.figure.text, fc.figure.value, fc.figure.bound,
            fc.source.name if fc.source else None)
           for fc in extract_text("Arrests\n\n" + sentence + "\n").figures]
    assert got == [want]


@pytest.mark.parametrize(("written", "bound"), [
    ("As many as 300 people died.", "high"),
    ("The toll could be as high as 75.", "high"),
    ("As few as 12 people came.", "low"),
])
def test_as_many_as_and_as_few_as_are_bounds(written, bound):
    assert [f.bound for f in scan(written, bare=True)] == [bound]
