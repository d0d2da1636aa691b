"""A parent named through its child ("Der Mutterkonzern der Handelsplattform Temu", "the parent
company of TikTok") is the one the clause speaks of: its figures go to the parent the
apposition after names, else to the catalogue's parent or developer, else to no one; never to
the child named.

A move at a stock market ("verlor an der Börse 10 Prozent", "lost 10% on the stock market",
"fell 3% in New York trading") is a share's: a company's share-price change, never revenue
growth, neither of a unit nor after a revenue word with its own number earlier in the
sentence.

The other way round, a unit named only through its owner ("A unit of Alphabet grew revenue",
"Siemens' unit grew revenue") leaves the owner without the unit's figure, and "the parent"
after a subsidiary whose owner the text does not name gives the figure to no one, least of
all the subsidiary. Sentences written for the tests."""

from __future__ import annotations

from decimal import Decimal

from helpers import labels, metric_facts, run, run_in, triples

from kg.nlp.extract import Extractor


def test_a_parent_named_through_its_unit_takes_the_catalogues_parent(extractor: Extractor) -> None:
    for body in ("Der Mutterkonzern von Temu steigerte den Umsatz um 21 Prozent.",
                 "Der Mutterkonzern der Handelsplattform Temu steigerte den Umsatz um 21 Prozent.",
                 "Die Konzernmutter von Temu steigerte den Umsatz um 21 Prozent."):
        found = metric_facts(run_in(extractor, body, "de"), "RevenueGrowth")
        assert found == {("PDD Holdings", Decimal("21"))}, body


def test_the_child_named_in_a_parent_phrase_stays_an_entity_of_its_parent(extractor: Extractor) -> None:
    x = run_in(extractor, "Der Mutterkonzern der Handelsplattform Temu steigerte den Umsatz um 21 Prozent.", "de")
    assert "Temu" in labels(x)
    assert ("Temu", "subsidiaryOf", "PDD Holdings") in triples(x)


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


def test_a_parents_move_at_the_market_is_a_share_move(extractor: Extractor) -> None:
    x = run_in(extractor, "Der Mutterkonzern der Handelsplattform Temu verlor an der Börse 12 Prozent.", "de")
    assert metric_facts(x, "StockPriceChange") == {("PDD Holdings", Decimal("-12"))}
    assert not metric_facts(x, "RevenueGrowth")


def test_a_move_at_the_market_after_a_revenue_growth_is_the_shares(extractor: Extractor) -> None:
    for body, lang in (("PDD steigerte den Umsatz um 21 Prozent und verlor an der Börse 12 Prozent.", "de"),
                       ("PDD grew revenue by 21% and lost 12% on the stock market.", "en")):
        x = run_in(extractor, body, lang)
        assert metric_facts(x, "RevenueGrowth") == {("PDD Holdings", Decimal("21"))}, body
        assert metric_facts(x, "StockPriceChange") == {("PDD Holdings", Decimal("-12"))}, body


def test_a_units_move_at_the_market_is_no_growth(extractor: Extractor) -> None:
    for body, lang in (("Temu verlor an der Börse 12 Prozent.", "de"),
                       ("Temu konnte an der Börse um 4 Prozent zulegen.", "de"),
                       ("Temu lost 12% on the stock market.", "en")):
        assert not metric_facts(run_in(extractor, body, lang), "RevenueGrowth"), body


def test_a_unit_growing_with_no_market_named_keeps_its_growth(extractor: Extractor) -> None:
    x = run_in(extractor, "Temu steigerte den Umsatz um 21 Prozent.", "de")
    assert metric_facts(x, "RevenueGrowth") == {("Temu", Decimal("21"))}


def test_a_companys_move_in_a_citys_trading_is_a_share_move(extractor: Extractor) -> None:
    x = run_in(extractor, "PDD fell 3% in New York trading.", "en")
    assert metric_facts(x, "StockPriceChange") == {("PDD Holdings", Decimal("-3"))}


def test_a_market_that_is_the_revenue_words_complement_keeps_the_growth(extractor: Extractor) -> None:
    # the turnover of an exchange's trading venue: the market tells whose turnover, no move
    x = run_in(extractor, "Bei der Deutschen Börse stieg der Umsatz im Xetra-Handel um 12 Prozent.", "de")
    assert not metric_facts(x, "StockPriceChange")


def test_a_unit_named_through_its_owner_gives_the_owner_nothing(extractor: Extractor) -> None:
    for body in ("A unit of Alphabet grew revenue by 8% last year.",
                 "Siemens' unit grew revenue by 8% last year."):
        assert not metric_facts(run_in(extractor, body, "en"), "RevenueGrowth"), body


def test_a_unit_named_beside_its_owner_keeps_its_figure(extractor: Extractor) -> None:
    for body in ("Waymo, a unit of Alphabet, grew revenue by 8%.",
                 "Alphabet's unit Waymo grew revenue by 8%."):
        assert metric_facts(run_in(extractor, body, "en"), "RevenueGrowth") == {("Waymo", Decimal("8"))}, body
    x = run_in(extractor, "Alphabet grew revenue by 12%, while a unit of Siemens lost money.", "en")
    assert metric_facts(x, "RevenueGrowth") == {("Alphabet", Decimal("12"))}


def test_the_parent_after_a_subsidiary_is_not_the_subsidiary(extractor: Extractor) -> None:
    for body, lang in (("Waymo weitet seinen Dienst aus. Der Mutterkonzern steigerte den Umsatz um 12 Prozent.", "de"),
                       ("Waymo is expanding its service. The parent company grew revenue by 12%.", "en")):
        assert not metric_facts(run_in(extractor, body, lang), "RevenueGrowth"), body


def test_a_company_told_of_alone_keeps_its_growth(extractor: Extractor) -> None:
    x = run_in(extractor, "Waymo weitet seinen Dienst aus. Das Unternehmen steigerte den Umsatz um 12 Prozent.", "de")
    assert metric_facts(x, "RevenueGrowth") == {("Waymo", Decimal("12"))}


def test_a_name_running_past_its_sentence_keeps_the_article_readable(extractor: Extractor) -> None:
    """A legal form the sentence splitter cuts ("OVS S.p.A.." ends a sentence at "S.p.") leaves
    a mention longer than its sentence: the unit reading must pass it by, not stop the build."""
    x = run(extractor, "DoorDash's revenue rose 12% in the third quarter.\nDoorDash competes with "
            "OVS S.p.A.. The Stoxx Europe 600 rose 1.6% over the same period.", lang="en",
            headline="Market report")
    assert ("DoorDash", Decimal("12")) in metric_facts(x, "RevenueGrowth")
