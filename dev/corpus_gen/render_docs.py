"""Replies as documents: PDF letters, DOCX, XLSX, CSV, HTML, a scan with no text layer, a ZIP.

Each writer returns bytes that are the same on every run: reportlab's invariant mode, and OOXML zips rebuilt
with fixed member dates and fixed core-properties dates.
"""

from __future__ import annotations

import csv
import html
import io
import random
import re
import zipfile
from datetime import datetime

FIXED_ZIP_TIME = (2021, 10, 1, 9, 0, 0)


def _rezip(data: bytes, when: datetime) -> bytes:
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                for tag in ("dcterms:created", "dcterms:modified", "cp:lastPrinted"):
                    text = re.sub(rf"(<{tag}[^>]*>)[^<]*(</{tag}>)", rf"\g<1>{stamp}\g<2>", text)
                body = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    return out.getvalue()


# --- PDF --------------------------------------------------------------------------------------------------


def pdf_letter(paragraphs_before: list[str], table: list[list[str]], paragraphs_after: list[str],
               title: str, author: str, extra_tables: list[list[list[str]]] = ()) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, title=title, author=author, creator=author,
                            producer="Microsoft Word")
    story = []

    def para(text):
        for chunk in text.split("\n\n"):
            story.append(Paragraph(html.escape(chunk).replace("\n", "<br/>"), styles["Normal"]))
            story.append(Spacer(1, 6))

    def tab(rows):
        t = Table(rows, hAlign="LEFT")
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                               ("FONTSIZE", (0, 0), (-1, -1), 9)]))
        story.append(t)
        story.append(Spacer(1, 10))

    for p in paragraphs_before:
        para(p)
    tab(table)
    for extra in extra_tables:
        tab(extra)
    for p in paragraphs_after:
        para(p)
    doc.build(story)
    return buf.getvalue()


def scanned_pdf(lines: list, seed: int) -> bytes:
    """A page image of typed text with speckle and a slight skew, and no text layer (needs OCR).

    `lines` holds strings, or lists of cells for a table row (cells are drawn in aligned columns)."""
    from pathlib import Path

    import reportlab
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    w, h = 1240, 1754  # A4 at 150 dpi
    img = Image.new("L", (w, h), 250)
    draw = ImageDraw.Draw(img)
    # reportlab's bundled Vera, so the scan looks the same on every machine
    font = ImageFont.truetype(str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"), 19)
    rows = [r for r in lines if isinstance(r, list)]
    widths = [max(draw.textlength(r[i], font=font) for r in rows if i < len(r)) + 28
              for i in range(max((len(r) for r in rows), default=0))]
    y = 120
    for line in lines:
        if isinstance(line, list):
            x = 110
            for cell, cw in zip(line, widths):
                draw.text((x, y), cell, fill=25, font=font)
                x += cw
        else:
            draw.text((110, y), line, fill=25, font=font)
        y += 32 if line else 18
    for _ in range(2500):
        x, yy = rng.randrange(w), rng.randrange(h)
        img.putpixel((x, yy), rng.choice([120, 180, 60]))
    img = img.rotate(0.6, fillcolor=250, resample=Image.Resampling.BILINEAR)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator("Canon iR-ADV C5535 PDF")
    c.drawImage(ImageReader(img), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return buf.getvalue()


# --- Office -----------------------------------------------------------------------------------------------


def docx_letter(paragraphs_before: list[str], table: list[list[str]], paragraphs_after: list[str],
                author: str, when: datetime, extra_tables: list[list[list[str]]] = ()) -> bytes:
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = cp.modified = cp.last_printed = when.replace(tzinfo=None)
    cp.revision = 1

    def tab(rows):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, val in enumerate(row):
                t.cell(r, c).text = val
        d.add_paragraph("")

    for p in paragraphs_before:
        for chunk in p.split("\n\n"):
            d.add_paragraph(chunk)
    tab(table)
    for extra in extra_tables:
        tab(extra)
    for p in paragraphs_after:
        for chunk in p.split("\n\n"):
            d.add_paragraph(chunk)
    buf = io.BytesIO()
    d.save(buf)
    return _rezip(buf.getvalue(), when)


def xlsx_sheets(sheets: list[tuple[str, list[list[str | float | int]]]], author: str, when: datetime) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = wb.properties.modified = when.replace(tzinfo=None)
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        ws.title = name
        first = False
        for row in rows:
            ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return _rezip(buf.getvalue(), when)


def csv_bytes(rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode("utf-8")


def html_doc(title: str, paragraphs: list[str], tables: list[list[list[str]]]) -> bytes:
    parts = [f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head><body>",
             f"<h1>{html.escape(title)}</h1>"]
    for p in paragraphs:
        parts.append("<p>" + html.escape(p).replace("\n", "<br>") + "</p>")
    for rows in tables:
        parts.append("<table border=\"1\">")
        parts.append("<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in rows[0]) + "</tr>")
        for r in rows[1:]:
            parts.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>")
        parts.append("</table>")
    parts.append("</body></html>\n")
    return "\n".join(parts).encode("utf-8")


def zip_of(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()
