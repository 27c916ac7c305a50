"""Disclosure-log parsing without the network: pages rendered by the replay's imitation logs and hand-written
snippets fed to the pure parsers, the registry's validation and seeding, the linking rule and the generator."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest

from crawlers.disclosure import datasets, html_pages
from crawlers.disclosure.adapters import ADAPTERS, adapter_for
from crawlers.disclosure.fields import labelled, parse_date, split_reference
from reader import load_survey, parse_reply
from reader.classify import outcome_in_label
from warehouse.linking import find_links, reference_pattern, title_similarity
from crawlers.parsing import ParseError
from dev import build_disclosure_logs as generate
from replay.disclosure_logs import DisclosureLogsSite
from replay.site.http import SiteRequest
from crawlers.disclosure.propose import propose_lines
from warehouse import disclosure_registry as reg

BASE = "http://127.0.0.1:9"


@pytest.fixture(scope="module")
def site():
    return DisclosureLogsSite()


@pytest.fixture(scope="module")
def truth():
    return generate.truth()


def get(site, code: str, path: str, **query) -> bytes:
    resp = site.logs[code](SiteRequest(path=path, query={k: str(v) for k, v in query.items()}))
    assert resp.status == 200, (path, resp.status)
    return resp.body


def crawl_offline(site, code: str) -> list:
    """Walk one imitation log with the adapter the registry names, as the spider does, minus HTTP."""
    log = reg.by_code(reg.DEMO)[code]
    adapter = adapter_for(log.platform)
    todo = [BASE + u.split(log.url.split("/", 3)[2], 1)[1] for u in adapter.start_urls(log.url, log.options)]
    seen, records = set(), []
    while todo:
        url = todo.pop(0)
        if url in seen:
            continue
        seen.add(url)
        path, _, q = url[len(BASE):].partition("?")
        query = dict(part.split("=", 1) for part in q.split("&") if part)
        listing, problems = adapter.parse_listing(get(site, code, path, **query), url, log.options)
        assert problems == []
        todo += listing.follow
        for entry in listing.entries:
            if entry.record is not None:
                records.append(entry.record)
            else:
                records.extend(adapter.parse_detail(get(site, code, entry.url[len(BASE):]), entry.url, log.options))
    return records


# --- the imitation logs, read by their adapters -----------------------------------------------------------


@pytest.mark.parametrize("code", sorted(generate.STYLES))
def test_every_entry_of_every_imitation_log_is_read(site, truth, code):
    records = crawl_offline(site, code)
    expected = {r["council_reference"]: r for r in truth["requests"] if r["local_authority_code"] == code}
    assert sorted(r.reference for r in records) == sorted(expected)
    for rec in records:
        want = expected[rec.reference]
        assert rec.title == want["title"]
        assert decided(rec) == want["outcome"], rec.reference
        assert rec.responded == date.fromisoformat(want["responded_at"])
        assert rec.received == date.fromisoformat(want["received_at"])
        assert [d.name for d in rec.documents] == want["documents"]
        assert rec.response_text or rec.documents, "every entry has its reply as text or documents"


def test_barnet_shaped_request_page(site):
    body = get(site, "BNE", "/foi-requests/7691884")
    rec = html_pages.parse_request_page(body, BASE + "/foi-requests/7691884")
    assert rec.reference == "7691884"            # from the URL: Barnet's pages do not print it
    assert rec.title == "Devices and remote working software purchased 2018 to 2021"
    assert rec.received == date(2021, 9, 29)
    assert rec.request_text.startswith("I would like to know the following over the last 3x years")
    assert "Outcome" not in rec.request_text and "Download" not in rec.request_text
    assert rec.outcome_label == "Response (some information withheld)"
    assert outcome_in_label(rec.outcome_label) == "partially_successful"
    [doc] = rec.documents
    assert doc.content_type == "application/pdf" and doc.url.endswith(".pdf")


def test_request_page_with_inline_response_and_status_line():
    page = """<html><body><main><h1>Freedom of Information Request</h1><h2>Parking fines 2020</h2>
    <p>Request reference: FOI 4412</p><p>Received: Tuesday 5th January 2021</p><p>Date of response: 02/02/2021</p>
    <p>How many parking fines were issued?</p><p>Outcome: Refused - exempt</p>
    <h3>Response</h3><p>The information is withheld under section 31(1)(a); see also s.12.</p></main></body></html>"""
    rec = html_pages.parse_request_page(page, BASE + "/x")
    assert (rec.reference, rec.title) == ("FOI 4412", "Parking fines 2020")
    assert (rec.received, rec.responded) == (date(2021, 1, 5), date(2021, 2, 2))
    assert rec.request_text == "How many parking fines were issued?"
    assert rec.response_text.startswith("The information is withheld")
    assert rec.outcome_label == "Refused - exempt"
    reply = parse_reply(rec.response_text, load_survey("remote-working-2021"))
    assert reply.outcome == "rejected" and reply.exemptions == ["s12", "s31(1)(a)"]
    assert rec.documents == []


@pytest.mark.parametrize("junk", ["", "   ", "<html><body></body></html>", b"\x00\xff\xfe garbage"])
def test_request_page_garbage_is_a_parse_error(junk):
    with pytest.raises(ParseError):
        html_pages.parse_request_page(junk, BASE + "/x")


def test_directory_listing_dates_and_follow_links(site):
    body = get(site, "BNE", "/foi-requests")
    listing = html_pages.parse_directory_listing(body, BASE + "/foi-requests")
    assert len(listing.entries) == 3 and all(e.marker for e in listing.entries)
    assert listing.follow == [BASE + "/foi-requests?page=2"]
    az = html_pages.parse_directory_listing(get(site, "CRY", "/directory/145/foi-disclosure-log"),
                                            BASE + "/directory/145/foi-disclosure-log")
    assert az.entries == [] and all("/a-z/" in u for u in az.follow)


def test_changed_entry_shows_a_newer_date_in_its_listing(site):
    fresh = DisclosureLogsSite()
    before = html_pages.parse_directory_listing(get(fresh, "BNE", "/foi-requests"), BASE + "/foi-requests")
    fresh.change_entry("BNE", "7691884", response_text="Corrected figures.")
    after = html_pages.parse_directory_listing(get(fresh, "BNE", "/foi-requests"), BASE + "/foi-requests")
    changed = {e.url: e.marker for e in after.entries}
    old = {e.url: e.marker for e in before.entries}
    assert changed[BASE + "/foi-requests/7691884"] > old[BASE + "/foi-requests/7691884"]


def test_document_listing_entries_carry_reference_dates_and_files(site):
    path = "/council-and-democracy/freedom-of-information/disclosure-log"
    listing = html_pages.parse_document_listing(get(site, "SWK", path), BASE + path)
    first = next(e.record for e in listing.entries if e.record.reference == "7046813")
    assert first.title == "Devices and remote working software purchased 2018 to 2021"
    assert (first.received, first.responded) == (date(2021, 9, 29), date(2021, 10, 5))
    assert [d.name for d in first.documents] == ["FOI-7046813.xlsx"]
    assert all(e.record.fingerprint for e in listing.entries)


def test_socrata_paging_and_rows(site):
    adapter = ADAPTERS["socrata"]
    url = adapter.start_urls("https://x.example/resource/abcd-1234.json", {"page_size": "2"})[0]
    assert url == "https://x.example/resource/abcd-1234.json?$limit=2&$offset=0&$order=:id"
    body = get(site, "CMD", "/resource/fdl1-2021.json", **{"$limit": 2, "$offset": 0, "$order": ":id"})
    listing, problems = adapter.parse_listing(body, BASE + "/resource/fdl1-2021.json?$limit=2&$offset=0",
                                              {"page_size": "2"})
    assert problems == [] and len(listing.entries) == 2
    assert listing.follow == [BASE + "/resource/fdl1-2021.json?$limit=2&$offset=2&$order=:id"]


def test_dataset_rows_with_other_column_names_and_bad_rows():
    rows = [{"FOI Ref": "EIR-2020-77", "Subject": "Air quality", "Request Date": "03/02/2020",
             "Date Closed": "2020-03-01", "Status": "Information not held"},
            {"nothing": "useful"}, "not a row"]
    listing, problems = datasets.parse_socrata_page(json.dumps(rows), BASE + "/resource/a.json", 0, 1000,
                                                    {"fields": "reference:foi_ref"})
    [entry] = listing.entries
    assert (entry.record.reference, entry.record.title, entry.record.outcome_label) == (
        "EIR-2020-77", "Air quality", "Information not held")
    assert decided(entry.record) == "not_held"
    assert entry.record.received == date(2020, 2, 3) and entry.record.responded == date(2020, 3, 1)
    assert len(problems) == 2 and listing.follow == []
    with pytest.raises(ParseError):
        datasets.parse_socrata_page(b"<html>Access denied</html>", BASE + "/r.json", 0, 10)
    csv_listing, _ = datasets.parse_csv_log("reference,title,date_received\nFOI 1234,Bins,2021-01-02\n", BASE + "/l.csv")
    assert csv_listing.entries[0].record.received == date(2021, 1, 2)


def test_field_readers():
    assert parse_date("Publication date: Friday 1 October 2021") == date(2021, 10, 1)
    assert parse_date("31/02/2021") is None and parse_date("no date") is None
    assert split_reference("FOI/21/5705 Devices") == ("FOI/21/5705", "Devices")
    assert split_reference("2020-21 budget") == (None, "2020-21 budget")
    assert labelled(["Received: 1 May 2021 | Published: 3 May 2021 | Updated: 9 May 2021"])["updated"] == date(2021, 5, 9)
    # what a log's label means is the reader's to say (the crawler keeps the words)
    assert outcome_in_label("Response (information not held)") == "not_held"
    assert outcome_in_label("Response (some not held) - application/pdf") == "partially_successful"
    assert outcome_in_label("Please see attached.") is None


SURVEY = load_survey("remote-working-2021")


def decided(rec) -> str | None:
    """The outcome `foi extract` gives an entry: the reader on the reply's text, else on the log's label."""
    said = parse_reply(rec.response_text, SURVEY).outcome if rec.response_text else None
    return said or outcome_in_label(rec.outcome_label)


# --- linking --------------------------------------------------------------------------------------------------


def _ts(d: str) -> datetime:
    return datetime.fromisoformat(d).replace(tzinfo=timezone.utc)


def test_linking_by_reference_title_and_dates():
    wdtk = [{"request_id": "wdtk:1", "authority_key": "BNE", "title": "Devices purchased", "created_at": _ts("2021-09-29")},
            {"request_id": "wdtk:2", "authority_key": "CMD", "title": "Devices and remote working software",
             "created_at": _ts("2021-09-29")},
            {"request_id": "wdtk:3", "authority_key": "CMD", "title": "Tree felling", "created_at": _ts("2021-01-01")}]
    texts = {"wdtk:1": "Our ref: 7691884\nThank you", "wdtk:2": "Dear requester"}
    dl = [{"request_id": "dl:BNE:7691884", "authority_key": "BNE", "title": "Something else",
           "council_reference": "7691884", "received_at": _ts("2021-09-29"), "responded_at": None},
          {"request_id": "dl:CMD:X1", "authority_key": "CMD", "title": "Devices & remote working software",
           "council_reference": "X1", "received_at": _ts("2021-10-04"), "responded_at": None},
          {"request_id": "dl:CMD:X2", "authority_key": "CMD", "title": "Tree felling",
           "council_reference": "X2", "received_at": _ts("2021-06-01"), "responded_at": None},
          {"request_id": "dl:BNE:9", "authority_key": "BNE", "title": "Devices purchased",
           "council_reference": None, "received_at": _ts("2021-09-30"), "responded_at": None}]
    links = {(l.dl_request_id, l.wdtk_request_id, l.rule) for l in find_links(dl, wdtk, texts)}
    # wdtk:1 is taken by the reference match, so the look-alike dl:BNE:9 stays unlinked; dates keep X2 apart
    assert links == {("dl:BNE:7691884", "wdtk:1", "reference"), ("dl:CMD:X1", "wdtk:2", "title_dates")}


def test_reference_pattern_ignores_separators_but_not_digits():
    p = reference_pattern("FOI/21/7936")
    assert p.search("reference FOI 21_7936.") and not p.search("FOI/21/79361")
    assert reference_pattern("FOI 12") is None
    assert title_similarity("Devices, 2018 to 2021", "devices 2018 to 2021") == 1.0


# --- registry ---------------------------------------------------------------------------------------------------


def test_bundled_registries_are_valid_and_kept_apart():
    real, demo = reg.load(), reg.load(reg.DEMO)
    # the real lines cover the HTML and Infreemation adapters; the demo's imitate the directory, documents and
    # socrata shapes; no real line is a demo one and no demo line claims to be real
    assert {log.platform for log in real if log.crawlable} >= {"directory", "infreemation"}
    assert {log.platform for log in demo} == {"directory", "documents", "socrata"}
    assert all("demo imitation" in (log.notes or "") for log in demo)
    assert not any("demo" in (log.notes or "") for log in real)
    assert not {(log.code, log.url) for log in real} & {(log.code, log.url) for log in demo}
    assert reg.by_code()["LEC"].terms == "Non-commercial research only"
    # Barnet's start URL is the disclosure log WhatDoTheyKnow's authorities list gives
    assert reg.by_code()["BNE"].url == "https://www.barnet.gov.uk/foi-disclosure-log"
    assert sum(reg.by_platform(real).values()) == len(real)


def test_infreemation_line_names_its_credentials_not_holds_them():
    line = "HCK,Hackney,https://api.example/foi/,infreemation,,since=2019,"
    with pytest.raises(reg.RegistryError, match="key_env"):
        reg.parse_registry(",".join(reg.COLUMNS) + "\n" + line + "\n", "test.csv")


@pytest.mark.parametrize("line, message", [
    ("ZZZ,Nowhere,https://x.example/log,directory,,,", "not a local-authority-code"),
    ("BNE,Barnet,https://x.example/log,wiki,,,", "platform 'wiki'"),
    ("BNE,Barnet,,directory,,,", "needs its url"),
    ("BNE,Barnet,ftp://x.example/log,directory,,,", "must start with http"),
    ("BNE,Barnet,https://x.example/log,socrata,,page_size=ten,", "page_size"),
    ("BNE,Barnet,https://x.example/log,directory,,colour=red,", "option 'colour=red'"),
])
def test_registry_lines_that_cannot_be_used_say_why(line, message):
    text = ",".join(reg.COLUMNS) + "\n" + line + "\n"
    with pytest.raises(reg.RegistryError, match=message):
        reg.parse_registry(text, "test.csv")


def test_registry_refuses_two_lines_for_one_council():
    text = ",".join(reg.COLUMNS) + "\nBNE,,https://a.example/,directory,,,\nBNE,,https://b.example/,directory,,,\n"
    with pytest.raises(reg.RegistryError, match="one line per council"):
        reg.parse_registry(text, "test.csv")


def test_proposals_from_all_authorities_join_by_wdtk_id_not_name():
    csv_text = ("Name,URL name,Tags,Disclosure log,Internal ID\n"
                "Some Other Name,arun_district_council,local_council,https://www.arun.gov.uk/directory/9/log,50\n"
                "London Borough of Barnet,barnet,local_council,https://www.barnet.gov.uk/foi-requests,59\n"
                "Unknown Body,unknown,,https://unknown.example/log,999999\n"
                "Hastings,hastings,local_council,,\n")
    proposals = propose_lines(csv_text, [l for l in reg.load() if l.code == "BNE"])
    assert [(p.code, p.platform) for p in proposals] == [("ARU", "directory")]
    assert proposals[0].line().startswith("ARU,Arun District Council,https://www.arun.gov.uk/directory/9/log,")


def test_guess_platform():
    assert reg.guess_platform("https://data.x.gov.uk/resource/ab12-cd34.json") == "socrata"
    assert reg.guess_platform("https://x.gov.uk/foi/log.csv") == "csv"
    assert reg.guess_platform("https://x.gov.uk/Pages/SearchFOI.aspx") == "search_form"
    assert reg.guess_platform("https://x.gov.uk/foi/disclosure-log") == "unclassified"
    assert reg.guess_platform("http://foi.infreemation.co.uk/redirect/hackney?id=1") == "infreemation"
    from crawlers.disclosure.propose import Proposal

    line = Proposal("HCK", "Hackney", "http://foi.infreemation.co.uk/redirect/hackney", "infreemation", "hackney").line()
    (log,) = reg.parse_registry(",".join(reg.COLUMNS) + "\n" + line + "\n", "proposed")
    assert log.options == {"key_env": "HCK_INFREEMATION_KEY", "user_env": "HCK_INFREEMATION_USER"}


# --- the generator ------------------------------------------------------------------------------------------------


def test_committed_truth_matches_the_generator(truth):
    committed = json.loads(generate.TRUTH_FILE.read_text(encoding="utf-8"))
    assert committed == json.loads(json.dumps(truth))


def test_imitation_covers_the_brief(truth):
    rows = truth["requests"]
    answers = [r for r in rows if r["in_batch"]]
    assert len({r["local_authority_code"] for r in answers}) >= 10
    assert {r["platform"] for r in answers} == {"directory", "documents", "socrata"}
    assert any(r["linked_request_id"] is None for r in answers)        # a separate request, not a copy
    assert len(rows) > len(answers)                                      # other people's requests too
    paths = [log["url"].split("/", 3)[3] for log in truth["logs"]]
    assert len(paths) == len(set(paths)), "imitation logs need distinct paths on the replay"


def test_propose_command_reads_the_replays_all_authorities_csv(replay_server):
    import subprocess
    import sys

    url = replay_server.base_url + "/body/all-authorities.csv"
    proc = subprocess.run([sys.executable, "-m", "foi", "disclosure-logs", "propose", url],
                          capture_output=True, text=True, timeout=60, cwd=generate.HERE.parents[1])
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    codes = [line.split(",", 1)[0] for line in lines]
    assert codes and codes == sorted(codes)
    assert "BNE" not in codes and "ARU" in codes and "CAB" in codes   # Barnet has a real line; Arun only a demo one
    parsed = reg.parse_registry(",".join(reg.COLUMNS) + "\n" + "\n".join(lines) + "\n", "proposed")
    assert all(log.url.startswith("https://") for log in parsed)
    bad = subprocess.run([sys.executable, "-m", "foi", "disclosure-logs", "propose", "/no/such/file.csv"],
                         capture_output=True, text=True, timeout=60, cwd=generate.HERE.parents[1])
    assert bad.returncode != 0 and "could not read /no/such/file.csv" in bad.stderr
