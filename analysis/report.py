"""The HTML report: headline findings, charts, a table per question, coverage, and a link to every source.

``write_report`` writes ``report.html`` (self-contained: charts are inline SVG, no script, no web fonts,
so it opens offline and can be e-mailed) and ``charts/<name>.png|svg`` beside it for articles. It never
fails because of the state of the data: an empty warehouse, a survey with no answers yet or a council
without a population figure each becomes a sentence in the report.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import altair as alt
import duckdb
import jinja2
import polars as pl

from analysis import charts, findings, frames, normalise
from reader.units import UNITS, with_unit

TEMPLATE = "report.html.j2"
CHART_FORMATS = ("png", "svg")


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list[object]]            # cells: str/number, or Link
    note: str = ""
    anchor: str = ""


@dataclass(frozen=True)
class Link:
    text: str
    url: str | None


@dataclass
class ChartBlock:
    name: str
    caption: str
    svg: str
    files: dict[str, str] = field(default_factory=dict)   # format -> path relative to the report


def safe_url(url: object) -> str | None:
    """Only http(s) links from the crawl are linked; anything else (javascript:, data:) is shown as text."""
    if not isinstance(url, str):
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def _cell(value: object, kind: str = "") -> object:
    if value is None:
        return "—"   # missing stays visibly missing, never 0
    if kind == "gbp":
        return findings.fmt_gbp(value)
    if kind == "rate":
        return findings.fmt_rate(value, 2)
    if kind == "pct":
        return findings.fmt_pct(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return findings.fmt_count(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, (dt.datetime, dt.date)):
        return value.strftime("%d %b %Y")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    return value


def _svg_for_inline(svg: str) -> str:
    # an inline <svg> must not carry an XML prolog; width/height become max-width so it scales on phones
    svg = re.sub(r"^\s*<\?xml[^>]*>\s*", "", svg)
    return svg


NUMERIC = re.compile(r"[£]?[\d,.]+[m%]?( \(approx\.\))?")

# a measure named by its unit is titled by what it measures and the unit ("length (km)"); its figures carry the unit
_KIND_TITLES = {"length": "length", "weight": "weight", "energy": "energy", "volume": "volume", "land": "land area",
                "area": "area", "time": "time"}
MEASURE_TITLES = {"count": "number", "unit_cost_gbp": "unit cost (£)", "total_cost_gbp": "total cost (£)",
                  **{m: f"{_KIND_TITLES[u.kind]} ({u.short})" for m, u in UNITS.items()}}


def question_tables(answers: pl.DataFrame) -> list[Table]:
    """One table per survey question: every figure with the council, period, value and a link to its source."""
    tables = []
    if not answers.height:
        return tables
    keyed = answers.with_columns(pl.col("question").fill_null("—"))
    for (question,), group in keyed.sort("question", "subject", "measure").group_by("question", maintain_order=True):
        subjects = group["subject"].unique(maintain_order=True).to_list()
        title = f"Question {question}: " + ", ".join(charts.nice_name(s) for s in subjects)
        rows = []
        for r in group.sort("authority_name", "subject", "period_start", "measure", nulls_last=True).iter_rows(named=True):
            kind = "gbp" if (r["measure"] or "").endswith("_gbp") else ""
            shown = with_unit(r["value"], r["measure"]) if r["measure"] in UNITS and r["value"] is not None \
                else _cell(r["value"], kind)
            figure = shown + (" (approx.)" if r["approx"] else "")
            if r["status"] == "overridden":
                figure += f" (corrected; read as {_cell(r['original_value'], kind)})"
            elif r["needs_review"]:
                figure += f" (in doubt, to check: {r['doubt'] or 'low confidence'})"
            rows.append([
                r["authority_name"], charts.nice_name(r["subject"]), MEASURE_TITLES.get(r["measure"], r["measure"]),
                r["period"] or "—", figure,
                (r["quote"] or "")[:160],
                Link("source", safe_url(r["source_url"])),
            ])
        tables.append(Table(title, ["Council", "Subject", "Measure", "Period", "Figure", "As written", "Source"],
                            rows, anchor=f"q-{re.sub(r'[^A-Za-z0-9]+', '-', question)}",
                            note="A figure marked 'in doubt' is listed by foi review and leads no ranking until it "
                                 "is checked; a 'corrected' figure was changed by a person, with what was read "
                                 "beside it."))
    return tables


def coverage_table(outcomes: pl.DataFrame) -> Table:
    rows = []
    for r in outcomes.sort("authority_name").iter_rows(named=True):
        rows.append([
            r["authority_name"], charts.OUTCOME_LABELS.get(r["outcome"], r["outcome"]),
            ", ".join(findings.exemption_phrase(e, r["authority_key"]) for e in (r["exemptions"] or [])) or "—",
            _cell(r["received_at"]), _cell(r["answered_at"]), _cell(r["working_days"]),
            {True: "yes", False: "no"}.get(r["in_time"], "—"),
            VIA.get(r.get("source"), r.get("source") or "—")
            + (" (WhatDoTheyKnow request unanswered)" if r.get("answered_elsewhere") else ""),
            Link(r.get("request_title") or "request", safe_url(r.get("request_url"))),
        ])
    return Table("Who answered", ["Council", "Outcome", "Exemptions", "Sent", "Answered", "Working days",
                                  "In time", "Where answered", "Request"], rows, anchor="coverage",
                 note="One row per council. When a council published its answer in its own disclosure log, "
                      "that answer is shown; the Sources section lists every request.")


VIA = {"whatdotheyknow": "WhatDoTheyKnow", "disclosure_log": "council disclosure log"}


def devices_table(per_1000: pl.DataFrame) -> Table:
    rows = [[r["authority_name"], charts.nice_name(r["device"]), r["period"], r["financial_year"] or "—",
             _cell(r["quantity"]),
             _cell(r["unit_cost_gbp"], "gbp"), _cell(r["total_cost_gbp"], "gbp"), _cell(r["population"]),
             _cell(r["quantity_per_1000"], "rate")]
            for r in per_1000.sort("device", "authority_name", "period_start", nulls_last=True).iter_rows(named=True)]
    return Table("Devices bought, per council and year",
                 ["Council", "Device", "Period (as written)", "Financial year", "Bought", "Unit cost", "Total cost",
                  "Population (2020)",
                  "Per 1,000 residents"], rows, anchor="devices",
                 note="— means the council gave no figure (or the register has no population for it); it is not zero.")


def council_type_table(per_1000: pl.DataFrame) -> Table | None:
    """The headline device in its latest year, by type of council: county, district, unitary, borough..."""
    device = findings.main_device(per_1000)
    if device is None:
        return None
    frame = per_1000.filter(pl.col("device") == device)
    year = findings.latest_period(frame, "quantity")
    if year is None:
        return None
    frame = frame.filter(pl.col(findings.year_column(frame)) == year)
    types = normalise.by_council_type(frame, "quantity")
    what = charts.nice_name(device)
    rows = [[r["authority_type_name"], _cell(r["councils"]), _cell(r["figures"]), _cell(r["median_quantity"]),
             _cell(r["median_quantity_per_1000"], "rate")] for r in types.iter_rows(named=True)]
    return Table(f"{what.capitalize()} by type of council, {year}",
                 ["Type of council", "Councils", "With a figure", f"Median {what} bought", "Median per 1,000 residents"],
                 rows, anchor="council-types",
                 note="Counties, districts and unitary councils do different jobs; compare like with like. "
                      "Types from the mySociety register.")


def licences_table(licences: pl.DataFrame) -> Table:
    rows = [[r["authority_name"], charts.nice_name(r["product"]), _cell(r["accounts"]), _cell(r["population"]),
             _cell(r["accounts_per_1000"], "rate")]
            for r in licences.sort("product", "authority_name").iter_rows(named=True)]
    return Table("Software accounts", ["Council", "Product", "Accounts", "Population (2020)", "Per 1,000 residents"],
                 rows, anchor="licences")


def rate_with_counts(rate: float | None, part: int | None, whole: int | None) -> str:
    """'83% (5 of 6)': a rate is never shown without the counts it is the ratio of."""
    if rate is None:
        return "—"
    return f"{findings.fmt_pct(rate)} ({part or 0:,} of {whole or 0:,})"


def refusal_table(rates: pl.DataFrame) -> Table:
    rows = [[r["authority_name"], f"{r['first_year']}–{r['last_year']}", _cell(r["received"]),
             _cell(r["resolvable"]), _cell(r["granted_in_full"]), _cell(r["partially_withheld"]),
             _cell(r["withheld_in_full"]), _cell(r["not_held"]),
             rate_with_counts(r["refusal_rate"], r["partially_withheld"] + r["withheld_in_full"], r["resolvable"]),
             rate_with_counts(r["in_time_rate"], r["answered_in_time"], r["answered"])]
            for r in rates.iter_rows(named=True)]
    return Table("Refusal rates, every request on record",
                 ["Council", "Years", "Received", "Answered", "Granted in full", "Partly withheld",
                  "Withheld in full", "Not held", "Refusal rate", "Answered in time"], rows, anchor="refusal-rates",
                 note="Refusal rate = withheld in full or in part ÷ requests answered (granted, partly or fully "
                      "withheld); answered in time = answered within the deadline ÷ every request answered (not "
                      "held included). Each rate is the ratio of the counts in brackets. — means no answered "
                      "requests, so no rate.")


def source_links(con: duckdb.DuckDBPyConnection, request_ids: list[str]) -> list[dict]:
    """Every request page, message and attachment of the given requests, with the council's name."""
    if not request_ids or not frames.has_relation(con, "requests"):
        return []
    ids = pl.DataFrame({"request_id": request_ids})
    con.register("_report_ids", ids.to_arrow())
    try:
        parts = [frames.fetch(con, """
            SELECT r.request_id, r.authority_key, 'Request' AS kind, r.title AS label,
                   regexp_replace(r.source_url, '(/request/[^/?#]+)\\.json$', '\\1') AS url, 0 AS o
            FROM requests r JOIN _report_ids USING (request_id)""")]
        if frames.has_relation(con, "messages"):
            parts.append(frames.fetch(con, """
                SELECT m.request_id, r.authority_key, 'Reply' AS kind,
                       'Reply of ' || coalesce(strftime(m.sent_at, '%d %b %Y'), 'unknown date') AS label,
                       m.source_url AS url, 1 AS o
                FROM messages m JOIN _report_ids USING (request_id) JOIN requests r USING (request_id)
                WHERE m.direction = 'incoming'"""))
        if frames.has_relation(con, "attachments"):
            parts.append(frames.fetch(con, """
                SELECT a.request_id, r.authority_key, 'Attachment' AS kind,
                       coalesce(a.filename, 'attachment') AS label, a.source_url AS url, 2 AS o
                FROM attachments a JOIN _report_ids USING (request_id) JOIN requests r USING (request_id)"""))
    finally:
        con.unregister("_report_ids")
    frame = pl.concat([p.with_columns(pl.all().cast(pl.Utf8)) for p in parts])
    frame = frames.with_names(con, frame).sort("authority_name", "request_id", "o", "label")
    return [{"council": r["authority_name"], "kind": r["kind"], "label": r["label"] or r["kind"],
             "url": safe_url(r["url"])} for r in frame.iter_rows(named=True)]


def build_charts(con: duckdb.DuckDBPyConnection, survey: str | None, source: str, source_pop: str
                 ) -> list[tuple[str, str, alt.TopLevelMixin]]:
    """(file name, caption, chart) for every chart the data supports."""
    out = []
    per_1000 = frames.quantities_per_1000(con, survey)
    device = findings.main_device(per_1000)
    if device:
        what = charts.nice_name(device)
        frame = per_1000.filter(pl.col("device") == device)
        year_col = findings.year_column(frame)
        period = findings.latest_period(frame, "quantity_per_1000") or findings.latest_period(frame, "quantity")
        latest = frame.filter(pl.col(year_col) == period)
        have = latest.filter(pl.col("quantity_per_1000").is_not_null()).sort("quantity_per_1000", descending=True)
        have = have.filter(~pl.col("needs_review").fill_null(False))   # a figure in doubt is drawn grey, no title
        lead = have["authority_name"][0] if have.height else None
        year_note = ("Financial year (April–March); a council that answered by calendar year or year to "
                     "September is placed in the financial year its period mostly falls in.")
        out.append((f"{device}_per_1000", f"{what.capitalize()} bought per 1,000 residents, {period}",
                    charts.ranked_bars(
                        latest, "quantity_per_1000",
                        title=f"{lead} bought the most {what} per head" if lead else f"{what.capitalize()} per head",
                        subtitle=[f"{what.capitalize()} bought in {period} per 1,000 residents", year_note],
                        axis_title=f"{what.capitalize()} per 1,000 residents", source=source_pop,
                        missing_label="No figure or no population", extra_tooltip=["quantity", "period"],
                        muted_field="needs_review",
                        muted_note="Grey: a figure in doubt (a conflict in the reply), not yet checked with foi review."),
                    ))
        if frame[year_col].drop_nulls().n_unique() > 1:
            out.append((f"{device}_by_year", f"{what.capitalize()} bought per 1,000 residents, by year",
                        charts.small_multiples(frame, "quantity_per_1000", facet=year_col,
                                               title=f"{what.capitalize()} bought, year by year",
                                               subtitle=["Per 1,000 residents, one panel per financial year",
                                                         year_note],
                                               axis_title=f"{what.capitalize()} per 1,000 residents",
                                               source=source_pop)))
    costs = frames.unit_costs(con, survey)
    if costs.height:
        doubted = costs.filter(pl.col("needs_review"))
        subtitle = ["Median unit cost each council gave, all years"]
        if doubted.height:
            subtitle.append(findings.doubted_devices_note(doubted))
        out.append(("unit_costs", "Unit cost per device across councils",
                    charts.unit_cost_strip(costs.filter(~pl.col("needs_review")), subtitle=subtitle,
                                           source=source)))
    totals = frames.spend_totals(con, survey).with_columns(
        (pl.col("spend_gbp_per_1000") / 1000).alias("spend_gbp_per_resident"))
    if totals["spend_gbp_per_resident"].drop_nulls().len():
        out.append(("spend_per_resident", "Device spend per resident",
                    charts.ranked_bars(totals, "spend_gbp_per_resident", title="Device spend per resident",
                                       subtitle=["All devices and years the council gave; quantity × unit cost "
                                                 "where no total was given",
                                                 *(["Spend resting on a figure in doubt is left out until "
                                                    "checked with foi review."]
                                                   if totals["figures_in_doubt"].sum() else [])],
                                       axis_title="Spend per resident (£)", value_format="$,.2f",
                                       source=source_pop, missing_label="No cost figure or no population")))
    licences = frames.licence_counts(con, survey)
    for product in licences["product"].drop_nulls().unique().sort().to_list():
        frame = licences.filter(pl.col("product") == product)
        name = charts.nice_name(product)
        out.append((f"licences_{product}", f"{name} accounts per 1,000 residents",
                    charts.ranked_bars(frame, "accounts_per_1000", title=f"{name} accounts per head",
                                       subtitle=f"{name} accounts per 1,000 residents", source=source_pop,
                                       axis_title="Accounts per 1,000 residents",
                                       missing_label="No figure or no population", extra_tooltip=["accounts"])))
    outcomes = frames.survey_outcomes(con, survey)
    if outcomes.height:
        out.append(("outcomes", "How councils answered this request",
                    charts.outcome_bars(outcomes, subtitle="Councils by the outcome of this request",
                                        source=source)))
    rates = frames.refusal_rates_overall(con)
    if rates.height:
        out.append(("refusal_rates", "Refusal rate per council, all requests on record",
                    charts.refusal_rate_bars(rates, source=source)))
    exemptions = frames.exemption_counts(con)
    if exemptions.height:
        out.append(("exemptions", "Exemptions cited per council",
                    charts.exemption_heatmap(exemptions, subtitle="Requests refused under each exemption, "
                                                                 "all requests on record", source=source)))
    return out


def _snapshot(con: duckdb.DuckDBPyConnection) -> str | None:
    from warehouse import lake

    found = lake.snapshot(con)
    if found is None:
        return None
    number, when = found
    # to the microsecond: --as-of a time rounded down could fall before this snapshot
    return f"{number} ({when.astimezone(dt.timezone.utc).isoformat()})"


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("foi-compare")
    except metadata.PackageNotFoundError:
        return "(not installed)"


def write_report(con: duckdb.DuckDBPyConnection, out_dir: str | Path, survey: str | None = None,
                 title: str | None = None, chart_formats: Sequence[str] = CHART_FORMATS) -> Path:
    """Write ``<out_dir>/report.html`` and ``<out_dir>/charts/*.png|svg``; return the report's path.

    ``survey`` limits the survey-specific parts (figures, coverage, question tables) to one survey; None
    picks the survey with the most requests. Refusal rates always cover every request in the warehouse.
    ``chart_formats`` are the chart files written beside the report ("png", "svg", "html"; SVG is always
    written, the report inlines it). The connection may be read-only. Data problems become messages in the
    report, never exceptions.
    """
    out_dir = Path(out_dir)
    chart_dir = out_dir / "charts"
    chart_dir.mkdir(parents=True, exist_ok=True)
    # charts/ belongs to the report: charts of an earlier run that this data no longer supports must go
    for old in chart_dir.iterdir():
        if old.is_file() and old.suffix in (".png", ".svg", ".html", ".json"):
            old.unlink()
    known = frames.surveys(con)
    if survey is None and known:
        survey = known[0]
    extracted = findings.extraction_date(con)
    note = frames.data_note(con)
    source = charts.source_line(extracted, note=note)
    source_pop = charts.source_line(extracted, population=True, note=note)

    messages: list[str] = []
    problem = frames.warehouse_problem(con, survey)
    if problem:
        messages.append(problem)
    context: dict[str, object] = {
        "title": title or (f"How councils answered: {survey}" if survey else "How councils answered"),
        "survey": survey, "other_surveys": [s for s in known if s != survey],
        "extracted": extracted.strftime("%d %B %Y") if extracted else None,
        "generated": dt.datetime.now(dt.timezone.utc).strftime("%d %B %Y %H:%M UTC"),
        # a team warehouse's snapshot: `foi sql --as-of` that time reads the figures this report shows
        "snapshot": _snapshot(con),
        "version": _version(),
        "findings": [], "charts": [], "tables": [], "coverage": None, "sources": [], "notes": [],
        "register_source": normalise.REGISTER_SOURCE,
        "data_note": note,
    }
    empty_warehouse = problem is not None and not any(frames.has_relation(con, v) for v in frames.VIEWS)
    if not empty_warehouse:
        context["findings"] = findings.headlines(con, survey)
        answers = frames.answers(con, survey)
        outcomes = frames.survey_outcomes(con, survey)
        if outcomes.height and not answers.height:
            waiting = outcomes.filter(pl.col("awaiting")).height
            messages.append(
                f"No figures have been extracted for {survey or 'this survey'} yet: {waiting} of "
                f"{outcomes.height} councils are still awaited. Crawl again later (`foi crawl`), then run "
                "`foi extract` and `foi report`.")
        per_1000 = frames.quantities_per_1000(con, survey)
        licences = frames.licence_counts(con, survey)
        note = findings.population_note(per_1000.filter(pl.col("quantity").is_not_null()),
                                        licences.filter(pl.col("accounts").is_not_null()))
        if note:
            context["notes"].append(note)
        for name, caption, chart in build_charts(con, survey, source, source_pop):
            files = charts.save(chart, chart_dir, name, ("svg", *[f for f in chart_formats if f != "svg"]))
            context["charts"].append(ChartBlock(
                name, caption, _svg_for_inline(files["svg"].read_text(encoding="utf-8")),
                {fmt: path.relative_to(out_dir).as_posix() for fmt, path in files.items()},
            ))
        tables = question_tables(answers)
        if per_1000.height:
            by_type = council_type_table(per_1000)
            if by_type:
                tables.append(by_type)
            tables.append(devices_table(per_1000))
        if licences.height:
            tables.append(licences_table(licences))
        rates = frames.refusal_rates_overall(con)
        if rates.height:
            tables.append(refusal_table(rates))
        context["tables"] = tables
        context["coverage_summary"] = ([findings.coverage_counts(frames.survey_coverage(con, survey))]
                                       if outcomes.height else [])
        context["coverage"] = coverage_table(outcomes) if outcomes.height else None
        every_request = frames.read(con, "request_outcomes", survey).filter(pl.col("survey").is_not_null())
        context["sources"] = source_links(con, every_request["request_id"].to_list())
    context["messages"] = messages
    html = _environment().get_template(TEMPLATE).render(**context)
    path = out_dir / "report.html"
    path.write_text(html, encoding="utf-8")
    return path


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).with_name("templates")),
        autoescape=jinja2.select_autoescape(["html", "j2"], default_for_string=True, default=True),
        trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined,
    )
    env.globals["Link"] = Link
    env.tests["link"] = lambda value: isinstance(value, Link)
    env.tests["numeric"] = lambda value: isinstance(value, (int, float)) or (
        isinstance(value, str) and bool(NUMERIC.fullmatch(value)))
    return env
