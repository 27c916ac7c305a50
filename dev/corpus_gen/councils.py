"""Councils from mySociety's register (warehouse/reference), shaped as Alaveteli public bodies."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from .common import at, iso, simplify_url_part

REGISTER = Path(__file__).resolve().parents[2] / "warehouse" / "reference" / "uk_local_authorities_future.csv"

# Councils sent the demo batch: every kind of principal council in Great Britain plus one in Northern Ireland.
BATCH_CODES = [
    # London boroughs
    "BNE", "CMD", "HCK", "ISL", "LBH", "SWK", "CRY", "EAL", "HMF", "KEC", "TWH",
    # county councils
    "KEN", "ESS", "HAM", "LAN", "NFK", "SRY", "DEV",
    # unitary authorities
    "BST", "CON", "BNH", "LCE", "PLY", "MIK", "BPC",
    # metropolitan boroughs
    "MAN", "LDS", "BIR", "LIV", "SHF", "KIR", "WGN",
    # non-metropolitan districts
    "CAB", "COL", "CHL", "DAC", "CAT", "ELM", "ARU",
    # Welsh principal councils
    "CRF", "SWA", "GWN", "PEM", "WRX",
    # Scottish councils
    "EDH", "GLG", "FIF", "HLD", "ABE", "ELS",
    # Northern Ireland
    "BFS",
]

# The batch went out in September 2021: councils created later (or abolished before) could not have received it.
BATCH_DAY = date(2021, 9, 29)


@dataclass(frozen=True)
class Council:
    code: str
    name: str
    nice_name: str
    gss: str
    la_type: str
    nation: str
    wdtk_id: int
    population: int

    @property
    def domain(self) -> str:
        return simplify_url_part(self.nice_name, "council").replace("_", "") + ".gov.uk"

    @property
    def request_email(self) -> str:
        return f"foi@{self.domain}"

    @property
    def url_name(self) -> str:
        # Alaveteli slugs short_or_long_name; these bodies have no short name.
        return simplify_url_part(self.name, "body")

    @property
    def scottish(self) -> bool:
        return self.nation == "Scotland"


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()


def load_register(path: Path = REGISTER) -> list[Council]:
    """Current councils with a WhatDoTheyKnow id that existed on the batch day, in register order."""
    out = []
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["end-date"] or not row["wdtk-id"]:
                continue
            if row["local-authority-type"] in {"COMB", "SRA"}:
                continue  # combined authorities and the GLA are not councils
            if row["start-date"] and row["start-date"] > BATCH_DAY.isoformat():
                continue
            out.append(Council(
                code=row["local-authority-code"], name=_clean(row["official-name"]),
                nice_name=_clean(row["nice-name"]), gss=row["gss-code"], la_type=row["local-authority-type"],
                nation=row["nation"], wdtk_id=int(float(row["wdtk-id"])),
                population=int(float(row["pop-2020"] or 100000)),
            ))
    return out


def batch_councils(register: list[Council]) -> list[Council]:
    by_code = {c.code: c for c in register}
    missing = [c for c in BATCH_CODES if c not in by_code]
    if missing:
        raise SystemExit(f"register lacks batch councils {missing}: is {REGISTER} the mySociety register?")
    return [by_code[c] for c in BATCH_CODES]


def body_json(c: Council, with_log: bool) -> dict:
    created = at(date(2008, 1, 1) + timedelta(days=c.wdtk_id % 700), 10, 0)
    updated = at(date(2020, 6, 1) + timedelta(days=c.wdtk_id % 500), 11, 30)
    home = f"https://www.{c.domain}"
    return {
        "id": c.wdtk_id,
        "url_name": c.url_name,
        "name": c.name,
        "short_name": "",
        "tags": [["local_council", None], ["gss", c.gss]],
        "home_page": home,
        "publication_scheme": f"{home}/publication-scheme" if c.wdtk_id % 3 else "",
        "disclosure_log": f"{home}/foi/disclosure-log" if with_log else "",
        "notes": "",
        "request_email": c.request_email,
        "created_at": iso(created),
        "updated_at": iso(updated),
    }

