"""What the review pages show, read from the warehouse: the queue of figures to check, one figure with its
words in the reply's text, the council's other answers, and the document it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from warehouse.overrides import (DEFAULT_THRESHOLD, Decision, counted_relation, decision_history, has_table,
                                 latest_decisions, needs_review_sql, reason_sql)

CONTEXT_CHARS = 700  # of the reply's text either side of the figure's words


@dataclass(frozen=True)
class Filters:
    council: str = ""
    question: str = ""
    status: str = "to_check"   # to_check | checked | all
    reviewer: str = ""
    survey: str = ""

    def query(self, **change: str) -> str:
        from urllib.parse import urlencode

        values = {**self.__dict__, **change}
        return urlencode({k: v for k, v in values.items() if v and not (k == "status" and v == "to_check")})


STATUSES = {"to_check": "to check", "checked": "checked", "all": "all"}


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _queue_sql(con: duckdb.DuckDBPyConnection) -> str:
    # In the queue: every figure worth checking as the report counts them, and every figure already decided
    # on (in the browser or by a sheet), whatever a rebuild has made of it since.
    decided = ("SELECT answer_id FROM review_decisions UNION " if has_table(con, "review_decisions") else "")
    counted = counted_relation(con)
    # the counted relation's reason includes the warehouse's own doubts (a one-month period, an impossible value)
    reason = (f"coalesce(CASE WHEN c.answer_id IS NOT NULL THEN {reason_sql(con, 'c')} END, {reason_sql(con)})"
              if counted != "answers" else reason_sql(con))
    return f"""
    WITH decided AS ({decided} SELECT answer_id FROM answer_overrides)
    SELECT a.answer_id, coalesce(au.short_name, au.name, a.authority_key) AS council, a.authority_key,
           a.survey, a.question, a.subject, a.period, a.measure, a.value, a.original_value, a.status,
           a.confidence, a.conflict,
           {reason} AS reason,
           a.quote, o.corrected_value AS sheet_value, o.loaded_at AS sheet_loaded_at
    FROM answers a
    LEFT JOIN {counted} c ON c.answer_id = a.answer_id
    LEFT JOIN authorities au ON au.authority_key = a.authority_key
    LEFT JOIN answer_overrides o ON o.answer_id = a.answer_id
    WHERE a.answer_id IN (SELECT answer_id FROM {counted_relation(con)} a WHERE {needs_review_sql()})
       OR a.answer_id IN (SELECT answer_id FROM decided)
    ORDER BY a.conflict DESC, council, a.survey, a.question, a.subject, a.period, a.measure, a.answer_id
    """


@dataclass
class Item:
    row: dict[str, Any]
    decision: Decision | None

    @property
    def answer_id(self) -> str:
        return self.row["answer_id"]

    @property
    def checked(self) -> bool:
        return self.decision is not None or self.row["sheet_value"] is not None

    @property
    def decided_by(self) -> str:
        if self.decision:
            return self.decision.reviewer
        return "a sheet" if self.row["sheet_value"] is not None else ""

    @property
    def verdict(self) -> str:
        if self.decision:
            return self.decision.describe()
        if self.row["sheet_value"] is not None:
            return f"corrected to {self.row['sheet_value']:,.10g} (sheet)"
        return ""


@dataclass
class Queue:
    items: list[Item]               # the whole queue, in order
    shown: list[Item]               # after the filters
    councils: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    reviewers: list[str] = field(default_factory=list)
    last_rebuild: datetime | None = None
    latest_decision: datetime | None = None

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def checked(self) -> int:
        return sum(i.checked for i in self.items)

    @property
    def report_is_stale(self) -> bool:
        """A decision was made after the last `foi extract`: the figures and the report do not show it yet."""
        return self.latest_decision is not None and (self.last_rebuild is None
                                                     or self.latest_decision > self.last_rebuild)

    def next_after(self, answer_id: str | None, *, unchecked: bool = True) -> Item | None:
        """The next figure in the filtered list after ``answer_id`` (wrapping round), unchecked ones only by
        default."""
        ids = [i.answer_id for i in self.shown]
        start = ids.index(answer_id) + 1 if answer_id in ids else 0
        for item in self.shown[start:] + self.shown[:start]:
            if item.answer_id != answer_id and (not unchecked or not item.checked):
                return item
        return None

    def previous_before(self, answer_id: str) -> Item | None:
        ids = [i.answer_id for i in self.shown]
        return self.shown[ids.index(answer_id) - 1] if answer_id in ids and ids.index(answer_id) > 0 else None


def load_queue(con: duckdb.DuckDBPyConnection, filters: Filters,
               threshold: float = DEFAULT_THRESHOLD) -> Queue:
    if not has_table(con, "answers"):
        raise LookupError("This warehouse has no extracted figures yet: run `foi extract` first.")
    rows = _rows(con, _queue_sql(con), [threshold])
    decisions = latest_decisions(con)
    items = [Item(r, decisions.get(r["answer_id"])) for r in rows]
    if filters.survey:
        items = [i for i in items if i.row["survey"] == filters.survey]
    shown = [i for i in items
             if (not filters.council or i.row["council"] == filters.council)
             and (not filters.question or i.row["question"] == filters.question)
             and (filters.status == "all" or (filters.status == "checked") == i.checked)
             and (not filters.reviewer or i.decided_by == filters.reviewer)]
    last_rebuild = (con.execute("SELECT max(finished_at) FROM extract_runs").fetchall()[0][0]
                    if has_table(con, "extract_runs") else None)
    times = [d.decided_at for d in decisions.values()]
    times += [i.row["sheet_loaded_at"] for i in items if i.row["sheet_loaded_at"] is not None]
    return Queue(items=items, shown=shown,
                 councils=sorted({i.row["council"] for i in items}),
                 questions=sorted({i.row["question"] or "" for i in items} - {""}),
                 reviewers=sorted({i.decided_by for i in items} - {""}),
                 last_rebuild=last_rebuild, latest_decision=max(times) if times else None)


@dataclass
class Source:
    """Where a figure's words are: the text around them and the document they were read from."""
    before: str
    words: str
    after: str
    clipped_start: bool
    clipped_end: bool
    kind: str                       # "attachment" | "message"
    filename: str | None
    document_type: str | None
    stored: bool                    # the original file is under FOI_FILES_DIR
    attachment_id: str | None
    source_url: str | None
    where: str | None               # "sheet Devices, row 3" when the text says so


def _where_in_sheet(text: str, start: int) -> str | None:
    """Spreadsheet text is written as '[Sheet: Name]' then one line per row: name the sheet and row."""
    marker = text.rfind("[Sheet: ", 0, start)
    if marker < 0:
        return None
    end = text.find("]", marker)
    if end < 0 or end > start:
        return None
    name = text[marker + len("[Sheet: "):end]
    row = text.count("\n", end, start)
    return f"sheet {name}, row {row}" if row > 0 else f"sheet {name}"


def figure_source(con: duckdb.DuckDBPyConnection, answer_id: str, files_dir: Path,
                  context: int = CONTEXT_CHARS) -> tuple[dict, Source | None]:
    """The figure's row (raises KeyError if there is none) and where its words are, with ``context`` characters
    of the text either side."""
    found = _rows(con, """
        SELECT a.*, coalesce(au.short_name, au.name, a.authority_key) AS council,
               r.title AS request_title, r.source_url AS request_url
        FROM answers a
        LEFT JOIN authorities au ON au.authority_key = a.authority_key
        LEFT JOIN requests r ON r.request_id = a.request_id
        WHERE a.answer_id = ?""", [answer_id])
    if not found:
        raise KeyError(answer_id)
    figure = found[0]
    if figure["attachment_id"]:
        doc = _rows(con, "SELECT text, filename, detected_type, content_type, stored_path, source_url "
                         "FROM attachments WHERE attachment_id = ?", [figure["attachment_id"]])
        kind = "attachment"
    else:
        doc = _rows(con, "SELECT body_text AS text, NULL AS filename, NULL AS detected_type, NULL AS content_type, "
                         "NULL AS stored_path, source_url FROM messages WHERE message_id = ?", [figure["message_id"]])
        kind = "message"
    if not doc:
        return figure, None
    d = doc[0]
    text = d["text"] or ""
    start, end = figure["start_offset"], figure["end_offset"]
    if start is None or end is None or not (0 <= start <= end <= len(text)):
        # offsets missing or from another version of the text: find the quote instead
        quote = figure["quote"] or ""
        start = text.find(quote) if quote else -1
        end = start + len(quote) if start >= 0 else -1
    if start < 0:
        before, words, after, lo, hi = text[:2 * context], "", "", 0, min(len(text), 2 * context)
    else:
        lo, hi = max(0, start - context), min(len(text), end + context)
        before, words, after = text[lo:start], text[start:end], text[end:hi]
    stored = bool(d["stored_path"]) and stored_file(files_dir, d["stored_path"]) is not None
    return figure, Source(before=before, words=words, after=after, clipped_start=lo > 0, clipped_end=hi < len(text),
                          kind=kind, filename=d["filename"], document_type=d["detected_type"] or d["content_type"],
                          stored=stored, attachment_id=figure["attachment_id"], source_url=d["source_url"],
                          where=_where_in_sheet(text, start) if start >= 0 else None)


def stored_file(files_dir: Path, stored_path: str) -> Path | None:
    """The stored file, only if it is inside ``files_dir`` (stored_path comes from the warehouse: never trust
    it to stay inside)."""
    root = files_dir.resolve()
    try:
        path = (root / stored_path).resolve()
    except (OSError, ValueError):
        return None
    if root not in path.parents or not path.is_file():
        return None
    return path


def attachment_file(con: duckdb.DuckDBPyConnection, attachment_id: str, files_dir: Path
                    ) -> tuple[Path, str | None, str | None] | None:
    rows = con.execute("SELECT stored_path, detected_type, filename FROM attachments WHERE attachment_id = ?",
                       [attachment_id]).fetchall()
    if not rows or not rows[0][0]:
        return None
    path = stored_file(files_dir, rows[0][0])
    return (path, rows[0][1], rows[0][2]) if path else None


def other_answers(con: duckdb.DuckDBPyConnection, figure: dict) -> list[dict]:
    """The council's other figures for the same question of the same survey, as the report counts them."""
    return _rows(con, f"""
        SELECT answer_id, subject, period, measure, value, status, approx
        FROM {counted_relation(con)}
        WHERE authority_key IS NOT DISTINCT FROM ? AND survey = ? AND question IS NOT DISTINCT FROM ?
          AND answer_id != ?
        ORDER BY subject, period, measure LIMIT 50""",
        [figure["authority_key"], figure["survey"], figure["question"], figure["answer_id"]])


def history(con: duckdb.DuckDBPyConnection, answer_id: str) -> list[Decision]:
    return decision_history(con, answer_id)


def other_readings(con: duckdb.DuckDBPyConnection, figure: dict) -> list[dict]:
    """The same figure read elsewhere in the thread (the letter against its spreadsheet, a later reply): what
    the reviewer is choosing between."""
    return _rows(con, """
        SELECT b.value, b.status, b.quote, b.reply_kind, b.reply_sent_at,
               CASE WHEN b.attachment_id IS NULL THEN 'the e-mail' ELSE coalesce(att.filename, 'an attachment') END
                   AS found_in
        FROM answers b LEFT JOIN attachments att ON att.attachment_id = b.attachment_id
        WHERE b.request_id = ? AND b.question IS NOT DISTINCT FROM ? AND b.subject = ?
          AND b.period IS NOT DISTINCT FROM ? AND b.measure = ? AND b.answer_id != ?
        ORDER BY b.reply_sent_at, b.start_offset LIMIT 20""",
        [figure["request_id"], figure["question"], figure["subject"], figure["period"], figure["measure"],
         figure["answer_id"]])
