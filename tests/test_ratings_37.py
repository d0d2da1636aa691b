"""Ratings in the forms news prints them, and the look-alikes that rate nothing.

A rating a house only might give ("could upgrade the stock to buy", "könnte die
Aktie auf 'Buy' hochstufen") is no rating; a modal of another verb in the
sentence leaves the rating the house does give alone.

Companies and banks are real catalogue entries; the sentences and the facts in
them are invented.
"""

from __future__ import annotations

import pytest
from helpers import run

from kg.nlp.extract import Extractor

Rated = tuple[str, str, str]


def _ratings(extractor: Extractor, body: str, lang: str, headline: str) -> set[Rated]:
    x = run(extractor, body, lang, headline)
    return {(r.by, r.about, r.rating) for r in x.ratings}


# ---------------------------------------------------------------- a rating only possible

HEDGED = [
    pytest.param("Nvidia shares rise",
                 "Nvidia reported strong sales. Goldman Sachs might downgrade Nvidia to \"sell\".",
                 "en", set(), id="en-might-downgrade"),
    pytest.param("Nvidia shares rise",
                 "Nvidia reported strong sales. JPMorgan said it could move Nvidia to overweight.",
                 "en", set(), id="en-could-move"),
    pytest.param("Nvidia shares rise",
                 "Nvidia reported strong sales. Analysts at UBS may raise their rating to buy.",
                 "en", set(), id="en-may-raise"),
    pytest.param("Siemens legt zu",
                 "Siemens steigerte den Umsatz. Goldman Sachs könnte die Aktie auf „Buy“ hochstufen.",
                 "de", set(), id="de-koennte-hochstufen"),
    pytest.param("Siemens legt zu",
                 "Siemens steigerte den Umsatz. Die UBS dürfte Siemens bald auf „Kaufen“ heraufstufen.",
                 "de", set(), id="de-duerfte-heraufstufen"),
    pytest.param("Siemens legt zu",
                 "Siemens steigerte den Umsatz. Sollte die Marge steigen, würde JPMorgan die Aktie "
                 "mit „Overweight“ bewerten.",
                 "de", set(), id="de-wuerde-bewerten"),
    # look-alikes: the modal governs another verb; the rating is given
    pytest.param("Nvidia shares rise",
                 "Nvidia reported strong sales. Morgan Stanley could cut its target but keeps the "
                 "stock at overweight.",
                 "en", {("Morgan Stanley", "Nvidia", "overweight")}, id="en-modal-other-verb"),
    pytest.param("Nvidia shares rise",
                 "Nvidia reported strong sales. Shares could rise 20%, said Citi, which rates the stock buy.",
                 "en", {("Citigroup", "Nvidia", "buy")}, id="en-modal-other-clause"),
    pytest.param("Siemens legt zu",
                 "Siemens steigerte den Umsatz. Die Aktie dürfte steigen, JPMorgan bewertet sie mit „Overweight“.",
                 "de", {("JPMorgan", "Siemens", "Overweight")}, id="de-modal-other-clause"),
    pytest.param("Siemens legt zu",
                 "Siemens steigerte den Umsatz. Die UBS stufte die Aktie auf „Buy“ hoch und könnte "
                 "das Kursziel bald anheben.",
                 "de", {("UBS", "Siemens", "Buy")}, id="de-modal-after-rating"),
]


@pytest.mark.parametrize(("headline", "body", "lang", "expected"), HEDGED)
def test_a_rating_only_possible_is_none(extractor: Extractor, headline: str, body: str, lang: str,
                                        expected: set[Rated]) -> None:
    assert _ratings(extractor, body, lang, headline) == expected
