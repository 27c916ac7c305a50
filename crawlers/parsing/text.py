"""Message text: quoted earlier correspondence and redaction of contact details. They live in reader.mail_text
so that the crawls and `foi import` (importers/) store text redacted the same way."""

from reader.mail_text import quoted_spans, redact

__all__ = ["quoted_spans", "redact"]
