"""Small readers shared by the disclosure-log parsers: dates as councils print them, references, labelled
fields. What a log's outcome label or a reply's text decides (outcome, exemptions) is the reader's job
(reader.classify.outcome_in_label, reader.parse_reply), not the crawler's."""

from __future__ import annotations

import re
from datetime import date, datetime

_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], start=1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_LONG = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
# "July 3, 2019", "Wednesday, July 3, 2019" (Comhairle nan Eilean Siar's request pages print dates month first)
_MONTH_FIRST = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
# "05/10/2021", "29-07-2025", "19.07.24": always day first (UK); a two-digit year is 20yy
_NUMERIC = re.compile(r"(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d./-]*\d)")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b")


def _make(y: int, m: int, d: int) -> date | None:
    try:
        value = date(y, m, d)
    except ValueError:
        return None
    return value if 1990 <= value.year <= 2100 else None


def parse_date(text: str | None) -> date | None:
    """The first date in `text`: "5 October 2021", "Tuesday 5th Oct 2021", "1st of July 2024", "July 3, 2019",
    "05/10/2021", "29-07-2025", "19.07.24" (UK order, two-digit years in 2000-2099), "2021-10-05" or
    "2021-10-05T00:00:00.000". None when there is none."""
    if not text:
        return None
    if isinstance(text, datetime):
        return text.date()
    if isinstance(text, date):
        return text
    text = str(text)
    found: list[tuple[int, date]] = []
    for m in _LONG.finditer(text):
        month = _MONTHS.get(m.group(2).lower())
        if month and (d := _make(int(m.group(3)), month, int(m.group(1)))):
            found.append((m.start(), d))
            break
    for m in _MONTH_FIRST.finditer(text):
        month = _MONTHS.get(m.group(1).lower())
        if month and (d := _make(int(m.group(3)), month, int(m.group(2)))):
            found.append((m.start(), d))
            break
    for m in _NUMERIC.finditer(text):
        year = int(m.group(4)) + (2000 if len(m.group(4)) == 2 else 0)
        if d := _make(year, int(m.group(3)), int(m.group(1))):
            found.append((m.start(), d))
            break
    for m in _ISO.finditer(text):
        if d := _make(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            found.append((m.start(), d))
            break
    return min(found)[1] if found else None


def date_line(text: str | None) -> date | None:
    """A date printed as a line of its own ("29-07-2025", "Tue 17 January 2023", "Published: 3 May 2021"), not
    one mentioned in a sentence ("... since 1 November 2021."): what a listing shows beside an entry."""
    for line in (text or "").split("\n"):
        d = parse_date(line)
        if d is None:
            continue
        rest = re.sub(r"\d{1,4}(?:st|nd|rd|th)?|[/.,:\-–]", " ", line)
        words = [w for w in rest.split() if w.lower()[:3] not in _MONTHS and w.lower()[:3] not in _DAYS]
        if len(words) <= 2:
            return d
    return None


# The words councils put before each field. A label's value is on the same line ("Received: 1 May 2021",
# "Response 29-07-2025") or, when the label stands alone, on the next line (Thurrock's "Publication date:" above
# "Monday 8 August 2022"; Comhairle nan Eilean Siar's "<p><strong>Reference</strong></p><p>FOI 1557</p>").
# North Devon's monthly pages date each reply "Issue date: 19.07.24" (or "Issue dates: 19.12.25 and 07.01.26");
# Merthyr Tydfil's request pages print "Record Ref : FOI 11914", "Date Completed : 17/02/2026", "Organisation :".
_LABEL_WORDS = {
    "received": r"(?:date\s+)?(?:received|requested|date\s+of\s+request|request\s+date|date\s+requested|"
                r"request\s+received|date\s+created)",
    "responded": r"(?:date\s+)?(?:responded|response(?:\s+(?:date|sent|provided|issued))?|date\s+of\s+response|"
                 r"closed|date\s+closed|answered|date\s+responded|issue\s+dates?|dates?\s+issued|completed|"
                 r"date\s+completed)",
    "updated": r"(?:date\s+)?(?:published|publication\s+date|date\s+published|updated|last\s+updated|"
               r"date\s+of\s+publication)",
    "outcome": r"(?:outcome|status|decision|result)",
    "category": r"(?:category|categories|subject\s+area|service\s+area|department|keywords|tags|organisation|"
                r"application\s+type|requester\s+type)",
    "reference": r"(?:request\s+reference|reference(?:\s+number)?|our\s+ref(?:erence)?|foi\s+reference|request\s+id|"
                 r"case\s+reference|request\s+number|foi\s+number|record\s+ref(?:erence)?|ref)",
}
DATE_KEYS = ("received", "responded", "updated")
LABELS = {key: re.compile(rf"^\s*{words}\s*(?:on|no\.?)?\s*{':?' if key in DATE_KEYS else ':'}\s*(.+)$", re.I)
          for key, words in _LABEL_WORDS.items()}
_BARE = {key: re.compile(rf"^\s*{words}\s*(?:on|no\.?)?\s*:?\s*$", re.I) for key, words in _LABEL_WORDS.items()}
_SHORT = 60   # a date label's value is short; a long line is prose that happens to hold a date


def bare_label(line: str) -> str | None:
    """The field a label standing alone on its line names ("Request reference:", "Request date"), else None."""
    first = line.split("\n")[0]
    return next((key for key, rx in _BARE.items() if rx.match(first)), None)


def is_label(line: str) -> bool:
    """Whether a line is a field ("Received: ...", "Reference", "Response 29-07-2025") rather than text."""
    first = line.split("\n")[0]
    if any(rx.match(first) for rx in _BARE.values()):
        return True
    for key, rx in LABELS.items():
        m = rx.match(first)
        if m and (key not in DATE_KEYS or (len(m.group(1)) <= _SHORT and parse_date(m.group(1)))):
            return True
    return False


def _put(out: dict, key: str, value: str) -> bool:
    value = value.strip()
    if not value:
        return False
    if key not in DATE_KEYS:
        out.setdefault(key, value[:200])
        return True
    if len(value) > _SHORT or (d := parse_date(value)) is None:
        return False
    if key == "updated":
        out[key] = max(d, out.get(key) or d)
    else:
        out.setdefault(key, d)
    return True


def labelled(lines: list[str]) -> dict[str, object]:
    """{received, responded, updated (newest), reference, outcome} from "Label: value" lines, `a | b | c` runs,
    and a label alone on its line with its value on the next."""
    parts = [part for line in lines for ln in line.split("\n") for part in re.split(r"\s+[|·]\s+", ln)]
    out: dict[str, object] = {}
    for i, part in enumerate(parts):
        for key in _LABEL_WORDS:
            if _BARE[key].match(part):
                if i + 1 < len(parts) and not is_label(parts[i + 1]):
                    _put(out, key, parts[i + 1])
                break
            m = LABELS[key].match(part)
            if m and _put(out, key, m.group(1)):
                break
    return out


# A leading reference in a title or link text: "FOI-2021-8258 Parking ...", "7274087 Devices ...", "IG-83668 ...",
# "FOI 21320 ...", "FOI/21/5705 ...", "EIR 2021/123 - ..."
_LEADING_REF = re.compile(r"^\s*((?:FOI|EIR|IG|REQ|CASE|REF)?[\s/_-]*\d[\w/-]*\d|(?:FOI|EIR|IG|REQ|CASE|REF)[\s/_-]*"
                          r"\d+)\b[\s:–-]*", re.I)


def split_reference(text: str) -> tuple[str | None, str]:
    """(reference, rest of the text) when the text starts with one, else (None, text)."""
    m = _LEADING_REF.match(text or "")
    if not m or sum(ch.isdigit() for ch in m.group(1)) < 3 or re.fullmatch(r"\d{4}(?:[/-]\d{2,4})?", m.group(1)):
        return None, text   # a year or a financial year is not a reference
    return m.group(1).strip(), text[m.end():].strip()


