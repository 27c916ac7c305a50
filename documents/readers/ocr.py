"""OCR through the ``tesseract`` command-line program, when it is installed (no Python binding needed)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

NO_TESSERACT = "no text layer; install tesseract to OCR it"


def tesseract_path() -> str | None:
    return shutil.which(os.environ.get("FOI_TESSERACT", "tesseract"))


def ocr_image_file(path: str, *, lang: str | None = None, timeout_s: float = 120) -> str:
    """Text of one image file; raises RuntimeError with tesseract's complaint when it fails."""
    exe = tesseract_path()
    if exe is None:
        raise RuntimeError(NO_TESSERACT)
    cmd = [exe, path, "stdout", "-l", lang or os.environ.get("FOI_OCR_LANG", "eng"), "--psm", "3"]
    proc = subprocess.run(cmd, capture_output=True, timeout=timeout_s, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"tesseract failed: {proc.stderr.decode('utf-8', 'replace').strip()[:300]}")
    return proc.stdout.decode("utf-8", "replace")


def ocr_pil_image(image, **kw) -> str:
    with tempfile.TemporaryDirectory(prefix="foi-ocr-") as tmp:
        path = os.path.join(tmp, "page.png")
        image.save(path)
        return ocr_image_file(path, **kw)
