"""One quantity counted in each source's own words is one question (round 34).

A utility counts "customers" and "outages", a county "households" and a volunteer "the
real number"; an agency counts the "displaced" and a charity "people who left their
homes"; a ministry counts "teachers absent" and a union those who "joined the strike".
Each pair is one dispute, and the draft had split it in two. Texts are written for the
tests.
"""

from __future__ import annotations

from provenance.extract import extract_text
from provenance.numbers import scan


def _groups(text: str) -> dict[str, int | None]:
    return {fc.figure.text: fc.group for fc in extract_text(text).figures}


def _quantities(text: str) -> dict[str, str]:
    return {fc.figure.text: fc.quantity for fc in extract_text(text).figures}


OUTAGE = ("Storm outage count splits utility and county\n\n"
          "Harrow Valley Electric said on Tuesday that 8,400 customers remained without "
          "power. Its morning update had listed 9,100 customers.\n\n"
          "Harrow County Emergency Management said between 12,000 and 14,000 households "
          "were still without electricity.\n\n"
          "The state Public Service Commission logged 10,760 outages in the county. "
          "Volunteer organiser Dana Brandt said the real number was closer to 17,000.\n")


def test_a_utilitys_customers_and_outages_are_the_homes_off_supply() -> None:
    g = _groups(OUTAGE)
    assert g["8,400 customers"] is not None
    assert g["8,400 customers"] == g["between 12,000 and 14,000"] == g["10,760 outages"]


def test_the_customers_a_utility_serves_are_no_answer() -> None:
    q = _quantities(OUTAGE + "\nHarrow Valley Electric serves about 95,000 customers in "
                    "four counties.\n")
    assert q["8,400 customers"] == "home"
    assert q.get("about 95,000 customers", "none") != "home"


def test_a_welfare_groups_members_are_no_homes() -> None:
    q = _quantities(OUTAGE + "\nHer welfare group has grown to about 600 members since "
                    "Saturday.\n")
    assert q.get("about 600 members", "member") != "home"


DISPLACED = ("Floods: agencies disagree on how many fled\n\n"
             "The National Disaster Management Authority said 86,500 people had been "
             "displaced across Lower Saro province.\n\n"
             "The Coalition for Delta Relief, an alliance of charities, estimated that "
             "between 140,000 and 160,000 people had left their homes.\n")


def test_people_who_left_their_homes_are_the_displaced() -> None:
    g = _groups(DISPLACED)
    assert g["86,500 people"] is not None
    assert g["86,500 people"] == g["between 140,000 and 160,000"]


def test_people_who_left_their_homes_stay_people_where_no_one_counts_the_displaced() -> None:
    q = _quantities("Ferry strike\n\nThe union said 3,000 people had left their homes "
                    "early to catch the last ferry.\n")
    assert q["3,000 people"] != "displaced"


STRIKE = ("Teachers' strike: union and ministry far apart\n\n"
          "The Federation of Teachers said more than 70,000 of the country's roughly "
          "142,000 state school teachers had joined the one-day strike.\n\n"
          "The Ministry of Education said 20,800 teachers had been absent without "
          "authorisation by midday. It said 312 of the country's 4,600 state schools had "
          "closed entirely.\n\n"
          "The Institute for Labour Research put participation at between 38,000 and "
          "45,000 teachers.\n")


def test_a_count_that_joined_the_strike_answers_a_count_of_teachers() -> None:
    g = _groups(STRIKE)
    assert g["more than 70,000"] is not None
    assert g["more than 70,000"] == g["20,800 teachers"] == g["between 38,000 and 45,000"]


def test_the_whole_workforce_and_the_schools_closed_are_no_answers() -> None:
    figures = extract_text(STRIKE).figures
    texts = {fc.figure.text for fc in figures}
    assert not any("142,000" in t for t in texts)  # (the whole, "of the country's")
    q = {fc.figure.text: fc.quantity for fc in figures}
    assert q["312"] == "school"


FLIGHTS = ("Airport says 212 flights cancelled; pilots say far more\n\n"
           "The Port Aldren Airport Authority said 212 departures and arrivals were "
           "cancelled between 6 a.m. and 10 p.m.\n\n"
           "Figures from SkyTrack, a flight-tracking website, show 264 cancellations at "
           "the airport. The site separately logged 41 diversions to Calloway Regional "
           "Airport, which it does not count as cancellations.\n")


def test_cancellations_are_the_flights_cancelled() -> None:
    g = _groups(FLIGHTS)
    assert g["212 departures"] is not None
    assert g["212 departures"] == g["264 cancellations"]


def test_a_count_set_apart_stays_out_of_the_question() -> None:
    g = _groups(FLIGHTS)
    assert g.get("41 diversions") != g["264 cancellations"]


def test_a_time_of_day_is_no_figure() -> None:
    text = ("The count stops at 10 p.m. and restarts at 6am; by 7 o'clock 300 people had "
            "gathered.")
    found = [f.text for f in scan(text, bare=True)]
    assert "300 people" in found
    assert not any(t in ("10", "6", "7") for t in found)


def test_a_utilitys_first_count_keeps_its_source_when_it_raises_it() -> None:
    text = ("Ice storm leaves thousands dark\n\n"
            "Tri-Valley Power Cooperative, which serves most of the county, said at 6 p.m. "
            "Sunday that 9,800 customers had lost service. Four hours later the cooperative "
            "raised that number to 14,200.\n\n"
            "Pell County's emergency director, Ray Dunleavy, estimated that more than 21,000 "
            "homes were without power.\n")
    by = {fc.figure.text: fc.source.name if fc.source else None
          for fc in extract_text(text).figures}
    assert by["9,800 customers"] == "Tri-Valley Power Cooperative"
    assert by["14,200"] == "Tri-Valley Power Cooperative"


def test_a_wait_in_a_quotation_is_a_figure() -> None:
    text = ("Hip waits: who is right?\n\n"
            "The health board said the median wait was 26 weeks. The patients' forum puts "
            "it at 34 weeks.\n\n"
            "The health secretary told the Assembly the real figure was \"nearer 22 weeks\". "
            "\"The typical patient in this region is treated in under 20 weeks,\" the "
            "minister, Helen Ashdown, said.\n")
    g = _groups(text)
    assert g.get("22 weeks") is not None and g.get("22 weeks") == g["26 weeks"]
    assert g.get("under 20 weeks") is not None and g["under 20 weeks"] == g["26 weeks"]


def test_displacement_put_at_a_range_is_a_count_of_the_displaced() -> None:
    g = _groups(DISPLACED + "\nThe Horizon Data Unit put displacement at between 100,000 "
                "and 120,000.\n")
    assert g["between 100,000 and 120,000"] == g["86,500 people"] is not None


def test_a_kind_counted_by_its_family_name_joins_the_question() -> None:
    text = ("Wildcat numbers disputed\n\n"
            "The Drumlaggan Wildcat Recovery Project runs the release programme. "
            "According to its latest annual report, there are now at least 60 cats in the "
            "forest.\n\n"
            "A camera-trap survey by the Caledonian Mammal Trust estimated that between 18 "
            "and 35 wildcats were present. The Upper Glen Gamekeepers' Association says the "
            "true figure is well over a hundred wildcats.\n")
    figures = extract_text(text).figures
    g = {fc.figure.text: fc.group for fc in figures}
    by = {fc.figure.text: fc.source.name if fc.source else None for fc in figures}
    assert g["at least 60 cats"] == g["between 18 and 35"] is not None
    assert by["at least 60 cats"] == "Drumlaggan Wildcat Recovery Project"
