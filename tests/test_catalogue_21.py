"""Catalogue coverage of whole public lists: members of the European, Asian and
North American benchmark lists, SDAX and Nikkei 225 members, Chinese internet, carmaking
and battery groups, banks, insurers, asset managers, market infrastructures, rating
agencies, research houses and AI labs and models that an audit of the lists found missing.
A sample of each list is found in sentences written for these tests; a member whose short
name is an ordinary word or a first name keeps its legal form, so that the word alone names
nothing; no member takes a listed company's short name; former names name the renamed
company; the members carry their industries, which industry nouns read."""

from __future__ import annotations

import pytest
from helpers import run

from kg.catalogue import Catalogue, load_industries
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Gazetteer

# (written sentence, the catalogue labels it names, left to right)
MEMBERS = [
    # CAC 40, SBF 120 and FTSE 100 / FTSE 250
    ("Sodexo, Valeo und Havas legten zu; TechnipFMC und AerCap fielen.",
     ["Sodexo", "Valeo", "Havas", "TechnipFMC", "AerCap"]),
    ("Spectris, DS Smith and Deliveroo were taken over; Tullow and Spirent fell.",
     ["Spectris", "DS Smith", "Deliveroo", "Tullow Oil", "Spirent Communications"]),
    ("Capita plc, Senior plc und Hunting plc meldeten Zahlen; Wood Group verlor.",
     ["Capita plc", "Senior plc", "Hunting plc", "John Wood Group"]),
    # SMI Expanded, AEX, BEL 20, ISEQ, IBEX and FTSE MIB mid-caps
    ("u-blox, Autoneum und Meyer Burger; TomTom, Boskalis und Permanent TSB.",
     ["u-blox", "Autoneum", "Meyer Burger", "TomTom", "Boskalis", "Permanent TSB"]),
    ("Técnicas Reunidas, Ferragamo and Brembo rose; Mundys and Juventus fell.",
     ["Técnicas Reunidas", "Ferragamo", "Brembo", "Mundys", "Juventus Football Club"]),
    # Nordic, Central and Eastern European and Greek benchmarks
    ("SSAB, Finnair und Marimekko; MOL, Gedeon Richter und ČEZ; OPAP und Helleniq Energy.",
     ["SSAB", "Finnair", "Marimekko", "MOL Group", "Gedeon Richter", "ČEZ", "OPAP",
      "Helleniq Energy"]),
    # Hang Seng, CSI 300, Nikkei 225, Kospi 200 and Taiwan 50
    ("Mengniu, Fosun und Sunac; Toshiba, Shimadzu und Zensho; S-Oil und LG Innotek.",
     ["China Mengniu Dairy", "Fosun International", "Sunac China", "Toshiba", "Shimadzu",
      "Zensho Holdings", "S-Oil", "LG Innotek"]),
    ("Changan, DiDi and Oppo grew; Pou Chen, Macronix and Taiwan Cement reported.",
     ["Changan Automobile", "DiDi Global", "Oppo", "Pou Chen", "Macronix International",
      "Taiwan Cement"]),
    # Nifty, ASX, TSX and US growth names
    ("Dabur, Bendigo and Adelaide Bank, Cheniere, Zillow, HubSpot and Roku reported.",
     ["Dabur India", "Bendigo and Adelaide Bank", "Cheniere Energy", "Zillow Group",
      "HubSpot", "Roku"]),
    # SDAX and former index members
    ("Zeal Network, Tonies und Villeroy & Boch; SUSE und Hawesko.",
     ["Zeal Network", "Tonies", "Villeroy & Boch", "SUSE", "Hawesko Holding"]),
    # rating agencies, research houses, post-trade and AI labs and models
    ("Clearstream, Oxford Economics und Capital Economics; das RWI und das IMK.",
     ["Clearstream", "Oxford Economics", "Capital Economics",
      "RWI – Leibniz-Institut für Wirtschaftsforschung",
      "Institut für Makroökonomie und Konjunkturforschung"]),
    ("Mistral Large 2, Gemma 3, Grok 4 Fast and DBRX; Suno, Mercor and LangChain raised money.",
     ["Mistral Large 2", "Gemma 3", "Grok 4 Fast", "DBRX", "Suno", "Mercor", "LangChain"]),
    # banks, insurers, insurance brokers, asset managers and pension funds
    ("Kasikornbank, Metrobank und Capitec; Hanwha Life, Folksam und Alecta; Lockton, Acrisure.",
     ["Kasikornbank", "Metropolitan Bank & Trust", "Capitec Bank", "Hanwha Life", "Folksam",
      "Alecta", "Lockton", "Acrisure"]),
    ("Berlin Hyp, the IKB and Norisbank lent; OMERS, AustralianSuper and Swedbank Robur bought.",
     ["Berlin Hyp", "IKB Deutsche Industriebank", "Norisbank", "OMERS", "AustralianSuper",
      "Swedbank Robur"]),
    # WIG20, SBITOP, Athens, Kospi 200, Hang Seng Composite and Euronext Growth members
    ("Sava Re, Luka Koper und Telekom Slovenije; Hanmi Pharm und China Feihe; Kalray und Jais.",
     ["Sava Re", "Luka Koper", "Telekom Slovenije", "Hanmi Pharmaceutical", "China Feihe",
      "Kalray", "Jais"]),
    # market infrastructures
    ("Euroclear, LCH und DTCC; Eurex Clearing und ChinaClear.",
     ["Euroclear", "LCH Group", "Depository Trust & Clearing Corporation", "Eurex Clearing",
      "China Securities Depository and Clearing"]),
    # former names and short forms of catalogued members
    ("Faurecia, Tepco und Mytilineos; Aston Martin und Red Eléctrica; Moody's Ratings.",
     ["Forvia", "Tokyo Electric Power", "Metlen Energy & Metals", "Aston Martin Lagonda",
      "Redeia", "Moody's"]),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS, ids=range(len(MEMBERS)))
def test_members_of_the_lists_are_found(gazetteer: Gazetteer, text: str,
                                        expected: list[str]) -> None:
    assert [m.label for m in gazetteer.find(text)] == expected


# Ordinary words and first names that are the short names of list members: without the
# legal form or group word they name nothing.
LOOK_ALIKES = [
    "Senior managers went hunting for capita figures; we believe the wharf was busy.",
    "Die Kinder spielten mit Lego, ein Giant-Slalom; Suse und Monica lasen Honor.",
    "The judo champion was a challenger; perpetual motion; Magellan sailed; affirm it.",
    "A vivo performance about you; the smart cosmos; whisper to the operator; a writer.",
    "Das Mobiliar stand im Flur; Continentale Küche; A Direct Line to the Principal.",
    "Popular Discovery; Momentum in Schwäbisch Hall; the Future Fund; a Solaris sky.",
    "A Kernel of truth; Lotes of luck.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES, ids=range(len(LOOK_ALIKES)))
def test_ordinary_words_of_member_names_are_no_entities(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.find(text) == []


@pytest.mark.parametrize(("label", "kind", "parents", "developers"), [
    ("Clearstream", "FinancialInstitution", ("Deutsche Börse",), ()),
    ("Sogou", "Company", ("Tencent Holdings",), ()),
    ("Weights & Biases", "Company", ("CoreWeave",), ()),
    ("GAC Aion", "Company", ("Guangzhou Automobile Group",), ()),
    ("GPT-4 Turbo", "AIModel", (), ("OpenAI",)),
    ("Exaone", "AIModel", (), ("LG Corp.",)),
    ("Permanent TSB", "FinancialInstitution", (), ()),
    ("Norisbank", "FinancialInstitution", ("Deutsche Bank",), ()),
    ("Direct Line Group", "Company", ("Aviva",), ()),
    ("Canada Life", "Company", ("Great-West Lifeco",), ()),
    ("LCH Group", "FinancialInstitution", ("London Stock Exchange Group",), ()),
    ("Eurex Clearing", "FinancialInstitution", ("Deutsche Börse",), ()),
])
def test_members_carry_their_facts(catalogue: Catalogue, label: str, kind: str,
                                   parents: tuple[str, ...],
                                   developers: tuple[str, ...]) -> None:
    entry = catalogue.get(label)
    assert entry is not None
    assert (entry.type, entry.parents, entry.developers) == (kind, parents, developers)


@pytest.mark.parametrize(("label", "exchange"), [
    ("Sodexo", "Euronext Paris"),
    ("Gedeon Richter", "Budapest Stock Exchange"),
    ("Toshiba", None),
    ("Macronix International", "Taiwan Stock Exchange"),
])
def test_members_are_listed_on_their_home_exchange(catalogue: Catalogue, label: str,
                                                   exchange: str | None) -> None:
    """Toshiba left the exchange when it was taken private: it has no listing."""
    entry = catalogue.get(label)
    assert entry is not None
    assert entry.listed_on == ((exchange,) if exchange else ())


def test_an_added_member_is_an_entity_of_an_article(extractor: Extractor) -> None:
    """The extractor, not only the matcher, knows the added members."""
    x = run(extractor, "Der Caterer Sodexo steigerte den Umsatz, der Zulieferer Valeo "
                       "senkte die Prognose.")
    assert {"Sodexo", "Valeo"} <= {e.label for e in x.entities}



@pytest.mark.parametrize(("word", "owners"), [
    ("Merck", {"Merck & Co.", "Merck KGaA", "Merck Research Laboratories"}),
    ("Intuitive", {"Intuitive Surgical"}),
    ("Southern", {"Southern Company"}),
    ("Loomis", {"Loomis AB"}),
    ("Hexagon", {"Hexagon AB"}),
    ("Origin", {"Origin Energy"}),
    ("Swire", {"Swire Pacific"}),
    ("Mirae", {"Mirae Asset"}),
    ("Poste", {"Poste Italiane"}),
])
def test_no_member_takes_a_listed_company_s_short_name(catalogue: Catalogue, word: str,
                                                       owners: set[str]) -> None:
    """"Merck" after "Merck & Co.", "Intuitive" after "Intuitive Surgical": an article's
    short name names its company only where no other catalogued organisation's name opens
    with the word, so list members such as Merck Finck, Intuitive Machines or Southern
    Copper are left out (the short name would then name neither)."""
    found = {entry.label for entry in catalogue.entries.values()
             if entry.type not in ("Person", "Place", "Product", "AIModel", "Event")
             and any(name.startswith(word + " ") for name in entry.names)}
    assert found == owners


@pytest.mark.parametrize(("label", "industries"), [
    ("Sodexo", {"consumer_goods"}),
    ("Kasikornbank", {"banks"}),
    ("Hanwha Life", {"insurers"}),
    ("Swedbank Robur", {"asset_managers"}),
    ("Euroclear", {"financial_services"}),
    ("Changan Automobile", {"automotive"}),
])
def test_added_members_have_their_industries(label: str, industries: set[str]) -> None:
    assert load_industries().get(label) == industries


@pytest.mark.parametrize(("lang", "headline", "body"), [
    ("en", "Kasikornbank lifts outlook",
     "Kasikornbank raised its outlook on Tuesday. Hanwha Life reported results as well. "
     "The insurer now expects revenue of $20 billion this year."),
    ("de", "Kasikornbank hebt Prognose an",
     "Kasikornbank hob am Dienstag die Prognose an. Auch Hanwha Life legte Zahlen vor. "
     "Der Versicherer erwartet nun einen Umsatz von 20 Milliarden Dollar."),
], ids=["en", "de"])
def test_an_industry_noun_names_the_added_member_of_that_industry(
        extractor: Extractor, lang: str, headline: str, body: str) -> None:
    """"The insurer" is Hanwha Life, not the bank the headline names: the added members
    carry their industries, so the noun passes over a company of another one."""
    x = run(extractor, body, lang=lang, headline=headline)
    assert {(f.about, f.metric) for f in x.figures} == {("Hanwha Life", "Revenue")}
