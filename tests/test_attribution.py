"""Attribution of figures (``kg.nlp.attribution``), on sentences written for the test.

Documents are built by hand (sentences, mentions, a small catalogue), so each
expectation follows from one kind of evidence and nothing else.
"""

from __future__ import annotations

import re

import pytest

from kg.catalogue import Catalogue, CatalogueEntry
from kg.nlp.attribution import (
    Candidate,
    Target,
    candidates,
    choose,
    figure_subject,
    fits,
    is_apposition,
    is_bound,
    is_credit,
    is_object,
    is_venue,
    listed_fit,
    names_generic_unit,
    previous_subject,
    respective,
    salient_entity,
)
from kg.nlp.document import ISSUER_TYPES, Document, Sentence
from kg.nlp.gazetteer import Mention
from kg.nlp.lang import lexicon
from kg.nlp.quantities import find_quantities
from kg.nlp.ratings import rating_context
from kg.nlp.salience import scores

TYPES = {"Siemens": "Company", "BYD": "Company", "Deutsche Presse-Agentur": "Company",
         "Goldman Sachs": "FinancialInstitution", "DAX": "MarketIndex", "Talgo": "Company",
         "Siemens Healthineers": "Company", "Rheinmetall": "Company", "Adidas": "Company",
         "PDD Holdings": "Company", "Pinduoduo": "BusinessUnit", "Puma": "Company",
         "Beispiel Holding": "Company"}
SURFACES = {"dpa-AFX": "Deutsche Presse-Agentur", "Dax": "DAX", "Healthineers": "Siemens Healthineers"}
CATALOGUE = Catalogue({
    "Siemens": CatalogueEntry("Siemens", "Company", tickers=("SIE",)),
    "BYD": CatalogueEntry("BYD", "Company", tickers=("1211",)),
    "Rheinmetall": CatalogueEntry("Rheinmetall", "Company", tickers=("RHM",)),
    "Deutsche Presse-Agentur": CatalogueEntry("Deutsche Presse-Agentur", "Company",
                                              aliases=("dpa",)),
})
NAMES = re.compile("|".join(sorted((re.escape(n) for n in [*TYPES, *SURFACES]), key=len,
                                   reverse=True)))


def document(*texts: str, lang: str = "de") -> Document:
    """Sentences with a mention for every name of TYPES / SURFACES in them."""
    sentences, start = [], 0
    for index, text in enumerate(texts):
        mentions = []
        for match in NAMES.finditer(text):
            label = SURFACES.get(match.group(), match.group())
            mentions.append(Mention(start + match.start(), start + match.end(), label,
                                    TYPES[label], match.group()))
        sentences.append(Sentence(start=start, text=text, mentions=mentions, index=index))
        start += len(text) + 1
    doc = Document(lang=lang, sentences=sentences, catalogue=CATALOGUE)
    doc.salience = weigh(doc, len(texts[0]))
    return doc


def weigh(doc: Document, headline_end: int, positions: bool = True) -> dict[str, float]:
    """The salience scores, a bank counting nothing where the sentence rates."""
    return scores(doc, headline_end, lambda s: rating_context(doc.lang, s.text, s.cache),
                  positions=positions)


def target(sentence: Sentence, number: str, trigger: str | None = None, *,
           stock: bool = False, spender: bool = False,
           types: frozenset[str] = ISSUER_TYPES) -> Target:
    at = sentence.text.index(number)
    span = None
    if trigger is not None:
        t = sentence.text.index(trigger)
        span = (t, t + len(trigger))
    return Target(number_start=at, number_end=at + len(number), clause=(0, len(sentence.text)),
                  types=types, trigger=span, stock=stock, spender=spender)


def mention(sentence: Sentence, label: str) -> Mention:
    return next(m for m in sentence.mentions if m.label == label)


def anything(_m: Mention) -> bool:
    return True


def nothing_before() -> str | None:
    return None


# --- evidence ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "word", "bound", "unbound"), [
    pytest.param("Der Siemens-Umsatz stieg laut BYD um 5 Prozent.", "de", "Umsatz",
                 "Siemens", "BYD", id="compound-binds-the-name-to-the-metric-word"),
    pytest.param("Der Umsatz von BYD stieg, so Siemens, um 5 Prozent.", "de", "Umsatz",
                 "BYD", "Siemens", id="genitive-von-binds-the-name-after-the-metric-word"),
    pytest.param("BYD's revenue rose 5% while Siemens waited.", "en", "revenue",
                 "BYD", None, id="english-possessive-binds"),
])
def test_metric_word_binds_one_name(text: str, lang: str, word: str, bound: str,
                                    unbound: str | None) -> None:
    s = document(text, lang=lang).sentences[0]
    trigger = (s.text.index(word), s.text.index(word) + len(word))
    assert is_bound(s, mention(s, bound), trigger, lang)
    if unbound is not None:
        assert not is_bound(s, mention(s, unbound), trigger, lang)


def test_bound_name_beats_the_closer_clause_subject() -> None:
    doc = document("Der Umsatz von BYD legte nach Angaben von Siemens um 5 Prozent zu.")
    s = doc.sentences[0]
    found = candidates(doc, s, target(s, "5 Prozent", "Umsatz"), anything)
    assert choose(found) == "BYD"
    assert found[0].evidence == "bound"


def test_two_names_bound_equally_is_no_clear_winner() -> None:
    assert choose([Candidate("BYD", 7.0, "bound"), Candidate("Siemens", 7.0, "bound")]) is None
    assert choose([Candidate("BYD", 7.0, "bound"), Candidate("Siemens", 6.0, "clause")]) == "BYD"
    assert choose([]) is None


def test_dateline_and_source_credit_are_not_candidates() -> None:
    doc = document("FRANKFURT (dpa-AFX) - Siemens legte zu.", "Quelle: dpa-AFX")
    first, last = doc.sentences
    assert is_credit(first, mention(first, "Deutsche Presse-Agentur"), "de")
    assert not is_credit(first, mention(first, "Siemens"), "de")
    assert is_credit(last, mention(last, "Deutsche Presse-Agentur"), "de")


def test_salience_skips_credits_and_rating_banks() -> None:
    doc = document("FRANKFURT (dpa-AFX) - Goldman Sachs stuft Rheinmetall auf \"Buy\".",
                   "Die Papiere stiegen um 2 Prozent.", "Quelle: dpa-AFX")
    assert salient_entity(doc) == "Rheinmetall"


def test_no_salient_company_where_none_stands_out() -> None:
    doc = document("Adidas legte zu, Puma gab nach.", "Adidas und Puma im Fokus.")
    assert salient_entity(doc) is None


def test_index_after_im_is_the_venue_of_a_share_move() -> None:
    doc = document("Die Aktie fiel um 5 Prozent und war Schlusslicht im Leitindex Dax.")
    s = doc.sentences[0]
    assert is_venue(s, mention(s, "DAX"), "de")
    t = target(s, "5 Prozent", stock=True, types=ISSUER_TYPES | {"MarketIndex"})
    assert not fits(doc, s, mention(s, "DAX"), t, anything)


def test_name_after_preposition_is_an_object() -> None:
    doc = document("Die Aktie zählt mit 30 Prozent Plus zu den stärksten neben Rheinmetall.",
                   "Einzig bei der Medizintechniktochter Healthineers ging es abwärts.")
    first, second = doc.sentences
    assert is_object(first, mention(first, "Rheinmetall"), "de")
    assert is_object(second, mention(second, "Siemens Healthineers"), "de")
    plain = document("Rheinmetall fiel.").sentences[0]
    assert not is_object(plain, mention(plain, "Rheinmetall"), "de")


def test_name_joined_to_an_object_is_an_object_too() -> None:
    doc = document("Verglichen mit den Rivalen Siemens und Rheinmetall wirkt Adidas billig.",
                   "Das Kurs-Gewinn-Verhältnis liegt bei 14.")
    first = doc.sentences[0]
    assert is_object(first, mention(first, "Rheinmetall"), "de")
    assert not is_object(first, mention(first, "Adidas"), "de")
    found = previous_subject(doc, doc.sentences[1], ISSUER_TYPES)
    assert found is not None and found.label == "Adidas"
    english = document("Next to Siemens and Rheinmetall, Adidas looks cheap.", lang="en").sentences[0]
    assert is_object(english, mention(english, "Rheinmetall"), "en")


def test_names_joined_without_a_preposition_stay_subjects() -> None:
    plain = document("Siemens und Rheinmetall legten zu, Adidas fiel.").sentences[0]
    assert not is_object(plain, mention(plain, "Rheinmetall"), "de")
    joined_to_subject = document("Im Dax legten Siemens und Rheinmetall zu.").sentences[0]
    assert not is_object(joined_to_subject, mention(joined_to_subject, "Rheinmetall"), "de")


def test_previous_subject_is_the_last_non_object_name() -> None:
    doc = document("Siemens meldet Zahlen, bei der Tochter Healthineers hakt es.",
                   "Der Umsatz stieg um 3 Prozent.")
    found = previous_subject(doc, doc.sentences[1], ISSUER_TYPES)
    assert found is not None and found.label == "Siemens"


def test_apposition_is_not_a_second_candidate() -> None:
    doc = document("Die Zahlen von PDD Holdings – auch bekannt als Pinduoduo zeigten 86 Prozent "
                   "Wachstum.")
    s = doc.sentences[0]
    assert is_apposition(s, mention(s, "Pinduoduo"), "de")
    t = target(s, "86 Prozent", types=frozenset({"Company", "BusinessUnit"}))
    assert choose(candidates(doc, s, t, anything)) == "PDD Holdings"


def test_generic_unit_without_a_name_emits_nothing() -> None:
    doc = document("Siemens meldet Zahlen.", "Siemens sah in der Gaming-Sparte 148 Milliarden Yen "
                                             "Gewinn.")
    s = doc.sentences[1]
    t = target(s, "148 Milliarden")
    assert names_generic_unit(doc, s, t)
    assert figure_subject(doc, s, t, anything, nothing_before) is None


def test_share_figures_need_a_company_whose_shares_trade() -> None:
    doc = document("Beispiel Holding und dpa-AFX berichten.")
    assert listed_fit(doc, "Siemens")
    assert listed_fit(doc, "Beispiel Holding")  # unknown to the catalogue: could be listed
    assert not listed_fit(doc, "Deutsche Presse-Agentur")


def test_spender_is_the_first_name_of_the_clause() -> None:
    doc = document("Siemens kauft Talgo für 2 Milliarden Euro.")
    s = doc.sentences[0]
    assert choose(candidates(doc, s, target(s, "2 Milliarden", spender=True), anything)) \
        == "Siemens"
    assert choose(candidates(doc, s, target(s, "2 Milliarden"), anything)) == "Talgo"


def test_payer_after_the_amount_in_its_clause() -> None:
    doc = document("Nach Investitionen von 30 Milliarden Dollar hält Siemens 11 Prozent an Talgo.")
    s = doc.sentences[0]
    assert choose(candidates(doc, s, target(s, "30 Milliarden", spender=True), anything)) \
        == "Siemens"


def test_fallback_to_the_salient_company_only_when_nothing_else() -> None:
    doc = document("Siemens legt Zahlen vor. Siemens wächst.", "Der Umsatz stieg um 3 Prozent.")
    s = doc.sentences[1]
    assert figure_subject(doc, s, target(s, "3 Prozent"), anything, nothing_before) \
        == Candidate("Siemens", 2.0, "salient")
    assert figure_subject(doc, s, target(s, "3 Prozent"), anything, lambda: "BYD") \
        == Candidate("BYD", 3.0, "passage")
    assert figure_subject(doc, s, target(s, "3 Prozent"), anything, nothing_before,
                          exclude=frozenset({"Siemens"})) is None


def test_strongest_candidate_comes_with_its_evidence() -> None:
    doc = document("Der Umsatz von BYD legte laut Siemens um 5 Prozent zu.")
    s = doc.sentences[0]
    found = figure_subject(doc, s, target(s, "5 Prozent", "Umsatz"), anything, nothing_before)
    assert found is not None and (found.label, found.evidence) == ("BYD", "bound")


def test_a_company_named_once_is_not_salient() -> None:
    # once after the lead, not opening its sentence: a name in passing
    doc = document("Marktbericht", "Der Dax stieg am Morgen.", "Im Dax legte Adidas zu.")
    assert salient_entity(doc) is None


def test_subject_of_the_sentence_before_comes_first() -> None:
    doc = document("Siemens verkaufte Anteile an BYD und Talgo.", "Die Quote stieg auf 20 Prozent.")
    found = previous_subject(doc, doc.sentences[1], ISSUER_TYPES)
    assert found is not None and found.label == "Siemens"


def _respective(text: str, number: str) -> tuple[bool, str | None]:
    doc = document("Marktbericht", text)
    sentence = doc.sentences[1]
    sentence.cache["quantities"] = find_quantities(sentence.text, "de")
    return respective(sentence, sentence.text.index(number), lambda m: m.type in ISSUER_TYPES,
                      "de")


def test_attribution_pairs_german_numbers_by_the_word_between_them() -> None:
    assert _respective("Adidas und Puma legten um 2 Prozent bzw. 3 Prozent zu.", "2") \
        == (True, "Adidas")
    assert _respective("Adidas und Puma legten um 2 Prozent bzw. 3 Prozent zu.", "3") \
        == (True, "Puma")
    assert _respective("Adidas und Puma legten um 2 Prozent respektive 3 Prozent zu.", "3") \
        == (True, "Puma")


def test_attribution_does_not_pair_where_the_pairing_word_joins_nouns() -> None:
    # "bzw." between two nouns, and numbers listed with "und" only: no pairing
    text = "Adidas und Puma legten um 2 Prozent und 3 Prozent zu, Aktie bzw. Anleihe blieben gefragt."
    assert _respective(text, "2") == (False, None)
    assert _respective(text, "3") == (False, None)
    # one figure in two measures after two names: no list of one measure per name
    assert _respective("Bei Adidas und Puma stieg der Umsatz um 5 Prozent bzw. 400 Millionen Euro.",
                       "400") == (False, None)
    # names joined by "bzw." and one number
    assert _respective("Die Aktien von Adidas bzw. Puma legten um 2 Prozent zu.", "2") \
        == (False, None)


def test_attribution_and_ratings_read_one_pairing_word() -> None:
    for lang in ("de", "en"):
        table = lexicon(lang)
        assert table["clauses"]["respectively"]
        assert "respective" not in table["ratings"] and "respectively" not in table["attribution"]
