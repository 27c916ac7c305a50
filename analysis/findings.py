"""Headline findings as plain sentences, computed from the warehouse (never written by hand).

Each finding says who, how much, compared with what, and how many councils the comparison rests on, so a
reader can judge it. Functions return ``None`` when the data cannot support the sentence (too few figures),
rather than a sentence about nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import duckdb
import polars as pl

from analysis import charts, frames, normalise


@dataclass(frozen=True)
class Finding:
    key: str            # stable name: most_per_head, highest_unit_cost, ...
    text: str           # the sentence
    councils: tuple[str, ...] = field(default=())   # the councils it names, for linking


# --- number formatting ------------------------------------------------------------------------------------

def fmt_count(value: float | None) -> str:
    if value is None:
        return "no figure"
    return f"{value:,.0f}" if float(value).is_integer() or abs(value) >= 100 else f"{value:,.1f}"


def fmt_gbp(value: float | None) -> str:
    if value is None:
        return "no figure"
    if abs(value) >= 1_000_000:
        return f"£{value / 1_000_000:,.2f}m"
    return f"£{value:,.0f}" if abs(value) >= 100 or float(value).is_integer() else f"£{value:,.2f}"


def fmt_rate(value: float | None, digits: int = 1) -> str:
    """4.5, 14.7; small rates keep two significant figures (0.071, not 0.1)."""
    if value is None:
        return "no figure"
    if value != 0 and abs(value) < 1:
        return f"{value:.2g}"
    return f"{value:,.{digits}f}"


def fmt_pct(share: float | None) -> str:
    return "no figure" if share is None else f"{share * 100:.0f}%"


def and_list(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def exemption_phrase(code: str, authority_key: str | None = None) -> str:
    """'s12' → 's12 (cost limit)', for use inside a sentence; Scottish councils' codes read as FOISA."""
    nation = normalise.nations().get(authority_key) if authority_key else None
    return label_phrase(code, normalise.exemption_label(code, nation))


def label_phrase(code: str, label: str | None) -> str:
    """('s12', 's12 Excessive cost (FOISA)') → 's12 (excessive cost, FOISA)'."""
    heading = (label or code)[len(code):].strip()
    if not heading:
        return code
    law = ""
    if heading.endswith(" (FOISA)"):
        heading, law = heading[: -len(" (FOISA)")], ", FOISA"
    return f"{code} ({heading[:1].lower() + heading[1:]}{law})"


# --- facts about the warehouse ----------------------------------------------------------------------------

def extraction_date(con: duckdb.DuckDBPyConnection) -> dt.date | None:
    """When the replies were last fetched (the newest fetched_at in the raw layer)."""
    dates = []
    for table in ("requests", "messages", "attachments"):
        if frames.has_relation(con, table):
            value = con.execute(f"SELECT max(fetched_at) FROM {table}").fetchall()[0][0]
            if value is not None:
                dates.append(value.date() if isinstance(value, dt.datetime) else value)
    return max(dates) if dates else None


MAX_NAMED = 5        # a sentence names at most this many councils; more become a count
MIN_FOR_RATE = 3     # answered requests a council needs before its refusal rate is ranked
PREFERRED_DEVICE = "laptops"   # the round robin's first question, and the one readers ask about


def main_device(devices: pl.DataFrame) -> str | None:
    """The device to headline: laptops when at least half as many councils gave them as the best-covered
    device, else the device most councils gave a quantity for."""
    have = devices.filter(pl.col("quantity").is_not_null())
    if not have.height:
        return None
    ranked = have.group_by("device").agg(pl.col("authority_key").n_unique().alias("n")).sort(
        ["n", "device"], descending=[True, False])
    preferred = ranked.filter(pl.col("device") == PREFERRED_DEVICE)
    if preferred.height and preferred["n"][0] * 2 >= ranked["n"][0]:
        return PREFERRED_DEVICE
    return ranked["device"][0]


def year_column(frame: pl.DataFrame) -> str:
    """Compare by financial year when the frame has it (periods as written differ between councils)."""
    return "financial_year" if "financial_year" in frame.columns else "period"


def latest_period(frame: pl.DataFrame, value: str) -> str | None:
    """The latest year that at least half as many councils gave ``value`` for as the best-covered year."""
    col = year_column(frame)
    have = frame.filter(pl.col(value).is_not_null() & pl.col(col).is_not_null())
    if not have.height:
        return None
    counts = have.group_by(col).agg(pl.col("authority_key").n_unique().alias("n"))
    best = counts["n"].max()
    usable = counts.filter(pl.col("n") * 2 >= best).sort(col)
    return usable[col][-1]


# --- the findings ---------------------------------------------------------------------------------------

def most_per_head(per_1000: pl.DataFrame) -> Finding | None:
    device = main_device(per_1000)
    if device is None:
        return None
    frame = per_1000.filter(pl.col("device") == device)
    period = latest_period(frame, "quantity_per_1000")
    if period is None:
        return None
    given = frame.filter((pl.col(year_column(frame)) == period) & pl.col("quantity_per_1000").is_not_null())
    # a figure `foi review` lists (in conflict, or doubtful) is no headline until a person has checked it
    in_doubt = pl.col("needs_review").fill_null(False)
    doubted = given.filter(in_doubt)
    year = given.filter(~in_doubt).sort("quantity_per_1000", descending=True)
    if not year.height:
        return None
    top = year.row(0, named=True)
    what = charts.nice_name(device)
    text = (f"{top['authority_name']} bought the most {what} per head in {period}: "
            f"{fmt_count(top['quantity'])} {what}, or {fmt_rate(top['quantity_per_1000'])} per 1,000 residents")
    if year.height > 1:
        median = year["quantity_per_1000"].median()
        low = year.row(-1, named=True)
        text += (f", against a median of {fmt_rate(median)} across the {year.height} councils with a figure "
                 f"(lowest: {low['authority_name']}, {fmt_rate(low['quantity_per_1000'])}).")
    else:
        text += "; no other council has given a figure for that year yet."
    text += doubted_note(doubted)
    return Finding("most_per_head", text, (top["authority_name"],))


def doubted_note(doubted: pl.DataFrame) -> str:
    """' Left out until checked with foi review: …' naming the councils whose figures are in doubt, or ''."""
    if not doubted.height:
        return ""
    names = ", ".join(sorted(doubted["authority_name"].drop_nulls().unique().to_list()))
    return f" Left out until checked with foi review: {doubted.height} figure(s) in doubt ({names})."


def doubted_devices_note(doubted: pl.DataFrame) -> str:
    """'Left out until checked with foi review: …' for rows of council and device, each council named once with
    the devices whose unit cost is in doubt."""
    by_council: dict[str, list[str]] = {}
    for name, device in doubted.select("authority_name", "device").iter_rows():
        by_council.setdefault(name, []).append(str(device).replace("_", " "))
    named = [f"{name}: {', '.join(sorted(devices))}" for name, devices in sorted(by_council.items())]
    return (f"Left out until checked with foi review: {len(by_council)} council(s) whose unit cost of a device is "
            f"in doubt ({'; '.join(named)}).")


def highest_unit_cost(costs: pl.DataFrame, device: str | None) -> Finding | None:
    if device is None:
        ranked = costs.group_by("device").len().sort("len", descending=True)
        if not ranked.height:
            return None
        device = ranked["device"][0]
    # the unit_costs mart's spread already leaves out costs in doubt; so does the ranking
    in_doubt = pl.col("needs_review").fill_null(False)
    doubted = costs.filter((pl.col("device") == device) & in_doubt)
    frame = costs.filter((pl.col("device") == device) & ~in_doubt).sort("unit_cost_gbp", descending=True)
    if frame.height < 2:
        return None
    top = frame.row(0, named=True)
    low = frame.row(-1, named=True)
    what = charts.nice_name(device)
    one = what[:-1] if what.endswith("s") else what
    ratio = top["ratio_to_median"]
    text = (f"{top['authority_name']} paid the most per {one}: {fmt_gbp(top['unit_cost_gbp'])}, "
            f"{ratio:.1f} times the median of {fmt_gbp(top['median_gbp'])} across {frame.height} councils "
            f"(cheapest: {low['authority_name']}, {fmt_gbp(low['unit_cost_gbp'])}).")
    if top["is_outlier"]:
        text = text[:-1] + "; that is an outlier, worth checking with the council."
    text += doubted_note(doubted)
    return Finding("highest_unit_cost", text, (top["authority_name"], low["authority_name"]))


def survey_refusals(outcomes: pl.DataFrame, refusal_rows: pl.DataFrame) -> Finding | None:
    """Who refused this survey's request, in full or in part, and under which exemption."""
    answered = outcomes.filter(pl.col("answered_at").is_not_null() | pl.col("outcome").is_in(
        ["successful", "partially_successful", "rejected", "not_held"]))
    refused = outcomes.filter(pl.col("outcome").is_in(list(frames.REFUSED_OUTCOMES))).sort("outcome", "authority_name",
                                                                                          descending=[True, False])
    if not answered.height:
        return None
    if not refused.height:
        return Finding("survey_refusals", f"None of the {plural(answered.height, 'council')} that answered refused "
                                          "any part of the request.")
    parts, cited = [], {}
    for row in refused.iter_rows(named=True):
        codes = set(row["exemptions"] or [])
        codes |= set(refusal_rows.filter(pl.col("request_id") == row["request_id"])["exemption"].to_list())
        for code in codes:
            cited.setdefault(exemption_phrase(code, row["authority_key"]), set()).add(row["authority_name"])
        labels = [exemption_phrase(c, row["authority_key"]) for c in sorted(codes)]
        how = "refused it in full" if row["outcome"] == "rejected" else "withheld part of it"
        under = f" under {and_list(labels)}" if labels else " without citing an exemption we could read"
        ncnd = ", neither confirming nor denying that it holds the information" if row["ncnd"] else ""
        parts.append(f"{row['authority_name']} {how}{under}{ncnd}")
    text = (f"{refused.height} of the {plural(answered.height, 'council')} that answered refused all or part "
            "of the request")
    if len(parts) <= MAX_NAMED:
        text += ": " + "; ".join(parts) + "."
    else:
        in_full = refused.filter(pl.col("outcome") == "rejected").height
        top = sorted(cited.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:3]
        text += (f" ({in_full} in full, {refused.height - in_full} in part). Exemptions cited most: "
                 + and_list([f"{phrase} by {plural(len(names), 'council')}" for phrase, names in top])
                 + ". The coverage table lists every council.")
    return Finding("survey_refusals", text, tuple(refused["authority_name"].to_list()))


def refuses_most(rates: pl.DataFrame, exemptions: pl.DataFrame) -> Finding | None:
    """Across every request on record: the highest refusal rate and the exemption cited most.

    Only councils with at least MIN_FOR_RATE answered requests are ranked: one refusal out of one request
    is a 100 % rate that says nothing.
    """
    rated = rates.filter(pl.col("refusal_rate").is_not_null() & (pl.col("resolvable") >= MIN_FOR_RATE))
    if rated.height >= 2:
        best = rated["refusal_rate"].max()
        top = rated.filter(pl.col("refusal_rate") == best).sort("authority_name")
        names = top["authority_name"].to_list()
        who = and_list(names) if len(names) <= MAX_NAMED else plural(len(names), "council")
        median = rated["refusal_rate"].median()
        counts = ""
        if len(names) == 1:
            row = top.row(0, named=True)
            counts = f" ({row['partially_withheld'] + row['withheld_in_full']} of {row['resolvable']})"
        text = (f"Across all their requests on record, {who} refused the largest share: "
                f"{fmt_pct(best)} of answered requests{counts} withheld in full or in part "
                f"(median across the {rated.height} councils with {MIN_FOR_RATE} or more answered requests: "
                f"{fmt_pct(median)}).")
        named = tuple(names)
    elif exemptions.height:
        text = (f"No council has {MIN_FOR_RATE} or more answered requests on record yet, too few for a fair "
                "refusal rate; crawl more of their requests (e.g. `foi crawl whatdotheyknow --body NAME`).")
        named = ()
    else:
        return None
    if exemptions.height:
        cited = exemptions.group_by("exemption", "exemption_label").agg(
            pl.col("requests").sum(), pl.col("authority_name").n_unique().alias("councils")
        ).sort(["requests", "exemption"], descending=[True, False])
        row = cited.row(0, named=True)
        text += (f" The exemption cited most is {label_phrase(row['exemption'], row['exemption_label'])}: "
                 f"{plural(row['requests'], 'request')} at {plural(row['councils'], 'council')}.")
    return Finding("refuses_most", text, named)


def not_answered(outcomes: pl.DataFrame) -> Finding | None:
    """Who has not answered, from the survey_councils mart's rows (one per council asked)."""
    if not outcomes.height:
        return None
    waiting = outcomes.filter(pl.col("awaiting")).sort("authority_name")
    if not waiting.height:
        return Finding("not_answered", f"All {plural(outcomes.height, 'council')} asked have answered.")
    overdue = waiting.filter(pl.col("outcome") == "overdue")["authority_name"].to_list()
    other = waiting.filter(pl.col("outcome") != "overdue")["authority_name"].to_list()
    bits = []
    if overdue:
        bits.append(f"{and_list(overdue[:10])}{' and others' if len(overdue) > 10 else ''} "
                    f"{'is' if len(overdue) == 1 else 'are'} overdue (past the 20-working-day limit)")
    if other:
        bits.append(f"{and_list(other[:10])}{' and others' if len(other) > 10 else ''} "
                    f"{'is' if len(other) == 1 else 'are'} still within time or asked for clarification")
    text = (f"{waiting.height} of {plural(outcomes.height, 'council')} asked "
            f"{'has' if waiting.height == 1 else 'have'} not answered yet: " + "; ".join(bits) + ".")
    return Finding("not_answered", text, tuple(waiting["authority_name"].to_list()))


def answered_elsewhere(outcomes: pl.DataFrame) -> Finding | None:
    """Councils whose WhatDoTheyKnow request looks unanswered but that published the answer themselves."""
    if "answered_elsewhere" not in outcomes.columns:
        return None
    rows = outcomes.filter(pl.col("answered_elsewhere").fill_null(False)).sort("authority_name")
    if not rows.height:
        return None
    names = rows["authority_name"].to_list()
    who = and_list(names) if len(names) <= MAX_NAMED else (
        ", ".join(names[:MAX_NAMED]) + f" and {len(names) - MAX_NAMED} more (see the coverage table)")
    text = (f"{plural(rows.height, 'council')} answered only in {'its' if rows.height == 1 else 'their'} own "
            f"disclosure log, while the request on WhatDoTheyKnow still looks unanswered: {who}.")
    return Finding("answered_elsewhere", text, tuple(names))


def biggest_spender(totals: pl.DataFrame) -> Finding | None:
    """From the spend_per_council mart, whose sums already leave out spend resting on a figure in doubt."""
    have = totals.filter(pl.col("spend_gbp_per_1000").is_not_null()).sort("spend_gbp_per_1000", descending=True)
    if have.height < 2:
        return None
    top = have.row(0, named=True)
    text = (f"Per head, {top['authority_name']} spent the most on devices: "
            f"{fmt_gbp(top['spend_gbp_per_1000'] / 1000)} per resident ({fmt_gbp(top['spend_gbp'])} in all, "
            f"{top['periods']}).")
    if top["spend_estimated"]:
        text = text[:-1] + "; part of it is quantity × unit cost, where the council gave no total."
    left_out = totals.filter(pl.col("figures_in_doubt") > 0)
    if left_out.height:
        names = ", ".join(sorted(left_out["authority_name"].drop_nulls().to_list()))
        text += (f" Left out of these sums until checked with foi review: {int(left_out['figures_in_doubt'].sum())} "
                 f"spend figure(s) resting on a figure in doubt ({names}).")
    return Finding("biggest_spender", text, (top["authority_name"],))


def most_licences(licences: pl.DataFrame) -> list[Finding]:
    out = []
    for product in licences["product"].drop_nulls().unique().sort().to_list():
        frame = licences.filter((pl.col("product") == product) & pl.col("accounts_per_1000").is_not_null())
        doubted = frame.filter(pl.col("needs_review").fill_null(False))
        frame = frame.filter(~pl.col("needs_review").fill_null(False))
        if frame.height < 2:
            continue
        top = frame.sort("accounts_per_1000", descending=True).row(0, named=True)
        out.append(Finding(
            f"most_licences_{product}",
            f"{top['authority_name']} has the most {charts.nice_name(product)} accounts per head: "
            f"{fmt_count(top['accounts'])} accounts, {fmt_rate(top['accounts_per_1000'])} per 1,000 residents "
            f"(median across {frame.height} councils: {fmt_rate(frame['accounts_per_1000'].median())})."
            + doubted_note(doubted),
            (top["authority_name"],),
        ))
    return out


def coverage_counts(cov: pl.DataFrame) -> dict[str, int]:
    """Councils asked, answered, refused (in full or part), awaited and overdue, and figures read and flagged:
    the survey_coverage mart's counts (summed when it holds several surveys)."""
    def total(column: str) -> int:
        return int(cov[column].sum() or 0) if cov.height else 0

    return {"asked": total("councils_asked"), "answered": total("answered"), "refused": total("refused"),
            "awaiting": total("awaiting"), "overdue": total("overdue"), "figures": total("figures_extracted"),
            "flagged": total("figures_needing_review")}


def coverage(cov: pl.DataFrame) -> Finding | None:
    """Councils asked and how they answered, and the figures extracted and flagged (survey_coverage)."""
    if not cov.height:
        return None
    counts = coverage_counts(cov)
    overdue = f" ({counts['overdue']:,} overdue)" if counts["overdue"] else ""
    text = (f"{plural(counts['asked'], 'council')} asked; {counts['answered']:,} answered, "
            f"{counts['refused']:,} refused all or part, {counts['awaiting']:,} still awaited{overdue}. "
            f"{plural(counts['figures'], 'figure')} extracted"
            + (f", {counts['flagged']:,} of them flagged for checking by hand with foi review."
               if counts["flagged"] else "."))
    return Finding("coverage", text)


def population_note(*frames_with_population: pl.DataFrame) -> str | None:
    """Councils that have figures but no population in the register (so no per-1,000 figure)."""
    names: set[str] = set()
    for frame in frames_with_population:
        if frame.height:
            names |= set(normalise.missing_population(frame))
    if not names:
        return None
    return (f"No population figure in the register for {and_list(sorted(names))}, so "
            f"{'it has' if len(names) == 1 else 'they have'} no per-1,000-residents figures (shown as missing, "
            "not zero). The register often lacks councils that were abolished or merged.")


def headlines(con: duckdb.DuckDBPyConnection, survey: str | None = None) -> list[Finding]:
    """The report's headline findings for ``survey`` (None = every survey in the warehouse)."""
    per_1000 = frames.quantities_per_1000(con, survey)
    costs = frames.unit_costs(con, survey)
    outcomes = frames.survey_outcomes(con, survey)
    found = [
        coverage(frames.survey_coverage(con, survey)),
        most_per_head(per_1000),
        highest_unit_cost(costs, main_device(per_1000)),
        biggest_spender(frames.spend_totals(con, survey)),
        *most_licences(frames.licence_counts(con, survey)),
        survey_refusals(outcomes, frames.refusals(con, survey)),
        not_answered(outcomes),
        answered_elsewhere(outcomes),
        refuses_most(frames.refusal_rates_overall(con), frames.exemption_counts(con)),
    ]
    return [f for f in found if f is not None]
