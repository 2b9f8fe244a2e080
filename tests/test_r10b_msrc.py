"""Round 10 (wave 2), source finding that holds on text nobody tuned to: structural
fallbacks for figures the tool saw but gave no source. Short texts written for these tests
(their own topics, names and numbers)."""

from __future__ import annotations

from provenance.extract import extract_text


def _sources(text: str) -> dict[str, str | None]:
    return {fc.figure.text: (fc.source.name if fc.source else None)
            for fc in extract_text(text).figures}


# --- the owner of a possessive subject, whatever its head noun ---------------------------

_BIRDS = (
    "Wind farm bird deaths: who is counting?\n\n"
    "By Lena Ortiz\n\n"
    "Conservationists say the Harrow Sands wind farm kills thousands of birds a year.\n\n"
    "The Coastal Bird Trust, which has surveyed the site since 2019, estimates that 3,400 "
    "birds a year die at the turbines.\n\n"
    "The operator, Brightwater Energy, disputes the figure. Its own monitoring, carried out "
    "with radar and cameras on six of the 84 turbines, found that fewer than 500 birds a "
    "year collide with the blades.\n\n"
    "The trust's newsletter, which reaches 9,000 members, says 3,100 birds died last year.\n"
)


def test_its_owned_subject_is_the_body_the_sentence_before_opened_with():
    assert _sources(_BIRDS)["fewer than 500 birds"] == "Brightwater Energy"


def test_the_bodys_owned_subject_after_an_aside_is_that_body():
    assert _sources(_BIRDS)["3,100 birds"] == "Coastal Bird Trust"


_FLATS = (
    "How many homes will the new estate bring?\n\n"
    "Eastwick Borough Council's outline scheme for the 40-acre site, which is expected to "
    "cost £92m, states that 640 homes will be built by 2031.\n\n"
    "Residents of Fallow Lane say the true number is nearer 900 homes.\n"
)


def test_a_named_owners_document_with_an_aside_is_the_owners():
    assert _sources(_FLATS)["640 homes"] == "Eastwick Borough Council"



# --- a quoted sentence that names its own source; a document's maker; "their figure" ----

_CHANNEL = (
    "Is the harbour channel silting up?\n\n"
    "By Nell Armitage\n\n"
    "Boat owners in Port Carrow say the channel is getting shallower every year.\n\n"
    "“A report out this spring from the Carrow Harbour Authority says the channel loses 3 "
    "centimetres a year,” said Tom Reyes, who runs a fishing boat from the quay. “I think "
    "it is more like 10 centimetres.”\n\n"
    "The Marine Survey Office stands by its figure of 5 centimetres a year.\n"
)


def test_a_quoted_sentence_that_names_a_documents_maker_gives_the_figure_to_the_maker():
    got = _sources(_CHANNEL)
    assert got["3 centimetres"] == "Carrow Harbour Authority"
    assert got["10 centimetres"] == "Tom Reyes"  # (his own figure stays his)


def test_its_figure_of_is_the_body_the_clause_opens_with():
    assert _sources(_CHANNEL)["5 centimetres"] == "Marine Survey Office"


def test_a_body_rejecting_their_figure_does_not_own_it():
    text = _CHANNEL + (
        "\nDivers for the boat owners' club say the silt is 40 centimetres deep at the "
        "slipway. The Marine Survey Office rejects their figure of 40 centimetres.\n")
    got = {fc.figure.start: fc for fc in extract_text(text).figures}
    at = text.rindex("40 centimetres")
    assert at not in got or got[at].source is None or \
        got[at].source.name != "Marine Survey Office"


_OTTERS = (
    "How many otters live on the Tamsin?\n\n"
    "By Ada Quill\n\n"
    "Nobody agrees how many otters the river holds.\n\n"
    "A survey out this month from the Tamsin River Trust says the population on the river "
    "is about 420 otters. Anglers put it far higher.\n"
)


def test_the_maker_named_after_what_it_made_is_the_source():
    assert _sources(_OTTERS)["about 420 otters"] == "Tamsin River Trust"


_CARS = (
    "Traffic on Mill Street: whose count is right?\n\n"
    "By Joel Parr\n\n"
    "The council counted 2,100 cars a day on Mill Street in March.\n\n"
    "But the Keep Mill Street Quiet group says that is far too low. Its founder, Ines "
    "Calloway, said the council had counted on a bank holiday.\n\n"
    "“We stood on the corner for a week,” she said.\n\n"
    "The group's leaflet, which went to 2,500 homes, says 3,300 cars a day use the street.\n"
)


def test_the_bodys_possessive_is_the_body_named_with_that_noun():
    assert _sources(_CARS)["3,300 cars"] == "Keep Mill Street Quiet"


# --- an unnamed voice speaks for the body the paragraph opened a sentence with -----------

_VISITS = (
    "How many people still use the libraries?\n\n"
    "By Rhea Tolland\n\n"
    "Campaigners say 80,000 visits a year is a fair guess for the town's three libraries.\n\n"
    "Dunholm Libraries Trust stands by its own count, which is lower. We asked the trust "
    "for an interview. A spokeswoman sent a statement instead, which says in part: \"Our "
    "door counters recorded 61,000 visits last year, and that is the number we will use.\"\n"
)


def test_an_unnamed_spokeswoman_speaks_for_the_paragraphs_body():
    assert _sources(_VISITS)["61,000 visits"] == "Dunholm Libraries Trust"


def test_a_described_official_is_not_read_as_the_paragraphs_body():
    text = _VISITS.replace("A spokeswoman sent", "A county official sent")
    assert _sources(text)["61,000 visits"] != "Dunholm Libraries Trust"


# --- a study brought in before it is named is the study the text names next -------------

_GLACIERS = (
    "How fast do glaciers in the Karrak range melt?\n\n"
    "A new study says 40 centimetres a year. Climbers say it is far more.\n\n"
    "By Ida Brenn\n\n"
    "The paper, published on Monday by the Nordlund Polar Institute, measured ice loss on "
    "12 glaciers over 10 years.\n"
)


def test_a_new_study_in_the_standfirst_is_the_study_named_next():
    assert _sources(_GLACIERS)["40 centimetres"] == "Nordlund Polar Institute"


# --- people named by what they do, then the body named after them -----------------------

_HIVES = (
    "Winter losses: how many hives died?\n\n"
    "By Cora Vance\n\n"
    "Beekeepers say up to 30,000 hives died over the winter in the Ashdown valley.\n\n"
    "The Ashdown Beekeepers Association, which has 410 members, surveyed them in March. "
    "Its chair, Rupert Gale, said the losses were the worst he had seen.\n\n"
    "The county farm office puts the loss at 12,000 hives.\n"
)


def test_people_named_by_what_they_do_are_the_body_named_after_them():
    assert _sources(_HIVES)["up to 30,000 hives"] == "Ashdown Beekeepers Association"


# --- whose figure a clause gives by its shape, with no verb of saying --------------------

_PUPS = (
    "How many seals are on Marrow Sands?\n\n"
    "By Tess Lundy\n\n"
    "Nobody agrees how many grey seals breed on Marrow Sands each winter.\n\n"
    "Coastal Watch, a volunteer network, recorded 2,100 seal pups last winter.\n\n"
    "For the Marrow Fishermen's Cooperative, the true figure is 5,400 pups.\n\n"
    "The Seal Trust has a different number: 3,300 pups.\n\n"
    "Helen Hale runs the Marrow Seal Sanctuary. Her estimate, based on rescues, is 3,000 "
    "pups.\n\n"
    "The Marrow Rowing Club has a total of 400 members, and the Seal Trust has 85 "
    "volunteers.\n"
)


def test_a_sentence_opening_with_whose_view_it_is():
    assert _sources(_PUPS)["5,400 pups"] == "Marrow Fishermen's Cooperative"


def test_a_subject_that_has_a_figure_of_its_own():
    assert _sources(_PUPS)["3,300 pups"] == "Seal Trust"


def test_her_estimate_is_the_woman_last_named():
    assert _sources(_PUPS)["3,000 pups"] == "Helen Hale"


def test_a_bodys_own_size_is_no_figure_it_gives():
    got = _sources(_PUPS)
    assert got.get("400 members") is None and got.get("85 volunteers") is None
