"""Export the analyst views and normalized tables to CSV, XLSX and Parquet.

One file per view and table for CSV and Parquet (``<out>/<name>.csv``, ``<out>/<name>.parquet``) and one
workbook with a sheet per view (``<out>/foi-compare.xlsx``, starting with a README sheet that says what
each sheet holds and where the figures came from). Types follow ``analysis.frames.SCHEMAS``; a view that
does not exist yet is exported empty with its columns, so a spreadsheet built on the export keeps working.

Parquet keeps list columns (``request_outcomes.exemptions``) as lists; CSV and XLSX join them with "; ".
Text that looks like a spreadsheet formula is written to XLSX as text, never as a formula (replies are
hostile input).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import duckdb
import polars as pl
import xlsxwriter

from analysis import charts, findings, frames, normalise

FORMATS = ("csv", "xlsx", "parquet")
WORKBOOK = "foi-compare.xlsx"
LIST_SEPARATOR = "; "

DESCRIPTIONS = {
    "device_purchases": "Devices bought per council, period and device: quantity, unit cost, total cost (£).",
    "licence_counts": "Software accounts per council and product (Zoom, Office 365, ...).",
    "refusal_rates": "Every FOI request on record per council and year: received, answered, granted, withheld, "
                     "in time; refusal_rate and in_time_rate are shares (0-1).",
    "survey_coverage": "Per survey: councils asked, answered, refused, awaiting, overdue; figures extracted and "
                       "flagged for checking (needs_review).",
    "survey_councils": "One row per survey and council asked: the request that speaks for it and its outcome "
                       "(the rows survey_coverage counts).",
    "answers": "Every figure read from a reply, with the quote it came from and its status "
               "(extracted / overridden / superseded).",
    "refusals": "Every exemption cited, per request and question, with the quote.",
    "request_outcomes": "One row per request: outcome, exemptions, dates, working days, in time.",
    "devices_per_1000": "Devices per council, device and period with financial year, population (mid-2020) and "
                        "quantity per 1,000 residents (empty cell = no figure or no population; never zero); "
                        "needs_review marks a figure in doubt.",
    "unit_costs": "Unit cost per council and device with the median, quartiles and an outlier flag; costs in doubt "
                  "are left out of the spread (figures_in_doubt).",
    "device_spend": "Spend per council, device and period: the stated total, else quantity × unit cost.",
    "spend_per_council": "Total device spend per council (stated totals, else quantity × unit cost) and per 1,000 "
                         "residents; spend resting on a figure in doubt is left out (figures_in_doubt).",
    "licences_per_1000": "licence_counts with population and accounts per 1,000 residents.",
    "refusal_rates_overall": "refusal_rates summed over all years per council; each rate is the ratio of the sums "
                             "beside it.",
    "exemption_counts": "Requests refused per council and exemption, every request on record, with the "
                        "exemption's heading.",
}

# Marts exported with labels the warehouse has no SQL for (the exemption headings are Python, analysis/normalise.py);
# the numbers are the mart's. Every number the report shows is a mart, exported as the view holds it.
ANALYSIS_FRAMES: dict[str, Callable[[duckdb.DuckDBPyConnection], pl.DataFrame]] = {
    "exemption_counts": frames.exemption_counts,
}


def export_frames(con: duckdb.DuckDBPyConnection, include_analysis: bool = True) -> dict[str, pl.DataFrame]:
    """Every mart and normalized table (and, optionally, the exemption counts with their labels) as frames."""
    out = {name: frames.read(con, name) for name in (*frames.VIEWS, *frames.TABLES)}
    if include_analysis:
        out.update({name: fn(con) for name, fn in ANALYSIS_FRAMES.items()})
    return out


def flat(frame: pl.DataFrame) -> pl.DataFrame:
    """Lists joined with '; ' (CSV and Excel have no list type)."""
    return frame.with_columns(
        [pl.col(c).list.eval(pl.element().cast(pl.Utf8)).list.join(LIST_SEPARATOR)
         for c, t in frame.schema.items() if isinstance(t, pl.List)]
    )


def for_excel(frame: pl.DataFrame) -> pl.DataFrame:
    """Excel has no time zones: datetimes become naive UTC."""
    frame = flat(frame)
    return frame.with_columns(
        [pl.col(c).dt.convert_time_zone("UTC").dt.replace_time_zone(None)
         for c, t in frame.schema.items() if isinstance(t, pl.Datetime) and t.time_zone]
    )


def export_all(con: duckdb.DuckDBPyConnection, out_dir: str | Path, formats: Sequence[str] = FORMATS,
               include_analysis: bool = True) -> list[Path]:
    """Write every view (and answers, refusals, request_outcomes) in each format; return the files written.

    ``formats`` is any of "csv", "xlsx", "parquet". ``include_analysis`` adds the exemption counts with their
    labels (the per-1,000, unit-cost, spend and all-years marts are views, always exported).
    The connection may be read-only.
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"Unknown export format(s) {unknown}: choose from {', '.join(FORMATS)}.")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    data = export_frames(con, include_analysis)
    written: list[Path] = []
    for name, frame in data.items():
        if "csv" in formats:
            written.append(out_dir / f"{name}.csv")
            flat(frame).write_csv(written[-1])
        if "parquet" in formats:
            written.append(out_dir / f"{name}.parquet")
            frame.write_parquet(written[-1])
    if "xlsx" in formats:
        written.append(write_workbook(con, data, out_dir / WORKBOOK))
    written.append(write_readme(con, data, out_dir / "README.txt"))
    return written


def write_readme(con: duckdb.DuckDBPyConnection, data: dict[str, pl.DataFrame], path: Path) -> Path:
    """README.txt beside the CSV and Parquet files: what the data is, where it came from, what each file holds."""
    note = frames.data_note(con)
    lines = ["foi-compare export", ""]
    if note:
        lines += [note, ""]
    lines += [charts.source_line(findings.extraction_date(con), note=note).replace("\n", " "),
              f"Population and council type: {normalise.REGISTER_SOURCE}",
              "An empty cell means no figure was given (or no population is known). It is never zero.", "",
              "Files (each as .csv and .parquet, and a sheet of foi-compare.xlsx):"]
    lines += [f"  {name}: {DESCRIPTIONS.get(name, '')}" for name in data]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_workbook(con: duckdb.DuckDBPyConnection, data: dict[str, pl.DataFrame], path: Path) -> Path:
    """One sheet per frame after a README sheet naming the sources."""
    extracted = findings.extraction_date(con)
    note = frames.data_note(con)
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    with xlsxwriter.Workbook(str(path), options) as workbook:
        readme = workbook.add_worksheet("README")
        bold = workbook.add_format({"bold": True})
        lines = [
            ("foi-compare export", note or ""),
            (charts.source_line(extracted, note=note).replace("\n", " "), ""),
            (f"Population and council type: {normalise.REGISTER_SOURCE}", ""),
            ("An empty cell means no figure was given (or no population is known). It is never zero.", ""),
            ("", ""),
            ("Sheet", "What it holds"),
        ] + [(name, DESCRIPTIONS.get(name, "")) for name in data]
        for row, (a, b) in enumerate(lines):
            readme.write_string(row, 0, a, bold if row in (0, 5) else None)
            readme.write_string(row, 1, b, bold if row == 5 else None)
        readme.set_column(0, 0, 24)
        readme.set_column(1, 1, 110)
        for name, frame in data.items():
            sheet = name[:31]  # Excel's limit on sheet names
            for_excel(frame).write_excel(workbook=workbook, worksheet=sheet, autofit=True,
                                         table_style="Table Style Light 1", float_precision=4)
    return path
