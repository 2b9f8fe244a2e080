"""Who gives a figure (round 9, second wave): a fact check's heading before a quoted claim
("Claim: “...”") is no speaker; a transcript answer's "I'd put it at" is the turn's speaker;
"the company" is a firm the text named by a name of no known kind ("Boreal Metals opened
..."). Short texts written for these tests."""

from __future__ import annotations

from tests.figurecases import sources

BRIDGES = ("Fact-check: Do half of Ohio bridges need repair?\n\n"
           "The Check Room | By Lena Fox | Published May 2, 2025\n\n"
           "Claim: “Half of Ohio's bridges need urgent repair.”\n"
           "Our rating: False\n\n"
           "Holloway, a Democrat from Dayton, was arguing for a $900 million bond. "
           "The state transport department says 7% of bridges are in poor condition.\n\n"
           "Our ruling\n\nHolloway said half of Ohio's bridges need urgent repair. "
           "The state's data does not support that.\n")


def test_a_fact_checks_claim_label_is_no_speaker():
    got = sources(BRIDGES)
    assert "Claim" not in got.values()
    assert got["Half"] == "Holloway"


DEER = ("Radio Hour: how many deer?\n\nBroadcast Mon 3 Mar | Presenter: Anna Bell\n\n"
        "Transcript\n\n"
        "ANNA BELL: The forestry office released its survey. It estimates between 8,000 "
        "and 10,000 deer. With me is Tom Reeve from the Hunters Guild. Tom, do you accept "
        "that?\n\n"
        "TOM REEVE: Not at all, Anna. I've walked those hills for years. I'd put it at about "
        "2,500 animals, and that's generous.\n\n"
        "ANNA BELL: So you say far fewer?\n\nTOM REEVE: Yes.\n")


def test_a_contracted_first_person_in_an_answer_is_the_turns_speaker():
    assert sources(DEER)["about 2,500 animals"] == "Tom Reeve"


SMELTER = ("How much power does the Lindholm smelter use?\n\nBy Ana Ruiz\n\n"
           "Boreal Metals opened its smelter at Lindholm in 2021. It draws about 40 "
           "megawatts, most of it in winter. In a statement, the company said this was "
           "“about 6%” of the grid's capacity, and that it buys renewable power.\n\n"
           "The grid operator Nordnett says the share is closer to 15%.\n")


def test_the_company_is_the_firm_named_as_a_sentences_subject():
    assert sources(SMELTER)["about 6%"] == "Boreal Metals"
    one_word = SMELTER.replace("Boreal Metals", "VoltaForge")
    assert sources(one_word)["about 6%"] == "VoltaForge"
    # a firm that speaks in a quotation later is one of speech's people by its one word
    speaks = one_word + ("\nVoltaForge did not answer questions but said: “We publish our "
                         "use every year.”\n")
    assert sources(speaks)["about 6%"] == "VoltaForge"


WETLAND = ("How much carbon did the Mekong wetland fires release?\n\nBy Minh Tran\n\n"
           "The national forestry agency puts the release at 40 megatonnes.\n\n"
           "Then there is Delta Green Watch, a federation of village NGOs that sampled "
           "burned plots by hand. Its field survey, Ash Lines, concludes that the fires "
           "released between 90 and 120 megatonnes.\n")


def test_its_is_the_body_not_the_members_its_apposition_names():
    assert sources(WETLAND)["between 90 and 120"] == "Delta Green Watch"
    # the body described first, its name in brackets after
    bracketed = WETLAND.replace("Delta Green Watch, a federation of village NGOs that",
                                "a federation of village NGOs (Delta Green Watch) that")
    assert sources(bracketed)["between 90 and 120"] == "Delta Green Watch"


FROST = ("Frost damage to Douro vineyards disputed\n\nBy Rui Costa\n\n"
         "The regional agriculture office puts the damage at €40 million.\n\n"
         "Another estimate has come from Lusitania Mutual Insurance, which covers most "
         "growers in the valley. According to a loss survey seen by this newspaper, the "
         "damage amounts to between €70 million and €85 million. Its claims director said "
         "the survey was done by field agents.\n")


def test_an_unowned_document_is_the_body_announced_just_before():
    assert sources(FROST)["between €70 million and €85 million"] == \
        "Lusitania Mutual Insurance"


HONEY = ("How big is the fake honey trade?\n\nBy Ivo Marsh\n\n"
         "The national food standards office, which tests imported honey, takes a cautious "
         "view. Based on lab results and complaints from beekeepers, it estimates the "
         "trade at NOK 40–55 million a year. Fines issued last year came to NOK 2.4 "
         "million, the office added.\n\n"
         "At the other extreme, the Bergen consultancy Fjord Vale Analytics, in a study "
         "paid for by a group of apiarists and published in June, said losses could reach "
         "up to NOK 300m.\n")


def test_an_opening_participle_phrase_is_not_the_subject():
    # "Based on ..., it estimates": "it" is the office the paragraph opened with
    assert sources(HONEY)["40–55 million"] == "national food standards office"


def test_the_office_added_is_the_office_the_paragraph_opened_with_not_a_currency():
    assert sources(HONEY)["NOK 2.4 million"] == "national food standards office"


def test_a_second_participle_joined_by_and_stays_in_the_aside():
    assert sources(HONEY)["up to NOK 300m"] == "Fjord Vale Analytics"


def test_that_group_then_its_name_in_apposition_gives_the_figure():
    body = ("How many Leeds homes are cold?\n\nBy Ruth Dale\n\n"
            "The council says 4% of homes cannot be heated properly. Campaigners have "
            "relied on figures from a charity.\n\n"
            "That charity, Warm Homes Leeds, says on its website that about 1 in 12 homes "
            "in the city is too cold in winter.\n")
    assert sources(body)["1 in 12"] == "Warm Homes Leeds"


def test_a_report_authors_team_is_the_body_the_report_is_from():
    body = ("How much grain does the port lose?\n\nBy Omar Haddad\n\n"
            "The port authority says losses are about 2% of grain handled.\n\n"
            "Researchers at the Levant Institute of Logistics, who studied the terminal for "
            "a report published in April, found the losses were larger. The report's lead "
            "author, Dr Hana Khoury, said the port counts only spillage.\n\n"
            "Khoury's team estimated the loss at 6 per cent in a dry year.\n")
    assert sources(body)["6 per cent"] == "Levant Institute of Logistics"
    # with no body the text gives her, the team stays hers
    alone = body.replace("Researchers at the Levant Institute of Logistics, who studied",
                         "Two engineers who studied")
    assert sources(alone)["6 per cent"].endswith("Hana Khoury")


def test_a_fact_checks_claimed_by_field_names_the_claims_maker():
    body = ("Fact-check: Is one in four Welsh buses late?\n\n"
            "The Check Room | By Lena Fox | Published May 2, 2025\n\n"
            "Claim: “One in four Welsh buses runs late every day.”\n"
            "Claimed by: Councillor Gwen Pryce, in a campaign leaflet\n"
            "Our rating: Half true\n\n"
            "Transport Wales says 12% of services ran late last year.\n")
    assert sources(body)["One in four"] == "Gwen Pryce"


def test_a_colon_hands_a_quote_to_the_name_beside_its_opening_role():
    body = ("How many nurses walked out?\n\nBy Paul Ames\n\n"
            "The health board said 18% of nurses were on strike.\n\n"
            "‘The board’s figure is far too low,’ said Mary Quinlan, the larger union’s "
            "regional secretary.\n\n"
            "A second union, the Nurses Guild, put participation at 35 per cent. Its "
            "spokesman, Tomas Reilly, was blunt about the smaller number: ‘Even by our "
            "careful count, about one nurse in three was out.’\n")
    assert sources(body)["one nurse in three"] == "Tomas Reilly"


def test_the_claim_in_other_terms_is_still_its_makers():
    body = ("Fact-check: Is one in 20 Oregon homes empty?\n\n"
            "The Check Room | By Lena Fox | Published May 2, 2025\n\n"
            "Claim: “One in 20 Oregon homes sits empty.”\n"
            "Claimed by: State Rep. Carla Voss, in a radio interview\n"
            "Our rating: False\n\n"
            "Census data put the vacancy rate at 2%. Even that is well below the "
            "lawmaker's claim, which would mean 50 empty homes for every 1,000.\n\n"
            "Voss said one in 20 Oregon homes sits empty. The data do not support it.\n")
    got = sources(body)
    assert got["One in 20"] == "Carla Voss"  # the field's full name, not "Voss"
    assert next(v for k, v in got.items() if k.startswith("50")) == "Carla Voss"


def test_a_fact_checks_verdict_is_no_one_a_pronoun_means():
    from provenance.speech import analyse

    body = ("Fact-check: Do half of Ohio bridges need repair?\n\n"
            "The Check Room | By Lena Fox | Published May 2, 2025\n\n"
            "Claim: “Half of Ohio's bridges need urgent repair.”\n"
            "Claimed by: State Rep. Mara Holloway, in a floor speech on April 20\n"
            "Our rating: Mostly False\n\n"
            "Holloway, a Democrat from Dayton, was arguing for a $900 million bond. “These "
            "bridges are a danger to every family,” she told colleagues.\n")
    speakers = [st.speaker for st in analyse(body).statements]
    assert "Mostly False" not in speakers
    assert "Mara Holloway" in speakers
