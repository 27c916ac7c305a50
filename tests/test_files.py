"""Content-addressed storage of downloaded files, and showing hostile remote file names safely."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from documents.files import UnsafePath, read_stored, resolve_inside, safe_display_name, store_file


def test_store_file_is_content_addressed_and_idempotent(tmp_path):
    data = b"%PDF-1.4 reply"
    digest = hashlib.sha256(data).hexdigest()
    rel = store_file(tmp_path, data)
    assert rel == f"{digest[:2]}/{digest[2:4]}/{digest}"
    assert (tmp_path / rel).read_bytes() == data
    assert store_file(tmp_path, data) == rel
    assert read_stored(tmp_path, rel) == data
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == [digest]  # no temp files left behind


def test_store_file_replaces_a_truncated_copy(tmp_path):
    data = b"x" * 1000
    rel = store_file(tmp_path, data)
    (tmp_path / rel).write_bytes(b"x" * 10)  # e.g. left by a crash in an older version
    assert store_file(tmp_path, data) == rel
    assert (tmp_path / rel).read_bytes() == data


def test_store_file_creates_the_directory(tmp_path):
    rel = store_file(tmp_path / "new" / "files", b"")
    assert (tmp_path / "new" / "files" / rel).is_file()


def test_resolve_inside_refuses_escapes(tmp_path):
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "link").symlink_to(tmp_path)
    for bad in ("../outside", "/etc/passwd", "ab/../../x", "link/escape", "a\x00b"):
        with pytest.raises(UnsafePath):
            resolve_inside(tmp_path / "files", bad)
    assert resolve_inside(tmp_path / "files", "ab/cd/ef") == (tmp_path / "files" / "ab/cd/ef").resolve()


@pytest.mark.parametrize(
    "name, expected",
    [
        ("../../.bashrc", "_bashrc"),
        ("..\\..\\windows\\system32\\evil.exe", "evil.exe"),
        ("/etc/passwd", "passwd"),
        ("reply\x00.pdf", "reply .pdf"),
        ("line\nbreak\r\tname.xlsx", "line break name.xlsx"),
        ("invoice\u202egpj.exe", "invoicegpj.exe"),
        ("zero\u200bwidth.pdf", "zerowidth.pdf"),
        ("", "unnamed"),
        (None, "unnamed"),
        ("..", "unnamed"),
        ("CON.txt", "_CON.txt"),
        (b"caf\xc3\xa9.pdf", "café.pdf"),
        ("Response to FOI 1234.pdf", "Response to FOI 1234.pdf"),
    ],
)
def test_safe_display_name(name, expected):
    assert safe_display_name(name) == expected


def test_safe_display_name_shortens_absurd_lengths_keeping_the_extension():
    shown = safe_display_name("a" * 10_000 + ".pdf")
    assert len(shown) <= 120 and shown.endswith("….pdf")
    assert os.sep not in safe_display_name("x/" * 5000 + "y")


def test_store_file_never_uses_the_remote_name(tmp_path):
    # there is no name parameter at all; the hostile name only ever goes through safe_display_name
    rel = store_file(tmp_path, b"data")
    assert ".." not in rel and Path(rel).name == hashlib.sha256(b"data").hexdigest()
