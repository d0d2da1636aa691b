"""German: the words of every rule (``lexicon.toml``) and around numbers
(``quantities.toml``)."""

from kg.nlp.lang.model import LanguageInfo

LANGUAGE = LanguageInfo(code="de", spacy="de", case_sensitive=True, compounds=True,
                        decimal_comma=True)
