"""Word (.docx) → text: paragraphs and tables in the order they appear, table rows as tab-separated lines."""

from __future__ import annotations

import io

from .base import Context, ExtractedText, finish, table_lines
from .zipguard import guard_office_zip

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _paragraph_text(p) -> str:
    parts = []
    for node in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab":
            parts.append(" ")
        else:
            parts.append("\n")
    return "".join(parts)


def _cell_paragraphs(tc) -> list[str]:
    return [t for t in (_paragraph_text(p).strip() for p in tc.iter(f"{_W}p")) if t]


def _table_lines(tbl) -> list[str]:
    rows: list[list[list[str]]] = []
    for tr in tbl.iterchildren(f"{_W}tr"):
        cells = []
        for tc in tr.iter(f"{_W}tc"):
            if tc.getparent() is not tr and tc.getparent().tag != f"{_W}sdtContent":
                continue  # nested tables are read inside their cell's text
            cells.append(_cell_paragraphs(tc))
        rows.append(cells)
    return table_lines(rows)


def _blocks(parent, out: list[str]) -> None:
    for child in parent.iterchildren():
        if child.tag == f"{_W}p":
            out.append(_paragraph_text(child))
        elif child.tag == f"{_W}tbl":
            out.append("")
            out.extend(line for line in _table_lines(child) if line)
            out.append("")
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}smartTag"):
            _blocks(child, out)


def read_docx(data: bytes, ctx: Context) -> ExtractedText:
    guard_office_zip(data, ctx, "Word document")
    import docx

    document = docx.Document(io.BytesIO(data))
    out: list[str] = []
    _blocks(document.element.body, out)
    return finish("\n".join(out), "python-docx", "docx", ctx)
