"""German company news, on families of construction that hold in any article, on sentences
written for these tests (catalogued companies, invented figures): a drug's kind noun without
a name opening the sentence ("Das Mittel soll … einen Umsatz von … erzielen") makes the figure
the drug's the sentences before name, and no one's where they name none or several, never the
maker's; a business word ("das Autogeschäft") said of a company without such a unit names no
unit of the article's other company by a mere opening of a word ("DS Automobiles"); a city's
adjective after a given name and before no noun is a surname ("Katja Bremer"), no place; a
membership ended ("war bis 2020 im Dax vertreten", "der ehemalige Dax-Konzern") is no memberOf.
Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from helpers import run

from kg.nlp.extract import Extractor

# --- a city's adjective as a surname ----------------------------------------------------------


def test_city_adjective_after_a_given_name_is_no_place(extractor: Extractor) -> None:
    x = run(extractor, "Katja Bremer\n07.12.2026 - 08:30 Uhr\nDie Allianz legte um 2 Prozent zu. "
            "Analyst Thomas Leipziger sagte, die Aktie sei günstig.", headline="Versicherer gefragt")
    assert {"Bremen", "Leipzig"}.isdisjoint({e.label for e in x.entities})


def test_city_adjective_before_a_company_noun_stays_the_place(extractor: Extractor) -> None:
    """Look-alike: the adjective before a noun and a name is the firm's seat."""
    x = run(extractor, "Der Bremer Konzern Muster AG wächst.", headline="Marktbericht")
    assert "Bremen" in {e.label for e in x.entities}
