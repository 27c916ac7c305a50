"""Question statuses, round 4: rules about how councils write, each with real reply text (the reply named in each
test, from tests/files/real_set/<topic>/<slug>.txt, cut to the lines that matter), read with surveys worded as
`foi survey draft` words them."""

from __future__ import annotations

from pathlib import Path

from reader import load_survey, parse_reply
from tests.reading_helpers import statuses, survey_of

DRAFTED = Path(__file__).resolve().parent / "files" / "real_set" / "drafted"
SURVEYS = DRAFTED.parent / "surveys"


NEW_SITES = "How many new allotment sites on council land were brought into use in 2011 and 2012? Please give: "


def test_the_requests_own_lettered_parts_quoted_back_are_no_answer_to_a_drafted_part():
    # allotments/brentwood-allotments-waiting-lists-5368: the letter quotes the request, then sends the requester to
    # the societies that hold it; a draft words part 5a as its stem and "number of new sites", without the "a)"
    survey = survey_of([("4", "Are any of these waiting lists closed to further applications?"),
                        ("5a", NEW_SITES + "number of new sites"), ("5b", NEW_SITES + "names of new sites"),
                        ("5c", NEW_SITES + "total area of new land in hectares"),
                        ("5d", NEW_SITES + "total number of new plots")])
    text = ("4) Are any of these waiting lists closed to further applications?\n\n"
            "5) How many new allotment sites on council land were brought into use in 2011 and 2012? Please give:\n"
            "a) number of new sites\nb) names of new sites\nc) total area of new land in hectares\n"
            "d) total number of new plots\n\n\n"
            "The Council has a number of allotment sites around the Borough but these are all managed by external "
            "organisations. As such tenancy agreements, fees and charges, and information relating to the costs "
            "involving utilities and waste removal would be held by these two organisations. I would therefore "
            "direct you to contact these organisations for the information you require.\n")
    got = statuses(text, survey)
    assert [got.get(q) for q in ("5a", "5b", "5c", "5d")] == ["not_held"] * 4


def test_a_figure_under_another_questions_number_does_not_answer_a_question_whose_own_answer_is_left_blank():
    # asb-powers/canterbury-pspos-cpns-2019, read with the drafted survey: "No prosecutions have been brought ..."
    # under question 2 is a zero whose words a draft's question 5 ("fines") shares; question 5's own "Our response:"
    # is empty, the next question's number straight under it
    survey = load_survey(DRAFTED / "asb-pspos-cpns-2019.edited.toml")
    text = ("Question 2\n"
            "a. How many fines and prosecutions issued or undertaken for the offence of violating a PSPO in the year "
            "2018? Please if possible give the offences for which the fines/prosecutions were issued.\n"
            "Our response:\n"
            "No prosecutions have been brought in relation to PSPO's.\n"
            "Fixed Penalty Notices have been issued for the following breaches of PSPO's:\n"
            "1 x consuming alcohol in a public place\n"
            "2 x dog off lead\n"
            "Question 3\n"
            "How many CPNs were issued in November 2016 to October 2017 and November 2017 to October 2018?\n"
            "Our response:\n"
            "Nov 2016 to Oct 2017: 7\n"
            "Nov 2017 to Oct 2018: 15\n"
            "Question 5\n"
            "How many fines were issued by your authority for the offence of littering in the year 2018?\n"
            "Our response:\n"
            "Question 6\n"
            "Do you contract a private company for the issuing of fines for PSPOs or littering. If so, please state "
            "the company and the contract arrangements.\n"
            "Our response:\n")
    got = statuses(text, survey)
    assert got.get("3") == "successful"
    assert "5" not in got and "6" not in got


def test_an_exemption_said_in_the_paragraph_of_a_questions_figure_withholds_part_of_that_answer():
    # potholes/devon-pothole-damage-compensation-2019: the value given, the location withheld, in one paragraph
    # below the question restated (a blank line between them)
    survey = load_survey(SURVEYS / "potholes-damage-compensation-2019.toml")
    text = ("3) Please tell me the value of the biggest claim settled in 2018/19, and the location of the pothole that "
            "caused the incident. Please provide a brief description of the incident\n\n"
            "£15,000 – Claimant tripped due to pothole in road. We hold information about the location but as thus "
            "may identify an individual and therefore breach their rights under Data Protection we consider it too be "
            "exempt under the Freedom of Information Act 2000 Section 40 (2) Personal Data.\n")
    reply = parse_reply(text, survey)
    q3 = next(q for q in reply.questions if q.question == "3")
    assert (q3.outcome, q3.exemptions) == ("partially_successful", ["s40(2)"])


def test_a_line_opening_with_a_parts_own_number_and_letter_answers_that_part():
    # allotments/moray-allotment-waiting-lists-times-2023: "3a)" answers in words that name the waiting list (question
    # 1's words), then "b) 1439"
    parts = "In addition, for each of the 10 individuals most recently awarded a plot, please state: "
    survey = survey_of([("1", "Please tell me how many people are currently on a waiting list for an allotment site "
                              "managed by your local authority"),
                        ("3a", parts + "The number of days that elapsed between first contact with the council and "
                                       "receiving their plot"),
                        ("3b", parts + "The average waiting time (in days) of those ten applicants")])
    text = ("3) In addition, for each of the 10 individuals most recently awarded a plot, please state:\n"
            "a) The number of days that elapsed between first contact with the council and receiving their plot\n"
            "b) The average waiting time (in days) of those ten applicants\n"
            "Response 18-01-2023\n"
            "1. 28 on the waiting list\n"
            "3a) Moray Council does not currently manage any allotment sites directly.  (We are currently working "
            "with Elgin Allotments Association to provide a site in Elgin). The earliest date on the waiting list is "
            "28/8/18.\n"
            "b) 1439 (three of the names on the list in 2018 have no application date recorded)\n")
    assert statuses(text, survey).get("3a") == "successful"


ALNWICK = ("Dear Alnwick Town Council,\n"
           "Under the Freedom of Information Act, please could you provide the following information for the last full "
           "year for which records are kept; the number of complaints received for the following categories (or your "
           "equivalent):\n"
           "a) Vibration\nb) Low Frequency Noise (Tonal)\n"
           "For each of the above categories, please provide a breakdown for:\n"
           "1. No statutory nuisance found\n2. Nuisance found, formal warning issued\n3. Noise Abatement Notice issued\n"
           "Please provide the guidance or applicable criteria used in the assessment of the above which shows the "
           "levels at which you would deem a statutory nuisance to have arisen.\n"
           "Yours faithfully,\n\n"
           "Dear Jennie\n"
           "I can confirm that Alnwick Town Council have received no complaints in relation to the categories you have "
           "set out. You need to direct your enquiry to Northumberland County Council who enforce the Environmental "
           "Protection Act and statutory noise provisions in Northumberland.\n")
COUNTED = ("Under the Freedom of Information Act, please could you provide the following information for the last full "
           "year for which records are kept; the number of complaints received for the following categories (or your "
           "equivalent) ")
BROKEN = "For each of the above categories, please provide a breakdown for "
ALNWICK_DRAFT = survey_of([("1a", COUNTED + "Vibration"), ("1b", COUNTED + "Low Frequency Noise (Tonal)"),
                           ("2a", BROKEN + "No statutory nuisance found"),
                           ("2b", BROKEN + "Nuisance found, formal warning issued"),
                           ("2c", BROKEN + "Noise Abatement Notice issued"),
                           ("3", "Please provide the guidance or applicable criteria used in the assessment of the above "
                                 "which shows the levels at which you would deem a statutory nuisance to have arisen.")])


def test_a_breakdown_of_what_the_council_says_it_had_none_of_is_none_too():
    # noise-nuisance/alnwick-vibration-low-frequency-noise-2011 (as `foi survey draft` words its questions)
    got = statuses(ALNWICK, ALNWICK_DRAFT)
    assert [got.get(q) for q in ("1a", "1b", "2a", "2b", "2c")] == ["successful"] * 5


def test_the_requests_own_numbered_list_quoted_back_is_no_answer_to_the_question_of_that_number():
    # the same reply: "3. Noise Abatement Notice issued" is what the breakdown is by (question 2c's own words), not an
    # answer to question 3, which the town council sends to the county council
    assert statuses(ALNWICK, ALNWICK_DRAFT).get("3") == "not_held"


def test_parts_answered_together_with_years_said_not_held_below_the_figures_are_each_partly_given():
    # public-toilets/moray-public-toilets-street-cleaning-2025: "1.a)-d)" over one list of figures, and a note that
    # the further years are not held, before "2.a) & b)"
    survey = load_survey(SURVEYS / "public-toilets-street-cleaning-2025.toml")
    text = ("Response 12-03-2025\n"
            "1.a)-d)\n"
            "2024      17\n2023     17\n2022     17\n"
            "Cleaning materials 3037 3645.48 4252.17\n"
            "Note: Further years data is not available. Information that is not held falls under Section 17 of the "
            "Freedom of Information (Scotland) Act 2002 - Information not held.\n"
            "2.a) & b) 7 hours per day\n")
    got = statuses(text, survey)
    assert [got.get(q) for q in ("1a", "1b", "1c", "1d")] == ["partially_successful"] * 4
    assert [got.get(q) for q in ("2a", "2b")] == ["successful"] * 2


def test_numbers_answered_together_stand_for_the_lettered_parts_of_a_number_asked_only_in_parts():
    # potholes/moray-pothole-claims-2020: "1. and 2." answers question 1's parts 1a and 1b and question 2 together
    survey = load_survey(DRAFTED / "potholes-claims-road-maintenance-2020.edited.toml")
    text = ("Response 10-03-2020\n"
            "1. and 2. Due to the low numbers involved, a breakdown of the number of claims each year could lead to the "
            "identification of individuals. this information is therefore exempt under section 38(1)(b) of the "
            "Freedom of Information (Scotland) Act 2002.\n"
            "Can advise that for period there were 5 vehicles\n"
            "010415 - 310316 21 vehicle damage £0.00 pd\n"
            "010416 - 310317 17 vehicle damage £0.00 pd\n"
            "3. The council spent on Road Maintenance the following: £1,974,196.00\n")
    got = statuses(text, survey)
    assert [got.get(q) for q in ("1a", "1b", "2")] == ["successful"] * 3


def test_unable_to_provide_with_no_ground_given_anywhere_is_not_held_not_refused():
    # asb-powers/canterbury-pspos-cpns-2019: no section, exemption or cost limit anywhere in the reply
    survey = survey_of([("3", "How many CPNs were issued in November 2016 to October 2017 and November 2017 to "
                              "October 2018?"),
                        ("4", "Where possible, please can you provide the text/subject of these CPNs?")])
    text = ("Question 3\nHow many CPNs were issued in November 2016 to October 2017 and November 2017 to October 2018?\n"
            "Our response:\nNov 2016 to Oct 2017: 7\nNov 2017 to Oct 2018: 15\n"
            "Question 4\nWhere possible, please can you provide the text/subject of these CPNs?\n"
            "Our response:\nWe are unable to provide this information\n")
    assert statuses(text, survey).get("4") == "not_held"
    # the same words beside a ground for refusing are a refusal still
    cited = text + "Question 5\nOur response:\nThis is exempt under section 40(2) of the Act.\n"
    assert statuses(cited, survey).get("4") == "rejected"


def test_not_able_from_the_records_to_answer_a_question_is_not_held():
    # temporary-accommodation/hastings-hotels-temporary-accommodation-2025: the council answers from its invoices
    survey = load_survey(SURVEYS / "temporary-accommodation-hotels-monthly-2025.toml")
    text = ("Response\nThe answer we are providing is based on analysing our invoicing system. We are not able from "
            "this information source to answer 'the number of individuals' or 'a broad description of the different "
            "groups of people accommodated in hotels and the reasons for using hotels'.\n"
            "In answer to 'the number of hotel sites used', 8 separate hotels have been used from 2019 to date.\n")
    got = statuses(text, survey)
    assert (got.get("1"), got.get("4")) == ("not_held", "not_held")


def test_not_held_in_a_central_location_beside_a_refusal_is_the_reason_for_refusing_not_an_answer():
    # agency-staff/dover-agency-workers-2025: the information is held by departments, and the cost of compliance
    # refuses it
    survey = load_survey(SURVEYS / "agency-staff-workers-2025.toml")
    text = ("Response\nThe recruitment of agency workers is undertaken by individual departments and is not undertaken "
            "centrally by our HR Team.  For this reason, the information is not held in a central location or held in "
            "a manner than can easily be reported on.  The Council may therefore hold some of the information falling "
            "within the description specified in your request, but as it is not readily available and from our "
            "preliminary assessment, we have estimated that the cost of co")      # (the stored page ends here)
    assert set(statuses(text, survey).values()) == {"rejected"}


def test_a_yes_or_no_question_whose_parts_are_answered_is_answered():
    # agency-staff/wokingham-childrens-agency-social-work-teams-2022: no "Yes" is written; the parts' answers say it
    lead = ("Has your local authority employed any entire children's social work team, sometimes referred to as a "
            "managed team, through an agency over the last five years?")
    survey = survey_of([("1", lead), ("1a", lead + " How many teams have you used?"),
                        ("1b", lead + " If so, which area of children's social care were agency teams employed to "
                                      "cover?")])
    text = ("1. Has your local authority employed any entire children’s social work team, sometimes referred to as a "
            "managed team, through an agency over the last five years?\n"
            "a) How many teams have you used?\n"
            "We used one team in 2018 at a cost of 205k\n"
            "2. If so, which area of children’s social care were agency teams employed to cover?\n"
            "Duty, Triage and Assessment Team\n")
    assert statuses(text, survey).get("1") == "successful"
