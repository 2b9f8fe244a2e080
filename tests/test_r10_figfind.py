"""Round 10, which figures become claims and how they group: lengths of time that are the
measure an article disputes, figures said again after their source's possessive, corrected
figures, compound-adjective figures in headlines. Short texts written for these tests.
"""

from __future__ import annotations

from provenance.extract import extract_text

# --- lengths of time as the disputed measure --------------------------------------------

_VISITS = (
    "GP visits are getting shorter, or are they?\n\n"
    "By Nora Pell\n\n"
    "DUNMORE — Three bodies give three answers on how much time a family doctor spends "
    "with a patient.\n\n"
    "The Royal College of Family Doctors put the average consultation at 9.2 minutes in its "
    "workforce survey, which polled 1,420 practices.\n\n"
    "The Health Ministry, which runs its own audit, reported an average of 12 minutes; an "
    "update published in June raised that to 13.5 minutes.\n\n"
    "Patient group CareVoice says patients get less still: 7 minutes on an average visit. "
    "Researchers at Dunmore University put the national average somewhere between 10 and 11 "
    "minutes.\n\n"
    "Most surgeries open at 8 a.m. and shut 30 minutes after the last patient leaves. The "
    "average age of family doctors is 52 years, the college says.\n"
)


def _claims(text: str) -> dict[str, object]:
    return {fc.figure.text: fc for fc in extract_text(text).figures if fc.group is not None}


def test_average_lengths_of_time_from_several_sources_are_one_question():
    figs = _claims(_VISITS)
    kept = ["9.2 minutes", "12 minutes", "13.5 minutes", "7 minutes", "between 10 and 11"]
    assert all(t in figs for t in kept), sorted(figs)
    assert len({figs[t].group for t in kept}) == 1  # type: ignore[attr-defined]


def test_times_of_day_thresholds_and_ages_stay_out():
    figs = _claims(_VISITS)
    assert "30 minutes" not in figs and "52 years" not in figs and "8" not in figs


def test_a_revision_of_a_measured_length_of_time_is_the_same_measure():
    figs = _claims(_VISITS)
    assert figs["13.5 minutes"].quantity == figs["12 minutes"].quantity  # type: ignore[attr-defined]
