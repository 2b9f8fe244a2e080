"""Who a quotation is by when its speaker is described before (or instead of) being named:
the grammar of news attribution, not any one article's sentences.

- a newcomer described by trade or state ("A 40-year-old fish trader ... told our reporter
  ...") is whom a following "he said" means, not the last person named elsewhere;
- a described speaker named in the next sentence or paragraph ("The trader, Samuel Eze,
  ...") is that person;
- a place after a preposition ("a dairy farmer near Ballarat") says where the speaker is,
  not who;
- a name set off by commas after a description that opens its sentence ("The head of the
  co-operative, Peter Walsh, told ...") or after a role with its place ("West Lothian
  councillor Hamish Grant said") is its sentence's subject, whom "he said" means.

Short texts written for these tests; no sentence comes from an evaluation set.
"""

from __future__ import annotations

from provenance.speech import analyse
from provenance.speech.speakers import described_subject, named_after, person_description


def speaker(text: str, opening: str) -> str | None:
    """The speaker of the statement whose quotation opens with ``opening``."""
    got = [s.speaker for s in analyse(text).statements if s.quote.startswith(opening)]
    assert len(got) == 1, got
    return got[0]


def test_she_after_a_described_newcomer_is_her_and_her_later_name():
    text = ("The mayor, Ruth Anand, said the budget was balanced.\n\n"
            "A nurse working at the clinic on Baker Street said she had not been paid since "
            "May. \"We are exhausted,\" she said. \"Nobody listens.\"\n\n"
            "The nurse, Priya Menon, 41, said her ward had lost six staff.\n")
    assert speaker(text, "We are exhausted") == "Priya Menon"


def test_he_after_a_trader_described_by_age_and_trade_is_the_trader_named_next():
    text = ("Councillor James Obi said the market would reopen.\n\n"
            "A 40-year-old fish trader who lost his stall told our reporter the fire spread "
            "fast. \"It took ten minutes,\" he said.\n\n"
            "The trader, Samuel Eze, has worked there since 1999.\n")
    assert speaker(text, "It took ten minutes") == "Samuel Eze"


def test_a_described_speaker_with_no_later_name_stays_described():
    text = ("Councillor James Obi said the market would reopen.\n\n"
            "A 40-year-old fish trader who lost his stall told our reporter the fire spread "
            "fast. \"It took ten minutes,\" he said.\n\n"
            "Police said the cause was not known.\n")
    assert speaker(text, "It took ten minutes") == "A 40-year-old fish trader"


def test_a_place_after_near_or_from_is_not_the_speaker():
    text = ("Officials said the fire was contained.\n\n"
            "\"The flames came over the ridge at night,\" said a dairy farmer near Ballarat "
            "who lost 40 cows.\n\n"
            "The farmer, Hugh Kelly, said he had no insurance.\n")
    assert speaker(text, "The flames came ov") == "Hugh Kelly"
    text = "Schools shut early.\n\n\"We had no warning at all,\" said a teacher from Dunedin.\n"
    assert speaker(text, "We had no warning") == "a teacher from Dunedin"


def test_a_described_speaker_named_in_the_next_sentence_by_another_noun():
    text = ("The minister, Joan Tate, said help was coming.\n\n"
            "\"The roof leaks every winter and nobody comes,\" said a father of three at the "
            "Riverside camp. The man, Tomas Lind, said 40 families share two taps.\n")
    assert speaker(text, "The roof leaks eve") == "Tomas Lind"


def test_a_name_apposed_to_a_sentence_opening_description_is_whom_he_means():
    text = ("\"It is a mess,\" said Kiran Osei, the harbour master.\n\n"
            "The Coastguard said the search was over.\n\n"
            "The head of the fishermen's co-operative, Peter Walsh, told reporters the boats "
            "were old.\n\n"
            "\"We warned them for years,\" he said.\n")
    assert speaker(text, "We warned them for") == "Peter Walsh"


def test_rules_in_isolation():
    assert person_description("a third-generation farmer near Moyston")
    assert person_description("A woman selling roasted maize")
    assert not person_description("a company spokeswoman")
    assert not person_description("the company")
    assert not person_description("A number of residents")
    assert described_subject("Skye and Lochalsh councillor ", "")
    assert described_subject("Its lead author, ecologist ", ",")
    assert not described_subject("The report, by ", ",")
    text = "\"Fine,\" said a man. The officer, Jo Bloggs, said no more."
    got = named_after(text, text.index("a man") + 5)
    assert got is not None and got[2] == "Jo Bloggs"
    # another quotation in the next paragraph stops the search
    text = "\"Fine,\" said a man.\n\n\"No,\" said a woman. The woman, Jo Bloggs, left."
    assert named_after(text, text.index("a man") + 5) is None
