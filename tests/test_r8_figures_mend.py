"""Mends of the eighth round's figure rules that the last pass found unsafe. A trailing
"..., the ministry said" credits the ministry, not whatever capitalised words open the
sentence; an arrest count stays one quantity whether the police arrested people or people
were arrested; "half a dozen" is six; a bare number said again is no earlier speaker's;
a rate of something per 1,000 keeps what it counts. Short texts written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.figurecases import questions, sources


@pytest.mark.parametrize(("sentence", "figure", "source"), [
    ("Police detained 85 protesters, the ministry said.", "85 protesters", "the ministry"),
    ("Ms Lee told the radio station 30 homes flooded, the council said.", "30 homes",
     "the council"),
    ("The chairman earned $9m in 2024, the company said.", "$9m", "the company"),
    ("Hurricane Delia cut power to 800,000 homes, the utility said.", "800,000 homes",
     "utility"),
    ("Spain and Italy pledged 2,000 soldiers, the alliance said.", "2,000 soldiers",
     "alliance"),
])
def test_a_trailing_body_noun_is_not_whatever_opens_the_sentence(sentence, figure, source):
    assert sources("Report\n\n" + sentence + "\n")[figure] == source


@pytest.mark.parametrize(("sentence", "figure", "source"), [
    ("Harlow Foods Ltd cut 240 jobs last year, the company said.", "240 jobs",
     "Harlow Foods Ltd"),
    ("The Health Ministry counted 61 deaths in March, the ministry said.", "61 deaths",
     "Health Ministry"),
])
def test_a_trailing_body_noun_is_the_opening_body_it_names(sentence, figure, source):
    assert sources("Report\n\n" + sentence + "\n")[figure] == source


def test_a_trailing_ministry_keeps_its_side_of_a_dispute(tmp_path: Path):
    body = ("Flood deaths\n\nMs Lee told reporters 40 people died, the ministry said.\n\n"
            "The Red Cross said 75 people died.\n")
    assert list(questions(body, tmp_path).values()) == [
        ["40 people (the ministry)", "75 people (Red Cross)"]]
