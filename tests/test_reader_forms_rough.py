"""Forms of English councils write in any topic (helper "rules-rs-foi", session of 2026-12-07), first met in the
rough-sleeping topic's replies. Each test quotes a real reply's words (tests/files/real_set/) that the rule reads,
and each is read wrongly without it.
"""

from __future__ import annotations

from pathlib import Path

from reader import load_survey, parse_reply

REAL = Path(__file__).parent / "files" / "real_set"
DRAFTED = REAL / "drafted"
EVERYONE_IN = load_survey(DRAFTED / "rough-sleepers-everyone-in-2020.toml")

EVERYONE_IN_REQUEST = """\
  1. How many rough sleepers in your local authority area were accommodated under the 'Everyone In' initiative in total between March-July 2020?
  2. How many of the rough sleepers accommodated at any time during this period are considered to be No Recourse to Public Funds (NRPF)?
  3. How many of the rough sleepers accommodated at any time during this period (March-July) are EU nationals?
"""


def _statuses(reply) -> dict[str | None, str]:
    return {q.question: q.outcome for q in reply.questions}


# A small number withheld and given as its bound in words ------------------------------------------------------

def test_fewer_than_5_is_no_figure_but_its_question_is_partly_answered():
    # thurrock-everyone-in-2020 (and thurrock-agency-social-workers-2020, "b) Fewer than 5 (see below)")
    text = EVERYONE_IN_REQUEST + """\
  1. 56
  2. Fewer than 5 (see below)
  3. Fewer than 5 (see below)

We are unable to provide an exact number for question 2 and 3 above as:
  • There is a low number involved.
  • Personal data of any other person is exempt under section 40 (2) of the Data Protection Act.
"""
    reply = parse_reply(text, EVERYONE_IN)
    assert [(f.question, f.value) for f in reply.facts] == [("1", 56)]
    statuses = _statuses(reply)
    assert statuses["1"] == "successful"
    assert statuses["2"] == statuses["3"] == "partially_successful"


def test_less_than_10_in_words_is_no_figure():
    text = EVERYONE_IN_REQUEST + "  1. 56\n  2. less than 10\n  3. 12\n"
    assert sorted(f.value for f in parse_reply(text, EVERYONE_IN).facts) == [12, 56]


def test_a_larger_bound_in_words_is_still_an_approximate_figure():
    text = EVERYONE_IN_REQUEST + "  1. Fewer than 60 people were accommodated.\n"
    facts = parse_reply(text, EVERYONE_IN).facts
    assert [(f.value, f.approx) for f in facts] == [(60, True)]


# A section of another Act named by its year alone -------------------------------------------------------------

def test_section_of_the_2014_act_is_another_acts_section():
    # hastings-homeless-encampments-2019: the request's example, quoted back above "Response"
    from reader.classify import find_exemptions
    text = ("Dispersal powers: section 35 of the 2014 Act allows the police to disperse individuals or groups "
            "causing or likely to cause antisocial behaviour in public places.")
    assert find_exemptions(text)[0] == []


def test_section_of_the_2000_act_is_still_the_foi_acts():
    from reader.classify import find_exemptions
    text = "The names of the officers are withheld under section 40(2) of the 2000 Act."
    assert [x.code for x in find_exemptions(text)[0]] == ["s40(2)"]


# "Not held" run into the next line's first word --------------------------------------------------------------

ENCAMPMENTS = load_survey(DRAFTED / "homeless-encampments-2019.toml")


def test_not_held_run_into_the_next_word_is_still_not_held():
    # hastings-homeless-encampments-2019: a page that lost its line breaks
    from reader.classify import find_not_held
    line = ("For years 2014/2015 - Information not heldHastings Borough Council Warden ServiceIn 2016 The Wardens "
            "dealt with 10 tents along the foreshore area, 5 were removed as abandoned")
    assert find_not_held(line)
    assert not find_not_held("The meeting was not heldover to next year")


# A sum the request named, named again with "the" ---------------------------------------------------------------

HOMELESS_FUNDING = load_survey(DRAFTED / "homeless-funding-2020.toml")

MORAY_FUNDING = """\
FOI Request - Homeless Funding

Request 101002580622

On 24th June 2020, the Government announced an additional £105 million would be spent on keeping rough sleepers off the street and to assist those at risk of homelessness.

Under the terms of the act, I would like to ask the following information

a. How much money has your authority received from the government specifically to assist in providing for homeless communities (homeless communities includes rough sleepers as well as those at risk of homelessness)
b. How much of this money has currently been allocated to building long term safe homes in the area
c. How much of this has been allocated to the short term provision of housing

Response 21-09-2020

The £105 million for rough sleeping is target to local authorities in England and Wales.  Housing and Homelessness is a devolved responsibility of the Scottish Government.
"""


def test_the_requests_sum_named_again_is_not_the_councils_figure():
    # moray-homeless-funding-2020
    assert not [f for f in parse_reply(MORAY_FUNDING, HOMELESS_FUNDING).facts if f.value == 105_000_000]


def test_a_sum_the_reply_gave_itself_is_kept_when_named_again():
    from reader.facts.named_before import without_sums_named_before
    from reader.facts.model import Fact
    text = "c. We allocated £40,000 to short term housing. The £40,000 was spent in 2020/21."
    first = Fact("s", None, None, None, "total_cost_gbp", 40000, "GBP", False, text[3:47], 3, 47, 0.8, "c")
    again = Fact("s", None, None, None, "total_cost_gbp", 40000, "GBP", False, text[48:], 48, len(text), 0.8, "c")
    assert without_sums_named_before([first, again], text) == [first, again]


# The doing named for those who do it -------------------------------------------------------------------------

INDIVIDUALS = load_survey(DRAFTED / "rough-sleepers-individuals-2019.toml")   # subject "rough sleepers"

INDIVIDUALS_REQUEST = """\
  1. How many individual rough sleepers have been identified in your area during the calendar year 2019 (January to December)?

  2. If known, how many individual rough sleepers have been identified in your area during the calendar years 2015, 2016, 2017 and 2018?

Please note in the questions above I do not wish you to use your single autumn night snapshot figure that you provide to the government as part of the annual rough sleeping statistics published by MHCLG.

Our response

"""


# eden-rough-sleepers-06606's answers, under the request's questions
EDEN_ANSWERS = """\
  1. 22 people described themselves as rough sleeping or No Fixed Abode. We have been aware of at least 3 people who have slept rough in our area.

  2. 2015 - 2.
    2016 - 2.
    2017 - 1.
    2018 - 1.

  3. 2.
"""


def test_the_doing_reads_as_those_who_do_it_where_the_request_names_it_so():
    # eden-rough-sleepers-06606: "1. 22 people described themselves as rough sleeping or No Fixed Abode."
    text = INDIVIDUALS_REQUEST + EDEN_ANSWERS
    reply = parse_reply(text, INDIVIDUALS)
    assert ("1", 22) in [(f.question, f.value) for f in reply.facts]


def test_doing_forms_only_where_the_request_uses_them():
    from reader.survey import _doing_forms
    alts = [(r"rough[\s-]*sleepers?", "rough"), (r"taxi[\s-]*drivers?", "taxi")]
    assert _doing_forms(alts, "the annual rough sleeping statistics") == [(r"rough[\s-]*sleeping", "rough")]
    assert _doing_forms(alts, "How many taxi drivers hold a licence?") == []      # "taxi driving" is no driver
    assert _doing_forms([("drivers", "d")], "driving") == []                      # one word: no phrase to keep


def test_the_doing_said_verb_first_as_the_request_says_it():
    # eden-rough-sleepers-06606: "We have been aware of at least 3 people who have slept rough in our area.",
    # asked of "rough sleepers" by a request that writes "having slept rough once"
    text = INDIVIDUALS_REQUEST + EDEN_ANSWERS
    reply = parse_reply(text, INDIVIDUALS)
    assert [v for q, v in ((f.question, f.value) for f in reply.facts) if q == "1"] == [22, 3]


def test_verb_first_forms_only_as_the_request_writes_them():
    from reader.survey import _doing_forms
    alts = [(r"rough[\s-]*sleepers?", "rough")]
    assert (r"slept[\s-]*rough", "rough") in _doing_forms(alts, "if someone was identified as having slept rough once")
    assert _doing_forms(alts, "How many rough sleepers were counted?") == []
