"""English: the words of every rule (``lexicon.toml``) and around numbers
(``quantities.toml``)."""

from kg.nlp.lang.model import LanguageInfo

# An Italian company's legal form ("Leonardo S.p.A. will provide …"): its points end no sentence.
# Of the legal forms spaCy keeps whole, those a sentence may end with ("… made by Acme Corp.
# Rivals said …").
LANGUAGE = LanguageInfo(code="en", spacy="en", abbreviations=("S.p.A.",),
                        letter_model_nouns=("Model", "Class", "Series", "Type"),
                        final_legal_forms=("Corp.", "Inc.", "Ltd.", "Co."))
