"""A small but realistic warehouse for the analysis, report, export and notebook tests.

Nine councils answer (or not) the remote-working round robin, batch 1234:

- Barnet, Manchester, Kent, Camden, Cambridge and York give figures (Kent in an XLSX attachment);
- Buckinghamshire County Council gives figures but the register has no population for it (abolished 2020),
  so its per-1,000 figures must be missing, not zero;
- Glasgow refuses the whole request under s12 (excessive cost: a Scottish council cites FOISA); Camden withholds the cyber-security question
  under s31(3) (law enforcement), neither confirming nor denying;
- Sheffield has not answered (overdue).
- York's answer is also in its own disclosure log (the same request seen twice, linked): one council, not two.

Plus a few requests outside the survey, so refusal rates have several years. The raw rows are written
through ``warehouse.db`` (the register's councils first, so population is there as `foi run` loads it) and the
normalized tables through ``warehouse/sql/normalized.sql``; the views are the project's SQL layers.

Hand-checked numbers the tests rely on (register pop-2020):
- Barnet bought 1,200 laptops in 2020-21, population 399,007 → 3.0075 per 1,000 residents.
- York bought 950 laptops in 2020-21, population 211,012 → 4.5021 per 1,000 (the most per head).
- Kent paid £1,450 per laptop, the most; the median of the seven councils' laptop unit costs is £785
  (Manchester's is the median of its £720 and £700).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from warehouse import db

SURVEY = "remote-working-2021"
BATCH_ID = 1234
BASE = "https://www.whatdotheyknow.com"
EXTRACTOR = "fixture-1"

# key, wdtk id, url_name, name, short name, request id, outcome, described_state, exemptions, ncnd
COUNCILS = [
    ("BNE", 101, "london_borough_of_barnet", "London Borough of Barnet", "Barnet", 5001, "successful",
     "successful", [], False),
    ("MAN", 102, "manchester_city_council", "Manchester City Council", "Manchester", 5002, "successful",
     "successful", [], False),
    ("KEN", 103, "kent_county_council", "Kent County Council", "Kent", 5003, "successful", "successful", [], False),
    ("CMD", 104, "camden_borough_council", "London Borough of Camden", "Camden", 5004, "partially_successful",
     "partially_successful", ["s31(3)"], True),
    ("CAB", 105, "cambridge_city_council", "Cambridge City Council", "Cambridge", 5005, "successful",
     "successful", [], False),
    ("YOR", 106, "york_council", "City of York Council", "York", 5006, "successful", "successful", [], False),
    ("BKM", 107, "buckinghamshire_county_council", "Buckinghamshire County Council", "Buckinghamshire CC", 5007,
     "successful", "successful", [], False),
    ("GLG", 108, "glasgow_city_council", "Glasgow City Council", "Glasgow", 5008, "rejected", "rejected",
     ["s12"], False),
    ("SHF", 109, "sheffield_city_council", "Sheffield City Council", "Sheffield", 5009, "overdue",
     "waiting_response", [], False),
]

# key -> {(subject, period): (count, unit cost, total cost)}; None = the council did not give that figure
DEVICES = {
    "BNE": {("laptops", "2019-20"): (426, 650.0, None), ("laptops", "2020-21"): (1200, 650.0, None),
            ("tablets", "2020-21"): (80, 320.0, None), ("mobile_phones", "2020-21"): (300, 180.0, None)},
    "MAN": {("laptops", "2019-20"): (700, 720.0, 504000.0), ("laptops", "2020-21"): (1500, 700.0, 1050000.0),
            ("mobile_phones", "2020-21"): (900, 150.0, 135000.0)},
    "KEN": {("laptops", "2019-20"): (1000, 1450.0, None), ("laptops", "2020-21"): (2400, 1450.0, None),
            ("tablets", "2020-21"): (250, 400.0, None)},
    "CMD": {("laptops", "2020-21"): (600, 815.0, None), ("tablets", "2020-21"): (40, None, None)},
    "CAB": {("laptops", "2019-20"): (60, 899.0, None), ("laptops", "2020-21"): (240, 899.0, None)},
    "YOR": {("laptops", "2019-20"): (150, 610.0, None), ("laptops", "2020-21"): (950, 610.0, None),
            ("mobile_phones", "2020-21"): (200, None, 42000.0)},
    "BKM": {("laptops", "2020-21"): (500, 785.0, None)},
}
# a council that gave a unit cost but no quantity for 2019-20 (figure missing, not zero)
DEVICES["CMD"][("laptops", "2019-20")] = (None, 815.0, None)
# one unit cost for the whole answer, no period (as Barnet's "Costs:" block): it prices every year's tablets
DEVICES["CAB"][("tablets", "2020-21")] = (30, None, None)
DEVICES["CAB"][("tablets", None)] = (None, 350.0, None)

LICENCES = {
    "BNE": {"zoom_accounts": 250, "office365_accounts": 3200},
    "MAN": {"zoom_accounts": 40, "office365_accounts": 7600},
    "KEN": {"office365_accounts": 11000},
    "CMD": {"zoom_accounts": 120, "office365_accounts": 4100},
    "YOR": {"zoom_accounts": 60},
    "BKM": {"office365_accounts": 2500},
}

PERIODS = {"2019-20": (dt.date(2019, 4, 1), dt.date(2020, 3, 31)),
           "2020-21": (dt.date(2020, 4, 1), dt.date(2021, 3, 31))}
QUESTION = {"laptops": "1a", "tablets": "1b", "mobile_phones": "1c", "zoom_accounts": "2a",
            "office365_accounts": "2b", "cyber_security": "2c"}
# which analyst view each subject feeds (the survey_subjects table foi extract writes from the survey TOML)
SUBJECT_KINDS = {"laptops": "device", "tablets": "device", "mobile_phones": "device", "zoom_accounts": "licence",
                 "office365_accounts": "licence", "cyber_security": "other"}

# Requests outside the survey: (request id, key, outcome, exemptions, received, in_time)
OTHER_REQUESTS = [
    (6001, "BNE", "successful", [], "2019-06-03", True),
    (6002, "BNE", "rejected", ["s14"], "2020-02-10", True),
    (6003, "MAN", "rejected", ["s12"], "2019-09-09", False),
    (6004, "MAN", "successful", [], "2020-11-02", True),
    (6005, "GLG", "rejected", ["s12"], "2020-03-02", True),
    (6006, "GLG", "partially_successful", ["s40(2)"], "2019-05-13", True),
    (6007, "KEN", "not_held", [], "2020-07-01", True),
    (6008, "CMD", "rejected", ["s31(1)"], "2019-10-21", False),
]


def _ts(day: str, hour: int = 10) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(hour=hour, tzinfo=dt.timezone.utc)


def request_url(url_title: str) -> str:
    return f"{BASE}/request/{url_title}"


def build_warehouse(path: str | Path, *, with_answers: bool = True) -> Path:
    """Create the fixture warehouse at ``path`` (a .duckdb file) and return the path.

    ``with_answers=False`` models a survey just sent: requests crawled, every council awaiting, no figures.
    """
    path = Path(path)
    con = db.connect(path)
    try:
        _raw(con, with_answers)
        con.execute(db.sql_text("normalized.sql"))
        _normalized(con, with_answers)
        con.execute(project_views_sql())
    finally:
        con.close()
    return path


def _raw(con, with_answers: bool) -> None:
    from warehouse import registry

    registry.load_into(con)   # population and council type, as every `foi run` loads them
    fetched = _ts("2021-11-01")
    db.upsert(con, "authorities", [
        {"authority_key": key, "local_authority_code": key, "wdtk_id": wid, "wdtk_url_name": url, "name": name,
         "short_name": short, "source": "whatdotheyknow", "source_url": f"{BASE}/body/{url}",
         "fetched_at": fetched, "tags": ["local_council", f"gss:{key}"]}
        for key, wid, url, name, short, *_ in COUNCILS
    ])
    requests, messages, attachments = [], [], []
    for key, wid, url, name, short, rid, outcome, described, exemptions, ncnd in COUNCILS:
        url_title = f"remote_working_devices_and_licences_{rid}"
        state = described if with_answers else "waiting_response"
        requests.append({
            "request_id": f"wdtk:{rid}", "source": "whatdotheyknow", "source_request_id": str(rid),
            "url_title": url_title, "title": "Remote working: devices and licences", "authority_key": key,
            "wdtk_body_id": wid, "batch_id": BATCH_ID, "requester": "jane_journalist",
            "created_at": _ts("2021-09-06"), "described_state": state, "calculated_state": state,
            # the crawler records the JSON it read; the analysis links people to the page
            "law_used": "foi", "source_url": request_url(url_title) + ".json", "fetched_at": fetched,
        })
        if with_answers and outcome != "overdue":
            in_id = rid * 10
            messages.append({
                "message_id": f"wdtk:in:{in_id}", "request_id": f"wdtk:{rid}", "direction": "incoming",
                "source_message_id": in_id, "sent_at": _ts("2021-09-30"), "from_name": f"{short} FOI team",
                "body_text": f"Dear Jane, please find our response attached. {short} Council",
                "source_url": f"{request_url(url_title)}#incoming-{in_id}", "fetched_at": fetched,
            })
            if key == "KEN":
                attachments.append({
                    "attachment_id": f"wdtk:{in_id}:2", "message_id": f"wdtk:in:{in_id}",
                    "request_id": f"wdtk:{rid}", "url_part_number": 2, "filename": "FOI 21-3344 response.xlsx",
                    "detected_type": "xlsx", "extraction_status": "ok", "text": "[Sheet: Devices]\n...",
                    "source_url": f"{request_url(url_title)}/response/{in_id}/attach/2/FOI%2021-3344%20response.xlsx",
                    "fetched_at": fetched,
                })
    for rid, key, *_ in OTHER_REQUESTS:
        url_title = f"other_request_{rid}"
        requests.append({
            "request_id": f"wdtk:{rid}", "source": "whatdotheyknow", "url_title": url_title,
            "title": f"Other request {rid}", "authority_key": key, "source_url": request_url(url_title),
            "fetched_at": fetched,
        })
    if with_answers:
        # York also published its answer in its own disclosure log: the same request, seen twice
        requests.append({
            "request_id": "dl:YOR:FOI-21-0456", "source": "disclosure_log", "source_request_id": "FOI-21-0456",
            "title": "Remote working devices", "authority_key": "YOR", "linked_request_id": "wdtk:5006",
            "received_at": _ts("2021-09-06"), "responded_at": _ts("2021-09-30"),
            "source_url": "https://www.york.gov.uk/foi-disclosure-log/FOI-21-0456", "fetched_at": fetched,
        })
    db.upsert(con, "requests", requests)
    db.upsert(con, "messages", messages)
    db.upsert(con, "attachments", attachments)


def _answer(key: str, rid: int, subject: str, period: str | None, measure: str, value: float,
            approx: bool = False, status: str = "extracted") -> dict:
    start, end = PERIODS.get(period, (None, None)) if period else (None, None)
    attachment = f"wdtk:{rid * 10}:2" if key == "KEN" else None
    unit = "GBP" if measure.endswith("_gbp") else ("devices" if measure == "count" and subject in
                                                     ("laptops", "tablets", "mobile_phones") else "accounts")
    return {
        "answer_id": f"{rid}:{subject}:{period}:{measure}:{status}", "authority_key": key,
        "request_id": f"wdtk:{rid}", "survey": SURVEY, "question": QUESTION[subject], "subject": subject,
        "period": period, "period_start": start, "period_end": end, "measure": measure, "value": value,
        "unit": unit, "approx": approx, "confidence": 0.95, "message_id": f"wdtk:in:{rid * 10}",
        "attachment_id": attachment, "start_offset": 0, "end_offset": 10, "quote": f"{subject} {value}",
        "status": status, "extractor_version": EXTRACTOR, "conflict": False,
    }


def _normalized(con, with_answers: bool) -> None:
    rids = {c[0]: c[5] for c in COUNCILS}
    rows = []
    if with_answers:
        for key, figures in DEVICES.items():
            for (subject, period), (count, unit, total) in figures.items():
                for measure, value in (("count", count), ("unit_cost_gbp", unit), ("total_cost_gbp", total)):
                    if value is not None:
                        rows.append(_answer(key, rids[key], subject, period, measure, value,
                                            approx=(key == "BKM")))
        for key, products in LICENCES.items():
            for product, accounts in products.items():
                rows.append(_answer(key, rids[key], product, None, "count", accounts))
        # a figure later corrected by the council: the superseded one must never be counted
        old = _answer("BNE", rids["BNE"], "laptops", "2020-21", "count", 9999, status="superseded")
        rows.append(old)
    db.upsert(con, "answers", rows)
    db.upsert(con, "survey_subjects", [{"survey": SURVEY, "subject": s, "kind": k} for s, k in SUBJECT_KINDS.items()])

    outcomes, refusals = [], []
    for key, wid, url, name, short, rid, outcome, described, exemptions, ncnd in COUNCILS:
        answered = with_answers and outcome != "overdue"
        outcomes.append({
            "request_id": f"wdtk:{rid}", "authority_key": key, "survey": SURVEY,
            "outcome": outcome if with_answers else "awaiting", "ncnd": ncnd if answered else None,
            "exemptions": exemptions if answered else [], "received_at": _ts("2021-09-06"),
            "answered_at": _ts("2021-09-30") if answered else None, "working_days": 18 if answered else None,
            "in_time": True if answered else (False if with_answers else None),
            "described_state": described if with_answers else "waiting_response",
            "extractor_version": EXTRACTOR,
        })
        if answered:
            for exemption in exemptions:
                refusals.append({
                    "request_id": f"wdtk:{rid}", "authority_key": key, "survey": SURVEY,
                    "question": "2c" if key == "CMD" else None, "exemption": exemption, "ncnd": ncnd,
                    "public_interest_test": key == "CMD", "message_id": f"wdtk:in:{rid * 10}",
                    "quote": f"exempt under {exemption}", "extractor_version": EXTRACTOR,
                })
    if with_answers:
        outcomes.append({
            "request_id": "dl:YOR:FOI-21-0456", "authority_key": "YOR", "survey": SURVEY, "outcome": "successful",
            "ncnd": False, "exemptions": [], "received_at": _ts("2021-09-06"), "answered_at": _ts("2021-09-30", 0),
            "working_days": 18, "in_time": True, "described_state": None, "extractor_version": EXTRACTOR,
        })
    for rid, key, outcome, exemptions, received, in_time in OTHER_REQUESTS:
        outcomes.append({
            "request_id": f"wdtk:{rid}", "authority_key": key, "survey": None, "outcome": outcome, "ncnd": False,
            "exemptions": exemptions, "received_at": _ts(received), "answered_at": _ts(received) + dt.timedelta(days=20),
            "working_days": 14 if in_time else 31, "in_time": in_time, "described_state": outcome,
            "extractor_version": EXTRACTOR,
        })
    db.upsert(con, "request_outcomes", outcomes)
    if refusals:
        con.executemany(
            "INSERT INTO refusals (request_id, authority_key, survey, question, exemption, ncnd, public_interest_test,"
            " message_id, quote, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [[r[c] for c in ("request_id", "authority_key", "survey", "question", "exemption", "ncnd",
                             "public_interest_test", "message_id", "quote", "extractor_version")] for r in refusals],
        )


def project_views_sql() -> str:
    """The project's SQL layers and public names, all as views."""
    from warehouse import layers

    return layers.views_sql()
