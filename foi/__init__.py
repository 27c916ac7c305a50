"""foi-compare: the `foi` command line, a thin layer over crawlers/, warehouse/, analysis/ and replay/."""
