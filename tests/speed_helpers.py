"""What the speed rounds' tests share: the real-reply set's texts and lines, on which each fast path must give the
plain path's answers, and random texts made of the bits a rule is sensitive to."""

from __future__ import annotations

import random

import pytest


def set_texts() -> list[str]:
    from benchmarks import real_set

    texts = [c.text for c in real_set.load_cases()]
    assert len(texts) > 100
    return texts


@pytest.fixture(scope="module")
def real_texts() -> list[str]:
    return set_texts()


@pytest.fixture(scope="module")
def real_lines(real_texts) -> list[str]:
    return [ln for t in real_texts for ln in t.split("\n") if ln.strip()]


def random_texts(bits: list[str], n: int, seed: int, longest: int = 20) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(bits) for _ in range(rnd.randint(1, longest))) for _ in range(n)]
