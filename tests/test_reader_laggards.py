"""Rules found on the topics still under 0.9 facts F1 with drafted surveys (allotments, cctv, devices,
parking-pcns, ev-charging, noise-nuisance, potholes): each test quotes the real reply's words (from
tests/files/real_set/) that the rule reads, and each is read wrongly without it.
"""

from __future__ import annotations

import textwrap

from reader import parse_reply
from reader.survey import parse_survey

PAYMENT_TIMES = parse_survey(textwrap.dedent("""
    name = "pcn-payment"
    title = "PCN payment times"
    [periods]
    asked = [{ label = "2021-22", start = 2021-04-01, end = 2022-03-31 }]
    [subjects.payment_time]
    label = "How long it takes for a penalty to be paid"
    synonyms = ["paid", "days it takes"]
    [[questions]]
    id = "1"
    text = "How many days it takes for a penalty to be paid, on average, in 2021-22?"
    subject = "payment_time"
    measures = ["days", "count", "percent"]
    periods = ["2021-22"]
    """), "pcn-payment.toml")


def _figures(text: str, survey=PAYMENT_TIMES) -> set[tuple[str, float]]:
    return {(f.measure, f.value) for f in parse_reply(text, survey).facts}


# A length of time written as a bound on a figure before it is the figure's band, not a length of time -------

def test_a_bound_after_a_share_is_not_a_length_of_time():
    # Herefordshire's reply: the shares are the answer; 14, 28 and 56 days are the bands they fall in
    text = "1. In 2021/22 - 71% within 14 days;\n11% within 28 days;\n9% within 56 days;\n9% over 56 days."
    found = _figures(text)
    assert ("percent", 71) in found and ("percent", 11) in found and ("percent", 9) in found
    assert not {v for m, v in found if m == "days"}


def test_a_bound_after_a_count_is_not_a_length_of_time():
    # Devon's reply: cases paid, banded by when they were paid (main's rates.conditions_a_figure reads these)
    for line in ("\u2022 39,269 cases paid within 14 days of issue at discounted amount",
                 "\u2022 6,605 cases paid after 28 days of issue at full charge"):
        assert not {v for m, v in _figures("1. " + line) if m == "days"}


def test_a_length_of_time_with_no_figure_before_its_bound_stays():
    # no figure before the bound: the length of time is the answer
    assert ("days", 300) in _figures("1. The average wait is over 300 days.")


# A figure right after the question its line's number heads answers it, "approx" or not -------------------------

WAITING_LISTS = parse_survey(textwrap.dedent("""
    name = "allotments"
    title = "Allotment waiting lists"
    [subjects.allotment_sites]
    label = "Allotment sites"
    synonyms = ["allotment sites?", "sites?"]
    [subjects.plots]
    label = "Plots"
    synonyms = ["plots?"]
    [[questions]]
    id = "1"
    text = "How many allotment sites are there in the council area for which the Council has access to waiting list data?"
    subject = "allotment_sites"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "What is the total number of plots on these sites?"
    subject = "plots"
    measures = ["count"]
    """), "allotments.toml")


def test_an_approximate_figure_after_its_question_answers_it():
    # Gloucester's reply, its answers written into the request's text: 690 is the number of plots, though "these
    # sites" is the last thing the question names
    text = "2) What is the total number of plots on these sites? Approx 690.\n"
    facts = [(f.subject, f.value, f.approx) for f in parse_reply(text, WAITING_LISTS).facts]
    assert facts == [("plots", 690, True)]


# Question numbers joined to a line's first are question numbers, not figures ----------------------------------

CLAIMS = parse_survey(textwrap.dedent("""
    name = "claims"
    title = "Pothole claims"
    [subjects.claims]
    label = "Claims made"
    synonyms = ["claims?"]
    [[questions]]
    id = "1"
    text = "How many claims have been made against the Council for damage incurred to cars as a result of hitting potholes?"
    subject = "claims"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "What is the breakdown of claims upheld and declined?"
    subject = "claims"
    measures = ["count"]
    """), "claims.toml")


def test_a_second_question_number_after_the_first_is_not_a_figure():
    # Moray's reply answers two questions under one note
    text = ("1. & 2. Please Note:  Payments are reimbursements for damage/loss through insurance \u2013 not "
            "compensation!\nAll claims and legal costs are covered in our insurance premium!\n")
    assert [f.value for f in parse_reply(text, CLAIMS).facts] == []
    assert [f.value for f in parse_reply("3. and 4) 12 claims were made.", CLAIMS).facts] == [12]


# The prose right under a long numbered question that asks ("...?") answers it -----------------------------------

CHARGERS = parse_survey(textwrap.dedent("""
    name = "ev"
    title = "EV charging"
    [periods]
    asked = [{ label = "2023/24", start = 2023-04-01, end = 2024-03-31 }]
    [subjects.installed]
    label = "Charging points installed"
    synonyms = ["charging points?", "charge points?"]
    [subjects.plan_to_install]
    label = "Plan to install"
    synonyms = ["plan to install"]
    [[questions]]
    id = "2"
    text = "How many electric vehicle charging points have the council installed in the local authority?"
    subject = "installed"
    measures = ["count"]
    [[questions]]
    id = "3"
    text = "How many do the council plan to install over the next 12 months and financial year 2023/24? Including slow and fast charging points."
    subject = "plan_to_install"
    measures = ["count"]
    periods = ["2023/24"]
    """), "ev.toml")


def test_prose_under_a_long_numbered_question_answers_it():
    # Wokingham's reply: the answer names none of the survey's things, and its question's line is long
    text = ("3. How many do the council plan to install over the next 12 months and financial year 2023/24? "
            "Including slow and fast charging points.\n"
            "20x 22kW + 22x 7kW = 42 for ORCS project and 16 for other sites gives total 50-60\n\n"
            "4. Will the council tender for charging points in point 3? If Yes, when? and which framework.\n")
    found = {(f.question, f.value) for f in parse_reply(text, CHARGERS).facts}
    assert {("3", 42), ("3", 16)} <= found


def test_an_age_is_not_a_figure():
    # Barnet's reply, after a question about families with a child under 2
    text = ("1. Do you currently have any local policy on the space that must be provided in temporary "
            "accommodation to a family with a child under 2 who will need space for a cot?\n\n"
            "The accommodation provided takes into account the number of household members including children "
            "under the age of 2.\n")
    assert [f.value for f in parse_reply(text, COTS).facts] == []


COTS = parse_survey(textwrap.dedent("""
    name = "cots"
    title = "Cots in temporary accommodation"
    [subjects.cot_space_policy]
    label = "Policy on space for a cot"
    synonyms = ["space for a cot", "space that must be provided"]
    [[questions]]
    id = "1"
    text = "Do you currently have any local policy on the space that must be provided in temporary accommodation to a family with a child under 2 who will need space for a cot?"
    subject = "cot_space_policy"
    measures = ["count"]
    """), "cots.toml")


# "1, 002" is one thousand and two: a thousands group after a stray space ---------------------------------------

def test_a_thousands_group_after_a_stray_space_is_one_number():
    from reader.scan import find_values
    # Devon's reply
    line = "\u2022 1, 002 cases paid after 53 days from date of issue with 50% surcharge applied"
    assert [v.value for v in find_values(line, [])][:1] == [1002]
    # a list of small numbers stays a list, and so do numbers with leading zeros
    assert [v.value for v in find_values("items 1, 2, 3", [])] == [1, 2, 3]
    assert [v.value for v in find_values("refs 1, 002, 003", [])] == [1, 2, 3]


# A numbered answer that first says its status answers its own number, whatever it names after ------------------

LISTS = parse_survey(textwrap.dedent("""
    name = "lists"
    title = "Allotment waiting lists"
    [subjects.people_on_waiting_list]
    label = "People on waiting list"
    synonyms = ["people on waiting lists?", "waiting lists?"]
    [subjects.average_waiting]
    label = "Average waiting time"
    synonyms = ["average waiting", "average"]
    [[questions]]
    id = "1"
    text = "How many people are currently on the waiting list for an allotment?"
    subject = "people_on_waiting_list"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "What is the average waiting time (in months/years) to be allocated an allotment?"
    subject = "average_waiting"
    measures = ["days"]
    """), "lists.toml")


def test_a_status_first_answers_its_own_number():
    # Moray's reply (read whole): question 2's answer goes on to name the waiting list (question 1's thing)
    from pathlib import Path
    page = Path(__file__).parent / "files/real_set/allotments/moray-allotment-waiting-lists-2025.txt"
    text = "\n".join(line for line in page.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    assert "2. Information not held. Moray Council does not directly manage any allotment sites" in text
    got = {q.question: q.outcome for q in parse_reply(text, LISTS).questions}
    assert got["2"] == "not_held"
    # with the request's own five questions (its draft), question 1 is answered in full
    from reader.survey import load_survey
    drafted = load_survey(Path(__file__).parent / "files/real_set/drafted/allotments-waiting-list-2025.toml")
    got = {q.question: q.outcome for q in parse_reply(text, drafted).questions}
    assert got["1"] == "successful" and got["2"] == "not_held"


# Two questions about one thing are told apart by the number that opens the figure's line -----------------------

WEEKENDS = parse_survey(textwrap.dedent("""
    name = "weekends"
    title = "Noise complaints on two weekends"
    [periods]
    asked = [{ label = "September 3 and 4, 2016", start = 2016-09-03, end = 2016-09-04 },
             { label = "September 10 and 11, 2016", start = 2016-09-10, end = 2016-09-11 }]
    [subjects.noise_complaints]
    label = "Noise complaints"
    synonyms = ["noise complaints?", "complaints?"]
    [subjects.noise_complaints_q2]
    label = "Noise complaints"
    synonyms = ["noise complaints? made"]
    [[questions]]
    id = "1"
    text = "How many noise complaints were made to your Noise Enforcement Team on the weekend of September 3 and 4, 2016?"
    subject = "noise_complaints"
    measures = ["count"]
    periods = ["September 3 and 4, 2016"]
    [[questions]]
    id = "2"
    text = "How many noise complaints were made to your Noise Enforcement Team on the weekend of September 10 and 11, 2016?"
    subject = "noise_complaints_q2"
    measures = ["count"]
    periods = ["September 10 and 11, 2016"]
    """), "weekends.toml")


def test_two_questions_about_one_thing_are_told_apart_by_the_lines_number():
    # Moray's reply: "complaint" names the first question's subject, but the line is question 2's answer
    text = ("1. No complaints were made about noise on the 3 or 4 September 2016.\n\n"
            "2. One complaint of noise was retrospectively made relating to 10 or 11 September 2016.  This pertained "
            "to music and general household noise in the early hours emanating from a neighbouring property to the "
            "complainant.\n")
    found = {(f.question, f.value) for f in parse_reply(text, WEEKENDS).facts}
    assert ("2", 1) in found and ("1", 1) not in found


# "2021 -185": a dash stuck to the figure after a year and a space separates them --------------------------------

def test_a_dash_stuck_to_a_figure_after_a_year_separates_them():
    from reader.scan import find_values
    # Devon's reply, one line among "2020 – 296", "2022 – 125"
    assert 185 in [v.value for v in find_values("2021 -185", [])]
    # still no figure: a code, a year run into a number, a negative amount's own dash after a word
    assert [v.value for v in find_values("A-12", [])] == []
    assert 185 not in [v.value for v in find_values("2021-185", [])]
