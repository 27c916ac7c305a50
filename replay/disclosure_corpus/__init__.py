"""The imitation council disclosure logs served by the replay (`replay/disclosure_logs.py`).

`generate.py` builds them as data, deterministically, from the demo corpus and its generator; `truth.json` is
their ground truth, written by `python -m replay.disclosure_corpus.generate` and checked by the tests.
"""
