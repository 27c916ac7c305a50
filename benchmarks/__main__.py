"""Run the benchmarks: `python -m benchmarks [--quick] [--only NAME[,NAME]]` (or `python3 run.py bench ...`).

Each benchmark prints its figures and writes them to benchmarks/results/<name>.json (<name>.quick.json for
--quick). Scratch files go to benchmarks/work/ (git-ignored). A part whose dependency is missing is reported
as "not measured" (met: null, with a note) instead of stopping the run.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
import traceback

from benchmarks.common import print_records, progress, record, write_results

# Order matters: crawl_cost keeps the demo's raw layer for rebuild; queries reuse rebuild's largest warehouse.
BENCHMARKS = ("crawl_cost", "crawl_throughput", "text_extraction", "warehouse_load", "rebuild", "queries", "lake")
# Benchmarks whose targets are rates or timings: at --quick sizes they run too briefly to measure one, so a quick run
# prints their figures but judges none of their targets. crawl_cost counts HTTP requests exactly and is judged.
RATE_BENCHMARKS = ("crawl_throughput", "text_extraction", "warehouse_load", "rebuild", "queries", "lake")


def unjudged(records: list[dict]) -> list[dict]:
    """The records of a quick run of a rate benchmark, with their targets left unjudged and saying why."""
    out = []
    for r in records:
        if r.get("target") and r.get("met") is not None:
            r = {**r, "met": None, "note": ((r.get("note") or "") + "; " if r.get("note") else "")
                 + "not judged at --quick sizes (too small to measure a rate); run without --quick"}
        out.append(r)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0],
                                 epilog="Benchmarks: " + ", ".join(BENCHMARKS))
    ap.add_argument("--quick", action="store_true", help="small sizes: about a minute on 2 cores")
    ap.add_argument("--only", help="comma-separated benchmark names to run (default: all)")
    ap.add_argument("--scales", help="rebuild: raw-layer multiples of the demo corpus, e.g. 10,100,1000 "
                                     "(default 1,2,5 with --quick, else 10,100,1000)")
    ap.add_argument("--councils", type=int, help="crawl_throughput: synthetic corpus councils "
                                                 "(default 400; 16 with --quick)")
    args = ap.parse_args(argv)
    names = BENCHMARKS if not args.only else tuple(n.strip() for n in args.only.split(",") if n.strip())
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        ap.error(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    if args.scales:
        os.environ["FOI_BENCH_SCALES"] = args.scales
    if args.councils:
        os.environ["FOI_BENCH_COUNCILS"] = str(args.councils)
    started = time.monotonic()
    failed = []
    for name in names:
        progress(f"--- {name}{' (quick)' if args.quick else ''}")
        module = importlib.import_module(f"benchmarks.{name}")
        try:
            records = module.run(quick=args.quick)
        except Exception as exc:  # one broken benchmark must not lose the others' figures
            traceback.print_exc()
            failed.append(name)
            records = [record(f"{name}: run failed", "", None, met=None,
                              note=f"the benchmark raised {type(exc).__name__}: {exc}"[:500])]
        if args.quick and name in RATE_BENCHMARKS:
            records = unjudged(records)
        path = write_results(name, records, quick=args.quick, settings=getattr(module, "SETTINGS", None))
        print_records(name, records)
        progress(f"{name}: wrote {path.relative_to(path.parent.parent.parent)}")
    progress(f"all done in {time.monotonic() - started:.0f} s" + (f"; FAILED: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
