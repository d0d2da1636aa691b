"""Entities beyond the catalogue: organisations and persons found by pattern.

* organisations by a legal-form or name ending ("Muster Technologies AG",
  "Hillhouse Capital", "Acme Fund Managers");
* organisations by a descriptive apposition ("das Analysehaus Bernstein",
  "die Investmentbank Jefferies", "the research firm Acme");
* persons by a role ("CEO Jane Doe", "Analyst Jonas Muster", "Jane Doe,
  Managing Director bei …", "der Chef von X, Jane Doe"), as speakers ("sagte
  Jane Doe", "said Jane Doe") or by the age printed after the name ("Jane Doe (59)").

A discovered entity is then found again wherever the article repeats its
name (a person also by surname alone) and is treated like a catalogued one:
it gets a type, an IRI from its name, relations and figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.nlp.document import Document, Sentence
from kg.nlp.gazetteer import Mention
from kg.nlp.lang import info, lexicon
from kg.nlp.prefilter import Prefilter

# A capitalised word of a name: "Muster", "McKinsey", "JD.com", "Hang-Seng", "O'Neil".
_WORD = r"(?:[A-ZÄÖÜ][\w'’.&\-]*[\w&]|[A-ZÄÖÜ])"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
# A capitalised word of a person's name, no digits.
_PERSON_WORD = r"[A-ZÄÖÜ][a-zäöüßéèáíóúç\-]+"


def _person(particles: str) -> str:
    """A person's name: two or three capitalised words, a name particle
    ("de", "van der") allowed before the last ones: "Pierre de Fraguier"."""
    return rf"{_PERSON_WORD}(?:\s+(?:(?:{particles})\s+)?{_PERSON_WORD}){{1,2}}"
@dataclass(frozen=True)
class _Patterns:
    legal: re.Pattern[str]
    apposition: re.Pattern[str]
    role_before: re.Pattern[str]
    role_after: re.Pattern[str]
    role_of: re.Pattern[str]  # "Der Chef von Adidas, Jane Doe": the name after the role's organisation
    aged: re.Pattern[str]  # "Jane Doe (59)": a person's age in brackets after the name
    speech: re.Pattern[str]
    led_by: re.Pattern[str]
    possessed: re.Pattern[str]  # "Wedbush's Dan Ives said": a person of the organisation before
    # "Jane Doe at Morgan Stanley", "Wedbush's Jane Doe went": a person next to an institution
    of_institution: re.Pattern[str]
    institution_owns: re.Pattern[str]
    appointed: re.Pattern[str]  # "X wird neuer Finanzchef", "X was named CEO"
    drop: tuple[str, ...]
    not_names: frozenset[str]  # capitalised words that open sentences or are titles, never names
    financial: tuple[str, ...]
    appositions: dict[str, str]
    # cheap tests: a sentence without these words cannot match the patterns above
    legal_cue: re.Pattern[str]
    apposition_cue: Prefilter
    # of role_before, role_after, speech, led_by, possessed, appointed, role_of, aged
    person_cue: Prefilter


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=4)
def _patterns(lang: str) -> _Patterns:
    table = lexicon(lang)["discovery"]
    suffixes = _alternation(table["legal_suffixes"])
    appositions = {k.lower(): v for k, v in table["appositions"].items()}
    det = rf"(?:{table['articles']})"
    roles = table["roles"]["words"]
    # "des Herstellers X": the noun with a case ending (none in English)
    ending = rf"(?:{_alternation(table['apposition_endings'])})?" if table["apposition_endings"] else ""
    apposition = re.compile(
        rf"\b(?i:{det})\s+(?:[\w\-]+\s+)?(?P<noun>(?i:{_alternation(list(table['appositions']))}))"
        rf"{ending}\s+[„“\"«]?(?P<name>{_NAME})")  # a title may stand in quotes: das Spiel „X“
    person = _person(table["roles"]["particles"])
    role_before = re.compile(rf"(?<![\w-])(?:[\w.\-]+-)?(?P<role>{roles})\s+(?P<name>{person})")
    # "Jane Doe, the CEO", "Jane Doe, Intel's chief executive"
    role_after = re.compile(
        rf"(?P<name>{person}),\s+(?:(?:{table['role_articles']})\s+)?(?:[\w.&\-]+['’]s\s+)?"
        rf"(?P<role>{roles})\b")
    # news print a manager's age in brackets after the name: "Jane Doe (59)"
    aged = re.compile(rf"(?<![\w-])(?P<name>{person})\s+\((?:[2-9]\d)\)")
    speech = re.compile(rf"\b(?:{table['roles']['speech']})\s+(?P<name>{person})\b")
    led_by = re.compile(rf"\b(?:{table['roles']['led_by']})\s+(?P<name>{person})\b")
    posts = lexicon(lang)["roles"]
    fillers = rf"(?:(?:{posts['appointed_fillers']})\s+)*"
    # a post taken or an analyst's act with no title: "X folgt auf Y", "X took the helm",
    # "X bestätigte seine Kaufempfehlung"
    untitled = "|".join(posts[key] for key in ("took_over", "research_acts") if posts.get(key))
    appointed = re.compile(rf"(?P<name>{person})\s+(?:{posts['appointed']})\s+{fillers}(?:{roles})\b"
                           rf"|\b(?:{posts['appoints']})\s+(?P<named>{person})\s+{fillers}(?:{roles})\b"
                           + (rf"|(?P<acting>{person})(?:\s+\(\d+\))?\s+(?:{untitled})"
                              if untitled else ""))
    # "Der Chef von Adidas, Jane Doe,", "the chief executive of Intel, Jane Doe,"
    role_of = re.compile(rf"(?<![\w-])(?:{roles})\s+(?:{posts['linkers']})\s+"
                         rf"(?:(?:{posts['articles']})\s+)?[A-ZÄÖÜ][\w.&\-]*(?:\s+[A-ZÄÖÜ][\w.&\-]*)?"
                         rf",\s+(?P<name>{person})\b")
    possessed = re.compile(rf"\w['’]s\s+(?P<name>{person})\s+(?:{table['roles']['speech']})\b")
    pair = rf"{_PERSON_WORD}\s+(?:(?:{table['roles']['particles']})\s+)?{_PERSON_WORD}"
    of_institution = re.compile(rf"(?<![\w-])(?P<name>{pair})\s+(?:{posts['employer_after']})\s+"
                                rf"(?:(?:{posts['articles']})\s+)?$")
    institution_owns = re.compile(rf"^(?P<owner>['’]s)?\s+(?P<name>{pair})\s+[a-z]")
    return _Patterns(
        of_institution=of_institution,
        institution_owns=institution_owns,
        legal=re.compile(rf"(?<![\w-])(?P<name>{_NAME}\s+(?:{suffixes}))(?![\w])"),
        apposition=apposition,
        role_before=role_before,
        role_after=role_after,
        role_of=role_of,
        aged=aged,
        speech=speech,
        led_by=led_by,
        possessed=possessed,
        appointed=appointed,
        drop=tuple(table["drop_suffixes"]),
        not_names=frozenset(table["not_names"]),
        financial=tuple(table["financial_suffixes"]),
        appositions=appositions,
        legal_cue=re.compile(rf"\s(?:{suffixes})(?![\w])"),
        apposition_cue=Prefilter([apposition]),
        person_cue=Prefilter([role_before, role_after, speech, led_by, possessed, appointed,
                              role_of, aged]),
    )


def discover_entities(document: Document) -> list[Mention]:
    """Mentions of entities the catalogue does not know."""
    pats = _patterns(document.lang)
    found: list[Mention] = []
    for sentence in document.sentences:
        found += _organisations(sentence, pats)
        found += _persons(sentence, pats)
        found += [m for m in _institution_people(sentence, pats, info(document.lang).case_sensitive)
                  if not any(o.start < m.end and m.start < o.end for o in found)]
    found = [m for m in found if _is_name(m.label, pats.not_names)]
    return found + _repeats(document, found)


def _taken(sentence: Sentence, start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in sentence.mentions)


def _organisations(sentence: Sentence, pats: _Patterns) -> list[Mention]:
    out: list[Mention] = []
    text = sentence.text
    legal = pats.legal.finditer(text) if pats.legal_cue.search(text) else ()
    for match in legal:
        start, end = sentence.start + match.start("name"), sentence.start + match.end("name")
        if _taken(sentence, start, end):
            continue
        surface = match.group("name")
        lead = _leading_function_words(surface, pats.not_names)
        if lead:
            surface = surface[lead:]
            start += lead
        label = _canonical(surface, pats.drop)
        if len(surface.split()) < 2:
            continue  # a bare "Bank" or "Group" names nothing
        kind = "FinancialInstitution" if surface.endswith(pats.financial) else "Company"
        out.append(Mention(start, end, label, kind, surface, "discovery/legal-form"))
    appositions = pats.apposition.finditer(text) \
        if pats.apposition_cue.candidates(text, sentence.cache) else ()
    for match in appositions:
        start, end = sentence.start + match.start("name"), sentence.start + match.end("name")
        name = _trim_name(match.group("name"), pats.not_names)
        end = start + len(name)
        if not name or _taken(sentence, start, end):
            continue
        kind = pats.appositions.get(match.group("noun").lower(), "Company")
        out.append(Mention(start, end, _canonical(name, pats.drop), kind, name,
                           "discovery/apposition"))
    return out


def _persons(sentence: Sentence, pats: _Patterns) -> list[Mention]:
    out: list[Mention] = []
    possible = pats.person_cue.candidates(sentence.text, sentence.cache)
    for order, (pattern, rule) in enumerate(((pats.role_before, "discovery/role"),
                                             (pats.role_after, "discovery/role"),
                                             (pats.speech, "discovery/speaker"),
                                             (pats.led_by, "discovery/leader"),
                                             (pats.possessed, "discovery/possessed-speaker"),
                                             (pats.appointed, "discovery/appointed"),
                                             (pats.role_of, "discovery/role"),
                                             (pats.aged, "discovery/aged"))):
        if order not in possible:
            continue
        for match in pattern.finditer(sentence.text):
            group = next((g for g in ("name", "named", "acting")
                          if g in pattern.groupindex and match.group(g) is not None), "name")
            start, end = sentence.start + match.start(group), sentence.start + match.end(group)
            name = match.group(group)
            if _taken(sentence, start, end) or any(w in pats.not_names for w in name.split()):
                continue
            out.append(Mention(start, end, name, "Person", name, rule))
    return out


def _institution_people(sentence: Sentence, pats: _Patterns, nouns_capitalised: bool
                        ) -> list[Mention]:
    """Persons named beside a bank or research house: "Jane Doe at Morgan
    Stanley", "Tom Muster von der UBS", "Wedbush's Jane Doe went further"
    (analysts, whom news name with their house rather than a title). Two
    words only, so no word before the name joins it; where nouns are
    capitalised, not at the opening of a sentence, where two capitalised
    words are as often an adjective and a noun."""
    out: list[Mention] = []
    text = sentence.text
    for bank in sentence.mentions:
        if bank.type != "FinancialInstitution":
            continue
        found = [(m, "discovery/of-institution") for m in
                 [pats.of_institution.search(text[:sentence.local(bank.start)])] if m] + \
                [(m, "discovery/institution-possessed") for m in
                 [pats.institution_owns.match(text[sentence.local(bank.end):])]
                 if m and (m.group("owner") or bank.surface.endswith(("'s", "’s")))]
        for match, rule in found:
            offset = 0 if rule == "discovery/of-institution" else sentence.local(bank.end)
            start = sentence.start + offset + match.start("name")
            end = sentence.start + offset + match.end("name")
            name = match.group("name")
            if _taken(sentence, start, end) or any(w in pats.not_names for w in name.split()):
                continue
            if nouns_capitalised and not re.search(r"\w", text[:sentence.local(start)]):
                continue
            out.append(Mention(start, end, name, "Person", name, rule))
    return out


def _leading_function_words(name: str, not_names: frozenset[str]) -> int:
    """How many characters of sentence words ("Die", "The") open the phrase."""
    cut = 0
    for word in name.split():
        if word not in not_names:
            break
        cut = name.index(word, cut) + len(word) + 1
    return cut


def _trim_name(name: str, not_names: frozenset[str]) -> str:
    """Cut a name at the first word that cannot belong to it."""
    words = []
    for word in name.split():
        if word in not_names:
            break
        words.append(word)
    return " ".join(words)


def _canonical(surface: str, drop: tuple[str, ...]) -> str:
    name = surface
    for suffix in sorted(drop, key=len, reverse=True):
        if name.endswith(" " + suffix):
            name = name[: -len(suffix) - 1]
            break
    return name.strip(" ,")


def _is_name(label: str, not_names: frozenset[str]) -> bool:
    words = label.split()
    return bool(words) and words[0] not in not_names and len(label) >= 3


def _repeats(document: Document, found: list[Mention]) -> list[Mention]:
    """The same names again elsewhere in the article; a person by surname too."""
    names: dict[str, tuple[str, str]] = {}
    for mention in found:
        names.setdefault(mention.surface, (mention.label, mention.type))
        if mention.type == "Person":
            names.setdefault(mention.label.split()[-1], (mention.label, mention.type))
    if not names:
        return []
    pattern = re.compile(r"(?<![\w-])(?:" + _alternation(list(names)) + r")(?:s|'s|’s)?(?![\w])")
    seen = {(m.start, m.end) for m in found}
    out = []
    for sentence in document.sentences:
        for match in pattern.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            base = match.group(0)
            key = base if base in names else re.sub(r"(?:'s|’s|s)$", "", base)
            if key not in names or (start, end) in seen or _taken(sentence, start, end):
                continue
            if any(m.start < end and start < m.end for m in found):
                continue
            label, kind = names[key]
            out.append(Mention(start, end, label, kind, base, "discovery/repeat"))
    return out
