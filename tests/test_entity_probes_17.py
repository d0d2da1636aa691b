"""Entity probes on sentences written for the test.

* A catalogued short name that is also a common word ("Verbund" of "Verbund AG") names the
  company when it opens a compound with a share or job word ("Verbund-Aktie", "Verbund-Chef"),
  never in other compounds, joined words or its ordinary use ("im Verbund mit").
* Regulators and ministries of finance or economy by their usual names and initials
  ("die Zulassungsbehörde EMA", "das italienische Wirtschaftsministerium", "the PMDA"); a
  ministry without its country names none.
* "won in Seoul": the Korea Exchange trades in Seoul, where a move of a share is reported.

The catalogue names are real, the other names and all sentences invented.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.nlp.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _labels(extractor: Extractor, text: str, lang: str) -> set[str]:
    return {e.label for e in run(extractor, text, lang=lang).entities}


@pytest.mark.parametrize("text", [
    "Die Verbund-Aktie legte um 3,1 Prozent zu.",
    "Verbund-Aktien verbilligten sich um 1,4 Prozent auf 61,20 Euro.",
    "Verbund-Chef Karl Beispiel kündigte höhere Investitionen in Wasserkraft an.",
])
def test_common_word_short_name_in_a_share_or_job_compound(extractor: Extractor,
                                                          text: str) -> None:
    assert "Verbund AG" in _labels(extractor, text, "de")


@pytest.mark.parametrize("text", [
    "Das Verbund-Projekt der Stadtwerke soll 2028 fertig werden.",
    "Das Verbundnetz der Region wird um 40 Kilometer erweitert.",
    "Im Verbund mit zwei Partnern baut Siemens ein neues Werk.",
    "Der Verkehrsverbund-Chef Otto Probe forderte mehr Geld vom Land.",
])
def test_common_word_short_name_elsewhere_names_nothing(extractor: Extractor,
                                                       text: str) -> None:
    assert "Verbund AG" not in _labels(extractor, text, "de")


def test_painting_compound_is_no_company(extractor: Extractor) -> None:
    assert "Leonardo S.p.A." not in _labels(
        extractor, "Ein Leonardo-Gemälde erzielte bei der Auktion einen Rekordpreis.", "de")


@pytest.mark.parametrize(("text", "lang", "label"), [
    ("Die europäische Zulassungsbehörde EMA prüft den Antrag im beschleunigten Verfahren.",
     "de", "European Medicines Agency"),
    ("Größter Aktionär des Versorgers ist das italienische Wirtschaftsministerium.",
     "de", "Italian Ministry of Economy and Finance"),
    ("Das französische Finanzministerium will seinen Anteil an dem Autobauer halten.",
     "de", "French Ministry of Economy and Finance"),
    ("Japan's Finance Ministry said it stood ready to act against a weak yen.",
     "en", "Japanese Ministry of Finance"),
    ("The drug won approval from the PMDA in March.",
     "en", "Pharmaceuticals and Medical Devices Agency"),
    ("China's NMPA accepted the filing for review.",
     "en", "National Medical Products Administration"),
    ("The MHRA granted the vaccine a conditional licence.",
     "en", "Medicines and Healthcare products Regulatory Agency"),
])
def test_regulators_and_ministries_by_usual_names(extractor: Extractor, text: str, lang: str,
                                                   label: str) -> None:
    assert label in _labels(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Das Wirtschaftsministerium in Berlin prüft den Antrag.", "de"),
    ("The finance ministry said tax revenue rose.", "en"),
])
def test_ministry_without_its_country_names_none(extractor: Extractor, text: str,
                                                 lang: str) -> None:
    found = _labels(extractor, text, lang)
    assert not {"Italian Ministry of Economy and Finance", "French Ministry of Economy and Finance",
                "Japanese Ministry of Finance", "Spanish Ministry of Finance"} & found


def test_move_in_seoul_is_on_the_korea_exchange(extractor: Extractor) -> None:
    x = run(extractor, "Shares of SK Hynix rose 4.2% to 512,000 won in Seoul.", lang="en")
    assert ("SK Hynix", "listedOn", "Korea Exchange") in triples(x)


def test_office_in_seoul_is_no_listing(extractor: Extractor) -> None:
    x = run(extractor, "SK Hynix opened a new research office in Seoul.", lang="en")
    assert "Korea Exchange" not in {e.label for e in x.entities}


def test_one_stock_beside_an_index_trades_in_the_city(extractor: Extractor) -> None:
    """"The stock" opens the sentence: the article's company's shares, not the market's."""
    x = run(extractor, "SK Hynix posted record profit. SK Hynix expects more HBM orders. "
                       "The stock rose 6.1% to 512,000 won in Seoul, outpacing a 0.4% gain "
                       "in the benchmark Kospi index.", lang="en", headline="SK Hynix profit jumps")
    assert ("SK Hynix", "listedOn", "Korea Exchange") in triples(x)


def test_market_beside_an_index_names_no_listing(extractor: Extractor) -> None:
    """Stocks in general beside an index: no company's venue."""
    x = run(extractor, "SK Hynix posted record profit. SK Hynix expects more HBM orders. "
                       "Stocks rose 0.4% in Seoul, led by the benchmark Kospi index.",
            lang="en", headline="SK Hynix profit jumps")
    assert not [t for t in triples(x) if t[1] == "listedOn"]


def test_opening_city_then_a_move_is_the_venue(extractor: Extractor) -> None:
    x = run(extractor, "Chip stocks fell. In Tokyo, Sony (6758.T) closed down 2.9% at 3,150 yen.",
            lang="en")
    assert ("Sony Group", "listedOn", "Tokyo Stock Exchange") in triples(x)


@pytest.mark.parametrize("text", [
    # the city belongs to the clause before the comma
    "Prices rose in Tokyo, Sony (6758.T) said, and its sales climbed 4%.",
    # a city that opens the sentence before a plan, not a move of shares
    "In Tokyo, Sony (6758.T) opened a new design studio with 300 staff.",
])
def test_city_without_a_move_after_it_is_no_venue(extractor: Extractor, text: str) -> None:
    assert not [t for t in triples(run(extractor, text, lang="en")) if t[1] == "listedOn"]


@pytest.mark.parametrize(("text", "place"), [
    ("Der Speicherchiphersteller aus Icheon erhöhte die Investitionen.", "Icheon"),
    ("Der Konzern aus Seongnam baut ein zweites Werk.", "Seongnam"),
])
def test_city_without_its_municipal_suffix(extractor: Extractor, text: str, place: str) -> None:
    """The city list has "Icheon-si", "Seongnam-si"; the news write the name alone."""
    assert place in _labels(extractor, text, "de")


def test_unlisted_word_after_aus_is_no_place(extractor: Extractor) -> None:
    """Only the names of the list lose the suffix: an unknown word stays no place."""
    assert "Brelsi" not in _labels(extractor, "Der Konzern aus Brelsi baut ein Werk.", "de")


@pytest.mark.parametrize(("text", "place"), [
    ("Das neue Werk im ungarischen Szeged soll 2027 die Produktion aufnehmen.", "Szeged"),
    ("Der Zulieferer mit Sitz im oberfränkischen Coburg stellte neue Sensoren vor.", "Coburg"),
])
def test_city_after_a_region_adjective(extractor: Extractor, text: str, place: str) -> None:
    assert place in _labels(extractor, text, "de")


@pytest.mark.parametrize(("text", "word"), [
    ("Das Werk im kommenden Jahr Gewinne schreiben soll, sagte Muster.", "Jahr"),
    ("Das Werk im laufenden Betrieb umzubauen, kostet Zeit.", "Betrieb"),
])
def test_no_city_after_a_time_adjective(extractor: Extractor, text: str, word: str) -> None:
    assert word not in _labels(extractor, text, "de")


@pytest.mark.parametrize(("text", "place"), [
    ("Der Abfüllanlagenbauer aus Neutraubling überzeugte mit einer hohen Marge.", "Neutraubling"),
    ("Der Maschinenbauer aus Dingolfing stellte neue Pressen vor.", "Dingolfing"),
])
def test_bavarian_town_ending_after_a_company_noun(extractor: Extractor, text: str,
                                                    place: str) -> None:
    assert place in _labels(extractor, text, "de")


@pytest.mark.parametrize(("text", "word"), [
    ("Der Dienstleister aus Consulting und Marketing wuchs kräftig.", "Consulting"),
    ("Der Anbieter aus Leasing-Geschäften wuchs kräftig.", "Leasing"),
])
def test_loanword_after_a_company_noun_is_no_town(extractor: Extractor, text: str,
                                                 word: str) -> None:
    assert word not in _labels(extractor, text, "de")
