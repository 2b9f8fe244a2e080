"""General news-prose rules of the speech engine, on short articles written for these tests.

Each article is pasted the way a web page gives it (one newline between
paragraphs). None of the names or sentences come from an evaluation set.
"""

from __future__ import annotations

from provenance.extract import extract_text
from provenance.speech.speakers import clean_name

BRIDGE = (
    "State approves river bridge after two-year fight\n"
    "By Dana Whitfield\n"
    "SPRINGDALE (Wire) – Ohio Gov. Ruth Calloway signed the bridge bill on Tuesday, "
    "ending a fight that split her own party.\n"
    "\u201cThis bridge will carry a million cars a year and it will pay for itself,\u201d "
    "the Ohio governor said at the signing.\n"
    "Her rival in the legislature, state Sen. Paul Ostrander, called the bill a "
    "so-called \u201cbridge to nowhere that our grandchildren will still be paying for.\u201d\n"
    "\u201cWe will keep asking where the money comes from,\u201d the senator said.\n"
    "\u201cIt was a long night for all of us here,\u201d the Texas congressman said.\n"
)

FACTORY = (
    "Developer buys old glass works\n"
    "Marcus Delane, a Chicago developer, bought the shuttered glass works on Friday for "
    "$12 million.\n"
    "\u201cWe are going to put 400 people back to work on this site,\u201d the Chicago "
    "developer said.\n"
    "Delane\u2019s statement said the plant would reopen \u201cwithin eighteen months, "
    "with a new furnace and a new roof.\u201d\n"
    "Delane\u2019s lawyer said \u201cthe sale closes on Monday and not a day later "
    "than that.\u201d\n"
    "The Democratic mayor praised the deal.\n"
)

HEARING = (
    "Senators grill bank chief over fake accounts\n"
    "Lawmakers of both parties questioned the chief executive for four hours on Tuesday.\n"
    "\u201cYou knew, and you did nothing for five years,\u201d Sen. Tom Albright said.\n"
    "In a statement released before the hearing, Rep. Elena Marsh was more measured. "
    "Though she called the bank\u2019s conduct \u201cdeeply troubling\u201d and called for "
    "bonuses to be \u201creturned to the customers who paid for them,\u201d Marsh stopped "
    "short of asking for new laws.\n"
    "\u201cIf a bank cannot be run honestly, it should be broken up.\u201d\n"
)

CLINIC = (
    "Rural clinic to close its maternity ward\n"
    "Hospital board chair Linda Okoro announced the closure on Monday.\n"
    "\u201cWe looked at every other option before we made this choice,\u201d Okoro said. "
    "\u201cNone of them kept the ward safe for mothers.\u201d\n"
    "Local Republican officials objected, and the hospital\u2019s well-known "
    "midwife, Grace Tully, said the decision was \u201ca disaster for every family "
    "within fifty miles of here.\u201d\n"
    "According to Tully, \u201cwomen will now drive ninety minutes to give birth.\u201d\n"
)


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(s.quote[:25], s.speaker) for s in extract_text(text).statements]


def test_a_title_between_place_and_name_is_not_part_of_the_name() -> None:
    assert clean_name("Ohio Gov. Ruth Calloway") == ("Gov. Ruth Calloway", ["Ruth", "Calloway"])
    mayor, anna = clean_name("New York Mayor Bill de Blasio"), clean_name("Anna Mayor")
    assert mayor is not None and anna is not None
    assert mayor[1] == ["Bill", "de", "Blasio"]
    assert anna[1] == ["Anna", "Mayor"]  # a surname, not an office


def test_a_definite_description_is_the_person_introduced_with_that_role() -> None:
    got = dict(speakers(BRIDGE))
    assert got["This bridge will carry a "] == "Ruth Calloway"  # "the Ohio governor"
    assert got["We will keep asking where"] == "Paul Ostrander"  # "the senator"
    # nobody was introduced as a Texas congressman: no one is guessed, the description
    # as written is the speaker, with no person id
    assert got["It was a long night for a"] == "the Texas congressman"
    st = next(s for s in extract_text(BRIDGE).statements if s.quote.startswith("It was a long"))
    assert st.speaker_id is None
    names = {p.name for p in extract_text(BRIDGE).people}
    assert "Ohio Gov. Ruth Calloway" not in names and "Ruth Calloway" in names


def test_so_called_is_not_a_cue() -> None:
    (st,) = [s for s in extract_text(BRIDGE).statements if s.quote.startswith("bridge to")]
    assert st.speaker == "Paul Ostrander"
    assert "so-called" not in (st.cue or "")


def test_an_apposition_introduces_a_role_and_documents_speak_for_their_author() -> None:
    got = dict(speakers(FACTORY))
    assert got["We are going to put 400 p"] == "Marcus Delane"  # "the Chicago developer"
    assert got["within eighteen months, w"] == "Marcus Delane"  # "Delane's statement said"
    # his lawyer is someone else: the description as written, no person's id
    assert got["the sale closes on Monday"] == "Delane\u2019s lawyer"


def test_a_fronted_phrase_and_a_coordinated_cue_keep_the_speaker() -> None:
    got = dict(speakers(HEARING))
    assert got["You knew, and you did not"] == "Tom Albright"
    # "In a statement ..., Rep. Elena Marsh was ..." makes her the subject "she" refers to,
    # "and called for" shares the subject of "she called", and the quotation standing
    # alone in the next paragraph goes on with her
    assert got["deeply troubling"] == "Elena Marsh"
    assert got["returned to the customers"] == "Elena Marsh"
    assert got["If a bank cannot be run h"] == "Elena Marsh"


def test_a_party_word_is_never_a_speaker_and_according_to_names_one() -> None:
    got = speakers(CLINIC)
    assert all(spk not in ("Republican", "Local Republican") for _q, spk in got)
    d = dict(got)
    assert d["We looked at every other "] == "Linda Okoro"
    okoro = [s.quote for s in extract_text(CLINIC).statements if s.speaker == "Linda Okoro"]
    assert any("None of them kept the ward" in q for q in okoro)  # the quote goes on
    assert d["a disaster for every fami"] == "Grace Tully"
    assert d["women will now drive nine"] == "Grace Tully"


BOARD = (
    "School board delays vote on closures\n"
    "Superintendent Margaret Osei presented the plan on Wednesday night.\n"
    "Richard Keller, a board member, asked for more time. \u201cThe families deserve a "
    "month to read this,\u201d he said.\n"
    "Keller then read out the figures for each school, one by one.\n"
    "\u201cWe cannot keep nine half-empty buildings open on this budget,\u201d she said.\n"
)


def test_a_pronoun_goes_to_the_nearest_person_it_can_mean() -> None:
    got = dict(speakers(BOARD))
    # "she" passes over Keller, named last, to Margaret Osei
    assert got["We cannot keep nine half-"] == "Margaret Osei"
    assert got["The families deserve a mo"] == "Richard Keller"


def test_cue_verbs_double_their_final_consonant_as_english_does() -> None:
    from provenance.speech.cues import CUE_WORDS, inflect

    assert inflect("slam") == ("slam", "slammed", "slams", "slamming")
    assert {"bragged", "dubbed", "labeled", "labelled"} <= set(CUE_WORDS)
    assert not {"slamed", "braged", "dubed"} & set(CUE_WORDS)
    text = ("Budget fight reaches city hall\n"
            "Councilwoman Rosa Ibarra slammed the proposal as \u201ca gift to developers.\u201d\n")
    assert dict(speakers(text))["a gift to developers."] == "Rosa Ibarra"


PARK = (
    "Mayor criticised over park sale\n"
    "Mayor Kate Rowe faced a packed hall on Monday. She angered residents by saying that "
    "the park was \u201ca waste of good land that nobody uses.\u201d\n"
    "Council clerk Owen Pryce told the meeting that Rowe had made her choice by calling "
    "the sale \u201cthe only sensible option.\u201d\n"
)


def test_a_cue_after_a_preposition_speaks_for_its_clauses_subject() -> None:
    got = dict(speakers(PARK))
    assert got["a waste of good land that"] == "Kate Rowe"  # "She ... by saying"
    # a cue earlier in the sentence reports the words: Pryce told the meeting
    assert got["the only sensible option."] == "Owen Pryce"


WATCHDOG = (
    "Regulator turns on celebrity chef\n"
    "Celebrity chef Nadia Brenner built an empire of cookbooks and frozen meals.\n"
    "\u201cShe sells a dream, not a diet,\u201d said Paul Whitcombe, a dietitian in Leeds.\n"
    "REGULATOR STEPS IN \u2014 Brenner\u2019s television claims earned her a hearing in "
    "March, where she was questioned for her adverts and for saying that the meals were "
    "\u201cclinically proven to melt fat.\u201d\n"
)


def test_a_possessive_opening_a_sentence_is_the_subject_its_pronouns_mean() -> None:
    # "Brenner's claims earned her a hearing, where she ... for saying": Brenner, not the
    # dietitian quoted last, though a run-in head in capitals opens the paragraph
    got = dict(speakers(WATCHDOG))
    assert got["clinically proven to melt"] == "Nadia Brenner"
    assert got["She sells a dream, not a "] == "Paul Whitcombe"


STIGMA = (
    "Old remarks return to haunt candidate\n"
    "The bill was signed by former Gov. Ray Mendes, which led his cousin and current "
    "Senate candidate Laura Mendes to make a remark that openly described the protesters "
    "as \u201cpaid agitators from out of state.\u201d\n"
    "A tweet by Rep. Sam Ortega that called the remark \u201cshameful and false\u201d was "
    "shared ten thousand times.\n"
    "Ray Mendes issued a statement on Friday that called the tweet \u201ca cheap shot "
    "from a desperate man.\u201d\n"
)


def test_a_comment_that_described_is_the_words_of_whoever_made_it() -> None:
    got = dict(speakers(STIGMA))
    assert got["paid agitators from out o"] == "Laura Mendes"  # "to make a remark that"
    assert got["shameful and false"] == "Sam Ortega"  # "a tweet by Rep. Sam Ortega that"
    assert got["a cheap shot from a despe"] == "Ray Mendes"  # "issued a statement ... that"


TOWN_HALL = (
    "Governor takes questions from veterans\n"
    "Gov. Alan Pryor answered a Silver Cross widow at a town hall on Thursday.\n"
    "\u201cWe owe these families more than a flag and a letter,\u201d the governor said.\n"
    "The Harbor City council voted to close the Elm Street library on Tuesday.\n"
    "\u201cWe simply cannot afford two buildings this year,\u201d the council said.\n"
)


def test_a_description_is_a_person_whom_the_text_gave_that_role() -> None:
    got = dict(speakers(TOWN_HALL))
    # "Gov. Alan Pryor answered a Silver Cross widow": the governor is Pryor, the name
    # after him does not take his title
    assert got["We owe these families mor"] == "Alan Pryor"
    # a council is a body: not "Elm Street", named in the council's sentence; the body
    # as the text named it, no person's id
    assert got["We simply cannot afford t"] == "the Harbor City council"  # as named
    assert {s.speaker_id for s in extract_text(TOWN_HALL).statements} == {"pryor", None}


FARM_BILL = (
    "Senators clash over farm bill\n"
    "Sen. Mark Doyle (R-Ohio) said the bill was \u201ca gift to agribusiness.\u201d\n"
    "\u201cFarmers deserve better than this,\u201d reads a statement from Rep. Julia Banks.\n"
    "The letter, signed by Gov. Eva Lind, said the cuts would \u201cdevastate rural "
    "schools.\u201d\n"
)


def test_a_document_speaks_for_whom_it_comes_from() -> None:
    got = dict(speakers(FARM_BILL))
    assert got["Farmers deserve better tha"[:25]] == "Julia Banks"  # not Doyle, quoted before
    assert got["devastate rural schools."] == "Eva Lind"


DEBATE = (
    "Debate night\n"
    "\u201cWe won tonight,\u201d said Karen Ellison after the debate.\n"
    "Political analyst Joan Ruiz watched from the back of the hall. \u201cNeither of them "
    "talked to the middle,\u201d she said.\n"
    "Ruiz said both candidates were \u201cplaying to their base.\u201d \u201cAnd the middle "
    "decides this race,\u201d she said.\n"
)


def test_a_role_opening_a_sentence_and_a_quote_after_a_closed_one() -> None:
    st = extract_text(DEBATE).statements
    got = {s.quote[:25]: s.speaker for s in st}
    # "Political analyst Joan Ruiz": the capital is the sentence's, Ruiz is its subject
    assert got["Neither of them talked to"] == "Joan Ruiz"
    # a quotation closing its sentence ('were "playing to their base."') is not one
    # quotation with the next: each has its own cue
    assert got["playing to their base."] == "Joan Ruiz"
    assert got["And the middle decides th"] == "Joan Ruiz"
    assert len(st) == 4


BARBS = (
    "Candidates trade barbs\n"
    "Mayor Victor Lam hit back within the hour. \u201cKaren Ellison voted against every "
    "school budget for ten years,\u201d Lam wrote.\n"
    "Ellison\u2019s response came the next morning: \u201cThe record speaks for itself.\u201d\n"
    "\u201cA sad day for this city.\u201d That was how Lam described the exchange.\n"
    "\u201cNobody wins a race like this one.\u201d So said Ellison, on her way out.\n"
)


def test_a_colon_or_the_sentence_after_a_quote_can_name_its_speaker() -> None:
    got = dict(speakers(BARBS))
    assert got["The record speaks for its"] == "Karen Ellison"  # "Ellison's response ...:"
    assert got["A sad day for this city."] == "Victor Lam"  # "That was how Lam described"
    assert got["Nobody wins a race like t"] == "Karen Ellison"  # "So said Ellison"


RALLY = (
    "Rally draws thousands\n"
    "Rival Maria Castell spoke in Dayton on Friday. \u201cThis city deserves better,\u201d "
    "Castell said.\n"
    "Spokeswoman Jenna Pruitt said the crowd was \u201cthe biggest of the year.\u201d\n"
    "Her rival and his spokeswoman both stayed home.\n"
    "Bill Horne, the city\u2019s oldest voter, brought a copy of the tax bill.\n"
    "\u201cI have voted in every election since 1948,\u201d Horne said.\n"
)


def test_a_common_word_glued_before_a_name_is_no_part_of_it() -> None:
    names = {p.name for p in extract_text(RALLY).people}
    assert {"Maria Castell", "Jenna Pruitt"} <= names
    assert "Bill Horne" in names  # "bill" is a word of the text, but "Horne" alone is no name


TALKS = (
    "Talks resume in Geneva\n"
    "Secretary of State Ellen Price met her counterpart on Monday. She said the talks "
    "were \u201cproductive and frank.\u201d\n"
    "U.S. Attorney Preet Kalra said the case was \u201cfar from over.\u201d\n"
    "Officials in Geneva said little.\n"
)


def test_an_office_named_with_of_is_part_of_the_title() -> None:
    got = dict(speakers(TALKS))
    assert got["productive and frank."] == "Ellen Price"  # "Secretary of State" is a title
    assert got["far from over."] == "Preet Kalra"  # "U.S. Attorney" is a title, not a name


VOTERS = (
    "Voters weigh in\n"
    "Tom Reed said in a phone interview that the law was \u201cunfair.\u201d\n"
    "\u201cWe are tired of waiting,\u201d Ana Ruiz, 45, a retired teacher from Toledo who "
    "voted twice for the mayor, said.\n"
)


def test_an_age_and_a_role_between_a_name_and_its_cue() -> None:
    assert dict(speakers(VOTERS))["We are tired of waiting"] == "Ana Ruiz"


BUSES = (
    "School budget passes\n"
    "Board member James Carter questioned the cost of the new buses.\n"
    "The mayor, Frank Ortiz, praised the superintendent. \u201cShe has done a remarkable "
    "job,\u201d he said.\n"
    "\u201cNobody expected this,\u201d Carter told the Star on Wednesday.\n"
    "He added that the board would \u201ckeep a close eye on the numbers.\u201d\n"
)


def test_he_after_a_quotation_is_its_speaker_not_an_earlier_subject() -> None:
    # "He added" opens the paragraph after Carter's quotation: Carter, not the mayor
    got = dict(speakers(BUSES))
    assert got["keep a close eye on the n"] == "James Carter"
    assert got["She has done a remarkable"] == "Frank Ortiz"


def test_a_passive_cue_names_its_speaker_after_by() -> None:
    text = ("Merger talks collapse\n"
            "Mark Hill was told by Paula Stone that the offer was \u201cfinal and not open "
            "to debate.\u201d\n")
    assert dict(speakers(text))["final and not open to deb"] == "Paula Stone"


BLAST = (
    "Explosion in the harbor district\n"
    "Fire Commissioner Sean Doyle said crews reached the pier in minutes. Doyle said "
    "the cause was \u201cstill under investigation.\u201d\n"
    "Before officials had given any explanation, and while crews were still at work, "
    "Republican candidate Donald Brandt said at a rally that \u201ca bomb\u201d had gone off.\n"
    "\u201cI must tell you that nobody knows what is going on down there,\u201d he said.\n"
)


def test_he_is_the_subject_of_the_last_cue_whatever_phrase_opens_its_sentence() -> None:
    # "Before ..., and while ..., Republican candidate Donald Brandt said": Brandt is the
    # subject of that cue, so "he said" in the next paragraph is his, not Doyle's
    got = dict(speakers(BLAST))
    assert got["I must tell you that nobo"] == "Donald Brandt"
    assert got["still under investigation"] == "Sean Doyle"


def test_a_long_rank_before_a_name_is_a_title() -> None:
    text = ("General speaks out\n"
            "Retired U.S. Air Force Gen. Norman Hale spoke to the host on Monday.\n"
            "\u201cNow that I have retired, I can say it plainly,\u201d he told the host.\n")
    assert dict(speakers(text))["Now that I have retired, "] == "Norman Hale"
    assert clean_name("Army Lt. Col. Anne Ruiz") == ("Col. Anne Ruiz", ["Anne", "Ruiz"])


LEAKS = (
    "Water board admits leak figures were too low\n"
    "The regional water board said on Monday that it had undercounted leaks for three years. "
    "Its chief executive, Dr Samuel Reyes, told reporters the figures would be corrected.\n"
    "Fiona Baird, who chairs the consumers\u2019 panel, said the board had \u201cmisled every "
    "household in the county.\u201d The panel\u2019s lawyer, Peter Hume, said it would go to "
    "court.\n"
    "Reyes said the board's count included only pipes it owned. \u201cWe never counted the "
    "private mains,\u201d he said. \u201cThat was a mistake and we own it.\u201d\n"
)


def test_he_is_the_surname_opening_the_paragraph_before_a_cue() -> None:
    draft = extract_text(LEAKS)
    got = speakers(LEAKS)
    assert got[0] == ("misled every household in", "Fiona Baird")
    # not the woman named before, nor the man named last: the paragraph's subject
    assert got[1] == ("We never counted the priv", "Samuel Reyes")
    reyes = [p for p in draft.people if p.name == "Samuel Reyes"]
    assert reyes and "Dr Samuel Reyes" in reyes[0].aliases


def test_a_pronoun_never_goes_to_a_person_whose_given_name_says_otherwise() -> None:
    text = (
        "Ferry service cut\n"
        "Siobhan Keane, the port manager, announced the cuts on Friday.\n"
        "\u201cWe cannot run boats with no crews,\u201d he said.\n"
    )
    assert speakers(text) == [("We cannot run boats with ", None)]  # no man was named


def test_a_surname_whose_full_name_says_she_is_not_he() -> None:
    text = (
        "Library hours cut\n"
        "The city librarian, Fiona Lusk, spoke first. Council leader Graham Ward replied.\n"
        "Lusk said the branch budget had fallen by a third. \u201cWe open four days a week "
        "now,\u201d he said.\n"
    )
    assert speakers(text)[0][1] == "Graham Ward"


def test_a_name_in_apposition_after_the_cue_and_a_description() -> None:
    text = (
        "Charity warns of winter shortfall\n"
        "The food bank network expects demand to double this winter.\n"
        "\u201cWe have never seen queues like these,\u201d said its director, Colin Marsh.\n"
        "\u201cThe shelves are empty by noon,\u201d said the group\u2019s director, Colin "
        "Marsh, who has run it since 2009.\n"
        "\u201cVolunteers are exhausted,\u201d said its chairwoman, Ann Poole.\n"
        "\u201cWe need vans more than money,\u201d said a volunteer, Tom Ash, in Leeds.\n"
        "\u201cIt is grim,\u201d said the director, adding that \u201cnobody is coming.\u201d\n"
    )
    got = speakers(text)
    assert [who for _q, who in got[:4]] == ["Colin Marsh", "Colin Marsh", "Ann Poole",
                                            "Tom Ash"]
    assert got[4][1] != "Tom Ash"  # a description with no name after it is not the last name


def test_the_surname_subject_holds_with_an_aside_or_a_given_name_of_unknown_sex() -> None:
    unknown = LEAKS.replace("Dr Samuel Reyes", "Dr Tomasz Reyes")
    assert speakers(unknown)[1][1] == "Tomasz Reyes"  # unknown sex fits "he"
    aside = LEAKS.replace("Reyes said the board", "Reyes, however, said the board")
    assert speakers(aside)[1][1] == "Samuel Reyes"
    admitted = LEAKS.replace("Reyes said the board", "Reyes has admitted the board")
    assert speakers(admitted)[1][1] == "Samuel Reyes"  # any cue of the lexicon
    woman = LEAKS.replace("Dr Samuel Reyes", "Dr Susan Reyes")
    assert speakers(woman)[1][1] == "Peter Hume"  # "he" is not Susan Reyes


def test_a_possessive_organisation_before_the_apposed_name() -> None:
    text = (
        "Charity warns of winter shortfall\n"
        "The network expects demand to double this winter.\n"
        "\u201cWe have never seen queues like these,\u201d said Food Aid Scotland\u2019s "
        "director, Colin Marsh.\n"
        "\u201cNobody has asked us,\u201d said Acme\u2019s chief executive, Dr Ann Poole.\n"
    )
    assert [who for _q, who in speakers(text)] == ["Colin Marsh", "Ann Poole"]


def test_a_description_before_a_name_gives_the_role_a_later_description_means() -> None:
    text = (
        "Charity warns of winter shortfall\n"
        "The network expects demand to double this winter.\n"
        "\u201cWe have never seen queues like these,\u201d said its director, Colin Marsh.\n"
        "The city\u2019s treasurer, Ann Poole, was not at the launch.\n"
        "\u201cIt is grim out there this year,\u201d the director said.\n"
        "\u201cThe budget has no room for it,\u201d the treasurer said.\n"
    )
    assert [who for _q, who in speakers(text)] == ["Colin Marsh", "Colin Marsh", "Ann Poole"]


def test_a_description_of_several_lower_case_words_before_its_cue() -> None:
    text = (
        "Water board admits leak figures were too low\n"
        "Its chief executive, Dr Samuel Reyes, was not at the hearing.\n"
        "\u201cWe will fix every meter by the spring,\u201d the chief executive said in a "
        "statement.\n"
        "\u201cThe rise in bills is a separate question,\u201d the chief executive also said.\n"
    )
    assert [who for _q, who in speakers(text)] == ["Samuel Reyes", "Samuel Reyes"]


def test_the_description_before_a_name_becomes_the_persons_note() -> None:
    text = (
        "Charity warns of winter shortfall\n"
        "The network expects demand to double this winter.\n"
        "\u201cWe have never seen queues like these,\u201d said the group\u2019s director, "
        "Colin Marsh.\n"
    )
    people = {p.name: p.description for p in extract_text(text).people}
    assert people == {"Colin Marsh": "the group\u2019s director"}


MARCH = (
    "Students march on city hall\n"
    "\u201cThe library is the only quiet place we have,\u201d said Maria Lopez, a teacher.\n"
    "Young people said: \u201cNobody asked us before they closed it.\u201d\n"
    "Council supporters told reporters the cuts were \u201cpainful but necessary for the "
    "budget.\u201d\n"
    "Young people were angry. \u201cIt is a disgrace and we will be back,\u201d she said.\n"
)


def test_a_capitalised_word_before_a_group_noun_is_no_speaker() -> None:
    statements = extract_text(MARCH).statements
    got = {s.quote[:20]: (s.speaker, s.speaker_id) for s in statements}
    # the group as written, no person called "Young" or "Council"
    assert got["Nobody asked us befo"] == ("Young people", None)
    assert got["painful but necessar"] == ("Council supporters", None)
    # so "she" cannot mean a "Young": the woman named before
    assert got["It is a disgrace and"] == ("Maria Lopez", "lopez")
    assert [p.name for p in extract_text(MARCH).people] == ["Maria Lopez"]


def test_a_surname_before_a_verb_is_still_a_speaker() -> None:
    text = ("Mayor\nAnn Lee spoke first.\n"
            "Lee insists: \u201cthe library stays open while I am mayor.\u201d\n")
    [st] = extract_text(text).statements
    assert st.speaker == "Ann Lee"


PLANT = (
    "Chemical plant fined over leak\n"
    "\u201cWe will appeal this decision in the strongest terms,\u201d a spokesman for the "
    "company said.\n"
    "A lawyer for Mr. Dale Hume said: \u201cOur client did nothing wrong at any point.\u201d\n"
    "The former mayor and state senator said the fine was \u201ca slap on the wrist for a "
    "company this size.\u201d\n"
    "The inspector in a statement said the leak was \u201centirely avoidable with basic "
    "maintenance.\u201d\n"
    "Ann Cole unleashed a series of posts on Friday saying the plant was \u201ca danger to "
    "every child in the valley.\u201d\n"
)


def test_a_description_with_a_phrase_after_its_noun_is_its_cues_subject() -> None:
    got = {s.quote[:20]: (s.speaker, s.speaker_id) for s in extract_text(PLANT).statements}
    # unnamed speakers, as the text describes them (the first was no statement at all)
    assert got["We will appeal this "] == ("a spokesman for the company", None)
    # the lawyer speaks, not the client named in the phrase
    assert got["Our client did nothi"] == ("A lawyer for Mr. Dale Hume", None)
    assert got["a slap on the wrist "] == ("The former mayor and state senator", None)
    # "in a statement" is the occasion, not part of who speaks
    assert got["entirely avoidable w"] == ("The inspector", None)
    # an object before a participle is not its subject: Cole's posts say it
    assert got["a danger to every ch"] == ("Ann Cole", "cole")


def test_a_title_after_a_possessive_or_preposition_is_nobodys_statement() -> None:
    text = ("Race tightens\n"
            "Speaking on WXTV\u2019s \u201cCapitol Week,\u201d a senior adviser to the campaign "
            "said the race was close.\n"
            "In an interview with \u201cMorning Desk,\u201d Ann Cole said she would win.\n"
            "\u201cAbsolutely Shameful,\u201d Ann Cole said of the ad.\n")
    assert [s.quote for s in extract_text(text).statements] == ["Absolutely Shameful"]


TRIAL = (
    "Mayor charged over contracts\n"
    "Ann Cole\u2019s lawyer said the charges were \u201cpolitically motivated from start to "
    "finish.\u201d\n"
    "\u201cShe will be cleared,\u201d Ann Cole\u2019s campaign manager told reporters.\n"
    "Judge Omar Hadid\u2019s clerk is calling the case \u201cthe busiest of the year.\u201d\n"
    "The prosecutor outlined the evidence and vowed to expose \u201ca culture of kickbacks "
    "at city hall.\u201d\n"
    "He\u2019s claiming the mayor \u201cknew about every single payment.\u201d\n"
)


def test_a_role_after_a_possessive_name_is_the_speaker_not_the_name() -> None:
    got = {s.quote[:20]: (s.speaker, s.speaker_id) for s in extract_text(TRIAL).statements}
    assert got["politically motivate"] == ("Ann Cole\u2019s lawyer", None)
    assert got["She will be cleared"] == ("Ann Cole\u2019s campaign manager", None)
    assert got["the busiest of the y"] == ("Judge Omar Hadid\u2019s clerk", None)


def test_a_cue_word_after_a_determiner_is_a_noun() -> None:
    st = next(s for s in extract_text(TRIAL).statements if s.quote.startswith("politically"))
    assert st.cue == "Ann Cole\u2019s lawyer said"  # not "charges" ("the charges were")
    # but "He's claiming" is "he is claiming": a verb
    st = next(s for s in extract_text(TRIAL).statements if s.quote.startswith("knew"))
    assert st.cue is not None and "claiming" in st.cue


def test_a_cue_after_and_shares_the_sentences_subject() -> None:
    st = next(s for s in extract_text(TRIAL).statements if s.quote.startswith("a culture"))
    assert st.speaker == "The prosecutor"
    assert st.cue is not None and st.cue.endswith("vowed")


WARD = (
    "Parking charges anger families\n"
    "One mother, whose son has been on the ward since March, said: \u201cI have spent more "
    "on parking than on food.\u201d\n"
    "\u201cWe were never told about the rise,\u201d a nurse, who asked not to be named, said.\n"
    "Staff at the hospital, which opened in 1998, said the car park was \u201cfull by eight "
    "every morning.\u201d\n"
    "Sanders on Monday said the charges were \u201ca tax on the sick.\u201d\n"
)


def test_a_description_with_its_own_clause_and_a_group_word_at_a_sentence_start() -> None:
    got = {s.quote[:20]: (s.speaker, s.speaker_id) for s in extract_text(WARD).statements}
    assert got["I have spent more on"] == ("One mother", None)
    assert got["We were never told a"] == ("a nurse", None)
    # "Staff" opening a sentence is a group, no person called Staff
    assert got["full by eight every "] == (None, None)
    # a surname that looks like a plural is still a name
    assert got["a tax on the sick."] == ("Sanders", "sanders")


def test_a_pronouns_contracted_auxiliary_and_a_cue_inside_reported_words() -> None:
    text = ("Vote count row\n"
            "Dan Pike told a rally the count was late.\n"
            "He\u2019s claiming the vote was \u201crigged from the very start.\u201d\n"
            "Ann Cole answered on Tuesday.\n"
            "She says it shows that Pike is \u201cunfit for the office he wants.\u201d\n")
    got = {s.quote[:20]: s.speaker for s in extract_text(text).statements}
    assert got["rigged from the very"] == "Dan Pike"  # "He's" is "he is"
    assert got["unfit for the office"] == "Ann Cole"  # "it shows" is what she says


MEALS = (
    "Ministers face pressure over school meals\n"
    "The Prime Minister, Sir Jim Harlow, said every pupil would get a free lunch. "
    "\u201cNo child should learn on an empty stomach,\u201d the Prime Minister said.\n"
    "A Treasury source, speaking on condition of anonymity, said the sums had \u201cnot been "
    "done at all.\u201d\n"
    "The head teacher of Hill Primary, Mrs Joan Price, was blunter. \u201cIt is about "
    "time,\u201d she said.\n"
    "\u201cIt will cost billions,\u201d according to the Institute for Fiscal Studies.\n"
    "\u201cWe will fight it all the way,\u201d said the Harlow campaign.\n"
)


def test_offices_in_capitals_bodies_after_the_and_participle_clauses() -> None:
    got = {s.quote[:20]: (s.speaker, s.speaker_id) for s in extract_text(MEALS).statements}
    # "the Prime Minister" in capitals is the person the text gave that office
    assert got["No child should lear"] == ("Jim Harlow", "harlow")
    # a description with a participle clause; no person called "Treasury"
    assert got["not been done at all"] == ("A Treasury source", None)
    # ... so "she" is the woman named last
    assert got["It is about time"] == ("Joan Price", "price")
    # a body after "the" is a body, not a person called "Institute" or "Harlow"
    assert got["It will cost billion"] == ("the Institute for Fiscal Studies", None)
    assert got["We will fight it all"] == ("the Harlow campaign", None)


def test_check_says_whom_the_text_gives_an_unnamed_speakers_words() -> None:
    from provenance.speech import analyse, attribute

    text = ("Plant fined\n"
            "\u201cWe will appeal this decision,\u201d a spokesman for the company said.\n")
    speech = analyse(text)
    start = text.index("We will")
    verdict = attribute(speech, start, start + len("We will appeal this decision"), None, [])
    # an empty by: agrees with a text that names nobody, and says who it does give
    assert verdict.verdict == "ok"
    assert verdict.said_by == "a spokesman for the company"


def test_a_party_member_or_office_after_the_is_a_description_not_a_name() -> None:
    text = ("Bill stalls\n"
            "Sen. Ed Marsh (D-Mass.) said the bill was \u201cdead on arrival.\u201d The "
            "Massachusetts Democrat added: \u201cNobody will vote for it.\u201d\n"
            "\u201cIt is dead,\u201d said Texas Republican Ann Lee.\n"
            "Sir Jim Harlow, the Prime Minister, spoke later.\n"
            "The Prime Minister said the vote was \u201ca matter for the house.\u201d\n")
    got = {s.quote[:20]: (s.speaker, s.speaker_id) for s in extract_text(text).statements}
    assert got["Nobody will vote for"] == ("The Massachusetts Democrat", None)
    assert got["It is dead"] == ("Ann Lee", "lee")  # not "Texas Republican Ann Lee"
    assert got["a matter for the hou"] == ("Jim Harlow", "harlow")
    assert "Massachusetts Democrat" not in {p.name for p in extract_text(text).people}


def test_an_age_as_a_description_is_the_person_the_text_gave_that_age() -> None:
    text = ("Drought\n"
            "Tom Bell, 54, a farmer from Kent County, said the drought cost him half his crop.\n"
            "\u201cWe are not giving up,\u201d the 54-year-old said.\n"
            "\u201cIt is the worst year I remember,\u201d the farmer said.\n"
            "\u201cWe need rain,\u201d said the 61-year-old.\n")
    got = {s.quote[:20]: (s.speaker, s.speaker_id) for s in extract_text(text).statements}
    assert got["We are not giving up"] == ("Tom Bell", "bell")
    assert got["It is the worst year"] == ("Tom Bell", "bell")  # the role after the age
    assert got["We need rain"] == ("the 61-year-old", None)  # nobody is 61: as written


def test_a_name_apposed_after_one_or_another_description() -> None:
    text = ("School closures\n"
            "Parents said they would appeal. \u201cWe are not done,\u201d said one father, "
            "Mike Dunn, whose daughter attends Pine Elementary.\n"
            "\u201cNor are we,\u201d said another parent, Sue Hall.\n")
    assert [s.speaker for s in extract_text(text).statements] == ["Mike Dunn", "Sue Hall"]
