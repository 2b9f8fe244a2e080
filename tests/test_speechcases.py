"""The shared speech-test helper fails when the speakers differ from what a case expects, and
says why with the whole text and attribution: a helper that could not fail would make every
case in tests/test_speech_*.py pass whatever the engine did.

Short texts written for these tests; no sentence comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from .speechcases import Containing, Speaker, assert_speakers

TEXT = ("Bridge vote\n\n"
        "\"It will pay for itself,\" said Ann Lee.\n\n"
        "\"It never will,\" said a spokesman for the Harbour Board.\n")


def test_the_helper_passes_when_every_speaker_is_as_expected() -> None:
    assert_speakers(TEXT, ["Ann Lee", "a spokesman for the Harbour Board"])
    assert_speakers(TEXT, {"It will pay": "Ann Lee", "It never": Containing("Harbour Board")})


@pytest.mark.parametrize(("expected", "problem"), [
    pytest.param(["Ann Lee"], "speakers ['Ann Lee', 'a spokesman for the Harbour Board']",
                 id="a list with a statement too few"),
    pytest.param(["Ann Lee", "a spokesman for the Harbour Board", None], "want",
                 id="a list with a statement too many"),
    pytest.param(["Ann Lee", "Harbour Board"], "want ['Ann Lee', 'Harbour Board']",
                 id="a list with a wrong speaker"),
    pytest.param({"It will pay": "Tom Bell"}, "'It will pay': speaker 'Ann Lee', want 'Tom Bell'",
                 id="an opening given to someone else"),
    pytest.param({"It will pay": None}, "want None", id="a speaker where no one is expected"),
    pytest.param({"Nobody said": "Ann Lee"}, "0 statements open with 'Nobody said'",
                 id="an opening no statement has"),
    pytest.param({"It": "Ann Lee"}, "2 statements open with 'It'",
                 id="an opening two statements share"),
    pytest.param({"It never": Containing("Water Board")}, "want Containing('Water Board')",
                 id="a name that does not contain the part expected"),
])
def test_the_helper_fails_and_shows_the_text_and_the_attribution(
        expected: dict[str, Speaker] | list[Speaker], problem: str) -> None:
    with pytest.raises(AssertionError) as err:
        assert_speakers(TEXT, expected)
    message = str(err.value)
    assert problem in message
    assert "said a spokesman for the Harbour Board." in message  # the text
    assert "'It never will' -> 'a spokesman for the Harbour Board'" in message  # attribution
