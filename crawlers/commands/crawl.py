"""`scrapy crawl`, exiting non-zero when the run ended as failed (bad arguments, unknown batch, circuit
breaker), so scripts and CI notice; the reason is in crawl_runs and printed in the summary."""

from __future__ import annotations

from scrapy.commands.crawl import Command as ScrapyCrawl

from crawlers import extensions


class Command(ScrapyCrawl):
    def run(self, args, opts):
        super().run(args, opts)
        if any(status != "finished" for status in extensions.RUN_STATUSES):
            self.exitcode = 1
