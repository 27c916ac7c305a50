"""`python -m documents FILE ...`: read files as the crawler would and print what came out."""

from documents.cli import main

raise SystemExit(main())
