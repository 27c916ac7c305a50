"""reader/nought.py: the forms a council says "none" in (one table, one matcher) and the tests of which questions a
nought answers, shared by the situations that read one (facts/zeros_said.py, none_said.py, facts/lines.py). The
situations' own readings of real replies are tested with their topics (test_reader_forms_trust.py: "the answer to
all your questions is 'none'"; _lib: "No libraries have closed ... during the date range requested"; _bins: "Q3 -
Zero, HBC do not pay ..."; _cyber: "No cyber attacks have been successful, therefore we do not hold that
information"; _status: "We do not provide office accommodation ...")."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from reader import nought
from reader.numbers import ZERO_WORDS, find_quantities, parse_quantity
from reader.scan import find_values


def test_the_none_to_all_form_reads_its_common_wordings_and_not_a_yes_or_no():
    # hwfire: "On that basis, the answer to all your questions is 'none'."
    assert nought.said("to_all", "On that basis, the answer to all your questions is \u2018none\u2019.")
    assert nought.first_said("to_all", "The answer to all of the above is zero.")
    assert nought.first_said("to_all", "the answer to each of the questions above would be nil")
    assert not nought.first_said("to_all", "the answer to all questions is no")


@pytest.mark.parametrize("form, text, thing", [
    ("done", "No libraries have closed and no new libraries have opened", "libraries"),
    ("done", "no funerals were arranged", "funerals"),
    ("had", "Alnwick Town Council have received no complaints in relation to the categories", "complaints"),
    ("had", "there were no prosecutions", "prosecutions"),
    ("in_each", "Alnwick Town Council have received no complaints in relation to the categories you have set out",
     "complaints"),
    ("in_each", "no complaints about any of the types listed", "complaints"),
    ("were_none", "No cremations were arranged in that financial year", "cremations"),
    ("were_none", "no cremations took place", "cremations"),
])
def test_a_none_of_a_thing_names_the_thing(form, text, thing):
    assert [m.group("thing") for m in nought.said(form, text)][0] == thing


def test_none_of_a_thing_the_council_does_not_have():
    # public-health-funerals: "We do not have a crematoria, so burials are the preferred type of funeral."
    m = nought.first_said("were_none", "We do not have a crematoria, so burials are the preferred type of funeral.")
    assert m.group("had") == "crematoria"


def test_the_matcher_reads_a_span_of_the_text_only():
    text = "No libraries have closed. No vans were hired."
    assert [m.group("done") for m in nought.said("done", text, 0, text.index("."))] == ["closed"]
    assert [m.group("done") for m in nought.said("done", text)] == ["closed", "hired"]


@pytest.mark.parametrize("quote", ["We do not provide office accommodation to staff",
                                   "No additional space is allocated", "None", " Nil. ", "Zero", "Nothing."])
def test_none_provided_in_its_forms_and_any_word_for_nought_alone(quote):
    assert nought.first_said("provided", quote)


@pytest.mark.parametrize("quote", ["We do not hold information on office accommodation", "None of the space is let"])
def test_not_held_or_a_none_among_words_is_no_none_provided(quote):
    assert not nought.first_said("provided", quote)


@pytest.mark.parametrize("word, nought_word", [("None", True), ("nil", True), ("ZERO", True), ("nothing", True),
                                               ("Nought", True), ("no", False), ("not purchased any", False)])
def test_a_word_for_nought_is_one_of_the_words_alone(word, nought_word):
    assert nought.is_word(word) is nought_word


def test_a_council_says_its_nought_in_a_sentence_that_neither_asks_nor_is_the_requesters():
    assert nought.councils_own("There were no prosecutions.")
    assert not nought.councils_own("Were there no prosecutions?")
    assert not nought.councils_own("Please confirm there were no prosecutions.")
    assert not nought.councils_own("No libraries have closed, if you meant the period requested.")
    assert nought.councils_own("No libraries have closed during the period requested, please see the attached.",
                               requester=False)


@pytest.mark.parametrize("line, opens", [
    ("Q3 - Zero, HBC do not pay for the disposal of waste, this would be East Sussex County Council", True),
    ("8. None \u2013 bins have been moved to areas where they would be better utilised, but not removed.", True),
    ("Nothing; we use the county's contract", True),
    ("4. Nought - the service is run by the county council", True),
    ("We have had none since the service moved to the county council", False),
    ("8. None of the bins have been moved", False),
])
def test_a_word_for_nought_that_opens_an_answer_before_its_reason(line, opens):
    values = [v for v in find_values(line, []) if v.zero]
    assert nought.opens_answer(line, 0, values[:1]) is opens


def test_one_list_of_words_for_nought_read_as_a_figure_and_as_an_answer():
    # numbers.py finds the words a nought is written in anywhere; an answer's word may also be "Nothing", which in
    # prose is no figure ("nothing further to add")
    assert set(nought.WORDS.split("|")) == {*ZERO_WORDS, "nothing"}
    assert [q.raw for q in find_quantities("Q1: nil. Q2: Zero. Q3: Nought")] == ["nil", "Zero", "Nought"]
    assert find_quantities("We have nothing further to add") == []
    assert parse_quantity("Nothing").value == 0.0 and parse_quantity("Nought.").value == 0.0


def test_a_no_that_is_the_reason_nothing_is_held():
    # cyber: "No cyber attacks have been successful, therefore we do not hold that information."
    text = "No cyber attacks have been successful, therefore we do not hold that information."
    assert nought.reason_not_held(text, 2, len(text))
    text = "None. We do not hold figures before 2019."
    assert not nought.reason_not_held(text, 4, 5)


def test_which_questions_a_nought_answers():
    # (a question as the reader has it: its words and the measures it asks)
    q1 = SimpleNamespace(text="How many libraries have closed?", measures=["count"])
    q2 = SimpleNamespace(text="What did the libraries closed cost to run?",
                         measures=["unit_cost_gbp", "total_cost_gbp"])
    q3 = SimpleNamespace(text="Which libraries have closed?", measures=["other"])
    assert [nought.figure_asked(q) for q in (q1, q2, q3)] == ["count", "total_cost_gbp", None]
    assert nought.counts_named(q1, "libraries", "closed")
    assert not nought.counts_named(q1, "libraries", "opened")      # (what was done must be asked too)
    assert not nought.counts_named(q2, "libraries", "closed")      # (a sum, not a count)
    assert not nought.counts_named(q3, "libraries", "closed")


def test_a_count_asked_in_the_questions_words_where_the_survey_measures_none():
    # noise-nuisance: "Alnwick Town Council have received no complaints in relation to the categories you have set
    # out" under "The number of complaints received for ...", which a drafted survey may measure as no count
    q = SimpleNamespace(text="The number of complaints received for each of the categories", measures=["other"])
    assert nought.counts_named(q, "complaints", measured=False)
    assert not nought.counts_named(q, "complaints")
    assert not nought.counts_named(q, "prosecutions", measured=False)


@pytest.mark.parametrize("first, says_none", [
    ("No staff have been TUPE'd out in the last 3 years.", True),       # (a real reply, under its number)
    ("We do not operate or own any public children's play areas", True),
    ("Nothing was paid to the contractor in that year.", True),          # (made up: any word for nought)
    ("Nil return", True),
    ("Do you own any play areas?", False),
    ("Number of staff transferred", False),
])
def test_an_answer_that_opens_saying_there_is_none_is_no_restated_question(first, says_none):
    assert (nought.first_said("answer_none", first) is not None) is says_none
