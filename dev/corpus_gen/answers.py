"""What a council answered, as data: periods, cells and the facts they make.

Renderers (render_text.py, render_docs.py) print every cell of an Answer; `Answer.facts()` lists the same
cells as ground-truth facts, so what a reply says and what truth.json claims cannot drift apart.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .common import grouped, money, number_word

DEVICES = [("1a", "laptops"), ("1b", "tablets"), ("1c", "mobile_phones")]

DEVICE_WORDS = {
    "laptops": ["Laptops", "Laptops", "Notebooks", "Laptop computers"],
    "tablets": ["Tablets", "Tablet computers", "iPads", "Tablets"],
    "mobile_phones": ["Mobile phones", "Mobiles", "Smartphones", "Mobile Phones"],
}

# label, start, end for the three years asked about, as councils wrote them.
PERIOD_STYLES = {
    "fy_dash": [("2018-19", "2018-04-01", "2019-03-31"), ("2019-20", "2019-04-01", "2020-03-31"),
                ("2020-21", "2020-04-01", "2021-03-31")],
    "fy_slash": [("2018/19", "2018-04-01", "2019-03-31"), ("2019/20", "2019-04-01", "2020-03-31"),
                 ("2020/21", "2020-04-01", "2021-03-31")],
    "fy_long": [("FY 2018-2019", "2018-04-01", "2019-03-31"), ("FY 2019-2020", "2019-04-01", "2020-03-31"),
                ("FY 2020-2021", "2020-04-01", "2021-03-31")],
    "fy_words": [("April 2018 to March 2019", "2018-04-01", "2019-03-31"),
                 ("April 2019 to March 2020", "2019-04-01", "2020-03-31"),
                 ("April 2020 to March 2021", "2020-04-01", "2021-03-31")],
    "sept": [("September 2019", "2018-10-01", "2019-09-30"), ("September 2020", "2019-10-01", "2020-09-30"),
             ("September 2021", "2020-10-01", "2021-09-30")],
    "sep_range": [("Oct 2018 - Sep 2019", "2018-10-01", "2019-09-30"),
                  ("Oct 2019 - Sep 2020", "2019-10-01", "2020-09-30"),
                  ("Oct 2020 - Sep 2021", "2020-10-01", "2021-09-30")],
    "cal": [("2019", "2019-01-01", "2019-12-31"), ("2020", "2020-01-01", "2020-12-31"),
            ("2021 (to date)", "2021-01-01", "2021-09-29")],
}


@dataclass(frozen=True)
class Period:
    label: str
    start: str
    end: str


@dataclass(frozen=True)
class Cell:
    """One figure as written.  value None is "N/A": printed, but not a fact."""
    value: float | int | None
    approx: bool = False
    form: str = "digits"  # digits | word | nil | none | zero | circa | c. | approximately | approx. | around
    is_money: bool = False

    def text(self) -> str:
        if self.value is None:
            return "N/A"
        if self.value == 0 and self.form in {"nil", "none", "zero"}:
            return {"nil": "Nil", "none": "None", "zero": "0"}[self.form]
        if self.is_money:
            core = money(self.value)
        elif self.form == "word" and number_word(int(self.value)):
            core = number_word(int(self.value))
        else:
            core = grouped(int(self.value))
        if self.approx:
            prefix = {"circa": "circa ", "c.": "c. ", "approximately": "approximately ", "approx.": "approx. ",
                      "around": "around "}.get(self.form, "approximately ")
            return prefix + core
        return core


@dataclass
class Answer:
    periods: list[Period]
    words: dict[str, str]
    counts: dict[str, list[Cell]]
    cost_mode: str                      # unit_overall | unit_per_period | total_per_period | none
    costs: dict[str, object]            # subject -> Cell (unit_overall) or list[Cell]
    vat: str = ""                       # "", " (ex VAT)", " inc. VAT"
    zoom: Cell | None = None
    zoom_note: str = ""
    o365: Cell | None = None
    o365_note: str = ""
    cyber: Cell | None = None
    cyber_note: str = ""
    withheld: dict[str, str] = field(default_factory=dict)  # question -> sentence explaining the withholding

    def cost_cells(self, subject: str) -> list[tuple[Period | None, Cell]]:
        c = self.costs.get(subject)
        if c is None:
            return []
        if isinstance(c, Cell):
            return [(None, c)]
        return list(zip(self.periods, c))

    def facts(self, source: str, needs_ocr: bool = False) -> list[dict]:
        out = []

        def add(q, subject, period, measure, cell):
            if cell is None or cell.value is None:
                return
            out.append({
                "question": q, "subject": subject,
                "period": period.label if period else None,
                "period_start": period.start if period else None,
                "period_end": period.end if period else None,
                "measure": measure, "value": cell.value, "approx": cell.approx, "superseded": False,
                "needs_ocr": needs_ocr, "source": source,
            })

        for q, subject in DEVICES:
            for p, cell in zip(self.periods, self.counts.get(subject, [])):
                add(q, subject, p, "count", cell)
            measure = "total_cost_gbp" if self.cost_mode == "total_per_period" else "unit_cost_gbp"
            for p, cell in self.cost_cells(subject):
                add(q, subject, p, measure, cell)
        add("2a", "zoom_accounts", None, "count", self.zoom)
        add("2b", "office365_accounts", None, "count", self.o365)
        add("2c", "cyber_security", None, "total_cost_gbp", self.cyber)
        return out


def _count(rng: random.Random, n: int, allow_words: bool) -> Cell:
    roll = rng.random()
    if n == 0:
        return Cell(0, form=rng.choice(["nil", "none", "zero"]))
    if allow_words and n <= 20 and roll < 0.5:
        return Cell(n, form="word")
    return Cell(n)


def make_answer(rng: random.Random, population: int, *, style: str | None = None, small: bool = False,
                cost_mode: str | None = None, with_na: bool = False) -> Answer:
    style = style or rng.choice(sorted(PERIOD_STYLES))
    periods = [Period(*p) for p in PERIOD_STYLES[style]]
    words = {s: rng.choice(v) for s, v in DEVICE_WORDS.items()}
    scale = max(population, 20000) / 1000.0 * (0.4 if small else 1.0)
    counts: dict[str, list[Cell]] = {}
    growth = [1.0, 1.3, 2.6]  # the pandemic year dwarfs the others
    for subject, base in (("laptops", 0.9), ("tablets", 0.2), ("mobile_phones", 0.8)):
        row = []
        for i in range(3):
            n = int(scale * base * growth[i] * rng.uniform(0.5, 1.5))
            if rng.random() < 0.06:
                n = 0
            row.append(_count(rng, n, allow_words=small))
        counts[subject] = row
    if with_na:
        counts["tablets"][0] = Cell(None)
    cost_mode = cost_mode or rng.choice(["unit_overall", "unit_overall", "unit_per_period", "total_per_period"])
    price = {"laptops": (520, 1150), "tablets": (240, 1150), "mobile_phones": (95, 460)}
    costs: dict[str, object] = {}
    for subject, (lo, hi) in price.items():
        if cost_mode == "unit_overall":
            costs[subject] = Cell(round(rng.uniform(lo, hi), 2) if rng.random() < 0.6 else rng.randrange(lo, hi, 5),
                                  is_money=True)
        elif cost_mode == "unit_per_period":
            unit = rng.uniform(lo, hi)
            costs[subject] = [Cell(round(unit * rng.uniform(0.9, 1.1), 2), is_money=True) for _ in periods]
        elif cost_mode == "total_per_period":
            unit = rng.uniform(lo, hi)
            costs[subject] = [Cell(round(unit * (c.value or 0)) if c.value else None, is_money=True)
                              if c.value is not None else Cell(None) for c in counts[subject]]
    vat = rng.choice(["", "", " (ex VAT)", " (excluding VAT)", " inc. VAT", " (including VAT)"])
    zoom_n = 0 if rng.random() < 0.6 else rng.choice([3, 5, 12, 25, 40, 150])
    if zoom_n == 0:
        zoom = Cell(0, form=rng.choice(["nil", "none", "zero"]))
        zoom_note = rng.choice(["the Council uses Microsoft Teams", "Zoom is not an approved application",
                                "staff use Teams for video calls", ""])
    else:
        zoom = Cell(zoom_n, form="word" if zoom_n <= 12 and rng.random() < 0.4 else "digits")
        zoom_note = rng.choice(["licensed accounts for public meetings", "used for webcasting committee meetings", ""])
    o365_n = int(scale * rng.uniform(2, 9))
    o365_n = int(round(o365_n, -1 if o365_n < 1000 else -2))
    approx = rng.random() < 0.5
    o365 = Cell(o365_n, approx=approx, form=rng.choice(["circa", "c.", "approximately", "approx.", "around"])
                if approx else "digits")
    o365_note = rng.choice(["licences (E3) purchased during the migration to Microsoft 365",
                            "new accounts, under the government framework agreement", "new user licences", ""])
    if rng.random() < 0.5:
        cyber = Cell(rng.randrange(12000, 180000, 500), is_money=True)
        cyber_note = rng.choice(["per annum across all security products", "total annual spend on endpoint protection",
                                 "annual licence cost"])
    else:
        cyber, cyber_note = None, ""
    return Answer(periods, words, counts, cost_mode, costs, vat, zoom, zoom_note, o365, o365_note, cyber, cyber_note)

