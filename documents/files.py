"""Where downloaded attachment bytes live on disk, and how hostile file names are shown.

Files are stored by content (``ab/cd/<sha256>``), never by the name a remote server gave them: a name like
``../../.bashrc`` must not be able to choose where bytes land, and the same attachment sent twice is kept once.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path

# Bidirectional overrides/isolates and other invisible format characters can make "gpj.exe" display
# as "exe.jpg"; zero-width characters hide text. They are dropped from anything we show.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c]")
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
MAX_DISPLAY_NAME = 120


class UnsafePath(ValueError):
    """A path would resolve outside the files directory."""


def content_path(digest: str) -> str:
    """``ab/cd/<digest>`` for a hex sha256 digest."""
    if not re.fullmatch(r"[0-9a-f]{64}", digest):
        raise ValueError(f"not a sha256 hex digest: {digest!r}")
    return f"{digest[:2]}/{digest[2:4]}/{digest}"


def store_file(files_dir: str | os.PathLike[str], data: bytes) -> str:
    """Write ``data`` under ``files_dir`` by its sha256 and return the relative path (``ab/cd/<sha256>``).

    The write is atomic (temporary file in the target directory, then rename), so a crash never leaves a
    half-written file under the final name, and storing the same bytes again is a cheap no-op.
    """
    root = Path(files_dir).resolve()
    rel = content_path(hashlib.sha256(data).hexdigest())
    target = resolve_inside(root, rel)
    if target.is_file() and target.stat().st_size == len(data):
        return rel
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return rel


def resolve_inside(root: str | os.PathLike[str], rel_path: str) -> Path:
    """``root/rel_path`` resolved, refusing anything (``..``, absolute paths, symlinks) that leaves ``root``."""
    base = Path(root).resolve()
    if "\x00" in rel_path:
        raise UnsafePath(f"path contains a NUL byte: {rel_path!r}")
    target = (base / rel_path).resolve()
    if target != base and base not in target.parents:
        raise UnsafePath(f"{rel_path!r} resolves outside {base}")
    return target


def read_stored(files_dir: str | os.PathLike[str], rel_path: str) -> bytes:
    """The bytes stored at ``rel_path`` (as returned by :func:`store_file`)."""
    return resolve_inside(files_dir, rel_path).read_bytes()


def safe_display_name(name: str | bytes | None, *, max_length: int = MAX_DISPLAY_NAME, default: str = "unnamed") -> str:
    """A remote file name made safe to print or show in HTML lists: never a path, never invisible tricks.

    Keeps only the last path component (``../../.bashrc`` → ``.bashrc`` shown as ``_bashrc``), drops NULs,
    control and bidi-override characters, collapses whitespace, and shortens absurd lengths keeping the
    extension. It is for display and for the ``members`` list; bytes are stored by :func:`store_file`.
    """
    if name is None:
        return default
    if isinstance(name, bytes):
        name = name.decode("utf-8", errors="replace")
    name = unicodedata.normalize("NFC", str(name))
    name = _INVISIBLE.sub("", name)
    name = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in name)
    name = re.split(r"[\\/]", name)[-1]
    name = re.sub(r"\s+", " ", name).strip().rstrip(". ")
    if not name or set(name) == {"."}:
        return default
    if name.startswith("."):
        name = "_" + name[1:]
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if stem.lower() in _WINDOWS_RESERVED:
        name = "_" + name
    if len(name) > max_length:
        ext = ext[:16]
        keep = max_length - (len(ext) + 2 if ext else 1)
        name = name[:keep].rstrip() + "…" + (("." + ext) if ext else "")
    return name
