"""The reader's speed, round 3 (issue 13 item 6): each fast path gives the plain path's answers.

A question restated above its answer: the reply's lines read once for every question give the answers they give
read for each question alone (and what they give on quoted replies); the requester's words masked in one pass
per span."""

from __future__ import annotations

import random
import re

import pytest

from reader import load_survey
from reader import masking as M
from reader import restated as R
from reader.scan import normalise
from reader.cells import rejoin_cells


def plain_mask(text, spans):
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def test_restated_questions_read_once_agree_over_the_real_set():
    # the reply's lines read once for all its questions give each question the answer they give it read alone
    from benchmarks import real_set

    cases = real_set.load_cases()
    assert len(cases) > 100
    surveys: dict = {}
    found = {}
    for case in cases:
        path = real_set.survey_file(case.survey)
        if path is None:
            continue
        survey = surveys.setdefault(case.survey, load_survey(path))
        text = rejoin_cells(normalise(case.text))
        live = M._mask(text, M.ignored_spans(text))
        lines = R.restated_lines(live)
        for q in survey.questions:
            alone = R._answer_below_restated(live, q, survey)
            assert R._answer_below_restated(live, q, survey, lines) == alone, (case.slug, q.id)
            if alone is not None:
                found[case.slug, q.id] = alone[0], live[slice(*alone[1])]
    assert len(found) > 10       # the set holds replies that restate their questions
    # Devon restates each question on a line of its own and answers on the line below
    assert found["devon-senior-interims-2018", "1"] == (
        "successful", "In the financial year 2015-16 Devon County Council's (DCC's) total spend on senior interims "
        "was £364,069.")
    assert found["devon-senior-interims-2018", "2"] == (
        "successful", "In the financial year 2015-16 DCC engaged four senior interims.")


BOX_JUNCTIONS = "tests/files/real_set/surveys/parking-pcns-box-junctions.toml"
Q1 = "For the calendar year please state how many Penalty Charge Notices have been issued because of box junction " \
     "contraventions?"


@pytest.mark.parametrize("text,said", [
    # the answer on the line below, past a label; run on after the "?"; the requester asking on; not held
    (Q1 + "\n\nAnswer:\n412 were issued in 2019\n", ("successful", "412 were issued in 2019")),
    (Q1 + " Information about PCNs issued in London is published annually on our website.\n",
     ("successful", "Information about PCNs issued in London is published annually on our website.")),
    (Q1 + " Please can you show this figure by month.\n1,204\n", None),
    ("1. " + Q1 + "\nWe do not hold this information.\n", ("not_held", "We do not hold this information.")),
    ("Penalty Charge Notices issued because of box junction contraventions in the calendar year\n\nResponse\n\n"
     "The information is exempt under section 31.\n", ("rejected", "The information is exempt under section 31.")),
])
def test_restated_questions_read_once_agree_on_written_cases(text, said):
    survey = load_survey(BOX_JUNCTIONS)
    got = [R._answer_below_restated(text, q, survey) for q in survey.questions]
    assert got == [R._answer_below_restated(text, q, survey, R.restated_lines(text)) for q in survey.questions]
    assert [(status, text[slice(*span)]) for status, span in filter(None, got)] == ([said] if said else [])
    assert got[0] is not None or said is None       # question 1 is the one restated


def test_masking_in_one_pass_per_span_is_the_plain_masking():
    rnd = random.Random(13)
    for _ in range(5000):
        text = "".join(rnd.choice("ab\n \t>£1") for _ in range(rnd.randint(0, 80)))
        spans = sorted((a, min(len(text), a + rnd.randint(0, 30)))
                       for a in (rnd.randint(0, len(text)) for _ in range(rnd.randint(0, 4))))
        assert M._mask(text, spans) == plain_mask(text, spans)
    assert M._mask("ab\ncd", []) == "ab\ncd"
    assert M._mask("> quoted\nmine", [(0, 8)]) == "        \nmine"


# --- phrase lists grouped by their alternatives' first letters (classify._by_first_letter)

from reader import classify as C     # noqa: E402

TRICKY = ["ſ", "K", "İ", "ı", "n't", "\n", "  ", "1. ", "Refer to the County Council", "We do not hold", "DO NOT HOLD",
          "ſuch decision is taken by our insurers", "we don't hold", "not held", "the data is not held", "İnformation",
          "unable to provide the information", "we are refusing your request", "Kent County Council", "x", "é", "£5"]


def _spans(rx, text):
    return [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize("fast,written", [(C._NOT_HELD, C.NOT_HELD_PHRASES), (C._REFUSE, C.REFUSE_PHRASES),
                                          (C._PROVIDED, C.PROVIDED_PHRASES)])
def test_grouped_phrase_lists_find_what_the_written_ones_find(fast, written):
    from benchmarks import real_set

    texts = [c.text for c in real_set.load_cases()]
    assert len(texts) > 100
    for text in texts:
        assert _spans(fast, text) == _spans(written, text)
        low = text.lower()
        assert _spans(fast, low) == _spans(written, low)
    rnd = random.Random(6)
    for _ in range(3000):
        text = " ".join(rnd.choice(TRICKY) for _ in range(rnd.randint(1, 12)))
        assert _spans(fast, text) == _spans(written, text), text
        assert _spans(fast, text.upper()) == _spans(written, text.upper()), text


@pytest.mark.parametrize("pattern,flags", [
    (r"ab|a|\bb|[ab]c|(?:x|y)z|\d+|q?r", re.IGNORECASE),
    (r"ab|a|\bb|[ab]c|(?:x|y)z|\d+|q?r", 0),
    (r"(?m:^)[ \t]*refer|re|(?-i:[A-Z])x|s|k|i|ſ", re.IGNORECASE),
    (r"not\s+held|n't\s+hold|no\s+data|(?<!\w)do\s+not|e{0}f", re.IGNORECASE),
])
def test_grouping_by_first_letter_keeps_every_match(pattern, flags):
    rx = re.compile(pattern, flags)
    fast = C._by_first_letter(rx)
    assert fast.pattern != rx.pattern
    rnd = random.Random(7)
    alphabet = ["a", "b", "c", "x", "y", "z", "1", "q", "r", "A", "B", "Z", "S", "ſ", "K", "K", "İ", "ı", "i", "s",
                "re", "refer", "\n", " ", "\t", "not held", "n't hold", "do not", "no data", "f", "e"]
    for _ in range(4000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 20)))
        assert _spans(fast, text) == _spans(rx, text), (pattern, text)


def test_grouping_leaves_what_it_cannot_group():
    rx = re.compile(r"(a)|b")                       # a capturing group: numbering must stay
    assert C._by_first_letter(rx) is rx
    one = re.compile(r"abc")
    assert C._by_first_letter(one) is one
    assert C._by_first_letter(one, r"(?<!\w)").pattern == r"(?<!\w)(?:abc)"


# --- a survey's subjects grouped by their synonyms' first letters (Survey.subject_pattern)

def plain_subject_pattern(survey):
    from reader.survey import _doing_forms, _dotted_initials
    alts = [(syn, key) for key, subj in survey.subjects.items() for syn in subj.synonyms]
    # (the forms Survey.subject_pattern derives: a short form the request defines, the doing of those who do it, a
    # phrase's initials with stops)
    alts += survey._abbreviations(alts)
    alts += _doing_forms(alts, "\n".join(q.text for q in survey.questions))
    alts += _dotted_initials(alts, "\n".join(q.text for q in survey.questions))
    alts = sorted(alts, key=lambda a: len(a[0]), reverse=True)
    parts = [f"(?P<s{i}>{syn})" for i, (syn, _) in enumerate(alts)]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])"
                      r"(?!\s+(?:number(?!\s+of\b)|no\.|working|data\b|signal))", re.IGNORECASE)


def test_grouped_subjects_find_what_the_plain_pattern_finds():
    from pathlib import Path

    from benchmarks import real_set
    from reader.survey import survey_dir

    paths = sorted(Path("tests/files/real_set/surveys").glob("*.toml")) + sorted(survey_dir().glob("*.toml"))
    assert len(paths) > 20
    texts = [c.text for c in real_set.load_cases()]
    grouped = 0
    for path in paths:
        survey = load_survey(path)
        fast, plain = survey.subject_pattern(), plain_subject_pattern(survey)
        grouped += fast.pattern != plain.pattern
        for text in texts[::3] + ["Laptops 12", "ſmart phones", "İpads", "KPIs", "cyber security number of"]:
            assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == \
                [(m.span(), m.lastgroup) for m in plain.finditer(text)], (path.name, text[:80])
    assert grouped > 20     # most surveys' synonyms all start with a letter or a digit


# --- phrases searched only in texts holding a word every match holds (classify._PATTERN_NEEDS, _PHRASE_NEEDS)

GATED = [(rx, needs) for rx, needs in C._PATTERN_NEEDS.items()] + \
    [(rx, C._PHRASE_NEEDS[code]) for code, rx in C._PHRASES]
PHRASE_BITS = ["neither confirm nor deny", "can't confirm or deny", "NEITHER CONFİRM NOR DENY", "the public interest test",
               "factors in favour of disclosure", "ſtill being processed", "we need more time", "an extension",
               "section 10(3)", "regulation 7", "not yet able", "please clarify", "could you confirm", "what do you mean",
               "vexatious", "a repeat request", "VEXATİOUS", "reasonably accessible by other means", "otherwise accessible",
               "manifestly unreasonable", "would exceed the cost limit", "exceeds the time and cost of compliance",
               "would require a significant amount of time", "Dear Sir", "\n", ".", " ", "we hold 12 laptops"]


@pytest.mark.parametrize("rx,needs", GATED)
def test_every_match_of_a_gated_phrase_holds_its_word(rx, needs):
    from benchmarks import real_set

    texts = [c.text for c in real_set.load_cases()]
    rnd = random.Random(3)
    texts += [" ".join(rnd.choice(PHRASE_BITS) for _ in range(rnd.randint(1, 8))) for _ in range(2000)]
    matched = 0
    for text in texts + [t.upper() for t in texts[:200]]:
        for m in rx.finditer(text):
            said = m.group(0)
            if not any(ch in said for ch in "ſıİ"):
                assert any(w in said.lower() for w in needs), (rx.pattern[:40], said)
                matched += 1
    assert matched


def test_gated_phrase_search_is_the_plain_search(monkeypatch):
    rnd = random.Random(4)
    texts = [" ".join(rnd.choice(PHRASE_BITS) for _ in range(rnd.randint(1, 8))) for _ in range(1500)]
    gated = {t: [(C._find_pattern.__wrapped__(t, rx, True), C.find_exemptions(t)) for rx in C._PATTERN_NEEDS]
             for t in texts}
    monkeypatch.setattr(C, "_PATTERN_NEEDS", {})
    monkeypatch.setattr(C, "_NEEDS_BY_ID", {})
    monkeypatch.setattr(C, "_PHRASE_NEEDS", {code: ("",) for code in C._PHRASE_NEEDS})   # "" is in every text
    for t in texts:
        assert gated[t] == [(C._find_pattern.__wrapped__(t, rx, True), C.find_exemptions(t)) for rx in GATED_RX], t


GATED_RX = list(C._PATTERN_NEEDS)


def test_section_lookahead_finds_what_the_plain_pattern_finds():
    from benchmarks import real_set

    plain = re.compile(C._SECTION.pattern.replace("(?=[sSrReE])", "", 1), C._SECTION.flags)
    assert plain.pattern != C._SECTION.pattern
    texts = [c.text for c in real_set.load_cases()] + ["ſection 12", "Section 43(2)", "EIR regulation 12(4)(b)",
                                                         "exceptions at 12(5)(a)", "s.40", "s 31", "regs 12 and 13"]
    for text in texts:
        assert [(m.span(), m.groupdict()) for m in C._SECTION.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in plain.finditer(text)]


WORDED = [(rx, (C._PAGE_STATUS_WORDS[outcome],)) for outcome, rx in C._PAGE_STATUS] + [
    (C._OUTCOME_FIELD, ("outcome", "resolution")), (C._REVIEW, ("review", "upheld", "overturn")), (C._ACK_ATTACHED, ("acknowledg",)),
    (M._QUOTED_TAIL, ("message", "wrote", "from:"))]
PAGE_BITS = ["The request was partially successful.", "The request was successful.", "The request was refused by X Council",
             "Example Council did not have the information requested.", "Outcome: Information not held", "Outcome / Documents",
             "Resolution\nInformation provided", "RESOLUTİON: refused",
             "the internal review upheld the decision", "the original decision is overturned", "the review has been completed",
             "Attached is an acknowledgement", "-- Original Message --", "On 3 May 2021, Jo Bloggs wrote:", "From: Jo\nSent: Monday",
             "THE REQUEST WAS PARTİALLY SUCCESSFUL.", "ſucceſsful", "\n", " ", "Dear Sir", "12 laptops"]


@pytest.mark.parametrize("rx,needs", WORDED)
def test_every_match_of_a_worded_pattern_holds_its_word(rx, needs):
    from benchmarks import real_set

    texts = [c.text for c in real_set.load_cases()]
    rnd = random.Random(5)
    texts += ["\n".join(rnd.choice(PAGE_BITS) for _ in range(rnd.randint(1, 8))) for _ in range(2000)]
    for text in texts + [t.upper() for t in texts[:300]]:
        for m in rx.finditer(text):
            if not any(ch in m.group(0) for ch in "ſıİ"):
                assert any(w in m.group(0).lower() for w in needs), (rx.pattern[:40], m.group(0))


def test_page_status_with_its_words_looked_for_first_is_the_plain_reading():
    def plain_status(text):
        head = text[:C.PAGE_STATUS_REACH]
        for outcome, rx in C._PAGE_STATUS:
            if rx.search(head):
                return outcome
        field = C._OUTCOME_FIELD.search(text, 0, C.OUTCOME_FIELD_REACH)
        return C.outcome_in_label(field.group("label")) if field else None

    rnd = random.Random(8)
    for _ in range(3000):
        text = "\n".join(rnd.choice(PAGE_BITS) for _ in range(rnd.randint(1, 8)))
        assert C.page_status(text) == plain_status(text), text


# --- never-figure patterns tried only on lines with their shapes (scan._NEVER_SHAPES)

def test_lines_without_a_patterns_shape_hold_no_match_of_it():
    from benchmarks import real_set
    from reader import scan

    lines = [ln for c in real_set.load_cases() for ln in c.text.split("\n")]
    rnd = random.Random(9)
    bits = ["12/05/2019", "2019-05-12", "5.1 LA", "1.2.3", "FOI2021/1234", "SW1A 1AA", "CRM-12345", "2021/1234/56", "٣/٤/٢٠٢٠",
            "A-12", "12", "x", " ", "-", "/", ".", "ſ", "K", "Q3", "ref"]
    lines += ["".join(rnd.choice(bits) for _ in range(rnd.randint(1, 10))) for _ in range(3000)]
    checked = 0
    for line in lines:
        shapes = set(scan._DIGIT_SEP.findall(line)) | ({"A1"} if scan._CAPITAL_DIGIT.search(line) else set())
        for rx, shaped in zip(scan._NEVER, scan._NEVER_SHAPES):
            if shaped is not None and shaped.isdisjoint(shapes):
                assert not any(m.end() > m.start() for m in rx.finditer(line)), (rx.pattern, line)
                checked += 1
    assert checked > 1000


# --- small gates in the line model and the deadline worked out once per day of receipt

def test_figure_blocks_are_found_only_with_their_words():
    from reader.facts import reply_lines as RL

    lines = [ln for c in __import__("benchmarks.real_set", fromlist=["x"]).load_cases() for ln in c.text.split("\n")]
    lines += ["2 Attachments", "Request for information 3:", "numbers between 1 and 5 have been suppressed",
              "children aged under 5", "AGED 16-24", "a) number of new sites 1) How many allotment sites", "5. - 7. Not held.",
              "Q3 to 5: see above", "Q3 TO 5: see above", "ChİLDREN aged under 5"]
    for line in lines:
        low = line.lower()
        for rx, needs in zip(RL._NOT_A_FIGURE, RL._NOT_A_FIGURE_NEEDS):
            if not any(w in low for w in needs) and not any(ch in line for ch in "ſıİ"):
                assert not list(rx.finditer(line)), (rx.pattern[:40], line)


def test_the_remembered_deadline_is_the_deadline():
    from datetime import datetime, timezone

    from warehouse import working_days as wd
    from warehouse.normalize import thread

    for moment in (datetime(2024, 3, 31, 23, 30, tzinfo=timezone.utc), datetime(2021, 12, 24, 9, 0, tzinfo=timezone.utc)):
        for nation in ("England", "Scotland", None):
            for days in (20, 40):
                assert thread._deadline(wd.local_date(moment), nation, days) == wd.deadline(moment, nation, days)


def test_scottish_replies_told_apart_by_their_words_first():
    from benchmarks import real_set

    texts = [c.text for c in real_set.load_cases()]
    texts += ["under the Freedom of Information (Scotland) Act 2002", "FOI (S) A s.38", "foi(s)a", "FOISA s38", "EISRs",
              "the Scottish Information Commissioner", "FOI Act 2000", "ſcottish Information Commissioner",
              "SCOTTİSH INFORMATİON COMMİSSİONER", "Freedom of Information Act 2000 section 40"]
    found = 0
    for text in texts:
        plain = bool(C._SCOTTISH.search(text))
        assert C.is_scottish.__wrapped__(text) == plain, text
        found += plain
    assert found >= 8
