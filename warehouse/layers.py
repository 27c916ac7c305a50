"""The SQL layers over the normalized tables, dbt style: staging → intermediate → marts, and the contract.

`foi extract` calls :func:`create` inside its rebuild transaction: it runs ``sql/staging.sql``,
``sql/intermediate.sql`` and ``sql/marts.sql`` (views only, in that order), then exposes each mart under its
public name (``device_purchases``, …) as a view of the mart, or as a table where ``sql/contract.toml`` says the
views benchmark showed it pays. The contract (columns, types, keys) is written once, in ``contract.toml``.

    python -m warehouse.layers docs    # print docs/architecture.md §5's table of the marts, from the contract
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache

import duckdb

from warehouse.db import sql_text

LAYERS = ("staging.sql", "intermediate.sql", "marts.sql")


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    meaning: str = ""


@dataclass(frozen=True)
class Mart:
    name: str                 # the public name analysts query
    model: str                # the view in marts.sql
    key: str                  # unique and never NULL in the model
    grain: str
    materialized: bool
    why: str
    columns: tuple[Column, ...]

    def exposure_sql(self) -> str:
        kind = "TABLE" if self.materialized else "VIEW"
        cols = ", ".join(f'"{c.name}"' for c in self.columns)
        # ordered by every column in turn (council first), so exports list rows the same way on every run
        return f'CREATE OR REPLACE {kind} "{self.name}" AS SELECT {cols} FROM "{self.model}" ORDER BY ALL'


@dataclass(frozen=True)
class Table:
    name: str
    key: str | None
    columns: tuple[str, ...]  # the columns analysis reads, in order (types: normalized.sql)


@lru_cache(maxsize=1)
def _contract() -> dict:
    return tomllib.loads(sql_text("contract.toml"))


@lru_cache(maxsize=1)
def marts() -> dict[str, Mart]:
    return {name: Mart(name=name, model=m["model"], key=m["key"], grain=m["grain"],
                       materialized=bool(m["materialized"]), why=m["why"],
                       columns=tuple(Column(*c) for c in m["columns"]))
            for name, m in _contract()["marts"].items()}


@lru_cache(maxsize=1)
def tables() -> dict[str, Table]:
    return {name: Table(name=name, key=t.get("key"), columns=tuple(t["columns"]))
            for name, t in _contract()["tables"].items()}


@lru_cache(maxsize=1)
def normalized_types() -> dict[str, dict[str, str]]:
    """{table: {column: DuckDB type}} of normalized.sql, read from a scratch in-memory database."""
    scratch = duckdb.connect()
    try:
        scratch.execute(sql_text("normalized.sql"))
        out: dict[str, dict[str, str]] = {}
        for table, column, dtype in scratch.execute(
                "SELECT table_name, column_name, data_type FROM information_schema.columns "
                "ORDER BY table_name, ordinal_position").fetchall():
            out.setdefault(table, {})[column] = dtype
        return out
    finally:
        scratch.close()


def table_types(name: str) -> list[Column]:
    """A contract table's columns with their normalized.sql types."""
    types = normalized_types()[name]
    return [Column(c, types[c]) for c in tables()[name].columns]


def views_sql() -> str:
    """Every layer and every public name as views (no tables): for a warehouse built by hand, e.g. a fixture."""
    return ";\n".join([*(sql_text(f) for f in LAYERS),
                       *(replace(m, materialized=False).exposure_sql() for m in marts().values())])


def create(con: duckdb.DuckDBPyConnection) -> None:
    """Create or replace the layers and the public names, in the caller's transaction."""
    public = list(marts())
    # A public name may change kind (table ↔ view) between versions, and older warehouses had a helper view
    # counted_answers (now int_answers__counted): drop whatever is there, as its own kind, first.
    for name, kind in con.execute(
        "SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'main' "
        "AND table_name IN (SELECT unnest(?::VARCHAR[]))", [public + ["counted_answers"]]
    ).fetchall():
        con.execute(f'DROP {"VIEW" if kind == "VIEW" else "TABLE"} "{name}"')
    for layer in LAYERS:
        con.execute(sql_text(layer))
    for mart in marts().values():
        con.execute(mart.exposure_sql())


def key_problems(con: duckdb.DuckDBPyConnection) -> list[str]:
    """dbt's unique and not_null tests on every mart's key (in its model) and every contract table's key: one
    line per broken key, empty when all hold."""
    checks = [(m.model, m.key) for m in marts().values()]
    checks += [(t.name, t.key) for t in tables().values() if t.key]
    problems = []
    for relation, key in checks:
        rows, nulls, distinct = con.execute(
            f'SELECT count(*), count(*) FILTER (WHERE "{key}" IS NULL), count(DISTINCT "{key}") FROM "{relation}"'
        ).fetchall()[0]
        if nulls:
            problems.append(f"{relation}.{key}: {nulls} of {rows} rows have no key")
        if distinct != rows - nulls:
            problems.append(f"{relation}.{key}: {rows - nulls - distinct} rows repeat another row's key")
    return problems


def docs_table() -> str:
    """The marts' contract as the Markdown docs/architecture.md §5 holds between its contract markers."""
    lines = []
    for m in marts().values():
        stored = "a table" if m.materialized else "a view"
        lines += [f"**`{m.name}`** — {m.grain}; key `{m.key}` (in `{m.model}`); {stored} ({m.why}).", "",
                  "| column | type | meaning |", "|---|---|---|"]
        lines += [f"| `{c.name}` | {c.type} | {c.meaning} |" for c in m.columns]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args != ["docs"]:
        print("usage: python -m warehouse.layers docs", file=sys.stderr)
        return 2
    sys.stdout.write(docs_table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
