"""All escaping for the page, in one place.

Dossier text is untrusted (quotes come from the web). It reaches the page by
exactly two routes, both here: HTML-escaped into the static markup
(:func:`html_text`), or as JSON inside a ``<script type="application/json">``
block (:func:`script_json`) that the page's own script reads and puts into the
DOM with ``textContent`` only.
"""

from __future__ import annotations

import base64
import hashlib
import html
from typing import Any


def html_text(s: object) -> str:
    """Text safe inside an HTML element or a double-quoted attribute."""
    return html.escape(str(s), quote=True)


def script_json(data: Any) -> str:
    """JSON that cannot close its ``<script>`` element or start a comment or CDATA.

    ``<``, ``>`` and ``&`` become ``\\u`` escapes, which JSON.parse reads back
    as the same characters, so ``</script>`` or ``<!--`` in a quote stays data.
    """
    from ..safejson import dumps

    return dumps(data, script=True, compact=True)  # also: NaN/Infinity become null


def csp_hash(source: str) -> str:
    """The CSP source expression allowing exactly this inline script or style."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def safe_url(url: str | None) -> str | None:
    """The URL if it is plain http(s), else None (no javascript:, data:, file:)."""
    if not url:
        return None
    u = url.strip()
    if u.lower().startswith(("https://", "http://")) and not any(c in u for c in "\"'<> \n\t"):
        return u
    return None
