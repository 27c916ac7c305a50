"""What every reader returns and the limits they share.

A reader is ``read(data: bytes, ctx: Context) -> ExtractedText``. It may raise :class:`DocumentError` (or any
exception, for a file its library chokes on); :func:`documents.extract_text` turns that into a
``failed`` result, so one bad attachment never stops a crawl.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

STATUSES = ("ok", "empty", "needs_ocr", "unsupported", "failed")


@dataclass
class ExtractedText:
    status: str
    reason: str | None = None
    text: str = ""
    extractor: str | None = None
    pages: int | None = None
    detected_type: str | None = None
    members: list[tuple[str, "ExtractedText"]] = field(default_factory=list)
    # Additive to the §6 contract: things worth telling a person that do not make the result fail
    # (pages without a text layer, a truncated sheet, OCR used on some pages).
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def full_text(self) -> str:
        """This document's text followed by each member's full text under an ``[Attachment: name]`` line."""
        parts = [self.text] if self.text else []
        if self.detected_type != "zip":  # an archive's text already is its members' texts
            for name, member in self.members:
                sub = member.full_text()
                if sub:
                    parts.append(f"[Attachment: {name}]\n{sub}")
        return "\n\n".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "reason": self.reason,
            "text": self.text,
            "extractor": self.extractor,
            "pages": self.pages,
            "detected_type": self.detected_type,
            "warnings": list(self.warnings),
            "members": [{"name": n, **m.to_dict()} for n, m in self.members],
        }


class DocumentError(Exception):
    """The file cannot be read; the message is shown to a person as the reason."""


class ZipBomb(DocumentError):
    def __init__(self, detail: str):
        super().__init__(f"zip bomb: {detail}")


class BudgetExceeded(DocumentError):
    """The whole download inflates past the total cap: fails the top-level file, not just one member.
    The message says "zip bomb: ..." when the expansion is bomb-like, "too large to read: ..." otherwise."""


class Encrypted(DocumentError):
    pass


def _env_mb(name: str, default: float) -> int:
    raw = os.environ.get(name)
    try:
        value = float(raw) if raw not in (None, "") else default
    except ValueError:
        value = default
    return int(max(value, 0) * 1024 * 1024)


@dataclass(frozen=True)
class Limits:
    """Caps that keep one hostile file from eating the machine (bytes unless said otherwise)."""

    max_file_bytes: int = 50 * 1024 * 1024
    max_expanded_bytes: int = 512 * 1024 * 1024  # everything inflated out of one download, nested included
    max_member_bytes: int = 100 * 1024 * 1024  # one inflated zip member
    max_ratio: int = 200  # inflated/compressed, checked for members that inflate past ratio_floor_bytes
    ratio_floor_bytes: int = 8 * 1024 * 1024
    max_members: int = 10_000
    max_depth: int = 5  # containers inside containers (zip in e-mail in zip ...)
    max_text_chars: int = 50_000_000
    max_pages: int = 5_000
    max_cells: int = 5_000_000
    ocr_max_pages: int = 50

    @classmethod
    def from_env(cls) -> "Limits":
        return cls(
            max_file_bytes=_env_mb("FOI_MAX_FILE_MB", 50),
            max_expanded_bytes=_env_mb("FOI_MAX_EXPANDED_MB", 512),
        )


@dataclass
class Context:
    """Shared state for one top-level extraction: limits, nesting depth and the inflation budget."""

    limits: Limits
    extract: Callable[..., ExtractedText]  # recursive entry point for container members
    depth: int = 0
    expanded: list[int] = field(default_factory=lambda: [0])  # shared across nested contexts

    def child(self) -> "Context":
        return Context(self.limits, self.extract, self.depth + 1, self.expanded)

    def count_expanded(self, n: int, what: str = "archive") -> None:
        self.expanded[0] += n
        if self.expanded[0] > self.limits.max_expanded_bytes:
            raise BudgetExceeded(  # the declared sizes passed, so headers lied or archives nest: bomb-like
                f"zip bomb: {what} inflates to more than {mb(self.limits.max_expanded_bytes)} in total"
                " (FOI_MAX_EXPANDED_MB)"
            )


def mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB" if n >= 1024 else f"{n} bytes"


_CELL_WS = re.compile(r"[\t\r\n\x0b\x0c]+")
_TRAILING_WS = re.compile(r"[ \t]+$", re.M)
_MANY_BLANKS = re.compile(r"\n{3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def cell_text(value: Any) -> str:
    """One table cell as text: no tabs or newlines inside (they separate cells and rows)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if hasattr(value, "isoformat"):
        text = value.isoformat()
        return text[:-9] if text.endswith("T00:00:00") else text
    return _CELL_WS.sub(" ", str(value)).strip()


def row_line(cells: Iterable[Any]) -> str:
    """A table row as one tab-separated line, trailing empty cells dropped."""
    values = [cell_text(c) for c in cells]
    while values and not values[-1]:
        values.pop()
    return "\t".join(values)


# "Request | Response", "Your question | Our answer": a council's letter template laid out as a table
_ASKED = re.compile(r"^\s*(?:your\s+|the\s+)?(?:request(?:ed)?|questions?|information\s+requested|foi\s+request)"
                    r"(?:\s+\w+){0,2}\s*:?\s*$", re.IGNORECASE)
_ANSWERED = re.compile(r"^\s*(?:our\s+|the\s+council'?s\s+|council\s+)?(?:response|responses|answers?|reply)"
                       r"(?:\s+\w+){0,2}\s*:?\s*$", re.IGNORECASE)


def table_lines(rows: list[list[list[str]]]) -> list[str]:
    """A table (rows of cells, each cell its lines or paragraphs) as lines of text: one tab-separated line per row
    (a cell's lines joined by spaces). A two-column table headed "Request | Response" is a question and its
    answer per row, not a row of figures: it is written as the letter it stands for (the question, then each
    line of the answer on its own line), so an answer of several lines ("Laptops: 2018/19 - 75" / "Tablets:
    ...") is read line by line, as in a letter."""
    head = [" ".join(c) for c in rows[0]] if rows else []
    if len(head) == 2 and _ASKED.match(head[0]) and _ANSWERED.match(head[1]):
        lines: list[str] = []
        for cells in rows[1:]:
            for cell in cells:
                lines.extend(cell)
            lines.append("")
        return lines
    return [row_line([" ".join(c) for c in cells]) for cells in rows]


def tidy(text: str) -> str:
    """Normalise newlines, drop control characters and trailing spaces, at most one blank line in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _CONTROL.sub("", text).replace("\xa0", " ")
    text = _TRAILING_WS.sub("", text)
    return _MANY_BLANKS.sub("\n\n", text).strip("\n")


def finish(text: str, extractor: str, detected_type: str, ctx: Context | None = None, **kw: Any) -> ExtractedText:
    """An ``ok`` result, or ``empty`` when no visible text came out."""
    text = tidy(text)
    warnings = list(kw.pop("warnings", []) or [])
    if ctx is not None and len(text) > ctx.limits.max_text_chars:
        text = text[: ctx.limits.max_text_chars]
        warnings.append(f"text cut at {ctx.limits.max_text_chars:,} characters")
    if not text.strip():
        return ExtractedText(
            "empty", kw.pop("reason", None) or "no text in the document", "", extractor,
            detected_type=detected_type, warnings=warnings, **kw,
        )
    kw.pop("reason", None)
    return ExtractedText("ok", None, text, extractor, detected_type=detected_type, warnings=warnings, **kw)


def from_dict(d: dict[str, Any]) -> ExtractedText:
    """Inverse of :meth:`ExtractedText.to_dict` (the worker process sends results as JSON, not pickle)."""
    return ExtractedText(
        status=d["status"], reason=d.get("reason"), text=d.get("text") or "", extractor=d.get("extractor"),
        pages=d.get("pages"), detected_type=d.get("detected_type"),
        members=[(m.get("name") or "", from_dict(m)) for m in d.get("members") or []],
        warnings=list(d.get("warnings") or []),
    )
