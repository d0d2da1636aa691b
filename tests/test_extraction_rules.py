"""Each rule family of the extractor, on sentences written for the test.

The sentences are made up (names of real companies, invented facts) so that
every expectation follows from the rule, not from a sample article.
"""

from __future__ import annotations

import random
import re
from decimal import Decimal

import numpy as np
import pytest
import spacy
from helpers import run, triples
from spacy.tokenizer import Tokenizer

from kg.nlp.extract import Extractor
from kg.nlp.lang import info
from kg.nlp.pipeline import build_pipeline, sentencizer_starts
from kg.nlp.prefilter import Gate, Prefilter, required_literals
from kg.records import Extraction


def figures(x: Extraction) -> list[tuple[str, str, Decimal | None, str]]:
    return [(f.about, f.metric, f.value, f.unit) for f in x.figures]


def labels(x: Extraction) -> dict[str, str]:
    return {e.label: e.type for e in x.entities}


# --- references -------------------------------------------------------------

def test_references_company_head_resolves_to_last_company(extractor: Extractor) -> None:
    x = run(extractor, "Siemens hat neue Zahlen vorgelegt. Der Industriekonzern steigerte den "
                       "Umsatz um 4 Prozent.")
    assert ("Siemens", "RevenueGrowth", Decimal("4"), "Percent") in figures(x)


def test_references_unit_keyword_translated_to_catalogue_name(extractor: Extractor) -> None:
    x = run(extractor, "Tencent legte Zahlen vor. Die Spielesparte steigerte ihre Erlöse um "
                       "9 Prozent.", headline="Tencent-Aktie")
    assert ("Tencent Games", "RevenueGrowth", Decimal("9"), "Percent") in figures(x)
    assert ("Tencent Games", "subsidiaryOf", "Tencent Holdings") in triples(x)


def test_references_product_developer_phrase(extractor: Extractor) -> None:
    x = run(extractor, "Der ChatGPT-Entwickler sammelte 2 Milliarden Dollar ein.")
    assert labels(x).get("OpenAI") == "Company"


def test_references_parent_phrase(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie des Google-Mutterkonzerns stieg um 2 Prozent.")
    assert ("Alphabet", "StockPriceChange", Decimal("2"), "Percent") in figures(x)


def test_references_english_company_head(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia reported results. The chipmaker said revenue rose 12%.", lang="en",
            headline="Nvidia results")
    assert ("Nvidia", "RevenueGrowth", Decimal("12"), "Percent") in figures(x)


# --- discovery --------------------------------------------------------------

def test_discovery_legal_suffix_makes_company(extractor: Extractor) -> None:
    x = run(extractor, "Die Brandtwerk AG erhöhte ihren Umsatz um 5 Prozent.")
    assert labels(x).get("Brandtwerk") == "Company"


def test_discovery_financial_name_ending(extractor: Extractor) -> None:
    x = run(extractor, "Die Beteiligung hält Nordlicht Capital seit Jahren.")
    assert labels(x).get("Nordlicht Capital") == "FinancialInstitution"


def test_discovery_apposition_types_by_noun(extractor: Extractor) -> None:
    x = run(extractor, "Das Analysehaus Feldberg stuft die Aktie von SAP mit „Buy“ ein.")
    assert labels(x).get("Feldberg") == "FinancialInstitution"
    assert ("Feldberg", "SAP", "Buy") in {(r.by, r.about, r.rating) for r in x.ratings}


def test_discovery_person_by_role_and_surname_repeat(extractor: Extractor) -> None:
    x = run(extractor, "Bei der Deutschen Bank hob Analystin Marta Kowalski das Kursziel für "
                       "Infineon auf 50 Euro. Kowalski verweist auf die Nachfrage.")
    assert labels(x).get("Marta Kowalski") == "Person"
    assert ("Marta Kowalski", "worksFor", "Deutsche Bank") in triples(x)


def test_discovery_english_speaker(extractor: Extractor) -> None:
    x = run(extractor, "Demand remains strong, said Peter Holloway, an analyst at Jefferies.",
            lang="en", headline="Chips")
    assert labels(x).get("Peter Holloway") == "Person"


# --- relations --------------------------------------------------------------

def test_relations_competitor_list_after_trigger(extractor: Extractor) -> None:
    x = run(extractor, "Baidu kämpft gegen Konkurrenten wie Tencent oder ByteDance.")
    found = triples(x)
    assert ("Baidu", "competitorOf", "Tencent Holdings") in found
    assert ("Baidu", "competitorOf", "ByteDance") in found


def test_relations_competitor_between_models_not_companies(extractor: Extractor) -> None:
    x = run(extractor, "Das Modell Qwen übertrifft Wettbewerber wie Metas Llama.")
    found = triples(x)
    assert ("Qwen", "competitorOf", "Llama") in found
    assert ("Meta Platforms", "develops", "Llama") in found


def test_relations_negated_sentence_yields_no_partnership(extractor: Extractor) -> None:
    x = run(extractor, "SAP hat keine Partnerschaft mit Oracle geschlossen.")
    assert not any(p == "partnerOf" for _, p, _ in triples(x))


def test_relations_partnership_with(extractor: Extractor) -> None:
    x = run(extractor, "Siemens verkündete eine Partnerschaft mit Nvidia.")
    found = triples(x)
    assert ("Siemens", "partnerOf", "Nvidia") in found or ("Nvidia", "partnerOf", "Siemens") in found


def test_relations_acquisition_english(extractor: Extractor) -> None:
    x = run(extractor, "Microsoft acquires Activision Blizzard after a long review.", lang="en",
            headline="Deal")
    assert ("Microsoft", "acquired", "Activision Blizzard") in triples(x)


def test_relations_role_before_person(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia-Chef Jensen Huang sprach auf der Konferenz.")
    assert ("Jensen Huang", "worksFor", "Nvidia") in triples(x)
    assert any(r.role for r in x.relations if r.predicate == "worksFor")


def test_relations_seat_with_aus(extractor: Extractor) -> None:
    x = run(extractor, "Der Softwarekonzern SAP aus Walldorf legte zu.")
    assert ("SAP", "locatedIn", "Walldorf") in triples(x)


def test_relations_english_based(extractor: Extractor) -> None:
    x = run(extractor, "Shares of the Cupertino-based Apple rose.", lang="en", headline="Apple")
    assert ("Apple", "locatedIn", "Cupertino") in triples(x)


def test_relations_listing_named_exchange(extractor: Extractor) -> None:
    x = run(extractor, "An der Nasdaq stieg die Nvidia-Aktie um 2 Prozent.")
    assert ("Nvidia", "listedOn", "Nasdaq") in triples(x)


def test_relations_city_as_trading_venue(extractor: Extractor) -> None:
    x = run(extractor, "Die in Hongkong gehandelten Aktien von BYD fielen um 3 Prozent.")
    assert ("BYD", "listedOn", "Hong Kong Stock Exchange") in triples(x)


def test_relations_ambiguous_city_names_no_exchange(extractor: Extractor) -> None:
    x = run(extractor, "Die in New York gehandelten Aktien von Baidu fielen um 3 Prozent.")
    assert not any(p == "listedOn" for _, p, _ in triples(x))


def test_relations_index_membership(extractor: Extractor) -> None:
    x = run(extractor, "Siemens war der größte Verlierer im DAX.")
    assert ("Siemens", "memberOf", "DAX") in triples(x)


def test_relations_event_participation(extractor: Extractor) -> None:
    x = run(extractor, "Samsung ist Sponsor der Olympischen Winterspiele 2026.")
    assert any(p == "participatesIn" for _, p, _ in triples(x))


def test_relations_covers_from_rating(extractor: Extractor) -> None:
    x = run(extractor, "Goldman Sachs bestätigt für BYD die Einstufung „Buy“.")
    assert ("Goldman Sachs", "covers", "BYD") in triples(x)


# --- figures ----------------------------------------------------------------

def test_figures_share_move_sign_from_verb(extractor: Extractor) -> None:
    x = run(extractor, "Die BMW-Aktie verlor 2,5 Prozent auf 80,10 Euro.")
    found = figures(x)
    assert ("BMW", "StockPriceChange", Decimal("-2.5"), "Percent") in found
    assert ("BMW", "SharePrice", Decimal("80.10"), "EUR") in found


def test_figures_separable_verb_decline(extractor: Extractor) -> None:
    x = run(extractor, "Die Papiere von Zalando gaben um 4 Prozent nach.")
    assert ("Zalando", "StockPriceChange", Decimal("-4"), "Percent") in figures(x)


def test_figures_revenue_with_scale_and_period(extractor: Extractor) -> None:
    x = run(extractor, "Im zweiten Quartal 2025 stieg der Umsatz von Infineon auf 3,7 Milliarden Euro.")
    f = next(f for f in x.figures if f.metric == "Revenue")
    assert (f.about, f.value, f.unit, f.period) == ("Infineon Technologies", Decimal("3700000000"),
                                                   "EUR", "Q2 2025")


def test_figures_price_target_by_institution_and_previous(extractor: Extractor) -> None:
    x = run(extractor, "Die UBS hob das Kursziel für Siemens von 200 auf 230 Euro an.")
    current = [f for f in x.figures if f.metric == "PriceTarget" and f.status == "Estimate"]
    old = [f for f in x.figures if f.metric == "PriceTarget" and f.status == "Previous"]
    assert [(f.value, f.estimated_by) for f in current] == [(Decimal("230"), "UBS")]
    assert [f.value for f in old] == [Decimal("200")]


def test_figures_range_upside(extractor: Extractor) -> None:
    x = run(extractor, "Analysten sehen für Adidas ein Aufwärtspotenzial von 10 bis 15 Prozent.")
    f = next(f for f in x.figures if f.metric == "UpsidePotential")
    assert (f.min_value, f.max_value, f.value) == (Decimal("10"), Decimal("15"), None)


def test_figures_qualifier_from_preceding_word(extractor: Extractor) -> None:
    x = run(extractor, "Der Umsatz von Porsche lag bei knapp 9 Milliarden Euro.")
    assert [f.qualifier for f in x.figures if f.metric == "Revenue"] == ["Approximately"]


def test_figures_uber_after_noun_means_amounting_to(extractor: Extractor) -> None:
    x = run(extractor, "Siemens platzierte eine Anleihe über 3 Milliarden Euro.")
    f = next(f for f in x.figures if f.metric == "DebtIssuance")
    assert f.qualifier == "Exact"


def test_figures_years_and_dates_are_not_figures(extractor: Extractor) -> None:
    x = run(extractor, "Am 12. März 2025 stellte BASF seine Pläne für 2026 vor.")
    assert x.figures == ()


def test_figures_index_level_in_points(extractor: Extractor) -> None:
    x = run(extractor, "Der DAX schloss mit einem Minus von 0,3 Prozent bei 24.010 Punkten.")
    found = figures(x)
    assert ("DAX", "IndexLevel", Decimal("24010"), "Points") in found
    assert ("DAX", "StockPriceChange", Decimal("-0.3"), "Percent") in found


def test_figures_english_revenue_and_profit_in_one_sentence(extractor: Extractor) -> None:
    x = run(extractor, "Revenue at Intel rose 3% to $13.7 billion, while net income fell 20% to "
                       "$1.1 billion.", lang="en", headline="Intel")
    found = figures(x)
    assert ("Intel", "Revenue", Decimal("13700000000"), "USD") in found
    assert ("Intel", "ProfitGrowth", Decimal("-20"), "Percent") in found
    assert ("Intel", "Profit", Decimal("1100000000"), "USD") in found


def test_figures_english_price_after_change(extractor: Extractor) -> None:
    x = run(extractor, "Tesla lost 4.2% to $250.10 in New York.", lang="en", headline="Tesla")
    found = figures(x)
    assert ("Tesla", "StockPriceChange", Decimal("-4.2"), "Percent") in found
    assert ("Tesla", "SharePrice", Decimal("250.10"), "USD") in found


def test_figures_converted_amount_is_approximate(extractor: Extractor) -> None:
    x = run(extractor, "Xiaomi investiert 10 Milliarden Yuan, umgerechnet 1,3 Milliarden Dollar.")
    converted = [f for f in x.figures if f.unit == "USD"]
    assert [f.qualifier for f in converted] == ["Approximately"]


# --- ratings ----------------------------------------------------------------

def test_ratings_quoted_rating_with_institution(extractor: Extractor) -> None:
    x = run(extractor, "Morgan Stanley bestätigt für BMW die Einstufung „Overweight“.")
    assert [(r.by, r.about, r.rating) for r in x.ratings] == [("Morgan Stanley", "BMW",
                                                                 "Overweight")]


def test_ratings_downgrade_keeps_only_new_rating(extractor: Extractor) -> None:
    x = run(extractor, "Die UBS stufte Siemens von „Buy“ auf „Neutral“ ab.")
    assert [r.rating for r in x.ratings] == ["Neutral"]


def test_ratings_consensus_without_institution_is_no_rating(extractor: Extractor) -> None:
    x = run(extractor, "Die meisten Analysten raten bei Puma zu „Kaufen“.")
    assert x.ratings == ()


def test_ratings_english(extractor: Extractor) -> None:
    x = run(extractor, "Citi reiterated its Buy rating on Oracle.", lang="en", headline="Oracle")
    assert [(r.by, r.about, r.rating) for r in x.ratings] == [("Citigroup", "Oracle", "Buy")]


# --- banks as subjects, not only as analysts ----------------------------------

def test_figures_bank_reports_its_own_results(extractor: Extractor) -> None:
    x = run(extractor, "Die Commerzbank verdiente im Quartal 1,1 Milliarden Euro netto. Die Aktie "
                       "des Frankfurter Geldhauses legte um 3 Prozent zu.", headline="Commerzbank")
    found = figures(x)
    assert ("Commerzbank", "StockPriceChange", Decimal("3"), "Percent") in found


def test_figures_bank_as_analyst_is_not_the_subject(extractor: Extractor) -> None:
    x = run(extractor, "Die Aktie der Commerzbank stieg. JPMorgan stuft die Papiere mit "
                       "„Overweight“ ein und sieht ein Kursziel von 40 Euro.", headline="Commerzbank")
    target = next(f for f in x.figures if f.metric == "PriceTarget")
    assert (target.about, target.estimated_by) == ("Commerzbank", "JPMorgan")
    assert [(r.by, r.about) for r in x.ratings] == [("JPMorgan", "Commerzbank")]


def test_figures_bank_outlook_is_guidance(extractor: Extractor) -> None:
    x = run(extractor, "Die Commerzbank erwartet für 2025 einen Gewinn von 2,4 Milliarden Euro.",
            headline="Commerzbank")
    f = next(f for f in x.figures if f.metric == "Profit")
    assert (f.about, f.status, f.estimated_by) == ("Commerzbank", "Guidance", None)


def test_figures_english_target_to_new_from_old(extractor: Extractor) -> None:
    x = run(extractor, "Analysts at Barclays raised their price target on Apple to $250 from $230.",
            lang="en", headline="Apple")
    statuses = {f.value: f.status for f in x.figures if f.metric == "PriceTarget"}
    assert statuses == {Decimal("250"): "Estimate", Decimal("230"): "Previous"}


def test_figures_buyback_in_billions_is_not_a_share_price(extractor: Extractor) -> None:
    x = run(extractor, "Apple announced a $110 billion share buyback and raised its dividend by 4%.",
            lang="en", headline="Apple")
    assert figures(x) == [("Apple", "ShareBuyback", Decimal("110000000000"), "USD")]


def test_figures_cited_source_is_not_the_subject(extractor: Extractor) -> None:
    x = run(extractor, "Alphabet beat estimates, according to LSEG data. The Mountain View, "
                       "California-based company raised its capital spending forecast to "
                       "$93 billion.", lang="en", headline="Alphabet")
    f = next(f for f in x.figures if f.metric == "CapitalExpenditure")
    assert (f.about, f.status) == ("Alphabet", "Guidance")


def test_figures_estimate_word_elsewhere_in_sentence_leaves_result_reported(
        extractor: Extractor) -> None:
    x = run(extractor, "Intel reported revenue of $13.7 billion, above the average estimate of "
                       "$13.1 billion.", lang="en", headline="Intel")
    statuses = {f.value: f.status for f in x.figures if f.metric == "Revenue"}
    assert statuses[Decimal("13700000000")] == "Reported"


def test_figures_amount_per_share_is_eps(extractor: Extractor) -> None:
    x = run(extractor, "Net income rose to $35 billion, or $2.87 per share.", lang="en",
            headline="Alphabet results")
    assert ("EarningsPerShare", Decimal("2.87")) in {(f.metric, f.value) for f in x.figures}


def test_figures_german_compound_ends_in_metric_word(extractor: Extractor) -> None:
    x = run(extractor, "Das Betriebsergebnis von SAP legte um 15 Prozent auf 2,5 Milliarden Euro zu.")
    found = figures(x)
    assert ("SAP", "ProfitGrowth", Decimal("15"), "Percent") in found
    assert ("SAP", "Profit", Decimal("2500000000"), "EUR") in found


# --- speed-ups that must not change what is found ----------------------------

def _random_texts(alphabet: list[str], n: int, seed: int = 1) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(n)]


def _blank(lang: str) -> spacy.language.Language:
    """spaCy's blank pipeline, with the language package's own token endings
    ("2025." is no ordinal in German)."""
    blank = spacy.blank(lang)
    assert isinstance(blank.tokenizer, Tokenizer)
    blank.tokenizer.suffix_search = spacy.util.compile_suffix_regex(
        [*(blank.Defaults.suffixes or ()), *info(lang).suffixes]).search
    return blank


@pytest.mark.parametrize("lang", ["de", "en"])
def test_pipeline_sentences_are_the_sentencizers_with_line_breaks(lang: str) -> None:
    reference = _blank(lang)
    reference.add_pipe("sentencizer")
    reference.add_pipe("finkg_line_breaks", after="sentencizer")
    pieces = list("ab .!?\n,;:\"'()-…。！？1") + ["Nov.", "U.S.", "z.B.", "...", "  ", "\n \n", "3."]
    texts = _random_texts(pieces, 500) + ["", " ", ".", "a", "!a", "\n\na.", "Er sagte: „Ja.“ Dann"]
    for text in texts:
        expected = [s.text for s in reference(text).sents]
        assert [s.text for s in build_pipeline(lang)(text).sents] == expected, text


def test_pipeline_sentencizer_starts_after_final_punctuation() -> None:
    final = np.array([False, True, False, False, True, True, False])
    plain = np.array([True, False, False, True, False, False, True])  # index 2: a quote
    assert sentencizer_starts(final, plain).tolist() == [True, False, False, True, False, False,
                                                         True]


def test_prefilter_required_literals_follow_the_pattern() -> None:
    assert required_literals(re.compile(r"(?<![\w])(?:Umsatz\w*|Erlös)(?![\w])")) == \
        {"umsatz", "erlös"}
    assert required_literals(re.compile(r"\b(?i:der|die)\s+(?P<ref>Konzerns?)\b")) == {"konzern"}
    assert required_literals(re.compile(r"(?:Umsatz|\d+)")) is None  # a branch with no text
    assert required_literals(re.compile(r"x?y")) is None  # too short to rule anything out


def test_prefilter_never_skips_a_pattern_that_matches() -> None:
    patterns = [re.compile(r"(?<![\w])(?:Umsatz\w*|[A-ZÄÖÜ][a-zäöüß]+umsatz)(?![\w])"),
                re.compile(r"\b(?:shares?|stock)\b", re.IGNORECASE),
                re.compile(r"(?i:fiscal) year"),
                re.compile(r"\d+")]
    prefilter = Prefilter(patterns)
    words = ["Umsatz", "Konzernumsatz", "umsatz", "SHARES", "Stock", "ſtock", "FİSCAL", "fıscal",
             " year", " Year", "5", " ", "-", "xx", "İ", "Σ"]
    for text in _random_texts(words, 2000, seed=2):
        possible = prefilter.candidates(text)
        assert all(i in possible for i, p in enumerate(patterns) if p.search(text)), text
    assert prefilter.candidates("nothing here") == {3}  # a pattern without pieces always runs


def test_gate_passes_every_text_its_pattern_matches() -> None:
    """A gate may only rule out texts where its pattern finds nothing: checked
    on random texts made of the pattern's pieces, other case forms and the
    characters ``re`` folds differently from ``str.lower``."""
    pattern = re.compile(r"^\s*(?:Zorblax|Quimbo)\s*$|(?:Fnord vex\s*\?)|Plonk \d+ skee",
                         re.IGNORECASE)
    gate = Gate(pattern)
    words = ["Zorblax", "ZORBLAX", "zorblaX", "Quimbo", "QUİMBO", "quımbo", "Fnord", "vex",
             "?", "Plonk", "PLONK", "7", "ſkee", "skee", " ", "\n", "-", "İ", "x"]
    passed = 0
    for text in _random_texts(words, 2000, seed=5):
        if pattern.search(text):
            assert gate.passes(text), text
        passed += gate.passes(text)
    assert passed < 2000  # it does rule texts out
    assert not gate.passes("Zorbla Quimb, fnord ve, Plon skee")  # no piece whole
    assert gate.passes("  ZORBLAX ")  # another case
    # matched only through a letter re folds but str.lower keeps ("ı" as "i")
    assert pattern.search("quımbo") and "quimbo" not in "quımbo".lower()
    assert gate.passes("quımbo")
    assert Gate(re.compile(r"\d+|[A-Z]{3}")).passes("no pieces: always passes")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_pipeline_tokens_are_the_blank_tokenizers(lang: str) -> None:
    """The pipeline's tokenizer lacks the white-space special cases (so it
    keeps caching) and still splits every text as spaCy's own does."""
    from spacy.attrs import IDX, NORM, ORTH, SPACY

    tokenizer = build_pipeline(lang).tokenizer
    assert not [text for text, cases in tokenizer.rules.items()
                if text.isspace() and cases == [{ORTH: text}]]
    reference = _blank(lang).tokenizer
    pieces = ["Acme", "Inc.", "Co.", "z.B.", "'s", "don't", "—", "–", "\xa0", "\n", "\t", " ",
              "  ", "\n\n", " \n", "(", ")", ",", ".", "5", "3,5", "%", "€", "ab-cd", "U.S.",
              "2025", "3."]
    for text in _random_texts(pieces, 400, seed=3) * 2:  # twice: the second time from the cache
        columns = [ORTH, NORM, IDX, SPACY]
        assert tokenizer(text).to_array(columns).tolist() == \
            reference(text).to_array(columns).tolist(), repr(text)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_period_prefilter_keeps_every_period_pattern_that_matches(lang: str) -> None:
    """Period rules skip the patterns the prefilter rules out, within a
    clause of the sentence too: none of them may match there."""
    from kg.nlp.periods import _period_patterns, _period_prefilter

    patterns = [entry.pattern for entry in _period_patterns(lang)[0]]
    words = ["im dritten Quartal", "im Geschäftsjahr", "in the third quarter", "fiscal",
             "first half", "Halbjahr", "im Jahr", "in", " 2025", " 2024/25", "Q3", "FY26",
             "Dezember", "December", "letzten zwölf Monaten", "past 12 months", "Umsatz",
             "revenue", ",", " ", "5"]
    rnd = random.Random(4)
    for text in _random_texts(words, 1500, seed=5):
        possible = _period_prefilter(lang).candidates(text)
        start = rnd.randint(0, len(text))
        end = rnd.randint(start, len(text))
        for rank, pattern in enumerate(patterns):
            if pattern.search(text) or pattern.search(text, start, end):
                assert rank in possible, (text, pattern.pattern)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_sentence_cues_never_skip_a_match_in_part_of_the_sentence(lang: str) -> None:
    """Unit words, credit words and a speaker's verb are looked for in part
    of a sentence (a clause, the text before a mention) only where the
    sentence's prefilter scan lets their pattern run, a person's age only
    beside an age in brackets: where they do not, no part of the sentence
    may match."""
    from kg.nlp.attribution import _words
    from kg.nlp.discovery import _AGE, _patterns
    from kg.nlp.salience import _credit_before

    words, pats = _words(lang), _patterns(lang)
    credit_before, credit_cue = _credit_before(lang)
    pieces = ["Jane Doe", "Acme", " ", ", ", "von", "by", "der", "Gaming-", "Sparte", "Tochter",
              "Segment", "segments", "division", "business unit", "arm", "Arm", "Quelle:",
              "Source:", "polled", "erhoben", "data from", "sagte", "so", "said", "told",
              "according to", "5", "(", "Jane Doe said", "Jane Doe sagte", "polled by",
              "erhoben von", " Quelle: ", " Source: ", "SAID", "Jane Doe (59)", "(", ")", "59",
              "1"]
    rnd = random.Random(6)
    for text in _random_texts(pieces, 2000, seed=7):
        start = rnd.randint(0, len(text))
        end = rnd.randint(start, len(text))
        if not words.unit_cue.candidates(text):
            assert not list(words.unit_words.finditer(text, start, end)), text
        if not credit_cue.candidates(text):
            assert not credit_before.search(text[:end]), text
        if not pats.speaker_cue.candidates(text):
            assert not pats.speaker_first.search(text), text
        if not _AGE.search(text):
            assert not pats.aged.search(text), text
    assert words.unit_cue.candidates("in der Gaming-Sparte" if lang == "de" else "its arm")


@pytest.mark.parametrize(("text", "sentences"), [
    ("Der Vorstand bestätigte die Prognose für 2025. Die Aktie verlor 2 Prozent.", 2),
    ("Der Kurs lag zuletzt bei 9,1. Die Aktie verlor 2 Prozent.", 2),
    ("Am 3. Oktober fiel die Aktie um 2 Prozent.", 1),  # an ordinal keeps its point
    ("Zum 1. Januar 2026 übernimmt sie den Vorsitz.", 1),
])
def test_german_sentence_ends_after_a_year_or_decimal(text: str, sentences: int) -> None:
    assert len(list(build_pipeline("de")(text).sents)) == sentences

