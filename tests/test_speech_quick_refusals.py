"""The speech engine's quick refusals give the answers of the patterns they spare.

`check` reads every name and quotation of every text; a few patterns were searched at
each character before each of them. Each now runs only where the text holds what the
pattern cannot match without (a comma and space before a name, a preposition's last
letter, a cue verb's whole word). These tests hold each quick form to the plain one on
random texts made of the patterns' own words, spaces, newlines and the letters Python's
case-insensitive matching folds (ſ for s).
"""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from provenance.speech import speakers as K
from provenance.speech import statements as S

_BITS = ["in", "IN", "at", "of", "for", "from", "with", "by", "to", "on", "into", "near",
         "about", "than", "against", "like", "versus", "vs.", "VS.", "vſ.", "the", "The",
         "’s", "'s", "ſ", "said", "told", "its", "Its", "chief", "executive", "Dr", "Dr.",
         "group’s", " ", "  ", "\u00a0", "\n", ".", ",", ", ", "Secretary of State ", "x",
         "a", "“", "Lee", "Ann", "sin", "tin", "also", "had", "has", "then", "repeatedly",
         "admitted", "says", "saying", "say", "warned", "tweets", "thenceforth", "_", "9"]


def _texts(seed: int, n: int) -> list[tuple[str, int, int]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        t = "".join(rng.choice(_BITS) + rng.choice(["", " ", " ", ", "]) for _ in
                    range(rng.randrange(1, 9)))
        at = rng.randrange(0, len(t) + 1)
        lo = max(0, at - rng.choice([12, 70])) if rng.random() < 0.8 else rng.randrange(0, at + 1)
        out.append((t, lo, at))
    return out


class _Spy:
    """A pattern that records whether it was searched."""

    def __init__(self, real: re.Pattern[str]) -> None:
        self.real, self.searched = real, False

    def search(self, *args: Any) -> re.Match[str] | None:
        self.searched = True
        return self.real.search(*args)


@pytest.mark.parametrize("seed", range(3))
def test_after_preposition_refuses_only_where_its_pattern_cannot_match(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the quick refusal answers (the preposition pattern not searched), the answer
    is no and the pattern would have found nothing: the same answer as without it."""
    real = K._PREP_BEFORE_RE
    spy = _Spy(real)
    monkeypatch.setattr(K, "_PREP_BEFORE_RE", spy)
    refused = matched = 0
    for t, lo, at in _texts(seed, 40000):
        spy.searched = False
        got = K._after_preposition(t, lo, at)
        if not spy.searched:
            assert not got and real.search(t, lo, at) is None, (t, lo, at)
            refused += 1
        matched += real.search(t, lo, at) is not None
    assert refused > 10000 and matched > 1000  # it refuses most, and prepositions were met


@pytest.mark.parametrize("seed", range(3))
def test_description_before_a_name_is_found_as_by_the_search(seed: int) -> None:
    found = 0
    for t, lo, at in _texts(seed, 40000):
        want = S._DESC_COMMA_RE.search(t, lo, at)
        got = S._desc_comma_before(t, lo, at)
        assert (got and got.span()) == (want and want.span()), (t, lo, at)
        found += want is not None
    assert found > 20
    # the pattern's ``$`` also stands before a last newline
    t = "said its chief executive, \nDr Lee"
    at = t.index("Dr")
    want = S._DESC_COMMA_RE.search(t, 0, at)
    got = S._desc_comma_before(t, 0, at)
    assert want is not None and got is not None and got.span() == want.span()


def test_cue_after_a_name_is_any_finite_cue_verb_of_the_lexicon() -> None:
    """The set look-up says what one pattern of every finite cue verb says."""
    pattern = re.compile(S._CUE_LEAD + "(?:" + "|".join(sorted(S._FINITE_CUES, key=len,
                                                                   reverse=True)) + r")\b")
    words = sorted(S._FINITE_CUES)[::7] + ["said", "told", "admitted", "saying", "say",
                                           "saidé", "said_", "said9", "also", "had"]
    rng = random.Random(5)
    for _ in range(20000):
        t = "".join(rng.choice([" ", "\u00a0", "  ", "", ".", ","]) + rng.choice(
            words + ["also", "then", "had", "has", "have", "once", "thenceforth"])
            for _ in range(rng.randrange(1, 5)))
        at = rng.randrange(0, len(t) + 1)
        assert S._cue_next(t, at) == (pattern.match(t, at) is not None), (t, at)
    assert S._cue_next("Reyes has repeatedly admitted", 5)
    assert not S._cue_next("Reyes, saying", 5)


def test_a_surname_is_matched_fuzzily_as_rapidfuzz_matches_it() -> None:
    """People skip rapidfuzz when no surname has a near length (the ratio cannot reach
    88 then); the people a surname folds into are those rapidfuzz would give."""
    from rapidfuzz import fuzz, process

    rng = random.Random(11)
    letters = "aeiklnorst"
    hits = 0
    for _ in range(300):
        people = K.People()
        for _k in range(rng.randrange(1, 6)):
            surname = "".join(rng.choice(letters) for _ in range(rng.randrange(3, 11)))
            people.add("Ann " + surname.title(), ["Ann", surname.title()])
        for _q in range(20):
            key = "".join(rng.choice(letters) for _ in range(rng.randrange(5, 12)))
            if rng.random() < 0.5:  # a surname misspelt: one letter changed or added
                near = rng.choice(list(people._surnames))
                at = rng.randrange(len(near) + 1)
                key = near[:at] + rng.choice(letters) + near[at + rng.randrange(2):]
                if len(key) < 5:
                    continue
            hits += 0 if people._match_surname(key) == [] or key in people._surnames else 1
            best = process.extractOne(key, list(people._surnames), scorer=fuzz.ratio,
                                      score_cutoff=88)
            want = people._surnames[best[0]] if best is not None and \
                key not in people._surnames else people._surnames.get(key, [])
            assert people._match_surname(key) == want, (key, list(people._surnames))
    assert hits > 100  # fuzzy matches were met, not only misses
