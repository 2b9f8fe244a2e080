"""The speech engine's patterns compile when first used: :func:`provenance.lazy.lazy_compile`
(kept there, outside the engine, for modules that do not import it)."""

from __future__ import annotations

from ..lazy import lazy_compile

__all__ = ["lazy_compile"]
