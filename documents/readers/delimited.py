"""CSV/TSV → text: encoding and delimiter sniffed, each row one tab-separated line."""

from __future__ import annotations

import csv
import io

from .base import Context, ExtractedText, finish, row_line
from .textenc import decode_text


def sniff_dialect(sample: str):
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        return csv.excel_tab if sample.count("\t") > sample.count(",") else csv.excel


def read_csv(data: bytes, ctx: Context) -> ExtractedText:
    text, encoding = decode_text(data)
    csv.field_size_limit(min(ctx.limits.max_file_bytes, 2**31 - 1))
    dialect = sniff_dialect(text[:64_000])
    lines, cells = [], 0
    warnings = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), dialect):
            cells += len(row)
            if cells > ctx.limits.max_cells:
                warnings.append(f"stopped after {ctx.limits.max_cells:,} cells")
                break
            line = row_line(row)
            if line:
                lines.append(line)
    except csv.Error as exc:  # a stray NUL or quote: fall back to the plain lines rather than lose the file
        warnings.append(f"not well-formed CSV ({exc}); read as plain text")
        lines = text.splitlines()
    if encoding not in ("utf-8", "ascii"):
        warnings.append(f"decoded as {encoding}")
    return finish("\n".join(lines), "csv", "csv", ctx, warnings=warnings)
