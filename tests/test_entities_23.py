"""Entity probes on sentences written for the test: names that are only part of a longer name,
and the short-name rule against the whole catalogue.

* A law's name ("the Kestrel Securities Litigation Reform Act of 1995", "EU-Richtlinie") holds
  no company nor person: a legal-form word inside it ("Securities") names none. A place or
  public body stays ("the EU Digital Markets Act" names the EU), and so does a possessive
  before the law ("Apple's Digital Markets Act filing").
* A partnership's name ("Halvorsen Lindqvist Goodrich & Brandt") is one company: a catalogued
  one-word name inside it ("Goodrich") names no company of its own. Not a company with its
  legal form after "&" ("Goldman Sachs & Co."), nor two companies joined by "&"
  ("Deutsche Bank & Commerzbank"), nor a unit named with "&" before its unit noun.
* A catalogued model's name before a noun that makes the phrase an alliance ("the Gemini
  Cooperation") is no mention of the model; "the Gemini app" is.
* A listed city followed by a district the city list lacks ("das Werk in Krefeld-Uerdingen")
  names the district's place whole; after a company's seat cue ("mit Sitz in …") the city.
* A descriptive noun opening the sentence before a name found by its instrument code
  ("Operator Kestrel Mobile (KMOB.L) said") is not part of the name; a word that opens a
  catalogued name ("Carrier" of "Carrier Global") is kept.
* An index's own move before it ("outpacing a 0.4 per cent gain in the DAX") names no member;
  "the top gainer in the DAX" does.
* The short-name rule: a company named in full ("Merck & Co.") is found again by its first
  word ("Merck") although the catalogue lists another name opening with that word ("Merck
  Finck") which the article does not name; where the article names both, the word names
  neither. Checked for a sample of every such pair of the catalogue.

The catalogue names are real, the other names and all sentences invented.
"""

from __future__ import annotations

import re

import pytest
from helpers import run, triples

from kg.catalogue import load_catalogue
from kg.nlp.extract import Extractor
from kg.nlp.lang import lexicon, not_names
from kg.nlp.references import catalogue_heads
from kg.records import Extraction


def _kinds(x: Extraction) -> dict[str, str]:
    return {e.label: e.type for e in x.entities}


def _en(extractor: Extractor, text: str) -> Extraction:
    return run(extractor, text, lang="en", headline="Market report")


# --- law names -------------------------------------------------------------------


@pytest.mark.parametrize("text, lang", [
    ("Kestrel Holdings said the claims were filed under the Private Securities Litigation "
     "Reform Act of 1995 in New York.", "en"),
    ("Kestrel Holdings verweist auf den Private Securities Litigation Reform Act, der "
     "Klagen begrenzt.", "de"),
])
def test_no_company_inside_a_laws_name(extractor: Extractor, text: str, lang: str) -> None:
    x = run(extractor, text, lang=lang, headline="Market report" if lang == "en" else "Marktbericht")
    kinds = _kinds(x)
    assert not any("Securities" in label for label in kinds)
    assert kinds.get("Kestrel Holdings") == "Company"


@pytest.mark.parametrize("text, label, kind", [
    ("Kestrel Holdings said the EU Digital Markets Act would raise its costs.", "European Union",
     "GovernmentBody"),
    ("Regulators reviewed Microsoft's Digital Markets Act report on Monday.", "Microsoft", "Company"),
    ("Google said the Gemini model now beats its rivals on coding benchmarks.", "Gemini", "AIModel"),
])
def test_a_name_outside_the_longer_name_stays(extractor: Extractor, text: str, label: str,
                                              kind: str) -> None:
    """A body before a law's name, a possessive before it, a model before a noun of its own."""
    assert _kinds(_en(extractor, text)).get(label) == kind


# --- partnerships ----------------------------------------------------------------


def test_a_partnerships_name_is_one_company(extractor: Extractor) -> None:
    x = _en(extractor, "Halvorsen Lindqvist Goodrich & Brandt is serving as legal counsel "
                       "to Siemens.")
    kinds = _kinds(x)
    assert "Goodrich" not in kinds
    assert kinds.get("Halvorsen Lindqvist Goodrich & Brandt") == "Company"
    assert kinds.get("Siemens") == "Company"


@pytest.mark.parametrize("text, label", [
    ("Goldman Sachs & Co. LLC is serving as financial advisor to Siemens.", "Goldman Sachs"),
    ("Shares of Deutsche Bank & Commerzbank rose on Monday.", "Commerzbank"),
    ("Shares of Deutsche Bank & Commerzbank rose on Monday.", "Deutsche Bank"),
])
def test_companies_joined_by_an_ampersand_stay(extractor: Extractor, text: str,
                                               label: str) -> None:
    assert label in _kinds(_en(extractor, text))


def test_a_unit_named_with_an_ampersand_is_no_partnership(extractor: Extractor) -> None:
    x = _en(extractor, "Siemens said its Kestrel Goodrich & Halvor unit grew.")
    assert not any("&" in label for label, kind in _kinds(x).items() if kind == "Company")


# --- a model's name inside an alliance's -------------------------------------------


@pytest.mark.parametrize("text, lang", [
    ("Maersk and Hapag-Lloyd formed the Gemini Cooperation in 2025, the shipping group said.",
     "en"),
    ("Seit Februar fährt Hapag-Lloyd in der Gemini Cooperation gemeinsam mit Maersk.", "de"),
])
def test_a_model_name_before_an_alliance_noun_is_no_model(extractor: Extractor, text: str,
                                                          lang: str) -> None:
    x = run(extractor, text, lang=lang, headline="Market report" if lang == "en" else "Marktbericht")
    assert "Gemini" not in _kinds(x)
    assert _kinds(x).get("Maersk") == "Company"


# --- districts -------------------------------------------------------------------


def test_a_district_after_a_plant_cue_is_named_whole(extractor: Extractor) -> None:
    x = run(extractor, "Sie kommt von Lanxess, wo sie zuletzt das Werk in Krefeld-Uerdingen "
                       "führte.")
    kinds = _kinds(x)
    assert kinds.get("Krefeld-Uerdingen") == "Place"
    assert "Krefeld" not in kinds


def test_a_district_after_a_seat_cue_names_its_city(extractor: Extractor) -> None:
    x = run(extractor, "Der Hersteller Lanxess mit Sitz in Krefeld-Uerdingen erwartet "
                       "weniger Umsatz.")
    assert "Krefeld-Uerdingen" not in _kinds(x)
    assert _kinds(x).get("Krefeld") == "Place"


# --- a descriptive noun opening the sentence before an instrument code ----------------


@pytest.mark.parametrize("text, label", [
    ("Operator Kestrel Mobile (KMOB.L) said on Tuesday that revenue rose 5%.", "Kestrel Mobile"),
    ("Lender Halvor Lindqvist (HLVL.L) said profit fell.", "Halvor Lindqvist"),
])
def test_a_descriptive_noun_opening_the_sentence_is_no_part_of_the_name(
        extractor: Extractor, text: str, label: str) -> None:
    kinds = _kinds(_en(extractor, text))
    assert label in kinds
    assert not any(name.endswith(label) and name != label for name in kinds)


def test_a_word_opening_a_catalogued_name_stays_in_the_name(extractor: Extractor) -> None:
    kinds = _kinds(_en(extractor, "Carrier Kestrel Systems (CKSY.L) said revenue rose 5%."))
    assert "Kestrel Systems" not in kinds
    assert any(name.startswith("Carrier Kestrel") for name in kinds)


def test_the_seat_relation_keeps_the_city(extractor: Extractor) -> None:
    x = run(extractor, "Der Hersteller Lanxess mit Sitz in Krefeld-Uerdingen erwartet "
                       "weniger Umsatz.")
    assert ("Lanxess", "locatedIn", "Krefeld") in triples(x)


# --- the short-name rule over the whole catalogue ----------------------------------------

_ISSUERS = ("Company", "FinancialInstitution")


def _short_head(label: str, endings: frozenset[str]) -> str | None:
    """The first word of a name made of that word and a legal form or name ending
    ("Merck" of "Merck & Co.", "Axis" of "Axis Bank"), spelt like a name."""
    first, _, rest = label.partition(" ")
    rest = rest[2:] if rest.startswith("& ") else rest
    return first if rest in endings and re.fullmatch(r"[A-Z][a-z]{2,}", first) else None


def _contested_short_names() -> list[tuple[str, str, tuple[str, ...]]]:
    """Every catalogued company whose short name also opens a catalogued name of
    another entity that is neither the same name with another legal form nor a
    unit of the company ("Merck Finck" beside "Merck & Co."): (company, short
    name, the other entities), sorted."""
    catalogue = load_catalogue()
    table = lexicon("en")["discovery"]
    endings = frozenset(table["legal_suffixes"]) | frozenset(table["drop_suffixes"])
    words = not_names("en") | set(table["ordinary_short_names"])
    opening = catalogue_heads(catalogue)
    names = {name for entry in catalogue.entries.values() for name in entry.names}
    pairs = []
    for entry in catalogue.entries.values():
        head = _short_head(entry.label, endings) if entry.type in _ISSUERS else None
        if head is None or head in names or head in words:
            continue
        others = tuple(sorted(
            label for label in opening.get(head, frozenset()) - {entry.label}
            if _short_head(label, endings) != head and entry.label not in catalogue.parents_of(label)))
        if others:
            pairs.append((entry.label, head, others))
    return sorted(pairs)


def _sample() -> list[tuple[str, str, tuple[str, ...]]]:
    """Every fifth contested pair whose other entities are organisations named by their
    label (the article's second mention in full below)."""
    catalogue = load_catalogue()
    pairs = [(label, head, others) for label, head, others in _contested_short_names()
             if all(catalogue.get(other) is not None
                    and catalogue.get(other).type in _ISSUERS for other in others)]  # type: ignore[union-attr]
    return pairs[::5]


def test_the_catalogue_has_contested_short_names() -> None:
    pairs = _contested_short_names()
    assert len(pairs) >= 20
    assert any(head == "Merck" for _, head, _ in pairs) or any(head == "Axis" for _, head, _ in pairs)


@pytest.mark.parametrize("label, head, others", _sample())
def test_the_articles_full_name_wins_the_short_name(extractor: Extractor, label: str, head: str,
                                                   others: tuple[str, ...]) -> None:
    x = _en(extractor, f"{label} said on Monday that quarterly sales rose. Analysts said "
                       f"{head} also raised its outlook for the year.")
    entities = {e.label: e for e in x.entities}
    assert label in entities
    assert head in entities[label].aliases
    assert not set(others) & entities.keys()


@pytest.mark.parametrize("label, head, others", _sample())
def test_a_short_name_two_named_entities_open_names_neither(extractor: Extractor, label: str,
                                                            head: str, others: tuple[str, ...]) -> None:
    x = _en(extractor, f"{label} said on Monday that quarterly sales rose. {others[0]} said "
                       f"its costs fell. Analysts said {head} also raised its outlook.")
    assert not any(head in e.aliases for e in x.entities)


# --- an index's own move is no membership --------------------------------------------------


@pytest.mark.parametrize("text, member", [
    ("Shares in Siemens rose 2.5 per cent on Friday, outpacing a 0.4 per cent gain in the DAX "
     "index.", False),
    ("Siemens was the top gainer in the DAX on Friday, up 2.5 per cent.", True),
])
def test_an_indexs_own_move_names_no_member(extractor: Extractor, text: str, member: bool) -> None:
    assert (("Siemens", "memberOf", "DAX") in triples(_en(extractor, text))) is member


def test_a_headline_in_title_case_keeps_its_company(extractor: Extractor) -> None:
    x = run(extractor, "The ruling applies to the group's US unit as well.", lang="en",
            headline="Siemens Wins Ruling Under Securities Exchange Act")
    assert _kinds(x).get("Siemens") == "Company"
