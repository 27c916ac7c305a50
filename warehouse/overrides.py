"""The review loop: figures a person should check go out to a sheet or a browser, corrections come back in.

``foi review`` writes the figures that are uncertain (low confidence, or two different values in one reply)
to XLSX or CSV with an empty ``corrected_value`` column. The journalist fills in the figures that are wrong and
``foi extract --overrides FILE`` reads the sheet back into ``answer_overrides``, a table that rebuilds keep,
so that a correction survives every later re-extraction. Only rows with a ``corrected_value`` are read; the
other columns of the sheet are there to help the reader and are ignored.

``foi review --serve`` (review/) records each decision at once in ``review_decisions``, a log that rebuilds
also keep: accept, correct (value, period, measure, approximate) or "not a figure", with who and when. The
latest decision on a figure is its override; a later sheet correction of the same figure wins over an earlier
decision and the other way round (:func:`current_overrides`).
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from reader.survey import MEASURES as SURVEY_MEASURES
from warehouse import db

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
    loaded_at = datetime.now(timezone.utc)
    # merged on answer_id by db.write_rows, which also does it on a team warehouse (no keys there)
    return db.write_rows(con, "answer_overrides", [
        {"answer_id": o.answer_id, "corrected_value": float(o.corrected_value), "note": o.note,
         "source_file": source_file, "loaded_at": loaded_at} for o in overrides])


@dataclass(frozen=True)
class Correction:
    """What a rebuild does to one figure: the latest sheet correction or review decision on it."""
    value: float | None
    note: str | None
    decision: str = "correct"          # accept | correct | not_a_figure
    period: str | None = None          # a corrected period label, with its dates
    period_start: date | None = None
    period_end: date | None = None
    measure: str | None = None
    approx: bool | None = None


def current_overrides(con: duckdb.DuckDBPyConnection) -> dict[str, Correction]:
    """Every figure's correction: from ``answer_overrides`` (sheets) and ``review_decisions`` (the browser),
    the later of the two where both name a figure."""
    out: dict[str, tuple[datetime | None, Correction]] = {}
    for aid, value, note, when in con.execute(
            "SELECT answer_id, corrected_value, note, loaded_at FROM answer_overrides").fetchall():
        out[aid] = (when, Correction(value, note))
    if has_table(con, "review_decisions"):
        for d in latest_decisions(con).values():
            earlier = out.get(d.answer_id)
            if earlier is None or earlier[0] is None or earlier[0] <= d.decided_at:
                out[d.answer_id] = (d.decided_at, d.correction())
    return {aid: c for aid, (_, c) in out.items()}


def has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' "
                            "AND table_name = ?", [name]).fetchall()[0][0])


# --- decisions made in the browser (`foi review --serve`) ----------------------------------------------

DECISIONS = ("accept", "correct", "not_a_figure")
DECISION_WORDS = {"accept": "accepted", "correct": "corrected", "not_a_figure": "not a figure"}

# A log: a new decision on a figure is a new row (``replaces`` names the one it replaced), so who decided
# what before is never lost. Kept across `foi extract` like answer_overrides; created by the first decision.
DECISIONS_DDL = """
CREATE TABLE IF NOT EXISTS review_decisions (
    decision_id          VARCHAR PRIMARY KEY,
    answer_id            VARCHAR NOT NULL,
    decision             VARCHAR NOT NULL,     -- accept | correct | not_a_figure
    value                DOUBLE,               -- the figure as accepted or corrected; NULL for not_a_figure
    period               VARCHAR,              -- a corrected period (canonical label) and its dates
    period_start         DATE,
    period_end           DATE,
    measure              VARCHAR,              -- a corrected measure (count | unit_cost_gbp | total_cost_gbp)
    approx               BOOLEAN,
    note                 VARCHAR,
    reviewer             VARCHAR NOT NULL,
    decided_at           TIMESTAMPTZ NOT NULL,
    replaces             VARCHAR               -- the decision_id this one replaced, if any
)
"""


class DecisionError(OverridesError):
    """A decision that cannot be recorded as given; ``field`` names the form field at fault."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class UnknownFigure(DecisionError):
    """No figure has this answer_id (a stale link, or the warehouse was rebuilt with another extractor)."""


@dataclass(frozen=True)
class Decision:
    answer_id: str
    decision: str
    reviewer: str
    value: float | None = None
    period: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    measure: str | None = None
    approx: bool | None = None
    note: str | None = None
    decision_id: str = ""
    decided_at: datetime | None = None
    replaces: str | None = None

    def correction(self) -> Correction:
        return Correction(value=self.value, note=self.note, decision=self.decision, period=self.period,
                          period_start=self.period_start, period_end=self.period_end, measure=self.measure,
                          approx=self.approx)

    def describe(self) -> str:
        """'corrected to 428 (2019-20, count, approximate)', for the page and the log."""
        if self.decision == "not_a_figure":
            return "not a figure"
        value = "?" if self.value is None else f"{self.value:,.10g}"
        extra = [x for x in (self.period, self.measure, "approximate" if self.approx else None) if x]
        verb = "accepted as" if self.decision == "accept" else "corrected to"
        return f"{verb} {value}" + (f" ({', '.join(extra)})" if extra else "")


class DecisionConflict(DecisionError):
    """Someone else decided on the figure after the page was loaded: ``current`` is their decision."""

    def __init__(self, current: Decision | None) -> None:
        who = f"{current.reviewer} ({current.describe()})" if current else "nobody (it was withdrawn)"
        super().__init__(f"While you were looking at this figure it was decided by {who}. Your decision is "
                         "below, not saved: replace theirs with it, or leave theirs.")
        self.current = current


class WarehouseReadOnly(DecisionError):
    """Decisions cannot be written: the review was started read-only."""


_DECISION_COLUMNS = ("decision_id", "answer_id", "decision", "value", "period", "period_start", "period_end",
                     "measure", "approx", "note", "reviewer", "decided_at", "replaces")


def _decision(row: tuple) -> Decision:
    return Decision(**dict(zip(_DECISION_COLUMNS, row)))


def latest_decisions(con: duckdb.DuckDBPyConnection, answer_id: str | None = None) -> dict[str, Decision]:
    """The current decision per figure (the latest one), all figures or one."""
    if not has_table(con, "review_decisions"):
        return {}
    rows = con.execute(
        f"SELECT {', '.join(_DECISION_COLUMNS)} FROM review_decisions WHERE ? IS NULL OR answer_id = ? "
        "QUALIFY row_number() OVER (PARTITION BY answer_id ORDER BY decided_at DESC, decision_id DESC) = 1",
        [answer_id, answer_id]).fetchall()
    return {r[1]: _decision(r) for r in rows}


def decision_history(con: duckdb.DuckDBPyConnection, answer_id: str) -> list[Decision]:
    if not has_table(con, "review_decisions"):
        return []
    return [_decision(r) for r in con.execute(
        f"SELECT {', '.join(_DECISION_COLUMNS)} FROM review_decisions WHERE answer_id = ? "
        "ORDER BY decided_at DESC, decision_id DESC", [answer_id]).fetchall()]


# a reviewer may correct a figure to any measure the engine reads (a share, days, hours, a floor area …), not only
# the three the first questionnaire asked
MEASURES = SURVEY_MEASURES


def make_decision(answer_id: str, decision: str, reviewer: str, *, value: Any = None, period: Any = None,
                  measure: Any = None, approx: bool | None = None, note: Any = None) -> Decision:
    """Check a decision as typed on the page; raise :class:`DecisionError` naming the field at fault.

    ``value`` takes '£1,234.50' and ' 426 '; ``period`` any form the reader knows ('2019/20', 'April 2020 to
    March 2021'), stored as its canonical label with its dates. Empty period and measure mean "as read"."""
    from reader.periods import parse_period

    if decision not in DECISIONS:
        raise DecisionError(f"Unknown decision {decision!r}: choose accept, correct or not a figure.", "decision")
    reviewer = (reviewer or "").strip()
    if not reviewer:
        raise DecisionError("No reviewer name: set FOI_REVIEWER (or --reviewer) so decisions say who made them.",
                            "reviewer")
    note_text = None if note is None or not str(note).strip() else str(note).strip()[:2000]
    if decision == "not_a_figure":
        return Decision(answer_id, decision, reviewer, note=note_text)
    try:
        number = _number(value)
    except ValueError:
        raise DecisionError(f"{str(value).strip()[:40]!r} is not a number: type digits, e.g. 1,250 or 650.50.",
                            "value") from None
    if number is None:
        raise DecisionError("The value is empty: type the figure, or choose 'not a figure'.", "value")
    start = end = label = None
    period_text = "" if period is None else str(period).strip()
    if period_text:
        parsed = parse_period(period_text)
        if parsed is None:
            raise DecisionError(f"{period_text[:40]!r} is not a period the reader knows: write it like 2020-21, "
                                "2020, Sep 2020 or April 2020 to March 2021.", "period")
        # the reader's Period names its dates first/last (start/end in older versions, now text offsets)
        start, end = _first_date(parsed, "first", "start"), _first_date(parsed, "last", "end")
        label = parsed.canonical or parsed.label
    measure_text = "" if measure is None else str(measure).strip()
    if measure_text and measure_text not in MEASURES:
        raise DecisionError(f"Unknown measure {measure_text[:40]!r}: one of {', '.join(MEASURES)}.", "measure")
    return Decision(answer_id, decision, reviewer, value=number, period=label, period_start=start,
                    period_end=end, measure=measure_text or None, approx=approx, note=note_text)


def _first_date(obj: Any, *names: str) -> date | None:
    return next((v for v in (getattr(obj, n, None) for n in names) if isinstance(v, date)), None)


def record_decision(con: duckdb.DuckDBPyConnection, decision: Decision, seen: str | None) -> Decision:
    """Write one decision in its own transaction and return it as stored.

    ``seen`` is the decision_id the reviewer's page showed (None: no decision yet). If the figure's latest
    decision is another one, someone decided in between: nothing is written and :class:`DecisionConflict`
    carries their decision, so the page can ask before replacing it. An unknown figure raises
    :class:`UnknownFigure`."""
    import uuid

    def once() -> Decision:
        con.execute(db.ddl(con, DECISIONS_DDL))
        # on a team warehouse, two reviewers deciding at once conflict here and the second one, tried again,
        # sees the first one's decision (DecisionConflict) instead of both landing
        db.fence(con, "review_decisions")
        if not con.execute("SELECT count(*) FROM answers WHERE answer_id = ?", [decision.answer_id]).fetchall()[0][0]:
            raise UnknownFigure(f"No figure {decision.answer_id[:80]!r} in this warehouse: the link is stale, or the "
                                "figures were rebuilt since. Go back to the queue.")
        current = latest_decisions(con, decision.answer_id).get(decision.answer_id)
        if (current.decision_id if current else None) != (seen or None):
            raise DecisionConflict(current)
        stored = Decision(**{**decision.__dict__, "decision_id": uuid.uuid4().hex,
                             "decided_at": datetime.now(timezone.utc),
                             "replaces": current.decision_id if current else None})
        con.execute(f"INSERT INTO review_decisions ({', '.join(_DECISION_COLUMNS)}) "
                    f"VALUES ({', '.join('?' for _ in _DECISION_COLUMNS)})",
                    [getattr(stored, c) for c in _DECISION_COLUMNS])
        return stored

    return db.in_transaction(con, once)


# --- the review sheet -----------------------------------------------------------------------------------

# The figures to check are counted the way the report counts them: `int_answers__counted` (a disclosure-log
# copy of a harvested request gives no figures of its own), called `counted_answers` by warehouses built
# before the SQL layers; `answers` only in a warehouse older still.
COUNTED_RELATIONS = ("int_answers__counted", "counted_answers", "answers")


def counted_relation(con: duckdb.DuckDBPyConnection) -> str:
    return next(r for r in COUNTED_RELATIONS if r == "answers" or has_table(con, r))


def needs_review_sql(alias: str = "a") -> str:
    """The test for "worth checking by hand", the same as survey_coverage's figures_needing_review (with the
    threshold as a parameter)."""
    return f"{alias}.status = 'extracted' AND ({alias}.conflict OR coalesce({alias}.confidence, 0) < ?)"


def reason_sql(con: duckdb.DuckDBPyConnection, alias: str = "a") -> str:
    """Why a figure is worth checking, in words; the reader's own reason where the warehouse has one (a
    warehouse extracted before answers.conflict_reason existed has not: `foi extract` adds it)."""
    default = (f"CASE WHEN {alias}.conflict THEN 'different values for the same figure in one reply' "
               "ELSE 'low confidence' END")
    has_reason = con.execute("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'main' "
                             "AND table_name = 'answers' AND column_name = 'conflict_reason'").fetchall()[0][0]
    return f"coalesce({alias}.conflict_reason, {default})" if has_reason else default


REVIEW_SQL = """
SELECT a.answer_id,
       coalesce(au.short_name, au.name, a.authority_key) AS council,
       a.authority_key, a.survey, a.question, a.subject, a.period, a.measure, a.value,
       (SELECT string_agg(CAST(b.value AS VARCHAR), '; ' ORDER BY b.value) FROM answers b
        WHERE b.conflict AND b.superseded_by = a.answer_id AND b.reply_sent_at IS NOT DISTINCT FROM a.reply_sent_at
       ) AS other_readings,
       a.confidence, a.conflict,
       {reason} AS reason,
       a.quote,
       coalesce(att.source_url, m.source_url, r.source_url) AS source_url
FROM {counted} a
LEFT JOIN authorities au ON au.authority_key = a.authority_key
LEFT JOIN attachments att ON att.attachment_id = a.attachment_id
LEFT JOIN messages m ON m.message_id = a.message_id
LEFT JOIN requests r ON r.request_id = a.request_id
WHERE {needs_review}
  AND (? IS NULL OR a.survey = ?)
ORDER BY council, a.survey, a.question, a.subject, a.period, a.measure, a.answer_id
"""


def review_rows(con: duckdb.DuckDBPyConnection, threshold: float = DEFAULT_THRESHOLD,
                survey: str | None = None) -> list[dict[str, Any]]:
    sql = REVIEW_SQL.format(counted=counted_relation(con), needs_review=needs_review_sql(), reason=reason_sql(con))
    cur = con.execute(sql, [threshold, survey, survey])
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
