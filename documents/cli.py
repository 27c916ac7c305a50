"""`python -m documents FILE ...`: what the toolkit reads out of downloaded files."""

from __future__ import annotations

import os

from .bounded import extract_text_bounded
from .extract import extract_text


def main(argv: list[str] | None = None) -> int:
    """``python -m documents FILE...``: show what the toolkit reads out of downloaded files."""
    import argparse
    import json
    import sys

    parser = argparse.ArgumentParser(prog="python -m documents", description=main.__doc__)
    parser.add_argument("files", nargs="+", help="files to read")
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    parser.add_argument("--content-type", default=None, help="the content type the file was served with")
    parser.add_argument("--bounded", action="store_true", help="read in a worker with a timeout and memory cap")
    parser.add_argument("--timeout", type=float, default=30, help="seconds per file with --bounded (default 30)")
    args = parser.parse_args(argv)
    worst = 0
    for path in args.files:
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            print(f"{path}: cannot open: {exc.strerror}", file=sys.stderr)
            worst = 2
            continue
        name = os.path.basename(path)
        if args.bounded:
            r = extract_text_bounded(data, name, args.content_type, timeout_s=args.timeout)
        else:
            r = extract_text(data, name, args.content_type)
        if args.json:
            print(json.dumps({"file": path, **r.to_dict()}, ensure_ascii=False, indent=1))
            continue
        pages = f", {r.pages} pages" if r.pages is not None else ""
        print(f"== {path}: {r.status} ({r.detected_type or '?'}, {r.extractor or '-'}{pages})")
        if r.reason:
            print(f"   reason: {r.reason}")
        for warning in r.warnings:
            print(f"   note: {warning}")
        if r.full_text():
            print(r.full_text())
        worst = max(worst, 0 if r.status in ("ok", "empty") else 1)
    return worst
