"""Round 9, merging: figures of one disputed quantity that each source names or writes its
own way ("megatonnes" and "Mt", "1 in 80" and "9 per 1,000", a sum with no noun beside
"the bill at $40 million", "head" beside "goats") are one question; figures the text
tells apart stay apart. Short texts written for these tests.
"""

from __future__ import annotations

from provenance.extract import extract_text


def _figs(text: str) -> dict[str, object]:
    return {fc.figure.text: fc for fc in extract_text(text).figures}


def _together(figs: dict[str, object], *names: str) -> bool:
    groups = {figs[n].group for n in names}  # type: ignore[attr-defined]
    return len(groups) == 1 and None not in groups


# --- a mass in prefixed tonnes and its symbol -------------------------------------------

MASS = (
    "Estimates differ on how much methane leaked from the Orvik field last winter.\n\n"
    "The national energy regulator put the leak at 12 megatonnes in its annual report. "
    "Dr. Lena Hauge of Tromvik University said the true leak was 30 megatonnes.\n\n"
    "The Nordic Air Monitor, using satellite data, estimated about 21 Mt.\n\n"
    "Greenline Watch, a campaign group, estimated 26 Mt.\n"
)


def test_megatonnes_and_mt_are_one_question():
    figs = _figs(MASS)
    assert _together(figs, "12 megatonnes", "30 megatonnes", "about 21 Mt", "26 Mt")


# --- a rate per 1,000 and one in N --------------------------------------------------------

RATE = (
    "Is one in 80 Ostland pregnancies affected by the condition?\n\n"
    "Senator Mark Olin said in a speech that one in 80 Ostland pregnancies is affected. "
    "The state health office says the rate is 9 per 1,000 pregnancies. "
    "Doctors at Ostland General said their review found 11 per 1,000 pregnancies.\n"
)


def test_one_in_n_and_per_thousand_are_one_share():
    figs = _figs(RATE)
    assert _together(figs, "one in 80", "9 per 1,000", "11 per 1,000")


# --- a sum in a currency's word joins the sums in its sign --------------------------------

SUM = (
    "Fake saffron costs growers dearly, but how dearly?\n\n"
    "The Growers' Union puts the loss at CHF 50 million a year. The customs office "
    "estimates the loss at CHF 20 million a year.\n\n"
    "Economist Rolf Amsel, who has studied the trade, disagreed with both. \u201cNinety "
    "million francs is nearer the mark,\u201d he said. \u201cAnd a grower can lose ten "
    "thousand francs in a bad month.\u201d\n"
)


def test_a_sum_in_a_currency_word_joins_the_sums_in_its_sign():
    figs = _figs(SUM)
    assert _together(figs, "CHF 50 million", "CHF 20 million", "Ninety million francs")


def test_a_sum_far_smaller_stays_out():
    figs = _figs(SUM)
    small = figs["ten thousand francs"]
    assert small.group != figs["CHF 50 million"].group  # type: ignore[attr-defined]


# --- a herd's head count ----------------------------------------------------------------

HERD = (
    "How many wild goats roam the Karst plateau?\n\n"
    "The parks agency said its spring survey counted 9,200 goats. Ranger groups said "
    "there were roughly 12,000 goats on the plateau.\n\n"
    "Farmer Jonas Pell said there were about 2,500 head, no more. Hunter Mia Roth said "
    "she saw 2,000 head at most.\n"
)


def test_head_counts_the_animals_in_question():
    figs = _figs(HERD)
    assert _together(figs, "9,200 goats", "about 2,500 head", "2,000 head")


# --- negatives: the text tells them apart -------------------------------------------------

CRASH = (
    "A ferry sank off Corra Island on Sunday. The coast guard said 31 people died. "
    "The regional governor said 38 people died. The operator said 140 people were aboard, "
    "and the harbour master said 152 people were aboard.\n"
)


def test_dead_and_aboard_stay_apart():
    figs = _figs(CRASH)
    assert figs["31 people"].group != figs["140 people"].group  # type: ignore[attr-defined]


WATER = ("Inspectors said about {} in a statement.\n\nThe utility said the plant uses 4% of "
         "the town's water. Campaigners said it uses 20% of the town's water.\n")


def test_a_share_that_names_nothing_joins_the_share_in_question():
    figs = _figs(WATER.format("9%"))
    assert _together(figs, "4%", "20%", "about 9%")


def test_a_share_of_another_order_stays_out():
    figs = _figs(WATER.format("0.3%"))
    assert figs["4%"].group is not None  # type: ignore[attr-defined]
    assert figs["about 0.3%"].group is None  # type: ignore[attr-defined]


# --- a change in one sentence is no later share's quantity ---------------------------------

VALLEY = (
    "Orchard owners in the Sella valley are angry about the new bottling plant.\n\n"
    "In a statement, Fontis said its plant used \u201cabout 5%\u201d of the valley\u2019s "
    "water, and that it had cut use per bottle by 30% since 2021.\n\n"
    "Farmers' spokesman Pavel Hruby disagreed. \u201cThey take a third of this valley\u2019s "
    "water,\u201d he said.\n\n"
    "Hydrologist Irena Kolar estimated the plant's share of the valley\u2019s supply at 12 per "
    "cent.\n"
)


def test_a_change_is_not_carried_to_a_later_share():
    figs = _figs(VALLEY)
    assert _together(figs, "about 5%", "a third", "12 per cent")
    assert figs["30%"].group != figs["a third"].group  # type: ignore[attr-defined]


def test_a_sum_said_again_in_a_currency_word_stays_with_the_sum_it_repeats():
    text = (
        "The Growers' Union puts the loss at CHF 50 million a year. Its director, Vera Lutz, "
        "said: \u201cFifty million francs is a cautious number.\u201d\n\n"
        "Exports were worth CHF 90 million last year, the trade office said. The customs "
        "office said exports were worth CHF 85 million.\n"
    )
    figs = _figs(text)
    assert figs["CHF 90 million"].group is not None  # type: ignore[attr-defined]
    again = figs["Fifty million francs"]
    assert again.group != figs["CHF 90 million"].group  # type: ignore[attr-defined]


# --- a count of people in a state, beside counts of people with none ------------------------

FLOOD = (
    "Officials disagree on how many have left their homes in the Tarn floods\n\n"
    "The civil protection agency said on Monday that 8,300 people were sleeping in "
    "evacuation shelters or with family. The regional council put the number at 12,500 "
    "people, because it also counts those who left on their own.\n\n"
    "The Red Cross said between 9,000 and 10,000 people had been displaced.\n"
)


def test_a_count_in_a_state_the_question_names_joins_it():
    figs = _figs(FLOOD)
    assert _together(figs, "8,300 people", "12,500 people", "between 9,000 and 10,000")


def test_a_count_in_a_state_outside_the_question_stays_out():
    text = (
        "A ferry sank off Corra Island on Sunday. The operator said 140 people were aboard "
        "and many had died, and the harbour master said 152 people were aboard. "
        "The coast guard said 31 people died.\n"
    )
    figs = _figs(text)
    assert figs["140 people"].group is not None  # type: ignore[attr-defined]
    assert figs["31 people"].group != figs["140 people"].group  # type: ignore[attr-defined]


def test_a_count_in_a_state_the_question_never_names_stays_out():
    text = FLOOD.replace("evacuation shelters", "school gyms")
    figs = _figs(text)
    assert figs["between 9,000 and 10,000"].group != \
        figs["8,300 people"].group  # type: ignore[attr-defined]


def test_a_sum_a_year_stays_out_of_a_question_of_totals():
    text = (
        "The new Harbour Road bridge will cost $40 million, the city council said. "
        "Opposition leader Tom Brandt said the bridge would cost $65 million.\n\n"
        "The council's engineer said upkeep would come to $5 million a year. Consultant "
        "Maria Vos said upkeep would come to $7 million a year.\n"
    )
    figs = _figs(text)
    assert figs["$40 million"].group is not None  # type: ignore[attr-defined]
    assert figs["$7 million"].group != figs["$40 million"].group  # type: ignore[attr-defined]


def test_no_figure_joins_a_question_whose_answers_lie_far_apart():
    figs = _figs(WATER.format("9%").replace("uses 4%", "uses 0.5%"))
    assert figs["0.5%"].group is not None  # type: ignore[attr-defined]
    assert figs["about 9%"].group is None  # type: ignore[attr-defined]

