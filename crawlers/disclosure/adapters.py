"""One adapter per way councils publish their logs. The registry line's `platform` picks the adapter; the
adapter says which URLs start the crawl and how a listing or request page becomes records. Fetching, storing
and deciding what changed is the spider's job, the same for every adapter."""

from __future__ import annotations

from datetime import date
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from crawlers.disclosure import datasets, html_pages, infreemation, tables
from crawlers.disclosure.records import EntryRecord, Listing


class Adapter:
    platform = ""
    detail_pages = False   # True when each listing entry links to a request page that holds the entry
    method = "GET"

    def start_urls(self, url: str, options: dict) -> list[str]:
        return [url]

    def request_bodies(self, url: str, options: dict) -> list[bytes]:
        """For a POST API: one body per request to send to `url`."""
        return []

    def parse_listing(self, body: bytes, url: str, options: dict) -> tuple[Listing, list[str]]:
        """(listing, problems): problems are rows/entries that could not be read, to record as failures."""
        raise NotImplementedError

    def parse_detail(self, body: bytes, url: str, options: dict) -> list[EntryRecord]:
        """Every request the page holds (usually one)."""
        raise NotImplementedError


def year_urls(url: str, since: str, today: date | None = None) -> list[str]:
    """The listing's year pages, this year first: Hastings pages its log `?year=<yyyy>`."""
    this_year = (today or date.today()).year
    try:
        first = int(since[:4])
    except ValueError as exc:
        raise ValueError(f"years={since!r} must be the first year the log covers, e.g. years=2016") from exc
    p = urlsplit(url)
    query = [kv for kv in p.query.split("&") if kv and not kv.startswith("year=")]
    return [urlunsplit((p.scheme, p.netloc, p.path, "&".join(query + [urlencode({"year": y})]), ""))
            for y in range(this_year, first - 1, -1)]


class DirectoryAdapter(Adapter):
    """A CMS directory: listing pages (by date, A-Z, category, month, year; paginated) of links to request pages,
    each holding one request (Barnet's, Hastings', Thurrock's shape) or several one after another."""

    platform = "directory"
    detail_pages = True

    def start_urls(self, url, options):
        return year_urls(url, options["years"]) if options.get("years") else [url]

    def parse_listing(self, body, url, options):
        return html_pages.parse_directory_listing(body, url, options), []

    def parse_detail(self, body, url, options):
        # a month's page may print its requests as a table, a row each (North Devon before 2023)
        return tables.requests_in_tables(body, url, options) or html_pages.parse_request_pages(body, url, options)


class DocumentsAdapter(Adapter):
    """A list (paginated or not) whose entries link straight to the response documents."""

    platform = "documents"

    def parse_listing(self, body, url, options):
        return html_pages.parse_document_listing(body, url, options), []


class TableAdapter(Adapter):
    """One HTML table whose every row is a whole request (Nottingham City's disclosure log): read as dataset rows,
    under the table's own column names (crawlers/disclosure/tables.py)."""

    platform = "table"

    def parse_listing(self, body, url, options):
        return tables.parse_request_table(body, url, options)


class SocrataAdapter(Adapter):
    """A dataset behind a Socrata-style API: `<resource>.json?$limit=N&$offset=K&$order=:id` pages of rows."""

    platform = "socrata"

    @staticmethod
    def page_size(options: dict) -> int:
        return max(1, min(int(options.get("page_size") or datasets.DEFAULT_PAGE_SIZE), 50000))

    def start_urls(self, url, options):
        return [datasets.socrata_page_url(url, 0, self.page_size(options))]

    def parse_listing(self, body, url, options):
        query = parse_qs(urlsplit(url).query)
        offset = int((query.get("$offset") or ["0"])[0] or 0)
        return datasets.parse_socrata_page(body, url, offset, self.page_size(options), options)


class CsvAdapter(Adapter):
    """The whole log as one CSV file."""

    platform = "csv"

    def parse_listing(self, body, url, options):
        return datasets.parse_csv_log(body, url, options)


class InfreemationAdapter(Adapter):
    """Infreemation's API of published requests (crawlers/disclosure/infreemation.py): one POST per year since
    `since=`, each answer holding whole records."""

    platform = "infreemation"
    method = "POST"

    def request_bodies(self, url, options):
        return [infreemation.request_body(options, w) for w in infreemation.windows(options)]

    def parse_listing(self, body, url, options):
        return infreemation.parse_published(body, url, options)


ADAPTERS: dict[str, Adapter] = {a.platform: a for a in (DirectoryAdapter(), DocumentsAdapter(), TableAdapter(),
                                                         SocrataAdapter(), CsvAdapter(), InfreemationAdapter())}


def adapter_for(platform: str) -> Adapter | None:
    return ADAPTERS.get(platform)
