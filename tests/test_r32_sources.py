"""Who gives a figure, and what it counts, in general English constructions that round
32 found failing (each test's text is written for the test; none is copied from an
evaluation article).

Each names something a journalist would notice in the draft: "went further, saying"
credited to a union instead of its leader, a one-word campaign group ("Brightfeather")
skipped by the "It" that follows it, two areas "lost" set apart because one is six times
the other, a headline's ", ministry says" left with no source, "calculated by adding the
ministry's total" credited to "adding the ministry", and "according to a note the unit
published" credited to "note the unit published".

The guards at the end are a reviewer's misfires of the first versions of these rules, on
texts of the reviewer's own: each was wrong after the change and right (or less wrong)
before it. (Two areas "lost" set six times apart were taken back whole: a farm, a park or
another year's loss joined the question.)
"""

from __future__ import annotations

from provenance.extract import extract_text
from provenance.extract.figures import FigureClaim


def _figs(text: str) -> dict[str, FigureClaim]:
    return {fc.figure.text: fc for fc in extract_text(text).figures}


def _source(fc: FigureClaim) -> str | None:
    return fc.source.name if fc.source is not None else None


def test_a_participle_after_a_verb_of_no_lexicon_is_the_subjects() -> None:
    for subject in ("Union leader Sam Hart went further",
                    "The union's leader, Sam Hart, went further",
                    "Sam Hart, who leads the union, went further"):
        figs = _figs("Strike turnout\n\nThe company said 4,000 workers joined the strike. "
                     f"{subject}, saying as many as 9,000 workers had walked out.\n")
        assert _source(figs["9,000 workers"]) == "Sam Hart", subject
        assert figs["9,000 workers"].group == figs["4,000 workers"].group is not None


def test_a_one_word_body_set_beside_its_kind_is_what_it_stands_for() -> None:
    for intro in ("Animal welfare group Brightfeather went further.",
                  "Brightfeather, an animal welfare group, went further."):
        figs = _figs("Cull toll\n\nThe ministry said 1.4 million birds had been culled. The "
                     "farmers' union NPB said nearly 2 million birds were killed. "
                     f"{intro} It put the toll at up to 2.5 million.\n")
        assert _source(figs["up to 2.5 million"]) == "Brightfeather", intro
    # a single capitalised word beside a kind of place is no body ("Perth, a city of")
    figs = _figs("Rents\n\nPerth, a city of two million, saw rents rise. The council said "
                 "400 homes were empty. It later put the number at 450.\n")
    assert _source(figs["450"]) != "Perth"


def test_a_headline_names_a_body_by_its_kind() -> None:
    for headline in ("Cull reaches 1.4 million birds, ministry says",
                     "1.4 million birds culled, agriculture ministry says",
                     "Cull hits 1.4 million birds, says ministry"):
        figs = _figs(f"{headline}\n\nFarmers say at least 2 million birds have been culled. "
                     "The Agriculture Ministry said culling would go on.\n")
        assert _source(figs["1.4 million birds"]) == "Agriculture Ministry", headline
        assert figs["1.4 million birds"].group == \
            figs["at least 2 million birds"].group is not None


def test_how_a_figure_was_calculated_names_no_source() -> None:
    figs = _figs("Deaths\n\nThe hospital group said 2,000 people had died. A spokesman for "
                 "the mayor said it was calculated by adding the ministry's total of 3,090 "
                 "to the 1,730 deaths recorded by hospitals.\n")
    assert _source(figs["3,090"]) == "ministry"
    assert not any((_source(fc) or "").startswith("adding") for fc in figs.values())


def test_according_to_a_document_its_maker_published() -> None:
    figs = _figs("Crowd\n\nPolice said 20,000 people marched. The Crowd Research Unit at "
                 "Corvala University studied footage. Its researchers estimated between 48,000 "
                 "and 55,000 attended, according to a note the unit published on Sunday.\n")
    assert _source(figs["between 48,000 and 55,000"]) == "Crowd Research Unit"


def test_papers_published_by_a_body_are_its_figures() -> None:
    figs = _figs("Bridge bill\n\nCabinet papers published by Harlowe Vale County Council on "
                 "Monday put the cost at £14.5m. The opposition said the bill could top £40m.\n")
    assert _source(figs["£14.5m"]) == "Harlowe Vale County Council"


def test_a_kind_with_a_participles_phrase_is_the_subject() -> None:
    for subject in ("A union representing dock workers",
                    "A union representing dock workers at the Port of Kelby"):
        figs = _figs(f"Ballot\n\n{subject} said on Thursday that 54 per cent of its members "
                     "had voted. The port's owners said turnout was 38 per cent. The Kelby Dock "
                     "Workers' Union later repeated its figure.\n")
        assert _source(figs["54 per cent"]) == "Kelby Dock Workers' Union", subject
    # a noun in -ing is no participle: "the polling company" is the company
    figs = _figs("Poll\n\nThe Harwick Polling Company said 41 per cent backed the plan. "
                 "The polling company said 3,000 people took part.\n")
    assert _source(figs["41 per cent"]) == "Harwick Polling Company"


def test_a_study_by_a_part_of_a_named_body_is_that_bodys() -> None:
    figs = _figs("Logging\n\nA study published in March by the remote sensing unit at Ondara "
                 "State University estimated that 3,500 to 4,100 hectares were lost. The "
                 "commission said 2,000 hectares were lost.\n")
    assert _source(figs["3,500 to 4,100"]) == "Ondara State University"
    assert figs["3,500 to 4,100"].group == figs["2,000 hectares"].group is not None


def test_a_time_the_sentence_opens_with_hides_no_subject() -> None:
    figs = _figs("Outages\n\nNorthgate Power said 11,200 homes were without power. Earlier in "
                 "the day the utility had reported 12,800; crews restored some. The county "
                 "said 17,000 homes were dark.\n")
    assert _source(figs["12,800"]) == "Northgate Power"
    figs = _figs("Flood homes\n\nThe Wexford River Trust said 800 homes flooded. Later the "
                 "trust lowered its estimate to 650 homes. The county council said only 300 "
                 "homes flooded.\n")
    assert _source(figs["650 homes"]) == "Wexford River Trust"


def test_a_phrase_the_sentence_opens_with_is_no_owner() -> None:
    figs = _figs("Waits\n\nThe audit office said the wait was 52 weeks. The Kelby Health Board "
                 "disputes that. In a statement, it said its figure of 30 weeks covered the "
                 "whole pathway.\n")
    assert _source(figs["30 weeks"]) != "In"


def test_a_headlines_second_clause_names_its_own_subject() -> None:
    figs = _figs("Union says 38,000 joined rail strike; ministry puts figure at 14,500\n\n"
                 "The Federation of Rail Workers said 38,000 struck.\n")
    assert _source(figs["14,500"]) == "ministry"  # (not the union of the first clause)


def test_a_survey_carried_out_by_a_body_named_before_is_its() -> None:
    for survey in ("A snap survey, carried out by the association on Thursday,",
                   "A snap survey of 640 head teachers, carried out by the association on "
                   "Thursday,"):
        figs = _figs("Strike\n\nThe education ministry said 16,000 teachers struck. The "
                     f"Association of Orvell School Heads disputes that. {survey} suggested "
                     "that between 25,000 and 30,000 teachers had stayed away.\n")
        got = figs["between 25,000 and 30,000"]
        assert _source(got) == "Association of Orvell School Heads", survey
        assert got.group == figs["16,000 teachers"].group is not None


def test_a_statement_issued_at_a_time_is_no_verb_of_the_sentence() -> None:
    for opening in ("In a statement issued on Monday, it said",
                    "In a statement issued at 6 p.m., it said"):
        figs = _figs("Salmon\n\nNordvik Havbruk AS said 19,000 fish escaped. "
                     f"{opening} 27,400 fish had escaped. Campaigners said 60,000 fish "
                     "escaped.\n")
        assert _source(figs["27,400 fish"]) == "Nordvik Havbruk AS", opening


def test_a_body_described_by_where_it_is_based_is_the_one_named_before() -> None:
    figs = _figs("Salmon\n\nNordvik Havbruk AS said 19,000 fish escaped. Campaigners said "
                 "60,000 fish escaped. The Brennøy-based farmer said on Monday that 27,400 "
                 "fish had escaped.\n")
    assert _source(figs["27,400 fish"]) == "Nordvik Havbruk AS"


def test_a_body_described_after_its_figure_with_no_name_later() -> None:
    figs = _figs("Measles\n\nA measles outbreak has infected more than 400 children since "
                 "January, a doctors' association said on Thursday. The ministry said 210 "
                 "children were infected.\n")
    assert _source(figs["more than 400 children"]) == "doctors' association"
    figs = _figs("Waits\n\nMore than 1,400 patients waited 12 hours or longer in January, a "
                 "patients' watchdog has claimed. The hospital trust said 520 patients waited "
                 "that long.\n")
    assert _source(figs["More than 1,400 patients"]) == "patients' watchdog"
    assert figs["More than 1,400 patients"].group == figs["520 patients"].group is not None


def test_review_guards_headline_kind_participle_and_one_word_names() -> None:
    # a headline's "ministry says" where the story names two ministries: the one that
    # repeats the figure, not the first named
    figs = _figs("Cull reaches 1.4 million birds, ministry says\n\nThe Health Ministry warned "
                 "of human cases. The Agriculture Ministry said 1.4 million birds were culled. "
                 "Farmers say 2 million.\n")
    assert _source(figs["1.4 million birds"]) == "Agriculture Ministry"
    # a cue after the figure names who says it, whatever the sentence's own verb
    figs = _figs("Jobs\n\nHarlow Motors said 200 jobs would go. The firm closed two plants "
                 "last month, putting 500 jobs at risk, the Kelby Workers Union said.\n")
    assert _source(figs["500 jobs"]) == "Kelby Workers Union"
    assert figs["500 jobs"].group == figs["200 jobs"].group is not None
    # a storm, a visit: no one who says anything
    figs = _figs("Storm\n\nThe council said 2,000 homes were at risk. The storm struck the "
                 "coast overnight, putting 3,000 homes at risk.\n")
    assert _source(figs["3,000 homes"]) != "storm"
    # a sentence adverb, a place after a preposition, an office and its holder: no body
    for text, fig, wrong in (
            ("The council said 300 homes flooded. Elsewhere, the union claimed 700 homes "
             "were hit.", "700 homes", "Elsewhere"),
            ("The council said 300 homes flooded. In Kelby, the charity estimated that 700 "
             "homes were hit.", "700 homes", "Kelby")):
        assert _source(_figs(f"Floods\n\n{text}\n")[fig]) != wrong, text


def test_review_guards_names_with_a_word_in_ing_and_agents() -> None:
    # a body's name with a word in -ing is one name, not a kind and a participle
    figs = _figs("Homes\n\nThe city planning department said 400 homes were approved last "
                 "year. Developers say 250 homes were approved.\n")
    assert _source(figs["400 homes"]) == "city planning department"
    figs = _figs("Officers\n\nPolice said 20,000 people marched. The police training college "
                 "said 60,000 officers had been trained.\n")
    assert _source(figs["60,000 officers"]) == "police training college"
    # an agent that opens with an adjective in -ing is an agent
    figs = _figs("March\n\nPolice said 20,000 people marched. The crowd was estimated by "
                 "marching organisers at 60,000.\n")
    assert _source(figs["60,000"]) == "marching organisers"
    # reports from a place are no body's; a street is no union
    figs = _figs("Deaths\n\nThe government said 40 people died. Reports from Kelby said at "
                 "least 120 people had died.\n")
    assert _source(figs["at least 120 people"]) != "Kelby"
    figs = _figs("Strike\n\nThe ministry said 16,000 workers struck. Pickets gathered on Union "
                 "Street. A survey carried out by the union found 9,000 workers had walked "
                 "out.\n")
    assert _source(figs["9,000 workers"]) != "Union Street"


def test_common_wire_constructions_found_by_a_battery_of_our_own() -> None:
    # a time the sentence opens with, then the subject and an aside
    figs = _figs("Storm damage\n\nThe ministry said 300 homes were damaged. On Tuesday the Red "
                 "Cross, citing its own survey, said 900 homes were hit.\n")
    assert _source(figs["900 homes"]) == "Red Cross"
    # observers from a body of no known kind are that body's
    figs = _figs("Turnout\n\nOfficial turnout was 61 per cent, the electoral commission said. "
                 "Observers from the Civic Monitor put it at 52 per cent.\n")
    assert _source(figs["52 per cent"]) == "Civic Monitor"
    # a spokesman speaks for the people he is the spokesman of
    figs = _figs("Crowd\n\nPolice estimated the crowd at 20,000. A spokesman for the organisers "
                 "said 100,000 had marched.\n")
    assert _source(figs["100,000"]) == "organisers"
    # "documented", "measured": verbs of counting (never the nouns "documents", "measures")
    figs = _figs("Deaths\n\nThe government says 38 people died. Amnesty International has "
                 "documented at least 120 deaths.\n")
    assert _source(figs["at least 120 deaths"]) == "Amnesty International"
    assert figs["at least 120 deaths"].group == figs["38 people"].group is not None
    figs = _figs("Tax\n\nLeaked documents from his 1995 tax return show Mr Hale took a $916 "
                 "million loss.\n")
    assert _source(figs["$916 million"]) != "Leaked"
    # "the true wait is nearer 40 weeks": a length of time given as the wait's value
    figs = _figs("Waits\n\nThe health board says patients wait 18 weeks. Patients' group Wait "
                 "Watch says the true wait is nearer 40 weeks.\n")
    assert _source(figs["40 weeks"]) == "Wait Watch"
    # a name and its kind in lower case is a body
    figs = _figs("March\n\nPolice said 11,000 people marched. The Fair Deal coalition, which "
                 "organised the march, says 27,400 people took part.\n")
    body = figs["27,400 people"].source
    assert body is not None and (body.name, body.kind) == ("Fair Deal coalition", "organisation")


def test_a_noun_of_loss_counts_what_is_lost() -> None:
    figs = _figs("Jobs\n\nThe company announced 400 job cuts on Monday. The union said 650 jobs "
                 "would go.\n")
    assert figs["400 job cuts"].group == figs["650 jobs"].group is not None
    figs = _figs("Flights\n\nThe airline said 120 flight cancellations were made. Passengers' "
                 "group FlyRight said 300 flights were cancelled.\n")
    assert figs["120 flight cancellations"].group == figs["300 flights"].group is not None


def test_second_review_guards() -> None:
    # a body described by its base is the one named before only where it fits the kind
    for text, fig, wrong in (
            ("The Environment Agency said 300 homes flooded. The Kelby-based charity said "
             "900 homes were hit.", "900 homes", "Environment Agency"),
            ("Harlow Motors said 300 staff struck. The Coventry-based union said 1,200 had "
             "walked out.", "1,200", "Harlow Motors"),
            ("Police put the crowd at 20,000. The Paris-born organiser said 100,000 people "
             "had marched.", "100,000 people", "Police"),
            ("Forecasters expected 20cm of snow. Snowfall measured 45cm in the hills "
             "overnight.", "45cm", "Snowfall"),
            ("Organisers said 100,000 people marched. The crowd was estimated by counting "
             "police lines at 20,000.", "20,000", "counting police"),
            ("Official turnout was 61 per cent, the electoral commission said. Observers "
             "from Norway and Sweden put it at 52 per cent.", "52 per cent",
             "Norway and Sweden"),
            ("Farmers said 400 farms flooded. A spokesman for the farmers' union said 900 "
             "farms were hit.", "900 farms", "farmers")):
        assert _source(_figs(f"T\n\n{text}\n")[fig]) != wrong, text
    # and the right one where the text gives it
    for text, fig, right in (
            ("The ministry said 16,000 workers struck. A union representing council workers "
             "said 40,000 had walked out.", "40,000", "a union"),
            ("Campaigners say the bypass will cost £90m. The mayor hit back, putting the cost "
             "at £40m.", "£40m", "the mayor"),
            ("The army said 50 people died. Amnesty went further, putting the toll at 400, "
             "whereas the government said 38.", "400", "Amnesty"),
            ("Harlow Motors said 200 jobs would go. Documents from the Treasury show 1,500 "
             "jobs are at risk.", "1,500 jobs", "Treasury"),
            ("The government said 38 people died. Oxfam, the charity, disputed the toll. The "
             "charity said 120 people had died.", "120 people", "Oxfam"),
            ("The ministry said 16,000 teachers struck. The National Union of Teachers "
             "called the walkout. A survey carried out by the union found 25,000 teachers "
             "had walked out.", "25,000 teachers", "National Union of Teachers")):
        assert _source(_figs(f"T\n\n{text}\n")[fig]) == right, text
    figs = _figs("Cull reaches 1.4 million birds, ministry says\n\nThe ministry extended the "
                 "cull to six more farms on Monday. Farmers say 2 million birds have died.\n")
    assert _source(figs["1.4 million birds"]) == "ministry"


def test_a_headlines_cue_after_a_figure_its_own_clause_names_opens_the_next_clause() -> None:
    # found on a batch scored after the round's rules (the one misfire there): "county
    # says far more" is the next clause's source, not the co-op's figure's
    figs = _figs("Ice storm outages: Co-op says 8,400 still dark, county says far more\n\n"
                 "Mid-Valley Electric Cooperative said 8,400 customers remained without power. "
                 "Harlow County Emergency Management puts the figure at 14,000.\n")
    assert _source(figs["8,400"]) == "Mid-Valley Electric Cooperative"


def test_an_office_by_its_holder_is_no_county_a_dateline_shouts() -> None:
    # seen as a user (a batch article after its scoring): the draft made a work "DELMAR
    # COUNTY figures" out of the dateline for "the county assessor's office"
    figs = _figs("Fire grows\n\nDELMAR COUNTY - The fire has grown to 4,100 acres, according "
                 "to the state forestry division. Its supervisor said 9,000 acres burned.\n\n"
                 "Structures: 14 homes destroyed, according to the county assessor's office.\n")
    assert _source(figs["14 homes"]) == "county assessor's office"


def test_a_question_is_never_worded_from_what_a_figure_covers() -> None:
    # seen as a user: "How many weeks measures a longer stretch of the patient's journey?"
    from provenance.extract.figures import question_text

    text = ("Hip waits\n\nThe Department of Health said the median wait was 26 weeks. The "
            "Halvorsen Institute put it at about 35 weeks. Opposition critic Ann Hale said "
            "patients wait 40 weeks.\n\nThe institute's estimate of about 35 weeks measures a "
            "longer stretch of the patient's journey. \"Our figure of 26 weeks is comparable "
            "across the country,\" the minister said.\n")
    members = [fc for fc in extract_text(text).figures if fc.group is not None]
    asked = question_text(text, members)
    assert "measures" not in asked and "comparable" not in asked, asked
