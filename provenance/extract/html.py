"""Reduce an HTML page to its text with the standard library.

Script, style and other non-content elements are dropped; block elements
(paragraphs, headings, list items, table rows, ``<br>``) become paragraph
breaks so the quote finder sees the paragraphs the page shows. Entities are
decoded by the parser. Nothing is fetched and no markup is kept.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = {"script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object",
         "canvas", "select", "button", "nav", "footer", "form"}
_BLOCK = {"p", "div", "section", "article", "header", "main", "aside", "h1", "h2", "h3", "h4",
          "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
          "figure", "figcaption", "hr", "title", "address", "details", "summary"}
_BOLD = {"b", "strong", "h2", "h3", "h4", "h5", "h6"}
_B_ON, _B_OFF = "\x02", "\x03"  # marks bold runs while the text is assembled
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source",
         "track", "wbr", "param"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.bold = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP and tag not in _VOID:
            self.skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")
        if tag in _BOLD:
            self.bold += 1
            self.parts.append(_B_ON)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BOLD and self.bold:
            self.bold -= 1
            self.parts.append(_B_OFF)
        if tag in _SKIP and tag not in _VOID:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data.replace(_B_ON, "").replace(_B_OFF, ""))


def html_to_text(html: str, bold: list[int] | None = None) -> str:
    """The visible text of ``html``, one paragraph per block, blank lines between.

    When ``bold`` is a list, the start offset of every paragraph that is bold
    throughout (``<b>``, ``<strong>``, a heading: how web interviews set their
    questions) is appended to it.
    """
    p = _Text()
    p.feed(html)
    p.close()
    raw = "".join(p.parts)
    paras: list[tuple[str, bool]] = []
    for block in re.split(r"\n\s*\n", raw):
        lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in block.split("\n")]
        para = "\n".join(line for line in lines if line)
        plain = para.replace(_B_ON, "").replace(_B_OFF, "").strip()
        if plain:
            core = para.strip(" \n" + _B_ON + _B_OFF + "\u00a0")
            is_bold = (para.lstrip().startswith(_B_ON) and para.rstrip().endswith(_B_OFF)
                       and _B_OFF not in core.replace(_B_ON, ""))
            lines = [ln.strip() for ln in plain.split("\n")]
            paras.append(("\n".join(ln for ln in lines if ln), is_bold))
    out: list[str] = []
    pos = 0
    for text, is_bold in paras:
        if is_bold and bold is not None:
            bold.append(pos)
        out.append(text)
        pos += len(text) + 2
    return "\n\n".join(out) + ("\n" if out else "")


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document."""
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html", "<head", "<body", "<meta", "<article")) \
        or bool(re.match(r"<(?:p|div|h1|title)\b", head))
