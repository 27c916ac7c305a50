"""Real councils' disclosure logs, frozen (tests/files/disclosure_real/, sources in its README): each adapter
reads each council's listing and request pages, Infreemation's API answers, and the date forms and headings
councils use. One small test per field, invariants over every entry. What an entry's outcome and exemptions are
is the reader's to say (reader.parse_reply / reader.classify), read here exactly as `foi extract` reads them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crawlers.disclosure import datasets, html_pages, infreemation
from crawlers.disclosure.adapters import adapter_for, year_urls
from crawlers.disclosure.fields import date_line, is_label, labelled, parse_date
from crawlers.parsing import ParseError
from crawlers.spiders.disclosure_log import request_key
from reader import load_survey, parse_reply
from reader.classify import outcome_in_label
from warehouse.disclosure_registry import by_code

FILES = Path(__file__).parent / "files" / "disclosure_real"
REGISTRY = by_code()
HASTINGS = "https://www.hastings.gov.uk/my-council/freedom-of-information/date/"
ELS = REGISTRY["ELS"].url
HACKNEY_API = REGISTRY["HCK"].url
CAMDEN_API = REGISTRY["CMD"].url
DEVON = "https://www.devon.gov.uk/accesstoinformation/information_request/"
MERTHYR = "https://www.merthyr.gov.uk/council/data-protection-and-freedom-of-information/disclosure-log/"
SURVEY = load_survey("remote-working-2021")


def page(name: str) -> bytes:
    return (FILES / name).read_bytes()


def detail(code: str, name: str, url: str) -> list:
    log = REGISTRY[code]
    return adapter_for(log.platform).parse_detail(page(name), url, log.options)


def hackney():
    return infreemation.parse_published(page("hackney/published-2018.json"), HACKNEY_API, REGISTRY["HCK"].options)


def camden():
    """The first API page of Camden's dataset, read as the socrata adapter reads it."""
    log = REGISTRY["CMD"]
    adapter = adapter_for(log.platform)
    (first,) = adapter.start_urls(log.url, log.options)
    return adapter.parse_listing(page("camden/fkj6-gqb4.json"), first, log.options)


# What each request says, read off the page by a person. `outcome` / `exemptions`: what the reply says; the
# reader decides them (xfail marks where today's reader does not yet read the council's words).
EXPECTED = {
    "HAS:FOIR-565731237": dict(
        code="HAS", file="hastings/FOIR-565731237.html", url=HASTINGS + "?id=FOIR-565731237",
        reference="FOIR-565731237", title="FOI and SAR Statistics", received=date(2023, 11, 29),
        responded=date(2023, 12, 11), request="Please may you provide me with the below information",
        reply="2019 - 884", outcome="successful", exemptions=[]),
    "HAS:FOIR-479219686": dict(
        code="HAS", file="hastings/FOIR-479219686.html", url=HASTINGS + "?id=FOIR-479219686",
        reference="FOIR-479219686", title="Applications", received=date(2023, 1, 17), responded=date(2023, 2, 1),
        request="A. Please may I have the following information", reply="2018 - 26,586", outcome="successful",
        exemptions=[]),
    "THR:FOI 9805": dict(
        code="THR", file="thurrock/free-ports.html", url="https://www.thurrock.gov.uk/foi-responses/free-ports",
        reference="FOI 9805", title="Free Ports", updated=date(2020, 3, 10),
        request="This is a request under the Freedom of Information Act.",
        reply="Unfortunately Thurrock Council are unable to provide", outcome="not_held", exemptions=[]),
    "BNE:7423640": dict(
        code="BNE", file="barnet/7423640.html", url="https://www.barnet.gov.uk/foi-requests/7423640",
        reference="7423640", title="Hendon Hub Full Outline Business Case", received=date(2021, 6, 18),
        request="It has come to my attention", reply=None, documents=["response.pdf"], outcome="successful",
        exemptions=[]),
    "ELS:2022102127000047": dict(
        code="ELS", file="eilean_siar/whiteshore-cockles.html",
        url=ELS + "whiteshore-cockles/", reference="2022102127000047", title="Whiteshore Cockles",
        received=date(2022, 10, 21), request="Please provide information on Whiteshore Cockles",
        reply="On 4/10/2022 the Comhairle received a complaint", outcome="partially_successful",
        exemptions=["s30(c)"]),
    "HCK:FOI-18/01": dict(
        code="HCK", reference="FOI-18/01", title="Missed Bin Collections", received=date(2018, 1, 1),
        responded=date(2018, 1, 4), updated=date(2018, 1, 5), url="http://foi.infreemation.co.uk/redirect/hackney?id=1",
        request="Please can you tell me how much has the council spent",
        reply="Thank you for your request for information, this has now been processed", outcome="successful",
        exemptions=[], law="foi"),
    "HCK:FOI-18/02": dict(
        code="HCK", reference="FOI-18/02", title="Business Rates", received=date(2018, 2, 3),
        responded=date(2018, 2, 10), updated=date(2018, 2, 11), url="http://foi.infreemation.co.uk/redirect/hackney?id=2",
        request="(a) List all non-domestic properties", reply="Further to your request for Information",
        outcome="rejected", exemptions=["s21"], law="foi"),
    "HCK:EIR-18/03": dict(
        code="HCK", reference="EIR-18/03", title="Tree surveys on estates", received=date(2018, 3, 5),
        responded=date(2018, 3, 29), updated=date(2018, 4, 3), url=HACKNEY_API + "#EIR-18/03",
        request="Please provide the tree surveys", reply="The surveys are attached.",
        outcome="partially_successful", exemptions=["s40(2)", "s43(2)"], law="eir"),
    "CMD:20664717": dict(
        code="CMD", reference="20664717", title="Council land sold to developers with an overage agreement",
        received=date(2016, 7, 21), responded=date(2016, 8, 17), url=CAMDEN_API + "#20664717",
        request="What do you want to know?: Please provide me with details of and the current status",
        reply="Unfortunately, we do not hold a digital record", outcome="rejected", exemptions=["s12"]),
    "MTY:FOI 11914": dict(
        code="MTY", file="merthyr/disclosure-log-id-33257.html", url=MERTHYR + "?id=33257&lang=en-GB&page=3",
        reference="FOI 11914", title=None, received=date(2026, 1, 23), responded=date(2026, 2, 17),
        request="Re: Concerns the Council’s record-creation practices",
        reply="The Council does not hold any standalone policies", outcome="not_held", exemptions=[]),
    "MTY:FOI 11633": dict(
        code="MTY", file="merthyr/disclosure-log-id-32633.html", url=MERTHYR.rstrip("/") + "?id=32633",
        reference="FOI 11633", title=None, received=date(2025, 9, 1), responded=date(2025, 9, 24),
        request="8. If no such statutory authority or legal advice exists",
        reply="Merthyr Tydfil CBC is not involved in reorganisation at the moment.", outcome="successful",
        exemptions=[]),
    "DEV:figures-relating-to-freedom-of-information-requests-2016-2021": dict(
        code="DEV", file="devon/figures-relating-to-freedom-of-information-requests-2016-2021.html",
        url=DEVON + "figures-relating-to-freedom-of-information-requests-2016-2021/", reference=None,
        title="Figures relating to Freedom of Information Requests 2016 – 2021.", request=None,
        reply="how many FOI requests have you received?\t1360\t1218\t1389\t1427\t1207",
        outcome="partially_successful", exemptions=["s12"]),
}
# where today's reader (read-only for the crawler's work) does not read what the council wrote
READER_GAPS: dict[tuple[str, str], str] = {}


def _records() -> dict:
    out = {}
    for key, want in EXPECTED.items():
        if want["code"] in ("HCK", "CMD"):
            continue
        (rec,) = detail(want["code"], want["file"], want["url"])
        out[key] = rec
    for entry in hackney()[0].entries:
        out[f"HCK:{entry.record.reference}"] = entry.record
    out["CMD:20664717"] = camden()[0].entries[0].record
    return out


RECORDS = _records()
KEYS = sorted(EXPECTED)


def _gap(key: str, field: str):
    reason = READER_GAPS.get((key, field))
    return pytest.param(key, marks=pytest.mark.xfail(reason=reason, strict=True)) if reason else key


# --- one test per field -------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", KEYS)
def test_reference(key):
    assert RECORDS[key].reference == EXPECTED[key]["reference"]


@pytest.mark.parametrize("key", KEYS)
def test_title(key):
    assert RECORDS[key].title == EXPECTED[key]["title"]


@pytest.mark.parametrize("key", KEYS)
def test_dates(key):
    rec, want = RECORDS[key], EXPECTED[key]
    assert (rec.received, rec.responded, rec.updated) == (want.get("received"), want.get("responded"),
                                                          want.get("updated"))


@pytest.mark.parametrize("key", KEYS)
def test_request_text_is_the_request_alone(key):
    rec, want = RECORDS[key], EXPECTED[key]
    if want["request"] is None:   # the page's text is the reply (text=reply): Devon answers inside the questions
        assert rec.request_text is None
        return
    assert want["request"] in rec.request_text
    if want["reply"]:
        assert want["reply"] not in rec.request_text   # the reply's start was found under the council's heading


@pytest.mark.parametrize("key", KEYS)
def test_reply_text(key):
    rec, want = RECORDS[key], EXPECTED[key]
    if want["reply"] is None:   # Barnet's reply is its document
        assert rec.response_text is None and [d.name for d in rec.documents] == want["documents"]
    else:
        assert want["reply"] in rec.response_text and (want["request"] or "\0") not in rec.response_text


def decided(rec):
    """The outcome and exemptions `foi extract` gives an entry: the reader on the reply, else on the log's label."""
    said = parse_reply(rec.response_text, SURVEY) if rec.response_text else None
    return (said.outcome if said else None) or outcome_in_label(rec.outcome_label), (said.exemptions if said else [])


@pytest.mark.parametrize("key", [_gap(k, "outcome") for k in KEYS])
def test_outcome_is_the_readers(key):
    assert decided(RECORDS[key])[0] == EXPECTED[key]["outcome"]


@pytest.mark.parametrize("key", [_gap(k, "exemptions") for k in KEYS])
def test_exemptions_are_the_readers(key):
    assert sorted(decided(RECORDS[key])[1]) == EXPECTED[key]["exemptions"]


@pytest.mark.parametrize("key", KEYS)
def test_url_and_law(key):
    rec, want = RECORDS[key], EXPECTED[key]
    assert rec.url == want["url"]
    if "law" in want:
        assert rec.law == want["law"]


# --- invariants over every entry ----------------------------------------------------------------------------


def test_every_entry_has_its_own_key():
    keys = [request_key(EXPECTED[k]["code"], rec) for k, rec in RECORDS.items()]
    assert len(set(keys)) == len(keys) == len(EXPECTED)


@pytest.mark.parametrize("key", KEYS)
def test_no_field_label_or_page_chrome_in_the_texts(key):
    rec = RECORDS[key]
    for text in filter(None, [rec.request_text, rec.response_text]):
        assert not any(is_label(line) for line in text.split("\n")), text[:200]
        for chrome in ("cookie", "Contact us", "Freedom of information response", "Category", "A-Z",
                       "Use this part of the site", "Private Individual"):
            assert chrome not in text


# --- listings -----------------------------------------------------------------------------------------------


def test_hastings_year_pages_are_its_listing():
    assert year_urls(HASTINGS, "2016", today=date(2025, 3, 1)) == [f"{HASTINGS}?year={y}"
                                                                   for y in range(2025, 2015, -1)]
    log = REGISTRY["HAS"]
    assert adapter_for(log.platform).start_urls(log.url, log.options)[-1] == HASTINGS + "?year=2016"


def test_hastings_listing_entries_and_their_query_keys():
    log = REGISTRY["HAS"]
    listing, problems = adapter_for(log.platform).parse_listing(page("hastings/date-2023.html"),
                                                                HASTINGS + "?year=2023", log.options)
    assert problems == [] and listing.follow == []   # years are start URLs; the page's year links are not entries
    assert [(e.url, e.title) for e in listing.entries] == [
        (HASTINGS + "?id=FOIR-565731237", "FOI and SAR Statistics"), (HASTINGS + "?id=FOIR-496350235", "Council Budget"),
        (HASTINGS + "?id=FOIR-479219686", "Applications")]
    # the listing shows no dates, and none is made up from the page
    assert {e.marker for e in listing.entries} == {None}


def test_eilean_siar_listing_and_its_pager():
    log = REGISTRY["ELS"]
    listing, _ = adapter_for(log.platform).parse_listing(page("eilean_siar/published-fois-page1.html"), ELS,
                                                         log.options)
    q1 = ELS + "published-fois-2020/q1/"
    assert [(e.url, e.title) for e in listing.entries] == [
        (q1 + "radio-aids-provision-for-deaf-children/", "Radio Aids Provision for Deaf Children"),
        (q1 + "listed-buildings-and-conservation-areas-planning-act-1997/",
         "Buildings and Conservation Areas Planning Act 1997"),
        (q1 + "tenders-for-it-department-and-function/", "Tenders for IT Department and Function")]
    assert listing.follow == [ELS + "?page=2"]          # "Next", once; page numbers are the pager's own
    assert {e.marker for e in listing.entries} == {None}   # the list shows no dates; none is made up


MORAY = "http://www.moray.gov.uk/moray_standard/"


def test_moray_index_of_months_is_followed_only_from_the_index():
    log = REGISTRY["MRY"]
    adapter = adapter_for(log.platform)
    index, _ = adapter.parse_listing(page("moray/page_62338.html"), log.url, log.options)
    assert index.entries == []
    assert index.follow == [MORAY + "page_146050.html", MORAY + "page_145900.html"]   # not "#", not the menu
    month, _ = adapter.parse_listing(page("moray/page_146050.html"), MORAY + "page_146050.html", log.options)
    assert month.follow == []   # a month page's menu links are not walked


def test_moray_month_table_entries_carry_each_date_down():
    log = REGISTRY["MRY"]
    month, _ = adapter_for(log.platform).parse_listing(page("moray/page_146050.html"), MORAY + "page_146050.html",
                                                       log.options)
    assert [(e.url.rsplit("/", 1)[1], e.title, e.marker) for e in month.entries] == [
        ("page_146089.html", "Service Level Agreement Moray Leisure Ltd.", date(2023, 1, 3)),
        ("page_146091.html", "Homeless Deaths 2022", date(2023, 1, 3)),
        ("page_146093.html", "Electric Vehicle Charger Usage 2022", date(2023, 1, 3)),
        ("page_146080.html", "Street Cleaning Machine", date(2023, 1, 4)),
        ("page_146097.html", "Valid Exotic Animal Licences", date(2023, 1, 5))]


def test_east_lothian_list_of_response_documents():
    log = REGISTRY["ELN"]
    listing, problems = adapter_for(log.platform).parse_listing(page("east_lothian/foi_download_index.html"),
                                                                log.url, log.options)
    assert problems == [] and len(listing.entries) == 4
    records = [e.record for e in listing.entries]
    assert [r.title for r in records] == ["Business Gateway - October 2018",
                                          "Business Rates and Assaults in Schools 1 of 2 - October 2018",
                                          "Business Rates and Assaults in Schools 2 of 2 - October 2018",
                                          "Number of Active Street Traders - September 2018"]
    assert [len(r.documents) for r in records] == [1, 1, 1, 1]
    # no reference is printed: each response is keyed by its document's address, the id in its path
    keys = [request_key("ELN", r) for r in records]
    assert keys[0] == "dl:ELN:url:/download/downloads/id/31005/business_gateway_-_october_2018.pdf"
    assert len(set(keys)) == 4


def test_aberdeen_list_of_responses_with_references():
    listing = html_pages.parse_document_listing(page("aberdeen/arts_and_leisure_2016.html"),
                                                "https://www.aberdeencity.gov.uk/disclosure-log-2016/arts")
    records = [e.record for e in listing.entries]
    assert [(r.reference, r.title) for r in records] == [
        ("FOI-16-0058", "Twinning Costs"), ("FOI-16-0096", "Libraries"), ("EIR-16-0585", "International Market"),
        ("FOI-16-0718", "Libraries"), ("FOI-16-0967", "Pokemon GO")]
    # two requests with one title are two requests
    assert len({request_key("ABE", r) for r in records}) == 5
    assert records[4].documents[0].name == "FOI_16_0967_PokémonGO_Redacted.pdf"


def test_a_page_without_a_reply_heading_keeps_all_its_text():
    """Hastings prints some replies straight after the request, without a heading: nothing is lost, and the
    request's dates and reference are read (the reply stays with the request's text)."""
    (rec,) = detail("HAS", "hastings/FOIR-496350235.html", HASTINGS + "?id=FOIR-496350235")
    assert (rec.reference, rec.received, rec.responded) == ("FOIR-496350235", date(2023, 3, 13), date(2023, 3, 24))
    assert "Section 41" in rec.request_text and rec.response_text is None


# --- Infreemation ---------------------------------------------------------------------------------------------


def test_infreemation_answer_entries_equal_its_requests_and_a_bad_item_is_a_problem():
    listing, problems = hackney()
    assert len(listing.entries) == 3
    assert problems == ["request 3: a published request is not an object: 'not a request'"]
    assert all(e.record is not None and e.marker == e.record.updated for e in listing.entries)


def test_infreemation_reply_is_the_authoritys_last_message_not_the_acknowledgement():
    rec = RECORDS["HCK:FOI-18/01"]
    assert "automated response" not in rec.response_text and "£123,113" in rec.response_text
    assert "Thank you" != RECORDS["HCK:FOI-18/02"].response_text.split("\n")[0]   # the customer's is not the reply


def test_infreemation_section_codes_are_written_out_for_the_reader():
    assert infreemation.exemption_words("S(21) - Information accessible by other means") == (
        "section 21 - Information accessible by other means")
    assert infreemation.exemption_words("S(40)(2) - Personal information") == "section 40(2) - Personal information"


def test_infreemation_error_answers_are_parse_errors():
    with pytest.raises(ParseError, match="API key is missing"):
        infreemation.parse_published(page("hackney/error-key-missing.json"), HACKNEY_API)
    for junk in (b"<html>", b"[]", b'{"published": "x"}'):
        with pytest.raises(ParseError):
            infreemation.parse_published(junk, HACKNEY_API)


def test_infreemation_request_names_its_credentials_from_the_environment():
    options = REGISTRY["HCK"].options
    body = infreemation.request_body(options, ("2018-01-01", "2018-12-31"),
                                     environ={"HACKNEY_INFREEMATION_KEY": "k", "HACKNEY_INFREEMATION_USER": "u"})
    assert body == b'{"rt": "published", "startdate": "2018-01-01", "enddate": "2018-12-31", "key": "k", "username": "u"}'
    with pytest.raises(infreemation.NotConfigured, match="HACKNEY_INFREEMATION_KEY"):
        infreemation.request_body(options, ("2018-01-01", "2018-12-31"), environ={})
    assert infreemation.windows({"since": "2023"}, today=date(2024, 5, 6)) == [("2024-01-01", "2024-05-06"),
                                                                              ("2023-01-01", "2023-12-31")]


# --- dates, labels and headings as councils write them -----------------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("29-07-2025", date(2025, 7, 29)), ("19.07.24", date(2024, 7, 19)), ("1st July 2024", date(2024, 7, 1)),
    ("Sunday 1st of June 2025", date(2025, 6, 1)), ("Wednesday, July 3, 2019", date(2019, 7, 3)),
    ("Requested Wed 29 November 2023", date(2023, 11, 29)), ("05/10/2021", date(2021, 10, 5)),
    ("2021-10-05T00:00:00.000", date(2021, 10, 5)), ("version 1.2.3", None), ("31-02-2025", None),
])
def test_uk_date_forms(text, want):
    assert parse_date(text) == want


def test_a_label_and_its_value_on_separate_lines():
    got = labelled(["Publication date:", "Monday 8 August 2022", "Request reference:", "FOI 13422",
                    "Request date", "Friday, October 21, 2022", "Response 29-07-2025"])
    assert got == {"updated": date(2022, 8, 8), "reference": "FOI 13422", "received": date(2022, 10, 21),
                   "responded": date(2025, 7, 29)}
    # a date in a sentence under "Response:" is not the response date
    assert labelled(["Response:", "Dear Sir, on 1 July 2019 the council decided to publish the whole report."]) == {}


def test_date_line_is_a_listing_date_not_one_in_a_sentence():
    assert date_line("Published: 3 May 2021") == date(2021, 5, 3)
    assert date_line("Tue 17 January 2023") == date(2023, 1, 17)
    assert date_line("Information on cockles since 1 November 2021.") is None


@pytest.mark.parametrize("heading", ["Response 29-07-2025", "Response provided:", "Response:", "Our response",
                                     "Response sent on 1 July 2024"])
def test_the_reply_starts_under_the_headings_councils_use(heading):
    html = (f"<main><h1>Bins</h1><p>Received: 2 July 2025</p><p>How many bins did you empty in 2024?</p>"
            f"<h2>{heading}</h2><p>We emptied 4,321 bins in 2024.</p></main>")
    rec = html_pages.parse_request_page(html, "https://x.example/foi/1")
    assert rec.request_text == "How many bins did you empty in 2024?"
    assert rec.response_text == "We emptied 4,321 bins in 2024."
    assert rec.responded == parse_date(heading)


def test_a_reply_on_the_same_line_as_its_label():
    rec = html_pages.parse_request_page("<main><h1>Bins</h1><p>Request: How many bins?</p><p>Response provided: "
                                        "None, the service is run by the county.</p></main>", "https://x.example/1")
    assert (rec.request_text, rec.response_text) == ("How many bins?", "None, the service is run by the county.")


def test_request_and_reply_named_by_the_registry_when_the_page_prints_no_heading():
    """Thurrock prints some replies straight under the request (the stored text of foi-responses/
    employment-land-availability); when the markup wraps each in its own element, the registry names them."""
    html = ("<main><h1>Employment Land Availability</h1><div class='field__label'>Publication date:</div>"
            "<div class='field__item'>Monday 19 February 2024</div>"
            "<div class='field--name-field-request'><p>All documents of whatever nature including but not "
            "limited to correspondence in relation to the identification of the Arena Essex site.</p></div>"
            "<div class='field--name-field-response'><p>Please see attached requested documents.</p><p>Unfortunately "
            "we are unable to provide in full the information you have requested. Personal Information (Section "
            "40,2)</p></div><p>Request reference:</p><p>FOI 13422</p></main>")
    options = {"request": ".field--name-field-request", "response": ".field--name-field-response"}
    rec = html_pages.parse_request_page(html, "https://www.thurrock.gov.uk/foi-responses/x", options)
    assert rec.request_text.startswith("All documents of whatever nature")
    assert rec.response_text.startswith("Please see attached requested documents.")
    assert (rec.reference, rec.updated) == ("FOI 13422", date(2024, 2, 19))
    plain = html_pages.parse_request_page(html, "https://www.thurrock.gov.uk/foi-responses/x")
    assert plain.response_text is None and "Please see attached" in plain.request_text   # without: kept, unsplit


# --- several requests on one page ---------------------------------------------------------------------------

SEVERAL = """<main><h1>Disclosure log: July 2025</h1><p>Requests answered this month.</p>
<h2>Parking permits</h2><p>Reference: FOI 1557</p><p>Date received: 01.07.25</p>
<p>How many parking permits were issued in 2024?</p>
<h3>Response 29-07-2025</h3><p>We issued 1,204 permits in 2024.</p>
<h2>Consultants</h2><p>Reference: FI15002</p><p>Date received: 3rd July 2025</p>
<p>What did the council spend on consultants in 2024-25?</p>
<h3>Response provided:</h3><p>The information is withheld under sections 36(2) and 38(1)(b).</p>
<p><a href="/files/FI15002.pdf">FI15002 response (PDF, 20KB)</a></p>
<h2>Pest control</h2><p>Reference: 1010234</p><p>Date received: 10/07/2025</p>
<p>How many pest control visits in 2024?</p><h3>Response</h3><p>The information is not held.</p></main>"""


def test_several_requests_on_one_page_are_split_apart():
    records = html_pages.parse_request_pages(SEVERAL, "https://x.example/log/2025-07")
    assert [(r.reference, r.title, r.received, r.responded) for r in records] == [
        ("FOI 1557", "Parking permits", date(2025, 7, 1), date(2025, 7, 29)),
        ("FI15002", "Consultants", date(2025, 7, 3), None),
        ("1010234", "Pest control", date(2025, 7, 10), None)]
    assert [r.request_text for r in records] == ["How many parking permits were issued in 2024?",
                                                 "What did the council spend on consultants in 2024-25?",
                                                 "How many pest control visits in 2024?"]
    assert [r.response_text.split("\n")[0] for r in records] == [
        "We issued 1,204 permits in 2024.", "The information is withheld under sections 36(2) and 38(1)(b).",
        "The information is not held."]
    assert [[d.name for d in r.documents] for r in records] == [[], ["FI15002.pdf"], []]
    assert len({request_key("XXX", r) for r in records}) == 3
    assert sorted(decided(records[1])[1]) == ["s36(2)", "s38(1)(b)"]


def test_several_requests_by_the_each_option():
    html = ("<main><div class='req'><h2>A</h2><p>Ref: R1</p><p>Q one?</p><h3>Response</h3><p>One.</p></div>"
            "<div class='req'><h2>B</h2><p>Ref: R2</p><p>Q two?</p><h3>Response</h3><p>Two.</p></div></main>")
    records = html_pages.parse_request_pages(html, "https://x.example/p", {"each": "div.req"})
    assert [(r.reference, r.request_text, r.response_text) for r in records] == [("R1", "Q one?", "One."),
                                                                                 ("R2", "Q two?", "Two.")]


# --- bad input is a recorded problem, never an escaping error ---------------------------------------------


def test_a_ragged_csv_row_is_a_problem_not_a_type_error():
    text = "reference,title,date_received\nFOI 1,Bins,2021-01-02\nFOI 2,Trees,2021-01-03,extra,cells\nFOI 3\n"
    listing, problems = datasets.parse_csv_log(text, "https://x.example/log.csv")
    assert [e.record.reference for e in listing.entries] == ["FOI 1"]
    assert problems == ["row 2: 2 cell(s) more than the header has columns; the row was not read",
                        "row 3: fewer cells than the header has columns; the row was not read"]


# --- Camden: the log as an open dataset (Socrata API page and the same rows as the resource's CSV) ----------


def test_camden_registry_line_is_its_socrata_dataset():
    log = REGISTRY["CMD"]
    assert (log.platform, log.url) == ("socrata", "https://opendata.camden.gov.uk/resource/fkj6-gqb4.json")
    (first,) = adapter_for(log.platform).start_urls(log.url, log.options)
    assert first == CAMDEN_API + "?$limit=1000&$offset=0&$order=:id"


def test_camden_entries_equal_the_rows_each_keyed_by_its_identifier():
    listing, problems = camden()
    assert problems == [] and listing.follow == []   # 3 rows: a short page is the last
    assert [e.record.reference for e in listing.entries] == ["20664717", "CAM6551", "CAM6854"]
    assert len({request_key("CMD", e.record) for e in listing.entries}) == 3


def test_camden_a_letter_without_headings_is_kept_whole_as_the_reply():
    rec = camden()[0].entries[1].record
    assert (rec.title, rec.responded, rec.received) == (
        "asylum seeker accommodation complaints in private sector housing", date(2023, 12, 20), None)
    assert rec.request_text is None and rec.response_text == "Date: 20/12/2023 Ref: CAM6551"


def test_camden_a_row_with_only_its_identifier_and_title_is_an_entry_with_no_dates_or_text():
    rec = camden()[0].entries[2].record
    assert (rec.reference, rec.title) == ("CAM6854", "the number of temporary accommodation properties")
    assert (rec.received, rec.responded, rec.request_text, rec.response_text, rec.documents) == (
        None, None, None, None, [])


def test_camden_csv_of_the_same_resource_gives_the_same_records():
    log = REGISTRY["CMD"]
    csv_url = log.url.replace(".json", ".csv")
    listing, problems = adapter_for("csv").parse_listing(page("camden/fkj6-gqb4.csv"), csv_url, log.options)
    fields = ("reference", "title", "received", "responded", "updated", "request_text", "response_text")
    assert problems == []
    assert [[getattr(e.record, f) for f in fields] for e in listing.entries] == [
        [getattr(e.record, f) for f in fields] for e in camden()[0].entries]


def test_camden_letter_split_needs_the_headings_colon():
    received, request, reply = datasets.read_letter(
        "Thank you for your request for information, received on 3rd March 2024. You requested the following:- "
        "How many trees? Our response to similar requests is published. Our Response: We planted 312 trees.")
    assert (received, request, reply) == (date(2024, 3, 3), "How many trees? Our response to similar requests "
                                          "is published.", "We planted 312 trees.")
    assert datasets.read_letter("We planted 312 trees; our response time was 5 days.") == (
        None, None, "We planted 312 trees; our response time was 5 days.")


# --- a page whose whole text is the answer (Devon) ----------------------------------------------------------------


def test_devon_figures_table_rows_reach_the_reader_a_line_each():
    rec = RECORDS["DEV:figures-relating-to-freedom-of-information-requests-2016-2021"]
    lines = rec.response_text.split("\n")
    assert "\t2016/17\t2017/18\t2018/19\t2019/20\t2020/21" in lines
    assert any(line.endswith("exemptions?\t105\t101\t129\t115\t47") for line in lines)


def test_without_text_reply_a_page_without_headings_keeps_its_text_as_the_request():
    (rec,) = html_pages.parse_request_pages(page("devon/figures-relating-to-freedom-of-information-requests-2016-"
                                                 "2021.html"), DEVON + "x/")
    assert rec.response_text is None and "Section 12" in rec.request_text


def test_text_option_takes_only_reply():
    from warehouse.disclosure_registry import RegistryError, parse_options

    assert parse_options("text=reply") == {"text": "reply"}
    with pytest.raises(RegistryError, match="text=reply is the only value"):
        parse_options("text=request", "line 9")


def test_readme_and_the_docs_count_the_registrys_councils():
    """The counts people read are the registry's own (they are written by hand: this keeps them true)."""
    from warehouse.disclosure_registry import by_platform

    logs = list(REGISTRY.values())
    counts = by_platform(logs)
    root = Path(__file__).parent.parent
    readme = (root / "README.md").read_text("utf-8")
    docs = " ".join((root / "docs" / "disclosure-logs.md").read_text("utf-8").split())
    assert (f"{len(logs)} councils' logs known: {counts['directory']} directory, {counts['documents']} documents "
            f"list, {counts['table']} table, {counts['infreemation']} Infreemation, {counts['socrata']} open dataset, "
            f"{sum(not log.crawlable for log in logs)} not crawlable") in readme
    assert f"holds the real logs of {len(logs)} councils: {counts['directory']} on the `directory` platform" in docs
    assert f"{sum(log.crawlable for log in logs)} crawlable" in docs
