"""`provenance extract`: each attribution pattern on a small text, numbers, studies,
the draft dossier it writes, and the seed interview."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from provenance.extract import (
    DraftExistsError,
    ExtractError,
    extract,
    extract_text,
    generate_draft,
    read_article,
)
from provenance.extract.html import html_to_text
from provenance.numbers import find_numbers

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "graph_data" / "cluneal-nerve" / "sources" / "ng-interview.txt"


def said(text: str) -> list[tuple[str | None, str]]:
    """(speaker, quote) for every statement, pieces joined with ' … '."""
    return [(s.speaker, s.quote) for s in extract_text(text).statements]


# -- quotation marks --------------------------------------------------------


def test_curly_and_straight_quotes_with_cue_after() -> None:
    text = (
        "Maria Lopez runs the clinic.\n\n"
        "“We see it every week,” Lopez said.\n\n"
        '"It is not rare," she added.\n'
    )
    assert said(text) == [
        ("Maria Lopez", "We see it every week"),
        ("Maria Lopez", "It is not rare"),
    ]


def test_quote_split_around_its_cue_is_one_statement() -> None:
    text = "“The nerve is small,” Dr. Jane Moss said, “but it matters.”\n"
    [st] = extract_text(text).statements
    assert st.speaker == "Jane Moss"
    assert len(st.spans) == 2
    assert [text[a:b] for a, b in st.spans] == ["The nerve is small", "but it matters."]
    assert (st.start, st.end) == (st.spans[0][0], st.spans[1][1])


def test_quotation_continued_over_paragraphs() -> None:
    text = (
        "Paul Reed, a surgeon in Leeds, said: “The first case surprised us.\n\n"
        "“The second one did not. By then we knew what to look for.”\n\n"
        "The hospital did not comment.\n"
    )
    [st] = extract_text(text).statements
    assert st.speaker == "Paul Reed"
    assert [text[a:b] for a, b in st.spans] == [
        "The first case surprised us.",
        "The second one did not. By then we knew what to look for.",
    ]


def test_unbalanced_mark_ends_at_the_paragraph() -> None:
    text = (
        "Ann Park noted that “the data were thin and the follow-up short.\n\n"
        "It appears the debate will go on.\n"
    )
    [st] = extract_text(text).statements
    assert st.speaker == "Ann Park"
    assert st.quote == "the data were thin and the follow-up short."


def test_closing_glyph_used_to_open_a_paragraph() -> None:
    text = "”We will keep going.” ― Rosa Diaz\n"
    assert said(text) == [("Rosa Diaz", "We will keep going.")]


# -- cues -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Lee Chan said, “The fascia traps the nerve.”",
        "“The fascia traps the nerve,” said Lee Chan, chief of surgery at the clinic.",
        "According to Lee Chan, “The fascia traps the nerve.”",
        "Lee Chan wrote that “the fascia traps the nerve.”",
        "Lee Chan told reporters: “The fascia traps the nerve.”",
        "Lee Chan explained, “The fascia traps the nerve.”",
        "Lee Chan noted that “the fascia traps the nerve.”",
        "Lee Chan added: “The fascia traps the nerve.”",
        "Lee Chan mentioned that “the fascia traps the nerve.”",
        "Lee Chan stated that “the fascia traps the nerve.”",
        "Lee Chan, who runs the lab in Osaka, Japan, said, “The fascia traps the nerve.”",
        "“The fascia traps the nerve,” lead author Dr. Lee Chan said in an interview.",
    ],
)
def test_cue_before_or_after(sentence: str) -> None:
    ex = extract_text(sentence + "\n")
    [(who, quote)] = [(s.speaker, s.quote) for s in ex.statements]
    assert who == "Lee Chan"
    assert quote.lower().startswith("the fascia traps the nerve")
    if "chief of surgery" in sentence or "who runs the lab" in sentence:
        # the words beside the name go into the draft as the person's note
        assert ex.people[0].description in ("chief of surgery at the clinic",
                                            "who runs the lab in Osaka, Japan")


def test_pronouns_and_short_forms_resolve_to_the_person_named_before() -> None:
    text = (
        "Dr. Shane Tubbs studies nerves.\n\n"
        "“Most are never found,” he said.\n\n"
        "“It is under-diagnosed,” Tubbs explained.\n\n"
        "In 2010 R. Shane Tubbs published a dissection study.\n"
    )
    ex = extract_text(text)
    assert [s.speaker_id for s in ex.statements] == ["tubbs", "tubbs"]
    [tubbs] = ex.people
    assert tubbs.name == "R. Shane Tubbs"
    assert {"Dr. Shane Tubbs", "Tubbs"} <= set(tubbs.aliases)


def test_the_researchers_resolve_to_the_study_named_before() -> None:
    text = (
        "Tubbs et al. dissected 20 cadavers.\n\n"
        "“No compression sites were found,” the researchers wrote.\n"
    )
    [st] = extract_text(text).statements
    assert st.speaker == "Tubbs"
    assert st.how == "pronoun"


def test_scare_quotes_and_titles_are_not_statements() -> None:
    text = (
        "Low back pain can come from irritated or “entrapped” nerves that get “stuck”.\n\n"
        "She appeared on “Face the Nation” and the show “Morning Joe” on Sunday.\n\n"
        "For years I thought pain was just “something is wrong with my tissues.”\n"
    )
    assert said(text) == []


def test_short_quote_with_its_cue_close_by_is_a_statement() -> None:
    text = "Senator Ruth Vale called the plan “reckless” on Monday.\n"
    assert said(text) == [("Ruth Vale", "reckless")]


# -- interviews --------------------------------------------------------------


def test_question_and_answer_labels() -> None:
    text = (
        "We asked two anatomists about the nerve.\n\n"
        "What causes the pain?\n\n"
        "Moss: Friction, mostly. The nerve is pinched where it crosses the crest.\n\n"
        "It gets worse with age.\n\n"
        "JEFFERSON: I would add posture. Nobody measures “posture,” though.\n\n"
        "Can surgery help?\n\n"
        "Moss: Sometimes.\n\n"
        "Website | + posts\n\n"
        "Nick Ng is an editor of Massage & Fitness Magazine, based in San Diego.\n"
    )
    ex = extract_text(text)
    got = [(s.speaker, s.quote, s.kind) for s in ex.statements]
    assert got == [
        ("Moss", "Friction, mostly. The nerve is pinched where it crosses the crest.", "answer"),
        ("Moss", "It gets worse with age.", "answer"),
        ("Jefferson", "I would add posture. Nobody measures “posture,” though.", "answer"),
        ("Moss", "Sometimes.", "answer"),
    ]
    assert any(p.author and p.name == "Nick Ng" for p in ex.people)
    assert ex.venue == "Massage & Fitness Magazine"


def test_bold_questions_with_unlabelled_answers() -> None:
    text = (
        "Dr. Ada Byrne has treated the nerve for years. Byrne spoke to us.\n\n"
        "**Why does it hurt?**\n\n"
        "The nerve rubs on the bone.\n\n"
        "**Can it be treated?**\n\n"
        "Usually with blocks.\n"
    )
    got = [(s.speaker, s.quote) for s in extract_text(text).statements]
    assert got == [("Ada Byrne", "The nerve rubs on the bone."),
                   ("Ada Byrne", "Usually with blocks.")]


# -- numbers and studies -------------------------------------------------------


def test_numbers_with_unit_and_what_they_count() -> None:
    text = (
        "The condition makes up about 12 percent of chronic low back pain. "
        "The study included 834 patients; 113 of 834 had it. Between 1.9 million and "
        "3 million people may be affected. It ran from 2009 to 2013, about 12 years ago, "
        "among 20 cadavers."
    )
    nums = {n.text: n for n in find_numbers(text)}
    assert nums["about 12 percent"].value == 12 and nums["about 12 percent"].unit == "%"
    assert nums["about 12 percent"].of == "chronic low back pain"
    assert (nums["834 patients"].value, nums["834 patients"].unit) == (834, "patients")
    r = nums["113 of 834"]
    assert r.kind == "ratio" and r.value == 113 and r.low == pytest.approx(13.5)
    rng = nums["Between 1.9 million and 3 million"]
    assert (rng.low, rng.high, rng.unit) == (1.9e6, 3e6, "people")
    per = nums["from 2009 to 2013"]
    assert (per.kind, per.low, per.high) == ("period", 2009, 2013)
    dur = nums["about 12 years ago"]
    assert (dur.kind, dur.value, dur.unit) == ("duration", 12, "years")
    assert nums["20 cadavers"].unit == "cadavers"
    for n in nums.values():
        assert text[n.start:n.end] == n.text


def test_of_them_takes_its_whole_from_the_count_before() -> None:
    [count, ratio] = find_numbers("They enrolled 834 patients. Only 113 of them had it.")
    assert ratio.kind == "ratio" and ratio.unit == "of 834"
    assert ratio.of == count.of


def test_studies_mentioned_become_draft_works() -> None:
    text = (
        "Tubbs et al. found no compression sites among 20 cadavers.\n\n"
        "So he and a team conducted a pretty large prospective study from 2009 to 2013 "
        "that included 834 patients with severe chronic low back pain.\n\n"
        "As stated in the paper you read, blocks help.\n"
    )
    studies = extract_text(text).studies
    assert [(s.design, s.sample_n, s.sample_unit) for s in studies] == [
        ("anatomical", 20, "cadavers"),
        ("cohort", 834, "patients"),
    ]
    assert studies[0].author == "Tubbs"
    assert studies[1].period == (2009, 2013)
    # no title in the text: a description in its words, and the mentions it gathers
    assert studies[1].title.startswith("Pretty large prospective study from 2009 to 2013")
    assert not studies[1].title_given


# -- the seed interview ------------------------------------------------------------

SEED_TUBBS = ["We found no anatomical", "prevalence of cluneal nerve entrapment is not",
              "It is not known if cluneal", "because most pain physicians",
              "Bone grafting from the iliac", "Pain syndromes are a big",
              "Most professional anatomy", "Therapists should be at least", "I’ve taught anatomy"]
SEED_AOTA = ["primary and secondary loops", "SCN tender point", "I started this study about 12",
             "After having experienced SCN", "Since the cluneal nerve consists",
             "And so, cluneal neuralgia", "Because I have seen only", "Typical patients with",
             "Superior cluneal nerve passes", "Because humans are bipedal", "Although young",
             "Spinal instability at", "Twelve years ago, many", "During surgeries, I often",
             "This is GREAT", "I started this study about nine", "Surgical report was only",
             "Repetitive nerve blocks", "If blocks do not work well"]
SEED_SCARE = ["“something is wrong with my tissues.”", "“entrapped”", "“stuck”", "“stuck?”",
              "“entrapment without pain.”", "“back pain.”"]


def test_seed_every_answer_and_quotation_of_tubbs_and_aota() -> None:
    text = SEED.read_text(encoding="utf-8")
    ex = extract_text(text)
    for prefixes, who in ((SEED_TUBBS, "tubbs"), (SEED_AOTA, "aota")):
        for prefix in prefixes:
            at = text.index(prefix)
            hits = [s for s in ex.statements if any(a <= at < b for a, b in s.spans)]
            assert [s.speaker_id for s in hits] == [who], prefix
    for scare in SEED_SCARE:
        start = text.index(scare) + 1
        assert not any(s.kind == "direct" and any(a <= start < b for a, b in s.spans)
                       for s in ex.statements), scare
    # nothing after the interview (the author's note) is anyone's statement
    bio = text.index("Website | + posts")
    assert all(s.end < bio for s in ex.statements)


def test_seed_draft_loads_and_every_quote_is_in_the_source(tmp_path: Path) -> None:
    from provenance.dossier import load_dossier

    ex, folder = extract(SEED, tmp_path / "draft")
    d = load_dossier(folder)
    text = d.texts["ng-interview"]
    assert text == SEED.read_text(encoding="utf-8")
    quotes = [a.quote for c in d.claims for a in c.appearances]
    assert len(quotes) >= len(ex.statements)
    assert all(q in text for q in quotes)
    people = {p.id: p for p in d.people}
    assert {"tubbs", "aota"} <= set(people)
    [article] = [w for w in d.works if w.type == "article"]
    assert article.source_text == "sources/ng-interview.txt"
    assert [people[a].name for a in article.authors] == ["Nick Ng"]
    studies = {w.id: w for w in d.works if w.type == "study"}
    assert any(w.sample and w.sample.n == 834 for w in studies.values())
    twelve = [c for c in d.claims if c.estimate and c.estimate.text == "about 12 percent"]
    estimate = twelve[0].estimate if twelve else None
    assert estimate and estimate.value == 12


# -- the draft folder ------------------------------------------------------------


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text("“It works,” Ana Silva said.\n", encoding="utf-8")
    out = tmp_path / "out"
    extract(art, out)
    (out / "mine.txt").write_text("my notes", encoding="utf-8")
    with pytest.raises(DraftExistsError):
        extract(art, out)
    assert (out / "mine.txt").exists()
    extract(art, out, force=True)
    assert not (out / "mine.txt").exists()
    assert (out / "dossier.yaml").exists()


def test_interrupted_write_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import provenance.files as files

    def boom(*a: object, **k: object) -> None:
        raise KeyboardInterrupt

    art = tmp_path / "a.txt"
    art.write_text("“It works,” Ana Silva said.\n", encoding="utf-8")
    monkeypatch.setattr(files.os, "rename", boom)
    with pytest.raises(KeyboardInterrupt):
        extract(art, tmp_path / "out")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_hostile_text_round_trips_through_yaml(tmp_path: Path) -> None:
    from provenance.dossier import load_dossier

    nasty = 'key: "value" # not a comment \\ {a: [b]} &x *x !!python/object \u2028 \x85 end'
    art = tmp_path / "evil.txt"
    art.write_text(f"Eve Stone said: “{nasty}”\n\n<script>alert(1)</script>\n",
                   encoding="utf-8")
    _ex, folder = extract(art, tmp_path / "out")
    d = load_dossier(folder)
    [claim] = d.claims
    assert claim.appearances[0].quote == nasty
    assert nasty in d.texts["evil"]
    data = yaml.safe_load((folder / "dossier.yaml").read_text(encoding="utf-8"))
    assert data["claims"][0]["appearances"][0]["quote"] == nasty


def test_generate_draft_is_plain_yaml_with_review_comments() -> None:
    ex = extract_text("“It works,” Ana Silva said.\n")
    out = generate_draft(ex, "a.txt")
    assert "# draft:" in out or "draft:" in out
    data = yaml.safe_load(out)
    assert data["works"][0]["source_text"] == "sources/a.txt"
    assert data["claims"][0]["appearances"][0] == {"in": "a", "by": "silva",
                                                   "quote": "It works"}


def test_html_is_reduced_to_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>x</title><style>p{}</style></head><body>"
        "<script>var s = '“Fake,” he said.';</script>"
        "<h1>Nerves &amp; pain</h1><p>“It is common,” Dr. Ivo Bell said.</p>"
        "<p>Second&nbsp;paragraph.</p></body></html>",
        encoding="utf-8",
    )
    text = read_article(page)
    assert text == "Nerves & pain\n\n“It is common,” Dr. Ivo Bell said.\n\nSecond\u00a0paragraph.\n"
    assert said(text) == [("Ivo Bell", "It is common")]
    assert html_to_text("<p>a<br>b</p>") == "a\nb\n"


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"line one\ncaf\xe9\n")
    with pytest.raises(ExtractError, match=r"bad.txt:2: not UTF-8"):
        read_article(bad)


def test_cli_extract_json_and_refusal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from provenance.cli import app

    monkeypatch.chdir(tmp_path)
    art = tmp_path / "story.txt"
    art.write_text("The clinic opened in 2015.\n\n“It works for 40 percent,” Ana Silva said.\n",
                   encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["extract", str(art), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["people"][0]["name"] == "Ana Silva"
    [st] = data["statements"]
    text = art.read_text(encoding="utf-8")
    assert text[st["start"]:st["end"]] == st["quote"] == "It works for 40 percent"
    assert {"speaker", "quote", "start", "end", "kind"} <= set(st)
    pct = [n for n in data["numbers"] if n["unit"] == "%"][0]
    assert text[pct["start"]:pct["end"]] == pct["text"] == "40 percent"
    assert (tmp_path / "story" / "dossier.yaml").exists()
    again = runner.invoke(app, ["extract", str(art)])
    assert again.exit_code == 2
    assert "--force" in again.output


def test_figure_in_indirect_speech_is_credited_to_a_known_speaker() -> None:
    text = ("Intro.\n\n“We will win,” Ana Silva said.\n\n"
            "Silva said 40 percent of voters backed her. Turnout was 61 percent.\n")
    ex = extract_text(text)
    by_text = {n.text: n.speaker_id for n in ex.numbers}
    assert by_text == {"40 percent": "silva", "61 percent": None}
    data = yaml.safe_load(generate_draft(ex, "a.txt"))
    figure_claims = [c for c in data["claims"] if "estimate" in c]
    assert [c["appearances"][0].get("by") for c in figure_claims] == ["silva", None]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("“It was the least bad outcome,” Mr. Dan Morgan of the Sierra Club said.", "Dan Morgan"),
        ("“It’s a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday.", "Gwen Moore"),
        ("“They are wrong,” said 9/11 widow Terry Strada.", "Terry Strada"),
        ("“It is the same lead,” reported Reuters.", "Reuters"),
        # nobody named: the description as written, and no person id (see below)
        ("“We need change,” the New York businessman said.", "the New York businessman"),
        ("“It is an invasion,” Scott Pruitt, the attorney general of Oklahoma, one of the states "
         "suing the agency, said on Monday.", "Scott Pruitt"),
        ("“The economy moved sideways,” IMF chief economist Maury Obstfeld said.",
         "Maury Obstfeld"),
    ],
)
def test_news_cues_with_roles_parentheses_and_appositives(sentence: str, who: str | None) -> None:
    [st] = extract_text("Intro.\n\n" + sentence + "\n").statements
    assert st.speaker == who
    if who is not None and who.startswith("the "):
        assert st.speaker_id is None and st.cue is not None and "businessman" in st.cue


def test_article_without_quotes_still_makes_a_valid_draft(tmp_path: Path) -> None:
    from provenance.dossier import load_dossier

    art = tmp_path / "plain.txt"
    art.write_text("Rain fell on Tuesday. About 40 percent of roads were closed.\n",
                   encoding="utf-8")
    ex, folder = extract(art, tmp_path / "d")
    assert ex.statements == []
    d = load_dossier(folder)
    [claim] = d.claims
    assert claim.estimate is not None and claim.estimate.value == 40
    assert claim.appearances[0].by is None


def test_bold_questions_in_html_are_questions(tmp_path: Path) -> None:
    page = tmp_path / "interview.html"
    page.write_text(
        "<p>Dr. Ada Byrne has treated the nerve for years. Byrne spoke to us.</p>"
        "<p><strong>Tell us how it starts.</strong></p><p>The nerve rubs on the bone.</p>"
        "<h3>And treatment</h3><p>Usually with blocks.</p>",
        encoding="utf-8",
    )
    ex, _folder = extract(page, tmp_path / "d")
    assert [(s.speaker, s.quote) for s in ex.statements] == [
        ("Ada Byrne", "The nerve rubs on the bone."), ("Ada Byrne", "Usually with blocks.")]


def test_output_path_that_is_a_file_is_refused_even_with_force(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text("“It works,” Ana Silva said.\n", encoding="utf-8")
    (tmp_path / "out").write_text("mine", encoding="utf-8")
    with pytest.raises(DraftExistsError) as e:
        extract(art, tmp_path / "out", force=True)
    assert e.value.not_a_folder
    assert (tmp_path / "out").read_text(encoding="utf-8") == "mine"
