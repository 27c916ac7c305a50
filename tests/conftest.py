"""Shared fixtures: the replay site on 127.0.0.1 (port 0, stopped at teardown).

- `replay_server` (session): the bundled demo corpus in replay/corpus/. Tests must not change it (no faults left
  set, no add_incoming_message); use `make_replay` for that.
- `make_replay(corpus_dir=None, **kw)`: a fresh server per call; with no corpus_dir it serves a tiny corpus
  written into tmp_path (replay.site.tiny). Stopped when the test ends.
"""

from __future__ import annotations

import pytest

from replay.server import ReplayServer
from replay.site.corpus import BUNDLED
from replay.site.tiny import build_tiny_corpus


@pytest.fixture(scope="session")
def replay_server():
    if not (BUNDLED / "site.json").is_file():
        pytest.skip("the bundled corpus replay/corpus/site.json is not built yet (python -m dev.build_corpus)")
    server = ReplayServer().start()
    yield server
    server.stop()


@pytest.fixture
def make_replay(tmp_path):
    servers: list[ReplayServer] = []

    def factory(corpus_dir=None, **kwargs) -> ReplayServer:
        if corpus_dir is None:
            corpus_dir = tmp_path / f"tiny-corpus-{len(servers)}"
            build_tiny_corpus(corpus_dir)
        server = ReplayServer(corpus_dir, **kwargs).start()
        servers.append(server)
        return server

    yield factory
    for server in servers:
        server.stop()
