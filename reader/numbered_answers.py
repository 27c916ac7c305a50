"""Answers keyed by their question's number ("2. No", "Q3: ..."): what is said under each number, a number left
unanswered or refused, and lettered parts an answer under the bare number passes over."""

from __future__ import annotations

import bisect
import re

from . import classify as C
from . import nought
from .answer_status import _NOT_YET, _SUPPRESSED, _given_beside_not_held, gives_figures
from .question_number import ANY_NUMBER, NUMBER, PART
from .question_words import _WORDS, _all_asking, _question_words, _quoted_from, _restates
from .questions import parent_of
from .survey import Survey
from .sentences import line_bounds


def _says_not_held(text: str, marks: list, q) -> bool:
    """Whether the reply says under the question's own number that it is not held ("2. Not held."), and refuses
    nothing there ("1. This is not collated centrally ... would exceed the cost limit (section 12)")."""
    found = numbered_answer(text, marks, q)
    return found is not None and found[0] == "not_held" and not C.find_exemptions(text[slice(*found[1])])[0]


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


# the number (or numbers) opening an answer's line: "2. ", "Q2 & 3 - ", "Question 4", "4   "
_NUMBERS_LEAD = re.compile(r"^\s*\(?" + ANY_NUMBER + PART + r"\)?(?:\s*(?:&|and|,|-|to)\s*\d{1,2}[a-z]?)*"
                           r"(?:\s*[.:)\-\u2013]|\s+|$)\s*", re.IGNORECASE)


def answer_on_number_line(text: str, span: tuple[int, int], q) -> str | None:
    """The words on the numbered line that opens ``span`` (a span of _numbered_span), after the number, where
    they answer rather than restate the question ("2. The size of the estate has reduced from 19,056 acres to 16,422
    acres over the last ten years." under "How many farms have the council sold off in the last 10 years?");
    None where they restate or ask."""
    end = text.find("\n", span[0], span[1])
    first = _NUMBERS_LEAD.sub("", text[span[0]:end if end >= 0 else span[1]]).strip()
    if not first or "?" in first or first.endswith(":") or _all_asking(first) or _quoted_from(first, q.text) \
            or C.find_refusal_words(first) or C.find_not_held(first) \
            or _restates(set(_WORDS.findall(first.lower())), _question_words(q.text), first.endswith(".")):
        return None
    return first


_MARKER_ANCHOR = ("marker", "number:", "letter:")
# an answer of one word: "2. No", "3. N/A", "10. None"
_BULLETS = "\u2022\u00b7\u25aa\u25cf*- \t"
_ONE_WORD = re.compile(r"^\s*(?:yes|no|" + nought.WORDS + r"|n/?a|not\s+applicable|all|both)\s*[.!]?\s*$", re.IGNORECASE)
# one word closed by a full stop: an answer said as a sentence ("4. phishing.", "3. Two."), not a request's item
# ("1. Location") nor a heading
_WORD_SAID = re.compile(r"^\s*[A-Za-z][A-Za-z'-]{2,}\.\s*$")


# an item of a list under a question: "• England", "- Non-UK"
_LIST_ITEM = re.compile(r"\s*[\u2022\u00b7\u25aa\u25cf*-]\s*\S")
# a letter's sign-off: what follows is a name, not an answer
_SIGNED_OFF = re.compile(r"\s*(?:yours\s+(?:faithfully|sincerely|truly)|(?:kind|best|warm)\s+regards)\b", re.IGNORECASE)
# a line's number or letter ("2.", "Q3:", "(b)", "Answer 1 -")
_MARKER = re.compile(r"^\s*(?:(?:question|q|answer|a)\s*\.?\s*)?\(?\d{0,2}\s*\(?[a-z]?\)?\s*[.:)\-]\s*", re.IGNORECASE)


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


_LINE_NUMBER = re.compile(r"[ \t]*" + NUMBER + r"[ \t]*[.):]", re.IGNORECASE)


def numbered_answer(text: str, marks: list, q) -> tuple[str, tuple[int, int]] | None:
    """What the reply says under a question's own number (``marks``: numbered_marks of the reply), when it says
    something more than the question restated: ("not_held", span) for "we do not hold ...", ("rejected", span)
    for a refusal in words, else ("successful", span). The text runs from the numbered line to the next number
    (the last one to its paragraph's end)."""
    asked = _question_words(q.text)
    found = None
    quoted = None       # an answer found under the request's own question, restated on the number's line
    for i, (pos, aqid, why) in enumerate(marks):
        if aqid != q.id and why != f"number:{q.id}":
            continue
        found = _mark_answer(text, marks, i, asked, q.text)
        if found is not None and quoted is None and _restated_at(text, pos, asked):
            # "6) In how many cases ...?" above the log's "Clarification Sought" exchange: the reply's own "6. See Q4
            # response above." further down, if there is one, is the answer
            quoted, found = found, None
        if found is not None:
            break
    found = found or quoted
    if found is not None:
        body, span = found
        if C.find_not_held(body) or _NOT_YET.match(body):
            return ("partially_successful" if _given_beside_not_held(text, span) else "not_held"), span
        if C.find_refusal_words(body) and (first := answer_on_number_line(text, span, q)) and gives_figures([first]):
            # "2. The size of the estate has reduced from 19,056 acres to 16,422 acres over the last ten years." /
            # "It is not possible to answer in terms of “How many farms”": part given another way, part refused
            return "partially_successful", span
        if C.find_refusal_words(body) or _SUPPRESSED.match(body) or _all_cells_suppressed(body):
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
                    lines.add(line_bounds(text, f.start))
        # (not "None" under the number, which answers every part; not a line that letters its parts itself)
        numbered = [(a, b) for a, b in lines if (m := _BARE_NUMBER.match(text, a)) and m.group(1) == parent
                    and not _PART_LETTER.search(text, a, b)]
        if numbered and len(numbered) == len(lines) and not zero \
                and not any(k == q.subject for a, b in numbered for _, _, k in survey.find_subjects(text[a:b])):
            out.append(q.id)
    return out


_PART_LETTER = re.compile(r"(?<![\w(])\(?[a-h]\)\s")
_BARE_NUMBER = re.compile(r"[ \t]*" + NUMBER + r"\s*[.):]\s", re.IGNORECASE)


def _cut_after(text: str, marks: list, j: int) -> bool:
    """Whether the j-th mark is the last and the page ends within its line or the next: a stored page cut short."""
    if j != len(marks) - 1:
        return False
    return text[marks[j][0]:].strip().count("\n") <= 1


# a numbered label whose value is left empty: "2. Total amount reimbursed to staff -", "4. Cost per device:"
_EMPTY_FIELD = re.compile(r"^\s*" + ANY_NUMBER + PART + r"\s*[.):]\s*[^?\n]{3,120}?\s[-\u2013\u2014:]\s*$|"
                          r"^\s*" + ANY_NUMBER + PART + r"\s*[.):]\s*[^?\n]{3,120}?[:\u2013\u2014]\s*$", re.IGNORECASE)


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
    return not rest or bool(re.match(ANY_NUMBER + PART + r"\s*[.):]", rest, re.IGNORECASE))


def _one_line_answer(text: str, marks: list, i: int) -> bool:
    """Whether the i-th mark's line holds a short answer after its number ("3. Kingdom"), not a question."""
    pos = marks[i][0]
    end = text.find("\n", pos)
    line = text[pos:end if end >= 0 else len(text)]
    rest = re.sub(r"^\s*(?:(?:question|q)\s*\.?\s*)?\(?\d{0,2}\s*\(?[a-z]?\)?\s*[.:)\-]\s*", "", line, flags=re.IGNORECASE)
    return bool(re.search(r"[A-Za-z]{2,}|\d", rest)) and "?" not in rest and len(rest.split()) <= 6


# a question that asks yes or no ("Does the library service complete ...?"), and a statement that says it back with
# its verb after its subject ("The library service does complete ..., and these have been compiled ..."): the answer
_YES_NO_ASKED = re.compile(r"\s*(?:does|do|did|has|have|had|is|are|was|were|can|will)\b", re.IGNORECASE)
_SAID_BACK = re.compile(r"^\s*[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,6}?\s+(?:does|do|did|has|have|had|is|are|was|were|can|will)"
                        r"(?:\s+not)?\s+(?:been\s+)?[a-z]{3,}[^?]*\.\s*$", re.IGNORECASE)


def _said_back(line: str, question: str) -> bool:
    """Whether ``line`` answers a yes/no question by saying it back as a statement (see _SAID_BACK)."""
    return bool(question) and _YES_NO_ASKED.match(question) is not None and _SAID_BACK.match(line) is not None


# a name written as one word with digits in it, a system's or product's ("AXLR8" under "3. The names of any software
# systems ..."): the answer, not the next section's heading
_NAME_WITH_DIGITS = re.compile(r"[ \t]*(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{3,20}[ \t]*")


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
    signed = next((k for k, ln in enumerate(lines) if k and _SIGNED_OFF.match(ln)), None)
    if signed is not None and lines[0].rstrip().endswith(("?", ":")) \
            and all(_LIST_ITEM.match(ln) for ln in lines[1:signed]):
        # "4) If the figures are held, ...?" / "Yours faithfully,", or "(3) ... in the following countries:" over
        # its bullets, then the sign-off: the request's own item, with no answer under it (a council's "5. None"
        # over its "Yours sincerely" is an answer)
        return None
    if signed == 1 and _restates(set(_WORDS.findall(_MARKER.sub("", lines[0]).lower())), asked, True):
        # "(5) Number of persons GRANTED ... outwith the North Lanarkshire council area." / "Yours faithfully,":
        # the request's last question in its own words, then the requester's sign-off
        return None
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
                                          and nought.first_said("answer_none", first) is None and not _said_back(first, question)) \
            or _quoted_from(lines[0], question) \
            or _all_asking(first):
        lines = lines[1:]        # the question restated above its answer
        if len(lines) == 1 and _SECTION_HEADING.match(lines[0]) and not _ONE_WORD.match(lines[0]) \
                and not _NAME_WITH_DIGITS.fullmatch(lines[0]):
            return None          # "8. Have you removed any litter bins ...?" over the next section's "Litter Clearance Costs"
            # (but "3. Do you provide free dog poo bags ...?" over "No" is answered)
    else:
        lines = [first] + lines[1:]
    # "Our response:" with nothing under it (the next question's heading follows): a blank answer; and the next
    # question restated in the requester's words ("4. Please state if ... If so, please state:") is none either
    lines = [ln for ln in lines if not _ANSWER_LABEL.match(ln) and not _all_asking(ln)]
    if lines and question and all(_LIST_ITEM.match(ln) and _item_quoted(ln, question) for ln in lines):
        return None              # the question's own bullets quoted under it ("3. ... including: / • whether the
        # application was successful / • ..."), the request's words, no answer
    body = " ".join(ln.strip() for ln in lines)
    if _ONE_WORD.match(body.lstrip(_BULLETS)):
        pass                     # "3. N/A", "2. No", "• No"
    elif len(re.findall(r"[A-Za-z]+|\d+", body)) < 2 and not re.search(r"\d", body) \
            and not _WORD_SAID.match(body):
        return None
    elif not re.search(r"[A-Za-z]{2,}|\d", body) or body.rstrip().endswith("?"):
        return None
    s = pos + len(text[pos:]) - len(text[pos:].lstrip())
    return body, (s, s + len(seg.rstrip()))


def _all_cells_suppressed(body: str) -> bool:
    """Whether an answer is a row of cells each withheld as a small number: "| <5* | <5* | <5* |"."""
    cells = [c for c in re.split(r"\s*\|\s*|\t|\s{2,}", body.strip()) if c]
    return len(cells) >= 2 and all(_SUPPRESSED.match(c) for c in cells)


def _restated_at(text: str, pos: int, asked: set[str]) -> bool:
    """Whether the numbered line at ``pos`` is the question in its own words (ending with "?" or a full stop)."""
    end = text.find("\n", pos)
    line = _MARKER.sub("", text[pos:end if end >= 0 else len(text)]).strip()
    return line.endswith(("?", ".")) and _restates(set(_WORDS.findall(line.lower())), asked, True)


def _item_quoted(line: str, question: str) -> bool:
    """Whether a list item's words (three or more) stand, in that order, in the question's text."""
    words = re.findall(r"[a-z0-9]+", line.lower())
    asked = " ".join(re.findall(r"[a-z0-9]+", question.lower()))
    return len(words) >= 3 and f" {' '.join(words)} " in f" {asked} "


# a question's heading alone on its line ("Question 5", "Q6"), and an answer's label alone ("Our response:")
_HEADING_ONLY = re.compile(r"^\s*(?:question|q)\s*\.?\s*\d{1,2}[a-z]?\s*[.:)\-]?\s*$", re.IGNORECASE)
# (and a log's dated heading of another stage of the request: "Clarification Sought 11-11-2013", "Received: 9
# November 2019", "Request Date 01/02/2020": no answer either)
_DATE = r"(?:dated?[ \t]+)?(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Za-z]{3,9}[ \t]+\d{4})"
# (or the body named, its own: "Barnet Homes' response:", "Devon County Council's reply")
_ANSWER_LABEL = re.compile(r"^\s*(?:(?:(?:our|the\s+council'?s|council|"
                           r"(?:[A-Z][\w&-]*[ \t]+){0,3}[A-Z][\w&-]*(?:'s?|\u2019s?))\s+)?"
                           r"(?:responses?|answers?|reply)\s*[:\-]?\s*"
                           r"(?:" + _DATE + r"\s*)?"
                           r"|(?:clarification\s+(?:sought|requested|received)|request(?:ed)?(?:\s+(?:date|received))?|"
                           r"(?:date\s+)?received|acknowledged)\s*[:\-]?\s*" + _DATE + r"\s*)$", re.IGNORECASE)
# a heading of a few capitalised words, no figure, no full stop: "Litter Clearance Costs", "Fly-tipping"
_SECTION_HEADING = re.compile(r"^[ \t]*[A-Z][\w'&/-]*(?:[ \t]+(?:[A-Z][\w'&/-]*|and|of|for|to|the|in|on|&)){0,5}[ \t]*:?[ \t]*$")
