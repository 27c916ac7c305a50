import duckdb
import pytest

from warehouse import db


def test_upsert_inserts_then_replaces_by_primary_key(tmp_path):
    path = tmp_path / "w.duckdb"
    con = db.connect(path)
    n = db.upsert(con, "requests", [
        {"request_id": "wdtk:1", "source": "whatdotheyknow", "title": "Laptops", "described_state": "waiting_response"},
        {"request_id": "wdtk:2", "source": "whatdotheyknow", "title": "Zoom"},
    ])
    assert n == 2
    db.upsert(con, "requests", [{"request_id": "wdtk:1", "source": "whatdotheyknow", "title": "Laptops",
                                 "described_state": "successful"}])
    rows = con.execute("SELECT request_id, described_state FROM requests ORDER BY 1").fetchall()
    assert rows == [("wdtk:1", "successful"), ("wdtk:2", None)]


def test_upsert_rejects_unknown_columns_instead_of_dropping_them(tmp_path):
    con = db.connect(tmp_path / "w.duckdb")
    with pytest.raises(KeyError, match="titel"):
        db.upsert(con, "requests", [{"request_id": "wdtk:1", "source": "x", "titel": "typo"}])
    assert con.execute("SELECT count(*) FROM requests").fetchone()[0] == 0


def test_read_only_connect_to_missing_file_says_what_to_do(tmp_path):
    with pytest.raises(db.WarehouseMissing, match="foi demo"):
        db.connect(tmp_path / "nope.duckdb", read_only=True)


def test_second_writer_gets_busy_error(tmp_path):
    import subprocess, sys, textwrap
    path = tmp_path / "w.duckdb"
    con = db.connect(path)
    code = textwrap.dedent(f"""
        from warehouse import db
        try:
            db.connect({str(path)!r})
        except db.WarehouseBusy as e:
            print("BUSY", e)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "BUSY" in out.stdout and "is busy" in out.stdout
    con.close()


def test_upsert_keeps_columns_a_later_batch_does_not_mention(tmp_path):
    con = db.connect(tmp_path / "w.duckdb")
    db.upsert(con, "authorities", [{"authority_key": "BNE", "name": "Barnet", "population": 395869,
                                    "source": "register"}])
    db.upsert(con, "authorities", [{"authority_key": "BNE", "name": "London Borough of Barnet", "wdtk_id": 42,
                                    "source": "whatdotheyknow"}])
    assert con.execute("SELECT name, population, wdtk_id, source FROM authorities").fetchall() == [
        ("London Borough of Barnet", 395869, 42, "whatdotheyknow")]


def test_upsert_batch_with_a_key_twice_keeps_the_later_row(tmp_path):
    con = db.connect(tmp_path / "w.duckdb")
    db.upsert(con, "requests", [{"request_id": "wdtk:1", "source": "whatdotheyknow", "title": "old"},
                                {"request_id": "wdtk:1", "source": "whatdotheyknow", "title": "new"}])
    assert con.execute("SELECT title FROM requests").fetchall() == [("new",)]
