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
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source",
         "track", "wbr", "param"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP and tag not in _VOID:
            self.skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and tag not in _VOID:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The visible text of ``html``, one paragraph per block, blank lines between."""
    p = _Text()
    p.feed(html)
    p.close()
    raw = "".join(p.parts)
    paras = []
    for block in re.split(r"\n\s*\n", raw):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        para = "\n".join(line for line in lines if line)
        if para:
            paras.append(para)
    return "\n\n".join(paras) + ("\n" if paras else "")


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document."""
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html", "<head", "<body", "<meta", "<article")) \
        or bool(re.match(r"<(?:p|div|h1|title)\b", head))
