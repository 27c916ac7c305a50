"""`foi survey draft` gives every request a survey that loads, whatever shape the request is written in: numbered
1. / 1) / (a) / Q1, bullets, "Firstly ... Secondly", one long sentence with ';', a table of columns, a request of
plain sentences that ask for copies or lists, and column headings that are only names. Where the drafter guessed,
the draft says so with '# check:'. The requests are made up in the way journalists write them; the last test drafts
every request of the real-reply set (tests/files/real_set/drafted/)."""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks.real_set import draft_requests
from reader.draft import draft_survey, measures_for, split_questions, subject_phrase, to_toml
from reader.survey import parse_survey

ASKED = dt.date(2024, 1, 15)


def loads(request: str, name: str = "shape"):
    d = draft_survey(request, name, asked_on=ASKED)
    return d, parse_survey(to_toml(d), f"{name}.toml")


SHAPES = {
    "numbered-dot": "1. How many noise complaints did the council receive in 2022?\n"
                    "2. How many noise abatement notices were served in 2022?\n",
    "numbered-bracket": "1) How many noise complaints did the council receive in 2022?\n"
                        "2) How many noise abatement notices were served in 2022?\n",
    "lettered": "(a) How many noise complaints did the council receive in 2022?\n"
                "(b) How many noise abatement notices were served in 2022?\n",
    "q-numbers": "Q1 How many noise complaints did the council receive in 2022?\n"
                 "Q2 How many noise abatement notices were served in 2022?\n",
    "bullets": "Could you tell me:\n- how many noise complaints the council received in 2022\n"
               "- how many noise abatement notices the council served in 2022\n",
    "firstly": "Firstly, how many noise complaints did the council receive in 2022? Secondly, how many noise "
               "abatement notices were served in 2022?",
    "semicolons": "Please tell me the number of noise complaints received in 2022; the number of noise abatement "
                  "notices served in 2022; and the cost of the noise nuisance service in 2022.",
    "sentences": "Dear Sir or Madam,\n\nI would like to know how many noise complaints the council received in 2022. "
                 "I would also like the number of noise abatement notices served in 2022.\n\nYours faithfully,\nA Person",
    "table": "Please fill in a table with the following columns for 2022:\n"
             "Ward | Number of noise complaints | Number of abatement notices served | Cost of the service\n",
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_request_in_any_shape_gives_a_draft_that_loads_with_a_question_per_ask(shape):
    d, survey = loads(SHAPES[shape], shape)
    assert len(survey.questions) >= 2
    assert any("noise" in " ".join(s.synonyms) or "noise" in key for key, s in survey.subjects.items()) \
        or any("abatement" in key for key in survey.subjects)


def test_ordinal_words_are_not_the_subject():
    d, _ = loads(SHAPES["firstly"])
    assert [q.subject for q in d.questions] == ["noise_complaints", "noise_abatement_notices"]
    assert not any(q.text.lower().startswith(("firstly", "secondly")) for q in d.questions)


def test_one_long_sentence_asks_once_per_part_between_semicolons():
    qs = split_questions(SHAPES["semicolons"])
    assert [q[1].split()[:3] for q in qs] == [["Please", "tell", "me"], ["the", "number", "of"], ["the", "cost", "of"]]
    # a part with a count of its own though it names no "of": "the number closed since 2015"
    qs = split_questions("Please tell me the number of public toilets the council runs; the number closed since "
                         "2015; and the annual cost of cleaning them.")
    assert [q[1] for q in qs][1] == "the number closed since 2015"


def test_a_table_of_columns_asks_each_column_that_counts_or_sums():
    d, survey = loads(SHAPES["table"])
    assert [q.text for q in d.questions] == ["Number of noise complaints", "Number of abatement notices served",
                                            "Cost of the service"]
    assert [q.measures for q in d.questions] == [["count"], ["count"], ["total_cost_gbp"]]
    # the period written before the table is each column's
    assert all(q.periods == ["2022"] for q in d.questions) and len(survey.periods) == 1


def test_a_table_with_its_period_after_it_asks_that_period_with_each_column():
    d, _ = loads("Please provide the following as a table:\nLocal authority | Number of licences issued | "
                 "Number of licences refused | Fee charged\nfor 2021/22 and 2022/23.")
    assert len(d.questions) == 3
    assert all(len(q.periods) == 2 for q in d.questions)
    assert d.questions[2].measures == ["total_cost_gbp"]


def test_an_unnumbered_request_for_a_copy_is_a_question_about_the_thing_copied():
    d, survey = loads("Dear Sir or Madam,\n\nI am also requesting a copy of the Noise recordings made at my address "
                      "in March 2023.\n\nYours faithfully,\nA Person")
    assert len(survey.questions) == 1
    assert d.questions[0].subject == "noise_recordings"
    assert "# check:" in to_toml(d)


def test_sentences_that_ask_for_a_thing_without_a_count_are_questions_too():
    d, _ = loads("Dear Council,\n\nI would like to know how many noise complaints you received in 2022. "
                 "Please provide a copy of your noise policy. I would be grateful for the names of the officers "
                 "who investigate complaints.\n\nThanks")
    assert [q.subject for q in d.questions][1:] == ["noise_policy", "officers"]


def test_a_copy_of_the_document_is_not_the_thing_asked_for():
    d, _ = loads("Has the council published a parking strategy? If so, please provide a copy of the document.")
    assert d.questions[0].subject != "document"


def test_column_headings_that_are_only_names_still_give_subjects_with_synonyms():
    d, survey = loads("Please complete the attached spreadsheet with the columns:\n1. question_1\n2. question_2\n"
                      "3. council_name\n")
    assert [q.subject for q in survey.questions] == ["question_1", "question_2", "council_name"]
    assert all(s.synonyms for s in survey.subjects.values())
    assert to_toml(d).count("# check:") >= 3


def test_a_request_with_nothing_that_asks_still_gives_one_question_to_correct():
    d, survey = loads("Dear Sir,\n\nRe: the bus shelter on the High Street outside number 4.\n\nRegards")
    assert len(survey.questions) == 1
    assert "bus shelter" in d.questions[0].text
    assert "# check:" in to_toml(d)


def test_an_empty_request_is_an_error_that_says_what_to_do():
    with pytest.raises(ValueError, match="by hand"):
        draft_survey("Dear Sir,\n\nYours faithfully", "empty", asked_on=ASKED)


def test_every_request_of_the_real_set_drafts_a_survey_that_loads():
    reqs = draft_requests()
    assert len(reqs) >= 60
    for req in reqs:
        d = draft_survey(req.text, req.name, asked_on=req.asked_on)
        survey = parse_survey(to_toml(d), f"{req.name}.toml")
        assert survey.questions, req.name
        assert all(s.synonyms for s in survey.subjects.values()), req.name


# --- the time until something happens -----------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    # parking-pcns-postage-2022's Q7, which replies answer "39,269 cases paid within 14 days", "71% within 14 days"
    "What is the average number of days it takes for a Penalty Charge Notice issued by your organisation, to be "
    "paid in full?",
    "How long did it take for reported potholes to be repaired, on average?",
    "Where there were faulty cameras, I would like details on how long it took for those faults to be fixed.",
])
def test_the_time_until_something_happens_is_asked_as_days_and_as_how_many_within(question):
    assert measures_for(question)[0] == ["days", "count", "percent"]


@pytest.mark.parametrize("question, measures", [
    ("What was the total number of days lost to sickness absence?", ["days"]),
    ("The average length of stay in temporary accommodation", ["days"]),
    ("How long each household spent in the hotel before being placed in self-contained housing", ["days"]),
])
def test_a_length_of_time_that_is_not_a_wait_for_something_stays_days(question, measures):
    assert measures_for(question)[0] == measures


def test_a_lettered_part_run_on_after_the_last_ones_line_is_a_part_of_its_own():
    # cctv-cameras-locations-budget-2014 (Moray): (c) and (d) on one line
    qs = split_questions("Please provide me with\n(a) The number of CCTV cameras operated by the council,\n"
                         "(b) The location of each CCTV camera,\n(c) The budget, for financial years between 2009 "
                         "and 2014, for operating the CCTV cameras, and (d) The maintenance history of each CCTV "
                         "camera including: location of camera, date of maintenance.")
    assert [q[0] for q in qs] == ["1", "2", "3", "4"]
    assert "maintenance" not in qs[2][1]
    assert qs[3][1].startswith("The maintenance history")


def test_parts_of_a_numbered_question_are_numbered_under_it():
    # devices-dfe-laptops-2020 (Lincolnshire): "a." under "3." is 3a, not 1a
    qs = split_questions("1. How many digital devices did you forecast you would need?\n\na. Of these devices, how "
                         "many were laptops?\n\nb. On which date did you apply?\n\n2. Did you choose Google or "
                         "Microsoft?\n\n3. How many digital devices were allocated to you?\n\na. Of these devices, "
                         "how many were laptops?\n\nb. On which date were you told?\n")
    assert [q[0] for q in qs] == ["1", "1a", "1b", "2", "3", "3a", "3b"]


@pytest.mark.parametrize("question, subject", [
    # ev-charging-2020 and agency-staff-temporary-managers-2016, where a journalist had to rename the guess
    ("How much has currently been budgeted for electric vehicle infrastructure?", "electric vehicle infrastructure"),
    ("£ spent in the 12 month period on interim managers", "interim managers"),
    ("How much money has been allocated to road resurfacing this year?", "road resurfacing"),
    # the year after "in" is when, not what
    ("How much money was spent in 2019 on consultants?", "consultants"),
    ("How much was spent in 2021/22 on agency staff?", "agency staff"),
])
def test_money_a_few_words_from_what_it_is_spent_on_names_that_thing(question, subject):
    assert subject_phrase(question) == subject


@pytest.mark.parametrize("text, asked, label, start, end", [
    # parking-pcns-postage-2022: asked 2022-05-20
    ("How many Penalty Charge Notices were issued by your organisation last financial year?", dt.date(2022, 5, 20),
     "2021-22", dt.date(2021, 4, 1), dt.date(2022, 3, 31)),
    # before April the last financial year ended the March a year before
    ("For the most recent financial year available, the number of households placed", dt.date(2026, 1, 15),
     "2024-25", dt.date(2024, 4, 1), dt.date(2025, 3, 31)),
    ("How many fines were issued in the last calendar year?", dt.date(2023, 6, 1),
     "2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
])
def test_the_last_financial_or_calendar_year_is_the_one_before_the_day_asked(text, asked, label, start, end):
    d = draft_survey(text, "last", asked_on=asked)
    assert [(p.label, p.start, p.end) for p in d.periods] == [(label, start, end)]
    assert d.questions[0].periods == [label]


def test_the_last_few_financial_years_are_still_several():
    d = draft_survey("How many FPNs were issued in each of the last three financial years?", "n",
                     asked_on=dt.date(2022, 5, 20))
    assert [p.label for p in d.periods] == ["2019-20", "2020-21", "2021-22"]


@pytest.mark.parametrize("question, measures", [
    # public-toilets-street-cleaning-2025 (Moray), which the reply answers "7 hours per day"
    ("Average length of time that public toilets are open (in hours)", ["hours"]),
    ("Shortest length of time that any public toilet is open (in hours)", ["hours"]),
    ("The longest stay of any household in bed and breakfast", ["days"]),
    # a length of time banded is how many fall in each band
    ("The length of time each property has been recorded as vacant (banded if necessary, e.g. 6-12 months)",
     ["count"]),
])
def test_a_length_of_time_is_in_the_unit_the_request_names(question, measures):
    assert measures_for(question)[0] == measures


def test_text_that_splits_into_more_questions_than_a_survey_numbers_still_loads():
    d, survey = loads("Dear Sir\n\n" + "; ".join(["the number of things"] * 150))
    assert len(survey.questions) == 99
    assert "only the first 99" in to_toml(d)


# --- question ids as the request numbers them (tests/files/real_set/README.md, "Question ids") ---------------

def ids(request: str) -> list[str]:
    return [q[0] for q in split_questions(request)]


def test_a_numbered_list_nested_under_a_question_is_its_parts():
    # empty-homes-list-edmo-cpo-2026 (Rushcliffe): the nested 1-3 are 1a-1c; bullets that ask are parts, bullets
    # that only name what to give for each property are the question's own breakdown
    request = ("1. A list of all residential properties within your local authority area that are currently "
               "recorded as:\n"
               "    1. Long-term empty (unoccupied for more than 6 months)\n"
               "    2. Subject to an Empty Homes Premium for Council Tax\n"
               "    3. Exempt from Council Tax under any empty property exemption category (e.g., Class C, Class D)\n"
               "  2. For each property, please provide:\n"
               "    • Full postal address\n"
               "    • The date on which the property was first recorded as empty\n"
               "    • The applicable Council Tax class, exemption, or premium\n"
               "  3. Please also provide:\n"
               "    • The number of properties currently under consideration for, or subject to, an Empty Dwelling "
               "Management Order (EDMO)\n"
               "    • The number of properties currently under consideration for, or subject to, Compulsory Purchase "
               "relating to long-term emptiness\n")
    qs = split_questions(request)
    assert [q[0] for q in qs] == ["1a", "1b", "1c", "2", "3a", "3b"]
    assert qs[1][1].startswith("A list of all residential properties") and qs[1][2].startswith("Subject to an Empty")
    assert "Full postal address" in qs[3][1]


def test_bullets_that_only_name_categories_are_no_parts():
    # empty-homes-premium-owners-2017 (Conwy): the countries are what question 2 is broken down by
    request = ("(1) The number of long-term empty homes, and, the number of second homes within your local authority\n\n"
               "(2) The number of second homes within your local authority registered to owners in the following "
               "countries:\n• England\n• Wales\n• Scotland\n• Northern Ireland\n• Non-UK\n"
               "(3) The number of long-term empty homes within your local authority registered to owners in the "
               "following countries:\n• England\n• Wales\n• Scotland\n• Northern Ireland\n• Non-UK\n")
    assert ids(request) == ["1", "2", "3"]


def test_lettered_questions_without_numbers_in_one_paragraph_are_numbered_in_order():
    # fly-tipping-environmental-enforcement-2015 (Merthyr Tydfil): a) to h), then j) (no "i"), each asking; ';'
    # inside a part is no new question
    request = ("For the financial years 2013/14 and 2014/15 a) How many fixed penalties for dropping litter were "
               "issued and what income was achieved from successful fines after costs? b) How many fixed penalties "
               "for dog fouling were issued and what income was achieved from successful fines after costs? c) How "
               "many penalties/prosecutions for fly tipping were issued and what income was achieved from successful "
               "outcomes after costs? d) How many sheep were impounded and what was the cost of providing the "
               "service? e) How many dogs were impounded, how many fines imposed; costs recovered and total cost of "
               "the service not covered? f) How many horses were impounded; how many fines imposed; costs recovered "
               "and total cost of the service not covered? g) Approximately how many litter bins do you have within "
               "your Authority area and how many employees attend to their emptying? h) What is the current fine "
               "imposed for littering and when did you last review the charges? j) Does your Council have a policy "
               "and regime for removing chewing gum deposits from the streets; and, if so, what is the annual cost "
               "of removal to your Authority?")
    qs = split_questions(request)
    assert [q[0] for q in qs] == [str(i) for i in range(1, 10)]
    assert qs[5][1].startswith("How many horses") and qs[5][1].endswith("not covered?")
    assert qs[8][1].startswith("Does your Council have a policy")
    # the years before the first letter are every question's
    d = draft_survey(request, "ft", asked_on=dt.date(2015, 8, 14))
    assert all(q.periods == ["2013/14", "2014/15"] for q in d.questions)


def test_a_lettered_inline_list_that_does_not_ask_is_no_questions():
    # parts of one question lettered in its sentence stay one question
    assert ids("How many homes in your area have been empty for over a) two years b) five years and c) ten "
               "years?") == ["1"]


def test_lettered_questions_over_numbered_conditions_are_the_questions():
    # parking-pcns-police-tribunal-decisions (Lincolnshire): A) B) C) are questions 1-3; the "1) 2)" under each
    # start again at 1 and are that question's parts
    request = ("I would like to request:\n\nA) Copies of the last 10 tribunal decisions for parking PCNs where:\n\n"
               "1) The appellant was a police force.\n\n2) The council won the appeal.\n\n"
               "B) Copies of the last 10 tribunal decisions for bus lane PCNs where:\n\n"
               "1) The appellant was a police force.\n\n2) The council won the appeal.\n\n"
               "C) Copies of the last 10 tribunal decisions for moving traffic PCNs where:\n\n"
               "1) The appellant was a police force.\n\n2) The council won the appeal.\n")
    qs = split_questions(request)
    assert [q[0] for q in qs] == ["1a", "1b", "2a", "2b", "3a", "3b"]
    assert qs[2][1] == "Copies of the last 10 tribunal decisions for bus lane PCNs where: The appellant was a police force."


NOISE_CATEGORIES = (
    # noise-categories-outcomes-2011 (Birmingham): A-C under a line that asks a count are 1a-1c, the 1-3 under "For
    # each of the above categories ... a breakdown for:" are 2a-2c, and the two unnumbered paragraphs are 3 and 4
    "Under the Freedom of Information Act and Environmental Information Regulations, please could you provide the "
    "following information for the last full year for which records are kept; the number of complaints received for "
    "the following categories (or your equivalent):\n"
    "A. Amplified Music & Speech\nB. Mechanical noise\nC. Behavioural noise\n"
    "For each of the above categories, please provide a breakdown for:\n"
    "1. No statutory nuisance found\n2. Nuisance found, formal warning issued\n3. Noise Abatement Notice issued\n"
    "Please provide the guidance or applicable criteria used in the assessment of the above which shows the levels at "
    "which you would deem a statutory nuisance to have arisen; for example frequency of occurrence - X times per "
    "week/month/annum.\n"
    "Please could you provide any documentation held for noise abatement notices served for the above and redacting "
    "any information deemed necessary by the council.\n")


def test_lists_under_lines_that_ask_are_parts_of_questions_numbered_in_order():
    qs = split_questions(NOISE_CATEGORIES)
    assert [q[0] for q in qs] == ["1a", "1b", "1c", "2a", "2b", "2c", "3", "4"]
    assert qs[1][2] == "Mechanical noise" and "number of complaints" in qs[1][1]
    assert qs[6][1].startswith("Please provide the guidance") and qs[7][1].startswith("Please could you provide any")
    # a list under "the following questions:" is the request's own numbering, not one question's parts
    assert ids("Please answer the following questions:\n1. How many noise complaints were received in 2022?\n"
               "2. How many abatement notices were served in 2022?\n") == ["1", "2"]


def test_a_list_of_years_or_of_names_under_a_line_that_asks_is_no_parts():
    qs = split_questions("Please tell me the number of fly-tipping incidents in each of the following years:\n"
                         "1. 2019\n2. 2020\nPlease also tell me the cost of clearing fly-tipping in each year, by:\n"
                         "• Highways\n• Parks\n")
    assert [q[0] for q in qs] == ["1", "2"]
    assert qs[0][1].endswith("years 2019; 2020") and qs[1][1].endswith("by Highways; Parks")


def test_each_unnumbered_line_that_asks_is_a_question():
    # cctv-cameras-capabilities-2008 (Swansea): ten lines, one ask each, cited by place ("If (v) exists")
    request = ("The number of CCTV cameras installed in public areas which are controlled, monitored or operated by "
               "City and County of Swansea and the general capability of those cameras (i.e resolution, frames per "
               "second, remote movement/focus control, infra-red capabilities, viable range).\n"
               "How many staff are involved in the monitoring of the CCTV feeds.\n"
               "If any of the Council's monitoring provisions include audio capabilities.\n"
               "The location/address of the Council's main monitoring station.\n"
               "If there is a database or list of locations of installed cameras.\n"
               "If (v) exists does it contain information on the capabilities of those cameras (i.e. resolution, "
               "frames per second and infra-red capabilities) or the direction / target of those cameras.\n"
               "If (v) is true, for a copy of said database to be supplied.\n"
               "What is the data retention time of the images recorded.\n")
    qs = split_questions(request)
    assert [q[0] for q in qs] == [str(i) for i in range(1, 9)]
    assert qs[3][1] == "The location/address of the Council's main monitoring station."
    # a line that introduces the asks is none of them; a line ending ':' after an ask is an ask
    # (agency-staff-senior-interims-2018's "How many interims had daily pay rates in each of these pay bands:")
    assert [q[1] for q in split_questions(
        "Dear Sir/Madam,\nPlease could you tell me:\nHow many noise complaints were received in 2022?\n"
        "How many staff had daily pay rates in each of these pay bands:\nHow many staff work in the noise team?\n"
        "Yours faithfully\nA Person")] == ["How many noise complaints were received in 2022?",
                                           "How many staff had daily pay rates in each of these pay bands",
                                           "How many staff work in the noise team?"]
    # a hard-wrapped paragraph is not a line per ask
    assert ids("I would like to know how many noise complaints the council\nreceived in 2022 and how many\n"
               "abatement notices were served.") == ["1"]


def test_a_cross_reference_to_question_1_is_no_number_and_the_first_question_may_have_none():
    # noise-statutory-notices-2019 (Hastings): the request numbers from "2."; its first line asks question 1
    request = ("How many statutory noise notices has your local authority served under the Environmental Protection "
               "Act 1990 in the last 5 years?\n"
               "2. Of those mentioned in 1. above, how many have been withdrawn and what were the reasons for the "
               "withdrawal for each notice?\n"
               "3. What is the average time period between the local authority being satisfied that a statutory "
               "noise nuisance existed and the notice being served?\n")
    qs = split_questions(request)
    assert [q[0] for q in qs] == ["1", "2", "3"]
    assert qs[0][1].startswith("How many statutory noise notices")
    assert qs[1][1].startswith("Of those mentioned in 1. above, how many have been withdrawn")


def test_a_number_written_with_a_comma_is_the_questions_number():
    # temporary-accommodation-homelessness-children-2025: "2,  How many children ..."
    qs = split_questions("1. How many homelessness applications have there been in the local authority for each "
                         "year since 2018/19.\n\n2,  How many children would have been affected by those "
                         "applications in each of the years.\n\n3. How many homeless households were housed in "
                         "temporary accommodation in each year referred to above.\n")
    assert [q[0] for q in qs] == ["1", "2", "3"]
    assert qs[1][1].startswith("How many children")


def test_capital_letters_in_brackets_under_a_question_are_its_parts():
    # sickness-absence-directorates-2013: "(A)-(C)" under its question 4 (here numbered 2)
    qs = split_questions("1. What is the FTE (full time equivalent) broken in to the organisational structure.\n"
                         "2. During the last financial year April 2012 to March 2013 what percentage of your "
                         "organisations “return to work meetings” are held and documented on:\n"
                         "(A) The day employee returns\n(B) The week employee returns but not on first day\n"
                         "(C) RTW interview held outside the week employee returned or not held\n")
    assert [q[0] for q in qs] == ["1", "2a", "2b", "2c"]


def test_a_lone_a_under_a_question_ending_with_a_colon_is_its_part_a():
    # parking-pcns-bus-lane-enforcement-2026: the page cuts the request off after "a) The total number of bus"
    qs = split_questions("1. Appeals and cancellations:\nFor each year listed above, please provide:\n"
                         "a) The total number of appeals received in relation to bus lane PCNs.\n"
                         "b) The total number of appeals upheld.\n"
                         "2. Overall enforcement coverage (where recorded):\nIf available, please confirm:\n"
                         "a) The total number of bus")
    assert [q[0] for q in qs] == ["1a", "1b", "2a"]


def test_two_sentences_asking_counts_of_different_things_are_two_parts():
    # asb-powers-enforcement-2024 (Hastings' copy): a reply may count the CPNs and say nothing of the CPWs
    qs = split_questions("1. Please state the number of Community Protection Notices (CPNs) issued by your authority "
                         "in the period November 2022-October 2023. Please also state the number of Community "
                         "Protection Warnings (CPWs) issued within this period.\n"
                         "2. If possible, please state the subject of these CPNs/CPWs.\n")
    assert [q[0] for q in qs] == ["1a", "1b", "2"]
    assert qs[1][2] == "Please also state the number of Community Protection Warnings (CPWs) issued within this period."
    assert "November 2022-October 2023" in qs[1][1]        # "within this period": asked with the first part
    d, survey = loads("1. Please state the number of Community Protection Notices (CPNs) issued by your authority "
                      "in the period November 2022-October 2023. Please also state the number of Community "
                      "Protection Warnings (CPWs) issued within this period.\n")
    assert [list(q.periods) for q in survey.questions] == [["November 2022-October 2023"]] * 2


def test_a_second_count_of_the_same_thing_or_of_these_is_no_part_of_its_own():
    # cctv-broken-cameras-2024: "the total number of cameras affected" counts the cameras the sentence before does;
    # potholes-compensation-motorists-2016: "How many claims are still open" counts the same claims;
    # sickness-absence-teachers-mental-health-2025: "show this figure as ..."
    for text in ("1. Number of faulty or out-of-operation CCTV cameras: The number of CCTV cameras in public spaces "
                 "that were broken, faulty, or out of operation for any period during the 2023 calendar year. Please "
                 "provide the total number of cameras affected and, if possible, the total duration (in days) they "
                 "were out of operation.\n",
                 "1. How many claims have been made? How many claims are still open and how many have the council "
                 "admitted fault/liability?\n",
                 "1. How many sick days were recorded from teachers citing mental health as the reason for illness? "
                 "Please can you show this figure as the total number of days and the number of teachers who were "
                 "absent.\n",
                 "1. How many devices were allocated to you? Of these devices, how many were laptops?\n"):
        assert [q[0] for q in split_questions(text + "2. How many staff do you employ?\n")] == ["1", "2"], text
