"""Development tools, run from a checkout and never installed (the wheel holds none of this).

- `python -m dev.build_corpus`: writes the demo corpus the replay serves (replay/corpus/), or a big synthetic one
  for the benchmarks;
- `python -m dev.build_disclosure_logs`: writes the imitation council disclosure logs (replay/disclosure_corpus/);
- `corpus_gen/`: the pieces both builders use (councils, invented replies, documents rendered byte for byte).

Their output is committed and ships with the package; the replay only reads it.
"""
