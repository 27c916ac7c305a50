"""The request's questions as it numbers them (`split_questions`), for `foi survey draft` (reader/draft.py): "1",
"2a" ... as the request writes its numbers, letters and lists; a request that numbers nothing gives one question per
line or sentence that asks."""

from __future__ import annotations

import re

__all__ = ["split_questions"]

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
    """Lettered parts a, b, c ... in order (a stray capital or a word such as "a" mid-run is skipped). A part
    run on after the last one's line ("(c) The budget ..., and (d) The maintenance history ...") is a part too
    when its letter is the next."""
    out: list[re.Match] = []
    for m in _LINE_LETTER.finditer(body):
        if ord(m.group(1) or m.group(2)) - ord("a") == len(out):
            out.append(m)
    if len(out) < 2:
        return []
    for m in _INLINE_LETTER.finditer(body, out[-1].end()):
        if ord(m.group(1)) - ord("a") == len(out):
            out.append(m)
    return out


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
            out = []
            for i, item in enumerate(items, 1):
                inner = _inline_letters(item)
                out += _with_parts(str(i), item, inner, True) if inner else [(str(i), item, item)]
            return out
    return [(str(i), q, q) for i, q in enumerate(_asking_sentences(text), 1)]


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
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+|\n\s*\n|(?<=[:;,])[ \t]*\n|\n(?=[ \t]*(?:[A-Z]|(?:how|what|which|number|"
                           r"the|total)\b))")
_COUNTED = re.compile(r"\b(?:how many|how much|number of|cost|costs|spend|spent|spending|total|amount|income|revenue|"
                      r"fees?|fines?|paid|budget)\b", re.I)
_INTRO = re.compile(r"\b(?:the following|as follows|following questions|following information)\b|"
                    r"\b(?:supply|send|provide|give|email)\s+(?:me\s+|us\s+)?(?:with\s+)?(?:these|this|it|them|that)\b", re.I)
# "Please give the name of all ten roads ...", right after a question: that question's detail, not a new one
_DETAIL = re.compile(r"^(?:please\s+(?:give|provide|include|break|list|specify|state|indicate|confirm|also)|"
                     r"if\s+(?:possible|so|yes|available|you can)|and\s+(?:if|where|please))\b", re.I)


# "Please can you show this figure as ...", "Can these figures be broken down by ...": the question before, again
_SAME_FIGURE = re.compile(r"\b(?:this|these|that|those|the\s+above)\s+(?:figures?|numbers?|data|information|totals?|"
                          r"statistics)\b", re.I)


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


def _asking_sentences(text: str) -> list[str]:
    """A request with no numbering: one question per sentence that asks for something — a question, a
    sentence naming a count or a sum, or one asking for a thing ("a copy of", "I would like", "please
    provide"); sentences that only introduce the questions are not questions."""
    out: list[str] = []
    after_question = False
    sentences = [part for raw in _SENTENCE_END.split(text) for part in _sentence_parts(_clean(raw))]
    for raw in sentences:
        sent = _ORDINAL_LEAD.sub("", _clean(raw))
        if len(sent.split()) < 4:
            continue
        counted = bool(_COUNTED.search(sent))
        if out and ((after_question and _DETAIL.match(sent)) or _SAME_FIGURE.search(sent)):
            out[-1] = f"{out[-1]} {sent}"
            continue
        requests = bool(_REQUESTS.search(sent) or re.match(r"(?:the\s+)?number\s+\w+ed\b", sent, re.I))
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
