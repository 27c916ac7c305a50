"""Pure functions from page text to data. Nothing here fetches; every parser raises only `ParseError`
(a `ValueError`) on input it cannot read, so the spider can record it as a failure and move on."""

from crawlers.parsing.errors import ParseError

__all__ = ["ParseError"]
