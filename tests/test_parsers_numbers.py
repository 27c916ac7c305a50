"""Quantities as councils write them: reader/numbers.py."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.numbers import (
    NON_QUANTITY_REASONS,
    QUALIFIERS,
    find_quantities,
    looks_like_non_quantity,
    parse_quantity,
)

# (cell text, value, approx, qualifier)
WHOLE = [
    ("84", 84, False, None),
    (" 1,234 ", 1234, False, None),
    ("1234", 1234, False, None),
    ("1 234", 1234, False, None),
    ("1\u00a0234", 1234, False, None),
    ("12.5", 12.5, False, None),
    ("1.2k", 1200, False, None),
    ("3 thousand", 3000, False, None),
    ("twelve", 12, False, None),
    ("Twenty-three", 23, False, None),
    ("twenty three", 23, False, None),
    ("one hundred and five", 105, False, None),
    ("a dozen", 12, False, None),
    ("two thousand and forty", 2040, False, None),
    ("Nil", 0, False, None),
    ("nil.", 0, False, None),
    ("None", 0, False, None),
    ("zero", 0, False, None),
    ("No", 0, False, None),
    ("0", 0, False, None),
    ("c. 300", 300, True, "circa"),
    ("c.300", 300, True, "circa"),
    ("Circa 300", 300, True, "circa"),
    ("circa 1,500", 1500, True, "circa"),
    ("approximately 300", 300, True, "approximately"),
    ("Approx. 300", 300, True, "approximately"),
    ("approx 300", 300, True, "approximately"),
    ("around 300", 300, True, "around"),
    ("about 300", 300, True, "approximately"),
    ("roughly 40", 40, True, "approximately"),
    ("~300", 300, True, "circa"),
    ("300 approx.", 300, True, "approximately"),
    ("300 (approx)", 300, True, "approximately"),
    ("300 (estimated)", 300, True, "estimated"),
    ("estimated 250", 250, True, "estimated"),
    ("over 300", 300, True, "over"),
    ("Over 1,000", 1000, True, "over"),
    ("more than 50", 50, True, "more than"),
    ("in excess of 2,000", 2000, True, "over"),
    ("300+", 300, True, "at least"),
    ("at least 12", 12, True, "at least"),
    ("less than 10", 10, True, "less than"),
    ("fewer than 5", 5, True, "less than"),
    ("<5", 5, True, "less than"),
    ("< 5", 5, True, "less than"),
    ("under 20", 20, True, "under"),
    ("up to 40", 40, True, "up to"),
    ("no more than 40", 40, True, "up to"),
    ("nearly 200", 200, True, "nearly"),
    ("almost 200", 200, True, "nearly"),
    ("200-250", 225, True, "range"),
    ("200 – 250", 225, True, "range"),
    ("200 to 250", 225, True, "range"),
    ("between 200 and 250", 225, True, "range"),
    ("(84)", 84, False, None),
    ("84.", 84, False, None),
    ("2019", 2019, False, None),  # a cell the caller already knows is an answer
]


@pytest.mark.parametrize("text,value,approx,qualifier", WHOLE)
def test_parse_quantity_whole_answers(text, value, approx, qualifier):
    q = parse_quantity(text)
    assert q is not None, text
    assert q.value == value
    assert q.approx is approx
    assert q.qualifier == qualifier
    assert text[q.start:q.end] == q.raw
    assert not q.not_applicable


@pytest.mark.parametrize("text", ["N/A", "n/a", "N.A.", "not applicable", "Not Applicable", "NA", " n/a "])
def test_not_applicable(text):
    q = parse_quantity(text)
    assert q is not None and q.value is None and q.not_applicable
    assert text[q.start:q.end] == q.raw


def test_range_ends():
    q = parse_quantity("200-250")
    assert (q.low, q.high, q.value) == (200, 250, 225)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "£300", "2018-19", "Section 31", "laptops", "see attached", "84 laptops and 20 tablets",
     "1, 2", "FOI/21/0456", "-", "c.", "250-200", "50%", "none of them"],
)
def test_parse_quantity_rejects(text):
    assert parse_quantity(text) is None


def values(text, **kw):
    return [q.value for q in find_quantities(text, **kw)]


# (sentence, the quantities a reader would take from it)
IN_PROSE = [
    ("Tablets - 84", [84]),
    ("Laptops: 232\nMobile Phones: 288", [232, 288]),
    ("We purchased 426 laptops and 87 tablets in 2019-20.", [426, 87]),
    ("The council bought twelve iPads.", [12]),
    ("Number of Zoom accounts created - None not an approved Council application", [0]),
    ("Circa 300 as per the government framework agreement", [300]),
    ("Our ref: 7691884", []),
    ("Your request FOI/21/0456 was received on 29 September 2021.", []),
    ("Please call 020 8359 2000 or 0303 123 1113.", []),
    ("This is exempt under Section 31(3) of the Freedom of Information Act 2000.", []),
    ("1. Breakdown of devices\n2. Software licences", []),
    ("a) Laptops\nb) Tablets", []),
    ("Question 2c asked for licences.", []),
    ("Laptops cost £831.51 each; 617 were bought.", [617]),
    ("About 45% of staff use 1,200 devices.", [1200]),
    ("Meeting at 14:30 on 5th October.", []),
    ("We bought fewer than 5 phones and over 1,000 laptops.", [5, 1000]),
    ("Mobiles\t402\nTablets\t29", [402, 29]),
    ("Figures: 2018/19 - 84; 2019/20 - 87", [84, 87]),
    ("We hold nil records.", [0]),
    ("There were between 200 and 250 accounts.", [225]),
    ("Office 365 licences: 3,500", [3500]),
    ("Windows 10 laptops: 150", [150]),
    ("Sent to 2 Bristol Avenue, Colindale, London NW9 4EW", []),
    ("Covid-19 meant 40 extra laptops.", [40]),
    ("See page 4 of the attached.", []),
    ("The answer is N/A.", [None]),
    ("one of the reasons is cost; no one knows", []),
    ("Total devices: 1,234,567", [1234567]),
    ("We received 3x quotes", [3]),
    ("10 x Dell Latitude 5420 laptops", [10]),
    ("14 inch screens with 8 GB RAM and 256GB storage", []),
    ("iPhone 12 handsets - 120", [120]),
    ("Samsung Galaxy A52: 30", [30]),
    ("Answer 2c: see above", []),
    ("1.1 Laptops - 232", [232]),
    ("2.5 million devices", [2_500_000]),
    ("The meeting is at 3 p.m. in room 4", []),
    ("Laptops 232* (*includes loan devices)", [232]),
]


@pytest.mark.parametrize("text,expected", IN_PROSE)
def test_find_quantities_in_council_prose(text, expected):
    found = find_quantities(text)
    assert [q.value for q in found] == expected
    for q in found:
        assert text[q.start:q.end] == q.raw


def test_found_quantities_carry_qualifiers_and_offsets():
    text = "Laptops - c. 300\nTablets - approximately 45\nPhones - 20-25"
    qs = find_quantities(text)
    assert [(q.raw, q.qualifier) for q in qs] == [
        ("c. 300", "circa"), ("approximately 45", "approximately"), ("20-25", "range")
    ]
    assert all(q.approx for q in qs)


def test_from_to_is_a_change_not_a_range():
    assert values("Laptops increased from 84 to 87.") == [84, 87]


def test_context_can_be_switched_off():
    text = "In 2019 we bought 84."
    assert values(text) == [84]
    assert values(text, context_aware=False) == [2019, 84]


def test_year_as_value_of_a_label_is_a_count():
    assert values("Laptops - 2000") == [2000]
    assert values("Laptops\t2000") == [2000]
    assert values("Year: 2019") == []


@pytest.mark.parametrize(
    "text,needle,reason",
    [
        ("Data Protection Act 2018", "2018", "year"),
        ("Our ref: 7691884", "7691884", "reference"),
        ("FOI/21/0456", "0456", "reference"),
        ("Telephone 0303 123 1113", "0303", "phone"),
        ("received on 29 September 2021", "29", "date"),
        ("on 29/09/2021", "29", "date"),
        ("Section 31(3)", "31", "section"),
        ("Section 31(3)", "3", "section"),
        ("s40 applies", "40", "section"),
        ("NW9 4EW", "9", "reference"),
        ("1. Laptops", "1", "list marker"),
        ("Tablets £1,141.15", "1,141.15", "money"),
        ("cost 450 pounds", "450", "money"),
        ("up 12% on last year", "12", "percent"),
        ("at 10:30", "10", "time"),
        ("in 2018-19", "2018", "period"),
        ("Sep-20", "20", "period"),
        ("the 3rd request", "3", "ordinal"),
        ("Office 365 accounts", "365", "product"),
        ("2 Bristol Avenue", "2", "address"),
        ("Question 4", "4", "list marker"),
        ("Regulation 12(4)(b)", "12", "section"),
        ("14 inch screens", "14", "measurement"),
        ("Dell Latitude 5420", "5420", "product"),
        ("3k. Cyber security software", "3", "list marker"),     # item k of question 3
    ],
)
def test_looks_like_non_quantity_reasons(text, needle, reason):
    i = text.index(needle)
    got = looks_like_non_quantity(text, i, i + len(needle))
    assert got == reason
    assert got in NON_QUANTITY_REASONS


@pytest.mark.parametrize("text,needle", [("Laptops - 232", "232"), ("we bought 84 tablets", "84"),
                                          ("Circa 300 accounts", "Circa 300"), ("2020-21 17k", "17")])
def test_looks_like_non_quantity_accepts_counts(text, needle):
    i = text.index(needle)
    assert looks_like_non_quantity(text, i, i + len(needle)) is None


def test_looks_like_non_quantity_bad_offsets_do_not_raise():
    assert looks_like_non_quantity("84", -5, 99) is None
    assert looks_like_non_quantity("", 0, 0) is None
    assert looks_like_non_quantity("abc", 2, 1) is None


def test_qualifiers_are_documented():
    for text, *_rest, qualifier in WHOLE:
        assert qualifier is None or qualifier in QUALIFIERS


# --- properties --------------------------------------------------------------------------------------------

FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.text())
def test_never_raises_and_offsets_hold(text):
    for context in (True, False):
        for q in find_quantities(text, context_aware=context):
            assert text[q.start:q.end] == q.raw
    q = parse_quantity(text)
    if q is not None:
        assert text[q.start:q.end] == q.raw
    looks_like_non_quantity(text, 0, len(text))


@FAST
@given(st.text(alphabet="0123456789 ,.-/£%:()\tcapproxNAn/\n", max_size=60))
def test_number_shaped_junk_never_raises(text):
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.raw
    parse_quantity(text)


@FAST
@given(st.integers(min_value=0, max_value=10**12))
def test_thousands_separators_round_trip(n):
    for written in (f"{n:,}", str(n), f"{n:,}".replace(",", "\u00a0"), f"{n:,}".replace(",", " ")):
        q = parse_quantity(written)
        assert q is not None and q.value == n, written


@FAST
@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(["c.", "circa", "approximately", "over",
                                                                      "less than", "up to", "at least", "~"]))
def test_qualified_numbers_round_trip(n, qual):
    q = parse_quantity(f"{qual} {n:,}")
    assert q is not None and q.value == n and q.approx and q.qualifier in QUALIFIERS


@FAST
@given(st.integers(min_value=1, max_value=999_999))
def test_number_words_round_trip(n):
    q = parse_quantity(_words(n))
    assert q is not None and q.value == n, _words(n)


@FAST
@given(st.integers(min_value=0, max_value=99_999), st.sampled_from(["Laptops", "Mobile phones", "Tablets"]))
def test_label_dash_value_in_prose(n, label):
    text = f"Our answer.\n{label} - {n:,}\nEnd."
    qs = find_quantities(text)
    assert [q.value for q in qs] == [n]


def _words(n: int) -> str:
    units = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
            "sixteen seventeen eighteen nineteen".split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

    def below_1000(k: int) -> str:
        parts = []
        if k >= 100:
            parts.append(f"{units[k // 100]} hundred")
            k %= 100
            if k:
                parts.append("and")
        if k >= 20:
            parts.append(tens[k // 10] + (f"-{units[k % 10]}" if k % 10 else ""))
        elif k:
            parts.append(units[k])
        return " ".join(parts)

    if n >= 1000:
        rest = n % 1000
        head = f"{below_1000(n // 1000)} thousand"
        if not rest:
            return head
        return f"{head} and {below_1000(rest)}" if rest < 100 else f"{head} {below_1000(rest)}"
    return below_1000(n)


@pytest.mark.parametrize(
    "junk",
    ["1" * 200_000, "1," * 50_000, "one " * 25_000, "c. " * 30_000, "- " * 50_000, "9 " * 25_000,
     "£" * 100_000 + "1", "(" * 100_000, "N/A " * 25_000, "twenty-" * 15_000, "0 " * 25_000,
     "Tablets - 84\n\n" * 8_000, "0303 123 1113 " * 6_000, "2018-19 " * 12_000],
)
def test_bounded_time_on_long_junk(junk):
    t0 = time.perf_counter()
    find_quantities(junk)
    parse_quantity(junk)
    assert time.perf_counter() - t0 < 5


A_REPLY = """Dear Sir/Madam

RE: FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION (Ref: 2021/FOI/1187)

1) How many laptops has the council bought in the last three years?
2019 - 150
2020 - 1200
2021 - 340 (to 30 September)

2) How many Microsoft 365 accounts were created?
Approximately 2,500 accounts were created in FY 2020/21, an increase of 15% on the previous year.

3) What cyber security software do you use?
Under section 31(1)(a) we are withholding this information.

Jane Smith, Information Governance Officer, Tel: 01632 960 123, 2 Church Street, Anytown AB1 2CD
"""


def test_a_whole_reply():
    found = find_quantities(A_REPLY)
    assert [(q.raw, q.value) for q in found] == [
        ("three", 3), ("150", 150), ("1200", 1200), ("340", 340), ("Approximately 2,500", 2500),
    ]
    assert all(A_REPLY[q.start:q.end] == q.raw for q in found)


@pytest.mark.parametrize("text, values", [
    ("We bought two hundred laptops", [200]),
    ("Laptops 23.25K, tablets 17k", [23_250, 17_000]),
    ("1.5 million pounds, nil returns, N/A", [1_500_000, 0, None]),
    ("circa 300 or so", [300]),                        # no qualifier read here: the caller weighs it
])
def test_find_numbers_reads_each_number_as_written(text, values):
    from reader.numbers import find_numbers

    found = find_numbers(text)
    assert [q.value for q in found] == values
    assert all(text[q.start:q.end] == q.raw and not q.approx for q in found)


# --- the one spelling of a written figure (numbers.THOUSANDS, GROUPED, WHOLE, DECIMALS, FIGURE, LOOSE_FIGURE) -----

def test_the_pieces_of_a_written_figure():
    import re

    from reader import numbers as N

    assert all(re.fullmatch(N.FIGURE, t) for t in ("84", "1,141", "1141", "1,141.50", "12,000,000", "3.5"))
    assert not any(re.fullmatch(N.FIGURE, t) for t in ("1,14", "11,41", "1.", ".5"))
    assert re.fullmatch(N.GROUPED, "1,141") and re.fullmatch(N.GROUPED, "84") and not re.fullmatch(N.GROUPED, "1141")
    assert re.fullmatch(N.LOOSE_FIGURE, "11,41.5") and re.fullmatch(N.LOOSE_WHOLE, "1,141")
    assert re.fullmatch(N.LOOSE_DIGITS, "1.141,50") and not re.fullmatch(N.LOOSE_DIGITS, ".5")


def test_money_rates_and_counts_read_a_figure_as_the_number_reader_does():
    from reader.facts.slash_pairs import slash_pair
    from reader.money import find_money
    from reader.rates import find_rates

    assert [m.value for m in find_money("The total cost was £1,141.50 in 2022/23")] == [1141.5]
    assert [r.value for r in find_rates("an average of 1,287.5 calendar days", {"days"})] == [1287.5]
    assert [r.value for r in find_rates("71.5% of requests", {"percent"})] == [71.5]
    # "2017 - 1,839/429": a slashed pair of figures, each in thousands or not
    assert [v.value for v in slash_pair("2017 - 1,839/429")] == [1839.0, 429.0]


def test_no_reader_module_spells_out_a_thousands_group_again():
    # a change to how figures are written is made once, in numbers.py: other modules build on its pieces
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "reader"
    copies = [str(p.relative_to(root)) for p in root.rglob("*.py") if p.name != "numbers.py"
              and any(spelt in p.read_text() for spelt in (r",\d{3}", r"\d[\d,]*(?:\.\d+)?", r"\d[\d,.]*"))]
    assert copies == []


def test_one_table_of_number_words_for_the_readers_of_small_counts():
    # "the last five financial years" (facts/last_years.py), "the last three years" (draft_periods.py), a part "b. One
    # year" (draft.py) read their words from the number reader's own table
    from reader.numbers import number_words

    assert number_words(2, 10) == {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                                   "nine": 9, "ten": 10}
    assert list(number_words(0, 12))[0] == "zero" and number_words(0, 12)["twelve"] == 12


def test_a_plain_space_sets_thousands_apart_in_a_whole_answer_only():
    assert parse_quantity("1 234").value == 1234
    assert [q.value for q in find_quantities("Laptops 1 234")] == [1.0, 234.0]


def test_one_table_of_scales_for_figures_sums_and_a_figures_place():
    from reader.facts.places import _numbers
    from reader.money import find_money
    from reader.numbers import SCALE_VALUES, find_numbers

    assert SCALE_VALUES["k"] == 1e3 and SCALE_VALUES["m"] == SCALE_VALUES["million"] == 1e6
    assert [q.value for q in find_numbers("23.25K laptops, 1.5 million")] == [23250.0, 1500000.0]
    assert [m.value for m in find_money("£1.3m and £8.96 (Millions)")] == [1300000.0, 8960000.0]
    assert [n[0] for n in _numbers("£5k - £20,000", 0, len("£5k - £20,000"))] == [5000.0]
