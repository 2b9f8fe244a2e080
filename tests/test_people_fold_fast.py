"""People's quick answers say what the general rules say (round 22).

`People._compatible` answers True for a name of one word on either side without folding
the tokens (`_given_fits` has no given names to compare then), and `_fuller` answers
False for two equal token lists without summing their folded lengths. Held here to the
general rules on random names, including accented, dotted and one-letter tokens.
"""

from __future__ import annotations

import random

import pytest

from provenance.speech.speakers import People, _given_fits, fold, given_compatible

_TOKENS = ["Ann", "ann", "A.", "A", "Ana", "Ána", "Bob", "B.", "R.", "Shane", "R.S.",
           "Lee", "LEE", "Lée", "Jean-Yves", "J.-Y.", "Dr.", "Mary", "M", "Okoro", "Ōkoro",
           "van", "de", "Ivan", "I.", "ıvan", "Łukasz", "Lukasz", "St.", "O'Neil"]


def _name(rng: random.Random) -> list[str]:
    return [rng.choice(_TOKENS) for _ in range(rng.choice([1, 1, 2, 2, 2, 3, 4]))]


def _fuller_general(new: list[str], old: list[str]) -> bool:
    if len(new) != len(old):
        return len(new) > len(old)
    return sum(len(fold(t)) for t in new[:-1]) > sum(len(fold(t)) for t in old[:-1])


@pytest.mark.parametrize("seed", range(3))
def test_compatible_is_given_compatible(seed: int) -> None:
    rng = random.Random(seed)
    people = People()
    for _ in range(4000):
        a, b = _name(rng), _name(rng)
        want = _given_fits([fold(t) for t in a], [fold(t) for t in b])
        assert people._compatible(a, b) == given_compatible(a, b) == want, (a, b)


@pytest.mark.parametrize("seed", range(3))
def test_fuller_is_the_general_rule(seed: int) -> None:
    from provenance.speech.speakers import _fuller

    rng = random.Random(seed)
    for _ in range(4000):
        a = _name(rng)
        b = list(a) if rng.random() < 0.4 else _name(rng)
        assert _fuller(a, b) == _fuller_general(a, b), (a, b)
        assert _fuller(b, a) == _fuller_general(b, a), (b, a)
