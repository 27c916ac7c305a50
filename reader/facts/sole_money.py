"""A sum said of a thing the survey asks only to count, where one question alone asks for that kind of sum: "We have
identified one compromise agreement ... made in 2011-12 and captured a redundancy payment to the value of
£13,925.34", "1 settlement agreement totalling £12,841.38" answer the request's one question about money ("... a
breakdown of the numbers and costs of such agreements per year"). The words right before the sum say it is what
the thing came to ("totalling", "to the value of", "at a cost of"), not a price or a grant named beside it."""

from __future__ import annotations

import re

_SUM_OF_IT = re.compile(r"\b(?:totall?ing|to[ \t]+the[ \t]+value[ \t]+of|amounting[ \t]+to|at[ \t]+a[ \t]+(?:total[ \t]+)?"
                        r"cost[ \t]+of|costing|valued[ \t]+at|worth)[ \t]*$", re.IGNORECASE)


def sole_asking(text: str, v, survey, measure: str):
    """The one question of ``survey`` asking ``measure``, where the words before ``v`` say it is a sum the thing came
    to; None otherwise."""
    if not _SUM_OF_IT.search(text, max(0, v.start - 30), v.start):
        return None
    asking = [q for q in survey.questions if measure in q.measures]
    return asking[0] if len(asking) == 1 else None
