"""Round 15: a question a teacher can read out. A unit written as a symbol is asked by its
name ("How many tonnes?", not "How many t?"; "kilometres per hour", not "km/h per hour");
a question cut by its length ends on a word, not inside a phrase ("... smoke two?",
"... by their fifth?"). Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.figurecases import questions


def test_a_unit_symbol_is_asked_by_its_name(tmp_path: Path) -> None:
    text = ("The growers' board said 4,200t of pears rotted in storage. Orchard owner Brann "
            "Tealby said about 6,000t rotted in storage.\n")
    (q,) = questions(text, tmp_path)
    assert q.startswith("How many tonnes"), q


def test_a_speed_symbol_is_not_per_hour_twice(tmp_path: Path) -> None:
    text = ("The council said riders on the new lane averaged 18 km/h. The cycling group "
            "Spokewell said riders averaged 24 km/h.\n")
    (q,) = questions(text, tmp_path)
    assert "per hour per hour" not in q and "km/h" not in q, q


def test_a_question_cut_by_its_length_ends_on_a_word(tmp_path: Path) -> None:
    text = ("Officials said 12,000 residents have left the valley since the wildfire sent "
            "smoke two weeks ago. The charity Emberwatch said about 20,000 residents have "
            "left the valley since the wildfire sent smoke two weeks ago.\n")
    (q,) = questions(text, tmp_path)
    assert not q.endswith(("two?", "weeks?")), q
    assert q.startswith("How many residents have left the valley"), q


def test_a_phrase_cut_by_its_length_drops_its_dangling_words() -> None:
    from provenance.extract.figures import _trim_phrase

    # cut by the word count (no clause mark): the words before the cut's missing noun go
    assert _trim_phrase("left the valley since the wildfire began two".split()) == \
        "left the valley since the wildfire began"
    assert _trim_phrase("had not had two jabs by their third".split()) == \
        "had not had two jabs"
    # a number after "of" ends a whole phrase: "a crew of nine"
    assert _trim_phrase("for a crew of nine".split()) == "for a crew of nine"
    assert _trim_phrase("will get one.".split()) == "will get one"


def test_speeds_and_concentrations_are_asked_in_words(tmp_path: Path) -> None:
    for text, asked in [
        ("The police said drivers averaged 42 mph on the lane. Residents of Pellick Row "
         "said drivers averaged 55 mph on the lane.\n", "How many miles per hour?"),
        ("The agency said the reservoir held 12 ppm of nitrate. The Ouseley Anglers said it "
         "held 30 ppm of nitrate.\n", "How many parts per million?"),
    ]:
        assert list(questions(text, tmp_path / asked[9:14])) == [asked]
