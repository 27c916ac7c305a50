"""Images (a scanned letter sent as a JPEG) → OCR with tesseract when installed, else ``needs_ocr``."""

from __future__ import annotations

import io
import os
import tempfile

from .base import Context, ExtractedText, finish
from .ocr import ocr_image_file, tesseract_path

MIN_WIDTH, MIN_HEIGHT = 300, 100
_SUFFIX = {b"\x89PNG": ".png", b"\xff\xd8\xff": ".jpg", b"GIF8": ".gif", b"II*\x00": ".tif", b"MM\x00*": ".tif"}


def _size(data: bytes) -> tuple[int, int] | None:
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as image:  # reads the header only
            return image.size
    except Exception:
        return None


def read_image(data: bytes, ctx: Context) -> ExtractedText:
    size = _size(data)
    if size and (size[0] < MIN_WIDTH or size[1] < MIN_HEIGHT):
        # e-mail signatures are full of council logos: not worth OCR, and not a scan someone must look at
        return ExtractedText("empty", f"a small image ({size[0]}x{size[1]} pixels: a logo or icon?); not OCR'd", "",
                             None, detected_type="image")
    if not tesseract_path():
        return ExtractedText("needs_ocr", "an image with no text layer; install tesseract to OCR it", "",
                             None, detected_type="image")
    suffix = next((s for magic, s in _SUFFIX.items() if data.startswith(magic)), ".img")
    with tempfile.TemporaryDirectory(prefix="foi-ocr-") as tmp:
        path = os.path.join(tmp, "image" + suffix)
        with open(path, "wb") as fh:
            fh.write(data)
        text = ocr_image_file(path)
    return finish(text, "tesseract", "image", ctx, pages=1, warnings=["read by OCR (check the figures)"],
                  reason="OCR found no text in the image")
