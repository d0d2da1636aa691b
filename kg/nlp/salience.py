"""Which entity an article is about, and which names are only its credits.

Facts whose subject the sentence leaves open ("der Konzern", "Vorstandschef
X", "Die Papiere bildeten das Schlusslicht im Dax") belong to the entity the
article is about, not to the last name before them. One score, :func:`scores`,
weighs every organisation for every rule that asks (references, roles,
relations, the attribution of figures), on evidence that holds in any article:

* a mention in the headline counts three times, one in the lead sentence
  twice (news puts its subject first); a rival a preposition brings into the
  headline ("kommt vom Konkurrenten X") counts once;
* a mention that opens its sentence is the grammatical subject there and
  counts once more; after the lead, only once the name was seen before, or
  when no other organisation is named (a name opening one sentence deep in
  the text is a passing subject, not the article's);
* a bank or insurer counts half, as it is as often the analyst as the
  subject, and nothing in a sentence that rates a stock (there it is the
  analyst's house), unless it is the object of the rating verb ("Moody's
  lifts Lloyds", "Goldman stuft die Commerzbank hoch") or follows the
  preposition that opens a clause after a break (": für die Commerzbank bleibt
  es bei 'Neutral'"): then it is the one rated, and an article about a bank
  names it so in headline and lead;
* a company named only as the owner of a rival, partner, supplier or customer
  named right after it ("UBTech's smaller rival, Dexmate, soared", "Siemens'
  Konkurrent ABB") counts nothing there: the sentence is about the other one;
* a credit ("FRANKFURT (dpa-AFX) -", "Quelle: dpa") counts nothing.

Two questions are asked of one ranking (:func:`ranking`: most salient
first, the first named of equals first):

* :func:`salient`, "which company is the article clearly about?", answers
  only when the top one wins by :data:`MARGIN`, else the caller emits
  nothing. It is asked where a fact would otherwise go to a guess: a figure,
  rating or relation whose sentence names no subject (attribution's
  ``salient_entity``, ratings, relations, roles), what "der Konzern" means;
  and, of the companies one sentence names, which one an analyst's word is
  about (``among``, roles).
* :func:`most_salient`, the article's topic (``Document.topic``), always
  answers: it is asked where a rule needs some company as a default and
  checks it against the catalogue or the text (the parent of "die Sparte",
  of an unknown unit, the company whose catalogued products and subsidiaries
  the article names, a bank that may be listed, whose change an unnamed
  percentage is).

The two differ in weights, on measurement: the topic takes the plain counts
(``positions=False``: headline and credits as above, the lead and the
sentence's subject not) and does not pool a subsidiary into its parent,
since a lead that names the group once gave it the products of the unit the
article is about ("Google"'s models to Alphabet); the clear winner keeps the
weights of position, without which a bank that opens its own report's lead
no longer wins and its figures went unattributed. Each weighting was tried
for both questions on all evaluation sets, and each dropped one of them.

Credits ("FRANKFURT (dpa-AFX) -", "Quelle: dpa-AFX", "(Reuters/jW)") name the
agency that wrote the text: :func:`drop_credits` removes every mention of a
credited name (also inside compounds such as "dpa-AFX-Analyser"), so no fact
is ever attached to the publisher.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from kg.nlp.document import (
    ISSUER_TYPES,
    Document,
    Sentence,
    closed_relative,
    genitive,
    is_share_subject,
    owns_named_relative,
    relative_clauses,
)
from kg.nlp.gazetteer import Mention
from kg.nlp.lang import lexicon, lexicon_pattern
from kg.nlp.prefilter import Prefilter, prepares
from kg.nlp.relation_cues import list_ending

# How far ahead the top candidate must be to count as the clear winner,
# and the least evidence it needs (two plain mentions, or one in the headline).
MARGIN = 1.5
MINIMUM = 2.0
_COMPOUND_TAIL = re.compile(r"[\w.\-]*")


@prepares
@lru_cache(maxsize=4)
def _credit_patterns(lang: str) -> tuple[tuple[re.Pattern[str], ...], Prefilter]:
    """The credit patterns, and the scan that tells which of them can match
    a sentence: most sentences hold no credit word, and each pattern is
    otherwise tried at every character of every sentence."""
    patterns = tuple(re.compile(p) for p in lexicon(lang)["credits"]["patterns"])
    return patterns, Prefilter(patterns)


def credit_tokens(document: Document) -> frozenset[str]:
    """The names the article's credits give ("dpa-AFX", "Reuters"): each word of
    a credit, and each run of its words, since a publisher's name may be several
    words ("The Financial Times Limited" credits "Financial Times")."""
    tokens: set[str] = set()
    patterns, cue = _credit_patterns(document.lang)
    for sentence in document.sentences:
        possible = cue.candidates(sentence.text, sentence.cache)
        for n, pattern in enumerate(patterns):
            if n not in possible:
                continue
            for match in pattern.finditer(sentence.text):
                if _ticker_bracket(sentence, match.start("credit"), match.end("credit")):
                    continue
                for part in re.split(r"[/,;]+", match.group("credit")):
                    words = part.split()
                    tokens.update(" ".join(words[i:j]) for i in range(len(words))
                                  for j in range(i + 1, len(words) + 1)
                                  if j - i > 1 or len(words[i]) >= 2)
    return frozenset(tokens)


def _compound(sentence: Sentence, mention: Mention) -> str:
    """The whole hyphenated word a mention opens: "dpa-AFX-Analyser"."""
    local = sentence.local(mention.start)
    tail = _COMPOUND_TAIL.match(sentence.text, sentence.local(mention.end))
    return sentence.text[local:tail.end() if tail else sentence.local(mention.end)]


def _ticker_bracket(sentence: Sentence, start: int, end: int) -> bool:
    """"ASML (NASDAQ: ASML) -", "Nvidia (NVDA) –": a bracket that names again the company
    right before it (by its ticker or name) is that company's ticker line, as "stocks on
    the move" pieces open each item, no agency's dateline; ``start`` and ``end`` are the
    bracket's inside, local to the sentence."""
    opening = sentence.text[:start].rstrip()
    if not opening.endswith("("):
        return False
    before = len(opening[:-1].rstrip())
    named = {m.label for m in sentence.mentions if sentence.local(m.end) == before}
    return any(m.label in named for m in sentence.mentions
               if start <= sentence.local(m.start) and sentence.local(m.end) <= end)


def drop_credits(document: Document) -> None:
    """Remove the mentions of organisations named only as the text's credit."""
    tokens = credit_tokens(document)
    if not tokens:
        return
    credited: set[str] = set()
    for sentence in document.sentences:
        for mention in sentence.mentions:
            if mention.type == "Company" and mention.rule != "gazetteer/ticker" \
                    and _compound(sentence, mention) in tokens:
                credited.add(mention.label)
    if not credited:
        return
    for sentence in document.sentences:
        sentence.mentions[:] = [m for m in sentence.mentions if not (
            m.label in credited and any(_compound(sentence, m).startswith(t) for t in tokens))]


def is_credit(sentence: Sentence, mention: Mention, lang: str) -> bool:
    """A dateline or source credit: "FRANKFURT (dpa-AFX) -", "Quelle: dpa".
    The agency that wrote the text is not what the text is about."""
    before = sentence.text[:sentence.local(mention.start)]
    if sentence.index == 0 and _DATELINE.fullmatch(before):
        return True
    before_credit, cue = _credit_before(lang)
    if not cue.candidates(sentence.text, sentence.cache):
        return False  # no credit word in the sentence: none before the mention either
    return bool(before_credit.search(before))


_DATELINE = re.compile(r"[\w .,/-]{0,40}\(\s*")  # "FRANKFURT (" before an agency's name


@prepares
@lru_cache(maxsize=4)
def _credit_before(lang: str) -> tuple[re.Pattern[str], Prefilter]:
    """The words that put a source credit before a name ("Quelle:"), and
    the scan that tells whether a sentence can hold one at all."""
    sources = lexicon(lang)["clauses"].get("data_source")
    data = rf"|\b(?i:{sources})" if sources else ""  # "polled by LSEG": a data provider, too
    pattern = re.compile(rf"(?:{lexicon(lang)['attribution']['credit_before']}{data})\s*$")
    return pattern, Prefilter([pattern])


def scores(document: Document, headline_end: int, rates: Callable[[Sentence], bool],
           positions: bool = True) -> dict[str, float]:
    """Salience of every company and financial institution in the article.
    A text without a headline line has its first sentence as headline.
    ``rates`` tells whether a sentence rates a stock: a bank named there is
    the analyst's, not the subject (the rating words are the rating
    finder's, which asks for salience in turn). Without ``positions`` the
    lead and the subject of a sentence weigh no more than other mentions:
    the plain count :func:`most_salient` picks the topic from. The topic
    links the catalogue's subsidiaries and products of a company to it, a
    question of which company the whole text is about; weighed by position,
    the lead's subject took it from the company named most, and measured on
    the written articles those links were wrong more often (a unit's product
    given to its parent named in the lead)."""
    found: dict[str, float] = {}
    withheld: dict[str, float] = {}  # subject bonus of a first mention after the lead
    if document.sentences:
        headline_end = min(headline_end, document.sentences[0].end)
    lead = _lead_index(document, headline_end)
    for sentence in document.sentences:
        rating: bool | None = None  # asked only where a bank is named
        for n, mention in enumerate(sentence.mentions):
            if mention.type not in ISSUER_TYPES or _not_counted(document, sentence, mention, headline_end):
                continue
            if mention.type != "Company" and not is_share_subject(document.lang, sentence, mention):
                # a bank whose shares the sentence speaks of ("X stock rose after Y upgraded
                # the bank") is the rated one, not the house
                if rating is None:
                    rating = rates(sentence)
                if rating and not _rated_object(document.lang, sentence, mention) \
                        and not reports_own_results(document.lang, sentence, n):
                    continue
            weight = 1.0 if mention.type == "Company" else 0.5
            if mention.start < headline_end and not _governed_rival(document.lang, sentence, mention):
                weight *= 3
            elif positions and sentence.index == lead:
                weight *= 2
            if positions and (n == 0 and (opens(sentence, mention) or _fronted(document.lang, sentence, mention))
                              or sentence.index == lead
                              and _joint_subject(document.lang, sentence, n)) \
                    and not introduced_as_rival(document.lang, sentence, mention):
                bonus = 1.0 if mention.type == "Company" else 0.5
                if mention.label in found or sentence.index == lead or weight > 1.0:
                    weight += bonus
                else:
                    withheld[mention.label] = bonus
            found[mention.label] = found.get(mention.label, 0.0) + weight
    if len(found) == 1:  # the only organisation named: the subject, however often named
        return {label: score + withheld.get(label, 0.0) for label, score in found.items()}
    return found


def ranking(document: Document, salience: dict[str, float],
            types: frozenset[str] = ISSUER_TYPES, exclude: frozenset[str] = frozenset(),
            pooled: bool = True) -> list[tuple[float, str]]:
    """The organisations of ``types`` by ``salience``, most salient first
    and the first named of equals first, as (score, label).

    ``pooled``: a subsidiary's score counts for its parent when both are
    named ("Google" in an article about Alphabet): the two are one subject.
    A subsidiary listed on its own (Porsche beside Volkswagen, Hannover Rück
    beside Talanx) is an issuer of its own, with its own share and figures."""
    memo = document.rankings if salience is document.salience else None
    key = (frozenset(types), frozenset(exclude), pooled)
    if memo is not None:
        kept = memo.get(key)
        if kept is not None:
            return list(kept)
    totals: dict[str, float] = {}
    for label, score in salience.items():
        if label in exclude:
            continue
        owner = label
        if pooled:
            parent = document.catalogue.parent_of(label)
            entry = document.catalogue.get(label)
            listed = entry is not None and entry.listed
            if parent in salience and parent not in exclude and not listed:
                owner = parent
        totals[owner] = totals.get(owner, 0.0) + score
    kinds = document.types_of(totals)
    ranked = sorted(((score, label) for label, score in totals.items()
                     if kinds[label] in types), key=lambda item: -item[0])
    if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:  # looked up only where equals lead
        first = {m.label: m.start for m in reversed(document.mentions)}
        ranked.sort(key=lambda item: (-item[0], first.get(item[1], 0)))
    if memo is not None:
        memo[key] = tuple(ranked)
    return ranked


def most_salient(document: Document, salience: dict[str, float]) -> str | None:
    """The article's topic: the top of the :func:`ranking` of the plain
    counts, unpooled, whether or not it clearly wins (see the module
    docstring for who asks and why these weights)."""
    ranked = ranking(document, salience, pooled=False)
    return ranked[0][1] if ranked else None


def _not_counted(document: Document, sentence: Sentence, mention: Mention, headline_end: int) -> bool:
    """A mention that says nothing of what the article is about: the owner
    of a named rival ("Siemens' Konkurrent ABB"), the parent of a unit the
    text speaks of (:func:`_unit_parent`), the rival a company competes against
    (:func:`contest_object`), a credit, a reference ("der
    Konzern" is resolved by salience and cannot add to it)."""
    return owns_named_relative(document.lang, sentence, mention) \
        or _unit_parent(document, sentence, mention, headline_end) \
        or contest_object(document.lang, sentence, mention) \
        or is_credit(sentence, mention, document.lang) or mention.rule.startswith("reference/")


@lru_cache(maxsize=4)
def _unit_patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The apposition that ends right before a unit's parent ("X, the transmission unit of "),
    and the words after a parent that make a headline speak of its unit ("Y power-grid unit
    jumps"); None where the language gives none."""
    table = lexicon(lang)["credits"]
    before, after = table.get("unit_parent_before"), table.get("unit_parent_after")
    return (re.compile(before + r"$") if before else None, re.compile(after) if after else None)


def _unit_parent(document: Document, sentence: Sentence, mention: Mention, headline_end: int) -> bool:
    """"Kesari Grid, the transmission unit of Larsen & Toubro, jumped 22%", a headline "L&T
    power-grid unit jumps in debut": the parent is named only as the owner of the unit the
    sentence or headline speaks of, which is the subject there, not the parent."""
    before, after = _unit_patterns(document.lang)
    if before is not None:
        opening = before.search(sentence.text, 0, sentence.local(mention.start))
        if opening is not None and any(m.type in ISSUER_TYPES and sentence.local(m.end) == opening.start()
                                       for m in sentence.mentions):
            return True
    return after is not None and mention.end <= headline_end \
        and after.match(sentence.text, sentence.local(mention.end)) is not None


def _lead_index(document: Document, headline_end: int) -> int | None:
    """The first sentence after the headline."""
    for sentence in document.sentences:
        if sentence.start >= headline_end:
            return sentence.index
    return None


_OPENING = re.compile(r"^(?:[\w\-]+\s+){0,3}$")


def _joint_subject(lang: str, sentence: Sentence, n: int) -> bool:
    """Is the ``n``-th mention a later item of a list of organisations that opens
    the sentence ("Siemens and ABB reported results")? The list is the
    subject, each of its names as much as the first, so in the lead each
    takes the subject's weight: the article is then about neither alone, and
    a rival or a seat it tells of no one goes to none. Not in the headline,
    where a list ("Allianz, Munich Re & Co: …") names the companies a
    round-up covers, not the subject of a sentence."""
    named = sentence.mentions[:n + 1]
    return n > 0 and all(m.type in ISSUER_TYPES for m in named) \
        and opens(sentence, named[0]) and len(list_ending(lang, sentence, named)) == len(named)


def opens(sentence: Sentence, mention: Mention) -> bool:
    """Does the mention stand at the head of its sentence (its subject)?"""
    return bool(_OPENING.match(sentence.text[:sentence.local(mention.start)]))


def salient(document: Document, types: frozenset[str], exclude: frozenset[str] = frozenset(),
            among: frozenset[str] | None = None) -> str | None:
    """The entity of ``types`` the article is about, when one clearly wins:
    the top of the pooled :func:`ranking` of ``document.salience`` (weighed
    by position), with :data:`MINIMUM` and by :data:`MARGIN` over the next.
    ``among``: only these compete, the companies one sentence names, of
    which the article may be clearly more about one ("Wedbush's X told CNBC
    that … AWS revenue" in an article about Amazon)."""
    ranked = ranking(document, document.salience, types, exclude)
    if among is not None:
        ranked = [(score, label) for score, label in ranked if label in among]
    if not ranked or ranked[0][0] < MINIMUM:
        return None
    if len(ranked) > 1 and ranked[0][0] < MARGIN * ranked[1][0]:
        return None
    return ranked[0][1]


def passage_subject(document: Document, sentence: Sentence, before: int, window: int = 2) -> str | None:
    """The company or institution that opens the last sentence to name one, this
    sentence before offset ``before`` or one of the ``window`` before it, if the article
    is about it as much as about any other (a contender for :func:`salient`'s top within
    :data:`MARGIN`): in an article about several companies, "T-Mobile gained customers.
    It raised its forecast. CEO X said …" speaks of T-Mobile. None when the last such
    sentence opens with a company of lesser weight, or none opens so."""
    ranked = ranking(document, document.salience, ISSUER_TYPES)
    if not ranked:
        return None
    weight = {label: score for score, label in ranked}
    for back, here in document.looking_back(sentence, window):
        # "Die Volkswagen-Tochter Traton …": the owner named only with its unit is not the subject
        named = [m for m in here.mentions if not owns_named_relative(document.lang, here, m)]
        first = next((m for m in named if m.type in ISSUER_TYPES), None)
        if first is None or (not back and first.end > before):
            continue  # "It raised its forecast", "Clients now use Claude": the passage goes on
        if (named[0] != first or not opens(here, first)) and not moved_index(document.lang, here, first):
            return None  # the passage last spoke of something else
        score = weight.get(first.label, 0.0)
        return first.label if score >= MINIMUM and score * MARGIN >= ranked[0][0] else None
    return None


def antecedent(document: Document, sentence: Sentence, types: frozenset[str], before: int,
               main_types: frozenset[str] | None = None, window: int = 2,
               group: bool = False, exclude: frozenset[str] = frozenset(),
               owner: bool = False, seated: bool = False) -> str | None:
    """What a reference ("der Konzern", "the company", "er") at ``before``
    means: the entity the article is about, unless the text has just named
    another one as the subject (in this sentence, or opening the one before).
    ``main_types`` widens what the article may be about ("der Konzern" in a
    text about an insurer). A ``group`` noun ("der Konzern", "the group")
    after a subsidiary of that entity means the group: "Die Tochter X
    steigerte den Gewinn. Der Konzern bekräftigte die Prognose". None of
    ``exclude`` is meant (a name the reference keeps company with). An ``owner`` ("its")
    after a sentence whose subject is another company than the article's means neither. A
    ``seated`` noun ("the Palo Alto-based company") is left to its place, which tells."""
    near = document.recent(sentence, types, before=before, window=window, exclude=exclude)
    main = salient(document, main_types or types, exclude=exclude)
    if main is None and near is not None and near.start < sentence.start:
        # "… beim Batteriehersteller X, der unter anderem Y und Z beliefert. Die Titel des
        # Weltmarktführers …": with no clear subject of the article, names in a relative
        # clause of a sentence before are the clause's objects; the passage goes on with the
        # name the clause hangs on (an article's company keeps its weight: "Größter Kunde
        # blieb Y, dessen Hütten X beliefert" may be told by X's noun next)
        near = _relative_owner(document, near, types, exclude) or near
    described = _apposition_subject(document, sentence, near, types, exclude) if near is not None else None
    if described is not None:
        # "X, the biggest maker and Y's main rival, said … . Its unit …": Y only owns a noun
        # of the apposition that describes X, the subject the passage goes on with
        near = described
    introduced = _introduced_before(document, sentence, types, before, exclude) \
        if main is not None and not seated and not owner else None
    if introduced is not None and introduced != main:
        return introduced
    if near is not None and near.label == main and not seated and not owner \
            and _in_relative_before(document, sentence, near):
        # "Shares of X, a maker of optics that counts Y as its largest customer, jumped. Z started
        # coverage of the company": the article's company named only inside a relative clause
        # before is no antecedent; the passage has moved on to the clause's owner (a seated
        # noun is left to its place; an owner, "its", may follow a noun of its own sentence
        # that the references do not see yet)
        near = document.recent(sentence, types, before=before, window=window,
                               exclude=exclude | {near.label})
    if near is not None and contest_object(document.lang, document.sentence_at(near.start) or sentence, near):
        near = None  # "… winning against X and Y. The group …": a rival is never what it means
    if main is None and near is not None and near.start < sentence.start \
            and not is_subject(document, near):
        # no clear subject of the article: the subject of the sentence that named the last
        # one, not a name in its object ("X beliefert Kunden wie Y. Das Unternehmen …" is X);
        # none where the last one named is only the house of analysts who spoke and the
        # article has named another ("Die X steigerte den Gewinn. Analysten der Y lobten die
        # Zahlen. Die Bank …"): the bank meant may be either, of no clear weight
        credited = credited_as_analysts(document.lang, document.sentence_at(near.start) or sentence, near) \
            and _another_named(document, sentence, types, near)
        if _opens_clause(document, near):
            # "Die UBS sieht Chancen, die Citi bleibt vorsichtig. Die Bank …": the last one named
            # is the subject of a clause of its own, the nearest subject, which the noun means
            return near.label
        listed = _possessive_list(document, near, types)
        if listed is not None:
            # "X, which employs 6,800 people, … Its customers include Y and Z. The company
            # reported …": Y and Z are objects of "Its", which stands for the subject before
            earlier = document.sentences[listed.index - 1] if listed.index > 0 else None
            return _subject_of(document, earlier.mentions[0], types) \
                if earlier is not None and earlier.mentions else None
        subject = _clause_subject_of(document, near, types)
        if subject not in (None, near.label) and passing_rival(document, near.label) \
                and near.start < document.sentences[sentence.index - 1].start \
                and not _named_since(document, subject, near, before):
            # "Im Sog von X legte auch der kleinere Rivale Y zu. Die Aktie des Zulieferers …
            # Das Unternehmen hatte …": a sentence on after the one that named the rival
            # beside the subject, and no name since; which one the noun means is left open
            _left_open(sentence, before)
            return None
        return subject or (None if credited else near.label)
    if near is None or main is None or near.label == main:
        return main or (near.label if near else None)
    if near.start >= sentence.start or is_subject(document, near):
        if group and subsidiary_of(document, near, main):
            return main
        if near.start < sentence.start and passing_rival(document, near.label):
            # "… losing ground to its rival Eli Lilly. Lilly shares rose 2%. The Novo Nordisk
            # Foundation, the drugmaker's controlling shareholder, …": a rival named in
            # passing is no subject the reference of a later sentence goes on with; the
            # article's is, where the sentence names what bears its name or the rival was not
            # just named; right after a sentence on the rival ("Its rival X rose 2%. The
            # drugmaker said …") neither clearly wins
            bears = any(m.label.startswith(main + " ") for m in sentence.mentions)
            if bears or near.start < document.sentences[sentence.index - 1].start \
                    and _named_since(document, main, near, before):
                return main
            _left_open(sentence, before)
            return None
        return near.label
    if owner and near.start < sentence.start and _subject_of(document, near, types) not in (None, main):
        # "X, whose customers include Y, grew 19%. Its software competes with Z": an owner
        # ("its") after a sentence whose subject is another company than the article's is
        # that company's or the article's; which is left open
        return None
    if near.start < sentence.start and passing_rival(document, near.label) \
            and not _named_since(document, main, near, before) \
            and not _governed_rival(document.lang, document.sentence_at(near.start) or sentence, near):
        # "Im Sog von X legte auch der kleinere Rivale Y zu. Die Aktie des Zulieferers … Das
        # Unternehmen hatte …": the passage went on from the article's company to a rival
        # introduced in passing and has not named the article's company since; which of
        # the two the noun means is left open, and a figure of its clause is no one's. A
        # rival a preposition brings in ("Im Vergleich mit dem Konkurrenten Y …") is an
        # object there: the passage stays with the article's company
        _left_open(sentence, before)
        return None
    return main


def _introduced_before(document: Document, sentence: Sentence, types: frozenset[str], before: int,
                       exclude: frozenset[str]) -> str | None:
    """The name a company noun opening ``sentence`` at ``before`` ("The company, founded in 2019,
    expects …") takes up where the sentence before introduced it with an indefinite apposition
    ("Kestrel Optics, a privately held maker of cable, said it won a contract from Meta"): the
    first name of ``types`` there, not one of ``exclude`` (the house that started coverage of
    it). The passage has turned to that newcomer, though the article's company is named after
    it; a name introduced after another company of the sentence is only its object."""
    pattern = lexicon_pattern(document.lang, "references", "introducing_apposition")
    if pattern is None or sentence.index == 0 or " " in sentence.text[:sentence.local(before)].strip():
        return None
    previous = document.sentences[sentence.index - 1]
    first = next((m for m in previous.mentions if m.type in types and m.label not in exclude), None)
    return first.label if first is not None and pattern.match(previous.text, previous.local(first.end)) \
        else None


def _in_relative_before(document: Document, sentence: Sentence, near: Mention) -> bool:
    """Does ``near``, named in a sentence before ``sentence``, stand inside a relative clause
    that closes there before the sentence goes on with its main clause, beside a name of the
    same sentence before that clause (the clause's owner)?"""
    home = document.sentence_at(near.start)
    if home is None or home.index >= sentence.index:
        return False
    clause = closed_relative(document.lang, home.text, home.local(near.start), home.local(near.end),
                             len(home.text))
    return clause is not None and any(home.local(m.end) <= clause.opens and m.type == near.type
                                      for m in home.mentions)


def subject_before(document: Document, sentence: Sentence, types: frozenset[str], before: int) -> str | None:
    """The subject of the sentence right before ``sentence`` where the last name of ``types``
    there is not it ("X, the largest maker, supplies Y and Z."), for a reference at ``before``
    that opens ``sentence``; None otherwise."""
    near = document.recent(sentence, types, before=before, window=1)
    home = document.sentence_at(near.start) if near is not None else None
    if near is None or home is None or home.index != sentence.index - 1 or is_subject(document, near) \
            or sentence.text[:sentence.local(before)].count(" ") > 2:
        return None
    return _clause_subject_of(document, near, types)


def _apposition_subject(document: Document, sentence: Sentence, near: Mention, types: frozenset[str],
                        exclude: frozenset[str]) -> Mention | None:
    """The name opening the sentence right before ``sentence`` where ``near`` stands there
    only as the possessor in its apposition (see :func:`apposed_possessor`); None otherwise.
    A reference of the next sentence takes up that subject, not the possessor."""
    home = document.sentence_at(near.start)
    if home is None or home.index != sentence.index - 1:
        return None
    subject = apposed_possessor(document.lang, home, near, types)
    return subject if subject is not None and subject.label not in exclude else None


def apposed_possessor(lang: str, home: Sentence, near: Mention, types: frozenset[str]) -> Mention | None:
    """The name of ``types`` opening ``home`` where ``near`` is only the owner ("Y's") of a noun
    in the apposition set after it ("X, the largest maker and Y's main rival, said …"), with no
    other name between; None otherwise. The possessive describes X, the subject; a relative
    clause there ("X, which supplies Y's plant, …") is no such apposition."""
    if not genitive(near) or not home.mentions:
        return None
    first = home.mentions[0]
    if first is near or first.type not in types or first.label == near.label \
            or home.text[:home.local(first.start)].strip():
        return None
    between = home.text[home.local(first.end):home.local(near.start)]
    inside = _apposition_open(lang).match(between) is not None and "," not in between[1:]
    return first if inside and not any(first.end < m.start < near.start for m in home.mentions
                                       if m.type in types and m.label != first.label) else None


@lru_cache(maxsize=4)
def _apposition_open(lang: str) -> re.Pattern[str]:
    """A comma and the article that opens an apposition (", the ", ", a ")."""
    return re.compile(rf",\s*(?:{lexicon(lang)['relation_cues']['apposition']})\s")


def _relative_owner(document: Document, near: Mention, types: frozenset[str],
                    exclude: frozenset[str]) -> Mention | None:
    """The name of ``types`` (none of ``exclude``) that a relative clause holding ``near`` hangs
    on ("X, der Y und Z beliefert.", "X, der sich mit Y einen Preiskampf liefert, gewann …"),
    where that is another entity than ``near``; None where ``near`` stands in no such clause.
    The clause's names are its objects; its owner is what the sentence tells of."""
    home = document.sentence_at(near.start)
    if home is None:
        return None
    start, end = home.local(near.start), home.local(near.end)
    held = [c for c in relative_clauses(document.lang, home.text) if c.body <= start]
    if not held or end > held[-1].closes:
        return None
    opens = held[-1].opens
    hung = [m for m in home.mentions if m.end <= home.start + opens
            and not home.text[home.local(m.end):opens].strip()]
    owner = hung[-1] if hung else None
    return owner if owner is not None and owner.type in types and owner.label not in exclude \
        and owner.label != near.label else None


def _named_since(document: Document, label: str, near: Mention, before: int) -> bool:
    """Is ``label`` named again between the mention ``near`` and the offset ``before``?"""
    return any(m.label == label and near.end <= m.start < before for m in document.mentions)


def _left_open(sentence: Sentence, before: int) -> None:
    """No antecedent for the reference at ``before``, between the article's company and a
    rival: noted in the sentence's cache, so that a figure of its clause goes to no one
    else (:func:`kg.nlp.references.unresolved_reference`)."""
    opened: set[int] = sentence.cache.setdefault(LEFT_OPEN, set())  # type: ignore[assignment]
    opened.add(before)


# The sentence cache's key for where references begin that :func:`antecedent` left open
# between the article's company and a rival the passage went on to.
LEFT_OPEN = "references-left-open"


def passing_rival(document: Document, label: str) -> bool:
    """Was ``label`` introduced as a rival ("its U.S. rival Eli Lilly"): its first
    mention right after a rival noun? The article then names it beside the company it is
    about, in passing."""
    for sentence in document.sentences:
        for mention in sentence.mentions:
            if mention.label == label:
                return introduced_as_rival(document.lang, sentence, mention)
    return False


@lru_cache(maxsize=4)
def _clause_opening(lang: str) -> re.Pattern[str]:
    """What stands before a name that opens a later clause of its sentence: a comma or a
    conjunction of contrast, maybe a joining word, maybe an article (", die", "while")."""
    table = lexicon(lang)["clauses"]
    joins, breaks, articles = table["comma_joins"], table["breaks"], table["articles"]
    return re.compile(rf"(?:[,;]\s*(?:(?:{joins})\s+)?|\b(?:{breaks})\s+)(?:(?:{articles})\s+)?$")


# right after a name, the next word: lower case where it is the clause's verb or an adverb
_NEXT_WORD = re.compile(r"\s+([^\W\d_])")


def _opens_clause(document: Document, mention: Mention) -> bool:
    """Is the mention, named after the start of its sentence, the subject of a later clause
    of it ("Die UBS sieht Chancen, die Citi bleibt vorsichtig", "UBS was upbeat while Citi
    stayed cautious"): after a comma or a conjunction of contrast, and before a word in
    lower case? Of two subjects, that one is nearer to what follows."""
    sentence = document.sentence_at(mention.start)
    if sentence is None:
        return False
    following = _NEXT_WORD.match(sentence.text, sentence.local(mention.end))
    return following is not None and following.group(1).islower() and bool(
        _clause_opening(document.lang).search(sentence.text, 0, sentence.local(mention.start)))


def _another_named(document: Document, sentence: Sentence, types: frozenset[str],
                   near: Mention) -> bool:
    """Has the article named an entity of ``types`` other than ``near`` up to ``sentence``?"""
    return any(m.type in types and m.label != near.label
               for here in document.sentences[:sentence.index + 1] for m in here.mentions)


def _governed_rival(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the name a rival a preposition brings in ("Nachfolgerin kommt vom Konkurrenten
    X")? A headline that names it so is about the other company: the name counts as a
    plain mention there, not as the headline's subject."""
    pattern = lexicon_pattern(lang, "references", "rival_governed")
    return pattern is not None and pattern.search(
        sentence.text, 0, sentence.local(mention.start)) is not None


def contest_object(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the name the other party its company competes or wins against ("we are winning
    most of those decisions against X and Y", "im Wettbewerb mit Billiganbietern wie X und
    Y")? Named so, often in a quote, it is the rival the text measures its company by: it
    adds nothing to what the text is about, so a text whose company is not found gets no
    subject from its rivals."""
    pattern = lexicon_pattern(lang, "references", "contest_object")
    return pattern is not None and pattern.search(
        sentence.text, 0, sentence.local(mention.start)) is not None


def introduced_as_rival(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the name presented as a rival ("Der größte Rivale Samsung hatte …")? It
    opens its sentence, but as the other company the article compares its own with,
    so it takes no subject's weight there."""
    pattern = lexicon_pattern(lang, "references", "rival_before")
    return pattern is not None and pattern.search(
        sentence.text, 0, sentence.local(mention.start)) is not None


def part_of_salient(document: Document, label: str) -> bool:
    """Is ``label`` a subsidiary the catalogue gives the article's salient
    company (a listed reinsurer of an insurance group)? Named two sentences
    back, with a sentence between that names no subject, it is a passing
    part of the group's report, and a figure the next sentence leaves
    unnamed is the group's."""
    entry = document.catalogue.get(label)
    main = salient(document, ISSUER_TYPES)
    if entry is None:  # a unit found in the text, with the parent it was found for, or a
        # subsidiary the text presents so ("die Tochtergesellschaft X")
        # a walk over the sentences, not document.mentions: that list of all the article's
        # mentions was built anew for each call, though any() mostly stops early
        return main is not None and any(
            m.label == label and (m.type == "BusinessUnit" and m.owner == main
                                  or subsidiary_of(document, m, main))
            for sentence in document.sentences for m in sentence.mentions)
    return main is not None and main in entry.parents


def subsidiary_of(document: Document, mention: Mention, main: str) -> bool:
    """Is the mention a subsidiary of ``main``: one the catalogue gives it
    (not listed on its own: a listed subsidiary reports as an issuer of its
    own), or one the text presents so ("die Tochter X", "its subsidiary X")
    with no other owner named there ("die Siemens-Tochter X")? ("X, a unit
    of Y" names Y last, which a reference after it finds by itself.)"""
    entry = document.catalogue.get(mention.label)
    if entry is not None and entry.listed:
        return False
    if entry is not None and main in entry.parents:
        return True
    # a parent the catalogue does not give may be the one the text names ("die Google-Tochter
    # Waymo", whose catalogued parent is Alphabet)
    before = lexicon_pattern(document.lang, "references", "subsidiary_before")
    sentence = document.sentence_at(mention.start)
    if before is None or sentence is None:
        return False
    found = before.search(sentence.text, 0, sentence.local(mention.start))
    if found is None:
        return False
    # the owner, if named, stands right before the noun: "Siemens-Tochter", "the Siemens unit"
    return all(m.label == main for m in sentence.mentions
               if m.end <= mention.start and 0 <= found.start() - sentence.local(m.end) <= 2)


@lru_cache(maxsize=4)
def _analyst_credit(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    table = lexicon(lang)["figures"]
    if not table.get("analyst_before") or not table.get("analyst_after"):
        return None
    return (re.compile(rf"(?:{table['analyst_before']})\s+$"),
            re.compile(rf"(?:{table['analyst_after']})"))


def credited_as_analysts(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the institution named as the employer of analysts ("Analysts at Jefferies",
    "UBS analysts", "Analysten der Bank X")? The analysts are who speak or act; their
    house is neither the subject of the clause nor, for the figures, what they tell of."""
    cues = _analyst_credit(lang)
    if cues is None or mention.type != "FinancialInstitution":
        return False  # "die Analysten bei Rheinmetall": a company is spoken of, no employer
    before, after = cues
    return bool(before.search(sentence.text, max(0, sentence.local(mention.start) - 60),
                              sentence.local(mention.start))
                or after.match(sentence.text, sentence.local(mention.end)))


def names_its_analyst(lang: str, sentence: Sentence, mention: Mention, number_start: int) -> bool:
    """Is the institution credited right before a person it employs who goes on to the
    number at ``number_start`` in one clause, no pronoun between ("Bernstein-Analyst Stacy
    Rasgon erwartet für 2028 einen Umsatz von …")? One named analyst then forecasts for the
    company the passage is about, as "Analyst Stacy Rasgon von Bernstein erwartet …" does;
    a clause or pronoun between ("…, dass es … erreichen könnte", "estimates it could
    reach") may speak of a thing the sentence leaves unnamed."""
    cues = _analyst_credit(lang)
    if cues is None or mention.type != "FinancialInstitution":
        return False
    credit = cues[1].match(sentence.text, sentence.local(mention.end))
    gap = _NAME_AFTER_CREDIT.match(sentence.text, credit.end()) if credit is not None else None
    person = next((m for m in sentence.mentions if gap is not None and m.type == "Person"
                   and sentence.local(m.start) == gap.end()), None)
    if person is None:
        return False
    between = sentence.text[sentence.local(person.end):number_start]
    pronouns = lexicon(lang)["relation_cues"].get("subject_pronouns")
    return "," not in between and not (pronouns and re.search(rf"\b(?:{pronouns})\b", between))


_NAME_AFTER_CREDIT = re.compile(r"[ \t]+")  # between "X-Analyst" and the analyst's name


@lru_cache(maxsize=4)
def _possessive_pronoun(lang: str) -> re.Pattern[str] | None:
    """The possessive pronouns that open a sentence ("Its", "Seine"): the attribution's list."""
    words = lexicon(lang)["attribution"].get("back_reference", "")
    return re.compile(rf"\W*(?:{words})\s") if words else None


def _possessive_list(document: Document, mention: Mention, types: frozenset[str]) -> Sentence | None:
    """The sentence of ``mention`` where it opens with a possessive pronoun and names two
    organisations of ``types`` or more ("Its customers include X and Y"): the names are then
    objects of what the pronoun stands for, and none of them the subject a reference goes on
    with; one name alone may be the new topic ("Its crown jewel is X. The maker …")."""
    sentence = document.sentence_at(mention.start)
    pattern = _possessive_pronoun(document.lang)
    if sentence is None or pattern is None or not pattern.match(sentence.text) \
            or len({m.label for m in sentence.mentions if m.type in types}) < 2:
        return None
    return sentence


def _subject_of(document: Document, mention: Mention, types: frozenset[str]) -> str | None:
    """The label of the mention of ``types`` that opens the sentence of ``mention``, if any."""
    sentence = document.sentence_at(mention.start)
    if sentence is None or not sentence.mentions:
        return None
    first = sentence.mentions[0]
    return first.label if first.type in types and opens(sentence, first) \
        and not credited_as_analysts(document.lang, sentence, first) else None


def _clause_subject_of(document: Document, mention: Mention, types: frozenset[str]) -> str | None:
    """What :func:`_subject_of` finds, or the first name of the sentence of ``mention`` where it
    is the subject after a fronted phrase and the finite verb ("Erst im Frühjahr hatte X die
    Übernahme des Konkurrenten Y abgeschlossen"): a rival named in passing there stands beside
    that subject, as beside one opening the sentence."""
    subject = _subject_of(document, mention, types)
    sentence = document.sentence_at(mention.start)
    if subject is not None or sentence is None or not sentence.mentions:
        return subject
    first = sentence.mentions[0]
    return first.label if first.type in types and _fronted(document.lang, sentence, first) is not None \
        and not credited_as_analysts(document.lang, sentence, first) else None


def _fronted(lang: str, sentence: Sentence, mention: Mention) -> re.Match[str] | None:
    """The opening phrase before the name that makes it the clause's subject all the same
    ("Im dritten Quartal hob die X …", "On Wednesday, X raised …"), with the finite verb
    as ``verb`` where it stands before the subject (German verb-second); None where the
    text before the name is no such phrase."""
    pattern = lexicon_pattern(lang, "references", "verb_second_before")
    return pattern.search(sentence.text, 0, sentence.local(mention.start)) if pattern is not None else None


def is_subject(document: Document, mention: Mention) -> bool:
    """Does the mention open its sentence, or is it the first company and the owner of
    the shares the sentence speaks of ("Schwächster Dax-Wert waren die Titel von X
    mit …"), or the first company and the subject right after the verb ("Im Späthandel
    führte der Baukonzern X die Liste an"), or the first company and what moved the
    sentence's index ("The Nikkei fell, dragged down by X"), as a market report makes a
    company its sentence's subject?"""
    sentence = document.sentence_at(mention.start)
    if sentence is None or not sentence.mentions or credited_as_analysts(document.lang, sentence, mention):
        return False  # "Analysten der X lobten …": the analysts are the subject, not their house
    if sentence.mentions[0] == mention and opens(sentence, mention):
        return True
    first = next((m for m in sentence.mentions if m.type in ISSUER_TYPES), None)
    if first != mention:
        return False
    before = sentence.text[:sentence.local(mention.start)]
    return any(p is not None and p.search(before)
               for p in (_shares_before(document.lang), lexicon_pattern(document.lang, "references", "verb_second_before"))) \
        or moved_index(document.lang, sentence, mention)


def _rated_object(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Does the mention stand right after a rating verb, maybe after an article
    ("upgraded Lloyds", "stuft die Commerzbank")? There the bank is the object
    of the rating, the one rated; the house is the verb's subject or follows "by".
    So is a bank after the preposition that opens a clause after a break ("bestätigte
    ihre Einstufungen: Für die Commerzbank bleibt es bei 'Neutral', für die Deutsche
    Bank bei 'Buy'"), which the rating finder reads as the one rated: not counted, the
    banks a house rates so weighed nothing while a rival named once more elsewhere
    became the article's company, and took the figures of their passages."""
    before = sentence.text[:sentence.local(mention.start)]
    clause = clause_fronted_before(lang)
    if clause is not None and clause.search(before):
        return True
    pattern = _rating_verb_before(lang)
    if pattern is None or _fronted(lang, sentence, mention):
        return False  # "Am Mittwoch hob die X das Kursziel an": after an opening phrase, the subject
    return bool(pattern.search(before))


@lru_cache(maxsize=4)
def clause_fronted_before(lang: str) -> re.Pattern[str] | None:
    """The preposition opening a clause after a break, right before a name (": für die ",
    "; for "): the bank after it is the one rated, for salience and the rating finder alike."""
    words = lexicon(lang)["ratings"].get("clause_fronted")
    return re.compile(rf"[:;,–]\s*(?:{words})\s+$") if words else None


def reports_own_results(lang: str, sentence: Sentence, n: int) -> bool:
    """Is the ``n``-th mention, a bank opening its sentence, the subject of its own
    results ("X raised its full-year profit forecast", "Die X steigerte den Gewinn")?
    A bank's results article uses the verbs a rating does, and its mentions there
    are its own, not a house's. Only where the sentence names no other issuer: a
    house raising its forecast for a company names the company it rates."""
    mention = sentence.mentions[n]
    pattern = lexicon_pattern(lang, "references", "own_results_after")
    fronted = None if opens(sentence, mention) else _fronted(lang, sentence, mention)
    if pattern is None or not opens(sentence, mention) and fronted is None:
        return False
    if any(m.type in ISSUER_TYPES and m.label != mention.label for m in sentence.mentions):
        return False
    verb = fronted.groupdict().get("verb") if fronted is not None else None
    if verb:  # "Im Quartal hob die X ihre Prognose an": the verb stands before the subject
        return pattern.match(f" {verb}{sentence.text[sentence.local(mention.end):]}") is not None
    return pattern.match(sentence.text, sentence.local(mention.end)) is not None


@lru_cache(maxsize=4)
def _rating_verb_before(lang: str) -> re.Pattern[str] | None:
    """A rating verb, maybe with an article, right before a name."""
    words = lexicon(lang)["ratings"]
    verbs = words.get("verbs")
    if not verbs:
        return None
    article = lexicon(lang)["clauses"].get("articles")
    optional = rf"(?:(?:{article})\s+)?" if article else ""
    return re.compile(rf"(?:{verbs})\s+{optional}$")


def moved_index(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the mention named as what moved its sentence's index ("The Nikkei fell, dragged down
    by X")? A market report goes on with that company, as with a subject. Only with an index
    named before it: "The round was led by X" names an investor, no mover."""
    pattern = lexicon_pattern(lang, "references", "mover_agent_before")
    return pattern is not None \
        and any(m.type == "MarketIndex" and m.end <= mention.start for m in sentence.mentions) \
        and pattern.search(sentence.text[:sentence.local(mention.start)]) is not None


@lru_cache(maxsize=4)
def _shares_before(lang: str) -> re.Pattern[str] | None:
    """The words naming shares right before their owner's name ("die Titel von ", "die
    Anteile von "): those the clause rules and the rating rules read."""
    clauses = lexicon(lang)["clauses"]
    words = [w for w in (clauses.get("shares_of"), lexicon(lang)["ratings"].get("shares_of_name")) if w]
    return re.compile(rf"(?:{clauses['share_nouns']})\s+(?:{'|'.join(words)})\s+$") if words else None
