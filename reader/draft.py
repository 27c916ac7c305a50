"""Draft a survey from a request's own words (`foi survey draft`), and say what in a survey the reader cannot
use (`foi survey check`).

A draft is a starting point for the journalist, never the last word: every guess it makes (a subject's name,
whether a year is calendar or financial) is written as a TOML comment beside it, to be read and edited.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field

from .draft_check import check_survey
from .draft_measures import _COUNT as _COUNT_ASKED
from .draft_measures import measures_for
from .draft_periods import _BACK_REF, _LAST_N, DraftPeriod, only_periods, periods_in, plain_years, years_restated
from .draft_questions import _ASKS, _clean, periods_after, split_questions
from .numbers import number_words
from .periods import find_periods

__all__ = ["Draft", "DraftPeriod", "DraftQuestion", "check_survey", "draft_survey", "examples_in", "measures_for",
           "periods_in", "split_header", "split_questions", "subject_phrase", "synonyms_for", "to_toml"]

# --- a saved reply's header -------------------------------------------------------------------------------

def split_header(raw: str) -> tuple[dict[str, str], str]:
    """A saved reply's '#' header ("# source: ...", "# request: ...", continuation lines starting '#   ') as
    key -> text, and the text below it (tests/files/real_set/README.md). A file with no header is all text."""
    lines = raw.splitlines(keepends=True)
    header: dict[str, str] = {}
    key = None
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        body = lines[i][1:].strip()
        m = re.match(r"^([a-z_]+):\s*(.*)$", body)
        if m and not lines[i].startswith("#   "):
            key = m.group(1)
            header[key] = m.group(2)
        elif key is not None:
            header[key] = (header[key] + " " + body).strip()
        i += 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    return header, "".join(lines[i:])


# --- questions ----------------------------------------------------------------------------------------------

@dataclass
class DraftQuestion:
    id: str
    text: str
    subject: str = ""
    measures: list[str] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


# --- subjects and measures ------------------------------------------------------------------------------

_STOP = (r"(?:were|was|is|are|did|do|does|have|has|had|been|be|will|would|can|could|in|during|between|over|since|there|"
         r"per|each|by|within|that|which|who|whom|where|when|from|at|across|under|broken|split|as|and\s+(?:how|what|the\s+(?:total|cost|number))|"
         r"or|if|your|this|these|those|last|the\s+(?:last|past|previous)|financial|calendar|year|years|month|"
         r"months|annually|currently|issued|received|reported|recorded|paid|purchased|bought|created|procured|"
         r"installed|cancelled|collected|made|spent|given|taken|held|used|provided|carried|undertaken|operated|"
         r"employed|owned|placed|housed|affected|classed|deemed|aged|living|please|i\.e\.|e\.g\.)")
# (two words either side of a slash are one: "DFG / disabled grant funded major bathroom adaptations")
_PHRASE = r"((?:(?!" + _STOP + r"\b)[A-Za-z0-9£'’/-]+(?:[ \t]+/[ \t]+[A-Za-z0-9£'’-]+)?\s*){1,6})"
_SUBJECT_RES = [
    # "the level of council tax discount", "the rate of additional council tax": what the level or rate is of
    re.compile(r"\b(?:level|rate)\s+of\s+(?:the\s+)?(?=(?:[\w-]+\s+){0,3}?(?:discounts?|premiums?|reductions?|reliefs?|"
               r"surcharges?|council\s+tax)\b)" + _PHRASE, re.I),
    re.compile(r"\bhow many\s+(?:new\s+|individual\s+|separate\s+|different\s+)?" + _PHRASE, re.I),
    # (a colon after "of" only introduces what is counted or costed: "The quantity and total cost of: Laptops")
    # ("The number and type of formal enforcement notices issued": what is counted and told apart by type; "a total
    # count of roadworks", "a corresponding count of the number of HMOs": a count of them)
    re.compile(r"\b(?:the\s+)?(?:total\s+)?(?:number|count)(?:\s+and\s+(?:types?|kinds?|nature|value))? of:?\s+"
               r"(?:the\s+(?:total\s+)?number\s+of\s+)?(?:new\s+|individual\s+)?" + _PHRASE, re.I),
    re.compile(r"\bhow much\s+(?:money\s+)?(?:has|have|was|did|is)\s+(?:the council|your (?:council|authority)|you|"
               r"the authority)?\s*(?:spent|paid|received|collected|generated)?\s*(?:on|for|from|in)\s+" + _PHRASE,
               re.I),
    re.compile(r"\b(?:income|revenue|money|fees?|fines?|receipts?)\s+(?:received|generated|collected|raised|taken|"
               r"paid)?\s*(?:by\s+[^.?\n]{0,40}?\s+)?from\s+(?:the\s+|all\s+|any\s+|these\s+|those\s+)?" + _PHRASE, re.I),
    # "the total spend by your council on temporary staff": spend on what, whoever spent it
    re.compile(r"\b(?:spend|spent|spending|expenditure|cost|costs)\s+by\s+[^.?\n]{0,40}?\s+on\s+(?:the\s+|all\s+|any\s+)?"
               + _PHRASE, re.I),
    re.compile(r"\b(?:total\s+)?(?:amount|cost|costs|spend|spent|spending|expenditure|income|revenue|value)\s+"
               r"(?:of\s+money\s+)?"
               r"(?:spent\s+)?(?:on|of|for|from):?\s+(?:the\s+|all\s+|any\s+|each\s+|every\s+|one\s+)?" + _PHRASE,
               re.I),
    # "How much has currently been budgeted for electric vehicle infrastructure?": the money's verb a few words on
    re.compile(r"\bhow much\s+(?:money\s+)?(?:has|have|had|was|were|did|is|are|will)\s+(?:[\w']+\s+){0,4}?"
               r"(?:spent|paid|received|collected|generated|budgeted|allocated|invested|raised)\s+(?:on|for|from|to|in)\s+"
               r"(?:the\s+|all\s+|any\s+)?" + _PHRASE, re.I),
    # "£ spent in the 12 month period on interim managers": spent on what, whenever it was spent
    re.compile(r"(?:£|\b(?:spent|spend|spending|expenditure))\s+(?:in|during|over|within|across)\s+[^.?\n;]{0,40}?\s+on\s+"
               r"(?:the\s+|all\s+|any\s+)?" + _PHRASE, re.I),
    # "The total distance of road treated ...", "the total length of the highway network": a measure of extent, of what
    # (not "the length of time", "the average length of stay": a length of time)
    re.compile(r"\b(?:total\s+)?(?:(?:distance|mileage|weight|tonnage)\s+of\s+(?:the\s+|this\s+|all\s+)?|length\s+of\s+"
               r"(?:the|this)\s+)" + _PHRASE, re.I),
    # "The number per quarter that continued to a final EHC plan": what is counted is what the clause says happened
    re.compile(r"\bnumber\s+(?:per|each|every|by)\s+(?:calendar\s+|financial\s+)?(?:year|quarter|month|week)\s+"
               r"(?:that|which|who)\s+(?:have\s+|has\s+|had\s+)?" + _PHRASE, re.I),
    # "The number who have been issued with a liability order as a result of non-payment": the people counted are
    # known by the thing they were issued
    re.compile(r"\bnumber\s+who\s+(?:have\s+|has\s+|had\s+)?(?:been\s+)?(?:issued|served|given|sent|granted)\s+"
               r"(?:with\s+)?(?:a|an|any)\s+" + _PHRASE, re.I),
]
_LEAD = re.compile(r"^(?:the|a|an|any|all|new|your|our|its|their|of|on|for)\s+", re.I)
_GENERIC = {"number", "total", "cost", "costs", "amount", "money", "council", "councils", "authority", "year",
            "years", "data", "information", "figures", "details", "breakdown", "each", "people", "staff", "you",
            "it", "there", "them", "what", "which", "how", "much", "many"}

def _phrase_words(raw: str) -> list[str]:
    words = re.findall(r"[A-Za-z0-9£'’/-]+", raw)
    while words and _LEAD.match(words[0] + " "):
        words = words[1:]
    while words and words[-1].lower() in ("of", "on", "for", "to", "the", "a", "and", "or", "with", "your"):
        words = words[:-1]
    return words


# "Does the council run any public toilets? If so, how many?": what "how many" counts is what "any" named
# ("Have you sold any farms in the last five years? If so how many, what was the total number of acres ...": the
# "how many" that asks no thing of its own, whatever is asked after it)
_ANY_THEN_HOW_MANY = re.compile(r"\bany\s+" + _PHRASE + r"[^.?!]*\?\s*(?:if\s+(?:so|yes),?\s+)?how\s+many\s*"
                                r"(?:\??\s*$|[,;]|(?:and|what)\b)", re.I)


# where the people a question counts are: "are currently on a waiting list", "were in temporary accommodation"
_WHERE_THEY_ARE = re.compile(r"\s*(?:are|were|is|was)\s+(?:(?:currently|still|now|presently)\s+)?(on|in)\s+"
                             r"(?:the\s+|a\s+|an\s+|your\s+|its\s+)?" + _PHRASE, re.I)


# "verbal or written warnings", "fixed or mobile cameras": two kinds of one thing, the thing named once after both
_KINDS_OF = re.compile(r"[ \t]*(or|and|/)[ \t]+([a-z-]{3,})[ \t]+([a-z-]{3,}s)\b", re.I)


# "... did the council own", "... did the council build", "... did the council sell": what was done to the things a
# question counts, which tells apart questions that each ask it of their own things (not what was thought of them:
# "did you estimate", nor had: "did you have")
_DID_VERB = re.compile(r"\s*(?:did|has|have|had)\s+(?:the\s+(?:council|authority)|your\s+(?:council|authority|"
                       r"organisation)|you)\s+(?!(?:have|had|been|got|hold|get|need|know|see|use|estimate|expect|think|"
                       r"consider|believe|plan|intend|want|require|record)\b)([a-z]{3,})\b", re.I)
# the past forms of verbs a request asks with that do not end in "ed"
_IRREGULAR = {"sell": "sold", "buy": "bought", "build": "built", "make": "made", "pay": "paid", "spend": "spent",
              "send": "sent", "lose": "lost", "win": "won", "give": "given", "take": "taken", "find": "found",
              "write": "written", "bring": "brought"}


def _participle(verb: str) -> str:
    """"sell" -> "sold", "own" -> "owned", "issue" -> "issued", "carry" -> "carried"."""
    v = verb.lower()
    if v in _IRREGULAR.values() or v.endswith("ed"):
        return v                # "have you sold", "have you issued": the past form already
    if v in _IRREGULAR:
        return _IRREGULAR[v]
    if v.endswith("e"):
        return v + "d"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ied"
    return v + "ed"


_HOW_MANY_DID = re.compile(r"\bhow\s+many\s+(?:[\w'’-]+\s+){1,3}?" + _DID_VERB.pattern.replace(r"\s*", "", 1), re.I)


def verbs_tell_apart(questions: list[str]) -> bool:
    """Whether a request's questions ask "how many ... did the council <verb>" with two verbs or more ("own",
    "build", "sell"): what was done is then part of each one's thing (see subject_phrase)."""
    verbs = [{m.group(1).lower() for m in _HOW_MANY_DID.finditer(q)} for q in questions]
    return sum(bool(v) for v in verbs) >= 2 and len(set().union(*verbs)) >= 2


def subject_phrase(question: str, with_verb: bool = False) -> str:
    """The thing a question counts or pays for, in its own words ("fly-tipping incidents"), or "". `with_verb`:
    a thing of one word is named with what was done to it ("properties sold"), where the request's questions ask
    of things by what was done to them (`verbs_tell_apart`)."""
    question = re.sub(r"\b[sS]\.\s?\d+[A-Za-z]?\b", " ", question)      # "s.80 EPA noise notices": an Act's section
    any_then = _ANY_THEN_HOW_MANY.search(question)
    if any_then:
        words = _phrase_words(any_then.group(1))
        if words and not all(w.lower() in _GENERIC for w in words):
            return " ".join(words)
    best = None
    for rx in _SUBJECT_RES:
        for m in rx.finditer(question):
            words = _phrase_words(m.group(1))
            kinds = _KINDS_OF.match(question, m.end(1)) if len(words) == 1 and words[0][-1:].lower() != "s" else None
            if kinds and not re.fullmatch(_STOP, kinds.group(2), re.I):
                words = [words[0], kinds.group(1).lower(), kinds.group(2), kinds.group(3)]
            if words and re.fullmatch(r"(?:19|20)\d\d(?:[/-]\d{2,4})?", words[0]):
                continue        # "spent in 2019 on consultants": "in" starts the year, not the thing
            if len(words) == 1 and len(words[0]) <= 2:
                continue        # "Number of s.80 EPA noise notices served": a section's letter, not the thing
            if words and (all(w.lower() in _GENERIC for w in words) or len(words) == 1):
                # "the number of council staff who required sickness absence on mental health grounds", "the
                # number of reports that have resulted in prosecution": which ones is in the clause after them
                # ("the number of instances where costs were paid out to appellants", "the number of cases where a
                # licence was granted": occasions counted are known by what happened in them)
                occasions = re.fullmatch(r"instances?|occasions?|cases?|times", " ".join(words), re.I)
                clause = re.match(r"\s*(?:who|that|which|whom" + (r"|where|when|in\s+which" if occasions else "")
                                  + r")\s+([^,.;:?()\n]{3,80})", question[m.end(1):], re.I)
                if clause:
                    tail = re.split(r"\s+(?:(?:in|during|over|for)\s+(?:the\s+)?(?:each|every|last|past|previous|years?|"
                                    r"financial|calendar|\d+)|between|since|and\s+(?:how|what|the))\b",
                                    clause.group(1), maxsplit=1, flags=re.I)[0].split()[:8]
                    # a capital after the clause's first word starts a sentence run on without its stop
                    cut = next((i for i, w in enumerate(tail) if i and w[:1].isupper()), len(tail))
                    tail = tail[:cut]
                    while occasions and tail and re.fullmatch(r"was|were|is|are|been|be|has|have|had", tail[-1], re.I):
                        tail = tail[:-1]
                    words = words + question[m.end(1):][:clause.start(1)].split() + tail
                elif with_verb and (did := _DID_VERB.match(question, m.end(1))) and words[0].lower() not in _GENERIC:
                    # "How many properties did the council sell through the Right to Buy Scheme": which properties is
                    # what was done to them ("properties sold"; a reply's table of any properties is not them)
                    words = words + [_participle(did.group(1))]
                elif all(w.lower() in _GENERIC for w in words):
                    # "how many people are currently on a waiting list for an allotment site": who they are is
                    # where they are ("people on waiting list"), up to what that place is for
                    place = _WHERE_THEY_ARE.match(question, m.end(1))
                    where = _phrase_words(re.split(r"\s+(?:for|of|to|with|by|managed|run|owned|held|kept)\b",
                                                   place.group(2), maxsplit=1, flags=re.I)[0]) if place else []
                    if where and not all(w.lower() in _GENERIC for w in where):
                        words = words + [place.group(1).lower()] + where
            if words and not all(w.lower() in _GENERIC for w in words):
                if best is None or m.start() < best[0]:
                    best = (m.start(), words)
                break
    if best is None:
        return ""
    return " ".join(best[1])


def _key(phrase: str) -> str:
    k = re.sub(r"[^a-z0-9]+", "_", phrase.lower()).strip("_")
    return (k[:40].rstrip("_") or "subject")


# words whose plural a reply never writes ("lost", "spent", "within"): no optional 's' after them
_NOT_PLURAL = {"lost", "spent", "paid", "sent", "held", "made", "taken", "given", "won", "sold", "bought", "built",
               "left", "within", "without", "above", "below", "present", "previous", "further", "other", "each", "every", "total", "staff", "data",
               "information", "equipment", "software", "hardware", "money", "funding", "expenditure", "income",
               "revenue", "maintenance", "accommodation", "compensation", "advice", "guidance", "evidence",
               "research", "litter", "waste", "rubbish", "furniture", "postage", "insurance", "access"}


def _synonym(words: list[str]) -> str:
    """A pattern for a phrase: words in order, any spacing or hyphen between them, the last word's plural
    optional."""
    parts = []
    for i, w in enumerate(words):
        w = w.lower().strip("'’")
        esc = re.escape(w).replace(r"\-", "[- ]?")
        if i == len(words) - 1 and re.fullmatch(r"[a-z]{3,}", w) and not re.search(r"(?:ing|ed|ly|ful|ous|al|ive)$", w) \
                and w not in _NOT_PLURAL:
            if w.endswith("ies"):
                esc = re.escape(w[:-3]) + "(?:y|ies)"
            elif re.search(r"[^aeiou]y$", w):
                esc = re.escape(w[:-1]) + "(?:y|ies)"       # "policy", "policies" (never "policys")
            elif w.endswith("s") and not w.endswith("ss"):
                esc = re.escape(w[:-1]) + "s?"
            else:
                esc = esc + "s?"
        parts.append(esc)
    return r"\s*".join(parts) if len(parts) == 1 else r"[\s-]*".join(parts)


def synonyms_for(phrase: str) -> list[str]:
    words = phrase.split()
    out = [_synonym(words)]
    if len(words) >= 3 and re.fullmatch(r"where|when|in", words[1], re.I) \
            and re.fullmatch(r"instances?|occasions?|cases?|times", words[0], re.I):
        # "instances where costs were paid out to appellants": a reply heads the count with the occasions' noun
        # ("Number of instances"); the clause's last words are no name of anything
        return out + [_synonym(words[:1])]
    content = [w for w in words if w.lower() not in _GENERIC and not re.fullmatch(r"of|for|on|to|in|the|and", w, re.I)
               and not re.fullmatch(r"that|which|who|whom|have|has|had|were|was|been|be|is|are", w, re.I)]
    # the head words alone ("FPNs" for "FPNs for littering"; "incidents" is too general on its own)
    if len(content) >= 2:
        tail = content[-2:]
        if " ".join(tail).lower() != phrase.lower():
            out.append(_synonym(tail))
        head = [content[0]]
        if head[0].isupper() and len(head[0]) >= 3:        # an acronym: FPNs, PCNs, EV
            out.append(_synonym(head))
    # "verbal or written warnings", "gritting or salting runs": each kind with the thing's name
    if len(words) == 4 and words[1].lower() in ("or", "/") and re.search(r"[^s]s$", words[3], re.I):
        out += [_synonym([words[0], words[3]]), _synonym([words[2], words[3]])]
    # "computers and laptops", "handsets and bills": things named together are counted apart in a reply's table
    # (not under a head noun before "of"/"for": "Installation of lights and decorations" counts installations, and
    # "lights" alone would take another subject's rows, "Christmas lights")
    for i, w in enumerate(words):
        if w.lower() == "and" and 0 < i < len(words) - 1 \
                and not any(x.lower() in ("of", "for") for x in words[1:i]):
            for item in (words[i - 1], words[i + 1]):
                if re.fullmatch(r"[A-Za-z]{4,}", item) and re.search(r"[^s]s$", item, re.I) \
                        and item.lower() not in _GENERIC:
                    out.append(_synonym([item]))
    return list(dict.fromkeys(out))


# --- the categories a question names ----------------------------------------------------------------------

# "such as:", "e.g.", "for example", "including": the request names the categories it wants the figure split by
_EXAMPLES_LEAD = re.compile(r"(?:\b(?:such\s+as|for\s+example|for\s+instance|including)\b|\be\.?\s?g\b\.?)[:\s]*", re.I)
# where a list run on in a sentence ends: "laptops, tablets or phones were bought" lists three things
_ITEM_TAIL = re.compile(r"\s+(?:were|was|is|are|have|has|had|did|do|does|been|will|would|which|that|who|in|during|"
                        r"since|from|between|issued|bought|purchased|received|made|held|used)\b.*$", re.I)
_ITEM_EDGE = re.compile(r"^(?:e\.?\s?g\.?|i\.?\s?e\.?|such\s+as|for\s+example|including|and|or|the|a|an|for|of|by|"
                        r"split(?:\s+by)?|broken\s+down\s+by|by)\s+|"
                        r"(?:\s*,?\s*\betc\b\.?|\s+and\s+so\s+on|[.?!:;,]+)$", re.I)
_NOT_AN_ITEM = re.compile(r"^(?:other|others|any|all|none|n/?a|yes|no|if\s+\w+.*|where\s+\w+.*|"
                          r"(?:if|where|when)\s+(?:possible|available|recorded|known|applicable))$", re.I)


_HOW_MANY_WERE = re.compile(r"\bhow\s+many\s+(?:of\s+(?:these|them|those)\s+)?(?:were|are|was|is)\s+([^,;:?.()]{2,60}?)"
                            r"(?=\s*(?:[,;?.]|\s+and\s+how\b|$))", re.I)


def _raw_span(request: str, words: str) -> str:
    """The request's own text of a question whose words were joined onto one line: with its line breaks, where
    a list of categories one to a line is told apart."""
    toks = words.split()
    if not toks:
        return ""
    m = re.search(r"\s+".join(re.escape(t) for t in toks[:400]), request)
    return m.group(0) if m else words


def _items(chunk: str, by_line: bool) -> list[str]:
    parts = chunk.split("\n") if by_line else re.split(r"\s*(?:,|;|/|\bor\b|\n)\s*", chunk)
    out = []
    for part in parts:
        item = re.sub(r"^[ \t>*•▪●◦·-]+", "", part).strip()
        item = item.rsplit(":", 1)[-1].strip()       # "everything: hardware": the item after its lead-in
        if not by_line:
            item = _ITEM_TAIL.sub("", item)
        for _ in range(3):
            item = _ITEM_EDGE.sub("", item).strip()
        words = item.split()
        if not re.search(r"[A-Za-z£%]", item):
            continue        # "(2016/2017 - 2021/2022)": years, not categories
        if re.search(r"\b(?:19|20)\d\d\b", item):
            continue        # "(broken down by month for the years 2016, 2017, 2018 and 2019 to date)": periods
        if not 1 <= len(words) <= (8 if by_line else 5) or len(item) < 3 or _NOT_AN_ITEM.match(item) or "?" in item:
            continue
        if not re.search(r"\d", item) and all(_FILLER.match(w) or w.lower() in _GENERIC
                                               for w in re.findall(r"[A-Za-z]+", item)):
            continue
        out.append(item)
    return out if len(out) >= 2 else []


def examples_in(raw: str) -> list[str]:
    """The categories a question names for its figure to be split by, in its own words: a list one to a line
    after "such as:", or the items in brackets ("(e.g. house / flat)", "(temp, emergency, bed and breakfast
    etc)") or after "such as" in the sentence. A reply's table or list usually names its rows the same way."""
    out: list[str] = []
    lines = raw.split("\n")
    for i, line in enumerate(lines):
        if line.rstrip().endswith(":") or _EXAMPLES_LEAD.search(line.rstrip()[-20:] if line.strip() else "~"):
            below = []
            for nxt in lines[i + 1:]:
                if not nxt.strip() or len(nxt.split()) > 8 or re.search(r"[.?]\s*$", nxt.strip()):
                    break
                below.append(nxt)
            if len(below) >= 2:
                out += _items("\n".join(below), by_line=True)
    flat = re.sub(r"\s+", " ", raw)
    # "Of these devices, how many were laptops, how many were tablets and how many were 4G hotspot devices?"
    each = [m.group(1) for m in _HOW_MANY_WERE.finditer(flat)]
    if len(each) >= 2:
        out += _items("\n".join(each), by_line=True)
    for m in re.finditer(r"\(([^()]{3,200})\)", flat):
        inner = m.group(1)
        lead = _EXAMPLES_LEAD.search(inner)
        if lead and re.search(r"[,/;]|\bor\b", inner[lead.end():]):
            inner = inner[lead.end():]          # "(banded if necessary, e.g. 6-12 months, 1-2 years ...)"
        if re.search(r"[,/;]|\bor\b", inner):
            out += _items(inner, by_line=False)
    for m in _EXAMPLES_LEAD.finditer(flat):
        if flat[:m.start()].count("(") > flat[:m.start()].count(")"):
            continue        # inside brackets: read above
        rest = re.split(r"[.?!)(]|\s-\s|\bif\b|\bwhere\b", flat[m.end():], maxsplit=1)[0]
        if re.search(r"[,/;]|\bor\b", rest):
            out += _items(rest, by_line=False)
    return list(dict.fromkeys(out))


def _example_synonym(item: str, head: str = "") -> str:
    """A pattern for a named category: its words in order, any spacing, a dash of either kind in a band
    ("6–12 months", "1-2 years"), the last word's plural optional; the last word itself optional where it is
    the counted thing's own noun (`head`): "lone-parent households" is a row "Lone Parent" under "households"."""
    words = re.findall(r"[^\s]+", item.lower().strip("'’\"“”"))
    parts = []
    for i, w in enumerate(words):
        if w in _NUMBER_WORDS:
            parts.append(f"(?:{w}|{_NUMBER_WORDS[w]})")       # "one year" is written "1 year" as often
            continue
        pieces = [re.escape(x) for x in re.split(r"[-–—]", w)]
        esc = r"\s*[-–—]\s*".join(pieces) if len(pieces) > 1 and all(x.isdigit() for x in re.split(r"[-–—]", w) if x) \
            else r"[-–—\s]?".join(pieces)
        if i == len(words) - 1 and re.fullmatch(r"[a-z]{3,}", w) and not re.search(r"(?:ing|ed|ss)$", w):
            esc = (re.escape(w[:-3]) + "(?:y|ies)" if w.endswith("ies") else re.escape(w[:-1]) + "(?:y|ies)"
                   if re.search(r"[^aeiou]y$", w) else re.escape(w[:-1]) + "s?" if w.endswith("s") else esc + "s?")
        parts.append(esc)
    if head and len(parts) >= 2 and words[-1].rstrip("s") == head.lower().rstrip("s"):
        return r"\s*".join(parts[:-1]) + rf"(?:\s*{parts[-1]})?"
    return r"\s*".join(parts)


# --- the draft ----------------------------------------------------------------------------------------------

@dataclass
class Draft:
    name: str
    title: str
    periods: list[DraftPeriod]
    subjects: dict[str, list[str]]           # key -> synonyms
    subject_labels: dict[str, str]
    questions: list[DraftQuestion]
    notes: list[str]


# the figure the question before asks, asked again broken down: "Can you give the above figure broken down by year?",
# "Please provide these figures split by month"
_FIGURE_AGAIN = re.compile(r"\b(?:this|these|that|those|the\s+above|the\s+same)\s+(?:figures?|numbers?|totals?|data)\b"
                           r"[^.?;]{0,40}?\b(?:broken\s+down|split|(?:by|per|for\s+each)\s+(?:year|month|quarter|week|"
                           r"financial\s+year|calendar\s+year))\b", re.I)


# a stem that only leads into the fields asked of each thing: "provide the following information about each ...:",
# "for each provide:", "Information to include:", "corresponding rows for:"
_LEAD_IN = re.compile(r"\bthe\s+following\s+(?:information|details|data)\b[^.?;]*:?\s*$|\bfor\s+each\s+(?:one\s+)?(?:please\s+)?"
                      r"(?:provide|give|state|list|include)\s*:?\s*$|\b(?:information|details)\s+to\s+include\s*[:;]?\s*$|"
                      # "Could you then provide corresponding rows for:" over "• cost of clean up after removal"
                      r"\b(?:rows?|columns?|fields?|headings?)\s+(?:for|on|of|showing)\s*:?\s*$", re.I)


# "3. Can you also provide what type of accommodation they are in": the things of the question before, so its
# periods too
_THEY = re.compile(r"\b(?:they|them|these|those)\b(?!\s+(?:years?|periods?|months?))", re.I)


# "how often each public toilet is cleaned", "how frequently are the bins emptied": what is done, so often
_HOW_OFTEN_DONE = re.compile(r"\bhow\s+(?:often|frequently)\b[^.?!]{0,60}?\b(?:is|are|was|were|gets?|being)\s+([a-z]{3,}ed)\b",
                             re.I)


# "Of those mentioned in 1. above, how many have been withdrawn": what was done to them names them in a reply ("3
# notices withdrawn as ...")
# "Are any of these waiting lists closed to further applications?": a reply says what is so of them, or that none
# is ("No sites closed")
_ANY_DONE = re.compile(r"\b(?:are|were|is|was)\s+any\s+(?:of\s+(?:these|those|them|the)\s+)?(?:[a-z-]+\s+){0,3}?"
                       r"([a-z]{3,}ed)\b", re.I)
_HOW_MANY_DONE = re.compile(r"(?:\bhow\s+many\s+(?:of\s+(?:these|those|them)\s+)?|\bnumber\s+of\b[^.?!;]{0,60}?\b(?:which|that|who)\s+)"
                            r"(?:have|has|had|were|was|are|is)\s+(?:been\s+)?([a-z]{3,}(?:ed|en|wn)|paid|sold|(?:up|with)?held|lost|won|made|found|"
                            r"bought|sent)\b", re.I)


# a band of time as a request writes one: "6–12 months", "1-2 years", "5+ years", "over 10 years"
_TIME_BAND = re.compile(r"(?:\d+\s*(?:days?|weeks?|months?|years?|yrs?)?\s*(?:-|–|—|to)\s*\d+|\d+\s*\+|(?:over|under|more than|"
                        r"less than|up to)\s+\d+)\s*(?:days?|weeks?|months?|years?|yrs?)\s*\+?", re.I)
# any such band as a reply writes it: "6 months to 2 years", "2-5 years", "5+ years", "10 years or more"
_ANY_TIME_BAND = (r"\d+\s*(?:days?|weeks?|months?|years?)?\s*(?:-|–|—|to)\s*\d+\s*(?:days?|weeks?|months?|years?)|"
                  r"\d+\s*\+\s*(?:days?|weeks?|months?|years?)|\d+\s*(?:days?|weeks?|months?|years?)\s*(?:\+|or\s+more|and\s+over)")


# a sentence after a list's last period that says only how its figures are to be given ("d. 2020-2021. Please
# provide a figure against each year."): said of the whole list, so the part still names only its period
_FORMAT_NOTE = re.compile(r"(?<=[.;:])\s+(?:please\s+)?(?:provide|give|show|ensure|list|break|split)\b[^.?!]{0,60}?"
                          r"\b(?:(?:each|every|per|by)\s+(?:financial\s+|calendar\s+)?(?:year|month|quarter|period)|"
                          r"separately|monthly|annually|yearly)\b[^.?!]{0,40}[.!]?\s*$", re.I)


# "a. If so how many, what was the total number of acres ...": a part that counts what its question asked about
_IF_SO_HOW_MANY = re.compile(r"\s*if\s+(?:so|yes)\b,?\s*how\s+many\b(?!\s+(?:of\s+)?[a-z]{3,}\s+(?:were|are|was|is|have|has|had)\b)",
                             re.I)
# "Have you sold any farms in the last five years?": the things asked about, and what was done to them
_DONE_TO_ANY = re.compile(r"\b(?:have|has|had|did)\s+(?:you|the\s+council|your\s+(?:council|authority|organisation))\s+"
                          r"(?:ever\s+)?([a-z]{3,}ed|sold|bought|built|made|lost|closed|let|granted)\s+any\s+" + _PHRASE, re.I)


def _asked_of_any(text: str) -> str:
    """What a question asks whether anything was done to ("Have you sold any farms ...?"): the things and what was
    done ("farms sold"), or ""."""
    m = _DONE_TO_ANY.search(text)
    words = _phrase_words(m.group(2)) if m else []
    if not words or all(w.lower() in _GENERIC for w in words):
        return ""
    return " ".join(words + [m.group(1).lower()])


def draft_survey(request: str, name: str, *, title: str = "", asked_on: dt.date | None = None,
                 today: dt.date | None = None) -> Draft:
    """``asked_on``: the day the request was sent, when known; otherwise "the last three years" count back from
    ``today`` (default: the calendar's), and the draft says so for the journalist to check."""
    dated = asked_on is not None
    asked_on = asked_on or today or dt.date.today()
    notes: list[str] = []
    pairs, renamed = _loadable_ids(split_questions(request))
    notes += renamed
    if not pairs:
        raise ValueError("the request has no question the draft can find: write the survey's [[questions]] by hand")
    if len(pairs) > 99:
        # a survey numbers its questions 1 to 99; text that splits into more is not one request's questions
        notes.append(f"the request split into {len(pairs)} questions: only the first 99 are drafted")
        pairs = pairs[:99]
    first_q = request.find(pairs[0][2][:30]) if pairs else -1
    preamble = request[:first_q] if first_q > 0 else ""
    named = [p.last for p in find_periods(request) if p.kind in ("financial_year", "year", "academic_year")]
    latest = max(named) if named else None
    shared = periods_in(preamble, asked_on, dated=dated, latest=latest) if preamble else []
    shared = years_restated(preamble, request[len(preamble):]) or shared
    if (listed_at := periods_after(request)) > 0 and not shared:
        # the periods listed after the questions for all of them ("Please provide all this information for the
        # following years" over "1. Christmas 2015" ...) are the request's, as a preamble's are
        shared = periods_in(request[listed_at:], asked_on, dated=dated, latest=latest)
    all_periods: dict[str, DraftPeriod] = {p.label: p for p in shared}
    subjects: dict[str, list[str]] = {}
    labels: dict[str, str] = {}
    questions: list[DraftQuestion] = []
    # what each question says is done to the things it counts ("how many have been withdrawn"): a synonym only
    # where one question says it ("how many were placed ..." asked for two periods tells neither apart)
    done_verbs = [m.group(1).lower() for _, _, own in pairs
                  for m in (_HOW_OFTEN_DONE.search(own) or _HOW_MANY_DONE.search(own) or _ANY_DONE.search(own),) if m]
    # a question's lettered parts that name only a period ("3. How many FTE ... at the end of each of the financial
    # years: a) 2022-23, b) 2023-24 ..."): each asks the stem's question for its own period, so they share the
    # subject the stem names (by the question's number)
    period_keys: dict[str, str] = {}
    spelled: dict[str, list[str]] = {}      # "the last five years (2017 - 2022)": "five" -> those years' labels
    # things of one word named by what was done to them, where that tells the request's questions apart (not a thing
    # another question names alike, "How many FPNs did you issue" beside "How many of the FPNs issued were paid?":
    # the other would take its bare name)
    by_verb = verbs_tell_apart([own for _, _, own in pairs])
    plain = [subject_phrase(own).lower() for _, _, own in pairs] if by_verb else []
    # the questions a part after them asks "if so, how many" of: the part counts the things the question asked about
    followed_up = {re.match(r"\d*", qid).group(0) for qid, _, own in pairs
                   if not qid.isdigit() and _IF_SO_HOW_MANY.match(own)}
    for qid, qtext, own_words in pairs:
        q = DraftQuestion(qid, qtext)
        before = questions[-1].periods if questions else []
        period_part = not qid.isdigit() and own_words != qtext and qtext.endswith(own_words) \
            and only_periods(_FORMAT_NOTE.sub("", own_words))
        if period_part:
            part_words, own_words = own_words, qtext[:len(qtext) - len(own_words)].strip()
            # (read in the whole question, where a bare "2010," is a year of "the following years: 2010,")
            whole = periods_in(qtext, asked_on, shared, dated=dated, latest=latest)
            own = [p for p in whole if p.label in part_words] or whole
        elif before and (_BACK_REF.search(qtext) or _THEY.search(own_words)) \
                and not find_periods(plain_years(own_words)):
            # "in each year referred to above", "over the same period": the periods of the question before
            own = [all_periods[label] for label in before]
        elif (last_n := _LAST_N.search(qtext)) and last_n.group(1).lower() in spelled \
                and not re.search(r"\b(?:19|20)\d\d\b", qtext):
            # "... over the last five years (2017 - 2022)?" then "... for each of the past five years?": the years
            # the request spelled out for the same count of years
            own = [all_periods[label] for label in spelled[last_n.group(1).lower()]]
        else:
            own = periods_in(qtext, asked_on, shared, dated=dated, latest=latest)
        # a period the request wrote two ways ("2022 to date", "2022 (to date, if possible)") is one period
        own = [next((a for a in all_periods.values() if (a.start, a.end) == (p.start, p.end)), p) for p in own]
        for p in own:
            all_periods.setdefault(p.label, p)
        q.periods = list(dict.fromkeys(p.label for p in own))
        if (last_n := _LAST_N.search(qtext)) and (years := re.match(r"\s*(?:\(\s*(?:19|20)\d\d\b[^()\n]{0,120}\)|(?:19|20)\d\d\b[^()\n.?;]{0,40})",
                                                                 qtext[last_n.end():])):
            said = [p.label for p in periods_in(qtext[last_n.start():last_n.end() + years.end()], asked_on, None,
                                                 dated=dated, latest=latest)]
            if said and all(label in q.periods for label in said):
                spelled.setdefault(last_n.group(1).lower(), said)
        stem = qtext[:len(qtext) - len(own_words)] if own_words != qtext and qtext.endswith(own_words) else ""
        # "... the following information about each planning appeal cost award ...:" over "- Date of cost award
        # decision", "- Amount of sum negotiated (£)": a lead-in to the fields of a record, each asking its own measure
        # (the stem's "each ... cost award" asks no price of a date)
        # (a field with no measure words of its own takes a count the stem asks: "the number of complaints received
        # for the following categories:" over "Vibration")
        field = measures_for(own_words) if stem and _LEAD_IN.search(stem) else None
        q.measures, note = field if field and (not field[1] or not _COUNT_ASKED.search(stem)) else measures_for(qtext)
        if note:
            q.notes.append(note)
        group = re.match(r"\d*", qid).group(0)
        if questions and qid.isdigit() and _FIGURE_AGAIN.search(own_words) and not _COUNT_ASKED.search(own_words) \
                and (note or set(q.measures) <= set(questions[-1].measures)):
            # "2. Can you give the above figure broken down by year?": the question before's thing, asked again by
            # its parts (its own periods where it names them, else the question before's)
            q.subject = questions[-1].subject
            q.periods = q.periods or list(questions[-1].periods)
            q.measures = list(questions[-1].measures)
            q.notes = [n for n in q.notes if n != note]
            questions.append(q)
            continue
        if questions and questions[-1].id == group and group in followed_up and _IF_SO_HOW_MANY.match(own_words):
            # "4. Have you sold any farms in the last five years?" over "a. If so how many, what was the total number
            # of acres ...": the farms sold, counted, measured and summed
            q.subject = questions[-1].subject
            questions.append(q)
            continue
        if period_part and group in period_keys:
            q.subject = period_keys[group]
            questions.append(q)
            continue
        band = _band_part(qtext, own_words)
        these = _these_ones(own_words, questions, labels)
        asked_of = _asked_of_any(own_words) if qid in followed_up or _ANY_THEN_HOW_MANY.search(own_words) else ""
        told_apart = by_verb and plain.count(subject_phrase(own_words).lower()) == 1
        done_to = asked_of or (subject_phrase(own_words, True) if told_apart else "")
        phrase = band or asked_of or _part_subject(qtext, own_words) or these[0] \
            or subject_phrase(own_words, told_apart) \
            or _noun_phrase(own_words) or _lead_name(qtext, own_words) or subject_phrase(qtext)
        if not phrase:
            phrase = _requested_thing(qtext) or _content_words(qtext) or _any_words(qtext)
            q.notes.append("no counted thing found in the wording: the subject is a guess from its words")
        unnamed = not phrase
        phrase = phrase or f"question {qid}"
        key = _key(phrase)
        clash = lambda k: k in subjects and any(o.subject == k and set(o.measures) & set(q.measures)  # noqa: E731
                                                for o in questions)
        apart = ""
        if clash(key):
            # the same thing asked twice with the same measure ("FPNs issued", "FPNs issued ... were paid"):
            # told apart by the question's last verb, else by its number; its synonyms are the words that tell it
            # from the earlier question ("... were related to parking offences", "... were paid in full"), since
            # the thing's own name is the earlier one's too
            family = " ".join(o.text for o in questions if o.subject == key or o.subject.startswith(f"{key}_"))
            # (only for questions of their own, and parts that ask their own count, "a. How many housing units have
            # been granted planning permission": a question's other lettered parts share its thing, as the stem says)
            apart = _words_apart(own_words, family) \
                if qid.isdigit() or period_part or re.match(r"\W*how\s+many\b", own_words, re.I) else ""
            if apart and _synonym(apart.split()) in {x for syns in subjects.values() for x in syns}:
                apart = ""
            verbs = re.findall(r"\b(issued|paid|received|reported|cancelled|appealed|collected|purchased|bought|"
                               r"created|installed|prosecuted|withdrawn|overturned|upheld|refunded|written off)\b",
                               qtext, re.I)
            with_verb = f"{key}_{verbs[-1].lower().replace(' ', '_')}" if verbs else ""
            key = with_verb if with_verb and not clash(with_verb) else f"{key}_q{qid}"
            q.notes.append(f"the same thing as an earlier question with the same measure: subject '{key}'")
        subjects.setdefault(key, [] if unnamed else [_example_synonym(band)] if band else
                            [_synonym(apart.split())] if apart else synonyms_for(phrase))
        if done_to and phrase == done_to != subject_phrase(own_words) \
                and (done_first := _synonym(done_to.split()[-1:] + done_to.split()[:-1])) not in subjects[key]:
            subjects[key] = subjects[key] + [done_first]      # (a reply says it first: "we have sold two farms")
        if these[1] and these[1] not in subjects[key]:
            subjects[key] = subjects[key] + [these[1]]
        # the categories the question names ("such as: Unoccupied & furnished ...", "(e.g. house / flat)") are
        # how a reply names its rows: each is a synonym of the question's subject, unless another subject has it
        taken = {syn for k, syns in subjects.items() if k != key for syn in syns}
        head = phrase.split()[-1] if phrase.split() else ""
        items = examples_in(_raw_span(request, own_words))
        named_items = [syn for syn in (_example_synonym(i, head) for i in items) if syn not in subjects[key]]
        if named_items:
            subjects[key] = subjects[key] + named_items
            q.notes.append(f"the {len(named_items)} categories it names are synonyms of subject '{key}'")
        if sum(bool(_TIME_BAND.fullmatch(i.strip())) for i in items) >= 2 and _ANY_TIME_BAND not in subjects[key]:
            # "(banded if necessary, e.g. 6–12 months, 1–2 years, 2–5 years, 5+ years)": a reply bands time its
            # own way ("6 months to 2 years", "2-5 years"): any band of months or years is one of this question's
            subjects[key] = subjects[key] + [_ANY_TIME_BAND]
        done = _HOW_OFTEN_DONE.search(own_words) or _HOW_MANY_DONE.search(own_words) or _ANY_DONE.search(own_words)
        if done and _synonym([done.group(1)]) not in {x for syns in subjects.values() for x in syns} \
                and done_verbs.count(done.group(1).lower()) == 1:
            # "How often each public toilet is cleaned": a reply says what is done and how often ("Eaton Place -
            # cleaned 6 days a week"), not always the thing's name
            subjects[key] = subjects[key] + [_synonym([done.group(1)])]
        labels.setdefault(key, phrase[:1].upper() + phrase[1:])
        q.subject = key
        if period_part:
            period_keys[group] = key
        questions.append(q)
    if not all_periods:
        notes.append("no period found in the request: add [periods] if it asks for years")
    for key, syns in subjects.items():
        if not syns:
            # a survey whose subject has no synonym does not load: the subject's own name is the guess
            subjects[key] = [_synonym(labels.get(key, key).split()) if labels.get(key) else re.escape(key)]
            notes.append(f"subject '{key}' had no words of its own to match: its synonym is its name, a guess")
    _add_heads_of(subjects, labels)
    _add_part_nouns(subjects, labels, questions, {qid: own for qid, _, own in pairs})
    _add_statistics(subjects, labels)
    _add_money_words(subjects, labels, questions)
    _add_outcomes(subjects, questions)
    _add_done_nouns(subjects, questions)
    title = title or _title(request, name)
    return Draft(name, title, list(all_periods.values()), subjects, labels, questions, notes)


# an id the survey loader takes (reader/survey.py): "1", "12", "1a"
_LOADABLE_ID = re.compile(r"[0-9]{1,2}[a-z]?")


def _loadable_ids(pairs: list[tuple[str, str, str]]) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Every question with an id the loader takes, once: a draft must always load. An id split out as a part of a
    part ("1ba") or said twice becomes the next free letter under its number (else the next free number), and
    the draft says so."""
    used = {qid for qid, _, _ in pairs if _LOADABLE_ID.fullmatch(qid)}
    seen: set[str] = set()
    out, notes = [], []
    for qid, text, own in pairs:
        if _LOADABLE_ID.fullmatch(qid) and qid not in seen:
            seen.add(qid)
            out.append((qid, text, own))
            continue
        number = re.match(r"[0-9]{0,2}", qid).group(0) or "1"
        free = next((f"{number}{c}" for c in "abcdefghijklmnopqrstuvwxyz" if f"{number}{c}" not in used | seen), None)
        free = free or next(str(n) for n in range(1, 1000) if str(n) not in used | seen)
        notes.append(f"question '{qid}' numbered {free}, an id a survey can hold: check")
        seen.add(free)
        out.append((free, text, own))
    return out, notes


def _words_apart(text: str, other: str) -> str:
    """The longest run of a question's words that the other questions about the same thing do not use ("parking
    offences", "paid in full"): two content words or more, with the short joining words between them; "" when
    they differ only in filler (their periods, "the following") or in one word ("new", "monthly")."""
    said = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", other)}
    tokens = re.findall(r"[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]+", text)
    best: list[str] = []
    run: list[str] = []
    for t in tokens + ["."]:
        w = t.lower()
        new = re.fullmatch(r"[A-Za-z][A-Za-z'’-]{2,}", t) and w not in said and not _FILLER.match(t) \
            and w not in _STOP_WORDS
        if new:
            run.append(t)
        elif run and w in _JOINING and re.fullmatch(r"[a-z]+", w):
            run.append(t)
            continue
        else:
            while run and run[-1].lower() in _JOINING:
                run.pop()
            if len([x for x in run if x.lower() not in _JOINING]) > len([x for x in best if x.lower() not in _JOINING]):
                best = run
            run = []
    content = [x for x in best if x.lower() not in _JOINING]
    return " ".join(best) if 2 <= len(content) and len(best) <= 6 else ""


_STOP_WORDS = {"were", "was", "is", "are", "been", "being", "related", "relating", "regarding", "organisation",
               "organization", "local", "area", "please"}


def _add_heads_of(subjects: dict[str, list[str]], labels: dict[str, str]) -> None:
    """"suppliers of senior interims", "claims for compensation": the head noun before its "of" or "for" is what a
    reply's list heads ("the top five suppliers were"); a synonym of the subject where no other subject of the
    survey has the same head, so it tells the two apart."""
    heads: dict[str, list[str]] = {}
    for key, label in labels.items():
        words = label.split()
        if len(words) >= 3 and words[1].lower() in ("of", "for") and re.fullmatch(r"[A-Za-z]{4,}[^s\W]s", words[0]) \
                and words[0].lower() not in _GENERIC and not _FILLER.match(words[0]) and subjects.get(key):
            heads.setdefault(words[0].lower(), []).append(key)
    taken = {syn for syns in subjects.values() for syn in syns}
    others = " ".join(label.lower() for label in labels.values())
    for head, keys in heads.items():
        syn = _synonym([head])
        if len(keys) == 1 and syn not in taken and others.count(head) == 1:
            subjects[keys[0]].append(syn)


def _add_part_nouns(subjects: dict[str, list[str]], labels: dict[str, str], questions: list,
                    own: dict[str, str]) -> None:
    """"How many allotment a) sites and b) plots do you have ...?": a lettered part that names its thing by the noun
    alone, the stem saying which kind, is answered the same way ("b) plots ... 287 full plots"): the noun alone is a
    synonym of the part's subject ("Allotment plots"), where no subject named otherwise has it."""
    for q in questions:
        words = labels.get(q.subject, "").split()
        first = re.match(r"\s*([A-Za-z]+)", own.get(q.id, ""))
        if not re.fullmatch(r"\d+[a-z]", q.id) or len(words) < 2 or first is None \
                or first.group(1).lower() != words[-1].lower() or words[-1].lower() in _GENERIC \
                or not re.fullmatch(r"[a-z]{3,}[^s\W]s", words[-1].lower()):
            continue
        syn = _synonym([words[-1]])
        if syn in subjects[q.subject] or any(
                labels.get(k, "").lower() != labels[q.subject].lower() and any(re.fullmatch(p, words[-1], re.I)
                                                                               for p in syns)
                for k, syns in subjects.items()):
            continue
        subjects[q.subject].append(syn)


# a figure that is one of a set's statistics: "the highest amount paid out", "the average compensation payout",
# "the shortest length of time": a reply heads its row with that word ("Highest Payout", "Average Payout")
_STATISTIC = re.compile(r"^(?:highest|lowest|average|mean|median|maximum|minimum|largest|smallest|biggest|shortest|"
                        r"longest)$", re.I)


def _add_statistics(subjects: dict[str, list[str]], labels: dict[str, str]) -> None:
    """A subject named by a statistic ("Average compensation", "Highest paid") has that word as a synonym of its
    own where no other subject's name has it: it is how the reply's row for it starts. Only a name that starts
    with it: "contingency staff and the longest ..." is not the longest of anything."""
    words = {key: [w.lower() for w in label.split()] for key, label in labels.items()}
    for key, label_words in words.items():
        stat = label_words[0] if label_words and _STATISTIC.match(label_words[0]) else None
        if not stat or not subjects.get(key) or any(stat in ws for k, ws in words.items() if k != key):
            continue
        syn = re.escape(stat)
        if syn not in subjects[key]:
            subjects[key].append(syn)


# the words a reply heads a column or line of money with: what was spent, or what came in
_SPEND_WORDS = r"(?:spen[dt]|spending|costs?|expenditure)"
_INCOME_WORDS = r"(?:income|revenue|receipts?|amount\s+(?:paid|received|collected))"
_INCOME_ASKED = re.compile(r"\b(?:income|revenue|receipts?|received|collected|raised|generated|fines?\s+(?:paid|levied)|"
                           r"fees?\s+paid)\b", re.I)
# (not the cost limit a request mentions: "if fulfilling the full request would exceed the cost limit")
_SPEND_ASKED = re.compile(r"\b(?:spend|spent|spending|costs?(?!\s+(?:limit|threshold|ceiling))|expenditure|paid\s+(?:to|for))\b",
                          re.I)


def _add_money_words(subjects: dict[str, list[str]], labels: dict[str, str], questions: list) -> None:
    """The one sum of money a survey asks ("Total amount spent.", "what the income was to TfL from fines"): a
    reply heads it with its own money words ("costs per financial year", "Amount Paid", "Expenditure"), so those
    of its kind (spent, or came in) are its subject's synonyms; with two sums or more, they would not tell them
    apart."""
    asked = [q for q in questions if "total_cost_gbp" in q.measures]
    keys = {q.subject for q in asked}
    if len(keys) != 1:
        return
    key = keys.pop()
    if any(q.subject == key and "total_cost_gbp" not in q.measures for q in questions):
        return
    text = " ".join(q.text for q in asked)
    income, spend = _INCOME_ASKED.search(text), _SPEND_ASKED.search(text)
    words = _INCOME_WORDS if income and not spend else _SPEND_WORDS if spend and not income else ""
    if words and words not in subjects[key]:
        subjects[key].append(words)


# the two outcomes a question asks a breakdown by ("claims upheld and declined", "successful and unsuccessful
# appeals"), and the words a reply writes each with ("Successful claims", "Claims rejected")
_WON = r"(?:successful|upheld|accepted|approved|granted|allowed|settled)"
_LOST = r"(?:unsuccessful|declined|rejected|refused|dismissed|repudiated|denied)"
_OUTCOME_PAIR = re.compile(rf"\b(?P<n1>[a-z]{{3,}}s)\s+{_WON}\s+(?:and|or|/)\s+(?:(?:those|the\s+number|how\s+many)\s+)?"
                           rf"{_LOST}\b|\b{_WON}\s+(?:and|or|/)\s+{_LOST}\s+(?P<n2>[a-z]{{3,}}s)\b", re.I)


# "b. How many of these applications were successful?": the part of what the question before counts that is in the
# state it names (a state, not a kind: "how many of these were laptops" names kinds, see _HOW_MANY_WERE)
_OF_THESE = re.compile(r"[^\w]*(?:\(?\w{1,2}[.)]\s+)?how\s+many\s+of\s+(?:these|those|them)\s+(?P<noun>(?:[a-z][\w-]*\s+){0,2}?)"
                       r"(?P<verb>were|are|was|is|have\s+been|has\s+been|had\s+been)\s+"
                       r"(?P<state>[a-z]+(?:ed|ful)|upheld|paid|won|lost|withdrawn|overturned|granted)\s*\??\s*$", re.I)


def _these_ones(own: str, questions: list, labels: dict[str, str]) -> tuple[str, str]:
    """The thing a question about some of the last question's things counts ("blue badge applications were
    successful"), and the words a reply's table heads them with, the state first ("Successful Applications"); or
    ("", "")."""
    m = _OF_THESE.match(own)       # (the question's whole: "..., and how many of these were approved?" is its own)
    before = labels.get(questions[-1].subject, "").lower() if questions else ""
    noun = m.group("noun").split() if m else []
    if m is None or not before or noun and not re.search(r"\b" + re.escape(noun[-1].lower().rstrip("s")), before):
        return "", ""
    verb, state = " ".join(m.group("verb").lower().split()), m.group("state").lower()
    head = noun[-1] if noun else before.split()[-1]
    return f"{before} {verb} {state}", _synonym([state, head])


def _add_outcomes(subjects: dict[str, list[str]], questions: list) -> None:
    """"the breakdown of claims upheld and declined": a reply heads its rows with either outcome, in its own
    words and either order ("Successful claims", "Claims rejected"); those are synonyms of the question's subject
    where no other subject has them."""
    taken = {syn for syns in subjects.values() for syn in syns}
    for q in questions:
        m = _OUTCOME_PAIR.search(q.text)
        if m is None or not subjects.get(q.subject):
            continue
        noun = _synonym([m.group("n1") or m.group("n2")])
        for syn in (rf"{_WON}\s+{noun}", rf"{noun}\s+{_WON}", rf"{_LOST}\s+{noun}", rf"{noun}\s+{_LOST}"):
            if syn not in taken:
                subjects[q.subject].append(syn)
                taken.add(syn)


# what a question says is done to the things it counts, and the noun a reply heads them with ("potholes reported":
# "Total reports for year"; "the total paid out": "Payments")
# (not "requested" or "recorded": "the information requested", "our records show" are in every reply)
_DONE_NOUNS = {"reported": "reports", "appealed": "appeals", "referred": "referrals", "paid out": "payments",
               "complained": "complaints"}
_DONE = re.compile(r"\b(?:" + "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _DONE_NOUNS), key=len,
                                              reverse=True)) + r")\b", re.I)


def _add_done_nouns(subjects: dict[str, list[str]], questions: list) -> None:
    """A question that says what is done to the things it counts ("the number of potholes reported to the
    council"): the noun of that doing is a synonym of its subject ("reports"), where only one question of the
    request says it and no subject has the noun already."""
    said: dict[str, list] = {}
    for q in questions:
        for verb in {re.sub(r"\s+", " ", m.group(0).lower()) for m in _DONE.finditer(q.text)}:
            said.setdefault(verb, []).append(q)
    taken = {syn for syns in subjects.values() for syn in syns}
    for verb, asking in said.items():
        if len({q.subject for q in asking}) != 1 or not subjects.get(asking[0].subject):
            continue
        syn = _synonym([_DONE_NOUNS[verb]])
        if syn not in taken and not any(re.fullmatch(s, _DONE_NOUNS[verb], re.I) for s in taken):
            subjects[asking[0].subject].append(syn)
            taken.add(syn)


_FILLER = re.compile(r"^(?:please|could|would|can|you|your|the|a|an|of|for|to|in|on|and|or|if|yes|no|is|are|does|do|"
                     r"did|has|have|had|was|were|been|being|be|will|shall|should|may|might|must|what|which|who|whom|"
                     r"whose|how|when|where|why|whether|provide|state|give|advise|ensure|confirm|detail|detailed|"
                     r"tell|list|name|names|note|include|including|included|use|used|using|me|us|any|all|this|that|"
                     r"these|those|there|here|than|then|such|other|some|many|much|more|less|most|each|every|also|"
                     r"following|above|below|said|same|out|up|available|current|currently|subject|own|looking|"
                     r"council|councils|authority|information|details|date|dates|s|e\.g|i\.e|etc|employ|"
                     r"with|by|from|its|their|they|them|it|we|i|our|about|into|per|as|at|not|only|so|split|"
                     r"breakdown|broken|down|separate|seperate|data|set|figures?|year|years|month|months|answered|"
                     r"question|questions|confirm|last|past|previous|next|possible|further|total|number|numbers|amount|value|"
                     r"present|within|top|one|two|three|four|five|six|seven|eight|nine|ten|twelve|annual|overall|"
                     r"individual|period|periods|breakdown|whether|please|financial|calendar|academic|during|est|often|"
                     r"frequently)$", re.I)


_NUMBER_WORDS = number_words(0, 12)
# a lettered part that is a band of the thing its stem counts: "b. One year", "l. 11 - 19 years", "(a) less than
# six months", "m. 20 or more years"
_BAND = re.compile(r"^(?:(?:less|fewer|more|over|under|up\s+to|at\s+least|between)\b.*|.*\b(?:or\s+(?:more|less|over|"
                   r"under)|and\s+(?:over|above|under)|\+)\s*\w*|(?:\d+|" + "|".join(_NUMBER_WORDS) + r")\b.*)$", re.I)


def _band_part(text: str, own: str) -> str:
    """A part that only names a band of what its stem counts ("One year", "11 - 19 years"): the band as written,
    without a note in brackets."""
    if own == text:
        return ""
    band = re.sub(r"\s+(?:and|or)$", "", _clean(re.sub(r"\([^)]*\)", " ", own)).rstrip(".;,:?"), flags=re.I)
    if 1 <= len(band.split()) <= 6 and "?" not in band and _BAND.match(band) and not _ASKS.search(band):
        return band
    return ""


def _part_subject(text: str, own: str) -> str:
    """A part that finishes its stem with a verb ("How many claims has your council: 1a. Received ...",
    "How many potholes were: 4b. Repaired ..."): the stem's counted thing and that verb ("claims received")."""
    if own == text or not text.endswith(own):
        return ""
    first = re.match(r"\s*([A-Za-z]+)\b", own)
    stem = text[:len(text) - len(own)]
    if first and _DID_STEM.search(stem):
        # "How much money did the council: 3b. Allocate for your road maintenance budget?": the part's verb
        # says what was done with the money; what it was done for is the thing
        m = _FOR_WHAT.match(own)
        words = _phrase_words(m.group(1)) if m else []
        if words and not all(w.lower() in _GENERIC for w in words):
            return " ".join(words)
    if not first or not re.fullmatch(r"[A-Za-z]{3,}ed", first.group(1)):
        return ""
    thing = subject_phrase(stem)
    return f"{thing} {first.group(1).lower()}" if thing else ""


# a stem that a part's verb finishes: "How much money did the council:", "What does your authority"
_DID_STEM = re.compile(r"\b(?:did|does|do|will)\s+(?:the\s+|your\s+|its\s+)?(?:council|authority|organisation|you)\s*:?\s*$",
                       re.I)
# "Allocate for your road maintenance budget", "Spend on road maintenance": a verb, then what it was for
_FOR_WHAT = re.compile(r"\s*[A-Za-z]+\s+(?:for|on|to|towards|from|in)\s+(?:the\s+|your\s+|its\s+|their\s+)?" + _PHRASE,
                       re.I)


# where a part's name ends and its detail starts: "Penalty Charge Notices, and where possible a further breakdown
# ...", "Parking fees (including permits) - ..."
_NAME_END = re.compile(r"\s*(?:[,;:(]|\s[-–—]\s|\s(?:and|or)\s+(?:where|if|when|please|any)\b|\s(?:if|where)\s)", re.I)


def _lead_name(text: str, own: str) -> str:
    """A lettered part that names what its stem asks about and then says more of it ("... paid by motorists for:
    a) Penalty Charge Notices, and where possible a further breakdown by offence ..."): that name."""
    if own == text:
        return ""
    m = _NAME_END.search(own)
    if not m or m.start() == 0:
        return ""
    words = _phrase_words(own[:m.start()])
    if not 1 <= len(words) <= 5 or _FILLER.match(words[0]) or _ASKS.search(" ".join(words)):
        return ""
    if any(_FILLER.match(w) and w.lower() not in ("of", "for", "and") for w in words):
        return ""
    return " ".join(words)


def _noun_phrase(part: str) -> str:
    """A lettered part that is only a name ("Laptops", "Tablet computers", "cyber security software purchased"):
    that name, without a trailing verb."""
    words = _phrase_words(re.sub(r"[.?:;,]+$", "", part))
    while len(words) >= 2 and (re.fullmatch(_STOP, words[-1], re.I) or re.fullmatch(r"[a-z]{3,}ed", words[-1])):
        words = words[:-1]      # "... classification codes applied": the name without its participle
    if 1 <= len(words) <= 6 and not any(re.fullmatch(_STOP, w, re.I) for w in words) \
            and any(re.fullmatch(r"[A-Za-z][A-Za-z'’-]{2,}", w) and not _FILLER.match(w) for w in words):
        return " ".join(words)
    return ""


_JOINING = {"of", "for", "on", "to", "in", "the", "and", "a", "an", "per", "by", "with", "at", "from"}


def _content_words(text: str) -> str:
    """Two words a reply answering this question is likely to repeat: the question's first two that are not
    filler ("private contractor"), with the short words between them when they are close ("length of time"),
    so the subject's synonym is in the question's own words."""
    tokens = list(re.finditer(r"[A-Za-z][A-Za-z'-]*", text))
    content = [i for i, t in enumerate(tokens) if len(t.group(0)) >= 3 and not _FILLER.match(t.group(0))]
    between = [t.group(0).lower() for t in tokens[content[0] + 1:content[1]]] if len(content) >= 2 else []
    if len(content) >= 2 and len(between) <= 2 and all(w in _JOINING for w in between):
        return " ".join(t.group(0) for t in tokens[content[0]:content[1] + 1])
    return " ".join(tokens[i].group(0) for i in content[:2])


# "a copy of the noise recordings", "the names of the agencies", "a list of roads": the thing asked for
_REQUESTED = re.compile(r"\b(?:cop(?:y|ies)|names?|list|details|records?)\s+of\s+(?:the\s+|all\s+|any\s+|your\s+|"
                        r"each\s+)?" + _PHRASE, re.I)


def _requested_thing(text: str) -> str:
    """What a question that counts nothing asks a copy, a list or the names of, in its own words, or ""."""
    for m in _REQUESTED.finditer(text):
        words = _phrase_words(m.group(1))
        if words and not all(w.lower() in _GENERIC | _CONTAINERS for w in words):
            return " ".join(words)
    return ""


# "a copy of the document", "the records": what holds the thing asked for, named before it ("this strategy")
_CONTAINERS = {"document", "documents", "file", "files", "link", "links", "record", "records", "above", "same",
               "this", "these", "that", "those", "relevant", "such"}


def _any_words(text: str) -> str:
    """The last guess: a question's first words that are a name of any kind ("question_1", "Ward"), filler or
    not, so every subject has words of its own."""
    words = re.findall(r"[A-Za-z0-9][A-Za-z0-9_'’-]*", text)
    named = [w for w in words if not _FILLER.match(w)] or words
    return " ".join(named[:3])


def _title(request: str, name: str) -> str:
    for line in request.splitlines():
        line = line.strip()
        # not the first question's number ("1.", "(1).", "1.)")
        line = re.sub(r"^(?:Q(?:uestion)?\s*)?\(?\d{1,2}(?:\)[.:]?|\.\)?|:)\s*", "", line)
        if line and not re.match(r"^(?:dear|to whom|hello|hi)\b", line, re.I):
            first = re.split(r"(?<=[.?!:])\s", line)[0].rstrip(":,.")
            if not first:
                continue        # a line of punctuation: a title needs words
            return first if len(first) <= 100 else first[:97].rsplit(" ", 1)[0] + "…"
    return f"Survey {name}"


def _s(v: str) -> str:
    return json.dumps(v, ensure_ascii=False)


def to_toml(d: Draft, source: str = "") -> str:
    out = [f"# Drafted by `foi survey draft` from {source or 'a request'}: read it, then edit what it guessed",
           "# (lines marked 'check'). Format: README, 'Surveys: telling the extractor what was asked'.", ""]
    out += [f"name = {_s(d.name)}", f"title = {_s(d.title)}", 'law = "foi"', "",
            "[membership]", "batch_ids = []", f"title_patterns = [{_s(re.escape(d.title.lower()[:60].rstrip()))}]",
            "text_patterns = []", ""]
    for n in d.notes:
        out.append(f"# check: {n}")
    if d.periods:
        out += ["[periods]", "asked = ["]
        for p in d.periods:
            note = f"   # check: {p.note}" if p.note else ""
            out.append(f"  {{ label = {_s(p.label)}, start = \"{p.start.isoformat()}\", end = \"{p.end.isoformat()}\" }},{note}")
        out += ["]", ""]
    for key, syns in d.subjects.items():
        out += [f"[subjects.{key}]", f"label = {_s(d.subject_labels[key])}",
                "synonyms = [" + ", ".join(_s(s) for s in syns) + "]", ""]
    for q in d.questions:
        out.append("[[questions]]")
        for n in q.notes:
            out.append(f"# check: {n}")
        out += [f"id = {_s(q.id)}", f"text = {_s(q.text[:400])}", f"subject = {_s(q.subject)}",
                "measures = [" + ", ".join(_s(m) for m in q.measures) + "]"]
        if q.periods:
            out.append("periods = [" + ", ".join(_s(p) for p in q.periods) + "]")
        out.append("")
    return "\n".join(out)
