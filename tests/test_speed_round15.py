"""The reader's speed, round 15: a reply's whole text is lowered once while the reply is read (folding.lowered), by
identity, and forgotten when the next reply is read; every answer is text.lower()'s."""

from __future__ import annotations

from reader import folding, parse_reply
from reader.survey import load_survey
from tests.speed_helpers import real_texts  # noqa: F401 (fixture)


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
