"""Round 22: who gives a figure and what it counts, as utilities, live blogs, studies and
councils write it.

Texts written for these tests (names invented); each test names the construction it
guards and failed on 26ce78b, before this round's rules, except those named as guards of
the places the rules must not fire.
"""

from __future__ import annotations

from .figurecases import figures as _figures
from .figurecases import grouped as _grouped


def test_customers_households_and_homes_off_supply_are_one_question() -> None:
    # a utility counts customers (meters), a city homes, an emergency office households:
    # three sources answering how many homes have no power
    text = ("Gale leaves thousands without power\n\n"
            "Brackwater Electric said 41,000 customers were without power on Sunday "
            "evening. The county's Resilience Office put its own estimate at 52,000 "
            "households. Mayor Odile Varga said: \"By our count it is nearly 60,000 homes "
            "in the dark.\"\n")
    got = _figures(text)
    assert got["41,000 customers"][:2] == ("Brackwater Electric", "home")
    assert got["52,000 households"][:2] == ("Resilience Office", "home")
    assert _grouped(got, "41,000 customers", "52,000 households", "nearly 60,000 homes")


def test_customers_stay_customers_where_no_supply_is_cut() -> None:
    # guard: a phone network's customers, and those put back on supply, are not homes
    # without power
    got = _figures("Outage\n\nMerrow Mobile said 90,000 customers lost mobile service. "
                   "Crews at Tannet Power have reconnected 12,000 customers since noon.\n")
    assert got["90,000 customers"][1] == "customer"
    assert got["12,000 customers"][1] == "customer"


def test_a_utilitys_labelled_update_gives_the_sentences_figure() -> None:
    # "Northvale Hydro's evening update:"-shaped label: the owner gives the figure in the
    # clause after the colon, and "the utility" is the firm the text named
    text = ("Storm live\n\n6:50 p.m.\nKestrel Grid’s evening update: crews are working "
            "through the night, leaving about 18,000 customers without power.\n\n"
            "9:40 a.m.\nThe utility’s first estimate of the day: 26,000 customers without "
            "power.\n")
    got = _figures(text)
    assert got["about 18,000 customers"][0] == "Kestrel Grid"
    assert got["26,000 customers"][0] == "Kestrel Grid"


def test_a_places_body_and_a_body_described_with_that_clause_are_the_sources() -> None:
    # "The province's X Office put", "Figures from the province's X Office suggest", and
    # "X, a volunteer site that maps outage reports, estimates" (the noun "reports" in
    # the apposition is no verb)
    got = _figures("Dark\n\nThe region's Civil Contingencies Office put its estimate at "
                   "8,000 households. Figures from the region’s Civil Contingencies Office "
                   "suggest 9,500 households had no heating. PowerMap Tolly, a volunteer "
                   "site that maps outage reports, estimates that 12,000 households are in "
                   "the dark.\n")
    assert got["8,000 households"][0] == "Civil Contingencies Office"
    assert got["9,500 households"][0] == "Civil Contingencies Office"
    assert got["12,000 households"][0] == "PowerMap Tolly"


def test_a_title_before_a_verb_in_a_heading_is_no_body() -> None:
    # "Mayor accuses utility of undercount" (a live blog's heading) names no body that
    # "the utility" later stands for
    text = ("Live\n\nDrossel Energy runs the grid.\n\n12:30 p.m. — Mayor accuses utility of "
            "undercount\nMayor Ines Pold said the count was too low.\n\n11:00 a.m.\nThe "
            "utility’s first estimate of the day: 30,000 customers without power.\n")
    assert _figures(text)["30,000 customers"][0] == "Drossel Energy"
