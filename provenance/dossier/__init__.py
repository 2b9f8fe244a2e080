"""Load and validate a dossier folder.

The loader is strict and talkative: it collects *every* problem in one pass
and reports each as ``file:line:col: what is wrong — what to do``, so an
editor fixes a file in one round instead of ten. Nothing here writes to disk.

:func:`load_dossier` runs the stages, one module each:

- :mod:`~provenance.dossier.folder`: which folder and file a path names;
- :mod:`~provenance.dossier.read`: bytes to plain data (YAML through libyaml's
  events, JSON through ``json``), keeping where each quote is; hostile input
  refused (:mod:`~provenance.dossier.limits`);
- :mod:`~provenance.dossier.include`: records kept in files of their own;
- :mod:`~provenance.dossier.validate`: every rule, from the key table
  (:mod:`~provenance.dossier.keys`) and one checker per type tag
  (:mod:`~provenance.dossier.fields`);
- :mod:`~provenance.dossier.locate`: problems given their file:line:column;
- :mod:`~provenance.dossier.build`: the typed records of :mod:`provenance.model`.
"""

from __future__ import annotations

from pathlib import Path

# Raised here, defined with every other exception in provenance.errors.
from ..errors import DossierError as DossierError
from ..errors import DossierNotFound as DossierNotFound
from ..errors import Problem as Problem
from ..model import Dossier
from .build import build_dossier as build_dossier
from .build import iter_appearances as iter_appearances
from .build import slugify as slugify
from .folder import DOSSIER_FILE as DOSSIER_FILE
from .folder import bundled_dossier_path as bundled_dossier_path
from .folder import resolve_dossier as resolve_dossier
from .include import IncludeSpan as IncludeSpan
from .include import in_includes, outside_includes
from .include import read_includes as read_includes
from .keys import ID_RE as ID_RE
from .keys import KEYS as KEYS
from .keys import SECTIONS as SECTIONS
from .limits import ALIAS_EXPANSION as ALIAS_EXPANSION
from .limits import DEFAULT_MAX_BYTES as DEFAULT_MAX_BYTES
from .limits import MAX_DEPTH as MAX_DEPTH
from .limits import max_bytes as max_bytes
from .locate import Finding as Finding
from .locate import locate
from .locate import locate_appearances as locate_appearances
from .read import QuoteMarks as QuoteMarks
from .read import check_expansion, decode, display_name, parse, read_file
from .read import read_yaml as read_yaml
from .validate import Validation as Validation
from .validate import validate as validate

__all__ = [
    "ALIAS_EXPANSION", "DEFAULT_MAX_BYTES", "DOSSIER_FILE", "ID_RE", "KEYS", "MAX_DEPTH",
    "SECTIONS", "DossierError", "DossierNotFound", "Finding", "IncludeSpan", "Problem",
    "QuoteMarks", "Validation", "build_dossier", "bundled_dossier_path", "iter_appearances",
    "load_dossier", "locate_appearances", "max_bytes", "read_includes", "read_yaml",
    "resolve_dossier", "slugify", "validate",
]


def load_dossier(path: str | Path | None = None, *, marks: bool = True) -> Dossier:
    """Load, validate and return the dossier at ``path`` (bundled one if None).

    ``marks=False`` leaves ``quote_marks`` (each quote's line and column, which
    only ``check`` reports) empty when finding them would cost a pass of its own.

    Raises DossierError listing every problem found.
    """
    root, yml = resolve_dossier(path)
    display = display_name(yml)
    raw = read_file(yml, display, root)
    text = decode(raw, display)
    data, unaliased, where = parse(text, display, marks=marks)
    if not unaliased:  # JSON, or YAML with no anchor, has no aliases to expand
        check_expansion(data, len(raw), display)
    spans = read_includes(data, root, display, text)
    found = validate(data, root, display)
    if found.problems:
        raise DossierError(locate(text, display, outside_includes(found.problems, spans))
                           + in_includes(found.problems, spans))
    dossier = build_dossier(data, root, yml, found.texts)
    claims = data.get("claims") or []
    dossier.quote_marks = {(claims[ci]["id"], ai): at for (ci, ai), at in where.items()}
    return dossier
