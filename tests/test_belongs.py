"""The learned last stage: a side named in other words joins the story's question.

Writers name one quantity many ways (an MP's "knife crimes", the statisticians'
"offences"); a side the rules left outside the question is a dispute the journalist never
sees. (The model is fitted: a refit that moves these texts' joins is a change a
maintainer should see.) What it must leave alone is guarded by the grouping tests of
earlier rounds (tests/test_r9_merge.py, test_r14_grouping.py, test_r16_grouping.py and
others), which its threshold was chosen to keep. The stage's model joins it
when sure, and leaves alone what a reader would not join.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from provenance.extract import extract_text
from provenance.extract.belongs import FEATURES, THRESHOLD, WEIGHTS, candidates, probability

KNIVES = (
    "MP's 3,000 knife crimes claim for Westmere overstates the official count\n\n"
    "Speaking on radio on 7 May, Sandra Coyle, the MP for Westmere North, said: \"We had "
    "more than 3,000 knife crimes in Westmere last year.\"\n\n"
    "The Office for National Statistics recorded 2,140 knife offences in Westmere in 2024, "
    "the figures it published in April show.\n\n"
    "Westmere Police put the total at 2,310 offences, a spokesman said.\n")


def _groups(text: str) -> dict[str, int | None]:
    return {fc.figure.text: fc.group for fc in extract_text(text).figures}


def test_a_side_named_in_other_words_joins_the_question() -> None:
    got = _groups(KNIVES)
    assert got["more than 3,000 knife crimes"] is not None
    assert got["more than 3,000 knife crimes"] == got["2,140 knife offences"] == \
        got["2,310 offences"]


def test_the_draft_asks_one_question_with_every_side() -> None:
    ex = extract_text(KNIVES)
    assert len({fc.group for fc in ex.figures if fc.group is not None}) == 1
    assert {fc.source.name for fc in ex.figures if fc.source is not None} >= {
        "Sandra Coyle", "Office for National Statistics", "Westmere Police"}


def test_every_candidate_has_one_value_per_weight() -> None:
    # (a retrained model with a feature added in one place and not the other would crash
    # extract on every article)
    assert len(WEIGHTS) == len(FEATURES)
    from provenance.extract.figures import FigureClaim

    seen: list[FigureClaim] = []
    _members, rows = candidates(KNIVES, seen)
    assert rows == []  # (no figures, no question: nothing to join)
    ex = extract_text(KNIVES)
    assert ex.figures
    for fc in ex.figures:
        assert 0.0 <= probability([0.0] * (len(FEATURES) - 1) + [1.0]) <= 1.0
        assert fc.quantity
    assert 0.0 < THRESHOLD < 1.0


def _trainer():  # type: ignore[no-untyped-def]
    path = Path(__file__).resolve().parent.parent / "scripts" / "train_belongs.py"
    spec = importlib.util.spec_from_file_location("train_belongs", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_trainer_learns_which_feature_tells() -> None:
    # the maintainer's refit: on rows where only the first feature tells the label, the
    # fitted model weighs it and ranks every positive above every negative
    train = _trainer()
    rows = [([1.0, 0.3, 1.0], 1)] * 20 + [([0.0, 0.3, 1.0], 0)] * 20 + \
        [([1.0, 0.9, 1.0], 1)] * 5 + [([0.0, 0.9, 1.0], 0)] * 5
    w = train.fit(rows, penalty=1.0)
    assert w[0] > 2.0
    assert abs(w[1]) < 0.5
    assert train._auc([(probability(x, w), y) for x, y in rows]) == 1.0
