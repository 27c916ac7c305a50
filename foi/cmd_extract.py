"""`foi extract` and `foi review`: rebuild the normalized layer, and the check-by-hand loop around it."""

from __future__ import annotations

from pathlib import Path

import click

from foi.options import db_option

from foi._warehouse import open_warehouse, warehouse_path
from warehouse import db

THRESHOLD_HELP = "Figures with confidence below this (0-1) are sent for review; conflicting figures always are."


def _open(db_file: str | None, read_only: bool = False):
    return open_warehouse(db_file, read_only=read_only,
                          hint="Crawl something first (`foi demo`, or `foi crawl whatdotheyknow --batch ID`)")


@click.command()
@db_option
@click.option("--survey", "surveys", multiple=True, metavar="NAME",
              help="Only rebuild this survey's requests (repeatable). Default: every survey, every request.")
@click.option("--overrides", "overrides_file", metavar="FILE", type=click.Path(dir_okay=False),
              help="CSV or XLSX of corrections (answer_id, corrected_value, note), e.g. a filled-in `foi review` "
                   "sheet. Default: overrides.csv next to the warehouse (data/overrides.csv) if it exists.")
@click.option("--quiet", "-q", is_flag=True, help="No progress display.")
def extract(db_file: str | None, surveys: tuple[str, ...], overrides_file: str | None, quiet: bool) -> None:
    """Rebuild answers, refusals and request outcomes from the raw layer, and the analyst views.

    Every reply the councils sent is parsed again; the result replaces the normalized layer in one
    transaction, so an interrupted run leaves the previous one intact. Corrections loaded with --overrides
    are kept in the warehouse and applied to every later rebuild.

    \b
    Examples:
      foi extract
      foi extract --survey remote-working-2021
      foi extract --overrides data/review.xlsx
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from warehouse.normalize import NothingToExtract, rebuild
    from warehouse.overrides import OverridesError

    path = warehouse_path(db_file)
    db_file = str(path)
    if overrides_file is None:
        default = db.beside(path) / "overrides.csv"
        overrides_file = str(default) if default.exists() else None
    elif not Path(overrides_file).exists():
        raise click.ClickException(f"No overrides file at {overrides_file}.")

    con = _open(db_file)
    err = Console(stderr=True)
    try:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, transient=True, disable=quiet) as progress:
            tasks: dict[str, int] = {}

            def tick(stage: str, done: int, total: int) -> None:
                if stage not in tasks:
                    tasks[stage] = progress.add_task(stage, total=total)
                progress.update(tasks[stage], completed=done, total=total)

            def again(attempt: int, exc: BaseException) -> None:
                err.print(f"Another writer committed first to the team warehouse ({str(exc).splitlines()[0][:160]}); "
                          f"rebuilding on its result (attempt {attempt + 1}).")

            summary = db.retry_on_conflict(con, lambda: rebuild(
                con, surveys=list(surveys) or None, overrides_path=overrides_file, partial=bool(surveys),
                progress=tick), what="foi extract", on_retry=again)
    except NothingToExtract as exc:
        raise click.ClickException(str(exc)) from exc
    except OverridesError as exc:
        raise click.ClickException(f"{exc}\nNothing was changed.") from exc
    except (ValueError, RuntimeError) as exc:  # unknown survey, broken survey file, parser missing
        raise click.ClickException(str(exc)) from exc
    finally:
        con.close()

    out = Console()
    table = Table(title=f"foi extract → {path}", show_header=False, box=None)
    table.add_row("extractor", summary.extractor_version)
    table.add_row("surveys", ", ".join(summary.surveys) or "(none)")
    table.add_row("requests", f"{summary.requests} ({summary.survey_requests} in a survey)")
    table.add_row("texts read", str(summary.texts_read))
    copies = summary.current_answers - summary.counted_answers
    table.add_row("figures", f"{summary.counted_answers} counted (as the report and `foi review` count them), "
                             f"{summary.to_review} to check by hand, {summary.superseded} superseded, "
                             f"{summary.conflicts} conflicting"
                             + (f"; {copies} more in disclosure logs' copies of the same requests" if copies > 0 else ""))
    table.add_row("refusals", f"{summary.refusals} exemption citations")
    table.add_row("outcomes", ", ".join(f"{k} {v}" for k, v in sorted(summary.outcomes.items())))
    if summary.overrides_loaded or summary.overrides_applied or summary.overrides_unmatched:
        table.add_row("corrections", f"{summary.overrides_loaded} loaded, {summary.overrides_applied} applied, "
                                     f"{summary.overrides_unmatched} matching no figure")
    if summary.failures:
        table.add_row("failures", f"{summary.failures} texts could not be parsed "
                                  "(see: foi sql \"SELECT * FROM extract_failures\")")
    out.print(table)
    out.print("Next: `foi review` lists the figures worth checking by hand; `foi report` writes the report.")


@click.command()
@db_option
@click.option("--out", "out_file", metavar="FILE", type=click.Path(dir_okay=False),
              help="Where to write the sheet, .xlsx or .csv (default: review.xlsx next to the warehouse, "
                   "i.e. data/review.xlsx).")
@click.option("--threshold", default=0.7, show_default=True, type=click.FloatRange(0, 1), help=THRESHOLD_HELP)
@click.option("--survey", default=None, metavar="NAME", help="Only this survey's figures.")
@click.option("--serve", is_flag=True, help="Check the figures in the browser instead of a sheet: a local web app "
                                            "with each figure beside its source, one key per decision.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535),
              help="With --serve: the port on 127.0.0.1 (0: any free port).")
@click.option("--reviewer", metavar="NAME", envvar="FOI_REVIEWER", show_envvar=True,
              help="With --serve: your name, recorded with every decision (default: your login name).")
@click.option("--files-dir", metavar="DIR", type=click.Path(file_okay=False),
              help="With --serve: where the crawl stored the original files (default $FOI_FILES_DIR, else files/ "
                   "beside the warehouse, else data/files).")
@click.option("--read-only", is_flag=True, help="With --serve: look without deciding; the warehouse is not written.")
def review(db_file: str | None, out_file: str | None, threshold: float, survey: str | None, serve: bool,
           port: int, reviewer: str | None, files_dir: str | None, read_only: bool) -> None:
    """Write the figures worth checking by hand to a spreadsheet, or check them in the browser (--serve).

    Each row is one figure with the council, question, the sentence it was read from and a link to the
    reply. Fill in corrected_value (and a note) where the figure is wrong, leave the rest blank, then load
    the sheet with `foi extract --overrides FILE`; corrections are kept across later rebuilds.

    With --serve the same figures are a queue in a local web app (127.0.0.1, no account, works offline): each
    figure beside the words it came from and the original document; accept, correct or reject it from the
    keyboard. Every decision is saved at once, with your name (FOI_REVIEWER), and kept across rebuilds.

    \b
    Examples:
      foi review
      foi review --out data/review.csv --threshold 0.9
      FOI_REVIEWER="Ana Diaz" foi review --serve
    """
    if serve:
        _serve_review(db_file, port, reviewer, files_dir, read_only, threshold, survey)
        return
    from warehouse.overrides import OverridesError, review_rows, write_review

    path = warehouse_path(db_file)
    db_file = str(path)
    out = Path(out_file) if out_file else db.beside(path) / "review.xlsx"
    if out.suffix.lower() not in (".xlsx", ".csv"):
        raise click.ClickException(f"--out must end in .xlsx or .csv (got {out.name}).")
    con = _open(db_file, read_only=True)
    try:
        has_answers = con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'answers'").fetchall()[0][0]
        if not has_answers:
            raise click.ClickException(f"{path} has no extracted figures yet. Run `foi extract` first.")
        rows = review_rows(con, threshold=threshold, survey=survey)
    finally:
        con.close()
    try:
        write_review(rows, out)
    except OverridesError as exc:
        raise click.ClickException(str(exc)) from exc
    if not rows:
        click.echo(f"Nothing to check: no figure is below confidence {threshold} or in conflict. "
                   f"Wrote an empty sheet to {out}.")
        return
    click.echo(f"Wrote {len(rows)} figures to check to {out}.")
    click.echo("Fill in corrected_value (and note) where a figure is wrong, then run:")
    click.echo(f"  foi extract --overrides {out}")


def _files_dir(path: Path, files_dir: str | None) -> Path:
    import os

    from warehouse import db

    if files_dir or os.environ.get("FOI_FILES_DIR"):
        return db.files_dir(files_dir)
    beside = db.beside(path) / "files"  # where `foi demo` and `foi run` store them
    return beside if beside.is_dir() else db.files_dir()


def _serve_review(db_file: str | None, port: int, reviewer: str | None, files_dir: str | None, read_only: bool,
                  threshold: float, survey: str | None) -> None:
    import getpass

    try:
        from review.app import Settings, create_app
        from review.serve import bind, serve
    except ImportError as exc:
        raise click.ClickException(f"The review app needs its libraries ({exc.name} is missing): "
                                   "pip install 'foi-compare[review]'.") from exc

    path = warehouse_path(db_file)
    _open(str(path), read_only=True).close()  # a missing, busy or broken warehouse stops here, with its reason
    if not reviewer:
        try:
            reviewer = getpass.getuser()
        except Exception:  # no login name (some containers): decisions still need a name
            raise click.ClickException("Who is reviewing? Set FOI_REVIEWER or pass --reviewer NAME.") from None

    def rebuild_and_report() -> str:
        from analysis.report import write_report
        from warehouse import db
        from warehouse.normalize import rebuild

        con = db.connect(path)
        try:
            summary = rebuild(con)
            written = write_report(con, db.beside(path))
        finally:
            con.close()
        return f"Rebuilt: {summary}. The report is up to date: {written}."

    settings = Settings(db_file=path, files_dir=_files_dir(path, files_dir), reviewer=reviewer.strip()[:80],
                        read_only=read_only, threshold=threshold, rebuild=rebuild_and_report,
                        report_file=db.beside(path) / "report.html", survey=survey or "")
    app = create_app(settings)
    try:
        sock = bind("127.0.0.1", port)
    except OSError as exc:
        raise click.ClickException(f"Port {port} on 127.0.0.1 is taken ({exc.strerror}): pass --port with another "
                                   "number, or --port 0 for any free one.") from exc
    where = f" ({survey})" if survey else ""
    serve(app, sock, lambda url: click.echo(
        f"Reviewing {path}{where} as {settings.reviewer}{' (read-only)' if read_only else ''} at {url}\n"
        "Open it in your browser; Ctrl+C stops.", err=False))
