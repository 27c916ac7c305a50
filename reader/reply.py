"""parse_reply: one reply's text -> kind, outcome, exemptions, facts and per-question results.

A pure function of the text and the survey. Offsets in the result point into the text given.
"""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import asdict, dataclass, field

from . import classify as C
from . import question_status as QS
from .answer_status import _given_beside_not_held
from .attached import answered_in_attachment, figures_attached, money_question
from .cells import rejoin_cells
from .cost_limit_rest import refuse_rest_at_cost_limit
from .facts import Fact, read_facts
from .listed_answers import _bullet_answers, _table_rows_answer
from .masking import _mask, ignored_spans
from .money_part_not_held import money_part_not_held
from .rate_parts_not_held import rate_parts_not_held
from .numbered_answers import (_ANSWER_LABEL, _HEADING_ONLY, _answer_beside_refusal, _answered_under_number,
                               _numbered_span, _part_passed_over, _says_not_held, _under_other_number,
                               left_unanswered, numbered_answer, numbered_marks)
from .part_answers import _apply_passages, _complete_parts, _share_group_answer, apply_ranged_passages
from .named_part import answer_to_named_part, group_number_at, sister_parts_named, yes_leaves_follow_up
from .point_parts import bullets_passed_over, name_point_parts
from .dashed_answers import answered_by_number, number_dashed_answers
from .question_anchors import (_anchor_near, _drop_nested_numbers, _note_below_figures, _own_numbers, _question_at,
                               _resolve_anchors)
from .question_words import _all_asking
from .none_priced import none_priced
from .renumbered import renumber_named, renumber_ones
from .questions import find_passages, parent_of, question_groups
from .deferred import deferred
from .withdrawn import withdrawn
from .redacted import removed_from_given
from .referred import referred_status
from .restated import _answer_below_restated, restated_lines
from .scan import normalise
from .survey import Survey

MAX_CHARS = 2_000_000   # longer text is read up to here; a reply this long is a data dump, not a letter
# refusals that turn the whole request down (cost limit, vexatious, published elsewhere)
WHOLE_REQUEST = {"s12", "s14", "s14(1)", "s14(2)", "s21", "s25", "reg12(4)(b)", "reg10(4)(b)"}   # s25: FOISA, otherwise accessible; reg10(4)(b): EISR


@dataclass(frozen=True)
class Refusal:
    question: str | None
    exemption: str
    quote: str
    start: int
    end: int


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


def _withholds_whole_ask(text: str, m, anchors: list[tuple[int, str | None]], qid: str) -> bool:
    """An exemption cited for "the information requested" as a whole (nothing given anywhere), not under the
    number of the question it follows."""
    return _WHOLE_ASK.search(text, *m.sentence) is not None and not _anchor_near(anchors, qid, m.start, text)


def parse_reply(text: str, survey: Survey, *, replied_on: datetime.date | None = None) -> Reply:
    """Read one reply. Never raises on odd text; offsets point into ``text``. ``replied_on``, the day the reply
    was sent: periods written "to date" end on it, counts held "currently" are held on it (without it they keep
    the periods as written)."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    original = text
    text = renumber_named(renumber_ones(rejoin_cells(normalise(text[:MAX_CHARS])),
                                        len(question_groups(survey))))
    ignored = ignored_spans(text)
    live = _mask(text, ignored)
    live = number_dashed_answers(live, survey, text)
    live = name_point_parts(live, survey)

    facts, raw_anchors, loose_figures = read_facts(live, survey, replied_on=replied_on)
    raw_anchors = _drop_nested_numbers(_own_numbers(raw_anchors, live, survey), live)
    live_sentences = C.sentences(live)
    facts = [_requote(f, original) for f in facts]
    anchors = _resolve_anchors(raw_anchors, survey)
    mentions, procedural = C.find_exemptions(live)
    # the requester's own terms, left on a log's page: "However, if section C would ... exceed the cost limit for
    # FOI then please only complete Sections A and B" sets a condition for the council, it refuses nothing
    mentions = [m for m in mentions if not _REQUESTERS_TERMS.search(live, m.sentence[0], m.sentence[1])]
    ncnd_spans = C.find_ncnd(live)
    pit_spans = C.find_pit(live)
    nh_spans = C.find_not_held(live)
    if (field := C.outcome_field(live)):
        nh_spans = [(s, e) for s, e in nh_spans if not field[0] <= s < field[1]]
    codes_all = {m.code for m in mentions}
    passive = C.passive_codes(live, codes_all)
    ncnd_codes = C.ncnd_provisions(live)
    refusing_codes = codes_all - passive
    not_held = bool(nh_spans) or bool(codes_all & C.NOT_HELD_CODES)
    # a figure in the paragraph that refuses ("would exceed £600", "spending over £500 is published") is
    # part of the refusal, not an answer
    refusal_sentences = sorted({m.sentence for m in mentions}
                               | {C.sentence_at(live_sentences, s) for s, _ in ncnd_spans})
    starts = [a for a, _ in refusal_sentences]

    def in_refusal(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and refusal_sentences[i][0] <= pos < refusal_sentences[i][1]

    # a figure that explains a cost-limit, vexatious or published-elsewhere refusal ("we would need to look
    # through around 2,300 invoices for laptops") is in the refusal's paragraph and speaks of the work the
    # request would take, not of what was bought
    whole = [m.start for m in mentions if m.code in WHOLE_REQUEST]
    # and so is one in words that turns down "the information requested" ("We are unable to supply the information
    # requested. To provide it would entail searching all 20 departments' budget codes ...")
    refusal_words = C.find_refusal_words(live)     # (asked three times below: read once)
    whole += [s for s, _ in refusal_words
              if _WHOLE_ASK.search(live[slice(*C.sentence_at(live_sentences, s))])]
    if whole:
        breaks = [(b.start(), b.end()) for b in re.finditer(r"\n[ \t]*\n", live)]
        paragraphs = sorted({_paragraph(breaks, len(live), pos) for pos in whole})
        para_starts = [a for a, _ in paragraphs]

        def in_refusal_paragraph(pos: int) -> bool:
            i = bisect.bisect_right(para_starts, pos) - 1
            return i >= 0 and paragraphs[i][0] <= pos < paragraphs[i][1]

        facts = [f for f in facts if not (in_refusal_paragraph(f.start) and _EFFORT.search(live[f.start:f.end]))]
        loose_figures = [p for p in loose_figures if not in_refusal_paragraph(p)]
    loose = [p for p in loose_figures if not in_refusal(p)]
    if refusing_codes and refusing_codes <= WHOLE_REQUEST and not facts and not _listed_figures(live, loose):
        # a cost-limit or vexatious refusal turns the whole request down; its figures explain why (but not a list
        # of figures given beside it: "• Asbestos - 17" / "• Builders rubble - 133" ...)
        loose = []
    refused_in_words = bool(refusal_words)
    kind = C.reply_kind(live, bool(facts), bool(refusing_codes) or bool(ncnd_spans) or refused_in_words, not_held,
                        bool(loose))
    only_status = False      # the page's status line is all it says of the answer
    page_stated = C.page_status(live)      # the page's own status line (asked three times: read once)
    if kind in ("other", "acknowledgement", "holding") and page_stated:
        only_status = kind != "other"
        # (an acknowledgement or a delay notice on a page whose status line says how the request ended is the
        # start of a thread that ends in a response: "The request was refused by ...")
        kind = "response"       # the page states how the request ended ("Outcome / Documents - Response (some not held)")
    if kind == "other":
        # no figure and no "please find our response", but answers under the questions' own numbers ("1. What
        # was the spend ...? / The data answering this question is in the spreadsheet attached"): a response
        marks_found = numbered_marks(raw_anchors, live, survey)
        if any(numbered_answer(live, marks_found, q) for q in survey.questions):
            kind = "response"
    substantive = kind in ("response", "internal_review")

    facts_by_q: dict[str | None, list[Fact]] = {}
    for f in facts:
        facts_by_q.setdefault(f.question, []).append(f)

    def question_for(pos: int) -> str | None:
        qid = _question_at(anchors, pos)
        return qid

    refusals: list[Refusal] = []
    ex_by_q: dict[str | None, set[str]] = {}
    groups_headed = {why.split(":", 1)[1] for _, _, why in raw_anchors if why.startswith("number:")}
    named_passages = find_passages(live, survey) if mentions or refusal_words else []
    said_of = _codes_said_of(mentions, named_passages)
    for m in mentions:
        qid = question_for(m.start)
        if qid and m.code in said_of and qid not in said_of[m.code][0] \
                and not said_of[m.code][1][0] <= m.start < said_of[m.code][1][1]:
            qid = None      # (see _codes_said_of)
        # a cost-limit, vexatious or published-elsewhere refusal turns the whole request down (no question:
        # it applies to every one) unless the reply answers other questions and this one sits under its own
        # unanswered question ("2c) ... would exceed the appropriate limit")
        if m.code in WHOLE_REQUEST and (not facts or not qid or facts_by_q.get(qid)):
            qid = None
        elif qid and not facts and _withholds_whole_ask(live, m, anchors, qid):
            qid = None      # "we are not obliged to supply the information requested ... section 38(1)(b)": all of it
        key: str | None = qid
        if qid and facts_by_q.get(qid) and not _anchor_near(anchors, qid, m.start, live) \
                and not QS.beside_own_figure(facts_by_q[qid], m.start, live):
            qid = None
            # under a numbered section ("1. Devices purchased" ... "Unit costs are withheld under s43(2)"),
            # the refusal is about that section's questions
            group = re.match(r"\d+", key).group(0) if re.match(r"\d+", key or "") else None
            key = f"group:{group}" if group in groups_headed else None
        ex_by_q.setdefault(key, set()).add(m.code)
        s, e = m.sentence
        refusals.append(Refusal(qid, m.code, original[s:e], s, e))
    ncnd_by_q: dict[str | None, bool] = {}
    for s, _ in ncnd_spans:
        qid = question_for(s)
        if qid and facts_by_q.get(qid):
            qid = None
        ncnd_by_q[qid] = True
    nh_by_q: dict[str | None, tuple[int, int]] = {}
    under_numbers = False       # a "not held" said under a question's bare number only, not of the whole request
    nh_beside_figures: set[str] = set()     # questions answered with figures and, in the same answer, "not held"
    # "not held" or a refusal in words beside a question's figures: (where, status) by question
    withheld_under: dict[str, list[tuple[int, str]]] = {}
    for s, e in nh_spans:
        qid = question_for(s)
        if qid and _SOME_OF_IT.search(live, s, e):
            qid = None      # "I can confirm that we hold some of the information you require": of the whole request
        if qid is None and _SOME_OF_IT.search(live, s, e) and answered_by_number(live, survey):
            continue        # ... and says which part under each question's number: the answers there decide
        if qid is None and (n := group_number_at(raw_anchors, s)) is not None:
            under_numbers = True
            said_at = C.sentence_at(live_sentences, s)
            said_at = (min(said_at[0], live.rfind("\n", 0, s) + 1), said_at[1])     # with its number: "2. ..."
            for part in (x.id for x in survey.questions if parent_of(x.id) == n and not facts_by_q.get(x.id)):
                nh_by_q.setdefault(part, said_at)
            continue        # under a question's bare number ("3.We do not have figures ..."): of its parts
        elif qid is None and (money_q := money_question(survey, live, (s, e))) is not None:
            qid = money_q   # "The cost is include within the core service cleansing contract": the money question's
        if qid and facts_by_q.get(qid) and (named := sister_parts_named(
                survey, qid, live[slice(*C.sentence_at(live_sentences, s))], facts_by_q)):
            for part in named:
                nh_by_q.setdefault(part, C.sentence_at(live_sentences, s))
            continue
        if qid and facts_by_q.get(qid):
            if _anchor_near(anchors, qid, s, live) or (
                    _note_below_figures(live, facts, anchors, qid, s)
                    # (a lettered part with no figures of its own is what such a note speaks of: "1. 2020 373
                    # incidents ... the type of materials fly tipped is not recorded" is part 1a's)
                    and not any(parent_of(x.id) == qid and not facts_by_q.get(x.id) for x in survey.questions)):
                # "2024/25: £840,002.74 / 2014/15: Figures not held."; "... 2021-22 2,552,719" then "The figure
                # for 2022/23 is not yet finalised." below them, before the next question
                nh_beside_figures.add(qid)
            withheld_under.setdefault(qid, []).append((s, "not_held"))
            qid = None
        nh_by_q.setdefault(qid, C.sentence_at(live_sentences, s))

    # a refusal in words under a question's own heading or subject line ("... the ten roads ...? In accordance
    # with the FOI Act, we are not obliged to supply the information requested")
    refused_words_q: dict[str, int] = {}
    for s, _ in refusal_words:
        if (qid := question_for(s)) and any(p.outcome == "rejected" and p.start <= s < p.end and qid not in p.questions
                                            for p in named_passages):
            continue    # "... in questions 1-5 is exempt ... regret to inform you that the Council will be not be
            # releasing it", below the answer numbered 7: questions 1-5's refusal
        if qid:
            refused_words_q.setdefault(qid, s)
            if facts_by_q.get(qid):
                withheld_under.setdefault(qid, []).append((s, "rejected"))
    exemptions = C.tidy_codes(codes_all) if substantive else []
    ncnd = substantive and (bool(ncnd_spans) or any(C.within(c, ncnd_codes) for c in exemptions))
    pit = substantive and bool(pit_spans)
    # "The information you have sought is attached" and an exemption: part given, part withheld
    attached = C.provides_information(live) or figures_attached(live) is not None
    listed = _listed_figures(live, loose)
    answered = bool(facts) or bool(loose) or attached
    outcome = C.overall_outcome(kind, answered, (bool(refusing_codes) or refused_in_words) and substantive, ncnd,
                                not_held)

    questions: list[C.QuestionResult] = []
    if substantive:
        marks = numbered_marks(raw_anchors, live, survey)
        global_codes = C.tidy_codes(ex_by_q.get(None, set()))
        passages = {}       # the last passage that names each question: a reply answers after restating
        for p in (named_passages if mentions or refusal_words else find_passages(live, survey)):
            for qid in p.questions:
                passages[qid] = p
        from_figures: set[str] = set()
        parts_withheld: dict[str, tuple[str, int]] = {}     # lettered parts a "not held" under their number is of
        # (an answer given, not "3. ... / We do not hold ..." under a number)
        restated: list = []
        below_of: dict[str, tuple[str, tuple[int, int]] | None] = {}

        def answer_below(q) -> tuple[str, tuple[int, int]] | None:
            # (asked of each question up to three times: the reply's lines are read once, each answer once)
            if q.id not in below_of:
                if not restated:
                    restated.append(restated_lines(live))
                found = _answer_below_restated(live, q, survey, restated[0])
                if found is not None and (_HEADING_ONLY.match(live[slice(*found[1])])
                                          or _ANSWER_LABEL.match(live[slice(*found[1])])
                                          or _all_asking(live[slice(*found[1])])):
                    # "Our response:" then "Question 6": nothing under this question; "...? If so, how many and
                    # please provide a link to the consultations.": the request's words run on, not an answer
                    found = None
                below_of[q.id] = found
            return below_of[q.id]

        anywhere: list[bool] = []

        def answered_anywhere() -> bool:
            # (asked only where nothing is given and "not held" is said: worked out then, once)
            if not anywhere:
                anywhere.append(bool(passages) or figures_attached(live) is not None or any(
                    (numbered_answer(live, marks, q) or ("",))[0] in ("successful", "partially_successful")
                    for q in survey.questions) or any(
                    (answer_below(q) or ("",))[0] == "successful" for q in survey.questions))
            return anywhere[0]
        for q in survey.questions:
            qf = facts_by_q.get(q.id, [])
            group = re.match(r"\d+", q.id).group(0)
            qcodes = C.tidy_codes(ex_by_q.get(q.id, set()) | (ex_by_q.get(f"group:{group}", set()) if qf else set()))
            qncnd = ncnd_by_q.get(q.id, False) or any(C.within(c, ncnd_codes) for c in qcodes)
            refusing_q = [c for c in qcodes if c not in passive]
            # ("6. ... / 46,876 cases were fully paid ... / DCC are unable to provide the number paid after this
            # stage": under the question's own number, a paragraph below its figures); where the question has
            # lettered parts without figures ("1a. per waste type"), it is theirs ("the type of materials fly
            # tipped is not recorded")
            withheld = [(p, st) for p, st in withheld_under.get(q.id, ()) if _numbered_span(live, marks, q, p)]
            bare_parts = [x.id for x in survey.questions if parent_of(x.id) == q.id and not facts_by_q.get(x.id)]
            if withheld and bare_parts:
                for part in bare_parts:
                    parts_withheld.setdefault(part, (withheld[0][1], withheld[0][0]))
                withheld = []
            if qf and (refusing_q or qncnd or q.id in nh_beside_figures
                       or any(_withheld_small(f) or _REDACTED_CELL.search(f.quote) for f in qf)
                       or withheld
                       or (q.id in passages and passages[q.id].outcome in ("rejected", "not_held",
                                                                           "partially_successful"))):
                # figures with a refusal, "not held" or a number given only as "fewer than 5" in the same answer,
                # or under a passage that refuses ("In response to question 1 ... would exceed the cost limit")
                res = "partially_successful"
            elif qf:
                res = "successful"
            elif refusing_q or qncnd:
                # "1. Please see attachment showing the number of empty properties per month" under its own number,
                # with the exemption said further down: part given, part withheld
                mine = [m.start for m in mentions if m.code in qcodes and question_for(m.start) == q.id]
                res = "partially_successful" if (_answered_under_number(live, marks, q) and
                                                 _under_other_number(marks, q.id, mine)) \
                    or _answer_beside_refusal(live, marks, q, mine) \
                    or removed_from_given(live, marks, q, mine) else "rejected"
            elif not facts and set(global_codes) & WHOLE_REQUEST and not _says_not_held(live, marks, q) \
                    and not (q.id in passages and passages[q.id].outcome == "successful"
                             and not _in_refusal_passage(passages[q.id], mentions)):
                # a cost-limit or vexatious refusal answers every question, whatever else it mentions (but "2. Not
                # held." under a question's own number); beside "the information you have sought is attached" it
                # refuses part of each
                # (or beside a list of figures it gives)
                res, qcodes, qncnd = ("partially_successful" if attached or listed else "rejected"), global_codes, \
                    bool(ncnd_by_q.get(None))
            elif q.id in refused_words_q and q.id not in nh_by_q:
                span = _numbered_span(live, marks, q, refused_words_q[q.id])
                # "46,876 cases were fully paid before debt recovery" above "DCC are unable to provide the number
                # paid after this stage": part given, part refused
                # (or the passage that names the question gives its figures another way: "not able to split the
                # costs by month ... we are giving the costs per financial year, as follows:")
                res = "partially_successful" if (span and _given_beside_not_held(live, span)) or (
                    q.id in passages and passages[q.id].outcome == "partially_successful") else "rejected"
            elif q.id in nh_by_q or set(qcodes) & C.NOT_HELD_CODES:
                span = _numbered_span(live, marks, q, nh_by_q[q.id][0]) if q.id in nh_by_q else None
                res = "partially_successful" if span and _given_beside_not_held(live, span) else "not_held"
            # below, a question a passage names ("In response to 1, 2 and 3, this is published ...") takes what
            # the passage says, not a refusal or "not held" said elsewhere in the letter
            elif not facts and (global_codes or ncnd_by_q.get(None)) and set(global_codes) - passive \
                    and q.id not in passages and not _answered_under_number(live, marks, q):
                res, qcodes, qncnd = "rejected", global_codes, bool(ncnd_by_q.get(None)) or any(
                    C.within(c, ncnd_codes) for c in global_codes)
            elif not facts and not refusing_codes and q.id not in passages and (None in nh_by_q or (
                    nh_by_q and not loose and not answered_anywhere() and not refused_in_words)):
                # nothing given anywhere and "not held" said (under one question or for all): none of it is held
                res = "not_held"
            elif not facts and refused_in_words and not refusing_codes and None not in nh_by_q \
                    and q.id not in passages \
                    and numbered_answer(live, marks, q) is None \
                    and (answer_below(q) or ("",))[0] != "successful":
                # "we are unable to provide this information": a refusal in words, nothing given, nothing said
                # under the question's own number
                res = "rejected"
            elif (worded := _answered_in_words(live, raw_anchors, q.id, survey)) is not None:
                # "Cyber security software - the Council uses the tools included in its licensing"
                s, e = worded
                questions.append(C.QuestionResult(q.id, "successful", [], False, original[s:e], s, e))
                continue
            elif (below := answer_below(q)) is not None:
                # "How many years has the current longest housed tenant spent in temporary accommodation?" restated
                # on its own line, "4.5 years" on the next
                res, (s, e) = below
                res = referred_status(live[s:e], questions) or res     # "See response to Q.4 above."
                questions.append(C.QuestionResult(q.id, res, [], False, original[s:e], s, e))
                continue
            elif (numbered := numbered_answer(live, marks, q)) is not None:
                # "Q1. No external contractor is employed to do this.": an answer under the question's number
                res, (s, e) = numbered
                if _AS_ABOVE.match(live[s:e]) and questions:
                    res = questions[-1].outcome     # "2. As above": what the answer before it says
                res = referred_status(live[s:e], questions) or res     # "A.5   See response to Q.4 above."
                questions.append(C.QuestionResult(q.id, res, [], False, original[s:e], s, e))
                continue
            elif _ASKS_REASON.search(q.text) and (given := _REASONS_GIVEN.search(live)) is not None:
                # "... please provide the reason why the CPN was issued in each instance" answered "have issued 2
                # in the timeframe, both were for land being defaced by litter": the reasons said in a clause
                s, e = C.sentence_at(live_sentences, given.start())
                questions.append(C.QuestionResult(q.id, "successful", [], False, original[s:e], s, e))
                continue
            else:
                continue
            if qf:
                from_figures.add(q.id)
            s, e = _evidence(q.id, qf, refusals, nh_by_q, res)
            if s == e and q.id in refused_words_q:
                s, e = C.sentence_at(live_sentences, refused_words_q[q.id])    # a refusal in words only
            elif s == e and q.id in nh_by_q:
                s, e = nh_by_q[q.id]        # "not held" beside a figure the survey does not ask for
            questions.append(C.QuestionResult(q.id, res, list(qcodes) if res in ("rejected", "partially_successful")
                                              else [], bool(qncnd) and res != "successful",
                                              original[s:e], s, e))
        said_ids = {r.question for r in questions}
        for part, (res, pos) in parts_withheld.items():
            if part not in said_ids:
                s, e = C.sentence_at(live_sentences, pos)
                questions.append(C.QuestionResult(part, res, [], False, original[s:e], s, e))
        questions = _bullet_answers(questions, survey, text, live, original, from_figures)
        questions = _apply_passages(questions, survey, passages, original, from_figures)
        questions = apply_ranged_passages(questions, passages, original, from_figures)
        questions = _share_group_answer(questions, survey, live, marks, from_figures)
        questions = _complete_parts(questions, survey, from_figures)
        questions, parts_unsaid = answer_to_named_part(questions, survey, original, from_figures)
        questions = _table_rows_answer(questions, survey, live, original)
        questions = QS.fill_open(
            questions, survey, live, original,
            restated=restated[0] if restated else restated_lines(live), from_figures=from_figures,
            nothing_given=not facts and not loose and not attached,
            whole_not_held=C.sentence_at(live_sentences, nh_spans[0][0]) if outcome == "not_held" and nh_spans
            and not (nh_by_q and None not in nh_by_q and under_numbers) else None,
            marks=marks, facts=facts)
        questions = answered_in_attachment(questions, survey, live, original)
        questions = refuse_rest_at_cost_limit(questions, survey, refusals)
        questions = money_part_not_held(questions, survey, live, original, nh_spans, facts)
        questions = none_priced(questions, survey, live, original, facts)
        questions, follow_ups = yes_leaves_follow_up(questions, survey)
        parts_unsaid += follow_ups
        questions = rate_parts_not_held(questions, survey, live, original, nh_spans, facts)
        gone = withdrawn(live, survey)
        questions = [r for r in questions if r.question not in gone] if gone else questions
        stated = page_stated
        if stated in ("successful", "not_held") and not questions and (where := C.page_status_span(live)):
            # nothing said question by question, and the page states the whole request was answered ("Response
            # (all information to be supplied)") or none of it held: so was each of its questions
            s, e = where
            questions = [C.QuestionResult(q.id, stated, [], False, original[s:e], s, e) for q in survey.questions]
        elif stated in ("rejected", "not_held") and not facts and not loose and not attached \
                and (where := C.page_status_span(live)) is not None \
                and (followed := QS.follow_log_status(questions, survey, stated, where, from_figures, original)):
            questions, outcome = followed, stated   # the request above a log's "Refused": each question refused
        said = {r.question for r in questions}
        skipped = [q.id for q in survey.questions if q.id not in said and q.id not in gone
                   and left_unanswered(live, marks, q, survey)]
        skipped += _part_passed_over(live, survey, said, facts_by_q)
        skipped += [qid for qid in deferred(live, survey, said) if qid not in skipped]    # "I could find out ... but"
        skipped += [p for p in parts_unsaid if p not in said]
        skipped += [qid for qid in bullets_passed_over(survey, said, facts_by_q) if qid not in skipped]
    else:
        skipped = []
    outcome = _outcome_of_questions(outcome, questions)
    if outcome == "not_held" and _SOME_OF_IT.search(live) \
            and {"successful", "not_held"} <= {q.outcome for q in questions}:
        # "I confirm that we hold some of the information" over "2.Yes, we do ..." and "3.We do not have figures
        # for the 2023 to 2024 financial year": what it holds is answered beside what it does not
        outcome = "partially_successful"
    outcome = QS.outcome_with_none_said(outcome, questions, survey, live) if substantive else outcome
    if outcome == "successful" and skipped:
        outcome = "partially_successful"    # a question answered beside one the reply skips (README's rule)
    if substantive and (stated := page_stated):
        # the page says how the request ended ("The request was partially successful."); a figure or answer the
        # reply gives all the same makes "did not have the information" or "refused" partly successful
        given = outcome in ("successful", "partially_successful") and not only_status
        outcome = "partially_successful" if given and stated in ("not_held", "rejected") else stated
        if stated == "successful" and {q.outcome for q in questions} & {"not_held", "rejected"}:
            # the requester's "The request was successful." over a question the reply says it does not hold or
            # refuses: the outcome follows the questions (README's rule), as "did not have" beside a figure does
            outcome = "partially_successful"
    return Reply(kind=kind, outcome=outcome, exemptions=exemptions, ncnd=bool(ncnd), public_interest_test=bool(pit),
                 facts=facts,
                 questions=questions, refusals=refusals if substantive else [], procedural_sections=procedural,
                 not_held=not_held and substantive, ignored=ignored)


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


def _in_refusal_passage(p, mentions: list) -> bool:
    """Whether an exemption is named inside the passage: "Q1 - ..." that itself says "would exceed the cost limit"."""
    return any(p.start <= m.start < p.end for m in mentions)


# an answer that is the one before it: "2. As above", "3. See answer to question 2"
_AS_ABOVE = re.compile(r"^\s*(?:(?:question|q)\s*)?\d{1,2}[a-z]?\s*[.):-]?\s*(?:(?:please\s+)?see\s+|same\s+)?"
                       r"(?:as\s+)?above\b[^\n]{0,20}$|^\s*(?:(?:question|q)\s*)?\d{1,2}[a-z]?\s*[.):-]?\s*(?:please\s+)?see\s+"
                       r"(?:my\s+|our\s+|the\s+)?(?:answer|response)\s+to\s+(?:question\s+|q\s*)?\d{1,2}[a-z]?\s*\.?\s*$",
                       re.IGNORECASE)
_FEWER_THAN = re.compile(r"(?:\b(?:fewer|less)\s+than|<)\s*(\d{1,2})\b", re.IGNORECASE)


def _withheld_small(f: Fact) -> bool:
    """A figure given only as a bound ("Fewer than 5", "<5"): the exact number is withheld."""
    return any(float(m.group(1)) == f.value for m in _FEWER_THAN.finditer(f.quote))


# a cell whose number is withheld, beside given ones on a table's row ("Couple (with children) 10 7 <5* <5* 28"):
# a bound standing alone in its cell, not a band's label ("fewer than 5 days: 120")
_REDACTED_CELL = re.compile(r"(?:<\s*\d{1,2}|\b(?:fewer|less)\s+than\s+\d{1,2})\*?"
                            r"(?=[ \t]*(?:[|\t]|$)|[ \t]+(?:<|\d|-[ \t]|\*))", re.IGNORECASE | re.MULTILINE)


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
    if outcome is None and "successful" in said:
        # answered in words under each question's number ("1. Environment and Highways", "2. Yes"): no figure,
        # but an answer
        return "partially_successful" if said & {"not_held", "rejected", "partially_successful"} else "successful"
    return outcome


_ANSWER_WORDS = re.compile(r"\b(?:no|not|none|nil|n/a|uses?|used|using|includes?|included|is|are|was|were|has|have|"
                           r"had|provided|supplied|purchased\s+(?:via|through|as|under))\b", re.IGNORECASE)


def _answered_in_words(text: str, anchors: list, qid: str, survey: Survey) -> tuple[int, int] | None:
    """The line that answers a question without a figure: it names the question's subject and says
    something about it in a sentence (not the question restated, which has no verb and no answer)."""
    for pos, aqid, why in anchors:
        if aqid != qid or why != "subject":
            continue
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        body = line
        for a, b, _ in sorted(survey.find_subjects(line), reverse=True):
            body = body[:a] + " " + body[b:]
        if "?" in line or len(body.split()) < 4 or not _ANSWER_WORDS.search(body):
            continue
        lead = len(line) - len(line.lstrip())
        return pos + lead, pos + len(line.rstrip())
    return None


# a question that asks why (the reasons, the subjects, the offences for which ...), and a clause that says it:
# "both were for land being defaced by litter", "3 were for aggressive begging"
_ASKS_REASON = re.compile(r"\breasons?\b|\bsubjects?\s+(?:matter\s+)?of\b|\boffences?\s+for\s+which\b", re.IGNORECASE)
_REASONS_GIVEN = re.compile(r"\b(?:both|all|each|\d+)\s+(?:of\s+(?:them|these)\s+)?(?:were|was)\s+"
                            r"(?:issued\s+|served\s+|given\s+)?for\s+(?!example\b|instance\b)[a-z]", re.IGNORECASE)


_EFFORT = re.compile(r"\b(?:would|could|will\s+need|need\s+to|have\s+to|invoices?|records|orders|transactions|"
                     r"payments|files|hours|estimate[sd]?)\b", re.IGNORECASE)


# a line that gives a figure as a list item or a table cell: "• Tyres - 73", "Asbestos | 17", "2021/22 - 412"
_LISTED_LINE = re.compile(r"^[ \t]*(?:[\u2022\u00b7\u25aa\u25cf*-][ \t]+)?[\w(][^\n.]{0,60}?(?:[ \t][-\u2013:][ \t]*|[ \t]*\|[ \t]*)"
                          r"£?\d[\d,.]*[ \t]*\|?[ \t]*$"
                          # a table's row, its label then its figures in tab-separated cells ("1. How many requests
                          # have you received?\t1360\t1218\t1389")
                          r"|^[ \t]*[\w(][^\t\n]{0,200}?(?:\t[ \t]*£?\d[\d,.]*){1,12}[ \t]*$")


def _listed_figures(text: str, positions: list[int]) -> bool:
    """Whether the figures at ``positions`` stand on three or more lines of a list or table."""
    lines = set()
    for p in positions:
        a = text.rfind("\n", 0, p) + 1
        b = text.find("\n", p)
        line = text[a:b if b >= 0 else len(text)]
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


def _evidence(qid: str, facts: list[Fact], refusals: list[Refusal], nh: dict, res: str) -> tuple[int, int]:
    if res in ("rejected", "partially_successful"):
        mine = [r for r in refusals if r.question == qid] or refusals
        # the sentence that names the most specific exemption ("Section 31(3)", not the "S31" heading)
        r = max(mine, key=lambda r: (len(r.exemption), -r.start), default=None)
        if r:
            return r.start, r.end
    if res == "not_held":
        span = nh.get(qid) or nh.get(None) or next(iter(nh.values()), None)     # the reply's "not held"
        if span:
            return span
    if facts:
        return facts[0].start, facts[0].end
    return 0, 0


def _requote(f: Fact, original: str) -> Fact:
    quote = original[f.start:f.end]
    if quote == f.quote:
        return f
    d = asdict(f)
    d["quote"] = quote
    return Fact(**d)
