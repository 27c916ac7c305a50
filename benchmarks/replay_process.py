"""The replay site in a child process, so that the harvester being timed does not share a Python interpreter
(and its GIL) with the server it fetches from. Controlled over the replay's /__replay__/ HTTP routes."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from benchmarks.common import ROOT

_CHILD = """
import sys, threading
from replay.server import ReplayServer
srv = ReplayServer(sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else None).start()
print(srv.base_url, flush=True)
sys.stdin.read()   # runs until the parent closes our stdin
srv.stop()
"""


class ReplayProcess:
    def __init__(self, base_url: str, proc: subprocess.Popen):
        self.base_url = base_url
        self.proc = proc

    def hits(self) -> dict:
        with urllib.request.urlopen(self.base_url + "/__replay__/hits", timeout=30) as resp:
            return json.loads(resp.read())

    def cpu_seconds(self) -> float | None:
        """User + system CPU the replay process has used so far (Linux /proc), to tell whether it was the
        bottleneck of a timed run."""
        import os

        try:
            with open(f"/proc/{self.proc.pid}/stat", encoding="ascii") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError):
            return None

    def set_fault(self, path_regex: str, kind: str, times: int | None = None, **opts) -> None:
        body = json.dumps({"path_regex": path_regex, "kind": kind, "times": times, **opts}).encode()
        req = urllib.request.Request(self.base_url + "/__replay__/faults", data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
        urllib.request.urlopen(req, timeout=30).read()

    def warm(self) -> float:
        """Ask for one body page, so that the replay builds its search index (its stand-in for Xapian, seconds on
        a big corpus) before a harvester's clock starts; the real site has its index built. Returns the seconds."""
        import re
        import time

        t = time.perf_counter()
        with urllib.request.urlopen(self.base_url + "/body/list/local_council", timeout=120) as resp:
            m = re.search(r'href="(/body/[^"/?#.]+)"', resp.read().decode("utf-8", "replace"))
        if m:
            urllib.request.urlopen(self.base_url + m.group(1), timeout=300).read()
        self.reset_hits()
        return time.perf_counter() - t

    def reset_hits(self) -> None:
        req = urllib.request.Request(self.base_url + "/__replay__/reset", data=b"{}", method="POST")
        urllib.request.urlopen(req, timeout=30).read()


@contextmanager
def replay_process(corpus_dir: Path | None = None):
    proc = subprocess.Popen([sys.executable, "-c", _CHILD, str(corpus_dir or "")], cwd=str(ROOT),
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline().strip()
        if not line.startswith("http"):
            raise RuntimeError(f"the replay did not start (said {line!r})")
        yield ReplayProcess(line, proc)
    finally:
        try:
            proc.stdin.close()
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.terminate()
            proc.wait(timeout=10)
