"""The real-reply set (tests/files/real_set/): load it, and check that it is consistent.

`python -m benchmarks.real_set check [--topic T]` lists every problem in the set's files (a label with a value
the README does not allow, a quote not in its page, a value not in its quote, a question or subject that is not in
the reply's survey) and the set's size against the issue's floor; it exits 1 when it finds a problem.
`python -m benchmarks.real_set summary` prints the size per topic. The schema is tests/files/real_set/README.md.

Drafted surveys (tests/files/real_set/drafted/): `python -m benchmarks.real_set drafts` checks that every stored raw
draft is what `foi survey draft` writes from its request file today (`--write` rewrites them);
`python -m benchmarks.real_set edits [--diff]` shows what a journalist changed in each draft (`<survey>.edited.toml`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from reader.draft import split_header
from reader.units import UNITS

ROOT = Path(__file__).resolve().parent.parent
SET_DIR = ROOT / "tests" / "files" / "real_set"
DRAFTED = "drafted"          # the folder, under the set, of surveys drafted by `foi survey draft`
BUNDLED_SURVEYS = ROOT / "reader" / "surveys"

HEADER_KEYS = ("source", "body", "date", "obtained", "request")
BODY_TYPES = ("london_borough", "metropolitan_district", "county", "district", "unitary", "scottish_council",
              "welsh_council", "ni_council", "police", "fire", "nhs", "central_government", "other")
NATIONS = ("England", "Wales", "Scotland", "Northern Ireland", "UK")
LAWS = ("foi", "eir", "foisa", "eisr")
KINDS = ("response", "internal_review", "acknowledgement", "clarification", "delay", "other")
DECIDED = ("response", "internal_review")
OUTCOMES = ("successful", "partially_successful", "rejected", "not_held")
STATUSES = ("answered", "not_held", "refused", "ncnd", "partly", "not_addressed", "cut")
# the survey's measures (reader/survey.py: the measures named by their unit are reader/units.py's), and `other`
MEASURES = ("count", "total_cost_gbp", "unit_cost_gbp", "percent", "hours", "days") + tuple(UNITS) + ("other",)
EXEMPTION_FORM = re.compile(r"^(?:s\d{1,2}[A-Z]?|reg\d{1,2})(?:\(\w{1,4}\))*$")

# the floor the issue sets for the whole set and for each scored topic
FLOOR = {"replies": 100, "bodies": 40, "topics": 5, "topic_replies": 10, "topic_bodies": 5}
UNSCORED_TOPICS = ("other",)


class SetError(ValueError):
    """A file of the set that cannot be read at all; the message names the file."""


@dataclass(frozen=True)
class Question:
    id: str
    status: str
    exemptions: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class Fact:
    question: str
    subject: str
    measure: str
    period: str
    start: str
    end: str
    partial: bool
    value: float
    approx: bool
    quote: str
    in_survey: bool
    note: str = ""


@dataclass(frozen=True)
class Case:
    topic: str
    slug: str
    path: Path
    header: dict
    text: str          # the page text, as the reader is given it
    labels: dict       # the labels file, raw (for the checker)
    survey: str
    body: str
    kind: str
    outcome: str
    exemptions: tuple[str, ...]
    ncnd: bool
    public_interest_test: bool
    questions: tuple[Question, ...]
    facts: tuple[Fact, ...]

    @property
    def decided(self) -> bool:
        return self.kind in DECIDED


def read_page(path: Path) -> tuple[dict, str]:
    """A reply file's '#' header (key -> text, continuation lines joined) and its page text."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SetError(f"{path}: cannot be read ({exc})") from exc
    return split_header(raw)


def survey_file(name: str, set_dir: Path = SET_DIR) -> Path | None:
    for folder in (set_dir / "surveys", BUNDLED_SURVEYS):
        path = folder / f"{name}.toml"
        if path.is_file():
            return path
    return None


def _fact(raw: dict) -> Fact:
    value = raw.get("value")
    return Fact(question=str(raw.get("question", "")), subject=str(raw.get("subject", "")),
                measure=str(raw.get("measure", "")), period=str(raw.get("period", "")),
                start=str(raw.get("start", "")), end=str(raw.get("end", "")), partial=bool(raw.get("partial", False)),
                value=float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else float("nan"),
                approx=bool(raw.get("approx", False)), quote=str(raw.get("quote", "")),
                in_survey=bool(raw.get("in_survey", True)), note=str(raw.get("note", "")))


def load_case(txt: Path) -> Case:
    labels_path = txt.with_suffix(".toml")
    if not labels_path.is_file():
        raise SetError(f"{txt}: has no labels file {labels_path.name}")
    try:
        labels = tomllib.loads(labels_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SetError(f"{labels_path}: cannot be read ({exc})") from exc
    header, text = read_page(txt)
    questions = tuple(Question(id=str(q.get("id", "")), status=str(q.get("status", "")),
                               exemptions=tuple(q.get("exemptions", []) or ()), note=str(q.get("note", "")))
                      for q in labels.get("questions", []) if isinstance(q, dict))
    facts = tuple(_fact(f) for f in labels.get("facts", []) if isinstance(f, dict))
    return Case(topic=txt.parent.name, slug=txt.stem, path=txt, header=header, text=text, labels=labels,
                survey=str(labels.get("survey", "")), body=str(labels.get("body", header.get("body", ""))),
                kind=str(labels.get("kind", "")), outcome=str(labels.get("outcome", "") or ""),
                exemptions=tuple(labels.get("exemptions", []) or ()), ncnd=bool(labels.get("ncnd", False)),
                public_interest_test=bool(labels.get("public_interest_test", False)),
                questions=questions, facts=facts)


def topics(set_dir: Path = SET_DIR) -> list[str]:
    return sorted(p.name for p in set_dir.iterdir()
                  if p.is_dir() and p.name not in ("surveys", DRAFTED) and any(p.glob("*.txt")))


def read_set(set_dir: Path = SET_DIR, only: list[str] | None = None) -> tuple[list[Case], list[tuple[str, str]]]:
    """Every reply of the set (or of the topics named) that can be read, in a stable order, and
    (topic/slug, why) for each file that cannot: one bad file never hides the others."""
    cases: list[Case] = []
    unreadable: list[tuple[str, str]] = []
    for topic in topics(set_dir):
        if only and topic not in only:
            continue
        for txt in sorted((set_dir / topic).glob("*.txt")):
            try:
                cases.append(load_case(txt))
            except SetError as exc:
                unreadable.append((f"{topic}/{txt.stem}", str(exc)))
        for labels in sorted((set_dir / topic).glob("*.toml")):
            if not labels.with_suffix(".txt").is_file():
                unreadable.append((f"{topic}/{labels.stem}", f"{labels}: labels with no reply file"))
    return cases, unreadable


def load_cases(set_dir: Path = SET_DIR, only: list[str] | None = None) -> list[Case]:
    """Every reply of the set; raises SetError when a file cannot be read (`check` lists them all)."""
    cases, unreadable = read_set(set_dir, only)
    if unreadable:
        raise SetError(unreadable[0][1])
    return cases


# --- checking ---------------------------------------------------------------------------------------------

_WORDS = {"nil": 0, "none": 0, "no": 0, "zero": 0, "nothing": 0, "one": 1, "two": 2, "three": 3, "four": 4,
          "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
          "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
          "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
# a scale word may stand in brackets after the figure, as a table's unit does: "£8.96 (Millions)"
_NUMBER = re.compile(r"(?<![\w.])(\d[\d,.]*)(\s?\(?(?:k|m|mn|bn|millions?|billion|thousand)\b)?", re.IGNORECASE)
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6, "bn": 1e9,
          "billion": 1e9}
# a zero said with a negation: "not", "n't" or "never", then "any", "anyone", "anybody" or "anything" later in the
# same clause ("we have not served any", "We do not fund anyone", "We haven't employed any Manager"); never across a
# stop, a colon, a semicolon or a comma, and not "not ... any information/records ...", which is not held, not zero
_NOT_ANY = re.compile(r"(?:\b(?:not|never)\b|n['’]t\b)[^.!?;:,\n]{0,60}?\bany(?:one|body|thing)?\b"
                      r"(?!\s+(?:\w+\s+)?(?:information|data|records?|details|documents?|documentation|figures|"
                      r"statistics)\b)", re.IGNORECASE)


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.005 * abs(b), 0.005)


def numbers_in(quote: str) -> list[float]:
    """Every value the quote could be read as: numbers with their scale words, each also read with '.' or ','
    as a thousands separator, number words, and 0 for a zero said with a negation ("have not served any")."""
    out: list[float] = []
    quote = re.sub(r"(\d),\s(\d{3})(?!\d)", r"\1,\2", quote)     # "1, 002": a thousands comma a PDF spaced
    for m in _NUMBER.finditer(quote):
        token = m.group(1).rstrip(".,")
        scale = _SCALE.get((m.group(2) or "").strip(" (").lower(), 1.0)
        readings = {token.replace(",", ""), token.replace(".", "").replace(",", ""),
                    token.replace(".", "").replace(",", ".")}
        for r in readings:
            try:
                out.append(float(r) * scale)
            except ValueError:
                pass
    if re.search(r"£\s?'?000s?\b|\(£k\)|£\s?thousands?", quote, re.IGNORECASE):
        out += [v * 1000 for v in out]       # "Cost in £000 17,922": a column in thousands of pounds
    out += [float(v) for w, v in _WORDS.items() if re.search(rf"\b{w}\b", quote, re.IGNORECASE)]
    if _NOT_ANY.search(quote):
        out.append(0.0)                      # "we have not served any": none, said with a negation
    # "20p per entry": money in pounds, so pence are read as hundredths of a pound too
    out += [float(m.group(1)) / 100 for m in re.finditer(r"(?<![\w.£])(\d+(?:\.\d+)?)\s?p\b", quote)]
    return out


def value_in_quote(value: float, quote: str) -> bool:
    found = numbers_in(quote)
    if any(_near(f, value) for f in found):
        return True
    # a range's middle, a sum of two parts written together ("£550 - £750")
    return any(_near((a + b) / 2, value) for i, a in enumerate(found) for b in found[i + 1:])


def _iso(s: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def derived_outcome(statuses: list[str]) -> str | None:
    """The README's rule: the reply's outcome from its questions' statuses (cut ones left out)."""
    s = [x for x in statuses if x != "cut"]
    if not s:
        return None
    if all(x == "answered" for x in s):
        return "successful"
    if all(x == "not_held" for x in s):
        return "not_held"
    given = any(x in ("answered", "partly") for x in s)
    if not given and any(x in ("refused", "ncnd") for x in s):
        return "rejected"
    if not given:
        return "not_held" if all(x in ("not_held", "not_addressed") for x in s) else "rejected"
    return "partially_successful"


def check_case(case: Case, surveys: dict) -> list[str]:
    where = f"{case.topic}/{case.slug}"
    p: list[str] = []
    lab = case.labels
    for key in HEADER_KEYS:
        if not case.header.get(key):
            p.append(f"{where}.txt: header has no '# {key}:' line")
    if not case.header.get("source", "").startswith(("http://", "https://")):
        p.append(f"{where}.txt: '# source:' is not a web address")
    if not case.text.strip():
        p.append(f"{where}.txt: no page text after the header")
    for key, allowed in (("body_type", BODY_TYPES), ("nation", NATIONS), ("law", LAWS), ("kind", KINDS)):
        if lab.get(key) not in allowed:
            p.append(f"{where}.toml: {key} = {lab.get(key)!r}, not one of {', '.join(allowed)}")
    if lab.get("topic") != case.topic:
        p.append(f"{where}.toml: topic = {lab.get('topic')!r} but the file is in {case.topic}/")
    if not case.body:
        p.append(f"{where}.toml: no body")
    for key in ("ncnd", "public_interest_test"):
        if not isinstance(lab.get(key), bool):
            p.append(f"{where}.toml: {key} must be true or false")
    checks = lab.get("checks")
    if not isinstance(checks, list) or len(checks) < 2:
        p.append(f"{where}.toml: checks must record two readings")
    if case.decided:
        if case.outcome not in OUTCOMES:
            p.append(f"{where}.toml: outcome = {case.outcome!r}, not one of {', '.join(OUTCOMES)}")
    elif case.outcome or case.facts:
        p.append(f"{where}.toml: a {case.kind} has no outcome and no facts")
    for code in case.exemptions + tuple(e for q in case.questions for e in q.exemptions):
        if not isinstance(code, str) or not EXEMPTION_FORM.match(code):
            p.append(f"{where}.toml: exemption {code!r} is not in the agreed form (s31(1)(a), reg12(4)(b) ...)")
    q_codes = {e for q in case.questions for e in q.exemptions}
    if not q_codes <= set(case.exemptions):
        p.append(f"{where}.toml: questions cite {sorted(q_codes - set(case.exemptions))} not in the reply's exemptions")

    survey = surveys.get(case.survey)
    if survey is None:
        p.append(f"{where}.toml: survey {case.survey!r} is not in surveys/ or reader/surveys/")
    elif isinstance(survey, str):
        p.append(f"{where}.toml: survey {case.survey!r} does not load: {survey}")
    ids = [q.id for q in case.questions]
    if len(ids) != len(set(ids)):
        p.append(f"{where}.toml: a question id is used twice")
    for q in case.questions:
        if q.status not in STATUSES:
            p.append(f"{where}.toml: question {q.id}: status {q.status!r}, not one of {', '.join(STATUSES)}")
        if survey is not None and not isinstance(survey, str) and survey.question(q.id) is None:
            p.append(f"{where}.toml: question {q.id!r} is not a question of survey {case.survey}")
    if case.decided and case.questions:
        want = derived_outcome([q.status for q in case.questions])
        if want and want != case.outcome and not str(lab.get("outcome_why", "")).strip():
            p.append(f"{where}.toml: the questions make it {want}, labelled {case.outcome}, and outcome_why "
                     "does not say why")

    page = squash(case.text)
    for n, f in enumerate(case.facts, 1):
        at = f"{where}.toml: fact {n} ({f.quote[:40]!r})"
        if f.measure not in MEASURES:
            p.append(f"{at}: measure {f.measure!r}, not one of {', '.join(MEASURES)}")
        if f.value != f.value:
            p.append(f"{at}: value must be a number")
        if not f.quote or squash(f.quote) not in page:
            p.append(f"{at}: quote is not in the page text")
        elif f.value == f.value and not value_in_quote(f.value, f.quote):
            p.append(f"{at}: value {f.value:g} is not in its quote")
        for key in ("start", "end"):
            v = getattr(f, key)
            if v and _iso(v) is None:
                p.append(f"{at}: {key} {v!r} is not an ISO date")
        if f.start and f.end and _iso(f.start) and _iso(f.end) and _iso(f.start) > _iso(f.end):
            p.append(f"{at}: ends before it starts")
        if bool(f.start) != bool(f.end):
            p.append(f"{at}: a period needs both start and end (or neither)")
        if f.in_survey:
            if f.question not in ids:
                p.append(f"{at}: question {f.question!r} is not one of the labelled questions")
            if survey is not None and not isinstance(survey, str) and f.subject not in survey.subjects:
                p.append(f"{at}: subject {f.subject!r} is not a subject of survey {case.survey} "
                         "(in_survey = false for a volunteered figure)")
    return p


def load_surveys(cases: list[Case], set_dir: Path = SET_DIR) -> dict:
    """Survey name -> Survey, or the reason it does not load (a string)."""
    from reader import SurveyError, load_survey

    out: dict = {}
    for name in sorted({c.survey for c in cases} | {p.stem for p in (set_dir / "surveys").glob("*.toml")}):
        path = survey_file(name, set_dir)
        if path is None:
            continue
        try:
            out[name] = load_survey(path)
        except SurveyError as exc:
            out[name] = str(exc)
    return out


def size(cases: list[Case]) -> dict:
    """Replies and bodies, overall and per topic; which scored topics reach the floor."""
    per: dict[str, dict] = defaultdict(lambda: {"replies": 0, "bodies": set()})
    for c in cases:
        per[c.topic]["replies"] += 1
        per[c.topic]["bodies"].add(body_key(c.body))
    bodies = {body_key(c.body) for c in cases}
    by_topic = {t: {"replies": v["replies"], "bodies": len(v["bodies"]),
                    "meets_floor": t not in UNSCORED_TOPICS and v["replies"] >= FLOOR["topic_replies"]
                    and len(v["bodies"]) >= FLOOR["topic_bodies"]} for t, v in sorted(per.items())}
    full = sum(1 for v in by_topic.values() if v["meets_floor"])
    return {"replies": len(cases), "bodies": len(bodies), "topics_meeting_floor": full, "by_topic": by_topic,
            "meets_floor": len(cases) >= FLOOR["replies"] and len(bodies) >= FLOOR["bodies"]
            and full >= FLOOR["topics"]}


def body_key(name: str) -> str:
    return re.sub(r"\s+", " ", name.lower().replace("&", "and")).strip()


def check(set_dir: Path = SET_DIR, only: list[str] | None = None) -> tuple[list[str], list[Case]]:
    cases, unreadable = read_set(set_dir, only)
    problems = [why for _, why in unreadable]
    surveys = load_surveys(cases, set_dir)
    for name, s in surveys.items():
        if isinstance(s, str) and not any(c.survey == name for c in cases):
            problems.append(f"surveys/{name}.toml does not load: {s}")
    for c in cases:
        problems += check_case(c, surveys)
    return problems, cases


def format_size(s: dict) -> str:
    lines = [f"{'topic':<26}{'replies':>8}{'bodies':>8}  floor ({FLOOR['topic_replies']} replies, "
             f"{FLOOR['topic_bodies']} bodies)"]
    for t, v in s["by_topic"].items():
        mark = "-" if t in UNSCORED_TOPICS else ("met" if v["meets_floor"] else "NOT MET")
        lines.append(f"{t:<26}{v['replies']:>8}{v['bodies']:>8}  {mark}")
    lines.append(f"{'all':<26}{s['replies']:>8}{s['bodies']:>8}  set floor ({FLOOR['replies']} replies, "
                 f"{FLOOR['bodies']} bodies, {FLOOR['topics']} topics): "
                 f"{'met' if s['meets_floor'] else 'NOT MET'} ({s['topics_meeting_floor']} topics)")
    return "\n".join(lines)


# --- drafted surveys ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DraftRequest:
    """A request as a journalist would paste it into `foi survey draft`: tests/files/real_set/drafted/<survey>.request.txt
    (a '# from:' line naming the page it was copied from, '# asked_on:' the day it was sent when known).
    ``drafted_on``: the day its page was obtained, taken as the draft's today where the request is not dated ("the
    last three years" before that day), so that a stored draft does not change with the calendar."""
    name: str
    path: Path
    text: str
    source: str
    asked_on: dt.date | None
    drafted_on: dt.date | None = None


def drafted_dir(set_dir: Path = SET_DIR) -> Path:
    return set_dir / DRAFTED


def draft_requests(set_dir: Path = SET_DIR) -> list[DraftRequest]:
    out = []
    for path in sorted(drafted_dir(set_dir).glob("*.request.txt")):
        header, text = read_page(path)
        asked = _iso(header.get("asked_on", "").strip()[:10])      # "2022-06-01 (approximate: ...)"
        source = header.get("from", "").strip()
        page = set_dir / source if source else None
        obtained = _iso(read_page(page)[0].get("obtained", "").strip()[:10]) if page and page.is_file() else None
        out.append(DraftRequest(path.name[:-len(".request.txt")], path, text, source, asked, obtained))
    return out


def raw_draft(req: DraftRequest, set_dir: Path = SET_DIR) -> str:
    """The survey `foi survey draft <request file> --name <survey>` writes, run from the repository's root."""
    from reader.draft import draft_survey, to_toml

    try:
        source = str(req.path.relative_to(ROOT))
    except ValueError:
        source = req.path.name
    return to_toml(draft_survey(req.text, req.name, asked_on=req.asked_on, today=req.drafted_on), source)


def request_problems(req: DraftRequest, set_dir: Path = SET_DIR) -> list[str]:
    """A request file must be copied from the page it names: every line of it is in that page (or in its '# request:'
    header), so the drafts are drafted from what councils were really asked."""
    where = f"{DRAFTED}/{req.path.name}"
    if not req.source:
        return [f"{where}: no '# from:' line naming the page the request was copied from"]
    page = (set_dir / req.source).resolve()
    if not page.is_file():
        return [f"{where}: '# from: {req.source}' is not a file under {set_dir.name}/"]
    header, text = read_page(page)
    hay = squash(text + " " + header.get("request", ""))
    return [f"{where}: line not in {req.source}: {line.strip()[:70]!r}"
            for line in req.text.splitlines() if line.strip() and squash(line) not in hay]


def check_drafts(set_dir: Path = SET_DIR, write: bool = False) -> list[str]:
    """Problems with the drafted folder: a request not copied from its page, a stored raw draft that is not what the
    tool writes today (rewritten instead when `write`), an edited survey that does not load."""
    from reader import SurveyError, load_survey

    problems = []
    reqs = draft_requests(set_dir)
    if not reqs:
        return [f"{drafted_dir(set_dir)}: no <survey>.request.txt files"]
    for req in reqs:
        problems += request_problems(req, set_dir)
        raw_path = drafted_dir(set_dir) / f"{req.name}.toml"
        try:
            want = raw_draft(req, set_dir)
        except ValueError as exc:
            problems.append(f"{DRAFTED}/{req.path.name}: the draft fails: {exc}")
            continue
        edited_path = raw_path.with_suffix(".edited.toml")
        if write:
            if raw_path.is_file() and edited_path.is_file():
                old = raw_path.read_text(encoding="utf-8")
                carried, lost = carry_edits(old, edited_path.read_text(encoding="utf-8"), want)
                edited_path.write_text(carried, encoding="utf-8")
                problems += [f"{DRAFTED}/{edited_path.name}: an edit no longer applies to the new draft; redo it "
                             f"by hand: {line}" for line in lost]
            raw_path.write_text(want, encoding="utf-8")
        elif not raw_path.is_file():
            problems.append(f"{DRAFTED}/{raw_path.name}: missing (run `python -m benchmarks.real_set drafts --write`)")
        elif raw_path.read_text(encoding="utf-8") != want:
            problems.append(f"{DRAFTED}/{raw_path.name}: not what `foi survey draft` writes today (run "
                            "`python -m benchmarks.real_set drafts --write`: it carries the journalist's edits over)")
        for path in (raw_path, raw_path.with_suffix(".edited.toml")):
            if path.is_file():
                try:
                    load_survey(path)
                except SurveyError as exc:
                    problems.append(f"{DRAFTED}/{path.name}: does not load: {exc}")
    return problems


def _section(lines: list[str], i: int) -> str:
    """The TOML line that names the part of a draft line i is in: its table header, or its question's id."""
    for k in range(min(i, len(lines)) - 1, -1, -1):
        if lines[k].startswith(("[", "id = ")):
            return lines[k]
    return ""


def carry_edits(old_raw: str, edited: str, new_raw: str) -> tuple[str, list[str]]:
    """The journalist's edits (old raw draft -> edited) made again on a new raw draft: each changed block is
    found by the lines it replaced, in the same subject or question; returns the new edited text and the edits
    that could not be placed (their first line), for a person to redo."""
    import difflib

    if new_raw == old_raw:      # nothing to carry: placing blocks again could only move them
        return edited, []
    a, b, new = old_raw.split("\n"), edited.split("\n"), new_raw.split("\n")
    lost: list[str] = []
    ops = [op for op in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes() if op[0] != "equal"]
    for tag, i1, i2, j1, j2 in reversed(ops):
        where, old_block, new_block = _section(a, i1), a[i1:i2], b[j1:j2]
        starts = [k for k in range(len(new)) if new[k] == where] if where else [0]
        placed = False
        for s0 in starts:
            end = next((k for k in range(s0 + 1, len(new)) if new[k].startswith(("[", "id = "))), len(new))
            if old_block:
                at = next((k for k in range(s0, end - len(old_block) + 1) if new[k:k + len(old_block)] == old_block),
                          None)
            else:       # an added line: after the line it followed
                prev = a[i1 - 1] if i1 else None
                at = next((k + 1 for k in range(s0, end) if new[k] == prev), None)
            if at is not None:
                new[at:at + len(old_block)] = new_block
                placed = True
                break
        if not placed and any(line.startswith(("[", "id = ")) for line in old_block):
            # an edit across parts (a whole question removed): placed where its lines stand, if they stand once
            found = [k for k in range(len(new) - len(old_block) + 1) if new[k:k + len(old_block)] == old_block]
            if len(found) == 1:
                new[found[0]:found[0] + len(old_block)] = new_block
                placed = True
        if not placed:
            lost.append((old_block or new_block or [""])[0][:80])
    return "\n".join(new), lost


def draft_edits(set_dir: Path = SET_DIR) -> list[tuple[str, int, int, list[str]]]:
    """Per drafted survey: (name, lines removed, lines added, the unified diff raw -> edited); no edited file, no
    edits."""
    import difflib

    out = []
    for req in draft_requests(set_dir):
        raw_path = drafted_dir(set_dir) / f"{req.name}.toml"
        edited = raw_path.with_suffix(".edited.toml")
        if not raw_path.is_file():
            continue
        a = raw_path.read_text(encoding="utf-8").splitlines()
        b = edited.read_text(encoding="utf-8").splitlines() if edited.is_file() else a
        diff = list(difflib.unified_diff(a, b, f"{DRAFTED}/{raw_path.name}", f"{DRAFTED}/{edited.name}", lineterm="",
                                         n=1))
        minus = sum(1 for d in diff if d.startswith("-") and not d.startswith("---"))
        plus = sum(1 for d in diff if d.startswith("+") and not d.startswith("+++"))
        out.append((req.name, minus, plus, diff))
    return out


def load_drafted_surveys(set_dir: Path = SET_DIR, edited: bool = True) -> dict:
    """Survey name -> the drafted Survey (the journalist-edited one when `edited` and it exists, else the raw draft),
    or the reason it does not load."""
    from reader import SurveyError, load_survey

    out: dict = {}
    for req in draft_requests(set_dir):
        raw_path = drafted_dir(set_dir) / f"{req.name}.toml"
        path = raw_path.with_suffix(".edited.toml") if edited and raw_path.with_suffix(".edited.toml").is_file() \
            else raw_path
        try:
            out[req.name] = load_survey(path)
        except SurveyError as exc:
            out[req.name] = str(exc)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.real_set", description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=("check", "summary", "drafts", "edits"))
    ap.add_argument("--topic", action="append", help="only this topic (repeatable)")
    ap.add_argument("--set-dir", type=Path, default=SET_DIR, help="the set's folder (default: %(default)s)")
    ap.add_argument("--write", action="store_true", help="drafts: rewrite every raw draft from its request")
    ap.add_argument("--diff", action="store_true", help="edits: print each survey's unified diff, not only counts")
    args = ap.parse_args(argv)
    if args.what == "drafts":
        problems = check_drafts(args.set_dir, write=args.write)
        for line in problems:
            print(line)
        n = len(draft_requests(args.set_dir))
        print(f"{len(problems)} problem(s) in {n} drafted surveys" if problems else
              f"{n} drafted surveys: {'rewritten' if args.write else 'each the tool output of its request'}")
        return 1 if problems else 0
    if args.what == "edits":
        rows = draft_edits(args.set_dir)
        for name, minus, plus, diff in rows:
            if args.diff and diff:
                print("\n".join(diff))
                print()
        print(f"{'survey':<52}{'removed':>8}{'added':>7}")
        for name, minus, plus, _ in rows:
            print(f"{name:<52}{minus:>8}{plus:>7}")
        edited = sum(1 for r in rows if r[1] or r[2])
        print(f"{'all':<52}{sum(r[1] for r in rows):>8}{sum(r[2] for r in rows):>7}  ({edited} of {len(rows)} "
              "surveys edited)")
        return 0
    problems, cases = check(args.set_dir, args.topic)
    if args.what == "check":
        for line in problems:
            print(line)
        print(f"{len(problems)} problem(s) in {len(cases)} replies" if problems else f"no problems in {len(cases)} replies")
    print(format_size(size(cases)))
    return 1 if problems and args.what == "check" else 0


if __name__ == "__main__":
    sys.exit(main())
