"""The request's questions as it numbers them (`split_questions`), for `foi survey draft` (reader/draft.py): "1",
"2a" ... as the request writes its numbers, letters and lists; a request that numbers nothing gives one question per
line or sentence that asks."""

from __future__ import annotations

import re

from .draft_periods import only_periods
from .periods import find_periods
from .sentences import line_bounds

__all__ = ["periods_after", "split_questions"]

# --- questions ----------------------------------------------------------------------------------------------

# ("1 January 2021 to 31 December 2021, ..." at a line's start is a day, not question 1; "(1)." and "1.)" number
# as "1." does)
_NUM = (r"(?:(?:Q(?:uestion)?|Request(?:\s+for\s+information)?|Part|Item)\s*\.?\s*)?\(?(\d{1,2})(?:\)[.:]?|\.\)?|:|,(?=[ \t]+[A-Z])|\s*[-–]\s|"
        r"[ \t]+(?=[A-Z])(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+(?:19|20)\d\d\b)|/(?=[ \t]))")
_LINE_NUM = re.compile(rf"^[ \t>*•\-]*{_NUM}\s*(?=\S)", re.I | re.M)
# "a. Laptops", "(m) 20 or more years", "a Laptops", "A. Mechanical noise", "(B) The week ...": a lettered part
# (unpunctuated only a to h, as a word such as "a" or "I" could start a line)
_LINE_LETTER = re.compile(r"^[ \t>*•\-]*\(?(?:([a-z])(?:[.)]|/(?=[ \t]))\s*(?=\S)|([a-h])[ \t]+(?=[A-Z])|"
                          r"([A-Z])[.)][ \t]*(?=\S))", re.M)
# "... vacant for over a) two years b) five years and c) ten years?": parts lettered inside a sentence ("j)" after
# "h)", as many leave out the "i" that reads as a roman one; "b) PM10 and c)PM2.5": a letter run into its first word)
_INLINE_LETTER = re.compile(r"(?:(?<=\s)|^)\(?([a-hj])\)\s*(?=\S)")
_LINE_ROMAN = re.compile(r"^[ \t>*•\-]*\(?(i{1,3}|iv|vi{0,3})[.)]\s*(?=\S)", re.M)
# "3.i. The nature and date of conviction.": the first of an earlier question's parts, numbered in roman under it
_NUMBER_ROMAN = re.compile(r"^[ \t>*•\-]*(\d{1,2})\.[ \t]*\(?(i)[.)][ \t]*(?=\S)", re.M)
# "...information:1.Does your council ... 2.Please provide ...": numbers run into the text
_INLINE_NUM = re.compile(r"(?:(?<=[\s:;.?!)])|^)(\d{1,2})[.)]\s*(?=[A-Z(\"'])")
_ASKS = re.compile(r"\b(?:how many|how much|number of|what (?:is|was|were|are)|total|amount|cost|spend|spent|"
                   r"expenditure|income|revenue|provide|list|please|can you|could you|do you|does the|did the)\b",
                   re.I)
_SIGN_OFF = re.compile(r"^\s*(?:yours (?:faithfully|sincerely)|kind regards|regards|many thanks|thank you)\b",
                       re.I | re.M)



def _cut_sign_off(text: str) -> str:
    m = _SIGN_OFF.search(text)
    return text[:m.start()] if m else text


def _sequential(matches: list[re.Match], restart: bool = False, first: int = 1) -> list[tuple[re.Match, str]]:
    """The longest run 1, 2, 3 ... among numbered matches (stray numbers such as "2020." are skipped), each with
    its id. With `restart`, a second run that starts again at 1 (a request in sections, "Littering: 1. 2. 3.",
    "Fly-tipping: 1. 2.") goes on from the first's last number, as people then cite them. With `first`, the run
    starts there (a request whose first question has no number of its own)."""
    out: list[tuple[re.Match, str]] = []
    want, offset = first, 0
    for i, m in enumerate(matches):
        n = int(m.group(1))
        if n == want:
            out.append((m, str(n + offset)))
            want += 1
        elif len(out) >= 2 and n == want + 1 and (
                any(int(x.group(1)) == n + 1 for x in matches[i + 1:i + 2])
                or (i == len(matches) - 1 and _line_after(m.string, m.end()).rstrip().endswith("?"))):
            # "1. ... 2. ... 4. How many cremations ...? 5. ...": a number left out, the run going on after it; the
            # questions keep the request's own numbers, as a reply answers them ("Q4 165")
            out.append((m, str(n + offset)))
            want = n + 1
        elif restart and n == 1 and want > 2:
            offset += want - 1
            out.append((m, str(n + offset)))
            want = 2
        elif out and n == want - 1 and out[-1][1] in (str(n + offset), f"{n + offset}a") \
                and _next_line_alike(out[-1][0], m):
            # "Q.5 How many ... proposed for closure ...?" / "Q.5 How much do you propose to spend ...?": two
            # questions numbered alike are lettered under their number, 5a and 5b
            if not out[-1][1].endswith("a"):
                out[-1] = (out[-1][0], f"{n + offset}a")
            out.append((m, f"{n + offset}b"))
        elif out and n == want - 1 and out[-1][1] == str(n + offset) and _NUMBER_ROMAN.search(
                m.string, out[-1][0].end(), m.start()):
            # "4. The number of PHV licenses ..." / "3.i. The nature ..." / "ii. ..." / "4. The criteria ...": a number
            # said again after another number's parts is the next question, numbered on
            out.append((m, str(want + offset)))
            want += 1
    return out if len(out) >= 2 or (out and len(matches) == 1) else []


def _next_line_alike(prev: re.Match, m: re.Match) -> bool:
    """Whether ``m`` numbers the line right after ``prev``'s question, set in as far (not an item indented under
    it, nor a number cited further down)."""
    def indent(x: re.Match) -> int | None:     # how far its line is set in; None: not its line's start
        lead = x.string[x.string.rfind("\n", 0, x.start()) + 1:x.start() + 1 + len(x.group(0))]
        return None if lead[:len(lead) - len(lead.lstrip(" \t>*\u2022-"))].strip(" \t>*\u2022-") \
            else len(lead) - len(lead.lstrip(" \t>*\u2022-"))
    between = m.string[prev.end():m.start()].split("\n")
    return len(between) >= 2 and not any(ln.strip() for ln in between[1:]) and indent(prev) is not None \
        and indent(prev) == indent(m)


def _letter(m: re.Match) -> str:
    return next(g for g in m.groups() if g)


def _follows(prev: str | None, ch: str) -> bool:
    """`ch` is the letter after `prev` (None: the first, "a" or "A"), in the same case; "j" may follow "h", as
    many lists leave out the "i" that reads as a roman one."""
    if prev is None:
        return ch in "aA"
    return prev.islower() == ch.islower() and (ord(ch) == ord(prev) + 1 or (prev in "hH" and ch in "jJ"))


def _letters(body: str, restart: bool = False) -> list[re.Match]:
    """Lettered parts a, b, c ... (or A, B, C ...) in order (a stray capital or a word such as "a" mid-run is
    skipped). A part run on after the last one's line ("(c) The budget ..., and (d) The maintenance history ...")
    is a part too when its letter is the next. `restart`: letters that start again at "(a)" after "(c)" go on the
    same run (a request that letters its questions, section by section, with no numbers)."""
    out: list[re.Match] = []
    for m in _LINE_LETTER.finditer(body):
        prev = _letter(out[-1]) if out else None
        if _follows(prev, _letter(m)) or (restart and prev not in (None, "a", "A") and _follows(None, _letter(m))
                                          and prev.islower() == _letter(m).islower()):
            out.append(m)
    if len(out) < 2:
        return []
    for m in _INLINE_LETTER.finditer(body, out[-1].end()):
        if _follows(_letter(out[-1]), m.group(1)):
            out.append(m)
    return out


def _inline_letters(body: str) -> list[re.Match]:
    out: list[re.Match] = []
    for m in _INLINE_LETTER.finditer(body):
        if _follows(_letter(out[-1]) if out else None, m.group(1)):
            out.append(m)
    return out if len(out) >= 2 else []


def _with_parts(qid: str, body: str, letters: list[re.Match], last: bool,
                offset: int = 0) -> list[tuple[str, str, str]]:
    """A question's parts a, b, c ... as (id, stem + own words, own words); the stem is a question of its own
    when it asks one ("1. How many devices did you need? a. Of these, how many were laptops?"). `offset` is where
    `body` starts in the text the parts were found in."""
    out = []
    stem = body[:letters[0].start() - offset].strip()
    periods = _periods_then_ask(body, letters, offset)
    if periods:
        # "For each of the last two financial years a) 2018/19 and b) 2019/20 how much has your council spent
        # on ...": the parts are the periods the ask after them is asked for, each part that ask for its period
        ask = _clean(stem + " " + periods[1]).rstrip(".?;, ")
        return [(f"{qid}{chr(ord('a') + i)}", f"{ask}: {p}", p) for i, p in enumerate(periods[0])]
    if _asks(stem) and "?" in stem:
        out.append((qid, _clean(stem), _clean(stem)))
    if _heading(stem):
        stem = ""       # "1) Gritting activity" over "a) The total number of days ...": a section's name, asked nothing
    lb = [x.start() - offset for x in letters] + [len(body)]
    for i, (x, e) in enumerate(zip(letters, lb[1:])):
        part = body[x.end() - offset:e]
        own = _clean(_first_paragraph(part) if last or i < len(letters) - 1 else part)
        out.append((f"{qid}{chr(ord('a') + i)}", _clean(stem + " " + own), own))
    return out


# how a stem that qualifies its parts starts ("In the cases of those convicted", "Of those", "Where ...")
_QUALIFIES = re.compile(r"(?:in|for|of|on|at|where|when|if|from|by|with|about|regarding|as|to|during|since|between|"
                        r"within|under|over|after|before|how|what|which|who|please|can|could|would|do|does|did|is|are)\b",
                        re.I)


def _heading(stem: str) -> bool:
    """Whether the words a question's number stands over, before its lettered parts, only name a section ("Gritting
    activity", "Costs and budgets", "Time and resource use (where recorded)", "EHE -"): a few words that ask nothing,
    say nothing of the parts and lead into nothing (no ':' or '?'), so no part is asked with them."""
    bare = _ASIDE.sub("", stem).strip(" \t\n-–")
    return 1 <= len(bare.split()) <= 5 and not stem.rstrip().endswith((":", ":-", "?", ",")) and not _asks(stem) \
        and not _QUALIFIES.match(bare) and not _COUNTED.search(stem) and bare[:1].isupper()


def _periods_then_ask(body: str, letters: list[re.Match], offset: int) -> tuple[list[str], str] | None:
    """Parts lettered inside a sentence that name only periods, the last going on with what is asked ("a) 2018/19
    and b) 2019/20 how much has your council spent on ..."): the periods as written and that ask; None otherwise."""
    ends = [x.start() - offset for x in letters[1:]] + [len(body)]
    owns = [body[x.end() - offset:e] for x, e in zip(letters, ends)]
    last = _first_paragraph(owns[-1])
    found = find_periods(last)
    # (a plain year before a comma, "b) 2022, how many ...", is a year too)
    end = found[0].end if found and not last[:found[0].start].strip() else \
        (m.end() if (m := re.match(r"\s*" + _YEAR_WORD.pattern, last)) else 0)
    if not end or not all(only_periods(_clean(o)) for o in owns[:-1]) \
            or "\n" in body[letters[0].start() - offset:letters[-1].end() - offset + end]:
        return None
    ask = _clean(last[end:].lstrip(" ,"))
    if len(_ASIDE.sub("", ask).split()) < 3 or not _asks(_ASIDE.sub("", ask)):
        return None
    words = [re.sub(r"\s+(?:and|or)$", "", _clean(o).rstrip(",;"), flags=re.I) for o in owns[:-1]]
    return words + [_clean(last[:end])], ask


def _parts_of_earlier(qid: str, body: str, last: bool) -> list[tuple[str, str, str]] | None:
    """A question followed by an earlier question's parts, in roman numerals from "N.i." under a line of their own
    ("4. The number of PHV licenses ...?" / "In the cases of those convicted:" / "3.i. The nature ..." / "ii. ..." /
    "iii. ..."): the question, then the parts lettered under N with that line as their stem; None where there are
    none."""
    first = _NUMBER_ROMAN.search(body)
    if first is None or not qid.isdigit() or int(first.group(1)) >= int(qid):
        return None
    romans = [first] + [m for m in _LINE_ROMAN.finditer(body, first.end()) if m.group(1) != "i"]
    if len(romans) < 2:
        return None
    lead_at = body.rfind("\n", 0, first.start())
    lead_at = body.rfind("\n", 0, lead_at) + 1 if lead_at > 0 else 0
    own = _clean(body[:lead_at]) if lead_at else ""
    stem = _clean(body[lead_at:first.start()]) if lead_at else ""
    if not own or not stem or _asks(stem) and "?" in stem:
        return None
    out = [(qid, own, own)]
    bounds = [m.start() for m in romans[1:]] + [len(body)]
    for i, (m, end) in enumerate(zip(romans, bounds)):
        part = _clean(_first_paragraph(body[m.end():end]) if last or i < len(romans) - 1 else body[m.end():end])
        out.append((f"{first.group(1)}{chr(ord('a') + i)}", _clean(stem + " " + part), part))
    return out


# "1a. Number of households ...", "2b) ...": the request numbers its parts itself
# ("3a What is your policy ...?": no stop after the letter, where the words after it start with a capital)
_LINE_PART = re.compile(r"^[ \t>*•\-]*(?:Q(?:uestion)?\s*\.?\s*)?\(?(\d{1,2})([a-h])(?:[.):]\s*(?=\S)|[ \t]+(?=(?-i:[A-Z])))",
                        re.M | re.I)
# "- The number of ...", "• How many ...": a list of unnumbered asks
_LINE_BULLET = re.compile(r"^[ \t]*(?:[-–•*▪●◦]|o(?=\s))[ \t]*(?=\S)", re.M)
# "Q.1 Which department ...", "Q 2 How many ...": a question number with no stop after it
_Q_SPACE = re.compile(r"^([ \t>*•\-]*Q(?:uestion)?\s*\.?\s*\d{1,2})[ \t]+(?=[A-Z])", re.M)


# a stem that stops where its parts go on: "How many claims has your council", "How much money did the council"
_OPEN_END = re.compile(r"\b(?:has|have|had|were|was|did|does|do|is|are|to|for|of|on|by|the|your|council|authority|"
                       r"organisation)\s*$", re.I)


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
    stem = ("", "")
    for (m, qid), end in zip(kept, bounds[1:]):
        words = _clean(_first_paragraph(text[m.end():end]) if m is kept[-1][0] else text[m.end():end])
        if qid.isdigit():
            stem = (qid, "")
            if re.search(r":\s*$", text[m.end():end].rstrip()) or (
                    "?" not in words and len(words.split()) <= 12 and _OPEN_END.search(words)):
                # "1. How many claims has your council: 1a. Received ... 1b. Accepted ...": a stem that the
                # parts finish is no question of its own; each part is asked with it
                nxt = next((q for _, q in kept if q.startswith(qid) and q != qid), None)
                if nxt:
                    stem = (qid, words)
                    continue
        elif stem[1] and qid.startswith(stem[0]):
            out.append((qid, _clean(stem[1] + " " + words), words))
            continue
        out.append((qid, words, words))
    return out


def _asks(s: str) -> bool:
    return "?" in s or bool(_ASKS.search(s))


class _At:
    """Where a question starts that the request left without a number (its first, before "2.")."""

    def __init__(self, at: int) -> None:
        self.at = at

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.at


def _indent(m: re.Match) -> int:
    lead = m.group(0).expandtabs(4)
    return len(lead) - len(lead.lstrip(" "))


def _line_after(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[at:end if end >= 0 else len(text)]


def _nested(text: str, matches: list[re.Match]) -> tuple[list[re.Match], dict[int, list[re.Match]]]:
    """Numbered lists nested under a question ("1. A list of all properties recorded as:" over "    1. Long-term
    empty", "    2. Subject to ...", then "  2. For each property ..."): a run that starts again at 1 right under a
    numbered line that ends with ':' and is indented deeper than it is that question's parts, not its numbers.
    The matches left, and each question's parts by its position."""
    kept: list[re.Match] = []
    parts: dict[int, list[re.Match]] = {}
    i = 0
    while i < len(matches):
        m = matches[i]
        kept.append(m)
        i += 1
        if i >= len(matches) or int(matches[i].group(1)) != 1 or _indent(matches[i]) <= _indent(m) \
                or not _line_after(text, m.end()).rstrip().endswith(":"):
            continue
        children, deep = [], _indent(matches[i])
        j = i
        while j < len(matches) and _indent(matches[j]) >= deep and int(matches[j].group(1)) == len(children) + 1:
            children.append(matches[j])
            j += 1
        if len(children) >= 2:
            parts[m.start()] = children
            i = j
    return kept, parts


def _unwritten_first(text: str) -> list[tuple[re.Match | _At, str]]:
    """"How many notices has your authority served ...?" on a line of its own, then "2. Of those mentioned in 1.
    above, how many ...", "3. ...": the request numbers from 2, its first question being the line that asks
    before the 2 (a cross-reference such as "in 1. above" is no number of a question)."""
    run = _sequential(list(_LINE_NUM.finditer(text)), restart=True, first=2)
    if not run:
        return []
    before = text[:run[0][0].start()].rstrip()
    at = before.rfind("\n") + 1
    line = before[at:]
    if len(line.split()) >= 4 and (line.endswith("?") or _COUNTED.search(line)) and _asks(line):
        return [(_At(at), "1")] + run
    return []


def _lettered_over_numbers(text: str) -> list[tuple[str, str, str]]:
    """"A) Copies of the last 10 decisions for parking PCNs where:" over "1) The appellant was ..." "2) The council
    won ...", then "B) ..." over its own "1) 2)": the letters are the request's questions (numbered in order) and
    the numbers under each, starting again at 1, its parts."""
    letters = _letters(text)
    nums = list(_LINE_NUM.finditer(text))
    if not letters or not nums or nums[0].start() < letters[0].start():
        return []
    bounds = [x.start() for x in letters] + [len(text)]
    runs = [_sequential([n for n in nums if s <= n.start() < e]) for s, e in zip(bounds, bounds[1:])]
    if sum(1 for r in runs if r) < 2:
        return []
    out: list[tuple[str, str, str]] = []
    for i, (x, e, run) in enumerate(zip(letters, bounds[1:], runs), 1):
        last = i == len(letters)
        body = text[x.end():e]
        if run:
            out += _with_parts(str(i), body, [m for m, _ in run], last, offset=x.end())
        else:
            words = _clean(_first_paragraph(body) if last else body)
            out.append((str(i), words, words))
    return out


_LIST_ITEM = (_LINE_NUM, _LINE_LETTER, _LINE_ROMAN, _LINE_BULLET)


def _lists_under_asks(text: str) -> list[tuple[str, str, str]]:
    """A request written as lines that ask, some of them ending with ':' over a list ("... the number of
    complaints received for the following categories:" over "A. Amplified Music", "B. Mechanical noise", then
    "For each of the above categories, please provide a breakdown for:" over "1. No statutory nuisance found"
    ..., then "Please provide the guidance ..."): each line that asks is a question, numbered in order, and the
    list under it its parts (1a, 1b ...). Only where two lists or more each sit under such a line, and every
    listed line does: a list under "the following questions:" is the request's own numbering."""
    blocks: list[list] = []          # [start of the asking line, its line, [(item's own words)]]
    lists = 0
    for lm in re.finditer(r"[^\n]*\S[^\n]*", text):
        line = lm.group(0)
        item = next((m for r in _LIST_ITEM if (m := r.match(line))), None)
        if item is not None:
            if not blocks or not blocks[-1][1].rstrip().endswith(":"):
                return []
            blocks[-1][2].append((_clean(line[item.end():]), item.re is _LINE_BULLET))
            if len(blocks[-1][2]) == 2:
                lists += 1
            continue
        if blocks and blocks[-1][2] and not _asks(line):
            continue            # a note under a list
        if len(line.split()) >= 4 and (_asks(line) or _REQUESTS.search(line)) \
                and not (_INTRO.search(line) and not _COUNTED.search(line)):
            blocks.append([lm.start(), line, []])
        elif blocks:
            blocks[-1][1] += " " + line
    if lists < 2 or any(len(b[2]) == 1 for b in blocks):
        return []
    if _numbered_on(text):
        return []
    out: list[tuple[str, str, str]] = []
    for i, (_, line, items) in enumerate(blocks, 1):
        stem = _clean(line)
        if items and ((items[0][1] and not _bullets_ask([own for own, _ in items]))
                      or all(re.fullmatch(r"[\d\s/–-]+", own) for own, _ in items)):
            # bullets that only name things, or a list of years ("1. 2019", "2. 2020"): what the question breaks
            # down by, in its text
            stem = _clean(stem + " " + "; ".join(own for own, _ in items))
            items = []
        if not items:
            out.append((str(i), stem, stem))
        for k, (own, _) in enumerate(items):
            out.append((f"{i}{chr(ord('a') + k)}", _clean(stem + " " + own), own))
    return out


def _numbered_on(text: str) -> bool:
    """"please tell me:" over "1) How many ...", "2) What is ...", then "If your council has staff ..., please tell
    me:" over "3) Their job titles", "4) ...": a list that goes on with the numbers of the list before it, never
    starting again, is the request's own numbering, not parts of the lines above it."""
    nums = list(_LINE_NUM.finditer(text))
    return len(nums) >= 3 and [int(m.group(1)) for m in nums] == list(range(1, len(nums) + 1)) \
        and any(text[:m.start()].rstrip().endswith(":") for m in nums[1:])


# a line that says what the request's words mean, not an ask: "By closed I mean closed down, closed due to the land
# being sold, or land redeveloped ...", "For the purposes of this request, 'agency staff' means ..."
_DEFINES = re.compile(r"(?:by\s+['\"\u2018\u201c]?[\w\s-]{1,40}?['\"\u2019\u201d]?,?\s+(?:i|we)\s+mean|for\s+the\s+purposes?\s+of\s+"
                      r"this\s+request\b[^.]{0,80}?\b(?:means?|includes?|refers?\s+to))\b", re.I)
# the letter's opening line, which names what the asks below are about: "I am writing to obtain information relating
# to the number of playgrounds closed over the last 5 calendar years." (over three lines that ask)
_WRITING_ABOUT = re.compile(r"i\s+am\s+writing\s+to\s+(?:obtain|request|ask\s+for|seek)\s+(?:some\s+)?information\s+"
                            r"(?:relating\s+to|about|on|regarding|concerning)\b", re.I)


def _lines_that_ask(text: str) -> list[str]:
    """A request written one ask to a line, without numbers ("The number of CCTV cameras installed ...", "How many
    staff are involved ...", "If any of the monitoring provisions include audio capabilities.", "The location of
    the main monitoring station."): three lines or more in a row, each one sentence of its own (it starts with a
    capital, the line before ends with a stop, '?' or ':', and no sentence starts inside it), most of them asking:
    each line of the run is a question, as the request lists them (a later line may cite one by its place: "If
    (v) exists ..."). Lines before the first ask (or ending ':' there, an introduction) and after the last are
    not asks."""
    asks = lambda x: x.endswith("?") or bool(_COUNTED.search(x) or _REQUESTS.search(x) or _ASKS.search(x))  # noqa: E731
    best: list[str] = []
    run: list[str] = []           # each line as written, stripped
    for raw in text.split("\n") + [""]:
        line = raw.strip()
        own = bool(line) and line[0].isupper() and len(line.split()) >= 3 \
            and not _NEW_SENTENCE.search(line) and not _SIGN_OFF.match(line)
        if run and _ASIDE.fullmatch(line) and _ends_sentence(run[-1]):
            run[-1] = f"{run[-1]} {line}"       # "(Or are they recorded as hate crimes?)": the line above's aside
            continue
        if own and (not run or _ends_sentence(run[-1]) or ("?" in run[-1] and not _NEW_SENTENCE.search(run[-1]))):
            run.append(line)
            continue
        if len(run) > len(best):
            best = run
        run = [line] if own else []
    best = [x for x in best if not (_INTRO.search(x) and not _COUNTED.search(x)) and not _DEFINES.match(x)]
    while best and (not asks(best[0]) or best[0].endswith((":", ":-"))
                    or (_WRITING_ABOUT.match(best[0]) and len(best) > 3)):
        best = best[1:]
    while best and not asks(best[-1]):
        best = best[:-1]
    if len(best) >= 3 and 2 * sum(1 for x in best if asks(x)) >= len(best):
        return [_clean(x) for x in best]
    return []


# a line lettered or numbered in roman as a part: "a) 2021", "(b) odour", "ii. off-street", "a.) As an absolute number?"
_PART_LINE = re.compile(r"^[ \t>*•\-]*\(?(?:[a-z]|i{1,3}|iv|vi{0,3})(?:\.\)|[.)])[ \t]*(?=\S)", re.I)
# a part that opens by asking of its own: "a) How many were paid?", "a) The total number of empty residential
# properties ...", "b) Please list ..." (not "a.) As an absolute number?", "b.) As a percentage of the total number of
# ballots issued?", "i) noise")
_OWN_ASK = re.compile(r"(?:how|what|which|who|when|where|why|do|does|did|is|are|was|were|has|have|can|could|will|would|"
                      r"please|(?:a|the)\s+(?:total\s+)?(?:numbers?|amount|cost|costs|spend|value|list|names?|details|"
                      r"cop(?:y|ies))\s+(?:of|spent|paid)|(?:total\s+)?(?:numbers?|amount|cost|costs|spend)\s+of)\b", re.I)


def _stems_over_parts(text: str) -> list[tuple[str, str, str]]:
    """A request that numbers nothing, with a question ending ':' over lettered (or roman) parts that only say what
    it is asked for ("How many PCNs were issued:" over "a) in 2021", "b) in 2022"; "Please tell me the number of
    complaints received about:" over "i) noise", "ii) odour"), and asks of their own on the lines around them
    ("What was the income from PCNs?", a bulleted "- The income from PCNs"): each ask is a question, numbered in
    order, and a stem's parts are its parts (1a, 1b), each asked with the stem's words. [] unless some stem has
    two parts or more, and every lettered line is a part of one; parts that ask of their own ("a) How many were
    paid?") are the request's questions, lettered in place of numbers, and are left to the caller."""
    groups: list[tuple[str, list[str]]] = []       # (an ask, or a stem ending ':', and its parts)
    for line in (ln.strip() for ln in text.split("\n")):
        part = _PART_LINE.match(line)
        if part:
            if not groups or not groups[-1][0].endswith(":"):
                return []
            groups[-1][1].append(_clean(line[part.end():]))
            continue
        ask = _clean(_LINE_BULLET.sub("", line, count=1))
        if line.endswith(":"):
            groups.append((f"{ask}:", []))
        elif _asks(line) and len(ask.split()) >= 3:
            groups.append((ask, []))
    stems = [(ask, parts) for ask, parts in groups if parts]
    # (a stem names what is counted or asks; a lead-in, "Could you kindly provide me with:", does not)
    if not any(len(parts) >= 2 for _, parts in stems) or any(len(parts) == 1 for _, parts in stems) \
            or not all(_COUNTED.search(ask) or re.search(r"\b(?:how\s+(?:many|much)|what|which)\b", ask, re.I)
                       for ask, _ in stems) \
            or any(_OWN_ASK.match(p) or _REQUESTS.match(p) for _, parts in stems for p in parts):
        return []
    out: list[tuple[str, str, str]] = []
    for n, (ask, parts) in enumerate([g for g in groups if g[1] or not g[0].endswith(":")], 1):
        stem = _clean(ask)
        if not parts:
            out.append((str(n), stem, stem))
            continue
        out += [(f"{n}{chr(ord('a') + i)}", _clean(f"{stem} {p}"), p) for i, p in enumerate(parts)]
    return out


# the line over a list of periods that asks everything above it for them: "Please provide all this information for
# the following years", "I would like the above for these periods:"
_FOR_ALL = re.compile(r"\b(?:this|these|the\s+above|all)\b[^\n]{0,60}?\b(?:years?|periods?|dates?)\b|"
                      r"\bfollowing\s+(?:(?:financial|calendar|academic)\s+)?(?:years|periods)\b", re.I)


def periods_after(request: str) -> int:
    """Where a list of periods that every question above it is asked for starts (the line that leads into it,
    "Please provide all this information for the following years" over "1. Christmas 2015" ... "5. Christmas 2019",
    after the questions), or -1: its items are no questions, and its periods are the request's."""
    text = _cut_sign_off(request).rstrip()
    items: list[str] = []
    end = len(text)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        end = start - 1
        if not line:
            continue
        item = next((m for r in _LIST_ITEM if (m := r.match(line))), None)
        own = _clean(line[item.end():] if item else line)
        if len(own.split()) <= 4 and _YEAR_WORD.search(own):
            items.append(own)
            continue
        if len(items) < 2 or not (all(only_periods(x) for x in items) or _alike_but_period(items)) \
                or item is not None or not _FOR_ALL.search(line) or _COUNTED.search(line) \
                or line.endswith("?") or not _asks(text[:start]):
            return -1
        return start
    return -1


# a year as a list writes it: "2015", "2018/19", "2019-20"
_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d(?:\s*[/-]\s*\d\d(?:\d\d)?)?\b")


def _alike_but_period(items: list[str]) -> bool:
    """Items that differ only by the year they name ("Christmas 2015", "Christmas 2016"): each names that year's
    period, not a thing of its own."""
    bare = {_YEAR_WORD.sub("#", x.lower()).rstrip(".,;") for x in items}
    return len(bare) == 1 and all(len(_YEAR_WORD.findall(x)) == 1 for x in items)


def split_questions(request: str) -> list[tuple[str, str, str]]:
    """The request's questions as (id, text, own words): "1", "2a" ... as the request numbers them; a lettered
    part's text is its question's stem and its own words. A request with no numbering gives one question per
    listed item, or one per sentence that asks for something."""
    text = _cut_sign_off(request)
    if (listed_at := periods_after(text)) > 0:
        text = text[:listed_at]
    text = _Q_SPACE.sub(r"\1.", text)
    parts = list(_LINE_PART.finditer(text))
    if len(parts) >= 2:
        return _numbered_with_parts(text, parts)
    listed = _lists_under_asks(text) or _lettered_over_numbers(text)
    if listed:
        return listed
    line_nums, nested = _nested(text, list(_LINE_NUM.finditer(text)))
    nums: list = _sequential(line_nums, restart=True) or _unwritten_first(text)
    inline = _sequential(list(_INLINE_NUM.finditer(text)))
    if len(inline) > len(nums):
        nums = inline       # "1. A list of ... 2. Copies of ... 3. ...": numbers run on in one paragraph
    out: list[tuple[str, str, str]] = []
    if nums and (named := _names_under_ask(text, [m for m, _ in nums])):
        after = text[nums[-1][0].end():].partition("\n")[2]
        if asks := _asks_listed(after):
            # "... bus subsidies ... on the following routes" over "1) Route 400" ... "4) Route 9", then "i) Most
            # recent amount of subsidy provided per route", "ii) Number of estimated passengers per route ...": the
            # things are what each ask is asked about, the asks the request's questions
            things = "; ".join(named[1])
            return [(str(i), f"{a} ({things})", a) for i, a in enumerate(asks, 1)]
        return [(qid, _clean(f"{named[0]} {name}"), name) for (_, qid), name in zip(nums, named[1])]
    if nums:
        bounds = [m.start() for m, _ in nums] + [len(text)]
        for (m, qid), end in zip(nums, bounds[1:]):
            body = text[m.end():end]
            last = m is nums[-1][0]
            if m.start() in nested:
                out += _with_parts(qid, body, nested[m.start()], last, offset=m.end())
                continue
            if (under := _parts_of_earlier(qid, body, last)) is not None:
                out += under
                continue
            romans = list(_LINE_ROMAN.finditer(body))
            letters = _letters(body) or (romans if len(romans) >= 2 else [])
            if not letters:
                letters = _inline_letters(_first_paragraph(body) if last else body)
            if not letters:
                letters = _listed_under_colon(body) or _lone_follow_up(body)
            if letters:
                out += _with_parts(qid, body, letters, last)
            else:
                words = _clean(_first_paragraph(body) if last else _without_heading(body))
                asks = _counts_apart(words)
                # (a later part that asks "within this period" is asked with the first, as a lettered part with its
                # stem, for the first's period)
                out += [(f"{qid}{chr(ord('a') + i)}", f"{asks[0]} {a}" if i and _PERIOD_BACK.search(a) else a, a)
                        for i, a in enumerate(asks)] if asks else [(qid, words, words)]
        return out
    letters = _letters(text, restart=True)
    romans = list(_LINE_ROMAN.finditer(text))
    if not letters and len(romans) >= 2 and [m.group(1) for m in romans[:2]] == ["i", "ii"]:
        letters = romans        # "(i) The number of ... (ii) The average ...": the request's questions
    if not letters:
        # "For the financial years 2013/14 and 2014/15 a) How many fixed penalties ...? b) How many ...?": parts
        # lettered in one paragraph, each asking
        inline = _inline_letters(text)
        bounds = [x.start() for x in inline] + [len(text)]
        if inline and all(_asks(_first_paragraph(text[x.end():e])) for x, e in zip(inline, bounds[1:])):
            letters = inline
    stems = _stems_over_parts(text) if letters else []
    if stems:
        return stems
    if letters:
        # "a) The total number of ... b) The above split by ...": lettered questions with no number over them
        # are the request's questions 1, 2 ...
        lb = [x.start() for x in letters] + [len(text)]
        parts_ = [_clean(_first_paragraph(text[x.end():e])) for x, e in zip(letters, lb[1:])]
        return [(str(i), part, part) for i, part in enumerate(parts_, 1)]
    columns = _table_columns(text)
    if columns:
        return [(str(i), f"{c}{tail}", c) for i, (c, tail) in enumerate(columns, 1)]
    bullets = [m for m in _LINE_BULLET.finditer(text)]
    if len(bullets) >= 2:
        items = []
        for m in bullets:
            line_end = text.find("\n", m.end())
            items.append(_clean(text[m.end():line_end if line_end >= 0 else len(text)]))
        items = [i for i in items if len(i.split()) >= 3]
        if len(items) >= 2:
            # "the number of dogs put to sleep ... in the following format:" over "• Monthly figures for the past three
            # years ...": what each bullet asks for is the stem's thing, so the stem is in each question's text
            before = text[:bullets[0].start()].rstrip()
            stem = _clean(before[before.rfind("\n\n") + 1:]) if before.endswith(":") else ""
            stem = stem if stem and _COUNTED.search(stem) and not _COUNTED.search(items[0]) else ""
            if not stem and not _bullets_ask(items) and (leads := _asks_over_fields(text, bullets)):
                return [(str(i), lead, lead) for i, lead in enumerate(leads, 1)]
            out = []
            for i, item in enumerate(items, 1):
                inner = _inline_letters(item)
                whole = f"{stem} {item}" if stem else item
                out += _with_parts(str(i), item, inner, True) if inner else [(str(i), whole, item)]
            return out
    lines = _lines_that_ask(text)
    if lines:
        return [(str(i), q, q) for i, q in enumerate(lines, 1)]
    return _kept_numbers(_asking_sentences(text))


def _names_under_ask(text: str, nums: list[re.Match]) -> tuple[str, list[str]] | None:
    """"Please could you provide the costs incurred by the council ... for the following across the authority." over
    "1. Christmas lights", "2. Christmas decorations" ...: numbered items that only name things, under a line that
    asks for a count or a sum of the following, are that ask for each thing; the line and each item's name (its
    first line: what follows it is a note to all of them). None otherwise."""
    before = text[:nums[0].start()].rstrip()
    lead = before[before.rfind("\n") + 1:].strip()
    if not (_COUNTED.search(lead) and (re.search(r"\bthe\s+following\b", lead, re.I) or lead.endswith(":"))):
        return None
    names = [_clean(_line_after(text, m.end())) for m in nums]
    if not all(1 <= len(n.split()) <= 8 and "?" not in n and not (_ASKS.search(n) or _COUNTED.search(n)
                                                                   or _REQUESTS.search(n)) for n in names):
        return None
    return _clean(lead), names


def _asks_listed(text: str) -> list[str]:
    """The items of the first list in `text` (roman, lettered or bulleted, one to a line), when most of them ask."""
    for found in (list(_LINE_ROMAN.finditer(text)), _letters(text), list(_LINE_BULLET.finditer(text))):
        items = [_clean(_line_after(text, m.end())) for m in found]
        if len(items) >= 2 and _bullets_ask(items):
            return items
    return []


# a sentence that asks for a count of its own: "Please also state the number of Community Protection Warnings
# (CPWs) issued ...", "How many ...?"
_COUNT_ASK = re.compile(r"\b(?:number\s+of|how\s+many)\b", re.I)
# "within this period", "in these years": the period of the sentence before
_PERIOD_BACK = re.compile(r"\b(?:this|these|that|those|the\s+same)\s+(?:periods?|years?|time\s*frames?)\b", re.I)
# a count of what the sentence before counted: "Of these devices, how many ...", "Please can you show this figure
# as ...", "broken down by ..."
_SUB_COUNT = re.compile(r"\b(?:of\s+(?:these|those|which|them)|broken\s+down|break\w*\s+(?:this|these|it|them)\s+"
                        r"down|split\s+by)\b", re.I)


_COUNT_HEAD_Q = re.compile(r"^\W*(?:the\s+)?(?:total\s+)?number\s+of\b|^\W*how\s+many\b", re.I)


def _counts_apart(words: str) -> list[str]:
    """A numbered question that asks in two sentences or more for counts of different things ("1. Please state the
    number of Community Protection Notices (CPNs) issued ... Please also state the number of Community Protection
    Warnings (CPWs) issued within this period."): one part per count, as a reply may answer one and not the other;
    a sentence that asks no count (the detail of the one before: "Please if possible give the offences ...") stays
    with the part before it. [] when it asks fewer than two counts apart."""
    sentences = re.split(r"(?<=[.?!])\s+(?=[A-Z])", words)
    # "The total number of appeals lodged ..., and the total number of residential units involved in these appeals.":
    # two counts in one sentence, the second of another thing (its own words, though they share one)
    pieces = [(i > 0, piece) for sent in sentences for i, piece in enumerate(
        re.split(r",\s+and\s+(?=the\s+(?:total\s+)?number\s+of\s+(?!the\b|these\b|those\b|such\b|them\b))", sent)
        if _COUNT_HEAD_Q.match(sent) else [sent])]
    out: list[str] = []
    for second, sent in pieces:
        m = _COUNT_ASK.search(sent)
        new = m is not None and not _SUB_COUNT.search(sent) and not _SAME_FIGURE.search(sent) \
            and not (out and not second and _counted(sent[m.end():]).lower() in " ".join(out).lower())
        if out and not new or len(out) == 1 and not _COUNT_ASK.search(out[0]):
            out[-1] = f"{out[-1]} {sent}"
        else:
            out.append(sent)
    return out if len(out) >= 2 else []


def _counted(after: str) -> str:
    """The thing a count asks for, from the words after "number of": its first word that is not a determiner
    ("the total number of cameras affected" -> "cameras"), with the capitalised words that name it with it
    ("Community Protection Warnings")."""
    m = re.match(r"(?:\s*\b(?i:the|a|an|any|all|total|these|those|this|that|how|your|its|their|each|of)\b)*\s*"
                 r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|[\w-]+)", after)
    return m.group(1) if m else after


def _asks_over_fields(text: str, bullets: list[re.Match]) -> list[str]:
    """"Please provide details of all trees felled and pruned ... within the last two years. Information to include;"
    over "– Location (Plan(s), ward, postcode ...)" / "– Date of works" / ..., then "Please also provide details of
    all new tree planting ... Information to include;" over its own list: each list names the fields of the one
    thing the line above it asks for, so each such line is a question (its lead-in to the fields left out), not each
    field. [] unless every list of bullets stands under a line that asks for something it names and ends with ':'
    or ';', and no list's items ask of their own ("• The number of pest control incidents ..."); a line that only
    leads into the list ("Please provide the following information ...:", "Please could you detail;") names
    nothing."""
    runs: list[tuple[str, list[str]]] = []
    prev_end = -1
    for m in bullets:
        line_start, line_end = line_bounds(text, m.start(), m.end())
        item = _clean(text[m.end():line_end])
        if runs and line_start - 1 == prev_end:
            runs[-1][1].append(item)        # the same list goes on
        else:
            above = text[:line_start].rstrip()
            runs.append((above[above.rfind("\n") + 1:].strip(), [item]))
        prev_end = line_end
    leads: list[str] = []
    for lead, items in runs:
        if not lead.endswith((":", ";")) or not _ASKS.search(lead) or _LINE_BULLET.match(lead) \
                or _INTRO.search(lead) or _bullets_ask(items):
            return []
        sentences = re.split(r"(?<=[.?!])\s+(?=[A-Z])", lead)
        if len(sentences) >= 2:
            lead = " ".join(sentences[:-1])     # "Information to include;": the fields' lead-in
        words = _clean(lead.rstrip(":;"))
        if len(words.split()) < 6:
            return []       # "Please could you detail": it names nothing
        leads.append(words)
    return leads


def _bullets_ask(items: list[str]) -> bool:
    """Bulleted items are asks of their own ("• The number of properties ... EDMO") when most of them ask; items
    that only name things ("• England", "• 2019", "• Full postal address") are what the question breaks down by,
    not its parts (a request that numbers or letters a list means each item answered apart, whatever it says)."""
    asking = [i for i in items if _COUNTED.search(i) or _REQUESTS.search(i) or i.rstrip().endswith("?")
              or _ASKING_LEAD.match(i)]
    return 2 * len(asking) > len(items)


# an item that opens by asking for a figure or for whatever there is: "The number and type of formal enforcement
# notices issued", "Any high-level performance data or statistical summaries"
_ASKING_LEAD = re.compile(r"\s*(?:the\s+)?(?:numbers?|types?)\s+and\s+(?:numbers?|types?)\s+of\b|\s*any\s+(?!other\b)\w+",
                          re.I)


def _listed_under_colon(body: str) -> list[re.Match]:
    """A numbered question that ends with ':' over a list of its own, right under that line ("3. Please also
    provide:" over "• The number of properties ... EDMO", "• The number ... Compulsory Purchase"): the list's
    items are its parts when they ask (`_bullets_ask`); so is a lone "a)" under it (the rest of its list cut
    off)."""
    first, _, rest = body.partition("\n")
    if not first.rstrip().endswith(":"):
        return []
    bullets = list(_LINE_BULLET.finditer(body))
    if len(bullets) >= 2 and bullets[0].start() == len(first) + 1 \
            and _bullets_ask([_line_after(body, b.end()) for b in bullets]):
        return bullets
    lettered = list(_LINE_LETTER.finditer(body))
    if len(lettered) == 1 and _letter(lettered[0]) in "aA":
        return lettered
    return []


# what a part that follows up its question's answer starts with: "a. If so how many ...", "a. If yes, which system
# did you use previously?", "a. Of which, how many are receiving ..."
_FOLLOW_UP = re.compile(r"\s*(?:if\s+(?:so|yes)\b|of\s+(?:which|these|those)\b)", re.I)


def _lone_follow_up(body: str) -> list[re.Match]:
    """A numbered question that asks ("4. Have you sold any farms in the last five years?") over a lone "a." that
    asks on from its answer ("a. If so how many, what was the total number of acres ...") or asks more ("a. How many
    housing units have been granted planning permission"): a part of its own, 4a, as the request letters it, the
    question above it question 4."""
    first, _, rest = body.partition("\n")
    lettered = list(_LINE_LETTER.finditer(body))
    if len(lettered) != 1 or _letter(lettered[0]) not in "aA" or lettered[0].start() <= len(first):
        return []
    if not first.rstrip().endswith("?"):
        return []
    part = _line_after(body, lettered[0].end())
    return lettered if _FOLLOW_UP.match(part) or _asks(part) else []


def _table_columns(text: str) -> list[tuple[str, str]]:
    """A request that sets out the table it wants ("Council | Number of licences issued | Fee charged"): each
    column that counts or sums something is a question, in the order of the columns, as (column, the request's
    words after the table: its period, which each question asks too)."""
    for line in text.splitlines():
        cells = [_clean(c) for c in re.split(r"\s*\|\s*|\t+", line.strip().strip("|"))]
        cells = [c for c in cells if c]
        asked = [c for c in cells if _COUNTED.search(c) or re.search(r"\bnumber\b|\bhow\s+(?:many|much)\b", c, re.I)]
        if len(cells) >= 3 and len(asked) >= 2:
            after = _clean(_first_paragraph(text[text.find(line) + len(line):]))
            tail = f" {after}" if after and len(after.split()) <= 12 else ""
            return [(c, tail) for c in asked]
    return []


# a line break ends a sentence after punctuation, or before a line that starts as a question or an ask does (a
# hard-wrapped line runs on in lower case)
# (also a stop with no space after it, the next sentence run on: "... please.How many ...?Of those, how many ...?")
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+|(?<=[a-z0-9)]\?)(?=[A-Z][a-z])|(?<=[a-z]{3}\.)(?=[A-Z][a-z]+\s)|\n\s*\n|"
                           r"(?<=[:;,])[ \t]*\n|\n(?=[ \t]*(?:[A-Z]|(?:how|what|which|number|the|total)\b))")
_COUNTED = re.compile(r"\b(?:how many|how much|number of|cost|costs|spend|spent|spending|total|amount|income|revenue|"
                      r"fees?|fines?|paid|budget)\b", re.I)
_INTRO = re.compile(r"\b(?:the following|as follows|following questions|following information)\b|"
                    r"\brequest\s+(?:some\s+)?(?:data|information)\s+(?:on|about|regarding|concerning|relating\s+to|"
                    r"in\s+relation\s+to)\b|"
                    r"\b(?:supply|send|provide|give|email)\s+(?:me\s+|us\s+)?(?:with\s+)?(?:these|this|it|them|that)\b", re.I)
# "Please give the name of all ten roads ...", right after a question: that question's detail, not a new one
_DETAIL = re.compile(r"^(?:please\s+(?:give|provide|include|break|list|specify|state|indicate|confirm|also)|"
                     r"if\s+(?:possible|so|yes|available|you can)|and\s+(?:if|where|please))\b", re.I)


# "Please provide individual figures per year.", "Please break down per year ...": how the figures asked just
# before are to be given, not a question of its own
_BY_PERIOD = re.compile(r"\b(?:per|by|for\s+each|each)\s+(?:calendar\s+|financial\s+)?(?:year|month|quarter)s?\b", re.I)


# "Please can you show this figure as ...", "Can these figures be broken down by ...": the question before, again
_SAME_FIGURE = re.compile(r"\b(?:this|these|that|those|the\s+above)\s+(?:figures?|numbers?|data|information|totals?|"
                          r"statistics)\b|\b(?:receive|have|get|see|provide|give|supply|send)\s+(?:this|these|it|them)\s+"
                          r"(?:as|by|per|for\s+each|broken\s+down|split)\b", re.I)


# "I am also requesting a copy of the noise recordings", "I would like the names of ...": a sentence that asks for
# something without a question mark or a count
_REQUESTS = re.compile(r"\b(?:(?:a\s+)?cop(?:y|ies)\s+of|please\s+(?:provide|send|supply|give|tell|list|state|"
                       r"confirm|advise|disclose)|i\s+(?:would|should)\s+(?:like|be\s+grateful)|i\s+(?:am\s+)?"
                       r"(?:also\s+)?request(?:ing)?|i\s+wish\s+to\s+(?:know|see|obtain|request)|what\s+(?:is|was|"
                       r"were|are)|(?:the|a)\s+(?:names?|list|details)\s+of)\b", re.I)
# "Firstly, how many ...", "Secondly, how much ...": the order the request asks in, not what it asks
_ORDINAL_LEAD = re.compile(r"^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|next|then|finally|"
                           r"lastly|also|additionally|further(?:more)?|and)\b[,:]?\s+", re.I)


def _sentence_parts(sent: str) -> list[str]:
    """One long sentence that asks several things between semicolons ("the number of ...; the number closed
    since 2015; and the cost of ...") is one question per part; parts that do not ask stay with the one
    before."""
    pieces = [_clean(p) for p in sent.split(";")]
    if len(pieces) < 2:
        return [sent]
    out: list[str] = []
    for piece in pieces:
        piece = re.sub(r"^(?:and|or)\s+", "", piece, flags=re.I)
        asks = bool(_COUNTED.search(piece) or _REQUESTS.search(piece) or piece.endswith("?")
                    or re.search(r"\bnumber\b", piece, re.I))
        if out and not (asks and len(piece.split()) >= 3):
            out[-1] = f"{out[-1]}; {piece}"
        else:
            out.append(piece)
    return out


# a question written without its question mark: "Between November 21st 2022 and November 21st 2017, how main
# compensation claims did you pay out to council tenants ...", "What budget does the council have for ..."
_QUESTION_FORM = re.compile(r"(?:^|,\s*)(?:how|what|which)\s+(?:[\w'-]+\s+){1,4}?(?:did|do|does|have|has|had|were|was|"
                            r"are|is|will)\s+(?:you|your|the\s+(?:council|authority)|it|they)\b", re.I)


def _with_periods_listed(text: str) -> str:
    """The text with lines that name only a period ("01/04/2016 - 31/03/2017") run on after the line above that
    leads into them ("... within the date ranges of:"), as the end of its sentence."""
    out: list[str] = []
    above = -1          # the last line with words, by its place in out
    joined = False
    for line in text.split("\n"):
        bare = line.strip()
        if bare and above >= 0 and (joined or out[above].rstrip().endswith(":")) and only_periods(bare):
            del out[above + 1:]
            out[above] = f"{out[above].rstrip()} {bare}"
            joined = True
            continue
        if bare:
            joined, above = False, len(out)
        out.append(line)
    return "\n".join(out)


def _asking_sentences(text: str) -> list[str]:
    """A request with no numbering: one question per sentence that asks for something — a question, a
    sentence naming a count or a sum, or one asking for a thing ("a copy of", "I would like", "please
    provide"); sentences that only introduce the questions are not questions."""
    out: list[str] = []
    after_question = False
    raws = _SENTENCE_END.split(_with_periods_listed(text))
    sentences = [part for raw in raws for part in _sentence_parts(_clean(raw))]
    # (the sentences that end ':', before the last: each leads into what follows)
    leads = {_clean(raw) for raw in raws[:-1] if raw.rstrip().endswith((":", ":-")) and _clean(raw) != _clean(raws[-1])}
    for raw in sentences:
        sent = _ORDINAL_LEAD.sub("", _clean(raw))
        if len(sent.split()) < 4:
            continue
        counted = bool(_COUNTED.search(sent))
        if out and ((after_question and _DETAIL.match(sent)) or _SAME_FIGURE.search(sent)
                    or (_DETAIL.match(sent) and _BY_PERIOD.search(sent) and not counted)):
            out[-1] = f"{out[-1]} {sent}"
            continue
        if not counted and raw in leads:
            # "For each of the last three financial years, please provide:" over the asks: it leads into them
            after_question = False
            continue
        requests = bool(_REQUESTS.search(sent) or re.match(r"(?:the\s+)?number\s+\w+ed\b", sent, re.I)
                        or _QUESTION_FORM.search(sent))
        asking = sent.endswith("?") or counted or requests
        if not asking or (_INTRO.search(sent) and not counted) or \
                not (_ASKS.search(sent) or "?" in sent or requests):
            after_question = False
            continue
        out.append(sent)
        after_question = sent.endswith("?")
    if not out:
        first = next((_clean(x) for x in _SENTENCE_END.split(text) if _ASKS.search(x) and len(x.split()) >= 4), "")
        out = [first] if first else []
    if not out:
        # nothing that reads as asking: the request's first sentence of its own (not a greeting) is its
        # question, so the draft still loads and the journalist corrects one question, not a blank page
        first = next((s for s in (_clean(x) for x in _SENTENCE_END.split(text))
                      if re.search(r"[A-Za-z]{3}", s) and not re.match(r"(?:dear|to whom|hello|hi|good\s+"
                                                                        r"(?:morning|afternoon))\b", s, re.I)), "")
        out = [first] if first else []
    return out


def _without_heading(body: str) -> str:
    """A question's text without the heading of the section after it ("Litter Bins", "Enforcement &
    Statistics" on a line of its own before the next number), or the paragraph that leads into the questions after
    it."""
    paragraphs = re.split(r"\n[ \t]*\n", body.strip())
    if len(paragraphs) >= 2 and paragraphs[-1].rstrip().endswith(":") and not _LINE_NUM.match(paragraphs[-1]):
        # "If your council has staff who issue fixed penalty notices, please tell me:": the stem of the questions
        # after it, not part of this one
        body = "\n\n".join(paragraphs[:-1])
    lines = body.rstrip().split("\n")
    if len(lines) >= 2 and re.fullmatch(r"[ \t]*[A-Z][\w&/,'’ -]{0,40}", lines[-1]) and len(lines[-1].split()) <= 5 \
            and not re.search(r"\d", lines[-1]):
        return "\n".join(lines[:-1])
    return body


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _first_paragraph(s: str) -> str:
    """Up to the first blank line (the second, where the first paragraph ends with ':' over what it asks): the
    request's last question or part does not run on into what follows it."""
    s = s.lstrip("\n")
    m = re.search(r"\n[ \t]*\n", s)
    if m and s[:m.start()].rstrip().endswith(":"):
        # "please can you tell me:" then, after a blank line, what it asks: "The volume of these herbicides ..."
        after = _BLANK_LINE.search(s, m.end())
        return s[:after.start()] if after else s
    return s[:m.start()] if m else s


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(" \t\n-–:;")


# A request pasted one ask to a line, as WhatDoTheyKnow shows it (see _lines_that_ask): a line may end with an aside
# after its question mark ("How much has the council been spending on clearing up graffiti? (year on year for the past
# 10 etc)"), an aside may stand on a line of its own under its question ("(Or are they recorded as hate crimes?)"), and
# an ask may go on after its question mark with the condition of a second part ("Are there any examples of places that
# have been repeatedly targeted? If so how many times in the time frame.") or what it means ("How is further support
# ... resourced? Ie how many members of staff are there for how many care leavers", with no stop at its end): still
# one ask to a line.
_NEW_SENTENCE = re.compile(r"[.?!]\s+(?!If\s+(?:so|yes|not|possible|available)\b|(?:Ie|I\.e\.|Eg|E\.g\.)\s)[A-Z]")
_ASIDE = re.compile(r"\([^()]{3,200}\)")
_TRAILING_ASIDE = re.compile(r"\s*\([^()]{0,200}\)$")


def _ends_sentence(line: str) -> bool:
    """Whether a line ends its sentence, an aside in brackets after its stop aside."""
    bare = _TRAILING_ASIDE.sub("", line) if line.endswith(")") else line
    return bare.endswith((".", "?", ":", ":-"))


# A page that lost a request's list markers but one: "... (please list more than one if necessary) 2. The total
# amount reimbursed ... call charges The quantity and total cost of: Laptops ... A copy of the council's guidance":
# where a marker was lost, an ask starts with a capital straight after a lower-case word, and the number that
# survived says which question follows it.
_LOST_MARKER = re.compile(r"(?<=[a-z)])\s+(?=(?:The|A|An)\s+(?:total|quantity|number|amount|cost|copy|list)\b)")
_KEPT_NUMBER = re.compile(r"\s+(\d{1,2})\.$")


def _kept_numbers(sentences: list[str]) -> list[tuple[str, str, str]]:
    """The asking sentences as questions 1, 2 ...; where a sentence ends with a question's number that survived
    ("... 2."), what runs on before it is the questions before that number (run-on asks lettered under the
    number they fall in) and what runs on after it takes the numbers after it."""
    plain = [(str(i), q, q) for i, q in enumerate(sentences, 1)]
    kept = [_KEPT_NUMBER.search(s) for s in sentences]
    if not any(m and int(m.group(1)) >= 2 for m in kept[:-1]):
        return plain
    segments: list[tuple[int, list[str]]] = [(1, [])]
    for s, m in zip(sentences, kept):
        body = s[:m.start()] if m else s
        segments[-1][1].extend(p for p in (_clean(x) for x in _LOST_MARKER.split(body)) if p)
        if m:
            segments.append((int(m.group(1)), []))
    out: list[tuple[str, str, str]] = []
    for (first, asks), (nxt, _) in zip(segments, segments[1:] + [(None, [])]):
        room = (nxt - first) if nxt is not None else len(asks)
        if room < 1 or (room > 1 and room != len(asks)):
            return plain        # the numbers do not fit the asks: no surviving marker to trust
        if room == 1 and len(asks) > 1:
            out += [(f"{first}{chr(ord('a') + i)}", a, a) for i, a in enumerate(asks)]
        else:
            out += [(str(first + i), a, a) for i, a in enumerate(asks)]
    return out
