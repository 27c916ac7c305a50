"""parse_reply: one reply's text -> kind, outcome, exemptions, facts and per-question results.

A pure function of the text and the survey. Offsets in the result point into the text given.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, field

from . import classify as C
from .cells import rejoin_cells
from .facts import Fact, read_facts
from .scan import normalise
from .survey import Survey

MAX_CHARS = 2_000_000   # longer text is read up to here; a reply this long is a data dump, not a letter
# refusals that turn the whole request down (cost limit, vexatious, published elsewhere)
WHOLE_REQUEST = {"s12", "s14", "s14(1)", "s14(2)", "s21", "s25", "reg12(4)(b)"}   # s25: FOISA, otherwise accessible


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


_INTRO = re.compile(
    r"(?:for\s+the\s+following(?:\s+information)?|you\s+(?:have\s+)?(?:asked|requested|wrote|said)(?:\s+for)?"
    r"(?:\s+the\s+following(?:\s+information)?)?|your\s+request\s+(?:was|is|reads|read|stated)(?:\s+as\s+follows)?|"
    r"(?:requested|request(?:ing)?)\s+(?:for\s+)?(?:the\s+following|information\s+(?:as\s+follows|below))|"
    r"in\s+which\s+you\s+(?:asked|requested)(?:\s+for)?|as\s+follows|your\s+(?:original\s+)?request|"
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
    r"is\s+(?:unable|not\s+able|withholding|refusing))|unfortunately|i\s+(?:am\s+sorry|regret)|this\s+information\s+is)",
    re.IGNORECASE | re.MULTILINE)
_QUOTED_TAIL = re.compile(
    r"^[ \t]*-{2,}\s*(?:original\s+message|forwarded\s+message)\s*-{2,}"
    r"|^[ \t]*On\s.{5,120}\bwrote:\s*$"
    r"|^[ \t]*From:\s.+\n[ \t]*(?:Sent|Date):\s",
    re.IGNORECASE | re.MULTILINE)


_HEADER_LINE = re.compile(r"^[ \t]*[A-Za-z][\w-]{0,30}:\s")


def ignored_spans(text: str) -> list[tuple[int, int]]:
    """Spans that are the requester's words: '>' quoted lines, quoted earlier messages at the end, and
    the request restated at the top of a reply ("for the following information:" ... up to the answer)."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"^[ \t]*>.*$", text, re.MULTILINE):
        spans.append((m.start(), m.end()))
    tail = _QUOTED_TAIL.search(text)
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
    return sorted(spans)


_RESPONSE_HEADING = re.compile(r"^[ \t]*(?:our\s+|the\s+council'?s\s+)?(?:response|answer|reply)(?:\s+provided)?[ \t]*:?[ \t]*$",
                               re.IGNORECASE | re.MULTILINE)
_REQUESTER = re.compile(r"\bI\s+(?:would\s+like|am\s+writing\s+to\s+request|request|believe|wish\s+to|want)\b"
                        r"|\bplease\s+(?:provide|supply|send|confirm|tell)\b|\bcould\s+you\s+(?:please\s+)?(?:provide|tell)\b",
                        re.IGNORECASE)
_COUNCIL_VOICE = re.compile(r"\bthank\s+you\s+for\s+your\b|\byour\s+request\b|\bwe\s+(?:have|can|are|hold|do)\b",
                            re.IGNORECASE)


_STANDALONE_NUMBER = re.compile(r"(?<![\w/.,£-])(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?(?![\w/.)-]|\.\w)")


def _looks_answered(span: str) -> bool:
    """A restated request holds the questions, not figures: prices or several numbers mean the
    council answered inline, so the span must be read."""
    if span.lstrip()[:1] in "\"\u201c\u2018'":
        return False        # the request quoted word for word: its own £ figures are the requester's
    return "£" in span or len(_STANDALONE_NUMBER.findall(span)) >= 4


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


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
    live_sentences = C.sentences(live)
    facts = [_requote(f, original) for f in facts]
    anchors = _resolve_anchors(raw_anchors, survey)
    mentions, procedural = C.find_exemptions(live)
    ncnd_spans = C.find_ncnd(live)
    pit_spans = C.find_pit(live)
    nh_spans = C.find_not_held(live)
    codes_all = {m.code for m in mentions}
    refusing_codes = {c for c in codes_all if c != "reg12(4)(a)"}
    not_held = bool(nh_spans) or "reg12(4)(a)" in codes_all
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
    whole = [m for m in mentions if m.code in WHOLE_REQUEST]
    if whole:
        breaks = [(b.start(), b.end()) for b in re.finditer(r"\n[ \t]*\n", live)]
        paragraphs = sorted({_paragraph(breaks, len(live), m.start) for m in whole})
        para_starts = [a for a, _ in paragraphs]

        def in_refusal_paragraph(pos: int) -> bool:
            i = bisect.bisect_right(para_starts, pos) - 1
            return i >= 0 and paragraphs[i][0] <= pos < paragraphs[i][1]

        facts = [f for f in facts if not (in_refusal_paragraph(f.start) and _EFFORT.search(live[f.start:f.end]))]
    loose = [p for p in loose_figures if not in_refusal(p)]
    if refusing_codes and refusing_codes <= WHOLE_REQUEST and not facts:
        loose = []      # a cost-limit or vexatious refusal turns the whole request down; its figures explain why
    refused_in_words = bool(C.find_refusal_words(live))
    kind = C.reply_kind(live, bool(facts), bool(refusing_codes) or bool(ncnd_spans) or refused_in_words, not_held,
                        bool(loose))
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
        key: str | None = qid
        if qid and facts_by_q.get(qid) and not _anchor_near(anchors, qid, m.start, live):
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
    for s, e in nh_spans:
        qid = question_for(s)
        if qid and facts_by_q.get(qid):
            qid = None
        nh_by_q.setdefault(qid, C.sentence_at(live_sentences, s))

    exemptions = C.tidy_codes(codes_all) if substantive else []
    ncnd = substantive and (bool(ncnd_spans) or any(c in C.NCND_PROVISIONS for c in exemptions))
    pit = substantive and bool(pit_spans)
    # "The information you have sought is attached" and an exemption: part given, part withheld
    answered = bool(facts) or bool(loose) or C.provides_information(live)
    outcome = C.overall_outcome(kind, answered, (bool(refusing_codes) or refused_in_words) and substantive, ncnd,
                                not_held)

    questions: list[C.QuestionResult] = []
    if substantive:
        marks = numbered_marks(raw_anchors)
        global_codes = C.tidy_codes(ex_by_q.get(None, set()))
        for q in survey.questions:
            qf = facts_by_q.get(q.id, [])
            group = re.match(r"\d+", q.id).group(0)
            qcodes = C.tidy_codes(ex_by_q.get(q.id, set()) | (ex_by_q.get(f"group:{group}", set()) if qf else set()))
            qncnd = ncnd_by_q.get(q.id, False) or any(c in C.NCND_PROVISIONS for c in qcodes)
            refusing_q = [c for c in qcodes if c != "reg12(4)(a)"]
            if qf and (refusing_q or qncnd):
                res = "partially_successful"
            elif qf:
                res = "successful"
            elif refusing_q or qncnd:
                res = "rejected"
            elif not facts and set(global_codes) & WHOLE_REQUEST:
                # a cost-limit or vexatious refusal answers every question, whatever else it mentions
                res, qcodes, qncnd = "rejected", global_codes, bool(ncnd_by_q.get(None))
            elif q.id in nh_by_q or "reg12(4)(a)" in qcodes:
                res = "not_held"
            elif not facts and (global_codes or ncnd_by_q.get(None)) and set(global_codes) - {"reg12(4)(a)"}:
                res, qcodes, qncnd = "rejected", global_codes, bool(ncnd_by_q.get(None)) or any(
                    c in C.NCND_PROVISIONS for c in global_codes)
            elif not facts and not refusing_codes and None in nh_by_q:
                res = "not_held"
            elif (worded := _answered_in_words(live, raw_anchors, q.id, survey)) is not None:
                # "Cyber security software - the Council uses the tools included in its licensing"
                s, e = worded
                questions.append(C.QuestionResult(q.id, "successful", [], False, original[s:e], s, e))
                continue
            elif (numbered := numbered_answer(live, marks, q)) is not None:
                # "Q1. No external contractor is employed to do this.": an answer under the question's number
                res, (s, e) = numbered
                questions.append(C.QuestionResult(q.id, res, [], False, original[s:e], s, e))
                continue
            else:
                continue
            s, e = _evidence(q.id, qf, refusals, nh_by_q, res)
            questions.append(C.QuestionResult(q.id, res, list(qcodes) if res in ("rejected", "partially_successful")
                                              else [], bool(qncnd) and res != "successful",
                                              original[s:e], s, e))
    outcome = _outcome_of_questions(outcome, questions)
    return Reply(kind=kind, outcome=outcome, exemptions=exemptions, ncnd=bool(ncnd), public_interest_test=bool(pit),
                 facts=facts,
                 questions=questions, refusals=refusals if substantive else [], procedural_sections=procedural,
                 not_held=not_held and substantive, ignored=ignored)


def _outcome_of_questions(outcome: str | None, questions: list) -> str | None:
    """The README's rule applied to what the reply says question by question: a question answered beside one
    not held or refused makes the reply partially successful, whatever the reply says overall."""
    said = {q.outcome for q in questions}
    if outcome == "successful" and said & {"not_held", "rejected", "partially_successful"}:
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
_ONE_WORD = re.compile(r"^\s*(?:yes|no|none|nil|n/?a|zero|nothing|not\s+applicable)\s*[.!]?\s*$", re.IGNORECASE)
_WORDS = re.compile(r"[a-z]{4,}")


def numbered_marks(anchors: list) -> list:
    """The anchors that are question numbers ("2.", "Q2", "a)"), in the order they stand."""
    return sorted((pos, aqid, why) for pos, aqid, why in anchors if why.startswith(_MARKER_ANCHOR))


def numbered_answer(text: str, marks: list, q) -> tuple[str, tuple[int, int]] | None:
    """What the reply says under a question's own number (``marks``: numbered_marks of the reply), when it says
    something more than the question restated: ("not_held", span) for "we do not hold ...", ("rejected", span)
    for a refusal in words, else ("successful", span). The text runs from the numbered line to the next number
    (the last one to its paragraph's end)."""
    asked = set(_WORDS.findall(q.text.lower()))
    for i, (pos, aqid, why) in enumerate(marks):
        if aqid != q.id and why != f"number:{q.id}":
            continue
        nxt = marks[i + 1][0] if i + 1 < len(marks) else None
        end = nxt if nxt is not None else min(len(text), pos + 1500)
        seg = text[pos:end]
        if nxt is None:
            blank = re.search(r"\n[ \t]*\n", seg.lstrip("\n"))
            if blank:
                seg = seg[:len(seg) - len(seg.lstrip("\n")) + blank.start()]
        lines = [ln for ln in seg.split("\n") if ln.strip()]
        if not lines:
            continue
        first = re.sub(r"^\s*(?:(?:question|q|answer|a)\s*\.?\s*)?\(?\d{0,2}\s*\(?[a-z]?\)?\s*[.:)\-]\s*", "",
                       lines[0], flags=re.IGNORECASE)
        said = set(_WORDS.findall(first.lower()))
        if first.rstrip().endswith("?") or (said and len(said & asked) >= 0.5 * len(said)):
            lines = lines[1:]        # the question restated above its answer
        else:
            lines = [first] + lines[1:]
        body = " ".join(ln.strip() for ln in lines)
        if len(re.findall(r"[A-Za-z]+|\d+", body)) < 2 and not re.search(r"\d", body) and not _ONE_WORD.match(body):
            continue
        if not re.search(r"[A-Za-z]{2,}|\d", body) or body.rstrip().endswith("?"):
            continue
        s = pos + len(text[pos:]) - len(text[pos:].lstrip())
        span = (s, s + len(seg.rstrip()))
        if C.find_not_held(body):
            return "not_held", span
        if C.find_refusal_words(body):
            return "rejected", span
        return "successful", span
    return None


_EFFORT = re.compile(r"\b(?:would|could|will\s+need|need\s+to|have\s+to|invoices?|records|orders|transactions|"
                     r"payments|files|hours|estimate[sd]?)\b", re.IGNORECASE)


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
        span = nh.get(qid) or nh.get(None)
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
