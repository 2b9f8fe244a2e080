"""Whom "he" and "she" mean: a description that says its sex, and a surname opening a
paragraph. Short texts written for these tests."""

from __future__ import annotations

from provenance.extract import extract_text

SPOKESWOMAN = (
    "Counting the Crowd\n"
    "Dev Arundel, who organised the rally, said the turnout was the largest in a decade.\n"
    "A fire service spokeswoman said crews had walked the route twice. \u201cOur count is"
    " based on the barriers we put up,\u201d she said.\n"
)

SURNAME = (
    "Budget Row\n"
    "Jane Doe, the county treasurer, said the deficit was $4 million.\n"
    "Mary Quinn, a council member, disagreed. \u201cThose numbers are wrong,\u201d she said.\n"
    "Doe defended her figure. \u201cI stand by every line of it,\u201d she said.\n"
)


def _speaker_of(text: str, quote_start: str) -> tuple[str | None, str | None]:
    st = next(s for s in extract_text(text).statements if s.quote.startswith(quote_start))
    return st.speaker, st.speaker_id


def test_she_after_a_spokeswoman_is_the_spokeswoman_not_a_man_named_before():
    speaker, sid = _speaker_of(SPOKESWOMAN, "Our count")
    # an unnamed source: the description as written, and nobody in the dossier's people
    assert speaker == "A fire service spokeswoman"
    assert sid is None
    assert not any("spokeswoman" in p.name for p in extract_text(SPOKESWOMAN).people)


def test_he_is_not_a_spokeswoman():
    text = SPOKESWOMAN.replace("she said", "he said").replace("Dev Arundel", "Mr Dev Arundel")
    assert _speaker_of(text, "Our count")[0] == "Dev Arundel"


def test_a_surname_opening_a_paragraph_is_whom_she_means():
    assert _speaker_of(SURNAME, "Those numbers")[0] == "Mary Quinn"
    assert _speaker_of(SURNAME, "I stand by")[0] == "Jane Doe"


def test_a_surname_of_the_other_sex_is_passed_over():
    text = SURNAME.replace("Jane Doe", "John Doe")
    assert _speaker_of(text, "I stand by")[0] == "Mary Quinn"
