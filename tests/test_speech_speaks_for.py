"""Whom a body's unnamed voice speaks for: one rule (``speech.speakers.speaks_for``) for the
statement's speaker and for the figure's source; dotted abbreviations inside a sentence;
ministers named after their portfolio; a speaker who gives only a first name.

Short texts written for these tests; no sentence comes from an evaluation set.
"""

from __future__ import annotations

from provenance.speech import analyse
from provenance.speech.speakers import sentence_end, sentence_start, speaks_for, voice_as_named


def voice(text: str, desc: str, nth: int = 0) -> tuple[str | None, str]:
    at = -1
    for _ in range(nth + 1):
        at = text.index(desc, at + 1)
    return speaks_for(text, at, at + len(desc)), voice_as_named(text, at, at + len(desc))


def said(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {s.quote[:16]: (s.speaker, s.body) for s in analyse(text).statements}


def test_a_bare_spokesperson_speaks_for_the_body_its_paragraph_opens_with():
    text = ("Harbour Water, which runs the pumping stations, disputes the count.\n"
            "Harbour Water said it did not recognise the figure. A spokesperson said: "
            "\u201cOur figure is verified and complete.\u201d The spokesperson added that "
            "repairs had begun.\n"
            "The River Authority said its data came from the companies. \u201cWe publish "
            "what we are sent,\u201d a spokesman said.\n")
    got = said(text)
    assert got["Our figure is ver"[:16]] == ("A spokesperson for Harbour Water", "Harbour Water")
    assert got["We publish what w"[:16]] == ("a spokesman for the River Authority",
                                             "River Authority")


def test_a_voice_with_no_body_named_stays_as_written():
    text = ("Rain fell all week. Roads were shut.\n"
            "\u201cWe are doing what we can,\u201d a spokesperson said.\n"
            "\u201cWe will pay,\u201d a company spokeswoman said.\n")
    assert said(text)["We are doing wha"] == ("a spokesperson", None)
    assert voice(text, "a spokesperson") == (None, "a spokesperson")
    # the kind of body, as written, and no body for the statement
    assert voice(text, "a company spokeswoman") == ("the company", "a company spokeswoman")
    assert said(text)["We will pay"] == ("a company spokeswoman", None)


def test_a_voice_at_a_body_named_by_its_noun_is_the_named_body():
    text = ("The Central Grid Authority (CGA) has not approved the plan. A senior official at "
            "the authority, who asked not to be named, said the figure was "
            "\u201cprovisional and likely to move\u201d.\n")
    assert voice(text, "A senior official at the authority") == (
        "Central Grid Authority", "A senior official at the Central Grid Authority")
    assert said(text)["provisional and l"[:16]][1] == "Central Grid Authority"


def test_the_forms_of_a_voice_each_give_its_body():
    text = ("Meridan Foods Ltd said it would shut the plant. A company spokeswoman said 40 jobs "
            "would go. The Ministry of Labour said it would help. The ministry's spokesman "
            "said more. An Environment Agency spokesperson said nothing. A spokeswoman for the "
            "organisers, the Clean Air Leith coalition, spoke last.\n")
    assert voice(text, "A company spokeswoman") == ("Meridan Foods Ltd",
                                                    "A spokeswoman for Meridan Foods Ltd")
    assert voice(text, "The ministry's spokesman")[0] == "Ministry of Labour"
    assert voice(text, "An Environment Agency spokesperson")[0] == "Environment Agency"
    assert voice(text, "A spokeswoman for the organisers, the Clean Air Leith coalition") == (
        "Clean Air Leith coalition", "A spokeswoman for the Clean Air Leith coalition")


def test_the_state_government_is_the_one_the_article_named_or_its_datelines_state():
    named = ("The Odisha government has approved the dam.\n"
             "The State government said it would pay for the resettlement.\n")
    assert voice(named, "The State government")[0] == "Odisha government"
    dateline = ("GREENVILLE, Miss. (AP) \u2014 A mill will close.\n"
                "The state government said it would retrain the workers.\n")
    assert voice(dateline, "The state government")[0] == "Mississippi state government"
    unnamed = "Farmers protested.\nThe state government said it would listen.\n"
    assert voice(unnamed, "The state government")[0] == "the state government"
    # a federal body is no state government; "the interior ministry" no health ministry
    other = ("The Federal Government said no. The Ministry of Health said yes.\n"
             "The state government said maybe. The interior ministry said nothing.\n")
    assert voice(other, "The state government")[0] == "the state government"
    assert voice(other, "The interior ministry")[0] == "the interior ministry"


def test_a_union_local_is_the_body_the_local_means():
    text = ("Ana Ruiz, president of United Food and Commercial Workers Local 118, spoke.\n"
            "The local said it had counted 900 members.\n")
    assert voice(text, "The local")[0] == "United Food and Commercial Workers Local 118"


def test_dotted_letters_before_a_lower_case_word_end_no_sentence():
    text = ("The estimate by the U.N. children's agency puts it at 54%. Next sentence. "
            "He joined the U.N. The agency grew. It ended at 3 p.m. on Monday.\n")
    first_end = sentence_end(text, 0, len(text))
    assert text[:first_end].endswith("puts it at 54%.")
    at = text.index("The agency")
    assert sentence_start(text, 0, at + 3) == at  # a capital after "U.N." opens one
    monday = text.index("Monday")
    assert text[sentence_start(text, 0, monday):].startswith("It ended at 3 p.m. on Monday")


def test_a_minister_named_after_the_portfolio_is_the_person():
    text = ("Its author, economist Fergal Byrne, said the index lagged.\n"
            "Minister for Housing Declan Moran has pointed to other figures. On Wednesday he "
            "said rents had risen by \u201caround 5 per cent\u201d.\n"
            "The Minister for Finance said nothing.\n")
    got = said(text)
    assert got["around 5 per cen"][0] == "Declan Moran"
    names = {p.name for p in analyse(text).people.persons}
    assert "Finance" not in names and "Housing Declan Moran" not in names


def test_a_speaker_who_gives_only_a_first_name_is_that_name():
    text = ("Doctors Without Borders says coverage is far lower.\n"
            "\u201cWhere are these children?\u201d said the group's emergency coordinator in "
            "Abeche, who asked to be identified only by her first name, Amina, for security "
            "reasons.\n"
            "\u201cIt is bad,\u201d said a nurse at the clinic, who gave only his first name, "
            "Idris.\n"
            "\u201cNot good,\u201d said the group's coordinator.\n")
    got = said(text)
    assert got["Where are these "][0] == "Amina"
    assert got["It is bad"][0] == "Idris"
    assert got["Not good"][0] == "the group's coordinator"  # no name given: as written


def test_officials_and_sources_of_a_named_body_and_officials_of_none():
    text = ("The Ministry of Health said it was checking the count. Ministry officials said 40 "
            "beds were free. A source at the ministry said fewer.\n"
            "Officials said the roads would reopen.\n")
    assert voice(text, "Ministry officials") == ("Ministry of Health",
                                                 "Officials of the Ministry of Health")
    assert voice(text, "A source at the ministry") == (
        "Ministry of Health", "A source at the Ministry of Health")
    # "Officials said" alone is no one body's, whatever the paragraph before named
    at = text.index("Officials said")
    assert speaks_for(text, at, at + len("Officials")) is None


def test_a_body_named_with_of_or_for_speaks_whole_and_a_person_after_its_office():
    text = ("The Federation of Small Shops said the rise was \u201cunaffordable\u201d. A "
            "spokeswoman added: \u201cOur members cannot absorb it.\u201d\n"
            "The Institute for Rural Studies said the count was \u201ctoo low\u201d.\n"
            "The Water Services Regulation Authority said: \u201cCompanies must do better.\u201d\n"
            "Bank of Leith Governor Andrew Baird said rates would \u201cstay high\u201d.\n"
            "A report by the Institute for Rural Studies said it was \u201cfar too low\u201d.\n")
    got = said(text)
    assert got["unaffordable"] == ("The Federation of Small Shops", None)
    assert got["Our members cann"] == ("A spokeswoman for the Federation of Small Shops",
                                       "Federation of Small Shops")
    assert got["too low"][0] == "The Institute for Rural Studies"
    assert got["Companies must d"][0] == "The Water Services Regulation Authority"
    assert got["stay high"][0] == "Andrew Baird"
    assert got["far too low"][0] is None  # the report's, not the institute's voice
    office = said("The Office of the Chief Economist said the loss was \u201csmall\u201d.\n")
    assert office["small"][0] == "The Office of the Chief Economist"  # no person "Economist"


def test_ministers_of_state_and_speakers_who_give_a_name_only():
    text = ("Asked about the gap, Minister of State for Public Health Orla Byrne said: \u201cWe "
            "are reviewing it.\u201d\n"
            "\u201cNobody asked us,\u201d said a resident who gave her name only as Joy.\n")
    got = said(text)
    assert got["We are reviewing"][0] == "Orla Byrne"
    assert got["Nobody asked us"][0] == "Joy"


def test_the_statements_body_follows_the_one_rule_for_officials_and_sources():
    text = ("The Ministry of Water said it was checking the count. Ministry officials said: "
            "\u201cForty wells are dry.\u201d\n"
            "\u201cMore will follow,\u201d a source at the ministry said.\n")
    got = said(text)
    assert got["Forty wells are "] == ("Officials of the Ministry of Water", "Ministry of Water")
    assert got["More will follow"] == ("a source at the Ministry of Water", "Ministry of Water")


def test_a_body_whose_name_opens_with_a_portfolio_word_keeps_it():
    # "Housing" and "Health" are portfolios ("Minister for Housing Declan Fennessy"), but
    # no person's name follows them here: they are the first words of a body's name.
    text = ("Housing Rights Lanark said: \u201cFamilies are sleeping in cars.\u201d\n"
            "Health Watch Fife said 300 patients waited a year. \u201cThis cannot go on,\u201d "
            "Health Watch Fife said.\n"
            "Minister for Housing Declan Fennessy said: \u201cHelp is on the way.\u201d\n")
    got = said(text)
    assert got["Families are sle"][0] == "Housing Rights Lanark"
    assert got["This cannot go o"][0] == "Health Watch Fife"
    assert got["Help is on the w"][0] == "Declan Fennessy"


def test_which_body_a_kind_stands_for_is_one_rule_for_speech_and_figures():
    from provenance.speech.speakers import bodies_of_kind, body_introduced

    text = ("The price tag its developers have promoted is $1.2 billion. The stadium's "
            "developer, Forge Stadium Partners, stood by its number. Harrow Coal, the mine's "
            "owner, disagreed.")
    assert bodies_of_kind(text, "developer") == [(text.index("Forge"), "Forge Stadium Partners")]
    assert [n for _a, n in bodies_of_kind(text, "owner")] == ["Harrow Coal"]
    text = ("Anglers count 40 spills a year. Kennet Clean Water, a group of anglers and "
            "residents, says the real number is higher.")
    at = text.index("Kennet")
    got = body_introduced(text, "group", at, len(text))
    assert got is not None and got[0] == "Kennet Clean Water"
    assert body_introduced(text, "charity", at, len(text)) is None
