"""Sums of money as councils write them: reader/money.py."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.money import find_money, parse_money

# (cell text, value, vat, per, approx)
WHOLE = [
    ("£1,141.15", 1141.15, None, None, False),
    ("£831", 831, None, None, False),
    ("£831.51", 831.51, None, None, False),
    ("£1.2m", 1_200_000, None, None, False),
    ("£1.2 million", 1_200_000, None, None, False),
    ("£3k", 3000, None, None, False),
    ("£3K", 3000, None, None, False),
    ("£2.5bn", 2_500_000_000, None, None, False),
    ("£3,000.00 ex VAT", 3000, "ex", None, False),
    ("£3,000.00 exc. VAT", 3000, "ex", None, False),
    ("£300 (excluding VAT)", 300, "ex", None, False),
    ("£300 exclusive of VAT", 300, "ex", None, False),
    ("£300 inc. VAT", 300, "inc", None, False),
    ("£300 incl VAT", 300, "inc", None, False),
    ("£300 (including VAT)", 300, "inc", None, False),
    ("£300+VAT", 300, "ex", None, False),
    ("£300 + VAT", 300, "ex", None, False),
    ("£300 plus VAT", 300, "ex", None, False),
    ("1,200 pounds", 1200, None, None, False),
    ("GBP 1,200", 1200, None, None, False),
    ("1,200 GBP", 1200, None, None, False),
    ("£ 1,200", 1200, None, None, False),
    ("£1,200.50p", 1200.5, None, None, False),
    ("50p", 0.5, None, None, False),
    ("75 pence", 0.75, None, None, False),
    ("£831 each", 831, None, "unit", False),
    ("£450 per device", 450, None, "unit", False),
    ("£12.50 per user per month", 12.5, None, "unit", False),
    ("£45,000 in total", 45000, None, "total", False),
    ("c. £300", 300, None, None, True),
    ("circa £1.2m", 1_200_000, None, None, True),
    ("approximately £450", 450, None, None, True),
    ("£300 approx.", 300, None, None, True),
    ("(£50)", 50, None, None, False),
]


@pytest.mark.parametrize("text,value,vat,per,approx", WHOLE)
def test_parse_money_whole_answers(text, value, vat, per, approx):
    m = parse_money(text)
    assert m is not None, text
    assert m.value == pytest.approx(value)
    assert (m.vat, m.per, m.approx) == (vat, per, approx)
    assert m.currency == "GBP"
    assert text[m.start:m.end] == m.raw


@pytest.mark.parametrize(
    "text",
    ["", "£", "£abc", "-£50", "£-50", "− £50", "1141.15", "84", "£1,14", "twelve pounds of apples and £3",
     "£300 and £400", "Section 31", "N/A"],
)
def test_parse_money_rejects(text):
    assert parse_money(text) is None


def test_ranges():
    for text in ("£200-£250", "£200 - 250", "£200 to £250"):
        m = parse_money(text)
        assert m is not None and (m.low, m.high, m.value, m.qualifier, m.approx) == (200, 250, 225, "range", True)


def test_assume_currency_reads_bare_cells():
    assert parse_money("1141.15", assume_currency=True).value == 1141.15
    assert parse_money("1,141", assume_currency=True).value == 1141
    assert parse_money("1.2k", assume_currency=True).value == 1200
    m = parse_money("c. 1,141", assume_currency=True)
    assert m.value == 1141 and m.approx and m.raw == "c. 1,141"
    assert parse_money("laptops", assume_currency=True) is None
    assert parse_money("-5", assume_currency=True) is None


IN_PROSE = [
    ("Costs:\n\nTablets £1,141.15\n\nLaptops £831.51\n\nMobile £203.34", [1141.15, 831.51, 203.34]),
    ("The average cost per laptop was £650.", [650]),
    ("We spent £45,000 on 50 laptops.", [45000]),
    ("Our ref: 7691884. No charge.", []),
    ("Unit cost £1,100 (ex VAT); total £110,000 inc VAT.", [1100, 110000]),
    ("Budget of £1.5m for 2020/21", [1_500_000]),
    ("Licences cost 3 pounds each.", [3]),
    ("Spend -£50 was a credit note.", []),
    ("Between £200 and £300", [250]),
    ("The unit cost varies between £450 and £700 depending on specification.", [575]),
    ("25 Zoom Pro licences at £119.90 per licence per annum", [119.9]),
    ("Call 0303 123 1113 or see section 31", []),
    ("Approximately £3k was spent.", [3000]),
]


@pytest.mark.parametrize("text,expected", IN_PROSE)
def test_find_money_in_council_prose(text, expected):
    found = find_money(text)
    assert [m.value for m in found] == pytest.approx(expected)
    for m in found:
        assert text[m.start:m.end] == m.raw


def test_vat_and_per_read_from_their_own_clause():
    text = "Unit cost £1,100 (ex VAT); total £110,000 inc VAT."
    a, b = find_money(text)
    assert (a.vat, a.per) == ("ex", "unit")
    assert (b.vat, b.per) == ("inc", "total")


def test_cues_do_not_leak_across_lines():
    text = "Laptops £650 each\nTotal spend: £65,000\nPhones £200"
    a, b, c = find_money(text)
    assert a.per == "unit" and b.per == "total" and c.per is None


def test_per_annum_is_not_a_unit_price():
    (m,) = find_money("The licence costs £5,000 per annum.")
    assert m.per is None


def test_qualifier_before_amount():
    (m,) = find_money("It cost around £300 each.")
    assert m.approx and m.qualifier == "around" and m.raw == "around £300" and m.per == "unit"


FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.text())
def test_never_raises_and_offsets_hold(text):
    for m in find_money(text):
        assert text[m.start:m.end] == m.raw and m.value >= 0
    for flag in (False, True):
        m = parse_money(text, assume_currency=flag)
        if m is not None:
            assert text[m.start:m.end] == m.raw


@FAST
@given(st.text(alphabet="£0123456789 ,.-kmpVATexinc+()\n", max_size=60))
def test_money_shaped_junk_never_raises(text):
    for m in find_money(text):
        assert text[m.start:m.end] == m.raw
    parse_money(text)


@FAST
@given(st.integers(min_value=0, max_value=10**10), st.integers(min_value=0, max_value=99))
def test_pounds_and_pence_round_trip(pounds, pence):
    for written in (f"£{pounds:,}.{pence:02d}", f"£{pounds}.{pence:02d}", f"£ {pounds:,}.{pence:02d}",
                    f"GBP {pounds:,}.{pence:02d}"):
        m = parse_money(written)
        assert m is not None and m.value == pytest.approx(pounds + pence / 100), written


@FAST
@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(["ex VAT", "excluding VAT", "+VAT", "inc VAT",
                                                                    "including VAT", "inc. VAT"]))
def test_vat_notes_round_trip(pounds, note):
    m = parse_money(f"£{pounds:,} {note}")
    assert m is not None and m.value == pounds
    assert m.vat == ("ex" if note.startswith(("ex", "+")) else "inc")


@pytest.mark.parametrize("junk", ["£" * 100_000, "£1" * 25_000, "£1," * 25_000, "1 pounds " * 10_000,
                                  "VAT " * 30_000 + "£1", "£1 each " * 10_000, "50p " * 20_000])
def test_bounded_time_on_long_junk(junk):
    t0 = time.perf_counter()
    find_money(junk)
    parse_money(junk)
    assert time.perf_counter() - t0 < 5


@pytest.mark.parametrize("text, values", [
    ("Total cost £1.2mn for laptops", [1_200_000]),
    ("2019/20 - £14,628", [14_628]),                 # a dash and a space after a label is a separator, not a minus
    ("Laptops - £138,500 total annual spend", [138_500]),
    ("O2 £15.100 and Vodafone £7.900", [15_100, 7_900]),   # a point between thousands: pence have two digits
    ("£550 - £750 per device", [550, 750]),           # each amount on its own: ranges are find_money's
    ("Spend -£50 was a credit note.", []),
])
def test_find_amounts_reads_each_amount_as_written(text, values):
    from reader.money import find_amounts

    found = find_amounts(text)
    assert [m.value for m in found] == values
    assert all(text[m.start:m.end] == m.raw and not m.approx for m in found)
