"""Hostile one-line articles for tests/test_extract_hostile.py and benchmarks/bench_hostile.py.

Plain data, no pytest: the benchmark runs without it. Each shape is a phrase that once
made ``extract`` quadratic when repeated to one long line with no sentence end; the
test counts the work on 20-40 KB of it, the benchmark times 200 KB.
"""

from __future__ import annotations

#: The shapes, each a phrase to repeat.
SHAPES = {
    "names": "Officials at the National Health Agency and John Smith said 1,200 people died, ",
    "figures": "1,000 people, 2,000 people and 3 percent of voters ",
    "according": "according to the Ministry of Health 4,500 cases and ",
    "studies": "a study by the University of Bristol found 12 percent of ",
    "contrast": "The Agency estimated 1,300 deaths, while ",
    "capitals": "Aaa Bbb Of Ccc Ddd's Eee Study Report ",
    "revisions": "The new number is from a 2014 survey of 300 parents, ",
    # found in review (fourth round): each read to the end of the line once per match
    "described": 'a 45-year-old trader "Yes we did," the trader said. ',
    "named study": "The Health Survey of Leith found 12 cases. ",
    "she put": 'She put the crop loss at "9 crore". ',
    "kind word": "The developer said 400 jobs. ",
    # fifth round: many figures of one quantity with different values ("{n}" counts up):
    # the article's own figures each compared with every sourced one; a body named by its
    # kind looked for among every named body's figures
    "unsourced": "The Agency put the toll at {n}. But the toll was {m}. ",
    "kind values": "The Kestrel Trust said {n} cases. Charity says {m} cases. ",
    # sixth round: digit groups that start a lakh grouping ("2,80,346") and never end one
    "digit groups": "1,21,21,21,21,21,21,21,21,21,21,2",
}


def one_line(phrase: str, size: int) -> str:
    """A page of ``size`` characters: a headline, then ``phrase`` repeated on one line
    (``{n}`` and ``{m}`` in it: numbers that differ at each repetition, far apart)."""
    if "{n}" in phrase:
        parts: list[str] = []
        k, n = 0, 0
        while n < size:
            parts.append(phrase.format(n=f"{1000 + 7 * k:,}", m=f"{500000 + 11 * k:,}"))
            n += len(parts[-1])
            k += 1
        return "Headline of the page\n\n" + "".join(parts)[:size] + ".\n"
    body = phrase * (size // len(phrase) + 1)
    return "Headline of the page\n\n" + body[:size] + ".\n"
