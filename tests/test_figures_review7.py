"""The review of round 7's figure rules (F1, F7, F13, F3, F4, F9, F8), each on short texts
written for these tests, several wordings per finding: what the rule was for still holds
(tests/test_figures_phrasings.py), and the wrong readings the review found do not return."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.extract import extract_text, write_draft

from .figurecases import questions, sources


# F1: what is done to a thing costs the thing; "alone" is no thing
@pytest.mark.parametrize(("body", "one", "other"), [
    ("Bridge will cost more than promised\nThe replacement of the Tamar road bridge will "
     "cost £310 million, the county council said on Monday.\nBut the Campaign for Better "
     "Transport said the true cost of the bridge was nearer £450 million. The cost of the "
     "approach roads alone is £95 million, the campaign said.\n",
     "£310 million", "£450 million"),
    ("Stadium bill\nConstruction of the new stadium will cost $1.2 billion, the city said. "
     "An independent audit said the stadium would cost at least $1.6 billion.\n",
     "$1.2 billion", "at least $1.6 billion"),
    ("Town hall\nThe refurbishment of the town hall will cost £12 million, the council "
     "said. Opposition councillors said the cost of the town hall was £18 million.\n",
     "£12 million", "£18 million"),
    ("Pier repairs\nThe council said repairs to the pier would cost £4 million, and the "
     "repair of the pier will cost £4 million. Engineers said the pier itself would cost "
     "£7 million.\n", "£4 million", "£7 million"),
])
def test_the_cost_of_doing_something_to_a_thing_is_the_things_cost(body, one, other,
                                                                     tmp_path):
    qs = questions(body, tmp_path)
    assert [q for q, ps in qs.items()
            if any(p.startswith(one + " (") for p in ps)
            and any(p.startswith(other + " (") for p in ps)], qs
    if "£95 million" in body:
        assert not any("£95 million" in p for ps in qs.values() for p in ps
                       if "£310 million" in " ".join(ps))
        assert not any("alone" in q for q in qs)


# F7: a generic count that is the object of a verb of its own is no count of the topic
@pytest.mark.parametrize("other", [
    "Farmers in the district keep 3,000 animals on the dykes, the farmers' union said.",
    "Shepherds lost 2,000 animals to disease last year, the farmers' union said.",
    "The zoo in Berlin houses 1,800 animals, its director said.",
])
def test_a_generic_count_with_a_verb_of_its_own_is_no_side_of_the_count(other, tmp_path):
    body = ("Wolf numbers rise\nThere are about 1,600 wolves in Germany, the federal agency "
            "for nature conservation said. The hunters' association said there were at "
            "least 2,500.\n" + other + "\n")
    qs = questions(body, tmp_path)
    assert list(qs.values()) == [["about 1,600 wolves (federal agency)",
                                  "at least 2,500 (hunters' association)"]]


@pytest.mark.parametrize("second", [
    "Hunters put the population at about 2,500 animals.",
    "Hunters said the number was closer to 2,500 animals.",
    "Hunters counted roughly 2,500 animals.",
])
def test_a_generic_count_a_source_gives_as_the_number_is_the_articles_count(second,
                                                                            tmp_path):
    body = ("How many wolves live in Germany?\nThe federal agency said there were 1,600 "
            "wolves. " + second + "\n")
    qs = questions(body, tmp_path)
    assert len(qs) == 1 and len(next(iter(qs.values()))) == 2


def test_a_sum_that_names_nothing_is_of_the_thing_named_most_not_the_side_thing(tmp_path):
    body = ("Bridge bill\nThe council put the cost of the bridge at £310 million. "
            "Campaigners said the bridge would cost £450 million. The cost of the approach "
            "roads alone is £95 million, the campaign said.\nTom Briggs, the council's finance "
            "chief, put the cost at £330 million.\n")
    qs = questions(body, tmp_path)
    [bridge] = [ps for ps in qs.values() if any("£310 million" in p for p in ps)]
    assert any("£330 million" in p for p in bridge)
    assert not any("£95 million" in p for p in bridge)


# F13: a second clause's own subject is that figure's source or none, never the first's
@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("The builder said the stadium would cost £80 million, while the architect put it at "
     "£95 million.", ("£80 million", "builder"), "£95 million"),
    ("The council said 400 homes were flooded, while the fire brigade put the number at "
     "650.", ("400 homes", "council"), "650"),
    ("The council said 400 homes were flooded, but the fire brigade said 650.",
     ("400 homes", "council"), "650"),
])
def test_a_second_clauses_own_subject_is_never_the_first_clauses(sentence, first, second):
    got = sources("Figures\n" + sentence + "\n")
    assert got[first[0]] == first[1]
    assert got[second] != first[1]


def test_a_surveyor_after_while_still_gives_the_figure():
    got = sources("Figures\nThe builder said the stadium would cost £80 million, while the "
                  "surveyor put it at £95 million.\n")
    assert got == {"£80 million": "builder", "£95 million": "surveyor"}


@pytest.mark.parametrize("sentence", [
    "The ledger showed a deficit of £5 million.",
    "The counter showed 4,200 visitors on Saturday.",
    "The tracker suggested 300 cases a week.",
])
def test_a_thing_with_an_agents_ending_that_shows_a_figure_is_no_source(sentence):
    got = sources("Figures\n" + sentence + "\n")
    assert all(s is None or s.split()[-1] not in ("ledger", "counter", "tracker")
               for s in got.values()), got


# F3: a place's size in a clause describing the place is no side of the area burnt
@pytest.mark.parametrize("park", [
    "The fire spread into the Peneda-Gerês national park, which covers 69,000 hectares, the "
    "agency said.",
    "The fire reached the nature reserve, covering some 52,000 hectares, the agency said.",
    "Flames entered the state forest, which spans an area of 61,000 hectares, the agency "
    "said.",
])
def test_a_places_size_is_no_side_of_the_area_burnt(park, tmp_path):
    body = ("Blaze in national park\nA wildfire in northern Portugal has burnt 34,000 "
            "hectares, the civil protection agency said.\n" + park + "\nEnvironmental group "
            "Zero said at least 40,000 hectares had burnt.\n")
    qs = questions(body, tmp_path)
    assert list(qs.values()) == [["34,000 hectares (civil protection agency)",
                                  "at least 40,000 hectares (Zero)"]]


def test_the_fires_own_size_in_a_which_clause_is_still_the_area_burnt():
    body = ("Blaze\nThe wildfire, which now covers 34,000 hectares, is moving east, the civil "
            "protection agency said. Environmental group Zero said at least 40,000 hectares "
            "had burnt.\n")
    fcs = {fc.figure.text: fc for fc in extract_text(body).figures}
    assert fcs["34,000 hectares"].quantity == fcs["at least 40,000 hectares"].quantity


# F4: a label is a noun phrase; a document that speaks before a colon speaks for its maker
@pytest.mark.parametrize(("line", "source"), [
    ("The ministry's statement said: \u201cWe are building 20,000 new places.\u201d",
     "ministry"),
    ("The council's latest report concluded: \u201cThe city needs 4,000 homes.\u201d",
     "council"),
    ("The union's letter read: \u201cSome 3,000 jobs are at risk.\u201d", "union"),
])
def test_a_document_that_speaks_before_a_colon_is_its_makers_not_a_label(line, source):
    got = sources("Figures\n\n" + line + "\n")
    assert list(got.values()) == [source], got


def test_a_subhead_label_still_gives_its_figure():
    got = sources("Toll disputed\n\nRed Cross: between 55 and 70 feared dead\n")
    assert list(got.values()) == ["Red Cross"]


# F9: a figure in a question a speaker asks is no position of theirs
@pytest.mark.parametrize("asked", [
    "She adds, \u201cWhat kind of genius loses a billion dollars in a single year?\u201d",
    "\u201cWho in their right mind loses $1 billion in one year?\u201d she said.",
    "\u201cHow does anyone lose a billion dollars and call it genius?\u201d Clinton asked.",
])
def test_a_figure_in_a_question_a_speaker_asks_is_no_position(asked, tmp_path):
    body = ("Tax records\n\nThe records show the company declared a net loss of more than "
            "$915 million in 1995, the New York Times reported.\n\nHillary Clinton said "
            "Trump was part of the problem. " + asked + "\n")
    assert questions(body, tmp_path) == {}
    assert not any("billion" in (fc.figure.text or "") and fc.source is not None
                   for fc in extract_text(body).figures)


def test_a_figure_a_quoted_question_gives_to_someone_is_still_theirs():
    body = ("Interview\n\n\u201cThe opposition says 25,000 jobs will go \u2014 is that "
            "right?\u201d the presenter asked.\n")
    got = sources(body)
    assert "25,000 jobs" in got


# F8: a plural money noun is asked as a plural
def drafted_questions(body: str, tmp_path: Path) -> list[str]:
    from provenance.dossier import load_dossier

    folder = write_draft(extract_text(body), tmp_path / "draft", "article.txt")
    return [q.text for q in load_dossier(folder).questions]


@pytest.mark.parametrize(("body", "asked"), [
    ("Pension row\n\nThe regulator said the firm's liabilities for pension payouts came to "
     "£400 million. The firm said it was £250 million.\n", "What are the liabilities?"),
    ("Retail figures\n\nAnalysts put the chain's sales at £900 million. Shareholders put "
     "its sales at £1.1 billion.\n", "What are the sales?"),
    ("Budget row\n\nThe council put the savings at £40 million. The union put the savings "
     "at £15 million.\n", "What are the savings?"),
    ("Budget row\n\nThe council put the deficit at £40 million. The union put the deficit "
     "at £15 million.\n", "What is the deficit?"),
])
def test_a_plural_money_noun_is_asked_as_a_plural(body, asked, tmp_path):
    assert asked in drafted_questions(body, tmp_path)


@pytest.mark.parametrize("line", [
    "The company's spokesman said: \u201cWe have 300 staff.\u201d",
    "The company's spokesman said the firm had 300 staff.",
    "The company's latest statement said it had 300 staff.",
])
def test_a_bodys_spokesman_or_statement_gives_the_bodys_figure(line):
    got = sources("Staff\n\n" + line + "\n")
    assert got == {"300 staff": "company"}, got


def test_a_thing_named_with_an_action_nouns_ending_is_no_doing():
    body = ("Rail bill\nThe Department of Transport said the bridge would cost £1.2 billion. "
            "Critics said the bridge would cost £1.6 billion. The new line will cost £500 "
            "million, the operator said. The station of the new line will cost £80 million, "
            "engineers said.\n")
    fcs = {fc.figure.text: fc for fc in extract_text(body).figures}
    assert fcs["£1.2 billion"].quantity == fcs["£1.6 billion"].quantity
    assert fcs["£80 million"].quantity != fcs["£500 million"].quantity
