"""parsel-style CSS queries (with ::text and ::attr) compiled once to lxml XPath objects.

The same translation parsel makes, without parsel compiling the XPath again on every call and wrapping every
result in a Selector, which on a fast crawl cost more than parsing the page."""

from __future__ import annotations

from lxml import etree
from parsel.csstranslator import HTMLTranslator

_COMPILED: dict[str, etree.XPath] = {}
_TRANSLATOR = HTMLTranslator()


def q(css: str) -> etree.XPath:
    """The compiled query: call it with an lxml element; it returns elements or strings, in document order."""
    compiled = _COMPILED.get(css)
    if compiled is None:
        compiled = _COMPILED[css] = etree.XPath(_TRANSLATOR.css_to_xpath(css), smart_strings=False)
    return compiled


def each(nodes, css: str) -> list:
    """The query over several nodes, results in node order (parsel's SelectorList.css)."""
    query = q(css)
    return [found for node in nodes for found in query(node)]


def first(node, css: str):
    found = q(css)(node)
    return found[0] if found else None
