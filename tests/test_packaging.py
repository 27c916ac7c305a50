"""What ships: the wheel holds the toolkit, the replay and its built corpora, and none of the development tools;
the replay serves the shipped corpora without the generator that wrote them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# what pyproject.toml's [tool.setuptools.packages.find] include names ("replay*" → replay), said there only
SHIPPED = tuple(p.rstrip("*") for p in tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
                ["tool"]["setuptools"]["packages"]["find"]["include"])
NOT_SHIPPED = ("dev", "tests", "benchmarks", "notebooks", "data")
SKIP = (".venv", ".git", "build", "data", "benchmarks", "tests", "notebooks", ".pytest_cache", ".hypothesis",
        ".import_linter_cache", "site")


def _source_files(package: str) -> set[str]:
    return {p.relative_to(ROOT).as_posix() for p in (ROOT / package).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> list[str]:
    # Built from a copy: setuptools reuses an in-tree build/ folder, whose leftovers would reach the wheel.
    src = tmp_path_factory.mktemp("src") / "foi-compare"
    shutil.copytree(ROOT, src, ignore=lambda d, names: [
        n for n in names if n in SKIP and Path(d) == ROOT or n == "__pycache__" or n.endswith(".egg-info")])
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "--no-build-isolation",
                           "--no-index", "-q", "-w", str(out)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, (
        "the wheel did not build (the test extras install setuptools>=77, which it needs offline): "
        + proc.stderr[-2000:])
    [built] = out.glob("foi_compare-*.whl")
    with zipfile.ZipFile(built) as z:
        return z.namelist()


def test_the_wheel_holds_every_file_of_the_shipped_packages(wheel):
    names = set(wheel)
    for package in SHIPPED:
        missing = sorted(_source_files(package) - names)
        assert missing == [], f"{package}/ files missing from the wheel: {missing[:10]}"


def test_the_wheel_ships_the_demo_corpus_the_disclosure_logs_and_the_sql_layers(wheel):
    names = set(wheel)
    assert {"replay/corpus/site.json", "replay/corpus/truth.json", "replay/disclosure_corpus/logs.json",
            "replay/disclosure_corpus/truth.json"} <= names
    assert sum(n.startswith("replay/corpus/files/") for n in names) >= 20
    assert sum(n.startswith("replay/disclosure_corpus/files/") for n in names) >= 20
    sql = {n for n in names if n.startswith("warehouse/sql/") and n.endswith(".sql")}
    assert sql == {p for p in _source_files("warehouse") if p.startswith("warehouse/sql/") and p.endswith(".sql")}


def test_the_wheel_holds_nothing_outside_the_shipped_packages(wheel):
    tops = {n.split("/", 1)[0] for n in wheel}
    assert tops - set(SHIPPED) == {next(t for t in tops if t.endswith(".dist-info"))}
    assert not [n for n in wheel if n.split("/", 1)[0] in NOT_SHIPPED or "corpus_gen" in n]


def test_the_replay_serves_the_shipped_disclosure_logs_without_the_generator(tmp_path):
    # a fresh interpreter outside the checkout, with `dev` made unimportable, as an installed copy would be
    script = """
import sys, urllib.request
sys.modules["dev"] = None
from replay.server import ReplayServer
with ReplayServer() as srv:
    assert srv.disclosure_logs is not None, srv.mount_errors
    log = srv.disclosure_logs.logs["MAN"].log
    page = urllib.request.urlopen(srv.base_url + log.path).read()
    assert b"Disclosure log" in page, page[:200]
    for e in log.entries:
        for d in e.documents:
            body = urllib.request.urlopen(srv.base_url + d.path).read()
            assert body[:4] in (b"%PDF", b"PK\\x03\\x04"), (d.path, body[:20])
print("ok", len(srv.disclosure_logs.logs))
"""
    proc = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.split() == ["ok", "11"]
