"""PDF → text with pdfium: the page's reading order, one line per text line, tabs between table cells.

Where a line has a gap between text runs wider than the text is tall, that is a table-cell (or column)
boundary and becomes a tab, so PDF tables read like every other table.
Pages with images and no text are scans: OCR'd with tesseract when it is installed, else ``needs_ocr``.
"""

from __future__ import annotations

import ctypes
import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .base import Context, DocumentError, Encrypted, ExtractedText, finish
from .ocr import NO_TESSERACT, ocr_pil_image, tesseract_path

OCR_SCALE = 300 / 72


_GAP = re.compile(r"(?<=\S) +(?=\S)")  # spaces between two printed characters of one line


def _page_lines(textpage, n_chars: int) -> str:
    """pdfium's text in reading order (it already breaks lines), with a tab where a line has a gap wider
    than the text is tall: a column or table-cell boundary.

    pdfium writes such a gap as a space (its own, or the document's), so only the characters on either side
    of each run of spaces are measured: two calls per space, not per character, which keeps this close to
    raw pdfium's speed. Heights come from the font's ascent and descent (pdfium's "loose" boxes), the same
    for every glyph, so a full stop or a comma before a space does not look like a short line."""
    text = textpage.get_text_range()
    if len(text) != n_chars:  # char indexes and string positions disagree (surrogates): no tab detection
        return text
    raw = textpage.raw
    before, after = pdfium_c.FS_RECTF(), pdfium_c.FS_RECTF()
    before_ref, after_ref = ctypes.byref(before), ctypes.byref(after)
    pieces, last = [], 0
    for gap in _GAP.finditer(text):
        if not (pdfium_c.FPDFText_GetLooseCharBox(raw, gap.start() - 1, before_ref)
                and pdfium_c.FPDFText_GetLooseCharBox(raw, gap.end(), after_ref)):
            continue
        height = max(before.top - before.bottom, after.top - after.bottom, 1.0)
        mid = (after.top + after.bottom) / 2
        if before.bottom - 1 <= mid <= before.top + 1 and after.left - before.right > height:
            pieces.append(text[last:gap.start()])
            pieces.append("\t")
            last = gap.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _has_images(page) -> bool:
    for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        return True
    return False


def read_pdf(data: bytes, ctx: Context) -> ExtractedText:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise Encrypted("encrypted PDF (password protected)") from exc
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise Encrypted("PDF uses an unsupported security handler (encrypted)") from exc
        raise DocumentError(f"damaged or truncated PDF: pdfium could not open it ({exc})") from exc
    try:
        n_pages = len(pdf)
        if n_pages == 0:
            return ExtractedText("empty", "the PDF has no pages", "", "pypdfium2", pages=0, detected_type="pdf")
        limit = ctx.limits.max_pages
        warnings: list[str] = []
        texts: list[str] = []
        scanned: list[int] = []  # 0-based pages with images and no text
        bad_pages: list[int] = []
        for index in range(min(n_pages, limit)):
            try:
                page = pdf[index]
            except pdfium.PdfiumError:
                bad_pages.append(index)
                texts.append("")
                continue
            try:
                textpage = page.get_textpage()
                try:
                    n_chars = textpage.count_chars()
                    text = _page_lines(textpage, n_chars) if n_chars > 0 else ""
                finally:
                    textpage.close()
                if not text.strip() and _has_images(page):
                    scanned.append(index)
                texts.append(text)
            finally:
                page.close()
        if n_pages > limit:
            warnings.append(f"only the first {limit:,} of {n_pages:,} pages were read")
        if bad_pages:
            warnings.append(_pages(bad_pages, "could not be read", "could not be read"))
        extractor = "pypdfium2"
        if scanned:
            if tesseract_path():
                ocr_done = _ocr_pages(pdf, scanned, texts, ctx, warnings)
                if ocr_done:
                    extractor = "pypdfium2+tesseract" if len(ocr_done) < n_pages else "tesseract"
                    warnings.append(_pages(ocr_done, "was read by OCR", "were read by OCR") + " (check the figures)")
            elif any(t.strip() for t in texts):
                warnings.append(_pages(scanned, "has", "have") + " no text layer; install tesseract to OCR them")
            else:
                return ExtractedText("needs_ocr", NO_TESSERACT, "", "pypdfium2", pages=n_pages, detected_type="pdf",
                                     warnings=warnings)
        text = "\n\n".join(t.strip("\n") for t in texts if t.strip())
        return finish(text, extractor, "pdf", ctx, pages=n_pages, warnings=warnings,
                      reason="the PDF's pages carry no text")
    finally:
        pdf.close()


def _ocr_pages(pdf, scanned: list[int], texts: list[str], ctx: Context, warnings: list[str]) -> list[int]:
    done = []
    for index in scanned[: ctx.limits.ocr_max_pages]:
        page = pdf[index]
        try:
            image = page.render(scale=OCR_SCALE, grayscale=True).to_pil()
        finally:
            page.close()
        try:
            texts[index] = ocr_pil_image(image)
            done.append(index)
        except Exception as exc:  # a failed OCR leaves the page empty, with the reason
            warnings.append(f"OCR of page {index + 1} failed: {exc}")
    if len(scanned) > ctx.limits.ocr_max_pages:
        warnings.append(f"only the first {ctx.limits.ocr_max_pages} scanned pages were OCR'd")
    return done


def _pages(indexes: list[int], one: str, many: str) -> str:
    if len(indexes) == 1:
        return f"page {indexes[0] + 1} {one}"
    return f"pages {_page_list(indexes)} {many}"


def _page_list(indexes: list[int]) -> str:
    shown = ", ".join(str(i + 1) for i in indexes[:20])
    return shown + (f" and {len(indexes) - 20} more" if len(indexes) > 20 else "")
