"""Who gives a figure, and what it counts, in constructions found in articles written for
round 31 by writers who never saw the code (each test's text is written for the test).

Each names something a journalist would notice in the draft: a distance converted in
brackets borrowed by the next bare count ("closer to 70" counted in miles), a body in
lower case of five words lost, a body named beside its description credited to the
description ("campaign group"), and one unit under two names ("cfu", "colony-forming
units") set apart so the dispute never formed.
"""

from __future__ import annotations

from pathlib import Path

from provenance.analysis import contested
from provenance.check import check_dossier
from provenance.dossier import load_dossier
from provenance.extract import extract_text
from provenance.extract.draft import write_draft
from provenance.extract.figures import FigureClaim
from provenance.graph import build_graph


def _figs(text: str) -> dict[str, FigureClaim]:
    return {fc.figure.text: fc for fc in extract_text(text).figures}


def _source(fc: FigureClaim) -> str | None:
    return fc.source.name if fc.source is not None else None


LANDSLIDE = (
    "Village chief says nearly 70 missing after landslide; officials count 41\n\n"
    "The provincial disaster risk reduction office said 41 people were missing. Twelve "
    "injured people were taken to hospital in the provincial capital, about 90 km "
    "(56 miles) to the south.\n\n"
    "Village chief Efren Dumaguing said the real number was closer to 70.\n\n"
    "The local chapter of the Red Cross puts the figure at between 55 and 60.\n")


def test_a_distance_converted_in_brackets_lends_no_later_count_its_unit() -> None:
    figs = _figs(LANDSLIDE)
    assert "56 miles" not in figs and "about 90 km" not in figs  # where, not how long
    missing = figs["41 people"].quantity
    assert figs["70"].quantity == missing
    assert figs["between 55 and 60"].quantity == missing
    assert len({figs[t].group for t in ("41 people", "70", "between 55 and 60")}) == 1


def test_a_place_to_the_south_is_no_length_of_the_story() -> None:
    figs = _figs("Roads cut\n\nThe injured were taken to Sagrado, some 40 km to the "
                 "north-east. Police said 300 homes were cut off; the council said 450 homes.\n")
    assert "40 km" not in figs
    # a length the story measures stays one, towards a point of the compass or not
    figs = _figs("Queues\n\nThe queue stretched 3 km, police said; organisers said 5 km.\n")
    assert {"3 km", "5 km"} <= set(figs)
    figs = _figs("Oil slick\n\nThe oil slick now stretches 30 km to the south, the coastguard "
                 "said. Environmental group Sea Watch said it stretched 45 km.\n")
    assert figs["30 km"].group == figs["45 km"].group is not None


def test_a_body_in_lower_case_of_five_words_gives_its_figure() -> None:
    figs = _figs(LANDSLIDE)
    assert _source(figs["41 people"]) == "provincial disaster risk reduction office"


def test_a_body_named_beside_its_description_is_the_source(tmp_path: Path) -> None:
    text = ("Bathing water readings disputed\n\n"
            "Volunteers from the campaign group Wendle River Watch say a sample contained "
            "5,200 cfu of E. coli per 100ml.\n\n"
            "The Rivers and Coasts Agency recorded 1,100 cfu per 100ml at the same spot.\n\n"
            "Race organisers Coastline Events, however, put the reading at 900 cfu.\n")
    figs = _figs(text)
    assert _source(figs["5,200 cfu"]) == "Wendle River Watch"
    assert _source(figs["900 cfu"]) == "Coastline Events"
    assert len({figs[t].group for t in ("5,200 cfu", "1,100 cfu", "900 cfu")}) == 1
    (tmp_path / "a").mkdir()
    folder = write_draft(extract_text(text), tmp_path / "a" / "draft", "article.txt")
    d = load_dossier(folder)
    assert check_dossier(d).ok
    (q,) = [q for q in contested(build_graph(d)) if q["contested"]]
    assert len(q["positions"]) == 3
    # never words joined by "and" that name no body
    figs = _figs("Shops\n\nShop owners British and Bangladeshi alike say 40 shops closed on "
                 "the high street last year. The council said 25.\n")
    assert _source(figs["40 shops"]) != "British and Bangladeshi"


def test_a_person_or_a_time_beside_a_kind_of_source_is_not_a_body() -> None:
    figs = _figs("Readings\n\nThe agency said 1,100 cfu.\n\n"
                 "Police Chief Tom Reed said 400 cfu were found.\n\n"
                 "Organisers on Saturday said 700 cfu were found.\n")
    assert _source(figs["400 cfu"]) == "Tom Reed"
    assert _source(figs["700 cfu"]) == "organisers"
    figs = _figs("Budget\n\nAll the experts I interviewed said the plan would open a "
                 "$10 trillion hole.\n")
    assert _source(figs["$10 trillion"]) != "I"


def test_excess_deaths_count_deaths() -> None:
    figs = _figs("Heatwave toll\n\nThe health unit put excess deaths in the city at 312 for "
                 "the fortnight.\n\nResearchers at the university estimated about 410 excess "
                 "deaths over the same period.\n")
    assert figs["about 410 excess deaths"].quantity == figs["312"].quantity
    assert figs["about 410 excess deaths"].group == figs["312"].group is not None


def test_a_determiner_after_a_number_is_no_unit() -> None:
    figs = _figs("Visitors\n\nThe museum said 412,000 people visited.\n\n"
                 '"We would take over four hundred thousand any day," said Ingrid Pohlsen.\n')
    (fc,) = [f for t, f in figs.items() if t.startswith("over four hundred thousand")]
    assert "day" not in fc.noun and fc.figure.text == "over four hundred thousand"


def test_a_report_bought_from_a_firm_is_the_firms_figure() -> None:
    figs = _figs("Festival crowd\n\nOrganisers say 42,000 people came. Harrowmere Town "
                 "Council gave £48,000.\n\nA footfall report commissioned by the council from "
                 "the Bramley Data Partnership, using mobile-phone signals, estimated that "
                 "about 31,500 different people visited the site.\n")
    assert _source(figs["about 31,500 different people"]) == "Bramley Data Partnership"
    ex = extract_text("Plant closure\n\nThe union said 600 jobs would go.\n\nAn economic "
                      "impact assessment commissioned by Kelloway Shire Council from "
                      "consultancy Ridgeline Economics in 2023 estimated 410 jobs would go.\n")
    (study,) = ex.studies
    assert study.organisation == "Ridgeline Economics"
    (fc,) = [f for f in ex.figures if f.figure.text == "410 jobs"]
    assert _source(fc) == "Ridgeline Economics"


def test_a_description_then_the_name_set_beside_it() -> None:
    figs = _figs("Beds\n\nThe trust said occupancy was 94 per cent.\n\nA report by the county's "
                 "patient watchdog, the Calder Health Scrutiny Panel, worked from the trust's "
                 "own returns and calculated average occupancy at 98.6 per cent.\n")
    assert _source(figs["98.6 per cent"]) == "Calder Health Scrutiny Panel"


def test_a_group_of_a_kind_is_no_body_of_another_kind_named_after() -> None:
    # (a rule giving "a passengers' group" to "... Passengers' Association" was taken back
    # after review: "a rights group" became "the National Human Rights Commission")
    figs = _figs("Arrests\n\nPolice said 120 people were detained after the protest, but a "
                 "rights group said the true number was above 400.\n\nThe National Human "
                 "Rights Commission said it would investigate the arrests.\n")
    assert _source(figs["400"]) != "National Human Rights Commission"


OVERRUN = (
    "Fact check: is the tram extension really £2.3bn over budget?\n\n"
    "Claim: \"The tram extension is now £2.3bn over budget,\" said Councillor Martin Hale.\n\n"
    "Westbridge City Council told us that the overrun currently stands at £640m.\n\n"
    "The Northern Accounts Office estimated that the final overrun would be between £900m "
    "and £1.1bn.\n")


def test_sums_of_an_overrun_in_other_words_are_one_question(tmp_path: Path) -> None:
    figs = _figs(OVERRUN)
    groups = {figs[t].group for t in ("£640m", "between £900m and £1.1bn")}
    assert len(groups) == 1 and None not in groups
    assert {fc.group for t, fc in figs.items() if t == "£2.3bn"} == groups
    folder = write_draft(extract_text(OVERRUN), tmp_path / "draft", "article.txt")
    d = load_dossier(folder)
    assert check_dossier(d).ok
    (q,) = [q for q in contested(build_graph(d)) if q["contested"]]
    assert len(q["positions"]) >= 3


def test_a_sum_of_something_else_stays_out() -> None:
    figs = _figs(OVERRUN + "\nThe council said the fine was £40m. The line's budget was "
                 "£1.4bn.\n")
    grouped = figs["£640m"].group
    assert figs["£40m"].group != grouped and figs["£1.4bn"].group != grouped
    # two projects each over budget are two sums; the first and second instalment two
    figs = _figs("Overruns\n\nThe Harlow tram extension is £42m over budget, said Councillor "
                 "Martin Hale. The new Elmfield hospital wing is £55m over budget, the Calder "
                 "health board said.\n")
    assert figs["£42m"].group is None or figs["£42m"].group != figs["£55m"].group
    figs = _figs("Payments\n\nThe transport ministry said the first instalment would be "
                 "£40m. According to the operator, Northway Rail, the second instalment would "
                 "be £65m.\n")
    assert figs["£40m"].group is None or figs["£40m"].group != figs["£65m"].group


def test_beings_that_died_are_deaths() -> None:
    figs = _figs("Zoo deaths\n\nDid more than 60 animals die at the zoo in 2023? The zoo "
                 "recorded 38 deaths.\n")
    assert figs["more than 60 animals"].quantity == figs["38 deaths"].quantity == "death"
    # where the text counts the beings otherwise, they stay what it counts
    figs = _figs("Floods\n\nThe floods caused 14 deaths, police said. Farmers said more than "
                 "1,200 sheep died in the flooded valleys, while the agriculture ministry put "
                 "the figure at 800 sheep.\n")
    assert figs["more than 1,200 sheep"].quantity == figs["800 sheep"].quantity
    figs = _figs("Hive losses\n\nA beekeeper said up to 40,000 hives died. The ministry "
                 "puts the loss at 12,500 hives.\n")
    assert figs["up to 40,000 hives"].quantity == figs["12,500 hives"].quantity
    figs = _figs("Heatwave\n\nMore than 600 people in this city died because of that "
                 "heatwave, said Cllr Rhiannon Pryce. The health unit put excess deaths at "
                 "312.\n")
    assert figs["More than 600 people"].quantity == figs["312"].quantity
    # a count of things with no death stays what it counts
    figs = _figs("Trees\n\nThe council said 300 trees were felled. Campaigners said 450 "
                 "trees.\n")
    assert figs["300 trees"].quantity == "tree"
    # those who killed are no deaths, wherever they were
    figs = _figs("Fighting\n\nThe army said 2,000 troops in the province killed 300 "
                 "militants last month.\n")
    assert figs["2,000 troops"].quantity != "death"


def test_a_unit_defined_in_brackets_is_no_source() -> None:
    figs = _figs("Port backlog\n\nThe Brenneport Port Authority said on Thursday that about "
                 "38,000 twenty-foot equivalent units (TEU) were awaiting collection.\n\n"
                 "Portwatch Analytics put the backlog at between 45,000 and 52,000 TEU.\n")
    (first,) = [f for t, f in figs.items() if t.startswith("about 38,000")]
    assert _source(first) == "Brenneport Port Authority"
    # a source in brackets still is one
    figs = _figs("Crowd\n\nThe crowd was 47,000 (the government) or 90,000 (NUT).\n")
    assert _source(figs["90,000"]) == "NUT"


def test_a_dateline_is_nobodys_study_or_source() -> None:
    ex = extract_text(
        "Dock ballot turnout disputed\n\nBy Samuel Okonjo\n\n"
        "HARWICK, England, March 14 (Meridian News) - A union representing dock workers "
        "said on Thursday that 54 per cent of its members had voted, but the port's "
        "operator said its own calculation put turnout at 41 per cent.\n")
    assert all(s.organisation not in ("HARWICK", "Meridian News") for s in ex.studies)
    assert all(f.source is None or f.source.name not in ("HARWICK", "Meridian News")
               for f in ex.figures)


def test_a_bodys_figures_give_and_its_name_keeps_its_the(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from provenance.cli import app

    text = ("Traffic row\n\nThe National Roadways Authority said 118,000 vehicles a day use "
            "the road.\n\nThe campaign group Castlebridge Against the Widening said its count "
            "was about 94,000 vehicles a day.\n")
    figs = _figs(text)
    assert _source(figs["about 94,000 vehicles"]) == "Castlebridge Against the Widening"
    folder = write_draft(extract_text(text), tmp_path / "draft", "article.txt")
    result = CliRunner().invoke(app, ["contested", str(folder)])
    assert result.exit_code == 0, result.output
    # a work named as figures gives nothing alone: "... figures give 118,000 vehicles"
    assert "National Roadways Authority figures give 118,000 vehicles" in result.output
    assert "figures gives" not in result.output
    # (a plural after "of" is not the work's: "Survey of 2,000 parents gives")


def test_a_kind_of_body_in_a_contrasting_clause_is_the_one_named_after_it() -> None:
    figs = _figs("Nurses' strike\n\nThe health board said 1,400 nurses walked out, but a "
                 "nurses' union said the true number was above 4,700.\n\nThe Allied Nurses' "
                 "Union has called a second strike for next week.\n")
    assert _source(figs["4,700"]) == "Allied Nurses' Union"


def test_the_reviews_guards_stay() -> None:
    figs = _figs("March\n\nPolice said about 3,000 all told had marched. Organisers said "
                 "8,000.\n")
    assert "8,000" in figs and any(t.startswith("about 3,000") for t in figs)
    figs = _figs("Ballot\n\nTurnout in the ballot was 54 per cent; the figure comes from a "
                 "survey by Polaris Research. The employers said 41 per cent.\n")
    assert figs["54 per cent"].source is not None
