"""Per-article cuts: answers remembered within one
figure's attribution, and the prefilter reading a sentence's kept scan
itself. Each must leave what the rules find unchanged."""

from __future__ import annotations

import re
from collections import Counter

from test_attribution import anything, document, nothing_before, target

from kg.nlp.attribution import candidates, figure_subject, remembered
from kg.nlp.gazetteer import Mention
from kg.nlp.prefilter import Prefilter


def test_remembered_asks_each_mention_once() -> None:
    asked: Counter[int] = Counter()

    def check(m: Mention) -> bool:
        asked[id(m)] += 1
        return m.type == "Company"

    company = Mention(0, 7, "Siemens", "Company", "Siemens")
    bank = Mention(10, 23, "Goldman Sachs", "FinancialInstitution", "Goldman Sachs")
    ask = remembered(check)
    assert [ask(company), ask(bank), ask(company), ask(bank)] == [True, False, True, False]
    assert sorted(asked.values()) == [1, 1]


def test_remembered_asks_again_for_another_object_of_equal_value() -> None:
    """Answers are kept by object: an equal mention made later (possibly at a
    freed address) is asked itself, never given another's answer."""
    calls: list[Mention] = []

    def check(m: Mention) -> bool:
        calls.append(m)
        return len(calls) == 1  # a different answer on every later ask

    ask = remembered(check)
    first = Mention(0, 7, "Siemens", "Company", "Siemens")
    assert ask(first)
    again = Mention(0, 7, "Siemens", "Company", "Siemens")
    assert again == first and again is not first
    assert not ask(again)
    assert ask(first)  # the first object's answer is kept
    assert calls == [first, again]


def test_figure_subject_asks_usable_once_per_mention() -> None:
    """The rules of a figure's subject (lists, sums, candidates) ask the same
    mentions again; the caller's ``usable`` runs once per mention, and the
    subject is the one the unremembered ``candidates`` gives."""
    doc = document("Siemens und Adidas berichten.",
                   "Der Umsatz von Siemens stieg um 5 Prozent, sagte Adidas.")
    s = doc.sentences[1]
    t = target(s, "5 Prozent", "Umsatz")
    asked: Counter[str] = Counter()

    def usable(m: Mention) -> bool:
        asked[m.label] += 1
        return True

    found = figure_subject(doc, s, t, usable, nothing_before)
    assert found is not None and found.label == "Siemens"
    assert found == candidates(doc, s, t, anything)[0]
    assert asked and max(asked.values()) == 1


def test_prefilter_reads_a_kept_scan_like_a_new_one() -> None:
    patterns = [re.compile(r"\bQuarzbau\w*"), re.compile(r"(?i:zinkhütte)"), re.compile(r"\d+")]
    prefilter = Prefilter(patterns)
    text = "Die Zinkhütte meldet 5 Aufträge."
    memo: dict[str, object] = {}
    fresh = prefilter.candidates(text)
    assert prefilter.candidates(text, memo) == fresh == {1, 2}
    assert prefilter.candidates(text, memo) == fresh  # from the kept scan
    assert prefilter.candidates("Quarzbauer", {}) == {0, 2}


def test_prefilter_does_not_trust_a_scan_kept_before_new_patterns_came() -> None:
    """A sentence scanned before another rule module registered its patterns
    is scanned again: the kept bits know nothing of the new pieces."""
    text = "Die Plumbexa AG und die Zinkhütte."
    memo: dict[str, object] = {}
    assert Prefilter([re.compile(r"(?i:zinkhütte)")]).candidates(text, memo) == {0}
    later = Prefilter([re.compile(r"\bPlumbexa\b"), re.compile(r"\bVolterix\b")])
    assert later.candidates(text, memo) == {0}
    assert later.candidates(text, memo) == {0}  # and kept again afterwards
