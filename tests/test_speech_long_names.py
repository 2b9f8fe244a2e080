"""A long name with a small linking word inside ("Banco de la Nación Argentina", "María de
la Cruz Gómez Ortega") is whole: the words that link a long name are one list with the
words its short form leaves out (speakers._INITIALS_SKIP), where the rule that keeps a
long name whole had a narrower copy without "de", "la", "le", "du" and "the" and cut such
names to their last three words ("la Nación Argentina", "Cruz Gómez Ortega").

Short texts written for these tests; no sentence comes from an evaluation set.
"""

from __future__ import annotations

from provenance.speech import analyse
from provenance.speech.speakers import clean_name


def test_a_body_with_de_la_in_its_long_name_is_the_whole_name():
    text = ("Bank rates\n\n"
            "The Banco de la Nación Argentina said on Monday that it would cut rates. "
            "\"Credit must get cheaper,\" the Banco de la Nación Argentina said.\n")
    assert [s.speaker for s in analyse(text).statements] == ["Banco de la Nación Argentina"]


def test_a_person_with_particles_in_a_long_name_is_the_whole_name():
    text = ("Bank rates\n\n"
            "\"It is too little, too late,\" said María de la Cruz Gómez Ortega, an "
            "economist in Córdoba.\n")
    assert [s.speaker for s in analyse(text).statements] == ["María de la Cruz Gómez Ortega"]
    assert clean_name("Jean-Luc du Pont de Nemours Fabre") == (
        "Jean-Luc du Pont de Nemours Fabre", ["Jean-Luc", "du", "Pont", "de", "Nemours", "Fabre"])

