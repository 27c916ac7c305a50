class ParseError(ValueError):
    """The page or file is not what the parser expects (wrong kind of page, garbage, truncated)."""
