"""Writing a generated corpus folder and checking a committed one, shared by the corpus builders.

A builder hands over every file it owns as {relative path: bytes} and a test saying which paths in the folder
are its own; files it owns that it no longer writes are stale and removed, anything else is left alone.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

Owned = Callable[[str], bool]


def existing(out: Path, owned: Owned) -> dict[str, Path]:
    if not out.exists():
        return {}
    found = {}
    for p in out.rglob("*"):
        rel = p.relative_to(out).as_posix()
        if p.is_file() and "__pycache__" not in p.parts and owned(rel):
            found[rel] = p
    return found


def check(files: dict[str, bytes], out: Path, owned: Owned) -> list[str]:
    """Differences between what would be written and what `out` holds, one line each."""
    have = existing(out, owned)
    problems = [f"missing: {p}" for p in sorted(set(files) - set(have))]
    problems += [f"stale (would be deleted): {p}" for p in sorted(set(have) - set(files))]
    problems += [f"differs: {p}" for p in sorted(set(files) & set(have)) if have[p].read_bytes() != files[p]]
    return problems


def write(files: dict[str, bytes], out: Path, owned: Owned) -> None:
    for rel, path in existing(out, owned).items():
        if rel not in files:
            path.unlink()
    for rel, data in sorted(files.items()):
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
    files_dir = out / "files"
    if files_dir.exists():
        for d in sorted(files_dir.rglob("*"), key=lambda p: len(p.parts), reverse=True):
            if d.is_dir() and not any(d.iterdir()):
                d.rmdir()


def parser(prog: str, doc: str, default_out: Path) -> argparse.ArgumentParser:
    """The options every builder has: --out and --check; its docstring's first paragraph is the description."""
    ap = argparse.ArgumentParser(prog=f"python -m {prog}", description=doc.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="\n\n".join(doc.split("\n\n")[1:]))
    ap.add_argument("--out", type=Path, default=None, help=f"output folder (default {default_out})")
    ap.add_argument("--check", action="store_true", help="compare with --out instead of writing; exit 1 on a difference")
    return ap


def finish(files: dict[str, bytes], out: Path, owned: Owned, *, check_only: bool, prog: str) -> int:
    """Write ``files`` to ``out`` or, with ``check_only``, list how ``out`` differs (exit status 1 if it does)."""
    if check_only:
        problems = check(files, out, owned)
        for line in problems:
            print(line)
        if problems:
            print(f"{out} is out of date: run `python -m {prog}` to rebuild it", file=sys.stderr)
            return 1
        print(f"{out} is up to date ({len(files)} files)")
        return 0
    write(files, out, owned)
    print(f"wrote {len(files)} files ({sum(map(len, files.values())) / 1e6:.2f} MB) to {out}")
    return 0
