"""Write the table of latest figures into benchmarks/README.md from benchmarks/results/*.json.

    python -m benchmarks.report            # full-run results (falls back to a --quick run's where there is none)
    python -m benchmarks.report --print    # print the table instead of editing the README
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from benchmarks.common import RESULTS_DIR, fmt

README = Path(__file__).resolve().parent / "README.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"
ORDER = ("crawl_cost", "crawl_throughput", "text_extraction", "warehouse_load", "rebuild", "queries")


def load() -> list[dict]:
    docs = []
    for name in ORDER:
        for candidate in (RESULTS_DIR / f"{name}.json", RESULTS_DIR / f"{name}.quick.json"):
            if candidate.exists():
                docs.append(json.loads(candidate.read_text(encoding="utf-8")))
                break
    return docs


def _cell(text) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def table(docs: list[dict]) -> str:
    if not docs:
        return "_No results yet: run `python -m benchmarks`._"
    lines = []
    m = docs[0]["machine"]
    dates = sorted({d["date"][:16].replace("T", " ") for d in docs})
    lines.append(f"Measured {dates[0]}–{dates[-1]} UTC on {m.get('cpu_count')} CPUs "
                 f"({m.get('cpu_model') or m.get('processor')}), {m.get('memory_gb', '?')} GB RAM, "
                 f"Python {m.get('python')}, {m.get('platform')}; load average at start "
                 f"{', '.join(str(x) for x in m.get('load_average_at_start', []))} (a machine shared with other work, "
                 "so wall-clock figures are pessimistic).")
    quick = [d["benchmark"] for d in docs if d.get("quick")]
    if quick:
        lines.append(f"\nFrom a `--quick` run: {', '.join(quick)}.")
    lines.append("\n| benchmark | figure | value | baseline | ratio | target | met |")
    lines.append("|---|---|---|---|---|---|---|")
    for d in docs:
        for r in d["results"]:
            base = f"{_cell(r['baseline']['name'])}: {fmt(r['baseline']['value'])}" if r.get("baseline") else ""
            met = {True: "yes", False: "**no**", None: "—"}[r.get("met")]
            value = "not measured" if r.get("value") is None else f"{fmt(r['value'])} {r['unit']}"
            lines.append(f"| {d['benchmark']} | {_cell(r['name'])} | {_cell(value)} | {base} | "
                         f"{fmt(r.get('ratio')) if r.get('ratio') is not None else ''} | {_cell(r.get('target') or '')} "
                         f"| {met} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.report", description=__doc__.split("\n\n")[0])
    ap.add_argument("--print", action="store_true", help="print the table instead of writing the README")
    args = ap.parse_args(argv)
    text = table(load())
    if args.print:
        print(text)
        return 0
    readme = README.read_text(encoding="utf-8")
    if START not in readme or END not in readme:
        print(f"{README} has no {START} … {END} markers", file=sys.stderr)
        return 1
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    README.write_text(f"{head}{START}\n{text}\n{END}{tail}", encoding="utf-8")
    print(f"updated {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
