"""Old Excel (.xls, BIFF) → text with xlrd, laid out like .xlsx."""

from __future__ import annotations

from .base import Context, DocumentError, Encrypted, ExtractedText, finish
from .xlsx import sheets_text


def read_xls(data: bytes, ctx: Context) -> ExtractedText:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=_Null())
    except xlrd.biffh.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise Encrypted("encrypted Excel workbook (password protected)") from exc
        raise DocumentError(f"damaged or unsupported .xls workbook: {exc}") from exc

    def value(cell):
        if cell.ctype == xlrd.XL_CELL_DATE:
            try:
                return xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
            except Exception:
                return cell.value
        if cell.ctype == xlrd.XL_CELL_BOOLEAN:
            return bool(cell.value)
        if cell.ctype in (xlrd.XL_CELL_ERROR, xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
            return None
        return cell.value

    def sheets():
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            yield sheet.name, ([value(c) for c in sheet.row(r)] for r in range(sheet.nrows))
            book.unload_sheet(index)

    try:
        text, notes = sheets_text(sheets(), ctx)
    finally:
        book.release_resources()
    has_cells = any("\n" in block for block in text.split("\n\n"))
    return finish(text if has_cells else "", "xlrd", "xls", ctx, pages=book.nsheets, warnings=notes,
                  reason="the workbook's sheets are empty")


class _Null:
    def write(self, *_):
        pass
