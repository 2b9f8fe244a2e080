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
        assert r.anchor is not None
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
    assert ex.title == "Lead author says the trial data were flawed"  # the kicker dropped


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


def test_every_export_reads_checks_record_of_a_quote_said_twice(tmp_path: Path,
                                                                 make_dossier) -> None:
    """Ann Lee and Bob Ray both say it: check, PROV's receipt, Parquet and SQLite agree
    on the occurrence (Ray's is the second) and on the speaker."""
    import json

    pa_parquet = pytest.importorskip("pyarrow.parquet")
    folder = make_dossier(
        "title: T\n"
        "people:\n"
        "  - {id: lee, name: Ann Lee, aliases: [Lee]}\n"
        "  - {id: ray, name: Bob Ray, aliases: [Ray]}\n"
        "works:\n"
        "  - {id: a, type: article, title: A, source_text: sources/a.txt}\n"
        "claims:\n"
        "  - id: lee-says\n"
        "    text: More data is needed.\n"
        "    appearances: [{in: a, by: lee, quote: We need more data}]\n"
        "  - id: ray-says\n"
        "    text: More data is needed, again.\n"
        "    appearances: [{in: a, by: ray, quote: We need more data}]\n",
        {"sources/a.txt": TWICE},
    )
    first, second = TWICE.find("We need more data"), TWICE.rfind("We need more data")
    want = {"lee-says": (first, "Ann Lee"), "ray-says": (second, "Bob Ray")}
    recs = verification(load_dossier(folder))
    assert all(r.anchor is not None for r in recs.values())
    assert {c: (r.anchor.start if r.anchor else None, r.said_by)
            for (c, _), r in recs.items()} == want
    assert all(r.attribution == "ok" and r.occurrences == 2 for r in recs.values())

    run = CliRunner().invoke
    out = tmp_path / "out"
    for fmt, name in (("prov", "p.json"), ("parquet", "tables"), ("sqlite", "x.db")):
        r = run(app, ["export", str(folder), "--format", fmt, "-o", str(out / name)])
        assert r.exit_code == 0, r.output
    prov = json.loads((out / "p.json").read_text("utf-8"))
    got = {c: prov["entity"][f"t:{c}-0.position"]["oa:start"] for c in want}
    assert got == {c: s for c, (s, _) in want.items()}
    rows = pa_parquet.read_table(out / "tables" / "appearances.parquet").to_pylist()
    assert {r["claim"]: (r["start"], r["said_by"]) for r in rows} == want
    with sqlite3.connect(out / "x.db") as db:
        got_db = {c: (s, by) for c, s, by in db.execute(
            "select claim, anchor_start, said_by from appearances")}
    assert got_db == want


@pytest.mark.parametrize("claims, texts", [
    ("  - {id: c, text: More data is needed.}\n", {"sources/a.txt": TWICE}),
    ("  - id: c\n    text: More data is needed.\n"
     "    appearances: [{in: b, quote: We need more data}]\n", {}),
], ids=["no-appearances", "no-source-texts"])
def test_exports_with_nothing_to_anchor_never_start_the_speech_engine(
        tmp_path: Path, make_dossier, claims: str, texts: dict[str, str]) -> None:
    """An imported, works-only dossier is exported without reading anyone's speech (the
    100,000-work export benchmark depends on it)."""
    import subprocess
    import sys

    folder = make_dossier(
        "title: T\n"
        "works:\n"
        + ("  - {id: a, type: article, title: A, source_text: sources/a.txt}\n"
           if texts else "")
        + "  - {id: b, type: article, title: B}\n"
        "claims:\n" + claims, texts)
    script = (
        "import sys\n"
        "from provenance.dossier import load_dossier\n"
        "from provenance.export import export\n"
        "from provenance.export.tables import tables\n"
        "from provenance.export.sqlite import generate_sqlite\n"
        f"d = load_dossier({str(folder)!r})\n"
        "export(d, 'prov'); tables(d); generate_sqlite(d)\n"
        "print('provenance.speech' in sys.modules)\n")
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "False"


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


def test_a_surname_two_people_share_is_not_a_mismatch() -> None:
    text = ("Panel on knees\n\n"
            "\u201cRest helps most runners,\u201d said Ana Hassan, a surgeon.\n\n"
            "\u201cSurgery is rarely needed,\u201d said Omar Hassan, a physician.\n\n"
            "\u201cWe see it every week in the clinic,\u201d Hassan said.\n")
    ana, omar = Person("ana", "Ana Hassan", ["Hassan"]), Person("omar", "Omar Hassan")
    s = text.index("We see it")
    e = s + len("We see it every week in the clinic")
    speech = analyse(text)
    verdicts = {p.id: attribute(speech, s, e, p, [ana, omar]).verdict for p in (ana, omar)}
    assert "mismatch" not in verdicts.values()  # the text does not say which Hassan
    s2 = text.index("Rest helps")
    assert attribute(speech, s2, s2 + 10, omar, [ana, omar]).verdict == "mismatch"


def test_occurrences_count_a_quote_written_with_other_case_or_marks() -> None:
    from provenance.anchor import anchor_occurrences, anchor_quote

    text = ("\u201cFrankly, when you compare it with a sham, the effect goes,\u201d said Ann "
            "Lee.\n\n\u201cWhen you compare it with a sham, the effect goes,\u201d said Bob Ray.\n")
    q = "When you compare it with a sham, the effect goes"
    first = anchor_quote(q, text)
    found = anchor_occurrences(q, text, first)
    assert first.status == "exact" and len(found) == 2
    assert {a.status for a in found} == {"exact", "normalized"}
    speech = analyse(text)
    people = [Person("lee", "Ann Lee"), Person("ray", "Bob Ray")]
    spans = [(a.start, a.end) for a in found if a.start is not None and a.end is not None]
    assert len(spans) == 2
    verdicts = {s: attribute(speech, s, e, people[0], people).verdict for s, e in spans}
    assert sorted(verdicts.values()) == ["mismatch", "ok"]


@pytest.mark.parametrize("text, quote, speaker", [
    # a pronoun right after a quotation in the same paragraph is its speaker
    ("Notes\n\nMoss spoke first on Monday.\n\n\u201cThis is not right,\u201d Lena Ortiz said. "
     "\u201cYou pushed staff too far,\u201d she said.\n", "You pushed staff too far", "Lena Ortiz"),
    # "footage of X asking" is X's question
    ("Notes\n\nThe new ad shows footage of Maria Costa asking, \u201cWhy are we not further "
     "ahead in this race?\u201d\n\nIt ran on Monday.\n", "Why are we not further ahead",
     "Maria Costa"),
    # a title in quotation marks leaves its sentence's cue to the quotation after it
    ("Notes\n\nJeh Brown tells MSNBC\u2019s \u201cMorning Joe\u201d on Friday that \u201cexactly "
     "who did it\u201d is unknown.\n\nMore soon.\n", "exactly who did it", "Jeh Brown"),
])
def test_speakers_in_common_news_constructions(text, quote, speaker) -> None:
    got = {s.quote: s.speaker for s in extract_text(text).statements}
    assert any(quote in q and who == speaker for q, who in got.items()), got


def test_the_cue_trie_matches_exactly_what_the_plain_alternation_of_cue_words_does() -> None:
    import re

    from provenance.speech.speakers import CUE_WORDS, word_trie

    words = sorted(set(CUE_WORDS))
    plain = re.compile(r"\b(?<!-)(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b")
    trie = re.compile(r"\b(?<!-)(?:" + word_trie(words) + r")\b")
    text = " ".join(
        f"{w} {w}s {w}_x so-{w} {w[:-1]} {w}ly {w.title()}" for w in words
    ) + " said, saying; says. add added adds adding addition ask asked asking askew"
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert re.fullmatch(word_trie(["add", "added", "adds"]), "added")
