"""Shared helpers: Alaveteli's slug rules, timestamps as Alaveteli's JSON prints them, number wording."""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from warehouse.working_days import is_working_day

UK = ZoneInfo("Europe/London")


def simplify_url_part(text: str, default_name: str, max_len: int | None = None) -> str:
    """Alaveteli's slug rule (Alaveteli::Format / MySociety::Format.simplify_url_part)."""
    text = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"(\s|-|_)", "_", text)
    text = re.sub(r"[^a-z0-9_]", "", text)
    text = re.sub(r"_+", "_", text).strip("_")
    if max_len is not None and len(text) > max_len:
        text = text[:max_len].rstrip("_")
    if not text or text.isdigit():
        text = default_name
    return text


class UrlTitles:
    """Unique request slugs in creation order: the first keeps the bare slug, later ones get `_<max+1>`."""

    def __init__(self) -> None:
        self._suffixes: dict[str, list[int]] = {}

    def make(self, title: str) -> str:
        base = simplify_url_part(title, "request", 32)
        taken = self._suffixes.setdefault(base, [])
        if not taken:
            taken.append(1)
            return base
        n = max(taken) + 1
        taken.append(n)
        return f"{base}_{n}"


def at(d: date, hh: int, mm: int, ss: int = 0) -> datetime:
    return datetime.combine(d, time(hh, mm, ss), tzinfo=UK)


def iso(moment: datetime) -> str:
    """`2021-10-05T14:02:11.000+01:00`, as recent Alaveteli JSON prints timestamps."""
    return moment.astimezone(UK).isoformat(timespec="milliseconds")


def add_working_days(day: date, n: int, nation: str | None = None) -> date:
    while n > 0:
        day += timedelta(days=1)
        if is_working_day(day, nation):
            n -= 1
    return day


def office_time(rng: random.Random, day: date, nation: str | None = None) -> datetime:
    """A moment inside office hours on a working day on or after `day`."""
    while not is_working_day(day, nation):
        day += timedelta(days=1)
    return at(day, rng.randint(8, 16), rng.randint(0, 59), rng.randint(0, 59))


def long_date(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def grouped(n: int) -> str:
    return f"{n:,}"


def money(v: float, pence: bool | None = None) -> str:
    if pence is None:
        pence = v != int(v)
    return f"£{v:,.2f}" if pence else f"£{int(v):,}"


_WORDS = ["nil", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]


def number_word(n: int) -> str | None:
    return _WORDS[n] if 0 < n < len(_WORDS) else None
