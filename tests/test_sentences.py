"""The one sentence splitter (reader/sentences.py) and the styles its callers ask for on purpose."""

from reader.sentences import (ANY_STOP, CAPITAL, IN_LINE, LINE, LINE_WHOLE, PROSE, STOP, SUM_CLAUSE, SUM_SENTENCE, UNIT,
                              breaks, sentence_at, sentence_end, sentence_start, sentences)


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


def test_a_lines_sentences_for_the_day_a_count_is_held_on_end_before_a_capital_or_a_bracket():
    # dated.py: "There are 4 locations in the borough at present, 3 publically accessible. Each public location has 2"
    line = "There are 4 locations at present, approx. 3 publically accessible. Each location has 2; (as at 1 May)"
    cuts = [m.end() for m in breaks(line, IN_LINE)]
    assert [line[:c] for c in cuts] == ["There are 4 locations at present, approx. 3 publically accessible.",
                                        "There are 4 locations at present, approx. 3 publically accessible. "
                                        "Each location has 2;"]


def test_the_rest_of_an_example_cut_by_a_line_break_runs_past_its_semicolon_to_its_stop():
    # asking.py: "... e.g. The FPN" / "will be discounted to £50 if paid within 10 days. No"
    line = "will be discounted to £50; if paid within 10 days. No"
    assert next(breaks(line, STOP)).end() == line.index(" No")
    assert next(breaks("paid within 10 days.", STOP)).end() == len("paid within 10 days.")


def test_a_sums_clause_ends_at_the_next_sum_or_a_stop_not_after_a_prices_abbreviation():
    # money.py: "£1,200 inc. VAT per unit. The total ..." (the VAT and "per unit" are the sum's own)
    seg = " inc. VAT per unit. The total was £5,000"
    assert seg[:next(breaks(seg, SUM_CLAUSE)).start()] == " inc. VAT per unit"
    other = " approx. each; then"
    assert other[:next(breaks(other, SUM_CLAUSE)).start()] == " approx. each"
    before = "The cost is approx. Ten pounds. Each laptop cost "
    last = list(breaks(before, SUM_SENTENCE))[-1]
    assert before[last.start() + 1:] == " Each laptop cost "


def test_a_figures_own_words_run_to_its_lines_sentence_end():
    # facts/lines.py: "Twelve for Waste. One for Nuisance Vehicle" is two answers
    rest = " for Waste. One for Nuisance Vehicle"
    assert rest[:sentence_end(rest, 0)] == " for Waste"


def test_a_figures_line_is_read_in_units_that_pass_over_the_abbreviations_of_figures():
    # facts/lines.py: "Twelve for Waste. One for Nuisance Vehicle" is two answers; "approx. 40", "Fig. 3" are none
    line = "Twelve for Waste. One for Nuisance Vehicle; (approx. 40 in total). Fig. 3 shows qty. 4 units. £5 each"
    ends = [m.end() for m in breaks(line, UNIT)]
    assert [line[a:b].strip() for a, b in zip([0] + ends, ends + [len(line)])] == [
        "Twelve for Waste.", "One for Nuisance Vehicle;", "(approx. 40 in total).", "Fig. 3 shows qty. 4 units.",
        "£5 each"]
    # (prose passes over the abbreviations of sentences only)
    assert _said("See fig. 3 below.", sentences("See fig. 3 below.")) == ["See fig.", "3 below."]


def test_a_numbered_lines_first_sentence_ends_at_its_first_stop():
    # facts/headings.py: "2. Information not held. Moray Council ... manage the site and waiting list directly."
    text = "Information not held. Moray Council manage the site; and the list."
    assert text[:next(breaks(text, STOP)).end()] == "Information not held."


def test_a_figures_sentence_read_whole_runs_past_its_semicolon():
    # facts/lines.py: "For example, one person (account) could have received two reminders and a final notice (three
    # notices)." is what might happen; facts/emit.py: "the annual cost ...; 22,975k" speaks of cost
    text = "Reminders are sent. For example, one person could have received two reminders; three notices (3)"
    at = text.index("3)")
    assert text[sentence_start(text, at, 0, LINE_WHOLE):at].strip().startswith("For example")
    assert text[sentence_start(text, at, 0, LINE):at].strip().startswith("three notices")


def test_the_words_between_two_figures_cross_a_sentences_end_at_a_stop_not_at_a_line_break():
    # facts/lines.py: "One staff member works on it full time, with input from\nthree others as and when required"
    assert next(breaks(" staff member works on it full time, with input from\n", ANY_STOP), None) is None
    assert next(breaks(" staff member works on it full time. We also have", ANY_STOP), None) is not None
    assert next(breaks(" staff member works on it full time;", ANY_STOP), None) is not None
