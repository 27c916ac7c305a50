"""What a PATH given to `foi import` is, and the e-mails in it.

A file: an mbox (Python's ``mailbox.mbox``), one ``.eml`` or Outlook ``.msg`` message, or a zip (a WhatDoTheyKnow
download). A folder: a Maildir (``cur/`` and ``new/``: ``mailbox.Maildir``), a folder of ``.eml``/``.msg`` files, or
a folder of reply documents with a CSV index (importers.folder)."""

from __future__ import annotations

import mailbox
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from importers.folder import find_index
from importers.mail import Mail, parse_bytes, parse_msg
from importers.model import Problem

_MBOX_QUOTED_FROM = re.compile(rb"^>(>*From )", re.M)
KINDS = ("mbox", "maildir", "mail_folder", "wdtk_zip", "documents")
MAIL_SUFFIXES = (".eml", ".msg")


class NotImportable(ValueError):
    """The path is none of the things `foi import` reads; the message says what it reads."""


def detect(path: Path) -> str:
    if not path.exists():
        raise NotImportable(f"No such file or folder: {path}")
    if path.is_dir():
        if (path / "cur").is_dir() and (path / "new").is_dir():
            return "maildir"
        if find_index(path) is not None:
            return "documents"
        if any(p.suffix.lower() in MAIL_SUFFIXES for p in path.rglob("*") if p.is_file()):
            return "mail_folder"
        if any(p.is_file() for p in path.rglob("*")):
            return "documents"   # documents without an index: listed, and a CSV to fill in is written
        raise NotImportable(f"{path} is an empty folder.")
    suffix = path.suffix.lower()
    if suffix in MAIL_SUFFIXES:
        return "mail_folder"
    if zipfile.is_zipfile(path):
        return "wdtk_zip"
    with path.open("rb") as fh:
        head = fh.read(4096)
    if head.startswith(b"From ") or b"\nFrom " in head[:200] and b"\n\n" in head:
        return "mbox"
    raise NotImportable(
        f"{path} is not something `foi import` reads. It reads an mbox file, a Maildir folder, .eml and Outlook "
        ".msg files (or a folder of them), a WhatDoTheyKnow download zip, or a folder of reply documents with a "
        "CSV index (see `foi import --help`).")


def read_mail(path: Path, kind: str, *, max_bytes: int, problems: list[Problem]) -> Iterator[Mail]:
    """Each message of an mbox, a Maildir or a folder of .eml/.msg files; a message that cannot be read at all is
    a problem and the others go on."""
    if kind == "mbox":
        box = mailbox.mbox(str(path), factory=None, create=False)
        yield from _from_box(box, str(path), max_bytes, problems)
    elif kind == "maildir":
        box = mailbox.Maildir(str(path), factory=None, create=False)
        yield from _from_box(box, str(path), max_bytes, problems)
    else:
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*")
                                                     if p.is_file() and p.suffix.lower() in MAIL_SUFFIXES)
        for f in files:
            try:
                data = f.read_bytes()
            except OSError as exc:
                problems.append(Problem(str(f), "import_unreadable", f"could not read the file: {exc}"))
                continue
            if f.suffix.lower() == ".msg":
                yield parse_msg(data, str(f), max_attachment_bytes=max_bytes)
            else:
                yield parse_bytes(data, str(f), max_attachment_bytes=max_bytes)


def _from_box(box, where: str, max_bytes: int, problems: list[Problem]) -> Iterator[Mail]:
    try:
        keys = list(box.iterkeys())
    except Exception as exc:
        problems.append(Problem(where, "import_unreadable", f"not a readable mailbox: {type(exc).__name__}: {exc}"))
        return
    for key in keys:
        origin = f"{where}#{key}"
        try:
            raw = box.get_bytes(key)
        except Exception as exc:
            problems.append(Problem(origin, "import_unreadable", f"message not readable: {type(exc).__name__}: {exc}"))
            continue
        if isinstance(box, mailbox.mbox):
            # Python's mbox writer turns a body line "From ..." into ">From ..."; undo one level (the mboxrd rule)
            raw = _MBOX_QUOTED_FROM.sub(rb"\1", raw)
        yield parse_bytes(raw, origin, max_attachment_bytes=max_bytes)
