"""Figure and outcome forms found by the sixth sweep of real replies on topics the real-reply set does not hold
(helper "sweep14", session of 2026-12-07 night; files and catalogue in docs/real-replies.md, session-7dec-k): each
test quotes a few lines of a real reply (or request) and a made-up variant, each drafted with `foi survey draft` from
its request; each fails without its rule.
"""

from __future__ import annotations

from reader import parse_reply
from tests.reading_helpers import drafted_survey as _survey, reply_figures as _figures


# A sum of nothing in a run of yearly sums ------------------------------------------------------------------------

INVESTED_REQUEST = """\
I would like to exercise my right under freedom of information laws to find out how much your authority has invested in commercial property in the following years:

2017 to date

Please also include how much has been borrowed from the Public Works Loan Board to help facilitate any purchases in each of these years and the agreed interest rate for repayment and term of loan.
"""

# Moray's reply on commercial property bought (a topic the set does not hold), under the request as its page has it
INVESTED_REPLY = INVESTED_REQUEST + """
Response 24-05-2017

2012 - £0

2013 - £0

2014 - £0

2015 - £0

2016 - £220,000

2017 to date - £767,500

The funding for the Council's capital programme comes from a number of sources including government general capital grant.
"""


def test_a_yearly_sum_of_nothing_is_nothing_spent_where_a_sum_is_asked():
    got = _figures(parse_reply(INVESTED_REPLY, _survey(INVESTED_REQUEST)))
    assert got.count(("1", 0.0)) == 4
    assert ("1", 220000.0) in got and ("1", 767500.0) in got


def test_a_yearly_sum_of_nothing_written_with_pence_is_kept_too():
    # made up: the pence written, a spend asked in other words
    request = "Please tell me how much the council spent on consultants in each of the years 2019/20 to 2021/22.\n"
    reply = ("Response\n\nThank you for your request.\n\n2019/20 - £0.00\n\n2020/21 - £12,400.00\n\n"
             "2021/22 - £31,950.00\n\nKind regards\n")
    got = _figures(parse_reply(reply, _survey(request)))
    assert ("1", 0.0) in got and ("1", 12400.0) in got and ("1", 31950.0) in got


# A provision's number wrapped onto the next line of an e-mail --------------------------------------------------

FEE_NOTES_REQUEST = """\
This Freedom of Information Act request is for the fee notes attached to the following two invoices:
1) Weightmans LLP Paid 16/7/13 Ref: 1411340 Amount £48,384
2) Weightmans LLP Paid 2/9/13 Ref: 1420583 Amount £2,700
"""

# Wirral's refusal of a legal firm's fee notes on WhatDoTheyKnow (a topic the set does not hold), hard-wrapped
FEE_NOTES_REPLY = """\
Dear Mr. Brace,
I refer to your request for information dated 23 March 2015 and detailed
in the email below.
I consider that the exemption contained in Section 42 of the Freedom of
Information Act, 2000 (FOIA) in respect of legal professional privilege
applies to the requested information. Details of the fees notices,
attached to the invoices in question is information contained in
communications between the Council and its legal advisers.
I have had regard to the latest guidance
issued by the ICO "The exemption for legal professional privilege Section
42 Version 1.2"
I consider that the public interest in maintaining the exemption
outweighs the public interest in disclosure.
"""


def test_a_section_number_wrapped_to_the_next_line_is_no_figure_given():
    reply = parse_reply(FEE_NOTES_REPLY, _survey(FEE_NOTES_REQUEST))
    assert reply.outcome == "rejected"
    assert not reply.facts


def test_a_paragraph_number_wrapped_to_the_next_line_is_no_figure_given():
    # made up: a commercial refusal whose letter points to guidance, wrapped after "paragraph"
    request = "Please provide the amount paid to each contractor for grounds maintenance in 2022/23.\n"
    reply = ("Dear Ms Smith,\nThank you for your request. The council holds the information but it is exempt under\n"
             "section 43 of the Freedom of Information Act (commercial interests), and the public interest in\n"
             "maintaining the exemption outweighs the public interest in disclosure. We have followed paragraph\n"
             "27 of the Commissioner's guidance in reaching this view.\nYours sincerely\n")
    got = parse_reply(reply, _survey(request))
    assert got.outcome == "rejected" and not got.facts


# A request sent through WhatDoTheyKnow, closed without "Yours faithfully" ----------------------------------------

INVESTMENTS_REQUEST = """\
(1) The "advice, acquisition and investment rationale report" produced by ACRE Capital Real Estate in relation to the acquisition of Touristik House, Dorking Office Car Park (as described in invoice no INV-0037 dated 22 Oct 2018)

(2) The purchase report produced by DTRE in relation to the acquisition of The Quadrangle, 106-118 Station Road, Redhill, as referenced by invoice number SG18090960
"""

# Mole Valley's acknowledgement under the request as WhatDoTheyKnow shows it (a topic the set does not hold)
INVESTMENTS_PAGE = """\
Commercial investments and associated reports

Dear Mole Valley District Council,

I am emailing to request the following documents under the Freedom of Information Act 2000:

""" + INVESTMENTS_REQUEST + """
I would be grateful if you could confirm in writing that you have received this request, and I look forward to hearing from you in the near future.

Thank you for your time,

Gareth Davies

Freedom Of Information, Mole Valley District Council

Dear Mr Davies

Thank you for your information request submitted under the Freedom of Information Act 2000.

Please be advised that your request is being dealt with and you will receive a response within 20 working days which will be 16 August 2019.
"""


def test_a_request_to_the_body_closed_looking_forward_to_hearing_is_the_requesters():
    reply = parse_reply(INVESTMENTS_PAGE, _survey(INVESTMENTS_REQUEST))
    assert reply.kind == "acknowledgement"
    assert reply.outcome is None and not reply.facts


def test_a_request_to_the_body_closed_looking_forward_to_a_response_is_the_requesters():
    # made up: the same shape, a sum the requester adds, "I look forward to your response", an acknowledgement
    request = ("(1) The valuation report bought for the purchase of the Old Bank, Anytown (invoice 5512 of 3 May 2019,"
               " 250 pages)\n\n(2) The survey of its 14 flats\n")
    page = ("Dear Anytown Borough Council,\n\nI am emailing to request the following documents:\n\n" + request +
            "\nBoth were paid for from the £2.4m regeneration fund.\n\nI look forward to your response.\n\nThanks,\n\nJo Bloggs\n\nDear Jo Bloggs\n\n"
            "Please be advised that your request is being dealt with and you will receive a response within 20 working"
            " days.\n")
    reply = parse_reply(page, _survey(request))
    assert reply.kind == "acknowledgement" and reply.outcome is None


# A street address's number -----------------------------------------------------------------------------------------

def test_a_street_address_number_is_no_figure_given():
    # made up: the address said apart from the refusal that withholds the rent
    request = "Please provide the annual rent the council receives for each of its commercial properties.\n"
    reply = ("Dear Sir\n\nThe council lets one commercial property, the former library at 106-118 Station Road, Redhill."
             "\n\nThe rent is commercially sensitive and is exempt under section 43(2) of the Freedom of Information Act."
             " We consider the public interest in maintaining the exemption outweighs the public interest in disclosure."
             "\n\nYours faithfully\n")
    got = parse_reply(reply, _survey(request))
    assert got.outcome == "rejected" and not got.facts
