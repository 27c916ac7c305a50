"""parse_reply on Barnet's real reply (exactly) and on hand-written replies in the styles councils use."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import load_survey, parse_reply

FILES = Path(__file__).parent / "files" / "replies"
SURVEY = load_survey("remote-working-2021")


def facts_of(reply, measure=None):
    return {(f.subject, f.period, f.measure): f.value for f in reply.facts if measure in (None, f.measure)}


def check_offsets(text, reply):
    for f in reply.facts:
        assert text[f.start:f.end] == f.quote
        assert 0 < f.confidence <= 1
        assert f.question == SURVEY.question_for(f.subject)
    for q in reply.questions:
        assert text[q.start:q.end] == q.quote


# --- Barnet, the seed: exact ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def barnet():
    text = (FILES / "barnet-2021.txt").read_text(encoding="utf-8")
    return text, parse_reply(text, SURVEY)


def test_barnet_counts_exactly(barnet):
    _, r = barnet
    counts = facts_of(r, "count")
    expected = {
        ("tablets", "2018-19"): 84, ("laptops", "2018-19"): 232, ("mobile_phones", "2018-19"): 288,
        ("tablets", "2019-20"): 87, ("laptops", "2019-20"): 426, ("mobile_phones", "2019-20"): 601,
        ("tablets", "2020-21"): 29, ("laptops", "2020-21"): 617, ("mobile_phones", "2020-21"): 402,
    }
    devices = {(s, p): v for (s, p, _), v in counts.items() if s in ("tablets", "laptops", "mobile_phones")}
    assert devices == expected
    fy = {f.period: (f.period_start, f.period_end) for f in r.facts if f.period}
    assert fy["2019-20"] == ("2019-04-01", "2020-03-31")


def test_barnet_unit_costs_have_no_period(barnet):
    _, r = barnet
    costs = facts_of(r, "unit_cost_gbp")
    assert costs == {("tablets", None, "unit_cost_gbp"): 1141.15, ("laptops", None, "unit_cost_gbp"): 831.51,
                     ("mobile_phones", None, "unit_cost_gbp"): 203.34}
    assert not facts_of(r, "total_cost_gbp")


def test_barnet_licences(barnet):
    _, r = barnet
    zoom = [f for f in r.facts if f.subject == "zoom_accounts"]
    assert len(zoom) == 1 and zoom[0].value == 0 and zoom[0].measure == "count"
    assert "not an approved Council application" in zoom[0].quote
    o365 = [f for f in r.facts if f.subject == "office365_accounts"]
    assert len(o365) == 1 and o365[0].value == 300 and o365[0].approx is True and o365[0].measure == "count"
    assert not [f for f in r.facts if f.subject == "cyber_security"]
    assert len(r.facts) == 14


def test_barnet_outcome_and_refusal(barnet):
    text, r = barnet
    assert r.kind == "response"
    assert r.outcome == "partially_successful"
    assert r.exemptions == ["s31(3)"]
    assert r.ncnd is True and r.public_interest_test is True
    by_q = {q.question: q for q in r.questions}
    assert [by_q[q].outcome for q in ("1a", "1b", "1c", "2a", "2b")] == ["successful"] * 5
    assert by_q["2c"].outcome == "rejected" and by_q["2c"].exemptions == ["s31(3)"] and by_q["2c"].ncnd
    check_offsets(text, r)


def test_barnet_restated_request_is_not_read(barnet):
    text, r = barnet
    (start, end), = r.ignored
    assert "over the last 3x years" in text[start:end]
    assert all(not (start <= f.start < end) for f in r.facts)


# --- hand-written replies -----------------------------------------------------------------------------

TAB_TABLE = """Dear Requester,

Freedom of Information Request - Ref: FOI/21/04567

Thank you for your email dated 1 October 2021. Please find our response below.

Devices purchased\t2018/19\t2019/20\t2020/21
Laptops\t120\t340\t1,250
Tablets\t15\t22\t60
Mobile phones\t200\t180\t450

Average unit cost\t2018/19\t2019/20\t2020/21
Laptops\t£650.00\t£700.00\t£720.50
Tablets\t£300\t£310\t£325
Mobile phones\t£150\t£150\t£160

Zoom: we do not use Zoom. The council uses Microsoft Teams.
Office 365 licences: approximately 2,400 licences are held.
Cyber security software: this information is exempt under section 31(1)(a) of the Act as disclosure would be likely to prejudice the prevention of crime. We have considered the public interest test and concluded that the public interest in maintaining the exemption outweighs the public interest in disclosure.

If you are unhappy with this response you may request an internal review. You can also complain to the Information Commissioner under section 50 of the Act.

Yours sincerely
Information Governance Team
Tel: 01234 567890
"""


def test_tab_separated_tables_periods_as_columns():
    r = parse_reply(TAB_TABLE, SURVEY)
    f = facts_of(r)
    assert f[("laptops", "2020/21", "count")] == 1250
    assert f[("mobile_phones", "2018/19", "count")] == 200
    assert f[("laptops", "2020/21", "unit_cost_gbp")] == 720.5
    assert f[("tablets", "2019/20", "unit_cost_gbp")] == 310
    assert f[("zoom_accounts", None, "count")] == 0
    o365 = next(x for x in r.facts if x.subject == "office365_accounts")
    assert o365.value == 2400 and o365.approx
    assert len(r.facts) == 20                     # no phone number, reference or date became a figure
    assert r.outcome == "partially_successful"
    assert r.exemptions == ["s31(1)(a)"]          # section 50 in the rights paragraph is procedural
    assert "s50" in r.procedural_sections
    assert r.public_interest_test and not r.ncnd
    check_offsets(TAB_TABLE, r)


PIPES = """Our reference: 12345678

Response to your Freedom of Information request

| Financial year | Laptops | Tablets | Mobile phones |
|---|---|---|---|
| 2018-2019 | 95 | 12 | 140 |
| 2019-2020 | 110 | 8 | 160 |
| 2020-2021 | 780 | 40 | 520 |

The average cost per laptop was £612, per tablet £289 and per mobile phone £118.

Q2a Zoom accounts: Nil
Q2b Office 365: The Council has 3,100 Microsoft 365 licences.
Q2c Cyber security: We can neither confirm nor deny whether we hold this information, as to do so would be likely to prejudice law enforcement (section 31(3)).
"""


def test_pipe_table_periods_as_rows_and_prose_unit_costs():
    r = parse_reply(PIPES, SURVEY)
    f = facts_of(r)
    assert f[("laptops", "2019-2020", "count")] == 110
    assert f[("tablets", "2020-2021", "count")] == 40
    assert f[("mobile_phones", "2018-2019", "count")] == 140
    p = next(x for x in r.facts if x.period == "2019-2020")
    assert (p.period_start, p.period_end) == ("2019-04-01", "2020-03-31")
    assert f[("laptops", None, "unit_cost_gbp")] == 612
    assert f[("tablets", None, "unit_cost_gbp")] == 289
    assert f[("mobile_phones", None, "unit_cost_gbp")] == 118
    assert f[("zoom_accounts", None, "count")] == 0
    assert f[("office365_accounts", None, "count")] == 3100
    assert 12345678 not in f.values()
    assert r.outcome == "partially_successful" and r.ncnd and r.exemptions == ["s31(3)"]
    q = {x.question: x for x in r.questions}
    assert q["2c"].outcome == "rejected" and q["2c"].ncnd
    check_offsets(PIPES, r)


PROSE = """Dear Sir/Madam

I am writing in response to your request for information received on 28 September 2021.

In 2019/20 we purchased 150 laptops at an average cost of £650 each, and in 2020/21 we purchased 410 laptops at a total cost of £287,000. No tablets were purchased during this period. We bought 64 mobile phones in 2018/19, 71 in 2019/20 and 230 in 2020/21.

The council does not hold a Zoom account. We have around 900 Office 365 accounts.

We do not hold information about cyber security software in a recorded form.

Kind regards
Jane Smith
FOI Officer
020 7946 0123
"""


def test_prose_binds_each_figure_to_its_subject_period_and_measure():
    r = parse_reply(PROSE, SURVEY)
    f = facts_of(r)
    assert f == {
        ("laptops", "2019/20", "count"): 150, ("laptops", "2019/20", "unit_cost_gbp"): 650,
        ("laptops", "2020/21", "count"): 410, ("laptops", "2020/21", "total_cost_gbp"): 287000,
        ("tablets", None, "count"): 0,
        ("mobile_phones", "2018/19", "count"): 64, ("mobile_phones", "2019/20", "count"): 71,
        ("mobile_phones", "2020/21", "count"): 230,
        ("zoom_accounts", None, "count"): 0, ("office365_accounts", None, "count"): 900,
    }
    prose_conf = next(x for x in r.facts if x.value == 150).confidence
    assert prose_conf < 0.9                        # prose is read with less confidence than a table
    # 2c is not held: some given, some not held is partly successful (README, "Outcome rules")
    assert r.outcome == "partially_successful"
    q = {x.question: x for x in r.questions}
    assert q["2c"].outcome == "not_held"
    check_offsets(PROSE, r)


SHEET = ("[Sheet: Devices]\nDevice type\tFinancial Year\tQuantity purchased\tUnit cost (£)\tTotal cost (£)\n"
         "Laptop\t2018/19\t210\t612.50\t128625\nLaptop\t2019/20\t305\t640\t195200\nTablet\t2018/19\t0\t\t\n"
         "Tablet\t2019/20\t18\t399.99\t7199.82\nMobile phone\t2019/20\t75\t\t9000\n\n"
         "[Sheet: Licences]\nProduct\tAccounts\nZoom\tN/A\nOffice 365\t1850\n")


def test_spreadsheet_rows_with_measure_columns():
    r = parse_reply(SHEET, SURVEY)
    f = facts_of(r)
    assert f[("laptops", "2018/19", "unit_cost_gbp")] == 612.5
    assert f[("laptops", "2019/20", "total_cost_gbp")] == 195200
    assert f[("tablets", "2018/19", "count")] == 0
    assert ("tablets", "2018/19", "unit_cost_gbp") not in f     # empty cell: no figure
    assert f[("mobile_phones", "2019/20", "total_cost_gbp")] == 9000   # the empty unit-cost cell keeps alignment
    assert ("mobile_phones", "2019/20", "unit_cost_gbp") not in f
    assert not [x for x in r.facts if x.subject == "zoom_accounts"]   # N/A is not a figure
    assert f[("office365_accounts", None, "count")] == 1850
    assert r.outcome == "successful"


PDF_TEXT = """                         EXAMPLE DISTRICT COUNCIL
                    Freedom of Information Response
Request ID: 6643
Date: 12/10/2021

Question 1 - devices purchased

Device 2018/19 2019/20 2020/21
Laptops 54 61 233
Tablets 3 0 19
Mobile phones 88 90 145

Question 2
a) Zoom - The council does not have any Zoom accounts.
b) Office 365 - c. 650 accounts
c) Cyber security - Information not held.

Page 1 of 1
"""


def test_pdf_text_with_single_spaced_columns():
    r = parse_reply(PDF_TEXT, SURVEY)
    f = facts_of(r)
    assert f[("laptops", "2020/21", "count")] == 233
    assert f[("tablets", "2019/20", "count")] == 0
    assert f[("mobile_phones", "2018/19", "count")] == 88
    assert f[("zoom_accounts", None, "count")] == 0
    o365 = next(x for x in r.facts if x.subject == "office365_accounts")
    assert o365.value == 650 and o365.approx
    assert len(r.facts) == 11            # not the request id, the date or "Page 1 of 1"
    q = {x.question: x.outcome for x in r.questions}
    assert q["2c"] == "not_held" and q["1a"] == "successful"
    assert r.outcome == "partially_successful"   # figures given, 2c not held


QA = """Dear Requester

Thank you for your request for information. You asked:

Q1. How many new laptops, tablets and mobile phones were purchased in each of the last 3 years, and what was the estimated cost per device?

A1. Laptops: 2019/20 - 300 at £750 each; 2020/21 - 1,100 at £680 each.
Tablets: none purchased.
Mobile phones: 2019/20 - 250; 2020/21 - 400. Each handset cost around £180.

Q2. How many Zoom accounts were created, how many Office 365 accounts purchased, and what cyber security software was purchased?

A2. We do not use Zoom. We purchased 2,000 Office 365 E3 licences in 2020/21 at a total cost of £380,000 per year. Details of our cyber security software are withheld under section 31(1)(a) and section 24(1) (national security).

Regards
"""


def test_question_and_answer_style():
    r = parse_reply(QA, SURVEY)
    f = facts_of(r)
    assert f[("laptops", "2019/20", "count")] == 300
    assert f[("laptops", "2020/21", "count")] == 1100
    assert f[("laptops", "2020/21", "unit_cost_gbp")] == 680
    assert f[("tablets", None, "count")] == 0
    assert f[("mobile_phones", "2020/21", "count")] == 400
    assert f[("office365_accounts", "2020/21", "total_cost_gbp")] == 380000
    assert 3 not in f.values()                      # "the last 3 years" is in the restated question
    assert r.exemptions == ["s24(1)", "s31(1)(a)"]
    assert r.outcome == "partially_successful"


FY_SECTIONS = """Our response:

Financial Year 2018/2019
- Laptops: 102 (average price £580)
- Tablets: 7
- Smartphones: 230

Financial Year 2019/2020
- Laptops: 140 (average price £601)
- Tablets: 11
- Smartphones: 198

April 2020 - March 2021
- Laptops: 950 (average price £655)
- Tablets: 40
- Smartphones: 510

Zoom licences: 25
Microsoft 365: all 1,200 staff have an account (approx.)
"""


def test_sections_headed_by_periods_written_differently():
    r = parse_reply(FY_SECTIONS, SURVEY)
    f = facts_of(r)
    assert f[("laptops", "2018/2019", "count")] == 102
    assert f[("laptops", "2019/2020", "unit_cost_gbp")] == 601
    assert f[("mobile_phones", "April 2020 - March 2021", "count")] == 510
    fy = next(x for x in r.facts if x.period == "April 2020 - March 2021")
    assert (fy.period_start, fy.period_end) == ("2020-04-01", "2021-03-31")
    assert f[("zoom_accounts", None, "count")] == 25        # not carried into the last device year
    o365 = next(x for x in r.facts if x.subject == "office365_accounts")
    assert o365.value == 1200 and o365.approx


@pytest.mark.parametrize("text, code", [
    ("Dear Ms Patel\n\nYour request for information - FOI-12345\n\nWe estimate that the cost of complying with your "
     "request would exceed the appropriate limit of £450, which represents 18 hours of work at £25 per hour. We are "
     "therefore refusing your request under section 12 of the Freedom of Information Act 2000.\n\nUnder our duty to "
     "provide advice and assistance (section 16), you may wish to narrow your request.", "s12"),
    ("Dear requester,\nThe Council considers this request to be vexatious and is refusing it under Section 14(1) "
     "of the FOIA. This is a refusal notice under section 17.", "s14(1)"),
    ("Response\nThe information you have requested about devices purchased is published in our spending data at "
     "https://www.examplecouncil.gov.uk/spending. This information is therefore exempt under s21 as it is "
     "reasonably accessible to you by other means.", "s21"),
    ("We are unable to provide the names of the suppliers' account managers; this is personal data and is exempt "
     "under s.40(2) of the Act.", "s40(2)"),
    ("The council is withholding the requested information under S43 (2) - commercial interests - because release "
     "would prejudice our negotiating position with suppliers.", "s43(2)"),
    ("This request has been handled under the Environmental Information Regulations 2004 (EIR).\nThe council "
     "considers the request manifestly unreasonable and refuses it under Regulation 12(4)(b) of the EIR.",
     "reg12(4)(b)"),
])
def test_refusals_under_each_exemption(text, code):
    r = parse_reply(text, SURVEY)
    assert r.kind == "response"
    assert r.outcome == "rejected"
    assert r.exemptions == [code]
    assert r.facts == []                           # £450, 18 hours, £25 per hour are not figures
    assert {q.outcome for q in r.questions} == {"rejected"}


def test_procedural_sections_are_not_exemptions():
    r = parse_reply("Response\nUnder Section 1 of the Act you have a right to be told whether we hold the "
                    "information. We have answered within the time allowed by section 10. Advice is given under "
                    "section 16 and this notice is issued under section 17. I can confirm we hold 12 Zoom accounts.",
                    SURVEY)
    assert r.exemptions == []
    assert r.procedural_sections == ["s1", "s10", "s16", "s17"]
    assert r.outcome == "successful"


def test_rights_text_quoting_the_act_is_not_an_exemption():
    text = ("Please find below our response. Laptops purchased in 2020/21: 75.\n\nYour rights\nIf you are unhappy "
            "with the way your request was handled you may ask for an internal review. The Act contains exemptions "
            "such as section 40 (personal information) and section 43 (commercial interests). If information is "
            "withheld under section 12 you will be told.")
    r = parse_reply(text, SURVEY)
    assert r.exemptions == [] and r.outcome == "successful"


@pytest.mark.parametrize("spelling, code", [
    ("Section 31(3) of the Freedom of Information Act", "s31(3)"), ("s.43(2)", "s43(2)"), ("S43 (2)", "s43(2)"),
    ("section 12 (cost limit)", "s12"), ("exemption under s21", "s21"), ("Regulation 12(4)(b) of the EIR", "reg12(4)(b)"),
    ("section 31(1)(a)", "s31(1)(a)"), ("Section 40(2)", "s40(2)"), ("regulation 13", "reg13"), ("s14", "s14"),
])
def test_exemption_spellings(spelling, code):
    r = parse_reply(f"The information is withheld under {spelling}.", SURVEY)
    assert r.exemptions == [code]


def test_sections_of_other_acts_are_ignored():
    r = parse_reply("We publish spending under section 2 of the Local Government Transparency Code and section 31 "
                    "of the Local Government Act 2003 grants apply. We bought 10 laptops in 2019/20.", SURVEY)
    assert r.exemptions == []


NOT_HELD = """Dear Requester,

I can confirm that the Council does not hold the information you have requested. Device purchases are made by our IT partner and are not recorded by the Council.
"""


def test_not_held():
    r = parse_reply(NOT_HELD, SURVEY)
    assert r.kind == "response" and r.outcome == "not_held" and r.facts == [] and r.exemptions == []


def test_ncnd_whole_reply():
    r = parse_reply("Dear Sir,\nIn accordance with section 31(3) of the FOIA, the Council will neither confirm nor "
                    "deny whether it holds information relating to cyber security software, since confirming or "
                    "denying would be likely to prejudice the prevention or detection of crime.", SURVEY)
    assert r.outcome == "rejected" and r.ncnd and r.exemptions == ["s31(3)"]
    assert [(q.question, q.outcome, q.ncnd) for q in r.questions] == [("2c", "rejected", True)]


ACK = """Dear Mr Jones,

Freedom of Information Act 2000 - Request for Information
Reference: FOI 2021-10-0423

Thank you for your request for information, which was received on 30 September 2021. Your request has been logged and is being dealt with under the Freedom of Information Act 2000.

We will respond within 20 working days, by 28 October 2021. If we estimate that the cost of complying with your request would exceed the appropriate limit of £450 (section 12) we will let you know.

If you have any queries about laptops, tablets or mobile phones please contact us on 0161 234 5000 or [mobile number] quoting reference 2021/10/423.

Information Governance Team, Town Hall, Market Street, Exampletown EX1 2AB
"""


def test_acknowledgement_has_no_figures_and_no_outcome():
    r = parse_reply(ACK, SURVEY)
    assert r.kind == "acknowledgement"
    assert r.outcome is None and r.exemptions == [] and r.facts == [] and r.questions == []


def test_holding_reply():
    r = parse_reply("Dear Requester\n\nRequest reference: 20211004-88\n\nI am writing to let you know that we need "
                    "more time to consider the public interest in relation to part 2c of your request. Under section "
                    "10(3) of the Freedom of Information Act we are extending the deadline for our response to 25 "
                    "November 2021 while we consider whether the exemption at section 31 applies.", SURVEY)
    assert r.kind == "holding" and r.outcome is None and r.exemptions == [] and r.facts == []


def test_clarification_request():
    r = parse_reply("Hello,\n\nThank you for your request. Before we can proceed, could you please clarify what you "
                    "mean by \"cyber security software\"? Do you mean anti-virus licences, firewalls or managed "
                    "services? The 20 working day period will begin again when we receive your reply.", SURVEY)
    assert r.kind == "clarification_request" and r.outcome is None and r.facts == []


def test_internal_review_outcome_letter():
    r = parse_reply("Internal Review - FOI 4455\n\nI have now completed the internal review of the council's "
                    "response to your request. I have reviewed the original decision to withhold information about "
                    "cyber security software under section 31(1)(a).\n\nI have concluded that the exemption was "
                    "correctly applied and the original decision is upheld. The public interest in maintaining the "
                    "exemption outweighs the public interest in disclosure.\n\nIf you remain dissatisfied you can "
                    "complain to the Information Commissioner.", SURVEY)
    assert r.kind == "internal_review"
    assert r.outcome == "rejected" and r.exemptions == ["s31(1)(a)"] and r.public_interest_test


def test_review_that_releases_figures():
    r = parse_reply("Internal review outcome\n\nHaving reviewed your request I have decided the original decision "
                    "is overturned. The council purchased 310 laptops in 2020/21.", SURVEY)
    assert r.kind == "internal_review" and r.outcome == "successful"
    assert facts_of(r) == {("laptops", "2020/21", "count"): 310}


def test_partial_refusal_with_lists_and_redaction():
    text = ("Please find attached the information requested.\n\n1a Laptops - 2018-19: 45; 2019-20: 60; 2020-21: 300 "
            "(approx.)\n1b Tablets - 2018-19: nil; 2019-20: 4; 2020-21: 12\n\nWe have withheld the unit prices paid "
            "to individual suppliers under s.43(2) (commercial interests). Names of officers have been redacted "
            "under S40 (2).")
    r = parse_reply(text, SURVEY)
    f = facts_of(r)
    assert f[("laptops", "2020-21", "count")] == 300
    assert next(x for x in r.facts if x.value == 300).approx
    assert f[("tablets", "2018-19", "count")] == 0
    assert f[("tablets", "2019-20", "count")] == 4
    assert r.exemptions == ["s40(2)", "s43(2)"] and r.outcome == "partially_successful"
    check_offsets(text, r)


def test_quoted_original_message_is_not_read():
    text = ("Response: we purchased 12 tablets in 2020/21.\n\n-----Original Message-----\nFrom: A Requester\n"
            "Sent: 29 September 2021\nPlease tell me how many laptops (e.g. 500?) you bought in 2019/20 and whether "
            "section 43 applies.\n> quoted 99 laptops\n")
    r = parse_reply(text, SURVEY)
    assert facts_of(r) == {("tablets", "2020/21", "count"): 12}
    assert r.exemptions == []


def test_money_totals_and_unit_cues():
    r = parse_reply("Response\nLaptops: 200 purchased in 2020/21, total spend £150,000.\n"
                    "Tablets: 30 purchased in 2020/21 @ £420.\nMobile phones 2020/21: 90 x £199.99 = £17,999.10",
                    SURVEY)
    f = facts_of(r)
    assert f[("laptops", "2020/21", "total_cost_gbp")] == 150000
    assert f[("tablets", "2020/21", "unit_cost_gbp")] == 420
    assert f[("mobile_phones", "2020/21", "count")] == 90
    assert f[("mobile_phones", "2020/21", "unit_cost_gbp")] == 199.99
    assert f[("mobile_phones", "2020/21", "total_cost_gbp")] == 17999.10


def test_transposed_table_with_subjects_as_columns_and_total_column_skipped():
    text = ("Year\tLaptops\tTablets\tMobile phones\n2018/19\t10\t2\t30\n2019/20\t11\t3\t31\nTotal\t21\t5\t61\n")
    r = parse_reply(text, SURVEY)
    f = facts_of(r)
    assert f[("tablets", "2019/20", "count")] == 3
    assert len(r.facts) == 6                      # the Total row is a sum, not a year


def test_nothing_to_read():
    for text in ("", "   \n\n", "Thank you.", "[Subject only] FOI request"):
        r = parse_reply(text, SURVEY)
        assert r.facts == [] and r.outcome is None and r.exemptions == []


def test_two_header_rows_carry_the_period_over_measure_columns():
    text = ("Response\n\t2019/20\t\t2020/21\t\nDevice\tQty\tUnit cost\tQty\tUnit cost\n"
            "Laptops\t100\t£600\t200\t£650\nTablets\t10\t£300\t20\t£310\n")
    f = facts_of(parse_reply(text, SURVEY))
    assert f == {("laptops", "2019/20", "count"): 100, ("laptops", "2019/20", "unit_cost_gbp"): 600,
                 ("laptops", "2020/21", "count"): 200, ("laptops", "2020/21", "unit_cost_gbp"): 650,
                 ("tablets", "2019/20", "count"): 10, ("tablets", "2019/20", "unit_cost_gbp"): 300,
                 ("tablets", "2020/21", "count"): 20, ("tablets", "2020/21", "unit_cost_gbp"): 310}


def test_year_ending_and_bounds_are_approximate():
    r = parse_reply("In the year ending 31 March 2020 the council bought 300+ laptops and some 40 tablets.", SURVEY)
    by = {f.subject: f for f in r.facts}
    assert by["laptops"].value == 300 and by["laptops"].approx and by["tablets"].approx
    assert (by["laptops"].period_start, by["laptops"].period_end) == ("2019-04-01", "2020-03-31")


def test_years_as_labels_and_number_words():
    text = ("Response\n\nTotal cost of devices purchased:\nLaptop computers: 2019 £66,937, 2020 £192,573, "
            "2021 (to date) N/A\n\nApril 2018 to March 2019:\nNotebooks - thirteen\nTablet computers - 2\n\n"
            "Zoom accounts created - three (for committee meetings)\n\n"
            "One of the reasons that cyber security matters is resilience.")
    r = parse_reply(text, SURVEY)
    f = facts_of(r)
    assert f[("laptops", "2019", "total_cost_gbp")] == 66937
    assert f[("laptops", "2020", "total_cost_gbp")] == 192573
    assert ("laptops", "2021", "total_cost_gbp") not in f
    assert f[("laptops", "April 2018 to March 2019", "count")] == 13
    assert f[("zoom_accounts", None, "count")] == 3
    assert not [x for x in r.facts if x.subject == "cyber_security"]     # "One of the reasons"


def test_question_and_response_table_after_a_period_table():
    text = ("Device\t2018-19\t2019-20\t2020-21\nLaptops\t0\t948\t960\n"
            "Question\tResponse\n2a) Zoom accounts\t150\n2b) Office 365 accounts\t3,700 licences (E3)\n"
            "2c) Cyber security software\tThe council uses tools included in its Microsoft 365 licensing; "
            "no separate purchase was made.\n")
    f = facts_of(parse_reply(text, SURVEY))
    assert f[("laptops", "2019-20", "count")] == 948
    assert f[("zoom_accounts", None, "count")] == 150          # not given the 2018-19 column of the last table
    assert f[("office365_accounts", None, "count")] == 3700
    assert ("office365_accounts", None, "count") in f and len(f) == 5


def test_answer_line_under_a_question_heading():
    text = ("Response\n\nb Number of new office 365 account purchased\n"
            "5,100 licences (E3) purchased during the migration to Microsoft 365\n\n"
            "c. cyber security software purchased\nNo separate cyber security software was purchased.\n")
    f = facts_of(parse_reply(text, SURVEY))
    assert f == {("office365_accounts", None, "count"): 5100}


def test_figures_outside_the_survey_still_make_an_answer():
    r = parse_reply("Dear Ms Khan\nRequest FOI-19-6506\n48 members of staff were suspended.\nA Officer\n"
                    "Tel: 01223 335054", SURVEY)
    assert r.kind == "response" and r.outcome == "successful" and r.facts == []
    r = parse_reply("Total agency spend was £1,204. Some of the information has been withheld because it is the "
                    "personal data of third parties (section 40(2)).", SURVEY)
    assert r.outcome == "partially_successful"
    r = parse_reply("We estimate that the cost of complying would exceed £600, the upper limit. Under section 12(1) "
                    "the Council is not obliged to comply. Each of our 30,000 purchase orders would need checking.",
                    SURVEY)
    assert r.outcome == "rejected" and r.exemptions == ["s12"]


@pytest.mark.parametrize("text, codes", [
    ("The information is excepted under EIR 12(5)(e) and withheld.", ["reg12(5)(e)"]),
    ("We are withholding this under sections 31 and 43 of the Act.", ["s31", "s43"]),
    ("The council relies on s 40(2) and S.40(5) to withhold it.", ["s40(2)", "s40(5)"]),
])
def test_more_exemption_lists(text, codes):
    assert parse_reply(text, SURVEY).exemptions == codes


def test_ranges_respectively_and_request_heading():
    r = parse_reply("We bought between 200 and 250 laptops in 2020/21.", SURVEY)
    (f,) = r.facts
    assert f.value == 225 and f.approx and f.period == "2020/21"
    f = facts_of(parse_reply("Laptops: 2018/19 - 232, 2019/20 - 426, 2020/21 - 617. Tablets: 84, 87 and 29 "
                             "respectively.", SURVEY))
    assert f[("tablets", "2019/20", "count")] == 87 and f[("laptops", "2020/21", "count")] == 617
    text = ("Request:\nPlease provide the number of laptops (e.g. 100) bought in 2019/20 and 2020/21.\n\n"
            "Response:\nLaptops 2019/20: 120\nLaptops 2020/21: 140\n")
    assert facts_of(parse_reply(text, SURVEY)) == {("laptops", "2019/20", "count"): 120,
                                                   ("laptops", "2020/21", "count"): 140}


def test_late_answer_is_a_response_not_a_holding_letter():
    r = parse_reply("Apologies for the delay in responding. 48 staff were suspended in 2020.", SURVEY)
    assert r.kind == "response" and r.outcome == "successful"
    r = parse_reply("Thank you for your request, which has been received. We will respond within 20 working days.",
                    SURVEY)
    assert r.kind == "acknowledgement"


def test_answers_under_each_restated_question():
    text = (FILES / "inline-answers.txt").read_text(encoding="utf-8")
    r = parse_reply(text, SURVEY)
    f = facts_of(r)
    assert f[("laptops", "2020", "count")] == 310
    assert f[("laptops", "2020", "total_cost_gbp")] == 201500        # "estimated cost" of 310 laptops is a total
    assert f[("mobile_phones", "2021", "unit_cost_gbp")] == 160
    assert f[("tablets", None, "count")] == 0 and f[("zoom_accounts", None, "count")] == 0
    assert f[("office365_accounts", None, "count")] == 1500
    assert f[("office365_accounts", None, "unit_cost_gbp")] == 28.5
    assert 932 not in f.values() and 2021 not in f.values()
    assert r.outcome == "partially_successful" and r.exemptions == ["s31(1)(a)"] and r.public_interest_test
    q = {x.question: x.outcome for x in r.questions}
    assert q == {"1a": "successful", "1b": "successful", "1c": "successful", "2a": "successful",
                 "2b": "successful", "2c": "rejected"}
    check_offsets(text, r)


def test_one_sentence_listing_several_devices():
    r = parse_reply("In 2018/19 we purchased 232 laptops, 84 tablets and 288 mobile phones.", SURVEY)
    assert facts_of(r) == {("laptops", "2018/19", "count"): 232, ("tablets", "2018/19", "count"): 84,
                           ("mobile_phones", "2018/19", "count"): 288}


@pytest.mark.parametrize("text, codes, pit", [
    ("Laptops 2020/21: 50.\n\nPlease note that where information has been withheld under a qualified exemption, we "
     "have considered the public interest test.", [], False),
    ("Laptops 2020/21: 50.\n\nAny information that is exempt under section 43 will be redacted.", [], False),
    ("Laptops 2020/21: 50. Some supplier names are exempt under section 43(2) and have been redacted.", ["s43(2)"],
     False),
    ("All of the information is withheld under section 43(2). The public interest test favours withholding.",
     ["s43(2)"], True),
])
def test_general_statements_are_not_refusals(text, codes, pit):
    r = parse_reply(text, SURVEY)
    assert r.exemptions == codes and r.public_interest_test is pit


def test_answers_given_straight_after_the_intro_are_not_taken_for_the_restated_request():
    text = ("Thank you for your request for the following information:\n\n1a Laptops\n2018/19: 232\n2019/20: 426\n"
            "2020/21: 617\n1b Tablets\n2018/19: 84\n2019/20: 87\n\nWe can confirm this is all the information held.")
    r = parse_reply(text, SURVEY)
    assert r.ignored == [] and len(r.facts) == 5


def test_costs_section_inside_each_year_section():
    text = ("Response\n\n2018-19:\nTablets - 84\nLaptops - 232\nCosts:\nTablets £1,141\nLaptops £800\n\n2019-20:\n"
            "Tablets - 87\nLaptops - 426\nCosts:\nTablets £1,100\nLaptops £790\n\n2. Licences\nZoom: 0\n")
    f = facts_of(parse_reply(text, SURVEY))
    assert f[("tablets", "2018-19", "unit_cost_gbp")] == 1141
    assert f[("laptops", "2019-20", "unit_cost_gbp")] == 790
    assert f[("zoom_accounts", None, "count")] == 0


def test_pdf_line_wrapped_mid_sentence():
    text = ("Response\nIn the financial year 2019/20 the council purchased 426 laptops at an average\n"
            "cost of £650 each, and 87 tablets.\nThe number of mobile phones bought was 601.\n")
    f = facts_of(parse_reply(text, SURVEY))
    assert f == {("laptops", "2019/20", "count"): 426, ("laptops", "2019/20", "unit_cost_gbp"): 650,
                 ("tablets", "2019/20", "count"): 87, ("mobile_phones", None, "count"): 601}


def test_windows_line_endings_and_odd_spaces_read_the_same(barnet):
    text, r = barnet
    crlf = text.replace("\n", "\r\n").replace(" - ", "\u00a0\u2013 ")
    r2 = parse_reply(crlf, SURVEY)
    assert sorted((f.subject, f.period or "", f.measure, f.value) for f in r2.facts) == \
        sorted((f.subject, f.period or "", f.measure, f.value) for f in r.facts)
    assert r2.outcome == r.outcome and r2.exemptions == r.exemptions
    check_offsets(crlf, r2)


def test_header_spaced_wide_rows_spaced_single():
    text = "Device     2018/19     2019/20     2020/21\nLaptops 232 426 617\nMobile phones 288 601 402\n"
    f = facts_of(parse_reply(text, SURVEY))
    assert f[("laptops", "2019/20", "count")] == 426 and f[("mobile_phones", "2020/21", "count")] == 402
    assert len(f) == 6


def test_row_without_figures_does_not_replace_the_header():
    text = "Device\t2018/19\t2019/20\nLaptops\tN/A\tN/A\nTablets\t15\t22\n"
    f = facts_of(parse_reply(text, SURVEY))
    assert f == {("tablets", "2018/19", "count"): 15, ("tablets", "2019/20", "count"): 22}


RESTATED = """I am writing in response to your request for information dated 29 September 2021.
You asked:
I would like to know the following over the last 3x years, broken down by year (September 2021, September 2020, September 2019) and the estimated cost per device.
1. Breakdown of the number of new electronic devices purchased by your organisation and the estimated cost for each purchase:
a Laptops
b Tablet computers
c Mobile Phones
2. Detail on remote working software/licences purchased and estimated costs
a Number of Zoom accounts created
b Number of new office 365 account purchased
c. cyber security software purchased
"""


def test_refusal_straight_after_the_restated_request_covers_every_question():
    text = RESTATED + ("The Council considers that the requested information is exempt under section 43(2), as "
                       "disclosure would be likely to prejudice the commercial interests of its supplier.\n")
    r = parse_reply(text, SURVEY)
    assert len(r.ignored) == 1 and r.outcome == "rejected" and r.exemptions == ["s43(2)"]
    assert {(q.question, q.outcome) for q in r.questions} == {(q, "rejected") for q in
                                                               ("1a", "1b", "1c", "2a", "2b", "2c")}
    text = RESTATED + ("We estimate that it would cost more than the appropriate limit of £450 (18 hours at £25 per "
                       "hour) to answer. Devices are not recorded centrally. Section 12 of the Act therefore applies. "
                       "You may wish to narrow your request to laptops in a single year.\n")
    r = parse_reply(text, SURVEY)
    assert r.outcome == "rejected" and r.exemptions == ["s12"] and r.facts == []
    assert {q.outcome for q in r.questions} == {"rejected"} and len(r.questions) == 6


def test_section_level_refusal_and_questions_answered_in_words():
    text = ("Response\n\n1. Devices purchased\n\nDevice\tFY 2018-2019\tFY 2019-2020\nNotebooks\t1,020\t1,261\n"
            "Mobiles\t1,535\t1,122\n\nUnit costs are withheld under section 43(2) (commercial interests).\n\n"
            "2. Remote working software and licences\n\nQ2(a) Zoom: 3 (used for webcasting)\n"
            "Cyber security software\tThe Council uses the tools included in its Microsoft 365 licensing; no "
            "separate purchase was made.\n")
    r = parse_reply(text, SURVEY)
    q = {x.question: (x.outcome, x.exemptions) for x in r.questions}
    assert q["1a"] == ("partially_successful", ["s43(2)"]) and q["1c"] == ("partially_successful", ["s43(2)"])
    assert q["2a"] == ("successful", []) and q["2c"] == ("successful", [])
    assert "1b" not in q                      # tablets: not mentioned at all
    assert r.outcome == "partially_successful"


def test_model_names_and_generations_are_not_figures():
    r = parse_reply("Laptops (Windows 10) – 232\niPad Air 4th gen – 84\nMobile phones (iPhone 12) - 288\n", SURVEY)
    assert facts_of(r) == {("laptops", None, "count"): 232, ("tablets", None, "count"): 84,
                           ("mobile_phones", None, "count"): 288}


def test_money_with_scale_words():
    text = "Question 1a – Laptops\nFinancial Year\tQuantity\tTotal Cost\n2018/19\t232\t£192,910.32\n2019/20\t426\t£1.2m\n"
    f = facts_of(parse_reply(text, SURVEY))
    assert f[("laptops", "2019/20", "total_cost_gbp")] == 1_200_000
    assert f[("laptops", "2018/19", "total_cost_gbp")] == 192910.32


def test_parts_of_a_figure_are_not_figures_and_subject_after_value():
    assert facts_of(parse_reply("Laptops - 232 (of which 50 were refurbished)", SURVEY)) == \
        {("laptops", None, "count"): 232}
    assert facts_of(parse_reply("We bought 300 laptops in 2020/21, including 40 Chromebooks.", SURVEY)) == \
        {("laptops", "2020/21", "count"): 300}
    assert facts_of(parse_reply("232 - Laptops", SURVEY)) == {("laptops", None, "count"): 232}
