"""Score the extraction on the demo corpus against its ground truth (GitHub issue 4).

    python -m benchmarks.score_extraction                       # builds the demo warehouse itself (~30 s)
    python -m benchmarks.score_extraction --db data/demo/foi.duckdb --misses 50
    python -m benchmarks.score_extraction --db data/demo/foi.duckdb --json /tmp/score.json --check

Prints precision, recall and F1 per field (fact values, outcomes, exemptions, NCND, public-interest test),
per measure and subject, the issue's targets and whether they are met, and the first N misses in readable
form; writes the same figures as JSON (default benchmarks/results/extraction_score.json). The scoring rules
are in benchmarks/scoring.py and README.md ("How good is the extraction?"). `--check` exits 1 when a target is not met.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from benchmarks import scoring
from benchmarks.scoring import Fact, RequestResult

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TRUTH = ROOT / "replay" / "corpus" / "truth.json"
DEFAULT_JSON = ROOT / "benchmarks" / "results" / "extraction_score.json"
SCOPES = ("crawled", "batch", "all")


class ScoreError(Exception):
    """A problem the user can fix (no such file, not a warehouse, ...); the message says what to do."""


# ---------------------------------------------------------------------------------------------- inputs


def load_truth(path: Path) -> dict:
    try:
        truth = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ScoreError(f"No truth file at {path}. Pass --truth PATH (the demo's is replay/corpus/truth.json).")
    except ValueError as exc:
        raise ScoreError(f"{path} is not JSON: {exc}")
    return truth


def _iso(d) -> str | None:
    return d.isoformat() if d is not None else None


def load_warehouse(db_file: Path, survey: str, truth_questions: dict[str, list[str]]) -> dict:
    """Read what the extraction produced: facts (current and superseded rows), request results, names."""
    import duckdb

    if not Path(db_file).is_file():
        raise ScoreError(f"No warehouse at {db_file}. Run `foi demo` first, or leave out --db to build one.")
    try:
        con = duckdb.connect(str(db_file), read_only=True)
    except duckdb.Error as exc:
        raise ScoreError(f"Cannot open {db_file} as a DuckDB warehouse: {exc}")
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        needed = {"requests", "answers", "request_outcomes", "refusals"}
        if needed - tables:
            raise ScoreError(f"{db_file} has no {', '.join(sorted(needed - tables))} table: run `foi extract "
                             f"--db {db_file}` (or `foi demo`) so the normalized layer exists.")
        # Warehouse request ids → truth's form ('wdtk:<WDTK id>'), from how the crawler keyed them.
        to_truth = {}
        for rid, source, source_id in con.execute(
                "SELECT request_id, source, source_request_id FROM requests").fetchall():
            if source == "whatdotheyknow" and source_id and str(source_id).isdigit():
                to_truth[rid] = scoring.wdtk_request_id(source_id)
            else:
                to_truth[rid] = rid
        names = {}
        if "authorities" in tables:
            names = dict(con.execute(
                "SELECT r.request_id, a.name FROM requests r JOIN authorities a USING (authority_key)").fetchall())
        names = {to_truth.get(k, k): v for k, v in names.items()}

        facts = []
        for row in con.execute(
            """SELECT a.request_id, a.subject, a.measure, a.value, a.period_start, a.period_end, a.approx,
                      a.period, a.question, a.quote, a.status, a.attachment_id, t.filename
               FROM answers a LEFT JOIN attachments t USING (attachment_id)
               WHERE a.survey = ?""", [survey]).fetchall():
            (rid, subject, measure, value, ps, pe, approx, period, question, quote, status, att, fname) = row
            facts.append(Fact(
                request_id=to_truth.get(rid, rid), subject=subject, measure=measure, value=value,
                period_start=_iso(ps), period_end=_iso(pe), approx=bool(approx), period=period,
                question=question, quote=quote, source=(fname or att) if att else "message",
                superseded=status == "superseded"))

        refusals: dict[str, set] = {}
        for rid, question, exemption in con.execute(
                "SELECT request_id, question, exemption FROM refusals").fetchall():
            rid = to_truth.get(rid, rid)
            # A refusal naming no question refuses the whole request: every question the truth lists.
            questions = [question] if question else (truth_questions.get(rid) or [None])
            refusals.setdefault(rid, set()).update((q, exemption) for q in questions)

        results = {}
        for rid, outcome, exemptions, ncnd, pit in con.execute(
                "SELECT request_id, outcome, exemptions, ncnd, public_interest_test FROM request_outcomes"
        ).fetchall():
            rid = to_truth.get(rid, rid)
            results[rid] = RequestResult(rid, outcome, frozenset(exemptions or ()), bool(ncnd), bool(pit),
                                         frozenset(refusals.get(rid, ())))
        version = None
        if "extract_runs" in tables:
            row = con.execute("SELECT extractor_version FROM extract_runs ORDER BY finished_at DESC LIMIT 1"
                              ).fetchone()
            version = row[0] if row else None
        return {"facts": facts, "results": results, "names": names, "crawled": set(to_truth.values()),
                "extractor_version": version}
    except duckdb.Error as exc:
        raise ScoreError(f"Cannot read {db_file}: {exc}")
    finally:
        con.close()


def build_demo(work_dir: Path, echo=lambda s: print(s, file=sys.stderr)) -> Path:
    """Run the demo pipeline (replay → crawl → extract → report) into work_dir; return the warehouse file."""
    from foi.pipeline import demo_batch_id, local_settings, run_pipeline
    from replay.server import ReplayServer

    server = ReplayServer(host="127.0.0.1", port=0).start()
    try:
        try:
            result = run_pipeline(out_dir=work_dir, crawl_args={"batch": demo_batch_id(None)},
                                  settings=local_settings(server.base_url), disclosure_args=None, echo=echo)
            for problem in result.problems:
                echo(f"note: {problem}")
        except Exception as exc:  # noqa: BLE001 - a failing report step must not hide the extraction's score
            db_file = Path(work_dir) / "foi.duckdb"
            if not db_file.exists():
                raise ScoreError(f"The demo pipeline failed before it wrote a warehouse: {exc!r}") from exc
            echo(f"warning: the demo pipeline raised after extraction ({exc!r}); scoring what it wrote")
    finally:
        server.stop()
    return Path(work_dir) / "foi.duckdb"


# ---------------------------------------------------------------------------------------------- scoring


def score(db_file: Path, truth_path: Path = DEFAULT_TRUTH, *, include_needs_ocr: bool = False,
          scope: str = "crawled") -> dict:
    """Score one warehouse against one truth file; returns the JSON-able result (see --json)."""
    if scope not in SCOPES:
        raise ScoreError(f"--scope must be one of {', '.join(SCOPES)}")
    truth = load_truth(truth_path)
    try:
        truth_requests, truth_facts, rows = scoring.truth_records(truth)
    except ValueError as exc:
        raise ScoreError(f"{truth_path}: {exc}")
    survey = truth.get("survey")
    questions = {rid: [q.get("question") for q in row.get("questions") or ()] for rid, row in rows.items()}
    wh = load_warehouse(db_file, survey, questions)

    in_batch = {rid for rid, row in rows.items() if row.get("in_batch")}
    if scope == "batch":
        scored_ids = in_batch
    elif scope == "all":
        scored_ids = set(rows)
    else:
        scored_ids = in_batch | (wh["crawled"] & set(rows))
    not_crawled = sorted(set(rows) - wh["crawled"] - scored_ids)
    unknown_facts = [f for f in wh["facts"] if f.request_id not in rows and not f.superseded]

    facts = scoring.score_facts(truth_facts, wh["facts"], include_needs_ocr=include_needs_ocr,
                                request_ids=scored_ids)
    lenient = scoring.score_facts(truth_facts, wh["facts"], include_needs_ocr=include_needs_ocr,
                                  request_ids=scored_ids, partial_periods=True)
    requests = scoring.score_requests([r for r in truth_requests if r.request_id in scored_ids], wh["results"])
    targets = scoring.check_targets(facts, requests)

    def name(rid):
        row = rows.get(rid) or {}
        return wh["names"].get(rid) or row.get("local_authority_code") or "?"

    return {
        "generated_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "db": str(db_file), "truth": str(truth_path), "survey": survey, "scope": scope,
        "include_needs_ocr": include_needs_ocr, "extractor_version": wh["extractor_version"],
        "requests_scored": len(scored_ids), "requests_in_batch": len(in_batch),
        "requests_not_crawled": len(not_crawled),
        "requests_missing_from_warehouse": sorted(scored_ids - wh["crawled"]),
        "facts_outside_truth": len(unknown_facts),
        "targets": targets, "all_targets_met": all(t["met"] for t in targets.values()),
        "facts": facts.to_dict(),
        "facts_partial_periods_lenient": lenient.overall,
        "requests": requests.to_dict(),
        "names": {rid: name(rid) for rid in sorted(scored_ids)},
        "miss_patterns": miss_patterns(facts.misses, {rid: name(rid) for rid in rows}),
    }


def build_and_score(work_dir: Path | None = None, truth_path: Path = DEFAULT_TRUTH, **kw) -> dict:
    """Build the demo warehouse (in work_dir, or a temporary directory removed afterwards) and score it."""
    if work_dir is not None:
        return score(build_demo(Path(work_dir)), truth_path, **kw)
    with tempfile.TemporaryDirectory(prefix="foi-score-") as tmp:
        result = score(build_demo(Path(tmp)), truth_path, **kw)
        result["db"] = "(built in a temporary directory, removed)"
        return result


def miss_patterns(misses, names: dict | None = None) -> list[dict]:
    """Fact misses grouped by what they have in common, biggest group first, so fixes can be planned.

    Each group: {kind, what, n, sources: {"pdf": n, ...}, examples: ["Council: quote", ...]}."""
    names = names or {}
    missing_per_doc = Counter((m.request_id, m.expected.source) for m in misses if m.kind == "missing")
    groups: dict[tuple[str, str], dict] = {}
    for m in misses:
        e, p = m.expected, m.found
        f = e or p
        if m.kind == "wrong_period":
            if e.period_start is None:
                what = "figure the truth gives no period (once-given cost, software answer) stored with a period"
            elif p.period_start is None:
                what = f"period {e.period!r} not read: figure stored with no period"
            else:
                what = f"period {e.period!r} ({e.period_start}..{e.period_end}) read as {p.period!r} " \
                       f"({p.period_start}..{p.period_end})"
        elif m.kind == "missing" and missing_per_doc[(m.request_id, e.source)] >= 5:
            what = f"{missing_per_doc[(m.request_id, e.source)]} figures missing from the same document"
        elif m.kind in ("missing", "extra"):
            what = f"{f.subject} {f.measure}" + (" with no period" if f.period_start is None else " for a period")
        elif m.kind == "marked_superseded":
            what = ("extracted, then set aside as superseded" + (
                "" if p.key == e.key else f" (it was read under period {_period_text(p)!r}, truth "
                                          f"{_period_text(e)!r})"))
        elif m.kind == "wrong_value":
            ratio = f", found/expected {p.value / e.value:.3f}" if e.value and p.value is not None else ""
            what = f"{f.measure}{ratio}"
        else:
            what = f"{f.subject} {f.measure}"
        g = groups.setdefault((m.kind, what), {"kind": m.kind, "what": what, "n": 0, "sources": Counter(),
                                               "examples": []})
        g["n"] += 1
        g["sources"][_source_kind(f.source)] += 1
        if len(g["examples"]) < 3:
            quote = " ".join(str(p.quote).split())[:90] if p is not None and p.quote else ""
            g["examples"].append(f"{names.get(m.request_id, m.request_id)}"
                                 + (f" [{f.source}]" if f.source else "") + (f': "{quote}"' if quote else ""))
    out = sorted(groups.values(), key=lambda g: (-g["n"], g["kind"], g["what"]))
    for g in out:
        g["sources"] = dict(g["sources"].most_common())
    return out


def _source_kind(source: str | None) -> str:
    if not source or source == "message":
        return "message"
    tail = source.rsplit("!", 1)[-1]
    ext = tail.rsplit(".", 1)[-1].lower() if "." in tail else "?"
    return f"{'zip>' if '!' in source else ''}{ext}"


def _period_text(f: dict | Fact) -> str:
    get = f.get if isinstance(f, dict) else lambda k: getattr(f, k)
    if get("period") is None and get("period_start") is None:
        return "(none)"
    return get("period") or f"{get('period_start')}..{get('period_end')}"


# ---------------------------------------------------------------------------------------------- printing


def _pct(x: float) -> str:
    return f"{x:6.3f}"


def format_report(result: dict, misses: int = 20) -> str:
    f, r, names = result["facts"], result["requests"], result["names"]
    out = []
    add = out.append
    add(f"Extraction score — survey {result['survey']}, extractor {result['extractor_version'] or '?'}")
    add(f"warehouse {result['db']}")
    add(f"truth     {result['truth']}")
    add(f"scope {result['scope']}: {result['requests_scored']} requests scored "
        f"({result['requests_in_batch']} in the batch); {result['requests_not_crawled']} truth requests outside "
        f"the crawl not scored")
    absent = result["requests_missing_from_warehouse"]
    if absent:
        more = f" and {len(absent) - 10} more" if len(absent) > 10 else ""
        add(f"  {len(absent)} not in the warehouse (scored as missing): {', '.join(absent[:10])}{more}")
    add("")
    add(f"{'field':<26}{'precision':>10}{'recall':>8}{'F1':>8}{'tp':>6}{'fp':>5}{'fn':>5}   accuracy")
    rows = [("fact values", f["overall"], None),
            ("exemptions (per request)", r["exemptions"], None),
            ("exemptions (per question)", r["question_exemptions"], None),
            ("NCND", r["ncnd"], r["ncnd"]),
            ("public-interest test", r["public_interest_test"], r["public_interest_test"]),
            ("approx flag (on matches)", f["approx"], f["approx"])]
    for label, m, acc in rows:
        accuracy = f"{acc['accuracy']:.3f} ({acc.get('correct', acc.get('matched', 0) - acc.get('mismatched', 0))}" \
                   f"/{acc.get('total', acc.get('matched'))})" if acc else ""
        add(f"{label:<26}{_pct(m['precision']):>10}{_pct(m['recall']):>8}{_pct(m['f1']):>8}"
            f"{m['tp']:>6}{m['fp']:>5}{m['fn']:>5}   {accuracy}")
    o = r["outcome"]
    add(f"{'outcome':<26}{'':>10}{'':>8}{'':>8}{'':>6}{'':>5}{'':>5}   {o['accuracy']:.3f} "
        f"({o['correct']}/{o['total']})")
    add("")
    add("targets (issue 4):")
    labels = {"facts_f1": "facts F1", "outcome_accuracy": "outcome accuracy", "exemptions_f1": "exemptions F1"}
    for key, t in result["targets"].items():
        add(f"  {labels.get(key, key):<18} {t['value']:.3f}  target ≥ {t['target']:.2f}  "
            f"{'MET' if t['met'] else 'NOT MET'}")
    add("")
    for title, table in (("facts by measure", f["by_measure"]), ("facts by subject", f["by_subject"]),
                         ("facts by subject/measure", f["by_subject_measure"])):
        add(f"{title:<34}{'precision':>10}{'recall':>8}{'F1':>8}{'tp':>6}{'fp':>5}{'fn':>5}")
        for name, m in table.items():
            add(f"  {name:<32}{_pct(m['precision']):>10}{_pct(m['recall']):>8}{_pct(m['f1']):>8}"
                f"{m['tp']:>6}{m['fp']:>5}{m['fn']:>5}")
        add("")
    add("outcomes, truth → what the warehouse says:")
    for eo, row in r["confusion"].items():
        found = ", ".join(f"{'✓ ' if c == eo else ''}{c} {n}" for c, n in sorted(row.items(), key=lambda x: -x[1]))
        add(f"  {eo:<22}{sum(row.values()):>4}  → {found}")
    add("")
    lenient = result["facts_partial_periods_lenient"]
    add(f"facts F1 if partial periods matched on their start (\"2021 (to date)\" read as all of 2021): "
        f"{lenient['f1']:.3f} (strict {f['overall']['f1']:.3f})")
    add(f"needs OCR: {f['needs_ocr_excluded']} facts not scored ({f['needs_ocr_found']} found anyway)"
        + ("" if result["include_needs_ocr"] else "; --include-needs-ocr scores them"))
    add(f"superseded: {f['superseded_expected']} truth figures an internal review corrected, "
        f"{f['superseded_found']} of them found marked superseded; {f['superseded_predicted_ignored']} warehouse "
        f"rows marked superseded (not predictions)")
    if result["facts_outside_truth"]:
        add(f"facts in requests the truth does not know: {result['facts_outside_truth']} (not scored)")
    add("fact miss kinds: " + (", ".join(f"{k} {n}" for k, n in f["miss_kinds"].items()) or "none"))
    if result["miss_patterns"]:
        add("")
        add("most common fact miss patterns:")
        for p in result["miss_patterns"][:15]:
            sources = ", ".join(f"{k} {n}" for k, n in p["sources"].items())
            add(f"  {p['n']:>4}  {p['kind']:<13} {p['what']}  (in: {sources})")
            for example in p["examples"][:2]:
                add(f"          e.g. {example}")
    add("")
    shown = f["misses"][:misses]
    add(f"first {len(shown)} of {len(f['misses'])} fact misses:")
    for m in shown:
        add("  " + format_miss(m, names))
    req_misses = r["misses"][:misses]
    add("")
    add(f"first {len(req_misses)} of {len(r['misses'])} request misses:")
    for m in req_misses:
        parts = []
        for field in ("outcome", "exemptions", "ncnd", "public_interest_test", "question_exemptions"):
            if field in m:
                want, got = m[field]
                if field == "question_exemptions":
                    parts.append(f"questions missed {_qx(want)} extra {_qx(got)}")
                else:
                    parts.append(f"{field} expected {want} found {got}")
        add(f"  {names.get(m['request_id'], '?')} [{m['request_id']}]: " + "; ".join(parts))
    return "\n".join(out)


def _qx(pairs) -> str:
    return "[" + ", ".join(f"{q or '?'}:{x}" for q, x in pairs) + "]"


def _fmt_value(f: dict) -> str:
    v = f["value"]
    if v is None:
        text = "None"
    elif f["measure"] in scoring.MONEY_MEASURES:
        text = f"£{v:,.2f}"
    else:
        text = f"{v:,.0f}" if float(v).is_integer() else f"{v:,}"
    return ("~" if f.get("approx") else "") + text


def format_miss(m: dict, names: dict) -> str:
    e, p = m["expected"], m["found"]
    f = e or p
    head = f"{names.get(m['request_id'], '?')} [{m['request_id']}] {m['kind']}: {f['subject']} {f['measure']}"
    if m["kind"] == "marked_superseded":
        body = f"{_period_text(e)}: expected {_fmt_value(e)}, extracted but marked superseded" + (
            "" if (e["period_start"], e["period_end"]) == (p["period_start"], p["period_end"])
            else f" under period {_period_text(p)!r}")
    elif m["kind"] in ("wrong_period",):
        body = f"period truth {_period_text(e)!r} ({e['period_start']}..{e['period_end']}) found " \
               f"{_period_text(p)!r} ({p['period_start']}..{p['period_end']}), value {_fmt_value(e)}"
    elif m["kind"] == "wrong_subject":
        body = f"{_period_text(e)}: truth {e['subject']} found {p['subject']}, value {_fmt_value(e)}"
    elif m["kind"] == "wrong_measure":
        body = f"{_period_text(e)}: truth {e['measure']} found {p['measure']}, value {_fmt_value(e)}"
    else:
        body = f"{_period_text(f)}: expected {_fmt_value(e) if e else '—'} found {_fmt_value(p) if p else '—'}"
    where = (e or {}).get("source") or (p or {}).get("source")
    quote = (p or {}).get("quote")
    tail = f" [{where}]" if where else ""
    if quote:
        quote = " ".join(str(quote).split())
        tail += f' quote "{quote[:120]}{"…" if len(quote) > 120 else ""}"'
    return f"{head} {body}{tail}"


# ---------------------------------------------------------------------------------------------- CLI


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m benchmarks.score_extraction",
        description="Score the extraction on the demo corpus against its ground truth (facts, outcomes, "
                    "exemptions, NCND). Without --db it builds the demo warehouse itself (replay + crawl + "
                    "extract, about 30 s).")
    ap.add_argument("--db", type=Path, help="an existing warehouse, e.g. data/demo/foi.duckdb (default: build one)")
    ap.add_argument("--truth", type=Path, default=DEFAULT_TRUTH, help="ground truth (default: the demo's)")
    ap.add_argument("--json", type=Path, default=DEFAULT_JSON, help=f"where to write the figures as JSON "
                    f"(default: {DEFAULT_JSON.relative_to(ROOT)}); '-' for none")
    ap.add_argument("--misses", type=int, default=20, help="how many misses to print (default 20; JSON has all)")
    ap.add_argument("--include-needs-ocr", action="store_true",
                    help="also score facts that are only in scanned pages (left out by default)")
    ap.add_argument("--scope", choices=SCOPES, default="crawled",
                    help="which truth requests are scored: crawled (the batch + every request in the warehouse,"
                         " default), batch, or all (requests not crawled count as missing)")
    ap.add_argument("--build-dir", type=Path, help="build the demo here and keep it (default: a temp dir)")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target of issue 4 is not met")
    args = ap.parse_args(argv)
    try:
        options = {"include_needs_ocr": args.include_needs_ocr, "scope": args.scope}
        if args.db:
            result = score(args.db, args.truth, **options)
        else:
            result = build_and_score(args.build_dir, args.truth, **options)
    except ScoreError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    print(format_report(result, misses=max(0, args.misses)))
    if str(args.json) != "-":
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=1, sort_keys=True, default=str) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}", file=sys.stderr)
    return 1 if args.check and not result["all_targets_met"] else 0


if __name__ == "__main__":
    sys.exit(main())
