"""A body that speaks is named as the text names it in full, wherever the speaker rules
find it: a short form the text spells out beside it ("the Office of Rail Regulation
(ORR) ... warned") is the long name, also when the cue is far from the subject and the
speaker is only a guess; a body after "by" keeps the words its name links with "of",
"for", "on" ("a review by the Board of Health Inspectors", not "... the Board").

Short texts written for these tests; no sentence comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from .speechcases import Speaker, assert_speakers, case

CASES = [
    case("a body with its short form in brackets is named in full far from its cue",
         "Trains late again\n\n"
         "In a report published on Friday, the Office of Rail Regulation (ORR) counted "
         "4,100 cancelled trains in March, and warned that the timetable was \"simply not "
         "credible for passengers.\"\n",
         ["Office of Rail Regulation"]),
    case("a body after by keeps the words its name links with of",
         "Clinic waiting times\n\n"
         "Patients waited an average of 19 weeks, according to a review by the Board of "
         "Health Inspectors (BHI), which added that staffing was \"the single biggest "
         "problem we found.\"\n",
         ["a review by the Board of Health Inspectors"]),
    case("a name set beside a described voice after its body's short form is the she",
         "Salad recall\n\n"
         "A spokeswoman for the Food Standards Agency (FSA), Mira Kaul, said the recall "
         "covered 12 products, a step she called \"a precaution, not a verdict.\"\n",
         ["Mira Kaul"]),
    case("a document that speaks is given to the body whose review it is",
         "Care homes\n\n"
         "The regulator inspected 40 homes last year. A panel of retired nurses and "
         "doctors, whose review was published on Tuesday, found that a third were "
         "understaffed.\n\n"
         "The review concluded: \"Residents are being let down every night.\"\n",
         ["A panel of retired nurses and doctors"]),
    case("a document that speaks is given to the body whose possessive it follows",
         "Care homes\n\n"
         "The Care Quality Board's report, published on Tuesday, found that a third of "
         "homes were understaffed. Owners rejected it.\n\n"
         "The report said: \"Residents are being let down every night.\"\n",
         ["Care Quality Board"]),
    case("a document that speaks is given to the body named after by",
         "Care homes\n\n"
         "A report by the National Audit Office found that a third of homes were "
         "understaffed. Owners rejected it.\n\n"
         "\"Residents are being let down every night,\" the report said.\n",
         ["National Audit Office"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_body_that_speaks_is_named_in_full(text: str, expected: list[Speaker]) -> None:
    assert_speakers(text, expected)
