"""One reading of a relative clause for the figure, metric and relation rules
(kg.nlp.document.relative_clauses), on sentences written for the test.

The three checks that share it used to differ in which comma opens a clause
and which one closes it; each difference has a sentence where the reading
chosen is right and a look-alike beside it. Names of the pure-function tests
are invented; the extraction tests use catalogue companies, with invented facts.
"""

from __future__ import annotations

from decimal import Decimal

import helpers
import pytest
from helpers import triples

from kg.nlp.attribution import in_closed_relative
from kg.nlp.document import Sentence, closed_relative, relative_clauses
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Mention

COMPANIES = frozenset({"Company"})
NAMES = ("Nordwerk", "Südbau", "Ostbank", "Westwerk")


def sentence(text: str) -> Sentence:
    """A sentence with a company mention for every name of NAMES in it."""
    mentions = [Mention(text.index(n), text.index(n) + len(n), n, "Company", n)
                for n in NAMES if n in text]
    return Sentence(start=0, text=text, mentions=sorted(mentions, key=lambda m: m.start))


def name_closed(text: str, name: str, number: str, lang: str = "de") -> bool:
    """Is ``name`` in a relative clause closed before ``number``, a subject named before it?"""
    s = sentence(text)
    m = next(m for m in s.mentions if m.label == name)
    return in_closed_relative(s, m, text.index(number), lang, COMPANIES)


def word_closed(text: str, word: str, number: str, lang: str = "de") -> bool:
    """Is the metric word in a relative clause closed before ``number``?"""
    at = text.index(word)
    return closed_relative(lang, text, at, at + len(word), text.index(number)) is not None


# --- which comma opens a clause: one list of openings for every rule ----------------------


@pytest.mark.parametrize(("lang", "text", "opening"), [
    ("de", "Nordwerk, die vor allem Speicher baut, wuchs.", ", die vor"),
    ("de", "Nordwerk, in der bisher Südbau Lager betreibt, wuchs.", ", in der"),
    ("de", "Nordwerk, welche 3 Werke hat, wuchs.", ", welche"),
    ("en", "Nordwerk, in which Südbau holds a stake, grew.", ", in which"),
    ("en", "Nordwerk, whom analysts like, grew.", ", whom"),
])
def test_relative_clauses_open_with_a_comma_and_a_pronoun(lang: str, text: str, opening: str) -> None:
    clauses = relative_clauses(lang, text)
    assert [c.opens for c in clauses] == [text.index(opening)]
    assert clauses[0].closes == text.rindex(",")


@pytest.mark.parametrize(("lang", "text"), [
    # an article before a capitalised word opens the next item of a list, no clause
    ("de", "Nordwerk, die Deutsche Bank und Südbau wuchsen."),
    # ", that is," explains a word; "that" after a comma opens no clause
    ("en", "Nordwerk sold Südbau, that is, its oldest unit, to Ostbank."),
])
def test_relative_clauses_a_look_alike_opens_none(lang: str, text: str) -> None:
    assert relative_clauses(lang, text) == ()


# --- which comma closes a clause: not a comma of a list inside it --------------------------


def test_a_name_listed_inside_a_relative_clause_stands_in_it() -> None:
    text = "Die Sparte Nordwerk, zu der die Marken Südbau, Ostbank und Westwerk gehören, " \
           "steigerte den Umsatz um 3 Prozent."
    assert name_closed(text, "Südbau", "3 Prozent")
    assert name_closed(text, "Westwerk", "3 Prozent")  # after the list's comma, still inside
    assert not name_closed(text, "Nordwerk", "3 Prozent")


def test_a_metric_word_listed_inside_a_relative_clause_stands_in_it() -> None:
    text = "Der Auftragsbestand, der für Erlöse, Aufträge und Umsatz steht, wuchs um 27 Prozent."
    assert word_closed(text, "Umsatz", "27 Prozent")
    english = "The backlog, which covers orders, Services revenue and fees, grew 27%."
    assert word_closed(english, "revenue", "27%", "en")


def test_a_name_after_the_clause_closed_stands_in_the_main_clause() -> None:
    # look-alike: the comma after "baut" closes the clause, a lower-case verb follows it; the
    # aside "wie es hieß" after the name is the main clause's
    text = "Die Sparte Nordwerk, die vor allem Speicher baut, steigerte mit Südbau den Umsatz, " \
           "wie es hieß, um 3 Prozent."
    assert not name_closed(text, "Südbau", "3 Prozent")


def test_a_metric_word_after_the_clause_closed_stands_in_the_main_clause() -> None:
    text = "Der Konzern, der vor allem Speicher baut, steigerte den Umsatz, wie es hieß, um 3 Prozent."
    assert not word_closed(text, "Umsatz", "3 Prozent")
    assert word_closed(text, "Speicher", "3 Prozent")  # a word of the clause itself
    english = "The group, which makes chips, lifted revenue, it said, by 3%."
    assert not word_closed(english, "revenue", "3%", "en")


# --- the clause that holds a name, not the last one before the number -----------------------


def test_a_name_in_an_earlier_closed_clause_is_not_the_number_of_a_later_one() -> None:
    text = "Nordwerk, which Südbau bought, fell behind Ostbank, which gained 3%."
    assert name_closed(text, "Südbau", "3%", "en")
    assert not name_closed(text, "Ostbank", "3%", "en")  # the later clause is Ostbank's own


def test_a_clause_open_up_to_the_number_is_not_closed() -> None:
    assert not name_closed("Nordwerk fell behind Südbau, which gained 3%.", "Südbau", "3%", "en")
    assert not name_closed("Nordwerk, die mit Südbau um 3 Prozent zulegte, schloss.", "Südbau",
                           "3 Prozent")


# --- the rules that read it --------------------------------------------------------------


def test_relations_a_german_relative_clause_of_the_der_family_lends_no_subject(
        extractor: Extractor) -> None:
    # the clause closed after "baut"; the second verb is Intel's, the rival AMD Intel's too
    found = triples(helpers.run(extractor, "Intel gewinnt Marktanteile von Nvidia, die vor "
                                           "allem teure Chips baut, und steht im Wettbewerb mit "
                                           "AMD.",
                                headline="Chips"))
    assert ("Nvidia", "competitorOf", "Advanced Micro Devices") not in found
    assert ("Advanced Micro Devices", "competitorOf", "Nvidia") not in found


def test_metrics_a_metric_word_listed_in_a_closed_clause_names_no_figure(
        extractor: Extractor) -> None:
    x = helpers.run(extractor, "Der Auftragsbestand von Siemens, der für Erlöse, Aufträge und "
                               "Umsatz der kommenden Jahre steht, wuchs um 27 Prozent.",
                    headline="Zahlen")
    # the 27 is the backlog's growth: "Umsatz" describes the backlog inside its clause
    assert not {f.metric for f in x.figures if f.value == Decimal("27")} & {"Revenue", "RevenueGrowth"}
