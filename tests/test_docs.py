"""The documentation: a short README front page, a site that builds offline with warnings as errors, and links
that lead somewhere. (The worked examples run in tests/test_demo.py, on the demo's warehouse.)"""

from __future__ import annotations

import os
import re
import subprocess
import sys

from tests.docs_examples import ROOT, doc_files, sql_examples, tour_commands

_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def test_the_readme_is_a_short_front_page():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) < 250
    for must in ("python3 run.py demo", "python3 run.py test", "### A five-minute tour", "## Documentation"):
        assert must in readme


def test_the_readmes_links_lead_to_files_that_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    local = [t.split("#")[0] for t in _LINK.findall(readme) if not re.match(r"[a-z]+:", t) and not t.startswith("#")]
    assert len(local) >= 15
    missing = [t for t in local if not (ROOT / t).exists()]
    assert not missing


def test_the_site_builds_offline_with_warnings_as_errors(tmp_path):
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    pages = {p.relative_to(tmp_path / "site").as_posix() for p in (tmp_path / "site").rglob("index.html")}
    assert {"index.html", "reader/index.html", "real-replies/index.html", "architecture/index.html"} <= pages
    # every page in docs/ is in the site's navigation (mkdocs.yml), none left out
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert [p.name for p in (ROOT / "docs").glob("*.md") if p.name not in nav] == []


def test_a_broken_anchor_fails_the_build(tmp_path):
    # the strict build is what catches a section renamed under a link: show that it does
    site = tmp_path / "src"
    (site / "docs").mkdir(parents=True)
    (site / "docs" / "index.md").write_text("# Home\n\n[gone](other.md#no-such-section)\n", encoding="utf-8")
    (site / "docs" / "other.md").write_text("# Other\n\n## A section\n", encoding="utf-8")
    (site / "mkdocs.yml").write_text((ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:")[0],
                                     encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=site, capture_output=True,
                          text=True, timeout=300, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert proc.returncode != 0 and "no-such-section" in proc.stderr


def test_the_docs_examples_are_found():
    # the examples test (tests/test_demo.py) runs what this finds; finding nothing would make it pass emptily
    examples = [e for path in doc_files() for e in sql_examples(path)]
    assert len(examples) >= 20
    assert any(e.where.startswith("docs/comparing.md") for e in examples)
    assert len(tour_commands((ROOT / "README.md").read_text(encoding="utf-8"))) >= 8
