"""A group's figure after a passage on its listed subsidiary
(``kg.nlp.attribution.part_of_salient``), on sentences written for the test."""

from __future__ import annotations

from helpers import run

from kg.nlp.extract import Extractor


def _ratios(extractor: Extractor, body: str, headline: str) -> set[tuple[str, float]]:
    found = run(extractor, body, lang="de", headline=headline)
    return {(f.about, float(f.value)) for f in found.figures if f.metric == "Other"}


def test_unnamed_figure_two_sentences_after_the_subsidiary_is_the_groups(
        extractor: Extractor) -> None:
    ratios = _ratios(extractor, "Talanx hat den Gewinn im Quartal deutlich gesteigert. Die Hannover "
                     "Rück hatte schon vorige Woche starke Zahlen gemeldet. In der Sparte "
                     "Privatkunden lief es ebenfalls gut. Die Eigenkapitalquote lag zuletzt bei "
                     "41 Prozent.", "Talanx erhöht Gewinnziel")
    assert ("Hannover Re", 41) not in ratios
    assert ("Talanx", 41) in ratios


def test_figure_right_after_the_subsidiary_stays_with_it(extractor: Extractor) -> None:
    """The look-alike: the sentence just before names the subsidiary as its subject."""
    ratios = _ratios(extractor, "Talanx hat den Gewinn im Quartal deutlich gesteigert. Die Hannover "
                     "Rück hatte schon vorige Woche starke Zahlen gemeldet. Die Eigenkapitalquote "
                     "lag zuletzt bei 41 Prozent.", "Talanx erhöht Gewinnziel")
    assert ("Talanx", 41) not in ratios
