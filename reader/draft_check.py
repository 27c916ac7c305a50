"""`foi survey check`: what in a survey the reader cannot use, or will read wrongly."""

from __future__ import annotations

import re

from .draft_measures import measures_for
from .units import UNITS

_TOO_GENERAL = re.compile(r"^(?:number|total|cost|costs|amount|money|year|years|council|data|figures?|staff|"
                          r"people|each|per|spend|spent|s\??|\.\*|\.\+)$", re.I)


# the measures the reader reads only under a question that asks for them ("71%", "32 days" are words elsewhere)
_READ_ONLY_IF_ASKED = {"percent": "percentages", "days": "numbers of days", "hours": "numbers of hours",
                       **{m: f"figures in {u.short}" for m, u in UNITS.items()},
                       "square_feet": "areas in square feet", "square_metres": "areas in square metres"}
# the words of a reply's letter whatever it answers: a synonym that matches them matches every reply
_EVERY_REPLY = """Thank you for your request for information, received on 3 May 2023, which we have dealt with under the
Freedom of Information Act 2000. I can confirm that the Council holds the information you requested; please find our
response below. The figures are given for each financial year and in total for the period. Some of the information is
exempt from disclosure under section 40(2), personal information, and section 12, where the cost of compliance would
exceed the appropriate limit. If you are dissatisfied with the handling of your request, you have the right to ask
for an internal review within 40 working days. If you are not content with the outcome of the internal review, you
may apply to the Information Commissioner's Office for a decision. Please quote the reference number in any future
communications. Yours sincerely, Information Governance Team, Customer Services."""


def check_survey(survey) -> list[str]:
    """What in a survey the reader cannot use, or will read wrongly, one sentence each."""
    out: list[str] = []
    used = {q.subject for q in survey.questions}
    for key in survey.subjects:
        if key not in used:
            out.append(f"subject '{key}' is asked by no question: its figures are read but belong to no question")
    for key, subj in survey.subjects.items():
        for syn in subj.synonyms:
            if _TOO_GENERAL.match(syn.strip()):
                out.append(f"subject '{key}': synonym {syn!r} is a word every reply uses; it will match everywhere")
        for other, osubj in survey.subjects.items():
            if other <= key:
                continue
            shared = set(subj.synonyms) & set(osubj.synonyms)
            if shared:
                out.append(f"subjects '{key}' and '{other}' share the synonym(s) {sorted(shared)}: a reply's words "
                           "cannot tell them apart, only the question they answer can")
    for q in survey.questions:
        subj = survey.subjects.get(q.subject)
        if subj and not any(re.search(rf"\b(?:{s})\b", q.text, re.I) for s in subj.synonyms):
            out.append(f"question {q.id}: none of subject '{q.subject}''s synonyms is in the question's own words "
                       f"({q.text[:60]!r}); a reply that repeats the question will not be tied to it")
    for q in survey.questions:
        asked, _ = measures_for(q.text)
        missing = [m for m in asked if m in _READ_ONLY_IF_ASKED and m not in q.measures]
        if missing:
            out.append(f"question {q.id}: its words ask for {' and '.join(missing)} ({q.text[:60]!r}) but its measures "
                       f"are {list(q.measures)}: a reply's {' and '.join(_READ_ONLY_IF_ASKED[m] for m in missing)} "
                       "will not be read as figures")
    for key, syns in ((k, s.synonyms) for k, s in survey.subjects.items()):
        for syn in syns:
            try:
                hit = re.search(rf"(?<![\w-])(?:{syn})(?![\w-])", _EVERY_REPLY, re.I)
            except re.error:
                continue
            if hit and not _TOO_GENERAL.match(syn.strip()):
                out.append(f"subject '{key}': synonym {syn!r} matches {hit.group(0)!r}, words of any reply's letter; "
                           "it will tie figures to this subject everywhere")
    # the reader reads cues only to tell a price each from a sum, where its own words leave an amount undecided
    cued = [k for k, m in survey.measures.items() if m.cues and k not in ("unit_cost_gbp", "total_cost_gbp")]
    if cued:
        out.append(f"[measures] cues ({', '.join(cued)}) are not read: only unit_cost_gbp's and total_cost_gbp's "
                   "cues are (to tell a price each from a sum); a figure's other measures come from the reply's "
                   "words and the question's measures")
    if not survey.periods:
        out.append("no [periods]: every figure's period is read from the reply alone")
    return out
