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
            "I asked Dr. Ruth Okonjo, an agronomist at Tolland University, whether the rain "
            "gauges can be trusted. Her verdict: “The gauges are fine. It is the models that "
            "run dry every August.”\n\n"
            "So I asked Dr. Okonjo the obvious question: “Should farmers irrigate now?”\n\n"
            "Her answer was quick: “Only where the clay is thin and the wells are still full.”\n")
    got = _speakers(text)
    assert got["The gauges are"] == "Ruth Okonjo"
    assert got["Only where the"] == "Ruth Okonjo"



ASKED = (
    "The ferry line, run since 2019 by Marta Kessler, says crossings fell by a fifth last "
    "winter. A count led by Tomas Greer at Harlow Ports found a smaller fall.\n\n"
    "“The counts skip the night sailings,” said Ines Roth, a harbour pilot. Paul Otto, the "
    "harbour master, agreed: “Nobody counts after ten.”\n\n"
    "We put the question to Kessler directly: “Do the figures include freight?”\n\n"
    "Her answer: “No. Passengers only, every sailing, logged by the crew.”\n\n"
    "She said the gap with the port's own tally was “a matter of timing, nothing more,” and "
    "promised to publish the logs.\n\n"
    "I asked Greer why the night sailings matter so much. “Half the winter traffic moves after "
    "dark,” he told me by phone.\n")


def test_the_person_the_writer_put_the_question_to_gives_the_answer() -> None:
    got = _speakers(ASKED)
    assert got["No. Passengers only,"] == "Marta Kessler"
    assert got["a matter of"] == "Marta Kessler"
    assert got["Half the winter"] == "Tomas Greer"


def test_a_name_between_the_question_and_the_pronoun_is_whom_it_means() -> None:
    text = ("I asked Dr. Lena Faber about the dam. Her colleague Rosa Lind was at the site "
            "that week. “The spillway held, but only just,” she said.\n")
    assert _speakers(text)["The spillway held,"] == "Rosa Lind"


def test_a_lone_surnames_full_name_after_a_preposition_is_whom_she_means() -> None:
    text = ("The tunnel cost more than the city said.\n\n"
            "“Walk past the Corran Bridge site and count the cranes,” Silas Brandt said.\n\n"
            "An audit published on Friday by Comptroller General Helga Marr found the overrun "
            "larger still.\n\n"
            "Speaking on Monday, Marr said the city's estimate was too hopeful. “We counted "
            "every invoice twice,” she said.\n")
    assert _speakers(text)["We counted every"] == "Helga Marr"


def test_a_body_then_an_aside_of_a_preposition_then_said() -> None:
    text = ("Tarvo Mining says its Kesk pit produced 80,000 tonnes of zinc last year.\n\n"
            "The regulator, in a written reply to questions, said its numbers were \"drawn from "
            "the monthly returns the company files itself\" and that no correction was lodged.\n")
    assert _speakers(text)["drawn from the"] == "The regulator"


def test_it_coordinated_with_its_sentences_first_verb_is_the_apposed_body() -> None:
    text = ("An auditing firm, Pell & Dunmore LLP, gave a third figure in a report last week. "
            "It put output at between 61,000 and 64,000 tonnes, and warned that reserve funds "
            "of $2m were \"unlikely to be enough\".\n")
    assert _speakers(text)["unlikely to be"] == "Pell & Dunmore LLP"


def test_the_company_is_the_name_its_paragraph_opens_saying_something() -> None:
    text = ("Pell & Dunmore LLP audited the plant's books last year.\n\n"
            "Brightwell Power says the plant burns about 90 tonnes of coal a day. In a statement, "
            "the company said this was \"well within its permit\" and that use had fallen.\n")
    assert _speakers(text)["well within its"] == "Brightwell Power"


RADIO = (
    "PRESENTER (Jo Hale): Good morning. Today, wild camels in the desert parks.\n\n"
    "JO HALE: Ned, how many camels are out there?\n\n"
    "NED ORR: Far fewer than they say. I have driven those tracks for thirty years.\n\n"
    "JO HALE: We did ask the Wildlife Office for an interview. A spokesperson sent a statement "
    "saying, and I'll quote it: \"The count uses accepted methods and was reviewed by outside "
    "experts.\" The statement also says the cull removed 900 camels last year.\n\n"
    "NED ORR: Nine hundred camels that nobody saw.\n")


def test_a_statement_sent_saying_is_the_senders() -> None:
    text = ("The Wildlife Office stands by its count. A spokesperson sent a statement saying: "
            "\"The count uses accepted methods and was reviewed by outside experts.\"\n")
    assert _speakers(text)["The count uses"] == "A spokesperson for the Wildlife Office"


def test_a_transcript_turn_relaying_a_third_partys_quotation_by_its_cue() -> None:
    st = [s for s in analyse(RADIO).statements if s.quote.startswith("The count uses")]
    assert [(s.kind, s.speaker) for s in st] == [("direct", "A spokesperson")]
    # the turn itself stays the host's answer, and a turn's own words are no statement
    turns = [s for s in analyse(RADIO).statements if s.kind == "answer"]
    assert any(s.speaker == "Jo Hale" and "Wildlife Office" in s.quote for s in turns)
    assert not any(s.kind == "direct" and s.quote.startswith("Nine")
               for s in analyse(RADIO).statements)


def test_a_bare_spokesperson_speaks_for_the_body_of_the_paragraph_before_a_blank_line() -> None:
    text = ("The Office of Rail Safety disputes the union figure. It said its own checks found "
            "far fewer faults.\n\n"
            "A spokesperson said: \"Our inspections cover every line, every month, without "
            "exception.\"\n")
    assert _speakers(text)["Our inspections cover"] == \
        "A spokesperson for the Office of Rail Safety"


def test_a_minister_with_a_portfolio_of_three_words_after_the_quotation() -> None:
    text = ("“We will publish one figure soon, and only one figure,” Minister for Rural Water "
            "Planning Helen Nwosu told lenders on Tuesday.\n")
    assert _speakers(text)["We will publish"] == "Helen Nwosu"


def test_the_writers_question_put_to_someone_is_no_ones_statement() -> None:
    text = ("The ferry line says crossings fell. “The counts skip the night sailings,” said Ines "
            "Roth, a harbour pilot.\n\n"
            "We put the question to Marta Kessler, who runs the line: “Do the figures include "
            "freight or only passengers?”\n\n"
            "Her answer: “Passengers only, every sailing, logged by the crew.”\n")
    quotes = [(s.quote.split()[0], s.speaker) for s in analyse(text).statements]
    assert ("Do", "Ines Roth") not in quotes
    assert not any(q == "Do" for q, _ in quotes)
    assert ("Passengers", "Marta Kessler") in quotes


def test_a_description_ending_in_a_role_then_the_name_before_a_colon() -> None:
    text = ("The canal authority says water use rose by 6 percent in the summer. “The meters "
            "were replaced,” said Dana Reyes, a port engineer.\n\n"
            "The boatmen's union general secretary, Ola Berg: \"We see the queues at the locks "
            "every weekend and they are longer than ever before.\"\n")
    assert _speakers(text)["We see the"] == "Ola Berg"


def test_an_answer_after_a_fronted_asked_clause() -> None:
    text = ("The canal authority says water use rose by 6 percent. I put the figure to Tom "
            "Vance, who keeps the lock at Barrow.\n\n"
            "Asked whether the rise was real, his reply came the next morning: \"It is real, "
            "but it is not six percent.\"\n")
    assert _speakers(text)["It is real,"] == "Tom Vance"


def test_the_person_the_writer_reached_is_whom_the_answers_she_means() -> None:
    text = ("The report on river fish stocks was written by a team led by Nadia Sorel at "
            "Bramwell University. A rival count by the angling trust found more fish.\n\n"
            "“Their nets were in the wrong places,” said Greta Lund, the trust's ecologist. "
            "“We sampled every pool.”\n\n"
            "I reached Sorel by phone last week. “Our nets followed the protocol the agency set "
            "in 2019,” she told me.\n\n"
            "When I spoke to Sorel again, she was blunt: “It is possible we missed the deep "
            "pools.”\n")
    got = _speakers(text)
    assert got["Our nets followed"] == "Nadia Sorel"
    assert got["It is possible"] == "Nadia Sorel"


def test_the_company_is_no_person_named_in_full_elsewhere() -> None:
    text = ("Dana Reyes inspects the plant for the county.\n\n"
            "Reyes said the plant burns about 90 tonnes of coal a day. In a statement, the "
            "company said this was \"well within its permit\" and that use had fallen.\n")
    assert _speakers(text)["well within its"] != "Reyes"
