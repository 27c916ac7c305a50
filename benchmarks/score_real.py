"""Score the reader on the real-reply set: `python -m benchmarks.score_real [--topic T] [--misses N]`.

Every reply in tests/files/real_set/ is read with its survey and its date (the `# date:` header) by `parse_reply`,
and what the reader says is compared with the labels, per topic and overall (rules: tests/files/real_set/README.md,
"Scoring"):

- outcome accuracy per reply (responses and internal reviews) with a confusion table, and per question (the
  labelled questions that the reply's survey asks, statuses mapped to outcomes; a question the reader says
  nothing about is "not_addressed"); the kind of letter (response, acknowledgement ...) apart;
- exemptions: micro precision / recall / F1 over (reply, exemption), in the agreed form (s12(…) = s12) and by
  section (s31(1)(a) = s31); NCND and public-interest-test accuracy;
- facts: a labelled figure (in_survey) matches a figure the reader gave for the same reply on subject, measure
  and value within 0.5%; precision / recall / F1; of the matched, how many have the labelled period (start and
  end) and the labelled approx flag. Every miss and every spurious figure is listed with its quote.

`--surveys drafted` reads every reply with its survey as `foi survey draft` wrote it from the request and a
journalist then edited it (tests/files/real_set/drafted/<survey>.edited.toml; `--surveys raw`: the draft as
written). A draft names its subjects in its own words, so with a draft a figure matches on the question it answers
(the labels number questions as the request does, as drafts do; a labelled "2a" the draft did not split is its
"2"), measure and value; `--match question` scores the hand-written surveys the same way, for comparison.

Results go to benchmarks/results/real_set_score.json. The set's figures live there and in the README's table,
not in unit tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from benchmarks.real_set import (SET_DIR, UNSCORED_TOPICS, Case, load_drafted_surveys, load_surveys, read_set,
                                 size)
from benchmarks.scoring import canonical_exemptions, prf
from reader import parse_reply

RESULTS = Path(__file__).resolve().parent / "results" / "real_set_score.json"
PARTIAL = RESULTS.with_name("real_set_score.partial.json")
STATUS_OUTCOME = {"answered": "successful", "not_held": "not_held", "refused": "rejected", "ncnd": "rejected",
                  "partly": "partially_successful", "not_addressed": "not_addressed"}
TOLERANCE = 0.005


def replied_on(case: Case) -> dt.date | None:
    """The day the reply was sent: its file's `# date:` header (periods "to date" end on it); the header may say more
    after the day ("2022-12-12 (published)"), and "not given" is no day."""
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})\b", str(case.header.get("date", "")))
    try:
        return dt.date.fromisoformat(m.group(1)) if m else None
    except ValueError:
        return None


def section(code: str) -> str:
    m = re.match(r"(s\d+|reg\d+)", code)
    return m.group(1) if m else code


def value_match(expected: float, found: float) -> bool:
    return abs(expected - found) <= max(TOLERANCE * abs(expected), 1e-9)


def question_ids(label_qid: str, survey) -> set[str]:
    """The survey's questions a labelled question id stands for: itself, or where the survey did not split it
    into lettered parts the question it belongs to ("2a" -> "2"), or where only the survey split it its parts
    ("2" -> "2a", "2b")."""
    ids = {q.id for q in survey.questions}
    if label_qid in ids:
        return {label_qid}
    base = re.match(r"\d+", label_qid)
    if base is None:
        return set()
    if base.group(0) in ids:
        return {base.group(0)}
    return {i for i in ids if re.fullmatch(rf"{base.group(0)}[a-z]", i)}


def same_thing(e, f, survey, by_question: bool) -> bool:
    """A labelled and a found figure are about the same thing: the same subject, or (by_question) the same
    question: the one the reader tied the figure to, or one that asks about the figure's subject (as matching on
    subject does when one subject is asked by several questions)."""
    if not by_question:
        return f.subject == e.subject
    found = {f.question} | {q.id for q in survey.questions if q.subject == f.subject}
    return bool(found & question_ids(e.question, survey))


def match_facts(expected: list, found: list, survey=None, by_question: bool = False) -> tuple[list[tuple], list, list]:
    """Pairs (expected, found) matched on subject (or question), measure and value; then the unmatched of each
    side. Pairs with the same period are made first, so a table of years is matched year by year."""
    left = list(found)
    pairs: list[tuple] = []
    todo = list(expected)
    for same_period in (True, False):
        rest = []
        for e in todo:
            f = next((f for f in left if same_thing(e, f, survey, by_question) and f.measure == e.measure
                      and value_match(e.value, f.value)
                      and (not same_period or ((f.period_start or "") == e.start and (f.period_end or "") == e.end))),
                     None)
            if f is None:
                rest.append(e)
            else:
                left.remove(f)
                pairs.append((e, f))
        todo = rest
    return pairs, todo, left


class Tally:
    """The counts of one topic (or of all)."""

    def __init__(self):
        self.replies = 0
        self.kind = Counter()              # right / wrong
        self.outcome = Counter()
        self.confusion = Counter()         # (expected, predicted)
        self.question = Counter()
        self.q_confusion = Counter()
        self.ex = Counter()                # tp/fp/fn, agreed form
        self.ex_section = Counter()
        self.ncnd = Counter()
        self.pit = Counter()
        self.facts = Counter()             # tp/fp/fn
        self.period = Counter()            # right / wrong, of matched
        self.approx = Counter()

    def as_dict(self) -> dict:
        def acc(c: Counter) -> dict:
            n = c["right"] + c["wrong"]
            return {"right": c["right"], "of": n, "accuracy": c["right"] / n if n else None}
        return {
            "replies": self.replies,
            "kind": acc(self.kind),
            "outcome": acc(self.outcome),
            "outcome_confusion": {f"{e} -> {p}": n for (e, p), n in sorted(self.confusion.items())},
            "question_outcome": acc(self.question),
            "question_confusion": {f"{e} -> {p}": n for (e, p), n in sorted(self.q_confusion.items())},
            "exemptions": prf(self.ex["tp"], self.ex["fp"], self.ex["fn"]),
            "exemptions_by_section": prf(self.ex_section["tp"], self.ex_section["fp"], self.ex_section["fn"]),
            "ncnd": acc(self.ncnd),
            "public_interest_test": acc(self.pit),
            "facts": prf(self.facts["tp"], self.facts["fp"], self.facts["fn"]),
            "facts_period": acc(self.period),
            "facts_approx": acc(self.approx),
        }


def _fact_dict(f, labelled: bool) -> dict:
    if labelled:
        return {"question": f.question, "subject": f.subject, "measure": f.measure, "period": f.period,
                "start": f.start, "end": f.end, "value": f.value, "approx": f.approx, "quote": f.quote}
    return {"question": f.question, "subject": f.subject, "measure": f.measure, "period": f.period,
            "start": f.period_start or "", "end": f.period_end or "", "value": f.value, "approx": f.approx,
            "quote": f.quote, "confidence": f.confidence}


def score_case(case: Case, survey, reply, tallies: list[Tally], by_question: bool = False) -> dict:
    """Compare what the reader said of one reply with its labels and add the counts to every tally given;
    returns what went wrong in it."""
    out: dict = {"topic": case.topic, "slug": case.slug, "body": case.body, "problems": []}
    add = lambda attr, key, n=1: [getattr(t, attr).update({key: n}) for t in tallies]  # noqa: E731
    for t in tallies:
        t.replies += 1
    kind_ok = reply.kind == case.kind or (case.kind == "internal_review" and reply.kind == "response")
    add("kind", "right" if kind_ok else "wrong")
    if not kind_ok:
        out["problems"].append({"what": "kind", "expected": case.kind, "found": reply.kind})
    if case.decided:
        found = reply.outcome or "(none)"
        add("outcome", "right" if found == case.outcome else "wrong")
        add("confusion", (case.outcome, found))
        if found != case.outcome:
            out["problems"].append({"what": "outcome", "expected": case.outcome, "found": found})
        exp, got = canonical_exemptions(case.exemptions), canonical_exemptions(reply.exemptions)
        add("ex", "tp", len(exp & got)); add("ex", "fp", len(got - exp)); add("ex", "fn", len(exp - got))
        es, gs = {section(c) for c in exp}, {section(c) for c in got}
        add("ex_section", "tp", len(es & gs)); add("ex_section", "fp", len(gs - es))
        add("ex_section", "fn", len(es - gs))
        if exp != got:
            out["problems"].append({"what": "exemptions", "expected": sorted(exp), "found": sorted(got)})
        add("ncnd", "right" if reply.ncnd == case.ncnd else "wrong")
        if reply.ncnd != case.ncnd:
            out["problems"].append({"what": "ncnd", "expected": case.ncnd, "found": reply.ncnd})
        add("pit", "right" if reply.public_interest_test == case.public_interest_test else "wrong")
        if reply.public_interest_test != case.public_interest_test:
            out["problems"].append({"what": "public_interest_test", "expected": case.public_interest_test,
                                    "found": reply.public_interest_test})
        said = {q.question: q.outcome or "not_addressed" for q in reply.questions}
        for q in case.questions:
            ids = sorted(question_ids(q.id, survey)) if by_question else [q.id]
            if q.status == "cut" or not ids or survey.question(ids[0]) is None:
                continue
            want = STATUS_OUTCOME[q.status]
            # a labelled question the survey split in parts is right when a part says it (the parts agree or
            # the reader gave the question one reading)
            got_q = next((said[i] for i in ids if said.get(i) == want), said.get(ids[0], "not_addressed"))
            add("question", "right" if want == got_q else "wrong")
            add("q_confusion", (want, got_q))
            if want != got_q:
                out["problems"].append({"what": f"question {q.id}", "expected": want, "found": got_q})
    expected = [f for f in case.facts if f.in_survey]
    pairs, missed, spurious = match_facts(expected, list(reply.facts), survey, by_question)
    add("facts", "tp", len(pairs)); add("facts", "fn", len(missed)); add("facts", "fp", len(spurious))
    for e, f in pairs:
        same = (f.period_start or "") == e.start and (f.period_end or "") == e.end
        add("period", "right" if same else "wrong")
        add("approx", "right" if e.approx == f.approx else "wrong")
        if not same:
            out["problems"].append({"what": "fact period", "expected": _fact_dict(e, True),
                                    "found": _fact_dict(f, False)})
    for e in missed:
        out["problems"].append({"what": "fact missed", "expected": _fact_dict(e, True)})
    for f in spurious:
        out["problems"].append({"what": "fact spurious", "found": _fact_dict(f, False)})
    return out


SURVEY_MODES = ("hand", "drafted", "raw")


def score(set_dir: Path = SET_DIR, only: list[str] | None = None, surveys_from: str = "hand",
          match: str | None = None) -> dict:
    """Score every reply; a reply whose files or survey cannot be read is listed under `not_scored` with the
    reason, and the reader raising on a reply is listed under `reader_errors` (its counts are left out), so one
    bad file never loses the rest of the run. `surveys_from`: the hand-written surveys, the journalist-edited
    drafts or the raw drafts; `match`: "subject" or "question" (default: subject for hand-written surveys,
    question for drafts)."""
    if surveys_from not in SURVEY_MODES:
        raise ValueError(f"surveys_from must be one of {', '.join(SURVEY_MODES)}")
    match = match or ("subject" if surveys_from == "hand" else "question")
    by_question = match == "question"
    started = time.monotonic()
    cases, unreadable = read_set(set_dir, only)
    not_scored = [{"reply": reply, "why": why} for reply, why in unreadable]
    surveys = (load_surveys(cases, set_dir) if surveys_from == "hand"
               else load_drafted_surveys(set_dir, edited=surveys_from == "drafted"))
    overall, scored_all = Tally(), Tally()
    per: dict[str, Tally] = defaultdict(Tally)
    results, errors, scored = [], [], []
    for case in cases:
        survey = surveys.get(case.survey)
        if not hasattr(survey, "questions"):
            not_scored.append({"reply": f"{case.topic}/{case.slug}",
                               "why": f"survey {case.survey!r} " + (f"does not load: {survey}" if survey else "not found")})
            continue
        tallies = [per[case.topic], overall] + ([] if case.topic in UNSCORED_TOPICS else [scored_all])
        try:
            reply = parse_reply(case.text, survey, replied_on=replied_on(case))
        except Exception as exc:  # the reader failing on one reply is a finding, not the end of the run
            errors.append({"reply": f"{case.topic}/{case.slug}", "error": f"{type(exc).__name__}: {exc}"[:300]})
            continue
        results.append(score_case(case, survey, reply, tallies, by_question))
        scored.append(case)
    return {
        "generated_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "seconds": round(time.monotonic() - started, 2),
        "set": str(set_dir),
        "surveys": surveys_from,
        "match": match,
        "size": size(scored),
        "by_topic": {t: per[t].as_dict() for t in sorted(per)},
        "topics_scored": scored_all.as_dict(),
        "all": overall.as_dict(),
        "not_scored": not_scored,
        "reader_errors": errors,
        "replies": [r for r in results if r["problems"]],
    }


def _num(x) -> str:
    return "   -  " if x is None else f"{x:6.2f}"


def format_table(result: dict) -> str:
    head = (f"{'topic':<24}{'replies':>8}{'outcome':>9}{'question':>9}{'exempt F1':>10}{'ncnd':>7}"
            f"{'facts P':>9}{'facts R':>9}{'facts F1':>9}{'period':>8}{'tp/fp/fn':>14}")
    lines = [head]
    rows = list(result["by_topic"].items()) + [("topics scored", result["topics_scored"]), ("all", result["all"])]
    for name, t in rows:
        f = t["facts"]
        lines.append(f"{name:<24}{t['replies']:>8}{_num(t['outcome']['accuracy']):>9}"
                     f"{_num(t['question_outcome']['accuracy']):>9}{_num(t['exemptions']['f1']):>10}"
                     f"{_num(t['ncnd']['accuracy']):>7}{_num(f['precision']):>9}{_num(f['recall']):>9}"
                     f"{_num(f['f1']):>9}{_num(t['facts_period']['accuracy']):>8}"
                     f"{f['tp']:>6}/{f['fp']}/{f['fn']}")
    return "\n".join(lines)


def _fmt_fact(f: dict) -> str:
    period = f" {f['period']}" if f.get("period") else ""
    return f"{f['subject']} {f['measure']}{period} = {f['value']:g}  \"{' '.join(str(f['quote']).split())[:90]}\""


def format_misses(result: dict, limit: int, out: Path = RESULTS) -> str:
    lines = []
    n = 0
    for r in result["replies"]:
        for p in r["problems"]:
            if n >= limit:
                lines.append(f"... and more: see {out}")
                return "\n".join(lines)
            n += 1
            where = f"{r['topic']}/{r['slug']}"
            if p["what"] == "fact missed":
                lines.append(f"{where}: missed {_fmt_fact(p['expected'])}")
            elif p["what"] == "fact spurious":
                lines.append(f"{where}: spurious {_fmt_fact(p['found'])}")
            elif p["what"] == "fact period":
                lines.append(f"{where}: period {p['found']['period'] or '(none)'} for {_fmt_fact(p['expected'])}")
            else:
                lines.append(f"{where}: {p['what']}: expected {p['expected']}, found {p['found']}")
    return "\n".join(lines)


def markdown_table(result: dict, before: dict | None = None) -> str:
    """The README's table: per topic, each figure as "before → now" when a before result is given."""
    def f(x) -> str:
        return "–" if x is None else f"{x:.2f}"

    def cell(get) -> str:
        now = f(get(result_t))
        return f"{f(get(before_t))} → {now}" if before_t is not None else now

    lines = ["| topic | replies | bodies | outcome | per question | exemptions F1 | NCND | facts F1 | facts P / R "
             "| periods right |", "|---|---|---|---|---|---|---|---|---|---|"]
    for t in list(result["by_topic"]) + ["topics_scored"]:
        result_t = result["by_topic"].get(t) or result[t]
        before_t = None if before is None else (before["by_topic"].get(t) or before.get(t))
        size = result["size"]["by_topic"].get(t, {"bodies": result["size"]["bodies"]})
        name = "**all scored topics**" if t == "topics_scored" else t
        pr = (lambda r: f"{f(r['facts']['precision'])} / {f(r['facts']['recall'])}")
        prs = f"{pr(before_t)} → {pr(result_t)}" if before_t is not None else pr(result_t)
        lines.append(f"| {name} | {result_t['replies']} | {size['bodies']} | {cell(lambda r: r['outcome']['accuracy'])} "
                     f"| {cell(lambda r: r['question_outcome']['accuracy'])} | {cell(lambda r: r['exemptions']['f1'])} "
                     f"| {cell(lambda r: r['ncnd']['accuracy'])} | {cell(lambda r: r['facts']['f1'])} | {prs} "
                     f"| {cell(lambda r: r['facts_period']['accuracy'])} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.score_real", description=__doc__.split("\n\n")[0])
    ap.add_argument("--topic", action="append", help="only this topic (repeatable)")
    ap.add_argument("--misses", type=int, default=40, help="how many problems to print (default 40; all are in the JSON)")
    ap.add_argument("--set-dir", type=Path, default=SET_DIR)
    ap.add_argument("--out", type=Path, default=None,
                    help=f"the JSON results file (default: {RESULTS.name} in benchmarks/results/, or "
                         f"{PARTIAL.name} for a run over some topics only, so it never overwrites the whole set's)")
    ap.add_argument("--markdown", nargs="?", const="", metavar="BEFORE.json",
                    help="print the README's Markdown table instead (with a results file: 'before → now')")
    ap.add_argument("--surveys", choices=SURVEY_MODES, default="hand",
                    help="read with the hand-written surveys (default), the journalist-edited drafts of `foi survey "
                         "draft` (tests/files/real_set/drafted/*.edited.toml) or the raw drafts")
    ap.add_argument("--match", choices=("subject", "question"), default=None,
                    help="match figures on subject (default with hand-written surveys) or on question (with drafts)")
    args = ap.parse_args(argv)
    result = score(args.set_dir, args.topic, args.surveys, args.match)
    if args.markdown is not None:
        before = json.loads(Path(args.markdown).read_text(encoding="utf-8")) if args.markdown else None
        print(markdown_table(result, before))
        return 0
    print(format_table(result))
    for item in result["not_scored"]:
        print(f"not scored: {item['reply']}: {item['why']}")
    for item in result["reader_errors"]:
        print(f"the reader failed on {item['reply']}: {item['error']}")
    print()
    default = RESULTS if args.surveys == "hand" and result["match"] == "subject" else \
        RESULTS.with_name(f"real_set_score.{args.surveys}.{result['match']}.json")
    args.out = args.out or (PARTIAL if args.topic else default)
    print(format_misses(result, args.misses, args.out))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, default=str) + "\n", encoding="utf-8")
    print(f"\n{result['size']['replies']} replies scored in {result['seconds']:.1f} s; wrote {args.out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
