"""Altair charts in one house style, and their export to PNG, SVG and offline HTML.

Every chart has a title that states the finding's subject, a subtitle that says what is counted, axes
titled with their units, bars sorted by value, and a source line naming where the figures came from and
when they were extracted. A council without a figure is left out of the bars and named in a note under
the title; it is never drawn as zero. With many councils (the real batch has up to 400) ranked charts show
the top ``top_n`` and say so, and the chart's height grows with the number of rows so labels never overlap.

Export is offline: vl-convert renders PNG and SVG without a browser and writes HTML with the Vega
libraries inlined (no CDN).
"""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from collections.abc import Iterable, Sequence
from pathlib import Path

import altair as alt
import polars as pl
import vl_convert as vlc

FONT = "DejaVu Sans, Helvetica Neue, Arial, sans-serif"
BAR = "#1f5f8b"        # one calm colour for ranked bars
HIGHLIGHT = "#c0392b"  # outliers and warnings
GREY = "#6b6b6b"
ROW_PX = 18            # height per bar: enough for an 11px label with air between rows
WIDTH = 460
DEFAULT_TOP_N = 40
SUBTITLE_CHARS = 84
LABEL_LIMIT = 260      # pixels of council name before Vega truncates with an ellipsis

HOUSE_CONFIG = {
    "font": FONT,
    # d3 formats take no literal £: a UK locale makes the "$" format directive print pounds
    "locale": {"number": {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["£", ""]}},
    "background": "white",
    "padding": {"left": 10, "right": 24, "top": 10, "bottom": 10},
    "view": {"stroke": None, "continuousWidth": WIDTH},
    "title": {"anchor": "start", "fontSize": 16, "fontWeight": "bold", "subtitleFontSize": 12,
              "subtitleColor": "#444444", "offset": 12, "subtitlePadding": 4, "limit": 0},
    "axis": {"labelFontSize": 11, "titleFontSize": 12, "titleFontWeight": "normal", "titleColor": "#333333",
             "labelColor": "#333333", "gridColor": "#e6e6e6", "domainColor": "#999999", "tickColor": "#999999",
             "labelLimit": LABEL_LIMIT},
    "axisY": {"titlePadding": 10},
    "legend": {"labelFontSize": 11, "titleFontSize": 11, "orient": "bottom", "direction": "horizontal",
               "titleFontWeight": "normal"},
    "header": {"labelFontSize": 12, "titleFontSize": 12, "labelFontWeight": "bold"},
    "bar": {"color": BAR},
    "point": {"color": BAR},
}

DEVICE_NAMES = {"laptops": "laptops", "tablets": "tablets", "mobile_phones": "mobile phones",
                "desktops": "desktop computers", "monitors": "monitors"}
PRODUCT_NAMES = {"zoom": "Zoom", "zoom_accounts": "Zoom", "office_365": "Office 365",
                 "office365_accounts": "Office 365", "microsoft_365": "Microsoft 365",
                 "teams": "Microsoft Teams", "cyber_security": "cyber-security software"}


def nice_name(code: str | None) -> str:
    """'mobile_phones' → 'mobile phones', 'office_365' → 'Office 365' (for titles and legends)."""
    if code is None:
        return "unknown"
    return DEVICE_NAMES.get(code) or PRODUCT_NAMES.get(code) or code.replace("_", " ")


def source_line(extracted: dt.date | dt.datetime | str | None = None, *, population: bool = False,
                note: str | None = None) -> str:
    """'Source: FOI replies on WhatDoTheyKnow.com and council disclosure logs, extracted 25 Nov 2026. …', or,
    when the warehouse says its data is not real replies (``note``, the demo), that first."""
    if note:
        text = "Source: " + note.split(":", 1)[0].strip().capitalize() + " — " + note.split(":", 1)[-1].strip()
        text = "\n".join(textwrap.wrap(text, 110))     # a chart's footer is as wide as its longest line
        return text + ("\nPopulation: mySociety UK local authority register (mid-2020 estimates, CC-BY-4.0)."
                       if population else "")
    text = "Source: FOI replies on WhatDoTheyKnow.com and council disclosure logs"
    if isinstance(extracted, (dt.date, dt.datetime)):
        extracted = f"{extracted.day} {extracted:%b %Y}"
    if extracted:
        text += f", extracted {extracted}"
    text += "."
    if population:
        text += "\nPopulation: mySociety UK local authority register (mid-2020 estimates, CC-BY-4.0)."
    return text


def _values(frame: pl.DataFrame) -> list[dict]:
    """Rows as JSON-ready dicts (dates as ISO strings) so the spec is self-contained."""
    out = frame.with_columns(
        [pl.col(c).cast(pl.Utf8) for c, t in frame.schema.items() if t in (pl.Date, pl.Datetime) or
         isinstance(t, pl.Datetime)]
    )
    return out.to_dicts()


def _names_note(names: Sequence[str], what: str, limit: int = 5) -> str:
    names = sorted(set(names))
    if not names:
        return ""
    if len(names) > limit:
        return f"{what}: {len(names)} councils (listed in the tables)."
    return f"{what}: {', '.join(names)}."


def finish(chart: alt.TopLevelMixin, *, title: str, subtitle: str | Sequence[str] = (), source: str = "",
           notes: Iterable[str] = ()) -> alt.TopLevelMixin:
    """Title, subtitle, notes and the source line, and the house configuration (call last)."""
    subtitle_lines = [subtitle] if isinstance(subtitle, str) else list(subtitle)
    subtitle_lines += [n for n in notes if n]
    # long notes are wrapped so they never make the chart wider than its plot
    subtitle_lines = [part for line in subtitle_lines if line for part in textwrap.wrap(line, SUBTITLE_CHARS)]
    titled = chart.properties(title=alt.TitleParams(text=title, subtitle=[s for s in subtitle_lines if s]))
    footer = alt.TitleParams(text=(source or source_line()).split("\n"), orient="bottom", anchor="start", fontSize=10,
                             fontWeight="normal", color=GREY, offset=14)
    return alt.vconcat(titled, title=footer).configure(**HOUSE_CONFIG)


def empty_chart(message: str, *, title: str, source: str = "") -> alt.TopLevelMixin:
    """A chart-shaped note for when there is nothing to draw (keeps the report's layout)."""
    chart = alt.Chart(alt.Data(values=[{"m": message}])).mark_text(
        align="left", baseline="middle", fontSize=13, color=GREY
    ).encode(text="m:N").properties(width=WIDTH, height=40)
    return finish(chart, title=title, source=source)


def _top(frame: pl.DataFrame, value: str, top_n: int | None, label: str, tiebreak: str | None = None
         ) -> tuple[pl.DataFrame, str]:
    by = [value, *([tiebreak] if tiebreak else []), label]
    ranked = frame.filter(pl.col(value).is_not_null()).sort(by, descending=[True, *([True] if tiebreak else []), False])
    if top_n and ranked.height > top_n:
        return ranked.head(top_n), f"Showing the {top_n} highest of {ranked.height} councils; all are in the tables."
    return ranked, ""


def ranked_bars(frame: pl.DataFrame, value: str, *, title: str, axis_title: str, subtitle: str | Sequence[str] = (),
                source: str = "", label: str = "authority_name", value_format: str = ",.1f",
                top_n: int | None = DEFAULT_TOP_N, missing_label: str = "No figure",
                extra_tooltip: Sequence[str] = (), text_field: str | None = None,
                muted_field: str | None = None, muted_note: str = "", tiebreak: str | None = None
                ) -> alt.TopLevelMixin:
    """Horizontal bars, largest first, value printed at the end of each bar.

    ``axis_title`` must carry the unit ("Laptops per 1,000 residents", "Unit cost (£)").
    Rows whose ``value`` is null are not drawn; their labels are listed in a note.
    ``text_field`` prints that column at the bar end instead of the value; rows where the boolean
    ``muted_field`` is true are drawn in grey and ``muted_note`` explains why. Equal values are ordered by
    ``tiebreak`` (descending), then by label.
    """
    missing = frame.filter(pl.col(value).is_null())[label].drop_nulls().to_list()
    shown, top_note = _top(frame, value, top_n, label, tiebreak)
    notes = [top_note, _names_note(missing, missing_label)]
    if not shown.height:
        return empty_chart("No council has given this figure yet.", title=title, source=source)
    label_format = value_format
    if value_format == ",.1f" and shown[value].abs().max() < 100:
        label_format = ".2~r"   # two significant figures: 4.5, 0.63, 0.031 — small rates never print as 0.0
    cols = [label, value, *[c for c in extra_tooltip if c in shown.columns]]
    extra = [c for c in (text_field, muted_field) if c and c not in cols]
    data = alt.Data(values=_values(shown.select(cols + extra)))
    y = alt.Y(f"{label}:N", sort=shown[label].to_list(), title=None)
    x = alt.X(f"{value}:Q", title=axis_title, axis=alt.Axis(format=value_format, tickCount=5))
    tooltip = [alt.Tooltip(f"{label}:N", title="Council"), alt.Tooltip(f"{value}:Q", title=axis_title,
                                                                       format=value_format)]
    tooltip += [alt.Tooltip(f"{c}:N") for c in cols[2:]]
    base = alt.Chart(data).encode(y=y, x=x, tooltip=tooltip)
    bars = base.mark_bar(height={"band": 0.75})
    if muted_field:
        bars = bars.encode(color=alt.condition(f"datum['{muted_field}']", alt.value("#b8c4cc"), alt.value(BAR)))
        if shown[muted_field].any():
            notes.append(muted_note)
    if text_field:
        text = base.mark_text(align="left", dx=3, fontSize=10, color="#333333").encode(text=alt.Text(f"{text_field}:N"))
    elif muted_field:
        # a figure in doubt says so at its bar's end: a grey bar of length 0 ("Sheffield 0") shows no grey
        text = base.transform_calculate(
            _shown=f"format(datum['{value}'], '{label_format}') + (datum['{muted_field}'] ? ' (in doubt)' : '')"
        ).mark_text(align="left", dx=3, fontSize=10, color="#333333").encode(text=alt.Text("_shown:N"))
    else:
        text = base.mark_text(align="left", dx=3, fontSize=10, color="#333333").encode(
            text=alt.Text(f"{value}:Q", format=label_format))
    chart = (bars + text).properties(width=WIDTH, height=max(ROW_PX * shown.height, 40))
    return finish(chart, title=title, subtitle=subtitle, source=source, notes=notes)


def small_multiples(frame: pl.DataFrame, value: str, *, facet: str = "period", title: str, axis_title: str,
                    subtitle: str | Sequence[str] = (), source: str = "", label: str = "authority_name",
                    value_format: str = ",.1f", top_n: int | None = 25, columns: int = 4) -> alt.TopLevelMixin:
    """One panel of ranked bars per ``facet`` value (e.g. per financial year), councils in the same order.

    With more than ``top_n`` councils the ones with the largest total over all panels are shown.
    """
    have = frame.filter(pl.col(value).is_not_null() & pl.col(facet).is_not_null())
    if not have.height:
        return empty_chart("No council has given this figure yet.", title=title, source=source)
    missing = frame.filter(~pl.col(label).is_in(have[label].unique().to_list()))[label].drop_nulls().to_list()
    totals = have.group_by(label).agg(pl.col(value).sum().alias("_total")).sort("_total", descending=True)
    note = ""
    if top_n and totals.height > top_n:
        note = f"Showing the {top_n} councils with the largest totals of {totals.height}; all are in the tables."
        totals = totals.head(top_n)
    order = totals[label].to_list()
    shown = have.filter(pl.col(label).is_in(order)).select(label, facet, value)
    panels = shown[facet].unique().sort().to_list()
    base = alt.Chart(alt.Data(values=_values(shown))).encode(
        y=alt.Y(f"{label}:N", sort=order, title=None),
        x=alt.X(f"{value}:Q", title=axis_title, axis=alt.Axis(tickCount=4, format=value_format)),
        tooltip=[alt.Tooltip(f"{label}:N", title="Council"), alt.Tooltip(f"{facet}:N", title="Year"),
                 alt.Tooltip(f"{value}:Q", title=axis_title, format=value_format)],
    )
    # wide enough for the axis title under every panel (about 7 px a character at 12 px)
    panel_width = max(len(axis_title) * 7 + 10, 150)
    chart = base.mark_bar(height={"band": 0.75}).properties(
        width=panel_width, height=max(ROW_PX * len(order), 40)
    ).facet(column=alt.Column(f"{facet}:N", title=None, sort=panels), columns=columns)
    notes = [note, "A missing bar means the council gave no figure for that year (not zero).",
             _names_note(missing, "No figure for any year")]
    return finish(chart, title=title, subtitle=subtitle, source=source, notes=notes)


def unit_cost_strip(costs: pl.DataFrame, *, title: str = "What councils paid per device",
                    subtitle: str | Sequence[str] = (), source: str = "") -> alt.TopLevelMixin:
    """One row per device: a box for the middle half of councils, a dot per council, outliers in red and named.

    ``costs`` is :func:`analysis.frames.unit_costs` (columns device, authority_name, unit_cost_gbp, is_outlier).
    """
    have = costs.filter(pl.col("unit_cost_gbp").is_not_null())
    if not have.height:
        return empty_chart("No council has given a unit cost yet.", title=title, source=source)
    have = have.sort("device", "unit_cost_gbp", "authority_name").with_columns(
        pl.col("device").map_elements(nice_name, return_dtype=pl.Utf8).alias("device_name"),
        pl.col("is_outlier").fill_null(False),
        # spread dots that share a cost vertically; fixed offsets keep the output identical run to run
        ((pl.int_range(pl.len()).over("device") % 5 - 2) / 5).alias("jitter"),
    )
    order = (have.group_by("device_name").agg(pl.col("unit_cost_gbp").median().alias("m"))
             .sort("m", descending=True)["device_name"].to_list())
    data = alt.Data(values=_values(have.select("device_name", "authority_name", "unit_cost_gbp", "is_outlier",
                                               "jitter")))
    y = alt.Y("device_name:N", sort=order, title=None)
    x = alt.X("unit_cost_gbp:Q", title="Unit cost (£ per device)", scale=alt.Scale(zero=True),
              axis=alt.Axis(format="$,.0f", tickCount=6))
    box = alt.Chart(data).mark_boxplot(extent="min-max", size=22, opacity=0.25, color=BAR,
                                       median={"color": "#123b57", "strokeWidth": 2}, outliers=False,
                                       ticks=False, rule={"stroke": "#9bb7cc"}).encode(y=y, x=x)
    dots = alt.Chart(data).mark_point(filled=True, size=55, opacity=0.85).encode(
        y=y, x=x, yOffset=alt.YOffset("jitter:Q", scale=alt.Scale(domain=[-1, 1])),
        color=alt.condition("datum.is_outlier", alt.value(HIGHLIGHT), alt.value(BAR)),
        tooltip=[alt.Tooltip("authority_name:N", title="Council"), alt.Tooltip("device_name:N", title="Device"),
                 alt.Tooltip("unit_cost_gbp:Q", title="Unit cost (£)", format="$,.2f")],
    )
    labels = alt.Chart(data).transform_filter("datum.is_outlier").mark_text(
        align="left", dx=7, fontSize=10, color=HIGHLIGHT
    ).encode(y=y, x=x, yOffset=alt.YOffset("jitter:Q", scale=alt.Scale(domain=[-1, 1])), text="authority_name:N")
    chart = (box + dots + labels).properties(width=WIDTH, height=max(60 * len(order), 80))
    notes = ["Each dot is a council; the box spans the middle half, the line is the median.",
             "Red: unusually high or low (over 1.5 × the inter-quartile range; 4+ councils)."]
    return finish(chart, title=title, subtitle=subtitle, source=source, notes=notes)


def refusal_rate_bars(rates: pl.DataFrame, *, title: str = "Which councils refuse most FOI requests",
                      subtitle: str | Sequence[str] = (), source: str = "", top_n: int | None = DEFAULT_TOP_N,
                      min_requests: int = 3) -> alt.TopLevelMixin:
    """Ranked bars of the share of resolvable requests withheld in full or in part.

    ``rates`` is :func:`analysis.frames.refusal_rates_overall` (refusal_rate as a 0–1 share).
    """
    withheld = pl.col("partially_withheld") + pl.col("withheld_in_full")
    frame = rates.with_columns(
        (pl.col("refusal_rate") * 100).alias("refusal_pct"),
        pl.col("resolvable").cast(pl.Utf8).alias("requests_answered"),
        (pl.format("{}% ({} of {})", (pl.col("refusal_rate") * 100).round(0).cast(pl.Int64), withheld,
                   pl.col("resolvable"))).alias("rate_label"),
        (pl.col("resolvable") < min_requests).alias("few_requests"),
    )
    subtitle_lines = [subtitle] if isinstance(subtitle, str) else list(subtitle)
    subtitle_lines.append("Share of answered requests withheld in full or in part, all years on record.")
    return ranked_bars(frame, "refusal_pct", title=title, subtitle=subtitle_lines, source=source,
                       axis_title="Requests refused (% of answered)", value_format=".0f", top_n=top_n,
                       missing_label="No answered requests yet", extra_tooltip=["requests_answered"],
                       text_field="rate_label", muted_field="few_requests", tiebreak="resolvable",
                       muted_note=f"Grey: fewer than {min_requests} answered requests, too few to compare.")


def exemption_heatmap(counts: pl.DataFrame, *, title: str = "Which exemptions councils cite",
                      subtitle: str | Sequence[str] = (), source: str = "", top_n: int = DEFAULT_TOP_N,
                      max_exemptions: int = 15) -> alt.TopLevelMixin:
    """Council × exemption grid, darker for more refusals, the count written in each cell.

    ``counts`` is :func:`analysis.frames.exemption_counts`.
    """
    if not counts.height:
        return empty_chart("No refusals recorded.", title=title, source=source)
    per_council = counts.group_by("authority_name").agg(pl.col("requests").sum().alias("t")).sort(
        ["t", "authority_name"], descending=[True, False])
    note = ""
    if per_council.height > top_n:
        note = f"Showing the {top_n} councils with the most refusals of {per_council.height}."
        per_council = per_council.head(top_n)
    rows = per_council["authority_name"].to_list()
    cols = (counts.group_by("exemption_label").agg(pl.col("requests").sum().alias("t"))
            .sort(["t", "exemption_label"], descending=[True, False])["exemption_label"].to_list())
    col_note = ""
    if len(cols) > max_exemptions:
        col_note = f"Showing the {max_exemptions} exemptions cited most of {len(cols)}."
        cols = cols[:max_exemptions]
    shown = counts.filter(pl.col("authority_name").is_in(rows) & pl.col("exemption_label").is_in(cols)).select(
        "authority_name", "exemption_label", "requests")
    base = alt.Chart(alt.Data(values=_values(shown))).encode(
        y=alt.Y("authority_name:N", sort=rows, title=None),
        x=alt.X("exemption_label:N", sort=cols, title="Exemption cited (FOI Act section / EIR regulation)",
                axis=alt.Axis(labelAngle=-35, labelLimit=200, orient="top")),
    )
    top = int(shown["requests"].max() or 1)
    ticks = list(range(0, top + 1)) if top <= 6 else None
    cells = base.mark_rect(stroke="white", strokeWidth=1).encode(
        color=alt.Color("requests:Q", title="Requests refused", scale=alt.Scale(scheme="oranges", domain=[0, top]),
                        legend=alt.Legend(format="d", values=ticks) if ticks else alt.Legend(format="d")),
        tooltip=[alt.Tooltip("authority_name:N", title="Council"), alt.Tooltip("exemption_label:N",
                                                                               title="Exemption"),
                 alt.Tooltip("requests:Q", title="Requests refused")],
    )
    text = base.mark_text(fontSize=10).encode(
        text="requests:Q",
        color=alt.condition(f"datum.requests > {top / 2}", alt.value("white"), alt.value("#222222")),
    )
    chart = (cells + text).properties(width=max(60 * len(cols), 160), height=max(22 * len(rows), 44))
    return finish(chart, title=title, subtitle=subtitle, source=source, notes=[note, col_note])


def outcome_bars(outcomes: pl.DataFrame, *, title: str = "How councils answered", subtitle: str | Sequence[str] = (),
                 source: str = "") -> alt.TopLevelMixin:
    """Number of councils per outcome (answered in full, partly refused, refused, not held, awaiting…)."""
    if not outcomes.height:
        return empty_chart("No requests yet.", title=title, source=source)
    counts = outcomes.group_by("outcome").agg(pl.len().alias("councils")).with_columns(
        pl.col("outcome").replace_strict(OUTCOME_LABELS, default=pl.col("outcome")).alias("outcome_label")
    )
    return ranked_bars(counts, "councils", label="outcome_label", title=title, subtitle=subtitle, source=source,
                       axis_title="Councils", value_format=",.0f", top_n=None)


OUTCOME_LABELS = {
    "successful": "Answered in full", "partially_successful": "Answered in part (some withheld)",
    "rejected": "Refused", "not_held": "Information not held", "awaiting": "Awaiting a reply",
    "overdue": "Overdue", "clarification": "Council asked for clarification", "withdrawn": "Withdrawn",
    "other": "Other",
}


# --- export -----------------------------------------------------------------------------------------------

def spec(chart: alt.TopLevelMixin) -> dict:
    return chart.to_dict()


def to_svg(chart: alt.TopLevelMixin) -> str:
    return vlc.vegalite_to_svg(spec(chart))


def to_png(chart: alt.TopLevelMixin, scale: float = 2.0) -> bytes:
    return vlc.vegalite_to_png(spec(chart), scale=scale)


def to_html(chart: alt.TopLevelMixin) -> str:
    """A standalone page with the Vega libraries inlined: opens with no internet."""
    return vlc.vegalite_to_html(spec(chart), bundle=True)


def save(chart: alt.TopLevelMixin, out_dir: str | Path, name: str,
         formats: Sequence[str] = ("png", "svg", "html")) -> dict[str, Path]:
    """Write ``<out_dir>/<name>.<fmt>`` for each format; returns {format: path}. Also writes the Vega-Lite JSON."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for fmt in formats:
        path = out_dir / f"{name}.{fmt}"
        if fmt == "png":
            path.write_bytes(to_png(chart))
        elif fmt == "svg":
            path.write_text(to_svg(chart), encoding="utf-8")
        elif fmt == "html":
            path.write_text(to_html(chart), encoding="utf-8")
        elif fmt == "json":
            path.write_text(json.dumps(spec(chart), indent=1), encoding="utf-8")
        else:
            raise ValueError(f"Unknown chart format {fmt!r}: use png, svg, html or json.")
        written[fmt] = path
    return written
