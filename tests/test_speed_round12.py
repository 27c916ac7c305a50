"""The reader's speed, round 12: each fast path gives the plain path's answers, on the real-reply set's text and on
random text built from the words the plain patterns look for."""

from __future__ import annotations

import re

import pytest

from reader import asking as A
from reader import classify as C
from reader import scan as S
from reader.facts import table_intro as T
from tests.speed_helpers import random_texts, real_lines, real_texts  # noqa: F401 (fixtures)


def _random_texts(bits: list[str], n: int = 3000, seed: int = 12) -> list[str]:
    return random_texts(bits, n, seed)


# --- a pattern that ignores case searched from its first letters, written in both cases and read with case kept

_CASE_BITS = ["Section ", "section ", "SECTION ", "ſection ", "\u212aent ", "kent ", "\u0130nformation ", "\u0131nfo ",
              "n/a ", "None ", "NIL ", "zero ", "e.g. ", "E.G ", "i.e ", "ie ", "For example ", "FOR INSTANCE ",
              "below ", "BELOW ", "as follows", ":", " - ", "\n", "  ", "12 ", "the following ", "overleaf", "x"]


@pytest.mark.parametrize("pattern", [r"\bsection\s+\d+", r"\bkent\b|\binfo\w*", r"e\.\s?g|i\.\s?e|\bie\b",
                                     r"\b(?:below|as[ \t]+follows)\b|:[ \t\-]*$", r"(?<!\w)(?:none|nil|zero)\b"])
def test_a_pattern_ignoring_case_finds_from_its_letters_what_it_finds(pattern, real_lines):
    rx = re.compile(pattern, re.IGNORECASE)
    fast = S.from_first_char(rx)
    assert fast.pattern.startswith("(?-i:[")      # (a class the engine passes over at once)
    for text in real_lines[:3000] + _random_texts(_CASE_BITS):
        assert S.first_char_spans(rx, fast, text) == [m.span() for m in rx.finditer(text)], text[:80]


def test_a_letter_outside_ascii_keeps_the_class_ignoring_case():
    rx = re.compile(r"\u00e9t\u00e9|x", re.IGNORECASE)
    fast = S.from_first_char(rx)
    assert not fast.pattern.startswith("(?-i:")
    assert S.first_char_spans(rx, fast, "\u00c9T\u00c9 X") == [(0, 3), (4, 5)]


def test_the_line_hints_searched_from_their_letters_say_what_the_plain_ones_say(real_lines):
    from reader.numbers import _WORD_START_HINT_RE, WORD_START_HINT_FAST

    pairs = [(A._EXAMPLE_HINT, A._EXAMPLE_HINT_FAST), (T._POINTS_BELOW, T._POINTS_BELOW_FAST),
             (_WORD_START_HINT_RE, WORD_START_HINT_FAST)]
    for plain, fast in pairs:
        assert fast is not plain
    for text in real_lines + _random_texts(_CASE_BITS):
        for plain, fast in pairs:
            probe = text.lower() if plain is _WORD_START_HINT_RE else text
            assert (plain.search(probe) is None) == (fast.search(probe) is None), (plain.pattern[:40], text[:80])


# --- the words every match of an alternative holds

@pytest.mark.parametrize("pattern, words", [
    (r"(?m:^)[ \t]*(?:please\s+)?refer\s+to\s+the\s+(?:council|authority)\b",
     [{"refer"}, {"to"}, {"the"}, {"council", "authority"}]),
    (r"(?:not\s+(?:currently\s+)?known|unknown)[ \t]*$", [{"known", "unknown"}]),
    (r"(?<=\()(?:[\w-]+\s+){1,3}not\s+available\)", [{"not"}, {"available)"}]),
    (r"(?-i:Council)\s+(?:x+|y)?z", [{"council"}, {"z"}]),
    (r"\bno\b", [{"no"}]),
    (r"\w+", []),
])
def test_needed_words_are_what_every_match_holds(pattern, words):
    assert [set(w) for w in C.needed_words(pattern, re.IGNORECASE)] == words


_NEEDED_BITS = ["refer ", "Refer ", "REFER ", "to the ", "Council", " council", "authority", "not ", "NOT ", "known",
                "UNKNOWN", "available", "(", ")", "\n", "  ", "the ", "is ", "attached", "enclosed", "ſ", "x", "1. ",
                "\nRefer to the Council", "\nplease refer your request to the authority", "\nNot known",
                "(figures not available)", "\nThe form is attached", "refer to the Kent Council"]


@pytest.mark.parametrize("pattern", [
    r"(?m:^)[ \t]*(?:\d{1,2}\s*[.):]\s*)?(?:please\s+)?refer\s+(?:to|your\s+request\s+to)\s+(?:the\s+)?"
    r"(?:[\w&'-]+\s+){0,4}(?:council|authority)\b",
    r"(?m:^)[ \t]*(?:[^\n:]{1,60}:[ \t]*)?(?:not\s+(?:currently\s+)?known|unknown)[ \t]*\.?[ \t]*(?m:$)",
    r"(?<=\()(?:[\w-]+\s+){1,3}not\s+available\)",
    r"^[ \t]*the\s+\w+\s+(?:is|are|has\s+been)\s+(?:attached|enclosed)\b"])
def test_a_text_without_the_needed_words_holds_no_match(pattern):
    rx = re.compile(pattern, re.IGNORECASE | re.MULTILINE)
    needs = (C.needed_words(pattern, rx.flags),)
    matched = 0
    for text in _random_texts(_NEEDED_BITS, 6000):
        if rx.search(text):
            matched += 1
            assert not C._cannot_match(text, needs), text
    assert matched > 50


# --- the phrase lists' one pass without their line-start alternatives, in a text that cannot hold them

def test_the_one_pass_without_line_starts_finds_what_the_whole_one_finds(real_texts):
    needs, reduced = C._ONE_PASS_REDUCED
    assert len(reduced[0].pattern) < len(C._ONE_PASS[0].pattern)
    used = 0
    bits = _NEEDED_BITS + ["We do not hold this information. ", "The information is not held", "section 12 ",
                           "I can confirm that the Council does not hold ", "n't ", "the data requested is attached"]
    for text in real_texts + _random_texts(bits):
        if C._cannot_match(text, needs):
            used += 1
            assert C.phrase_spans(text, reduced) == C.phrase_spans(text), text[:80]
    assert used > 200


def test_without_line_starts_keeps_nothing_where_an_alternative_needs_no_word():
    lists = [re.compile(r"(?m:^)[ \t]*\w+\s+\w+|\bnot\s+held", re.I)]
    assert C.without_line_starts(lists) is None
    lists = [re.compile(r"(?m:^)[ \t]*(?:no|none)\s+held|\bnot\s+held", re.I)]
    needs, (rx, owners) = C.without_line_starts(lists)
    assert [set(w) for w in needs[0]] == [{"no"}, {"held"}]     # ("no|none": the engine reads "no" first)
    assert C.phrase_spans("We have not held it", (rx, owners)) == ((((8, 16),),))


# --- the whole-text patterns find_pattern runs beside the one pass, searched from their first characters

def test_whole_text_patterns_find_from_their_first_characters_what_they_find(real_texts):
    patterns = (C._NCND, C._PIT, C._HOLDING, C._CLARIFY, C._ACK, C._REVIEW)
    bits = ["neither confirm nor deny ", "Public Interest Test ", "the public interest in ", "outweigh ", "extended ",
            "Could you please clarify ", "acknowledge receipt ", "internal review outcome ", "ſ", "\n", ". ", "x "]
    for text in real_texts + _random_texts(bits, 1500):
        for rx in patterns:
            assert list(C._spans_of(text, rx)) == [m.span() for m in rx.finditer(text)], (rx.pattern[:40], text[:80])
    assert all(C._FIRST_CHAR_FORMS[id(rx)][1] is not None for rx in patterns)
