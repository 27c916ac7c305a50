"""Text extraction speed and quality: `documents` against pdfplumber and the raw libraries.

Generated inputs (deterministic): 40-page table PDFs (reportlab), DOCX letters with tables (python-docx) and
multi-sheet XLSX workbooks (openpyxl), the shapes councils send. Every reader reads the same bytes in the same
run. Quality: `reader.parse_reply` over the text each extractor gives for the demo corpus's PDFs,
scored against replay/corpus/truth.json.

    python -m benchmarks.text_extraction [--quick]
"""

from __future__ import annotations

import io
import json
import random
import sys
from pathlib import Path

from benchmarks.common import ROOT, progress, record, timed, unavailable, work_dir

NAME = "text_extraction"
SETTINGS: dict = {}
SUBJECTS = ("Laptops", "Tablets", "Mobile phones", "Zoom accounts", "Office 365 licences", "Cyber security")


# --- generated documents --------------------------------------------------------------------------------
def make_pdf(seed: int, pages: int = 40) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    rng = random.Random(seed)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    styles = getSampleStyleSheet()
    story = []
    for p in range(pages):
        story.append(Paragraph(f"Freedom of Information response FOI/{seed}/{p + 1}: devices and licences", styles["Heading2"]))
        rows = [["Item", "Financial year", "Quantity", "Unit cost (£)", "Total cost (£)"]]
        for _ in range(32):
            q, c = rng.randint(1, 2500), rng.randint(80, 1900)
            rows.append([rng.choice(SUBJECTS), f"20{rng.randint(17, 21)}-{rng.randint(18, 22)}", f"{q:,}",
                         f"{c:,.2f}", f"{q * c:,.2f}"])
        t = Table(rows, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
        story += [t, PageBreak()]
    doc.build(story)
    return buf.getvalue()


def make_docx(seed: int, paragraphs: int = 60, table_rows: int = 120) -> bytes:
    import docx

    rng = random.Random(seed)
    d = docx.Document()
    d.add_heading(f"Response to FOI request {seed}", 1)
    for i in range(paragraphs):
        d.add_paragraph(f"Question {i % 6 + 1}: the council purchased {rng.randint(1, 900)} "
                        f"{rng.choice(SUBJECTS).lower()} in 20{rng.randint(17, 21)}, at an estimated cost of "
                        f"£{rng.randint(100, 99999):,}. This information is held by the ICT service.")
    table = d.add_table(rows=table_rows + 1, cols=4)
    for j, h in enumerate(("Item", "Year", "Quantity", "Unit cost")):
        table.cell(0, j).text = h
    for r in range(1, table_rows + 1):
        for j, v in enumerate((rng.choice(SUBJECTS), f"20{rng.randint(17, 21)}", str(rng.randint(1, 900)),
                               f"£{rng.randint(80, 1900)}")):
            table.cell(r, j).text = v
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def make_xlsx(seed: int, sheets: int = 5, rows: int = 400) -> bytes:
    import openpyxl

    rng = random.Random(seed)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for s in range(sheets):
        ws = wb.create_sheet(f"20{17 + s}-{18 + s}")
        ws.append(["Item", "Quantity", "Unit cost", "Total cost", "Notes"])
        for _ in range(rows):
            q, c = rng.randint(1, 2500), rng.randint(80, 1900)
            ws.append([rng.choice(SUBJECTS), q, c, q * c, rng.choice(("", "estimated", "ex VAT"))])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --- readers compared -------------------------------------------------------------------------------------
def pdfplumber_text(data: bytes) -> tuple[str, int]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages), len(pdf.pages)


def pypdfium2_text(data: bytes) -> tuple[str, int]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        out = []
        for page in pdf:
            tp = page.get_textpage()
            out.append(tp.get_text_range())
            tp.close()
            page.close()
        return "\n".join(out), len(pdf)
    finally:
        pdf.close()


def python_docx_text(data: bytes) -> tuple[str, int]:
    import docx

    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append("\t".join(c.text for c in row.cells))
    return "\n".join(parts), 1


def openpyxl_text(data: bytes) -> tuple[str, int]:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                parts.append("\t".join("" if v is None else str(v) for v in row))
        return "\n".join(parts), len(wb.worksheets)
    finally:
        wb.close()


def ours(data: bytes, name: str) -> tuple[str, int]:
    from documents import extract_text

    r = extract_text(data, name)
    if r.status != "ok":
        raise RuntimeError(f"extract_text({name}) gave {r.status}: {r.reason}")
    return r.text, r.pages or 1


def ours_bounded(data: bytes, name: str) -> tuple[str, int]:
    from documents import extract_text_bounded

    r = extract_text_bounded(data, name, timeout_s=600)
    if r.status != "ok":
        raise RuntimeError(f"extract_text_bounded({name}) gave {r.status}: {r.reason}")
    return r.text, r.pages or 1


def measure(reader, docs: list[bytes], repeat: int = 1) -> dict:
    """Best of `repeat` passes over all docs: seconds, pages (or sheets), MB, chars."""
    best = None
    for _ in range(repeat):
        pages = chars = 0

        def one_pass():
            nonlocal pages, chars
            pages = chars = 0
            for d in docs:
                text, n = reader(d)
                pages += n
                chars += len(text)

        secs, _ = timed(one_pass)
        best = secs if best is None else min(best, secs)
    mb = sum(len(d) for d in docs) / 1e6
    return {"seconds": best, "pages": pages, "mb": mb, "chars": chars,
            "pages_per_s": pages / best, "mb_per_s": mb / best, "docs_per_s": len(docs) / best}


# --- fact quality on the demo corpus ------------------------------------------------------------------------
def _fact_key(subject, measure, value, period_start) -> tuple:
    return (subject, measure, round(float(value), 2), str(period_start) if period_start else None)


def fact_quality() -> list[dict]:
    try:
        from reader import load_survey, parse_reply
        survey = load_survey("remote-working-2021")
    except Exception as exc:  # noqa: BLE001 - report any missing piece, never crash the run
        return [unavailable("demo PDFs: facts found matching the ground truth", "facts", "≥ pdfplumber's",
                            f"reader.parse_reply / load_survey('remote-working-2021') unavailable ({exc})")]
    try:
        import pdfplumber  # noqa: F401
    except ImportError:
        return [unavailable("demo PDFs: facts found matching the ground truth", "facts", "≥ pdfplumber's",
                            "pdfplumber is not installed: pip install 'pdfplumber>=0.11,<1' (bench extra)")]
    from documents import extract_text

    corpus = ROOT / "replay" / "corpus"
    site = json.loads((corpus / "site.json").read_text(encoding="utf-8"))
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    pdfs = [(a["filename"], corpus / a["file"]) for r in site["info_requests"] for m in r["incoming_messages"]
            for a in m["attachments"] if a["file"].lower().endswith(".pdf")]
    expected: dict[str, set] = {}
    for req in truth["requests"]:
        for f in req.get("facts", []):
            if not f.get("needs_ocr"):
                expected.setdefault(f.get("source"), set()).add(
                    _fact_key(f["subject"], f["measure"], f["value"], f.get("period_start")))
    scores = {"documents": [0, 0, 0], "pdfplumber": [0, 0, 0]}   # true positives, found, expected
    per_file = []
    for filename, path in pdfs:
        data = path.read_bytes()
        want = expected.get(filename, set())
        row = {"file": filename, "expected": len(want)}
        for label, text in (("documents", extract_text(data, filename).text),
                            ("pdfplumber", _safe_plumber(data))):
            found = {_fact_key(f.subject, f.measure, f.value, f.period_start) for f in parse_reply(text, survey).facts}
            tp = len(found & want)
            scores[label][0] += tp
            scores[label][1] += len(found)
            scores[label][2] += len(want)
            row[label] = {"matched": tp, "found": len(found)}
        per_file.append(row)
    ours_tp, plumber_tp = scores["documents"][0], scores["pdfplumber"][0]
    total = scores["pdfplumber"][2]
    return [record(
        "demo PDFs: facts found matching the ground truth", "facts", ours_tp,
        baseline=("same parser over pdfplumber's text", plumber_tp), target="equal or better than pdfplumber",
        met=ours_tp >= plumber_tp,
        note=(f"{len(pdfs)} PDFs, {total} true facts with a text layer; documents text: {ours_tp} matched of "
              f"{scores['documents'][1]} found; pdfplumber text: {plumber_tp} matched of "
              f"{scores['pdfplumber'][1]} found (match on subject, measure, value, period start)"),
        details={"per_file": per_file})]


def _safe_plumber(data: bytes) -> str:
    try:
        return pdfplumber_text(data)[0]
    except Exception:  # noqa: BLE001 - a file pdfplumber cannot read simply yields no facts for it
        return ""


def _cached(name: str, make, seed: int) -> bytes:
    """Generated files are deterministic: keep them in the work dir so reruns skip reportlab's 15 s."""
    path = work_dir(NAME) / name
    if not path.exists():
        path.write_bytes(make(seed))
    return path.read_bytes()


# --- the benchmark -----------------------------------------------------------------------------------------
def run(quick: bool = False) -> list[dict]:
    try:
        import documents  # noqa: F401
    except ImportError as exc:
        return [unavailable("PDF text extraction", "pages / s", None, f"documents missing ({exc})")]
    n_pdf, n_docx, n_xlsx = (1, 3, 2) if quick else (4, 10, 6)
    repeat = 3
    SETTINGS.update(pdfs=n_pdf, pages_per_pdf=40, docx=n_docx, xlsx=n_xlsx, repeat_best_of=repeat)
    progress(f"{NAME}: generating {n_pdf} × 40-page PDFs, {n_docx} DOCX, {n_xlsx} XLSX")
    pdfs = [_cached(f"table-{i}.pdf", make_pdf, i) for i in range(n_pdf)]
    docxs = [_cached(f"letter-{i}.docx", make_docx, i) for i in range(n_docx)]
    xlsxs = [_cached(f"workbook-{i}.xlsx", make_xlsx, i) for i in range(n_xlsx)]
    records: list[dict] = []

    progress(f"{NAME}: PDF, documents.extract_text")
    m_ours = measure(lambda d: ours(d, "x.pdf"), pdfs, repeat)
    progress(f"{NAME}: PDF, extract_text_bounded (worker process)")
    ours_bounded(pdfs[0], "warm.pdf")   # start the worker pool outside the timing
    m_bounded = measure(lambda d: ours_bounded(d, "x.pdf"), pdfs, repeat)
    progress(f"{NAME}: PDF, raw pypdfium2")
    m_raw = measure(pypdfium2_text, pdfs, repeat)
    try:
        import pdfplumber  # noqa: F401
        progress(f"{NAME}: PDF, pdfplumber (slow)")
        m_plumber = measure(pdfplumber_text, pdfs, 1)
    except ImportError:
        m_plumber = None
    details = lambda m: {k: round(v, 4) if isinstance(v, float) else v for k, v in m.items()}  # noqa: E731
    for label, m in (("extract_text", m_ours), ("extract_text_bounded", m_bounded)):
        if m_plumber:
            r = m["pages_per_s"] / m_plumber["pages_per_s"]
            records.append(record(f"PDF {label} vs pdfplumber", "pages / s", m["pages_per_s"],
                                  baseline=("pdfplumber extract_text", m_plumber["pages_per_s"]),
                                  target="≥ 20× pdfplumber", met=r >= 20,
                                  note=f"{m['pages']} pages, {m['mb_per_s']:.3g} MB/s (pdfplumber "
                                       f"{m_plumber['mb_per_s']:.3g} MB/s)",
                                  details={"ours": details(m), "pdfplumber": details(m_plumber)}))
        else:
            records.append(unavailable(f"PDF {label} vs pdfplumber", "pages / s", "≥ 20× pdfplumber",
                                       "pdfplumber is not installed: pip install 'pdfplumber>=0.11,<1' (bench extra)"))
        r = m["pages_per_s"] / m_raw["pages_per_s"]
        records.append(record(f"PDF {label} vs raw pypdfium2", "pages / s", m["pages_per_s"],
                              baseline=("raw pypdfium2 get_text_range", m_raw["pages_per_s"]),
                              target="within 2× of raw pypdfium2 (ratio ≥ 0.5)", met=r >= 0.5,
                              note=f"{m['mb_per_s']:.3g} MB/s vs {m_raw['mb_per_s']:.3g} MB/s",
                              details={"ours": details(m), "raw": details(m_raw)}))

    progress(f"{NAME}: DOCX and XLSX")
    for fmt_name, docs, raw_reader, raw_name, unit_word in (
            ("DOCX", docxs, python_docx_text, "python-docx paragraphs + table cells", "documents"),
            ("XLSX", xlsxs, openpyxl_text, "openpyxl read-only iter_rows", "sheets")):
        m = measure(lambda d: ours(d, f"x.{fmt_name.lower()}"), docs, repeat)
        m_r = measure(raw_reader, docs, repeat)
        key = "docs_per_s" if unit_word == "documents" else "pages_per_s"
        records.append(record(f"{fmt_name} extract_text vs raw library", f"{unit_word} / s", m[key],
                              baseline=(raw_name, m_r[key]), target=None, met=None,
                              note=f"{len(docs)} files, {m['mb']:.2f} MB: {m['mb_per_s']:.3g} MB/s "
                                   f"(raw {m_r['mb_per_s']:.3g} MB/s); no target set",
                              details={"ours": details(m), "raw": details(m_r)}))
    progress(f"{NAME}: fact extraction over the demo PDFs, both extractors")
    records += fact_quality()
    return records


if __name__ == "__main__":
    from benchmarks.__main__ import main

    raise SystemExit(main(["--only", NAME, *sys.argv[1:]]))
