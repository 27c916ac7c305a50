"""Where a figure is written in its quote: a quote may be a whole sentence or a table row holding several figures,
and the rules that judge a figure by the words beside it (the request's own words, a row's running number, a count
read as money, "each year" after it) need the place of its own digits: as written, scaled ("£5k") or as a range's
middle ("£20,001 - £40,000")."""

from __future__ import annotations

import re

from ..numbers import LOOSE_FIGURE, SCALE_VALUES, parse_number
from .model import Fact

_NUMBER = re.compile(r"(?<![\w.,])(" + LOOSE_FIGURE + r")(?:[ \t]*(k\b|m\b|mn\b|million\b))?"
                     r"(?:[ \t]*[-\u2013][ \t]*£?(" + LOOSE_FIGURE + "))?", re.IGNORECASE)


def _numbers(text: str, start: int, end: int) -> list[tuple[float, float | None, int, int]]:
    """(value, a range's upper end or None, start, end) of each number written in text[start:end]."""
    found = []
    for m in _NUMBER.finditer(text, start, end):
        value = parse_number(m.group(1))
        high = parse_number(m.group(3)) if m.group(3) else None
        if value is None:
            continue
        value *= SCALE_VALUES.get((m.group(2) or "").lower(), 1)
        found.append((value, high, m.start(), m.end()))
    return found


# A quote's numbers are asked for by each rule that places a figure in it (the request's own words, each year,
# a sum named before, a count read as money ...; a table row is the quote of every figure in it): each quote is read
# once while a reply is read, by its text's identity and bounds, and forgotten when the next reply is read
# (reply.parse_reply), so nothing is kept from one reply to the next.
_QUOTE_NUMBERS: dict[tuple[int, int, int], tuple[str, list]] = {}


def forget_quote_numbers() -> None:
    """Forget the quotes' numbers read (at the start of each reply)."""
    _QUOTE_NUMBERS.clear()


def figure_places(text: str, f: Fact) -> list[tuple[int, int]]:
    """The places in ``f``'s quote where its figure is written, scaled ("£5k") or as a range's middle ("£20,001 -
    £40,000"); none found: the figure is read some other way."""
    key = (id(text), f.start, f.end)
    hit = _QUOTE_NUMBERS.get(key)
    if hit is not None and hit[0] is text:
        numbers = hit[1]
    else:
        numbers = _numbers(text, f.start, f.end)
        if len(_QUOTE_NUMBERS) >= 4096:
            _QUOTE_NUMBERS.clear()
        _QUOTE_NUMBERS[key] = (text, numbers)   # (the entry holds the text: its id is not another's while it stands)
    return [(s, e) for value, high, s, e in numbers
            if abs(value - f.value) < 0.005 or high is not None and abs((value + high) / 2 - f.value) < 0.005]
