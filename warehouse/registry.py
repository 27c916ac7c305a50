"""mySociety's register of UK local authorities, as the `authorities` table's backbone.

Every council is keyed by its `local-authority-code` (e.g. ``BNE`` for Barnet). WhatDoTheyKnow bodies join by
the register's ``wdtk-id`` (WhatDoTheyKnow's numeric body id) and GSS codes by ``gss-code`` — never by fuzzy
names where a code exists. Source: mySociety, "UK Local Authorities (including future)" (uk_la_future,
v1.7.3), CC-BY-4.0; the copy lives in ``warehouse/reference/``.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from pathlib import Path

REGISTER_FILE = "uk_local_authorities_future.csv"
REGISTER_URL = "https://pages.mysociety.org/uk_local_authority_names_and_codes/datasets/uk_la_future/latest"
REGISTER_CREDIT = "mySociety, UK Local Authorities (uk_la_future v1.7.3), CC-BY-4.0"

REQUIRED_COLUMNS = ("local-authority-code", "official-name", "nice-name", "gss-code", "nation", "region",
                    "local-authority-type", "local-authority-type-name", "pop-2020", "wdtk-id", "end-date")


class RegisterError(ValueError):
    """The register file is not the mySociety register (missing columns, unreadable)."""


@dataclass(frozen=True)
class Council:
    code: str
    official_name: str
    nice_name: str
    gss_code: str | None
    nation: str | None
    region: str | None
    authority_type: str | None
    authority_type_name: str | None
    population: int | None
    wdtk_id: int | None
    end_date: str | None

    @property
    def current(self) -> bool:
        return not self.end_date


def _int(value: str | None) -> int | None:
    try:
        number = int(float(value)) if value and value.strip() else None
    except ValueError:
        return None
    # 0 residents means "unknown" in the register, and 0 would read as "nobody lives there"
    return number if number else None


def _read_bytes(path: str | Path | None) -> bytes:
    if path is None:
        return resources.files("warehouse").joinpath("reference", REGISTER_FILE).read_bytes()
    return Path(path).read_bytes()


@lru_cache(maxsize=4)
def _load(path: str | None) -> tuple[tuple[Council, ...], str]:
    data = _read_bytes(path)
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise RegisterError(f"{path or REGISTER_FILE} is not the mySociety register: no column(s) {missing}.")
    councils = []
    for row in reader:
        code = (row["local-authority-code"] or "").strip()
        if not code:
            continue
        councils.append(Council(
            code=code,
            official_name=row["official-name"].strip(),
            nice_name=row["nice-name"].strip(),
            gss_code=row["gss-code"].strip() or None,
            nation=row["nation"].strip() or None,
            region=row["region"].strip() or None,
            authority_type=row["local-authority-type"].strip() or None,
            authority_type_name=row["local-authority-type-name"].strip() or None,
            population=_int(row["pop-2020"]),
            wdtk_id=_int(row["wdtk-id"]),
            end_date=row["end-date"].strip() or None,
        ))
    return tuple(councils), hashlib.sha256(data).hexdigest()


def councils(path: str | Path | None = None, *, current_only: bool = False) -> list[Council]:
    rows, _ = _load(str(path) if path else None)
    return [c for c in rows if c.current] if current_only else list(rows)


def by_wdtk_id(path: str | Path | None = None) -> dict[int, Council]:
    """WhatDoTheyKnow body id → council; a current council wins over a former one with the same id."""
    return dict(_index(str(path) if path else None, "wdtk_id"))


def by_gss(path: str | Path | None = None) -> dict[str, Council]:
    return dict(_index(str(path) if path else None, "gss_code"))


@lru_cache(maxsize=8)
def _index(path: str | None, key: str) -> dict:
    # Cached because a crawl looks up every body it meets; callers get copies, so the cache stays unedited.
    return {getattr(c, key): c for c in sorted(_load(path)[0], key=lambda c: c.current) if getattr(c, key)}


def council_for(wdtk_id: int | None = None, gss_code: str | None = None) -> Council | None:
    """The register's council for a WhatDoTheyKnow body id, else for a GSS code; None when it has neither."""
    if wdtk_id is not None and (c := _index(None, "wdtk_id").get(int(wdtk_id))):
        return c
    if gss_code and (c := _index(None, "gss_code").get(gss_code)):
        return c
    return None


def authority_key_for(wdtk_id: int | None = None, gss_code: str | None = None) -> str | None:
    """The register code for a WhatDoTheyKnow body id or a GSS code, or None when the register lacks it."""
    c = council_for(wdtk_id, gss_code)
    return c.code if c else None


def authority_rows(path: str | Path | None = None) -> list[dict]:
    """Rows for the `authorities` table, one per council in the register (current and former)."""
    rows, sha = _load(str(path) if path else None)
    now = datetime.now(timezone.utc)
    return [{
        "authority_key": c.code,
        "local_authority_code": c.code,
        "wdtk_id": c.wdtk_id,
        "name": c.official_name,
        "short_name": c.nice_name,
        "gss_code": c.gss_code,
        "authority_type": c.authority_type,
        "authority_type_name": c.authority_type_name,
        "nation": c.nation,
        "region": c.region,
        "population": c.population,
        "source": "register",
        "source_url": REGISTER_URL,
        "fetched_at": now,
        "content_sha256": sha,
    } for c in rows]


def load_into(con, path: str | Path | None = None) -> int:
    """Upsert the register into `authorities`; columns a crawl filled in (tags, WDTK url_name...) are kept."""
    from warehouse import db

    return db.upsert(con, "authorities", authority_rows(path))
