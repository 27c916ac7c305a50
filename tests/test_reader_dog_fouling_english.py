"""How councils write replies the reader first met on the dog-fouling topic, each rule tested with real reply text
(the reply named in each test, from tests/files/real_set/dog-fouling/<slug>.txt, cut to the lines that matter), and
some with the same form from another topic or made up, to show the rule is about the English, not the reply."""

from __future__ import annotations

from pathlib import Path

from reader import load_survey, parse_reply
from reader.asking import example_run_on
from reader.periods import find_periods

SET = Path(__file__).resolve().parent / "files" / "real_set"
SURVEYS = SET / "surveys"
DRAFTED = SET / "drafted"

LITTERING = SURVEYS / "dog-fouling-littering-fpns-2018.toml"
LITTERING_DRAFT = DRAFTED / "dog-fouling-littering-fpns-2018.toml"
DOG_WASTE = SURVEYS / "dog-fouling-dog-waste-2022.toml"
DOG_WASTE_DRAFT = DRAFTED / "dog-fouling-dog-waste-2022.edited.toml"


def statuses(text: str, survey) -> dict[str, str]:
    return {q.question: q.outcome for q in parse_reply(text, survey).questions}


def facts(text: str, survey) -> list:
    return parse_reply(text, survey).facts


# dundee-littering-dog-fouling-20190112001: a PDF's lines, the request quoted with the answers typed after it
DUNDEE = (
    "The information which I can provide is as follows:\n"
    " \n"
    "1. Which department is responsible for enforcing against Littering?\n"
    " \n"
    "Community Safety and Protection, Neighbourhood Services.\n"
    "2. Do you use a private company to enforce against Littering? No\n"
    "3. If you answered yes to question 2, could you confirm the name of the private company? Not applicable.\n"
    "4. What is the full price of a Littering Fixed Penalty Notice (FPN)? £80\n"
    "5. Do you have a discounted price for a littering FPN and if yes, how long is the discounted period? e.g. The FPN \n"
    "will be discounted to £50 if paid within 10 days. No\n"
    "6. How many FPNs did you issue for littering in 2018? 30\n"
    "7. How many FPNs issued for Littering in 2018 were paid? 23\n"
    "8. How many FPNs issued for Littering in 2018 were prosecuted for failing to pay the FPN? \n"
    "This would need to be directed to the Procurator Fiscal's service\n"
    "\n"
    "9. How many FPNs issued for Littering in 2018 were for smoking-related materials e.g. Cigarette butts, rolled up \n"
    "cigarettes or Cigars? This information is not recorded.\n"
    "10. Could you confirm which department is responsible for enforcing against Dog Fouling?\n"
    "Community Safety and Protection, NEIGHBOURHOOD SERVICES\n")


def test_an_example_cut_by_a_line_break_is_the_requests_to_its_sentence_end():
    # the £50 and 10 days are the request's example run on to the next line; the "No" after it is Dundee's answer
    before = ("5. Do you have a discounted price for a littering FPN and if yes, how long is the discounted period? "
              "e.g. The FPN ")
    line = "will be discounted to £50 if paid within 10 days. No"
    cut = example_run_on(before, line)
    assert line[:cut] == "will be discounted to £50 if paid within 10 days."
    # an example that ends on its own line leaves the next line alone; so does a line above with no example
    assert example_run_on("5. ... how long is the discounted period? e.g. The FPN is £50.", "£65 in 7 days.") == 0
    assert example_run_on("4. What is the full price of an FPN?", "£80. It is discounted.") == 0
    for survey in (load_survey(LITTERING), load_survey(LITTERING_DRAFT)):
        found = {(f.question, f.value) for f in facts(DUNDEE, survey)}
        assert ("4", 80) in found and ("6", 30) in found and ("7", 23) in found
        assert not {v for _, v in found} & {50, 10}


def test_a_question_that_would_need_to_be_directed_to_another_body_is_not_held():
    # Dundee's question 8: "This would need to be directed to the Procurator Fiscal's service"
    for survey in (load_survey(LITTERING), load_survey(LITTERING_DRAFT)):
        got = statuses(DUNDEE, survey)
        assert got["8"] == "not_held"
        assert got["6"] == got["7"] == got["10"] == "successful"


def test_any_queries_directed_to_an_officer_are_not_the_information_sent_elsewhere():
    # (made up) a footer that directs the requester's queries is no answer to a question
    survey = load_survey(LITTERING)
    text = ("6. How many FPNs did you issue for littering in 2018? 30\n"
            "7. How many FPNs issued for Littering in 2018 were paid? 23\n\n"
            "Any queries should be directed to the Information Governance Team.\n")
    got = statuses(text, survey)
    assert got["6"] == got["7"] == "successful"
    assert "not_held" not in got.values()


def test_the_request_named_by_its_title_heads_no_answer():
    # Dundee's first line names the request by its title ("... Littering and Dog Fouling ..."); with a drafted
    # survey whose question 10 is about dog fouling, the not-held paragraph under it had been read as question 10's
    survey = load_survey(LITTERING_DRAFT)
    text = ("This is an HTML version of an attachment to the Freedom of Information request 'Littering and Dog "
            "Fouling Fixed Penalty Notices'.\n\n"
            "Freedom of Information Request Reference No. 20190112001\n"
            "I refer to your request of 12/01/2019 \n"
            "In regards to question 8, regulation 10(4)(a) of the Environmental Information (Scotland) Regulations "
            "2004 provides a Scottish \n"
            "public authority to advise when information is not held and to advise where the information is held, "
            "if known.\n"
            "The information you have requested is not held, I therefore refuse this part of your request.\n"
            + DUNDEE)
    got = statuses(text, survey)
    assert got["10"] == "successful"
    assert got["8"] == "not_held"


def test_one_thing_said_not_to_be_there_is_no_figure_where_no_question_counts_it():
    # guildford-littering-dog-fouling-foi2019-00052: "Do you use a private company ...?" answered in a sentence
    text = ("1. Which department is responsible for enforcing against littering?\n\n"
            "2. Do you use a private company to enforce against littering?\n\n"
            "1. Street Scenes and the Joint Enforcement Team are responsible for litter enforcement.\n\n"
            "2. We do not have a private company employed to enforce.\n\n"
            "3. N/A\n\n"
            "4. Full price £150.00\n")
    for survey in (load_survey(LITTERING), load_survey(LITTERING_DRAFT)):
        found = facts(text, survey)
        assert [f.value for f in found] == [150]


def test_not_having_one_of_what_a_question_counts_is_still_none():
    # tests/test_extract_reply.py's prose: "The council does not hold a Zoom account." under "Number of Zoom
    # accounts created" stays a zero: the question counts them
    survey = load_survey("remote-working-2021")
    text = ("In 2019/20 we purchased 150 laptops at an average cost of £650 each.\n\n"
            "The council does not hold a Zoom account. We have around 900 Office 365 accounts.\n")
    found = {(f.subject, f.value) for f in facts(text, survey)}
    assert ("zoom_accounts", 0) in found


# northumberland-fly-tipping-and-litter-5399: "Q.n" / "A.n", questions 1 and 10 both about "department"
NORTHUMBERLAND = (
    "Q.1 Which department is responsible for enforcing against Littering?\n"
    "A.1 Environmental Enforcement/Animal Welfare Team and Civil Enforcement Officers from Parking Services.\n \n"
    "Q.2 Do you use a private company to enforce against Littering?\nA.2 No\n \n"
    "Q.3 If you answered yes to question 2, could you confirm the name of the private company?\nA.3 N/A\n \n"
    "Q.8 How many FPNs issued for Littering in 2018 were prosecuted for failing to pay the FPN?\nA.8 24\n \n"
    "Q.9 How many FPNs issued for Littering in 2018 were for smoking-related materials e.g. Cigarette butts, "
    "rolled up cigarettes or Cigars?\nA.9 This information is not recorded on our database.\n \n"
    "Q.10 Could you confirm which department is responsible for enforcing against Dog Fouling?\n"
    "A.10 Environmental Enforcement/Animal Welfare Team\n \n"
    "Q.11 Do you use a private company to enforce against Dog Fouling?\nA.11 No\n \n"
    "Q.12 If you answered yes to question 11, could you confirm the name of the private company?\nA.12 N/A\n \n"
    "Q.13 What is the legislation you enforce Dog Fouling under? e.g. Dog Control Order, fouling of land act or "
    "PSPO etc.\nA.13 Public Space Protection Order\n")


def test_a_numbered_question_keeps_its_number_when_its_words_are_another_questions_too():
    # the hand survey's questions 1 and 10 both name a "department", 2/3 and 11/12 a "private company": the words
    # are found as the first question's, but "Q.10" and "Q.12" head their own answers
    got = statuses(NORTHUMBERLAND, load_survey(LITTERING))
    assert got["9"] == "not_held"
    assert got["10"] == got["11"] == got["12"] == got["3"] == "successful"


def test_a_year_over_a_zero_word_labels_it():
    # scottish-borders-dog-fouling-66843: "2019 – zero reports were submitted to the Procurator Fiscal"
    for text in ("2019 – zero reports were submitted to the Procurator Fiscal", "2020 - Nil", "2021 - none"):
        assert [p.label for p in find_periods(text, prose_months=False)] == [text[:4]]
    assert find_periods("the Environmental Protection Act 1990 - none of it", prose_months=False) == []
    # the same form on another topic: ev-charging/hastings-ev-charging-2022's "4. 2019 - NIL, 2020 - 6, 2021 - 15"
    # (its NIL had been read as 2020's)
    assert [p.label for p in find_periods("4. 2019 - NIL, 2020 - 6, 2021 - 15", prose_months=False)] \
        == ["2019", "2020", "2021"]
    survey = load_survey(DOG_WASTE)
    text = ("Response\n1.\n2019 – 54 complaints were received regarding dog waste on public land\n"
            "2.\n2019 – zero reports were submitted to the Procurator Fiscal\n"
            "2020 – zero reports were submitted to the Procurator Fiscal\n")
    got = {(f.question, f.period, f.value) for f in facts(text, survey)}
    assert ("2", "2019", 0) in got and ("2", "2020", 0) in got and ("1", "2019", 54) in got


WOKINGHAM = (
    "2. How many prosecutions has the council issued to members of the public whose dogs have been caught fowling "
    "on public land between 2019, 2020 and 2021 (Please provide a breakdown of figures for each year)?\n"
    "None\n"
    "3. Do you provide free dog poo bags to council tax payers (and if you previously did, when did you stop "
    "providing them free of charge)?\n"
    "No\n"
    "4. How many council employees are authorised to issue fixed penalty notices with regard to The Dog fouling "
    "act?\n"
    "The Dogs (Fouling of Land) Act 1996 has been repealed by Parliament. Nevertheless, the Council has 12 officers "
    "authorised to issue Fixed Penalty Notices for dog related offences.\n")


def test_none_alone_under_a_question_of_several_years_is_none_over_all_of_them():
    # wokingham-dog-waste-public-land: one "None" for 2019, 2020 and 2021
    for survey in (load_survey(DOG_WASTE), load_survey(DOG_WASTE_DRAFT)):
        zero = [f for f in facts(WOKINGHAM, survey) if f.question == "2"]
        assert len(zero) == 1 and zero[0].value == 0
        assert (zero[0].period_start, zero[0].period_end) == ("2019-01-01", "2021-12-31")


def test_a_one_word_answer_under_a_restated_question_is_no_section_heading():
    # Wokingham's "No" under question 3 (a capitalised word alone had been read as the next section's heading)
    assert statuses(WOKINGHAM, load_survey(DOG_WASTE))["3"] == "successful"


def test_a_figure_whose_noun_is_followed_by_the_questions_own_words_answers_it():
    # "12 officers authorised to issue Fixed Penalty Notices" under question 4, whose drafted subject is named
    # "council employees": the council's own word for the thing, then the question's words
    found = {(f.question, f.value) for f in facts(WOKINGHAM, load_survey(DOG_WASTE_DRAFT))}
    assert ("4", 12) in found
    assert 1996 not in {v for _, v in found}


def test_a_price_asked_in_words_that_name_no_time_has_no_period():
    # a drafted survey gives every question the request's year; the full price of an FPN is in force, not of 2018
    survey = load_survey(LITTERING_DRAFT)
    text = ("Q.4 What is the full price of a Littering Fixed Penalty Notice (FPN)?\nA.4 £80\n \n"
            "Q.5 Do you have a discounted price for a littering FPN and if yes, how long is the discounted period? "
            "e.g. The FPN will be discounted to £50 if paid within 10 days.\nA.5 £65 if paid within 7 days\n \n"
            "Q.6 How many FPNs did you issue for littering in 2018?\nA.6 168\n")
    got = {(f.question, f.measure, f.value): f.period for f in facts(text, survey)}
    assert got[("4", "unit_cost_gbp", 80)] is None
    assert got[("5", "unit_cost_gbp", 65)] is None and got[("5", "days", 7)] is None
    assert got[("6", "count", 168)] == "2018"
