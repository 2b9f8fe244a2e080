"""The one lexicon of titles, offices and person roles (provenance.speech.roles)."""

from __future__ import annotations

from provenance.extract import extract_text
from provenance.speech import roles
from provenance.speech.speakers import clean_name


def test_every_office_is_a_title_and_titles_fold_once() -> None:
    assert {o for o in roles.OFFICES} <= roles.TITLE_SET
    assert roles.TITLE_SET == {t.casefold() for t in roles.TITLES}
    assert set(roles.TITLE_WORDS.values()) <= roles.PERSON_ROLES | {"reverend", "admiral",
                                                                      "lieutenant"}


def test_a_title_from_the_lexicon_leaves_the_name_and_gives_the_role() -> None:
    assert clean_name("Cllr Ann Poole") == ("Cllr Ann Poole", ["Ann", "Poole"])
    text = ("Harbour plan\n"
            "Cllr Ann Poole opened the meeting on Monday.\n"
            "\u201cThe harbour will stay open to every boat,\u201d the councillor said.\n")
    [st] = extract_text(text).statements
    assert st.speaker == "Ann Poole"  # "Cllr" is the description's "councillor"
