"""The worked examples in the README and docs/, as the tests run them (sqlite-utils' way: docs whose examples run).

- the README's five-minute tour: every line of its first ```bash block, run verbatim after a demo;
- every `foi sql "…"` in a shell block and every statement in a ```sql block of README.md and docs/*.md: run
  against the demo's warehouse, so a renamed view or column breaks a test, not a reader's first query.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```", re.S | re.M)


@dataclass(frozen=True)
class Example:
    where: str        # "docs/comparing.md:123"
    sql: str


def doc_files() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _blocks(text: str) -> list[tuple[str, str, int]]:
    return [(m.group(1), m.group(2), text.count("\n", 0, m.start(2)) + 1) for m in _FENCE.finditer(text)]


def tour_commands(readme: str) -> list[str]:
    """The lines of the first ```bash block after the 'A five-minute tour' heading."""
    at = readme.index("### A five-minute tour")
    lang, body, _ = _blocks(readme[at:])[0]
    assert lang == "bash", lang
    return [line for line in body.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _commands(body: str) -> list[tuple[list[str], int]]:
    """Shell commands in a block, each with its first line's offset; a quoted string may run over lines."""
    out, buf, first = [], "", 0
    for i, line in enumerate(body.splitlines()):
        line = re.sub(r"^\s*\$ ", "", line) if not buf else line
        if not buf and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if not buf:
            first = i
        buf = f"{buf}\n{line}" if buf else line
        try:
            argv = shlex.split(buf, comments=True)
        except ValueError:           # an open quote: the command goes on
            continue
        out.append((argv, first))
        buf = ""
    return out


def sql_examples(path: Path) -> list[Example]:
    text = path.read_text(encoding="utf-8")
    name = path.relative_to(ROOT).as_posix()
    found: list[Example] = []
    for lang, body, line in _blocks(text):
        if lang in {"sh", "bash", "console", "shell"}:
            for argv, offset in _commands(body):
                if argv[:2] != ["foi", "sql"]:
                    continue
                args = [a for a in argv[2:] if not a.startswith("-")]
                sql = next((a for a in args if re.match(r"\s*(?:SELECT|WITH|FROM|SHOW|DESCRIBE|SUMMARIZE|PRAGMA)\b",
                                                        a, re.I)), None)
                if sql and "…" not in sql:
                    found.append(Example(f"{name}:{line + offset}", sql))
        elif lang == "sql":
            stripped = re.sub(r"--[^\n]*", "", body)
            for stmt in stripped.split(";"):
                if stmt.strip() and "…" not in stmt:
                    found.append(Example(f"{name}:{line}", stmt.strip()))
    return found
