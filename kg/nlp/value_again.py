"""A value told again for a second company right after a company's figure: "Nokia trades at
a price-earnings ratio of 14.1, compared with 12.4 for Ericsson", "a dividend of 0.18 euros
against 0.14 euros at Nokia", "ein KGV von 14,1, gegenüber 12,4 bei Ericsson". The second
value is the second company's figure of the same metric and period. Only a company named
right after the number and closing the clause takes it: "against 12.4 a year earlier" (the
first company's earlier value) and "compared with 12.4 for the sector" name none; a house's
estimate or target is no value of the company named after it ("a target of 30 euros against
25 euros at Jefferies" is another house's target)."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.document import ISSUER_TYPES, Document
from kg.nlp.lang import lexicon
from kg.nlp.quantities import find_quantities
from kg.records import Evidence, Figure

# metrics a house sets for a company: a value after them at another name is another house's
_HOUSE_METRICS = frozenset({"PriceTarget", "FairValue", "UpsidePotential"})
# units that are no amount of money: the second value must print the same or none
_PLAIN_UNITS = frozenset({"Percent", "Multiple", "Count", "Points"})


@lru_cache(maxsize=4)
def _pattern(lang: str) -> re.Pattern[str] | None:
    """The gap after a figure (no digit, no clause end), the comparing word and the second
    value up to the word that names its company."""
    table = lexicon(lang)["figures"]
    words, at = table.get("value_again"), table.get("value_again_at")
    if not words or not at:
        return None
    return re.compile(rf"[^\d.;:!?]{{0,40}}?,?[ \t]*(?:{words})[ \t]+"
                      rf"(?P<value>[$€£]?\d(?:[\d.,]*\d)?(?:%|[ \t][^\W\d_]+)?)[ \t]+(?:{at})[ \t]+")


def values_again(document: Document, figures: list[Figure]) -> list[Figure]:
    """The figures told again for a second company after ``figures`` (see the module
    docstring), each with its own evidence; none that a figure already gives."""
    pattern = _pattern(document.lang)
    if pattern is None:
        return []
    known = {(f.about, f.metric, f.value) for f in figures}
    found: list[Figure] = []
    for figure in figures:
        if figure.metric in _HOUSE_METRICS or figure.estimated_by is not None:
            continue
        sentence = document.sentence_at(figure.evidence.start)
        if sentence is None:
            continue
        text = sentence.text
        match = pattern.match(text, sentence.local(figure.evidence.end))
        if match is None:
            continue
        company = next((m for m in sentence.mentions if sentence.local(m.start) == match.end()
                        and m.type in ISSUER_TYPES), None)
        if company is None or company.label == figure.about \
                or not re.match(r"[ \t]*(?:[.,;]|$)", text[sentence.local(company.end):]):
            continue
        quantities = find_quantities(match.group("value"), document.lang)
        if len(quantities) != 1 or quantities[0].value is None or quantities[0].start != 0:
            continue
        q = quantities[0]
        unit = q.unit or figure.unit
        if q.unit is not None and q.unit != figure.unit \
                and (q.unit in _PLAIN_UNITS or figure.unit in _PLAIN_UNITS):
            continue
        if (company.label, figure.metric, q.value) in known:
            continue
        start = sentence.start + match.start("value")
        evidence = Evidence(sentence=text, start=start + q.start, end=start + q.end,
                            extractor=f"figures/{document.lang}/value-again")
        found.append(figure.model_copy(update={"about": company.label, "value": q.value, "unit": unit,
                                               "min_value": None, "max_value": None,
                                               "evidence": evidence}))
    return found
