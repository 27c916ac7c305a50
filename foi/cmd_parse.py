"""`foi parse PATH`: read one reply document and print what the extractor makes of it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

DEFAULT_SURVEY = "remote-working-2021"
FACT_FIELDS = ("subject", "period", "period_start", "period_end", "measure", "value", "unit", "approx", "quote",
               "start", "end", "confidence", "question", "partial")


def _read_document(path: Path) -> tuple[str, dict]:
    """Text of the document and how it was read; raises ClickException when it cannot be read."""
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise click.ClickException(f"{path} is a directory; give one reply document (txt, eml, pdf, docx, xlsx ...).")
    except OSError as exc:
        raise click.ClickException(f"cannot open {path}: {exc.strerror or exc}.")
    from documents import extract_text

    result = extract_text(data, filename=path.name)
    info = {"status": result.status, "reason": result.reason, "extractor": result.extractor,
            "detected_type": result.detected_type, "pages": result.pages}
    if result.status != "ok":
        raise click.ClickException(
            f"{path.name}: the document could not be read as text (status: {result.status}; "
            f"{result.reason or 'no reason given'}). Nothing was parsed.")
    return result.text, info


def _fact_dict(fact) -> dict:
    d = fact.as_dict()
    return {k: d.get(k) for k in FACT_FIELDS}


def _print_table(path: Path, survey, reply, info: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    # piped or captured output has no width to measure: give quotes room rather than folding them
    console = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 150)
    console.print(f"[bold]{path.name}[/bold]  read by {info.get('extractor') or '?'} as {info.get('detected_type') or '?'}"
                  f"; survey [bold]{survey.name}[/bold]")
    console.print(f"kind: [bold]{reply.kind}[/bold]   outcome: [bold]{reply.outcome or '-'}[/bold]   "
                  f"exemptions: {', '.join(reply.exemptions) or '-'}   ncnd: {'yes' if reply.ncnd else 'no'}   "
                  f"public interest test: {'yes' if reply.public_interest_test else 'no'}")
    if reply.procedural_sections:
        console.print(f"procedural sections named (not exemptions): {', '.join(reply.procedural_sections)}")
    if reply.questions:
        qt = Table(title="Questions", title_justify="left")
        for col in ("question", "outcome", "exemptions", "ncnd", "evidence"):
            qt.add_column(col)
        for q in reply.questions:
            qt.add_row(q.question, q.outcome or "-", ", ".join(q.exemptions) or "-", "yes" if q.ncnd else "",
                       _short(q.quote))
        console.print(qt)
    if not reply.facts:
        console.print("no figures found")
        return
    table = Table(title=f"{len(reply.facts)} figures", title_justify="left")
    for col in ("q", "subject", "period", "measure", "value", "≈", "conf"):
        table.add_column(col, no_wrap=True)
    table.add_column("quote (start-end)", overflow="fold", min_width=20)
    for f in reply.facts:
        value = f"£{f.value:,.2f}" if f.measure != "count" else f"{f.value:,.0f}"
        
        table.add_row(f.question or "", f.subject, f.period or "-", f.measure, value, "≈" if f.approx else "",
                      f"{f.confidence:.2f}", f"{_short(f.quote, 60)} ({f.start}-{f.end})")
    console.print(table)


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@click.command(name="parse")
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False, exists=False))
@click.option("--survey", "survey_name", default=DEFAULT_SURVEY, show_default=True,
              help="Survey name (a file under reader/surveys/) or path to a survey .toml.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON instead of a table.")
@click.option("--replied-on", "replied_on", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              metavar="YYYY-MM-DD",
              help="The day the reply was sent: periods written \"to date\" or \"so far\" end on it, and counts "
                   "held \"currently\" are held on it (without it they keep the periods as written).")
def parse(path: Path, survey_name: str, as_json: bool, replied_on) -> None:
    """Parse one reply document and print its outcome, exemptions and figures.

    PATH is a reply as text, e-mail (.eml), HTML, PDF, DOCX, XLSX or CSV. Nothing is written anywhere.

    \b
    Examples:
      foi parse reply.txt
      foi parse barnet.pdf --json
      foi parse reply.docx --survey my-survey.toml
      foi parse reply.txt --replied-on 2022-03-08
    """
    from reader import SurveyError, load_survey, parse_reply

    if not path.exists():
        raise click.ClickException(f"{path}: no such file.")
    try:
        survey = load_survey(survey_name)
    except SurveyError as exc:
        raise click.ClickException(str(exc))
    text, info = _read_document(path)
    day = replied_on.date() if replied_on else None
    reply = parse_reply(text, survey, replied_on=day)
    if as_json:
        out = {
            "file": str(path), "survey": survey.name, "document": info,
            "replied_on": day.isoformat() if day else None,
            "kind": reply.kind, "outcome": reply.outcome, "exemptions": reply.exemptions, "ncnd": reply.ncnd,
            "public_interest_test": reply.public_interest_test, "procedural_sections": reply.procedural_sections,
            "questions": [{"question": q.question, "outcome": q.outcome, "exemptions": q.exemptions, "ncnd": q.ncnd,
                           "quote": q.quote, "start": q.start, "end": q.end} for q in reply.questions],
            "facts": [_fact_dict(f) for f in reply.facts],
        }
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    _print_table(path, survey, reply, info)
