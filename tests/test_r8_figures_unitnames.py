"""A unit spelled two ways, metric and American ("metric tons", "tonnes", "tons"; "liters"
and "litres") counts one quantity: three sources' catches in three spellings are one
question. Before, "2.2 million tonnes" sat apart from the "tons". Short texts written for
these tests.
"""

from __future__ import annotations

from provenance.extract import extract_text
from tests.figurecases import questions

CATCH = ("Catch\n\nThe ministry said the fleet landed 2.4 million metric tons of fish.\n\n"
         "The industry group put the catch at 2.2 million tonnes.\n\nScientists estimated "
         "the catch at 2.3 million tons.\n")


def test_tons_and_tonnes_are_one_quantity(tmp_path):
    assert len({fc.quantity for fc in extract_text(CATCH).figures}) == 1
    assert [len(v) for v in questions(CATCH, tmp_path).values()] == [3]


def test_liters_and_litres_are_one_quantity():
    body = ("Water\n\nThe utility says it loses 90 million liters a day.\n\nThe regulator "
            "put the losses at 130 million litres a day.\n")
    assert len({fc.quantity for fc in extract_text(body).figures}) == 1
