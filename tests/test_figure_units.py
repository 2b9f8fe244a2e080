"""A length of time, a length or an area keeps the unit the article wrote it in, so the
figures compared by `contested` are compared in one unit: "24 months" and "two years"
agree, "11 months" and "two years" do not. Before, the draft wrote both as "durations"
(24 against 2), and a quantity met apart leaked its marker into the unit ("lengths @263").
Short texts written for these tests.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from provenance.extract import extract_text, write_draft


def drafted(body: str, tmp_path: Path) -> tuple[list[Any], list[dict[str, Any]]]:
    """The draft's estimates, and the questions `contested` shows for it."""
    from provenance.analysis import contested
    from provenance.dossier import load_dossier
    from provenance.graph import build_graph

    folder = write_draft(extract_text(body), tmp_path / "draft", "article.txt")
    d = load_dossier(folder)
    estimates = [c.estimate for c in d.claims if c.estimate]
    return estimates, [q for q in contested(build_graph(d)) if q["contested"]]


@pytest.mark.parametrize(("body", "units"), [
    ("Bridge repairs\n\nThe closure of the bridge could last 11 months, the transport "
     "department said.\n\nEngineers say the work will take two years, maybe more.\n",
     ["months", "years"]),
    ("Long waits at the port\n\nContainers sit at the port for an average of 10 days, the "
     "port authority said.\n\nFreight forwarders say the average dwell time is closer to "
     "12 days.\n", ["days", "days"]),
])
def test_a_length_of_time_keeps_its_written_unit(body, units, tmp_path):
    estimates, questions = drafted(body, tmp_path)
    assert sorted(str(e.unit) for e in estimates) == sorted(units)
    assert len(questions) == 1 and len(questions[0]["positions"]) == 2


def test_the_same_length_of_time_in_two_units_is_no_disagreement(tmp_path):
    body = ("Bridge repairs\n\nThe closure of the bridge could last 24 months, the transport "
            "department said.\n\nEngineers at the university say the work will take two "
            "years.\n")
    _, questions = drafted(body, tmp_path)
    # one question, two sources, and no pair of figures that disagree (24 months = 2 years)
    assert len(questions) == 1 and len(questions[0]["positions"]) == 2
    assert questions[0]["estimate_conflicts"] == []


def test_a_length_met_apart_shows_no_marker_in_its_unit(tmp_path):
    body = ("Sinking city\n\nThe coast sinks 11 cm a year, researchers said.\n\nThe sea "
            "wall will stretch 46 kilometres, and the road is 3.9 centimetres lower each "
            "year, officials said.\n")
    estimates, _ = drafted(body, tmp_path)
    assert len(estimates) == 3 and not any("@" in str(e.unit) for e in estimates)


def test_a_bare_number_far_from_a_length_of_time_is_no_position_on_it(tmp_path):
    body = ("Long waits at the port\n\nContainers sit at the port for an average of 10 days, "
            "the port authority said.\n\nThe port handled 3.3 million TEU last year, "
            "according to authority figures.\n\nFreight forwarders say the average dwell "
            "time is closer to 12 days.\n")
    estimates, questions = drafted(body, tmp_path)
    assert sorted(e.value for e in estimates) == [10, 12]
    assert [sorted(p["position"] for p in q["positions"]) for q in questions] == [
        ["10 days (port authority)", "12 days (freight forwarders)"]]


def test_a_bare_number_of_the_order_of_an_area_is_still_a_figure_of_it(tmp_path):
    body = ("Fire in the hills\n\nThe fire has burnt 34,000 hectares, the fire agency "
            "said.\n\n\u201cForty-two thousand is nearer the truth,\u201d said Ann Cole, "
            "a farmer near the ranges.\n")
    estimates, _ = drafted(body, tmp_path)
    assert sorted(e.value for e in estimates) == [34000, 42000]
