"""One reader per format: ``read_<type>(data, ctx) -> ExtractedText``. Imported lazily so a process that
only reads PDFs never loads openpyxl or extract-msg."""

from __future__ import annotations

import importlib
from collections.abc import Callable

READERS: dict[str, tuple[str, str, str]] = {
    # type: (module, function, extractor name shown in results)
    "pdf": ("pdf", "read_pdf", "pypdfium2"),
    "docx": ("docx", "read_docx", "python-docx"),
    "doc": ("doc", "read_doc", "olefile"),
    "xlsx": ("xlsx", "read_xlsx", "openpyxl"),
    "xls": ("xls", "read_xls", "xlrd"),
    "ods": ("ods", "read_ods", "odfpy"),
    "odt": ("ods", "read_odt", "odfpy"),
    "csv": ("delimited", "read_csv", "csv"),
    "html": ("html", "read_html", "html"),
    "xml": ("html", "read_html", "html"),
    "txt": ("text", "read_txt", "text"),
    "eml": ("eml", "read_eml", "email"),
    "msg": ("msg", "read_msg", "extract-msg"),
    "zip": ("archive", "read_zip", "zip"),
    "image": ("image", "read_image", "tesseract"),
}


def reader_for(kind: str) -> tuple[Callable, str] | None:
    spec = READERS.get(kind)
    if spec is None:
        return None
    module, function, extractor = spec
    return getattr(importlib.import_module(f"{__name__}.{module}"), function), extractor
