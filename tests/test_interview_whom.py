"""Whom a plain Q&A is with, and what is not one: a news article with rhetorical questions
after "The Herald spoke to Mayor Ann Lee" is the narrator's; a company's answers are the
company's, never the words of a person the article names; a figure an answer gives to
another body stays that body's. Texts written for the sixth-round review."""

from __future__ import annotations

from provenance.extract import extract_text
from provenance.speech import analyse

NEWS = (
    "River town braces for another winter of floods\n\n"
    "By Sam Okoro\n\n"
    'The Herald spoke to Mayor Ann Lee on Tuesday about the flood defences, which she '
    'called "overdue".\n\n'
    "So who pays for the new wall?\n\n"
    "The council has not said. Ratepayers fear a rise of 8 per cent, the residents' "
    "association said.\n\n"
    "And what about the river itself?\n\n"
    "Engineers say the banks could fail again this winter. The Environment Agency put the "
    "cost of repairs at £4 million.\n\n"
    "Work is due to start in March.\n"
)

COMPANY = (
    "Factory closure leaves town reeling\n\n"
    "Tom Reed, a machinist for 20 years, said he had not been warned. Tom Reed's union is "
    "now seeking talks.\n\n"
    "The Herald spoke to Harbour Foods Group about the closure.\n\n"
    "Why close a profitable plant?\n\n"
    "Our costs have risen sharply and the site needs new equipment worth £12 million.\n\n"
    "What happens to the 300 workers?\n\n"
    "We will offer some of them jobs at our plant in Hull.\n"
)

NURSE = (
    "Q&A: The nurse who blew the whistle\n\n"
    "We spoke to Ada Moor, a nurse at St Mary's hospital, about the 300 patients left "
    "waiting.\n\n"
    "How long were patients waiting?\n\n"
    "Some of them waited 14 hours. The hospital says the average was four hours, but that "
    "is not what we saw.\n\n"
    "Did you report it?\n\n"
    "Yes. I reported it to the board in March.\n"
)


def test_rhetorical_questions_in_a_news_article_make_no_interview():
    sts = analyse(NEWS).statements
    assert not [s for s in sts if s.kind == "answer"]
    assert not any("Environment Agency" in s.quote or "Ratepayers" in s.quote for s in sts)


def test_a_news_articles_figures_keep_their_own_sources():
    by = {c.figure.text: c.source.name if c.source else "" for c in extract_text(NEWS).figures}
    assert "resident" in by["8 per cent"].lower()
    assert by["£4 million"] == "Environment Agency"


def test_a_bodys_answers_are_the_bodys_not_a_person_named_in_the_article():
    answers = [s for s in analyse(COMPANY).statements if s.kind == "answer"]
    assert len(answers) == 2
    assert {s.speaker for s in answers} == {"Harbour Foods Group"}
    assert not any(s.speaker_id for s in answers)


def test_answers_not_in_the_first_person_make_no_interview_with_a_body():
    text = COMPANY.replace("Our costs", "Costs").replace(
        "We will offer some of them jobs at our plant", "Some will be offered jobs at the "
        "company's plant")
    assert not [s for s in analyse(text).statements if s.kind == "answer"]


def test_a_figure_an_answer_gives_to_a_body_stays_that_bodys():
    sts = analyse(NURSE).statements
    assert [s.speaker for s in sts if s.kind == "answer"] == ["Ada Moor", "Ada Moor"]
    four = [c for c in extract_text(NURSE).figures if c.figure.text == "four hours"]
    # (the hospital the introduction named, as speech names a kind of body)
    assert four and four[0].source is not None and \
        four[0].source.name in ("hospital", "St Mary's hospital")


LABELLED = (
    "Waiting times: a nurse and the board\n\n"
    "Q: How long were patients waiting?\n\n"
    "MOOR: Some of them waited 14 hours. The hospital says the average was four hours, "
    "but that is not what we saw.\n\n"
    "Q: And the cost of the extra beds?\n\n"
    "MOOR: Our estimate puts it at 2 million pounds. Three million is what the board says, "
    "and I think it is too high.\n"
)


def test_in_a_labelled_qa_too_a_sentence_opening_with_another_body_is_that_bodys():
    by = {c.figure.text: c.source.name if c.source else None
          for c in extract_text(LABELLED).figures}
    assert by["four hours"] == "hospital"
    # "Our estimate puts it at": the speaker's own side; "Three million is what the board
    # says" is hers too (the sentence does not open by giving it to the board)
    assert by["2 million pounds"] == by["Three million"] == "Moor"
