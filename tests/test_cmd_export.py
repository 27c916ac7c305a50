"""`foi sql`, `foi export` and `foi report` through the real click group."""

import json

import duckdb
import polars as pl
import pytest
from click.testing import CliRunner

from foi.cli import cli
from foi.cmd_export import NotReadOnly, check_read_only
from tests.analysis_fixtures import SURVEY, build_warehouse
from warehouse import db


@pytest.fixture
def warehouse(tmp_path):
    return build_warehouse(tmp_path / "foi.duckdb")


def run(*args, env=None):
    result = CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)
    return result


def count_answers(path) -> int:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute("SELECT count(*) FROM answers").fetchall()[0][0]


@pytest.mark.parametrize("query", [
    "DELETE FROM answers",
    "DROP TABLE answers",
    "UPDATE answers SET value = 0",
    "WITH x AS (SELECT 1) INSERT INTO answers SELECT * FROM answers",
    "COPY answers TO '/tmp/out.csv'",
    "ATTACH 'other.duckdb'",
    "SELECT 1; DELETE FROM answers",
    "PRAGMA enable_profiling",
    "CREATE TABLE t AS SELECT 1",
])
def test_sql_refuses_writes_without_write_flag(warehouse, query):
    before = count_answers(warehouse)
    result = run("sql", query, "--db", str(warehouse))
    assert result.exit_code != 0
    assert "only reads by default" in result.output and "--write" in result.output
    assert "Traceback" not in result.output
    assert count_answers(warehouse) == before


@pytest.mark.parametrize("query", [
    "SELECT 1", "select * from device_purchases", "WITH x AS (SELECT 1 AS a) SELECT a FROM x", "DESCRIBE answers",
    "SHOW TABLES", "SUMMARIZE answers", "EXPLAIN SELECT 1", "PRAGMA table_info('answers')", "FROM answers LIMIT 1",
])
def test_reading_statements_are_accepted(query):
    assert check_read_only(query)


def test_check_read_only_raises_for_writes():
    with pytest.raises(NotReadOnly, match="DELETE"):
        check_read_only("DELETE FROM answers")


def test_sql_table_csv_and_json_output(warehouse):
    query = ("SELECT authority_name, quantity FROM device_purchases "
             "WHERE device = 'laptops' AND period = '2020-21' ORDER BY quantity DESC")
    table = run("sql", query, "--db", str(warehouse))
    assert table.exit_code == 0 and "Kent" in table.output and "2400" in table.output
    csv = run("sql", query, "--db", str(warehouse), "--format", "csv")
    assert csv.output.splitlines()[:2] == ["authority_name,quantity", "Kent,2400.0"]
    js = run("sql", "SELECT request_id, exemptions, received_at FROM request_outcomes WHERE authority_key = 'GLG' "
                    "AND survey IS NOT NULL", "--db", str(warehouse), "--format", "json")
    rows = json.loads(js.output)
    assert rows[0]["exemptions"] == ["s12"] and rows[0]["received_at"].startswith("2021-09-06")


def test_sql_write_flag_allows_changes(warehouse):
    result = run("sql", "DELETE FROM answers WHERE authority_key = 'KEN'", "--db", str(warehouse), "--write")
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM answers WHERE authority_key = 'KEN'").fetchall()[0][0] == 0


def test_sql_errors_are_messages_not_tracebacks(warehouse, tmp_path):
    bad = run("sql", "SELEC 1", "--db", str(warehouse))
    assert bad.exit_code != 0 and "not valid SQL" in bad.output
    missing = run("sql", "SELECT * FROM nope", "--db", str(warehouse))
    assert missing.exit_code != 0 and "nope" in missing.output
    no_db = run("sql", "SELECT 1", "--db", str(tmp_path / "absent.duckdb"))
    assert no_db.exit_code != 0 and "foi demo" in no_db.output
    assert not (tmp_path / "absent.duckdb").exists()


def test_sql_uses_foi_duckdb_setting(warehouse):
    result = run("sql", "SELECT count(*) AS n FROM authorities WHERE source = 'whatdotheyknow'", "--format", "csv",
                 env={"FOI_DUCKDB": str(warehouse)})
    assert result.output.splitlines() == ["n", "9"]   # the fixture's nine councils (beside the register's)


def test_export_command(warehouse, tmp_path):
    out = tmp_path / "exports"
    result = run("export", "--db", str(warehouse), "--out", str(out), "--format", "csv,parquet")
    assert result.exit_code == 0, result.output
    assert (out / "licence_counts.csv").exists() and (out / "answers.parquet").exists()
    assert not (out / "foi-compare.xlsx").exists()
    licences = pl.read_parquet(out / "licence_counts.parquet")
    assert licences.filter(pl.col("authority_key") == "KEN")["accounts"].to_list() == [11000.0]
    bad = run("export", "--db", str(warehouse), "--format", "pdf")
    assert bad.exit_code != 0 and "choose from csv, xlsx, parquet" in bad.output


def test_export_defaults_next_to_the_warehouse(warehouse):
    result = run("export", "--db", str(warehouse), "--format", "xlsx")
    assert result.exit_code == 0, result.output
    assert (warehouse.parent / "exports" / "foi-compare.xlsx").exists()


def test_report_command(warehouse, tmp_path):
    out = tmp_path / "rep"
    result = run("report", "--db", str(warehouse), "--out", str(out), "--title", "Laptops in lockdown")
    assert result.exit_code == 0, result.output
    html = (out / "report.html").read_text()
    assert "Laptops in lockdown" in html and "York bought the most laptops per head" in html
    pngs = sorted((out / "charts").glob("*.png"))
    assert {"laptops_per_1000.png", "unit_costs.png", "refusal_rates.png", "exemptions.png"} <= {p.name for p in pngs}
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs)
    assert 'href="charts/laptops_per_1000.png"' in html
    unknown = run("report", "--db", str(warehouse), "--survey", "nope")
    assert unknown.exit_code != 0 and SURVEY in unknown.output


def test_report_defaults_to_the_report_beside_the_warehouse(warehouse):
    # `foi demo` and `foi run` write report.html beside the warehouse; `foi report` rewrites that one, not another
    result = run("report", "--db", str(warehouse))
    assert result.exit_code == 0, result.output
    assert (warehouse.parent / "report.html").exists() and not (warehouse.parent / "report").exists()
    assert f"Wrote {warehouse.parent / 'report.html'}" in result.output


def test_report_on_empty_warehouse_is_a_clear_error(tmp_path):
    db.connect(tmp_path / "e.duckdb").close()
    result = run("report", "--db", str(tmp_path / "e.duckdb"), "--out", str(tmp_path / "rep"))
    assert result.exit_code != 0
    assert "nothing has been crawled yet" in result.output and "Traceback" not in result.output


def test_help_has_examples():
    for command in ("sql", "export", "report"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Examples:" in result.output
    assert "device_purchases" in run("sql", "--help").output
