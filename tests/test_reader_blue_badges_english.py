"""Council English the held-out topic blue-badges showed the reader missing (issue 13), each written as a general
rule about how councils write and tested on quoted real text (the reply each quote comes from is named).

- a request's item restated as a noun phrase ("-The number of ... issued by your authority (including ...)"), too
  long for a heading and asking nothing in words, heads the figures listed under it, as a restated question does;
- another named body deals with it ("This is dealt with by Derbyshire County Council"), or the thing asked about is
  not done ("Fines are not issued for the misuse of ..."): not held;
- a log page's "Decision" heading ends the request it restates; a code's number ("contravention code 40") is no figure;
- a table copied one cell to a line (its periods, its column labels, then its figures row by row): the figures
  are dealt out over the periods in order, a column labelled with no subject asked beside the question's own is not
  the question's, and lines of words among the figures are notes ("(of which 21 were Organisation Badges)");
- a part's letter alone on its line ("c)") opens that part's answer; letters under no number answer the survey's
  only question with lettered parts; a number no question of the survey has ("2 Where evidence not received)") is a
  count, not a question's number;
- a figure followed by a noun of its own is still the question's when that noun is one of the question's words
  ("1. There are 139 disabled spaces ..." answering "How many designated disabled parking bays ...?");
- "Number of affected streets: 81" under a question about bays counts something else (no word of the question);
  a length or an area ("Total restrictions length (in metres): 22412") is no figure a survey measures;
- a count "as of 02/07/2019" / "As at the 31 March 2025" is held at that day (start and end the day);
- a count a question asks "at the end of each period" is held on each period's last day;
- the requester's own sentence run on after a restated question ("...? These offences might include but are not
  limited to ...") is not the council's answer;
- a figure, its own noun, then "of" and the thing counted ("7 allegations of Blue Badge Fraud") counts that thing;
"""

from __future__ import annotations

from reader import parse_reply
from reader.survey import parse_survey


def figures(text: str, survey) -> list[tuple[str | None, str, float, str | None]]:
    """(question, subject, value, period) of every figure read, in reply order."""
    return [(f.question, f.subject, f.value, f.period) for f in parse_reply(text, survey).facts]


def statuses(text: str, survey) -> dict[str, str]:
    return {q.question: q.outcome for q in parse_reply(text, survey).questions}


_YEARS = ", ".join(f'{{ label = "{y}", start = {y}-01-01, end = {y}-12-31 }}' for y in range(2021, 2026))
MISUSE = parse_survey(f'''
name = "misuse"
title = "Misuse reports, PCNs and badges seized"
[periods]
asked = [{_YEARS}]
[subjects.misuse_reports]
synonyms = ["reports of suspected blue badge misuse", "misuse reports?"]
[subjects.blue_badge_pcns]
synonyms = ["penalty charge notices?", "pcns?"]
[subjects.badges_seized]
synonyms = ["badges seized"]
[[questions]]
id = "1"
text = "The number of reports of suspected Blue Badge misuse received from the public or third parties"
subject = "misuse_reports"
measures = ["count"]
periods = ["2021", "2022", "2023", "2024", "2025"]
[[questions]]
id = "2"
text = "The number of Blue Badge-related Penalty Charge Notices (PCNs) issued by your authority (including offences for misuse of a Blue Badge, parking in disabled bays without a valid badge, expired badges, etc.)"
subject = "blue_badge_pcns"
measures = ["count"]
periods = ["2021", "2022", "2023", "2024", "2025"]
[[questions]]
id = "3"
text = "The number of badges seized by enforcement officers"
subject = "badges_seized"
measures = ["count"]
periods = ["2021", "2022", "2023", "2024", "2025"]
''')


def test_a_restated_noun_phrase_item_heads_the_years_under_it():
    # Tunbridge Wells, FOI2026/00246 (blue-badges/tunbridge-wells-blue-badges-2026)
    text = ("Response\n\n"
            "For the past five full calendar years (2021, 2022, 2023, 2024 and 2025), please provide:\n"
            "-The number of reports of suspected Blue Badge misuse received from the public or third parties\n\n"
            "Information not held. Please contact Kent County Council for this information.\n\n\n"
            "-The number of Blue Badge-related Penalty Charge Notices (PCNs) issued by your authority (including "
            "offences for misuse of a Blue Badge, parking in disabled bays without a valid badge, expired badges, "
            "etc.)\n\n"
            "2021: 424\n\n2022: 580\n\n2023: 621\n\n2024: 640\n\n2025: 806\n")
    assert figures(text, MISUSE) == [("2", "blue_badge_pcns", v, str(y))
                                     for y, v in zip(range(2021, 2026), (424.0, 580.0, 621.0, 640.0, 806.0))]


def test_a_restated_item_without_its_dash():
    # South Derbyshire, FOI2026/00186 (blue-badges/south-derbyshire-blue-badges-2026)
    text = ("Response\n"
            "The number of Blue Badge-related Penalty Charge Notices (PCNs) issued by your authority (including "
            "offences for misuse of a Blue Badge, parking in disabled bays without a valid badge, expired badges, "
            "etc.)\n"
            "2021 – 37\n2022 – 52\n2023 – 47\n2024 – 119\n2025 - 63\n")
    assert [f[2] for f in figures(text, MISUSE)] == [37.0, 52.0, 47.0, 119.0, 63.0]


def test_another_body_deals_with_it_is_not_held():
    # South Derbyshire, FOI2026/00186 (blue-badges/south-derbyshire-blue-badges-2026)
    text = ("Response\n"
            "The number of reports of suspected Blue Badge misuse received from the public or third parties\n"
            "· This is dealt with by Derbyshire County Council\n"
            "The number of Blue Badge-related Penalty Charge Notices (PCNs) issued by your authority (including "
            "offences for misuse of a Blue Badge, parking in disabled bays without a valid badge, expired badges, "
            "etc.)\n"
            "2021 – 37\n2022 – 52\n2023 – 47\n2024 – 119\n2025 - 63\n"
            "The number of badges seized by enforcement officers\n"
            "· This is dealt with by Derbyshire County Council\n")
    assert statuses(text, MISUSE) == {"1": "not_held", "2": "successful", "3": "not_held"}
    assert parse_reply(text, MISUSE).outcome == "partially_successful"


SPACES = parse_survey('''
name = "spaces"
title = "Blue Badge parking spaces"
[periods]
asked = [{ label = "2019", start = 2019-01-01, end = 2019-12-31 }]
[subjects.parking_spaces]
synonyms = ["blue badge parking spaces", "disabled parking (?:spaces|bays)"]
[subjects.badge_holders]
synonyms = ["blue badge holders"]
[subjects.drivers_fined]
synonyms = ["drivers who have received a fine", "fines?"]
[[questions]]
id = "2"
text = "The current number of dedicated Blue Badge parking spaces in your local authority area"
subject = "parking_spaces"
measures = ["count"]
[[questions]]
id = "3"
text = "The current number of Blue Badge holders registered in your local authority area"
subject = "badge_holders"
measures = ["count"]
[[questions]]
id = "4"
text = "The number of drivers who have received a fine for misusing a disabled parking bay in your local authority area (broken down by month for the years 2016, 2017, 2018 and 2019 to date)"
subject = "drivers_fined"
measures = ["count"]
periods = ["2019"]
''')


def test_what_is_asked_about_does_not_happen_and_a_code_counts_nothing():
    # Devon (blue-badges/devon-blue-badge-parking-spaces-2019)
    text = ("3) The current number of Blue Badge holders registered in your local authority area\n\n"
            "38991 ( as of 02/07/2019)\n\n"
            "4) The number of drivers who have received a fine for misusing a disabled parking bay in your local "
            "authority area (broken down by month for the years 2016, 2017, 2018 and 2019 to date)\n\n"
            "Fines are not issued for the misuse of disabled parking bays. Penalty Charge Notice (PCN) contravention "
            "code 40 is used when a car is \u2018parked in a designated disabled person\u2019s parking place without "
            "displaying a valid disabled person\u2019s badge\u2019. More general information about that is available "
            "online.\n")
    reply = parse_reply(text, SPACES)
    assert [f.value for f in reply.facts] == [38991.0]
    assert {q.question: q.outcome for q in reply.questions}["4"] == "not_held"


def test_codes_named_are_not_counts():
    # Lincolnshire, 81015 (blue-badges/lincolnshire-blue-badge-holders-parking-81015)
    text = ("3. Information is held on LCC website \u2013 You can filter contravention Code 40 and Code 87\n")
    assert figures(text, SPACES) == []


def test_a_decision_heading_ends_the_request_a_log_page_restates():
    # Lincolnshire, 67258 (blue-badges/lincolnshire-blue-badge-parking-spaces-67258)
    text = ("Request\n\n"
            "2. The current number of dedicated Blue Badge parking spaces in your local authority area\n\n \n\n"
            "3. The current number of Blue Badge holders registered in your local authority area\n\n \n\n"
            "If limited by time constraints, please prioritise in order of Q1, Q2, Q3, etc.\n\n"
            "Decision\n\n"
            "2. This information is not held by LCC. Please contact the district councils for this information.\n\n \n\n"
            "3. 45,000\n\n \n\n"
            "Please see the district council's contact details below;\n")
    reply = parse_reply(text, SPACES)
    assert reply.kind == "response"
    assert [(f.question, f.value) for f in reply.facts] == [("3", 45000.0)]
    assert {q.question: q.outcome for q in reply.questions} == {"2": "not_held", "3": "successful"}


APPLICATIONS = parse_survey('''
name = "applications"
title = "Applications"
[periods]
asked = [{ label = "2015-16", start = 2015-04-01, end = 2016-03-31 },
         { label = "2016-17", start = 2016-04-01, end = 2017-03-31 }]
[subjects.applications_received]
synonyms = ["applications (?:were )?received"]
[subjects.applications_successful]
synonyms = ["successful", "applications (?:were )?successful"]
[subjects.badge_holders]
synonyms = ["blue badge holders", "holders", "registered"]
[[questions]]
id = "1a"
text = "a. How many blue badge applications were received?"
subject = "applications_received"
measures = ["count"]
periods = ["2015-16", "2016-17"]
[[questions]]
id = "1b"
text = "b. How many of these applications were successful?"
subject = "applications_successful"
measures = ["count"]
periods = ["2015-16", "2016-17"]
[[questions]]
id = "1c"
text = "c. At the end of each period, how many blue badge holders were registered under your authority?"
subject = "badge_holders"
measures = ["count"]
periods = ["2015-16", "2016-17"]
''')


def test_a_table_copied_one_cell_to_a_line():
    # Thurrock (blue-badges/thurrock-blue-badges-2019), two years of its three tables
    text = ("Response: \n\na)\n\n2015-16\n\n2016-17\n\nTotal Badges Issued\n\nTotal Applications Received\n\n"
            "= (Total Badges Issued + including refused\n\n(see sec b below)\n\n1746\n\n1755\n\n2459\n\n2464\n\n"
            "b)\n\n2015-16\n\n2016-17\n\nSuccessful Applications\n\nTotal Badges Issued\n\n"
            "(Badges Refused By Reason)\n\n1746\n\n(Unsuccessful = 9\n\n1 did not meet criteria\n\n"
            "8 where evidence not received)\n\n2459\n\n(Unsuccessful = 5\n\n5 where evidence not received)\n\n"
            "c)\n\n2015-16\n\n2016-17\n\nBadges Registered\n\n(Total Badges on Issue)\n\n4976\n\n"
            "(of which 21 were Organisation Badges)\n\n5939\n\n(of which 46 were Organisation Badges)\n\n")
    assert figures(text, APPLICATIONS) == [
        ("1a", "applications_received", 1755.0, "2015-16"), ("1a", "applications_received", 2464.0, "2016-17"),
        ("1b", "applications_successful", 1746.0, "2015-16"), ("1b", "applications_successful", 2459.0, "2016-17"),
        ("1c", "badge_holders", 4976.0, "2015-16"), ("1c", "badge_holders", 5939.0, "2016-17")]


def test_years_each_on_a_line_over_one_figure_each():
    # the same layout with one column (made up from Thurrock's c) table): one figure per year, in order
    text = "c)\n2015-16\n2016-17\nBadges Registered\n4976\n5939\n"
    assert figures(text, APPLICATIONS) == [("1c", "badge_holders", 4976.0, "2015-16"),
                                           ("1c", "badge_holders", 5939.0, "2016-17")]


def test_letters_alone_on_their_lines_under_no_number():
    # Thurrock (blue-badges/thurrock-blue-badges-2019): the request letters a)-e) under no number; the answer to b)
    # ends in reasons counted "1 Did not meet the criteria" / "2 Where evidence not received)", then "c)"
    text = ("b)\n\n2017-18\n\n2018-19\n\nSuccessful Applications\n\n2768\n\n(Unsuccessful = 4\n\n"
            "1 where payment not received\n\n1 did not meet criteria\n\n2 where evidence not received)\n\n3035\n\n"
            "(Unsuccessful = 6\n\n1 Did not meet the criteria \n\n3 duplicate application\n\n"
            "2 Where evidence not received)\n\n"
            "c)\n\n2017-18\n\n2018-19\n\nBadges Registered\n\n6817\n\n7996\n")
    assert figures(text, APPLICATIONS) == [
        ("1b", "applications_successful", 2768.0, "2017-18"), ("1b", "applications_successful", 3035.0, "2018-19"),
        ("1c", "badge_holders", 6817.0, "2017-18"), ("1c", "badge_holders", 7996.0, "2018-19")]


def test_the_first_letter_under_no_number():
    # Thurrock (blue-badges/thurrock-blue-badges-2019): "Response:" then "a)" alone, the years, a label that names
    # nothing the survey lists, and the figures
    text = "Response: \n\na)\n\n2015-16\n\n2016-17\n\nTotal\n\n1755\n\n2464\n"
    assert figures(text, APPLICATIONS) == [("1a", "applications_received", 1755.0, "2015-16"),
                                           ("1a", "applications_received", 2464.0, "2016-17")]


def test_the_column_labelled_in_the_questions_own_words():
    # Thurrock's a) table read with a survey whose subject names neither column ("blue badge applications"):
    # "Total Applications Received" is in the words of "How many blue badge applications were received?",
    # "Total Badges Issued" is not
    survey = parse_survey('''
name = "drafted"
title = "Applications"
[subjects.blue_badge_applications]
synonyms = ["blue[\\\\s-]*badge[\\\\s-]*applications?"]
[subjects.prosecutions]
synonyms = ["prosecutions?"]
[[questions]]
id = "1a"
text = "How many blue badge applications were received?"
subject = "blue_badge_applications"
measures = ["count"]
[[questions]]
id = "1e"
text = "How many prosecutions have taken place for misuse of a blue badge?"
subject = "prosecutions"
measures = ["count"]
''')
    text = ("a)\n\n2015-16\n\n2016-17\n\nTotal Badges Issued\n\nTotal Applications Received\n\n"
            "= (Total Badges Issued + including refused\n\n(see sec b below)\n\n1746\n\n1755\n\n2459\n\n2464\n")
    assert figures(text, survey) == [("1a", "blue_badge_applications", 1755.0, "2015-16"),
                                     ("1a", "blue_badge_applications", 2464.0, "2016-17")]


def test_a_noun_after_the_figure_in_the_questions_own_words():
    # Moray, 101003739662 (blue-badges/moray-blue-badge-parking-2025), read with the draft's subject
    survey = parse_survey('''
name = "bays"
title = "Bays"
[subjects.designated_disabled_parking_bays]
synonyms = ["designated disabled parking bays?", "parking bays?"]
[subjects.cameras]
synonyms = ["cameras?"]
[[questions]]
id = "1"
text = "How many designated disabled parking bays are currently available within your council area?"
subject = "designated_disabled_parking_bays"
measures = ["count"]
[[questions]]
id = "2"
text = "How many cameras are there?"
subject = "cameras"
measures = ["count"]
''')
    text = ("Response 02-04-2025\n\n1. There are 139 disabled spaces in the off-street car parks governed by car park "
            "order.\n\n2. There are 4 locations in the borough where the council monitors traffic.\n")
    assert figures(text, survey) == [("1", "designated_disabled_parking_bays", 139.0, None)]


def test_a_figure_its_noun_and_what_it_is_of():
    # Thurrock (blue-badges/thurrock-blue-badges-2019): d) not held for the years asked, one figure since
    text = ("Response:\n\nd) Unfortunately Thurrock Council are unable to provide the information you have requested.  "
            "This is because we do not hold this information.  This data is stored with a previous external supplier, "
            "we therefore do not have access to this information.\n\n"
            "We have however taken control of the case management system and can confirm the following:\n\n"
            "  \u2022 Thurrock Council have received 7 allegations of Blue Badge Fraud since 1st April 2019.\n")
    survey = parse_survey('''
name = "fraud"
title = "Fraud"
[subjects.fraud_reports]
synonyms = ["fraud", "reports? of blue badge fraud"]
[[questions]]
id = "1d"
text = "d. How many reports were received by the council of blue badge fraud?"
subject = "fraud_reports"
measures = ["count"]
''')
    assert [(f.question, f.value) for f in parse_reply(text, survey).facts] == [("1d", 7.0)]


def test_another_named_body_should_be_able_to_provide_it():
    # Lincolnshire, FOI0368 (blue-badges/lincolnshire-blue-badges-2015-2019)
    survey = parse_survey('''
name = "holders"
title = "Holders"
[subjects.badge_holders]
synonyms = ["blue badge holders", "holders"]
[[questions]]
id = "1c"
text = "c. At the end of each period, how many blue badge holders were registered under your authority?"
subject = "badge_holders"
measures = ["count"]
''')
    text = ("Decision\n\n1.\n\nc. Lincolnshire County Council are unable to supply the information how many blue badges "
            "were registered under this authority \u2013 the Department for Transport should be able to provide this "
            "nationally and broken down into Local Authority.\n")
    assert statuses(text, survey) == {"1c": "not_held"}


def test_a_count_of_something_else_and_a_length_are_not_the_questions():
    # Lincolnshire, 81015 (blue-badges/lincolnshire-blue-badge-holders-parking-81015)
    survey = parse_survey('''
name = "bays"
title = "Bays"
[subjects.disabled_bays]
synonyms = ["disabled parking bays?", "bays"]
[[questions]]
id = "1"
text = "How many designated disabled parking bays are currently available within your council area?"
subject = "disabled_bays"
measures = ["count"]
''')
    text = ("1. Lincolnshire County Council (LCC) are not able to provide this information as to each individual bay "
            "as they are not registered in this manner, however LCC is able to provide total metres of bays "
            "designated for disabled parking.\nNumber of affected streets: 81\n"
            "Total restrictions length (in metres): 22412.\n")
    assert figures(text, survey) == []
    # the question's own thing under the same label is still read
    assert figures("1.\nNumber of disabled bays: 81\n", survey) == [("1", "disabled_bays", 81.0, None)]


def test_a_count_held_at_a_day():
    # Devon (blue-badges/devon-blue-badge-parking-spaces-2019); Lincolnshire, 81015
    reply = parse_reply("3) The current number of Blue Badge holders registered in your local authority area\n\n"
                        "38991 ( as of 02/07/2019)\n", SPACES)
    assert [(f.value, f.period_start, f.period_end) for f in reply.facts] == [(38991.0, "2019-07-02", "2019-07-02")]
    reply = parse_reply("3) The current number of Blue Badge holders\n"
                        "As at the 31 March 2025 there are 57,912 Blue Badge holders within Lincolnshire\n", SPACES)
    assert [(f.value, f.period_start, f.period_end) for f in reply.facts] == [(57912.0, "2025-03-31", "2025-03-31")]


def test_a_count_asked_at_the_end_of_each_period():
    # Thurrock (blue-badges/thurrock-blue-badges-2019): c) "At the end of each period, how many blue badge holders
    # were registered under your authority?"
    text = "c)\n2015-16\n2016-17\nBadges Registered\n4976\n5939\n"
    assert [(f.value, f.period_start, f.period_end) for f in parse_reply(text, APPLICATIONS).facts] == [
        (4976.0, "2016-03-31", "2016-03-31"), (5939.0, "2017-03-31", "2017-03-31")]


def test_the_requesters_own_sentence_after_a_restated_question_is_no_answer():
    # Rushcliffe, 3731652 (blue-badges/rushcliffe-disabled-bay-pcns-3731652): the question and the request's own note
    # restated on one line, the answer below it
    survey = parse_survey('''
name = "revenue"
title = "Revenue"
[subjects.misuse_fine_revenue]
synonyms = ["fines related to blue badge misuse"]
[[questions]]
id = "4"
text = "What is the total revenue generated from fines related to Blue Badge misuse in each of the last 3 calendar years (2022, 2023, 2024)?"
subject = "misuse_fine_revenue"
measures = ["total_cost_gbp"]
''')
    text = ("Response\n\n  1. What is the total revenue generated from fines related to Blue Badge misuse in each of the last "
            "3 calendar years (2022, 2023, 2024)? These offences might include but are not limited to using a fake blue "
            "badge, using an out-of-date one etc.\n"
            "    \u2022 Unable to answer.  PCN\u2019s are served for the same contravention code to vehicles who are "
            "parked in a blue badge without displaying a valid blue badge correctly, irrelevant of whether it is "
            "misuse, failing to display or out of date.\n")
    assert statuses(text, survey) == {"4": "not_held"}
