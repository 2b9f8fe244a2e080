"""Speech's rules read once (round 8's tidy): where a rule's second copy differed from the
one, the one's answer is the user's. Texts written for these tests."""

from __future__ import annotations

from provenance.speech import analyse

QA = (
    "Waiting lists at the city's hospitals\n"
    "Waits for a first appointment have grown this year.\n"
    "We spoke to Ruth Okafor, the board's chief executive. The interview has been edited "
    "for length.\n"
    "How many patients did the hospitals treat?\n"
    "More than ever. The ministry says St. Mary's hospital treated 4,000 patients last "
    "year. We think the true number is higher.\n"
    "When will the waits come down?\n"
    "By the spring, if the new ward opens on time.\n"
)


def test_an_answer_leaves_out_what_another_says_past_an_abbreviation():
    # "The ministry says St. Mary's ..." is the ministry's to its end, not to "St."
    answer = next(s for s in analyse(QA).statements
                  if s.kind == "answer" and s.quote.startswith("More than ever"))
    own = " ".join(QA[a:b] for a, b in answer.spans)  # the words that are the answerer's
    assert answer.speaker == "Ruth Okafor"
    assert "4,000" not in own and "Mary's" not in own
    assert own == "More than ever. We think the true number is higher."


def test_a_human_rights_group_or_a_roman_restaurant_is_no_person():
    # "human" ends in "-man" but is no person's noun, and "Roman" and "Italian" before a
    # noun are its adjectives: no speaker "A human", "A Roman", "An Italian"
    for text in (
        "Protesters gathered on Sunday.\n\nA human rights group said the vote was rigged. "
        '"It was a sham from start to finish," he said.\n',
        "Prices rose in March.\n\nA Roman restaurant said it would close. "
        '"We regret this decision very much," he said.\n',
        "Prices rose in March.\n\nAn Italian bank said it would cut jobs. "
        '"We regret this decision very much," he said.\n',
    ):
        speakers = {s.speaker for s in analyse(text).statements}
        assert not speakers & {"A human", "A Roman", "An Italian"}, speakers
    text = ("Prices rose in March.\n\nA Canadian miner said the pit would close. "
            '"We regret this decision very much," he said.\n')
    assert [s.speaker for s in analyse(text).statements] == ["A Canadian miner"]
    # ... while a Roman or a German alone is a person, as "A Canadian" would be
    for who in ("A Roman", "A German"):
        text = (f"Tourists were stranded.\n\n{who} said rooms were empty. "
                '"We have no guests," he said.\n')
        assert [s.speaker for s in analyse(text).statements] == [who], who


def test_a_title_written_out_is_left_out_of_the_name_as_its_short_form_is():
    # one list of the titles only a person bears: "Reverend" as "Rev.", "Constable" as
    # "Sergeant" -- the speaker is the person's name, whichever way the title is written
    for title, name in (("Rev.", "Al Green"), ("Reverend", "Al Green"),
                        ("Sergeant", "Okafor"), ("Constable", "Okafor")):
        text = f'{title} {name} spoke to reporters outside. "We were not ready," he said.\n'
        assert [s.speaker for s in analyse(text).statements] == [name], title


def test_a_document_speaks_for_its_writer_not_for_whoever_obtained_it():
    # '," reads a letter signed by X' is X's; '," reads a letter obtained by X' is not
    said = '"We will appeal the ruling in full," reads a letter {} by Mark Hollis.\n'
    assert [s.speaker for s in analyse(said.format("signed")).statements] == ["Mark Hollis"]
    for verb in ("obtained", "leaked", "commissioned"):
        assert "Mark Hollis" not in {s.speaker for s in analyse(said.format(verb)).statements}
