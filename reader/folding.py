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


# A reply's whole text is lowered for a dozen tests of the words a pattern needs (its exemptions, outcome field,
# kind, zeros said in words ...): each text is lowered once while one reply is read, the same string object
# answered from here (a text holding letters outside ASCII lowers a character at a time). By identity, not by
# value, and forgotten when the next reply is read (parse_reply), so nothing is kept from one reply to the next.
_LOWERED: dict[int, tuple[str, str]] = {}


def lowered(text: str) -> str:
    """``text.lower()``, for a text lowered more than once while a reply is read."""
    hit = _LOWERED.get(id(text))
    if hit is not None and hit[0] is text:
        return hit[1]
    low = text.lower()
    if len(_LOWERED) >= 16:
        _LOWERED.clear()
    _LOWERED[id(text)] = (text, low)   # (the entry holds the text: its id is not taken by another while it stands)
    return low


def forget_lowered() -> None:
    """Forget the texts lowered while the last reply was read."""
    _LOWERED.clear()
