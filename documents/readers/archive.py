"""ZIP archives → each file inside extracted as a member (nested archives too, within the limits)."""

from __future__ import annotations

from ..files import safe_display_name
from .base import Context, ExtractedText, finish
from .zipguard import check_declared, open_zip, read_member


def read_zip(data: bytes, ctx: Context) -> ExtractedText:
    members: list[tuple[str, ExtractedText]] = []
    child = ctx.child()
    with open_zip(data) as zf:
        for info in check_declared(zf, ctx, "ZIP archive"):
            name = info.filename
            if name.startswith("__MACOSX/") or name.rsplit("/", 1)[-1] in (".DS_Store", "Thumbs.db"):
                continue
            display = safe_display_name(name.rstrip("/").rsplit("/", 1)[-1] or name)
            inner = read_member(zf, info, ctx)  # ZipBomb propagates: the whole archive is refused
            members.append((display, child.extract(inner, name, None, ctx=child)))
    if not members:
        return ExtractedText("empty", "the ZIP archive holds no files", "", "zip", detected_type="zip")
    text = "\n\n".join(f"[File: {n}]\n{m.full_text()}" for n, m in members if m.full_text())
    result = finish(text, "zip", "zip", ctx, members=members, reason="no text in any file of the archive")
    if result.status == "empty" and any(m.status not in ("ok", "empty") for _, m in members):
        counts: dict[str, int] = {}
        for _, m in members:
            counts[m.status] = counts.get(m.status, 0) + 1
        summary = ", ".join(f"{v} {k}" for k, v in sorted(counts.items()))
        worst = "needs_ocr" if counts.get("needs_ocr") else "failed" if counts.get("failed") else "unsupported"
        result.status, result.reason = worst, f"no readable text in the archive's files ({summary})"
    return result
