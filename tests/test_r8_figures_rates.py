"""A rate whose counted noun says what it is of ("46.3 victims of intentional homicide per
100,000", "12 deaths from malaria per 1,000 births") is a rate per its base, as "55.6 per
100,000" is: before, it was a count of victims, and sat apart from the other rates of the
same quantity. Short texts written for these tests.
"""

from __future__ import annotations

import pytest

from provenance.numbers import scan
from tests.figurecases import questions


@pytest.mark.parametrize(("written", "value", "low", "high", "unit"), [
    ("Police logged 31.2 victims of violent crime per 100,000 people.", 31.2, None, None,
     "per 100000"),
    ("There were 12 deaths from malaria per 1,000 births.", 12, None, None, "per 1000"),
    ("It found between 10 and 12 cases of measles per 100,000 children.", None, 10, 12,
     "per 100000"),
])
def test_a_rate_of_a_named_thing_is_a_rate(written, value, low, high, unit):
    got = [(f.value, f.low, f.high, f.unit) for f in scan(written)]
    assert got == [(value, low, high, unit)]


def test_rates_of_one_crime_written_two_ways_are_one_question(tmp_path):
    body = ("Crime in the province\n\nThe statistics office said the province's murder rate "
            "was 21.4 per 100,000 inhabitants last year.\n\nThe police, who count case "
            "files, reported 17.9 victims of murder per 100,000 people.\n")
    qs = questions(body, tmp_path)
    assert [len(v) for v in qs.values()] == [2]
