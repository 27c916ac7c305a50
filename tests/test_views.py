"""Analyst views: exact columns of the contract, and hand-checked counts on a small thread set."""

from __future__ import annotations

import pytest

from analysis import frames
from tests.test_normalize import SURVEY, build_raw, fake_parse, rows
from warehouse import db
from warehouse.normalize import rebuild


@pytest.fixture
def con(tmp_path):
    c = db.connect(tmp_path / "w.duckdb")
    build_raw(c)
    rebuild(c, surveys=[SURVEY], parser=fake_parse)
    yield c
    c.close()


@pytest.mark.parametrize("name", frames.VIEWS + frames.TABLES)
def test_columns_are_the_contract(con, name):
    assert db.table_columns(con, name)[: len(frames.SCHEMAS[name])] == list(frames.SCHEMAS[name])
    if name in frames.VIEWS:
        assert db.table_columns(con, name) == list(frames.SCHEMAS[name])
    frames.read(con, name)  # casts to the analysis schema without complaint


def test_refusal_rates_hand_checked(con):
    got = {(r["authority_key"], r["year"]): r for r in rows(con, "SELECT * FROM refusal_rates")}
    assert set(got) == {("BNE", 2021), ("BNE", 2022), ("EDH", 2021), ("CRF", 2021), ("LDS", 2021)}
    keys = ["received", "resolvable", "granted_in_full", "partially_withheld", "withheld_in_full",
            "not_yet_processed", "not_held", "withheld_s12", "withheld_s14", "withheld_other", "answered_in_time"]
    expect = {
        ("BNE", 2021): [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1],
        ("BNE", 2022): [1, 1, 0, 1, 0, 0, 0, 0, 1, 1, 1],   # s14 and s40(2): one s14, one other
        ("EDH", 2021): [1, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1],
        ("CRF", 2021): [1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0],   # not held, answered late
        ("LDS", 2021): [2, 1, 1, 0, 0, 1, 0, 0, 0, 0, 1],   # one overdue, one successful per described_state
    }
    for key, values in expect.items():
        assert [got[key][k] for k in keys] == values, key
    assert got[("BNE", 2022)]["refusal_rate"] == 1.0 and got[("BNE", 2021)]["refusal_rate"] == 0.0
    assert got[("CRF", 2021)]["refusal_rate"] is None and got[("CRF", 2021)]["in_time_rate"] == 0.0
    assert got[("LDS", 2021)]["in_time_rate"] == 1.0
    assert got[("EDH", 2021)]["authority_name"] == "Edinburgh"


def test_exemptions_counted_once_per_request(tmp_path):
    from tests.test_normalize import add_authorities, add_reply, add_request

    c = db.connect(tmp_path / "w.duckdb")
    add_authorities(c)
    add_request(c, 1, "BNE")
    # the same exemption cited in the body and the attached letter, and an internal review upholding it
    add_reply(c, 1, 11, "2021-10-10T09:00:00", "KIND: response\nOUTCOME: rejected\nEXEMPT: s12",
              attachments=[("KIND: response\nOUTCOME: rejected\nEXEMPT: s12\nEXEMPT: s14(1)", "ok")])
    add_reply(c, 1, 12, "2021-11-10T09:00:00", "KIND: internal_review\nOUTCOME: rejected")
    rebuild(c, surveys=[SURVEY], parser=fake_parse)
    r = rows(c, "SELECT * FROM refusal_rates")[0]
    assert (r["withheld_in_full"], r["withheld_s12"], r["withheld_s14"], r["withheld_other"]) == (1, 1, 1, 0)
    assert rows(c, "SELECT exemption FROM refusals ORDER BY exemption") == [{"exemption": "s12"},
                                                                            {"exemption": "s14(1)"}]


def test_device_licence_and_coverage_views(con):
    devices = rows(con, "SELECT authority_key, period, device, quantity, unit_cost_gbp, total_cost_gbp, request_id "
                        "FROM device_purchases ORDER BY request_id")
    assert devices == [
        {"authority_key": "BNE", "period": "2019-20", "device": "laptops", "quantity": 430.0,
         "unit_cost_gbp": 650.0, "total_cost_gbp": None, "request_id": "wdtk:1"},
        {"authority_key": "BNE", "period": "2020-21", "device": "laptops", "quantity": 300.0,
         "unit_cost_gbp": None, "total_cost_gbp": None, "request_id": "wdtk:6"},
    ]
    assert rows(con, "SELECT authority_name, product, accounts, period FROM licence_counts") == [
        {"authority_name": "Barnet", "product": "zoom", "accounts": 1200.0, "period": "2020-21"}]
    # Barnet was asked twice (wdtk:1 answered in full, wdtk:6 in part): its first answer speaks for it, as in
    # the report's coverage table, so Edinburgh alone refused; Leeds is overdue as of the data's date
    assert rows(con, "SELECT * FROM survey_coverage") == [{
        "survey": "remote-working-2021", "councils_asked": 4, "answered": 3, "refused": 1, "awaiting": 1,
        "overdue": 1, "figures_extracted": 4, "figures_needing_review": 1}]
    assert rows(con, "SELECT authority_key, request_id, outcome, survey_requests FROM survey_councils "
                     "WHERE refused OR awaiting OR survey_requests > 1 ORDER BY 1") == [
        {"authority_key": "BNE", "request_id": "wdtk:1", "outcome": "successful", "survey_requests": 2},
        {"authority_key": "EDH", "request_id": "wdtk:2", "outcome": "rejected", "survey_requests": 1},
        {"authority_key": "LDS", "request_id": "wdtk:4", "outcome": "overdue", "survey_requests": 1}]


def test_disclosure_log_entries_and_duplicates(tmp_path):
    from tests.test_normalize import add_authorities, add_reply, add_request, ts

    c = db.connect(tmp_path / "w.duckdb")
    add_authorities(c)
    add_request(c, 1, "BNE", batch=None, title="Parking fines")
    add_reply(c, 1, 11, "2021-10-05T09:00:00", "KIND: response\nOUTCOME: rejected\nEXEMPT: s14")
    dl = {"source": "disclosure_log", "authority_key": "BNE", "title": "Parking fines",
          "received_at": ts("2021-03-01T00:00:00"), "responded_at": ts("2021-04-06T00:00:00"),
          "fetched_at": ts("2021-12-01T00:00:00")}
    db.upsert(c, "requests", [
        # the council's own log: one answered by the PDF below, and one that is the WDTK request seen again
        {**dl, "request_id": "dl:BNE:FOI-1"},
        {**dl, "request_id": "dl:BNE:FOI-2", "linked_request_id": "wdtk:1", "received_at": ts("2021-10-01T10:00:00")},
    ])
    db.upsert(c, "attachments", [{"attachment_id": "dl:BNE:FOI-1:1", "request_id": "dl:BNE:FOI-1",
                                  "text": "KIND: response\nOUTCOME: partially_successful\nEXEMPT: s40(2)",
                                  "extraction_status": "ok"}])
    rebuild(c, surveys=[SURVEY], parser=fake_parse)
    o = rows(c, "SELECT * FROM request_outcomes WHERE request_id = 'dl:BNE:FOI-1'")[0]
    assert (o["outcome"], o["exemptions"], o["answered_at"], o["working_days"], o["in_time"]) == (
        "partially_successful", ["s40(2)"], ts("2021-04-06T00:00:00"), 24, False)  # Good Friday, Easter Monday excluded
    got = rows(c, "SELECT year, received, partially_withheld, withheld_in_full, withheld_s14, withheld_other "
                  "FROM refusal_rates ORDER BY year")
    assert got == [{"year": 2021, "received": 2, "partially_withheld": 1, "withheld_in_full": 1,
                    "withheld_s14": 1, "withheld_other": 1}]


def test_a_request_in_both_sources_is_counted_once(tmp_path):
    from tests.test_normalize import add_authorities, add_reply, add_request

    c = db.connect(tmp_path / "w.duckdb")
    add_authorities(c)
    # Barnet answered on WhatDoTheyKnow and republished the answer in its log; Leeds answered only in its log.
    add_request(c, 1, "BNE")
    add_reply(c, 1, 11, "2021-10-10T09:00:00", "KIND: response\nOUTCOME: successful\nFACT 1a laptops 2019-20 count 430")
    add_request(c, 2, "LDS")
    for rid, wdtk in ((101, 1), (102, 2)):
        db.upsert(c, "requests", [{"request_id": f"wdtk:{rid}", "source": "disclosure_log",
                                   "authority_key": "BNE" if wdtk == 1 else "LDS", "batch_id": 777,
                                   "title": "Devices", "linked_request_id": f"wdtk:{wdtk}"}])
        add_reply(c, rid, rid * 10, "2021-10-12T09:00:00",
                  "KIND: response\nOUTCOME: successful\nFACT 1a laptops 2019-20 count 431")
    db.upsert(c, "requests", [{"request_id": "wdtk:1", "source": "whatdotheyknow", "linked_request_id": "wdtk:101"},
                              {"request_id": "wdtk:2", "source": "whatdotheyknow", "linked_request_id": "wdtk:102"}])
    rebuild(c, surveys=[SURVEY], parser=fake_parse)
    got = rows(c, "SELECT authority_key, quantity, request_id FROM device_purchases ORDER BY authority_key")
    assert got == [{"authority_key": "BNE", "quantity": 430.0, "request_id": "wdtk:1"},
                   {"authority_key": "LDS", "quantity": 431.0, "request_id": "wdtk:102"}]
    rates = rows(c, "SELECT authority_key, received FROM refusal_rates ORDER BY authority_key")
    assert rates == [{"authority_key": "BNE", "received": 1}, {"authority_key": "LDS", "received": 1}]


def test_analyst_views_are_materialised_and_an_older_warehouse_is_upgraded(tmp_path):
    from tests.test_normalize import build_raw
    from warehouse import layers

    c = db.connect(tmp_path / "w.duckdb")
    build_raw(c)
    # an older warehouse held the analyst views as views, and a helper view since renamed
    c.execute("CREATE VIEW device_purchases AS SELECT 1 AS x")
    c.execute("CREATE VIEW refusal_rates AS SELECT 1 AS x")
    c.execute("CREATE VIEW counted_answers AS SELECT 1 AS x")
    rebuild(c, surveys=[SURVEY], parser=fake_parse)
    kinds = dict(c.execute("SELECT table_name, table_type FROM information_schema.tables").fetchall())
    assert {name: kinds[name] for name in layers.marts()} == {
        name: "BASE TABLE" if mart.materialized else "VIEW" for name, mart in layers.marts().items()}
    assert "counted_answers" not in kinds
    # everything else the layers create is a view: only the contract's materialised marts are tables
    layered = {n: k for n, k in kinds.items() if n.startswith(("stg_", "int_", "fct_"))}
    assert layered and set(layered.values()) == {"VIEW"}
    assert db.table_columns(c, "device_purchases") == list(frames.SCHEMAS["device_purchases"])
    # rebuilt with the layer: a second rebuild gives the same rows
    before = c.execute("SELECT * FROM device_purchases ORDER BY ALL").fetchall()
    rebuild(c, surveys=[SURVEY], parser=fake_parse)
    assert c.execute("SELECT * FROM device_purchases ORDER BY ALL").fetchall() == before and before
