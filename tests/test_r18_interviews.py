"""Round 18: whom a Q&A is with when its introduction does not say "We spoke to X".

The answers of an interview name the people it is about, not the one answering (who says
"I" and "we"), so the person its introduction names, the one a "We asked her" points back
to, or the one its headline names, answers; not the person the article names most often.
Texts written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from provenance.extract import extract_text

QUESTIONS = (
    "Q: Where does the board's figure come from?\n\n"
    "A: They take hotel occupancy across the region and assume a share of those guests "
    "come into the park. Lachlan Fettes and his board have never shown us the workings, "
    "and Fettes knows it.\n\n"
    "Q: And your own number?\n\n"
    "A: We have counters on all eleven roads into the park. That gives us 2.6 million.\n"
)


def _answerers(text: str) -> set[str | None]:
    return {s.speaker for s in extract_text(text).statements if s.kind == "answer"}


def test_the_person_the_introduction_names_answers() -> None:
    text = ("Park chief disputes tourism count\n\n"
            "Ishbel Carranach has been chief executive of the Glenvaddy National Park "
            "Authority since 2019. The regional tourism board says the park had 4.1 million "
            "visitors last year; her authority says 2.6 million.\n\n" + QUESTIONS)
    assert _answerers(text) == {"Ishbel Carranach"}


def test_we_asked_her_points_back_to_the_woman_named_before_it() -> None:
    text = ("Park chief disputes tourism count\n\n"
            "The regional tourism board says the park had 4.1 million visitors last year. "
            "Lachlan Fettes, who chairs the board, calls the count robust, and Fettes has "
            "defended it to MSPs. Ishbel Carranach, chief executive of the park authority, "
            "says the true figure is 2.6 million. We asked her why.\n\n" + QUESTIONS)
    assert _answerers(text) == {"Ishbel Carranach"}


def test_the_headline_names_whom_the_interview_is_with() -> None:
    text = ('Ishbel Carranach: "We count every car that comes into the park"\n\n'
            "The head of the park authority says the tourism board's visitor figures are "
            "wrong.\n\n" + QUESTIONS)
    assert _answerers(text) == {"Ishbel Carranach"}


def test_two_people_named_before_we_asked_her_the_introduction_decides() -> None:
    # the interviewee opens the introduction; the man she disputes is named last, in an
    # aside; neither name says a sex: the introduction's own subject answers
    text = ("'The waiting figure is a fiction': an interview with nurse Ottoline Tarrow-Quin\n\n"
            "Ottoline Tarrow-Quin has worked in the emergency department of St Ebbald's "
            "Hospital for 22 years. Last month the hospital's chief executive, Lindsay "
            "Corbage, told the health board that the average wait was three hours. We asked "
            "her about it.\n\n"
            "Q: Is that right?\n\n"
            "A: No. Our own audit on the ward found the average is closer to five hours.\n\n"
            "Q: What would you change first?\n\n"
            "A: Count honestly.\n\n"
            'The hospital said in a statement that its figures were collected "in line with '
            'national guidance".\n')
    ex = extract_text(text)
    answers = [s for s in ex.statements if s.kind == "answer"]
    assert {s.speaker for s in answers} == {"Ottoline Tarrow-Quin"}
    # the article's reporting after the last answer is not one more answer of hers
    last = next(s for s in ex.statements if "national guidance" in s.quote)
    assert last.kind != "answer" and last.speaker != "Ottoline Tarrow-Quin"


def test_she_after_a_body_led_by_a_named_woman_is_that_woman() -> None:
    text = ("Councillor Rosalind Pevensey-Hythe said the repairs were too costly.\n\n"
            "The residents' group Friends of Quayside Baths, led by Henrietta Molland-Sayer, "
            "says the baths have been shut for 41 days this year. \"We just want them open,\" "
            "she said.\n")
    ex = extract_text(text)
    (st,) = ex.statements
    assert st.speaker == "Henrietta Molland-Sayer"
    # and a double-barrelled surname is a person's, not a body's; a club is not a person
    text = ("Tarnby Wanderers say 31,400 fans watched the derby. Wanderers' commercial "
            "director, Ysolde Carrick-Lunn, said the figure includes season-ticket holders. "
            "\"Every ticket sold is a seat,\" she said.\n")
    ex = extract_text(text)
    assert [s.speaker for s in ex.statements] == ["Ysolde Carrick-Lunn"]
    assert "Tarnby Wanderers" not in {p.name for p in ex.people}


def test_an_editor_who_corrects_a_guessed_interviewee_passes_check(tmp_path: Path) -> None:
    # no introduction names anyone: the answers are a guess, which `check` reports as
    # unknown, never as a misattribution, when an editor puts the right person in `by:`
    from provenance.check import check_dossier
    from provenance.dossier import load_dossier
    from provenance.extract import write_draft

    text = ("Q: Where does the board's figure come from?\n\n"
            "A: They take hotel occupancy across the region. Lachlan Fettes and his board have "
            "never shown us the workings, and Fettes knows it.\n\n"
            "Q: And your own number?\n\n"
            "A: We have counters on all eleven roads into the park.\n")
    ex = extract_text(text)
    assert {s.how for s in ex.statements if s.kind == "answer"} == {"interviewee-guess"}
    folder = write_draft(ex, tmp_path / "draft", "article.txt")
    yaml_path = folder / "dossier.yaml"
    draft = yaml_path.read_text(encoding="utf-8")
    assert "speaker guessed" in draft and "by: fettes" in draft  # the guess: the man named
    fixed = draft.replace("people:\n", "people:\n  - id: the-chief\n    name: Ishbel Carranach\n",
                          1).replace("by: fettes", "by: the-chief")
    yaml_path.write_text(fixed, encoding="utf-8")
    report = check_dossier(load_dossier(folder))
    assert report.summary().get("attribution_mismatch", 0) == 0


def test_review_of_the_round_interviews() -> None:
    from provenance.speech.speakers import names_body

    # bodies "of" a place stay bodies; a person "of" a club stays a person
    assert names_body("Port of London Authority".split())
    assert not names_body("Hale of the Ramblers Club".split())
    # a headline that names a body does not make the body the interviewee
    text = ("Regional Tourism Board figures questioned\n\nIshbel Carranach has run the park "
            "authority since 2019. We asked her why.\n\n" + QUESTIONS)
    assert _answerers(text) == {"Ishbel Carranach"}
    # before the last question, an answer's paragraph that reports someone is still hers
    text = ("Park chief disputes tourism count\n\nIshbel Carranach runs the park authority. We "
            "asked her why.\n\nQ: Where does the board's figure come from?\n\nA: Hotel "
            "occupancy across the region.\n\nThe board said in 2021 that it would publish the "
            "workings. It never did.\n\nQ: And your own number?\n\nA: We count every car.\n")
    answers = [s for s in extract_text(text).statements if s.kind == "answer"]
    assert len(answers) == 3 and {s.speaker for s in answers} == {"Ishbel Carranach"}
