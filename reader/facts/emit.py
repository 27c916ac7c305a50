"""A value made a ``Fact``: its subject (the survey's, or the one a total or a restated question
names), its measure (a count, a price each or a total, from the words around it, the table column and what the
question asks), its period (written, or the one the survey asks for) and its confidence."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import nought
from ..asking import ASKS_A_COPY
from ..areas import zero_area
from ..numbers import LOOSE_FIGURE
from ..periods import Period
from ..rates import BY_UNIT, conditions_a_figure, only_rate_asked, RATE_MEASURES
from ..scan import approx_of, Value
from ..sentences import LINE_WHOLE, line_bounds, sentence_start
from ..survey import MEASURE_UNITS, MONEY_MEASURES
from .joined import joined_asking, counted_under_number
from .model import Fact
from .ongoing import asks_open_cases, counts_open_cases
from .people import counts_something_else
from .said_sum import sum_said_in_words
from .sole_money import sole_asking
from .measures import _DAYS_NAMED, _MONEY_WORDS, _TOTAL_CUE, _UNIT_CUE, survey_money_cues
from .words import _ACQUIRED, _content_words, _group, _MARKER, _NOTHING_GIVEN, _PENCE
from .state import Part, ReadingState
from ..question_number import ANY_NUMBER, PART


# a sum of money written with "£" right after a bare number, on its line or the next ("14,620 £813,800",
# "PCNs Issued / Amount Paid" columns one cell a line): the bare number is the count the money is for
_BESIDE_POUNDS = re.compile(r"[ \t|,;:]*\n?[ \t|]*£[ \t]?\d")


# a figure that says it is an average or a ratio: "4.45 Average FTE per Employee", "2.1 per head"
# a noun of its own after a number, in the plural: the number counts those ("20 or so faults"), it is no bare number
# of the length of time or share a question asks for
_OWN_NOUN = re.compile(r"[ \t]+(?:or[ \t]+so[ \t]+)?(?!(?:days|weeks|hours|months|years|minutes|mins|hrs|wks|"
                       r"percent|pence|per|plus)\b)[a-z]{3,}s\b")
_AN_AVERAGE = re.compile(r"[ \t]*(?:[A-Za-z]+[ \t]+)?(?:average|avg|mean|median|per[ \t]+(?!cent\b)[a-z])", re.IGNORECASE)
_AVERAGE_ASKED = re.compile(r"\b(?:average|avg|mean|median|per)\b", re.IGNORECASE)


# a numbered heading that is only the name of things, a few capitalised words ending in a plural ("2(a) Excess
# Charge Notices:", "3. Dog Fouling Fines"): what the figures under it count (see Emitter._named_without_money)
_NAMES_THINGS = re.compile(r"[ \t]*\(?\d{1,2}[ \t]*\(?[a-z]?\)?[.):]?[ \t]+(?:[A-Z][\w'-]*[ \t]+){0,4}"
                           r"[A-Z][a-z'-]*[a-rt-z]s[ \t]*:?[ \t]*")


# a question about things got rid of: "Number of computers and laptops disposed by your department"
_GOT_RID_OF = re.compile(r"\b(?:dispos(?:ed|als?|e|ing)|recycled|written[\s-]+off|decommissioned|scrapped)\b", re.IGNORECASE)


# one thing said not to be there ("We do not have a private company employed to enforce.", "does not have a waiting
# list"): none of what a question counts only where a question about it asks how many; answering "Do you use a
# private company ...?" it is a "no", not a figure
_NOT_ONE = re.compile(r"(?:\bnot|n't)\s+(?:currently\s+)?(?:use|have|hold|own|operate|purchase|buy|subscribe\s+to|procure|"
                      r"employ)\s+(?:an?|any)?\s*$", re.IGNORECASE)
# ... or said as "No <thing> is <done>": "No external contractor is employed to do this.", "No professional valuation
# of its rental value has been sought.", "- No additional space is allocated"
_NO_THING_DONE = re.compile(r"[ \t]+(?:[A-Za-z][\w-]*[ \t]+){1,6}?(?:is|are|was|were|has[ \t]+been|have[ \t]+been)[ \t]+"
                            r"(?:[a-z]+ed|sought|made|given|kept|held|paid|spent|done|set[ \t]+up)\b")
_A_FIGURE = re.compile(r"\bfigures?\b", re.IGNORECASE)
_ASKS_A_NUMBER = re.compile(r"\bhow\s+(?:many|much)\b|\bnumbers?\b|\btotal\b|\bamount\b|\bcount\b", re.IGNORECASE)
# a length of time written after a number, the survey asking for none ("31 labour days", "250 labour hours", "128
# hours"): not a count of things
_A_LENGTH_OF_TIME = re.compile(r"[ \t]?(?:(?:labour|working|calendar|man|person|staff|officer|sick|clear|business|"
                               r"school|full|half)[ \t-])?(?:days?|hours?|hrs?|weeks?|minutes?|mins?)\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b(?:the|these|those)[ \t]+$", re.IGNORECASE)
# people's ages, not counts: "The ages of the deceased persons were as 72, 47 and 70", "aged 47"
_AGES_BEFORE = re.compile(r"\b(?:ages?\b[^.;:!?\n]{0,60}?\b(?:were|was|are|is|being)\b[^.;:!?\n]{0,40}|aged[ \t]+"
                          r"(?:between[ \t]+)?)$", re.IGNORECASE)


# full-time equivalents: counts of staff that may be fractions
_FTE = re.compile(r"\bFTEs?\b|\bfull[\s-]+time[\s-]+equivalents?\b", re.IGNORECASE)


# words that make the number after them a sum of money: "at a cost of 205k", "spend was 1,200"
_AMOUNT_BEFORE = re.compile(r"\b(?:cost|costs|costing|spend|spent|price|paid|income|expenditure|budget|funding|"
                            r"value)\s+(?:of|was|is|were|totalling|totaling|amounting\s+to)\s+(?:approximately\s+|"
                            r"around\s+|about\s+|c\.\s*|circa\s+)?$", re.IGNORECASE)


# an answer that is a share alone under its question's number: "Q4. 100%", "3) 45%."
_SHARE_ALONE = re.compile(r"[ \t]*" + ANY_NUMBER + PART + r"[ \t]*[.):\-][ \t]*\d{1,3}(?:\.\d{1,3})?[ \t]*%[ \t]*\.?[ \t]*",
                          re.IGNORECASE)


# thousands written with a "k": "22,975k", "205K" (no "£": money only where the words say so)
_IN_THOUSANDS = re.compile(r"\d[ \t]?[kK]$")
# the words of a sentence that speaks of money: "the average weekly collection cost for refuse are: 22,975k"
_COST_SAID = re.compile(r"\b(?:costs?|costing|spend|spent|expenditure|price|paid|income|budget)\b", re.IGNORECASE)
# a sum in thousands written with "£" and a "k": "£7.7k", "£9K" (on a line beside a bare "3.5K")
_POUNDS_IN_THOUSANDS = re.compile(r"£[ \t]?" + LOOSE_FIGURE + r"[ \t]?[kK]\b")


# a sum written as a price each: "£38 per job", "£12.50 each", "£40 a visit"
_PRICE_EACH = re.compile(r"[ \t]*(?:per|each|a|an)\b(?![ \t]+(?:year|annum|month|week|day|hour|total|whole)\b)",
                         re.IGNORECASE)


def _says(question_text: str, word: str) -> bool:
    """Whether a question's wording has ``word`` (lower case, spaces collapsed) as a word of its own, or its plural
    ("FPN's" in a reply, "How many FPNs ..." in the question)."""
    said = " ".join(question_text.lower().split())
    return re.search(r"(?<!\w)" + re.escape(word) + r"(?:s|es)?(?!\w)", said) is not None


_COUNT_ASKED = re.compile(r"\b(?:number|numbers|how\s+many|quantity)\b", re.IGNORECASE)


def _count_asked(q) -> str:
    """The part of a question's wording that asks for its count: where a question runs several asks together
    ("Total amount spent on mobile phone handsets and bills ...: ... The total number of mobile phones ..."), the
    parts between colons and full stops that say "number" or "how many", else the whole wording."""
    parts = [p for p in re.split(r"[:;?]|\.(?:\s|$)", q.text) if _COUNT_ASKED.search(p)]
    return " ".join(parts) if parts else q.text


def _nearest_cue(cues, window: str, pos: int) -> str | None:
    """The measure whose cue stands nearest to ``pos`` in ``window`` (None: no cue in it)."""
    best: tuple[int, str] | None = None
    for rx, name in cues:
        for m in rx.finditer(window):
            d = min(abs(m.start() - pos), abs(m.end() - pos))
            if best is None or d < best[0]:
                best = (d, name)
    return best[1] if best else None


# a question's words that name a time: its figures are of a period
_TIME_WORDS = re.compile(r"\b(?:(?:19|20)\d\d|years?|months?|quarters?|weeks?|annual(?:ly)?|since|during|between|"
                         r"last|past|previous|current|currently)\b", re.IGNORECASE)


def _terms_asked(q) -> bool:
    """Whether a question asks only the terms of something, a price and what goes with it ("What is the full price
    of a Littering Fixed Penalty Notice (FPN)?", "Do you have a discounted price ... how long is the discounted
    period?"), in words that name no time: a price is in force, not counted over the request's year."""
    return "unit_cost_gbp" in q.measures and not {"count", "total_cost_gbp"} & set(q.measures) \
        and not _TIME_WORDS.search(q.text or "")



# words every question and line may hold whatever they are about
_ANY_QUESTION = frozenset({"tota", "numb", "amou", "plea", "prov", "each", "year", "your", "with", "from", "that",
                           "this", "have", "were", "what", "much", "many"})


def _word_heads(text: str) -> frozenset[str]:
    """The first four letters of each word of four or more ("salted", "salting" -> "salt"), less words of any question:
    enough to tell which of a few questions a line's words are about."""
    return frozenset(w[:4] for w in re.findall(r"[a-z]{4,}", text.lower())) - _ANY_QUESTION

# a list item of a year and its sum: "• 2022 - £9,958", "2019/20: £1,200"
_YEAR_ITEM = r"[ \t]*[\u2022\u00b7*-]?[ \t]*(?:19|20)\d\d(?:[/-]\d{2,4})?[ \t]*[-\u2013\u2014:][ \t]*"
_YEAR_SUM_LINE = re.compile(_YEAR_ITEM + r"£[ \t]?\d")
_YEAR_NOUGHT = re.compile(_YEAR_ITEM + "(?:" + nought.WORDS + r")\b", re.IGNORECASE)


def _listed_after_sums(text: str, line_start: int, at: int) -> bool:
    """Whether the word for nought at ``at`` opens a list item of a year ("• 2023 – Zero (...)") in a run of such
    items under one of a year and its sum ("• 2022 - £9,958 ...")."""
    m = _YEAR_NOUGHT.match(text, line_start)
    if m is None or not m.start() <= at < m.end():
        return False
    end = max(0, line_start - 1)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if _YEAR_SUM_LINE.match(text, start):
            return True
        if not _YEAR_NOUGHT.match(text, start):
            return False
        end = max(0, start - 1)
    return False


class Emitter(Part):
    """A value made a ``Fact`` (part of ``FactReader``)."""

    def __init__(self, state: ReadingState):
        super().__init__(state)
        # a line's words for a subject (see _shared_word_subject)
        self._line_words: dict[tuple[int, str], set[str]] = {}

    def total_subject(self) -> str | None:
        """What a "Total" line or row closing a breakdown is the figure of: the numbered question's own subject
        when the lines under its number gave only other subjects ("2." / "FPN - Dog Fouling | 1 | ..." /
        "Total | 17 | ..."), else the question a lettered question's breakdown belongs to ("Tree - 8" answering
        1a, by waste type; "Total - 1,137" answering 1, the incidents). None when neither is so."""
        if not self.state.facts:
            return None
        sec = self.state.section
        if sec is not None:
            # the lines since the number: its own subject, or subjects that no question asks about (a breakdown
            # the survey names only to tell its rows apart)
            since = [f for f in self.state.facts if f.start >= self.state.section_line]
            per_key: dict[tuple[str | None, str], int] = {}
            for f in since:
                per_key[(f.period, f.measure)] = per_key.get((f.period, f.measure), 0) + 1
            if len(since) >= 2 and all(f.subject == sec.subject for f in since) and max(per_key.values()) >= 2:
                # "2. Number of employees as at end of March 2013:" / "Education - 1912" ... / "TOTAL - 5167": a
                # breakdown of the question's own figure, two rows or more of one period (and measure): the total
                # is that figure too ("| FPN - Dog Fouling | 1 | 1 |" ... "| Total | 17 | 11 |" under years)
                return sec.subject
            if since and any(f.subject != sec.subject for f in since) and all(
                    f.subject == sec.subject or self.survey.question_for(f.subject) is None for f in since):
                return sec.subject
            if since:
                return None
        last = self.state.facts[-1]
        q = self.survey.question(last.question) if last.question else None
        if q is None or not re.fullmatch(r"\d+[a-z]", q.id):
            return None
        parent = self.survey.question(_group(q.id) or "")
        if parent is None or parent.subject == last.subject:
            return None
        return parent.subject

    def _counts_a_subject(self, v: Value) -> bool:
        """"We employed 42 permanent staff": a number followed by the thing it counts is a count, under a
        heading of costs as anywhere."""
        line = self.state.line
        return line is not None and line.cells is None and any(0 < a - v.end <= 2 for a, _, _ in line.subjects)

    def _restated_subject(self, v: Value, measure: str) -> str | None:
        """The one subject, among those the question restated last before ``v`` on its line names, whose
        question asks for ``measure``; None when there is none or more than one."""
        line = self.state.line
        if line is None or not line.asked:
            return None
        before = [(a, b) for a, b in line.asked if b <= v.start]
        if not before:
            return None
        a, b = max(before, key=lambda span: span[1])
        named = {k for s, e, k in line.subjects if a <= s and e <= b}
        fits = {k for k in named if any(q.subject == k and measure in q.measures for q in self.survey.questions)}
        return fits.pop() if len(fits) == 1 else None

    def _counts_only(self, subject: str) -> bool:
        """"6. How many PCNs ... were paid in full?" / "46,876  cases were fully paid ...": a bare number whose
        words say "paid" answers a question that asks how many, when no question about its subject asks for
        money (under that question's number)."""
        sec = self.state.section
        if sec is None or sec.subject != subject or self.state.line is None \
                or self.state.section_line > self.state.line.start:
            return False
        asked = {m for q in self.survey.questions if q.subject == subject for m in q.measures}
        return "count" in asked and not asked & MONEY_MEASURES

    def _named_without_money(self, v: Value) -> bool:
        """"2(a) Excess Charge Notices:" / "No Valid Ticket Display 1,505 1,054 244" in a reply that writes its
        money with "£": the heading names a thing and no word of money stands from it to the figure, so the
        figure counts that thing, though its question asks for the money it brought in."""
        line = self.state.line
        if line is None or self.state.section is None or not (0 <= self.state.section_line <= line.start):
            return False
        if len(re.findall(r"£\s?\d", self.text)) < 3:
            return False
        # "Penalty Charge Notices", "Excess Charge Notices": the name of a thing, not a word of money
        since = re.sub(r"\bcharges?\s+(?=notices?|certificates?)", "", self.text[self.state.section_line:line.end],
                       flags=re.IGNORECASE)
        if len(since) > 600 or _MONEY_WORDS.search(since):
            return False
        head_end = self.text.find("\n", self.state.section_line)
        head = self.text[self.state.section_line:head_end if head_end >= 0 else len(self.text)]
        return bool(self.survey.find_subjects(head)) or bool(_NAMES_THINGS.fullmatch(head))

    def _written_as_amount(self, v: Value) -> bool:
        """"at a cost of 205k": a number the words before it make a sum of money (not "the cost of 20 laptops"); or
        thousands written with a "k" in a sentence that has spoken of costs before it ("the average weekly collection
        cost for refuse are: 22,975k and annual is 1,245,024k")."""
        before = self.text[max(0, v.start - 40):v.start]
        if _AMOUNT_BEFORE.search(before):
            return not self.survey.find_subjects(self.text[v.end:v.end + 30])[:1]
        if not _IN_THOUSANDS.search(v.text):
            return False
        said = self.text[sentence_start(self.text, v.start, max(0, v.start - 200), LINE_WHOLE):v.start]
        return bool(_COST_SAID.search(said)) or self._beside_pounds_in_thousands(v)

    def _beside_pounds_in_thousands(self, v: Value) -> bool:
        """"• 2020-2021: £7.7k" / "• 2022-2023: 3.5K": thousands with a "k" and no "£", on a line or in a list whose
        other figures are sums in thousands with "£" (the line itself, or the line right before or after it)."""
        start, end = line_bounds(self.text, v.start, v.end)
        before = self.text.rfind("\n", 0, max(0, start - 1)) + 1
        after = self.text.find("\n", end + 1)
        after = len(self.text) if after < 0 or end >= len(self.text) else after
        return any(_POUNDS_IN_THOUSANDS.search(self.text, a, b) for a, b in
                   ((start, v.start), (v.end, end), (before, start), (end, after)))

    def _money_only(self, subject: str, v: Value) -> str | None:
        """The measure of a bare number that says none of its own: money when it is written as an amount ("at a
        cost of 205k") or when the question it answers asks for money only ("6. The cost of employing ..." /
        "2018: 1,956,180"); None otherwise."""
        if self._written_as_amount(v):
            return "cost"
        line = self.state.line
        if line is None or line.cells is not None or len(line.text) > 200:
            return None
        words = line.text
        for p in sorted(line.periods, key=lambda p: p.start, reverse=True):
            words = words[:p.start - line.start] + words[p.end - line.start:]
        first = min((w.start for w in line.values), default=line.start) - line.start
        after = _NOTHING_GIVEN.sub(" ", words[first:]) if not line.periods else words
        if len(re.findall(r"[A-Za-z]{2,}", words)) > 1 and (
                line.periods or len(line.values) < 2 or re.search(r"[A-Za-z]{2,}", after)):
            # a sentence says what its numbers are; only a bare "2018: 1,956,180", or a row of figures after its
            # label ("Cleaning materials 3037 3645.48 4252.17" under a header of years), is the question's
            return None
        sec = self.state.section
        asked = sec.measures if sec is not None and sec.subject == subject else tuple(
            m for q in self.survey.questions if q.subject == subject for m in q.measures)
        if not asked or "count" in asked or not MONEY_MEASURES & set(asked):
            # (nor where no money is asked: "1. 997,498" under "How many business miles ...?" is miles, read below)
            return None
        return asked[0] if len(set(asked)) == 1 else "cost"

    def disposed_subject(self, words: str, subject: str) -> str:
        """"Year Laptops Desktops" under "... has disposed of the following equipment:": the survey's subject
        of laptops disposed of, when it has one ("laptops? disposed(?: of)?"); else the subject as found (and
        its figures are not read: things got rid of are not things bought)."""
        t = " ".join(words.split())
        verbs = {self.state.disposal_verb, re.sub(r"\s+of$", "", self.state.disposal_verb)} - {""}
        for phrase in [f"{t} {v}" for v in verbs] + [f"{v} {t}" for v in verbs]:
            for a, b, k in self.survey.find_subjects(phrase):
                if (a, b) == (0, len(phrase)) and k != subject:
                    self.state.disposal_subjects.add(k)
                    return k
        sec = self.state.section
        if sec is not None and sec.subject != subject and _GOT_RID_OF.search(sec.text) \
                and (re.search(r"(?<!\w)" + re.escape(t.lower().rstrip("s")) + r"s?(?!\w)", sec.text.lower())
                     or self._names_subject(sec.text, subject)):
            # ("Desktops" beside "Laptops" under "3. Number of computers and laptops disposed ...": a column
            # that is another word for a thing the question names counts what the question counts)
            # "In response to question 3 (above), ... has disposed of the following equipment:" / "Year Laptops
            # Desktops", answering "3. Number of computers and laptops disposed ...": the question about the things
            # got rid of, which names them, is what its figures count
            self.state.disposal_subjects.add(sec.subject)
            return sec.subject
        return subject

    def _names_subject(self, text: str, subject: str) -> bool:
        """Whether ``text`` says one of ``subject``'s own words (its synonyms), wherever another subject's
        longer words hold them ("computers and laptops" inside "computers and laptops disposed")."""
        sub = self.survey.subjects.get(subject)
        return sub is not None and any(re.search(p, text, re.IGNORECASE) for p in sub.synonyms)

    def _rate_implied(self, subject: str) -> str | None:
        """The share or length of time a bare number about ``subject`` is, when the question it answers (the
        numbered one, else every question about the subject) asks for that only."""
        asking = [q for q in self.survey.questions if q.subject == subject]
        sec = self.state.section if self.state.section in asking else None
        implied = only_rate_asked(sec.measures) if sec is not None else None
        if implied is None and asking and not any("count" in q.measures for q in asking):
            implied = only_rate_asked(list(dict.fromkeys(m for q in asking for m in q.measures)))
        if implied is None and sec is not None and "days" in sec.measures and 0 <= self.state.section_line:
            # "3. The average time ... it takes ... (No. of days from all relevant paperwork received ...)" over
            # "April 2022 to March 23" / "3.5": the question's heading says its figures are days
            end = self.text.find("\n", self.state.section_line)
            if _DAYS_NAMED.search(self.text, self.state.section_line, end if end >= 0 else len(self.text)):
                implied = "days"
        return implied

    def _in_fte(self, subject: str) -> bool:
        """Whether a count of ``subject`` is of full-time equivalents, which are fractions ("Education -
        1257.9616" under "3. Number of FTE as at end of March 2013"): its line, the numbered heading above it or
        the question about it says so."""
        asking = [q for q in self.survey.questions if q.subject == subject and "count" in q.measures]
        if not asking:
            return False      # "4.45 Average FTE per Employee" under a question of days lost: no count asked
        line = self.state.line
        said = [line.text if line is not None else ""]
        if 0 <= self.state.section_line:
            head_end = self.text.find("\n", self.state.section_line)
            said.append(self.text[self.state.section_line:head_end if head_end >= 0 else len(self.text)])
        said += [q.text for q in asking]
        return any(_FTE.search(t) for t in said)

    def _counts_bought(self, subject: str) -> bool:
        """Whether the survey's count of ``subject`` is of things bought (its question speaks of buying or of
        what was spent on them), so a count held at a date is not its answer."""
        asking = [q for q in self.survey.questions if q.subject == subject and "count" in q.measures]
        return not asking or any(_ACQUIRED.search(t) or _MONEY_WORDS.search(t) for t in map(_count_asked, asking))

    def as_asked(self, q, p: Period) -> Period:
        """A period a question names in its own words ("between 1 January 2023 and 31st December 2023"), named as
        the survey names it when it is the one the question asks ("2023")."""
        asked = next((a for a in self.survey.periods if a.label in q.periods and (a.start, a.end) == (p.first, p.last)),
                     None)
        return replace(p, label=asked.label) if asked else p

    def _asking_for_period(self, asking: list, measure: str, period: Period | None, alone: bool = False):
        """Of several questions asking one thing in one measure, each of its own years ("2. ... cost of an individual
        public health funeral in 2011/12", "5. ... in 2015/16"), the one whose year the figure's period is."""
        if period is None or len([q for q in asking if measure in q.measures]) < (1 if alone else 2):
            return None
        fit = [q for q in asking if measure in q.measures and self._asks_period(q, period)]
        if not fit:
            # "2012-13 - 26" (read as a financial year) where the parts ask school years a) 2009-10 ... f) 2014-15:
            # the year that shares most of the figure's, over half of it
            fit = [q for q in asking if measure in q.measures and self._mostly_asks(q, period)]
        return fit[0] if len(fit) == 1 else None

    def _mostly_asks(self, q, period: Period) -> bool:
        asked = {p.label: p for p in self.survey.periods}
        days = (period.last - period.first).days + 1
        return any(2 * ((min(a.end, period.last) - max(a.start, period.first)).days + 1) > days
                   for a in map(asked.get, q.periods) if a)

    def _asks_period(self, q, period: Period) -> bool:
        asked = {p.label: p for p in self.survey.periods}
        return any(a.start <= period.first and period.last <= a.end for a in map(asked.get, q.periods) if a)

    def _asked_period(self, q, v: Value) -> Period | None:
        """The period a question asks, for a figure of its answer that names none: "A2. 2,482" answering "How
        many ... last financial year?" is that year's. Only where the question asks one period: with several,
        which one a bare figure is of cannot be told."""
        if len(q.periods) != 1:
            return self._none_over_asked(q, v)
        asked = next((p for p in self.survey.periods if p.label == q.periods[0]), None)
        if asked is None or _terms_asked(q):
            return None
        return Period(label=asked.label, first=asked.start, last=asked.end, kind="asked", start=v.start, end=v.end)

    def _none_over_asked(self, q, v: Value) -> Period | None:
        """"None" alone under "How many prosecutions ... between 2019, 2020 and 2021 (a breakdown for each
        year)?": none in any of the years asked, a figure of their whole span."""
        if not v.zero or len(q.periods) < 2 or not nought.is_word(v.text):
            return None
        a, b = self.text.rfind("\n", 0, v.start) + 1, self.text.find("\n", v.end)
        if self.text[a:b if b >= 0 else len(self.text)].strip(" \t.-") != v.text:
            return None
        asked = [p for p in self.survey.periods if p.label in q.periods]
        if len(asked) != len(q.periods):
            return None
        labels = [p.label for p in asked]
        return Period(label=", ".join(labels[:-1]) + " and " + labels[-1], first=min(p.start for p in asked),
                      last=max(p.end for p in asked), kind="asked", start=v.start, end=v.end)

    def _restated_part(self, subject: str, measure: str, v: Value) -> str:
        """"a) number of new sites 0" under "5. ... Please give: a) number of new sites b) names of new sites": the
        words between a part's letter and its figure are that part's own words, so the figure is that part's, though
        they name a thing another part of the question names too."""
        sec, line = self.state.section, self.state.line
        if sec is None or line is None or subject == sec.subject or not line.marker \
                or self.state.section_line != line.start or measure not in sec.measures:
            return subject
        m = _MARKER.match(line.text)
        label = " ".join(re.findall(r"[a-z0-9']+", self.text[line.start + (m.end() if m else 0):v.start].lower()))
        said = " ".join(re.findall(r"[a-z0-9']+", sec.text.lower()))
        if len(label.split()) >= 2 and re.search(r"(?<![a-z0-9'])" + re.escape(label) + r"(?![a-z0-9'])", said):
            return sec.subject
        return subject

    def _shared_word_subject(self, subject: str, measure: str) -> str:
        """Two questions asked in the same words ("How many charging points have you installed? (split
        slow/medium/fast)", "How many do you plan to install over the next year? (split slow/medium/fast)"):
        "5 Fast" under the second one's number answers the second one, though "fast" is a word of the first
        one's subject. Only when every word naming the subject on the line is in both questions' wording, and
        nothing on the line names the numbered question's own subject."""
        sec, line = self.state.section, self.state.line
        if sec is None or line is None or subject == sec.subject or measure not in sec.measures:
            return subject
        own = [q for q in self.survey.questions if q.subject == subject]
        if not own or any(_group(q.id) == _group(sec.id) for q in own):
            return subject
        if any(k == sec.subject for _, _, k in line.subjects):
            return subject
        key = (line.start, subject)
        if key not in self._line_words:
            self._line_words = {key: {" ".join(self.text[a:b].lower().split())
                                      for a, b, k in line.subjects if k == subject}}
        words = self._line_words[key]
        if not words or len(words) > 5:
            return subject
        if all(_says(sec.text, w) and any(_says(q.text, w) for q in own) for w in words):
            return sec.subject
        if len(line.text.strip()) <= 60 and self.state.section_line < line.start \
                and subject in {k for _, _, k in self.survey.find_subjects(sec.text)}:
            # "43 chargepoints." alone under "3. How many do the council plan to install ... Including slow and
            # fast charging points": the numbered question names the thing too, in words of its own; a short
            # answer under it is its answer. (A long line may be the council's own numbering of other things.)
            return sec.subject
        return subject

    def _twin_asking(self, sec, measure: str):
        """"3) How many days a week ... these cameras are monitored" / "4) How many hours a day ... these cameras are
        monitored", answered "3) monitored 24 hours 7 days a week" and "4) as above": a length of time or share the
        numbered question does not ask for, under its number, answers the question next to it that asks for it
        and nothing else, in nearly the same words; None when there is not exactly one."""
        if measure in sec.measures:
            return None
        own = self.state.question_words.get(sec.id, frozenset())
        if len(own) < 3:
            return None
        ids = [q.id for q in self.survey.questions]
        at = ids.index(sec.id) if sec.id in ids else -1
        near = [self.survey.questions[i] for i in (at - 1, at + 1) if at >= 0 and 0 <= i < len(ids)]
        twins = [q for q in near if tuple(q.measures) == (measure,)
                 and len(own & self.state.question_words.get(q.id, frozenset())) >= 0.6 * len(own)]
        return twins[0] if len(twins) == 1 else None

    def _money_measure(self, v: Value, hint: str | None, window: str, subject: str, period: Period | None
                       ) -> tuple[str, float]:
        # the nearest cue to the figure decides (a window excludes other figures)
        pos = window.find(v.text)
        pos = pos if pos >= 0 else 0
        # the reader's own words first; where none is near, the survey's words for a price each or a sum
        for cues in (((_UNIT_CUE, "unit_cost_gbp"), (_TOTAL_CUE, "total_cost_gbp")), survey_money_cues(self.survey)):
            nearest = _nearest_cue(cues, window, pos)
            if nearest is not None:
                return nearest, 0.0
        if hint in MONEY_MEASURES:
            return hint, 0.0
        asked = {m for q in self.survey.questions if q.subject == subject for m in q.measures} & MONEY_MEASURES
        line = self.state.line
        if len(asked) == 1 and line is not None and (line.cells is not None or len(line.text.strip()) <= 60) \
                and any(k == subject for _, _, k in line.subjects):
            # "Highest Payout | £6,158.80 | £25,283.40": in a table row (or a short line, "010417 - 310318 24 vehicle
            # damage £936.27 pd"), no word says price each or total, and the questions about the thing the row names
            # ask for one kind of amount only: it is that one (a thing only the heading above names may be
            # another's; in prose the sentence says which)
            return asked.pop(), 0.05
        if len(asked) == 1 and line is not None and not line.subjects and sum_said_in_words(
                self.text, line.start, v.start, self.survey, self.state.question_words) == subject:
            return asked.pop(), 0.05     # a sum the request's own words name: the one kind its question asks
        sec = self.state.section
        heads = [sec] if sec is not None else self.headings.parts
        if not asked and heads and line is not None and 0 <= self.state.section_line <= line.start:
            # "3. Total Income for Fixed Penalty Notices ..." / "2020/2021" / "£5,000": no question about the thing
            # asks for money, the numbered question (or the run of parts a heading names, "1.a)-d)") asks for one
            # kind of amount only: it is that one (not a price each because it is small beside the count of the
            # question before)
            kinds = {m for q in heads for m in q.measures} & MONEY_MEASURES
            if len(kinds) == 1:
                return kinds.pop(), 0.05
        if len(asked) == 1 and sec is not None and sec.subject == subject and asked <= set(sec.measures) \
                and line is not None and 0 <= self.state.section_line <= line.start:
            # "3. ... For 23/24 it was £54.06" under the number of the question about the thing, which asks for one
            # kind of amount only (a sum: "the total cost of facility time"): that kind, however small
            return next(iter(asked)), 0.05
        if v.value == 0 and asked == {"total_cost_gbp"}:
            # "2012 - £0" / "2016 - £220,000" answering "how much your authority has invested in ...": a sum of
            # nothing is nothing spent, never a price each, where the questions about the thing ask for a sum only
            return "total_cost_gbp", 0.1
        count = self.state.counts.get((subject, period.label if period else None))
        if count is None:
            same = [c for (s, _), c in self.state.counts.items() if s == subject]
            count = max(same) if same else None
        if count and count > 2:
            return ("total_cost_gbp" if v.value >= 30 * count and v.value > 5000 else "unit_cost_gbp"), 0.1
        return ("total_cost_gbp" if v.value > 5000 else "unit_cost_gbp"), 0.2

    def _same_thing(self, a: str, b: str) -> bool:
        """Two subjects that name one thing: the same label ("Noise complaints", as a draft names the thing two
        questions ask about)."""
        sa, sb = self.survey.subjects.get(a), self.survey.subjects.get(b)
        return a != b and sa is not None and sb is not None and sa.label.strip().lower() == sb.label.strip().lower()

    def _nought_asks_no_number(self, v: Value, subject: str) -> bool:
        """Whether a nought stands where the subject's questions ask for no number: one thing said not to be there
        or not done ("We do not have a private company ...", "No external contractor is employed ...") answering
        "Do you use a private company ...?" is a no; "None within our ASB/Environmental Health department" answering
        only "Please provide a copy of any reports or guidance ..." is nothing to send (not where a question also
        asks a figure: "Please provide a figure for tests carried out ... Could you also provide a copy of ...")."""
        asked = [q.text or "" for q in self.survey.questions if q.subject == subject]
        if (_NOT_ONE.search(v.text) or v.text == "No" and _NO_THING_DONE.match(self.text, v.end)) \
                and not any(_ASKS_A_NUMBER.search(t) for t in asked):
            return True
        return bool(asked) and all(ASKS_A_COPY.search(t) and not _ASKS_A_NUMBER.search(t) and not _A_FIGURE.search(t)
                                   for t in asked)

    def _nought_is_a_sum(self, v: Value, subject: str, hint: str | None, unit: tuple[int, int]) -> bool:
        """Whether a nought is nothing spent rather than none counted: one in a list of a year's sums ("• 2022 -
        £9,958" / "• 2023 – Zero (... funded entirely by sponsorship ...)") where the subject is asked in money, or
        one under the number of a question asking only how much was spent ("2. Chewing Gum - Nil"; not a "None"
        under the request's last question quoted above the answers)."""
        if _listed_after_sums(self.text, unit[0], v.start) and any(
                "total_cost_gbp" in q.measures for q in self.survey.questions if q.subject == subject):
            return True
        sec = self.state.section
        return hint == "total_cost_gbp" and sec is not None and sec.subject == subject \
            and set(sec.measures) == {"total_cost_gbp"}

    def emit(self, v: Value, subject: str, period: Period | None, hint: str | None, unit: tuple[int, int],
              conf: float, window: str, last_in_unit: bool = True) -> None:
        if (self.state.disposals and subject not in self.state.disposal_subjects) or self.state.describing:
            return   # things disposed of, recycled, written off or stolen, or model names: not what was bought
        if v.money and _THE_BEFORE.search(self.text, max(0, v.start - 8), v.start) \
                and any(f.value == v.value and f.measure in ("unit_cost_gbp", "total_cost_gbp") for f in self.state.facts):
            return   # "When done during routine maintenance, the £150 covers either:": the sum given above, named again
        rate = self.state.rates.get(v.start) if v.start in self.state.rates and not v.zero and not v.money else None
        money = v.money
        if rate is not None:
            money = False
        elif not money and not v.zero and (hint is None or self._written_as_amount(v)):
            hint = self._money_only(subject, v)
        if not money and rate is None and hint in (None, "count") and _PENCE.fullmatch(v.text) \
                and any(m in ("unit_cost_gbp", "total_cost_gbp") for q in self.survey.questions if q.subject == subject
                        for m in q.measures):
            # "70288.21" on a line of its own under "Sickness amount Paid during absence": pounds and pence, not a
            # count, where the thing is asked about in money
            hint = "cost"
        if not money and rate is None and hint in ("unit_cost_gbp", "total_cost_gbp", "cost") and not v.zero \
                and not self._counts_a_subject(v) and not self._named_without_money(v) \
                and not _BESIDE_POUNDS.match(self.text, v.end) \
                and not (self._counts_only(subject) and not self._written_as_amount(v)):
            # ("We used one team in 2018 at a cost of 205k" under "a) How many teams have you used?": the words
            # before the number make it money, whatever the question asks)
            money = True
        if rate is not None:
            if rate != "percent" and conditions_a_figure(self.text, v.start):
                return    # "71% within 14 days": the days are the share's condition
            measure = rate
        elif money:
            if self.state.naming and not v.money:
                return   # "PDA used is HTC Touch Diamond 2" under "Type of devices -": a model's number, no sum
            measure, penalty = self._money_measure(v, hint, window, subject, period)
            conf -= penalty
            if measure == "unit_cost_gbp" and v.value == 0 and \
                    self.state.counts.get((subject, period.label if period else None)) == 0:
                return   # "0 0": nothing bought has no price each (a total of £0 is kept: nothing spent)
        else:
            # a count is whole, but the middle of a range of counts ("around 10-15") may be a half, full-time
            # equivalents are fractions, and a bare number that answers a question of days or hours only ("2022 -
            # 8.52" answering "the average days lost per FTE") is that length of time (see below)
            if not (v.value.is_integer() or v.approx and (2 * v.value).is_integer() or self._in_fte(subject)
                    or self._rate_implied(subject)) or v.value < 0:
                return
            if period is not None and period.kind == "month_at" and not any(self.state.buying_headings) \
                    and not (self.state.line and _ACQUIRED.search(self.state.line.text)) and self._counts_bought(subject):
                # "Total number of devices - March 2010 290": how many there were at a date, not how many were
                # bought in that month; a month of buying says so ("Laptops purchased", "bought in May 2020").
                # Where the question asks how many there are (no buying), the count at a date is its answer.
                return
            if not v.zero and _AGES_BEFORE.search(self.text, max(unit[0], v.start - 120), v.start):
                return
            if not v.zero and counts_open_cases(self.text, v.end) \
                    and not asks_open_cases(q.text for q in self.survey.questions if q.subject == subject):
                return    # "1 complaint is ongoing and 4 ...": the cases not yet decided (see ongoing.py)
            if v.word and _THE_BEFORE.search(self.text, max(unit[0], v.start - 8), v.start):
                return    # "The total costs of the three funerals ...": the things counted before, named again
            if not v.word and re.fullmatch(r"(?:19|20)\d\d", v.text) \
                    and _THE_BEFORE.search(self.text, max(unit[0], v.start - 8), v.start):
                return    # "The 2012 GTAA identified ...", "the 2019 round": the year a thing is of, no count of it
            if not v.zero and not v.word and _A_LENGTH_OF_TIME.match(self.text, v.end) \
                    and not self._rate_implied(subject):
                return    # "31 labour days x 2 men ( approx. 250 labour hours)": lengths of time, not counts of things
            if not v.zero and any(counts_something_else(self.text, v.end, q.text)
                                  for q in self.survey.questions if q.subject == subject):
                return    # "31 labour days x 2 men ... - 34 jobs" asked how many employees: only "2 men" (people.py)
            if v.zero and self._nought_asks_no_number(v, subject):
                return
            measure = "total_cost_gbp" if v.zero and self._nought_is_a_sum(v, subject, hint, unit) else "count"
        # two questions about one subject ("how many FPNs", "the income from FPNs") are told apart by the
        # question whose number heads the figure, then by the measure each asks for
        subject = self._shared_word_subject(self._restated_part(subject, measure, v), measure)
        asking = [q for q in self.survey.questions if q.subject == subject]
        if measure == "count" and rate is None and v.start not in self.state.part_counts:
            implied = self._rate_implied(subject)
            if implied is not None and (counted := counted_under_number(self.state, v, subject)) is not None:
                # "2. 67 programmed visits; 5 revisits." under "How many food law inspections are currently
                # overdue?": a figure with its own noun right after it counts those things, not the waiting time
                # the noun's subject is asked in; it is the count the numbered question asks
                subject, implied = counted.subject, None
                asking = [q for q in self.survey.questions if q.subject == subject]
            if implied is not None and _AN_AVERAGE.match(self.text, v.end) \
                    and not any(_AVERAGE_ASKED.search(q.text) for q in asking):
                return    # "4.45 Average FTE per Employee" beside the days lost the question asks: another figure
            if implied is not None and not v.zero and _OWN_NOUN.match(self.text, v.end):
                return    # "once 20 or so faults have been reported" under "the average time taken ...": no days
            measure = implied or measure
            sec = self.state.section
            if measure == "count" and v.zero and sec is not None and sec.subject == subject \
                    and "count" not in sec.measures:
                # "None" under the request's "how much of this space ..." restated: nought of the area it asks
                measure = zero_area(self.text, v.start, sec.text, sec.measures) or measure
        sec_group = _group(self.state.section.id) if self.state.section is not None else None
        # (one subject asked again in another question, "3b. ... plots ... currently", "4b. ... plots ... in May 2010":
        # under question 4's number, the part of question 4)
        q = self.state.section if self.state.section in asking and measure in self.state.section.measures else \
            next((q for q in asking if measure in q.measures and _group(q.id) == sec_group), None) or \
            self._asking_for_period(asking, measure, period) or \
            next((q for q in asking if measure in q.measures), None)
        if q is not None and q is not self.state.section and period is not None and not self._asks_period(q, period):
            # "5. The average cost for a burial ... 2015-16" where a draft named the burials of 2a (2011/12) and 5a
            # (2015/16) apart, one label: the one asking the figure's year
            # (of the question and its twins, the one: where the figure's year mostly falls in a year each asks,
            # "April 2022 - March 2023" in the question's "Sep 2022 to Aug 2023" and its twin's too, it stays)
            twin = self._asking_for_period([o for o in self.survey.questions if o is q
                                            or self._same_thing(o.subject, subject)], measure, period, alone=True)
            twin = None if twin is q else twin
            if twin is not None:
                q, subject = twin, twin.subject
        if asking and q is None and self.state.section is not None and measure in self.state.section.measures:
            # "3. Total Income ..." over a table headed "No. FPNs issued" (the count table's header copied):
            # money that no question about FPNs asks for is the money the numbered question asks for
            q, subject = self.state.section, self.state.section.subject
        if asking and q is None:
            # "a) How many fixed penalties for dropping litter were issued and what income was achieved ...?
            # 2013/14 - Nil. 2014/15 1": a question restated just before its answer names two things; the
            # figure is the one of them whose question asks for its measure
            other = self._restated_subject(v, measure)
            if other is not None:
                subject = other
                q = next(q for q in self.survey.questions if q.subject == other and measure in q.measures)
        parts = self.headings.parts
        line = self.state.line
        sec = self.state.section
        if sec is not None and q is not sec and line is not None and line.marker and self.state.section_line == line.start \
                and measure in sec.measures and len(line.values) == 1 and len({k for _, _, k in line.subjects}) == 1 \
                and (q is None or _group(q.id) != _group(sec.id)) and not line.asked \
                and not any(0 <= a - v.end <= 2 for a, _, _ in line.subjects):
            # "3) We currently have £290,000.00 of Grant Funding Available to spend ...", "8) During 2019 the total
            # number of visits to Moray Council Chargers was 1404.": one figure on a line its question's number
            # opens is that question's answer, though its words name a thing another question asks about (not
            # one written right after the figure, the thing it counts: "2) 0 cases have been taken to TPT")
            q, subject = sec, sec.subject
        if sec is not None and q is not None and q is not sec and line is not None and line.marker \
                and self.state.section_line == line.start and measure in sec.measures \
                and self._same_thing(q.subject, sec.subject):
            # "2. One complaint of noise was retrospectively made relating to 10 or 11 September 2016.": two
            # questions about one thing ("How many noise complaints ... on the weekend of September 3 and 4?", the
            # same "... of September 10 and 11?") are told apart by the number that opens the figure's line
            q, subject = sec, sec.subject
        if sec is not None and q is not None and q is not sec and line is not None and line.marker \
                and not line.marker[0] and line.marker[1] \
                and self.state.section_line == line.start and measure in sec.measures and _group(q.id) == _group(sec.id) \
                and sec.subject in {k for _, _, k in line.subjects} and not line.asked:
            # "QC - We do not have a specific budget or plan ... It is expected that we will complete over 70
            # bathroom adaptations in the next 12 months": under a part's own letter alone, a line that names that part's
            # subject too ("expected", "the next 12 months") answers that part, not the sister part about the
            # thing it counts (not a line that asks: "3. How many allotment a) sites 9 and b) plots do you have
            # ...? 287 full plots" restates both parts)
            q, subject = sec, sec.subject
        if sec is not None and q is not None and q is not sec and line is not None and line.marker \
                and self.state.section_line == line.start and measure in sec.measures and not line.asked \
                and len(line.values) >= 2 and sec.subject in {k for _, _, k in line.subjects} \
                and q.subject in {k for _, _, k in self.survey.find_subjects(sec.text or "")}:
            # "Q1 - Long Term Empty Homes - 1,100 & Second Homes - 1,500." under "(1) The number of long-term empty
            # homes, and, the number of second homes": question 1 asks for both things, and its line gives both, so
            # each figure is its answer, not that of question 2, which asks something else of second homes (one
            # figure on a line whose number is not the survey's, "3. Of the Guildford PCNs issued, 10,116
            # challenges were received", keeps the question its thing names)
            q = sec
        if q is None and parts and line is not None and 0 <= self.state.section_line <= line.start:
            # "1.a)-d)" / "Budget for street sweeping 879662 866518" (money) under "a. Number of public toilets ... d.
            # Annual budget for street cleaning": the part of the run that asks for the figure's measure, the one
            # whose words the row's label shares most where several do, else the first
            fit = [p for p in parts if measure in p.measures]
            if fit:
                said = _content_words(self.text[line.start:max(line.start, v.start)])
                q = max(fit, key=lambda p: len(said & self.state.question_words.get(p.id, frozenset())))
                subject = q.subject
        if q is None and rate is not None and sec is not None and line is not None \
                and 0 <= self.state.section_line <= line.start:
            twin = self._twin_asking(sec, measure) or joined_asking(self.text, self.state.section_line, self.survey,
                                                                     measure)
            if twin is not None:
                q, subject = twin, twin.subject
        if asking and q is None and measure == "unit_cost_gbp" and _PRICE_EACH.match(self.text, v.end):
            # "2. ... The cost is roughly £38 per job." asked the total cost: a price each is what the body gives
            q = next((q for q in asking if "total_cost_gbp" in q.measures), None)
        if q is None and measure == "percent" and "percent" not in self.state.rate_measures:
            # "a 0.5% fee per deduction" answering "... do you charge a fee ...?" (rates.FEE_SHARE): the price asked,
            # given as a share
            q = next((x for x in [sec] + asking if x is not None and "unit_cost_gbp" in x.measures), None)
            subject = q.subject if q is not None else subject
        if q is None and rate == "percent" and sec is not None and line is not None and line.marker \
                and self.state.section_line == line.start and subject == sec.subject and "count" in sec.measures \
                and _SHARE_ALONE.fullmatch(line.text):
            # "Q4. 100%" under "How many ransomware attacks were blocked?": the whole answer under the question's own
            # number is a share of the things it counts, given as that share
            q = sec
        if asking and q is None and v.money and (sole := sole_asking(self.text, v, self.survey, measure)) is not None:
            q, subject = sole, sole.subject     # (see sole_money.py)
        if asking and q is None and measure in ("total_cost_gbp", "unit_cost_gbp"):
            # "2016/17 - 1 settlement agreement totalling £12,841.38": money no question about the thing counted asks
            # for is the money of the one question that asks it of that thing ("The total costs associated for each
            # settlement agreement ...")
            q = self._money_asked_of(subject, measure)
            subject = q.subject if q is not None else subject
        if q is None and measure == "count" and v.start in self.state.part_counts:
            # "10 had an EHCP (4.4%)" answering "Of these, what proportion ...": the count beside the share asked
            q = next((x for x in asking if x.subject == self.state.part_counts[v.start]), None)
        if q is None and rate is not None and (measure in BY_UNIT or measure == "days" and v.text[-1:].isdigit()):
            # "Total KM salted and travelled = 149005" beside "Number of runs = 51": a figure written with its unit
            # (after the number, or a label's unit before it: "Grit runs Days =42") answers the one question that
            # asks that unit, whatever thing the line names
            # (of several asking it, the one whose words the line's words before the figure share most: "Total KM
            # salted and travelled" is "the total distance of road treated through gritting or salting", not "the
            # total length of the highway network")
            unit_asked = [x for x in self.survey.questions if measure in x.measures]
            if len(unit_asked) > 1 and line is not None:
                said = _word_heads(self.text[line.start:max(line.start, v.start)])
                shared = sorted(((len(said & _word_heads(x.text or "")), k) for k, x in enumerate(unit_asked)),
                                reverse=True)
                unit_asked = [unit_asked[shared[0][1]]] if shared[0][0] > shared[1][0] else []
            if len(unit_asked) == 1:
                q, subject = unit_asked[0], unit_asked[0].subject
        if (asking or measure in RATE_MEASURES) and q is None:
            return      # a share or length of time no question about this subject asks for
        qid = q.id if q is not None else None
        if period is None and q is not None:
            period = self._asked_period(q, v)
            if period is not None:
                conf -= 0.05
        us, ue = unit
        raw = self.text[us:ue]
        lead = len(raw) - len(raw.lstrip())
        s, e = us + lead, us + len(raw.rstrip())
        if e <= s:
            s, e = v.start, v.end
        if measure == "count" and not v.zero:
            self.state.counts[(subject, period.label if period else None)] = v.value
        # "300 laptops (approx.)", "300 laptops approximately." — but not "89 tablets and approximately" when
        # the qualifier is followed by the next figure ("... and approximately 550 mobiles", "85 (approx £700
        # each)"): it is that one's
        after = window[window.find(v.text) + len(v.text):] if v.text in window else ""
        approx = v.approx or approx_of(self.text, v.start, v.end) or bool(
            re.search(r"\(\s*(?:approx|approximately|estimated|est)\b[^()\d£]*\)", after, re.IGNORECASE)
            or (last_in_unit and re.search(r"\bapproximately\s*[.)]?\s*$", after, re.IGNORECASE)))
        self.state.facts.append(Fact(
            subject=subject,
            period=period.label if period else None,
            period_start=period.first.isoformat() if period else None,
            period_end=period.last.isoformat() if period else None,
            measure=measure,
            value=float(v.value),
            unit=MEASURE_UNITS.get(measure, "GBP"),
            approx=approx,
            quote=self.text[s:e],
            start=s,
            end=e,
            confidence=round(max(0.05, min(1.0, conf)), 2),
            question=qid,
            partial=bool(period and period.partial),
        ))
        if self.headings.parts_joint and q in parts and line is not None and self.state.section_line == line.start:
            # "2.a) & b) 7 hours per day": one answer to both parts, a figure of each that asks for its measure
            for p in parts:
                if p is not q and measure in p.measures:
                    self.state.facts.append(replace(self.state.facts[-1], subject=p.subject, question=p.id))

    def _money_asked_of(self, subject: str, measure: str):
        """The one question that asks for ``measure`` and names ``subject`` in its words, where no question about
        ``subject`` asks for money; else None."""
        if any({"total_cost_gbp", "unit_cost_gbp"} & set(q.measures) for q in self.survey.questions
               if q.subject == subject):
            return None
        named = [q for q in self.survey.questions if measure in q.measures and q.subject != subject
                 and subject in {k for _, _, k in self.survey.find_subjects(q.text or "")}]
        return named[0] if len({q.subject for q in named}) == 1 else None

    def asks_how_many(self, subject: str) -> bool:
        """Whether a question about ``subject`` asks for a number ("How many complaints ...?"), not a yes or no
        ("Do you use a private company ...?"), where "none" said of it is a figure."""
        return any(_ASKS_A_NUMBER.search(q.text or "") for q in self.survey.questions if q.subject == subject)
