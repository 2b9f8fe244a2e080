"""Round 16: a person the text named in full at the top and then by surname alone, as the
subject of a sentence, is whom the "he says" after their quotation means, however long the
article between (the full name was looked for only 1,500 characters back). Texts written
for these tests."""

from __future__ import annotations

from provenance.extract import extract_text

FILLER = ("The valley was quiet that spring, and the farm tracks were dry. Walkers came and "
          "went along the ridge, and the reservoir was low by the end of April. ")


def _speaker_of(text: str, words: str) -> str | None:
    ex = extract_text(text)
    return next(s.speaker for s in ex.statements if words in str(s.quote))


def test_a_surname_subject_far_from_the_full_name_is_the_speaker() -> None:
    text = ("At first light, Aldous Penhallow stops his tractor on the ridge and listens. He "
            "has farmed here since 1979.\n\n"
            + "\n\n".join([FILLER * 4] * 2) + "\n\n"
            "Dr Marisol Quint, an ecologist, said the count was too high. \"We found the same "
            "birds counted twice,\" she said.\n\n"
            "Penhallow, who chairs the local graziers' group, reckons the scientists are "
            "wrong. \"There could be twice as many out there,\" he says.\n")
    assert _speaker_of(text, "twice as many") == "Aldous Penhallow"


def test_a_name_inside_the_quotation_is_not_its_speaker() -> None:
    text = ("Aldous Penhallow spoke at the rally last year.\n\n"
            + "\n\n".join([FILLER * 4] * 2) + "\n\n"
            "While Penhallow drew choirs to his events, that has not happened for the new "
            "candidate, which is something that worries Tomas Brede, chair of the county "
            "party.\n\n"
            "\"Nobody sings for her. Penhallow had a choir. She has nobody,\" he said.\n")
    assert _speaker_of(text, "Nobody sings") == "Tomas Brede"



def test_a_womans_title_is_not_the_man_of_that_surname() -> None:
    text = ("Tom Pellowe, the coach, said the club would appeal. \"We were robbed,\" Ms "
            "Pellowe, the club captain, said.\n")
    assert _speaker_of(text, "We were robbed") != "Tom Pellowe"
    text = ("Tom Pellowe, the coach, said the club would appeal. \"We were robbed,\" Mr "
            "Pellowe said.\n")
    assert _speaker_of(text, "We were robbed") == "Tom Pellowe"
