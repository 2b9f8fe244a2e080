"""A figure of the article's disputed measure that no rule finds a source for is kept as a
claim with the draft's best guess, marked for the journalist to check, instead of being
dropped (round 11: on a batch nobody had tuned to, most missed sides of a dispute were such
figures). Texts written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from provenance.check import check_dossier
from provenance.dossier import load_dossier
from provenance.extract import extract_text, write_draft
from tests.figurecases import questions

DELAYED_NAME = """Hive losses far worse than ministry admits, beekeepers say

A veteran beekeeper has claimed that up to 40,000 hives died across the region over the \
winter. Maren Holt, who has kept bees near Ostrava for two decades, said the losses were \
the worst she had seen.

"I opened box after box and found nothing alive," Holt said.

The agriculture ministry puts the loss at 12,500 hives, based on reports from registered \
keepers. A ministry spokesman said its count was "complete and checked".
"""

HEADLINE_AGAIN = """Tree surgeon claims 90,000 SQUIRRELS now strip county's trees

ALMOST 90,000 squirrels may now be living in the county's woods, a tree surgeon has warned.

"I see fresh bark damage on every job," said Tomas Varga, who has worked in local \
woodland for two decades.

The forestry agency's spring survey found about 15,000 squirrels.
"""

RULES_AND_PAGE = """Speed on the canal towpath

Cyclists on the towpath average 24 km/h, according to the Waterways Board. Walkers' group \
Towpath Together puts the typical speed at 31 km/h.

The Waterways Board is weighing a proposed 15 km/h limit on the busiest stretch.

Posted by Ana Ruiz | 4 min read | 15 comments
"""


def _sources(text: str) -> dict[str, tuple[str, str] | None]:
    return {fc.figure.text: (fc.source.name, fc.source.how) if fc.source else None
            for fc in extract_text(text).figures}


def test_a_lede_that_names_its_source_a_sentence_later_keeps_the_figure(tmp_path: Path) -> None:
    assert _sources(DELAYED_NAME)["up to 40,000 hives"] == ("Maren Holt", "guess")
    qs = questions(DELAYED_NAME, tmp_path)
    assert len(qs) == 1
    positions = next(iter(qs.values()))
    assert any("40,000" in p and "Maren Holt" in p for p in positions)
    assert any("12,500" in p for p in positions)


def test_the_draft_marks_a_guessed_source_and_still_passes_check(tmp_path: Path) -> None:
    folder = write_draft(extract_text(DELAYED_NAME), tmp_path / "draft", "article.txt")
    yaml_text = (folder / "dossier.yaml").read_text(encoding="utf-8")
    assert "Source guessed" in yaml_text and "draft: check source" in yaml_text
    assert check_dossier(load_dossier(folder)).ok


def test_a_headline_restating_a_guessed_figure_joins_it() -> None:
    src = _sources(HEADLINE_AGAIN)
    # the lede's shouted first word is no body's name; the name the next sentence gives is
    assert src["ALMOST 90,000 squirrels"] == ("Tomas Varga", "guess")
    assert src["90,000"] == ("Tomas Varga", "guess")
    assert src["about 15,000 squirrels"] == ("forestry agency", "study")


def test_a_rule_and_the_page_furniture_get_no_guessed_source() -> None:
    src = _sources(RULES_AND_PAGE)
    assert src["24 km/h"] == ("Waterways Board", "according-to")
    assert src["15 km/h"] is None  # a proposed limit measures nothing
    assert src["15 comments"] is None


LEAD_TIMES = """New lift parts still slow to arrive

Residents of the Larch Street towers have been climbing stairs since March.

The council says it has written to the owners twice.

Tenants held a meeting on Tuesday evening in the community hall.

Elevator maker Hoistwell says lead times for replacement motors have come down to about \
40 weeks. The building owners' association, Tower Owners Forum, puts the lead time for the \
same motors at 65 weeks.

Engineers have worked on the tower's lifts for six years.
"""


def test_a_length_of_time_given_as_a_value_is_a_measure_but_not_how_long_work_went_on() -> None:
    # "come down to about 40 weeks", "at 65 weeks": values a source gives; "for six years"
    # says how long something went on
    src = _sources(LEAD_TIMES)
    assert src["about 40 weeks"] == ("Hoistwell", "subject")
    assert src["65 weeks"] == ("Tower Owners Forum", "subject")
    assert "six years" not in src


def test_a_stage_of_pregnancy_is_no_length_of_time_anyone_measures() -> None:
    text = ("The registry counts 4.1 per 1,000 births, using a loss at 24 weeks of pregnancy "
            "as its line. The midwives' college, Birthwatch, says the rate is 6 per 1,000.")
    assert "24 weeks" not in _sources(text)


TWO_WORDINGS = """How long will the new hospital lifts take?

Hospital trust managers say staff are using the stairs.

Porters have complained for months.

The union wrote to the board on Friday.

The Lift Engineers Federation puts the typical wait for motors at 52 weeks. The supplier \
register run by NHS Supply Chain puts the typical wait at 45 weeks.

Manufacturer Hoistwell quotes delivery times of 70 weeks for custom motors. Consultant \
Omar Reyes says buyers should expect a delivery time of about 80 weeks.
"""


def test_two_wordings_of_one_physical_measure_from_different_sources_are_one_question(
        tmp_path: Path) -> None:
    # "the typical wait" and "delivery times", each answered by two sources: one dispute
    figures = extract_text(TWO_WORDINGS).figures
    assert len({fc.group for fc in figures}) == 1 and figures[0].group is not None
    qs = questions(TWO_WORDINGS, tmp_path)
    assert len(qs) == 1 and len(next(iter(qs.values()))) == 4


def test_a_range_keeps_its_unit_symbol_whole() -> None:
    from provenance.numbers import canonical_unit, scan

    (f,) = scan("Riders were clocked at 18 to 21 km/h on the lane.", bare=True)
    assert (f.kind, f.low, f.high, f.unit) == ("range", 18, 21, "km/h")
    assert canonical_unit(f.unit)[0] != "length"  # a speed, not 18,000 metres


NOTE_TO_CLIENTS = """Bridge repair bill in dispute

The highways agency puts the repair bill at $400 million. Engineers' union Civil Works \
Alliance says it will cost $1.1 billion.

"Neither figure survives a close look," said Ruth Okafor, a bond analyst at Tamar \
Securities. In a research note to investors on Tuesday, she valued the repairs at $650 \
million to $800 million.
"""


def test_a_document_in_the_phrase_a_sentence_opens_with_is_not_its_subject() -> None:
    # "In a research note ..., she valued ...": her figure, the note what it rests on
    fc = next(fc for fc in extract_text(NOTE_TO_CLIENTS).figures
              if fc.figure.text.startswith("$650 million"))
    assert fc.source is not None and fc.source.name == "Ruth Okafor"
    assert fc.study_id is not None


def test_its_opening_a_sentence_is_the_body_the_sentence_before_opened_with() -> None:
    text = ("Harbour lights too bright, say residents\n\n"
            "The Quayside Residents Association measured glare of 40 lux on the promenade.\n\n"
            "Port Belmar rejects the claim. Its own lighting survey found an average of 12 "
            "lux.\n")
    fc = next(fc for fc in extract_text(text).figures if fc.figure.text.startswith("12"))
    assert fc.source is not None and fc.source.name == "Port Belmar"


FOXES = """Fox numbers: three counts, three answers

Harwick Fox Watch believes up to 9,000 foxes live in the town.

Harwick Borough Council disagrees. Its wardens estimate around 1,500 foxes.

Last year the council logged 212 fox complaints.

A camera-trap study by Harwick University, run at 90 sites, put the figure at between \
2,000 and 3,000.
"""


def test_a_bare_figure_far_from_the_noun_named_last_counts_the_count_of_its_order() -> None:
    # "212 fox complaints" was named last; "between 2,000 and 3,000" counts foxes
    quantity = {fc.figure.text: fc.quantity for fc in extract_text(FOXES).figures}
    assert quantity["between 2,000 and 3,000"] == quantity["up to 9,000 foxes"]
    assert quantity["212 fox complaints"] != quantity["up to 9,000 foxes"]


def test_a_closing_quotation_mark_is_no_part_of_what_a_share_is_of() -> None:
    text = ("Its survey found 'about one in 8 teenagers' were gambling every week, the "
            "ministry said.")
    (fc,) = extract_text(text).figures
    assert "'" not in fc.quantity and "’" not in fc.quantity
    assert fc.quantity == "share of teenager"


def test_a_difference_between_two_things_measured_is_a_figure_not_between_two_figures() -> None:
    measured = ("The council's own modelling showed an average difference of 3.2 degrees "
                "between the valley floor and the ridge.")
    assert [fc.source.name if fc.source else None
            for fc in extract_text(measured).figures] == ["council"]
    figures = ("The gap of more than 700 hours between its figure and the council's was "
               "never explained. The council says 1,200 hours.")
    assert [fc.figure.text for fc in extract_text(figures).figures] == ["1,200 hours"]


def test_degrees_written_glued_to_the_number_are_a_temperature() -> None:
    from provenance.numbers import canonical_unit, scan

    (f,) = scan("Temperatures hit 45.9C in Mildura on Saturday.", bare=True)
    assert (f.value, canonical_unit(f.unit)[1]) == (45.9, "degree")
    (g,) = scan("The bureau says it was 45.9 degrees.", bare=True)
    assert canonical_unit(g.unit)[1] == canonical_unit(f.unit)[1]


def test_he_after_an_unnamed_spokesman_is_the_spokesmans_body_not_the_last_named_person(
        tmp_path: Path) -> None:
    text = ("Otter numbers on the Tamsin\n\n"
            "River keeper Ana Ruiz, who founded Tamsin Otter Watch, says 60 otters live on "
            "the river.\n\n"
            "\"We log spraints on every bend,\" Ruiz said.\n\n"
            "A spokesman for the Tamsin Rivers Authority said: \"Our surveyors count about 25 "
            "otters.\"\n\n"
            "He added that the authority had handled 48 complaints about sewage on the river "
            "last year.\n")
    src = _sources(text)
    assert src["48 complaints"] == ("Tamsin Rivers Authority", "pronoun")
    folder = write_draft(extract_text(text), tmp_path / "draft", "article.txt")
    assert check_dossier(load_dossier(folder)).ok


# --- round 11 review: over-broad readings mended (texts written for these tests) --------


def test_a_rivals_bare_figure_stays_in_its_dispute_beside_a_single_count() -> None:
    text = ("Harbourside Hospital has 512 beds. Last week 14 patients waited on trolleys in "
            "corridors, the trust said. The nurses' union put the figure at 260.")
    quantity = {fc.figure.text: fc.quantity for fc in extract_text(text).figures}
    assert quantity["260"] == quantity["14 patients"]


def test_a_term_or_a_limit_in_years_is_no_measure_but_a_figure_put_at_years_is() -> None:
    text = ("Savers now need an average of 8 years to raise a deposit, according to the "
            "Building Societies Council. Estate agents Marlow & Finch put the figure at 11 "
            "years.\n\nLenders are offering mortgages of up to 40 years, and a ban of 10 years "
            "applies to repeat offenders.")
    from provenance.numbers import scan

    src = _sources(text)
    assert "11 years" in src and src["11 years"] is not None
    # (the number parser reads both; neither becomes a figure of the question)
    assert {"up to 40 years", "10 years"} <= {f.text for f in scan(text, bare=True)}
    assert "up to 40 years" not in src and "10 years" not in src


def test_the_next_sentences_name_is_no_guess_unless_someone_unnamed_gives_the_figure() -> None:
    text = ("Knee surgery waits\n\n"
            "The health board said the average wait for knee surgery was 30 weeks. Surgeons "
            "at the Orthopaedic Society said the average wait was 52 weeks.\n\n"
            "In Swansea, the wait was 70 weeks. At Morriston Hospital, the typical wait is "
            "45 weeks.\n")
    src = _sources(text)
    # (no one in the text gives either: no source, rather than the hospital's name)
    assert src["70 weeks"] is None and src["45 weeks"] is None


def test_a_guess_never_gives_a_figure_to_the_source_of_its_rival() -> None:
    text = ("Aid cuts will leave 3.1 million children without vaccines, it has been claimed. "
            "The Foreign Office said the true figure was 900,000 children.")
    src = _sources(text)
    assert (src["3.1 million children"] or ("", ""))[0] != "Foreign Office"


def test_a_name_with_an_age_opening_the_sentence_before_is_a_person_not_the_body() -> None:
    text = ("Dana Ruiz, 41, who lost her job in May, said she waited 9 weeks for a hearing. "
            "The employment tribunal service said waits had come down to about 6 weeks.")
    assert _sources(text)["about 6 weeks"] == ("employment tribunal service", "subject")


def test_a_speed_range_is_one_figure_with_its_symbol_and_answers_the_speed_question(
        tmp_path: Path) -> None:
    text = ("The council said average speeds on the path were 16 to 19 km/h. Riders say "
            "speeds of 28 km/h are common.")
    figures = extract_text(text).figures
    assert [fc.figure.text for fc in figures] == ["16 to 19 km/h", "28 km/h"]
    assert figures[0].quantity == figures[1].quantity and figures[0].group is not None


def test_she_after_a_body_quoted_by_its_one_word_name_is_the_woman_named_before() -> None:
    from provenance.speech import analyse

    text = ("The Ministry of Roads said its own counts were reliable.\n\n"
            "The Ministry added: 'Every crossing is inspected twice a year.'\n\n"
            "The paper also spoke to Orla Briggs, a childminder from Kells, who said she had "
            "seen two near misses in a week.\n\n"
            "'A child will be hit before anything changes,' she said.\n")
    said = [st.speaker for st in analyse(text).statements]
    assert said[-1] == "Orla Briggs"


def test_the_debate_view_shows_a_drafts_note_that_a_source_was_guessed(
        browser: Any, tmp_path: Path) -> None:
    from provenance.pipeline import page_inputs
    from provenance.render.page import write_html

    from .browser import open_page

    folder = write_draft(extract_text(DELAYED_NAME), tmp_path / "draft", "article.txt")
    d = load_dossier(folder)
    page_path = tmp_path / "page.html"
    write_html(d, page_path, inputs=page_inputs(d))
    w = open_page(browser, page_path, width=1280, height=720)
    qid = d.questions[0].id
    w.page.evaluate(f"openDebate({qid!r})")
    notes = w.page.locator("#debate .debate-note").all_inner_texts()
    assert any("Source guessed" in n and "Maren Holt" in n for n in notes)
    assert w.requests == [] and w.errors == []
    w.page.close()


def test_scientists_at_the_office_named_before_are_that_office() -> None:
    text = ("The Coastal Survey Office counted 340 seals in March. Scientists at the office "
            "now estimate 410 seals. Fishermen say there are more than 1,000.")
    assert _sources(text)["410 seals"] == ("Coastal Survey Office", "subject")


def test_extract_says_how_many_sources_it_guessed(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from provenance.cli import app

    article = tmp_path / "article.txt"
    article.write_text(DELAYED_NAME, encoding="utf-8")
    got = CliRunner().invoke(app, ["extract", str(article), "-o", str(tmp_path / "draft")])
    assert got.exit_code == 0, got.output
    assert "(1 guessed: check them)" in got.output
