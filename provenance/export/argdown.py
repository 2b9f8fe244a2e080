"""Argdown: the dossier's claims as statements, its studies as arguments.

Each claim is a statement ``[id]: text``; ``supports``/``contradicts``
between claims become outgoing ``+>``/``->`` relations; a work a claim is
``based_on`` (or that ``supports``/``contradicts`` it) is an argument
``<id>: title`` with the matching relation. Questions become ``#`` headings
that group the claims addressing them, with the position as a tag. Dossier
text is untrusted: characters Argdown reads as markup are neutralised so a
quote cannot open a statement, a relation or a comment.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from . import write_atomic

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Claim, Dossier

_MARKUP = str.maketrans({"[": "(", "]": ")", "<": "‹", ">": "›", "#": "№", "@": "＠",
                         "{": "(", "}": ")", "*": "∗", "_": " ", "\\": "/"})


def text(s: str) -> str:
    """One line of Argdown-safe prose."""
    s = " ".join(s.split()).translate(_MARKUP)
    s = s.replace("//", "/ /").replace("/*", "/ ∗")
    return re.sub(r"^[-+=>:]+\s*", "", s)


def title(ident: str) -> str:
    return text(ident).replace(":", "·")


def _tag(label: str) -> str:
    return "#(" + text(label).replace("(", "").replace(")", "") + ")"


def generate_argdown(dossier: Dossier, g: nx.MultiDiGraph | None = None) -> str:
    works = {w.id: w for w in dossier.works}
    lines = ["===", f"title: {text(dossier.title)!r}".replace("'", '"'), "===", ""]

    def statement(c: Claim) -> None:
        tag = f" {_tag(c.position)}" if c.position else ""
        lines.append(f"[{title(c.id)}]: {text(c.text)}{tag}")
        for other in c.supports:
            lines.append(f"  +> [{title(other)}]")
        for other in c.contradicts:
            lines.append(f"  -> [{title(other)}]")
        lines.append("")

    by_q: dict[str | None, list[Claim]] = {}
    for c in dossier.claims:
        by_q.setdefault(c.question, []).append(c)
    for q in dossier.questions:
        if q.id in by_q:
            lines += [f"# {text(q.text)}", ""]
            for c in by_q[q.id]:
                statement(c)
    if by_q.get(None):
        lines += ["# Other claims", ""]
        for c in by_q[None]:
            statement(c)

    rel: dict[str, list[str]] = {}
    for c in dossier.claims:
        for wid in c.based_on:
            rel.setdefault(wid, []).append(f"  +> [{title(c.id)}]")
    for w in dossier.works:
        for cid in w.supports:
            rel.setdefault(w.id, []).append(f"  +> [{title(cid)}]")
        for cid in w.contradicts:
            rel.setdefault(w.id, []).append(f"  -> [{title(cid)}]")
    if rel:
        lines += ["# Evidence", ""]
        for wid, rels in rel.items():
            w = works[wid]
            year = f" ({w.year})" if w.year else ""
            lines.append(f"<{title(wid)}>: {text(w.title)}{year}")
            lines += list(dict.fromkeys(rels))
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def write_argdown(dossier: Dossier, path: str | Path, *, force: bool = False,
                  g: nx.MultiDiGraph | None = None) -> Path:
    return write_atomic(path, generate_argdown(dossier, g), force=force)
