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
_LONG = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b")


def _make(y: int, m: int, d: int) -> date | None:
    try:
        value = date(y, m, d)
    except ValueError:
        return None
    return value if 1990 <= value.year <= 2100 else None


def parse_date(text: str | None) -> date | None:
    """The first date in `text`: "5 October 2021", "Tuesday 5th Oct 2021", "05/10/2021" (UK order),
    "2021-10-05" or "2021-10-05T00:00:00.000". None when there is none."""
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
    for m in _NUMERIC.finditer(text):
        if d := _make(int(m.group(3)), int(m.group(2)), int(m.group(1))):
            found.append((m.start(), d))
            break
    for m in _ISO.finditer(text):
        if d := _make(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            found.append((m.start(), d))
            break
    return min(found)[1] if found else None


LABELS = {
    "received": re.compile(r"^\s*(?:date\s+)?(?:received|requested(?:\s+on)?|date\s+of\s+request|request\s+date|"
                           r"date\s+requested)\s*(?:on)?\s*:?\s*(.+)$", re.I),
    "responded": re.compile(r"^\s*(?:date\s+)?(?:responded|response\s+date|date\s+of\s+response|response\s+sent|"
                            r"closed|date\s+closed|answered)\s*(?:on)?\s*:?\s*(.+)$", re.I),
    "updated": re.compile(r"^\s*(?:date\s+)?(?:published|publication\s+date|date\s+published|updated|last\s+updated)"
                          r"\s*(?:on)?\s*:?\s*(.+)$", re.I),
    "outcome": re.compile(r"^\s*(?:outcome|status|decision|result)\s*:\s*(.+)$", re.I),
    "reference": re.compile(r"^\s*(?:request\s+reference|reference(?:\s+number)?|our\s+ref(?:erence)?|"
                            r"foi\s+reference|request\s+id|case\s+reference)\s*(?:no\.?)?\s*:\s*(.+)$", re.I),
}


def labelled(lines: list[str]) -> dict[str, object]:
    """{received, responded, updated (newest), reference, outcome} from "Label: value" lines (also `a | b | c` runs)."""
    out: dict[str, object] = {}
    for line in lines:
        for part in re.split(r"\s+[|·]\s+", line):
            for key, rx in LABELS.items():
                m = rx.match(part)
                if not m:
                    continue
                value = m.group(1).strip()
                if key in ("reference", "outcome"):
                    out.setdefault(key, value[:200])
                elif (d := parse_date(value)) is not None:
                    if key == "updated":
                        out[key] = max(d, out.get(key) or d)
                    else:
                        out.setdefault(key, d)
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


