"""Which texts a cheap substring test may not speak for.

The scanners test a line for the words every match of a pattern holds ("jan" … "dec", "£", "not") before they
search it, because a search costs several times the test and most lines of a reply hold none of them. The test
looks at ``text.lower()``; re.IGNORECASE also matches a few letters that lowering does not turn into the ASCII
letter they stand for: "ſ" (an "s"), "ı" (an "i") and "İ" (an "i", which lowers to "i" and a combining dot). A
text holding one of them is searched whatever the test says."""

from __future__ import annotations

CASE_FOLDS = ("ſ", "ı", "İ")


def folds_unseen(text: str) -> bool:
    """Whether ``text`` holds a letter that re.IGNORECASE reads as an ASCII letter ``text.lower()`` lacks."""
    return not text.isascii() and ("ſ" in text or "ı" in text or "İ" in text)     # (isascii: a flag, no scan)
