"""Hostile articles: a page that is one 200 KB line of repeated names, figures, study
mentions or capitalised words must not keep ``extract`` busy for minutes.

Each figure's and each study's work is bounded to its sentence, and a sentence to
``SENTENCE_REACH`` characters either side, so the work grows with the text, not with its
square. The tests count that work (characters the sentence finder is asked to scan),
which does not depend on the machine's load; timings are in
``benchmarks/bench_extract.py`` (``hostile``).
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from provenance.extract import extract_text, generate_draft
from provenance.extract.figures import SENTENCE_REACH
from provenance.speech import speakers

from .hostile_texts import SHAPES
from .hostile_texts import one_line as _line


@pytest.fixture
def scanned(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Characters the sentence finder is asked to look through, per call."""
    calls: list[int] = []
    start, end = speakers.sentence_start, speakers.sentence_end

    def counted_start(text: str, lo: int, pos: int) -> int:
        calls.append(pos - lo)
        return start(text, lo, pos)

    def counted_end(text: str, pos: int, hi: int) -> int:
        calls.append(hi - pos)
        return end(text, pos, hi)

    import provenance.extract.draft as draft
    import provenance.extract.studies as studies

    for mod in (speakers, studies, draft):
        monkeypatch.setattr(mod, "sentence_start", counted_start)
        monkeypatch.setattr(mod, "sentence_end", counted_end)
    yield calls


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_figure_s_sentence_never_runs_to_the_end_of_a_one_line_text(
        shape: str, scanned: list[int]) -> None:
    ex = extract_text(_line(SHAPES[shape], 20_000))
    for fc in ex.figures:
        ss, se = fc.sentence
        assert se - ss <= 2 * SENTENCE_REACH + len(fc.figure.text) + 2
    assert max(scanned, default=0) <= 2 * SENTENCE_REACH + 200


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_extraction_work_grows_with_the_text_not_its_square(
        shape: str, scanned: list[int]) -> None:
    extract_text(_line(SHAPES[shape], 20_000))
    small = sum(scanned)
    scanned.clear()
    extract_text(_line(SHAPES[shape], 40_000))
    # twice the text: about twice the work (four times, were it quadratic)
    assert sum(scanned) <= 2.6 * max(small, 1)


def test_a_200_kb_hostile_line_is_extracted_and_drafted() -> None:
    """A generous bound (the benchmark has the timings): it used to take minutes."""
    text = _line("".join(SHAPES.values()), 200_000)
    t0 = time.perf_counter()
    ex = extract_text(text)
    yaml_text = generate_draft(ex, "page.txt")
    assert time.perf_counter() - t0 < 60
    assert ex.figures and "claims:" in yaml_text


@pytest.mark.parametrize("shape", ["unsourced", "kind values"])
def test_figures_compared_by_value_grow_with_the_text_not_its_square(
        shape: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of figures of one quantity, each value different: each is compared with
    the few near its value, not with all the others."""
    from provenance.extract import figures

    calls = [0]
    overlap, same = figures._overlap, figures.same_value

    def counted_overlap(a: object, b: object, approx: bool = False) -> bool:
        calls[0] += 1
        return overlap(a, b, approx)  # type: ignore[arg-type]

    def counted_same(a: object, b: object) -> bool:
        calls[0] += 1
        return same(a, b)  # type: ignore[arg-type]

    monkeypatch.setattr(figures, "_overlap", counted_overlap)
    monkeypatch.setattr(figures, "same_value", counted_same)
    extract_text(_line(SHAPES[shape], 20_000))
    small = calls[0]
    calls[0] = 0
    extract_text(_line(SHAPES[shape], 40_000))
    assert calls[0] <= 2.6 * max(small, 1), (small, calls[0])
