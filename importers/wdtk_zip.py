"""WhatDoTheyKnow (Alaveteli) download zips → requests.

Built to Alaveteli's own code (mysociety/alaveteli, read at commit 351eb61e, 2 April 2026):

- **One request** (``/request/<url_title>/download``, any logged-in user; ``RequestController#make_request_zip``
  in app/controllers/request_controller.rb): ``correspondence.txt`` — the request page rendered as text
  (app/views/request/show.text.erb and its ``_incoming_correspondence``/``_outgoing_correspondence`` partials:
  a first line naming the request's title and address, then each event after a line of 31 dashes with
  ``From:``, ``To:``, ``Date:`` lines, a blank line, the body and ``Attachment: name (size)`` lines) — and each
  incoming message's attachments as ``<n>_<url_part_number>_<display_filename>``, n counting the incoming
  messages from 1.
- **A batch** (WhatDoTheyKnow Pro; ``InfoRequestBatchZip`` in app/services/info_request_batch_zip.rb, named
  ``batch-<id>-<title>-export-<time>.zip``): a dashboard CSV at the root (``request_url, authority_name,
  number_of_replies, request_status``; app/services/info_request_batch_metrics.rb) and per request
  ``<authority name> - <url_title>/<sent at %Y-%m-%d-%H%M%S>/outgoing_<id>.txt``, ``incoming_<id>.txt`` and
  ``attachments-<id>/<display_filename>``.

Members are read under the documents package's size limits, so a zip bomb is refused member by member."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePosixPath
from zoneinfo import ZoneInfo

from documents.files import safe_display_name
from documents.readers.textenc import decode_text

from importers.councils import Councils
from importers.model import CouncilMatch, ImportedAttachment, ImportedMessage, ImportedRequest, Problem

SEPARATOR = re.compile(r"^-{31}[ \t]*$", re.M)
_HEADER = re.compile(r'request\s+"(?P<title>.*)"\.\s+The latest, full version is available online at\s+'
                     r'(?P<url>\S+?)\.?\s*$', re.S | re.M)
_ATTACHMENT_LINE = re.compile(r"^Attachment:.*$", re.M)
_REQUEST_MEMBER = re.compile(r"^(?P<n>\d+)_(?P<part>\d+)_(?P<name>.+)$")
_BATCH_MEMBER = re.compile(r"^(?P<folder>[^/]+) - (?P<url_title>[^/ ]+)/(?P<sent>\d{4}-\d\d-\d\d-\d{6})/"
                           r"(?:(?P<kind>incoming|outgoing)_(?P<id>\d+)\.txt|attachments-(?P<aid>\d+)/(?P<name>.+))$")
_BATCH_NAME = re.compile(r"batch-(\d+)-")
_DATE_FORMATS = ("%B %d, %Y", "%d %B %Y", "%d %b %Y", "%b %d, %Y", "%Y-%m-%d")
LONDON = ZoneInfo("Europe/London")
MAX_MEMBERS = 20_000


@dataclass
class ZipRead:
    requests: list[ImportedRequest] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    layout: str | None = None   # 'request' | 'batch'


def is_wdtk_zip(names: list[str]) -> str | None:
    if "correspondence.txt" in names:
        return "request"
    if any(_BATCH_MEMBER.match(n) for n in names):
        return "batch"
    return None


def _date(text: str) -> datetime | None:
    text = " ".join(text.split())
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=LONDON)
        except ValueError:
            continue
    return None


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, max_bytes: int) -> tuple[bytes | None, str | None]:
    if info.file_size > max_bytes:
        return None, f"{info.file_size / 1e6:.1f} MB inflated, over the {max_bytes / 1e6:.0f} MB limit; not read"
    try:
        with zf.open(info) as fh:
            data = fh.read(max_bytes + 1)
    except (zipfile.BadZipFile, RuntimeError, OSError, EOFError, NotImplementedError, ValueError) as exc:
        return None, f"damaged zip member ({type(exc).__name__}: {exc})"[:300]
    if len(data) > max_bytes:  # the header lied about the size
        return None, f"inflates past the {max_bytes / 1e6:.0f} MB limit (a zip bomb?); not read"
    return data, None


def read_zip(path: str, councils: Councils, *, max_bytes: int, max_total: int) -> ZipRead:
    out = ZipRead()
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        out.problems.append(Problem(path, "import_unreadable", f"not a readable zip: {exc}"))
        return out
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > MAX_MEMBERS:
            out.problems.append(Problem(path, "import_unreadable",
                                        f"{len(infos):,} members, over the {MAX_MEMBERS:,} a download can hold"))
            return out
        if sum(i.file_size for i in infos) > max_total:
            out.problems.append(Problem(path, "import_too_large",
                                        f"inflates to {sum(i.file_size for i in infos) / 1e6:.0f} MB, over the "
                                        f"{max_total / 1e6:.0f} MB limit (FOI_MAX_EXPANDED_MB); nothing read"))
            return out
        out.layout = is_wdtk_zip([i.filename for i in infos])
        if out.layout == "request":
            _read_request_zip(zf, infos, path, councils, max_bytes, out)
        elif out.layout == "batch":
            _read_batch_zip(zf, infos, path, councils, max_bytes, out)
        else:
            out.problems.append(Problem(path, "import_unreadable",
                                        "a zip, but not in WhatDoTheyKnow's download layout (no correspondence.txt, "
                                        "no '<authority> - <request>/<date>/incoming_<id>.txt' folders)"))
    return out


def _match_body(name: str, councils: Councils) -> CouncilMatch:
    code = councils.resolve(name)
    if code is None:
        code = councils.named_in(name)[0]
    return CouncilMatch(code, "wdtk_export" if code else None, name, None)


def _read_request_zip(zf, infos, path, councils, max_bytes, out: ZipRead) -> None:
    data, why = _read_member(zf, zf.getinfo("correspondence.txt"), max_bytes)
    if data is None:
        out.problems.append(Problem(f"{path}!correspondence.txt", "import_too_large", why or "unreadable"))
        return
    text = decode_text(data, "utf-8")[0].replace("\r\n", "\n")
    chunks = SEPARATOR.split(text)
    head = _HEADER.search(chunks[0])
    if not head:
        out.problems.append(Problem(f"{path}!correspondence.txt", "import_malformed",
                                    "no 'This is a plain-text version of the Freedom of Information request' line; "
                                    "the request's title and address are unknown"))
    title = head.group("title") if head else None
    url = head.group("url") if head else None
    url_title = (url.rstrip("/").rpartition("/")[2] if url else None) or \
        PurePosixPath(path).stem.replace(" ", "_")
    events = []
    for chunk in chunks[1:]:
        fields: dict[str, str] = {}
        lines = chunk.strip("\n").split("\n")
        i = 0
        while i < len(lines) and (m := re.match(r"^(From|To|Date):\s?(.*)$", lines[i])):
            fields[m.group(1)] = m.group(2).strip()
            i += 1
        if "From" not in fields or "Date" not in fields:
            continue  # a resend notice, an annotation or a hidden message: no correspondence of its own
        body = "\n".join(lines[i:]).strip("\n")
        attachments = _ATTACHMENT_LINE.findall(body)
        body = _ATTACHMENT_LINE.sub("", body).rstrip()
        events.append((fields, body, attachments))
    if not events:
        out.problems.append(Problem(f"{path}!correspondence.txt", "import_malformed", "no messages found"))
        return
    body_name = events[0][0].get("To", "")
    request_id = f"wdtkx:{url_title}"
    files: dict[int, list[tuple[int, str, zipfile.ZipInfo]]] = {}
    for info in infos:
        m = _REQUEST_MEMBER.match(info.filename)
        if m:
            files.setdefault(int(m.group("n")), []).append((int(m.group("part")), m.group("name"), info))
        elif info.filename != "correspondence.txt":
            out.problems.append(Problem(f"{path}!{safe_display_name(info.filename)}", "import_unlisted",
                                        "a member the request layout does not have; not imported"))
    messages, incoming_n = [], 0
    for n, (fields, body, _) in enumerate(events, start=1):
        outgoing = fields.get("To", "") == body_name   # the requester writes to the authority, never the reverse
        sent = _date(fields["Date"])
        message = ImportedMessage(
            key=f"{url_title}:{n}", direction="outgoing" if outgoing else "incoming", sent_at=sent,
            from_name=None if outgoing else fields["From"].removesuffix(f", {body_name}") or None,
            body_text=body, source_url=f"{url}#message-{n}" if url else None,
            content_sha256=hashlib.sha256(f"{fields}{body}".encode()).hexdigest())
        if not outgoing:
            incoming_n += 1
            for part, name, info in sorted(files.get(incoming_n, []), key=lambda t: t[0]):
                data, why = _read_member(zf, info, max_bytes)
                message.attachments.append(ImportedAttachment(part, safe_display_name(name), None, data, refused=why,
                                                              source_url=f"{path}!{safe_display_name(info.filename)}"))
        messages.append(message)
    request = next((m for m in messages if m.direction == "outgoing"), None)
    out.requests.append(ImportedRequest(
        request_id=request_id, source="wdtk_export", title=title, request_text=request.body_text if request else None,
        match=_match_body(body_name, councils), messages=messages, source_url=url, url_title=url_title,
        created_at=request.sent_at if request else None, request_text_from="export" if request else None))


def _read_batch_zip(zf, infos, path, councils, max_bytes, out: ZipRead) -> None:
    batch = _BATCH_NAME.search(PurePosixPath(path).name)
    dashboard: dict[str, dict] = {}
    grouped: dict[tuple[str, str], list[tuple[re.Match, zipfile.ZipInfo]]] = {}
    for info in infos:
        m = _BATCH_MEMBER.match(info.filename)
        if m:
            grouped.setdefault((m.group("folder"), m.group("url_title")), []).append((m, info))
        elif "/" not in info.filename and info.filename.endswith(".csv"):
            data, _ = _read_member(zf, info, max_bytes)
            for row in csv.DictReader(io.StringIO(decode_text(data or b"", "utf-8")[0])):
                url = (row.get("request_url") or "").strip()
                if url:
                    dashboard[url.rstrip("/").rpartition("/")[2]] = row
        else:
            out.problems.append(Problem(f"{path}!{safe_display_name(info.filename)}", "import_unlisted",
                                        "a member the batch layout does not have; not imported"))
    for (folder, url_title), members in sorted(grouped.items()):
        row = dashboard.get(url_title, {})
        body_name = (row.get("authority_name") or folder).strip()
        by_id: dict[tuple[str, str], ImportedMessage] = {}
        attachments: dict[str, list[tuple[re.Match, zipfile.ZipInfo]]] = {}
        for m, info in members:
            if m.group("kind"):
                data, why = _read_member(zf, info, max_bytes)
                if data is None:
                    out.problems.append(Problem(f"{path}!{safe_display_name(info.filename)}", "import_too_large",
                                                why or "unreadable"))
                    continue
                sent = datetime.strptime(m.group("sent"), "%Y-%m-%d-%H%M%S").replace(tzinfo=LONDON)
                kind = "incoming" if m.group("kind") == "incoming" else "outgoing"
                by_id[(kind, m.group("id"))] = ImportedMessage(
                    key=f"{url_title}:{kind[:2]}{m.group('id')}", direction=kind, sent_at=sent,
                    from_name=body_name if kind == "incoming" else None,
                    body_text=decode_text(data, "utf-8")[0], source_url=f"{path}!{info.filename}",
                    content_sha256=hashlib.sha256(data).hexdigest())
            else:
                attachments.setdefault(m.group("aid"), []).append((m, info))
        for aid, files in attachments.items():
            message = by_id.get(("incoming", aid))
            if message is None:
                out.problems.append(Problem(f"{path}!{folder} - {url_title}", "import_malformed",
                                            f"attachments-{aid} without its incoming_{aid}.txt; not imported"))
                continue
            for part, (m, info) in enumerate(files, start=2):
                data, why = _read_member(zf, info, max_bytes)
                message.attachments.append(ImportedAttachment(part, safe_display_name(m.group("name")), None, data,
                                                              refused=why,
                                                              source_url=f"{path}!{safe_display_name(info.filename)}"))
        messages = sorted(by_id.values(), key=lambda x: (x.sent_at, x.key))
        request = next((x for x in messages if x.direction == "outgoing"), None)
        req = ImportedRequest(
            request_id=f"wdtkx:{url_title}", source="wdtk_export", title=url_title.replace("_", " "),
            request_text=request.body_text if request else None, match=_match_body(body_name, councils),
            messages=messages, source_url=row.get("request_url") or None, url_title=url_title,
            created_at=request.sent_at if request else None, display_status=row.get("request_status") or None,
            request_text_from="export" if request else None, batch_id=int(batch.group(1)) if batch else None)
        out.requests.append(req)
