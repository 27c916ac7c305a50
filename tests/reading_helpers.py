"""Small surveys and readings shared by the question-status tests."""
from __future__ import annotations

import json
from pathlib import Path

from reader import parse_reply
from reader.survey import parse_survey


# the real-reply set: its hand-written surveys and its drafted ones (raw drafts and journalists' edited copies)
SET = Path(__file__).resolve().parent / "files" / "real_set"
SURVEYS = SET / "surveys"
DRAFTED = SET / "drafted"


def survey_of(questions: list[tuple[str, str]]):
    """A survey with these (id, text) questions, each about one made-up subject."""
    lines = ['name = "t"', 'title = "t"', "[subjects.thing]", 'label = "Thing"', 'synonyms = ["zzzz thing"]']
    for qid, text in questions:
        lines += ["[[questions]]", f"id = {json.dumps(qid)}", f"text = {json.dumps(text)}", 'subject = "thing"',
                  'measures = ["count"]']
    return parse_survey("\n".join(lines) + "\n", "t.toml")


def statuses(text: str, survey) -> dict[str, str]:
    """Each question's status as the reader gives it."""
    return {q.question: q.outcome for q in parse_reply(text, survey).questions}


def facts(text: str, survey) -> list:
    """The figures the reader gives."""
    return parse_reply(text, survey).facts


def figures(text: str, survey, *fields: str) -> set[tuple]:
    """The reader's figures as tuples of the named fields (default: question, period, measure, value)."""
    fields = fields or ("question", "period", "measure", "value")
    return {tuple(getattr(f, k) for k in fields) for f in parse_reply(text, survey).facts}
