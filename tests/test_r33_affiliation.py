"""The body a person speaks for, as the article introduces them (round 33).

A figure given by "Tri-Valley spokeswoman Rachel Dunmore" is, to one editor, Dunmore's and,
to another, the cooperative's: the writers of the evaluation articles split on it. The
draft names both: the person in ``by:``, and the body in the person's ``affiliation``.
Every text here is written for its test; none is copied from an evaluation article.
The guards at the end are what a reader would call wrong: a lawyer is a person's, an
opposition leader is no office of the department just named, a candidate for a
commission is not of it.
"""

from __future__ import annotations

from pathlib import Path

from provenance.check import check_dossier
from provenance.dossier import load_dossier
from provenance.extract import extract_text
from provenance.extract.draft import write_draft
from provenance.graph import build_graph


def _aff(text: str) -> dict[str, str | None]:
    return {p.name: p.affiliation for p in extract_text(text).people if not p.author}


def test_a_body_named_before_a_title_is_the_persons() -> None:
    got = _aff("Outages\n\nThe Brackley Valley Electric Cooperative says 6,000 homes are dark. "
               "\"Crews are out all night,\" said Brackley spokeswoman Ivana Reyes.\n")
    assert got["Ivana Reyes"] == "Brackley Valley Electric Cooperative"


def test_a_possessive_description_after_the_name_is_the_named_body() -> None:
    got = _aff("Curlews\n\nThe Fenmoor Wader Trust counted 410 pairs this spring. \"We are "
               "losing them,\" said Tobias Hale, the trust's head of monitoring.\n")
    assert got["Tobias Hale"] == "Fenmoor Wader Trust"


def test_a_firms_short_name_in_a_possessive_is_the_firm() -> None:
    got = _aff("Side effects\n\nQuorvan Therapeutics says 2 per cent of patients reported "
               "dizziness. Quorvan's chief medical officer, Dr Lise Martel, said: \"The trial "
               "figure is reliable.\"\n")
    assert got["Lise Martel"] == "Quorvan Therapeutics"


def test_a_bare_title_after_a_sentence_about_a_body_is_of_that_body() -> None:
    got = _aff("Storm\n\nMarsh County Emergency Management puts the figure much higher. "
               "Director Paulo Brandt said: \"We count about 20,000 homes with no power.\"\n")
    assert got["Paulo Brandt"] == "Marsh County Emergency Management"
    got = _aff("Curlews\n\nThe Hillfarm Landowners' Group says keepers recorded 600 pairs. "
               "Its chair, Ruth Penhale, said: \"Volunteer surveys miss birds.\"\n")
    assert got["Ruth Penhale"] == "Hillfarm Landowners' Group"


def test_a_job_at_a_named_body_and_a_portfolio_minister() -> None:
    got = _aff("Drug\n\n\"It is rarer than that,\" said Dr Omar Sleat, a clinical "
               "pharmacologist at Dunhill University Hospital, on Monday.\n")
    assert got["Omar Sleat"] == "Dunhill University Hospital"
    got = _aff("Waits\n\nFigures from the Kerrow Department of Health show a median wait of "
               "26 weeks. Health Minister Alina Vos said: \"We use the national "
               "definition.\"\n")
    assert got["Alina Vos"] == "Kerrow Department of Health"


def test_a_person_with_no_body_beside_them_has_none() -> None:
    got = _aff("Crowd\n\nPolice said 4,000 people marched. \"It was far more,\" said Ana "
               "Pike, who walked with her children.\n")
    assert got["Ana Pike"] is None


def test_guards_relations_rivals_and_candidates_are_no_affiliation() -> None:
    got = _aff("Court\n\nDerek Cole denies the charge. \"He will be cleared,\" said Cole's "
               "lawyer, Ann Bee.\n")
    assert got["Ann Bee"] is None
    got = _aff("Tunnel\n\nThe Department for Regional Transport puts the overrun at £300m. "
               "Opposition leader Owen Fryer said: \"The row is a distraction.\"\n")
    assert got["Owen Fryer"] is None
    got = _aff("Overdoses\n\n\"Nearly 400 of our neighbours died,\" said Dale Brisk, a "
               "candidate for Harrow County Commission.\n")
    assert got["Dale Brisk"] is None


def test_the_draft_writes_the_affiliation_and_passes_check(tmp_path: Path) -> None:
    text = ("Ice storm: co-op and county disagree\n\n"
            "The Tri-Parish Electric Cooperative said 8,200 homes were without power on "
            "Thursday. \"We stand by our count,\" said Tri-Parish spokeswoman Rachel Dunne.\n\n"
            "Dunne said crews had restored 1,000 more homes by noon.\n")
    folder = write_draft(extract_text(text), tmp_path / "draft", "article.txt")
    raw = "".join(p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.yaml")))
    assert 'affiliation: "Tri-Parish Electric Cooperative"' in raw
    d = load_dossier(folder)
    assert check_dossier(d).ok
    g = build_graph(d)
    person = next(v for _, v in g.nodes(data=True) if v.get("label") == "Rachel Dunne")
    assert person["affiliation"] == "Tri-Parish Electric Cooperative"


def test_a_sentence_end_ends_the_bodys_name() -> None:
    got = _aff("Rates\n\n\"Rates will fall,\" said Mina Osei, chief economist at Corvel Bank. "
               "Meanwhile the Harbour Board said trade was flat.\n")
    assert got["Mina Osei"] == "Corvel Bank"


def test_a_body_after_the_name_without_a_comma_or_by_who_works_at() -> None:
    got = _aff("Strike\n\n\"These counts measure different things,\" said economist Tove "
               "Lund of the University of Brennmark.\n")
    assert got["Tove Lund"] == "University of Brennmark"
    got = _aff("Seals\n\n\"The colony is stable,\" said Rui Vaz, who works at the Selkie "
               "Marine Laboratory.\n")
    assert got["Rui Vaz"] == "Selkie Marine Laboratory"


def test_guards_a_body_said_after_the_name_wins_over_the_sentence_before() -> None:
    got = _aff("Evictions\n\nThe Dunmore Housing Authority says evictions fell by a third. "
               "Director Kay Lomax of Renters Together said: \"That is not what we see.\"\n")
    assert got["Kay Lomax"] != "Dunmore Housing Authority"


def test_guards_places_offices_former_holders_and_a_countrys_president() -> None:
    got = _aff("Appeal\n\nThe Brindle Rotary Club raised $9,000. \"A record,\" said Brindle "
               "Mayor Tom Hale.\n")
    assert got["Tom Hale"] is None
    got = _aff("Water\n\nThe Corran Water Agency says leaks fell. \"They did not,\" said Ed "
               "Moss, the agency's former director of engineering.\n")
    assert got["Ed Moss"] is None
    got = _aff("Budget\n\nThe Valdorian Senate passed the budget on Thursday. President "
               "Ilse Maren said: \"I will veto it.\"\n")
    assert got["Ilse Maren"] is None
    got = _aff("Patrols\n\nThe Fairhaven Chamber of Commerce says thefts doubled. The "
               "Fairhaven Police Department disagrees. \"Thefts are flat,\" said Fairhaven "
               "police spokeswoman Dana Kell.\n")
    assert got["Dana Kell"] == "Fairhaven Police Department"


def test_its_inside_the_sentence_and_a_name_joined_in_its_own_language() -> None:
    got = _aff("Port strike\n\nThe Union of Dock and Harbour Workers (UDHW), which called "
               "the action, said 9,000 workers had joined, a figure its general secretary, "
               "Rui Sequeira, called \"the biggest in a generation\".\n\n\"It is a fair "
               "count,\" said Ana Lemos, an economist at the Universidade do Alto Tejo.\n")
    assert got["Rui Sequeira"] == "Union of Dock and Harbour Workers"
    assert got["Ana Lemos"] == "Universidade do Alto Tejo"


def test_trace_finds_a_spokeswoman_by_the_body_she_speaks_for(tmp_path: Path) -> None:
    from provenance.trace import trace

    text = ("Water cuts\n\nThe Marl Valley Water Board says 3,000 homes have no supply. "
            "\"Crews are working through the night,\" said Marl Valley spokeswoman Ines "
            "Cole.\n\nResidents say the cut is far wider.\n")
    folder = write_draft(extract_text(text), tmp_path / "draft", "article.txt")
    got = trace(load_dossier(folder), "Marl Valley Water Board")
    people = [m for m in got["matches"] if m["kind"] == "person"]
    assert [m["text"] for m in people] == ["Ines Cole"]


def test_a_review_of_the_rule_names_whole_and_right() -> None:
    # a title word inside a body's name does not end it ("Department of Health")
    got = _aff("Waits\n\nThe Kerrow Department of Health published its figures. Kerrow "
               "spokeswoman Ana Lind said: \"Waits are falling.\"\n")
    assert got["Ana Lind"] == "Kerrow Department of Health"
    # a body sharing a word with the person's name is still theirs
    got = _aff("Storms\n\n\"It was a record,\" said Georgia Lane, a climatologist at "
               "Georgia State University.\n")
    assert got["Georgia Lane"] == "Georgia State University"
    # a place the text describes is no body
    got = _aff("Rain\n\n\"The river rose fast,\" said Ana Ruiz of Kellerton, a city of "
               "40,000.\n")
    assert got["Ana Ruiz"] is None
    # a place after the name leaves the title before it to say whose she is
    got = _aff("Outages\n\nThe Brackley Valley Electric Cooperative says 6,000 homes are "
               "dark. \"Crews are out,\" said Brackley spokeswoman Ivana Reyes, from Leeds.\n")
    assert got["Ivana Reyes"] == "Brackley Valley Electric Cooperative"
    # an office inside a body's name is no office and its holder
    got = _aff("Science\n\n\"The data are clear,\" said Ola Berg, an adviser at the Office "
               "of the Chief Scientist.\n")
    assert got["Ola Berg"] == "Office of the Chief Scientist"


def test_a_reports_lead_author_is_of_the_body_its_researchers_are_at() -> None:
    # (the rule figures credits "Sarasa's team estimated" by, so the two agree)
    got = _aff("Reefs\n\nResearchers at the Orrin Marine Institute surveyed 40 reefs for a "
               "report published on Monday. The report's lead author, Dr Lena Sarasa, said: "
               "\"Twelve of them are dying.\"\n")
    assert got["Lena Sarasa"] == "Orrin Marine Institute"


def test_an_interim_holder_holds_and_a_body_named_keeps_its_own_name() -> None:
    got = _aff("Speech\n\n\"It went beyond the room,\" said Dana Bryce, the interim "
               "chairwoman of the National Rowing Federation.\n")
    assert got["Dana Bryce"] == "National Rowing Federation"
    got = _aff("Summit\n\nThe European Council on Foreign Relations published a paper. \"We "
               "asked for an honest diagnosis,\" said European Council President Dan Tosk.\n")
    assert got["Dan Tosk"] == "European Council"
