"""The registry of council disclosure logs: `warehouse/reference/disclosure_logs.csv`, the councils' real logs
(columns documented in `disclosure_logs.md` beside it), and apart from it `disclosure_logs_demo.csv`, the
imitation logs the replay serves for the offline demo (`registry=demo`; the spider reads it when
DISCLOSURE_LOG_BASE_URL points it at a replay and no registry is named).

Each line names a council by its mySociety `local-authority-code` — the `authorities` key — and says where its
log is, which adapter reads it and on what terms it may be reused. Adding a council on a known platform is one
line of data. `propose_lines()` seeds lines from WhatDoTheyKnow's `all-authorities.csv` ("Disclosure log"
column), joining bodies to the register by `wdtk-id`, never by name.

    python -m warehouse.disclosure_registry check [--registry FILE]
    python -m warehouse.disclosure_registry propose all-authorities.csv     (a file or an http(s) URL)
    python -m warehouse.disclosure_registry load --db data/foi.duckdb      (registry + links, no crawl)
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

REGISTRY_FILE = "disclosure_logs.csv"
DEMO_FILE = "disclosure_logs_demo.csv"
DEMO = "demo"   # the name that selects DEMO_FILE wherever a registry file is asked for
COLUMNS = ("local_authority_code", "council", "url", "platform", "terms", "options", "notes")
CRAWLABLE = ("directory", "documents", "table", "socrata", "csv", "infreemation")
NOT_CRAWLABLE = ("search_form", "on_request", "unclassified")
PLATFORMS = CRAWLABLE + NOT_CRAWLABLE
OPTION_NAMES = ("entries", "sections", "next", "index", "each", "request", "response", "text", "recheck", "years",
                "page_size", "fields", "key_env", "user_env", "since")


class RegistryError(ValueError):
    """The registry file has a line that cannot be used; the message names the line and the fix."""


@dataclass(frozen=True)
class DisclosureLog:
    code: str
    council: str
    url: str
    platform: str
    terms: str | None = None
    options: dict[str, str] = field(default_factory=dict)
    notes: str | None = None

    @property
    def crawlable(self) -> bool:
        return self.platform in CRAWLABLE


def _read_text(path: str | Path | None) -> tuple[str, str]:
    if path is None or str(path) == DEMO:
        name = DEMO_FILE if path is not None else REGISTRY_FILE
        return resources.files("warehouse").joinpath("reference", name).read_text("utf-8"), name
    return Path(path).read_text("utf-8"), str(path)


def by_platform(logs: list[DisclosureLog]) -> dict[str, int]:
    """How many councils' logs are known on each platform, most first."""
    counts: dict[str, int] = {}
    for log in logs:
        counts[log.platform] = counts.get(log.platform, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def parse_options(text: str, where: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for part in (text or "").split(";"):
        if not part.strip():
            continue
        name, sep, value = part.partition("=")
        name = name.strip()
        if not sep or name not in OPTION_NAMES:
            raise RegistryError(f"{where}: option {part.strip()!r} is not one of "
                                f"{', '.join(n + '=...' for n in OPTION_NAMES)} (separate options with ';')")
        out[name] = value.strip()
    if "years" in out and not re.fullmatch(r"(19|20)\d\d", out["years"]):
        raise RegistryError(f"{where}: years must be the first year the log covers (e.g. years=2016), "
                            f"not {out['years']!r}")
    if "text" in out and out["text"] != "reply":
        raise RegistryError(f"{where}: text=reply is the only value (a page whose whole text is the council's answer, "
                            f"written into the request's questions), not {out['text']!r}")
    if "recheck" in out and out["recheck"] != "1":
        raise RegistryError(f"{where}: recheck=1 re-checks the log's request pages every run (pages that grow in "
                            f"place); leave it out otherwise, not {out['recheck']!r}")
    if "page_size" in out and not out["page_size"].isdigit():
        raise RegistryError(f"{where}: page_size must be a whole number, not {out['page_size']!r}")
    return out


def parse_registry(text: str, source: str = REGISTRY_FILE, *, register_path: str | Path | None = None,
                   check_codes: bool = True) -> list[DisclosureLog]:
    """Every line of a registry file, validated: known code, known platform, a URL for crawlable ones."""
    from warehouse import registry

    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in ("local_authority_code", "url", "platform") if c not in (reader.fieldnames or [])]
    if missing:
        raise RegistryError(f"{source} has no column(s) {missing}; the header must be {','.join(COLUMNS)}")
    codes = {c.code for c in registry.councils(register_path)} if check_codes else None
    logs: list[DisclosureLog] = []
    seen: set[str] = set()
    for n, row in enumerate(reader, start=2):
        where = f"{source} line {n}"
        code = (row.get("local_authority_code") or "").strip()
        if not code:
            raise RegistryError(f"{where}: no local_authority_code")
        if codes is not None and code not in codes:
            raise RegistryError(f"{where}: {code!r} is not a local-authority-code in the mySociety register "
                                "(look the council up in warehouse/reference/uk_local_authorities_future.csv)")
        if code in seen:
            raise RegistryError(f"{where}: {code} has a line already; one line per council")
        seen.add(code)
        platform = (row.get("platform") or "").strip()
        if platform not in PLATFORMS:
            raise RegistryError(f"{where}: platform {platform!r} is not one of {', '.join(PLATFORMS)}")
        url = (row.get("url") or "").strip()
        if url and urlsplit(url).scheme not in ("http", "https"):
            raise RegistryError(f"{where}: url {url!r} must start with http:// or https://")
        if platform in CRAWLABLE and not url:
            raise RegistryError(f"{where}: a {platform} log needs its url")
        options = parse_options(row.get("options") or "", where)
        if platform == "infreemation" and not (options.get("key_env") and options.get("user_env")):
            raise RegistryError(f"{where}: an infreemation log needs key_env=<VARIABLE>;user_env=<VARIABLE>, the "
                                "environment variables that will hold the council's API key and user name")
        logs.append(DisclosureLog(code=code, council=(row.get("council") or "").strip(), url=url, platform=platform,
                                  terms=(row.get("terms") or "").strip() or None,
                                  options=options,
                                  notes=(row.get("notes") or "").strip() or None))
    return logs


def load(path: str | Path | None = None, *, register_path: str | Path | None = None) -> list[DisclosureLog]:
    text, source = _read_text(path)
    return parse_registry(text, source, register_path=register_path)


def by_code(path: str | Path | None = None) -> dict[str, DisclosureLog]:
    return {log.code: log for log in load(path)}


# --- authorities ---------------------------------------------------------------------------------------------


def load_into(con, path: str | Path | None = None, logs: list[DisclosureLog] | None = None) -> int:
    """Write the registry into `authorities`: a council missing there gets its register row first; then its
    disclosure_log_url / _platform / _terms are set. Other columns (WhatDoTheyKnow's, the register's) are kept,
    so a council in both sources stays one row. Returns the number of councils written."""
    from warehouse import db, registry

    logs = load(path) if logs is None else logs
    if not logs:
        return 0
    wanted = {log.code for log in logs}
    present = {k for (k,) in con.execute("SELECT authority_key FROM authorities WHERE authority_key IN (SELECT "
                                         "unnest(?::VARCHAR[]))", [sorted(wanted)]).fetchall()}
    missing = [r for r in registry.authority_rows() if r["authority_key"] in wanted - present]
    if missing:
        db.upsert(con, "authorities", missing)
    db.upsert(con, "authorities", [{"authority_key": log.code, "disclosure_log_url": log.url or None,
                                    "disclosure_log_platform": log.platform,
                                    "disclosure_log_terms": log.terms} for log in logs])
    return len(logs)


# --- seeding from WhatDoTheyKnow ------------------------------------------------------------------------------


def guess_platform(url: str) -> str:
    """The adapter a log URL looks like it needs; `unclassified` when the URL does not say (look at the page)."""
    path = urlsplit(url).path.lower()
    query = urlsplit(url).query.lower()
    if re.search(r"/resource/[a-z0-9]{4}-[a-z0-9]{4}\.json$", path):
        return "socrata"
    if "infreemation" in urlsplit(url).netloc.lower():
        return "infreemation"   # its public pages; the line still needs the API address and key_env/user_env
    if path.endswith(".csv"):
        return "csv"
    if "searchfoi" in path or path.endswith("search.aspx") or "search" in query:
        return "search_form"
    if re.search(r"/directory/\d+", path) or re.search(r"/category/\d+", path):
        return "directory"
    return "unclassified"
