"""Raw layer → normalized layer: what `foi extract` runs.

:func:`rebuild` reads every harvested request, parses each reply the authority sent (message bodies without
their quoted text, and attachments whose text was extracted) with the day it was sent, combines each thread (see
:mod:`warehouse.normalize.thread`), applies the journalist's corrections, and replaces ``answers``,
``refusals``, ``request_outcomes`` (and the small ``survey_subjects`` and ``extract_failures``) plus the
analyst views in one transaction. It works through the raw layer a chunk of requests at a time (read, parse,
write), so its memory does not grow with the raw layer. Same raw layer and overrides in → identical tables out.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import inspect
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import duckdb

import reader

from warehouse import overrides as ov
from warehouse.db import ensure_raw_schema
from warehouse.normalize import raw, store
from warehouse.normalize.surveys import available_surveys, get, matcher, subject_kind, subject_ranges, survey_subjects
from warehouse.normalize.thread import apply_overrides, combine

# Bump when the thread rules change in a way that changes the output.
NORMALIZE_VERSION = "2"   # 2: each reply read with the day it was sent (its periods "to date" end on it)

Progress = Callable[[str, int, int], None]


class NothingToExtract(RuntimeError):
    """The raw layer has no requests yet."""


@dataclass
class Summary:
    extractor_version: str
    surveys: list[str]
    requests: int = 0
    survey_requests: int = 0
    texts_read: int = 0
    answers: int = 0
    current_answers: int = 0
    counted_answers: int = 0      # what the views, the report and `foi review` count (int_answers__counted)
    to_review: int = 0            # of those, the figures `foi review` lists (survey_coverage.figures_needing_review)
    superseded: int = 0
    conflicts: int = 0
    refusals: int = 0
    failures: int = 0
    overrides_loaded: int = 0
    overrides_applied: int = 0
    overrides_unmatched: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def __str__(self) -> str:
        # the figures the report counts; a disclosure log's copy of a request also crawled from WhatDoTheyKnow is
        # read too but counted once, so the console, the report and `foi review` give the same numbers
        copies = self.current_answers - self.counted_answers
        text = (f"{self.requests} requests ({self.survey_requests} in a survey), {self.counted_answers} figures "
                f"({self.to_review} to check by hand, {self.superseded} superseded, {self.conflicts} conflicting"
                + (f"; {copies} more read from disclosure logs' copies of the same requests" if copies > 0 else "")
                + f"), {self.refusals} exemption citations")
        if self.overrides_applied:
            text += f", {self.overrides_applied} corrections applied"
        if self.failures:
            text += f", {self.failures} texts not parsed (see extract_failures)"
        return text


def _package_version() -> str:
    try:
        return metadata.version("foi-compare")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def extractor_version(parser: Any = None) -> str:
    """'<package version>+p<parser version>.n<normalize version>' stamped on every derived row."""
    if parser is None:
        parser_version = str(getattr(reader, "PARSER_VERSION", "0"))
    else:
        parser_version = str(getattr(parser, "PARSER_VERSION", getattr(parser, "__name__", "custom")))
    return f"{_package_version()}+p{parser_version}.n{NORMALIZE_VERSION}"


def _default_parser():
    return reader.parse_reply, reader.load_survey


def _load_surveys(surveys: Sequence[Any] | None, loader: Callable[[str], Any] | None) -> list[Any]:
    names_or_objects = list(surveys) if surveys is not None else available_surveys()
    out = []
    for s in names_or_objects:
        if isinstance(s, (str, Path)):
            if loader is None:
                raise RuntimeError("Surveys given by name need the survey loader (reader.load_survey).")
            try:
                out.append(loader(str(s)))
            except FileNotFoundError as exc:
                known = ", ".join(available_surveys()) or "none"
                raise ValueError(f"No survey called {s!r} (surveys available: {known}).") from exc
        else:
            out.append(s)
    return out


def rebuild(
    con: duckdb.DuckDBPyConnection,
    surveys: Sequence[Any] | None = None,
    overrides_path: str | Path | None = None,
    parser: Callable[[str, Any], Any] | None = None,
    *,
    partial: bool = False,
    survey_loader: Callable[[str], Any] | None = None,
    progress: Progress | None = None,
) -> Summary:
    """Rebuild the normalized layer. ``surveys``: names or loaded survey objects (default: every survey in
    ``reader/surveys/``). ``partial=True`` replaces only the rows of those surveys' requests and keeps
    the rest. ``parser(text, survey) -> Reply`` defaults to :func:`reader.parse_reply`; a parser that takes
    ``replied_on=`` is given the day each reply was sent (the message's ``sent_at``; a log's response, its date).

    Raises :class:`NothingToExtract` on an empty raw layer and :class:`warehouse.overrides.OverridesError`
    on an unusable overrides file — in both cases before anything is changed.
    """
    tick = progress or (lambda stage, done, total: None)
    if parser is None:
        parser, default_loader = _default_parser()
        survey_loader = survey_loader or default_loader
    elif survey_loader is None and (surveys is None or any(isinstance(s, (str, Path)) for s in surveys)):
        try:
            survey_loader = _default_parser()[1]
        except RuntimeError:
            survey_loader = None
    version = extractor_version(None if parser is _default_parser_or_none() else parser)
    dated = _takes_reply_date(parser)

    ensure_raw_schema(con)
    if raw.count_requests(con) == 0:
        raise NothingToExtract(
            "The raw layer is empty: no requests have been crawled yet. Run `foi demo` for the bundled demo, or "
            "`foi crawl whatdotheyknow --batch <id>` first."
        )
    pending = ov.read_overrides(overrides_path) if overrides_path else []

    loaded = _load_surveys(surveys, survey_loader)
    matchers = [matcher(s) for s in loaded]
    names = [m.name for m in matchers]
    summary = Summary(extractor_version=version, surveys=names)
    fallback_survey = loaded[0] if loaded else None

    tick("reading raw layer", 0, 1)
    as_of = raw.as_of(con)
    total = raw.count_requests(con)
    tick("reading raw layer", 1, 1)

    subjects: dict[tuple[str, str], str] = {}
    for m in matchers:
        for subj in survey_subjects(m.survey):
            subjects[(m.name, subj)] = subject_kind(m.survey, subj)
    by_survey = "WHERE survey IN (SELECT unnest(?::VARCHAR[]))"
    steps = 7  # the transaction opening, the threads, the subjects, the checks, the views, the log, the commit
    tick("writing", 0, steps)
    con.execute("BEGIN TRANSACTION")
    try:
        store.ensure_schema(con)
        if pending:
            summary.overrides_loaded = ov.store_overrides(con, pending, str(overrides_path))
        corrections = ov.current_overrides(con)
        tick("writing", 1, steps)
        applied: set[str] = set()
        if partial:
            con.execute(f'DELETE FROM answers {by_survey}', [names])
        else:
            for table in ("answers", "refusals", "request_outcomes", "extract_failures"):
                con.execute(f'DELETE FROM "{table}"')
        done = 0
        # The raw layer is read, parsed and written a chunk of requests at a time: memory holds one chunk.
        for chunk in raw.iter_threads(con, CHUNK_REQUESTS):
            answers: list[dict] = []
            refusals: list[dict] = []
            outcomes: list[dict] = []
            failures: list[dict] = []
            rebuilt_ids: list[str] = []
            for thread in chunk:
                done += 1
                member = next((m for m in matchers if m.matches(thread.batch_id, thread.title, thread.request_text)),
                              None)
                if partial and member is None:
                    continue
                rebuilt_ids.append(thread.request_id)
                survey_obj = member.survey if member else fallback_survey
                parsed: dict[tuple, Any] = {}
                for message in thread.messages:
                    # the day the authority sent this reply (a log's response: the day the log says it responded)
                    dated_on = {"replied_on": _day(message.sent_at)} if dated else {}
                    for t in message.texts:
                        summary.texts_read += 1
                        try:
                            parsed[(t.message_id, t.attachment_id)] = parser(t.text, survey_obj, **dated_on)
                        except Exception as exc:  # hostile or odd text: record it, read the rest
                            failures.append({"request_id": thread.request_id, "message_id": t.message_id,
                                             "attachment_id": t.attachment_id,
                                             "error": f"{type(exc).__name__}: {exc}"[:500],
                                             "extractor_version": version})
                combined = combine(thread, member.name if member else None, parsed, version, as_of)
                answers.extend(combined.answers)
                failures.extend(combined.failures)
                refusals.extend(combined.refusals)
                outcomes.append(combined.outcome)
                if member:
                    summary.survey_requests += 1
                    for a in combined.answers:
                        subjects.setdefault((member.name, a["subject"]), subject_kind(member.survey, a["subject"]))
                if done % 50 == 0 or done == total:
                    tick("combining threads", done, total)
            # A correction names one figure of one request, and a chunk holds whole requests.
            applied |= apply_overrides(answers, corrections)
            _write_chunk(con, answers, refusals, outcomes, failures, rebuilt_ids if partial else None)
            summary.requests += len(outcomes)
            summary.answers += len(answers)
            summary.current_answers += sum(a["status"] != "superseded" for a in answers)
            summary.superseded += sum(a["status"] == "superseded" for a in answers)
            summary.conflicts += sum(bool(a["conflict"]) for a in answers if a["status"] != "superseded")
            summary.refusals += len(refusals)
            summary.failures += len(failures)
            for o in outcomes:
                summary.outcomes[o["outcome"]] = summary.outcomes.get(o["outcome"], 0) + 1
        tick("writing", 2, steps)
        subject_rows = [{"survey": s, "subject": subj, "kind": k} for (s, subj), k in sorted(subjects.items())]
        store.replace(con, "survey_subjects", subject_rows, by_survey if partial else "", [names] if partial else [])
        range_rows = [{"survey": m.name, "subject": subj, "measure": measure, "low": lo, "high": hi}
                      for m in matchers for subj, measure, lo, hi in subject_ranges(m.survey)]
        store.replace(con, "survey_ranges", range_rows, by_survey if partial else "", [names] if partial else [])
        tick("writing", 3, steps)
        # answer_id is unique by construction (a hash of everything that tells two figures apart); the table
        # has no primary-key index, which would halve the load rate, so the guarantee is checked here
        clash = con.execute("SELECT answer_id FROM answers GROUP BY answer_id HAVING count(*) > 1 LIMIT 1").fetchall()
        if clash:
            raise RuntimeError(f"two figures share the answer_id {clash[0][0]}: an extractor bug, please report it")
        tick("writing", 4, steps)
        store.create_views(con)
        summary.counted_answers, summary.to_review = (int(v or 0) for v in con.execute(
            "SELECT sum(figures_extracted), sum(figures_needing_review) FROM survey_coverage").fetchone())
        tick("writing", 5, steps)
        summary.overrides_applied = len(applied)
        summary.overrides_unmatched = len(set(corrections) - applied)
        store.log_run(con, version, names, {
            "requests": summary.requests, "answers": summary.answers, "refusals": summary.refusals,
            "failures": summary.failures, "overrides_applied": summary.overrides_applied,
            "overrides_unmatched": summary.overrides_unmatched})
        tick("writing", 6, steps)
        con.execute("COMMIT")
    except BaseException:
        # a COMMIT that failed (on a team warehouse, another writer's conflicting commit) has already ended it
        with contextlib.suppress(duckdb.TransactionException):
            con.execute("ROLLBACK")
        raise
    tick("writing", steps, steps)
    return summary


# Requests read, parsed and written at a time by rebuild: enough to keep DuckDB's inserts large, small enough
# that memory does not grow with the raw layer.
CHUNK_REQUESTS = 5000


def _write_chunk(con: duckdb.DuckDBPyConnection, answers: list[dict], refusals: list[dict], outcomes: list[dict],
                 failures: list[dict], rebuilt_ids: list[str] | None) -> None:
    """One chunk's derived rows, each table in a fixed order (same raw layer in → same tables out). With
    ``rebuilt_ids`` (a partial rebuild) those requests' old rows go first."""
    for a in answers:
        a.pop("_reply", None)
    answers.sort(key=lambda a: a["answer_id"])
    refusals.sort(key=lambda r: tuple("" if v is None else str(v) for v in (
        r["request_id"], r["question"], r["exemption"], r["message_id"], r["attachment_id"])))
    outcomes.sort(key=lambda o: o["request_id"])
    failures.sort(key=lambda f: tuple("" if v is None else str(v) for v in (
        f["request_id"], f["message_id"], f["attachment_id"], f["error"])))
    if rebuilt_ids is not None:
        if not rebuilt_ids:
            return
        con.register("_rebuilt_ids", store.pa.table({"request_id": rebuilt_ids}))
        try:
            for table in ("answers", "refusals", "request_outcomes", "extract_failures"):
                con.execute(f'DELETE FROM "{table}" WHERE request_id IN (SELECT request_id FROM _rebuilt_ids)')
        finally:
            con.unregister("_rebuilt_ids")
    for table, rows in (("answers", answers), ("refusals", refusals), ("request_outcomes", outcomes),
                        ("extract_failures", failures)):
        store.append(con, table, rows)


def _takes_reply_date(parser: Callable) -> bool:
    """Whether ``parser`` reads a reply's date (``replied_on=``, as reader.parse_reply does); a parser of
    ``(text, survey)`` alone is called as before."""
    try:
        params = inspect.signature(parser).parameters
    except (TypeError, ValueError):
        return False
    return "replied_on" in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())


def _day(moment: Any) -> dt.date | None:
    """The calendar day of a message's ``sent_at`` (a timestamp, or a log's bare date)."""
    if isinstance(moment, dt.datetime):
        return moment.date()
    return moment if isinstance(moment, dt.date) else None


def _default_parser_or_none():
    return reader.parse_reply


__all__ = ["rebuild", "Summary", "NothingToExtract", "extractor_version", "NORMALIZE_VERSION", "get"]
