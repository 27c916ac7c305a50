"""Options several `foi` commands share, defined once (as sqlite-utils does), so each reads and documents alike."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import click

DB_HELP = ("Warehouse file, or a team warehouse's address ducklake:postgres:dbname=… host=… user=… "
           "(default: $FOI_DUCKDB or data/foi.duckdb).")

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


class AsOf(click.ParamType):
    """A moment to read a team warehouse at: an ISO date or date and time; without a zone, UTC."""

    name = "TIME"

    def convert(self, value, param, ctx):
        if isinstance(value, datetime):
            moment = value
        else:
            try:
                moment = datetime.fromisoformat(str(value).strip())
            except ValueError:
                self.fail(f"{value!r} is not a time: write e.g. 2026-11-30 or 2026-11-30T17:45+00:00", param, ctx)
        return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


as_of_option = click.option("--as-of", "as_of", type=AsOf(), default=None,
                            help="Read a team warehouse as it was at TIME (ISO, UTC unless a zone is given): "
                                 "what the figures said when you published.")
