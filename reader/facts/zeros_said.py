"""Zeros said in words over the whole reply, a question's 0 given where it has no figure of its own (the forms are
reader/nought.py's; zeros_asked makes the facts):

- one word that answers every question: "On that basis, the answer to all your questions is 'none'." Each question
  that asks for a figure (a count, a sum, a measure) is given 0 for each period it asks, quoted from that sentence;
  any other figure read from the sentence's line goes (its "none" read under one question only).
- none of a thing over every period the request asks, said in one sentence: "No libraries have closed and no new
  libraries have opened during the date range requested." Each clause ("no <thing> have <done>") answers the
  counting questions whose own words hold its thing and its verb, for each period they ask. The sentence must say
  it covers the period asked ("during the date range requested", "during the time period stated", "for any of the
  years given"): a bare "no libraries have closed" may be of one year.
- none of a thing in each category the request lists: "Alnwick Town Council have received no complaints in relation
  to the categories you have set out". Each question counting that thing is given 0, in its one period if it asks
  one, where two or more do (a category of one is a plain "no complaints", read where it stands).
- one word for nought as the reply's whole answer, under a heading and not under any question ("Response
  15-11-2016" / "Nil by the Moray Council directly."): 0 for each period of every question asking a figure.
- the body not having done anything to what a question counts ("We have not applied for any injunctions for this
  period", "have not opened or closed any libraries since 2010"): 0 for the question asking how many in its own
  words (none_done_any)."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import nought
from ..folding import folds_unseen, lowered
from ..question_number import OPENS_LINE
from ..sentences import line_bounds, sentence_at, sentences
from ..survey import MEASURE_UNITS
from ..word_stems import STEM, singular
from .model import Fact
from .words import _group

# the whole span asked: "during the date range requested", "in the period specified", "for any of the years given"
_OVER_RANGE = re.compile(
    r"\b(?:during|in|for|over|within|across|throughout)\s+(?:any\s+of\s+)?(?:the|this|that|those|these|your)\s+"
    r"(?:(?:date|time)\s+)?(?:range|period|periods|timeframe|time\s*frame|years?)\s+(?:you\s+(?:have\s+)?)?"
    r"(?:requested|specified|asked(?:\s+(?:for|about))?|stated|given|in\s+question)\b", re.IGNORECASE)
# what every match of _OVER_RANGE holds, in lower case: one of each
_SPAN_WORDS = ("range", "period", "frame", "year")
_ASKED_WORDS = ("requested", "specified", "asked", "stated", "given", "question")


def _said_over_range(text: str) -> list[tuple[int, int]]:
    """The sentences in the council's own words that speak of the whole span asked ("during the period specified",
    "for the years requested"), as (start, end)."""
    if not folds_unseen(text):
        low = lowered(text)      # (tests of the lowered text first: most replies hold no such words)
        if not any(w in low for w in _SPAN_WORDS) or not any(w in low for w in _ASKED_WORDS):
            return []
    if not _OVER_RANGE.search(text):
        return []
    spans = sentences(text)
    over = []
    for rng in _OVER_RANGE.finditer(text):
        a, b = sentence_at(spans, rng.start())
        if nought.councils_own(text[a:b], requester=False):
            over.append((a, b))
    return over


def none_to_every_question(facts: list[Fact], text: str, survey) -> list[Fact]:
    """``facts`` with a 0 for every question asking a figure where the reply says the answer to all of them is
    none."""
    low = lowered(text)
    if "answer" not in low and "response" not in low and "reply" not in low:
        return facts
    m = nought.first_said("to_all", text)
    if m is None:
        return facts
    s, e = m.start(), m.end()
    line_start, line_end = line_bounds(text, s, e)
    out = [f for f in facts if not (line_start <= f.start < line_end)]
    answered = {f.question for f in out}     # (a figure given elsewhere is that question's answer)
    for q in survey.questions:
        measure = nought.figure_asked(q)
        if measure is None or q.id in answered:
            continue
        out += zeros_asked(q, measure, survey, text, s, e)
    return out


def none_over_range(facts: list[Fact], text: str, survey) -> list[Fact]:
    """``facts`` with a 0 for each period of every counting question a "no <thing> have <done> during the period
    asked" answers."""
    over = _said_over_range(text)
    if not over:
        return facts
    answered = {f.question for f in facts}
    out = list(facts)
    for a, b in over:
        for m in nought.said("done", text, a, b):
            thing = m.group("thing").split()[-1]
            for q in survey.questions:
                if q.id in answered or not nought.counts_named(q, thing, m.group("done")):
                    continue
                answered.add(q.id)
                out += zeros_asked(q, "count", survey, text, m.start(), m.end())
    return out


def zero_over_range(facts: list[Fact], text: str, survey) -> list[Fact]:
    """``facts`` with a 0 said of the whole span asked ("so the Council's expenditure for the years requested is
    £0", "a nil return for the period specified") given also to the questions its number splits into that ask the
    same thing, in their periods (2a, 2b, 2c: one a year): none over the span is none in every part of it. (A
    question asking several periods itself keeps the one 0 over the span, as the reply says it.) A figure other than
    nought said so is a total over the span, and stays where it is read."""
    zeros = [f for f in facts if f.value == 0 and f.question]
    over = _said_over_range(text) if zeros else []
    if not over:
        return facts
    given = {(f.question, f.subject, f.measure, f.period, f.start) for f in facts}
    out = list(facts)
    for f in zeros:
        if not any(a <= f.start < b for a, b in over):
            continue
        asked = next((q for q in survey.questions if q.id == f.question), None)
        if asked is None:
            continue
        for q in survey.questions:
            if q.id == asked.id or _group(q.id) != _group(asked.id) or q.subject != f.subject \
                    or f.measure not in q.measures:
                continue
            for z in zeros_asked(q, f.measure, survey, text, f.start, f.end):
                if z.period is None or (q.id, z.subject, z.measure, z.period, f.start) in given:
                    continue
                given.add((q.id, z.subject, z.measure, z.period, f.start))
                out.append(replace(f, question=q.id, period=z.period, period_start=z.period_start,
                                   period_end=z.period_end))
    return out


def none_in_each_category(facts: list[Fact], text: str, survey, skip) -> list[Fact]:
    """``facts`` with a 0 for each question that asks how many of the thing a "no <thing> in relation to the
    categories you have set out" names ("The number of complaints received for a) Vibration", "... b) Low Frequency
    Noise") and has no figure yet, with its one asked period (outside the spans ``skip``, never figures)."""
    if "no" not in lowered(text):
        return facts
    out = list(facts)
    for m in nought.said("in_each", text):
        if any(a <= m.start() < b for a, b in skip):
            continue
        # (the noun as written, in a question counting in the survey's first measure: counts_named, which takes
        # the noun's stem, reads more questions as counting it: noise-nuisance's 28/29 question outcomes -> 27/29)
        noun = re.compile(r"\b" + re.escape(m.group("thing")) + r"\b", re.IGNORECASE)
        answered = {f.question for f in out}
        asking = [q for q in survey.questions if q.measures and q.measures[0] == "count"
                  and q.id not in answered and noun.search(q.text)]
        if len(asking) < 2:
            continue        # a category of one is a plain "no complaints", read where it stands
        for q in asking:
            out += zeros_asked(q, "count", survey, text, m.start(), m.end(), each_period=False)
    return out


def none_received(facts: list[Fact], text: str, survey, skip) -> list[Fact]:
    """``facts`` with a 0 for the first question that asks how many of the thing a reply with no figure at all says
    the council has had none of, in a sentence of its own: "The council has not received any complaints regarding
    noise from Wind Turbines in the last 3 years." under "... how many official complaints, if any, your council has
    received in each of the last three financial years ...". (Where the reply gives figures, a "no complaints" is
    read where it stands, or by the rules above.)"""
    if facts or "no" not in lowered(text):
        return facts
    spans = sentences(text)
    for m in nought.said("had", text):
        if any(a <= m.start() < b for a, b in skip):
            continue
        a, b = sentence_at(spans, m.start())
        if not nought.councils_own(text[a:b]):
            continue
        thing = re.escape(m.group("thing"))
        noun = re.compile(r"\b" + thing + r"\b", re.IGNORECASE)
        # (not a question that offers "none" as a case to confirm: "There is no formal target." under "The council's
        # target number of inspections ... If no formal target has been set, please confirm")
        offered = re.compile(r"\bif\s+(?:there\s+(?:is|are)\s+)?no\s+" + thing + r"\b", re.IGNORECASE)
        asking = [q for q in survey.questions if q.measures and q.measures[0] == "count" and noun.search(q.text)
                  and not offered.search(q.text) and _of_its_own(text[m.end():b], q.text)]
        if asking:
            return zeros_asked(asking[0], "count", survey, text, a, b, each_period=False)
    return facts


# what a "none" is said of: "... no complaints regarding noise from Wind Turbines", "... relating to the football match"
_SAID_OF = re.compile(r"\b(?:regarding|relating\s+to|in\s+relation\s+to|in\s+respect\s+of|concerning|about)\s+"
                      r"(?P<what>[^.;\n]{3,80})", re.IGNORECASE)
_NOT_A_THING = frozenset(("this", "that", "these", "those", "your", "request", "council", "period", "time", "last",
                          "years", "year", "months", "since"))


def _of_its_own(rest: str, question: str) -> bool:
    """Whether the rest of a "none" sentence says nothing of what it is about, or names a word of the question's own:
    "... no complaints regarding noise from Wind Turbines" answers "how many complaints ... about wind turbine noise",
    not "The number of complaints received for a) Vibration" ("... relating to the football match")."""
    said = _SAID_OF.search(rest)
    if said is None:
        return True
    words = {w for w in re.findall(r"[a-z]{4,}", said.group("what").lower()) if w not in _NOT_A_THING}
    asked = question.lower()
    return not words or any(re.search(r"\b" + w[:5], asked) for w in words)


# what "not ... any" says is not held, not none: "we do not hold any information on ..." (the set README: "not held"
# is not zero)
_HELD_WORDS = re.compile(r"(?:information|data|records?|figures?|details?|statistics|documents?|documentation|"
                         r"correspondence|evidence|breakdown|knowledge|way|means|system)$",
                         re.IGNORECASE)
# an answer saying what is asked is not held, beside the "not ... any" (on its line, or after it in its sentence)
_SAYS_NOT_HELD = re.compile(r"\bnot[ \t]+(?:held|recorded|kept|collated|collected|available)\b|"
                            r"\b(?:do|does|did)[ \t]*(?:not|n['\u2019]t)[ \t]+hold\b|\bno[ \t]+(?:information|data|records?)[ \t]+"
                            r"(?:is|are|was|were)?[ \t]*held\b", re.IGNORECASE)
# the verbs of holding: "we do not hold / record / keep / collate any ..." is a not-held, whatever follows
_HOLD_VERBS = frozenset("hold record keep collate collect retain store maintain capture log track monitor".split())
# a question that asks how many in its own words ("How many teams have you used?", "No. of interim managers",
# "The current number of employees that you fund", "of many times you have obtained injunctions"): not a yes/no
# question ("Has your local authority employed any ...?"), nor one asking which or how long ("cases in which a number
# of complaints have been made by the same individuals": some, not how many)
_ASKS_COUNT = re.compile(r"\bmany\b|(?<!\ba[ \t])\bnumbers?[ \t]+of\b|\bno\.[ \t]*of\b|\bcount[ \t]+of\b", re.IGNORECASE)
# a question's number opening the line: "6. ...", "Q5 - ...", "1) ..."
# the words of sums spent: "We have not spent any money on ..."
_SPENT = frozenset("spent spend paid pay incurred incur".split())
_MONEY_THINGS = frozenset("money funds funding sums amounts".split())
_ON_THING = re.compile(r"[ \t]+(?:on|for|towards)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?((?:[a-z'\u2019-]{1,30}[ \t]+){0,3}?"
                       r"[a-z'\u2019-]{3,30})\b", re.IGNORECASE)


def none_done_any(facts: list[Fact], text: str, survey, skip) -> list[Fact]:
    """``facts`` with a 0 for a question that asks how many of a thing the reply says the body has not (or never)
    done anything to, in a sentence of its own: "The local authority has not employed any entire children's social
    work team ... over the last five years" under "How many teams have you used?", "Q5 - We have not applied for any
    injunctions for this period." under "... of many times you have obtained injunctions ...", "Devon County Council
    have not opened or closed any libraries since 2010" under "How many libraries ... have been opened since 2010?"
    and "... permanently closed since 2010?". The thing's last word (its noun) must be one of the question's words,
    and the question must ask a count in its own words (not a yes/no question); on a line its question's number opens,
    only that number's questions are asked; else the questions that also name its verb, one for each verb, or the
    first counting the thing. "We have not spent any money on <thing>" is, likewise, a sum of £0 of a question asking
    what was spent on it. Once for each question with no figure yet, in its one asked period if it has one, else over
    the whole span it asks. Never
    a not-held ("we do not hold any information on ..."), nor "any <thing> to <do>" (what there is none of to do
    something with: "We do not own any public children's play areas to sell" is why none were sold, not a count)."""
    if "any" not in lowered(text):
        return facts
    spans = sentences(text)
    out = list(facts)
    answered = {f.question for f in out}
    for m in nought.said("not_any", text):
        if any(a <= m.start() < b for a, b in skip):
            continue
        verbs = [v.lower() for v in (m.group("done"), m.group("done2")) if v]
        thing = m.group("thing")
        noun = thing.split()[-1].lower()
        if any(v in _HOLD_VERBS for v in verbs) or _HELD_WORDS.search(thing) or noun in ("such", "other", "more") \
                or re.match(r"[ \t]+to[ \t]+[a-z]", text[m.end():m.end() + 6], re.IGNORECASE) and not m.group("one"):
            continue
        # (the sentence within its line: the line above may be the question restated, its "?" or "please" not the
        # council's words)
        line_start, line_end = line_bounds(text, m.start(), m.end())
        a, b = sentence_at(spans, m.start())
        a, b = max(a, line_start), min(b, line_end)
        if not nought.councils_own(text[a:b]) or _SAYS_NOT_HELD.search(text[line_start:m.start()]) \
                or _SAYS_NOT_HELD.search(text, m.end(), b):
            continue        # "2. Not held. Moray Council does not manage any Allotment sites ...": why none is held
        money = bool(set(verbs) & _SPENT) and noun in _MONEY_THINGS
        if money:
            on = _ON_THING.match(text, m.end())
            if on is None:
                continue
            noun = on.group(1).split()[-1].lower()
        numbered = OPENS_LINE.match(text, line_start)
        group = numbered.group(1) if numbered else None
        if group is not None and not any(_group(q.id) == group for q in survey.questions):
            group = None        # (a number of the reply's own, or the request's renumbered)
        # (chosen among all the questions, then those answered already left: "The council does not operate any public
        # toilets" read as 0 where it stands answers the question of toilets operated, not the next one of toilets)
        for q, measure in _asked_none(survey, noun, verbs, money, group):
            if q.id in answered:
                continue
            answered.add(q.id)
            out += _over_asked_span(zeros_asked(q, measure, survey, text, a, b, each_period=False), q, survey)
    return out


def _over_asked_span(facts: list[Fact], q, survey) -> list[Fact]:
    """``facts`` (one 0, of no period) over the whole span ``q`` asks, where it asks several periods: none in any of
    them is none over them all ("We have not applied for any injunctions for this period" under a yearly breakdown
    of 2015 to 2019)."""
    periods = {p.label: p for p in survey.periods}
    asked = sorted((periods[label] for label in q.periods if label in periods), key=lambda p: p.start)
    if len(asked) < 2 or any(f.period for f in facts):
        return facts
    first, last = asked[0], max(asked, key=lambda p: p.end)
    return [replace(f, period=f"{first.label} to {last.label}", period_start=first.start.isoformat(),
                    period_end=last.end.isoformat()) for f in facts]


_WORDS = re.compile(r"[A-Za-z]{3,}")


def _noun_stem(word: str) -> str:
    """A noun's stem, one for its singular and plural: "team" and "teams", "Manager" and "managers"."""
    return singular(word.lower())[:STEM]


def _asking(survey, noun: str, money: bool, group: str | None):
    """The questions (with the measure a 0 is given in) that ask a figure of ``noun`` in their own words and
    (``group``) are that number's."""
    named = _noun_stem(noun)
    for q in survey.questions:
        if group is not None and _group(q.id) != group:
            continue
        if named not in {_noun_stem(w) for w in _WORDS.findall(q.text or "")}:
            continue
        if money:
            measure = nought.figure_asked(q)
            if measure in MEASURE_UNITS and MEASURE_UNITS[measure] == "GBP":
                yield q, measure
        elif "count" in q.measures and _ASKS_COUNT.search(q.text or ""):
            yield q, "count"


def _asked_none(survey, noun: str, verbs: list[str], money: bool, group: str | None):
    """The questions a "not <verb> any <noun>" answers: for each verb, the first asking the noun whose words hold
    that verb; where none holds any, the first asking the noun."""
    asking = list(_asking(survey, noun, money, group))
    if not asking:
        return []
    chosen = []
    for verb in verbs:
        root = re.sub(r"ed$", "", verb)[:STEM] if len(verb) > 4 else verb
        q = next(((q, ms) for q, ms in asking if any(w.lower().startswith(root) for w in _WORDS.findall(q.text or ""))),
                 None)
        if q is not None and q not in chosen:
            chosen.append(q)
    return chosen or asking[:1]


def zeros_asked(q, measure: str, survey, text: str, s: int, e: int, each_period: bool = True) -> list[Fact]:
    """0 as ``q``'s answer in ``measure``, once for each period it asks (or once with none), quoted from text[s:e]:
    how a reply's "none" said of a whole question is read. Not ``each_period``: once, in the question's one period
    if it asks one (a "none" said of categories is not said of each period)."""
    periods = {p.label: p for p in survey.periods}
    asked = [periods[label] for label in q.periods if label in periods]
    if not each_period and len(asked) != 1:
        asked = []
    return [Fact(subject=q.subject, period=p.label if p else None,
                 period_start=p.start.isoformat() if p else None, period_end=p.end.isoformat() if p else None,
                 measure=measure, value=0.0, unit=MEASURE_UNITS.get(measure, "GBP"), approx=False, quote=text[s:e],
                 start=s, end=e, confidence=0.6, question=q.id)
            for p in asked or [None]]


# a line that opens with a word for nought and gives no figure: "Nil by the Moray Council directly.", "None."
_NIL_LINE = re.compile(r"^[ \t]*(?:" + nought.WORDS + r")\b[^\d\n?]{0,60}$", re.IGNORECASE | re.MULTILINE)
# a numbered line: a question's or an answer's own ("2.", "b)", "Q3")
_NUMBERED = re.compile(r"[ \t]*(?:q(?:uestion)?[ \t]*)?(?:\d{1,2}|[a-z])[.):]", re.IGNORECASE)


def nil_for_every_question(facts: list[Fact], text: str, survey) -> list[Fact]:
    """``facts`` with a 0 for every question where the reply's one answer is a word for nought under a heading of
    its own, not under any one question ("Response 15-11-2016" / "Nil by the Moray Council directly." answering "a)
    The budget ... in 2016/17" and "b) The amount of money which the council spent ... in 2015/16"): each question
    that asks a figure is given 0 for each period it asks. Only where nothing else in the reply is a figure, every
    question asks one, and the reply says nought so once (a "None" right under a question restated answers that
    question alone, and is read where it stands)."""
    if facts or len(survey.questions) < 2 or any(nought.figure_asked(q) is None for q in survey.questions):
        return facts
    found = list(_NIL_LINE.finditer(text))
    if len(found) != 1:
        return facts
    m = found[0]
    above = [ln for ln in text[:m.start()].split("\n") if ln.strip()]
    heading = above[-1].strip() if above else ""
    if not heading or len(heading) > 40 or heading.endswith("?") or _NUMBERED.match(heading):
        return facts
    s = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    e = s + len(m.group(0).strip())
    out = list(facts)
    for q in survey.questions:
        out += zeros_asked(q, nought.figure_asked(q), survey, text, s, e)
    return out
