"""What is settled once every line is read: rows of a dated purchase list summed per device and
period, and one column of amounts made all prices each or all totals."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from .model import Fact
from .state import Part


class WholeReply(Part):
    """What is settled after the last line (part of ``FactReader``)."""

    def sum_line_items(self) -> None:
        """Rows of a purchase list ("2019-05-12 | Laptop - Dell Latitude 5400 | 40 | £712.50 | £28,500") become
        one figure per device and period: quantities and totals summed over the orders dated in each period the
        survey asks for (else each calendar year), the price each their total over their quantity (approximate)
        or, with no totals, the one price they all share. The quote runs from the first order to the last."""
        if not self.state.line_items:
            return
        groups: dict[tuple[str, str], list[int]] = {}
        spans: dict[str, tuple[date, date]] = {}
        for i, day in self.state.line_items.items():
            asked = next((p for p in self.survey.periods if p.start <= day <= p.end), None)
            label, first, last = (asked.label, asked.start, asked.end) if asked else (
                str(day.year), date(day.year, 1, 1), date(day.year, 12, 31))
            spans[label] = (first, last)
            groups.setdefault((self.state.facts[i].subject, label), []).append(i)
        summed: list[Fact] = []
        for (subject, label), indexes in groups.items():
            members = [self.state.facts[i] for i in indexes]
            first, last = spans[label]
            start, end = min(f.start for f in members), max(f.end for f in members)
            by_measure: dict[str, list[Fact]] = {}
            for f in members:
                by_measure.setdefault(f.measure, []).append(f)
            values: dict[str, tuple[float, bool]] = {}
            for m in ("count", "total_cost_gbp"):
                if m in by_measure:
                    values[m] = (sum(f.value for f in by_measure[m]), any(f.approx for f in by_measure[m]))
            if "unit_cost_gbp" in by_measure:
                prices = {f.value for f in by_measure["unit_cost_gbp"]}
                if len(prices) == 1:
                    values["unit_cost_gbp"] = (prices.pop(), any(f.approx for f in by_measure["unit_cost_gbp"]))
                elif values.get("count", (0,))[0] and "total_cost_gbp" in values:
                    values["unit_cost_gbp"] = (round(values["total_cost_gbp"][0] / values["count"][0], 2), True)
            for m, (value, approx) in values.items():
                model = by_measure[m][0]
                summed.append(replace(
                    model, period=label, period_start=first.isoformat(), period_end=last.isoformat(), value=value,
                    approx=approx, quote=self.text[start:end], start=start, end=end, partial=False,
                    confidence=round(max(0.05, min(f.confidence for f in members) - 0.05), 2)))
        drop = set(self.state.line_items)
        self.state.facts = [f for i, f in enumerate(self.state.facts) if i not in drop] + summed

    def harmonise(self) -> None:
        """One column of amounts is all prices each or all totals: where the guess (from each row's count)
        differs between rows of a column headed only "Laptops (£)", the rows' majority decides ("10 | 3500"
        under it, next to "25 | 8250" and "60 | 19800", is a total too)."""
        for indexes in self.state.guessed_by_column.values():
            measures = Counter(self.state.facts[i].measure for i in indexes)
            if len(indexes) < 3 or len(measures) < 2:
                continue
            (major, n), (_, m) = measures.most_common(2)
            if n == m:
                continue
            for i in indexes:
                f = self.state.facts[i]
                if f.measure != major:
                    self.state.facts[i] = replace(f, measure=major, confidence=round(max(0.05, f.confidence - 0.1), 2))
