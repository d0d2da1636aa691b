"""Leftover families: ad markers that stand alone, rumour cues beside the company's
own word, and the "we" of a quotation attributed to a company's chief.

* A bare "Advertisement" / "Anzeige" line is blanked; the line after it goes with it only
  when it speaks to the reader (the formal "Sie", "you", a call to act): pages print the
  marker where an ad image stood, and the report goes on in the next line.
* A rumour cue ("people familiar with", "Insidern") beside the company's own word ("according
  to the company and two people familiar with the deal", "nach Angaben von X und zwei
  Insidern") holds back no deal: the company states it. A source that is no party (a news
  agency) confirms nothing, and talks stay talks.
* The "we" of a quotation, right before a trigger ("'Together with B, we can compete with C
  and D,' said A's chief executive"), is the speaker's company: the one named after the
  quotation, else the article's company; B, governed by "together with", is no subject. A
  name after "we" ("we think B competes with C") keeps its verb, and a "we" outside any
  quotation tells no speaker.
* A pair a preposition governs before a final verb ("kann mit Nvidia und AMD konkurrieren")
  is the verb's object, no pair of rivals of each other.

All names and sentences are invented.
"""

from __future__ import annotations

import pytest
from helpers import run, triples

from kg.ingest import find_ad_blocks, make_article
from kg.nlp.extract import Extractor


def _blanked(text: str) -> list[str]:
    return [text[s:e] for s, e in find_ad_blocks(text)]


@pytest.mark.parametrize("marker", ["Advertisement", "ADVERTISEMENT", "Anzeige", "Werbung"])
def test_bare_marker_before_news_goes_alone(marker: str) -> None:
    news = ("Harwick Capital, the London-based fund manager, drew net inflows of "
            "1.2 billion pounds in the third quarter.")
    text = f"Harwick returns to inflows\n{marker}\n{news}\nIts shares rose 4 percent.\n"
    assert _blanked(text) == [marker]
    assert news in make_article(text=text, source="t", article_id="t").clean_text


def test_bare_marker_before_german_news_goes_alone() -> None:
    news = "Sie erwartet für das Gesamtjahr einen Umsatz von 2 Milliarden Euro."
    text = f"Talwerk hebt Prognose\nAnzeige\n{news}\n"
    assert _blanked(text) == ["Anzeige"]


@pytest.mark.parametrize(("marker", "ad"), [
    ("Anzeige", "Mit diesem Depot zahlen Sie keine Ordergebühren."),
    ("Anzeige", "Jetzt Depot eröffnen und 50 Euro Startguthaben sichern."),
    ("Advertisement", "Open an account today and your first trades are free."),
    ("Advertisement", "Get the trading app that pays you interest on cash."),
    # the site's own voice
    ("Anzeige", "Fünf Aktien, die unsere Redaktion jetzt für besonders aussichtsreich hält."),
    ("Advertisement", "Ten stocks our analysts like better than this one."),
])
def test_bare_marker_takes_the_ad_that_speaks_to_the_reader(marker: str, ad: str) -> None:
    text = f"Talwerk grows\nTalwerk said sales rose.\n{marker}\n{ad}\nThe shares rose.\n"
    assert _blanked(text) == [f"{marker}\n{ad}"]


def test_marker_with_text_on_its_line_takes_no_news_after() -> None:
    news = "Calder Foods said sales rose 5 percent."
    text = f"Calder grows\nAdvertisement: Trade with zero fees\n{news}\n"
    assert _blanked(text) == ["Advertisement: Trade with zero fees"]


# --- a rumour cue beside the company's own word --------------------------------------

_DEAL_EN = "Harwick Systems (NASDAQ: HRWK) agreed to buy Pellmore Software (NYSE: PLMR) for $2 billion"
_BOUGHT = ("Harwick Systems", "acquired", "Pellmore Software")


@pytest.mark.parametrize("source", ["Harwick", "the company", "the Seattle-based company"])
def test_company_beside_people_familiar_states_the_deal(extractor: Extractor, source: str) -> None:
    text = f"{_DEAL_EN}, according to {source} and two people familiar with the matter."
    assert _BOUGHT in triples(run(extractor, text, lang="en", headline="Harwick Systems"))


@pytest.mark.parametrize("text", [
    f"{_DEAL_EN}, according to two people familiar with the matter.",
    f"{_DEAL_EN}, according to Reuters and two people familiar with the matter.",
    "Harwick Systems (NASDAQ: HRWK) is in talks to buy Pellmore Software (NYSE: PLMR), "
    "according to the company and two people familiar with the matter.",
], ids=["people-alone", "news-agency", "talks"])
def test_rumour_without_the_company_holds_the_deal_back(extractor: Extractor, text: str) -> None:
    assert _BOUGHT not in triples(run(extractor, text, lang="en", headline="Harwick Systems"))


@pytest.mark.parametrize(("source", "stated"), [
    ("nach Angaben von Harwick und zwei Insidern", True),
    ("laut dem Konzern und zwei Insidern", True),
    ("wie aus Insidern zu hören war", False),
])
def test_german_company_beside_insiders(extractor: Extractor, source: str, stated: bool) -> None:
    text = f"Die Harwick Systems AG übernimmt die Pellmore Software GmbH, {source}."
    assert (_BOUGHT in triples(run(extractor, text, lang="de", headline="Harwick Systems"))) is stated


# --- the "we" of a quotation -------------------------------------------------------------

_BID_EN = _DEAL_EN + ". "


def _rivals(extractor: Extractor, body: str, lang: str = "en") -> set[tuple[str, str]]:
    x = run(extractor, body, lang=lang, headline="Harwick Systems")
    return {(s, o) for s, p, o in triples(x) if p == "competitorOf"}


@pytest.mark.parametrize("quote", [
    '"Together with Pellmore, we can compete head-to-head with Nvidia and Broadcom," '
    "said Harwick Systems chief executive Dana Reyes.",
    '"Together with Pellmore, we can compete head-to-head with Nvidia and Broadcom."',
    '"We compete with Nvidia and Broadcom," said Dana Reyes, the chief executive.',
], ids=["speaker-named", "no-speaker", "plain-we"])
def test_quoted_we_is_the_speakers_company(extractor: Extractor, quote: str) -> None:
    rivals = _rivals(extractor, _BID_EN + quote)
    assert {("Harwick Systems", "Nvidia"), ("Harwick Systems", "Broadcom")} <= rivals
    assert not any(s == "Pellmore Software" for s, _ in rivals)


@pytest.mark.parametrize("speaker", [
    "said Lee Park, Pellmore's chief executive.",
    "said Pellmore CEO Lee Park.",
    "said Pellmore Software chief executive Lee Park.",
])
def test_quoted_we_of_another_companys_chief(extractor: Extractor, speaker: str) -> None:
    quote = f'"Together with Harwick, we can compete with Nvidia," {speaker}'
    rivals = _rivals(extractor, _BID_EN + quote)
    assert ("Harwick Systems", "Nvidia") not in rivals
    assert rivals <= {("Pellmore Software", "Nvidia")}


def test_german_quoted_wir_is_the_speakers_company(extractor: Extractor) -> None:
    body = ("Die Harwick Systems AG übernimmt die Pellmore Software GmbH. „Wir konkurrieren "
            "mit Nvidia“, sagte Harwick-Systems-Chef Jan Maier.")
    assert ("Harwick Systems", "Nvidia") in _rivals(extractor, body, lang="de")


@pytest.mark.parametrize("quote", [
    '"We think Pellmore competes with Nvidia," said Dana Reyes, the chief executive.',
    '"Pellmore, which we like, competes with Nvidia," said Dana Reyes, the chief executive.',
], ids=["name-after-we", "we-in-a-relative"])
def test_we_before_another_subject_changes_nothing(extractor: Extractor, quote: str) -> None:
    assert ("Harwick Systems", "Nvidia") not in _rivals(extractor, _BID_EN + quote)


def test_we_outside_a_quotation_tells_no_speaker(extractor: Extractor) -> None:
    body = _BID_EN + "Analysts said that together with Pellmore, we will see it compete with Nvidia."
    assert ("Harwick Systems", "Nvidia") not in _rivals(extractor, body)


# --- a pair a preposition governs --------------------------------------------------------

@pytest.mark.parametrize(("body", "pair"), [
    ("Harwick kann mit Nvidia und AMD konkurrieren.", False),
    ("Nvidia und AMD konkurrieren um Aufträge von Rechenzentren.", True),
], ids=["governed", "subject-pair"])
def test_pair_after_mit_before_a_final_verb_is_no_pair(extractor: Extractor, body: str,
                                                       pair: bool) -> None:
    text = "Die Harwick Systems AG übernimmt die Pellmore Software GmbH. " + body
    rivals = _rivals(extractor, text, lang="de")
    assert (("Nvidia", "Advanced Micro Devices") in rivals) is pair
