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


# --- a count of the compound's head noun; what a study did its work on -----------------

_SOLAR = (
    "How many songbirds does the Harrowgate solar park kill?\n\n"
    "By Tove Lindahl\n\n"
    "The Harrowgate solar park kills about 2,100 songbirds a year, the Bird Trust says.\n\n"
    "A 2023 study by Norbury University, which ringed 340 finches over two summers, put "
    "the toll at between 600 and 900 birds a year.\n"
)


def test_a_count_of_the_head_noun_answers_the_compounds_question():
    figs = _grouped(_SOLAR)
    assert "about 2,100 songbirds" in figs and "between 600 and 900" in figs, sorted(figs)
    assert figs["about 2,100 songbirds"].group == \
        figs["between 600 and 900"].group  # type: ignore[attr-defined]


def test_the_count_a_study_worked_on_is_no_claim():
    figs = _all(_SOLAR)
    assert "340 finches" not in figs, sorted(figs)
    assert "between 600 and 900" in figs


def test_a_count_in_a_relative_clause_of_another_measure_stays():
    # (the main clause gives no figure of the article's measure: the count is a claim)
    text = (
        "How many songbirds does the Harrowgate solar park kill?\n\n"
        "By Tove Lindahl\n\n"
        "The Harrowgate solar park kills about 2,100 songbirds a year, the Bird Trust "
        "says.\n\n"
        "Sunfield Energy, which employs 340 engineers, says the park kills 450 songbirds.\n"
    )
    figs = _all(text)
    assert "450 songbirds" in figs, sorted(figs)


def test_a_count_of_times_in_the_opening_makes_no_length_of_time_the_measure():
    text = (
        "Did the floods really cost Tarvel $90 million? Claim overstates estimates\n\n"
        "Heavy rain fell on the Tarvel valley for six days in early May, flooding streets in "
        "three towns.\n\n"
        "In a clip watched more than 2 lakh times, councillor Omar Vey said the damage came to "
        "$90 million.\n\n"
        "The state relief office put the damage at $31 million.\n"
    )
    figs = _all(text)
    assert "six days" not in figs, sorted(figs)


# --- a change with no verb; a change of a word of measure ---------------------------------

_LIBRARY = (
    "Sunday opening: how many more readers has it brought?\n\n"
    "By Gita Rao\n\n"
    "Visitor numbers at Dunford's libraries have risen by 22 per cent since Sunday opening "
    "began, according to the borough council.\n\n"
    "Readwell, the trust that runs nine of the borough's branches, said its door counters "
    "showed visits up by 9% over the same months.\n\n"
    "Campaign group Open Shelves said visits had grown by only 4 per cent.\n"
)


def test_a_change_with_no_verb_is_a_claim_of_the_change():
    figs = _grouped(_LIBRARY)
    assert "9%" in figs and "only 4 per cent" in figs, sorted(figs)
    assert figs["9%"].group == figs["only 4 per cent"].group  # type: ignore[attr-defined]


def test_a_change_of_numbers_is_the_articles_one_change():
    figs = _grouped(_LIBRARY)
    assert "22 per cent" in figs and "only 4 per cent" in figs, sorted(figs)
    assert figs["22 per cent"].group == figs["only 4 per cent"].group  # type: ignore[attr-defined]


def test_the_subject_of_go_up_by_is_what_changes():
    text = ("Tax plan: who gains?\n\nBy Jo Park\n\nThe richest tenth would see their incomes "
            "go up by as much as 12.5 percent, according to the Budget Institute.\n")
    figs = _all(text)
    assert figs["12.5 percent"].quantity == "increase in income"  # type: ignore[attr-defined]


# --- a number named as a figure by the words before it is the figure given before -------

_PONDS = (
    "How many ponds will the Eastgate housing scheme fill in?\n\n"
    "By Lena Ruiz\n\n"
    "The developer's drainage plan says 37 ponds will be filled in.\n\n"
    "Wildlife group Pond Watch says more than 90 ponds will go, and the county ecologist "
    "counted 18 great crested newts in one of them.\n\n"
    "\u201cOur figure of 37 comes from a full survey,\u201d said the developer's planner, "
    "Rosa Klee.\n"
)


def test_our_figure_of_n_is_the_count_given_before():
    figs = [fc for fc in extract_text(_PONDS).figures if fc.group is not None]
    said = [fc for fc in figs if fc.figure.text.startswith("37")]
    assert len(said) == 2, [fc.figure.text for fc in figs]
    assert len({fc.group for fc in said}) == 1


# --- a sum after "for" is a price, no scope ------------------------------------------

def test_a_sum_after_for_is_a_price_of_the_articles_sum():
    text = (
        "Does a season bus pass really cost students $600?\n\n"
        "By Nils Berg\n\n"
        "Student union president Ada Moss said a season pass costs $600.\n\n"
        "The transit authority said a season pass can be bought for around $240 if "
        "ordered before term.\n"
    )
    figs = _grouped(text)
    assert "around $240" in figs and "$600" in figs, sorted(figs)
    assert figs["around $240"].group == figs["$600"].group  # type: ignore[attr-defined]


# --- what a cost is of: no adverb, no time adjunct -------------------------------------

def test_a_cost_is_of_the_thing_not_its_adverb_or_its_season():
    text = (
        "Does a winter coat really cost parents $250?\n\n"
        "By Maeve Lund\n\n"
        "Councillor Rob Tate said a good winter coat costs parents $250.\n\n"
        "The Outdoor Traders' Guild said the typical coat this winter cost between "
        "$90 and $130.\n"
    )
    figs = _grouped(text)
    assert "$250" in figs and "between $90 and $130" in figs, sorted(figs)
    assert figs["$250"].group == figs["between $90 and $130"].group  # type: ignore[attr-defined]


# --- units the parser reads: speeds, glued tonnes, decibels and degrees -----------------

def test_speeds_are_figures_of_one_speed_not_lengths():
    from provenance.numbers import canonical_unit, scan

    [f] = scan("riders average 24 km/h on the path", bare=True)
    assert f.text == "24 km/h" and canonical_unit(f.unit)[0] != "length"
    text = (
        "How fast do e-scooters really go on Bramley's paths?\n\n"
        "By Kit Olsen\n\n"
        "The council says riders average 24 km/h on shared paths.\n\n"
        "Walkers' group Safe Steps said its radar checks found an average of 31 km/h.\n\n"
        "The scooter firm Zipp said its data put the average at 18 kph.\n"
    )
    figs = _grouped(text)
    assert {"24 km/h", "31 km/h", "18 kph"} <= set(figs), sorted(figs)
    assert len({figs[t].group for t in ("24 km/h", "31 km/h", "18 kph")}) == 1  # type: ignore[attr-defined]


def test_symbols_are_the_units_they_stand_for():
    from provenance.numbers import canonical_unit, scan

    [glued] = scan("farmers say 9,500t of pears rotted", bare=True)
    assert glued.text == "9,500t" and canonical_unit(glued.unit)[1] == "tonne"
    assert canonical_unit("dB") == canonical_unit("decibels")
    assert canonical_unit("°C")[1] == canonical_unit("degrees")[1]


def test_the_count_researchers_worked_on_is_no_claim():
    text = _SOLAR.replace(
        "A 2023 study by Norbury University, which ringed 340 finches over two summers, put "
        "the toll at",
        "Researchers at Norbury University ringed 340 finches over two summers and put the "
        "toll at")
    assert "Researchers at Norbury" in text
    figs = _all(text)
    assert "340 finches" not in figs, sorted(figs)
    assert "between 600 and 900" in figs
