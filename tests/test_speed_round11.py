"""The reader's speed, round 11: each fast path gives the plain path's answers."""

from __future__ import annotations

import re

import pytest

from reader import classify as C
from reader import parse_reply, scan
from reader.facts import reply_lines


def _cases_and_surveys():
    from benchmarks.real_set import load_cases, load_surveys

    cases = load_cases()
    surveys = load_surveys(cases)
    pairs = [(c.text, surveys[c.survey]) for c in cases if c.survey in surveys]
    assert len(pairs) > 100
    return pairs


# --- the phrase lists' one pass reads each word's letter case kept

def test_each_letter_takes_what_ignoring_case_takes():
    every = "".join(map(chr, range(0x110000)))
    for letter in "abcdefghijklmnopqrstuvwxyz":
        ignoring = set(re.findall(f"[{letter}{letter.upper()}]", every, re.IGNORECASE))
        assert ignoring == set(letter + letter.upper() + C.FOLDED_WITH.get(letter, "")), letter


@pytest.mark.parametrize("text", [
    "The data \u0131s not held.", "\u0130nformation not held", "We are \u017fending the \u017fection 12 notice: "
    "the request is refused.", "\u212aent County Council holds it: the information is held by \u212aent County "
    "Council", "THE INFORMATION IS NOT HELD", "i\u0307nformation not held", "not held\nunknown\n(figures not available)"])
def test_one_pass_reads_folded_letters_as_each_list_does(text):
    own = tuple(tuple(m.span() for m in rx.finditer(text)) for rx in (C._NOT_HELD, C._REFUSE, C._PROVIDED))
    assert C.phrase_spans(text) == own


# --- a line with nothing find_values could read is not weighed for blocks

@pytest.mark.parametrize("line, nothing", [
    ("Please find our response below", True), ("We hold 3 records", False), ("We hold three records", False),
    ("None were bought", False), ("between the two", False), ("There were no claims", False),
    ("\u017fee below", False)])
def test_a_line_holds_no_values_only_where_find_values_reads_none(line, nothing):
    assert scan.holds_no_values(line) is nothing
    if nothing:
        assert scan.find_values(line, []) == []


def test_replies_read_alike_with_and_without_the_short_way_for_lines_with_nothing_to_read(monkeypatch):
    pairs = _cases_and_surveys()
    short = [repr(parse_reply(text, survey)) for text, survey in pairs]
    monkeypatch.setattr(reply_lines, "holds_no_values", lambda text: False)
    full = [repr(parse_reply(text, survey)) for text, survey in pairs]
    assert sum(a != b for a, b in zip(short, full)) == 0


# --- a financial year's and a quarter's pattern searched only where what every match holds stands

_PERIOD_BITS = ["2019/20", "2019-20", "2019 - 2020", "2019 to 2020", "19/20", "FY 2021/22", "Q1", "q3 2021",
                "Quarter 2 2020/21", "quarter  4", "2019\u20132020", "2019 \u2014 20", "to", "-", "/", " ", "\u00a0",
                "\t", "2021", "12", "TO", "Q", "ſ", "ı", "April", "financial year", "(to date)", "\n", "x", "3"]


def _lines_and_pieces():
    import random

    from benchmarks.real_set import load_cases

    lines = [ln for c in load_cases() for ln in c.text.split("\n") if ln.strip()]
    rnd = random.Random(111)
    lines += ["".join(rnd.choice(_PERIOD_BITS) for _ in range(rnd.randint(1, 10))) for _ in range(6000)]
    return lines


def test_every_financial_year_or_quarter_holds_what_its_hint_looks_for():
    from reader import periods as P

    found = [0, 0]
    for text in _lines_and_pieces():
        if P._RX_FY.search(text):
            found[0] += 1
            assert P._FY_HINT.search(text)
        if P._RX_QUARTER.search(text):
            found[1] += 1
            assert P._QUARTER_HINT.search(text)
    assert min(found) > 50


def test_periods_read_alike_without_the_hints(monkeypatch):
    from reader import periods as P

    lines = _lines_and_pieces()
    hinted = [P.find_periods(t, prose_months=False) for t in lines]
    everywhere = re.compile("")
    monkeypatch.setattr(P, "_FY_HINT", everywhere)
    monkeypatch.setattr(P, "_QUARTER_HINT", everywhere)
    assert [P.find_periods(t, prose_months=False) for t in lines] == hinted


# --- a line's sizes and "3 weekly" searched only where a word every match holds stands

def _spelt(pattern: str) -> set[str]:
    """Every string a finite pattern of literals, classes of letters, groups, alternatives and bounded repeats
    matches (lower case); a lookahead's text is spelt on (it stands there), other assertions spell nothing, and a
    repeat without bound is spelt up to twice."""
    from re import _constants as K, _parser as P

    def items(seq) -> set[str]:
        out = {""}
        for op, av in seq:
            out = {a + b for a in out for b in one(op, av)}
        return out

    def one(op, av) -> set[str]:
        if op is K.LITERAL:
            return {chr(av).lower()}
        if op is K.IN:
            assert all(o is K.LITERAL for o, _ in av), av
            return {chr(a).lower() for _, a in av}
        if op is K.BRANCH:
            return set().union(*(items(alt) for alt in av[1]))
        if op is K.SUBPATTERN:
            return items(av[3])
        if op is K.AT or op is K.ASSERT_NOT or (op is K.ASSERT and av[0] < 0):
            return {""}
        if op is K.ASSERT:
            return items(av[1])
        if op in (K.MAX_REPEAT, K.MIN_REPEAT):
            lo, hi, sub = av
            hi = 2 if hi is K.MAXREPEAT else hi
            assert hi <= 3, pattern
            return set().union(*({"".join(p) for p in __import__("itertools").product(items(sub), repeat=n)}
                                 for n in range(lo, hi + 1)))
        raise AssertionError((op, av))

    return items(P.parse(pattern, re.IGNORECASE))


def test_every_blocked_unit_and_every_so_often_holds_one_of_its_words():
    from reader import units as U
    from reader.facts import measured_sizes as M

    units = set().union(*(_spelt(U.UNITS[m].after) for m in U.BLOCKED))
    assert {"litres", "tco2", "t co2", "tonnes co2e", "kilogrammes", "kms", "km", "miles", "mtrs", "l", "gwh"} <= units
    # (a digit stands before every unit: "1100l" is litres)
    assert all(U._BLOCKED_HINT.search("1" + u) for u in units)
    often = re.search(r"\(\?:((?:\w+\|)+\w+)\)\\b$", M._EVERY.pattern).group(1)
    assert sorted(often.split("|")) == sorted(M._EVERY_WORDS)


@pytest.mark.parametrize("line, spans", [
    ("Bins: 140 litre and 240 Litres", [(6, 15), (20, 30)]), ("Refuse bins changed to 3 weekly collections", [(23, 31)]),
    ("We collected 12 tonnes", [(13, 22)]), ("12 t\u00f8nnes, 4 weeks", []), ("3 wee\u017fly", []),
    ("400 \u017fquare metres, 2 m\u0131les", [(19, 26)]), ("5 M\u0130LES", [(0, 7)]), ("7 da\u0131ly", [(0, 7)])])
def test_sizes_found_as_before_where_the_words_stand_and_where_letters_fold(line, spans, monkeypatch):
    from types import SimpleNamespace

    from reader import units as U
    from reader.facts.measured_sizes import size_spans

    survey = SimpleNamespace(questions=[])
    assert size_spans(line, survey) == spans
    monkeypatch.setattr(U, "_BLOCKED_HINT", re.compile(""))
    assert size_spans(line, survey) == spans


# --- find_values' zero words searched from their first letters only; lists_other_things only where "number" stands

_ASKING_BITS = ["Please provide", "please could you", "Could you please give", "If so, how many", "I would like",
                "e.g.", "i.e", "ie", "for example", "For instance,", "none", "Nil", "zero", "not purchased any",
                "no new", "does not have a", "doesn't use", "Number of these", "numbers of those sites are as "
                "follows:", "?", ".", " ", "\n", "2019", "£", "ſ", "ı", "İ", "NONE", "We have", "3."]


def _lines_and_asking_pieces():
    import random

    from benchmarks.real_set import load_cases

    lines = [ln for c in load_cases() for ln in c.text.split("\n") if ln.strip()]
    rnd = random.Random(112)
    return lines + ["".join(rnd.choice(_ASKING_BITS) for _ in range(rnd.randint(1, 12))) for _ in range(6000)]


def test_zero_words_found_from_their_first_letters_as_before():
    from reader.facts import other_counts

    found = [0, 0]
    for text in _lines_and_asking_pieces():
        zero = [m.span() for m in scan._ZERO.finditer(text)]
        assert scan.first_char_spans(scan._ZERO, scan._ZERO_FAST, text) == zero
        counted = other_counts._THESE_COUNTED.search(text.rstrip()) is not None
        assert not counted or "number" in text.lower()
        for k, hit in enumerate((zero, counted)):
            found[k] += bool(hit)
    assert min(found) > 20
    assert scan._ZERO_FAST is not None
