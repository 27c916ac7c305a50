"""Sums of money as UK councils write them: "£1,141.15", "£1.2m", "£3k", "1,200 pounds", "GBP 1,200", "50p".

API (stable):

    parse_money(text, assume_currency=False) -> Money | None   # the whole string is one amount
    find_money(text) -> list[Money]                            # every amount, left to right, no overlaps

A `Money` has `value` (pounds, float), `approx`, `raw` (== text[start:end], qualifier included), `vat`
("inc" | "ex" | None), `per` ("unit" | "total" | None), `currency` ("GBP"), `qualifier` (see numbers.QUALIFIERS)
and `low`/`high` for ranges ("£200-£250", "between £450 and £700": value is the midpoint, approx True,
qualifier "range").

- VAT is read from the same clause: after the amount ("£3,000.00 ex VAT", "(excluding VAT)", "+VAT", "plus VAT",
  "inc. VAT", "including VAT", "VAT inclusive") or just before it ("inc VAT: £300"). A clause ends at a line
  break, a tab, ";", another amount or the end of a sentence.
- `per` is "unit" when the clause says "each", "per device/unit/laptop/licence/user/...", "a unit", "unit cost",
  "unit price", "average cost/price", "cost per"; "total" when it says "total", "in total", "overall",
  "altogether", "combined", "spend of"/"spent", "total cost". The nearest cue wins. "per annum"/"per month" alone
  are not "unit".
- Scales: "k"/"K"/"thousand" ×1,000; "m"/"mn"/"million" ×1,000,000; "bn"/"billion" ×1,000,000,000.
- "£15.100" (a point, then three digits) is £15,100: pence have two digits.
- Pence: "50p", "75 pence" → 0.50, 0.75. A stray "p" after pounds ("£1,200.50p") is ignored.
- A minus sign against the amount ("-£50", "£-50") or a malformed figure gives no Money; a dash with a space
  after it is a separator ("2019/20 - £14,628") (find_money skips it, parse_money → None), and so is one stuck to
  the amount after a year and a space ("2015 -£315.83", the "2021 -185" of counts).
  Accounting brackets "(£50)" are read as £50: in replies they are almost always an aside, not a negative.
- With assume_currency=True, parse_money reads a bare figure ("1141.15") as pounds, for cells under a cost
  header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.folding import folds_unseen
from reader.numbers import FIGURE, SCALE_VALUES, THOUSANDS, parse_number, qualifier_after, qualifier_before
from reader.sentences import SUM_CLAUSE, SUM_SENTENCE, breaks

__all__ = ["Money", "parse_money", "find_money", "find_amounts"]


@dataclass(frozen=True)
class Money:
    value: float
    approx: bool
    raw: str
    start: int
    end: int
    vat: str | None = None    # 'inc' | 'ex' | None
    per: str | None = None    # 'unit' | 'total' | None
    currency: str = "GBP"
    qualifier: str | None = None
    low: float | None = None
    high: float | None = None


_SP = r"[ \t\u00a0]"
_FIG = FIGURE + r"(?!,?\d)"     # a figure that runs on ("£111,90", a page cut mid-figure) is no sum, nor its first digits
# (also the scale in brackets a table's column would carry, written after each sum: "£8.96 (Millions)", "£1.3 (m)")
_SCALE = (rf"(?:{_SP}?(?P<scale>k|m|mn|bn|million|thousand|billion"
          r"|\((?:£[ \t]?)?(?:k|m|mn|bn|millions?|thousands?|billions?)\))(?![A-Za-z]))")
_SCALE2 = _SCALE.replace("<scale>", "<scale2>")

# One amount: "£1,141.15", "£ 1.2 million", "GBP 1,200", "1,200 pounds", "1,200 GBP", "50p", "75 pence".
_AMOUNT_RE = re.compile(
    rf"(?P<neg>(?<![\w)\]])-)?(?:£|GBP{_SP}*|UKP{_SP}*)(?P<neg2>-)?{_SP}*(?P<fig>{_FIG}){_SCALE}?(?:p\b)?"
    rf"|(?<![\w.£])(?P<fig2>{_FIG}){_SCALE2}?{_SP}*(?P<unit>pounds?(?:{_SP}+sterling)?|GBP|sterling)\b"
    rf"|(?<![\w.£])(?P<pence>\d{{1,3}}(?:\.\d+)?){_SP}*(?:p(?!\.?m\b)|pence)\b",
    re.I,
)
# every amount has a digit and one of these (cheap tests that most lines of a reply fail)
_ANY_DIGIT = re.compile(r"\d")
_MONEY_HINT = re.compile(r"[£]|gbp|ukp|pound|sterling|\dp|\d[ \t\u00a0]*p(?:ence)?\b", re.I)
# its digit-then-"p" forms alone: _may_be_money looks for its words in the lowered text instead (every line with a
# digit is asked, and the alternatives of one pattern are tried at every character)
_PENCE_HINT = re.compile(r"\dp|\d[ \t\u00a0]*p(?:ence)?\b", re.I)


def _may_be_money(text: str) -> bool:
    """Whether _MONEY_HINT matches somewhere in ``text``."""
    if "£" in text:
        return True
    if folds_unseen(text):
        return _MONEY_HINT.search(text) is not None
    low = text.lower()
    return "gbp" in low or "ukp" in low or "pound" in low or "sterling" in low or _PENCE_HINT.search(text) is not None


_RANGE_TAIL = re.compile(rf"{_SP}*(?:-|–|—|to){_SP}*(?:£{_SP}*)?(?P<fig>{_FIG}){_SCALE}?", re.I)
_AND_TAIL = re.compile(rf"{_SP}+and{_SP}+(?:£{_SP}*)?(?P<fig>{_FIG}){_SCALE}?", re.I)
_BETWEEN_BEFORE = re.compile(rf"(?<![\w])between{_SP}+$", re.I)

_VAT_EX = re.compile(
    r"(?:\bex(?:c|cl|cluding|clusive(?:\s+of)?)?\.?\s*(?:of\s+)?VAT\b|\+\s*VAT\b|\bplus\s+VAT\b|\bnet\s+of\s+VAT\b"
    r"|\bbefore\s+VAT\b|\bwithout\s+VAT\b|\bVAT\s+exclusive\b|\bexcl?\.?\s*VAT\b|\bnet\b(?!\s*of\s*VAT)|\bVAT\s+extra\b"
    r"|\bexclusive\s+of\s+VAT\b)",
    re.I,
)
_VAT_INC = re.compile(
    r"(?:\binc(?:l|luding|lusive(?:\s+of)?)?\.?\s*(?:of\s+)?VAT\b|\bwith\s+VAT\b|\bVAT\s+inclusive\b|\bVAT\s+included\b"
    r"|\bgross\b|\binclusive\s+of\s+VAT\b|\bincluding\s+VAT\b)",
    re.I,
)
_UNIT_CUE = re.compile(
    r"(?:\beach\b|\bper\s+(?:device|unit|item|laptop|tablet|phone|handset|mobile|machine|licen[cs]e|user|seat"
    r"|account|subscription|head|person|pc|computer|piece|one)s?\b|\ba\s+unit\b|\bunit\s+(?:cost|price)\b"
    r"|\baverage\s+(?:unit\s+)?(?:cost|price|spend)\b|\b(?:cost|price)\s+per\b|\bon\s+average\b|\bper\s+\w+\s+per\b"
    r"|/\s*(?:unit|device|user|licen[cs]e)\b|\bapiece\b)",
    re.I,
)
_TOTAL_CUE = re.compile(
    r"(?:\bin\s+total\b|\btotal(?:led|ling|s)?\b|\boverall\b|\baltogether\b|\bcombined\b|\bspend\s+of\b"
    r"|\bspent\b|\btotal\s+(?:cost|spend|value)\b|\bin\s+aggregate\b|\bcumulative\b|\bsum\s+of\b)",
    re.I,
)
_UNIT_WORDS = ("each", "per", "unit", "average", "apiece", "/")
_TOTAL_WORDS = ("total", "overall", "altogether", "combined", "spen", "aggregate", "cumulative", "sum")
_PERIOD_CUE = re.compile(
    r"(?:\bper\s+(?:month|annum|year|week|day|quarter|calendar\s+month)\b|\ba\s+(?:year|month)\b|\bmonthly\b"
    r"|\bannually\b|\bp\.?a\.?(?!\w)|\bp/?m\b)",
    re.I,
)
_WINDOW = 60


# a sum written in thousands whose last group has a full stop for its comma: "£3,911.176" beside "£3,682,000" (pounds
# have two decimals, never three after thousands)
_STOP_FOR_COMMA = re.compile(THOUSANDS + r"\.\d{3}")


def _figure_value(fig: str, scale: str | None) -> float | None:
    if not scale and _STOP_FOR_COMMA.fullmatch(fig):
        fig = fig.replace(".", ",")
    value = parse_number(fig)
    if value is None:
        return None
    if scale:
        value *= SCALE_VALUES[scale.strip("()£ \t").lower().removesuffix("s")]
    return value


def _clause_after(text: str, end: int) -> str:
    seg = text[end:min(len(text), end + _WINDOW)]
    m = next(breaks(seg, SUM_CLAUSE), None)
    return seg[: m.start()] if m else seg


def _clause_before(text: str, start: int) -> str:
    seg = text[max(0, start - _WINDOW):start]
    cut = max(seg.rfind("\n"), seg.rfind("\t"), seg.rfind(";"), seg.rfind("£"))
    seg = seg[cut + 1:]
    if "." in seg or "!" in seg or "?" in seg:
        last = None
        for last in breaks(seg, SUM_SENTENCE):
            pass
        if last is not None:
            seg = seg[last.start() + 1:]
    return seg


def _vat(after: str, before: str) -> str | None:
    for seg in (after, before):
        low = seg.lower()
        if "vat" not in low and "gross" not in low and "net" not in low:
            continue
        ex, inc = _VAT_EX.search(seg), _VAT_INC.search(seg)
        if ex and inc:
            return "ex" if ex.start() < inc.start() else "inc"
        if ex:
            return "ex"
        if inc:
            return "inc"
    return None


def _per(after: str, before: str) -> str | None:
    cues = []
    low = (after + " " + before).lower()
    for rx, name, words in ((_UNIT_CUE, "unit", _UNIT_WORDS), (_TOTAL_CUE, "total", _TOTAL_WORDS)):
        if not any(w in low for w in words):
            continue
        m = rx.search(after)
        if m:
            cues.append((m.start(), name))
        last = None
        for last in rx.finditer(before):
            pass
        if last is not None:
            cues.append((len(before) - last.end(), name))
    if not cues:
        return None
    return min(cues)[1]


def _build(text: str, m: re.Match[str], value: float, end: int) -> Money | None:
    start = m.end("neg") if m.group("neg") else m.start()     # (a separating dash, see _amount_value)
    qualifier = None
    low = high = None
    if m.group("fig") is not None or m.group("fig2") is not None:
        between = _BETWEEN_BEFORE.search(text, max(0, start - 12), start)
        rng = (_AND_TAIL if between else _RANGE_TAIL).match(text, end, min(len(text), end + 30))
        if rng:
            v2 = _figure_value(rng.group("fig"), rng.group("scale"))
            if v2 is not None and v2 > value:
                low, high, value = value, v2, (value + v2) / 2
                qualifier = "range"
                end = rng.end()
                if between:
                    start = between.start()
                tail_unit = re.match(rf"{_SP}*(?:pounds?|GBP)\b", text[end:end + 12], re.I)
                if tail_unit:
                    end += tail_unit.end()
    if qualifier is None:
        pre = qualifier_before(text, start)
        if pre:
            qualifier, start = pre
        else:
            post = qualifier_after(text, end)
            if post:
                qualifier, end = post
    after = _clause_after(text, end)
    before = _clause_before(text, start)
    return Money(
        value=value,
        approx=qualifier is not None,
        raw=text[start:end],
        start=start,
        end=end,
        vat=_vat(after, before),
        per=_per(after, before),
        currency="GBP",
        qualifier=qualifier,
        low=low,
        high=high,
    )


# "2015 -£315.83": a year, a space, then a dash stuck to what follows: the dash separates them, as in "2021 - 185"
# (no body lists a year's negative sum so)
YEAR_SPACE_DASH = re.compile(r"(?<![^\s])(?:19|20)\d\d(?:/\d{2}|/\d{4})?[ \t]+-$")


def _amount_value(m: re.Match[str]) -> float | None:
    if m.group("neg2") or m.group("neg") and not YEAR_SPACE_DASH.search(m.string, max(0, m.start() - 14), m.end("neg")):
        return None
    if m.group("fig") is not None:
        fig = m.group("fig")
        if not m.group("scale") and re.fullmatch(r"[1-9]\d{0,2}\.\d{3}", fig):
            # "£15.100": a point between thousands (pence have two digits); "£0.004" a fraction of a penny, a
            # price per page (no thousands group follows a nought)
            fig = fig.replace(".", ",")
        return _figure_value(fig, m.group("scale"))
    if m.group("fig2") is not None:
        return _figure_value(m.group("fig2"), m.group("scale2"))
    if m.group("pence") is not None:
        pence = parse_number(m.group("pence"))
        return None if pence is None else round(pence / 100, 4)
    return None


def find_amounts(text: str) -> list[Money]:
    """Every amount in `text` as written ("£1.2mn", "1,200 pounds", "50p"), left to right, each on its own: no
    qualifier, range, VAT or per-unit reading around it (for a reader that weighs those itself)."""
    if not isinstance(text, str) or not text or not _ANY_DIGIT.search(text) or not _may_be_money(text):
        return []
    out: list[Money] = []
    for m in _AMOUNT_RE.finditer(text):
        value = _amount_value(m)
        if value is not None:
            start = m.end("neg") if m.group("neg") else m.start()
            out.append(Money(value, False, text[start:m.end()], start, m.end()))
    return out


def find_money(text: str) -> list[Money]:
    """Every sum of money in `text`, left to right, without overlaps. Negative or malformed amounts are skipped."""
    if not isinstance(text, str) or not text:
        return []
    out: list[Money] = []
    pos = 0
    while True:
        m = _AMOUNT_RE.search(text, pos)
        if m is None:
            break
        value = _amount_value(m)
        if value is None:
            pos = m.end()
            continue
        money = _build(text, m, value, m.end())
        if money is None:
            pos = m.end()
            continue
        out.append(money)
        pos = max(money.end, m.end())
    return out


_JUNK = re.compile(r"[\s\"'“”‘’()\[\]{}.,;:!?*•·\-–—]*")


def parse_money(text: str, assume_currency: bool = False) -> Money | None:
    """The amount that is the whole of `text` (surrounding punctuation, a qualifier and a VAT/per note allowed:
    "£1,141.15", "c. £300", "£3,000.00 ex VAT", "£831 each"), or None. With assume_currency, a bare figure
    ("1141.15", "1.2k") is read as pounds."""
    if not isinstance(text, str) or not text or len(text) > 200:
        return None
    if re.match(r"\s*(?:-|−)\s*(?:£|GBP)|\s*(?:£|GBP)\s*(?:-|−)", text):
        return None
    found = find_money(text)
    if len(found) == 1:
        money = found[0]
        rest = text[money.end:]
        rest = _VAT_EX.sub("", rest)
        rest = _VAT_INC.sub("", rest)
        rest = _UNIT_CUE.sub("", rest)
        rest = _TOTAL_CUE.sub("", rest)
        rest = _PERIOD_CUE.sub("", rest)
        if _JUNK.fullmatch(text, 0, money.start) and _JUNK.fullmatch(rest):
            return money
        return None
    if found or not assume_currency:
        return None
    lead = _JUNK.match(text).end()
    pre = None
    m = re.compile(rf"(?:(?P<q>[^\d]{{1,30}}?){_SP}*)?(?P<fig>{_FIG}){_SCALE}?", re.I).match(text, lead)
    if m is None:
        return None
    if m.group("q"):
        pre = qualifier_before(text, m.start("fig"))
        if pre is None or pre[1] != lead:
            return None
    if text[: m.start()].count("-") and not m.group("q"):
        return None
    value = _figure_value(m.group("fig"), m.group("scale"))
    if value is None:
        return None
    end = m.end()
    post = qualifier_after(text, end) if pre is None else None
    if post:
        end = post[1]
    if not _JUNK.fullmatch(text, end, len(text)):
        rest = _VAT_EX.sub("", text[end:])
        rest = _VAT_INC.sub("", rest)
        if not _JUNK.fullmatch(rest):
            return None
    start = pre[1] if pre else m.start("fig")
    qualifier = pre[0] if pre else (post[0] if post else None)
    after = _clause_after(text, end)
    return Money(value, qualifier is not None, text[start:end], start, end, _vat(after, ""), _per(after, ""),
                 "GBP", qualifier)
