"""Headings and question anchors: what a question's number or letter opens (letters' numbered
answers, Q&A templates), the parts of a line that ask rather than answer, and the headings that set the period,
subject and measure of the lines under them. A heading that is a table header hands over to ``table_headers``."""

from __future__ import annotations

import re
from dataclasses import replace

from ..asking import asking_example, asking_spans
from ..numbers import LOOSE_DIGITS, ZERO_WORDS
from ..periods import Period
from ..survey import MONEY_MEASURES
from ..sentences import STOP, breaks
from .model import _Column, _Context, _Line
from .measures import _asked_measure, measure_of
from .words import _ANSWERED, _content_words, _group, _MARKER, question_words, search_acquired
from .told_counts import says_none_done
from .stacked_periods import StackedPeriods
from .table_intro import introduced_question
from .unlettered import count_part, figures_below, first_part, own_words_named, period_parts_subject
from .unnumbered import between_numbers, first_unnumbered, numbered_starts
from .state import Part, ReadingState


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


# a list's lead-in opens with the thing counted ("Fixed Penalty Notices have been issued for the following ...:",
# "The number of FPNs issued was as follows:") and says it next
_LIST_OPENING = re.compile(r"(?:the\s+)?(?:(?:total\s+)?number\s+of\s+)?(?:the\s+)?")
_FOLLOWING = re.compile(r"\bthe\s+following\b", re.IGNORECASE)
_FIGURE_AT_END = re.compile(r"\d[ \t]*$")     # (a cheap look before a line is read)
_OF_WHAT = re.compile(r"\b(?:of|for|on|in|about|regarding|relating\s+to)\b", re.IGNORECASE)
_FIGURE_OR_ZERO = re.compile(r"\d|\b(?:" + "|".join(ZERO_WORDS) + r")\b", re.IGNORECASE)
_LIST_VERB = re.compile(r"\s*(?:\([^()\n]{1,12}\)\s*)?(?:have\s+been|has\s+been|were|was|are|is|issued|served|given)\b",
                        re.IGNORECASE)


# a line that opens by naming the one question it answers: "In response to question 3 (above), the core ... has
# disposed of the following equipment:", "In answer to Q2:" (not "question 1 and 2", which names two)
_LEAD_REFERENCE = re.compile(r"[ \t]*(?:in[ \t]+)?(?:response|reply|answer|regards?|relation)[ \t]+to[ \t]+(?:your[ \t]+)?"
                             r"(?:question|q)\.?[ \t]*(?P<n>\d{1,2})(?:[ \t]*\(?(?P<l>[a-h])(?![a-z])\)?)?(?![\w/.,]?\d)"
                             r"(?![ \t]*(?:,|&|and\b|to\b|-|\u2013|/)[ \t]*(?:q(?:uestions?)?[ \t]*)?\(?\d)", re.IGNORECASE)


# a heading that names a run of a question's parts, or two of them answered together: "1.a)-d)", "Q2a-c", "2.a) &
# b) 7 hours per day"
_PART_RUN = re.compile(r"[ \t]*(?:q(?:uestions?)?[ \t]*)?(?P<n>\d{1,2})[ \t]*\.?[ \t]*\(?(?P<a>[a-h])\)?[ \t]*"
                       r"(?P<j>-|\u2013|to|&|and)[ \t]*\(?(?P<b>[a-h])\)?(?![a-z])", re.IGNORECASE)


# a note on the answer above or below it: "NOTE - ...", "Please note: ...", "NB: ..."
_NOTE_LINE = re.compile(r"(?:please[ \t]+)?(?:note|nb)[ \t]*[-:\u2013]", re.IGNORECASE)


# a line opened by a question's number: "3.", "Q3)", "(3)", "3a."
_NUMBERED_LINE = re.compile(r"(?im)^[ \t]*(?:q(?:uestion)?[ \t]*\.?[ \t]*)?\(?(\d{1,2})[ \t]*\(?[a-z]?\)?[ \t]*[.):]")


# the first cell of a header over a column of periods: "Financial Year", "Year", "Period"
# a nought said in words, as an answer that restates its question says it: "There have been no Section 130A
# Notices ... served on the authority in 2022."
_NOUGHT_SAID = re.compile(r"\b(?:no|" + "|".join(ZERO_WORDS) + r")\b", re.IGNORECASE)
# a list's number opening a line: "2. ", "3) ", "(4) ", "Q5."
_LIST_MARK = re.compile(r"^[ \t]*(?:q(?:uestion)?[ \t]*)?\(?\d{1,2}[a-z]?[.)]", re.IGNORECASE)
# (asked of every line that does not ask: compiled once, not looked up in re's cache on each)
_A_DIGIT = re.compile(r"\d")
_NUMBERS_OF_LINE = re.compile(rf"{LOOSE_DIGITS}\d|\d")
_YEAR_LABEL = re.compile(r"(?:financial[ \t]+|calendar[ \t]+)?(?:year|period)s?", re.IGNORECASE)



# a line that asks for something in a request's words, with no "?": "-The number of Blue Badge-related Penalty
# Charge Notices (PCNs) issued by your authority", "Total spend on ...", "Details of ..."
# periods listed in a sentence, the last after "and"/"or" ("- The number of missed bin collections in 2018, 2019
# and 2020" over "2018 - 2102"): the request's words restated, not a header of a column per period
_LAST_LISTED = re.compile(r"[\s,]*(?:and|or|&)\s*", re.IGNORECASE)


def _periods_listed(text: str, line: _Line) -> bool:
    return (len(line.periods) >= 2 and not line.values
            and bool(_LAST_LISTED.fullmatch(text[line.periods[-2].end:line.periods[-1].start])))


_ASKS_FOR = re.compile(r"[\s\-\u2022*\u00b7>]*(?:the\s+)?(?:total\s+)?(?:numbers?\s+of|amount\s+(?:of|paid|spent)|how\s+(?:many|much)|"
                       r"(?:total\s+)?(?:spend|cost|income|expenditure)\s+(?:on|of|from))\b", re.IGNORECASE)

# a request named by its title: "This is an HTML version of an attachment to the Freedom of Information request
# 'Littering and Dog Fouling Fixed Penalty Notices'.", "your request entitled 'Dog fouling'"
_TITLE = re.compile(r"\brequest(?:[ \t]+(?:entitled|titled|called|headed))?[ \t]*[\"'\u2018\u201c]"
                    r"[^\"'\u2019\u201d\n]{3,200}[\"'\u2019\u201d]", re.IGNORECASE)


# a year that opens a span of years: "in each year from 2009-10", "since 2009-10"
_FROM_BEFORE = re.compile(r"\b(?:from|since)[ \t]+$", re.IGNORECASE)
# a line keyed as an answer to a number, as Q&A templates write them: "A.4", "A4:", "Answer 4 -"
_ANSWER_KEY = re.compile(r"[ \t]*(?:answer[ \t]*|a(?=\.?\d))\.?[ \t]*\d{1,2}[a-z]?\b", re.IGNORECASE)

def _in_title(line: _Line) -> bool:
    """Whether every subject the line names is inside a request's title it quotes: the requester's words, which
    head no answer (a reply's first line naming the request is not question 10's heading)."""
    if not line.subjects or "request" not in line.text.lower():
        return False
    titles = [(line.start + m.start(), line.start + m.end()) for m in _TITLE.finditer(line.text)]
    return bool(titles) and all(any(a <= s and e <= b for a, b in titles) for s, e, _ in line.subjects)


# a line's text up to its first stop after a word followed by a capital ("... within five working days. However,
# ...", not the number's "3. We")
_FIRST_SENTENCE = re.compile(r"(?:[^.?!\n]|[.?!](?![ \t]+[A-Z])|(?<![A-Za-z)]{2})[.?!](?=[ \t]+[A-Z]))*[.?!]?")

def _periods_alone(line: _Line) -> bool:
    """A header of two or more periods after at most a short label, however long ("Period 01/01/2020 - 31/12/2020
    01/01/2021 - 31/12/2021 ... 01/01/2024 - 31/12/2024"): no prose."""
    if len(line.periods) < 2 or line.values or len(line.text) > 400:
        return False
    rest = line.text[:line.periods[0].start - line.start] + "".join(
        line.text[a.end - line.start:b.start - line.start] for a, b in zip(line.periods, line.periods[1:]))
    return len(rest.split()) <= 2 and not line.text[line.periods[-1].end - line.start:].strip()


# a line opening in lower case (compiled once: asked of most lines)
_LOWER_START = re.compile(r"\s*[a-z]")


class Headings(Part):
    """Question anchors and the headings that set a section's period, subject and measure (part of ``FactReader``)."""

    def __init__(self, state: ReadingState):
        super().__init__(state)
        self._question_words: dict[str, frozenset[str]] | None = None
        # the parts a heading names as a run ("1.a)-d)") or together ("2.a) & b)"), and whether together
        self.parts: list = []
        self.parts_joint = False
        self._numbered: dict[int, list[int]] | None = None   # see _numbered_lines
        self._runs: list[str] = []   # the lettered questions bare lettered answers were given to (see _letter_run)
        self._run_letter = ""
        self.stacked = StackedPeriods(state.text)
        # the number of the last line a question's number opens, and that line (see unnumbered.between_numbers)
        self._last_number: tuple[int, _Line] | None = None
        self._unnumbered_at = -1      # where a block under no number took the number left out
        self._starts: list[tuple[int, int]] | None = None     # see unnumbered.numbered_starts

    def _answer_below(self, line: _Line, longest: int = 80) -> bool:
        """Whether the next line with words holds a figure ("2019/20 - 605", "None"): the answer right under a
        restated question, not the request quoted at the top of the reply with the letter below it."""
        rest = self.text[line.end:line.end + 400].split("\n")
        below = next((t.strip() for t in rest if t.strip()), "")
        # (a question restated with its "?" heads the prose answer below it too: "Please can you tell me the number
        # of public bins the council has provided ...?" / "Waste/Highways: Approximately 408 freestanding litter bins
        # were installed, ...")
        return (len(below) <= longest or "?" in line.text) and "?" not in below \
            and bool(_FIGURE_OR_ZERO.search(below) or says_none_done(below))

    def _one_lettered_group(self) -> str:
        """The number of the survey's only question with lettered parts ("1" of 1a-1e), or "": a reply that letters
        its answers "a)" ... "e)" under no number answers that question's parts (a request with one preamble)."""
        groups = {m.group(1) for q in self.survey.questions if (m := re.fullmatch(r"(\d+)[a-z]", q.id))}
        return groups.pop() if len(groups) == 1 else ""

    def restated_question(self, asked: str):
        """The survey question whose words ``asked`` restates (most of its words and its years, more than any
        other's), or None."""
        said = _content_words(asked, years=True)
        if len(said) < 3:
            return None
        if self._question_words is None:
            self._question_words = question_words(self.survey, years=True)
        scores = sorted(((len(said & own) / len(said | own), k) for k, own in self._question_words.items()),
                        reverse=True)
        if not scores or scores[0][0] < 0.5 or len(scores) > 1 and scores[1][0] == scores[0][0]:
            return None
        return self.survey.question(scores[0][1])

    def _restated_word_for_word(self, asked: str):
        """The one survey question ``asked`` is word for word (its case, spacing and last stop aside), or None: a short
        question ("If so, how many of your streetlights does this affect?") is told from its twin asked of another
        year ("... did this affect?") by its words exactly, where it has too few to weigh."""
        said = _plain(asked)
        if not said:
            return None
        same = [q for q in self.survey.questions if q.text and _plain(q.text) == said]
        return same[0] if len(same) == 1 else None

    def sections(self, line: _Line, ctx: _Context) -> None:
        """What a line's question number or letter starts, and whether the lines above it speak of buying."""
        self.state.line = line
        self.stacked.see(line, ctx)
        if line.marker and line.marker[0] and self._item_under_section(line):
            pass    # "    3. 2021-22 - 84" under "  1. How many ...?": question 1's list of years, not question 3
        elif line.marker and line.marker[0]:
            self._last_number = (int(line.marker[0]), line)
            self.parts, self.parts_joint = self._part_run(line.text)
            self.state.buying_headings.clear()
            self.state.group = re.match(r"\d*", line.marker[0]).group(0) or self.state.group
            numbered = self.survey.question(f"{int(line.marker[0])}{line.marker[1] or ''}")
            section = self._question_of(line, numbered)
            if section is None and numbered is None and self.state.section is not None \
                    and _group(self.state.section.id) == str(int(line.marker[0])) and line.marker[1] is None \
                    and _ANSWER_KEY.match(line.text):
                # "Q.5 How many ... proposed for closure ...?" (the survey's 5a) over "A.5   None": a number the
                # survey asks only in parts answers the part restated above it
                section = self.state.section
            if section is None and numbered is None and line.marker[1] is None:
                section = first_part(self.survey, int(line.marker[0]), _content_words(line.text[:300]),
                                     self.state.question_words, bool(line.values)) \
                    if line.values or figures_below(self.text, line.end) else None
                section = section or count_part(self.survey, int(line.marker[0]), line.values)
            if section is None and numbered is None and line.marker[1] is not None \
                    and line.marker[1].lower() not in ("i", "v", "x") \
                    and (whole := self.survey.question(str(int(line.marker[0])))) is not None \
                    and not any(q.id != whole.id and _group(q.id) == whole.id for q in self.survey.questions):
                # "2a) None" / "2b) None" where the survey asks question 2 whole: the reply's letters are its parts
                # (not a roman part, "2i)" / "ii)", which a draft may have numbered on)
                section = whole
            self.state.section = section
            self.state.section_line = line.start
            before = [int(_group(q.id) or 0) for q in self.survey.questions if q.subject == ctx.subject]
            if self.state.section is None and line.values and before and min(before) > int(line.marker[0]):
                # "  1. 2011-12: One burial;" after the request's "3. What happens to the ashes ...?": the numbers
                # start again, and the thing question 3 named is not this answer's
                ctx.subject = None
            if line.values:
                ctx.measure = None      # "2. a) Number of Zoom accounts created: 0": question 1's cost is over
            if section is None and numbered is None and line.marker[1] is None and line.values \
                    and not line.subjects and (same := period_parts_subject(self.survey, int(line.marker[0]))):
                ctx.subject, ctx.subject_fresh = same, True     # (the part asking each figure's period: emit.py)
        elif line.marker and line.marker[1] and self._period_item(line):
            pass    # "a) 2018-19 academic year: 209" / "b) 2019-20 academic year: 249": the question's years, lettered
        elif line.marker and line.marker[1] and (group := self._letter_run(line) or self.state.group
                                                 or self._one_lettered_group()):
            q = self._question_of(line, self.survey.question(f"{group}{line.marker[1]}"))
            if q is not None:
                self.state.section, self.state.section_line = q, line.start
        elif not line.marker and (first := first_unnumbered(self.text, line, self.survey)) is not None:
            # (the thing the request's last question named is not this answer's)
            self.state.section, self.state.section_line = first, line.start
            ctx.subject, ctx.subject_fresh = first.subject, True
        elif not line.marker and self._last_number is not None and (left := between_numbers(
                self.text, line, self._last_number, self.survey, self._number_starts())) is not None:
            # a block of figures where the reply's numbers leave one out: that number's answer, as if numbered
            self.state.section, self.state.section_line = left, line.start
            ctx.subject, ctx.subject_fresh = left.subject, True
            ctx.period, ctx.measure, ctx.columns = None, left.measures[0] if len(left.measures) == 1 else None, []
            self._last_number = (int(_group(left.id)), line)
            self._unnumbered_at = line.start
        elif not line.marker and (ref := _LEAD_REFERENCE.match(line.text)) is not None:
            q = self.survey.question(f"{int(ref.group('n'))}{(ref.group('l') or '').lower()}") \
                or self.survey.question(str(int(ref.group("n"))))
            if q is not None:
                self.state.section, self.state.section_line = q, line.start
                self.state.group = str(int(ref.group("n")))
        q = self.state.section if line.marker and self.state.section_line == line.start else None
        if q is not None and line.values and (not line.subjects or q.subject in {k for _, _, k in line.subjects}):
            # "4. 2019 - NIL, 2020 - 6, 2021 - 15", or "a) 0" under "2. ... a Number of Zoom accounts created": an
            # answer on its question's numbered line (its figures say their own measure unless the question asks
            # for one only)
            ctx.subject, ctx.subject_fresh = q.subject, True
            ctx.measure = q.measures[0] if len(q.measures) == 1 else None
            if len(q.periods) == 1 and ctx.period is not None and not line.periods:
                # "3. a) 2" / "b) 1.5" under "3. How many FTE ... at the end of each of the financial years: a) 2022-23,
                # b) 2023-24 ...": a part that asks one period is answered for it, not for a year named above
                ctx.period = None
        if not line.values:
            self.state.buying_headings = [*self.state.buying_headings[-2:], bool(search_acquired(line.text))]

    def _letter_run(self, line: _Line) -> str:
        """The lettered question a bare lettered answer belongs to when its number cannot say: the request quoted
        whole, then its answers as lettered lists with no number over them ("7) Have you adopted ...?" / "a. 4482"
        / ... / "f. None" / "a. 67201" / "b. 4307"). A list lettered from "a." under a number with no lettered
        parts answers the first lettered question no such list has answered; lettering that starts again at
        "a." inside such a list answers the next one. "" when the number above says which (or nothing does)."""
        letter = line.marker[1].lower()
        if not line.values or line.subjects:
            return ""
        current = self._runs[-1] if self._runs and self.state.group == self._runs[-1] else ""
        if current and not (letter == "a" and self._run_letter > "a"):
            self._run_letter = letter
            return current
        group = self.state.group
        if letter != "a" or not current and (not group or any(_group(q.id) == group and q.id != group
                                                               for q in self.survey.questions)):
            return ""
        lettered = [g for g in dict.fromkeys(_group(q.id) for q in self.survey.questions
                                             if re.fullmatch(r"\d+[a-z]", q.id)) if g not in self._runs]
        if current:
            lettered = [g for g in lettered if int(g) > int(current)]
        if not lettered:
            return ""
        self._runs.append(lettered[0])
        self._run_letter = "a"
        self.state.group = lettered[0]
        return lettered[0]

    def _right_under_number(self, line: _Line) -> bool:
        """Whether the line is the first below the line of the question's number being read (blank lines aside)."""
        at = self.state.section_line
        if self.state.section is None or at < 0 or at >= line.start:
            return False
        end = self.text.find("\n", at)
        return 0 <= end < line.start and not self.text[end:line.start].strip()

    def _same_group(self, sec, subject: str | None) -> bool:
        """Whether a question of ``subject`` is ``sec`` or a part of the same number ("3a" beside "3b")."""
        if sec is None:
            return False
        return any(_group(q.id) == _group(sec.id) for q in self.survey.questions if q.subject == subject)

    def _one_figure_below(self, line: _Line) -> bool:
        """Whether the next line is a period and one figure ("1st April 2019 - 31st March 2020 1" under "Period Dogs
        Euthanised"): the words above are one column's title, though they name two of the survey's things ("dogs",
        "euthanised"), not a column for each."""
        s = line.end + 1
        while s < len(self.text) and self.text[s] in " \t\n":
            s += 1
        e = self.text.find("\n", s)
        if s >= len(self.text) or not _FIGURE_AT_END.search(self.text, s, e if e >= 0 else len(self.text)):
            return False
        below = self.reply_lines._line(s, e if e >= 0 else len(self.text))
        return len(below.periods) == 1 and len(below.values) == 1 and below.cells is None \
            and not self.text[s:below.periods[0].start].strip() and below.values[0].start >= below.periods[0].end

    def _section_titled(self, line: _Line, subjects: set[str]) -> str | None:
        """The subject of the question being answered, for a column's title that names it or is all in its words
        after a period label ("Period Dogs Euthanised" under "2. How many of these dogs/cats were euthanised?");
        None otherwise."""
        sec = self.state.section
        if sec is None:
            return None
        if sec.subject in subjects:
            return sec.subject
        label = _YEAR_LABEL.match(line.text.lstrip())
        said = _content_words(line.text.lstrip()[label.end():] if label else line.text)
        return sec.subject if said and said <= self.state.question_words.get(sec.id, frozenset()) else None

    def _section_named(self, line: _Line) -> str | None:
        """The subject of the question whose answer is being read, for a short heading naming two of the survey's
        things in that question's own words ("3. How many accounts were in arrears at the end of the financial
        year?" / "Number of Accounts in Arrears |", where "accounts" and "arrears" are questions 1's and 4's
        subjects): every word of the heading is the question's, not all of them any one other subject's
        question's. None otherwise."""
        sec = self.state.section
        said = _content_words(line.text)
        if sec is None or not said or len(line.text.strip()) > 60 or line.values or line.periods:
            return None
        if not said <= self.state.question_words.get(sec.id, frozenset()):
            return None
        named = {k for _, _, k in line.subjects} - {sec.subject}
        if any(said <= self.state.question_words.get(q.id, frozenset()) for q in self.survey.questions
               if q.subject in named):
            return None
        return sec.subject

    def _under_bare_number(self, line: _Line) -> bool:
        """Whether the line comes straight after a question's number standing alone on its line ("3." over "How
        many accounts were in arrears at the end of the financial year?"): the number's words, on the next line."""
        if self.state.section is None or self.state.section_line < 0 or self.state.section_line >= line.start:
            return False
        return re.fullmatch(r"\s*(?:q(?:uestion)?\s*)?\(?\d{1,2}[a-z]?\)?[.):]?\s*",
                            self.text[self.state.section_line:line.start], re.IGNORECASE) is not None

    def _item_under_section(self, line: _Line) -> bool:
        """A numbered line indented deeper than the question number above it that gives a period and a figure and
        names nothing ("  1. How many home adaptations were delivered in the following financial years ...?" /
        "    1. 2019-20 - 53" / "    2. 2020-21 - 70" / "    3. 2021-22 - 84"): an item of that question's answer,
        numbered as a list, not a question's number."""
        if self.state.section is None or self.state.section_line < 0 or not line.periods or not line.values \
                or line.subjects:
            return False
        text = self.state.text
        a = text.rfind("\n", 0, self.state.section_line) + 1
        above = text[a:text.find("\n", a) if "\n" in text[a:] else len(text)]
        b = text.rfind("\n", 0, line.start) + 1
        own = text[b:line.end]
        if any(t.strip() and not re.match(r"[ \t]+\d{1,2}[.)]", t) for t in text[a + len(above):b].split("\n")):
            return False    # "Response 23-11-2016" / "  1. 2011-12: One burial;" under the request's "3. ...?"
        return len(own) - len(own.lstrip(" \t")) > len(above) - len(above.lstrip(" \t"))

    def _period_item(self, line: _Line) -> bool:
        """A lettered line that opens with a period and gives its figure, under a question whose lettered part of
        that letter does not ask for that period ("1. The number of children ... by the last 5 years" over "a)
        2018-19 academic year: 209 of which 42 were classified SEND" / "b) 2019-20 academic year: 249 ..."): an
        item of a list of years, lettered as a list, not the question's part (b) asking something else)."""
        if self.state.section is None or not line.periods or not line.values or line.marker[0]:
            return False
        first = min(line.periods, key=lambda p: p.start)
        if not re.fullmatch(r"[ \t]*\(?[A-Za-z][.)][ \t]*", self.state.text[line.start:first.start]):
            return False
        group = _group(self.state.section.id)
        part = self.survey.question(f"{group}{line.marker[1].lower()}")
        return part is None or first.label not in (part.text or "")

    def _part_run(self, text: str) -> tuple[list, bool]:
        """The survey's parts a numbered line names as a run ("1.a)-d)": 1a, 1b, 1c, 1d) or together ("2.a) &
        b)": 2a, 2b), and whether together; ([], False) when it names one."""
        m = _PART_RUN.match(text)
        if m is None:
            return [], False
        a, b = m.group("a").lower(), m.group("b").lower()
        if b <= a:
            return [], False
        joint = m.group("j").lower() in ("&", "and")
        letters = [a, b] if joint else [chr(c) for c in range(ord(a), ord(b) + 1)]
        parts = [q for q in (self.survey.question(f"{int(m.group('n'))}{x}") for x in letters) if q is not None]
        return (parts, joint) if len(parts) >= 2 else ([], False)

    def asked_spans(self, raw: str) -> list[tuple[int, int]]:
        """The parts of a line that ask rather than answer: a sentence ending in "?" ("For 2016 which five sites
        have been responsible for the most PCNs?"), or a line that restates a survey question up to a colon
        ("A) Copies of the last 10 tribunal decisions for parking PCNs where:"). Their numbers are the
        request's, not figures."""
        spans = asking_spans(raw) or ([(0, len(raw))] if asking_example(raw) else [])
        stripped = raw.rstrip()
        if stripped.endswith(":") and not spans:
            words = _content_words(stripped)
            if len(words) >= 4 and any(len(words & qw) >= 0.7 * len(words)
                                       for qw in self.state.question_words.values()):
                spans.append((0, len(stripped)))
        elif not spans and _A_DIGIT.search(stripped) and not _NOUGHT_SAID.search(stripped) \
                and len(words := _content_words(stripped)) >= 5:
            # the request restated whole as a statement, on the page above the reply: "2. The total amount of
            # severance pay ... paid to staff earning more than £50,000 per annum in financial year 2009-2010." (its
            # words all a question's and no others, and every number past its own list number the question's: an
            # answer says words of its own, or a number typed in after the question, "... area – 3989")
            said = [q for q in self.survey.questions
                    if len(words & (qw := self.state.question_words[q.id])) >= 0.9 * len(qw)
                    and len(words - qw) <= 0.1 * len(words)]
            # (its numbers read only where its words are a question's: most lines' are no question's)
            numbers = _NUMBERS_OF_LINE.findall(_LIST_MARK.sub("", stripped, count=1)) if said else []
            if said and all(any(re.search(r"(?<![\d.,])" + re.escape(n.rstrip(".,")) + r"(?![\d]|[.,]\d)", q.text)
                                    for q in said) for n in numbers):
                spans.append((0, len(stripped)))
        return spans

    def _question_of(self, line: _Line, numbered):
        """The survey question a numbered line heads: the one its number names, unless the words after the
        number are another question's ("2. The number of children's social workers employed individually
        through an agency ..." answering the survey's question 5 in the council's own numbering)."""
        # (its first sentence: a question restated is one, and a long answer's later sentences hold every word of
        # a short question, "3. We aim to repair all known street lighting faults within five working days. However,
        # ... our repair crews ... the faults reported" against "Do you have to repair every street light out
        # reported?")
        words = _content_words(_FIRST_SENTENCE.match(line.text[:300]).group(0))
        if len(words) < 4:
            words = _content_words(line.text[:300])     # ("2. Information not held. Moray Council does not ...")
        if len(words) < 4:
            return numbered
        scores = {q.id: len(words & self.state.question_words[q.id]) / max(1, len(self.state.question_words[q.id]))
                  for q in self.survey.questions}
        # (two questions asked in the same words, "4. How many allotment a) sites ... in May 2010?" under a survey
        # whose 3a and 4a both read "How many allotment sites": the line's own number's part, not the first)
        group = re.match(r"\d*", line.marker[0]).group(0) if line.marker and line.marker[0] else None
        best = max(scores, key=lambda k: (scores[k], group is not None and _group(k) == group)) if scores else None
        own = scores.get(numbered.id, 0.0) if numbered is not None else 0.0
        if best is None or scores[best] < 0.5 or scores[best] < own + 0.15:
            return numbered
        if numbered is not None and line.values \
                and words & self.state.question_words[best] <= self.state.question_words[numbered.id]:
            # "1. 1478" / "a. 1049 laptops, 260 tablets" where questions 1a and 3a both ask "how many were laptops,
            # how many were tablets": no word by the figures is the other question's alone
            return numbered
        other = self.survey.question(best)
        said = measure_of(line.text[:300])
        if numbered is not None and (said in MONEY_MEASURES or said == "cost") \
                and MONEY_MEASURES & set(numbered.measures) and not MONEY_MEASURES & set(other.measures):
            return numbered     # "3. Total Income for Fixed Penalty Notices ...": question 3's money, not 2's count
        return other

    def anchor(self, line: _Line) -> None:
        if line.start == self._unnumbered_at and self.state.section is not None:
            self.state.anchors.append((line.start, self.state.section.id, "marker"))
            return
        questions = {self.survey.question_for(k) for _, _, k in line.subjects} - {None} if line.subjects else set()
        if len(questions) > 1:
            # "Cyber security software | uses the tools in its Microsoft 365 licensing": the label leads
            lead = len(line.text) - len(line.text.lstrip())
            m = _MARKER.match(line.text)
            if m and m.end() > m.start():
                lead = max(lead, m.end())
            first = line.subjects[0]
            if first[0] - line.start <= lead + 2:
                questions = {self.survey.question_for(first[2])} - {None}
        if line.marker and self.state.section is not None and self.state.section_line == line.start and (
                self.state.section.subject in {k for _, _, k in line.subjects} or not line.subjects
                or len(line.text.strip()) <= 60 or self._said_after_answer(line)
                # ("Q.10 Could you confirm which department is responsible for enforcing against Dog Fouling?" where
                # questions 1 and 10 both name a "department": the words are found as question 1's, the number is 10)
                or self._names_shared(line, self.state.section.subject)
                or _ANSWER_KEY.match(line.text) is not None):
            # the question this number heads (its own, or the one its words restate), before the first question
            # that asks about its subject; a line keyed as an answer ("A.4   Children's playgrounds are managed
            # ...") answers its number whatever it names
            self.state.anchors.append((line.start, self.state.section.id, "marker"))
        elif len(questions) == 1 and not _in_title(line):
            self.state.anchors.append((line.start, questions.pop(), "subject"))
        elif line.marker and line.marker[0] and line.marker[1]:
            qid = f"{int(line.marker[0])}{line.marker[1]}"
            if self.survey.question(qid):
                self.state.anchors.append((line.start, qid, "marker"))
            elif self.survey.question(str(int(line.marker[0]))) is not None:
                # "2a) We do not have this data" where question 2 has no parts: the reply letters its own answers
                # to 2 ("2a) ... / b) ... / c) ..."), so the letters below it are 2's, not the last number's
                self.state.anchors.append((line.start, None, f"number:{int(line.marker[0])}"))
        elif line.marker and line.marker[1] and not line.marker[0]:
            self.state.anchors.append((line.start, None, f"letter:{line.marker[1]}"))
        elif line.marker and line.marker[0]:
            self.state.anchors.append((line.start, None, f"number:{int(line.marker[0])}"))

    @staticmethod
    def _said_after_answer(line: _Line) -> bool:
        """"2. Information not held. Moray Council ... manage the site and waiting list directly.": a numbered line
        whose first sentence names no subject and holds no figure answers its own number; the things named after
        it are what the answer goes on to explain."""
        end = next(breaks(line.text[(_MARKER.match(line.text) or re.match("", "")).end():], STOP), None)
        if end is None or not line.subjects:
            return False
        cut = line.start + (_MARKER.match(line.text) or re.match("", "")).end() + end.end()
        return line.subjects[0][0] >= cut and not any(v.start < cut for v in line.values)

    def _open_start(self, line: _Line, q) -> bool:
        """Whether the one period a restated question names is where the years it asks start ("Q.1 How many ...
        in each year from 2009-10?", "... sold off ... since 2009-10?"), where the question asks several years or
        none: no heading of the answer's year."""
        p = line.periods[0]
        return len(q.periods) != 1 and _FROM_BEFORE.search(self.text, max(line.start, p.start - 12), p.start) is not None

    def _named_answered_above(self, line: _Line, q) -> bool:
        """Whether every thing a question's numbered line names is another question's, answered above under its own
        number ("(1) ... private hire driver licences in force ..." / "(3) The number of private hire driver licence
        applications granted ... is as follows:-": the reply numbers its answers as the request did, and the number
        says whose figures follow, not the words it shares with question 1)."""
        if not line.marker or self.state.section_line != line.start or "?" in line.text:
            return False        # (a question restated: its words, not its number, say which one it is)
        named = {k for _, _, k in line.subjects}
        answered = {f.subject for f in self.state.facts if f.question is not None and f.question != q.id
                    and f.start < line.start}
        return bool(named) and q.subject not in named and named <= answered

    def _after_a_question(self, line: _Line) -> bool:
        """Whether the line before (blank lines passed over) is a question bulleted as this one is: a run of them
        is the request's list ("• How many ...?" / "• What was spent ...?"), answered below in order, not each
        over its answer (a question under another unbulleted, "Do you dim ...?" / "If so, how many ...?", is
        still over its answer)."""
        end = line.start
        while end > 0 and self.text[end - 1].isspace():     # (no copy of the text before: this asks at one line)
            end -= 1
        if end == 0 or self.text[end - 1] != "?":
            return False
        prev = self.text[self.text.rfind("\n", 0, end) + 1:end].lstrip()
        mine = line.text.lstrip()
        return bool(prev) and bool(mine) and not prev[0].isalnum() and prev[0] == mine[0]

    def _names_shared(self, line: _Line, subject: str) -> bool:
        """Whether the line names ``subject`` in the words of another subject named by exactly the same words
        ("Q2. Of the households living with children ..." where questions 1 and 2 each have a subject "households
        living": the words are found as the first one's)."""
        own = self.survey.subjects.get(subject)
        if own is None or not own.synonyms:
            return False
        mine = set(own.synonyms)
        return any(k != subject and k in self.survey.subjects and mine == set(self.survey.subjects[k].synonyms)
                   for _, _, k in line.subjects)

    def heading(self, line: _Line, ctx: _Context) -> None:
        text = line.text.strip()
        ctx.answering = None
        if self.headers.quarter_row(line, ctx):
            return
        if line.marker:
            ctx.by_row = None
        q = self.state.section if line.marker and self.state.section_line == line.start else None
        exact = None    # a question restated word for word (see _restated_word_for_word)
        if q is None and not line.marker and self._under_bare_number(line):
            q = self.state.section      # "3." / "How many accounts were in arrears at the end ...?": its question
        # a question restated with its dates ("3. How many children ... between 1 January 2023 and 31st December
        # 2023?") is not a header of period columns
        asking = text.endswith("?") and bool(line.asked) or _periods_listed(self.text, line)
        if q is None and not line.marker and not line.values and (
                line.asked and sum(b - a for a, b in line.asked) >= 0.8 * len(text)
                or len(text) <= 300 and _ASKS_FOR.match(text) and not any(c.period for c in ctx.columns)):
            # "How many tenants have been placed in temporary accommodation since 2019? Please break down by
            # year." over "2019/20 - 605": a question restated without its number heads its answer as a numbered
            # one does, when its words are one survey question's (also a request's item with no "?", "-The number
            # of Blue Badge-related Penalty Charge Notices (PCNs) issued by your authority ..." over "2021: 424")
            exact = self._restated_word_for_word(text) if text.rstrip().endswith("?") else None
            q = exact if exact is not None and self._answer_below(line, 120) \
                else self.restated_question(text) if self._answer_below(line) else None
            if q is not None and q is not exact and line.subjects and q.subject not in {k for _, _, k in line.subjects}:
                q = None
        if q is None and not line.marker and (intro := introduced_question(
                line, self.text, self.survey, self.state.question_words)) is not None:
            # "Please see the table below the total expenditure by year for winter maintenance:" / "Year | Total (£)"
            # / "16/17 | 2,043,955.44": the table under a sentence in one question's words is that question's
            ctx.detached = None
            ctx.period, ctx.period_group, ctx.columns = None, None, []
            ctx.subject, ctx.subject_fresh = intro.subject, True
            ctx.measure = _asked_measure(intro, text)
            self.state.section, self.state.section_line = intro, line.start
            return
        if q is not None and (len(line.periods) < 2 or asking) and (
                not line.subjects or q is exact or q.subject in {k for _, _, k in line.subjects}
                or self._names_shared(line, q.subject) or self._named_answered_above(line, q)):
            # "Q2." (or "2. How many FPNs ...?", however long) over "2020/2021 - 40": the figures under a
            # question's number are that question's, in its measure when it asks for one only
            if ctx.sections_repeat:
                self.reattach(ctx)
            ctx.detached = None
            ctx.period = self.emitter.as_asked(q, line.periods[0]) if len(line.periods) == 1 \
                and not self._open_start(line, q) else None
            ctx.period_group = None
            if not self.headers.part_of_year_table(text, ctx):
                ctx.columns = []
            # a long restated question does not make the prose after it its answer; a short line does
            ctx.subject, ctx.subject_fresh = q.subject, len(text) <= 90 or "?" in text
            ctx.answering = q.subject if "?" in text and not line.marker else None
            ctx.measure = _asked_measure(q, text)
            if q is exact and not self._after_a_question(line):
                # (word for word, as its number would: the line under it that names another question's thing in
                # words of its own question too answers it, emit._shared_word_subject); the last of a run of
                # questions is the request's list ending, not one question over its answer
                self.state.section, self.state.section_line = q, line.start
            return
        # a long line is prose, not a heading, unless it is a question restated above its answer
        # ("Q1a. How many laptops did the council buy in each of the last three years?" / "A: ...")
        if len(text) > 90 and not (line.marker and text.endswith("?") and len(text) <= 200) \
                and not _periods_alone(line):
            # a long single-spaced header of phrase columns under a period label is still a header
            if len(text) <= 200 and line.subjects and not line.periods:
                if not self.headers.measure_header(line, ctx):
                    self.headers.phrase_header(line, ctx, repeated=True)
            return
        if ctx.subject is not None and not line.periods and _NOTE_LINE.match(text):
            return      # "NOTE - All accounts with a balance for previous years have been included" under question
            # 3's restated words: a note on its answer, naming things in passing, heads nothing
        measure = measure_of(text)
        subjects = {k for _, _, k in line.subjects} if line.subjects else set()
        if len(line.periods) >= 2:
            # "Financial Year | Capital Budget | Capital Expenditure |" / "2015-2016 2016-2017 |" / "£1,996,000
            # £2,414,000 |" ...: a table copied a column at a time; the periods head the figures of each line, and
            # the lines are the header's columns after the first, in order
            cells = ctx.columns if ctx.columns_are_cells else []
            above = next((t for t in reversed(self.text[max(0, line.start - 1000):line.start].split("\n")) if t.strip()), "")
            ctx.by_row = [c for c in cells[1:]] if (
                "|" in above and all(c.text.strip() in above for c in cells) and (
                len(cells) >= 3 and _YEAR_LABEL.fullmatch(cells[0].text.strip())
                and not any(c.period for c in cells) and all(c.text.strip() for c in cells[1:])
                and not self.text[line.start:line.end].replace("|", " ").strip()[len(line.periods[-1].label):].strip()
                .startswith(tuple("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")))) else None
            # "Device 2018-19 2019-20 2020-21 Unit cost (including VAT)": a column per period, and one per
            # measure named after or between them (a price column has no period)
            cols: list[_Column] = []
            tabular = True     # nothing but periods and measure names: a header row, not a sentence
            for i, p in enumerate(line.periods):
                between = self.text[line.periods[i - 1].end:p.start].strip(" \t,|") if i else ""
                if between and measure_of(between):
                    cols.append(_Column(measure=measure_of(between), text=between))
                elif between:
                    tabular = False
                cols.append(_Column(period=p, text=p.label))
            tail = self.text[line.periods[-1].end:line.end].strip()
            if tail and measure_of(tail):
                cols.append(_Column(measure=measure_of(tail), text=tail))
            elif tail:
                tabular = False
            ctx.columns = cols
            ctx.columns_are_cells = False
            ctx.columns_tabular = tabular
            if tabular or not line.subjects:
                self._next_question_table(line, ctx)
            return
        if len(line.periods) == 1:
            self.reattach(ctx)
            # (a question asked "in each year from 2009-10?" heads no year: the span it asks starts there)
            ctx.period = None if asking and _FROM_BEFORE.search(
                self.text, max(line.start, line.periods[0].start - 12), line.periods[0].start) else line.periods[0]
            ctx.period_group = None
            ctx.measure_heading_since_period = False
            if measure in ("unit_cost_gbp", "total_cost_gbp", "cost", "count"):
                ctx.measure = measure
            else:
                ctx.measure = None
            if len(subjects) == 1:
                ctx.subject = next(iter(subjects))
            return
        if self.headers.breakdown_header(line, ctx):
            return
        if self._list_lead(line, text, ctx):
            return
        if len(line.subjects) >= 2 and not line.periods and not line.marker and self._one_figure_below(line) \
                and (own := self._section_titled(line, subjects)) is not None:
            # "2/ Dogs Euthanised:" / "Period Dogs Euthanised" / "1st April 2019 - 31st March 2020 1": one column's
            # title, of the question it is under, not a column for each thing its words name
            ctx.subject, ctx.subject_fresh = own, True
            ctx.columns = []
            return
        if len(line.subjects) >= 2 and not line.periods and self.headers.subject_header(line, ctx):
            # the same header read as phrase columns ("Total Laptop Spend Total Laptop Purchased ..."): a row
            # with as many figures as phrases is read by them
            words = ctx.columns
            if self.headers.phrase_header(line, ctx, repeated=True):
                ctx.columns, ctx.alt_columns = words, (words, ctx.columns)
            return
        if line.subjects and not line.periods and (self.headers.measure_header(line, ctx)
                                                   or self.headers.phrase_header(line, ctx, repeated=True)):
            return
        if line.subjects and not line.periods and self.headers.phrase_header(line, ctx, repeated=False):
            return
        if len(subjects) == 1 and not _ANSWERED.search(text):
            ctx.subject = next(iter(subjects))
            ctx.subject_fresh = True
            sec = self.state.section
            if (line.marker and self.state.section_line == line.start or self._right_under_number(line)
                    and not self._same_group(sec, ctx.subject)) \
                    and sec is not None and own_words_named(sec, line.text, line.subjects, line.start):
                # (also a heading on the line after the number's: "1/ Please note, we provide a stray dog service
                # ..." / "Dogs sent to Rescue Kennels:", where "dogs" is question 1's word, though the survey files it
                # under another question's subject)
                ctx.subject = sec.subject
            if self.headers.labels_year_rows(line, ctx):
                # "  2021/22 2022/23 2023/24" / "Total number of days lost due to sick leave" / "5841 5406 4824": a
                # table of years whose row labels stand on lines of their own, over their figures
                ctx.held_columns = ctx.columns
            elif not self.headers.part_of_year_table(text, ctx):
                ctx.columns = []
        elif len(subjects) >= 2 and not line.marker and (own := self._section_named(line)) is not None:
            ctx.subject, ctx.subject_fresh = own, True
        elif len(subjects) >= 2 and not line.marker and self.state.section is not None \
                and self.state.section.subject in subjects and self._right_under_number(line):
            # "1/ Please note, ..." / "Dogs sent to Rescue Kennels:": a heading under the number that names the
            # question's own thing beside another's heads that question's figures
            ctx.subject, ctx.subject_fresh = self.state.section.subject, True
        elif subjects or line.marker:
            ctx.subject = None
        if line.marker and not subjects:
            # a new numbered question starts a new section: nothing carries over into it
            if ctx.sections_repeat:
                self.reattach(ctx)
            ctx.detached = None
            ctx.period = None
            ctx.measure = None
            ctx.columns = []
            if self.parts and self.state.section_line == line.start:
                # "1.a)-d)" over "2024 17" ...: the figures under a run of parts are theirs (see Emitter.emit)
                ctx.subject, ctx.subject_fresh = self.parts[0].subject, True
            return
        if len(text) > 40 or (_LOWER_START.match(text) and not line.marker):
            return   # long, or the rest of a heading a PDF wrapped ("estimated cost for each purchase")
        if measure in ("unit_cost_gbp", "total_cost_gbp", "cost", "count"):
            # a "Costs:" section after several year sections stands apart from them; inside a year
            # that is itself split by measure ("2019-20 / Number: / Cost:") it stays in that year
            if ctx.period is not None and not ctx.measure_heading_since_period and not subjects:
                # ... unless another year section follows: then this section belonged to the year above
                ctx.detached = (ctx.period, len(self.state.facts))
                ctx.period = None
            ctx.measure = measure
            ctx.measure_heading_since_period = True

    def _number_starts(self) -> list[tuple[int, int]]:
        if self._starts is None:
            self._starts = numbered_starts(self.text)
        return self._starts

    def _numbered_lines(self) -> dict[int, list[int]]:
        """Where each question number opens a line in the reply ("3.", "Q3)", "(3)"), found once per reply."""
        if self._numbered is None:
            self._numbered = {}
            for m in _NUMBERED_LINE.finditer(self.text):
                self._numbered.setdefault(int(m.group(1)), []).append(m.start())
        return self._numbered

    def _list_lead(self, line: _Line, text: str, ctx: _Context) -> bool:
        """"Fixed Penalty Notices have been issued for the following breaches of PSPO's:" over "1 x consuming
        alcohol in a public place" / "12 x urinating in public": a sentence that opens with the thing counted and
        ends with a colon leads a list of that thing's kinds, each line a count of it (whatever else the sentence
        names after it)."""
        if not text.endswith(":") or line.values or line.periods or not line.subjects or line.marker:
            return False
        first = min(line.subjects)
        opening = self.text[line.start:first[0]].strip().lower()
        if (following := _FOLLOWING.search(opening)) is not None:
            if _OF_WHAT.search(opening, following.end()):
                # "... have been issued for the following breaches of PSPO's:": what it names after "the following
                # <items> of" is what the items are of, not what they count; the list counts what the section
                # above asks
                return True
            # "We issued the following Fixed Penalty Notices:": the list counts what follows "the following" (one
            # thing named: "the following PSPO's and fines" says of neither that the list counts it)
            if len({k for _, _, k in line.subjects}) != 1:
                return False
            ctx.subject, ctx.subject_fresh = first[2], True
            return True
        if not _LIST_OPENING.fullmatch(opening):
            return False
        if not _LIST_VERB.match(self.text, first[1]):
            return False
        ctx.subject, ctx.subject_fresh = first[2], True
        return True

    def _next_question_table(self, line: _Line, ctx: _Context) -> None:
        """A second table under a numbered answer, with a header of its own, whose rows name nothing the
        numbered question asks about, where the question after it has no number of its own anywhere below:
        that question's answer, set out without its number ("2. No of HOUSEHOLDS ..." / "Household Type 2018-19
        ..." / "One Person Household 349 ..." / a footnote / "2018-19 ... Grand Total" / "LA Dwelling 438 ..." /
        "Hostel 32 ..." answering "3. ... what type of accommodation they are in")."""
        sec = self.state.section
        if sec is None or line.subjects or not (0 <= self.state.section_line < line.start):
            return
        if not any(f.question == sec.id and f.start >= self.state.section_line for f in self.state.facts):
            return     # the numbered answer's first table (or the first figures under its number)
        ids = [q.id for q in self.survey.questions]
        i = ids.index(sec.id) if sec.id in ids else -1
        nxt = next((q for q in self.survey.questions[i + 1:] if _group(q.id) != _group(sec.id)), None) \
            if i >= 0 else None
        if nxt is None or nxt.subject == sec.subject or any(f.question == nxt.id for f in self.state.facts):
            return
        number = _group(nxt.id) or ""
        if not number or any(at > line.end for at in self._numbered_lines().get(int(number), ())):
            return     # the next question is answered under its own number further on
        block = self.text[line.end:line.end + 4000]
        gap = re.search(r"\n[ \t]*\n", block)
        rows = block[:gap.start() if gap else len(block)]
        if not re.search(r"\d", rows) or any(k == sec.subject for _, _, k in self.survey.find_subjects(rows)):
            return     # the rows name the numbered question's own subject: more of its answer
        self.state.section, self.state.section_line = nxt, line.start
        ctx.subject, ctx.subject_fresh = nxt.subject, True
        ctx.measure = nxt.measures[0] if len(nxt.measures) == 1 else None
        self.state.anchors.append((line.start, nxt.id, "next table"))

    def reattach(self, ctx: _Context) -> None:
        """A year heading after a detached "Costs:" section: the year sections repeat, so the figures of
        that section (given no period) belong to the year above it."""
        if ctx.detached is None:
            return
        period, first = ctx.detached
        ctx.detached = None
        ctx.sections_repeat = True
        for i in range(first, len(self.state.facts)):
            f = self.state.facts[i]
            if f.period is None:
                self.state.facts[i] = replace(f, period=period.label, period_start=period.first.isoformat(),
                                        period_end=period.last.isoformat(), partial=period.partial)

    def context_period(self, ctx: _Context, subject: str) -> Period | None:
        """The period of the section heading above, for subjects of the same question group as the first
        figure under it ("2019-20:" then devices; a Zoom line after the devices is not in 2019-20)."""
        if ctx.period is None:
            return None
        group = _group(self.survey.question_for(subject))
        if ctx.period_group is None:
            ctx.period_group = group
        elif group != ctx.period_group:
            ctx.period = None
            return None
        return ctx.period
