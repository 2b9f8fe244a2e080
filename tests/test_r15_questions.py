"""Round 15: a question a teacher can read out. A unit written as a symbol is asked by its
name ("How many tonnes?", not "How many t?"; "kilometres per hour", not "km/h per hour");
a question cut by its length ends on a word, not inside a phrase ("... spewing ash five?",
"... by their fifth?"). Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.figurecases import questions


def test_a_unit_symbol_is_asked_by_its_name(tmp_path: Path) -> None:
    text = ("The growers' board said 4,200t of apples went unpicked. Orchard owner Brann "
            "Tealby said about 6,000t were left on the trees.\n")
    (q,) = questions(text, tmp_path)
    assert q.startswith("How many tonnes"), q


def test_a_speed_symbol_is_not_per_hour_twice(tmp_path: Path) -> None:
    text = ("The council said riders on the new lane averaged 18 km/h. The cycling group "
            "Spokewell said riders averaged 24 km/h.\n")
    (q,) = questions(text, tmp_path)
    assert "per hour per hour" not in q and "km/h" not in q, q


def test_a_question_cut_by_its_length_ends_on_a_word(tmp_path: Path) -> None:
    text = ("Officials said 12,000 people have fled their homes since the volcano began "
            "spewing ash five days ago. The Red Cross said about 20,000 people have fled "
            "their homes since the volcano began spewing ash five days ago.\n")
    (q,) = questions(text, tmp_path)
    assert not q.endswith(("five?", "days?")), q
    assert q.startswith("How many people have fled their homes"), q
