"""German: the words of every rule (``lexicon.toml``) and around numbers
(``quantities.toml``)."""

from kg.nlp.lang.model import LanguageInfo

# A full stop after a year or a decimal number ends the sentence: neither is an ordinal
# ("für 2025. Die Aktie", "bei 9,1. Der Umsatz"), while "3. Oktober" keeps its point.
LANGUAGE = LanguageInfo(code="de", spacy="de", case_sensitive=True, compounds=True,
                        verb_final=True, decimal_comma=True,
                        suffixes=(r"(?<=\b(?:1[89]|20)\d\d)\.$", r"(?<=\d,\d)\.$"),
                        abbreviations=("Mill.", "Bio.", "S.p.A."),
                        letter_model_nouns=("Model", "Modell", "Klasse", "Serie", "Typ"),
                        # "Wettbewerber", "Mitbewerber", "Bewerber", "Erwerber" end in the
                        # letters of "Werbe…" but are rivals, applicants and buyers, no advertising
                        compound_false_tails=("vertrag", "verträge", "verträgen", r"bewerber\w*",
                                              r"ewerber\w*", r"rwerber\w*"))
