"""Bytes → text for every attachment the toolkit downloads (architecture.md §6).

``extract_text`` never raises on bad input: a damaged, encrypted, mislabelled or hostile file comes back
with ``status`` ``failed``/``unsupported``/``needs_ocr``/``empty`` and a ``reason`` a person can read.
``extract_text_bounded`` does the same in a reused worker process with a memory cap and a timeout, for
crawls and ``foi extract`` where one pathological file must not hang or kill the run.
"""

from .bounded import extract_text_bounded
from .extract import detect_type, extract_text, looks_like_challenge_page
from .readers.base import STATUSES, ExtractedText, Limits, from_dict

__all__ = [
    "STATUSES",
    "ExtractedText",
    "Limits",
    "detect_type",
    "extract_text",
    "extract_text_bounded",
    "from_dict",
    "looks_like_challenge_page",
]
