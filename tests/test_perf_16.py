"""A per-article cut: a figure's subject finds the names
listed before its number once, for both list rules ("each", "combined").
What the rules find must stay the same."""

from __future__ import annotations

import pytest
from test_attribution import anything, document, nothing_before, target

from kg.nlp import attribution
from kg.nlp.attribution import combined_of, each_of, figure_subject, listed_before
from kg.nlp.gazetteer import Mention


def test_listed_before_gives_the_list_and_the_words_up_to_the_number() -> None:
    s = document("Siemens und Adidas stiegen jeweils um 2 Prozent.").sentences[0]
    at = s.text.index("2 Prozent")
    run, gap = listed_before(s, at, anything, "de")
    assert [m.label for m in run] == ["Siemens", "Adidas"]
    assert gap == " stiegen jeweils um "


def test_listed_before_gives_nothing_for_one_name() -> None:
    s = document("Siemens stieg jeweils um 2 Prozent.").sentences[0]
    assert listed_before(s, s.text.index("2 Prozent"), anything, "de") == ([], "")


def test_listed_before_leaves_out_names_that_cannot_carry() -> None:
    s = document("Siemens und Adidas stiegen jeweils um 2 Prozent.").sentences[0]

    def not_adidas(m: Mention) -> bool:
        return m.label != "Adidas"

    run, _ = listed_before(s, s.text.index("2 Prozent"), not_adidas, "de")
    assert run == []  # Siemens alone is no list


@pytest.mark.parametrize(("text", "number", "lang", "each", "combined"), [
    pytest.param("Siemens und Adidas stiegen jeweils um 2 Prozent.", "2 Prozent", "de",
                 ["Siemens", "Adidas"], [], id="each-de"),
    pytest.param("Siemens und Adidas investieren zusammen 2 Milliarden Euro.",
                 "2 Milliarden Euro", "de", [], ["Siemens", "Adidas"], id="combined-de"),
    pytest.param("Siemens and Adidas each rose 2%.", "2%", "en",
                 ["Siemens", "Adidas"], [], id="each-en"),
    pytest.param("Siemens und Adidas stiegen um 2 Prozent.", "2 Prozent", "de",
                 [], [], id="list-without-either-word"),
    pytest.param("Siemens stieg jeweils um 2 Prozent.", "2 Prozent", "de",
                 [], [], id="one-name-with-each-word"),
])
def test_list_rules_find_the_same_with_the_listing_handed_over(
        text: str, number: str, lang: str, each: list[str], combined: list[str]) -> None:
    s = document(text, lang=lang).sentences[0]
    start = s.text.index(number)
    end = start + len(number)
    listing = listed_before(s, start, anything, lang)
    assert each_of(s, start, end, anything, lang) == each
    assert each_of(s, start, end, anything, lang, listing) == each
    assert combined_of(s, start, end, anything, lang) == combined
    assert combined_of(s, start, end, anything, lang, listing) == combined


def test_figure_subject_lists_the_names_before_the_number_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A list with neither word goes through both list rules to the
    candidates; the names listed before the number are found once."""
    calls: list[int] = []
    original = attribution._listed_before

    def counted(*args: object, **kwargs: object) -> tuple[list[Mention], str]:
        calls.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(attribution, "_listed_before", counted)
    doc = document("Siemens und Adidas melden Zahlen.",
                   "Der Umsatz von Siemens und Adidas stieg um 5 Prozent.")
    s = doc.sentences[1]
    t = target(s, "5 Prozent", "Umsatz")
    figure_subject(doc, s, t, anything, nothing_before)
    assert len(calls) == 1
