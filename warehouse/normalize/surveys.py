"""Which harvested requests belong to which survey, and what kind of thing each survey subject is.

A survey (``reader/surveys/<name>.toml``, loaded by :func:`reader.load_survey`) says how to
recognise its requests: WhatDoTheyKnow batch ids, and regular expressions matched against the request title
and the request text (for disclosure-log copies and requests sent one by one). The survey objects are read
by attribute *or* key, so this module does not depend on how the loader spells its dataclass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

# Words in a subject name that say which analyst view it belongs to (used when the survey does not say).
_DEVICE_WORDS = ("laptop", "tablet", "phone", "desktop", "computer", "ipad", "chromebook", "notebook", "device")
_LICENCE_WORDS = ("zoom", "office", "365", "teams", "licen", "account", "webex", "google", "workspace", "slack")


def get(obj: Any, *names: str, default: Any = None) -> Any:
    """The first of ``names`` that ``obj`` has, as an attribute or a mapping key."""
    mapping = _IS_MAPPING.get(type(obj))
    if mapping is None:
        mapping = _IS_MAPPING[type(obj)] = isinstance(obj, Mapping)
    for name in names:
        if mapping:
            if name in obj and obj[name] is not None:
                return obj[name]
        else:
            value = getattr(obj, name, None)
            if value is not None:
                return value
    return default


# (asked once per type: get is called for every field of every reply and figure, and an abstract class's
# isinstance check costs more than the look-up)
_IS_MAPPING: dict[type, bool] = {}


def _as_list(value: Any) -> list:
    if value is None:
        return []
    if isinstance(value, (str, int)):
        return [value]
    return list(value)


@dataclass
class SurveyMatcher:
    name: str
    survey: Any
    batch_ids: set[int] = field(default_factory=set)
    title_patterns: list[re.Pattern] = field(default_factory=list)
    text_patterns: list[re.Pattern] = field(default_factory=list)

    def matches(self, batch_id: int | None, title: str | None, request_text: str | None) -> bool:
        if batch_id is not None and int(batch_id) in self.batch_ids:
            return True
        if title and any(p.search(title) for p in self.title_patterns):
            return True
        return bool(request_text) and any(p.search(request_text) for p in self.text_patterns)


def _compile(patterns: Iterable[str], survey: str) -> list[re.Pattern]:
    out = []
    for p in patterns:
        try:
            out.append(re.compile(str(p), re.IGNORECASE))
        except re.error as exc:
            raise ValueError(f"survey {survey}: the pattern {p!r} is not a valid regular expression ({exc})") from exc
    return out


def matcher(survey: Any) -> SurveyMatcher:
    name = str(get(survey, "name", "slug", "id", default="survey"))
    match = get(survey, "match", default={})  # a [match] table in the TOML, if the loader keeps it nested
    batch_ids = _as_list(get(survey, "batch_ids", "batches", default=None)) + _as_list(get(survey, "batch_id"))
    batch_ids += _as_list(get(match, "batch_ids", "batches")) + _as_list(get(match, "batch_id"))
    titles = _as_list(get(survey, "title_patterns", default=None)) + _as_list(get(match, "title_patterns", "titles"))
    texts = _as_list(get(survey, "text_patterns", default=None)) + _as_list(get(match, "text_patterns", "texts"))
    return SurveyMatcher(
        name=name,
        survey=survey,
        batch_ids={int(b) for b in batch_ids},
        title_patterns=_compile(titles, name),
        text_patterns=_compile(texts, name),
    )


def available_surveys() -> list[str]:
    """Names of the surveys shipped in ``reader/surveys/`` (sorted)."""
    try:
        folder = resources.files("reader").joinpath("surveys")
        return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))
    except (FileNotFoundError, NotADirectoryError):
        return []


def subject_kind(survey: Any, subject: str) -> str:
    """'device', 'licence' or 'other': which view (device_purchases, licence_counts) a subject feeds."""
    declared = get(survey, "subject_kinds", default=None)
    if isinstance(declared, Mapping) and subject in declared:
        return str(declared[subject])
    for entry in _as_list(get(survey, "subjects", default=None)):
        if isinstance(entry, str):
            continue
        if str(get(entry, "name", "subject", "id", default="")) == subject:
            kind = get(entry, "kind", "view")
            if kind:
                return str(kind)
    if isinstance(get(survey, "subjects"), Mapping):
        entry = get(survey, "subjects")[subject] if subject in get(survey, "subjects") else None
        kind = get(entry, "kind", "view") if entry is not None and not isinstance(entry, str) else None
        if kind:
            return str(kind)
    low = subject.lower()
    if any(w in low for w in _DEVICE_WORDS):
        return "device"
    if any(w in low for w in _LICENCE_WORDS):
        return "licence"
    return "other"


def survey_subjects(survey: Any) -> list[str]:
    """Subjects the survey declares (its vocabulary), whatever shape the loader gives them."""
    subjects = get(survey, "subjects", default=None)
    if isinstance(subjects, Mapping):
        return [str(s) for s in subjects]
    out = []
    for entry in _as_list(subjects):
        out.append(entry if isinstance(entry, str) else str(get(entry, "name", "subject", "id", default="")))
    return [s for s in out if s]


def subject_ranges(survey: Any) -> list[tuple[str, str, float, float]]:
    """(subject, measure, low, high) for every plausible range the survey declares on its subjects."""
    subjects = get(survey, "subjects", default=None)
    if not isinstance(subjects, Mapping):
        return []
    return [(str(key), m, lo, hi) for key, subj in subjects.items()
            for m, lo, hi in (getattr(subj, "plausible", ()) or ())]
