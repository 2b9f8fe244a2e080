"""Currencies by ISO code and by the name written after a sum, the world over ("3 billion
forint", "HUF 5 billion", "12 million dong", "2 billion Mexican pesos", "5 billion Kenyan
shillings"; a name of two words never matched before), and a name that is an everyday
word ("won", "real") only after a scale word ("400bn won"; never "Labour won 40 seats" or
"the fare of 1,400 won"). A source's sum given twice under two money words ("cost",
"lost") is one quantity. Short texts written for these tests.
"""

from __future__ import annotations

import pytest

from provenance.extract import extract_text
from provenance.numbers import scan
from tests.figurecases import questions


@pytest.mark.parametrize(("written", "value", "sign"), [
    ("It cost 3 billion forint.", 3e9, "HUF"),
    ("It cost HUF 5 billion.", 5e9, "HUF"),
    ("It cost 12 million dong.", 12e6, "₫"),
    ("It cost 2 billion Mexican pesos.", 2e9, "MX$"),
    ("It cost 5 billion Kenyan shillings.", 5e9, "KSh"),
    ("It cost 2 billion US dollars.", 2e9, "$"),
    ("The firm lost 400bn won.", 400e9, "₩"),
    ("The firm lost 400.2 billion won.", 400.2e9, "₩"),
])
def test_a_currency_by_its_code_or_name_is_money(written, value, sign):
    assert [(f.kind, f.value, f.unit) for f in scan(written)] == [("money", value, sign)]


@pytest.mark.parametrize("written", ["Labour won 40 seats.", "The fare of 1,400 won rose."])
def test_won_without_a_scale_is_no_money(written):
    assert all(f.kind != "money" for f in scan(written))


def test_a_sum_a_source_gives_as_a_cost_and_as_a_loss_is_one_question(tmp_path):
    body = ("Metro Rail says free rides cost it 400bn won\n\n"
            "Metro Rail lost 400.2 billion won last year because of free fares for the "
            "elderly, the company said.\n\nA study by the Transport Institute put the real "
            "cost at 177bn won.\n")
    assert len({fc.quantity for fc in extract_text(body).figures}) == 1
    qs = questions(body, tmp_path)
    assert list(qs.values()) == [["177bn won (Transport Institute)", "400bn won (Metro Rail)"]]
