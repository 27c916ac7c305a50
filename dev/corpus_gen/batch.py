"""The demo batch: one round-robin request to every batch council, and each council's thread of replies.

Each council gets a hand-picked scenario (outcome) and format, so the demo shows every kind of reply an analyst
meets; the figures themselves come from the seeded random generator.  Barnet's reply is its real 2021 text.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from .answers import DEVICES, Answer, Cell, make_answer
from .common import add_working_days, at, long_date, office_time
from .render_docs import csv_bytes, docx_letter, html_doc, pdf_letter, scanned_pdf, xlsx_sheets, zip_of
from .render_text import (Q1_STYLES, REQUEST_TEXT, acknowledgement, closing, grid, holding_reply, officer,
                          opening, q2_lines, q2_text, quote_original, reference, signature)
from .thread import Attachment, Step, Thread

BATCH_TITLE = "Devices and remote working software purchased 2018 to 2021"
REQUESTER = "sam_whitfield"
REQUESTER_NAME = "Sam Whitfield"
REQUEST_ADDRESS = "«request-address»"  # replaced with request-<id>-<hash>@whatdotheyknow.com once ids exist
BATCH_SENT = at(date(2021, 9, 29), 9, 12, 4)
SEED_TEXT = Path(__file__).with_name("data") / "barnet-2021.txt"

# code: (scenario, format, state the requester set: None = never classified)
SCENARIOS = {
    "BNE": ("barnet", "seed", "partially_successful"),
    "CMD": ("full", "pdf", "successful"),
    "HCK": ("full", "text:pipe", "successful"),
    "ISL": ("partial_s31_ncnd", "docx", "partially_successful"),
    "LBH": ("refused_s12", "text", "rejected"),
    "SWK": ("full", "xlsx", "successful"),
    "CRY": ("overdue_ack", "", None),
    "EAL": ("internal_review", "text:blocks", "successful"),
    "HMF": ("full", "text:prose", "successful"),
    "KEC": ("refused_s21", "text", "successful"),          # the requester called a pointer elsewhere a success
    "TWH": ("full", "scan", "successful"),
    "KEN": ("full", "csv", "successful"),
    "ESS": ("partial_s43_costs", "text:space", "partially_successful"),
    "HAM": ("full", "html", "successful"),
    "LAN": ("not_held", "text", "not_held"),
    "NFK": ("clarification", "", "waiting_clarification"),
    "SRY": ("full", "zip", None),
    "DEV": ("partial_s31", "pdf", "partially_successful"),
    "BST": ("full", "docx", "successful"),
    "CON": ("refused_s31", "text", "rejected"),
    "BNH": ("full", "text:bullets", None),
    "LCE": ("overdue", "", None),
    "PLY": ("full_totals", "xlsx", "successful"),
    "MIK": ("withdrawn", "", "user_withdrawn"),
    "BPC": ("partial_s43_cyber", "text:by_device", "partially_successful"),
    "MAN": ("full", "pdf", "successful"),
    "LDS": ("full", "text:pipe", "partially_successful"),  # wrongly classified
    "BIR": ("refused_s12", "text", "rejected"),
    "LIV": ("overdue_holding", "", None),
    "SHF": ("full", "docx", "successful"),
    "KIR": ("partial_s31", "text:blocks", "partially_successful"),
    "WGN": ("full_approx", "text:prose", "successful"),
    "CAB": ("full", "csv", "successful"),
    "COL": ("not_held", "text", "successful"),             # wrongly classified
    "CHL": ("full_na", "text:space", "successful"),
    "DAC": ("refused_s43", "text", "rejected"),
    "CAT": ("full", "html", None),
    "ELM": ("refused_s40", "text", "rejected"),
    "ARU": ("overdue_chased", "", None),
    "CRF": ("full", "xlsx", "successful"),
    "SWA": ("partial_s31_ncnd", "pdf", "partially_successful"),
    "GWN": ("full", "text:blocks", "successful"),
    "PEM": ("internal_review", "docx", "successful"),
    "WRX": ("full", "text:prose", "successful"),
    "EDH": ("full", "pdf", "successful"),
    "GLG": ("refused_s12", "text", "rejected"),
    "FIF": ("partial_foisa_s35", "text:pipe", "partially_successful"),
    "HLD": ("full", "text:pipe", "successful"),
    "ABE": ("full", "xlsx", "successful"),
    "ELS": ("full_small", "text:blocks", "successful"),
    "BFS": ("full", "csv", "successful"),
}

ALL_QUESTIONS = ["1a", "1b", "1c", "2a", "2b", "2c"]


def request_body(council) -> str:
    return f"Dear {council.name},\n\n{REQUEST_TEXT}\n\nYours faithfully,\n\n{REQUESTER_NAME}"


def batch_body() -> str:
    return f"Dear [Authority name],\n\n{REQUEST_TEXT}\n\nYours faithfully,\n\n{REQUESTER_NAME}"


def _subject(rng: random.Random, ref: str) -> str:
    return rng.choice([f"RE: Freedom of Information request - {BATCH_TITLE}", f"FOI {ref} - Response",
                       f"Freedom of Information Request - {ref}", f"RE: Freedom of Information request - "
                                                                   f"{BATCH_TITLE} [OFFICIAL]"])


def _sender(rng: random.Random, council) -> str:
    return rng.choice(["FOI", "Freedom of Information", "Information Governance", council.name,
                       f"{council.nice_name} FOI Team"])


# --- refusal wording -----------------------------------------------------------------------------------


def _s31_text(council, ncnd: bool) -> str:
    if ncnd:
        return ("The Council can neither confirm nor deny whether it holds information about cyber security "
                "software, under section 31(3) of the Freedom of Information Act 2000. Confirming or denying "
                "would be likely to prejudice the prevention of crime by revealing the strengths and weaknesses "
                "of our defences. This is a qualified exemption and we have considered the public interest test: "
                "the public interest in maintaining the exclusion of the duty to confirm or deny outweighs the "
                "public interest in disclosure.")
    return ("Information about the cyber security products the Council uses is withheld under section 31(1)(a) "
            "(law enforcement - prevention or detection of crime). Having carried out the public interest test we "
            "consider that the public interest in withholding this information outweighs the public interest in "
            "disclosing it, as it would assist those planning cyber attacks.")


def _s43_costs_text() -> str:
    return ("Unit costs are withheld under section 43(2) of the Freedom of Information Act (commercial interests). "
            "The prices were negotiated with our supplier under a framework agreement and disclosure would be "
            "likely to prejudice the commercial interests of both the supplier and the Council in future "
            "procurements. We have considered the public interest and concluded that it favours withholding "
            "the information at this time.")


def _refusal_letter(rng: random.Random, council, kind: str, ref: str, received: date) -> tuple[str, list[str], bool]:
    """(text, exemptions, public interest test) for a whole refusal."""
    if kind == "refused_s12":
        if council.scottish:
            return (f"We estimate that the cost of complying with your request would exceed £600, the upper "
                    f"limit set by the Fees Regulations. Under section 12(1) of the Freedom of Information "
                    f"(Scotland) Act 2002 the Council is therefore not obliged to comply with your request. "
                    f"Device purchases are not recorded centrally and each of our 30,000 purchase orders would "
                    f"need to be checked. If you narrow your request, for example to laptops in a single year, "
                    f"we may be able to help.", ["s12"], False)
        return (f"We estimate that it would cost more than the appropriate limit of £450 (18 hours at £25 per "
                f"hour) to locate, retrieve and extract the information you have requested. Devices are bought "
                f"through several budgets and are not recorded centrally, so each invoice would have to be "
                f"reviewed manually. Section 12 of the Freedom of Information Act 2000 therefore applies and the "
                f"Council is not obliged to comply with your request. In line with our duty under section 16 to "
                f"provide advice and assistance, you may wish to narrow your request to a single financial year "
                f"or a single device type.", ["s12"], False)
    if kind == "refused_s21":
        return (f"The information you have requested is already published and is reasonably accessible to you by "
                f"other means. It is therefore exempt under section 21 of the Freedom of Information Act 2000. "
                f"Our ICT asset purchases and software licences are listed in our spend over £500 data at "
                f"https://www.{council.domain}/transparency/spending-over-500 and in a previous response on our "
                f"disclosure log: https://www.{council.domain}/foi/disclosure-log/it-equipment-2021", ["s21"], False)
    if kind == "refused_s31":
        return ("The Council has decided to withhold all of the information requested under section 31(1)(a) "
                "of the Freedom of Information Act 2000 (law enforcement). Information about the number and type "
                "of devices in use, the software deployed and our security products would, taken together, give "
                "an attacker a map of the Council's estate. Having considered the public interest test, we "
                "believe the public interest in maintaining the exemption outweighs that in disclosure.",
                ["s31(1)(a)"], True)
    if kind == "refused_s43":
        return ("The Council considers that the requested information is exempt under section 43(2) of the "
                "Freedom of Information Act 2000, as disclosure would be likely to prejudice the commercial "
                "interests of the Council and of its managed service provider, which supplies devices and licences "
                "under a single contract whose pricing is commercially sensitive. Section 43 is a qualified "
                "exemption; we have weighed the public interest and concluded that it favours withholding the "
                "information.", ["s43(2)"], True)
    if kind == "refused_s40":
        return ("Devices are issued to a small number of named staff and members, and the figures, taken with "
                "other published information, would allow individuals to be identified. The information is "
                "therefore personal data and is withheld under section 40(2) of the Freedom of Information Act "
                "2000, as disclosure would breach the data protection principles.", ["s40(2)"], False)
    raise ValueError(kind)


# --- building a thread ----------------------------------------------------------------------------------


SYNTHETIC_SCENARIOS = [("full", 40), ("partial_s31_ncnd", 8), ("partial_s31", 4), ("partial_s43_costs", 4),
                       ("refused_s12", 7), ("refused_s21", 3), ("refused_s31", 2), ("refused_s43", 2),
                       ("refused_s40", 1), ("not_held", 6), ("overdue", 6), ("overdue_ack", 4), ("clarification", 3),
                       ("withdrawn", 2), ("internal_review", 3), ("full_na", 3), ("full_approx", 3)]
SYNTHETIC_FORMATS = [("text:blocks", 3), ("text:pipe", 2), ("text:space", 2), ("text:prose", 2), ("text:bullets", 1),
                     ("text:by_device", 1), ("csv", 1), ("html", 1)]


def _pick(rng: random.Random, table):
    x = rng.uniform(0, sum(w for _, w in table))
    for item, w in table:
        x -= w
        if x <= 0:
            return item
    return table[-1][0]


class Batch:
    """The batch's member threads.  Synthetic mode draws scenarios at random and sticks to fast formats."""

    def __init__(self, rng: random.Random, councils, synthetic: bool = False):
        self.rng = rng
        self.councils = councils
        self.synthetic = synthetic

    def threads(self) -> list[Thread]:
        out = []
        for i, council in enumerate(self.councils):
            rng = random.Random(f"batch-{council.code}-{self.rng.random()}")
            if council.code == "BNE":
                scenario, fmt, state = SCENARIOS["BNE"]
            elif self.synthetic or council.code not in SCENARIOS:
                scenario, fmt = _pick(rng, SYNTHETIC_SCENARIOS), _pick(rng, SYNTHETIC_FORMATS)
                state = None if rng.random() < 0.2 else {
                    "full": "successful", "not_held": "not_held", "clarification": "waiting_clarification",
                    "withdrawn": "user_withdrawn"}.get(scenario.split("_")[0] if scenario.startswith("full")
                                                       else scenario,
                                                       "rejected" if scenario.startswith("refused")
                                                       else "partially_successful")
                if scenario.startswith(("overdue", "internal")):
                    state = "successful" if scenario == "internal_review" else None
            else:
                scenario, fmt, state = SCENARIOS[council.code]
            out.append(build(rng, council, i, scenario, fmt, state))
        return out


def _new_thread(council, i: int) -> Thread:
    t = Thread(key=f"batch-{i:04d}-{council.code}", title=BATCH_TITLE, body_id=council.wdtk_id,
               user_key=REQUESTER, in_batch=True)
    t.add(Step("outgoing", BATCH_SENT + timedelta(milliseconds=137 * i), body=request_body(council)))
    t.truth = {"outcome": None, "exemptions": [], "ncnd": False, "public_interest_test": False,
               "internal_review": False, "questions": [], "facts": []}
    return t


def _quote(rng, council) -> str:
    return quote_original(rng, request_body(council), REQUESTER_NAME, REQUEST_ADDRESS, council, BATCH_SENT,
                          f"Freedom of Information request - {BATCH_TITLE}")


def _incoming(rng, council, when, body, ref, attachments=()) -> Step:
    return Step("incoming", when, body=body, from_name=_sender(rng, council), from_email=council.request_email,
                subject=_subject(rng, ref), attachments=list(attachments))


def _classify(t: Thread, rng, state: str | None, after) -> None:
    if state:
        t.add(Step("status", after + timedelta(hours=rng.randint(2, 70), minutes=rng.randint(0, 59)), state=state,
                   user_key=REQUESTER))


def _questions(outcome: str, exemptions=(), ncnd=False, special: dict | None = None) -> list[dict]:
    out = []
    for q in ALL_QUESTIONS:
        row = {"question": q, "outcome": outcome, "exemptions": list(exemptions), "ncnd": ncnd}
        if special and q in special:
            row.update(special[q])
        out.append(row)
    return out


def _numeric(cell: str):
    s = cell.replace(",", "")
    if s.isdigit():
        return int(s)
    if s.startswith("£"):
        try:
            return float(s[1:])
        except ValueError:
            return cell
    return cell


def _render_answer(rng, council, a: Answer, fmt: str, ref: str, received: date, answered: date):
    """(e-mail body, attachments, fact source, needs_ocr) for a substantive answer."""
    sig = signature(rng, council, officer(rng))
    restate = rng.random() < 0.4
    head = opening(rng, council, ref, received, answered, restate)
    q2 = q2_text(rng, a)
    if fmt.startswith("text"):
        style = fmt.split(":")[1] if ":" in fmt else rng.choice(sorted(Q1_STYLES))
        q1 = Q1_STYLES[style](rng, a)
        body = (f"{head}\n\nResponse\n\n1. Devices purchased\n\n{q1}\n\n2. Remote working software and licences"
                f"\n\n{q2}\n\n{closing(rng, council)}\n\n{sig}{_quote(rng, council)}")
        return body, [], "message", False
    cover = (f"Dear Sam Whitfield\n\nPlease find attached the Council's response to your request for information, "
             f"reference {ref}.\n\n{sig}{_quote(rng, council)}")
    table = grid(a)
    q2_table = [["Question", "Response"]] + [list(p) for p in q2_lines(rng, a)]
    when = at(answered, 9, 0)
    author = officer(rng)
    letter_head = [opening(rng, council, ref, received, answered, False)]
    tail = [closing(rng, council)]
    safe_ref = ref.replace("/", "_").replace(" ", "_")
    if safe_ref.startswith("FOI_"):
        safe_ref = safe_ref[4:]
    if fmt == "pdf":
        data = pdf_letter(letter_head, table, tail, title=f"FOI {ref}", author=author, extra_tables=[q2_table])
        name = f"FOI {safe_ref} Response.pdf"
        return cover, [Attachment(name, "application/pdf", data)], name, False
    if fmt == "docx":
        data = docx_letter(letter_head, table, tail, author=author, when=when, extra_tables=[q2_table])
        name = f"{safe_ref} response letter.docx"
        return cover, [Attachment(name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                  data)], name, False
    if fmt == "xlsx":
        sheets = [("Devices", [[_numeric(c) for c in row] for row in table]), ("Software", q2_table)]
        data = xlsx_sheets(sheets, author=author, when=when)
        name = f"FOI {safe_ref}.xlsx"
        body = (f"Dear Sam Whitfield\n\nThank you for your request ({ref}). The figures you asked for are in the "
                f"attached spreadsheet.\n\n{closing(rng, council)}\n\n{sig}{_quote(rng, council)}")
        return body, [Attachment(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                 data)], name, False
    if fmt == "csv":
        name = f"devices_{safe_ref}.csv"
        body = (f"{head}\n\n1. The device figures are in the attached CSV file.\n\n2.\n\n{q2}\n\n"
                f"{closing(rng, council)}\n\n{sig}{_quote(rng, council)}")
        return body, [Attachment(name, "text/csv", csv_bytes(table))], name, False
    if fmt == "html":
        data = html_doc(f"Freedom of Information response {ref}", letter_head + tail, [table, q2_table])
        name = f"Response {safe_ref}.html"
        return cover, [Attachment(name, "text/html", data)], name, False
    if fmt == "scan":
        lines = [council.name, long_date(answered), f"Our ref: {ref}", "", "Dear Sam Whitfield", "",
                 "Freedom of Information request - response", ""]
        lines += [list(r) for r in table]
        lines += [""] + [f"{label}: {answer}"[:95] for label, answer in q2_lines(random.Random(ref), a)]
        lines += ["", "Yours sincerely", "", author]
        data = scanned_pdf(lines, seed=len(ref) * 7919 + council.wdtk_id)
        name = f"Scan_{safe_ref}.pdf"
        return cover, [Attachment(name, "application/pdf", data)], name, True
    if fmt == "zip":
        inner = pdf_letter(letter_head, table, tail, title=f"FOI {ref}", author=author, extra_tables=[q2_table])
        name = f"{safe_ref}.zip"
        data = zip_of([("FOI response letter.pdf", inner)])
        return cover, [Attachment(name, "application/zip", data)], f"{name}!FOI response letter.pdf", False
    raise ValueError(fmt)


def build(rng: random.Random, council, i: int, scenario: str, fmt: str, state: str | None) -> Thread:
    t = _new_thread(council, i)
    truth = t.truth
    received = BATCH_SENT.date()
    ref = "7691884" if scenario == "barnet" else reference(rng, council)
    nation = council.nation
    ack_day = add_working_days(received, rng.choice([0, 1]), nation) if rng.random() < 0.5 else None
    if ack_day is not None or scenario.startswith("overdue_ack"):
        ack_at = office_time(rng, ack_day or received, nation)
        if ack_at <= t.steps[-1].at:
            ack_at = t.steps[-1].at + timedelta(minutes=rng.randint(3, 50))
        t.add(_incoming(rng, council, ack_at, acknowledgement(rng, council, ref, received) + _quote(rng, council),
                        ref))
    took = rng.randint(4, 19)
    answered = add_working_days(received, took, nation)
    answered_at = office_time(rng, answered, nation)

    if scenario == "barnet":
        seed = SEED_TEXT.read_text(encoding="utf-8").strip("\n")
        body = (f"{seed}\n\nInformation Management Team\nLondon Borough of Barnet\nTel: 020 8359 2000\n\n"
                f"-----Original Message-----\nFrom: {REQUESTER_NAME} <{REQUEST_ADDRESS}>\n"
                f"Sent: 29 September 2021 09:12\nTo: FOI <{council.request_email}>\n"
                f"Subject: Freedom of Information request - {BATCH_TITLE}\n\n{request_body(council)}")
        ans_at = at(date(2021, 10, 5), 15, 41, 12)
        t.add(Step("incoming", ans_at, body=body, from_name="FOI", from_email=council.request_email,
                   subject=f"FOI Response - 7691884 - {BATCH_TITLE}"))
        _classify(t, rng, state, ans_at)
        truth.update(barnet_truth())
        return t

    if scenario.startswith("overdue"):
        return _overdue(rng, t, council, scenario, ref, received)
    if scenario == "clarification":
        t.add(_incoming(rng, council, answered_at,
                        "Dear Sam Whitfield\n\nThank you for your request. Before we can respond, could you please "
                        "clarify the period you are interested in? You refer to 'the last 3x years' and to "
                        "September 2019, 2020 and 2021: do you want figures for financial years (April to March) "
                        "or for the twelve months to September? Could you also confirm whether 'mobile phones' "
                        "should include SIM-only contracts?\n\nUnder section 1(3) of the Act we will not be "
                        "able to proceed until we receive your reply.\n\n" + signature(rng, council, officer(rng)) +
                        _quote(rng, council), ref))
        _classify(t, rng, "waiting_clarification", answered_at)
        truth["outcome"] = "clarification"
        return t
    if scenario == "withdrawn":
        w_at = office_time(rng, add_working_days(received, 3, nation), nation)
        t.add(Step("outgoing", w_at, message_type="followup", state=None, body=(
            f"Dear {council.name},\n\nPlease withdraw this request: I sent it to you in error, as Milton Keynes "
            f"procures its ICT through a shared service and I have written to them instead.\n\nYours faithfully,\n\n"
            f"{REQUESTER_NAME}")))
        t.add(Step("status", w_at + timedelta(minutes=1), state="user_withdrawn", user_key=REQUESTER))
        truth["outcome"] = "withdrawn"
        return t
    if scenario == "not_held":
        text = rng.choice([
            "The Council does not hold this information. ICT equipment and software are procured on our behalf "
            "by our shared service partner, which is a separate public authority; you may wish to redirect your "
            "request to them.",
            "I can confirm that the Council does not hold the information you have requested. Devices are "
            "provided to staff under a managed service contract and the Council does not own or purchase them, "
            "nor does it hold records of the number supplied.",
        ])
        body = (f"{opening(rng, council, ref, received, answered, False, holds=False)}\n\n{text}\n\n{closing(rng, council)}\n\n"
                f"{signature(rng, council, officer(rng))}{_quote(rng, council)}")
        t.add(_incoming(rng, council, answered_at, body, ref))
        _classify(t, rng, state, answered_at)
        truth.update(outcome="not_held", questions=_questions("not_held"))
        return t
    if scenario.startswith("refused"):
        text, exemptions, pit = _refusal_letter(rng, council, scenario, ref, received)
        body = (f"{opening(rng, council, ref, received, answered, rng.random() < 0.5, holds=False)}\n\n{text}\n\n"
                f"{closing(rng, council)}\n\n{signature(rng, council, officer(rng))}{_quote(rng, council)}")
        t.add(_incoming(rng, council, answered_at, body, ref))
        _classify(t, rng, state, answered_at)
        truth.update(outcome="rejected", exemptions=exemptions, public_interest_test=pit,
                     questions=_questions("rejected", exemptions))
        return t

    # substantive answers
    kwargs = {}
    if scenario == "full_na":
        kwargs["with_na"] = True
    if scenario == "full_small":
        kwargs["small"] = True
    if scenario == "full_totals":
        kwargs["cost_mode"] = "total_per_period"
    a = make_answer(rng, council.population, **kwargs)
    if scenario == "full_approx":
        counts = {k: list(v) for k, v in a.counts.items()}
        counts["laptops"][2] = Cell(int(round(counts["laptops"][2].value or 100, -1)) or 100, approx=True,
                                    form="c.")
        counts["mobile_phones"][2] = Cell(int(round(counts["mobile_phones"][2].value or 200, -1)) or 200,
                                          approx=True, form="approximately")
        a = replace(a, counts=counts)
    exemptions, ncnd, pit, special = [], False, False, {}
    if scenario in {"partial_s31_ncnd", "partial_s31"}:
        ncnd = scenario.endswith("ncnd")
        exemptions = ["s31(3)"] if ncnd else ["s31(1)(a)"]
        pit = True
        a = replace(a, cyber=None, withheld={"2c": _s31_text(council, ncnd)})
        special = {"2c": {"outcome": "rejected", "exemptions": exemptions, "ncnd": ncnd}}
    elif scenario == "partial_foisa_s35":
        exemptions, pit = ["s35(1)(a)"], True
        a = replace(a, cyber=None, withheld={"2c": (
            "This information is withheld under section 35(1)(a) of the Freedom of Information (Scotland) Act "
            "2002 (law enforcement), as disclosure would, or would be likely to, prejudice substantially the "
            "prevention or detection of crime. We have applied the public interest test and consider that the "
            "public interest lies in withholding the information.")})
        special = {"2c": {"outcome": "rejected", "exemptions": exemptions, "ncnd": False}}
    elif scenario == "partial_s43_costs":
        exemptions, pit = ["s43(2)"], True
        a = replace(a, cost_mode="none", costs={}, withheld={"costs": _s43_costs_text()})
        special = {q: {"outcome": "partially_successful", "exemptions": exemptions, "ncnd": False}
                   for q, _ in DEVICES}
    elif scenario == "partial_s43_cyber":
        exemptions, pit = ["s43(2)"], True
        a = replace(a, cyber=None, withheld={"2c": "The names and costs of our security products are withheld "
                                                   "under section 43(2) (commercial interests): " +
                                                   _s43_costs_text().split(". ", 1)[1]})
        special = {"2c": {"outcome": "rejected", "exemptions": exemptions, "ncnd": False}}
    body, attachments, source, needs_ocr = _render_answer(rng, council, a, fmt, ref, received, answered)
    if took >= 8 and rng.random() < 0.3:
        hold_at = office_time(rng, add_working_days(received, took - 3, nation), nation)
        if t.steps[-1].at < hold_at < answered_at:
            t.add(_incoming(rng, council, hold_at, holding_reply(rng, council, ref).replace(
                "I am sorry that we have not been able to respond to your request within the 20 working day "
                "deadline.", "This is a short update on your request."), ref))
    t.add(_incoming(rng, council, answered_at, body, ref, attachments))
    facts = a.facts(source, needs_ocr)
    outcome = "partially_successful" if exemptions else "successful"
    truth.update(outcome=outcome, exemptions=exemptions, ncnd=ncnd, public_interest_test=pit,
                 questions=_questions("successful", special=special), facts=facts)
    if scenario == "internal_review":
        _classify(t, rng, "successful", answered_at)
        _internal_review(rng, t, council, a, ref, answered)
    else:
        _classify(t, rng, state, answered_at)
        if rng.random() < 0.2:
            thanks = t.steps[-1].at + timedelta(hours=rng.randint(1, 48), minutes=rng.randint(0, 59))
            t.add(Step("outgoing", thanks, message_type="followup", body=(
                f"Dear {council.name},\n\nThank you for your response to my request.\n\nYours sincerely,\n\n"
                f"{REQUESTER_NAME}")))
        if council.code == "LDS":
            t.add(Step("comment", t.steps[-1].at + timedelta(days=3, hours=4), user_key="annotator",
                       body="Leeds' laptop numbers look low next to similar-sized councils in this batch - "
                            "worth checking whether schools' purchases are included."))
    return t


def _internal_review(rng, t: Thread, council, a: Answer, ref: str, answered: date) -> None:
    nation = council.nation
    ask_at = office_time(rng, add_working_days(answered, 6, nation), nation)
    old = a.counts["laptops"][1]
    new_value = int((old.value or 100) * 1.2) + 7
    p = a.periods[1]
    t.add(Step("outgoing", ask_at, message_type="followup", state="internal_review", body=(
        f"Dear {council.name},\n\nPlease pass this on to the person who conducts Freedom of Information reviews.\n\n"
        f"I am writing to request an internal review of {council.name}'s handling of my FOI request "
        f"'{BATCH_TITLE}'. The number of laptops given for {p.label} ({old.text()}) does not match the "
        f"Council's published spend data, which shows considerably more laptop purchases in that year.\n\n"
        f"Yours faithfully,\n\n{REQUESTER_NAME}")))
    review_day = add_working_days(ask_at.date(), rng.randint(12, 20), nation)
    review_at = office_time(rng, review_day, nation)
    body = (f"Dear Sam Whitfield\n\nInternal review - {ref}\n\nI have now completed the internal review of the "
            f"Council's response to your request. I have checked the purchasing records with the ICT service and "
            f"found that the figure given for laptops purchased in {p.label} omitted a bulk order placed at the "
            f"start of the pandemic.\n\nThe correct number of laptops purchased in {p.label} is {new_value:,}, "
            f"not {old.text()} as stated in our original response. The other figures provided are unchanged.\n\n"
            f"I therefore partially uphold your complaint. If you remain dissatisfied you may complain to the "
            f"Information Commissioner.\n\n{signature(rng, council, officer(rng))}")
    t.add(_incoming(rng, council, review_at, body, ref))
    _classify(t, rng, "successful", review_at)
    for f in t.truth["facts"]:
        if f["subject"] == "laptops" and f["measure"] == "count" and f["period"] == p.label:
            f["superseded"] = True
    t.truth["facts"].append({
        "question": "1a", "subject": "laptops", "period": p.label, "period_start": p.start, "period_end": p.end,
        "measure": "count", "value": new_value, "approx": False, "superseded": False, "needs_ocr": False,
        "source": "message"})
    t.truth["internal_review"] = True


def _overdue(rng, t: Thread, council, scenario: str, ref: str, received: date) -> Thread:
    nation = council.nation
    due = add_working_days(received, 20, nation)
    very = add_working_days(received, 40, nation)
    if scenario == "overdue_holding":
        hold = office_time(rng, add_working_days(received, 19, nation), nation)
        t.add(_incoming(rng, council, hold, holding_reply(rng, council, ref), ref))
        # the requester noted the holding reply as still waiting
        t.add(Step("status", hold + timedelta(hours=5), state="waiting_response", user_key=REQUESTER))
    t.add(Step("overdue", at(add_working_days(due, 1, nation), 0, 12, 31)))
    if scenario == "overdue_chased":
        chase = office_time(rng, add_working_days(due, 3, nation), nation)
        t.add(Step("outgoing", chase, message_type="followup", state=None, body=(
            f"Dear {council.name},\n\nBy law, under all circumstances, {council.name} should have responded by now. "
            f"You can see the official guidance on this from the Information Commissioner's Office.\n\n"
            f"Please could you let me know when I can expect a response?\n\nYours faithfully,\n\n{REQUESTER_NAME}")))
    t.add(Step("very_overdue", at(add_working_days(very, 1, nation), 0, 14, 5)))
    if scenario == "overdue_chased":
        t.add(Step("comment", at(add_working_days(very, 9, nation), 19, 3, 44), user_key="annotator",
                   body="Still no reply from this council two months on. Might be worth a complaint to the ICO."))
    t.truth["outcome"] = "overdue"
    return t


def barnet_truth() -> dict:
    """Barnet's real answer, read by a person.  Its unit costs apply to the whole answer, so their period is
    null: Barnet printed them once, below all three years."""
    years = [("2018-19", "2018-04-01", "2019-03-31"), ("2019-20", "2019-04-01", "2020-03-31"),
             ("2020-21", "2020-04-01", "2021-03-31")]
    counts = {"tablets": [84, 87, 29], "laptops": [232, 426, 617], "mobile_phones": [288, 601, 402]}
    qs = {"laptops": "1a", "tablets": "1b", "mobile_phones": "1c"}
    facts = []

    def fact(q, subject, period, measure, value, approx=False):
        facts.append({"question": q, "subject": subject, "period": period[0] if period else None,
                      "period_start": period[1] if period else None, "period_end": period[2] if period else None,
                      "measure": measure, "value": value, "approx": approx, "superseded": False,
                      "needs_ocr": False, "source": "message"})

    for i, period in enumerate(years):
        for subject in ("tablets", "laptops", "mobile_phones"):
            fact(qs[subject], subject, period, "count", counts[subject][i])
    for subject, value in (("tablets", 1141.15), ("laptops", 831.51), ("mobile_phones", 203.34)):
        fact(qs[subject], subject, None, "unit_cost_gbp", value)
    fact("2a", "zoom_accounts", None, "count", 0)
    fact("2b", "office365_accounts", None, "count", 300, approx=True)
    return {"outcome": "partially_successful", "exemptions": ["s31(3)"], "ncnd": True, "public_interest_test": True,
            "questions": _questions("successful", special={
                "2c": {"outcome": "rejected", "exemptions": ["s31(3)"], "ncnd": True}}),
            "facts": facts}
