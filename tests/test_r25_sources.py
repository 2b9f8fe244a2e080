"""Round 25: sources named with the body they are of, figures spelled out in a unit of
measure, a strike's or a gathering's count in each side's own words, a fact check's
claim made by a post.

Texts written for these tests (names invented); each test names the construction it
guards and failed on f6e46f0, before this round's rules, except those named as guards of
the places the rules must not fire.
"""

from __future__ import annotations

from pathlib import Path

from provenance.extract import extract_text
from provenance.numbers import scan

from .figurecases import draft_yaml
from .figurecases import figures as _figures
from .figurecases import grouped as _grouped


def test_a_person_of_a_body_is_the_person_a_later_she_stands_for() -> None:
    # "said Ilse Varga of the Quayside Traders Guild. She estimated ...": the name reader
    # took the whole of it for one body, and "she" found no woman to stand for
    body = ("Quayside market row\n\n"
            "The harbour board says 2,100 stalls traded last year.\n\n"
            '"Nobody counts the Sunday pitches," said Ilse Varga of the Quayside Traders '
            "Guild. She estimated that 3,400 stalls had traded.\n")
    assert _figures(body)["3,400 stalls"][0] == "Ilse Varga"


def test_a_titled_person_of_an_institute_gives_his_own_figure(tmp_path: Path) -> None:
    # "Dr Tomas Brevik of the Centre for Seabird Ecology said": the person, not a body (and
    # no made-up report of his in the draft)
    body = ("Seabird count disputed\n\n"
            "The island trust counted 640 puffin burrows this spring.\n\n"
            "Dr Tomas Brevik of the Centre for Seabird Ecology said the true number was "
            "nearer 900 burrows.\n")
    got = _figures(body)
    assert got["900 burrows"][0] == "Tomas Brevik"
    assert "Seabird Ecology figures" not in draft_yaml(body, tmp_path)  # (no report of his)


def test_guards_a_body_whose_own_name_holds_of() -> None:
    # guard: "the Bank of Lorne" is one body, no person of it
    body = ("Loans\n\nThe Bank of Lorne said 4,200 loans were written off.\n")
    assert _figures(body)["4,200 loans"][0] == "Bank of Lorne"


def test_a_mass_spelled_out_is_a_figure() -> None:
    # "say nineteen tonnes": small numbers spelled out were dropped as passing counts
    # ("three things"); a mass, an area, a volume or a share spelled out is a measure
    body = ("Harvest weight disputed\n\n"
            "The organisers, a co-operative known as Fenland Roots, say nineteen tonnes of "
            "apples were picked. The county council said 7.5 tonnes were weighed.\n")
    got = _figures(body)
    assert got["nineteen tonnes"][0] == "Fenland Roots"
    assert _grouped(got, "nineteen tonnes", "7.5 tonnes")


def test_guards_small_counts_and_lengths_of_time_spelled_out() -> None:
    # guard: "three skips", "two weeks" stay passing words, no figures
    body = ("Clean-up\n\nThe council said it had hired three skips and would publish "
            "its count in two weeks.\n")
    got = _figures(body)
    assert "three skips" not in got and "two weeks" not in got


def test_a_named_group_set_beside_what_it_is() -> None:
    # "The organisers, a charity called X, say": the name set beside the generic word
    body = ("Fun run numbers\n\n"
            "The organisers, a charity called Stride Together, say 5,200 runners took part. "
            "Police put the number at 3,100.\n")
    assert _figures(body)["5,200 runners"][0] == "Stride Together"


def test_guards_people_set_beside_organisers() -> None:
    # guard: people named beside "organisers" speak for themselves, no body of that name
    body = ("Fun run numbers\n\n"
            "The organisers, Jana Ruiz and Piet Olsen, say 5,200 runners took part.\n")
    assert _figures(body)["5,200 runners"][0] != "Jana Ruiz and Piet Olsen"


def test_a_strike_counted_in_each_side_s_own_words_is_one_question() -> None:
    # "6,100 members walked out" beside "between 3,500 and 4,000 dockers took industrial
    # action": one strike, whatever noun each counts by; a record "since 2011" in the
    # union's sentence is no other occasion
    body = ("Port walkout disputed\n\n"
            "The dockers' union said 6,100 members walked out at dawn, the largest walkout "
            "at the port since 2011.\n\n"
            "The port authority's inspectors estimated that between 3,500 and 4,000 dockers "
            "took industrial action.\n")
    got = _figures(body)
    assert _grouped(got, "6,100 members", "between 3,500 and 4,000")


def test_guards_a_strike_beside_a_count_of_something_else() -> None:
    # guard: workers the docks employ are no answer to how many struck
    body = ("Port walkout disputed\n\n"
            "The dockers' union said 6,100 members walked out at dawn.\n\n"
            "The port authority's inspectors estimated that between 3,500 and 4,000 dockers "
            "were employed at the docks.\n")
    got = _figures(body)
    assert not _grouped(got, "6,100 members", "between 3,500 and 4,000")


def test_a_body_s_median_is_the_body_s_figure() -> None:
    # "said the board's median of 22 weeks": the board's, though a patient says it
    body = ("Cataract delays\n\n"
            "The Linford health board says the usual wait for cataract surgery is 22 weeks. "
            "The patients' panel puts it at 35 weeks.\n\n"
            "Mrs Okoye, 70, who had her own surgery last spring, said the board's median of "
            "22 weeks \"is a fiction\".\n")
    givers = [fc.source.name if fc.source else None for fc in extract_text(body).figures
              if fc.figure.text == "22 weeks"]
    assert givers and all(g is not None and "board" in g for g in givers)


def test_an_estimate_over_a_weekend_at_a_bare_number() -> None:
    # "estimated attendance across both days at roughly 61,000": the measuring verb's
    # noun, then when, then the bare number
    body = ("Fair crowds\n\n"
            "The fair's director said 90,000 people came. Dunmore Police estimated "
            "attendance across both days at roughly 61,000.\n")
    got = _figures(body)
    assert got["roughly 61,000"][0] == "Dunmore Police"
    assert _grouped(got, "90,000 people", "roughly 61,000")


def test_days_of_a_month_are_no_range_of_people() -> None:
    # "from 12 to 14 August" was read as a range of people
    text = "The director said 90,000 people came on the days from 12 to 14 August."
    assert [f.text for f in scan(text) if f.kind == "range"] == []


def test_a_preposition_opening_a_sentence_is_no_source() -> None:
    # "Of 515 members who ..., 18 per cent": "Of" was read as a name; the poll's body
    # named in the sentence before gives the share
    body = ("Side effects\n\nThe figure nearest the post's comes from a 2022 poll by the "
            "Faint Aid Trust, a charity for patients. Of 515 members who reported trying "
            "Lumora, 18 per cent reported fainting they called frequent.\n")
    assert _figures(body)["18 per cent"][0] == "Faint Aid Trust"


def test_a_fact_check_s_claim_is_the_maker_of_the_post() -> None:
    # "CLAIM: A video ... claims 'one in four people' ...": the label is no speaker; the
    # lobby a later sentence says first posted the video made the claim
    body = ("Fact check: does the pill make one in four people faint?\n\n"
            "By Lena Forde | 2 May 2025\n\n"
            'CLAIM: A video seen a million times claims "one in four people" who take the '
            "pill faint.\n\n"
            "VERDICT: False.\n\n"
            "The video was first posted by a lobby called Pill Truth Now, which did not "
            "reply.\n\n"
            "The maker's trial found that 2 per cent of patients fainted.\n")
    got = _figures(body)
    assert got["one in four"][0] == "Pill Truth Now"


def test_a_body_s_named_spokeswoman_speaks_for_the_body() -> None:
    # "A Kestrel Foods spokeswoman said on Monday": the firm, not a generic
    # "kestrel foods spokeswoman"
    body = ("Plant closure\n\nThe union says 600 jobs will go at the Arden plant.\n\n"
            "A Kestrel Foods spokeswoman said on Monday that 340 jobs would go.\n")
    assert _figures(body)["340 jobs"][0] == "Kestrel Foods"


def test_guards_a_voice_of_a_kind_in_lower_case() -> None:
    # guard: "a police spokeswoman" names a kind, no body called "police spokeswoman"
    body = ("Crowd\n\nOrganisers say 9,000 people marched. A police spokeswoman said on "
            "Monday that 4,000 people marched.\n")
    assert _figures(body)["4,000 people"][0] != "Police"


def test_the_kind_word_after_a_named_body_s_officials_is_its_own_body() -> None:
    # "Administration officials said ... The union said": the union, not "Administration"
    body = ("Plant closure\n\nAdministration officials said 340 jobs would go. The union "
            "said the true figure was nearer 600.\n")
    assert _figures(body)["600"][0] == "union"


def test_an_estimate_from_a_body_as_a_sentence_s_subject() -> None:
    # "A second estimate, from the Coastal Aid Network, which pools ..., reckons the
    # figure is between": the network's, whatever the aside (it was the draft's guess)
    body = ("Flood toll\n\nThe ministry said 12,000 people had fled.\n\n"
            '"Nobody is counting the families who went to cousins," said Ada Lund, a '
            "relief worker in the valley.\n\n"
            "A second estimate, from the Coastal Aid Network, which pools reports from "
            "churches and clinics, reckons the figure is between 18,000 and 20,000.\n")
    got = _figures(body)
    assert got["between 18,000 and 20,000"][0] == "Coastal Aid Network"
    assert _grouped(got, "12,000 people", "between 18,000 and 20,000")
    # (read, not guessed: the draft does not flag the source as a guess to check)
    found = next(fc for fc in extract_text(body).figures
                 if fc.figure.text == "between 18,000 and 20,000")
    assert found.source is not None and not found.source.guessed


def test_a_passive_count_and_a_noun_of_its_verb_are_one_question() -> None:
    # "214 sailings were cancelled" beside "260 cancellations": one quantity written
    # as the verb after what it counts and as that verb's noun
    body = ("Ferry row\n\nThe operator said 214 sailings were cancelled this year.\n\n"
            "Figures from the harbour regulator show 260 cancellations in that "
            "year.\n")
    got = _figures(body)
    assert _grouped(got, "214 sailings", "260 cancellations")


def test_a_fact_check_s_claim_in_capitals_is_its_author_s() -> None:
    # "THE CLAIM: A post ... says": the label in capitals with its article, and the post
    # "written by <party> councillor <name>": the councillor, not the party
    body = ("Fact check: are 500 people sleeping rough in Dunhollow?\n\n"
            "By Rosa Vinter, CheckDesk\n\n"
            'THE CLAIM: A post seen widely online says "500 people sleep rough in Dunhollow '
            'every night".\n\n'
            "OUR VERDICT: False.\n\n"
            "The post was put out by Dunhollow Greens councillor Petra Lomax, who stands by "
            "it.\n\n"
            "The borough council's autumn count found 41 people sleeping rough.\n")
    assert _figures(body)["500 people"][0] == "Petra Lomax"


def test_an_office_of_the_named_after_by() -> None:
    # "An audit by the Office of the Regional Auditor ... found uptake of": the whole
    # name, "of the" inside it (it was "Office")
    body = ("Vaccine uptake\n\nThe ministry says three in four pupils had the jab.\n\n"
            "An audit by the Office of the Regional Auditor, published in May, gave uptake "
            "between 61 and 64 per cent.\n")
    assert _figures(body)["between 61 and 64 per cent"][0] == "Office of the Regional Auditor"


def test_customers_without_service_and_homes_without_power_are_one_question() -> None:
    # a utility's customers are the homes it serves: "customers were left without power",
    # "homes are in the dark" and "customers without service" answer one question
    body = ("Storm outages\n\n"
            "Lakeside Power said on Tuesday that 12,300 customers were left without power.\n\n"
            "The county emergency office said 19,000 homes were still without electricity.\n\n"
            "The state utilities board showed between 15,000 and 16,000 customers without "
            "service across the county.\n")
    got = _figures(body)
    assert _grouped(got, "12,300 customers", "19,000 homes", "between 15,000 and 16,000")


def test_a_time_fronted_without_a_comma_before_her_team() -> None:
    # "At the season's close her team counted 1,900 pups": the phrase of time with no comma
    # after it, then a possessive's people as the subject
    body = ("Seal pups\n\nFishermen say 4,000 pups were born this winter.\n\n"
            'Maja Lind walks the beach with a clicker. "It is slow work," she says.\n\n'
            "Lind, 41, is chief ranger for the Skerry Isles Trust, which runs the islands. "
            "At the season's close her team counted 1,900 pups on the beach.\n")
    got = _figures(body)
    assert got["1,900 pups"][0] == "Skerry Isles Trust"
    assert _grouped(got, "4,000 pups", "1,900 pups")


def test_figures_a_speaker_only_supposes_are_no_claim(tmp_path: Path) -> None:
    # "I don't mind if it's nine thousand or twenty thousand": figures supposed to say the
    # number does not matter; they made a stray contested question of their own
    body = ("Outage row\n\n"
            "Harbour Power said 12,300 customers were left without power. The county said "
            "19,000 homes were without electricity.\n\n"
            'Lena Ortiz, 79, has no heating. "I don\'t mind if it\'s nine thousand or twenty '
            'thousand," she said. "I mind that it is me."\n')
    got = _figures(body)
    assert got.get("nine thousand", (None,))[0] is None
    assert got.get("twenty thousand", (None,))[0] is None
    yaml = draft_yaml(body, tmp_path)
    assert "nine thousand (Lena Ortiz)" not in yaml


def test_a_body_s_short_name_is_the_body() -> None:
    # "Brightline serves ..." after "Brightline Water Company said": one body, one report
    body = ("Water cuts\n\n"
            "Brightline Water Company said 8,200 homes had no water on Sunday. The council "
            "said 11,000 homes were without water.\n\n"
            "Brightline reported 7,900 homes without water on Saturday night.\n")
    names = {fc.source.name for fc in extract_text(body).figures if fc.source is not None}
    assert "Brightline" not in names


def test_a_hyphenated_role_before_a_name_is_the_person_s() -> None:
    # 'said Fenland Roots co-founder Ada Brannock': the co-founder speaks, not her body
    body = ('Harvest row\n\nThe growers say 19 tonnes were picked.\n\n'
            '"We weighed every crate," said Fenland Roots co-founder Ada Brannock, 52.\n')
    assert [s.speaker for s in extract_text(body).statements] == ["Ada Brannock"]


def test_a_fact_check_s_label_is_nobody_who_speaks() -> None:
    # "CLAIM: A video ... claims '...'": the label was guessed as the speaker "Claim"
    body = ("Fact check: one in four?\n\n"
            'CLAIM: A video seen a million times claims "one in four people" who take the '
            "pill faint.\n\nVERDICT: False.\n")
    assert all(s.speaker != "Claim" for s in extract_text(body).statements)


def test_a_survey_that_recorded_a_count_found_it() -> None:
    # "the borough's survey recorded 455 workers at the plant": what the survey found,
    # not its sample (it was dropped as "a survey of 455 workers" is)
    body = ("Plant closure\n\nThe firm says 320 posts will be cut.\n\n"
            "The borough's 2023 jobs survey recorded 455 workers at the plant.\n")
    assert _figures(body)["455 workers"][0] is not None


def test_guards_a_survey_s_sample() -> None:
    # guard: "a survey of 455 workers" is the sample, no figure of the question
    body = ("Plant closure\n\nThe firm says 320 posts will be cut.\n\n"
            "A survey of 455 workers was carried out in May.\n")
    assert "455 workers" not in _figures(body)


def test_a_share_that_is_a_passive_s_agent() -> None:
    # "nausea was experienced by 6 per cent of those on the pill": a share of the people who
    # felt it (it was read as the size of a change, "rose by 6 per cent"), and "those on
    # the pill" are people, not a pill
    body = ("Side effects\n\nA patients' forum says a quarter of women feel sick.\n\n"
            "In the maker's study, nausea was experienced by 6 per cent of those on the pill.\n")
    got = _figures(body)
    assert got["6 per cent"][1] == "share of people"


def test_results_published_are_the_study_s_its_sentence_names() -> None:
    # "In Vantor's own study of 900 women, ..., according to findings released last May":
    # the study's maker, not a source called "findings released"
    body = ("Side effects\n\nA patients' forum says a quarter of women feel sick.\n\n"
            "In Vantor's own study of 900 women, nausea was experienced by 6 per cent of those on "
            "the pill, according to findings released last May.\n")
    assert _figures(body)["6 per cent"][0] == "Vantor"


def test_the_dead_are_no_answer_to_how_many_were_born() -> None:
    # "88 dead chicks" was a third position in "How many chicks hatched?"
    body = ("Tern chicks\n\nBirdwatchers say 3,100 chicks hatched on the spit. The reserve "
            "counted 1,700 chicks.\n\nThe Forth Bird Trust, which rings birds on the spit, "
            "recorded 88 dead chicks after a gale.\n")
    got = _figures(body)
    assert _grouped(got, "3,100 chicks", "1,700 chicks")
    assert not _grouped(got, "3,100 chicks", "88 dead chicks")


def test_a_body_at_a_university_with_a_clause_before_its_verb() -> None:
    # "The Tern Monitoring Unit from the College of Fenhurst, which ..., reckoned": the
    # unit, read (it was unsourced, or a guess when the article had another source)
    body = ("Counting the chicks.\n\n"
            "The Tern Monitoring Unit from the College of Fenhurst, which sends drones over "
            "the spit twice a week, reckoned that roughly 2,900 chicks hatched.\n")
    found = next(fc for fc in extract_text(body).figures
                 if fc.figure.text == "roughly 2,900 chicks")
    assert found.source is not None and found.source.name == "Tern Monitoring Unit"
    assert not found.source.guessed


def test_a_pronoun_run_into_its_verb_is_no_source() -> None:
    # "They've heard six months from the clinic" inside a quotation made a body called
    # "They've" the giver of a wait (a tuning article; no short text here reaches that
    # path, so the name reader is asked directly)
    from provenance.extract.figures import _make_source

    for word in ("They've", "We're", "She's", "I'd"):
        assert _make_source(word, [], "subject", 0) is None
    assert _make_source("Theyworth Trust", [], "subject", 0) is not None


def test_an_earlier_year_s_count_is_no_position() -> None:
    # "The 2022 tally put it at 58 people" in an article about 2023's count: another year's
    # figure, never a third side of the question (its source was "2022 tally")
    body = ("Rough sleeping in 2023: the count disputed\n\n"
            "The borough council's 2023 tally recorded 87 people on the streets. A housing "
            "charity says 430 people slept rough.\n\nThe 2022 tally put it at 58 people.\n")
    got = _figures(body)
    assert _grouped(got, "87 people", "430 people")
    assert not _grouped(got, "87 people", "58 people")


def test_a_question_is_not_worded_from_a_speaker_s_quotation(tmp_path: Path) -> None:
    # '"But 6 tonnes is what crossed our weighbridge," the spokesman said' named the
    # question "How many tonnes is what crossed our weighbridge?"
    body = ("Harvest weight disputed\n\n"
            "The organisers, a co-operative known as Fenland Roots, say nineteen tonnes of "
            "apples were picked on the open day.\n\n"
            '"We are glad so many came," a council spokesman said. "But 6 tonnes is what '
            'crossed our weighbridge."\n')
    yaml = draft_yaml(body, tmp_path)
    assert "is what crossed our weighbridge?" not in yaml
    assert "How many tonnes" in yaml


def test_a_similar_earlier_occasion_s_figures_are_no_positions() -> None:
    # "At a similar walkout three years ago, the union claimed 9,000 and police 3,000": that
    # occasion's figures made two more positions of today's question
    body = ("Nurses' walkout: how many struck?\n\n"
            "The nurses' union said 7,500 members walked out. Hospital managers said 2,900 "
            "nurses took industrial action.\n\n"
            "At a similar walkout three years ago, the union claimed 9,000 strikers and "
            "managers 3,000.\n")
    got = _figures(body)
    assert _grouped(got, "7,500 members", "2,900 nurses")
    assert not _grouped(got, "7,500 members", "9,000 strikers")


def test_an_estimate_with_three_words_before_it_from_a_body() -> None:
    # "The most careful outside estimate, from the Rail Audit Board, is": three words
    # before "estimate" (two were read)
    body = ("Tunnel overrun\n\nThe ministry says the tunnel is €900m over budget.\n\n"
            "The most careful outside estimate, from the Rail Audit Board, is between "
            "€1.4bn and €1.7bn.\n")
    assert _figures(body)["between €1.4bn and €1.7bn"][0] == "Rail Audit Board"


def test_a_source_s_peak_beside_its_total_is_no_second_position() -> None:
    # "put the crowd at about 52,000, peaking at 19,000 after dark": the police's peak is
    # a part of their total, not another answer of theirs
    body = ("Fair crowds\n\nThe fair's director said 90,000 people came.\n\n"
            "Dunmore Police put the crowd at about 52,000, peaking at 19,000 people after "
            "dark.\n")
    got = _figures(body)
    assert _grouped(got, "90,000 people", "about 52,000")
    assert not _grouped(got, "90,000 people", "19,000 people")
