"""The review loop: figures a person should check go out to a sheet, corrections come back in.

``foi review`` writes the figures that are uncertain (low confidence, or two different values in one reply)
to XLSX or CSV with an empty ``corrected_value`` column. The journalist fills in the figures that are wrong and
``foi extract --overrides FILE`` reads the sheet back into ``answer_overrides``, a table that rebuilds keep,
so that a correction survives every later re-extraction. Only rows with a ``corrected_value`` are read; the
other columns of the sheet are there to help the reader and are ignored.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

REQUIRED = ("answer_id", "corrected_value")
OPTIONAL = ("note",)
DEFAULT_THRESHOLD = 0.7
DEFAULT_OVERRIDES = Path("data") / "overrides.csv"

REVIEW_COLUMNS = ["answer_id", "council", "authority_key", "survey", "question", "subject", "period", "measure",
                  "value", "other_readings", "confidence", "conflict", "reason", "quote", "source_url",
                  "corrected_value", "note"]


class OverridesError(ValueError):
    """The overrides file cannot be used; nothing was changed."""


@dataclass(frozen=True)
class Override:
    answer_id: str
    corrected_value: float
    note: str | None


def _read_rows(path: Path) -> tuple[list[str], list[dict[str, Any]]]:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        import openpyxl

        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # a damaged or mislabelled file: say so, do not crash
            raise OverridesError(f"{path} could not be read as an Excel workbook ({exc}).") from exc
        try:
            rows = list(book.worksheets[0].iter_rows(values_only=True))
        finally:
            book.close()
        if not rows:
            return [], []
        header = ["" if h is None else str(h).strip() for h in rows[0]]
        return header, [dict(zip(header, r)) for r in rows[1:] if any(v not in (None, "") for v in r)]
    if suffix in (".csv", ".txt", ""):
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise OverridesError(f"{path} is not UTF-8 text; save it as CSV (UTF-8) or XLSX.") from exc
        reader = csv.DictReader(io.StringIO(text))
        header = [h.strip() for h in (reader.fieldnames or [])]
        reader.fieldnames = header
        return header, [r for r in reader if any((v or "").strip() for v in r.values() if isinstance(v, str))]
    raise OverridesError(f"{path}: overrides must be a .csv or .xlsx file, not {suffix!r}.")


_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def _number(value: Any) -> float | None:
    """A corrected value as a number: '£1,234.50' and ' 426 ' are fine; '' means "no correction"."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(str(value))
        return float(value)
    text = str(value).strip().replace(",", "").replace("£", "").replace(" ", "")
    if not text:
        return None
    if not _NUMBER.match(text):
        raise ValueError(str(value))
    return float(text)


def read_overrides(path: str | Path) -> list[Override]:
    """Read and check an overrides sheet; raise :class:`OverridesError` naming what is wrong."""
    path = Path(path)
    if not path.exists():
        raise OverridesError(f"No overrides file at {path}.")
    header, rows = _read_rows(path)
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        found = ", ".join(repr(h) for h in header if h) or "none"
        raise OverridesError(
            f"{path} is missing the column(s) {', '.join(missing)} (found: {found}). An overrides file needs "
            f"the columns answer_id and corrected_value, and may have note; `foi review` writes one to fill in."
        )
    out: dict[str, Override] = {}
    bad: list[str] = []
    for line, row in enumerate(rows, start=2):
        aid = "" if row.get("answer_id") is None else str(row["answer_id"]).strip()
        try:
            value = _number(row.get("corrected_value"))
        except ValueError:
            bad.append(f"row {line}: corrected_value {row.get('corrected_value')!r} is not a number")
            continue
        if value is None:
            continue  # left blank: the figure was right
        if not aid:
            bad.append(f"row {line}: corrected_value given but answer_id is empty")
            continue
        note = row.get("note")
        note = None if note is None or str(note).strip() == "" else str(note).strip()
        out[aid] = Override(aid, value, note)
    if bad:
        raise OverridesError(f"{path} has rows that cannot be used, nothing was changed:\n  " + "\n  ".join(bad[:20])
                             + (f"\n  … and {len(bad) - 20} more" if len(bad) > 20 else ""))
    return list(out.values())


def store_overrides(con: duckdb.DuckDBPyConnection, overrides: list[Override], source_file: str) -> int:
    """Insert or replace corrections by answer_id. Runs inside the caller's transaction."""
    if not overrides:
        return 0
    batch = pa.table({
        "answer_id": [o.answer_id for o in overrides],
        "corrected_value": pa.array([o.corrected_value for o in overrides], pa.float64()),
        "note": pa.array([o.note for o in overrides], pa.string()),
        "source_file": [source_file] * len(overrides),
        "loaded_at": pa.array([datetime.now(timezone.utc)] * len(overrides), pa.timestamp("us", tz="UTC")),
    })
    con.register("_overrides_batch", batch)
    try:
        con.execute("INSERT OR REPLACE INTO answer_overrides SELECT answer_id, corrected_value, note, source_file, "
                    "loaded_at FROM _overrides_batch")
    finally:
        con.unregister("_overrides_batch")
    return len(overrides)


def current_overrides(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[float, str | None]]:
    return {aid: (value, note) for aid, value, note in
            con.execute("SELECT answer_id, corrected_value, note FROM answer_overrides").fetchall()}


# --- the review sheet -----------------------------------------------------------------------------------

REVIEW_SQL = """
SELECT a.answer_id,
       coalesce(au.short_name, au.name, a.authority_key) AS council,
       a.authority_key, a.survey, a.question, a.subject, a.period, a.measure, a.value,
       (SELECT string_agg(CAST(b.value AS VARCHAR), '; ' ORDER BY b.value) FROM answers b
        WHERE b.conflict AND b.superseded_by = a.answer_id AND b.reply_sent_at IS NOT DISTINCT FROM a.reply_sent_at
       ) AS other_readings,
       a.confidence, a.conflict,
       CASE WHEN a.conflict THEN 'different values for the same figure in one reply'
            ELSE 'low confidence' END AS reason,
       a.quote,
       coalesce(att.source_url, m.source_url, r.source_url) AS source_url
FROM answers a
LEFT JOIN authorities au ON au.authority_key = a.authority_key
LEFT JOIN attachments att ON att.attachment_id = a.attachment_id
LEFT JOIN messages m ON m.message_id = a.message_id
LEFT JOIN requests r ON r.request_id = a.request_id
WHERE a.status = 'extracted' AND (a.conflict OR coalesce(a.confidence, 0) < ?)
  AND (? IS NULL OR a.survey = ?)
ORDER BY council, a.survey, a.question, a.subject, a.period, a.measure, a.answer_id
"""


def review_rows(con: duckdb.DuckDBPyConnection, threshold: float = DEFAULT_THRESHOLD,
                survey: str | None = None) -> list[dict[str, Any]]:
    cur = con.execute(REVIEW_SQL, [threshold, survey, survey])
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    for r in rows:
        r["corrected_value"], r["note"] = None, None
    return rows


def write_review(rows: list[dict[str, Any]], out: str | Path) -> Path:
    """Write the review sheet as .xlsx or .csv (by the file's extension)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    suffix = out.suffix.lower()
    if suffix == ".csv":
        with out.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=REVIEW_COLUMNS)
            writer.writeheader()
            for r in rows:
                writer.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in REVIEW_COLUMNS})
        return out
    if suffix != ".xlsx":
        raise OverridesError(f"{out}: the review sheet must be .xlsx or .csv, not {suffix!r}.")
    import openpyxl
    from openpyxl.styles import Font, PatternFill

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "review"
    sheet.append(REVIEW_COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r in rows:
        sheet.append([r.get(k) for k in REVIEW_COLUMNS])
        for cell in sheet[sheet.max_row]:
            if cell.data_type == "f":
                cell.data_type = "s"  # text from a reply that starts with '=' is text, never a formula
    fill = PatternFill("solid", fgColor="FFF2CC")
    col = REVIEW_COLUMNS.index("corrected_value") + 1
    for row in range(2, len(rows) + 2):
        sheet.cell(row=row, column=col).fill = fill
        sheet.cell(row=row, column=col + 1).fill = fill
    sheet.freeze_panes = "B2"
    widths = {"answer_id": 22, "council": 24, "quote": 60, "source_url": 40, "reason": 30}
    for i, name in enumerate(REVIEW_COLUMNS, start=1):
        sheet.column_dimensions[openpyxl.utils.get_column_letter(i)].width = widths.get(name, 14)
    book.save(out)
    return out
