"""Periods that end on the day of the reply: `parse_reply(..., replied_on=)`, the warehouse passing each message's
date, and `foi parse --replied-on`. The replies are quoted from the real-reply set (tests/files/real_set/), read
with their surveys; the set README labels "2022 (to date)" as 1 January 2022 … the reply's date and a count held
"currently" as held on that date."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from foi.cli import cli
from reader import load_survey, parse_reply
from reader.periods import ended_by_reply, find_periods, held_at, held_now, partial_after
from tests.test_normalize import SURVEY, add_authorities, add_reply, add_request, fake_parse, rows
from warehouse import db
from warehouse.normalize import rebuild

SURVEYS = Path(__file__).parent / "files" / "real_set" / "surveys"

# fly-tipping/moray-fly-tipping-electricals-2022 ("Response 08-03-2022")
MORAY_FLY_TIPPING = """Please may you provide me with data on:
• Total number of fly tipping incidents in 2020/2021 and 2022 to date per area under your authority

Response 08-03-2022

Incidents recorded by Environmental Health and Anti-Social Behaviour:

2020 - 107
2021 - 197
2022 (to date) - 27
"""

# graffiti/hastings-graffiti-removal-foir-369070119 ("Responded Fri 15 October 2021")
HASTINGS_GRAFFITI = """1. The number of pieces of graffiti that have had to be removed in your local authority area in each of the last ten years?
Response
1. Hastings Borough Council only holds information from 2013 to date:
2019 - 519
2020 - 1164
2021 (year to date) - 568
"""

# potholes/moray-pothole-compensation-claims-2023-2025 ("Response 31-10-2025")
MORAY_POTHOLES = """4. The total amount of compensation paid out by the council for pothole-related claims in each year.
Response 31-10-2025
| 2023 | 2024 | 2025 | |
| 4. Total compensation paid out | £1269.52 | £506.10 | £0.00 (so far) |
"""

# blue-badges/moray-blue-badge-parking-spaces-2019 (sent 23 August 2019)
MORAY_BADGES_2019 = """2)     Current number of disabled parking bays in car parks covered by the Car Park Order is 119

3)      The current number of Blue Badge holders registered in your local authority area – 3989

4)      The number of drivers who have received a fine for misusing a disabled parking bay in your local authority area (broken down by month for the years 2016, 2017, 2018 and 2019 to date)
                2016       13
               2017         8
               2018       42
               2019       40 (to date)
"""

# blue-badges/moray-blue-badge-parking-2025 ("Response 02-04-2025")
MORAY_BAYS = """1.  How many designated disabled parking bays are currently available within your council area?

2.  How many active Blue Badge holders are currently registered within your council area?

Response 02-04-2025

1. There are 139 disabled spaces in the off-street car parks governed by car park order.

There are approximately 380 disabled parking space at this current time. These are spaces that have been requested by applicants who meet the criteria.

2. 1424; please note, this varies daily as applications cease/cancel and new ones are registered.
"""

# ev-charging/moray-ev-charge-points-2020 ("Response 10-03-2020")
MORAY_CHARGERS = """1. How many electric vehicle charging points have the council installed in the local authority? (split slow/medium/fast)

Response 10-03-2020

1) Currently there are 10 Publically Accessible EV Chargers  in Moray that have been installed by the Council. They are broken down as follows :-

5 Fast
4 Medium
1 Slow
"""

# ev-charging/thurrock-ev-charge-points-2020 (sent 10 March 2020)
THURROCK_CHARGERS = """1. How many electric vehicle charging points have the council installed in the local authority? (split slow/medium/fast)

1. There are 4 locations in the borough at present, 3 publically accessible and 1 privately accessible. Each public location has 2 charge points in each; 1 being a 3Kw charger (3-pin plug) and 1 being a 7Kw Charger (Type 2 Menneke). The private accessible location has 2 Type 2 Menneke chargers.
"""

# empty-homes/moray-empty-residential-properties-reasons-2020 (sent 18 November 2020)
MORAY_EMPTY = """a) As at 30th September there were a 2620 empty residential properties within Moray.

71 - Unoccupied Agricultural Property
751 - 2nd/Holiday Home
"""


def _periods(reply, measure: str | None = None) -> dict:
    return {(f.quote, f.value): (f.period_start, f.period_end) for f in reply.facts
            if measure is None or f.measure == measure}


def test_to_date_ends_on_the_reply_date_and_keeps_the_year_without_it():
    survey = load_survey(SURVEYS / "fly-tipping-electricals-2022.toml")
    dated = _periods(parse_reply(MORAY_FLY_TIPPING, survey, replied_on=date(2022, 3, 8)))
    assert dated[("2022 (to date) - 27", 27)] == ("2022-01-01", "2022-03-08")
    assert dated[("2021 - 197", 197)] == ("2021-01-01", "2021-12-31")     # a whole year before the reply
    undated = _periods(parse_reply(MORAY_FLY_TIPPING, survey))
    assert undated[("2022 (to date) - 27", 27)] == ("2022-01-01", "2022-12-31")


def test_year_to_date_ends_on_the_reply_date():
    survey = load_survey(SURVEYS / "graffiti-removal-ten-years-2021.toml")
    reply = parse_reply(HASTINGS_GRAFFITI, survey, replied_on=date(2021, 10, 15))
    fact = next(f for f in reply.facts if f.value == 568)
    assert (fact.period_start, fact.period_end, fact.partial) == ("2021-01-01", "2021-10-15", True)


def test_a_figure_written_so_far_is_a_part_of_its_column_year():
    survey = load_survey(SURVEYS / "potholes-compensation-claims-calendar-2025.toml")
    reply = parse_reply(MORAY_POTHOLES, survey, replied_on=date(2025, 10, 31))
    got = {f.value: (f.period_start, f.period_end) for f in reply.facts if f.measure != "count"}
    assert got[0] == ("2025-01-01", "2025-10-31")
    assert got[506.10] == ("2024-01-01", "2024-12-31")
    undated = parse_reply(MORAY_POTHOLES, survey)
    assert {f.value: f.period_end for f in undated.facts if f.measure != "count"}[0] == "2025-12-31"


def test_a_figure_followed_by_to_date_in_a_space_aligned_table():
    survey = load_survey(SURVEYS / "blue-badges-parking-spaces-2019.toml")
    reply = parse_reply(MORAY_BADGES_2019, survey, replied_on=date(2019, 8, 23))
    got = {f.value: (f.period_start, f.period_end) for f in reply.facts}
    assert got[40] == ("2019-01-01", "2019-08-23")
    assert got[42] == ("2018-01-01", "2018-12-31")
    assert got[119] == ("2019-08-23", "2019-08-23")       # "Current number of disabled parking bays ... is 119"
    assert got[3989] == ("2019-08-23", "2019-08-23")


def test_counts_held_currently_are_held_on_the_reply_date():
    survey = load_survey(SURVEYS / "blue-badges-parking-pcns-2025.toml")
    reply = parse_reply(MORAY_BAYS, survey, replied_on=date(2025, 4, 2))
    got = {f.value: (f.period, f.period_start, f.period_end) for f in reply.facts if f.measure == "count"}
    assert got[380] == ("at this current time", "2025-04-02", "2025-04-02")     # its own sentence says so
    assert got[139][1:] == ("2025-04-02", "2025-04-02")     # the question asks for the bays "currently available"
    assert got[1424][1:] == ("2025-04-02", "2025-04-02")
    undated = parse_reply(MORAY_BAYS, survey)
    assert {f.value: f.period_start for f in undated.facts if f.measure == "count"}[380] is None


def test_a_list_under_a_line_that_says_currently_is_held_on_the_reply_date():
    survey = load_survey(SURVEYS / "ev-charging-2020.toml")
    reply = parse_reply(MORAY_CHARGERS, survey, replied_on=date(2020, 3, 10))
    got = {f.quote: (f.period_start, f.period_end) for f in reply.facts}
    for quote in ("5 Fast", "4 Medium", "1 Slow"):
        assert got[quote] == ("2020-03-10", "2020-03-10"), quote


def test_at_present_holds_for_the_sentences_after_it_in_its_paragraph():
    survey = load_survey(SURVEYS / "ev-charging-2020.toml")
    reply = parse_reply(THURROCK_CHARGERS, survey, replied_on=date(2020, 3, 10))
    held = {f.quote.rstrip(".;"): (f.period, f.period_start, f.period_end) for f in reply.facts}
    assert held["Each public location has 2 charge points in each"] == ("at present", "2020-03-10", "2020-03-10")
    assert held["The private accessible location has 2 Type 2 Menneke chargers"][1:] == ("2020-03-10", "2020-03-10")
    assert all(f.period_start is None for f in parse_reply(THURROCK_CHARGERS, survey).facts)


def test_as_at_a_day_without_its_year_is_the_last_such_day_before_the_reply():
    survey = load_survey(SURVEYS / "empty-homes-reasons-2020.toml")
    reply = parse_reply(MORAY_EMPTY, survey, replied_on=date(2020, 11, 18))
    got = {f.value: (f.period_start, f.period_end) for f in reply.facts}
    assert got[2620] == ("2020-09-30", "2020-09-30")
    assert got[751] == ("2020-09-30", "2020-09-30")


def test_to_date_as_at_the_day_it_ran_to():
    # blue-badges/lincolnshire-blue-badges-2015-2019 and temporary-accommodation/wandsworth-...-spend-2023: the day
    # the council's "to date" ran to, in brackets after it; read so with or without the reply's date
    (p,) = find_periods("  • 2019 to date (as at end of June) – 9111 blue badge applications were successful")
    assert (p.label, p.first, p.last, p.partial) == ("2019 to date (as at end of June)", date(2019, 1, 1),
                                                     date(2019, 6, 30), True)
    (p,) = find_periods("2023 (as at 23rd February 2023) - 1287 days.")
    assert (p.first, p.last, p.partial) == (date(2023, 1, 1), date(2023, 2, 23), True)


def test_the_period_reader_parts():
    assert ended_by_reply(date(2022, 1, 1), date(2022, 12, 31), True, date(2022, 3, 8)) == date(2022, 3, 8)
    assert ended_by_reply(date(2022, 1, 1), date(2022, 12, 31), False, date(2022, 3, 8)) == date(2022, 12, 31)
    assert ended_by_reply(date(2022, 1, 1), date(2022, 12, 31), True, date(2023, 3, 8)) == date(2022, 12, 31)
    assert ended_by_reply(date(2022, 1, 1), date(2022, 12, 31), True, None) == date(2022, 12, 31)
    assert held_now("There are 4 locations in the borough at present, 3 publically accessible")
    assert held_now("Current number of disabled parking bays in car parks covered by the Car Park Order is 119")
    assert not held_now("At this time we are unable to provide the figures")
    assert partial_after("£0.00 (so far) |", 5) and partial_after("40 (to date)", 2)
    assert not partial_after("40 (2019)", 2)
    assert held_at("As at 30th September there were 2620", 0, 36, date(2020, 11, 18)) == \
        ("As at 30th September", date(2020, 9, 30))
    assert held_at("as at 30 September", 0, 18, date(2021, 3, 1)) == ("as at 30 September", date(2020, 9, 30))


# --- the warehouse passes each reply's own date ------------------------------------------------------------

def test_rebuild_gives_the_parser_the_day_each_reply_was_sent(tmp_path):
    con = db.connect(tmp_path / "w.duckdb")
    add_authorities(con)
    add_request(con, 1, "BNE", sent="2021-10-01T10:00:00", fetched="2022-05-01T00:00:00")
    add_reply(con, 1, 11, "2021-10-02T09:00:00", "KIND: acknowledgement")
    add_reply(con, 1, 12, "2021-10-20T23:30:00", "KIND: response\nOUTCOME: successful\nPlease see attached.",
              attachments=[("KIND: response\nFACT 1a laptops 2019-20 count 426", "ok")])
    seen = []

    def dated_parse(text, survey, *, replied_on=None):
        seen.append((text.split("\n")[0], replied_on))
        return fake_parse(text, survey)

    rebuild(con, surveys=[SURVEY], parser=dated_parse)
    # the message's own sent day, for its body and its attachment; never the crawl's date
    assert sorted(seen) == [("KIND: acknowledgement", date(2021, 10, 2)), ("KIND: response", date(2021, 10, 20)),
                            ("KIND: response", date(2021, 10, 20))]
    con.close()


def test_foi_extract_reads_a_reply_with_its_date(tmp_path):
    path = tmp_path / "w.duckdb"
    con = db.connect(path)
    add_authorities(con)
    add_request(con, 1, "BNE", batch=None, title="Remote working devices and software", sent="2021-06-01T10:00:00")
    add_reply(con, 1, 12, "2021-06-30T09:00:00",
              "Dear Ms Smith,\n\n1a. Laptops purchased:\n2019-20 - 426\n2021-22 (to date) - 35\n\n"
              "Yours sincerely,\nInformation Governance Team")
    con.close()
    result = CliRunner().invoke(cli, ["extract", "--db", str(path), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    con = db.connect(path, read_only=True)
    got = {r["value"]: (str(r["period_start"]), str(r["period_end"]))
           for r in rows(con, "SELECT * FROM answers WHERE status <> 'superseded'")}
    con.close()
    assert got[35] == ("2021-04-01", "2021-06-30")
    assert got[426] == ("2019-04-01", "2020-03-31")


# --- foi parse --replied-on -------------------------------------------------------------------------------

@pytest.fixture
def reply_file(tmp_path):
    path = tmp_path / "reply.txt"
    path.write_text(MORAY_FLY_TIPPING, encoding="utf-8")
    return path


def test_foi_parse_replied_on(reply_file):
    survey = str(SURVEYS / "fly-tipping-electricals-2022.toml")
    result = CliRunner().invoke(cli, ["parse", str(reply_file), "--survey", survey, "--json",
                                      "--replied-on", "2022-03-08"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["replied_on"] == "2022-03-08"
    fact = next(f for f in out["facts"] if f["value"] == 27)
    assert (fact["period_start"], fact["period_end"], fact["partial"]) == ("2022-01-01", "2022-03-08", True)
    plain = json.loads(CliRunner().invoke(cli, ["parse", str(reply_file), "--survey", survey, "--json"]).output)
    assert next(f for f in plain["facts"] if f["value"] == 27)["period_end"] == "2022-12-31"


def test_foi_parse_replied_on_in_help_and_checked(reply_file):
    assert "--replied-on" in CliRunner().invoke(cli, ["parse", "--help"]).output
    bad = CliRunner().invoke(cli, ["parse", str(reply_file), "--replied-on", "8 March 2022"])
    assert bad.exit_code != 0 and "replied-on" in bad.output
