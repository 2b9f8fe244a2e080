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


# --- a figure said again after its source's possessive ----------------------------------

_RECAP = _VISITS + (
    "\nSo a visit probably lasts somewhere between CareVoice’s 7 and the ministry’s 13.5. "
    "The RCFD’s 9.2 sits in the middle.\n"
)


def test_a_bare_number_after_its_sources_possessive_joins_that_sources_figure():
    figs = extract_text(_RECAP).figures
    tail = _RECAP.index("So a visit")
    said = {fc.figure.text: fc for fc in figs if fc.start > tail and fc.group is not None}
    assert sorted(said) == ["13.5", "7", "9.2"]
    first = _claims(_RECAP)["9.2 minutes"]
    assert {fc.group for fc in said.values()} == {first.group}  # type: ignore[attr-defined]
    assert said["9.2"].source is not None and \
        said["9.2"].source.name == "Royal College of Family Doctors"
    assert said["13.5"].source is not None and said["13.5"].source.name == "Health Ministry"


_MINE = (
    "Quarry output disputed\n\n"
    "Stonecrest Ltd says its quarry shipped 300 tonnes of granite a day last year. The "
    "regional council puts it at 210 tonnes a day.\n\n"
    "Stonecrest’s 300 workers are paid by the shift.\n"
)


def test_a_possessive_number_of_another_kind_joins_nothing():
    figs = extract_text(_MINE).figures
    tons = next(fc for fc in figs if fc.figure.text == "300 tonnes")
    tail = _MINE.index("Stonecrest’s 300")
    assert not [fc for fc in figs if fc.start >= tail and fc.group == tons.group]


# --- a correction notice ------------------------------------------------------------------

_WELLS = (
    "How many wells are leaking? Regulator and campaigners disagree\n\n"
    "By Tom Reyes\n\n"
    "The Prairie Energy Regulator says 1,240 abandoned wells in the province are leaking "
    "methane, according to its annual inspection report.\n\n"
    "The campaign group Clean Ground Alliance puts the number at about 4,700 wells, based on "
    "aerial surveys.\n\n"
    "Correction: An earlier version of this story misstated the Clean Ground Alliance "
    "estimate as 7,400 wells. The alliance’s figure is 4,700 wells. The Herald regrets the "
    "error.\n"
)


def test_a_correction_keeps_the_corrected_figure_and_drops_the_misstatement():
    figs = extract_text(_WELLS).figures
    notice = _WELLS.index("Correction:")
    kept = [fc for fc in figs if fc.start > notice and fc.group is not None]
    assert [fc.figure.text for fc in kept] == ["4,700 wells"]
    assert kept[0].source is not None and kept[0].source.name == "Clean Ground Alliance"
    first = next(fc for fc in figs if fc.figure.text == "about 4,700 wells")
    assert kept[0].group == first.group


def test_a_figure_a_sentence_says_was_given_in_error_is_nobodys():
    text = ("Dock strike: how many containers are stuck?\n\n"
            "The port authority says 18,000 containers are stuck. The dockers' union says "
            "31,000 containers.\n\n"
            "The shipping minister wrongly said 81,000 containers on Monday.\n")
    figs = extract_text(text).figures
    assert "81,000 containers" not in [fc.figure.text for fc in figs if fc.group is not None]


# --- a figure in a compound adjective -----------------------------------------------------

_BURN = (
    "Brightwater's 48,000-hectare burn estimate disputed by rangers\n\n"
    "By Ana Ruiz\n\n"
    "Brightwater Forestry says last summer's fires burned 48,000 hectares of its plantations "
    "in the north of the state, a figure it gave investors on Monday.\n\n"
    "The state ranger service says satellite images show about 31,000 hectares burned.\n\n"
    "The company runs a 2,000-seat training centre and a 10-year replanting estimate.\n"
)


def test_a_figure_joined_to_its_unit_before_a_noun_of_figures_is_a_figure():
    figs = {fc.figure.text: fc for fc in extract_text(_BURN).figures if fc.group is not None}
    assert "48,000-hectare" in figs, sorted(figs)
    assert figs["48,000-hectare"].group == figs["48,000 hectares"].group
    assert figs["48,000-hectare"].source is not None and \
        figs["48,000-hectare"].source.name == "Brightwater Forestry"
    assert not [t for t in figs if t.startswith(("2,000", "10"))]


# --- a sum named by initials the text spells out -----------------------------------------

_ARR = (
    "Brightpath's revenue: $12 million or $7 million?\n\n"
    "By Kim Soto\n\n"
    "Brightpath chief executive Omar Diaz told investors on Tuesday that the start-up had "
    "reached $12 million in ARR, up from the $9.5 million he cited in March.\n\n"
    "The newsletter Ledgerline reported that Brightpath's annual recurring revenue stood at "
    "about $7 million, citing documents shared with lenders. Its last funding round came at "
    "a valuation of $90 million.\n\n"
    "Analyst firm Tallyhouse estimates Brightpath's ARR at $8 million to $9 million. Firms "
    "like it sell for 6 to 8 times ARR.\n"
)


def test_initials_the_text_spells_out_name_the_same_sum():
    figs = extract_text(_ARR).figures
    body = _ARR.index("Brightpath chief")
    q = {fc.figure.text: fc.quantity for fc in figs if fc.start > body}
    assert q["$12 million"] == q["about $7 million"] == q["$8 million to $9 million"] == \
        q["$9.5 million"]
    assert q["$90 million"] != q["$12 million"]
    assert "6 to 8" not in q


def test_a_sum_in_a_noun_of_money_is_that_noun_only_as_its_head():
    figs = extract_text(
        "Tax plans compared\n\n"
        "The party says its plan would hand out more than $3 trillion in tax cuts. The "
        "Budget Office puts the average tax cut at $1,900, the office said.\n").figures
    q = {fc.figure.text: fc.quantity for fc in figs}
    assert q["more than $3 trillion"] != q["$1,900"]


# --- counts per one, and a count before its revision -------------------------------------

_SHELTER = (
    "Flood shelters: how many people fled?\n\n"
    "The Civil Protection Agency said 22,400 people had registered at shelters by Friday. "
    "Aid groups say the true number is closer to 35,000 people.\n\n"
    "Agency director Lena Moss defended the tally, which the agency itself revised up from "
    "18,900 on Thursday as late registrations came in.\n\n"
    "Volunteers said the typical shelter was holding 640 people, against a capacity of 400.\n"
)


def test_a_count_an_average_one_holds_is_per_one_not_the_total():
    figs = {fc.figure.text: fc for fc in extract_text(_SHELTER).figures}
    total = figs["22,400 people"]
    assert figs["640 people"].quantity != total.quantity
    assert figs["640 people"].group is None or figs["640 people"].group != total.group


def test_the_figure_a_count_was_raised_from_is_of_the_same_count():
    figs = {fc.figure.text: fc for fc in extract_text(_SHELTER).figures}
    assert "18,900" in figs and figs["18,900"].quantity == figs["22,400 people"].quantity


# --- what a share is of, what a crowd counts ------------------------------------------------

def test_the_verb_after_a_shares_people_is_not_part_of_them():
    text = ("Are teenagers sleeping enough?\n\n"
            "The Sleep Council says 30% of teenagers sleep less than eight hours. A survey by "
            "the Youth Health Office asked 4,100 pupils and found that about 1 in 3 teenagers "
            "fell short of it.\n")
    q = {fc.figure.text: fc.quantity for fc in extract_text(text).figures}
    assert q["1 in 3"] == q["30%"] == "share of teenager"


def test_a_crowd_in_any_of_its_words_is_people():
    text = ("Carnival crowd disputed\n\n"
            "The organisers say 120,000 people came to the carnival on Sunday. Police say "
            "about 70,000 revellers lined the route, and a stewarding firm counted 65,000 "
            "festival-goers.\n")
    q = {fc.figure.text: fc.quantity for fc in extract_text(text).figures}
    assert q["about 70,000 revellers"] == q["120,000 people"] == q["65,000 festival-goers"]


# --- a bare number the words after it name as a figure ----------------------------------

def test_a_bare_number_named_as_a_figure_is_the_figure_given_before():
    text = ("Bird count disputed\n\n"
            "The wardens' survey counted 4,260 nesting pairs on the island this spring. A "
            "birding club says there were nearer 7,000 pairs.\n\n"
            "The island trust received $2.1 million in grants last year.\n\n"
            "“We may miss some,” said chief warden Rob Tate. “But we use the same method "
            "every year, and 4,260 is the number we could actually confirm.”\n")
    figs = extract_text(text).figures
    first = next(fc for fc in figs if fc.figure.text == "4,260 nesting pairs")
    again = [fc for fc in figs if fc.figure.text.startswith("4,260") and fc is not first]
    assert again and again[0].quantity == first.quantity
    assert again[0].group is not None and again[0].group == first.group
    assert again[0].source is not None and again[0].source.name == "Rob Tate"


# --- one of every so many, and a figure put in other terms --------------------------------

def test_one_noun_for_every_n_is_a_share():
    from provenance.numbers import scan
    got = [(f.kind, round(f.low or 0, 2)) for f in scan(
        "That is roughly one crash for every 250 trips.", bare=True)]
    assert got == [("ratio", 0.4)]


def test_a_figure_the_text_puts_in_other_terms_is_the_same_sources_and_question():
    text = ("Speeding: how common is it?\n\n"
            "The Roads Agency's 2024 enforcement report counts 4.2 per 1,000 drivers caught "
            "speeding on the motorway network. That works out to roughly one driver for "
            "every 240.\n\n"
            "The motorists' club Drive Fair says it is closer to one in 90.\n")
    figs = {fc.figure.text: fc for fc in extract_text(text).figures}
    conv = figs["one driver for every 240"]
    assert conv.source is not None and conv.source.name == figs["4.2 per 1,000"].source.name
    assert conv.quantity == figs["4.2 per 1,000"].quantity


# --- a plain sum beside the one named sum --------------------------------------------------

_CAVIAR = (
    "Fake caviar: how big is the trade?\n\n"
    "By Jan Orlov\n\n"
    "Producers say fake labels are everywhere.\n\n"
    "The Sturgeon Farmers Union, which represents 140 farms, puts the loss at €40 million a "
    "year.\n\n"
    "The fisheries ministry takes a narrower view. It estimates the trade at €12–15 million "
    "a year. Seizures at the border were worth €1.2 million last year, the ministry added.\n\n"
    "The consultancy Marlow Research, in a study for traders published in March, said "
    "revenue lost could reach up to €90m once online "
    "shops were included.\n\n"
    "Genuine exports were worth about €300 million, according to customs data.\n"
)


def test_a_plain_sum_per_year_joins_the_one_named_sum_per_year():
    figs = {fc.figure.text: fc for fc in extract_text(_CAVIAR).figures}
    main = figs["€40 million"].group
    assert main is not None
    assert figs["€12–15 million"].group == main
    assert figs["€1.2 million"].group != main and figs["about €300 million"].group != main


def test_mean_as_a_verb_measures_no_length_of_time():
    from provenance.extract.figures import _MEASURED_TIME_RE
    assert _MEASURED_TIME_RE.search("put the mean trip at ")
    assert not _MEASURED_TIME_RE.search("The closures would mean most of us is ")


def test_a_confidence_level_is_no_figure_and_each_year_is_no_population():
    text = ("Potholes: how many kilometres?\n\n"
            "The roads agency says 2,300 kilometres are in poor shape. The paving association "
            "puts it at 3,900 kilometres.\n\n"
            "The association's chair said the agency inspects only about a quarter of the "
            "rural network each year. A university audit estimated 2,900 kilometres, at a "
            "confidence level of 90 per cent.\n")
    figs = {fc.figure.text: fc for fc in extract_text(text).figures}
    assert "90 per cent" not in figs or figs["90 per cent"].group is None
    assert figs["about a quarter"].quantity == "share of network"


def test_two_figures_thirty_times_apart_are_no_question():
    text = ("Border seizures\n\n"
            "Seizures of fake watches at the border were worth €2.1 million last year, the "
            "customs office said. Genuine exports were worth about €75 million, according to "
            "the watchmakers' federation.\n")
    figs = {fc.figure.text: fc for fc in extract_text(text).figures}
    assert figs["€2.1 million"].group is None and figs["about €75 million"].group is None


def test_only_capital_initials_of_three_letters_or_more_are_spelled_out():
    from provenance.extract.figures import _spelled_initials
    text = ("The IT budget grew. Income tax rose. Annual recurring revenue (ARR) rose, as "
            "investors delayed sales during the AIDS crisis.")
    assert _spelled_initials(text) == {"arr": "annual recurring revenue"}
