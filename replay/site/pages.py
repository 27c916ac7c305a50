"""HTML pages in Alaveteli's markup (core views plus WhatDoTheyKnow's overrides, per alaveteli.md §1 and §5).

Each function returns the page as a str; routing, status codes and caching live in routes.py and server.py.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote, urlencode

from replay.site import text as T
from replay.site.corpus import Corpus
from replay.site.search import IndexedEvent

BODY_PART_ID_OFFSET = 10_000_000  # the e-mail body's own foi_attachment id (part 1), which the corpus leaves out


def e(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def feed_alternates(title: str, feed_url: str) -> list[tuple[str, str, str]]:
    """A listing's Atom feed and its JSON twin, as layout's alternates."""
    return [("application/atom+xml", title, feed_url),
            ("application/json", f"JSON version of {title}", f"{feed_url}.json")]


def layout(title: str | None, content: str, *, alternates: list[tuple[str, str, str]] = (), meta: str = "",
           body_class: str = "", json_href: str | None = None) -> str:
    """layouts/default: "<title> - WhatDoTheyKnow"; feed alternates (Atom, then its JSON twin); the page's JSON."""
    links = "".join(f'\n  <link rel="alternate" type="{t}" title="{e(ti)}" href="{e(h)}">' for t, ti, h in alternates)
    if json_href:
        links += f'\n  <link rel="alternate" type="application/json" title="JSON version of this page" href="{e(json_href)}">'
    full = f"{title} - {T.SITE_NAME}" if title else f"{T.SITE_NAME} - Make and browse Freedom of Information (FOI) requests"
    return (f'<!DOCTYPE html>\n<html lang="en-GB" class="no-js">\n<head>\n  <meta charset="utf-8">\n'
            f'  <title>\n    {e(full)}\n  </title>\n'
            f'  <meta name="viewport" content="width=device-width, initial-scale=1">{links}{meta}\n</head>\n'
            f'<body class="{body_class}">\n<div class="entirebody">\n<div id="wrapper">\n<div id="content">\n'
            f'{content}\n</div>\n</div>\n</div>\n</body>\n</html>\n')


def request_path(req: dict) -> str:
    return f"/request/{req['url_title']}"


def attachment_url(req: dict, msg: dict, att: dict, html: bool = False) -> str:
    name = T.display_filename(att["filename"])
    base = f"/request/{req['url_title']}/response/{msg['id']}/attach/"
    if html:
        return base + f"html/{att['url_part_number']}/{quote(name)}.html"
    return base + f"{att['url_part_number']}/{quote(name)}?cookie_passthrough=1"


def body_link(body: dict, base: str = "") -> str:
    return f'<a href="{base}/body/{e(body["url_name"])}">{e(body["name"])}</a>'


def user_link(user: dict | None, base: str = "") -> str:
    if not user:
        return "An anonymous user"
    return f'<a href="{base}/user/{e(user["url_name"])}">{e(user["name"])}</a>'


# --- listings ---------------------------------------------------------------------------------------------

def event_description(corpus: Corpus, req: dict, ev: dict, base: str) -> str:
    body, user = corpus.body_of(req), corpus.user_of(req)
    bl, ul = body_link(body, base), user_link(user, base)
    date = T.time_tag(T.parse_ts(ev["created_at"]))
    kind = ev["event_type"]
    if kind in ("sent", "resent"):
        return f"Request sent to {bl} by {ul} on {date}."
    if kind in ("followup_sent", "followup_resent"):
        what = {"internal_review": "Internal review request", "waiting_response": "Clarification"}.get(
            ev.get("calculated_state") or "", "Follow up")
        return f"{what} sent to {bl} by {ul} on {date}."
    if kind == "response":
        return f"Response by {bl} to {ul} on {date}."
    if kind == "comment":
        c = corpus.comments.get(ev.get("comment_id"), (None, {}))[1]
        return (f"Request to {bl} by {ul}. Annotated by {user_link(corpus.users.get(c.get('user_id')), base)} "
                f"on {date}.")
    return ""


def event_link(req: dict, ev: dict) -> str:
    if ev.get("incoming_message_id"):
        return f"{request_path(req)}#incoming-{ev['incoming_message_id']}"
    if ev.get("outgoing_message_id") and ev["event_type"] == "followup_sent":
        return f"{request_path(req)}#outgoing-{ev['outgoing_message_id']}"
    if ev.get("comment_id"):
        return f"{request_path(req)}#comment-{ev['comment_id']}"
    return request_path(req)


def listing_via_event(corpus: Corpus, req: dict, ev: dict, snippet: str, base: str, head: bool = True) -> str:
    """request/_request_listing_via_event."""
    status = corpus.calculate_status(req)
    head_html = (f'    <span class="head">\n      <a href="{e(event_link(req, ev))}">{e(req["title"])}</a>\n'
                 f'    </span>\n\n') if head else ""
    return (f'<div class="request_listing">\n  <div class="request_left">\n{head_html}'
            f'    <div class="requester">\n      {event_description(corpus, req, ev, base)}\n    </div>\n\n'
            f'    <p>\n      <i class="icon-standalone icon_{status}"></i>\n      <strong>\n        '
            f'{e(corpus.display_status(req))}\n      </strong>\n    </p>\n    </span>\n\n  </div>\n\n'
            f'  <div class="request_right">\n    <span class="desc">\n      {e(T.excerpt(snippet))}\n    </span>\n'
            f'  </div>\n</div>\n')


def listing_for(corpus: Corpus, hit: IndexedEvent, base: str) -> str:
    return listing_via_event(corpus, hit.request, hit.event, hit.snippet_text, base)


def pagination(path: str, params: dict[str, str], page: int, total_pages: int) -> str:
    """will_paginate's default LinkRenderer (inner window 4, outer window 1)."""
    if total_pages <= 1:
        return ""

    def href(n: int) -> str:
        q = dict(params)
        q["page"] = str(n)
        return e(path + "?" + urlencode(q))

    window = set(range(max(1, page - 4), min(total_pages, page + 4) + 1)) | {1, 2, total_pages - 1, total_pages}
    parts = []
    if page > 1:
        parts.append(f'<a class="previous_page" rel="prev" href="{href(page - 1)}">&#8592; Previous</a>')
    else:
        parts.append('<span class="previous_page disabled">&#8592; Previous</span>')
    last = 0
    for n in sorted(x for x in window if 1 <= x <= total_pages):
        if n - last > 1:
            parts.append('<span class="gap">&hellip;</span>')
        if n == page:
            parts.append(f'<em class="current">{n}</em>')
        else:
            rel = ' rel="next"' if n == page + 1 else (' rel="prev"' if n == page - 1 else "")
            parts.append(f'<a{rel} href="{href(n)}">{n}</a>')
        last = n
    if page < total_pages:
        parts.append(f'<a class="next_page" rel="next" href="{href(page + 1)}">Next &#8594;</a>')
    else:
        parts.append('<span class="next_page disabled">Next &#8594;</span>')
    return '<div class="pagination">' + " ".join(parts) + "</div>"


# --- the request page ---------------------------------------------------------------------------------------

def _status_text(corpus: Corpus, req: dict, status: str) -> str:
    body = body_link(corpus.body_of(req))
    texts = {
        "waiting_response": f"Currently <strong>waiting for a response</strong> from {body}, they must respond "
                            "promptly and normally no later than the end of 20 working days.",
        "waiting_response_overdue": f"Response to this request is <strong>delayed</strong>. By law, {body} should "
                                    "normally have responded <strong>promptly</strong>.",
        "waiting_response_very_overdue": f"Response to this request is <strong>long overdue</strong>. By law, under "
                                         f"all circumstances, {body} should have responded by now.",
        "waiting_classification": "This request has an <strong>unknown status</strong>. We're waiting for someone "
                                  "to read a recent response and update the status accordingly.",
        "not_held": f"{body} <strong>did not have</strong> the information requested.",
        "rejected": "The request was <strong>refused</strong> by " + body + ".",
        "successful": "The request was <strong>successful</strong>.",
        "partially_successful": "The request was <strong>partially successful</strong>.",
        "waiting_clarification": "The requester has been asked to <strong>clarify</strong> the request.",
        "gone_postal": f"{body} is <strong>handling this request by post</strong>.",
        "internal_review": f"Waiting for an <strong>internal review</strong> by {body} of their handling of this "
                           "request.",
        "error_message": "There was a <strong>delivery error</strong> or similar, which needs fixing.",
        "requires_admin": "This request has had an <strong>unusual response</strong>, and requires attention.",
        "user_withdrawn": "This request has been <strong>withdrawn</strong> by the person who made it.",
    }
    return texts.get(status, f"This request is <strong>{e(T.status_label(status).lower())}</strong>.")


def _header(corpus: Corpus, req: dict) -> str:
    user, body = corpus.user_of(req), corpus.body_of(req)
    law = "Freedom of Information" if req.get("law_used", "foi") == "foi" else "Environmental Information Regulations"
    batch = corpus.batches.get(req.get("info_request_batch_id"))
    if batch:
        subtitle = (f"{user_link(user)} made this {law} request to {body_link(body)} as part of "
                    f'<a href="/info_request_batch/{batch["id"]}">a batch sent to '
                    f'{len(batch.get("public_body_ids", []))} authorities</a>')
    else:
        subtitle = f"{user_link(user)} made this {law} request to {body_link(body)}"
    status = corpus.calculate_status(req)
    return (f'<div class="request-header">\n  <div class="row">\n    <h1>{e(req["title"])}</h1>\n\n'
            f'    <div class="request-header__action-bar-container">\n      <div class="request-header__action-bar">\n'
            f'        <p class="request-header__subtitle ">\n          {subtitle}\n        </p>\n      </div>\n'
            f'    </div>\n\n    <div class="request-status">\n      <div id="request_status" class="request-status-message '
            f'request-status-message--{status}">\n        <i class="icon-standalone icon_{status}"></i>\n\n'
            f'        <p>\n          {_status_text(corpus, req, status)}\n        </p>\n      </div>\n    </div>\n'
            f'  </div>\n</div>\n')


def _footer(url: str, report: str) -> str:
    return (f'  <div class="correspondence__footer">\n    <div class="correspondence__footer__cplink">\n'
            f'      <input type="text" value="{e(url)}" class="cplink__field">\n\n'
            f'      <a class="cplink__button">Link to this</a>\n\n'
            f'      <a class="cplink__button" href="{e(report)}">Report</a>\n    </div>\n  </div>\n')


def _outgoing_html(req: dict, msg: dict, user: dict | None, ev: dict, base: str) -> str:
    when = T.parse_ts(ev["created_at"])
    text = T.linkify(escape(T.mask_outgoing(msg.get("body") or ""), quote=False))
    text = text.replace("[email address]", '[<a href="/help/officers#mobiles">email address</a>]')
    if ev["event_type"] in ("resent", "followup_resent"):
        return (f'<div class="outgoing correspondence box" id="outgoing-{msg["id"]}">\n'
                f'  <h2>{T.time_tag(when)}</h2>\n  <p class="event_plain">\n    Sent {"request" if ev["event_type"] == "resent" else "follow up"} '
                f'to {e(req["title"])} again.\n  </p>\n</div>\n')
    return (f'<div class="outgoing correspondence js-collapsible" id="outgoing-{msg["id"]}">\n'
            f'  <div class="correspondence__header ">\n'
            f'    <span class="correspondence__header__author js-collapsible-trigger">\n      '
            f'{e(user["name"]) if user else "Anonymous user"}\n    </span>\n\n'
            f'    <a class="correspondence__header__date" href="#outgoing-{msg["id"]}">\n      {T.time_tag(when)}\n'
            f'    </a>\n  </div>\n\n  <div class="correspondence_text">\n    <div>{T.simple_format(text)}</div>\n'
            f'  </div>\n\n  <p class="event_actions">\n  </p>\n\n'
            + _footer(f"{base}{request_path(req)}#outgoing-{msg['id']}",
                      f"{request_path(req)}/report/new?outgoing_message_id={msg['id']}") + "</div>\n")


def _attachment_icon(ctype: str) -> str:
    return "/assets/content_type/icon_" + (ctype or "unknown").replace("/", "_").replace(".", "_") + ".png"


def _incoming_html(corpus: Corpus, req: dict, msg: dict, unfold: bool, base: str,
                   sizes: dict[int, int]) -> str:
    body = corpus.body_of(req)
    user = corpus.user_of(req)
    author = (f"{e(msg['from_name'])},\n      " if msg.get("from_name") else "") + e(body["name"])
    when = T.parse_ts(msg["sent_at"])
    atts = msg.get("attachments", [])
    att_html = ""
    if atts:
        items = []
        for a in atts:
            size = T.display_size(sizes.get(a["id"], 0))
            view = ""
            if (a.get("content_type") or "").split(";")[0] in T.HTML_VIEWABLE:
                view = f'\n          <a href="{e(attachment_url(req, msg, a, html=True))}">View</a>'
            dl = e(attachment_url(req, msg, a))
            items.append(
                f'      <li class="attachment" id="attachment-{a["id"]}">\n'
                f'        <a href="{dl}"><img class="attachment__image" alt="Attachment" '
                f'src="{_attachment_icon(a.get("content_type", ""))}"></a>\n\n'
                f'        <p class="attachment__name">\n          {e(T.display_filename(a["filename"]))}\n        </p>\n\n'
                f'        <p class="attachment__meta">\n          {size}{view}\n          <a href="{dl}">Download</a>\n'
                f'        </p>\n      </li>\n')
        n = len(atts)
        att_html = (f'  <div class="attachments">\n    <div class="attachments__header">\n      <h3>\n        '
                    f'{n} Attachment{"" if n == 1 else "s"}\n      </h3>\n    </div>\n\n'
                    f'    <ul class="list-of-attachments">\n{"".join(items)}    </ul>\n\n'
                    f'    <a href="#" class="attachments__show-more" style="display: none;" '
                    f'data-show-all="Show all attachments" data-show-fewer="Show fewer attachments"></a>\n  </div>\n')
    raw = msg.get("body") or ""
    if raw.strip():
        masked = T.mask_incoming(raw, req["id"], body.get("request_email"), body.get("short_name") or body["name"])
        text_html = T.body_for_html_display(masked, msg["id"], msg.get("subject") or "",
                                            user["name"] if user else None, unfold)
    else:
        text_html = T.simple_format("[ Email has no body, please see attachments ]")
    return (f'<div class="incoming correspondence normal js-collapsible" id="incoming-{msg["id"]}">\n'
            f'  <div class="correspondence__header">\n    <span class="correspondence__header__author '
            f'js-collapsible-trigger">\n      {author}\n    </span>\n\n'
            f'    <a class="correspondence__header__date" href="#incoming-{msg["id"]}">\n      {T.time_tag(when)}\n'
            f'    </a>\n  </div>\n\n  <div class="correspondence_text">\n{att_html}\n'
            f'  <div id="attachment-{BODY_PART_ID_OFFSET + msg["id"]}">\n{text_html}\n  </div>\n  </div>\n\n'
            f'  <p class="event_actions">\n  </p>\n\n'
            + _footer(f"{base}{request_path(req)}#incoming-{msg['id']}",
                      f"{request_path(req)}/report/new?incoming_message_id={msg['id']}") + "</div>\n")


def _comment_html(corpus: Corpus, req: dict, c: dict, base: str) -> str:
    who = corpus.users.get(c.get("user_id"))
    text = escape(c.get("body") or "", quote=False).replace("\n", "<br>")
    return (f'<div class="comment_in_request box" id="comment-{c["id"]}">\n  <div class="comment_content">\n'
            f'    <h2>\n      {user_link(who)} left an annotation ({T.time_tag(T.parse_ts(c["created_at"]))})\n'
            f'    </h2>\n\n    <div class="comment_in_request_text">\n      <p>\n        {text}\n      </p>\n'
            f'    </div>\n\n    <p class="event_actions">\n    </p>\n  </div>\n\n'
            + _footer(f"{base}{request_path(req)}#comment-{c['id']}",
                      f"{request_path(req)}/report/new?comment_id={c['id']}") + "</div>\n")


def _batch_sidebar(corpus: Corpus, req: dict) -> str:
    batch = corpus.batches.get(req.get("info_request_batch_id"))
    if not batch:
        return ""
    members = corpus.by_batch.get(batch["id"], [])
    i = next((k for k, r in enumerate(members) if r["id"] == req["id"]), 0)
    prev_r = members[i - 1] if members else req
    next_r = members[(i + 1) % len(members)] if members else req
    return (f'  <div class="sidebar__section sidebar__part-of-batch">\n    <h2>More requests in this batch</h2>\n\n'
            f'    <p>\n      This request is part of <a href="/info_request_batch/{batch["id"]}">a batch sent to '
            f'{len(batch.get("public_body_ids", []))} authorities</a>\n    </p>\n\n'
            f'    <a href="{request_path(prev_r)}">Prev</a> |\n    <a href="{request_path(next_r)}">Next</a>\n  </div>\n')


def request_page(corpus: Corpus, req: dict, unfold: bool, base: str, sizes: dict[int, int]) -> str:
    body, user = corpus.body_of(req), corpus.user_of(req)
    blocks = []
    for ev in req.get("events", []):
        if ev.get("outgoing_message_id") and ev["event_type"] in ("sent", "resent", "followup_sent",
                                                                  "followup_resent"):
            m = corpus.outgoing.get(ev["outgoing_message_id"])
            if m:
                blocks.append(_outgoing_html(req, m[1], user, ev, base))
        elif ev["event_type"] == "response" and ev.get("incoming_message_id"):
            m = corpus.incoming.get(ev["incoming_message_id"])
            if m:
                blocks.append(_incoming_html(corpus, req, m[1], unfold, base, sizes))
        elif ev["event_type"] == "comment" and ev.get("comment_id"):
            c = corpus.comments.get(ev["comment_id"])
            if c:
                blocks.append(_comment_html(corpus, req, c[1], base))
    first = next((m for m in req.get("outgoing_messages", []) if m.get("message_type") == "initial_request"), None)
    desc = T.excerpt(T.mask_outgoing(first["body"]), 300) if first else ""
    meta = (f'\n  <meta property="og:title" content="{e(req["title"])}">'
            f'\n  <meta property="og:description" content="{e(desc)}">'
            f'\n  <meta property="og:type" content="article">'
            f'\n  <meta property="article:published_time" content="{e(req["created_at"])}">'
            f'\n  <meta property="article:modified_time" content="{e(req.get("updated_at"))}">')
    path = request_path(req)
    alternates = feed_alternates(f"Follow this request: {req['title']}", f"{base}{path}/feed")
    content = (f'<div id="request_show">\n{_header(corpus, req)}\n'
               f'<div id="left_column" class="left_column">\n{"".join(blocks)}</div>\n\n'
               f'<div id="right_column" class="sidebar right_column" role="complementary">\n'
               f'{_batch_sidebar(corpus, req)}</div>\n</div>\n')
    title = (f"{req['title']} - a Freedom of Information request to {body['name']}")
    return layout(title, content, alternates=alternates, meta=meta, body_class="front request-show",
                  json_href=f"{path}.json")


def details_page(corpus: Corpus, req: dict) -> str:
    rows = []
    for ev in req.get("events", []):
        links = []
        if ev.get("incoming_message_id"):
            links.append(f'<a href="{request_path(req)}#incoming-{ev["incoming_message_id"]}">Incoming message</a>')
        if ev.get("outgoing_message_id"):
            links.append(f'<a href="{request_path(req)}#outgoing-{ev["outgoing_message_id"]}">Outgoing message</a>')
        rows.append("<tr>" + "".join(f"<td>{e(ev.get(k))}</td>" for k in (
            "id", "event_type")) + "<td></td>" + "".join(f"<td>{e(ev.get(k))}</td>" for k in (
            "created_at", "described_state", "calculated_state", "last_described_at")) +
            f"<td>{' '.join(links)}</td></tr>")
    head = "".join(f"<th>{h}</th>" for h in ("Id", "Event type", "Details", "Created at", "Described state",
                                            "Calculated state", "Last described at", ""))
    content = (f'<h1>Event history details</h1>\n<p>This table shows the technical details of the internal events '
               f'that happened to the Freedom of Information request <a href="{request_path(req)}">{e(req["title"])}'
               f'</a>.</p>\n<table class="table">\n<tr>{head}</tr>\n' + "\n".join(rows) + "\n</table>\n")
    return layout(f"Event history details - {req['title']}", content)


# --- other pages --------------------------------------------------------------------------------------------

def listing_page(title: str, heading: str, listings: list[str], pager: str, *, intro: str = "",
                 alternates=(), empty: str = "There were no requests matching your query.") -> str:
    results = "".join(listings) if listings else f"<p>{e(empty)}</p>\n"
    content = (f'<div id="left_column" class="left_column">\n  <h1>{heading}</h1>\n{intro}'
               f'  <div class="results_section">\n    <div class="results_block">\n{results}\n{pager}\n'
               f'    </div>\n  </div>\n</div>\n')
    return layout(title, content, alternates=list(alternates))


def batch_page(corpus: Corpus, batch: dict, listings: list[str], pager: str, count: int) -> str:
    user = corpus.users.get(batch.get("user_id"))
    title = f"{batch['title']} - a batch request"
    date = T.time_tag(T.parse_ts(batch["sent_at"]))
    what = "one authority" if count == 1 else f"{count} authorities"
    content = (f'<div class="info_request_batch_intro">\n  <h1>{e(title)}</h1>\n\n'
               f'      Sent to {what} by {user_link(user)} on {date}.\n</div>\n\n'
               f'<div id="left_column" class="left_column">\n  <div class="results_section">\n'
               f'    <div class="results_block">\n{"".join(listings)}\n{pager}\n    </div>\n  </div>\n</div>\n\n'
               f'<div id="right_column" class="sidebar right_column" role="complementary">\n</div>\n')
    return layout(title, content)


def body_page(corpus: Corpus, body: dict, listings: list[str], pager: str, total: int, page: int,
              base: str) -> str:
    tags = " ".join(e(f"{t[0]}:{t[1]}" if t[1] is not None else t[0]) for t in body.get("tags", []))
    more = ""
    for t in body.get("tags", []):
        if t[0] in ("gss", "statistical_geography") and t[1]:
            more += (f'<a href="https://statistics.data.gov.uk/id/statistical-geography/{e(t[1])}">'
                     f'ONS local statistics</a><br>\n')
    page_desc = "" if page == 1 else f" (page {page})"
    if total:
        results = (f'      <h2 class="foi_results">\n          {total} request{"" if total == 1 else "s"}{page_desc}\n'
                   f'      </h2>\n      <a name="results"></a>\n' + "".join(listings) + pager +
                   '\n        <p>\n          Only requests made using WhatDoTheyKnow are shown.\n        </p>\n')
    else:
        results = ('      <h2>Freedom of Information requests made using this site</h2>\n'
                   f'      <p>Nobody has made any Freedom of Information requests to {e(body["name"])} using this '
                   f'site yet.</p>\n')
    content = (f'<div class="authority__header">\n  <h1>{e(body["name"])}</h1>\n'
               f'  <p class="authority__header__subtitle">{e(body.get("short_name") or "")}</p>\n</div>\n'
               f'<div class="authority__body">\n  <div class="authority__body__foi-results">\n{results}  </div>\n'
               f'</div>\n<div id="right_column" class="authority__sidebar">\n  <div class="more_info">\n'
               f'    <h2>More about this authority</h2>\n'
               f'    {"<a href=" + chr(34) + e(body.get("home_page")) + chr(34) + ">Home page of authority</a><br>" if body.get("home_page") else ""}\n'
               f'    {more}    <a href="/body/{e(body["url_name"])}.json">JSON</a><br>\n'
               f'    <span class="tags">{tags}</span>\n  </div>\n</div>\n')
    alternates = feed_alternates(f"Requests to {body['name']}", f"{base}/feed/body/{body['url_name']}")
    return layout(f"{body['name']} - view and make Freedom of Information requests", content, alternates=alternates,
                  json_href=f"/body/{body['url_name']}.json")


def body_listing_single(corpus: Corpus, body: dict) -> str:
    count = sum(1 for r in corpus.by_body.get(body["id"], []) if corpus.is_searchable(r))
    tag_css = " ".join(e(t[0]) for t in body.get("tags", []))
    also = f'Also called {e(body["short_name"])}.\n      ' if body.get("short_name") else ""
    notes = e(T.excerpt(body.get("notes") or "")) if body.get("notes") else ""
    br = "<br>\n" if also or notes else ""
    return (f'<div class="body_listing {tag_css}">\n  <div class="head body-listing__header">\n'
            f'    <a href="/body/{e(body["url_name"])}">{e(body["name"])}</a>\n  </div>\n'
            f'  <div class="desc body-listing__description">\n      {also}{notes}{br}  </div>\n'
            f'  <div class="bottomline body-listing__request-count">\n    {count} request{"" if count == 1 else "s"}.\n'
            f'  </div>\n</div>\n')


def body_list_page(title: str, listings: list[str], pager: str, total: int) -> str:
    results = "".join(listings) if listings else "<p>\n  None found.\n</p>\n"
    content = (f'<div id="left_column" class="left_column">\n  <h1>{e(title)}</h1>\n'
               f'  <p class="body_list_count">Found {total} public authorit{"y" if total == 1 else "ies"}</p>\n'
               f'{results}\n{pager}\n</div>\n')
    return layout(title, content)


def user_page(corpus: Corpus, user: dict, listings: list[str], pager: str, total: int, base: str) -> str:
    content = (f'<div class="user-profile">\n  <h1>{e(user["name"])}</h1>\n'
               f'  <div class="user-profile__about-me">{e(user.get("about_me") or "")}</div>\n</div>\n'
               f'<div id="user_profile_search">\n  <h2 class="foi_results">{total} Freedom of Information request'
               f'{"" if total == 1 else "s"}</h2>\n{"".join(listings)}\n{pager}\n</div>\n')
    alternates = feed_alternates(f"Requests by {user['name']}", f"{base}/feed/user/{user['url_name']}")
    return layout(f"{user['name']} - Freedom of Information requests", content, alternates=alternates,
                  json_href=f"/user/{user['url_name']}.json")


def attachment_html_page(corpus: Corpus, req: dict, msg: dict, att: dict, data: bytes) -> str:
    ctype = (att.get("content_type") or "").split(";")[0]
    text = None
    if ctype.startswith("text/"):
        text = data.decode("utf-8", "replace")
    else:
        try:  # Alaveteli converts documents to HTML; the replay shows their text when the toolkit can read it
            from documents import extract_text

            result = extract_text(data, filename=att["filename"], content_type=ctype)
            text = result.text if result.status == "ok" else None
        except Exception:
            text = None
    if text is not None:
        inner = f"<pre>{escape(text, quote=False)}</pre>"
    else:
        inner = "<p>This attachment cannot be shown as HTML in the replay site; use the download link.</p>"
    prefix = (f'<div id="view_html_prefix">\n  <p>This is an HTML version of an attachment to the Freedom of '
              f'Information request <a href="{request_path(req)}">{e(req["title"])}</a>.</p>\n'
              f'  <p><a href="{e(attachment_url(req, msg, att))}">Download original attachment</a></p>\n</div>\n')
    return layout(f"{T.display_filename(att['filename'])} - {req['title']}",
                  prefix + f'<div id="view_html_content">\n{inner}\n</div>\n')


def simple_page(title: str, message: str) -> str:
    return layout(title, f'<div id="left_column" class="left_column">\n  <h1>{e(title)}</h1>\n'
                         f'  <p>{e(message)}</p>\n</div>\n')
