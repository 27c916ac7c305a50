"""Which page of a stored PDF a figure's words are on, so the document opens there (`#page=N`).

The warehouse keeps a PDF's text without its page breaks, so the page is found by reading the stored file again,
page by page. The file came from outside: it is read in a child process with a memory cap and a time limit, so a
pathological PDF costs the page a missing page number, never the server.

    python -m review.pdf_pages FILE   (reads the words on stdin; prints the 1-based page, or nothing)
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

TIMEOUT_S = 5.0
MEMORY_BYTES = 512 * 1024 * 1024
MAX_PAGES = 500
_SPACE = re.compile(r"\s+")


def _squeezed(text: str) -> str:
    # the reader lays a page out with tabs between cells and its own line breaks; pdfium's raw text differs only
    # in white space, so words are compared without any
    return _SPACE.sub("", text)


def page_of(path: Path, words: str) -> int | None:
    """The 1-based page whose text holds ``words``; None when no single page does (or the file is unreadable)."""
    import pypdfium2 as pdfium

    wanted = _squeezed(words)
    if not wanted:
        return None
    pdf = pdfium.PdfDocument(str(path))
    try:
        found = []
        for index in range(min(len(pdf), MAX_PAGES)):
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                try:
                    if wanted in _squeezed(textpage.get_text_range()):
                        found.append(index + 1)
                finally:
                    textpage.close()
            finally:
                page.close()
        return found[0] if len(found) == 1 else None
    finally:
        pdf.close()


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))


def find_page(path: Path, words: str) -> int | None:
    """:func:`page_of` in a child process with a memory cap and a time limit; None on any failure."""
    try:
        done = subprocess.run([sys.executable, "-m", "review.pdf_pages", str(path)], input=words[:2000],
                              capture_output=True, text=True, timeout=TIMEOUT_S,
                              preexec_fn=_limit_memory if sys.platform != "win32" else None)
    except (subprocess.TimeoutExpired, OSError):
        return None
    out = done.stdout.strip()
    return int(out) if done.returncode == 0 and out.isdigit() else None


if __name__ == "__main__":
    try:
        page = page_of(Path(sys.argv[1]), sys.stdin.read())
    except Exception:  # a damaged PDF: no page number, said by printing nothing
        page = None
    print(page or "")
