"""parse_reply never raises on arbitrary text, keeps its offsets honest, and stays fast on hostile input."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader import load_survey, parse_reply

SURVEY = load_survey("remote-working-2021")

WORDS = ["Laptops", "tablets", "Mobile phones", "Zoom", "Office 365", "cyber security", "2019/20", "2020-21",
         "£1,141.15", "232", "circa", "None", "N/A", "section 31(3)", "s.43(2)", "neither confirm nor deny", "\t",
         "|", "\n", "\n\n", ":", " - ", "Response", "Total", "each", "for the following information:", "(", ")",
         "0303 123 1113", "NW9 4EW", "Our ref: 7691884", "within 20 working days", "1.", "a)", "Q2c", "[mobile number]"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_never_raises_on_any_text(text):
    r = parse_reply(text, SURVEY)
    assert r.kind in {"response", "acknowledgement", "holding", "clarification_request", "internal_review", "other"}
    assert r.outcome in {None, "successful", "partially_successful", "rejected", "not_held"}
    for f in r.facts:
        assert text[f.start:f.end] == f.quote


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join))
def test_reply_like_text(text):
    r = parse_reply(text, SURVEY)
    for f in r.facts:
        assert text[f.start:f.end] == f.quote
        assert f.measure in ("count", "unit_cost_gbp", "total_cost_gbp")
        assert 0 < f.confidence <= 1
    assert r.exemptions == sorted(set(r.exemptions), key=r.exemptions.index)


def test_bounded_time_on_large_and_pathological_text():
    cases = [
        "Laptops - 232\n" * 2000,
        "1" * 100_000,
        ("Laptops\t" + "\t".join(["12"] * 100) + "\n") * 50,
        "section " * 10_000,
        "(" * 20_000 + "s31" + ")" * 20_000,
        "£" + "9," * 20_000,
        " ".join(["Laptops 2019/20 232 at £650 each;"] * 1000),
        "a\n" * 20_000,
        "Section 43(2) applies. Laptops 2019/20: 5. " * 2000,
        "neither confirm nor deny 12 tablets. " * 2000,
    ]
    for text in cases:
        started = time.monotonic()
        parse_reply(text, SURVEY)
        assert time.monotonic() - started < 20, text[:40]
