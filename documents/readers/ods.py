"""OpenDocument spreadsheets (.ods) and texts (.odt) → text with odfpy.

Spreadsheets repeat empty rows and columns with ``number-rows-repeated="1048000"``; repeats are expanded
only for cells that hold something, and only up to the cell cap, so that trick cannot blow up memory.
"""

from __future__ import annotations

import io

from .base import Context, ExtractedText, finish
from .xlsx import sheets_text
from .zipguard import guard_office_zip

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def _attr(el, ns, name, default=None):
    return el.attributes.get((ns, name), default)


def _text_of(el) -> str:
    from odf import teletype

    paras = [teletype.extractText(p) for p in el.childNodes if p.qname == (_TEXT, "p") or p.qname == (_TEXT, "h")]
    return " ".join(p.strip() for p in paras if p.strip())


def _cell_value(cell):
    kind = _attr(cell, _OFFICE, "value-type")
    if kind in ("float", "percentage", "currency"):
        raw = _attr(cell, _OFFICE, "value")
        try:
            return float(raw)
        except (TypeError, ValueError):
            return _text_of(cell)
    if kind == "date":
        return _attr(cell, _OFFICE, "date-value")
    if kind == "boolean":
        return _attr(cell, _OFFICE, "boolean-value")
    return _text_of(cell)


def _rows(table, ctx: Context):
    budget = ctx.limits.max_cells
    for row in table.getElementsByType(_row_type()):
        cells = []
        for cell in row.childNodes:
            if cell.qname not in ((_TABLE, "table-cell"), (_TABLE, "covered-table-cell")):
                continue
            value = _cell_value(cell)
            repeat = int(_attr(cell, _TABLE, "number-columns-repeated", "1") or 1)
            cells.extend([value] * (min(repeat, 1024) if value not in (None, "") else min(repeat, 1)))
        while cells and cells[-1] in (None, ""):
            cells.pop()
        if not cells:
            continue
        repeat = int(_attr(row, _TABLE, "number-rows-repeated", "1") or 1)
        for _ in range(min(repeat, 1000, max(budget // max(len(cells), 1), 1))):
            yield cells


def _row_type():
    from odf.table import TableRow

    return TableRow


def read_ods(data: bytes, ctx: Context) -> ExtractedText:
    guard_office_zip(data, ctx, "OpenDocument spreadsheet")
    from odf.opendocument import load
    from odf.table import Table

    doc = load(io.BytesIO(data))
    tables = doc.spreadsheet.getElementsByType(Table)
    text, notes = sheets_text(((_attr(t, _TABLE, "name", "Sheet"), _rows(t, ctx)) for t in tables), ctx)
    has_cells = any("\n" in block for block in text.split("\n\n"))
    return finish(text if has_cells else "", "odfpy", "ods", ctx, pages=len(tables), warnings=notes,
                  reason="the spreadsheet's sheets are empty")


def read_odt(data: bytes, ctx: Context) -> ExtractedText:
    guard_office_zip(data, ctx, "OpenDocument text")
    from odf import teletype
    from odf.opendocument import load
    from odf.table import TableRow

    from .base import row_line

    doc = load(io.BytesIO(data))
    out: list[str] = []

    def walk(node):
        for child in node.childNodes:
            if child.qname in ((_TEXT, "p"), (_TEXT, "h")):
                out.append(teletype.extractText(child))
            elif child.qname == (_TABLE, "table"):
                out.append("")
                for row in child.getElementsByType(TableRow):
                    cells = [_text_of(c) for c in row.childNodes if c.qname == (_TABLE, "table-cell")]
                    out.append(row_line(cells))
                out.append("")
            elif child.nodeType == child.ELEMENT_NODE:
                walk(child)

    walk(doc.text)
    return finish("\n".join(out), "odfpy", "odt", ctx)
