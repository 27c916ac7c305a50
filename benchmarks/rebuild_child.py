"""Child process for the rebuild benchmark: `python -m benchmarks.rebuild_child WAREHOUSE.duckdb`.

Runs `warehouse.normalize.rebuild` once and prints one JSON line: wall and CPU seconds and this process's peak
resident memory (ru_maxrss), which is why it runs alone in its own process."""

from __future__ import annotations

import json
import resource
import sys
import time


def _vm_hwm_kb() -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return None


def main(argv: list[str]) -> int:
    import duckdb

    from warehouse.normalize import rebuild

    con = duckdb.connect(argv[0])
    t, c = time.perf_counter(), time.process_time()
    last = [0.0]

    def tick(stage: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] >= 30 or (done == total and stage == "writing"):
            last[0] = now
            print(f"[rebuild child {now - t:6.1f}s] {stage}: {done:,}/{total:,}", file=sys.stderr, flush=True)

    summary = rebuild(con, progress=tick)
    seconds, cpu = time.perf_counter() - t, time.process_time() - c
    con.close()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss   # kilobytes on Linux
    hwm_kb = _vm_hwm_kb()
    # Linux keeps ru_maxrss across execve, so a child of a big parent starts with the parent's high-water mark;
    # VmHWM belongs to this process's own address space, so it is the honest peak when available.
    print(json.dumps({"seconds": round(seconds, 3), "cpu_seconds": round(cpu, 3),
                      "maxrss_mb": round((hwm_kb or rss_kb) / 1024, 1), "ru_maxrss_mb": round(rss_kb / 1024, 1),
                      "vm_hwm_mb": None if hwm_kb is None else round(hwm_kb / 1024, 1), "summary": str(summary)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
