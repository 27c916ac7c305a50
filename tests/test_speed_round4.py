"""The reader's speed, round 4 (issue 13 item 6): each fast path gives the plain path's answers."""

from __future__ import annotations

import random
import re

import pytest

from reader import classify as C
from reader import scan
from tests.speed_helpers import set_texts




def _spans(rx, text):
    return [m.span() for m in rx.finditer(text)]


# --- classify's phrase searches remembered by the pattern's id

def test_a_phrase_search_is_remembered_for_its_own_pattern_only():
    text = "We do not hold this information. Please find attached the figures."
    one, other = re.compile(r"\bnot\s+hold\b", re.I), re.compile(r"\bplease\s+find\b", re.I)
    held, find = (6, 14), (33, 44)
    assert text[slice(*held)] == "not hold" and text[slice(*find)] == "Please find"
    assert C.find_pattern(text, one) == [held]
    assert C.find_pattern(text, other) == [find]
    again = re.compile(r"\bnot\s+hold\b", re.I)      # an equal pattern of its own: the same answer
    assert C.find_pattern(text, again) == [held]
    for _ in range(600):                            # more questions than are remembered: still right
        C.find_pattern(text + " " * random.randint(1, 50), one)
    assert C.find_pattern(text, one, context_check=False) == [held]
    assert C.find_pattern(text, other) == [find]


# --- the response cue's leading spaces taken possessively

def test_the_response_cue_finds_what_the_written_one_finds():
    written = re.compile(C._RESPONSE_CUE.pattern.replace(r"^\s*+", r"^\s*", 1), C._RESPONSE_CUE.flags)
    assert written.pattern != C._RESPONSE_CUE.pattern
    texts = set_texts()
    rnd = random.Random(41)
    bits = ["Response", " our response:", "the council's reply", "Council answers", "\n", "\n\n\n", " ", "\t",
            "Please find attached", "we can confirm", "the authority has purchased", "responses", "RESPONSE",
            "answer", "Dear Sir", "\u2028", "\xa0", "our", "ſ"]
    texts += ["".join(rnd.choice(bits) for _ in range(rnd.randint(1, 15))) for _ in range(3000)]
    for text in texts:
        assert _spans(C._RESPONSE_CUE, text) == _spans(written, text), text[:80]


def test_a_reply_of_blank_lines_is_read_as_before():
    text = "Dear Sir" + "\n \n" * 3000 + "Our response\nWe hold 3."
    assert C._RESPONSE_CUE.search(text).group(0).strip() == "Our response"
    assert C.reply_kind(text, False, False, False) == "response"


# --- the sections pattern of the never-figures tried only where a word and a number follow

def test_the_sections_pattern_finds_what_the_written_one_finds():
    fast = next(rx for rx in scan._NEVER if "(?=" + scan._WORD_THEN_NUMBER + ")" in rx.pattern)
    written = re.compile(fast.pattern.replace(r"\b(?=" + scan._WORD_THEN_NUMBER + ")", r"\b", 1), fast.flags)
    assert written.pattern != fast.pattern
    lines = [ln for text in set_texts() for ln in text.split("\n")]
    rnd = random.Random(42)
    bits = ["section 12", "s.12", "ss 40(2)", "Reg. 12(4)(a)", "art.5", "no. 5", "No.. 7", "no. . 8", "pp.12",
            "p. 4", "PO Box 12", "po\tbox 9", "Q3", "question 4a", "v2", "iOS 15", "Windows 10", "level 3",
            "ſection 12", "\u212a", "sections 12 and 14", "page 3 of 4", "12", " ", ".", "\t", "-", "x", "ab",
            "item", "²", "_", "box", "\u0130tem 4", "ıtem 5", "tier\u00a02"]
    lines += ["".join(rnd.choice(bits) for _ in range(rnd.randint(1, 10))) for _ in range(5000)]
    found = 0
    for line in lines:
        got = _spans(fast, line)
        assert got == _spans(written, line), line
        found += bool(got)
    assert found > 1000


# --- the not-held, refusal and information-sent phrase lists searched in one pass

PHRASE_BITS = ["ſ", "K", "İ", "ı", "n't", "\n", "  ", "1. ", "Refer to the County Council", "We do not hold",
               "DO NOT HOLD", "ſuch decision is taken by our insurers", "we don't hold", "not held",
               "the data is not held", "İnformation", "unable to provide the information", "we are refusing your request",
               "Kent County Council", "x", "é", "£5", "The surveys are attached.", "\n  the figures are enclosed",
               "please refer to", "We enclose the information", "is exempt from disclosure", "provided with the data",
               "cannot provide the", "not held not held", "held by the contractors", "would require a significant"]


def _each_list(text):
    return tuple(tuple(_spans(rx, text)) for rx in (C._NOT_HELD, C._REFUSE, C._PROVIDED))


def test_one_pass_finds_what_each_list_finds():
    texts = set_texts()
    rnd = random.Random(43)
    texts += [" ".join(rnd.choice(PHRASE_BITS) for _ in range(rnd.randint(1, 14))) for _ in range(4000)]
    found = [0, 0, 0]
    for text in texts + [t.upper() for t in texts[:300]] + [t.lower() for t in texts[:300]]:
        one = C.phrase_spans(text)
        assert one == _each_list(text), text[:120]
        for k in range(3):
            found[k] += bool(one[k])
    assert min(found) > 100


def test_one_pass_keeps_each_lists_matches_apart_where_they_overlap():
    # a not-held answer with a refusal inside it: each list's own matches, as its own search gives them
    text = "The data we cannot provide the ones that are not held. We cannot provide the rest."
    nh, rf, pv = C.phrase_spans(text)
    assert [text[s:e] for s, e in nh] == ["data we cannot provide the ones that are not held"]
    assert [text[s:e] for s, e in rf] == ["cannot provide the", "cannot provide the"]
    assert (nh, rf, pv) == _each_list(text)
    assert C.find_not_held(text) == list(nh) and C.find_pattern(text, C._REFUSE) == list(rf)


def test_one_pass_is_built_for_the_three_lists_only_where_it_can_be():
    assert C._ONE_PASS is not None and set(C._ONE_PASS[1]) == {0, 1, 2}
    assert C.one_pass([re.compile(r"(a)|b", re.I)]) is None         # a group of its own
    assert C.one_pass([re.compile(r"ab|cd")]) is None                 # case kept
    rx, owners = C.one_pass([re.compile(r"\bab|cd\b", re.I), re.compile(r"\bcd|\bef", re.I | re.M)])
    text = "AB cd ef abcd"
    got = C.phrase_spans(text, (rx, owners))
    assert got == (((0, 2), (3, 5), (9, 11)), ((3, 5), (6, 8)))


# --- the never-figure patterns searched only from the characters their matches start with

NEVER_BITS = ["2 Attachments", "Request for information 3", "numbers between 1 and 5", "children aged under 5",
              "the age of 65", "sites 1) How many", "5. - 7. Not held", "LAST 10 PLOTS", "more than 1", "8 [1]www.x",
              "12/05/2019", "2019-05-12", "5.1 LA", "1.2.3", "FOI2021/1234", "SW1A 1AA", "CRM-12345", "2021/1234/56",
              "٣/٤/٢٠٢٠", "A-12", "12", "x", " ", "-", "/", ".", "ſ", "K", "Q3", "ref", "£450", "£5 per hour", "3rd",
              "10:30", "9.30am", "0161 234 5678", "+44 (0)20 7946 0000", "Tel: 01234 567890", "[FOI #123 email]",
              "www.example.gov.uk", "a@b.org", "1 March 2020", "March 1, 2020", "June 2021", "20 working days",
              "50%", "5 or more years", "not £160", "cost limit of £450", "page 3 of 4", "at 2 above", "<5", "1, 2 or 3",
              "section 12", "Act 2000", "GDPR 2018", "Our ref: AB/12", "Case Reference: RFI 1576", "9349-16", "\n",
              "\u0660\u0661", "\u212a", "İ", "ı", "ext. 1234", "\t"]


def test_never_patterns_from_their_first_character_find_what_they_find():
    lines = [ln for text in set_texts() for ln in text.split("\n")]
    rnd = random.Random(44)
    lines += ["".join(rnd.choice(NEVER_BITS) for _ in range(rnd.randint(1, 12))) for _ in range(4000)]
    from reader.facts import reply_lines as RL

    fast_ones = [(rx, fast) for rx, fast in zip(scan._NEVER, scan._NEVER_FROM_FIRST) if fast is not None]
    assert len(fast_ones) > 30
    fast_ones += [(rx, fast) for rx, fast in zip(RL._NOT_A_FIGURE, RL._NOT_A_FIGURE_FAST) if fast is not None]
    found = 0
    for line in lines:
        for rx, fast in fast_ones:
            want = [m.span() for m in rx.finditer(line)]
            assert scan.first_char_spans(rx, fast, line) == want, (rx.pattern[:50], line)
            found += bool(want)
    assert found > 2000


def test_never_spans_are_what_every_pattern_finds():
    lines = [ln for text in set_texts()[::2] for ln in text.split("\n")]
    rnd = random.Random(45)
    lines += ["".join(rnd.choice(NEVER_BITS) for _ in range(rnd.randint(1, 12))) for _ in range(2000)]
    for line in lines:
        if not re.search(r"\d", line):
            continue        # (never_spans reads only lines with a digit)
        # (less the whole's part said after it, "225 of these 10", which never_spans lets through on purpose)
        plain = sorted((m.start(), m.end()) for rx in scan._NEVER for m in rx.finditer(line)
                       if m.end() > m.start() and not scan._part_after_whole(line, m.start(), m.end()))
        assert sorted(scan.never_spans(line)) == plain, line


def test_what_cannot_be_searched_from_its_first_character_is_searched_as_it_is():
    assert scan.from_first_char(re.compile(r"(?<![\w.+-])[\w.+-]+@x")) is None      # any word character
    assert scan.from_first_char(re.compile(r"^[ \t]*\d")) is None                  # a space
    assert scan.from_first_char(re.compile(r"\d*")) is None                        # empty
    assert scan.from_first_char(re.compile(r"(\d)x")) is None                      # a group of its own
    fast = scan.from_first_char(re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.I))
    assert fast is not None and fast.pattern.startswith(r"[\d]")


def test_a_value_shifted_is_the_value_replaced():
    from dataclasses import fields, replace

    given = {f.name: (i if f.type in ("int", int) else 2.5 if f.type in ("float", float)
                      else f"t{i}" if f.type in ("str", str) else True) for i, f in enumerate(fields(scan.Value))}
    v = scan.Value(**given)
    assert v.shifted(7) == replace(v, start=v.start + 7, end=v.end + 7)
    assert all(getattr(v.shifted(0), f.name) == given[f.name] for f in fields(scan.Value))


# --- plain ASCII replies not translated

def test_normalise_of_a_plain_ascii_reply_is_the_translated_one():
    texts = set_texts()
    rnd = random.Random(47)
    bits = ["a", " ", "\n", "\r\n", "\r", "\f", "\v", "\xa0", "\u2013", "\u2019", "1", "2 2. Please send", "é", "\t"]
    texts += ["".join(rnd.choice(bits) for _ in range(rnd.randint(1, 20))) for _ in range(3000)]
    for text in texts:
        out = text.translate(scan._SAME_LENGTH)
        out = re.sub(r"\r(?=\n)", " ", out).replace("\r", "\n")
        assert scan.normalise(text) == scan._PAGE_BEFORE_NUMBER.sub(lambda m: " " * len(m.group(0)), out)
