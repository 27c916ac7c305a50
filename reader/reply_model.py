"""One model of a reply while parse_reply reads it: what its phases (reader/reply.py, question_ladder.py,
reply_passes.py) share, filled phase by phase, so that each phase says in its signature what it reads."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from . import classify as C
from .facts import Fact
from .question_anchors import _question_at
from .survey import Survey

# refusals that turn the whole request down (cost limit, vexatious, published elsewhere)
WHOLE_REQUEST = {"s12", "s14", "s14(1)", "s14(2)", "s21", "s25", "reg6", "reg12(4)(b)", "reg10(4)(b)"}   # s25: FOISA, otherwise accessible; reg6: EIR, publicly available; reg10(4)(b): EISR


@dataclass(frozen=True)
class Refusal:
    question: str | None
    exemption: str
    quote: str
    start: int
    end: int


@dataclass
class ReplyModel:
    survey: Survey
    replied_on: datetime.date | None
    # the text: as given, normalised and renumbered, and with quoted/restated request masked ("live")
    original: str
    text: str
    ignored: list[tuple[int, int]]
    live: str
    # where each position of ``text`` stands in the page as given, when renumbering made the text longer (else None)
    given: object = None
    live_sentences: list = field(default_factory=list)
    # figures and the questions' anchors (read_text_and_figures)
    facts: list[Fact] = field(default_factory=list)
    raw_anchors: list = field(default_factory=list)
    anchors: list = field(default_factory=list)
    loose_figures: list[int] = field(default_factory=list)
    # where the reply restates the request: the restatements and the blocks of answer each heads (restated_blocks)
    layout: tuple = ((), ())
    loose: list[int] = field(default_factory=list)      # figures outside any refusal: given, if not as facts
    facts_by_q: dict[str | None, list[Fact]] = field(default_factory=dict)
    # exemptions, "neither confirm nor deny", public interest test and "not held" as found in the text
    mentions: list = field(default_factory=list)
    procedural: list[str] = field(default_factory=list)
    ncnd_spans: list = field(default_factory=list)
    pit_spans: list = field(default_factory=list)
    nh_spans: list[tuple[int, int]] = field(default_factory=list)
    refusal_words: list = field(default_factory=list)
    codes_all: set[str] = field(default_factory=set)
    passive: set[str] = field(default_factory=set)
    ncnd_codes: set[str] = field(default_factory=set)
    refusing_codes: set[str] = field(default_factory=set)
    not_held: bool = False
    refused_in_words: bool = False
    # what kind of letter it is (reply_kind)
    kind: str = "other"
    only_status: bool = False      # the page's status line is all it says of the answer
    page_stated: str | None = None
    substantive: bool = False
    # refusals by question (refusals_by_question)
    refusals: list[Refusal] = field(default_factory=list)
    ex_by_q: dict[str | None, set[str]] = field(default_factory=dict)
    named_passages: list = field(default_factory=list)
    ncnd_by_q: dict[str | None, bool] = field(default_factory=dict)
    # "not held" by question (not_held_by_question)
    nh_by_q: dict[str | None, tuple[int, int]] = field(default_factory=dict)
    under_numbers: bool = False    # a "not held" said under a question's bare number only, not of the whole request
    nh_beside_figures: set[str] = field(default_factory=set)   # answered with figures and, in that answer, "not held"
    withheld_under: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # (where, status) beside figures
    refused_words_q: dict[str, int] = field(default_factory=dict)
    # the reply as a whole (reply_as_a_whole)
    exemptions: list[str] = field(default_factory=list)
    ncnd: bool = False
    pit: bool = False
    attached: bool = False
    listed: bool = False
    outcome: str | None = None
    # question by question (question_ladder.question_statuses, then reply_passes.POST_PASSES)
    questions: list[C.QuestionResult] = field(default_factory=list)
    marks: list = field(default_factory=list)
    global_codes: list[str] = field(default_factory=list)
    passages: dict = field(default_factory=dict)    # the last passage that names each question
    from_figures: set[str] = field(default_factory=set)
    parts_withheld: dict[str, tuple[str, int]] = field(default_factory=dict)
    restated: list = field(default_factory=list)    # the restated lines, read once when first asked for
    below_of: dict = field(default_factory=dict)    # each question's answer below its restated words, read once
    anywhere: list[bool] = field(default_factory=list)
    parts_unsaid: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)   # questions the reply says were withdrawn
    skipped: list[str] = field(default_factory=list)

    def question_for(self, pos: int) -> str | None:
        return _question_at(self.anchors, pos)
