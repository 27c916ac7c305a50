"""What the question-status rules (question_status.py and the modules it reads: answers_under_numbers.py,
sent_elsewhere.py, none_said.py) share: a question's words, its lettered part's number, the number a line opens
with, and how many lines a rule reads at most."""

from __future__ import annotations

import re
from functools import lru_cache

from .question_number import ANY_NUMBER, PART

_WORD = re.compile(r"[a-z0-9']+")
MAX_LINES = 500      # a reply numbers, cites or sends elsewhere a few dozen times at most; more is a data dump
_PART_ID = re.compile(r"(\d+)[a-z]+")


@lru_cache(maxsize=1024)     # (asked of every question of every reply: a survey's few dozen ids)
def _parent(qid: str) -> str | None:
    m = _PART_ID.fullmatch(qid)
    return m.group(1) if m else None


# the number an answer opens with: "5 Operation and monitoring ...", "Q3. ..."
_LEAD_NUMBER = re.compile(r"^\s*" + ANY_NUMBER + PART + r"\b\s*[.):]?", re.IGNORECASE)
