"""Everyday requests to the same councils, 2019-2023: the background that makes refusal rates meaningful.

Short texts, no attachments; truth carries the outcome (and exemptions when something was withheld), no facts.
Each council gets its own propensity to refuse, so per-council rates differ the way real ones do.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from .common import add_working_days, office_time
from .render_text import officer, phone
from .thread import Step, Thread

SNAPSHOT_DAY = date(2023, 12, 15)

# title, request sentence, answer sentence ({n} a number), EIR?
TOPICS = [
    ("Parking fines issued", "how many penalty charge notices were issued in each of the last three years",
     "The Council issued {n:,} penalty charge notices in the last financial year.", False),
    ("Potholes reported and repaired", "the number of potholes reported and repaired in each year since 2018",
     "{n:,} potholes were reported and repaired last year.", True),
    ("Fly-tipping incidents", "the number of fly-tipping incidents recorded and fixed penalty notices issued",
     "We recorded {n:,} fly-tipping incidents last year.", True),
    ("Temporary accommodation costs", "the amount spent on bed and breakfast temporary accommodation",
     "Spend on bed and breakfast accommodation was £{n:,}.", False),
    ("Agency staff spend", "total spend on agency staff by directorate", "Total agency spend was £{n:,}.", False),
    ("Council tax arrears", "the total value of council tax arrears and the number of liability orders",
     "Arrears stood at £{n:,} at 31 March.", False),
    ("Empty homes", "the number of long-term empty homes and the addresses of empty commercial properties",
     "There were {n:,} long-term empty homes on the council tax list.", False),
    ("Public health funerals", "details of public health funerals held, including the name of the deceased",
     "The Council arranged {n:,} public health funerals last year.", False),
    ("Consultancy contracts", "a list of contracts with management consultancies and their value",
     "The Council held {n:,} such contracts.", False),
    ("Street lighting energy use", "the electricity used by street lighting and the number of LED lanterns",
     "Street lighting used {n:,} MWh last year.", True),
    ("Children's social workers caseloads", "average caseloads of children's social workers",
     "The average caseload was {n} children per worker.", False),
    ("Tree felling", "the number of council-owned trees felled and replanted", "{n:,} trees were felled.", True),
    ("Ransomware attacks", "the number of ransomware attacks on the council and any ransom paid",
     "The Council is not aware of any successful ransomware attack; {n} phishing incidents were reported.", False),
    ("Electric vehicle charge points", "the number of public EV charge points and their usage",
     "There are {n:,} public charge points in the borough.", True),
    ("Staff suspensions", "the number of staff suspended and the length of each suspension",
     "{n} members of staff were suspended.", False),
    ("School transport costs", "spend on home to school transport for pupils with SEND",
     "Spend was £{n:,} in 2022/23.", False),
    ("Housing disrepair claims", "the number of housing disrepair claims and the compensation paid",
     "The Council received {n:,} disrepair claims.", False),
    ("Use of artificial intelligence", "whether the council uses AI tools such as ChatGPT and any policies",
     "The Council has {n} pilot projects using AI tools.", False),
]

EXEMPTIONS_FOI = [("s12", 40), ("s21", 12), ("s40(2)", 15), ("s43(2)", 10), ("s31(1)(a)", 8), ("s14(1)", 5),
                  ("s22", 5), ("s41", 5)]
EXEMPTIONS_FOISA = [("s12", 40), ("s25", 12), ("s38(1)(b)", 15), ("s33(1)(b)", 10), ("s35(1)(a)", 8), ("s14(1)", 5),
                    ("s27", 5), ("s36(2)", 5)]
EXEMPTIONS_EIR = [("reg12(4)(b)", 50), ("reg13", 30), ("reg12(5)(e)", 20)]

REFUSAL_WORDS = {
    "s12": "it would exceed the appropriate cost limit to comply (section 12)",
    "s14(1)": "we consider the request vexatious under section 14(1)",
    "s21": "the information is reasonably accessible to you by other means (section 21); it is published on "
           "our website",
    "s22": "the information is intended for future publication (section 22)",
    "s31(1)(a)": "disclosure would be likely to prejudice the prevention or detection of crime (section 31(1)(a))",
    "s40(2)": "it is the personal data of third parties (section 40(2))",
    "s41": "it was provided to the Council in confidence (section 41)",
    "s43(2)": "disclosure would prejudice commercial interests (section 43(2))",
    "s25": "the information is otherwise accessible (section 25 of FOISA)",
    "s38(1)(b)": "it is third-party personal data (section 38(1)(b) of FOISA)",
    "s33(1)(b)": "disclosure would prejudice substantially commercial interests (section 33(1)(b) of FOISA)",
    "s35(1)(a)": "disclosure would prejudice substantially the prevention or detection of crime (section 35(1)(a) "
                 "of FOISA)",
    "s27": "the information is intended for publication within 12 weeks (section 27 of FOISA)",
    "s36(2)": "it was obtained in confidence (section 36(2) of FOISA)",
    "reg12(4)(b)": "the request is manifestly unreasonable (regulation 12(4)(b) of the EIR)",
    "reg13": "it is personal data (regulation 13 of the EIR)",
    "reg12(5)(e)": "disclosure would harm the confidentiality of commercial information (regulation 12(5)(e) of "
                   "the EIR)",
}

REQUESTERS = ["Helen Carter", "Daniel Morgan", "Aisha Khan", "Peter Lawson", "Megan Roberts", "Chris Doyle",
              "Ruth Ellison", "Jamie Stewart", "Ben Adeyemi", "Laura Nicholls", "Owen Griffiths", "Kirsty Munro",
              "Tariq Hussain", "Emily Barker", "Graham Pike", "Sophie Turner", "Neil McAllister", "Yusuf Ali",
              "Joanne Reid", "Mark Ellis"]


def _weighted(rng: random.Random, table):
    total = sum(w for _, w in table)
    x = rng.uniform(0, total)
    for item, w in table:
        x -= w
        if x <= 0:
            return item
    return table[-1][0]


def requester_keys() -> list[tuple[str, str]]:
    return [(name.lower().replace(" ", "_"), name) for name in REQUESTERS]


def threads_for(rng: random.Random, council, n: int, key_prefix: str) -> list[Thread]:
    strict = rng.uniform(0.04, 0.4)  # this council's propensity to refuse
    users = requester_keys()
    out = []
    for k in range(n):
        title, ask, answer, eir = rng.choice(TOPICS)
        user_key, user_name = rng.choice(users)
        day = date(2019, 1, 2) + timedelta(days=rng.randrange((SNAPSHOT_DAY - date(2019, 1, 2)).days - 3))
        sent = office_time(rng, day, council.nation)
        if sent.date() >= SNAPSHOT_DAY:
            sent = office_time(rng, SNAPSHOT_DAY - timedelta(days=7), council.nation)
        t = Thread(key=f"{key_prefix}-{council.code}-{k:03d}", title=title, body_id=council.wdtk_id,
                   user_key=user_key, law_used="eir" if eir else "foi")
        t.add(Step("outgoing", sent, body=f"Dear {council.name},\n\nPlease provide {ask}.\n\nYours faithfully,\n\n"
                                          f"{user_name}"))
        out.append(t)
        _play(rng, t, council, strict, answer, user_key, user_name, eir)
    return out


def _play(rng, t: Thread, council, strict: float, answer: str, user_key: str, user_name: str, eir: bool) -> None:
    nation = council.nation
    sent = t.steps[0].at
    due = add_working_days(sent.date(), 20, nation)
    recent = due >= SNAPSHOT_DAY
    roll = rng.random()
    if recent and roll < 0.7:
        outcome = "awaiting"
    elif roll < 0.05:
        outcome = "overdue"
    elif roll < 0.08:
        outcome = "withdrawn"
    elif roll < 0.11:
        outcome = "clarification"
    elif roll < 0.11 + strict:
        outcome = "rejected"
    elif roll < 0.11 + strict + 0.12:
        outcome = "not_held"
    elif roll < 0.11 + strict + 0.24:
        outcome = "partially_successful"
    else:
        outcome = "successful"
    truth = {"outcome": outcome, "exemptions": [], "ncnd": False, "public_interest_test": False,
             "internal_review": False, "questions": [], "facts": []}
    t.truth = truth
    ref = f"{rng.choice(['FOI', 'EIR' if eir else 'FOI', 'IG'])}-{sent.year % 100}-{rng.randint(100, 9999)}"
    sig = f"\n\n{officer(rng)}\nInformation Governance\n{council.name}\nTel: {phone(rng, council)}\n{council.request_email}"
    reply_day = add_working_days(sent.date(), rng.randint(3, 26), nation)
    if reply_day >= SNAPSHOT_DAY and outcome != "withdrawn":
        outcome = truth["outcome"] = "awaiting"  # the reply had not arrived by the snapshot
    reply_at = office_time(rng, reply_day, nation)

    def incoming(when, body):
        t.add(Step("incoming", when, body=body + sig, from_name="Information Governance",
                   from_email=council.request_email, subject=f"RE: Freedom of Information request - {t.title}"))

    def classify(after, state):
        if rng.random() < 0.18:
            return  # never classified: awaiting_description stays true
        if rng.random() < 0.07:
            state = rng.choice(["successful", "partially_successful", "rejected"])  # users misclassify
        t.add(Step("status", after + timedelta(hours=rng.randint(1, 90)), state=state, user_key=user_key))

    if rng.random() < 0.3 and outcome not in {"awaiting"}:
        ack = sent + timedelta(minutes=rng.randint(2, 300))
        incoming(ack, f"Thank you for your request, reference {ref}. We will respond within 20 working days.")
    if outcome == "awaiting":
        if not recent:
            truth["outcome"] = "overdue"
            _overdue_events(t, sent.date(), nation)
        return
    if outcome == "overdue":
        _overdue_events(t, sent.date(), nation)
        return
    if outcome == "withdrawn":
        w = office_time(rng, add_working_days(sent.date(), 2, nation), nation)
        if w <= t.steps[-1].at:
            w = t.steps[-1].at + timedelta(hours=1)
        t.add(Step("outgoing", w, message_type="followup", body=f"Dear {council.name},\n\nI no longer need this "
                   f"information; please close my request.\n\nYours faithfully,\n\n{user_name}"))
        t.add(Step("status", w + timedelta(minutes=1), state="user_withdrawn", user_key=user_key))
        return
    if reply_at <= t.steps[-1].at:
        reply_at = t.steps[-1].at + timedelta(hours=2)
    n = rng.choice([3, 7, 12, 48, 153, 1204, 4820, 25310, 412000])
    if outcome == "clarification":
        incoming(reply_at, f"Dear {user_name}\n\nYour request {ref} is unclear. Please could you clarify which "
                           f"period you are interested in?")
        classify(reply_at, "waiting_clarification")
        return
    if outcome == "not_held":
        incoming(reply_at, f"Dear {user_name}\n\nRequest {ref}: the Council does not hold the information you have "
                           f"requested.")
        classify(reply_at, "not_held")
        return
    table = EXEMPTIONS_EIR if eir else EXEMPTIONS_FOISA if council.scottish else EXEMPTIONS_FOI
    if outcome == "rejected":
        ex = _weighted(rng, table)
        truth["exemptions"] = [ex]
        truth["public_interest_test"] = ex not in {"s12", "s14(1)", "s21", "s40(2)", "s25", "s38(1)(b)", "reg13"}
        incoming(reply_at, f"Dear {user_name}\n\nRequest {ref}\n\nI am sorry but we are unable to provide this "
                           f"information because {REFUSAL_WORDS[ex]}.")
        classify(reply_at, "rejected")
        if rng.random() < 0.25:
            ask = office_time(rng, add_working_days(t.steps[-1].at.date(), rng.randint(1, 15), nation), nation)
            if ask.date() < SNAPSHOT_DAY:
                t.add(Step("outgoing", ask, message_type="followup", state="internal_review", body=(
                    f"Dear {council.name},\n\nPlease pass this on to the person who conducts Freedom of "
                    f"Information reviews. I do not accept that the exemption applies.\n\nYours faithfully,\n\n"
                    f"{user_name}")))
                done = office_time(rng, add_working_days(ask.date(), rng.randint(10, 30), nation), nation)
                if done.date() < SNAPSHOT_DAY:
                    incoming(done, f"Dear {user_name}\n\nInternal review of {ref}\n\nI have reviewed the "
                                   f"handling of your request and uphold the original decision.")
                    classify(done, "rejected")
        return
    if outcome == "partially_successful":
        ex = "reg13" if eir else "s38(1)(b)" if council.scottish else rng.choice(["s40(2)", "s40(2)", "s43(2)"])
        truth["exemptions"] = [ex]
        incoming(reply_at, f"Dear {user_name}\n\nRequest {ref}\n\n{answer.format(n=n)} Some of the information "
                           f"has been withheld because {REFUSAL_WORDS[ex]}.")
        classify(reply_at, "partially_successful")
        return
    incoming(reply_at, f"Dear {user_name}\n\nRequest {ref}\n\n{answer.format(n=n)}")
    classify(reply_at, "successful")


def _overdue_events(t: Thread, sent: date, nation: str) -> None:
    from .common import at
    due = add_working_days(sent, 20, nation)
    very = add_working_days(sent, 40, nation)
    for kind, day in (("overdue", add_working_days(due, 1, nation)), ("very_overdue", add_working_days(very, 1, nation))):
        when = at(day, 0, 10 if kind == "overdue" else 11)
        if day < SNAPSHOT_DAY and when > t.steps[-1].at:
            t.add(Step(kind, when))
