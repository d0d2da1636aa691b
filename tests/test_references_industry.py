"""A company named by the noun of its industry ("the planemaker", "the
drugmaker"), on sentences written for the test: resolved like "the company",
to the article's salient company, else the company just named."""

from __future__ import annotations

from helpers import run

from kg.nlp.extract import Extractor


def _figures(extractor: Extractor, body: str, headline: str) -> set[tuple[str, str, float]]:
    found = run(extractor, body, lang="en", headline=headline)
    return {(f.about, f.metric, float(f.value)) for f in found.figures}


def test_target_on_the_drugmaker_is_the_company_just_rated(extractor: Extractor) -> None:
    found = _figures(extractor, "Morgan Stanley upgraded Nike to overweight and raised its target "
                     "to $90. Citi downgraded Pfizer to neutral, citing weaker vaccine sales. "
                     "The bank cut its price target on the drugmaker to $30 from $34.",
                     "Analyst calls: Nike upgraded at Morgan Stanley, Citi cautious on Pfizer")
    assert ("Pfizer", "PriceTarget", 30) in found
    assert ("Nike", "PriceTarget", 30) not in found


def test_the_planemaker_means_the_salient_company_not_the_nearest(extractor: Extractor) -> None:
    """The look-alike: a rival named last, as an object, does not take the reference."""
    found = _figures(extractor, "Boeing raised its delivery outlook on Tuesday. Investors compared "
                     "the plan with one from Airbus. The planemaker now expects revenue of "
                     "$90 billion this year.", "Boeing lifts outlook")
    assert ("Boeing", "Revenue", 90e9) in found
    assert ("Airbus", "Revenue", 90e9) not in found
