"""The reader's speed, round 6 (issue 13 item 6): each fast path gives the plain path's answers, on the real-reply
set's text and on random text built from the words the plain patterns look for."""

from __future__ import annotations

import re

import pytest

from reader import classify as C
from reader import money as M
from reader import numbers as N
from reader import periods as P
from reader.facts import measures as ME
from reader.facts import reply_lines as RL
from reader.facts import words as W
from reader.folding import folds_unseen
from reader.first_chars import first_char_spans
from tests.speed_helpers import random_texts, real_lines, real_texts  # noqa: F401 (fixtures)


def _random_texts(bits: list[str], n: int = 3000, seed: int = 6) -> list[str]:
    return random_texts(bits, n, seed)


def _span(m: re.Match | None):
    return None if m is None else (m.span(), m.groups())


# --- words of buying and of getting rid of things, searched only where the line holds one

_BUYING_BITS = ["purchased ", "Bought ", "buys ", "BUYING ", "acquired ", "procured ", "ordered ", "leased ", "rented ",
                "disposed of ", "disposals ", "recycled ", "written-off ", "writes off ", "decommissioned ",
                "scrapped ", "STOLEN ", "purchaſed ", "Purchaſe ", "ſtolen ", "reordered ", "the council ", "12 ",
                "laptops ", "\n", "  ", "buy", "writ", "off"]


def test_buying_and_disposal_searches_are_the_plain_ones(real_lines):
    found = [0, 0]
    for text in real_lines + _random_texts(_BUYING_BITS):
        got = _span(W.search_acquired(text)), _span(W.search_not_acquired(text))
        assert got == (_span(W._ACQUIRED.search(text)), _span(W._NOT_ACQUIRED.search(text))), text[:80]
        found[0] += got[0] is not None
        found[1] += got[1] is not None
    assert min(found) > 100


def test_a_line_of_disposals_is_still_read_as_one():
    assert W.search_not_acquired("Devices disposed of in 2020: 45").group(0) == "disposed of"
    assert W.search_acquired("Number of laptops PURCHASED") is not None
    assert W.search_acquired("Laptops issued to staff") is None


# --- a month and year leading a line: the month's names tried only at a line opening with one of their letters

_MONTH_BITS = ["September 2019: 98", "Sept 2020 1,045", "a) March 2010 290", "may 2021", "April 2020 50", "\n", "\n ",
               "\t", "  ", "Total", "June 20", "dec. 2018", "Oct 1999", "SEP 2020", "ſept 2020", "b) ", "2019 "]


def test_month_labels_are_found_where_the_plain_pattern_finds_them(real_texts):
    found = 0
    for text in real_texts + _random_texts(_MONTH_BITS):
        fast = [(m.start(1), m.groups()) for m in RL._LEADING_MONTH_YEAR_FAST.finditer(text)]
        assert fast == [(m.start(1), m.groups()) for m in RL._LEADING_MONTH_YEAR.finditer(text)], text[:80]
        found += bool(fast)
    assert found > 100


def test_months_in_consecutive_years_label_years_to_that_month():
    text = "September 2019: 98\nSeptember 2020: 1,045\n"
    assert set(RL._month_label_kinds(text).values()) == {"year_to"}


# --- the never-a-figure rules of the line model, tested for their words in a loop

_NOT_A_FIGURE_BITS = ["2 Attachments", "Request for information 3", "numbers between 1 and 5", "children aged under 5",
                      "the age of 65", "sites 1) How many", "5. - 7. Not held", "LAST 10 PLOTS", "more than 1",
                      "8 [1]www.x", "5 acres", "Total length (in metres): 22412", "code 40 and code 87", " ",
                      "\n", "ſ", "Aged 16-24", "12", "the first 5 applicants", "4.25 hectares", "top 3"]


def _not_a_figure_plain(raw: str) -> list[tuple[int, int]]:
    low, unseen = raw.lower(), folds_unseen(raw)
    return [(a, b) for rx, fast, needs in zip(RL._NOT_A_FIGURE, RL._NOT_A_FIGURE_FAST, RL._NOT_A_FIGURE_NEEDS)
            if unseen or any(w in low for w in needs) for a, b in first_char_spans(rx, fast, raw)]


def test_not_a_figure_spans_are_the_plain_ones(real_lines):
    found = 0
    for text in [ln for ln in real_lines if re.search(r"\d", ln)] + _random_texts(_NOT_A_FIGURE_BITS):
        got = RL._not_a_figure_spans(text)
        assert got == _not_a_figure_plain(text), text[:80]
        found += bool(got)
    assert found > 100


# --- counts written with "no" stuck to them: looked for only after a digit followed by "no" or "nr"

_COUNTED_BITS = ["13no", "25no.", "4nr", "1,200nos", "13 no", "3No ", "no ", "nr", "5", " ", "\n", "x13no", "4NR."]


def test_every_counted_unit_holds_its_hint(real_lines):
    found = 0
    for text in real_lines + _random_texts(_COUNTED_BITS):
        if RL._COUNTED_UNIT.search(text):
            assert RL._COUNTED_HINT.search(text), text[:80]
            found += 1
    assert found > 100


# --- what a heading measures: its money and count words looked for before they are searched

_MEASURE_BITS = ["Cost ", "unit price ", "Spend ", "spent ", "expenditure ", "value ", "Amount ", "paid ", "charges ",
                 "fee ", "GBP ", "pounds ", "income ", "revenue ", "budgets ", "£", "Number ", "no. ", "Quantity ",
                 "qty ", "count ", "volume ", "How many ", "units ", "amount purchased ", "each ", "total ", "ſpent ",
                 "Total", "per device ", "laptops ", " ", "\n", "pricing ", "accountable "]


def test_measure_gates_pass_every_text_the_patterns_match(real_lines):
    found = [0, 0]
    for text in real_lines + _random_texts(_MEASURE_BITS):
        low, unseen = text.lower(), folds_unseen(text)
        if ME._MONEY_WORDS.search(text):
            assert unseen or ME._may_say_money(low), text[:80]
            found[0] += 1
        if ME._COUNT_WORDS.search(text):
            assert unseen or ME._may_count(low), text[:80]
            found[1] += 1
    assert min(found) > 100


def test_a_heading_s_measure_is_read():
    assert ME.measure_of("Estimated unit cost") == "unit_cost_gbp"
    assert ME.measure_of("Number of devices") == "count"
    assert ME.measure_of("Devices") is None
    assert ME.measure_of("Total:") == "sum"


# --- the phrase lists' one pass: a letter's group read before it is tried, the line-start group behind a look-back

def test_what_stands_before_an_alternative_is_told():
    assert C._preceded_by("(?m:^)[ \t]*the", re.I) == {"\n"}
    assert C._preceded_by("(?m:^[ \t]*the)", re.I) == {"\n"}
    assert C._preceded_by(r"\Athe", 0) == {"\n"}
    assert C._preceded_by(r"(?<=\()(?:[\w-]+\s+){1,3}not\s+available\)", re.I) == {"("}
    assert C._preceded_by(r"(?<=[(\[])x", 0) == {"(", "["}
    for alt in ("the^", "(?:a|^)the", r"\bthe", r"(?<=a)x", r"(?<!\()x", r"(?<=\w)x"):
        assert C._preceded_by(alt, re.I) is None, alt


_LINE_BITS = ["the form is attached", "The survey are attached", " refer to the council", "1. Please refer to the "
              "authority", "not held", "ab ", "cd ", "\n", "\n  ", " ", "x", "The", "(", ")", "(cases not held)"]


def test_one_pass_with_line_start_alternatives_finds_what_each_list_finds():
    lists = [re.compile(r"(?m:^)[ \t]*the\s+\w+\s+(?:is|are)\s+attached|\bnot\s+held|(?<=\()(?:\w+\s+)?not\s+held\)",
                        re.I),
             re.compile(r"(?m:^[ \t]*(?:\d\.\s*)?(?:please\s+)?refer\s+to\s+the\s+\w+)|\bab", re.I | re.M),
             re.compile(r"\bcd\b|\bthe\b", re.I)]
    rx, owners = C.one_pass(lists)
    assert "(?<![^\\n\\(])" in rx.pattern     # the last group, tried only after a line break or "("
    found = 0
    for text in _random_texts(_LINE_BITS, 4000):
        got = C.phrase_spans(text, (rx, owners))
        assert got == tuple(tuple(m.span() for m in r.finditer(text)) for r in lists), text[:80]
        found += bool(got[0]) and bool(got[1])
    assert found > 100


def test_one_pass_keeps_a_rest_group_that_starts_anywhere():
    lists = [re.compile(r"(?:\s|^)+held|\bab", re.I)]
    rx, owners = C.one_pass(lists)
    assert "(?<![^" not in rx.pattern


# --- the money hint: its words in the lowered text, its digit-then-"p" forms searched

_MONEY_BITS = ["£", "GBP", "ukp", "Pounds", "sterling", "5p", "5 pence", "5 pm", "12 P", "3\u00a0p", "ſterling",
               "UKP", "pound", "x", " ", "\n", "12", "p", "pence", "laptops", "K"]


def test_money_hint_is_the_plain_one(real_lines):
    found = 0
    for text in real_lines + _random_texts(_MONEY_BITS):
        got = M._may_be_money(text)
        assert got == (M._MONEY_HINT.search(text) is not None), text[:80]
        found += got
    assert found > 100


# --- a range of dates without a month's name holds a date in figures

_DATE_BITS = ["12/05/2019", "1.4.20", "01-04-2020", " to ", " - ", "between ", " and ", "1 April 2019",
              "March 31, 2023", "2019", "12/05", "5.1", " ", "\n", "ſep", "from ", "31/3/21"]


def test_every_date_range_holds_a_month_or_a_date_in_figures(real_lines):
    found = 0
    for text in real_lines + _random_texts(_DATE_BITS):
        if P._RX_DATE_RANGE.search(text):
            assert folds_unseen(text) or P._MONTHS3.search(text.lower()) or P._NUM_DATE_HINT.search(text), text[:80]
            found += 1
    assert found > 100


# --- number words, zeros and "N/A" looked for only where a word starts

_NUMBER_BITS = ["one", "phone", "someone", "none", "None", "nil", "N/A", "n.a.", "not applicable", "two hundred",
                "a dozen", "-one", "twenty-one", "zero", "12", "1,200", "Tel: [phone number]", " ", "\n", "x", "ſ",
                "_one", "(one)", "ONE", "nought", "done"]


def _numbers_plain(text: str) -> list:
    out, pos = [], 0
    while (found := N._next_core(text, N._MASTER_RE, pos)) is not None:
        m, value, end, kind = found
        out.append(N.Quantity(value, False, text[m.start():end], m.start(), end, None, kind == "na"))
        pos = end
    return out


def test_numbers_found_are_the_master_pattern_s(real_lines):
    found = 0
    for text in real_lines + _random_texts(_NUMBER_BITS):
        got = N.find_numbers(text)
        assert got == _numbers_plain(text), text[:80]
        found += any(q.raw[:1].isalpha() for q in got)
    assert found > 100


def test_one_inside_a_word_is_no_number_word():
    assert N._master_for("Tel: [phone number]") is None
    assert [q.value for q in N.find_numbers("one laptop, none left")] == [1.0, 0.0]


# --- the sent-elsewhere phrases searched only in a reply holding one of their words

_ELSEWHERE_BITS = ["you may wish to contact ", "redirect your request to ", "is a matter for ", "would be held by ",
                   "is held by The Police", "refer you to ", "you need to approach ", "This would need to be directed "
                   "to ", "you might want to ask ", "write to ", "the council ", " ", "\n", "ſ", "Matters for "]


def test_every_sent_elsewhere_phrase_holds_one_of_its_words(real_texts):
    from reader import sent_elsewhere as SE

    found = 0
    for text in real_texts + _random_texts(_ELSEWHERE_BITS):
        if SE._ELSEWHERE.search(text):
            low = text.lower()
            assert folds_unseen(text) or any(w in low for w in SE._ELSEWHERE_NEEDS), text[:80]
            found += 1
    assert found > 50


# --- patterns searched at every line's start, told the characters their lines open with

def _without(rx: re.Pattern, look: str) -> re.Pattern:
    assert look in rx.pattern
    return re.compile(rx.pattern.replace(look, "", 1), rx.flags)


_HEADING_BITS = ["Response", "Our response:", "the council's answer", "Reply provided", "Outcome / documents",
                 "Request:", "The request -", "Information requested", "details of your request", "3a) ", "Q3b. ",
                 "question 12c) text", "12 (a) x", " ", "\t", "\n", "\n  ", "ſ", "ı", "x", "1"]


def test_line_start_patterns_with_a_look_ahead_are_the_plain_ones(real_texts):
    from reader import masking as K
    from reader import question_status as QS

    for rx, look in ((K._RESPONSE_HEADING, "(?=[otra])"), (K._INTRO_LABEL, "(?=[rtid])"),
                     (QS._PART_LINE, "(?=[q\\d])")):
        plain, found = _without(rx, look), 0
        for text in real_texts + _random_texts(_HEADING_BITS):
            got = [(m.span(), m.groups()) for m in rx.finditer(text)]
            assert got == [(m.span(), m.groups()) for m in plain.finditer(text)], (rx.pattern[:40], text[:80])
            found += bool(got)
        assert found > 50, rx.pattern[:40]


def test_folds_unseen_is_the_three_letters_test():
    for text in ["abc", "ſ", "aıb", "İstanbul", "café", "K", "", "£5"]:
        assert folds_unseen(text) == ("ſ" in text or "ı" in text or "İ" in text)


def test_a_reply_naming_no_code_has_no_passive_code():
    assert C.passive_codes("Under the Environmental Information Regulations we do not hold it.", set()) == set()
    assert C.passive_codes("Under the EIR we apply s39.", {"s39", "reg12(4)(a)"}) == {"s39", "reg12(4)(a)"}
