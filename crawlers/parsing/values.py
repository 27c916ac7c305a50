"""Values as the WhatDoTheyKnow JSON gives them, read leniently: a bad id or timestamp is None, never an error
(one odd field must not lose the rest of a record)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from crawlers.parsing.errors import ParseError
from crawlers.parsing.timestamps import parse_timestamp


def as_int(value: Any) -> int | None:
    try:
        number = int(value) if value not in (None, "") else None
    except (TypeError, ValueError, OverflowError):
        return None
    # ids and counts go into BIGINT columns; anything wider is not a real id
    return number if number is None or -(2**63) < number < 2**63 else None


def as_timestamp(value: Any) -> datetime | None:
    try:
        return parse_timestamp(value)
    except ParseError:
        return None
