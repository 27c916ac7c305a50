"""Scoring the extraction against the ground truth: pure functions, no database, no I/O.

`benchmarks/score_extraction.py` reads the warehouse and `truth.json` into the plain records below and calls
these; the tests call them on tiny hand-made sets. The rules (also in README.md, "How good is the extraction?"):

Facts
- A fact is identified by its key: (request, subject, period_start, period_end, measure); a figure with no
  period (unit costs given once, software answers) has both dates None. A partial period (label "to date",
  "YTD", "so far", "part year") is matched on its start date and canonical label instead of its end date:
  the truth ends it on the request's date, the warehouse on the reply's (see `period_key`).
- Expected = the truth's current facts: `superseded` ones are not expected, and `needs_ocr` ones are left out
  unless asked for (they are counted apart). Predicted = the warehouse's current rows: a row with status
  'superseded' is not a prediction.
- Within a key, a predicted value equal to an expected one is a true positive (counts exactly; money within
  1p). A wrong value under the right key is a miss (false negative) AND a false positive. An expected fact
  with nothing under its key is a miss; a prediction under a key the truth does not have is a false positive.
- A prediction under the key of a left-out `needs_ocr` fact is neither right nor wrong (counted as
  "found anyway"). A prediction equal to a superseded truth figure is a false positive of its own kind
  ("stale": the figure an internal review corrected, still shown as current; when it sits under the key of
  the corrected figure it is also a miss of that figure).
- `approx` is scored on the true positives only: a right value with the wrong approx flag stays a true
  positive for the value and is counted as an approx mismatch (and listed with the misses).
- Misses are also diagnosed, without changing the counts: a missing fact and an extra one in the same
  request that differ only in period / subject / measure are shown as one "wrong period" (etc.) pair; a
  missing fact the warehouse holds with status 'superseded' (same request, subject, measure and value, under
  any period) is "marked_superseded".

Requests
- Outcome: accuracy over the scored requests, plus a confusion table and per-outcome precision/recall/F1.
- Exemptions: micro precision/recall/F1 over (request, exemption) pairs, both sides in the agreed form
  (`canonical_exemptions`: s12(…) → s12, s21(…) → s21; other subsections kept).
- NCND and public-interest test: accuracy and precision/recall/F1 of the True class, per request.
- Question exemptions: micro precision/recall/F1 over (request, question, exemption) triples.
A request the warehouse does not have is predicted as outcome "(missing)" with no exemptions.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
import re
from dataclasses import asdict, dataclass, replace

from reader.classify import canonical_exemption
from reader.periods import parse_period

MONEY_TOLERANCE = 0.01
MISSING = "(missing)"

# The survey's measures that are amounts of money; every other measure is a count and compared exactly.
MONEY_MEASURES = frozenset({"unit_cost_gbp", "total_cost_gbp"})


@dataclass(frozen=True)
class Fact:
    """One figure, from the truth or from the warehouse, in the shape the scorer compares."""

    request_id: str
    subject: str
    measure: str
    value: float | None
    period_start: str | None = None     # ISO date
    period_end: str | None = None
    approx: bool = False
    period: str | None = None           # the label as written, for reading misses
    question: str | None = None
    quote: str | None = None
    source: str | None = None           # "message", an attachment name, ...
    superseded: bool = False            # truth: an internal review corrected it; warehouse: status 'superseded'
    needs_ocr: bool = False             # truth only

    @property
    def key(self) -> tuple:
        return (self.request_id, self.subject, *period_key(self.period, self.period_start, self.period_end),
                self.measure)


# A period written "to date" / "YTD" / "so far" / "(part year)" ends on a day that depends on who wrote it down
# (the request's date in the truth, the reply's date in the warehouse), so partial periods are matched on their
# start date and their canonical label ("2021 (to date)" and "2021 YTD" are both 2021, partial).
_PARTIAL_LABEL = re.compile(r"\bto\s+date\b|\bytd\b|\bso\s+far\b|\bpart(?:ial)?(?:\s+year)?\b|\bincomplete\b",
                            re.IGNORECASE)


def is_partial(label: str | None) -> bool:
    return bool(label) and bool(_PARTIAL_LABEL.search(label))


def canonical_period_label(label: str) -> str:
    """The period a label names, without the partial words: "2021 (to date)" -> "2021", "FY21/22 YTD" -> "2021-22"."""
    bare = re.sub(r"[\s()\-:]*(?:the\s+)?(?:year\s+)?(?:to\s+date|ytd|so\s+far|part(?:ial)?(?:\s+year)?|incomplete(?:\s+year)?)"
                  r"[\s()\-:]*", " ", label, flags=re.IGNORECASE).strip()
    try:
        parsed = parse_period(bare)
    except Exception:  # the canonical form is a convenience; the bare label still compares
        parsed = None
    return parsed.canonical if parsed is not None and parsed.canonical else re.sub(r"\s+", " ", bare.lower())


def period_key(label: str | None, start: str | None, end: str | None) -> tuple:
    """(start, end) of a period, or (start, "partial:<canonical label>") for a partial one."""
    if is_partial(label):
        return (start, "partial:" + canonical_period_label(label or ""))
    return (start, end)


def canonical_exemptions(codes: Iterable[str]) -> frozenset[str]:
    """Exemption codes in the agreed form (reader.classify.canonical_exemption: any s12(…) is s12,
    any s21(…) is s21), so a truth written "s21(1)" and an extraction "s21" agree."""
    return frozenset(canonical_exemption(c) for c in codes)


@dataclass(frozen=True)
class RequestResult:
    """A request's outcome and refusal, from the truth or from the warehouse."""

    request_id: str
    outcome: str
    exemptions: frozenset[str] = frozenset()
    ncnd: bool = False
    public_interest_test: bool | None = None   # None: not known (e.g. not in the warehouse)
    question_exemptions: frozenset[tuple[str | None, str]] = frozenset()   # {(question, exemption)}


@dataclass
class Miss:
    """One thing the extraction got wrong, in a form a person can read (see `kind`)."""

    kind: str            # missing | extra | wrong_value | wrong_period | wrong_subject | wrong_measure |
                         # stale | marked_superseded | approx. Counts: `expected` set = a miss, `found` set =
                         # a false positive unless it is a superseded row ("marked_superseded": extracted, but
                         # the warehouse set it aside); "approx" is a true positive with the wrong approx flag.
    request_id: str
    expected: Fact | None = None
    found: Fact | None = None

    def to_dict(self) -> dict:
        return {"kind": self.kind, "request_id": self.request_id,
                "expected": asdict(self.expected) if self.expected else None,
                "found": asdict(self.found) if self.found else None}


def prf(tp: int, fp: int, fn: int) -> dict:
    """Precision, recall and F1. Nothing predicted gives precision 1.0, nothing expected gives recall 1.0
    (nothing was wrong on that side); F1 is 0 when either is 0."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def values_match(measure: str, expected: float | None, found: float | None) -> bool:
    if expected is None or found is None:
        return False
    tolerance = MONEY_TOLERANCE + 1e-9 if measure in MONEY_MEASURES else 1e-9
    return abs(float(expected) - float(found)) <= tolerance


@dataclass
class FactScore:
    overall: dict
    by_subject: dict[str, dict]
    by_measure: dict[str, dict]
    by_subject_measure: dict[str, dict]
    approx: dict                 # over true positives: {"matched", "mismatched", "accuracy", + prf of approx=True}
    misses: list[Miss]
    miss_kinds: dict[str, int]
    expected: int                # facts scored
    predicted: int               # predictions scored (after the left-out ones)
    needs_ocr_excluded: int      # truth facts left out because they need OCR
    needs_ocr_found: int         # predictions under the key of a left-out fact
    superseded_expected: int     # truth figures an internal review corrected
    superseded_found: int        # of those, found in the warehouse marked superseded (same key and value)
    superseded_predicted_ignored: int   # warehouse rows with status superseded (not predictions)

    def to_dict(self, misses: int | None = None) -> dict:
        d = {k: v for k, v in self.__dict__.items() if k != "misses"}
        d["misses"] = [m.to_dict() for m in (self.misses if misses is None else self.misses[:misses])]
        return d


def score_facts(expected: Iterable[Fact], predicted: Iterable[Fact], *, include_needs_ocr: bool = False,
                request_ids: set[str] | None = None, partial_periods: bool = False) -> FactScore:
    """Compare truth facts with warehouse facts (see the module docstring for the rules).

    ``request_ids``: only facts of these requests are scored (both sides); None scores every request.
    ``partial_periods``: a lenient reading, for diagnosis only — a predicted period that starts on the day
    the truth's does and ends later (the whole of 2021 for "2021 (to date)", which the truth ends on the
    request date) counts as the truth's period."""
    expected = [f for f in expected if request_ids is None or f.request_id in request_ids]
    predicted = [f for f in predicted if request_ids is None or f.request_id in request_ids]
    if partial_periods:
        predicted = _widen_partial(expected, predicted)

    superseded_truth = [f for f in expected if f.superseded]
    left_out = [f for f in expected if not f.superseded and f.needs_ocr and not include_needs_ocr]
    scored = [f for f in expected if not f.superseded and not (f.needs_ocr and not include_needs_ocr)]
    stale_rows = [f for f in predicted if f.superseded]
    current = [f for f in predicted if not f.superseded]

    left_out_keys = {f.key for f in left_out}
    found_anyway = [p for p in current if p.key in left_out_keys]
    current = [p for p in current if p.key not in left_out_keys]

    exp_by_key: dict[tuple, list[Fact]] = defaultdict(list)
    for f in scored:
        exp_by_key[f.key].append(f)
    pred_by_key: dict[tuple, list[Fact]] = defaultdict(list)
    for p in current:
        pred_by_key[p.key].append(p)

    def is_stale(p: Fact) -> bool:   # the figure the truth says an internal review replaced
        return any(s.key == p.key and values_match(s.measure, s.value, p.value) for s in superseded_truth)

    true_pos: list[tuple[Fact, Fact]] = []
    misses: list[Miss] = []
    missing: list[Fact] = []
    extra: list[Fact] = []
    for key in sorted(set(exp_by_key) | set(pred_by_key), key=_sort_key):
        exp = list(exp_by_key.get(key, ()))
        preds = list(pred_by_key.get(key, ()))
        for e in list(exp):
            hit = next((p for p in preds if values_match(e.measure, e.value, p.value)), None)
            if hit is not None:
                true_pos.append((e, hit))
                exp.remove(e)
                preds.remove(hit)
        for e, p in zip(exp, preds):
            misses.append(Miss("stale" if is_stale(p) else "wrong_value", e.request_id, e, p))
        missing.extend(exp[len(preds):])
        for p in preds[len(exp):]:
            if is_stale(p):
                misses.append(Miss("stale", p.request_id, None, p))
            else:
                extra.append(p)
    misses.extend(_diagnose(missing, extra))
    # A missing figure the warehouse did extract but marked superseded (a conflict inside one reply, or a later
    # reply judged to replace it): still a miss, but the fix is in the thread logic, not the parser.
    for i, m in enumerate(misses):
        if m.kind == "missing":
            e = m.expected
            hidden = sorted((r for r in stale_rows
                             if (r.request_id, r.subject, r.measure) == (e.request_id, e.subject, e.measure)
                             and values_match(r.measure, r.value, e.value)), key=lambda r: r.key != e.key)
            hidden = hidden[0] if hidden else None
            if hidden is not None:
                misses[i] = Miss("marked_superseded", m.request_id, m.expected, hidden)

    counts = _Counts()
    for e, p in true_pos:
        counts.add(e, "tp")
    for m in misses:       # a pair (wrong value, period, ...) is both a miss and a false positive
        if m.expected is not None:
            counts.add(m.expected, "fn")
        if m.found is not None and not m.found.superseded:
            counts.add(m.found, "fp")

    approx_tp = approx_fp = approx_fn = approx_ok = 0
    for e, p in true_pos:
        if bool(e.approx) == bool(p.approx):
            approx_ok += 1
            approx_tp += bool(e.approx)
        else:
            approx_fp += bool(p.approx)
            approx_fn += bool(e.approx)
            misses.append(Miss("approx", e.request_id, e, p))
    approx = {"matched": len(true_pos), "mismatched": len(true_pos) - approx_ok,
              "accuracy": approx_ok / len(true_pos) if true_pos else 1.0,
              **prf(approx_tp, approx_fp, approx_fn)}

    misses.sort(key=lambda m: (m.request_id, _miss_order(m)))
    superseded_found = sum(
        1 for s in superseded_truth
        if any(r.key == s.key and values_match(s.measure, s.value, r.value) for r in stale_rows))
    return FactScore(
        overall=counts.prf("all"),
        by_subject=counts.table("subject"),
        by_measure=counts.table("measure"),
        by_subject_measure=counts.table("subject_measure"),
        approx=approx,
        misses=misses,
        miss_kinds=dict(Counter(m.kind for m in misses).most_common()),
        expected=len(scored),
        predicted=len(current),
        needs_ocr_excluded=len(left_out),
        needs_ocr_found=len(found_anyway),
        superseded_expected=len(superseded_truth),
        superseded_found=superseded_found,
        superseded_predicted_ignored=len(stale_rows),
    )


def _widen_partial(expected: list[Fact], predicted: list[Fact]) -> list[Fact]:
    keys = {f.key for f in expected}
    ends: dict[tuple, list[tuple[str, str | None]]] = defaultdict(list)
    for f in expected:
        if f.period_start and f.period_end:
            ends[(f.request_id, f.subject, f.measure, f.period_start)].append((f.period_end, f.period))
    out = []
    for p in predicted:
        if p.key not in keys and p.period_start and p.period_end:
            shorter = [e for e in ends.get((p.request_id, p.subject, p.measure, p.period_start), ())
                       if e[0] < p.period_end]
            if shorter:
                end, label = max(shorter)
                p = replace(p, period_end=end, period=label)
        out.append(p)
    return out


def _canonical(r: RequestResult) -> RequestResult:
    return replace(r, exemptions=canonical_exemptions(r.exemptions),
                   question_exemptions=frozenset((q, canonical_exemption(x)) for q, x in r.question_exemptions))


class _Counts:
    def __init__(self):
        self.c: dict[tuple[str, str], Counter] = defaultdict(Counter)

    def add(self, f: Fact, what: str) -> None:
        for group, name in (("all", "all"), ("subject", f.subject), ("measure", f.measure),
                            ("subject_measure", f"{f.subject}/{f.measure}")):
            self.c[(group, name)][what] += 1

    def prf(self, group: str, name: str | None = None) -> dict:
        c = self.c.get((group, name or group), Counter())
        return prf(c["tp"], c["fp"], c["fn"])

    def table(self, group: str) -> dict[str, dict]:
        return {name: self.prf(group, name) for (g, name) in sorted(self.c) if g == group}


def _sort_key(key: tuple) -> tuple:
    return tuple("" if k is None else str(k) for k in key)


_ORDER = ["missing", "marked_superseded", "wrong_value", "wrong_period", "wrong_subject", "wrong_measure", "stale", "extra", "approx"]


def _miss_order(m: Miss) -> tuple:
    f = m.expected or m.found
    return (_ORDER.index(m.kind), f.subject, f.period_start or "", f.measure)


def _diagnose(missing: list[Fact], extra: list[Fact]) -> list[Miss]:
    """Pair a missing fact with an extra one of the same request that differs in one part of the key only."""
    out: list[Miss] = []
    missing, extra = list(missing), list(extra)
    same = {
        "wrong_period": lambda e, p: (e.subject, e.measure) == (p.subject, p.measure),
        "wrong_subject": lambda e, p: ((e.period_start, e.period_end, e.measure)
                                       == (p.period_start, p.period_end, p.measure)),
        "wrong_measure": lambda e, p: ((e.subject, e.period_start, e.period_end)
                                       == (p.subject, p.period_start, p.period_end)),
    }
    for kind, alike in same.items():
        for e in list(missing):
            p = next((p for p in extra if p.request_id == e.request_id and alike(e, p)
                      and values_match(e.measure, e.value, p.value)), None)
            if p is not None:
                out.append(Miss(kind, e.request_id, e, p))
                missing.remove(e)
                extra.remove(p)
    out.extend(Miss("missing", e.request_id, e, None) for e in missing)
    out.extend(Miss("extra", p.request_id, None, p) for p in extra)
    return out


# ---------------------------------------------------------------------------------------------- requests


@dataclass
class RequestScore:
    requests: int
    outcome: dict          # {"correct", "total", "accuracy", "by_outcome": {outcome: prf}}
    confusion: dict        # {expected: {found: n}}
    exemptions: dict       # prf, plus "by_exemption"
    ncnd: dict             # {"correct", "total", "accuracy", + prf of True}
    public_interest_test: dict
    question_exemptions: dict
    misses: list[dict]     # one per request with anything wrong: {request_id, outcome: (exp, found), ...}

    def to_dict(self, misses: int | None = None) -> dict:
        d = {k: v for k, v in self.__dict__.items() if k != "misses"}
        d["misses"] = self.misses if misses is None else self.misses[:misses]
        return d


def score_requests(expected: Sequence[RequestResult], predicted: dict[str, RequestResult]) -> RequestScore:
    """Score outcomes, exemptions, NCND and the public-interest test of every expected request."""
    confusion: dict[str, Counter] = defaultdict(Counter)
    ex_tp, ex_fp, ex_fn = Counter(), Counter(), Counter()
    q_tp = q_fp = q_fn = 0
    flags = {"ncnd": Counter(), "public_interest_test": Counter()}
    misses = []
    correct = 0
    for e in sorted(expected, key=lambda r: r.request_id):
        p = predicted.get(e.request_id) or RequestResult(e.request_id, MISSING, public_interest_test=None)
        e, p = _canonical(e), _canonical(p)
        confusion[e.outcome][p.outcome] += 1
        correct += e.outcome == p.outcome
        for x in e.exemptions & p.exemptions:
            ex_tp[x] += 1
        for x in p.exemptions - e.exemptions:
            ex_fp[x] += 1
        for x in e.exemptions - p.exemptions:
            ex_fn[x] += 1
        q_tp += len(e.question_exemptions & p.question_exemptions)
        q_fp += len(p.question_exemptions - e.question_exemptions)
        q_fn += len(e.question_exemptions - p.question_exemptions)
        wrong = {}
        for name in flags:
            want, got = getattr(e, name), getattr(p, name)
            if want is None:
                continue
            got = bool(got)
            flags[name]["tp" if want and got else "fp" if got else "fn" if want else "tn"] += 1
            if bool(want) != got:
                wrong[name] = (bool(want), got)
        if e.outcome != p.outcome:
            wrong["outcome"] = (e.outcome, p.outcome)
        if e.exemptions != p.exemptions:
            wrong["exemptions"] = (sorted(e.exemptions), sorted(p.exemptions))
        if e.question_exemptions != p.question_exemptions:
            wrong["question_exemptions"] = (_q_sorted(e.question_exemptions - p.question_exemptions),
                                            _q_sorted(p.question_exemptions - e.question_exemptions))
        if wrong:
            misses.append({"request_id": e.request_id, **{k: list(v) for k, v in wrong.items()}})

    outcomes = sorted({o for o in confusion} | {o for row in confusion.values() for o in row})
    by_outcome = {}
    for o in outcomes:
        tp = confusion.get(o, Counter())[o]
        fn = sum(confusion.get(o, Counter()).values()) - tp
        fp = sum(row[o] for eo, row in confusion.items() if eo != o)
        by_outcome[o] = prf(tp, fp, fn)
    total = len(expected)
    exemptions = prf(sum(ex_tp.values()), sum(ex_fp.values()), sum(ex_fn.values()))
    exemptions["by_exemption"] = {x: prf(ex_tp[x], ex_fp[x], ex_fn[x])
                                  for x in sorted(set(ex_tp) | set(ex_fp) | set(ex_fn))}
    return RequestScore(
        requests=total,
        outcome={"correct": correct, "total": total, "accuracy": correct / total if total else 1.0,
                 "by_outcome": by_outcome},
        confusion={eo: dict(row) for eo, row in sorted(confusion.items())},
        exemptions=exemptions,
        ncnd=_binary(flags["ncnd"]),
        public_interest_test=_binary(flags["public_interest_test"]),
        question_exemptions=prf(q_tp, q_fp, q_fn),
        misses=misses,
    )


def _binary(c: Counter) -> dict:
    total = sum(c.values())
    right = c["tp"] + c["tn"]
    return {"correct": right, "total": total, "accuracy": right / total if total else 1.0,
            **prf(c["tp"], c["fp"], c["fn"])}


def _q_sorted(pairs: Iterable[tuple[str | None, str]]) -> list[list]:
    return sorted(([q, x] for q, x in pairs), key=lambda qx: (qx[0] or "", qx[1]))


# ---------------------------------------------------------------------------------------------- targets

# Issue 4's acceptance targets.
TARGETS = {"facts_f1": 0.95, "outcome_accuracy": 0.95, "exemptions_f1": 0.95}


def check_targets(facts: FactScore, requests: RequestScore) -> dict[str, dict]:
    got = {"facts_f1": facts.overall["f1"], "outcome_accuracy": requests.outcome["accuracy"],
           "exemptions_f1": requests.exemptions["f1"]}
    return {name: {"target": target, "value": got[name], "met": got[name] >= target}
            for name, target in TARGETS.items()}


# ---------------------------------------------------------------------------------------------- truth


def wdtk_request_id(truth_id) -> str:
    """The warehouse key of a WhatDoTheyKnow request (warehouse/sql/raw.sql): 'wdtk:<numeric id>'."""
    return f"wdtk:{int(truth_id)}"


def truth_records(truth: dict) -> tuple[list[RequestResult], list[Fact], dict[str, dict]]:
    """The truth file as scorer records: (requests, facts, {request_id: the truth row}).

    Raises ValueError, naming the row, on a file that is not in the format of docs/architecture.md §3."""
    if not isinstance(truth, dict) or not isinstance(truth.get("requests"), list):
        raise ValueError("truth file has no 'requests' list (format: docs/architecture.md §3)")
    requests, facts, rows = [], [], {}
    for i, row in enumerate(truth["requests"]):
        try:
            rid = wdtk_request_id(row["request_id"])
            questions = frozenset((q.get("question"), x) for q in row.get("questions") or ()
                                  for x in q.get("exemptions") or ())
            requests.append(RequestResult(
                rid, row["outcome"], frozenset(row.get("exemptions") or ()), bool(row.get("ncnd")),
                bool(row.get("public_interest_test")), questions))
            for f in row.get("facts") or ():
                facts.append(Fact(
                    request_id=rid, subject=f["subject"], measure=f["measure"], value=f["value"],
                    period_start=f.get("period_start"), period_end=f.get("period_end"),
                    approx=bool(f.get("approx")), period=f.get("period"), question=f.get("question"),
                    source=f.get("source"), superseded=bool(f.get("superseded")),
                    needs_ocr=bool(f.get("needs_ocr"))))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"truth row {i} (request_id {row.get('request_id') if isinstance(row, dict) else '?'})"
                             f" is not in the expected format: {exc!r}") from exc
        rows[rid] = row
    return requests, facts, rows
