"""Crash safety: `foi extract` killed with SIGKILL mid-rebuild leaves a warehouse that opens with either the
old or the new normalized layer, and a rerun reaches the same final state."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from warehouse import db
from warehouse.normalize import rebuild

ROOT = Path(__file__).resolve().parents[1]

# the answer's text, built in SQL: different figures per request so the old and new layers differ
REPLY = ("'Dear Ms Smith,' || chr(10) || chr(10) || '1a. Laptops: in 2019-20 we purchased ' || (i % 500) "
         "|| ' laptops at a unit cost of £' || (600 + i % 50) || ' each.' || chr(10) "
         "|| '1b. Tablets: in 2019-20 we purchased ' || (i % 70) || ' tablets.' || chr(10) "
         "|| '2a. Zoom accounts: ' || (i * 3 % 900) || ' Zoom accounts were created in 2020-21.' || chr(10) "
         "|| chr(10) || 'Yours sincerely'")
ACK = ("'Dear Ms Smith,' || chr(10) || chr(10) || 'Thank you for your request for information. We will respond "
       "within 20 working days.' || chr(10) || chr(10) || 'Yours sincerely'")


def fill_raw(con, first: int, last: int) -> None:
    """Requests first..last-1, each with the request, an acknowledgement and an answer (SQL-generated: fast)."""
    con.execute(f"""
        INSERT INTO requests (request_id, source, authority_key, batch_id, title, created_at, fetched_at)
        SELECT 'wdtk:' || i, 'whatdotheyknow', 'C' || (i % 300), 777, 'Remote working devices ' || i,
               TIMESTAMPTZ '2021-10-01 10:00:00+00', TIMESTAMPTZ '2021-12-15 00:00:00+00'
        FROM range({first}, {last}) t(i);
        INSERT INTO messages (message_id, request_id, direction, sent_at, body_text)
        SELECT 'wdtk:out:' || i, 'wdtk:' || i, 'outgoing', TIMESTAMPTZ '2021-10-01 10:00:00+00', 'Dear council'
        FROM range({first}, {last}) t(i);
        INSERT INTO messages (message_id, request_id, direction, sent_at, body_text)
        SELECT 'wdtk:in:a' || i, 'wdtk:' || i, 'incoming', TIMESTAMPTZ '2021-10-02 10:00:00+00',
               {ACK}
        FROM range({first}, {last}) t(i);
        INSERT INTO messages (message_id, request_id, direction, sent_at, body_text)
        SELECT 'wdtk:in:b' || i, 'wdtk:' || i, 'incoming',
               TIMESTAMPTZ '2021-10-10 10:00:00+00' + to_days(CAST(i % 40 AS INTEGER)),
               {REPLY}
        FROM range({first}, {last}) t(i);
    """)


def state(path: Path) -> str:
    con = db.connect(path, read_only=True)
    try:
        digest = hashlib.sha256()
        for table in ("answers", "refusals", "request_outcomes", "survey_subjects"):
            for row in con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall():
                digest.update(repr(row).encode())
            digest.update(table.encode())
        return digest.hexdigest()
    finally:
        con.close()


SCRIPT = textwrap.dedent("""
    import sys
    from warehouse import db
    from warehouse.normalize import rebuild
    con = db.connect(sys.argv[1])
    def tick(stage, done, total):
        print(stage, done, total, flush=True)
    rebuild(con, progress=tick)  # the real parser and surveys, as `foi extract` runs them
    con.close()
    print("done", flush=True)
""")


def start(path: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", SCRIPT, str(path)], cwd=ROOT, stdout=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})


def kill_when(proc: subprocess.Popen, marker: str, delay: float) -> bool:
    """SIGKILL after the progress line starting with ``marker`` (plus ``delay`` s); False if it finished first."""
    for line in proc.stdout:
        if line.startswith(marker):
            time.sleep(delay)
            break
    killed = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    return killed


def test_sigkill_mid_rebuild_leaves_old_or_new_layer(tmp_path):
    path = tmp_path / "w.duckdb"
    con = db.connect(path)
    fill_raw(con, 0, 300)
    rebuild(con)
    con.close()
    old = state(path)
    con = db.connect(path)
    fill_raw(con, 300, 600)  # the raw layer grows; the normalized layer is now stale
    con.close()

    seen = []
    # before writing; as the transaction starts; after answers and refusals were replaced; after the views,
    # just before the commit; just after the commit
    for marker, delay in [("combining threads", 0.0), ("writing 0 ", 0.0), ("writing 2 ", 0.0), ("writing 6 ", 0.0),
                          ("writing 7 ", 0.0)]:
        proc = start(path)
        killed = kill_when(proc, marker, delay)
        seen.append((killed, state(path)))  # the file opens (no exception) after every kill

    proc = start(path)
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0 and out.strip().endswith("done")
    new = state(path)
    assert new != old
    print([(k, "old" if s == old else "new" if s == new else "MIXED") for k, s in seen])
    assert all(s in (old, new) for _, s in seen), "a killed rebuild left a mixture of old and new rows"
    assert any(killed and s == old for killed, s in seen), "no kill landed before the commit"
    assert seen[-1][1] == new  # killed just after the commit: the new layer is there
    # a rerun of a finished rebuild reaches the same state again
    con = db.connect(path)
    rebuild(con)
    con.close()
    assert state(path) == new
    con = db.connect(path, read_only=True)
    assert con.execute("SELECT count(*) FROM request_outcomes").fetchone() == (600,)
    con.close()

