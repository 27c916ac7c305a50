"""Every notebook runs top to bottom against a warehouse (the fixture, or FOI_TEST_NOTEBOOK_DB if set) offline."""

import json
import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from tests.analysis_fixtures import build_warehouse

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))


def test_there_are_four_notebooks_with_outputs_stripped():
    assert [n.name for n in NOTEBOOKS] == ["01-quick-start.ipynb", "02-device-purchases.ipynb",
                                           "03-refusal-rates.ipynb", "04-make-your-own-survey.ipynb"]
    for path in NOTEBOOKS:
        book = json.loads(path.read_text(encoding="utf-8"))
        for cell in book["cells"]:
            if cell["cell_type"] == "code":
                assert cell["outputs"] == [] and cell["execution_count"] is None, path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path, tmp_path, monkeypatch):
    db_file = os.environ.get("FOI_TEST_NOTEBOOK_DB") or str(build_warehouse(tmp_path / "foi.duckdb"))
    monkeypatch.setenv("FOI_DUCKDB", db_file)
    monkeypatch.setenv("FOI_NOTEBOOK_OUT", str(tmp_path / "out"))
    monkeypatch.delenv("FOI_ONLINE", raising=False)
    book = nbformat.read(path, as_version=4)
    client = NotebookClient(book, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    outputs = [o for cell in book.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "\n".join(str(o.get("text", "")) + json.dumps(o.get("data", {})) for o in outputs)
    if path.stem.startswith("02"):
        assert (tmp_path / "out" / "laptops_per_1000.png").exists()
        assert "York" in text
    if path.stem.startswith("04"):
        assert "skipped (offline)" in text
        assert (tmp_path / "out" / "report" / "report.html").exists()
