"""The measure on articles nobody tuned to (benchmarks/bench_disputes.py) scores a folder in
the disputes format as issue #13 counts it, and says what is wrong with a folder that is
not one."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import bench_disputes  # noqa: E402

ARTICLE = (
    "How many brewers are there in Ontario?\n\n"
    "The Ontario Craft Brewers association says 340 breweries were operating in the "
    "province at the end of 2024.\n\n"
    "The provincial licensing agency lists 212 licensed brewing sites.\n\n"
    "\"We count every tap room,\" said Tom Reid, the association's director.\n")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "01_brewers.txt").write_text(ARTICLE, encoding="utf-8")
    gold = {"01_brewers.txt": {
        "url": None, "quantity": "breweries operating in Ontario",
        "figures": [
            {"fragment": "says 340 breweries", "value": 340, "low": None, "high": None,
             "unit": "breweries", "source": "Ontario Craft Brewers association"},
            {"fragment": "lists 212 licensed", "value": 212, "low": None, "high": None,
             "unit": "sites", "source": "provincial licensing agency"}],
        "statements": [{"fragment": "We count every tap room", "speaker": "Tom Reid"}],
        "studies": [],
        "disputes": [["says 340 breweries", "lists 212 licensed"]]}}
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_a_folder_is_scored_figure_by_figure(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert bench_disputes.main([str(_folder(tmp_path))]) == 0
    out = capsys.readouterr().out
    total = next(line for line in out.splitlines() if line.startswith("| **batch**"))
    cells = [c.strip() for c in total.strip("|").split("|")][1:]
    found, right, _body, disputes, stray, _studies, quotes, checks, pages = cells
    assert (found, right, disputes, quotes, checks, pages) == (
        "2/2", "2/2", "1/1", "1/1", "1/1", "1/1")
    assert stray == "0"
    assert "01_brewers" not in out  # (no line per article unless asked: unread folders)


def test_a_line_per_article_when_asked(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert bench_disputes.main([str(_folder(tmp_path)), "--articles"]) == 0
    assert "| batch/01_brewers.txt |" in capsys.readouterr().out


def test_a_folder_without_gold_says_so(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert bench_disputes.main([str(tmp_path)]) == 2
    assert "no gold.json" in capsys.readouterr().err
