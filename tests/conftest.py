"""Shared fixtures: small dossiers written on the fly, and the bundled one."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
MINI = HERE / "data" / "mini"
REPO = HERE.parent
BUNDLED = REPO / "graph_data" / "cluneal-nerve"


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A writable copy of the mini dossier."""
    dest = tmp_path / "mini"
    shutil.copytree(MINI, dest)
    return dest


@pytest.fixture
def make_dossier(tmp_path: Path) -> Callable[..., Path]:
    """Write a dossier folder from YAML text (dedented) and optional source texts."""

    def make(yaml_text: str, sources: dict[str, str | bytes] | None = None,
             name: str = "d") -> Path:
        root = tmp_path / name
        (root / "sources").mkdir(parents=True, exist_ok=True)
        body = textwrap.dedent(yaml_text).lstrip("\n")
        (root / "dossier.yaml").write_text(body, encoding="utf-8")
        for rel, content in (sources or {}).items():
            p = root / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                p.write_bytes(content)
            else:
                p.write_text(content, encoding="utf-8")
        return root

    return make


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for every browser test (Debian's, driven by Playwright)."""
    from playwright.sync_api import sync_playwright

    from .browser import CHROMIUM_ARGS, chromium_path

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield b
        b.close()


def assert_second_process_ends_with_first(code: str, cwd: Path, what: str) -> None:
    """Run ``code`` (it prints its second process's pid, then kills itself) and fail when
    that second process is still working after its parent is gone."""
    import os
    import signal
    import subprocess
    import sys
    import time

    # (not subprocess.run: it would wait for the child too, which holds the output open)
    p = subprocess.Popen([sys.executable, "-c", code],
                         env={**os.environ, "PYTHONPATH": str(REPO)},
                         stdout=subprocess.PIPE, text=True, cwd=cwd)
    assert p.stdout is not None
    child = int(p.stdout.readline())
    p.wait(timeout=120)
    for _ in range(100):
        if not os.path.exists(f"/proc/{child}") or \
                open(f"/proc/{child}/stat").read().split()[2] == "Z":  # noqa: SIM115
            return
        time.sleep(0.05)
    os.kill(child, signal.SIGKILL)
    raise AssertionError(f"the second process outlived {what}")
