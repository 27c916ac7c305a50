"""Registry lines proposed from WhatDoTheyKnow's all-authorities.csv: the councils whose WhatDoTheyKnow entry
names a disclosure log the registry (warehouse/reference/disclosure_logs.csv) lacks, for a person to review."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from crawlers.parsing.bodies import parse_authorities_csv
from warehouse import registry
from warehouse.disclosure_registry import DisclosureLog, guess_platform


@dataclass(frozen=True)
class Proposal:
    code: str
    council: str
    url: str
    platform: str
    wdtk_url_name: str

    def line(self) -> str:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="").writerow(
            [self.code, self.council, self.url, self.platform, "",
             # an Infreemation log is read with a key the council gives: name the variables that will hold it
             f"key_env={self.code}_INFREEMATION_KEY;user_env={self.code}_INFREEMATION_USER"
             if self.platform == "infreemation" else "",
             f"seeded from WhatDoTheyKnow ({self.wdtk_url_name}); check the platform and terms"])
        return buf.getvalue()


def propose_lines(all_authorities_csv: str, existing: list[DisclosureLog] | None = None) -> list[Proposal]:
    """Registry lines for councils whose WhatDoTheyKnow entry has a disclosure-log URL and which the registry
    lacks. Bodies join the register by wdtk-id; a body the register does not know is left out (no names)."""
    known = {log.code for log in (existing or [])}
    councils = registry.by_wdtk_id()
    out: dict[str, Proposal] = {}
    for body in parse_authorities_csv(all_authorities_csv):
        url = (body.disclosure_log or "").strip()
        council = councils.get(body.wdtk_id) if body.wdtk_id is not None else None
        if council is None and body.tag_value("gss"):
            council = registry.by_gss().get(body.tag_value("gss"))
        if not url or council is None or council.code in known or urlsplit(url).scheme not in ("http", "https"):
            continue
        out.setdefault(council.code, Proposal(council.code, council.official_name, url, guess_platform(url),
                                              body.url_name))
    return sorted(out.values(), key=lambda p: p.code)


def fetch(source: str) -> str:
    """The text of an all-authorities.csv file or URL (fetched once, with a User-Agent that says who asks)."""
    if urlsplit(source).scheme in ("http", "https"):
        import urllib.request

        req = urllib.request.Request(source, headers={"User-Agent": "foi-compare (disclosure registry seeding)"})
        with urllib.request.urlopen(req, timeout=60) as resp:  # one file, fetched once
            return resp.read().decode("utf-8", "replace")
    return Path(source).read_text("utf-8")
