"""The period of a results article whose lead speaks of "the quarter" without saying
which: a quarter the company guides for later in the article is not it; a quarter the
lead compares a number with ("up from the second quarter") is the one before it.

Sentences are written for the test; names are real companies, facts invented.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kg.nlp.extract import Extractor
from tests.helpers import run

PUBLISHED = date(2026, 10, 21)
HEADLINE = "Netflix beats estimates as ad tier grows"


def revenue_period(extractor: Extractor, lead: str, later: str) -> str | None:
    """The period of the revenue figure of an article made of ``lead`` (filling the
    lead's sentences) and ``later`` sentences, the revenue among them."""
    filler = ("The company did not comment further. Analysts had expected less. "
              "The report came after the market closed. ")
    body = f"{lead} {filler}Revenue rose 9% to $11.2 billion. {later}"
    x = run(extractor, body, lang="en", headline=HEADLINE, published=PUBLISHED)
    found = {f.period for f in x.figures
             if f.about == "Netflix" and f.metric == "Revenue" and f.value == Decimal("11200000000")}
    assert len(found) == 1, found
    return found.pop()


LEAD_OUTLOOK = ("Netflix shares rose 5% on Wednesday after the streaming company added more "
                "members than expected and forecast a wider margin for the holiday quarter.")


def test_guided_quarter_later_is_not_the_reported_one(extractor: Extractor) -> None:
    later = "The company said it expects fourth-quarter operating income of $3.1 billion."
    assert revenue_period(extractor, LEAD_OUTLOOK, later) != "Q4 2026"


def test_reported_quarter_named_later_is_still_taken(extractor: Extractor) -> None:
    # the look-alike: the quarter of the results, named after the lead, stays the period
    later = "Third-quarter operating income rose to $2.9 billion."
    assert revenue_period(extractor, LEAD_OUTLOOK, later) == "Q3 2026"


def test_quarter_compared_with_gives_the_next_one(extractor: Extractor) -> None:
    lead = ("Netflix reported 310 million members, up 9 million from the second quarter, "
            "and forecast a wider margin for the holiday quarter.")
    later = "The company said it expects fourth-quarter operating income of $3.1 billion."
    assert revenue_period(extractor, lead, later) == "Q3 2026"


def test_year_ago_quarter_compared_with_gives_nothing(extractor: Extractor) -> None:
    # "the second quarter of last year" is a year-ago base: it says nothing of the quarter
    lead = ("Netflix reported 310 million members, up 30 million from the second quarter of "
            "last year, and forecast a wider margin for the holiday quarter.")
    later = "The company said it expects fourth-quarter operating income of $3.1 billion."
    assert revenue_period(extractor, lead, later) not in ("Q3 2026", "Q4 2026")
