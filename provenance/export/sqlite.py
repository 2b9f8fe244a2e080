"""SQLite for Datasette and SQL: one table per kind of record.

Tables: ``questions``, ``people``, ``works``, ``claims`` (keyed by dossier
id), ``appearances`` (one row per quote: claim, work, person, the quote and
whether it was found in the work's source text), ``relations`` (every other
edge of the graph: supports, contradicts, based_on, cites, authored,
addresses, with the kinds of both ends). Foreign keys tie claims to
questions and appearances to claims, works and people; ``relations`` names
records of several tables so it carries ``source_kind``/``target_kind``
instead. Full-text search (FTS5) covers quotes, claim texts and work titles,
so ``datasette dossier.db`` opens with search boxes.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import ESTIMATE_FIELDS
from . import relations

if TYPE_CHECKING:
    import networkx as nx

    from ..model import Dossier

_APPEARANCE_EDGES = ("states", "appears_in")


def _records(dossier: Dossier) -> dict[tuple[str, int], Any]:
    """(claim, index) -> the verification record ``provenance check`` computes."""
    from ..check import verification

    return verification(dossier)


def _insert(db: Any, table: str, rows: Any) -> None:
    """Insert dict rows with one prepared statement (less per-row work than insert_all)."""
    cols = [c.name for c in db[table].columns if not (c.name == "id" and c.type == "INTEGER")]
    sql = (
        f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) "
        f"VALUES ({', '.join('?' for _ in cols)})"
    )
    db.conn.executemany(sql, (tuple(r.get(c) for c in cols) for r in rows))


def build_sqlite(dossier: Dossier, path: str | Path, g: nx.MultiDiGraph | None = None) -> None:
    """Create the database at ``path`` (a new file)."""
    import sqlite_utils

    db = sqlite_utils.Database(str(path))
    db.conn.execute("PRAGMA journal_mode=OFF")
    db.conn.execute("PRAGMA synchronous=OFF")
    db.table("questions").create({"id": str, "text": str, "note": str}, pk="id")
    db.table("people").create(
        {
            "id": str,
            "name": str,
            "aliases": str,
            "affiliation": str,
            "role": str,
            "orcid": str,
            "url": str,
            "note": str,
        },
        pk="id",
    )
    db.table("works").create(
        {
            "id": str,
            "type": str,
            "title": str,
            "year": int,
            "date": str,
            "venue": str,
            "doi": str,
            "pmid": str,
            "url": str,
            "openalex": str,
            "design": str,
            "design_note": str,
            "sample_n": float,
            "sample_unit": str,
            "source_text": str,
            "unverified": str,
            "note": str,
        },
        pk="id",
    )
    db.table("claims").create(
        {
            "id": str,
            "text": str,
            "question": str,
            "position": str,
            "estimate_value": float,
            "estimate_low": float,
            "estimate_high": float,
            "estimate_unit": str,
            "estimate_population": str,
            "estimate_quantity": str,
            "estimate_text": str,
            "review_rating": float,
            "review_best": float,
            "review_worst": float,
            "review_alternate_name": str,
            "review_author": str,
            "review_date": str,
            "note": str,
        },
        pk="id",
        foreign_keys=[("question", "questions", "id")],
    )
    db.table("appearances").create(
        {
            "id": int,
            "claim": str,
            "position": int,
            "work": str,
            "person": str,
            "quote": str,
            "note": str,
            "anchor_status": str,
            "anchor_score": float,
            "anchor_start": int,
            "anchor_end": int,
            "anchor_line": int,
            "occurrences": int,
            "attribution": str,
            "said_by": str,
            "verified": int,
        },
        pk="id",
        foreign_keys=[
            ("claim", "claims", "id"),
            ("work", "works", "id"),
            ("person", "people", "id"),
        ],
    )
    db.table("relations").create(
        {
            "id": int,
            "kind": str,
            "source": str,
            "source_kind": str,
            "target": str,
            "target_kind": str,
            "work": str,
        },
        pk="id",
    )
    _insert(
        db, "questions", ({"id": q.id, "text": q.text, "note": q.note} for q in dossier.questions)
    )
    _insert(
        db,
        "people",
        (
            {
                "id": p.id,
                "name": p.name,
                "aliases": json.dumps(p.aliases, ensure_ascii=False) if p.aliases else None,
                "affiliation": p.affiliation,
                "role": p.role,
                "orcid": p.orcid,
                "url": p.url,
                "note": p.note,
            }
            for p in dossier.people
        ),
    )
    _insert(
        db,
        "works",
        (
            {
                "id": w.id,
                "type": w.type,
                "title": w.title,
                "year": w.year,
                "date": w.date,
                "venue": w.venue,
                "doi": w.doi,
                "pmid": w.pmid,
                "url": w.url,
                "openalex": w.openalex,
                "design": w.design,
                "design_note": w.design_note,
                "sample_n": w.sample.n if w.sample else None,
                "sample_unit": w.sample.unit if w.sample else None,
                "source_text": w.source_text,
                "unverified": json.dumps(w.unverified) if w.unverified else None,
                "note": w.note,
            }
            for w in dossier.works
        ),
    )

    def claim_row(c: Any) -> dict[str, Any]:
        row = {
            "id": c.id,
            "text": c.text,
            "question": c.question,
            "position": c.position,
            "note": c.note,
        }
        if c.estimate:
            for k in ESTIMATE_FIELDS:
                row[f"estimate_{k}"] = getattr(c.estimate, k)
        if c.review:
            for k in ("rating", "best", "worst", "alternate_name", "author", "date"):
                row[f"review_{k}"] = getattr(c.review, k)
        return row

    _insert(db, "claims", (claim_row(c) for c in dossier.claims))
    records = _records(dossier)

    def appearance_row(c: Any, i: int, a: Any) -> dict[str, Any]:
        r = records.get((c.id, i))
        an = r.anchor if r is not None else None
        return {
            "claim": c.id,
            "position": i,
            "work": a.in_,
            "person": a.by,
            "quote": a.quote,
            "note": a.note,
            "anchor_status": r.status if r is not None else None,
            "anchor_score": round(float(an.score), 1) if an is not None else
            (0.0 if r is not None else None),
            "anchor_start": an.start if an is not None else None,
            "anchor_end": an.end if an is not None else None,
            "anchor_line": an.line if an is not None else None,
            "occurrences": r.occurrences if r is not None else None,
            "attribution": r.attribution if r is not None else None,
            "said_by": r.said_by if r is not None else None,
            "verified": int(r.verified) if r is not None else None,
        }

    _insert(db, "appearances", (appearance_row(c, i, a) for c in dossier.claims
                                for i, a in enumerate(c.appearances)))
    kinds = {r.id: kind for kind, group in (("question", dossier.questions),
                                            ("person", dossier.people), ("work", dossier.works),
                                            ("claim", dossier.claims)) for r in group}
    _insert(db, "relations", ({"kind": k, "source": u, "source_kind": kinds.get(u), "target": v,
                               "target_kind": kinds.get(v), "work": w}
                              for k, u, v, w in relations(dossier)))
    for table in ("relations", "appearances"):
        for col in ("source", "target") if table == "relations" else ("claim", "work"):
            db.table(table).create_index([col])
    db.table("relations").create_index(["kind"])
    db.table("appearances").enable_fts(["quote"], fts_version="FTS5")
    db.table("claims").enable_fts(["text"], fts_version="FTS5")
    db.table("works").enable_fts(["title"], fts_version="FTS5")
    db.conn.commit()
    db.close()


def generate_sqlite(dossier: Dossier, g: nx.MultiDiGraph | None = None) -> bytes:
    """The database file's bytes (built in a temporary file: SQLite needs one)."""
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "dossier.db"
        build_sqlite(dossier, p, g)
        return p.read_bytes()


def write_sqlite(
    dossier: Dossier, path: str | Path, *, force: bool = False, g: nx.MultiDiGraph | None = None
) -> Path:
    """Build next to ``path`` and rename into place, so a reader never sees half a database."""
    from ..files import write_file_atomic

    return write_file_atomic(path, lambda tmp: build_sqlite(dossier, tmp, g), force=force)
