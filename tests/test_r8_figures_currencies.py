"""Currencies by ISO code and by the name written after a sum, the world over ("3 billion
forint", "HUF 5 billion", "12 million dong", "2 billion Mexican pesos", "5 billion Kenyan
shillings"; a name of two words never matched before), and a name that is an everyday
word ("won", "real", "soles", "lei", "kip", "drams") only after a scale word ("400bn won";
never "Labour won 40 seats", "the fare of 1,400 won", "40 drams of whisky"). A source's
sum given twice under two money words ("cost", "lost") is one quantity.
Short texts written for these tests.
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


@pytest.mark.parametrize(("written", "want"), [
    ("Labour won 40 seats.", [("count", 40.0, "seats")]),
    ("The fare of 1,400 won rose.", [("count", 1400.0, "won")]),
])
def test_won_without_a_scale_is_no_money(written, want):
    # the figure is still read, as a count of what "won" is there
    assert [(f.kind, f.value, f.unit) for f in scan(written)] == want


def test_a_sum_a_source_gives_as_a_cost_and_as_a_loss_is_one_question(tmp_path):
    body = ("Metro Rail says free rides cost it 400bn won\n\n"
            "Metro Rail, the city's train operator, lost 400.2 billion won last year because "
            "of free fares for the elderly, the company said.\n\nA study by the Transport "
            "Institute put the real cost at 177bn won.\n")
    assert len({fc.quantity for fc in extract_text(body).figures}) == 1
    qs = questions(body, tmp_path)
    assert list(qs.values()) == [["177bn won (Transport Institute)", "400bn won (Metro Rail)"]]


@pytest.mark.parametrize(("sentence", "text", "unit"), [
    # a currency name that is an everyday word is no money after a bare number
    ("The trawler landed 300 soles, the skipper said.", "300 soles", "soles"),
    ("The distillery sold 40 drams of whisky, the owner said.", "40 drams", "drams"),
    ("The resort handed out 300 lei to guests, the owner said.", "300 lei", "lei"),
    ("Police said 40 kip was stolen.", "40 kip", "kip"),
    # nor before a word that makes it another word ("real estate")
    # (counting the noun the two words describe, round 12: "real estate assets")
    ("The fund said it owns 2 billion real estate assets.", "2 billion real estate assets",
     "real estate assets"),
    # after a scale word it is money
    ("The deal is worth 2 billion lei, the ministry said.", "2 billion lei", "RON"),
    ("The budget is 3 billion soles, the ministry said.", "3 billion soles", "PEN"),
])
def test_an_everyday_word_is_money_only_after_a_scale_word(sentence, text, unit):
    assert [(fc.figure.text, fc.figure.unit) for fc in
            extract_text("Report\n\n" + sentence + "\n").figures] == [(text, unit)]


def test_a_real_terms_cut_is_no_sum_in_reais():
    body = "Report\n\nThe union said schools face a 3 billion real-terms cut.\n"
    assert [fc.figure.unit for fc in extract_text(body).figures if fc.figure.unit == "R$"] == []
