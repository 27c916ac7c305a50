"""parse_reply: one reply's text -> kind, outcome, exemptions, facts and per-question results.

A pure function of the text and the survey. Offsets in the result point into the text given. It fills one model
of the reply (reply_model.ReplyModel) in phases, each named for what it reads: the text and its figures, the
refusals and "not held" it names, the kind of letter, refusals and "not held" by question, the reply as a whole,
then each question's status (question_ladder.py), the passes that fill and correct them in order
(reply_passes.POST_PASSES), the questions it skips and its outcome.
"""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import asdict, dataclass, field, replace

from . import classify as C
from . import question_status as QS
from .asking import asking_spans
from .attached import figures_attached, money_question
from .answer_after_ask import answers_after_asks
from .cells import rejoin_cells
from .dashed_answers import answered_by_number, dashed_answer_edits, number_dashed_answers
from .deferred import deferred
from .facts import Fact, read_facts
from .folding import forget_lowered
from .facts.places import forget_quote_numbers
from .masking import _mask, ignored_spans
from .numbers import LOOSE_DIGITS
from .named_part import group_number_at, sister_parts_named
from .none_said import outcome_with_none_said
from .not_held_named import SAID_OF
from .numbered_answers import _part_passed_over, left_unanswered, numbered_answer, numbered_marks
from .point_parts import bullet_named_only_when_asked, bullets_passed_over, name_point_parts
from .question_anchors import (_anchor_near, _drop_nested_numbers, _note_below_figures, _own_numbers, _resolve_anchors,
                               group_of)
from .question_ladder import question_statuses, suppressed_bound
from .question_status import parts_named_only_when_asked
from .questions import find_passages, parent_of, question_groups
from .refusal_below import below_request_quoted_whole, pointed_from_above
from .renumbered import apply_edits, renumber_named, renumber_ones, section_edits, slash_marks, to_given
from .restated_blocks import bind_facts, restated_layout
from .reply_model import WHOLE_REQUEST, Refusal, ReplyModel
from .refusal_named_by_words import named_question
from .reply_passes import apply_post_passes
from .scan import normalise
from .survey import Survey
from .sentences import line_bounds

MAX_CHARS = 2_000_000   # longer text is read up to here; a reply this long is a data dump, not a letter


@dataclass
class Reply:
    kind: str
    outcome: str | None
    exemptions: list[str]
    ncnd: bool
    public_interest_test: bool
    facts: list[Fact]
    questions: list[C.QuestionResult]
    refusals: list[Refusal] = field(default_factory=list)       # each exemption with where it was applied
    procedural_sections: list[str] = field(default_factory=list)  # s1, s10, s17 ...: named, not exemptions
    not_held: bool = False
    ignored: list[tuple[int, int]] = field(default_factory=list)   # spans read as quoted/restated request

    def as_dict(self) -> dict:
        d = asdict(self)
        d["ignored"] = [list(s) for s in self.ignored]
        return d


_WHOLE_ASK = re.compile(r"\b(?:the\s+)?information\s+(?:that\s+)?(?:you\s+(?:have\s+)?)?(?:requested|asked\s+for|sought)\b"
                        r"|\b(?:your|this|the)\s+request\b", re.IGNORECASE)


_REQUESTERS_TERMS = re.compile(r"\bif\b[^.?!]{0,200}?\b(?:exceed|exceeds|over|above|beyond)\b[^.?!]{0,80}?\b(?:then\s+)?"
                               r"please\s+(?:only|just|limit|restrict|focus|prioriti[sz]e|complete|answer|provide\s+only)\b",
                               re.IGNORECASE)


_SOME_OF_IT = re.compile(r"\bsome\s+(?:but\s+not\s+all\s+)?of\s+the\s+information\b", re.IGNORECASE)
# the reply saying it sends only part of what was asked: "I enclose some of the information you requested", "We
# have provided some of the information below" (what it keeps back may be named past where a page is cut)
_SENDS_SOME = re.compile(r"\b(?:I|we)\s+(?:(?:have|am|are)\s+)?(?:enclos|attach|provid|supply|supplie|releas)\w*\s+"
                         r"(?:(?:a\s+)?cop(?:y|ies)\s+of\s+)?(?:only\s+)?(?:some|part)\s+(?:but\s+not\s+all\s+)?"
                         r"of\s+the\s+information\b", re.IGNORECASE)


def _withholds_whole_ask(text: str, m, anchors: list[tuple[int, str | None]], qid: str) -> bool:
    """An exemption cited for "the information requested" as a whole (nothing given anywhere), not under the
    number of the question it follows."""
    return _WHOLE_ASK.search(text, *m.sentence) is not None and not _anchor_near(anchors, qid, m.start, text)


def parse_reply(text: str, survey: Survey, *, replied_on: datetime.date | None = None) -> Reply:
    """Read one reply. Never raises on odd text; offsets point into ``text``. ``replied_on``, the day the reply
    was sent: periods written "to date" end on it, counts held "currently" are held on it (without it they keep
    the periods as written)."""
    forget_lowered()
    forget_quote_numbers()
    m = read_text_and_figures(text, survey, replied_on)
    refusals_and_figures(m)
    reply_kind(m)
    refusals_by_question(m)
    not_held_by_question(m)
    refused_in_words_by_question(m)
    reply_as_a_whole(m)
    if m.substantive:
        question_statuses(m)
        apply_post_passes(m)
        m.skipped = skipped_questions(m)
    outcome = reply_outcome(m)
    if outcome == "not_held" and not m.facts and any(q.outcome == "not_held" and _ANOTHER_BODYS.search(q.quote or "")
                                                     for q in m.questions):
        m.questions = none_held(m.questions)
    if outcome == "partially_successful" and C.provides_information(m.live):
        m.questions = sole_question_in_part(m.questions, m.survey)
    reply = Reply(kind=m.kind, outcome=outcome, exemptions=m.exemptions, ncnd=bool(m.ncnd),
                  public_interest_test=bool(m.pit), facts=[f for f in m.facts if not suppressed_bound(f)],
                  questions=m.questions, refusals=m.refusals if m.substantive else [],
                  procedural_sections=m.procedural, not_held=m.not_held and m.substantive, ignored=m.ignored)
    return _as_given(reply, m.given, text) if m.given else reply


# the whole request is another body's to answer: "... the Highway Authority at Essex County Council not the local
# Borough Council who has the responsibility for ...", "Devon County Council is not responsible for homelessness
# provision", "you will need to forward on your request" (not "We do not hold this information" or "Not recorded"
# under one question, beside answers in words to the others)
_ANOTHER_BODYS = re.compile(r"\bresponsib(?:le|ility)\b|\b(?:forward|redirect|re-direct)\s+(?:on\s+)?(?:your|this)\s+"
                            r"(?:request|enquiry)", re.I)


def sole_question_in_part(questions: list, survey) -> list:
    """A request of one question, part given and part withheld ("The information you have sought is attached. Please
    note that the name of the operator ... is exempt under Section 40(2)"): what the reply sends and withholds is all
    that one question's, so the question is answered in part, not refused (the reply's outcome says both; the caller
    asks that the reply says it sends something)."""
    if len(survey.questions) != 1 or len(questions) != 1 or questions[0].outcome not in ("rejected", "not_held"):
        return questions
    return [replace(questions[0], outcome="partially_successful")]


def none_held(questions: list) -> list:
    """The questions of a reply that holds none of what was asked and gives no figure ("it is the Highway Authority
    at Essex County Council not the local Borough Council who has the responsibility ...; you will need to forward
    on your request direct to them"): the words under each question are the request's own template left blank
    ("Head of Service:", "2011/12 annual budget was:"), no answer, so a question read as answered or passed over is
    not held. (Not an answer in words under its own number: "6. The Procurator Fiscal in Tayside has not requested
    any such reports" beside "we are not the holders of this information" answers 6.)"""
    return [replace(q, outcome="not_held") if q.outcome in ("successful", "not_addressed")
            and not _under_own_number(q) else q for q in questions]


def _under_own_number(q) -> bool:
    m = _UNDER_OWN_NUMBER.match(q.quote or "")
    return bool(m) and m.group(1) == q.question and not asking_spans(q.quote)


def _as_given(reply: Reply, given, text: str) -> Reply:
    """``reply`` with every position and quote taken back from the renumbered text to ``text``, the page as given."""
    def span(obj):
        if not isinstance(obj.start, int) or not isinstance(obj.end, int):
            return obj
        s, e = given(obj.start), given(obj.end)
        # (a question's quote may be cut short, "[:300]": cut as short again)
        cut = len(obj.quote or "") < obj.end - obj.start
        return replace(obj, start=s, end=e, quote=text[s:e][:len(obj.quote or "")] if cut else text[s:e])
    reply.facts = [span(f) for f in reply.facts]
    reply.questions = [span(q) for q in reply.questions]
    reply.refusals = [span(r) for r in reply.refusals]
    reply.ignored = [(given(a), given(b)) for a, b in reply.ignored]
    return reply


def read_text_and_figures(text: str, survey: Survey, replied_on: datetime.date | None) -> ReplyModel:
    """The text normalised and renumbered, the restated request masked, its figures and the questions' anchors."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    groups = question_groups(survey)
    ready = answers_after_asks(slash_marks(rejoin_cells(normalise(text[:MAX_CHARS]))), survey)
    # (a section numbered again from 1 may need a number one digit longer: the page as given is edited alike, so that
    # every phase reads quotes at the positions it finds; parse_reply takes them back to the page as given)
    edits = section_edits(ready, groups) or dashed_answer_edits(ready, survey)
    original = apply_edits(text, edits)
    text = renumber_named(renumber_ones(apply_edits(ready, edits), len(groups)))
    ignored = ignored_spans(text)
    live = _mask(text, ignored)
    live = number_dashed_answers(live, survey, text)
    live = name_point_parts(live, survey)
    m = ReplyModel(survey=survey, replied_on=replied_on, original=original, text=text, ignored=ignored, live=live)
    m.given = to_given(edits)

    facts, raw_anchors, m.loose_figures = read_facts(live, survey, replied_on=replied_on)
    m.layout = restated_layout(text, survey)
    facts = bind_facts(facts, text, survey, m.layout)
    m.raw_anchors = raw_anchors = _drop_nested_numbers(_own_numbers(raw_anchors, live, survey), live)
    m.live_sentences = C.sentences(live)
    m.facts = [_requote(f, original) for f in facts]
    m.anchors = _resolve_anchors(raw_anchors, survey)
    return m


def refusals_and_figures(m: ReplyModel) -> None:
    """The exemptions, "neither confirm nor deny", "not held" and refusals in words the text names, and the
    figures that are part of a refusal (dropped from the facts) rather than an answer."""
    live, live_sentences = m.live, m.live_sentences
    mentions, m.procedural = C.find_exemptions(live)
    # the requester's own terms, left on a log's page: "However, if section C would ... exceed the cost limit for
    # FOI then please only complete Sections A and B" sets a condition for the council, it refuses nothing
    m.mentions = mentions = [x for x in mentions if not _REQUESTERS_TERMS.search(live, x.sentence[0], x.sentence[1])]
    m.ncnd_spans = ncnd_spans = C.find_ncnd(live)
    m.pit_spans = C.find_pit(live)
    nh_spans = C.find_not_held(live)
    if (field := C.outcome_field(live)):
        nh_spans = [(s, e) for s, e in nh_spans if not field[0] <= s < field[1]]
    m.nh_spans = nh_spans
    m.codes_all = codes_all = {x.code for x in mentions}
    m.passive = C.passive_codes(live, codes_all)
    m.ncnd_codes = C.ncnd_provisions(live)
    m.refusing_codes = refusing_codes = codes_all - m.passive
    m.not_held = bool(nh_spans) or bool(codes_all & C.NOT_HELD_CODES)
    # a figure in the paragraph that refuses ("would exceed £600", "spending over £500 is published") is
    # part of the refusal, not an answer
    refusal_sentences = sorted({x.sentence for x in mentions}
                               | {C.sentence_at(live_sentences, s) for s, _ in ncnd_spans})
    starts = [a for a, _ in refusal_sentences]

    def in_refusal(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and refusal_sentences[i][0] <= pos < refusal_sentences[i][1]

    # a figure that explains a cost-limit, vexatious or published-elsewhere refusal ("we would need to look
    # through around 2,300 invoices for laptops") is in the refusal's paragraph and speaks of the work the
    # request would take, not of what was bought
    whole = [x.start for x in mentions if x.code in WHOLE_REQUEST]
    # and so is one in words that turns down "the information requested" ("We are unable to supply the information
    # requested. To provide it would entail searching all 20 departments' budget codes ...")
    m.refusal_words = refusal_words = C.find_refusal_words(live)     # (asked three times below: read once)
    whole += [s for s, _ in refusal_words
              if _WHOLE_ASK.search(live[slice(*C.sentence_at(live_sentences, s))])]
    facts, loose_figures = m.facts, m.loose_figures
    if whole:
        breaks = [(b.start(), b.end()) for b in re.finditer(r"\n[ \t]*\n", live)]
        paragraphs = sorted({_paragraph(breaks, len(live), pos) for pos in whole})
        para_starts = [a for a, _ in paragraphs]

        def in_refusal_paragraph(pos: int) -> bool:
            i = bisect.bisect_right(para_starts, pos) - 1
            return i >= 0 and paragraphs[i][0] <= pos < paragraphs[i][1]

        m.facts = facts = [f for f in facts
                           if not (in_refusal_paragraph(f.start) and _speaks_of_effort(live[f.start:f.end], m.survey))]
        m.loose_figures = loose_figures = [p for p in loose_figures if not in_refusal_paragraph(p)]
    loose = [p for p in loose_figures if not in_refusal(p)]
    if refusing_codes and refusing_codes <= WHOLE_REQUEST and not facts and not _listed_figures(live, loose):
        # a cost-limit or vexatious refusal turns the whole request down; its figures explain why (but not a list
        # of figures given beside it: "• Asbestos - 17" / "• Builders rubble - 133" ...)
        loose = []
    m.loose = loose
    m.refused_in_words = bool(refusal_words)
    for f in facts:
        m.facts_by_q.setdefault(f.question, []).append(f)


def reply_kind(m: ReplyModel) -> None:
    """What kind of letter it is (a response, an acknowledgement ...), and whether it says how the request ended."""
    live = m.live
    kind = C.reply_kind(live, bool(m.facts), bool(m.refusing_codes) or bool(m.ncnd_spans) or m.refused_in_words,
                        m.not_held, bool(m.loose))
    m.page_stated = page_stated = C.page_status(live)      # the page's own status line (asked three times: read once)
    if kind in ("other", "acknowledgement", "holding") and page_stated:
        m.only_status = kind != "other"
        # (an acknowledgement or a delay notice on a page whose status line says how the request ended is the
        # start of a thread that ends in a response: "The request was refused by ...")
        kind = "response"       # the page states how the request ended ("Outcome / Documents - Response (some not held)")
    if kind == "other":
        # no figure and no "please find our response", but answers under the questions' own numbers ("1. What
        # was the spend ...? / The data answering this question is in the spreadsheet attached"): a response
        marks_found = numbered_marks(m.raw_anchors, live, m.survey)
        if any(numbered_answer(live, marks_found, q) for q in m.survey.questions):
            kind = "response"
    m.kind = kind
    m.substantive = kind in ("response", "internal_review")


def refusals_by_question(m: ReplyModel) -> None:
    """Each exemption placed under the question it is said of (or of the whole request), and "neither confirm nor
    deny" likewise."""
    live, facts, facts_by_q, anchors = m.live, m.facts, m.facts_by_q, m.anchors
    groups_headed = {why.split(":", 1)[1] for _, _, why in m.raw_anchors if why.startswith("number:")}
    m.named_passages = find_passages(live, m.survey) if m.mentions or m.refusal_words else []
    said_of = _codes_said_of(m.mentions, m.named_passages)
    for x in m.mentions:
        # (a refusal in a section of its own below every answer is the one an answer above points to)
        qid = pointed_from_above(live, m.raw_anchors, x.start) or m.question_for(x.start)
        if qid and x.code in said_of and qid not in said_of[x.code][0] \
                and not said_of[x.code][1][0] <= x.start < said_of[x.code][1][1]:
            qid = None      # (see _codes_said_of)
        # a cost-limit, vexatious or published-elsewhere refusal turns the whole request down (no question:
        # it applies to every one) unless the reply answers other questions and this one sits under its own
        # unanswered question ("2c) ... would exceed the appropriate limit")
        if x.code in WHOLE_REQUEST and (not facts or not qid or facts_by_q.get(qid)
                                        or below_request_quoted_whole(m.survey, live, m.raw_anchors, x.start, qid)) \
                and not _published_under_own_question(m, x, qid):
            qid = None
        elif qid and not facts and _withholds_whole_ask(live, x, anchors, qid):
            qid = None      # "we are not obliged to supply the information requested ... section 38(1)(b)": all of it
        key: str | None = qid
        if qid and facts_by_q.get(qid) and not _anchor_near(anchors, qid, x.start, live) \
                and not QS.beside_own_figure(facts_by_q[qid], x.start, live):
            qid = None
            # under a numbered section ("1. Devices purchased" ... "Unit costs are withheld under s43(2)"),
            # the refusal is about that section's questions
            group = re.match(r"\d+", key).group(0) if re.match(r"\d+", key or "") else None
            key = f"group:{group}" if group in groups_headed else None
        m.ex_by_q.setdefault(key, set()).add(x.code)
        s, e = x.sentence
        m.refusals.append(Refusal(qid, x.code, m.original[s:e], s, e))
    for s, _ in m.ncnd_spans:
        qid = m.question_for(s)
        if qid and facts_by_q.get(qid):
            qid = None
        m.ncnd_by_q[qid] = True


# the exemptions for what is published or otherwise accessible: FOIA s21, FOISA s25, the EIR's reg 6(1)(b)
_PUBLISHED = frozenset({"s21", "s25", "reg6"})


def _published_under_own_question(m: ReplyModel, x, qid: str | None) -> bool:
    """What one question asks is published elsewhere, said under that question's own number or restated words, in a
    reply that answers question by question ("1. This information can be found in the Moray Local Development Plan
    2020. ... This information is exempt under Section 25" beside "2. Please see Woodland Management Plan for Cluny
    Hill ..." and "3. Information not held."): the refusal is that question's, not the whole request's, though the
    reply gives no figure (not "the information you requested is published ...", which points at all of it)."""
    if x.code not in _PUBLISHED or qid is None or m.facts or _WHOLE_ASK.search(m.live, *x.sentence):
        return False
    # (by the questions' own numbers: not a thing the refusal names in passing, "... previous requests in relation to
    # Potholes and compensation claims", below a request quoted whole)
    numbered = [(a, q) for a, q, why in m.raw_anchors if q and (why == "marker" or why.startswith("number:"))]
    last = max(((a, q) for a, q in numbered if a <= x.start), default=None)
    if last is None or group_of(last[1]) != group_of(qid):
        return False
    # under an answer's number, not below a request quoted whole: another question's number follows it, or its own
    # number stood twice above it (the request's, then the answer's)
    return any(a > x.start and group_of(q) != group_of(qid) for a, q in numbered) \
        or sum(a <= x.start and group_of(q) == group_of(qid) for a, q in numbered) >= 2


# what a "not held" is said of: "does not hold any information regarding survival rates"
_HELD_OF = re.compile(r"\b" + SAID_OF + r"\s+(?P<what>[^.;\n]{3,80})", re.IGNORECASE)


def _not_held_named(m: ReplyModel, s: int, e: int) -> str | None:
    """The one question a "not held" said of the whole reply names in its words, where the reply sends the rest
    ("The GLA does not hold any information regarding survival rates." beside "Please find attached details of tree
    planting programmes ...": question 4, "How many trees are still surviving", not held, the others answered in the
    attachment); None where it names none or several."""
    if m.facts or not (C.provides_information(m.live) or figures_attached(m.live) is not None):
        return None
    a, b = C.sentence_at(m.live_sentences, s)
    said = _HELD_OF.search(m.live, e, b)
    if said is None:
        return None
    return named_question(m.survey, said.group("what"), fewest=1)


def not_held_by_question(m: ReplyModel) -> None:
    """Each "not held" placed under the question it is said of, of the whole request, or beside a question's own
    figures (then the question is partly answered)."""
    live, survey, live_sentences, facts_by_q, anchors = m.live, m.survey, m.live_sentences, m.facts_by_q, m.anchors
    nh_by_q = m.nh_by_q
    for s, e in m.nh_spans:
        qid = m.question_for(s)
        if qid and _SOME_OF_IT.search(live, s, e):
            qid = None      # "I can confirm that we hold some of the information you require": of the whole request
        if qid is None and _SOME_OF_IT.search(live, s, e) and answered_by_number(live, survey):
            continue        # ... and says which part under each question's number: the answers there decide
        if qid is None and (n := group_number_at(m.raw_anchors, s)) is not None:
            m.under_numbers = True
            said_at = C.sentence_at(live_sentences, s)
            said_at = (min(said_at[0], live.rfind("\n", 0, s) + 1), said_at[1])     # with its number: "2. ..."
            for part in (x.id for x in survey.questions if parent_of(x.id) == n and not facts_by_q.get(x.id)):
                nh_by_q.setdefault(part, said_at)
            continue        # under a question's bare number ("3.We do not have figures ..."): of its parts
        elif qid is None and (money_q := money_question(survey, live, (s, e))) is not None:
            qid = money_q   # "The cost is include within the core service cleansing contract": the money question's
        elif qid is None and (named := _not_held_named(m, s, e)) is not None:
            qid = named     # "The GLA does not hold any information regarding survival rates." beside a table attached
        if qid and facts_by_q.get(qid) and (named := sister_parts_named(
                survey, qid, live[slice(*C.sentence_at(live_sentences, s))], facts_by_q)):
            for part in named:
                nh_by_q.setdefault(part, C.sentence_at(live_sentences, s))
            continue
        if qid and facts_by_q.get(qid):
            if _anchor_near(anchors, qid, s, live) or (
                    _note_below_figures(live, m.facts, anchors, qid, s)
                    # (a lettered part with no figures of its own is what such a note speaks of: "1. 2020 373
                    # incidents ... the type of materials fly tipped is not recorded" is part 1a's)
                    and not any(parent_of(x.id) == qid and not facts_by_q.get(x.id) for x in survey.questions)):
                # "2024/25: £840,002.74 / 2014/15: Figures not held."; "... 2021-22 2,552,719" then "The figure
                # for 2022/23 is not yet finalised." below them, before the next question
                m.nh_beside_figures.add(qid)
            m.withheld_under.setdefault(qid, []).append((s, "not_held"))
            qid = None
        nh_by_q.setdefault(qid, C.sentence_at(live_sentences, s))


def refused_in_words_by_question(m: ReplyModel) -> None:
    """A refusal in words under a question's own heading or subject line ("... the ten roads ...? In accordance
    with the FOI Act, we are not obliged to supply the information requested")."""
    for s, _ in m.refusal_words:
        if (qid := m.question_for(s)) and any(p.outcome == "rejected" and p.start <= s < p.end
                                              and qid not in p.questions for p in m.named_passages):
            continue    # "... in questions 1-5 is exempt ... regret to inform you that the Council will be not be
            # releasing it", below the answer numbered 7: questions 1-5's refusal
        if qid:
            m.refused_words_q.setdefault(qid, s)
            if m.facts_by_q.get(qid):
                m.withheld_under.setdefault(qid, []).append((s, "rejected"))


def reply_as_a_whole(m: ReplyModel) -> None:
    """The reply's exemptions, "neither confirm nor deny", public interest test and outcome before it is read
    question by question."""
    live = m.live
    m.exemptions = C.tidy_codes(m.codes_all) if m.substantive else []
    m.ncnd = m.substantive and (bool(m.ncnd_spans) or any(C.within(c, m.ncnd_codes) for c in m.exemptions))
    m.pit = m.substantive and bool(m.pit_spans)
    # "The information you have sought is attached" and an exemption: part given, part withheld
    m.attached = C.provides_information(live) or figures_attached(live) is not None
    m.listed = _listed_figures(live, m.loose)
    answered = bool(m.facts) or bool(m.loose) or m.attached
    m.outcome = C.overall_outcome(m.kind, answered, (bool(m.refusing_codes) or m.refused_in_words) and m.substantive,
                                  m.ncnd, m.not_held)


def skipped_questions(m: ReplyModel) -> list[str]:
    """The questions the reply passes over: left unanswered under their numbers, deferred, or unsaid parts."""
    live, survey, said, facts_by_q = m.live, m.survey, {r.question for r in m.questions}, m.facts_by_q
    skipped = [q.id for q in survey.questions if q.id not in said and q.id not in m.gone
               and left_unanswered(live, m.marks, q, survey)]
    skipped += _part_passed_over(live, survey, said, facts_by_q)
    skipped += [qid for qid in deferred(live, survey, said) if qid not in skipped]    # "I could find out ... but"
    skipped += [p for p in m.parts_unsaid if p not in said]
    skipped += [qid for qid in bullets_passed_over(survey, said, facts_by_q) if qid not in skipped]
    skipped += [qid for qid in parts_named_only_when_asked(survey, live, m.questions, facts_by_q)
                if qid not in skipped and qid not in m.gone]    # "Total cost ... was £10,300", electricity unsaid
    skipped += [qid for qid in bullet_named_only_when_asked(survey, live, m.questions, facts_by_q)
                if qid not in skipped]     # the same, of a question a draft kept whole
    return skipped


def reply_outcome(m: ReplyModel) -> str | None:
    """The reply's outcome: what it says overall, made to agree with what it says question by question and with
    the page's own status line."""
    live, questions = m.live, m.questions
    outcome = _outcome_of_questions(m.outcome, questions)
    if outcome == "not_held" and _SOME_OF_IT.search(live) \
            and {"successful", "not_held"} <= {q.outcome for q in questions}:
        # "I confirm that we hold some of the information" over "2.Yes, we do ..." and "3.We do not have figures
        # for the 2023 to 2024 financial year": what it holds is answered beside what it does not
        outcome = "partially_successful"
    elif outcome == "not_held" and m.nh_spans and all(_SOME_OF_IT.search(live, s, e) for s, e in m.nh_spans):
        # "I can confirm that we hold some of the information you require." the one "not held" it says: part held
        # and given (the figures below it may be cut from a stored page), never none of it held
        outcome = "partially_successful"
    outcome = outcome_with_none_said(outcome, questions, m.survey, live) if m.substantive else outcome
    if outcome == "successful" and m.substantive and _SENDS_SOME.search(live):
        outcome = "partially_successful"    # "I enclose some of the information you requested": not all of it
    if outcome == "successful" and m.skipped:
        outcome = "partially_successful"    # a question answered beside one the reply skips (README's rule)
    if m.substantive and (stated := m.page_stated) \
            and not (stated == "successful" and outcome in ("rejected", "not_held") and questions and not m.facts
                     and {q.outcome for q in questions} <= {"rejected", "not_held"}):
        # the page says how the request ended ("The request was partially successful."); a figure or answer the
        # reply gives all the same makes "did not have the information" or "refused" partly successful
        # (but a log that labels every reply "Information provided" does not make a reply that refuses or does not
        # hold every question it answers, and gives no figure, a partial success)
        given = outcome in ("successful", "partially_successful") and not m.only_status
        outcome = "partially_successful" if given and stated in ("not_held", "rejected") else stated
        if stated == "successful" and {q.outcome for q in questions} & {"not_held", "rejected"}:
            # the requester's "The request was successful." over a question the reply says it does not hold or
            # refuses: the outcome follows the questions (README's rule), as "did not have" beside a figure does
            outcome = "partially_successful"
    return outcome


def _codes_said_of(mentions: list, passages: list) -> dict[str, tuple[tuple[str, ...], tuple[int, int]]]:
    """Exemptions a passage that names its questions applies ("the information requested in questions 1-5 is
    exempt from disclosure under Section 31(1)(a)"), with those questions and the passage's span: the same
    exemption said again below the answers' list ("Section 31(1)(a) – Law enforcement ...") is theirs, not the
    last numbered answer's above it."""
    out: dict[str, tuple[tuple[str, ...], tuple[int, int]]] = {}
    for p in passages:
        if p.outcome != "rejected":
            continue
        for m in mentions:
            if p.start <= m.start < p.end:
                out.setdefault(m.code, (p.questions, (p.start, p.end)))
    return out


# (the number run into its answer's first word as often as spaced from it: "2.The agreement LCC have with them
# states that they should cut the verges at least three times per annum")
_UNDER_OWN_NUMBER = re.compile(r"(\d{1,2})[.)](?:\s|(?=[A-Z]))")


def _outcome_of_questions(outcome: str | None, questions: list) -> str | None:
    """The README's rule applied to what the reply says question by question: a question answered beside one
    not held or refused makes the reply partially successful, whatever the reply says overall."""
    said = {q.outcome for q in questions}
    if outcome == "successful" and said & {"not_held", "rejected", "partially_successful"}:
        return "partially_successful"
    if outcome == "rejected" and said & {"successful", "partially_successful"}:
        # "2. ... exempt under section 31" beside "5. Kent County Council have a scheme that covers our District":
        # something was given, so the request did not fail as a whole
        return "partially_successful"
    if outcome == "not_held" and "not_held" in said and sum(
            q.outcome == "successful" and _under_own_number(q) for q in questions) >= 2:
        # "2. ... is not available therefore this is exempt under Section 17 of the Freedom of Information (Scotland)
        # Act" beside "1. FOI requests are recorded on our corporate case management solution" and "4. No": the
        # letter gives no figure, but answers in words under their own numbers beside what it does not hold (two
        # of them: one may be the request restated, "3. And any other ... figures on fly-tipping from ...")
        return "partially_successful"
    if outcome is None and "successful" in said:
        # answered in words under each question's number ("1. Environment and Highways", "2. Yes"): no figure,
        # but an answer
        return "partially_successful" if said & {"not_held", "rejected", "partially_successful"} else "successful"
    if outcome is None and said == {"not_held"}:
        # every question not held, read question by question ("There is not an internal policy in place ..." to a
        # request for a copy of it): not held (README's rule)
        return "not_held"
    return outcome


def _speaks_of_effort(quote: str, survey: Survey) -> bool:
    """Whether a figure's words speak of the work a refusal says the request would take ("we would need to look
    through around 2,300 invoices"); a word of such work inside the name of a thing the survey asks about is that
    thing ("The Council currently has 352 Tree Preservation Orders": the orders counted, not orders to search)."""
    named = [(a, b) for a, b, _ in survey.find_subjects(quote)]
    return any(not any(a <= w.start() and w.end() <= b for a, b in named) for w in _EFFORT.finditer(quote))


_EFFORT = re.compile(r"\b(?:would|could|will\s+need|need\s+to|have\s+to|invoices?|records|orders|transactions|"
                     r"payments|files|hours|estimate[sd]?)\b", re.IGNORECASE)


# a line that gives a figure as a list item or a table cell: "• Tyres - 73", "Asbestos | 17", "2021/22 - 412"
_LISTED_LINE = re.compile(r"^[ \t]*(?:[\u2022\u00b7\u25aa\u25cf*-][ \t]+)?[\w(][^\n.]{0,60}?(?:[ \t][-\u2013:][ \t]*|[ \t]*\|[ \t]*)"
                          + r"£?" + LOOSE_DIGITS + r"[ \t]*\|?[ \t]*$"
                          # a table's row, its label then its figures in tab-separated cells ("1. How many requests
                          # have you received?\t1360\t1218\t1389")
                          + r"|^[ \t]*[\w(][^\t\n]{0,200}?(?:\t[ \t]*£?" + LOOSE_DIGITS + r"){1,12}[ \t]*$")


def _listed_figures(text: str, positions: list[int]) -> bool:
    """Whether the figures at ``positions`` stand on three or more lines of a list or table."""
    lines = set()
    for p in positions:
        a, b = line_bounds(text, p)
        line = text[a:b]
        if _LISTED_LINE.match(line):
            lines.add(a)
            if len(lines) >= 3:
                return True
    return False


def _paragraph(breaks: list[tuple[int, int]], length: int, pos: int) -> tuple[int, int]:
    """The blank-line separated block holding ``pos``, given the (start, end) of every blank-line break."""
    i = bisect.bisect_right(breaks, (pos, length + 1))
    a = breaks[i - 1][1] if i else 0
    b = breaks[i][0] if i < len(breaks) else length
    return a, b


def _requote(f: Fact, original: str) -> Fact:
    quote = original[f.start:f.end]
    if quote == f.quote:
        return f
    d = asdict(f)
    d["quote"] = quote
    return Fact(**d)
