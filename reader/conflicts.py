"""Figures of one reply that cannot all be right (issue 13, "figures people can trust").

A council's reply sometimes gives a count of nothing beside a price ("Laptops | Nil | £650"), two figures in
one table cell ("120 (150)"), or a total that is not its count times its price each. None of them is dropped:
each is kept, marked with the reason a reviewer can read (``Fact.conflict``) and given a confidence under the
review threshold, so that `foi review` lists it for a person to check.

The checks read a list of facts (``reader.facts.Fact``: subject, question, period, measure, value, where it was
written) and return it with the doubtful ones marked; they never add or drop a figure.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Sequence

from .nought import WORDS as _NOUGHT_WORDS

# under `foi review`'s default threshold (0.7): a figure in conflict is always listed
CONFLICT_CONFIDENCE = 0.4

_ZERO_WORD = re.compile(r"\b(" + _NOUGHT_WORDS + r")\b", re.IGNORECASE)


def mark(fact: Any, reason: str) -> Any:
    """``fact`` flagged with ``reason`` (added to any reason it already has) and a low confidence."""
    why = reason if not fact.conflict or reason in fact.conflict else f"{fact.conflict}; {reason}"
    return replace(fact, conflict=why, confidence=min(fact.confidence, CONFLICT_CONFIDENCE))


def in_one_cell(facts: list, first: int) -> None:
    """"Laptops | 120 (150)": the figures ``facts[first:]`` were read from one table cell; those of one thing
    (subject, period, measure) with different values cannot all be its value. Marks them in place."""
    by_key: dict[tuple, list[int]] = {}
    for i in range(first, len(facts)):
        f = facts[i]
        by_key.setdefault((f.subject, f.period, f.measure), []).append(i)
    for idx in by_key.values():
        values = list(dict.fromkeys(facts[i].value for i in idx))
        if len(values) > 1:
            said = ", ".join(number(v) for v in values[:-1]) + " and " + number(values[-1])
            for i in idx:
                facts[i] = mark(facts[i], f"{len(values)} figures for one thing in one table cell: {said}")


def across_measures(facts: Sequence, text: str) -> list:
    """Figures of one subject, question and period that disagree across measures: a count of nothing ("Nil",
    "None", 0) in the same row or sentence as a price for it ("Nil" or "None" anywhere in the reply), and a total that is not the count times the price
    each. ``text`` is the reply the facts' offsets point into. Returns the facts, the doubtful ones marked."""
    out = list(facts)
    # a price column has no period of its own: it stands beside every period of its row's counts
    # ("Laptops | 0 | 985 | None | £1,101.36": the price is as much 2020/21's as 2018/19's)
    row_periods: dict[tuple, list[tuple]] = {}
    for f in out:
        if f.period is not None:
            periods = row_periods.setdefault((f.start, f.end, f.subject), [])
            if (f.period_start, f.period_end) not in periods:
                periods.append((f.period_start, f.period_end))
    groups: dict[tuple, list[int]] = {}
    for i, f in enumerate(out):
        periods = [(f.period_start, f.period_end)] if f.period is not None else \
            row_periods.get((f.start, f.end, f.subject), [None])
        for period in periods:
            groups.setdefault((f.subject, f.question, period), []).append(i)
    for idx in groups.values():
        if len(idx) < 2:
            continue
        by: dict[str, list[int]] = {}
        for i in idx:
            by.setdefault(out[i].measure, []).append(i)
        counts, prices, totals = by.get("count", []), by.get("unit_cost_gbp", []), by.get("total_cost_gbp", [])
        priced: dict[tuple[int, int], list[int]] = {}
        for u in prices:
            if out[u].value > 0:
                priced.setdefault((out[u].start, out[u].end), []).append(u)
        for c in counts:
            if out[c].value != 0:
                continue
            said = _said_zero(text, out[c])
            same_row = priced.get((out[c].start, out[c].end), [])[:3]
            # "None" in a table's count row and a price in its unit-cost row for the same year: nothing bought,
            # yet a price paid — one of them is wrong, whichever row it sits in (a written 0 only in its own row)
            elsewhere = [u for us in priced.values() for u in us if u not in same_row] if said != "of 0" else []
            for u in same_row:
                price = pounds(out[u].value)
                out[c] = mark(out[c], f"count {said} beside a price of {price}")
                out[u] = mark(out[u], f"price of {price} beside a count {said}")
            for u in elsewhere[:3]:
                price = pounds(out[u].value)
                out[c] = mark(out[c], f"count {said}, yet a price of {price} for the same thing and period")
                out[u] = mark(out[u], f"price of {price}, yet a count {said} for the same thing and period")
        if len(counts) == 1 and len(prices) == 1 and len(totals) == 1:
            c, u, t = counts[0], prices[0], totals[0]
            n, each, total = out[c].value, out[u].value, out[t].value
            if n > 0 and each > 0 and total > 0 and not product_agrees(n, each, total, out[u].approx or out[t].approx):
                reason = f"total {pounds(total)} is not {number(n)} × {pounds(each)} (= {pounds(n * each)})"
                for i in (c, u, t):
                    out[i] = mark(out[i], reason)
    return out


def product_agrees(n: float, each: float, total: float, approx: bool) -> bool:
    """Whether a total is its count times its price each, allowing for a price rounded to the penny or the
    pound (or an average), and more where either is approximate."""
    slack = 0.1 * total if approx else max(0.02 * total, 0.5 * n + 0.01)
    return abs(n * each - total) <= slack


def number(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"


def pounds(x: float) -> str:
    return "£" + number(x)


_ZERO_FIGURE = re.compile(r"(?<![\d.,£])0(?![\d.,])")


def _said_zero(text: str, f: Any) -> str:
    """How a count of nothing is written in its quote: "'Nil'", "'None'" or "of 0" — "of 0" too when the quote (a
    table row) holds both a 0 and a zero word, since the quote does not say which of them this count is."""
    m = _ZERO_WORD.search(text, f.start, f.end)
    if not m or _ZERO_FIGURE.search(text, f.start, f.end):
        return "of 0"
    return f"'{m.group(1)}'"
