"""Build the imitation disclosure logs the replay serves: `python -m dev.build_disclosure_logs`.

    python -m dev.build_disclosure_logs            # rewrite replay/disclosure_corpus/ (same bytes every run)
    python -m dev.build_disclosure_logs --check    # exit 1 if replay/disclosure_corpus/ differs from what would be written
    python -m dev.build_disclosure_logs --out DIR  # write elsewhere

Deterministic (fixed seeds, no clock), built from the demo corpus: councils that answered the demo batch on
WhatDoTheyKnow publish the same reply (same document bytes, same figures, same reference) in their log, so the
crawl can link the two copies; councils that did not answer there (overdue, withdrawn, waiting for
clarification) publish an answer only in their log, with figures drawn by the corpus generator's
`make_answer`. It writes logs.json, files/ and truth.json (see replay/disclosure_corpus/__init__.py), which are
committed and shipped; the replay reads them and never runs this.
"""

from __future__ import annotations

import copy
import json
import random
import re
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from dev.corpus_files import finish, parser
from dev.corpus_gen.answers import Answer, make_answer
from dev.corpus_gen.batch import BATCH_TITLE
from dev.corpus_gen.councils import REGISTER, load_register
from dev.corpus_gen.render_docs import docx_letter, pdf_letter
from dev.corpus_gen.render_text import REQUEST_TEXT, Q1_STYLES, grid, q2_lines
from dev.corpus_gen.common import at, long_date
from replay.disclosure_corpus import HERE, LOGS_FILE, TRUTH_FILE, Document, Entry, Log, document_file, logs_record, slug
from replay.site.corpus import BUNDLED as WDTK_CORPUS

BATCH_ID = 2417
SURVEY = "remote-working-2021"

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# The references councils print, as render_text.reference() writes them.
REFERENCE = re.compile(r"FOI/21/\d{4}|[A-Z]{3}/FOI/2021/\d{4}|IG-\d{5}|FOI 21\d{3}|\b\d{7}\b")

OUTCOME_LABELS = {
    "successful": "Response (all information to be supplied)",
    "partially_successful": "Response (some information withheld)",
    "rejected": "Response (information withheld - exempt)",
    "not_held": "Response (information not held)",
}


@dataclass
class DraftEntry(Entry):
    """An entry as the generator knows it: what the replay serves plus what truth.json says about it."""
    questionnaire: bool = False     # answers the demo questionnaire
    facts: list[dict] = field(default_factory=list)
    linked_wdtk: int | None = None  # the WhatDoTheyKnow request this entry is a copy of
    link_rule: str | None = None    # "reference" | "title_dates"


# --- which council publishes what, where ------------------------------------------------------------------

# Councils with an imitation log: code -> (listing style, entries per listing page; 0 = one page). The URL,
# platform and terms come from the registry (warehouse/reference/disclosure_logs.csv), the one place they live.
STYLES = {
    "BNE": ("by_date", 3), "CRY": ("a_z", 0), "ARU": ("category", 2), "DAC": ("by_month", 0),
    "MAN": ("list", 3), "LCE": ("list", 0), "NFK": ("list", 0), "SWK": ("list", 0),
    "CMD": ("api", 0), "LIV": ("api", 0), "MIK": ("api", 0),
}


@lru_cache(maxsize=1)
def registry_lines() -> dict[str, tuple[str, str, str]]:
    """code -> (platform, url, terms) from the registry, for the councils in STYLES."""
    from warehouse.disclosure_registry import by_code

    logs = by_code("demo")   # the demo's lines (warehouse/reference/disclosure_logs_demo.csv), apart from the real
    missing = [c for c in STYLES if c not in logs or not logs[c].crawlable]
    if missing:
        raise SystemExit(f"the disclosure-log registry lacks crawlable lines for {missing}")
    return {c: (logs[c].platform, logs[c].url, logs[c].terms or "") for c in STYLES}


# Requests other people made, so each log holds more than the questionnaire.
OTHER_TOPICS = [
    ("Pothole compensation claims", "Please tell me how many compensation claims for pothole damage the council "
     "received in each of the last three financial years, and the total amount paid out.", "successful", [],
     "Highways"),
    ("Agency staff spending", "How much did the council spend on agency staff in 2020-21, broken down by "
     "directorate?", "successful", [], "Corporate"),
    ("Empty residential properties list", "Please provide a list of empty residential properties in the borough "
     "with their addresses and the date they became empty.", "rejected", ["s31(1)(a)"], "Housing"),
    ("Public toilet closures", "How many public toilets has the council closed since 2015, and where were they?",
     "not_held", [], "Environment"),
    ("Management consultancy contracts", "Please list every contract with a management consultancy since 2019 "
     "with its value and supplier.", "partially_successful", ["s43(2)"], "Corporate"),
    ("Parking penalty charge notices by street", "Please give the number of penalty charge notices issued on "
     "each street in the borough in 2020.", "rejected", ["s12"], "Transport"),
    ("Staff sickness absence", "What was the average number of days lost to sickness absence per employee in "
     "each of the last three years?", "successful", [], "Corporate"),
    ("Rough sleeper counts", "Please provide the results of the council's rough sleeper counts for 2019, 2020 and "
     "2021.", "successful", [], "Housing"),
    ("Tree felling on council land", "How many trees on council land were felled in 2020 and why?", "not_held", [],
     "Environment"),
    ("Fly-tipping incidents and prosecutions", "How many fly-tipping incidents were reported in 2020-21, and how "
     "many prosecutions followed?", "successful", [], "Environment"),
    ("School transport contracts", "Please list the contracts for home-to-school transport with their values.",
     "partially_successful", ["s43(2)"], "Education"),
    ("Councillor expenses 2020-21", "Please provide each councillor's expenses claims for 2020-21.", "successful",
     [], "Corporate"),
]

OTHERS_PER_LOG = {"BNE": 5, "MAN": 4, "ARU": 4, "CMD": 4, "MIK": 3}


def _council_info() -> dict[str, object]:
    return {c.code: c for c in load_register(REGISTER)}


@lru_cache(maxsize=1)
def _wdtk() -> tuple[dict, dict]:
    site = json.loads((WDTK_CORPUS / "site.json").read_text(encoding="utf-8"))
    truth = json.loads((WDTK_CORPUS / "truth.json").read_text(encoding="utf-8"))
    return site, {r["request_id"]: r for r in truth["requests"]}


def wdtk_batch_request(code: str) -> tuple[dict, dict] | None:
    """(site.json request, truth row) of the council's demo-batch request."""
    site, truth = _wdtk()
    for r in site["info_requests"]:
        t = truth.get(r["id"])
        if r.get("info_request_batch_id") == BATCH_ID and t and t["local_authority_code"] == code:
            return r, t
    return None


def _wdtk_reference(req: dict) -> tuple[str | None, bool]:
    """(the council's reference as the thread gives it, whether a message body quotes it)."""
    for m in req["incoming_messages"]:
        hit = REFERENCE.search(m["body"])
        if hit:
            return hit.group(0), True
    for m in req["incoming_messages"]:
        hit = REFERENCE.search(m["subject"] or "")
        if hit:
            return hit.group(0), False
    return None, False


def _wdtk_file(req: dict) -> tuple[str, str, bytes] | None:
    for m in req["incoming_messages"]:
        for a in m["attachments"]:
            return a["filename"], a["content_type"], (WDTK_CORPUS / a["file"]).read_bytes()
    return None


def _facts_with_source(facts: list[dict], source: str) -> list[dict]:
    return [{**f, "source": source} for f in facts]


def _answer_text(rng: random.Random, a: Answer) -> str:
    q1 = Q1_STYLES[rng.choice(["blocks", "pipe", "bullets"])](rng, a)
    q2 = "\n\n".join(f"{label}: {value}" for label, value in q2_lines(rng, a))
    return f"1. Devices purchased\n\n{q1}\n\n2. Remote working software and licences\n\n{q2}"


def _letter(rng: random.Random, council, a: Answer, ref: str, received: date, answered: date, kind: str):
    table = grid(a)
    q2 = [["Question", "Response"]] + [list(p) for p in q2_lines(rng, a)]
    head = [f"{council.name}\nOur ref: {ref}\n{long_date(answered)}\n\nThank you for your request for information "
            f"received on {long_date(received)}. The Council holds the information and it is provided below."]
    tail = ["If you are unhappy with this response you may ask for an internal review."]
    author = f"{council.nice_name} Information Governance"
    if kind == "docx":
        return lambda: docx_letter(head, table, tail, author=author, when=at(answered, 9, 0), extra_tables=[q2])
    return lambda: pdf_letter(head, table, tail, title=f"FOI {ref}", author=author, extra_tables=[q2])


def _foi(ref: str) -> str:
    return ref if ref.upper().startswith("FOI") else f"FOI {ref}"


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-")


def _questionnaire_entry(code: str, council, rng: random.Random) -> Entry:
    found = wdtk_batch_request(code)
    req, truth = found if found else (None, None)
    ref, quoted = _wdtk_reference(req) if req else (None, False)
    received = date(2021, 9, 29)
    outcome = truth["outcome"] if truth else "successful"
    answered_on_wdtk = outcome in ("successful", "partially_successful", "rejected", "not_held")
    platform = registry_lines()[code][0]
    entry = DraftEntry(reference=ref or f"FOI-{2021}-{rng.randint(1000, 9999)}", title=BATCH_TITLE, received=received,
                  responded=None, published=received, request_text=REQUEST_TEXT, response_text="",
                  outcome=outcome, questionnaire=True, category="Information technology")
    if code == "MIK":
        # Withdrawn on WhatDoTheyKnow, then asked again by e-mail: a separate request, not a copy.
        entry.reference = "FOI-2021-4471"
        entry.title = "ICT equipment and Microsoft licences (resubmitted)"
        entry.received = date(2021, 11, 15)
        ref, quoted, req = None, False, None
    elif req is not None:
        entry.linked_wdtk = req["id"]
        entry.link_rule = "reference" if quoted else "title_dates"
    if answered_on_wdtk and req is not None:
        # The same reply as on WhatDoTheyKnow, published in the log.
        last = req["incoming_messages"][-1]
        entry.responded = date.fromisoformat(last["sent_at"][:10])
        entry.exemptions = list(truth["exemptions"])
        wfile = _wdtk_file(req)
        if wfile:
            name, ctype, data = wfile
            name = _safe(name)   # the name the log serves it under (its URL's last segment)
            entry.documents.append(Document(name, ctype, OUTCOME_LABELS[outcome], lambda d=data: d))
            entry.facts = _facts_with_source(truth["facts"], name)
        elif platform == "socrata":
            entry.response_text = last["body"].split("\n\n-----")[0]
            entry.facts = _facts_with_source(truth["facts"], "message")
        else:
            text = last["body"]
            name = _safe(f"{_foi(entry.reference)} Response") + ".pdf"
            entry.documents.append(Document(name, PDF, OUTCOME_LABELS[outcome], lambda t=text, r=entry.reference:
                                            pdf_letter([t], [["Reference", r]], [], title=f"FOI {r}",
                                                       author=council.name)))
            entry.facts = _facts_with_source(truth["facts"], name)
        entry.facts = [f for f in entry.facts if not f.get("superseded")]
    else:
        # Never answered on WhatDoTheyKnow: the council's log is the only place the answer is.
        a = make_answer(rng, council.population)
        entry.outcome = "successful"
        entry.responded = entry.received + timedelta(days=rng.randint(35, 70))
        if platform == "socrata" or STYLES[code][0] == "category":
            entry.response_text = _answer_text(rng, a)
            entry.facts = a.facts("message")
        else:
            kind = "docx" if code == "LCE" else "pdf"
            name = _safe(f"{_foi(entry.reference)} response") + (".docx" if kind == "docx" else ".pdf")
            entry.documents.append(Document(name, DOCX if kind == "docx" else PDF, OUTCOME_LABELS["successful"],
                                            _letter(rng, council, a, entry.reference, entry.received,
                                                    entry.responded, kind)))
            entry.facts = a.facts(name)
    entry.published = (entry.responded or entry.received) + timedelta(days=rng.randint(3, 20))
    return entry


def _other_entry(code: str, council, rng: random.Random, i: int, topic) -> Entry:
    title, request, outcome, exemptions, category = topic
    received = date(2021, 1, 11) + timedelta(days=rng.randint(0, 300))
    responded = received + timedelta(days=rng.randint(10, 30))
    ref = f"FOI-{received.year}-{rng.randint(1000, 9999)}"
    years = ["2018-19", "2019-20", "2020-21"]
    if outcome in ("successful", "partially_successful"):
        rows = [["Year", "Number", "Amount"]] + [[y, f"{rng.randint(20, 900):,}", f"£{rng.randint(2000, 90000):,}"]
                                                 for y in years]
        text = (f"Thank you for your request. The information is below.\n\n"
                + "\n".join("\t".join(r) for r in rows))
        if exemptions:
            text += ("\n\nSupplier pricing is withheld under section 43(2) of the Freedom of Information Act 2000 "
                     "(commercial interests); the public interest favours withholding it.")
    elif outcome == "rejected" and exemptions == ["s12"]:
        rows = []
        text = ("We estimate that complying with your request would exceed the appropriate limit of £450, so "
                "section 12 of the Freedom of Information Act 2000 applies.")
    elif outcome == "rejected":
        rows = []
        text = ("The information is withheld under section 31(1)(a) of the Freedom of Information Act 2000 "
                "(prevention of crime): publishing the list would help those who target empty homes.")
    else:
        rows = []
        text = "The Council does not hold this information."
    entry = DraftEntry(reference=ref, title=title, received=received, responded=responded,
                  published=responded + timedelta(days=rng.randint(1, 15)), request_text=request,
                  response_text="", outcome=outcome, exemptions=list(exemptions), category=category)
    platform = registry_lines()[code][0]
    with_doc = platform == "documents" or (platform == "directory" and rows and rng.random() < 0.7)
    if with_doc:
        name = _safe(f"{ref} {title}") + ".pdf"
        entry.documents.append(Document(name, PDF, OUTCOME_LABELS[outcome], lambda t=text, r=rows, ref=ref:
                                        pdf_letter([f"{council.name}\nOur ref: {ref}", t.split("\n\n")[0]],
                                                   r or [["Reference", ref]], t.split("\n\n")[2:],
                                                   title=f"FOI {ref}", author=council.name)))
        if platform == "directory" and rng.random() < 0.5:
            entry.response_text = "Please see attached."
    else:
        entry.response_text = text
    return entry


@lru_cache(maxsize=1)
def _build_cached() -> tuple[Log, ...]:
    return tuple(_build())


def build_logs() -> list[Log]:
    """A fresh copy of every imitation log (a caller may change its copy; documents' renderers stay shared)."""
    return copy.deepcopy(list(_build_cached()))


def _build() -> list[Log]:
    councils = _council_info()
    logs = []
    for code, (style, page_size) in STYLES.items():
        platform, url, terms = registry_lines()[code]
        council = councils[code]
        rng = random.Random(f"disclosure-log-{code}")
        entries = [_questionnaire_entry(code, council, rng)]
        topics = list(OTHER_TOPICS)
        random.Random(f"topics-{code}").shuffle(topics)
        for i, topic in enumerate(topics[:OTHERS_PER_LOG.get(code, 3)]):
            entries.append(_other_entry(code, council, rng, i, topic))
        seen: set[str] = set()
        for e in entries:   # references are unique within a log
            while e.reference in seen:
                e.reference += "A"
            seen.add(e.reference)
        entries.sort(key=lambda e: (e.published, e.reference), reverse=True)
        log = Log(code, council.name, platform, url, style, page_size, entries, terms)
        _layout(log)
        logs.append(log)
    return logs


def _layout(log: Log) -> None:
    """URL paths of each entry's page and documents, in the shapes real councils use."""
    base = log.path
    for i, e in enumerate(log.entries, start=1):
        ref_slug = slug(e.reference)
        if log.platform == "directory":
            e.path = (f"{base}/{e.reference}" if log.style == "by_date" and e.reference.isdigit()
                      else f"{base}/record/{1000 + i}/{slug(e.title)}")
            doc_base = f"{base}/documents/{ref_slug}"
        elif log.platform == "documents":
            doc_base = f"{base}/documents/{ref_slug}"
        else:
            four = base.rsplit("/", 1)[-1].removesuffix(".json")
            e.row_id = f"row-{slug(e.reference)}"
            doc_base = f"/api/views/{four}/files/{ref_slug}"
        for d in e.documents:
            d.path = f"{doc_base}/{_safe(d.name)}"


# --- ground truth -------------------------------------------------------------------------------------------


def request_id(code: str, reference: str) -> str:
    return f"dl:{code}:{reference}"


def truth(logs: list[Log] | None = None) -> dict:
    logs = logs if logs is not None else build_logs()
    rows = []
    for log in logs:
        for e in sorted(log.entries, key=lambda e: e.reference):
            rows.append({
                "request_id": request_id(log.code, e.reference), "source": "disclosure_log",
                "local_authority_code": log.code, "platform": log.platform, "council_reference": e.reference,
                "title": e.title, "received_at": e.received.isoformat(),
                "responded_at": e.responded.isoformat() if e.responded else None,
                "in_batch": e.questionnaire, "outcome": e.outcome, "exemptions": sorted(e.exemptions),
                "ncnd": False, "public_interest_test": any(x.startswith(("s31", "s43")) for x in e.exemptions),
                "internal_review": False,
                "linked_request_id": f"wdtk:{e.linked_wdtk}" if e.linked_wdtk else None,
                "link_rule": e.link_rule,
                "documents": [d.name for d in e.documents],
                "questions": [], "facts": e.facts,
            })
    return {"survey": SURVEY, "batch_id": BATCH_ID, "source": "disclosure_log",
            "logs": [{"local_authority_code": log.code, "platform": log.platform, "url": log.url,
                      "terms": log.terms or None, "entries": len(log.entries)} for log in logs],
            "requests": rows}


def truth_json(logs: list[Log] | None = None) -> str:
    return json.dumps(truth(logs), indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def build() -> dict[str, bytes]:
    """Every shipped file as {path relative to replay/disclosure_corpus/: bytes}."""
    logs = build_logs()
    files = {LOGS_FILE.name: (json.dumps(logs_record(logs), indent=1, ensure_ascii=False) + "\n").encode("utf-8"),
             TRUTH_FILE.name: truth_json(logs).encode("utf-8")}
    for log in logs:
        for e in log.entries:
            for d in e.documents:
                rel = document_file(log.code, d.name)
                if d.name != _safe(d.name) or rel in files:
                    raise ValueError(f"{log.code}: document name {d.name!r} is unsafe or used twice in the log")
                files[rel] = d.data
    return files


def managed(rel: str) -> bool:
    """The files this tool owns in its output folder (the package's __init__.py is not one of them)."""
    return rel in {LOGS_FILE.name, TRUTH_FILE.name} or rel.startswith("files/")


def main(argv: list[str] | None = None) -> int:
    args = parser("dev.build_disclosure_logs", __doc__, HERE).parse_args(argv)
    return finish(build(), args.out or HERE, managed, check_only=args.check, prog="dev.build_disclosure_logs")


if __name__ == "__main__":
    sys.exit(main())
