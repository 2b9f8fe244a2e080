"""The speech engine's shortcuts of round 6 give the answers of the rules they spare.

`check` reads every text of a dossier with the speech engine; these shortcuts cut its
work without changing a statement, a speaker or a verdict. Each test holds a shortcut to
the plain form on random texts made of the rule's own words, spaces, newlines, carriage
returns and letters Python's case-insensitive matching folds (ſ for s, İ for i).
"""

from __future__ import annotations

import importlib
import random
from typing import Any

import pytest

from provenance.speech import quotes as Q
from provenance.speech import speakers as K

from .test_speech_quick_refusals import _Spy

#: the module (``provenance.speech.attribute`` is also the name of its function)
A = importlib.import_module("provenance.speech.attribute")


@pytest.mark.parametrize("seed", range(3))
def test_lines_and_marks_are_the_patterns_spans(seed: int) -> None:
    """`line_spans` and `mark_offsets` (str.find) are PARA_RE's spans and MARK_RE's starts."""
    rng = random.Random(seed)
    bits = ["a", "bc", " ", "\n", "\n\n", "\r", "\r\n", "\u2028", "\"", "“", "”", "„",
            "«", "»", "‟", "‘", "’", "'", "é"]
    texts = ["", "\n", "\r", "a", "\n\nab\n", "x\r\ny\n"]
    texts += ["".join(rng.choice(bits) for _ in range(rng.randrange(0, 40)))
              for _ in range(6000)]
    for t in texts:
        assert Q.line_spans(t) == [m.span() for m in Q.PARA_RE.finditer(t)], repr(t)
        assert Q.mark_offsets(t) == [m.start() for m in Q.MARK_RE.finditer(t)], repr(t)


@pytest.mark.parametrize("seed", range(3))
def test_relay_test_is_the_pattern(seed: int) -> None:
    """A cue relays ("Aota cited studies") exactly where _RELAY_RE finds a verb of citing;
    the ASCII quick test never says no where the pattern would say yes."""
    rng = random.Random(seed)
    bits = ["cite", "cites", "CITED", "citing", "quote", "Quoted", "quoting", "recited",
            "excite", "quota", "cit", "quot", "İ", "ı", "CİTE", "cıted", "Cited", "ſ", " ",
            "-", "said", "Lee", "é", "_", "9", "’"]
    relayed = 0
    for _ in range(10000):
        cue = "".join(rng.choice(bits) + rng.choice(["", " "])
                      for _ in range(rng.randrange(1, 6)))
        want = A._RELAY_RE.search(cue) is not None
        assert A._relayed(cue) == want, cue
        relayed += want
    assert relayed > 1000


_PREP_BITS = ["in", "at", "of", "for", "OF", "For", "the", "The", "’s", " ", "  ", "\u00a0",
              "\n", ",", "Secretary", "Minister", "Chief", "Attorney General", "Head",
              "State", "of the", "for the", "proof", "Ana", "x", "theft", "off", "fort"]


@pytest.mark.parametrize("seed", range(3))
def test_office_patterns_spared_only_where_they_cannot_match(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """After a preposition, the two office patterns ("Secretary of State Ellen Price",
    "Minister for Housing Declan Fennessy") are searched unless the words before the name
    end in spaces after another word than of/for/the; where they are spared, neither
    would have matched, so the answer (yes, a preposition) is the plain one."""
    real_for, real_of = K._OFFICE_FOR_RE, K._OFFICE_OF_RE
    spy_for, spy_of = _Spy(real_for), _Spy(real_of)
    monkeypatch.setattr(K, "_OFFICE_FOR_RE", spy_for)
    monkeypatch.setattr(K, "_OFFICE_OF_RE", spy_of)
    rng = random.Random(seed)
    spared = searched = offices = 0
    for _ in range(20000):
        t = "".join(rng.choice(_PREP_BITS) + rng.choice(["", " ", " "])
                    for _ in range(rng.randrange(1, 8))) + "Ellen Price"
        at = len(t) - len("Ellen Price")
        lo = max(0, at - 12)
        if K._PREP_BEFORE_RE.search(t, lo, at) is None:
            continue
        spy_for.searched = spy_of.searched = False
        got = K._after_preposition(t, lo, at)
        window = (t, max(0, at - 40), at)
        if not spy_of.searched:
            assert got and not spy_for.searched, t
            assert real_for.search(*window) is None and real_of.search(*window) is None, t
            spared += 1
        else:
            searched += 1
            offices += real_of.search(*window) is not None
    assert spared > 1000 and searched > 1000 and offices > 40


def _finish_names(text: str, names: list[str]) -> list[str]:
    people = K.People()
    for n in names:
        got = K.clean_name(n)
        assert got is not None
        people.add(*got)
    return [p.name for p in people.finish(text)]


def test_word_written_in_lower_case_is_found_as_a_whole_word() -> None:
    """"Rival Hillary Clinton" loses "Rival" when the text writes "rival" as a word, not
    when it writes only "arrivals" or "rival_ry": the answer of the text's word set."""
    name = "Rival Hillary Clinton"
    assert _finish_names(f"{name} said no. She is a rival.", [name]) == ["Hillary Clinton"]
    assert _finish_names(f"{name} said no. Rival, she said.", [name]) == [name]
    for text in (f"{name} said no to arrivals.", f"{name} said no to rival_ry.",
                 f"{name} said no to rivals9."):
        assert _finish_names(text, [name]) == [name], text


class _CountingText(str):
    """A text that counts how often it is searched for a word."""

    finds = 0

    def find(self, *args: Any) -> int:
        _CountingText.finds += 1
        return super().find(*args)


def test_many_names_asking_read_the_text_once() -> None:
    """A text naming many people in the "Rival Hillary Clinton" form (a word the text may
    write in lower case, then a full name) is searched word by word for the first few only;
    then its words are read once into a set, so a long article with hundreds of names stays
    linear. The answers are the same either way."""
    given = ["Hillary", "Jessica", "Maria", "Anna", "David", "John", "Peter", "Sarah"]
    words = [f"Word{k}a" for k in range(200)]
    names = [f"{w} {given[k % len(given)]} Surname{k}" for k, w in enumerate(words)]
    body = " ".join(f"{n} said so." for n in names) + " " + " ".join(
        w.lower() for w in words[::2])
    _CountingText.finds = 0
    got = _finish_names(_CountingText(body), names)
    assert _CountingText.finds <= 8  # the first few asks, not one per name
    for k, (name, out) in enumerate(zip(names, got, strict=True)):
        assert out == (name.split(" ", 1)[1] if k % 2 == 0 else name), (name, out)


def test_description_kept_first_as_before() -> None:
    """The apposition and "its director, X" patterns run only while a person has no
    description: the first one found stays, as when both ran every time."""
    text = ("“We will see,” said Ann Lee, a surgeon at Mayo Clinic.\n\n"
            "Its director, Ann Lee, said: “No.”\n\n"
            "“Later,” said Ann Lee, a painter.")
    sp = A.analyse(text)
    assert [p.description for p in sp.persons] == ["a surgeon at Mayo Clinic"]
