"""The reader's speed, round 16: work a reply's lines do not need.

A line's figures are read once (scan.value_candidates) and weighed against its blocks as often as the blocks grow
(scan.values_free). The dearest blocks to find (never-figure spans, not-a-figure spans, sizes) are looked for only
where a figure stands free of the other blocks: a block only takes figures away, so a line that the other blocks
leave without a figure has none with these too."""

from __future__ import annotations

import random

from reader import parse_reply
from reader.facts.measured_sizes import size_spans
from reader.facts.reply_lines import _not_a_figure_spans
from reader.periods import find_periods
from reader.scan import find_values, never_spans, value_candidates, values_free
from reader.survey import load_survey
from tests.speed_helpers import real_lines, real_texts  # noqa: F401 (fixtures)


def _key(values):
    return [(v.start, v.end, v.value, v.money, v.approx, v.zero, v.text, v.word) for v in values]


def _blocks(line: str, survey):
    cheap = [(p.start, p.end) for p in find_periods(line, prose_months=False)]
    dear = never_spans(line) + _not_a_figure_spans(line) + size_spans(line, survey)
    return cheap, dear


def test_values_free_is_find_values_and_candidates_are_not_used_up(real_lines):
    survey = load_survey("remote-working-2021")
    for line in real_lines:
        cheap, dear = _blocks(line, survey)
        cands = value_candidates(line)
        for blocked in ([], cheap, dear, cheap + dear):
            assert _key(values_free(line, cands, blocked)) == _key(find_values(line, blocked))
        # (weighed again, the same candidates give the same answer)
        assert _key(values_free(line, cands, cheap + dear)) == _key(find_values(line, cheap + dear))


def test_a_line_the_other_blocks_leave_no_figure_has_none_with_more(real_lines):
    survey = load_survey("remote-working-2021")
    rnd = random.Random(16)
    tried = emptied = 0
    for line in real_lines:
        if not any(ch.isdigit() for ch in line):
            continue
        cheap, dear = _blocks(line, survey)
        cands = value_candidates(line)
        # the line's own blocks, and random spans over it as well
        extra = [(a, a + rnd.randint(0, 8)) for a in (rnd.randrange(len(line) + 1) for _ in range(3))]
        for fewer, more in ((cheap, cheap + dear), ([], cheap), (cheap, cheap + extra), (extra, extra + dear)):
            tried += 1
            if not values_free(line, cands, fewer):
                emptied += 1
                assert values_free(line, cands, more) == [], (line, fewer, more)
    assert tried > 1000 and emptied > 100


def test_figures_beside_never_figures_and_years_are_read_as_before():
    survey = load_survey("remote-working-2021")
    text = ("Dear Sir,\n\n"
            "1. In 2019/20\n"
            "We bought 120 laptops in 2019/20.\n"
            "Contact: Tel 01234 567890\n"
            "Section 40(2) applies to 2 names.\n")
    figures = sorted((f.value, f.measure) for f in parse_reply(text, survey).facts)
    assert (120.0, "count") in figures
    assert not any(v in (1234.0, 567890.0, 40.0) for v, _ in figures)


def test_a_line_of_the_requests_years_and_number_gives_no_figure():
    # a line whose only numbers are the request's years and its question number: read as before, no figure
    survey = load_survey("remote-working-2021")
    reply = parse_reply("1. For 2019/20 and 2020/21\nNone were bought.\n", survey)
    assert all(f.value == 0 for f in reply.facts)


# --- a quote's numbers read once while a reply is read (places.figure_places)

def test_a_quotes_numbers_are_its_own_and_forgotten_at_the_next_reply():
    from reader.facts import places
    from reader.facts.model import Fact

    survey = load_survey("remote-working-2021")
    text = "".join(["We bought ", "£5k of laptops and 20 - 30 tablets in 2019/20."])
    other = "".join(["We bought ", "£5k of laptops and 20 - 30 tablets in 2019/20."])
    assert text == other and text is not other
    places.forget_quote_numbers()

    def fact(value):
        return Fact(subject="laptops", period=None, period_start=None, period_end=None, measure="count", value=value,
                    unit="", approx=False, quote=text, start=0, end=len(text), confidence=1.0, question=None)
    assert places.figure_places(text, fact(5000.0)) == [(11, 13)]
    assert places.figure_places(text, fact(25.0)) == [(29, 36)]     # a range's middle, from the memo
    assert len(places._QUOTE_NUMBERS) == 1
    assert places.figure_places(other, fact(5000.0)) == [(11, 13)]  # an equal text that is another object: read anew
    assert len(places._QUOTE_NUMBERS) == 2
    parse_reply("1. We have 120 laptops costing £600 each.\n", survey)
    kept = dict(places._QUOTE_NUMBERS)
    parse_reply("Our response: none.", survey)
    assert not any(places._QUOTE_NUMBERS.get(k) is v for k, v in kept.items())
