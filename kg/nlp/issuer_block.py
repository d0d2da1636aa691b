"""The issuer block of a disclosure: the data lines at the end of an ad-hoc or corporate
news release ("Unternehmen: X AG", its address, "Indizes: SDAX", "Börsen: Regulierter Markt
in Frankfurt"). They state the issuer's seat, its index memberships and its listings as
plainly as a sentence would, but in no sentence the trigger rules could read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from kg.catalogue import Catalogue, per_catalogue
from kg.nlp.document import ISSUER_TYPES, Document, Sentence
from kg.nlp.lang import lexicon
from kg.nlp.relation_cues import make_relation
from kg.records import Relation

# How many lines after the issuer's name its block may run (address, codes, indices, venues).
_BLOCK_LINES = 12


@dataclass(frozen=True)
class _BlockPatterns:
    issuer: re.Pattern[str]  # the line naming the issuer
    indices: re.Pattern[str]  # the line listing its indices
    venues: re.Pattern[str]  # the line listing its trading venues
    listed: re.Pattern[str]  # a venue segment of a regulated market: a listing
    address: re.Pattern[str]  # a postcode line: the issuer's seat
    inline_address: re.Pattern[str]  # the address printed on the issuer's line after its name
    exchange: str  # the catalogue label of a city's securities exchange ("Stock Exchange")
    legal_form: re.Pattern[str]  # what may follow the issuer's name on its line ("AG", "SE & Co. KGaA")


@lru_cache(maxsize=4)
def _patterns(lang: str) -> _BlockPatterns | None:
    table = lexicon(lang).get("issuer_block")
    if not table:
        return None
    return _BlockPatterns(issuer=re.compile(rf"^(?:{table['issuer']})\s*:\s*"),
                          indices=re.compile(rf"^(?:{table['indices']})\s*:\s*"),
                          venues=re.compile(rf"^(?:{table['venues']})\s*:\s*"),
                          listed=re.compile(rf"^\s*(?:{table['listed']})\b"),
                          address=re.compile(rf"^(?:{table['postcode']})\s+"),
                          inline_address=re.compile(rf",\s*[^,;]+?,\s*(?:{table['postcode']})\s+"
                                                    rf"(?P<city>[^,;]+?)(?:,\s*[^,;]+?)?\s*"),
                          exchange=table["exchange_label"],
                          legal_form=_legal_form(lang))


def _legal_form(lang: str) -> re.Pattern[str]:
    """Legal-form words alone ("AG", "SE & Co. KGaA"), the rest of an issuer line after its name."""
    words = "|".join(re.escape(w) for w in sorted(lexicon(lang)["discovery"]["legal_suffixes"],
                                                   key=len, reverse=True))
    return re.compile(rf"(?:\s*(?:&|,)?\s*(?:{words})(?![\w.]))*\s*")


def issuer_block(document: Document) -> Iterator[Relation]:
    """memberOf, listedOn and locatedIn of the issuer its block names: each index of the
    indices line, each venue of a regulated market on the venues line (open-market trading,
    "Freiverkehr", is no listing the issuer asked for), the place of its postcode line."""
    pats = _patterns(document.lang)
    if pats is None:
        return
    sentences = document.sentences
    for k, sentence in enumerate(sentences):
        issuer = _issuer(pats, sentence)
        if issuer is None:
            continue
        yield from _seat_on_line(pats, issuer, sentence, f"relations/{document.lang}/issuer-block")
        for line in sentences[k + 1:k + 1 + _BLOCK_LINES]:
            if _issuer(pats, line) is not None:
                break  # a second issuer's block begins
            yield from _block_line(document, pats, issuer, line)


def _issuer(pats: _BlockPatterns, sentence: Sentence) -> str | None:
    """The issuer a line names as its only content ("Unternehmen: Kessler AG"), or with its
    address after it ("Unternehmen: Kessler AG, Söllner Straße 14, 89077 Ulm, Deutschland"),
    else None."""
    label = pats.issuer.match(sentence.text)
    if label is None:
        return None
    named = [m for m in sentence.mentions if m.type in ISSUER_TYPES]
    if len(named) != 1 or sentence.local(named[0].start) != label.end():
        return None
    rest = sentence.text[sentence.local(named[0].end):]
    if not pats.legal_form.fullmatch(rest) and _inline_address(pats, rest) is None:
        return None  # a line with more than the name and its address: no issuer line
    return named[0].label


def _inline_address(pats: _BlockPatterns, rest: str) -> re.Match[str] | None:
    """The address after the issuer's name and legal form on its line (", Söllner Straße 14,
    89077 Ulm, Deutschland"), if that is all the line goes on with."""
    form = pats.legal_form.match(rest)
    return pats.inline_address.fullmatch(rest, form.end() if form is not None else 0)


def _seat_on_line(pats: _BlockPatterns, issuer: str, sentence: Sentence,
                  rule: str) -> Iterator[Relation]:
    """locatedIn of the issuer at the place of the address its own line prints, as a postcode
    line of the block gives it."""
    mention = next(m for m in sentence.mentions if m.label == issuer)
    offset = sentence.local(mention.end)
    address = _inline_address(pats, sentence.text[offset:])
    if address is None:
        return
    start, end = offset + address.start("city"), offset + address.end("city")
    places = [m for m in sentence.of_types({"Place"})
              if start <= sentence.local(m.start) and sentence.local(m.end) <= end]
    if len(places) == 1:
        yield make_relation(issuer, "locatedIn", places[0], sentence, rule)


def _block_line(document: Document, pats: _BlockPatterns, issuer: str,
                line: Sentence) -> Iterator[Relation]:
    rule = f"relations/{document.lang}/issuer-block"
    if pats.indices.match(line.text):
        for index in line.of_types({"MarketIndex"}):
            yield make_relation(issuer, "memberOf", index, line, rule)
    elif pats.venues.match(line.text):
        yield from _listings(document, pats, issuer, line, rule)
    elif pats.address.match(line.text):
        places = line.of_types({"Place"})
        if len(places) == 1 and not line.text[line.local(places[0].end):].strip():
            yield make_relation(issuer, "locatedIn", places[0], line, rule)


def _listings(document: Document, pats: _BlockPatterns, issuer: str, line: Sentence,
              rule: str) -> Iterator[Relation]:
    """The venues of the regulated-market segments of a venues line ("Regulierter Markt in
    Frankfurt (Prime Standard); Freiverkehr in Berlin"): an exchange named, or a city's main one."""
    body = pats.venues.match(line.text)
    assert body is not None
    start = body.end()
    for segment in line.text[start:].split(";"):
        end = start + len(segment)
        if pats.listed.match(segment):
            for venue in line.mentions:
                if not start <= line.local(venue.start) < end:
                    continue
                exchange = venue.label if venue.type == "StockExchange" else \
                    securities_exchanges(document.catalogue, pats.exchange).get(venue.label) \
                    if venue.type == "Place" else None
                if exchange is not None:
                    yield make_relation(issuer, "listedOn", exchange, line, rule)
        start = end + 1


@per_catalogue
def securities_exchanges(catalogue: Catalogue, label: str) -> dict[str, str]:
    """The securities exchange of each place with exactly one (its catalogue label matching
    ``label``): the regulated market "in Frankfurt" is that city's stock exchange, not a
    trading system or derivatives exchange of the same operator seated there."""
    by_place: dict[str, list[str]] = {}
    named = re.compile(rf"\b(?:{label})$")
    for entry in catalogue.entries.values():
        if entry.type == "StockExchange" and named.search(entry.label):
            for place in entry.located_in:
                by_place.setdefault(place, []).append(entry.label)
    return {place: there[0] for place, there in by_place.items() if len(there) == 1}
