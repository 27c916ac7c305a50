"""Bytes → text for each format, on real files made here (reportlab, python-docx, openpyxl, odfpy) and on
Alaveteli's sample e-mails (copied into tests/files/eml)."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

import pytest

from documents import ExtractedText, detect_type, extract_text, from_dict

EML_DIR = Path(__file__).parent / "files" / "eml"


# --- builders (also used by test_documents_hostile.py) -------------------------------------------------


def make_pdf(pages: list[list[str]] | None = None, table: list[list[str]] | None = None, encrypt: str | None = None) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    styles = getSampleStyleSheet()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, encrypt=encrypt)
    story: list = []
    for index, paragraphs in enumerate(pages or [["Hello"]]):
        if index:
            story.append(PageBreak())
        story.extend(Paragraph(p, styles["Normal"]) for p in paragraphs)
        if index == 0 and table:
            story.append(Table(table))
    doc.build(story)
    return buf.getvalue()


def make_image_pdf() -> bytes:
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("RGB", (400, 100), "white")
    ImageDraw.Draw(image).rectangle((20, 20, 380, 80), outline="black", width=3)
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawImage(ImageReader(image), 100, 600, width=400, height=100)
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Dear Requester,")
    d.add_paragraph("Question 1: devices bought per year.")
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["Device", "2019-20", "2020-21"], ["Laptops", "426", "512"], ["Tablets", "12", "£650"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_paragraph("Question 2: we do not hold this information.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def make_xlsx() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Devices"
    ws.append(["Device", "Count", "Unit cost"])
    ws.append(["Laptops", 426, 650.5])
    ws.append(["Tablets", 12, 300])
    ws["D2"] = "=B2*C2"  # a formula with no cached value: must not appear as "=B2*C2"
    other = wb.create_sheet("Licences")
    other.append(["Product", "Accounts"])
    other.append(["Zoom", 40])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def make_ods() -> bytes:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Mobiles")
    for values in (["Device", "Count"], ["Mobile phones", 300]):
        row = TableRow()
        for value in values:
            if isinstance(value, int):
                cell = TableCell(valuetype="float", value=value)
            else:
                cell = TableCell(valuetype="string")
            cell.addElement(P(text=str(value)))
            row.addElement(cell)
        table.addElement(row)
    # the "repeat this empty row a million times" trick spreadsheets use; must not be expanded
    table.addElement(TableRow(numberrowsrepeated=1_000_000))
    doc.spreadsheet.addElement(table)
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


def zip_of(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


# --- PDF -----------------------------------------------------------------------------------------------


def test_pdf_pages_lines_and_table_rows():
    data = make_pdf(
        pages=[["We hold the following information.", "Laptops cost £650 each."], ["Page two: no more."]],
        table=[["Device", "2019-20", "2020-21"], ["Laptops", "426", "512"]],
    )
    r = extract_text(data, "reply.pdf", "application/pdf")
    assert (r.status, r.extractor, r.pages, r.detected_type) == ("ok", "pypdfium2", 2, "pdf")
    lines = r.text.splitlines()
    assert "We hold the following information." in lines
    assert "Laptops cost £650 each." in lines
    assert "Device\t2019-20\t2020-21" in lines
    assert "Laptops\t426\t512" in lines
    assert lines.index("Laptops\t426\t512") < lines.index("Page two: no more.")
    assert r.reason is None


def test_pdf_with_wrong_content_type_and_no_name_is_still_a_pdf():
    r = extract_text(make_pdf(pages=[["Zoom accounts: 40"]]), "", "text/html")
    assert r.status == "ok" and "Zoom accounts: 40" in r.text


def test_image_only_pdf_needs_ocr_without_tesseract(monkeypatch):
    monkeypatch.setenv("FOI_TESSERACT", "no-such-tesseract-binary")
    r = extract_text(make_image_pdf(), "scan.pdf")
    assert r.status == "needs_ocr"
    assert r.reason == "no text layer; install tesseract to OCR it"
    assert r.text == "" and r.pages == 1


def test_image_only_pdf_is_ocrd_through_the_tesseract_cli(tmp_path, monkeypatch):
    # A stand-in tesseract executable: proves the page is rendered to an image file and handed to the CLI
    # (`tesseract <image> stdout ...`) and that its stdout becomes the text.
    fake = tmp_path / "tesseract"
    fake.write_text('#!/bin/sh\nprintf "OCR of %s\\n" "$(head -c 4 "$1" | tail -c 3)"\nprintf "Laptops 426\\n"\n')
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("FOI_TESSERACT", str(fake))
    r = extract_text(make_image_pdf(), "scan.pdf")
    assert r.status == "ok" and r.extractor == "tesseract"
    assert "OCR of PNG" in r.text and "Laptops 426" in r.text
    assert any("OCR" in w for w in r.warnings)


@pytest.mark.skipif(not __import__("shutil").which("tesseract"), reason="tesseract is not installed")
def test_real_tesseract_reads_a_rendered_page(monkeypatch):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    monkeypatch.delenv("FOI_TESSERACT", raising=False)
    image = Image.new("L", (1200, 200), 255)
    ImageDraw.Draw(image).text((20, 50), "LAPTOPS 426", fill=0, font=ImageFont.load_default(size=80))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawImage(ImageReader(image), 50, 600, width=500, height=83)
    c.save()
    r = extract_text(buf.getvalue(), "scan.pdf")
    assert r.status == "ok" and "426" in r.text


def test_pdf_encrypted_with_only_an_owner_password_is_read():
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = make_pdf(pages=[["Mobile phones: 300"]], encrypt=StandardEncryption("", ownerPassword="owner"))
    r = extract_text(data, "x.pdf")
    assert r.status == "ok" and "Mobile phones: 300" in r.text


# --- Office and OpenDocument -------------------------------------------------------------------------------


def test_docx_paragraphs_and_tables_in_document_order():
    r = extract_text(make_docx(), "reply.docx", "application/octet-stream")
    assert (r.status, r.extractor, r.detected_type) == ("ok", "python-docx", "docx")
    lines = r.text.splitlines()
    assert lines[0] == "Dear Requester,"
    i = lines.index("Device\t2019-20\t2020-21")
    assert lines[i + 1] == "Laptops\t426\t512" and lines[i + 2] == "Tablets\t12\t£650"
    assert lines.index("Question 1: devices bought per year.") < i
    assert lines.index("Question 2: we do not hold this information.") > i + 2


def _request_response_docx(header: tuple[str, str]) -> bytes:
    import docx

    d = docx.Document()
    table = d.add_table(rows=0, cols=2)
    for question, answer in [header, ("1. Devices purchased: a Laptops b Tablets",
                                      "Laptops: 2019/20 - 75\nTablets: 2019/20 - 12")]:
        row = table.add_row().cells
        row[0].text, row[1].text = question, answer
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("header", [("Request", "Response"), ("Your request", "Our response"),
                                    ("Question", "Answer")])
def test_docx_request_response_table_is_written_as_the_letter_it_stands_for(header):
    # each answer paragraph on its own line, after its question: not one tab row with the paragraphs run together
    text = extract_text(_request_response_docx(header), "reply.docx").text
    assert text.splitlines() == ["1. Devices purchased: a Laptops b Tablets", "Laptops: 2019/20 - 75",
                                 "Tablets: 2019/20 - 12"]


def test_docx_other_two_column_tables_stay_rows():
    text = extract_text(_request_response_docx(("Device", "Number")), "reply.docx").text
    assert text.splitlines() == ["Device\tNumber", "1. Devices purchased: a Laptops b Tablets\t"
                                 "Laptops: 2019/20 - 75 Tablets: 2019/20 - 12"]


def test_xlsx_two_sheets_values_not_formulas():
    r = extract_text(make_xlsx(), "figures.xlsx")
    assert (r.status, r.extractor, r.pages, r.detected_type) == ("ok", "openpyxl", 2, "xlsx")
    assert r.text == (
        "[Sheet: Devices]\nDevice\tCount\tUnit cost\nLaptops\t426\t650.5\nTablets\t12\t300\n\n"
        "[Sheet: Licences]\nProduct\tAccounts\nZoom\t40"
    )
    assert "=B2" not in r.text


def test_xlsx_named_xls_is_read_by_its_bytes():
    r = extract_text(make_xlsx(), "figures.xls", "application/vnd.ms-excel")
    assert r.status == "ok" and r.detected_type == "xlsx" and "Laptops\t426" in r.text


def test_ods_sheet_without_expanding_repeated_empty_rows():
    r = extract_text(make_ods(), "figures.ods")
    assert (r.status, r.extractor, r.detected_type) == ("ok", "odfpy", "ods")
    assert r.text == "[Sheet: Mobiles]\nDevice\tCount\nMobile phones\t300"


def test_damaged_xls_fails_with_a_reason():
    junk = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    r = extract_text(junk, "figures.xls")
    assert r.status == "failed" and r.reason


def test_html_saved_as_xls_is_read_as_html():
    page = b"<html><body><table><tr><td>Laptops</td><td>426</td></tr></table></body></html>"
    r = extract_text(page, "export.xls", "application/vnd.ms-excel")
    assert r.status == "ok" and r.detected_type == "html" and "Laptops\t426" in r.text


# --- CSV, text, HTML -------------------------------------------------------------------------------------------


def test_csv_cp1252_semicolons():
    data = "Device;Unit cost;Note\r\nLaptops;£650;“approx”\r\nTablets;£300;\r\n".encode("cp1252")
    r = extract_text(data, "costs.csv", "application/octet-stream")
    assert (r.status, r.detected_type, r.extractor) == ("ok", "csv", "csv")
    assert r.text == "Device\tUnit cost\tNote\nLaptops\t£650\t“approx”\nTablets\t£300"


def test_csv_quoted_commas_and_newlines_stay_in_one_cell():
    data = b'Product,Accounts,Note\n"Office 365",1200,"E3, E5\nand kiosk"\n'
    r = extract_text(data, "licences.csv")
    assert r.text.splitlines() == ["Product\tAccounts\tNote", "Office 365\t1200\tE3, E5 and kiosk"]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Cost £650 – “approx”".encode("utf-8"), "Cost £650 – “approx”"),
        ("Cost £650 – “approx”".encode("cp1252"), "Cost £650 – “approx”"),
        ("Café £5".encode("latin-1"), "Café £5"),
        ("Cost £650".encode("utf-16"), "Cost £650"),
        ("Cost £650".encode("utf-16-le"), "Cost £650"),
        (b"\xef\xbb\xbfCost \xc2\xa3650", "Cost £650"),
    ],
)
def test_text_encodings(raw, expected):
    r = extract_text(raw, "reply.txt")
    assert r.status == "ok" and r.text == expected


def test_html_drops_scripts_keeps_blocks_and_table_rows():
    page = b"""<!DOCTYPE html><html><head><title>t</title><style>p{color:red}</style>
    <script>document.write("EVIL")</script></head><body>
    <h1>Response</h1><p>We hold   the
    information.<br>Second line</p><noscript>enable js</noscript>
    <table><tr><th>Device</th><th>Count</th></tr><tr><td>Laptops</td><td><b>426</b></td></tr></table>
    <div>After <span>the</span> table</div><script>var x = "ALSO EVIL";</script></body></html>"""
    r = extract_text(page, "page.html", "text/html")
    assert (r.status, r.extractor) == ("ok", "html")
    assert "EVIL" not in r.text and "color" not in r.text and "enable js" not in r.text
    lines = r.text.splitlines()
    assert lines[0] == "Response"
    assert "We hold the information." in lines and "Second line" in lines
    assert "Device\tCount" in lines and "Laptops\t426" in lines
    assert lines[-1] == "After the table"


def test_html_declared_charset_cp1252():
    page = '<html><head><meta charset="windows-1252"></head><body><p>£650 “each”</p></body></html>'.encode("cp1252")
    assert extract_text(page, "p.htm").text == "£650 “each”"


# --- e-mail and archives ----------------------------------------------------------------------------------------


def eml(name: str) -> bytes:
    return (EML_DIR / name).read_bytes()


def test_eml_pdf_attachment_with_wrong_content_type_is_a_member():
    r = extract_text(eml("document-pdf.eml"), "", "message/rfc822")
    assert (r.status, r.detected_type, r.extractor) == ("ok", "eml", "email")
    assert "Subject: testing a PDF attachment with the wrong content-type" in r.text
    assert "Here's a PDF attachment" in r.text
    [(name, member)] = r.members
    assert name == "tiny-example.pdf"
    assert (member.status, member.detected_type, member.text) == ("ok", "pdf", "Hello!")
    assert "[Attachment: tiny-example.pdf]\nHello!" in r.full_text()


def test_eml_real_pdf_attachment():
    r = extract_text(eml("incoming-request-pdf-attachment.eml"))
    [(name, member)] = r.members
    assert name == "fs_50379341.pdf" and member.status == "ok"
    assert "Walberswick Parish Council" in member.text and member.pages and member.pages > 1


def test_eml_two_attachments_with_the_same_name_are_both_kept():
    r = extract_text(eml("incoming-request-two-same-name.eml"))
    assert [(n, m.text) for n, m in r.members] == [("hello-world.txt", "Second hello"), ("hello-world.txt", "First hello")]


def test_eml_forwarded_messages_are_members_recursively():
    r = extract_text(eml("many-attachments-date-header.eml"))
    assert r.status == "ok" and r.text.endswith("Some information")
    names = [n for n, _ in r.members]
    assert names[0] == "Re: xxx.eml" and len(names) == 9
    nested = dict(r.members)["example.eml"]
    assert nested.detected_type == "eml"
    inner = dict(nested.members)
    assert set(inner) == {"image001.gif", "participant list.xls"}
    # the sample's GIF is a placeholder word, not an image: reported, not crashed on
    assert inner["image001.gif"].status == "failed" and "not an image" in inner["image001.gif"].reason


def test_eml_attachment_that_is_not_what_it_claims_fails_alone():
    r = extract_text(eml("no-body.eml"))
    assert r.status == "ok"
    [(name, member)] = r.members
    assert name == "test.xlsx" and member.status == "failed" and member.reason.startswith("not an Excel workbook")


def test_eml_rfc822_attachment_and_html_alternative():
    r = extract_text(eml("rfc822-attachment.eml"))
    assert r.status == "ok" and len(r.members) == 1
    name, member = r.members[0]
    assert name == "Freedom of Information request.eml" and "some example text" in member.text
    forward = extract_text(eml("forward-quoting-example.eml"))
    assert "Dear Mr Requester" in forward.text and "<" not in forward.text.split("\n\n", 1)[1][:20]


def test_zip_members_recursively_with_safe_names():
    inner = zip_of({"deep/figures.csv": b"Device,Count\nLaptops,426\n"})
    data = zip_of({"reply.docx": make_docx(), "sub/inner.zip": inner, "../../etc/evil.txt": b"harmless text"})
    r = extract_text(data, "bundle.zip", "application/zip")
    assert (r.status, r.detected_type) == ("ok", "zip")
    members = dict(r.members)
    assert set(members) == {"reply.docx", "inner.zip", "evil.txt"}
    assert members["reply.docx"].detected_type == "docx" and "Laptops\t426\t512" in members["reply.docx"].text
    assert dict(members["inner.zip"].members)["figures.csv"].text == "Device\tCount\nLaptops\t426"
    assert "[File: reply.docx]" in r.text and "Laptops\t426" in r.full_text()


def test_empty_zip_is_empty():
    assert extract_text(zip_of({}), "a.zip").status == "empty"


# --- detection and the result object ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, name, ctype, expected",
    [
        (b"%PDF-1.4\n", "", None, "pdf"),
        (b"Device,Count\nLaptops,426\n", "x.csv", None, "csv"),
        (b"Device,Count\nLaptops,426\n", "", "text/csv", "csv"),
        (b"Device,Count\nLaptops,426\n", "", None, "txt"),
        (b"<!doctype html><p>x</p>", "x.pdf", "application/pdf", "html"),
        (b"From: a@b.c\nTo: d@e.f\nSubject: hi\n\nbody", "", None, "eml"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "x.pdf", None, "image"),
        (b"\x00\x01\x02\x03" * 50, "x.dat", None, "binary"),
    ],
)
def test_detect_type(data, name, ctype, expected):
    assert detect_type(data, name, ctype) == expected


def test_result_round_trips_through_a_dict():
    r = extract_text(eml("document-pdf.eml"))
    again = from_dict(r.to_dict())
    assert again == r and isinstance(again.members[0][1], ExtractedText)


def test_empty_and_whitespace_files_are_empty():
    assert extract_text(b"", "x.pdf").status == "empty"
    blank = extract_text(b" \r\n\t ", "x.txt")
    assert blank.status == "empty" and blank.reason and blank.text == ""


@pytest.mark.skipif(not os.path.isdir("/work/shared/reference/fixtures"), reason="shared fixtures not present")
def test_every_shared_fixture_extracts_without_raising():
    for path in Path("/work/shared/reference/fixtures").glob("*.eml"):
        r = extract_text(path.read_bytes(), path.name)
        assert r.status == "ok", (path.name, r.reason)


def test_xls_ragged_rows():
    data = (Path(__file__).parent / "files" / "xls" / "ragged.xls").read_bytes()
    r = extract_text(data, "", "application/octet-stream")
    assert (r.status, r.detected_type, r.extractor, r.pages) == ("ok", "xls", "xlrd", 3)
    assert r.text.startswith("[Sheet: Sheet1]\na\tb\tc\nd\te\nf\ng\th\tI\tj\nk\t\t\tl\n\n[Sheet: Sheet2]")


def test_images_need_ocr_unless_they_are_logos(monkeypatch):
    from PIL import Image

    monkeypatch.setenv("FOI_TESSERACT", "no-such-tesseract-binary")

    def png(w, h):
        buf = io.BytesIO()
        Image.new("L", (w, h), 255).save(buf, "PNG")
        return buf.getvalue()

    scan = extract_text(png(1200, 1600), "letter.png", "image/png")
    assert (scan.status, scan.detected_type) == ("needs_ocr", "image")
    assert scan.reason == "an image with no text layer; install tesseract to OCR it"
    logo = extract_text(png(120, 40), "image001.png")
    assert logo.status == "empty" and "logo" in logo.reason


def test_outlook_msg():
    data = (Path(__file__).parent / "files" / "msg" / "outlook-message.msg").read_bytes()
    r = extract_text(data, "message", None)
    assert (r.status, r.detected_type, r.extractor) == ("ok", "msg", "extract-msg")
    assert "Subject: Test Email Message" in r.text
    assert r.text.endswith("This is the body of the test email message")


DOC_DIR = Path(__file__).parent / "files" / "doc"


def test_word_97_doc_reads_like_antiword():
    r = extract_text((DOC_DIR / "raw_text.doc").read_bytes(), "reply.doc", "application/msword")
    assert (r.status, r.detected_type, r.extractor) == ("ok", "doc", "olefile")
    expected = (DOC_DIR / "raw_text.txt").read_text(encoding="utf-8")
    assert r.text.split() == expected.split()
    assert r.text.startswith("I love word documents.")


def test_word_97_doc_password_protected():
    data = bytearray((DOC_DIR / "raw_text.doc").read_bytes())
    fib = next(at for at in range(512, len(data), 512) if data[at : at + 2] == b"\xec\xa5")
    data[fib + 0x0B] |= 0x01  # FibBase.fEncrypted
    r = extract_text(bytes(data), "reply.doc")
    assert (r.status, r.reason) == ("failed", "encrypted Word document (password protected)")


def test_word_97_special_characters():
    from documents.readers.doc import clean_word_text

    raw = ("Devices\r\x13 HYPERLINK \"http://x\" \x14our site\x15 says\r"
           "Device\x07Count\x07\x07Laptops\x07426\x07\x07After\x0bthe table\x0cPage 2 non\x1ebreaking")
    assert clean_word_text(raw).split("\n") == [
        "Devices", "our site says", "Device\tCount", "Laptops\t426", "After", "the table", "Page 2 non-breaking",
    ]


def test_odt_paragraphs_and_tables():
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, P

    doc = OpenDocumentText()
    doc.text.addElement(H(outlinelevel=1, text="FOI response"))
    doc.text.addElement(P(text="Figures below."))
    table = Table(name="T1")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for values in (["Device", "Count"], ["Laptops", "426"]):
        row = TableRow()
        for value in values:
            cell = TableCell()
            cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    doc.text.addElement(table)
    doc.text.addElement(P(text="Regards"))
    buf = io.BytesIO()
    doc.write(buf)
    r = extract_text(buf.getvalue(), "reply.odt")
    assert (r.status, r.detected_type, r.extractor) == ("ok", "odt", "odfpy")
    assert r.text == "FOI response\nFigures below.\n\nDevice\tCount\nLaptops\t426\n\nRegards"


def test_html_request_response_table_is_written_as_the_letter_it_stands_for():
    html = ("<html><body><p>Our ref: 1234</p><table><tr><th>Request</th><th>Response</th></tr>"
            "<tr><td>1. Devices purchased: a Laptops b Tablets</td>"
            "<td><p>Laptops: 2019/20 - 75</p><p>Tablets: 2019/20 - 12</p></td></tr></table>"
            "<table><tr><td>Device</td><td>Number</td></tr><tr><td>Laptops</td><td>75<br>(2019/20)</td></tr></table>"
            "</body></html>").encode()
    lines = extract_text(html, "reply.html").text.splitlines()
    i = lines.index("1. Devices purchased: a Laptops b Tablets")
    assert lines[i + 1:i + 3] == ["Laptops: 2019/20 - 75", "Tablets: 2019/20 - 12"]
    assert "Device\tNumber" in lines and "Laptops\t75 (2019/20)" in lines
