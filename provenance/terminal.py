"""Text for a terminal: dossier text cannot drive the terminal it is printed on.

A quote, a name or a title comes from a stranger and may hold escape
sequences: OSC 0 retitles the window, OSC 52 writes the clipboard in some
terminals, CSI sequences move the cursor and overwrite what was printed
("verified" over "MISQUOTED"), ``\\r`` does the same more simply. Every
control character (C0 but tab and newline, DEL, C1) is removed, with the
whole escape sequence it starts, from everything the CLI prints as text.
JSON output needs none of this: :mod:`provenance.safejson` escapes them.

On a terminal the bidirectional overrides and isolates (U+202A-U+202E,
U+2066-U+2069) are removed too: they reorder what is shown ("Trojan
Source"). In a pipe or a file they are kept, since right-to-left text uses
them legitimately.
"""

from __future__ import annotations

import io
import re
from typing import TextIO

#: ESC or its 8-bit forms, with the sequence each starts: CSI ... final byte; OSC, DCS,
#: SOS, PM, APC ... up to BEL or ST; any other two-character escape.
_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_KEEP_CR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Anything :func:`clean` would change: one search (0.5 s on 80 MB) lets clean text through.
_ANY = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def clean(text: str, *, keep_cr: bool = False, bidi: bool = False) -> str:
    """``text`` without escape sequences or control characters (tab and newline kept).

    ``keep_cr`` keeps carriage returns (our own progress bars on stderr);
    ``bidi`` also removes bidirectional overrides and isolates.
    """
    if (text.isascii() and text.isprintable()) or not _ANY.search(text):
        return text  # the common case: nothing to remove
    text = _SEQUENCE.sub("", text)
    text = (_CONTROL_KEEP_CR if keep_cr else _CONTROL).sub("", text)
    if bidi:
        text = _BIDI.sub("", text)
    return _SURROGATE.sub("\ufffd", text)  # unprintable in UTF-8: shown as a replacement


class CleanStream(io.TextIOBase):
    """A text stream that :func:`clean`s what is written through it to ``inner``."""

    def __init__(self, inner: TextIO, *, keep_cr: bool = False):
        self.inner = inner
        self.keep_cr = keep_cr
        try:
            self.tty = inner.isatty()
        except (AttributeError, ValueError, OSError):
            self.tty = False

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.inner, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str:  # type: ignore[override]
        # Set, so click writes through this stream and never around it to a binary buffer.
        return getattr(self.inner, "errors", None) or "strict"

    def write(self, s: str) -> int:
        self.inner.write(clean(s, keep_cr=self.keep_cr, bidi=self.tty))
        return len(s)

    def flush(self) -> None:
        self.inner.flush()

    def isatty(self) -> bool:
        return self.tty

    def fileno(self) -> int:
        return self.inner.fileno()

    def writable(self) -> bool:
        return True
