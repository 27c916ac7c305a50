"""Bad user input through the real `foi` commands: an unknown batch, body or tag, a malformed date, a broken
survey file, a write statement given to `foi sql`, an overrides sheet with the wrong columns or values. Each
must end with a clear message that says what to do, a non-zero exit status, no traceback, and the warehouse
exactly as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from foi.cli import cli
from replay.server import ReplayServer
from replay.site.tiny import build_tiny_corpus
from tests.crawl_helpers import rows
from tests.test_normalize_crash import fill_raw
from warehouse import db
from warehouse.normalize import rebuild

ROOT = Path(__file__).resolve().parents[1]


# --- a small warehouse with a normalized layer, copied fresh for each test -----------------------------------

@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bad-input") / "built.duckdb"
    con = db.connect(path)
    fill_raw(con, 0, 30)
    rebuild(con)
    con.close()
    return path


@pytest.fixture
def wh(built, tmp_path) -> Path:
    path = tmp_path / "foi.duckdb"
    shutil.copy(built, path)
    return path


def state(path: Path) -> str:
    """A digest of every table and view in the warehouse: equal digests mean nothing changed."""
    con = db.connect(path, read_only=True)
    try:
        digest = hashlib.sha256()
        names = con.execute("SELECT table_name FROM information_schema.tables ORDER BY table_name").fetchall()
        for (name,) in names:
            digest.update(name.encode())
            for row in con.execute(f'SELECT * FROM "{name}" ORDER BY ALL').fetchall():
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        con.close()


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"foi {' '.join(args)} raised {result.exception!r}:\n{result.output}")
    return result.exit_code, result.output


def refused(wh: Path, *args: str, says: list[str]) -> str:
    before = state(wh)
    code, output = run(*args)
    assert code != 0, output
    assert "Traceback" not in output
    for words in says:
        assert words in output, output
    assert state(wh) == before, "a refused command changed the warehouse"
    return output


# --- foi sql ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("statement", [
    "DELETE FROM requests",
    "DROP TABLE answers",
    "UPDATE answers SET value = 0",
    "INSERT INTO answer_overrides VALUES ('x', 1, 'n', 'f', now())",
    "CREATE TABLE junk AS SELECT 1",
    "SELECT 1; DELETE FROM requests",
    "COPY requests TO 'stolen.csv'",
    "ATTACH 'other.duckdb' AS other",
    "PRAGMA enable_checkpoint_on_shutdown",
])
def test_sql_refuses_writes_without_the_write_flag(wh, statement):
    refused(wh, "sql", statement, "--db", str(wh), says=["only reads by default", "--write"])


def test_sql_with_the_write_flag_does_write(wh):
    code, output = run("sql", "--write", "DELETE FROM answers WHERE 1 = 1", "--db", str(wh))
    assert code == 0, output
    assert rows(wh, "SELECT count(*) FROM answers") == [(0,)]


@pytest.mark.parametrize("query, says", [
    ("SELEC * FROM answers", "That is not valid SQL"),
    ("SELECT * FROM no_such_table", "no_such_table"),
    ("", "The query is empty"),
])
def test_sql_bad_queries(wh, query, says):
    refused(wh, "sql", query, "--db", str(wh), says=[says])


def test_sql_on_a_missing_warehouse(tmp_path):
    code, output = run("sql", "SELECT 1", "--db", str(tmp_path / "nope.duckdb"))
    assert code != 0 and "No warehouse at" in output and "foi demo" in output
    assert not (tmp_path / "nope.duckdb").exists()


# --- surveys -------------------------------------------------------------------------------------------------

GOOD_SURVEY = (ROOT / "reader" / "surveys" / "remote-working-2021.toml").read_text(encoding="utf-8")


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)


def _broken_surveys() -> list[tuple[str, str, list[str]]]:
    """(id, file text, words the message must hold); the line numbers are where the problem is."""
    unclosed = GOOD_SURVEY.replace('title = "Remote working', 'title = "Remote working\n', 1)
    bad_regex = GOOD_SURVEY.replace('"remote working software",', '"remote (working software",', 1)
    bad_law = GOOD_SURVEY.replace('law = "foi"', 'law = "gdpr"', 1)
    bad_name = GOOD_SURVEY.replace('name = "remote-working-2021"', 'name = "Remote Working!"', 1)
    no_questions = GOOD_SURVEY.split("[[questions]]")[0]
    bad_measure = GOOD_SURVEY.replace("[measures.count]", "[measures.weight_kg]\nlabel = 'kg'\n\n[measures.count]", 1)
    return [
        ("not-toml", unclosed, ["not valid TOML", f"line {_line_of(unclosed, 'title = ')}"]),
        ("bad-law", bad_law, [f"line {_line_of(bad_law, 'law = ')}", "law must be 'foi', 'foisa' or 'eir'", "gdpr"]),
        ("bad-name", bad_name, [f"line {_line_of(bad_name, 'name = ')}", "name must be lower-case"]),
        ("bad-measure", bad_measure, [f"line {_line_of(bad_measure, 'weight_kg')}", "unknown measure 'weight_kg'"]),
        ("bad-regex", bad_regex, [f"line {_line_of(bad_regex, 'remote (working')}", "remote (working software"]),
        ("empty", "", ["missing required key 'name'"]),
        ("no-questions", no_questions, ["missing required key 'questions'"]),
    ]


@pytest.mark.parametrize("name, text, says", _broken_surveys(), ids=[b[0] for b in _broken_surveys()])
def test_broken_survey_file_names_the_line_and_the_problem(wh, tmp_path, name, text, says):
    survey = tmp_path / f"{name}.toml"
    survey.write_text(text, encoding="utf-8")
    output = refused(wh, "extract", "-q", "--db", str(wh), "--survey", str(survey), says=[f"{name}.toml", *says])
    assert len(output.strip().splitlines()) <= 6, output   # a message, not a dump


def test_survey_file_that_is_not_utf8(wh, tmp_path):
    survey = tmp_path / "latin.toml"
    survey.write_bytes(GOOD_SURVEY.replace("Remote working", "Caf\u00e9 working").encode("latin-1"))
    refused(wh, "extract", "-q", "--db", str(wh), "--survey", str(survey), says=["latin.toml", "cannot be read"])


def test_unknown_survey_name(wh):
    refused(wh, "extract", "-q", "--db", str(wh), "--survey", "no-such-survey",
            says=["unknown survey 'no-such-survey'", "remote-working-2021"])


def test_parse_with_a_broken_survey(tmp_path):
    reply = tmp_path / "reply.txt"
    reply.write_text("We bought 12 laptops in 2019-20.", encoding="utf-8")
    survey = tmp_path / "broken.toml"
    survey.write_text(GOOD_SURVEY.replace('law = "foi"', 'law = "gdpr"', 1), encoding="utf-8")
    code, output = run("parse", str(reply), "--survey", str(survey))
    assert code != 0 and "broken.toml line" in output and "law must be" in output and "Traceback" not in output


# --- overrides -----------------------------------------------------------------------------------------------

def _answer_id(wh: Path) -> str:
    return rows(wh, "SELECT answer_id FROM answers ORDER BY answer_id LIMIT 1")[0][0]


@pytest.mark.parametrize("sheet, says", [
    ("id,value\n{aid},12\n", ["missing the column(s) answer_id, corrected_value", "found: 'id', 'value'"]),
    ("answer_id,note\n{aid},typo\n", ["missing the column(s) corrected_value"]),
    ("", ["missing the column(s)"]),
    ("answer_id,corrected_value\n{aid},twelve\n", ["row 2", "'twelve' is not a number"]),
    ("answer_id,corrected_value\n{aid},12\n,13\n", ["row 3", "answer_id is empty"]),
])
def test_overrides_with_wrong_columns_or_values_change_nothing(wh, tmp_path, sheet, says):
    path = tmp_path / "overrides.csv"
    path.write_text(sheet.format(aid=_answer_id(wh)), encoding="utf-8")
    refused(wh, "extract", "-q", "--db", str(wh), "--overrides", str(path), says=[*says, "Nothing was changed"])
    assert rows(wh, "SELECT count(*) FROM answer_overrides") == [(0,)]


@pytest.mark.parametrize("name, data, says", [
    ("overrides.xlsx", b"PK\x03\x04 this is not a workbook", "could not be read as an Excel workbook"),
    ("overrides.csv", "answer_id,corrected_value\nx,\u00a312\n".encode("cp1252"), "is not UTF-8 text"),
    ("overrides.json", b"{}", "must be a .csv or .xlsx file"),
])
def test_overrides_files_that_cannot_be_read(wh, tmp_path, name, data, says):
    path = tmp_path / name
    path.write_bytes(data)
    refused(wh, "extract", "-q", "--db", str(wh), "--overrides", str(path), says=[says])


def test_missing_overrides_file(wh, tmp_path):
    refused(wh, "extract", "-q", "--db", str(wh), "--overrides", str(tmp_path / "nope.csv"),
            says=["No overrides file at"])


# --- other commands --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("args, says", [
    (["review", "--out", "review.txt"], "--out must end in .xlsx or .csv"),
    (["review", "--threshold", "7"], "--threshold"),
    (["export", "--format", "csv,pdf"], "pdf"),
    (["report", "--survey", "no-such-survey"], "no-such-survey"),
])
def test_other_commands_refuse_bad_options(wh, tmp_path, args, says):
    extra = ["--out", str(tmp_path / "out")] if args[0] in ("export", "report") and "--out" not in args else []
    refused(wh, *args, "--db", str(wh), *extra, says=[says])


def test_extract_on_an_empty_warehouse(tmp_path):
    path = tmp_path / "empty.duckdb"
    db.connect(path).close()
    code, output = run("extract", "-q", "--db", str(path))
    assert code != 0 and "Traceback" not in output and "crawl" in output.lower()


# --- foi crawl: through the real command, against the replay -----------------------------------------------------

@pytest.fixture(scope="module")
def replay(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("bad-input-replay")
    build_tiny_corpus(corpus)
    server = ReplayServer(corpus).start()
    yield server
    server.stop()


def foi_crawl(replay, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "foi", "crawl", "whatdotheyknow", *args, "--base-url", replay.base_url,
           "--db", str(tmp_path / "crawl.duckdb"), "--files-dir", str(tmp_path / "files"),
           "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "LOG_LEVEL=ERROR"]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=90,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.mark.parametrize("args, says", [
    (["--batch", "999"], ["batch 999 was not found", "/info_request_batch/<id>"]),
    (["--body", "no_such_council"], ["no body 'no_such_council'", "check the url_name"]),
    (["--tag", "no_such_tag"], ["no bodies tagged 'no_such_tag'"]),
    (["--batch", "77", "--since", "2021-31-01"], ["since='2021-31-01' is not a date", "YYYY-MM-DD"]),
    (["--batch", "77", "--since", "yesterday"], ["is not a date", "YYYY-MM-DD"]),
    (["--batch", "77", "--limit", "-3"], ["limit must be a positive number"]),
    (["--batch", "abc"], ["'abc' is not a batch number or a batch page's address"]),
    (["--limit", "5"], ["Say what to crawl"]),
    (["--body", "leeds_city_council", "-s", "NOEQUALS"], ["write it as NAME=VALUE"]),
])
def test_crawl_bad_arguments(replay, tmp_path, args, says):
    out = foi_crawl(replay, tmp_path, *args)
    text = out.stdout + out.stderr
    assert out.returncode != 0, text
    assert "Traceback" not in text, text
    for words in says:
        assert words in text, text
    if (tmp_path / "crawl.duckdb").exists():   # nothing harvested; the failed run itself is on record
        assert rows(tmp_path / "crawl.duckdb", "SELECT count(*) FROM requests") == [(0,)]
        assert [s for (s,) in rows(tmp_path / "crawl.duckdb", "SELECT status FROM crawl_runs")] == ["failed"]
    assert not (tmp_path / "files").exists() or not any((tmp_path / "files").rglob("*"))


def test_crawl_refuses_a_bad_argument_before_harvesting_anything(replay, tmp_path):
    out = foi_crawl(replay, tmp_path, "--batch", "77", "--query", "laptops")
    assert out.returncode != 0 and "WDTK_ALLOW_SEARCH" in out.stdout + out.stderr
    assert rows(tmp_path / "crawl.duckdb", "SELECT count(*) FROM requests") == [(0,)]


# --- a --db that is not a warehouse ------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["sql", "SELECT 1"], ["extract", "-q"], ["authorities"], ["review"], ["export"], ["report"],
    ["crawl", "whatdotheyknow", "--batch", "77", "--base-url", "http://127.0.0.1:9"],
])
def test_a_db_that_is_not_a_duckdb_file_is_a_clear_error(tmp_path, args):
    notes = tmp_path / "notes.duckdb"
    notes.write_text("my notes, not a warehouse\n", encoding="utf-8")
    extra = ["--out", str(tmp_path / "out")] if args[0] in ("export", "report") else []
    result = CliRunner().invoke(cli, [*args, "--db", str(notes), *extra])
    assert result.exit_code != 0
    assert not (result.exception and not isinstance(result.exception, SystemExit)), repr(result.exception)
    out = result.output
    assert str(notes) in out and "not a" in out and ("DuckDB" in out or "warehouse" in out), out
    assert notes.read_text(encoding="utf-8") == "my notes, not a warehouse\n"


def test_sql_with_a_directory_as_db_is_a_clear_error(tmp_path):
    code, output = run("sql", "SELECT 1", "--db", str(tmp_path))
    assert code != 0 and "Traceback" not in output and "directory" in output
