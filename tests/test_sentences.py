"""The one sentence splitter (reader/sentences.py) and the styles its callers ask for on purpose."""

from reader.sentences import CAPITAL, LINE, PROSE, sentence_at, sentence_end, sentence_start, sentences


def _said(text, spans):
    return [text[a:b] for a, b in spans]


def test_prose_sentences_pass_over_abbreviations_and_a_wrapped_line():
    text = ("The information is exempt under s. 40 of the Act. See No. 3 below\nas it wraps; it goes on.\n\n"
            "- a list item\nb) an answer")
    assert _said(text, sentences(text)) == ["The information is exempt under s. 40 of the Act.",
                                            "See No. 3 below\nas it wraps;", "it goes on.", "- a list item",
                                            "b) an answer"]


def test_prose_sentence_at_a_position_and_between_sentences():
    text = "We hold none.  Nothing else is held."
    spans = sentences(text)
    assert sentence_at(spans, text.index("Nothing")) == (15, len(text))
    assert sentence_at(spans, 13) == (13, 13)       # (the space between them)


def test_a_figures_sentence_ends_at_any_line_break_and_semicolon_and_starts_after_the_last_stop():
    # "During 2015 and 2016 we renewed 48 Hackney Licences each year" (the each_year form)
    text = "Licences. During 2015 and 2016 we renewed 48 licences each year; 3 were refused\nNext line."
    at = text.index("48")
    assert text[sentence_start(text, at, 0):sentence_end(text, at)] == \
        " During 2015 and 2016 we renewed 48 licences each year"
    assert sentence_end("one line\nanother", 0, LINE) == 8
    assert sentence_start(text, at, at - 5) == at - 5       # (no further back than asked)


def test_a_worked_example_runs_past_a_lower_case_word_after_a_stop_and_a_semicolon():
    # request_words: "e.g. a member of staff may have redundancy costs of £5k and ..."
    text = "e.g. a member of staff may have costs of £5k; approx. £16k. They would be included"
    assert text[:sentence_end(text, 5, CAPITAL)] == "e.g. a member of staff may have costs of £5k; approx. £16k"
    assert text[:sentence_end(text, 5, LINE)] == "e.g. a member of staff may have costs of £5k"
    assert sentence_end("no stop at all", 0, CAPITAL) == len("no stop at all")


def test_prose_is_the_default_style():
    text = "See s. 12. Yes"
    assert sentence_end(text, 0, PROSE) == len("See s. 12.")
