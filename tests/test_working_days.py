from datetime import date, datetime, timezone

import pytest

from warehouse import working_days as wd


def test_plain_weeks_give_the_fourth_monday():
    # Received Mon 6 Sep 2021: day 1 is Tue 7 Sep, day 20 is Mon 4 Oct.
    assert wd.deadline(date(2021, 9, 6)) == date(2021, 10, 4)
    assert wd.working_days_between(date(2021, 9, 6), date(2021, 10, 4)) == 20
    assert wd.working_days_between(date(2021, 9, 6), date(2021, 10, 5)) == 21


def test_christmas_2021_in_england_skips_the_substitute_days():
    # Thu 23 Dec 2021: day 1 = Fri 24 Dec; Mon 27 and Tue 28 Dec are the substitutes for Christmas and
    # Boxing Day (both at a weekend), Mon 3 Jan 2022 substitutes New Year's Day.
    received = date(2021, 12, 23)
    assert wd.working_days_between(received, date(2021, 12, 24)) == 1
    assert wd.working_days_between(received, date(2021, 12, 28)) == 1
    assert wd.working_days_between(received, date(2021, 12, 29)) == 2
    assert wd.working_days_between(received, date(2022, 1, 3)) == 4
    assert wd.working_days_between(received, date(2022, 1, 4)) == 5
    assert wd.deadline(received, "England") == date(2022, 1, 25)


def test_scotland_also_keeps_the_second_of_january():
    # 2 Jan 2022 was a Sunday, so Scotland's substitute is Tue 4 Jan as well as Mon 3 Jan.
    assert not wd.is_working_day(date(2022, 1, 4), "Scotland")
    assert wd.is_working_day(date(2022, 1, 4), "England")
    assert wd.deadline(date(2021, 12, 23), "Scotland") == date(2022, 1, 26)


def test_northern_ireland_st_patricks_day_and_wales_like_england():
    assert not wd.is_working_day(date(2022, 3, 17), "Northern Ireland")
    assert wd.is_working_day(date(2022, 3, 17), "Wales")
    assert not wd.is_working_day(date(2022, 8, 29), "Wales")


def test_same_day_and_weekend_answers_use_no_working_days():
    assert wd.working_days_between(date(2021, 9, 10), date(2021, 9, 10)) == 0
    assert wd.working_days_between(date(2021, 9, 10), date(2021, 9, 12)) == 0  # Fri → Sun
    assert wd.working_days_between(date(2021, 9, 10), date(2021, 9, 1)) == 0  # answer dated before receipt


def test_timestamps_are_read_as_uk_dates():
    # 23:30 UTC on 5 Sep 2021 is 00:30 BST on Mon 6 Sep.
    received = datetime(2021, 9, 5, 23, 30, tzinfo=timezone.utc)
    assert wd.local_date(received) == date(2021, 9, 6)
    assert wd.deadline(received) == date(2021, 10, 4)


def test_unknown_nation_falls_back_to_england_and_bad_days_are_refused():
    assert wd.subdivision("Atlantis") == "ENG"
    assert wd.subdivision(None) == "ENG"
    with pytest.raises(ValueError, match="at least 1"):
        wd.deadline(date(2021, 9, 6), days=0)
