"""A council saying there is none of what was asked, in words: the forms it is said in, in one table, searched by one
matcher, and the tests of which questions such a nought answers. Each situation that reads one is a short caller:

- the answer to every question ("the answer to all your questions is 'none'"): facts/zeros_said.py;
- none of a thing done over the whole span asked ("No libraries have closed ... during the date range requested"):
  facts/zeros_said.py;
- none of what a question counts, said of the council ("have received no complaints", "there were no
  prosecutions"): none_said.py, the question answered;
- none of a thing the body has done anything to ("has not employed any entire children's social work team", "We
  do not fund anyone to be TU officials"): facts/zeros_said.py, the count's 0;
- none provided, said in a question's first part ("We do not provide office accommodation", "No additional space
  is allocated"): none_said.py, the parts after it answered;
- an answer under a question's number that opens saying there is none, in the question's words ("4. No staff
  have been TUPE'd out ..."): not the question restated, for numbered_answers.py;
- none of a thing whose price is asked ("No cremations were arranged ... therefore it is not possible to provide
  details of the cost of a cremation"): none_priced.py, that price not held;
- a word for nought that opens an answer, however long the reason after it ("Q3 - Zero, HBC do not pay for ...",
  "8. None – bins have been moved ..."): ``opens_answer``, for facts/lines.py;
- a "no ..." that is the reason nothing is held, not a zero ("No cyber attacks have been successful, therefore we do
  not hold that information"; the set README: "Not held" is not zero): ``reason_not_held``, for facts/lines.py."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import ANSWER_ZERO_WORDS
from .question_number import ANY_NUMBER, PART
from .first_chars import first_char_matches, grouped_from_first_char
from .word_stems import stems

# the words for nought an answer is given in ("None", "Nil", "Zero", "Nought", "Nothing")
WORDS = "|".join(ANSWER_ZERO_WORDS)
_WORD = re.compile(WORDS, re.IGNORECASE)


def is_word(text: str) -> bool:
    """Whether ``text`` (a value's own words) is a word for nought, not a "no ..." naming what it negates."""
    return _WORD.fullmatch(text) is not None


@dataclass(frozen=True)
class Form:
    rx: re.Pattern
    whole_text_fast: bool = False   # searched over a whole reply from its first characters (first_chars.first_char_matches)


FORMS = {
    # "the answer to all (of) your questions is 'none'", "the answer to each of the questions above would be nil",
    # "the answer to all of the above is zero", "The answer to your request is nil."
    "to_all": Form(re.compile(
        r"\b(?:the\s+)?(?:answer|response|reply)\s+to\s+(?:(?:all|each|every\s+one|both)(?:\s+of)?\s+(?:your\s+|the\s+|"
        r"these\s+|those\s+)?(?:questions|parts|points|elements|above)(?:\s+(?:above|asked|raised))?"
        # or to the request as a whole: "The answer to your request is nil."
        r"|(?:your|this|the)\s+(?:request|enquiry|questions))\s+(?:is|are|"
        r"would\s+be|will\s+be)\s+['\"\u2018\u201c]?(?:" + WORDS + r"|0)\b['\"\u2019\u201d]?", re.IGNORECASE),
        whole_text_fast=True),
    # none of a thing done: "No libraries have closed", "no new libraries have opened", "no funerals were arranged"
    "done": Form(re.compile(r"\bno\s+(?P<thing>(?:[a-z-]+\s+){0,2}[a-z-]{4,})\s+(?:have|has|had|were|was)\s+"
                            r"(?:been\s+)?(?P<done>[a-z]{3,}(?:ed|en))\b", re.IGNORECASE)),
    # none of a thing, said of the council: "Alnwick Town Council have received no complaints in relation to the
    # categories you have set out", "there were no prosecutions", "The Procurator Fiscal in Tayside has not
    # requested any such reports since April 2013"
    "had": Form(re.compile(r"\b(?:(?:have|has|had)\s+(?:received|had|issued|served|recorded|made|taken|brought|"
                           r"requested)\s+no"
                           r"|(?:have|has|had)(?:\s+not|n't)\s+(?:received|issued|served|recorded|made|taken|brought|"
                           r"requested)\s+any(?:\s+such)?"
                           r"|there\s+(?:were|have\s+been|has\s+been|was|are|is)\s+no)\s+(?P<thing>[a-z]{4,})\b",
                           re.IGNORECASE), whole_text_fast=True),
    # none of a thing provided: "We do not provide office accommodation", "No additional space is allocated", "None"
    "provided": Form(re.compile(
        r"\b(?:do|does|did)\s+not\s+(?:provide|allocate|give|offer|supply|own|operate|run|"
        r"have\s+(?:an?y?\s+)?(?!information|data|records?|figures?|details)[a-z]+\s+(?:for|to|of)\b)"
        r"|\bno\s+(?:[a-z-]+\s+){0,3}(?:is|are|was|were|has\s+been|have\s+been)\s+(?:allocated|provided|given|"
        r"offered|made|supplied|set\s+aside)\b"
        r"|^\W*(?:" + WORDS + r")\W*$", re.IGNORECASE)),
    # an answer that opens saying there is none, in the question's own words (so no restatement of it): "4. No staff
    # have been TUPE'd out in the last 3 years." under "... please confirm what organisation were the staff TUPE'd
    # to ...", or said of the body: "1) We do not operate or own any public children's play areas (by which I mean
    # parks, ...)", "We have not owned or operated any", and the question's own verb of giving without "any": "We
    # do not provide office accommodation to staff to carry out trade union business."
    "answer_none": Form(re.compile(
        r"^\s*(?:no|none\s+of|" + WORDS + r"|there\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
        r"(?:currently\s+|presently\s+)?(?:no|not\s+(?:a|an|any))"
        r"|(?:we|I|the\s+council|the\s+authority)\s+(?:do|does|did|have|has|had)\s*(?:not|n't)\s+"
        r"(?:(?:\w+\s+){0,4}?any|provide|offer|own|operate|fund|employ))\b"
        r"(?![^.?\n]*\?)", re.IGNORECASE)),
    # nothing of the thing named, in each category the request lists: "have received no complaints in relation to
    # the categories you have set out", "no complaints about any of the types listed"
    "in_each": Form(re.compile((  # ("_": a run of spaces or tabs, never a line break)
        r"\bno_(?P<thing>[a-z]{4,})_(?:(?:were|was|have_been|has_been)_)?(?:received_|recorded_|made_|logged_)?"
        r"(?:in_relation_to|relating_to|related_to|regarding|about|for|concerning|under|in)_"
        r"(?:any_of_|either_of_|each_of_|all_)?(?:the|these|those|your)_(?:[a-z]+_)?"
        r"(?:categories|types|kinds|areas|headings)\b").replace("_", r"[ \t]+"), re.IGNORECASE)),
    # none of a thing at all: "No cremations were arranged", "no cremations took place", "We do not have a
    # crematoria"
    "were_none": Form(re.compile(
        r"\bno\s+(?P<thing>[a-z]{5,})\s+(?:were|was|have\s+been|has\s+been|had\s+been|took\s+place)\b"
        r"|\b(?:do|does|did)\s+not\s+have\s+(?:a|an|any)\s+(?P<had>[a-z]{5,})\b", re.IGNORECASE)),
    # none of a thing, said as the body not having done it to any: "The local authority has not employed any entire
    # children's social work team", "We haven't employed any Manager on an interim basis", "have not opened or
    # closed any libraries since 2010", "We have not applied for any injunctions", "We do not fund anyone to be TU
    # officials", "We have never issued any"; the thing runs to the clause's end or the first word that is no part
    # of a noun's phrase ("on", "since", "in", "for", "here" ...)
    "not_any": Form(re.compile(
        r"\b(?:(?:have|has|had|do|does|did)(?:[ \t]+not|n['\u2019]t)|(?:(?:have|has|had)[ \t]+)?never)[ \t]+"
        r"(?:(?:yet|ever|currently|previously|actually)[ \t]+)?"
        r"(?P<done>[a-z]{3,20})(?:[ \t]*,?[ \t]+(?:or|nor|and)[ \t]+(?P<done2>[a-z]{3,20}))?[ \t]+"
        r"(?:(?:for|to|on|with)[ \t]+)?any(?P<one>one|body)?(?:[ \t]+such)?[ \t]+(?:(?<=one )to[ \t]+be[ \t]+|"
        r"(?<=body )to[ \t]+be[ \t]+|(?<=one )as[ \t]+)?"
        r"(?P<thing>(?:[a-z'\u2019-]{1,30}[ \t]+){0,5}?[a-z'\u2019-]{3,30})"
        r"(?=[ \t]*(?:[.,;:()\n]|$)|[ \t]+(?:on|in|at|for|to|from|since|over|during|through|by|within|regarding|"
        r"about|of|under|this|that|these|those|which|who|as|because|here|and|or|but|between|last|prior|before|"
        r"after|until|whatsoever|at\s+all)\b)", re.IGNORECASE)),
    # the conclusion, after a "no ...", that nothing is held: "..., therefore we do not hold that information"
    "so_not_held": Form(re.compile(
        r"[,;]?\s*(?:and\s+)?(?:therefore|so|as\s+such|hence|consequently|thus)\s*,?\s+"
        r"(?:we|I|the\s+council|the\s+authority)\s+(?:do|does|did|would|can|could)\s*(?:not|n't)\s+(?:hold|have|"
        r"record)\s+(?:that|this|the|these|those|any|such)\b", re.IGNORECASE)),
}
_FAST = {name: grouped_from_first_char(form.rx) for name, form in FORMS.items() if form.whole_text_fast}


def said(form: str, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match]:
    """The places in text[pos:endpos] where ``text`` says none in the form named (a key of ``FORMS``)."""
    if pos == 0 and endpos is None and form in _FAST:
        return first_char_matches(FORMS[form].rx, _FAST[form], text)
    return list(FORMS[form].rx.finditer(text, pos, len(text) if endpos is None else endpos))


def first_said(form: str, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """The first place in text[pos:endpos] that says none in the form named, or None."""
    end = len(text) if endpos is None else endpos
    fast = _FAST[form][1] if form in _FAST else None
    if fast is None:
        return FORMS[form].rx.search(text, pos, end)
    m = fast.search(text, pos, end)
    return FORMS[form].rx.match(text, m.start(1), end) if m else None


# a sentence that asks, or is the requester asking ("please provide ...", "could you ..."): no nought of the council's
_ASKING = re.compile(r"\b(?:please|could\s+you|if\s+you)\b", re.IGNORECASE)


def councils_own(sentence: str, requester: bool = True) -> bool:
    """Whether ``sentence`` can say the council's own nought: not a question, and (``requester``) not the requester's
    words. (A rule that reads "no <thing> ..." in the council's prose, where "please see the attached" or "if you
    need anything further" may follow in the same sentence, asks the first only.)"""
    return "?" not in sentence and not (requester and _ASKING.search(sentence))


def figure_asked(q) -> str | None:
    """The measure in which a nought answers question ``q``: what it asks a figure of (a sum asked both as a total and
    a price each: none paid is a total of 0), None where it asks none."""
    if "total_cost_gbp" in q.measures:
        return "total_cost_gbp"
    return q.measures[0] if q.measures and q.measures[0] != "other" else None


# a question that asks to count in its own words: "The number of complaints received for ...", "How many ..."
_COUNTS = re.compile(r"\b(?:number|how\s+many|total|count)\b", re.IGNORECASE)


def counts_named(q, thing: str, done: str = "", measured: bool = True) -> bool:
    """Whether question ``q`` asks a count of ``thing`` (a noun) and ``done`` (what was done to it, if said): each of
    their words is one of the question's. ``measured``: the count is the survey's measure (a 0 is to be made in it);
    else the question's own words ask to count ("the number of", "how many"): a question answered by a "none"
    needs no measure, and a drafted survey may measure a count as something else."""
    named = stems(thing, 4)
    asks_count = figure_asked(q) == "count" if measured else _COUNTS.search(q.text or "") is not None
    return bool(named) and asks_count and named | stems(done, 4) <= stems(q.text or "", 4)


# the question's number (or nothing) before the word that opens an answer, or a list item's year and its dash
# ("• 2023 – Zero (Grays tree and lights in this year were funded entirely by sponsorship ...)"); a stop, comma,
# dash or an aside in brackets after it
_BEFORE = re.compile(r"[ \t]*(?:" + ANY_NUMBER + PART + r"[ \t]*[.):]?[ \t]*[-\u2013\u2014:]?[ \t]*"
                     r"|[\u2022\u00b7*-]?[ \t]*(?:19|20)\d\d(?:[/-]\d{2,4})?[ \t]*[-\u2013\u2014:][ \t]*)?",
                     re.IGNORECASE)
_AFTER = re.compile(r"[ \t]*[,.;:\u2013\u2014(-]")


def opens_answer(text: str, line_start: int, values: list) -> bool:
    """Whether ``values`` (the figures of a line's sentence: scan.Value) are one word for nought that opens the
    line's answer, after its question's number at most, and is cut off from the words after it: the line reads as a
    short answer does, not as prose."""
    if not values:
        return False
    v = values[0]
    after = _AFTER.match(text, v.end)
    if len(values) != 1 and not (after is not None and after.group(0).endswith("(")
                                 and ")" not in text[after.end():values[1].start]):
        return False    # (a "no" inside the aside after it is the aside's: "2024 – Zero (there is no budget ...)")
    return v.zero and is_word(v.text) and _BEFORE.fullmatch(text, line_start, v.start) is not None and after is not None


def reason_not_held(text: str, zero_end: int, unit_end: int) -> bool:
    """Whether the sentence ending at ``unit_end`` concludes, after its zero (ending at ``zero_end``), that the
    information is not held: only where the sentence itself draws the conclusion after the "no" ("therefore", "so",
    "as such"); "None. We do not hold figures before 2019" is a zero and a separate not-held."""
    return first_said("so_not_held", text, zero_end, unit_end) is not None
