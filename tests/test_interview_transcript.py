"""A broadcast transcript: speaker labels in capitals are the people the text names in
full ("DEV MALHOTRA:" is Dr Dev Malhotra), and the last answer ends where the transcript
does ("[ENDS]") or where the article's own reporting resumes ('Later, Ms Okafor said:
"…"'), so what follows is not put in the last speaker's mouth.

Short texts written for these tests; no sentence comes from an evaluation set.
"""

from __future__ import annotations

from provenance.speech import analyse

TRANSCRIPT = (
    "Harbour dredging: 'We were never consulted', says fishing leader\n\n"
    "Transcript: Morning Tide with Owen Blake, Bay FM\n\n"
    "The port authority says dredging the channel will cost £42m. Owen Blake spoke to the "
    "authority's engineer, Dr Dev Malhotra, and the fishermen's leader, Grace Okafor.\n\n"
    "OWEN BLAKE: Dr Malhotra, £42m. Why so much?\n\n"
    "DEV MALHOTRA: Because the silt is deeper than the old survey showed. We have to move "
    "twice the volume we planned for.\n\n"
    "OWEN BLAKE: Grace Okafor, do you accept that?\n\n"
    "GRACE OKAFOR: No. Nobody asked the boats where the silt is. We could have told them "
    "for nothing.\n\n"
    "OWEN BLAKE: Dr Malhotra, a last word?\n\n"
    "DEV MALHOTRA: The work starts in May, whatever the cost.\n\n"
    "[ENDS]\n\n"
    "Later, Ms Okafor said: \"We will be at the harbour gates when the dredger arrives.\"\n"
)


def by(opening: str) -> str | None:
    got = [s.speaker for s in analyse(TRANSCRIPT).statements if s.quote.startswith(opening)]
    assert len(got) == 1, got
    return got[0]


def test_a_label_in_capitals_is_the_person_the_text_names():
    assert by("Because the silt") == "Dev Malhotra"
    assert by("No. Nobody asked") == "Grace Okafor"
    assert by("The work starts") == "Dev Malhotra"


def test_the_last_answer_ends_with_the_transcript():
    assert by("We will be at the harbour") == "Grace Okafor"
    quotes = [s.quote for s in analyse(TRANSCRIPT).statements]
    assert not any("[ENDS]" in q or "Later, Ms Okafor" in q for q in quotes), quotes


def test_reporting_after_a_transcript_without_an_end_line_is_the_article_s_again():
    text = TRANSCRIPT.replace("[ENDS]\n\n", "")
    got = [(s.quote, s.speaker) for s in analyse(text).statements]
    assert ("The work starts in May, whatever the cost.", "Dev Malhotra") in got, got
    assert any(q.startswith("We will be at the harbour") and who == "Grace Okafor"
               for q, who in got), got
