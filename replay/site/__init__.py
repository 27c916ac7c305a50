"""The pieces of the WhatDoTheyKnow replay: corpus model, text rules, pages, JSON/feeds, routing."""
