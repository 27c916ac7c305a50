"""Which council sent a message: by the sender's domain, by the council's name in the letterhead or signature,
by the address the request was sent to, or by the user's own mapping. Every match says how it was made.

Names and codes come from mySociety's register (warehouse/reference, the `authorities` backbone). The register
has no e-mail domains, so a council's domains are taken from what the warehouse and the toolkit know of its web
addresses (WhatDoTheyKnow home pages, disclosure-log addresses) and, failing that, from a domain that spells the
council's name (``barnet.gov.uk`` → Barnet). What none of these settles is left unmatched for the user's CSV."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from importlib import resources
from urllib.parse import urlsplit

from warehouse import registry

# Second-level public suffixes under which a council's own name is the third label from the right.
_PUBLIC_SUFFIXES = ("gov.uk", "gov.wales", "gov.scot", "llyw.cymru", "org.uk", "co.uk", "ac.uk", "nhs.uk",
                    "police.uk", "sch.uk", "ltd.uk", "plc.uk", "me.uk", "net.uk")
# Generic mail and case-management hosts: a reply from one says nothing about which council sent it.
SHARED_DOMAINS = {"gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "yahoo.com",
                  "yahoo.co.uk", "icloud.com", "btinternet.com", "live.co.uk", "aol.com", "protonmail.com",
                  "infreemation.co.uk", "icasework.com", "foi-requests.org", "whatdotheyknow.com",
                  "mysociety.org", "microsoft.com", "onmicrosoft.com", "granicus.com", "govdelivery.com"}
_GENERIC_WORDS = re.compile(r"\b(?:city|county|district|borough|metropolitan|royal|council|of|the|and|london|"
                            r"comhairle|nan|cyngor|sir|bwrdeistref|sirol|unitary|authority)\b", re.I)
_ADMIN_WORDS = re.compile(r"\b(?:city|county|district|borough|metropolitan|council|of|the|and)\b", re.I)
# Council names are only looked for in the forms a letterhead or signature uses, never a bare place name
# ("Barnet" alone is a place; "Barnet Council" and "London Borough of Barnet" are the authority).
_AUTHORITY_WORD = re.compile(r"\b(?:council|borough|comhairle|cyngor)\b", re.I)


def registrable_domain(host: str | None) -> str | None:
    """``foi.barnet.gov.uk`` → ``barnet.gov.uk``; ``www.example.com`` → ``example.com``."""
    if not host:
        return None
    host = host.strip().strip(".").lower()
    if "@" in host:
        host = host.rpartition("@")[2]
    if host.startswith("www."):
        host = host[4:]
    labels = [p for p in host.split(".") if p]
    if len(labels) < 2:
        return None
    keep = 3 if ".".join(labels[-2:]) in _PUBLIC_SUFFIXES else 2
    return ".".join(labels[-keep:])


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return urlsplit(url if "//" in url else f"http://{url}").hostname
    except ValueError:
        return None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9&]+", " ", text.lower().replace("&", " and ")).split())


@dataclass
class Councils:
    """The register's councils as the importers look them up."""
    names: dict[str, str] = field(default_factory=dict)          # code → official name
    by_name: dict[str, set[str]] = field(default_factory=dict)   # normalised name → codes
    by_domain: dict[str, set[str]] = field(default_factory=dict)  # registrable domain → codes
    by_slug: dict[str, set[str]] = field(default_factory=dict)   # a name without spaces → codes
    _pattern: re.Pattern | None = None
    _variant_code: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, con=None) -> Councils:
        self = cls()
        data = resources.files("warehouse").joinpath("reference", registry.REGISTER_FILE).read_text("utf-8-sig")
        current = {c.code for c in registry.councils(current_only=True)}
        for row in csv.DictReader(io.StringIO(data)):
            code = (row.get("local-authority-code") or "").strip()
            if code not in current:
                continue
            official, nice = row["official-name"].strip(), row["nice-name"].strip()
            self.names[code] = official
            alts = [a.strip() for a in (row.get("alt-names") or "").split(",") if a.strip()]
            for name in {official, nice, *alts}:
                self.by_name.setdefault(_norm(name), set()).add(code)
                for words in (_GENERIC_WORDS, _ADMIN_WORDS):
                    core = _slug(words.sub(" ", name))
                    if len(core) >= 4:
                        self.by_slug.setdefault(core, set()).add(code)
                self.by_slug.setdefault(_slug(name), set()).add(code)
            variants = {official, f"{nice} Council", *(a for a in alts if _AUTHORITY_WORD.search(a))}
            kind = (row.get("local-authority-type-name") or "").lower()
            if "london borough" in kind:
                variants.add(f"London Borough of {nice}")
            for word in ("City", "County", "Borough", "District"):
                if word.lower() in official.lower():
                    variants.add(f"{nice} {word} Council")
            for v in variants:
                self._variant_code.setdefault(_norm(v), set()).add(code)
        for url_domain, code in _known_web_domains(con):
            if code in self.names and url_domain not in SHARED_DOMAINS:
                self.by_domain.setdefault(url_domain, set()).add(code)
        alternatives = sorted(self._variant_code, key=len, reverse=True)
        self._pattern = re.compile(r"\b(" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in alternatives)
                                   + r")\b", re.I)
        return self

    # -- lookups -----------------------------------------------------------------------------------------------
    def resolve(self, value: str) -> str | None:
        """A code or a name as a user writes it in a CSV → the register's code (None when unknown or ambiguous)."""
        value = (value or "").strip()
        if value.upper() in self.names:
            return value.upper()
        codes = self.by_name.get(_norm(value)) or self._variant_code.get(_norm(value)) or set()
        return next(iter(codes)) if len(codes) == 1 else None

    def from_domain(self, domain: str | None) -> tuple[str, str] | None:
        """(code, method) for a sender's domain: a domain the council's web addresses use, else one that spells
        its name. Shared mail and case-management hosts match nothing."""
        reg = registrable_domain(domain)
        if not reg or reg in SHARED_DOMAINS:
            return None
        codes = self.by_domain.get(reg)
        if codes and len(codes) == 1:
            return next(iter(codes)), "sender_domain"
        label = reg.split(".")[0]
        codes = self.by_slug.get(label)
        if codes and len(codes) == 1:
            return next(iter(codes)), "domain_name"
        return None

    def named_in(self, text: str) -> tuple[str | None, list[str]]:
        """(code, names found) for the council a letterhead or signature names; code None when it names no
        council or more than one."""
        if not text or self._pattern is None:
            return None, []
        found: dict[str, str] = {}
        for m in self._pattern.finditer(text[:200_000]):
            for code in self._variant_code.get(_norm(m.group(1)), ()):
                found.setdefault(code, " ".join(m.group(1).split()))
        if len(found) == 1:
            code, words = next(iter(found.items()))
            return code, [words]
        return None, sorted(found.values())


def _known_web_domains(con) -> list[tuple[str, str]]:
    """(registrable domain, council code) from the web addresses the toolkit knows for each council."""
    pairs: list[tuple[str, str]] = []
    try:
        from warehouse import disclosure_registry

        for log in disclosure_registry.load():
            if (d := registrable_domain(_host(log.url))):
                pairs.append((d, log.code))
    except Exception:  # a registry that does not load is reported by its own check, not here
        pass
    if con is not None:
        for code, home, dl in con.execute(
                "SELECT authority_key, home_page, disclosure_log_url FROM authorities "
                "WHERE local_authority_code IS NOT NULL").fetchall():
            for url in (home, dl):
                if (d := registrable_domain(_host(url))):
                    pairs.append((d, code))
    return pairs
