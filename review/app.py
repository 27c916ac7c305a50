"""The review web app: Starlette pages over the warehouse, one decision per request, written at once.

Each request opens the warehouse, does its work and closes it again (one at a time, under a lock), so
`foi extract`, `foi report` or `foi sql` can run in another terminal while the app is up. A decision that
cannot be saved (a value that is not a number, someone else decided first, the warehouse is busy or was
opened read-only) comes back on the same page with what was typed still in the form.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb
import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from reader.units import UNITS
from review import queue as q
from warehouse import db, lake
from warehouse.overrides import (DECISION_WORDS, DEFAULT_THRESHOLD, MEASURES, DecisionConflict, DecisionError,
                                 UnknownFigure, WarehouseReadOnly, make_decision, record_decision)

HERE = Path(__file__).parent
MESSAGE_CHARS = 200_000  # of an e-mail shown whole: more is a pasted attachment, not a letter
PAGE_SIZE = 100  # rows of the queue per page: 2,700 rows took 120 ms to render and nobody reads them at once
# Types a browser would run as a page: shown as plain text, so a hostile attachment cannot script the app.
ACTIVE_TYPES = {"html", "htm", "xhtml", "svg", "xml", "text/html", "image/svg+xml", "application/xhtml+xml"}
MEDIA_TYPES = {"pdf": "application/pdf", "csv": "text/plain; charset=utf-8", "txt": "text/plain; charset=utf-8",
               "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               "xls": "application/vnd.ms-excel",
               "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "doc": "application/msword", "odt": "application/vnd.oasis.opendocument.text",
               "ods": "application/vnd.oasis.opendocument.spreadsheet", "zip": "application/zip",
               "msg": "application/vnd.ms-outlook", "eml": "message/rfc822", "png": "image/png",
               "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif"}


@dataclass
class Settings:
    db_file: Path
    files_dir: Path
    reviewer: str
    read_only: bool = False
    threshold: float = DEFAULT_THRESHOLD
    # `foi review --serve` passes `foi extract` + `foi report` here: the app itself never imports analysis/
    rebuild: Callable[[], str] | None = None
    report_file: Path | None = None
    survey: str = ""           # only this survey's figures (`--survey`)


class Unavailable(Exception):
    """The warehouse cannot be opened now; the message says why and what to do."""


class Warehouse:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lock = threading.Lock()

    def stamp(self) -> tuple:
        """Changes whenever anything writes to the warehouse (this app, `foi extract` in another terminal):
        the file's and its write-ahead log's size and time."""
        out = []
        for path in (self.settings.db_file, self.settings.db_file.with_name(self.settings.db_file.name + ".wal")):
            try:
                st = path.stat()
                out.append((st.st_mtime_ns, st.st_size))
            except OSError:
                out.append(None)
        return tuple(out)

    @contextmanager
    def open(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self.lock:
            try:
                con = db.connect(self.settings.db_file, read_only=self.settings.read_only)
            except (db.WarehouseError, db.WarehouseMissing) as exc:
                raise Unavailable(str(exc)) from exc
            except duckdb.Error as exc:  # e.g. a file this user may not write: say so, do not crash
                raise Unavailable(f"The warehouse {self.settings.db_file} cannot be opened: {exc}. Start the review "
                                  "with --read-only to look without deciding.") from exc
            try:
                yield con
            finally:
                con.close()


@lru_cache(maxsize=32)
def question_text(survey: str, question: str | None) -> str | None:
    """The survey's words for a question, or None when the survey file cannot be read here."""
    if not question:
        return None
    try:
        from reader.survey import load_survey

        found = load_survey(survey).question(question)
    except Exception:  # a survey renamed or removed since the extract: the page shows the question's number
        return None
    return found.text if found else None


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("review", "templates"),
                             autoescape=jinja2.select_autoescape(default=True), trim_blocks=True,
                             lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    env.filters["figure"] = lambda v: "" if v is None else f"{v:,.10g}"
    # the unit a figure of a measure named by its unit is in ("2,653" then " km"; reader/units.py)
    env.filters["unit"] = lambda m: f" {UNITS[m].short}" if m in UNITS else ""
    env.filters["when"] = lambda t: "" if t is None else t.astimezone().strftime("%d %b %Y %H:%M")
    env.globals["DECISION_WORDS"] = DECISION_WORDS
    env.globals["STATUSES"] = q.STATUSES
    env.globals["MEASURES"] = MEASURES
    return env


def safe_url(url: Any) -> str | None:
    """Only web links leave the app: a javascript: or data: URL from a crawled page is dropped."""
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else None


def create_app(settings: Settings) -> Starlette:
    warehouse = Warehouse(settings)
    env = _environment()
    cache: dict[tuple, q.Queue] = {}

    def queue_of(con: duckdb.DuckDBPyConnection, filters: q.Filters) -> q.Queue:
        # Reading the whole queue is most of a page's time at 100× the demo (2,700 figures: ~45 ms); it is kept
        # until the warehouse file changes (a team warehouse, no file: until its snapshot does). Called with the
        # warehouse open, i.e. under its lock.
        key = (warehouse.stamp(), lake.snapshot(con), filters)
        if key not in cache:
            cache.clear()
            cache[key] = q.load_queue(con, filters, settings.threshold)
        return cache[key]

    def page(template: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("settings", settings)
        context.setdefault("message", None)
        return HTMLResponse(env.get_template(template).render(**context), status_code=status)

    def trouble(message: str, status: int, filters: q.Filters | None = None, kept: dict | None = None,
                answer_id: str | None = None) -> HTMLResponse:
        return page("trouble.html", status, message=message, filters=filters or q.Filters(), kept=kept or {},
                    answer_id=answer_id)

    def filters_of(request: Request, form: Any = None) -> q.Filters:
        src = form if form is not None else request.query_params
        status = src.get("status") or "to_check"
        return q.Filters(council=src.get("council") or "", question=src.get("question") or "",
                         status=status if status in q.STATUSES else "to_check", reviewer=src.get("reviewer") or "",
                         survey=src.get("survey") or settings.survey)

    async def index(request: Request) -> Response:
        filters = filters_of(request)

        def work():
            with warehouse.open() as con:
                return queue_of(con, filters)

        try:
            queue = await run_in_threadpool(work)
        except Unavailable as exc:
            return trouble(str(exc), 503, filters)
        except LookupError as exc:
            return trouble(str(exc), 404, filters)
        rebuilt = request.query_params.get("rebuilt")
        pages = max(1, -(-len(queue.shown) // PAGE_SIZE))
        try:
            number = min(max(1, int(request.query_params.get("page") or 1)), pages)
        except ValueError:
            number = 1
        rows = queue.shown[(number - 1) * PAGE_SIZE:number * PAGE_SIZE]
        return page("queue.html", queue=queue, filters=filters, rebuilt=rebuilt, rows=rows, page_number=number,
                    pages=pages)

    def figure_context(con: duckdb.DuckDBPyConnection, answer_id: str, filters: q.Filters) -> dict[str, Any]:
        figure, source = q.figure_source(con, answer_id, settings.files_dir)
        queue = queue_of(con, filters)
        item = next((i for i in queue.items if i.answer_id == answer_id), None)
        nxt = queue.next_after(answer_id)
        ids = [i.answer_id for i in queue.shown]
        return dict(figure=figure, source=source, queue=queue, filters=filters,
                    question=question_text(figure["survey"], figure["question"]),
                    others=q.other_answers(con, figure), readings=q.other_readings(con, figure),
                    history=q.history(con, answer_id),
                    decision=item.decision if item else (q.latest_decisions(con, answer_id).get(answer_id)),
                    item=item, next_item=nxt, previous_item=q.Queue.previous_before(queue, answer_id),
                    position=(ids.index(answer_id) + 1) if answer_id in ids else None,
                    source_url=safe_url(source.source_url if source else None) or safe_url(figure["request_url"]))

    async def figure_page(request: Request) -> Response:
        answer_id = request.path_params["answer_id"]
        filters = filters_of(request)

        def work():
            with warehouse.open() as con:
                ctx = figure_context(con, answer_id, filters)
                saved = request.query_params.get("saved")
                if saved:
                    try:
                        ctx["saved"] = q.figure_source(con, saved, settings.files_dir)[0]
                        ctx["saved_decision"] = q.latest_decisions(con, saved).get(saved)
                    except KeyError:
                        pass
                return ctx

        try:
            ctx = await run_in_threadpool(work)
        except Unavailable as exc:
            return trouble(str(exc), 503, filters)
        except KeyError:
            return trouble(f"No figure {answer_id[:80]!r} in this warehouse: the link is stale, or the figures "
                           "were rebuilt since.", 404, filters)
        return page("figure.html", form=None, error=None, conflict=None, **ctx)

    def cross_site(request: Request) -> bool:
        # Another site's page in the same browser may post a form to 127.0.0.1: browsers say where it came from
        origin = request.headers.get("origin")
        return bool(origin) and origin.split("://", 1)[-1] != request.headers.get("host", "")

    async def decide(request: Request) -> Response:
        answer_id = request.path_params["answer_id"]
        if cross_site(request):
            return trouble("A decision sent from another web site was refused.", 403)
        form = await request.form()
        filters = filters_of(request, form)
        kept = {k: str(form.get(k) or "") for k in ("decision", "value", "period", "measure", "approx", "note",
                                                     "seen")}
        choice = kept["decision"]

        def work():
            with warehouse.open() as con:
                try:
                    if settings.read_only:
                        raise WarehouseReadOnly("This review was started read-only (--read-only): decisions are "
                                                "not saved. Yours is kept below; restart `foi review --serve` "
                                                "without --read-only to save it.")
                    if choice == "accept":
                        # accepting is the figure as read, whatever was typed in the correction fields since
                        read = con.execute("SELECT value FROM answers WHERE answer_id = ?", [answer_id]).fetchall()
                        fields = dict(value=read[0][0] if read else kept["value"])
                    else:
                        fields = dict(value=kept["value"], period=kept["period"], measure=kept["measure"],
                                      approx=bool(kept["approx"]))
                    decision = make_decision(answer_id, choice, settings.reviewer, note=kept["note"], **fields)
                    record_decision(con, decision, kept["seen"] or None)
                except UnknownFigure as exc:
                    return "unknown", str(exc)
                except DecisionError as exc:
                    ctx = figure_context(con, answer_id, filters)
                    return "again", dict(ctx, error=exc, form=kept,
                                         conflict=exc if isinstance(exc, DecisionConflict) else None)
                return "saved", queue_of(con, filters).next_after(answer_id)

        try:
            outcome, detail = await run_in_threadpool(work)
        except Unavailable as exc:
            return trouble(f"{exc} Your decision was not saved; it is kept below.", 503, filters, kept, answer_id)
        except KeyError:
            return trouble(f"No figure {answer_id[:80]!r} in this warehouse.", 404, filters, kept)
        if outcome == "unknown":
            return trouble(detail, 404, filters, kept)
        if outcome == "again":
            status = 409 if detail["conflict"] else 403 if isinstance(detail["error"], WarehouseReadOnly) else 400
            return page("figure.html", status, **detail)
        saved = filters.query(saved=answer_id)
        target = f"/figure/{detail.answer_id}?{saved}" if detail else f"/?{filters.query(saved=answer_id)}"
        return RedirectResponse(target, status_code=303)

    async def document(request: Request) -> Response:
        attachment_id = request.path_params["attachment_id"]

        def work():
            with warehouse.open() as con:
                return q.attachment_file(con, attachment_id, settings.files_dir)

        try:
            found = await run_in_threadpool(work)
        except Unavailable as exc:
            return trouble(str(exc), 503)
        if found is None:
            return trouble(f"The original file of {attachment_id[:80]!r} is not stored under {settings.files_dir} "
                           "(set FOI_FILES_DIR or --files-dir to where the crawl stored files), or it was never "
                           "fetched. Follow the link to its source instead.", 404)
        path, kind, filename = found
        kind = (kind or "").lower()
        media = "text/plain; charset=utf-8" if kind in ACTIVE_TYPES else MEDIA_TYPES.get(kind,
                                                                                            "application/octet-stream")
        headers = {"X-Content-Type-Options": "nosniff", "Content-Security-Policy": "script-src 'none'"}
        return FileResponse(path, media_type=media, headers=headers, content_disposition_type="inline",
                            filename=(filename or path.name)[:200])

    async def open_original(request: Request) -> Response:
        """The figure's stored document, at the PDF page its words are on when that can be found."""
        answer_id = request.path_params["answer_id"]

        def work():
            with warehouse.open() as con:
                figure, source = q.figure_source(con, answer_id, settings.files_dir, context=MESSAGE_CHARS)
                found = q.attachment_file(con, source.attachment_id, settings.files_dir) if source and \
                    source.stored else None
            if source is not None and source.kind == "message":
                return "message", (figure, source)
            if found is None:
                return None, None
            path, kind, _ = found
            from review.pdf_pages import find_page

            return source.attachment_id, (find_page(path, source.words) if kind == "pdf" and source.words else None)

        try:
            attachment_id, page_number = await run_in_threadpool(work)
        except Unavailable as exc:
            return trouble(str(exc), 503)
        except KeyError:
            return trouble(f"No figure {answer_id[:80]!r} in this warehouse.", 404)
        if attachment_id == "message":  # the figure is in the e-mail itself: the whole e-mail, the words marked
            figure, source = page_number
            return page("message.html", figure=figure, source=source, filters=filters_of(request),
                        source_url=safe_url(source.source_url))
        if attachment_id is None:
            return trouble("This figure's original file is not stored here: follow the link to its source.", 404)
        from urllib.parse import quote

        fragment = f"#page={page_number}" if page_number else ""
        return RedirectResponse(f"/document/{quote(attachment_id, safe=':')}{fragment}", status_code=303)

    async def report(request: Request) -> Response:
        target = settings.report_file
        if target is None or not target.is_file():
            return trouble("No report beside the warehouse yet: rebuild it from the queue page, or run `foi report`.",
                           404)
        return FileResponse(target, media_type="text/html; charset=utf-8")

    async def rebuild(request: Request) -> Response:
        if cross_site(request):
            return trouble("A rebuild asked for by another web site was refused.", 403)
        form = await request.form()
        filters = filters_of(request, form)
        if settings.rebuild is None:
            return trouble("Rebuilding is not available here: run `foi extract` then `foi report`.", 501, filters)
        if settings.read_only:
            return trouble("This review was started read-only (--read-only): the figures cannot be rebuilt from "
                           "here. Run `foi extract` then `foi report`.", 403, filters)

        def work():
            with warehouse.lock:  # no page reads the warehouse while it is rebuilt
                return settings.rebuild()

        try:
            done = await run_in_threadpool(work)
        except Exception as exc:  # shown, not lost: the rebuild runs in one transaction and rolls back
            return trouble(f"The rebuild failed and changed nothing: {exc}", 500, filters)
        return RedirectResponse(f"/?{filters.query(rebuilt=done[:300])}", status_code=303)

    hosts = ["127.0.0.1", "localhost", "::1"]
    return Starlette(
        routes=[Route("/", index), Route("/figure/{answer_id}", figure_page, methods=["GET"]),
                Route("/figure/{answer_id}", decide, methods=["POST"]),
                Route("/document/{attachment_id}", document), Route("/open/{answer_id}", open_original),
                Route("/report", report),
                Route("/rebuild", rebuild, methods=["POST"]),
                Mount("/static", StaticFiles(packages=[("review", "static")]), name="static")],
        # a web page elsewhere cannot reach the app by a DNS name that points at 127.0.0.1
        middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=hosts)],
    )
