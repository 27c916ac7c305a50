"""`foi disclosure-logs`: the registry of council disclosure logs (check, propose, load)."""

from warehouse.disclosure_registry import click_group

disclosure_logs = click_group()
