"""Council English the held-out topic asb-powers showed the reader missing (issue 13), each written as a general
rule about how councils write and tested on quoted real text (the reply each quote comes from is named). The same
forms appear in other topics: the ethnicity list of a temporary-accommodation reply is read by the same rule as a
list of fines.

Figures:
- a count written with a times sign: "33x CPNs issued and 66x CPWs issued", "9x White: English/Welsh/..."
  (not question 9's part x), "1 x consuming alcohol in a public place";
- a sentence that opens with the thing counted and ends with a colon leads a list of its kinds, each line a count;
- a number word that opens a sentence is an answer when its sentence is short ("Twelve for Waste. One for
  Nuisance Vehicle": two answers on one line);
- a breakdown inside a sentence: "35 CPNs were issued - 3 were for aggressive begging, 32 for drinking alcohol":
  a figure with no noun of its own, only the reason it was given, counts what the figure before it counts;
- a short form the request defines ("Community Protection Notices (CPNs)") names that subject in the reply.
"""

from __future__ import annotations

from reader import parse_reply
from reader.survey import parse_survey


def figures(text: str, survey) -> list[tuple[str | None, str, float, str | None]]:
    """(question, subject, value, period) of every figure read, in reply order."""
    return [(f.question, f.subject, f.value, f.period) for f in parse_reply(text, survey).facts]


CPNS = parse_survey('''
name = "cpns"
title = "CPNs and CPWs"
[periods]
asked = [{ label = "November 2020 to October 2021", start = 2020-11-01, end = 2021-10-31 },
         { label = "November 2021 to October 2022", start = 2021-11-01, end = 2022-10-31 }]
[subjects.cpns_issued]
synonyms = ["community protection notices?", "cpns?"]
[subjects.cpws_issued]
synonyms = ["community protection warnings?", "cpws?"]
[[questions]]
id = "1a"
text = "Please state the number of Community Protection Notices (CPNs) issued"
subject = "cpns_issued"
measures = ["count"]
periods = ["November 2020 to October 2021", "November 2021 to October 2022"]
[[questions]]
id = "1b"
text = "Please also state the number of Community Protection Warnings (CPWs) issued within these periods."
subject = "cpws_issued"
measures = ["count"]
periods = ["November 2020 to October 2021", "November 2021 to October 2022"]
''')


def test_counts_written_with_a_times_sign():
    # Hastings, FOIR-480723330 (asb-powers/hastings-cpns-pspos-2023)
    text = ("Please accept my apologies for the delay in responding.\n"
            "November 2020 to October 2021 - 33x CPNs issued and 66x CPWs issued.\n"
            "November 2021 to October 2022 - 27x CPNs issued and 52x CPWs issued.\n")
    assert figures(text, CPNS) == [
        ("1a", "cpns_issued", 33.0, "November 2020 to October 2021"),
        ("1b", "cpws_issued", 66.0, "November 2020 to October 2021"),
        ("1a", "cpns_issued", 27.0, "November 2021 to October 2022"),
        ("1b", "cpws_issued", 52.0, "November 2021 to October 2022"),
    ]


def test_times_sign_is_not_a_code_or_a_question_part():
    from reader.scan import find_values
    assert [v.value for v in find_values("1x for aggressive begging", [])] == [1.0]
    assert [v.value for v in find_values("9x CPNs for drinking alcohol", [])] == [9.0]
    # a code or a size keeps its letters: no figure in "a 4x4 vehicle" or "0x1F"
    assert find_values("a 4x4 vehicle", []) == []
    assert find_values("error 0x1F", []) == []


ETHNICITY = parse_survey('''
name = "cots"
title = "Pregnant individuals in temporary accommodation"
[periods]
asked = [{ label = "2023", start = 2023-01-01, end = 2023-12-31 }]
[subjects.pregnant_placed]
synonyms = ["pregnant"]
[subjects.pregnant_by_ethnicity]
synonyms = ["ethnicity", "ethnic groups?"]
[[questions]]
id = "1"
text = "How many individuals were pregnant on the date they were placed in temporary accommodation in 2023?"
subject = "pregnant_placed"
measures = ["count"]
periods = ["2023"]
[[questions]]
id = "2"
text = "Please provide a breakdown by ethnicity of the number of pregnant individuals identified in question one."
subject = "pregnant_by_ethnicity"
measures = ["count"]
periods = ["2023"]
''')


def test_times_sign_list_in_another_topic():
    # Hastings, FOIR-601833688 (temporary-accommodation/hastings-cots-temporary-accommodation-2024): "9x White"
    # was read as question 9's part x, and the list lost
    text = ("1. 19\n"
            "2. We only record ethnicity for the main applicant, of which:\n"
            "9x White: English/Welsh/Scottish/Northern Irish/British\n"
            "2x Mixed/Multiple ethnic groups: White and Black Caribbean\n"
            "1x Any other White background\n"
            "4x Don't know/applicant refused to provide\n")
    got = figures(text, ETHNICITY)
    assert ("1", "pregnant_placed", 19.0, "2023") in got
    assert [(q, s, v) for q, s, v, _ in got if q == "2"] == [
        ("2", "pregnant_by_ethnicity", 9.0), ("2", "pregnant_by_ethnicity", 2.0),
        ("2", "pregnant_by_ethnicity", 1.0), ("2", "pregnant_by_ethnicity", 4.0)]


PSPO = parse_survey('''
name = "pspos"
title = "PSPO fines and prosecutions"
[periods]
asked = [{ label = "since June 2017", start = 2017-06-01, end = 2019-01-31 },
         { label = "2018", start = 2018-01-01, end = 2018-12-31 }]
[subjects.pspos_introduced]
synonyms = ["public spaces? protection orders?", "pspos?"]
[subjects.pspo_fines]
synonyms = ["fixed penalty notices?", "fpns?", "fines?"]
[subjects.pspo_prosecutions]
synonyms = ["prosecutions?", "prosecuted"]
[[questions]]
id = "1"
text = "Have you introduced any Public Spaces Protection Orders since June 2017?"
subject = "pspos_introduced"
measures = ["count"]
periods = ["since June 2017"]
[[questions]]
id = "2a"
text = "How many fines issued for the offence of violating a PSPO in the year 2018?"
subject = "pspo_fines"
measures = ["count"]
periods = ["2018"]
[[questions]]
id = "2b"
text = "How many prosecutions undertaken for the offence of violating a PSPO in the year 2018?"
subject = "pspo_prosecutions"
measures = ["count"]
periods = ["2018"]
''')


def test_list_led_by_a_sentence_naming_the_thing_counted():
    # Canterbury, 'PSPOs and CPNs' (asb-powers/canterbury-pspos-cpns-2019): the lead-in names the fines first
    # and the PSPOs after; every line below is a count of fines
    text = ("Our response:\n"
            "Fixed Penalty Notices have been issued for the following breaches of PSPO's:\n"
            "1 x consuming alcohol in a public place\n"
            "1 x defacing a surface\n"
            "2 x dog off lead\n"
            "6 x swearing or shouting in a public place\n"
            "12 x urinating in public\n")
    assert figures(text, PSPO) == [("2a", "pspo_fines", n, "2018") for n in (1.0, 1.0, 2.0, 6.0, 12.0)]


def test_list_lead_must_open_with_the_thing_counted():
    # a lead-in that opens with something else sets no subject for the list ("Details of the PSPOs ...:")
    text = ("Details of the following PSPO's and fines are below:\n"
            "1 x consuming alcohol in a public place\n")
    assert figures(text, PSPO) == []


COVID = parse_survey('''
name = "cpns-covid"
title = "CPNs and Covid marshals"
[periods]
asked = [{ label = "November 2019-October 2020", start = 2019-11-01, end = 2020-10-31 }]
[subjects.cpns_cpws_issued]
synonyms = ["community protection notices?", "cpns?", "community protection warnings?", "cpws?"]
[[questions]]
id = "1"
text = "Please state the number of Community Protection Notices (CPNs) and Community Protection Warnings (CPWs) issued by your local authority in the period November 2019-October 2020."
subject = "cpns_cpws_issued"
measures = ["count"]
periods = ["November 2019-October 2020"]
''')


def test_number_words_opening_short_sentences_on_one_line():
    # Wokingham, request 13863 (asb-powers/wokingham-cpns-cpws-13863): "One" was read, "Twelve" was not
    text = ("1. Please state the number of Community Protection Notices (CPNs) and Community Protection Warnings "
            "(CPWs) issued by your local authority in the period November 2019-October 2020.\n"
            "Twelve for Waste. One for Nuisance Vehicle\n")
    assert figures(text, COVID) == [("1", "cpns_cpws_issued", 12.0, "November 2019-October 2020"),
                                    ("1", "cpns_cpws_issued", 1.0, "November 2019-October 2020")]


def test_number_word_in_a_long_sentence_is_not_an_answer():
    text = ("1. Please state the number of CPNs issued.\n"
            "Twelve officers from three teams considered the matter over the period in question.\n")
    assert figures(text, COVID) == []


DRAFTED = parse_survey('''
name = "cpns-drafted"
title = "Community Protection Notices"
[subjects.community_protection_notices]
synonyms = ["community[\\\\s-]*protection[\\\\s-]*notices?"]
[subjects.cpns]
synonyms = ["cpns?"]
[subjects.offences]
synonyms = ["begging", "alcohols?"]
[[questions]]
id = "1"
text = "How many Community Protection Notices (CPNs) have been issued by the council? Please break this data down into each activity for which the CPN was issued."
subject = "community_protection_notices"
measures = ["count"]
[[questions]]
id = "2"
text = "How many CPNs were subsequently violated, broken down by activity as above."
subject = "cpns"
measures = ["count"]
[[questions]]
id = "3"
text = "Please state the offences for which fines were issued (for example, begging, alcohol)."
subject = "offences"
measures = ["count"]
''')


def test_breakdown_inside_a_sentence_counts_what_its_total_counts():
    # Hastings, FOIR-428345419 (asb-powers/hastings-community-protection-notices-2022): 3 and 32 were given to
    # question 2 (the "CPNs" in brackets), which asks about violations
    text = ("1. For the calendar year 2021:\n"
            "35 Community Protection Notices (CPNs) were issued - 3 were for aggressive begging, 32 for drinking "
            "alcohol.\n")
    got = [(q, s, v) for q, s, v, _ in figures(text, DRAFTED)]
    assert got == [("1", "community_protection_notices", 35.0), ("1", "community_protection_notices", 3.0),
                   ("1", "community_protection_notices", 32.0)]


def test_second_item_of_a_run_on_list_counts_the_first_items_thing():
    # Hastings, FOIR-589420330 (asb-powers/hastings-asb-powers-enforcement-2024)
    text = "1. 9x CPNs for drinking alcohol in a non drinking area and 2x for litter causing a detriment on private land.\n"
    got = [(q, s, v) for q, s, v, _ in figures(text, DRAFTED)]
    # (the answer to question 1: its figures are question 1's; "alcohol", an offence question 3 names, is why)
    assert got == [("1", "community_protection_notices", 9.0), ("1", "community_protection_notices", 2.0)]


ABBREVIATED = parse_survey('''
name = "cpns-abbreviated"
title = "CPNs"
[subjects.community_protection_notices]
synonyms = ["community[\\\\s-]*protection[\\\\s-]*notices?"]
[subjects.contract_a_private]
synonyms = ["contract[\\\\s-]*a[\\\\s-]*privates?"]
[[questions]]
id = "1"
text = "Please state the number of Community Protection Notices (CPNs) issued by your authority."
subject = "community_protection_notices"
measures = ["count"]
[[questions]]
id = "2"
text = "Please state if you contract a private enforcement company (PEC) for issuing penalties."
subject = "contract_a_private"
measures = ["count"]
''')


def test_short_form_defined_by_the_request_names_its_subject():
    # the short form the request taught is the reply's word for the subject (Hastings, FOIR-480723330)
    subjects = {k for _, _, k in ABBREVIATED.find_subjects("33x CPNs issued. 1 CPN withdrawn.")}
    assert subjects == {"community_protection_notices"}
    # a short form whose letters are not the initials of the words before it teaches nothing: "(PEC)" after
    # "private enforcement company" names no subject of the survey's
    assert ABBREVIATED.find_subjects("the PEC issued 4") == []


# --- outcomes -----------------------------------------------------------------------------------------------

CANTERBURY = parse_survey('''
name = "pspos-canterbury"
title = "PSPOs and CPNs"
[periods]
asked = [{ label = "2018", start = 2018-01-01, end = 2018-12-31 }]
[subjects.cpn_subjects]
synonyms = ["text", "subject"]
[subjects.littering_fines]
synonyms = ["littering"]
[subjects.private_enforcement]
synonyms = ["private company"]
[subjects.fly_posting_fines]
synonyms = ["fly posting"]
[[questions]]
id = "4"
text = "Where possible, please can you provide the text/subject of these CPNs?"
subject = "cpn_subjects"
measures = ["count"]
[[questions]]
id = "5"
text = "How many fines were issued by your authority for the offence of littering in the year 2018?"
subject = "littering_fines"
measures = ["count"]
periods = ["2018"]
[[questions]]
id = "6"
text = "Do you contract a private company for the issuing of fines for PSPOs or littering. If so, please state the company and the contract arrangements."
subject = "private_enforcement"
measures = ["count"]
[[questions]]
id = "7"
text = "How many fines/warnings were issued for fly posting in 2018?"
subject = "fly_posting_fines"
measures = ["count"]
periods = ["2018"]
''')


def test_blank_answer_under_a_heading_is_no_answer():
    # Canterbury, 'PSPOs and CPNs' (asb-powers/canterbury-pspos-cpns-2019): "Our response:" with nothing under
    # it before the next "Question N" heading answers nothing; "Question 7" over "a. How many ..." heads question
    # 7 (not a part "7a" the survey lacks), so question 6's passage ends there
    text = ("Question 4\nWhere possible, please can you provide the text/subject of these CPNs?\nOur response:\n"
            "We are unable to provide this information\n"
            "Question 5\nHow many fines were issued by your authority for the offence of littering in the year 2018?\n"
            "Our response:\n"
            "Question 6\nDo you contract a private company for the issuing of fines for PSPOs or littering. If so, "
            "please state the company and the contract arrangements.\nOur response:\n"
            "Question 7\na. How many fines/warnings were issued for fly posting in 2018?\n"
            "b. Were any of these issued to political/charitable/religious/community groups?\n"
            "Our response:\na. 10 fines/warnings were issued for fly posting in 2018\n")
    said = {q.question: q.outcome for q in parse_reply(text, CANTERBURY).questions}
    assert "5" not in said and "6" not in said
    assert said["7"] == "successful"


DEVON = parse_survey('''
name = "pspos-devon"
title = "PSPOs"
[periods]
asked = [{ label = "2017", start = 2017-01-01, end = 2017-12-31 }]
[subjects.pspo_fines]
synonyms = ["fines?"]
[[questions]]
id = "2a"
text = "For the fines issued in 2017, a breakdown by the PSPO they were linked to."
subject = "pspo_fines"
measures = ["count"]
periods = ["2017"]
''')


def test_request_example_quoted_in_the_reply_gives_no_figure():
    # Devon (asb-powers/devon-public-space-protection-order-2018): the request's own template, restated in the
    # reply, is no figure; the council holds none of it
    text = ("2a. For the fines issued in 2017 and Jan 1st-May 3rd 2018, please break these down according to which "
            "PSPO they were linked to. ie: '10 fines relating to PSPO x' and '8 fines relating to PSPO y' etc.\n\n"
            "Public Space Protection Orders are issued by district, unitary or city councils and Devon County "
            "Council therefore does not hold this information.\n")
    reply = parse_reply(text, DEVON)
    assert reply.facts == []
    assert reply.outcome == "not_held"


def test_request_clause_before_please_is_asking():
    from reader.asking import asking_spans
    line = "For the fines issued in 2017, please break these down by order. ie: '10 fines relating to PSPO x'"
    assert [line[a:b].strip() for a, b in asking_spans(line)] == [
        "For the fines issued in 2017, please break these down by order.", "ie: '10 fines relating to PSPO x'"]
    # a council's own "For more information, please see ..." asks nothing
    assert asking_spans("For more information, please see our website. We issued 12.") == []


NORTHUMBRIA = parse_survey('''
name = "cpns-police"
title = "Community Protection Notices"
[subjects.cpns]
synonyms = ["community protection notices?", "cpns?"]
[subjects.cpns_violated]
synonyms = ["violated"]
[subjects.action_taken]
synonyms = ["action"]
[[questions]]
id = "1"
text = "How many Community Protection Notices (CPNs) have been issued by your police force?"
subject = "cpns"
measures = ["count"]
[[questions]]
id = "2"
text = "How many CPNs were subsequently violated, broken down by activity as above."
subject = "cpns_violated"
measures = ["count"]
[[questions]]
id = "3"
text = "What action was taken as a result of this violation, broken down by activity."
subject = "action_taken"
measures = ["count"]
''')


def test_cost_limit_in_hours_with_its_section_cut_off():
    # Northumbria Police, 865/22 (asb-powers/northumbria-police-community-protection-notices-865-22): the stored
    # page ends at "as such Se[ction 12]"; the 18 hours it names are the cost limit, and the time it "would add"
    # for points 2 and 3 refuses them too
    text = ("In Response:\n\n"
            "Following receipt of your request, searches were conducted within Northumbria Police. I can confirm that "
            "the information you have requested is held in part by Northumbria Police however cannot be disclosed "
            "for the following reasons.\n\n"
            "The information requested is not held centrally, nor it is held in a format that would allow its "
            "extraction from systems within the permitted 18 hour threshold. Each Neighbourhood Policing Team keep "
            "their own paper based records of such instances. These would all need to be located to establish a "
            "response at point 1 alone and this exercise has been estimated as exceeding the permitted 18 hours. "
            "Further time would then be required to review those records to provide a response to points 2 and 3, "
            "which would add considerably more time to this estimate and as such Se")
    reply = parse_reply(text, NORTHUMBRIA)
    assert reply.exemptions == ["s12"]
    assert reply.outcome == "rejected"
    assert {q.question: q.outcome for q in reply.questions} == {"1": "rejected", "2": "rejected", "3": "rejected"}


def test_hours_that_are_not_the_cost_limit():
    from reader.classify import find_exemptions
    # a service running 24 hours a day names no limit
    assert find_exemptions("The cameras are monitored 24 hours 7 days a week throughout the year.")[0] == []


WOKINGHAM = parse_survey('''
name = "cpns-covid-wardens"
title = "CPNs, PSPO fines and Covid marshals"
[subjects.pspo_fpns]
synonyms = ["fixed penalty notices?", "fpns?"]
[subjects.covid_business_fines]
synonyms = ["fixed penalty fines"]
[subjects.covid_marshals]
synonyms = ["marshals?", "wardens?"]
[subjects.marshal_source]
synonyms = ["private compan(?:y|ies)"]
[[questions]]
id = "2"
text = "The number of Fixed Penalty Notices (FPNs) issued for the violation of Public Spaces Protection Orders in the year 2020."
subject = "pspo_fpns"
measures = ["count"]
[[questions]]
id = "3"
text = "Whether any fixed penalty fines were issued to businesses for non-compliance with coronavirus regulations; the offences and the number and value of penalties."
subject = "covid_business_fines"
measures = ["count"]
[[questions]]
id = "4a"
text = "The number of Covid marshals or wardens employed."
subject = "covid_marshals"
measures = ["count"]
[[questions]]
id = "4b"
text = "Whether the wardens were recruited from local authority staff or from private companies."
subject = "marshal_source"
measures = ["count"]
''')


def test_question_restated_with_nothing_under_it_is_skipped():
    # Wokingham, request 13863 (asb-powers/wokingham-cpns-cpws-13863): question 3 is restated in the requester's
    # words ("Please state whether ... If so, please state ...") and left without an answer, between answered
    # questions (4's answers stand under its letters): the reply is partly successful
    text = ("2. Please state the number of Fixed Penalty Notices (FPNs) issued by your authority for the violation of "
            "Public Spaces Protection Orders (PSPOs) in the year 2020. Please give the offences for which these FPNs "
            "were issued.\nNone.\n\n"
            "3. Please state whether your local authority has issued any fixed penalty fines to businesses for "
            "non-compliance with coronavirus regulations. If so, please state the offence(s) and the number and "
            "value of penalties issued.\n\n"
            "4. Please state if your local authority has employed Covid Marshals/Wardens for encouraging compliance "
            "with social distancing/lockdown regulations. If so, please state:\n"
            "a) the number of these wardens;\nFour Covid Support Marshals.\n"
            "b) whether they were recruited from local authority staff or from private companies;\nPrivate company.\n")
    reply = parse_reply(text, WOKINGHAM)
    said = {q.question: q.outcome for q in reply.questions}
    assert "3" not in said
    assert said["2"] == "successful" and said["4a"] == "successful"
    assert reply.outcome == "partially_successful"


def test_part_of_the_figures_before_counts_what_its_sentence_names():
    # Eden, 05910 (asb-powers/eden-pspos-cpns-05910): "1 of these" is one of the fines, and what the sentence says
    # of it (being prosecuted) is what it counts
    text = ("2. Dog Not on a Lead = 2 Fixed Penalty Notices issued Dog Exclusion = 1 Fixed Penalty Notice issued Dog "
            "Fouling = 2 Fixed Penalty Notices issued. 1 of these is unpaid so they are being prosecuted.\n")
    got = [(q, s, v) for q, s, v, _ in figures(text, PSPO)]
    assert got == [("2a", "pspo_fines", 2.0), ("2a", "pspo_fines", 1.0), ("2a", "pspo_fines", 2.0),
                   ("2b", "pspo_prosecutions", 1.0)]


HASTINGS_2024 = parse_survey('''
name = "asb-powers-2024"
title = "ASB powers and enforcement"
[subjects.cpns_issued]
synonyms = ["community protection notices?", "cpns?"]
[subjects.cpws_issued]
synonyms = ["community protection warnings?", "cpws?"]
[subjects.cpn_fpns]
synonyms = ["breach of cpns?"]
[[questions]]
id = "1a"
text = "The number of Community Protection Notices (CPNs) issued in the period November 2022-October 2023."
subject = "cpns_issued"
measures = ["count"]
[[questions]]
id = "1b"
text = "The number of Community Protection Warnings (CPWs) issued within this period."
subject = "cpws_issued"
measures = ["count"]
[[questions]]
id = "3"
text = "The number of fixed penalty notices issued for the offence of breach of CPN."
subject = "cpn_fpns"
measures = ["count"]
''')


def test_part_the_answer_under_the_shared_number_passes_over():
    # Hastings, FOIR-589420330 (asb-powers/hastings-asb-powers-enforcement-2024): question 1 asks for CPNs and
    # CPWs; the answer under "1." counts CPNs only, the warnings are never mentioned: partly successful
    text = ("Response\n"
            "1. 9x CPNs for drinking alcohol in a non drinking area and 2x for litter causing a detriment on private "
            "land.\n"
            "3. Nil\n")
    reply = parse_reply(text, HASTINGS_2024)
    assert [(f.question, f.value) for f in reply.facts if f.question == "1a"] == [("1a", 9.0), ("1a", 2.0)]
    assert "1b" not in {q.question for q in reply.questions}
    assert reply.outcome == "partially_successful"


def test_none_under_the_shared_number_answers_every_part():
    # "None" under the number the parts share answers them all (Charnwood FOI 4261, allotments): still successful
    text = "Response\n1. None\n3. Nil\n"
    assert parse_reply(text, HASTINGS_2024).outcome == "successful"


SUBJECTS_2023 = parse_survey('''
name = "cpns-subjects"
title = "CPNs and their subjects"
[periods]
asked = [{ label = "November 2020 to October 2021", start = 2020-11-01, end = 2021-10-31 }]
[subjects.cpns_issued]
synonyms = ["community protection notices?", "cpns?"]
[subjects.cpn_subjects]
synonyms = ["subject", "litter", "waste", "asb"]
[subjects.pspo_offences]
synonyms = ["begging", "alcohol"]
[[questions]]
id = "2"
text = "If possible, please state the subject of these CPNs (for example, litter, waste, ASB)."
subject = "cpn_subjects"
measures = ["count"]
[[questions]]
id = "5"
text = "The offences for which FPNs for violating a PSPO were issued (for example, begging, alcohol)."
subject = "pspo_offences"
measures = ["count"]
''')


def test_list_of_figures_and_reasons_counts_what_its_first_item_counts():
    # Hastings, FOIR-480723330 (asb-powers/hastings-cpns-pspos-2023): the three lines are one list of CPNs by
    # reason; "begging" and "alcohol" in the later items are why, not question 5's offences
    text = ("In the period November 2020 to October 2021:\n"
            "1x for litter in garden causing a detriment.\n"
            "1x for aggressive begging by standing or waiting around cash machines and shop entrances.\n"
            "32x for consuming alcohol within a restricted area and causing harassment, alarm, distress.\n")
    got = [(q, s, v) for q, s, v, _ in figures(text, SUBJECTS_2023)]
    assert got == [("2", "cpn_subjects", 1.0), ("2", "cpn_subjects", 1.0), ("2", "cpn_subjects", 32.0)]


PSPO_DRAFTED = parse_survey('''
name = "pspos-drafted"
title = "PSPOs and fines"
[periods]
asked = [{ label = "since June 2017", start = 2017-06-01, end = 2019-01-31 },
         { label = "2018", start = 2018-01-01, end = 2018-12-31 }]
[subjects.introduced_public]
synonyms = ["public[\\\\s-]*spaces?[\\\\s-]*protection[\\\\s-]*orders?", "pspos?"]
[subjects.fines_and_prosecutions]
synonyms = ["fines[\\\\s-]*and[\\\\s-]*prosecutions?", "fines?", "prosecutions?"]
[[questions]]
id = "1"
text = "Whether you have introduced any Public Spaces Protection Orders since June 2017."
subject = "introduced_public"
measures = ["count"]
periods = ["since June 2017"]
[[questions]]
id = "2"
text = "Please provide the number of fines and prosecutions issued for the offence of violation of a PSPO, in the year 2018."
subject = "fines_and_prosecutions"
measures = ["count"]
periods = ["2018"]
''')


def test_list_lead_naming_what_its_items_are_of():
    # Canterbury, 'PSPOs and CPNs' read with the drafted survey, which does not know "Fixed Penalty Notices":
    # "the following breaches of PSPO's" names what the items are breaches of, not what they count; the items
    # answer the question whose heading they stand under
    text = ("Question 2\n"
            "a. How many fines and prosecutions issued or undertaken for the offence of violating a PSPO in the year "
            "2018?\n"
            "Our response:\n"
            "Fixed Penalty Notices have been issued for the following breaches of PSPO's:\n"
            "2 x dog off lead\n"
            "12 x urinating in public\n")
    got = [(q, s, v) for q, s, v, _ in figures(text, PSPO_DRAFTED)]
    assert got == [("2", "fines_and_prosecutions", 2.0), ("2", "fines_and_prosecutions", 12.0)]


def test_list_lead_naming_what_it_counts_after_the_following():
    text = ("We issued the following fines:\n"
            "2 x dog off lead\n")
    assert [(q, s, v) for q, s, v, _ in figures(text, PSPO_DRAFTED)] == [("2", "fines_and_prosecutions", 2.0)]


def test_cost_limit_in_hours_alone_is_read():
    # the hours alone, with no "limit", "compliance" or "would" anywhere in the text (the s12 phrases are only
    # searched in texts holding one of their words: "hour" is one)
    from reader.classify import find_exemptions
    mentions, _ = find_exemptions("This exercise has been estimated as exceeding the permitted 18 hours.")
    assert {m.code for m in mentions} == {"s12"}


DEVON_ALL = parse_survey('''
name = "pspos-devon-all"
title = "PSPOs"
[subjects.pspos]
synonyms = ["public spaces? protection orders?", "pspos?"]
[subjects.consultations]
synonyms = ["consultations?"]
[[questions]]
id = "1"
text = "How many Public Spaces Protection Orders did the council implement in 2014-2018?"
subject = "pspos"
measures = ["count"]
[[questions]]
id = "3"
text = "Are there any consultations currently open for new PSPOs? If so, how many and a link to the consultations."
subject = "consultations"
measures = ["count"]
''')


def test_follow_on_question_run_on_after_the_question_mark_is_no_answer():
    # Devon (asb-powers/devon-public-space-protection-order-2018): "If so, how many and please provide a link ..."
    # after the "?" is the request's follow-on, not the council's answer; what the council says below it (does not
    # hold this information) holds for every question
    text = ("1. How many Public Spaces Protection Orders did the council implement in 2014, 2015, 2016, 2017 and "
            "between Jan 1st and May 3rd in 2018?\n\n"
            "3. Are there any consultations currently open (or recently closed and still under consideration) for "
            "new PSPOs? If so, how many and please provide a link to the consultations.\n\n"
            "Public Space Protection Orders are issued by district, unitary or city councils and Devon County Council "
            "therefore does not hold this information.\n")
    reply = parse_reply(text, DEVON_ALL)
    assert reply.outcome == "not_held"
    assert {q.question: q.outcome for q in reply.questions}.get("3") == "not_held"


def test_answer_after_the_requests_words_on_its_line_is_kept():
    # Thurrock (agency-staff/thurrock-childrens-agency-social-work-teams-2022): "... Please provide details as a
    # year-on-year breakdown. No": the "No" left over is the council's answer
    from reader.question_words import _all_asking
    assert not _all_asking("Please provide details as a year-on-year breakdown. No")
    assert _all_asking("If so, how many and please provide a link to the consultations.")


def test_value_of_a_label_after_an_equals_sign_counts_for_the_question():
    # Eden, 05910 with the drafted survey, which has no words for "Fixed Penalty Notices": each "Label = N ..." is
    # the value of its label under question 2's number, though a noun of its own follows the figure
    text = ("2. Dog Not on a Lead = 2 Fixed Penalty Notices issued Dog Exclusion = 1 Fixed Penalty Notice issued Dog "
            "Fouling = 2 Fixed Penalty Notices issued.\n")
    got = [(q, s, v) for q, s, v, _ in figures(text, PSPO_DRAFTED)]
    assert got == [("2", "fines_and_prosecutions", 2.0), ("2", "fines_and_prosecutions", 1.0),
                   ("2", "fines_and_prosecutions", 2.0)]


def test_figure_with_a_noun_of_its_own_in_prose_stays_out():
    # without the "=", "There are 4 locations in the borough" counts locations, not the question's thing
    text = "2. There are 4 locations in the borough where the orders apply, as the council's website explains.\n"
    assert figures(text, PSPO_DRAFTED) == []


WOKINGHAM_RAW = parse_survey('''
name = "cpns-covid-wardens-raw"
title = "CPNs, PSPO fines and Covid marshals"
[subjects.fixed_penalty_notices]
synonyms = ["fixed[\\\\s-]*penalty[\\\\s-]*notices?"]
[subjects.penalties]
synonyms = ["penalt(?:y|ies)"]
[subjects.wardens]
synonyms = ["wardens?"]
[[questions]]
id = "2"
text = "Please state the number of Fixed Penalty Notices (FPNs) issued by your authority for the violation of Public Spaces Protection Orders (PSPOs) in the year 2020."
subject = "fixed_penalty_notices"
measures = ["count"]
[[questions]]
id = "3"
text = "Please state whether your local authority has issued any fixed penalty fines to businesses for non-compliance with coronavirus regulations. If so, please state the offence(s) and the number and value of penalties issued."
subject = "penalties"
measures = ["count"]
[[questions]]
id = "5"
text = "Please state if your local authority has a Street Warden or Neighbourhood Warden scheme. If so, please state the number of wardens employed."
subject = "wardens"
measures = ["count"]
''')


def test_next_question_restated_under_an_unread_number_is_no_answer():
    # Wokingham 13863 with the raw draft (no question 4 parts): "4. Please state if ... Covid Marshals/Wardens ...
    # If so, please state:" names question 5's wardens, so its number is not read as a question's; it is still the
    # requester's words, not an answer to question 3 above it
    text = ("2. Please state the number of Fixed Penalty Notices (FPNs) issued by your authority for the violation of "
            "Public Spaces Protection Orders (PSPOs) in the year 2020.\nNone.\n\n"
            "3. Please state whether your local authority has issued any fixed penalty fines to businesses for "
            "non-compliance with coronavirus regulations. If so, please state the offence(s) and the number and "
            "value of penalties issued.\n\n"
            "4. Please state if your local authority has employed Covid Marshals/Wardens for encouraging compliance "
            "with social distancing/lockdown regulations. If so, please state:\n"
            "a) the number of these wardens;\nFour Covid Support Marshals.\n")
    said = {q.question: q.outcome for q in parse_reply(text, WOKINGHAM_RAW).questions}
    assert "3" not in said


REASONS = parse_survey('''
name = "cpns-reasons"
title = "CPNs and their reasons"
[subjects.cpns_issued]
synonyms = ["community protection notices?", "cpns?", "issued"]
[subjects.cpn_reasons]
synonyms = ["reasons?"]
[[questions]]
id = "1"
text = "The number of CPNs that were issued by your council in the year between July 1, 2017 and June 30, 2018."
subject = "cpns_issued"
measures = ["count"]
[[questions]]
id = "2"
text = "Please provide the reason why the CPN was issued in each instance."
subject = "cpn_reasons"
measures = ["count"]
''')


def test_reasons_given_in_a_clause_answer_the_question_asking_why():
    # Hastings, FOI-81204326 (asb-powers/hastings-community-protection-notices-2018)
    text = ("Hastings Borough Council's Waste team have issued 2 in the timeframe, both were for land being defaced "
            "by litter, refuse or other waste so as to be detrimental to the amenity of the locality.\n")
    said = {q.question: q.outcome for q in parse_reply(text, REASONS).questions}
    assert said == {"1": "successful", "2": "successful"}
    # "for example" is the request's, not a reason given
    text = "We issued 2 in the timeframe. Details of all were for example held on paper.\n"
    assert "2" not in {q.question for q in parse_reply(text, REASONS).questions}
