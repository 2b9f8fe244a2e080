"""Stories of audiences, breaches, budgets and housing (round 35).

Writers who never saw the code wrote stories outside the disasters, strikes and outages
the draft had learned from. These are the patterns the draft missed in them, each on a
text written for the test: a range whose first number is written whole ("between 900,000
and 1 million"), an audience counted as the agent of a passive, a fact-check's claim box
signed in brackets, a relative clause's antecedent as the speaker, a firm named in one
word, a person a lede describes before naming them.
"""

from __future__ import annotations

from typing import NamedTuple

from provenance.extract import extract_text
from provenance.numbers import find_numbers


def _sources(text: str) -> dict[str, str | None]:
    return {fc.figure.text: (fc.source.name if fc.source else None)
            for fc in extract_text(text).figures}


def _speakers(text: str) -> dict[str, str | None]:
    return {text[s.spans[0][0]:s.spans[0][0] + 20]: s.speaker
            for s in extract_text(text).statements}


def test_a_range_from_a_whole_number_to_millions_is_one_range() -> None:
    got = [(n.text, n.low, n.high) for n in find_numbers(
        "Visit Kestrel Bay estimated that between 900,000 and 1 million people visited.")]
    assert got == [("between 900,000 and 1 million", 900_000.0, 1_000_000.0)]


def test_a_small_first_number_stays_in_the_millions_or_is_no_range() -> None:
    got = [(n.low, n.high) for n in find_numbers("between 2 and 3 million people came")]
    assert got == [(2_000_000.0, 3_000_000.0)]
    # (ambiguous: 800 or 800 million; no range is read rather than a wrong one)
    assert [n.kind for n in find_numbers("from 800 to 1.2 billion")] == []


AUDIENCE = ("Handball final audience disputed\n\n"
            "Speaking on Radio One, Sports Minister Tomas Varga said the match had been "
            "watched at its peak by 14 million people and was proof that the government's "
            "€30 million grassroots programme was paying off.\n\n"
            "In a press release, NRB said the broadcast had reached a peak audience of "
            "11.3 million across television and streaming.\n")


def test_an_audience_counted_as_a_passives_agent_is_a_figure() -> None:
    assert _sources(AUDIENCE)["14 million people"] == "Tomas Varga"


def test_a_bare_count_after_a_sum_counts_no_money() -> None:
    figs = {fc.figure.text: fc for fc in extract_text(AUDIENCE).figures}
    assert figs["11.3 million"].quantity == "viewer"  # (an audience, after "€30 million")


CLAIM_BOX = ("FACT CHECK: Did Westfield break ground on more than 4,000 homes last year?\n\n"
             'THE CLAIM: "Last year, we broke ground on more than 4,000 new homes in this '
             'city, the most in a generation." (Mayor Adrienne Colby, State of the City '
             "address, Feb. 6, 2025)\n\n"
             "By Priya Natarajan, Feb. 20, 2025\n\n"
             "The city's planning department counted 3,480 housing starts in 2024. "
             "The Greater Westfield Builders Association, which surveys its members, "
             "estimated roughly 3,900 homes.\n\n"
             "Colby said Westfield began work on more than 4,000 new homes in 2024. The "
             "builders' trade group puts the number at about 3,900.\n")


def test_a_claim_box_signed_in_brackets_is_the_signers_quote() -> None:
    assert _speakers(CLAIM_BOX)["Last year, we broke "] == "Adrienne Colby"


def test_work_begun_on_a_count_of_homes_is_a_figure() -> None:
    src = _sources(CLAIM_BOX)
    assert src["more than 4,000 new homes"] == "Adrienne Colby"
    assert src["more than 4,000 homes"] == "Adrienne Colby"  # (the headline's)


def test_an_occasions_name_is_no_body() -> None:
    # "State of the City address" is a speech, not the city's planning department
    assert "State of the City" not in _sources(CLAIM_BOX).values()


def test_a_trade_group_is_the_association_the_text_named() -> None:
    assert _sources(CLAIM_BOX)["about 3,900"] == "Greater Westfield Builders Association"


def test_the_antecedent_of_which_is_the_speaker() -> None:
    text = ("The ministry's press office pointed us to a report in the Daily Courier, "
            'which on Jan. 29 wrote that "some 12.5 million viewers were glued to the '
            'shoot-out," citing unnamed sources.\n')
    assert _speakers(text)["some 12.5 million vi"] == "Daily Courier"


BREACH = ("FreshCrate breach hit up to 6 million accounts, researcher says; company puts "
          "figure at 1.3 million\n\n"
          "PORTLAND, Ore. (Wire) — A security researcher said Tuesday that a data breach "
          "at FreshCrate exposed up to 6 million customer accounts.\n\n"
          "FreshCrate, which is based in Portland, first disclosed the incident on March 3. "
          "In that notice the company said 410,000 accounts were affected. On Monday it "
          'raised its own count, telling customers that "approximately 1.3 million '
          'accounts" had been exposed.\n\n'
          "Dana Okafor, principal researcher at the security firm Lanternfish Labs, "
          'disputes that count. "We count what\'s sitting in the file," Okafor said.\n\n'
          "A third tally comes from BreachLedger. Its operator, Martin Voss, said the "
          "service had loaded 2.7 million unique email addresses.\n")


def test_a_firm_named_in_one_word_is_the_company() -> None:
    src = _sources(BREACH)
    assert src["410,000 accounts"] == "FreshCrate"
    assert src["approximately 1.3 million accounts"] == "FreshCrate"  # ("it")
    assert src["1.3 million"] == "FreshCrate"  # (the headline's "company")


def test_the_company_revising_itself_is_no_dispute() -> None:
    figs = {fc.figure.text: fc for fc in extract_text(BREACH).figures}
    assert figs["410,000 accounts"].revised


def test_a_person_beside_a_firms_word_is_no_firm() -> None:
    assert _sources(BREACH)["1.3 million"] != "Martin Voss"


def test_a_researcher_described_before_named_is_the_one_named_so() -> None:
    src = _sources(BREACH)
    assert src["up to 6 million customer accounts"] == "Dana Okafor"
    assert src["up to 6 million accounts"] == "Dana Okafor"  # (the headline's)


def test_two_people_of_the_description_leave_it_a_description() -> None:
    text = BREACH.replace("A third tally", 'Ravi Menon, a security researcher at Keele, '
                                           'agreed: "It is bigger," Menon said.\n\nA third '
                                           'tally')
    assert _sources(text)["up to 6 million customer accounts"] != "Dana Okafor"


BUDGET = ("The $52 million question: why the comptroller sees a bigger hole than the mayor\n\n"
          "When Mayor Tom Aldridge presented his budget in October, he told the City Council "
          "that the general fund faced a gap of $38 million.\n\n"
          "City Comptroller Ines Okafor published her office's report, which puts the "
          "shortfall at $52.4 million.\n\n"
          '"You put those two things side by side and you land at about $52 million," '
          "Okafor said.\n\n"
          "The Marlowe Taxpayers Alliance warned that the shortfall could reach up to $70 "
          "million if the state does not renew a reimbursement worth about $11 million a "
          "year.\n")


def test_he_after_a_titled_name_is_that_person() -> None:
    assert _sources(BUDGET)["$38 million"] == "Tom Aldridge"


def test_a_sum_one_lands_at_is_a_figure_of_the_same_shortfall() -> None:
    figs = {fc.figure.text: fc for fc in extract_text(BUDGET).figures}
    assert figs["about $52 million"].group == figs["$52.4 million"].group is not None


def test_a_rate_after_another_sum_is_that_sums() -> None:
    figs = {fc.figure.text: fc for fc in extract_text(BUDGET).figures}
    assert figs["up to $70 million"].quantity == figs["$52.4 million"].quantity
    assert "year" in figs["about $11 million"].quantity


def test_an_idioms_question_is_no_noun_of_a_sum() -> None:
    assert all("question" not in fc.quantity for fc in extract_text(BUDGET).figures)


def test_an_enrollment_snapshot_counts_pupils_no_sample() -> None:
    text = ("Harlow schools and state at odds over enrollment\n\n"
            "The Harlow County School District on Tuesday reported 20,870 students enrolled "
            "as of its count day.\n\n"
            "The state Department of Education sees it differently. Its October enrollment "
            "snapshot, published Friday, lists 19,950 pupils in the district's 38 schools.\n")
    kinds = {n.text: n.kind for n in find_numbers(text)}
    assert kinds["19,950 pupils"] == "count"
    assert _sources(text)["19,950 pupils"] == "Department of Education"


def test_a_verb_after_a_number_is_no_unit() -> None:
    text = ("The state counts 20,100 pupils.\n\n"
            '"Our figure of 19,950 follows the same rules we apply," spokeswoman Alana Ruiz '
            "said.\n")
    assert "follows" not in [n.unit for n in find_numbers(text)]
    figs = {fc.figure.text: fc.quantity for fc in extract_text(text).figures}
    assert "19,950" in figs and figs["19,950"] != "follow"  # (the figure kept, no unit)


def test_a_pronoun_after_a_fronted_phrase_is_the_subject() -> None:
    text = ("The stadium's operator, Harbourside Venues Ltd, gave a lower number. In a "
            "statement issued shortly after the final whistle it put the attendance at "
            "36,900.\n")
    assert _sources(text)["36,900"] == "Harbourside Venues Ltd"
    assert _sources(text.replace("whistle it", "whistle, it"))["36,900"] == \
        "Harbourside Venues Ltd"


def test_a_fact_checks_labels_are_no_bodies() -> None:
    text = ("Fact check: Has the app been downloaded 2 million times?\n\n"
            'THE CLAIM: "Our app has been downloaded two million times." — Gov. Ray '
            "Lindqvist, State of the State address\n\n"
            "OUR RATING: Mostly False\n\n"
            "His office pointed us to a press release saying the app had passed 2 million "
            "downloads. The Office of Digital Services said downloads stood at 1.4 million.\n")
    names = set(_sources(text).values())
    assert not names & {"CLAIM", "THE CLAIM", "RATING", "State of the State"}


def test_a_total_names_what_it_counts_after_it() -> None:
    text = ("The museum says it welcomed 1.2 million visitors in 2023.\n\n"
            "The Western Region Audit Office found that the museum sold 512,000 tickets and "
            "put total visitors at 740,000.\n")
    q = {fc.figure.text: fc.quantity for fc in extract_text(text).figures}
    assert q["740,000"] == q["1.2 million visitors"]


def test_a_count_named_after_a_colon_counts_that() -> None:
    text = ("How many tourists came to Lake Brennan?\n\n"
            "The number is 3.1 million: the count of visitors that the Lake Brennan Visitors "
            "Bureau says came to the lake's four shoreline townships in 2024.\n\n"
            "The Brennan Shores Lodging Association, whose 41 member properties hold most "
            "rooms, puts last year's total at roughly 2.4 million.\n")
    q = {fc.figure.text: fc.quantity for fc in extract_text(text).figures}
    assert q["3.1 million"] == "people"


FOUNDRY = ("Ridgeway says 1,150 jobs go as foundry closes; union counts far more\n\n"
           "MANSFIELD, Ohio (AW) — How many people lose their jobs when Ridgeway Castings "
           "shuts its foundry depends on whom you ask.\n\n"
           "The company, which said Tuesday it will end production by March 31, puts the "
           "number of affected workers at 1,150.\n")


def test_a_firms_short_name_is_the_company_that_gives_its_figure() -> None:
    assert _sources(FOUNDRY)["1,150"] == "Ridgeway"


def test_a_one_word_name_of_no_longer_name_is_no_firm_for_the_company() -> None:
    text = FOUNDRY.replace("Ridgeway Castings", "the owners")
    assert _sources(text)["1,150"] != "Ridgeway"


def test_the_subject_after_fronted_phrases_of_time() -> None:
    text = ("Ridgeway Castings will close the plant. On Monday, before the formal "
            "announcement, the company told county officials that about 900 positions "
            "would be eliminated.\n")
    assert _sources(text)["about 900 positions"] == "Ridgeway Castings"
    text = "In March, Harbour Council said about 900 positions would be eliminated.\n"
    assert _sources(text)["about 900 positions"] == "Harbour Council"


def test_how_far_short_is_no_unit_for_the_next_figure() -> None:
    text = ("The ratings council put the peak audience at 10.9 million viewers. A report in "
            "the Daily Courier said some 12.5 million viewers watched.\n\n"
            "The broadcaster's own figure, 11.3 million, is 2.7 million short of the "
            "minister's claim. The Courier's 12.5 million rested on anonymous sources.\n")
    assert (_sources(text)["12.5 million"] or "").endswith("Courier")
    assert all(n.unit != "short" for n in find_numbers(text))


def test_a_titled_persons_name_is_no_body_of_its_first_word() -> None:
    text = ("State Sen. Carla Voss said enrollment has dropped by a third since 2015. The "
            "state says enrollment fell 18 percent.\n")
    assert _sources(text)["18 percent"] != "State Sen. Carla Voss"


def test_the_office_alone_is_the_one_person_named_with_its_title() -> None:
    text = ("State Sen. Carla Voss said enrollment has dropped by a third since 2015.\n\n"
            "State figures show an 18 percent decline. Both are well short of the 33 percent "
            "the senator's wording implies.\n")
    assert _sources(text)["33 percent"] == "Carla Voss"
    two = text.replace("Both are", "Sen. Ann Marsh agreed. Both are")
    assert _sources(two)["33 percent"] != "Carla Voss"


# The review's traps: each rule above, tried on sentences a maintainer wrote to break it.

def _speaker_of(text: str) -> str | None:
    return extract_text(text).statements[0].speaker


def test_guards_an_object_pronoun_is_no_subject() -> None:
    text = ("Harbour Energy says its debt is $2 billion. Analysts who follow it put the debt "
            "at $3 billion.\n")
    assert _sources(text)["$3 billion"] != "Harbour Energy"


def test_guards_which_he_said_is_his_quote() -> None:
    assert _speaker_of("Councillor Dan Reyes attacked the plan drawn up by Harbour "
                       'Consulting, which he said was "a disaster for the town and its '
                       'taxpayers."\n') == "Dan Reyes"
    assert _speaker_of("Finance Minister Ana Ruiz rejected a report from the Fiscal Policy "
                       'Institute, which the minister called "deeply flawed and politically '
                       'motivated."\n') != "Fiscal Policy Institute"


def test_guards_a_description_takes_no_body_of_another_kind() -> None:
    text = ("The World Health Organization put the number of cases at 1,200. The state "
            "health department, which tracks outbreaks, puts the number at 900.\n")
    assert _sources(text)["900"] != "World Health Organization"
    text = ("The National Education Union said 40,000 teachers had quit. The education "
            "ministry puts the number at 31,000.\n")
    assert _sources(text)["31,000"] != "National Education Union"


def test_guards_a_described_person_is_no_other_bodys_person() -> None:
    text = ("A hospital spokesperson said Tuesday that 14 patients had died after the "
            "outbreak.\n\nMark Lin, a spokesperson for the health ministry, disputes that. "
            '"Nine patients died, not fourteen," Lin said.\n')
    assert _sources(text)["14 patients"] != "Mark Lin"
    text = ("A union official said Tuesday that 3,000 workers walked out at the plant.\n\n"
            "The company said 1,200 workers had joined the strike. Jane Park, a union official "
            'at a rival plant in Ohio, was unimpressed. "We have seen bigger," Park said.\n')
    assert _sources(text)["3,000 workers"] != "Jane Park"


def test_guards_a_surname_with_an_inner_capital_is_no_firm() -> None:
    text = ("The plant has been run for 30 years by Ken MacLeod. MacLeod said last week that "
            "300 jobs would go. The company said on Monday that 450 jobs would be cut.\n")
    assert _sources(text)["450 jobs"] != "MacLeod"


def test_guards_plural_nouns_that_are_also_verbs_keep_their_numbers() -> None:
    for text, got in (("He was charged with 12 counts of fraud.", "12 counts"),
                      ("The club won 20 matches last season.", "20 matches"),
                      ("The band played 30 shows in the US.", "30 shows")):
        assert got in [n.text for n in find_numbers(text)]


def test_guards_growth_from_one_number_to_another_is_no_range() -> None:
    assert all(n.kind != "range" for n in find_numbers(
        "Its users grew from 5,000 to 1.2 million in two years. Subscribers rose from "
        "40,000 in 2019 to 1.1 million."))


def test_guards_a_rate_after_a_count_stays_the_sums() -> None:
    text = ("The council said it spends £2.4 million on its 14 libraries each year. "
            "Campaigners said the true figure was £3.1 million a year.\n")
    figs = {fc.figure.text: fc for fc in extract_text(text).figures}
    assert figs["£2.4 million"].group == figs["£3.1 million"].group is not None
    text = ("The operator said the bridge earns $30 million from 2 million crossings a year. "
            "The state auditor said it earns $22 million a year.\n")
    figs = {fc.figure.text: fc for fc in extract_text(text).figures}
    assert figs["$30 million"].group == figs["$22 million"].group is not None


def test_guards_brand_names_opening_with_a_preposition() -> None:
    text = ("Outside Magazine said its print edition reached 600,000 readers. Its former "
            "editor said 450,000 readers.\n")
    assert _sources(text)["600,000 readers"] == "Outside Magazine"


def test_guards_a_bodys_own_event_names_the_body() -> None:
    text = ("MPs questioned rail bosses at a Transport Committee hearing on Tuesday. The "
            "committee said 4,000 trains had been cancelled in March. The operator said "
            "2,500 trains.\n")
    assert _sources(text)["4,000 trains"] == "Transport Committee"


def test_guards_an_acronym_before_a_colon_is_still_a_body() -> None:
    text = ("The starkest warning came on Monday from UNICEF: it said 1,200 children had "
            "died. The health ministry said 800 children had died.\n")
    assert _sources(text)["1,200 children"] == "UNICEF"


def test_guards_a_vague_number_of_after_a_colon_names_nothing() -> None:
    text = "Deaths at the hospital reached 312: a number of families have complained.\n"
    assert all(fc.quantity != "family" for fc in extract_text(text).figures)


def test_guards_an_audience_far_from_the_figure_counts_no_viewers() -> None:
    text = ("Speaking to an audience of business leaders on Monday, the governor said 41,000 "
            "were out of work. The opposition said 52,000 were out of work.\n")
    assert all(fc.quantity != "viewer" for fc in extract_text(text).figures)


def test_guards_the_by_of_a_change_is_no_audience() -> None:
    text = ("The series was watched by more households than any other show and grew its "
            "audience by 2 million in a week, the broadcaster said.\n")
    assert all(fc.quantity != "viewer" for fc in extract_text(text).figures)


def test_guards_a_trials_enrollment_is_its_sample() -> None:
    kinds = {n.text: n.kind for n in find_numbers(
        "Enrollment reached 1,200 patients by March, the drugmaker said.")}
    assert kinds["1,200 patients"] == "sample"


def test_guards_people_who_came_in_from_towns_are_no_figure() -> None:
    text = ("Police said the first protesters came in from 12 towns. Organisers said 20,000 "
            "people marched.\n")
    assert "12 towns" not in _sources(text)


def test_guards_a_pull_quote_above_the_byline_is_furniture() -> None:
    text = ("Flood hits valley towns\n\n"
            '"Nobody told us the river was rising." — Mary Owen, resident\n\n'
            "By Tom Hale, Feb. 20, 2025\n\n"
            'Police said 300 homes had been flooded in Dunmore. "Nobody told us the river was '
            'rising," said resident Mary Owen, 64.\n')
    assert len(extract_text(text).statements) == 1


def test_guards_a_bracketed_aside_on_a_titled_name_signs_nothing() -> None:
    text = ('"Save our library, sack the mayor." (Mayor Jane Cole, who ordered the closure, '
            "was not available for comment.)\n\nThat was the message on the banners held by "
            "protesters on Saturday.\n")
    assert "Jane Cole" not in [s.speaker for s in extract_text(text).statements]


def test_the_figure_another_source_puts_is_the_one_the_story_weighs() -> None:
    text = ("The health board says 48,200 people are waiting for surgery. An audit in 2023 "
            "led to 3,400 duplicate entries being struck off.\n\n"
            "The Northern Surgeons' Forum puts the figure at nearly 61,000.\n")
    figs = {fc.figure.text: fc for fc in extract_text(text).figures}
    assert figs["nearly 61,000"].group == figs["48,200 people"].group is not None


def test_what_a_study_is_said_to_be_is_no_other_study() -> None:
    text = ("The Kanazawa Longitudinal Ageing Study, published in March 2024, found a 28 "
            'percent lower risk.\n\n"We saw about a 28% lower risk," lead author Dr. Haruto '
            'Ishida said. "But this is an observational study."\n')
    assert len(extract_text(text).studies) == 1


def test_the_company_after_a_sentence_opening_on_its_possessive() -> None:
    text = ("Corvane Data plans a campus in Ashford Vale.\n\nCorvane's answer is modest. The "
            "company says the campus will draw about 1.1 million litres a day.\n")
    assert _sources(text)["about 1.1 million litres"] == "Corvane"


def test_which_after_a_described_name_is_the_names() -> None:
    text = ("The link leads to The Morning Ledger, a regional daily, which reported on May 28 "
            "that drinkers had a 40 to 45 percent lower risk of dementia.\n")
    assert _sources(text)["40 to 45 percent"] == "Morning Ledger"


def test_a_target_is_no_side_of_the_dispute() -> None:
    text = ("Ambulance waits disputed\n\n"
            "For Category 2 calls the national target is an average response of 18 minutes. "
            "The trust's data put the mean response time at 47 minutes. The union said the "
            "average was 58 minutes.\n\n"
            "Both miss the 18-minute target by a wide margin.\n")
    figs = {fc.figure.text: fc for fc in extract_text(text).figures}
    assert figs["47 minutes"].group == figs["58 minutes"].group is not None
    assert all(fc.group != figs["47 minutes"].group for t, fc in figs.items() if "18" in t)


TRIAL = ("Fermented-food trial grows and shrinks in the retelling as university corrects "
         "its count\n\n"
         "The university's original press release said the study enrolled 1,460 volunteers. "
         "On Monday the press office issued a corrected version putting the number at "
         "1,146.\n\n"
         "Lead author Dr. Tomasz Wierzbicki said in an interview that 1,146 people were "
         "randomised and 1,032 finished all 12 weeks.\n\n"
         "The Daily Record-Star told readers on Saturday that nearly 2,000 Britons had taken "
         "part.\n")


def test_a_story_of_a_trials_size_keeps_its_sizes() -> None:
    src = _sources(TRIAL)
    assert "1,460 volunteers" in src
    figs = {fc.figure.text: fc for fc in extract_text(TRIAL).figures}
    assert figs["1,146 people"].group == figs["nearly 2,000 Britons"].group is not None


def test_a_survey_of_households_is_still_a_sample_elsewhere() -> None:
    text = ("Poll finds voters split\n\nA survey of 2,400 households found that 41 percent "
            "back the plan.\n")
    assert "2,400 households" not in _sources(text)


def test_two_counts_of_ones_own_are_no_citation() -> None:
    assert _sources(TRIAL)["1,146 people"] == "Tomasz Wierzbicki"


def test_an_estimate_comes_out_at_a_figure() -> None:
    text = ('"With the new data it comes out at 6%, and I\'m comfortable defending that '
            'number," said Priya Raman, a nutrition researcher.\n')
    assert _sources(text)["6%"] == "Priya Raman"


def test_children_and_adults_are_people() -> None:
    text = ("The state health department said 143 people had confirmed infections.\n\n"
            "Dr. Priya Nandakumar said clinicians had diagnosed about 210 children and adults "
            "with measles.\n")
    figs = {fc.figure.text: fc for fc in extract_text(text).figures}
    assert figs["about 210 children"].group == figs["143 people"].group is not None


def test_animals_in_an_estimate_of_wolves_are_wolves() -> None:
    text = ("State raises wolf count to 156; ranchers say real number is far higher\n\n"
            "The state Department of Fish and Wildlife on Thursday raised its estimate of "
            "gray wolves in the Kessel Range to 156 animals.\n\n"
            "The Kessel Valley Stockgrowers Association says there are more than 300 wolves "
            "in the range.\n")
    figs = {fc.figure.text: fc for fc in extract_text(text).figures}
    assert figs["156 animals"].group == figs["more than 300 wolves"].group is not None


# The second review's traps (the round's later rules, tried by a maintainer).

class View(NamedTuple):
    """What the draft made of a figure: its quantity, its question, its source."""

    quantity: str
    group: int | None
    source: str | None


def _q(text: str) -> dict[str, View]:
    return {fc.figure.text: View(fc.quantity, fc.group, fc.source.name if fc.source else None)
            for fc in extract_text(text).figures}


def test_guards_the_figure_of_a_count_four_times_off_stays_that_counts() -> None:
    got = _q("Floods hit the valley\n\nThe council says 12,000 homes were damaged by the "
             "floods. Insurers said 2,000 businesses were affected; the chamber of commerce "
             "puts the figure at 9,000.\n")
    assert got["9,000"].quantity == got["2,000 businesses"].quantity


def test_guards_a_polls_sample_under_a_headline_that_grows() -> None:
    got = _q("Poll shows support for the bypass grows\n\nA YouGov poll of 1,650 adults found "
             "58 percent back the bypass. The council says 2,000 residents signed a petition "
             "against it.\n")
    assert "1,650 adults" not in got
    assert "2,400 households" not in _q("A survey of 2,400 households found that 41 percent "
                                        "of participants back the plan, the council said.\n")


def test_guards_those_beyond_a_target_are_a_count_not_a_target() -> None:
    got = _q("Waiting lists grow\n\nNHS England said the number of patients waiting longer "
             "than the 18-week target is 3.2 million. The British Medical Association puts "
             "the number of patients waiting longer than 18 weeks at 3.5 million.\n")
    assert got["3.2 million"].group == got["3.5 million"].group is not None


def test_a_sourced_target_joins_no_dispute_of_lengths_of_time() -> None:
    got = _q("Ambulance waits disputed\n\nNHS England says the national target is an average "
             "response of 18 minutes. The trust said its mean response time was 47 minutes. "
             "The union said the average was 58 minutes.\n")
    assert got["47 minutes"].group == got["58 minutes"].group is not None
    assert got["18 minutes"].group != got["47 minutes"].group


def test_guards_the_figure_counted_by_officers_is_theirs() -> None:
    got = _q("March numbers disputed\n\nPolice said 20,000 people took part in the march. "
             "Organisers said 50,000 people marched, far more than the 20,000 counted by "
             "officers.\n")
    assert got["20,000"].source != "organisers"


def test_guards_a_fronted_phrase_is_no_name_of_a_body() -> None:
    got = _q("Strike vote\n\nIn March, the union, which says 40,000 members will walk out, "
             "rejected the offer.\n")
    assert got["40,000 members"].source != "In March"


def test_guards_a_places_possessive_is_no_company() -> None:
    got = _q("Corvane Data plans a campus in Ashford Vale.\n\nNew York's attorney general has "
             "opened an inquiry into the plan. The company says the campus will draw about "
             "1.1 million litres a day.\n")
    assert got["about 1.1 million litres"].source != "New York"


def test_guards_it_is_a_survey_that_found_is_another_study() -> None:
    text = ("Coffee and longevity\n\nThe Kanazawa Longitudinal Ageing Study, published in "
            "March 2024, found a 28 percent lower risk. Ruiz has her own evidence. It is a "
            "survey that found a 5 percent lower risk.\n")
    assert len(extract_text(text).studies) == 2


def test_guards_women_and_girls_stay_beside_women() -> None:
    got = _q("Femicide figures\n\nThe ministry said 80 women were murdered last year. "
             "Campaigners said 110 women and girls were murdered.\n")
    assert got["80 women"].group == got["110 women"].group is not None


def test_guards_animals_after_a_count_of_farms_stay_animals() -> None:
    got = _q("Foot-and-mouth outbreak\n\nOfficials said the count of infected farms rose to 40 "
             "on Monday, with 90 animals slaughtered. The farmers' union said 120 farms were "
             "infected.\n")
    assert got["90 animals"].quantity != got["120 farms"].quantity


def test_guards_workers_who_came_out_at_depots_give_no_figure() -> None:
    got = _q("Strike ballot\n\nThe union said 9,000 members backed the strike. Workers came "
             "out at 14 depots, the union said, while the company said 4,000 staff walked "
             "out.\n")
    assert "14 depots" not in got
