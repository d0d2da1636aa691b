"""A group noun ("der Konzern", "the group", "der Vorstand") after a sentence
whose subject is a subsidiary of the article's company means the group, not
the subsidiary; a company noun ("das Unternehmen", "the company") may be the
subsidiary itself and stays with it. Sentences written for the test (names of
real companies beside invented ones, all facts invented)."""

from __future__ import annotations

import re

from helpers import run

from kg.catalogue import Catalogue, CatalogueEntry
from kg.nlp.document import ISSUER_TYPES, Document, Sentence
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Mention
from kg.nlp.salience import antecedent, scores

LEAD = ("Der Rückversicherer Munich Re hat im dritten Quartal mehr verdient. "
        "Der Überschuss stieg auf 1,7 Milliarden Euro. ")
HEADLINE = "Munich Re verdient mehr"


def _figures(extractor: Extractor, body: str, headline: str = HEADLINE) -> set[tuple[str, float]]:
    return {(f.about, float(f.value)) for f in run(extractor, body, headline=headline).figures}


def test_the_group_after_its_subsidiary_is_the_group(extractor: Extractor) -> None:
    found = _figures(extractor, LEAD + "Die Tochter Vendra steigerte den Umsatz um 4 Prozent. "
                     "Der Konzern bekräftigte das Gewinnziel von 6 Milliarden Euro.")
    assert ("Munich Re", 6e9) in found
    assert ("Vendra", 6e9) not in found


def test_a_compound_subsidiary_noun_and_the_board_speak_for_the_group(
        extractor: Extractor) -> None:
    found = _figures(extractor, LEAD + "Die Erstversicherungstochter Vendra steigerte den Umsatz "
                     "um 4 Prozent. Für das Gesamtjahr bekräftigte der Vorstand das Gewinnziel "
                     "von 6 Milliarden Euro.")
    assert ("Munich Re", 6e9) in found
    assert ("Vendra", 6e9) not in found


def test_the_company_after_a_subsidiary_stays_with_the_subsidiary(extractor: Extractor) -> None:
    """The look-alike: "das Unternehmen" may be the subsidiary itself."""
    found = _figures(extractor, LEAD + "Die Tochter Vendra steigerte den Umsatz um 4 Prozent. "
                     "Das Unternehmen erwartet einen Gewinn von 90 Millionen Euro.")
    assert ("Vendra", 9e7) in found
    assert ("Munich Re", 9e7) not in found


def test_a_listed_subsidiary_and_a_rival_stay_themselves(extractor: Extractor) -> None:
    """Look-alikes: a subsidiary listed on its own reports as an issuer of its
    own; a rival named as the subject is no part of the group."""
    listed = _figures(extractor, "Der Versicherer Talanx hat im dritten Quartal mehr verdient. "
                      "Der Überschuss stieg auf 1,7 Milliarden Euro. Die Tochter Hannover Rück "
                      "steigerte den Gewinn um 5 Prozent. Der Konzern bekräftigte das Gewinnziel "
                      "von 2,4 Milliarden Euro.", headline="Talanx verdient mehr")
    assert ("Talanx", 2.4e9) not in listed
    rival = _figures(extractor, LEAD + "Der Konkurrent Swiss Re meldete ebenfalls mehr Gewinn. "
                     "Der Konzern erwartet einen Gewinn von 4 Milliarden Euro.")
    assert ("Munich Re", 4e9) not in rival


_TYPES = {"Alphabet": "Company", "Corvex": "Company", "Siemens": "Company", "Waymo": "Company",
          "Zoox": "Company", "Amazon": "Company"}
_CATALOGUE = Catalogue({
    "Alphabet": CatalogueEntry("Alphabet", "Company", tickers=("GOOGL",)),
    "Siemens": CatalogueEntry("Siemens", "Company", tickers=("SIE",)),
    "Waymo": CatalogueEntry("Waymo", "Company", parents=("Alphabet",)),
    "Zoox": CatalogueEntry("Zoox", "Company", parents=("Amazon",)),
    "Amazon": CatalogueEntry("Amazon", "Company", tickers=("AMZN",)),
})
_NAMES = re.compile("|".join(_TYPES))


def _resolve(second: str, reference: str) -> str | None:
    """What ``reference`` (opening the last sentence) means in an English
    article about Alphabet whose second sentence is ``second``."""
    texts = ["Alphabet profit rises", "Alphabet reported higher profit on Tuesday.", second,
             f"{reference} confirmed its outlook."]
    sentences, start = [], 0
    for index, text in enumerate(texts):
        mentions = [Mention(start + m.start(), start + m.end(), m.group(), _TYPES[m.group()],
                            m.group()) for m in _NAMES.finditer(text)]
        sentences.append(Sentence(start=start, text=text, mentions=mentions, index=index))
        start += len(text) + 1
    doc = Document(lang="en", sentences=sentences, catalogue=_CATALOGUE)
    doc.salience = scores(doc, len(texts[0]), lambda s: False)
    last = sentences[-1]
    return antecedent(doc, last, frozenset({"Company"}), last.start, main_types=ISSUER_TYPES,
                      group=reference == "The group")


def test_english_units_presented_in_the_text_or_the_catalogue() -> None:
    for second in ("Its subsidiary Corvex raised its revenue.",
                   "Waymo raised its revenue."):
        assert _resolve(second, "The group") == "Alphabet", second
        assert _resolve(second, "The company") != "Alphabet", second


def test_a_former_unit_or_a_unit_of_another_owner_stays_itself() -> None:
    for second in ("The former unit Corvex raised its revenue.",
                   "Zoox raised its revenue."):
        assert _resolve(second, "The group") != "Alphabet", second
