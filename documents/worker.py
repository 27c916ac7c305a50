"""The extraction worker: ``python -m documents.worker``, started and fed by :mod:`.pool`.

Reads jobs from stdin, answers on stdout, one job at a time, for as long as its parent keeps the pipe open.
Frames are an 8-byte big-endian length then the payload. A job is two frames (a JSON header, then the file's
bytes); an answer is one JSON frame. Results travel as JSON, never pickle: this process parses hostile
files, so nothing it sends back may be able to run code in the parent.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
import threading
import time

from documents.frames import FRAME_LENGTH


def read_exact(fd: int, n: int) -> bytes | None:
    chunks, got = [], 0
    while got < n:
        chunk = os.read(fd, min(n - got, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def read_frame(fd: int) -> bytes | None:
    head = read_exact(fd, FRAME_LENGTH.size)
    if head is None:
        return None
    return read_exact(fd, FRAME_LENGTH.unpack(head)[0])


def write_frame(fd: int, payload: bytes) -> None:
    view = memoryview(FRAME_LENGTH.pack(len(payload)) + payload)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _exit_with_parent() -> None:
    """Exit when the parent goes away, even mid-job (stdin EOF only tells an idle worker).

    A watchdog thread, not PR_SET_PDEATHSIG: that fires when the *thread* that started us ends, and pools
    are often filled from short-lived threads."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def _set_memory_limit(max_bytes: int) -> None:
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = max_bytes if hard == resource.RLIM_INFINITY else min(max_bytes, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        pass


def main() -> int:
    _exit_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C goes to the parent, which shuts us down
    stdin, stdout = sys.stdin.fileno(), sys.stdout.fileno()
    # Anything a library prints must not corrupt the answer stream.
    answers = os.dup(stdout)
    os.dup2(sys.stderr.fileno(), stdout)

    from documents.extract import extract_text
    from documents.readers.base import Limits
    from documents.readers import pdf  # noqa: F401  (the common case, loaded before the first job)

    write_frame(answers, b'{"ready": true}')
    while True:
        header = read_frame(stdin)
        if header is None:
            return 0
        data = read_frame(stdin)
        if data is None:
            return 0
        job = json.loads(header)
        _set_memory_limit(int(job["max_memory_mb"]) * 1024 * 1024)
        signal.alarm(int(job["timeout_s"]) + 10)  # backstop if the parent is gone and cannot kill us
        try:
            limits = Limits(**job["limits"]) if job.get("limits") else None
            result = extract_text(data, job.get("filename") or "", job.get("content_type"), limits=limits)
            payload = result.to_dict()
            restart = result.reason == "ran out of memory reading it"
        except MemoryError:
            payload = {"status": "failed", "reason": "ran out of memory reading it"}
            restart = True
        finally:
            signal.alarm(0)
        del data
        try:
            answer = json.dumps({"result": payload, "restart": restart}).encode()
        except MemoryError:
            answer = b'{"result": {"status": "failed", "reason": "ran out of memory reading it"}, "restart": true}'
            restart = True
        write_frame(answers, answer)
        if restart:
            return 0


if __name__ == "__main__":
    sys.exit(main())
