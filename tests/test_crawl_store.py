"""The crawl's DuckDB store: batches in one transaction, idempotent upserts, later states win, and a batch
that cannot be written is recorded instead of wedging the crawl."""

from __future__ import annotations

from datetime import UTC, datetime

from crawlers.common.store import RawStore
from crawlers.items import AttachmentItem, FailureItem, MessageItem, RecordBundle, RequestItem


def _bundle(state: str, n: int = 1) -> RecordBundle:
    rid = f"wdtk:{n}"
    return RecordBundle(
        key=rid,
        requests=[RequestItem(rid, "whatdotheyknow", url_title=f"r{n}", calculated_state=state, tags=["a", "gss:X"],
                              created_at=datetime(2021, 10, 1, 9, tzinfo=UTC))],
        messages=[MessageItem(f"wdtk:in:{n}", rid, "incoming", body_text="> quoted", quoted_spans=[[0, 8]])],
        attachments=[AttachmentItem(f"wdtk:{n}:2", rid, extraction_status="ok", text="x")])


def test_upserts_are_idempotent_and_later_states_win(tmp_path):
    store = RawStore(str(tmp_path / "w.duckdb"))
    store.add_bundle(_bundle("waiting_response"))
    store.flush()
    store.add_bundle(_bundle("waiting_response"))
    store.add_bundle(_bundle("successful"))      # same keys in one batch: the later one is kept
    store.flush()
    assert store.query("SELECT count(*) FROM requests") == [(1,)]
    assert store.query("SELECT calculated_state, tags FROM requests") == [("successful", ["a", "gss:X"])]
    assert store.query("SELECT quoted_spans FROM messages") == [([[0, 8]],)]
    assert store.texts_extracted == 2
    store.close()


def test_a_batch_that_cannot_be_written_is_recorded_and_the_next_one_lands(tmp_path):
    store = RawStore(str(tmp_path / "w.duckdb"))
    store.start_run("run1", "whatdotheyknow", {"batch": 1}, "http://x")
    broken = _bundle("successful", 2)
    broken.requests[0].source = None             # violates NOT NULL
    store.add_bundle(broken)
    store.add_failure("run1", FailureItem("http://x/a", "timeout", "slow"))
    store.flush()
    assert sorted(store.query("SELECT kind, detail LIKE '%wdtk:2%' FROM crawl_failures")) == [
        ("store", True), ("timeout", False)]
    assert store.query("SELECT count(*) FROM requests") == [(0,)]
    store.add_bundle(_bundle("successful", 3))
    store.flush()
    assert store.query("SELECT request_id FROM requests") == [("wdtk:3",)]
    assert store.failure_kinds["store"] == 1
    store.close()


def test_a_later_crawl_keeps_what_other_sources_filled_in(tmp_path):
    from crawlers.common.store import RawStore
    from warehouse import db

    path = str(tmp_path / "w.duckdb")
    con = db.connect(path)
    db.upsert(con, "authorities", [{"authority_key": "BNE", "name": "Barnet", "population": 399007,
                                    "disclosure_log_platform": "directory", "source": "register"}])
    db.upsert(con, "requests", [{"request_id": "wdtk:1", "source": "whatdotheyknow", "title": "Old",
                                 "linked_request_id": "dl:BNE:7691884"}])
    con.close()
    store = RawStore(path)
    store._insert("authorities", [{"authority_key": "BNE", "name": "London Borough of Barnet", "population": None,
                                   "disclosure_log_platform": None, "source": "whatdotheyknow"}], replace=True)
    store._insert("requests", [{"request_id": "wdtk:1", "source": "whatdotheyknow", "title": "New",
                                "linked_request_id": None}], replace=True)
    assert store.query("SELECT name, population, disclosure_log_platform, source FROM authorities") == [
        ("London Borough of Barnet", 399007, "directory", "whatdotheyknow")]
    assert store.query("SELECT title, linked_request_id FROM requests") == [("New", "dl:BNE:7691884")]
    store.con.close()


def test_batches_the_crawl_fills_are_written_in_the_background_and_every_read_waits_for_them(tmp_path):
    store = RawStore(str(tmp_path / "w.duckdb"), batch_rows=3)
    for n in range(1, 8):                        # each bundle is 3 rows: every add_bundle hands a batch over
        store.add_bundle(_bundle("successful", n))
    assert store._writer is not None             # the batches went to the writer thread...
    assert store.query("SELECT count(*) FROM requests") == [(7,)]   # ...and a read sees all of them
    assert store.written["requests"] == 7 and store.texts_extracted == 7
    store.close()


def test_a_background_batch_that_cannot_be_written_is_recorded_like_any_other(tmp_path):
    store = RawStore(str(tmp_path / "w.duckdb"), batch_rows=1)
    store.start_run("run1", "whatdotheyknow", {"batch": 1}, "http://x")
    broken = _bundle("successful", 2)
    broken.requests[0].source = None             # violates NOT NULL
    store.add_bundle(broken)                     # written by the writer thread
    store.add_bundle(_bundle("successful", 3))
    store.finish_run("run1", status="finished", http_requests=2, http_not_modified=0, summary="")
    assert store.query("SELECT request_id FROM requests") == [("wdtk:3",)]
    assert store.query("SELECT kind FROM crawl_failures") == [("store",)]
    assert store.query("SELECT requests_stored, failures FROM crawl_runs") == [(1, 1)]
    store.close()
