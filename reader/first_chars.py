"""Where a pattern's matches can start: the characters a parsed pattern's match may begin with, and a pattern
searched only from them. The reader's hot searches (the never-figure spans, the phrase lists, a survey's subjects)
are tried only where such a character stands, not at every character of a reply."""

from __future__ import annotations

import re
from re import _constants as _K, _parser as _P


# The characters other than its two cases that an ASCII letter matches where case is ignored (Unicode's case folding:
# "ı" and "İ" are an "i", the Kelvin sign a "k", the long "ſ" an "s"); a test holds every letter to this
FOLDED_WITH = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def first_chars(items, flags: int):
    """The characters a match of the parsed pattern ``items`` can start with (literal characters, as written;
    the flags in force say whether case is ignored), and whether it can match the empty string. None: any
    character may start it, or the pattern uses something this does not follow. "\\d" in the set stands for any
    decimal digit (the never-figure patterns are searched only from where their first character is)."""
    out: set[str] = set()
    for op, av in items:
        if op is _K.LITERAL:
            out.add(chr(av))
            return out, False
        if op is _K.IN:
            chars = set()
            for o, a in av:
                if o is _K.LITERAL:
                    chars.add(chr(a))
                elif o is _K.RANGE and a[1] - a[0] < 128:
                    chars |= {chr(x) for x in range(a[0], a[1] + 1)}
                elif o is _K.CATEGORY and a is _K.CATEGORY_DIGIT:
                    chars.add(r"\d")
                else:
                    return None, False
            return out | chars, False
        if op in (_K.AT, _K.ASSERT, _K.ASSERT_NOT):
            continue        # zero-width: the next item starts the match
        if op is _K.SUBPATTERN:
            sub_flags = (flags | av[1]) & ~av[2]
            if sub_flags != flags:
                return None, False      # a change of case rule inside: not followed
            chars, empty = first_chars(av[3], flags)
        elif op is _K.BRANCH:
            chars, empty = set(), False
            for alt in av[1]:
                c, e = first_chars(alt, flags)
                if c is None:
                    return None, False
                chars |= c
                empty = empty or e
        elif op in (_K.MAX_REPEAT, _K.MIN_REPEAT):
            c, e = first_chars(av[2], flags)
            chars, empty = c, e or av[0] == 0
        else:
            return None, False
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def from_first_char(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """``rx`` searched only from the characters its matches start with: each of them is read, then ``rx`` is
    matched from it inside a look-ahead (group 1 is its match), so the engine skips the other characters
    without trying the pattern there (at every digit, not at every character). Its finditer overlaps where
    ``rx``'s does not: first_char_spans skips a match that starts inside the last one, as finditer would. None where
    a match may start with anything, with a space, or be empty, or ``rx`` has groups or global inline flags."""
    try:
        chars, empty = first_chars(_P.parse(rx.pattern, rx.flags), rx.flags)
    except re.error:
        return None
    if chars is None or empty or rx.groups or any(c.isspace() for c in chars) \
            or re.match(r"\(\?[aiLmsux]+\)", rx.pattern):
        return None
    kept = _case_kept(chars, rx.flags)
    first = "".join(c if c == r"\d" else re.escape(c) for c in sorted(kept))
    # (where case is ignored, the class is written with each letter's cases and read with case kept: the engine then
    # passes over every other character at once, as it does for a class of digits, not trying the pattern there)
    lead = f"[{first}]" if kept is chars else f"(?-i:[{first}])"
    return re.compile(f"{lead}(?<=(?=({rx.pattern}))[\\s\\S])", rx.flags)


def _case_kept(chars: set[str], flags: int) -> set[str]:
    """``chars`` (first_chars' set) with every character each of them matches where ``flags`` ignore case: an ASCII
    letter's other case and the letters that fold to it (FOLDED_WITH); ``chars`` itself where case is kept,
    none of them is an ASCII letter (no case to write out), or one is a letter outside ASCII (its cases are not
    followed here)."""
    if not flags & re.IGNORECASE or not any(c.isascii() and c.isalpha() for c in chars) \
            or any(c != r"\d" and not c.isascii() and (c.isalpha() or c.lower() != c.upper()) for c in chars):
        return chars
    out = set(chars)
    for c in chars:
        if c.isascii() and c.isalpha():
            out |= {c.lower(), c.upper(), *FOLDED_WITH.get(c.lower(), "")}
    return out


def first_char_spans(rx: re.Pattern[str], fast: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    """The spans of ``rx``'s matches in ``text`` as its finditer gives them, found with ``fast`` (from_first_char's
    form of ``rx``, whose matches are never empty; None: ``rx`` itself)."""
    if fast is None:
        return [(m.start(), m.end()) for m in rx.finditer(text)]
    # each search goes on from the last match's end, as finditer does: finditer over ``fast`` itself would try the
    # pattern again from every character inside a long match ("2019/2019/2019/...": quadratic)
    out, pos, search = [], 0, fast.search
    while (m := search(text, pos)) is not None:
        s, e = m.span(1)
        out.append((s, e))
        pos = e
    return out


def grouped_from_first_char(rx: re.Pattern[str]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """For first_char_matches: ``rx`` with its named groups made plain ones, and that pattern's from_first_char form
    (None, None where there is none: other groups, a back-reference to a name)."""
    try:
        plain = re.compile(re.sub(r"\(\?P<\w+>", "(?:", rx.pattern), rx.flags)
    except re.error:
        return None, None
    fast = from_first_char(plain)
    return (plain, fast) if fast is not None else (None, None)


def first_char_matches(rx: re.Pattern[str], found: tuple, text: str) -> list[re.Match[str]]:
    """``rx``'s matches in ``text`` as its finditer gives them, with its groups, found only from the characters they
    start with (``found``: grouped_from_first_char(rx)); each is ``rx`` matched where the plain pattern matched."""
    plain, fast = found
    if fast is None:
        return list(rx.finditer(text))
    spans = first_char_spans(plain, fast, text)
    return [rx.match(text, a) for a, _ in spans] if spans else []     # (asked of every line: most have none)
