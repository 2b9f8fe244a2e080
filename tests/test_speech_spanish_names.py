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

import pytest

from .speechcases import Speaker, assert_speakers, case, people

HERRERA = ("Port strike\n\n"
           "The port's director, Joaquín Herrera Soto, said the strike had cost 40 million "
           "pesos. Union leaders disputed the sum.\n\n"
           "Herrera later said the figure was \"conservative, if anything.\" He added: "
           "\"Every day the ships wait, it grows.\"\n")

CASES = [
    case("a first surname alone is the person with both",
         "Dengue cases climb\n\n"
         "The health ministry reported 3,100 cases in March, its chief epidemiologist, "
         "Tomás Fernández Gil, said.\n\n"
         "The Instituto Regional de Salud Pública, a network of rural clinics, puts the "
         "number nearer 5,000, according to its director, Dr. Inés Ortega.\n\n"
         "\"The clinics see what the ministry never counts,\" she said.\n\n"
         "Fernández dismissed that estimate as \"guesswork from two districts.\" He added: "
         "\"We count every confirmed case.\"\n",
         ["Inés Ortega", "Tomás Fernández Gil", "Tomás Fernández Gil"]),
    case("a surname quoted first folds into the full name given before",
         HERRERA, ["Joaquín Herrera Soto", "Joaquín Herrera Soto"]),
    case("she after a study by a titled researcher is the researcher not a place",
         "River pollution\n\n"
         "Officials say the river is clean. Samples taken near the Puente Alto and Valle "
         "Verde districts tell another story, according to a study by Dr. Noa Castellanos "
         "of the state university.\n\n"
         "\"Nitrate levels were three times the limit,\" she said.\n",
         ["Noa Castellanos"]),
    case("a cue word after an adjective is a noun and the verb before it cues",
         "Jobs data\n\n"
         "The minister, Carlos Vega, said unemployment had fallen. Vega dismissed the "
         "higher estimates as \"numbers from another planet.\" He said the survey was "
         "sound.\n",
         ["Carlos Vega"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_who_speaks_in_spanish_and_portuguese_names(
        text: str, expected: list[Speaker]) -> None:
    assert_speakers(text, expected)


def test_a_draft_lists_a_surname_quoted_first_once_by_the_full_name() -> None:
    assert people(HERRERA) == ["Joaquín Herrera Soto"]
