"""What the relation rules share: a language's cue words (lexicon
``[relation_cues]``), the list of names after a trigger, and the relation
record with its evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.nlp.discovery import compound_head
from kg.nlp.document import Sentence, relative_clauses
from kg.nlp.gazetteer import Mention, alternation
from kg.nlp.lang import info, lexicon
from kg.records import Evidence, Relation


@dataclass(frozen=True)
class Cues:
    """A language's cue words for the relation rules (lexicon ``[relation_cues]``)."""

    negation: re.Pattern[str]  # "kein", "not": the sentence states nothing
    unreal: re.Pattern[str]  # talks, rumours, failed or ended deals: the sentence states no deal
    # "after talks about a merger collapsed": a clause on an earlier deal that failed, whose
    # cues of ``unreal`` leave the sentence's deal real
    ended_before: re.Pattern[str]
    # ", but the relationship could": a later clause whose modal speaks of that clause only
    modal_clause: re.Pattern[str]
    # a rumour cue of ``unreal`` right after a named source ("according to X and people familiar"),
    # group "source"; None where the language lists none
    shared_source: re.Pattern[str] | None
    speaker_we: re.Pattern[str] | None  # "we" in a quotation: the speaker's company; None: no word
    divested: re.Pattern[str]  # a stake sold or given up: the sentence states no investment
    spun_off: re.Pattern[str]  # a unit spun off: the sentence states no parent it belongs to now
    list_gap: re.Pattern[str]  # between items of a list: commas and conjunctions only
    # a conjunction and an aside set off by commas before the last item ("A, B und, wie es heißt,
    # C", "A and, since last year, B"), group "joint" the conjunction the list goes on with
    inserted_aside: re.Pattern[str]
    # a gap between items ending in a company noun with its adjectives ("sowie der chinesische
    # Elektroautobauer "): the noun describes the item after it, however long the words are
    described_gap: re.Pattern[str]
    of_object: re.Pattern[str]  # a list trigger ending in "von", "of": its items are objects
    seat_before: re.Pattern[str]  # "aus", "based in" + place: the seat
    # a seat word that needs the organisation right before it ("der Konzern aus"), or None
    seat_from: re.Pattern[str] | None
    seat_from_end: re.Pattern[str]  # that seat word ending a text
    # " für Radar und Optronik aus ": the phrase of what a company makes and the seat word after
    # a company noun that stands for a name ("Hensoldt, der Spezialist")
    seat_from_phrase: re.Pattern[str] | None
    event_before: re.Pattern[str]  # "in", "at" + place after an event: where it takes place
    based_after: re.Pattern[str]  # place + "-based": the seat of the organisation next
    demonym: str  # the ending of a place adjective ("Walldorfer"), "" where there is none
    city_venue: re.Pattern[str]  # "in" + city + share words: the city's exchange
    stock_words: re.Pattern[str]  # words that speak of shares
    traded_after: re.Pattern[str]  # place or exchange + "-notiert", "listed"
    event_role: re.Pattern[str]  # "Sponsor der", "at the" + event: participatesIn
    articles_before: re.Pattern[str]  # an article right before a word
    # a preposition (and an article, adjectives, one noun) right before a name: no subject
    governed: re.Pattern[str] | None
    # a preposition (and an article) right before a name: the name is no subject; None where unset
    preposition_before: re.Pattern[str] | None
    # a governed phrase opening the sentence, its noun and the verb after it: a name next is the
    # verb's subject ("Mit dem Wirkstoff tritt X gegen Y an"); None where the verb is not second
    opening_phrase_verb: re.Pattern[str] | None
    # a comma and a noun phrase opening a clause whose verb is the trigger: the name before is
    # no subject ("Die Zellen fertigt X selbst, Chips liefert Y"); None where no such order
    fronted_clause: re.Pattern[str] | None
    # goods opening the sentence as the verb's object, the verb next ("Die Zünder für den Puma
    # liefert X"), group "customer" the phrase naming whom they are for; None where no such order
    fronted_goods: re.Pattern[str] | None
    genitive: re.Pattern[str] | None  # a genitive article right before a trigger's noun
    opening_subject: re.Pattern[str] | None  # a nominative determiner opening the sentence before the noun
    genitive_attribute: re.Pattern[str] | None  # "Hauptlieferant der ": a name after it is no subject
    rival_bidder: re.Pattern[str] | None  # "outbid ": the name after it lost the contest, no subject
    # nothing, or an apposition's article and a few words: a name's noun phrase before a trigger
    apposed: re.Pattern[str]
    venture: re.Pattern[str]  # a joint venture's noun opening a trigger
    # an analyst's act or speech ("downgraded", "saying") after an institution: it comments
    # on a company, and a rival it names is that company's; None where the language lists none
    commentator: re.Pattern[str] | None
    # a rating verb after an institution, before or after the rival noun its object holds
    # ("UBS upgraded rival X", "nachdem die UBS den Konkurrenten X hochgestuft hatte"): the
    # institution rates, and the rival is another company's; None where the language lists none
    rating_act: re.Pattern[str] | None
    # an analyst's noun right after an institution ("Jefferies analyst X reiterated …, arguing
    # that …"): its analyst speaks of the company the text is about, which owns the partners
    # and rivals named; None where the language lists none
    analyst_after: re.Pattern[str] | None
    # a relative pronoun → the articles before a name it may refer to; empty: no agreement to check
    agreement: dict[str, frozenset[str]]
    relative_unclear: frozenset[str]  # words before a name that leave a relative's noun unclear
    linked_before: re.Pattern[str]  # "of", "von" + up to two words right before a name
    joined_verb: re.Pattern[str]  # a comma and a conjunction: a relative clause closed, a second verb
    possessed: re.Pattern[str]  # a possessive pronoun and up to two words, ending a text
    # a possessive pronoun opening a sentence ("Its venture with X …"), never matching where none is given
    opening_possessive: re.Pattern[str]
    market_words: re.Pattern[str]  # the whole market: an exchange named there is no one's listing
    participle: re.Pattern[str] | None  # a participle opening a trigger: "…, using X" is the opening subject's
    funding_round: re.Pattern[str] | None  # "Series G round", "Finanzierungsrunde"
    round_valued: re.Pattern[str] | None  # "valued " right before the company a round values
    held_thing: re.Pattern[str] | None  # "an dem Programm " right before a stake: no company held
    raised: re.Pattern[str] | None  # money raised: "raised $30 billion", "eingesammelt"
    round_noun: re.Pattern[str] | None  # "Runde", "round": a round named before, mentioned again
    pronoun_next: re.Pattern[str]  # a subject pronoun opening a text: "it holds" after "in which"
    # a comma, a conjunction and a subject pronoun: ", and it buys" opens a clause of its own
    pronoun_clause: re.Pattern[str]
    # only a conjunction (and an adverb) between a name and a verb: "spoke with X and buys" joins
    # a second verb to the first, whose subject it shares; X is the first verb's object
    shared_verb: re.Pattern[str]
    # a conjunction, an article and a company noun before a verb: "und die Firma unterzeichnete"
    # opens a clause whose subject is that noun
    noun_clause: re.Pattern[str]
    # a verb form of one subject right after a name: " buys" of "A and B buys" is B's alone
    singular_verb: re.Pattern[str] | None
    owner_after: re.Pattern[str]  # "-owned", "-backed" right after a name: it qualifies the next
    # a comma, a verb and its preposition: "The rival, AMD, works with X" ended the rival phrase
    verb_after_comma: re.Pattern[str]
    # a comma and one word in lower case right before a name, where nouns are capitalised: a
    # finite verb ("ein Partner von Y, kaufte X"), so the name is its object, no list item; None
    # where lower case tells no verb ("A, smartphone maker B")
    verb_before_name: re.Pattern[str] | None
    # a comma and a subordinating conjunction: "a lead over the holidays, when X …" ended the
    # trigger's phrase before the first name, which acts in the clause it opens
    subordinate_after_comma: re.Pattern[str]
    # a subordinating conjunction opening a sentence: "Während X zum Kauf rät, …" ends X's clause
    # at the first comma, after which the main clause's verb and subject follow
    subordinate_opening: re.Pattern[str]
    # a comma and a pronoun that may be an article ("X, der"), or None where none looks like one
    relative_or_article: re.Pattern[str] | None
    # a whole relative clause of that pronoun, a name and a final verb: ", den Boeing kaufen will,"
    verb_final_relative: re.Pattern[str] | None
    # a speech verb right after a name: "sells to X, Microsoft said" names a speaker, no item
    speaker_after: re.Pattern[str]
    # after a name, a lower-case word no list item is followed by: the name opens a clause
    clause_after: re.Pattern[str] | None
    # a capitalised word, a comma and a relative pronoun ("BNSF, which"): a name, maybe one we do
    # not know, that a relative clause qualifies
    named_relative: re.Pattern[str] | None
    # a comma and a preposition opening the gap before a name ("made by X, to Y"), not one joining
    # a party ("led by X, with Y also taking part"): group "word"
    preposition_after_comma: re.Pattern[str]
    # an aside between commas opened by a participle of use (", used in Y's cars,"): group "body"
    use_aside: re.Pattern[str] | None
    # a phrase of contrast set off by commas (", unlike X,", ", anders als X,"): its names do
    # not do what the clause's verb says; None where the language lists no contrast words
    contrast: re.Pattern[str] | None
    # a plural noun of unnamed parties right before a verb ("rivals", "many carmakers",
    # "viele Hersteller"): the verb's subject, so no name before it is
    generic_subject: re.Pattern[str]
    # the gap from a verb's object to a second verb joined by "and" with no subject of its own
    # ("X acquired Y and bought a stake in Z"): the second verb's subject is the first one's,
    # never its object; None where the language lists no such gap
    object_then_verb: re.Pattern[str] | None


@lru_cache(maxsize=4)
def relation_cues(lang: str) -> Cues:
    table = lexicon(lang)["relation_cues"]
    return Cues(
        negation=re.compile(rf"\b(?:{table['negation']})\b"),
        unreal=re.compile(rf"\b(?:{table.get('unreal') or '(?!)'})\b"),
        ended_before=re.compile(rf"\b(?:{table.get('ended_before') or '(?!)'})\b"),
        modal_clause=re.compile(rf"(?:{table.get('modal_clause') or '(?!)'})\b"),
        shared_source=re.compile(table["shared_source"]) if table.get("shared_source") else None,
        speaker_we=re.compile(rf"\b(?:{table['speaker_we']})\b") if table.get("speaker_we") else None,
        divested=re.compile(rf"\b(?:{table.get('divested') or '(?!)'})\b"),
        spun_off=re.compile(rf"\b(?:{table.get('spun_off') or '(?!)'})\b"),
        list_gap=_list_gap(table, company_descriptor(lang)),
        inserted_aside=re.compile(rf"^(?P<joint>\s*,?\s*(?:{table['conjunctions']}))\s*,[^,;:.()\d]{{1,60}},\s*$"),
        described_gap=re.compile(rf"^\s*,?\s*(?:{table['conjunctions']})\s+(?:(?:{table['articles']})\s+)?"
                                 rf"{company_descriptor(lang)}$"),
        of_object=re.compile(rf"\b(?:{table['of_object']})\s*$"),
        seat_before=re.compile(rf"\b(?:{table['seat_before']})\s+$"),
        seat_from=re.compile(
            rf"^\s*(?:,\s*(?:{table['apposition']})\s+(?:[\w\-]+\s+){{0,2}}"
            rf"(?:{table.get('seat_apposition_phrase') or '(?!)'})?)?(?:{table['seat_from']})\s+$")
        if table.get("seat_from") else None,
        seat_from_end=re.compile(rf"\b(?:{table.get('seat_from') or '(?!)'})\s+$"),
        seat_from_phrase=re.compile(
            rf"^\s*(?:{table['seat_apposition_phrase']})(?:{table['seat_from']})\s+$")
        if table.get("seat_from") and table.get("seat_apposition_phrase") else None,
        event_before=re.compile(rf"\b(?:{table['event_before']})\s+$"),
        based_after=re.compile(rf"^-(?:{table['based_after']})\b"),
        demonym=table["demonym"],
        city_venue=re.compile(rf"\b(?:{table['city_venue']})\s+$"),
        stock_words=re.compile(rf"\b(?:{table['stock_words']})\b"),
        traded_after=re.compile(rf"^\s*(?:{table['traded_after']})"
                                rf"|^[\s\w-]{{0,40}}\b(?:{table['traded_before_noun']})\b"),
        event_role=re.compile(rf"\b(?i:{table['event_role']})\s+(?:\w+\s+){{0,2}}$"),
        articles_before=re.compile(rf"\b(?:{table['articles']})\s+$"),
        governed=re.compile(rf"(?<![\w-])(?i:{table['governed']})\s+(?:(?:{table['articles']})\s+)?"
                            r"(?:[A-ZÄÖÜ][\w\-]*\s+(?=[a-zäöüß]))?(?:[a-zäöüß][\w\-]*\s+){0,2}"
                            r"(?:[A-ZÄÖÜ][\w\-]*\s+)?$")
        if table.get("governed") else None,
        preposition_before=re.compile(rf"(?<![\w-])(?:{table['preposition_before']})\s+"
                                      rf"(?:(?:{table['articles']})\s+)?$")
        if table.get("preposition_before") else None,
        opening_phrase_verb=re.compile(
            rf"^\W*(?i:{table['governed']})\s+(?:(?:{table['articles']})\s+)?(?:[a-zäöüß][\w\-]*\s+){{0,2}}"
            rf"[A-ZÄÖÜ][\w\-]*\s+(?!(?:{table['phrase_goes_on']})\s)[a-zäöüß][\w\-]*\s+$")
        if table.get("governed") and table.get("phrase_goes_on") else None,
        fronted_clause=re.compile(table["fronted_clause"]) if table.get("fronted_clause") else None,
        fronted_goods=re.compile(table["fronted_goods"]) if table.get("fronted_goods") else None,
        genitive=re.compile(rf"\b(?:{table['genitive']})\s+(?:[a-zäöüß]?[\w\-]*\s+){{0,2}}$")
        if table.get("genitive") else None,
        opening_subject=re.compile(rf"^(?:{table['opening_subject']})\s+(?:[a-zäöüß][\w\-]*\s+){{0,2}}$")
        if table.get("opening_subject") else None,
        genitive_attribute=re.compile(table["genitive_attribute"])
        if table.get("genitive_attribute") else None,
        rival_bidder=re.compile(rf"(?<![\w-])(?:{table['rival_bidder']})\s+(?:(?:{table['articles']})\s+)?"
                                r"(?:[\w\-]+\s+){0,2}$")
        if table.get("rival_bidder") else None,
        agreement={pronoun: frozenset(articles)
                   for pronoun, articles in table.get("relative_agreement", {}).items()},
        relative_unclear=frozenset(table.get("relative_unclear", "").split()),
        linked_before=re.compile(rf"\b(?:{table['item_links']})\s+(?:[\w\-]+(?:['’]s)?\s+){{0,2}}$"),
        joined_verb=re.compile(rf",\s*(?:{table['conjunctions']})\s"),
        possessed=re.compile(rf"\b(?i:{table.get('possessive_pronouns') or '(?!)'})\s+(?:[\w\-]+\s+){{0,2}}$"),
        opening_possessive=re.compile(rf"^(?:{table.get('opening_possessive') or '(?!)'})\s"),
        pronoun_next=re.compile(rf"^\s+(?:{table.get('subject_pronouns') or '(?!)'})\b"),
        pronoun_clause=re.compile(
            rf",\s*(?:{table['conjunctions']})\s+(?:{table.get('subject_pronouns') or '(?!)'})\s"),
        shared_verb=re.compile(rf"\s*,?\s*(?:{table['conjunctions']})\s+"
                               rf"(?:(?:{table.get('shared_verb_adverbs') or '(?!)'})\s+)?"),
        noun_clause=_noun_clause(lang, table),
        singular_verb=re.compile(rf"\s+(?:{table['singular_verb']})(?![\w\-])") if table.get("singular_verb") else None,
        owner_after=re.compile(rf"-(?:{table.get('owner_after') or '(?!)'})\s"),
        verb_after_comma=re.compile(rf",\s*[a-zäöüß][\w\-]*\s+(?:{table.get('verb_prepositions') or '(?!)'})\s"),
        verb_before_name=re.compile(rf"\s*,\s*(?!(?:{table['conjunctions']}|{table['articles']})\s)[a-zäöüß][\w\-]*\s+")
        if info(lang).case_sensitive else None,
        subordinate_after_comma=re.compile(rf",\s*(?:{table.get('subordinators') or '(?!)'})\s"),
        subordinate_opening=re.compile(rf"^\W*(?:{table.get('subordinators') or '(?!)'})\s", re.IGNORECASE),
        relative_or_article=re.compile(rf"^\s*,\s*(?:{'|'.join(table['relative_agreement'])})\s+$")
        if table.get("relative_agreement") else None,
        # "Spirit, den Boeing übernehmen will, …", "BASF, für die Jefferies ein Kursziel nennt, …":
        # a preposition may stand before the pronoun
        verb_final_relative=re.compile(rf",\s*(?:(?:{'|'.join(table.get('relative_unclear', '(?!)').split())})\s+)?"
                                       rf"(?:{'|'.join(table['relative_agreement'])})\s+[A-ZÄÖÜ][^,]*?"
                                       r"(?:\s+[a-zäöüß][\w\-]*){1,4}\s*,")
        if table.get("relative_agreement") else None,
        speaker_after=re.compile(rf"\s+(?:{table.get('list_speech') or '(?!)'})\b"),
        clause_after=re.compile(rf"\s+(?!(?:{table['item_followers']})\b)[a-z]")
        if table.get("item_followers") else None,
        named_relative=re.compile(rf"(?<![\w\-])[A-ZÄÖÜ][\w.&\-]*\s*,\s*(?:{table['relative_pronouns']})\b")
        if table.get("relative_pronouns") else None,
        market_words=re.compile(rf"\b(?:{table.get('market_words') or '(?!)'})\b"),
        preposition_after_comma=re.compile(
            rf"^\s*,\s*(?!(?i:{table.get('governed') or '(?!)'})\s)"
            rf"(?P<word>{table.get('object_prepositions') or '(?!)'})\s"),
        participle=re.compile(rf"^(?:{table['participle']})\b") if table.get("participle") else None,
        use_aside=re.compile(rf",\s*(?:{table['use_aside']})\s(?P<body>[^,;:()]{{1,80}}?),")
        if table.get("use_aside") else None,
        funding_round=re.compile(rf"\b(?:{table['funding_round']})\b") if table.get("funding_round") else None,
        round_valued=re.compile(rf"\b(?:{table['round_valued']})\s+$") if table.get("round_valued") else None,
        held_thing=re.compile(rf"\b(?:{table['held_thing']})\s+$") if table.get("held_thing") else None,
        raised=re.compile(rf"\b(?:{table['raised']})") if table.get("raised") else None,
        round_noun=re.compile(rf"\b(?:{table['round_noun']})\b") if table.get("round_noun") else None,
        apposed=re.compile(rf"^\s*(?:,\s*(?:{table.get('apposition') or '(?!)'})\s+(?:[\w\-]+\s+){{0,4}}?)?$"),
        venture=re.compile(rf"(?:{table.get('venture_nouns') or '(?!)'})\b"),
        commentator=re.compile(rf"\b(?:{table['commentator_acts']})\b")
        if table.get("commentator_acts") else None,
        rating_act=re.compile(table["rating_acts"]) if table.get("rating_acts") else None,
        analyst_after=re.compile(rf"\s*(?:{table['analyst_nouns']})\b")
        if table.get("analyst_nouns") else None,
        contrast=re.compile(rf"(?:^\W*|,\s*)(?:{table['contrast_phrase']})\s+[^,;:()]{{1,80}}?(?=,)")
        if table.get("contrast_phrase") else None,
        generic_subject=re.compile(rf"(?<![\w\-])(?:{table.get('generic_subject') or '(?!)'})\s+$"),
        object_then_verb=re.compile(table["object_then_verb"]) if table.get("object_then_verb") else None,
    )


def contrast_spans(lang: str, sentence: Sentence) -> list[tuple[int, int]]:
    """The document offsets of the sentence's phrases of contrast ("Volvo, unlike Daimler
    Truck, uses …", "Unlike X, Y buys …"): a name inside is set against the clause's subject,
    so the verb's relation is not its; a phrase with no closing comma is left alone, since
    where it ends is unclear."""
    pattern = relation_cues(lang).contrast
    if pattern is None:
        return []
    return [(sentence.start + found.start(), sentence.start + found.end())
            for found in pattern.finditer(sentence.text)]


def company_descriptor(lang: str) -> str:
    """Where nouns form compounds, a company noun with up to two adjectives before a name ("der
    staatliche Ölkonzern X", "den Smartphone-Hersteller X", "der Tommy-Hilfiger-Mutter X", a
    compound of a name in two words): it describes the item after it; elsewhere nothing
    (lower-case words already pass: "the state-owned oil group X")."""
    if not info(lang).compounds:
        return "(?!)"
    heads = compound_head(alternation(lexicon(lang)["references"]["company_heads"]))
    return rf"(?:[a-zäöüß][\w\-]*\s+){{0,2}}(?:[A-ZÄÖÜ][\w]*-)?(?:{heads})\s+"


def _noun_clause(lang: str, table: dict[str, str]) -> re.Pattern[str]:
    """A conjunction, a nominative article, up to two words ("Heidelberger") and a company noun
    (or a compound ending in one) with a lower-case word after it: "und die Firma
    unterzeichnete", "and the company signed". The noun is the subject of the clause it
    opens; a name named before the conjunction is not. So is a possessed company or unit noun
    ("and its unit bought", "und seine Tochter kaufte"): a third company, which no name names."""
    if not table.get("subject_articles"):
        return re.compile("(?!)")
    references = lexicon(lang)["references"]
    noun = _head_noun(lang, references["company_heads"])
    possessed = ""
    if table.get("possessive_pronouns"):
        owned = _head_noun(lang, [*references["company_heads"], *references["unit_heads"]])
        # the words before the noun may be two joined by a conjunction ("and its defense and
        # space arm won"): one unit that makes both
        possessed = (rf"|(?i:{table['possessive_pronouns']})\s+(?:[\w\-]+\s+(?:(?:{table['conjunctions']})\s+)?){{0,2}}?"
                     rf"(?:{owned})")
    return re.compile(rf"(?<![\w\-])(?:{table['conjunctions']})\s+(?:(?:{table['subject_articles']})\s+"
                      rf"(?:[\w\-]+\s+){{0,2}}?(?:{noun}){possessed})\s+[a-zäöüß]")


def _head_noun(lang: str, heads: list[str]) -> str:
    """One of ``heads``, also as the end of a compound where the language writes them as one word."""
    alternatives = alternation(heads)
    return compound_head(alternatives) if info(lang).compounds else rf"(?i:{alternatives})"


def _list_gap(table: dict[str, str], descriptor: str) -> re.Pattern[str]:
    """Between two items of a list: nothing, or a comma or conjunction with
    at most an article and a short modifier or two lower-case words after it
    ("A, B", "A und die chinesische B", "A, smartphone maker B") or a company noun
    (``descriptor``: "A und der staatliche Ölkonzern B") or an owner's name in the possessive
    ("A and Huawei Technologies' HiSilicon unit"), or a preposition that names the maker of the item
    before ("A von X und B"). A comma and a relative pronoun end it ("X, which counts Y"). Other
    words with neither comma nor conjunction end the list:
    in "im Vergleich zu den Rivalen A und B sei C" the verb parts B and C,
    and C is the clause's subject, no item of the rival list."""
    # "A and competes with B": a verb and its preposition open another clause, no list item;
    # nor is a name right after a verb of the list's own ("A and valued B")
    verb_link = rf"(?!\s*[a-zäöüß][\w\-]*\s+(?:{table['verb_prepositions']})\s)" \
        if table.get("verb_prepositions") else ""
    if table.get("list_verbs"):
        verb_link += rf"(?!\s*(?:{table['list_verbs']})\s)"  # "A and valued B": B is an object
    rest = (rf"(?:(?:{table['articles']})\s+)?{verb_link}(?:[\s\w\-]{{0,12}}?|(?:[a-zäöüß][\w\-]*\s+){{1,2}}?"
            rf"|{descriptor})(?:(?:[A-ZÄÖÜ][\w.&\-]*\s+){{0,2}}[\w.\-]+(?:'s|’s|s['’]?)\s+)?")
    relative = rf"(?!\s*(?:{table['relative_pronouns']})\b)" if table.get("relative_pronouns") else ""
    if table.get("list_speech"):
        relative += rf"(?!\s*(?:{table['list_speech']})\b)"
    if table.get("list_examples"):
        relative += rf"(?!\s*(?:{table['list_examples']})\b)"
    if table.get("list_correction"):
        # "nicht A, sondern B", "not A, but B": the correction replaces A, it adds no item
        relative += rf"(?!\s*(?:{table['list_correction']}))"
    if table.get("relative_unclear"):
        # "A, der 2025 von X übernommen wurde": an article after the comma and a preposition
        # before the name open a relative clause (the pronoun looks like an article), no item
        prepositions = "|".join(table["relative_unclear"].split())
        relative += rf"(?!\s*(?:{table['articles']})\s+[^,]*?\b(?:{prepositions})\s+$)"
    return re.compile(rf"^(?:\s*|\s*,{relative}[\s,]*(?:(?:{table['conjunctions']})\s*)?{rest}"
                      rf"|\s*(?:{table['conjunctions']})\s*{rest}"
                      rf"|\s+(?:{table['item_links']})\s+(?:(?:{table['articles']})\s+)?)$")


def make_relation(s: Mention | str, predicate: str, o: Mention | str, sentence: Sentence,
                  rule: str, role: str | None = None) -> Relation:
    subject = s if isinstance(s, str) else s.label
    obj = o if isinstance(o, str) else o.label
    spans = [m for m in (s, o) if isinstance(m, Mention)]
    start = min((m.start for m in spans), default=sentence.start)
    end = max((m.end for m in spans), default=sentence.end)
    return Relation(subject=subject, predicate=predicate, object=obj, role=role,  # type: ignore[arg-type]
                    evidence=Evidence(sentence=sentence.text, start=start, end=end,
                                      extractor=rule))


@lru_cache(maxsize=4)
def _seat_describes(lang: str) -> re.Pattern[str]:
    """Between a seat compound and the item it qualifies: nothing, or a few lower-case
    words describing the item ("London-based self-driving startup X"), none a word that
    follows an item and so ends it ("London-based peers and X", "a unit of X")."""
    followers = lexicon(lang)["relation_cues"].get("item_followers") or r"(?!)"
    return re.compile(rf"\s*|\s+(?:(?!(?:{followers})\s)[a-zäöüß][\w\-]*\s+){{1,3}}")


# Where a clause ends right after a name: a stop, a colon, a semicolon, a comma or the end.
_CLAUSE_END = re.compile(r"\s*(?:[.;:,!?]|$)")


def list_after(lang: str, sentence: Sentence, after: list[Mention], t_end: int) -> list[Mention]:
    """The list of mentions right after a trigger: "wie X, Y oder Z", with a seat
    compound before an item passed over ("rival, Shenzhen-based X")."""
    items: list[Mention] = []
    cursor = t_end
    based_after = relation_cues(lang).based_after
    ended = False  # a conjunction joined the last item: "A und B, C" has no C in it
    seat_end: int | None = None  # the end of a seat compound the next item must follow at once
    for mention in after:
        if seat_end is not None and not _seat_describes(lang).fullmatch(
                sentence.text[seat_end:sentence.local(mention.start)]):
            break
        seat_end = None
        if place_adjective(lang, sentence, mention) or place_possessive(sentence, mention):
            continue  # "mit dem Münchner Konkurrenten X", "A and Japan's X": the place qualifies X
        seat = based_after.match(sentence.text[sentence.local(mention.end):sentence.local(mention.end) + 20])
        if seat is not None:
            seat_end = sentence.local(mention.end) + seat.end()
            continue  # "rival, Shenzhen-based X": the place qualifies the item after it
        described = rival_described(lang, sentence, mention)
        if described is not None:
            seat_end = described
            continue  # "with Acme rival X": the rival compound describes the item after it
        gap = sentence.text[sentence.local(cursor):sentence.local(mention.start)]
        aside = relation_cues(lang).inserted_aside.match(gap) if items else None
        if aside is not None and not any(cursor <= m.start and m.end <= mention.start
                                         for m in sentence.mentions) \
                and _CLAUSE_END.match(sentence.text, sentence.local(mention.end)):
            # "A, B und, wie es heißt, C.": an aside naming no one before a name that ends the
            # clause leaves it the last item, joined by the conjunction (not "A and, separately,
            # C raised its forecast", where C opens a clause of its own)
            gap = aside.group("joint") + " "
        if items and (mention.type == "StockExchange" or mention.label == items[-1].label) \
                and _CODE_OPENED.match(gap):
            continue  # "Delta (DAL.N)", "Oracle (NYSE: ORCL)": the item's codes in its bracket
        code = _CODE_AFTER_ITEM.match(gap) if items else None
        if code is not None:
            gap = gap[code.end():]
        unit = _unit_after(lang).match(gap) if items and POSSESSIVE_BEFORE.search(
            sentence.text, 0, sentence.local(items[-1].start)) else None
        if unit is not None:
            gap = gap[unit.end():]  # "A's X unit and Y": the unit noun closes the item X
        owned = _owned_unit_after(lang).match(gap) if items and unit is None and (
            _POSSESSIVE_END.search(sentence.text, 0, sentence.local(items[-1].end))
            or _POSSESSIVE_END.match(gap.split(" ", 1)[0])) else None
        if owned is not None:
            gap = gap[owned.end():]  # "A's Indian unit and Y": A's unnamed unit is the item
        share = _share_after(lang).match(gap) if items else None
        if share is not None:
            gap = gap[share.end():]  # "A mit 5,1 Prozent und B": the item's share closes it
            if not share.group(0).lstrip().startswith("(") and conjunction(lang).search(gap) is None:
                break  # "A mit 5,1 Prozent, B hält 3 Prozent an C": B opens a clause of its own
        # a later item may follow a company noun with its adjective ("und dem chinesischen
        # Hersteller Y", 33 characters); the list gap pattern says which words may stand there;
        # a conjunction, an article and a company noun alone may be as long as a first gap
        # ("sowie der chinesische Elektroautobauer Y", 40 characters)
        limit = 45 if not items or relation_cues(lang).described_gap.match(gap) else 36
        if len(gap) > limit or (items and not relation_cues(lang).list_gap.match(gap)):
            break
        joined = conjunction(lang).search(gap) is not None
        if items and ended and not joined:
            break  # "zählen Apple und Nvidia, Rivale Samsung beliefert Y": the list ended
        clause = relation_cues(lang).clause_after
        if items and not joined and not ended and clause is not None \
                and clause.match(sentence.text, sentence.local(mention.end)):
            break  # "Unlike rival Oracle, SAP kept its forecast": the name opens the main clause
        ended = ended or (bool(items) and joined)
        if not items and relation_cues(lang).joined_verb.search(gap):
            break  # "Velzaro's closest rival, and with Pfizer's Nurtec": the trigger's phrase ended
        if not items and relation_cues(lang).verb_after_comma.search(gap):
            break  # "Oracle, its rival, partners with X": the rival phrase closed, X is a partner
        verb = relation_cues(lang).verb_before_name
        if items and verb is not None and verb.fullmatch(gap) and _SET_OFF_OPENING.search(
                sentence.text, 0, sentence.local(items[0].start)):
            # "X, ein Partner von Y, kaufte Z": Z is the object of X's verb, no item; a list
            # that no comma sets off goes on ("zählen BMW, Audi, außerdem Porsche")
            break
        if not items and relation_cues(lang).subordinate_after_comma.search(gap):
            break  # "baute einen Vorsprung vor Weihnachten aus, als Boeing …": a clause of its own
        if opens_relative(lang, sentence, gap, mention):
            break  # "der Rivale X, der Y beliefert, …": Y is X's customer, no item
        if not items and _unknown_qualified(lang, sentence, gap, cursor):
            break  # "competes with BNSF, which is owned by Y": Y qualifies a name we do not know
        if items and relation_cues(lang).speaker_after.match(sentence.text, sentence.local(mention.end)):
            break  # "invested in X, Microsoft said": the name after the list speaks
        if items and _other_preposition(lang, sentence, gap, t_end):
            break  # "is made by X, to Y": another preposition opens a phrase of its own
        items.append(mention)
        cursor = mention.end
    return items


# A comma and a few words, the first in lower case, right before a list's first name: the list
# stands in a phrase set off from the clause (", ein Partner von ", ", a supplier to ").
_SET_OFF_OPENING = re.compile(r",\s*[a-zäöüß][\w\-]*\s+(?:[^\W\d_][\w\-]*\s+){0,3}$")


def _other_preposition(lang: str, sentence: Sentence, gap: str, t_end: int) -> bool:
    """Does a comma and a preposition other than the trigger's last word open the gap before
    the next name ("sells the iPhone, which is made by X, to Y")? Then the list after the
    trigger ended and the name hangs on the main verb; the trigger's own preposition again
    goes on with the list ("sells to A, to B")."""
    found = relation_cues(lang).preposition_after_comma.match(gap)
    if found is None:
        return False
    words = sentence.text[:sentence.local(t_end)].split()
    return not words or words[-1].lower() != found.group("word").lower()


# An owner's name in the possessive right before a list item ("Huawei Technologies' HiSilicon").
POSSESSIVE_BEFORE = re.compile(r"[A-Za-z.&\-]+(?:['’]s|s['’])\s+$")


@lru_cache(maxsize=4)
def _owned_unit_after(lang: str) -> re.Pattern[str]:
    """The rest of a possessive list item, up to two words and a unit noun, before the comma
    or conjunction that goes on with the list ("A's Indian unit and Y"): the item's unnamed
    unit, which the list goes on after."""
    heads = alternation(lexicon(lang)["references"]["unit_heads"])
    conjunctions = lexicon(lang)["relation_cues"]["conjunctions"]
    return re.compile(rf"(?:['’]s?)?\s+(?:[\w\-]+\s+){{0,2}}?(?:{heads})\b"
                      rf"(?=\s*,|\s+(?:{conjunctions})\s)")


# A possessive ending a list item, inside the mention or right after it ("Siemens'", "Acme's").
_POSSESSIVE_END = re.compile(r"(?:['’]s|s['’]|^['’]s?)$")


@lru_cache(maxsize=4)
def _unit_after(lang: str) -> re.Pattern[str]:
    """A unit noun right after a list item that a possessive opened, before the comma or
    conjunction that goes on with the list ("A's X unit and Y")."""
    heads = alternation(lexicon(lang)["references"]["unit_heads"])
    conjunctions = lexicon(lang)["relation_cues"]["conjunctions"]
    return re.compile(rf"\s+(?:{heads})\b(?=\s*,|\s+(?:{conjunctions})\s)")


@lru_cache(maxsize=4)
def _share_after(lang: str) -> re.Pattern[str]:
    """A holder's share right after a list item, before the comma or conjunction that goes
    on with the list ("A mit 5,1 Prozent und B", "A (12 %), B (8 %)", "A with 9.8% and B");
    a share followed by any other word ("A mit 30 Prozent Marktanteil und B") closes nothing."""
    table = lexicon(lang)["relation_cues"]
    if not table.get("list_share"):
        return re.compile("(?!)")
    return re.compile(rf"\s*(?:{table['list_share']})(?=\s*,|\s+(?:{table['conjunctions']})\s)")


# A ticker or instrument code in brackets right after a list item ("Delta Air Lines (DAL.N)
# and American Airlines (AAL.O)"): part of the item, not a word between two items.
_CODE_OPENED = re.compile(r"^\s*\((?:[A-Z]{1,8}\s?:\s?)?$")
_CODE_AFTER_ITEM = re.compile(r"\s*\((?:[A-Z]{1,8}\s?:\s?)?[A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?\)(?=\s*\S)")


@lru_cache(maxsize=4)
def conjunction(lang: str) -> re.Pattern[str]:
    """A conjunction that joins the last item of a list ("und", "and")."""
    return re.compile(rf"(?<![\w&])(?:{lexicon(lang)['relation_cues']['conjunctions']})(?![\w&])")


# Lower-case words up to a comma or the sentence's end: the verb-final rest of a German relative clause.
_VERB_FINAL = re.compile(r"^(?:\s+[a-zäöüß][\w\-]*){1,4}\s*(?:[,.;:]|$)")


def opens_relative(lang: str, sentence: Sentence, gap: str, mention: Mention) -> bool:
    """Does the name stand in a relative clause rather than a list? After "X, der" the
    pronoun looks like an article; only lower-case words after the name, up to a comma
    or the end, show the clause's final verb ("X, der Y beliefert,")."""
    pattern = relation_cues(lang).relative_or_article
    return pattern is not None and pattern.match(gap) is not None and \
        _VERB_FINAL.match(sentence.text[sentence.local(mention.end):]) is not None


def _unknown_qualified(lang: str, sentence: Sentence, gap: str, start: int) -> bool:
    """Does the gap before a list's first item hold a capitalised word no mention covers,
    then a comma and a relative pronoun ("rivals with BNSF, which is owned by X")? Then the
    trigger took that word, a name we do not know, and the name after stands in its relative
    clause: it is no item."""
    pattern = relation_cues(lang).named_relative
    if pattern is None:
        return False
    for found in pattern.finditer(gap):
        at = start + found.start()
        if not any(m.start <= at < m.end for m in sentence.mentions):
            return True
    return False


def list_ending(lang: str, sentence: Sentence, before: list[Mention]) -> list[Mention]:
    """The list of mentions that ends with the last of ``before``: "X und Y"."""
    if not before:
        return []
    items = [before[-1]]
    plain = False  # a gap without a conjunction joins an item after this one
    for mention in reversed(before[:-1]):
        gap = sentence.text[sentence.local(mention.end):sentence.local(items[0].start)]
        if len(gap) > 30 or not relation_cues(lang).list_gap.match(gap) or not gap.strip():
            break
        if plain and conjunction(lang).search(gap):
            # "Apple und Nvidia, Rivale Samsung beliefert Y": the list "Apple und Nvidia"
            # ended before the comma; the last name stands alone
            return [before[-1]]
        plain = plain or conjunction(lang).search(gap) is None
        items.insert(0, mention)
    opener = _opener_before_relative(lang, sentence, items[0])
    if opener is not None and opener in before:
        items.insert(0, opener)  # "X, which dropped its bid, and Y are rivals": X is an item too
    return items


# Between a name and the relative clause after it: a legal form at most ("UniCredit SpA, which").
_FORM_GAP = re.compile(r"\s*(?:[A-Z][\w.]*\s*)?")


def _opener_before_relative(lang: str, sentence: Sentence, item: Mention) -> Mention | None:
    """The name opening the sentence whose relative clause closes right before the item's
    conjunction ("X, which dropped its own bid last year, and Y are …"): the first item of a
    list the clause interrupts. None where the name does not open the sentence ("A bought X,
    which makes chips, and Y supplies Z" joins two clauses, not X and Y)."""
    text, at = sentence.text, sentence.local(item.start)
    joined = re.compile(rf",\s*(?:{lexicon(lang)['relation_cues']['conjunctions']})\s+")
    first = sentence.mentions[0] if sentence.mentions else None
    if first is None or first is item or len(text[:sentence.local(first.start)].split()) > 1:
        return None
    for clause in relative_clauses(lang, text):
        if clause.closes < at and joined.fullmatch(text, clause.closes, at) \
                and _FORM_GAP.fullmatch(text, sentence.local(first.end), clause.opens):
            return first
    return None


__all__ = ["Cues", "company_descriptor", "list_after", "list_ending", "make_relation", "opens_relative", "place_adjective",
           "relation_cues"]


def place_adjective(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the mention a place written as an adjective before a noun ("Münchner" of "dem
    Münchner Hersteller X")? It qualifies the list item after it and is none itself."""
    demonym = relation_cues(lang).demonym
    return bool(demonym) and mention.type == "Place" and mention.surface.endswith(demonym) \
        and not mention.label.endswith(demonym) \
        and _NOUN_NEXT.match(sentence.text, sentence.local(mention.end)) is not None


_NOUN_NEXT = re.compile(r"\s+[A-ZÄÖÜ][\w\-]*")


def place_possessive(sentence: Sentence, mention: Mention) -> bool:
    """Is the mention a place in the possessive right before a name ("Japan's" of "A and
    Japan's Komatsu")? Like a place adjective it qualifies the list item after it: the list
    goes on with that name instead of ending at the place."""
    return mention.type == "Place" and _POSSESSIVE_PLACE.search(mention.surface) is not None \
        and _NOUN_NEXT.match(sentence.text, sentence.local(mention.end)) is not None


# An apostrophe ending a name, with or without the s ("Japan's", "Texas'").
_POSSESSIVE_PLACE = re.compile(r"\w['’]s?$")


def rival_described(lang: str, sentence: Sentence, mention: Mention) -> int | None:
    """Where a company's rival compound ends that describes the name right after it
    ("Acme rival" of "with Acme rival Altera Cells"), as a sentence offset; None where
    the mention opens none. The company is no item of a list then: the item is its rival."""
    if mention.type not in ("Company", "FinancialInstitution"):
        return None
    compound = _rival_compound(lang).match(sentence.text, sentence.local(mention.end))
    if compound is None or _NOUN_NEXT.match(sentence.text, compound.end()) is None:
        return None
    return compound.end()


@lru_cache(maxsize=4)
def _rival_compound(lang: str) -> re.Pattern[str]:
    """The rival compound after a company's name (lexicon ``[rivals] compound``)."""
    return re.compile(rf"(?:{lexicon(lang)['rivals']['compound']})\b")


@lru_cache(maxsize=4)
def held_share(lang: str) -> re.Pattern[str] | None:
    """The percentage the holder of a relative clause holds, right after it ("Y,
    an dem X seit Januar 74,9 Prozent hält"): the size of a stake in Y."""
    pattern = lexicon(lang)["relation_cues"].get("held_share")
    return re.compile(pattern) if pattern else None


@lru_cache(maxsize=4)
def moved_after_name(lang: str) -> re.Pattern[str] | None:
    """A move of the shares and its percentage right after a company's name (lexicon
    ``[listing] moved_after``): the venue rules and the figure rules both read it, so it is
    compiled here once. None where the language lists none."""
    words = lexicon(lang)["listing"].get("moved_after")
    return re.compile(words) if words else None


@lru_cache(maxsize=4)
def gapped_holder(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """The words before and after a holder whose clause leaves out the stake's verb and company
    ("…, der Fonds Z gut 10 Prozent"), and the percentage that sizes the stake before it: see
    :func:`kg.nlp.relations._gapped_holders`."""
    table = lexicon(lang)["relation_cues"]
    keys = ("gapped_holder_before", "gapped_holder_share", "gapped_holder_sized")
    if not all(table.get(key) for key in keys):
        return None
    before, share, sized = (re.compile(table[key]) for key in keys)
    return before, share, sized


@lru_cache(maxsize=4)
def gapped_supplier(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The words before and after a supplier whose clause leaves out the verb ("…, der
    Laserspezialist Z die Lichtquellen"): see :func:`kg.nlp.relations._gapped_suppliers`."""
    table = lexicon(lang)["relation_cues"]
    before, after = table.get("gapped_supplier_before"), table.get("gapped_supplier_after")
    return (re.compile(before), re.compile(after)) if before and after else None


@lru_cache(maxsize=4)
def remaining_holder_clause(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The words before and after a holder opening a clause of its own with the rest of the
    shares ("…; Z holds the remaining 40%"): see :func:`kg.nlp.relations._gapped_holders`."""
    table = lexicon(lang)["relation_cues"]
    opening, after = table.get("remaining_holder_opening"), table.get("remaining_holder_after")
    return (re.compile(opening), re.compile(after)) if opening and after else None


@lru_cache(maxsize=4)
def remaining_holder(lang: str) -> re.Pattern[str] | None:
    """The words between a stake's company held and the holder of the rest of its shares
    ("…; die übrigen 49 Prozent liegen bei Z"): see :func:`kg.nlp.relations._gapped_holders`."""
    words = lexicon(lang)["relation_cues"].get("remaining_holder_before")
    return re.compile(words) if words else None
