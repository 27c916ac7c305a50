"""A tiny corpus in the §1 format, written into a directory: for tests that need a replay site of known shape.

`build_tiny_corpus(dir, batch_size=30)` writes site.json and a few attachment files and returns the site dict.
The batch covers `batch_size` councils (so a batch page paginates at 25); request 1 (Barnet) has a reply with
quoted text, masked addresses and phone numbers, a CSV and a PDF attachment, a follow-up and an annotation.
"""

from __future__ import annotations

import json
from pathlib import Path

BARNET_EMAIL = "foi@barnet.gov.uk"
MINIMAL_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
               b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n"
               b"%%EOF\n")


def _ts(day: int, hour: int = 10, month: int = 10) -> str:
    return f"2021-{month:02d}-{day:02d}T{hour:02d}:00:00.000+01:00"


def _body(i: int, name: str, url_name: str, gss: str, email: str) -> dict:
    return {"id": i, "url_name": url_name, "name": name, "short_name": "", "home_page": f"https://www.{url_name}.gov.uk",
            "tags": [["local_council", None], ["gss", gss], ["london_borough", None]] if gss.startswith("E09")
            else [["local_council", None], ["gss", gss]],
            "publication_scheme": "", "disclosure_log": "", "notes": "", "request_email": email,
            "created_at": "2008-01-01T00:00:00.000+00:00", "updated_at": "2020-06-01T12:00:00.000+01:00"}


def build_tiny_corpus(root: str | Path, batch_size: int = 30) -> dict:
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    users = [{"id": 1, "url_name": "jo_journalist", "name": "Jo Journalist", "about_me": "Data reporter",
              "ban_text": ""},
             {"id": 2, "url_name": "sam_citizen", "name": "Sam Citizen", "about_me": "", "ban_text": ""}]
    bodies = [_body(12, "London Borough of Barnet", "barnet_borough_council", "E09000003", BARNET_EMAIL),
              _body(13, "Leeds City Council", "leeds_city_council", "E08000035", "foi@leeds.gov.uk")]
    for k in range(2, batch_size):
        bodies.append(_body(100 + k, f"Council Number {k:03d}", f"council_number_{k:03d}", f"E07{k:06d}",
                            f"foi@council{k}.gov.uk"))
    bodies.append(_body(900, "Parish Meeting of Nowhere", "nowhere_parish", "E04000001", "clerk@nowhere.org.uk"))
    bodies[-1]["tags"] = [["parish_council", None]]
    batch_bodies = [b for b in bodies if b["id"] != 900][:batch_size]
    requests: list[dict] = []
    ev_id, in_id, out_id, att_id = 1000, 5000, 7000, 9000
    question = ("Dear {body},\n\nPlease tell me how many laptops you bought in 2019-20 and their unit cost.\n\n"
                "Yours faithfully,\n\nJo Journalist")
    for n, body in enumerate(batch_bodies, start=1):
        title = "Remote working equipment"
        url_title = "remote_working_equipment" if n == 1 else f"remote_working_equipment_{n}"
        out_id += 1
        ev_id += 1
        req = {"id": n, "url_title": url_title, "title": title, "created_at": _ts(1), "updated_at": _ts(1),
               "described_state": "waiting_response", "awaiting_description": False, "prominence": "normal",
               "law_used": "foi", "tags": [], "user_id": 1, "public_body_id": body["id"], "info_request_batch_id": 77,
               "outgoing_messages": [{"id": out_id, "message_type": "initial_request",
                                      "body": question.format(body=body["name"]), "created_at": _ts(1)}],
               "incoming_messages": [], "comments": [],
               "events": [{"id": ev_id, "event_type": "sent", "created_at": _ts(1), "described_state": "waiting_response",
                           "calculated_state": "waiting_response", "last_described_at": _ts(1),
                           "incoming_message_id": None, "outgoing_message_id": out_id, "comment_id": None}]}
        requests.append(req)

    # Request 1 (Barnet): a full reply with quoting, masks, attachments; then a follow-up and an annotation.
    barnet = requests[0]
    files = root / "files" / "1" / "5001"
    files.mkdir(parents=True, exist_ok=True)
    (files / "2-laptops_2019-20.csv").write_bytes(b"year,laptops,unit_cost\n2019-20,426,612.50\n")
    (files / "3-FOI_response_letter.pdf").write_bytes(MINIMAL_PDF)
    reply = ("Dear Jo Journalist,\n\nThank you for your request. We bought 426 laptops in 2019-20 at a unit cost of"
             " \u00a3612.50.\nContact me on Mobile: 07700 900123 or at jane.officer@barnet.gov.uk, or write to"
             f" {BARNET_EMAIL}.\nPlease reply to foi+request-1-a1b2c3d4@whatdotheyknow.com.\n\nRegards,\nJane Officer\n\n"
             "-----Original Message-----\nFrom: Jo Journalist <foi+request-1-a1b2c3d4@whatdotheyknow.com>\n"
             "Sent: 01 October 2021\nSubject: Freedom of Information request - Remote working equipment\n\n"
             "Please tell me how many laptops you bought.\n")
    barnet["incoming_messages"].append({
        "id": 5001, "sent_at": _ts(12, 15), "from_name": "Jane Officer", "from_email": "jane.officer@barnet.gov.uk",
        "subject": "RE: Freedom of Information request - Remote working equipment", "body": reply,
        "attachments": [
            {"id": 9001, "url_part_number": 2, "filename": "laptops (2019-20).csv", "content_type": "text/csv",
             "file": "files/1/5001/2-laptops_2019-20.csv"},
            {"id": 9002, "url_part_number": 3, "filename": "FOI response letter.pdf", "content_type": "application/pdf",
             "file": "files/1/5001/3-FOI_response_letter.pdf"}]})
    barnet["outgoing_messages"].append({"id": 7900, "message_type": "followup", "created_at": _ts(13, 9),
                                        "body": "Thank you. Could you also send the tablet figures? jo@example.com"})
    barnet["comments"].append({"id": 300, "user_id": 2, "body": "Useful figures, thanks.", "created_at": _ts(14, 8)})
    barnet["events"] += [
        {"id": 1900, "event_type": "response", "created_at": _ts(12, 15), "described_state": "successful",
         "calculated_state": "successful", "last_described_at": _ts(12, 16), "incoming_message_id": 5001,
         "outgoing_message_id": None, "comment_id": None},
        {"id": 1901, "event_type": "followup_sent", "created_at": _ts(13, 9), "described_state": None,
         "calculated_state": None, "last_described_at": None, "incoming_message_id": None,
         "outgoing_message_id": 7900, "comment_id": None},
        {"id": 1902, "event_type": "comment", "created_at": _ts(14, 8), "described_state": None,
         "calculated_state": None, "last_described_at": None, "incoming_message_id": None,
         "outgoing_message_id": None, "comment_id": 300}]
    barnet.update(described_state="successful", updated_at=_ts(14, 8))

    # Request 2 (Leeds): a refusal with no text body, only an attachment.
    leeds = requests[1]
    (root / "files" / "2" / "5002").mkdir(parents=True, exist_ok=True)
    (root / "files" / "2" / "5002" / "2-refusal.txt").write_bytes(
        b"Section 31(3) applies. Contact foi@leeds.gov.uk for a review.\n")
    leeds["incoming_messages"].append({
        "id": 5002, "sent_at": _ts(20, 11), "from_name": "", "from_email": "foi@leeds.gov.uk",
        "subject": "Your request", "body": "", "attachments": [
            {"id": 9003, "url_part_number": 2, "filename": "refusal.txt", "content_type": "text/plain",
             "file": "files/2/5002/2-refusal.txt"}]})
    leeds["events"].append({"id": 1950, "event_type": "response", "created_at": _ts(20, 11), "described_state": "rejected",
                            "calculated_state": "rejected", "last_described_at": _ts(20, 12),
                            "incoming_message_id": 5002, "outgoing_message_id": None, "comment_id": None})
    leeds.update(described_state="rejected", updated_at=_ts(20, 12))

    # A request outside the batch, by another user, to the parish.
    requests.append({
        "id": 500, "url_title": "parish_laptops", "title": "Parish laptops", "created_at": _ts(2, 9, 11),
        "updated_at": _ts(2, 9, 11), "described_state": "waiting_response", "awaiting_description": False,
        "prominence": "normal", "law_used": "foi", "tags": [["laptops", None]], "user_id": 2, "public_body_id": 900,
        "info_request_batch_id": None,
        "outgoing_messages": [{"id": 7500, "message_type": "initial_request", "body": "Do you own any laptops?",
                               "created_at": _ts(2, 9, 11)}],
        "incoming_messages": [], "comments": [],
        "events": [{"id": 2500, "event_type": "sent", "created_at": _ts(2, 9, 11), "described_state": "waiting_response",
                    "calculated_state": "waiting_response", "last_described_at": _ts(2, 9, 11),
                    "incoming_message_id": None, "outgoing_message_id": 7500, "comment_id": None}]})
    site = {"users": users, "public_bodies": bodies, "info_requests": requests,
            "info_request_batches": [{"id": 77, "title": "Remote working equipment", "body": question, "user_id": 1,
                                      "sent_at": _ts(1), "public_body_ids": [b["id"] for b in batch_bodies]}]}
    (root / "site.json").write_text(json.dumps(site, sort_keys=True, indent=1, ensure_ascii=False), encoding="utf-8")
    return site
