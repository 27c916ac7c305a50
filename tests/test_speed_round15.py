"""The reader's speed, round 15: a reply's whole text is lowered once while the reply is read (folding.lowered), by
identity, and forgotten when the next reply is read; every answer is text.lower()'s."""

from __future__ import annotations

from reader import folding, parse_reply
from reader.survey import load_survey
from tests.speed_helpers import real_lines, real_texts  # noqa: F401 (fixtures)


def test_lowered_is_lower_on_real_replies(real_texts):
    for text in real_texts:
        assert folding.lowered(text) == text.lower()
        assert folding.lowered(text) == text.lower()      # (the second time from the memo)


def test_lowered_keeps_letters_that_lowering_changes():
    # "İ" lowers to two characters, "Σ" to a final or a middle sigma: the memo gives what lower() gives
    for text in ("İstanbul", "ΟΔΟΣ", "Σ Σ", "£1,234 – “Nil”", "", "ſ and ı"):
        folding.forget_lowered()
        assert folding.lowered(text) == text.lower()
        assert folding.lowered(text) == text.lower()


def test_an_equal_text_that_is_another_object_is_lowered_anew():
    a = "".join(["Please find ", "attached"])
    b = "".join(["Please find ", "attached"])
    assert a == b and a is not b
    folding.forget_lowered()
    low = folding.lowered(a)
    assert folding.lowered(a) is low            # the same object: from the memo
    assert folding.lowered(b) is not low         # by identity only, not by value
    assert folding.lowered(b) == low


def test_nothing_is_kept_from_one_reply_to_the_next():
    survey = load_survey("remote-working-2021")
    text = "Dear Sir,\n\n1. We have 120 laptops.\n2. Not held.\n"
    parse_reply(text, survey)
    kept = dict(folding._LOWERED)
    assert kept     # the reply's texts were lowered through the memo
    parse_reply("Our response: none.", survey)
    assert not any(k in folding._LOWERED and folding._LOWERED[k] is v for k, v in kept.items())


def test_the_memo_stays_small():
    folding.forget_lowered()
    texts = [f"Text number {i} with £ in it" for i in range(100)]
    for t in texts:
        assert folding.lowered(t) == t.lower()
    assert len(folding._LOWERED) <= 16


# --- searches begun only where what every match holds stands

def test_the_not_held_status_line_is_read_where_its_hint_stands(real_texts):
    from reader import classify as C

    rx = dict(C._PAGE_STATUS)["not_held"]
    for text in real_texts:
        head = text[:C.PAGE_STATUS_REACH]
        if rx.search(head):
            assert C._NOT_HELD_STATUS_HINT.search(head), head[:200]
    # the line as Alaveteli writes it, and as a page's text may space it
    for line in ("Alnwick Town Council did not have the information requested.",
                 "  Example Borough Council  does not have the information requested",
                 "The Council did not   have the\tinformation requested."):
        assert C.page_status(f"Request title\n{line}\n\nDear Sir,\n") == "not_held", line
    assert C.page_status("Dear Sir,\nThe Council did not have the information you requested.\n") is None


def test_the_could_but_sentence_is_found_from_its_first_letters(real_texts):
    from reader import deferred as D
    from reader.first_chars import first_char_spans

    assert D._COULD_BUT_FAST is not None
    extra = ["I could find out area if really needed, but the councillor with that info is away at present.",
             "We can provide the figures if required.", "Iwe could find out", "WE COULD LOOK UP the sites but not now"]
    for text in real_texts + extra:
        assert first_char_spans(D._COULD_BUT, D._COULD_BUT_FAST, text) == \
            [m.span() for m in D._COULD_BUT.finditer(text)]


def test_rights_review_and_time_words_are_found_from_their_first_letters(real_texts):
    from reader import classify as C
    from reader.facts import cost_working as W

    extra = ["You have the right to request an internal review.", "If you are unhappy, contact the ICO.",
             "Following an internal review, I have decided to uphold the decision.", "730 x 5 = 3650 minutes",
             "2 hrs each", "The original decision was upheld.", "copyright", "Information Commissioner's guidance",
             "ſection", "İnternal review", "your rıghts"]
    for text in real_texts + extra:
        for s, e in C.sentences(text) + [(0, len(text))]:
            sentence = text[s:e]
            for pos in (0, len(sentence) // 2):
                m = C._RIGHTS.search(sentence, pos)
                assert C._rights_at(sentence, pos) == (m.span() if m else None), sentence[:120]
        assert (C._REVIEW_FAST.search(text) is None) == (C._REVIEW.search(text) is None)
        assert (W._TIME_FAST.search(text) is None) == (W._TIME.search(text) is None)


def test_whole_reply_searches_from_first_letters_answer_as_the_plain_ones(real_texts):
    from reader import classify as C, nought, question_status as Q
    from reader.first_chars import first_char_spans

    extra = ["This request is refused under the Environmental Information Regulations 2004 (EIR).",
             "Complying would exceed the appropriate limit of £450.", "The answer to all of your questions is nil.",
             "The answer to your request is 'none'.", "We have not received any complaints.", "exempt under s.40",
             "This is a vexatious request.", "EISR", "İnformation is exempt"]
    for text in real_texts + extra:
        assert (C._EIR_FAST.search(text) is None) == (C._EIR.search(text) is None)
        assert (Q.ANY_GROUND_FAST.search(text) is None) == (Q._ANY_GROUND.search(text) is None)
        for code, rx in C._PHRASES:
            assert first_char_spans(rx, C._PHRASES_FAST[code], text) == [m.span() for m in rx.finditer(text)]
        for form in nought._FAST:
            for pos, end in ((0, None), (len(text) // 3, None), (0, len(text) // 2)):
                got = nought.first_said(form, text, pos, end)
                want = nought.FORMS[form].rx.search(text, pos, len(text) if end is None else end)
                assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict())), form


def test_a_line_s_cues_and_qualifiers_answer_as_the_plain_ones(real_lines):
    import re

    from reader import numbers as N
    from reader.facts import measures as M

    def qualifier_before(text, pos):      # the form before round 15
        lo = max(0, pos - 30)
        nl = text.rfind("\n", lo, pos)
        lo = nl + 1 if nl >= 0 else lo
        m = N._PREFIX_RE.search(text, lo, pos)
        if not m:
            return None
        name = N._canonical_qualifier(text[m.start():m.end()].rstrip(" \t\u00a0"))
        return (name, m.start()) if name else None

    extra = ["approximately 300 laptops", "circa 40", "c. 25", "~12", "est. 300", "around 5 and about 6",
             "Unit cost each £300", "Total spend £4,000 at £20 each", "per device £5 = £40 in all"]
    for line in real_lines + extra:
        for rx, fast in ((M._UNIT_CUE, M._UNIT_CUE_FAST), (M._TOTAL_CUE, M._TOTAL_CUE_FAST)):
            m = rx.search(line)
            assert M._first_at(rx, fast, line) == (m.start() if m else None), line[:100]
        for d in re.finditer(r"\d", line):
            assert N.qualifier_before(line, d.start()) == qualifier_before(line, d.start()), line[:100]
