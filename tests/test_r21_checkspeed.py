"""Round 21 of issue 18: the quote check's per-quote work, written out for the common case.

Each fast path is held to what it stands for, on random text built to hit its edges
(case, curly marks, runs of spaces, words glued to the quote, elisions, the 2,000-try
limit): the verbatim anchor to ``_chain`` with one piece, the occurrences of a quote of
one piece to the loop of ``_chain`` calls, and People's fuzzy surname look-up to the
length filter it replaced.
"""

from __future__ import annotations

import random

from provenance import anchor as A
from provenance.speech.speakers import People

_WORDS = ("we need more data the It it's “quoted” ‘single’ — – - [low back pain] ... … "
          "Ａ ﬁne naïve \u00ad \u200b 12 112 percent x").split(" ")


def _occurrences_by_chain(quote: str, text: str, first: A.Anchor, index: A.TextIndex,
                          limit: int = 50) -> list[A.Anchor]:
    """anchor_occurrences as round 20 wrote it: one ``_chain`` call per occurrence."""
    if first.start is None:
        return []
    if first.status not in ("exact", "normalized"):
        return [first]
    pieces = A._split_pieces_cached(quote.strip())
    if not pieces:
        return [first]
    raw = [p.raw for p in pieces]
    out = [first]
    pos = 0
    norm = index.norm
    while len(out) < limit:
        spans = A._chain(norm, pieces, start=pos)
        if not spans:
            break
        pos = spans[0][0] + 1
        ospans = A._norm_spans(index, spans)
        if ospans[0][0] == first.start or any(a.start == ospans[0][0] for a in out):
            continue
        exact = [text[s:e] for s, e in ospans] == raw or (
            len(raw) == 1 and text[ospans[0][0]:ospans[0][1]] == quote.strip())
        out.append(A._make("exact" if exact else "normalized", 100.0, index, ospans))
    return out


def _cases(n: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        q = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 10)))
        parts = []
        for _ in range(rng.randint(1, 5)):
            v, r = q, rng.random()
            if r < 0.2:
                v = v.upper()
            elif r < 0.4:
                v = v.replace(" ", rng.choice(["  ", "\n", " \n ", "\u00a0"]))
            elif r < 0.5:
                v = "“" + v + "”"
            elif r < 0.6:
                v = v.replace("'", "’")
            elif r < 0.7:
                v = rng.choice(["a", "1", "x", ""]) + v + rng.choice(["a", "1", "", "."])
            parts.append(v)
            parts.append(" ".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 6))))
        r = rng.random()
        quote = q.replace(" ", " ... ", 1) if r < 0.2 else "... " + q if r < 0.3 else \
            f"  {q} " if r < 0.4 else q
        out.append((quote, rng.choice(["", " ", "\n"]).join(parts)))
    # more occurrences off word boundaries than a _chain call tries
    out += [("ab", "xab" * 2100 + " ab " + "ab " * 60), ("AB", "xab" * 2100 + " ab " + "ab " * 60),
            ("ab", "Ab " * 60), ("... ab", "Ab ab xab " * 30)]
    return out


def test_verbatim_anchor_is_chain_of_one_piece() -> None:
    for quote, text in _cases(1500, 21):
        q = quote.strip()
        a = A.anchor_quote(quote, text)
        spans = A._chain(text, [A._Piece(q, q, 0)])
        if spans:
            assert (a.status, a.start, a.end, a.pieces) == ("exact", *spans[0], spans)
            assert (a.line, a.column) == A.TextIndex(text).line_col(spans[0][0])
        else:
            assert a.start is None or a.status != "exact" or len(A._split_pieces(q)) > 1


def test_occurrences_are_the_chain_loops() -> None:
    seen = 0
    for quote, text in _cases(1500, 7):
        index = A.TextIndex(text)
        first = A.anchor_quote(quote, text, index=index)
        got = A.anchor_occurrences(quote, text, first, index=index)
        want = _occurrences_by_chain(quote, text, first, A.TextIndex(text))
        assert got == want, (quote, text)
        seen += len(got) > 1
    assert seen > 300  # quotes said more than once were among them


def test_occurrences_stop_at_the_limit() -> None:
    text = " ".join(["We need more data."] * 80)
    index = A.TextIndex(text)
    first = A.anchor_quote("we need more data", text, index=index)
    for limit in (1, 2, 50):
        got = A.anchor_occurrences("we need more data", text, first, index=index, limit=limit)
        assert got == _occurrences_by_chain("we need more data", text, first, index, limit)
        assert len(got) == limit


def test_fuzzy_surname_is_the_first_best_of_the_near_ones() -> None:
    from rapidfuzz import fuzz, process

    rng = random.Random(3)
    alpha = "abcdeéö"
    asked = found = 0
    for _ in range(3000):
        people = People()
        for _ in range(rng.randint(1, 12)):
            name = "".join(rng.choice(alpha) for _ in range(rng.randint(2, 11)))
            people._surnames.setdefault(name, []).append(len(people._surnames))
        # a surname of the text with a letter or two changed, or any word
        key = rng.choice(list(people._surnames)) if rng.random() < 0.7 else ""
        for _ in range(rng.randint(1, 2)):
            at = rng.randrange(len(key) + 1)
            key = key[:at] + rng.choice(alpha) + key[at + rng.randint(0, 1):]
        key = (key + "abcde")[:max(5, len(key))]
        n = len(key)
        near = [k for k in people._surnames if 200 * min(n, len(k)) >= 88 * (n + len(k))]
        best = process.extractOne(key, near, scorer=fuzz.ratio, score_cutoff=88) if near \
            else None
        want = people._surnames[best[0]] if best is not None else []
        if key not in people._surnames:
            asked += 1
            assert people._match_surname(key) == want
            found += bool(want)
    assert asked > 2000 and found > 300
