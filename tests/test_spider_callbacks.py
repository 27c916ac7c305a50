"""crawlers/settings.py turns off Scrapy's WARN_ON_GENERATOR_RETURN_VALUE (it re-reads a callback's source on
every call); this test does that check once instead: a generator callback that returns a value would lose it."""

from __future__ import annotations

import inspect

import pytest
from scrapy.utils.misc import is_generator_with_return_value

from crawlers.spiders.disclosure_log import DisclosureLogSpider
from crawlers.spiders.whatdotheyknow import WhatDoTheyKnowSpider


@pytest.mark.parametrize("spider", [WhatDoTheyKnowSpider, DisclosureLogSpider])
def test_no_generator_callback_returns_a_value(spider):
    generators = [name for name, fn in inspect.getmembers(spider, inspect.isfunction)
                  if inspect.isgeneratorfunction(fn)]
    assert generators, "the spiders' callbacks are generators; if that changed, this test needs a new target"
    assert [name for name in generators if is_generator_with_return_value(getattr(spider, name))] == []
