"""The reader's speed, round 12: each fast path gives the plain path's answers, on the real-reply set's text and on
random text built from the words the plain patterns look for."""

from __future__ import annotations

import random
import re

import pytest

from reader import asking as A
from reader import classify as C
from reader import scan as S
from reader.facts import table_intro as T


@pytest.fixture(scope="module")
def real_texts() -> list[str]:
    from benchmarks import real_set

    cases = real_set.load_cases()
    assert len(cases) > 100
    return [c.text for c in cases]


@pytest.fixture(scope="module")
def real_lines(real_texts) -> list[str]:
    return [ln for t in real_texts for ln in t.split("\n") if ln.strip()]


def _random_texts(bits: list[str], n: int = 3000, seed: int = 12) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(bits) for _ in range(rnd.randint(1, 20))) for _ in range(n)]


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
    from reader.numbers import _WORD_START_HINT_RE

    pairs = [(A._EXAMPLE_HINT, A._EXAMPLE_HINT_FAST), (T._POINTS_BELOW, T._POINTS_BELOW_FAST),
             (_WORD_START_HINT_RE, S._WORD_START_HINT_FAST)]
    for plain, fast in pairs:
        assert fast is not plain
    for text in real_lines + _random_texts(_CASE_BITS):
        for plain, fast in pairs:
            probe = text.lower() if plain is _WORD_START_HINT_RE else text
            assert (plain.search(probe) is None) == (fast.search(probe) is None), (plain.pattern[:40], text[:80])


