"""A pasted web page can bring a hash, a data URI or a minified line: one long run of
characters with no space. The figure and study patterns once tried such a run from each
of its letters (20 KB of capital hex took 16 s; "A-A-A-..." at 40 KB over two minutes).
`extract`'s time must grow with the text: measured as a ratio of CPU time for a text and
one four times longer (quadratic gives 16, linear 4), so a loaded machine does not
decide it; and a draft is still written."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from provenance.extract import extract_text

from .test_numbers_linear import _cpu


def _hex(n: int) -> str:
    rng = random.Random(2)
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


SHAPES: dict[str, Callable[[int], str]] = {
    "capital hex": _hex,
    "hyphenated capitals": lambda n: "A-" * (n // 2),
}


def _article(run: str) -> str:
    return ("Ships wait longer\n\nThe file hash was " + run + ", the port authority said.\n\n"
            "Ships wait 10 days on average, the port authority said.\n")


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_long_run_without_spaces_is_read_in_linear_time(shape: str) -> None:
    make = SHAPES[shape]
    small = _cpu(extract_text, _article(make(2500)))
    big = _cpu(extract_text, _article(make(10000)))
    assert big / small < 8, (shape, small, big)


def test_the_article_around_a_long_run_is_still_read() -> None:
    ex = extract_text(_article(_hex(5000)))
    assert [(fc.figure.text, fc.source.name if fc.source else None) for fc in ex.figures] \
        == [("10 days", "port authority")]
