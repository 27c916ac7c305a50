"""`foi run` against a site that will not serve it: a bot-protection answer (418, or 403 with a challenge page),
nothing listening, a name that does not resolve. The run stops within seconds, says what happened and what to do,
and leaves no empty warehouse behind. Servers are real ones on 127.0.0.1; nothing goes to the internet."""

from __future__ import annotations

import http.server
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from crawlers.common.failures import failure_kind
from crawlers.common.spider import unreachable_message

ROOT = Path(__file__).resolve().parent.parent
CHALLENGE = (b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
             b"<div id='challenge-platform'>Checking your browser before accessing the site.</div></body></html>")


def serve(status: int):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(CHALLENGE)))
            self.end_headers()
            self.wfile.write(CHALLENGE)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def foi_run(base_url: str, cwd: Path) -> tuple[subprocess.CompletedProcess, float]:
    env = {**os.environ, "FOI_CONTACT": "tests@example.org"}
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "foi", "run", "--batch", "1234", "--base-url", base_url],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    return proc, time.monotonic() - started


@pytest.mark.parametrize("status", [418, 403])
def test_a_bot_protection_answer_stops_the_run_and_says_what_to_do(tmp_path, status):
    server = serve(status)
    try:
        proc, took = foi_run(f"http://127.0.0.1:{server.server_address[1]}", tmp_path)
    finally:
        server.shutdown()
    said = proc.stdout + proc.stderr
    assert proc.returncode == 1, said[-2000:]
    assert f"answered with a bot-protection page (HTTP {status})" in said
    assert "does not try to get around such protection" in said and "FOI_CONTACT" in said
    assert "Traceback" not in said
    assert not (tmp_path / "data" / "foi.duckdb").exists()       # no empty warehouse left behind
    assert took < 60, took                                       # no retries against the protection


def test_a_site_with_nothing_listening_stops_the_run_at_once(tmp_path):
    with socket.socket() as s:             # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc, took = foi_run(f"http://127.0.0.1:{port}", tmp_path)
    said = proc.stdout + proc.stderr
    assert proc.returncode == 1 and "refused the connection" in said and "--base-url" in said, said[-2000:]
    assert not (tmp_path / "data" / "foi.duckdb").exists()
    assert took < 60, took


def test_a_name_that_does_not_resolve_is_called_a_dns_failure():
    # the exceptions Scrapy and Twisted raise for a failed lookup, classified without a lookup being made
    from twisted.internet.error import DNSLookupError

    kind, detail = failure_kind(DNSLookupError("www.whatdotheyknow.com"))
    assert kind == "connection"
    message = unreachable_message("https://www.whatdotheyknow.com/info_request_batch/1234.json", detail)
    assert "www.whatdotheyknow.com could not be looked up (DNS)" in message
    assert "no network connection" in message and "run the same command again" in message
