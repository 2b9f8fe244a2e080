"""`provenance check`: attribution on the seed interview, the report, the command's exits."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.anchor import anchor_quote
from provenance.check import check_dossier, generate_json, generate_text
from provenance.cli import app
from provenance.model import Appearance, Claim, Dossier, Person, Work
from provenance.speech import analyse, match_person
from provenance.speech import attribute as attribute_span


def attribute(text: str, start: int, end: int, person: Person | None, people: list[Person],
              *, authors: list[Person] | None = None) -> tuple[str, str | None]:
    """The speech engine's verdict on a span, as (verdict, said_by)."""
    att = attribute_span(analyse(text), start, end, person, people, authors=authors or [])
    return att.verdict, att.said_by

SEED = Path(__file__).resolve().parents[1] / "graph_data/cluneal-nerve/sources/ng-interview.txt"

PEOPLE = [
    Person("ng", "Nick Ng", ["Nick"]),
    Person("tubbs", "R. Shane Tubbs", ["Shane Tubbs", "Dr. Shane Tubbs", "Tubbs"]),
    Person("aota", "Yoichi Aota", ["Dr. Aota", "Aota"]),
    Person("maigne", "Jean-Yves Maigne", ["Maigne"]),
]
BY = {p.id: p for p in PEOPLE}


@pytest.fixture(scope="module")
def text() -> str:
    return SEED.read_text(encoding="utf-8")


def verdict(text: str, quote: str, by: str | None) -> tuple[str, str | None]:
    a = anchor_quote(quote, text)
    assert a.start is not None and a.end is not None, quote
    return attribute(text, a.start, a.end, BY.get(by or ""), PEOPLE, authors=[BY["ng"]])


# -- attribution -------------------------------------------------------------


def test_quotation_with_speech_verb_after(text: str) -> None:
    q = "We found no anatomical variation between sex, age or side"
    assert verdict(text, q, "tubbs") == ("ok", "R. Shane Tubbs")
    assert verdict(text, q, "aota") == ("mismatch", "R. Shane Tubbs")


def test_quotation_with_speech_verb_before(text: str) -> None:
    q = "SCN tender point was on the posterior iliac crest approximately 70 mm from the midline"
    assert verdict(text, q, "aota") == ("ok", "Yoichi Aota")
    assert verdict(text, q, "tubbs")[0] == "mismatch"


def test_quotation_continued_over_paragraphs_and_split_by_attribution(text: str) -> None:
    # '... said that the “prevalence ... practitioners.' (left open) then
    # '“It is not known ...,” Tubbs explained, “because most pain physicians ...”'
    assert verdict(text, "prevalence of cluneal nerve entrapment is not known", "tubbs")[0] == "ok"
    q = "because most pain physicians and spine surgeons do not know much about it."
    assert verdict(text, q, "tubbs")[0] == "ok"
    assert verdict(text, q, "aota")[0] == "mismatch"


def test_qa_answer_continues_over_paragraphs(text: str) -> None:
    # second paragraph of Aota's answer, with no "Aota:" of its own
    q = "Typical patients with mild entrapment have repetitive acute pain"
    assert verdict(text, q, "aota") == ("ok", "Yoichi Aota")
    assert verdict(text, q, "tubbs") == ("mismatch", "Yoichi Aota")


def test_quote_from_the_wrong_speaker_in_qa(text: str) -> None:
    q = "Bone grafting from the iliac crest is probably one of the most common reasons"
    assert verdict(text, q, "aota") == ("mismatch", "R. Shane Tubbs")
    assert verdict(text, q, "tubbs")[0] == "ok"


def test_question_is_the_interviewers(text: str) -> None:
    q = "Is surgery the only way to alleviate pain?"
    assert verdict(text, q, None) == ("ok", "Nick Ng")
    assert verdict(text, q, "ng")[0] == "ok"
    assert verdict(text, q, "aota") == ("mismatch", "Nick Ng")


def test_narration(text: str) -> None:
    q = "this condition makes up about 12 percent of reported chronic low back pain"
    assert verdict(text, q, None)[0] == "ok"
    assert verdict(text, q, "ng")[0] == "ok"
    # the article does not say who says this: nothing to confirm or refute
    assert verdict(text, q, "aota") == ("unknown", None)


def test_indirect_speech(text: str) -> None:
    q = "more than three days of pain relief after blocks had better pain outcomes"
    assert verdict(text, q, "aota") == ("ok", "Yoichi Aota")
    assert verdict(text, q, "maigne")[0] == "mismatch"
    # "He mentioned that ... Maigne ... had reported that SCN entrapment is a rare cause"
    assert verdict(text, "SCN entrapment is a rare cause of low back pain.", "maigne")[0] == "ok"


def test_the_authors_paraphrase_and_framing_are_the_authors_too(text: str) -> None:
    # indirect speech is the author's wording of Aota's view
    q = "Aota noted that more than three days of pain relief after blocks"
    assert verdict(text, q, None) == ("ok", "Yoichi Aota")
    assert verdict(text, q, "ng")[0] == "ok"
    # a span running past the quotation marks into the author's sentence
    q = "they did not find any \u201costeofibrous tunnels or obvious compression sites\u201d"
    assert verdict(text, q, "ng") == ("ok", "R. Shane Tubbs")
    # but words inside a quotation are the speaker's, not the author's: with no `by:`
    # they are unattributed, and the text says whose they are
    q = "We found no anatomical variation between sex, age or side"
    assert verdict(text, q, None) == ("unattributed", "R. Shane Tubbs")
    assert verdict(text, q, "ng") == ("mismatch", "R. Shane Tubbs")


def test_author_bio_after_the_last_turn_is_not_the_interviewees(text: str) -> None:
    # "Website | + posts" ends Tubbs's last answer
    q = "A native of San Diego for nearly 40 years, Nick Ng is an editor"
    assert verdict(text, q, "ng")[0] == "ok"
    assert verdict(text, q, "tubbs")[0] != "ok"


def test_match_person_names_and_aliases() -> None:
    assert match_person(["Dr. Shane Tubbs"], PEOPLE) is BY["tubbs"]
    assert match_person(["lead author Dr. Shane Tubbs"], PEOPLE) is BY["tubbs"]
    assert match_person(["Yoichi  Aota"], PEOPLE) is BY["aota"]
    assert match_person(["Jean-Yves Maigne"], PEOPLE) is BY["maigne"]
    assert match_person(["Smith"], PEOPLE) is None


def test_unknown_speaker_outside_the_dossier_is_a_mismatch() -> None:
    src = "Intro.\n\n\u201cThe nerves were never trapped in our series,\u201d said Jane Smith.\n"
    a = anchor_quote("The nerves were never trapped in our series", src)
    assert a.start is not None and a.end is not None
    assert attribute(src, a.start, a.end, BY["tubbs"], PEOPLE) == ("mismatch", "Jane Smith")


# -- the report ----------------------------------------------------------------


def seed_dossier(text: str, tmp: Path) -> Dossier:
    """A hand-built dossier over the seed: one case per status and verdict."""
    apps = {
        "exact": ("We found no anatomical variation between sex, age or side", "tubbs"),
        "nbsp": ("Repetitive nerve blocks work well in the majority of patients.", "aota"),
        "digit": ("this condition makes up about 14 percent of reported chronic low back pain",
                  None),
        "nowhere": ("Cluneal nerves are trapped in nine of ten runners.", "aota"),
        "wrong-speaker": ("Bone grafting from the iliac crest is probably one of the most "
                          "common reasons to injury these nerves", "aota"),
        "unchecked": ("Entrapment is rare.", "maigne"),
    }  # fmt: skip
    claims = [
        Claim(cid, cid, appearances=[
            Appearance("maigne-1989" if cid == "unchecked" else "ng", q, by)
        ])
        for cid, (q, by) in apps.items()
    ]  # fmt: skip
    works = [
        Work("ng", "article", "Trapped cluneal nerves", authors=["ng"],
             source_text="sources/ng-interview.txt"),
        Work("maigne-1989", "study", "Maigne 1989"),
    ]  # fmt: skip
    return Dossier(
        title="seed", root=tmp, path=tmp / "dossier.yaml", slug="seed", people=list(PEOPLE),
        works=works, claims=claims, texts={"ng": text},
    )  # fmt: skip


def test_check_dossier_statuses_and_summary(text: str, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    report = check_dossier(seed_dossier(text, tmp_path), progress=lambda d, t: calls.append((d, t)))
    got = {r.claim: (r.status, r.attribution) for r in report.results}
    assert got == {
        "exact": ("exact", "ok"),
        "nbsp": ("normalized", "ok"),
        "digit": ("fuzzy", "ok"),
        "nowhere": ("missing", "unknown"),
        "wrong-speaker": ("exact", "mismatch"),
        "unchecked": ("no-source", "unknown"),
    }
    assert [r.claim for r in report.results][:2] == ["exact", "nbsp"]  # dossier order kept
    assert calls[-1] == (6, 6)
    s = report.summary()
    assert s["appearances"] == 6 and s["checked"] == 5 and s["no-source"] == 1
    assert (s["exact"], s["normalized"], s["fuzzy"], s["missing"]) == (2, 1, 1, 1)
    assert s["attribution_mismatch"] == 1
    assert {r.claim for r in report.problems} == {"digit", "nowhere", "wrong-speaker"}
    assert not report.ok


def test_generate_json_and_text(text: str, tmp_path: Path) -> None:
    report = check_dossier(seed_dossier(text, tmp_path))
    data = generate_json(report)
    json.dumps(data)  # plain data
    first = data["appearances"][0]
    for key in ("claim", "work", "status", "attribution", "score", "start", "end", "line",
                "column"):  # fmt: skip
        assert key in first
    assert text[first["start"] : first["end"]] == first["quote"]
    digit = next(a for a in data["appearances"] if a["claim"] == "digit")
    assert digit["diff"] == [{"op": "changed", "quote": "14", "source": "12"}]
    assert data["summary"]["problems"] == 3

    lines = generate_text(report)
    assert len(lines) == 4  # three problems and the summary
    digit_line = next(x for x in lines if ": digit: " in x)
    assert digit_line.startswith("sources/ng-interview.txt:19: digit: fuzzy")  # source line
    assert "closest:" in digit_line and "'14' \u2192 '12'" in digit_line
    assert any(": nowhere: missing" in x for x in lines)
    assert any("wrong-speaker: attribution mismatch" in x and "R. Shane Tubbs" in x
               for x in lines)  # fmt: skip
    assert "1 without source text" in lines[-1] and "3 appearances failed" in lines[-1]


# -- the command ---------------------------------------------------------------

YAML = """\
title: Seed check
people:
  - {id: ng, name: Nick Ng}
  - {id: tubbs, name: R. Shane Tubbs, aliases: [Tubbs, Dr. Shane Tubbs]}
  - {id: aota, name: Yoichi Aota, aliases: [Aota]}
works:
  - id: ng-interview
    type: article
    title: Trapped cluneal nerves may be primary reason for certain low back pain
    authors: [ng]
    source_text: sources/ng-interview.txt
  - {id: kuniya-2014, type: study, title: Kuniya 2014}
claims:
  - id: no-variation
    text: No anatomical variation between sex, age or side.
    appearances:
      - in: ng-interview
        by: tubbs
        quote: "We found no anatomical variation between sex, age or side"
  - id: blocks
    text: Repeated nerve blocks work for most patients.
    appearances:
      - in: ng-interview
        by: aota
        quote: "Repetitive nerve blocks work well in the majority of patients."
      - in: kuniya-2014
        quote: "Blocks were effective."
"""


def make_dossier(tmp: Path, yaml_text: str = YAML) -> Path:
    (tmp / "sources").mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED, tmp / "sources" / "ng-interview.txt")
    (tmp / "dossier.yaml").write_text(yaml_text, encoding="utf-8")
    return tmp


def test_cli_passes_with_json(tmp_path: Path) -> None:
    d = make_dossier(tmp_path)
    before = (d / "dossier.yaml").read_bytes()
    res = CliRunner().invoke(app, ["check", str(d), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["summary"]["ok"] is True and data["summary"]["no-source"] == 1
    assert [a["status"] for a in data["appearances"]] == ["exact", "normalized", "no-source"]
    assert data["appearances"][0]["dossier_line"] == 19
    assert (d / "dossier.yaml").read_bytes() == before  # never modified


def test_cli_fails_on_misquote_and_points_at_dossier_line(tmp_path: Path) -> None:
    d = make_dossier(tmp_path, YAML.replace("between sex, age or side", "between sex or side"))
    res = CliRunner().invoke(app, ["check", str(d)])
    assert res.exit_code == 1
    first = res.stdout.splitlines()[0]
    assert first.startswith(f"{d / 'dossier.yaml'}:19: no-variation: fuzzy")
    assert "-'age' (left out)" in first
    # a low enough threshold cannot make a misquote pass; a high one makes it a miss
    res = CliRunner().invoke(app, ["check", str(d), "--min-score", "99", "--json"])
    assert res.exit_code == 1
    assert json.loads(res.stdout)["appearances"][0]["status"] == "missing"


def test_cli_fails_on_wrong_speaker(tmp_path: Path) -> None:
    d = make_dossier(tmp_path, YAML.replace("by: tubbs", "by: aota"))
    res = CliRunner().invoke(app, ["check", str(d)])
    assert res.exit_code == 1
    assert "attribution mismatch" in res.stdout


def test_cli_invalid_dossier_exits_2(tmp_path: Path) -> None:
    d = make_dossier(tmp_path, YAML.replace("by: tubbs", "by: tubs"))
    res = CliRunner().invoke(app, ["check", str(d)])
    assert res.exit_code == 2


def test_progress_bar_draws_only_on_a_terminal_after_a_second() -> None:
    import io

    from provenance.check import ProgressBar

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    quick = Tty()
    bar = ProgressBar(quick)
    bar(5, 10)
    bar.close()
    assert quick.getvalue() == ""  # under a second: nothing drawn
    slow = Tty()
    bar = ProgressBar(slow)
    bar.t0 -= 2
    bar(10, 10)
    bar.close()
    assert "10/10" in slow.getvalue() and slow.getvalue().endswith("\n")
    piped = io.StringIO()
    bar = ProgressBar(piped)
    bar.t0 -= 2
    bar(10, 10)
    assert piped.getvalue() == ""  # never into a pipe or a file


NEWS = """Headline

"The drug works in most patients," said Smith, a professor at Oxford.

Lee, who runs the trial, told Reuters: "We saw no benefit at all."

"It is far too early to tell," she said. "We need more data."

According to Smith, \u201cthe effect was small but real.\u201d
"""


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        ("The drug works in most patients", "Jane Smith"),  # straight quotes, 'said X'
        ("We saw no benefit at all", "Ann Lee"),  # 'X, who ..., told Reuters: "..."'
        ("It is far too early to tell", "Ann Lee"),  # 'she said' -> the last speaker
        ("We need more data", "Ann Lee"),  # second half of a split quotation
        ("the effect was small but real", "Jane Smith"),  # 'According to X, "..."'
    ],
)
def test_common_news_attributions(quote: str, speaker: str) -> None:
    people = [Person("smith", "Jane Smith", ["Smith"]), Person("lee", "Ann Lee", ["Lee"])]
    a = anchor_quote(quote, NEWS)
    assert a.start is not None and a.end is not None
    right = next(p for p in people if p.name == speaker)
    wrong = next(p for p in people if p.name != speaker)
    assert attribute(NEWS, a.start, a.end, right, people) == ("ok", speaker)
    assert attribute(NEWS, a.start, a.end, wrong, people) == ("mismatch", speaker)
