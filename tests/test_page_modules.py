"""The page's parts kept apart and put together again: script modules, one palette, the hand-off.

No browser: what is inlined, what the CSP allows, where colours are typed, and that the
page draws what the pipeline hands it (tests/test_page_browser.py opens the result).
"""

from __future__ import annotations

import base64
import dataclasses
import fnmatch
import hashlib
import html as htmlmod
import inspect
import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from provenance.dossier import load_dossier
from provenance.pipeline import PageInputs, Verdicts, page_inputs
from provenance.render import page, style
from provenance.text import position_label

from .conftest import BUNDLED, MINI, REPO

RENDER = REPO / "provenance" / "render"
JS = RENDER / "js"
#: A colour typed as a value: #rgb, #rrggbb (#rrggbbaa), rgb(...) or rgba(...).
COLOUR = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3}(?:[0-9a-fA-F]{2})?)?\b|\brgba?\(")


@pytest.fixture(scope="module")
def bundled_html() -> str:
    d = load_dossier(BUNDLED)
    return page.generate_html(d, page_inputs(d), generated="2026-01-01")


def _csp(html: str) -> dict[str, set[str]]:
    found = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert found
    out = {}
    for part in htmlmod.unescape(found.group(1)).split(";"):
        name, *values = part.split()
        out[name] = set(values)
    return out


def _sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_every_module_is_joined_once_in_order_with_core_first() -> None:
    on_disk = sorted(p.name for p in JS.glob("*.js"))
    assert sorted(page.SCRIPT_MODULES) == on_disk  # none forgotten, none listed twice
    joined = page.script()
    at = [joined.index((JS / name).read_text(encoding="utf-8")) for name in page.SCRIPT_MODULES]
    assert at == sorted(at)
    # "use strict" only counts as the script's first statement: core.js opens the join.
    code = re.sub(r"/\*.*?\*/", "", joined, flags=re.S).lstrip()
    assert code.startswith('"use strict";')
    assert not (RENDER / "page.js").exists()


def test_csp_hashes_cover_exactly_what_is_inlined(bundled_html: str) -> None:
    csp = _csp(bundled_html)
    scripts = re.findall(r"^<script>(.*?)</script>$", bundled_html, re.S | re.M)
    styles = re.findall(r"<style>(.*?)</style>", bundled_html, re.S)
    assert scripts[-1] == page.script() and styles[-1] == page.stylesheet()
    assert csp["script-src"] == {_sha(s) for s in scripts}
    assert csp["style-src"] == {_sha(s) for s in styles}
    # The data blocks are JSON, not script: nothing else runs.
    blocks = re.findall(r"^<script([^>]*)>", bundled_html, re.M)
    assert sorted(b for b in blocks if b) == [' type="application/json" id="provenance-data"',
                                              ' type="application/json" id="provenance-style"']


def test_shared_state_is_declared_in_core_before_anything_reads_it() -> None:
    core = (JS / "core.js").read_text(encoding="utf-8")
    shared = ["PALETTE", "OVERVIEW", "openGroup", "openedQuestion", "DATA", "LATER_LABELS",
              "DETAIL_SCALE"]
    for name in shared:
        assert re.search(rf"^var {name}\b", core, re.M), name
        for other in JS.glob("*.js"):
            if other.name != "core.js":
                text = other.read_text(encoding="utf-8")
                assert not re.search(rf"\bvar {name}\b", text), f"{name} declared in {other.name}"
    # declared before the data is unpacked (unpackData sets OVERVIEW)
    assert core.index("var OVERVIEW") < core.index("unpackData(DATA)")


def test_no_colour_is_typed_outside_the_palette() -> None:
    files = [*JS.glob("*.js"), RENDER / "page.css", RENDER / "template.html",
             *(f for f in RENDER.glob("*.py") if f.name != "style.py")]
    typed = {f.name: COLOUR.findall(f.read_text(encoding="utf-8")) for f in files}
    assert {k: v for k, v in typed.items() if v} == {}
    # ... nor styles set from the script, but for a value read from data (a bar's length,
    # the tooltip's place)
    for f in JS.glob("*.js"):
        text = f.read_text(encoding="utf-8")
        assert "cssText" not in text and "function css(" not in text, f.name
        sets = re.findall(r"\.style\.(\w+)\s*=", text)
        assert set(sets) <= {"width", "left", "top"}, (f.name, sets)


def test_the_palette_is_the_css_variables_and_the_scripts_colours(bundled_html: str) -> None:
    css = (RENDER / "page.css").read_text(encoding="utf-8")
    used = set(re.findall(r"var\(--([\w-]+)\)", css))
    assert used and used <= set(style.PALETTE), used - set(style.PALETTE)
    declared = dict(re.findall(r"--([\w-]+): ([^;]+);", style.css_variables()))
    assert declared == style.PALETTE
    scripts = "".join(f.read_text(encoding="utf-8") for f in JS.glob("*.js"))
    wanted = set(re.findall(r"PALETTE\.(\w+)", scripts)) | \
        set(re.findall(r'PALETTE\["([\w-]+)"\]', scripts))
    assert wanted and wanted <= set(style.PALETTE), wanted - set(style.PALETTE)
    block = re.search(r'id="provenance-style">(.*?)</script>', bundled_html, re.S)
    assert block and json.loads(block.group(1)) == style.PALETTE
    # the nodes and relations are drawn in the palette's colours
    q = style.node_visual("question", contested=True)
    assert q["color"]["background"] == style.PALETTE["contested"]
    assert style.edge_visual("contradicts")["color"]["color"] == style.PALETTE["contradicts"]


def test_the_legend_takes_every_node_colour_from_the_palette() -> None:
    css = (RENDER / "page.css").read_text(encoding="utf-8")
    rules = dict(re.findall(r"^\.sw-(\w+) \{ fill: var\(--([\w-]+)\);", css, re.M))
    visual = {
        "question": style.node_visual("question"),
        "contested": style.node_visual("question", contested=True),
        "claim": style.node_visual("claim"),
        "person": style.node_visual("person"),
        "study": style.node_visual("work", study=True),
        "article": style.node_visual("work", study=False),
    }
    for swatch, v in visual.items():
        assert style.PALETTE[rules[swatch]] == v["color"]["background"], swatch
    template = (RENDER / "template.html").read_text(encoding="utf-8")
    assert all(f'class="sw-{s}"' in template for s in visual)


def test_pyproject_ships_every_script_module() -> None:
    conf = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    globs = conf["tool"]["setuptools"]["package-data"]["provenance.render"]
    shipped = [p.relative_to(RENDER).as_posix() for p in RENDER.rglob("*")
               if p.is_file() and p.suffix in (".js", ".css", ".html")]
    assert shipped and all(any(fnmatch.fnmatch(f, g) for g in globs) for f in shipped)


def test_the_page_draws_what_it_is_handed_and_checks_nothing(monkeypatch: Any) -> None:
    d = load_dossier(MINI)
    inputs = page_inputs(d)
    assert isinstance(inputs, PageInputs) and inputs.checks and inputs.questions
    assert not isinstance(inputs.checks, Verdicts)  # checked in this process

    def refused(*_: Any, **__: Any) -> Any:
        raise AssertionError("the page renderer ran a stage it was handed")

    import provenance.analysis
    import provenance.check

    for mod, name in ((provenance.check, "check_dossier"), (provenance.analysis, "contested"),
                      (provenance.analysis, "page_analysis")):
        monkeypatch.setattr(mod, name, refused)
    before = page.page_data(d, inputs)
    assert before["analysis"] is inputs.analysis
    # A verdict handed over is the verdict shown: a quote the check did not find is
    # marked unverified on the page, whatever the text says.
    first = inputs.checks[0]
    flipped = dataclasses.replace(inputs, checks=(dataclasses.replace(first, status="missing"),
                                                  *inputs.checks[1:]))
    after = page.page_data(d, flipped)
    assert before["info"][first.claim]["appearances"][first.index]["status"] != "missing"
    assert after["info"][first.claim]["appearances"][first.index]["status"] == "missing"
    drawn = {n["id"]: n for n in after["nodes"]}[first.claim]
    assert drawn["shapeProperties"]["borderDashes"]  # drawn unverified: a dashed border
    assert drawn["color"]["border"] == style.UNVERIFIED_BORDER
    assert {n["id"]: n for n in before["nodes"]}[first.claim] != drawn
    html = page.generate_html(d, inputs, generated="x")
    assert html == page.generate_html(d, inputs, generated="x")  # and the same bytes
    # one source of questions and of the graph: the hand-off, required
    for fn in (page.page_data, page.generate_html, page.write_html):
        params = inspect.signature(fn).parameters
        assert params["inputs"].default is inspect.Parameter.empty
        assert "questions" not in params and "g" not in params


def test_a_position_is_written_in_words_once() -> None:
    assert position_label("too_rare--to-matter") == "too rare to matter"
    assert position_label("(no position)") == position_label(None) == "no position"
    # a position written in words keeps its hyphens: a name's, a range's
    assert position_label("£4 million (Odile Fennimore-Catt)") == \
        "£4 million (Odile Fennimore-Catt)"
    assert position_label("between 3-4 per cent") == "between 3-4 per cent"
    d = load_dossier(BUNDLED)
    data = page.page_data(d, page_inputs(d))
    q = next(q for q in data["questions"] if q["id"] == "prevalence")
    assert [p["label"] for p in q["positions"]] == \
        [position_label(p["position"]) for p in q["positions"]]
    words = [p["label"] for p in q["positions"] if p["position"] != "(no position)"]
    assert any(w in q["reasons"][0] for w in words if " " in w)  # "unknown underdiagnosed"
    claim = next(c for c in d.claims if c.position == "unknown-underdiagnosed")
    assert data["info"][claim.id]["position_label"] == "unknown underdiagnosed"
    # the script shows the label it is handed and derives none
    scripts = "".join(f.read_text(encoding="utf-8") for f in JS.glob("*.js"))
    assert "[-_]" not in scripts and '"(no position)"' not in scripts
    assert [p["loose"] for p in q["positions"]] == \
        [p["position"] == "(no position)" for p in q["positions"]]


def test_study_types_are_one_rule() -> None:
    from provenance.render import layout

    assert vars(layout)["STUDY_TYPES"] is style.STUDY_TYPES is page.STUDY_TYPES


def test_api_and_cli_hand_the_page_its_inputs(tmp_path: Path, monkeypatch: Any) -> None:
    import provenance as pv
    import provenance.pipeline

    calls: list[str] = []
    real = provenance.pipeline.page_inputs

    def counted(*a: Any, **k: Any) -> PageInputs:
        calls.append("page_inputs")
        return real(*a, **k)

    monkeypatch.setattr(provenance.pipeline, "page_inputs", counted)
    d = pv.load(MINI)
    d.render(tmp_path / "p.html")
    assert calls == ["page_inputs"]  # once, by the caller, not again inside the renderer
    from typer.testing import CliRunner

    from provenance.cli import app

    result = CliRunner().invoke(app, ["render", str(MINI), "-o", str(tmp_path / "c.html")])
    assert result.exit_code == 0, result.output
    assert calls == ["page_inputs", "page_inputs"]
