"""Questions the requester withdrew, as the reply quotes a clarification ("In terms of questions 3 and 4, please
ignore them."; "Questions 3 and 4 were withdrawn"): no answer is owed, so the reply's words about them ("please
ignore them") are no answer either; they are left without a status (the labels' not_addressed), and the reply's
outcome follows the questions that stand."""

from __future__ import annotations

import re

from .folding import folds_unseen, lowered

_NUMBERS = r"(?P<ns>\d{1,2}[a-z]?(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*)\d{1,2}[a-z]?)*)"
_WITHDRAWN = re.compile(
    r"\b(?:questions?|q\.?)[ \t]*" + _NUMBERS + r"[ \t]*,?[ \t]*(?:"
    r"(?:please[ \t]+)?(?:ignore|disregard|withdraw|remove|drop)[ \t]+(?:them|it|these|this|those)\b"
    r"|(?:(?:was|were|has[ \t]+been|have[ \t]+been)[ \t]+)(?:withdrawn|removed|dropped|cancelled)\b)",
    re.IGNORECASE)

# _WITHDRAWN is searched only in a text holding one of these, in lower case (most replies hold none)
_WORDS = ("ignore", "disregard", "withdr", "removed", "dropped", "cancelled")


def withdrawn(text: str, survey) -> list[str]:
    """The ids of the survey's questions that ``text`` says were withdrawn (a numbered question stands for its
    lettered parts)."""
    if not folds_unseen(text):
        # (a test of the lowered text, not a case-blind search of it: asked of every reply)
        low = lowered(text)
        if not any(w in low for w in _WORDS):
            return []
    out: list[str] = []
    for m in _WITHDRAWN.finditer(text):
        for n in re.findall(r"\d{1,2}[a-z]?", m.group("ns")):
            ids = [q.id for q in survey.questions if q.id == n or re.fullmatch(rf"{n}[a-z]", q.id)]
            out += [i for i in ids if i not in out]
    return out
