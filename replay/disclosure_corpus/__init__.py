"""The imitation council disclosure logs the replay serves, as shipped data (`replay/disclosure_logs.py` serves them).

`logs.json` says which councils publish a log, where (the registry URL) and in which shape, and every entry with
its dates, texts and documents; `files/<council code>/<file name>` holds each document's bytes; `truth.json` is
their ground truth (docs/architecture.md §3). All three are written once, deterministically, by the development
tool `python -m dev.build_disclosure_logs` (not installed) and committed; the replay only reads them, so serving
the logs renders nothing and needs none of the generator.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
LOGS_FILE = HERE / "logs.json"
FILES_DIR = HERE / "files"
TRUTH_FILE = HERE / "truth.json"


class DisclosureCorpusError(ValueError):
    """logs.json or a document it names is missing or malformed."""


@dataclass
class Document:
    name: str
    content_type: str
    label: str                      # "Response (all information to be supplied)"
    read: Callable[[], bytes] = field(repr=False, compare=False)
    path: str = ""                  # URL path on the council's host
    version: int = 1                # bumped when the replay changes the file
    modified: date | None = None    # when the replay last replaced the file (else the entry's publication)

    @property
    def data(self) -> bytes:
        return self.read()


@dataclass
class Entry:
    reference: str
    title: str
    received: date
    responded: date | None
    published: date
    request_text: str
    response_text: str              # shown inline ("" when the reply is only in the documents)
    outcome: str
    exemptions: list[str] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    updated: date | None = None     # set when the council changed the entry after publishing it
    category: str = "Corporate"
    path: str = ""                  # detail page path (directory platform)
    row_id: str = ""                # dataset row id (socrata platform)

    @property
    def last_changed(self) -> date:
        return self.updated or self.published


@dataclass
class Log:
    code: str
    name: str
    platform: str                   # directory | documents | socrata
    url: str                        # the registry URL (a real council host)
    style: str                      # directory: by_date | a_z | category | by_month; documents: list; socrata: api
    page_size: int
    entries: list[Entry]
    terms: str = ""

    @property
    def path(self) -> str:
        return "/" + self.url.split("://", 1)[1].split("/", 1)[1]

    @property
    def host(self) -> str:
        return self.url.split("://", 1)[1].split("/", 1)[0]


# --- logs.json: the one serialisation, written by the generator and read by the replay --------------------------

def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def entry_record(e: Entry) -> dict:
    return {"reference": e.reference, "title": e.title, "received": e.received.isoformat(),
            "responded": e.responded.isoformat() if e.responded else None, "published": e.published.isoformat(),
            "updated": e.updated.isoformat() if e.updated else None, "category": e.category, "path": e.path,
            "row_id": e.row_id, "outcome": e.outcome, "exemptions": list(e.exemptions),
            "request_text": e.request_text, "response_text": e.response_text,
            "documents": [{"name": d.name, "content_type": d.content_type, "label": d.label, "path": d.path}
                          for d in e.documents]}


def logs_record(logs: list[Log]) -> dict:
    return {"logs": [{"code": log.code, "name": log.name, "platform": log.platform, "url": log.url,
                      "style": log.style, "page_size": log.page_size, "terms": log.terms,
                      "entries": [entry_record(e) for e in log.entries]} for log in logs]}


def document_file(code: str, name: str) -> str:
    """Where a document's bytes live, relative to this folder."""
    return f"files/{code}/{name}"


@lru_cache(maxsize=None)
def _file_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DisclosureCorpusError(f"the disclosure-log document {path} cannot be read ({exc}); reinstall "
                                    "foi-compare, or rebuild the logs with `python -m dev.build_disclosure_logs`"
                                    ) from exc


def _parse(record: dict, root: Path) -> list[Log]:
    logs = []
    for lg in record["logs"]:
        entries = []
        for e in lg["entries"]:
            docs = [Document(d["name"], d["content_type"], d["label"],
                             read=lambda p=root / document_file(lg["code"], d["name"]): _file_bytes(p),
                             path=d["path"]) for d in e["documents"]]
            entries.append(Entry(reference=e["reference"], title=e["title"], received=_day(e["received"]),
                                 responded=_day(e["responded"]), published=_day(e["published"]),
                                 request_text=e["request_text"], response_text=e["response_text"],
                                 outcome=e["outcome"], exemptions=list(e["exemptions"]), documents=docs,
                                 updated=_day(e["updated"]), category=e["category"], path=e["path"],
                                 row_id=e["row_id"]))
        logs.append(Log(lg["code"], lg["name"], lg["platform"], lg["url"], lg["style"], lg["page_size"], entries,
                        lg["terms"]))
    return logs


@lru_cache(maxsize=4)
def _load(root: Path) -> tuple[Log, ...]:
    path = root / "logs.json"
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DisclosureCorpusError(f"no imitation disclosure logs at {path} ({exc.strerror}); reinstall "
                                    "foi-compare, or rebuild them with `python -m dev.build_disclosure_logs`") from exc
    except ValueError as exc:
        raise DisclosureCorpusError(f"{path} is not readable JSON: {exc}") from exc
    try:
        return tuple(_parse(record, root))
    except (KeyError, TypeError, ValueError) as exc:
        raise DisclosureCorpusError(f"{path} does not have the shape replay/disclosure_corpus/__init__.py reads "
                                    f"({type(exc).__name__}: {exc}); rebuild it with "
                                    "`python -m dev.build_disclosure_logs`") from exc


def load_logs(root: Path = HERE) -> list[Log]:
    """A fresh copy of every shipped imitation log: the replay edits its own copy (documents' bytes stay shared)."""
    return copy.deepcopy(list(_load(Path(root))))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
