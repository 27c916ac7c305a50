"""Forms of English councils write in any topic (helper "rules-sd", session of 2026-12-07), first met in the
stray-dogs topic's replies. Each test quotes a real reply's words (tests/files/real_set/) that the rule reads, and
each is read wrongly without it.
"""

from __future__ import annotations

from pathlib import Path

from reader import load_survey, parse_reply

REAL = Path(__file__).parent / "files" / "real_set"
DRAFTED = REAL / "drafted"

CATS_POUNDS = load_survey(DRAFTED / "stray-dogs-cats-pounds-2024.edited.toml")


def _statuses(reply) -> dict[str | None, str]:
    return {q.question: q.outcome for q in reply.questions}


# Answers numbered with a slash: "1/ ...", "2/ ..." ---------------------------------------------------------------

NEWARK_SLASHED = """\
1/ Please note, we provide a stray dog service but do not provide the same for cats.
2/ Dogs Euthanised:
3/ Information not available in a reportable format.
4/ This information is not available in a reportable format.
8/ In a reportable format, we hold information for the following period:
- 01/04/2024 – 31/12/2024 £1638.90
9/ The Local Authority does not seize banned breed dogs; seizure of banned breeds falls to the police.
10/ Not applicable
"""


def test_answers_numbered_with_a_slash_answer_their_questions():
    # newark-sherwood-dogs-and-cats-2024
    said = _statuses(parse_reply(NEWARK_SLASHED, CATS_POUNDS))
    assert said.get("4") == "not_held"
    assert said.get("9") == "successful" and said.get("10") == "successful"
    assert {f.question for f in parse_reply(NEWARK_SLASHED, CATS_POUNDS).facts} == {"8"}


def test_a_slash_mark_is_made_a_full_stop_of_the_same_length():
    from reader.renumbered import slash_marks
    text = "1/ Yes.\n 2/ None.\n3a,b/ Not held.\n- 01/04/2024 – 31/12/2024 £1638.90\n"
    out = slash_marks(text)
    assert out == "1. Yes.\n 2. None.\n3a,b. Not held.\n- 01/04/2024 – 31/12/2024 £1638.90\n"
    assert len(out) == len(text)


def test_one_slash_mark_or_numbers_that_do_not_rise_are_left_alone():
    from reader.renumbered import slash_marks
    assert slash_marks("1/ Yes.\nThe rest.\n") == "1/ Yes.\nThe rest.\n"
    assert slash_marks("3/ Yes.\n2/ No.\n") == "3/ Yes.\n2/ No.\n"
    # several questions' numbers before one slash are left as they are (they are no one question's mark)
    assert slash_marks("1/ Yes.\n2/ No.\n15, 16/ Not held.\n").endswith("15, 16/ Not held.\n")


# "Information not available in a reportable format.": not held, in few words ------------------------------------

def test_information_not_available_in_a_format_is_not_held():
    # newark-sherwood-dogs-and-cats-2024: "3/ Information not available in a reportable format."
    said = _statuses(parse_reply(NEWARK_SLASHED, CATS_POUNDS))
    assert said.get("3") == "not_held"
    text = "1. 37\n2. 4\n3. Data not available in the format requested.\n"
    assert _statuses(parse_reply(text, CATS_POUNDS)).get("3") == "not_held"


def test_information_available_in_a_format_is_no_refusal():
    from reader.classify import find_not_held
    assert find_not_held("The information is available in a spreadsheet format on our website.") == []
    assert find_not_held("Information not available in a reportable format for cats; dogs below.") == []


# "Period Dogs Euthanised" over rows of a period and one figure: one column's title -----------------------------

HAND_CATS_POUNDS = load_survey(REAL / "surveys" / "stray-dogs-cats-pounds-2024.toml")

NEWARK_EUTHANISED = """\
1/ Please note, we provide a stray dog service but do not provide the same for cats.
2/ Dogs Euthanised:
Period Dogs Euthanised
1st April 2019– 31st March 2020 1
1st April 2020 - 31st March 2021 3
1st April 2021 - 31st March 2022 6
3/ Information not available in a reportable format.
"""


def test_a_title_naming_two_things_over_one_figure_a_row_is_one_column():
    # newark-sherwood-dogs-and-cats-2024: "dogs" and "euthanised" are each a subject's word in the survey
    for survey, subject in ((HAND_CATS_POUNDS, "animals_euthanised"), (CATS_POUNDS, None)):
        facts = parse_reply(NEWARK_EUTHANISED, survey).facts
        assert [(f.question, f.value) for f in facts] == [("2", 1), ("2", 3), ("2", 6)]
        assert subject is None or {f.subject for f in facts} == {subject}
    # the same with years and a "Year" label
    text = "2. Dogs euthanised\nYear Dogs Euthanised\n2019/20 1\n2020/21 3\n"
    assert [(f.question, f.value) for f in parse_reply(text, HAND_CATS_POUNDS).facts] == [("2", 1), ("2", 3)]


def test_a_header_of_two_things_over_rows_of_two_figures_is_still_two_columns():
    text = "2. Dogs\nYear Kennels Euthanised\n2019/20 37 1\n2020/21 35 3\n"
    facts = parse_reply(text, HAND_CATS_POUNDS).facts
    assert {(f.subject, f.value) for f in facts} == {("animals_entered_pounds", 37), ("animals_euthanised", 1),
                                                     ("animals_entered_pounds", 35), ("animals_euthanised", 3)}


# "1) One.": a number word alone after its answer's number with a bracket --------------------------------------

DOG_HOMES = load_survey(DRAFTED / "stray-dogs-dog-homes-2013.toml")
HAND_DOG_HOMES = load_survey(REAL / "surveys" / "stray-dogs-dog-homes-2013.toml")


def test_a_number_word_alone_after_a_bracketed_number_is_the_answer():
    # moray-dog-homes-2013: "1) One." / "2) One." / "3) Aggressive behaviour."
    text = "Response 27-05-2013\n\n1) One.\n\n2) One.\n\n3) Aggressive behaviour.\n"
    for survey in (DOG_HOMES, HAND_DOG_HOMES):
        assert [(f.question, f.value) for f in parse_reply(text, survey).facts] == [("1", 1), ("2", 1)]
    # and in other brackets: "(1) Two", "2.) Three."
    text = "(1) Two\n\n2.) Three.\n"
    assert [(f.question, f.value) for f in parse_reply(text, HAND_DOG_HOMES).facts] == [("1", 2), ("2", 3)]


def test_a_number_word_in_a_sentence_after_a_bracketed_number_is_no_answer():
    text = "1) One of our officers visits the kennels each week to check on the dogs held there.\n"
    assert parse_reply(text, HAND_DOG_HOMES).facts == []


# "has not requested any such reports": none of what a question counts, beside questions not held ----------------

KENNELS = load_survey(DRAFTED / "stray-dogs-dangerous-dogs-kennels-2014.toml")

COPFS = """\
We have now completed a search of our systems for the information you have requested, and I can advise as follows.

1, 2 and 3 COPFS has no responsibility for dogs kept in kennels after the conclusion of court proceedings and \
accordingly we are not the holders of this information.

4. COPFS was not responsible for any of these dogs following conviction, and accordingly we are not the holders of \
this information.

5. Under s17 of FOISA, I can confirm that we do not hold this information.

6. The Procurator Fiscal in Tayside has not requested any such reports since April 2013
"""


def test_none_of_what_a_question_counts_beside_questions_not_held_is_partly_successful():
    # copfs-dangerous-dogs-kennels-2014: 1-5 not held, 6 answered with none
    reply = parse_reply(COPFS, KENNELS)
    assert _statuses(reply).get("6") == "successful"
    assert reply.outcome == "partially_successful"


def test_has_not_done_any_is_a_nought_of_the_thing():
    from reader import nought
    said = lambda t: [m.group("thing") for m in nought.said("had", t)]  # noqa: E731
    assert said("The Procurator Fiscal in Tayside has not requested any such reports since April 2013") == ["reports"]
    assert said("We haven't issued any notices in that period.") == ["notices"]
    assert said("We have not received any information from the police.") == ["information"]
    assert said("We have issued notices in each year.") == []


# A long header of periods alone; a heading on the line under the number ------------------------------------------

NEWARK_SENT = """\
1/ Please note, we provide a stray dog service but do not provide the same for cats.
Dogs sent to Rescue Kennels:
Period 01/01/2020 – 31/12/2020 01/01/2021 – 31/12/2021 01/01/2022 – 31/12/2022 01/01/2023 – 31/12/2023 01/01/2024 – 31/12/2024
TOTAL 37 35 49 57 128
2/ Dogs Euthanised:
"""


def test_a_header_of_periods_alone_is_a_header_however_long():
    # newark-sherwood-dogs-and-cats-2024: five date ranges after "Period" (over 90 characters)
    text = "1. Dogs\n" + NEWARK_SENT.split("\n", 2)[2]
    facts = parse_reply(text, HAND_CATS_POUNDS).facts
    assert [(f.value, f.period_start) for f in facts] == [
        (37, "2020-01-01"), (35, "2021-01-01"), (49, "2022-01-01"), (57, "2023-01-01"), (128, "2024-01-01")]


def test_a_heading_on_the_line_under_the_number_heads_that_questions_figures():
    # the heading names "dogs" (the drafted survey files it under question 6's subject) or, in the hand survey,
    # question 1's "kennels" beside 5a's "rescue": the figures under answer 1 are question 1's
    for survey in (CATS_POUNDS, HAND_CATS_POUNDS):
        facts = parse_reply(NEWARK_SENT, survey).facts
        assert [(f.question, f.value) for f in facts] == [("1", 37), ("1", 35), ("1", 49), ("1", 57), ("1", 128)]



# "We are therefore unable to provide data on the number of ...": part of an answer not given ------------------------

def test_unable_to_provide_data_on_a_thing_refuses_that_part():
    # dover-stray-dogs-kennelling-fi15215: strays seized given by year; "dangerous dogs" not
    from reader.classify import find_refusal_words
    said = ("We are therefore unable to provide data on the number of \u201cdangerous dogs\u201d as our officers are "
            "not authorised to confirm these breeds")
    assert find_refusal_words(said)
    assert not find_refusal_words("We are able to provide data on the number of dogs seized.")
    assert not find_refusal_words("We are unable to provide data within 20 working days.")


# "1 Lurcher p.t.s in April 2022": a count, not question 1's number ---------------------------------------------------

HAND_PUT_TO_SLEEP = load_survey(REAL / "surveys" / "stray-dogs-put-to-sleep-2024.toml")

THURROCK = """\
April 2022- March-2023

1 Lurcher p.t.s  in April 2022

1 Cane Corse p.t.s in September 2022

1 Belgium Malinois p.t.s in October 2022
"""


def test_a_bare_number_before_the_thing_done_in_a_month_is_a_count():
    # thurrock-dogs-put-to-sleep-2024: each line opens "1 " and a breed, then "p.t.s" (the survey's word) and a month
    facts = parse_reply(THURROCK, HAND_PUT_TO_SLEEP).facts
    assert [(f.subject, f.value) for f in facts] == [("dogs_put_to_sleep", 1)] * 3


def test_a_bare_question_number_restating_its_question_is_still_a_number():
    text = "1 Monthly figures for the past three years to the most recent date available in August 2023\n12\n"
    assert [f.value for f in parse_reply(text, HAND_PUT_TO_SLEEP).facts] == [12]
