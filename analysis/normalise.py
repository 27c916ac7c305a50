"""Population, council type and exemption labels, so councils of different sizes can be compared.

Population and type come from mySociety's UK local authority register (CC-BY-4.0), the copy in
``warehouse/reference/uk_local_authorities_future.csv`` (column ``pop-2020``). A council the register
has no population for gets a null per-1,000 figure — never 0, which would read as "bought nothing".
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import polars as pl

REGISTER_FILE = "uk_local_authorities_future.csv"
REGISTER_SOURCE = ("mySociety, UK local authority register (uk_la_future), pop-2020, CC-BY-4.0")

REGISTER_SCHEMA = {
    "authority_key": pl.Utf8, "register_name": pl.Utf8, "official_name": pl.Utf8, "population": pl.Int64,
    "authority_type": pl.Utf8, "authority_type_name": pl.Utf8, "nation": pl.Utf8, "region": pl.Utf8,
}


@lru_cache(maxsize=4)
def _read_register(path: str | None) -> pl.DataFrame:
    source = Path(path) if path else resources.files("warehouse").joinpath("reference", REGISTER_FILE)
    raw = pl.read_csv(source.read_bytes(), infer_schema_length=0)
    needed = ["local-authority-code", "nice-name", "official-name", "pop-2020", "local-authority-type",
              "local-authority-type-name", "nation", "region"]
    missing = [c for c in needed if c not in raw.columns]
    if missing:
        raise ValueError(f"{source} is not the mySociety register: it has no column(s) {missing}.")
    pop = pl.col("pop-2020").str.strip_chars().cast(pl.Float64, strict=False)
    return raw.select(
        pl.col("local-authority-code").alias("authority_key"),
        pl.col("nice-name").alias("register_name"),
        pl.col("official-name").alias("official_name"),
        # a blank or zero population is unknown, not zero people
        pl.when(pop > 0).then(pop.round(0)).otherwise(None).cast(pl.Int64).alias("population"),
        pl.col("local-authority-type").alias("authority_type"),
        pl.col("local-authority-type-name").alias("authority_type_name"),
        pl.col("nation"),
        pl.col("region"),
    ).unique("authority_key", keep="first")


def load_register(path: str | Path | None = None) -> pl.DataFrame:
    """The register as authority_key, register_name, population (null if unknown), type and place."""
    return _read_register(str(path) if path else None)


def with_population(frame: pl.DataFrame, register: pl.DataFrame | None = None) -> pl.DataFrame:
    """Add population and council type by authority_key (left join: councils not in the register stay)."""
    register = load_register() if register is None else register
    extra = register.select("authority_key", "population", "authority_type", "authority_type_name")
    drop = [c for c in ("population", "authority_type", "authority_type_name") if c in frame.columns]
    return frame.drop(drop).join(extra, on="authority_key", how="left")


def per_1000(frame: pl.DataFrame, value: str, out: str | None = None) -> pl.DataFrame:
    """``value`` per 1,000 residents; null when the value or the population is missing."""
    out = out or f"{value}_per_1000"
    pop = pl.col("population").cast(pl.Float64)
    return frame.with_columns(
        pl.when(pop > 0).then(pl.col(value) / pop * 1000).otherwise(None).alias(out)
    )


def by_council_type(frame: pl.DataFrame, value: str) -> pl.DataFrame:
    """Compare council types: how many councils gave a figure, and the median figure and per-1,000 figure."""
    if "authority_type_name" not in frame.columns:
        frame = with_population(frame)
    if f"{value}_per_1000" not in frame.columns:
        frame = per_1000(frame, value)
    return (
        frame.with_columns(pl.col("authority_type_name").fill_null("Not in the register"))
        .group_by("authority_type_name")
        .agg(
            pl.col("authority_key").n_unique().alias("councils"),
            pl.col(value).is_not_null().sum().alias("figures"),
            pl.col(value).median().alias(f"median_{value}"),
            pl.col(f"{value}_per_1000").median().alias(f"median_{value}_per_1000"),
        )
        .sort("authority_type_name")
    )


def missing_population(frame: pl.DataFrame) -> list[str]:
    """Names of councils in ``frame`` with no population figure (for a note under a per-1,000 chart)."""
    if "population" not in frame.columns:
        frame = with_population(frame)
    name = "authority_name" if "authority_name" in frame.columns else "authority_key"
    return sorted(frame.filter(pl.col("population").is_null())[name].drop_nulls().unique().to_list())


# Headings of the Freedom of Information Act 2000 sections, the Freedom of Information (Scotland) Act 2002
# sections (Scottish councils cite these: same "s" numbers, different meanings) and the Environmental
# Information Regulations' exceptions, so a chart can say "s31(3) Law enforcement" rather than "s31(3)".
FOIA_SECTIONS = {
    "12": "Cost limit", "14": "Vexatious or repeated", "21": "Accessible by other means",
    "22": "Intended for future publication", "23": "Security bodies", "24": "National security",
    "26": "Defence", "27": "International relations", "28": "Relations within the UK", "29": "The economy",
    "30": "Investigations", "31": "Law enforcement", "32": "Court records", "33": "Audit functions",
    "35": "Formulation of government policy", "36": "Effective conduct of affairs", "38": "Health and safety",
    "40": "Personal information", "41": "Information provided in confidence",
    "42": "Legal professional privilege", "43": "Commercial interests", "44": "Prohibitions on disclosure",
}
FOISA_SECTIONS = {
    "12": "Excessive cost", "14": "Vexatious or repeated", "25": "Otherwise accessible",
    "26": "Prohibitions on disclosure", "27": "Intended for future publication", "28": "Relations within the UK",
    "29": "Formulation of Scottish Administration policy", "30": "Effective conduct of public affairs",
    "31": "National security and defence", "32": "International relations",
    "33": "Commercial interests and the economy", "34": "Investigations", "35": "Law enforcement",
    "36": "Confidentiality", "37": "Court records", "38": "Personal information",
    "39": "Health, safety and the environment",
}
EIR_REGULATIONS = {
    # England, Wales and Northern Ireland: EIR 2004 regulation 12 (and 13)
    "12(4)(a)": "Not held", "12(4)(b)": "Manifestly unreasonable", "12(4)(c)": "Too general",
    "12(4)(d)": "Unfinished documents", "12(4)(e)": "Internal communications", "12(5)(a)": "National security",
    "12(5)(b)": "Course of justice", "12(5)(e)": "Commercial confidentiality", "13": "Personal data",
    # Scotland: EI(S)R 2004 regulation 10 (and 11)
    "10(4)(a)": "Not held", "10(4)(b)": "Manifestly unreasonable", "10(4)(c)": "Too general",
    "10(4)(d)": "Unfinished documents", "10(4)(e)": "Internal communications", "10(5)(a)": "National security",
    "10(5)(b)": "Course of justice", "10(5)(e)": "Commercial confidentiality", "11": "Personal data",
}


def exemption_label(code: str | None, nation: str | None = None) -> str | None:
    """'s31(3)' → 's31(3) Law enforcement'; for a Scottish council 's35(1)(a)' → 's35(1)(a) Law enforcement
    (FOISA)'. Unknown codes are returned as given."""
    if code is None:
        return None
    m = re.fullmatch(r"s(\d+)(.*)", code)
    if m:
        if nation == "Scotland" and m.group(1) in FOISA_SECTIONS:
            return f"{code} {FOISA_SECTIONS[m.group(1)]} (FOISA)"
        if m.group(1) in FOIA_SECTIONS:
            return f"{code} {FOIA_SECTIONS[m.group(1)]}"
        return code
    m = re.fullmatch(r"reg(.+)", code)
    if m:
        for key, heading in EIR_REGULATIONS.items():
            if m.group(1).startswith(key):
                return f"{code} {heading}"
    return code


@lru_cache(maxsize=1)
def nations() -> dict[str, str]:
    """authority_key → nation (England, Scotland, Wales, Northern Ireland) from the register."""
    register = load_register()
    return dict(zip(register["authority_key"].to_list(), register["nation"].to_list()))
