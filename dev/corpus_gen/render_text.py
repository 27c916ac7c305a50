"""Replies as e-mail text: many ways of writing the same figures, plus the noise around them."""

from __future__ import annotations

import random
from datetime import datetime

from .answers import DEVICES, Answer
from .common import long_date

REQUEST_TEXT = """I would like to know the following over the last 3x years, broken down by year (September 2021, September 2020, September 2019) and the estimated cost per device.

1. Breakdown of the number of new electronic devices purchased by your organisation and the estimated cost for each purchase:

a Laptops

b Tablet computers

c Mobile Phones

2. Detail on remote working software/licences purchased and estimated costs

a Number of Zoom accounts created

b Number of new office 365 account purchased

c. cyber security software purchased"""

Q2_LABELS = {
    "2a": ["a Number of Zoom accounts created", "2a) Zoom accounts", "Zoom accounts created", "Q2(a) Zoom"],
    "2b": ["b Number of new office 365 account purchased", "2b) Office 365 accounts", "New Office 365 accounts",
           "Q2(b) Microsoft Office 365"],
    "2c": ["c. cyber security software purchased", "2c) Cyber security software", "Cyber security software",
           "Q2(c) Cyber security"],
}

FIRST = ["Alison", "Gareth", "Priya", "Tom", "Fiona", "Mohammed", "Rachel", "Iwan", "Siobhan", "Kevin", "Hannah",
         "Callum", "Deborah", "Oliver", "Nadia", "Euan"]
LAST = ["Patel", "Jones", "MacLeod", "Hughes", "Okafor", "Brennan", "Walsh", "Evans", "Campbell", "Shah",
        "Thornton", "Price", "Fraser", "Ahmed", "Kerr", "Lloyd"]
ROLES = ["Information Governance Officer", "FOI Officer", "Information Rights Team", "Information Governance Team",
         "Senior Information Governance Officer", "Customer Feedback and FOI Team", "Data Protection and FOI Officer"]


def phone(rng: random.Random, council=None) -> str:
    """A UK landline in the council's part of the country."""
    if council is not None and council.la_type == "LBO":
        areas = [("020", "8"), ("020", "7")]
    elif council is not None and council.nation == "Scotland":
        areas = [("0131", "5"), ("0141", "2"), ("01224", "")]
    elif council is not None and council.nation == "Wales":
        areas = [("029", "20"), ("01792", ""), ("01437", "")]
    elif council is not None and council.nation == "Northern Ireland":
        areas = [("028", "90")]
    else:
        areas = [("0300", "1"), ("0113", "3"), ("0161", "2"), ("01392", ""), ("01223", ""), ("0345", "6")]
    area, first = rng.choice(areas)
    if len(area) == 5:
        return f"{area} {rng.randint(100000, 999999)}"
    if area in {"020", "029", "028"}:
        rest = f"{first}{rng.randint(0, 10 ** (8 - len(first)) - 1):0{8 - len(first)}d}"
        return f"{area} {rest[:4]} {rest[4:]}"
    rest = f"{first}{rng.randint(0, 10 ** (7 - len(first)) - 1):0{7 - len(first)}d}"
    return f"{area} {rest[:3]} {rest[3:]}"


def officer(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def signature(rng: random.Random, council, name: str) -> str:
    style = rng.randrange(4)
    role = rng.choice(ROLES)
    if style == 0:
        return f"Yours sincerely\n\n{name}\n{role}\n{council.name}\nTel: {phone(rng, council)}\nEmail: {council.request_email}"
    if style == 1:
        return f"Kind regards\n\n{name}\n{role}\nT: {phone(rng, council)} | E: {council.request_email}\nwww.{council.domain}"
    if style == 2:
        return f"Regards,\n{role}\n{council.name}\n{phone(rng, council)}"
    return f"Yours faithfully\n\n{role}\n{council.name}\nDirect line: {phone(rng, council)}\nMob: 07{rng.randint(700, 999)} " \
           f"{rng.randint(100000, 999999)}"


def reference(rng: random.Random, council) -> str:
    return rng.choice([f"FOI/21/{rng.randint(100, 9999):04d}", f"{rng.randint(7000000, 7999999)}",
                       f"IG-{rng.randint(10000, 99999)}", f"FOI {rng.randint(21000, 21999)}",
                       f"{council.code}/FOI/2021/{rng.randint(1000, 3999)}"])


def quote_original(rng: random.Random, req_body: str, requester: str, request_address: str, council,
                   sent: datetime, subject: str) -> str:
    style = rng.randrange(4)
    if style == 0:
        return ""
    if style == 1:
        return (f"\n\n-----Original Message-----\nFrom: {requester} <{request_address}>\n"
                f"Sent: {sent:%d %B %Y %H:%M}\nTo: FOI <{council.request_email}>\nSubject: {subject}\n\n{req_body}")
    if style == 2:
        quoted = "\n".join("> " + line if line else ">" for line in req_body.splitlines())
        return f"\n\nOn {sent.day} {sent:%b %Y}, at {sent:%H:%M}, {requester} <{request_address}> wrote:\n{quoted}"
    return (f"\n\n________________________________\nFrom: {requester} <{request_address}>\n"
            f"Sent: {sent:%A, %d %B %Y %H:%M}\nTo: {council.request_email}\nSubject: {subject}\n\n{req_body}")


def acknowledgement(rng: random.Random, council, ref: str, received) -> str:
    scot = council.scottish
    law = "Freedom of Information (Scotland) Act 2002" if scot else "Freedom of Information Act 2000"
    body = rng.choice([
        f"Dear Requester\n\nThank you for your request for information, which was received on {long_date(received)}. "
        f"Your request is being dealt with under the {law} and your reference number is {ref}.\n\n"
        f"We will respond within 20 working days. If you have any queries please contact us on {phone(rng, council)}, "
        f"quoting the reference above.",
        f"Our ref: {ref}\n\nThank you for your email. This is an automated acknowledgement that we have received "
        f"your Freedom of Information request. We aim to respond within 20 working days of receipt.\n\n"
        f"Please do not reply to this email.",
        f"Dear Sam Whitfield\n\nRequest for information - {ref}\n\nI acknowledge receipt of your request dated "
        f"{long_date(received)}. A response will be sent to you by "
        f"the statutory deadline. Should you need to contact us, telephone {phone(rng, council)}.",
    ])
    return body + "\n\n" + signature(rng, council, officer(rng))


def holding_reply(rng: random.Random, council, ref: str) -> str:
    return rng.choice([
        f"Dear Sam Whitfield\n\nRe: {ref}\n\nI am sorry that we have not been able to respond to your request within "
        f"the 20 working day deadline. We are still gathering the information from the service area and will "
        f"respond as soon as possible.\n\nPlease accept our apologies for the delay.",
        f"Dear Requester\n\nYour request {ref} is still being processed. Unfortunately our ICT service is "
        f"experiencing high demand and the response will be delayed. We will be in touch shortly.",
    ]) + "\n\n" + signature(rng, council, officer(rng))


# --- question 1 ------------------------------------------------------------------------------------------


def _unit_text(answer: Answer, subject: str) -> list[str]:
    return [c.text() for _, c in answer.cost_cells(subject)]


def q1_blocks_by_period(rng: random.Random, a: Answer) -> str:
    out = []
    sep = rng.choice([" - ", ": ", " – "])
    for i, p in enumerate(a.periods):
        out.append(f"{p.label}:\n")
        for _, subject in DEVICES:
            out.append(f"{a.words[subject]}{sep}{a.counts[subject][i].text()}\n")
    out.append(_costs_paragraph(rng, a))
    return "\n".join(out)


def q1_by_device(rng: random.Random, a: Answer) -> str:
    lines = []
    for q, subject in DEVICES:
        parts = "; ".join(f"{p.label} – {c.text()}" for p, c in zip(a.periods, a.counts[subject]))
        lines.append(f"{q[-1]}) {a.words[subject]}: {parts}")
    return "\n".join(lines) + "\n\n" + _costs_paragraph(rng, a)


def _costs_paragraph(rng: random.Random, a: Answer) -> str:
    if a.cost_mode == "none":
        return a.withheld.get("costs", "")
    if a.cost_mode == "unit_overall":
        head = rng.choice(["Costs:", f"Average cost per device{a.vat}:", f"Estimated unit costs{a.vat}:"])
        rows = "\n".join(f"{a.words[s]} {_unit_text(a, s)[0]}" for _, s in DEVICES)
        return f"{head}\n\n{rows}"
    if a.cost_mode == "unit_per_period":
        head = f"Average unit cost{a.vat}:"
        rows = "\n".join(f"{a.words[s]}: " + ", ".join(f"{p.label} {c.text()}" for p, c in a.cost_cells(s))
                         for _, s in DEVICES)
        return f"{head}\n{rows}"
    head = rng.choice([f"Total spend{a.vat}:", f"Total cost of devices purchased{a.vat}:"])
    rows = "\n".join(f"{a.words[s]}: " + ", ".join(f"{p.label} {c.text()}" for p, c in a.cost_cells(s))
                     for _, s in DEVICES)
    return f"{head}\n{rows}"


def grid(a: Answer) -> list[list[str]]:
    """Question 1 as a table: a header row, then one row per device (and per cost line)."""
    header = ["Device"] + [p.label for p in a.periods]
    rows = [header]
    if a.cost_mode == "unit_overall":
        header.append(f"Unit cost{a.vat}")
    for _, s in DEVICES:
        row = [a.words[s]] + [c.text() for c in a.counts[s]]
        if a.cost_mode == "unit_overall":
            row.append(_unit_text(a, s)[0])
        rows.append(row)
    if a.cost_mode in {"unit_per_period", "total_per_period"}:
        what = "average unit cost" if a.cost_mode == "unit_per_period" else "total cost"
        for _, s in DEVICES:
            rows.append([f"{a.words[s]} - {what}{a.vat}"] + _unit_text(a, s))
    return rows


def q1_pipe_table(rng: random.Random, a: Answer) -> str:
    g = grid(a)
    lines = ["| " + " | ".join(r) + " |" for r in g]
    lines.insert(1, "|" + "|".join("---" for _ in g[0]) + "|")
    return "\n".join(lines) + ("\n\n" + a.withheld["costs"] if "costs" in a.withheld else "")


def q1_space_table(rng: random.Random, a: Answer) -> str:
    g = grid(a)
    widths = [max(len(r[i]) for r in g) + 3 for i in range(len(g[0]))]
    lines = ["".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() for r in g]
    return "\n".join(lines) + ("\n\n" + a.withheld["costs"] if "costs" in a.withheld else "")


def q1_prose(rng: random.Random, a: Answer) -> str:
    sentences = []
    for i, p in enumerate(a.periods):
        parts = [f"{a.counts[s][i].text()} {a.words[s].lower()}" for _, s in DEVICES]
        lead = rng.choice([f"In {p.label} we purchased", f"During {p.label} the Council bought",
                           f"For {p.label}, the council purchased"])
        sentence = f"{lead} {parts[0]}, {parts[1]} and {parts[2]}"
        if a.cost_mode == "unit_per_period":
            costs = [f"{a.words[s].lower()} {a.cost_cells(s)[i][1].text()}" for _, s in DEVICES]
            sentence += f", at an average cost{a.vat} of " + ", ".join(costs) + " each"
        elif a.cost_mode == "total_per_period":
            costs = [f"{a.cost_cells(s)[i][1].text()} on {a.words[s].lower()}" for _, s in DEVICES]
            sentence += f"; total spend{a.vat} was " + ", ".join(costs)
        sentences.append(sentence + ".")
    text = "\n\n".join(sentences)
    if a.cost_mode == "unit_overall":
        costs = ", ".join(f"{a.words[s].lower()} {_unit_text(a, s)[0]}" for _, s in DEVICES)
        text += f"\n\nThe estimated cost per device{a.vat} is: {costs}."
    elif a.cost_mode == "none":
        text += "\n\n" + a.withheld.get("costs", "")
    return text


def q1_bullets(rng: random.Random, a: Answer) -> str:
    out = []
    for q, s in DEVICES:
        out.append(f"{q[-1]}) {a.words[s]}")
        for p, c in zip(a.periods, a.counts[s]):
            out.append(f"   - {p.label}: {c.text()}")
        for p, c in a.cost_cells(s):
            label = "unit cost" if a.cost_mode != "total_per_period" else "total cost"
            out.append(f"   - {label}{' ' + p.label if p else ''}{a.vat}: {c.text()}")
    if a.cost_mode == "none":
        out.append("\n" + a.withheld.get("costs", ""))
    return "\n".join(out)


Q1_STYLES = {"blocks": q1_blocks_by_period, "by_device": q1_by_device, "pipe": q1_pipe_table,
             "space": q1_space_table, "prose": q1_prose, "bullets": q1_bullets}


# --- question 2 ------------------------------------------------------------------------------------------


def q2_lines(rng: random.Random, a: Answer) -> list[tuple[str, str]]:
    """(label, answer) for 2a-2c; the same pairs feed text and document tables."""
    style = rng.randrange(len(Q2_LABELS["2a"]))
    labels = {q: v[style] for q, v in Q2_LABELS.items()}
    pairs = []
    if "2a" in a.withheld:
        pairs.append((labels["2a"], a.withheld["2a"]))
    elif a.zoom is not None:
        note = f" ({a.zoom_note})" if a.zoom_note else ""
        pairs.append((labels["2a"], f"{a.zoom.text()}{note}"))
    if "2b" in a.withheld:
        pairs.append((labels["2b"], a.withheld["2b"]))
    elif a.o365 is not None:
        pairs.append((labels["2b"], f"{a.o365.text()}{' ' + a.o365_note if a.o365_note else ''}"))
    if "2c" in a.withheld:
        pairs.append((labels["2c"], a.withheld["2c"]))
    elif a.cyber is not None:
        pairs.append((labels["2c"], f"{a.cyber.text()} {a.cyber_note}".strip()))
    else:
        pairs.append((labels["2c"], rng.choice([
            "The Council uses the security tools included in its Microsoft 365 licensing; no separate purchase "
            "was made.", "No separate cyber security software was purchased in this period."])))
    return pairs


def q2_text(rng: random.Random, a: Answer) -> str:
    sep = rng.choice([" - ", ": ", "\n"])
    return "\n\n".join(f"{label}{sep}{answer}" for label, answer in q2_lines(rng, a))


def opening(rng: random.Random, council, ref: str, received, answered, restate: bool, holds: bool = True) -> str:
    law = "Freedom of Information (Scotland) Act 2002" if council.scottish else "Freedom of Information Act 2000"
    head = rng.choice([
        f"Dear Sam Whitfield\n\nFreedom of Information request - reference {ref}\n\n"
        f"Thank you for your request for information received on {long_date(received)}. " +
        ("I can confirm that the Council holds the information you requested and this is provided below."
         if holds else "I am writing to let you know the outcome of your request."),
        f"{council.name}\n{long_date(answered)}\nOur ref: {ref}\n\nDear Requester\n\n"
        f"Your request has been considered under the {law}. Please find our response below.",
        f"Dear Mr Whitfield,\n\nRE: Your request for information - {ref}\n\nI am writing in response to your "
        f"request for information dated {long_date(received)}, which has been handled under the {law}.",
    ])
    if restate:
        head += "\n\nYou asked:\n\n" + REQUEST_TEXT
    return head


def closing(rng: random.Random, council) -> str:
    if council.scottish:
        return ("If you are unhappy with this response you may ask the Council to review it within 40 working days. "
                "If you remain dissatisfied you may apply to the Scottish Information Commissioner, Kinburn Castle, "
                "Doubledykes Road, St Andrews, Fife KY16 9DS (www.itspublicknowledge.info).")
    return rng.choice([
        "If you are dissatisfied with the handling of your request, you have the right to ask for an internal "
        "review within 40 working days. If you are not content with the outcome of the internal review, you may "
        "apply to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF "
        "(telephone 0303 123 1113).",
        "Your rights: if you are unhappy with our response you may request an internal review by emailing "
        f"{council.request_email}. You may also complain to the Information Commissioner's Office (www.ico.org.uk).",
    ])
