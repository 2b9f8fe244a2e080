"""The typed results of the library are true: real results walked against their TypedDicts.

``provenance.results`` names every key ``contested()`` and ``trace()`` return;
the analyses build the dicts elsewhere (analysis.py, chains.py, trace.py). These
tests walk what they really return, on the shipped dossiers and a generated one,
key by key against the types, so a key added, dropped or retyped there fails
here instead of lying to an editor's completion or to mypy.
"""

from __future__ import annotations

import json
import subprocess
import sys
import types
import typing
from pathlib import Path
from typing import Any, Literal, NotRequired, Required, get_args, get_origin

import pytest

import provenance as pv
from provenance.model import ESTIMATE_FIELDS
from provenance.results import ContestedQuestion, EstimateGiven, TraceResult

from .conftest import BUNDLED, MINI, REPO


def conforms(value: Any, tp: Any, where: str = "$") -> list[str]:
    """Every place ``value`` differs from type ``tp`` (empty when it conforms)."""
    origin = get_origin(tp)
    if origin in (Required, NotRequired):
        return conforms(value, get_args(tp)[0], where)
    if tp is Any:
        return []
    if origin in (typing.Union, types.UnionType):
        for alt in get_args(tp):
            if not conforms(value, alt, where):
                return []
        return [f"{where}: {value!r:.60} is none of {tp}"]
    if tp is None or tp is type(None):
        return [] if value is None else [f"{where}: {value!r:.60} is not None"]
    if origin is Literal:
        return [] if value in get_args(tp) else [f"{where}: {value!r} not in {get_args(tp)}"]
    if origin is list:
        if not isinstance(value, list):
            return [f"{where}: not a list"]
        return [e for i, v in enumerate(value) for e in conforms(v, get_args(tp)[0],
                                                                 f"{where}[{i}]")]
    if typing.is_typeddict(tp):
        if not isinstance(value, dict):
            return [f"{where}: not a mapping"]
        hints = typing.get_type_hints(tp)
        errors = [f"{where}: key {k!r} not in {tp.__name__}" for k in value if k not in hints]
        errors += [f"{where}: {tp.__name__} lacks {k!r}" for k in tp.__required_keys__
                   if k not in value]
        for k, v in value.items():
            if k in hints:
                errors += conforms(v, hints[k], f"{where}.{k}")
        return errors
    if tp is float:  # an int is a float to a type checker (and to JSON)
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return [] if ok else [f"{where}: {value!r:.60} is not a number"]
    if tp is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return [] if ok else [f"{where}: {value!r:.60} is not an int"]
    return [] if isinstance(value, tp) else [f"{where}: {value!r:.60} is not {tp.__name__}"]


def test_the_walker_catches_a_missing_an_extra_and_a_mistyped_key() -> None:
    good = {"kind": "quote", "id": "a", "text": "t", "score": 99.0}
    assert conforms(good, pv.Match) == []
    assert conforms({**good, "extra": 1}, pv.Match) == ["$: key 'extra' not in Match"]
    assert conforms({k: v for k, v in good.items() if k != "id"}, pv.Match) == [
        "$: Match lacks 'id'"]
    assert conforms({**good, "score": "high"}, pv.Match) == ["$.score: 'high' is not a number"]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from provenance.generate import generate_records, write_dossier

    root = tmp_path_factory.mktemp("gen") / "g"
    write_dossier(generate_records(claims=300, seed=7), root)
    return root


@pytest.fixture(params=["bundled", "mini", "generated"])
def dossier(request: pytest.FixtureRequest, generated: Path) -> pv.OpenDossier:
    return pv.load({"bundled": BUNDLED, "mini": MINI, "generated": generated}[request.param])


def test_contested_is_a_list_of_contested_questions(dossier: pv.OpenDossier) -> None:
    questions = dossier.contested()
    assert questions
    assert conforms(questions, list[ContestedQuestion]) == []


def test_trace_results_are_trace_results(dossier: pv.OpenDossier) -> None:
    records = dossier.records
    queries = ["12 percent", "nothing matches this at all zzqx"]
    queries += [records.claims[0].text, records.people[0].name, records.works[-1].title]
    seen_chains = 0
    for q in queries:
        result = dossier.trace(q, depth=1)
        assert conforms(result, TraceResult) == [], q
        seen_chains += len(result["chains"])
    assert seen_chains  # the walk saw real chains, not only empty answers


def test_the_bundled_results_reach_every_optional_part() -> None:
    """The walk above is not vacuous: anchors, estimates, nested citations are all present."""
    d = pv.load(BUNDLED)
    chains = d.trace("12 percent")["chains"] + d.trace("maigne-1997.prevalence")["chains"]
    assert any("anchor" in a for c in chains for a in c["appearances"])
    assert any(c["estimate"] for c in chains)
    assert any(w["cites"] for c in chains for w in c["based_on"])
    assert conforms(chains, list[pv.Chain]) == []
    assert any(q["estimate_conflicts"] for q in d.contested())


def test_estimate_keys_are_the_models_fields() -> None:
    assert tuple(EstimateGiven.__annotations__) == ESTIMATE_FIELDS


def test_check_returns_the_typed_report() -> None:
    report = pv.load(MINI).check()
    assert isinstance(report, pv.CheckReport)
    assert all(isinstance(r, pv.AppearanceResult) for r in report.results)


def test_the_cli_prints_the_same_dicts(tmp_path: Path) -> None:
    """The typed results are the CLI's JSON, unchanged: no wrapper between them."""
    d = pv.load(MINI)
    out = subprocess.run([sys.executable, "-m", "provenance", "trace", "tubbs", str(MINI),
                          "--json"], capture_output=True, text=True, cwd=REPO, check=True)
    assert json.loads(out.stdout) == json.loads(json.dumps(d.trace("tubbs", limit=3)))
