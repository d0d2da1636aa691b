"""German news on energy, utility, industrial and defence companies, on families of
construction that hold in any article, on sentences written for these tests (catalogued
companies, invented figures): digits grouped by a space ("rund 26 000 Beschäftigte") are one
number where a later group starts with a zero or the space is a narrow one, while two numbers a
plain space parts stay two ("50 787 Dreamliner": a count and a model); "die Tochter von Y" after
a verb ("Während X wächst, kämpft die Tochter von Y …") is a subject of its own and makes no
name before it Y's unit, as an apposition after a comma does; a personal pronoun opening a
sentence ("Sie senkte ihre Prognose") after a clause whose only subject is an empty "es" ("Weniger
rund läuft es bei der Tochter X") stands for that clause's one name X; and a figure of a new
paragraph that names no owner, in an article of no clear subject, is no union's or agency's
named in the paragraph before; a house's rating naming no company, after a paragraph of the
moves of two companies the headline names, is on the one the headline names first ("RWE bestellt
Turbinen bei Vestas"), where no company clearly wins the article; and a share opening a new
paragraph ("¶ Die Aktie sprang um 6,8 Prozent") is the article's company's, which the headline
names, not the share of a company unnamed there that the paragraph before ended on. Each with a
look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import metric_facts, run, triples

from kg.nlp.extract import Extractor
from kg.nlp.quantities import find_quantities

# --- digits grouped by a space ---------------------------------------------------------


def test_space_grouped_digits_are_one_number(extractor: Extractor) -> None:
    x = run(extractor, "Thyssenkrupp beschäftigt rund 26 000 Mitarbeiter in Deutschland.",
            headline="Stahl")
    assert metric_facts(x, "Employees") == {("Thyssenkrupp", Decimal("26000"))}
    assert [q.value for q in find_quantities("ein Auftrag über 1\u202f250\u202f000 Euro", "de")] \
        == [Decimal("1250000")]


def test_plain_spaced_count_and_model_stay_two_numbers() -> None:
    """Look-alike: no later group starts with a zero, and the space is a plain one."""
    assert [q.value for q in find_quantities("Boeing verbuchte 50 787 Dreamliner.", "de")] \
        == [Decimal("50"), Decimal("787")]
    assert [q.value for q in find_quantities("Telefon: +49 731 0555", "de")][:2] \
        == [Decimal("49"), Decimal("731")]


# --- "die Tochter von Y" as a subject of its own -----------------------------------------


def test_unit_noun_after_a_verb_makes_no_name_before_a_unit(extractor: Extractor) -> None:
    x = run(extractor, "Nordex gewinnt Marktanteile. Während Vestas vor allem in den USA wächst, "
            "kämpft die Tochter von Siemens Energy weiter mit Qualitätsproblemen.", headline="Wind")
    assert ("Vestas", "subsidiaryOf", "Siemens Energy") not in triples(x)


def test_unit_noun_in_an_apposition_keeps_the_unit(extractor: Extractor) -> None:
    """Look-alike: after a comma the noun is an apposition of the name before it."""
    x = run(extractor, "Siemens Gamesa, die Tochter von Siemens Energy, kämpft weiter mit "
            "Qualitätsproblemen.", headline="Wind")
    assert ("Siemens Gamesa", "subsidiaryOf", "Siemens Energy") in triples(x)


# --- a pronoun after a clause of an empty subject ----------------------------------------


def test_pronoun_after_an_empty_subject_stands_for_the_one_name(extractor: Extractor) -> None:
    x = run(extractor, "Die Marinetochter TKMS meldete einen Auftrag. Weniger gut läuft es bei der "
            "Wasserstofftochter Thyssenkrupp Nucera. Sie senkte ihre Umsatzprognose für 2027 auf "
            "720 bis 800 Millionen Euro.", headline="Thyssenkrupp: Umbau")
    assert {(f.about, f.min_value) for f in x.figures if f.metric == "Revenue"} \
        == {("Thyssenkrupp Nucera", Decimal("720000000"))}


def test_no_pronoun_keeps_the_subject_before(extractor: Extractor) -> None:
    """Look-alike: with no pronoun opening the sentence, the name after "bei" is no subject."""
    x = run(extractor, "Die Marinetochter TKMS meldete einen Auftrag. Weniger gut läuft es bei der "
            "Wasserstofftochter Thyssenkrupp Nucera. Die Umsatzprognose für 2027 liegt bei 720 bis "
            "800 Millionen Euro.", headline="Thyssenkrupp: Umbau")
    assert "Thyssenkrupp Nucera" not in {f.about for f in x.figures if f.metric == "Revenue"}


# --- a new paragraph after a union --------------------------------------------------------


def test_new_paragraph_figure_is_no_unions(extractor: Extractor) -> None:
    x = run(extractor, "Thyssenkrupp und die EP Group haben sich geeinigt. Die IG Metall reagierte "
            "zurückhaltend.\n\nGute Nachrichten kamen am selben Tag von der Marinetochter TKMS. Die "
            "Kieler Werft baut zwei U-Boote; der Auftrag hat ein Volumen von rund 2,7 Milliarden "
            "Euro.", headline="Industrie")
    assert "IG Metall" not in {f.about for f in x.figures}


def test_new_paragraph_figure_after_a_company_keeps_it(extractor: Extractor) -> None:
    """Look-alike: the paragraph before ended on a company, which the figure keeps."""
    x = run(extractor, "Thyssenkrupp und die EP Group haben sich geeinigt. Zugleich legte Salzgitter "
            "Zahlen vor.\n\nGute Nachrichten kamen am selben Tag von der Marinetochter TKMS. Die "
            "Kieler Werft baut zwei U-Boote; der Auftrag hat ein Volumen von rund 2,7 Milliarden "
            "Euro.", headline="Industrie")
    assert metric_facts(x, "Other") == {("Salzgitter", Decimal("2700000000"))}


# --- a rating after two companies' moves, the headline's first ----------------------------

_ORDER = ("RWE hat bei Vestas 64 Turbinen bestellt. Vestas baut die Anlagen in Dänemark.\n\n"
          "RWE-Aktien gewannen 3,2 Prozent. Vestas-Papiere legten um 4,7 Prozent zu.\n\n"
          "Analysten lobten die Zahlen. Jefferies bestätigte die Kaufempfehlung mit einem Kursziel "
          "von 48 Euro.")


def test_rating_naming_no_company_is_on_the_headlines_first(extractor: Extractor) -> None:
    x = run(extractor, _ORDER, headline="RWE bestellt Turbinen bei Vestas")
    assert {(r.by, r.about) for r in x.ratings} == {("Jefferies", "RWE")}
    assert metric_facts(x, "PriceTarget") == {("RWE", Decimal("48"))}


def test_rating_after_the_moves_follows_the_headlines_order(extractor: Extractor) -> None:
    """Look-alike: the headline names the supplier first, whose shares moved last."""
    x = run(extractor, _ORDER, headline="Vestas erhält Auftrag von RWE")
    assert {(r.by, r.about) for r in x.ratings} == {("Jefferies", "Vestas")}


# --- a share opening a new paragraph -------------------------------------------------------

_PARENT = ("Siemens Energy steigerte den Umsatz um 17 Prozent. Der frühere Mutterkonzern Siemens hält "
           "noch 17 Prozent an Siemens Energy. Zuletzt hatte Siemens im November Aktien im Wert von "
           "1,5 Milliarden Euro platziert.")


def test_share_opening_a_paragraph_is_the_headlines_company(extractor: Extractor) -> None:
    x = run(extractor, _PARENT + "\n\nDie Aktie sprang um 6,8 Prozent auf 128,40 Euro.",
            headline="Siemens Energy hebt Prognose an")
    assert metric_facts(x, "StockPriceChange") == {("Siemens Energy", Decimal("6.8"))}


def test_share_in_the_same_paragraph_keeps_the_subject_before(extractor: Extractor) -> None:
    """Look-alike: the share goes on in the paragraph that spoke of the parent's shares."""
    x = run(extractor, _PARENT + " Die Aktie sprang um 6,8 Prozent auf 128,40 Euro.",
            headline="Siemens Energy hebt Prognose an")
    assert metric_facts(x, "StockPriceChange") == {("Siemens", Decimal("6.8"))}
