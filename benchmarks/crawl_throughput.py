"""Crawl throughput: FOI requests stored per second, the spider against a plain sequential harvester.

Both harvest `tag=local_council` from the replay of a synthetic corpus (400 councils × 25 requests; 16 × 25
with --quick) on 127.0.0.1 with politeness off, one after the other in the same run, into fresh warehouses.
The replay runs in its own process, a fresh one for each harvester (its page cache starts cold for both); before
either clock starts it is asked for one body page, so that it has built its search index (its stand-in for
Xapian takes seconds on a big corpus, a cost the real site does not have). The spider's time is the wall clock
of `run_crawl` (Python and Scrapy start-up included); the baseline is `benchmarks/naive_harvester.py`
(requests + parsel, row-by-row INSERTs).

    python -m benchmarks.crawl_throughput [--quick]
"""

from __future__ import annotations

import os
import shutil
import sys
import time

from benchmarks.common import FAST_CRAWL, progress, record, synthetic_corpus, unavailable, work_dir
from benchmarks.crawl_cost import spider_ready

NAME = "crawl_throughput"
TARGET = 5.0
SETTINGS: dict = {}


def _fresh(path):
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path


def _children_cpu() -> float:
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def _delta(after, before):
    return None if after is None or before is None else round(after - before, 1)


def compare(corpus, label: str, latency_s: float = 0.0) -> dict:
    """Harvest `corpus` with the spider, then with the baseline, each against a fresh replay process; with
    `latency_s`, the replay waits that long before every answer (a stand-in for the network)."""
    from benchmarks.naive_harvester import harvest_tag
    from benchmarks.replay_process import replay_process
    from foi.cmd_crawl import run_crawl

    m: dict = {"label": label, "latency_s": latency_s}
    with replay_process(corpus) as srv:
        if latency_s:
            srv.set_fault(".", "slow", seconds=latency_s)
        spider_dir = _fresh(work_dir(NAME) / f"spider-{label}")
        settings = {**FAST_CRAWL, "WDTK_BASE_URL": srv.base_url, "FOI_DUCKDB": str(spider_dir / "foi.duckdb"),
                    "FOI_FILES_DIR": str(spider_dir / "files")}
        progress(f"{NAME}: [{label}] spider, tag=local_council")
        m["replay_warmup_s"] = srv.warm()
        server_cpu0, child_cpu0 = srv.cpu_seconds(), _children_cpu()
        t = time.perf_counter()
        summary = run_crawl("whatdotheyknow", {"tag": "local_council"}, settings, timeout=3600)
        m["spider_s"] = time.perf_counter() - t
        m["spider_cpu"], m["spider_server_cpu"] = _children_cpu() - child_cpu0, _delta(srv.cpu_seconds(), server_cpu0)
        m["spider_hits"] = srv.hits()["total"]
        if summary.get("status") != "finished":
            raise RuntimeError(f"the crawl ended {summary.get('status')}: {summary.get('error')}")
        m["summary"] = summary
        m["spider_n"] = summary.get("requests_stored") or 0
        progress(f"{NAME}: [{label}] spider stored {m['spider_n']} requests in {m['spider_s']:.1f} s; "
                 "now the sequential baseline")
    # A fresh replay for the baseline: the replay caches rendered pages, and a cache warmed by the first
    # harvester would make the second one's pages cheaper to serve.
    with replay_process(corpus) as srv:
        if latency_s:
            srv.set_fault(".", "slow", seconds=latency_s)
        naive_dir = _fresh(work_dir(NAME) / f"naive-{label}")
        m["replay_warmup_naive_s"] = srv.warm()
        server_cpu0, own_cpu0 = srv.cpu_seconds(), time.process_time()
        t = time.perf_counter()
        m["counts"] = harvest_tag(srv.base_url, "local_council", naive_dir / "foi.duckdb", naive_dir / "files",
                                  progress=lambda msg: progress(f"{NAME}: [{label}] {msg}"))
        m["naive_s"] = time.perf_counter() - t
        m["naive_cpu"], m["naive_server_cpu"] = time.process_time() - own_cpu0, _delta(srv.cpu_seconds(), server_cpu0)
        m["naive_hits"] = srv.hits()["total"]
        progress(f"{NAME}: [{label}] baseline stored {m['counts']['requests']} requests in {m['naive_s']:.1f} s")
    return m


def to_record(m: dict, name: str, what: str, target: str | None, met_target: float | None) -> dict:
    summary, counts = m["summary"], m["counts"]
    inside = None
    if summary.get("started_at") and summary.get("finished_at"):
        inside = (summary["finished_at"] - summary["started_at"]).total_seconds()
    spider_rate = m["spider_n"] / m["spider_s"] if m["spider_s"] else None
    naive_rate = counts["requests"] / m["naive_s"] if m["naive_s"] else None
    ratio = spider_rate / naive_rate if spider_rate and naive_rate else None
    note = (f"{what}; spider {m['spider_n']} requests ({summary.get('messages_stored')} messages, "
            f"{summary.get('attachments_stored')} attachments) in {m['spider_s']:.1f} s wall clock with "
            f"{m['spider_hits']} HTTP requests, start-up included; baseline {counts['requests']} requests "
            f"({counts['messages']} messages, {counts['attachments']} attachments) in {m['naive_s']:.1f} s with "
            f"{m['naive_hits']} HTTP requests")
    if m["spider_n"] != counts["requests"]:
        note += "; the two stored different numbers of requests"
        robots = (summary.get("failures_by_kind") or {}).get("robots")
        if robots:
            note += (f" (the spider obeys robots.txt and skipped {robots} page(s) it forbids — Alaveteli's `*/tor*` "
                     "rule also matches body pages such as /body/torbay_council; the baseline ignores robots.txt)")
    note += (f"; CPU: spider {m['spider_cpu']:.0f} s + replay {m['spider_server_cpu']} s, baseline "
             f"{m['naive_cpu']:.0f} s + replay {m['naive_server_cpu']} s")
    return record(
        name, "FOI requests stored / s", spider_rate,
        baseline=("requests + parsel, sequential, row-by-row INSERT", naive_rate), target=target,
        met=(ratio >= met_target) if ratio is not None and met_target else None, note=note,
        details={"simulated_latency_s": m["latency_s"], "spider_seconds": round(m["spider_s"], 2),
                 "spider_seconds_from_crawl_runs": None if inside is None else round(inside, 2),
                 "spider_rate_excluding_startup": round(m["spider_n"] / inside, 2) if inside else None,
                 "spider_requests": m["spider_n"], "spider_messages": summary.get("messages_stored"),
                 "spider_attachments": summary.get("attachments_stored"), "spider_http": m["spider_hits"],
                 "baseline_seconds": round(m["naive_s"], 2), "baseline_counts": counts,
                 "baseline_http": m["naive_hits"],
                 "replay_warmup_seconds": {"before_spider": round(m.get("replay_warmup_s") or 0, 2),
                                           "before_baseline": round(m.get("replay_warmup_naive_s") or 0, 2)},
                 "cpu_seconds": {"spider_process": round(m["spider_cpu"], 1),
                                 "replay_during_spider": m["spider_server_cpu"],
                                 "baseline_process": round(m["naive_cpu"], 1),
                                 "replay_during_baseline": m["naive_server_cpu"]},
                 "load_average_after": [round(x, 2) for x in os.getloadavg()],
                 "concurrency": {k: FAST_CRAWL[k] for k in ("CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN")}})


def run(quick: bool = False) -> list[dict]:
    target = f"≥ {TARGET:g}× the sequential requests-based harvester"
    why = spider_ready()
    try:
        import requests  # noqa: F401
    except ImportError:
        why = why or "the baseline needs `requests`: pip install 'requests>=2.31,<3' (the project's bench extra)"
    if why:
        return [unavailable("spider vs sequential harvester", "FOI requests stored / s", target, why)]
    councils = int(os.environ.get("FOI_BENCH_COUNCILS") or (16 if quick else 400))
    per_council = 25
    # The second comparison puts a fixed delay before every answer, as a network would: on 127.0.0.1 both
    # harvesters are bound by CPU, so only the first shows nothing of what concurrency buys on a real site.
    lat_councils, latency = (4, 0.025) if quick else (16, 0.05)
    SETTINGS.update(councils=councils, per_council=per_council, crawl_settings=FAST_CRAWL,
                    latency_comparison={"councils": lat_councils, "per_council": per_council, "latency_s": latency})
    main = compare(synthetic_corpus(councils, per_council), "local")
    records = [to_record(main, "spider vs sequential harvester (tag=local_council)",
                         f"{councils} councils × {per_council} requests, replay on 127.0.0.1, no added latency",
                         target, TARGET)]
    lat = compare(synthetic_corpus(lat_councils, per_council), f"latency{int(latency * 1000)}ms", latency)
    records.append(to_record(
        lat, f"spider vs sequential harvester with {latency * 1000:g} ms added per response (informative)",
        f"{lat_councils} councils × {per_council} requests, the replay waits {latency * 1000:g} ms before every "
        "answer (a stand-in for the network); no target: the target is set on 127.0.0.1", None, None))
    return records


if __name__ == "__main__":
    from benchmarks.__main__ import main

    raise SystemExit(main(["--only", NAME, *sys.argv[1:]]))
