"""docs/architecture.md against the code: every module in its table, imports one way.

The import graph is read from the source with ``ast`` (every ``import``,
including those inside functions, which is where the heavy ones live), so a
module added without a line in the table, a line left for a deleted module,
or an import that closes a cycle fails here rather than in a newcomer's head.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "provenance"
DOC = ROOT / "docs" / "architecture.md"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imported(name: str, path: Path, node: ast.Import | ast.ImportFrom,
             known: set[str]) -> list[str]:
    """The provenance modules one import statement names (``from . import x`` names ``pkg.x``)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if node.level:
        base = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        base = base[:len(base) - (node.level - 1)]
        mod = ".".join(base + ([node.module] if node.module else []))
    else:
        mod = node.module or ""
    return [f"{mod}.{a.name}" if f"{mod}.{a.name}" in known else mod for a in node.names]


def import_graph() -> nx.DiGraph:
    """Module → module it imports, for every module under provenance/."""
    mods = modules()
    g = nx.DiGraph()
    g.add_nodes_from(mods)
    for name, path in mods.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                for target in imported(name, path, node, set(mods)):
                    if target.split(".")[0] == "provenance" and target != name:
                        g.add_edge(name, target)
    return g


def top_level(name: str) -> str:
    """``provenance.render.page`` → ``render``: a subpackage counts as one module."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else "provenance"


def table_modules() -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## Modules", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `(provenance(?:\.[\w.]+)?)` \|", section, flags=re.M)


def test_every_module_is_in_the_architecture_table_and_nothing_else() -> None:
    named = table_modules()
    assert len(named) == len(set(named)), "a module is listed twice"
    real = set(modules())
    assert not real - set(named), f"missing from docs/architecture.md: {sorted(real - set(named))}"
    assert not set(named) - real, f"listed but not in provenance/: {sorted(set(named) - real)}"


def test_the_import_reader_sees_function_local_imports() -> None:
    # pipeline imports check inside a function (start-up stays light): an edge all the same
    g = import_graph()
    assert g.has_edge("provenance.pipeline", "provenance.check")
    assert g.has_edge("provenance.extract.studies", "provenance.extract.records")


def top_graph() -> nx.DiGraph:
    """The import graph with each subpackage as one node; each edge keeps one import behind it."""
    g = import_graph()
    top = nx.DiGraph()
    top.add_nodes_from(top_level(n) for n in g)
    for a, b in g.edges:
        if top_level(a) != top_level(b):
            top.add_edge(top_level(a), top_level(b), via=f"{a} -> {b}")
    return top


def test_top_level_modules_import_one_way() -> None:
    top = top_graph()
    cycles = list(nx.simple_cycles(top))
    why = [[top.edges[a, b]["via"] for a, b in zip(c, c[1:] + c[:1], strict=True)] for c in cycles]
    assert not cycles, f"import cycles between top-level modules: {why}"


def test_only_main_imports_the_cli() -> None:
    g = import_graph()
    assert sorted(g.predecessors("provenance.cli")) == ["provenance.__main__"]


def test_the_layers_table_is_the_import_graph() -> None:
    """Layer n imports only from layers above it: the table is the graph's topological layers."""
    top = top_graph()
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## Layers", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| (\d+) \| (.*) \|$", section, flags=re.M)
    listed = [{m.strip("`/") for m in re.findall(r"`[\w/]+`", cells.split(" (")[0])}
              for _, cells in rows]
    # the package itself is the row "`provenance` (the package ...)"; cli's row adds __main__
    actual = [set(gen) for gen in nx.topological_generations(top.reverse())]
    main = actual.pop()
    actual[-1] |= main  # __main__ only runs the CLI: it shares cli's row
    assert listed == actual


def test_the_page_renderer_runs_without_check_analysis_or_pipeline() -> None:
    """render.page draws the :class:`~provenance.pipeline.PageInputs` it is handed: with
    check, analysis and pipeline made unimportable after the hand-off is built, the page
    (claim graph and citation view) still renders. Its one import of pipeline is for the
    type checker only."""
    import subprocess
    import sys

    code = f"""
import sys
from provenance.dossier import load_dossier
from provenance.pipeline import page_inputs
d = load_dossier({str(ROOT / "graph_data" / "cluneal-nerve")!r})
inputs = page_inputs(d)
assert not any(m.startswith("provenance.render") for m in sys.modules), "render ran early"
for name in ("provenance.check", "provenance.analysis", "provenance.pipeline"):
    sys.modules[name] = None  # importing it now raises ImportError
from provenance.render import page
assert page.generate_html(d, inputs, generated="x").count("<script") >= 4
page.generate_html(d, inputs, generated="x", mode="citations")
print("ok")
"""
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       cwd=ROOT, check=False)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr[-2000:]
