"""Relations of the twenty-second round, on sentences written for the test.

* "Der Konkurrent X" is the rival of a company the reader already knows: the article's
  subject when it was named before, never one the text names only further on (a market
  report that turns to a utility after a bank's rival is no rival of the utility).
* A house brought in after an aside that rated another company ("Für den Rivalen Y
  senkte die Bank dagegen das Ziel. Auch bei Berenberg …") speaks of the share the
  article is about, not of the company of the aside.

Companies are real catalogue entries; the facts are invented. Each rule has a look-alike
beside it that must still yield its own fact.
"""

from __future__ import annotations

from helpers import run, triples

from kg.nlp.extract import Extractor
from kg.records import Extraction


def _rivals(x: Extraction) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(x) if p == "competitorOf"}


def _covers(x: Extraction) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(x) if p == "covers"}


def _targets(x: Extraction) -> set[tuple[str | None, object, str | None]]:
    return {(f.about, f.value, f.estimated_by) for f in x.figures if f.metric == "PriceTarget"}


def test_rival_of_a_company_named_only_later_is_nobodys(extractor: Extractor) -> None:
    # the utility is the most named company, but only after the rival: not its rival
    x = run(extractor, "Die Börse in Wien schloss fester. "
            "Der Konkurrent Raiffeisen Bank International legte 1 Prozent zu. "
            "Verbund-Aktien stiegen um 3 Prozent. Verbund hob die Prognose an. "
            "Verbund-Chef Hans Muster zeigte sich zufrieden.", "de",
            "Wiener Börse schließt fester")
    assert not any("Raiffeisen Bank International" in pair for pair in _rivals(x))


def test_rival_of_the_subject_named_before(extractor: Extractor) -> None:
    # look-alike: the subject is named before the rival, so the rival is its
    x = run(extractor, "Verbund-Aktien stiegen um 3 Prozent. Verbund hob die Prognose an. "
            "Der Konkurrent EVN legte 1 Prozent zu. "
            "Verbund-Chef Hans Muster zeigte sich zufrieden.", "de",
            "Verbund hebt die Prognose an")
    assert _rivals(x) == {("Verbund AG", "EVN")}


def test_new_house_after_an_aside_speaks_of_the_articles_share(extractor: Extractor) -> None:
    x = run(extractor, "Die Hensoldt-Aktie stieg um 4 Prozent. Hensoldt meldete einen Großauftrag. "
            "Die Analysten der UBS bestätigten ihre Kaufempfehlung für das Papier. "
            "Für den Getriebehersteller Renk senkte die Bank dagegen das Ziel von 80 auf 70 Euro "
            "und stufte die Papiere auf \"Neutral\" ab. "
            "Auch bei Jefferies ist man zuversichtlich: Die Bank traut dem Titel einen Anstieg "
            "auf 95 Euro zu.", "de",
            "Hensoldt-Aktie: UBS sieht Luft nach oben")
    assert ("Hensoldt", 95, "Jefferies") in _targets(x)
    assert ("Jefferies", "Renk Group") not in _covers(x)


def test_same_house_after_the_rating_still_speaks_of_the_rated(extractor: Extractor) -> None:
    # look-alike: the house that rated Renk goes on, no other house comes in
    x = run(extractor, "Die Hensoldt-Aktie stieg um 4 Prozent. Hensoldt meldete einen Großauftrag. "
            "Hensoldt hob die Prognose an. "
            "Für den Getriebehersteller Renk senkte die UBS dagegen das Ziel und stufte die "
            "Papiere auf \"Neutral\" ab. "
            "Die UBS traut dem Titel nur noch einen Kurs von 70 Euro zu.", "de",
            "Hensoldt hebt die Prognose an")
    assert ("Hensoldt", 70, "UBS") not in _targets(x)


def _partners(x: Extraction) -> set[frozenset[str]]:
    """The pairs of ``partnerOf``, either way round."""
    return {frozenset((s, o)) for s, p, o in triples(x) if p == "partnerOf"}


def test_town_adjective_before_the_partner_is_passed_over(extractor: Extractor) -> None:
    # "dem Münchner Zulieferer X": the town's adjective qualifies the partner after it
    x = run(extractor, "Siemens hob die Prognose an. Bei Zügen arbeitet Siemens mit dem "
            "Münchner Zulieferer Knorr-Bremse zusammen.", "de", "Siemens hebt die Prognose an")
    assert frozenset({"Knorr-Bremse", "Siemens"}) in _partners(x)


def test_town_adjective_before_a_plain_noun_names_no_partner(extractor: Extractor) -> None:
    # look-alike: the adjective qualifies a common noun, and no company follows it
    x = run(extractor, "Siemens hob die Prognose an. Bei Zügen arbeitet Siemens mit "
            "Münchner Hochschulen zusammen.", "de", "Siemens hebt die Prognose an")
    assert _partners(x) == set()


def _develops(x: Extraction) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(x) if p == "develops"}


def test_maker_in_the_genitive_after_the_product(extractor: Extractor) -> None:
    # "das System Y des Herstellers X": X makes Y
    x = run(extractor, "Hensoldt hob die Prognose an. Das Radar steckt auch im "
            "Flugabwehrsystem Iris-T SLM des Herstellers Diehl Defence.", "de",
            "Hensoldt hebt die Prognose an")
    assert ("Diehl Defence", "Iris-T SLM") in _develops(x)


def test_genitive_maker_of_a_share_names_no_product(extractor: Extractor) -> None:
    # look-alike: the genitive follows a share, no product; and a customer is no maker
    x = run(extractor, "Hensoldt hob die Prognose an. Die Aktie des Konzerns Diehl Defence "
            "ist nicht notiert. Kunden von Iris-T SLM sind die Bundeswehr und die Armee.", "de",
            "Hensoldt hebt die Prognose an")
    assert _develops(x) == set()


def _parents(x: Extraction) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(x) if p == "subsidiaryOf"}


def test_subsidiary_noun_with_its_owner_refers_back(extractor: Extractor) -> None:
    # "die Fondstochter der X": the company just named that X owns
    x = run(extractor, "Die LBBW hat ihr Votum für die DWS auf \"Halten\" gesenkt. Das Kursziel "
            "für die Fondstochter der Deutschen Bank liegt bei 40 Euro.", "de",
            "LBBW senkt DWS")
    assert ("DWS", "Deutsche Bank") in _parents(x)


def test_subsidiary_noun_after_a_company_the_owner_does_not_own(extractor: Extractor) -> None:
    # look-alike: the company just named is no subsidiary of the owner: the noun means another
    x = run(extractor, "Die LBBW hat ihr Votum für die Allianz auf \"Halten\" gesenkt. Das "
            "Kursziel für die Fondstochter der Deutschen Bank liegt bei 40 Euro.", "de",
            "LBBW senkt Allianz")
    assert _parents(x) == set()


def _members(x: Extraction) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(x) if p == "memberOf"}


def test_one_of_the_strongest_stocks_in_the_index(extractor: Extractor) -> None:
    # "zu den stärksten Werten im Index": the plural share word names the passage's share
    x = run(extractor, "Sony hob die Prognose an. Sony steigerte den Umsatz. Die Aktie legte "
            "am Mittwoch um 3 Prozent auf 4.000 Yen zu und gehörte damit zu den stärksten "
            "Werten im Nikkei 225.", "de", "Sony hebt die Prognose an")
    assert _members(x) == {("Sony Group", "Nikkei 225")}


def test_plain_plural_of_stocks_in_the_index_names_no_member(extractor: Extractor) -> None:
    # look-alike: "die Werte im Index" are the index's stocks at large, not one of them
    x = run(extractor, "Sony hob die Prognose an. Sony steigerte den Umsatz. Die Werte im "
            "Nikkei 225 legten im Schnitt um 1 Prozent zu.", "de", "Sony hebt die Prognose an")
    assert _members(x) == set()
