"""`python -m documents FILE ...`: read files as the crawler would and print what came out."""

from documents import main

raise SystemExit(main())
