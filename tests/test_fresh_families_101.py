"""English news on US and European consumer, retail and travel companies, on families of
construction that hold in any article, on sentences written for these tests (catalogued
companies, invented figures and invented people): a dividend in "euro cents" is a hundredth
of a euro, not of a dollar; a sentence opening with "At" and a company frames it, so a title
opening a clause after the comma ("At Air France-KLM, whose shares have lagged, Chief
Executive X …") is that company's post, not the article's; a paragraph opened by a company
alone is about it, so a bare title in the sentence after it names no other organisation is
that company's post; a firm noun a possessive pronoun owns ("sell its beauty business to Y")
is a part of the seller, so Y acquires no company there; a seat compound with a state's
abbreviation ("the Norwalk, Conn.-based company") refers to the company seated there.
Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import run, triples

from kg.nlp.extract import Extractor

# --- a hundredth of a named currency ----------------------------------------------------


def test_euro_cents_are_a_hundredth_of_a_euro(extractor: Extractor) -> None:
    x = run(extractor, "Lufthansa proposed a dividend of 30 euro cents a share for 2026.",
            lang="en", headline="Lufthansa pays out")
    assert {(f.metric, f.value, f.unit) for f in x.figures if f.about == "Lufthansa"} \
        == {("Dividend", Decimal("0.3"), "EUR")}


def test_bare_cents_stay_a_hundredth_of_a_dollar(extractor: Extractor) -> None:
    """Look-alike: "cents" with no currency's name before it are the dollar's."""
    x = run(extractor, "Delta Air Lines raised its quarterly dividend to 20 cents a share.",
            lang="en", headline="Delta Air Lines pays out")
    assert {(f.metric, f.value, f.unit) for f in x.figures if f.about == "Delta Air Lines"} \
        == {("Dividend", Decimal("0.2"), "USD")}


# --- a sentence framed by "At" and a company ----------------------------------------------

_NIKE = "Nike will cut about 2,000 jobs, the sportswear maker said on Wednesday. "


def test_title_after_an_opening_frame_is_the_framed_company_s(extractor: Extractor) -> None:
    x = run(extractor, _NIKE + "At Air France-KLM, whose shares have lagged, Chief Executive Carla "
            "Moreau is pushing through €450 million of cost cuts.", lang="en", headline="Nike to cut jobs")
    assert ("Carla Moreau", "worksFor", "Air France-KLM") in triples(x)
    assert ("Carla Moreau", "worksFor", "Nike") not in triples(x)


def test_title_after_a_company_s_own_clause_is_not_the_company_s(extractor: Extractor) -> None:
    """Look-alike: the sentence opens with the company as a clause of its own, no frame; a
    title opening the clause after the comma is not its post."""
    x = run(extractor, _NIKE + "Air France-KLM shares have lagged, Chief Executive Carla Moreau said.",
            lang="en", headline="Nike to cut jobs")
    assert ("Carla Moreau", "worksFor", "Air France-KLM") not in triples(x)


# --- a paragraph opened by a company alone ------------------------------------------------

_NIKE_PARAGRAPH = ("Nike will cut about 2,000 jobs, the sportswear maker said on Wednesday. "
                   "Nike shares fell 2%.\n\n")


def test_bare_title_after_a_paragraph_opened_by_a_company_is_its_post(extractor: Extractor) -> None:
    x = run(extractor, _NIKE_PARAGRAPH + "Adidas, whose largest shareholder is a Gulf fund, has been "
            "cutting costs of its own. Chief Executive Maria Steinbach said in October the German brand "
            "would eliminate 900 office jobs.", lang="en", headline="Nike to cut jobs")
    assert ("Maria Steinbach", "worksFor", "Adidas") in triples(x)
    assert ("Maria Steinbach", "worksFor", "Nike") not in triples(x)


def test_bare_title_after_a_sentence_inside_the_paragraph_keeps_the_article_s_company(
        extractor: Extractor) -> None:
    """Look-alike: the company's sentence goes on the article's paragraph, no new one; the bare
    title stays the article's company's."""
    x = run(extractor, _NIKE_PARAGRAPH.replace("\n\n", " ") + "Adidas, whose largest shareholder is a "
            "Gulf fund, has been cutting costs of its own. Chief Executive Maria Steinbach said in "
            "October the company would eliminate 900 office jobs.", lang="en", headline="Nike to cut jobs")
    assert ("Maria Steinbach", "worksFor", "Adidas") not in triples(x)


def test_bare_title_naming_the_article_s_company_after_a_new_paragraph_is_not_the_opener_s(
        extractor: Extractor) -> None:
    """Look-alike: the title's sentence names the article's company, so it speaks of more than
    the paragraph's opener; the post is not read as the opener's."""
    x = run(extractor, _NIKE_PARAGRAPH + "Adidas, whose largest shareholder is a Gulf fund, has been "
            "gaining share. Chief Executive Maria Steinbach said in October that Nike would fight back.",
            lang="en", headline="Nike to cut jobs")
    assert ("Maria Steinbach", "worksFor", "Adidas") not in triples(x)


# --- a business the seller's pronoun owns ---------------------------------------------------


def test_business_owned_by_the_seller_s_pronoun_is_not_the_company_acquired(extractor: Extractor) -> None:
    x = run(extractor, "Kering has pledged to cut its net debt and said the group would sell its beauty "
            "business to L'Oréal for €4bn.", lang="en", headline="Kering results")
    assert ("L'Oréal", "acquired", "Kering") not in triples(x)


def test_named_unit_sold_to_a_buyer_is_acquired(extractor: Extractor) -> None:
    """Look-alike: the unit sold is named; the buyer acquires it."""
    x = run(extractor, "Kering said it would sell Gucci to L'Oréal.", lang="en", headline="Kering results")
    assert ("L'Oréal", "acquired", "Gucci") in triples(x)
    assert ("L'Oréal", "acquired", "Kering") not in triples(x)


# --- a seat compound with a state's abbreviation ---------------------------------------------

_TRAVEL = ("Expedia Group said bookings grew. Booking Holdings, the parent of Kayak, also said "
           "sales rose. ")


def test_seat_compound_naming_the_last_company_s_seat_keeps_it(extractor: Extractor) -> None:
    """Look-alike: the compound names the seat of the company named last; it stays that one's."""
    x = run(extractor, _TRAVEL + "The Norwalk, Conn.-based company raised its quarterly dividend "
            "to $10.56 a share.", lang="en", headline="Travel stocks rally")
    assert {f.about for f in x.figures if f.metric == "Dividend"} == {"Booking Holdings"}


def test_seat_compound_with_a_state_abbreviation_refers_to_the_company_seated_there(
        extractor: Extractor) -> None:
    """The compound names the seat of the company named first, not of the last one."""
    x = run(extractor, _TRAVEL + "The Seattle, Wash.-based company raised its quarterly dividend "
            "to $0.40 a share.", lang="en", headline="Travel stocks rally")
    assert {f.about for f in x.figures if f.metric == "Dividend"} == {"Expedia Group"}


def test_unit_named_before_and_sold_as_its_unit_is_acquired(extractor: Extractor) -> None:
    """Look-alike: "its eyewear unit" is read as the unit named in the sentence before, not as
    the seller; the buyer acquires that unit."""
    x = run(extractor, "Kering Eyewear makes frames. Kering said it would sell its eyewear unit to L'Oréal.",
            lang="en", headline="Kering results")
    assert ("L'Oréal", "acquired", "Kering Eyewear") in triples(x)
    assert ("L'Oréal", "acquired", "Kering") not in triples(x)


_VW_PARAGRAPH = "Volkswagen hat im dritten Quartal in China weniger Autos ausgeliefert.\n\n"


def test_bare_title_after_a_rival_s_paragraph_opened_by_its_rival_noun_stays_the_article_s(
        extractor: Extractor) -> None:
    """Look-alike: the paragraph opens with a rival noun before the name ("Dem Konkurrenten
    Stellantis …"), a foil of the article's company, so the bare title after stays its post."""
    x = run(extractor, _VW_PARAGRAPH + "Dem Konkurrenten Stellantis geht es dort kaum besser. "
            "Am Sparkurs hält Vorstandschef Jan Berger dennoch fest.", headline="Volkswagen liefert weniger aus")
    assert ("Jan Berger", "worksFor", "Stellantis") not in triples(x)


def test_bare_title_opening_a_paragraph_of_its_own_is_not_the_opener_s(extractor: Extractor) -> None:
    """Look-alike: the title opens the next paragraph, no longer the company's; its post is not
    read as the paragraph's opener's."""
    x = run(extractor, _VW_PARAGRAPH + "Stellantis verkauft dort ebenfalls weniger Autos.\n\n"
            "Am Sparkurs hält Vorstandschef Jan Berger dennoch fest.", headline="Volkswagen liefert weniger aus")
    assert ("Jan Berger", "worksFor", "Stellantis") not in triples(x)


def test_bare_title_after_a_paragraph_opened_by_a_company_s_bare_name_in_german(extractor: Extractor) -> None:
    x = run(extractor, _VW_PARAGRAPH + "Stellantis verkauft dort ebenfalls weniger Autos. "
            "Am Sparkurs hält Vorstandschef Jan Berger dennoch fest.", headline="Volkswagen liefert weniger aus")
    assert ("Jan Berger", "worksFor", "Stellantis") in triples(x)
