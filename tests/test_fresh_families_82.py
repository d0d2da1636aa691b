"""Analyst commentary inside running news, on families of construction that hold in any
article, on sentences written for these tests (catalogued companies and houses, invented
figures and invented companies): a house that rated the article's company forecasts that
company's figures ("Jefferies erwartet für 2027 einen operativen Gewinn von …"), not its own;
a rival named in the clause of a house an analyst phrase names ("Analystin X von Morgan
Stanley verweist auf …, wo der US-Rivale Y …") is the article company's rival; a ticker in
brackets after a bank's name names that bank once ("upgraded Wells Fargo & Co (NYSE:WFC) to
Outperform"), and a rating whose sentence names no house is not given by a bank rated just
before ("The firm kept an Outperform rating on …"); a bank noun after a house whose analyst
speaks ("KBW analyst X said the bank's cost cuts …") is the bank covered, and the analyst's
forecast after it ("She now sees 2027 earnings per share of …") the house's estimate of that
bank, dated by the year before its metric word; a name found by its ticker that ends in a
bank's word ("Harbor Crest Bancorp") is a bank; an apposition whose longer noun a relative
clause follows (", a Tainan-based maker of optical interconnects that counts Nvidia as its
largest customer,") closes, and the name inside it is neither what trades on the venue after
it nor what "the company" of the next sentence means. Each with a look-alike that keeps its
other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import labels, rating_facts, rival_pairs, run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def estimates(x: Extraction, metric: str) -> set[tuple[str, Decimal | None, str | None, str | None]]:
    """Each figure of ``metric`` as (about, value, house, period)."""
    return {(f.about, f.value, f.estimated_by, f.period) for f in x.figures if f.metric == metric}


# --- a house's forecast after its rating of the article's company ------------------------

def test_house_that_rated_the_company_forecasts_its_profit(extractor: Extractor) -> None:
    x = run(extractor, "Jefferies hat Siemens Energy von 'Hold' auf 'Buy' hochgestuft und das Kursziel auf "
                       "140 Euro angehoben. Der Konzern hatte zuletzt die Prognose bestätigt. Jefferies "
                       "erwartet für 2027 einen operativen Gewinn von 4,2 Milliarden Euro.",
            headline="Siemens Energy: Jefferies hebt auf 'Buy'")
    assert ("Siemens Energy", Decimal(4200000000), "Jefferies", "2027") in estimates(x, "Profit")
    assert not any(about == "Jefferies" for about, *_ in estimates(x, "Profit"))


def test_bank_of_the_article_keeps_its_own_outlook(extractor: Extractor) -> None:
    """Look-alike: the article is about the bank, which another house rated."""
    x = run(extractor, "Die Commerzbank hat im dritten Quartal mehr verdient. Die UBS bestätigte ihr "
                       "Votum 'Buy' für die Aktie. Die Commerzbank erwartet für 2027 einen Gewinn von "
                       "3,4 Milliarden Euro.",
            headline="Commerzbank: Gewinn steigt")
    [profit] = [f for f in x.figures if f.metric == "Profit"]
    assert (profit.about, profit.estimated_by, profit.status) == ("Commerzbank", None, "Guidance")


# --- a rival named in the clause of an analyst's house ----------------------------------

def test_rival_in_the_clause_of_an_analysts_house_is_the_companys(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie von Novo Nordisk stieg um 4 Prozent. Analystin Jana Roth von Morgan "
                       "Stanley verweist auf den Preisdruck in den USA, wo der US-Rivale Eli Lilly weiter "
                       "Marktanteile gewinnt.",
            headline="Novo Nordisk legt zu")
    assert frozenset({"Novo Nordisk", "Eli Lilly"}) in rival_pairs(x)
    assert frozenset({"Morgan Stanley", "Eli Lilly"}) not in rival_pairs(x)


def test_bank_speaking_for_itself_keeps_its_rival(extractor: Extractor) -> None:
    """Look-alike: the bank speaks as itself, no analyst phrase names it."""
    x = run(extractor, "Die Aktie der Deutschen Bank stieg um 2 Prozent. Die Deutsche Bank verweist auf "
                       "das starke Geschäft in den USA, wo der Rivale JPMorgan weiter Marktanteile gewinnt.",
            headline="Deutsche Bank legt zu")
    assert frozenset({"Deutsche Bank", "JPMorgan"}) in rival_pairs(x)


# --- a bank's ticker, and a rating after a bank rated ------------------------------------

def test_rating_without_a_house_is_not_the_bank_rated_before(extractor: Extractor) -> None:
    x = run(extractor, "Keefe, Bruyette & Woods upgraded Wells Fargo & Co (NYSE:WFC) to Outperform on "
                       "Tuesday. Shares of Chubb slipped 0.8%. The firm kept an Outperform rating on "
                       "Travelers Companies (NYSE:TRV), whose price target it lifted to $310.",
            lang="en", headline="KBW upgrades Wells Fargo")
    assert ("Keefe, Bruyette & Woods", "Wells Fargo", "Outperform") in rating_facts(x)
    assert ("Keefe, Bruyette & Woods", "Travelers Companies", "Outperform") in rating_facts(x)
    assert not any(by == "Wells Fargo" for by, _, _ in rating_facts(x))


def test_house_that_rated_a_company_goes_on_rating(extractor: Extractor) -> None:
    """Look-alike: the bank before rated a company, no bank; it is the house still."""
    x = run(extractor, "Citigroup kept its buy rating on Chubb (NYSE:CB) on Tuesday. Shares of Chubb "
                       "slipped 0.8%. The firm kept a buy rating on Travelers Companies (NYSE:TRV), whose "
                       "price target it lifted to $310.",
            lang="en", headline="Citi keeps buy on Travelers")
    assert ("Citigroup", "Travelers Companies", "buy") in rating_facts(x)


# --- a bank noun after a house whose analyst speaks -------------------------------------

def test_analysts_forecast_after_the_bank_noun_is_the_houses(extractor: Extractor) -> None:
    x = run(extractor, "Keefe, Bruyette & Woods upgraded Wells Fargo & Co to Outperform. KBW analyst Mara "
                       "Lindt said the bank's cost cuts should lift returns faster than expected. She now "
                       "sees 2027 earnings per share of $7.40.",
            lang="en", headline="KBW upgrades Wells Fargo")
    assert estimates(x, "EarningsPerShare") == {("Wells Fargo", Decimal("7.40"), "Keefe, Bruyette & Woods", "2027")}


def test_bank_officers_forecast_stays_the_banks_own(extractor: Extractor) -> None:
    """Look-alike: the bank's own officer speaks; no house is named."""
    x = run(extractor, "Wells Fargo said on Tuesday it raised its return target. Chief financial officer "
                       "Mara Lindt said the bank's cost cuts should lift returns faster than expected. She "
                       "now sees 2027 earnings per share of $7.40.",
            lang="en", headline="Wells Fargo lifts targets")
    assert estimates(x, "EarningsPerShare") == {("Wells Fargo", Decimal("7.40"), None, "2027")}


# --- a bank's word ending a name found by its ticker ------------------------------------

def test_name_ending_in_a_banks_word_is_a_bank(extractor: Extractor) -> None:
    x = run(extractor, "Piper Sandler initiated coverage of Harbor Crest Bancorp (NASDAQ:HCBC) at "
                       "Overweight. Shares of Delta Rig Robotics (NASDAQ:DRRB) rose 3%.",
            lang="en", headline="Bank stocks")
    kinds = {e.label: e.type for e in x.entities}
    assert kinds["Harbor Crest Bancorp"] == "FinancialInstitution"
    assert kinds["Delta Rig Robotics"] == "Company"  # look-alike: no bank's word


# --- a longer apposition closed by its relative clause ----------------------------------

_SUPPLIER = ("Shares of Kestrel Optics, a Tainan-based maker of optical interconnects{clause}, jumped "
             "8.1% on the Taipei Exchange. Yuanta Securities started coverage of the company with a buy "
             "rating.")


def test_name_in_a_longer_apposition_clause_neither_trades_nor_is_taken_up(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia said sales rose. "
                       + _SUPPLIER.format(clause=" that counts Nvidia as its largest customer"),
            lang="en", headline="Nvidia suppliers rally")
    assert ("Kestrel Optics", "listedOn", "Taipei Exchange") in triples(x)
    assert ("Nvidia", "listedOn", "Taipei Exchange") not in triples(x)
    assert ("Yuanta Financial Holding", "Kestrel Optics", "buy") in rating_facts(x)
    assert not any(about == "Nvidia" for _, about, _ in rating_facts(x))


def test_apposition_without_a_clause_reads_alike(extractor: Extractor) -> None:
    """Look-alike: no relative clause; the company named first is still the one."""
    x = run(extractor, "Nvidia said sales rose. " + _SUPPLIER.format(clause=""),
            lang="en", headline="Nvidia suppliers rally")
    assert "Kestrel Optics" in labels(x)
    assert ("Yuanta Financial Holding", "Kestrel Optics", "buy") in rating_facts(x)
