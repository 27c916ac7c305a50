"""A "no ..." given as the reason nothing is held is not a zero: "No cyber attacks have been successful, therefore we
do not hold that information" says the information is not held (the set README: "Not held" is not zero). Only where
the sentence itself draws the conclusion after the "no" ("therefore", "so", "as such", "hence", "consequently");
"None. We do not hold figures before 2019" is a zero and a separate not-held."""

from __future__ import annotations

import re

_THEREFORE_NOT_HELD = re.compile(
    r"[,;]?\s*(?:and\s+)?(?:therefore|so|as\s+such|hence|consequently|thus)\s*,?\s+"
    r"(?:we|I|the\s+council|the\s+authority)\s+(?:do|does|did|would|can|could)\s*(?:not|n't)\s+(?:hold|have|record)\s+"
    r"(?:that|this|the|these|those|any|such)\b", re.IGNORECASE)


def reason_for_not_held(text: str, zero_end: int, unit_end: int) -> bool:
    """Whether the sentence ending at ``unit_end`` concludes, after its zero (ending at ``zero_end``), that the
    information is not held."""
    return _THEREFORE_NOT_HELD.search(text, zero_end, unit_end) is not None
