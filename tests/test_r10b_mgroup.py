"""Round 10b, grouping the figures of an article's main measure into its question: which
figures are the measure's (a length that places something is no figure), an opening that
names a length of time as its subject, a length of time each source words its own way.
Short texts written for these tests.
"""

from __future__ import annotations

from provenance.extract import extract_text


def _grouped(text: str) -> dict[str, object]:
    return {fc.figure.text: fc for fc in extract_text(text).figures if fc.group is not None}


def _all(text: str) -> dict[str, object]:
    return {fc.figure.text: fc for fc in extract_text(text).figures}


# --- a length that places something is no figure of anything ----------------------------

_LIGHTHOUSE = (
    "How long will the Carrow Point light keep shining? Nobody agrees\n\n"
    "By Ilse Varga\n\n"
    "The lighthouse on Carrow Point, 14 kilometres off the mainland, needs a new lantern "
    "within 8 years, the Maritime Safety Board says.\n\n"
    "Keeper's charity Lamps Alive says the lantern could last 15 years with care.\n\n"
    "An engineer hired by the county, Ruth Abara, said the lantern would need replacing "
    "in 4 years.\n"
)


def test_a_length_off_the_coast_is_no_claim():
    figs = _all(_LIGHTHOUSE)
    assert "14 kilometres" not in figs, sorted(figs)


# --- an opening that names a length of time as its subject ---------------------------

_FERRY = (
    "Ferry boarding times: who has the stopwatch?\n\n"
    "The operator says cars now board in just under two hours. Drivers tell another "
    "story.\n\n"
    "Norland Ferries said on Tuesday that the average car now boards 1.8 hours after "
    "arriving at the terminal, down from 2.6 hours in 2020.\n\n"
    "The Motorists' Union, which timed 640 cars in May, found an average of 3.1 hours "
    "from arrival to boarding.\n\n"
    "A harbour board report puts the wait at 150 minutes, or roughly 2.5 hours.\n"
)


def test_lengths_of_time_are_the_measure_when_the_opening_names_a_time():
    figs = _grouped(_FERRY)
    kept = ["1.8 hours", "3.1 hours", "150 minutes"]
    assert all(t in figs for t in kept), sorted(figs)
    assert len({figs[t].group for t in kept}) == 1  # type: ignore[attr-defined]


# --- a bound the parser leaves outside the figure is no comparison -------------------

_DENTISTS = (
    "Dental deserts: how many Osterland children never see a dentist?\n\n"
    "By Paulo Reis\n\n"
    "Children's charity BrightSmile said 30 per cent of Osterland children had not seen a "
    "dentist in two years.\n\n"
    "Minister Hana Sokol disagreed. \u201cIn reality fewer than one in 8 children miss their "
    "check-ups, and it is falling,\u201d Sokol said on Monday.\n"
)


def test_fewer_than_one_in_n_is_a_claim_of_the_same_share():
    figs = _grouped(_DENTISTS)
    assert "one in 8" in figs and "30 per cent" in figs, sorted(figs)
    assert figs["one in 8"].group == figs["30 per cent"].group  # type: ignore[attr-defined]
