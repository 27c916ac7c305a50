"""Figures that are the request's, not the council's: a number inside the request's own words restated in the reply
("How many non-disclosure agreements has the authority agreed in each of the calendar years of 2014, 2015, 2016 and
2017." at the top of a reply that never quotes it as such: 2017 is a year asked, not 2017 agreements), and a number
given as an example ("(e.g. 2 whistleblower complaints)", or in a worked example that supposes: "e.g. a member of
staff may have redundancy costs of £5k ..."), and the options a question lists picked by the answer ("Level of
management 1, 2 , 3 or 4" answered "1 and 4"). The survey's questions are the request's words: a figure with words
on either side that run word for word as in one of them is the request's."""

from __future__ import annotations

import re
from functools import lru_cache

from ..sentences import CAPITAL, line_bounds, sentence_end
from .model import Fact
from .places import figure_places

_TOKEN = re.compile(r"[a-z]+|\d+")
# the words on one side of a figure that, with it, must run as in a question's text
_RUN = 4
_NEAR = 300     # characters either side of a figure that hold its _RUN words
# a worked example: "e.g. a member of staff may have redundancy costs of £5k and ... £16k, they would be included
# under the banding £20,001 - £40,000": every figure from "e.g." to the sentence's end illustrates
_EXAMPLE = re.compile(r"\b(?:e\.g\.?|for\s+example|for\s+instance)[ \t,:]", re.IGNORECASE)
_SUPPOSING = re.compile(r"\b(?:may|might|would|could)\b", re.IGNORECASE)
# "(e.g. 2 whistleblower complaints)", "for example 3 requests": a figure that stands for any
_EXAMPLE_BEFORE = re.compile(r"\b(?:e\.?g|for\s+example|for\s+instance)\.?[ \t]*[,:]?[ \t]*£?$", re.IGNORECASE)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _question_runs(survey) -> set[tuple[str, ...]]:
    """Every run of _RUN + 1 words of the survey's questions that holds a number."""
    runs: set[tuple[str, ...]] = set()
    for q in survey.questions:
        toks = _tokens(q.text or "")
        for i in range(len(toks) - _RUN):
            run = tuple(toks[i:i + _RUN + 1])
            if any(t[0].isdigit() for t in run):
                runs.add(run)
    return runs


def _in_request(text: str, s: int, e: int, runs: set[tuple[str, ...]]) -> bool:
    """Whether the number at text[s:e] (its own words: one or more tokens) with _RUN words of its line before or
    after it runs as in a question."""
    ls, le = line_bounds(text, s, e)
    # (only the words next to the figure are compared: a long line is read near each figure, not whole each time,
    # and a word the cut splits is left out)
    near_s, near_e = max(ls, s - _NEAR), min(le, e + _NEAR)
    before, own, after = _tokens(text[near_s:s]), _tokens(text[s:e]), _tokens(text[e:near_e])
    if near_s > ls and before:
        before = before[1:]
    if near_e < le and after:
        after = after[:-1]
    for window in (before[len(before) - _RUN:] + own, own + after[:_RUN]):
        if len(window) < _RUN + 1:
            continue
        if any(tuple(window[i:i + _RUN + 1]) in runs for i in range(len(window) - _RUN)):
            return True
    return False


# the options a question lists: "Level of management 1, 2 , 3 or 4"; an answer line of them alone picks some
_OPTIONS = re.compile(r"(?<![\d.,£])\b\d{1,2}(?:[ \t]*,[ \t]*\d{1,2})+[ \t]*,?[ \t]*(?:or|and|/)[ \t]*\d{1,2}\b(?![\d.,%])")
_PICKED = re.compile(r"[ \t]*\d{1,2}(?:[ \t]*(?:,|and|&|or)[ \t]*\d{1,2})*[ \t]*\.?[ \t]*$")


def _option_sets(texts) -> list[set[str]]:
    return [set(re.findall(r"\d{1,2}", m.group(0))) for t in texts for m in _OPTIONS.finditer(t or "")]


def _picks_options(text: str, s: int, e: int, asked: list[set[str]]) -> bool:
    """Whether the number at text[s:e] stands on a line of numbers alone ("1 and 4") that are all options the line
    above or a question lists ("1, 2 , 3 or 4")."""
    ls, le = line_bounds(text, s, e)
    if not _PICKED.fullmatch(text, ls, le):
        return False
    picked = set(re.findall(r"\d{1,2}", text[ls:le]))
    above = text[max(0, text.rfind("\n", 0, max(0, ls - 1)) + 1):max(0, ls - 1)]
    return any(picked <= options for options in _option_sets([above]) + asked)


def _worked_examples(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans from "e.g." to its sentence's end, within text[start:end], that suppose ("may", "would")."""
    spans = []
    for m in _EXAMPLE.finditer(text, start, end):
        stop_at = sentence_end(text, m.end(), CAPITAL)
        if _SUPPOSING.search(text, m.end(), stop_at):
            spans.append((m.start(), stop_at))
    return spans


@lru_cache(maxsize=64)
def _survey_numbers(survey) -> tuple[set[tuple[str, ...]], list[set[str]]]:
    """_question_runs and the _option_sets of a survey's questions: once per survey (hashed by identity), not for
    every reply with a figure; read only."""
    return _question_runs(survey), _option_sets(q.text for q in survey.questions)


def without_request_figures(facts: list[Fact], text: str, survey) -> list[Fact]:
    """``facts`` without those whose figure, wherever its quote writes it, is in the request's words or an
    example."""
    runs = None
    options: list[set[str]] = []
    out = []
    for f in facts:
        places = figure_places(text, f)
        if places:
            if runs is None:
                runs, options = _survey_numbers(survey)
            examples = _worked_examples(text, f.start, f.end) \
                if "xample" in f.quote or "nstance" in f.quote or "g." in f.quote else []
            if all(_EXAMPLE_BEFORE.search(text, max(0, s - 16), s) or _in_request(text, s, e, runs)
                   or any(a <= s < b for a, b in examples) or _picks_options(text, s, e, options)
                   for s, e in places):
                continue
        out.append(f)
    return out
