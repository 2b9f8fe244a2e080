"""An article whose quantity is a length of time ("how long will the museum stay shut?"):
each source's estimate, in months or years, is a figure of one contested question, while
lengths of other orders (a two-week move, a 40-minute bus ride) stay out of it."""

from __future__ import annotations

from pathlib import Path

from provenance.extract import extract_text

from .test_extract_disputes import contested

MUSEUM = (
    "City museum repairs could take 20 months, builders say\n\n"
    "By Ola Brenner\n\n"
    "The city museum closed its doors on Friday after engineers found rot in the roof "
    "beams. The culture department said the repairs would take about nine months.\n\n"
    "The building firm, Halvorsen Bygg, said the work would need at least 20 months, "
    "because the old timber must be dried before it can be replaced.\n\n"
    "Councillor Mona Strand told a public meeting to expect three years. Moving the "
    "collection to a depot will take two weeks, and visitors who go to the branch museum "
    "instead face a 40-minute bus ride.\n"
)


def test_lengths_of_time_from_different_sources_are_one_question(tmp_path: Path) -> None:
    ex = extract_text(MUSEUM)
    src = {fc.figure.text: fc.source.name if fc.source else None for fc in ex.figures}
    assert "about nine months" in src and "at least 20 months" in src, src
    assert "three years" in src, src
    assert not any("two weeks" in t or "40" in t for t in src), src
    qs = contested(ex, tmp_path)
    assert any({"about nine months", "at least 20 months", "three years"} <= figs
               for _q, figs in qs), qs


def test_a_date_like_length_in_an_opening_about_something_else_is_no_quantity() -> None:
    ex = extract_text(
        "Strike enters its third day as 4,000 nurses walk out\n\n"
        "For three days, 4,000 nurses have picketed the hospital, the union said. The "
        "hospital said 2,600 nurses had stayed away.\n")
    assert all(fc.figure.kind != "duration" for fc in ex.figures), [
        fc.figure.text for fc in ex.figures]


GLACIER = (
    "Glacier retreating 40 m a year, guides say; survey office sees slowdown\n\n"
    "The National Survey Office told parliament that the glacier front is retreating by "
    "about 20 metres a year. The office had given a rate of 25 metres a year in a "
    "report in May, but corrected it after re-surveying.\n\n"
    "\"Eighteen metres a year is still fast,\" the office's director, Lena Aas, said.\n\n"
    "The Mountain Guides Association (MGA), a network of climbing schools and hut "
    "wardens, put the retreat at about 40 metres a year.\n\n"
    "A representative of the Climate Ministry, Per Holm, said the ministry uses a figure of "
    "30 metres a year. The new access path is 4 kilometres long, and the lake rose by "
    "3 centimetres.\n"
)


def test_lengths_in_any_unit_and_words_are_one_quantity_of_one_order() -> None:
    ex = extract_text(GLACIER)
    src = {fc.figure.text: fc.source.name if fc.source else None for fc in ex.figures}
    q = {fc.figure.text: fc.quantity for fc in ex.figures}
    # the opening's length: metres and metres in words, each source's own
    assert src.get("about 40 metres") == "Mountain Guides Association", src
    assert src.get("30 metres") == "Climate Ministry", src
    assert "Eighteen metres" in src, src
    assert q["about 40 metres"] == q["30 metres"] == q["Eighteen metres"], q
    # a path 4 km long and a lake's 3 cm are lengths of other orders: other quantities
    assert q.get("4 kilometres") != q["30 metres"] and q.get("3 centimetres") != q["30 metres"]


def test_a_figure_the_source_had_given_is_its_older_one() -> None:
    ex = extract_text(GLACIER)
    older = {fc.figure.text for fc in ex.figures if fc.revised}
    assert "25 metres" in older, [(fc.figure.text, fc.revised) for fc in ex.figures]


def test_a_lengths_question_says_its_unit_and_time_base(tmp_path: Path) -> None:
    from provenance.dossier import load_dossier
    from provenance.extract import write_draft

    d = load_dossier(write_draft(extract_text(GLACIER), tmp_path / "d", "glacier.txt"))
    asked = [q.text for q in d.questions]
    assert asked == ["How many metres a year?"], asked
