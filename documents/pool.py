"""A small pool of reused extraction worker processes, for :func:`documents.extract_text_bounded`.

Starting Python per file would cost more than reading most PDFs, so workers live across files and are only
replaced when one times out, crashes, runs out of memory, or has served ``max_jobs`` files. Calls are plain
blocking calls, safe from many threads (a Scrapy pipeline using ``deferToThread``) and after ``fork`` (the
child starts its own workers and leaves the parent's alone).

Settings: ``FOI_EXTRACT_WORKERS`` (pool size, default ``min(2, CPUs)``).
"""

from __future__ import annotations

import atexit
import json
import os
import select
import signal
import subprocess
import sys
import threading
import time
import weakref
from pathlib import Path

from .readers.base import ExtractedText, Limits, from_dict
from .frames import FRAME_LENGTH

_PROJECT_ROOT = str(Path(__file__).resolve().parents[2])


class WorkerGone(Exception):
    pass


class _Worker:
    def __init__(self, env: dict[str, str] | None):
        full_env = dict(os.environ)
        full_env.update(env or {})
        full_env["PYTHONPATH"] = os.pathsep.join(p for p in (_PROJECT_ROOT, full_env.get("PYTHONPATH")) if p)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "documents.worker"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=full_env, cwd=_PROJECT_ROOT,
            start_new_session=True,  # its own process group: killing it also kills a tesseract it started
        )
        self.jobs = 0
        self.pid = self.proc.pid

    def wait_ready(self, timeout_s: float) -> None:
        answer = self._read_frame(time.monotonic() + timeout_s)
        if json.loads(answer).get("ready") is not True:
            raise WorkerGone("worker did not start")

    def run(self, header: dict, data: bytes, timeout_s: float) -> dict:
        deadline = time.monotonic() + timeout_s
        payload = json.dumps(header).encode()
        try:
            self.proc.stdin.write(FRAME_LENGTH.pack(len(payload)) + payload)
            self.proc.stdin.write(FRAME_LENGTH.pack(len(data)))
            self.proc.stdin.write(data)
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError, ValueError) as exc:
            raise WorkerGone(str(exc)) from exc
        self.jobs += 1
        return json.loads(self._read_frame(deadline))

    def _read_exact(self, n: int, deadline: float) -> bytes:
        fd = self.proc.stdout.fileno()
        chunks, got = [], 0
        while got < n:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                raise TimeoutError
            chunk = os.read(fd, min(n - got, 1 << 20))
            if not chunk:
                raise WorkerGone("no answer")
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks)

    def _read_frame(self, deadline: float) -> bytes:
        (length,) = FRAME_LENGTH.unpack(self._read_exact(FRAME_LENGTH.size, deadline))
        # the answer has started: give a large result time to arrive even if the deadline is close
        return self._read_exact(length, max(deadline, time.monotonic() + 30))

    def alive(self) -> bool:
        return self.proc.poll() is None

    def crash_reason(self) -> str:
        try:
            code = self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.kill()
            return "worker crashed: it stopped answering"
        if code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = str(-code)
            if name == "SIGKILL":
                return "worker crashed: killed by SIGKILL (out of memory?)"
            return f"worker crashed: killed by signal {name}"
        return f"worker crashed: exited with code {code}"

    def kill(self) -> None:
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self._reap()

    def close(self) -> None:
        """Polite shutdown: EOF on stdin makes an idle worker exit; kill it if it does not."""
        try:
            self.proc.stdin.close()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.kill()
        self._reap()

    def _reap(self) -> None:
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()
            except OSError:
                pass

    def abandon(self) -> None:
        """In a forked child: drop our copies of the parent's pipes without touching its worker."""
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                os.close(stream.fileno())
            except (OSError, ValueError):
                pass
        self.proc.returncode = 0  # so Popen.__del__ never waits on a process that is not ours


class ExtractionPool:
    """Up to ``size`` worker processes, started on demand and reused. Use as a context manager or
    call :meth:`close`; the default pool closes itself at interpreter exit."""

    def __init__(self, size: int | None = None, *, env: dict[str, str] | None = None, max_jobs: int = 1000,
                 start_timeout_s: float = 60):
        self.size = max(1, size or int(os.environ.get("FOI_EXTRACT_WORKERS") or min(2, os.cpu_count() or 1)))
        self.env = dict(env or {})
        self.max_jobs = max_jobs
        self.start_timeout_s = start_timeout_s
        self._reset_state()
        _POOLS.add(self)

    def _reset_state(self) -> None:
        self._owner = os.getpid()
        self._cond = threading.Condition()
        self._idle: list[_Worker] = []
        self._count = 0
        self._closed = False

    def _after_fork(self) -> None:
        for worker in self._idle:
            worker.abandon()
        self._reset_state()

    def _acquire(self) -> _Worker:
        if os.getpid() != self._owner:
            self._after_fork()
        with self._cond:
            while True:
                if self._closed:
                    raise RuntimeError("extraction pool is closed")
                if self._idle:
                    return self._idle.pop()
                if self._count < self.size:
                    self._count += 1
                    break
                self._cond.wait()
        worker = None
        try:
            worker = _Worker(self.env)
            worker.wait_ready(self.start_timeout_s)
            return worker
        except BaseException:
            if worker is not None:
                worker.kill()
            with self._cond:
                self._count -= 1
                self._cond.notify()
            raise

    def _release(self, worker: _Worker, keep: bool) -> None:
        if keep and worker.jobs >= self.max_jobs:
            keep = False
        if not keep:
            worker.close() if worker.alive() else worker._reap()
        with self._cond:
            if keep and not self._closed:
                self._idle.append(worker)
            else:
                if keep:
                    worker.close()
                self._count -= 1
            self._cond.notify()

    def extract(self, data: bytes, filename: str = "", content_type: str | None = None, *,
                timeout_s: float = 30, max_memory_mb: int = 1024) -> ExtractedText:
        if not isinstance(data, (bytes, bytearray, memoryview)):
            return ExtractedText("failed", f"expected bytes, got {type(data).__name__}")
        limits = Limits.from_env()
        if len(data) > limits.max_file_bytes:  # refuse here rather than copy it into a worker
            from documents.extract import extract_text

            return extract_text(data, filename, content_type, limits=limits)
        header = {"filename": filename or "", "content_type": content_type, "timeout_s": timeout_s,
                  "max_memory_mb": max_memory_mb,
                  "limits": {"max_file_bytes": limits.max_file_bytes, "max_expanded_bytes": limits.max_expanded_bytes}}
        try:
            worker = self._acquire()
        except (WorkerGone, TimeoutError, OSError, ValueError) as exc:
            return ExtractedText("failed", f"could not start an extraction worker: {str(exc) or type(exc).__name__}")
        keep = False
        try:
            answer = worker.run(header, bytes(data), timeout_s)
            keep = not answer.get("restart")
            return from_dict(answer["result"])
        except TimeoutError:
            worker.kill()
            return ExtractedText("failed", f"timed out after {timeout_s:g} s")
        except (WorkerGone, ValueError, KeyError, OSError):
            return ExtractedText("failed", worker.crash_reason())
        finally:
            self._release(worker, keep)

    def close(self) -> None:
        if os.getpid() != self._owner:
            self._after_fork()
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            self._cond.notify_all()
        for worker in idle:
            worker.close()
            with self._cond:
                self._count -= 1

    def worker_pids(self) -> list[int]:
        """Pids of the idle workers (for tests and diagnostics)."""
        with self._cond:
            return [w.pid for w in self._idle]

    def __enter__(self) -> "ExtractionPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


_POOLS: "weakref.WeakSet[ExtractionPool]" = weakref.WeakSet()
_default: ExtractionPool | None = None
_default_lock = threading.Lock()


def default_pool() -> ExtractionPool:
    global _default, _default_lock
    with _default_lock:
        if _default is None or _default._closed:
            _default = ExtractionPool()
        return _default


def _after_fork_in_child() -> None:
    global _default_lock
    _default_lock = threading.Lock()  # it may have been held by another thread at fork time
    for pool in list(_POOLS):
        pool._after_fork()


@atexit.register
def shutdown() -> None:
    """Close every pool this process owns (runs at exit)."""
    for pool in list(_POOLS):
        if pool._owner == os.getpid():
            try:
                pool.close()
            except Exception:
                pass


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
