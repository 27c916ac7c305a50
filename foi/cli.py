"""The `foi` command. Each sub-command lives in its own module and is imported only when used, so `foi --help`
stays fast."""

from __future__ import annotations

import importlib
import sys

import click

# name -> (module, attribute, one-line help shown by `foi --help`)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "demo": ("foi.cmd_demo", "demo", "Run the whole job offline on the bundled demo and write data/demo/."),
    "run": ("foi.cmd_demo", "run", "Crawl WhatDoTheyKnow live, extract and report (same pipeline as demo)."),
    "replay": ("foi.cmd_replay", "replay", "Serve the bundled WhatDoTheyKnow replay site on 127.0.0.1."),
    "crawl": ("foi.cmd_crawl", "crawl", "Run a spider (whatdotheyknow or disclosure_log) into the warehouse."),
    "extract": ("foi.cmd_extract", "extract", "Rebuild answers and refusals from the raw layer."),
    "parse": ("foi.cmd_parse", "parse", "Parse one reply document and print its outcome and facts."),
    "review": ("foi.cmd_extract", "review", "Write low-confidence figures to a sheet for checking by hand."),
    "export": ("foi.cmd_export", "export", "Export every analyst view to CSV, XLSX and Parquet."),
    "sql": ("foi.cmd_export", "sql", "Run a read-only SQL query against the warehouse."),
    "report": ("foi.cmd_export", "report", "Write charts and the HTML report from the warehouse."),
    "disclosure-logs": ("foi.cmd_disclosure", "disclosure_logs",
                        "Check the council disclosure-log registry, propose lines, load it into the warehouse."),
    "survey": ("foi.cmd_survey", "survey", "Draft a survey from a request's words; check what a survey lacks."),
    "authorities": ("foi.cmd_authorities", "authorities", "Load the UK council register into the warehouse."),
    "import": ("foi.cmd_import", "import_", "Import replies from a mailbox, a WhatDoTheyKnow zip or a folder."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module_name, attr, short = COMMANDS[name]
        module = importlib.import_module(module_name)   # imported when used, so `foi --help` stays fast
        command = getattr(module, attr)
        command.short_help = command.short_help or short
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="foi-compare")
def cli() -> None:
    """Compare how UK councils answer the same Freedom of Information request.

    Start with `foi demo`; it runs everything offline on a bundled demo and tells you what to open.
    """


def main() -> None:
    cli(prog_name="foi")


if __name__ == "__main__":
    sys.exit(main())
