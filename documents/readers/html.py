"""HTML → text: scripts, styles and other invisible parts dropped; block elements become lines and table
rows tab-separated lines, like every other table."""

from __future__ import annotations

import re

from .base import Context, ExtractedText, finish, table_lines
from .textenc import bom_encoding, decode_text

_DROP = {"script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe", "object", "embed",
         "select", "button", "canvas", "audio", "video"}
_BLOCK = {"p", "div", "section", "article", "aside", "header", "footer", "main", "nav", "blockquote", "pre",
          "ul", "ol", "dl", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "form",
          "fieldset", "figure", "figcaption", "caption", "center", "body", "html", "details", "summary"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


def decode_html(data: bytes, declared: str | None = None) -> str:
    if not bom_encoding(data):
        m = _META_CHARSET.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii", "replace")
    return decode_text(data, declared)[0]


class _Writer:
    def __init__(self):
        self.lines: list[str] = []
        self.current: list[str] = []

    def text(self, s: str, pre: bool = False) -> None:
        if not s:
            return
        if pre:
            parts = s.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self.newline()
                self.current.append(part)
        else:
            self.current.append(re.sub(r"\s+", " ", s))

    def newline(self) -> None:
        line = "".join(self.current).strip()
        self.current = []
        if line:
            self.lines.append(line)

    def blank(self) -> None:
        self.newline()
        if self.lines and self.lines[-1]:
            self.lines.append("")


def _cell_lines(cell) -> list[str]:
    w = _Writer()
    _walk(cell, w, False)
    w.newline()
    return [line for line in w.lines if line]


def _walk(el, w: _Writer, pre: bool) -> None:
    w.text(el.text or "", pre)
    for child in el:
        name = child.tag.split("}")[-1].lower() if isinstance(child.tag, str) else None
        if name is None or name in _DROP:
            pass  # comments, processing instructions and invisible elements: only their tail is text
        elif name == "br":
            w.newline()
        elif name == "table":
            w.blank()
            rows = []
            for row in child.iter():
                if not isinstance(row.tag, str) or row.tag.split("}")[-1].lower() != "tr":
                    continue
                if _nearest_table(row) is not child:
                    continue  # a nested table's rows are read as part of its cell
                cells = [c for c in row if isinstance(c.tag, str) and c.tag.split("}")[-1].lower() in ("td", "th")]
                rows.append([_cell_lines(c) for c in cells])
            w.lines.extend(line for line in table_lines(rows) if line)
            w.blank()
        elif name in _BLOCK:
            w.newline()
            _walk(child, w, pre or name == "pre")
            w.newline()
            if name in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"):
                w.blank()
        else:
            _walk(child, w, pre)
        w.text(child.tail or "", pre)


def _nearest_table(row):
    parent = row.getparent()
    while parent is not None:
        if isinstance(parent.tag, str) and parent.tag.split("}")[-1].lower() == "table":
            return parent
        parent = parent.getparent()
    return None


def html_to_text(html: str) -> str:
    import lxml.html
    from lxml import etree

    if not html.strip():
        return ""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        # lxml refuses str with an encoding declaration and "document is empty" pages
        root = lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    w = _Writer()
    _walk(root, w, False)
    w.newline()
    return "\n".join(w.lines)


def read_html(data: bytes, ctx: Context) -> ExtractedText:
    text = html_to_text(decode_html(data))
    return finish(text, "html", "html", ctx, reason="the page has no visible text")
