"""The reader's speed, round 5 (issue 13 item 6): each fast path gives the plain path's answers."""

from __future__ import annotations

import random
import re

import pytest

from reader import load_survey
from reader import answers_under_numbers as AU
from reader.nought import FORMS
from reader import question_status as QS
from reader import sent_elsewhere as SE
from reader import questions as Q
from reader.first_chars import first_char_spans
from tests.speed_helpers import random_texts


def _real_cases():
    from benchmarks import real_set

    cases = real_set.load_cases()
    assert len(cases) > 100
    surveys: dict = {}
    out = []
    for case in cases:
        path = real_set.survey_file(case.survey)
        if path is not None:
            out.append((case, surveys.setdefault(case.survey, load_survey(path))))
    return out


@pytest.fixture(scope="module")
def real_cases():
    return _real_cases()


def _random_texts(bits: list[str], n: int = 2000, seed: int = 5) -> list[str]:
    return random_texts(bits, n, seed, longest=25)


# --- a part's own "3a)" line: only numbers that open such a line are searched for their parts

_PART_BITS = ["3a) ", "3 (a) ", "Q3a. ", "question 3A: ", "13a) ", "3ab) ", "3.", "3a ", "\n", "\n  ", "\t", " ",
              "Moray Council does not manage any sites", "How many sites?", "2b) ", "q 12c) ", "ſ", "K", "1", "(a)"]


def test_own_part_line_with_the_line_numbers_is_the_plain_one(real_cases):
    parts = [type("Q", (), {"id": f"{n}{x}", "text": "How many sites does the council manage"})()
             for n in (1, 2, 3, 12, 13) for x in ("a", "b", "ab", "c")]
    seen = 0
    for text in [c.text for c, _ in real_cases] + _random_texts(_PART_BITS):
        numbers = QS._line_numbers(text)
        for q in parts:
            got = QS._own_part_line(q, text, numbers)
            assert got == QS._own_part_line(q, text), (q.id, text[:80])
            seen += got is not None
    for case, survey in real_cases:
        numbers = QS._line_numbers(case.text)
        for q in survey.questions:
            if QS._parent(q.id):
                assert QS._own_part_line(q, case.text, numbers) == QS._own_part_line(q, case.text), (case.slug, q.id)
    assert seen > 50


def test_a_part_line_is_found_under_its_number():
    text = "Our response\n3a) Moray Council does not currently manage any allotment sites directly.\n"
    q = type("Q", (), {"id": "3a", "text": "How many plots were let in 2019?"})()
    assert QS._line_numbers(text) == {"3"}
    s, e = QS._own_part_line(q, text, QS._line_numbers(text))
    assert text[s:e] == "Moray Council does not currently manage any allotment sites directly."


# --- the sent-elsewhere phrases searched from their first letters

_ELSEWHERE_BITS = ["you may wish to contact ", "YOU MIGHT WANT TO redirect ", "is a matter for ", "are matters for ",
                   "would be held by ", "is held by the Police", "direct you to contact ", "redirect your request to ",
                   "you need to approach ", "Is HELD BY ", "youyou may wish to ask", " ", "\n", "the council ", "ſ",
                   "?", "review", "a", "isis held by ", "This would need to be directed to ", "it should be redirected to "]


def test_sent_elsewhere_spans_are_the_finditer_ones(real_cases):
    for text in [c.text for c, _ in real_cases] + _random_texts(_ELSEWHERE_BITS):
        assert first_char_spans(SE._ELSEWHERE, SE._ELSEWHERE_FAST, text) == \
            [m.span() for m in SE._ELSEWHERE.finditer(text)], text[:80]


def test_a_reply_sending_the_requester_elsewhere_is_still_read():
    text = ("The operation of these cameras is a matter for Police Scotland. You may wish to redirect your request "
            "to them. If you are unhappy, you may wish to contact the Information Commissioner.")
    s, e = QS._sent_elsewhere(text)
    assert text[s:e] == "The operation of these cameras is a matter for Police Scotland."


# --- a survey's question words read once per survey

def test_question_words_are_each_questions_own(real_cases):
    for _, survey in {id(s): (None, s) for _, s in real_cases}.values():
        assert AU._asked_words(survey) == {q.id: set(QS._WORD.findall((q.text or "").lower()))
                                           for q in survey.questions}
        assert Q._quote_words(survey) == {q.id: set(Q._QWORDS.findall(q.text.lower())) - Q._QUOTE_COMMON
                                          for q in survey.questions}


# --- ordinal references looked for only in a reply that holds an ordinal word

def test_a_reply_without_an_ordinal_word_has_no_ordinal_reference(real_cases):
    bits = ["first", "SECOND", "third and final question", " bullet points", "Fifth", "ſecond", "fırst", " ", "\n",
            "question", "and", ", ", "items", "the"]
    for text in [c.text for c, _ in real_cases] + _random_texts(bits):
        if Q._ORDINAL_REFERENCE.search(text):
            assert Q._may_name_ordinal(text), text[:80]


def test_an_ordinal_reference_names_its_questions():
    text = "In response to the first and second bullet points of your request, we hold no records."
    survey = load_survey("tests/files/real_set/surveys/parking-pcns-box-junctions.toml")
    found = Q.find_passages(text, survey)
    assert found and found[0].questions[:2] == ("1", "2")


# --- one-word answers looked for only on the lines that end in one word

def test_one_word_answers_from_the_one_word_lines_are_the_plain_ones(real_cases):
    from reader import restated as R
    from reader.scan import normalise

    found = 0
    for case, survey in real_cases:
        lines = R.restated_lines(normalise(case.text))
        one_word = [ln for ln in lines if ln.cut_said is not None and QS._ONE_WORD.match(ln.tail)]
        for q in survey.questions:
            got = QS._one_word_after(q, survey, one_word) if one_word else None
            assert got == QS._one_word_after(q, survey, lines), (case.slug, q.id)
            found += got is not None
    assert found > 0


def test_a_one_word_answer_after_its_question_is_read():
    from reader import restated as R

    text = "Whether the local authority maintains public toilet facilities in the area? Yes\n"
    survey = load_survey("tests/files/real_set/surveys/parking-pcns-box-junctions.toml")
    q = type("Q", (), {"id": "9", "text": "Whether the local authority maintains public toilet facilities in the area?"})()
    survey = type("S", (), {"questions": list(survey.questions) + [q]})()
    s, e = QS._one_word_after(q, survey, R.restated_lines(text))
    assert text[s:e] == "Yes"


# --- asking spans: a question only in a line with "?", a request only in a line with one of its words

def plain_asking_spans(line):
    from reader import asking as A

    if A._OPENING.match(line):
        return [(0, len(line))]
    spans = sorted([(A._from_last_marker(line, m.start(), m.end()), m.end()) for m in A.ASKING.finditer(line)]
                   + [(m.start(), m.end()) for m in A.REQUESTING.finditer(line)])
    for _, end in list(spans):
        for rx in (A._EXAMPLE, A._RUN_ON_NUMBER):
            m = rx.match(line, end)
            if m and m.end() > m.start():
                spans.append((m.start(), m.end()))
    return spans


_ASKING_BITS = ["Please provide ", "PLEASE GIVE ", "could you tell ", "Can You ", "if so, how many", "If yes, please",
                "this is a request for ", "It is a follow-up request about ", "I would like ", "I wish to know ",
                "i am requesting ", "I request ", "For the fines issued in 2017, ", "3. ", "(2) ", "b) ", "?", ". ",
                "e.g. The FPN is £50. ", "the council holds 12 ", "ſupply", "İf so", "\n", " ", "how many sites"]


def test_asking_spans_are_the_plain_ones(real_cases):
    from reader import asking as A

    lines = [ln for c, _ in real_cases for ln in c.text.split("\n")]
    for line in lines + _random_texts(_ASKING_BITS, 4000):
        assert A.asking_spans(line) == plain_asking_spans(line), line[:80]
        if A.REQUESTING.search(line):
            assert A.may_request(line), line[:80]


# --- the request's intro searched as its phrases from their first letters and its label line alone

_INTRO_BITS = ["for the following information", "You asked for the following", "your request was as follows",
               "Request:", "  request -", "The Request", "information requested", "details of your request",
               "as follows", "The data we have gathered is as follows:", "Please could you provide me with", "answer the following questions", ":", " ", "\t",
               "\n", "\n\n", "we hold", "ſ", "requested", "İ", "1. "]


def _plain_intro_end(M, text: str, end: int) -> int | None:
    """_INTRO searched plainly, passing over (up to twenty times) a bare "as follows" whose line names no request, no
    asking and no requester before it: the council's own lead-in to its answer."""
    pos = 0
    for tries in range(21):
        m = M._INTRO.search(text, pos, end)
        if m is None or tries == 20 or text[m.start():m.start() + 10].lower() != "as follows" \
                or M._ASKER_BEFORE.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            return m.end() if m else None
        pos = m.end()


def test_the_intro_is_where_the_plain_search_finds_it(real_cases):
    from reader import masking as M

    texts = [c.text for c, _ in real_cases] + _random_texts(_INTRO_BITS, 4000)
    rnd = random.Random(13)
    found = 0
    for text in texts:
        for end in (len(text), int(len(text) * 0.6) + 200, rnd.randint(0, len(text) + 1)):
            want = _plain_intro_end(M, text, end)
            assert M._intro_end(text, end) == want, (text[:80], end)
            found += want is not None
    assert found > 100


def test_a_restated_request_is_masked():
    from reader import masking as M

    text = ("Thank you for your request for the following information:\n1. How many sites do you manage?\n\n"
            "Our response\nWe manage 12 sites.\n")
    spans = M.ignored_spans(text)
    assert [text[s:e] for s, e in spans] == ["1. How many sites do you manage?\n\n"]


# --- a survey's subjects searched from the characters their synonyms start with

def test_subjects_found_are_the_plain_search_s(real_cases):
    from pathlib import Path

    from reader.survey import survey_dir

    paths = sorted(Path("tests/files/real_set/surveys").glob("*.toml")) + sorted(survey_dir().glob("*.toml"))
    lines = [ln for c, _ in real_cases[::3] for ln in c.text.split("\n") if ln.strip()]
    rnd = random.Random(7)
    fast = 0
    for path in paths:
        survey = load_survey(path)
        rx = survey.subject_pattern()
        groups = survey._subject_groups
        fast += survey._subject_fast[1] is not None
        words = [w for subj in survey.subjects.values() for syn in subj.synonyms for w in re.findall(r"\w+", syn)]
        bits = words + [" ", "-", "\n", "[mobile number]", " number of", "ſ", "K", "12", "£"]
        texts = rnd.sample(lines, min(len(lines), 400)) + ["".join(rnd.choice(bits) for _ in range(rnd.randint(1, 12)))
                                                           for _ in range(300)]
        for text in texts:
            plain = [(m.start(), m.end(), groups[m.lastgroup]) for m in rx.finditer(text) if m.lastgroup]
            assert survey.find_subjects(text) == plain, (path.name, text[:80])
    assert fast > 20


# --- patterns with named groups searched from their first characters

_REFERENCE_BITS = ["question 2", "Q3", "q 4", "In response to 1, 2 and 3", "points 1-3", "part 2", "Q2 2023",
                   "request for information 5", "in relation to question 6", "we have received no complaints",
                   "there were no prosecutions", "HAS HAD NO notices", "ſ", "K", " ", "\n", "10%", "3 days", ",", "."]


@pytest.mark.parametrize("rx", [Q._REFERENCE, FORMS["had"].rx], ids=["reference", "none_of"])
def test_grouped_first_char_matches_are_finditer_s(real_cases, rx):
    from reader.first_chars import first_char_matches, grouped_from_first_char

    found = grouped_from_first_char(rx)
    assert found[1] is not None
    seen = 0
    for text in [c.text for c, _ in real_cases] + _random_texts(_REFERENCE_BITS, 3000):
        got = [(m.span(), m.groupdict()) for m in first_char_matches(rx, found, text)]
        assert got == [(m.span(), m.groupdict()) for m in rx.finditer(text)], text[:80]
        seen += len(got)
    assert seen > 100


def test_a_pattern_with_other_groups_is_searched_plainly():
    from reader.first_chars import first_char_matches, grouped_from_first_char

    rx = re.compile(r"(a)(?P<b>b)")
    assert grouped_from_first_char(rx) == (None, None)
    assert [m.span() for m in first_char_matches(rx, (None, None), "xabab")] == [(1, 3), (3, 5)]


def test_a_part_s_number_remembered_is_the_read_one():
    for qid in ["1", "3a", "12bc", "3A", "a3", "10", "3a", "3a)"]:
        assert QS._parent(qid) == QS._parent.__wrapped__(qid)
    assert QS._parent("3a") == "3" and QS._parent("4") is None


def test_a_question_looked_up_by_id_is_the_first_with_it():
    from pathlib import Path

    from reader.survey import survey_dir

    for path in sorted(Path("tests/files/real_set/surveys").glob("*.toml")) + sorted(survey_dir().glob("*.toml")):
        survey = load_survey(path)
        for qid in [q.id for q in survey.questions] + ["99z", "", None, 1]:
            assert survey.question(qid) is next((q for q in survey.questions if q.id == qid), None), (path.name, qid)
