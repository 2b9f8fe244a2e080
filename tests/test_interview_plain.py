"""A Q&A printed as plain paragraphs: no speaker labels, no bold, no quotation marks. The
answers are the interviewee's statements; the interviewer's questions (and remarks to the
interviewee) are context, never a claim. Texts written for these tests."""

from __future__ import annotations

from provenance.speech import analyse

QA = (
    "Harbour fees to rise by a third\n"
    "The port authority wants to raise fees from April. Shipping firms say the rise is "
    "too steep.\n"
    "We spoke to Marta Velez, the authority's finance director. The interview has been "
    "edited for length.\n"
    "Why do fees need to rise by a third?\n"
    "Because the breakwater is failing. We have put off repairs for ten years and the "
    "bill is now 80 million.\n"
    "The shipping firms say 80 million is inflated. Is it?\n"
    "No. The engineers' survey puts it at 78 million, and we added a small reserve.\n"
    "Your critics say you are punishing small operators.\n"
    "Small boats pay a flat fee, which rises by only 5 per cent.\n"
    "When will the work start?\n"
    "In the spring, if the board approves the budget.\n"
    "After the interview, the shipping federation said in a statement that it would "
    "challenge the rise.\n"
)


def test_plain_answers_are_the_interviewees_and_questions_are_no_ones():
    sts = analyse(QA).statements
    answers = [s for s in sts if s.kind == "answer"]
    assert [s.quote.split()[0] for s in answers] == ["Because", "No.", "Small", "In"]
    assert {s.speaker for s in answers} == {"Marta Velez"}
    said = " ".join(s.quote for s in sts)
    for question in ("Why do fees", "Is it?", "Your critics", "When will the work",
                     "After the interview"):
        assert question not in said


def test_questions_without_an_introduction_are_an_explainers_not_an_interview():
    text = QA.replace("We spoke to Marta Velez, the authority's finance director. The "
                      "interview has been edited for length.\n",
                      "Marta Velez is the authority's finance director.\n")
    assert not [s for s in analyse(text).statements if s.kind == "answer"]


def test_an_introduction_must_name_whom_the_interview_is_with():
    text = QA.replace("We spoke to Marta Velez, the authority's finance director. The "
                      "interview has been edited for length.\n",
                      "The Gazette spoke to three shipping firms about the rise.\n")
    assert not [s for s in analyse(text).statements if s.kind == "answer"]
