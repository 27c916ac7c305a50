#!/usr/bin/env python3
"""One-command entry point for a fresh machine that has only Python 3.11+.

    python3 run.py demo      # install into ./.venv if needed, then run the offline demo
    python3 run.py test      # install into ./.venv if needed, then run the test suite
    python3 run.py foi ...   # any other `foi` command inside the project's environment
    python3 run.py docs      # build the documentation site into site/ (offline; warnings are errors)

The virtual environment is (re)installed only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("FOI_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".foi-compare-installed"


def _say(msg: str) -> None:
    print(f"[run.py] {msg}", flush=True)


def ensure_env() -> None:
    if sys.version_info < (3, 11):
        sys.exit(f"foi-compare needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if PY.exists() and STAMP.exists() and STAMP.read_text().strip() == want:
        return
    if not PY.exists():
        _say(f"creating a virtual environment in {VENV}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    _say("installing foi-compare and its dependencies (first run takes a few minutes)")
    subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test,bench]"], check=True)
    STAMP.write_text(want)


def main(argv: list[str]) -> int:
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(__doc__)
        return 0
    task, rest = argv[0], argv[1:]
    ensure_env()
    os.chdir(ROOT)
    if task == "demo":
        cmd = [str(BIN / "foi"), "demo", *rest]
    elif task == "test":
        cmd = [str(PY), "-m", "pytest", *(rest or ["-n", "auto", "--dist", "loadgroup", "-q"])]
    elif task == "foi":
        cmd = [str(BIN / "foi"), *rest]
    elif task == "docs":
        os.environ["NO_MKDOCS_2_WARNING"] = "1"     # the theme's notice about a future MkDocs, not about these docs
        cmd = [str(PY), "-m", "mkdocs", "build", "--strict", *rest]
    elif task == "bench":
        cmd = [str(PY), "-m", "benchmarks", *rest]
    else:
        print(f"unknown task {task!r}; use demo, test, foi, docs or bench.", file=sys.stderr)
        return 2
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
