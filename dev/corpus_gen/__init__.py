"""Pieces of the demo-corpus generator (`python -m dev.build_corpus`).

Everything here is deterministic: a fixed random seed, no clock, no dict-order surprises, so the committed
corpus can be rebuilt byte for byte and a test can prove it.
"""
