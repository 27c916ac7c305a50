"""A copy asked of a thing the reply says does not exist: "There is not an internal policy in place detailing
compensation/redress for complaints" (asked for "copies of any internal documents or policies used by the council
when deciding how much compensation ..."), "There are currently no reports concerning local implementation of the
Air Quality ... Regulations" (asked for "a copy of any reports ... relating to the local implementation of ...").
There is nothing to send: the question is not held (the real set README's outcome rules: a question whose premise
the reply denies is not held when it asks for the thing itself, and answered when it asks whether, how many or how
much, or asks for the thing only "if so"). The reply's sentence says none in nought.py's forms and names the
question in its words, or stands in that question's answer.

Its other direction too (denial_answers_whether): a denial answers a question that asks whether the thing exists, or asks
for it only if it does ("we do not hold a strategy or policy regarding community ownership" under "Do you have a
strategy or policy in place for community ownership?"), where a "not held" had been read."""

from __future__ import annotations

import re
from dataclasses import replace

from . import classify as C
from . import nought
from .asking import ASKS_A_COPY
from .question_number import OPENS_LINE
from .reply_model import ReplyModel
from .survey import Survey
from .word_stems import stems

# the request itself asks to be told if there is none: "If your authority does not carry out bus lane enforcement,
# please confirm accordingly"
_CONFIRM_IF_NONE = re.compile(r"\bif\s+(?:you|your\s+[\w-]+|the\s+[\w-]+)\s+(?:do|does|did)\s*(?:not|n't)\b"
                              r"[^.\n]{0,120}?\b(?:confirm|let\s+(?:me|us)\s+know|say\s+so|tell\s+me)\b", re.IGNORECASE)
# something is sent all the same: "Please find attached our guidance", "available via the link below"
_SENT = re.compile(r"\b(?:attach\w*|enclos\w*|links?|https?:|www\.|see\s+below|as\s+follows|following)\b",
                   re.IGNORECASE)
# words any question may share with an answer
_SHARED = stems("provide please copy copies council authority information details documents")


def _asked_only_if_it_exists(text: str) -> bool:
    """Whether a question asks whether the thing exists, or asks for it only if it does ("Does the Local Authority
    have a written policy ...? Please provide a copy of this policy.", "If so, please send a copy", "..., if
    applicable?"): a denial answers it, whether it asks a copy or not."""
    return bool(_ASKS_WHETHER.match(text) or _IF_IT_EXISTS.search(text))


def _denies(sentence: str) -> bool:
    """Whether ``sentence`` (the council's own) says there is none of a thing, in nought.py's forms (from the start
    of any of its lines: a heading, "Response:", may run into it)."""
    opens = nought.FORMS["answer_none"].rx
    return any(opens.match(line[lead.end():] if (lead := OPENS_LINE.match(line)) else line)
               for line in sentence.split("\n")) \
        or any(m.group("had") for m in nought.said("were_none", sentence))


def _named(survey: Survey, sentence: str) -> str | None:
    """The one question whose words hold two or more of the sentence's, more than any other question's."""
    said = stems(sentence, 4) - _SHARED
    scored = sorted(((len(said & stems(q.text or "", 4)), q.id) for q in survey.questions), reverse=True)
    if not scored or scored[0][0] < 2 or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


def premise_denied(questions: list, survey: Survey, live: str, original: str, from_figures: set[str]) -> list:
    """``questions`` with each question that asks a copy of a thing the reply says does not exist made not held."""
    asked = {q.id for q in survey.questions
             if ASKS_A_COPY.search(q.text or "") and not _asked_only_if_it_exists(q.text or "")}
    if not asked - from_figures or _CONFIRM_IF_NONE.search(original):
        return questions
    results = {r.question: r for r in questions}
    made: dict[str, tuple[int, int]] = {}
    for a, b in C.sentences(live):
        sentence = live[a:b]
        if not nought.councils_own(sentence) or _SENT.search(sentence) or not _denies(sentence):
            continue
        inside = [qid for qid, r in results.items() if r.start <= a < r.end]
        qid = inside[0] if len(inside) == 1 else _named(survey, sentence)
        if qid in asked and qid not in from_figures and qid not in made:
            r = results.get(qid)
            if r is None or r.outcome == "successful" and not _SENT.search(r.quote or ""):
                made[qid] = (a, b)
    if not made:
        return questions
    out = [replace(r, outcome="not_held", exemptions=[], ncnd=False, quote=original[slice(*made[r.question])],
                   start=made[r.question][0], end=made[r.question][1]) if r.question in made else r
           for r in questions]
    out += [C.QuestionResult(qid, "not_held", [], False, original[a:b], a, b) for qid, (a, b) in made.items()
            if qid not in results]
    return survey.in_order(out)


# "we do not hold a strategy or policy", "The Council does not have any formal protocol": the thing itself, not a
# record of it
_DENIAL = re.compile(
    r"(?:do|does|did)\s+not\s+(?:have|hold|operate|run)\s+(?:a|an|any)\s+"
    r"(?:(?:formal|specific|written|separate|dedicated|current|such|local|corporate)\s+)?"
    r"(?P<thing>[a-z][a-z-]+)(?:\s+(?:or|and|/)\s+(?P<other>[a-z][a-z-]+))?", re.IGNORECASE)
# what the council keeps about things, which a "do not hold" speaks of as records (not held), not as the thing
_RECORDS = stems("information data records figures details breakdown list register database system statistics "
                 "documents copy notes log budget central such", 3)
# a question that asks whether ("Do you have a strategy ...?", "Please confirm whether ...") or asks for the thing
# only if it exists ("..., if applicable?", "If such a policy is in place, please provide:")
_ASKS_WHETHER = re.compile(
    r"^\s*(?:(?:do|does|did|has|have|is|are)\s+(?:you|your|the|this|there|any)\b"
    r"|(?:please\s+)?(?:confirm|state|advise|tell\s+(?:me|us))\s+(?:whether|if)\b)", re.IGNORECASE)
_IF_IT_EXISTS = re.compile(
    r"\bif\s+(?:applicable|so|yes|such\s+an?\b|there\s+(?:is|are)\b|you\s+(?:have|do)\b|one\s+exists|any\b)"
    r"|\bwhere\s+applicable\b", re.IGNORECASE)


def denial_answers_whether(m: ReplyModel) -> list:
    """``m.questions`` with each question not held by a denial of the thing it asks about answered, where it asks
    whether (or asks for it only if it exists): "In response to questions 2 and 3, we do not hold a strategy or policy
    regarding community ownership" under "2. Do you have a strategy or policy ...?" and "3. ... a link to said policy
    or strategy, if applicable?"; "We do not have a policy on this." under "If such a policy is in place, please
    provide: a) ...". Asked outright, or denied as records (a register, a list, data), it stays not held; where the
    denial was the reply's one "not held", the reply is no longer read as holding part of it."""
    live, questions = m.live, m.questions
    if not m.nh_spans or not any(r.outcome == "not_held" for r in questions):
        return questions
    denials = []
    for s, e in m.nh_spans:
        d = _DENIAL.match(live, s)
        if d is None:
            continue
        things = stems(" ".join(w for w in (d.group("thing"), d.group("other")) if w), 3)
        if things and not things & _RECORDS:
            denials.append((s, things))
    if not denials:
        return questions
    only = len(denials) == len(m.nh_spans)
    out = []
    for r in questions:
        q = m.survey.question(r.question)
        if r.outcome == "not_held" and q is not None and _asked_only_if_it_exists(q.text):
            asked = stems(q.text, 3)
            said = next((s for s, things in denials if things & asked and (only or r.start <= s < r.end)), None)
            if said is not None:
                a, b = C.sentence_at(m.live_sentences, said)
                r = replace(r, outcome="successful", quote=m.original[a:b], start=a, end=b)
        out.append(r)
    if only and out != questions and not any(r.outcome == "not_held" for r in out) \
            and not (m.codes_all & C.NOT_HELD_CODES):
        # the denial was the reply's one "not held": nothing asked is missing
        m.not_held = False
        m.outcome = C.overall_outcome(m.kind, bool(m.facts) or bool(m.loose) or m.attached,
                                      (bool(m.refusing_codes) or m.refused_in_words) and m.substantive, m.ncnd,
                                      m.not_held)
    return out
