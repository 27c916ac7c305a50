"""Where a reply's sentences end: one splitter that every reader asking for "the sentence" uses. What lies between
two sentences (a break) depends on what the sentence is wanted for, so the splitter takes a style:

- ``PROSE`` (exemptions, outcomes, question statuses): a break is the space after ". ! ? ;", a blank line, or the
  line break before a list item ("- ...", "2. ...", "b) ..."); a stop after an abbreviation ("s. 40", "No. 3",
  "e.g.", "approx.") is none, and a line break inside a paragraph is none (a PDF wraps its lines).
- ``LINE`` (a figure's sentence: the years or span it is said of): a break is ". ! ? ;" before a space, or any line
  break: a figure's sentence is never read across lines, and is searched near the figure only (no abbreviations:
  a sentence cut short at "No." reads less near a figure, never another line's words).
- ``CAPITAL`` (how far a worked example runs, "e.g. a member of staff may have costs of £5k and ..."): a break is
  ". ? !" before a capital letter or the line's end, or any line break: "e.g. a" and a ";" inside it do not end it.

Other readers look inside one line or one sum's clause, and their breaks differ from these on purpose:

- ``UNIT`` (the units a figure's line is read in, facts/lines.py: "Twelve for Waste. One for Nuisance Vehicle"):
  the space after ". ! ? ;" before a capital, a bracket, "£", a digit or a quote; not after an abbreviation, those
  of figures too ("fig.", "qty.", "avg.", "nos.", "vol.").
- ``LINE_WHOLE`` (a figure's sentence read whole: whether it opens "For example", "For example, one person could
  have received two reminders; three notices", or speaks of cost): as ``LINE``, but a ";" does not end it.
- ``ANY_STOP`` (whether the words between two figures cross a sentence's end: "One staff member works on it full
  time, with input from three others", a line break between them): ". ; ! ?" before a space or the text's end; a
  line break is none.
- ``IN_LINE`` (a line's sentences, for the day a count is held on: "... at present, 3 publically accessible. Each
  public location has ..."): ". ; ! ?" before a capital or a bracket; a stop before lower case ("approx. 3") is none.
- ``STOP`` (the rest of the request's example that a line break cut, "will be discounted to £50 if paid within 10
  days. No"; a numbered line's first sentence, "2. Information not held. Moray Council ..."): ". ! ?" before a space
  or the line's end; a ";" does not end it.
- ``SUM_CLAUSE`` (the words after a sum, where its VAT or "each" is said): a line break, a tab, ";", the next "£",
  or a full stop before a letter or the text's end, not after the short words prices are written with ("inc.",
  "approx.", "no."); ``SUM_SENTENCE`` (the words before a sum): ". ! ?" before a letter, not after those words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Style:
    breaks: re.Pattern      # what lies between two sentences: the space after a stop, or the stop itself
    abbreviations: re.Pattern | None = None    # a stop after one of these ("No.", "s.") is passed over


_ABBREVIATIONS = r"s|ss|no|c|ca|approx|est|e\.g|i\.e|etc|reg|sec|para|mr|mrs|dr|st|inc|incl|exc|excl|ref|tel|v|vs"
_ABBREVIATION_END = re.compile(r"(?:\b(?:" + _ABBREVIATIONS + r")\.)$")
_FIGURE_ABBREVIATION_END = re.compile(r"(?:\b(?:" + _ABBREVIATIONS + r"|fig|vol|nos|qty|avg)\.)$")

PROSE = Style(re.compile(r"(?<=[.!?;])\s+|\n\s*\n|\n(?=\s*(?:[-*\u2022]|\d{1,2}[.)]|[a-h][.)])\s)"), _ABBREVIATION_END)
LINE = Style(re.compile(r"[.!?;](?=\s)|\n"))
CAPITAL = Style(re.compile(r"[.?!](?=\s+[A-Z]|\s*$)|\n", re.MULTILINE))

UNIT = Style(re.compile(r"(?<=[.!?;])\s+(?=[A-Z(£0-9\"'])"), _FIGURE_ABBREVIATION_END)
LINE_WHOLE = Style(re.compile(r"[.!?](?=\s)|\n"))
ANY_STOP = Style(re.compile(r"[.;!?](?:\s|$)"))
IN_LINE = Style(re.compile(r"[.;!?](?=\s+[A-Z(])"))
STOP = Style(re.compile(r"[.!?](?=\s|$)"))
# (the abbreviations of a price, kept apart from _ABBREVIATION_END: "ex." is one, "s." and "etc." are none; the
# patterns are case-blind, so a "capital" after the stop is any letter)
_PRICE_ABBREVIATION = r"(?<!\binc)(?<!\bexc)(?<!\bincl)(?<!\bexcl)(?<!\bapprox)(?<!\best)(?<!\bno)(?<!\bc)(?<!\bex)"
SUM_CLAUSE = Style(re.compile(r"[\n\t;£]|" + _PRICE_ABBREVIATION + r"\.(?:\s+[A-Z]|\s*$)", re.I))
SUM_SENTENCE = Style(re.compile(_PRICE_ABBREVIATION + r"[.!?]\s+(?=[A-Z])", re.I))


def breaks(text: str, style: Style = PROSE, pos: int = 0, endpos: int | None = None):
    """The breaks between sentences in text[pos:endpos] (``re.Match``es: a sentence ends at one's start, the next
    begins at its end)."""
    found = style.breaks.finditer(text, pos, len(text) if endpos is None else endpos)
    if style.abbreviations is None:
        return found
    return (m for m in found if not _after_abbreviation(text, m.start(), style.abbreviations))


def _after_abbreviation(text: str, at: int, abbreviations: re.Pattern) -> bool:
    prev = text[max(0, at - 9):at]
    return prev.endswith(".") and abbreviations.search(prev.lower()) is not None


@lru_cache(maxsize=256)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    out = []
    begin = 0
    for m in breaks(text):
        if m.start() > begin:
            out.append((begin, m.start()))
        begin = m.end()
    if begin < len(text):
        out.append((begin, len(text)))
    return tuple(out)


def sentences(text: str) -> list[tuple[int, int]]:
    """The ``PROSE`` sentences of ``text``, as spans. The same text is split once: every phrase finder asks for its
    sentences."""
    return list(_spans(text))


def sentence_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence (from ``sentences(text)``) holding ``pos``; (pos, pos) between sentences."""
    lo, hi = 0, len(spans) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s, e = spans[mid]
        if pos < s:
            hi = mid - 1
        elif pos >= e:
            lo = mid + 1
        else:
            return s, e
    return pos, pos


def sentence_end(text: str, pos: int, style: Style = LINE) -> int:
    """Where the sentence holding ``pos`` ends: the start of the first break at or after it, else the text's end."""
    stop = next(breaks(text, style, pos), None)
    return stop.start() if stop else len(text)


def sentence_start(text: str, pos: int, lo: int, style: Style = LINE) -> int:
    """Where the sentence holding ``pos`` begins, looking back no further than ``lo``: the end of the last break in
    text[lo:pos], else ``lo``."""
    last = lo
    for m in breaks(text, style, lo, pos):
        last = m.end()
    return last


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The start and end (its "\\n", or the text's end) of the line that holds text[start:end] (``end``: ``start``)."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start if end is None else end)
    return a, len(text) if b < 0 else b
