"""Families of construction met in analyst and results news, each holding in any article,
on sentences written for these tests (catalogued companies, invented facts):

- the rival a company competes or wins against ("we keep winning against X and Y",
  "im Wettbewerb mit X und Y") adds nothing to what the article is about: an article whose
  own company is not found takes no subject, and so no figures, from the rivals it names so;
  a company named so and also as the subject keeps its figures;
- a bank a value is for, named right after it ("targets of 102 pence for Lloyds, 560 pence
  for NatWest"), is rated there, never the house of the next value: the targets are the house's
  named before, and the banks cover none of each other, and a figure of such a bank in that
  sentence is its own, not the house's; a house named after a target with no "for" before it
  still sets it;
- a sentence that names only the rivals a rated company competes with ("Der Autobauer leide
  unter dem Wettbewerb mit X und Y") goes on about the rating before it: the share move after it is
  the rated company's, not that of a share named before the rating; a sentence naming a company
  of its own in between still ends the rating's passage.

Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from helpers import metric_facts, run, triples

from kg.nlp.extract import Extractor

# --- the rival a company competes or wins against --------------------------------------


def test_rivals_won_against_do_not_take_the_articles_figures(extractor: Extractor) -> None:
    x = run(extractor, "Revenue rose 12% to $410 million in the quarter. \"We keep winning deals "
            "against SAP and Oracle,\" the chief executive said. In Europe the group still "
            "competes with SAP for large retailers. Operating profit rose 8% to $61 million.",
            lang="en", headline="Quarterly revenue beats estimates")
    abouts = {f.about for f in x.figures}
    assert "SAP" not in abouts and "Oracle" not in abouts


def test_a_subject_that_also_competes_keeps_its_figures(extractor: Extractor) -> None:
    x = run(extractor, "SAP said revenue rose 9% to 8.5 billion euros in the quarter. SAP "
            "competes with Oracle and Salesforce for large retailers, and it keeps winning "
            "against Oracle in Europe.", lang="en", headline="SAP revenue beats estimates")
    assert ("SAP", 8500000000) in metric_facts(x, "Revenue")


def test_german_rivals_in_competition_take_no_figures(extractor: Extractor) -> None:
    x = run(extractor, "Der Umsatz stieg im Quartal um 12 Prozent auf 410 Millionen Euro. Im "
            "harten Wettbewerb mit SAP und Oracle gewinne man Kunden, sagte der Chef. Auch in "
            "Asien konkurriert die Gruppe mit SAP. Das operative Ergebnis stieg auf 61 Millionen Euro.",
            headline="Umsatz steigt kräftig")
    abouts = {f.about for f in x.figures}
    assert "SAP" not in abouts and "Oracle" not in abouts


def test_german_subject_in_competition_keeps_its_figures(extractor: Extractor) -> None:
    x = run(extractor, "SAP steigerte den Umsatz im Quartal um 9 Prozent auf 8,5 Milliarden "
            "Euro. SAP steht im Wettbewerb mit Oracle und Salesforce.",
            headline="SAP wächst kräftig")
    assert ("SAP", 8500000000) in metric_facts(x, "Revenue")


# --- a bank a value is for is no house ---------------------------------------------------


def _houses(x, metric: str = "PriceTarget") -> dict[str, str | None]:
    return {f.about: f.estimated_by for f in x.figures if f.metric == metric}


def test_banks_valued_in_one_sentence_are_no_houses(extractor: Extractor) -> None:
    x = run(extractor, "Citi analyst Jane Moor cut HSBC, Barclays and Lloyds to neutral. She "
            "lowered her price targets to 900 pence for HSBC, 280 pence for Barclays and 85 pence "
            "for Lloyds.", lang="en", headline="UK banks fall")
    assert _houses(x) == {"HSBC": "Citigroup", "Barclays": "Citigroup",
                          "Lloyds Banking Group": "Citigroup"}
    assert not {("HSBC", "covers", "Barclays"), ("Barclays", "covers", "Lloyds Banking Group")} & triples(x)


def test_a_valued_banks_own_figure_in_that_sentence_is_its_own(extractor: Extractor) -> None:
    x = run(extractor, "Citi analyst Jane Moor cut HSBC and Barclays to neutral. She lowered her "
            "price targets to 900 pence for HSBC and 280 pence for Barclays, and now sees "
            "Barclays' net interest margin at 3.1% next year.", lang="en", headline="UK banks fall")
    margins = {(f.about, f.estimated_by) for f in x.figures if f.metric == "Other"}
    assert ("Barclays", "Citigroup") in margins
    assert not any(about == "Citigroup" for about, _ in margins)


def test_german_banks_valued_in_one_sentence_are_no_houses(extractor: Extractor) -> None:
    x = run(extractor, "Die Analysten von Jefferies senkten Commerzbank und Deutsche Bank auf "
            "\"Hold\". Die Kursziele liegen nun bei 30 Euro für die Commerzbank und 24 Euro für "
            "die Deutsche Bank.", headline="Bankaktien unter Druck")
    assert _houses(x).get("Deutsche Bank") == "Jefferies"
    assert ("Commerzbank", "covers", "Deutsche Bank") not in triples(x)


def test_a_house_named_after_its_target_still_sets_it(extractor: Extractor) -> None:
    x = run(extractor, "Lloyds shares fell 2% to 95 pence. With a target of 110 pence, Barclays "
            "stays positive on the lender.", lang="en", headline="Lloyds slips")
    assert _houses(x).get("Lloyds Banking Group") == "Barclays"


# --- a sentence of rivals after a rating --------------------------------------------------


def _moves_of(x) -> set[tuple[str, float]]:
    return {(f.about, float(f.value)) for f in x.figures
            if f.metric == "StockPriceChange" and f.value is not None}


def test_share_after_a_sentence_of_rivals_is_the_rated_companys(extractor: Extractor) -> None:
    x = run(extractor, "Die SAP-Aktie stieg um 2,0 Prozent auf 210 Euro. Dagegen senkte "
            "Analystin Eva Roth von Barclays ihr Votum für Mercedes-Benz von \"Buy\" auf "
            "\"Hold\". Der Autobauer leide unter dem Wettbewerb mit BYD und Tesla, schrieb sie. "
            "Die Aktie fiel um 4,1 Prozent.", headline="Aktien im Blick")
    assert ("Mercedes-Benz Group", -4.1) in _moves_of(x)
    assert ("SAP", -4.1) not in _moves_of(x)


def test_a_sentence_naming_its_own_company_ends_the_ratings_passage(extractor: Extractor) -> None:
    x = run(extractor, "Die SAP-Aktie stieg um 2,0 Prozent auf 210 Euro. Dagegen senkte "
            "Analystin Eva Roth von Barclays ihr Votum für Mercedes-Benz von \"Buy\" auf "
            "\"Hold\". Siemens profitiere dagegen vom Wettbewerb mit ABB, schrieb sie. "
            "Die Aktie fiel um 4,1 Prozent.", headline="Aktien im Blick")
    assert ("Mercedes-Benz Group", -4.1) not in _moves_of(x)
