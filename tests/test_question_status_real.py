"""Question statuses read from real replies (reader/question_status.py and the small rules beside it in
reader/reply.py): the text quoted in each test is copied from a reply of the real-reply set
(tests/files/real_set/<topic>/<slug>.txt, named in each test), cut to the lines that matter."""

from __future__ import annotations

from pathlib import Path

from reader import load_survey, parse_reply
from reader.question_status import own_words
from tests.reading_helpers import statuses, survey_of

SET = Path(__file__).resolve().parent / "files" / "real_set"


# the lettered parts of a question, each worded as a draft words it: the question's lead-in, then the part
LEAD = ("Has your local authority employed any entire children's social work team, sometimes referred to as a "
        "managed team, through an agency over the last five years? ")
TEAMS = survey_of([
    ("1", LEAD.strip()),
    ("1a", LEAD + "How many teams have you used?"),
    ("1b", LEAD + "Please provide details as a year-on-year breakdown."),
    ("1c", LEAD + "If so, which area of children's social care were agency teams employed to cover?"),
    ("1d", LEAD + "How long were any agency children's social work teams employed by the local authority - please "
                  "provide the average length of each assignment?"),
    ("2", "Details regarding the number of children's social workers employed individually through an agency by "
          "your local authority over the last five years as a year-on-year breakdown."),
])


def test_a_parts_own_words_are_its_text_without_the_lead_in_it_shares_with_its_sisters():
    own = own_words(TEAMS)
    assert own["1a"] == "How many teams have you used?"
    assert own["1c"] == "If so, which area of children's social care were agency teams employed to cover?"
    assert "1" not in own and "2" not in own


def test_a_part_restated_in_its_own_words_under_another_number_has_the_answer_below_it():
    # agency-staff/wokingham-childrens-agency-social-work-teams-2022: the council's copy numbers the parts 2., 3., 4.
    text = ("1. Has your local authority employed any entire children’s social work team, sometimes referred to as a "
            "managed team, through an agency over the last five years?\n"
            "a) How many teams have you used?\n"
            "We used one team in 2018 at a cost of 205k\n"
            "2. If so, which area of children’s social care were agency teams employed to cover?\n"
            "Duty, Triage and Assessment Team\n"
            "3. How long were any agency children’s social work teams employed by the local authority - please "
            "provide the average length of each assignment?\n"
            "5 months\n")
    got = statuses(text, TEAMS)
    assert got["1c"] == "successful"
    assert got["1d"] == "successful"


def real(topic: str, slug: str) -> str:
    """A reply of the real-reply set as the reader is given it: the page text under its '#' header."""
    lines = (SET / topic / f"{slug}.txt").read_text(encoding="utf-8").splitlines(keepends=True)
    k = next(i for i, ln in enumerate(lines) if not ln.startswith("#"))
    return "".join(lines[k:])


def test_a_part_between_two_sisters_answered_together_in_words_has_their_answer():
    # parking-pcns/wokingham-bus-lane-pcns-2026, read with the journalist's draft: "1. Annual totals ... / a) The
    # total number of bus lane PCNs issued. / b) A monthly breakdown ... / c) ... / d) ... / Wokingham Borough
    # Council have no bus lanes to enforce."
    survey = load_survey(SET / "drafted" / "parking-pcns-bus-lane-enforcement-2026.toml")
    got = statuses(real("parking-pcns", "wokingham-bus-lane-pcns-2026"), survey)
    assert got["1a"] == got["1b"] == got["1c"] == "successful"


SCHOOLS = survey_of([
    ("1", "Total number of days lost for schools within the authority due to sick days"),
    ("2", "Total number of days lost to Mental Health issues for schools within the authority"),
    ("3", "Total number of educational personnel who required sickness absence on mental health grounds for "
          "schools within the authority"),
])


def test_nothing_given_and_the_whole_request_not_held_makes_every_question_not_held():
    # sickness-absence/wokingham-education-personnel-sickness-2024
    text = ("Please include the following information for 2022/23, 2023/24:\n"
            "1. Total number of days lost for schools within the authority due to sick days.\n"
            "2. Total number of days lost to Mental Health issues for schools within the authority\n"
            "3. Total number of educational personnel who required sickness absence on mental health grounds for "
            "schools within the authority\n"
            "By education personnel, I mean any staff member who worksin a school – e.g., Headteacher, deputy, "
            "teacher, support staff, admin staff, etc.\n"
            "We do not hold sickness absence data for schools’ staff in the HR team, nor do we have access to this "
            "information. Personal HR records for school-based staff are held individually by each school. The "
            "requester will need to contact schools directly for this information.\n")
    r = parse_reply(text, SCHOOLS)
    assert r.outcome == "not_held"
    assert {q.question: q.outcome for q in r.questions} == {"1": "not_held", "2": "not_held", "3": "not_held"}


def test_a_one_word_answer_after_the_question_restated_on_its_line_is_an_answer():
    # public-toilets/east-herts-public-toilets-f16213, read with its survey: "Response / Whether the local authority
    # maintains public toilet facilities in the area? Yes"
    survey = load_survey(SET / "surveys" / "public-toilets-maintained-since-2010.toml")
    assert statuses(real("public-toilets", "east-herts-public-toilets-f16213"), survey)["1"] == "successful"


EMPTY = survey_of([
    ("3", "What is the councils policy on bringing empty domestic properties back into use"),
    ("4", "Does the council own a property company"),
    ("5", "Which roles sit on the empty properties group and when did it last meet?"),
])


def test_a_bulleted_no_under_the_question_restated_is_an_answer():
    # empty-homes/rushcliffe-empty-properties-2021
    text = ("Response\n\n"
            "  3. What is the councils policy on bringing empty domestic properties back into use\n"
            "  4. Does the council own a property company\n"
            "    • No\n"
            "  5. Which roles sit on the empty properties group and when did it last meet? We do not have any "
            "group of that name.\n")
    got = statuses(text, EMPTY)
    assert got["4"] == "successful"
    assert "3" not in got


LIST = survey_of([
    ("1a", "The number of residential properties that have been recorded as empty for: More than 6 months"),
    ("1b", "The number of residential properties that have been recorded as empty for: More than 12 months"),
    ("2", "Where available, a list of these properties including: o Full address OR o Street name and partial "
          "postcode (if full address cannot be disclosed)"),
    ("3", "The date each property was recorded as becoming empty (or the length of time empty)"),
])


def test_an_answer_under_a_number_asked_only_in_lettered_parts_answers_the_parts():
    # empty-homes/dover-empty-residential-properties-list-2026: the request's "a) More than 6 months b) More than 12
    # months" sit on one line under a dash; the reply answers under the number alone
    text = ("Response\n"
            "1. As follows:\n"
            "2.The information you have sought is exempt from disclosure under Section 31(1)(a) of the Freedom of "
            "Information Act.\n"
            "3. The information you have sought is exempt from disclosure under Section 31(1)(a) of the Freedom of "
            "Information Act for the reasons stated above.\n")
    got = statuses(text, LIST)
    assert got["1a"] == got["1b"] == "successful"
    assert got["2"] == got["3"] == "rejected"


CAMERAS = survey_of([("1", "Location"), ("2", "Direction"), ("3", "Field of view"), ("4", "Times of recording")])


def test_two_numbers_opening_a_line_are_answered_together():
    # cctv/moray-cctv-cameras-forres-2018
    text = ("Details of CCTV cameras in operation during 2018 within the Forres area including:\n\n"
            "1. Location\n2. Direction\n3. Field of view\n4. Times of recording\n\n"
            "Response 23-11-2018\n\n"
            "1 High Street / Castlehill Road\nGordon Street @ Car Park\n\n"
            "2 & 3 The cameras rotate on their mount and provide a field of view as required by the operator within "
            "the limits of the equipment.\n\n"
            "4 The equipment is capable of recording on a 24 hour basis\n")
    got = statuses(text, CAMERAS)
    assert got["2"] == got["3"] == "successful"


CLAIMS = survey_of([
    ("1", "How many claims have been made against the Council for damage incurred to cars as a result of hitting "
          "potholes and for how much in cost?"),
    ("2", "What is the breakdown of claims upheld and declined in the same period and the total paid out compared "
          "to total claimed."),
    ("3", "The number of potholes reported to the council by drivers in the fiscal year 2021-22, 2022-23"),
])


def test_questions_answered_together_share_the_status_read_in_their_joint_answer():
    # potholes/moray-pothole-information-2024: a table with cells withheld ("<5*") and the exemption under it
    text = ("Response 29-11-2024\n\n"
            "1. & 2. Please Note:  Payments are reimbursements for damage/loss through insurance – not compensation!\n"
            "All claims and legal costs are covered in our insurance premium!\n\n"
            "  2021/22 2022/23 2023/24 2024/25 to date\n"
            "Successful claims <5* <5* 6 <5*\n"
            "uncuccessful 48 55 57 56\n"
            "ongoing <5* 9 7 10\n"
            "Payments £2,352.31 £85.50 £1,133.54 £484.95\n\n"
            "*Numbers of 5 or less have been redacted (*) as low numbers may lead to the identification of "
            "individuals. This information is therefore exempt under Section 38(1)(b) of the Freedom of Information "
            "(Scotland) Act 2002 - Personal Information.\n")
    got = statuses(text, CLAIMS)
    assert got["1"] == got["2"] == "partially_successful"


LITTER = survey_of([
    ("1", "Which department is responsible for enforcing against Littering?"),
    ("2", "Do you use a private company to enforce against Littering?"),
    ("3", "If you answered yes to question 2, could you confirm the name of the private company?"),
    ("4", "if you answered yes to question 2, could you confirm the contract end date?"),
])


def test_a_name_on_a_numbered_line_between_answered_numbers_is_an_answer():
    # fly-tipping/thurrock-litter-dog-fouling-figures-2019
    text = ("Request:\n\n"
            "1.Which department is responsible for enforcing against Littering?\n\n"
            "2. Do you use a private company to enforce against Littering?\n\n"
            "3. If you answered yes to question 2, could you confirm the name of the private company?\n\n"
            "4. if you answered yes to question 2, could you confirm the contract end date?\n\n"
            "Response:\n\n"
            "1. Environment and Highways\n\n2. Yes\n\n3. Kingdom\n\n"
            "4. Contract information can be found via the following web link: https://www.thurrock.gov.uk\n")
    assert statuses(text, LITTER)["3"] == "successful"


def test_nothing_given_and_the_requester_sent_to_another_body_is_not_held():
    # allotments/brentwood-allotments-waiting-lists-5368, read with the draft of its request: "... would be held by
    # these two organisations. I would therefore direct you to contact these organisations for the information you
    # require"
    survey = load_survey(SET / "drafted" / "allotments-waiting-lists-2013.toml")
    got = statuses(real("allotments", "brentwood-allotments-waiting-lists-5368"), survey)
    assert got["1"] == got["2"] == got["3"] == got["4"] == "not_held"


def test_sent_elsewhere_for_a_review_or_a_complaint_is_not_sent_elsewhere_for_the_information():
    from reader.question_status import _sent_elsewhere
    assert _sent_elsewhere("If you are dissatisfied with this response you may wish to contact the Information "
                           "Commissioner's Office.") is None
    assert _sent_elsewhere("Operation and monitoring of the equipment is a matter for Police Scotland.") is not None


def test_an_answer_in_words_that_sends_the_requester_to_another_body_is_not_held():
    # cctv/moray-cctv-cameras-forres-2018, read with its survey: "5 Operation and monitoring of the equipment is a
    # matter for Police Scotland. You may wish to redirect your request to them, please find contact details here"
    survey = load_survey(SET / "surveys" / "cctv-cameras-forres-2018.toml")
    got = statuses(real("cctv", "moray-cctv-cameras-forres-2018"), survey)
    assert got["5"] == "not_held"
    assert got["4"] == got["6"] == "successful"


NOISE = survey_of([
    ("1a", "The number of complaints received for a) Vibration, for the last full year for which records are kept"),
    ("1b", "The number of complaints received for b) Low Frequency Noise (Tonal)"),
    ("3", "The guidance or applicable criteria used in the assessment which shows the levels at which you would deem "
          "a statutory nuisance to have arisen"),
])


def test_none_received_answers_the_questions_that_count_them_beside_a_page_status_of_not_held():
    # noise-nuisance/alnwick-vibration-low-frequency-noise-2011: WhatDoTheyKnow's status line says "did not have the
    # information requested"; the letter says none were received, and sends the rest to the county council
    text = ("Number of complaints received for the following categories a) VIBRATION and b) LOW FREQUENCY NOISE "
            "(Tonal)\n\n"
            "Alnwick Town Council did not have the information requested.\n\n"
            "Dear Jennie\n"
            "I can confirm that Alnwick Town Council have received no complaints in relation to the categories you "
            "have set out. You need to direct your enquiry to Northumberland County Council who enforce the "
            "Environmental Protection Act and statutory noise provisions in Northumberland.\n")
    r = parse_reply(text, NOISE)
    got = {q.question: q.outcome for q in r.questions}
    assert got["1a"] == got["1b"] == "successful"
    assert got["3"] == "not_held"
    assert r.outcome == "partially_successful"


def test_a_note_to_starred_cells_withholds_the_starred_answers_not_the_answer_it_stands_under():
    # potholes/moray-pothole-compensation-claims-2023-2025, read with its survey: rows 1 and 3 hold "<5" cells, row 4
    # none; the note under row 4 ("*The low numbers ... redacted and marked with <5 instead. This response is exempt
    # under Section 38(1)(b) ...") is rows 1 and 3's
    survey = load_survey(SET / "surveys" / "potholes-compensation-claims-calendar-2025.toml")
    got = statuses(real("potholes", "moray-pothole-compensation-claims-2023-2025"), survey)
    assert got["1"] == got["3"] == "partially_successful"
    assert got["4"] == "successful"


def test_a_note_to_starred_cells_leaves_a_not_held_said_among_an_answers_figures():
    # fly-tipping/moray-littering-statistics-2025: "9. ... 2024/25: £840,002.74 / 2014/15: Figures not held. ..." above
    # "10. <5*" ... and the note; 9 stays partly
    survey = load_survey(SET / "surveys" / "fly-tipping-littering-enforcement-2025.toml")
    got = statuses(real("fly-tipping", "moray-littering-statistics-2025"), survey)
    assert got["9"] == "partially_successful"


def test_a_yes_no_question_restated_in_the_negative_under_its_number_is_answered():
    # agency-staff/lincolnshire-childrens-agency-social-work-teams-2022
    text = ("1. Has your local authority employed any entire children's social work team, sometimes referred to as a "
            "managed team, through an agency over the last five years?\n\n"
            "2. Details regarding the number of children's social workers employed individually through an agency by "
            "your local authority over the last five years as a year-on-year breakdown.\n\n\n"
            "1. The local authority has not employed any entire children's social work team, sometimes referred to "
            "as a managed team, through an agency over the last five years.\n\n"
            "2. The number of children's social workers employed individually through an agency through an agency "
            "by Lincolnshire County Council over the last five years as a year-on-year breakdown is as shown "
            "below:\n\n2017/2018 42\n2018/2019 45\n")
    assert statuses(text, TEAMS)["1"] == "successful"


def test_a_question_restated_as_it_was_asked_is_not_answered_by_its_negative():
    from reader.answers_under_numbers import _negates
    asked = "Has your local authority employed any entire children's social work team over the last five years?"
    assert not _negates("Has your local authority employed any entire children's social work team?", asked)
    assert not _negates("The local authority has employed an entire children's social work team.", asked)
    assert _negates("The local authority has not employed any entire children's social work team.", asked)


def test_a_numbered_line_in_a_run_of_numbered_answers_is_its_numbers_answer():
    # allotments/moray-allotment-waiting-lists-2025, read with its survey: "1. 82 / 2. Information not held. Moray
    # Council does not directly manage any allotment sites ... who manage the site and waiting list directly. ... /
    # 3. Information not held. ..." ("2." names the waiting list, question 1's subject)
    survey = load_survey(SET / "surveys" / "allotments-waiting-list-2025.toml")
    assert statuses(real("allotments", "moray-allotment-waiting-lists-2025"), survey)["2"] == "not_held"


SPREADSHEET = survey_of([
    ("4", "Number of People on Waiting Lists"),
    ("5", "Average Time on Waiting List (months/weeks/days)"),
    ("6", "Annual Cost of Fees/Rental Charges (GBP) for one allotment plot"),
    ("7", "Supporting Notes (if applicable)"),
])


def test_a_range_of_numbers_opening_a_line_is_answered_together():
    # allotments/moray-allotments-spreadsheet-2023
    text = ("Response 21-04-2023\n\n"
            "4. 38\n\n"
            "5. - 7. Not held. Section 17 of the Freedom of Information (Scotland) Act 2002 - Information not held.\n")
    got = statuses(text, SPREADSHEET)
    assert got["5"] == got["6"] == got["7"] == "not_held"


EV = survey_of([
    ("3", "How many do the council plan to install over the next 12 months and financial year 2023/24?"),
    ("4", "Will the council tender for charging points in point 3? If Yes, when? and which framework. And what "
          "funding will be available?"),
    ("5", "Are you receiving grant funding for electric vehicle infrastructure from the central government?"),
])


def test_an_answer_that_says_a_part_of_it_is_not_known_yet_is_partly_given():
    # ev-charging/moray-ev-charging-2023
    text = ("Response 04-05-2023\n\n"
            "3. To be decided.\n\n"
            "4. Electric Vehicle Infrastructure Fund (EVIF) framework. Funding level to be confirmed.\n\n"
            "5. EVIF funding is provided by the Scottish Government.\n")
    got = statuses(text, EV)
    assert got["3"] == "not_held"
    assert got["4"] == "partially_successful"
    assert got["5"] == "successful"
