"""Council English the held-out topic council-tax-enforcement showed the reader missing (issue 13), each written as
a general rule about how councils write and tested on quoted real text (the reply each quote comes from is named).

Figures:
- the request quoted whole, then its answers as lettered lists with no number over them ("7) Have you adopted
  ...?" / "a. 4482" ... "f. None" / "a. 67201" / "b. 4307"): a list lettered from "a." under a number with no
  lettered parts answers the first lettered question no such list has answered, and lettering that starts again
  at "a." answers the next.
- a part numbered in roman numerals after its number ("2i -", "2ii -", "2iii -") is the survey's lettered part of
  that place (2a, 2b, 2c), as the set's README letters a request's "I) II) III)" under "2)".
- a label's colon with no space after it ends the label: "Council Tax:3254" is 3254, not a reference like
  "Ref:1234" (still a reference), nor "questions:1." (a list's first number).
- a list item whose label is the request's own item, then a colon and a short answer ("• Any other debt types,
  including any other overpayments: Sundry Debts - 36"), is a short answer: the label's length is the request's.
- a question's number alone on its line, its words on the next ("3." / "How many accounts were in arrears at the
  end of the financial year?"), heads that question's answer as "3. How many ...?" on one line does; and a note
  under it ("NOTE - All accounts with a balance for previous years have been included") heads nothing, whatever it
  names in passing.
- "zero" after an article and before its noun ("All cases with a zero balance have been removed") says what
  kind of thing, not how many: no figure.
- a short heading under a question that names two of the survey's things in that question's own words ("3. How
  many accounts were in arrears ...?" / "Number of Accounts in Arrears |", where "accounts" and "arrears" are other
  questions' subjects) heads that question's figures.
- a sentence that opens "For example" says what might happen: its numbers ("one person (account) could have
  received two reminders and a final notice (three notices)") are no figures.
- a table copied a cell to a line: its header's periods one under another, then under each question's heading as
  many figures one under another, the n-th figure the n-th period's (not when the run of figures is longer, as
  two figures a period are: blue-badges/thurrock-blue-badges-2019).
- a count asked "at the end of the financial year" for each of several years is held on each year's last day, as
  "at the end of each period" is.
- a "Total:" under a question's figures for several periods, naming no period of its own, is over their whole span.
- a question restated under its number that ends without a stop ("... combined? This should be one figure, ...
  all three financial years") is no wrapped line: the figure below ("£8,039,203.95") is the question's answer,
  in the period it asks, not in the last year the question names.

Drafting (`foi survey draft`):
- an amount of debt is money: "The total amount of council tax owed by these households", "Total amount recovered
  by bailiffs", "the overall amount of council tax which was owed", "the amount ... written off" (but "The number who
  have reached a separate agreement for paying any sums outstanding" still counts people);
- "non-payment" is no sum ("summons issued in the Magistrates Court for non-payment");
- "The number who have been issued with a liability order" counts people known by what they were issued: the
  subject is the liability order.

Question status:
- a cost-limit paragraph that names no question, below the answers given, refuses (s12) the questions after the
  last one answered;
- a not-held note naming money beside a part's counts ("Total number of cases passed to enforcement agent (amounts
  not available)" over a count a year) says the sister part that asks for the money is not held;
- the cost limit named in quotes ("would exceed the ‘appropriate limit’") is s12, as without them;
- "Not Available" as the whole of an answer ("c. Not Available"), or a bracketed note that a part of an answer is
  not ("(amounts not available)", "(current year not available)"), says the information is not held.
"""

from __future__ import annotations

from reader import classify as C
from reader import parse_reply
from reader.survey import parse_survey
from tests.reading_helpers import statuses


def figures(text: str, survey) -> list[tuple[str | None, str, float, str | None]]:
    """(question, subject, value, period) of every figure read, in reply order."""
    return [(f.question, f.subject, f.value, f.period) for f in parse_reply(text, survey).facts]


BAILIFFS = parse_survey('''
name = "bailiffs"
title = "Use of bailiffs"
[periods]
asked = [{ label = "between 1st April 2018 and 31st March 2019", start = 2018-04-01, end = 2019-03-31 }]
[subjects.council_tax]
synonyms = ["council tax"]
[subjects.parking]
synonyms = ["parking"]
[subjects.housing_benefit_overpayments]
synonyms = ["housing benefit overpayments?"]
[subjects.signpost]
synonyms = ["signpost residents"]
[[questions]]
id = "1a"
text = "The number of times between 1st April 2018 and 31st March 2019 that bailiffs have been instructed: Council tax"
subject = "council_tax"
measures = ["count"]
periods = ["between 1st April 2018 and 31st March 2019"]
[[questions]]
id = "1b"
text = "The number of times between 1st April 2018 and 31st March 2019 that bailiffs have been instructed: Parking"
subject = "parking"
measures = ["count"]
periods = ["between 1st April 2018 and 31st March 2019"]
[[questions]]
id = "1c"
text = "The number of times between 1st April 2018 and 31st March 2019 that bailiffs have been instructed: Housing Benefit overpayments"
subject = "housing_benefit_overpayments"
measures = ["count"]
periods = ["between 1st April 2018 and 31st March 2019"]
[[questions]]
id = "2"
text = "Do you signpost residents to one or more free debt advice agencies as part of your collections process?"
subject = "signpost"
measures = ["count"]
''')


def test_not_available_as_the_whole_answer_is_not_held():
    # Thurrock, "Use of bailiffs in 2018/19" (council-tax-enforcement/thurrock-use-of-bailiffs-2018-19)
    text = ("Response: \n\n1)\n\na. 4705\n\nb. 2260\n\nc. Not Available\n\n"
            "2)  Yes, Citizens Advice, National Debt Line, StepChange\n")
    got = statuses(text, BAILIFFS)
    assert got["1a"] == "successful" and got["1c"] == "not_held"
    assert parse_reply(text, BAILIFFS).outcome == "partially_successful"


def test_a_bracketed_part_not_available_is_not_held():
    # Rushcliffe, response 974146 (council-tax-enforcement/rushcliffe-council-tax-arrears-974146)
    assert C.find_not_held("    • Total number of cases passed to enforcement agent (amounts not available) \n")
    assert C.find_not_held("    • Current amounts outstanding regarding previous years (current year not available)\n")
    # a request's condition is no answer: "If data is not available for any particular category, please provide
    # the closest equivalent data." (agency-staff/moray-agency-workers-2025); nor a cell that says what is not
    # given apart ("Not available separately", public-toilets/moray-public-toilets-street-cleaning-2025)
    assert not C.find_not_held("If data is not available for any particular category, please provide the closest.")
    assert not C.find_not_held("Budget for street sweeping 879662 866518 Not available separately Not available separately")


USE = parse_survey('''
name = "use"
title = "Private bailiffs"
[periods]
asked = [{ label = "between 1st April 2016 and 31st March 2017", start = 2016-04-01, end = 2017-03-31 }]
[subjects.council_tax]
synonyms = ["council tax"]
[subjects.parking]
synonyms = ["parking"]
[subjects.residential_properties]
synonyms = ["residential propert(?:y|ies)"]
[subjects.business_properties]
synonyms = ["business propert(?:y|ies)"]
[subjects.protocol]
synonyms = ["adopted the citizens"]
[[questions]]
id = "1a"
text = "The number of times between 1st April 2016 and 31st March 2017 that bailiffs have been instructed: Council tax"
subject = "council_tax"
measures = ["count"]
periods = ["between 1st April 2016 and 31st March 2017"]
[[questions]]
id = "1b"
text = "The number of times between 1st April 2016 and 31st March 2017 that bailiffs have been instructed: Parking"
subject = "parking"
measures = ["count"]
periods = ["between 1st April 2016 and 31st March 2017"]
[[questions]]
id = "2a"
text = "The number of: Residential properties"
subject = "residential_properties"
measures = ["count"]
[[questions]]
id = "2b"
text = "The number of: Business properties"
subject = "business_properties"
measures = ["count"]
[[questions]]
id = "3"
text = "Have you adopted the Citizens Advice/Local Government Association Council Tax Protocol?"
subject = "protocol"
measures = ["count"]
''')


def test_bare_lettered_lists_answer_the_lettered_questions_in_order():
    # Thurrock, "Private Bailiffs / Enforcement Agents" (council-tax-enforcement/thurrock-private-bailiffs-2016-17)
    text = ("1) The number of times between 1st April 2016 and 31st March 2017 that private bailiffs/enforcement "
            "agents have been instructed to enforce debts to the local authority relating to each of the following;\n\n"
            "a. Council tax\n\nb. Parking\n\n2) The number of:\n\na. Residential properties:\n\n"
            "b. Business properties:\n\nthat fall within this local authority area.\n\n"
            "3) Have you adopted the Citizens Advice/Local Government Association Council Tax Protocol?\n\n\n\n"
            "a. 4482 (All years, not just in year billing)\n\nb. 1792\n\n\na. 67201\n\nb. 4307\n\n"
            "3) Discussion is underway with the Citizens Advice Bureau\n")
    got = [(q, s, v) for q, s, v, _ in figures(text, USE)]
    assert got == [("1a", "council_tax", 4482.0), ("1b", "parking", 1792.0),
                   ("2a", "residential_properties", 67201.0), ("2b", "business_properties", 4307.0)]


def test_lettered_answers_under_their_own_number_keep_it():
    # a list under a number that has lettered parts is that number's, restarted or not
    text = "2)\n\na. 67201\n\nb. 4307\n"
    assert [(q, v) for q, _, v, _ in figures(text, USE)] == [("2a", 67201.0), ("2b", 4307.0)]


NDR = parse_survey('''
name = "ndr"
title = "NDR enforcement"
[periods]
asked = [{ label = "2016-17", start = 2016-04-01, end = 2017-03-31 },
         { label = "2017-18", start = 2017-04-01, end = 2018-03-31 }]
[subjects.hereditaments]
synonyms = ["hereditaments?"]
[subjects.summonses]
synonyms = ["summons(?:es)?"]
[subjects.liability_orders]
synonyms = ["liability orders?"]
[subjects.referrals]
synonyms = ["referrals?"]
[[questions]]
id = "1"
text = "in both the financial years 2016-17 and 2017-18: the total number of hereditaments liable for non-domestic rates"
subject = "hereditaments"
measures = ["count"]
periods = ["2016-17", "2017-18"]
[[questions]]
id = "2a"
text = "in both the financial years 2016-17 and 2017-18: I) total number of summons issued in the Magistrates Court"
subject = "summonses"
measures = ["count"]
periods = ["2016-17", "2017-18"]
[[questions]]
id = "2b"
text = "II) total number of Liability Orders obtained in the Magistrates Court"
subject = "liability_orders"
measures = ["count"]
periods = ["2016-17", "2017-18"]
[[questions]]
id = "2c"
text = "III) total number of referrals made to Enforcement Officers (Bailiffs) to enforce Liability Orders"
subject = "referrals"
measures = ["count"]
periods = ["2016-17", "2017-18"]
''')


def test_parts_numbered_in_roman_numerals_after_their_number():
    # Hastings, FOI-72121663 "NDR" (council-tax-enforcement/hastings-ndr-enforcement-foi-72121663)
    text = ("Response\n2i -\n2016/17 - 279\n2017/18 - 114\n"
            "2ii -\n2016/17 - 166\n2017/18 - 83\n2iii -\n2016/17 - 78\n2017/18 - 43\n-\n")
    got = [(q, s, v) for q, s, v, _ in figures(text, NDR)]
    assert got == [("2a", "summonses", 279.0), ("2a", "summonses", 114.0),
                       ("2b", "liability_orders", 166.0), ("2b", "liability_orders", 83.0),
                       ("2c", "referrals", 78.0), ("2c", "referrals", 43.0)]
    assert {q: o for q, o in statuses(text, NDR).items() if q.startswith("2")} == {
        "2a": "successful", "2b": "successful", "2c": "successful"}


def test_a_label_colon_without_a_space_before_the_figure():
    # Wokingham, use of bailiffs 2022/23 (council-tax-enforcement/wokingham-use-of-bailiffs-2022-23)
    text = "• Council Tax:3254\n• Parking: 1176\n"
    assert [(q, v) for q, _, v, _ in figures(text, USE)] == [("1a", 3254.0), ("1b", 1176.0)]
    assert figures("Our reference FOI:12345\n", USE) == []
    # Scottish Borders (parking-pcns/scottish-borders-pcn-postage-2022): a question number run on after a colon
    assert figures("Please may you provide me with the answers to the following questions:1. How many\n", USE) == []


WHOLE = parse_survey('''
name = "whole"
title = "Use of bailiffs"
[periods]
asked = [{ label = "between 1st April 2022 and 31st March 2023", start = 2022-04-01, end = 2023-03-31 }]
[subjects.times]
synonyms = ["times?"]
[[questions]]
id = "1"
text = "The number of times between 1st April 2022 and 31st March 2023 that bailiffs have been instructed to enforce debts relating to each of the following; Council Tax; Business Rates; Any other debt types, including any other overpayments"
subject = "times"
measures = ["count"]
periods = ["between 1st April 2022 and 31st March 2023"]
''')


def test_a_short_answer_after_the_requests_own_item_label():
    # Wokingham, use of bailiffs 2022/23 (council-tax-enforcement/wokingham-use-of-bailiffs-2022-23), read with a
    # survey that asks the list as one question
    text = ("1. The number of times between 1st April 2022 and 31st March 2023 ... relating to each of the following;\n"
            "• Business Rates: 223\n"
            "• Any other debt types, including any other overpayments: Sundry Debts - 36\n")
    assert [(q, v) for q, _, v, _ in figures(text, WHOLE)] == [("1", 223.0), ("1", 36.0)]


ARREARS = parse_survey('''
name = "arrears"
title = "Council tax arrears"
[subjects.accounts]
synonyms = ["accounts?"]
[subjects.accounts_q3]
synonyms = ["arrears at the ends?"]
[[questions]]
id = "1"
text = "How many accounts were raised at billing in financial year?"
subject = "accounts"
measures = ["count"]
[[questions]]
id = "3"
text = "How many accounts were in arrears at the end of the financial year?"
subject = "accounts_q3"
measures = ["count"]
''')


def test_a_number_alone_over_its_question_and_a_note():
    # Dover, FI15781 (council-tax-enforcement/dover-council-tax-bailiffs-fi15781), read with the survey
    # `foi survey draft` writes from its request
    text = ("3.\n\nHow many accounts were in arrears at the end of the financial year?\n"
            "NOTE - All accounts with a balance for previous years have been included\n\n12,480\n\n12,824\n")
    assert [(q, s, v) for q, s, v, _ in figures(text, ARREARS)] == [("3", "accounts_q3", 12480.0),
                                                                    ("3", "accounts_q3", 12824.0)]


def test_a_zero_balance_is_no_figure():
    # Dover, FI15781 (council-tax-enforcement/dover-council-tax-bailiffs-fi15781)
    text = ("1.\n\nHow many accounts were raised at billing in financial year?\n"
            "NOTE - The data is from the date of annual billing.  All cases with a zero balance have been removed.\n\n"
            "50,889\n")
    assert [(q, v) for q, _, v, _ in figures(text, ARREARS)] == [("1", 50889.0)]
    # "Zero" as the answer is still one
    assert [(q, v) for q, _, v, _ in figures("1. How many accounts were raised at billing?\nZero\n", ARREARS)] == [("1", 0.0)]


ARREARS2 = parse_survey('''
name = "arrears2"
title = "Council tax arrears"
[periods]
asked = [{ label = "21-22", start = 2021-04-01, end = 2022-03-31 }, { label = "22-23", start = 2022-04-01, end = 2023-03-31 }]
[subjects.accounts]
synonyms = ["accounts?"]
[subjects.accounts_q3]
synonyms = ["arrears at the ends?"]
[subjects.arrears]
synonyms = ["arrears?"]
[[questions]]
id = "1"
text = "How many accounts were raised at billing in financial year?"
subject = "accounts"
measures = ["count"]
periods = ["21-22", "22-23"]
[[questions]]
id = "3"
text = "How many accounts were in arrears at the end of the financial year?"
subject = "accounts_q3"
measures = ["count"]
periods = ["21-22", "22-23"]
[[questions]]
id = "4"
text = "How was the value of arrears in that financial year?"
subject = "arrears"
measures = ["total_cost_gbp"]
periods = ["21-22", "22-23"]
''')


def test_a_heading_in_the_questions_own_words_naming_two_things():
    # Herefordshire, FOI2025/00699 (council-tax-enforcement/herefordshire-council-tax-bailiffs-foi2025-00699)
    text = ("3. How many accounts were in arrears at the end of the financial year?\nAnswer:\nFinancial Year |\n"
            "Number of Accounts in Arrears |\n21/22 |\n1,291 |\n22/23 |\n1,568 |\n")
    assert [(q, s, v) for q, s, v, _ in figures(text, ARREARS2)] == [("3", "accounts_q3", 1291.0),
                                                                     ("3", "accounts_q3", 1568.0)]


def test_the_cost_limit_named_in_quotes():
    # Dover, FI15000 (council-tax-enforcement/dover-council-tax-arrears-fi15000), the page cut before any section
    text = ("From our preliminary assessment, we have estimated that the cost of complying with your request would "
            "exceed the ‘appropriate limit’.    The appropriate limit has been specified in ")
    assert [m.code for m in C.find_exemptions(text)[0]] == ["s12"]


ARREARS_NOW = parse_survey('''
name = "arrears-now"
title = "Council tax arrears"
[subjects.people_behind]
synonyms = ["accounts?", "fallen behind"]
[subjects.paid_in_7_days]
synonyms = ["paid within 7 days"]
[subjects.agreements]
synonyms = ["separate agreements?"]
[[questions]]
id = "1"
text = "The number of people to date who have fallen behind with their council tax in the current financial year;"
subject = "people_behind"
measures = ["count"]
[[questions]]
id = "2"
text = "The number who have paid within 7 days;"
subject = "paid_in_7_days"
measures = ["count"]
[[questions]]
id = "3"
text = "The number who have reached a separate agreement for paying any sums outstanding;"
subject = "agreements"
measures = ["count"]
''')


def test_a_cost_limit_paragraph_naming_no_question_refuses_the_rest():
    # Dover, FI15000 (council-tax-enforcement/dover-council-tax-arrears-fi15000)
    text = ("Response\n\nThe numbers below were issued to a total of 7853 accounts.\n\n"
            "I can confirm that the Council holds information falling within the description specified in your "
            "request, however it is not readily available as a manual search of each account would need to be "
            "undertaken.  From our preliminary assessment, we have estimated that the cost of complying with your "
            "request would exceed the ‘appropriate limit’.\n")
    reply = parse_reply(text, ARREARS_NOW)
    got = {q.question: (q.outcome, q.exemptions) for q in reply.questions}
    assert got == {"1": ("successful", []), "2": ("rejected", ["s12"]), "3": ("rejected", ["s12"])}
    assert reply.outcome == "partially_successful"


def test_numbers_in_an_example_are_no_figures():
    # Dover, FI15000 (council-tax-enforcement/dover-council-tax-arrears-fi15000)
    text = ("Response\n\nThe numbers below were issued to a total of 7853 accounts.  For example, one person (account) "
            "could have received two reminders and a final notice (three notices). \n")
    assert [(q, v) for q, _, v, _ in figures(text, ARREARS_NOW)] == [("1", 7853.0)]


def test_a_table_copied_a_cell_to_a_line():
    # Dover, FI15781 (council-tax-enforcement/dover-council-tax-bailiffs-fi15781)
    text = ("Response\n\n   \n\n2021/2022\n\n2022/2023\n\n1.\n\n"
            "How many accounts were raised at billing in financial year?\n"
            "NOTE - The data is from the date of annual billing.\n\n50,889\n\n51,472\n\n3.\n\n"
            "How many accounts were in arrears at the end of the financial year?\n\n12,480\n\n12,824\n")
    assert [(q, v, p) for q, _, v, p in figures(text, ARREARS2)] == [
        ("1", 50889.0, "2021/2022"), ("1", 51472.0, "2022/2023"), ("3", 12480.0, "2021/2022"), ("3", 12824.0, "2022/2023")]


def test_a_longer_run_of_figures_keeps_no_column_periods():
    # Thurrock, blue badges 2019 (blue-badges/thurrock-blue-badges-2019): two figures a period under four periods
    text = ("a)\n\n2015-16\n\n2016-17\n\nTotal Badges Issued\n\nTotal Applications Received\n\n"
            "1746\n\n1755\n\n2459\n\n2464\n")
    from reader.facts.model import _Context
    from reader.facts.stacked_periods import StackedPeriods
    import reader.facts.reader as R
    reader = R.FactReader(text, ARREARS2, [])
    stacked, ctx = StackedPeriods(text), _Context()
    given = []
    for line, _, _, skipped in reader.reply_lines.lines():
        if line is not None and not skipped and line.text.strip():
            stacked.see(line, ctx)
            if line.values:
                given.append(ctx.period)
    assert given == [None, None, None, None]


def test_an_amount_of_debt_is_money():
    # Rushcliffe 974146 and Herefordshire FOI2022-01648 (drafted/council-tax-arrears-bailiffs-2022.request.txt),
    # Dover FI15000 (drafted/council-tax-arrears-liability-orders-2024.request.txt)
    from reader.draft_measures import measures_for
    assert measures_for("The total amount of council tax owed by these households")[0] == ["total_cost_gbp"]
    assert measures_for("Total amount recovered by bailiffs")[0] == ["total_cost_gbp"]
    assert measures_for("The number of cases of council tax debt passed to bailiffs (note these are also called "
                        "'enforcement agents') and the overall amount of council tax which was owed (just in relation "
                        "to the cases which were passed to bailiffs)")[0] == ["count", "total_cost_gbp"]
    assert measures_for("In relation to historic debt, what is the amount that the council has written off because "
                        "it has reached the six-year limit for pursuing outstanding sums?")[0] == ["total_cost_gbp"]
    assert measures_for("The number who have reached a separate agreement for paying any sums outstanding")[0] == ["count"]
    assert measures_for("the amount of time taken")[0] == ["days"]


def test_non_payment_is_no_sum_and_who_were_issued_with():
    # Hastings FOI-72121663 (drafted/council-tax-ndr-enforcement-2018.request.txt), Dover FI15000
    # (drafted/council-tax-arrears-liability-orders-2024.request.txt)
    from reader.draft import subject_phrase
    from reader.draft_measures import measures_for
    assert measures_for("II) total number of Liability Orders obtained in the Magistrates Court for non-payment "
                        "either in whole or in part of non-domestic (business rates) rates.")[0] == ["count"]
    assert measures_for("The number who have been issued with a liability order as a result of non-payment")[0] == ["count"]
    assert subject_phrase("The number who have been issued with a liability order as a result of non-payment") \
        == "liability order"


def test_a_count_at_the_end_of_the_financial_year_is_held_at_its_last_day():
    # Herefordshire, FOI2025/00699 (council-tax-enforcement/herefordshire-council-tax-bailiffs-foi2025-00699)
    text = ("3. How many accounts were in arrears at the end of the financial year?\nAnswer:\nFinancial Year |\n"
            "Number of Accounts in Arrears |\n21/22 |\n1,291 |\n")
    reply = parse_reply(text, ARREARS2)
    assert [(f.value, f.period_start, f.period_end) for f in reply.facts] == [(1291.0, "2022-03-31", "2022-03-31")]


def test_a_total_under_several_periods_spans_them():
    # Wokingham, debt enforcement agencies (council-tax-enforcement/wokingham-council-tax-debts-enforcement-agencies)
    text = ("1. How many accounts were raised at billing in financial year?\nMarston Recovery\n"
            "2021/22: 342\n2022/23: 1,556\nBristow & Sutor\n2021/22: 455\n2022/23: 1,497\nTotal: 3,850\n")
    reply = parse_reply(text, ARREARS2)
    total = [f for f in reply.facts if f.value == 3850.0]
    assert [(f.question, f.period_start, f.period_end) for f in total] == [("1", "2021-04-01", "2023-03-31")]


COMBINED = parse_survey('''
name = "combined"
title = "Debt referred"
[periods]
asked = [{ label = "2020/21", start = 2020-04-01, end = 2021-03-31 },
         { label = "2022/23", start = 2022-04-01, end = 2023-03-31 },
         { label = "2020/21, 2021/22 and 2022/23 combined", start = 2020-04-01, end = 2023-03-31 }]
[subjects.unpaid_tax]
synonyms = ["unpaid council tax debt"]
[[questions]]
id = "4"
text = "How much unpaid council tax debt was referred in total to debt enforcement agencies in the financial years 2020/21, 2021/22 and 2022/23 combined? This should be one figure"
subject = "unpaid_tax"
measures = ["total_cost_gbp"]
periods = ["2020/21, 2021/22 and 2022/23 combined"]
''')


def test_a_figure_under_a_restated_question_with_no_stop():
    # Wokingham, debt enforcement agencies (council-tax-enforcement/wokingham-council-tax-debts-enforcement-agencies)
    text = ("4. How much unpaid council tax debt (preferably including any ‘penalty’ fees/charges) was referred "
            "in total to debt enforcement agencies in the financial years 2020/21, 2021/22 and 2022/23 combined? "
            "This should be one figure, combining all the debt enforcement agencies and all three financial years\n"
            "£8,039,203.95\n")
    assert figures(text, COMBINED) == [("4", "unpaid_tax", 8039203.95, "2020/21, 2021/22 and 2022/23 combined")]


CASES = parse_survey('''
name = "cases"
title = "Cases passed to bailiffs"
[periods]
asked = [{ label = "2019/2020", start = 2019-04-01, end = 2020-03-31 }]
[subjects.cases_passed_to_bailiffs]
synonyms = ["cases passed to (?:bailiffs|enforcement agents?)"]
[subjects.owed_on_bailiff_cases]
synonyms = ["amount of council tax owed"]
[[questions]]
id = "3a"
text = "The number of cases of council tax debt passed to bailiffs (enforcement agents)."
subject = "cases_passed_to_bailiffs"
measures = ["count"]
periods = ["2019/2020"]
[[questions]]
id = "3b"
text = "The overall amount of council tax owed on the cases passed to bailiffs."
subject = "owed_on_bailiff_cases"
measures = ["total_cost_gbp"]
periods = ["2019/2020"]
''')


def test_amounts_not_available_beside_counts():
    # Rushcliffe, response 974146 (council-tax-enforcement/rushcliffe-council-tax-arrears-974146)
    text = ("  3. The number of cases of council tax debt passed to bailiffs (note these are also called 'enforcement "
            "agents') and the overall amount of council tax which was owed\n"
            "    • Total number of cases passed to enforcement agent (amounts not available) \n\n"
            "    • 2019/20 Financial Year – 2124\n")
    got = statuses(text, CASES)
    # (3a keeps what the reader said of it before: the note stands beside its counts, so it reads as partly given)
    assert got["3b"] == "not_held" and got["3a"] in ("successful", "partially_successful")
