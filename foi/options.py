"""Options several `foi` commands share, defined once (as sqlite-utils does), so each reads and documents alike."""

from __future__ import annotations

import re

import click

DB_HELP = "Warehouse file (default: $FOI_DUCKDB or data/foi.duckdb)."

db_option = click.option("--db", "db_file", metavar="PATH", type=click.Path(dir_okay=False), default=None,
                         help=DB_HELP)


class BatchId(click.ParamType):
    """A WhatDoTheyKnow batch request: its number, or its page's address as pasted from the browser
    (https://www.whatdotheyknow.com/info_request_batch/1234)."""

    name = "ID"

    def convert(self, value, param, ctx):
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        else:
            text = str(value).strip()
            m = re.fullmatch(r"(?:https?://[^/\s]+)?/?(?:info_request_batch/)?(-?\d+)/?(?:[?#]\S*)?", text)
            if not m:
                self.fail(f"{text!r} is not a batch number or a batch page's address "
                          "(…/info_request_batch/1234)", param, ctx)
            number = int(m.group(1))
        if number <= 0:
            self.fail(f"{number} is not a batch number: batch numbers start at 1", param, ctx)
        return number


BATCH_ID = BatchId()
