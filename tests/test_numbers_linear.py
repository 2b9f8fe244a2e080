"""A stranger's dossier can carry any text in a figure's `estimate.text`, and `contested`,
`render` and `trace` read it with the number parser: a run of thousands groups
("1,000,000,...") once took 7.7 s at 12 KB and grew with the square of its length. The
parser's time must grow with the text, in both of its modes (the dossier commands' and
`extract`'s). Measured as a ratio of CPU time for a text and one four times longer (a
quadratic path gives 16, a linear one 4), so a loaded machine does not decide it."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from provenance.numbers import find_numbers, parse_amounts, scan

SHAPES = {
    "thousands groups": lambda n: "1" + ",000" * n,
    "thousands groups with a unit": lambda n: "1" + ",000" * n + " people",
    "lakh groups": lambda n: "1" + ",2" * n,
    "dot groups": lambda n: "1" + ".000" * n,
    "space groups": lambda n: "1" + " 000" * n + " people",
}


def _cpu(read: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t = time.process_time()
        read(text)
        best = min(best, time.process_time() - t)
    return max(best, 1e-3)


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("read", [parse_amounts, find_numbers, lambda t: scan(t, bare=True)],
                         ids=["dossier", "extract", "bare scan"])
def test_the_number_parser_reads_a_long_run_of_digit_groups_in_linear_time(
        shape: str, read: Callable[[str], object]) -> None:
    make = SHAPES[shape]
    small, big = _cpu(read, make(4000)), _cpu(read, make(16000))
    assert big / small < 8, (shape, small, big)

