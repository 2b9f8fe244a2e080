"""Round 9, studies mended: a study or document noun makes a work only where it heads its
noun phrase and the text uses it as a document ("the bureau's statistics chief", "the
museum's latest update adds two galleries", "the bakery's headcount has grown" are none).
Texts written for these tests."""

from __future__ import annotations

from provenance.extract import extract_text
from tests.studycases import studies as _studies
from tests.studycases import study_at as _hit

# --- H7: a document noun used attributively heads no phrase -------------------------

def test_a_statistics_chief_keeps_the_figure_and_makes_no_work():
    text = ("The bureau's statistics chief, Lena Ortiz, said inflation eased to 3.4% in "
            "August.\n")
    ex = extract_text(text)
    assert ex.studies == []
    fig = next(f for f in ex.figures if f.figure.text == "3.4%")
    assert fig.source is not None and fig.source.name == "Lena Ortiz"


def test_a_manifest_system_and_an_accounts_team_are_no_works():
    text = ("The airport's manifest system crashed for three hours on Friday. The "
            "airline's accounts team said 90 flights were delayed.\n")
    assert _studies(text) == []


# --- M6: an update is a document only when it says something; "its" is the speaker's ---

def test_an_update_that_adds_things_is_no_work():
    text = ("The museum's latest update, released on Friday, adds two galleries and "
            "fixes 25 broken links, the trust said.\n")
    assert _studies(text) == []


def test_its_update_that_said_is_the_work_of_the_body_that_spoke():
    text = ("Pinecone said it had closed 2,300 spam profiles tied to a betting ring. "
            "The company's safety team said the ring had paid $42,000 for ads. "
            "Its latest update said the profiles had 18,000 followers in all.\n")
    studies = _studies(text)
    st = _hit(studies, text, "Its latest update")
    assert st is not None and st.organisation == "Pinecone"
    assert len(studies) == 1


def test_an_update_on_a_subject_with_an_aside_then_a_document_verb_is_a_work():
    text = ("The county will cut library hours, it said. Its latest update on spending, "
            "published on Friday, showed a £2 million gap.\n")
    assert _hit(_studies(text), text, "Its latest update") is not None


# --- M7: an owner alone makes a document only of one that gives a figure --------------

def test_a_firms_statistics_that_give_nothing_are_no_work():
    text = "The insurer's statistics on late claims were never published.\n"
    assert _studies(text) == []


def test_a_firms_statistics_that_give_a_figure_stay_a_work():
    text = "The insurer's statistics put late claims at 740 last year.\n"
    assert _hit(_studies(text), text, "statistics") is not None


# --- L4: a headcount is a count made only in a count's context; a yearbook needs a figure

def test_a_firms_headcount_and_its_yearbook_of_awards_are_no_works():
    text = ("Halvern Tools will shed 150 jobs, the company said. The company's headcount "
            "has dropped to 1,900. Its yearbook of long-service awards was dropped in "
            "the spring.\n")
    assert _studies(text) == []


def test_a_headcount_by_stewards_stays_a_work():
    text = "A headcount by stewards put the crowd at 6,500.\n"
    assert _hit(_studies(text), text, "A headcount") is not None


def test_investigators_keep_the_figure_the_company_accounts_show() -> None:
    """A paper a body holds is the speaker's evidence ('Investigators said the company's
    accounts showed ...'), not the figure's source (figures._researchers_study)."""
    from provenance.extract import extract_text

    ex = extract_text("Investigators said the company's accounts showed payments of €3.2 "
                      "million to shell firms in Cyprus.\n")
    src = [f.source.name for f in ex.figures if f.figure.text.startswith("€3.2") and f.source]
    assert src and src[0].lower() == "investigators"
