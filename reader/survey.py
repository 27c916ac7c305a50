"""Surveys: the questionnaire a round-robin request asked, read from ``reader/surveys/<name>.toml``.

A journalist adds a survey by writing a TOML file, so every mistake in one must come back as a sentence
naming the file, the line and the problem, never as a Python traceback.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .classify import first_letters, grouped_alternatives
from .first_chars import first_char_matches, grouped_from_first_char
from .units import UNITS, measure_named

# the laws a request is made under: FOI, Scotland's FOISA, the EIRs
LAWS = ("foi", "foisa", "eir")

# how many, money per item, a sum of money; then the measures a question may ask for beyond them: a share
# ("what percentage of ..."), a length of time in days ("the average length of stay") or in hours, and the measures
# named by their unit, each as written (a floor area "space measured in square feet", "how many kilometres", "in
# tonnes", "kWh", "how long ... in weeks"; reader/units.py)
MEASURES = ("count", "unit_cost_gbp", "total_cost_gbp", "percent", "days", "hours") + tuple(UNITS)
# what a question that names no measures asks for (a survey written before the other measures existed)
DEFAULT_MEASURES = ("count", "unit_cost_gbp", "total_cost_gbp")
# the unit a figure of each measure is given in, unless the survey's [measures.<name>] says otherwise
MEASURE_UNITS = {"count": "items", "unit_cost_gbp": "GBP", "total_cost_gbp": "GBP", "percent": "%",
                 "days": "days", "hours": "hours", **{m: u.short for m, u in UNITS.items()}}
# the measures that are sums of money
MONEY_MEASURES = frozenset(("total_cost_gbp", "unit_cost_gbp"))
SURVEYS_PACKAGE = "reader"
_NAME_OK = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_QUESTION_ID = re.compile(r"^[0-9]{1,2}[a-z]?$")


def _did_you_mean(word) -> str:
    """" (the unit of measure 'kilometres')" for a measure written as its unit ("km"), else ""."""
    named = measure_named(word) if isinstance(word, str) else None
    return f" (the unit of measure {named!r})" if named else ""


class SurveyError(ValueError):
    """A survey file that cannot be used; the message names the file, the line and the problem."""


# a subject of two words or more named by the people who do a thing ("rough sleepers", "fly-tippers"): its last
# word's stem, at least four letters, before the ending
_DOERS = re.compile(r"(?P<before>.*[a-z].*(?:\\s|[ -]).*?)(?<![a-z])(?P<stem>[a-z]{4,})ers\??$")


def _done_after(m: re.Match, key: str, asked: str, known: list, out: list) -> list[tuple[str, str]]:
    """The doing said verb first, as the request itself says it of those who do it: "at least 3 people who have
    slept rough", asked of "rough sleepers" by a request that writes "having slept rough once" and "sleeping
    rough". Only for a synonym of two words; the verb is one the request writes, starting as the doer's stem does."""
    before = re.sub(r"\[\\s-\]\*|\[- \]\?|\\s\*", " ", m.group("before")).strip()
    if not re.fullmatch(r"[a-z]{3,}", before):
        return []
    found = []
    for v in re.finditer(r"\b(%s[a-z]*)[ \t]+%s\b" % (m.group("stem")[:3], before), asked, re.IGNORECASE):
        phrase = v.group(1).lower() + r"[\s-]*" + before
        if any(rx.fullmatch(v.group(0)) for rx in known) or any(d == phrase for d, _ in out + found):
            continue
        found.append((phrase, key))
    return found


def _doing_forms(alts: list[tuple[str, str]], asked: str) -> list[tuple[str, str]]:
    """A council names the doing for those who do it: "22 people described themselves as rough sleeping",
    asked of "rough sleepers". For each synonym so named, the same words with the doing ("rough sleeping"),
    where the request's own words (``asked``) use the doing too, as a name ("the annual rough sleeping
    statistics"), and no synonym already reads it. (Not otherwise: "taxi driving" is not "taxi drivers".)"""
    known = [re.compile(r"(?:" + syn + r")", re.IGNORECASE) for syn, _ in alts]
    out: list[tuple[str, str]] = []
    for syn, key in alts:
        m = _DOERS.fullmatch(syn)
        if m is None:
            continue
        doing = m.group("before") + m.group("stem") + "ing"
        plain = re.sub(r"\[\\s-\]\*|\[- \]\?", " ", doing)
        out.extend(_done_after(m, key, asked, known, out))
        if any(rx.fullmatch(plain) for rx in known) or any(d == doing for d, _ in out) \
                or not re.search(r"(?<![\w-])(?:" + doing + r")(?![\w-])", asked, re.IGNORECASE):
            continue
        out.append((doing, key))
    return out


def _dotted_initials(alts: list[tuple[str, str]], asked: str) -> list[tuple[str, str]]:
    """A council's notes write a phrase of three words or more as its initials with stops: "1 Lurcher p.t.s in April
    2022" for a dog put to sleep, "n.f.a." for no further action. For each phrase of the request's own words
    (``asked``) that a synonym reads, its last three words or more as such initials ("put to sleep" in "dogs put to
    sleep": "p.t.s", "p.t.s.", "P. T. S."), where no synonym already reads them. Only with the stops: bare letters
    ("PTS") are read as the request defines them, not guessed."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for syn, key in alts:
        try:
            rx = re.compile(r"(?<![\w-])(?:" + syn + r")(?![\w-])", re.IGNORECASE)
        except re.error:
            continue
        for m in rx.finditer(asked):
            words = re.findall(r"[A-Za-z][\w']*", m.group(0))
            for n in range(len(words) - 2):
                letters = [w[0].lower() for w in words[n:]]
                dotted = r"\.[ \t]?".join(letters) + r"\.?"
                if dotted not in seen:
                    seen.add(dotted)
                    out.append((dotted, key))
    return out


@dataclass(frozen=True)
class AskedPeriod:
    label: str
    start: dt.date
    end: dt.date


# "Community Protection Notices (CPNs)": a long form and the short form the request defines for it
_DEFINED_SHORT = re.compile(r"((?:[A-Za-z][\w'-]*[ \t]+){2,8})\(([A-Z]{3,6})s?\)")
_INITIAL_SKIP = frozenset({"of", "and", "the", "for", "&"})


def _initial_words(before: str, letters: str) -> list[str] | None:
    """The words before a short form's brackets whose initials it is, or None: whole words first, else with
    a hyphened word's parts each giving its letter, as "full-time equivalent (FTE)" and "anti-social behaviour
    (ASB)" are written."""
    # (small words kept, last: "Freedom of Information (FOI)" takes a letter from "of")
    for word, skip in ((r"[A-Za-z][\w'-]*", _INITIAL_SKIP), (r"[A-Za-z][\w']*", _INITIAL_SKIP),
                       (r"[A-Za-z][\w'-]*", frozenset())):
        words = [w for w in re.findall(word, before) if w.lower() not in skip]
        if len(words) >= len(letters) and "".join(w[0] for w in words[-len(letters):]).lower() == letters:
            return words
    return None


@dataclass(frozen=True)
class Subject:
    key: str
    label: str
    synonyms: tuple[str, ...]
    # (measure, low, high): what a figure of this subject can plausibly be, as the journalist knows it
    # ("a laptop costs £150 to £4,000"); a figure outside is kept but sent to review, never dropped
    plausible: tuple[tuple[str, float, float], ...] = ()


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    subject: str
    measures: tuple[str, ...]
    periods: tuple[str, ...]


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    unit: str
    cues: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)   # compared and hashed by identity: it holds dicts
class Survey:
    name: str
    title: str
    law: str
    questions: tuple[Question, ...]
    subjects: dict[str, Subject]
    measures: dict[str, Measure]
    periods: tuple[AskedPeriod, ...]
    period_note: str
    batch_ids: tuple[int, ...]
    title_patterns: tuple[str, ...]
    text_patterns: tuple[str, ...]
    path: str = ""
    _subject_re: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    def question_for(self, subject: str) -> str | None:
        for q in self.questions:
            if q.subject == subject:
                return q.id
        return None

    def in_order(self, results: list) -> list:
        """``results`` (each with a ``question`` id) in the order of this survey's questions; a result for a question
        not in the survey last, and results for one question in the order given."""
        order = self.__dict__.get("_question_order")
        if order is None:
            order = {q.id: i for i, q in enumerate(self.questions)}
            object.__setattr__(self, "_question_order", order)
        last = len(order)
        return sorted(results, key=lambda r: order.get(r.question, last))

    def question(self, qid: str) -> Question | None:
        # (asked of every question of every reply: the first question with each id, looked up once per survey)
        index = self.__dict__.get("_question_index")
        if index is None:
            index = {}
            for q in self.questions:
                index.setdefault(q.id, q)
            object.__setattr__(self, "_question_index", index)
        return index.get(qid)

    def subject_pattern(self) -> re.Pattern[str]:
        """One regex with a named group per subject; longer synonyms first so 'office 365 licences'
        wins over 'office 365'."""
        if self._subject_re is None:
            alts: list[tuple[str, str]] = []
            for key, subj in self.subjects.items():
                alts.extend((syn, key) for syn in subj.synonyms)
            alts.extend(self._abbreviations(alts))
            asked = "\n".join(q.text for q in self.questions)
            alts.extend(_doing_forms(alts, asked))
            alts.extend(_dotted_initials(alts, asked))
            alts.sort(key=lambda a: len(a[0]), reverse=True)
            parts = []
            self_index: dict[str, str] = {}
            for i, (syn, key) in enumerate(alts):
                group = f"s{i}"
                self_index[group] = key
                parts.append(f"(?P<{group}>{syn})")
            body = "(?:" + "|".join(parts) + ")"
            # every line of every reply is searched for the subjects: grouped by their first letters, only those
            # that can start with a word's letter are tried at it (the same matches; not where a synonym may
            # start with something else or with two letters, since each named group can stand only once)
            try:
                firsts = [first_letters(syn, re.IGNORECASE) for syn, _ in alts]
            except re.error:
                firsts = [None]
            if firsts and all(f is not None and len(f) == 1 for f in firsts):
                body = grouped_alternatives(parts, firsts, re.IGNORECASE)
            # "mobile" in "[mobile number]" is Alaveteli's redaction, and "phone us" is not a device; but a
            # subject before "Number of ..." is a table's header ("Ethnicity Number of pregnant households")
            pattern = re.compile(
                r"(?<![\w-])" + body + r"(?![\w-])"
                r"(?!\s+(?:number(?!\s+of\b)|no\.|working|data\b|signal))",
                re.IGNORECASE,
            )
            object.__setattr__(self, "_subject_re", pattern)
            object.__setattr__(self, "_subject_groups", self_index)
            # the line model asks this of every line: searched only from the characters a synonym starts with (the
            # same pattern without its groups, first_chars.from_first_char), each match then read with its group
            object.__setattr__(self, "_subject_fast", grouped_from_first_char(pattern))
        return self._subject_re  # type: ignore[return-value]

    def _abbreviations(self, alts: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """The short forms a request defines ("Community Protection Notices (CPNs)", "fixed penalty notices
        (FPNs)"), each for the subject its long form names: a reply writes the short form the request taught it
        ("33x CPNs issued"). Only initials of the words before the brackets, three letters or more, and only where
        no synonym already reads them."""
        known = [(re.compile(r"(?<![\w-])(?:" + syn + r")(?![\w-])", re.IGNORECASE), key) for syn, key in alts]
        out: dict[str, str] = {}
        for q in self.questions:
            for m in _DEFINED_SHORT.finditer(q.text):
                short = m.group(2)
                letters = short.lower()
                words = _initial_words(m.group(1), letters)
                if words is None:
                    continue
                if short.lower() in out or any(rx.fullmatch(short) or rx.fullmatch(short + "s") for rx, _ in known):
                    continue
                phrase = " ".join(words[-len(letters):])
                keys = {key for rx, key in known if rx.search(phrase)}
                if len(keys) == 1:
                    out[short.lower()] = keys.pop()
        return [(re.escape(short) + "s?", key) for short, key in out.items()]

    def find_subjects(self, text: str) -> list[tuple[int, int, str]]:
        pattern = self.subject_pattern()
        groups: dict[str, str] = self._subject_groups  # type: ignore[attr-defined]
        found = self._subject_fast  # type: ignore[attr-defined]
        matches = first_char_matches(pattern, found, text)     # (asked of every line: most name none)
        return [(m.start(), m.end(), groups[m.lastgroup]) for m in matches if m.lastgroup] if matches else []

    def belongs(self, title: str = "", text: str = "", batch_id: int | None = None) -> bool:
        """Whether a request with this title/text/batch is one this survey asked."""
        if batch_id is not None and batch_id in self.batch_ids:
            return True
        if any(re.search(p, title or "", re.IGNORECASE) for p in self.title_patterns):
            return True
        return any(re.search(p, text or "", re.IGNORECASE) for p in self.text_patterns)


def survey_dir() -> Path:
    return Path(str(resources.files(SURVEYS_PACKAGE).joinpath("surveys")))


def available_surveys() -> list[str]:
    return sorted(p.stem for p in survey_dir().glob("*.toml"))


def load_survey(name_or_path: str | Path) -> Survey:
    """A survey by name (a file under reader/surveys/) or by path to a .toml file."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".toml" or candidate.is_file() or "/" in str(name_or_path) or "\\" in str(name_or_path):
        path = candidate
        if not path.is_file():
            raise SurveyError(f"{path}: no such survey file.")
    else:
        path = survey_dir() / f"{name_or_path}.toml"
        if not path.is_file():
            known = ", ".join(available_surveys()) or "none"
            raise SurveyError(f"unknown survey {str(name_or_path)!r}: known surveys are {known} "
                              f"(or give the path to a .toml file).")
    try:
        raw_text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SurveyError(f"{path.name}: cannot be read ({exc}).") from exc
    return parse_survey(raw_text, path.name, str(path))


def parse_survey(raw_text: str, filename: str = "survey.toml", path: str = "") -> Survey:
    try:
        data = tomllib.loads(raw_text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message already ends "(at line N, column M)"
        raise SurveyError(f"{filename}: not valid TOML: {exc}") from exc
    return _Validator(raw_text, filename, path).build(data)


class _Validator:
    def __init__(self, raw_text: str, filename: str, path: str) -> None:
        self.lines = raw_text.splitlines()
        self.filename = filename
        self.path = path

    def line_of(self, *patterns: str, after: int = 0) -> int | None:
        for pattern in patterns:
            rx = re.compile(pattern)
            for i, line in enumerate(self.lines[after:], start=after + 1):
                if rx.search(line):
                    return i
        return None

    def fail(self, problem: str, line: int | None) -> SurveyError:
        where = f"{self.filename} line {line}" if line else self.filename
        return SurveyError(f"{where}: {problem}")

    def table_line(self, dotted: str) -> int | None:
        esc = r"\.".join(re.escape(p) for p in dotted.split("."))
        return self.line_of(rf"^\s*\[\s*{esc}\s*\]", rf"^\s*{re.escape(dotted.split('.')[-1])}\s*=")

    def key_line(self, key: str, after: int | None = None) -> int | None:
        return self.line_of(rf"^\s*{re.escape(key)}\s*=", after=(after or 1) - 1 if after else 0)

    def build(self, data: dict[str, Any]) -> Survey:
        for key in ("name", "title", "subjects", "questions"):
            if key not in data:
                raise self.fail(f"missing required key {key!r}", None)
        name = data["name"]
        if not isinstance(name, str) or not _NAME_OK.match(name):
            raise self.fail(f"name must be lower-case letters, digits, '-' or '_' (got {name!r})",
                            self.key_line("name"))
        title = data["title"]
        if not isinstance(title, str) or not title.strip():
            raise self.fail("title must be a non-empty string", self.key_line("title"))
        law = data.get("law", "foi")
        # Scottish councils answer under FOISA (and Scotland's EIRs, "eir" here too): a round-robin to them is no error
        if law not in LAWS:
            raise self.fail(f"law must be 'foi', 'foisa' or 'eir' (got {law!r})", self.key_line("law"))

        measures = self.measures(data.get("measures", {}))
        subjects = self.subjects(data["subjects"])
        periods, note = self.periods(data.get("periods", {}))
        questions = self.questions(data["questions"], subjects, measures, periods)
        batch_ids, title_patterns, text_patterns = self.membership(data.get("membership", {}))
        return Survey(name=name, title=title.strip(), law=law, questions=questions, subjects=subjects,
                      measures=measures, periods=periods, period_note=note, batch_ids=batch_ids,
                      title_patterns=title_patterns, text_patterns=text_patterns, path=self.path)

    def measures(self, raw: Any) -> dict[str, Measure]:
        if not isinstance(raw, dict):
            raise self.fail("[measures] must be a table", self.line_of(r"^\s*measures\s*="))
        out: dict[str, Measure] = {}
        for key in MEASURES:
            spec = raw.get(key, {})
            line = self.table_line(f"measures.{key}")
            if not isinstance(spec, dict):
                raise self.fail(f"measure {key!r} must be a table", line)
            cues = spec.get("cues", [])
            if not isinstance(cues, list) or not all(isinstance(c, str) and c.strip() for c in cues):
                raise self.fail(f"measure {key!r}: cues must be a list of words", line)
            out[key] = Measure(key, str(spec.get("label", key)), str(spec.get("unit", MEASURE_UNITS[key])),
                               tuple(c.strip().lower() for c in cues))
        for key in raw:
            if key not in MEASURES:
                raise self.fail(f"unknown measure {key!r}{_did_you_mean(key)}: measures are {', '.join(MEASURES)}",
                                self.table_line(f"measures.{key}"))
        return out

    def subjects(self, raw: Any) -> dict[str, Subject]:
        if not isinstance(raw, dict) or not raw:
            raise self.fail("[subjects] must hold at least one subject", self.line_of(r"^\s*\[?subjects"))
        out: dict[str, Subject] = {}
        for key, spec in raw.items():
            line = self.table_line(f"subjects.{key}")
            if not _NAME_OK.match(key):
                raise self.fail(f"subject name {key!r} must be lower-case letters, digits, '-' or '_'", line)
            if not isinstance(spec, dict):
                raise self.fail(f"subject {key!r} must be a table with synonyms", line)
            syns = spec.get("synonyms")
            syn_line = self.key_line("synonyms", line) if line else None
            if syn_line and line and not _same_table(self.lines, line, syn_line):
                syn_line = None
            line = syn_line or line
            if not syns:
                raise self.fail(f"subject {key!r} has no synonyms", line)
            if not isinstance(syns, list) or not all(isinstance(s, str) and s.strip() for s in syns):
                raise self.fail(f"subject {key!r}: synonyms must be a list of non-empty strings", line)
            for syn in syns:
                try:
                    compiled = re.compile(syn, re.IGNORECASE)
                except re.error as exc:
                    raise self.fail(f"subject {key!r}: synonym {syn!r} is not a valid pattern ({exc})",
                                    self.line_of(re.escape(syn)) or line) from exc
                if compiled.groups:
                    raise self.fail(f"subject {key!r}: synonym {syn!r} must not use (groups); "
                                    f"use [ab] or list the forms separately", self.line_of(re.escape(syn)) or line)
                if compiled.match(""):
                    raise self.fail(f"subject {key!r}: synonym {syn!r} matches empty text",
                                    self.line_of(re.escape(syn)) or line)
            out[key] = Subject(key, str(spec.get("label", key)), tuple(s.strip() for s in syns),
                               self.plausible(key, spec.get("plausible", {}), line))
        return out

    def plausible(self, key: str, raw: Any, line: int | None) -> tuple[tuple[str, float, float], ...]:
        """``plausible = { unit_cost_gbp = [150, 4000], count = [0, 20000] }``: per measure, the lowest and
        highest value a figure of the subject can plausibly have."""
        where = self.key_line("plausible", line) if line else None
        if not isinstance(raw, dict):
            raise self.fail(f"subject {key!r}: plausible must be a table of measure = [low, high]", where or line)
        out = []
        for measure, bounds in raw.items():
            if measure not in MEASURES:
                raise self.fail(f"subject {key!r}: plausible names unknown measure {measure!r} "
                                f"(measures are {', '.join(MEASURES)})", where or line)
            if (not isinstance(bounds, list) or len(bounds) != 2
                    or not all(isinstance(b, (int, float)) and not isinstance(b, bool) for b in bounds)
                    or bounds[0] > bounds[1]):
                raise self.fail(f"subject {key!r}: plausible {measure} must be [low, high], two numbers with "
                                f"low <= high, e.g. {measure} = [0, 1000]", where or line)
            out.append((measure, float(bounds[0]), float(bounds[1])))
        return tuple(out)

    def periods(self, raw: Any) -> tuple[tuple[AskedPeriod, ...], str]:
        if not isinstance(raw, dict):
            raise self.fail("[periods] must be a table", self.line_of(r"^\s*periods\s*="))
        asked = raw.get("asked", [])
        line = self.line_of(r"^\s*asked\s*=") or self.table_line("periods")
        if not isinstance(asked, list):
            raise self.fail("periods.asked must be a list of {label, start, end}", line)
        out = []
        for item in asked:
            if not isinstance(item, dict) or not {"label", "start", "end"} <= set(item):
                raise self.fail("each asked period needs label, start and end "
                                '(e.g. { label = "2019-20", start = 2019-04-01, end = 2020-03-31 })', line)
            label = str(item["label"])
            item_line = self.line_of(re.escape(f'"{label}"'), re.escape(label)) or line
            try:
                start = _as_date(item["start"])
                end = _as_date(item["end"])
            except ValueError as exc:
                raise self.fail(f"period {label!r}: {exc}", item_line) from exc
            if end < start:
                raise self.fail(f"period {label!r} ends ({end}) before it starts ({start})", item_line)
            out.append(AskedPeriod(label, start, end))
        return tuple(out), str(raw.get("note", ""))

    def questions(self, raw: Any, subjects: dict[str, Subject], measures: dict[str, Measure],
                  periods: tuple[AskedPeriod, ...]) -> tuple[Question, ...]:
        if not isinstance(raw, list) or not raw:
            raise self.fail("questions must be a list of [[questions]] tables", self.line_of(r"questions"))
        labels = {p.label for p in periods}
        out: list[Question] = []
        seen: set[str] = set()
        q_lines = [i + 1 for i, line in enumerate(self.lines) if re.match(r"^\s*\[\[\s*questions\s*\]\]", line)]
        for n, spec in enumerate(raw):
            line = q_lines[n] if n < len(q_lines) else None
            if not isinstance(spec, dict):
                raise self.fail("each question must be a table", line)
            qid = str(spec.get("id", ""))
            if not _QUESTION_ID.match(qid):
                raise self.fail(f"question id {qid!r} must look like 1, 2 or 1a", self.key_line("id", line) or line)
            if qid in seen:
                raise self.fail(f"question id {qid!r} is used twice", self.key_line("id", line) or line)
            seen.add(qid)
            subject = spec.get("subject")
            if subject not in subjects:
                known = ", ".join(subjects)
                raise self.fail(f"question {qid}: subject {subject!r} is not one of the [subjects] ({known})",
                                self.key_line("subject", line) or line)
            qm = spec.get("measures", list(DEFAULT_MEASURES))
            if not isinstance(qm, list) or not qm:
                raise self.fail(f"question {qid}: measures must be a non-empty list", self.key_line("measures", line) or line)
            for m in qm:
                if m not in measures:
                    raise self.fail(f"question {qid}: unknown measure {m!r}{_did_you_mean(m)} (measures are "
                                    f"{', '.join(MEASURES)})", self.key_line("measures", line) or line)
            qp = spec.get("periods", [p.label for p in periods])
            if not isinstance(qp, list):
                raise self.fail(f"question {qid}: periods must be a list", self.key_line("periods", line) or line)
            for p in qp:
                if p not in labels:
                    raise self.fail(f"question {qid}: period {p!r} is not in periods.asked", self.key_line("periods", line) or line)
            out.append(Question(qid, str(spec.get("text", "")), subject, tuple(qm), tuple(qp)))
        return tuple(out)

    def membership(self, raw: Any) -> tuple[tuple[int, ...], tuple[str, ...], tuple[str, ...]]:
        if not isinstance(raw, dict):
            raise self.fail("[membership] must be a table", self.line_of(r"membership"))
        ids = raw.get("batch_ids", [])
        if not isinstance(ids, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
            raise self.fail("membership.batch_ids must be a list of whole numbers", self.key_line("batch_ids"))
        pats: list[tuple[str, ...]] = []
        for key in ("title_patterns", "text_patterns"):
            items = raw.get(key, [])
            if not isinstance(items, list) or not all(isinstance(p, str) for p in items):
                raise self.fail(f"membership.{key} must be a list of strings", self.key_line(key))
            for p in items:
                try:
                    re.compile(p)
                except re.error as exc:
                    raise self.fail(f"membership.{key}: {p!r} is not a valid pattern ({exc})",
                                    self.line_of(re.escape(p)) or self.key_line(key)) from exc
            pats.append(tuple(items))
        return tuple(ids), pats[0], pats[1]


def _same_table(lines: list[str], header: int, line: int) -> bool:
    """No other [table] header between line numbers ``header`` and ``line`` (1-based)."""
    return not any(re.match(r"^\s*\[", l) for l in lines[header:line - 1])


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"{value!r} is not a date like 2019-04-01")
