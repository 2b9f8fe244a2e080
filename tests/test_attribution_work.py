"""How much work attributing a text's quotes takes: linear in the quotes, however they are laid out.

A line of repeated quotations ("“…,” said Dr Ann Lee, “…,” said Dr Ann Lee, …) is one
statement of thousands of quoted pieces; asking who said each of its quotes summed every
piece for every quote (11 s for 4,500 of them in `extract`). These tests count the pieces
looked at, not seconds, so they hold on a loaded machine.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import pytest

from provenance.speech import analyse, attribute
from provenance.speech.attribute import _overlap


@dataclass
class _Person:
    id: str
    name: str
    aliases: list[str]


class _CountedSpans(list):  # type: ignore[type-arg]
    """A statement's pieces that count how many of them are read."""

    read = 0

    def __iter__(self) -> Any:
        for item in super().__iter__():
            _CountedSpans.read += 1
            yield item

    def __getitem__(self, key: Any) -> Any:
        got = super().__getitem__(key)
        _CountedSpans.read += len(got) if isinstance(key, slice) else 1
        return got


def _repeated(n: int) -> tuple[str, list[tuple[int, int]]]:
    parts, quotes, at = [], [], 0
    for i in range(n):
        words = f"We counted {i} cases in ward {i}"
        part = f"“{words},” said Dr Ann Lee, "
        quotes.append((at + 1, at + 1 + len(words)))
        parts.append(part)
        at += len(part)
    return "".join(parts) + "“and that was all.”\n", quotes


def _pieces_read(n: int) -> tuple[int, list[str]]:
    text, quotes = _repeated(n)
    speech = analyse(text)
    assert len(speech.statements) == 1 and len(speech.statements[0].spans) > n
    for st in speech.statements:
        st.spans = _CountedSpans(st.spans)
    lee = _Person("ann-lee", "Ann Lee", [])
    _CountedSpans.read = 0
    verdicts = [attribute(speech, s, e, lee, [lee]).verdict for s, e in quotes]
    return _CountedSpans.read, verdicts


def test_a_line_of_repeated_quotations_costs_work_linear_in_its_quotes() -> None:
    small, verdicts = _pieces_read(500)
    assert set(verdicts) == {"ok"}  # every quote is Ann Lee's
    big, verdicts = _pieces_read(2000)
    assert set(verdicts) == {"ok"}
    # summing every piece for every quote read 250,000 and 4,000,000 pieces
    assert small <= 5 * 500
    assert big <= 5 * 2000


def test_the_bisected_overlap_is_the_plain_sum() -> None:
    rng = random.Random(18)
    text, _quotes = _repeated(60)
    speech = analyse(text)
    st = speech.statements[0]
    layouts = []
    for _ in range(200):
        n = rng.randrange(0, 40)
        starts = sorted(rng.sample(range(0, 3000), n))
        if rng.random() < 0.5:  # pieces in order, some touching, some empty
            spans = [(s, s + rng.randrange(0, 80)) for s in starts]
            spans = [(s, min(e, starts[k + 1]) if k + 1 < n else e)
                     for k, (s, e) in enumerate(spans)]
        else:  # anything: overlapping, out of order
            spans = [(s, s + rng.randrange(0, 400)) for s in starts]
            rng.shuffle(spans)
        layouts.append(spans)
    for spans in layouts:
        st.spans = spans
        speech._piece_bounds = None
        for _ in range(30):
            a = rng.randrange(-10, 3100)
            b = a + rng.randrange(0, 500)
            plain = sum(max(0, min(e, b) - max(s, a)) for s, e in spans)
            assert _overlap(speech, 0, a, b) == plain, (spans, a, b)


@pytest.mark.parametrize("n", [1, 9, 40])
def test_a_few_quotations_in_a_row_are_each_their_speakers(n: int) -> None:
    text, quotes = _repeated(n)
    speech = analyse(text)
    lee = _Person("ann-lee", "Ann Lee", [])
    bob = _Person("bob-roe", "Bob Roe", [])
    for s, e in quotes:
        assert attribute(speech, s, e, lee, [lee, bob]).verdict == "ok"
        got = attribute(speech, s, e, bob, [lee, bob])
        assert (got.verdict, got.said_by) == ("mismatch", "Ann Lee")


def test_a_sentence_of_many_cue_verbs_is_read_in_linear_time(monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    # "X said that, which on X said that, which on ...": one sentence of thousands of
    # characters with a cue verb in every clause; each verb's subject was looked for from
    # the sentence's start (quadratic: 44 KB took 9.4 s). Count the characters searched.
    from provenance.speech import speakers

    searched = [0]
    real = speakers._candidates

    def counted(text: str, lo: int, hi: int) -> Any:
        searched[0] += hi - lo
        return real(text, lo, hi)

    monkeypatch.setattr(speakers, "_candidates", counted)
    work = []
    for n in (200, 800):
        searched[0] = 0
        analyse(("X said that, which on " * n) + 'wrote that "12 people".')
        work.append(searched[0])
    assert work[1] < 6 * work[0]  # four times the text: about four times the work, not 16
