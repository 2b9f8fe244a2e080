"""Stories of rents, harvests, farm incomes and emissions (round 36).

Writers who never saw the code wrote the stories these patterns come from; each test runs
on a text written for it: a monthly report is no monthly rate, a measuring verb's object
may be a phrase of several bare words, and "has the plant at" gives a figure as "puts the
plant at" does.
"""

from __future__ import annotations

from provenance.extract import extract_text


def _figures(text: str) -> dict[str, tuple[str | None, str, int | None]]:
    return {fc.figure.text: (fc.source.name if fc.source else None, fc.quantity, fc.group)
            for fc in extract_text(text).figures}


HARVEST = ("Wheat forecasts split\n\n"
           "The Farm Ministry on Thursday kept its estimate at 31.5 million tonnes in its "
           "monthly crop report, citing late rains.\n\n"
           "The Plains Grain Exchange cut its forecast to 28 million tonnes.\n")


def test_a_monthly_report_gives_its_figure_no_monthly_rate() -> None:
    figs = _figures(HARVEST)
    assert figs["31.5 million tonnes"][1] == "tonne"
    assert figs["31.5 million tonnes"][2] is not None  # (one question with the exchange's)
    assert figs["31.5 million tonnes"][2] == figs["28 million tonnes"][2]


def test_a_rate_after_its_figure_is_still_read() -> None:
    figs = _figures("Output\n\nThe mill said it ships 400 tonnes monthly. The union said "
                    "300 tonnes monthly.\n")
    assert figs["400 tonnes"][1] == "tonne per month"


INCOME = ("Dairy incomes disputed\n\n"
          "Penrith College's survey put average farm business income on dairy farms at "
          "£88,200 for 2024.\n\n"
          "North Country Milk Producers said its poll of members found an average income of "
          "£47,000 a farm.\n")


def test_a_measuring_verbs_object_may_be_several_bare_words() -> None:
    figs = _figures(INCOME)
    assert figs["£88,200"][0] == "Penrith College"
    assert figs["£88,200"][2] is not None and figs["£88,200"][2] == figs["£47,000"][2]


EMISSIONS = ("Cement works emissions\n\n"
             "The company's own report gives 1.1 million tonnes for 2023. The Environmental "
             "Protection Authority, which keeps the official emissions register, has the "
             "plant at 1.34 million tonnes for the same year.\n")


def test_has_the_thing_at_a_figure_is_the_subjects_figure() -> None:
    figs = _figures(EMISSIONS)
    assert figs["1.34 million tonnes"][0] == "Environmental Protection Authority"
    assert figs["1.34 million tonnes"][2] == figs["1.1 million tonnes"][2] is not None


THEFTS = ("Car thefts disputed\n\n"
          "The Police Department says 6,418 vehicles were stolen in 2023. Statistician Jane "
          "Fox, in a report released Tuesday, estimates the true number at 7,200.\n")


def test_a_report_in_the_aside_after_the_subject_is_the_subjects() -> None:
    assert _figures(THEFTS)["7,200"][0] == "Jane Fox"


def test_a_report_as_the_subject_still_gives_its_figure() -> None:
    text = THEFTS.replace("Statistician Jane Fox, in a report released Tuesday, estimates",
                          "A report released Tuesday estimates")
    assert _figures(text)["7,200"][0] == "Report"

