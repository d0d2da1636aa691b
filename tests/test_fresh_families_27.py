"""Families of construction that hold in any article, on sentences written for
these tests: a catalogue name ending in a number is no mention inside a later
version ("Ernie 5" in "Ernie 5.5"); "its … drug X" whose maker the catalogue
gives to another company the sentence named before the pronoun is read as
nobody's; a rival noun opening a sentence after one that named a company only
as its verb's object ("since it bought X. Rivals Y and Z …"), in an article
about two companies, makes Y and Z rivals of the passage's subject, not of X;
each with a look-alike where the old reading must stay."""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor

# --- a name ending in a number inside a later version ------------------------------------


def test_name_with_a_number_is_not_found_in_a_later_version(extractor: Extractor) -> None:
    x = run(extractor, "Baidu stellte in Peking das Sprachmodell Ernie 5.5 vor, das schneller "
            "antworten soll.", headline="Baidu zeigt neues Modell")
    labels = {e.label for e in x.entities}
    assert "Ernie 5.0" not in labels
    assert ("Baidu", "develops", "Ernie 5.0") not in triples(x)


def test_name_with_a_number_is_found_before_a_full_stop(extractor: Extractor) -> None:
    """Look-alike: the number ends the sentence; the name stands."""
    x = run(extractor, "Baidu stellte in Peking das Sprachmodell Ernie 5 vor. 5 Millionen "
            "Nutzer testeten es am ersten Tag.", headline="Baidu zeigt neues Modell")
    assert "Ernie 5.0" in {e.label for e in x.entities}


# --- "its … drug X" whose catalogue maker the sentence named before ----------------------


_TAKEOVER = ("AbbVie said on Monday it would buy Ionis Pharmaceuticals for about $18 billion, "
             "betting on new heart drugs as its best-selling arthritis drug Humira loses sales.")


def test_possessive_does_not_give_a_product_to_the_company_named_last(extractor: Extractor) -> None:
    x = run(extractor, _TAKEOVER, lang="en", headline="AbbVie to buy Ionis")
    assert ("Ionis Pharmaceuticals", "develops", "Humira") not in triples(x)


def test_possessive_product_of_the_only_company_stays(extractor: Extractor) -> None:
    """Look-alike: only the maker is named, so "its" is the maker's."""
    x = run(extractor, "AbbVie said on Monday its best-selling arthritis drug Humira lost "
            "sales to cheaper copies.", lang="en", headline="AbbVie quarter")
    assert ("AbbVie", "develops", "Humira") in triples(x)


# --- a rival noun after a sentence that named a company as an object --------------------


_TWO = ("Pfizer said on Monday it would buy Insmed for about $30 billion in cash, betting on "
        "Insmed's lung drugs. Pfizer will pay $104 per share, a premium of 42% to Insmed's "
        "closing price on Friday. Insmed shares jumped 38% to $101.20, while Pfizer's stock "
        "slipped 1.4%. ")
_RIVALS = "Rivals Novartis and Amgen have also spent billions on lung medicines this year."


def test_rivals_after_an_object_are_not_the_objects(extractor: Extractor) -> None:
    x = run(extractor, _TWO + "The purchase is Pfizer's largest since it bought Allergan in 2020. "
            + _RIVALS, lang="en", headline="Pfizer to buy Insmed")
    found = triples(x)
    assert not any("Allergan" in (s, o) for s, p, o in found if p == "competitorOf")
    assert ("Pfizer", "acquired", "Allergan") in found


def test_rivals_after_a_subject_stay_its_rivals(extractor: Extractor) -> None:
    """Look-alike: the company opens the sentence before, so the rivals are its."""
    x = run(extractor, _TWO + "Allergan raised its sales forecast last week. " + _RIVALS,
            lang="en", headline="Pfizer to buy Insmed")
    found = triples(x)
    assert ("Allergan", "competitorOf", "Novartis") in found
    assert ("Allergan", "competitorOf", "Amgen") in found


# --- goods named by a model code, supplied to a customer -------------------------------


def test_goods_with_a_model_code_supplied_to_a_customer(extractor: Extractor) -> None:
    x = run(extractor, "Samsung Electronics said it began supplying its HBM4 memory chips to "
            "Nvidia in October.", lang="en", headline="Samsung quarter")
    assert ("Samsung Electronics", "supplierOf", "Nvidia") in triples(x)


def test_a_capitalised_name_before_to_is_no_goods(extractor: Extractor) -> None:
    """Look-alike: "its Siemens stake" names a company, and a stake is handed over, not supplied."""
    x = run(extractor, "Bosch said it was selling its Siemens Healthineers shares to Allianz "
            "this month.", lang="en", headline="Bosch deal")
    assert ("Bosch", "supplierOf", "Allianz") not in triples(x)


# --- capacity rented from a company -----------------------------------------------------


def test_capacity_rented_from_a_company_is_supplied(extractor: Extractor) -> None:
    x = run(extractor, "Meta Platforms also signed a $14 billion deal to rent computing capacity "
            "from CoreWeave over six years.", lang="en", headline="Meta spending")
    assert ("CoreWeave", "supplierOf", "Meta Platforms") in triples(x)


def test_rent_as_a_noun_makes_no_supplier(extractor: Extractor) -> None:
    """Look-alike: "rent" a noun of money received; the payer supplies nothing."""
    x = run(extractor, "Vonovia collected higher rent from Deutsche Bahn for its Berlin offices "
            "this year.", lang="en", headline="Vonovia results")
    assert ("Deutsche Bahn", "supplierOf", "Vonovia") not in triples(x)


# --- a participle far after the auxiliary ------------------------------------------------


def test_model_presented_after_a_long_middle_field(extractor: Extractor) -> None:
    x = run(extractor, "Der Suchmaschinenkonzern Baidu hat auf seiner Entwicklerkonferenz in "
            "Peking das Sprachmodell Ernie 5.5 vorgestellt.", headline="Baidu zeigt neues Modell")
    assert ("Baidu", "develops", "Ernie 5.5") in triples(x)


def test_participle_after_a_comma_is_another_clause(extractor: Extractor) -> None:
    """Look-alike: a comma closes the clause of "hat"; the model of the next clause is not
    read with a far auxiliary."""
    x = run(extractor, "Alibaba hat im Quartal mit seinem Cloud-Geschäft deutlich mehr umgesetzt, "
            "während in Peking das Sprachmodell Ernie 4.5 vorgestellt wurde.",
            headline="Alibaba Quartal")
    assert ("Alibaba Group", "develops", "Ernie 4.5") not in triples(x)


# --- a unit's name opening with a word cut short before "und" ---------------------------


_SEGMENTS = ("Krones steigerte im dritten Quartal den Umsatz um 10 Prozent auf 1,42 Milliarden "
             "Euro. Größter Treiber war das Segment Abfüll- und Verpackungstechnik. Dessen Umsatz "
             "wuchs um 12 Prozent auf 1,13 Milliarden Euro.")


def test_unit_name_with_a_word_cut_short(extractor: Extractor) -> None:
    x = run(extractor, _SEGMENTS, headline="Krones hebt die Prognose an")
    units = {e.label for e in x.entities if e.type == "BusinessUnit"}
    assert "Abfüll- und Verpackungstechnik" in units
    assert any(f.about == "Abfüll- und Verpackungstechnik" and f.metric == "Revenue" for f in x.figures)


def test_one_word_after_segment_stays_no_unit(extractor: Extractor) -> None:
    """Look-alike: one word after "Segment" is as often a market; no unit is made."""
    x = run(extractor, "Krones steigerte im dritten Quartal den Umsatz um 10 Prozent auf 1,42 "
            "Milliarden Euro. Im Segment Getränkedosen war die Nachfrage schwach.",
            headline="Krones hebt die Prognose an")
    assert not any(e.type == "BusinessUnit" for e in x.entities)


# --- a total counted since a start has no period -----------------------------------------


_RIDES = ("Baidus Robotaxi-Dienst Apollo Go wickelte im dritten Quartal 3,4 Millionen Fahrten ab, "
          "ein Plus von 210 Prozent. ")


def test_total_since_the_start_takes_no_period(extractor: Extractor) -> None:
    x = run(extractor, _RIDES + "Seit dem Start hat Apollo Go damit mehr als 17 Millionen Fahrten "
            "absolviert.", headline="Baidu-Aktie: Mehr Robotaxi-Fahrten")
    total = [f for f in x.figures if f.value == 17000000]
    assert total and all(f.period is None for f in total)


def test_count_of_the_next_sentence_keeps_the_quarter(extractor: Extractor) -> None:
    """Look-alike: no start is named, so the count is the quarter's the passage reports on."""
    x = run(extractor, _RIDES + "Davon entfielen 1,2 Millionen Fahrten auf Wuhan.",
            headline="Baidu-Aktie: Mehr Robotaxi-Fahrten")
    part = [f for f in x.figures if f.value == 1200000]
    assert part and all(f.period is not None for f in part)


# --- "has been X's supplier" -------------------------------------------------------------


def test_has_been_a_customers_supplier(extractor: Extractor) -> None:
    x = run(extractor, "SK Hynix, which has long been Nvidia's main supplier of memory chips, "
            "reported a record profit on Tuesday.", lang="en", headline="Chip results")
    assert ("SK Hynix", "supplierOf", "Nvidia") in triples(x)


def test_never_been_a_supplier_makes_none(extractor: Extractor) -> None:
    """Look-alike: the negation denies the supply."""
    x = run(extractor, "SK Hynix has never been Nvidia's supplier of memory chips, analysts said.",
            lang="en", headline="Chip results")
    assert ("SK Hynix", "supplierOf", "Nvidia") not in triples(x)
