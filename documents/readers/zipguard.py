"""Opening ZIP-based files (ZIP, DOCX, XLSX, ODS) without letting a decompression bomb inflate.

Headers can lie, so the declared sizes are only a first check: every member is then inflated in chunks with
a running count, and inflation stops the moment a member passes its declared size or a limit.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from .base import BudgetExceeded, Context, DocumentError, Encrypted, ZipBomb, mb

CHUNK = 1 << 16


def open_zip(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise DocumentError(f"damaged ZIP file: {exc}") from exc
    except (ValueError, OSError, EOFError, NotImplementedError) as exc:
        raise DocumentError(f"damaged ZIP file: {exc}") from exc


def check_declared(zf: zipfile.ZipFile, ctx: Context, what: str = "archive") -> list[zipfile.ZipInfo]:
    """Refuse archives whose central directory already announces a bomb; returns the file entries."""
    limits = ctx.limits
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise ZipBomb(f"{what} has {len(infos):,} members (limit {limits.max_members:,})")
    declared = compressed = 0
    for info in infos:
        declared += info.file_size
        compressed += info.compress_size
        name = repr(info.filename[:80])
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            ratio = info.file_size / max(info.compress_size, 1)
            raise ZipBomb(f"member {name} would inflate {ratio:,.0f}x (limit {limits.max_ratio}x)")
        if info.file_size > limits.max_member_bytes:
            raise DocumentError(
                f"too large to read: member {name} is {mb(info.file_size)} uncompressed (limit {mb(limits.max_member_bytes)})"
            )
    if declared + ctx.expanded[0] > limits.max_expanded_bytes:
        already = f" on top of {mb(ctx.expanded[0])} already inflated" if ctx.expanded[0] else ""
        limit = f"(limit {mb(limits.max_expanded_bytes)} in total, FOI_MAX_EXPANDED_MB)"
        if ctx.expanded[0] or declared > limits.max_ratio * max(compressed, 1):
            raise BudgetExceeded(f"zip bomb: {what} declares {mb(declared)} uncompressed{already} {limit}")
        raise BudgetExceeded(f"too large to read: {what} holds {mb(declared)} uncompressed {limit}")
    return [i for i in infos if not i.is_dir()]


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, ctx: Context, *, keep: bool = True) -> bytes:
    """Inflate one member with a running cap; ``keep=False`` only measures (for libraries that re-read it)."""
    limits = ctx.limits
    if info.flag_bits & 0x1:
        raise Encrypted(f"encrypted ZIP member {info.filename[:80]!r} (password protected)")
    cap = min(info.file_size, limits.max_member_bytes)
    out = io.BytesIO() if keep else None
    total = 0
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(CHUNK)
                if not chunk:
                    break
                total += len(chunk)
                if total > cap:
                    if total > limits.max_member_bytes:
                        raise ZipBomb(f"member {info.filename[:80]!r} inflates past {mb(limits.max_member_bytes)}")
                    raise ZipBomb(f"member {info.filename[:80]!r} inflates past its declared size of {mb(info.file_size)}")
                if total > limits.ratio_floor_bytes and total > limits.max_ratio * max(info.compress_size, 1):
                    raise ZipBomb(f"member {info.filename[:80]!r} inflates more than {limits.max_ratio}x")
                ctx.count_expanded(len(chunk))
                if out is not None:
                    out.write(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise DocumentError(f"damaged ZIP member {info.filename[:80]!r}: {exc}") from exc
    except NotImplementedError as exc:
        raise DocumentError(f"ZIP member {info.filename[:80]!r} uses an unsupported compression: {exc}") from exc
    except RuntimeError as exc:  # zipfile raises this for encrypted members
        raise Encrypted(f"encrypted ZIP member {info.filename[:80]!r} (password protected)") from exc
    return out.getvalue() if out is not None else b""


def guard_office_zip(data: bytes, ctx: Context, what: str) -> None:
    """Inflate (and discard) every member of an Office file once, so the library that opens it next cannot
    be made to inflate more than the limits allow."""
    with open_zip(data) as zf:
        for info in check_declared(zf, ctx, what):
            read_member(zf, info, ctx, keep=False)
