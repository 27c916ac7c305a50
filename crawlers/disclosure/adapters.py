"""One adapter per way councils publish their logs. The registry line's `platform` picks the adapter; the
adapter says which URLs start the crawl and how a listing or request page becomes records. Fetching, storing
and deciding what changed is the spider's job, the same for every adapter."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from crawlers.disclosure import datasets, html_pages
from crawlers.disclosure.records import EntryRecord, Listing


class Adapter:
    platform = ""
    detail_pages = False   # True when each listing entry links to a request page that holds the entry

    def start_urls(self, url: str, options: dict) -> list[str]:
        return [url]

    def parse_listing(self, body: bytes, url: str, options: dict) -> tuple[Listing, list[str]]:
        """(listing, problems): problems are rows/entries that could not be read, to record as failures."""
        raise NotImplementedError

    def parse_detail(self, body: bytes, url: str, options: dict) -> EntryRecord:
        raise NotImplementedError


class DirectoryAdapter(Adapter):
    """A CMS directory: listing pages (by date, A-Z, category, month; paginated) of links to one page per
    request holding the request, the response and links to documents (Barnet's shape)."""

    platform = "directory"
    detail_pages = True

    def parse_listing(self, body, url, options):
        return html_pages.parse_directory_listing(body, url, options), []

    def parse_detail(self, body, url, options):
        return html_pages.parse_request_page(body, url, options)


class DocumentsAdapter(Adapter):
    """A list (paginated or not) whose entries link straight to the response documents."""

    platform = "documents"

    def parse_listing(self, body, url, options):
        return html_pages.parse_document_listing(body, url, options), []


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


ADAPTERS: dict[str, Adapter] = {a.platform: a for a in (DirectoryAdapter(), DocumentsAdapter(), SocrataAdapter(),
                                                         CsvAdapter())}


def adapter_for(platform: str) -> Adapter | None:
    return ADAPTERS.get(platform)
