"""Small surveys and readings shared by the question-status tests."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from reader import parse_reply
from reader.draft import draft_survey, to_toml
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


def drafted_survey(request: str, asked_on: dt.date = dt.date(2023, 6, 1)):
    """The survey `foi survey draft` writes from a request's text, loaded as the reader loads it (the sweeps' tests:
    replies read with the raw draft, as a journalist would first read them)."""
    return parse_survey(to_toml(draft_survey(request, "sweep", asked_on=asked_on)), "sweep.toml")


def reply_statuses(reply) -> dict[str | None, str]:
    """A reading's status of each question."""
    return {q.question: q.outcome for q in reply.questions}


def reply_figures(reply) -> list[tuple[str | None, float]]:
    """A reading's figures as (question, value)."""
    return [(f.question, f.value) for f in reply.facts]
