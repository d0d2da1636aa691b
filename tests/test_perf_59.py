"""Tests of cuts that leave every fact as it was: the prefilter reads the words a
look-ahead needs, the relation rules ask whether a sentence's deals are real once, look
for the article's customers only after a customer phrase, and pass over sentences that
name no one. Each is checked both ways: a sentence with a fact of the family still gives
it, and a look-alike without one is stopped before the costly work. Sentences written for
this test."""

from __future__ import annotations

import random
import re
from collections import Counter
from typing import Any

import pytest
from helpers import counting, run, triples

import kg.nlp.relations as relations_module
from kg.nlp.extract import Extractor
from kg.nlp.prefilter import Gate, Prefilter, required_literals
from kg.nlp.relations import trigger_rules

# --- the prefilter reads the words of a look-ahead or look-behind -------------------------------

def test_required_literals_of_a_lookahead() -> None:
    owned = re.compile(r",\s+(?:die|der)\s+(?=[^.;,]{1,60}?\s(?:gehört|gehörte)\b)")
    assert required_literals(owned) == {"gehört"}  # re reads "gehörte" as "gehört" and an "e"
    assert required_literals(re.compile(r"(?<=Kunde )\w+")) == {"kunde "}


def test_required_literals_never_of_a_negative_assertion() -> None:
    """Look-alikes: a word a negative look-ahead or look-behind names must be absent, it is
    no piece; with nothing else to read, the pattern has no pieces and always runs."""
    assert required_literals(re.compile(r"(?!Umsatz)[A-Z]\w+")) is None
    assert required_literals(re.compile(r"(?<!Kunde )[A-Z]\w+")) is None
    assert required_literals(re.compile(r"(?!Umsatz)Gewinn\w*")) == {"gewinn"}


def test_prefilter_with_lookarounds_never_skips_a_pattern_that_matches() -> None:
    patterns = [re.compile(r",\s+die\s+(?=[^.;,]{0,20}?gehört)"),
                re.compile(r"(?<=Kunde )[A-Z]\w*"),
                re.compile(r"\bX(?=\s+(?:zählt|gehört))", re.IGNORECASE),
                re.compile(r"(?<!Kunde )Acme")]
    prefilter = Prefilter(patterns)
    words = [", ", "die", "Die", " ", "gehört", "GEHÖRT", "zählt", "Kunde", "kunde", "Acme", "X",
             "x", ".", "Zorb"]
    rnd = random.Random(59)
    texts = ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 30))) for _ in range(3000)]
    for text in texts:
        possible = prefilter.candidates(text)
        assert all(i in possible for i, p in enumerate(patterns) if p.search(text)), text
        assert Gate(patterns[0]).passes(text) or not patterns[0].search(text), text
    assert 0 not in prefilter.candidates(", die Firma von X")  # the look-ahead's word is absent
    assert 3 in prefilter.candidates("Acme")  # the word a negative look-behind names is no piece


def test_owned_clause_rule_reads_the_verb_of_its_lookahead() -> None:
    rule = next(r for r in trigger_rules("de") if r.name == "relations/de/subsidiaryOf-owned-clause")
    pieces = required_literals(rule.trigger)
    assert pieces is not None and "gehört" in pieces


def _spy_rules(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    applied: list[tuple[str, str]] = []
    original = relations_module._apply_trigger

    def spy(document: Any, sentence: Any, rule: Any, *args: Any) -> Any:
        applied.append((sentence.text, rule.name))
        return original(document, sentence, rule, *args)

    monkeypatch.setattr(relations_module, "_apply_trigger", spy)
    return applied


_OWNED = "relations/de/subsidiaryOf-owned-clause"


def test_owned_clause_still_read(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    applied = _spy_rules(monkeypatch)
    text = "Der Konzern verkauft Teile an MAN, die zu Volkswagen gehört."
    x = run(extractor, text, "de")
    assert ("MAN", "subsidiaryOf", "Volkswagen") in triples(x)
    assert (text, _OWNED) in applied


def test_relative_clause_without_the_verb_skips_the_owned_rule(
        extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """Look-alike: ", die zu …" with no verb of belonging after it; the rule is not tried."""
    applied = _spy_rules(monkeypatch)
    text = "Der Konzern verkauft Teile an MAN, die zu Volkswagen passen."
    x = run(extractor, text, "de")
    assert ("MAN", "subsidiaryOf", "Volkswagen") not in triples(x)
    assert (text, _OWNED) not in applied


# --- whether a sentence's deals are real is asked once ----------------------------------------

def test_real_deal_asked_once(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = counting(monkeypatch, relations_module, "_unreal_from",
                     lambda document, sentence: sentence.text)
    text = "Siemens acquired Osram and bought a majority stake in the company."
    x = run(extractor, text, "en", headline="Deal")
    assert ("Siemens", "acquired", "Osram") in triples(x)
    assert asked[text] == 1


def test_talked_of_deal_asked_once_and_not_read(extractor: Extractor,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Look-alike: a deal only talked of gives no takeover; still asked once."""
    asked = counting(monkeypatch, relations_module, "_unreal_from",
                     lambda document, sentence: sentence.text)
    text = "Siemens is in talks to acquire Osram and to buy a stake in the company."
    x = run(extractor, text, "en", headline="Deal")
    assert ("Siemens", "acquired", "Osram") not in triples(x)
    assert asked[text] == 1


# --- the article's customers are looked for only after a customer phrase -------------------------

def _customer_walks(monkeypatch: pytest.MonkeyPatch) -> Counter[object]:
    """The walks of the list after a sentence's opening name, by sentence: the customer rule
    is the one caller that walks from the sentence's own list of mentions."""
    return counting(monkeypatch, relations_module, "list_after",
                    lambda lang, sentence, after, t_end: sentence.text
                    if after is sentence.mentions else None)


def test_customers_of_the_article_still_read(extractor: Extractor,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    walked = _customer_walks(monkeypatch)
    text = "Microsoft and Amazon are among its biggest customers."
    x = run(extractor, f"Nvidia reported record revenue on Wednesday. {text}", "en",
            headline="Nvidia results")
    assert {("Nvidia", "supplierOf", "Microsoft"), ("Nvidia", "supplierOf", "Amazon")} <= triples(x)
    assert walked[text] == 1


def test_rivals_of_the_article_walk_no_customer_list(extractor: Extractor,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Look-alike: "among its rivals" is no customer phrase; no supply is read and the list
    after the opening name is not walked for customers."""
    walked = _customer_walks(monkeypatch)
    text = "Microsoft and Amazon are among its biggest rivals."
    x = run(extractor, f"Nvidia reported record revenue on Wednesday. {text}", "en",
            headline="Nvidia results")
    assert not any(p == "supplierOf" for _s, p, _o in triples(x))
    assert walked[text] == 0


# --- a sentence that names no one passes no relation rule -------------------------------------

def test_sentence_without_names_reaches_no_relation_rule(extractor: Extractor,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    facts = counting(monkeypatch, relations_module, "_sentence_facts",
                     lambda document, sentence: sentence.text)
    plain = "The market was calm on Monday."
    x = run(extractor, f"Siemens acquired Osram in a cash deal. {plain}", "en", headline="Deal")
    assert ("Siemens", "acquired", "Osram") in triples(x)
    assert facts["Siemens acquired Osram in a cash deal."] == 1
    assert facts[plain] == 0
