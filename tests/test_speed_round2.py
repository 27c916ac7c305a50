"""The reader's speed, round 2 (issue 13 item 6): each fast path gives the plain path's answers.

Working days by arithmetic against a day-by-day walk over every nation's bank holidays; a phrase finder's
remembered result against a fresh run; a question's parent from the compiled pattern."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest

from reader import classify as C
from reader.questions import parent_of
from warehouse import working_days as wd

NATIONS = ["England", "Wales", "Scotland", "Northern Ireland", None]


def walk_between(start: date, end: date, nation: str | None) -> int:
    if end <= start:
        return 0
    return sum(1 for k in range(1, (end - start).days + 1) if wd.is_working_day(start + timedelta(days=k), nation))


def walk_deadline(start: date, nation: str | None, days: int) -> date:
    day, counted = start, 0
    while counted < days:
        day += timedelta(days=1)
        counted += wd.is_working_day(day, nation)
    return day


@pytest.mark.parametrize("nation", NATIONS)
def test_deadline_matches_the_walk_every_day_of_several_years(nation):
    # every receipt day from 2019 to 2025 (Christmas, Easter, substitute days, year ends, the 2022 jubilee and
    # funeral, 2023's coronation), with the statutory 20, the extended 40, and short counts that end on a holiday
    day = date(2019, 1, 1)
    while day <= date(2025, 12, 31):
        for days in (1, 3, 5, 20, 40):
            assert wd.deadline(day, nation, days) == walk_deadline(day, nation, days), (day, nation, days)
        day += timedelta(days=1)


@pytest.mark.parametrize("nation", NATIONS)
def test_working_days_between_matches_the_walk(nation):
    start = date(2020, 12, 1)
    for offset in range(0, 500, 3):
        received = start + timedelta(days=offset)
        for span in (0, 1, 2, 6, 7, 8, 13, 29, 45, 90, 400):
            answered = received + timedelta(days=span)
            assert wd.working_days_between(received, answered, nation) == walk_between(received, answered, nation)
    assert wd.working_days_between(date(2024, 1, 10), date(2024, 1, 5), nation) == 0


def test_bank_holidays_are_counted_out_by_the_arithmetic():
    # Received Thursday 21 Dec 2023: 25 and 26 Dec and 1 Jan are bank holidays in England; Scotland adds 2 Jan
    assert wd.working_days_between(date(2023, 12, 21), date(2024, 1, 3), "England") == 6
    assert wd.working_days_between(date(2023, 12, 21), date(2024, 1, 3), "Scotland") == 5
    assert wd.deadline(date(2023, 12, 21), "England") == date(2024, 1, 23)
    assert wd.deadline(date(2023, 12, 21), "Scotland") == date(2024, 1, 24)


def test_timestamps_count_from_the_uk_day():
    # 23:30 UTC on Sunday 31 March 2024 is already Monday 1 April (Easter Monday, BST) in the UK
    received = datetime(2024, 3, 31, 23, 30, tzinfo=timezone.utc)
    assert wd.deadline(received, "England") == walk_deadline(date(2024, 4, 1), "England", 20)
    assert wd.working_days_between(received, datetime(2024, 4, 5, 9, 0, tzinfo=timezone.utc)) == 4


def test_a_deadline_needs_a_working_day():
    with pytest.raises(ValueError, match="at least 1 working day"):
        wd.deadline(date(2024, 1, 1), "England", 0)


REPLY = ("Thank you for your request. We do not hold this information. If we do not hold information we will "
         "tell you. The Council is unable to provide the data you requested.\n\nPlease note that if you are "
         "unhappy you may ask for a review.")


@pytest.mark.parametrize("rx", [C._NOT_HELD, C._REFUSE, C._PROVIDED, C._NCND, C._PIT])
def test_a_remembered_phrase_search_is_a_fresh_one(rx):
    for check in (True, False):
        fresh = list(C._find_pattern.__wrapped__(REPLY, rx, check))
        assert C.find_pattern(REPLY, rx, check) == fresh
        assert C.find_pattern(REPLY, rx, check) == fresh     # asked again: the same, and a list of its own
    got = C.find_pattern(REPLY, C._NOT_HELD)
    got.append((0, 0))
    assert (0, 0) not in C.find_pattern(REPLY, C._NOT_HELD)


def test_the_conditional_sentence_is_still_left_out():
    spans = C.find_pattern(REPLY, C._NOT_HELD)
    said = [REPLY[s:e] for s, e in spans]
    assert said == ["do not hold"]           # not the one in "If we do not hold information ..."


@pytest.mark.parametrize("qid,parent", [("3a", "3"), ("12bc", "12"), ("3", None), ("a", None), ("3A", None),
                                         ("3a1", None), ("", None)])
def test_parent_of(qid, parent):
    assert parent_of(qid) == parent
    m = re.fullmatch(r"(\d+)[a-z]+", qid)
    assert parent_of(qid) == (m.group(1) if m else None)


def test_the_fast_attached_phrases_find_what_the_written_ones_find():
    # every alternative starts at a word or a line's start: the fast form may only skip where none can start
    texts = [REPLY, "The surveys are attached. The surveyors' names are withheld.",
             "  the figures are enclosed\nAny other information held is exempt from release.",
             "Applicant provided with some information held.", "We attach the information.",
             "xthe data is attached; rethe figures are attached", "Details can be found on the attached spreadsheet"]
    for text in texts:
        assert [m.span() for m in C._PROVIDED.finditer(text)] == [m.span() for m in C.PROVIDED_PHRASES.finditer(text)]
    assert C._PROVIDED.search("  the figures are enclosed")
    assert C.provides_information("The surveys are attached.")


def test_scottish_replies_are_still_told_apart():
    assert C.is_scottish("under section 17 of the Freedom of Information (Scotland) Act 2002")
    assert not C.is_scottish("under section 17 of the Freedom of Information Act 2000")
    assert C.is_scottish.__wrapped__("FOISA s38") is True


def test_the_fast_attached_phrases_agree_over_the_real_set():
    from benchmarks import real_set

    texts = [c.text for c in real_set.load_cases()]
    assert len(texts) > 100
    assert C._PROVIDED.pattern != C.PROVIDED_PHRASES.pattern
    for text in texts:
        assert [m.span() for m in C._PROVIDED.finditer(text)] == [m.span() for m in C.PROVIDED_PHRASES.finditer(text)]
