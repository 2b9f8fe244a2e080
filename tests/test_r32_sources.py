"""Who gives a figure, and what it counts, in general English constructions that round
32 found failing (each test's text is written for the test; none is copied from an
evaluation article).

Each names something a journalist would notice in the draft: "went further, saying"
credited to a union instead of its leader, a one-word campaign group ("Brightfeather")
skipped by the "It" that follows it, two areas "lost" set apart because one is six times
the other, a headline's ", ministry says" left with no source, "calculated by adding the
ministry's total" credited to "adding the ministry", and "according to a note the unit
published" credited to "note the unit published".
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
    # a single capitalised word beside a kind of place is no body ("Paris, a city of")
    figs = _figs("Rents\n\nPerth, a city of two million, saw rents rise. The council said "
                 "400 homes were empty. It later put the number at 450.\n")
    assert _source(figs["450"]) != "Perth"


def test_two_areas_the_text_says_were_lost_are_one_question_whatever_their_order() -> None:
    figs = _figs("Woodland loss\n\nThe council says 50 hectares of woodland were lost since "
                 "2015. Campaigners say 300 hectares were lost.\n")
    assert figs["50 hectares"].group == figs["300 hectares"].group is not None
    # a holding, or a part, of another order stays apart from the burnt area
    figs = _figs("Bushfire\n\nThe fire service said 20,000 hectares burnt. Farmers say "
                 "30,000 hectares burnt. About 900 of his 1,400 hectares burnt, said "
                 "grazier Tom Reid.\n")
    assert figs["20,000 hectares"].group == figs["30,000 hectares"].group is not None
    assert figs["1,400 hectares"].group != figs["20,000 hectares"].group
    figs = _figs("Wildfire\n\nOfficials said 8,000 hectares were lost. The mayor said "
                 "between 9,000 and 10,000 hectares were lost, including about 600 hectares "
                 "of vineyards.\n")
    assert figs["8,000 hectares"].group == figs["between 9,000 and 10,000"].group is not None
    assert figs["about 600 hectares"].group != figs["8,000 hectares"].group


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
