"""kg.nlp.gazetteer with the real catalogue: inflected, possessive and
compound forms of catalogue names in sentences written for these tests."""

from __future__ import annotations

import itertools

import pytest

from kg.nlp.gazetteer import Gazetteer, Mention


def mentions_of(gazetteer: Gazetteer, text: str, label: str) -> list[Mention]:
    return [m for m in gazetteer.find(text) if m.label == label]


def found_span(gazetteer: Gazetteer, text: str, label: str) -> str:
    [mention] = mentions_of(gazetteer, text, label)
    assert mention.surface == text[mention.start:mention.end]
    return mention.surface


@pytest.mark.parametrize(("text", "surface", "label"), [
    ("Alibabas Cloud-Sparte wuchs schneller als erwartet.", "Alibabas", "Alibaba Group"),
    ("Analysten loben Metas neues Sprachmodell.", "Metas", "Meta Platforms"),
    ("Nvidias Umsatz mit Rechenzentren hat sich verdoppelt.", "Nvidias", "Nvidia"),
], ids=["Alibabas", "Metas", "Nvidias"])
def test_gazetteer_german_genitive(gazetteer: Gazetteer, text: str, surface: str,
                                   label: str) -> None:
    assert found_span(gazetteer, text, label) == surface


@pytest.mark.parametrize(("text", "surface"), [
    ("Analysts expect Microsoft's cloud revenue to grow again.", "Microsoft's"),
    ("Analysts expect Microsoft’s cloud revenue to grow again.", "Microsoft’s"),
], ids=["straight", "curly"])
def test_gazetteer_english_possessive(gazetteer: Gazetteer, text: str, surface: str) -> None:
    assert found_span(gazetteer, text, "Microsoft") == surface


def test_gazetteer_possessive_apostrophe_after_s(gazetteer: Gazetteer) -> None:
    text = "Siemens' Auftragseingang stieg im Quartal deutlich."
    assert found_span(gazetteer, text, "Siemens") == "Siemens'"


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Die Alibaba-Aktie legte am Freitag kräftig zu.", "Alibaba", "Alibaba Group"),
    ("Der Tencent-Chef kündigte neue Spiele an.", "Tencent", "Tencent Holdings"),
], ids=["Alibaba-Aktie", "Tencent-Chef"])
def test_gazetteer_hyphen_compound_first_part(gazetteer: Gazetteer, text: str, name: str,
                                              label: str) -> None:
    assert found_span(gazetteer, text, label) == name


@pytest.mark.parametrize(("text", "surface", "label"), [
    ("Alibaba Cloud arbeitet mit dem Internationalen Olympischen Komitee zusammen.",
     "Internationalen Olympischen Komitee", "International Olympic Committee"),
    ("Die Aktie der Deutschen Börse verlor am Nachmittag.",
     "Deutschen Börse", "Deutsche Börse"),
], ids=["IOC-dative", "Deutsche-Boerse-genitive"])
def test_gazetteer_inflected_multi_word_alias(gazetteer: Gazetteer, text: str, surface: str,
                                              label: str) -> None:
    assert found_span(gazetteer, text, label) == surface


def test_gazetteer_mention_carries_catalogue_type(gazetteer: Gazetteer) -> None:
    [mention] = mentions_of(gazetteer, "Das Internationale Olympische Komitee tagt.",
                            "International Olympic Committee")
    assert mention.type == "Organization"


@pytest.mark.parametrize("text", [
    "Die Metallpreise zogen zum Wochenschluss deutlich an.",
    "Die Ameta Holding meldete einen Gewinnsprung.",
    "Metadaten und das Metaverse sind keine Unternehmen.",
], ids=["Metallpreise", "Ameta", "Metadaten"])
def test_gazetteer_no_match_inside_other_words(gazetteer: Gazetteer, text: str) -> None:
    assert mentions_of(gazetteer, text, "Meta Platforms") == []


def test_gazetteer_name_inside_word_does_not_hide_real_mention(gazetteer: Gazetteer) -> None:
    text = "Trotz höherer Metallpreise stieg die Meta-Aktie."
    assert found_span(gazetteer, text, "Meta Platforms") == "Meta"


def test_gazetteer_longest_match_wins(gazetteer: Gazetteer) -> None:
    text = "Alibaba Cloud steigerte den Umsatz um 34 Prozent."
    assert [(m.label, m.surface) for m in gazetteer.find(text)] == [
        ("Alibaba Cloud", "Alibaba Cloud")]


def test_gazetteer_longest_alias_of_same_entity(gazetteer: Gazetteer) -> None:
    text = "Die Alibaba Group Holding legt Zahlen vor."
    assert found_span(gazetteer, text, "Alibaba Group") == "Alibaba Group Holding"


def test_gazetteer_mentions_in_text_order_without_overlap(gazetteer: Gazetteer) -> None:
    text = "Tencent und Alibaba konkurrieren mit Baidu um KI-Kunden."
    found = gazetteer.find(text)
    assert [m.label for m in found] == ["Tencent Holdings", "Alibaba Group", "Baidu"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
