"""Alaveteli's timestamp styles, all to timezone-aware datetimes.

Recent JSON: ``2021-10-05T14:02:11.000+01:00``; older sites: ``2013/06/18 10:18:19 +1000``;
the authorities CSV: ``2007-10-24 11:51:01 +0100``; pages: ``5 October 2021``.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

from crawlers.parsing.errors import ParseError

_SPACED = re.compile(
    r"^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?\s*$"
)
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_LONG_DATE = re.compile(r"^\s*(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})\s*$")


def parse_timestamp(value: object) -> datetime | None:
    """A datetime (UTC when the text has no offset) or None for an empty value; ParseError otherwise."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if not isinstance(value, str):
        raise ParseError(f"not a timestamp: {value!r}")
    text = value.strip()
    if not text:
        return None
    m = _SPACED.match(text)
    if m:
        y, mo, d, h, mi, s, frac, tz = m.groups()
        micro = int((frac or "0")[:6].ljust(6, "0"))
        try:
            naive = datetime(int(y), int(mo), int(d), int(h), int(mi), int(s or 0), micro)
        except ValueError as exc:
            raise ParseError(f"not a timestamp: {value!r}") from exc
        if tz in (None, "Z", "UTC"):
            return naive.replace(tzinfo=UTC)
        tz = tz.replace(":", "")
        hours, minutes = int(tz[1:3]), int(tz[3:5])
        if hours > 23 or minutes > 59:
            raise ParseError(f"not a timestamp: {value!r}")
        offset = timedelta(hours=hours, minutes=minutes)
        return naive.replace(tzinfo=timezone(-offset if tz[0] == "-" else offset))
    m = _LONG_DATE.match(text)
    if m and m.group(2).lower() in _MONTHS:
        try:
            return datetime(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)), tzinfo=UTC)
        except ValueError as exc:
            raise ParseError(f"not a date: {value!r}") from exc
    try:
        d = date.fromisoformat(text)
    except ValueError as exc:
        raise ParseError(f"not a timestamp: {value!r}") from exc
    return datetime(d.year, d.month, d.day, tzinfo=UTC)


def parse_since(value: str | None) -> date | None:
    """The `since=` argument: YYYY-MM-DD, or a clear error."""
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise ParseError(f"since={value!r} is not a date; write it as YYYY-MM-DD, e.g. since=2021-09-01") from exc
