"""Entity probes on sentences written for the test: news agencies and Asian brokerages.

* The catalogue holds the news agencies and financial newswires of the public agency lists
  (dpa-AFX, Dow Jones Newswires, AFP, Kyodo, Yonhap, the press-release wires …) as media
  companies. A longer printed name wins over the shorter catalogued one it begins with:
  "dpa-AFX" is no "dpa", "Dow Jones Newswires" no Dow Jones index, "the Nikkei business daily"
  no Nikkei index. The shorter names keep their own entity where they stand alone.
* A press release's dateline names its wire between slashes ("AUSTIN, Texas, Nov. 3, 2026
  /PRNewswire/ --"): that is the text's credit, so the wire is no entity there and takes none
  of the release's figures; named in a sentence it is found.
* The catalogue holds the large Indian, Japanese, Korean and Chinese brokerages and research
  houses as financial institutions; a broker's full name wins over its group's short name
  ("Kotak Institutional Equities" is no Kotak Mahindra Bank, "Hana Securities" no Hana
  Financial Group), so the rating goes to the broker, while the bank is found where it is
  meant.

Names of the companies covered are invented.
"""

from __future__ import annotations

import pytest
from helpers import run

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _of_type(x: Extraction, kind: str) -> set[str]:
    return {e.label for e in x.entities if e.type == kind}


def _labels(x: Extraction) -> set[str]:
    return {e.label for e in x.entities}


# (text, language, the label found, its type, the shorter catalogued label not found)
_AGENCIES = [
    ("Die Aktie der Brenmoor AG legte um 2 Prozent zu, wie Daten von dpa-AFX zeigten.", "de",
     "dpa-AFX", "Company", "Deutsche Presse-Agentur"),
    ("Ein Analyst sagte im Gespräch mit dem dpa-AFX Analyser, die Brenmoor AG sei zu teuer.",
     "de", "dpa-AFX", "Company", "Deutsche Presse-Agentur"),
    ("Brenmoor Corp shares rose 3%, according to Dow Jones Newswires.", "en",
     "Dow Jones Newswires", "Company", "Dow Jones Industrial Average"),
    ("Brenmoor Corp plans a new plant, the Nikkei business daily reported on Monday.", "en",
     "Nikkei Inc.", "Company", "Nikkei 225"),
    ("Brenmoor Corp will cut 500 jobs, Kyodo News reported.", "en", "Kyodo News", "Company",
     None),
    ("Brenmoor Co will build a battery plant in Ulsan, Yonhap reported.", "en",
     "Yonhap News Agency", "Company", None),
    ("Brenmoor SA will close two plants, AFP reported on Friday.", "en",
     "Agence France-Presse", "Company", None),
    ("Brenmoor Ltd posted higher profit, the Press Trust of India reported.", "en",
     "Press Trust of India", "Company", None),
    ("Brenmoor SpA wants to sell its unit, the news agency ANSA reported.", "en", "ANSA",
     "Company", None),
    ("Die Brenmoor AG meldet einen Gewinnsprung, wie die Austria Presse Agentur berichtete.",
     "de", "Austria Presse Agentur", "Company", None),
    ("Die Brenmoor AG aus Basel streicht Stellen, wie die Agentur Keystone-SDA meldete.", "de",
     "Keystone-SDA", "Company", None),
    ("Brenmoor Inc announced the results in a statement distributed by PR Newswire.", "en",
     "PR Newswire", "Company", None),
    ("Brenmoor Inc announced the results in a statement distributed by GlobeNewswire.", "en",
     "GlobeNewswire", "Company", None),
]


@pytest.mark.parametrize("text, lang, label, kind, shorter", _AGENCIES)
def test_news_agencies_are_media_companies_and_the_longer_name_wins(
        extractor: Extractor, text: str, lang: str, label: str, kind: str,
        shorter: str | None) -> None:
    x = run(extractor, text, lang=lang)
    assert label in _of_type(x, kind)
    if shorter is not None:
        assert shorter not in _labels(x)


@pytest.mark.parametrize("text, lang, label, kind", [
    ("Die Brenmoor AG wuchs kräftig, berichtete die Nachrichtenagentur dpa.", "de",
     "Deutsche Presse-Agentur", "Company"),
    ("Brenmoor Corp shares fell 2% while the Nikkei rose 1%.", "en", "Nikkei 225",
     "MarketIndex"),
])
def test_the_shorter_names_keep_their_entity_alone(extractor: Extractor, text: str, lang: str,
                                                   label: str, kind: str) -> None:
    assert label in _of_type(run(extractor, text, lang=lang), kind)


@pytest.mark.parametrize("text, lang", [
    ("AUSTIN, Texas, Nov. 3, 2026 /PRNewswire/ -- Brenmoor Systems Inc. today announced it will "
     "acquire Falkenried Labs for approximately $300 million in cash.", "en"),
    ("MÜNCHEN, 3. November 2026 /PRNewswire/ -- Die Brenmoor AG übernimmt die Falkenried GmbH "
     "für rund 300 Millionen Euro.", "de"),
])
def test_a_wire_between_slashes_in_the_dateline_is_a_credit(extractor: Extractor, text: str,
                                                            lang: str) -> None:
    x = run(extractor, text, lang=lang, headline="Brenmoor")
    assert "PR Newswire" not in _labels(x)
    assert all(f.about != "PR Newswire" for f in x.figures)


# (sentence, the broker found, the group's entity not found)
_BROKERS = [
    ("Brokerage Kotak Institutional Equities raised its target on Brenmoor Ltd to 900 rupees.",
     "Kotak Institutional Equities", "Kotak Mahindra Bank"),
    ("Kotak Securities cut its rating on Brenmoor Ltd to sell.", "Kotak Securities",
     "Kotak Mahindra Bank"),
    ("Axis Securities raised its target on Brenmoor Ltd to 450 rupees.", "Axis Securities",
     "Axis Bank"),
    ("Hana Securities raised its target on Brenmoor Co to 80,000 won.", "Hana Securities",
     "Hana Financial Group"),
    ("SMBC Nikko raised its target on Brenmoor Corp to 900 yen.", "SMBC Nikko Securities",
     "Sumitomo Mitsui Financial Group"),
    ("Analysts at Huatai raised their rating on Brenmoor Group to buy.", "Huatai Securities",
     None),
    ("Matsui Securities said retail buying of Brenmoor Corp shares doubled.",
     "Matsui Securities", None),
    ("Western Securities started coverage of Brenmoor Group with a buy rating.",
     "Western Securities", None),
]


@pytest.mark.parametrize("sentence, broker, group", _BROKERS)
def test_asian_brokerages_are_financial_institutions_over_their_groups(
        extractor: Extractor, sentence: str, broker: str, group: str | None) -> None:
    x = run(extractor, sentence, lang="en", headline="Brokers")
    assert broker in _of_type(x, "FinancialInstitution")
    if group is not None:
        assert group not in _labels(x)


def test_the_rating_goes_to_the_broker_not_its_bank(extractor: Extractor) -> None:
    x = run(extractor, "Brokerage Kotak Institutional Equities raised its rating on Brenmoor "
            "Ltd to add from reduce.", lang="en", headline="Brokers")
    assert {r.by for r in x.ratings} == {"Kotak Institutional Equities"}


def test_the_bank_is_still_found_by_its_short_name(extractor: Extractor) -> None:
    x = run(extractor, "Brenmoor Ltd took a loan from Kotak Mahindra Bank. Kotak shares rose "
            "1%.", lang="en", headline="Loans")
    assert "Kotak Mahindra Bank" in _of_type(x, "FinancialInstitution")
    assert "Kotak Institutional Equities" not in _labels(x)
