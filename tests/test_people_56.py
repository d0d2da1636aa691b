"""Posts and coverage told by moves, takings and qualified houses: a move to another company
after the name or its apposition ("X, bislang Finanzvorstand bei Y, wechselt als Finanzchef zu
Z", "X wechselt zum Konkurrenten Z", "X will step down … to join rival Z as head of footwear",
"X, until now COO at Y, will join Z as CFO"), the title before the name then the post left at
the passage's company; a post taken put first with the post held so far between ("Die Aufgaben
des Finanzchefs übernimmt die bisherige Ergo-Managerin X") or taken for the interim ("X übernimmt
kommissarisch den Vorsitz"); a research title with two words of its field before it ("X, Asia
equity strategist at Nomura"); the chief executive of an association ("X, Hauptgeschäftsführer
der Deutschen Schutzvereinigung für Wertpapierbesitz (DSW)"), which heads no company alone; a
research arm's analyst ("an aerospace analyst at Bloomberg Intelligence"), which covers what
the comment names. Each with the look-alikes that must keep their reading.
"""

from __future__ import annotations

import pytest

from kg.catalogue import Catalogue
from kg.nlp.extract import Extractor
from tests.helpers import posts, run_in, triples

_DE = "Munich Re baut den Vorstand um. "
_EN = "Nike reshuffles its board. "
_DSW = "German Association for the Protection of Securities Holdings"


@pytest.mark.parametrize(("text", "lang", "person", "expected"), [
    # the move after an apposition: the new employer with the new title, the apposition's post too
    (_DE + "Markus Stein, bisher Finanzvorstand bei Allianz, wechselt als Finanzchef zu Hannover Rück.",
     "de", "Markus Stein", {"Hannover Re": "Finanzchef", "Allianz": "Finanzvorstand"}),
    (_DE + "Markus Stein, bisher Finanzvorstand bei Allianz, wechselt zu Hannover Rück.",
     "de", "Markus Stein", {"Hannover Re": None, "Allianz": "Finanzvorstand"}),
    # the title before the name is the post left at the passage's company
    (_DE + "Finanzchef Markus Stein wechselt zum Konkurrenten Hannover Rück.",
     "de", "Markus Stein", {"Hannover Re": None, "Munich Re": "Finanzchef"}),
    (_EN + "Chief Commercial Officer Maria Valdes will step down at the end of January to join "
     "rival Adidas as head of footwear.", "en", "Maria Valdes",
     {"Adidas": "head of footwear", "Nike": "Chief Commercial Officer"}),
    (_EN + "Hubert Hinterseher, until now chief operating officer at Adidas, will join Nike as CFO.",
     "en", "Hubert Hinterseher", {"Nike": "CFO", "Adidas": "chief operating officer"}),
    # look-alikes: a title that names its owner stays the owner's; no organisation after the
    # move; a joining that is no post (a board, a rival joined in criticism)
    (_DE + "Hannover-Rück-Finanzchef Markus Stein wechselt als Vorstandschef zu Munich Re.",
     "de", "Markus Stein", {"Munich Re": "Vorstandschef", "Hannover Re": "Finanzchef"}),
    (_DE + "Finanzchef Markus Stein wechselt zu einem Finanzinvestor.",
     "de", "Markus Stein", {"Munich Re": "Finanzchef"}),
    (_EN + "CFO Maria Valdes will step down to join the board of a charity.", "en", "Maria Valdes",
     {"Nike": "CFO"}),
    (_EN + "Maria Valdes, CFO at Nike, will join rival Adidas in criticising the plan.", "en",
     "Maria Valdes", {"Nike": "CFO"}),
])
def test_moves_to_another_company(extractor: Extractor, text: str, lang: str, person: str,
                                  expected: dict[str, str | None]) -> None:
    assert posts(extractor, text, lang, person) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the post taken put first, the post held so far between: the passage's company's
    ("Die Aufgaben des Finanzchefs übernimmt die bisherige Ergo-Managerin Clarissa Hoffmeister.",
     {"Munich Re": ""}),
    ("Die Aufgaben des Finanzchefs übernimmt kommissarisch Clarissa Hoffmeister.", {"Munich Re": ""}),
    ("Finanzchefin Clarissa Hoffmeister übernimmt kommissarisch den Vorsitz.",
     {"Munich Re": "Finanzchefin"}),
    # look-alikes: a former holder takes nothing; a body of its own is no company's post; a
    # title before the name that is no post held so far keeps its reading
    ("Die Aufgaben des Finanzchefs übernahm die frühere Ergo-Managerin Clarissa Hoffmeister.", {}),
    ("Finanzchefin Clarissa Hoffmeister übernimmt kommissarisch den Vorsitz der Monopolkommission.",
     {"Munich Re": "Finanzchefin"}),
    ("Die Führung übernimmt Finanzchefin Clarissa Hoffmeister.", {"Munich Re": "Finanzchefin"}),
    ("Die Aufgaben des Finanzchefs übernimmt Allianz-Managerin Clarissa Hoffmeister.",
     {"Allianz": "Managerin"}),
])
def test_post_taken(extractor: Extractor, text: str, expected: dict[str, str | None]) -> None:
    held = posts(extractor, _DE + text, "de", "Clarissa Hoffmeister")
    assert {org: role or "" for org, role in held.items()} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('"The margin is better than peers," said Grace Lam, Asia equity strategist at Nomura.',
     {"Nomura": "Asia equity strategist"}),
    ('"The margin is better than peers," said Grace Lam, equity strategist at Nomura.',
     {"Nomura": "equity strategist"}),
    # a former post and a post ended before a year are none of today
    ('"The margin is better than peers," said Grace Lam, a former equity strategist at Nomura.', {}),
    ('"The margin is better than peers," said Grace Lam, until 2024 equity strategist at Nomura.', {}),
])
def test_field_words_before_a_title(extractor: Extractor, text: str, expected: dict[str, str]) -> None:
    assert posts(extractor, "Sony shares rose 3%. " + text, "en", "Grace Lam") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Marc Tüngler, Hauptgeschäftsführer der Deutschen Schutzvereinigung für Wertpapierbesitz "
     "(DSW), bemängelte den Verkauf.", {_DSW: "Hauptgeschäftsführer"}),
    ("DSW-Hauptgeschäftsführer Marc Tüngler bemängelte den Verkauf.", {_DSW: "Hauptgeschäftsführer"}),
    ("Marc Tüngler, Hauptgeschäftsführer der Schutzgemeinschaft der Kapitalanleger, bemängelte den "
     "Verkauf.", {"Schutzgemeinschaft der Kapitalanleger": "Hauptgeschäftsführer"}),
    # no association named: the title serves no company the passage speaks of
    ("Das sei zu wenig, sagte Hauptgeschäftsführer Marc Tüngler.", {}),
    ("Marc Tüngler, Hauptgeschäftsführer des Verbands, bemängelte den Verkauf.", {}),
])
def test_association_chief(extractor: Extractor, text: str, expected: dict[str, str]) -> None:
    body = "Continental hielt die Hauptversammlung ab. " + text
    assert posts(extractor, body, "de", "Marc Tüngler") == expected


def test_research_arm_analyst_covers(extractor: Extractor, catalogue: Catalogue) -> None:
    entry = catalogue.get("Bloomberg Intelligence")
    assert entry is not None and entry.type == "FinancialInstitution"
    x = run_in(extractor, 'Airbus shares rose. "Airbus has the cleaner path into 2027," said '
               "George Ferguson, an aerospace analyst at Bloomberg Intelligence.", "en")
    assert ("George Ferguson", "worksFor", "Bloomberg Intelligence") in triples(x)
    assert ("Bloomberg Intelligence", "covers", "Airbus") in triples(x)
    # the data provider it belongs to stays a company that covers nothing
    parent = catalogue.get("Bloomberg")
    assert parent is not None and parent.type == "Company"
