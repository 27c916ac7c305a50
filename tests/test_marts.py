"""The SQL layers and the one column contract (warehouse/sql/contract.toml): the built marts have exactly the
contract's columns and types, every mart's key is unique and never NULL (on a small made-up warehouse and on the
demo's), the layers are views named for their layer, and the architecture doc's table is the contract's."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest

from tests.test_normalize import SURVEY, build_raw, fake_parse
from warehouse import db, layers
from warehouse.normalize import rebuild

ROOT = Path(__file__).resolve().parents[1]
SQL = ROOT / "warehouse" / "sql"


def columns(con, relation: str) -> list[tuple[str, str]]:
    return [tuple(r) for r in con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
        "ORDER BY ordinal_position", [relation]).fetchall()]


def add_answer(con, request: str, subject: str, period: str | None, authority: str, answer_id: str) -> None:
    db.upsert(con, "answers", [{
        "answer_id": answer_id, "authority_key": authority, "request_id": request, "survey": SURVEY["name"],
        "question": "1a", "subject": subject, "period": period, "period_start": date(2020, 4, 1) if period else None,
        "measure": "count", "value": 7.0, "status": "extracted", "extractor_version": "test", "conflict": False}])


@pytest.fixture
def made_up(tmp_path):
    con = db.connect(tmp_path / "w.duckdb")
    build_raw(con)
    rebuild(con, surveys=[SURVEY], parser=fake_parse)
    # figures with no period: a key built from the grain must still be there, and distinct
    add_answer(con, "wdtk:1", "laptops", None, "BNE", "extra-1")
    add_answer(con, "wdtk:1", "zoom", None, "BNE", "extra-2")
    yield con
    con.close()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo-marts") / "demo"
    proc = subprocess.run([sys.executable, "-m", "foi", "demo", "--out", str(out)], cwd=ROOT,
                          env={**os.environ, "PYTHONUNBUFFERED": "1"}, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    con = duckdb.connect(str(out / "foi.duckdb"), read_only=True)
    yield con
    con.close()


def assert_contract(con) -> None:
    for name, mart in layers.marts().items():
        public = [(c.name, c.type) for c in mart.columns]
        assert columns(con, name) == public, name
        model = columns(con, mart.model)
        expected = public if mart.key in dict(public) else [(mart.key, "VARCHAR"), *public]
        assert model == expected, mart.model
        assert con.execute(f'SELECT count(*) FROM "{name}"').fetchall()[0][0] > 0, f"{name} is empty: a vacuous test"
    for name in layers.tables():
        assert [c for c, _ in columns(con, name)][: len(layers.tables()[name].columns)] == \
            list(layers.tables()[name].columns)


def test_the_made_up_warehouse_has_the_contracts_columns_and_types(made_up):
    assert_contract(made_up)


def test_every_marts_key_is_unique_and_not_null_on_the_made_up_warehouse(made_up):
    assert layers.key_problems(made_up) == []
    periods = made_up.execute("SELECT period FROM fct_device_purchases WHERE request_id = 'wdtk:1'").fetchall()
    assert (None,) in periods and len(periods) > 1


def test_a_broken_key_is_reported(made_up):
    # the same request's figure for the same device and period twice, under two councils: two rows, one key
    add_answer(made_up, "wdtk:1", "laptops", "2019-20", "EDH", "clash")
    problems = layers.key_problems(made_up)
    assert problems == ["fct_device_purchases.device_purchase_id: 1 rows repeat another row's key"]


@pytest.mark.xdist_group("demo")
def test_the_demo_warehouse_has_the_contracts_columns_and_types(demo_db):
    assert_contract(demo_db)


@pytest.mark.xdist_group("demo")
def test_every_marts_key_is_unique_and_not_null_on_the_demo_warehouse(demo_db):
    assert layers.key_problems(demo_db) == []


@pytest.mark.xdist_group("demo")
def test_the_demo_marts_are_stored_as_the_contract_says(demo_db):
    kinds = dict(demo_db.execute("SELECT table_name, table_type FROM information_schema.tables").fetchall())
    for name, mart in layers.marts().items():
        assert kinds[name] == ("BASE TABLE" if mart.materialized else "VIEW"), name
        assert kinds[mart.model] == "VIEW"
        # stored or not, the public name holds exactly its model's rows
        cols = ", ".join(f'"{c.name}"' for c in mart.columns)
        assert demo_db.execute(f'SELECT {cols} FROM "{mart.model}" EXCEPT ALL SELECT {cols} FROM "{name}"').fetchall() \
            == []


# --- the layers themselves -------------------------------------------------------------------------------------

CREATED = re.compile(r"^CREATE\s+(?:OR\s+REPLACE\s+)?(\w+)\s+(\w+)", re.I | re.M)


@pytest.mark.parametrize("layer, prefix", [("staging.sql", "stg_"), ("intermediate.sql", "int_"),
                                           ("marts.sql", "fct_")])
def test_each_layer_creates_views_named_for_it_and_reads_only_the_layers_below(layer, prefix):
    text = (SQL / layer).read_text(encoding="utf-8")
    created = CREATED.findall(text)
    assert created and all(kind.upper() == "VIEW" for kind, _ in created), created
    assert all(name.startswith(prefix) for _, name in created), created
    above = {"stg_": ("int_", "fct_"), "int_": ("fct_",), "fct_": ()}[prefix]
    read = set(re.findall(r"\b(?:FROM|JOIN)\s+(\w+)", text, re.I))
    assert not [r for r in read if r.startswith(above)], read
    if prefix != "stg_":   # only staging reads the tables; the layers above read views
        tables = {"answers", "requests", "authorities", "request_outcomes", "survey_subjects", "refusals"}
        assert not read & tables, read & tables


def test_only_the_contracts_materialised_marts_are_tables_and_views_sql_creates_none(tmp_path):
    assert not (SQL / "views.sql").exists()
    con = duckdb.connect()
    con.execute(db.sql_text("raw.sql"))
    con.execute(db.sql_text("normalized.sql"))
    before = set(dict(con.execute("SELECT table_name, table_type FROM information_schema.tables").fetchall()))
    con.execute(layers.views_sql())
    after = dict(con.execute("SELECT table_name, table_type FROM information_schema.tables").fetchall())
    assert {k for k in after if k not in before} and {after[k] for k in after if k not in before} == {"VIEW"}


def test_the_architecture_doc_shows_the_contract():
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- contract:start -->\n(.*?)<!-- contract:end -->", doc, re.S)
    assert found, "docs/architecture.md §5 lacks the <!-- contract:start --> ... <!-- contract:end --> block"
    assert found.group(1) == layers.docs_table(), (
        "docs/architecture.md's table of the marts is not the contract's: paste the output of "
        "`python -m warehouse.layers docs` between its contract markers")
