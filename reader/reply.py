"""parse_reply: one reply's text -> kind, outcome, exemptions, facts and per-question results.

A pure function of the text and the survey. Offsets in the result point into the text given.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache

from . import classify as C
from . import question_status as QS
from .asking import asking_spans
from .attached import answered_in_attachment, figures_attached, money_question
from .cells import rejoin_cells
from .facts import Fact, read_facts
from .folding import folds_unseen
from .questions import combine, find_passages, parent_of
from .requester import requesters_letters
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
_INTRO = re.compile(
    r"(?:for\s+the\s+following(?:\s+information)?|you\s+(?:have\s+)?(?:asked|requested|wrote|said)(?:\s+for)?"
    r"(?:\s+the\s+following(?:\s+information)?)?|your\s+request\s+(?:was|is|reads|read|stated)(?:\s+as\s+follows)?|"
    r"(?:requested|request(?:ing)?)\s+(?:for\s+)?(?:the\s+following|information\s+(?:as\s+follows|below))|"
    r"in\s+which\s+you\s+(?:asked|requested)(?:\s+for)?|as\s+follows|your\s+(?:original\s+)?request|"
    # the requester's own lead-in ("please could you answer the following questions:")
    r"(?:answer|respond\s+to)\s+the\s+following(?:\s+questions?)?|"
    r"please\s+(?:could\s+you\s+|can\s+you\s+)?(?:provide|send|supply)\s+(?:me|us)(?:\s+with)?(?:\s+the\s+following)?|"
    r"^[ \t]*(?:request|the\s+request|information\s+requested|details\s+of\s+(?:your\s+)?request))\s*[:\-]?[ \t]*\n",
    re.IGNORECASE | re.MULTILINE)
_RESPONSE_START = re.compile(
    r"^[ \t]*(?:(?:our|the\s+council'?s|council'?s|the\s+authority'?s|council)\s+)?(?:response|responses|reply|answer|"
    r"answers|information\s+(?:provided|supplied|released))\b"
    r"|^[ \t]*(?:we\s+have\s+(?:now\s+)?(?:processed|considered|completed|dealt|handled|searched|located)|"
    r"this\s+request\s+has\s+been\s+(?:processed|considered|dealt)|please\s+(?:find|see)\s+(?:below|attached|enclosed|our|the)|"
    r"i\s+(?:can|am\s+able\s+to|am\s+pleased\s+to|am\s+writing\s+to|have\s+(?:now\s+)?(?:considered|processed))|"
    r"we\s+(?:can|are\s+able\s+to|are\s+pleased\s+to)|the\s+(?:council|authority)\s+(?:can|is\s+able|has|does|holds|purchased)|"
    r"in\s+(?:response|answer|reply)|a\s*\d*\s*[.:)][ \t]|answer\s*\d*\s*[.:)-]?|(?:the\s+)?information\s+(?:you\s+)?requested\s+is|"
    # a refusal or answer that starts straight after the restated request
    r"we\s+(?:estimate|consider|believe|have\s+decided|do\s+not\s+hold|hold|are\s+(?:unable|not\s+able|withholding|"
    r"refusing))|the\s+(?:council|authority)\s+(?:considers|believes|has\s+decided|does\s+not\s+hold|holds|will\s+neither|"
    r"is\s+(?:unable|not\s+able|withholding|refusing))|unfortunately|i\s+(?:am\s+sorry|regret)|this\s+information\s+is)"
    # a disclosure log's heading over the council's answers, after the "Request" it restates: "Decision"
    r"|^[ \t]*(?:our\s+|the\s+)?decision[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
_QUOTED_TAIL = re.compile(
    r"^[ \t]*-{2,}\s*(?:original\s+message|forwarded\s+message)\s*-{2,}"
    r"|^[ \t]*On\s.{5,120}\bwrote:\s*$"
    r"|^[ \t]*From:\s.+\n[ \t]*(?:Sent|Date):\s",
    re.IGNORECASE | re.MULTILINE)


_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.MULTILINE)
_HEADER_LINE = re.compile(r"^[ \t]*[A-Za-z][\w-]{0,30}:\s")


_REQUESTERS_TERMS = re.compile(r"\bif\b[^.?!]{0,200}?\b(?:exceed|exceeds|over|above|beyond)\b[^.?!]{0,80}?\b(?:then\s+)?"
                               r"please\s+(?:only|just|limit|restrict|focus|prioriti[sz]e|complete|answer|provide\s+only)\b",
                               re.IGNORECASE)


def ignored_spans(text: str) -> list[tuple[int, int]]:
    """Spans that are the requester's words: '>' quoted lines, quoted earlier messages at the end, and
    the request restated at the top of a reply ("for the following information:" ... up to the answer)."""
    spans: list[tuple[int, int]] = []
    for m in (_QUOTED_LINE.finditer(text) if ">" in text else ()):
        spans.append((m.start(), m.end()))
    # (every quoted tail holds "message", "wrote" or "from:"; most replies hold none)
    low = None if folds_unseen(text) else text.lower()
    tail = _QUOTED_TAIL.search(text) if low is None or "message" in low or "wrote" in low or "from:" in low else None
    # the e-mail's own header block at the top ("From: ... Date: ...") is not a quoted earlier message
    while tail and not any(line.strip() and not _HEADER_LINE.match(line) for line in text[:tail.start()].splitlines()):
        tail = _QUOTED_TAIL.search(text, tail.end())
    if tail:
        spans.append((tail.start(), len(text)))
    limit = tail.start() if tail else len(text)
    intro = _INTRO.search(text, 0, max(0, min(limit, int(len(text) * 0.6) + 200)))
    restated = 0
    if intro:
        begin = intro.end()
        answer = _RESPONSE_START.search(text, begin, limit)
        if answer and answer.start() > begin and not _looks_answered(text[begin:answer.start()]):
            spans.append((begin, answer.start()))
            restated = answer.start() - begin
    if restated < 40:
        # a disclosure-log page: the request in the requester's own words, then a "Response" heading (also when
        # a "Request" heading looked like an intro: "Request" / "Please find attached a Freedom of Information
        # request ..." is the requester's own letter, not the council's answer)
        heading = _RESPONSE_HEADING.search(text, 0, limit)
        # (figures there are the request's own: "£ spent in each year", the years it lists, its options)
        if heading and _REQUESTER.search(text, 0, heading.start()) and not _COUNCIL_VOICE.search(text, 0, heading.start()):
            # from the "Request:" label when there is one (the page's own title above it stays readable)
            begin = intro.end() if intro and intro.end() <= heading.start() else 0
            spans.append((begin, heading.start()))
    spans += requesters_letters(text, spans)
    return sorted(spans)


_RESPONSE_HEADING = re.compile(r"^[ \t]*(?:(?:our\s+|the\s+council'?s\s+)?(?:response|answer|reply)(?:\s+provided)?"
                               # a disclosure log's field over its outcome and the reply's documents
                               r"|outcome(?:\s*/\s*documents?)?)[ \t]*:?[ \t]*$",
                               re.IGNORECASE | re.MULTILINE)
_REQUESTER = re.compile(r"\bI\s+(?:would\s+like|am\s+writing\s+to\s+request|request|believe|wish\s+to|want)\b"
                        r"|\bplease\s+(?:provide|supply|send|confirm|tell)\b|\bcould\s+you\s+(?:please\s+)?(?:provide|tell)\b",
                        re.IGNORECASE)
_COUNCIL_VOICE = re.compile(r"\bthank\s+you\s+for\s+your\b|\byour\s+request\b|\bwe\s+(?:have|can|are|hold|do)\b",
                            re.IGNORECASE)


_STANDALONE_NUMBER = re.compile(r"(?<![\w/.,£-])(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?(?![\w/.)-]|\.\w)")


# a short answer straight after a question, on its line or the next: "...waiting list data?\n11", "...on these
# sites? Approx 690.", "...closed to further applications?\nNo" (not the request's own "Yes/No" options, nor the
# next question's number: "...?\n3. How much ...")
_ANSWER_AFTER_ASK = re.compile(r"\?[ \t]*(?:\n[ \t]*)?(?:approx(?:imately|\.)?[ \t]*|about[ \t]+|c\.[ \t]*)?"
                               r"(?:\d[\d,]*(?:\.\d+)?|yes|no|none|nil)(?![\w/,)-]|[ \t]*/|\.\d|\.[ \t]*[A-Za-z(])",
                               re.IGNORECASE)


def _looks_answered(span: str) -> bool:
    """A restated request holds the questions, not figures: prices or several numbers mean the
    council answered inline, so the span must be read; so do short answers under two of its questions or more
    (a council that writes its answers into the request it quotes)."""
    if len(_ANSWER_AFTER_ASK.findall(span)) >= 2:
        return True
    if span.lstrip()[:1] in "\"\u201c\u2018'":
        return False        # the request quoted word for word: its own £ figures are the requester's
    return "£" in span or len(_STANDALONE_NUMBER.findall(span)) >= 4


_NOT_NEWLINE = re.compile(r"[^\n]+")


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every character inside ``spans`` but its line breaks made a space (same length)."""
    if not spans:
        return text
    out = []
    done = 0        # (spans may overlap: each character is masked once)
    for s, e in sorted(spans):
        s = max(s, done)
        if e <= s:
            continue
        out.append(text[done:s])
        out.append(_NOT_NEWLINE.sub(lambda m: " " * len(m.group(0)), text[s:e]))
        done = e
    out.append(text[done:])
    return "".join(out)


_OWN_NUMBER = re.compile(r"[ \t]*(?:(?:question|q)\s*\.?\s*)?\(?(\d{1,2}\s?[a-h]?)\s*[.):]", re.IGNORECASE)


_DATE_LINE = re.compile(r"[ \t]*\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
                        r"(?:19|20)\d\d\b", re.IGNORECASE)


def _drop_nested_numbers(anchors: list[tuple[int, str | None, str]], text: str) -> list:
    """Number marks that are not the request's: a list nested under a question ("  1. The total number of
    complaints ...?" / "    1. One in September 2020"), indented deeper than the number above it, is that question's
    answer; a date ("05 July 2024") is no number."""
    out = []
    last: tuple[int, int] | None = None     # the last number's indent and where its line ends
    nested: tuple[int, int, int] | None = None  # the list under it: its indent, last item's number, line's end
    for pos, qid, why in anchors:
        if why.startswith(("marker", "number:")):
            a = text.rfind("\n", 0, pos) + 1
            b = text.find("\n", pos)
            line = text[a:b if b >= 0 else len(text)]
            if _DATE_LINE.match(line):
                continue
            indent = len(line) - len(line.lstrip(" \t"))
            if last is not None and indent > last[0] and re.match(r"[ \t]*\(?1[.)]", line) \
                    and text.count("\n", last[1], a) <= 2:
                nested = indent, 1, (b if b >= 0 else len(text))
                continue    # the first item of a list straight under the number above it
            if nested is not None and _next_nested_item(line, indent, nested) and text.count("\n", nested[2], a) <= 2:
                # the list's next item ("    1. 2019-20 - 53" / "    2. 2020-21 - 70" / "    3. 2021-22 - 84"): the
                # question's answer still, not question 3's
                nested = indent, nested[1] + 1, (b if b >= 0 else len(text))
                continue
            nested = None
            last = indent, (b if b >= 0 else len(text))
        out.append((pos, qid, why))
    return out


def _next_nested_item(line: str, indent: int, nested: tuple[int, int, int]) -> bool:
    """Whether a numbered line is the next item of the nested list (its indent, its number the next)."""
    m = re.match(r"[ \t]*\(?(\d{1,2})[.)]", line)
    return indent == nested[0] and m is not None and int(m.group(1)) == nested[1] + 1


def _own_numbers(anchors: list[tuple[int, str | None, str]], text: str, survey: Survey) -> list:
    """A line that starts with a question's number and restates that question ("6. How many Penalty Charge
    Notices that were issued by your organisation, were paid in full ...?") heads that question's answer, though
    its words name the subject another question asks about ("How many Penalty Charge Notices were issued ...")."""
    out = []
    for pos, qid, why in anchors:
        m = _OWN_NUMBER.match(text, pos) if why in ("subject", "marker") else None
        own = survey.question(re.sub(r"\s", "", m.group(1)).lower()) if m else None
        if own is not None and (own.id != qid or why == "subject"):
            block = text[pos:pos + 400]     # the question may run on to lines below it (a list of what it asks)
            block = re.split(r"\n[ \t]*\n|\n(?=[ \t]*(?:(?:question|q)\s*)?\(?\d{1,2}[a-z]?\s*[.):])", block, maxsplit=1,
                             flags=re.IGNORECASE)[0]        # to a blank line or the next numbered line
            said = set(_WORDS.findall(block.lower())) - _COMMON_WORDS
            mine = _question_content(own.text)
            theirs = _question_content(q.text) if (q := survey.question(qid or "")) else set()
            if mine and len(said & mine) >= 0.6 * len(mine) and \
                    len(said & mine) / len(mine) >= len(said & theirs) / max(1, len(theirs)):
                out.append((pos, own.id, "marker"))
                continue
            if why == "subject" and len(said & theirs) < 0.5 * len(theirs):
                # "8. Information Not Held; please note however, we rarely remove litter bins.": an answer keyed
                # by its number, that names a subject in passing
                out.append((pos, own.id, "marker"))
                continue
        out.append((pos, qid, why))
    return out


def _resolve_anchors(anchors: list[tuple[int, str | None, str]], survey: Survey) -> list[tuple[int, str | None]]:
    out: list[tuple[int, str | None]] = []
    group: str | None = None
    for pos, qid, why in anchors:
        if qid:
            out.append((pos, qid))
            group = re.match(r"\d+", qid).group(0) if re.match(r"\d+", qid) else group
        elif why.startswith("number:"):
            group = why.split(":", 1)[1]
            whole = survey.question(group)
            out.append((pos, whole.id if whole else None))
        elif why.startswith("letter:") and group:
            q = survey.question(f"{group}{why.split(':', 1)[1]}")
            out.append((pos, q.id if q else None))
    return out


_SOME_OF_IT = re.compile(r"\bsome\s+(?:but\s+not\s+all\s+)?of\s+the\s+information\b", re.IGNORECASE)


def _withholds_whole_ask(text: str, m, anchors: list[tuple[int, str | None]], qid: str) -> bool:
    """An exemption cited for "the information requested" as a whole (nothing given anywhere), not under the
    number of the question it follows."""
    return _WHOLE_ASK.search(text, *m.sentence) is not None and not _anchor_near(anchors, qid, m.start, text)


def _question_at(anchors: list[tuple[int, str | None]], pos: int) -> str | None:
    i = bisect.bisect_right(anchors, pos, key=lambda a: a[0]) - 1
    return anchors[i][1] if i >= 0 else None


def parse_reply(text: str, survey: Survey) -> Reply:
    """Read one reply. Never raises on odd text; offsets point into ``text``."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    original = text
    text = rejoin_cells(normalise(text[:MAX_CHARS]))
    ignored = ignored_spans(text)
    live = _mask(text, ignored)

    facts, raw_anchors, loose_figures = read_facts(live, survey)
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
    for m in mentions:
        qid = question_for(m.start)
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
    nh_beside_figures: set[str] = set()     # questions answered with figures and, in the same answer, "not held"
    # "not held" or a refusal in words beside a question's figures: (where, status) by question
    withheld_under: dict[str, list[tuple[int, str]]] = {}
    for s, e in nh_spans:
        qid = question_for(s)
        if qid and _SOME_OF_IT.search(live, s, e):
            qid = None      # "I can confirm that we hold some of the information you require": of the whole request
        elif qid is None and (money_q := money_question(survey, live, (s, e))) is not None:
            qid = money_q   # "The cost is include within the core service cleansing contract": the money question's
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
        if (qid := question_for(s)):
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
        for p in find_passages(live, survey):
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
                    or _answer_beside_refusal(live, marks, q, mine) else "rejected"
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
                questions.append(C.QuestionResult(q.id, res, [], False, original[s:e], s, e))
                continue
            elif (numbered := numbered_answer(live, marks, q)) is not None:
                # "Q1. No external contractor is employed to do this.": an answer under the question's number
                res, (s, e) = numbered
                if _AS_ABOVE.match(live[s:e]) and questions:
                    res = questions[-1].outcome     # "2. As above": what the answer before it says
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
        questions = _share_group_answer(questions, survey, live, marks, from_figures)
        questions = _complete_parts(questions, survey, from_figures)
        questions = _table_rows_answer(questions, survey, live, original)
        questions = QS.fill_open(
            questions, survey, live, original, answer_below=_answer_below_restated,
            restated=restated[0] if restated else restated_lines(live), from_figures=from_figures,
            nothing_given=not facts and not loose and not attached,
            whole_not_held=C.sentence_at(live_sentences, nh_spans[0][0]) if outcome == "not_held" and nh_spans else None,
            marks=marks, mark_answer=_mark_answer, status_of=_status_of_answer, facts=facts)
        questions = answered_in_attachment(questions, survey, live, original)
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
        skipped = [q.id for q in survey.questions if q.id not in said and left_unanswered(live, marks, q, survey)]
        skipped += _part_passed_over(live, survey, said, facts_by_q)
    else:
        skipped = []
    outcome = _outcome_of_questions(outcome, questions)
    outcome = QS.outcome_with_none_said(outcome, questions, survey, live) if substantive else outcome
    if outcome == "successful" and skipped:
        outcome = "partially_successful"    # a question answered beside one the reply skips (README's rule)
    if substantive and (stated := page_stated):
        # the page says how the request ended ("The request was partially successful."); a figure or answer the
        # reply gives all the same makes "did not have the information" or "refused" partly successful
        given = outcome in ("successful", "partially_successful") and not only_status
        outcome = "partially_successful" if given and stated in ("not_held", "rejected") else stated
    return Reply(kind=kind, outcome=outcome, exemptions=exemptions, ncnd=bool(ncnd), public_interest_test=bool(pit),
                 facts=facts,
                 questions=questions, refusals=refusals if substantive else [], procedural_sections=procedural,
                 not_held=not_held and substantive, ignored=ignored)


# a figure on a line once its years are taken out ("2018/2019 - 32 days" holds 32; "2017/2018 -" holds none)
_PERIOD_WORDS = re.compile(r"\b(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?\b")
_FIGURE = re.compile(r"(?<![\w.])£?\d[\d,]*(?:\.\d+)?\b")
# the cost limit and its hours, statutory time limits: not figures given
_LIMITS = re.compile(r"\b(?:appropriate\s+limit|cost\s+limit|working\s+days|hours?\s+of\s+(?:officer\s+)?time|per\s+hour)\b",
                     re.IGNORECASE)
_CITES = re.compile(r"\b(?:sections?|s\.?\s?\d|regulations?|reg\.?\s?\d|act|page|tel|telephone|phone|codes?)\b", re.IGNORECASE)


def _says_not_held(text: str, marks: list, q) -> bool:
    """Whether the reply says under the question's own number that it is not held ("2. Not held."), and refuses
    nothing there ("1. This is not collated centrally ... would exceed the cost limit (section 12)")."""
    found = numbered_answer(text, marks, q)
    return found is not None and found[0] == "not_held" and not C.find_exemptions(text[slice(*found[1])])[0]


# a question on a line of its own (its number, when it has one, may be the list's own: "1. If yes to question five")
_QUESTION_LINE = re.compile(r"^[ \t]*(\S[^\n]{10,400}\?)[ \t]*$", re.MULTILINE)
# a line that may restate a question: asked ("...?") or as a heading, bullet or number aside
_RESTATED_LINE = re.compile(r"^[ \t]*(?:[\u2022\u00b7*-][ \t]+)?(\S[^\n]{10,400}?)[ \t]*$", re.MULTILINE)


def _in_refusal_passage(p, mentions: list) -> bool:
    """Whether an exemption is named inside the passage: "Q1 - ..." that itself says "would exceed the cost limit"."""
    return any(p.start <= m.start < p.end for m in mentions)


class _RestatedLine:
    """A line that may restate a question (see _RESTATED_LINE), its words read once for every question asked of it:
    ``said`` its words (common words aside); where an answer runs on after its "?" ("... regulations? Information
    about PCNs ..."), ``cut_said`` the words up to the "?", ``tail`` what follows and ``tail_words`` its words."""

    __slots__ = ("m", "line_said", "said", "cut_said", "cut", "tail", "tail_words", "tail_may_answer")

    def __init__(self, m: re.Match) -> None:
        self.m = m
        line_said = m.group(1).rstrip()
        self.line_said = line_said
        self.said = set(_WORDS.findall(line_said.lower())) - _COMMON_WORDS
        self.cut_said = None
        self.tail = ""
        self.tail_words: set[str] = set()
        self.tail_may_answer = False
        if "?" in line_said and not line_said.endswith("?"):
            cut = line_said.index("?") + 1
            self.cut = cut
            self.tail = line_said[cut:].strip()
            self.tail_words = set(_WORDS.findall(self.tail.lower())) - _COMMON_WORDS
            # (three words or more, and not the requester asking on)
            self.tail_may_answer = len(self.tail.split()) >= 3 and not _REQUESTER_ASKS.match(self.tail)
            self.cut_said = set(_WORDS.findall(line_said[:cut].lower())) - _COMMON_WORDS


def restated_lines(text: str) -> list[_RestatedLine]:
    """Every line of ``text`` that may restate a question, read once (see _answer_below_restated)."""
    return [_RestatedLine(m) for m in _RESTATED_LINE.finditer(text)]


def _answer_below_restated(text: str, q, survey: Survey,
                           lines: list[_RestatedLine] | None = None) -> tuple[str, tuple[int, int]] | None:
    """The answer on the line below the question restated word for word on a line of its own (no number): the
    status it gives and its span. None when no line restates the question, or the line below is another question,
    or empty. ``lines``: restated_lines(text), when the caller asks this of several questions."""
    asked = _question_content(q.text)
    if len(asked) < 3:
        return None
    others = [_question_content(o.text) for o in survey.questions if o.id != q.id]
    found = None
    # a line shares half the question's words or more (below): fewer than that, and it is not looked at further
    least = 0.5 * len(asked)
    for ln in (restated_lines(text) if lines is None else lines):
        m = ln.m
        line_said = ln.line_said
        tail = ""
        said = ln.said
        if ln.cut_said is not None:
            # the answer run on after the question on its line ("... breached bus lane regulations? Information
            # about PCNs issued in London is published annually ..."), unless what follows is more of the question
            tail_words = ln.tail_words
            if ln.tail_may_answer and not (tail_words and len(tail_words & asked) >= 0.8 * len(tail_words)):
                tail = ln.tail
                line_said = line_said[:ln.cut]
                said = ln.cut_said
        common = len(said & asked)
        if common < least:
            continue
        # a heading without "?" ("Total number of days lost to Mental Health issues within the Authority") must
        # be the question's words closely, though the council puts its own name for "the council" and leaves out
        # the request's notes; a sentence (a full stop) is an answer, not a heading. A question that asks, then
        # says more ("...reason for illness? Please can you show this figure as ...") is asked all the same.
        if "?" in line_said:
            if len(said) < 3 or common < 0.8 * len(said) or common < 0.6 * len(asked):
                continue
        elif line_said.endswith(".") or len(said) < 4 or common < 0.65 * len(said) \
                or common < 0.5 * len(asked):
            continue
        if any(len(said & o) / max(1, len(o)) > common / len(asked) for o in others):
            continue        # the line restates another question as well or better
        if tail:
            end = m.start(1) + len(m.group(1).rstrip())
            start = end - len(tail)
            found = _status_of_answer(tail), (start, end)
            continue

        # (past a label over the answer: "Answer", "Response:")
        nxt = _LINE_BELOW.match(text, m.end())
        if nxt is None:
            continue
        line = nxt.group(1).strip()
        words = set(_WORDS.findall(line.lower())) - _COMMON_WORDS
        if not line or line.endswith("?") or not re.search(r"[A-Za-z]{2,}|\d", line) or _NUMBERED_LINE.match(line) \
                or any(len(words) >= 3 and len(words & o) >= 0.6 * len(words) for o in others + [asked]) \
                or any(_quoted_from(line, o.text) for o in survey.questions):
            continue
        start = nxt.start(1)
        end = start + len(nxt.group(1).rstrip())
        found = _status_of_answer(line), (start, end)
    # the last: a reply restates the request at its top and again above each answer
    return found


_LINE_BELOW = re.compile(r"\n(?:[ \t]*\n)*(?:[ \t]*(?:our\s+)?(?:answers?|responses?|reply)[ \t]*:?[ \t]*\n(?:[ \t]*\n)*)?"
                         r"([^\n]+)", re.IGNORECASE)


# the requester asking on ("Please can you show this figure as ...", "Could you also ..."), not a council answering
# ("Please find below ...", "Please note ...")
_REQUESTER_ASKS = re.compile(r"\W*(?:please\b(?!\s+(?:find|see|note|be\s+advised|refer))|(?:could|can|would|will)\s+you\b|"
                             r"i\s+(?:would|am|wish|want)\b"
                             # the requester saying what the question takes in: "These offences might include but are
                             # not limited to using a fake blue badge ..."
                             r"|(?:this|these|that|those|such)\s+(?:[\w-]+\s+){0,2}(?:might|may|could|would|can|should)\s+"
                             r"include\b)", re.IGNORECASE)


def _status_of_answer(line: str) -> str:
    """What an answer's words say: not held, refused, or given."""
    if C.find_not_held(line) or _NOT_YET.match(line):
        return "not_held"
    if C.find_refusal_words(line) or C.find_exemptions(line)[0] or _SUPPRESSED.match(line):
        return "rejected"
    return "successful"


def _answered_under_number(text: str, marks: list, q) -> bool:
    """Whether the reply gives an answer under the question's own number and refuses nothing there ("1. Please see
    attachment showing the number of empty properties per month"): a refusal said elsewhere in the letter is
    another question's."""
    found = numbered_answer(text, marks, q)
    if found is None or found[0] != "successful":
        return False
    said = text[slice(*found[1])]
    # "Security product information in use would not be released ... Please see formal refusal notice below"
    return not C.find_exemptions(said)[0] and not _POINTS_TO_REFUSAL.search(said)


def _under_other_number(marks: list, qid: str, positions: list[int]) -> bool:
    """Whether every one of ``positions`` stands below another question's number than ``qid`` (the nearest
    numbered mark above it is another question's): a refusal said under "3." is not question 1's."""
    if not positions:
        return False
    starts = [m[0] for m in marks]
    for pos in positions:
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            return False
        _, aqid, why = marks[i]
        owner = aqid or (why.split(":", 1)[1] if why.startswith("number:") else None)
        if owner is None or owner == qid or parent_of(qid) == owner:
            return False
    return True


_POINTS_TO_REFUSAL = re.compile(r"\brefus\w*|\bwithh[eo]ld\b|\bexempt\w*|\bnot\s+be\s+(?:released|disclosed|provided|"
                                r"supplied|shared)\b|\bconfirm\s+(?:n?or|and)\s+deny\b", re.IGNORECASE)


def _given_beside_not_held(text: str, span: tuple[int, int]) -> bool:
    """Whether an answer that says something is not held (or refused) gives figures on its other lines
    ("2017/2018 - No data available" above "2018/2019 - 32 days"): part given, part not held."""
    lines = text[span[0]:span[1]].split("\n")[1:]
    # sentence by sentence: "DCC do not hold this information. However, the total cost on postage for Highways
    # including Parking Services was £34,235"
    parts = [p for ln in lines for p in re.split(r"(?<=[a-z)][.;])\s+(?=[A-Z])", ln)]
    return any(not C.find_not_held(p) and not C.find_refusal_words(p) and not _CITES.search(p)
               and not _LIMITS.search(p) and _FIGURE.search(_PERIOD_WORDS.sub(" ", p)) for p in parts)


# a line that answers in a label and its value: "Accessible - all", "Charge: none"
_LABEL_VALUE = re.compile(r"^[ \t]*[A-Za-z][\w ]{1,40}?[ \t]*[-\u2013:][ \t]*[\w£][^\n]{0,40}$")


def _answer_beside_refusal(text: str, marks: list, q, positions: list[int]) -> bool:
    """Whether, under the question's own number, a line beside the refusal answers part of it ("1. The information
    requested is published on our website and is therefore exempt under section 25 ..." / "Accessible - all")."""
    for pos in positions:
        span = _numbered_span(text, marks, q, pos)
        if span is None:
            continue
        for line in text[span[0]:span[1]].split("\n")[1:]:
            if line.strip() and _LABEL_VALUE.match(line) and not C.find_exemptions(line)[0] \
                    and not C.find_refusal_words(line) and not C.find_not_held(line) and "http" not in line:
                return True
    return False


def _numbered_span(text: str, marks: list, q, pos: int) -> tuple[int, int] | None:
    """The span of what the reply says under the question's own number, when ``pos`` is in it or below it
    before the next number; None when the question has no answer under its number there."""
    asked = _question_words(q.text)
    for i, (_, aqid, why) in enumerate(marks):
        if aqid == q.id or why == f"number:{q.id}":
            found = _mark_answer(text, marks, i, asked, q.text)
            if not found:
                continue
            (start, end), stop = found[1], marks[i + 1][0] if i + 1 < len(marks) else found[1][0] + 3000
            if start <= pos < stop:
                # a refusal a paragraph below the answer, before the next number, is still this answer's
                return start, end if pos < end else min(stop, len(text))
    return None


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
# how far below a question's last figure a note still speaks of them
NOTE_REACH = 600


def _note_below_figures(text: str, facts: list[Fact], anchors: list[tuple[int, str | None]], qid: str,
                        pos: int) -> bool:
    """Whether ``pos`` is in the paragraph straight below the question's own figures, or beside them, with
    nothing between ("2021-22  2,552,719" / "Please note ... The figure for 2022/23 is not yet finalised."): the
    note is of those figures. A heading between ("Request for information 2:") starts another answer."""
    last = max((f.end for f in facts if f.question == qid and f.end <= pos), default=None)
    if last is None or pos - last > NOTE_REACH:
        return False
    if any(last <= a < pos for a, _ in anchors) or any(last <= f.start < pos for f in facts if f.question != qid):
        return False
    between = text[last:pos]
    breaks = list(re.finditer(r"\n[ \t]*\n", between))
    if not breaks:
        return True
    rest = between[:breaks[-1].start()]
    return not rest.partition("\n")[2].strip()


# a list item's mark: a bullet, a dash, or a "?" where a bullet was lost in the page's encoding
_BULLET = re.compile(r"^[ \t]*(?:[\u2022\u00b7\u25aa\u25cf\u25e6\uf0b7*?-]|o(?=[ \t]))[ \t]+(?=\S)", re.MULTILINE)


def _bullet_answers(questions: list, survey: Survey, text: str, live: str, original: str,
                    from_figures: set[str]) -> list:
    """A request asked as a bulleted list, answered by a bulleted list in the same order ("• How many private
    sector homes ...?" ... then "? None", "? ... exempt under Section 12"): the n-th answer is the n-th question's.
    Read only when the asked items (each ending with "?" and in the words of its question) and the answer items
    are as many as the request's questions, the answers all below the questions; a question with figures of its
    own keeps what they say."""
    groups: list[str] = []
    for q in survey.questions:
        g = parent_of(q.id) or q.id
        if g not in groups:
            groups.append(g)
    asked, answers = [], []
    marks = list(_BULLET.finditer(text))
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        blank = re.search(r"\n[ \t]*\n", text[m.end():end])
        end = m.end() + blank.start() if blank else end
        item = text[m.end():end].strip()
        if item.endswith("?") or "?" in item.split("\n", 1)[0]:
            asked.append((m.start(), item))
        elif live[m.end():end].strip():
            answers.append((m.end(), m.end() + len(text[m.end():end].rstrip()), live[m.end():end].strip()))
    if not asked or len(asked) != len(groups) or len(answers) != len(groups) or answers[0][0] < asked[-1][0]:
        return questions
    for (_, item), g in zip(asked, groups):
        words = set().union(*(set(_WORDS.findall(q.text.lower())) for q in survey.questions
                               if (parent_of(q.id) or q.id) == g)) - _COMMON_WORDS
        said = set(_WORDS.findall(item.lower())) - _COMMON_WORDS
        if len(said & words) < max(2, 0.3 * len(said)):
            return questions        # the list asks something else than the survey's questions, in another order
    by_id = {q.question: q for q in questions}
    for (s, e, body), g in zip(answers, groups):
        codes = C.tidy_codes({m.code for m in C.find_exemptions(body)[0]})
        if codes or C.find_ncnd(body):
            res = "rejected"        # "does not report on the start date ... would exceed the 40 hour limit": refused
        elif C.find_not_held(body):
            res = "not_held"
        elif C.find_refusal_words(body):
            res = "rejected"
        else:
            res = "successful"
        for q in survey.questions:
            if (parent_of(q.id) or q.id) != g or q.id in from_figures:
                continue
            by_id[q.id] = C.QuestionResult(q.id, res, codes if res == "rejected" else [], False, original[s:e][:300],
                                           s, e)
    order = {q.id: i for i, q in enumerate(survey.questions)}
    return sorted(by_id.values(), key=lambda r: order.get(r.question, len(order)))


def _apply_passages(questions: list, survey: Survey, passages: dict, original: str, from_figures: set[str]) -> list:
    """Questions the reader has nothing on, answered by a passage that names them ("Questions 1 & 2" over its
    answer, "Please see the information attached for questions 1-3"). A part (2b) named only through its number
    ("Question 2") takes the passage's status only when no other part of that number has figures of its own: a
    section that gives 2a's figures says nothing of 2b."""
    said = {q.question for q in questions}
    added = []
    for q in survey.questions:
        p = passages.get(q.id)
        if q.id in said or p is None:
            continue
        parent = parent_of(q.id)
        if q.id not in p.named and parent and any(parent_of(o) == parent for o in from_figures):
            continue
        added.append(C.QuestionResult(q.id, p.outcome, [], False, original[p.start:p.end][:300], p.start, p.end))
    order = {q.id: i for i, q in enumerate(survey.questions)}
    return sorted(questions + added, key=lambda r: order.get(r.question, len(order)))


def _share_group_answer(questions: list, survey: Survey, text: str, marks: list, from_figures: set[str]) -> list:
    """Lettered parts listed one under another with one answer in words below the last ("a) The road name /
    b) The number issued there / We have no bus lanes to enforce."): a part restated with nothing under it takes
    the answer of the next part of its group."""
    said = {q.question: q for q in questions}
    ids = [q.id for q in survey.questions]
    added = []
    for k, qid in enumerate(ids):
        group = parent_of(qid)
        if qid in said or not group:
            continue
        later = next((said[o] for o in ids[k + 1:] if parent_of(o) == group and o in said), None)
        if later is None or later.question in from_figures:
            continue
        q = survey.question(qid)
        asked = _question_words(q.text)
        mine = [i for i, (_, aqid, why) in enumerate(marks) if aqid == qid]
        if mine and all(_mark_answer(text, marks, i, asked, q.text) is None for i in mine):
            added.append(C.QuestionResult(qid, later.outcome, [], False, later.quote, later.start, later.end))
    order = {qid: i for i, qid in enumerate(ids)}
    return sorted(questions + added, key=lambda r: order.get(r.question, len(order)))


def _complete_parts(questions: list, survey: Survey, from_figures: set[str]) -> list:
    """Questions whose status follows from others: a question whose lettered parts all have a status takes their
    sum (2a, 2b and 2c answered: 2 is answered); a lettered part with none takes its parent's, when the parent's
    comes from words, not figures ("1. No" answers the "How many teams?" asked with it)."""
    said = {q.question: q for q in questions}
    ids = [q.id for q in survey.questions]
    added = []
    for qid in ids:
        if qid in said:
            continue
        parts = [said.get(p) for p in ids if parent_of(p) == qid]
        parent = said.get(parent_of(qid) or "")
        if parts and all(parts):
            res = combine([p.outcome for p in parts])
            src = parts[0]
        elif parent is not None and parent.question not in from_figures:
            res, src = parent.outcome, parent
        else:
            continue
        if res:
            added.append(C.QuestionResult(qid, res, [], False, src.quote, src.start, src.end))
    order = {qid: i for i, qid in enumerate(ids)}
    return sorted(questions + added, key=lambda q: order.get(q.question, len(order)))


# a table row: its label, then two or more cells ("Average Payout | £118.44 | £486.22 |", "Prosecutions 18 10 11 6")
# (each cell ends at a bar, spaces or the line's end, so a run of digits is one cell, never many)
_TABLE_ROW = re.compile(r"^[ \t|]*(?P<label>[A-Za-z][^|\d\n£]{2,60}?)[ \t]*(?:\|[ \t]*)?(?P<cells>(?:(?:£?\d[\d,.]*%?|<\d+\*?|"
                        r"nil|none|n/a|not\s+held)(?:[ \t]*\|[ \t]*|[ \t]+|$)){2,})$", re.IGNORECASE | re.MULTILINE)


def _table_rows_answer(questions: list, survey: Survey, text: str, original: str) -> list:
    """A question the reply says nothing else about, answered by a table row whose label is in its words ("What
    has been the average compensation payout in each of the last five financial years?" / "Average Payout |
    £118.44 | £486.22 | £46.12 |"): the row's label must be the question's words more than any other question's."""
    said = {q.question for q in questions}
    open_ids = [q.id for q in survey.questions if q.id not in said]
    if not open_ids:
        return questions
    words = {q.id: {w[:5] for w in _WORDS.findall(q.text.lower())} - {w[:5] for w in _COMMON_WORDS}
             for q in survey.questions}
    added: list = []
    taken: set[str] = set()
    for m in _TABLE_ROW.finditer(text, 0, min(len(text), 200_000)):
        label = {w[:5] for w in _WORDS.findall(m.group("label").lower())} - {w[:5] for w in _COMMON_WORDS}
        if not label:
            continue
        scores = {qid: len(label & w) / len(label) for qid, w in words.items()}
        best = max(scores.values())
        top = [qid for qid, v in scores.items() if v == best]
        if best < 0.5 or len(top) != 1 or top[0] not in open_ids or top[0] in taken:
            continue
        cells = m.group("cells")
        res = "not_held" if re.search(r"not\s+held", cells, re.I) and not _FIGURE.search(cells) else "successful"
        taken.add(top[0])
        s, e = m.start("label"), m.end()
        added.append(C.QuestionResult(top[0], res, [], False, original[s:e], s, e))
    if not added:
        return questions
    order = {q.id: i for i, q in enumerate(survey.questions)}
    return sorted(questions + added, key=lambda q: order.get(q.question, len(order)))


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


_MARKER_ANCHOR = ("marker", "number:", "letter:")
# an answer of one word: "2. No", "3. N/A", "10. None"
_BULLETS = "\u2022\u00b7\u25aa\u25cf*- \t"
_ONE_WORD = re.compile(r"^\s*(?:yes|no|none|nil|n/?a|zero|nothing|not\s+applicable|all|both)\s*[.!]?\s*$", re.IGNORECASE)
# an answer that says there were none, in the question's own words: "4. No staff have been TUPE'd out in the last 3
# years." under "... please confirm what organisation were the staff TUPE'd to ...": no question starts so
_NONE_SAID = re.compile(r"^\s*(?:no|none\s+of|nil|zero|there\s+(?:is|are|was|were|has\s+been|have\s+been)\s+no)\b"
                        r"(?![^.?\n]*\?)", re.IGNORECASE)
_WORDS = re.compile(r"[a-z]{4,}")


# a line's number or letter ("2.", "Q3:", "(b)", "Answer 1 -")
_MARKER = re.compile(r"^\s*(?:(?:question|q|answer|a)\s*\.?\s*)?\(?\d{0,2}\s*\(?[a-z]?\)?\s*[.:)\-]\s*", re.IGNORECASE)


def _quoted_from(line: str, question: str) -> bool:
    """Whether a lettered line is a lettered part of the question quoted back with its letter ("a) number of new
    sites" under "... in 2011 and 2012? Please give: a) number of new sites"): the request, not its answer. (An
    answer may well reuse the question's words: "3. In-house team" answers "... an in-house team or a private
    company ...?")"""
    m = _LETTERED.match(line)
    if m is None:
        return False
    words = re.findall(r"[a-z0-9]+", m.group(2).lower())
    asked = " ".join(re.findall(r"[a-z0-9]+", question.lower()))
    # (a drafted survey words a part without its letter: "... Please give: number of new sites")
    return len(words) >= 2 and f" {m.group(1).lower()} {' '.join(words)} " in f" {asked} " \
        or len(words) >= 4 and not re.search(r"\d", m.group(2)) and asked.endswith(" ".join(words))


_LETTERED = re.compile(r"\s*\(?([a-z])\)\s*(\S.*)", re.IGNORECASE)


def _restates(said: set[str], asked: set[str], sentence: bool = False) -> bool:
    """Whether a line's words are the question's own: most of its words (three or more, common words aside) are
    the question's. A short answer that reuses a word of the question ("PSPO Legislation", "Warden Service") is
    an answer; so is a sentence (``sentence``: the line ends with a full stop) unless nearly all its words are the
    question's ("Temporary Accommodation providers will provide cots/travel cots when needed." answers "... are
    cots for households in temporary accommodation funded from ... providers ...?")."""
    said, asked = said - _COMMON_WORDS, asked - _COMMON_WORDS
    common = len(said & asked)
    return len(said) >= 3 and common >= (0.8 if sentence else 0.5) * len(said)


# words any sentence may share with a question: "This is published on website - as above" does not restate
# "Have you published this strategy?"
_COMMON_WORDS = frozenset("this that these those with from have been were your what which there their they them "
                          "will would could should also such does each other into than then when where above below "
                          "please provide details information".split())


@lru_cache(maxsize=4096)
def _question_words(question: str) -> frozenset[str]:
    """A survey question's words (see _WORDS): read once per question, not again for every reply and line."""
    return frozenset(_WORDS.findall(question.lower()))


@lru_cache(maxsize=4096)
def _question_content(question: str) -> frozenset[str]:
    """A survey question's words, common words aside (see _COMMON_WORDS)."""
    return _question_words(question) - _COMMON_WORDS


def numbered_marks(anchors: list, text: str | None = None, survey: Survey | None = None) -> list:
    """The anchors that are question numbers ("2.", "Q2", "a)"), in the order they stand. Given the text and the
    survey, a line numbered in sequence with the lines before it ("5. Yes ..." / "6. Temporary Accommodation
    providers will provide cots" / "7. No, however ...") is its own number's answer, even where its words are
    another question's: a council that answers 1, 2, 3 ... in order numbers them as the request does."""
    marks = sorted((pos, aqid, why) for pos, aqid, why in anchors if why.startswith(_MARKER_ANCHOR))
    if text is None or survey is None:
        return marks
    numbers = []
    for pos, _, _ in marks:
        m = _LINE_NUMBER.match(text, pos)
        numbers.append(int(m.group(1)) if m else None)
    out = list(marks)
    run_start = 0
    for k in range(len(marks) + 1):
        if k < len(marks) and k > run_start and numbers[k] is not None and numbers[k - 1] is not None \
                and numbers[k] == numbers[k - 1] + 1:
            continue
        if k - run_start >= 3:      # a run of three or more numbers in sequence
            for j in range(run_start, k):
                pos, aqid, why = marks[j]
                own = survey.question(str(numbers[j]))
                if own is not None and why == "marker" and aqid != own.id and parent_of(aqid or "") != own.id:
                    out[j] = (pos, own.id, why)
        run_start = k
    return out


_NUMBERED_LINE = re.compile(r"(?:(?:question|q)\s*)?\(?\d{1,2}[a-z]?\s*[.):](?!\d)", re.IGNORECASE)
_LINE_NUMBER = re.compile(r"[ \t]*(?:(?:question|q)\s*)?(\d{1,2})\s*[.):]", re.IGNORECASE)


def numbered_answer(text: str, marks: list, q) -> tuple[str, tuple[int, int]] | None:
    """What the reply says under a question's own number (``marks``: numbered_marks of the reply), when it says
    something more than the question restated: ("not_held", span) for "we do not hold ...", ("rejected", span)
    for a refusal in words, else ("successful", span). The text runs from the numbered line to the next number
    (the last one to its paragraph's end)."""
    asked = _question_words(q.text)
    found = None
    for i, (pos, aqid, why) in enumerate(marks):
        if aqid != q.id and why != f"number:{q.id}":
            continue
        found = _mark_answer(text, marks, i, asked, q.text)
        if found is not None:
            break
    if found is not None:
        body, span = found
        if C.find_not_held(body) or _NOT_YET.match(body):
            return ("partially_successful" if _given_beside_not_held(text, span) else "not_held"), span
        if C.find_refusal_words(body) or _SUPPRESSED.match(body):
            return "rejected", span
        return "successful", span
    return None


def left_unanswered(text: str, marks: list, q, survey: Survey) -> bool:
    """Whether the reply restates the question under its number with nothing under it, where the questions
    beside it (the numbers before and after) have their answers under them: a reply that answers question by
    question and skips this one ("10. Do you have a policy ...?" then "11. ... Not applicable."). A request
    listed at the top, with the answers in a list of their own, is not that: its questions have no answers
    under them."""
    mine = [i for i, (_, aqid, why) in enumerate(marks) if aqid == q.id or why == f"number:{q.id}"]
    if not mine:
        return False
    asked = _question_words(q.text)
    if all(_EMPTY_FIELD.match(_line_at(text, marks[i][0])) and _blank_after(text, marks[i][0]) for i in mine):
        return True     # "2. Total amount reimbursed to staff -" with nothing after it: a field left empty
    if any(_mark_answer(text, marks, i, asked, q.text) is not None or _one_line_answer(text, marks, i) for i in mine):
        return False

    ids = [x.id for x in survey.questions]
    k = ids.index(q.id)

    def answered(j: int, before: bool) -> bool:
        """The j-th mark is a question asked before (or after) this one, with its answer under it."""
        if not 0 <= j < len(marks):
            return False
        _, aqid, why = marks[j]
        other = survey.question(aqid or why.split(":", 1)[-1])
        if other is None or (ids.index(other.id) < k) != before or other.id == q.id:
            return False
        if not before and parent_of(q.id) and parent_of(other.id) == parent_of(q.id):
            return False    # the parts of one question listed together, answered once below the last
        words = _question_words(other.text)
        # (a question's number over its lettered parts, "4. ... If so, please state:" / "a) the number of these
        # wardens;" / "Four Covid Support Marshals.": answered under the letter that stands for the same question)
        return any(_mark_answer(text, marks, i, words, other.text) is not None
                   for i in range(j, min(j + 2, len(marks))) if i == j or marks[i][1] == aqid)

    if k == 0:
        # the first question has none before it: the two after it answered under their numbers show the reply
        # answers question by question
        # (or the one after it, where the page ends before the third is answered)
        return any(answered(i + 1, False) and (answered(i + 2, False) or _cut_after(text, marks, i + 2))
                   for i in mine)
    return any(answered(i - 1, True) and answered(i + 1, False) for i in mine)


# a question that asks why (the reasons, the subjects, the offences for which ...), and a clause that says it:
# "both were for land being defaced by litter", "3 were for aggressive begging"
_ASKS_REASON = re.compile(r"\breasons?\b|\bsubjects?\s+(?:matter\s+)?of\b|\boffences?\s+for\s+which\b", re.IGNORECASE)
_REASONS_GIVEN = re.compile(r"\b(?:both|all|each|\d+)\s+(?:of\s+(?:them|these)\s+)?(?:were|was)\s+"
                            r"(?:issued\s+|served\s+|given\s+)?for\s+(?!example\b|instance\b)[a-z]", re.IGNORECASE)


def _part_passed_over(text: str, survey: Survey, said: set[str], facts_by_q: dict) -> list[str]:
    """Lettered parts of a question the reply says nothing of, where it answers the question under its bare number
    with figures for another part only and names nothing this part asks about: "1. Please state the number of CPNs
    issued ... Please also state the number of CPWs issued" answered "1. 9x CPNs for drinking alcohol ... and 2x for
    litter ...", the warnings never mentioned; Eden's "2. Dog Not on a Lead = 2 Fixed Penalty Notices issued ... 1
    of these is unpaid so they are being prosecuted", the dispersal powers question 2 also asks about passed over."""
    out = []
    for q in survey.questions:
        parent = parent_of(q.id)
        if not parent or q.id in said or parent in said:
            continue
        lines = set()
        zero = False
        for x in survey.questions:
            if parent_of(x.id) == parent and x.id != q.id:
                for f in facts_by_q.get(x.id, ()):
                    zero = zero or f.value == 0
                    a = text.rfind("\n", 0, f.start) + 1
                    b = text.find("\n", f.start)
                    lines.add((a, b if b >= 0 else len(text)))
        # (not "None" under the number, which answers every part; not a line that letters its parts itself)
        numbered = [(a, b) for a, b in lines if (m := _BARE_NUMBER.match(text, a)) and m.group(1) == parent
                    and not _PART_LETTER.search(text, a, b)]
        if numbered and len(numbered) == len(lines) and not zero \
                and not any(k == q.subject for a, b in numbered for _, _, k in survey.find_subjects(text[a:b])):
            out.append(q.id)
    return out


_PART_LETTER = re.compile(r"(?<![\w(])\(?[a-h]\)\s")
_BARE_NUMBER = re.compile(r"[ \t]*(?:(?:question|q)\s*)?(\d{1,2})\s*[.):]\s", re.IGNORECASE)


def _cut_after(text: str, marks: list, j: int) -> bool:
    """Whether the j-th mark is the last and the page ends within its line or the next: a stored page cut short."""
    if j != len(marks) - 1:
        return False
    return text[marks[j][0]:].strip().count("\n") <= 1


# a numbered label whose value is left empty: "2. Total amount reimbursed to staff -", "4. Cost per device:"
_EMPTY_FIELD = re.compile(r"^\s*(?:(?:question|q)\s*)?\d{1,2}[a-z]?\s*[.):]\s*[^?\n]{3,120}?\s[-\u2013\u2014:]\s*$|"
                          r"^\s*(?:(?:question|q)\s*)?\d{1,2}[a-z]?\s*[.):]\s*[^?\n]{3,120}?[:\u2013\u2014]\s*$", re.IGNORECASE)


def _line_at(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[pos:end if end >= 0 else len(text)]


def _blank_after(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is followed by nothing but blank lines and the next numbered line (or the
    end): the field it heads has no value."""
    end = text.find("\n", pos)
    if end < 0:
        return True
    rest = text[end:].lstrip()
    return not rest or bool(re.match(r"(?:(?:question|q)\s*)?\d{1,2}[a-z]?\s*[.):]", rest, re.IGNORECASE))


def _one_line_answer(text: str, marks: list, i: int) -> bool:
    """Whether the i-th mark's line holds a short answer after its number ("3. Kingdom"), not a question."""
    pos = marks[i][0]
    end = text.find("\n", pos)
    line = text[pos:end if end >= 0 else len(text)]
    rest = re.sub(r"^\s*(?:(?:question|q)\s*\.?\s*)?\(?\d{0,2}\s*\(?[a-z]?\)?\s*[.:)\-]\s*", "", line, flags=re.IGNORECASE)
    return bool(re.search(r"[A-Za-z]{2,}|\d", rest)) and "?" not in rest and len(rest.split()) <= 6


def _mark_answer(text: str, marks: list, i: int, asked: set[str], question: str = "") -> tuple[str, tuple[int, int]] | None:
    """The words under the i-th numbered mark, without the question restated (``asked``: the question's words,
    ``question``: its text), and the span from the mark to the next; None when nothing but the question is there."""
    pos = marks[i][0]
    nxt = marks[i + 1][0] if i + 1 < len(marks) else None
    end = nxt if nxt is not None else min(len(text), pos + 1500)
    seg = text[pos:end]
    if nxt is None:
        # the last number's answer runs to its paragraph's end, or to the next one's when the first paragraph is
        # the question alone ("10 Do you have a policy ...?" / blank line / "This is accommodated in ...")
        lead = len(seg) - len(seg.lstrip("\n"))
        paras = re.split(r"\n[ \t]*\n", seg[lead:])
        keep = 2 if len(paras) > 1 and "\n" not in paras[0].strip() and paras[0].rstrip().endswith("?") else 1
        seg = seg[:lead + len("\n\n".join(paras[:keep]))]
    lines = [ln for ln in seg.split("\n") if ln.strip()]
    if len(lines) > 1 and _HEADING_ONLY.match(lines[0]):
        lines = lines[1:]        # "Question 5" on a line of its own, the question's words under it
    if not lines:
        return None
    first = _MARKER.sub("", lines[0])
    said = set(_WORDS.findall(first.lower()))
    tail = first.rsplit("?", 1)[1] if "?" in first else ""
    if not tail and ":" in first:
        # "2. Number of public toilets currently managed by your local council: 13no;": the question's words, a
        # colon, the answer
        head, _, after = first.partition(":")
        if _restates(set(_WORDS.findall(head.lower())), asked):
            tail = after
    if tail.rstrip().endswith(":"):
        tail = ""                # "5) How many ...? Please give:" over its lettered parts: the question's own lead-in
    elif tail and _all_asking(tail):
        tail = ""                # "3. Are there any consultations ...? If so, how many and please provide a link ..."
    if re.search(r"[A-Za-z]{2,}|\d|n/a", tail, re.IGNORECASE) and not _restates(set(_WORDS.findall(tail.lower())), asked):
        lines = [tail] + lines[1:]   # "2. If so, which area ...? N/A": the answer after the question on its line
    elif first.rstrip().endswith("?") or (_restates(said, asked, first.rstrip().endswith("."))
                                          and not _NONE_SAID.match(first)) or _quoted_from(lines[0], question) \
            or _all_asking(first):
        lines = lines[1:]        # the question restated above its answer
        if len(lines) == 1 and _SECTION_HEADING.match(lines[0]):
            return None          # "8. Have you removed any litter bins ...?" over the next section's "Litter Clearance Costs"
    else:
        lines = [first] + lines[1:]
    # "Our response:" with nothing under it (the next question's heading follows): a blank answer; and the next
    # question restated in the requester's words ("4. Please state if ... If so, please state:") is none either
    lines = [ln for ln in lines if not _ANSWER_LABEL.match(ln) and not _all_asking(ln)]
    body = " ".join(ln.strip() for ln in lines)
    if _ONE_WORD.match(body.lstrip(_BULLETS)):
        pass                     # "3. N/A", "2. No", "• No"
    elif len(re.findall(r"[A-Za-z]+|\d+", body)) < 2 and not re.search(r"\d", body):
        return None
    elif not re.search(r"[A-Za-z]{2,}|\d", body) or body.rstrip().endswith("?"):
        return None
    s = pos + len(text[pos:]) - len(text[pos:].lstrip())
    return body, (s, s + len(seg.rstrip()))


def _all_asking(line: str) -> bool:
    """Whether a line is the request's words throughout ("3. Please state whether your local authority has issued
    any fixed penalty fines to businesses ... If so, please state the offence(s) and the number ..."): every
    sentence of it asks or requests, as a requester writes and a council does not, and no word is left over (the
    "No" after "... Please provide details as a year-on-year breakdown. No" is the council's answer)."""
    body = line.strip()
    if len(body) < 20:
        return False
    left = list(body)
    for a, b in asking_spans(body):
        left[a:b] = [" "] * (b - a)
    rest = "".join(left)
    return not re.search(r"[A-Za-z0-9]", re.sub(r"^\s*(?:(?:question|q)\s*)?\(?\d{1,2}[a-z]?[.):]", "", rest,
                                                 flags=re.IGNORECASE))


# a question's heading alone on its line ("Question 5", "Q6"), and an answer's label alone ("Our response:")
_HEADING_ONLY = re.compile(r"^\s*(?:question|q)\s*\.?\s*\d{1,2}[a-z]?\s*[.:)\-]?\s*$", re.IGNORECASE)
_ANSWER_LABEL = re.compile(r"^\s*(?:(?:our|the\s+council'?s|council)\s+)?(?:responses?|answers?|reply)\s*[:\-]?\s*"
                           r"(?:(?:dated?[ \t]+)?(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Za-z]{3,9}"
                           r"[ \t]+\d{4})\s*)?$", re.IGNORECASE)
# a heading of a few capitalised words, no figure, no full stop: "Litter Clearance Costs", "Fly-tipping"
_SECTION_HEADING = re.compile(r"^[ \t]*[A-Z][\w'&/-]*(?:[ \t]+(?:[A-Z][\w'&/-]*|and|of|for|to|the|in|on|&)){0,5}[ \t]*:?[ \t]*$")
# an answer that the information does not exist yet: "3. To be decided.", "Not yet known"
_NOT_YET = re.compile(r"^\W*(?:(?:this\s+is\s+|this\s+has\s+)?(?:still\s+|yet\s+)?to\s+be\s+(?:decided|confirmed|determined|agreed|"
                      r"finalised|finalized)|not\s+yet\s+(?:known|decided|determined|agreed|available|confirmed))\b[^.]*\.?\s*$",
                      re.IGNORECASE)
# a small number withheld in place of the answer: "10. <5*", "fewer than 10", "[redacted]"
_SUPPRESSED = re.compile(r"^\W*(?:(?:<|less\s+than|fewer\s+than|under)\s*\d{1,2}|\[?redacted\]?|withheld)\s*\**\s*\.?\s*$",
                         re.IGNORECASE)


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


def _anchor_near(anchors: list[tuple[int, str | None]], qid: str, pos: int, text: str) -> bool:
    """Whether the mention sits in the same paragraph as the line that named the question."""
    last = max((a for a, q in anchors if q == qid and a <= pos), default=None)
    if last is None:
        return False
    return "\n\n" not in text[last:pos].replace(" ", "").replace("\t", "")


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
