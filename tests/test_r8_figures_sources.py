"""Who gives a figure when the sentence opens with a connective or a sentence adverb
("Meanwhile the Fire Centre lists ...", "So when the minister told journalists that ...",
"By contrast, the union said ..."): the subject after it, as without it. Before, such a
sentence's figure had no source, so it was no claim and no side of the dispute.
Short texts written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figurecases import sources

FIRE = "Fire season\n\nThe Wildfire Service says 1.31 million hectares have burned.\n\n"


@pytest.mark.parametrize(("sentence", "figure", "source"), [
    ("Meanwhile the National Fire Centre, which compiles national totals, lists 1,402,000 "
     "hectares for the province.", "1,402,000 hectares", "National Fire Centre"),
    ("Separately, the Forest Council said 1.5 million hectares had burned.",
     "1.5 million hectares", "Forest Council"),
    ("By contrast, the Forest Council estimates 1.5 million hectares burned.",
     "1.5 million hectares", "Forest Council"),
    ("So when the Forest Council told reporters that 1.5 million hectares had burned, "
     "officials were surprised.", "1.5 million hectares", "Forest Council"),
])
def test_the_subject_after_an_opening_adverb_gives_the_figure(sentence, figure, source):
    got = sources(FIRE + sentence + "\n")
    assert got[figure] == source and got["1.31 million hectares"] == "Wildfire Service"
