"""What a file really is: magic bytes first, then the file name's extension, then the declared content type.

Councils and WhatDoTheyKnow mislabel attachments all the time (``application/octet-stream``, a PDF sent as
``text/plain``), so the declared type only breaks ties between formats that have no magic bytes.
"""

from __future__ import annotations

import io
import re
import zipfile

from .textenc import bom_encoding, decode_text, looks_binary

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

EXTENSIONS = {
    "pdf": "pdf", "docx": "docx", "docm": "docx", "dotx": "docx", "xlsx": "xlsx", "xlsm": "xlsx",
    "xltx": "xlsx", "xls": "xls", "ods": "ods", "odt": "odt", "csv": "csv", "tsv": "csv", "htm": "html",
    "html": "html", "xhtml": "html", "txt": "txt", "text": "txt", "eml": "eml", "msg": "msg", "zip": "zip",
    "doc": "doc", "ppt": "ppt", "pptx": "pptx", "rtf": "rtf", "png": "image", "jpg": "image", "jpeg": "image",
    "gif": "image", "tif": "image", "tiff": "image", "bmp": "image", "webp": "image",
}
CONTENT_TYPES = {
    "application/pdf": "pdf", "application/x-pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.ms-excel": "xls", "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.text": "odt", "text/csv": "csv", "text/tab-separated-values": "csv",
    "application/csv": "csv", "text/html": "html", "application/xhtml+xml": "html", "text/plain": "txt",
    "message/rfc822": "eml", "application/vnd.ms-outlook": "msg", "application/zip": "zip",
    "application/x-zip-compressed": "zip", "application/msword": "doc", "application/rtf": "rtf",
    "text/rtf": "rtf", "application/vnd.ms-powerpoint": "ppt",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
}
# Formats that always have magic bytes: a file claiming to be one of these without them is not one.
BINARY_FORMATS = {"pdf", "docx", "xlsx", "xls", "ods", "odt", "msg", "zip", "doc", "ppt", "pptx", "image"}
TEXT_FORMATS = {"csv", "html", "txt", "eml"}

DESCRIPTIONS = {
    "pdf": "a PDF", "docx": "a Word document", "xlsx": "an Excel workbook", "xls": "an old Excel workbook",
    "ods": "an OpenDocument spreadsheet", "odt": "an OpenDocument text", "csv": "a CSV file",
    "html": "an HTML web page", "txt": "plain text", "eml": "an e-mail", "msg": "an Outlook message",
    "zip": "a ZIP archive", "doc": "an old Word document", "ppt": "a PowerPoint presentation",
    "pptx": "a PowerPoint presentation", "rtf": "an RTF document", "image": "an image",
    "binary": "binary data of an unknown kind", "gzip": "a gzip archive", "7z": "a 7-Zip archive",
    "rar": "a RAR archive", "exe": "a Windows program", "ole": "an old Office file of an unknown kind",
    "xml": "an XML file", "text": "plain text",
}

_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")
_HEADER_LINE = re.compile(rb"^[A-Za-z0-9][A-Za-z0-9_-]{0,60}:[ \t]?\S?", re.M)
_MAIL_HEADERS = re.compile(
    rb"^(from|to|subject|date|received|message-id|mime-version|return-path|delivered-to|reply-to|cc|"
    rb"content-type|x-[a-z0-9-]+)[ \t]*:",
    re.I | re.M,
)
_HTML_START = re.compile(
    r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|script|style|div|table|p|h1|form|link)\b",
    re.I | re.S,
)


def extension_type(filename: str | None) -> str | None:
    if not filename:
        return None
    last = re.split(r"[\\/]", filename)[-1]
    if "." not in last:
        return None
    return EXTENSIONS.get(last.rsplit(".", 1)[1].strip().lower())


def content_type_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    return CONTENT_TYPES.get(content_type.split(";")[0].strip().lower())


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist()[:20_000])
            if "word/document.xml" in names:
                return "docx"
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "ppt/presentation.xml" in names:
                return "pptx"
            if "mimetype" in names:
                info = zf.getinfo("mimetype")
                if info.file_size < 200:
                    mime = zf.read(info).decode("ascii", "replace").strip()
                    if mime.endswith("opendocument.spreadsheet"):
                        return "ods"
                    if mime.endswith("opendocument.text"):
                        return "odt"
    except Exception:
        pass
    return "zip"


def _ole_kind(data: bytes) -> str:
    try:
        import olefile

        with olefile.OleFileIO(data) as ole:
            streams = {"/".join(p) for p in ole.listdir(streams=True, storages=True)}
    except Exception:
        return "ole"
    tops = {s.split("/")[0] for s in streams}
    if "Workbook" in tops or "Book" in tops:
        return "xls"
    if any(s.startswith("__substg1.0_") or s.startswith("__properties_version1.0") for s in tops):
        return "msg"
    if "WordDocument" in tops:
        return "doc"
    if "PowerPoint Document" in tops:
        return "ppt"
    return "ole"


def looks_like_email(data: bytes) -> bool:
    head = data[:4096]
    if head.startswith(b"From ") and b"\n" in head:  # mbox separator line
        head = head.split(b"\n", 1)[1]
    block = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0]
    lines = [ln for ln in block.splitlines() if ln and not ln[:1].isspace()]
    if not lines or not all(_HEADER_LINE.match(ln) for ln in lines[:5]):
        return False
    return len({m.group(1).lower() for m in _MAIL_HEADERS.finditer(block)}) >= 2


def looks_like_html(data: bytes) -> bool:
    head = data[:4096]
    if looks_binary(head):
        return False
    text, _ = decode_text(head)
    text = text.lstrip("\ufeff")
    return bool(_HTML_START.match(text)) or "<html" in text[:1024].lower()


def sniff(data: bytes) -> str:
    """The type the bytes say they are; ``text`` and ``binary`` when they carry no signature we know."""
    head = data[:1024]
    if head.startswith(b"%PDF") or b"%PDF-" in head:
        return "pdf"
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return _zip_kind(data)
    if head.startswith(OLE_MAGIC):
        return _ole_kind(data)
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "7z"
    if head.startswith(b"Rar!\x1a\x07"):
        return "rar"
    if head.startswith(b"MZ") and looks_binary(head):
        return "exe"
    if looks_binary(data):
        return "binary"
    if looks_like_html(data):
        return "html"
    if looks_like_email(data):
        return "eml"
    stripped = data[bom_encoding(data)[1] if bom_encoding(data) else 0:].lstrip()
    if stripped.startswith(b"<?xml"):
        return "xml"
    return "text"


def describe(kind: str) -> str:
    return DESCRIPTIONS.get(kind, kind)
