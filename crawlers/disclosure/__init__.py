"""Council disclosure logs: one small adapter per publishing pattern (`adapters.py`), pure parsers that turn a
page or a dataset into records (`html_pages.py`, `datasets.py`), the records themselves (`records.py`), and the
rule that links an entry to the same request on WhatDoTheyKnow (`linking.py`). The spider is
`crawlers/spiders/disclosure_log.py`; the registry of councils is `warehouse/disclosure_registry.py`."""
