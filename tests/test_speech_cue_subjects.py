"""A name's next word makes it a cue's subject only when that word is a verb there."""

from provenance.speech import analyse


def _speaker(text: str) -> str | None:
    (st,) = analyse(text).statements
    return st.speaker


def test_a_plural_noun_after_a_name_is_no_cue_verb() -> None:
    # "texts" and "volunteers" are cue verbs of the lexicon, but after "the Lucy Barnes"
    # they are plural nouns: "she" is still the woman who was the subject before.
    for tail in ("made public the Lucy Barnes texts that lawyers had fought over.",
                 "heard that the Lucy Barnes volunteers had gone home."):
        text = ("Sarah Kemp addressed the parish meeting on Thursday evening.\n\n"
                f"A day later the inquiry {tail} "
                "\u201cI acted in good faith throughout,\u201d she said.\n")
        assert _speaker(text) == "Sarah Kemp", tail


def test_a_past_cue_after_a_name_still_makes_it_the_subject() -> None:
    text = ("Sarah Kemp addressed the parish meeting on Thursday evening.\n\n"
            "Lucy Barnes admitted on Friday that the plan had stalled. "
            "\u201cI acted in good faith throughout,\u201d she said.\n")
    assert _speaker(text) == "Lucy Barnes"
