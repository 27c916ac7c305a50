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

_NUM = r"(?:Q(?:uestion)?\s*\.?\s*)?\(?(\d{1,2})(?:[.):]|\s*[-–]\s)"
_LINE_NUM = re.compile(rf"^[ \t>*•\-]*{_NUM}\s*(?=\S)", re.I | re.M)
_LINE_LETTER = re.compile(r"^[ \t>*•\-]*\(?([a-h])(?:[.)]\s*(?=\S)|[ \t]+(?=[A-Z]))", re.M)
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
        if ord(m.group(1)) - ord("a") == len(out):
            out.append(m)
    return out if len(out) >= 2 else []


# "1a. Number of households ...", "2b) ...": the request numbers its parts itself
_LINE_PART = re.compile(r"^[ \t>*•\-]*\(?(\d{1,2})([a-h])[.):]\s*(?=\S)", re.M)
# "- The number of ...", "• How many ...": a list of unnumbered asks
_LINE_BULLET = re.compile(r"^[ \t]*(?:[-–•*▪●◦]|o(?=\s))[ \t]*(?=\S)", re.M)
# "Q.1 Which department ...", "Q 2 How many ...": a question number with no stop after it
_Q_SPACE = re.compile(r"^([ \t>*•\-]*Q(?:uestion)?\s*\.?\s*\d{1,2})[ \t]+(?=[A-Z])", re.M)


def _asks(s: str) -> bool:
    return "?" in s or bool(_ASKS.search(s))


def split_questions(request: str) -> list[tuple[str, str, str]]:
    """The request's questions as (id, text, own words): "1", "2a" ... as the request numbers them; a lettered
    part's text is its question's stem and its own words. A request with no numbering gives one question per
    listed item, or one per sentence that asks for something."""
    text = _Q_SPACE.sub(r"\1.", _cut_sign_off(request))
    parts = list(_LINE_PART.finditer(text))
    if len(parts) >= 2:
        bounds = [m.start() for m in parts] + [len(text)]
        out = []
        for m, end in zip(parts, bounds[1:]):
            words = _clean(_first_paragraph(text[m.end():end]) if m is parts[-1] else text[m.end():end])
            out.append((f"{int(m.group(1))}{m.group(2)}", words, words))
        return out
    nums = _sequential(list(_LINE_NUM.finditer(text)), restart=True)
    inline = _sequential(list(_INLINE_NUM.finditer(text)))
    if len(inline) > len(nums):
        nums = inline       # "1. A list of ... 2. Copies of ... 3. ...": numbers run on in one paragraph
    out: list[tuple[str, str, str]] = []
    if nums:
        bounds = [m.start() for m, _ in nums] + [len(text)]
        for (m, qid), end in zip(nums, bounds[1:]):
            body = text[m.end():end]
            romans = list(_LINE_ROMAN.finditer(body))
            letters = _letters(body) or (romans if len(romans) >= 2 else [])
            if letters:
                stem = body[:letters[0].start()].strip()
                if _asks(stem) and "?" in stem:
                    # "1. How many devices did you need? a. Of these, how many were laptops?": the stem is a
                    # question of its own, and its parts ask about its answer
                    out.append((qid, _clean(stem), _clean(stem)))
                lb = [x.start() for x in letters] + [len(body)]
                for i, (x, e) in enumerate(zip(letters, lb[1:])):
                    own = _clean(_first_paragraph(body[x.end():e]))
                    out.append((f"{qid}{chr(ord('a') + i)}", _clean(stem + " " + own), own))
            else:
                last = m is nums[-1][0]
                words = _clean(_first_paragraph(body) if last else body)
                out.append((qid, words, words))
        return out
    letters = _letters(text)
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
            return [(str(i), item, item) for i, item in enumerate(items, 1)]
    sentences = [s for s in re.split(r"(?<=[.?!])\s+|\n\s*\n", text) if _ASKS.search(s) and len(s.split()) >= 4]
    asks = [s for s in sentences if re.search(r"\b(?:how many|how much|number of|cost|spend|spent|total|amount)\b",
                                              s, re.I)]
    return [(str(i), _clean(s), _clean(s)) for i, s in enumerate(asks or sentences[:1], 1)]


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
                       r"how much (?:is|was|does) (?:a|an|one|the fine|the charge|the penalty))\b", re.I)
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
    last_n = _LAST_N.search(text)
    if dated and last_n and (last_n.group(2) or "").lower().startswith("financial"):
        # "each of the last five financial years (2019-2023)": the years are counted back from the day it was
        # asked; the span in brackets only restates them, and could be read either way
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
    since_year = _SINCE_YEAR.search(text)
    if since_year and dated and not _FINANCIAL.search(text):
        # "per calendar year since 1st January 2013": every year from it to the one it was asked in (that one
        # to date)
        y0 = int(since_year.group(1))
        if 0 <= asked_on.year - y0 <= 20:
            return [DraftPeriod(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31),
                                "to date: check" if y == asked_on.year else "") for y in range(y0, asked_on.year + 1)]
    found = find_periods(text)
    out: list[DraftPeriod] = []
    kinds = {p.kind for p in found}
    for p in found:
        if p.kind == "range" and (p.end - p.start).days > 366:
            # "between April 2019 and March 2022", "(2015- 2020)": the years inside, by the range's own kind
            if p.start.month == 4 and p.start.day == 1:
                out += [_fy(y) for y in range(p.start.year, p.end.year)]
            else:
                out += [DraftPeriod(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31),
                                    "a range of years read as calendar years: check") for y in
                        range(p.start.year, p.end.year + 1)]
            continue
        if p.kind == "financial_year" and "academic_year" in kinds and re.match(r"^\d{4}/\d\d$", p.label):
            # "academic years 2019/20 and 2020/21": the second is academic like the first
            y = p.start.year
            out.append(DraftPeriod(p.label, dt.date(y, 9, 1), dt.date(y + 1, 8, 31)))
            continue
        if p.kind == "month" and sum(q.kind == "month" and q.start.month == p.start.month for q in found) >= 2:
            # "by year (September 2021, September 2020, September 2019)": the year to that month
            end = p.end
            start = dt.date(end.year - 1, end.month % 12 + 1, 1) if end.month < 12 else dt.date(end.year, 1, 1)
            out.append(DraftPeriod(_label(p), start, end, "a month named in several years: the year to it"))
            continue
        out.append(DraftPeriod(_label(p), p.start, p.end))
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
    if not out and fallback:
        return list(fallback)
    if not out and last_n:
        out = _last_n_years(last_n, asked_on)
    seen: dict[str, DraftPeriod] = {}
    for p in out:
        seen.setdefault(p.label, p)
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
    named = [p.end for p in find_periods(request) if p.kind in ("financial_year", "year", "academic_year")]
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
        for p in own:
            all_periods.setdefault(p.label, p)
        q.periods = [p.label for p in own]
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
        if key in subjects and any(o.subject == key and set(o.measures) & set(q.measures) for o in questions):
            # the same thing asked twice with the same measure ("FPNs issued", "FPNs paid"): told apart
            verb = re.search(r"\b(issued|paid|received|reported|cancelled|appealed|collected|purchased|bought|"
                             r"created|installed|prosecuted|withdrawn|overturned|upheld|refunded|written off)\b",
                             qtext, re.I)
            key = f"{key}_{verb.group(1).lower().replace(' ', '_')}" if verb else f"{key}_q{qid}"
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
                     r"did|has|have|what|which|who|how|when|where|provide|state|give|me|us|any|all|this|that|"
                     r"council|authority|information|details|name|names|date|dates|s|e\.g|i\.e|employ|"
                     r"with|by|from|its|their|it|we|i)$", re.I)


def _noun_phrase(part: str) -> str:
    """A lettered part that is only a name ("Laptops", "Tablet computers", "cyber security software purchased"):
    that name, without a trailing verb."""
    words = _phrase_words(re.sub(r"[.?:;,]+$", "", part))
    while words and re.fullmatch(_STOP, words[-1], re.I):
        words = words[:-1]
    if 1 <= len(words) <= 5 and not any(re.fullmatch(_STOP, w, re.I) for w in words):
        return " ".join(words)
    return ""


def _content_words(text: str) -> str:
    """Two words a reply answering this question is likely to repeat: the question's first two that are not
    filler ("private contractor")."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", text) if not _FILLER.match(w)]
    return " ".join(words[:2])


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
