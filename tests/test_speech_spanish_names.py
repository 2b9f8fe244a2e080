"""Names as Spanish- and Portuguese-language news writes them:

- a person with two surnames is called by the first alone ("Tomás Fernández Gil" is
  "Fernández"; "Joaquín Herrera Soto" is the "Herrera" quoted before his full name is
  folded in);
- a body whose name opens with its head ("Instituto Regional de Salud Pública") is no
  "she";
- a person named after a preposition with a title ("a study by Dr. Noa Castellanos") is
  whom a "she" in the next paragraph means before any capitalised pair of words that
  names a place ("the Puente Alto and Valle Verde districts").

Short texts written for these tests; no sentence comes from an evaluation set.
"""

from __future__ import annotations

from provenance.extract import extract_text
from provenance.speech import analyse


def speakers(text: str) -> list[str | None]:
    return [s.speaker for s in analyse(text).statements]


def test_a_first_surname_alone_is_the_person_with_both():
    text = ("Dengue cases climb\n\n"
            "The health ministry reported 3,100 cases in March, its chief epidemiologist, "
            "Tomás Fernández Gil, said.\n\n"
            "The Instituto Regional de Salud Pública, a network of rural clinics, puts the "
            "number nearer 5,000, according to its director, Dr. Inés Ortega.\n\n"
            "\"The clinics see what the ministry never counts,\" she said.\n\n"
            "Fernández dismissed that estimate as \"guesswork from two districts.\" He added: "
            "\"We count every confirmed case.\"\n")
    assert speakers(text) == ["Inés Ortega", "Tomás Fernández Gil", "Tomás Fernández Gil"]


def test_a_surname_quoted_first_folds_into_the_full_name_given_before():
    text = ("Port strike\n\n"
            "The port's director, Joaquín Herrera Soto, said the strike had cost 40 million "
            "pesos. Union leaders disputed the sum.\n\n"
            "Herrera later said the figure was \"conservative, if anything.\" He added: "
            "\"Every day the ships wait, it grows.\"\n")
    assert speakers(text) == ["Joaquín Herrera Soto", "Joaquín Herrera Soto"]
    assert [p.name for p in extract_text(text).people] == ["Joaquín Herrera Soto"]


def test_she_after_a_study_by_a_titled_researcher_is_the_researcher_not_a_place():
    text = ("River pollution\n\n"
            "Officials say the river is clean. Samples taken near the Puente Alto and Valle "
            "Verde districts tell another story, according to a study by Dr. Noa Castellanos "
            "of the state university.\n\n"
            "\"Nitrate levels were three times the limit,\" she said.\n")
    assert speakers(text) == ["Noa Castellanos"]


def test_a_cue_word_after_an_adjective_is_a_noun_and_the_verb_before_it_cues():
    text = ("Jobs data\n\n"
            "The minister, Carlos Vega, said unemployment had fallen. Vega dismissed the "
            "higher estimates as \"numbers from another planet.\" He said the survey was "
            "sound.\n")
    assert speakers(text) == ["Carlos Vega"]
