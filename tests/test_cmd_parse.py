"""`foi parse` through click's CliRunner: text, a DOCX made here, JSON output and clear errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from foi.cli import cli

BARNET = Path(__file__).parent / "files" / "replies" / "barnet-2021.txt"


def run(*args):
    return CliRunner().invoke(cli, ["parse", *map(str, args)])


def test_parse_text_json(tmp_path):
    path = tmp_path / "barnet.txt"
    shutil.copy(BARNET, path)
    result = run(path, "--json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["outcome"] == "partially_successful" and out["exemptions"] == ["s31(3)"] and out["ncnd"] is True
    facts = out["facts"]
    assert len(facts) == 14
    assert set(facts[0]) >= {"subject", "period", "measure", "value", "approx", "quote", "start", "end", "confidence"}
    text = out["document"]
    assert text["status"] == "ok"
    laptops = {(f["period"], f["measure"]): f["value"] for f in facts if f["subject"] == "laptops"}
    assert laptops[("2019-20", "count")] == 426 and laptops[(None, "unit_cost_gbp")] == 831.51


def test_parse_text_table(tmp_path):
    path = tmp_path / "barnet.txt"
    shutil.copy(BARNET, path)
    result = run(path)
    assert result.exit_code == 0, result.output
    assert "partially_successful" in result.output and "s31(3)" in result.output
    assert "14 figures" in result.output and "Laptops - 426" in result.output


def test_parse_docx_made_here(tmp_path):
    docx = pytest.importorskip("docx")
    pytest.importorskip("documents")
    doc = docx.Document()
    doc.add_paragraph("Freedom of Information response. Our ref: FOI 88231.")
    doc.add_paragraph("Please find below the numbers of devices purchased.")
    table = doc.add_table(rows=3, cols=3)
    for r, row in enumerate([["Device", "2019/20", "2020/21"], ["Laptops", "140", "655"], ["Tablets", "12", "40"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.add_paragraph("Information about cyber security software is exempt under section 31(1)(a).")
    path = tmp_path / "reply.docx"
    doc.save(path)
    result = run(path, "--json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    got = {(f["subject"], f["period"]): f["value"] for f in out["facts"]}
    assert got == {("laptops", "2019/20"): 140, ("laptops", "2020/21"): 655, ("tablets", "2019/20"): 12,
                   ("tablets", "2020/21"): 40}
    assert out["outcome"] == "partially_successful" and out["exemptions"] == ["s31(1)(a)"]


def test_errors(tmp_path):
    missing = run(tmp_path / "nope.txt")
    assert missing.exit_code != 0 and "no such file" in missing.output
    path = tmp_path / "r.txt"
    path.write_text("Laptops 2020/21: 5", encoding="utf-8")
    unknown = run(path, "--survey", "no-such-survey")
    assert unknown.exit_code != 0 and "unknown survey 'no-such-survey'" in unknown.output
    bad_survey = tmp_path / "bad.toml"
    bad_survey.write_text('name = "x"\ntitle = "t"\n[subjects.a]\nsynonyms = []\n[[questions]]\nid = "1"\nsubject = "a"\n')
    invalid = run(path, "--survey", bad_survey)
    assert invalid.exit_code != 0 and "bad.toml line 4: subject 'a' has no synonyms" in invalid.output


def test_unreadable_document_reports_status(tmp_path):
    pytest.importorskip("documents")
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n this is not really a pdf \x00\x01\x02")
    result = run(path)
    assert result.exit_code != 0
    assert "could not be read as text (status:" in result.output


def test_parse_pdf_made_here(tmp_path):
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    pytest.importorskip("documents")
    path = tmp_path / "reply.pdf"
    c = canvas.Canvas(str(path))
    lines = ["Freedom of Information response   Ref: FOI/2021/5512", "Response", "2019-20:", "Laptops - 140",
             "Tablets - 12", "Number of Zoom accounts created - None", "Tel: 020 7946 0123"]
    for i, line in enumerate(lines):
        c.drawString(72, 760 - 18 * i, line)
    c.save()
    result = run(path, "--json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    got = {(f["subject"], f["period"], f["value"]) for f in out["facts"]}
    assert got == {("laptops", "2019-20", 140), ("tablets", "2019-20", 12), ("zoom_accounts", None, 0)}
    assert out["outcome"] == "successful"
