"""Excel (.xlsx) → text: ``[Sheet: <name>]`` then one tab-separated line per row, the cached values (what
the council saw on screen), never the formulas."""

from __future__ import annotations

import io
import warnings as _warnings

from .base import Context, ExtractedText, finish, row_line
from .zipguard import guard_office_zip


def sheets_text(sheets, ctx: Context) -> tuple[str, list[str]]:
    """``sheets`` yields (name, rows); returns the text and any warnings (cell cap)."""
    blocks, notes, cells = [], [], 0
    for name, rows in sheets:
        lines = [f"[Sheet: {name}]"]
        for row in rows:
            cells += len(row)
            if cells > ctx.limits.max_cells:
                notes.append(f"stopped after {ctx.limits.max_cells:,} cells")
                blocks.append("\n".join(lines))
                return "\n\n".join(blocks), notes
            line = row_line(row)
            if line:
                lines.append(line)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks), notes


def read_xlsx(data: bytes, ctx: Context) -> ExtractedText:
    guard_office_zip(data, ctx, "Excel workbook")
    import openpyxl

    with _warnings.catch_warnings():
        _warnings.simplefilter("ignore")  # openpyxl warns about every unsupported extension
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        worksheets = [ws for ws in wb.worksheets if hasattr(ws, "iter_rows")]

        def sheets():
            for ws in worksheets:
                if hasattr(ws, "reset_dimensions"):
                    ws.reset_dimensions()  # trust the cells, not the (often wrong) declared dimension
                yield ws.title, ws.iter_rows(values_only=True)

        text, notes = sheets_text(sheets(), ctx)
    finally:
        wb.close()
    has_cells = any("\n" in block for block in text.split("\n\n"))
    return finish(text if has_cells else "", "openpyxl", "xlsx", ctx, pages=len(worksheets), warnings=notes,
                  reason="the workbook's sheets are empty")
