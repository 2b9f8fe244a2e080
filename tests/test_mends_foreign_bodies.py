"""A body named head first in its own language is a body for both engines.

Speech (who speaks, no "he" or "she" for a body) and figures (whose figure it is) read
one lexicon of such head nouns, so "Banco de Portugal" cannot be a person to one and a
body to the other beside "Instituto Nacional de Estatística" (review r7 F6).

Short texts written for these tests; no sentence comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from provenance.extract import extract_text
from provenance.extract.figures import is_org
from provenance.speech.speakers import BODY_FIRST_WORDS, names_body

BODIES = [
    "Banco de Portugal",
    "Banque de France",
    "Tribunal Supremo",
    "Landesamt für Umwelt",
    "Instituto Nacional de Estatística",
    "Instituto Nacional de Estatistica",
    "Hôpital de la Pitié",
    "Società Autostrade",
    "Junta de Andalucía",
    "Bundesamt für Statistik",
]


@pytest.mark.parametrize("name", BODIES)
def test_both_engines_read_a_head_first_name_as_a_body(name: str) -> None:
    assert names_body(name.split())
    assert is_org(name)


@pytest.mark.parametrize("word", sorted(BODY_FIRST_WORDS))
def test_every_word_of_the_one_lexicon_names_a_body_for_both(word: str) -> None:
    name = [word.capitalize(), "de", "Lisboa"]
    assert names_body(name)
    assert is_org(" ".join(name))


@pytest.mark.parametrize("first, second", [
    ("Banco de Portugal", "Instituto Nacional de Estatística"),
    ("Banque de France", "Institut de Statistique"),
    ("Landesamt für Umwelt", "Bundesamt für Naturschutz"),
    ("Junta de Andalucía", "Colegio de Médicos"),
])
def test_two_bodies_of_one_dispute_are_bodies_not_people(first: str, second: str) -> None:
    text = ("Unemployment figures disputed\n\n"
            f"The {first} said unemployment had risen to 6.5 per cent in the first quarter.\n\n"
            f"But the {second} said the rate was 6.1 per cent.\n\n"
            "\"The labour market remains resilient,\" said Luís Costa, a minister. He said "
            "the government expected the rate to fall.\n")
    ex = extract_text(text)
    assert [p.name for p in ex.people] == ["Luís Costa"]
    sources = {f.figure.text: f.source for f in ex.figures}
    for figure, body in (("6.5 per cent", first), ("6.1 per cent", second)):
        src = sources[figure]
        assert src is not None and src.name == body
        assert src.kind == "organisation"
