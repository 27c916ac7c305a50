"""Source-agnostic crawl machinery shared by every spider: the raw-layer store, run bookkeeping, failure
classification and a base spider. Nothing here knows about WhatDoTheyKnow's pages."""
