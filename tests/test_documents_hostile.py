"""Hostile attachments: bombs, lies about type, encrypted and broken files, and readers that hang, eat
memory or crash (through deliberately pathological test readers, enabled only in the tests' worker pool)."""

from __future__ import annotations

import io
import multiprocessing
import os
import struct
import threading
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from documents import extract_text, extract_text_bounded, looks_like_challenge_page
from documents.readers.base import Limits
from documents.pool import ExtractionPool

from .test_documents import make_docx, make_pdf, make_xlsx, zip_of

MB = 1024 * 1024
FILES = Path(__file__).parent / "files"
HOOKS = {"FOI_DOCUMENTS_TEST_HOOKS": "1"}


# --- size, emptiness, lies about type -----------------------------------------------------------------------


def test_file_over_the_size_limit_is_not_parsed(monkeypatch):
    monkeypatch.setenv("FOI_MAX_FILE_MB", "1")
    data = make_pdf(pages=[["x"]]) + b"\n%" + b"0" * (2 * MB)
    r = extract_text(data, "big.pdf")
    assert r.status == "failed" and r.detected_type is None  # refused before even sniffing the type
    assert "over the 1 MB limit (FOI_MAX_FILE_MB)" in r.reason


def test_binary_junk_named_pdf_fails_saying_what_it_looks_like():
    r = extract_text(bytes(range(256)) * 20, "reply.pdf", "application/pdf")
    assert r.status == "failed" and r.reason == "not a PDF (looks like binary data of an unknown kind)"


def test_text_named_pdf_fails():
    r = extract_text(b"Sorry, that file is not available.", "reply.pdf")
    assert r.status == "failed" and r.reason == "not a PDF (looks like plain text)"


def test_docx_served_as_pdf_is_read_as_docx():
    r = extract_text(make_docx(), "reply.pdf", "application/pdf")
    assert r.status == "ok" and r.detected_type == "docx"


def test_missing_and_wrong_content_types_do_not_matter():
    pdf = make_pdf(pages=[["Laptops 426"]])
    for name, ctype in (("", None), ("download", "application/octet-stream"), ("x.txt", "text/plain"), ("x", "image/png")):
        r = extract_text(pdf, name, ctype)
        assert r.status == "ok" and "Laptops 426" in r.text, (name, ctype)


def test_challenge_page_instead_of_pdf():
    page = (b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
            b"<div id='challenge-platform'>Checking your browser</div></body></html>")
    r = extract_text(page, "reply.pdf", "application/pdf")
    assert r.status == "failed" and r.detected_type == "html"
    assert r.reason.startswith("expected a PDF but got a bot-challenge web page titled 'Just a moment...'")
    assert looks_like_challenge_page(page, "pdf") and looks_like_challenge_page(page, "text/html")


def test_any_html_where_a_file_was_expected():
    page = b"<html><head><title>Login</title></head><body><form>Sign in</form></body></html>"
    r = extract_text(page, "", "application/pdf")
    assert r.status == "failed" and "expected a PDF but got an HTML web page titled 'Login'" in r.reason
    assert looks_like_challenge_page(page, "application/pdf")
    assert looks_like_challenge_page(page, ".xlsx")
    assert not looks_like_challenge_page(page, "html")
    assert not looks_like_challenge_page(make_pdf(), "pdf")
    assert not looks_like_challenge_page(b"", "pdf")


# --- PDFs ----------------------------------------------------------------------------------------------------


def test_encrypted_pdf():
    r = extract_text(make_pdf(pages=[["secret"]], encrypt="s3cret"), "x.pdf")
    assert (r.status, r.reason, r.text) == ("failed", "encrypted PDF (password protected)", "")


@pytest.mark.parametrize("cut", [10, 200, 0.5, 0.9])
def test_truncated_pdf_fails_or_reads_what_is_there(cut):
    data = make_pdf(pages=[["Laptops 426"], ["Tablets 12"]])
    data = data[: int(len(data) * cut) if isinstance(cut, float) else cut]
    r = extract_text(data, "x.pdf")
    assert r.status in ("failed", "ok")
    if r.status == "failed":
        assert r.reason.startswith("damaged or truncated PDF")


def test_pdf_with_garbage_in_the_middle():
    data = bytearray(make_pdf(pages=[["Laptops 426"]]))
    data[400:900] = os.urandom(500)
    r = extract_text(bytes(data), "x.pdf")
    assert r.status in ("failed", "ok", "empty") and (r.status == "ok" or r.reason)


# --- zip bombs ----------------------------------------------------------------------------------------------


def test_zip_member_with_a_huge_ratio_is_refused_before_inflating():
    bomb = zip_of({"zeros.csv": bytes(20 * MB)})
    assert len(bomb) < 100_000
    r = extract_text(bomb, "bomb.zip")
    assert r.status == "failed" and r.reason.startswith("zip bomb: member 'zeros.csv' would inflate")


def test_zip_total_expanded_size_is_capped():
    # incompressible members: big, not a bomb — refused with an honest reason
    limits = Limits(max_expanded_bytes=8 * MB)
    data = zip_of({f"part{i}.txt": os.urandom(3 * MB) for i in range(4)})
    r = extract_text(data, "parts.zip", limits=limits)
    assert r.status == "failed"
    assert r.reason == "too large to read: ZIP archive holds 12 MB uncompressed (limit 8 MB in total, FOI_MAX_EXPANDED_MB)"


def test_many_small_bomb_members_add_up():
    # each member is under the per-member ratio check; together they are a bomb
    data = zip_of({f"zeros{i}.csv": bytes(5 * MB) for i in range(3)})
    r = extract_text(data, "parts.zip", limits=Limits(max_expanded_bytes=12 * MB))
    assert r.status == "failed" and r.reason.startswith("zip bomb: ZIP archive declares 15 MB uncompressed")


def test_big_but_honest_member_is_too_large_not_a_bomb():
    data = zip_of({"export.csv": os.urandom(3 * MB)})
    r = extract_text(data, "export.zip", limits=Limits(max_member_bytes=2 * MB))
    assert r.status == "failed" and r.reason == "too large to read: member 'export.csv' is 3 MB uncompressed (limit 2 MB)"


def test_nested_zips_share_one_inflation_budget():
    limits = Limits(max_expanded_bytes=6 * MB, max_ratio=10**6)
    inner = zip_of({"a.txt": b"a" * (2 * MB), "b.txt": b"b" * (2 * MB)})
    outer = zip_of({f"inner{i}.zip": inner for i in range(4)})
    r = extract_text(outer, "nested.zip", limits=limits)
    assert r.status == "failed" and r.reason.startswith("zip bomb:") and "in total" in r.reason


def test_zip_with_too_many_members():
    r = extract_text(zip_of({f"{i}.txt": b"x" for i in range(30)}), "many.zip", limits=Limits(max_members=20))
    assert r.status == "failed" and r.reason == "zip bomb: ZIP archive has 30 members (limit 20)"


def test_zip_nesting_depth_is_limited():
    data = zip_of({"bottom.txt": b"deepest text"})
    for level in range(8):
        data = zip_of({f"level{level}.zip": data})
    r = extract_text(data, "deep.zip")
    node, depth = r, 0
    while node.members:
        node = node.members[0][1]
        depth += 1
    assert node.status == "failed" and "nested more than 5 containers deep" in node.reason
    assert "deepest text" not in r.full_text()


def test_zip_whose_headers_lie_about_the_size():
    data = bytearray(zip_of({"zeros.txt": bytes(4 * MB)}))
    declared = struct.pack("<I", 1000)
    # patch the uncompressed size in the local header (offset 22) and the central directory (offset 24)
    data[22:26] = declared
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = declared
    r = extract_text(bytes(data), "liar.zip")
    member = r.members[0][1] if r.members else r
    assert member.status == "failed" or r.status == "failed"
    reason = (r.reason or "") + (member.reason or "")
    assert "zip bomb" in reason or "damaged ZIP" in reason


def test_docx_bomb():
    data = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(make_docx())) as src, zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("word/media/padding.bin", bytes(30 * MB))
    r = extract_text(data.getvalue(), "reply.docx")
    assert r.status == "failed" and r.reason.startswith("zip bomb:") and "padding.bin" in r.reason


def test_xlsx_bomb_in_the_sheet_xml():
    data = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(make_xlsx())) as src, zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                body = body.replace(b"</sheetData>", b"<row r='9'/>" * 2_000_000 + b"</sheetData>")
            dst.writestr(info, body)
    r = extract_text(data.getvalue(), "figures.xlsx")
    assert r.status == "failed" and r.reason.startswith("zip bomb:") and "sheet1.xml" in r.reason


def test_encrypted_zip_member():
    data = bytearray(zip_of({"secret.txt": b"hidden"}))
    data[6] |= 1  # general-purpose flag bit 0: encrypted (local header)
    central = data.rfind(b"PK\x01\x02")
    data[central + 8] |= 1
    r = extract_text(bytes(data), "secret.zip")
    assert r.status == "failed" and "encrypted ZIP member" in r.reason


# --- names ----------------------------------------------------------------------------------------------------


def test_hostile_member_and_file_names():
    long_name = "A" * 5000 + ".txt"
    data = zip_of({"../../.bashrc": b"alias ls=rm", "..\\..\\x.txt": b"x", long_name: b"long", "rtl\u202etxt.exe": b"r"})
    r = extract_text(data, "../../../../etc/passwd\x00.zip")
    assert r.status == "ok"
    names = [n for n, _ in r.members]
    assert names[0] == "_bashrc" and names[1] == "x.txt"
    assert all("/" not in n and "\\" not in n and len(n) <= 120 and "\u202e" not in n for n in names)


# --- the bounded worker -------------------------------------------------------------------------------------


@pytest.fixture
def pool():
    with ExtractionPool(1, env=HOOKS) as p:
        yield p


def test_bounded_reads_real_files_and_reuses_its_worker(pool):
    pdf = make_pdf(pages=[["Laptops 426"]])
    first = pool.extract(pdf, "x.pdf")
    pids = pool.worker_pids()
    for _ in range(5):
        again = pool.extract(pdf, "x.pdf")
    assert first.status == again.status == "ok" and "Laptops 426" in again.text
    assert pool.worker_pids() == pids and len(pids) == 1


def test_bounded_timeout_kills_and_replaces_the_worker(pool):
    before = pool.extract(b"FOI-TEST-HOOK:echo").text
    started = time.monotonic()
    r = pool.extract(b"FOI-TEST-HOOK:sleep:30", timeout_s=1)
    assert time.monotonic() - started < 5
    assert (r.status, r.reason) == ("failed", "timed out after 1 s")
    after = pool.extract(b"FOI-TEST-HOOK:echo").text
    assert after.startswith("pid ") and after != before
    old_pid = int(before.split()[1])
    assert not os.path.exists(f"/proc/{old_pid}") or "zombie" in open(f"/proc/{old_pid}/status").read().lower()


def test_bounded_memory_cap(pool):
    r = pool.extract(b"FOI-TEST-HOOK:hog:4096", max_memory_mb=512)
    assert r.status == "failed" and r.reason == "ran out of memory reading it"
    assert pool.extract(make_pdf(pages=[["still works"]]), "x.pdf").text == "still works"


def test_bounded_worker_crash(pool):
    r = pool.extract(b"FOI-TEST-HOOK:crash")
    assert (r.status, r.reason) == ("failed", "worker crashed: killed by signal SIGSEGV")
    assert pool.extract(b"plain text", "a.txt").text == "plain text"


def test_test_hooks_are_off_outside_the_test_pool():
    r = extract_text(b"FOI-TEST-HOOK:crash")
    assert r.status == "ok" and r.detected_type == "txt"


def test_bounded_from_many_threads():
    pdfs = [make_pdf(pages=[[f"Document {i}"]]) for i in range(12)]
    with ExtractionPool(2) as p, ThreadPoolExecutor(6) as ex:
        results = list(ex.map(lambda d: p.extract(d, "x.pdf"), pdfs))
    assert [r.text for r in results] == [f"Document {i}" for i in range(12)]


def _child_extract(queue):
    r = extract_text_bounded(b"Council reply", "reply.txt")
    queue.put((r.status, r.text))


def test_default_pool_survives_fork():
    assert extract_text_bounded(b"parent", "a.txt").text == "parent"
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_child_extract, args=(queue,))
    child.start()
    child.join(60)
    assert child.exitcode == 0
    assert queue.get(timeout=5) == ("ok", "Council reply")
    assert extract_text_bounded(b"parent again", "a.txt").text == "parent again"


def test_closed_pool_workers_exit():
    p = ExtractionPool(1)
    p.extract(b"hello", "a.txt")
    [pid] = p.worker_pids()
    p.close()
    deadline = time.monotonic() + 5
    while os.path.exists(f"/proc/{pid}") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not os.path.exists(f"/proc/{pid}")
    assert threading.active_count() >= 1


def test_bounded_refuses_oversized_files_without_a_worker(monkeypatch, pool):
    monkeypatch.setenv("FOI_MAX_FILE_MB", "1")
    r = pool.extract(b"x" * (2 * MB), "big.txt")
    assert r.status == "failed" and "FOI_MAX_FILE_MB" in r.reason
    assert pool.worker_pids() == []  # never started one


def test_bounded_passes_the_parents_limits_to_the_worker(monkeypatch, pool):
    pool.extract(b"start the worker", "a.txt")
    monkeypatch.setenv("FOI_MAX_EXPANDED_MB", "1")  # after the worker started: must still apply
    r = pool.extract(zip_of({"a.txt": os.urandom(2 * MB)}), "a.zip")
    assert r.status == "failed" and r.reason.startswith("too large to read:") and "FOI_MAX_EXPANDED_MB" in r.reason


# --- never raises -------------------------------------------------------------------------------------------

_SEEDS = {}


def _seed(kind: str) -> bytes:
    if kind not in _SEEDS:
        _SEEDS[kind] = {"pdf": lambda: make_pdf(pages=[["Laptops 426"]], table=[["a", "b"]]), "docx": make_docx,
                        "xlsx": make_xlsx, "zip": lambda: zip_of({"a.csv": b"a,b\n1,2\n", "b.txt": b"x"}),
                        "doc": lambda: (FILES / "doc" / "raw_text.doc").read_bytes(),
                        "msg": lambda: (FILES / "msg" / "outlook-message.msg").read_bytes()}[kind]()
    return _SEEDS[kind]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(["pdf", "docx", "xlsx", "zip", "doc", "msg"]),
    edits=st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=40)), max_size=6),
    cut=st.floats(0.05, 1),
    name=st.sampled_from(["x.pdf", "x.docx", "x.xlsx", "x.zip", "x.csv", "", "../../x", "x.msg", "x.xls", "x.doc"]),
)
def test_mangled_files_never_raise(kind, edits, cut, name):
    data = bytearray(_seed(kind))
    for where, junk in edits:
        at = int(where * (len(data) - 1))
        data[at : at + len(junk)] = junk
    data = bytes(data[: max(1, int(len(data) * cut))])
    r = extract_text(data, name, None)
    assert r.status in ("ok", "empty", "needs_ocr", "unsupported", "failed")
    assert r.status == "ok" or r.reason


@settings(max_examples=80, deadline=None)
@given(data=st.binary(max_size=600), name=st.text(max_size=30), ctype=st.one_of(st.none(), st.text(max_size=30)))
def test_random_bytes_never_raise(data, name, ctype):
    r = extract_text(data, name, ctype)
    assert r.status in ("ok", "empty", "needs_ocr", "unsupported", "failed")


def test_damaged_outlook_msg_fails_with_a_reason():
    junk = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(1500)
    r = extract_text(junk, "reply.msg", "application/vnd.ms-outlook")
    assert r.status == "failed" and r.reason


def test_pdf_with_a_scanned_page_among_text_pages(monkeypatch):
    from .test_documents import make_image_pdf

    monkeypatch.setenv("FOI_TESSERACT", "no-such-tesseract-binary")
    import pypdfium2 as pdfium

    merged = pdfium.PdfDocument.new()
    merged.import_pages(pdfium.PdfDocument(make_pdf(pages=[["Typed page"]])))
    merged.import_pages(pdfium.PdfDocument(make_image_pdf()))
    buf = io.BytesIO()
    merged.save(buf)
    r = extract_text(buf.getvalue(), "mixed.pdf")
    assert r.status == "ok" and r.text == "Typed page" and r.pages == 2
    assert r.warnings == ["page 2 has no text layer; install tesseract to OCR them"]


def test_access_denied_page_is_a_challenge():
    page = b"<html><head><title>Access Denied</title></head><body>Reference #18.abc</body></html>"
    assert looks_like_challenge_page(page)
    assert not looks_like_challenge_page(b"<html><body><p>Access denied under section 40(2).</p></body></html>")


def test_email_with_too_many_attachments():
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"], msg["Subject"] = "a@example.org", "many"
    msg.set_content("body")
    for i in range(12):
        msg.add_attachment(b"x", maintype="application", subtype="octet-stream", filename=f"{i}.bin")
    r = extract_text(msg.as_bytes(), "many.eml", limits=Limits(max_members=10))
    assert r.status == "failed" and r.reason == "e-mail has 12 attachments (limit 10); not read"


def _gone(pid: int, within_s: float = 5) -> bool:
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/status") as fh:
                if "zombie" in fh.read().lower():
                    return True
        except FileNotFoundError:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("ending", ["normal exit", "parent killed mid-job"])
def test_workers_do_not_outlive_their_parent(ending):
    import subprocess
    import sys

    script = (
        "import os, sys, threading\n"
        "from documents import extract_text_bounded\n"
        "from documents.pool import default_pool\n"
        "extract_text_bounded(b'hello', 'a.txt')\n"
        "print(default_pool().worker_pids()[0], flush=True)\n"
        "if sys.argv[1] == 'kill':\n"
        "    threading.Thread(target=extract_text_bounded, args=(b'FOI-TEST-HOOK:sleep:60',)).start()\n"
        "    threading.Event().wait(60)\n"
    )
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = {**os.environ, **HOOKS, "PYTHONPATH": root}
    proc = subprocess.Popen([sys.executable, "-c", script, "kill" if "killed" in ending else "exit"],
                            stdout=subprocess.PIPE, env=env, cwd=root)
    worker = int(proc.stdout.readline())
    if "killed" in ending:
        time.sleep(0.5)  # let the worker start sleeping on its job
        proc.kill()
    proc.wait(30)
    assert _gone(worker), f"worker {worker} outlived its parent ({ending})"


def test_a_worker_started_from_a_short_lived_thread_lives_on(pool):
    first: list[str] = []
    t = threading.Thread(target=lambda: first.append(pool.extract(b"FOI-TEST-HOOK:echo").text))
    t.start()
    t.join()
    time.sleep(1)  # the thread that spawned the worker is gone
    assert pool.extract(b"FOI-TEST-HOOK:echo").text == first[0]


def test_a_worker_that_cannot_start_is_a_failed_result_not_a_crash():
    with ExtractionPool(1, env={"PYTHONHOME": "/nonexistent-python-home"}, start_timeout_s=20) as broken:
        r = broken.extract(b"hello", "a.txt")
    assert r.status == "failed" and r.reason.startswith("could not start an extraction worker")
