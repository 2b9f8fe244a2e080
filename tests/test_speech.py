"""One engine, one truth: extract, check, report, trace and the export give one answer."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.check import check_dossier, generate_text, verification
from provenance.cli import app
from provenance.dossier import load_dossier
from provenance.extract import extract, extract_text
from provenance.model import Person
from provenance.report import report_data
from provenance.speech import analyse, attribute

MINI = Path(__file__).parent / "data" / "mini"


def draft_and_check(tmp_path: Path, text: str, name: str = "article.txt"):
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    _ex, folder = extract(src, tmp_path / "draft")
    d = load_dossier(folder)
    return d, check_dossier(d)


# -- the "stressed" cue: extract and check agree ---------------------------------


STRESSED = (
    "Clinic trial halted after safety review\n\n"
    "The trial was stopped on Tuesday after two patients fell ill.\n\n"
    "\u201cWe will not restart until we understand what happened,\u201d Dr. Maria Lopez "
    "stressed.\n\n"
    "The hospital declined to comment further.\n"
)


def test_a_cue_verb_outside_the_old_lists_is_one_answer(tmp_path: Path) -> None:
    (st,) = extract_text(STRESSED).statements
    assert st.speaker == "Maria Lopez"
    d, report = draft_and_check(tmp_path, STRESSED)
    (r,) = report.results
    assert r.person == st.speaker_id
    assert (r.status, r.attribution, r.said_by) == ("exact", "ok", "Maria Lopez")
    assert report.ok


@pytest.mark.parametrize("verb", ["whispered", "conceded", "cautioned", "underscored",
                                  "reiterated", "quipped", "lamented", "recalled"])
def test_the_cue_lexicon_is_general(verb: str) -> None:
    text = f"Intro line here.\n\n\u201cThe numbers are not there yet,\u201d Sam Okafor {verb}.\n"
    assert [s.speaker for s in extract_text(text).statements] == ["Sam Okafor"]


# -- a quote said twice ----------------------------------------------------------


TWICE = (
    "Two views on the trial\n\n"
    "\u201cWe need more data,\u201d said Ann Lee, who led the study.\n\n"
    "Her colleague disagreed on almost everything else. But on one point they met.\n\n"
    "\u201cWe need more data,\u201d said Bob Ray.\n"
)
PEOPLE = [Person("lee", "Ann Lee", ["Lee"]), Person("ray", "Bob Ray", ["Ray"]),
          Person("cho", "Cy Cho", ["Cho"])]


def _dossier(make_dossier, by: str, quote: str, text: str) -> Path:
    by_line = f"        by: {by}\n" if by else ""
    return make_dossier(
        "title: T\n"
        "people:\n"
        "  - {id: lee, name: Ann Lee, aliases: [Lee]}\n"
        "  - {id: ray, name: Bob Ray, aliases: [Ray]}\n"
        "  - {id: cho, name: Cy Cho, aliases: [Cho]}\n"
        "works:\n"
        "  - {id: a, type: article, title: A, source_text: sources/a.txt}\n"
        "claims:\n"
        "  - id: c\n"
        "    text: More data is needed.\n"
        "    appearances:\n"
        "      - in: a\n"
        f"{by_line}"
        f"        quote: \"{quote}\"\n",
        {"sources/a.txt": text},
    )


@pytest.mark.parametrize("by, verdict", [("lee", "ok"), ("ray", "ok"), ("cho", "mismatch")])
def test_a_quote_said_twice_is_ok_for_either_speaker(make_dossier, by, verdict) -> None:
    d = load_dossier(_dossier(make_dossier, by, "We need more data", TWICE))
    (r,) = check_dossier(d).results
    assert r.attribution == verdict
    assert r.occurrences == 2
    if verdict == "ok":
        # the record points at the occurrence the claimed speaker says
        assert r.said_by == {"lee": "Ann Lee", "ray": "Bob Ray"}[by]
        assert TWICE.rfind("We need more data") == r.anchor.start or by == "lee"


# -- an empty by: ----------------------------------------------------------------


def test_an_empty_by_is_unattributed_and_names_the_texts_speaker(make_dossier) -> None:
    text = "Trial news\n\n\u201cThe results surprised us all,\u201d said Ann Lee.\n\nMore later.\n"
    d = load_dossier(_dossier(make_dossier, "", "The results surprised us all", text))
    report = check_dossier(d)
    (r,) = report.results
    assert (r.attribution, r.said_by) == ("unattributed", "Ann Lee")
    assert r.passed and report.ok  # a note for the editor, not a failure
    lines = generate_text(report)
    assert any("unattributed" in ln and "Ann Lee" in ln for ln in lines)
    assert "1 unattributed" in lines[-1]


def test_narration_with_an_empty_by_is_the_works_own() -> None:
    text = "Headline here\n\nThe council met on Monday to discuss the budget.\n\nIt ended.\n"
    start = text.index("The council")
    att = attribute(analyse(text), start, start + 20, None, PEOPLE)
    assert att.verdict == "ok"


# -- text as the web gives it ----------------------------------------------------


WEB = (
    "EXCLUSIVE: Lead author says the trial data were flawed\n"
    "A second look at the numbers finds a problem nobody had reported\n"
    "By Jane Smith\n"
    "URL: https://example.org/news/trial-data\n"
    "Share\n"
    "WASHINGTON (AFP) \u2013 The lead author of a widely cited trial said on Monday that "
    "its data were flawed.\n"
    "Advertisement\n"
    "\u201cWe made a mistake in the spreadsheet,\u201d said Dr. Omar Haddad, who led the "
    "study.\n"
    "Related: Five trials that changed medicine\n"
    "Dr. Omar Haddad at his office in Boston. (Photo: Lee Park/Reuters)\n"
    "Critics were not surprised. \u201cThe numbers never added up,\u201d said Rita Gomez, "
    "a statistician.\n"
    "Haddad said the journal had been told. \u201cWe owe readers a correction,\u201d he "
    "added.\n"
)


def test_web_pasted_furniture_is_never_a_speaker() -> None:
    ex = extract_text(WEB)
    got = [(s.speaker, s.quote) for s in ex.statements]
    assert got == [
        ("Omar Haddad", "We made a mistake in the spreadsheet"),
        ("Rita Gomez", "The numbers never added up"),
        ("Omar Haddad", "We owe readers a correction"),
    ]
    speakers = {p.name for p in ex.people if not p.author}
    assert not speakers & {"EXCLUSIVE", "Exclusive", "Washington", "WASHINGTON", "Share",
                           "Advertisement", "Related", "Lee Park", "URL"}
    assert any(p.author and p.name == "Jane Smith" for p in ex.people)


def test_web_pasted_round_trip_passes_check(tmp_path: Path) -> None:
    d, report = draft_and_check(tmp_path, WEB)
    assert len(report.results) == 3
    assert all(r.status == "exact" and r.attribution == "ok" for r in report.results), \
        [(r.quote, r.attribution, r.said_by) for r in report.results]


def test_a_label_counts_only_where_labels_recur_as_turns() -> None:
    once = ("BREAKING NEWS\n"
            "Smith: the vote is off\n"
            "The vote on the bill was called off on Friday, officials said.\n"
            "\u201cWe will try again next week,\u201d said Tom Reyes.\n")
    ex = extract_text(once)
    assert [(s.speaker, s.kind) for s in ex.statements] == [("Tom Reyes", "direct")]
    turns = ("An interview with two surgeons\n"
             "What do you see most?\n"
             "Moss: Back pain, mostly.\n"
             "And you?\n"
             "Vale: Knees.\n"
             "Why knees?\n"
             "Vale: Runners.\n")
    ex = extract_text(turns)
    assert [(s.speaker, s.quote) for s in ex.statements] == [
        ("Moss", "Back pain, mostly."), ("Vale", "Knees."), ("Vale", "Runners.")]


def test_html_goes_through_the_same_path(tmp_path: Path) -> None:
    html = ("<html><head><title>t</title></head><body><article>"
            "<h1>EXCLUSIVE: Lead author says the data were flawed</h1>"
            "<p class=byline>By Jane Smith</p><p>Share</p>"
            "<p>\u201cWe made a mistake in the spreadsheet,\u201d Dr. Omar Haddad stressed.</p>"
            "<figure><figcaption>Omar Haddad in Boston. (Photo: Lee Park/Reuters)"
            "</figcaption></figure>"
            "<p>\u201cThe numbers never added up,\u201d said Rita Gomez.</p>"
            "</article></body></html>")
    d, report = draft_and_check(tmp_path, html, "page.html")
    assert sorted(r.said_by for r in report.results) == ["Omar Haddad", "Rita Gomez"]
    assert report.ok


# -- one verification record -----------------------------------------------------


def _unverified_equals_failures(folder: Path) -> tuple[int, int]:
    d = load_dossier(folder)
    failures = len(check_dossier(d).problems)
    unverified = len(report_data(d)["unverified_quotes"])
    return failures, unverified


def test_report_counts_what_check_fails_on_a_changed_speaker(tmp_path: Path) -> None:
    folder = tmp_path / "mini"
    shutil.copytree(MINI, folder)
    y = folder / "dossier.yaml"
    y.write_text(y.read_text("utf-8").replace("        by: tubbs\n", "        by: aota\n", 1),
                 "utf-8")
    failures, unverified = _unverified_equals_failures(folder)
    assert failures == unverified == 1
    md = CliRunner().invoke(app, ["report", str(folder), "-o", str(tmp_path / "r.md")])
    assert md.exit_code == 0, md.output
    body = (tmp_path / "r.md").read_text("utf-8")
    assert "attribution mismatch" in body and "Every quote was found" not in body


@pytest.mark.parametrize("dossier", ["mini", "cluneal", "generated", "drafted"])
def test_report_unverified_equals_check_failures(tmp_path: Path, dossier: str) -> None:
    if dossier == "mini":
        folder = MINI
    elif dossier == "cluneal":
        folder = Path(__file__).resolve().parents[1] / "graph_data" / "cluneal-nerve"
    elif dossier == "generated":
        from provenance.generate import generate_dossier

        folder = generate_dossier(tmp_path / "gen", claims=300, misquote_rate=0.1, seed=3)
    else:
        (tmp_path / "w.txt").write_text(WEB + TWICE, "utf-8")
        _ex, folder = extract(tmp_path / "w.txt", tmp_path / "drafted")
    failures, unverified = _unverified_equals_failures(folder)
    assert failures == unverified


def test_sqlite_and_trace_read_the_record(tmp_path: Path, make_dossier) -> None:
    folder = _dossier(make_dossier, "cho", "We need more data", TWICE)
    d = load_dossier(folder)
    rec = verification(d)[("c", 0)]
    assert rec.attribution == "mismatch"
    out = tmp_path / "x.db"
    r = CliRunner().invoke(app, ["export", str(folder), "--format", "sqlite", "-o", str(out)])
    assert r.exit_code == 0, r.output
    with sqlite3.connect(out) as db:
        row = db.execute("select anchor_status, attribution, said_by, occurrences, verified "
                         "from appearances").fetchone()
    assert row == (rec.status, "mismatch", rec.said_by, 2, 0)
    from provenance.trace import Tracer

    facts = Tracer(d).anchors("c")
    assert facts[("c", 0)]["attribution"] == "mismatch"
    assert facts[("c", 0)]["verified"] is False


def test_check_cli_and_report_agree(tmp_path: Path, make_dossier) -> None:
    folder = _dossier(make_dossier, "cho", "We need more data", TWICE)
    r = CliRunner().invoke(app, ["check", str(folder)])
    assert r.exit_code == 1
    m = re.search(r"(\d+) appearances? failed", r.output)
    assert m is not None
    d = load_dossier(folder)
    assert int(m.group(1)) == len(report_data(d)["unverified_quotes"])


def test_relayed_words_are_neither_confirmed_nor_refuted() -> None:
    text = ("Study notes\n\nThe surgeon cited earlier work.\n\n"
            "Tanaka cited a review that \u201cfound no benefit in nine of ten trials\u201d and "
            "moved on.\n")
    speech = analyse(text)
    s = text.index("found no")
    e = s + len("found no benefit in nine of ten trials")
    author = Person("ed", "Ed Writer")
    tanaka = Person("tanaka", "Ken Tanaka", ["Tanaka"])
    got = attribute(speech, s, e, author, [author, tanaka], authors=[author])
    assert got.verdict == "unknown" and got.said_by == "Ken Tanaka"
    assert attribute(speech, s, e, tanaka, [author, tanaka]).verdict == "ok"
