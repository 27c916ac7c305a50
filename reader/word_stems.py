"""A word's first six letters as its stem, so that "cremations", "cremation", "cremated" and "crematoria" name one
thing: close enough to match a reply's noun to a question's word without a dictionary."""

from __future__ import annotations

import re

STEM = 6


def stems(text: str, shortest: int = STEM) -> frozenset[str]:
    """The stems of the words of ``text`` at least ``shortest`` letters long."""
    return frozenset(w[:STEM] for w in re.findall(r"[a-z]{%d,}" % shortest, text.lower()))
