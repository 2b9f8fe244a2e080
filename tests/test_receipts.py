"""Quote receipts: check --json and the PROV export carry W3C Web Annotation targets;
`provenance verify` re-checks them offline."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from provenance.receipts import CONTEXT, Receipt, make_target, verify_target

MINI = Path(__file__).parent / "data" / "mini"
runner = CliRunner()


@pytest.fixture
def checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict]:
    """A copy of the mini dossier and its check --json receipts, written in tmp_path."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764600000")
    shutil.copytree(MINI, tmp_path / "mini")
    r = runner.invoke(app, ["check", "mini", "--json"])
    (tmp_path / "receipts.json").write_text(r.stdout, encoding="utf-8")
    return tmp_path, json.loads(r.stdout)


def test_check_json_carries_a_web_annotation_target(checked: tuple[Path, dict]) -> None:
    root, data = checked
    text = (root / "mini/sources/interview.txt").read_text(encoding="utf-8")
    assert data["checked"] == "2025-12-01T14:40:00Z"
    with_target = [a for a in data["appearances"] if a["target"]]
    assert with_target
    for app_ in with_target:
        t = app_["target"]
        assert t["type"] == "SpecificResource" and t["source"] == "sources/interview.txt"
        quote, pos = t["selector"]
        assert quote["type"] == "TextQuoteSelector" and pos["type"] == "TextPositionSelector"
        assert text[pos["start"]:pos["end"]] == quote["exact"]
        assert text[:pos["start"]].endswith(quote["prefix"]) and len(quote["prefix"]) <= CONTEXT
        assert text[pos["end"]:].startswith(quote["suffix"])
        assert t["state"] == {"type": "TimeState", "sourceDate": "2025-12-01T14:40:00Z"}
        # the digest is sha256sum of the file
        raw = (root / "mini/sources/interview.txt").read_bytes()
        assert t["sha256"] == hashlib.sha256(raw).hexdigest()
    # a quote check could not find has no receipt
    for app_ in data["appearances"]:
        if app_["start"] is None:
            assert app_["target"] is None


def test_verify_intact_exit_0(checked: tuple[Path, dict]) -> None:
    r = runner.invoke(app, ["verify", "receipts.json"])
    assert r.exit_code == 0, r.output
    n = sum(1 for a in checked[1]["appearances"] if a["target"])
    assert f"{n} receipts: {n} intact, 0 moved, 0 changed, 0 gone" in r.output
    assert r.output.startswith("intact")


def test_verify_moved_changed_gone_exit_1(checked: tuple[Path, dict]) -> None:
    root, data = checked
    targets = [a["target"] for a in data["appearances"] if a["target"]]
    text = (root / "mini/sources/interview.txt").read_text(encoding="utf-8")
    first = targets[0]["selector"][0]["exact"]
    second = targets[1]["selector"][0]["exact"]
    words = first.split()
    edited_first = " ".join([*words[:2], words[2] + "x", *words[3:]])  # one word edited
    new = "A new first paragraph.\n\n" + text.replace(first, edited_first).replace(second, "")
    (root / "v2.txt").write_text(new, encoding="utf-8")
    r = runner.invoke(app, ["verify", "receipts.json", "v2.txt"])
    assert r.exit_code == 1, r.output
    lines = r.output.splitlines()
    assert lines[0].startswith("changed") and "edited since" in lines[0]
    assert lines[1].startswith("gone") and "no longer in the text" in lines[1]
    assert all(x.startswith("moved") for x in lines[2:-1])
    r = runner.invoke(app, ["verify", "receipts.json", "v2.txt", "--json"])
    out = json.loads(r.stdout)
    assert [v["verdict"] for v in out["verdicts"][:2]] == ["changed", "gone"]
    assert out["summary"]["ok"] is False
    # only a paragraph added before: every receipt moved by its length
    (root / "v3.txt").write_text("A new first paragraph.\n\n" + text, encoding="utf-8")
    r = runner.invoke(app, ["verify", "receipts.json", "v3.txt", "--json"])
    assert r.exit_code == 1
    for v in json.loads(r.stdout)["verdicts"]:
        assert v["verdict"] == "moved" and v["now"][0] == v["was"][0] + 24


def test_verify_edit_elsewhere_stays_intact_but_says_so() -> None:
    text = "alpha beta gamma delta epsilon"
    t = make_target(text, 6, 16, source="s.txt", checked="2026-01-01T00:00:00Z")
    r = Receipt("c#0", "s.txt", "beta gamma", t["selector"][0]["prefix"],
                t["selector"][0]["suffix"], 6, 16, t["sha256"], None)
    assert verify_target(r, text).verdict == "intact"
    v = verify_target(r, text + " zeta")
    assert v.verdict == "intact" and v.same_text is False and "edited elsewhere" in v.reason
    assert verify_target(r, None).verdict == "gone"


def test_a_short_quote_with_one_word_edited_is_changed_not_gone() -> None:
    """Too short for the fuzzy anchor (one word in seven), but its context still frames it."""
    text = ("City officials defended the method. \u201cWe follow the federal guidelines to "
            "the letter,\u201d Deputy Mayor Tom Reyes stressed on Tuesday.")
    start = text.index("We follow")
    end = start + len("We follow the federal guidelines to the letter")
    t = make_target(text, start, end, source="s.txt", checked="2026-01-01T00:00:00Z")
    q = t["selector"][0]
    r = Receipt("c#0", "s.txt", q["exact"], q["prefix"], q["suffix"], start, end,
                t["sha256"], None)
    edited = text.replace("federal", "state")
    v = verify_target(r, edited)
    assert v.verdict == "changed" and "state guidelines" in v.reason
    assert edited[v.start:v.end] == "We follow the state guidelines to the letter"
    assert verify_target(r, "Something else entirely, nothing framing it.").verdict == "gone"


def test_verify_picks_the_occurrence_whose_context_agrees() -> None:
    text = "one: the cat sat. two: the cat sat."
    t = make_target(text, 23, 34, source="s", checked="x")
    q = t["selector"][0]
    r = Receipt("c#0", "s", q["exact"], q["prefix"], q["suffix"], 23, 34, None, None)
    moved = "zz " + text
    v = verify_target(r, moved)
    assert v.verdict == "moved" and v.start == 26


def test_verify_finds_a_renamed_copy_by_its_sha256(checked: tuple[Path, dict]) -> None:
    root, _ = checked
    shutil.copy(root / "mini/sources/interview.txt", root / "archived-copy.txt")
    r = runner.invoke(app, ["verify", "receipts.json", "archived-copy.txt", "mini"])
    assert r.exit_code == 0, r.output
    assert "archived-copy.txt" in r.output


def test_verify_does_not_follow_a_receipt_out_of_its_folder(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "secret.txt").write_text("the secret words", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    t = make_target("the secret words", 0, 6, source="../secret.txt", checked="x")
    (sub / "r.json").write_text(json.dumps([t]), encoding="utf-8")
    r = runner.invoke(app, ["verify", "sub/r.json"])
    assert r.exit_code == 1
    assert r.output.startswith("gone") and "no text found" in r.output
    assert "no text was found for ../secret.txt: name the source files" in r.output


@pytest.mark.parametrize("content,message", [
    ("{not json", "not JSON (line 1"),
    ('{"appearances": [{"claim": "c", "target": null}]}', "holds no receipts"),
    ('[{"type": "SpecificResource", "source": "s.txt", "selector": []}]',
     "no TextQuoteSelector"),
    ('[{"source": "s", "selector": [{"type": "TextQuoteSelector", "exact": "a"},'
     '{"type": "TextPositionSelector", "start": -1, "end": 2}]}]', "0 <= start <= end"),
])
def test_verify_bad_receipts_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    content: str, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    Path("r.json").write_text(content, encoding="utf-8")
    r = runner.invoke(app, ["verify", "r.json"])
    assert r.exit_code == 2
    assert "r.json" in r.output and message in r.output


def test_prov_export_carries_receipts_and_round_trips(checked: tuple[Path, dict]) -> None:
    from prov.model import ProvDocument

    root, data = checked
    r = runner.invoke(app, ["export", "mini", "--format", "prov"])
    assert r.exit_code == 0, r.output
    doc = ProvDocument.deserialize(content=r.stdout, format="json")
    # PROV-JSON -> prov -> PROV-JSON, and -> PROV-O (Turtle) -> prov: the same document
    assert ProvDocument.deserialize(content=doc.serialize(format="json"), format="json") == doc
    ttl = str(doc.serialize(format="rdf", rdf_format="turtle"))
    assert ProvDocument.deserialize(content=ttl, format="rdf", rdf_format="turtle") == doc
    assert "prov:qualifiedQuotation" in ttl and "prov:wasAttributedTo" in ttl
    assert "<prov:wasQuotedFrom" in str(doc.serialize(format="xml"))
    # the receipt: selectors in the Web Annotation vocabulary, same span as check --json
    first = next(a for a in data["appearances"] if a["target"])
    tid = f"t:{first['claim']}-{first['appearance']}"
    recs = {str(rec.identifier): dict((str(k), v) for k, v in rec.attributes)
            for rec in doc.get_records() if rec.identifier}
    pos = recs[f"{tid}.position"]
    assert (int(pos["oa:start"]), int(pos["oa:end"])) == (first["start"], first["end"])
    assert recs[f"{tid}.quote"]["oa:exact"] == first["target"]["selector"][0]["exact"]
    assert recs[tid]["pv:sha256"] == first["target"]["sha256"]
    when = recs["t:checked"]["oa:sourceDate"]  # read back as an xsd:dateTime
    assert when.isoformat() == "2025-12-01T14:40:00+00:00"


def test_verify_refuses_an_oversized_receipts_file(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PROVENANCE_MAX_BYTES", "100")
    Path("r.json").write_text("[" + ", ".join(["{}"] * 100) + "]", encoding="utf-8")
    r = runner.invoke(app, ["verify", "r.json"])
    assert r.exit_code == 2 and "over the limit" in r.output


def test_receipt_of_an_elided_quote_covers_the_whole_passage(make_dossier, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    monkeypatch.chdir(tmp_path)
    text = "Intro. We found no anatomical variation between sex, age or side in our study.\n"
    root = make_dossier("""
        title: T
        people: [{id: t, name: Ann Tubbs}]
        works: [{id: w, type: article, title: W, source_text: sources/w.txt}]
        claims:
          - id: c
            text: No variation.
            appearances:
              - {in: w, quote: "We found no anatomical variation ... in our study"}
        """, {"sources/w.txt": text})
    r = runner.invoke(app, ["check", str(root), "--json"])
    [app_] = json.loads(r.stdout)["appearances"]
    quote, pos = app_["target"]["selector"]
    assert quote["exact"] == ("We found no anatomical variation between sex, age or side in our"
                              " study")
    assert quote["prefix"] == "Intro. " and quote["suffix"] == ".\n"
    assert text[pos["start"]:pos["end"]] == quote["exact"]


def test_verify_reads_the_receipts_of_the_prov_export(checked: tuple[Path, dict]) -> None:
    root, data = checked
    r = runner.invoke(app, ["export", "mini", "--format", "prov", "-o", "mini.prov.json"])
    assert r.exit_code == 0, r.output
    text = (root / "mini/sources/interview.txt").read_text(encoding="utf-8")
    (root / "v2.txt").write_text("New first line.\n" + text, encoding="utf-8")
    r = runner.invoke(app, ["verify", "mini.prov.json", "mini/sources/interview.txt"])
    assert r.exit_code == 0, r.output
    labels = sorted(f"{a['claim']}#{a['appearance']}" for a in data["appearances"]
                    if a["target"])
    assert sorted(line.split()[1].rstrip(":") for line in r.output.splitlines()[:-1]) == labels
    r = runner.invoke(app, ["verify", "mini.prov.json", "v2.txt", "--json"])
    assert r.exit_code == 1
    out = json.loads(r.stdout)
    assert {v["verdict"] for v in out["verdicts"]} == {"moved"}


def test_verify_refuses_a_fifo_instead_of_waiting_on_it(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "receipts.json"
    os.mkfifo(fifo)
    r = CliRunner().invoke(app, ["verify", str(fifo)])
    assert r.exit_code == 2 and "FIFO" in r.output
