"""The layout's contracts (pyproject.toml, [tool.importlinter]): the CLI on top; analysis, crawlers and the replay
over the warehouse; the warehouse over the reader; the reader over nothing of the project's; documents at the
bottom; no import cycle between sibling modules. Run by the test command, so CI checks them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    proc = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert "Contracts: 4 kept, 0 broken." in proc.stdout


def test_no_project_module_is_imported_through_importlib_as_an_optional_sibling():
    # a guarded `importlib.import_module("warehouse...")` hid a dependency from the contracts above
    offenders = []
    for path in ROOT.glob("*/**/*.py"):
        if path.parts[len(ROOT.parts)] in (".venv", "tests", "notebooks", "data", "benchmarks"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for pkg in ("crawlers", "warehouse", "reader", "documents", "analysis", "replay", "foi"):
            if f'import_module("{pkg}.' in text or f"import_module('{pkg}." in text:
                offenders.append(f"{path.relative_to(ROOT)} ({pkg})")
    assert offenders == [], offenders
