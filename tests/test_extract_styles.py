"""parse_reply on replies written in styles the demo corpus does not use, each with the exact expected result.

Every reply below was written for this file, in wording of its own (not copied from the demo corpus), to check
that the rules read English as councils write it in general: bilingual headings, answers inline after the
restated question, periods as rows, totals instead of unit costs, not-held and refusal letters of several kinds,
quoted questions, Scottish (FOISA) refusals, single-spaced tables with word cells, and "to date" periods.
"""

from __future__ import annotations

import pytest

from reader import load_survey, parse_reply

SURVEY = load_survey("remote-working-2021")


def facts(reply):
    """{(subject, period, measure): (value, approx)} — every figure, so an extra one fails the test."""
    out = {}
    for f in reply.facts:
        key = (f.subject, f.period, f.measure)
        assert key not in out, f"two figures for {key}"
        out[key] = (f.value, f.approx)
    return out


def text_of(tmp_path, name, write):
    """The text our document reader gives for a file the test makes (``write(path)`` writes it)."""
    from documents import extract_text

    path = tmp_path / name
    write(str(path))
    return extract_text(path.read_bytes(), name).text


def check(text, reply):
    for f in reply.facts:
        assert text[f.start:f.end] == f.quote
    for q in reply.questions:
        assert text[q.start:q.end] == q.quote


# 1. A Welsh council: bilingual heading, a tab table with periods as columns ---------------------------------

WELSH = """Cyngor Sir Ynys Bryn / Bryn Island County Council
Ymateb i Gais Rhyddid Gwybodaeth / Response to Freedom of Information Request
Cyf / Ref: RG-2211

Annwyl Ymgeisydd / Dear Applicant

Rydym wedi ystyried eich cais. We have now considered your request and the Council holds the following.

Dyfais / Device\t2018/19\t2019/20\t2020/21
Gliniaduron / Laptops\t61\t75\t410
Llechi / Tablets\t12\t9\t33
Ffonau symudol / Mobile phones\t140\t122\t305

Cyfrifon Zoom / Zoom accounts: 4
Trwyddedau Office 365 / Office 365 licences: 1,960
"""


def test_welsh_bilingual_headings():
    r = parse_reply(WELSH, SURVEY)
    check(WELSH, r)
    assert r.outcome == "successful"
    assert facts(r) == {
        ("laptops", "2018/19", "count"): (61, False), ("laptops", "2019/20", "count"): (75, False),
        ("laptops", "2020/21", "count"): (410, False),
        ("tablets", "2018/19", "count"): (12, False), ("tablets", "2019/20", "count"): (9, False),
        ("tablets", "2020/21", "count"): (33, False),
        ("mobile_phones", "2018/19", "count"): (140, False), ("mobile_phones", "2019/20", "count"): (122, False),
        ("mobile_phones", "2020/21", "count"): (305, False),
        ("zoom_accounts", None, "count"): (4, False), ("office365_accounts", None, "count"): (1960, False),
    }


# 2. Answers inline after each restated question ---------------------------------------------------------------

INLINE = """Dear Sir or Madam,

Freedom of Information request FOI-5120

Q1a. How many laptops did the council buy in each of the last three financial years?
A: 2018-19: 120; 2019-20: 135; 2020-21: 602.

Q1b. How many tablets?
A: We bought 14 tablets in 2020-21 and none in the two years before.

Q1c. How many mobile phones?
A: 2020-21 only: 275.

Q2a. Number of Zoom accounts created
A: The authority does not use Zoom.

Q2b. Number of new Office 365 accounts purchased
A: approximately 800

Regards,
Records Officer
"""


def test_answers_inline_after_each_question():
    r = parse_reply(INLINE, SURVEY)
    check(INLINE, r)
    assert r.outcome == "successful"
    got = facts(r)
    assert got[("laptops", "2018-19", "count")] == (120, False)
    assert got[("laptops", "2019-20", "count")] == (135, False)
    assert got[("laptops", "2020-21", "count")] == (602, False)
    assert got[("tablets", "2020-21", "count")] == (14, False)
    assert got[("mobile_phones", "2020-21", "count")] == (275, False)
    assert got[("zoom_accounts", None, "count")] == (0, False)
    assert got[("office365_accounts", None, "count")] == (800, True)


# 3. A spreadsheet with periods as rows and devices as columns ------------------------------------------------

ROWS = """[Sheet: Devices]
Financial year\tLaptops\tTablets\tMobile phones
2018/2019\t55\t0\t210
2019/2020\t71\t18\t233
2020/2021\t388\t46\t197
"""


def test_periods_as_rows_devices_as_columns():
    r = parse_reply(ROWS, SURVEY)
    check(ROWS, r)
    got = {(s, p, m): v for (s, p, m), (v, _) in facts(r).items()}
    assert got == {
        ("laptops", "2018/2019", "count"): 55, ("tablets", "2018/2019", "count"): 0,
        ("mobile_phones", "2018/2019", "count"): 210,
        ("laptops", "2019/2020", "count"): 71, ("tablets", "2019/2020", "count"): 18,
        ("mobile_phones", "2019/2020", "count"): 233,
        ("laptops", "2020/2021", "count"): 388, ("tablets", "2020/2021", "count"): 46,
        ("mobile_phones", "2020/2021", "count"): 197,
    }
    p = {f.period: (f.period_start, f.period_end) for f in r.facts}
    assert p["2019/2020"] == ("2019-04-01", "2020-03-31")


# 4. A letter giving totals spent per year instead of unit costs ----------------------------------------------

TOTALS = """Dear Requester

We do not keep a price per device, but we can tell you what we spent on each kind of device.

Laptops: in 2019/20 we spent a total of £48,200, and in 2020/21 the spend was £311,950.
Tablets: total spend of £6,730 in 2020/21.

I hope this is helpful.
"""


def test_totals_spent_per_year():
    r = parse_reply(TOTALS, SURVEY)
    check(TOTALS, r)
    assert r.outcome == "successful"
    assert facts(r) == {
        ("laptops", "2019/20", "total_cost_gbp"): (48200, False),
        ("laptops", "2020/21", "total_cost_gbp"): (311950, False),
        ("tablets", "2020/21", "total_cost_gbp"): (6730, False),
    }


# 5. Not recorded centrally -> not held -------------------------------------------------------------------------

NOT_CENTRAL = """Dear Applicant,

Thank you for your email. Devices are bought by individual service areas from their own budgets and we do not
record this information centrally, so the Council does not hold the figures you asked for. To answer we would
have to contact each team.

Yours faithfully
Information Governance
"""


def test_not_recorded_centrally_is_not_held():
    r = parse_reply(NOT_CENTRAL, SURVEY)
    assert r.kind == "response"
    assert r.outcome == "not_held"
    assert r.exemptions == []
    assert r.facts == []


# 6. EIR regulation 12(4)(b), manifestly unreasonable -----------------------------------------------------------

EIR = """Dear Ms Roberts

Your request has been handled under the Environmental Information Regulations 2004. We are refusing it under
regulation 12(4)(b) because it is manifestly unreasonable: locating and extracting the data for roughly 3,400
purchase orders over three years would take an estimated 95 hours of officer time.

We have weighed the public interest and concluded that it lies in maintaining the exception.
"""


def test_eir_manifestly_unreasonable():
    r = parse_reply(EIR, SURVEY)
    assert r.outcome == "rejected"
    assert r.exemptions == ["reg12(4)(b)"]
    assert r.public_interest_test is True
    assert r.facts == []


# 7. s14 vexatious, named only in words -------------------------------------------------------------------------

VEXATIOUS = """Dear Mr Hale

The Council has decided that your request is vexatious. This is the ninth request you have sent about our
IT purchasing since March and, taken together, they place a disproportionate burden on a small team. We will
not be responding further to requests on this topic.
"""


def test_vexatious_in_words_is_s14_1():
    r = parse_reply(VEXATIOUS, SURVEY)
    assert r.outcome == "rejected"
    assert r.exemptions == ["s14(1)"]
    assert all(q.outcome == "rejected" for q in r.questions)
    # a whole-request refusal is recorded once, for no single question (it applies to all of them)
    assert {rf.question for rf in r.refusals} == {None}


# 8. The requester's question quoted with "> ", answered below ----------------------------------------------------

QUOTED = """Hello,

> How many laptops were purchased in 2019/20 and at what unit cost?

We purchased 240 laptops in 2019/20 at £689 each.

> How many Zoom accounts were created?

Nine Zoom accounts were set up for the registration service.

> How many tablets were bought in 2020/21? I expect at least 500.

Tablets bought in 2020/21: 38.
"""


def test_quoted_questions_answered_below():
    r = parse_reply(QUOTED, SURVEY)
    check(QUOTED, r)
    assert facts(r) == {
        ("laptops", "2019/20", "count"): (240, False),
        ("laptops", "2019/20", "unit_cost_gbp"): (689, False),
        ("zoom_accounts", None, "count"): (9, False),
        ("tablets", "2020/21", "count"): (38, False),
    }


# 9. FOISA (Scotland) s33/s35 refusal ----------------------------------------------------------------------------

FOISA = """Dear Applicant

Freedom of Information (Scotland) Act 2002 - Refusal Notice

The Council holds the information you requested but is withholding all of it. Section 33(1)(b) of FOISA
applies because the unit prices would substantially prejudice the commercial interests of the Council, and
section 35(1)(a) applies to the details of our security software, since disclosure would substantially
prejudice the prevention or detection of crime. We have considered the public interest and find that on
balance it favours withholding the information.

Under section 20 of FOISA you may ask us to review this decision within 40 working days. If you remain
dissatisfied you may apply to the Scottish Information Commissioner under section 47(1).
"""


def test_foisa_refusal():
    r = parse_reply(FOISA, SURVEY)
    assert r.outcome == "rejected"
    assert r.exemptions == ["s33(1)(b)", "s35(1)(a)"]
    assert r.public_interest_test is True
    assert "s20" in r.procedural_sections


# 10. s21 with a link, and s12 for the whole request: rejected, not partially successful --------------------------

PUBLISHED = """Dear Requester

All spending over £250 is already published on our open data pages at
https://data.example-council.gov.uk/spend/2021/transparency-2021-q3.csv, which lists 14,500 payments
including laptops and mobile phones. As the information is reasonably accessible to you by other means it is
exempt under section 21(1) of the Freedom of Information Act 2000.
"""


def test_s21_with_link_is_rejected():
    r = parse_reply(PUBLISHED, SURVEY)
    assert r.outcome == "rejected"
    assert r.exemptions == ["s21"]
    assert r.facts == []
    assert {rf.question for rf in r.refusals} == {None}


COST_LIMIT = """Dear Requester

To answer your questions we would need to look through around 2,300 invoices for laptops, tablets and
mobile phones held by twelve departments. We estimate that this would take well over 18 hours, and so the
request exceeds the appropriate limit of £450. We are therefore refusing the whole request under section 12
of the Act.

You may wish to narrow your request, for example to one financial year.
"""


def test_s12_whole_request_is_rejected():
    r = parse_reply(COST_LIMIT, SURVEY)
    assert r.outcome == "rejected"
    assert r.exemptions == ["s12"]
    assert r.facts == []
    assert r.questions and all(q.outcome == "rejected" and q.exemptions == ["s12"] for q in r.questions)


# 11. A single-spaced table (text copied out of a PDF) with word cells and a unit cost column ---------------------

SINGLE_SPACED = """Response

Item 2018/19 2019/20 2020/21 Average unit price
Laptops 70 n/a 95 £745
Tablets - 12 None £410
Handsets 33 41 52 £129
"""


def test_single_spaced_table_with_word_cells():
    r = parse_reply(SINGLE_SPACED, SURVEY)
    check(SINGLE_SPACED, r)
    assert facts(r) == {
        ("laptops", "2018/19", "count"): (70, False), ("laptops", "2020/21", "count"): (95, False),
        ("laptops", None, "unit_cost_gbp"): (745, False),
        ("tablets", "2019/20", "count"): (12, False), ("tablets", "2020/21", "count"): (0, False),
        ("tablets", None, "unit_cost_gbp"): (410, False),
        ("mobile_phones", "2018/19", "count"): (33, False), ("mobile_phones", "2019/20", "count"): (41, False),
        ("mobile_phones", "2020/21", "count"): (52, False),
        ("mobile_phones", None, "unit_cost_gbp"): (129, False),
    }


# 12. Qualifiers bind to their own line; "to date" periods -------------------------------------------------------

TO_DATE = """Devices bought

2020
Laptops: 300
Tablets: about 40

2021 (year to date)
Laptops: 212
Mobile phones: 96

Approximate figures for earlier years are not available.
"""


def test_qualifier_binds_to_own_line_and_partial_period():
    r = parse_reply(TO_DATE, SURVEY)
    check(TO_DATE, r)
    got = {(f.subject, f.period): (f.value, f.approx, f.partial, f.period_end) for f in r.facts}
    assert got[("laptops", "2020")] == (300, False, False, "2020-12-31")
    assert got[("tablets", "2020")] == (40, True, False, "2020-12-31")
    assert got[("laptops", "2021 (year to date)")] == (212, False, True, "2021-12-31")
    # the line under the last figure says "Approximate": it is about other years, not this figure
    assert got[("mobile_phones", "2021 (year to date)")] == (96, False, True, "2021-12-31")


@pytest.mark.parametrize("sentence", [
    "We have considered the public interest and concluded that it favours withholding the information.",
    "Having weighed the public interest, we concluded that the balance lies in maintaining the exemption.",
    "The public interest in maintaining the exemption outweighs the public interest in disclosure.",
    "The public interest in disclosure is outweighed by the need to protect our network.",
    "On balance the public interest favours non-disclosure.",
])
def test_public_interest_phrasings(sentence):
    text = "Details of our security software are withheld under section 31(1)(a). " + sentence
    r = parse_reply(text, SURVEY)
    assert r.outcome == "rejected"
    assert r.public_interest_test is True


def test_public_interest_not_claimed_by_rights_paragraph():
    text = ("We purchased 40 laptops in 2020/21.\n\nIf you are unhappy you can ask for an internal review; "
            "the Information Commissioner's guidance explains how the public interest test works.")
    r = parse_reply(text, SURVEY)
    assert r.outcome == "successful"
    assert r.public_interest_test is False


def test_qualifier_before_the_next_figure_is_not_this_ones():
    text = "In 2020/21 we bought 120 laptops, 35 tablets and approximately 400 mobile phones."
    r = parse_reply(text, SURVEY)
    assert {f.subject: (f.value, f.approx) for f in r.facts} == {
        "laptops": (120, False), "tablets": (35, False), "mobile_phones": (400, True)}
    text = "Laptops bought in 2020/21: 120 (approx.)"
    assert [(f.value, f.approx) for f in parse_reply(text, SURVEY).facts] == [(120, True)]


def test_a_sentence_naming_years_is_not_a_table_header():
    # a list under a sentence that names two years: the dash is the list's separator, not an empty cell
    text = "Figures for 2019/20 and 2020/21 were combined\nLaptops - 150\nTablets - 20\n"
    r = parse_reply(text, SURVEY)
    assert {(f.subject, f.period, f.value) for f in r.facts} == {("laptops", None, 150), ("tablets", None, 20)}


FOISA_ACCESSIBLE = """Dear Applicant

Freedom of Information (Scotland) Act 2002

The figures you asked for are printed in our yearly procurement report at
https://www.example.scot/procurement-report-2021.pdf (pages 14-16). Because the information is otherwise
accessible to you, section 25(1) of FOISA applies and we will not supply it a second time.

Under section 20(1) of FOISA you may ask for a review.
"""


def test_foisa_otherwise_accessible_is_s25_for_the_whole_request():
    r = parse_reply(FOISA_ACCESSIBLE, SURVEY)
    assert r.outcome == "rejected"
    assert r.exemptions == ["s25"]
    assert r.facts == []
    assert r.questions and all(q.outcome == "rejected" and q.exemptions == ["s25"] for q in r.questions)


def test_figures_with_a_part_refusal_and_a_balanced_public_interest():
    text = ("Please find our response below.\n\nQuestion 1 - devices\nLaptops: 2019/20 - 340; 2020/21 - 1,020\n\n"
            "The unit prices are commercially sensitive and are withheld under section 43(2). In applying this "
            "exemption we have had to balance the public interest in openness against the harm disclosure would "
            "cause to our supplier.\n\nQuestion 2 - software\nWe have 4,400 Microsoft 365 licences. We do not use Zoom.")
    r = parse_reply(text, SURVEY)
    assert r.outcome == "partially_successful"
    assert r.exemptions == ["s43(2)"] and r.public_interest_test is True
    assert facts(r) == {("laptops", "2019/20", "count"): (340, False), ("laptops", "2020/21", "count"): (1020, False),
                        ("office365_accounts", None, "count"): (4400, False), ("zoom_accounts", None, "count"): (0, False)}
    assert {q.question: q.outcome for q in r.questions} == {"1a": "partially_successful", "2a": "successful",
                                                            "2b": "successful"}


def test_cost_limit_explained_with_numbers_is_rejected():
    text = ("I am sorry but we are unable to comply with your request. Finding the devices bought by each of our 14 "
            "directorates would mean examining every one of approximately 6,000 purchase card transactions for laptops "
            "and phones, which we estimate would take over 60 hours. Section 12 of the Freedom of Information Act "
            "allows us to refuse a request where the cost of compliance exceeds the appropriate limit.")
    r = parse_reply(text, SURVEY)
    assert (r.outcome, r.exemptions, r.facts) == ("rejected", ["s12"], [])


@pytest.mark.parametrize("sentence, codes", [
    ("The request is refused under section 21(1) as the data is on our website.", ["s21"]),
    ("We consider this a repeated request and will not answer it again.", ["s14(2)"]),
    ("Your request is refused as vexatious under section 14 of the Act.", ["s14(1)"]),
    ("Section 12(2) applies: even confirming whether we hold it would exceed the cost limit.", ["s12"]),
    ("Information about our firewall is withheld under section 31(1)(a).", ["s31(1)(a)"]),
])
def test_exemption_codes_in_the_agreed_form(sentence, codes):
    assert parse_reply(sentence, SURVEY).exemptions == codes


@pytest.mark.parametrize("letter", [
    "Dear Requester\n\nOur IT partner buys all equipment for us, so the Council has no record of the devices "
    "bought.\n\nRegards",
    "Dear Requester\n\nOur searches of the finance and procurement systems located no recorded information about "
    "devices bought for remote working.",
    "Dear Requester\n\nThe authority does not collate purchases by type of device.",
    "Dear Requester\n\nDevice purchases are not captured separately in our ledger.",
    "Dear Requester\n\nThe information is held by West Wolds District Council, which supplies our IT under a "
    "shared service. You may wish to ask them.",
])
def test_not_held_phrasings(letter):
    r = parse_reply(letter, SURVEY)
    assert (r.kind, r.outcome, r.exemptions, r.facts) == ("response", "not_held", [], [])


def test_held_by_our_own_team_is_not_a_not_held_answer():
    r = parse_reply("The information is held by the Council's ICT team and will be sent next week.", SURVEY)
    assert r.outcome is None and not r.not_held


def test_exempt_by_virtue_of_a_section():
    text = ("1a) Laptops bought in 2020/21: 410\n"
            "2c) Details of our anti-virus software are exempt by virtue of section 31(1)(a) of the Act.")
    r = parse_reply(text, SURVEY)
    assert r.outcome == "partially_successful" and r.exemptions == ["s31(1)(a)"]
    assert {q.question: (q.outcome, q.exemptions) for q in r.questions} == {
        "1a": ("successful", []), "2c": ("rejected", ["s31(1)(a)"])}


def test_single_spaced_table_with_periods_as_rows():
    text = ("Figures supplied by our ICT provider:\n\nYear Laptops Tablets Mobiles\n2018/19 120 N/A 300\n"
            "2019/20 - 14 Nil\n2020/21 510 66 402\n")
    r = parse_reply(text, SURVEY)
    check(text, r)
    assert {k: v for k, (v, _) in facts(r).items()} == {
        ("laptops", "2018/19", "count"): 120, ("mobile_phones", "2018/19", "count"): 300,
        ("tablets", "2019/20", "count"): 14, ("mobile_phones", "2019/20", "count"): 0,
        ("laptops", "2020/21", "count"): 510, ("tablets", "2020/21", "count"): 66,
        ("mobile_phones", "2020/21", "count"): 402,
    }


def test_cost_limit_for_one_question_stays_with_that_question():
    text = ("Response\n\n1a) Laptops purchased: 2019/20 - 210; 2020/21 - 655\n\n1b) Tablets purchased: 2020/21 - 48\n\n"
            "2c) Cyber security software purchased\nOur security spending is spread across several contracts; to "
            "identify it we would need to review some 900 invoices, which would exceed the appropriate limit under "
            "section 12 of the Act.\n")
    r = parse_reply(text, SURVEY)
    assert r.outcome == "partially_successful" and r.exemptions == ["s12"]
    assert {q.question: (q.outcome, q.exemptions) for q in r.questions} == {
        "1a": ("successful", []), "1b": ("successful", []), "2c": ("rejected", ["s12"])}
    assert {rf.question for rf in r.refusals} == {"2c"}


def test_amount_spent_on_a_number_of_things_and_a_total_line():
    text = ("We spent £1.2m on 1,500 laptops during 2020-21.\n\nMobile phones\n2018/19 - 150\n2019/20 - 175\n"
            "Total 325\n")
    r = parse_reply(text, SURVEY)
    check(text, r)
    assert facts(r) == {
        ("laptops", "2020-21", "total_cost_gbp"): (1_200_000, False), ("laptops", "2020-21", "count"): (1500, False),
        ("mobile_phones", "2018/19", "count"): (150, False), ("mobile_phones", "2019/20", "count"): (175, False),
    }


def test_partial_periods_in_cells_and_prose():
    text = ("Device\t2019/20\t2020/21\t2021/22 YTD\nLaptops\t100\t200\t35\n\n"
            "In April 2021 to date we have bought 12 tablets.\nMobile phones 2021-22 (so far): 44\n")
    r = parse_reply(text, SURVEY)
    got = {(f.subject, f.period): (f.value, f.partial, f.period_start) for f in r.facts}
    assert got == {("laptops", "2019/20"): (100, False, "2019-04-01"), ("laptops", "2020/21"): (200, False, "2020-04-01"),
                   ("laptops", "2021/22 YTD"): (35, True, "2021-04-01"),
                   ("tablets", "April 2021 to date"): (12, True, "2021-04-01"),
                   ("mobile_phones", "2021-22 (so far)"): (44, True, "2021-04-01")}


def test_single_spaced_header_of_calendar_years():
    text = ("Devices bought by calendar year\n\nDevice 2019 2020 2021 (to date) Unit cost\n"
            "Laptops 156 462 704 £830\nTablets 73 N/A 170 £1,010.84\n\n"
            "Between 2019 and 2021 we changed supplier.\nMobile phones 40 50\n")
    r = parse_reply(text, SURVEY)
    check(text, r)
    # a sentence naming two years is not a header: the line under it does not get 2019 and 2021
    assert {(f.period, f.value) for f in r.facts if f.subject == "mobile_phones"} == {(None, 40), (None, 50)}
    r.facts = [f for f in r.facts if f.subject != "mobile_phones"]
    assert {k: v for k, (v, _) in facts(r).items()} == {
        ("laptops", "2019", "count"): 156, ("laptops", "2020", "count"): 462,
        ("laptops", "2021 (to date)", "count"): 704, ("laptops", None, "unit_cost_gbp"): 830,
        ("tablets", "2019", "count"): 73, ("tablets", "2021 (to date)", "count"): 170,
        ("tablets", None, "unit_cost_gbp"): 1010.84,
    }


@pytest.mark.parametrize("letter, kind, outcome", [
    ("Dear Requester\n\nI am afraid we are unable to provide the information you have requested, as it is "
     "commercially sensitive.", "response", "rejected"),
    ("Dear Requester\n\nThe information sought is exempt from disclosure and the Council is therefore refusing "
     "your request.", "response", "rejected"),
    ("Dear Requester\n\nWe are unable to provide the information within 20 working days and will reply by "
     "5 November.", "holding", None),
    ("Dear Requester\n\nWe are unable to provide this information as we do not hold it.", "response", "not_held"),
    ("Dear Requester\n\nWe cannot provide the cost per device as this is commercially sensitive.", "response",
     "rejected"),
    ("Dear Requester\n\nWe will not disclose the names of our security suppliers.", "response", "rejected"),
    ("Dear Requester\n\nWe cannot provide this information as we do not hold it.", "response", "not_held"),
])
def test_refusal_without_a_section(letter, kind, outcome):
    r = parse_reply(letter, SURVEY)
    assert (r.kind, r.outcome, r.exemptions) == (kind, outcome, [])


# Figures about things got rid of are not figures of things bought ------------------------------------------

DISPOSALS = """Dear Requester

1. Laptops purchased by the council:

2019/20 120 laptops
2020/21 340 laptops

The council also recycled the following devices through its IT partner:

2019/20 75 laptops
2020/21 60 laptops

2. Tablets bought in 2020/21: 25 tablets.
"""


def test_a_section_of_disposals_is_not_read_as_bought():
    r = parse_reply(DISPOSALS, SURVEY)
    got = sorted((f.subject, f.period, f.value) for f in r.facts)
    assert got == [("laptops", "2019/20", 120.0), ("laptops", "2020/21", 340.0), ("tablets", "2020/21", 25.0)]


def test_a_sentence_of_buying_ends_a_disposal_section():
    text = ("Devices that were written off in 2020/21: 12 laptops.\n\n"
            "Since then the council has purchased 40 laptops in 2021/22.\n")
    r = parse_reply(text, SURVEY)
    assert [(f.subject, f.period, f.value) for f in r.facts] == [("laptops", "2021/22", 40.0)]


def test_thousands_written_with_a_k_and_model_names_under_a_type_heading():
    text = ("Total amount spent on laptops -\n2019-20 23.25K\n2020-21 17k\n\n"
            "Type of devices -\n\nLaptop used is Dell Latitude 7\n\nTotal amount spent on tablets -\n2020-21 £4,000\n")
    r = parse_reply(text, SURVEY)
    got = sorted((f.subject, f.period, f.measure, f.value) for f in r.facts)
    assert got == [("laptops", "2019-20", "total_cost_gbp", 23250.0), ("laptops", "2020-21", "total_cost_gbp", 17000.0),
                   ("tablets", "2020-21", "total_cost_gbp", 4000.0)]


# A single-spaced header of measure phrases over rows that start with their year ------------------------------

MEASURE_COLUMNS = """Figures before 2019 are not held centrally. From April 2019 they are as follows:
Number of laptops purchased Cost (£) Number of tablets purchased Cost (£) Number of printers purchased Cost (£) Total (£)
2019 40 26,000 12 4,800 3 150 30,950.00
2020 95 61,750 0 0 5 250 62,000.00
"""


def test_a_header_of_measure_phrases_gives_each_figure_its_column():
    r = parse_reply(MEASURE_COLUMNS, SURVEY)
    got = {(f.subject, f.period, f.measure): f.value for f in r.facts}
    assert got[("laptops", "2019", "count")] == 40 and got[("tablets", "2019", "count")] == 12
    assert got[("laptops", "2020", "count")] == 95 and got[("tablets", "2020", "count")] == 0
    # each "Cost (£)" belongs to the count column before it; printers are not a subject, nor is the total
    assert {k[0] for k in got} == {"laptops", "tablets"}
    assert {v for (s, p, m), v in got.items() if m != "count"} == {26000, 4800, 61750}   # no price for none bought
    assert 30950 not in got.values() and 150 not in got.values()


# A table of devices by year, then a sentence or a list of one figure per device -------------------------------

TABLE_THEN_COSTS = """Device\t2018/19\t2019/20\t2020/21
Laptops\t150\t420\t380
Tablets\t12\t30\t5

Average unit cost: Laptops £650, Tablets £300.
"""

SPACED_TABLE_THEN_SENTENCE = """The council purchased the following numbers of devices:

                 2019      2020      2021
Laptops           230       815       312
Tablets            14        22         9
Mobile Phones     120       440       205

The average cost per laptop was £599, per tablet £349 and per mobile phone £189.
"""


def test_figures_one_per_device_after_a_table_of_years_are_not_read_by_its_columns():
    got = facts(parse_reply(TABLE_THEN_COSTS, SURVEY))
    assert got[("laptops", "2019/20", "count")] == (420.0, False)
    assert got[("laptops", None, "unit_cost_gbp")] == (650.0, False)
    assert got[("tablets", None, "unit_cost_gbp")] == (300.0, False)
    got = facts(parse_reply(SPACED_TABLE_THEN_SENTENCE, SURVEY))
    assert got[("mobile_phones", "2021", "count")] == (205.0, False)
    assert {k: v for k, v in got.items() if k[2] == "unit_cost_gbp"} == {
        ("laptops", None, "unit_cost_gbp"): (599.0, False), ("tablets", None, "unit_cost_gbp"): (349.0, False),
        ("mobile_phones", None, "unit_cost_gbp"): (189.0, False)}


def test_lettered_items_with_prices_in_brackets():
    text = ("1. Breakdown of the number of new electronic devices purchased:\n\n"
            "a) Laptops: 2019 - 85 (approx £700 each), 2020 - 410 (approx £650 each), 2021 - 150 (approx £680 each)\n"
            "b) Tablets: none purchased\n")
    got = facts(parse_reply(text, SURVEY))
    # the approximation is the price's, not the count's; "b)" starts an item of its own, whatever the line
    # above ended with, so the none is not 2021's
    assert got[("laptops", "2019", "count")] == (85.0, False)
    assert got[("laptops", "2019", "unit_cost_gbp")] == (700.0, True)
    assert got[("tablets", None, "count")] == (0.0, False)
    assert len(got) == 7


def test_a_year_with_the_day_it_runs_to_in_brackets_is_that_part_of_it():
    text = "Q1a Laptops\nAnswer: 2019 - 45; 2020 - 310; 2021 (to 30 September) - 120.\n"
    (f,) = [f for f in parse_reply(text, SURVEY).facts if f.value == 120]
    assert (f.period, f.period_start, f.period_end, f.partial) == (
        "2021 (to 30 September)", "2021-01-01", "2021-09-30", True)


# Answers in Word and Excel tables, made here as real files ------------------------------------------------------

def test_a_word_answer_cell_of_several_paragraphs_gives_each_figure_its_own_year(tmp_path):
    import docx


    d = docx.Document()
    d.add_paragraph("Freedom of Information Request - Reference FOI/2021/0456")
    table = d.add_table(rows=0, cols=2)
    for question, answer in [("1a. Laptops", "2018/19: 95\n2019/20: 143\n2020/21: 702\nAverage cost per laptop £612"),
                             ("1c. Mobile phones", "60 (2018/19)\n75 (2019/20)")]:
        row = table.add_row().cells
        row[0].text, row[1].text = question, answer
    got = facts(parse_reply(text_of(tmp_path, "reply.docx", d.save), SURVEY))
    assert got == {("laptops", "2018/19", "count"): (95.0, False), ("laptops", "2019/20", "count"): (143.0, False),
                   ("laptops", "2020/21", "count"): (702.0, False),
                   ("laptops", None, "unit_cost_gbp"): (612.0, False),
                   ("mobile_phones", "2018/19", "count"): (60.0, False),
                   ("mobile_phones", "2019/20", "count"): (75.0, False)}


def test_a_column_of_amounts_is_all_totals_or_all_prices_each(tmp_path):
    import openpyxl


    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Financial Year", "Tablets (No.)", "Tablets (£)"])
    for row in (["2018/19", 10, 3500], ["2019/20", 25, 8250], ["2020/21", 60, 19800]):
        ws.append(row)
    got = facts(parse_reply(text_of(tmp_path, "reply.xlsx", wb.save), SURVEY))
    # £3,500 for 10 tablets alone could be a price each; the column's other rows are totals, so it is one too
    assert {k[1]: v for k, v in got.items() if k[2] != "count"} == {
        "2018/19": (3500.0, False), "2019/20": (8250.0, False), "2020/21": (19800.0, False)}
    assert {k[2] for k in got} == {"count", "total_cost_gbp"}


def test_a_purchase_list_is_summed_by_the_periods_asked(tmp_path):
    from datetime import date

    import openpyxl


    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Order date", "Item", "Quantity", "Unit price", "Total"])
    for row in ([date(2019, 5, 12), "Laptop - Dell Latitude 5400", 40, 712.5, 28500],
                [date(2019, 11, 3), "Laptop - Dell Latitude 5400", 60, 705.0, 42300],
                [date(2020, 4, 20), "Laptop - Dell Latitude 5410", 300, 689.0, 206700],
                [date(2020, 6, 1), "iPad 10.2", 20, 329.0, 6580]):
        ws.append(row)
    text = text_of(tmp_path, "orders.xlsx", wb.save)
    reply = parse_reply(text, SURVEY)
    check(text, reply)
    # the model numbers (5400, 10.2) are names; "Total" next to quantity and price each is the cost, not a sum
    # of counts; the orders of 2019-20 (the survey's financial year) are added up
    assert facts(reply) == {
        ("laptops", "2019-20", "count"): (100.0, False), ("laptops", "2019-20", "total_cost_gbp"): (70800.0, False),
        ("laptops", "2019-20", "unit_cost_gbp"): (708.0, True),
        ("laptops", "2020-21", "count"): (300.0, False), ("laptops", "2020-21", "total_cost_gbp"): (206700.0, False),
        ("laptops", "2020-21", "unit_cost_gbp"): (689.0, False),
        ("tablets", "2020-21", "count"): (20.0, False), ("tablets", "2020-21", "total_cost_gbp"): (6580.0, False),
        ("tablets", "2020-21", "unit_cost_gbp"): (329.0, False)}
    (f,) = [f for f in reply.facts if (f.subject, f.period, f.measure) == ("laptops", "2019-20", "count")]
    assert (f.period_start, f.period_end) == ("2019-04-01", "2020-03-31")
    assert f.quote.startswith("2019-05-12") and "2019-11-03" in f.quote


def test_a_purchase_list_in_a_letter_with_uk_dates():
    text = ("Date\tDescription\tQty\tUnit cost\n"
            "12/05/2019\tSamsung Galaxy A40 mobile phones\t25\t£149.00\n"
            "03/02/2020\tSamsung Galaxy A40 mobile phones\t15\t£149.00\n")
    assert facts(parse_reply(text, SURVEY)) == {
        ("mobile_phones", "2019-20", "count"): (40.0, False),
        ("mobile_phones", "2019-20", "unit_cost_gbp"): (149.0, False)}


@pytest.mark.parametrize("sep", ["\t", "     "])
def test_a_cost_column_belongs_to_the_one_device_the_header_names(sep):
    text = sep.join(["Year", "Laptops", "Cost"]) + "\n" + "\n".join(
        sep.join(r) for r in (["2018/19", "120", "£78,000"], ["2019/20", "240", "£151,200"])) + "\n"
    assert facts(parse_reply(text, SURVEY)) == {
        ("laptops", "2018/19", "count"): (120.0, False), ("laptops", "2018/19", "total_cost_gbp"): (78000.0, False),
        ("laptops", "2019/20", "count"): (240.0, False), ("laptops", "2019/20", "total_cost_gbp"): (151200.0, False)}
    # with two devices in the header the cost is of neither in particular: left out, not guessed
    two = "Year\tLaptops\tTablets\tCost\n2018/19\t120\t10\t£78,000\n"
    assert {k[2] for k in facts(parse_reply(two, SURVEY))} == {"count"}


def test_a_pdf_letter_whose_restated_question_wraps_onto_a_line_about_cost(tmp_path):
    # The restated question "... the number of new electronic devices purchased ... and the estimated cost for
    # each purchase" wraps in the PDF; its second line alone reads like a "cost each" heading, but the figures
    # of the table under it are numbers bought, and question 2's "Number of ...: 850" is a count too.
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle


    style = getSampleStyleSheet()["Normal"]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])
    years = Table([["Financial year", "Laptops", "Tablets"], ["2019/20", "655", "25"], ["2020/21", "1,420", "61"]])
    costs = Table([["Device", "Average unit cost (inc VAT)"], ["Laptop", "£725.00"], ["Tablet", "£389.00"]])
    years.setStyle(grid)
    costs.setStyle(grid)
    flowables = [
        Paragraph("1. Breakdown of the number of new electronic devices purchased by your organisation and the "
                  "estimated cost for each purchase", style), Spacer(1, 6), years, Spacer(1, 12), costs,
        Spacer(1, 12), Paragraph("2. a) Number of Zoom accounts created: 0. The Council uses Microsoft Teams.", style),
        Paragraph("b) Number of new Office 365 accounts purchased: 850", style)]
    text = text_of(tmp_path, "reply.pdf", lambda path: SimpleDocTemplate(path, pagesize=A4).build(flowables))
    assert "\nestimated cost for each purchase\n" in text    # the wrap this test is about
    got = facts(parse_reply(text, SURVEY))
    assert got == {("laptops", "2019/20", "count"): (655.0, False), ("tablets", "2019/20", "count"): (25.0, False),
                   ("laptops", "2020/21", "count"): (1420.0, False), ("tablets", "2020/21", "count"): (61.0, False),
                   ("laptops", None, "unit_cost_gbp"): (725.0, False), ("tablets", None, "unit_cost_gbp"): (389.0, False),
                   ("zoom_accounts", None, "count"): (0.0, False), ("office365_accounts", None, "count"): (850.0, False)}


def test_an_internal_review_that_upholds_an_exemption_applies_it():
    r = parse_reply("Internal review FOI 4411\n\nFollowing an internal review, I have decided to uphold the original "
                    "decision to withhold the unit costs under section 43(2) of the Act.", SURVEY)
    assert (r.kind, r.outcome, r.exemptions) == ("internal_review", "rejected", ["s43(2)"])
    # the rights paragraph that mentions a review is still not a refusal
    r = parse_reply("Laptops 2019/20: 300.\n\nIf you are unhappy with this response you may ask for an internal "
                    "review, and then complain to the Information Commissioner under section 50.", SURVEY)
    assert (r.outcome, r.exemptions) == ("successful", [])


def test_a_request_and_response_template_in_word(tmp_path):
    import docx


    d = docx.Document()
    d.add_paragraph("Our ref: FOI/5512")
    table = d.add_table(rows=0, cols=2)
    for question, answer in [
        ("Request", "Response"),
        ("1. Breakdown of the number of new electronic devices purchased by your organisation and the estimated cost "
         "for each purchase: a Laptops b Tablet computers c Mobile Phones",
         "Laptops: 2018/19 – 75, 2019/20 – 240\nTablets: 2018/19 – 0, 2019/20 – 12\n"
         "Average costs: laptop £620, tablet £310"),
        ("2. Detail on remote working software/licences purchased and estimated costs: a Number of Zoom accounts "
         "created b Number of new office 365 account purchased c. cyber security software purchased",
         "a) 0\nb) 450\nc) Exempt under section 31(1)(a)")]:
        row = table.add_row().cells
        row[0].text, row[1].text = question, answer
    text = text_of(tmp_path, "reply.docx", d.save)
    r = parse_reply(text, SURVEY)
    check(text, r)
    # the request's "estimated cost for each purchase" does not make the answers prices, and "a) 0" / "b) 450"
    # answer questions 2a and 2b, named by their letters under "2."
    assert facts(r) == {
        ("laptops", "2018/19", "count"): (75.0, False), ("laptops", "2019/20", "count"): (240.0, False),
        ("tablets", "2018/19", "count"): (0.0, False), ("tablets", "2019/20", "count"): (12.0, False),
        ("laptops", None, "unit_cost_gbp"): (620.0, False), ("tablets", None, "unit_cost_gbp"): (310.0, False),
        ("zoom_accounts", None, "count"): (0.0, False), ("office365_accounts", None, "count"): (450.0, False)}
    assert (r.outcome, r.exemptions) == ("partially_successful", ["s31(1)(a)"])
    assert {q.question: q.outcome for q in r.questions}["2c"] == "rejected"


@pytest.mark.parametrize("price", ["£550 - £750", "£550-£750", "£550 to £750", "between £550 and £750", "£550-750"])
def test_a_range_of_prices_is_one_approximate_price(price):
    got = facts(parse_reply(f"a Laptops - 2019: 83, 2020: 1,245. Estimated cost {price} per device.", SURVEY))
    assert got[("laptops", None, "unit_cost_gbp")] == (650.0, True)
    assert len(got) == 3


def test_a_dash_between_spaced_columns_is_an_empty_cell_not_a_range():
    text = ("Device type                2018-19    2019-20    2020-21\n"
            "Tablets (average cost)        £310          -       £295\n")
    got = facts(parse_reply(text, SURVEY))
    assert got == {("tablets", "2018-19", "unit_cost_gbp"): (310.0, False),
                   ("tablets", "2020-21", "unit_cost_gbp"): (295.0, False)}


def test_a_pdf_table_whose_header_cells_wrap(tmp_path):
    # Narrow header cells wrap, and the PDF gives each piece as a line of its own before the first row; the
    # second row's label, a wrapped paragraph too, comes out on a line of its own before its figures
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle


    style = getSampleStyleSheet()["Normal"]
    table = Table([[Paragraph(h, style) for h in ("Device", "Number purchased 2019/20", "Number purchased 2020/21",
                                                  "Average unit cost (£)")],
                   [Paragraph("Laptops", style), "120", "860", "£645"],
                   [Paragraph("Tablet computers", style), "5", "40", "£320"]], colWidths=[110, 90, 90, 90])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    text = text_of(tmp_path, "reply.pdf", lambda path: SimpleDocTemplate(path, pagesize=A4).build([table]))
    assert "\npurchased\n2019/20\n" in text and "\nTablet computers\n5\t40" in text   # what this test is about
    assert facts(parse_reply(text, SURVEY)) == {
        ("laptops", "2019/20", "count"): (120.0, False), ("laptops", "2020/21", "count"): (860.0, False),
        ("laptops", None, "unit_cost_gbp"): (645.0, False),
        ("tablets", "2019/20", "count"): (5.0, False), ("tablets", "2020/21", "count"): (40.0, False),
        ("tablets", None, "unit_cost_gbp"): (320.0, False)}


def test_a_sheet_with_years_over_measures_in_two_header_rows(tmp_path):
    import openpyxl


    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([None, "2018/19", None, "2019/20", None])     # the year row ends in an empty cell
    ws.append(["Device", "Number", "Cost (£)", "Number", "Cost (£)"])
    ws.append(["Laptops", 120, 78000, 240, 151200])
    ws.append(["Tablets", 10, 3500, 25, 8250])
    got = facts(parse_reply(text_of(tmp_path, "reply.xlsx", wb.save), SURVEY))
    # each year's columns keep their year; the "Cost (£)" columns are totals, all of them (£3,500 for 10
    # tablets alone could have been a price each)
    assert got == {("laptops", "2018/19", "count"): (120.0, False), ("laptops", "2018/19", "total_cost_gbp"): (78000.0, False),
                   ("laptops", "2019/20", "count"): (240.0, False), ("laptops", "2019/20", "total_cost_gbp"): (151200.0, False),
                   ("tablets", "2018/19", "count"): (10.0, False), ("tablets", "2018/19", "total_cost_gbp"): (3500.0, False),
                   ("tablets", "2019/20", "count"): (25.0, False), ("tablets", "2019/20", "total_cost_gbp"): (8250.0, False)}
