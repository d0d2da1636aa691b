"""A headline "X: …" (the commonest headline of German retail news) opening with a company's
short name before its colon names that company, where the body names it alone again as a
name is written (never in lower case, never after a determiner): the bare short name in the
body ("Bernstein hat Muster abgestuft") is then the company too, and the ratings of it there
stay. Sentences written for these tests (catalogued companies, invented ratings), each with a
look-alike that keeps its other reading."""

from __future__ import annotations

from helpers import rating_facts, run, triples

from kg.nlp.extract import Extractor

_BODY = ('Für Schindler wird es enger. Vontobel hat Schindler auf "Reduce" abgestuft und das '
         'Kursziel auf 190 Franken gesenkt.')


def test_headline_topic_before_a_colon_names_the_company_rated_in_the_body(
        extractor: Extractor) -> None:
    x = run(extractor, _BODY, headline="Schindler: Analysten uneins")
    assert ("Vontobel", "Schindler Holding", "Reduce") in rating_facts(x)
    assert ("Vontobel", "covers", "Schindler Holding") in triples(x)


def test_short_name_only_inside_the_headline_names_nothing(extractor: Extractor) -> None:
    """Look-alike: the headline names the short name, but not as its topic before a colon;
    the bare word stays unread, as a short name alone may be a common word or a surname."""
    x = run(extractor, _BODY, headline="Analysten uneins über Schindler")
    assert not any(e.label == "Schindler Holding" for e in x.entities)
    assert rating_facts(x) == set()


def test_kept_rating_after_a_headline_topic_is_the_topics(extractor: Extractor) -> None:
    x = run(extractor, 'Vontobel hat Schindler auf "Reduce" abgestuft. Auch die Baader Bank bleibt '
            'bei ihrem Votum "Hold".', headline="Schindler: Kursziel runter")
    assert {("Vontobel", "Schindler Holding", "Reduce"), ("Baader Bank", "Schindler Holding", "Hold")} \
        <= rating_facts(x)


def test_headline_topic_printed_after_a_determiner_is_a_noun(extractor: Extractor) -> None:
    """Look-alike: "Export: …" whose body writes "der Export": a noun, no company's short name."""
    x = run(extractor, "Der Export sank im Oktober um 2 Prozent. Nach Angaben der Bundesbank fiel "
            "der Export in die USA stärker.", headline="Export: Rückgang im Oktober")
    assert not any(e.type == "Company" for e in x.entities)


def test_headline_topic_printed_in_lower_case_is_a_word(extractor: Extractor) -> None:
    """Look-alike: an English headline "Target: …" whose body prints "target" in lower case
    too: a common word that a sentence may capitalise, no company's short name."""
    x = run(extractor, "Investors set a new target. Analysts said Target prices rose 3% in the "
            "quarter.", lang="en", headline="Target: What analysts say")
    assert not any(e.label == "Target Corporation" for e in x.entities)


# --- "Auch die X bleibt bei ihrem Votum": another house keeps its rating of the one just rated

_PASSAGE = ('Für Vonovia wird die Luft dünner. Vontobel hat die Aktie des Wohnungskonzerns von "Buy" '
            'auf "Hold" abgestuft. Analystin Eva Roth bemängelt die schwache Entwicklung der Mieten. '
            'Der Umsatz des Unternehmens dürfte 2027 um 3 Prozent sinken. Beim operativen Ergebnis '
            'rechnet sie nur noch mit 2,1 Milliarden Euro.\n\n')
_OTHER = ('\n\nGanz anders das Bild bei LEG Immobilien: Jefferies bestätigte die Einstufung "Buy". '
          'Die LEG-Aktie stieg um 1,9 Prozent.')
_TWO = "LEG und Vonovia: Analysten uneins – LEG bleibt Favorit"


def test_also_kept_rating_is_of_the_company_just_rated(extractor: Extractor) -> None:
    x = run(extractor, _PASSAGE + 'Auch die Baader Bank bleibt bei ihrem Votum "Reduce". Das Papier '
            'verlor 2,8 Prozent.' + _OTHER, headline=_TWO)
    assert ("Baader Bank", "Vonovia", "Reduce") in rating_facts(x)
    assert ("Baader Bank", "covers", "Vonovia") in triples(x)
    assert ("Jefferies", "LEG Immobilien", "Buy") in rating_facts(x)


def test_kept_rating_without_also_in_an_article_of_two_stays_unassigned(extractor: Extractor) -> None:
    """Look-alike: no "Auch" ties the kept rating to the one just rated, and the headline
    names two companies: which one the house rates is unclear, so nothing is given."""
    x = run(extractor, _PASSAGE + 'Die Baader Bank bleibt bei ihrem Votum "Reduce". Das Papier '
            'verlor 2,8 Prozent.' + _OTHER, headline=_TWO)
    assert not any(by == "Baader Bank" for by, _, _ in rating_facts(x))


def test_also_rating_naming_a_company_is_of_that_company(extractor: Extractor) -> None:
    """Look-alike: the "Auch" sentence names the company it rates: that one, not the one before."""
    x = run(extractor, _PASSAGE + 'Auch die Baader Bank stuft LEG Immobilien mit "Reduce" ein.' + _OTHER,
            headline=_TWO)
    facts = rating_facts(x)
    assert ("Baader Bank", "LEG Immobilien", "Reduce") in facts
    assert ("Baader Bank", "Vonovia", "Reduce") not in facts


# --- "Das US-Investmenthaus": a house named before, as "das Analysehaus" --------------------


def test_investment_house_noun_is_the_house_named_before(extractor: Extractor) -> None:
    x = run(extractor, 'Die Aktie von Vonovia legte zu. Goldman Sachs senkte das Kursziel auf 30 Euro. '
            'Das US-Investmenthaus bestätigte seine Einstufung "Neutral".')
    assert ("Goldman Sachs", "Vonovia", "Neutral") in rating_facts(x)


def test_investment_house_noun_before_a_name_is_that_house(extractor: Extractor) -> None:
    """Look-alike: the noun stands before a house's name: that house rates, not the one before."""
    x = run(extractor, 'Die Aktie von Vonovia legte zu. Goldman Sachs senkte das Kursziel auf 30 Euro. '
            'Das Investmenthaus Jefferies bestätigte dagegen seine Einstufung "Buy".')
    facts = rating_facts(x)
    assert ("Jefferies", "Vonovia", "Buy") in facts
    assert ("Goldman Sachs", "Vonovia", "Buy") not in facts


_EN_PASSAGE = ('Tesla faces a tougher road. Morgan Stanley downgraded Tesla to "underweight" from '
               '"equal-weight". Analyst Tom Reed pointed to weak demand in China. Revenue is expected '
               'to fall 3% in 2027.\n\n')
_EN_OTHER = ('\n\nIt was a different picture at Ford Motor: Jefferies reiterated its "buy" rating. '
             'Ford shares rose 1.9%.')


def test_english_also_kept_rating_is_of_the_company_just_rated(extractor: Extractor) -> None:
    x = run(extractor, _EN_PASSAGE + 'Also, Barclays stuck with its "underweight" rating.' + _EN_OTHER,
            lang="en", headline="Ford and Tesla: analysts split")
    assert ("Barclays", "Tesla", "underweight") in rating_facts(x)


def test_english_kept_rating_without_also_stays_unassigned(extractor: Extractor) -> None:
    """Look-alike: without "Also" the kept rating is not tied to the one just rated."""
    x = run(extractor, _EN_PASSAGE + 'Barclays stuck with its "underweight" rating.' + _EN_OTHER,
            lang="en", headline="Ford and Tesla: analysts split")
    assert not any(by == "Barclays" for by, _, _ in rating_facts(x))
