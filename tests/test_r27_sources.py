"""Round 27: an unnamed voice closing a sentence speaks for the body the sentence opens
with; one workforce under several words; a third side of a dispute found past a figure
that says something else; the main question's own answers may lie further apart than the
figures it takes in.

Texts written for these tests (names invented); each test names the construction it
guards and failed on 5e91371, before this round's rules, except those named as guards of
the places the rules must not fire.
"""

from __future__ import annotations

from pathlib import Path

from provenance.extract import extract_text

from .figurecases import figures as _figures
from .figurecases import grouped as _grouped
from .figurecases import questions as _questions

MARCH = "March dispute\n\nOrganisers said 60,000 people marched through Carrow.\n\n"


def test_a_spokesman_closing_the_sentence_speaks_for_its_subject() -> None:
    # "Carrow Police estimated the crowd at 18,500, a spokesman said": the police's figure,
    # given by their voice; before, the source was "spokesman", a side no reader can place
    got = _figures(MARCH + "Carrow Police estimated the crowd at 18,500, a spokesman said.\n")
    assert got["18,500"][0] == "Carrow Police"
    assert _grouped(got, "60,000 people", "18,500")


def test_a_spokeswoman_for_a_body_in_lower_case_or_one_word() -> None:
    # the subject may be a body named by one word or by its kind
    got = _figures(MARCH + "Police estimated the crowd at 18,500, a spokeswoman said on "
                   "Sunday.\n")
    assert got["18,500"][0] == "police"
    got = _figures(MARCH + "The Carrow Traders Association estimated the crowd at 25,000, "
                   "a spokesperson said.\n")
    assert got["25,000"][0] == "Carrow Traders Association"


def test_guards_a_spokesman_of_a_sentence_with_no_body_stays() -> None:
    # guard: "About 30,000 people took part, a spokesperson said" names no body before the
    # voice: the voice stays the source (passes on 5e91371 too)
    got = _figures(MARCH + "About 30,000 people took part, a spokesperson said.\n")
    assert got["About 30,000 people"][0] == "spokesperson"


STRIKE = "Strike dispute\n\nPolice said 1,500 workers joined the strike.\n\n"


def test_one_workforce_in_three_words_is_one_question(tmp_path: Path) -> None:
    # "1,500 workers joined the strike", "the number of strikers", "900 staff walked out":
    # three sides of one count, each in its source's word; before, the police's side was
    # left out of the question
    body = STRIKE + ("The union puts the number of strikers at between 3,000 and 4,000.\n\n"
                     "The employer said about 900 staff walked out.\n")
    got = _figures(body)
    assert _grouped(got, "1,500 workers", "between 3,000 and 4,000", "about 900 staff")
    (positions,) = _questions(body, tmp_path).values()
    assert len(positions) == 3


def test_a_third_side_past_a_figure_that_says_something_else() -> None:
    # the employer's "900 staff walked out" answers the police's "workers joined the
    # strike", past the union's turnout figure in between (a gathering, not the strike)
    body = STRIKE + ("The union estimates turnout at between 3,000 and 4,000 people.\n\n"
                     "The employer said about 900 staff walked out.\n")
    got = _figures(body)
    assert _grouped(got, "1,500 workers", "about 900 staff")


def test_guards_workers_and_nurses_stay_apart() -> None:
    # guard: two trades are two counts ("nurses" beside "doctors"). Round 34 changed the
    # rest of this guard: in a strike story of one trade, a trust's "400 staff walked out"
    # and a union's "1,100 nurses were on strike" are one count of strikers, as the writers
    # of two batches nobody tuned to annotated it ("6,400 staff absent on strike grounds"
    # beside a nurses' union's 18,000)
    body = ("Hospital dispute\n\nThe trust said 400 staff walked out on Monday.\n\n"
            "The union said 1,100 nurses were on strike.\n")
    assert _grouped(_figures(body), "400 staff", "1,100 nurses")
    two = ("Hospital dispute\n\nThe trust said 300 doctors walked out on Monday. The BMA "
           "said 900 doctors were on strike.\n\nThe union said 1,100 nurses were on strike. "
           "The trust put the number of nurses on strike at 600.\n")
    assert not _grouped(_figures(two), "300 doctors", "1,100 nurses")


def test_a_day_of_the_week_is_the_events_own_and_a_year_before_stays_out() -> None:
    # "joined the strike at the plant on Monday": the day the event happened, which sides
    # that name no day may be of (before, the police's side was left out as of "another
    # occasion"); "In 2019, 12,000 workers joined a strike" (the headline: 2026) stays out,
    # and "on Monday. The union puts" is no body called "Monday union"
    body = ("Carrow plant strike, March 2026: how many walked out\n\nPolice said 1,500 workers "
            "joined the strike at the plant on Monday. The union puts the number of strikers "
            "at 4,200.\n\nThe employer said about 900 staff walked out.\n\nIn 2019, 12,000 "
            "workers joined a strike at the same plant, the union said.\n")
    got = _figures(body)
    assert _grouped(got, "1,500 workers", "4,200", "about 900 staff")
    assert got["12,000 workers"][2] is None
    assert got["4,200"][0] == "union"


def test_guards_days_apart_stay_apart() -> None:
    # guard: "on Monday" beside "on Tuesday" are two occasions (passes on 5e91371 too)
    body = ("Strike dispute\n\nThe union said 4,000 workers walked out on Monday. Police "
            "said 3,100 workers joined the strike on Monday.\n\nThe employer said 900 staff "
            "were on strike on Tuesday.\n")
    got = _figures(body)
    assert _grouped(got, "4,000 workers", "3,100 workers")
    assert not _grouped(got, "4,000 workers", "900 staff")


OUTAGE = ("Ice storm outages\n\nHollis Power & Light said on Wednesday that 8,200 customers "
          "remained without electricity.\n\nCounty emergency manager Rita Okonjo said her crews "
          "counted closer to 14,000 households in the dark.\n\n")


def test_accounts_still_off_are_homes_off_supply() -> None:
    # "roughly 11,000 accounts were still off as of Thursday": off, said of what a utility
    # supplies, is off supply; before, the regulator's count stayed out of the question
    got = _figures(OUTAGE + "According to the state Public Utility Commission, roughly 11,000 "
                   "accounts were still off as of Thursday morning.\n")
    assert _grouped(got, "8,200 customers", "14,000 households", "roughly 11,000 accounts")


def test_another_count_is_an_addition_not_a_side() -> None:
    # "showed another 2,300 customers without power": more homes off supply, beside the
    # count; before, it was drawn as a fourth side of the dispute
    got = _figures(OUTAGE + "A spokesman for the Hollis Rural Electric Cooperative said its own "
                   "outage map showed another 2,300 customers without power.\n")
    assert _grouped(got, "8,200 customers", "14,000 households")
    assert got["2,300 customers"][2] is None


def test_a_cooperatives_members_without_power_are_a_side() -> None:
    # the same members, with no "another", are the co-operative's count of homes off
    # supply (its members are its customers); before, "members" stayed out
    got = _figures(OUTAGE + "The Hollis Rural Electric Cooperative said 2,300 members were "
                   "without power.\n")
    assert _grouped(got, "8,200 customers", "14,000 households", "2,300 members")


def test_she_is_the_person_the_sentence_before_names() -> None:
    # "The Forestry Service's incident commander, Priya Nandakumar, said ... She said the
    # fire had destroyed 37 homes": the person named just before, though no quotation of
    # hers made her one the speech engine knows; before, "she" was the brigade captain
    # quoted a paragraph earlier
    body = ("Fire dispute\n\nThe fire has burned about 12,400 hectares, the state Forestry "
            "Service said. \"The maps are behind,\" said brigade captain Owen Hartley.\n\nThe "
            "Forestry Service's incident commander, Priya Nandakumar, said the agency would "
            "update its estimate on Monday. She said the fire had destroyed 37 homes.\n")
    assert _figures(body)["37 homes"][0] == "Priya Nandakumar"


def test_a_utilitys_revision_of_its_customers_off_supply_is_no_side() -> None:
    # "Brannel Energy said ... 8,200 customers ... Brannel Energy later revised its figure
    # to 9,100": customers off supply are homes before the revisions are read, so the
    # company's first figure is its own revised one, no side. Before, the two were of
    # different quantities when the revisions were read, and both were sides.
    body = ("Outage dispute\n\nBrannel Energy said on Wednesday that 8,200 customers remained "
            "without electricity.\n\nCounty emergency manager Rita Okonjo disputed that. \"We "
            "count closer to 14,000 households,\" she told reporters.\n\nBrannel Energy later "
            "revised its figure to 9,100, citing meters that had failed to report.\n")
    fcs = {fc.figure.text: fc for fc in extract_text(body).figures}
    assert fcs["8,200 customers"].revised
    assert fcs["9,100"].group is not None and fcs["9,100"].group == fcs["14,000 households"].group


def test_a_name_with_an_ampersand_is_a_body_not_a_person() -> None:
    # "Hollis Power & Light said": no person's name has "&"; before, the draft listed the
    # utility among its people
    ex = extract_text("Outage\n\nHollis Power & Light said on Wednesday that 8,200 customers "
                      "remained without electricity. \"It is bad,\" said Rita Okonjo.\n")
    assert [p.name for p in ex.people] == ["Rita Okonjo"]
    (fc,) = ex.figures
    assert fc.source is not None and fc.source.kind == "organisation"


def test_the_carrier_is_the_airline_named_air() -> None:
    # "Skyline Air cancelled 240 flights ..., the carrier said": an airline's name may end
    # in "Air"; before, the source was "the carrier"
    got = _figures("Flights row\n\nSkyline Air cancelled 240 flights over the weekend, the "
                   "carrier said on Tuesday.\n\nFlyFair said at least 412 flights had been "
                   "scrapped.\n")
    assert got["240 flights"][0] == "Skyline Air"


def test_brigades_are_a_source() -> None:
    # "Local volunteer brigades, who ..., believe the true figure is closer to 18,000
    # hectares": crews of the emergency services give figures as other groups do; before,
    # the figure was the article's own
    got = _figures("Fire dispute\n\nThe fire has burned about 12,400 hectares, the state "
                   "Forestry Service said.\n\nLocal volunteer brigades, who have been on the "
                   "fire lines since Tuesday, believe the true figure is closer to 18,000 "
                   "hectares.\n")
    assert got["18,000 hectares"][0] == "local volunteer brigades"
    assert _grouped(got, "about 12,400 hectares", "18,000 hectares")


def test_a_headlines_second_clause_has_its_own_subject_with_no_article() -> None:
    # "Union says 4,000 struck, employer says 900": headline English drops the article;
    # before, both figures were the union's and "struck" was what 4,000 counted
    got = _figures("Union says 4,000 struck, employer says 900\n\nThe union said 4,000 "
                   "workers struck. The employer said 900 staff walked out.\n")
    assert got["900"][0] == "employer"
    assert got["4,000"][0] == "Union"


def test_a_past_tense_verb_after_a_count_is_no_unit() -> None:
    # "4,000 struck", "about 300 fought": the irregular past tense says what they did
    from provenance.numbers import scan

    for verb in ("struck", "fought", "sang", "flew"):
        (f,) = scan(f"Union says 4,000 {verb} on Monday", bare=True)
        assert f.unit is None, verb
    (f,) = scan("It cost 4,000 won", bare=True)  # guard: a currency keeps its unit
    assert f.unit is not None
    (f,) = scan("The union said 900 paid staff would go", bare=True)  # guard: a participle
    assert f.unit == "paid staff"  # before a counted noun is its adjective


def test_a_year_labelling_a_noun_after_over_is_no_count() -> None:
    # "at odds over 2025 toll": "over" is a preposition, the year labels the toll; before,
    # "over 2025 toll" was a count of deaths
    from provenance.numbers import scan

    (f,) = scan("County and coroner at odds over 2025 toll", bare=True)
    assert f.kind == "year" and f.text == "2025"
    for guard in ("Police said over 2025 people marched", "over 2000 children were moved",
                  "over 2000 local residents"):  # guards: counts
        (f,) = scan(guard, bare=True)
        assert f.kind == "count", guard


OVERDOSE = ("County and coroner at odds over 2025 toll\n\nRidgefield County recorded 212 "
            "overdose deaths last year, according to figures released by the county health "
            "department.\n\nBut the county coroner, Dr. Alan Mbeki, says the real number is "
            "higher. \"We signed 268 death certificates where an opioid was a contributing "
            "cause,\" Mbeki said.\n\nA third count, from the state Department of Public Health, "
            "puts the 2025 total at 241.\n\nHarm-reduction charity SafeHarbor said its outreach "
            "workers had reversed 1,140 overdoses with naloxone in 2025.\n")


def test_overdose_deaths_are_deaths_and_death_certificates_count_them() -> None:
    # "212 overdose deaths" beside "reversed 1,140 overdoses": a cause of death, not those
    # who died (before, the reversals became a side); "268 death certificates" are the
    # coroner's count of the deaths (before, a question of certificates of its own)
    got = _figures(OVERDOSE)
    assert _grouped(got, "212 overdose deaths", "268 death certificates", "241")
    assert got["1,140 overdoses"][2] is None
    assert "over 2025 toll" not in got


COOP = ("Outages\n\nTri-Valley Electric Cooperative said Friday that roughly 6,400 homes remained "
        "without electricity. The co-op had initially reported 4,200 homes affected on "
        "Thursday but revised that figure upward.\n\n\"By our count it's closer to eleven "
        "thousand homes,\" said county commissioner Wade Pruitt.\n\nPruitt said the co-op's "
        "count still didn't include about 300 homes along Route 9 where a substation was "
        "damaged.\n")


def test_what_a_count_leaves_out_is_no_side() -> None:
    # "its count still didn't include about 300 homes along Route 9": a part the count
    # misses, not the commissioner's answer; before, it was drawn as a fourth side
    got = _figures(COOP)
    assert _grouped(got, "roughly 6,400 homes", "eleven thousand homes")
    assert got["about 300 homes"][2] is None


def test_the_co_op_is_the_cooperative_named_before() -> None:
    # "The co-op had initially reported 4,200 homes ... but revised that figure": the
    # cooperative, whose first figure it revised; before, the figure had no source
    fcs = {fc.figure.text: fc for fc in extract_text(COOP).figures}
    first = fcs["4,200 homes"]
    assert first.source is not None and first.source.name == "Tri-Valley Electric Cooperative"
    assert first.revised


def test_guards_a_spokesman_speaks_for_his_own_sentences_subject_only() -> None:
    # guard: "Union leaders claimed 4,000 ..., but the employer disputed that. Only 900
    # staff joined the strike, a spokesman said": the paragraph's first body is no voice of
    # the spokesman's (a reviewer's case; passes on 5e91371 too)
    got = _figures("Strike\n\nUnion leaders claimed 4,000 workers had walked out, but the "
                   "employer disputed that. Only 900 staff joined the strike, a spokesman "
                   "said.\n")
    assert got["Only 900 staff"][0] != "Union"


def test_guards_off_work_is_no_outage() -> None:
    # guard: "4,000 members were still off work" are no homes off supply
    got = _figures("Strike\n\nThe union said 4,000 members were still off work on Wednesday. "
                   "The education authority said about 2,500 members were off.\n")
    assert got["4,000 members"][1] != "home"


def test_a_question_mark_is_no_part_of_what_a_figure_counts() -> None:
    # a headline that asks ("... of patients?") names patients: before, "patients?" was a
    # quantity of its own, so its figure and the body's "2.4% of patients" were two
    # questions (the draft's question text is made from this noun)
    from provenance.extract.figures import _norm_noun

    assert _norm_noun("patients?") == _norm_noun("patients") == "patient"


def test_a_speakers_own_count_is_named_by_whose_it_is(tmp_path: Path) -> None:
    # "By our count it's closer to 11,000 homes," said Wade Pruitt: the draft's work is his
    # count, by its maker's name; before, a work titled "Our count", which names no one
    from .figurecases import draft_yaml

    yaml = draft_yaml("Outage\n\nThe co-op said 6,400 homes were without power.\n\n\"By our "
                      "count it's closer to 11,000 homes,\" said Wade Pruitt.\n", tmp_path)
    assert 'title: "Wade Pruitt count"' in yaml
    assert '"Our count"' not in yaml
