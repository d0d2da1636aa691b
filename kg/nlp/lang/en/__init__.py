"""English: the words of every rule (``lexicon.toml``) and around numbers
(``quantities.toml``)."""

from kg.nlp.lang.model import LanguageInfo

# An Italian company's legal form ("Leonardo S.p.A. will provide …"): its points end no sentence.
LANGUAGE = LanguageInfo(code="en", spacy="en", abbreviations=("S.p.A.",),
                        letter_model_nouns=("Model", "Class", "Series", "Type"))
