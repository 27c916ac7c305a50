"""`foi extract` at scale: `warehouse.normalize.rebuild(con)` over k× the demo corpus's raw layer.

The raw layer is the demo corpus as the spider harvests it (`tag=local_council`; kept by the crawl_cost
benchmark, or crawled here). It is replicated k times with new ids (request, message, attachment and event
numbers shifted by k × 10,000,000; url_titles suffixed), so each copy is parsed afresh. Each rebuild runs in a
child process whose peak memory (ru_maxrss) is reported. Scales: 1,2,5 with --quick, 10,100,1000 otherwise
(1000× is about half a million requests and takes the best part of an hour on 2 shared cores; `--scales 10,100`
for a shorter run).

    python -m benchmarks.rebuild [--quick] [--scales 10,100]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.common import FAST_CRAWL, ROOT, progress, record, unavailable, work_dir

NAME = "rebuild"
SETTINGS: dict = {}
ID_SHIFT = 10_000_000


def normalize_ready() -> str | None:
    try:
        from warehouse.normalize import rebuild  # noqa: F401
    except ImportError as exc:
        return f"warehouse.normalize.rebuild is not importable ({exc})"
    try:
        from reader import load_survey, parse_reply  # noqa: F401
    except ImportError as exc:
        return f"reader (the reply parser) is not importable ({exc})"
    return None


def demo_raw_layer() -> Path:
    """The demo corpus's raw layer: kept by crawl_cost, else crawled now."""
    path = work_dir("demo_raw") / "demo_raw.duckdb"
    if path.exists():
        return path
    from benchmarks.crawl_cost import spider_ready

    why = spider_ready()
    if why:
        raise LookupError(f"no demo raw layer and the spider cannot make one: {why}")
    from foi.cmd_crawl import run_crawl
    from replay.server import ReplayServer

    progress(f"{NAME}: crawling the demo corpus (tag=local_council) for its raw layer")
    scratch = work_dir("demo_raw", "crawl")
    with ReplayServer() as srv:
        out = run_crawl("whatdotheyknow", {"tag": "local_council"},
                        {**FAST_CRAWL, "WDTK_BASE_URL": srv.base_url, "FOI_DUCKDB": str(scratch / "foi.duckdb"),
                         "FOI_FILES_DIR": str(scratch / "files")}, timeout=1800)
    if out.get("status") != "finished":
        raise LookupError(f"the demo crawl ended {out.get('status')}: {out.get('error')}")
    os.replace(scratch / "foi.duckdb", path)
    return path


def _shift(col: str, parts: int) -> str:
    """SQL for a key like 'wdtk:N' (parts=2, N is part 2) or 'wdtk:in:N' (parts=3) with N shifted by `off`."""
    if parts == 2:
        return f"CASE WHEN {col} LIKE 'wdtk:%' THEN 'wdtk:' || (split_part({col}, ':', 2)::BIGINT + off) ELSE {col} END"
    return (f"CASE WHEN {col} LIKE 'wdtk:%' THEN split_part({col}, ':', 1) || ':' || split_part({col}, ':', 2) "
            f"|| ':' || (split_part({col}, ':', 3)::BIGINT + off) ELSE {col} END")


def _attachment_key(col: str) -> str:   # 'wdtk:<incoming id>:<part>[/<member>]'
    return (f"CASE WHEN {col} LIKE 'wdtk:%' THEN 'wdtk:' || (split_part({col}, ':', 2)::BIGINT + off) || ':' "
            f"|| split_part({col}, ':', 3) ELSE {col} END")


def replicate(source: Path, k: int, target: Path) -> dict[str, int]:
    import duckdb

    from warehouse.db import connect

    for p in (target, Path(str(target) + ".wal")):
        if p.exists():
            p.unlink()
    con = connect(target)
    try:
        con.execute(f"ATTACH '{source}' AS src (READ_ONLY)")
        copies = f"(SELECT i, i * {ID_SHIFT} AS off FROM range({k}) t(i)) c"
        con.execute("BEGIN TRANSACTION")
        con.execute("INSERT INTO authorities BY NAME SELECT * FROM src.authorities")
        con.execute(f"""INSERT INTO requests BY NAME SELECT x.* REPLACE (
            {_shift('request_id', 2)} AS request_id,
            CASE WHEN source_request_id SIMILAR TO '[0-9]+' THEN (source_request_id::BIGINT + off)::VARCHAR
                 ELSE source_request_id END AS source_request_id,
            CASE WHEN i = 0 THEN url_title ELSE url_title || '-c' || i END AS url_title,
            last_event_id + off AS last_event_id) FROM src.requests x, {copies}""")
        con.execute(f"""INSERT INTO messages BY NAME SELECT x.* REPLACE (
            {_shift('message_id', 3)} AS message_id, {_shift('request_id', 2)} AS request_id,
            source_message_id + off AS source_message_id, event_id + off AS event_id) FROM src.messages x, {copies}""")
        con.execute(f"""INSERT INTO attachments BY NAME SELECT x.* REPLACE (
            {_attachment_key('attachment_id')} AS attachment_id, {_shift('message_id', 3)} AS message_id,
            {_shift('request_id', 2)} AS request_id, {_attachment_key('parent_attachment_id')} AS parent_attachment_id)
            FROM src.attachments x, {copies}""")
        con.execute("COMMIT")
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("requests", "messages", "attachments")}
        con.execute("DETACH src")
        return counts
    except duckdb.Error:
        con.execute("ROLLBACK")
        raise
    finally:
        con.close()


def scales(quick: bool) -> list[int]:
    given = os.environ.get("FOI_BENCH_SCALES")
    if given:
        return sorted({int(s) for s in given.split(",") if s.strip()})
    return [1, 2, 5] if quick else [10, 100, 1000]


def warehouse_path(k: int) -> Path:
    return work_dir(NAME) / f"scale-{k}.duckdb"


def rebuild_in_child(db: Path, timeout: float = 7200) -> dict:
    # stderr is inherited: the child's progress lines show while it runs
    proc = subprocess.run([sys.executable, "-m", "benchmarks.rebuild_child", str(db)], cwd=str(ROOT),
                          stdout=subprocess.PIPE, text=True, timeout=timeout)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"rebuild of {db.name} failed (exit {proc.returncode}); its error is printed above")
    return json.loads(lines[-1])


def _fit(xs: list[float], ys: list[float]) -> tuple[float, float, float | None]:
    """Least squares y = a + b·x: (a, b, R²); R² None with fewer than three points."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx if sxx else 0.0
    a = my - b * mx
    ss_tot = sum((y - my) ** 2 for y in ys)
    ss_res = sum((y - a - b * x) ** 2 for x, y in zip(xs, ys))
    return a, b, (1 - ss_res / ss_tot) if n >= 3 and ss_tot else None


def run(quick: bool = False) -> list[dict]:
    why = normalize_ready()
    if why:
        return [unavailable("foi extract (rebuild) time", "s per 1,000 requests", None, why)]
    try:
        source = demo_raw_layer()
    except LookupError as exc:
        return [unavailable("foi extract (rebuild) time", "s per 1,000 requests", None, str(exc))]
    ladder = scales(quick)
    SETTINGS.update(scales=ladder, id_shift=ID_SHIFT)
    points = []
    records = []
    for k in ladder:
        db = warehouse_path(k)
        progress(f"{NAME}: replicating the demo raw layer {k}×")
        counts = replicate(source, k, db)
        progress(f"{NAME}: rebuilding {counts['requests']:,} requests ({counts['messages']:,} messages) in a child")
        out = rebuild_in_child(db)
        points.append((k, counts, out))
        per_k = 1000 * out["seconds"] / counts["requests"]
        progress(f"{NAME}: {k}×: {out['seconds']:.1f} s, {per_k:.2f} s per 1,000 requests, "
                 f"peak {out['maxrss_mb']:.0f} MB")
        records.append(record(
            f"rebuild at {k}× the demo raw layer", "s", out["seconds"], target=None, met=None,
            note=(f"{counts['requests']:,} requests, {counts['messages']:,} messages, {counts['attachments']:,} "
                  f"attachments: {per_k:.3g} s per 1,000 requests, {out['cpu_seconds']:.1f} s CPU, "
                  f"peak memory {out['maxrss_mb']:.0f} MB (the child's VmHWM"
                  + (f"; its ru_maxrss, {out['ru_maxrss_mb']:.0f} MB, is the parent's high-water mark, which Linux "
                     "keeps across exec)" if (out.get("ru_maxrss_mb") or 0) > 1.05 * out["maxrss_mb"] else ")")),
            details={"scale": k, **counts, "seconds": out["seconds"], "cpu_seconds": out["cpu_seconds"],
                     "seconds_per_1000_requests": round(per_k, 4), "peak_memory_mb": out["maxrss_mb"],
                     "ru_maxrss_mb": out.get("ru_maxrss_mb"),
                     "summary": out.get("summary")}))
    if len(points) >= 2:
        xs = [c["requests"] / 1000 for _, c, _ in points]
        # Wall clock is what a user waits; CPU time is what the rebuild costs without the other work on a
        # shared machine. Both fits are reported.
        for label, key in (("wall clock", "seconds"), ("CPU time", "cpu_seconds")):
            ys = [o[key] for _, _, o in points]
            a, b, r2 = _fit(xs, ys)
            first, last = ys[0] / xs[0], ys[-1] / xs[-1]
            records.append(record(
                f"rebuild slope ({label})", "s per 1,000 requests", b, target=None, met=None,
                note=(f"least-squares fit of {label} over {len(points)} scales "
                      f"({', '.join(f'{k}×' for k, _, _ in points)}): {b:.3g} s per 1,000 requests + {a:.3g} s fixed"
                      + (f", R² {r2:.4f}" if r2 is not None else "")
                      + f"; per-request cost at the largest scale / at the smallest = {last / first:.3g} "
                      "(1.0 = perfectly linear)"),
                details={"intercept_s": round(a, 3), "r_squared": None if r2 is None else round(r2, 5),
                         "per_unit_cost_ratio_largest_vs_smallest": round(last / first, 4),
                         "points": [{"scale": k, "requests": c["requests"], key: o[key]} for k, c, o in points]}))
    return records


if __name__ == "__main__":
    from benchmarks.__main__ import main

    raise SystemExit(main(["--only", NAME, *sys.argv[1:]]))
