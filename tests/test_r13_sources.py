"""Round 13: who gives a figure, on texts written for a user's trial. A "she" is the woman
the paragraph names, though nobody quoted her ("Insurance broker Claire Hoyle said ... She
put the stones at 2 inches"), never the man whose figure came before; a trade capitalised
at a sentence's start is no part of a name ("Stallholder Aisha Rahman"); a report "by the
county's environment team" is a work with its maker; "The operator of the Kestrel Hill
quarry says" is the operator's figure, no person called Kestrel Hill; and the readings
found on the other texts of the round's user trials. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from provenance.extract import extract_text
from tests.figurecases import draft_yaml, questions, sources

HAIL = """Coastal Weekly

How big were the hailstones? Nobody agrees

By Maria Lund

The regional weather office said the largest stones measured 45 millimetres across.

But Tom Becker, a storm chaser who drove through the cell, said he picked up stones of \
nearly 3 inches. "I have never seen ice like it," Becker said.

Insurance broker Claire Hoyle said her firm had logged 212 claims by Wednesday. She \
estimated the stones at 2 inches.
"""


def test_she_is_the_woman_named_in_the_paragraph_not_the_man_quoted_before() -> None:
    got = sources(HAIL)
    assert got["2 inches"] == "Claire Hoyle"
    assert got["nearly 3 inches"] == "Tom Becker"


def test_the_womans_figure_is_her_position_in_the_dispute(tmp_path: Path) -> None:
    positions = [p for ps in questions(HAIL, tmp_path).values() for p in ps]
    assert any("Claire Hoyle" in p for p in positions)
    assert not any("2 inches (Tom Becker)" in p for p in positions)


def test_she_never_takes_the_figure_of_a_man_when_no_woman_is_named() -> None:
    text = """Town news

Tom Becker, a storm chaser, said he picked up stones of nearly 3 inches.

The weather office said the stones were 45 millimetres across. She estimated the stones \
at 2 inches.
"""
    assert sources(text).get("2 inches") != "Tom Becker"


MARKET = """Harbour Gazette

Council and traders split over market footfall

The town's Saturday market drew about 4,000 visitors a week last summer, according to \
Peter Walsh, the council's head of markets.

Traders tell a different story. Stallholder Aisha Rahman, who sells cheese, counted the \
crowd herself with a clicker in July. She put the weekly figure at 2,500.

"The council's number is wishful thinking," Rahman said.
"""


def test_a_trade_opening_the_sentence_is_no_part_of_the_name() -> None:
    ex = extract_text(MARKET)
    assert "Aisha Rahman" in {p.name for p in ex.people}
    assert not any(p.name.startswith("Stallholder") for p in ex.people)
    assert sources(MARKET)["2,500"] == "Aisha Rahman"


def test_a_given_name_that_ends_like_a_trade_stays_in_the_name() -> None:
    text = ('Local news\n\nThe fair drew crowds.\n\n"It was packed," said Norman Keith '
            'Oduya, the organiser.\n')
    assert "Norman Keith Oduya" in {p.name for p in extract_text(text).people}


QUARRY = """Valley News

Quarry dust: how many homes are affected?

The operator of the Kestrel Hill quarry says dust from blasting reaches no more than 40 \
homes on the western edge of the village.

Local resident Frank Osei has logged complaints since 2023. He puts the number of affected \
homes at 130.

A report by the county's environment team, published in May, estimated that 85 homes were \
within the zone where dust exceeds safe levels.
"""


def test_a_name_that_only_says_which_quarry_is_no_person() -> None:
    ex = extract_text(QUARRY)
    assert "Kestrel Hill" not in {p.name for p in ex.people}
    assert sources(QUARRY)["no more than 40 homes"] == "operator of the Kestrel Hill quarry"


def test_a_report_by_a_team_in_lower_case_words_is_a_work_and_its_figures_source() -> None:
    ex = extract_text(QUARRY)
    assert any(s.organisation == "county's environment team" for s in ex.studies)
    assert sources(QUARRY)["85 homes"] == "county's environment team"


def test_a_capital_opening_a_sentence_before_a_plural_noun_is_the_people_named_so() -> None:
    text = """Orchard news

Pear growers say as much as 3,000 tonnes of fruit rotted unpicked this autumn; the ministry \
puts it at 900 tonnes.
"""
    assert sources(text)["3,000 tonnes"] == "pear growers"


STATISTICS = """Apprentice drop-outs

The minister says one in three apprentices quit. But the Department for Education's own \
completion statistics tell a different story. They show that 21 per cent of apprentices \
who started in 2022 had left without a qualification.

The National Apprenticeship Service gives a rate of 18% for those who leave early.
"""


def test_they_after_a_bodys_statistics_are_those_statistics_one_work() -> None:
    ex = extract_text(STATISTICS)
    fc = next(fc for fc in ex.figures if fc.figure.text == "21 per cent")
    assert fc.source is not None and fc.source.name == "Department for Education"
    stats = [s for s in ex.studies if s.organisation == "Department for Education"]
    assert len(stats) == 1 and fc.study_id == stats[0].id


def test_the_headline_under_a_skip_link_and_a_masthead_titles_the_draft(
        tmp_path: Path) -> None:
    text = ("Skip to main content\nThe Northfield Ledger\nNews | Business | Opinion | Sport\n\n"
            "FACT CHECK: Do one in three apprentices quit before finishing?\n\n"
            "By Priya Ravindran\nPublished 14 October 2026\n\n" + STATISTICS.split("\n", 2)[2])
    head = draft_yaml(text, tmp_path)
    assert 'title: "Draft: Do one in three apprentices quit before finishing?"' in head
    assert 'venue: "The Northfield Ledger"' in head


OUTAGE = """UPDATE 2-Storm outage: utility and regulator differ on count

By Karin Holm

OSLO, Nov 28 (Newswire) - A winter storm cut electricity to about 120,000 homes, grid \
operator Nordnett said on Friday, a figure the country's energy regulator said was too low.

The regulator, NVE, said its own meter readings showed close to 190,000 customers had lost \
supply at the peak of the storm.

An independent analysis by consultancy Fjordgrid Analytics put the number of homes \
affected at between 140,000 and 160,000.
"""


def test_a_wire_storys_version_tag_is_no_part_of_its_title(tmp_path: Path) -> None:
    head = draft_yaml(OUTAGE, tmp_path)
    assert 'title: "Draft: Storm outage: utility and regulator differ on count"' in head


KOALAS = """Explainer: how many koalas die on the roads?

What do the carers say?

Koala Rescue Harwick, a volunteer network of 300 carers, says as many as 4,000 koalas \
are struck by vehicles every year.

And the state's view?

The Department of Environment recorded 1,140 koala deaths on roads in 2025.

Is there any independent research?

Yes. A 2024 study by researchers at Harwick University, which fitted GPS collars to 86 \
koalas, estimated that roughly 2,600 of the animals are killed on roads each year.
"""


def test_some_of_the_animals_counts_the_kind_counted_before_it(tmp_path: Path) -> None:
    positions = [p for ps in questions(KOALAS, tmp_path).values() for p in ps]
    assert any("2,600 of the animals (Harwick University)" in p for p in positions)


def test_what_a_study_was_made_of_in_its_relative_clause_is_no_finding() -> None:
    positions = [fc.figure.text for fc in extract_text(KOALAS).figures if fc.claim_id]
    assert "86 koalas" not in positions


def test_a_body_the_text_says_is_a_network_is_no_person() -> None:
    ex = extract_text(KOALAS)
    assert "Koala Rescue Harwick" not in {p.name for p in ex.people}
    assert sources(KOALAS)["4,000 koalas"] == "Koala Rescue Harwick"


def test_of_the_year_or_of_the_world_counts_nothing() -> None:
    from provenance.numbers import find_numbers

    got = find_numbers("86 koalas were tagged; roughly 2,600 of the animals died")
    assert [n.unit for n in got] == ["koalas", "koalas"]
    assert not find_numbers("400 of the largest vessels")  # (a bare number, as before)
    assert not [n for n in find_numbers("It was one of the worst days of the year.")
                if n.kind == "count"]


POOL = """Leisure centre repairs: council and campaigners at odds over the bill

Fixing the roof and pool at Harwick Leisure Centre will cost £4.2 million, the district \
council has said, but campaigners say the work could be done for less than half that.

The Amateur Swimming Association's regional officer, Kate Dunne, said similar pools \
elsewhere had been refurbished for around £2.5 million.
"""


def test_a_trailing_cue_in_the_perfect_tense_names_the_source() -> None:
    assert sources(POOL)["£4.2 million"] == "district council"


def test_the_name_set_beside_a_bodys_officer_is_the_person_who_gives_the_figure() -> None:
    # (the association's figure, given by its officer, whom the draft names in ``by:``:
    # round 37)
    assert sources(POOL)["around £2.5 million"] == "Amateur Swimming Association"
    fig = next(fc for fc in extract_text(POOL).figures
               if fc.figure.text == "around £2.5 million")
    assert fig.source is not None and fig.source.via == "dunne"


SCREENS = """How much screen time are our kids really getting?

A new report from the Children's Commissioner says the average 10-year-old spends more \
than four hours a day on screens outside school.

In a survey of 1,800 families by the parenting network Whānau Connect, mothers and fathers \
estimated their children's daily screen use at about 150 minutes.

"My best guess is around three hours a day," said Dr Sione Faleolo, a paediatrician.

The Commissioner's office said its figure came from a 2025 national survey of 4,300 \
children and was "robust".
"""


def test_a_report_from_an_office_is_that_offices_figure() -> None:
    assert sources(SCREENS)["more than four hours"] == "Children's Commissioner"


def test_the_respondents_of_the_survey_a_sentence_opens_on_give_the_surveys_figure() -> None:
    assert sources(SCREENS)["about 150 minutes"] == "Whānau Connect"


def test_a_studys_name_runs_over_the_thousands_separator_of_its_sample() -> None:
    titles = [s.title for s in extract_text(SCREENS).studies]
    assert any(t.endswith("national survey of 4,300 children") for t in titles)
    assert not any(t.endswith("survey of 4") for t in titles)


SEWAGE = """Sewage spills into loch 'far worse than reported'

Raw sewage was released into Loch Arrin for a total of 2,340 hours last year, according to \
monitoring data gathered by the campaign group Clean Lochs Harwick.

That is almost three times the 820 hours reported by the operator, Harwick Northern Water, \
in its annual return to the regulator.

The Scottish Environment Protection Agency said its own review had found spills of about \
1,500 hours.
"""


def test_data_gathered_by_a_group_are_the_groups() -> None:
    assert sources(SEWAGE)["2,340 hours"] == "Clean Lochs Harwick"


def test_reported_by_a_bodys_description_and_its_name_is_that_body_and_its_return() -> None:
    ex = extract_text(SEWAGE)
    fc = next(fc for fc in ex.figures if fc.figure.text == "820 hours")
    assert fc.source is not None and fc.source.name == "Harwick Northern Water"
    study = next(s for s in ex.studies if s.id == fc.study_id)
    assert study.organisation == "Harwick Northern Water"


PODCASTS = """Podcast boom or bust? Three surveys, three answers

Ofcom, the communications regulator, says fewer than one in five adults in the UK listen \
to a podcast every week.

The figure, published in its annual Media Nations report on Thursday, is far below the \
numbers the industry uses.

The Podcast Industry Group puts weekly listening at 31%, from a YouGov survey of 2,500 \
people in June. "We think it's closer to a third," said Priya Shah, \
the group's director.

Researchers at the University of Harwick offer another number. Their study, which \
tracked the phones of 1,100 volunteers for six weeks, found that 24 per cent listened at \
least once a week.
"""


def test_its_in_the_sentence_after_a_body_is_that_body_not_a_place_it_named() -> None:
    report = next(s for s in extract_text(PODCASTS).studies if s.title == "Media Nations")
    assert report.organisation == "Ofcom"


def test_their_study_after_another_bodys_poll_is_a_work_of_its_own() -> None:
    ex = extract_text(PODCASTS)
    assert any(s.organisation == "University of Harwick" for s in ex.studies)
    fc = next(fc for fc in ex.figures if fc.figure.text == "24 per cent")
    poll = next(s for s in ex.studies if s.author == "YouGov" or s.organisation == "YouGov")
    assert fc.study_id != poll.id


def test_closer_to_a_third_in_a_quotation_is_a_figure() -> None:
    # (the group's director says "We think": the group's figure, in her words; round 37)
    assert sources(PODCASTS).get("closer to a third") == "Podcast Industry Group"


def test_a_figure_someone_is_looking_at_is_their_figure() -> None:
    text = ("Sea wall bill\n\nThe borough puts the bill for the sea wall at £38 million.\n\n"
            '"Once the extras are counted, you are looking at £61 million," said Tom Reed, '
            "an engineer.\n")
    assert sources(text).get("£61 million") == "Tom Reed"


def test_closer_to_before_a_figure_in_digits_keeps_the_figure_as_written() -> None:
    from provenance.numbers import find_numbers

    assert [n.text for n in find_numbers("the difference is closer to 7,500 litres")] == \
        ["7,500 litres"]
    assert [n.text for n in find_numbers("They say it is nearer a quarter.")] == \
        ["nearer a quarter"]


# Guards the round's review asked for: where the first versions of these rules reached
# too far (texts of my own, in the reviewer's patterns).


def test_what_a_census_recorded_in_its_relative_clause_is_still_its_figure() -> None:
    text = ("Harwick population\n\nThe census, which recorded 56,000 residents in 2021, "
            "projects that the town will reach 60,000 by 2030. The council says the "
            "population is already 62,000.\n")
    got = {fc.figure.text for fc in extract_text(text).figures}
    assert "56,000 residents" in got and "62,000" in got


def test_she_stays_with_the_woman_quoted_though_another_is_named_nearer() -> None:
    text = ("Housing list\n\nRuth Ames, who chairs the tenants' forum, said the list was "
            '"a scandal". Ames criticised housing officer Linda Park on Monday. She said '
            "4,500 families would be waiting by March.\n\nThe council says 3,100 families "
            "are on the list.\n")
    assert sources(text).get("4,500 families") == "Ruth Ames"


def test_a_titled_person_with_an_adverb_after_is_no_body() -> None:
    text = ("Child poverty\n\nThe Archbishop of York meanwhile says 4.3 million children "
            "live in poverty. The government says the figure is 3.6 million.\n")
    got = sources(text)
    assert got.get("3.6 million") == "government"
    assert "meanwhile" not in (got.get("4.3 million children") or "")


def test_a_given_name_ending_in_man_is_no_trade() -> None:
    text = ('Karachi\n\n"The water is not safe," said Salman Ahmed Khan, a city '
            "councillor.\n")
    assert "Salman Ahmed Khan" in {p.name for p in extract_text(text).people}


def test_a_research_team_at_a_university_is_the_universitys_study() -> None:
    text = ("Heat deaths\n\nA study by the research team at Harwick University estimated "
            "that 4,000 people died. City Hall says 3,600 died.\n")
    assert not any(s.organisation == "research team" for s in extract_text(text).studies)


def test_a_person_described_as_an_observer_with_a_mission_stays_a_person() -> None:
    text = ("Turnout row\n\nPeter Novak, an observer with the OSCE mission, said turnout "
            "was 41%. The election commission says 48%.\n")
    ex = extract_text(text)
    assert "Peter Novak" in {p.name for p in ex.people}
    assert sources(text).get("41%") == "Peter Novak"


MEALS = """Northside Herald — Education

Half a million pupils or 300,000? Row over free school meals take-up

Published: 4 May 2026
By Joe Abara, Education Reporter

Nearly half a million children who qualify for free school meals are not claiming them, \
according to the Child Food Trust.

The Department for Education disputes it. Officials said the real number of eligible \
children missing out was about 300,000.
"""


def test_a_masthead_with_its_section_is_no_title_and_the_venue_is_its_name(
        tmp_path: Path) -> None:
    head = draft_yaml(MEALS, tmp_path)
    assert 'title: "Draft: Half a million pupils or 300,000? Row over free school meals' in head
    assert 'venue: "Northside Herald"' in head


def test_bare_officials_after_a_public_body_opens_the_sentence_before_are_its() -> None:
    assert sources(MEALS)["about 300,000"] == "Department for Education"


def test_officials_after_a_charity_stay_officials() -> None:
    text = ("Meals\n\nThe Child Food Trust disputes it. Officials said the real number was "
            "about 300,000. The trust says 500,000.\n")
    assert sources(text)["about 300,000"] != "Child Food Trust"


def test_a_site_name_above_its_breadcrumb_is_no_title(tmp_path: Path) -> None:
    text = ("Green Futures Online\nEnvironment > Plastics\n\n"
            "How much plastic does the fishing fleet lose at sea?\n\n"
            "Marine Conservation Harwick, a charity, says the fleet loses up to 2,800 tonnes "
            "of gear every year. The Harwick Fishermen's Federation said its members lost "
            '"well under 500 tonnes" a year.\n')
    head = draft_yaml(text, tmp_path)
    assert 'title: "Draft: How much plastic does the fishing fleet lose at sea?"' in head


def test_every_one_of_those_is_no_share() -> None:
    from provenance.numbers import find_numbers

    assert not find_numbers('"Every one of those hours is a crew not answering a call."')
    assert [n.text for n in find_numbers("Two of them died.")] == ["Two of them"]


def test_according_to_a_titled_person_of_a_university_is_the_person() -> None:
    text = ("Tea harvest\n\nThe tea board said output fell by about 15%. The growers' "
            "association said the fall was closer to 22%.\n\nAccording to Dr Esther Wanjiru "
            "of Harwick University, who has tracked yields since 2019, the decline was "
            "between 18% and 20%.\n")
    assert sources(text)["between 18% and 20%"] == "Esther Wanjiru"
    assert "Esther Wanjiru" in {p.name for p in extract_text(text).people}


def test_according_to_a_body_of_a_country_stays_the_body() -> None:
    text = ("Rates\n\nAccording to the Bank of England, inflation will be 3%. The Treasury "
            "says 2.5%.\n")
    assert sources(text)["3%"] == "Bank of England"


def test_a_wire_story_without_its_headline_is_titled_by_its_lede(tmp_path: Path) -> None:
    text = ("NAIROBI, March 9 (Newswire) - Kenya's tea harvest fell by about 15% last year "
            "because of drought, the tea board said on Monday.\n\nThe growers' association "
            "said the fall was closer to 22%.\n")
    head = draft_yaml(text, tmp_path)
    assert ('title: "Draft: Kenya\'s tea harvest fell by about 15% last year because of '
            'drought, the tea board said on Monday"') in head


def test_a_papers_name_above_a_kicked_headline_is_no_title(tmp_path: Path) -> None:
    text = ("The Harwick Weekly\n\nQ&A: 'Most lost luggage is found within days'\n\n"
            "Airlines mislaid more bags last summer than in any year since 2019. We asked an "
            "analyst what the numbers say.\n")
    assert "title: \"Draft: 'Most lost luggage is found within days'\"" in \
        draft_yaml(text, tmp_path)


# Guards from the round's second review.


def test_officials_of_another_place_are_not_the_body_named_before() -> None:
    text = ("Channel crossings\n\nThe Home Office says 600 people crossed on Saturday. "
            "Officials in Calais said 900 people had set off from French beaches.\n")
    assert sources(text).get("900 people") != "Home Office"


def test_she_is_not_the_woman_the_subject_blamed() -> None:
    text = ("Surgery waits\n\nDr Sarah Cole, a GP in Hull, said 40% of patients waited more "
            "than two weeks. Cole blamed practice manager Emma Hart on Tuesday. She said 60% "
            "would wait that long next year.\n")
    assert sources(text).get("60%") != "Emma Hart"


def test_its_accounts_after_a_council_named_in_the_predicate_are_the_councils() -> None:
    text = ("Consultants\n\nThe TaxPayers' Alliance says Birmingham City Council spent "
            "heavily on consultants. The figure, taken from its annual accounts, shows £12 "
            "million was spent in 2023. The council says the true figure was £7 million.\n")
    assert any(s.organisation == "Birmingham City Council" for s in extract_text(text).studies)


def test_a_named_chair_in_an_aside_does_not_own_its_report() -> None:
    text = ("Water pipes\n\nThe commission's chair, Sir Jon Cunliffe, in its final report, "
            "said 40% of water pipes need replacing. The industry says 25%.\n")
    assert not any(s.organisation == "Sir Jon Cunliffe" for s in extract_text(text).studies)


def test_a_headline_above_a_breadcrumb_stays_the_title(tmp_path: Path) -> None:
    text = ("Plastic Bag Ban Fails\nNews > Environment\n\nShoppers used more bags than ever "
            "last year, new figures show.\n\nThe retailers' group says 2.1 billion bags were "
            "sold. Campaigners say 2.9 billion.\n")
    assert 'title: "Draft: Plastic Bag Ban Fails"' in draft_yaml(text, tmp_path)


def test_its_analysts_are_the_body_its_stands_for() -> None:
    text = ("Energy bills\n\nThe regulator says a typical household will pay £1,755 a year."
            "\n\nBut Harwick Insight, an energy consultancy, expects bills to be higher. Its "
            "analysts put the figure at about £1,890 a year.\n")
    assert sources(text)["about £1,890"] == "Harwick Insight"


def test_its_residents_are_not_the_body() -> None:
    text = ("Parking\n\nThe council says 400 permits were issued. Its residents put the "
            "number of cars at about 900.\n")
    assert sources(text).get("about 900") != "council"


def test_an_analysis_by_an_institute_in_lower_case_words_is_a_work() -> None:
    text = ("Cruise visitors\n\nThe port authority says 310,000 cruise passengers came "
            "ashore last year.\n\nAn analysis by the regional statistics institute, based on "
            "mobile phone data, estimated that between 220,000 and 250,000 cruise passengers "
            "visited the town.\n")
    ex = extract_text(text)
    assert any(s.organisation == "regional statistics institute" for s in ex.studies)


GHOSTS = """THE LONG READ

The ghost audience: how much web traffic is really human?

By Dana Ostrowski

When the ad-verification firm ClearCount audited 400 publishers last spring, it concluded \
that 38 percent of all page views came from automated software.

The Association of Online Publishers calls that an exaggeration. Its own figures put \
non-human traffic at 12 percent.
"""


def test_it_after_a_clause_the_sentence_opens_with_is_that_clauses_subject() -> None:
    assert sources(GHOSTS)["38 percent"] == "ClearCount"


def test_it_is_not_a_person_the_opening_clause_names() -> None:
    text = ("Bots\n\nWhen Ana Ruiz audited the firm, it said 38 percent of views were bots. "
            "The publishers put it at 12 percent.\n")
    assert sources(text).get("38 percent") != "Ana Ruiz"


def test_a_label_on_a_line_of_its_own_is_no_title(tmp_path: Path) -> None:
    assert 'title: "Draft: The ghost audience: how much web traffic is really human?"' in \
        draft_yaml(GHOSTS, tmp_path)


def test_it_after_a_firm_brought_in_by_its_description_is_the_firm() -> None:
    text = ("Bots\n\nThe ad-verification firm ClearCount audited 400 publishers last spring. "
            "It concluded that 38 percent of page views came from software. The publishers "
            "put it at 12 percent.\n")
    assert sources(text)["38 percent"] == "ClearCount"


def test_a_list_items_source_in_brackets_at_its_lines_end() -> None:
    text = ("Care crisis: how many older people are waiting for help?\n\n"
            "The numbers at a glance\n"
            "- Local councils: 82,000 people waiting for a care assessment (Association of "
            "Directors of Care Services, April 2026)\n"
            "- Health Foundation model: 110,000 to 130,000\n")
    assert sources(text)["82,000 people"] == "Association of Directors of Care Services"


def test_brackets_at_a_sentences_end_in_prose_are_no_list_items_source() -> None:
    text = ("Waits\n\nCouncils say 82,000 people await an assessment (up from "
            "70,000). The charity says 150,000.\n")
    assert sources(text).get("82,000 people") == "Councils"  # the sentence's own subject


def test_a_figure_a_bodys_poll_put_in_a_whose_clause_is_that_bodys() -> None:
    text = ("Running\n\nMore than 6.5 million adults run at least twice a month, according to "
            "the national activity survey.\n\nThe figure is disputed by the sports retailer "
            "StrideWell, whose own poll of 2,000 adults put the number of regular runners at "
            "4.1 million.\n")
    assert sources(text)["4.1 million"] == "StrideWell"


# Guards from the round's third review.


def test_they_after_an_opening_clause_naming_two_people_is_no_body() -> None:
    text = ("Damp homes\n\nWhen John Reyes and Mia Park surveyed the estate, they counted "
            "140 damp homes. The housing association says 60 homes have damp.\n")
    assert sources(text).get("60 homes") == "housing association"
    assert "John Reyes and Mia Park" not in {p.name for p in extract_text(text).people}


def test_a_place_before_a_plural_noun_opening_the_clause_is_no_body() -> None:
    text = ("Storm damage\n\nWhen Greenfield residents met on Tuesday, it was said that 40 "
            "homes had been damaged. The council says 18.\n")
    assert sources(text).get("40 homes") != "Greenfield"


def test_a_countrys_scientists_are_not_the_country() -> None:
    text = ("Forests\n\nBrazil says deforestation fell 30% last year. Its scientists put the "
            "drop at 22%. Greenpeace says 15%.\n")
    assert sources(text).get("22%") != "Brazil"


def test_an_institutes_director_named_after_it_is_no_study_by_the_institute() -> None:
    text = ("Empty homes\n\nAn analysis by the institute's director, Paul Marsh, found that "
            "14% of homes are empty. The mayor says 6%.\n")
    assert not any(s.organisation == "institute" for s in extract_text(text).studies)


def test_a_wire_storys_lede_title_keeps_who_says_so(tmp_path: Path) -> None:
    text = ("LONDON, May 2 (Newswire) - Inflation will peak at 4.1% this autumn, the Bank of "
            "England said on Thursday.\n\nThe Treasury expects 3.5%.\n")
    assert "the Bank of England said" in draft_yaml(text, tmp_path).splitlines()[5]


def test_a_bare_unit_question_is_worded_from_the_passive_clause_that_holds_it(
        tmp_path: Path) -> None:
    qs = questions(SEWAGE, tmp_path)
    assert "For how many hours was raw sewage released into Loch Arrin?" in qs
