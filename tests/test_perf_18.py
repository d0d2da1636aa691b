"""Tests that stop a rule early where a sentence can hold none of its facts,
checked both ways: a sentence with a fact of the rule's family still reaches
the rule and gives the fact, and one without is stopped before the rule does
its costly work. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from helpers import counting, run, triples

import kg.nlp.figures as figures_module
import kg.nlp.relations as relations_module
from kg.nlp.extract import Extractor
from kg.nlp.relations import _needs_two_names, trigger_rules

# --- the year-before ellipsis reads the numbers only after its opening ---------------------------

_NO_NUMBER = "The board met again on Monday."


def test_year_before_opening_reaches_the_rule(extractor: Extractor,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    reads = counting(monkeypatch, figures_module, "find_quantities", lambda text, lang: text)
    x = run(extractor, f"Siemens expects revenue of 80 billion euros in 2026. "
            f"A year earlier it was 75 billion euros. {_NO_NUMBER}", lang="en",
            headline="Siemens outlook")
    before = [(f.metric, f.period) for f in x.figures if f.value == Decimal("75000000000")]
    assert before == [("Revenue", "2025")]
    assert reads[_NO_NUMBER] == 0, "a sentence without the opening is not read for numbers"


def test_year_before_without_opening_gives_no_figure(extractor: Extractor) -> None:
    """Look-alike: the same amount after a sentence of revenue, told with no year-before opening."""
    x = run(extractor, "Siemens expects revenue of 80 billion euros in 2026. "
            "The lawyers said it was 75 billion euros.", lang="en", headline="Siemens outlook")
    assert not any(f.value == Decimal("75000000000") and f.period == "2025" for f in x.figures)


# --- trigger rules of two names pass over a sentence with one --------------------------------------

@pytest.mark.parametrize("lang", ["de", "en"])
def test_two_name_gate_keeps_the_rules_that_take_fewer(lang: str) -> None:
    """A list, the article's company as a side, or a name alone: those rules still run."""
    rules = trigger_rules(lang)
    assert any(_needs_two_names(rule) for rule in rules)
    for rule in rules:
        if rule.shape == "list" or rule.salient_object or rule.alone \
                or (rule.salient_subject and rule.shape == "passive"):
            assert not _needs_two_names(rule), rule.name


def _rules_applied(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """(sentence, whether the rule needs two names) of every trigger rule applied."""
    applied: list[tuple[str, bool]] = []
    original = relations_module._apply_trigger

    def spy(document: Any, sentence: Any, rule: Any, *args: Any) -> Iterator[Any]:
        applied.append((sentence.text, _needs_two_names(rule)))
        return original(document, sentence, rule, *args)

    monkeypatch.setattr(relations_module, "_apply_trigger", spy)
    return applied


def test_two_names_and_a_deal_cue_reach_the_deal_rule(extractor: Extractor,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    applied = _rules_applied(monkeypatch)
    x = run(extractor, "Siemens acquired Osram in a cash deal.", lang="en", headline="Deal")
    assert ("Siemens", "acquired", "Osram") in triples(x)
    assert ("Siemens acquired Osram in a cash deal.", True) in applied


def test_one_name_and_a_deal_cue_skip_the_two_name_rules(extractor: Extractor,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    applied = _rules_applied(monkeypatch)
    asked = counting(monkeypatch, relations_module, "_unreal", lambda document, sentence: sentence.text)
    text = "Siemens acquired a small workshop in a cash deal."
    x = run(extractor, text, lang="en", headline="Deal")
    assert not any(t[1] == "acquired" for t in triples(x))
    assert not any(needs for sentence, needs in applied if sentence == text)
    if not any(sentence == text for sentence, _ in applied):
        assert asked[text] == 0, "no rule left to run: the deal is not weighed"


# --- the made-for rule gathers the article's names only for a product before a buyer ------------

def test_counted_product_for_a_buyer_is_still_a_supply(extractor: Extractor) -> None:
    x = run(extractor, "Airbus said it will build 20 A350 freighters for Lufthansa.", lang="en",
            headline="Airbus order")
    assert {("Airbus", "supplierOf", "Lufthansa"), ("Lufthansa", "uses", "Airbus A350")} <= triples(x)


def test_buyer_without_a_product_gathers_no_names(extractor: Extractor,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Look-alike: "20 freighters for Lufthansa" counts no product the catalogue knows; the
    rule stops before it reads the other sentences' names (their list would raise here)."""
    class Unread(list[Any]):
        def __iter__(self) -> Iterator[Any]:
            raise AssertionError("the article's sentences were read")

    calls: list[str] = []
    produced: list[Any] = []
    original = relations_module._made_for

    def guarded(document: Any, sentence: Any) -> Iterator[Any]:
        calls.append(sentence.text)
        sentences = document.sentences
        document.sentences = Unread(sentences)
        try:
            found = list(original(document, sentence))
            produced.extend(found)
            return iter(found)
        finally:
            document.sentences = sentences

    monkeypatch.setattr(relations_module, "_made_for", guarded)
    run(extractor, "Airbus said it will build 20 freighters for Lufthansa.", lang="en",
        headline="Airbus order")
    assert calls, "the rule was asked"
    # the product rule finds nothing ("Airbus supplierOf Lufthansa" may come from the verb's rule)
    assert not produced

