"""`foi survey draft` and `foi survey check`: write a survey from a request's own words; say what in a survey
the reader cannot use."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import click

from foi.options import BATCH_ID, db_option


@click.group()
def survey() -> None:
    """Write and check surveys: the questionnaire a round-robin request asked.

    \b
    Examples:
      foi survey draft request.txt --name fly-tipping-2023 -o surveys/fly-tipping-2023.toml
      foi survey draft --request wdtk:707489 --name remote-working
      foi survey check surveys/fly-tipping-2023.toml
    """


def _request_from_file(path: Path) -> tuple[str, dt.date | None]:
    try:
        raw = path.read_text(encoding="utf-8", errors="replace")
    except IsADirectoryError:
        raise click.ClickException(f"{path} is a directory; give a text file holding the request.")
    except OSError as exc:
        raise click.ClickException(f"cannot open {path}: {exc.strerror or exc}.")
    from reader.draft import split_header

    # a saved reply (as in the real-reply set) carries its request in a '# request:' header
    header, text = split_header(raw)
    request = header.get("request", "")
    # the day it was sent: '# asked_on:' (a request file, as in tests/files/real_set/drafted/) or a reply's '# date:'
    date = re.match(r"\d{4}-\d\d-\d\d", header.get("asked_on", "") or header.get("date", ""))
    when = dt.date.fromisoformat(date.group(0)) if date else None
    if request and not request.lower().startswith(("not on the stored page", "in the text below")):
        return request, when
    return (text, when) if header else (raw, None)


def _request_from_warehouse(db_file: str | None, request_id: str | None, batch: int | None) -> tuple[str, dt.date | None, str]:
    from foi._warehouse import open_warehouse

    con = open_warehouse(db_file, read_only=True, hint="Run `foi crawl whatdotheyknow` first")
    try:
        if batch is not None:
            row = con.execute("SELECT request_id FROM requests WHERE batch_id = ? ORDER BY request_id LIMIT 1",
                              [batch]).fetchone()
            if row is None:
                raise click.ClickException(f"no request of batch {batch} in the warehouse; crawl it first "
                                           f"(`foi crawl whatdotheyknow --batch {batch}`).")
            request_id = row[0]
        assert request_id is not None
        if ":" not in request_id:
            request_id = f"wdtk:{request_id}"
        row = con.execute(
            "SELECT r.title, m.body_text, m.sent_at FROM requests r JOIN messages m USING (request_id) "
            "WHERE r.request_id = ? AND m.direction = 'outgoing' ORDER BY m.sent_at NULLS LAST LIMIT 1",
            [request_id]).fetchone()
    finally:
        con.close()
    if row is None:
        raise click.ClickException(f"no request {request_id} with a sent message in the warehouse.")
    title, body, sent = row
    return body or "", (sent.date() if sent else None), title or ""


@survey.command()
@click.argument("file", type=click.Path(path_type=Path), required=False)
@click.option("--request", "request_id", help="a crawled request instead of a file: wdtk:ID or the WhatDoTheyKnow id")
@click.option("--batch", type=BATCH_ID, help="a crawled batch (its id or its page's address): its first request's text")
@db_option
@click.option("--name", default="my-survey", show_default=True, help="the survey's name (lower-case, - or _)")
@click.option("--title", default="", help="the survey's title (default: the request's first line)")
@click.option("--asked-on", type=click.DateTime(["%Y-%m-%d"]), help="the day the request was sent, for "
              "'the last three years' (default: the request's date when known, else today)")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="write the survey here (default: print it)")
def draft(file: Path | None, request_id: str | None, batch: int | None, db_file: str | None, name: str, title: str,
          asked_on: dt.datetime | None, output: Path | None) -> None:
    """Draft a survey from a request's own words: its numbered questions and parts, what each counts or pays
    for, and the periods it asks about. Read the draft and edit what it guessed (marked 'check')."""
    from reader.draft import draft_survey, to_toml

    if sum(x is not None for x in (file, request_id, batch)) != 1:
        raise click.UsageError("give exactly one of FILE, --request or --batch.")
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", name):
        raise click.BadParameter("lower-case letters, digits, '-' or '_'", param_hint="--name")
    if file is not None:
        text, when = _request_from_file(file)
        source = str(file)
    else:
        text, when, req_title = _request_from_warehouse(db_file, request_id, batch)
        title = title or req_title
        source = f"request {request_id}" if request_id else f"batch {batch}"
    try:
        d = draft_survey(text, name, title=title, asked_on=(asked_on.date() if asked_on else when))
    except ValueError as exc:
        raise click.ClickException(str(exc))
    toml = to_toml(d, source)
    if output is None:
        click.echo(toml)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(toml, encoding="utf-8")
    checks = toml.count("# check:")
    click.echo(f"wrote {output}: {len(d.questions)} questions, {len(d.subjects)} subjects, {len(d.periods)} periods"
               f"{f'; {checks} guesses marked check' if checks else ''}. Next: read it, then `foi survey check {output}`.",
               err=True)


@survey.command()
@click.argument("survey_file", metavar="SURVEY")
def check(survey_file: str) -> None:
    """Say what in a survey (a name under reader/surveys/ or a .toml path) the reader cannot use."""
    from reader import SurveyError, load_survey
    from reader.draft import check_survey

    try:
        s = load_survey(survey_file)
    except SurveyError as exc:
        raise click.ClickException(str(exc))
    problems = check_survey(s)
    for p in problems:
        click.echo(f"- {p}")
    n = len(s.questions)
    click.echo(f"{s.name}: {n} question{'s' * (n != 1)}, {len(s.subjects)} subjects, {len(s.periods)} periods; "
               + (f"{len(problems)} thing(s) to look at." if problems else "nothing the reader cannot use."))
    if problems:
        raise SystemExit(1)
