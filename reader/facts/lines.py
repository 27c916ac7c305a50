"""List lines and prose: "Laptops - 232", "2019/20: 300; 2020/21: 1,100", "we purchased 150 laptops in
2019/20 at an average cost of £650 each". A line is cut into sentences, and each value is bound to the nearest
subject and period the way English lists and sentences are written, or to the question its line answers."""

from __future__ import annotations

import bisect
import re
from datetime import date

from .. import nought
from ..numbers import LOOSE_FIGURE, LOOSE_WHOLE
from ..periods import Period
from ..survey import MONEY_MEASURES
from ..scan import Value
from ..sentences import ANY_STOP, LINE_WHOLE, UNIT, breaks, sentence_end, sentence_start
from ..units import unit_in
from ..word_stems import singular
from .model import _Column, _Context, _Line, MAX_VALUES_PER_UNIT
from .bare_answers import answer_alone, cut_year
from .slash_pairs import in_slash_pair
from .part_counts import whole_and_part
from .number_was import number_was
from .measures import _UNIT_CUE, measure_of
from .flat_rows import flattened_rows
from .told_counts import none_done_named, told_count, told_none, told_none_done
from .people import people_counted
from .labelled_answers import labelled_after_question
from .part_nouns import part_by_noun
from .said_sum import spent_under_number, sum_said_in_words
from .noun_counts import count_named_in_words
from .period_rows import period_row_subject
from .words import _content_words, one_spelling, _d1_says_figure, _group, _NOTHING_GIVEN, _PENCE, _span
from .state import Part


# the words before a number of places the things counted just before it are in ("78 sockets in 13 locations")
_PLACES_BEFORE = re.compile(r"\b(?:in|at|across|over|on)\s+(?:(?:approximately|around|about|some|up\s+to)\s+)?$",
                            re.IGNORECASE)
# a relative clause (or a new clause) opened after a figure: what it names is not what the figure is
# "267 of the 1,515 requests" under "How many assessments were refused ...?": the thing named after the whole said
# again is the whole's, not what the part before it counts
_WHOLE_SAID_AGAIN = re.compile(r"[ \t]+(?:out[ \t]+)?of[ \t]+(?:the[ \t]+|these[ \t]+|those[ \t]+)?" + LOOSE_FIGURE
                               + r"[ \t]+(?:[A-Za-z]+[ \t]+){0,2}", re.IGNORECASE)
_CLAUSE_BETWEEN = re.compile(r"\b(?:which|who|whereas|while|whilst)\b|;", re.IGNORECASE)


# the noun right after a number in a sentence, when it is a thing of its own and not a word about the figure
# ("4 locations", not "4 in total", "54 purchased", "12 each", "3 of them")
# a word of money alone, with nothing of what the money is for: "cost", "costs", "spend", "expenditure"
_MONEY_WORD_ONLY = re.compile(r"(?:costs?|spend|spent|spending|expenditure)", re.IGNORECASE)
_SECOND_WORD = re.compile(r"[ \t]+([A-Za-z][a-z]{3,})\b")


# "The answer for Q2 is", "the answer to this question would be": what follows is the answer itself
_ANSWER_IS = re.compile(r"\b(?:answer|response|reply)[ \t]+(?:to|for)[ \t]+(?:(?:q(?:uestion)?\.?[ \t]*)?\d{1,2}[a-z]?|"
                        r"(?:this|that|the|your)[ \t]+question)[ \t]+(?:is|was|would[ \t]+be|will[ \t]+be)[ \t]*$",
                        re.IGNORECASE)
# one lower-case word between a number word and the thing it counts: "Nine adult spaces", "six children places"
_ONE_WORD_BETWEEN = re.compile(r"[ \t]+(?-i:[a-z])[a-z-]{2,}[ \t]+")
# "Of the 30 DOLS cases, 29 were ...": a whole named before its part, in a clause of its own (or with no comma: "of
# the 12 approaches 8 were heterosexual"; or over a list of its parts: "Of the 33 sites;" / "• 4 are being advertised")
_OF_THE_BEFORE = re.compile(r"(?<![\w,])of[ \t]+(?:the|these|those|all)[ \t]+$", re.IGNORECASE)
# (not "225 of these 10 had an EHCP": a part, its verb after it)
_WHOLE_THEN_PART = re.compile(r"[ \t]+(?!(?:had|has|have|were|was|are|is|did|do|does|will|would|could|can)\b)"
                              r"(?:[A-Za-z][^,.;:\d\n]{0,60},[ \t]*(?:[a-z]+[ \t]+){0,2}?\d"
                              r"|[A-Za-z]+(?:[ \t]+[A-Za-z]+){0,3}[ \t]+\d"
                              r"|[A-Za-z][^,.;:\d\n]{0,60}(?P<list>[;:][ \t]*\n))")


# "... 2024 to June 2024 - £318,213 Total - £990,705": a total's label right before its figure
_TOTAL_BEFORE = re.compile(r"\b(?:grand[ \t]+)?total[ \t]*[:=\-\u2013\u2014]?[ \t]*$", re.IGNORECASE)
_OWN_NOUN = re.compile(r"[ \t]+(?!(?:in|of|for|at|during|were|was|are|is|have|has|had|each|per|to|from|on|by|x|and|"
                       r"or|with|which|that|this|those|these|units?|items?|purchased|bought|issued|new|more|further|"
                       r"additional|so|far|since|between|as|total|overall|altogether|respectively|approx\w*|"
                       r"around|about|only|all|such|the|a|an|times?|per\s*cent|percent)\b)[A-Za-z][a-z]+\b")


# a label that says what its figure counts, right before it: "Number of affected streets: 81"
_NUMBER_OF_LABEL = re.compile(r"(?:total[ \t]+)?number[ \t]+of[ \t]+([A-Za-z][A-Za-z \t-]{2,40}?)[ \t]*[:=\u2013-][ \t]*$",
                              re.IGNORECASE)
# "7 allegations of Blue Badge Fraud": the figure's own noun, then what it is of, the thing counted
_NOUN_OF = re.compile(r"[ \t]+[A-Za-z]{3,}[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Za-z-]+[ \t]+){0,3}")


_TOTAL_LABEL = re.compile(r"[\s*\u2022\u00b7\u25aa\u25cf>-]*(?:grand\s+|overall\s+)?(?:total|totals|sum)\b"
                          r"\s*(?:[:=\-]\s*)?\d", re.IGNORECASE)


_SUBSET_BEFORE = re.compile(r"\b(?:of\s+which|of\s+these|of\s+those|including|includes|incl\.?|comprising|"
                            r"within\s+this)"
                            r"\s*(?:were\s+|are\s+)?(?:around\s+|approximately\s+|about\s+)?$", re.IGNORECASE)


# "... is 521", "... was 1404": a figure said to be what the sentence's subject is
_IS_BEFORE = re.compile(r"\b(?:is|was|are|were|totals?|totalled|stands[ \t]+at|stood[ \t]+at)[ \t]+(?:approximately[ \t]+|"
                        r"around[ \t]+|about[ \t]+)?$", re.IGNORECASE)
_NUMBER_OF = re.compile(r"\bnumbers?\s+of\s+(?:the\s+)?$", re.IGNORECASE)


# a figure followed by the reason it was given and no noun of its own: "3 were for aggressive begging", "2x for litter"
_FOR_REASON = re.compile(r"[ \t]*(?:[x×][ \t]*)?(?:(?:were|was|are|is)[ \t]+)?(?:issued[ \t]+)?for\b", re.IGNORECASE)
# "1 being a 3Kw charger (3-pin plug) and 1 being a 7Kw Charger": the kinds of the things just counted
_BEING_AFTER = re.compile(r"[ \t]+being[ \t]+(?:a|an)\b", re.IGNORECASE)
# "1 of these", "2 of them": a part of the things just counted
# a second figure in brackets that counts more or fewer things than the one before it: "55 (83 including all play
# areas ...)", "12 (9 excluding ...)"
# a part named in brackets right after the whole: "(inc UMSUG admin services of ", "(including VAT of "
_PART_IN_BRACKETS = re.compile(r"\((?:inc|incl|including|includes)\.?[ \t]+(?:[A-Za-z][\w'-]*[ \t]+){0,6}"
                               r"(?:of|at|totalling|=)?[ \t]*$", re.IGNORECASE)
# an adjective made of a noun and "-y" ("faulty", "rusty", "leaky"; not "salary", "county", "safety")
_ADJECTIVE_IN_Y = re.compile(r"(?:lt|st|k|ss)y$")
_OUT_OF_BEFORE = re.compile(r"\bout[ \t]+of[ \t]+$", re.IGNORECASE)
_WIDER_AFTER = re.compile(r"[ \t]+(?:including|incl\.?|inc\.|excluding|excl\.?)(?!\w)", re.IGNORECASE)
_PART_OF = re.compile(r"[ \t]+of[ \t]+(?:these|those|them)\b", re.IGNORECASE)
# "65 of the car parks": a part of things named right after, of their own (the thing's words there are checked apart)
_PART_OF_PLACES = re.compile(r"[ \t]+of[ \t]+the[ \t]+(?:[a-z]+[ \t]+)?[a-z]+s\b")
# a plural noun right after a survey's word, which then only says what kind of that noun is meant ("no bus lanes
# to enforce", the survey counting bus lane penalties): the things there are none of are that noun's
_MODIFIES_ANOTHER = re.compile(r"[ \t]+(?!(?:is|was|has|does|as|this|its|us|yes|less|unless|across|plus|thus|"
                               r"whereas|perhaps|always|sometimes|besides)\b)[a-z]{2,}[^s\W]s\b")
# "has been", "were" between a zero word and the survey's word for what was done: "nothing has been sold or closed"
_BEEN_DONE = re.compile(r"[ \t]+(?:(?:has|have|had)[ \t]+been|was|were|is|are)[ \t]+")
# a line's year and nothing else before its figure: "In 2015/16 55", "2015/16: 55"
_YEAR_THEN_FIGURE = re.compile(r"[ \t]*(?:in[ \t]+)?(?:19|20)\d\d(?:[/-]\d{2,4})?[ \t]*[:\-]?[ \t]*", re.IGNORECASE)
# one word between "no" and the thing the survey names: "No formal complaints", "no recorded injuries" (not a word
# that says nothing is held, "no data complaints")
_ONE_WORD_BETWEEN = re.compile(r"[ \t]+(?!(?:data|records?|information|details|figures?|one)\b)[a-z]{3,}[ \t]+")
# the one thing a price is for, after the words of the price: "the annual cost in fees/rental charges that a person
# pays to the council for one ...", "the charge for one ..."
_PRICE_FOR = re.compile(r"\b(?:cost|costs|fees?|charges?|charged|price|prices|rent|rental|pays?|paid)\b[^.;:?!\n]*"
                        r"\bfor[ \t]+$", re.IGNORECASE)
# a line that opens with a figure and the words of what it counts: "5,378 Penalty Notices successfully appealed ..."
_FIGURE_LED = re.compile(r"\d{1,3}(?:,[ ]?\d{3})+[ \t]+[A-Za-z]{3,}|\d+[ \t]+[A-Za-z]{3,}")
# a sentence that names the whole first: "Of the Guildford PCNs that were challenged, ", "4, Of those issued, "
_WHOLE_FIRST = re.compile(r"[ \t]*(?:\d{1,2}[.,)][ \t]*)?of[ \t]+(?:the|these|those|all)\b[^,.;:\d\n]{0,80},[ \t]*",
                          re.IGNORECASE)
_EQUALS_BEFORE = re.compile(r"=[ \t]*$")
# a figure's own noun, then the period it is of: "15,349 incidents in 2020", "12 prosecutions during 2019/20"
_NOUN_THEN_IN = re.compile(r"[ \t]+[a-z][a-z'-]+[ \t]+(?:in|during)[ \t]+(?:the[ \t]+)?(?:(?:financial|calendar)[ \t]+"
                           r"year[ \t]+|year[ \t]+)?", re.IGNORECASE)
_OTHERS_AFTER = re.compile(r"[ \t]+(?:others|more)\b(?![ \t]+than\b)", re.IGNORECASE)
# an answer's number before its words: "1) ", "(2) ", "Q3) ", "4.) "
_ANSWER_NUMBER = re.compile(r"[ \t]*(?:q[ \t]*)?\(?\d{1,2}[a-z]?\.?\)[ \t]+", re.IGNORECASE)


def _slice(items: list, starts: list[int], lo: int, hi: int) -> list:
    """The items (sorted by start) that start in [lo, hi)."""
    return items[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


_PLACEHOLDER = re.compile(r"(?<!\S)(?:[<>≤≥]\s*" + LOOSE_WHOLE + r"\*?|[-–—*x]|(?:n/?a|N/?A)\*{0,2}|\.\.)(?!\S)")



_SPACE = re.compile(r"[ \t]*")


def _price_of_amount_before(text: str, values: list[Value], v: Value, lo: int, hi: int) -> int | None:
    """Where a figure's window starts past the words that price the sum just before it: "an average energy cost of
    £0.14 per kwh in 2018/19, last year part-night lighting saved around £688k" -- "per kwh" says the £0.14 is a
    price each, not the £688k (the end of those words; None where no such words follow a sum)."""
    if not any(w.money and w.end == lo for w in values if w is not v):
        return None
    m = _UNIT_CUE.match(text, _SPACE.match(text, lo, hi).end(), hi)
    return m.end() if m is not None and m.end() < hi else None


# a list item that opens with a name and its amount: "Graham Environmental - Approx £5000 per year ...", "Rentokil –
# Approx £2000 per year ..." (a name of two words at most before the dash; the amount straight after it)
_NAMED_AMOUNT = re.compile(r"[ \t]*(?:[\u2022\u00b7*-][ \t]*)?[A-Z][\w&'.]*(?:[ \t][A-Z][\w&'.]*)?[ \t]+[-\u2013:][ \t]+"
                           r"(?i:(?:approx(?:imately|\.)?|about|around|c\.)[ \t]*)?£[ \t]?[\d,]+(?:\.\d{2})?")

# "if" before a word for nought: "If none, please confirm", "if there are none", "if nil"
_IF_BEFORE = re.compile(r"\bif[ \t]+(?:there[ \t]+(?:are|is|were|was|have[ \t]+been)[ \t]+)?$", re.IGNORECASE)

class ValueLines(Part):
    # (end of the line, subject) of the last list item written as a figure and the reason it was given
    _reason_list: tuple[int, str | None] | None = None

    """List lines and prose (part of ``FactReader``)."""

    def _row_number(self, v: Value, us: int) -> bool:
        """A small whole number that starts a row and is followed by its label's words."""
        return (not v.money and not v.word and v.value.is_integer() and 0 < v.value < 100
                and not self.text[us:v.start].strip() and re.match(r"[ \t]+[A-Za-z]{2}", self.text[v.end:v.end + 4])
                is not None)

    def _period_after(self, line: _Line, unit: tuple[int, int]) -> Period | None:
        """"5,378 Penalty Notices successfully appealed ... stages. Financial year 21/22": a period standing alone
        after the sentence, on its line, is the sentence's."""
        us, ue = unit
        periods = [p for p in line.periods if us <= p.start < ue]
        if len(periods) != 1:
            return None
        p = periods[0]
        rest = self.text[us:p.start] + " " + self.text[p.end:ue]
        alone = re.fullmatch(r"[\W_]*(?:(?:financial|calendar)\s+year|fy|year)?[\W_]*", rest, re.IGNORECASE)
        return p if alone else None

    def _answer_after_question(self, line: _Line, v: Value) -> str | None:
        """"2. How many Charge Certificates (related to Penalty Charge Notices) were issued ...? 217": the figure
        right after the question its line's number heads is that question's, whatever subjects the question's
        words name."""
        if not line.asked:
            return None
        spans = [(a, b) for a, b in line.asked if b <= v.start]
        # ("? Approx 690.": a word that the figure is about, no other word, between them)
        if not spans or not re.fullmatch(r"[\s:=\-\u2013\u2014]*(?:(?:approx(?:imately|\.)?|around|about|circa|"
                                         r"c\.|ca\.|estimated|roughly)[\s:]*)?", self.text[spans[-1][1]:v.start],
                                         re.IGNORECASE):
            return None
        q = self.state.section
        if q is not None and line.marker and self.state.section_line == line.start:
            named = self._part_named_after(line, v, q)
            return named if named is not None else q.subject
        # "· How many public toilets was the authority responsible for maintaining in 2010? 5": no number, but the
        # words asked are one survey question's
        q = self.headings.restated_question(self.text[spans[-1][0]:spans[-1][1]])
        return q.subject if q is not None else None

    def _named_in_own_clause(self, v: Value, subjects: list) -> bool:
        """Whether a thing the line names is named in ``v``'s own clause: before it, or after it with no clause
        between ("We make a charge of £30 per permit which is ... a contribution to the costs of ...": the costs
        the clause after "which" names do not say what the £30 is)."""
        return any(a < v.start or not _CLAUSE_BETWEEN.search(self.text, v.end, a)
                   and not _WHOLE_SAID_AGAIN.fullmatch(self.text, v.end, a) for a, _, _ in subjects)

    def _sum_said_under_number(self, line: _Line, v: Value, values: list[Value]) -> str | None:
        """A sum under its question's number said in the question's words (see said_sum.py), in its line or in
        its own clause, from the sum before it: "an average energy cost of £0.14" names what the £0.14 is, not the
        £688k after it."""
        sec = self.state.section
        if sec is None or not 0 <= self.state.section_line <= line.start:
            return None
        for start in dict.fromkeys((line.start, max([line.start] + [w.end for w in values
                                                                    if w.money and w.end <= v.start]))):
            said = sum_said_in_words(self.text, start, v.start, self.survey, self.state.question_words, sec)
            if said is not None:
                return said
        return None

    def _question_verb_before(self, line: _Line, v: Value, values: list[Value], subjects: list, us: int
                              ) -> str | None:
        """"3. HBC have installed 21 public EV chargers but ...": the one figure on a line its question's number
        opens, right after the question's own verb ("How many ... have been installed ...?"), is that question's
        count, though the council names the thing in words of its own."""
        sec = self.state.section
        if sec is None or not line.marker or self.state.section_line != line.start or subjects \
                or "count" not in sec.measures or v.money or v.zero or v.word \
                or [w for w in values if not w.zero] != [v] or len(line.values) != 1:
            return None
        m = re.search(r"([A-Za-z]{4,})[ \t]+(?:(?:approximately|around|about|some|a[ \t]+total[ \t]+of)[ \t]+)?$",
                      self.text[us:v.start])
        if m is None or m.group(1).lower() in ("have", "been", "were", "with", "than", "there", "total"):
            return None
        # (the verb as the question writes it, or without the reply's "-s": "The Council owns 152 ..." under "How many
        # farms does the council own?")
        return sec.subject if any(re.search(r"(?<![a-z])" + re.escape(w) + r"(?![a-z])", sec.text.lower())
                                  for w in {m.group(1).lower(), singular(m.group(1).lower())}) else None

    def _own_noun_under_number(self, line: _Line, v: Value, subjects: list) -> str | None:
        """"Q3 - The 2012 GTAA identified a requirement for 2 pitches permanent pitches up to 2016." under "3: What is
        the need identified by your authority's ... Assessment for new pitches ...?": a count on the line its
        question's number opens, whose own noun is a word of that question ("pitches"), is that question's, though
        the line names none of the survey's things."""
        sec = self.state.section
        if sec is None or not line.marker or self.state.section_line != line.start or subjects \
                or "count" not in sec.measures or v.money or v.zero or v.word:
            return None
        return sec.subject if self._noun_asked(v, sec.subject) else None

    def _figure_led_item(self, line: _Line, v: Value, numeric: list[Value], us: int) -> str | None:
        """"3. What was the total number of challenges/ representations ...?" / "5,378 Penalty Notices successfully
        appealed at informal, Representation or Appeal stages. Financial year 21/22" / "2,923 Penalty Notices ...":
        lines under a question's number that each open with one figure, then the council's own words for what it
        counts (no word of the survey), are that question's count; the line before or after opens the same way."""
        sec = self.state.section
        if sec is not None and line.marker and self.state.section_line == line.start and "count" in sec.measures \
                and not (v.money or v.zero or v.word) and numeric and numeric[0] is v \
                and any(w.start not in self.state.rates for w in numeric[1:]) is False \
                and nought._BEFORE.fullmatch(self.text, line.start, v.start) and _FIGURE_LED.match(self.text, v.start) \
                and not any(a < line.end for a, _, _ in line.subjects):
            # "1. 5235 individuals were in receipt of a non-residential service on 31st December 2023": the figure
            # opens the answer right after its question's number, then the council's own words for what it counts
            return sec.subject
        if sec is None or "count" not in sec.measures or not (0 <= self.state.section_line < line.start) \
                or v.money or v.zero or v.word or not numeric or numeric[0] is not v \
                or any(w.start not in self.state.rates for w in numeric[1:]) \
                or self.text[line.start:v.start].strip(" \t-*\u2022\u00b7") or not _FIGURE_LED.match(self.text, v.start):
            return None
        # ("6,605 cases paid after 28 days of issue at full charge, but before a Charge Certificate is issued": the
        # survey's word stands in a clause of its own, after the figure's; a length of time after it is its condition)
        clause = re.search(r",|\bbut\b|\(", self.text[v.end:line.end])
        if any(a < (v.end + clause.start() if clause else line.end) for a, _, _ in line.subjects):
            return None
        before = self.text.rfind("\n", 0, max(0, line.start - 1)) + 1
        after_end = self.text.find("\n", line.end + 1)
        after = self.text[line.end + 1:after_end if after_end >= 0 else len(self.text)]
        if not (_FIGURE_LED.match(self.text[before:line.start].strip(" \t\n-*\u2022\u00b7"))
                or _FIGURE_LED.match(after.strip(" \t-*\u2022\u00b7"))):
            return None
        return sec.subject

    def _parts_of_whole(self, line: _Line, v: Value, subjects: list) -> str | None:
        """"4, Of the Guildford PCNs that were challenged, 3,522 were cancelled ..., 2,435 were written off for other
        reasons and 2,934 were upheld": on the line its question's number opens, figures after the whole they break
        down (named first), with no thing of the survey named between, answer that question's count."""
        sec = self.state.section
        if sec is None or not line.marker or self.state.section_line != line.start or "count" not in sec.measures \
                or v.money or v.zero or v.word:
            return None
        lead = _WHOLE_FIRST.match(self.text, line.start)
        if lead is None or lead.end() > v.start or any(lead.end() <= a < v.start for a, _, _ in subjects):
            return None
        return sec.subject

    def _part_named_after(self, line: _Line, v: Value, q) -> str | None:
        """"3. How many allotment a) sites 9 and b) plots do you have in total currently ? 287 full plots": the thing
        written right after the figure (a word between) is what it counts, where another part of the same question
        asks about it; None otherwise."""
        after = [k for a, _, k in line.subjects
                 if a >= v.end and re.fullmatch(r"[ \t]*(?:[A-Za-z]+[ \t]+)?", self.text[v.end:a])]
        if not after or after[0] == q.subject:
            return None
        siblings = [o for o in self.survey.questions if o.subject == after[0] and _group(o.id) == _group(q.id)]
        if not siblings:
            # ("4. How many allotment a) sites 9 and b) plots did you have ... in May 2010? 287 full plots": the part
            # of this question about the same thing, named as question 3's part is)
            siblings = [o for o in self.survey.questions if _group(o.id) == _group(q.id) and o is not q
                        and self.emitter._same_thing(o.subject, after[0])]
            return siblings[0].subject if len(siblings) == 1 else None
        return after[0]

    def _sole_count_item(self, line: _Line, ctx: _Context, v: Value, values: list[Value], us: int, ue: int
                         ) -> str | None:
        """"2021-22" / "• Asbestos - 17" / "• Tree - 8" / "• Total - 1,137": items of a list under a period's
        heading, each a short label then one count, in a reply to a survey that asks how many of one thing only:
        they break that count down (and their total is it). The subject of the one question that asks for a count
        (and nothing else), or None."""
        if v.money or v.zero or v.word or len(values) != 1 or ctx.period is None or line.subjects or line.periods:
            return None
        label = self.text[us:v.start]
        if self.text[v.end:ue].strip() or not re.fullmatch(r"[\s*\u2022\u00b7\u25aa\u25cf>-]*[A-Za-z][\w &'/(),.-]{0,40}?"
                                                            r"[ \t]*[-\u2013:][ \t]*", label):
            return None
        counted = [q for q in self.survey.questions if "count" in q.measures]
        if len(counted) != 1 or set(counted[0].measures) != {"count"}:
            return None
        return counted[0].subject

    def _units(self, line: _Line) -> list[tuple[int, int]]:
        text = line.text
        units = []
        begin = 0
        for m in breaks(text, UNIT):
            units.append((line.start + begin, line.start + m.end()))
            begin = m.end()
        units.append((line.start + begin, line.end))
        return units

    def value_line(self, line: _Line, ctx: _Context, carry: tuple[str | None, Period | None] | None = None) -> None:
        fresh = ctx.subject_fresh          # the line right under a heading that named the subject
        # (or a later paragraph under a question restated whole: "... provided in your area ...?" / "Waste/Highways:
        # Approximately 408 ..." / "Parks/Open Spaces: Approximately 862 bins are installed ...")
        fresh = fresh or (ctx.answering is not None and ctx.answering == ctx.subject)
        ctx.subject_fresh = False
        # "Laptops: 2019/20 - 300; 2020/21 - 1,100": the subject carries on (also from a wrapped line above)
        line_subject: str | None = carry[0] if carry else None
        carried_period = carry[1] if carry else None
        v_starts = [v.start for v in line.values]
        s_starts = [m[0] for m in line.subjects]
        p_starts = [p.start for p in line.periods]
        units = self._units(line)
        named_before: tuple[int, str] | None = None     # (unit, the one thing a figureless sentence named)
        line_counted: str | None = None     # what the last figure on the line counts
        for n_unit, (us, ue) in enumerate(units):
            # a "sentence" with hundreds of figures is a data dump; read its first figures only
            values = _slice(line.values, v_starts, us, ue)[:MAX_VALUES_PER_UNIT]
            values = [v for v in values if not (v.zero and (self._zero_as_adjective(v) or self._zero_as_condition(v)))
                      and not self._in_example(v)
                      and not (v.zero and nought.reason_not_held(self.text, v.end, ue))]
            after = self._period_after(line, units[n_unit + 1]) if n_unit + 1 < len(units) and values else None
            subjects = _slice(line.subjects, s_starts, us, ue)
            periods = _slice(line.periods, p_starts, us, ue)
            if not values:
                if subjects:
                    line_subject = subjects[-1][2]
                    kinds = {k for _, _, k in subjects}
                    if len(kinds) > 1 and self.state.section is not None and self.state.section.subject in kinds:
                        # "We are unable to differentiate between FOI requests and EIR requests on our system.
                        # Therefore this figure relates to both FOI and EIR: 1362": of the things a sentence
                        # names, the figure after it is the question's own
                        line_subject = self.state.section.subject
                    named_before = (n_unit, subjects[0][2]) if len({k for _, _, k in subjects}) == 1 else None
                continue
            unit_text = self.text[us:ue]
            # words around the figures, without the figures, subjects and periods
            bare = unit_text
            for a, b in sorted([(v.start, v.end) for v in values] + [(a, b) for a, b, _ in subjects]
                               + [(p.start, p.end) for p in periods], reverse=True):
                bare = bare[:a - us] + " " + bare[b - us:]
            short = len(bare.strip()) <= 60
            if not short and (asked_label := self._asked_label(unit_text, values[0].start - us)):
                short = len(bare.strip()) - len(asked_label) <= 60
            opens = nought.opens_answer(self.text, line.start, values)
            short = short or opens
            if opens and re.match(r"[ \t]*\(", self.text[values[0].end:values[0].end + 8]):
                # "• 2023 – Zero (Grays tree and lights in this year were funded ...)": the things the aside names
                # say why there is none, not what the nought is of
                subjects = [m for m in subjects if m[0] < values[0].end]
            if not short and len(values) == 1 and _NAMED_AMOUNT.match(unit_text, 0, values[0].end - us + 1) \
                    and _NAMED_AMOUNT.match(unit_text).end() == values[0].end - us:
                # "Graham Environmental - Approx £5000 per year in ongoing maintenance contracts plus ad hoc call outs
                # as required.": a list item, a name then its one amount, whatever the words after it say of it
                short = True
            prose = not short
            numeric = [v for v in values if not v.zero]
            # "Laptops 54 61 233" under a header of years (a PDF keeps single spaces between columns)
            period_columns = [c for c in ctx.columns if c.period is not None]
            if not short and len(period_columns) >= 2 and len(_NOTHING_GIVEN.sub(" ", bare).strip()) <= 60:
                # "Budget for street sweeping 879662 866518 Not available separately Not available separately": a
                # row whose cells in words make it long is still a row
                short, prose = True, False
            # under a row label on a line of its own, the header's columns hold for bare figures only
            held = ctx.held_columns is not None and ctx.held_columns is ctx.columns and bool(re.search(r"[A-Za-z]{2}", bare))
            if held:
                period_columns = []
            if period_columns and len(numeric) == len(period_columns) + 1 and numeric[0] is values[0] \
                    and self._row_number(values[0], us):
                # "1 Income generated from motor expenses: 872,962 875,487 98,559": the row's number
                values, numeric = values[1:], numeric[1:]
            slot_cols, row_period = self._slots(line, ctx, values, subjects, periods, us, ue) if not held else ({}, None)
            flat = self._flattened(values, periods, us) if not slot_cols and len(periods) >= 2 else {}
            rows = flattened_rows(self.text, values, periods, us, self.survey.find_subjects) \
                if not flat and not slot_cols and len(periods) >= 2 else {}
            flat = flat or rows
            if flat:
                slot_cols, periods = flat, []
            # a "-" or "<5*" between the row's figures fills a column: "Hostel LA 32 31 12 6 - 81" under five years
            # and a total has no figure for the fifth year; its last figure is the total (see ``cells`` below)
            filled = bool(values) and len(period_columns) >= 2 and any(
                values[0].end <= us + m.start() < values[-1].start for m in _PLACEHOLDER.finditer(unit_text)
                if not any(v.start <= us + m.start() < v.end for v in values))
            # a line of figures only under a table copied a column at a time: the next column of its header
            by_row = ctx.by_row.pop(0) if ctx.by_row and not re.search(r"[A-Za-z]{2}", bare) and not periods \
                and len(numeric) <= len(period_columns) else None
            if by_row is not None and by_row.subject is not None:
                subjects = [(us, us, by_row.subject)]
            # ...but "Laptops £650, Tablets £300, Mobile phones £150" after that table is a figure per device
            positional = not slot_cols and not filled and (len(period_columns) >= 2 and not periods
                          and len(numeric) == len(period_columns)
                          and len({k for _, _, k in subjects}) <= 1
                          and (not ctx.columns_are_cells or len(period_columns) == len(ctx.columns) - 1
                               or len(period_columns) == len(ctx.columns)))
            # "Couple (with children) 10 7 <5* <5* <5* 28" under "2018-19 ... 2022-23 Grand Total": a withheld
            # "<5*" or a "-" still fills its column, and the last column is the row's total over the years
            cells: list[int] = []
            if not positional and not slot_cols and len(period_columns) >= 2 and not periods and values \
                    and not ctx.columns_are_cells and len({k for _, _, k in subjects}) <= 1:
                first = values[0].start
                # ... and so does a cell in words: "... 898079 876736 Not available separately Not available
                # separately" under six years
                cells = sorted([v.start for v in values] + [us + m.start() for m in _PLACEHOLDER.finditer(unit_text)
                                                            if us + m.start() > first]
                               + [us + m.start() for m in _NOTHING_GIVEN.finditer(unit_text)
                                  if us + m.start() > first and not _PLACEHOLDER.fullmatch(m.group(0))])
                total_column = len(ctx.columns) == len(period_columns) + 1 and ctx.columns[-1].measure == "sum"
                if len(cells) not in (len(period_columns), len(period_columns) + total_column):
                    cells = []
            # "Tablets: 84, 87 and 29 respectively" after a sentence naming the years
            respective: list[Period] = []
            if not periods and len(numeric) >= 2 and re.search(r"\brespectively\b", unit_text, re.IGNORECASE):
                named: list[Period] = []
                for p in line.periods:
                    if p.end <= us and p.label not in [q.label for q in named]:
                        named.append(p)
                if len(named) == len(numeric):
                    respective = named
            unit_keys: set[tuple[str, str | None]] = set()
            counted: str | None = None       # what the figure before in this sentence counts
            parts: dict[int, str] = {}       # a part's start -> what it counts (see part_counts.py)
            if values and _BEING_AFTER.match(self.text, values[0].end) and line_counted is not None \
                    and not self.text[us:values[0].start].strip(" \t;,:-"):
                counted = line_counted   # "2 charge points in each; 1 being a 3Kw charger ...": of the line's count
            for v in values:
                if self._whole_restated(v, values, us):
                    continue
                breakdown = False     # an item of a list that breaks the one count asked down (see _sole_count_item)
                subject, inferred_subject = self._bind_subject(v, values, subjects, unit_text, us)
                if parts.get(v.start):
                    subject, inferred_subject = parts[v.start], False     # (see part_counts.py)
                if not v.money and not v.zero and _PART_OF.match(self.text, v.end):
                    # "Dog Fouling = 2 Fixed Penalty Notices issued. 1 of these is unpaid so they are being
                    # prosecuted": a part of the things before, counted as what its own sentence says it is
                    named = [m for m in subjects if m[0] >= v.end]
                    # (but "we refurbished approximately 18 of these play areas": the things named right after "of
                    # these" are the whole, and the verb before the figure says which of them it counts)
                    whole = named and subject is not None and not inferred_subject \
                        and named[0][0] <= _PART_OF.match(self.text, v.end).end() + 1
                    if named and named[0][2] != subject and not whole:
                        subject, inferred_subject = named[0][2], False
                if counted is not None and not v.money and not v.zero and (_FOR_REASON.match(self.text, v.end)
                                                                           or _BEING_AFTER.match(self.text, v.end)):
                    # "35 Community Protection Notices (CPNs) were issued - 3 were for aggressive begging, 32 for
                    # drinking alcohol", "9x CPNs for drinking alcohol ... and 2x for litter": a figure with no
                    # noun of its own, only the reason it was given, counts what the figure before it counts
                    subject, inferred_subject = counted, False
                # "1x for litter in garden causing a detriment." / "1x for aggressive begging ..." / "32x for
                # consuming alcohol ...": the items of one list, line under line, each a figure and the reason it
                # was given, count one thing: what the first item counts
                reason_item = not v.money and not v.zero and v is values[0] \
                    and not self.text[line.start:v.start].strip(" \t-*\u2022\u00b7") \
                    and _FOR_REASON.match(self.text, v.end) is not None
                listed = self._reason_list if reason_item else None
                if listed is not None and listed[1] and not self.text[listed[0]:line.start].strip():
                    subject, inferred_subject = listed[1], False
                answered = self._answer_after_question(line, v)
                if answered is None and subject is None and labelled_after_question(
                        self.text, line, v, values, self.state.section, self.state.section_line):
                    answered = self.state.section.subject      # (see labelled_answers.py)
                if answered is not None:
                    subject, inferred_subject = answered, False
                if v.start in slot_cols and slot_cols[v.start].subject:
                    subject, inferred_subject = slot_cols[v.start].subject, False   # a column per device
                by_part = False
                sec = self.state.section
                own_words = self.state.question_words.get(sec.id, frozenset()) if sec is not None else frozenset()
                told = subject is None and line.marker is not None and self.state.section_line == line.start and (
                    told_count(self.text, line.start, v, sec, own_words)
                    or told_none(self.text, line.start, line.end, v, sec, own_words)
                    or not subjects and told_none_done(self.text, line.start, v, sec, own_words))
                if told or v.word and self._part_asked(v, us):
                    subject, inferred_subject = self.state.section.subject, False   # (see told_counts.py)
                at = numeric.index(v) if v in numeric else -1
                pairs = whole_and_part(self.text, numeric[max(0, at - 1):at + 2], subjects,
                                       {w.start: subject for w in numeric[max(0, at - 1):at + 1]}, self.survey,
                                       self.state.section, ue, self.state.question_words.get(
                                           self.state.section.id, frozenset())
                                       if self.state.section is not None else frozenset()) if at >= 0 else []
                if v.start not in parts:
                    # (a whole left out before this point, "1446 cases reported", leaves its part to be read here)
                    parts.update({p.part.start: p.part_subject for p in pairs if p.part is v})
                if parts.get(v.start):
                    subject, inferred_subject = parts[v.start], False
                pair = next((p for p in pairs if p.whole is v), None)
                if pair is not None:
                    # "2023: 225 of these 10 had an EHCP": the whole counts what the part's question refers back to
                    parts[pair.part.start] = pair.part_subject
                    if pair.beside_share:
                        self.state.part_counts[pair.part.start] = pair.part_subject
                    if pair.whole_subject is None:
                        continue
                    subject, inferred_subject = pair.whole_subject, False
                if subject is None and v.start in flat:
                    # a column that says its measure only ("No. of Days"), by a row label of no subject: the
                    # figure of the one question that asks for that measure
                    measure = self.state.rates.get(v.start) or flat[v.start].measure or "count"
                    asking = {q.subject for q in self.survey.questions if measure in q.measures}
                    if len(asking) == 1:
                        subject, inferred_subject = asking.pop(), True
                others = subject is None and not v.money and not v.zero and self._others_of(v)
                if others:
                    subject, inferred_subject = others, False
                if subject is None:
                    if v.zero and not short:
                        continue
                    if v.zero and not nought.is_word(v.text) \
                            and not (fresh and ctx.subject and not subjects and self._negates_asked(v, ctx.subject)):
                        continue      # "no ..." / "do not use ..." must name what it negates
                    if line_subject and (short or carry) and not any(m[1] <= v.start for m in subjects):
                        subject, inferred_subject = line_subject, False
                    elif (short or fresh) and ctx.subject and not self._named_in_own_clause(v, subjects):
                        subject, inferred_subject = ctx.subject, True
                    elif fresh and ctx.subject and {k for _, _, k in subjects} == {ctx.subject}:
                        subject, inferred_subject = ctx.subject, False
                    elif not v.money and _TOTAL_LABEL.match(unit_text) and self.emitter.total_subject() is not None:
                        subject, inferred_subject = self.emitter.total_subject(), True
                    elif (sole := self._sole_count_item(line, ctx, v, values, us, ue)) is not None:
                        subject, inferred_subject, breakdown = sole, True, True
                    elif (said := self._question_verb_before(line, v, values, subjects, us)) is not None:
                        subject, inferred_subject = said, False
                    elif (said := self._own_noun_under_number(line, v, subjects)) is not None:
                        subject, inferred_subject = said, False
                    elif (said := self._figure_led_item(line, v, numeric, us)) is not None:
                        subject, inferred_subject = said, False
                    elif (said := self._parts_of_whole(line, v, subjects)) is not None:
                        subject, inferred_subject = said, False
                    elif (said := self._asked_after_noun(v, ue)) is not None:
                        subject, inferred_subject = said, False     # (the question's words say what it counts)
                    elif (said := number_was(self.text, us, v, self.survey, self.state.question_words)) is not None:
                        subject, inferred_subject = said, False     # (see number_was.py)
                    elif (said := part_by_noun(self.text, v, self.survey, self.state.group)) is not None:
                        subject, inferred_subject, by_part = said, False, True    # (see part_nouns.py)
                    elif prose and not subjects and not v.money and not v.zero and named_before is not None \
                            and named_before[0] == n_unit - 1:
                        # "... is also installing chargepoints across Devon on-street and in car parks.  Delivery
                        # is ongoing with around 10-15 on-street currently live": a sentence that names nothing
                        # counts the one thing the sentence just before it named without a figure
                        subject, inferred_subject = named_before[1], True
                    elif (said := self._next_year_line(line, v, periods)) is not None:
                        subject, inferred_subject = said, True
                    elif v.money and not subjects and (said := sum_said_in_words(
                            self.text, line.start, v.start, self.survey, self.state.question_words)) is not None:
                        subject, inferred_subject = said, False     # (see said_sum.py)
                    elif v.money and not subjects and (said := self._sum_said_under_number(line, v, values)):
                        subject, inferred_subject = said, False
                    elif v.money and not subjects and (said := spent_under_number(
                            self.text, line.start, v, self.state.section, self.state.section_line)) is not None:
                        subject, inferred_subject = said, True     # (see said_sum.py)
                    elif not subjects and (said := period_row_subject(self.text, line, v, values, periods,
                                                                      self.survey)) is not None:
                        subject, inferred_subject = said, True      # (see period_rows.py)
                    elif prose and not subjects and not v.money and not v.zero \
                            and (said := people_counted(self.text, v.end, self.survey)) is not None:
                        subject, inferred_subject = said, False     # (see people.py)
                    else:
                        continue
                if v.start not in self.state.rates and not _d1_says_figure(self.text, v) \
                        and not in_slash_pair(self.text, v) and not answer_alone(self.text, v, self.survey):
                    continue
                if not v.money and not v.zero and cut_year(self.text, v):
                    continue
                if not v.money and inferred_subject and not breakdown and _TOTAL_LABEL.match(unit_text) \
                        and not (slot_cols or positional or cells):
                    # "Total 858" under a subject's yearly figures: their sum, not another figure; under a
                    # breakdown ("Tree - 8" ... "Total - 1,137"), the figure the breakdown is of. (A "Grand Total"
                    # row of a table of years sums the rows above, year by year: its figures are the subject's.)
                    # A total that opens its question's answer, before its breakdown ("a) 2016" / "• Total: 196" /
                    # "• Bonfire: 152" ...), sums nothing above it: it is the question's own figure.
                    sec = self.state.section
                    opens = sec is not None and sec.subject == subject and not any(
                        f.start >= self.state.section_line for f in self.state.facts)
                    subject = self.emitter.total_subject() or (subject if opens else None)
                    if subject is None:
                        continue
                if parts.get(v.start):
                    subject, inferred_subject = parts[v.start], False
                elif any(w.end <= v.start for w in values) and (
                        _SUBSET_BEFORE.search(self.text[max(us, v.start - 24):v.start])
                        or _PART_IN_BRACKETS.search(self.text, max(us, v.start - 80), v.start)
                        or not v.money and inferred_subject
                        and _OUT_OF_BEFORE.search(self.text, max(us, v.start - 12), v.start)):
                    # ("150-200 faults out of 2750 lights": the whole the part is counted in, a figure the question
                    # the part answers does not ask)
                    # "232 laptops (of which 50 were refurbished)", "£628600.45 (inc UMSUG admin services of £3200)":
                    # a part, not another total
                    continue
                if any(w.end <= v.start for w in line.values) and self.text[max(line.start, v.start - 3):v.start].rstrip().endswith("(") \
                        and _WIDER_AFTER.match(self.text, v.end):
                    continue      # "In 2015/16 55 (83 including all play areas e.g. MUGA/Fitness etc)": a wider count
                if v.word and not told and not by_part and not others and not self._word_stands_alone(v, us, subjects):
                    if (said := count_named_in_words(self.text, v, self.survey)) is None:
                        continue
                    subject, inferred_subject = said, False     # (see noun_counts.py)
                if inferred_subject and prose and not v.money and _OWN_NOUN.match(self.text, v.end) \
                        and not any(0 < a - v.end <= 2 for a, _, _ in subjects) \
                        and not _EQUALS_BEFORE.search(self.text, max(us, v.start - 4), v.start) \
                        and self._question_verb_before(line, v, values, subjects, us) != subject \
                        and self._figure_led_item(line, v, numeric, us) != subject \
                        and not self._noun_asked(v, subject):
                    # "There are 4 locations in the borough": the figure counts a noun of its own (but "Dog Fouling =
                    # 2 Fixed Penalty Notices issued": the value of a label, whatever the noun after it)
                    continue
                if inferred_subject and not v.money and not subjects \
                        and (label := _NUMBER_OF_LABEL.search(self.text, us, v.start)) is not None \
                        and not self._words_asked(label.group(1), subject):
                    continue    # "Number of affected streets: 81" answering how many bays: a count of something else
                if not v.money and not v.zero and (any(w.end <= v.start and not w.zero for w in values)
                                                   or any(b <= v.start for _, b, _ in subjects)) \
                        and _PLACES_BEFORE.search(self.text[max(us, v.start - 30):v.start]) \
                        and _OWN_NOUN.match(self.text, v.end) \
                        and not any(0 < a - v.end <= 2 for a, _, _ in subjects) \
                        and not self._noun_asked(v, subject):
                    # "12 dual socket charge points in 11 council car parks", "contracts for chargepoints at
                    # approximately 100 car parks": where they are (but "16 pitches over 2 sites." answering "Total
                    # number of Travellers Sites/Pitches": the places are asked too)
                    continue
                if not v.money and not v.zero and _PART_OF_PLACES.match(self.text, v.end) \
                        and not any(0 < a - v.end <= 12 for a, _, _ in subjects):
                    continue      # "65 of the car parks are in Devon": a part of other things, not the thing
                measure_hint = ctx.measure
                if measure_hint in ("unit_cost_gbp", "total_cost_gbp", "cost") and not v.money \
                        and measure_of(unit_text) == "count":
                    measure_hint = "count"   # "Number of new Office 365 accounts purchased: 850" under a costs heading
                if measure_hint in (None, "count") and (slot_cols or positional or cells) and not v.money:
                    # "Staff cost for mobile cleaners 139583 159587" under a header of years: the row's label says
                    # what its figures measure (whatever the heading above asks)
                    said = measure_of(self.text[us:values[0].start])
                    measure_hint = said if said in ("unit_cost_gbp", "total_cost_gbp", "cost") else measure_hint
                    if measure_hint in (None, "count") and sum(bool(_PENCE.fullmatch(w.text)) for w in numeric) >= 2:
                        measure_hint = "cost"    # "Cleaning materials 3037 3645.48 4252.17": a row of pounds and pence
                if v.start in slot_cols:
                    col = slot_cols[v.start]
                    years = [c.period for c in period_columns]
                    if col.measure == "sum" and len(years) >= 2 and not row_period and not v.zero:
                        # "Lone Parent 114 125 95 107 105 546" under "... 2018-19 ... 2022-23 Grand Total": the
                        # row's total over the years is a figure of the whole span
                        col = _Column(period=_span(years[0], years[-1]), text=col.text)
                    if col.measure == "sum" or (v.zero and col.period is None and col.subject is None):
                        continue      # a row total, or "Nil" under a price
                    period, period_inferred = col.period or row_period, col.period is not None
                    if col.measure not in (None, "count"):
                        measure_hint = col.measure
                    elif v.start in rows and col.measure == "count":
                        measure_hint = "count"    # a count column beside a cost column (see flat_rows.py)
                elif slot_cols:
                    continue
                elif positional and not v.zero:
                    period = period_columns[numeric.index(v)].period
                    period_inferred = True
                elif cells:
                    i = cells.index(v.start)
                    period = period_columns[i].period if i < len(period_columns) else \
                        _span(period_columns[0].period, period_columns[-1].period)
                    period_inferred = True
                elif respective and not v.zero:
                    period = respective[numeric.index(v)]
                    period_inferred = True
                else:
                    period = self._bind_period(v, values, periods, us, ue)
                    period_inferred = False
                    if period is None and carried_period is not None and not any(p.start < v.start for p in periods):
                        period = carried_period
                    if period is None and after is not None and not periods:
                        period = after
                    if period is None:
                        period, period_inferred = self.headings.context_period(ctx, subject), True
                        if period is None and _TOTAL_LABEL.match(unit_text):
                            period = self._span_totalled(subject)
                        if period is None:
                            period_inferred = False
                if inferred_subject and not prose and period is not None and not period_inferred \
                        and (other := self._asking_own_period(subject, v, period)) is not None:
                    subject = other
                key = (subject, period.label if period else None)
                if v.zero and key in unit_keys:
                    continue      # "14 tablets in 2020-21 and none in the years before": the none is not 2020-21
                if not v.zero:
                    unit_keys.add(key)
                if not v.money and not v.zero:
                    counted = line_counted = subject
                if reason_item:
                    self._reason_list = (line.end, listed[1] if listed and listed[1]
                                         and not self.text[listed[0]:line.start].strip() else subject)
                conf = (0.75 if prose else 0.9) - (0.05 if period_inferred else 0) \
                    - (0.1 if period is None else 0) - (0.1 if inferred_subject else 0) - (0.05 if v.zero else 0)
                lo = max([us] + [w.end for w in values if w.end <= v.start])
                hi = min([ue] + [w.start for w in values if w.start >= v.end])
                if (own := _price_of_amount_before(self.text, values, v, lo, hi)) is not None:
                    lo = own    # "£0.14 per kwh ... saved around £688k": the "per kwh" prices the amount before
                self.emitter.emit(v, subject, period, measure_hint, (us, ue), conf, window=self.text[lo:hi],
                           last_in_unit=hi == ue)
            if subjects:
                line_subject = subjects[-1][2]

    def _asking_own_period(self, subject: str, v: Value, period: Period) -> str | None:
        """A figure whose thing came from the question above it ("4. If the answer to (2) is yes, please provide a
        projection of the costs." / "The cost to the Council in 2022/23 was £15,000."), dated in its own words by a
        period no question about that thing asks, where exactly one question asking for its kind of figure asks
        that period ("1. ... the total costs of Christmas lights in the 2022/23 financial year"): that question's
        thing; None otherwise."""
        kinds = MONEY_MEASURES if v.money else {"count"}
        own = [q for q in self.survey.questions if q.subject == subject]
        if not own or any(not q.periods or self.emitter._asks_period(q, period) for q in own):
            return None
        fit = {q.subject for q in self.survey.questions if kinds & set(q.measures) and q.periods
               and self.emitter._asks_period(q, period)}
        return fit.pop() if len(fit) == 1 else None

    def _done_asked(self, after: str) -> str | None:
        """The subject of the one question whose words hold the word ``after`` starts with ("sold" of "nothing has
        been sold or closed"), else None."""
        word = re.match(r"[a-z]{4,}", after)
        asked = [qid for qid, words in self.state.question_words.items() if word and word.group(0) in words]
        return self.survey.question(asked[0]).subject if len(asked) == 1 else None

    def _next_year_line(self, line: _Line, v: Value, periods: list) -> str | None:
        """"In 2013/14 we managed 51;" / "In 2014/15 we managed 52" / "In 2015/16 55": a line of a year and a figure
        only, right under a line whose figure of another year was read, counts what that one counted."""
        facts = self.state.facts
        if v.money or v.zero or len(periods) != 1 or not facts or not facts[-1].period \
                or facts[-1].period == periods[0].label \
                or not _YEAR_THEN_FIGURE.fullmatch(self.text, line.start, v.start) \
                or self.text[facts[-1].end:line.start].strip() or self.text[facts[-1].end:line.start].count("\n") > 2:
            return None
        if _OWN_NOUN.match(self.text, v.end):
            return None     # "2015-16: Two burials and one cremation" under "... two cremations": its own noun's
        # ("2014 30 £487,177.66" over "2015 32 £336,329.80": the count under the row's count, not under its sum)
        row = self.text.rfind("\n", 0, facts[-1].start) + 1
        return next((f.subject for f in reversed(facts) if f.start >= row and not f.measure.endswith("_gbp")),
                    facts[-1].subject)

    def _words_asked(self, words: str, subject: str) -> bool:
        """Whether any of ``words`` is a word of the question that asks about ``subject``."""
        said = _content_words(words)
        return any(said & self.state.question_words.get(q.id, frozenset()) for q in self.survey.questions
                   if q.subject == subject)

    def _asked_after_noun(self, v: Value, ue: int) -> str | None:
        """"4. How many council employees are authorised to issue fixed penalty notices ...?" answered "the Council has
        12 officers authorised to issue Fixed Penalty Notices for dog related offences": the figure's own noun is the
        council's word for the thing asked, and the words after it are the numbered question's own; the figure is
        that question's count."""
        sec = self.state.section
        if sec is None or v.money or v.zero or "count" not in sec.measures:
            return None
        m = _OWN_NOUN.match(self.text, v.end)
        if m is None:
            return None
        rest = self.text[m.end():min(ue, sentence_end(self.text, m.end()))]
        said = [w for w in re.findall(r"[a-z]{4,}", rest.lower()) if _content_words(w)][:3]
        own = self.state.question_words.get(sec.id, frozenset())
        if len(said) < 3 or not all(w in own for w in said):
            return None
        return sec.subject

    def _negates_asked(self, v: Value, subject: str) -> bool:
        """"No Bins were removed by the Council." right under "... the number of public bins removed from your area
        ...?": a "No" before the question's own thing and its own verb ("bins", "removed") says none of what it
        asks, though the words are not the survey's name for it."""
        return none_done_named(self.text, v.start, {w for q in self.survey.questions if q.subject == subject
                                                    for w in self.state.question_words.get(q.id, ())})

    def _whole_restated(self, v: Value, values: list[Value], us: int) -> bool:
        """"From 2021, 30 DOLS cases were applied for." ... "Of the 30 DOLS cases, 29 were approved": a figure the
        reply has already given, named again as the whole a later figure of its sentence is a part of, is no new
        figure."""
        then = _WHOLE_THEN_PART.match(self.text, v.end)
        if v.money or v.zero or v.word or then is None or not (then.group("list") or any(w.start > v.end for w in values)) \
                or not _OF_THE_BEFORE.search(self.text, max(us, v.start - 12), v.start):
            return False
        return any(f.value == v.value and f.end <= v.start for f in self.state.facts)

    def _others_of(self, v: Value) -> str | None:
        """What "others" (or "more") after a figure counts: what the figure before it in its sentence counts ("One staff
        member works on it full time, with input from three others as and when required"), though a line break
        stands between them; None otherwise."""
        if not _OTHERS_AFTER.match(self.text, v.end) or not self.state.facts:
            return None
        last = self.state.facts[-1]
        between = self.text[last.end:v.start]
        if last.end > v.start or len(between) > 200 or next(breaks(between, ANY_STOP), None) or last.measure != "count":
            return None
        return last.subject

    def _noun_asked(self, v: Value, subject: str) -> bool:
        """"1. There are 139 disabled spaces in the off-street car parks ...": the word after the figure is one of the
        words of the question that asks about ``subject`` ("How many designated disabled parking bays ..."): the
        thing asked, named in the reply's own words."""
        m = _OWN_NOUN.match(self.text, v.end)
        word = m.group(0).strip().lower() if m else ""
        if not word:
            return False
        # (or the noun after one word that says which kind: "297 Combined Licences" asked of "licenses", the two
        # spellings one word)
        second = _SECOND_WORD.match(self.text, m.end())
        said = {one_spelling(word)} | ({one_spelling(second.group(1).lower())} if second else set())
        # (or after two: "408 freestanding litter bins were installed" asked of "public bins")
        third = _SECOND_WORD.match(self.text, second.end()) if second else None
        if third:
            said.add(one_spelling(third.group(1).lower()))
        # (or the noun whose adjective the question asks by: "approximately 150-200 faults" asked "How many
        # streetlights were reported as faulty")
        said |= {singular(w) for w in said}
        return any(said & {one_spelling(w) for w in self.state.question_words.get(q.id, ())}
                   | {w[:-1] for w in self.state.question_words.get(q.id, ()) if _ADJECTIVE_IN_Y.search(w)}
                   for q in self.survey.questions if q.subject == subject)

    def _flattened(self, values: list[Value], periods: list[Period], us: int) -> dict[int, _Column]:
        """A table of periods, each with the same few columns, flattened onto one line (a web page's table copied
        as text): "2020-21 2021-22 No. of Days No. of Teachers No. of Days No. of Teachers Mental Health Sickness
        312 19 1,141 29": the periods, the columns' headings once for each period, a row's label, then one
        figure a column. Returns {value start: its column (period, subject, measure)}, or {} when the line is
        not so."""
        text = self.text
        k = len(periods)
        if any(text[a.end:b.start].strip() for a, b in zip(periods, periods[1:])):
            return {}
        after = [v for v in values if v.start >= periods[-1].end]
        if len(after) != len(values) or len(values) < 2 * k or len(values) % k:
            return {}
        m = len(values) // k
        if any(re.search(r"[^\s,]", text[a.end:b.start]) for a, b in zip(values, values[1:])):
            return {}
        heads = text[periods[-1].end:values[0].start]
        starts = [w.start() for w in re.finditer(r"(?<!\S)(?:No\.|Number|Total|Count|Cost|Amount|Average|%|"
                                                 r"Percentage)(?!\S)", heads)]
        if len(starts) < k * m:
            return {}
        group = [heads[a:b].strip() for a, b in zip(starts[:m], starts[1:m + 1])]
        if len(set(group)) != m or any(heads[a:b].strip() != group[i % m]
                                       for i, (a, b) in enumerate(zip(starts[:k * m - 1], starts[1:k * m]))):
            return {}
        last = heads[starts[k * m - 1]:]
        if not last.startswith(group[-1]) or not last[len(group[-1]):].strip():
            return {}     # the row's label follows the last heading
        cols: dict[int, _Column] = {}
        for i, v in enumerate(values):
            head = group[i % m]
            found = self.survey.find_subjects(head)
            rate = next((r for r, rx in (("days", r"\bdays?\b"), ("hours", r"\bhours?\b"),
                                         ("percent", r"%|\bper\s?cent|\bpercentage\b"))
                         if re.search(rx, head, re.IGNORECASE)), None) or unit_in(head, self.state.rate_measures)
            if rate in self.state.rate_measures and not v.money:
                self.state.rates[v.start] = rate
            cols[v.start] = _Column(period=periods[i // m], subject=found[0][2] if len(found) == 1 else None,
                                    measure=None if rate else measure_of(head), text=head)
        return cols

    def _slots(self, line: _Line, ctx: _Context, values: list[Value], subjects: list, periods: list[Period],
               us: int, ue: int) -> tuple[dict[int, _Column], Period | None]:
        """A row of a table whose columns are only single spaces (text copied out of a PDF or an e-mail),
        under a header of periods ("Tablets N/A 51 51 £920" under "Device 2018-19 2019-20 2020-21 Unit cost")
        or of subjects ("2019/20 - 14 Nil" under "Year Laptops Tablets Mobiles"). Word cells (N/A, -, Nil,
        None) are cells too, so the figures after them keep their columns. Returns ({value start: column},
        the period labelling the row) when the row has exactly one cell per column of the header, else {}."""
        none: tuple[dict[int, _Column], Period | None] = ({}, None)
        if ctx.columns_are_cells or not ctx.columns_tabular or line.cells is not None:
            return none
        if ctx.alt_columns and ctx.alt_columns[0] is ctx.columns:
            found = self._slots_by(ctx.alt_columns[1], line, values, subjects, periods, us, ue)
            if found[0]:
                return found
        return self._slots_by(ctx.columns, line, values, subjects, periods, us, ue)

    def _slots_by(self, cols: list[_Column], line: _Line, values: list[Value], subjects: list, periods: list[Period],
                  us: int, ue: int) -> tuple[dict[int, _Column], Period | None]:
        none: tuple[dict[int, _Column], Period | None] = ({}, None)
        by_period = sum(c.period is not None for c in cols) >= 2
        by_subject = sum(c.subject is not None for c in cols) >= 1 and len(cols) >= 2 and not by_period
        row_period = None
        if by_period and not periods and subjects and not re.search(r"\d", self.text[us:subjects[0][0]]):
            label_end = subjects[0][1]
        elif by_period and not periods and not subjects:
            label_end = us
        elif by_subject and not subjects and len(periods) == 1 and not self.text[us:periods[0].start].strip():
            label_end, row_period = periods[0].end, periods[0]
        else:
            return none
        cells: list[tuple[int, Value | None]] = [(v.start, v) for v in values if v.start >= label_end]
        taken = [(v.start, v.end) for v in values]
        for m in _PLACEHOLDER.finditer(self.text, label_end, ue):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                cells.append((m.start(), None))
        if len(cells) != len(cols) or len(cells) < 2:
            return none
        cells.sort(key=lambda c: c[0])
        return {v.start: col for (_, v), col in zip(cells, cols) if v is not None}, row_period

    def cell_answer(self, v: Value, cs: int, ce: int, cell_subjects: list[tuple[int, int, str]]) -> bool:
        """A word answer in a cell: the cell starts with it ('None', 'Nil (we use Teams)', 'six'), or it
        is 'no'/'do not use' followed by the subject it negates."""
        if nought.is_word(v.text) or v.word:
            return not re.search(r"\w", self.text[cs:v.start]) or any(0 <= a - v.end <= 2 for a, _, _ in cell_subjects)
        return any(0 <= a - v.end <= 2 for a, _, _ in cell_subjects)

    def _word_stands_alone(self, v: Value, us: int, subjects: list[tuple[int, int, str]]) -> bool:
        """'Notebooks - thirteen', 'three laptops', a cell 'six': a number word that is the answer,
        not 'one of the reasons', nor the one thing a price is for."""
        if v.value == 1 and _PRICE_FOR.search(self.text, max(us, v.start - 160), v.start):
            return False          # "the annual cost ... that a person pays to the council for one allotment plot"
        if any(0 <= a - v.end <= 2 for a, _, _ in subjects):
            return True
        if v.value >= 2 and any(0 < a - v.end <= 20 and _ONE_WORD_BETWEEN.fullmatch(self.text, v.end, a)
                                for a, _, _ in subjects):
            return True           # "Nine adult spaces and two adult places of safety": one word saying which kind
            # (not "one": "one particular appeal", "one new tent", a word more than a count)
        before = self.text[us:v.start]
        if re.match(r"\s+of\b", self.text[v.end:v.end + 6], re.IGNORECASE):
            return self._part_asked(v, us)     # "one of the reasons" (but see _part_asked)
        if re.search(r"(?:[:=\t|(]|\s[-\u2013]|^[-\u2013])\s*$", before):
            return True
        if re.search(r"\bthere\s+(?:are|were|was|is|have\s+been|has\s+been)\s+(?:currently\s+|now\s+)?$", before,
                     re.IGNORECASE):
            return True           # "there are eleven environmental health officers": the count said in a sentence
        if _ANSWER_IS.search(before) and re.match(r"[ \t]*(?:[.;]|$)", self.text[v.end:v.end + 3]):
            return True           # "The answer for Q2 is one.": the word is the answer, its sentence ends there
        if not before.strip() or _ANSWER_NUMBER.fullmatch(before):
            # (also after its answer's number with a bracket, which does not end a sentence as "1." does: "1) One.")
            rest = self.text[v.end:self.text.find("\n", v.end) if "\n" in self.text[v.end:] else len(self.text)]
            # to the end of its sentence: "Twelve for Waste. One for Nuisance Vehicle" is two answers
            rest = rest[:sentence_end(rest, 0)]
            # ("4. One - ankle fracture following a trip ...": the count, then a dash and what each was)
            return rest.strip().startswith("(") or len(rest.split()) <= 3 or rest.startswith((" - ", " \u2013 "))
        return False

    def _part_asked(self, v: Value, us: int) -> bool:
        """"3. One of these monitoring points is located within 10 metres of a school" opening the answer to "3. How
        many of these air pollution monitors are within 10 metres ...?": the part the question asks, said in the
        question's own words, is its answer."""
        sec, line = self.state.section, self.state.line
        before = self.text[us:v.start]
        return sec is not None and line is not None and self.state.section_line == line.start \
            and (not before.strip() or _ANSWER_NUMBER.fullmatch(before) is not None) \
            and re.match(r"\s+of\s+(?:these|those|them)\b", self.text[v.end:v.end + 12], re.IGNORECASE) is not None \
            and re.search(r"\bhow\s+many\s+of\s+(?:these|those|them)\b", sec.text or "", re.IGNORECASE) is not None

    def _span_totalled(self, subject: str) -> Period | None:
        """"2020/21: 342" ... "2022/23: 2,129" / "Total: 7,081": a total under the question's figures for several
        periods, naming none of its own, is over their whole span."""
        above = [f for f in self.state.facts if f.start >= self.state.section_line and f.subject == subject
                 and f.period_start and f.period_end]
        if len({f.period for f in above}) < 2:
            return None
        a = min(above, key=lambda f: f.period_start)
        b = max(above, key=lambda f: f.period_end)
        return Period(label=f"{a.period} to {b.period}", first=date.fromisoformat(a.period_start),
                      last=date.fromisoformat(b.period_end), kind="range", start=0, end=0)

    def _in_example(self, v: Value) -> bool:
        """Whether the figure stands in a sentence that opens "For example" or "For instance" ("For example, one
        person (account) could have received two reminders and a final notice (three notices)."): what might
        happen, not what did."""
        start = sentence_start(self.text, v.start, max(0, v.start - 300), LINE_WHOLE)
        return re.match(r"\s*for\s+(?:example|instance)\b", self.text[start:v.start], re.IGNORECASE) is not None

    def _zero_as_adjective(self, v: Value) -> bool:
        """"All cases with a zero balance have been removed": "zero" after an article, before its noun, says what
        kind of thing, not how many."""
        return v.text.lower() == "zero" and re.search(r"\b(?:a|an|the)[ \t]+$", self.text[max(0, v.start - 5):v.start],
                                                      re.IGNORECASE) is not None \
            and re.match(r"[ \t]+[a-z]", self.text[v.end:v.end + 3]) is not None

    def _zero_as_condition(self, v: Value) -> bool:
        """"If none please confirm that fact." (the request restated in the reply): "none" after "if" is the case the
        requester asks to be told of, not an answer."""
        return nought.is_word(v.text) and _IF_BEFORE.search(self.text, max(0, v.start - 24), v.start) is not None

    def _asked_label(self, unit: str, first: int) -> str:
        """A list item's label that is the request's own item, before a colon and the answer ("• Any other debt
        types, including any other overpayments: Sundry Debts - 36"): the label, or "". Its length is the
        request's, not the answer's: the answer after it may be short."""
        m = re.match(r"[ \t\u2022\u00b7*-]*([^:\n\d]{3,120}):[ \t]", unit[:first])
        if m is None:
            return ""
        said = _content_words(m.group(1))
        asked = any(len(said & own) >= max(2, 0.8 * len(said)) for own in self.state.question_words.values())
        return m.group(0) if said and asked else ""

    def _bind_subject(self, v: Value, values: list[Value], subjects: list[tuple[int, int, str]], unit: str,
                      us: int) -> tuple[str | None, bool]:
        text = self.text
        following = [m for m in subjects if m[0] >= v.end]
        preceding = [m for m in subjects if m[1] <= v.start]
        lead = _WHOLE_FIRST.match(unit) if preceding and unit[:1] in "0123456789Oo \t" else None
        if lead is not None and us + lead.end() <= v.start:
            # "4, Of the Guildford PCNs that were challenged, 3,522 were cancelled ...": the things named first are
            # the whole the figures break down, not what they count
            preceding = [m for m in preceding if m[1] > us + lead.end()]
        if following and v.zero and _MODIFIES_ANOTHER.match(text, following[0][1]):
            return None, False    # "have no bus lanes to enforce": not none of the thing the survey's word names
        if following and v.zero and re.fullmatch(r"[ \t]+[A-Za-z]{3,}s[ \t]+", text[v.end:following[0][0]]) \
                and re.fullmatch(r"[a-z]{3,}ed", text[following[0][0]:following[0][1]]):
            return following[0][2], False    # "4. No sites closed.": none of them is what the survey's word says
        if following and v.zero and v.text.lower() in ("none", "nothing") \
                and _BEEN_DONE.fullmatch(text, v.end, following[0][0]) \
                and re.fullmatch(r"[a-z]{2,}(?:ed|ld|lt|id|en|de|ne)", text[following[0][0]:following[0][1]]):
            return following[0][2], False    # "nothing has been sold or closed", "none were opened"
        if v.zero and v.text.lower() in ("none", "nothing") and (done := _BEEN_DONE.match(text, v.end)) is not None \
                and (said := self._done_asked(text[done.end():done.end() + 30])) is not None:
            return said, False    # ... where no subject names "sold", but one question's words do
        if following and v.zero and v.text.lower() == "no" and _ONE_WORD_BETWEEN.fullmatch(text, v.end, following[0][0]) \
                and self.emitter.asks_how_many(following[0][2]):
            # "No formal complaints have been received" asked how many: none of them, of a kind (but "No external
            # contractor is employed" answers whether one is)
            return following[0][2], False
        if following:
            m = following[0]
            gap = text[v.end:m[0]]
            if re.fullmatch(r"\s*(?:x\s*|\u00d7\s*)?(?:(?:new|additional|replacement|refurbished|further|more|extra|"
                            r"individual|standard|corporate|council|staff|owned|issued|of|any|still|were|was)\s+)*", gap,
                            re.IGNORECASE):
                # "5,378 Penalty Notices successfully appealed": the words right after the thing counted say
                # which of its kinds (another subject of the survey) the figure is
                # ("13986 blue badge applications were successful": the kind said after "were")
                if len(following) > 1 and following[1][2] != m[2] and \
                        re.fullmatch(r"[ \t]+(?:(?:were|was|are|is|have[ \t]+been|has[ \t]+been)[ \t]+)?",
                                     text[m[1]:following[1][0]]):
                    return following[1][2], False
                sec = self.state.section
                if len(following) > 1 and sec is not None and following[1][2] == sec.subject != m[2] \
                        and re.fullmatch(r"[ \t]+of[ \t]+", text[m[1]:following[1][0]]):
                    # "5. 3 reports of injuries": of the two things named, the one question 5 asks about (the
                    # "reports" are how they were counted)
                    return following[1][2], False
                return m[2], False
            # "we spent £1.2m on 1,500 laptops", "£5,000 for 20 tablets": an amount paid for the things named
            if v.money and re.fullmatch(r"\s+(?:on|for|buying|purchasing|to\s+(?:buy|purchase))\s+(?:the\s+|a\s+|an\s+)?"
                                        r"(?:[\d,]+\s+)?(?:(?:new|additional|replacement|further)\s+)?", gap,
                                        re.IGNORECASE):
                return m[2], False
        if v.zero and not nought.is_word(v.text):
            # "no laptops", "we do not use Zoom": the subject follows; "laptops: not purchased any" ends the unit
            if preceding and re.fullmatch(r"[\s.;,)]*", text[v.end:us + len(unit)]):
                return preceding[-1][2], False
            return None, False
        if preceding and not v.money and self._own_noun_after_pair(v, values, preceding[-1]):
            return None, False
        if len(preceding) >= 2 and _IS_BEFORE.search(text[max(us, v.start - 40):v.start]):
            # "The total number of plots of the sites that we manage is 521": the thing after "number of" is what
            # is counted, not the last thing named before the figure
            counted = next((m for m in preceding if _NUMBER_OF.search(text, max(us, m[0] - 30), m[0])), None)
            if counted is not None and not any(w.end <= v.start and w.start >= counted[1] for w in values):
                return counted[2], False
        if preceding:
            m = preceding[-1]
            if len(preceding) >= 2 and _MONEY_WORD_ONLY.fullmatch(text, m[0], m[1]) and preceding[-2][2] != m[2] \
                    and not _MONEY_WORD_ONLY.fullmatch(text, preceding[-2][0], preceding[-2][1]):
                # "the average weekly collection cost for refuse are: 22,975k": a word of money alone that a survey
                # gives a subject as its name ("costs") says the figure's measure; the thing named before it is what
                # it is the cost of
                m = preceding[-2]
            # a figure after a subject binds to it unless another figure already sits between them
            # and this one reads as the start of a new pair ("Laptops 232, 84 tablets")
            between = [w for w in values if m[1] <= w.start < v.start]
            if not between or not following or text[v.end:following[0][0]].strip() != "":
                return m[2], False
        if following:
            m = following[0]
            gap = text[v.end:m[0]]
            if len(gap) <= 25 and not re.search(r"[,;:.\d]", gap) or _NOUN_OF.fullmatch(gap):
                return m[2], False
        return None, False

    def _own_noun_after_pair(self, v: Value, values: list[Value], m: tuple[int, int, str]) -> bool:
        """"nine mobile phones and 98 Blackberry devices": after a figure-and-subject pair, a figure joined by
        "and" or a comma and followed by a noun of its own (no subject of the survey) counts that noun."""
        text = self.text
        if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)", text[m[1]:v.start]):
            return False
        if not any(w.end <= m[0] and re.fullmatch(r"\s*(?:(?:new|additional|replacement|further|more|extra)\s+)*",
                                                  text[w.end:m[0]], re.IGNORECASE) for w in values):
            return False
        return bool(re.match(r"[ \t]+(?!(?:in|of|for|at|during|were|was|are|is|have|has|had|each|per|to|from|on|by|"
                             r"x|and|or|with|which|that|this|those|these|units?|items?|purchased|bought|issued)\b)"
                             r"[A-Za-z][\w-]*", text[v.end:v.end + 40], re.IGNORECASE))

    def _bind_period(self, v: Value, values: list[Value], periods: list[Period], us: int, ue: int) -> Period | None:
        text = self.text
        before = [p for p in periods if p.end <= v.start]
        if len({p.label for p in before}) >= 2 and _TOTAL_BEFORE.search(text, max(before[-1].end, v.start - 12), v.start) \
                and any(before[-1].end <= w.end <= v.start for w in values if w is not v):
            # "April 2023 to March 2024 - £672,492 April 2024 to June 2024 - £318,213 Total - £990,705": a table run
            # onto one line; its total, after the periods' figures, is over their whole span
            return Period(label=f"{before[0].label} to {before[-1].label}", first=min(p.first for p in before),
                          last=max(p.last for p in before), kind="range", start=0, end=0)
        if before and re.fullmatch(r"[ \t]*[:=\-\u2013\u2014][ \t]*", text[before[-1].end:v.start]):
            # "2011/12: £307,708 2012/13: £240,993": a period that labels the figure right after it ("2011/12:")
            # is its period, whatever period stands after the figure (the next one's label)
            return before[-1]
        for p in periods:
            if p.start >= v.end:
                gap = text[v.end:p.start]
                if re.fullmatch(r"\s*(?:\(|\[)?\s*(?:(?:in|during|for|over|across)\s+)?(?:the\s+)?"
                                r"(?:(?:financial|calendar)\s+year\s+|year\s+|fy\s*)?", gap, re.IGNORECASE):
                    return p
                break
        following = next((p for p in periods if p.start >= v.end), None)
        if following is not None and _NOUN_THEN_IN.fullmatch(text, v.end, following.start) \
                and not any(v.end <= w.start < following.start for w in values):
            # "32,605 incidents of graffiti cleaning in 2019 and 15,349 incidents in 2020": the year after the
            # figure's own noun is its year, not the one before it (the figure before's)
            return following
        before = [p for p in periods if p.end <= v.start]
        if before:
            return before[-1]
        after = [p for p in periods if p.start >= v.end]
        if after:
            return after[0]
        return None
