"""`foi import`: replies that did not come from a crawl — a mailbox (mbox, Maildir, .eml and Outlook .msg files),
a WhatDoTheyKnow download zip (one request's, or a Pro batch's), or a folder of reply documents with a CSV saying
which council and request each is — into the same raw layer a crawl fills (warehouse/sql/raw.sql), so that
`foi extract` reads them exactly as it reads crawled replies. docs/import.md is the user's guide.

Modules: sources (what a path is, the e-mails in it), mail (one e-mail → text and attachments), threads (e-mails →
requests), councils (which council), wdtk_zip and folder (the other two sources), writer (rows, idempotent),
run (one import). Same layer as crawlers/: it uses documents/, reader/ and warehouse/; only foi/ imports it."""
