"""Round 10, who said a direct quotation: rules read on short texts written for them."""

from __future__ import annotations

from provenance.speech import analyse


def _speakers(text: str) -> dict[str, str | None]:
    """The first words of each direct quotation -> its speaker as the tool names it."""
    return {" ".join(st.quote.split()[:3]): st.speaker for st in analyse(text).statements}


def test_a_body_then_a_role_then_the_name_before_a_colon_is_the_person() -> None:
    text = ("The orchard cooperative says the apple harvest fell by a third this autumn.\n\n"
            "Cooperative treasurer Ingrid Salo was sharper: \"We lost the whole early crop "
            "to frost in April. Nobody should pretend otherwise.\"\n")
    assert _speakers(text)["We lost the"] == "Ingrid Salo"


def test_a_possessive_body_its_role_and_the_name_before_a_colon() -> None:
    text = ("Growers expect a late count.\n\n"
            "Meadowfield’s head of crop research, Piotr Nowak: “Frost damage shows up late "
            "in the fruit, so the count is still moving.”\n")
    assert _speakers(text)["Frost damage shows"] == "Piotr Nowak"


def test_a_possessive_pronouns_answer_before_a_colon_is_theirs() -> None:
    text = ("The drought maps disagree by a wide margin.\n\n"
            "I asked Dr. Ruth Okonjo, a soil scientist at Brennan University, whether the rain "
            "gauges can be trusted. Her verdict: “The gauges are fine. It is the models that "
            "run dry every August.”\n\n"
            "So I asked Dr. Okonjo the obvious question: “Should farmers irrigate now?”\n\n"
            "Her answer was quick: “Only where the clay is thin and the wells are still full.”\n")
    got = _speakers(text)
    assert got["The gauges are"] == "Ruth Okonjo"
    assert got["Only where the"] == "Ruth Okonjo"
