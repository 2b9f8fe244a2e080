"""Broadcast, podcast and hearing transcripts: every guest's turn is a statement of theirs.

A transcript labels its voices in more ways than "NAME:": a time before the label
("[00:44] HOST:", "09:05 ..."), a role with the name in brackets ("PRESENTER (Kate
Lyle):", "CALLER (Margaret, Northbank):"), a name with its role after it ("JO WREN,
council spokesperson:", "SEN. OWEN PRICE (R-Neb.):"), or the label alone on its line with
the turn on the next ("ANCHOR" / "HELEN MARSH:"). The broadcast's own voices (presenter,
host, anchor, the chair) ask and relay, like "Q:"; their turns are context, as in
tests/test_mends_interviewer.py. News prose with a colon ("Claim: ...", "Verdict: ...",
a heading in capitals) is no transcript.

Short texts written for these tests; no sentence comes from an evaluation set.
"""

from __future__ import annotations

from provenance.extract import extract_text
from provenance.speech import analyse
from tests.speechcases import said


def by(text: str, opening: str) -> str | None:
    got = [s.speaker for s in analyse(text).statements if s.quote.startswith(opening)]
    assert len(got) == 1, (opening, said(text))
    return got[0]


RADIO = (
    "Hill Report — transcript\n\n"
    "Listen\n\nShare\n\n"
    "Broadcast Mon 3 Nov 2025, 6:40am\n\n"
    "Wardens on the Corran plateau say the number of wild goats has dropped since the "
    "autumn muster. Presenter Ines Varga spoke to a biologist and the shire.\n\n"
    "PRESENTER (Ines Varga): Good morning. With me is the biologist Dr Karl Wenz, who flew "
    "the count. Dr Wenz, what did you find?\n\n"
    "DR KARL WENZ: We counted about 3,300 goats on the plateau in October. That is well "
    "down on the last count.\n\n"
    "PRESENTER: How sure are you of that?\n\n"
    "WENZ: Quite sure. We flew each line twice and the passes agreed closely.\n\n"
    "INES VARGA: The shire's figure is lower. Let's hear from its spokesperson.\n\n"
    "MAE TORNQUIST, shire spokesperson: Our figure is 2,100. We used cameras at the "
    "troughs, and cameras don't count a goat twice.\n\n"
    "Presenter: So you dispute the biologist's count?\n\n"
    "TORNQUIST: We dispute the method. The helicopter drives the goats into the next "
    "block, where they are counted again.\n\n"
    "PRESENTER: We'll leave it there. Thank you both.\n\n"
    "Ines Varga presents Hill Report on weekdays.\n"
)

PODCAST = (
    "Ledger Lines: is rent finally easing?\n\n"
    "Episode 88. Transcript\n\n"
    "[00:00] HOST: Welcome back. Rents have been the story of the year, and I have two "
    "guests, Lena Hoff of the landlords' association and Piet Marais of a tenants' "
    "union.\n\n"
    "[00:31] LENA HOFF: Thanks for having me.\n\n"
    "[00:35] HOST: Lena, are rents falling?\n\n"
    "[00:39] LENA HOFF: Rising more slowly. Rents went up 9 per cent last year, and we "
    "expect 4 per cent this year.\n\n"
    "[01:12] HOST: Piet?\n\n"
    "[01:14] PIET MARAIS: Our members pay 30 per cent more than three years ago. Slower "
    "rises are still rises.\n\n"
    "[01:50] HOFF: I don't dispute that. Rents are high; they are rising more slowly.\n\n"
    "[02:05] HOST: We'll be back after the break.\n"
)

TV = (
    "Late Edition\n"
    "Ambulance delays: minister questioned\n"
    "Transcript of the interview broadcast on Late Edition on Thursday.\n"
    "ANCHOR\n"
    "Tonight the health minister, Ruth Okonjo, is with us. Minister, paramedics say one "
    "call in four waited over an hour last month. Is that acceptable?\n"
    "RUTH OKONJO\n"
    "No. But those are the most urgent calls only, and our measure counts every call.\n"
    "ANCHOR\n"
    "What does your measure show?\n"
    "OKONJO\n"
    "That 81 per cent of calls were reached within 30 minutes, up from 74 per cent.\n"
    "ANCHOR\n"
    "Let me bring in Dr Sina Falk from the paramedics' college.\n"
    "DR SINA FALK:\n"
    "Averages hide the worst calls. We looked at 2,000 of them, and the median wait was "
    "71 minutes.\n"
    "FALK\n"
    "Those are the services' own logs, not ours.\n"
)


def test_a_role_with_a_name_in_brackets_and_a_name_with_its_role_after_a_comma():
    assert by(RADIO, "We counted about 3,300") == "Karl Wenz"
    assert by(RADIO, "Quite sure.") == "Karl Wenz"
    assert by(RADIO, "Our figure is 2,100.") == "Mae Tornquist"
    assert by(RADIO, "We dispute the method.") == "Mae Tornquist"


def test_the_presenter_s_turns_are_context_under_any_of_her_labels():
    speech = analyse(RADIO)
    assert {s.speaker for s in speech.statements} == {"Karl Wenz", "Mae Tornquist"}
    asked = [RADIO[a:b] for a, b in speech.questions]
    for opening in ("PRESENTER (Ines Varga): Good morning", "INES VARGA: The shire's",
                    "Presenter: So you dispute", "PRESENTER: We'll leave it there"):
        assert any(q.startswith(opening) for q in asked), (opening, asked)
    quotes = [s.quote for s in speech.statements]
    assert not any("presents Hill Report" in q or "Listen" in q for q in quotes), quotes


def test_a_time_before_the_label():
    assert by(PODCAST, "Thanks for having me.") == "Lena Hoff"
    assert by(PODCAST, "Rising more slowly.") == "Lena Hoff"
    assert by(PODCAST, "Our members pay") == "Piet Marais"
    assert by(PODCAST, "I don't dispute that.") == "Lena Hoff"
    assert {s.speaker for s in analyse(PODCAST).statements} == {"Lena Hoff", "Piet Marais"}


def test_a_label_alone_on_its_line_speaks_the_next():
    assert by(TV, "No. But those are") == "Ruth Okonjo"
    assert by(TV, "That 81 per cent") == "Ruth Okonjo"
    assert by(TV, "Averages hide") == "Sina Falk"
    assert by(TV, "Those are the services'") == "Sina Falk"
    quotes = [s.quote for s in analyse(TV).statements]
    assert len(quotes) == 4, quotes
    assert not any(q.isupper() or "Tonight the health minister" in q for q in quotes), quotes


def test_figures_in_the_turns_are_the_speakers():
    ex = extract_text(RADIO)
    src = {f.figure.text: (f.source.name if f.source else None) for f in ex.figures}
    assert src.get("about 3,300 goats") == "Karl Wenz", src
    assert src.get("2,100") == "Mae Tornquist", src


def test_a_caller_with_a_name_and_a_hearing_s_chair_and_members():
    talkback = (
        "Talkback: the tram timetable\n\n"
        "08:59 HOST (Bo Lindqvist): The tram timetable has been cut again. First caller.\n\n"
        "09:01 CALLER (Greta, Eastside): I've ridden that tram for years. They've gone from "
        "30 trams an hour to 18.\n\n"
        "09:03 HOST: Is it getting worse?\n\n"
        "09:04 CALLER (Greta, Eastside): Much worse. Three were cancelled on Monday.\n\n"
        "09:05 ARNE SOLBERG, operations director, City Trams: We are 14 drivers short. We "
        "expect 26 an hour by spring.\n\n"
        "09:08 HOST: Arne Solberg, thank you.\n")
    assert by(talkback, "I've ridden that tram") == "Greta"
    assert by(talkback, "Much worse.") == "Greta"
    assert by(talkback, "We are 14 drivers short.") == "Arne Solberg"
    hearing = (
        "Committee hearing on flood grants: an excerpt\n\n"
        "THE CHAIR: The committee will come to order. Secretary Dahl, how much has been "
        "paid?\n\n"
        "SECRETARY IDA DAHL:\n"
        "About 58 per cent of the fund has reached councils.\n\n"
        "SEN. MILO GRANT (R-Kan.): My councils say the forms take months. Why?\n\n"
        "DAHL:\n"
        "Because we check every claim against the river gauges.\n")
    assert by(hearing, "About 58 per cent") == "Ida Dahl"
    assert by(hearing, "Because we check") == "Ida Dahl"
    assert by(hearing, "My councils say") == "Milo Grant"
    assert not any("come to order" in q for _w, q in said(hearing))


def test_news_prose_with_colons_is_no_transcript():
    factcheck = (
        "Fact check: two claims about the ferry fare freeze\n\n"
        "Updated: 10:42\n\n"
        "Photo: AAP\n\n"
        "A post says the state has frozen ferry fares for two years. We checked it.\n\n"
        "Claim: Ferry fares are frozen until 2028.\n\n"
        "Verdict: Misleading. The freeze runs to June 2026.\n\n"
        "Claim: The freeze costs $300 million a year.\n\n"
        "Verdict: False. The budget papers put the cost at $120 million.\n\n"
        "The minister said: \"We have kept fares flat because families are stretched.\"\n")
    assert said(factcheck) == [
        ("The minister", "We have kept fares flat because families are stretched.")]
    headings = (
        "Council backs new bus lanes\n\n"
        "The council voted 8-5 on Monday to build 9 kilometres of bus lanes.\n\n"
        "WHAT HAPPENS NEXT\n\n"
        "Work on the first stretch starts in April. The council expects it to take a year.\n\n"
        "THE COST\n\n"
        "The lanes will cost $14 million, of which the state pays half.\n\n"
        "WHAT HAPPENS NEXT\n\n"
        "A second vote on the southern route is due in June.\n")
    assert said(headings) == []


def test_section_headings_and_kickers_are_no_labels():
    letters = (
        "Readers on the stadium vote\n\n"
        "LETTERS.\n\n"
        "I cannot see why the city should pay for a stadium it will rarely use.\n\n"
        "Hana Birk.\n\n"
        "ONLINE.\n\n"
        "The stadium will bring visitors all year round, not just on match days.\n\n"
        "LETTERS.\n\n"
        "Our rates went up 6 per cent last year and now this.\n\n"
        "ONLINE.\n\n"
        "Build it, but not with our money.\n")
    assert [who for who, _q in said(letters)] == []
    briefs = (
        "In brief\n\n"
        "Oh, friends again: the two rival unions signed a joint pay claim on Monday.\n\n"
        "Well, never mind: the bridge reopens on Friday after 3 weeks of repairs.\n\n"
        "Oh, friends again: the mayor and her deputy shook hands at last.\n\n"
        "Well, never mind: the parade is cancelled for the second year.\n")
    assert said(briefs) == []


def test_a_name_with_the_role_of_host_after_it_is_the_host():
    text = (
        "Weekend Garden: the water restrictions\n\n"
        "NELL PIKE (HOST): Water restrictions start on Monday. How bad is it?\n\n"
        "OSKAR VANCE, water authority: The dams are at 38 per cent. We need everyone to "
        "cut use by a fifth.\n\n"
        "NELL PIKE (HOST): The growers say that will cost them a season.\n\n"
        "OSKAR VANCE, water authority: We have a rebate for drip systems, up to $500.\n")
    assert [who for who, _q in said(text)] == ["Oskar Vance", "Oskar Vance"]
