class ParseError(ValueError):
    """The page or file is not what the parser expects (wrong kind of page, garbage, truncated)."""


def not_json(text: str | bytes, what: str) -> str:
    """Why `text` is not the JSON asked for, in words a user can act on."""
    head = (text[:2000] if isinstance(text, str) else bytes(text[:2000]).decode("utf-8", "replace")).lstrip().lower()
    if head.startswith("<"):
        return (f"{what} came back as an HTML page, not JSON (a bot-protection, error or login page?); "
                "it will be fetched again next crawl")
    return f"{what} is not JSON"
