"""Checks that several rules ask in one place (``kg.nlp.attribution``,
``kg.nlp.figures``, ``kg.nlp.ratings``, ``kg.nlp.relations``, ``kg.nlp.roles``), on
sentences written for the test.

Documents are built by hand (sentences and mentions), so each expectation
follows from the words of the sentence and nothing else.
"""

from __future__ import annotations

import re

from kg.catalogue import Catalogue
from kg.nlp.attribution import in_closed_relative, in_foil_aside
from kg.nlp.document import Document, Sentence, addressed, listed_runs
from kg.nlp.figures import _issuer_before
from kg.nlp.gazetteer import Mention
from kg.nlp.metrics import figure_words
from kg.nlp.relations import _joined_examples

TYPES = {"Nordwerk": "Company", "Südbau": "Company", "Ostbank": "FinancialInstitution",
         "Westfonds": "FinancialInstitution", "Beispiel AG": "Company",
         "Abendkurier": "Company", "Morning Wire": "Company"}
NAMES = re.compile("|".join(sorted(map(re.escape, TYPES), key=len, reverse=True)))


def document(*texts: str, lang: str = "de") -> Document:
    """Sentences with a mention for every name of TYPES in them."""
    sentences, start = [], 0
    for index, text in enumerate(texts):
        mentions = [Mention(start + m.start(), start + m.end(), m.group(), TYPES[m.group()],
                            m.group()) for m in NAMES.finditer(text)]
        sentences.append(Sentence(start=start, text=text, mentions=mentions, index=index))
        start += len(text) + 1
    return Document(lang=lang, sentences=sentences, catalogue=Catalogue({}))


# --- the subject of the sentence before, as the owner of a share or a rating -----------

def test_issuer_before_is_the_company_the_sentence_before_speaks_of() -> None:
    doc = document("Nordwerk hat mehr verkauft als erwartet.", "Die Aktie stieg um 4 Prozent.")
    assert _issuer_before(doc, doc.sentences[1]) == "Nordwerk"


def test_issuer_before_is_no_bank() -> None:
    doc = document("Die Ostbank hat ihr Urteil über den Autozulieferer bestätigt.",
                   "Die Aktie stieg um 4 Prozent.")
    assert _issuer_before(doc, doc.sentences[1]) is None


def test_issuer_before_needs_a_sentence_before() -> None:
    doc = document("Nordwerk legte um 4 Prozent zu.")
    assert _issuer_before(doc, doc.sentences[0]) is None


# --- items listed together, as "respectively" pairs them ----------------------------------

GAP = re.compile(r"^\s*(?:,|,?\s*(?:and|und))\s*$")


def mention(sentence: Sentence, label: str) -> Mention:
    return next(m for m in sentence.mentions if m.label == label)


def spans(text: str, *items: str) -> list[tuple[int, int]]:
    """Where each item first stands in ``text``."""
    return [(text.index(item), text.index(item) + len(item)) for item in items]


def test_listed_runs_joins_items_by_commas_and_the_last_and() -> None:
    text = "Targets of 40, 50 and 60 euros came before a cut to 30 euros."
    assert listed_runs(text, spans(text, "40", "50", "60", "30"), GAP) == [range(0, 3), range(3, 4)]


def test_listed_runs_keeps_an_item_with_words_between_apart() -> None:
    text = "Nordwerk rose 4 percent while Südbau and Beispiel AG fell."
    found = listed_runs(text, spans(text, "Nordwerk", "Südbau", "Beispiel AG"), GAP)
    assert found == [range(0, 1), range(1, 3)]


def test_listed_runs_of_nothing_is_empty() -> None:
    assert listed_runs("Nothing listed here.", [], GAP) == []


# --- the one spoken to: a medium that heard the words --------------------------------------

def test_addressed_after_a_speech_verb_and_its_speaker() -> None:
    s = document("Der Umsatz werde steigen, sagte Nordwerk-Chefin Eva Muster dem Abendkurier.").sentences[0]
    assert addressed("de", s, mention(s, "Abendkurier"))
    assert not addressed("de", s, mention(s, "Nordwerk"))


def test_addressed_in_an_interview_and_facing_a_paper() -> None:
    interview = document("Nordwerk sprach im Interview mit dem Abendkurier von Zuwachs.").sentences[0]
    assert addressed("de", interview, mention(interview, "Abendkurier"))
    facing = document("Nordwerk nannte gegenüber dem Abendkurier 4 Prozent.").sentences[0]
    assert addressed("de", facing, mention(facing, "Abendkurier"))


def test_addressed_where_the_cue_opens_the_sentence() -> None:
    interview = document("Im Gespräch mit dem Abendkurier nannte Nordwerk 4 Prozent.").sentences[0]
    assert addressed("de", interview, mention(interview, "Abendkurier"))
    assert not addressed("de", interview, mention(interview, "Nordwerk"))
    facing = document("Gegenüber Abendkurier sagte Nordwerk-Chefin Eva Muster, der Umsatz steige.")
    assert addressed("de", facing.sentences[0], mention(facing.sentences[0], "Abendkurier"))
    assert not addressed("de", facing.sentences[0], mention(facing.sentences[0], "Nordwerk"))


def test_addressed_facing_a_paper_without_an_article() -> None:
    s = document("Nordwerk nannte gegenüber Abendkurier 4 Prozent.").sentences[0]
    assert addressed("de", s, mention(s, "Abendkurier"))


def test_a_name_after_a_sentence_opening_comparison_is_not_addressed() -> None:
    # "Gegenüber dem Vorjahr", "Im Gespräch mit Analysten": the cue speaks of something else,
    # and the name after it is the sentence's subject
    year = document("Gegenüber dem Vorjahr steigerte Nordwerk den Umsatz.").sentences[0]
    assert not addressed("de", year, mention(year, "Nordwerk"))
    talks = document("Im Gespräch mit Analysten nannte Nordwerk ein Ziel.").sentences[0]
    assert not addressed("de", talks, mention(talks, "Nordwerk"))


def test_a_capitalised_cue_inside_another_word_is_no_cue() -> None:
    s = document("Das Prozessgegenüber Abendkurier klagte gegen Nordwerk.").sentences[0]
    assert not addressed("de", s, mention(s, "Abendkurier"))


def test_addressed_in_english_with_and_without_an_article() -> None:
    told = document("Nordwerk told Morning Wire that sales rose 4%.", lang="en").sentences[0]
    assert addressed("en", told, mention(told, "Morning Wire"))
    speaking = document("Speaking to the Morning Wire, Nordwerk's chief saw growth.",
                        lang="en").sentences[0]
    assert addressed("en", speaking, mention(speaking, "Morning Wire"))


def test_a_name_after_another_verb_is_not_addressed() -> None:
    s = document("Nordwerk kaufte dem Vernehmen nach Südbau.").sentences[0]
    assert not addressed("de", s, mention(s, "Südbau"))
    english = document("Nordwerk sold its stake to Morning Wire.", lang="en").sentences[0]
    assert not addressed("en", english, mention(english, "Morning Wire"))


# --- a name in a relative clause that closes before the number ----------------------------

COMPANIES = frozenset({"Company"})


def closed(text: str, name: str, number: str, lang: str = "de",
           subject_types: frozenset[str] | None = None,
           opens_as: re.Pattern[str] | None = None) -> bool:
    s = document(text, lang=lang).sentences[0]
    return in_closed_relative(s, mention(s, name), text.index(number), lang, subject_types, opens_as)


def test_closed_relative_after_a_named_subject() -> None:
    text = "Die Sparte Nordwerk, in der die Tochter Südbau Lager baut, steigerte den Umsatz um 3 Prozent."
    assert closed(text, "Südbau", "3 Prozent", subject_types=COMPANIES)
    assert not closed(text, "Nordwerk", "3 Prozent", subject_types=COMPANIES)


def test_closed_relative_without_a_subject_before_keeps_the_name() -> None:
    text = "Die App, die unter dem Namen Südbau läuft, kommt auf 3 Millionen Nutzer."
    assert not closed(text, "Südbau", "3 Millionen", subject_types=COMPANIES)
    # the figure rules pass over only a clause that opens as a figure owner's does
    assert not closed(text, "Südbau", "3 Millionen", opens_as=figure_words("de").relative_clause)


def test_closed_relative_as_the_figure_rules_ask_it() -> None:
    text = "Services revenue, which includes Nordwerk and Südbau, rose 14%."
    opens_as = figure_words("en").relative_clause
    assert closed(text, "Südbau", "14%", "en", opens_as=opens_as)
    assert not closed(text, "Südbau", "14%", "en", subject_types=COMPANIES)


def test_relative_clause_open_up_to_the_number_is_not_closed() -> None:
    after = "Nordwerk fell behind Südbau, which gained 3%."
    assert not closed(after, "Südbau", "3%", "en")
    running = "Nordwerk, which Südbau bought, rose 3% while Beispiel AG, which owns it, rose 4%."
    assert closed(running, "Südbau", "3%", "en")
    assert not closed(running, "Beispiel AG", "4%", "en")


# --- the sentence that holds an offset ---------------------------------------------------

def test_sentence_at_finds_the_sentence_of_an_offset_and_none_between_sentences() -> None:
    first, second = "Nordwerk hat mehr verkauft.", "Südbau hat weniger verkauft."
    doc = document(first, second)
    south = len(first) + 1  # the second sentence starts after the blank the helper leaves
    assert doc.sentence_at(0) is doc.sentences[0]
    assert doc.sentence_at(len(first) - 1) is doc.sentences[0]
    assert doc.sentence_at(len(first)) is None  # the blank between the two
    assert doc.sentence_at(south) is doc.sentences[1]
    assert doc.sentence_at(south + len(second)) is None  # past the end
    assert doc.sentence_at(-1) is None


# --- an aside that tells who led something, closed before the number -----------------------

def _foil(text: str, name: str, number: str, lang: str = "en") -> bool:
    sentence = document(text, lang=lang).sentences[0]
    return in_foil_aside(sentence, mention(sentence, name), text.index(number), lang)


def test_aside_closed_by_a_comma_hides_its_leader() -> None:
    assert _foil("The round in May, led by Westfonds, valued Nordwerk at $4 billion.",
                 "Westfonds", "$4")


def test_aside_running_on_into_a_relative_clause_is_not_closed() -> None:
    """Look-alike: after the comma a relative clause opens on the leader, whose the number is."""
    assert not _foil("The round in May, led by Westfonds, which is worth $4 billion, closed early.",
                     "Westfonds", "$4")


def test_german_aside_is_closed_unless_a_relative_clause_runs_on() -> None:
    assert _foil("Bei der Runde, angeführt vom Fonds Westfonds, wurde Nordwerk mit 4 Milliarden "
                 "Euro bewertet.", "Westfonds", "4 Milliarden", lang="de")
    assert not _foil("Bei der Runde, angeführt vom Fonds Westfonds, der 4 Milliarden Euro "
                     "verwaltet, kam Geld herein.", "Westfonds", "4 Milliarden", lang="de")


# --- the noun whose examples a list of names gives --------------------------------------------

def _examples(text: str, trigger: str) -> tuple[set[int], int]:
    sentence = document(text, lang="en").sentences[0]
    return _joined_examples("en", sentence, [mention(sentence, "Nordwerk")], text.index(trigger))


def test_example_list_noun_is_the_word_before_its_opener() -> None:
    text = "It sells to makers like Nordwerk and wins clients such as Südbau in the south."
    assert _examples(text, "clients") == ({text.index("Nordwerk")}, text.index("makers"))


def test_example_opener_at_the_start_has_its_noun_at_the_start() -> None:
    """Look-alike: no noun stands before the opener, so the search must not run on past it."""
    text = "like Nordwerk and wins clients such as Südbau in the south."
    assert _examples(text, "clients") == ({text.index("Nordwerk")}, 0)


# --- how an article prints a word ------------------------------------------------------------

def test_word_prints_finds_a_capitalised_word_inside_sentences_only() -> None:
    doc = document("Harbor rose 4 percent.", "Investors bought Harbor shares, and Harbor fell.",
                   lang="en")
    prints = doc.word_prints("Harbor")
    assert [(index, start) for index, start, _ in prints.inside] == [(1, 17), (1, 36)]
    assert not prints.lower
    assert doc.word_prints("Harbor") is prints  # found once per article


def test_word_printed_in_lower_case_is_told_apart() -> None:
    """Look-alike: a common word opening a sentence that a later one prints in lower case."""
    doc = document("Harbor rose 4 percent.", "The harbor was full.", lang="en")
    prints = doc.word_prints("Harbor")
    assert prints.inside == ()
    assert prints.lower


def test_example_joint_takes_lower_case_words_of_any_letters() -> None:
    """"und übernimmt Kunden": a verb with an umlaut joins a later phrase to the examples;
    look-alike: a capitalised word after "und" opens a name, no verb of the subject."""
    text = "Es beliefert Hersteller wie Nordwerk und übernimmt Kunden wie Südbau."
    sentence = document(text).sentences[0]
    found = _joined_examples("de", sentence, [mention(sentence, "Nordwerk")], text.index("Kunden"))
    assert found == ({text.index("Nordwerk")}, text.index("Hersteller"))
    text = "Es beliefert Hersteller wie Nordwerk und Übersee Kunden wie Südbau."
    sentence = document(text).sentences[0]
    found = _joined_examples("de", sentence, [mention(sentence, "Nordwerk")], text.index("Kunden"))
    assert found == (set(), 0)
