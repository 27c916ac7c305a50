"""One `foi import`: read the source, thread and match, write request by request, record the run.

The run is recorded as a crawl is (``crawl_runs`` with spider ``import:<kind>``, problems in ``crawl_failures``),
so `foi sql` and the report see imports and crawls alike."""

from __future__ import annotations

import csv
import io
import json
import os
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from documents import Limits
from warehouse import db as warehouse_db

from importers.councils import Councils
from importers.folder import INDEX_NAME, read_folder, template
from importers.model import CouncilMatch, ImportedRequest, Problem
from importers.sources import detect, read_mail
from importers.threads import build_requests, join_answers_to_waiting_requests
from importers.wdtk_zip import read_zip
from importers.writer import RawWriter, now, record_problems

SOURCE_OF = {"mbox": "mailbox", "maildir": "mailbox", "mail_folder": "mailbox", "wdtk_zip": "wdtk_export",
             "documents": "folder"}
UNMATCHED_COLUMNS = ("sender_domain", "council", "request_id", "subject", "replies", "first_reply", "evidence")


class MappingError(ValueError):
    """The user's council CSV has a line that cannot be used; the message names it."""


@dataclass
class ImportSummary:
    run_id: str
    kind: str
    source: str
    requests: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    messages: int = 0
    attachments: int = 0
    texts_read: int = 0
    texts_reused: int = 0
    duplicates: int = 0
    regrouped: int = 0
    requester: str | None = None
    methods: Counter = field(default_factory=Counter)
    problems: Counter = field(default_factory=Counter)
    unmatched: list[ImportedRequest] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)


def read_mapping(path: str | Path | None, councils: Councils) -> tuple[dict[str, str], dict[str, str]]:
    """(request id → council code, sender domain → council code) from a filled-in unmatched CSV. A row with a
    request_id maps that request's replies only (a case-management host answers for many councils); a row with
    only a sender_domain maps every reply from it. Rows with an empty council are skipped."""
    if not path:
        return {}, {}
    text = Path(path).read_bytes().decode("utf-8-sig", "replace")
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or not {"sender_domain", "council"} <= {f.strip() for f in reader.fieldnames}:
        raise MappingError(f"{path} needs the columns sender_domain and council, and request_id if a row is about "
                           "one request (the CSV `foi import` writes for unmatched replies has them).")
    by_request: dict[str, str] = {}
    mapping: dict[str, str] = {}
    for line, row in enumerate(reader, start=2):
        domain, council = (row.get("sender_domain") or "").strip().lower(), (row.get("council") or "").strip()
        request_id = (row.get("request_id") or "").strip()
        if not (domain or request_id) or not council:
            continue
        code = councils.resolve(council)
        if code is None:
            raise MappingError(f"{path}, line {line}: {council!r} is not a council code or name in the register "
                               "(use the register's code, e.g. BNE for Barnet; `foi sql \"SELECT authority_key, name "
                               "FROM authorities\"` lists them).")
        if request_id:
            by_request[request_id] = code
        else:
            mapping[domain] = code
    return by_request, mapping


def unmatched_csv(requests: list[ImportedRequest]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(UNMATCHED_COLUMNS)
    for r in sorted(requests, key=lambda r: (r.match.sender_domain or "", r.request_id)):
        replies = [m for m in r.messages if m.direction == "incoming"]
        first = min((m.sent_at for m in replies if m.sent_at), default=None)
        w.writerow([r.match.sender_domain or "", "", r.request_id, (r.title or "")[:120], len(replies),
                    first.date().isoformat() if first else "", r.match.evidence or ""])
    return buf.getvalue()


def import_path(path: str | Path, *, db_path: str | Path, files_dir: str | Path, me: set[str] | None = None,
                mapping_file: str | Path | None = None, kind: str | None = None,
                progress: Callable[[str, ImportedRequest, str], None] | None = None) -> ImportSummary:
    path = Path(path)
    kind = kind or detect(path)
    source = SOURCE_OF[kind]
    limits = Limits.from_env()
    con = warehouse_db.connect(db_path)
    try:
        councils = Councils.load(con)
        request_mapping, mapping = read_mapping(mapping_file, councils)
        summary = ImportSummary(run_id=f"import-{now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}", kind=kind,
                                source=source)
        problems: list[Problem] = []
        private: set[str] = set(a.lower() for a in (me or set()))
        mail_keys: set[str] = set()
        if source == "mailbox":
            mails = list(read_mail(path, kind, max_bytes=limits.max_file_bytes, problems=problems))
            threading = build_requests(mails, councils, me=me, mapping=mapping, request_mapping=request_mapping)
            problems += threading.problems
            requests = threading.requests
            summary.requester, summary.duplicates = threading.requester, threading.duplicates
            private |= set((threading.requester or "").split(", ")) - {""}
            mail_keys = {m.key for m in mails}
        elif source == "wdtk_export":
            read = read_zip(str(path), councils, max_bytes=limits.max_file_bytes, max_total=limits.max_expanded_bytes)
            problems += read.problems
            requests = read.requests
        else:
            read = read_folder(path, councils, max_bytes=limits.max_file_bytes)
            problems += read.problems
            requests = read.requests
            summary.unlisted = read.unlisted
        _start_run(con, summary.run_id, kind, path)
        writer = RawWriter(con, str(files_dir), private=private,
                           batch_requests=max(1, int(os.environ.get("FOI_IMPORT_BATCH_REQUESTS") or 50)))
        if source == "mailbox" and any(r.match.authority_key is None for r in requests):
            requests = match_by_letterhead(requests, councils, writer)
        produced: set[str] = set()
        try:
            _write_all(con, requests, writer, produced, problems, summary, progress)
        except KeyboardInterrupt:
            # The batch being written is not committed: the next run redoes it, with everything after it.
            con.execute("UPDATE crawl_runs SET finished_at = ?, status = 'interrupted', summary = ? WHERE run_id = ?",
                        [now(), f"stopped after {writer.counts.added + writer.counts.updated} requests written",
                         summary.run_id])
            raise
        if source == "mailbox":
            summary.regrouped = writer.drop_regrouped(source, produced, mail_keys)
        record_problems(con, summary.run_id, problems, private)
        c = writer.counts
        summary.requests = len(produced)
        summary.added, summary.updated, summary.unchanged = c.added, c.updated, c.unchanged
        summary.messages, summary.attachments = c.messages, c.attachments
        summary.texts_read, summary.texts_reused = c.texts_read, c.texts_reused
        summary.methods = Counter(r.match.method or "unmatched" for r in requests if r.request_id in produced)
        summary.problems = Counter(p.kind for p in problems)
        _finish_run(con, summary)
        return summary
    finally:
        con.close()


def _write_all(con, requests: list[ImportedRequest], writer: RawWriter, produced: set[str], problems: list[Problem],
               summary: ImportSummary, progress) -> None:
    def report(done: list[tuple[str, ImportedRequest]]) -> None:
        for outcome, req in done:
            if progress:
                progress(outcome, req, summary.run_id)

    for req in requests:
        if req.source == "wdtk_export" and (crawled := con.execute(
                "SELECT request_id FROM requests WHERE source = 'whatdotheyknow' AND url_title = ?",
                [req.url_title]).fetchall()):
            problems.append(Problem(req.source_url or req.request_id, "import_already_crawled",
                                    f"already in the warehouse from a crawl as {crawled[0][0]}; the crawl's copy "
                                    "is kept", crawled[0][0]))
            summary.skipped += 1
            continue
        outcome = writer.write(req)
        produced.add(req.request_id)
        if req.match.authority_key is None:
            summary.unmatched.append(req)
            problems.append(Problem(req.source_url or req.request_id, "import_unmatched",
                                    f"no council matched (sender domain {req.match.sender_domain or 'unknown'}"
                                    f"{'; ' + req.match.evidence if req.match.evidence else ''})", req.request_id))
        report(([(outcome, req)] if outcome else []) + (writer.flush() if writer.due() else []))
    report(writer.flush())


def match_by_letterhead(requests: list[ImportedRequest], councils: Councils, writer: RawWriter
                        ) -> list[ImportedRequest]:
    """Unmatched requests whose attached letter names one council at its head ("Please see the attached letter"
    from a case-management system): that council, method 'letterhead'. The letters are read here once; writing
    the request reuses the text."""
    for req in requests:
        if req.match.authority_key is not None:
            continue
        found: set[str] = set()
        words = None
        for m in req.messages:
            if m.direction != "incoming":
                continue
            for a in m.attachments:
                if a.data is None:
                    continue
                lines = [ln for ln in writer.text_of(a.data, a.filename or "", a.content_type).splitlines()
                         if ln.strip()]
                code, names = councils.named_in("\n".join(lines[:15]))
                if code:
                    found.add(code)
                    words = names[0]
        if len(found) == 1:
            req.match = CouncilMatch(found.pop(), "letterhead", words, req.match.sender_domain)
    return join_answers_to_waiting_requests(requests)


def _start_run(con, run_id: str, kind: str, path: Path) -> None:
    # runs killed before they could say so (on a team warehouse, only those whose process is gone)
    warehouse_db.interrupt_dead_runs(con)
    con.execute("INSERT INTO crawl_runs (run_id, spider, started_at, status, arguments) VALUES (?, ?, ?, 'running', ?)",
                [run_id, f"import:{kind}", now(), json.dumps({"path": path.name, "kind": kind})])
    # on a team warehouse, renewed until the run is recorded finished or interrupted, or the connection closes
    warehouse_db.hold_run(con, run_id)


def _finish_run(con, s: ImportSummary) -> None:
    con.execute(
        "UPDATE crawl_runs SET finished_at = ?, status = 'finished', requests_stored = ?, messages_stored = ?, "
        "attachments_stored = ?, texts_extracted = ?, failures = ?, failures_by_kind = ?, summary = ? "
        "WHERE run_id = ?",
        [now(), s.added + s.updated, s.messages, s.attachments, s.texts_read, sum(s.problems.values()),
         json.dumps(dict(sorted(s.problems.items()))),
         f"{s.requests} requests: {s.added} added, {s.updated} updated, {s.unchanged} unchanged", s.run_id])


__all__ = ["INDEX_NAME", "ImportSummary", "MappingError", "import_path", "read_mapping", "template", "unmatched_csv"]
