"""Checks of the entity catalogue ontology/entities.ttl: its structure with plain
rdflib, and how its names behave in the matcher on sentences written for these tests."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.catalogue import (
    Catalogue,
    CatalogueEntry,
    load_exchange_codes,
    load_industries,
    per_catalogue,
)
from kg.errors import OntologyError
from kg.nlp.gazetteer import Gazetteer

CATALOGUE = Path(__file__).resolve().parents[1] / "ontology" / "entities.ttl"
FIN = Namespace("https://w3id.org/finkg/ontology#")
KGR = Namespace("https://w3id.org/finkg/resource/")
WD = Namespace("http://www.wikidata.org/entity/")

TYPES = {
    "Organization", "Company", "BusinessUnit", "FinancialInstitution", "GovernmentBody",
    "StockExchange", "Person", "Product", "AIModel", "Place", "Event", "MarketIndex",
}
FACT_PROPERTIES = (FIN.subsidiaryOf, FIN.developedBy, FIN.locatedIn, FIN.listedOn)
ALLOWED_PREDICATES = {RDF.type, RDFS.label, SKOS.altLabel, OWL.sameAs, FIN.ticker, *FACT_PROPERTIES}


def slug(label: str) -> str:
    """Lower case, ä→ae ö→oe ü→ue ß→ss, other accents dropped, runs of
    non-alphanumerics → one '-', no leading or trailing '-'."""
    s = label.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        s = s.replace(a, b)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph()
    g.parse(CATALOGUE, format="turtle")
    return g


@pytest.fixture(scope="module")
def entities(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects() if isinstance(s, URIRef)}


def by_label(graph: Graph, label: str) -> URIRef:
    subjects = list(graph.subjects(RDFS.label, Literal(label)))
    assert len(subjects) == 1, f"{label!r}: {subjects}"
    return subjects[0]


def type_of(graph: Graph, entity: URIRef) -> str:
    return str(graph.value(entity, RDF.type)).removeprefix(str(FIN))


def test_slug_rule() -> None:
    assert slug("Alibaba Group") == "alibaba-group"
    assert slug("Deutsche Börse") == "deutsche-boerse"
    assert slug("Société Générale") == "societe-generale"
    assert slug("S&P 500") == "s-p-500"
    assert slug("JD.com") == "jd-com"
    assert slug("Washington, D.C.") == "washington-d-c"
    assert slug("Straße -Test-") == "strasse-test"


def test_parses_and_is_large(entities: set[URIRef]) -> None:
    assert len(entities) >= 300


def test_every_subject_is_a_kgr_entity(entities: set[URIRef]) -> None:
    assert all(str(e).startswith(str(KGR)) for e in entities)


def test_only_catalogue_predicates(graph: Graph) -> None:
    assert set(graph.predicates()) <= ALLOWED_PREDICATES


def test_one_label_one_type(graph: Graph, entities: set[URIRef]) -> None:
    for e in entities:
        labels = list(graph.objects(e, RDFS.label))
        types = list(graph.objects(e, RDF.type))
        assert len(labels) == 1, f"{e}: labels {labels}"
        assert len(types) == 1, f"{e}: types {types}"
        assert str(types[0]).startswith(str(FIN)), types[0]
        assert type_of(graph, e) in TYPES, types[0]


def test_iri_is_slug_of_label(graph: Graph, entities: set[URIRef]) -> None:
    for e in entities:
        label = str(graph.value(e, RDFS.label))
        assert str(e) == str(KGR) + slug(label), f"{e} vs {label!r}"


def test_no_name_belongs_to_two_entities(graph: Graph) -> None:
    owners: dict[str, set[URIRef]] = defaultdict(set)
    for p in (RDFS.label, SKOS.altLabel):
        for s, o in graph.subject_objects(p):
            owners[str(o)].add(s)
    shared = {name: sorted(map(str, s)) for name, s in owners.items() if len(s) > 1}
    assert not shared, shared


def test_aliases_are_clean(graph: Graph) -> None:
    for s, o in graph.subject_objects(SKOS.altLabel):
        alias = str(o)
        assert alias == alias.strip() and alias, f"{s}: {alias!r}"
        assert alias != str(graph.value(s, RDFS.label)), f"{s}: alias repeats label"
    forbidden = {"Jonas Reuter", "Cloud-Sparte", "Tech-Konzern", "ChatGPT developer", "meta"}
    names = {str(o) for p in (RDFS.label, SKOS.altLabel) for o in graph.objects(None, p)}
    assert not names & forbidden


def test_fact_objects_are_entities(graph: Graph, entities: set[URIRef]) -> None:
    for p in FACT_PROPERTIES:
        for s, o in graph.subject_objects(p):
            assert o in entities, f"{s} {p} {o}: object not defined"
            assert (o, RDFS.label, None) in graph


def test_fact_ranges(graph: Graph) -> None:
    orgs = {"Organization", "Company", "BusinessUnit", "FinancialInstitution", "GovernmentBody",
            "StockExchange"}
    for s, o in graph.subject_objects(FIN.listedOn):
        assert type_of(graph, o) == "StockExchange", (s, o)
    for s, o in graph.subject_objects(FIN.locatedIn):
        assert type_of(graph, o) == "Place", (s, o)
    for s, o in graph.subject_objects(FIN.developedBy):
        assert type_of(graph, s) in {"Product", "AIModel"}, s
        assert type_of(graph, o) in orgs, (s, o)
    for s, o in graph.subject_objects(FIN.subsidiaryOf):
        assert type_of(graph, o) in orgs, (s, o)


def test_literals_and_sameas(graph: Graph) -> None:
    for s, o in graph.subject_objects(FIN.ticker):
        assert isinstance(o, Literal) and str(o).strip(), (s, o)
    for s, o in graph.subject_objects(OWL.sameAs):
        assert re.fullmatch(re.escape(str(WD)) + r"Q\d+", str(o)), (s, o)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Alibaba Group", "Company"),
        ("Alibaba Cloud", "BusinessUnit"),
        ("CLSA", "FinancialInstitution"),
        ("JPMorgan", "FinancialInstitution"),
        ("Morningstar", "FinancialInstitution"),
        ("Bloomberg", "Company"),
        ("Hugging Face", "Company"),
        ("International Olympic Committee", "Organization"),
        ("Qwen", "AIModel"),
        ("ChatGPT", "AIModel"),
        ("WeChat", "Product"),
        ("Quark", "Product"),
        ("Hong Kong Stock Exchange", "StockExchange"),
        ("Xetra", "StockExchange"),
        ("Hang Seng Index", "MarketIndex"),
        ("DAX", "MarketIndex"),
        ("Federal Reserve", "GovernmentBody"),
        ("Munich", "Place"),
        ("Milan Cortina", "Place"),
        ("2026 Winter Olympics", "Event"),
        ("Lunar New Year", "Event"),
        ("Jensen Huang", "Person"),
        ("Talgo", "Company"),
        ("Blizzard Entertainment", "Company"),
        ("World of Warcraft", "Product"),
        ("COVID-19 pandemic", "Event"),
        ("Bankinter", "FinancialInstitution"),
        ("Food and Drug Administration", "GovernmentBody"),
    ],
)
def test_types(graph: Graph, label: str, expected: str) -> None:
    assert type_of(graph, by_label(graph, label)) == expected


@pytest.mark.parametrize(
    ("subject", "prop", "obj"),
    [
        ("Alibaba Cloud", "subsidiaryOf", "Alibaba Group"),
        ("Google Cloud", "subsidiaryOf", "Google"),
        ("Google", "subsidiaryOf", "Alphabet"),
        ("Amazon Web Services", "subsidiaryOf", "Amazon"),
        ("Tencent Games", "subsidiaryOf", "Tencent Holdings"),
        ("Qwen", "developedBy", "Alibaba Group"),
        ("ChatGPT", "developedBy", "OpenAI"),
        ("Llama", "developedBy", "Meta Platforms"),
        ("Kimi K2 Thinking", "developedBy", "Moonshot AI"),
        ("Alibaba Group", "listedOn", "New York Stock Exchange"),
        ("Alibaba Group", "listedOn", "Hong Kong Stock Exchange"),
        ("Nvidia", "listedOn", "Nasdaq"),
        ("SAP", "listedOn", "Xetra"),
        ("Alibaba Group", "locatedIn", "Hangzhou"),
        ("SAP", "locatedIn", "Walldorf"),
        ("Infineon Technologies", "locatedIn", "Munich"),
        ("2026 Winter Olympics", "locatedIn", "Milan Cortina"),
    ],
)
def test_facts(graph: Graph, subject: str, prop: str, obj: str) -> None:
    assert (by_label(graph, subject), FIN[prop], by_label(graph, obj)) in graph


@pytest.mark.parametrize(
    ("alias", "label"),
    [
        ("Alibaba", "Alibaba Group"),
        ("Alicloud", "Alibaba Cloud"),
        ("Cloud Intelligence Group", "Alibaba Cloud"),
        ("Citi", "Citigroup"),
        ("Goldman", "Goldman Sachs"),
        ("AWS", "Amazon Web Services"),
        ("AMD", "Advanced Micro Devices"),
        ("Hongkong", "Hong Kong"),
        ("Peking", "Beijing"),
        ("USA", "United States"),
        ("US", "United States"),
        ("Vereinigte Staaten", "United States"),
        ("Münchner", "Munich"),
        ("Internationalen Olympischen Komitee", "International Olympic Committee"),
        ("IOC", "International Olympic Committee"),
        ("HKEX", "Hong Kong Stock Exchange"),
        ("EZB", "European Central Bank"),
        ("Corona-Pandemie", "COVID-19 pandemic"),
        ("Blizzard", "Blizzard Entertainment"),
        ("RISE with SAP", "SAP Rise"),
    ],
)
def test_aliases(graph: Graph, alias: str, label: str) -> None:
    assert (by_label(graph, label), SKOS.altLabel, Literal(alias)) in graph


def test_tickers_and_sameas(graph: Graph) -> None:
    alibaba = by_label(graph, "Alibaba Group")
    assert {str(t) for t in graph.objects(alibaba, FIN.ticker)} >= {"BABA", "9988"}
    assert (alibaba, OWL.sameAs, WD.Q1359568) in graph


# How news print a numeric ticker of an Asian listing: "9988.HK", "600519.SS", "7203.T".
EXCHANGE_SUFFIX = {
    "hong-kong-stock-exchange": ".HK", "shanghai-stock-exchange": ".SS", "star-market": ".SS",
    "shenzhen-stock-exchange": ".SZ", "tokyo-stock-exchange": ".T", "korea-exchange": ".KS",
    "taiwan-stock-exchange": ".TW",
}


def names_of(graph: Graph) -> dict[str, set[URIRef]]:
    owners: dict[str, set[URIRef]] = defaultdict(set)
    for p in (RDFS.label, SKOS.altLabel):
        for s, o in graph.subject_objects(p):
            owners[str(o)].add(s)
    return owners


def test_a_ticker_names_no_other_entity(graph: Graph) -> None:
    """"NYSE: BABA" must lead to the company trading as BABA: a ticker is never
    the name of another entity, so the matcher cannot attach it elsewhere."""
    owners = names_of(graph)
    for company, ticker in graph.subject_objects(FIN.ticker):
        others = owners.get(str(ticker), set()) - {company}
        assert not others, (str(ticker), company, sorted(others))


def test_a_ticker_is_unique_on_its_exchange(graph: Graph) -> None:
    seen: dict[tuple[URIRef, str], URIRef] = {}
    for company, ticker in graph.subject_objects(FIN.ticker):
        for exchange in graph.objects(company, FIN.listedOn):
            key = (exchange, str(ticker))
            assert seen.setdefault(key, company) == company, (key, company, seen[key])


def test_numeric_tickers_are_matchable_as_printed(graph: Graph) -> None:
    """A bare number is no name, but "0700.HK" is: every numeric ticker of an
    Asian listing is a name of its company in an exchange-suffixed form."""
    checked = 0
    for company, ticker in graph.subject_objects(FIN.ticker):
        suffixes = {EXCHANGE_SUFFIX.get(str(e).removeprefix(str(KGR)))
                    for e in graph.objects(company, FIN.listedOn)} - {None}
        if not str(ticker).isdigit() or not suffixes:
            continue
        printed = {str(ticker).zfill(4) + s if s == ".HK" else str(ticker) + s for s in suffixes}
        aliases = {str(a) for a in graph.objects(company, SKOS.altLabel)}
        assert printed & aliases, (company, sorted(printed))
        checked += 1
    assert checked >= 50


def test_ticker_aliases_are_tickers_of_their_company(graph: Graph) -> None:
    """An alias written like a US ticker (all capitals) that is some entity's
    ticker belongs to that entity."""
    ticker_owner = {str(t): s for s, t in graph.subject_objects(FIN.ticker)}
    for s, alias in graph.subject_objects(SKOS.altLabel):
        owner = ticker_owner.get(str(alias))
        if owner is not None and re.fullmatch(r"[A-Z]{3,5}", str(alias)):
            assert owner == s, (str(alias), s, owner)


# Ordinary words that are also (parts of) company names: none may be read as an entity.
ORDINARY_TEXT = [
    "Der Puma jagte im Gehege, während das Orange der Abendsonne verblasste.",
    "Im Verbund mit anderen Herstellern stieg der Preis für Kakao, ein Visa wurde teurer.",
    "Vor dem Spiegel stand ein Korb mit Essen, der letzte Trumpf lag unter der Linde.",
    "Nach dem Match zog der Block der Fans zum Ball; Booking und Target sind Fremdwörter.",
    "Der Fuchs lag neben dem Hamburger und dem Kasseler, der Arm war verbunden.",
    "A Continental breakfast, a Target audience and a Visa application were on the agenda.",
    "Wise investors mind the Gap between Match days at Sea; a Block party and a Ball followed.",
    "Leonardo da Vinci painted while Amadeus played; the Douglas fir grew in the Octavian era.",
    "Crusoe found a Valve near the Runway; Pareto and Carnegie were cited by Mr. Schwab.",
    # short names of index members that are ordinary words keep their legal form
    "Next, a Sharp and Progressive view: the Pool by the Waters of Dover held a Kingfisher.",
    "Evolution of the Hexagon and Orion; a Diploma, a Persimmon and Toto were the News.",
    "Der Fox lief zum Pool, Elisa und Wendel sahen Douglas beim Toto zu.",
]


@pytest.mark.parametrize("text", ORDINARY_TEXT, ids=range(len(ORDINARY_TEXT)))
def test_ordinary_words_are_no_entities(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.find(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Microsoft (NASDAQ: MSFT) schloss höher.", ["Microsoft", "Nasdaq", "Microsoft"]),
    ("Shares of Alibaba (NYSE: BABA) rose.", ["Alibaba Group", "New York Stock Exchange",
                                               "Alibaba Group"]),
    ("Tencent (0700.HK) fiel, Baidu (BIDU) stieg.", ["Tencent Holdings", "Tencent Holdings",
                                                     "Baidu", "Baidu"]),
], ids=["nasdaq-code", "nyse-code", "hk-and-bare"])
def test_tickers_resolve_to_their_company(gazetteer: Gazetteer, text: str,
                                          expected: list[str]) -> None:
    assert [m.label for m in gazetteer.find(text)] == expected


def test_per_catalogue_derives_once_per_catalogue_and_arguments() -> None:
    calls: list[tuple[int, str]] = []

    @per_catalogue
    def labels(catalogue: Catalogue, prefix: str) -> list[str]:
        calls.append((id(catalogue), prefix))
        return [prefix + label for label in catalogue.entries]

    one = Catalogue({"Acme": CatalogueEntry("Acme", "Company")})
    other = Catalogue({"Acme": CatalogueEntry("Acme", "Company")})
    first = labels(one, "x:")
    assert labels(one, "x:") is first  # kept, not derived again
    assert labels(other, "x:") is not first  # an equal but other catalogue is its own
    assert labels(one, "y:") == ["y:Acme"]
    assert len(calls) == 3
    for prefix in "abcd":  # more than four entries: the oldest goes
        labels(one, prefix)
    labels(one, "x:")
    assert len(calls) == 8


def test_industries_file_with_an_unknown_industry_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "industries.tsv"
    path.write_text("# a comment\nSiemens\tindustrials\nPuma SE\tsportswear\n", encoding="utf-8")
    with pytest.raises(OntologyError, match=r"industries.tsv:3: .*'Puma SE\\tsportswear'"):
        load_industries(path)


def test_industries_file_reads_several_industries_of_a_label(tmp_path: Path) -> None:
    path = tmp_path / "industries.tsv"
    path.write_text("Siemens\tindustrials, software\n", encoding="utf-8")
    assert load_industries(path) == {"Siemens": frozenset({"industrials", "software"})}


def test_exchange_codes_name_catalogued_exchanges(catalogue: Catalogue) -> None:
    codes = load_exchange_codes()
    exchanges = {e.label for e in catalogue.entries.values() if e.type == "StockExchange"}
    named = {label for labels in codes.prefixes.values() for label in labels}
    named |= {label for labels in codes.instruments.values() for label in labels}
    assert named - exchanges == set()
    assert codes.prefixes["NASDAQ"] == ("Nasdaq",) and codes.prefixes["KOSDAQ"] == ()
    assert set(codes.prefixes["TSE"]) == {"Tokyo Stock Exchange", "Toronto Stock Exchange"}
    assert codes.instruments["L"] == {"London Stock Exchange"}


def test_exchange_codes_file_rejects_a_line_of_another_kind(tmp_path: Path) -> None:
    path = tmp_path / "exchange_codes.tsv"
    path.write_text("prefix\tNYSE\tNew York Stock Exchange\nsuffix\tO\tNasdaq\n", encoding="utf-8")
    with pytest.raises(OntologyError, match=r"exchange_codes.tsv:2: .*'suffix\\tO\\tNasdaq'"):
        load_exchange_codes(path)


def test_exchange_codes_file_keeps_every_exchange_of_a_shared_prefix(tmp_path: Path) -> None:
    """A code several exchanges share keeps them all; the ticker's company decides."""
    path = tmp_path / "exchange_codes.tsv"
    path.write_text("prefix\tTSE\tTokyo Stock Exchange, Toronto Stock Exchange\n", encoding="utf-8")
    assert load_exchange_codes(path).prefixes == {
        "TSE": ("Tokyo Stock Exchange", "Toronto Stock Exchange")}
