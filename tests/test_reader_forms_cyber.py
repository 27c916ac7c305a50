"""Forms of English councils write in any topic (helper "cyberfix", session of 2026-12-07, read from the
cyber-attacks topic's misses). Each test quotes a real reply's words (tests/files/real_set/) that the rule reads,
and each is read wrongly without it.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from reader import parse_reply
from reader.survey import load_survey, parse_survey


def _statuses(text: str, survey) -> dict[str, str | None]:
    return {q.question: q.outcome for q in parse_reply(text, survey).questions}


EMAILS = parse_survey(textwrap.dedent("""
    name = "malicious-emails"
    title = "Malicious emails"
    [subjects.emails_blocked]
    synonyms = ["malicious emails"]
    label = "Malicious emails blocked"
    [subjects.emails_opened]
    synonyms = ["emails opened"]
    label = "Malicious emails opened"
    [subjects.links_clicked]
    synonyms = ["malicious links"]
    label = "Malicious links clicked"
    [subjects.ransomware_blocked]
    synonyms = ["ransomware attacks blocked"]
    label = "Ransomware attacks blocked"
    [subjects.ransomware_successful]
    synonyms = ["ransomware attacks successful"]
    label = "Ransomware attacks successful"
    [[questions]]
    id = "1"
    text = "How many malicious emails (e.g. phishing emails) have been successfully blocked?"
    subject = "emails_blocked"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "What percentage of malicious emails were opened by staff?"
    subject = "emails_opened"
    measures = ["percent"]
    [[questions]]
    id = "3"
    text = "What percentage of malicious links in the emails were clicked on by staff?"
    subject = "links_clicked"
    measures = ["percent"]
    [[questions]]
    id = "4"
    text = "How many ransomware attacks were blocked?"
    subject = "ransomware_blocked"
    measures = ["count"]
    [[questions]]
    id = "5"
    text = "How many ransomware attacks were successful?"
    subject = "ransomware_successful"
    measures = ["count"]
"""))


# Nothing given, and the request refused as a whole in words about "this information" ----------------------------

def test_this_information_is_exempt_refuses_every_question():
    # devon-malicious-emails-2021: the argument "releasing the information you have requested, would reveal ...
    # ransomware attacks" answers nothing (it was read as answering question 4)
    text = textwrap.dedent("""\
        1. How many malicious emails (e.g. phishing emails) have been successfully blocked?
        2. What percentage of malicious emails were opened by staff?
        3. What percentage of malicious links in the emails were clicked on by staff?
        4. How many ransomware attacks were blocked?
        5. How many ransomware attacks were successful?

        Devon County Council can confirm that we hold the information you have requested.  However, we consider this information is exempt from disclosure on the grounds that the law enforcement exemption at Section 31(1)(a) of the Freedom of Information Act 2000 applies.

        The Council is concerned that releasing the information you have requested, would reveal intelligence about our cyber security posture.  If this information were to be released into the public domain, the Council considers it likely that cyber threat actors would use this intelligence to leverage cyber-attacks against our infrastructure.  This may then lead to an increase in the number of phishing and ransomware attacks our organisation faces.
        """)
    assert _statuses(text, EMAILS) == {q: "rejected" for q in "12345"}


def test_exemptions_applied_to_this_information_refuse_every_question():
    # lincolnshire-cyber-attacks-since-2017
    text = textwrap.dedent("""\
        1. How many malicious emails (e.g. phishing emails) have been successfully blocked?
        2. What percentage of malicious emails were opened by staff?
        3. What percentage of malicious links in the emails were clicked on by staff?
        4. How many ransomware attacks were blocked?
        5. How many ransomware attacks were successful?
        Decision

        Disclosure of this information into the public domain could therefore prejudice the council's ability to protect the information that it holds and the information systems that it relies upon to carry out core functions.

        For this reason, we are applying exemptions from our obligation to provide access to this information under section 31(1)(a) of the Freedom of Information Act 2000. Information is exempt if its disclosure would, or would be likely to prejudice, the prevention or detection of crime.
        """)
    assert _statuses(text, EMAILS) == {q: "rejected" for q in "12345"}


def test_notice_of_refusal_heading_refuses_every_question():
    # hastings-council-cyber-attacks-2022 (and the same council's other refusals)
    text = textwrap.dedent("""\
        1. How many malicious emails (e.g. phishing emails) have been successfully blocked?
        2. What percentage of malicious emails were opened by staff?
        3. What percentage of malicious links in the emails were clicked on by staff?
        4. How many ransomware attacks were blocked?
        5. How many ransomware attacks were successful?
        Response
        Notice of Refusal
        Disclosure of information relating to ICT infrastructure and security constitutes a security risk as it would leave the Council's computer assets more vulnerable to a malicious hacking attack. This means that disclosure would:
        • Make the Council more vulnerable to crime (Section 31)
        """)
    assert _statuses(text, EMAILS) == {q: "rejected" for q in "12345"}


# A range of question numbers opening its line, closed by a full stop, then the answer --------------------------

TRAINING = parse_survey(textwrap.dedent("""
    name = "cyber-training"
    title = "Cyber attacks and training"
    [subjects.attacks]
    label = "Cyber-attacks"
    synonyms = ["cyber-attacks"]
    [subjects.training]
    label = "Cyber security awareness training"
    synonyms = ["cyber security awareness training"]
    [subjects.trained]
    label = "Staff trained"
    synonyms = ["staff trained"]
    [[questions]]
    id = "1"
    text = "Please provide details of how many cyber-attacks to computer systems, networks or devices have taken place."
    subject = "attacks"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "Please provide details of the cyber security awareness training provided to staff."
    subject = "training"
    measures = ["count"]
    [[questions]]
    id = "3"
    text = "Please detail the number of staff trained in cyber security awareness."
    subject = "trained"
    measures = ["count"]
"""))


def test_range_closed_by_a_full_stop_answers_its_questions():
    # moray-cyber-attacks-since-2013 ("Q5 - Q7." there; numbered 2 - 3 here): the answer under the range was read
    # as the refusal above it
    text = textwrap.dedent("""\
        1.       Please provide details of how many cyber-attacks to computer systems, networks or devices have taken place.
        2.       Please provide details of the cyber security awareness training provided to staff.
        3.       Please detail the number of staff trained in cyber security awareness.

        Response 14-08-2017

        Q1 - This information is exempt under Section 25 of the Freedom of Information (Scotland) Act 2002- Information otherwise Available. This information is published on the Moray Council website.

        Q2 - Q3.  Moray Council does not have a specific 'Cyber Security Awareness' course or module which it provides to staff members however this subject is covered in part under the data protection course.
        """)
    assert _statuses(text, TRAINING) == {"1": "rejected", "2": "successful", "3": "successful"}


# "No ..., therefore we do not hold that information": the reason nothing is held, not a zero ------------------

INCIDENTS = parse_survey(textwrap.dedent("""
    name = "cyber-incidents"
    title = "Cyber security incidents"
    [subjects.incidents]
    label = "Cyber security incidents"
    synonyms = ["cyber security incidents?", "cyber attacks?"]
    [[questions]]
    id = "1"
    text = "How many cyber security incidents have caused the loss/breach of data?"
    subject = "incidents"
    measures = ["count"]
"""))


def test_no_then_therefore_not_held_is_not_a_zero():
    # devon-cyber-attacks-since-2013 (six answers in these words)
    text = textwrap.dedent("""\
        1. How many cyber security incidents have caused the loss/breach of data?

        No cyber attacks have been successful, therefore we do not hold that information.
        """)
    reply = parse_reply(text, INCIDENTS)
    assert [f.value for f in reply.facts] == []
    assert {q.question: q.outcome for q in reply.questions} == {"1": "not_held"}


def test_no_then_a_separate_not_held_is_still_a_zero():
    text = textwrap.dedent("""\
        1. How many cyber security incidents have caused the loss/breach of data?

        No cyber security incidents have caused the loss of data. We do not hold figures before 2019.
        """)
    assert [f.value for f in parse_reply(text, INCIDENTS).facts] == [0]


# An answer under the question's own number wins over a sentence elsewhere that names its words ----------------

SET = Path(__file__).parent / "files" / "real_set"


def _page(path: Path) -> str:
    lines = path.read_text().splitlines(keepends=True)
    return "".join(lines[next(i for i, ln in enumerate(lines) if not ln.startswith("#")):])


def test_answer_under_own_number_beats_words_named_elsewhere():
    # thurrock-cyber-attacks-2019: "2. Please see answer to Question 1 above." was overridden by the s31 paragraph
    # below it ("It is not in the interest of the council to provide information about the number of attacks ..."),
    # which names question 2's words
    survey = load_survey(SET / "surveys" / "cyber-attacks-insurance-2019.toml")
    text = _page(SET / "cyber-attacks" / "thurrock-cyber-attacks-2019.txt")
    assert _statuses(text, survey)["2"] == "rejected"


# One word closed by a full stop under a question's number is an answer ----------------------------------------

TYPES = parse_survey(textwrap.dedent("""
    name = "cyber-types"
    title = "Cyber attack types"
    [subjects.common_type]
    label = "Most common type of cyber-attack"
    synonyms = ["most common type"]
    [subjects.expert]
    label = "External expert"
    synonyms = ["external expert"]
    [[questions]]
    id = "1"
    text = "What is the most common type of cyber-attack your council has experienced in 2022 so far (for example phishing, DDoS, ransomware, password attack, malware, insider attacks)?"
    subject = "common_type"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "In the last 12 months have you employed an external expert to give you advice on how to mitigate the risk of cyber-attacks?"
    subject = "expert"
    measures = ["count"]
"""))


def test_one_word_with_a_full_stop_answers():
    # lambeth-cyber-attacks-2022 ("4. phishing." there): the word is one the question offered, and was dropped
    text = textwrap.dedent("""\
        Our response

          1. phishing.
          2. October 2020
        """)
    assert _statuses(text, TYPES).get("1") == "successful"


# A block of figures where the reply's numbers leave one out is that number's answer -----------------------------

def _facts(text: str, survey) -> list[tuple[str | None, str, float]]:
    return [(f.question, f.measure, f.value) for f in parse_reply(text, survey).facts]


def test_block_where_numbers_leave_one_out_answers_that_number():
    # herefordshire-malicious-emails-2021: the page dropped the "Q1." and "Q3." headings; the first block was read
    # as question 5's (the request's last line named ransomware attacks), the second as question 2's
    text = textwrap.dedent("""\
        Q1. How many malicious emails (e.g. phishing emails) have been successfully blocked?

        Q2. What percentage of malicious emails were opened by staff?

        Q3. What percentage of malicious links in the emails were clicked on by staff?

        Q4. How many ransomware attacks were blocked?

        Q5. How many ransomware attacks were successful?



        2018 - No data held as figures are only reportable from June 2019 onwards

        2019 - 282,213 (from June 2019 onwards)

        2020 - 1,724,499

        Q2. Herefordshire Council do not report on the percentage of malicious emails opened by staff, therefore this information is not held.


        2018 - No data held as figures are only reportable from June 2019 onwards

        2019 - 0.004% (from June 2019 onwards)

        2020 - 0.001%

        Q4. 100%

        Q5. None were successful.
        """)
    reply = parse_reply(text, EMAILS)
    assert [(f.question, f.value) for f in reply.facts if f.value > 0 and f.question != "4"] == [
        ("1", 282213), ("1", 1724499), ("3", 0.004), ("3", 0.001)]
    statuses = {q.question: q.outcome for q in reply.questions}
    assert statuses["1"] == statuses["3"] == "partially_successful"     # 2018 not held beside the figures
    assert statuses["2"] == "not_held" and statuses["5"] == "successful"


SPEND = parse_survey(textwrap.dedent("""
    name = "spend"
    title = "Spend"
    [subjects.staff]
    synonyms = ["staff"]
    [subjects.contracts]
    synonyms = ["contracts"]
    [subjects.agency_spend]
    synonyms = ["agency spend"]
    [subjects.consultants]
    synonyms = ["consultants"]
    [[questions]]
    id = "1"
    text = "How many staff were employed?"
    subject = "staff"
    [[questions]]
    id = "2"
    text = "How many contracts were let?"
    subject = "contracts"
    [[questions]]
    id = "3"
    text = "What was the agency spend?"
    subject = "agency_spend"
    measures = ["total_cost_gbp"]
    [[questions]]
    id = "4"
    text = "How many consultants were engaged?"
    subject = "consultants"
"""))


def test_block_between_two_and_four_is_three_made_up():
    # the same form in other words: answer 2 said whole on its line, a table of years, then "4."
    text = textwrap.dedent("""\
        1. 1,204 staff.
        2. The council does not record contracts let centrally, so this information is not held.

        2021/22 £45,300
        2022/23 £51,020

        4. 12 consultants were engaged.
        """)
    assert ("3", "total_cost_gbp", 45300) in _facts(text, SPEND)
    assert ("2", "total_cost_gbp", 45300) not in _facts(text, SPEND)


def test_block_under_an_answer_that_leads_into_it_stays_its_answer():
    # "2. ... as follows:" leads into the block below it: the block is 2's, though 3 is never numbered
    text = textwrap.dedent("""\
        1. 1,204 staff.
        2. The contracts let each year were as follows:

        2021/22 45
        2022/23 51

        4. 12 consultants were engaged.
        """)
    assert ("2", "count", 45) in _facts(text, SPEND)
    assert not any(q == "3" for q, _, _ in _facts(text, SPEND))


# "Exemption 31 Law Enforcement": a section named by the word "exemption" before the Act's title for it ------------

INSURANCE = load_survey(SET / "surveys" / "cyber-attacks-insurance-2019.toml")


def test_exemption_number_before_its_title_is_the_section():
    # thurrock-cyber-attacks-2019: the heading applied nothing, and its "31" was read as a figure for question 9
    text = _page(SET / "cyber-attacks" / "thurrock-cyber-attacks-2019.txt")
    reply = parse_reply(text, INSURANCE)
    assert reply.exemptions == ["s31"]
    assert not any(f.value == 31 for f in reply.facts)


def test_exemption_number_before_its_title_made_up():
    from reader.classify import find_exemptions
    codes = lambda t: [x.code for x in find_exemptions(t)[0]]    # noqa: E731
    assert codes("Exemption 43 - Commercial Interests\n\nThe contract prices are withheld.") == ["s43"]
    assert codes("Exemption 40(2) (Personal information) applies to the names.") == ["s40(2)"]
    # a number after "exemption" that is not followed by a title stays what it was
    assert codes("The single person exemption 12 months ago was removed.") == []
    assert codes("Class N exemption 345 properties") == []


# A refusal in a section of its own below the answers is the one an answer above points to ------------------------

def test_refusal_below_the_answers_is_the_pointing_answers():
    # thurrock-cyber-attacks-2019: "Exemption 31 Law Enforcement" stands after "9. The Strategic Lead for IT ...",
    # and "1. ... as an exemption applies, please see details below." points to it: question 1 is refused under s31,
    # question 9 is answered
    statuses = {q.question: (q.outcome, q.exemptions) for q in
                parse_reply(_page(SET / "cyber-attacks" / "thurrock-cyber-attacks-2019.txt"), INSURANCE).questions}
    assert statuses["1"] == ("rejected", ["s31"])
    assert statuses["9"][0] == "successful"


def test_refusal_below_the_answers_made_up():
    text = textwrap.dedent("""\
        Response:

        1. 1,204 staff.

        2. We are unable to provide this as the information is exempt, as set out below.

        3. The agency spend was £45,300.

        4. 12 consultants were engaged.

        Section 43 - Commercial interests

        Disclosing the contract values would prejudice the council's commercial interests.
        """)
    statuses = {q.question: (q.outcome, q.exemptions) for q in parse_reply(text, SPEND).questions}
    assert statuses["2"] == ("rejected", ["s43"])
    assert statuses["4"][0] == "successful"


def test_refusal_in_the_last_answers_paragraph_stays_its_own():
    # no blank line between the last answer and the refusal: the refusal is the last answer's
    text = textwrap.dedent("""\
        1. 1,204 staff.

        2. We are unable to provide this as the information is exempt, as set out below.

        4. Consultants' names are withheld.
        Section 43 - Commercial interests applies to the names of consultants.
        """)
    statuses = {q.question: (q.outcome, q.exemptions) for q in parse_reply(text, SPEND).questions}
    assert statuses["4"] == ("rejected", ["s43"])


# A share alone under a question's own number that asks how many: the share given --------------------------------

def test_share_alone_under_a_how_many_question_is_read_as_the_share():
    # herefordshire-malicious-emails-2021: "Q4. 100%" under "How many ransomware attacks were blocked?" gave nothing
    text = textwrap.dedent("""\
        Q2. Herefordshire Council do not report on the percentage of malicious emails opened by staff, therefore this information is not held.

        Q4. 100%

        Q5. None were successful.
        """)
    assert ("4", "percent", 100) in _facts(text, EMAILS)


def test_share_alone_made_up_and_a_share_in_a_sentence_stays_unread():
    assert ("4", "percent", 95) in _facts("Q3. 0.2%\n\n4) 95%.\n", EMAILS)
    # a share inside a sentence under a how-many question is not its answer
    assert not any(q == "4" for q, _, _ in _facts("Q3. 0.2%\n\n4. Around 95% of attacks are stopped at the gateway.\n",
                                                  EMAILS))
