"""Words reduced so that a reply's noun matches a question's word without a dictionary: a word's first six letters
as its stem ("cremations", "cremation", "cremated" and "crematoria" name one thing), or a plural as its singular
("salaries"/"salary", "complaints"/"complaint") where six letters would join words that differ."""

from __future__ import annotations

import re

STEM = 6


def stems(text: str, shortest: int = STEM) -> frozenset[str]:
    """The stems of the words of ``text`` at least ``shortest`` letters long."""
    return frozenset(w[:STEM] for w in re.findall(r"[a-z]{%d,}" % shortest, text.lower()))


def singular(word: str) -> str:
    """``word`` (lower case) without a plural's ending: "salaries" -> "salary", "complaints" -> "complaint"; words of
    three letters or fewer ("bus", "gas") as they are."""
    if len(word) <= 3:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word
