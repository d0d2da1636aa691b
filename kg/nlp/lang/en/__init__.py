"""English: the words of every rule (``lexicon.toml``) and around numbers
(``quantities.toml``)."""

from kg.nlp.lang.model import LanguageInfo

LANGUAGE = LanguageInfo(code="en", spacy="en", letter_model_nouns=("Model", "Class", "Series", "Type"))
