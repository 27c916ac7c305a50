"""`foi review --serve` page times: the queue page, a figure's page and a saved decision, over HTTP from a real
`foi review --serve`, on a copy of the rebuild benchmark's 100× warehouse (issue 15: a page in under 200 ms at
100× the demo).

    python -m benchmarks.review_pages [--quick] [--scale 100]

Needs the warehouse the rebuild benchmark builds (`python -m benchmarks --only rebuild`, scales 10,100,1000);
the copy is made under benchmarks/work/review_pages/ so the decisions never touch the original.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import time

from benchmarks.common import print_records, progress, record, unavailable, work_dir, write_results

NAME = "review_pages"
SETTINGS: dict = {}
TARGET_MS = 200.0


def _serve(path):
    process = subprocess.Popen(
        [sys.executable, "-m", "foi", "review", "--serve", "--db", str(path), "--port", "0", "--reviewer", "bench"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=path.parent)
    first = process.stdout.readline()
    found = re.search(r"http://127\.0\.0\.1:\d+/", first)
    if not found:
        process.kill()
        raise RuntimeError(f"foi review --serve did not start: {first}")
    return process, found.group(0)


def _cpu_ms(pid: int) -> float:
    """The server process's CPU time so far (user + system), from /proc: on a shared machine its wall-clock
    times include waiting for a core, its CPU time does not."""
    import os

    fields = open(f"/proc/{pid}/stat", encoding="ascii").read().rsplit(")", 1)[1].split()
    return 1000 * (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _load() -> float | None:
    import os

    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None


def _median(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered), ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def run(quick: bool = False, scale: int = 100) -> list[dict]:
    import httpx

    from benchmarks.rebuild import warehouse_path

    source = warehouse_path(scale)
    names = ["queue page", "figure page", "decision saved (POST and redirect)"]
    if not source.exists():
        why = f"no {source}: run `python -m benchmarks --only rebuild` (scales 10,100,1000) first"
        return [unavailable(f"{n}: median time at {scale}×", "ms", f"< {TARGET_MS:g} ms", why) for n in names]
    target = work_dir(NAME) / f"scale-{scale}.duckdb"
    shutil.copyfile(source, target)
    runs = 7 if quick else 31
    process, url = _serve(target)
    records = []
    try:
        with httpx.Client(base_url=url, timeout=60) as client:
            first = client.get("/")
            ids = list(dict.fromkeys(re.findall(r'href="/figure/([0-9a-f]+)', first.text)))
            total = re.search(r"(\d+) of (\d+) checked", first.text)
            SETTINGS.update(scale=scale, runs=runs, figures_in_queue=int(total.group(2)) if total else None)
            timings: dict[str, list[float]] = {n: [] for n in names}
            cpu: dict[str, float] = {n: 0.0 for n in names}

            def timed(name, call):
                c, t = _cpu_ms(process.pid), time.perf_counter()
                out = call()
                timings[name].append(1000 * (time.perf_counter() - t))
                cpu[name] += _cpu_ms(process.pid) - c
                return out

            # a reviewer's loop: the queue, a figure, a decision (which changes the warehouse: the next page
            # reads the queue again)
            for i in range(runs):
                assert timed("queue page", lambda: client.get("/")).status_code == 200
                aid = ids[i % len(ids)]
                page = timed("figure page", lambda: client.get(f"/figure/{aid}"))
                seen = re.search(r'name="seen" value="([^"]*)"', page.text).group(1)
                saved = timed("decision saved (POST and redirect)", lambda: client.post(
                    f"/figure/{aid}", data={"decision": "accept", "value": "1", "seen": seen}))
                assert saved.status_code == 303, saved.text[:300]
            load = _load()
            for n in names:
                med, p95 = _median(timings[n])
                per_page = cpu[n] / runs
                progress(f"{NAME}: {n}: median {med:.0f} ms, 95th percentile {p95:.0f} ms, "
                         f"server CPU {per_page:.0f} ms a page")
                records.append(record(
                    f"{n}: median time at {scale}×", "ms", med, target=f"< {TARGET_MS:g} ms (median of {runs})",
                    met=med < TARGET_MS,
                    note=(f"over HTTP from `foi review --serve` on a copy of the {scale}× warehouse "
                          f"({SETTINGS['figures_in_queue']} figures in the queue); 95th percentile {p95:.0f} ms; "
                          f"the server's CPU time {per_page:.0f} ms a page (mean); load average {load}"),
                    details={"runs_ms": [round(x, 1) for x in timings[n]], "p95_ms": round(p95, 1),
                             "server_cpu_ms_mean": round(per_page, 1), "load_average": load}))
    finally:
        process.terminate()
        process.wait(timeout=10)
    return records


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.review_pages", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--scale", type=int, default=100)
    args = ap.parse_args(argv)
    records = run(quick=args.quick, scale=args.scale)
    path = write_results(NAME, records, quick=args.quick, settings=SETTINGS)
    print_records(NAME, records)
    progress(f"{NAME}: wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
