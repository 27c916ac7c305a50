"""The pipe protocol between :mod:`.pool` and :mod:`.worker`: frames are an 8-byte big-endian length, then the
payload. A module of its own so that the pool never imports the worker (``python -m documents.worker`` must not
find itself already imported)."""

from __future__ import annotations

import struct

FRAME_LENGTH = struct.Struct(">Q")
