"""``Index.of_dossier`` (no graph) must be ``Index(build_graph(d))``: every field, every order.

The orders are what a reader sees: the order of a question's positions, claims, people
and works in `contested --json`, which contradiction is listed first, which source of
equal weight a claim's weight names. The dossiers here are made to tell the two orders
apart (a target named twice, a claim quoted twice in one work and once elsewhere
between, a basis that is also where the claim appears, speakers listed out of the
people's order, a claim that supports and contradicts the same claim).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from provenance.analysis import contested
from provenance.chains import Index
from provenance.dossier import load_dossier
from provenance.generate import generate_records
from provenance.graph import build_graph
from provenance.model import Appearance, Claim, Dossier, Estimate, Person, Question, Sample, Work

FIELDS = ("nodes", "based_on", "cites", "cited_by", "appearances", "stated_in", "supports",
          "contradicts", "rests_on_claim", "findings", "claims_by_work", "question_claims",
          "question_of", "people", "contradict_edges", "works", "claims")


def _same(a: Any, b: Any) -> bool:
    """Equal, and every dict's keys in the same order (``==`` ignores key order)."""
    if isinstance(a, dict):
        return (isinstance(b, dict) and list(a) == list(b)
                and all(_same(a[k], b[k]) for k in a))
    if isinstance(a, list | tuple):
        return (type(a) is type(b) and len(a) == len(b)
                and all(_same(x, y) for x, y in zip(a, b, strict=True)))
    return type(a) is type(b) and a == b


def _assert_same_index(d: Dossier) -> Index:
    want, got = Index(build_graph(d)), Index.of_dossier(d)
    for f in FIELDS:
        assert _same(getattr(got, f), getattr(want, f)), f
    for wid in want.works:
        assert got.label(wid) == want.label(wid)
    return got


def _tangled(seed: int) -> Dossier:
    """A valid dossier whose references repeat and cross every way the schema allows."""
    rng = random.Random(seed)
    nq, np_, nw, nc = 3, 6, 8, 30
    qs = [Question(f"q{i}", f"Question {i}?") for i in range(nq)]
    people = [Person(f"p{i}", f"Given{i} Surname{i}") for i in range(np_)]
    rng.shuffle(people)  # node order of people is not the order of their ids

    def some(pool: list[str], k: int) -> list[str]:
        return [rng.choice(pool) for _ in range(rng.randint(0, k))]  # repeats allowed

    wids = [f"w{i}" for i in range(nw)]
    cids = [f"c{i}" for i in range(nc)]
    pids = [p.id for p in people]
    designs = [None, "cohort", "trial", "case-report", "narrative-review", "meta-analysis"]
    works = [Work(id=w, type=rng.choice(["study", "article", "interview", "review"]),
                  title=f"Work {w}", authors=some(pids, 3), year=rng.choice([None, 2001, 2019]),
                  design=rng.choice(designs),
                  sample=Sample(rng.choice([1, 40, 900])) if rng.random() < 0.5 else None,
                  cites=some(wids, 3), supports=some(cids, 2), contradicts=some(cids, 2))
             for w in wids]
    claims = []
    for c in cids:
        apps = [Appearance(rng.choice(wids), f"quote {c} {k}", rng.choice([None, *pids]))
                for k in range(rng.randint(0, 4))]
        est = (Estimate(value=rng.choice([3.0, 12.0, 40.0]), unit="%")
               if rng.random() < 0.5 else None)
        claims.append(Claim(id=c, text=f"Claim {c} may be rare", question=rng.choice(
            [None, *[q.id for q in qs]]), position=rng.choice([None, "yes", "no", "maybe"]),
            estimate=est, appearances=apps, based_on=some(wids, 3),
            supports=some(cids, 2), contradicts=some(cids, 3)))
    return Dossier(title="tangled", root=Path("."), path=Path("dossier.yaml"), slug="tangled",
                   questions=qs, people=people, works=works, claims=claims)


@pytest.mark.parametrize("seed", range(40))
def test_same_index_as_the_graphs_on_tangled_references(seed: int) -> None:
    d = _tangled(seed)
    ix = _assert_same_index(d)
    assert ix.g is None  # read from the records, not from a graph built behind the scenes
    assert contested(build_graph(d)) == contested(None, index=ix)


def test_the_tangles_happen() -> None:
    """The dossiers above do reach the cases where the graph's order is not the records'."""
    regrouped = people_reordered = 0
    for seed in range(40):
        d = _tangled(seed)
        pos = {p.id: i for i, p in enumerate(d.people)}
        for c in d.claims:
            targets = [a.in_ for a in c.appearances] + c.based_on + c.supports + c.contradicts
            regrouped += len(set(targets)) < len(targets)
            by = [a.by for a in c.appearances if a.by]
            people_reordered += by != sorted(by, key=pos.__getitem__)
    assert regrouped > 100 and people_reordered > 50


def test_same_index_on_the_bundled_and_generated_dossiers() -> None:
    for d in (load_dossier(None), generate_records(claims=600, seed=3)):
        assert _assert_same_index(d).g is None


def test_a_dossier_the_loader_would_refuse_gets_the_graphs_index() -> None:
    """An id used twice, a reference to nothing, a speaker who is a work: the graph merges or
    invents nodes, and the index is the graph's own."""
    base = _tangled(1)
    dup = _tangled(1)
    dup.people.append(Person("p0", "Another Name"))
    unknown = _tangled(1)
    unknown.claims[0].supports.append("nowhere")
    unknown.claims[1].appearances.append(Appearance("w1", "q", by="nobody"))
    speaker = _tangled(1)
    speaker.claims[0].appearances.append(Appearance("w1", "q", by="w2"))
    for d in (dup, unknown, speaker):
        ix = _assert_same_index(d)
        assert ix.g is not None
    assert Index.of_dossier(base).g is None


def test_contested_needs_a_graph_or_an_index() -> None:
    with pytest.raises(TypeError):
        contested(None)


def test_weights_without_their_words_are_the_same_weights() -> None:
    """`contested` weighs without the reasons' words (it shows none): the numbers stay."""
    for d in (_tangled(7), load_dossier(None), generate_records(claims=300, seed=2)):
        full, bare = Index(build_graph(d)), Index.of_dossier(d, words=False)
        assert not bare.words and full.words
        for got, want in ((bare.works, full.works), (bare.claims, full.claims)):
            assert list(got) == list(want)
            for k, rec in want.items():
                assert got[k] == {f: v for f, v in rec.items() if f != "reasons"}
        assert all(r["reasons"] for r in full.claims.values())
        assert contested(None, index=bare) == contested(build_graph(d))
