"""A parent named through its child ("Der Mutterkonzern der Handelsplattform Temu", "the parent
company of TikTok") is the one the clause speaks of: its figures go to the parent the
apposition after names, else to the catalogue's parent or developer, else to no one; never to
the child named. Sentences written for the tests."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run, run_in

from kg.nlp.extract import Extractor


def test_a_parent_named_through_its_unit_takes_the_catalogues_parent(extractor: Extractor) -> None:
    for body in ("Der Mutterkonzern von Temu steigerte den Umsatz um 21 Prozent.",
                 "Der Mutterkonzern der Handelsplattform Temu steigerte den Umsatz um 21 Prozent.",
                 "Die Konzernmutter von Temu steigerte den Umsatz um 21 Prozent."):
        found = metric_facts(run_in(extractor, body, "de"), "RevenueGrowth")
        assert found == {("PDD Holdings", Decimal("21"))}, body


def test_a_parent_named_through_its_product_takes_the_developer(extractor: Extractor) -> None:
    x = run_in(extractor, "The parent company of TikTok grew revenue by 31% last year.", "en")
    assert metric_facts(x, "RevenueGrowth") == {("ByteDance", Decimal("31"))}


def test_a_parent_named_in_apposition_takes_the_figure(extractor: Extractor) -> None:
    for body, lang in (("Der Mutterkonzern von TikTok, Bytedance, steigerte den Umsatz um 31 Prozent.", "de"),
                       ("The parent company of TikTok, ByteDance, grew revenue by 31%.", "en")):
        found = metric_facts(run_in(extractor, body, lang), "RevenueGrowth")
        assert found == {("ByteDance", Decimal("31"))}, body


def test_a_parent_no_one_names_takes_nothing(extractor: Extractor) -> None:
    # the catalogue knows no parent of Siemens: the clause's figure is no one's
    x = run(extractor, "BMW steigerte den Absatz deutlich. "
                       "Der Mutterkonzern von Siemens steigerte den Umsatz um 12 Prozent.",
            headline="BMW legt Zahlen vor")
    assert not metric_facts(x, "RevenueGrowth")
    x = run_in(extractor, "The parent company of Siemens grew revenue by 12%.", "en")
    assert not metric_facts(x, "RevenueGrowth")


def test_a_parent_named_in_full_as_the_subject_keeps_the_figure(extractor: Extractor) -> None:
    x = run_in(extractor, "PDD Holdings, der Mutterkonzern von Temu, steigerte den Umsatz um 21 Prozent.", "de")
    assert metric_facts(x, "RevenueGrowth") == {("PDD Holdings", Decimal("21"))}
    x = run_in(extractor, "Temu steigerte den Umsatz um 21 Prozent.", "de")
    assert metric_facts(x, "RevenueGrowth") == {("Temu", Decimal("21"))}


def test_a_unit_after_its_parent_word_stays_a_mention_of_the_parent(extractor: Extractor) -> None:
    x = run_in(extractor, "Der Mutterkonzern der Google-Tochter Waymo steigerte den Umsatz um 12 Prozent.", "de")
    assert metric_facts(x, "RevenueGrowth") == {("Alphabet", Decimal("12"))}


def test_mother_as_a_common_word_names_no_parent(extractor: Extractor) -> None:
    # "Porsche" is the first part of a compound, not the one whose parent is meant
    x = run_in(extractor, "Die Mutter der Porsche-Familie sprach von einem guten Jahr. "
                          "Porsche steigerte den Umsatz um 6 Prozent.", "de")
    assert metric_facts(x, "RevenueGrowth") == {("Porsche", Decimal("6"))}
