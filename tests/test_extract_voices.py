"""Who gives a figure when the subject is long: a body's short form in brackets before an
apposition that holds its own "and", and "a representative of" a body, which speaks for it
as its spokesperson does."""

from __future__ import annotations

from provenance.extract import extract_text


def _sources(text: str) -> dict[str, str | None]:
    return {fc.figure.text: fc.source.name if fc.source else None
            for fc in extract_text(text).figures}


def test_an_apposition_after_a_bracketed_short_form() -> None:
    got = _sources("The ministry said the catch was 900 tonnes. The Northern Anglers Union "
                   "(NAU), a federation of fishing clubs and river trusts, put the catch at "
                   "about 400 tonnes.")
    assert got["about 400 tonnes"] == "Northern Anglers Union", got


def test_a_representative_of_a_body_gives_its_figure() -> None:
    got = _sources("The ministry said the catch was 900 tonnes. A representative of the "
                   "Fisheries Board, Mara Quist, said the board uses a figure of 600 tonnes "
                   "for planning.")
    assert got["600 tonnes"] == "Fisheries Board", got


def test_a_relative_clause_after_the_names_own_place_and_short_form() -> None:
    got = _sources("The ministry said the catch was 900 tonnes. The Union of Anglers in "
                   "North Jutland (UA-NJ), which has picketed the harbour since May, says "
                   "the real catch is closer to 400 tonnes.")
    assert got["400 tonnes"] is not None and got["400 tonnes"].startswith("Union of Anglers"), got


def test_its_in_a_fronted_phrase_is_the_clauses_subject() -> None:
    text = ("The Fisheries Board (FB) on Monday put the catch at 900 tonnes. In its annual "
            "review, the Coastal Audit Office estimated the catch at 400 tonnes.")
    ex = extract_text(text)
    got = {fc.figure.text: fc.source.name if fc.source else None for fc in ex.figures}
    assert got["400 tonnes"] == "Coastal Audit Office", got
    assert not any("Fisheries Board" in s.title or "FB" in s.title for s in ex.studies), [
        s.title for s in ex.studies]


def test_a_person_described_by_role_and_named_later_gives_the_figure() -> None:
    got = _sources("The ministry said the catch was 900 tonnes. A marine biology lecturer "
                   "who studied the landings said the real catch was between 350 and 450 "
                   "tonnes. \"Nine hundred is a dream,\" said the lecturer, Ines Varga.")
    assert got["between 350 and 450"] == "Ines Varga", got
