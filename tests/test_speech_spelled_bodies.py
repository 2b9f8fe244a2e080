"""A body that speaks is named as the text names it in full, wherever the speaker rules
find it: a short form the text spells out beside it ("the Office of Rail Regulation
(ORR) ... warned") is the long name, also when the cue is far from the subject and the
speaker is only a guess; a body after "by" keeps the words its name links with "of",
"for", "on" ("a review by the Board of Health Inspectors", not "... the Board").

Short texts written for these tests; no sentence comes from an evaluation set.
"""

from __future__ import annotations

from provenance.speech import analyse


def speakers(text: str) -> list[str | None]:
    return [s.speaker for s in analyse(text).statements]


def test_a_body_with_its_short_form_in_brackets_is_named_in_full_far_from_its_cue():
    text = ("Trains late again\n\n"
            "In a report published on Friday, the Office of Rail Regulation (ORR) counted "
            "4,100 cancelled trains in March, and warned that the timetable was \"simply not "
            "credible for passengers.\"\n")
    assert speakers(text) == ["Office of Rail Regulation"]


def test_a_body_after_by_keeps_the_words_its_name_links_with_of():
    text = ("Clinic waiting times\n\n"
            "Patients waited an average of 19 weeks, according to a review by the Board of "
            "Health Inspectors (BHI), which added that staffing was \"the single biggest "
            "problem we found.\"\n")
    assert speakers(text) == ["a review by the Board of Health Inspectors"]


def test_a_name_set_beside_a_described_voice_after_its_body_s_short_form_is_the_she():
    text = ("Salad recall\n\n"
            "A spokeswoman for the Food Standards Agency (FSA), Mira Kaul, said the recall "
            "covered 12 products, a step she called \"a precaution, not a verdict.\"\n")
    assert speakers(text) == ["Mira Kaul"]


def test_a_document_that_speaks_is_given_to_whoever_the_text_says_made_it():
    whose = ("Care homes\n\n"
             "The regulator inspected 40 homes last year. A panel of retired nurses and "
             "doctors, whose review was published on Tuesday, found that a third were "
             "understaffed.\n\n"
             "The review concluded: \"Residents are being let down every night.\"\n")
    assert speakers(whose) == ["A panel of retired nurses and doctors"]
    poss = ("Care homes\n\n"
            "The Care Quality Board's report, published on Tuesday, found that a third of "
            "homes were understaffed. Owners rejected it.\n\n"
            "The report said: \"Residents are being let down every night.\"\n")
    assert speakers(poss) == ["Care Quality Board"]
    by = ("Care homes\n\n"
          "A report by the National Audit Office found that a third of homes were "
          "understaffed. Owners rejected it.\n\n"
          "\"Residents are being let down every night,\" the report said.\n")
    assert speakers(by) == ["National Audit Office"]
