"""What every benchmark shares: the result record, machine info, progress lines, timers and the results file.

A result record (one measured figure) is a dict:
    name, unit, value, baseline {name, value} | None, ratio (value / baseline value) | None,
    target (a sentence) | None, met (bool, or None when there is no target or the part could not run),
    note, details, machine, date
and `benchmarks/results/<benchmark>.json` holds the records of one run of one benchmark.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = Path(__file__).resolve().parent / "results"
WORK_DIR = Path(__file__).resolve().parent / "work"   # git-ignored scratch space

_T0 = time.monotonic()

# Politeness off: the replay runs on 127.0.0.1 and exists to be hammered.
FAST_CRAWL = {
    "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "LOG_LEVEL": "WARNING", "DOWNLOAD_TIMEOUT": 30,
}


def progress(message: str) -> None:
    print(f"[bench {time.monotonic() - _T0:6.1f}s] {message}", file=sys.stderr, flush=True)


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
    }
    try:
        info["cpu_model"] = next(line.split(":", 1)[1].strip() for line in
                                 Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    try:
        pages, size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
        info["memory_gb"] = round(pages * size / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        pass
    try:
        info["load_average_at_start"] = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        pass
    return info


def today() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def record(name: str, unit: str, value: float | None, *, baseline: tuple[str, float | None] | None = None,
           target: str | None = None, met: bool | None = None, note: str | None = None,
           details: dict | None = None) -> dict[str, Any]:
    base = {"name": baseline[0], "value": _round(baseline[1])} if baseline else None
    ratio = None
    if baseline and value is not None and baseline[1]:
        ratio = _round(value / baseline[1])
    return {"name": name, "unit": unit, "value": _round(value), "baseline": base, "ratio": ratio,
            "target": target, "met": met, "note": note, "details": details or {}}


def unavailable(name: str, unit: str, target: str | None, why: str) -> dict[str, Any]:
    """A figure that could not be measured because a piece it needs is missing: met is None, and the note
    says what is missing."""
    progress(f"NOT MEASURED: {name}: {why}")
    return record(name, unit, None, target=target, met=None, note=f"not measured: {why}")


def _round(x: float | None) -> float | None:
    if x is None or isinstance(x, bool):
        return x
    if isinstance(x, int):
        return x
    if x == 0:
        return 0.0
    return float(f"{x:.4g}") if abs(x) < 1e4 else round(x, 1)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def timed_cpu(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """(wall seconds, CPU seconds of this process, all threads, result): on a shared machine the wall clock
    includes waiting for a core, the CPU time does not."""
    t, c = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - t, time.process_time() - c, out


def median_time(fn: Callable[[], Any], runs: int) -> tuple[float, list[float]]:
    times = [timed(fn)[0] for _ in range(runs)]
    return statistics.median(times), times


def write_results(benchmark: str, records: list[dict], *, quick: bool, settings: dict | None = None) -> Path:
    stamp, host = today(), machine()
    for r in records:
        r["machine"], r["date"] = host, stamp
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / f"{benchmark}{'.quick' if quick else ''}.json"
    doc = {"benchmark": benchmark, "date": stamp, "quick": quick, "machine": host, "settings": settings or {},
           "results": records}
    path.write_text(json.dumps(doc, indent=1, sort_keys=False, default=str) + "\n", encoding="utf-8")
    return path


def fmt(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1e4 else f"{value:,.0f}"
    return str(value)


def print_records(benchmark: str, records: list[dict]) -> None:
    print(f"\n== {benchmark} ==")
    for r in records:
        met = {True: "MET", False: "NOT MET", None: "n/a"}[r["met"]]
        line = f"  {r['name']}: {fmt(r['value'])} {r['unit']}"
        if r["baseline"]:
            line += f"  (baseline {r['baseline']['name']}: {fmt(r['baseline']['value'])}; ratio {fmt(r['ratio'])})"
        if r["target"]:
            line += f"  target {r['target']}: {met}"
        print(line)
        if r.get("note"):
            print(f"      note: {r['note']}")
    sys.stdout.flush()


def synthetic_corpus(councils: int, per_council: int) -> Path:
    """The replay corpus script's synthetic corpus (councils × requests each), built once into benchmarks/work/."""
    import subprocess

    out = work_dir("corpora") / f"synthetic-{councils}x{per_council}"
    if not (out / "site.json").exists():
        progress(f"building the synthetic corpus {councils} × {per_council}")
        subprocess.run([sys.executable, "-m", "dev.build_corpus", "--synthetic", "--councils", str(councils),
                        "--per-council", str(per_council), "--out", str(out)], cwd=str(ROOT), check=True,
                       stdout=subprocess.DEVNULL)
    return out


def work_dir(*parts: str) -> Path:
    path = WORK_DIR.joinpath(*parts)
    path.mkdir(parents=True, exist_ok=True)
    return path
