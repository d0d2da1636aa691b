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
