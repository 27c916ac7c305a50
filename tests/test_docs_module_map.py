"""docs/reader.md's "Where the code is" names every module of reader/, so a reader of the docs finds each rule."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _section() -> str:
    text = (ROOT / "docs" / "reader.md").read_text(encoding="utf-8")
    start = text.index("## Where the code is")
    return text[start:text.index("\n## ", start + 1)]


def test_every_reader_module_is_in_the_map_and_the_map_names_no_module_that_is_gone():
    named = set(re.findall(r"`([a-z_]+\.py)`", _section()))
    modules = {p.name for p in (ROOT / "reader").glob("*.py")} | {p.name for p in (ROOT / "reader" / "facts").glob("*.py")}
    assert modules - named == set(), "add these modules to docs/reader.md's 'Where the code is'"
    assert named - modules == set(), "these modules named in docs/reader.md are gone"
