"""The page as text: self-contained, escaped, under a CSP (no browser needed)."""

from __future__ import annotations

import json
import re

from provenance.dossier import load_dossier
from provenance.pipeline import page_inputs
from provenance.render import style
from provenance.render.escape import safe_url, script_json
from provenance.render.page import generate_html, page_data

from .conftest import BUNDLED, MINI


def test_page_is_self_contained() -> None:
    d = load_dossier(BUNDLED)
    html = generate_html(d, page_inputs(d))
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html, re.I)
    # palette, data, vis-network, our page script (vis-network's own code mentions "<script>"
    # in a string)
    assert len(re.findall(r"^<script", html, re.M)) == 4
    found = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert found
    csp = found.group(1)
    assert "default-src &#x27;none&#x27;" in csp and "connect-src &#x27;none&#x27;" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp


def test_data_block_cannot_close_its_script() -> None:
    nasty = {"q": "</script><script>alert(1)</script><!-- \u2028 & @@APP_JS@@"}
    out = script_json(nasty)
    assert "</script" not in out and "<!--" not in out and "\u2028" not in out
    assert json.loads(out) == nasty


def test_only_http_urls_become_links() -> None:
    assert safe_url("https://doi.org/10.1/x") == "https://doi.org/10.1/x"
    for bad in ("javascript:alert(1)", "data:text/html,x", "file:///etc/passwd",
                'https://x" onmouseover="alert(1)', "  JAVASCRIPT:alert(1)"):
        assert safe_url(bad) is None


def test_page_data_marks_contested_questions_and_quote_status() -> None:
    d = load_dossier(MINI)
    data = page_data(d, page_inputs(d))
    q = [n for n in data["nodes"] if n["id"] == "blocks-help"][0]
    assert q["label"].startswith("⚑") and q["color"]["background"] == "#e15759"
    apps = data["info"]["blocks-work"]["appearances"]
    assert apps[0]["status"] == "exact"
    assert apps[0]["paragraph"].startswith("Aota: Repetitive")
    s, e = apps[0]["spans"][0]
    assert apps[0]["paragraph"][s:e] == apps[0]["quote"]


def test_unfound_quote_is_marked_unverified(make_dossier) -> None:
    root = make_dossier("""
        title: T
        works: [{id: w, type: article, title: W, source_text: sources/w.txt}]
        claims:
          - id: c
            text: C.
            appearances: [{in: w, quote: "words that are not there"}]
        """, {"sources/w.txt": "Completely different text."})
    d = load_dossier(root)
    data = page_data(d, page_inputs(d))
    node = [n for n in data["nodes"] if n["id"] == "c"][0]
    # what a reader sees: the claim drawn unverified (its record carries no flag of its own:
    # the scripts never read one)
    assert node == {"id": "c", "kind": "claim", "label": node["label"],
                    **style.node_visual("claim", unverified=True)}
    assert "unverified" not in data["info"]["c"]
    assert node["shapeProperties"]["borderDashes"]  # dashed border, not colour alone
    assert data["info"]["c"]["appearances"][0]["status"] == "missing"


def test_supports_and_contradicts_differ_without_colour() -> None:
    d = load_dossier(MINI)
    data = page_data(d, page_inputs(d))
    by_kind = {e["kind"]: e for e in data["edges"]}
    c, s = by_kind["contradicts"], by_kind["based_on"]
    assert c["dashes"] and c["arrows"]["to"]["type"] == "bar"
    assert s["arrows"]["to"]["type"] != "bar"


def test_clashing_work_labels_get_letters() -> None:
    d = load_dossier(BUNDLED)
    data = page_data(d, page_inputs(d))
    labels = [n["label"] for n in data["nodes"] if n["kind"] == "work"]
    assert len(labels) == len(set(labels))


def test_misattributed_quote_is_flagged_on_the_page(mini) -> None:
    yml = mini / "dossier.yaml"
    text = yml.read_text(encoding="utf-8")
    # Give Tubbs' sentence to Aota.
    text = text.replace("      - in: interview\n        by: tubbs",
                        "      - in: interview\n        by: aota")
    yml.write_text(text, encoding="utf-8")
    d = load_dossier(mini)
    data = page_data(d, page_inputs(d))
    app = data["info"]["no-variation"]["appearances"][0]
    assert app["status"] == "exact" and app["attribution"] == "mismatch"
    assert app["said_by"] == "R. Shane Tubbs"
    node = [n for n in data["nodes"] if n["id"] == "no-variation"][0]
    assert node["shapeProperties"]["borderDashes"]  # drawn unverified
    assert node["color"]["border"] == style.UNVERIFIED_BORDER
