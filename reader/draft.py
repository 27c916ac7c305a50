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

from .periods import Period, find_periods

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

_NUM = r"(?:(?:Q(?:uestion)?|Request(?:\s+for\s+information)?|Part|Item)\s*\.?\s*)?\(?(\d{1,2})(?:[.):]|\s*[-–]\s|[ \t]+(?=[A-Z]))"
_LINE_NUM = re.compile(rf"^[ \t>*•\-]*{_NUM}\s*(?=\S)", re.I | re.M)
# "a. Laptops", "(m) 20 or more years", "a Laptops": a lettered part (unpunctuated only up to h, as a word
# such as "a" or "I" could start a line)
_LINE_LETTER = re.compile(r"^[ \t>*•\-]*\(?(?:([a-z])[.)]\s*(?=\S)|([a-h])[ \t]+(?=[A-Z]))", re.M)
# "... vacant for over a) two years b) five years and c) ten years?": parts lettered inside a sentence
_INLINE_LETTER = re.compile(r"(?:(?<=\s)|^)\(?([a-h])\)\s+(?=\S)")
_LINE_ROMAN = re.compile(r"^[ \t>*•\-]*\(?(i{1,3}|iv|vi{0,3})[.)]\s*(?=\S)", re.M)
# "...information:1.Does your council ... 2.Please provide ...": numbers run into the text
_INLINE_NUM = re.compile(r"(?:(?<=[\s:;.?!)])|^)(\d{1,2})[.)]\s*(?=[A-Z(\"'])")
_ASKS = re.compile(r"\b(?:how many|how much|number of|what (?:is|was|were|are)|total|amount|cost|spend|spent|"
                   r"expenditure|income|revenue|provide|list|please|can you|could you|do you|does the|did the)\b",
                   re.I)
_SIGN_OFF = re.compile(r"^\s*(?:yours (?:faithfully|sincerely)|kind regards|regards|many thanks|thank you)\b",
                       re.I | re.M)


@dataclass
class DraftQuestion:
    id: str
    text: str
    subject: str = ""
    measures: list[str] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _cut_sign_off(text: str) -> str:
    m = _SIGN_OFF.search(text)
    return text[:m.start()] if m else text


def _sequential(matches: list[re.Match], restart: bool = False) -> list[tuple[re.Match, str]]:
    """The longest run 1, 2, 3 ... among numbered matches (stray numbers such as "2020." are skipped), each with
    its id. With `restart`, a second run that starts again at 1 (a request in sections, "Littering: 1. 2. 3.",
    "Fly-tipping: 1. 2.") goes on from the first's last number, as people then cite them."""
    out: list[tuple[re.Match, str]] = []
    want, offset = 1, 0
    for m in matches:
        n = int(m.group(1))
        if n == want:
            out.append((m, str(n + offset)))
            want += 1
        elif restart and n == 1 and want > 2:
            offset += want - 1
            out.append((m, str(n + offset)))
            want = 2
    return out if len(out) >= 2 or (out and len(matches) == 1) else []


def _letters(body: str) -> list[re.Match]:
    """Lettered parts a, b, c ... in order (a stray capital or a word such as "a" mid-run is skipped)."""
    out: list[re.Match] = []
    for m in _LINE_LETTER.finditer(body):
        if ord(m.group(1) or m.group(2)) - ord("a") == len(out):
            out.append(m)
    return out if len(out) >= 2 else []


def _inline_letters(body: str) -> list[re.Match]:
    out: list[re.Match] = []
    for m in _INLINE_LETTER.finditer(body):
        if ord(m.group(1)) - ord("a") == len(out):
            out.append(m)
    return out if len(out) >= 2 else []


def _with_parts(qid: str, body: str, letters: list[re.Match], last: bool) -> list[tuple[str, str, str]]:
    """A question's parts a, b, c ... as (id, stem + own words, own words); the stem is a question of its own
    when it asks one ("1. How many devices did you need? a. Of these, how many were laptops?")."""
    out = []
    stem = body[:letters[0].start()].strip()
    if _asks(stem) and "?" in stem:
        out.append((qid, _clean(stem), _clean(stem)))
    lb = [x.start() for x in letters] + [len(body)]
    for i, (x, e) in enumerate(zip(letters, lb[1:])):
        part = body[x.end():e]
        own = _clean(_first_paragraph(part) if last or i < len(letters) - 1 else part)
        out.append((f"{qid}{chr(ord('a') + i)}", _clean(stem + " " + own), own))
    return out


# "1a. Number of households ...", "2b) ...": the request numbers its parts itself
_LINE_PART = re.compile(r"^[ \t>*•\-]*(?:Q(?:uestion)?\s*\.?\s*)?\(?(\d{1,2})([a-h])[.):]\s*(?=\S)", re.M | re.I)
# "- The number of ...", "• How many ...": a list of unnumbered asks
_LINE_BULLET = re.compile(r"^[ \t]*(?:[-–•*▪●◦]|o(?=\s))[ \t]*(?=\S)", re.M)
# "Q.1 Which department ...", "Q 2 How many ...": a question number with no stop after it
_Q_SPACE = re.compile(r"^([ \t>*•\-]*Q(?:uestion)?\s*\.?\s*\d{1,2})[ \t]+(?=[A-Z])", re.M)


def _numbered_with_parts(text: str, parts: list[re.Match]) -> list[tuple[str, str, str]]:
    """A request that numbers its parts itself ("1. ... 1a. ... 2. ... 2a. ... 2b. ..." or only "1a. 1b. 2a."):
    every number and part in order, as written."""
    marks = sorted(parts + list(_LINE_NUM.finditer(text)), key=lambda m: m.start())
    kept: list[tuple[re.Match, str]] = []
    number, letter = 0, ""
    for m in marks:
        n = int(m.group(1))
        part = m.group(2).lower() if m.re is _LINE_PART else ""
        if part:
            if (n == number and ord(part) == ord(letter or "`") + 1) or (n == number + 1 and part == "a"):
                number, letter = n, part
                kept.append((m, f"{n}{part}"))
        elif n == number + 1:
            number, letter = n, ""
            kept.append((m, str(n)))
    bounds = [m.start() for m, _ in kept] + [len(text)]
    out = []
    for (m, qid), end in zip(kept, bounds[1:]):
        words = _clean(_first_paragraph(text[m.end():end]) if m is kept[-1][0] else text[m.end():end])
        out.append((qid, words, words))
    return out


def _asks(s: str) -> bool:
    return "?" in s or bool(_ASKS.search(s))


def split_questions(request: str) -> list[tuple[str, str, str]]:
    """The request's questions as (id, text, own words): "1", "2a" ... as the request numbers them; a lettered
    part's text is its question's stem and its own words. A request with no numbering gives one question per
    listed item, or one per sentence that asks for something."""
    text = _Q_SPACE.sub(r"\1.", _cut_sign_off(request))
    parts = list(_LINE_PART.finditer(text))
    if len(parts) >= 2:
        return _numbered_with_parts(text, parts)
    nums = _sequential(list(_LINE_NUM.finditer(text)), restart=True)
    inline = _sequential(list(_INLINE_NUM.finditer(text)))
    if len(inline) > len(nums):
        nums = inline       # "1. A list of ... 2. Copies of ... 3. ...": numbers run on in one paragraph
    out: list[tuple[str, str, str]] = []
    if nums:
        bounds = [m.start() for m, _ in nums] + [len(text)]
        for (m, qid), end in zip(nums, bounds[1:]):
            body = text[m.end():end]
            last = m is nums[-1][0]
            romans = list(_LINE_ROMAN.finditer(body))
            letters = _letters(body) or (romans if len(romans) >= 2 else [])
            if not letters:
                letters = _inline_letters(_first_paragraph(body) if last else body)
            if letters:
                out += _with_parts(qid, body, letters, last)
            else:
                words = _clean(_first_paragraph(body) if last else _without_heading(body))
                out.append((qid, words, words))
        return out
    letters = _letters(text)
    romans = list(_LINE_ROMAN.finditer(text))
    if not letters and len(romans) >= 2 and [m.group(1) for m in romans[:2]] == ["i", "ii"]:
        letters = romans        # "(i) The number of ... (ii) The average ...": the request's questions
    if letters:
        # "a) The total number of ... b) The above split by ...": lettered questions with no number over them
        # are the request's questions 1, 2 ...
        lb = [x.start() for x in letters] + [len(text)]
        parts_ = [_clean(_first_paragraph(text[x.end():e])) for x, e in zip(letters, lb[1:])]
        return [(str(i), part, part) for i, part in enumerate(parts_, 1)]
    bullets = [m for m in _LINE_BULLET.finditer(text)]
    if len(bullets) >= 2:
        items = []
        for m in bullets:
            line_end = text.find("\n", m.end())
            items.append(_clean(text[m.end():line_end if line_end >= 0 else len(text)]))
        items = [i for i in items if len(i.split()) >= 3]
        if len(items) >= 2:
            out = []
            for i, item in enumerate(items, 1):
                inner = _inline_letters(item)
                out += _with_parts(str(i), item, inner, True) if inner else [(str(i), item, item)]
            return out
    return [(str(i), q, q) for i, q in enumerate(_asking_sentences(text), 1)]


# a line break ends a sentence after punctuation, or before a line that starts as a question or an ask does (a
# hard-wrapped line runs on in lower case)
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+|\n\s*\n|(?<=[:;,])[ \t]*\n|\n(?=[ \t]*(?:[A-Z]|(?:how|what|which|number|"
                           r"the|total)\b))")
_COUNTED = re.compile(r"\b(?:how many|how much|number of|cost|costs|spend|spent|spending|total|amount|income|revenue|"
                      r"fees?|fines?|paid|budget)\b", re.I)
_INTRO = re.compile(r"\b(?:the following|as follows|following questions|following information)\b|"
                    r"\b(?:supply|send|provide|give|email)\s+(?:me\s+|us\s+)?(?:with\s+)?(?:these|this|it|them|that)\b", re.I)
# "Please give the name of all ten roads ...", right after a question: that question's detail, not a new one
_DETAIL = re.compile(r"^(?:please\s+(?:give|provide|include|break|list|specify|state|indicate|confirm|also)|"
                     r"if\s+(?:possible|so|yes|available|you can)|and\s+(?:if|where|please))\b", re.I)


def _asking_sentences(text: str) -> list[str]:
    """A request with no numbering: one question per sentence that asks for something — a question, or a
    sentence naming a count or a sum; sentences that only introduce the questions are not questions."""
    out: list[str] = []
    after_question = False
    for raw in _SENTENCE_END.split(text):
        sent = _clean(raw)
        if len(sent.split()) < 4:
            continue
        counted = bool(_COUNTED.search(sent))
        if after_question and out and _DETAIL.match(sent):
            out[-1] = f"{out[-1]} {sent}"
            continue
        asking = sent.endswith("?") or counted
        if not asking or (_INTRO.search(sent) and not counted) or not (_ASKS.search(sent) or "?" in sent):
            after_question = False
            continue
        out.append(sent)
        after_question = sent.endswith("?")
    if not out:
        first = next((_clean(x) for x in _SENTENCE_END.split(text) if _ASKS.search(x) and len(x.split()) >= 4), "")
        out = [first] if first else []
    return out


def _without_heading(body: str) -> str:
    """A question's text without the heading of the section after it ("Litter Bins", "Enforcement &
    Statistics" on a line of its own before the next number)."""
    lines = body.rstrip().split("\n")
    if len(lines) >= 2 and re.fullmatch(r"[ \t]*[A-Z][\w&/,'’ -]{0,40}", lines[-1]) and len(lines[-1].split()) <= 5 \
            and not re.search(r"\d", lines[-1]):
        return "\n".join(lines[:-1])
    return body


def _first_paragraph(s: str) -> str:
    """Up to the first blank line: the request's last question or part does not run on into what follows it."""
    s = s.lstrip("\n")
    m = re.search(r"\n[ \t]*\n", s)
    return s[:m.start()] if m else s


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(" \t\n-–:;")


# --- subjects and measures ------------------------------------------------------------------------------

_STOP = (r"(?:were|was|is|are|did|do|does|have|has|had|been|be|will|would|can|could|in|during|between|over|since|"
         r"per|each|by|within|that|which|who|whom|where|when|from|at|across|under|broken|split|as|and\s+(?:how|what|the\s+(?:total|cost|number))|"
         r"or|if|your|this|these|those|last|the\s+(?:last|past|previous)|financial|calendar|year|years|month|"
         r"months|annually|currently|issued|received|reported|recorded|paid|purchased|bought|created|procured|"
         r"installed|cancelled|collected|made|spent|given|taken|held|used|provided|carried|undertaken|operated|"
         r"employed|owned|placed|housed|affected|classed|deemed|aged|living|please|i\.e\.|e\.g\.)")
_PHRASE = r"((?:(?!" + _STOP + r"\b)[A-Za-z0-9£'’/-]+\s*){1,6})"
_SUBJECT_RES = [
    re.compile(r"\bhow many\s+(?:new\s+|individual\s+|separate\s+|different\s+)?" + _PHRASE, re.I),
    re.compile(r"\b(?:the\s+)?(?:total\s+)?number of\s+(?:new\s+|individual\s+)?" + _PHRASE, re.I),
    re.compile(r"\bhow much\s+(?:money\s+)?(?:has|have|was|did|is)\s+(?:the council|your (?:council|authority)|you|"
               r"the authority)?\s*(?:spent|paid|received|collected|generated)?\s*(?:on|for|from|in)\s+" + _PHRASE,
               re.I),
    re.compile(r"\b(?:income|revenue|money|fees?|fines?|receipts?)\s+(?:received|generated|collected|raised|taken|"
               r"paid)?\s*(?:by\s+[^.?\n]{0,40}?\s+)?from\s+(?:the\s+|all\s+|any\s+)?" + _PHRASE, re.I),
    # "the total spend by your council on temporary staff": spend on what, whoever spent it
    re.compile(r"\b(?:spend|spent|spending|expenditure|cost|costs)\s+by\s+[^.?\n]{0,40}?\s+on\s+(?:the\s+|all\s+|any\s+)?"
               + _PHRASE, re.I),
    re.compile(r"\b(?:total\s+)?(?:amount|cost|costs|spend|spent|spending|expenditure|income|revenue|value)\s+"
               r"(?:of\s+money\s+)?"
               r"(?:spent\s+)?(?:on|of|for|from)\s+(?:the\s+|all\s+|any\s+)?" + _PHRASE, re.I),
]
_LEAD = re.compile(r"^(?:the|a|an|any|all|new|your|our|its|their|of|on|for)\s+", re.I)
_GENERIC = {"number", "total", "cost", "costs", "amount", "money", "council", "councils", "authority", "year",
            "years", "data", "information", "figures", "details", "breakdown", "each", "people", "staff", "you",
            "it", "there", "them", "what", "which", "how", "much", "many"}
_PER_ITEM = re.compile(r"\b(?:per(?!\s+(?:(?:calendar|financial|academic)\s+)?(?:year|annum|month|quarter))|"
                       r"each(?!\s+of\b|\s+(?:(?:following|financial|calendar|academic|full)\s+)*(?:years?|months?|"
                       r"quarters?|period))|average|unit cost|unit price|cost of (?:a|an|one)|fine (?:cost|amount)|"
                       r"(?:daily|hourly|nightly|weekly) rate|rate (?:per|for)|charge (?:for|of) (?:a|an|one)|"
                       r"how much (?:is|was|does) (?:a|an|one|the fine|the charge|the penalty|your \w+)|"
                       r"(?:price|fine|fee|charge|penalty|cost)s?\s+(?:of|for)\s+(?:a|an|one|each)\b|"
                       r"(?:current|full|discounted|standard)\s+(?:price|fine|fee|charge|rate)|fine imposed)\b", re.I)
_MONEY = re.compile(r"(?:£|\b(?:cost|costs|costing|spend|spent|spending|expenditure|income|revenue|paid|pay|"
                    r"payments?|fees?|fines? (?:collected|paid|received)|how much|budget|value|price|money|"
                    r"collected|receipts?|charges?)\b)", re.I)
_COUNT = re.compile(r"\b(?:how many|number of|numbers of|quantity|count|total of)\b", re.I)


def _phrase_words(raw: str) -> list[str]:
    words = re.findall(r"[A-Za-z0-9£'’/-]+", raw)
    while words and _LEAD.match(words[0] + " "):
        words = words[1:]
    while words and words[-1].lower() in ("of", "on", "for", "to", "the", "a", "and", "or", "with", "your"):
        words = words[:-1]
    return words


def subject_phrase(question: str) -> str:
    """The thing a question counts or pays for, in its own words ("fly-tipping incidents"), or ""."""
    best = None
    for rx in _SUBJECT_RES:
        for m in rx.finditer(question):
            words = _phrase_words(m.group(1))
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


def _synonym(words: list[str]) -> str:
    """A pattern for a phrase: words in order, any spacing or hyphen between them, the last word's plural
    optional."""
    parts = []
    for i, w in enumerate(words):
        w = w.lower().strip("'’")
        esc = re.escape(w).replace(r"\-", "[- ]?")
        if i == len(words) - 1 and re.fullmatch(r"[a-z]{3,}", w) and not w.endswith("ing"):
            if w.endswith("ies"):
                esc = re.escape(w[:-3]) + "(?:y|ies)"
            elif w.endswith("s") and not w.endswith("ss"):
                esc = re.escape(w[:-1]) + "s?"
            else:
                esc = esc + "s?"
        parts.append(esc)
    return r"\s*".join(parts) if len(parts) == 1 else r"[\s-]*".join(parts)


def synonyms_for(phrase: str) -> list[str]:
    words = phrase.split()
    out = [_synonym(words)]
    content = [w for w in words if w.lower() not in _GENERIC and not re.fullmatch(r"of|for|on|to|in|the|and", w, re.I)]
    # the head words alone ("FPNs" for "FPNs for littering"; "incidents" is too general on its own)
    if len(content) >= 2:
        tail = content[-2:]
        if " ".join(tail).lower() != phrase.lower():
            out.append(_synonym(tail))
        head = [content[0]]
        if head[0].isupper() and len(head[0]) >= 3:        # an acronym: FPNs, PCNs, EV
            out.append(_synonym(head))
    # "computers and laptops", "handsets and bills": things named together are counted apart in a reply's table
    for i, w in enumerate(words):
        if w.lower() == "and" and 0 < i < len(words) - 1:
            for item in (words[i - 1], words[i + 1]):
                if re.fullmatch(r"[A-Za-z]{4,}", item) and re.search(r"[^s]s$", item, re.I) \
                        and item.lower() not in _GENERIC:
                    out.append(_synonym([item]))
    return list(dict.fromkeys(out))


_VERB_ONLY = re.compile(r"^(?:paid|collected|received|charges?|pay)$", re.I)


def measures_for(question: str) -> tuple[list[str], str]:
    """The measures a question asks for, and a note when they were guessed."""
    out = []
    if _COUNT.search(question):
        out.append("count")
    money = [m.group(0) for m in _MONEY.finditer(question)]
    if out and money and all(_VERB_ONLY.match(w) for w in money):
        money = []          # "how many FPNs were paid": a count of things paid, not a sum
    if money:
        out.append("unit_cost_gbp" if _PER_ITEM.search(question) else "total_cost_gbp")
        if "unit_cost_gbp" in out and re.search(r"\btotal\b", question, re.I):
            out.append("total_cost_gbp")
    if not out:
        return ["count"], "no count or money words: 'count' guessed"
    return out, ""


# --- periods ------------------------------------------------------------------------------------------------

_LAST_N = re.compile(r"\b(?:the\s+)?(?:last|past|previous)\s+(\w+)\s+(financial\s+|calendar\s+|academic\s+)?years?\b",
                     re.I)
_YEAR_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*(?:-|–|—|to|until)\s*((?:19|20)\d\d)\b", re.I)
_N_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_LABEL_LEAD = re.compile(r"^(?:(?:financial|calendar|academic|school|fiscal)\s+)?(?:years?|FYE?|AY)\s*:?\s*", re.I)


@dataclass(frozen=True)
class DraftPeriod:
    label: str
    start: dt.date
    end: dt.date
    note: str = ""


def _fy(y: int) -> DraftPeriod:
    return DraftPeriod(f"{y}-{(y + 1) % 100:02d}", dt.date(y, 4, 1), dt.date(y + 1, 3, 31))


def _label(p: Period) -> str:
    return _LABEL_LEAD.sub("", p.label).strip() or p.label


_BACK_REF = re.compile(r"\b(?:(?:years?|period|time ?frame)\s+(?:referred to|mentioned|specified|listed|given)\s+above|"
                       r"(?:the\s+)?(?:same|above)\s+(?:period|years?|time ?frame)|(?:each|all|any)\s+of\s+(?:the|those|"
                       r"these)\s+years|(?:in|for|during)\s+(?:each\s+of\s+)?(?:those|these)\s+years)\b", re.I)
# "the Freedom of Information Act 2000", "Regulations 2004": a statute's year is not a period asked about
_STATUTE_YEAR = re.compile(r"\b((?:Act|Regulations?|Order|Measure)(?:\s*\((?:Scotland|Wales|Northern Ireland)\))?)\s+"
                           r"(?:19|20)\d\d\b")
_MONTH_TO_DATE = re.compile(r"\b(?:between|from|since)\s+((?:January|February|March|April|May|June|July|August|"
                            r"September|October|November|December)\s+(?:19|20)\d\d)\b[^.?!\n]{0,80}?\b(?:and|to|until)\s+"
                            r"(?:the\s+)?(?:latest|present|date|now|today|most\s+recent)\b", re.I)
_YEAR_STARTS = {(1, 1), (4, 1), (9, 1)}     # a range of whole calendar, financial or academic years
# a plain year in a list: not a financial year ("2019/20"), a range ("2019-2023") or a date's year
_YEAR_LIST = re.compile(r"(?<![\d/\-–])\b((?:19|20)\d\d)\b(?!\s*[/\-–]\s*\d)")
_SINCE_FY = re.compile(r"\b(?:since|from)\s+(?:the\s+)?(?:(?:financial|fiscal)\s+)?(?:year\s+)?((?:19|20)\d\d)\s*[/-]\s*"
                       r"(\d\d(?:\d\d)?)\b", re.I)
_SINCE_YEAR = re.compile(r"\b(?:since|from)\s+(?:the\s+)?(?:1(?:st)?\s+)?(?:January\s+)?((?:19|20)\d\d)\b(?!\s*[/-]\s*\d)",
                         re.I)
_FINANCIAL = re.compile(r"\bfinancial\s+years?\b|\bFYs?\b", re.I)


def _last_n_years(m: re.Match, asked_on: dt.date) -> list[DraftPeriod]:
    n = _N_WORDS.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else 0)
    if not 1 <= n <= 20:
        return []
    if (m.group(2) or "").lower().startswith("calendar"):
        return [DraftPeriod(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31)) for y in range(asked_on.year - n, asked_on.year)]
    last = asked_on.year - 1 if asked_on.month >= 4 else asked_on.year - 2
    return [DraftPeriod(p.label, p.start, p.end,
                        f"'{m.group(0)}' before {asked_on.isoformat()}, read as financial years: check")
            for p in (_fy(y) for y in range(last - n + 1, last + 1))]


def periods_in(text: str, asked_on: dt.date, fallback: list[DraftPeriod] | None = None, dated: bool = True,
               latest: dt.date | None = None) -> list[DraftPeriod]:
    """The periods a piece of request text asks about, in the order written, without repeats. Where it names
    none, `fallback` (the periods the request named before its questions) comes before reading "the last N
    years" relative to the day it was asked (`dated`: that day is known, not today's stand-in). `latest`: the
    end of the latest period the whole request names, where "since 2018/19" runs to."""
    text = _STATUTE_YEAR.sub(r"\1", text)
    found = find_periods(text)
    last_n = _LAST_N.search(text)
    if dated and last_n and (last_n.group(2) or "").lower().startswith("financial") \
            and not any(p.kind == "financial_year" for p in found):
        # "each of the last five financial years (2019-2023)": the years are counted back from the day it was
        # asked; a span of plain years in brackets only restates them, and could be read either way (years
        # written as financial years, "(18/19) (19/20)", are read as written)
        counted = _last_n_years(last_n, asked_on)
        if counted:
            return counted
    since = _SINCE_FY.search(text)
    if since:
        # "for each year since 2018/19": every financial year from it to the latest the request names, or to the
        # last one ended before it was asked
        y0 = int(since.group(1))
        y_end = (latest.year - 1 if latest and latest.month <= 8 else latest.year) if latest else y0
        if dated:
            y_end = max(y_end, (asked_on.year - 1 if asked_on.month >= 4 else asked_on.year - 2))
        if 0 <= y_end - y0 <= 20:
            return [_fy(y) for y in range(y0, y_end + 1)]
    to_date = _MONTH_TO_DATE.search(text)
    if to_date and dated:
        # "broken down by month between January 2019 (or as far back as you can go) and the latest available
        # month": from that month to the day it was asked
        start = next((p.first for p in found if p.kind == "month" and p.label.lower() in to_date.group(1).lower()), None)
        if start and start < asked_on:
            return [DraftPeriod(f"{to_date.group(1)} to date", start, asked_on,
                                f"from {to_date.group(1)} to the day it was asked ({asked_on.isoformat()}): check")]
    since_year = _SINCE_YEAR.search(text)
    if since_year and dated and not _FINANCIAL.search(text) \
            and set(re.findall(r"\b(?:19|20)\d\d\b", text)) == {since_year.group(1)}:
        # "per calendar year since 1st January 2013": every year from it to the one it was asked in (that one
        # to date)
        y0 = int(since_year.group(1))
        if 0 <= asked_on.year - y0 <= 20:
            return [DraftPeriod(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31),
                                "to date: check" if y == asked_on.year else "") for y in range(y0, asked_on.year + 1)]
    out: list[DraftPeriod] = []
    kinds = {p.kind for p in found}
    for p in found:
        if p.kind == "range" and (p.last - p.first).days > 366 and (p.first.month, p.first.day) in _YEAR_STARTS:
            # "between April 2019 and March 2022", "(2015- 2020)": the years inside, by the range's own kind
            if p.first.month == 4 and p.first.day == 1:
                out += [_fy(y) for y in range(p.first.year, p.last.year)]
            else:
                out += [DraftPeriod(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31),
                                    "a range of years read as calendar years: check") for y in
                        range(p.first.year, p.last.year + 1)]
            continue
        if p.kind == "financial_year" and "academic_year" in kinds and re.match(r"^\d{4}/\d\d$", p.label):
            # "academic years 2019/20 and 2020/21": the second is academic like the first
            y = p.first.year
            out.append(DraftPeriod(p.label, dt.date(y, 9, 1), dt.date(y + 1, 8, 31)))
            continue
        if p.kind == "month" and sum(q.kind == "month" and q.first.month == p.first.month for q in found) >= 2:
            # "by year (September 2021, September 2020, September 2019)": the year to that month
            end = p.last
            start = dt.date(end.year - 1, end.month % 12 + 1, 1) if end.month < 12 else dt.date(end.year, 1, 1)
            out.append(DraftPeriod(_label(p), start, end, "a month named in several years: the year to it"))
            continue
        out.append(DraftPeriod(_label(p), p.first, p.last))
    if not out:
        m = _YEAR_SPAN.search(text)
        if m and 0 < int(m.group(2)) - int(m.group(1)) <= 20:
            y0, y1 = int(m.group(1)), int(m.group(2))
            if _FINANCIAL.search(text):
                # "financial years (2019-2023)": the years that end in the span's years
                out = [DraftPeriod(p.label, p.start, p.end, f"'{m.group(0).strip()}' read as the financial years "
                                   "ending in them: check") for p in (_fy(y) for y in range(y0 - 1, y1))]
            else:
                out = [DraftPeriod(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31),
                                   f"'{m.group(0).strip()}' read as calendar years: check") for y in range(y0, y1 + 1)]
    if not out:
        years = [int(y) for y in _YEAR_LIST.findall(text)]
        if len(years) >= 2 and len(set(years)) == len(years) and max(years) - min(years) < len(years) + 2:
            # "each of the last three years (2019, 2020, 2021)", "• 2019 • 2020 • 2021": a list of plain years
            note = "plain years read as calendar years: check" if _FINANCIAL.search(text) else ""
            out = [DraftPeriod(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31), note) for y in years]
    if not out and fallback:
        return list(fallback)
    if not out and last_n:
        out = _last_n_years(last_n, asked_on)
    seen: dict[tuple, DraftPeriod] = {}
    for p in out:
        # one period written two ways ("2022 to date", "2022 (to date, if possible)") is asked once
        seen.setdefault((p.start, p.end), p)
    return list(seen.values())


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


def draft_survey(request: str, name: str, *, title: str = "", asked_on: dt.date | None = None) -> Draft:
    dated = asked_on is not None
    asked_on = asked_on or dt.date.today()
    notes: list[str] = []
    pairs = split_questions(request)
    if not pairs:
        raise ValueError("the request has no question the draft can find: write the survey's [[questions]] by hand")
    first_q = request.find(pairs[0][2][:30]) if pairs else -1
    preamble = request[:first_q] if first_q > 0 else ""
    named = [p.last for p in find_periods(request) if p.kind in ("financial_year", "year", "academic_year")]
    latest = max(named) if named else None
    shared = periods_in(preamble, asked_on, dated=dated, latest=latest) if preamble else []
    all_periods: dict[str, DraftPeriod] = {p.label: p for p in shared}
    subjects: dict[str, list[str]] = {}
    labels: dict[str, str] = {}
    questions: list[DraftQuestion] = []
    for qid, qtext, own_words in pairs:
        q = DraftQuestion(qid, qtext)
        before = questions[-1].periods if questions else []
        if before and _BACK_REF.search(qtext) and not find_periods(own_words):
            # "in each year referred to above", "over the same period": the periods of the question before
            own = [all_periods[label] for label in before]
        else:
            own = periods_in(qtext, asked_on, shared, dated=dated, latest=latest)
        # a period the request wrote two ways ("2022 to date", "2022 (to date, if possible)") is one period
        own = [next((a for a in all_periods.values() if (a.start, a.end) == (p.start, p.end)), p) for p in own]
        for p in own:
            all_periods.setdefault(p.label, p)
        q.periods = list(dict.fromkeys(p.label for p in own))
        q.measures, note = measures_for(qtext)
        if note:
            q.notes.append(note)
        phrase = subject_phrase(own_words) or _noun_phrase(own_words) or subject_phrase(qtext)
        if not phrase:
            phrase = _content_words(qtext)
            q.notes.append("no counted thing found in the wording: the subject is a guess from its words")
        unnamed = not phrase
        phrase = phrase or f"question {qid}"
        key = _key(phrase)
        clash = lambda k: k in subjects and any(o.subject == k and set(o.measures) & set(q.measures)  # noqa: E731
                                                for o in questions)
        if clash(key):
            # the same thing asked twice with the same measure ("FPNs issued", "FPNs issued ... were paid"):
            # told apart by the question's last verb, else by its number
            verbs = re.findall(r"\b(issued|paid|received|reported|cancelled|appealed|collected|purchased|bought|"
                               r"created|installed|prosecuted|withdrawn|overturned|upheld|refunded|written off)\b",
                               qtext, re.I)
            with_verb = f"{key}_{verbs[-1].lower().replace(' ', '_')}" if verbs else ""
            key = with_verb if with_verb and not clash(with_verb) else f"{key}_q{qid}"
            q.notes.append(f"the same thing as an earlier question with the same measure: subject '{key}'")
        subjects.setdefault(key, [] if unnamed else synonyms_for(phrase))
        labels.setdefault(key, phrase[:1].upper() + phrase[1:])
        q.subject = key
        questions.append(q)
    if not all_periods:
        notes.append("no period found in the request: add [periods] if it asks for years")
    for key, syns in subjects.items():
        if not syns:
            notes.append(f"subject '{key}' has no synonyms: the survey will not load until it has some")
    title = title or _title(request, name)
    return Draft(name, title, list(all_periods.values()), subjects, labels, questions, notes)


_FILLER = re.compile(r"^(?:please|could|would|can|you|your|the|a|an|of|for|to|in|on|and|or|if|yes|no|is|are|does|do|"
                     r"did|has|have|had|was|were|been|being|be|will|shall|should|may|might|must|what|which|who|whom|"
                     r"whose|how|when|where|why|whether|provide|state|give|advise|ensure|confirm|detail|detailed|"
                     r"tell|list|name|names|note|include|including|included|use|used|using|me|us|any|all|this|that|"
                     r"these|those|there|here|than|then|such|other|some|many|much|more|less|most|each|every|also|"
                     r"following|above|below|said|same|out|up|available|current|currently|subject|own|looking|"
                     r"council|councils|authority|information|details|date|dates|s|e\.g|i\.e|etc|employ|"
                     r"with|by|from|its|their|they|them|it|we|i|our|about|into|per|as|at|not|only|so|split|"
                     r"breakdown|broken|down|separate|seperate|data|set|figures?|year|years|month|months|answered|"
                     r"question|questions|confirm)$", re.I)


def _noun_phrase(part: str) -> str:
    """A lettered part that is only a name ("Laptops", "Tablet computers", "cyber security software purchased"):
    that name, without a trailing verb."""
    words = _phrase_words(re.sub(r"[.?:;,]+$", "", part))
    while words and re.fullmatch(_STOP, words[-1], re.I):
        words = words[:-1]
    if 1 <= len(words) <= 5 and not any(re.fullmatch(_STOP, w, re.I) for w in words) \
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


def _title(request: str, name: str) -> str:
    for line in request.splitlines():
        line = line.strip()
        line = re.sub(r"^(?:Q(?:uestion)?\s*)?\(?\d{1,2}[.):]\s*", "", line)    # not the first question's number
        if line and not re.match(r"^(?:dear|to whom|hello|hi)\b", line, re.I):
            first = re.split(r"(?<=[.?!:])\s", line)[0].rstrip(":,.")
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


# --- checking a survey --------------------------------------------------------------------------------------

_TOO_GENERAL = re.compile(r"^(?:number|total|cost|costs|amount|money|year|years|council|data|figures?|staff|"
                          r"people|each|per|spend|spent|s\??|\.\*|\.\+)$", re.I)


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
    if not survey.periods:
        out.append("no [periods]: every figure's period is read from the reply alone")
    return out
