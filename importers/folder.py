"""A folder of reply documents (PDF, DOCX, XLSX, …) with a small CSV saying which council and which request each
is → requests.

The CSV (``foi-import.csv`` in the folder, or any CSV there whose header has ``file`` and ``council``):

    file,council,request,date,title
    barnet/response.pdf,BNE,7691884,2021-10-05,Remote working devices
    leeds-reply.xlsx,Leeds City Council,FOI-2021-1234,2021-10-20,

``council`` is a register code or name; files with the same council and ``request`` (the council's reference, or
any label) are one request; ``date`` (YYYY-MM-DD) dates the reply; ``title`` (optional, any row of the request)
is what the survey is chosen by. A document the CSV does not list is reported, with a CSV to fill in."""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from documents.files import UnsafePath, resolve_inside, safe_display_name
from documents.readers.textenc import decode_text

from importers.councils import Councils
from importers.model import CouncilMatch, ImportedAttachment, ImportedMessage, ImportedRequest, Problem

INDEX_NAME = "foi-import.csv"
COLUMNS = ("file", "council", "request", "date", "title")
LONDON = ZoneInfo("Europe/London")


@dataclass
class FolderRead:
    requests: list[ImportedRequest] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)   # documents the CSV does not name (relative paths)
    index: Path | None = None


def find_index(folder: Path) -> Path | None:
    named = folder / INDEX_NAME
    if named.is_file():
        return named
    for path in sorted(folder.glob("*.csv")):
        try:
            head = path.read_bytes()[:4096]
        except OSError:
            continue
        header = next(csv.reader(io.StringIO(decode_text(head)[0].lstrip("\ufeff"))), [])
        if {"file", "council"} <= {h.strip().lower() for h in header}:
            return path
    return None


def read_folder(folder: Path, councils: Councils, *, max_bytes: int) -> FolderRead:
    out = FolderRead(index=find_index(folder))
    documents = sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                       if p.is_file() and not p.name.startswith(".") and p != out.index)
    if out.index is None:
        out.unlisted = documents
        return out
    rows = list(csv.DictReader(io.StringIO(decode_text(out.index.read_bytes())[0].lstrip("\ufeff"))))
    listed: set[str] = set()
    requests: dict[tuple[str, str], ImportedRequest] = {}
    for line, row in enumerate(rows, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        where = f"{out.index.name}:{line}"
        name = row.get("file", "")
        if not name:
            continue
        try:
            path = resolve_inside(folder, name)
        except UnsafePath:
            out.problems.append(Problem(where, "import_unreadable", f"{safe_display_name(name)!r} is outside the "
                                                                    "folder; not read"))
            continue
        listed.add(str(path.relative_to(folder.resolve())))
        if not path.is_file():
            out.problems.append(Problem(where, "import_unreadable", f"no file {safe_display_name(name)!r} in the "
                                                                    "folder"))
            continue
        council_text = row.get("council", "")
        code = councils.resolve(council_text)
        if council_text and code is None:
            out.problems.append(Problem(where, "import_unmatched",
                                        f"{council_text!r} is not a council code or name in the register"))
        label = row.get("request") or "request"
        group = (code or council_text or "unknown", label)
        rid = "folder:" + hashlib.sha256("|".join(group).encode()).hexdigest()[:20]
        req = requests.get(group)
        if req is None:
            req = requests[group] = ImportedRequest(
                request_id=rid, source="folder", title=row.get("title") or None, request_text=None,
                match=CouncilMatch(code, "folder_csv" if code else None, council_text or None, None), messages=[],
                source_url=f"{out.index.name}#{label}", council_reference=row.get("request") or None)
        elif row.get("title") and not req.title:
            req.title = row["title"]
        sent = None
        if row.get("date"):
            try:
                sent = datetime.strptime(row["date"][:10], "%Y-%m-%d").replace(tzinfo=LONDON)
            except ValueError:
                out.problems.append(Problem(where, "import_malformed", f"date {row['date']!r} is not YYYY-MM-DD; "
                                                                       "the reply is undated"))
        size = path.stat().st_size
        data = path.read_bytes() if size <= max_bytes else None
        refused = None if data is not None else f"{size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit"
        digest = hashlib.sha256(data).hexdigest() if data is not None else f"size:{size}"
        key = f"{rid.partition(':')[2][:12]}:{hashlib.sha256(name.encode()).hexdigest()[:16]}"
        req.messages.append(ImportedMessage(
            key=key, direction="incoming", sent_at=sent, from_name=None, body_text=None, source_url=name,
            content_sha256=digest,
            attachments=[ImportedAttachment(2, safe_display_name(path.name), None, data, refused=refused,
                                            source_url=name)]))
    out.unlisted = [d for d in documents if d not in listed]
    for d in out.unlisted:
        out.problems.append(Problem(d, "import_unlisted", f"not in {out.index.name}; add a line for it to import it"))
    out.requests = list(requests.values())
    for req in out.requests:
        req.messages.sort(key=lambda m: (m.sent_at is None, m.sent_at or datetime.min.replace(tzinfo=LONDON), m.key))
    return out


def template(rows: list[str]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(COLUMNS)
    for name in rows:
        w.writerow([name, "", "", "", ""])
    return buf.getvalue()
