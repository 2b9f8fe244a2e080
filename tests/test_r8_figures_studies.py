"""The documents a figure rests on, written the ways agencies publish them: a dated
situation report ("its Sept. 19 situation report"), a bulletin, a ranking "published in
March", a body's data release by its name and initials ("Its Health Records System (HRS)
data, which count ...", "the WHO and UNICEF estimates of national coverage", "RSTAT's
preliminary figures for 2024"). Before, none was a study. Not "a ranking official", nor
"Police figures of 40". Short texts written for these tests.
"""

from __future__ import annotations

import pytest

from provenance.extract import extract_text


def studies(body: str) -> list[str]:
    return [body[a:b] for s in extract_text(body).studies for a, b in s.mentions]


@pytest.mark.parametrize(("sentence", "mention"), [
    ("The Fire Centre lists 1,402,000 hectares in its Sept. 19 situation report.",
     "its Sept. 19 situation report"),
    ("The agency put the death toll at 44 in its Thursday evening bulletin.",
     "its Thursday evening bulletin"),
    ("The group put the rate at 71.3 per 100,000 in a ranking published in March.",
     "a ranking"),
    ("Its Health Records System (HRS) data, which count doses, show coverage of 84%.",
     "Its Health Records System (HRS) data"),
    ("The WHO and UNICEF estimates of national coverage for 2024 put it at 62 per cent.",
     "The WHO and UNICEF estimates"),
    ("RSTAT's preliminary figures for 2024 put the rate at 55.6 per 100,000.",
     "RSTAT's preliminary figures"),
])
def test_a_published_document_is_a_study(sentence, mention):
    assert mention in studies("Counting\n\nThe Primary Care Agency said so.\n\n" + sentence
                              + "\n")


@pytest.mark.parametrize("sentence", [
    "A ranking official said the count was 40.",
    "Police figures of 40 are wrong, the union said.",
])
def test_no_study_in_everyday_words(sentence):
    assert studies("Counting\n\n" + sentence + "\n") == []


@pytest.mark.parametrize(("sentence", "mention"), [
    ("A university study put the rate at about 18 per 100,000.", "A university study"),
    ("A new poll shows that the mayor leads by 6 points.", "A new poll"),
])
def test_a_study_that_gives_a_figure_is_a_study(sentence, mention):
    assert studies("Counting\n\nThe police said the rate fell.\n\n" + sentence + "\n") == [
        mention]


def test_its_figure_is_the_study_s():
    from tests.figurecases import sources

    body = ("Crime rate\n\nThe police said the murder rate fell to 12.5 per 100,000 "
            "residents.\n\nA university study put the rate at about 18 per 100,000.\n")
    assert sources(body) == {"12.5 per 100,000": "police",
                             "about 18 per 100,000": "University study"}


@pytest.mark.parametrize("sentence", [
    "The older surveys found less.",
    "\u201cForty is what the inspections show,\u201d the minister said.",
])
def test_plural_studies_that_give_a_figure_are_no_work_of_their_own(sentence):
    assert studies("Counting\n\nThe police said the rate fell.\n\n" + sentence + "\n") == []


@pytest.mark.parametrize(("body", "figure"), [
    # a measure noun before "showed"/"shows" is the figure's word, no work in the dossier
    ("Vote\n\nThe count showed the mayor won 5,000 votes.\n", "5,000 votes"),
    ("Weather\n\nThe forecast shows 40 mm of rain.\n", "40 mm"),
    ("Prices\n\nThe index shows a 12% rise.\n", "12%"),
])
def test_a_measure_that_shows_a_figure_is_no_study(body, figure):
    from tests.figurecases import sources

    assert studies(body) == []
    assert sources(body) == {figure: None}
