"""Relations between entities, from trigger words, possessives and roles.

Rule families, each a small function over one sentence:

* **trigger rules** (data: ``[[relations]]`` in the lexicon): a trigger
  word between a subject and an object ("X übernimmt Y"), its passive
  ("Y, developed by X") or a list after it ("Wettbewerber wie X oder Y");
* **possessives**: "Metas Llama" (develops), "Alibabas Cloud-Sparte"
  (subsidiaryOf);
* **roles** and **covers** from analysts' comments (:mod:`kg.nlp.roles`):
  "Konzernchef Jensen Huang" (worksFor with the title), "Analyst X von Citi";
* **places and venues**: "der Chipkonzern aus Santa Clara", "an der
  Nasdaq", "in Hongkong gehandelte Aktien" (locatedIn, listedOn);
* **catalogue links shown by the text**: a unit and its parent, or a
  model and its developer, named in one sentence;
* **covers** also follows from ratings and analysts' estimates (see
  :func:`kg.nlp.roles.covers_from`).

Negated sentences ("keine Partnerschaft", "not a rival") yield nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from kg.catalogue import Catalogue, CatalogueEntry, per_catalogue
from kg.nlp.attribution import (
    POSSESSIVE_ENDS,
    comment_opens,
    in_closed_relative,
    is_object,
    owner_between,
)
from kg.nlp.discovery import (
    DESCRIBED_COMPANY,
    JOINT_NAME_RULE,
    after_truncated,
    city_names,
    compound_head,
    family_names,
    named_by_owner,
    singular_adjective_head,
)
from kg.nlp.document import (
    INSTITUTION,
    ISSUER_TYPES,
    ORGANIZATION_TYPES,
    PRODUCT_TYPES,
    QUOTE_MARK,
    Document,
    RelativeClause,
    Sentence,
    cited,
    closed_relative,
    compound_modifier,
    genitive,
    is_share_subject,
    names_unknown,
    owns_named_relative,
    relative_clauses,
    same_clause,
)
from kg.nlp.gazetteer import Mention, alternation
from kg.nlp.lang import info, lexicon, lexicon_pattern, not_names, stop_words
from kg.nlp.metrics import figure_words, quantities_of
from kg.nlp.prefilter import Prefilter, prepares
from kg.nlp.ratings import another_company_before, names_sector, rating_context, rating_spans
from kg.nlp.references import (
    COMPANY,
    coordinated,
    descriptor_industries,
    industries_compete,
    industry_known_fit,
    unknown_group_name,
    unknown_name_after,
    unresolved_reference,
)
from kg.nlp.references import patterns as reference_patterns
from kg.nlp.relation_cues import (
    company_descriptor,
    conjunction,
    contrast_spans,
    gapped_holder,
    gapped_supplier,
    held_share,
    list_after,
    list_ending,
    make_relation,
    moved_after_name,
    opens_relative,
    place_adjective,
    relation_cues,
    remaining_holder,
    remaining_holder_clause,
    rival_described,
)
from kg.nlp.roles import (
    FEW_WORDS,
    analyst_covers,
    covered_company,
    roles,
    titled_analysts_house,
    titled_person_acts,
    titles_person,
)
from kg.nlp.salience import (
    antecedent,
    credited_as_analysts,
    is_subject,
    passage_subject,
    passing_rival,
    salient,
)
from kg.records import Relation
from kg.vocabulary import SYMMETRIC

TYPE_CLASSES: dict[str, frozenset[str]] = {
    "org": ORGANIZATION_TYPES - {"StockExchange"},
    "company": frozenset({"Company", "BusinessUnit"}),
    "product": PRODUCT_TYPES,
    "place": frozenset({"Place"}),
    "event": frozenset({"Event"}),
    "index": frozenset({"MarketIndex"}),
    "exchange": frozenset({"StockExchange"}),
    "person": frozenset({"Person"}),
    "peer": ORGANIZATION_TYPES - {"StockExchange", "GovernmentBody"} | PRODUCT_TYPES,
    # one that can own a company as its parent: not a state ("owned by the state" makes no unit)
    "owner": ORGANIZATION_TYPES - {"StockExchange", "GovernmentBody"},
}


# Deals a sentence may only talk of (talks, rumours) or report as failed or ended: a
# takeover, a partnership, a stake, a supply; a rivalry or a seat stays true either way.
DEALS = frozenset({"acquired", "partnerOf", "investsIn", "supplierOf"})


@dataclass(frozen=True)
class TriggerRule:
    predicate: str
    shape: str
    subject: frozenset[str]
    object: frozenset[str]
    trigger: re.Pattern[str]
    name: str
    salient_subject: bool = False  # without a named subject, the article's subject
    salient_object: bool = False  # without a named object, the article's subject
    recipient: re.Pattern[str] | None = None  # words before a name that make it the receiver
    # words that, between the trigger and the object, show the object is no object of the
    # trigger ("buys chips from X", "kauft einen Anteil an X")
    not_between: re.Pattern[str] | None = None
    # words right after the object that make it a modifier of another noun, which is the
    # trigger's object ("buys Covestro shares", "kauft Covestro-Aktien", "buys Covestro's unit")
    not_after: re.Pattern[str] | None = None
    # words right after the object that join a second subject ("develops Y together with Z")
    co_subject: re.Pattern[str] | None = None
    # "supplies chips to Y and Z", "A and B buy from Y": every name of the list is an object
    object_list: bool = False
    # a relative clause: the object right before the trigger (an apposition at most), the
    # subject right after it ("Y, a chip that X designs", "Y, den X baut")
    relative: bool = False
    # the trigger is a noun with its list in apposition ("der Konkurrent X"): a negation after
    # the list negates the clause's verb ("X konnte nicht profitieren"), not the noun
    noun_trigger: bool = False
    # the subject is the name right after the trigger ("unit TKMS"): a later one is no unit when
    # the name after the noun is one the catalogue does not know ("unit TKMS was rated by X")
    adjacent: bool = False
    # the object is the name right before the trigger ("sold Osram to Y"), a unit noun between
    # at most ("sold its Osram unit to Y"); never a name further back ("X sold H20 to Y")
    object_next: bool = False
    # the subject is the name right before the trigger, a comma between at most ("X, which is
    # owned by Y"): a name further back is another clause's ("competes with X, which is owned
    # by Y" does not make the one competing Y's unit)
    subject_next: bool = False
    # the subject is the one organisation named before the trigger; with another named there
    # (a rival compared, a source) whose clause the trigger ends is open, and nothing is read
    sole_subject: bool = False
    # words between the last name before the trigger and the trigger that show the name is no
    # subject: an object joined to the trigger's noun ("owns the unit A and a stake in B"), a
    # clause closed by a comma ("X, which deploys A chips, remains the biggest buyer of B"); the
    # sentence's opening subject is
    not_subject_gap: re.Pattern[str] | None = None
    # words that, ending with the trigger, make it another relation ("a $14 billion deal with X")
    not_through: re.Pattern[str] | None = None
    # the sentence's one name may be the object, the article's company the subject ("Größter
    # Kunde ist X"); other "between" rules need two names
    alone: bool = False
    # no name before the trigger in a verb-second clause ("Im Quartal liefert X Chips an Y"): the
    # subject is the name right after the verb, the objects those after the recipient word
    subject_after: bool = False
    # the trigger names no funding round ("X and Y also took part"): it is one only where this
    # sentence or the one before names a round; elsewhere the words tell of a panel or a race
    round_before: bool = False


@lru_cache(maxsize=4)
def trigger_rules(lang: str) -> tuple[TriggerRule, ...]:
    """The trigger rules of a language, each with a stable extractor name."""
    rules = []
    for spec in lexicon(lang).get("relations", []):
        rules.append(TriggerRule(
            predicate=spec["predicate"],
            shape=spec["shape"],
            subject=TYPE_CLASSES[spec["subject"]],
            object=TYPE_CLASSES[spec["object"]],
            trigger=re.compile(spec["trigger"]),
            name=f"relations/{lang}/{spec['predicate']}-{spec.get('name', spec['shape'])}",
            salient_subject=spec.get("salient_subject", False),
            salient_object=spec.get("salient_object", False),
            recipient=re.compile(rf"\b(?:{spec['recipient']})\s+$") if "recipient" in spec else None,
            not_between=re.compile(rf"\b(?:{spec['not_between']})\b")
            if spec.get("not_between") else None,
            not_after=re.compile(rf"^(?:{spec['not_after']})") if spec.get("not_after") else None,
            co_subject=re.compile(rf"^\s*(?:{spec['co_subject']})\s+$")
            if spec.get("co_subject") else None,
            object_list=spec.get("object_list", False),
            noun_trigger=spec.get("noun_trigger", False),
            relative=spec.get("relative", False),
            adjacent=spec.get("adjacent", False),
            object_next=spec.get("object_next", False),
            subject_next=spec.get("subject_next", False),
            sole_subject=spec.get("sole_subject", False),
            not_subject_gap=re.compile(rf"^\s*,?\s*(?:{spec['not_subject_gap']})\s+$")
            if spec.get("not_subject_gap") else None,
            not_through=re.compile(rf"(?:{spec['not_through']})$") if spec.get("not_through") else None,
            alone=spec.get("alone", False),
            subject_after=spec.get("subject_after", False),
            round_before=spec.get("round_before", False),
        ))
    return tuple(rules)


@prepares
@lru_cache(maxsize=4)
def _trigger_cues(lang: str) -> Prefilter:
    """Which trigger rules can match a sentence; most match in none."""
    return Prefilter([rule.trigger for rule in trigger_rules(lang)])


def find_relations(document: Document) -> list[Relation]:
    """All relations in the document, each once (the first evidence wins). A parent
    known only from the world (the catalogue, the article's company) is not read for a
    pair named where a sentence tells of a stake sold ("Siemens sold its remaining stake in
    Siemens Energy"): the holding has ended."""
    found: dict[tuple[str, str, str], Relation] = {}
    sold = {pair for sentence in document.sentences for pair in _sold_holdings(document.lang, sentence)}
    before: list[Relation] = []  # the relations of the sentence before
    joint = _joint_names(document)
    for sentence in document.sentences:
        here = [r for r in _sentence_relations(document, sentence)
                if not _joint_with_owner(document, r, joint)]
        here += list(_another_rival(document, sentence, here if sentence.index in document.paragraph_starts
                                    else before + here))
        before = here
        bought = {(r.object, r.subject) for r in here if r.predicate == "acquired"}
        for relation in here:
            if relation.evidence.extractor == "relations/catalogue-link" \
                    and (relation.subject, relation.object) in bought | sold:
                continue  # the sentence tells of the takeover or sale; the parent link is the world's
            key = _key(relation)
            if key not in found and relation.subject != relation.object:
                found[key] = relation
    bought = {(r.object, r.subject) for r in found.values() if r.predicate == "acquired"}
    for relation in _merged_rivals(document, {buyer for _, buyer in bought}):
        found.setdefault(_key(relation), relation)
    for relation in _topic_links(document):
        if relation.predicate != "subsidiaryOf" or (relation.subject, relation.object) not in bought | sold:
            found.setdefault(_key(relation), relation)
    for relation in _topic_pipeline(document):
        found.setdefault(_key(relation), relation)
    made = {(r.subject, r.object) for r in found.values() if r.predicate == "develops"}
    return [r for r in found.values() if not _uses_own_product(document, r, made)]


def _uses_own_product(document: Document, relation: Relation, made: set[tuple[str, str]]) -> bool:
    """Is ``relation`` a ``uses`` of a product by its own maker, or by a unit of the maker the
    catalogue names (``made``: the article's develops pairs)? A maker is no customer of what
    it makes: such a reading comes from a name beside the product ("leans on Hunyuan
    partners", "the cloud unit's Trainium chips"), not from a stated use."""
    if relation.predicate != "uses":
        return False
    makers = {relation.subject, *document.catalogue.parents_of(relation.subject)}
    return (relation.subject, relation.object) in made \
        or document.catalogue.developer_of(relation.object) in makers


def _joint_names(document: Document) -> frozenset[str]:
    """The joint ventures named after their owners (:func:`kg.nlp.discovery.joint_names`),
    found once: the fact rules add no mentions, and a walk over all of them for each
    relation cost a long article more than its relations."""
    return frozenset(m.label for m in document.mentions if m.rule == JOINT_NAME_RULE)


def _joint_with_owner(document: Document, relation: Relation, joint: frozenset[str]) -> bool:
    """Is ``relation`` one between a joint venture named after its owners ("Sony Honda
    Mobility", ``joint``: :func:`_joint_names`) and an owner its name holds, other
    than the venture's holding by it? "its venture with Honda Motor, Sony Honda Mobility"
    makes the venture no partner of Sony: an owner is no partner, rival, supplier or
    customer of its own venture."""
    if relation.predicate in _OWNER_LINKS:
        return False
    for venture, other in ((relation.subject, relation.object), (relation.object, relation.subject)):
        entry = document.catalogue.get(other)
        if venture in joint and entry is not None and any(
                re.search(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", venture) for name in entry.names):
            return True
    return False


# What ties a joint venture to an owner its name holds: the owner's stake, the venture's parent.
_OWNER_LINKS = frozenset({"subsidiaryOf", "investsIn"})


def _merged_rivals(document: Document, buyers: set[str]) -> Iterator[Relation]:
    """"The combined group would compete with X and Y": the merged company a takeover makes
    is the buyer's, so where the article tells of takeovers by one buyer alone, that buyer
    competes with each company of the list after the opening. Nothing where no takeover, or
    takeovers by more than one buyer, were read: whose combined group is meant is open."""
    cue = lexicon_pattern(document.lang, "relation_cues", "merged_rivals")
    if cue is None or len(buyers) != 1:
        return
    (buyer,) = buyers
    for sentence in document.sentences:
        opening = cue.match(sentence.text)
        if opening is None:
            continue
        start = sentence.start + opening.end()
        after = [m for m in sentence.mentions if m.start >= start]
        for rival in list_after(document.lang, sentence, after, start):
            if rival.type in _COMMERCIAL and rival.label != buyer:
                yield make_relation(buyer, "competitorOf", rival, sentence,
                                    f"relations/{document.lang}/merged-rivals")


@lru_cache(maxsize=4)
def _growth_cause(lang: str) -> re.Pattern[str] | None:
    words = lexicon(lang)["relation_cues"].get("growth_cause")
    return re.compile(rf"\b(?:{words})\s+(?:[\w\-]+\s+){{0,4}}[\"“„'‘]?$") if words else None


def _only_as_cause(document: Document, label: str) -> bool:
    """Is every mention of ``label`` a cause of growth ("helped by the launch of X")? Then
    the text does not say who makes it."""
    cause = _growth_cause(document.lang)
    return cause is not None and all(
        cause.search(sentence.text, 0, sentence.local(m.start)) is not None
        for sentence in document.sentences for m in sentence.mentions if m.label == label)


def _topic_links(document: Document) -> Iterator[Relation]:
    """The article's own company and its units or products named in it: a
    text about a company that discusses its product shows the link, though
    not in one sentence ("Tencent … Anzeigen auf WeChat")."""
    topic = document.topic
    if topic is None:
        return
    together = {(a.label, b.label) for sentence in document.sentences
                for a in sentence.mentions for b in sentence.mentions}
    for sentence in document.sentences:
        for mention in sentence.mentions:
            entry = document.entry_of(mention)
            if entry is None:
                continue
            if topic in entry.developers or any(
                    document.catalogue.parent_of(developer) == topic
                    and (developer, mention.label) not in together
                    and not _only_as_cause(document, mention.label) for developer in entry.developers):
                # a product of the company's own unit is the company's ("Google Search" in a
                # text about Alphabet), unless the text names the unit beside it as its maker,
                # or names the product only as a cause of growth ("helped by the launch of X")
                yield make_relation(topic, "develops", mention, sentence, "relations/topic-link")
            if topic in entry.parents:
                yield make_relation(mention, "subsidiaryOf", topic, sentence,
                                    "relations/topic-link")


@lru_cache(maxsize=4)
def _pipeline_cues(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """A drug's kind noun right before a name (a quotation mark between at most), the words
    of another's drug before it, and the gap between two names of the list (a comma or a
    conjunction, quotation marks around them); None where the language lists none."""
    table = lexicon(lang)["relation_cues"]
    if not table.get("pipeline_nouns") or not table.get("pipeline_other"):
        return None
    quotes = "[\\s\"„“”']*"
    return (re.compile(rf"(?<![\w\-])(?:{table['pipeline_nouns']})\s+[\"„“”']?$"),
            re.compile(rf"(?<![\w\-])(?:{table['pipeline_other']})"),
            re.compile(rf"{quotes}(?:,|,?\s*(?:{table['conjunctions']}))\s{quotes}"))


# How far before a drug's kind noun a word of another's drug still qualifies it ("the rival
# cancer drug"; "Konkurrenzmedikament" is one word with it).
_OTHER_REACH = 20


def _topic_pipeline(document: Document) -> Iterator[Relation]:
    """"Doch der Markt unterschätzt die Aussichten der Krebsmedikamente „A“ und B" in a text
    about one company: drugs the catalogue does not know, named by their kind noun in a
    sentence that names no organisation, are the pipeline of the company the text is about.
    Not another's drug ("das Konkurrenzmedikament A", "the rival drug A"), nor one the
    catalogue knows (its developer is known), nor in a sentence naming an organisation, whose
    drug it may be."""
    cues = _pipeline_cues(document.lang)
    topic = document.topic
    if cues is None or topic is None or document.type_of(topic) != "Company":
        return
    noun_before, other, gap = cues
    for sentence in document.sentences:
        if any(m.type in ORGANIZATION_TYPES and m.label != topic for m in sentence.mentions):
            continue
        products = [m for m in sentence.mentions if m.type in PRODUCT_TYPES]
        for k, first in enumerate(products):
            before = sentence.text[:sentence.local(first.start)]
            noun = noun_before.search(before)
            if noun is None or other.search(before, max(0, noun.start() - _OTHER_REACH), noun.end()):
                continue
            items = [first]
            for item in products[k + 1:]:
                if not gap.fullmatch(sentence.text, sentence.local(items[-1].end), sentence.local(item.start)):
                    break
                items.append(item)
            for item in items:
                if document.entry_of(item) is None:
                    yield make_relation(topic, "develops", item, sentence,
                                        f"relations/{document.lang}/pipeline-topic")


def _key(relation: Relation) -> tuple[str, str, str]:
    s, o = relation.subject, relation.object
    if relation.predicate in SYMMETRIC and o < s:
        s, o = o, s
    return (s, relation.predicate, o)


def _named_holdings_first(found: list[Relation]) -> list[Relation]:
    """The sentence's relations less a stake given by default to the article's company where
    a relative clause of the sentence names what the same holder holds: in "Die Sensoren soll
    Hensoldt liefern, an dem Leonardo mit knapp 23 Prozent beteiligt ist" the clause tells
    Leonardo's stake in Hensoldt, and the share "mit … beteiligt" is that stake, not one in the
    article's company."""
    named = {r.subject for r in found if r.predicate == "investsIn"
             and r.evidence.extractor.endswith("-held-relative")}
    return [r for r in found if r.predicate != "investsIn" or r.subject not in named
            or not r.evidence.extractor.endswith("-salient")]


def _sentence_relations(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """The sentence's relations, less a supply to a company the sentence tells was
    bought, less a parent of a unit sold or spun off, and less a rivalry between a supplier and the customer it supplies: in "X liefert an den Konkurrenten Y", "X supplies the rival Y" the rival noun
    names Y as a rival of another company, X's customer is Y; only a possessive makes Y
    X's own rival ("an seinen Konkurrenten Y", "to its rival Y"). A sentence that names no
    one gives none: every rule relates a mention, and many sentences name no one."""
    if not sentence.mentions:
        return
    found = _named_holdings_first(list(_sentence_facts(document, sentence)))
    found += list(_majority_held(document.lang, sentence, found))
    gapped = list(_gapped_holders(document.lang, sentence, found))
    # "X holds 60% of Y, and Z owns the remaining 40%": Z holds a stake in Y beside X, it is
    # no second company X holds a stake in
    beside = {(r.subject, g.subject) for g in gapped for r in found
              if r.predicate == "investsIn" and r.object == g.object}
    found = [r for r in found if r.predicate != "investsIn" or (r.subject, r.object) not in beside]
    found += gapped
    found = _gapped_suppliers(document.lang, sentence, found)
    found += list(_fronted_partner(document.lang, sentence))
    found += list(_fronted_partner_comma(document.lang, sentence))
    found += list(_second_maker(document.lang, sentence, found))
    found += list(_product_rival_copula(document.lang, sentence))
    found += list(_named_ventures(document.lang, sentence))
    found += list(_other_player(document.lang, sentence, found))
    supplied = {frozenset((r.subject, r.object)) for r in found if r.predicate == "supplierOf"}
    # "X sells Osram to Y": the company sold changes hands, it is supplied nothing, and it is
    # no unit of its seller any more; nor is a unit spun off ("spun off its unit Y")
    bought = {r.object for r in found if r.predicate == "acquired"}
    bought_by = {(r.object, r.subject) for r in found if r.predicate == "acquired"}
    spun_off = relation_cues(document.lang).spun_off.search(sentence.text) is not None
    owners = _owners(document, found)
    rivals = {frozenset((r.subject, r.object)) for r in found if r.predicate == "competitorOf"}
    partners = {frozenset((r.subject, r.object)) for r in found if r.predicate == "partnerOf"}
    # "Jefferies-Analyst X sieht den Wettbewerb mit Shein unterschätzt": the analysts' house
    # speaks of the rivalry, it takes no part in it
    houses = {m.label for m in sentence.mentions if credited_as_analysts(document.lang, sentence, m)}
    # "Analyst X von Jefferies rechnet mit Impulsen aus der übernommenen Y": a house the
    # sentence has cover a company speaks of the deal, it bought nothing
    covering = houses | {r.subject for r in found if r.predicate == "covers"}
    for relation in found:
        if relation.predicate == "acquired" and relation.subject in covering:
            continue
        if relation.predicate == "supplierOf" and relation.object in bought:
            continue
        if relation.predicate == "competitorOf" and {relation.subject, relation.object} & houses:
            continue
        if relation.predicate == "competitorOf" and _rival_through_unit(relation, owners, rivals):
            continue
        if relation.predicate == "competitorOf" and _rival_of_other_trade(document.lang, sentence, relation):
            continue
        if relation.predicate == "partnerOf" and _rival_through_unit(relation, owners, partners):
            continue  # "partnered with Alphabet's Google": Google is the partner, not Alphabet
        if relation.predicate == "partnerOf" and _adviser_of_party(document, sentence, relation):
            continue
        if relation.predicate == "subsidiaryOf" and (spun_off or relation.subject in bought
                                                     and (relation.subject, relation.object) not in bought_by):
            continue  # "die 2018 übernommene Tochter Y" of its buyer stays its unit
        if relation.predicate != "competitorOf" or frozenset(
                (relation.subject, relation.object)) not in supplied \
                or _own_rival(document.lang, sentence, relation):
            yield relation


# More than this percentage of a company's shares makes its holder the parent.
_MAJORITY_PERCENT = 50


def _majority_held(lang: str, sentence: Sentence, found: list[Relation]) -> Iterator[Relation]:
    """"Y, an dem X 74,9 Prozent hält", "Y, in which X owns 62%": a stake the relative
    clause gives its holder (read by the held-relative rule) that is more than half of Y
    makes Y the holder's subsidiary too; a minority ("an der X 49 Prozent hält") only an
    investment."""
    pattern = held_share(lang)
    if pattern is None:
        return
    for relation in found:
        if relation.predicate != "investsIn" or not relation.evidence.extractor.endswith("-held-relative"):
            continue
        share = pattern.match(sentence.text, sentence.local(relation.evidence.end))
        if share is not None and float(share.group("value").replace(",", ".")) > _MAJORITY_PERCENT:
            yield relation.model_copy(update={
                "subject": relation.object, "predicate": "subsidiaryOf", "object": relation.subject})


_CLOSES = re.compile(r"\s*(?:[.;]|$)")  # nothing but the sentence's end after a name


def _gapped_holders(lang: str, sentence: Sentence, found: list[Relation]) -> Iterator[Relation]:
    """"X hält 12 Prozent an Y, der Fonds Z gut 10 Prozent", "X holds 12% of Y, BlackRock
    10%": a stake whose clause closes with the company held (or, where the sentence does not
    name it, with the stake's size: "X hält rund 12 Prozent, der Fonds Z gut 10 Prozent"),
    followed by a clause of only another holder and its share (the verb and the company left
    out), gives that holder a stake in the same company. Only after a stake the sentence sizes,
    and only where the share closes the sentence: a verb of its own ("…, der Fonds Z wuchs um
    10 Prozent") is no gap. The rest of the shares with a verb of holding and no company ("…;
    die übrigen 49 Prozent liegen bei Z", "…, and the remaining 40% is held by Z") is the same
    company's too, where its holder closes the sentence; so is the rest a holder opening the
    sentence's last clause holds ("…; Z holds the remaining 40%", "…; Z hält die übrigen 49
    Prozent"), whatever stands between the company held and that clause."""
    cues = gapped_holder(lang)
    if cues is None:
        return
    before, share, sized = cues
    rest = remaining_holder(lang)
    clause = remaining_holder_clause(lang)
    text = sentence.text
    for relation in found:
        if relation.predicate != "investsIn":
            continue
        end = _stake_end(sized, sentence, relation)
        rest_holder = None if end is None or clause is None else next(
            (m for m in sentence.mentions if m.start >= sentence.start + end and m.type in TYPE_CLASSES["org"]
             and m.label not in (relation.subject, relation.object)
             and clause[0].search(text, end, sentence.local(m.start))
             and clause[1].match(text, sentence.local(m.end))), None)
        if rest_holder is not None:
            yield make_relation(rest_holder, "investsIn", relation.object, sentence,
                                f"relations/{lang}/gapped-holder")
            continue
        holder = next((m for m in sentence.mentions if end is not None and m.start >= sentence.start + end
                       and m.type in TYPE_CLASSES["org"]), None)
        if end is None or holder is None or holder.label in (relation.subject, relation.object):
            continue
        between, after = text[end:sentence.local(holder.start)], text[sentence.local(holder.end):]
        gapped = before.match(between) and share.match(after)
        if not gapped and not (rest is not None and rest.match(between) and _CLOSES.match(after)):
            continue
        yield make_relation(holder, "investsIn", relation.object, sentence,
                            f"relations/{lang}/gapped-holder")


def _gapped_suppliers(lang: str, sentence: Sentence, found: list[Relation]) -> list[Relation]:
    """"Auch X liefert Optiken für Y, der Laserspezialist Z die Lichtquellen": Z opens a clause
    whose verb is left out, so it supplies what X supplies, Y, and is no customer of X. A supply
    to a name every mention of which stands so is dropped; where the sentence gives its subject
    one customer besides, the name supplies that one."""
    cues = gapped_supplier(lang)
    if cues is None:
        return found
    before, after = cues
    text = sentence.text

    def gapped(label: str) -> bool:
        mentions = [m for m in sentence.mentions if m.label == label]
        return bool(mentions) and all(
            before.search(text, 0, sentence.local(m.start)) and after.match(text[sentence.local(m.end):])
            for m in mentions)

    kept: list[Relation] = []
    for relation in found:
        if relation.predicate != "supplierOf" or not gapped(relation.object):
            kept.append(relation)
            continue
        others = {r.object for r in found if r.predicate == "supplierOf"
                  and r.subject == relation.subject and r.object != relation.object}
        customer = next(iter(others)) if len(others) == 1 else None
        if customer is not None:
            kept.append(relation.model_copy(update={"subject": relation.object, "object": customer}))
    return kept


def _stake_end(sized: re.Pattern[str], sentence: Sentence, relation: Relation) -> int | None:
    """Where the clause of a sized stake ends, as an offset in the sentence: after the company
    held where the clause closes with it and a percentage stands before it ("hält 12 Prozent an
    Y"); after the percentage right behind the holder where the sentence names no company held
    ("X hält rund 12 Prozent", the article's company); None otherwise."""
    text = sentence.text
    held = next((m for m in sentence.mentions if m.label == relation.object
                 and m.end == relation.evidence.end), None)
    if held is not None:
        return sentence.local(held.end) if sized.search(
            text, sentence.local(relation.evidence.start), sentence.local(held.start)) else None
    if any(m.label == relation.object for m in sentence.mentions):
        return None
    owner = next((m for m in sentence.mentions if m.label == relation.subject
                  and m.start == relation.evidence.start), None)
    if owner is None:
        return None
    size = sized.search(text, sentence.local(owner.end))
    if size is None or any(sentence.local(owner.end) <= sentence.local(m.start) < size.end()
                           for m in sentence.mentions):
        return None
    return size.end()


def _other_player(lang: str, sentence: Sentence, found: list[Relation]) -> Iterator[Relation]:
    """"Caterpillar and Deere compete in construction equipment, where Komatsu is the other
    major player": the organisations the closing clause names (between "where" and "the other
    player") rival each side of a rivalry the sentence found before that clause, in the same
    kinds (companies with companies, products with products). None where the clause names no
    organisation or the sentence no rivalry before it."""
    cue = lexicon_pattern(lang, "relation_cues", "other_player")
    if cue is None:
        return
    clause = cue.search(sentence.text)
    if clause is None:
        return
    opening = sentence.start + clause.start()
    start, end = sentence.start + clause.start("who"), sentence.start + clause.end("who")
    others = [m for m in sentence.mentions if start <= m.start and m.end <= end
              and m.type in ORGANIZATION_TYPES | PRODUCT_TYPES]
    ends = {m.label: m for m in sentence.mentions if m.end <= opening}
    pairs = [r for r in found if r.predicate == "competitorOf"
             and r.subject in ends and r.object in ends]
    for other in others:
        for rival in sorted({label for r in pairs for label in (r.subject, r.object)}):
            if (ends[rival].type in PRODUCT_TYPES) == (other.type in PRODUCT_TYPES):
                yield make_relation(other, "competitorOf", ends[rival], sentence,
                                    f"relations/{lang}/other-player")


@dataclass(frozen=True)
class _FrontedCues:
    opening: re.Pattern[str]  # "Mit dem Autobauer ": up to the partner's name
    verb: re.Pattern[str]  # " entwickelt ": between the partner and the subject
    develops: re.Pattern[str]  # the verbs whose subject makes the product named after it


@lru_cache(maxsize=4)
def _fronted_cues(lang: str) -> _FrontedCues | None:
    table = lexicon(lang)["relation_cues"]
    if not table.get("fronted_partner") or not table.get("fronted_verbs"):
        return None
    heads = compound_head(alternation(lexicon(lang)["references"]["company_heads"]))
    return _FrontedCues(
        opening=re.compile(rf"\W*(?:{table['fronted_partner']})\s+(?:(?:{heads})\s+)?"),
        verb=re.compile(rf"\s+(?P<verb>{table['fronted_verbs']})\s+"),
        develops=re.compile(rf"(?:{table.get('fronted_develops') or '(?!)'})"))


def _fronted_partner(lang: str, sentence: Sentence) -> Iterator[Relation]:
    """"Mit dem Autobauer Honda entwickelt Sony das Elektroauto Afeela": a partner named
    first in the sentence after "Mit" (and a company noun), the verb of working together,
    then the subject's name: the two are partners; where the verb makes things, the subject
    develops the one product named after it with no other organisation between. Not where
    another word stands between the opening and the name ("Mit der Übernahme von X entwickelt Y
    …"), or between verb and subject."""
    cues = _fronted_cues(lang)
    mentions = sentence.mentions
    if cues is None or len(mentions) < 2 or mentions[0].type not in ORGANIZATION_TYPES \
            or mentions[1].type not in ORGANIZATION_TYPES:
        return
    partner, subject = mentions[0], mentions[1]
    text = sentence.text
    verb = cues.verb.fullmatch(text, sentence.local(partner.end), sentence.local(subject.start))
    if cues.opening.fullmatch(text, 0, sentence.local(partner.start)) is None or verb is None:
        return
    yield make_relation(subject, "partnerOf", partner, sentence, f"relations/{lang}/fronted-partner")
    if cues.develops.fullmatch(verb.group("verb")) is None:
        return
    after = [m for m in mentions[2:] if m.type in ORGANIZATION_TYPES | PRODUCT_TYPES]
    products = [m for m in after if m.type in PRODUCT_TYPES]
    if len(products) == 1 and after[0] is products[0]:
        yield make_relation(subject, "develops", products[0], sentence, f"relations/{lang}/fronted-partner")


@lru_cache(maxsize=4)
def _fronted_comma_cues(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The opening up to a partner fronted before a comma ("With carmaker "), and the verb
    right after the subject's name."""
    table = lexicon(lang)["relation_cues"]
    if not table.get("fronted_partner_comma") or not table.get("fronted_verbs_after"):
        return None
    heads = compound_head(alternation(lexicon(lang)["references"]["company_heads"]))
    return (re.compile(rf"\W*(?:{table['fronted_partner_comma']})\s+(?:(?:{heads})\s+)?"),
            re.compile(rf"\s+(?:{table['fronted_verbs_after']})\b"))


def _fronted_partner_comma(lang: str, sentence: Sentence) -> Iterator[Relation]:
    """"With carmaker Honda, Sony is developing an electric car": a partner named first after
    "With" (and a company noun), a comma, the subject's name and right after it a verb of
    working together: the two are partners. Not where more than a comma stands between the
    names ("With Honda struggling, Sony …"), nor another verb or a second subject after the
    name ("With Honda, Sony posted …", "With Honda, Toyota and Nissan …")."""
    cues = _fronted_comma_cues(lang)
    mentions = sentence.mentions
    if cues is None or len(mentions) < 2 or mentions[0].type not in ORGANIZATION_TYPES \
            or mentions[1].type not in ORGANIZATION_TYPES:
        return
    opening, verb = cues
    partner, subject = mentions[0], mentions[1]
    text = sentence.text
    if opening.fullmatch(text, 0, sentence.local(partner.start)) is not None \
            and text[sentence.local(partner.end):sentence.local(subject.start)].strip() == "," \
            and verb.match(text, sentence.local(subject.end)) is not None:
        yield make_relation(subject, "partnerOf", partner, sentence, f"relations/{lang}/fronted-partner-comma")


@dataclass(frozen=True)
class _VentureCues:
    apposed: re.Pattern[str]  # ", a 50:50 joint venture of ": the noun after the name, up to the owners
    noun_before: re.Pattern[str]  # "das Gemeinschaftsunternehmen " ending the text before the name
    owners_after: re.Pattern[str]  # " von " right after the name
    apposed_noun: re.Pattern[str]  # ", the Ohio-based joint venture ": an owner follows the noun
    shared: re.Pattern[str] | None  # " owns with " after that owner: the other owners follow


@lru_cache(maxsize=4)
def _venture_cues(lang: str) -> _VentureCues | None:
    """The words around a joint venture's name that name its owners; None where the language
    lists no preposition for them."""
    table = lexicon(lang)["relation_cues"]
    if not table.get("venture_of") or not table.get("venture_nouns"):
        return None
    nouns, owners = table["venture_nouns"], table["venture_of"]
    # up to two words describing the venture, none a preposition ("a partner in joint ventures
    # of A and B" is no venture of theirs)
    fillers = rf"(?:(?!(?:{table['object_prepositions']})\s)[^\s,;.()]+\s+){{0,2}}?"
    opening = rf",\s*(?:{table['apposition']})\s+{fillers}(?:{nouns})\s+"
    return _VentureCues(
        apposed=re.compile(rf"{opening}(?:{owners})\s+"), noun_before=re.compile(rf"\b(?:{nouns})\s+$"),
        owners_after=re.compile(rf"\s+(?:{owners})\s+"), apposed_noun=re.compile(opening),
        shared=re.compile(rf"\s+(?:{table['venture_shared']})\s+") if table.get("venture_shared") else None)


def _venture_owners(lang: str, sentence: Sentence, cues: _VentureCues, heads: list[Mention],
                    venture: Mention) -> list[Mention]:
    """The owners a joint venture's name is given with: the list after the preposition of
    "X, a joint venture of A and B" or "das Gemeinschaftsunternehmen X von A und B", or the
    owner right after the noun with those after the verb of "X, the joint venture A owns with
    B"; none where the name stands in no such phrase."""
    at = sentence.local(venture.end)
    found = cues.apposed.match(sentence.text, at)
    if found is None and cues.noun_before.search(sentence.text, 0, sentence.local(venture.start)):
        found = cues.owners_after.match(sentence.text, at)
    if found is not None:
        t_end = sentence.start + found.end()
        return _parties(lang, sentence, list_after(lang, sentence, [m for m in heads if m.start >= t_end], t_end))
    noun = cues.apposed_noun.match(sentence.text, at)
    first = next((m for m in heads if noun is not None and m.start == sentence.start + noun.end()), None)
    shared = cues.shared.match(sentence.text, sentence.local(first.end)) \
        if first is not None and cues.shared is not None else None
    if first is None or shared is None:
        return []
    t_end = sentence.start + shared.end()
    return [first] + _parties(lang, sentence, list_after(lang, sentence, [m for m in heads if m.start >= t_end], t_end))


def _named_ventures(lang: str, sentence: Sentence) -> Iterator[Relation]:
    """"X, a joint venture of A and B", "das Gemeinschaftsunternehmen X von A und B", "X, the
    joint venture A owns with B": the venture named is a unit of each owner named with it. Two
    owners at least, as a joint venture has: "X, a venture of Y" alone may be a project Y runs."""
    cues = _venture_cues(lang)
    if cues is None:
        return
    heads = _heads(sentence)
    for venture in (m for m in heads if m.type in TYPE_CLASSES["org"]):
        owners = [m for m in _venture_owners(lang, sentence, cues, heads, venture)
                  if m.type in TYPE_CLASSES["org"] and m.label != venture.label]
        if len({m.label for m in owners}) < 2:
            continue
        for owner in owners:
            yield make_relation(venture, "subsidiaryOf", owner, sentence, f"relations/{lang}/venture-owners")


def _second_maker(lang: str, sentence: Sentence, found: list[Relation]) -> Iterator[Relation]:
    """"The company's chip is made by X on its 3-nanometer process, and packaged by Y": where
    the sentence makes X the supplier of the thing's owner by its passive of making, the
    organisation right after the "by" of a second such participle joined by "and" supplies the
    same owner. Only the name right after "by" (not "packaged by its own plant in Y")."""
    cue = lexicon_pattern(lang, "relation_cues", "second_maker")
    if cue is None:
        return
    made = [r for r in found if r.predicate == "supplierOf" and "possessed-made-by" in r.evidence.extractor]
    for relation in made:
        maker = next((m for m in sentence.mentions if m.label == relation.subject), None)
        second = cue.search(sentence.text, sentence.local(maker.end)) if maker is not None else None
        if second is None:
            continue
        agent = next((m for m in sentence.mentions
                      if m.start == sentence.start + second.end() and m.type in ORGANIZATION_TYPES), None)
        if agent is not None and agent.label != relation.object:
            yield relation.model_copy(update={"subject": agent.label, "evidence": relation.evidence.model_copy(
                update={"extractor": f"relations/{lang}/second-maker"})})


_CAPITALISED_NEXT = re.compile(r" [A-ZÄÖÜ][\w-]*")  # a capitalised word right after a name


def _opens_product_name(sentence: Sentence, obj: Mention, items: list[Mention]) -> bool:
    """Is ``obj``, an organisation in a list whose other items are products, the first word
    of a product's or service's name ("competes with Apple Music and Amazon Music": a
    capitalised word of no other name follows it)? The list names the product there, not
    the company, so the company is no party of the list's relation."""
    if obj.type in PRODUCT_TYPES or not any(o.type in PRODUCT_TYPES for o in items if o is not obj):
        return False
    found = _CAPITALISED_NEXT.match(sentence.text, sentence.local(obj.end))
    return found is not None and not any(
        sentence.local(m.start) == found.start() + 1 for m in sentence.mentions)


@lru_cache(maxsize=4)
def _product_copula(lang: str) -> re.Pattern[str] | None:
    """A copula after a product's name, one noun at most between ("Y pill is ")."""
    copula = lexicon(lang)["relation_cues"].get("copula")
    return re.compile(rf"\s+(?:[a-z][\w\-]*\s+)?(?:{copula})\s+") if copula else None


def _product_rival_copula(lang: str, sentence: Sentence) -> Iterator[Relation]:
    """"whose Qulipta pill is Velzaro's closest rival": a product's name, a copula, then
    another product's possessive and a rival noun (the rival compound of companies, "X's
    closest rival"): the two products compete. Products only; the names must stand next to
    each other, the copula alone between."""
    copula = _product_copula(lang)
    if copula is None:
        return
    text, suffix = sentence.text, _rival_suffix(lang)
    products = [m for m in sentence.mentions if m.type in PRODUCT_TYPES]
    for first, second in zip(products, products[1:]):
        if copula.fullmatch(text, sentence.local(first.end), sentence.local(second.start)) \
                and first.label != second.label \
                and suffix.match(text[sentence.local(second.end):]) is not None \
                and (second.surface.endswith(("'s", "’s")) or text[sentence.local(second.end):].startswith(("'", "’"))):
            yield make_relation(first, "competitorOf", second, sentence, f"relations/{lang}/product-rival-copula")


def _owners(document: Document, found: list[Relation]) -> set[tuple[str, str]]:
    """(unit, owner) for each unit the sentence shows owned ("die Alphabet-Tochter Waymo")
    and each pair of its names the catalogue makes unit and parent."""
    owners = {(r.subject, r.object) for r in found if r.predicate == "subsidiaryOf"}
    labels = {label for r in found for label in (r.subject, r.object)}
    return owners | {(unit, parent) for unit in labels
                     for parent in document.catalogue.parents_of(unit) if parent in labels}


def _rival_through_unit(relation: Relation, owners: set[tuple[str, str]],
                        rivals: set[frozenset[str]]) -> bool:
    """Is the rivalry (or partnership, given the partner pairs) one between a unit and its
    own owner ("Waymo, ein Rivale von Tesla, gehört zu Alphabet": Alphabet is no rival of
    Waymo), or one of an owner named only for its unit, which rivals the same company ("Die
    Alphabet-Tochter Waymo ist ein Rivale von Tesla": Waymo is, not Alphabet)?"""
    a, b = relation.subject, relation.object
    if (a, b) in owners or (b, a) in owners:
        return True
    return any(frozenset((unit, other)) in rivals for unit, owner in owners
               for mine, other in ((a, b), (b, a)) if owner == mine and unit != other)


def _adviser_of_party(document: Document, sentence: Sentence, relation: Relation) -> bool:
    """Is the partnership one of a bank with a party to a deal, in a passage of advisers
    ("Lazard is advising X, while Y advises the consortium. JPMorgan is working with Bain")?
    The bank advises that party; it is no partner of it."""
    advising = lexicon_pattern(document.lang, "relation_cues", "advising")
    if advising is None or "FinancialInstitution" not in (
            document.type_of(relation.subject), document.type_of(relation.object)):
        return False
    passage = [sentence] + ([document.sentences[sentence.index - 1]] if sentence.index > 0 else [])
    return any(advising.search(here.text) for here in passage)


def _rival_of_other_trade(lang: str, sentence: Sentence, relation: Relation) -> bool:
    """Is the rivalry one the sentence ties to a company it does not name (the article's or
    the passage's: "Der französische Konkurrent Sanofi" in a text about a parcel service), of
    a trade that shares no sector with the rival's? A bare rival noun speaks of the rival's own
    market, which need not be the article company's. A rival noun that names its owner ("DHLs
    Konkurrent X", "X, a rival of Y", "its rival X") and a pair of which an industry is not
    known keep their reading."""
    named = {m.label for m in sentence.mentions}
    return not {relation.subject, relation.object} <= named \
        and industries_compete(relation.subject, relation.object) is False \
        and not _own_rival(lang, sentence, relation)


def _possessed_reference(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the mention a firm noun read as a reference that a possessive pronoun owns ("its
    beauty business") and read as a company the sentence named before it, the pronoun's
    owner? A part of that company is meant, not the company itself; a reference read as a
    unit or firm named elsewhere ("… sell its unit to Y" after the unit's name) keeps it."""
    return mention.rule.startswith("reference/") \
        and relation_cues(lang).possessed.search(sentence.text, 0, sentence.local(mention.start)) is not None \
        and any(m.label == mention.label for m in sentence.mentions if m.end <= mention.start)


def _own_rival(lang: str, sentence: Sentence, relation: Relation) -> bool:
    """Does a possessive pronoun stand before a name of the pair in the sentence ("its rival Y")?"""
    possessed = relation_cues(lang).possessed
    return any(m.label in (relation.subject, relation.object)
               and possessed.search(sentence.text, 0, sentence.local(m.start))
               for m in sentence.mentions)


def _clauses_before(lang: str, sentence: Sentence, negation: int) -> list[tuple[int, int]]:
    """The spans (absolute offsets) of the relative clauses that close before a
    negation at ``negation`` (local), each from its antecedent, the name right
    before its comma, to its end: "UniCredit, die 29 Prozent an der Commerzbank
    hält, äußerte sich nicht" negates the speaking, not the holding."""
    spans = []
    for clause in relative_clauses(lang, sentence.text):
        if clause.closes > negation:
            continue
        antecedent = next((m for m in sentence.mentions if sentence.local(m.end) == clause.opens), None)
        if antecedent is not None:
            spans.append((antecedent.start, sentence.start + clause.closes))
    return spans


_UNASKED = object()  # a question of a sentence not asked yet, where None is one of its answers


def _sentence_facts(document: Document, sentence: Sentence) -> Iterator[Relation]:
    negation = relation_cues(document.lang).negation.search(sentence.text)
    negated_from = None if negation is None else sentence.start + negation.start()
    all_heads = _heads(sentence)
    # "Volvo, unlike Daimler Truck, uses Nvidia chips": a name set off as a contrast does not do
    # what the verb says; a noun's phrase may still name it ("unlike rival X": a rival)
    contrasted = contrast_spans(document.lang, sentence)
    verb_heads = [m for m in all_heads if not any(start <= m.start and m.end <= end for start, end in contrasted)]
    possible = _trigger_cues(document.lang).candidates(sentence.text, sentence.cache)
    # asked once, only of a sentence where a deal rule may match: where its deals stop being real
    # (None, its most common answer, is an answer too: _UNASKED marks the question not yet asked)
    unreal: int | None | object = _UNASKED
    real: list[tuple[int, int]] = []
    rules = trigger_rules(document.lang)
    # "X, die 29 Prozent an Y hält, äußerte sich nicht": a relative clause that closes before
    # the negation is not negated; what its antecedent and it relate stays
    windows = _clauses_before(document.lang, sentence, negation.start()) if negation else []
    for order in sorted(possible):  # in the rules' order; most sentences are cues of few
        rule = rules[order]
        heads = all_heads if rule.noun_trigger else verb_heads
        if len(heads) < 2 and _needs_two_names(rule):
            continue  # one name: before asking whether a deal is real
        if negated_from is None or rule.noun_trigger or windows:
            if rule.predicate in DEALS:
                if unreal is _UNASKED:
                    unreal = _unreal_from(document, sentence)
                    # "BlackRock, which holds 1% of X, said it would back talks": a relative
                    # clause closed before the first cue of talks states a holding the cue after
                    # it does not touch
                    real = _relatives_before_unreal(document, sentence) if unreal is not None else []
                if unreal == 0 and not real:
                    continue  # "Gespräche über eine Übernahme von X", "the deal collapsed"
                if rule.predicate == "investsIn" and _divested(document.lang, sentence):
                    continue  # "sold its stake in X": no holding
            found = _apply_trigger(document, sentence, rule, heads, negated_from) \
                if negated_from is None or rule.noun_trigger \
                else (r for r in _apply_trigger(document, sentence, rule, heads)
                      if any(start <= r.evidence.start and r.evidence.end <= end for start, end in windows))
            cut = unreal if rule.predicate in DEALS and isinstance(unreal, int) else None
            # "X partners with Y, but the relationship could turn into rivalry": a deal told
            # before the clause of the modal stays, one inside it is only possible
            yield from found if cut is None else (
                r for r in found if r.evidence.end <= sentence.start + cut
                or any(start <= r.evidence.start and r.evidence.end <= end for start, end in real))
    yield from _possessives(document, sentence)
    yield from _owned_antecedents(document, sentence)
    yield from _possessed_products(document, sentence)
    yield from _catalogue_links(document, sentence)
    yield from _made_for(document, sentence)
    yield from _supplied_for_product(document, sentence)
    yield from _reference_links(document, sentence)
    yield from roles(document, sentence)
    yield from places(document, sentence)
    yield from _bound_covers(document, sentence, analyst_covers(document, sentence))
    yield from rival_compounds(document, sentence)
    yield from _rivals_after_lead(document, sentence)
    yield from _apposed_rivals(document, sentence)
    yield from _owned_rival_appositions(document, sentence)
    yield from _customers_of_article(document, sentence)
    yield from _users_of_article(document, sentence)
    yield from deal_compounds(document, sentence)
    yield from role_compounds(document, sentence)
    yield from customer_appositions(document, sentence)
    yield from _relative_customers(document, sentence)
    yield from _named_units(document, sentence)
    yield from _backed(document.lang, sentence)


@lru_cache(maxsize=4)
def _backer_compound(lang: str) -> re.Pattern[str] | None:
    """"-backed" and the words up to the name it qualifies ("-backed AI startup ")."""
    words = lexicon(lang)["relation_cues"].get("backer_after")
    return re.compile(rf"-(?:{words})$") if words else None


def _backed(lang: str, sentence: Sentence) -> Iterator[Relation]:
    """investsIn from a backer compound: "Amazon-backed Anthropic", "the SoftBank-funded
    chip startup X": the name before the hyphen holds a stake in the organisation that the
    compound's phrase names, with no punctuation between."""
    pattern = _backer_compound(lang)
    if pattern is None:
        return
    mentions = sentence.mentions
    for backer, backed in zip(mentions, mentions[1:]):
        if backer.type in ORGANIZATION_TYPES and backed.type in ORGANIZATION_TYPES \
                and backer.label != backed.label and pattern.match(
                    sentence.text[sentence.local(backer.end):sentence.local(backed.start)]):
            yield make_relation(backer, "investsIn", backed, sentence, f"relations/{lang}/backer-compound")


def _unreal(document: Document, sentence: Sentence) -> bool:
    """Does the sentence speak of a deal only asked about, talked of, rumoured, failed or ended
    anywhere (:func:`_unreal_from`)?"""
    return _unreal_from(document, sentence) is not None


def _unreal_from(document: Document, sentence: Sentence) -> int | None:
    """Where (a local offset) the sentence starts to speak of a deal only asked about, talked
    of, rumoured, failed or ended: 0 for the whole sentence, None where it states its deals. A
    rumour cue that shares its source with a party of the report ("according to X and two
    people familiar with the matter", X the company) does not count: X states the fact itself;
    nor does one in a later clause on an earlier deal that failed ("deepens its alliance with X
    after talks about a merger collapsed"), which leaves the sentence's own deal real. A modal
    of a later clause with a subject of its own (", but the relationship could turn into
    rivalry") makes only that clause unreal: the offset where it opens; so does a cue right after
    the name opening a later clause (", Continental verhandelt über …")."""
    if _asked(sentence):
        return 0  # "Is Microsoft investing in OpenAI again?": a question states no deal
    later = [(m.start(), m.end()) for m in relation_cues(document.lang).modal_clause.finditer(sentence.text)]
    starts = [next((lo for lo, hi in later if lo < cue < hi), None) or _named_clause_start(
        document.lang, sentence, cue) for cue in _unreal_cues(document, sentence)]
    return min(starts) if starts else None


# The words between a clause's subject and a cue of talks it opens with: up to two ("is in talks").
_CUE_AFTER_NAME = re.compile(r"\s+(?:[a-zäöüß]+\s+){0,2}")


def _named_clause_start(lang: str, sentence: Sentence, cue: int) -> int:
    """Where (a local offset: its comma) the later clause opens whose subject, a company's
    name, the cue of talks follows ("X liefert an A und B, Y verhandelt über …": Y's talks
    leave X's supplies real); 0, the whole sentence, where the cue opens no such clause or the
    name speaks ("…, Reuters said")."""
    cues = relation_cues(lang)
    comma = re.compile(rf",\s*(?:(?:{lexicon(lang)['relation_cues']['conjunctions']})\s+)?$")
    for m in sentence.mentions:
        start, end = sentence.local(m.start), sentence.local(m.end)
        if m.type not in ORGANIZATION_TYPES or end > cue or not _CUE_AFTER_NAME.fullmatch(sentence.text, end, cue) \
                or cues.speaker_after.match(sentence.text, end):
            continue
        opening = comma.search(sentence.text, 0, start)
        if opening is not None and opening.start() > 0:
            return opening.start()
    return 0


def _asked(sentence: Sentence) -> bool:
    """Does the sentence end with a question mark (before closing quotes)?"""
    return sentence.text.rstrip(" \"'“”’»«").endswith("?")


def _unreal_cues(document: Document, sentence: Sentence) -> list[int]:
    """The local offsets of the cues of a deal only talked of (:func:`_unreal_from`) that
    count: not one whose source is a party of the report, nor one in a later clause on an
    earlier deal that failed."""
    cues = relation_cues(document.lang)
    confirmed = {match.end() for match in cues.shared_source.finditer(sentence.text)
                 if _names_party(document, sentence, match.start("source"), match.end("source"))} \
        if cues.shared_source is not None else set()
    ended = [(m.start(), m.end()) for m in cues.ended_before.finditer(sentence.text) if m.start() > 0]
    return [cue.start() for cue in cues.unreal.finditer(sentence.text)
            if cue.start() not in confirmed and not any(lo <= cue.start() < hi for lo, hi in ended)]


def _relatives_before_unreal(document: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """The spans (absolute offsets) of the relative clauses, each from its antecedent, that
    close before the first cue of a deal only talked of: "Mainbruecke, which holds 1% of X,
    said it would back talks" states the holding; the talks are the main clause's. None in a
    question, nor where a cue stands in the clause or before it ("People familiar said X,
    which holds …")."""
    cues = _unreal_cues(document, sentence)
    if not cues or _asked(sentence):
        return []
    return _clauses_before(document.lang, sentence, min(cues))


def _names_party(document: Document, sentence: Sentence, start: int, end: int) -> bool:
    """Is the sentence's text from ``start`` to ``end`` (local offsets) a company noun ("the
    company", "der Konzern"), or the name of a company the sentence also names elsewhere or
    the article is about? A source that is no party (a news agency) reports, it confirms
    nothing of its own."""
    if reference_patterns(document.lang).company.fullmatch(sentence.text, start, end):
        return True
    source = [m for m in sentence.mentions if m.type in ORGANIZATION_TYPES
              and sentence.local(m.start) == start and sentence.local(m.end) == end]
    if not source:
        return False
    label = source[0].label
    return any(m.label == label for m in sentence.mentions if m is not source[0]) \
        or salient(document, ISSUER_TYPES) == label


def _sold_holdings(lang: str, sentence: Sentence) -> Iterator[tuple[str, str]]:
    """(held, holder) for a stake the sentence tells sold: the holder named before the words
    of the sale, the one held after them ("Siemens trennt sich von seiner Beteiligung an Siemens
    Energy"); not a unit named before them with its parent ("Die Siemens-Tochter X verkauft …")."""
    sale = relation_cues(lang).divested.search(sentence.text)
    if sale is None:
        return
    at = sentence.start + sale.start()
    for holder in sentence.mentions:
        if holder.end <= at:
            for held in sentence.mentions:
                if held.start >= at:
                    yield held.label, holder.label


def _divested(lang: str, sentence: Sentence) -> bool:
    """Does the sentence tell of a stake sold or given up ("trennt sich von seiner
    Beteiligung an X")? Then it shows no one holding one. Read once per
    sentence and kept in its cache: every holding rule whose cue the sentence
    has asks (a dozen rules), and the answer hangs on the text alone."""
    key = f"relations:divested:{lang}"
    found = sentence.cache.get(key)
    if found is None:
        found = sentence.cache[key] = relation_cues(lang).divested.search(sentence.text) is not None
    return found  # type: ignore[return-value]


def _bound_covers(document: Document, sentence: Sentence,
                  found: Iterator[Relation]) -> Iterator[Relation]:
    """An analyst's comment covers a company the sentence names; one that
    names none covers the article's subject only when it speaks of no
    sector and the sentence before does not name another company the
    comment may be about ("Jefferies covers Sanofi" from a comment on the
    rival named just before, or on the drug makers as a whole). A house the
    sentence names only after "mit", "with" is a partner in the clause's deal
    ("den Lanxess gemeinsam mit dem Finanzinvestor X hält"), no one commenting."""
    named = {document.listed(m.label) for m in sentence.mentions} | {
        document.listed(parent) for m in sentence.mentions
        if (parent := document.catalogue.parent_of(m.label)) is not None} | {
        covered_company(document, m.label) for m in sentence.mentions}
    for relation in found:
        if _only_governed(document.lang, sentence, relation.subject):
            continue
        if relation.object in named or not names_sector(document.lang, sentence.text) \
                and not another_company_before(document, sentence, relation.object):
            yield relation


def _only_governed(lang: str, sentence: Sentence, label: str) -> bool:
    """Is every mention of the label in the sentence governed by a preposition ("mit X")?"""
    named = [m for m in sentence.mentions if m.label == label]
    return bool(named) and all(_governed(lang, sentence, m) for m in named)


def _heads(sentence: Sentence) -> list[Mention]:
    """Mentions with possessors folded away: in "Metas Llama" the head is
    Llama; Meta only owns it."""
    heads = []
    mentions = sentence.mentions
    for i, mention in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and _is_possessor(mention, nxt, sentence):
            continue
        heads.append(mention)
    return heads


def _possessor_of(lang: str, sentence: Sentence, mention: Mention, rule: TriggerRule) -> Mention:
    """The mention, or for a supplier rule that wants an organisation where the
    text names a product with its maker ("buyers of Nvidia's H20 chips"), the
    maker: it supplies the product; so for a user of chips that power the owner's product
    ("chips powering Anthropic's Claude models": Anthropic runs them)."""
    if rule.predicate not in ("supplierOf", "uses"):
        return mention
    return _maker_before(lang, sentence, mention) or mention


@lru_cache(maxsize=4)
def _own_words(lang: str) -> re.Pattern[str]:
    """The words of owning that may stand between a possessor and its product ("Alibaba's
    own Qwen"): they say the more plainly whose it is."""
    own = alternation(lexicon(lang)["references"]["possessives"])
    return re.compile(rf"\s*(?:(?:{own})\s+)*", re.IGNORECASE)


def _names_its_product(document: Document, sentence: Sentence, mention: Mention) -> bool:
    """Is the organisation printed right before a product the catalogue says it develops
    ("trained the model on Nvidia H200 chips rented from X")? The name only says whose product
    it is: it acts in no clause, so it is no subject of a verb after it."""
    if mention.type not in ORGANIZATION_TYPES:
        return False
    following = next((m for m in sentence.mentions if m.start >= mention.end), None)
    return following is not None and following.type in PRODUCT_TYPES \
        and not sentence.text[sentence.local(mention.end):sentence.local(following.start)].strip() \
        and document.catalogue.developer_of(following.label) == mention.label


# A capitalised name in the possessive and at most two lower-case words or amounts right
# before a trigger ("cleared Vantor's €900mn purchase of Y").
_POSSESSED_TRIGGER = re.compile(
    r"(?<![\w\-&.])(?P<owner>[A-Z][\w&.\-]*)['’]s?\s+(?:(?:[^\W\d_A-Z][\w\-]*|[$€£]?\d[\d.,]*\w*)\s+){0,2}$")


def _trigger_possessor(sentence: Sentence, t_start: int) -> tuple[bool, Mention | None]:
    """Whether a name in the possessive stands right before the trigger at ``t_start``, and
    the organisation it names (None where the extractor does not know the name): the
    possessor of the trigger's noun is its agent, whatever names the clause's subject."""
    found = _POSSESSED_TRIGGER.search(sentence.text, 0, sentence.local(t_start))
    if found is None:
        return False, None
    at = sentence.start + found.start("owner")
    owner = next((m for m in sentence.mentions if m.start <= at < m.end), None)
    if owner is not None and owner.type not in ORGANIZATION_TYPES:
        return False, None
    return True, owner


def _maker_before(lang: str, sentence: Sentence, mention: Mention) -> Mention | None:
    """The organisation named as a product's possessor right before it ("Pfizer's
    Nurtec", "Pfizers Nurtec", "Alibaba's own Qwen"), if any."""
    if mention.type not in PRODUCT_TYPES:
        return None
    earlier = [m for m in sentence.mentions if m.end <= mention.start]
    if not earlier:
        return None
    owner = earlier[-1]
    gap = sentence.text[sentence.local(owner.end):sentence.local(mention.start)]
    own = _own_words(lang).fullmatch(gap)
    if own is not None and own.group(0).strip():
        return owner if genitive(owner) and owner.type in ORGANIZATION_TYPES else None
    if _is_possessor(owner, mention, sentence):
        return owner
    return None


def _owned_unit(document: Document, sentence: Sentence, mention: Mention) -> Mention:
    """The mention, or where it is a company in the genitive whose own unit the phrase
    names a few words on ("von Metas neuer Forschungseinheit Superintelligence Labs",
    "by Meta's new research unit X"), that unit: it is the agent, its parent only owns it."""
    if not genitive(mention) or mention.type not in ORGANIZATION_TYPES:
        return mention
    later = [m for m in sentence.mentions if m.start >= mention.end]
    if not later or later[0].type != "BusinessUnit" \
            or document.catalogue.parent_of(later[0].label) != mention.label:
        return mention
    gap = sentence.text[sentence.local(mention.end):sentence.local(later[0].start)]
    # one phrase: words only, no conjunction ("by Meta's engineers and X" names two agents)
    return later[0] if len(gap) <= _UNIT_GAP and _PLAIN_WORDS.match(gap) \
        and not conjunction(document.lang).search(gap) else mention


# How far a unit may follow its owner's genitive in one phrase, and the words allowed between.
_UNIT_GAP = 40
_PLAIN_WORDS = re.compile(r"^[\w\s\-]*$")
# a short name in brackets right after a name ("Fresenius Medical Care (FMC)")
_BRACKETED_SHORT = re.compile(r"^\s*\([^()\s]{1,12}\)")


def _phrase_gap(sentence: Sentence, mention: Mention, end: int) -> str:
    """The text from a name to ``end`` (local), without what belongs to the name's noun
    phrase: its short name in brackets after it ("Fresenius Medical Care (FMC)") or, for
    that short name, the bracket closing around it."""
    gap = sentence.text[sentence.local(mention.end):end]
    if gap.startswith(")") and sentence.text[:sentence.local(mention.start)].endswith("("):
        return gap[1:]
    return _BRACKETED_SHORT.sub("", gap, count=1)


def _clause_final_verb(lang: str, gap: str) -> bool:
    """Is the text between a name and the comma of a relative clause one word in lower case
    where nouns are capitalised: the verb closing the name's clause ("Die Sensoren soll X
    liefern, an dem Y beteiligt ist")? The clause after it is then the name's, set after
    the verb."""
    word = gap.strip()
    return info(lang).case_sensitive and word.isalpha() and word.islower()


def _seat_after(lang: str, sentence: Sentence, mention: Mention, end: int) -> bool:
    """Is the text from a name to ``end`` (local) its seat and nothing else ("die X AG aus
    Kiel, an der Y 49 Prozent hält")? The seat belongs to the name's noun phrase, so what
    follows it is still about the name."""
    place = next((p for p in sentence.mentions if p.type == "Place" and p.start >= mention.end
                  and sentence.local(p.end) == end), None)
    if place is None:
        return False
    seat = relation_cues(lang).seat_before.search(sentence.text, sentence.local(mention.end),
                                                  sentence.local(place.start))
    return seat is not None and not sentence.text[sentence.local(mention.end):seat.start()].strip()


def _is_possessor(owner: Mention, owned: Mention, sentence: Sentence) -> bool:
    gap = sentence.text[sentence.local(owner.end):sentence.local(owned.start)]
    return (genitive(owner) and gap.strip(" „“\"'") == "" and owner.type in ORGANIZATION_TYPES
            and owned.type in PRODUCT_TYPES | {"BusinessUnit"})


def _needs_two_names(rule: TriggerRule) -> bool:
    """Does the rule relate two names of the sentence? Those of a list, of the article's
    company as one side, or of a name alone can fire with fewer."""
    return rule.shape != "list" and not rule.salient_object and not rule.alone \
        and not (rule.salient_subject and rule.shape == "passive")


def _apply_trigger(document: Document, sentence: Sentence, rule: TriggerRule,
                   heads: list[Mention], negated_from: int | None = None) -> Iterator[Relation]:
    """The relations one trigger rule reads in the sentence; in a sentence with a
    negation (``negated_from``, only for a noun trigger) just those whose trigger
    and names all stand before it."""
    if rule.round_before and not _round_named(document, sentence):
        return  # "X also took part" in a debate or a race: no round, no stake
    ratings: list[tuple[int, int]] | None = None
    # "Konkurrent A legte zu, der Rivale B fiel": a name a rival noun introduces is no
    # subject of another rival noun of the sentence; both are the article subject's rivals
    introduced = _noun_items(document.lang, sentence, rule, heads) if rule.noun_trigger else set()
    for match in _trigger_matches(rule.trigger, sentence):
        if ratings is None:
            ratings = rating_spans(document.lang, sentence)
        if any(start < match.end() and match.start() < end for start, end in ratings):
            continue  # "moved Siemens to buy, Barclays to sell": a rating, not a deal
        if rule.not_through is not None and rule.not_through.search(sentence.text, 0, match.end()):
            continue  # "a $14 billion deal with X": a sale, no partnership
        if (rule.noun_trigger or rule.adjacent) and _former_before(document.lang, sentence, match.start()):
            continue  # "der einstige SAP-Rivale X", "former Bayer unit X": a tie that has ended
        if rule.noun_trigger and _unknown_possessor_before(sentence, match.start()):
            continue  # "Arm's rival X" where Arm is no known name: X rivals Arm, whom we cannot name
        if rule.noun_trigger and _rival_compound_around(document.lang, sentence, match.start()):
            continue  # "with Acme rival X": X is Acme's rival, which rival_compounds reads
        t_start, t_end = (sentence.start + offset for offset in _trigger_span(match))
        before = [m for m in heads if m.end <= t_start and same_clause(sentence, m.end, t_start)
                  and not _names_its_product(document, sentence, m)]
        after = [m for m in heads if m.start >= t_end and same_clause(sentence, t_end, m.start)]
        if rule.recipient is not None:
            after = [_receiving_maker(document.lang, sentence, rule, m) for m in after]
        compared = lexicon_pattern(document.lang, "relation_cues", "compared_subject")
        if compared is not None and after and compared.match(
                sentence.text[sentence.local(t_end):sentence.local(after[0].start)]):
            after = after[1:]  # "Volvo kauft, wie Daimler Truck, Motoren": no object of the verb
        inverted = False
        if rule.shape == "pair":
            # "Siemens und Nvidia wollen zusammenarbeiten": the pair named before the trigger
            pair = list_ending(document.lang, sentence, before)
            if pair and _governed(document.lang, sentence, pair[0]):
                continue  # "mit Nvidia und AMD konkurrieren": the pair is the object, no subject
            if pair and _pronoun_acts(document.lang, sentence, pair[-1], t_start):
                continue  # "competes with A and B, and it has a partnership with C": no pair of A, B
            for k, first in enumerate(pair):
                for second in pair[k + 1:]:
                    if first.type in rule.subject and second.type in rule.object:
                        yield make_relation(first, rule.predicate, second, sentence, rule.name)
            continue
        if rule.shape == "parties":
            # "CFM, a joint venture of Safran and GE": the list right after the trigger names the
            # parties, each the other's partner; a name before the trigger (the venture, the one
            # speaking of it) is none of them
            parties = _parties(document.lang, sentence, list_after(document.lang, sentence, after, t_end))
            parties = [m for m in parties if m.type in rule.subject]
            for k, first in enumerate(parties):
                for second in parties[k + 1:]:
                    if first.label != second.label:
                        yield make_relation(first, rule.predicate, second, sentence, rule.name)
            continue
        if rule.shape == "passive":
            # a rule whose object is the article's company names none in the sentence but the
            # one opening it ("The round was led by X, with participation from Y": X is no object;
            # "Y raised $2 billion in a round led by X": Y is)
            objs = [m for m in _opening_subject(document.lang, sentence) if m.type in rule.object
                    and m.end <= t_start and not cited(document.lang, sentence, m)] \
                if rule.salient_object else [m for m in before if m.type in rule.object][-1:]
            if not rule.salient_object and not rule.relative:
                objs = _passive_object(document.lang, sentence, match.start(), t_start, heads, before, rule)
            if objs and _unnamed_unit(document.lang, sentence, objs[-1], match.start(), next_to_verb=False):
                objs = []  # "Die frühere Siemens-Tochter bezieht Chips von Y": the unit buys, not Siemens
            if rule.adjacent and objs and _introduced_by(rule, sentence, objs[-1]):
                objs = []  # "die Tochter Scania …, die Tochter MAN": siblings, neither the other's
            if rule.adjacent and objs and "at" in match.groupdict() and match.start() < match.start("at") \
                    and objs[-1].end <= sentence.start + match.start() \
                    and _trade_compound(sentence, match.start(), match.start("at")):
                # "bemängelte X (DSW) den Verkauf der Kunststofftechnik-Tochter Y": the compound
                # names a trade, no owner; a name before it is no parent
                objs = []
            if objs and _pronoun_acts(document.lang, sentence, objs[-1], t_start):
                objs = []
            if objs and objs[-1].end <= sentence.start + match.start() \
                    and relation_cues(document.lang).generic_subject.search(
                        sentence.text, sentence.local(objs[-1].end), match.start()):
                objs = []  # "Volvo said rivals use Nvidia chips": the rivals use them, whoever they are
            if rule.object_next and objs and (objs[0] is not before[-1] or not (_NEXT_GAP.fullmatch(
                    sentence.text[sentence.local(objs[0].end):sentence.local(t_start)])
                    or _apposed_to_unit_noun(document.lang, sentence, objs[0], t_start))
                    or objs[0].rule == "reference/possessive"
                    or _possessed_reference(document.lang, sentence, objs[0])):
                # "Nvidia sold H20 to Y": the thing sold is no company; "sold its chips to Y": the
                # possessive names the owner of what is sold, the seller itself; "sell its beauty
                # business to Y": a firm noun the pronoun owns is a part of the seller, not it
                objs = []
            if rule.object_list and objs:
                objs = _clause_subject(document.lang, sentence, objs[-1], sentence.start + match.start(),
                                       before)
            if rule.object_list and objs:
                # "customers such as A and B buy from Y": each name of the list ending the object;
                # not one an earlier verb took ("X supplies A, and B buys chips from Y": B buys)
                objs = [m for m in _objects_of_earlier_verb(document.lang, sentence, list_ending(
                    document.lang, sentence, [m for m in before if m.start <= objs[0].start]))
                    if m.type in rule.object]
            # "backed by X and Y": every name of the list after the trigger; "buyers of
            # Nvidia's H20 chips": a product's possessor where the rule wants an organisation
            agents = list_after(document.lang, sentence, after, t_end)
            # "deliveries from X, whose plant shut, and from Y": the list resumed after a clause
            agents += _continued_list(document.lang, sentence, after, agents, match.group(0),
                                      goods=rule.predicate == "supplierOf")
            subs = [m for m in (_possessor_of(document.lang, sentence, m, rule) for m in agents)
                    if m is not None and m.type in rule.subject]
            if rule.relative:
                # "Y, a chip that X designs", "Y, which X released": not "runs Y on servers
                # that X built"
                # "Y (ABC), an dem X 25 Prozent hält": a short name in brackets right after the
                # name is part of its noun phrase
                # "die X AG aus Kiel, an der Y 49 Prozent hält": the name's seat between
                # "Y, ein Familienunternehmen aus Z, an dem X beteiligt ist": an apposition between
                objs = [m for m in objs if (relation_cues(document.lang).apposed.match(
                    gap := _phrase_gap(sentence, m, match.start())) or gap.strip() == ","
                    or _seat_after(document.lang, sentence, m, match.start())
                    or _clause_final_verb(document.lang, gap))
                    and _agrees(document.lang, sentence, match, m)
                    or _apposed_holding(document.lang, sentence, m, match)]
                # "Y, in which A and B hold minority stakes": every name of the list the clause opens with
                subs = subs if subs and _right_after(document.lang, sentence, t_end, subs[0]) else []
                if not subs and objs and relation_cues(document.lang).pronoun_next.match(
                        sentence.text[match.end():]):
                    # "Toyota deepens its ties with Denso, in which it holds a stake"
                    subs = [m for m in _opening_subject(document.lang, sentence)
                            if m.type in rule.subject and m.label != objs[0].label]
                if not subs and objs:
                    # "Y, in which the holding owns 62%": the one holding the text names
                    subs = _holding_after(document, sentence, match.end(), objs[0].label)
            elif rule.adjacent:
                subs = subs[:1] if subs and _right_after(document.lang, sentence, t_end, subs[0]) \
                    and not _name_goes_on(document.lang, sentence, subs[0]) else []
            subs = [_owned_unit(document, sentence, m) for m in subs]
            if any(s.label == o.label for s in subs for o in objs):
                # "Auch A und B lassen bei dem Konzern fertigen": a reference that stands for a
                # name of the list the phrase speaks of is no agent of it; the one it means is
                # named outside the sentence
                subs = []
            if rule.predicate == "develops":
                # "Nvidia's Blackwell accelerator is made by X": the possessor owns the product,
                # the agent after "by" makes it for the owner and develops nothing
                objs = [o for o in objs if (maker := _maker_before(document.lang, sentence, o)) is None
                        or any(maker.label == m.label for m in subs)]
            if objs and _participle_clause(document.lang, sentence, match):
                # "Anthropic runs on AWS, using Amazon's chips": the user is the opening subject
                objs = [m for m in _opening_subject(document.lang, sentence) if m.type in rule.object]
            if rule.salient_subject:
                # "Größter Aktionär (von Y) ist X", "Y's largest shareholder is X": the one
                # owned is named in the phrase or as its possessor, else it is the article's subject;
                # the holder stands right after the verb ("ist nach Angaben von X": a source)
                objs = [m for m in objs if _in_phrase(sentence, match, m)]
                if subs and not _right_after(document.lang, sentence, t_end, subs[0]):
                    subs = []
        elif rule.shape == "list":
            if rule.sole_subject and len([m for m in before if m.type in rule.subject]) != 1:
                continue  # "X grew faster than Y, as A ordered more": whose supplier is open
            # "gemeinsam mit großen Cloud-Kunden eigene KI-Chips": a possessive word names
            # the owner of the noun after it, never an item of the list
            objs = [m for m in list_after(document.lang, sentence, after, t_end)
                    if m.rule != "reference/possessive"]
            gapped = _gapped_item(document.lang, sentence, objs, match.group(0))
            if gapped is not None:
                # "X konkurriert mit A, der Y mit B": the item the trigger's preposition follows
                # again opens a clause of its own, its verb left out; it is no item of the list
                k, gapped_objects = gapped
                for gapped_object in gapped_objects:
                    if (gapped_object.type in PRODUCT_TYPES) == (objs[k].type in PRODUCT_TYPES) \
                            and gapped_object.type in rule.object and objs[k].type in rule.subject:
                        yield make_relation(objs[k], rule.predicate, gapped_object, sentence,
                                            f"{rule.name}-gapped")
                objs = objs[:k]
            objs += _continued_list(document.lang, sentence, after, objs, match.group(0))
            # "partnered with A, and B partnered with C": the list ends before the name the rule's
            # verb follows again ("the battle in which A and B have poured billions" is one list)
            if not rule.noun_trigger:
                objs = objs[:next((i for i, m in enumerate(objs) if i and (_subject_of_next_clause(
                    document.lang, sentence, t_end, m, (rule,)) or _opens_joined_clause(
                    document.lang, sentence, objs[i - 1], m))), len(objs))]
                # "baut Pumpen für Netze und beliefert A sowie B": a name after a second verb of
                # the subject's is that verb's object, none of the first verb's list
                objs = objs[:next((i for i, m in enumerate(objs) if _second_verb_before(
                    document.lang, sentence, t_end, m)), len(objs))]
            subs = []
        else:
            # "Microsoft und Nvidia investieren in X": every name of the list before the trigger
            # ("laut Reuters übernimmt X Y": a cited source is no subject)
            # "Volkswagen, which owns 5% of XPeng, will use Y": a name in a relative clause
            # closed before the trigger is not the verb's subject
            candidates = [m for m in before if m.type in rule.subject
                          and (not _received(sentence, rule, m)
                               or _opens_subject_relative(document.lang, sentence, m, t_start))
                          and not cited(document.lang, sentence, m)
                          and not _qualifies_next(document.lang, sentence, m)
                          and not titles_person(document.lang, sentence, m)
                          and not (rule.predicate == "investsIn" and titled_person_acts(
                              document.lang, sentence, m, sentence.local(t_start)))
                          and not _genitive_attribute(document.lang, sentence, m)
                          and not _rival_bidder(document.lang, sentence, m)
                          and not _in_verb_final_relative(document.lang, sentence, m, t_start)
                          and not _fronted_clause(document.lang, sentence, m, t_start)
                          and closed_relative(document.lang, sentence.text, sentence.local(m.start),
                                              sentence.local(m.end), sentence.local(t_start)) is None]
            if candidates:
                # "Amazon, an investor in Anthropic, also invested in Y": the name of a phrase
                # set off by commas describes the one before it, which acts
                head = _outside_interjection(document.lang, sentence, before, candidates, t_start)
                candidates = candidates[:candidates.index(head) + 1] if head is not None else []
            first_subject = _subject_of_first_verb(document.lang, sentence, candidates, t_start,
                                                   sentence.start + match.start())
            joined = rule.not_subject_gap is not None and bool(candidates) and bool(rule.not_subject_gap.match(
                sentence.text[sentence.local(candidates[-1].end):sentence.local(t_start)]))
            if first_subject is not None:
                # "Siemens acquired Osram and bought a stake in Bosch": the second verb is the
                # first one's subject's, never its object's
                subs = first_subject
            elif joined:
                # "Nebius, which owns the unit A and a stake in B": the opening subject holds it
                subs = [m for m in _opening_subject(document.lang, sentence)
                        if m.type in rule.subject and m is not candidates[-1]]
            else:
                # not a name governed by "mit", nor one of a list it governs ("Im Wettbewerb
                # mit X und Y setzt Z auf …")
                # ("…, with Y and Z also taking part": a participle after the list makes the
                # names "with" governs its subjects, none of them the verb's object before "with")
                absolute = _participle_trigger(document.lang, match)
                ending = list_ending(document.lang, sentence, [
                    m for m in candidates if absolute or not _governed_item(document.lang, sentence, m)])
                subs = ending if absolute else _objects_of_earlier_verb(document.lang, sentence, ending)
                if len(subs) > 1 and _agrees_with_last(document.lang, sentence, subs[-1]):
                    subs = subs[-1:]  # "Siemens met Alibaba and Bosch buys a stake": Bosch alone
            possessed, possessor = _trigger_possessor(sentence, t_start)
            if possessed and not rule.relative:
                # "the Commission cleared Vantor's €900mn purchase of Y": the possessor of the
                # trigger's noun acts, no earlier name; an unknown possessor leaves none
                subs = [possessor] if possessor is not None and possessor.type in rule.subject else []
            if subs and (_pronoun_acts(document.lang, sentence, subs[-1], t_start)
                         or _noun_acts(document.lang, sentence, subs[-1], t_start)):
                subs = []
            if rule.predicate == "supplierOf" and subs and _unnamed_unit(
                    document.lang, sentence, subs[-1], match.start(), next_to_verb=True):
                subs = []  # "Die Siemens-Tochter liefert Chips an Y": a unit not named supplies Y
            if subs and _participle_clause(document.lang, sentence, match):
                # "Anthropic runs on AWS, using Amazon's chips": the opening subject uses them
                subs = [m for m in _opening_subject(document.lang, sentence) if m in candidates]
            if rule.subject_next:
                subs = before[-1:] if before and before[-1].type in rule.subject and _COMMA_GAP.fullmatch(
                    sentence.text[sentence.local(before[-1].end):sentence.local(t_start)]) else []
            fronted = _fronted_goods(document.lang, sentence, t_start) if rule.subject_after else None
            if rule.subject_after and rule.recipient is not None and (fronted is not None or not any(
                    m.type in rule.subject or m.type in rule.object for m in before)):
                # "Im Halbleitergeschäft liefert Sony Bildsensoren an Apple": the verb's subject
                # follows it, the one receiving stands after "an"; a product fronted before the
                # verb is no subject either ("Für den Eurofighter liefert X Radare an Y"), nor a
                # name in goods fronted as the object ("Die Zellen für Y liefert X": Y receives)
                # (a place's adjective before the subject's noun is none: "der Nürnberger Konzern X")
                verb_subject = [m for m in [m for m in after if m.type != "Place"][:1] if m.type in rule.subject
                                and _right_after(document.lang, sentence, t_end, m)]
                if verb_subject:
                    objs = [m for m in after[1:] if m.type in rule.object and _received(sentence, rule, m)
                            and (rule.not_between is None or not rule.not_between.search(
                                sentence.text[sentence.local(t_end):sentence.local(m.start)]))][:1]
                    receivers = [m for m in before if m.start >= fronted] if fronted is not None else []
                    if objs and not receivers:
                        receivers = list_after(document.lang, sentence, [m for m in after if m.start >= objs[0].start],
                                               objs[0].start)
                    for o in receivers:
                        if o.type in rule.object:
                            yield make_relation(verb_subject[0], rule.predicate, o, sentence, f"{rule.name}-inverted")
                continue
            # "Gemeinsam mit dem Partner X liefert Y …": the subject stands after the verb,
            # where the rule sees only objects; nothing is read, not even the article's subject
            inverted = joined or len(subs) < len(list_ending(document.lang, sentence, candidates))
            # a rule whose object is the article's company names none in the sentence; a name
            # in a relative clause after the verb tells of the thing the verb took and is no
            # object, but the clause may close before it ("sells the iPhone, which is made by
            # X, to Y": Y)
            objs = [] if rule.salient_object else [
                m for m in after if m.type in rule.object
                and not _in_relative_after(document.lang, sentence, t_end, m)][:1]
            if objs and cited(document.lang, sentence, objs[0]):
                objs = []  # "19 rate the stock buy, according to LSEG data": a source, no object
            if rule.not_after is not None and objs and rule.not_after.match(
                    _possessive_ending(objs[0]) + sentence.text[sentence.local(objs[0].end):]):
                objs = []
            if rule.predicate == "develops" and objs and (maker := _maker_before(document.lang, sentence, objs[0])) \
                    is not None and all(maker.label != m.label for m in subs):
                objs = []  # "X launched and tops OpenAI's GPT-5.1": the possessor made it
            if rule.not_between is not None and objs and rule.not_between.search(
                    _outside_relatives(document.lang, sentence, t_end, objs[0].start)):
                objs = []
            if objs and _phrase_took_the_object(document.lang, sentence, t_end, objs[0]):
                objs = []
            if objs and _leaves_relative(document.lang, sentence, t_start, objs[0]):
                objs = []
            if objs and _second_verb_before(document.lang, sentence, t_end, objs[0]):
                objs = []
            if objs and _acting_name_between(document.lang, sentence, t_end, objs[0]):
                objs = []
            if objs and _subject_of_next_clause(document.lang, sentence, t_end, objs[0]):
                objs = []
            if objs and _DASH_BREAK.search(sentence.text, sentence.local(t_end), sentence.local(objs[0].start)):
                objs = []  # "X steigt bei … ein - Konkurrenz durch Y wächst": a clause of its own
            if rule.object_list and objs:
                objs = [m for m in list_after(document.lang, sentence,
                                              [m for m in after if m.start >= objs[0].start],
                                              objs[0].start) if m.type in rule.object]
                # "supplies A and B, and counts C as its partner": the list ends at the verb;
                # "supplies A, and B supplies C": B acts in a clause of its own
                objs = objs[:next((i for i, m in enumerate(objs) if _second_verb_before(
                    document.lang, sentence, t_end, m) or _subject_of_next_clause(
                    document.lang, sentence, t_end, m)), len(objs))]
                # "holds 7% of A, B 8% and C 4%": a later name with its own number opens a
                # clause whose verb is left out; it is no second object of the first verb
                objs = objs[:next((i for i, m in enumerate(objs) if i and _number_right_after(
                    document.lang, sentence, m)), len(objs))]
                # the word before the first item is the one the gapped clause repeats ("to" in
                # "supplies chips to A and B to C")
                gapped = _gapped_item(document.lang, sentence, objs,
                                      sentence.text[:sentence.local(objs[0].start)]) if objs else None
                if gapped is not None and any(o.type in rule.object for o in gapped[1]) \
                        and objs[gapped[0]].type in rule.subject:
                    # "invested in A and B in C": B opens a clause whose verb is left out, and
                    # invested in C; it is no second object of the first verb ("supplies chips to
                    # A and B to C": B supplies C)
                    k, gapped_objects = gapped
                    for gapped_object in gapped_objects:
                        if gapped_object.type in rule.object:
                            yield make_relation(objs[k], rule.predicate, gapped_object, sentence,
                                                f"{rule.name}-gapped")
                    objs = objs[:k]
            # "beliefert die Eon-Tochter Westenergie": the named unit receives, not its owner
            objs = list({m.start: m for m in (_named_unit_after(document.lang, sentence, o, after)
                                              for o in objs)}.values())
            gapped_pair = _gapped_pair(document, sentence, rule, objs[-1], after) \
                if subs and objs and negated_from is None else None
            if gapped_pair is not None:
                # "Microsoft bought A and Alphabet Wiz": a second buyer and its target, the
                # verb left out
                yield make_relation(gapped_pair[0], rule.predicate, gapped_pair[1], sentence,
                                    f"{rule.name}-gapped-pair")
        if negated_from is not None and (not objs or negated_from < objs[-1].end or _verb_marked(match)):
            # "kein Konkurrent von X", "zu den Rivalen zählt X nicht": the negation holds the
            # noun or the trigger's verb; "X's main rival is not Y but Z": the correction's name
            corrected = _corrected_rival(document.lang, sentence, rule, t_end, objs[0], heads) \
                if rule.shape == "list" and rule.noun_trigger and objs else None
            if corrected is None:
                continue
            objs = [corrected]
        if rule.noun_trigger and objs and _role_rival(document.lang, sentence, t_end, objs[0]):
            # "Rival activist X", "rival bidder X": X rivals another activist or bidder, not the
            # company the text is about (often the target); which one is left open
            continue
        if rule.shape == "list":
            of_object = relation_cues(document.lang).of_object.search(match.group(0))
            for obj in objs:
                if obj.type not in rule.object or _opens_product_name(sentence, obj, objs):
                    continue
                if rule.not_after is not None and rule.not_after.match(
                        _possessive_ending(obj) + sentence.text[sentence.local(obj.end):]):
                    continue  # "a deal with X worth $2 billion": a sale, no partnership
                if of_object:
                    # "Shein und Amazon gelten als Rivalen von Temu", "the battle in which X, Y and Z";
                    # "A kaufte X, einen Partner von Y": the apposition describes X alone
                    peers = [m for m in before[-1:] if m.type in rule.subject
                             and _apposed_to(document.lang, sentence, m, t_start)] or \
                        [m for m in before if m.type in rule.subject][-3:] or \
                        [m for m in objs if m is not obj and m.type in rule.subject] or \
                        _named_by_copula(document.lang, sentence, rule, objs, after)
                    for peer in peers:
                        yield make_relation(peer, rule.predicate, obj, sentence, rule.name)
                    continue
                cues = relation_cues(document.lang)
                opening = sentence.text[:sentence.local(t_start)]
                # "die Papiere des Rivalen X stiegen, Y fiel": the rival phrase hangs on a noun,
                # and a name after it is the subject of a clause of its own; "Der größte Rivale X
                # hat verloren, Y punktet": the rival phrase is the sentence's subject, so is Y of
                # its clause; but "The main rival of X is Y": a copula names the rival phrase
                own_clause = (cues.genitive is not None and cues.genitive.search(opening)
                              or cues.opening_subject is not None and cues.opening_subject.match(opening)
                              or _rival_noun_opens(document.lang, rule, match, opening)) \
                    and not _named_by_copula(document.lang, sentence, rule, objs, after)
                trailing = _corrected_rival(document.lang, sentence, rule, objs[-1].end, objs[-1], heads) \
                    if negated_from is not None \
                    else None if own_clause \
                    else _trailing(document.lang, sentence, objs, after)
                if trailing is not None and trailing.start in introduced:
                    trailing = None
                # "funds the venture with OpenAI and Oracle": a name of the list, named
                # earlier too, is no subject of the list's other items
                listed = {o.label for o in objs}
                peers = [m for m in before if m.label not in listed
                         and not _speaks_of_other_subject(document.lang, sentence, m, t_start)
                         and not _rater_commenting(document, sentence, m, t_start)]
                subject = _peer_subject(document, sentence, peers, obj, rule, t_start, trailing, introduced)
                if _described_by_trigger(document.lang, sentence, subject, t_start):
                    # "owns 60% of X, a joint venture with Y": X is the venture the phrase
                    # describes, its owner before it Y's partner; a venture named by its own name
                    # ("X, ein Joint Venture mit Y") leaves its other owner to a name before it,
                    # never to the article's company
                    venture = subject
                    subject = _peer_subject(document, sentence, [m for m in peers if m is not venture],
                                            obj, rule, t_start, trailing, introduced)
                    if isinstance(venture, Mention) and venture.rule != DESCRIBED_COMPANY and (
                            not isinstance(subject, Mention) or subject.label == venture.label
                            or subject.start >= venture.start):
                        subject = None
                maker = _maker_before(document.lang, sentence, obj)
                if subject is None and maker is not None and maker.type in rule.object:
                    # "Merck will compete with Pfizer's Nurtec": no product before the trigger
                    # to rival the product, so the one rivalled is its maker (never mixed kinds)
                    obj = maker
                    subject = _peer_subject(document, sentence, peers, obj, rule, t_start, trailing,
                                            introduced)
                # "Kunden wie SAP und Siemens setzen auf X" in a text whose main company is SAP:
                # the items are peers of one list, none the subject of another
                if subject is not None and (subject if isinstance(subject, str) else subject.label) not in listed:
                    yield make_relation(subject, rule.predicate, obj, sentence, rule.name)
                    for fellow in _co_subjects(document.lang, sentence, rule, subject, before, t_start):
                        if fellow.label not in listed and fellow.label != obj.label:
                            yield make_relation(fellow, rule.predicate, obj, sentence, f"{rule.name}-joined")
            continue
        for s in subs:
            for o in objs:
                yield make_relation(s, rule.predicate, o, sentence, rule.name)
        if subs and objs and rule.co_subject is not None:
            partner = _co_subject(sentence, rule.co_subject, rule.subject, objs[0], after)
            if partner is not None:
                yield make_relation(partner, rule.predicate, objs[0], sentence, f"{rule.name}-jointly")
        if subs and not objs and rule.salient_subject and rule.shape == "passive":
            # "Tesla blamed delays in battery deliveries from X": a company named before the
            # phrase, even one the rule did not take, is the one supplied, never the article's;
            # supplied only when it is the owner the phrase opens with ("Nvidia's chip is made by X")
            named = [m for m in sentence.mentions if m.type in ISSUER_TYPES and m.end <= t_start]
            main = (named[0] if len(named) == 1 and named[0].start >= sentence.start + match.start()
                    else None) if named \
                else None if _owner_after(document.lang, sentence, rule, subs[-1]) \
                else None if salient(document, ISSUER_TYPES) in {m.label for m in subs} \
                else salient(document, ISSUER_TYPES, exclude=frozenset(m.label for m in subs))
            # "wo die Tochter Infineon Technologies Austria …" in an article about Infineon: the
            # name read is the article's company itself (a longer name's head), no one's unit
            if main is not None:
                for s in subs:
                    yield make_relation(s, rule.predicate, main, sentence, f"{rule.name}-salient")
        if subs and not objs and rule.salient_object and not inverted \
                and not any(_in_governed_relative(document.lang, sentence, m) for m in subs):
            # "Xiaomi, which already owned a small stake, bought more shares": in the article's company
            subs += _joined_after(document.lang, sentence, rule, after, t_end)
            # not a family named like a company ("Die Familie X, die 41 Prozent der Anteile
            # hält"): the family holds the stake, no company of its name
            family = family_names(document.lang, sentence.text, subs, sentence.start)
            subs = [m for m in subs if m not in family]
            exclude = frozenset(m.label for m in subs)
            main = _held_by_backers(document, sentence, rule, exclude)
            if rule.predicate == "investsIn" and any(
                    m.label == main and not m.rule.startswith("reference/")
                    and not in_closed_relative(sentence, m, sentence.local(t_start), document.lang)
                    and not _round_values(document.lang, sentence, m)
                    for m in sentence.mentions):
                # "The round was led by X, with Y joining": the article's company, named in the
                # sentence but not where the one raising stands, is another party to the holding
                # (not where a relative clause closed before the verb names it: "Y, which
                # supplies X's data centres, invested $2 billion")
                main = None
            if rule.predicate == "investsIn" and _holds_a_thing(document.lang, sentence, t_start):
                main = None
            raiser = _raiser_before(document.lang, sentence, sentence.local(t_start)) \
                if rule.predicate == "investsIn" else None
            if raiser is not None:
                # "Rival Groq raised $750 million in a round led by X": the round's investors back
                # the company the sentence says raised it, never the article's company
                main = raiser.label if raiser.label not in exclude else None
            if main is not None:
                for s in subs:
                    yield make_relation(s, rule.predicate, main, sentence, f"{rule.name}-salient")
        if not subs and rule.salient_subject and rule.shape == "between" and not inverted \
                and not unresolved_reference(document, sentence, 0, match.start()) \
                and not _unknown_owner_named(document.lang, sentence, match) \
                and not any(titles_person(document.lang, sentence, m) or rule.predicate == "investsIn"
                            and titled_person_acts(document.lang, sentence, m, sentence.local(t_start))
                            for m in before):
            # not where a name before owns a person's title ("X, the SAP co-founder, bought a
            # stake in Y"): the person acts, not the article's company
            owner = _possessive_owner(document, sentence)
            for o in objs:
                main = owner if owner not in (None, o.label) \
                    else salient(document, ISSUER_TYPES, exclude=frozenset({o.label}))
                if main is not None and not any(m.label == main and cited(document.lang, sentence, m)
                                                for m in sentence.mentions):
                    # not a source the sentence cites ("Laut Siemens hat ABB einen Anteil an
                    # Alstom gekauft"): it reports another's deal
                    yield make_relation(main, rule.predicate, o, sentence, f"{rule.name}-salient")


def _possessive_owner(document: Document, sentence: Sentence) -> str | None:
    """Whom "its" opening the sentence stands for ("X, which employs 6,800 people, hauls
    drugs. Its customers include Y and Z"): the one company that opens the sentence before
    and is the only company named there. It holds where the article is about two companies
    alike (a buyer and its target), so that the article's company is no answer, and before
    it, since the sentence before has just made its opener the subject. None where that
    sentence opens with other words, with a list, or names another company too."""
    if sentence.index == 0 or not relation_cues(document.lang).opening_possessive.match(sentence.text):
        return None
    previous = document.sentences[sentence.index - 1]
    opening = _opening_subject(document.lang, previous)
    if not opening or opening[0].type not in _COMMERCIAL \
            or any(m.type in _COMMERCIAL and m.label != opening[0].label for m in previous.mentions):
        return None
    return opening[0].label


@lru_cache(maxsize=4)
def _article_word(lang: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon(lang)['relation_cues']['articles']})\s")


def _unknown_owner_named(lang: str, sentence: Sentence, match: re.Match[str]) -> bool:
    """Does the trigger name whose the noun is with a bare name (group ``of_owner``: "von
    Condor", "of Acme") that no mention covers? Then it names a company the extractor does
    not know, and the article's company is not the one meant; a noun with its article ("des
    Konzerns", "der Sparte", "of the unit") still points at the article's company."""
    if "of_owner" not in match.re.groupindex or match.start("of_owner") < 0:
        return False
    start, end = match.span("of_owner")
    if _article_word(lang).search(sentence.text, start, end):
        return False
    return not any(start <= sentence.local(m.start) < end for m in sentence.mentions)


def _trade_compound(sentence: Sentence, start: int, head: int) -> bool:
    """Is the match a compound whose first part, before a subsidiary's noun, names a trade
    ("Kunststofftechnik-Tochter")? A place ("US-Tochter", "China-Tochter") or an
    abbreviation in capitals names where the subsidiary is, and the owner named before
    keeps it ("Kion …, dass die US-Tochter Dematic …")."""
    if sentence.text[head - 1:head] != "-":
        return False  # "awarded a contract to Alstom": the group marks a word, no compound
    prefix = sentence.text[start:head - 1]
    at = sentence.start + start
    return not prefix.isupper() \
        and not any(m.type == "Place" and m.start <= at < m.end for m in sentence.mentions)


def _parties(lang: str, sentence: Sentence, items: list[Mention]) -> list[Mention]:
    """The items of a list of parties up to the one a conjunction joins: "of A and B, and
    from C" names A and B only; a gap of other words ends the list too."""
    parties = items[:1]
    joined = conjunction(lang)
    for item in items[1:]:
        gap = sentence.text[sentence.local(parties[-1].end):sentence.local(item.start)]
        rest = joined.sub("", gap).strip(" ,")
        if rest:
            break
        parties.append(item)
        if joined.search(gap):
            break
    return parties


def _named_by_copula(lang: str, sentence: Sentence, rule: TriggerRule, objs: list[Mention],
                     after: list[Mention]) -> list[Mention]:
    """The name a copula joins to a rival phrase with its list ("Größter Rivale von X ist
    Y", an article and one word between at most), if it is of the list's kind: it rivals the
    list. A verb of another kind ("Ein Rivale von X kauft Y") makes Y no rival."""
    copula = _copula_gap(lang)
    if copula is None or not objs:
        return []
    # a place's adjective before the name ("ist die Stuttgarter Y") is one of the words between
    named = _next_of_kind(lang, sentence, rule, objs[-1], after)
    if named is None:
        return []
    gap = sentence.text[sentence.local(objs[-1].end):sentence.local(named.start)]
    if not copula.fullmatch(gap):
        return []
    if not relation_cues(lang).negation.search(gap):
        return [named]
    # "Größter Rivale von X ist nicht Y, sondern Z": Y is denied; the name the correction
    # brings rivals the list, and with no correction no one does
    correction = _copula_correction(lang)
    corrected = _next_of_kind(lang, sentence, rule, named, after)
    if correction is None or corrected is None or not correction.fullmatch(
            sentence.text[sentence.local(named.end):sentence.local(corrected.start)]):
        return []
    return [corrected]


def _corrected_rival(lang: str, sentence: Sentence, rule: TriggerRule, end: int, kind: Mention,
                     heads: list[Mention]) -> Mention | None:
    """"X's main rival is not Y but Z", "The main rival of X is not Y, but rather Z": after a
    rival phrase ending at ``end``, a copula that denies the name right after it and a
    correction that brings another of the same kind as ``kind``: that one is the rival. None
    where the copula is not denied, or no name of the kind closing the phrase corrects it ("is
    not Y but its own costs", "is not Y, but Z said so"). The correction may stand after a comma, which ends no clause here."""
    copula, correction = _copula_gap(lang), _copula_correction(lang)
    after = [m for m in heads if m.start >= end]
    denied = next(iter(after), None)
    if copula is None or correction is None or denied is None:
        return None
    gap = sentence.text[sentence.local(end):sentence.local(denied.start)]
    if not copula.fullmatch(gap) or not relation_cues(lang).negation.search(gap):
        return None
    corrected = _next_of_kind(lang, sentence, rule, denied, after)
    if corrected is None or (corrected.type in PRODUCT_TYPES) != (kind.type in PRODUCT_TYPES) \
            or not correction.fullmatch(sentence.text[sentence.local(denied.end):sentence.local(corrected.start)]) \
            or not _CLOSED_NAME.match(sentence.text, sentence.local(corrected.end)):
        return None
    return corrected


# Punctuation or the sentence's end right after a name: the name closes its phrase ("… but Z.")
# and is no subject of a clause going on ("… but Z said so").
_CLOSED_NAME = re.compile(r"\s*(?:[.,;:)]|$)")


def _next_of_kind(lang: str, sentence: Sentence, rule: TriggerRule, last: Mention,
                  after: list[Mention]) -> Mention | None:
    """The first name after ``last`` (a place's adjective before it is no name: "ist die
    Stuttgarter Y"), if it is a subject of ``rule`` of the same kind as ``last``: organisations
    rival organisations, products products, never mixed."""
    named = next((m for m in after if m.start >= last.end and m is not last
                  and not place_adjective(lang, sentence, m)), None)
    if named is None or named.type not in rule.subject \
            or (named.type in PRODUCT_TYPES) != (last.type in PRODUCT_TYPES):
        return None
    return named


@lru_cache(maxsize=4)
def _copula_correction(lang: str) -> re.Pattern[str] | None:
    """The words between a name a copula denies and the one that replaces it ("ist nicht Y,
    sondern der Z"), an article and one word at most before the new name."""
    cues = lexicon(lang)["relation_cues"]
    if not cues.get("copula_correction"):
        return None
    return re.compile(rf"\s*,?\s*(?:{cues['copula_correction']})\s+(?:(?:{cues['articles']})\s+)?(?:[\w\-]+\s+)?")


@lru_cache(maxsize=4)
def _copula_gap(lang: str) -> re.Pattern[str] | None:
    """A copula with an article and one word at most before a name, that word with an adjective
    before it where the language inflects one ("ist der österreichische Folienhersteller Y")."""
    cues = lexicon(lang)["relation_cues"]
    if not cues.get("copula"):
        return None
    adjective = rf"(?:(?:{cues['copula_adjective']})\s+)?" if cues.get("copula_adjective") else ""
    return re.compile(rf"\s+(?:{cues['copula']})\s+(?:(?:{cues['articles']})\s+)?{adjective}(?:[\w\-]+\s+)?")


def _round_named(document: Document, sentence: Sentence) -> bool:
    """Does this sentence or the one before name a funding round ("… led the Series G
    round. X and Y also took part")?"""
    funding_round = relation_cues(document.lang).funding_round
    return funding_round is not None and any(
        funding_round.search(earlier.text) for _back, earlier in document.looking_back(sentence, 1))


# How many sentences before a funding round's may name the company that raised it.
_RAISER_WINDOW = 2


def _round_raiser(document: Document, sentence: Sentence, exclude: frozenset[str],
                  round_before: bool = False) -> tuple[str | None, bool]:
    """For a sentence of a funding round where the article's company is unclear (its
    backers are named often), the company that this or one of the two sentences before says
    raised money: the first company named before the verb ("Startup Anthropic said it raised
    $30 billion …. GIC and Coatue led the Series G round"). With ``round_before`` the round
    may be named in the sentence before ("…. X also took part"), and the raiser one further back;
    so may a round the sentence names by its bare noun ("…. The round was led by X").

    Second, whether a sentence of those two before (or this one) says the raiser raised money in
    a funding round it names ("Y sammelte in einer Finanzierungsrunde 45 Millionen Euro ein"):
    then "the round" is its round; money raised with no round named ("Rival Groq raised $750
    million") leaves the round the sentence speaks of the article's company's. Only a sentence
    saying money was raised can tell either, so one walk back finds those sentences for both."""
    cues = relation_cues(document.lang)
    if cues.funding_round is None or cues.raised is None:
        return None, False
    # "Angeführt wurde die Runde von X" after a round named: the bare noun is that round
    again = round_before or cues.round_noun is not None and cues.round_noun.search(sentence.text) is not None
    if not (cues.funding_round.search(sentence.text) or again and _round_named(document, sentence)):
        return None, False
    raising = [(back, earlier, found) for back, earlier
               in document.looking_back(sentence, _RAISER_WINDOW + (1 if round_before else 0))
               if (found := cues.raised.search(earlier.text)) is not None]
    if not raising:
        return None, False
    _back, nearest, raised = raising[0]
    first = next((m for m in nearest.mentions if nearest.local(m.end) <= raised.start()
                  and m.type in ISSUER_TYPES and not cited(document.lang, nearest, m)), None)
    if first is None or first.label in exclude:
        return None, False
    in_round = any(back <= _RAISER_WINDOW and cues.funding_round.search(earlier.text)
                   and any(m.label == first.label for m in earlier.mentions)
                   for back, earlier, _found in raising)
    return first.label, in_round


def _held_by_backers(document: Document, sentence: Sentence, rule: TriggerRule,
                     exclude: frozenset[str]) -> str | None:
    """The one a sentence naming no object gives its subjects (``exclude``) a tie with: the
    article's company, or where it names none or is one of them, the company that raised the
    round. A stake taken in a round goes to the company this or the sentences before say raised
    it even in an article about another ("Wardeck, in which the insurer holds a stake, raised
    €45 million. The round was led by Earlybird": Earlybird backs Wardeck, not the insurer)."""
    raiser, in_round = _round_raiser(document, sentence, exclude, rule.round_before)
    if rule.predicate == "investsIn" and raiser is not None and in_round:
        return raiser
    if salient(document, ISSUER_TYPES) in exclude:
        return None  # "Nvidia remains a formidable rival" about Nvidia: the article's company acts
    return salient(document, ISSUER_TYPES, exclude=exclude) or raiser


def _raiser_before(lang: str, sentence: Sentence, end: int) -> Mention | None:
    """The company the sentence says raised money before the local offset ``end``: the name
    right before the verb, with no comma between ("Rival Groq raised $750 million in a round
    led by X", "Groq said it raised …"); none where no such verb stands there, or where a
    phrase set off by commas may put another name there ("Groq, backed by Y, raised …")."""
    raised = relation_cues(lang).raised
    found = raised.search(sentence.text, 0, end) if raised is not None else None
    if found is None:
        return None
    named = [m for m in sentence.mentions if sentence.local(m.end) <= found.start()]
    if not named or named[-1].type not in ISSUER_TYPES \
            or "," in sentence.text[sentence.local(named[-1].end):found.start()]:
        return None
    return named[-1]


def _participle_clause(lang: str, sentence: Sentence, match: re.Match[str]) -> bool:
    """Does the trigger open a participle clause right after a comma ("…, using Amazon's
    chips")? Its subject is the sentence's opening one, not the name before the comma."""
    participle = relation_cues(lang).participle
    return participle is not None and participle.match(match.group(0)) is not None \
        and sentence.text[:match.start()].rstrip().endswith(",")


def _participle_trigger(lang: str, match: re.Match[str]) -> bool:
    """Is the trigger a participle, after an adverb at most ("also taking part")? After a
    list that "with" governs it makes an absolute phrase ("…, with Y and Z also taking
    part"), whose subjects the names are."""
    participle = relation_cues(lang).participle
    words = match.group(0).split()
    return participle is not None and any(participle.match(w) for w in words[:2])


def _in_governed_relative(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Does the name stand in a relative clause whose pronoun a preposition
    governs ("Y, in which X holds a stake", "Y, an der X 49 Prozent hält")?
    Then what the clause says is held is Y, the noun before the comma."""
    at = sentence.local(mention.start)
    return any(c.body <= at < c.closes and len(sentence.text[c.opens:c.body].split()) > 2
               for c in relative_clauses(lang, sentence.text))


def _noun_items(lang: str, sentence: Sentence, rule: TriggerRule, heads: list[Mention]) -> set[int]:
    """Where the names stand that a noun trigger introduces ("Konkurrent A", "der
    Rivale B und C"), by their start offsets."""
    found: set[int] = set()
    for match in rule.trigger.finditer(sentence.text):
        t_end = sentence.start + _trigger_span(match)[1]
        after = [m for m in heads if m.start >= t_end and same_clause(sentence, t_end, m.start)]
        if relation_cues(lang).of_object.search(match.group(0)):
            continue  # "Rivale von A": A is the one rivalled, it may be a subject elsewhere
        found |= {m.start for m in list_after(lang, sentence, after, t_end)}
    return found


def _trigger_matches(trigger: re.Pattern[str], sentence: Sentence) -> Iterator[re.Match[str]]:
    """The trigger's matches in the sentence whose trigger word is no name's. Where a name holds
    the word ("Allianz mit Rekordgewinn", the owner in "die Siemens-Tochter X", "Investment" in
    "Qatar Investment Authority hat seinen Anteil an Y aufgestockt"), the search goes on after
    that name, not after the whole match: a trigger the false match swallowed ("Anteil an")
    is still read."""
    pos = 0
    while pos <= len(sentence.text) and (match := trigger.search(sentence.text, pos)) is not None:
        at = _trigger_span(match)[0]
        name = _name_at(sentence, at)
        if name is not None:
            pos = max(sentence.local(name.end), at + 1)
            continue
        yield match
        pos = match.end() if match.end() > match.start() else match.end() + 1


def _name_at(sentence: Sentence, offset: int) -> Mention | None:
    """The name covering the sentence offset, if any; a reference is no name."""
    at = sentence.start + offset
    return next((m for m in sentence.mentions if m.start <= at < m.end and not m.rule.startswith("reference/")),
                None)


@lru_cache(maxsize=4)
def _phrase_object(lang: str) -> re.Pattern[str]:
    table = lexicon(lang)["clauses"]
    articles, joins = table["articles"], table["comma_joins"]
    return re.compile(rf"^[^,;]*?[\w\-]+\s*,\s*(?:(?:{joins})\s+)?(?:(?:{articles})\s+)?$",
                      re.IGNORECASE)


_APPOSITION_END = re.compile(r"^\W{0,2}s?\s*(?:[,(.;:]|$)")


def _phrase_took_the_object(lang: str, sentence: Sentence, t_end: int, obj: Mention) -> bool:
    """"kauft einen Zulieferer, die Deutsche Bank berät", "is buying a supplier, and
    Apollo is financing it", "übernimmt Altair, die Deutsche Bank berät": the verb's
    object is the words closed by the comma (a name the catalogue may not know), and
    the name after it acts in a clause of its own. A name set off by commas on both
    sides ("bought a rival, Altair, for $10 billion") is the phrase's apposition and
    stays the object."""
    between = sentence.text[sentence.local(t_end):sentence.local(obj.start)]
    if not _phrase_object(lang).search(between):
        return False
    return not _APPOSITION_END.match(sentence.text[sentence.local(obj.end):])


@lru_cache(maxsize=4)
def _verb_join(lang: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon(lang)['clauses']['comma_joins']})\s+")


def _second_verb_before(lang: str, sentence: Sentence, t_end: int, obj: Mention) -> bool:
    """"sells software to banks and competes with Oracle", "supplies A and B, and counts C
    as its partner": a conjunction before the name opens a second verb of the subject's (the
    trigger of a verb rule), so the name is that verb's object, not the first verb's. A noun
    after the conjunction ("buys from TSMC and rival Samsung") opens no clause."""
    text = sentence.text
    second = _second_verb_object(lang)
    for join in _verb_join(lang).finditer(text, sentence.local(t_end), sentence.local(obj.start)):
        if any(not other.noun_trigger and other.trigger.match(text, join.end())
               for other in trigger_rules(lang)):
            return True
        if second is not None and second.match(text, join.end()):
            return True  # "… und baut seine Zusammenarbeit mit X aus": a verb of no rule
    return False


def _acting_name_between(lang: str, sentence: Sentence, t_end: int, obj: Mention) -> bool:
    """"Llama, which Meta releases under its own licence rather than the licence Alibaba uses
    for Qwen models": an organisation named between the verb and the name, with a verb of a
    rule right after it, is the subject of a clause of its own (a relative clause without its
    pronoun), and the name after is that verb's object, not the first verb's."""
    return any(t_end <= m.start and m.end <= obj.start and m.type in ORGANIZATION_TYPES
               and _verb_follows(lang, sentence.text, sentence.local(m.end)) for m in sentence.mentions)


@lru_cache(maxsize=4)
def _second_verb_object(lang: str) -> re.Pattern[str] | None:
    """A word in lower case and the word opening its object right after a conjunction ("baut
    seine", "expanded its"): a second verb of the subject's, never a preposition ("und mit
    dem Anbieter X" goes on the list); None where the language has none."""
    words = lexicon(lang)["clauses"].get("second_verb_object")
    prepositions = lexicon(lang)["relation_cues"]["preposition_before"]
    return re.compile(rf"(?!(?:{prepositions})\s)[a-zäöüß][\w\-]*\s+(?:{words})\s") if words else None


def _verb_follows(lang: str, text: str, at: int, rules: Sequence[TriggerRule] | None = None) -> bool:
    """Does the verb of a verb rule (of ``rules``, else of any) stand at ``at``, up to two
    lower-case words (an auxiliary, "agreed to", "also") after it and no conjunction nor comma
    between?"""
    for lead in _VERB_LEADS:
        found = lead.match(text, at)
        if found is not None and not conjunction(lang).search(found.group(0)) and any(
                not rule.noun_trigger and rule.trigger.match(text, found.end())
                for rule in (trigger_rules(lang) if rules is None else rules)):
            return True
    return False


# No, one or two lower-case words before a verb: "Y kauft", "Y also supplies", "Y agreed to buy".
_VERB_LEADS = tuple(re.compile(rf"[ \t]+(?:[a-zäöüß]+[ \t]+){{{n}}}") for n in range(3))


# A dash set off by spaces: a headline's or a sentence's break between two clauses ("X buys a
# studio - Y shares fall"), past which no name is the object of a verb before it.
_DASH_BREAK = re.compile(r"\s[-–—]\s")


def _subject_of_next_clause(lang: str, sentence: Sentence, t_end: int, obj: Mention,
                            rules: Sequence[TriggerRule] | None = None) -> bool:
    """"X agreed to buy A and Y agreed to buy B", "X investiert in A, und Y investiert in B": a
    name after a conjunction (or comma) that a verb (of ``rules``, else of any rule) follows is
    the subject of a clause of its own, no object of the first verb (whose object is the words
    before, a name the catalogue may not know)."""
    if conjunction(lang).search(sentence.text, sentence.local(t_end), sentence.local(obj.start)) is None \
            and "," not in sentence.text[sentence.local(t_end):sentence.local(obj.start)]:
        return False
    return _verb_follows(lang, sentence.text, sentence.local(obj.end), rules)


def _opens_joined_clause(lang: str, sentence: Sentence, previous: Mention, name: Mention) -> bool:
    """Does ``name`` open a clause of its own after a comma and a conjunction, a verb of any
    rule after it ("makes chips for Google, and Meta Platforms sells servers to Y")? It is then
    that verb's subject, no further item of the list before."""
    gap = sentence.text[sentence.local(previous.end):sentence.local(name.start)]
    return gap.lstrip().startswith(",") and conjunction(lang).search(gap) is not None \
        and _verb_follows(lang, sentence.text, sentence.local(name.end))


def _agrees_with_last(lang: str, sentence: Sentence, last: Mention) -> bool:
    """Is the verb right after the last name of a list a form only one subject takes ("Alibaba
    and Bosch buys")? The list is then no list of subjects: the names before belong to an earlier
    verb the rules do not know ("met")."""
    verb = relation_cues(lang).singular_verb
    return verb is not None and verb.match(sentence.text, sentence.local(last.end)) is not None


def _objects_of_earlier_verb(lang: str, sentence: Sentence, subs: list[Mention]) -> list[Mention]:
    """The subjects of a list without the names an earlier verb took as objects: in "X bought A,
    and Y bought B" the list "A, and Y" before the second verb is no list of subjects; A is
    what X bought, Y alone buys B. The last name always stays."""
    for k in range(len(subs) - 2, -1, -1):
        if _earlier_verb(lang, sentence, subs[k])[2] is not None:
            return subs[k + 1:]
    return subs


def _earlier_verb(lang: str, sentence: Sentence,
                  name: Mention) -> tuple[list[Mention], int, re.Match[str] | None]:
    """The names before ``name``, where the text after the last of them starts (local), and
    the first verb there before ``name`` (a trigger that is no noun): the verb whose object
    ``name`` is, if any."""
    previous = [m for m in sentence.mentions if m.end <= name.start]
    start = sentence.local(previous[-1].end) if previous else 0
    verb = next((found for rule in trigger_rules(lang) if not rule.noun_trigger
                 and (found := rule.trigger.search(sentence.text, start, sentence.local(name.start)))),
                None)
    return previous, start, verb


def _subject_of_first_verb(lang: str, sentence: Sentence, candidates: list[Mention],
                           t_start: int, opens: int) -> list[Mention] | None:
    """The subject a trigger shares with an earlier verb whose object ends the candidates
    ("X acquired Y and bought a stake in Z", "X übernahm Y und beteiligte sich an Z"): the
    name before that verb, where nothing but a few words without a comma part them; none
    where another name stands there. None where the last candidate is no such object: it
    is no earlier verb's object, or a word after "and" may name a subject of its own.
    Where the object is a list ("X beliefert A und B, übernimmt Z"), the earlier verb
    stands before its first item, not before the last. A lone comma leads to a second verb
    only where the trigger opens after the object (``opens``, the document offset where its
    match starts): a trigger that takes in the object ("verlor Kunden an TSMC, darunter
    Nvidia") reads on past the comma in one clause."""
    gap = relation_cues(lang).object_then_verb
    if gap is None or not candidates:
        return None
    between = sentence.text[sentence.local(candidates[-1].end):sentence.local(t_start)]
    if not gap.match(between) or not between.strip(" ,") and (
            opens < candidates[-1].end or not _verb_opens(lang, sentence, t_start)):
        return None
    previous, start, verb = _earlier_verb(lang, sentence, _object_list_opening(lang, sentence, candidates[-1]))
    if verb is None:
        return None
    subject = previous[-1] if previous else None
    if subject is None or subject not in candidates or "," in sentence.text[start:verb.start()] \
            or len(sentence.text[start:verb.start()].split()) > 3:
        return []
    return [subject]


def _object_list_opening(lang: str, sentence: Sentence, last: Mention) -> Mention:
    """The first item of the list that ``last`` ends, whatever names it holds: in "X designs
    chips for A and B and sells …" the earlier verb stands before A, which the trigger's
    candidates lack (a name after "for" receives and is no subject), so the list is read from
    all the names before."""
    return list_ending(lang, sentence, [m for m in sentence.mentions if m.end <= last.end])[0]


def _verb_opens(lang: str, sentence: Sentence, t_start: int) -> bool:
    """Does the trigger open with a lower-case word that is no article ("übernimmt Z")? Only a
    verb follows a lone comma after a verb's object as a second verb of its subject; an article
    there opens an apposition of the object ("an A, eine Tochter von Z": A's parent, not the
    subject's)."""
    words = sentence.text[sentence.local(t_start):].split(maxsplit=1)
    articles = lexicon(lang)["clauses"]["articles"]
    return bool(words) and words[0][:1].islower() \
        and re.fullmatch(rf"(?:{articles})", words[0], re.IGNORECASE) is None


def _outside_relatives(lang: str, sentence: Sentence, start: int, end: int) -> str:
    """The sentence's text from ``start`` to ``end`` (document offsets) with each relative
    clause that opens and closes in it blanked: in "sells the iPhone, which is made by X,
    to Y" the clause's "by" tells of the thing sold, not of what the verb does to Y."""
    at, stop = sentence.local(start), sentence.local(end)
    text = sentence.text[at:stop]
    for clause in relative_clauses(lang, sentence.text):
        if at <= clause.opens and clause.closes <= stop:
            width = clause.closes - clause.opens
            text = text[:clause.opens - at] + " " * width + text[clause.closes - at:]
    return text


def _in_relative_after(lang: str, sentence: Sentence, t_end: int, obj: Mention) -> bool:
    """Does the name stand in a relative clause that opens after the verb ("sells the X chip,
    which uses Y's process", "whose wafers come from Y", "das von Y gefertigt wird")? The
    clause tells of the thing the verb took, and its names are no objects of the verb."""
    at, name = sentence.local(t_end), sentence.local(obj.start)
    return any(at <= c.opens and c.body <= name < c.closes for c in relative_clauses(lang, sentence.text))


def _co_subject(sentence: Sentence, joined: re.Pattern[str], kinds: frozenset[str], obj: Mention,
                after: list[Mention]) -> Mention | None:
    """The second subject joined right after the object ("entwickelt Dupixent
    gemeinsam mit Regeneron"): it does what the subject does to the object."""
    nxt = next((m for m in after if m.start >= obj.end), None)
    if nxt is None or nxt.type not in kinds or not joined.match(
            sentence.text[sentence.local(obj.end):sentence.local(nxt.start)]):
        return None
    return nxt


def _clause_subject(lang: str, sentence: Sentence, mention: Mention, verb_start: int,
                    before: list[Mention]) -> list[Mention]:
    """The subject of the verb at ``verb_start`` where the name right before it is no subject:
    in "X, a partner of Y, buys chips from Z" Y stands in X's apposition, so X buys; in "X
    spoke with Y and buys chips from Z" the verb shares the first verb's subject, the
    sentence's opening name (none where a speech verb follows that name: "X said Y met A
    and buys" leaves the buyer open). Else the name itself."""
    text = sentence.text
    verb = sentence.local(verb_start)
    for head in before:
        apposed = _closed_apposition(lang).match(text, sentence.local(head.end))
        if apposed is not None and head.end <= mention.start and sentence.local(mention.end) <= apposed.end() \
                and not text[apposed.end():verb].strip():
            return [head]
    cues = relation_cues(lang)
    if not cues.shared_verb.fullmatch(text, sentence.local(mention.end), verb):
        return [mention]
    opening = _opening_subject(lang, sentence)
    if not opening or opening[0].start >= mention.start or opening[0].label == mention.label \
            or cues.speaker_after.match(text, sentence.local(opening[0].end)):
        return []
    return opening


def _passive_object(lang: str, sentence: Sentence, at: int, t_start: int, heads: list[Mention],
                    before: list[Mention], rule: TriggerRule) -> list[Mention]:
    """The one a passive trigger at the sentence's offset ``at`` speaks of: in a relative
    clause that names no object before the trigger ("X investierte in Y, das später von Z
    übernommen wurde"), the name right before its comma, and none where no known name
    stands there; else the last name before the trigger that no relative clause closed
    before it holds ("X, das von Y unterstützt wird, wurde von Z übernommen": X; "Y, das im
    System Z des Partners W steckt": Z, named in the clause)."""
    clause = next((c for c in relative_clauses(lang, sentence.text) if c.body <= at < c.closes), None)
    inside = [m for m in before if m.type in rule.object and clause is not None
              and m.start >= sentence.start + clause.body]
    if clause is not None and not inside:
        antecedent = [m for m in heads if m.end <= sentence.start + clause.opens
                      and not sentence.text[sentence.local(m.end):clause.opens].strip()]
        return antecedent[-1:] if antecedent and antecedent[-1].type in rule.object else []
    asides = relation_cues(lang).use_aside
    aside = [found.span("body") for found in asides.finditer(sentence.text, 0, sentence.local(t_start))] \
        if asides is not None else []
    return [m for m in before if m.type in rule.object and closed_relative(
        lang, sentence.text, sentence.local(m.start), sentence.local(m.end), sentence.local(t_start)) is None
        # "X's sensors, used in Y's cars, are supplied by Z": the goods are X's, not Y's
        and not any(start <= sentence.local(m.start) < end for start, end in aside)][-1:]


@lru_cache(maxsize=4)
def _unit_noun_comma(lang: str) -> re.Pattern[str]:
    """A unit noun and the comma opening its apposition, ending a text ("its cheese unit, ")."""
    heads = alternation(lexicon(lang)["references"]["unit_heads"])
    return re.compile(rf"(?<![\w\-])(?:{compound_head(heads)}),\s*$")


def _apposed_to_unit_noun(lang: str, sentence: Sentence, mention: Mention, t_start: int) -> bool:
    """Is ``mention`` the name set off by commas after a unit noun, the trigger right after the
    closing comma ("sell its cheese unit, Y, to X", "seine Sparte, Y, an X")? The name is the
    unit sold, as the name right before the trigger is without the commas."""
    return sentence.text[sentence.local(mention.end):sentence.local(t_start)].strip() == "," \
        and _unit_noun_comma(lang).search(sentence.text, 0, sentence.local(mention.start)) is not None


@lru_cache(maxsize=4)
def _unit_nouns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A unit noun after its owner's name ("Siemens-Tochter", "a Siemens unit", "Siemens's
    subsidiary"), the same noun as a hyphen compound's last part with no name of the unit
    after it ("-Tochter, die …", "-Sparte bezieht …"), and one before the owner with its
    linker ("a subsidiary of Siemens")."""
    heads = alternation(lexicon(lang)["references"]["unit_heads"])
    links = lexicon(lang)["relation_cues"]["item_links"]
    return (re.compile(rf"^(?:['’]s?)?(?:-|\s+(?:[a-zäöüß][\w\-]*\s+)?)(?i:{heads})\s+$"),
            re.compile(rf"-(?:{heads})\b(?!-|\s+(?:[A-ZÄÖÜ]|[a-zäöü]{{1,2}}[A-ZÄÖÜ]))"),
            re.compile(rf"(?<![\w\-])(?i:{heads})\s+(?:{links})\s+$"))


def _named_unit_after(lang: str, sentence: Sentence, mention: Mention, after: list[Mention]) -> Mention:
    """The unit named right after the name's unit noun ("die Eon-Tochter Westenergie", "the
    Siemens unit X"), else the name itself: the owner in the compound only tells whose unit
    it is."""
    unit = next((m for m in after if m.start >= mention.end), None)
    if unit is None or mention.type not in ORGANIZATION_TYPES or unit.type not in ORGANIZATION_TYPES:
        return mention
    gap = sentence.text[sentence.local(mention.end):sentence.local(unit.start)]
    return unit if _unit_nouns(lang)[0].match(gap) else mention


def _unnamed_unit(lang: str, sentence: Sentence, mention: Mention, at: int, *, next_to_verb: bool) -> bool:
    """Is the name only the owner of a unit the sentence does not name, the name before the
    trigger at the local offset ``at`` ("Die Siemens-Tochter liefert", "Die frühere
    Siemens-Tochter, die …, bezieht Teile von Y")? Then the unit, not its owner, acts in the
    clause; a named unit is a name of its own and acts in its place.

    The callers differ in how far the unit noun may stand from the trigger. A verb that reads
    its subject right before it (``next_to_verb``) wants the unit noun there, but takes it in
    any joining ("a Siemens unit", "Siemens's subsidiary", "A subsidiary of Siemens
    supplies"). A trigger that reads its object anywhere before it takes only a hyphen
    compound, which ties the noun to the name wherever it stands; a compound the trigger
    itself opens ("die Siemens-Tochter X") is the trigger's own owner."""
    after, compound, before = _unit_nouns(lang)
    end = sentence.local(mention.end)
    if end > at:
        return False
    if not next_to_verb:
        found = compound.match(sentence.text, end)
        return found is not None and found.end() <= at
    gap = sentence.text[end:at]
    return bool(after.match(gap)) or (not gap.strip() and bool(before.search(
        sentence.text, 0, sentence.local(mention.start))))


def _introduced_by(rule: TriggerRule, sentence: Sentence, mention: Mention) -> bool:
    """Does the rule's own noun stand right before the name ("die Tochter Scania")? Then the
    name is itself a unit the sentence lists, and the next unit the noun introduces ("…, die
    Tochter MAN") is its sibling, owned by the same parent, not by it."""
    at = sentence.local(mention.start)
    return any(found.end() <= at and not sentence.text[found.end():at].strip()
               for found in rule.trigger.finditer(sentence.text))


def _joined_after(lang: str, sentence: Sentence, rule: TriggerRule, after: list[Mention],
                  t_end: int) -> list[Mention]:
    """The names joined to the subject right after a verb without an object ("X also took
    part, along with Y and Z"): each does what the subject does."""
    if rule.co_subject is None or not after or not rule.co_subject.match(
            sentence.text[sentence.local(t_end):sentence.local(after[0].start)]):
        return []
    return [m for m in list_after(lang, sentence, after, after[0].start) if m.type in rule.subject]


def _possessive_ending(mention: Mention) -> str:
    """The possessive ending a mention's surface swallowed ("Covestro's"), so
    that a pattern for the text after a name sees it either way."""
    return next((end for end in POSSESSIVE_ENDS if mention.surface.endswith(end)), "")


def _in_phrase(sentence: Sentence, match: re.Match[str], mention: Mention) -> bool:
    """Is the mention inside the trigger's phrase, or its possessor right before
    it ("Hensoldts größter Aktionär", "Bayer's largest shareholder")?"""
    start = sentence.start + match.start()
    return mention.start >= start or (
        mention.end <= start and not sentence.text[sentence.local(mention.end):match.start()].strip(" '’s"))


def _agrees(lang: str, sentence: Sentence, match: re.Match[str], mention: Mention) -> bool:
    """May the relative clause of ``match`` be the name's and not another
    noun's? Not when the name hangs on a noun before it ("a unit of X") or
    on a preposition ("für X, die"); where the language has agreement, the
    pronoun must agree with an article before the name ("den Y, den X baut")."""
    cues = relation_cues(lang)
    if _hangs_on_other(lang, sentence, mention):
        return False
    if not cues.agreement:
        return True
    pronoun = match.group(0).split()[-1]
    words = sentence.text[:sentence.local(mention.start)].split()
    if not words:
        return True  # "Y, an der X 17 Prozent hält, …": a name opening the sentence hangs on nothing
    articles = frozenset().union(*cues.agreement.values())
    return words[-1] not in articles or words[-1] in cues.agreement.get(pronoun, frozenset())


def _hangs_on_other(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Does the name hang on a noun before it ("Y, a unit of X, in which Z holds a stake": the
    clause may be Y's) or, where the language has agreement, on a preposition ("Server für Y,
    die X baut": the clause may be the servers')?"""
    cues = relation_cues(lang)
    before = sentence.text[:sentence.local(mention.start)]
    if cues.linked_before.search(before):
        return True
    words = before.split()
    return bool(cues.agreement) and bool(words) and words[-1] in cues.relative_unclear


@lru_cache(maxsize=4)
def _apposition_cues(lang: str) -> tuple[re.Pattern[str] | None, dict[str, frozenset[str]]]:
    """The apposition a holding clause may follow, and for each relative pronoun the articles
    of the apposition it agrees with; compiled once per language."""
    table = lexicon(lang)["relation_cues"]
    pattern = re.compile(table["holding_apposition"]) if table.get("holding_apposition") else None
    return pattern, {pronoun: frozenset(articles)
                     for pronoun, articles in table.get("apposition_agreement", {}).items()}


def _apposed_holding(lang: str, sentence: Sentence, mention: Mention, match: re.Match[str]) -> bool:
    """Does an apposition closed by a comma, and nothing else, stand between the name and the
    relative clause of ``match`` ("Y, ein Familienunternehmen aus Z, an dem X beteiligt ist",
    "Y, a privately held toolmaker, in which X holds a stake")? The clause then describes
    the name, as the apposition does: no other name (a place aside) stands in it, the name
    hangs on nothing before it, and where the language has agreement the pronoun agrees with
    the apposition's article ("eine Tochter …, an dem" is another noun's)."""
    pattern, agreement = _apposition_cues(lang)
    found = pattern.match(_phrase_gap(sentence, mention, match.start())) if pattern is not None else None
    if found is None or _hangs_on_other(lang, sentence, mention) or any(
            mention.end < m.start and m.end <= sentence.start + match.start() and m.type != "Place"
            for m in sentence.mentions):
        return False
    return not agreement or found.group("article") in agreement.get(match.group(0).split()[-1], frozenset())


def _pronoun_acts(lang: str, sentence: Sentence, mention: Mention, t_start: int) -> bool:
    """Does a clause with a subject pronoun of its own stand between the name and the
    trigger? In "Its chips are made by X, and it buys memory from Y" the pronoun buys, and
    it speaks of the company before, not of X; only the sentence's opening name may be it."""
    return relation_cues(lang).pronoun_clause.search(
        sentence.text, sentence.local(mention.end), sentence.local(t_start)) is not None \
        and mention.label not in {m.label for m in _opening_subject(lang, sentence)}


def _noun_acts(lang: str, sentence: Sentence, mention: Mention, t_start: int) -> bool:
    """Does a clause whose subject is a company noun stand between the name and the trigger,
    or is the name that noun taken up as a name the sentence named after its opening subject?
    In "X zählt Y zu seinen Partnern und die Firma unterzeichnete einen Vertrag mit Z" the
    noun signs, and a noun of no industry does not say whether it means X or Y; Y is not the
    one the verb is told of. A noun of an industry ("Siemens supplies Nvidia, and the chipmaker
    signed …") says which it is, and is read."""
    pattern = relation_cues(lang).noun_clause
    if mention.rule == "reference/company":
        start, end = sentence.local(mention.start), sentence.local(mention.end)
        return not descriptor_industries(lang, mention.surface) \
            and any(found.start() < start and end < found.end() for found in pattern.finditer(sentence.text)) \
            and mention.label not in {m.label for m in _opening_subject(lang, sentence)} \
            and any(m.label == mention.label and m.end <= mention.start and not m.rule.startswith("reference/")
                    for m in sentence.mentions)
    clause = pattern.search(sentence.text, sentence.local(mention.end))
    # the verb's first letter may be the trigger's
    return clause is not None and clause.end() <= sentence.local(t_start) + 1


def _opening_subject(lang: str, sentence: Sentence) -> list[Mention]:
    """The name that opens the sentence (after an article at most), as the
    subject a pronoun later in it stands for; none where the sentence opens
    with other words ("After talks with X, …")."""
    if not sentence.mentions:
        return []
    first = sentence.mentions[0]
    words = sentence.text[:sentence.local(first.start)].split()
    if len(words) > 1 or words and not relation_cues(lang).articles_before.search(f"{words[0]} "):
        return []
    return [first]


def _owner_after(lang: str, sentence: Sentence, rule: TriggerRule, unit: Mention) -> bool:
    """Does a company named right after the unit own it ("die Tochter X des Bayer-Konzerns",
    "die Tochter X von Bayer")? The rule's ``not_after`` words stand between the two; then
    the owner is that company, not the article's."""
    if rule.not_after is None:
        return False
    rest = sentence.text[sentence.local(unit.end):]
    words = rule.not_after.match(rest)
    if words is None:
        return False
    at = unit.end + words.end()
    # "die Tochter X des Konzerns": a company noun means the article's company again
    return any(m.type in ORGANIZATION_TYPES and not m.rule.startswith("reference/")
               and at <= m.start <= at + _OWNER_REACH for m in sentence.mentions)


# How far after the owner words the owner's name may begin ("des Bayer-Konzerns": at once;
# "des deutschen Konzerns Bayer": after an adjective and a noun).
_OWNER_REACH = 30


def _right_after(lang: str, sentence: Sentence, t_end: int, mention: Mention) -> bool:
    """Does the mention follow the trigger directly or after an article
    ("ist der Versicherer X"), not after a phrase of its own ("ist nach Angaben von X")?"""
    words = sentence.text[sentence.local(t_end):sentence.local(mention.start)].split()
    return not words or bool(relation_cues(lang).articles_before.search(f"{words[0]} "))


def _name_goes_on(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the name read only the first part of a longer one, a capitalised word that is
    no other name and no word never a name right after it ("its unit Renault Trucks will
    …": the unit is "Renault Trucks", not Renault)? Then the name read is no unit. Not
    where every noun is capitalised ("die US-Tochter Dematic Lagerhallen automatisiert"),
    except before a word that goes on company names ("seine Tochter Renault Trucks")."""
    rest = sentence.text[sentence.local(mention.end):]
    words = rest.split(maxsplit=1)
    if not rest.startswith(" ") or not words or not words[0][0].isupper():
        return False
    word = words[0].rstrip(".,;:!?")
    if info(lang).case_sensitive:
        continuation = lexicon_pattern(lang, "relation_cues", "name_continuation")
        if continuation is None or not continuation.fullmatch(word):
            return False
    at = mention.end + len(rest) - len(rest.lstrip())
    return word.isalpha() and word not in not_names(lang) \
        and not any(m.start <= at < m.end for m in sentence.mentions)


def _verb_marked(match: re.Match[str]) -> bool:
    """Did the trigger match through its marked word ("zu den Rivalen zählt"), a verb?"""
    return any(name.startswith("at") and value is not None for name, value in match.groupdict().items())


def _trigger_span(match: re.Match[str]) -> tuple[int, int]:
    """Where the trigger stands: the group named "at…" that matched, if the
    pattern marks the word between its two ends ("Übernahme von X durch Y":
    "durch"), else the whole match."""
    for name, value in match.groupdict().items():
        if name.startswith("at") and value is not None:
            return match.span(name)
    return match.span()


def _governed(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """"Gemeinsam mit dem Partner Indra liefert Hensoldt", "Together with
    partner X, Y supplies": a name a preposition governs is no subject."""
    cues = relation_cues(lang)
    before = sentence.text[:sentence.local(mention.start)]
    # "Mit dem Wirkstoff tritt X gegen Y an": the phrase ended at its noun, X follows the verb
    return cues.governed is not None and bool(cues.governed.search(before)) and not (
        cues.opening_phrase_verb is not None and cues.opening_phrase_verb.match(before))


def _fronted_clause(lang: str, sentence: Sentence, mention: Mention, t_start: int) -> bool:
    """"Die Zellen fertigt X selbst, Chips liefert Y": after the name a comma opens a clause
    of its own with a noun and the trigger as its verb, so the name is no subject of it. A
    name in the gap after the comma ("X, Y und Z liefern") keeps the list."""
    fronted = relation_cues(lang).fronted_clause
    if fronted is None:
        return False
    found = fronted.search(sentence.text, sentence.local(mention.end), sentence.local(t_start))
    return found is not None and not any(
        sentence.start + found.start() <= m.start < t_start for m in sentence.mentions)


def _fronted_goods(lang: str, sentence: Sentence, t_start: int) -> int | None:
    """"Die Zünder für Rheinmetalls Munition liefert X": goods open the sentence as the object
    of the verb, which the name after it is the subject of. Where the sentence opens so, where
    the phrase naming whom the goods are for starts (the sentence's end where there is none)."""
    fronted = relation_cues(lang).fronted_goods
    if fronted is None:
        return None
    end = sentence.local(t_start)
    # the sentence's opening, or that of a clause after a comma ("Die Chips für X liefert Y,
    # die Zellen für Z liefert W"): the nearest opening before the verb that fronts goods
    clause_after = _clause_after_comma(lang)
    for opens in [0, *(comma.end() for comma in clause_after.finditer(sentence.text, 0, end))][::-1]:
        found = fronted.match(sentence.text[opens:end])
        if found is not None:
            return sentence.start + (opens + found.start("customer") if found.group("customer")
                                     else len(sentence.text))
    return None


@lru_cache(maxsize=4)
def _clause_after_comma(lang: str) -> re.Pattern[str]:
    """A comma or semicolon, and a conjunction after it, that may open a clause of its own."""
    conjunctions = lexicon(lang)["relation_cues"]["conjunctions"]
    return re.compile(rf"[,;]\s*(?:(?:{conjunctions})\s+)?")


def _governed_item(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the name, or the first item of the list it ends ("competes with X
    and Y, and the rival Z"), governed by a preposition? Every item of such a
    list is an object, no subject of a rival noun after it."""
    items = list_ending(lang, sentence, [m for m in sentence.mentions if m.end <= mention.end])
    return _governed(lang, sentence, items[0] if items else mention)


def _described_by_trigger(lang: str, sentence: Sentence, subject: Mention | str | None,
                          t_start: int) -> bool:
    """Is ``subject`` described by the trigger's noun in the name's apposition: a name
    found by its description ("X, a joint venture with Y"), or any name the noun of a joint
    venture follows ("Vantage Towers, ein Joint Venture mit KKR")? Then it is the venture,
    no partner of its owner."""
    if not isinstance(subject, Mention) or not _apposed_to(lang, sentence, subject, t_start):
        return False
    return subject.rule == DESCRIBED_COMPANY \
        or relation_cues(lang).venture.match(sentence.text, sentence.local(t_start)) is not None


def _apposed_to(lang: str, sentence: Sentence, mention: Mention, t_start: int) -> bool:
    """Does the trigger's noun stand in the name's apposition ("a deal with X,
    the rival of Y")? Then the name is its subject, governed or not."""
    gap = sentence.text[sentence.local(mention.end):sentence.local(t_start)]
    return "," in gap and bool(relation_cues(lang).apposed.match(gap))


def _receiving_maker(lang: str, sentence: Sentence, rule: TriggerRule, mention: Mention) -> Mention:
    """The mention, or where it is a product whose maker the recipient word names
    ("supplies chips for Apple's iPhone", "liefert Chips für BMWs iX"), the maker: the goods
    go to the one that builds the product. Not a product whose maker no recipient word
    governs ("supplies Apple's iPhone chips to Y": Y receives them)."""
    maker = _maker_before(lang, sentence, mention)
    return maker if maker is not None and _received(sentence, rule, maker) else mention


def _opens_subject_relative(lang: str, sentence: Sentence, mention: Mention, t_start: int) -> bool:
    """Is the name the antecedent of a relative clause whose pronoun is the trigger's subject,
    with at most adverbs between ("raised its forecast for X, which also supplies chips to Y")?
    Then the name acts in that clause, whatever word governed it before."""
    opening = lexicon_pattern(lang, "clauses", "subject_relative")
    found = opening.match(sentence.text, sentence.local(mention.end)) if opening is not None else None
    return found is not None and _ADVERBS_ONLY.fullmatch(
        sentence.text, found.end(), sentence.local(t_start)) is not None


# Lower-case words between a relative pronoun and its verb ("which also supplies").
_ADVERBS_ONLY = re.compile(r"(?:[a-zäöüß]+\s+){0,2}")


def _received(sentence: Sentence, rule: TriggerRule, mention: Mention) -> bool:
    """"Geräte an SMIC liefern": the name after "an" receives, it does not act."""
    return rule.recipient is not None and bool(
        rule.recipient.search(sentence.text[:sentence.local(mention.start)]))


def _round_values(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """"The round was led by X and valued Y at $11 billion": the company the round values is
    the one that raised it, the investors' company, no other party to the holding."""
    valued = relation_cues(lang).round_valued
    return valued is not None and valued.search(sentence.text, 0, sentence.local(mention.start)) is not None


def _holds_a_thing(lang: str, sentence: Sentence, t_start: int) -> bool:
    """"MTU, der an dem Programm mit 18 Prozent beteiligt ist": the stake is one in the thing
    named right before it, a programme or a project, no stake in the article's company."""
    held = relation_cues(lang).held_thing
    return held is not None and held.search(sentence.text, 0, sentence.local(t_start)) is not None


def _commentator(lang: str, sentence: Sentence, before: list[Mention], mention: Mention,
                 t_start: int) -> bool:
    """"Y fell after X downgraded the stock, saying competition from Z …": an institution
    that acts or speaks as an analyst after a company the sentence named first comments on
    that company; the rival it names is the company's, not the institution's. An
    institution that rates the rival ("UBS upgraded rival X", "nachdem die UBS den
    Konkurrenten X hochgestuft hatte", the verb after the noun) is its analyst even where
    no company is named before: the rival is then the article's company's; so is one whose
    analyst speaks ("Jefferies analyst X reiterated …, arguing that orders from partners such
    as Z …", "Analystin X von Morgan Stanley verweist auf den Preisdruck, wo der Rivale Z …"):
    the partners and rivals are the article company's."""
    if mention.type != "FinancialInstitution":
        return False
    cues = relation_cues(lang)
    if cues.rating_act is not None \
            and cues.rating_act.search(sentence.text, sentence.local(mention.end)) is not None:
        return True
    # "Jefferies analyst X", or "Analystin X von Morgan Stanley verweist auf …, wo der Rivale Z"
    analyst = cues.analyst_after is not None \
        and cues.analyst_after.match(sentence.text, sentence.local(mention.end)) is not None \
        or titled_analysts_house(lang, sentence, mention)
    return cues.commentator is not None \
        and (analyst or any(m.type == "Company" and m.end <= mention.start for m in before)) \
        and cues.commentator.search(
            sentence.text[sentence.local(mention.end):sentence.local(t_start)]) is not None


def _pronoun_between(lang: str, sentence: Sentence, mention: Mention, t_start: int) -> bool:
    """Does a clause with an object pronoun stand between the name and the rival noun ("its
    Daihatsu and Hino units, keeping it ahead of rival X")? The pronoun stands for the
    sentence's subject, which rivals X; the last name before the comma does not."""
    cue = lexicon_pattern(lang, "relation_cues", "pronoun_before_rival")
    return cue is not None and cue.search(
        sentence.text, sentence.local(mention.end), sentence.local(t_start)) is not None


def _peer_subject(document: Document, sentence: Sentence, before: list[Mention], obj: Mention,
                  rule: TriggerRule, t_start: int, trailing: Mention | None = None,
                  introduced: frozenset[int] | set[int] = frozenset()) -> Mention | str | None:
    """The subject of a competitor or partner list: the closest mention before
    the trigger of the same kind as the object (organisation or product), no
    source cited ("laut dem Marktforscher X … vor dem Rivalen Y");
    for a rival or partner noun without one ("die Konkurrenten wie X"), the
    clause's subject named after the list ("im Vergleich zu den Rivalen X und
    Y sei Z günstig"), else a company named just before, else the
    organisation the article is about; for a model told by its noun or a pronoun
    ("the model matches Y"), the one model the sentence before names. A name another noun of the rule
    introduces (its start in ``introduced``: "Konkurrent A …, der Rivale B")
    is never the subject; nor is an item of a list a preposition governs, unless the rule's
    verb follows it again ("partnered with A, and B partnered with C": B)."""
    kind = PRODUCT_TYPES if obj.type in PRODUCT_TYPES else ORGANIZATION_TYPES
    fellow = _coordinated_rival(document.lang, sentence, before, t_start) if rule.noun_trigger else None
    if fellow is not None:
        # "Auch Saab und der britische Rivale X werben um Aufträge": the name joined to the rival
        # phrase is a fellow rival of the company the text is about, not whose rival X is
        introduced = {*introduced, fellow.start}
    # "X konkurriert mit Anbietern wie A und gewinnt Industriekunden wie B": A is an example of
    # the first verb's object, neither the subject of the second list nor the company before it
    examples, noun_at = _joined_examples(document.lang, sentence, before, t_start)
    introduced = {*introduced, *examples}
    # a party or a university is no rival of a company
    fitting = _COMMERCIAL if obj.type in _COMMERCIAL and rule.predicate == "competitorOf" else kind
    # "a contract with X …, and it intensifies the race with Y": a name a preposition governs
    # is no subject, unless a relative clause makes it one ("the race with X, which counts …")
    candidates = [m for m in before if m.type in fitting and m.type in rule.subject
                  and m.start not in introduced and not cited(document.lang, sentence, m)
                  and m.label != obj.label and (not _governed_item(document.lang, sentence, m)
                                                or _relative_after(document.lang, sentence, m)
                                                # "with A, and B partnered with C": B acts
                                                or not rule.noun_trigger and _verb_follows(
                                                    document.lang, sentence.text, sentence.local(m.end),
                                                    (rule,))
                                                or _apposed_to(document.lang, sentence, m, t_start))
                  and not _closed_relative(document.lang, sentence, m, t_start)
                  and not _qualifies_next(document.lang, sentence, m)
                  # "Former Apple CEO X now works with Y": the person acts
                  and not titles_person(document.lang, sentence, m)
                  and not _commentator(document.lang, sentence, before, m, t_start)
                  # "Foxconn, which assembles iPhones for Apple, also builds servers for Y"
                  and closed_relative(document.lang, sentence.text, sentence.local(m.start),
                                      sentence.local(m.end), sentence.local(t_start)) is None]
    we_quote = _quoted_we(document.lang, sentence, candidates, t_start)
    if we_quote is None and not candidates and rule.predicate == "competitorOf":
        # "„Das gibt uns die Mittel, um im Wettbewerb mit X zu gewinnen“, sagte Y": with no
        # name before it, the rivalry of a quotation that tells a "we" or "us" is the speaker's
        we_quote = _first_person_quote(document.lang, sentence, t_start)
    if we_quote is not None:
        # "'Together with B, we can compete with C,' said A's CEO": "we" acts, the speaker's company
        return _speaker_company(document, sentence, we_quote, obj)
    if candidates and _relative_of_noun(document.lang, sentence, candidates[-1], t_start):
        return None
    if candidates and _reported_noun_between(document.lang, sentence, candidates[-1], t_start):
        return None  # "X's chips … Y said the model matches Z": the model, no name before Y
    if candidates and rule.noun_trigger and _second_predicate(document.lang, sentence, candidates[-1], t_start):
        # "X hält Anteile an Y und kämpft mit Konkurrenten wie Z": a second verb of the
        # clause's subject governs the rival noun; Y is the first verb's object
        opening = _opening_subject(document.lang, sentence)
        return opening[0] if opening and opening[0] in candidates and opening[0] is not candidates[-1] else None
    if candidates and _coordinated_predicate(document.lang, sentence, candidates[-1], t_start):
        # "Infineon beliefert Tesla und konkurriert mit Y": the second verb shares the
        # clause's subject, not its object; after a noun ("supplies Apple and rivals such
        # as Y") whose rivals they are is left open
        opening = _opening_subject(document.lang, sentence)
        return opening[0] if opening and opening[0] in candidates and not rule.noun_trigger else None
    if candidates and _noun_acts(document.lang, sentence, candidates[-1], t_start):
        return None  # "X counts Y among its partners, and the company signed a deal with Z"
    if candidates and _object_joined(document.lang, sentence, candidates[-1], t_start):
        # "The model is built on the open-weight X and competes with Y": X is the first verb's
        # object; the second verb's subject is not named by a name, so nothing is read
        return None
    opening = _opening_subject(document.lang, sentence)
    if candidates and _pronoun_between(document.lang, sentence, candidates[-1], t_start):
        # "Toyota sold …, including those of its Daihatsu and Hino units, keeping it ahead of
        # rival X": the pronoun is the sentence's subject, X its rival, not the units'
        return opening[0] if opening and opening[0] in candidates else None
    if candidates and opening and _pronoun_acts(document.lang, sentence, candidates[-1], t_start):
        # "X competes with A and B, and it has leaned on a partnership with C": the pronoun's
        # clause speaks of the name opening the sentence, not of the name before it (a sentence
        # opening with a noun, "The agreement …, and it intensifies the race with C", is left
        # to the rules below)
        return opening[0] if opening[0] in candidates else None
    if candidates:
        chosen = _outside_interjection(document.lang, sentence, before, candidates, t_start)
        return _unit_for_owner(document, sentence, candidates, chosen, obj)
    if kind is not ORGANIZATION_TYPES:
        return _referred_model(document, sentence, t_start, obj) if rule.predicate == "competitorOf" else None
    if not rule.salient_subject or any(_qualifies_next(document.lang, sentence, m) for m in before):
        return None  # "SoftBank-owned Arm partners with X": Arm, a name the catalogue lacks
    if any(titles_person(document.lang, sentence, m) for m in before):
        return None  # "Former Apple CEO X now works with Y": the person acts, no company
    # the plural noun of the examples ("Autohersteller wie X") refers to no one
    if unresolved_reference(document, sentence, 0, noun_at if examples else sentence.local(t_start)):
        return None  # "Der Sportartikelhersteller kooperiert mit X" where no company is one
    if trailing is not None and trailing.type in fitting and trailing.type in rule.subject \
            and trailing.label != obj.label and not is_object(sentence, trailing, document.lang) \
            and not _observer_of(rule, trailing, obj):
        # "sei Z günstig": the clause's subject; "Rival AMD struck deals with OpenAI": OpenAI
        # is the object of another verb, and AMD the article's rival
        return trailing
    quote = _first_person_quote(document.lang, sentence, t_start)
    if quote is not None:
        # "'We see rivals such as X gaining,' said Y": the speaker's company, not the
        # company named last before the quote
        return _speaker_company(document, sentence, quote, obj)
    bid = lexicon_pattern(document.lang, "relation_cues", "bid_opening")
    if bid is not None and bid.match(sentence.text):
        # "The offer, made together with X and Y, …": the bidder's partners, and the company
        # the article is about is as often the target
        return None
    # "Kunden wie X und Industriekunden wie Y": X is no candidate, and in a text about X it
    # supplies no one here
    listed = frozenset(m.label for m in before if m.start in examples)
    main = salient(document, ISSUER_TYPES, exclude=frozenset({obj.label}) | listed)
    if main in listed:
        main = None
    # the company named last before the examples' noun, whose examples they are
    recent = document.recent(sentence, frozenset({"Company"}),
                             before=sentence.start + noun_at if examples else t_start, window=1)
    if main is not None and not _named_before(document, main, t_start):
        # "Der Konkurrent X" is the rival of a company the reader already knows: one the
        # article names only further on is not the one meant, however often it is named
        main = None
    if recent is not None and recent.label != obj.label and recent.start not in introduced \
            and not _holder_named(document, recent) and (
            main is None or recent.start >= sentence.start or _opens_sentence(document, recent)
            or _sole_subject(document, recent) or _ungoverned_subject(document, recent)):
        # a company of this sentence, or the subject of the one before; a name further
        # inside the sentence before ("signed a deal with X. Rival Y …") yields to the article's
        earlier = document.sentence_at(recent.start)
        if earlier is not None and earlier is not sentence and (
                _described_as_rival(document.lang, earlier, recent) or passing_rival(document, recent.label)):
            # "X, its largest rival, cut prices. Rival Y …": X is a rival of the company
            # "its" stands for, and Y one more rival of that company, the article's or else
            # the one "its" was read as; with neither, whose rival Y is stays open. So is a
            # rival the article brought in by its rival noun ("Der chinesische Rivale X baut aus.
            # Auch der Konkurrent Y …"): Y is one more rival of the article's company
            owner = main or _apposed_rival_owner(document, earlier, recent)
            return owner if owner not in (recent.label, obj.label) else None
        if main is not None and main != recent.label and earlier is not None and earlier is not sentence \
                and rule.noun_trigger and _brought_in_by(document, earlier, recent, main):
            # "Tencent kauft einen Anteil an X. X wird mit … bewertet. Größter Konkurrent bleibt
            # Y": X opens the sentence before only as the target of the article's company's
            # deal, so the rival without an owner is the article's company's
            return main if main != obj.label else None
        if main is None and earlier is not None and earlier is not sentence \
                and (_ends_list(document.lang, earlier, recent)
                     or relation_cues(document.lang).opening_possessive.match(sentence.text)):
            # "X competes with Y and Z. Rival W …", "X counts Y among its customers. Its
            # venture with Z …" where no company leads the article: the last item of a list,
            # or the last name before a sentence opening with "its", is not the one the rival
            # or partner is of, the sentence's opener is
            opening = _opening_subject(document.lang, earlier)
            return opening[0] if opening and opening[0].type in fitting \
                and opening[0].label != obj.label else None
        if main is None and recent.start < sentence.start and not _opens_sentence(document, recent) \
                and not _ungoverned_subject(document, recent):
            # "The purchase is AbbVie's largest since it bought Allergan. Rivals X and Y …" in
            # an article about two companies: a name inside the sentence before (the object of
            # its verb) yields to the company that opens that sentence, a contender of the
            # article's; with none opening it, the name stays the one the rivals are of
            opener = passage_subject(document, sentence, t_start)
            if opener is not None and opener != obj.label:
                return opener
            passage = _passage_company(document, sentence, obj) \
                if rule.noun_trigger and rule.predicate == "competitorOf" else None
            if passage is not None:
                # "Tesla rose 2.9% after data showed the carmaker sold more. Chinese rival BYD …":
                # the sentence before names one company only, the one it opens with and refers to
                return passage
            if earlier is not None and not rating_context(document.lang, earlier.text, earlier.cache) \
                    and any(m.type in fitting for m in _opening_subject(document.lang, earlier)):
                # "X, which supplies Y's chips, sold out. Rival Z …": a company opens the sentence
                # before, of no more weight than Y; Z rivals X or Y, which is left open (a house
                # opening a sentence that rates, "Evercore cut its target on Y", rivals no one)
                return None
        return recent
    mover = _moved_before(document, sentence, recent) \
        if rule.noun_trigger and recent is not None and recent.label != main else None
    if main is not None and mover is not None and mover.label not in (main, obj.label):
        # "Samsung climbed 3% after it began supplying Nvidia. Smaller rival SK Hynix …" in a
        # market report: the rival of the company whose share move the sentence before opens
        # with, not of a name inside it nor of the article's first company; where the name
        # inside is the article's company ("X, which owns 24% of Ferrari, slipped 1.9%. Rival
        # Porsche …"), the passage speaks of that one still
        return mover.label
    if main is None and recent is None and rule.noun_trigger and rule.predicate == "competitorOf":
        # "Im MDax brachen Lanxess ein. Der Chemiekonzern kappte die Prognose. Im Quartal sank
        # der Umsatz. Konkurrent Evonik gab im Sog nach": in a report on several companies, the
        # rival of the one company the paragraph speaks of
        return _passage_company(document, sentence, obj)
    return main


def _referred_model(document: Document, sentence: Sentence, t_start: int, obj: Mention) -> Mention | None:
    """"Xiaomi stellte MiMo-2 vor. Das Modell schneidet besser ab als Y", "DeepSeek released V4.
    It matches Y on tests": a model measured against another model, told by its noun or a
    pronoun, is the one model the sentence before names; with none there, or two, which one is
    meant is left open (a company so told is a figure's comparison, never read here)."""
    cue = lexicon_pattern(document.lang, "relation_cues", "model_reference")
    if cue is None or obj.type != "AIModel" or cue.search(sentence.text, 0, sentence.local(t_start)) is None:
        return None
    for _back, earlier in document.looking_back(sentence, 1, first=1):
        models = [m for m in earlier.mentions if m.type == "AIModel"]
        if len({m.label for m in models}) == 1 and models[0].label != obj.label:
            return models[0]
    return None


# How many sentences before a rival noun's sentence :func:`_passage_company` reads, at most
_PASSAGE_WINDOW = 4


def _brought_in_by(document: Document, earlier: Sentence, recent: Mention, main: str) -> bool:
    """Did a sentence of the paragraph before ``earlier`` (the one ``recent`` opens) open with
    the article's company ``main`` and name ``recent`` after it ("Tencent übernimmt einen
    Anteil an X. X wird … bewertet")? Then X is what the article's company acts on, a
    subject of the passage only by that deal, and no owner of a rival phrase after it; a
    company that opens a passage of its own ("Samsung climbed 3% after it began supplying
    Nvidia") was brought in by no one."""
    if earlier.index in document.paragraph_starts:
        return False
    for here in reversed(document.sentences[max(1, earlier.index - _PASSAGE_WINDOW):earlier.index]):
        opening = _opening_subject(document.lang, here)
        if opening and opening[0].label == main and any(
                m.label == recent.label and m.start > opening[0].end for m in here.mentions):
            return True
        if here.index in document.paragraph_starts:
            break
    return False


def _passage_company(document: Document, sentence: Sentence, obj: Mention) -> str | None:
    """The one company the passage before a rival phrase speaks of ("Konkurrent X gab nach",
    "Chinese rival X fell 1.4%"), where the sentence names no one else: the sentences before
    it in its paragraph (a few at most, the headline never) name no company but that one,
    and it is the subject of one of them. Houses that rate or whose analysts speak are
    no contenders of a company rival; banks are, of a bank. None where X is that company or
    a unit of it, or the sentence or passage names another company: whose rival X is,
    is then not clear (a market report moving from one company to the next)."""
    if obj.type not in ISSUER_TYPES or any(
            m.type in _COMMERCIAL and m.label != obj.label for m in sentence.mentions):
        return None
    kinds = ISSUER_TYPES if obj.type == "FinancialInstitution" else frozenset({"Company"})
    named: list[Mention] = []
    for here in reversed(document.sentences[max(1, sentence.index - _PASSAGE_WINDOW):sentence.index]):
        named += [m for m in here.mentions
                  if m.type in kinds and not credited_as_analysts(document.lang, here, m)]
        if here.index in document.paragraph_starts:
            break
    labels = {m.label for m in named}
    if len(labels) != 1 or obj.label in labels:
        return None
    label = labels.pop()
    if any(entry is not None and owner in entry.parents for entry, owner in (
            (document.catalogue.get(obj.label), label), (document.catalogue.get(label), obj.label))):
        return None  # "die Tochter X": a unit is no rival of its owner, nor the owner of its unit
    return label if any(is_subject(document, m) for m in named) else None


def _observer_of(rule: TriggerRule, subject: Mention, obj: Mention) -> bool:
    """Is ``subject``, the clause's subject after a rival noun, an institution observing the
    rival rather than one ("Beim Rivalen Puma, der 3 Prozent verlor, rechnet HSBC mit …",
    "Next to rivals such as X, Jefferies sees Y as cheap")? A bank or research house there
    forecasts or comments; it is no rival of a company outside finance."""
    return rule.predicate == "competitorOf" and subject.type == "FinancialInstitution" \
        and obj.type != "FinancialInstitution"


def _holder_named(document: Document, mention: Mention) -> bool:
    """Is the name introduced by a holder's noun ("Der Großaktionär X", "its largest shareholder
    X")? It holds shares of the article's company and is named in passing: a rival noun after
    it ("Der kleinere Wettbewerber Y") is the article's company's rival, not the holder's."""
    cue = lexicon_pattern(document.lang, "relation_cues", "holder_before")
    sentence = document.sentence_at(mention.start)
    return cue is not None and sentence is not None \
        and cue.search(sentence.text, 0, sentence.local(mention.start)) is not None


def _moved_before(document: Document, sentence: Sentence, recent: Mention | None) -> Mention | None:
    """The issuer opening the sentence before, one of a share price move, where ``recent``
    (the last company named before the rival noun) stands inside that sentence: "Samsung
    climbed 3% after it began supplying Nvidia" opens with the company the market report
    goes on of."""
    if recent is None or recent.start >= sentence.start or sentence.index == 0:
        return None
    earlier = document.sentences[sentence.index - 1]
    if not earlier.start <= recent.start < earlier.end:
        return None
    move = lexicon_pattern(document.lang, "relation_cues", "price_move")
    opening = _opening_subject(document.lang, earlier)
    if move is None or not move.search(earlier.text) or not opening \
            or opening[0].type not in ISSUER_TYPES or opening[0] is recent:
        return None
    return opening[0]


def _sole_subject(document: Document, mention: Mention) -> bool:
    """Is the mention the one issuer its sentence names, a sentence of a share price move, with
    no preposition governing it ("Im Dax fiel die Deutsche Post um 3 Prozent", "In the DAX,
    Deutsche Post fell 3%")? In a market report a rival noun in the next sentence ("Der
    US-Rivale UPS verlor") is that company's rival, as it is of one opening the sentence, not
    of the article's first company."""
    earlier = document.sentence_at(mention.start)
    move = lexicon_pattern(document.lang, "relation_cues", "price_move")
    return earlier is not None and move is not None and bool(move.search(earlier.text)) \
        and {m.label for m in earlier.mentions if m.type in ISSUER_TYPES} == {
        mention.label} and not _governed(document.lang, earlier, mention) \
        and not is_object(earlier, mention, document.lang)


def _ungoverned_subject(document: Document, mention: Mention) -> bool:
    """Is the mention the one company of its sentence that no preposition governs and no verb
    takes as its object, while the sentence names others, each governed by a preposition ("Die
    Technik für X liefert der Ausrüster Y")? Then it is the sentence's subject wherever it
    stands (a language that puts its verb second may put the subject after it), and a rival
    noun in the next sentence ("Der Konkurrent Z …") is that company's rival, not the one the
    article is about, named before it in a prepositional phrase."""
    earlier = document.sentence_at(mention.start)
    if earlier is None:
        return False
    others = [m for m in earlier.mentions if m.type in ISSUER_TYPES and m.label != mention.label]
    return bool(others) and all(_after_preposition(document.lang, earlier, m) for m in others) \
        and not _after_preposition(document.lang, earlier, mention) \
        and not is_object(earlier, mention, document.lang)


def _after_preposition(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Does a preposition stand right before the name, an article between at most, or
    govern it as :func:`_governed` reads?"""
    cue = relation_cues(lang).preposition_before
    before = sentence.text[:sentence.local(mention.start)]
    return cue is not None and cue.search(before) is not None or _governed(lang, sentence, mention)


def _ends_list(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the mention the last item of a list, a conjunction alone between it and the
    name before it ("the chips of Google and Amazon")?"""
    earlier = [m for m in sentence.mentions if m.end <= mention.start]
    if not earlier:
        return False
    gap = sentence.text[sentence.local(earlier[-1].end):sentence.local(mention.start)]
    return conjunction(lang).fullmatch(gap.strip()) is not None


def _first_person_quote(lang: str, sentence: Sentence, at: int) -> int | None:
    """Where the quotation that holds offset ``at`` closes, if the speaker speaks
    in it in the first person plural before ``at`` ("'We see rivals such as X
    gaining,' said Y", "„Wir sehen Konkurrenten wie X …“, sagte Y"); the
    opening mark may have been split off with the sentence before. None outside
    a quotation or where it tells no "we"."""
    pattern = figure_words(lang).first_person
    if pattern is None:
        return None
    text, local = sentence.text, sentence.local(at)
    marks = [m.start() for m in QUOTE_MARK.finditer(text)]
    opened = [p for p in marks if p < local]
    closing = next((p for p in marks if p >= local), None)
    if len(opened) % 2 == 1:
        start = opened[-1] + 1
    elif not opened and closing is not None:
        start = 0
    else:
        return None
    if closing is None or pattern.search(text, start, local) is None:
        return None
    return sentence.start + closing


def _quoted_we(lang: str, sentence: Sentence, candidates: list[Mention], t_start: int) -> int | None:
    """Where the quotation closes whose "we" is the subject of the trigger at ``t_start``:
    the pronoun after every candidate name, at most a few lower-case words (a modal, an
    adverb) before the trigger ("Together with B, we can compete with C"). None elsewhere."""
    we = relation_cues(lang).speaker_we
    if we is None:
        return None
    text, local = sentence.text, sentence.local(t_start)
    since = sentence.local(candidates[-1].end) if candidates else 0
    found = list(we.finditer(text, since, local))
    if not found or _VERB_GAP.fullmatch(text, found[-1].end(), local) is None:
        return None
    return _first_person_quote(lang, sentence, t_start)


# Between a subject pronoun and its verb: a modal and an adverb or two, no comma, no name.
_VERB_GAP = re.compile(r"(?:\s+[a-zäöüß][\w\-]*){0,3}\s*")


def _speaker_company(document: Document, sentence: Sentence, closing: int,
                     obj: Mention) -> Mention | str | None:
    """The company of the speaker of a quotation that closes at ``closing`` and tells a
    "we": the one company named after it ("said Intel CEO Jane Doe"), else the article's
    company; none where two are named, or a house whose analyst speaks, or where a name
    after it that the article uses for an organisation was read otherwise here ("said X
    chief executive Y" taken for one person): the speaker may be that organisation's."""
    named = _named_after_quote(sentence, closing, obj)
    if not named:
        if any(m.start > closing and m.label != obj.label
               and document.type_of(m.label) in ORGANIZATION_TYPES for m in sentence.mentions):
            return None
        return salient(document, ISSUER_TYPES, exclude=frozenset({obj.label}))
    return named[0] if len({m.label for m in named}) == 1 and named[0].type == "Company" else None


def _named_after_quote(sentence: Sentence, closing: int, obj: Mention) -> list[Mention]:
    """The organisations the sentence names after the quotation closes at ``closing``
    ("said Intel CEO Jane Doe"): the speaker's employer, if one, whose "we" the
    quotation tells."""
    return [m for m in sentence.mentions if m.start > closing and m.type in ORGANIZATION_TYPES
            and m.label != obj.label]


def _co_subjects(lang: str, sentence: Sentence, rule: TriggerRule, subject: Mention | str,
                 before: list[Mention], t_start: int) -> list[Mention]:
    """"BMW and Audi compete with Tesla", "A und B arbeiten mit C zusammen": the names joined
    to the verb's subject right before the verb share its predicate. Only for a verb (a noun's
    list, "the rivals of A and B", has its own owner), and only where the subject stands right
    before the verb, so that the list is the clause's subject and no object of another verb."""
    if rule.noun_trigger or isinstance(subject, str) or subject.end > t_start \
            or not _NEXT_GAP.fullmatch(sentence.text[sentence.local(subject.end):sentence.local(t_start)]):
        return []
    items = list_ending(lang, sentence, [m for m in before if m.end <= subject.end])
    if len(items) < 2 or items[-1] is not subject:
        return []
    gaps = [sentence.text[sentence.local(a.end):sentence.local(b.start)] for a, b in zip(items, items[1:])]
    if not conjunction(lang).search(gaps[-1]) or any(
            not conjunction(lang).search(gap) and gap.strip() != "," for gap in gaps):
        return []  # "X, den A gemeinsam mit C hält": a comma and a relative pronoun, no list
    if len(items) == 2 and "," in gaps[0]:
        return []  # "supplies Tesla, and Bosch competes with Y": a clause of its own, no pair
    return [m for m in items[:-1] if m.type in rule.subject and m.label != subject.label
            and not _governed_item(lang, sentence, m)]


def _named_before(document: Document, label: str, offset: int) -> bool:
    """Does the article name ``label`` (by its name, not a reference) before ``offset``?"""
    return any(m.label == label and m.start < offset and not m.rule.startswith("reference/")
               for sentence in document.sentences if sentence.start < offset
               for m in sentence.mentions)


@lru_cache(maxsize=4)
def _reported_noun_subject(lang: str) -> re.Pattern[str]:
    """A speech verb and a noun phrase opened by a determiner right after it ("said the model ",
    "sagte das Modell "): a reported clause whose subject is a noun of its own."""
    words = lexicon(lang)
    det = alternation(words["references"]["determiners"])
    return re.compile(rf"\s*,?\s+(?:{words['roles']['speech']})\s+(?:{det})\s+(?:[^\W\d_][\w\-]*\s+){{1,2}}")


def _reported_noun_between(lang: str, sentence: Sentence, last: Mention, t_start: int) -> bool:
    """Does a speaker named after the last candidate report a clause whose subject is a noun
    right before the trigger ("Huawei's Ascend chips … DeepSeek said the model matches Y")?
    The noun is the speaker's, not a name before the speaker, so no candidate is the subject."""
    pattern = _reported_noun_subject(lang)
    return any(pattern.fullmatch(sentence.text, sentence.local(m.end), sentence.local(t_start)) is not None
               for m in sentence.mentions if last.end <= m.start and m.end <= t_start)


def _coordinated_predicate(lang: str, sentence: Sentence, last: Mention, t_start: int) -> bool:
    """Does a conjunction alone join the trigger to a name that is no subject, one that follows
    the sentence's opening name with other words than a list's between ("X beliefert Tesla
    und konkurriert mit Y", "X supplies chips to Tesla and competes with Y")?"""
    gap = sentence.text[sentence.local(last.end):sentence.local(t_start)]
    # "X supplies sensors to Apple for its iPhone and counts Y …": a short phrase of the
    # first verb may close before the conjunction
    phrase = _object_phrase(lang)
    # "X counts Y among its partners in AI, and signed a deal with Z": a longer phrase opened
    # by a preposition, then the conjunction and the second verb, no name or pronoun of its own
    # "X beteiligt sich an Y und baut seine Zusammenarbeit mit Z aus": a possessive after the
    # second verb opens the elided subject's noun
    owned = rf"(?:{lexicon(lang)['relation_cues']['subject_possessive']})?"
    if not any(re.fullmatch(phrase + joint.pattern + owned, gap)
               for joint in (_coordinating(lang), _contrasting(lang))) \
            and not re.fullmatch(lexicon(lang)["relation_cues"]["second_verb_gap"], gap):
        return False
    opening = _opening_subject(lang, sentence)
    if not opening or opening[0] is last or opening[0].end > last.start:
        return False
    between = sentence.text[sentence.local(opening[0].end):sentence.local(last.start)]
    return not _coordinating(lang).fullmatch(between) and not re.fullmatch(r"\s*,\s*", between)


@lru_cache(maxsize=4)
def _example_list_cues(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The words that open a noun's examples with a few words (a descriptor) before the first
    name ("wie der Landtechnikkonzern ", "such as "), and a conjunction or an adverb with at most
    a verb and a few lower-case words after it ("und gewinnt ", "and serves industrial ", "neben
    … auch "): what joins a later phrase to such a list. None where the language lists no example words."""
    cues = lexicon(lang)["relation_cues"]
    if not cues.get("example_openers") or not cues.get("example_joints"):
        return None
    opened = re.compile(rf"\b(?:{cues['example_openers']})\s+(?:[\w\-]+\s+){{0,2}}?$")
    joined = re.compile(rf"\s*,?\s*(?:{cues['example_joints']})\s+(?P<words>(?:[^\W\d_][\w\-]*\s+){{0,3}})")
    return opened, joined


def _joined_examples(lang: str, sentence: Sentence, before: list[Mention], t_start: int
                     ) -> tuple[set[int], int]:
    """The starts of the names of an example list ("Anbietern wie A und B", "rivals such as A")
    that a conjunction joins to the trigger, and the local offset of the noun they are examples
    of: the list is the object of a verb or a noun before it, so none of its names acts in the
    phrase after the conjunction ("… und gewinnt Industriekunden wie C", "… and serves
    customers such as C"), which is the clause subject's. No starts where there is no such list."""
    cues = _example_list_cues(lang)
    if cues is None or not before:
        return set(), 0
    opened, joined = cues
    joint = joined.fullmatch(sentence.text, sentence.local(before[-1].end), sentence.local(t_start))
    if joint is None or not all(word[0].islower() for word in joint.group("words").split()):
        return set(), 0
    items = list_ending(lang, sentence, before)
    first = sentence.local(items[0].start)
    found = opened.search(sentence.text, max(0, first - 60), first)
    if found is None:
        return set(), 0
    noun = sentence.text.rfind(" ", 0, max(0, found.start() - 1)) + 1
    return {m.start for m in items}, noun


def _second_predicate(lang: str, sentence: Sentence, last: Mention, t_start: int) -> bool:
    """Do a conjunction, a verb and its preposition (a few lower-case words) stand between
    the name and a trigger's noun ("Y and competes with rivals", "Y und kämpft mit
    Konkurrenten")? Then the noun is governed by a second verb, not joined to the name."""
    gap = sentence.text[sentence.local(last.end):sentence.local(t_start)]
    return _verb_and_preposition(lang).fullmatch(gap) is not None


def _object_joined(lang: str, sentence: Sentence, last: Mention, t_start: int) -> bool:
    """Does a conjunction alone join the trigger to a name a preposition governs ("built on
    the open-weight X and competes with Y")? Then the name is an object, no subject of the
    verb after the conjunction."""
    gap = sentence.text[sentence.local(last.end):sentence.local(t_start)]
    return _coordinating(lang).fullmatch(gap) is not None and \
        _object_preposition(lang).search(sentence.text[:sentence.local(last.start)]) is not None


def _object_phrase(lang: str) -> str:
    """An optional preposition and up to three words with no comma, a phrase that closes
    a verb's object ("for its iPhone", "mit Chips") before a conjunction."""
    return rf"(?:\s+(?:{lexicon(lang)['relation_cues']['object_prepositions']})(?:\s+[\w\-]+){{1,3}}?)?"


@lru_cache(maxsize=4)
def _object_preposition(lang: str) -> re.Pattern[str]:
    """A lower-case preposition and up to two lower-case words (an article, an adjective)
    ending right before a name."""
    return re.compile(rf"(?<![\w\-])(?:{lexicon(lang)['relation_cues']['object_prepositions']})\s+"
                      rf"(?:[a-zäöüß][\w\-]*\s+){{0,2}}$")


@lru_cache(maxsize=4)
def _verb_and_preposition(lang: str) -> re.Pattern[str]:
    """A conjunction, one to three lower-case words ending in a verb's preposition, and up to
    two lower-case words (an article, an adjective) before a noun."""
    cues = lexicon(lang)["relation_cues"]
    return re.compile(rf"\s*,?\s*(?:{cues['conjunctions']})\s+(?:[a-zäöüß][\w\-]*\s+){{1,3}}?"
                      rf"(?:{cues['verb_prepositions']})\s+(?:[a-zäöüß][\w\-]*\s+){{0,2}}")


@lru_cache(maxsize=4)
def _contrasting(lang: str) -> re.Pattern[str]:
    """A conjunction of contrast alone ("but", "but also"); one that never matches where the
    language has none."""
    words = lexicon(lang)["relation_cues"].get("contrast") or r"(?!)"
    return re.compile(rf"\s*,?\s*(?:{words})\s+(?:[a-zäöüß]+\s+)?")


@lru_cache(maxsize=4)
def _coordinating(lang: str) -> re.Pattern[str]:
    """A conjunction alone, with at most one small word after it ("and also", "und auch")."""
    return re.compile(rf"\s*,?\s*(?:{lexicon(lang)['relation_cues']['conjunctions']})\s+(?:[a-zäöüß]+\s+)?")


def _leaves_relative(lang: str, sentence: Sentence, t_start: int, obj: Mention) -> bool:
    """Does the trigger stand in a relative clause that closes before the name? In "X,
    which Boeing agreed to buy, also supplies Airbus" (and "X, den Boeing übernehmen will,
    beliefert Airbus") the pronoun is what Boeing buys; Airbus is the main verb's object."""
    at, name = sentence.local(t_start), sentence.local(obj.start)
    # the clause's own subject named before the trigger: the pronoun is the verb's object
    # ("which agreed to deploy X chips, remains the buyer of Y": the pronoun acts, Y may be its)
    if any(c.body <= at < c.closes < name and any(c.body <= sentence.local(m.start) and m.end <= t_start
                                                  for m in sentence.mentions)
           for c in relative_clauses(lang, sentence.text)):
        return True
    # "Spirit, den Boeing übernehmen will, beliefert Airbus": the pronoun looks like an article
    verb_final = relation_cues(lang).verb_final_relative
    return verb_final is not None and any(
        c.start() < at < c.end() <= name for c in verb_final.finditer(sentence.text))


def _in_verb_final_relative(lang: str, sentence: Sentence, mention: Mention, t_start: int) -> bool:
    """Does the name stand in a German relative clause closed before the trigger? In
    "Spirit, den Boeing übernehmen will, beliefert Airbus" Boeing is no supplier."""
    verb_final = relation_cues(lang).verb_final_relative
    at, end = sentence.local(mention.start), sentence.local(t_start)
    return verb_final is not None and any(
        c.start() < at < c.end() <= end for c in verb_final.finditer(sentence.text))


def _genitive_attribute(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Does a noun and a genitive article stand right before the name ("Die Logistiktochter
    ist Hauptlieferant der Gruppe und beliefert zudem X")? The name is the noun's
    attribute, no subject of the verb after it."""
    pattern = relation_cues(lang).genitive_attribute
    return pattern is not None and pattern.search(sentence.text, 0, sentence.local(mention.start)) is not None


def _rival_bidder(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Does a verb of outbidding stand right before the name ("Novartis outbid Pfizer for a
    stake in X", "überbot den Rivalen Pfizer")? The name lost the contest: no subject of the
    stake or the purchase the sentence goes on to name."""
    pattern = relation_cues(lang).rival_bidder
    return pattern is not None and pattern.search(sentence.text, 0, sentence.local(mention.start)) is not None


@lru_cache(maxsize=4)
def _speech_then_subject(lang: str) -> re.Pattern[str]:
    """A verb of saying right after a name, maybe the word opening what was said, and a word
    after them, which the caller checks to be capitalised ("Lumora says Code 2 beats …", "… says
    that Code 2 beats …", "Mistral sagt, Medium 4 schlage …")."""
    speech = lexicon(lang)["discovery"]["roles"]["speech"]
    content = lexicon(lang)["roles"].get("content_clause")
    opening = rf"(?:(?:{content})\s+)?" if content else ""
    return re.compile(rf"\s+(?:{speech})\b[\s,:]+{opening}(?=[^\W\d_])")


def _speaks_of_other_subject(lang: str, sentence: Sentence, mention: Mention, t_start: int) -> bool:
    """Is the name the speaker of a clause whose own subject is a word we do not know ("Lumora
    says Code 2 beats OpenAI's GPT-5-Codex")? The name says it, the unknown model rivals the
    other one; the speaker is no rival of the other's maker. A clause whose subject is a name
    we know, or a pronoun, is read as ever."""
    at, end = sentence.local(mention.end), sentence.local(t_start)
    found = _speech_then_subject(lang).match(sentence.text, at, end)
    if found is None or not sentence.text[found.end()].isupper():
        return False
    start = sentence.start + found.end()
    return not any(m.start == start for m in sentence.mentions)


def _rater_commenting(document: Document, sentence: Sentence, mention: Mention, t_start: int) -> bool:
    """Is the name a house that rates a company and whose comment a comma and a verb of
    speech open before the trigger ("Morgan Stanley kept its equal-weight rating, arguing that
    competition from A and B would cap margins")? The rivals are those of the company it
    rates, never the house's own; a company speaking so keeps its rivals."""
    return mention.type in INSTITUTION and any(by == mention.label for by, _about in document.rated) \
        and comment_opens(document.lang, sentence, sentence.local(mention.end), sentence.local(t_start))


def _qualifies_next(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Does "-owned", "-backed" follow the name? In "SoftBank-owned Arm partners with X"
    the owner qualifies Arm; it is no subject of the verb."""
    return relation_cues(lang).owner_after.match(sentence.text, sentence.local(mention.end)) is not None


@lru_cache(maxsize=4)
def _unit_phrase(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A unit noun after its owner's possessive name, with up to three words of its trade
    between ("Amazon's cloud computing arm"), one joined to the name by a hyphen
    ("Siemens-Tochter"), and one before the owner with its linker ("die Cloud-Sparte von
    Amazon", "the cloud unit of Amazon")."""
    heads = alternation(lexicon(lang)["references"]["unit_heads"])
    links = lexicon(lang)["relation_cues"]["item_links"]
    return (re.compile(rf"(?:['’]s?)?\s+(?:[a-zäöüß][\w\-]*\s+){{0,3}}(?i:{heads})\b"),
            re.compile(rf"-(?:[\w]+-)*(?i:{heads})\b"),
            re.compile(rf"(?i:{heads})\s+(?:{links})\s+$"))


def _owns_unit_noun(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Does a unit noun follow the name as its owner ("Amazon's cloud arm", "Siemens-Tochter"),
    not a noun a preposition joins to it ("Vestra im Geschäft mit Lacken")?"""
    owned, joined, _ = _unit_phrase(lang)
    at = sentence.local(mention.end)
    possessive = bool(_possessive_ending(mention)) or sentence.text.startswith(("'", "’"), at)
    return bool(joined.match(sentence.text, at)) or possessive and bool(owned.match(sentence.text, at))


def _unit_for_owner(document: Document, sentence: Sentence, candidates: list[Mention],
                    chosen: Mention | None, obj: Mention) -> Mention | None:
    """The subject where the name chosen only stands for a unit of its company: a possessive
    pronoun after the unit ("Alibaba's cloud unit cut its prices to draw customers from rivals
    Tencent Cloud and Huawei Cloud"), the owner of a unit noun ("Amazon's cloud arm lured
    clients from rivals X and Y") or the owner a unit noun is linked to ("Die Cloud-Sparte von
    Alibaba … den Rivalen Tencent Cloud"). Against rivals of the same kind, units, the unit
    named or taken up rivals them, not the group; against a whole company, or where the unit is
    not known, whose rival it is, the unit's or the group's, is left open: nothing."""
    if chosen is None:
        return None
    linked = _unit_phrase(document.lang)[2]
    units = [m for m in candidates if m.end <= chosen.start and m.type == "BusinessUnit"
             and chosen.label in document.catalogue.parents_of(m.label)]
    if chosen.rule == "reference/possessive":
        unnamed = any(m.label == chosen.label and m.end <= chosen.start
                      and _owns_unit_noun(document.lang, sentence, m) for m in sentence.mentions)
        if not units and not unnamed:
            return chosen
    elif not _owns_unit_noun(document.lang, sentence, chosen) \
            and not linked.search(sentence.text, 0, sentence.local(chosen.start)):
        return chosen
    return units[-1] if units and obj.type == "BusinessUnit" else None


def _outside_interjection(lang: str, sentence: Sentence, before: list[Mention],
                          candidates: list[Mention], t_start: int) -> Mention | None:
    """The last candidate, unless it stands in a phrase set off by commas after the name
    before it: in "Porsche, eine Tochter von Volkswagen, kooperiert mit X", "Intel, Dell's
    supplier, partners with X" and "Die Commerzbank, an der Unicredit beteiligt ist,
    kooperiert mit X" the parent, customer or holder is no partner; the name the phrase
    describes is the subject (nothing where it is of another kind), also where the phrase
    ends in a list ("CFM, a joint venture of Safran and GE, supplies X"); nothing where the
    sentence opens with a name no mention covers ("Continental, a partner of Nvidia, bought X")."""
    last = candidates[-1]
    closing = _SET_OFF_END.match(sentence.text, sentence.local(last.end), sentence.local(t_start))
    if closing is None:
        return last
    # The phrase ends with the last name ("Amazon, Anthropic's largest investor, …") or with a
    # list ("CFM, a joint venture of Safran and GE, supplies X"); the last name first, so a
    # comma that sets the phrase off is not read as a list's
    listed = list_ending(lang, sentence, [m for m in before if m.end <= last.end])[0]
    for first in dict.fromkeys((last, listed)):
        earlier = [m for m in before if m.end <= first.start]
        if not earlier:
            if _unknown_head(lang, sentence.text[:sentence.local(first.start)]) \
                    and _LOWER_WORD.search(sentence.text, 0, sentence.local(first.start)):
                return None  # "Continental, ein Partner von Nvidia, kaufte X": a name we do not know acts
            continue
        head = earlier[-1]
        inside = sentence.text[sentence.local(head.end):sentence.local(first.start)]
        if inside.lstrip().startswith(",") and inside.count(",") == 1 \
                and not relation_cues(lang).joined_verb.search(inside) \
                and _LOWER_WORD.search(inside + closing.group(0)):
            return head if head in candidates else None
    return last  # "Siemens, ABB und Hitachi": a list, no phrase about the first name


def _unknown_head(lang: str, opening: str) -> bool:
    """Does ``opening`` (a sentence up to a name) begin with capitalised words and a comma that
    may be a name no mention covers, with a phrase set off after it describing it
    ("Continental, ein Partner von ")? Not where the words open with a word of the language or
    of a date ("On Tuesday, chipmaker ", "Am Dienstag, "): those set off the time, no name."""
    found = _UNKNOWN_HEAD.match(opening)
    if found is None:
        return False
    word = found.group("first")
    return word not in not_names(lang) and word.lower() not in stop_words(lang)


# A sentence opened by capitalised words and a comma: the name of a phrase set off after them
# describes that name, which no mention covers.
_UNKNOWN_HEAD = re.compile(r"\W*(?P<first>[A-ZÄÖÜ][\w.&\-]*)(?:\s+[A-ZÄÖÜ][\w.&\-]*){0,3}\s*,[^,]*$")
# After a name, the rest of a phrase set off by commas: a possessive ending and lower-case
# words (a noun, a verb-final relative's verb) up to the closing comma.
_SET_OFF_END = re.compile(r"(?:['’]s)?(?:\s+[a-zäöüß][\w\-]*)*\s*,")
# A word of two lower-case letters or more: the phrase says something, it lists no names.
_LOWER_WORD = re.compile(r"\b[a-zäöüß]{2,}")


def _relative_after(lang: str, sentence: Sentence, mention: Mention) -> RelativeClause | None:
    """The relative clause that opens right after the name ("X, which counts Y"): it speaks of it."""
    text, at = sentence.text, sentence.local(mention.end)
    while text[at:at + 1] == " ":
        at += 1
    return next((c for c in relative_clauses(lang, text) if c.opens == at), None)


def _relative_of_noun(lang: str, sentence: Sentence, mention: Mention, t_start: int) -> bool:
    """Does the trigger stand in a relative clause that opens after words following the
    name? In "X ordered more of the company's Z chip, which competes with Y" the clause
    speaks of the chip before its comma, not of X; whose rival Y is, is left open. A
    product's name with only its kind noun between ("the Z switch chip, which competes
    with Y's W") is the chip itself: the clause speaks of the name; so is a name with only
    its ticker in brackets between ("BAE Systems (BA.L), which competes with Y")."""
    at, name_end = sentence.local(t_start), sentence.local(mention.end)
    # "…, where it competes with Y": the clause has a subject of its own
    return any(name_end <= c.opens and c.body <= at < c.closes
               and sentence.text[name_end:c.opens].strip()
               and not _BRACKET_ONLY.fullmatch(sentence.text, name_end, c.opens)
               and not (mention.type in PRODUCT_TYPES
                        and _product_kind(lang).fullmatch(sentence.text, name_end, c.opens))
               and not relation_cues(lang).pronoun_next.match(sentence.text[c.body:])
               for c in relative_clauses(lang, sentence.text))


# A bracket right after a name, or the rest of the one the name stands in ("(BA.L)", ".L)"),
# up to the comma that opens a clause: the name's ticker, no noun of its own.
_BRACKET_ONLY = re.compile(r"\s*(?:\([^()]{1,20}\)|[^()\s]{0,10}\))\s*,?\s*")


@lru_cache(maxsize=4)
def _product_kind(lang: str) -> re.Pattern[str]:
    """A product's kind noun up to a comma, one lower-case word before it at most
    ("Aurora 800 switch chip,", "Li i6 SUV,"): the noun the name qualifies is the product."""
    words = lexicon(lang)["references"]
    kinds = alternation([*words["product_heads"], *words["product_kinds"]])
    return re.compile(rf"\s+(?:[a-zäöüß][\w\-]*\s+)?(?:[\w]+-)?(?:{kinds})\s*,?\s*")


def _closed_relative(lang: str, sentence: Sentence, mention: Mention, t_start: int) -> bool:
    """Is the name the noun of a relative clause that closed before the trigger, the
    trigger standing in a second verb of the main clause? In "X takes share from Y, whose
    chips lead, and faces competition from Z" the rival Z is X's, not Y's."""
    clause = _relative_after(lang, sentence, mention)
    return clause is not None and relation_cues(lang).joined_verb.search(
        sentence.text, clause.body, sentence.local(t_start)) is not None


def _described_as_rival(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the mention described as a rival of someone, right after ("X, its largest rival,")
    or in the apposition opening the sentence before it ("Its main rival, X, has …")?"""
    cue, before = lexicon_pattern(lang, "relation_cues", "apposed_rival"), lexicon_pattern(lang, "relation_cues", "apposed_rival_before")
    return cue is not None and cue.match(sentence.text, sentence.local(mention.end)) is not None \
        or before is not None and before.search(sentence.text, 0, sentence.local(mention.start)) is not None


def _opens_sentence(document: Document, mention: Mention) -> bool:
    """Is the mention the first name of its sentence, within its first words (its subject)?"""
    sentence = document.sentence_at(mention.start)
    return sentence is not None and sentence.mentions[0] is mention and len(
        sentence.text[:sentence.local(mention.start)].split()) <= 3 \
        and not compound_modifier(document.lang, sentence, mention)


def _rival_noun_opens(lang: str, rule: TriggerRule, match: re.Match[str], opening: str) -> bool:
    """Does the rival noun alone open the sentence ("Rival X rose 4% and Y added 2%",
    "Konkurrent X legte zu, Y fiel"), at most after one or two capitalised words that
    qualify it ("U.S. rival X said …, and Y's unit has been cutting prices"), none a word of
    the language ("Beim Konkurrenten X", "Gegenüber Rivale X" govern it)? The rival
    phrase is the sentence's subject, so a name in a later clause is no subject compared
    with the rival. Not a phrase of several words ("Competition from X hurt Y", "Im
    Wettbewerb mit X gewann Y"), after which the later name may be the one competing."""
    words = opening.split()
    qualifiers = all(word[0].isupper() and word.lower() not in stop_words(lang) for word in words)
    return rule.noun_trigger and len(words) <= 2 and qualifiers \
        and len(match.group(0).split()) == 1


def _trailing(lang: str, sentence: Sentence, items: list[Mention],
              after: list[Mention]) -> Mention | None:
    """The first name after a list, in the same clause and not cited: where
    nothing before the trigger names the subject, the clause names it there."""
    if not items:
        return None
    last = items[-1]
    start = last.end
    relative = _closed_after(lang, sentence, last)
    if relative is not None:
        # "mit dem Rivalen Y, der von Z übernommen wurde, liefert sich X …": the relative
        # clause about the last item is passed over; the clause's subject comes after it
        start = sentence.start + relative.closes + 1
    # "der Rivale X, der Y beliefert, legte zu": Y stands in a relative clause on X
    # "a contract with X and an engagement with Y": a name a preposition governs is no subject
    # "ist die Hamburger X": the place's adjective qualifies the name after it
    # "rivals A (AAA.N) and B (BBB.N) are due to report": an item's ticker in brackets after it
    # names the item again, no subject of a clause of its own
    listed = {m.label for m in items}
    found = next((m for m in after if m.start >= start and m.label not in listed
                  and not place_adjective(lang, sentence, m)
                  and same_clause(sentence, last.end, m.start) and not _governed(lang, sentence, m)
                  and not opens_relative(lang, sentence, sentence.text[sentence.local(last.end):
                                                                       sentence.local(m.start)], m)), None)
    if found is not None and _joined_item(lang).fullmatch(
            sentence.text[sentence.local(last.end):sentence.local(found.start)]):
        # "Zu den Kunden gehören die Werften von X und der Windturbinenbauer Y": a name a
        # conjunction joins to the list, past a descriptor, is one more item, no subject
        return None
    return found


@lru_cache(maxsize=4)
def _joined_item(lang: str) -> re.Pattern[str]:
    """A conjunction, with at most a small word (an article) and one more word (a descriptor)
    after it: what joins a further item to a list ("und der Windturbinenbauer ")."""
    return re.compile(rf"{_coordinating(lang).pattern}(?:[\w\-]+\s+)?")


def _continued_list(lang: str, sentence: Sentence, after: list[Mention], items: list[Mention],
                    trigger: str, goods: bool = False) -> list[Mention]:
    """More items after a relative clause on the last one, or after a few words
    that name no one ("at home") or none, joined by a conjunction and the trigger's own
    preposition again: "competition from X, whose sales doubled, and from Y,
    which …", "competes with X at home and with Y abroad", "konkurriert mit X und
    mit dem französischen Anbieter Y" name Y too."""
    if not items or not trigger.split():
        return []
    relative = _closed_after(lang, sentence, items[-1])
    apposed = _closed_apposition(lang).match(sentence.text, sentence.local(items[-1].end))
    if relative is not None:
        resume = relative.closes + 1
    elif apposed is not None:
        # "from X, a joint venture of A and B, and from Y": an apposition closed by a comma
        resume = apposed.end()
    else:
        words = _few_words(lang).match(sentence.text, sentence.local(items[-1].end))
        if words is None or any(sentence.local(m.start) < words.end() and m.end > items[-1].end
                                for m in sentence.mentions):
            return []
        resume = words.end()
    again = _conjunction_word(lang).match(sentence.text, resume)
    resumed = _resumed_goods(lang) if goods else None
    if resumed is not None and (other := resumed.match(sentence.text, resume)) is not None:
        again = other  # "buys accelerators from X and processors from Y": more goods, the same verb
    if again is None or again.group("word") != trigger.split()[-1]:
        return []
    start = sentence.start + again.end()
    more = list_after(lang, sentence, [m for m in after if m.start >= start], start)
    # the name right after the preposition ("and from Y", "and with Y's product") or after a
    # company noun describing it ("as well as with fellow digital lender Y"), not further on
    # ("and from customers such as Y", who are no rivals)
    first = (_maker_before(lang, sentence, more[0]) or more[0]) if more else None
    if first is None:
        return []
    gap = sentence.text[again.end():sentence.local(first.start)]
    if first.start - start > _NAME_NEXT and not _company_descriptor(lang).fullmatch(gap) \
            and not _business_of(lang).fullmatch(gap):
        return []
    if "," in again.group(0) and more and not _clause_goes_on(lang).match(
            sentence.text, sentence.local(more[-1].end)):
        # "mit X um große Aufträge, und mit Y arbeitet X zusammen": after a comma, a verb next
        # opens a clause of its own, whose verb Y is the partner of
        return []
    # "and MercadoLibre's fintech arm Y": a possessive names the owner of what is meant
    return [m for m in more if not genitive(m)]


@lru_cache(maxsize=4)
def _clause_goes_on(lang: str) -> re.Pattern[str]:
    """What may follow a resumed list's last item in the clause of the first: punctuation, the
    text's end, a preposition or a conjunction ("and with Y in cloud services", "and with Y,
    which …"), not a verb of a clause of its own."""
    cues = lexicon(lang)["relation_cues"]
    return re.compile(rf"\s*(?:[,.;:()]|$)|\s+(?:{cues['object_prepositions']}|{cues['conjunctions']})\s")


@lru_cache(maxsize=4)
def _business_of(lang: str) -> re.Pattern[str]:
    """A company's unit or its own goods named before it ("the in-house chips of "): the
    company after it is what a resumed list names, as a rival of its goods is its rival."""
    words = lexicon(lang)["relation_cues"].get("business_of")
    return re.compile(words or r"(?!)")


@lru_cache(maxsize=4)
def _closed_apposition(lang: str) -> re.Pattern[str]:
    """An apposition right after a name, opened by an article and closed by a comma
    (", a joint venture of A and B,")."""
    words = lexicon(lang)["relation_cues"].get("apposition")
    return re.compile(rf",\s*(?:{words})\s+[^,;:.()]{{1,80}}?," if words else r"(?!)")


@lru_cache(maxsize=4)
def _company_descriptor(lang: str) -> re.Pattern[str]:
    """A few words ending in a noun that describes a company ("fellow digital lender"), or an
    article and a company noun with its adjectives where nouns form compounds ("dem
    französischen Anbieter"), right before its name."""
    nouns = [noun for noun, kind in (lexicon(lang)["discovery"].get("described_nouns") or {}).items()
             if kind in ORGANIZATION_TYPES]
    described = rf"(?:[\w\-]+\s+){{0,2}}(?:{alternation(nouns)})\s+" if nouns else r"(?!)"
    articles = lexicon(lang)["relation_cues"]["articles"]
    return re.compile(rf"{described}|(?:(?:{articles})\s+)?{company_descriptor(lang)}")


def _number_right_after(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Whether a number follows the name with only a space between ("Vanguard 8%"): the
    name, listed after a verb, is then the subject of a clause that leaves the verb out."""
    end = sentence.local(mention.end)
    return any(q.start > end and not sentence.text[end:q.start].strip()
               for q in quantities_of(sentence, lang))


def _gapped_item(lang: str, sentence: Sentence, items: list[Mention], trigger: str
                 ) -> tuple[int, list[Mention]] | None:
    """An item of the list after a trigger, not the first, that the trigger's own last word
    follows again ("konkurriert mit dem Model 3, der YU7 mit dem Model Y", "competes with A in
    Europe, B with C"): the subject of a clause whose verb is left out, with the names right
    after that word as its objects, up to one the word follows once more. Its position in the
    list and those names, or None."""
    words = trigger.split()
    if len(items) < 2 or not words:
        return None
    again = re.compile(rf"\s+{re.escape(words[-1])}\s+")
    for k, item in enumerate(items[1:], 1):
        found = again.match(sentence.text, sentence.local(item.end))
        if found is None:
            continue
        start = sentence.start + found.end()
        partners = list_after(lang, sentence, [m for m in sentence.mentions if m.start >= start], start)
        # "…, Amazon in Anthropic and Google in Mistral AI": a later name the word follows
        # again opens one more such clause; it is none of these objects
        partners = partners[:next((i for i, m in enumerate(partners)
                                   if again.match(sentence.text, sentence.local(m.end))), len(partners))]
        if partners:
            return k, partners
    return None


@lru_cache(maxsize=4)
def _pair_joint(lang: str) -> re.Pattern[str]:
    """A conjunction alone between the verb's last object and the pair after it."""
    return re.compile(rf"\s+(?:{lexicon(lang)['relation_cues']['conjunctions']})\s+")


_PAIR_GAP = re.compile(r"[ \t]")  # between the pair's two names: one space, nothing else


@lru_cache(maxsize=4)
def _pair_end(lang: str) -> re.Pattern[str]:
    """The pair closes the clause, or a price follows ("Alphabet Wiz for $32 billion")."""
    price = lexicon(lang)["relation_cues"]["price_preposition"]
    return re.compile(r"\s*(?:[.;:]|,\s|$)" + (rf"|\s+(?:{price})\s" if price else ""))


def _gapped_pair(document: Document, sentence: Sentence, rule: TriggerRule, last: Mention,
                 after: list[Mention]) -> tuple[Mention, Mention] | None:
    """"Microsoft bought A and Alphabet Wiz": after a conjunction that follows the verb's
    last object, two names side by side with nothing between, closing the clause. No list
    can hold them (a list puts a comma or a conjunction between its items), so the first
    opens a clause whose verb is left out, and the second is its object. Not a possessive
    ("Alphabet's Wiz"), nor a pair the catalogue ties (a unit after its parent: one name)."""
    rest = [m for m in after if m.start >= last.end]
    if len(rest) < 2:
        return None
    first, second = rest[0], rest[1]
    text = sentence.text
    if not _pair_joint(document.lang).fullmatch(text, sentence.local(last.end), sentence.local(first.start)) \
            or not _PAIR_GAP.fullmatch(text, sentence.local(first.end), sentence.local(second.start)) \
            or not _pair_end(document.lang).match(text, sentence.local(second.end)):
        return None
    if first.type not in rule.subject or second.type not in rule.object \
            or len({first.label, second.label, last.label}) < 3 \
            or first.surface.endswith(POSSESSIVE_ENDS) \
            or first.label in document.catalogue.parents_of(second.label) \
            or second.label in document.catalogue.parents_of(first.label):
        return None
    return first, second


# What may stand between a name and the trigger right after it: a lowercase noun at most
# ("its Osram unit to"), or the quote closing the name ('"Elden Ring" developer').
_NEXT_GAP = re.compile(r"[\"”’']?(?:\s+[a-zäöüß][\w\-]*)?\s*")
# Between a name and a clause set off after it by a comma: the comma at most, after the
# bracket closing a short name or ticker given with it ("Contemporary Amperex Technology
# (CATL), Li Auto's main supplier,": the short name is the mention right before the gap).
_COMMA_GAP = re.compile(r"\)?\s*,?\s*")

# How far a name may stand after a word and still follow it at once (an article between).
_NAME_NEXT = 4


@lru_cache(maxsize=4)
def _few_words(lang: str) -> re.Pattern[str]:
    """Up to five words and no punctuation but a comma closing them, up to a conjunction ("at
    home" in "with X at home and with Y", "for large software contracts" in "with X for large
    software contracts, and with Y", none in "mit X und mit dem Anbieter Y"): what the first
    item is competed for or where, which the resumed preposition leaves behind."""
    conjunctions = lexicon(lang)["relation_cues"]["conjunctions"]
    return re.compile(rf"(?:\s+(?!(?:{conjunctions})\s)[\w\-]+){{0,5}}?(?=,?\s+(?:{conjunctions})\s)")


@lru_cache(maxsize=4)
def _resumed_goods(lang: str) -> re.Pattern[str] | None:
    """A conjunction, goods and the one word after them ("and processors from"): a supply
    list resumed with other goods of the same verb; None where the language lists no goods."""
    goods = lexicon(lang)["relation_cues"].get("resumed_goods")
    if not goods:
        return None
    conjunctions = lexicon(lang)["relation_cues"]["conjunctions"]
    return re.compile(rf"\s*(?:{conjunctions})\s+(?:{goods})\s+(?P<word>[a-zäöüß]+)\s+")


@lru_cache(maxsize=4)
def _conjunction_word(lang: str) -> re.Pattern[str]:
    """A conjunction, a comma before it at most, and the one word after it ("and from",
    ", and with")."""
    conjunctions = lexicon(lang)["relation_cues"]["conjunctions"]
    return re.compile(rf"\s*,?\s*(?:{conjunctions})\s+(?P<word>[a-zäöüß]+)\s+")


def _closed_after(lang: str, sentence: Sentence, mention: Mention) -> RelativeClause | None:
    """The relative clause right after the name, closed by a comma before the
    sentence goes on: what follows that comma is the main clause again."""
    clause = _relative_after(lang, sentence, mention)
    return clause if clause is not None and clause.closes < len(sentence.text) else None


# Organisations that trade: a rival of one of them is one of them too.
_COMMERCIAL = frozenset({"Company", "BusinessUnit", "FinancialInstitution"})


def _owned_antecedents(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"Ihr Votum für X gesenkt. Das Kursziel für die Fondstochter der Deutschen Bank …":
    a subsidiary noun with its owner in the genitive refers back to the company just named
    (in this sentence or the one before) that the catalogue gives that owner; the text
    states the link. Nothing where no such company, or more than one, was just named."""
    pattern = lexicon_pattern(document.lang, "relation_cues", "subsidiary_of_owner")
    if pattern is None or not sentence.mentions:
        return
    for owner in sentence.of_types(ISSUER_TYPES):
        found = pattern.search(sentence.text, 0, sentence.local(owner.start))
        if found is None:
            continue
        noun = sentence.start + found.start()
        named = {m.label: m for _back, here in document.looking_back(sentence, 1)
                 for m in here.mentions if m.start < noun and m.label != owner.label
                 and not m.rule.startswith("reference/")
                 and owner.label in document.catalogue.parents_of(m.label)}
        if len(named) == 1:
            yield make_relation(next(iter(named.values())), "subsidiaryOf", owner, sentence,
                                f"relations/{document.lang}/owned-antecedent")


def _possessives(document: Document, sentence: Sentence) -> Iterator[Relation]:
    lang, mentions = document.lang, sentence.mentions
    for owner, owned in zip(mentions, mentions[1:]):
        if not _is_possessor(owner, owned, sentence):
            continue
        rule = f"relations/{lang}/possessive"
        if owned.type in PRODUCT_TYPES:
            if not _made_by_another(document, owner, owned):
                yield make_relation(owner, "develops", owned, sentence, rule)
        elif owned.type == "BusinessUnit":
            yield make_relation(owned, "subsidiaryOf", owner, sentence, rule)
    for i, mention in enumerate(mentions):
        if mention.rule == "reference/possessive":
            # "seine KI-Anwendung Qwen", "das hauseigene Sprachmodell Hunyuan"
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if nxt is not None and nxt.type in PRODUCT_TYPES and nxt.start - mention.end <= 45 \
                    and same_clause(sentence, mention.end, nxt.start) \
                    and _names_the_product(lang, sentence, mention, nxt) \
                    and not _maker_named_before(document, sentence, mention, nxt) \
                    and not _subject_named_before(document, sentence, mention, nxt):
                yield make_relation(mention, "develops", nxt, sentence,
                                    f"relations/{lang}/own-product")
        if mention.rule == "reference/unit" and mention.owner:
            # "die Cloud-Sparte" was resolved as a unit of its parent: the text shows the link
            yield make_relation(mention, "subsidiaryOf", mention.owner, sentence,
                                "relations/unit-reference")
        elif mention.rule == "reference/subsidiary" and mention.owner:
            # "die Zeiss-Tochter" read as the article's company: the compound shows its parent
            yield make_relation(mention, "subsidiaryOf", mention.owner, sentence,
                                "relations/subsidiary-compound")
        elif mention.rule == "discovery/unit-cue" and mention.owner \
                and not _other_owner_named(sentence, mention):
            # "die Sparte X" of the company the passage is about
            yield make_relation(mention, "subsidiaryOf", mention.owner, sentence,
                                "relations/unit-cue")


@lru_cache(maxsize=4)
def _product_phrase(lang: str) -> re.Pattern[str] | None:
    """After an owner: up to three words and a product noun, then a comma and an
    article at most ("'s lead drug candidate, ", " first battery-only SUV, the ")."""
    table = lexicon(lang)["relation_cues"]
    if not table.get("product_nouns"):
        return None
    return re.compile(rf"^\s+(?:[\w\-]+\s+){{0,3}}?[\w\-]*?(?:{table['product_nouns']})"
                      rf"(?:\s*,\s*(?:(?:{table['apposition']})\s+)?|\s+)$")


@lru_cache(maxsize=4)
def _pronoun_at_end(lang: str) -> re.Pattern[str] | None:
    """A possessive pronoun ending a text ("… of its")."""
    pronouns = lexicon(lang)["relation_cues"].get("possessive_pronouns")
    return re.compile(rf"\b(?i:{pronouns})$") if pronouns else None


def _possessed_products(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"Corvanta's lead drug candidate, CRV-210", "Bayers Krebsmittel Nubeqa",
    "Li Auto … its first SUV, the Li i8", "Xiaomi delivered 40,000 of its SU7
    and YU7 cars": a product named right after its owner's possessive and a
    product noun (or, after a pronoun, at once) is the owner's. A pronoun's
    owner is the name that opens the sentence, and only when no other
    organisation stands between (in "X said Y sold its Z" the owner is unclear); a
    pronoun read as a name whose product the catalogue gives to another company named
    before it stays unread too (:func:`_maker_named_before`)."""
    lang = document.lang
    phrase, pronoun = _product_phrase(lang), _pronoun_at_end(lang)
    if phrase is None or pronoun is None:
        return
    text = sentence.text
    opening = _opening_subject(lang, sentence)
    for k, product in enumerate(sentence.mentions):
        if product.type not in PRODUCT_TYPES or k == 0:
            continue
        owner = sentence.mentions[k - 1]
        start = sentence.local(product.start)
        if owner.type in ORGANIZATION_TYPES and genitive(owner):
            gap = text[sentence.local(owner.end):start]
            if not phrase.match(gap) or owner.rule == "reference/possessive" \
                    and _maker_named_before(document, sentence, owner, product):
                continue
        else:
            # "its" right before the product, or before the product noun and its apposition
            before = text[:start]
            ends = [at for at in _phrase_starts(before) if phrase.match(before[at:])]
            if not opening or not any(pronoun.search(text[:at])
                                      for at in ends + [len(before.rstrip())]) or any(
                    m.type in ORGANIZATION_TYPES and m.label != opening[0].label
                    for m in sentence.mentions[:k]) or opening[0].type not in ORGANIZATION_TYPES \
                    or _other_possessor(lang, sentence, opening[0], start):
                continue
            owner = opening[0]
        items = list_after(lang, sentence, sentence.mentions[k:], product.start)
        for item in items:
            if item.type in PRODUCT_TYPES and item.label != owner.label:
                yield make_relation(owner, "develops", item, sentence,
                                    f"relations/{lang}/possessed-product")


def _other_possessor(lang: str, sentence: Sentence, opening: Mention, product_at: int) -> bool:
    """Does a word in the possessive stand between the opening name and the product ("Nvidia,
    the South Korean company's biggest customer, has booked most of its HBM4 output")? Then
    "its" may mean that other party, and the product is no one's. The opening name's own
    possessive ("Xiaomi's car unit delivered 40,000 of its SU7 cars") is no other party."""
    cue = lexicon_pattern(lang, "relation_cues", "other_possessor")
    if cue is None:
        return False
    between = sentence.text[sentence.local(opening.end):product_at]
    return cue.search(_OWN_POSSESSIVE.sub(" ", between)) is not None


_OWN_POSSESSIVE = re.compile(r"^['’]s?\s")  # the opening name's own "'s" right after it


def _phrase_starts(before: str) -> Iterator[int]:
    """Where the space before a word stands in the last 80 characters of
    ``before``: the places a product phrase may begin."""
    floor = max(0, len(before) - 80)
    for found in re.finditer(r"\s(?=\S)", before[floor:]):
        yield floor + found.start()


def _other_owner_named(sentence: Sentence, unit: Mention) -> bool:
    """Was the unit given to a company its sentence does not name, while the
    sentence names another before it ("in die Konzernleitung von X aufrücken
    und dort die neue Division Y führen")? Then whose unit it is stays open."""
    named = [m for m in sentence.mentions if m.end <= unit.start and m.type in ISSUER_TYPES]
    return bool(named) and all(m.label != unit.owner for m in sentence.mentions) \
        and not named_by_owner(unit)


def _made_by_another(document: Document, owner: Mention, product: Mention) -> bool:
    """Does the catalogue give the product to makers that are neither the possessor nor of
    its group? "Meta's H100 chips power its data centers": Meta owns chips Nvidia makes, and
    the possessive names their user, not their developer."""
    entry = document.catalogue.get(product.label)
    makers = entry.developers if entry is not None else ()
    catalogue = document.catalogue
    return bool(makers) and not any(
        maker == owner.label or owner.label in catalogue.parents_of(maker)
        or maker in catalogue.parents_of(owner.label) for maker in makers)


def _maker_named_before(document: Document, sentence: Sentence, possessive: Mention,
                        product: Mention) -> bool:
    """"AbbVie will buy X, betting on the biotech's drugs, as its top-selling drug Humira
    loses sales": the catalogue's maker of the product is another company the sentence names
    before the possessive, so which of the two "its" stands for is open, and nothing is read."""
    maker = document.catalogue.developer_of(product.label)
    return maker is not None and maker != possessive.label and any(
        m.label == maker for m in sentence.mentions if m.end <= possessive.start)


def _subject_named_before(document: Document, sentence: Sentence, possessive: Mention,
                          product: Mention) -> bool:
    """"Rival X said it had won Y as a customer for its newest Z chips": "its" was read as
    Y, a later name than the company opening the sentence, which may as well be meant (the
    supplier the sentence is about); unless the catalogue gives Y as Z's maker, nothing is read."""
    if document.catalogue.developer_of(product.label) == possessive.label:
        return False
    opener = next((m for m in sentence.mentions if not m.rule.startswith("reference/")), None)
    return opener is not None and opener.end <= possessive.start and opener.label != possessive.label \
        and opener.type in ORGANIZATION_TYPES and _opens_sentence(document, opener)


def _names_the_product(lang: str, sentence: Sentence, possessive: Mention, product: Mention) -> bool:
    """"seine KI-Anwendung Qwen", "its Gemini models": the product stands
    inside the possessive phrase or right after its head noun, not further
    on ("runs its models on Microsoft Azure")."""
    phrase = reference_patterns(lang).possessive.match(sentence.text, sentence.local(possessive.start))
    if phrase is None:
        return False
    gap = sentence.text[phrase.end():sentence.local(product.start)]
    return gap == "" or bool(_apposition_gap(lang).match(gap))


@lru_cache(maxsize=4)
def _apposition_gap(lang: str) -> re.Pattern[str]:
    """Between a possessive phrase's head noun and the product it names: a
    space, a quote, or a genitive article ("seine Modelle der Qwen-Reihe")."""
    articles = lexicon(lang)["relation_cues"]["articles"]
    return re.compile(rf"^\s*(?:(?:{articles})\s+)?[\"„“”'»«]?$")


def _reference_links(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"der ChatGPT-Entwickler OpenAI", "the Google parent", "der Mutterkonzern der Plattform
    X": the phrase names a product or unit and means its developer or parent, so it shows the
    link."""
    for mention in sentence.mentions:
        if mention.rule not in ("reference/developer", "reference/owner-named", "reference/parent-before") \
                or not mention.owner:
            continue
        rule = f"relations/{document.lang}/developer-phrase"
        if mention.rule == "reference/owner-named" \
                or document.catalogue.parent_of(mention.owner) == mention.label:
            yield make_relation(mention.owner, "subsidiaryOf", mention, sentence, rule)
        elif document.catalogue.developer_of(mention.owner) == mention.label:
            yield make_relation(mention, "develops", mention.owner, sentence, rule)


@lru_cache(maxsize=4)
def _made_for_cues(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The count before a product and the words from it to its buyer ("six A321neo jets
    for budget airline X"), if the language has them."""
    cues = lexicon(lang)["relation_cues"]
    if not cues.get("counted_before") or not cues.get("made_for"):
        return None
    return re.compile(cues["counted_before"], re.IGNORECASE), re.compile(cues["made_for"])


def _made_for(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"six A321neo jets for budget airline Wizz Air", "20 A350 freighters for Qantas":
    units of a product counted for a buyer are made for it, so the product's maker (the
    catalogue's developer, named in the article) supplies the buyer, who uses the product.
    Without a count ("A350 orders for Qantas"), a maker the article does not name, or a
    name between the product and the buyer, nothing."""
    cues = _made_for_cues(document.lang)
    if cues is None:
        return
    counted, made_for = cues
    named: set[str] | None = None  # the article's names: read only for a product before a buyer
    mentions = sentence.mentions
    for k, product in enumerate(mentions[:-1]):
        buyer = mentions[k + 1]
        entry = document.entry_of(product) if product.type in PRODUCT_TYPES else None
        if entry is None or buyer.type not in _COMMERCIAL:
            continue
        if named is None:
            named = {m.label for s in document.sentences for m in s.mentions}
        makers = [d for d in entry.developers if d in named and d != buyer.label]
        if len(makers) != 1 or not counted.search(sentence.text[:sentence.local(product.start)]) \
                or not made_for.match(sentence.text[sentence.local(product.end):sentence.local(buyer.start)]):
            continue
        rule = f"relations/{document.lang}/made-for"
        yield make_relation(makers[0], "supplierOf", buyer, sentence, rule)
        yield make_relation(buyer, "uses", product, sentence, rule)


@lru_cache(maxsize=4)
def _supplied_for_cues(lang: str) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """The words from a supplier to the product its goods go into ("supplies the engines for
    the"), and where the language puts the verb before the supplier ("liefert X das Radar für
    den"), the verb that ends the text before it; None where the language has no such words."""
    cues = lexicon(lang)["relation_cues"]
    if not cues.get("supplied_for"):
        return None
    before = cues.get("supplier_verb_before")
    return re.compile(cues["supplied_for"]), re.compile(before) if before else None


def _supplied_for_product(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"Rolls-Royce supplies the engines for the A350", "X liefert die Batteriezellen für den
    ID.3": goods supplied for a product go to the product's maker, the catalogue's developer
    named in the article, which is the supplier's customer. Not where the supplier is that maker
    or one of its units, another organisation stands between, the supply is only planned,
    tested or lost (no indicative verb right after the supplier), or the sentence tells of a
    deal talked of or ended."""
    cues = _supplied_for_cues(document.lang)
    if cues is None:
        return
    gap_cue, verb_before = cues
    mentions = sentence.mentions
    named: set[str] | None = None
    for k, supplier in enumerate(mentions[:-1]):
        if supplier.type not in _COMMERCIAL:
            continue
        inverted = verb_before is not None \
            and verb_before.search(sentence.text[:sentence.local(supplier.start)]) is not None
        for product in mentions[k + 1:]:
            if product.type not in PRODUCT_TYPES:
                break  # "supplies BMW the cells for the iX": the name between is the customer
            match = gap_cue.fullmatch(sentence.text[sentence.local(supplier.end):sentence.local(product.start)])
            if match is None or (match.group("verb") is None) != inverted:
                continue
            maker = document.catalogue.developer_of(product.label)
            if maker is None or maker in (supplier.label, document.catalogue.parent_of(supplier.label)):
                break
            if named is None:
                named = {m.label for s in document.sentences for m in s.mentions}
            if maker in named and not _unreal(document, sentence):
                yield make_relation(supplier, "supplierOf", maker, sentence,
                                    f"relations/{document.lang}/supplied-for-product")
            break


def _catalogue_links(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """A unit and its parent, or a model and its developer, in one sentence:
    the text shows them together and the catalogue says how they relate. Where the
    text names the product's maker itself ("AWS …, using Amazon's Trainium2 chips"),
    that maker is read, not another developer the catalogue knows."""
    labels = {m.label: m for m in sentence.mentions}
    for mention in labels.values():
        entry = document.entry_of(mention)
        if entry is None:
            continue
        for parent in entry.parents:
            if parent in labels:
                yield make_relation(mention, "subsidiaryOf", labels[parent], sentence,
                                    "relations/catalogue-link")
        owner = _named_grandparent(document, entry.parents, labels)
        if owner is not None:
            # "Alphabet, whose Google Cloud revenue grew": the group over the unit's parent,
            # which the sentence does not name
            yield make_relation(mention, "subsidiaryOf", labels[owner], sentence,
                                "relations/catalogue-link")
        maker = _maker_before(document.lang, sentence, mention)
        for developer in entry.developers:
            if developer in labels and (maker is None or maker.label == developer):
                yield make_relation(labels[developer], "develops", mention, sentence,
                                    "relations/catalogue-link")


def _named_grandparent(document: Document, parents: tuple[str, ...],
                       labels: dict[str, Mention]) -> str | None:
    """The one parent of the catalogue's parents of a unit that the sentence names, where it
    names none of those parents themselves: the unit belongs to that group too."""
    if any(parent in labels for parent in parents):
        return None
    found = {grand for parent in parents for grand in document.catalogue.parents_of(parent)
             if grand in labels}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4)
def _seated_after(lang: str) -> re.Pattern[str]:
    """Words after a place that make it the seat of the organisation that follows."""
    return re.compile(rf"^\s+(?:{lexicon(lang)['places']['seated_after']})\b")


def places(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """locatedIn (seat, event venue) and listedOn (trading venue)."""
    lang = document.lang
    cues = relation_cues(lang)
    text = sentence.text
    for place in sentence.of_types({"Place"}):
        before = text[:sentence.local(place.start)]
        after = text[sentence.local(place.end):]
        subject: Mention | str | None = None
        seated = _seated_after(lang).match(after)
        city_shares = _venue_patterns(lang).city_shares
        demonym = bool(cues.demonym) and place.surface.endswith(cues.demonym) \
            and not place.label.endswith(cues.demonym) \
            and not (city_shares is not None and city_shares.match(after))  # "Hongkonger Aktien"
        if _region_of_unknown_city(lang, sentence, place):
            continue
        region = _region_of(lang, sentence, place)
        unnamed = _unknown_region_end(lang, sentence, place) if region is None else None
        if seated or cues.based_after.match(after) or demonym or region is not None \
                or unnamed is not None:
            # "the Redmond-based group", "der Walldorfer Softwarekonzern",
            # "die in Shanghai ansässige X", "the Santa Clara, California-based X"; not a
            # place adjective used as a noun ("die Walldorfer vertiefen die Zusammenarbeit mit
            # X"): no noun follows it, and the name further on is not the one seated there
            nxt = None if demonym and not _NOUN_NEXT.match(after) \
                else _next_of(sentence, place, ORGANIZATION_TYPES)
            last = place if region is None else region
            last_end = last.end if unnamed is None else unnamed
            # "dem Darmstädter Pharma- und Technologiekonzern X": the compound's first half is no gap
            halves = after_truncated(lang, text, sentence.local(last.end) + 1) - sentence.local(last.end) - 1 \
                if demonym else 0
            if nxt is not None and nxt.rule not in ("gazetteer/ticker", "gazetteer/exchange-code") \
                    and (nxt.start - last_end - halves <= (60 if seated else 30)
                         or _TRADE_GAP.fullmatch(text, sentence.local(last_end), sentence.local(nxt.start))) \
                    and (seated or "," not in text[sentence.local(last_end):sentence.local(nxt.start)]) \
                    and (not demonym or _adjective_of(lang, sentence, place, nxt, halves)) \
                    and not _unknown_group_after(document, sentence, place, after) \
                    and not _object_preposition(lang).search(text, sentence.local(last_end), sentence.local(nxt.start)) \
                    and (nxt.rule.startswith("reference/") or not _apposed_to_name(lang, sentence, place)):
                # ("a Boston-based adviser, bought X": the compound's noun is another's; "a
                # Leeds-based supplier to X", "der Münchner Zulieferer von X": a preposition
                # makes X the noun's object, and the seat is the noun's, not X's)
                subject = nxt
                if not nxt.rule.startswith("reference/") and _city_seat_elsewhere(document, nxt.label, place.label):
                    # "der Berliner Bestandshalter Vonovia" of a company the catalogue seats in
                    # Bochum: the seat word contradicts what is known, no seat is read
                    continue
                if nxt.rule.startswith("reference/"):
                    # "des Wolfsburger Konzerns", "the Boise, Idaho-based company": the seat says
                    # which company the phrase means, whatever name the reference was resolved to
                    # of a town the catalogue does not know, the region says where it lies
                    # ("the North Chicago, Illinois-based company")
                    where = place.label if region is None \
                        or document.catalogue.get(place.label) is not None else region.label
                    subject = _seat_of_reference(document, sentence, nxt, place.label, where)
            elif not seated and not demonym and (apposed := _apposed_owner(lang, sentence, place, last)) is not None:
                # "Corvanta, a Boston-based developer": the apposition's organisation
                subject = apposed
            elif not seated and not demonym and _company_head(lang).match(
                    noun := cues.based_after.sub("", text[sentence.local(last_end):], count=1)):
                # "The Boise, Idaho-based company" with no name: the article's company seated there
                subject = _seated_company(document, sentence, place.label) or _salient_seat(
                    document, sentence, place.label, _first_word(noun))
            elif demonym and _demonym_noun(lang, before, after):
                # "das Management der Stuttgarter": the one company named so far that the
                # catalogue seats there; not the article's company of a seat not known ("die
                # Kölner" in a text on a Hamburg firm: another firm, or the city's people), nor
                # where it seats the company elsewhere ("belassen die Stuttgarter das Kursziel
                # für X": the analysts of a house from there)
                subject = _seated_company(document, sentence, place.label)
            elif demonym and (lead := _colon_adjective_lead(lang, sentence, place)) is not None:
                # "Baltic AG: Der Rostocker Dienstleister wartet …": the name before the colon
                subject = lead
            elif demonym and (_company_head(lang).match(after)
                              or singular_adjective_head(lang, text, sentence.local(place.start))) \
                    and not _unknown_group_after(document, sentence, place, after) \
                    and not _unknown_name_after_head(lang, sentence, place, after):
                # "der Wolfsburger Konzern", "der Frankfurter Börsenbetreiber" (a noun alike in
                # the plural, made singular by its article) with no name: the article's
                # company seated there
                subject = _seated_company(document, sentence, place.label) or _salient_seat(
                    document, sentence, place.label, _first_word(after))
            if subject is None and not seated and not demonym:
                # "Acme fell 8% after the Berlin-based group said": the clause's subject speaks
                subject = _speaking_subject(document, sentence, place, last_end)
        elif (apposed := _city_attribute_owner(document, sentence, place, after)) is not None:
            # "Moonshot AI, the Beijing startup behind Kimi": the city names the seat of the
            # company the apposition's noun describes
            subject = apposed
        elif cues.seat_before.search(before) and not cues.traded_after.match(after):
            subject = _previous_of(sentence, place, ORGANIZATION_TYPES, gap=60)
            if subject is not None and (not _seat_attaches(lang, sentence, subject, place)
                                        or _site_of(lang, sentence, subject, place)):
                subject = None
            if subject is not None and subject.rule.startswith("reference/") \
                    and (announced := _announced_from(document, sentence, place, before, after)) is not None:
                # "…, teilte das Unternehmen mit Sitz in Taufkirchen am Montag mit": the company
                # noun of an announcement is the one speaking, not the name the noun was read as
                subject = announced
            if subject is not None and not isinstance(subject, str) and subject.rule.startswith("reference/") \
                    and not _may_sit_in_city(document, subject.label, place.label):
                # "Der Turbinenspezialist aus Bielefeld" resolved to a company the catalogue
                # seats elsewhere: the noun means another company
                subject = None
            if subject is None and (opening := _opening_descriptor(lang)) is not None \
                    and opening.match(before):
                # "Der Getriebespezialist aus Bielefeld sammelt Aufträge": the sentence's subject
                # is a company noun, no name; the article's company, if none sits elsewhere
                subject = _seated_company(document, sentence, place.label) or _salient_seat(
                    document, sentence, place.label, before)
            if subject is None:
                subject = _colon_lead(lang, sentence, place)
        elif _seat_opening(lang).match(before):
            # "Headquartered in San Jose, California, Acme has …": the seat cue opens the
            # sentence, whose subject follows the place
            subject = _fronted_subject(sentence, place)
        elif cues.event_before.search(before):
            subject = _previous_of(sentence, place, frozenset({"Event"}), gap=25)
        if subject is None:
            subject = _announced_from(document, sentence, place, before, after)
        if subject is not None:
            yield make_relation(subject, "locatedIn", place, sentence, f"relations/{lang}/place")
    yield from _seats_of(document, sentence)
    yield from _unit_seats(document, sentence)
    yield from _seats_where(document, sentence)
    yield from _listings(document, sentence)
    yield from _memberships(document, sentence)
    yield from _coordinated_members(document, sentence)
    yield from _members_back(document, sentence)
    yield from _participations(document, sentence)


@lru_cache(maxsize=16)
def _cue_pair(lang: str, table: str, first: str, second: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Two patterns of a lexicon table that a rule reads around a name (before and after it);
    None where the language lacks the first. A missing second matches anything."""
    words = lexicon(lang)[table]
    if not words.get(first):
        return None
    return re.compile(words[first]), re.compile(words.get(second) or "")


def _seats_where(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"… will be headquartered in Chicago, where Oakhurst is based": a place followed by a
    relative clause of place whose subject, the organisation named right after its opening, is
    seated there. Not a possessive's unit ("where Oakhurst's unit is based"), another verb
    ("where Oakhurst is building a plant"), nor a company the catalogue seats elsewhere."""
    cues = _cue_pair(document.lang, "places", "seat_where", "seat_where_after")
    for organisation, place in _adjacent_seats(document, sentence, cues, place_first=True):
        yield make_relation(organisation, "locatedIn", place, sentence, f"relations/{document.lang}/seat-where")


def _seats_of(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"a rival of Grundfos and KSB of Frankenthal": an organisation's name right before "of"
    and a city of the city list that closes the phrase names the organisation's seat. Not a
    reference ("the company of …"), a country ("Volkswagen of America" tells a market), a place
    whose name goes on, nor a city the catalogue does not leave the organisation (a plant's town)."""
    cues = _cue_pair(document.lang, "places", "seat_of", "seat_of_close")
    for organisation, place in _adjacent_seats(document, sentence, cues, place_first=False):
        if not organisation.rule.startswith("reference/") and place.label in city_names():
            yield make_relation(organisation, "locatedIn", place, sentence, f"relations/{document.lang}/seat-of")


def _unit_seats(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"die Tochtergesellschaft X GmbH in Friedrichshafen soll …", "its ship management unit,
    X AS in Oslo, agreed …": a subsidiary or joint venture its noun introduces, then "in" and a
    place that closes the phrase, sits there: the unit is named where it is. Not a reference,
    nor a place the catalogue does not leave the unit (a plant's town of a known company)."""
    before = lexicon_pattern(document.lang, "places", "unit_seat_before")
    cues = _cue_pair(document.lang, "places", "unit_seat", "unit_seat_close")
    if before is None:
        return
    for organisation, place in _adjacent_seats(document, sentence, cues, place_first=False):
        if not organisation.rule.startswith("reference/") \
                and before.search(sentence.text, 0, sentence.local(organisation.start)):
            yield make_relation(organisation, "locatedIn", place, sentence, f"relations/{document.lang}/unit-seat")


def _adjacent_seats(document: Document, sentence: Sentence,
                    cues: tuple[re.Pattern[str], re.Pattern[str]] | None,
                    place_first: bool) -> Iterator[tuple[Mention, Mention]]:
    """(organisation, place) of two names next to each other (the place first or second) with
    the first cue filling the gap between them and the second matching right after the latter,
    where the catalogue leaves the organisation room to sit in the place."""
    if cues is None:
        return
    gap, after = cues
    text, mentions = sentence.text, sentence.mentions
    for first, second in zip(mentions, mentions[1:]):
        place, organisation = (first, second) if place_first else (second, first)
        if place.type == "Place" and organisation.type in ORGANIZATION_TYPES \
                and gap.fullmatch(text, sentence.local(first.end), sentence.local(second.start)) \
                and after.match(text, sentence.local(second.end)) \
                and _may_sit_in_city(document, organisation.label, place.label):
            yield organisation, place


@lru_cache(maxsize=4)
def _speaker_seat(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """The words before a speaking seat compound's place (", the ", "after the "); after its
    last place, the ending, a company noun and a verb of speech ("-based group said"); and the
    gap that joins two names into a pair (", ", " and ")."""
    table = lexicon(lang)["places"]
    if not table.get("speaker_seat_before"):
        return None
    heads = "|".join(re.escape(h) for h in lexicon(lang)["references"]["company_heads"])
    cues = lexicon(lang)["relation_cues"]
    return re.compile(table["speaker_seat_before"]), re.compile(
        rf"-(?:{cues['based_after']})\s+(?i:{heads}|{table['speaker_seat_nouns']})\s+(?:{cues['list_speech']})\b"
    ), re.compile(rf"\s*(?:,|{cues['conjunctions']})\s*")


def _speaking_subject(document: Document, sentence: Sentence, place: Mention,
                      last_end: int) -> Mention | None:
    """The organisation that opens the sentence, where a seat compound's phrase speaks at the
    end of its clause ("Acme swung to a loss as rivals cut prices, the Beijing-based company
    said", "Acme fell 8% after the Berlin-based group said"): a reporting clause names the
    main clause's subject, whichever name the phrase was resolved to. None where the opener
    is no name at the sentence's start, a possessive ("Acme's rival X …") or one of a pair
    ("Acme and X agreed …"); where the catalogue seats it elsewhere; where another
    organisation of the sentence, and not the opener, is catalogued in the place; or where one
    that may sit there stands right before the phrase ("… to X, the Boston-based biotech said":
    X may speak)."""
    patterns = _speaker_seat(document.lang)
    organisations = [m for m in sentence.mentions if m.type in ORGANIZATION_TYPES]
    if patterns is None or not organisations:
        return None
    before, after, pair = patterns
    text = sentence.text
    opener = organisations[0]
    if not before.search(text, 0, sentence.local(place.start)) \
            or not after.match(text, sentence.local(last_end)) \
            or opener is not sentence.mentions[0] or opener.rule.startswith("reference/") \
            or text[:sentence.local(opener.start)].strip(" \"'“„") \
            or text.startswith(POSSESSIVE_ENDS, sentence.local(opener.end)) \
            or not _may_sit_in_city(document, opener.label, place.label):
        return None
    others = [m for m in organisations[1:] if m.label != opener.label and m.start < place.start]
    if others and pair.fullmatch(text, sentence.local(opener.end), sentence.local(others[0].start)):
        return None  # a pair of subjects
    seated = set(_seated_so_far(document, sentence, place.label))
    if opener.label not in seated and any(m.label in seated for m in others):
        return None  # the catalogue seats another name of the sentence there, not the opener
    last = others[-1] if others else None
    if last is not None and text[sentence.local(last.end):sentence.local(place.start)].startswith(",") \
            and _may_sit_in_city(document, last.label, place.label):
        return None
    return opener


@dataclass(frozen=True)
class _ReportPatterns:
    before: re.Pattern[str]  # "wie der Konzern am Mittwoch in", "teilte Acme in": who announced
    after: re.Pattern[str]  # "mitteilte", "am Freitag mit.": the announcement closes after the place


@lru_cache(maxsize=4)
def _report_patterns(lang: str) -> _ReportPatterns | None:
    table = lexicon(lang)["places"]
    if not table.get("report_opening"):
        return None
    articles = lexicon(lang)["relation_cues"]["articles"]
    # the announcer is a name or an article and one noun, then the words before the place
    return _ReportPatterns(
        before=re.compile(rf"\b(?:{table['report_opening']})\s+(?P<who>(?:{articles})\s+[\w\-]+"
                          r"|[A-ZÄÖÜ][\w.&\-]*(?:\s+[A-ZÄÖÜ][\w.&\-]*){0,3})"
                          rf"\s+(?:{table['report_gap']})\s+$"),
        after=re.compile(rf"^\s+(?:{table.get('report_near') or '(?!)'})?(?:{table.get('report_day') or '(?!)'})?"
                         rf"(?:{table['report_after']})"))


def _announced_from(document: Document, sentence: Sentence, place: Mention, before: str,
                    after: str) -> Mention | str | None:
    """"wie der Dax-Konzern am Mittwoch in Essen mitteilte", "teilte Acme am
    Montag in Herzogenrath mit", "teilte der Dax-Konzern aus Köln am Freitag mit": a
    company announces from its seat. The
    announcer is the organisation named there, or, for a company noun, the
    article's company; none the catalogue seats elsewhere."""
    pats = _report_patterns(document.lang)
    if pats is None or not pats.after.match(after):
        return None
    found = pats.before.search(before)
    if found is None:
        return None
    start, end = sentence.start + found.start("who"), sentence.start + found.end("who")
    named = [m for m in sentence.mentions if m.type in ORGANIZATION_TYPES
             and start <= m.start and m.end <= end and not m.rule.startswith("reference/")]
    subject: Mention | str | None = None
    if named:
        subject = named[-1]
    elif _company_head(document.lang).match(" " + found.group("who").split()[-1]):
        subject = salient(document, ISSUER_TYPES)
    if subject is None:
        return None
    label = subject if isinstance(subject, str) else subject.label
    return subject if _may_sit_in_city(document, label, place.label) else None


def _may_sit_in_city(document: Document, label: str, place: str) -> bool:
    """Does the catalogue leave room for ``label`` to sit in ``place``: it
    seats it there, or knows no seat finer than a country (a place the
    catalogue puts nowhere), and none that the place lies outside of?"""
    entry = document.catalogue.get(label)
    if entry is None or not entry.located_in or place in entry.located_in:
        return True
    seats = [document.catalogue.get(seat) for seat in entry.located_in]
    if any(seat is not None and place in seat.located_in for seat in seats):
        return True  # the country of its city seat
    where = document.catalogue.get(place)
    if where is not None and place not in _company_seats(document.catalogue) and any(
            seat is not None and seat.located_in and seat.label in where.located_in for seat in seats):
        # a town the catalogue puts in its seat city's district ("aus Neubiberg", Munich); not
        # one it seats another company in ("aus Pullach" of a company seated in Munich): the
        # noun may mean that one
        return True
    if any(seat is None or seat.located_in for seat in seats):
        return False  # a city seat elsewhere
    return where is None or not where.located_in or any(
        country in entry.located_in for country in _around(document, place))


def _city_seat_elsewhere(document: Document, label: str, place: str) -> bool:
    """Does the catalogue seat ``label`` in a city that leaves it no room to sit in ``place``
    ("Vonovia", seated in Bochum, for Berlin)? A seat known only as a country says too little
    to contradict a city ("der Münchner Konkurrent X" of a group seated in the Netherlands may
    mean its German arm)."""
    entry = document.catalogue.get(label)
    countries = _countries(document.catalogue)
    return entry is not None and any(seat not in countries for seat in entry.located_in) \
        and not _may_sit_in_city(document, label, place)


@per_catalogue
def _countries(catalogue: Catalogue) -> frozenset[str]:
    """The places that hold other places and lie in none: the countries (a city the
    catalogue puts in no country holds no place either)."""
    holders = {holder for entry in catalogue.entries.values() if entry.type == "Place"
               for holder in entry.located_in}
    return frozenset(label for label in holders
                     if (entry := catalogue.get(label)) is not None and not entry.located_in)


@per_catalogue
def _company_seats(catalogue: Catalogue) -> frozenset[str]:
    """The places the catalogue seats some organisation in."""
    return frozenset(seat for entry in catalogue.entries.values() if entry.type in ISSUER_TYPES
                     for seat in entry.located_in)


def _around(document: Document, place: str) -> set[str]:
    """The places the catalogue puts ``place`` in, and those they lie in, up to the
    country ("San Francisco" lies in California, which lies in the United States)."""
    found: set[str] = set()
    todo = [place]
    while todo:
        entry = document.catalogue.get(todo.pop())
        for outer in entry.located_in if entry is not None else ():
            if outer not in found:
                found.add(outer)
                todo.append(outer)
    return found


def _apposed_owner(lang: str, sentence: Sentence, place: Mention, last: Mention) -> Mention | None:
    """The organisation whose apposition the seat compound opens ("Corvanta,
    a Boston-based developer", "Ledgerline, a Chicago-based platform"). Not
    where a speech verb follows the compound's noun ("… to Novartis, the
    Boston-based biotech said"): the phrase names the speaker, not the name
    before the comma. ``last`` is the place the compound follows: ``place`` or
    the region after it ("Cambridge, Massachusetts-based")."""
    owner = _previous_of(sentence, place, ORGANIZATION_TYPES, gap=12)
    if owner is None:
        return None
    cues = relation_cues(lang)
    gap = sentence.text[sentence.local(owner.end):sentence.local(place.start)]
    rest = cues.based_after.sub("", sentence.text[sentence.local(last.end):], count=1)
    noun = _NOUN_WORD.match(rest)
    if noun is not None and cues.speaker_after.match(rest, noun.end()):
        return None
    return owner if "," in gap and cues.apposed.match(gap) else None


# A seat compound's ending and up to three words of the trade and its noun before the name,
# in lower case or acronyms ("-based artificial intelligence startup ", "-based AI chip
# designer "): however long, nothing but the name's description stands between.
_TRADE_GAP = re.compile(r"-[a-z]+\s+(?:(?:[a-z][\w\-]*|[A-Z]{2,3})\s+){1,3}")
# The word right after a seat compound: its noun ("-based biotech").
_NOUN_WORD = re.compile(r"\s*[\w\-]+")
# A possessive ending right after a noun: "the Paris firm's rival" is another company.
_POSSESSIVE_NEXT = re.compile(r"['’]")


def _city_attribute_owner(document: Document, sentence: Sentence, place: Mention,
                          after: str) -> Mention | None:
    """The organisation of an apposition that a city opens as the attribute of a company
    noun, one word between at most ("Moonshot AI, the Beijing startup behind Kimi", "Acme, a
    Boston biotech company"): the city is its seat. Not a country ("Foxconn, the Taiwan
    group" says where it works as well), nor a noun in the possessive ("X, the Paris firm's
    rival"), nor a company the catalogue seats in another city."""
    head = _company_head(document.lang)
    noun, rest = head.match(after), after
    if noun is None and (word := _NOUN_WORD.match(after)) is not None:
        rest = after[word.end():]
        noun = head.match(rest)
    if noun is None or _POSSESSIVE_NEXT.match(rest, noun.end()) \
            or place.label in _countries(document.catalogue):
        return None
    owner = _apposed_owner(document.lang, sentence, place, place)
    if owner is None or _city_seat_elsewhere(document, owner.label, place.label):
        return None
    return owner


def _apposed_to_name(lang: str, sentence: Sentence, place: Mention) -> bool:
    """Does the seat compound open an apposition to a name before it ("FirstBank, the
    Denver-based lender PNC agreed to buy")? The seat is that name's, and the name after the
    compound's noun begins a clause of its own. A place before the comma is no such name
    ("rose in Texas, the Dallas-based lender X said")."""
    before = sentence.text[:sentence.local(place.start)]
    match = _apposition_opening(lang).search(before)
    if match is None:
        return False
    word_end = sentence.start + match.end("name")
    return not any(m.start < word_end <= m.end and m.type == "Place" for m in sentence.mentions)


@lru_cache(maxsize=4)
def _apposition_opening(lang: str) -> re.Pattern[str]:
    """A capitalised word, a comma and an apposition's article, with up to two words after it."""
    articles = lexicon(lang)["relation_cues"]["apposition"]
    return re.compile(rf"(?P<name>[A-ZÄÖÜ][\w.&\-]*)\s*,\s*(?:{articles})\s+(?:[\w\-]+\s+){{0,2}}$")


def _region_of(lang: str, sentence: Sentence, place: Mention) -> Mention | None:
    """The region that qualifies a city in a seat compound ("Santa Clara,
    California-based"): the place right after the city and a comma, itself
    followed by a seat ending; None otherwise. The city is the seat too."""
    region = _next_of(sentence, place, frozenset({"Place"}))
    if region is None or sentence.text[sentence.local(place.end):sentence.local(region.start)] != ", ":
        return None
    after = sentence.text[sentence.local(region.end):]
    return region if relation_cues(lang).based_after.match(after) else None


_REGION_WORDS = re.compile(r",\s(?:[A-ZÄÖÜ]\w*\s)?[A-ZÄÖÜ]\w*")  # ", England", ", New Jersey"


@lru_cache(maxsize=4)
def _unknown_city_opening(lang: str) -> re.Pattern[str]:
    """An article, one or two capitalised words and a comma, ending where a region stands:
    "The Purchase, " of "The Purchase, New York-based company"."""
    articles = lexicon(lang)["relation_cues"]["apposition"]
    return re.compile(rf"(?<![\w\-])(?i:{articles})\s+(?P<city>[A-ZÄÖÜ][\w\-]*(?:\s[A-ZÄÖÜ][\w\-]*)?),\s$")


def _region_of_unknown_city(lang: str, sentence: Sentence, place: Mention) -> bool:
    """Whether ``place`` is the region of a city the catalogue does not know in a seat
    compound ("The Purchase, New York-based company"): the seat is that city, not the
    region, and no seat is read. A city found as a place ("the Austin, Texas-based …")
    is a mention; a name before the comma without an article is an apposition's ("Acme,
    a New York-based …" has the article after the comma) or a sentence's opening word
    ("On Tuesday, New York-based Acme said")."""
    found = _unknown_city_opening(lang).search(sentence.text, 0, sentence.local(place.start))
    if found is None or not relation_cues(lang).based_after.match(sentence.text[sentence.local(place.end):]):
        return False
    start = sentence.start + found.start("city")
    return not any(m.start < sentence.start + found.end("city") and m.end > start for m in sentence.mentions)


def _unknown_region_end(lang: str, sentence: Sentence, place: Mention) -> int | None:
    """Where a region the catalogue does not know ends that qualifies a city in a seat
    compound ("the Cambridge, England-based drugmaker"): one or two capitalised words
    after the city and a comma, then the seat ending; the city is the seat. None
    otherwise."""
    found = _REGION_WORDS.match(sentence.text, sentence.local(place.end))
    if found is None or not relation_cues(lang).based_after.match(sentence.text[found.end():]):
        return None
    return sentence.start + found.end()


def _seat_attaches(lang: str, sentence: Sentence, organisation: Mention, place: Mention) -> bool:
    """"Der Konzern aus Stuttgart", "ADNOC, der Ölkonzern aus Abu Dhabi":
    a weak seat word ("aus") names the seat only right after the organisation
    or its apposition; "Rückenwind aus China" says where the wind blows from.
    A strong one ("mit Sitz in", "based in") names it wherever it stands."""
    cues = relation_cues(lang)
    if cues.seat_from is None:
        return True
    gap = sentence.text[sentence.local(organisation.end):sentence.local(place.start)]
    if not cues.seat_from_end.search(gap):
        return True
    # a company noun standing for a name ("Hensoldt, der Spezialist") may be followed by the
    # phrase of what the company makes ("… für Radar und Optronik aus Taufkirchen"), never a
    # name itself ("fertigt Rheinmetall für Kunden aus Osteuropa"); a name inside the
    # apposition ("der Partner von Airbus aus Toulouse") is the one seated
    phrase = cues.seat_from_phrase is not None and organisation.rule.startswith("reference/") \
        and cues.seat_from_phrase.match(gap) is not None and not any(
            organisation.end <= m.start and m.end <= place.start for m in sentence.mentions)
    return phrase or bool(cues.seat_from.match(gap))


@lru_cache(maxsize=4)
def _site_nouns(lang: str) -> re.Pattern[str] | None:
    words = lexicon(lang)["places"].get("site_nouns")
    return re.compile(rf"^\s*(?:[\w\-]+\s+){{0,2}}?(?:{words})\b") if words else None


def _site_of(lang: str, sentence: Sentence, organisation: Mention, place: Mention) -> bool:
    """"Volkswagen's plant in Zwickau is based in Saxony": the name in the
    genitive owns a site or unit, and the seat word after it is the site's."""
    nouns = _site_nouns(lang)
    if nouns is None:
        return False
    gap = sentence.text[sentence.local(organisation.end):sentence.local(place.start)]
    possessive = next((end for end in POSSESSIVE_ENDS if gap.startswith(end)), "")
    return (genitive(organisation) or bool(possessive)) and nouns.match(gap[len(possessive):]) is not None


@lru_cache(maxsize=4)
def _opening_descriptor(lang: str) -> re.Pattern[str] | None:
    """An article and a company noun opening the sentence, then a weak seat word
    ("Der Radarspezialist aus "): the noun phrase is the subject, named by no name."""
    table, cues = lexicon(lang)["places"], lexicon(lang)["relation_cues"]
    if not table.get("seat_heads") or not cues.get("seat_from"):
        return None
    heads = "|".join(re.escape(h) for h in lexicon(lang)["references"]["company_heads"])
    fused = f"|{table['seat_opening_fused']}" if table.get("seat_opening_fused") else ""
    return re.compile(rf"^\W*(?i:{cues['articles']}{fused})\s+(?:[a-zäöüß][\w\-]*\s+)?"
                      rf"[\w\-]*(?:(?i:{heads})|{table['seat_heads']})\s+(?:{cues['seat_from']})\s+$")


def _colon_lead(lang: str, sentence: Sentence, place: Mention) -> Mention | None:
    """The organisation whose name and a colon open the sentence, where a company noun phrase
    with a seat word follows up to the place ("Enel: Der italienische Versorger aus Rom"): a
    list of companies, each described after its name. None where another organisation stands
    between (the phrase may be its)."""
    pattern = _lead_descriptor(lang)
    lead = sentence.mentions[0] if sentence.mentions else None
    if pattern is None or lead is None or lead.type not in ORGANIZATION_TYPES \
            or sentence.text[:sentence.local(lead.start)].strip() \
            or any(lead.end < m.start < place.start and m.type in ORGANIZATION_TYPES for m in sentence.mentions):
        return None
    return lead if pattern.fullmatch(sentence.text, sentence.local(lead.end), sentence.local(place.start)) else None


def _colon_adjective_lead(lang: str, sentence: Sentence, place: Mention) -> Mention | None:
    """The organisation whose name and a colon open the sentence, described right after by
    an article, a city's adjective and a company noun ("Acme: Der Rostocker Dienstleister
    wartet …"): a list of companies, each described after its name, sits in that city. Not
    where another noun follows the adjective ("Acme: Die Berliner Luft …") or the article is
    not the colon's next word."""
    lead = sentence.mentions[0] if sentence.mentions else None
    text = sentence.text
    if lead is None or lead.type not in ORGANIZATION_TYPES or text[:sentence.local(lead.start)].strip():
        return None
    articles = lexicon(lang)["relation_cues"]["articles"]
    opening = re.fullmatch(rf"\s*:\s*(?:{articles})\s+",
                           text[sentence.local(lead.end):sentence.local(place.start)], re.IGNORECASE)
    after = text[sentence.local(place.end):]
    headed = _company_head(lang).match(after) is not None \
        or singular_adjective_head(lang, text, sentence.local(place.start))
    return lead if opening is not None and headed else None


@lru_cache(maxsize=4)
def _lead_descriptor(lang: str) -> re.Pattern[str] | None:
    """A colon and a company noun phrase ending in a seat word, up to the place."""
    words = lexicon(lang)["places"].get("lead_descriptor")
    return re.compile(rf"\s*:\s*(?:{words})\s+") if words else None


@lru_cache(maxsize=4)
def _seat_opening(lang: str) -> re.Pattern[str]:
    """A seat cue opening the sentence ("Headquartered in ", "Based in ")."""
    return re.compile(rf"^\W*(?i:{lexicon(lang)['relation_cues']['seat_before']})\s+$")


def _fronted_subject(sentence: Sentence, place: Mention) -> Mention | None:
    """The organisation right after a fronted seat's place and the places naming its region,
    each after a comma ("in San Jose, California, Acme has")."""
    cursor = place.end
    for mention in sorted((m for m in sentence.mentions if m.start >= place.end), key=lambda m: m.start):
        if sentence.text[sentence.local(cursor):sentence.local(mention.start)].strip() != ",":
            return None
        if mention.type in ORGANIZATION_TYPES:
            return mention
        if mention.type != "Place":
            return None
        cursor = mention.end
    return None


@lru_cache(maxsize=4)
def _company_head(lang: str) -> re.Pattern[str]:
    """A noun for a company right after a word ("Konzern", "Softwarekonzern")."""
    heads = "|".join(re.escape(h) for h in lexicon(lang)["references"]["company_heads"])
    return re.compile(rf"^\s+[\w\-]*(?i:{heads})\b")


def _seated_company(document: Document, sentence: Sentence, place: str) -> str | None:
    """The one company named up to the sentence that the catalogue seats in ``place``."""
    seated = _seated_so_far(document, sentence, place)
    return seated[0] if len(seated) == 1 else None


def _unknown_group_after(document: Document, sentence: Sentence, place: Mention, after: str) -> bool:
    """Does an unknown group's name follow the seat's adjective ("der Dortmunder KHS-Gruppe")?
    The seat is that group's, not the article's company's."""
    word = _GROUP_WORD.match(after)
    return word is not None and unknown_group_name(
        document, sentence, word.group(1), place.end + word.start(1))


_GROUP_WORD = re.compile(r"\s+([\w&\-]+)")


def _unknown_name_after_head(lang: str, sentence: Sentence, place: Mention, after: str) -> bool:
    """Does a name no mention covers follow the company noun after the seat's adjective ("in
    den Aufsichtsrat der Hamburger Reederei Nordkai Shipping")? The seat is that company's, one
    the extractor does not know, not that of a company named before that the catalogue seats
    in the city (a bank quoted as analyst)."""
    head = _company_head(lang).match(after)
    return head is not None and unknown_name_after(lang, sentence, place.end + head.end())


def _seat_of_reference(document: Document, sentence: Sentence, reference: Mention,
                       place: str, where: str) -> str | None:
    """Which company a seat phrase resolved to ``reference`` means ("the São Paulo-based
    lender"): the one company named so far that the catalogue seats there, else the one the
    reference was resolved to if it may sit there. Where the seat decides nothing, none: the
    reference is one of several companies seated there and not the article's own ("dem
    Frankfurter Geldhaus" after two Frankfurt banks), or the article's own company, seated
    nowhere the catalogue knows, competes with another named company seated there.
    ``where`` is the place the reference may sit in: the town, or the region printed after a
    town the catalogue does not know."""
    seated = _seated_so_far(document, sentence, place)
    may_sit = _may_sit(document, reference.label, where)
    main = salient(document, ISSUER_TYPES)
    if reference.label in seated:
        return reference.label if len(seated) == 1 or reference.label == main else None
    if len(seated) == 1:
        return None if reference.label == main and may_sit else seated[0]
    return reference.label if may_sit else None


def _seated_so_far(document: Document, sentence: Sentence, place: str) -> list[str]:
    """The companies named up to the end of the sentence that the catalogue seats in
    ``place``: a seat phrase ("the São Paulo-based lender") points back, never to a
    company named only later."""
    return document.seated_in(place, [m for m in document.mentions if m.start < sentence.end])


def _salient_seat(document: Document, sentence: Sentence, place: str, noun: str) -> str | None:
    """The article's company, for a company noun with a seat ("des Essener
    Dax-Konzerns") where the catalogue seats no company of the article in
    that city: only if it knows no other city seat for it, and not where the
    ``noun`` names an industry the company is known not to be in ("Der
    Chipkonzern aus Neubiberg" in a text on a carmaker seated in Munich means
    another company). Where no company clearly wins, the article's topic when
    it opens the last sentence before that names an organisation ("Micron will
    supply Nvidia. The Boise-based company also said …")."""
    main = salient(document, ISSUER_TYPES)
    if main is None:
        # the last sentence before that names an organisation
        previous = next((s for s in reversed(document.sentences[:sentence.index])
                         if any(m.type in ORGANIZATION_TYPES for m in s.mentions)), None)
        if previous is not None and previous.mentions[0].label == document.topic \
                and _opens_sentence(document, previous.mentions[0]):
            main = document.topic
    if main is None or industry_known_fit(main, descriptor_industries(document.lang, noun)) is False:
        return None
    return main if _may_sit_in_city(document, main, place) else None


def _first_word(text: str) -> str:
    """The first word of ``text``: the noun after a seat adjective ("Wolfsburger Autobauer")."""
    found = re.match(r"\s*([\w\-]+)", text)
    return found.group(1) if found else ""


def _may_sit(document: Document, label: str, place: str) -> bool:
    """Does the catalogue leave room for ``label`` to sit in ``place``: it seats it
    there or nowhere, or only in countries, one of which holds the place ("the
    Indianapolis-based company" of a company seated in the United States), or the
    city around its town seat? Not a region around a city seat ("the Santa Clara,
    California-based company"). The place may lie in the country by way of a region
    ("the San Francisco-based company")."""
    entry = document.catalogue.get(label)
    if entry is None or not entry.located_in or place in entry.located_in:
        return True
    seats = [document.catalogue.get(seat) for seat in entry.located_in]
    where = document.catalogue.get(place)
    if where is not None and place in _company_seats(document.catalogue) \
            and any(seat is not None and place in seat.located_in for seat in seats):
        # the city around a town seat ("the Paris-based company" seated in Clichy); a city is
        # a place the catalogue seats companies in, a region ("California") is not
        return True
    return where is not None and all(seat is not None and not seat.located_in for seat in seats) \
        and bool(_around(document, place) & set(entry.located_in))


def _demonym_noun(lang: str, before: str, after: str) -> bool:
    """Is a place adjective used as a noun ("die Stuttgarter", "der
    Münchner"): after an article and before no capitalised noun?"""
    articles = relation_cues(lang).articles_before
    return bool(articles.search(before)) and not _NOUN_NEXT.match(after)


# A capitalised word next: the noun or name a place adjective qualifies ("Walldorfer Konzern").
_NOUN_NEXT = re.compile(r"^\s*[-\w]*[A-ZÄÖÜ]")


def _adjective_of(lang: str, sentence: Sentence, place: Mention, name: Mention, halves: int) -> bool:
    """Does a place's adjective qualify ``name``: the name right after it ("die Stuttgarter
    Porsche AG"), after one noun that describes it ("dem Münchner Konkurrenten KNDS") or after
    a company noun ("der Walldorfer Softwarekonzern SAP", "dem Darmstädter Pharma- und
    Technologiekonzern X", ``halves`` the compound's first half). Where more words stand
    between, the adjective qualifies a noun phrase of its own ("Auf der Frankfurter IAA stellte
    BMW …", "Auf der Münchner Sicherheitskonferenz sprach X"), and the name is seated nowhere."""
    after = sentence.text[sentence.local(place.end) + halves:sentence.local(name.start)]
    return len(after.split()) <= 1 or _company_head(lang).match(after) is not None


def _participations(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """participatesIn: an organisation at, for or sponsoring an event."""
    text = sentence.text
    for event in sentence.of_types({"Event"}):
        if not relation_cues(document.lang).event_role.search(text[:sentence.local(event.start)]):
            continue
        orgs = [m for m in sentence.mentions if m.type in {"Company", "BusinessUnit", "Organization"}
                and m.label != event.label and not cited(document.lang, sentence, m)]
        if orgs:
            yield make_relation(orgs[0], "participatesIn", event, sentence,
                                f"relations/{document.lang}/event")


@dataclass(frozen=True)
class _MemberPatterns:
    before: re.Pattern[str]  # "im", "an der Spitze des", "member of the" + index
    after: re.Pattern[str]  # index + "-Konzern", " member"
    peers: re.Pattern[str]  # index + "neben", "alongside": more members follow
    shares: re.Pattern[str]  # a share word: the clause speaks of a company's stock
    hedged: re.Pattern[str] | None  # "could join the", "könnte in den" + index: a possibility
    named_after: re.Pattern[str] | None  # index + "war X", "was X": the name is the member
    position: re.Pattern[str] | None  # index + "-Spitze", "-Werten": a place in it, like "im" before it
    not_names: frozenset[str]  # capitalised words that are no name ("Die", "Shares")
    moved: re.Pattern[str] | None  # "a 0.6 per cent gain in the": the index's own move before it
    apposed: re.Pattern[str]  # ", die im", ", a": between a name and the index of its apposition
    plural: re.Pattern[str] | None  # index + "-Schwergewichte", " components": a list of members next
    one_of: re.Pattern[str] | None  # ", einer der größten": the apposed name is one of a plural
    # "wie der Kölner" + index compound + "mitteilte": the compound announces, or None
    announcer: re.Pattern[str] | None
    announced: re.Pattern[str] | None
    opening: re.Pattern[str] | None  # "Aus dem" opening the sentence right before the index
    left: re.Pattern[str] | None  # after such an opening, a word of leaving the index
    ranked: re.Pattern[str] | None  # "one of the best performers" + index: one share of many
    pronoun: re.Pattern[str] | None  # "It is part of the", "Das Unternehmen ist Mitglied im" + index
    subject: re.Pattern[str] | None  # "Die Aktie des" + index compound: the compound opens the sentence


@lru_cache(maxsize=4)
def _member_patterns(lang: str) -> _MemberPatterns:
    table = lexicon(lang)["membership"]
    hedged = table.get("hedged")
    report = lexicon(lang)["places"]
    cues = lexicon(lang)["relation_cues"]
    articles = cues["articles"]
    reported = bool(report.get("report_opening") and table.get("announced_gap"))
    return _MemberPatterns(before=re.compile(rf"\b(?:{table['before']})\s+$"),
                           after=re.compile(rf"^(?:{table['after']})\b"),
                           peers=re.compile(rf"^\s*,?\s*(?:{table['peers']})\s+"),
                           shares=re.compile(rf"\b(?:{table['shares']})\b"),
                           # the modal, then at most eight words of its clause up to the index;
                           # a conjunction before a verb ends the clause ("so billig wie seit
                           # Wochen nicht mehr und bildeten das Schlusslicht im Dax")
                           hedged=re.compile(rf"\b(?:{hedged})\s+(?:(?!(?:{cues['conjunctions']})\s+[a-zäöüß])"
                                             rf"[^\s,;]+\s+){{0,8}}$")
                           if hedged else None,
                           named_after=re.compile(rf"(?:{table['named_after']})\b")
                           if table.get("named_after") else None,
                           position=re.compile(rf"^(?:{table['position_after']})\b")
                           if table.get("position_after") else None,
                           not_names=not_names(lang),
                           moved=re.compile(rf"(?:{table['index_move']})$")
                           if table.get("index_move") else None,
                           apposed=re.compile(
                               rf"\s*,\s*(?:{cues['apposition']})\s+"
                               rf"(?:(?!(?:{table['not_apposed']})\b)[a-zäöüß][\w\-]*\s+){{0,3}}$"),
                           plural=re.compile(rf"^(?:{table['plural_after']})\b")
                           if table.get("plural_after") else None,
                           # a comma, "einer der", "one of the" and at most two small words
                           one_of=re.compile(rf"\s*,\s*(?:{table['one_of']})\s+"
                                             rf"(?:[a-zäöüß][\w\-]*\s+){{0,2}}$")
                           if table.get("one_of") else None,
                           # the report word, an article and at most one adjective before the
                           # compound; after it at most a day, then the verb closing the report
                           announcer=re.compile(rf"\b(?:{report.get('report_opening')})\s+"
                                                rf"(?:{articles})\s+(?:[\w\-]+\s+)?$")
                           if reported else None,
                           announced=re.compile(rf"^(?:{table.get('announced_gap')})"
                                                rf"(?:{report.get('report_after')})")
                           if reported else None,
                           opening=re.compile(rf"^\W*(?:{table['opening_from']})\s+$")
                           if table.get("opening_from") else None,
                           left=re.compile(rf"\b(?:{table['left_after']})")
                           if table.get("left_after") else None,
                           ranked=re.compile(rf"\b(?:{table['ranked']})\b") if table.get("ranked") else None,
                           pronoun=re.compile(table["pronoun_member"]) if table.get("pronoun_member") else None,
                           subject=re.compile(table["subject_compound"]) if table.get("subject_compound") else None)


def _memberships(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """memberOf: "das wertvollste Unternehmen im DAX", "DAX-Konzern SAP",
    "an der Dax-Spitze zogen die Aktien von X an",
    "einer der stärksten Titel im Dax neben X und Y" (all three), "Im Dax gehörten X und Y zu
    den Gewinnern" (both), and "Der
    Dax-Konzern …" or "Die Papiere bildeten das Schlusslicht im Dax" without
    a name (the company the passage is about)."""
    pats = _member_patterns(document.lang)
    text = sentence.text
    rule = f"relations/{document.lang}/index-member"
    previous: Mention | None = None  # the last index that named a membership
    pronouned: Mention | None = None  # the last index a pronoun's membership named
    for index in sentence.of_types({"MarketIndex"}):
        before = text[:sentence.local(index.start)]
        after = text[sentence.local(index.end):]
        plural = _plural_members(document, sentence, pats, index, before, after)
        if plural:
            for member in plural:
                yield make_relation(member, "memberOf", index, sentence, f"{rule}-plural")
            continue
        if not (pats.before.search(before) or pats.after.match(after)
                or (pats.position is not None and pats.position.match(after))
                or _opened_from(pats, before, after)
                or (pats.pronoun is not None and pats.pronoun.match(before))
                or _coordinated(document.lang, sentence, previous, index)):
            continue
        previous = index
        if pats.hedged is not None and pats.hedged.search(before):
            continue  # "X could join the index at the next review": not a member (yet)
        if pats.moved is not None and pats.moved.search(before):
            continue  # "outpacing a 0.6 per cent gain in the Topix": the index's move, no member
        clause = [m for m in sentence.mentions if _issuer(document, sentence, m)
                  and same_clause(sentence, min(m.end, index.end), max(m.start, index.start))]
        if _pronoun_opens(document.lang, pats, sentence, pronouned, index, before, clause):
            pronouned = index
            meant = _pronoun_member(document, sentence)
            if meant is not None:
                yield make_relation(meant, "memberOf", index, sentence, f"{rule}-pronoun")
            continue
        peers = _index_peers(document.lang, pats, sentence, index, clause)
        compound = pats.after.match(after)
        noun = [m for m in clause if compound and m.rule.startswith("reference/")
                and index.end < m.start and m.end <= index.end + compound.end()]
        if len(noun) == 1:
            # "Shares in the FTSE 100 company rose": the compound's own noun, resolved to the
            # company it refers to, is the member
            yield make_relation(noun[0], "memberOf", index, sentence, f"{rule}-compound")
            continue
        # a name after a comma ("des Dax-Konzerns, wie X mitteilte") stands in another clause
        # than the compound, which then means the article's company
        others = [m for m in clause if m not in peers and not (
            compound and m.start >= index.end
            and "," in text[sentence.local(index.end):sentence.local(m.start)])]
        named_next = any(0 <= m.start - (index.end + (compound.end() if compound else 0)) <= 2
                         for m in others)
        # "X, die im SDax notierte Tochter von Y", "X, a Dow component": the index stands in
        # the apposition of the name right before the comma, which is the member
        apposed = [] if named_next else [m for m in others if _apposes_index(pats, sentence, m, index)]
        if len({m.label for m in apposed}) == 1:
            yield make_relation(apposed[0], "memberOf", index, sentence, f"{rule}-apposition")
            continue
        if compound and named_next and len({m.label for m in others}) > 1:
            # "X, ein Rivale des Dax-Konzerns Y": the compound names Y, right after it; no
            # other name of the clause, nor the article's company
            others = [m for m in others
                      if 0 <= m.start - (index.end + compound.end()) <= 2][:1]
        if compound and others and not named_next \
                and (named := _member_named_after(pats, sentence, index, compound.end(), others)) is not None:
            # "Schwächster Dax-Wert waren die Titel von X": the copula after the compound names it
            yield make_relation(named, "memberOf", index, sentence, f"{rule}-named")
            continue
        if compound and others and not named_next:
            # "Der Dax-Konzern will …, wie der Konzern mitteilte": opening the sentence, the
            # compound is its subject, the article's; "Der Konzern aus Abu Dhabi umgarnt das
            # Dax-Unternehmen": further on, it names a company other than the clause's own
            # "…, wie der Kölner Dax-Konzern mitteilte": the compound announces the sentence,
            # which is the article's company's news whatever company the sentence names
            own = _OPENING_ARTICLE.match(before) or _announces(pats, before, after[compound.end():])
            excluded = frozenset() if own else frozenset(m.label for m in others)
            main = salient(document, ISSUER_TYPES, exclude=excluded) \
                or _passage_member(document, sentence, excluded)
            if not own and any(m.label != main and m.end <= index.start and _issuer(document, sentence, m)
                               and (m not in others or "," in text[sentence.local(m.end):
                                                                    sentence.local(index.start)])
                               for m in sentence.mentions):
                # "Auch X gilt als Konkurrent; an Y ist der Dax-Konzern nicht beteiligt", "Die
                # Papiere von X gaben nach, Analysten sehen für den Dax-Konzern …": the compound
                # may mean the company an earlier clause names as well as the article's
                continue
            if main is not None and document.type_of(main) in ISSUER_TYPES:
                yield make_relation(main, "memberOf", index, sentence, f"{rule}-salient")
            continue
        # "Im Dax gehörten A und B zu den Gewinnern", "Auch A und B profitierten im MDax": the
        # clause's names, all in one list joined by a conjunction, are members each
        listed = not compound and _one_list(document.lang, sentence, others)
        if len({m.label for m in others}) > 1 and _closed_index_apposition(pats, sentence, index):
            # "X fell 4%, the biggest decliner in the CAC 40, after its supplier Y …": the
            # apposition speaks of the clause before it; a name after it is in a later phrase
            others = [m for m in others if m.end <= index.start]
        if len({m.label for m in others}) > 1:
            # "Renk gewannen 3 Prozent, Rheinmetall legten im DAX 2 Prozent zu": of several, the
            # one whose part of the sentence (no comma between) names the index
            others = [m for m in others if m.end <= index.start
                      and not _PART_BREAK.search(text, sentence.local(m.end), sentence.local(index.start))]
        if listed:
            for member in listed:
                yield make_relation(member, "memberOf", index, sentence, f"{rule}-list")
        elif len({m.label for m in others}) == 1:
            yield make_relation(others[0], "memberOf", index, sentence, rule)
        elif not others and (pats.after.match(after)
                             or pats.shares.search(before[-_SHARE_WORD_REACH:])
                             or _ranked_stock(document.lang, pats, text, before)) \
                and not _unknown_member(pats, sentence, index):
            shares = document.share_subject(sentence)
            subject = shares or salient(document, ISSUER_TYPES) \
                or (_passage_member(document, sentence, frozenset()) if compound else None)
            topic = _topic_member(document, sentence) if shares is None and compound \
                and pats.subject is not None and pats.subject.match(before) else None
            if topic is not None and subject not in (None, topic):
                subject = None  # the passage is about another company than the article: either may be meant
            elif topic is not None and _told_of(document, sentence, topic):
                subject = topic
            if subject is not None and document.type_of(subject) in ISSUER_TYPES:
                yield make_relation(subject, "memberOf", index, sentence, f"{rule}-salient")
        for peer in peers:
            yield make_relation(peer, "memberOf", index, sentence, f"{rule}-peer")


def opening_compound_member(document: Document, sentence: Sentence) -> str | None:
    """The company an index compound opening ``sentence`` stands for, as its subject or as the
    owner of its opening noun ("Die Aktie des Dax-Mitglieds gab 0,8 Prozent nach", "Die im
    MDax notierte Aktie gab nach"), read from the passage alone, for an article about several
    companies: the company whose shares the passage is about, else the one company the
    sentences before name, else the one the nearest of them tells of (as subject or by a
    company noun) where the passage tells of no other. None where the sentence opens
    otherwise, the index's cue is hedged or names a company we do not know, or the passage
    tells of two companies (either may be meant)."""
    pats = _member_patterns(document.lang)
    index = next(iter(sentence.of_types({"MarketIndex"})), None)
    if index is None or pats.subject is None:
        return None
    before = sentence.text[:sentence.local(index.start)]
    if pats.subject.match(before) is None \
            or pats.after.match(sentence.text[sentence.local(index.end):]) is None \
            or (pats.hedged is not None and pats.hedged.search(before)) \
            or _unknown_member(pats, sentence, index):
        return None
    meant = document.share_subject(sentence) or _passage_member(document, sentence, frozenset())
    topic = _topic_member(document, sentence)
    if meant is None and topic is not None and _told_of(document, sentence, topic) \
            and not _other_told_of(document, sentence, topic):
        meant = topic  # "X will … punkten, an dem Y 21 Prozent hält": X, not the clause's Y
    if meant is None or topic not in (None, meant):
        return None
    return meant if document.type_of(meant) in ISSUER_TYPES else None


def _pronoun_opens(lang: str, pats: _MemberPatterns, sentence: Sentence, pronouned: Mention | None,
                   index: Mention, before: str, clause: list[Mention]) -> bool:
    """Does a pronoun or bare company noun opening the sentence state the membership ("It is
    part of the Nasdaq-100 and the S&P 500": both indices)? Not where a name stands before the
    index (the sentence's subject is then that name's)."""
    if pats.pronoun is None:
        return False
    opened = pats.pronoun.match(before) is not None \
        or (pronouned is not None and _coordinated(lang, sentence, pronouned, index))
    return opened and not any(m.end <= index.start and not m.rule.startswith("reference/")
                              for m in clause)


def _pronoun_member(document: Document, sentence: Sentence) -> str | None:
    """The company a pronoun opening a sentence of membership stands for: the one company the
    sentences before name; where they name none, the article's company; none where they name
    two (either may be meant)."""
    named = any(m.type in ISSUER_TYPES for _back, here in document.looking_back(sentence, _MEMBER_PASSAGE, first=1)
                for m in here.mentions)
    member = _passage_member(document, sentence, frozenset()) if named else salient(document, ISSUER_TYPES)
    return member if member is not None and document.type_of(member) in ISSUER_TYPES else None


# How many sentences back an index compound with no name may find the company it means.
_MEMBER_PASSAGE = 3


def _passage_member(document: Document, sentence: Sentence, exclude: frozenset[str]) -> str | None:
    """The company an index compound with no name means ("der Dax-Konzern") where the
    article is about no one company clearly: the one company the sentences before name
    ("Vonovia bewirtschaftet 540.000 Wohnungen. … Für das Gesamtjahr peilt der Dax-Konzern
    … an"), none of ``exclude``. None where they name two ("X greift nach Y. X bietet … Die
    Offerte bewertet das SDax-Unternehmen …": the compound may mean either); a bank named
    further back than the nearest name is most often the house of an economist or analyst
    quoted, and does not count; nor does the nearest one where the text names it so ("Die
    Analysten von X strichen ihre Kaufempfehlung. Die im SDax notierte Aktie …": the
    analysts' house is no company the passage tells of). Not a name of the sentence itself,
    which may be the compound's rival or counterpart."""
    named = [m for _back, here in document.looking_back(sentence, _MEMBER_PASSAGE, first=1)
             for m in here.mentions if m.type in ISSUER_TYPES and m.label not in exclude
             and not credited_as_analysts(document.lang, here, m)]
    if not named:
        return None
    labels = {m.label for m in named if m.type == "Company"} | {named[0].label}
    return named[0].label if len(labels) == 1 else None


def _topic_member(document: Document, sentence: Sentence) -> str | None:
    """The company an index compound opening the sentence goes on with ("Die Aktie des
    MDax-Konzerns verlor …"): of the companies the nearest sentence before names, the one that
    clearly weighs most in the article (by :func:`salient`'s margin); "Renk, der … des
    Herstellers KNDS baut. Der Auftragseingang des MDax-Konzerns …" is Renk's. Houses are no
    candidates: a member named in a passage of analysts' views is the company they rate ("Auch
    die Baader Bank bleibt bei ihrem Votum. Das Papier des MDax-Konzerns …"). None where no
    company clearly wins ("X liefert an Y. Die Aktie des Dax-Konzerns …": either may be meant)."""
    nearest = next(([m for m in here.mentions if m.type == "Company"]
                    for _back, here in document.looking_back(sentence, _MEMBER_PASSAGE, first=1)
                    if any(m.type == "Company" for m in here.mentions)), [])
    return salient(document, frozenset({"Company"}), among=frozenset(m.label for m in nearest))


def _told_of(document: Document, sentence: Sentence, label: str) -> bool:
    """Is ``label`` the subject, or a company noun's antecedent, of a sentence of the passage
    before ``sentence``? Only then does the passage tell of it; named as an object only ("Bernstein
    stufte X ab"), it may be no more than the passage's passing concern."""
    return any(m.label == label and (m.rule.startswith("reference/") or is_subject(document, m))
               for _back, here in document.looking_back(sentence, _MEMBER_PASSAGE, first=1)
               for m in here.mentions)


def _other_told_of(document: Document, sentence: Sentence, label: str) -> bool:
    """Is a company other than ``label`` the subject, or a company noun's antecedent, of a
    sentence of the passage before ``sentence`` ("X erhielt einen Auftrag. Auch Y meldete
    einen")? Then the passage tells of two, and an unnamed member may be either."""
    return any(m.type == "Company" and m.label != label
               and (m.rule.startswith("reference/") or is_subject(document, m))
               for _back, here in document.looking_back(sentence, _MEMBER_PASSAGE, first=1)
               for m in here.mentions)


def _one_list(lang: str, sentence: Sentence, names: list[Mention]) -> list[Mention]:
    """The names, where they are two or more companies forming one list ("A und B", "A, B und
    C", "A and the B"), with nothing but commas, a conjunction and an article between them;
    else none: a name set apart by other words may stand in another phrase."""
    if len({m.label for m in names}) < 2:
        return []
    text = sentence.text
    gaps = [text[sentence.local(a.end):sentence.local(b.start)] for a, b in zip(names, names[1:])]
    if not _conjunction_gap(lang).match(gaps[-1]) \
            or any(gap.strip() != "," for gap in gaps[:-1]):
        return []
    return names


def _ranked_stock(lang: str, pats: _MemberPatterns, text: str, before: str) -> bool:
    """"The stock has risen 64% this year, making it one of the best performers on Brazil's
    benchmark Ibovespa": a rank among the index's shares, in a sentence opening with one
    company's stock, places that stock in the index, however far the share word stands."""
    one_stock = _venue_patterns(lang).one_stock
    return pats.ranked is not None and one_stock is not None \
        and pats.ranked.search(before[-_SHARE_WORD_REACH:]) is not None \
        and one_stock.search(text) is not None


def _opened_from(pats: _MemberPatterns, before: str, after: str) -> bool:
    """"Aus dem Euro Stoxx 50 legte X um 3 Prozent zu": the index opens the sentence after a
    preposition of origin, the market report's way of picking a member out of it; not where
    the rest of the sentence tells of leaving the index ("Aus dem Dax steigt X ab")."""
    return pats.opening is not None and pats.opening.search(before) is not None \
        and (pats.left is None or pats.left.search(after) is None)


# A comma, semicolon, colon or dash: a clause may end or begin there.
_CLAUSE_MARK = re.compile(r"[,;:–—]")


def _coordinated_members(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"Auralis ist nach Vonovia und LEG Immobilien der drittgrößte Vermieter und gehört dem
    MDax an": a membership stated as a second predicate joined by the conjunction has the
    sentence's subject, the name opening it, however many names the first predicate holds.
    Not where the sentence opens with other words than that name, nor where a comma stands
    between it and the index (the predicate may belong to a relative clause: "X kauft Y, die
    wächst und …")."""
    cues = _cue_pair(document.lang, "membership", "coordinated_before", "coordinated_after")
    opening = _opening_subject(document.lang, sentence)
    if cues is None or not opening or not _issuer(document, sentence, opening[0]):
        return
    before, after = cues
    text = sentence.text
    for index in sentence.of_types({"MarketIndex"}):
        between = text[sentence.local(opening[0].end):sentence.local(index.start)]
        if index.start > opening[0].end and not _CLAUSE_MARK.search(between) \
                and before.search(text[:sentence.local(index.start)]) \
                and after.match(text[sentence.local(index.end):]):
            yield make_relation(opening[0], "memberOf", index, sentence,
                                f"relations/{document.lang}/index-member-coordinated")


# A clause mark, or a speech mark of any kind (also the single ones an adverb's quote may open
# with): before the adverb pointing back, the adverb stands outside the sentence's first clause.
_BEFORE_BACK = re.compile(rf"[,;:–—'‘‚’]|{QUOTE_MARK.pattern}")
# Where the adverb's own clause ends: a semicolon, colon or dash, or a comma before a word in
# lower case (a new clause: ", die in …", ", bevor …"); a list's commas stand before names.
_BACK_CLAUSE_END = re.compile(r"[;:–—]|,\s*(?![A-ZÄÖÜ])")
# The types that name another place the adverb may point to: a city, a country, an exchange.
_ELSEWHERE_TYPES = frozenset({"Place", "StockExchange"})


def _back_clause(lang: str, text: str, start: int) -> str:
    """The adverb's own clause, from ``start`` (right after the adverb) to where it ends: a
    clause mark (a comma right after the adverb, as in "Among its members, shares of X",
    belongs to the adverb) or a word opening another clause ("while", "dagegen")."""
    rest = text[start:]
    opened = re.match(r"\s*,", rest)
    offset = opened.end() if opened else 0
    ends = [m.start() for m in [_BACK_CLAUSE_END.search(rest, offset)] if m is not None]
    turn = lexicon_pattern(lang, "membership", "index_back_end")
    if turn is not None and (m := turn.search(rest, offset)) is not None:
        ends.append(m.start())
    return rest[:min(ends, default=len(rest))]


def _points_back(document: Document, sentence: Sentence, back: re.Match[str]) -> bool:
    """May the adverb point back to the index of the sentence before? Only where it stands in
    the sentence's first clause, outside speech, and the sentence names no other place, market
    or tier it could point to ("An der Wall Street …, dort", "In Tokio …: Dort", "In der
    zweiten Reihe stachen hier", "die in Frankfurt gehandelt werden")."""
    if _BEFORE_BACK.search(sentence.text, 0, back.start()) or QUOTE_MARK.search(sentence.text) \
            or sentence.of_types(_ELSEWHERE_TYPES):
        return False
    elsewhere = lexicon_pattern(document.lang, "membership", "index_back_elsewhere")
    return elsewhere is None or elsewhere.search(sentence.text) is None


def _members_back(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"Der MDax schloss 1,2 Prozent fester. Einen Satz machten hier die Aktien von X": an
    adverb of place pointing back, in a sentence of shares that names no index, to the one
    index the sentence before names with no company beside it (the report's move of that
    index): the company the adverb's own clause names after it, or each of one list of them,
    is the index's member. Not where the sentence before names a company too ("Der Dax stieg,
    Siemens fiel"), for "hier" may then speak of it; not several names in other phrases; not
    where the adverb may point elsewhere (see :func:`_points_back`)."""
    cue = lexicon(document.lang)["membership"].get("index_back")
    if not cue or sentence.index == 0 or sentence.of_types({"MarketIndex"}):
        return
    before = document.sentences[sentence.index - 1]
    indices = {m.label for m in before.of_types({"MarketIndex"})}
    if len(indices) != 1 or any(_issuer(document, before, m) for m in before.mentions):
        return
    back = re.search(cue, sentence.text)
    if back is None or not _points_back(document, sentence, back):
        return
    clause = _back_clause(document.lang, sentence.text, back.end())
    if not _member_patterns(document.lang).shares.search(clause):
        return
    end = sentence.start + back.end() + len(clause)
    names = [m for m in sentence.mentions if sentence.local(m.start) >= back.end() and m.end <= end
             and _issuer(document, sentence, m)]
    members = names[:1] if len({m.label for m in names}) == 1 else _one_list(document.lang, sentence, names)
    [index] = indices  # by its label: the evidence is this sentence's, where the member is named
    for member in members:
        yield make_relation(member, "memberOf", index, sentence,
                            f"relations/{document.lang}/index-member-back")


def _plural_members(document: Document, sentence: Sentence, pats: _MemberPatterns, index: Mention,
                    before: str, after: str) -> list[Mention]:
    """The members a plural compound names: the list right after it ("die
    Dax-Schwergewichte X und Y", "Dow components X and Y"), or the name it
    is apposed to after "one of" ("X, einer der größten Dax-Konzerne")."""
    plural = pats.plural.match(after) if pats.plural is not None else None
    if plural is None or pats.hedged is not None and pats.hedged.search(before):
        return []
    start = index.end + plural.end()
    items = list_after(document.lang, sentence, [m for m in sentence.mentions if m.start >= start],
                       start)
    if items and items[0].start - start <= _NAME_NEXT + 1:
        return [m for m in items if _issuer(document, sentence, m)]
    previous = [m for m in sentence.mentions if m.end <= index.start]
    if pats.one_of is None or not previous or not _issuer(document, sentence, previous[-1]):
        return []
    gap = sentence.text[sentence.local(previous[-1].end):sentence.local(index.start)]
    return [previous[-1]] if pats.one_of.match(gap) else []


def _announces(pats: _MemberPatterns, before: str, rest: str) -> bool:
    """Is the index compound the one announcing ("wie der Kölner MDax-Konzern
    am Montag mitteilte")? Then it means the company whose news it is."""
    return pats.announcer is not None and pats.announced is not None \
        and bool(pats.announcer.search(before)) and bool(pats.announced.match(rest))


def _closed_index_apposition(pats: _MemberPatterns, sentence: Sentence, index: Mention) -> bool:
    """Does the index close an apposition set off by commas, with no name in it (", the
    biggest decliner in the CAC 40,")? It describes the clause before it, whose company is
    the member; a name after its closing comma is not."""
    text = sentence.text
    at, end = sentence.local(index.start), sentence.local(index.end)
    comma = text.rfind(",", 0, at)
    if comma < 0 or not text[end:].lstrip().startswith(",") \
            or any(sentence.start + comma < m.start and m.end <= index.start
                   for m in sentence.mentions):
        return False
    gap = text[comma:at]
    cue = pats.before.search(gap)
    return bool(pats.apposed.match(gap[:cue.start()] if cue else gap))


def _apposes_index(pats: _MemberPatterns, sentence: Sentence, mention: Mention, index: Mention) -> bool:
    """Does the index open an apposition right after the name ("X, die im SDax
    notierte Tochter", "X, a Dow component")? A comma, an apposition's article
    and at most three small words stand between, none of them a preposition
    that makes the index another noun's ("X, a rival of the Dow component")."""
    if mention.end > index.start or any(mention.end <= m.start and m.end <= index.start
                                        for m in sentence.mentions):
        return False  # a name between: the index is that name's ("X, die Y im Dax vertritt")
    gap = sentence.text[sentence.local(mention.end):sentence.local(index.start)]
    cue = pats.before.search(gap)  # "a member of the", "die im": the index cue ends the gap
    return bool(pats.apposed.match(gap[:cue.start()] if cue else gap))


def _member_named_after(pats: _MemberPatterns, sentence: Sentence, index: Mention, skip: int,
                        others: list[Mention]) -> Mention | None:
    """The name a copula right after the index and its compound joins to it ("Schwächster
    Dax-Wert waren die Titel von X"), if a mention of the clause covers it: the member, not
    the company the passage is about."""
    if pats.named_after is None:
        return None
    found = pats.named_after.match(sentence.text, sentence.local(index.end) + skip)
    if found is None:
        return None
    at = sentence.start + found.start("owner")
    return next((m for m in others if m.start == at), None)


def _unknown_member(pats: _MemberPatterns, sentence: Sentence, index: Mention) -> bool:
    """"Schlusslicht im ATX war Wienerberger", where no mention covers the
    name: the member is a company we do not know, not the passage's."""
    if pats.named_after is None:
        return False
    found = pats.named_after.match(sentence.text, sentence.local(index.end))
    return found is not None and names_unknown(sentence, found, pats.not_names)


def _coordinated(lang: str, sentence: Sentence, previous: Mention | None, index: Mention) -> bool:
    """"a member of the Dow and the Nasdaq 100": an index joined by a
    conjunction to the index a membership word named is a membership too."""
    if previous is None:
        return False
    gap = sentence.text[sentence.local(previous.end):sentence.local(index.start)]
    return bool(_conjunction_gap(lang).match(gap))


@lru_cache(maxsize=4)
def _conjunction_gap(lang: str) -> re.Pattern[str]:
    """A conjunction, and an article, between two names: nothing else."""
    table = lexicon(lang)["relation_cues"]
    return re.compile(rf"^\s*,?\s*(?:{table['conjunctions']})\s+(?:(?:{table['articles']})\s+)?$")


# What ends a part of a sentence: a comma, a semicolon, a dash between spaces.
_PART_BREAK = re.compile(r"[,;]|\s[–—-]\s")

# Only an article (or nothing) before the index: the compound opens the sentence.
_OPENING_ARTICLE = re.compile(r"^\W*(?:\w+\s+)?$")

# How far before an index a share word ("Die Papiere bildeten das Schlusslicht im Dax") may stand.
_SHARE_WORD_REACH = 80


def _index_peers(lang: str, pats: _MemberPatterns, sentence: Sentence, index: Mention,
                 clause: list[Mention]) -> list[Mention]:
    """Companies listed right after "im Dax neben": members too."""
    cue = pats.peers.match(sentence.text[sentence.local(index.end):])
    if cue is None:
        return []
    after = [m for m in clause if m.start >= index.end]
    return [m for m in list_after(lang, sentence, after, index.end + cue.end())
            if m.type == "Company"]


def _previous_of(sentence: Sentence, anchor: Mention, types: frozenset[str],
                 gap: int, skip: Sequence[Mention] = ()) -> Mention | None:
    near = [m for m in sentence.mentions if m.end <= anchor.start and m.type in types
            and anchor.start - m.end <= gap and m not in skip]
    return near[-1] if near else None


def _next_of(sentence: Sentence, anchor: Mention, types: frozenset[str]) -> Mention | None:
    near = [m for m in sentence.mentions if m.start >= anchor.end and m.type in types]
    return near[0] if near else None


@dataclass(frozen=True)
class _VenuePatterns:
    venue: re.Pattern[str]  # "an der", "auf", "on the" + exchange: its trading venue
    article: re.Pattern[str]  # a bare article before the exchange: a venue only near share words
    city_shares: re.Pattern[str] | None  # city + share word: "Hongkonger Aktien", "Shanghai-Aktien"
    # a possessive before the city and a share word after it: "its Frankfurt shares"
    owned_city: tuple[re.Pattern[str], re.Pattern[str]] | None
    # "im Frankfurter Handel", "in early Frankfurt trading": the city's trading session, the
    # preposition before the city and the session noun after it
    session: tuple[re.Pattern[str], re.Pattern[str]] | None
    debut: re.Pattern[str] | None  # "Börsengang", "IPO": a stock-market debut names its venue
    # a company's name, a verb of a price move and the percentage right before "in" + city
    # ("Cambricon jumped 6% in Shanghai"): the city is where its shares trade
    moved: re.Pattern[str] | None
    # "X verloren in Mailand 0,6 Prozent": the verb and "in" before the city, the amount after
    # it, and the genitive before the name that makes the move a metric's
    moved_first: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None
    unlisted: re.Pattern[str] | None  # "delisted", "nicht mehr gehandelt": the sentence names no venue
    one_stock: re.Pattern[str] | None  # "The stock rose …": the sentence is about one company's shares
    negated: re.Pattern[str]  # "not in", "nicht an der" + venue: the company trades elsewhere
    derivatives: re.Pattern[str] | None  # "an der Terminbörse" + exchange: no share trades there
    unit_opening: re.Pattern[str] | None  # "Die Industriesparte …": the unit's venue, not its parent's
    attributive: re.Pattern[str] | None  # "die in Amsterdam notierte Gesellschaft": the noun's venue
    # a noun of a relative clause before a participle of listing, and a copula opening the
    # clause ("which owns a stake in a firm listed in Amsterdam"); None where none is listed
    clause_noun: tuple[re.Pattern[str], re.Pattern[str]] | None


@lru_cache(maxsize=4)
def _venue_patterns(lang: str) -> _VenuePatterns:
    table = lexicon(lang)["listing"]
    return _VenuePatterns(venue=re.compile(rf"(?:{table['venue']})\s+$"),
                          article=re.compile(rf"\b(?:{table['article']})\s+$"),
                          city_shares=re.compile(rf"^(?:{table['city_shares']})\b")
                          if table.get("city_shares") else None,
                          owned_city=(re.compile(rf"(?:{table['owned_city_before']})"),
                                      re.compile(rf"^(?:{table['owned_city_after']})"))
                          if table.get("owned_city_before") and table.get("owned_city_after") else None,
                          session=(re.compile(rf"(?:{table['session_before']})\s+$"),
                                   re.compile(rf"^\s+(?:{table['session_after']})"))
                          if table.get("session_before") and table.get("session_after") else None,
                          debut=re.compile(rf"\b(?:{table['debut']})\b") if table.get("debut") else None,
                          moved=re.compile(rf"^\s+(?:{table['moved']})\s+$") if table.get("moved") else None,
                          moved_first=(re.compile(rf"^\s+(?:{table['moved_first']})\s+$"),
                                       re.compile(table["moved_amount"]), re.compile(table["moved_first_not_after"]))
                          if table.get("moved_first") and table.get("moved_amount")
                          and table.get("moved_first_not_after") else None,
                          unlisted=re.compile(rf"\b(?:{table['unlisted']})\b")
                          if table.get("unlisted") else None,
                          # also after a lead ending in a colon ("Anleger jubelten: Die Aktie …")
                          one_stock=re.compile(rf"(?:^|:\s+)(?:{table['one_stock']})\b")
                          if table.get("one_stock") else None,
                          negated=re.compile(rf"\b(?:{lexicon(lang)['relation_cues']['negation']})\s+"
                                             rf"(?:{table['venue']})\s+$"),
                          derivatives=re.compile(rf"\b(?:{table['derivatives']})\s+$")
                          if table.get("derivatives") else None,
                          unit_opening=re.compile(rf"^(?:{table['unit_opening']})\b")
                          if table.get("unit_opening") else None,
                          attributive=re.compile(rf"^(?:{table['attributive']})")
                          if table.get("attributive") else None,
                          clause_noun=(re.compile(table["clause_noun_listed"]),
                                       re.compile(rf"\s*(?:{table['clause_copula']})\b"))
                          if table.get("clause_noun_listed") and table.get("clause_copula") else None)


def _listings(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """listedOn: "notiert an der Nasdaq", "auf Tradegate", "in Hongkong
    gehandelte Aktien". The listed company is the one named in the sentence,
    else the one whose shares the passage is about, else the article's
    subject when one clearly wins."""
    pats = _venue_patterns(document.lang)
    cues = relation_cues(document.lang)
    stock_words = cues.stock_words
    text = sentence.text
    yield from _exchange_codes(document, sentence)
    if pats.unlisted is not None and pats.unlisted.search(text):
        return  # "zieht sich von der Börse zurück", "delisted from the NYSE": no venue now
    if pats.debut is not None and pats.debut.search(text) and cues.unreal.search(text):
        return  # "hat den Börsengang abgesagt", "may list on the Nasdaq": a debut not (yet) made
    for mention in sentence.mentions:
        if mention.type not in ("StockExchange", "Place"):
            continue
        movers = _city_movers(document.lang, sentence, mention) if mention.type == "Place" else []
        moved_there = _exchange_in(document, mention.label) if movers else None
        if moved_there is not None:
            for mover in movers:  # "In Paris verteuerten sich X um 1,7 Prozent": X trades there
                yield make_relation(mover.label, "listedOn", moved_there, sentence,
                                    f"relations/{document.lang}/venue")
            continue
        exchange: str | None = None
        before = text[:sentence.local(mention.start)]
        after = text[sentence.local(mention.end):]
        session = False  # the city's trading session is all that makes it a venue
        if mention.type == "StockExchange" and (
                pats.venue.search(text[:sentence.local(_city_of_exchange(sentence, mention))])
                or cues.traded_after.match(after)
                or (pats.article.search(before) and stock_words.search(text))):
            exchange = mention.label
        elif mention.type == "Place" and (cues.traded_after.match(after) or (
                cues.city_venue.search(_coordinated_place_opening(document.lang, sentence, mention))
                and (_speaks_of_shares(document.lang, before, after)
                                                    or _moved_in(document.lang, sentence, mention, COMPANY,
                                                                 opening=False) is not None
                                                    or _moved_in(document.lang, sentence, mention, INSTITUTION,
                                                                 opening=True) is not None
                                                    or _moved_after(document.lang, sentence, mention)))
                or (pats.city_shares is not None and pats.city_shares.match(after))
                or (pats.owned_city is not None and pats.owned_city[0].search(before) is not None
                    and pats.owned_city[1].match(after) is not None)):
            exchange = _exchange_in(document, mention.label)
        elif mention.type == "Place" and pats.session is not None \
                and pats.session[0].search(before) and pats.session[1].match(after):
            exchange, session = _exchange_in(document, mention.label), True
        if exchange is None or pats.negated.search(before):
            continue  # "trade on the Nasdaq, not in London": London is no venue
        if mention.type == "Place" and (report := _report_patterns(document.lang)) is not None \
                and report.after.match(after):
            continue  # "wie der im Dax notierte Konzern in Hannover mitteilte": it announced there
        if pats.derivatives is not None and pats.derivatives.search(before):
            continue  # "der große Verfall an der Terminbörse Eurex": contracts, no shares, trade there
        rule = f"relations/{document.lang}/venue"
        # "Nebius, which owns a stake in database maker Y, trades on the Nasdaq": a name in a
        # relative clause closed before the venue is not what trades there
        closed = [m for m in sentence.mentions if m.end <= mention.start and in_closed_relative(
            sentence, m, sentence.local(mention.start), document.lang, frozenset({"Company"}))]
        company: Mention | str | None = _previous_of(sentence, mention, frozenset({"Company"}),
                                                     gap=200, skip=closed) \
            or _listed_bank_before(document, sentence, mention, closed)
        antecedent = _relative_antecedent(document.lang, sentence, mention) if company is None else None
        if antecedent is not None and antecedent.type not in ISSUER_TYPES:
            continue  # "the index, which tracks stocks listed in Shanghai": no company's listing
        # "CVC, which listed in Amsterdam last year, bids for Y": the name the clause follows
        company = company or antecedent or _next_of(sentence, mention, frozenset({"Company"}))
        if isinstance(company, Mention) and company.end <= mention.start:
            unknown, owner = owner_between(document, sentence, company.end, mention.start)
            if unknown and owner is None:
                continue  # "…, and Acme Labs shares rose 2% in Amsterdam": a name we do not know
            company = owner or company  # "Universal Music shares rose 2% in Amsterdam": UMG's
        if isinstance(company, Mention) and _listed_in_clause(document.lang, pats, sentence, mention, company):
            continue  # "Adyen, which owns a stake in a firm listed in Amsterdam": the firm's venue
        attributive, holder = _attributive_holder(document.lang, sentence, mention)
        if holder is not None:
            company = holder  # "kauft die in Amsterdam notierte Allfunds": Allfunds trades there
        elif attributive and isinstance(company, Mention) and company.end <= mention.start:
            continue  # "X zahlt für die in Amsterdam notierte Gesellschaft": another one trades there
        if isinstance(company, Mention) and _owns_other_thing(document.lang, sentence, company):
            continue  # "Shares of UBTech's smaller rival, X, soared on the exchange": X's shares
        if _unit_before(document.lang, sentence, mention, company):
            continue  # "der Börsengang seiner Sparte Mobility in Frankfurt": the unit's debut
        if company is None and pats.unit_opening is not None and pats.unit_opening.match(text):
            continue  # "Die Industriesparte … soll an der Frankfurter Börse notiert werden": the unit's
        if company is None and session:
            continue  # "X, which fends off a bid, fell 3% in Frankfurt trading": X may be a bank, not the article's
        if company is None:
            # "The stock rose 14% in Seoul, outpacing the Kospi": one company's shares beside the index
            one_stock = pats.one_stock is not None and bool(pats.one_stock.search(text))
            if _market_index_named(document.lang, sentence) and not one_stock:
                continue  # "the CSI 300 tracks the largest stocks listed in Shanghai": the market's
            owner = _unknown_owner(sentence, mention)
            if cues.market_words.search(text):
                continue  # "advancing issues outnumbered decliners on the NYSE": the whole market's
            company = document.share_subject(sentence) or salient(document, ISSUER_TYPES)
            if owner is not None:
                # "Corvanta's Nasdaq-listed shares": a company the text names but we do not
                # know, unless the name opens the name (as labelled or printed) of one
                # company the article names ("Novo's Copenhagen-listed shares" after "Novo
                # Nordisk"; not "Deutsche's" beside Deutsche Bank and Deutsche Post)
                opened = {m.label for m in document.mentions
                          if m.type in ISSUER_TYPES and owner in (m.label.split(" ")[0],
                                                                   m.surface.split(" ")[0])}
                if len(opened) != 1:
                    continue
                company = opened.pop()
            if company is not None and cues.possessed.search(before):
                # "Its Hong Kong-listed shares": the owner is the company just named; a text
                # naming none (or an unknown one) leaves it open
                named = document.recent(sentence, ISSUER_TYPES, before=mention.start, window=1)
                if named is None or named.label != company:
                    continue
            rule += "-salient"
        unnamed = isinstance(company, str) or (isinstance(company, Mention) and company.rule.startswith("reference/"))
        described = attributive or _relative_antecedent(document.lang, sentence, mention) is not None
        if company is not None and unnamed and described and _listed_abroad(
                document, company if isinstance(company, str) else company.label, exchange):
            # "Die Aktie des in Hongkong notierten Unternehmens" in an article about Bayer, "The
            # company, which is listed on the Tokyo Stock Exchange" in one about TSMC: a firm
            # described by its listing, not named, that trades in no country of the catalogued
            # listings of the company read is another one (not a venue of a move: "korrigierten
            # die Papiere des Konzerns an der Nasdaq" tells where its shares trade)
            continue
        if company is not None:
            yield make_relation(company, "listedOn", exchange, sentence, rule)


def _market_index_named(lang: str, sentence: Sentence) -> bool:
    """Does the sentence name an index as the market ("the CSI 300 tracks the stocks listed in
    Shanghai")? Not one that only qualifies a company's noun ("Die Vorzugsaktie des
    DAX-Konzerns legte auf Xetra zu"): the compound stands for one company, whose shares the
    sentence moves, as a name of it would."""
    after = _member_patterns(lang).after
    return any(not after.match(sentence.text[sentence.local(index.end):])
               for index in sentence.of_types(frozenset({"MarketIndex"})))


def _listed_abroad(document: Document, company: str, exchange: str) -> bool:
    """Does the catalogue list ``company`` only on exchanges of countries other than the one
    of ``exchange``? A company listed nowhere in the catalogue may trade anywhere."""
    entry = document.catalogue.get(company)
    if entry is None or not entry.listed_on or exchange in entry.listed_on:
        return False
    venue = _around(document, exchange)
    if not venue:
        return False
    return not any(venue & _around(document, listed) for listed in entry.listed_on)


def listed_as_another(document: Document, sentence: Sentence, company: str) -> bool:
    """Does the sentence describe a firm by its listing alone ("Die Aktie des in Hongkong
    notierten Unternehmens sprang um 23 Prozent"), at a venue in no country where the catalogue
    lists ``company``? The firm is then another one, so the shares the sentence speaks of are
    not ``company``'s, though the article or passage is about it; the same reading as of the
    venue itself in :func:`_listings`."""
    for mention in sentence.mentions:
        if mention.type not in ("StockExchange", "Place"):
            continue
        attributive, holder = _attributive_holder(document.lang, sentence, mention)
        if not attributive or holder is not None:
            continue
        exchange = mention.label if mention.type == "StockExchange" else _exchange_in(document, mention.label)
        if exchange is not None and _listed_abroad(document, company, exchange):
            return True
    return False


def _relative_antecedent(lang: str, sentence: Sentence, mention: Mention) -> Mention | None:
    """The name right before the comma of a relative clause that holds the mention ("CVC,
    which listed in Amsterdam last year"): the clause tells of that name, never of the
    article's company."""
    at = sentence.local(mention.start)
    for clause in relative_clauses(lang, sentence.text):
        if clause.body <= at < clause.closes:
            named = [m for m in sentence.mentions if sentence.local(m.end) <= clause.opens
                     and not sentence.text[sentence.local(m.end):clause.opens].strip()]
            return named[-1] if named else None
    return None


def _listed_in_clause(lang: str, pats: _VenuePatterns, sentence: Sentence, venue: Mention,
                      company: Mention) -> bool:
    """Does the venue stand in a relative clause after ``company`` and follow a noun of the
    clause's own ("Adyen, which owns a stake in a firm listed in Amsterdam, rose")? The
    participle describes that noun, so the venue is another company's, not the clause head's;
    not where the clause opens with a copula ("which is a firm listed in Amsterdam")."""
    if pats.clause_noun is None:
        return False
    noun, copula = pats.clause_noun
    at = sentence.local(venue.start)
    for clause in relative_clauses(lang, sentence.text):
        if clause.body <= at < clause.closes and sentence.local(company.end) <= clause.opens:
            return noun.search(sentence.text, clause.body, at) is not None \
                and copula.match(sentence.text, clause.body) is None
    return False


def _listed_bank_before(document: Document, sentence: Sentence, venue: Mention,
                        closed: Sequence[Mention]) -> Mention | None:
    """Where no company stands before the venue, the bank before it whose shares the
    sentence speaks of ("HSBC shares, which are listed in London", "Die Aktien der
    Commerzbank, die in Frankfurt notiert sind"): listed banks trade as companies do; a
    bank named otherwise is most often an analyst, and is left out."""
    bank = _previous_of(sentence, venue, frozenset({"FinancialInstitution"}), gap=200, skip=closed)
    return bank if bank is not None and (
        is_share_subject(document.lang, sentence, bank)
        or _moved_in(document.lang, sentence, venue, INSTITUTION, opening=True) is bank) else None


def _coordinated_place_opening(lang: str, sentence: Sentence, place: Mention) -> str:
    """The text before a place, or, for the second of two places joined by a conjunction
    ("listed in London and Hong Kong"), the text before the first: the preposition that
    makes the first a trading venue governs both."""
    previous = [m for m in sentence.mentions if m.end <= place.start]
    if previous and previous[-1].type == "Place":
        gap = sentence.text[sentence.local(previous[-1].end):sentence.local(place.start)]
        if gap.strip() and conjunction(lang).fullmatch(gap.strip()):
            return sentence.text[:sentence.local(previous[-1].start)]
    return sentence.text[:sentence.local(place.start)]


def _attributive_holder(lang: str, sentence: Sentence, venue: Mention) -> tuple[bool, Mention | None]:
    """Is the venue part of an attributive participle before a noun that is no share word
    ("die in Amsterdam notierte Gesellschaft", "the Amsterdam-listed group")? Then what trades
    there is what that noun phrase names, not a company named before it: the issuer named
    within two words after the participle, else (None) one the text does not name there."""
    pattern = _venue_patterns(lang).attributive
    if pattern is None:
        return False, None
    found = pattern.match(sentence.text[sentence.local(venue.end):])
    if found is None:
        return False, None
    phrase_end = venue.end + found.end()
    for m in sentence.mentions:
        if m.start >= phrase_end and m.type in ISSUER_TYPES:
            gap = sentence.text[sentence.local(phrase_end):sentence.local(m.start)]
            return True, m if FEW_WORDS.fullmatch(gap) else None
    return True, None


def _unit_before(lang: str, sentence: Sentence, venue: Mention, company: Mention | str | None) -> bool:
    """Does a business unit stand between the company read as listed (or the sentence's
    opening, for one named after the venue) and the venue? Then the shares or the debut
    are the unit's: "Siemens plant den Börsengang seiner Sparte Mobility in Frankfurt", "Der
    Börsengang der Elektroauto-Tochter in Hongkong ist geplant, teilte Xiaomi mit"."""
    since = company.end if isinstance(company, Mention) and company.end <= venue.start else sentence.start
    # not a unit in a relative clause on the company ("Nebius, which owns the unit Avride,
    # trades on the Nasdaq")
    return any(m.type == "BusinessUnit" and since <= m.start and m.end <= venue.start
               and same_clause(sentence, m.end, venue.start)
               and closed_relative(lang, sentence.text, sentence.local(m.start), sentence.local(m.end),
                                   sentence.local(venue.start)) is None for m in sentence.mentions)


def _city_of_exchange(sentence: Sentence, exchange: Mention) -> int:
    """Where a place in the genitive right before the exchange starts ("on Shanghai's
    STAR Market", "an Shanghais STAR Market": the venue word stands before the city), else
    the exchange's own start."""
    earlier = [m for m in sentence.mentions if m.end <= exchange.start]
    if earlier and earlier[-1].type == "Place" and genitive(earlier[-1]) \
            and not sentence.text[sentence.local(earlier[-1].end):sentence.local(exchange.start)].strip():
        return earlier[-1].start
    return exchange.start


def _moved_in(lang: str, sentence: Sentence, city: Mention, types: frozenset[str], *,
              opening: bool) -> Mention | None:
    """"Alibaba fell 2% in Hong Kong, while Cambricon jumped 6% in Shanghai": the name of one
    of ``types`` closest before the city, right before the verb of a price move and its
    percentage, then "in" and the city: its shares move there. A metric between name and verb
    ("Xiaomi's sales rose 5% in Hong Kong") speaks of business, not of shares.

    A company read so (not ``opening``) may stand before a relative clause closed between it
    and the verb ("Baidu, whose models compete with Qwen, fell 0.8% in Hong Kong"), which
    leaves it the verb's subject, a name inside that clause being none; and the verb may stand
    before its percentage ("fiel in Hongkong um 2 Prozent"). A bank is most often named as an
    analyst or an object ("Interest in HSBC rose 3% in London"): read so (``opening``) its
    name must open its clause (the sentence, a comma or a conjunction before it) and stand
    right before the verb, with no clause between."""
    pats = _venue_patterns(lang)
    if pats.moved is None:
        return None
    text, at = sentence.text, sentence.local(city.start)
    names = [m for m in sentence.of_types(types) if m.end <= city.start and (opening or closed_relative(
        lang, text, sentence.local(m.start), sentence.local(m.end), at) is None)]
    if not names:
        return None
    last = names[-1]  # the name closest before the city
    start = sentence.local(last.end)
    if opening:
        before = text[:sentence.local(last.start)].split()
        if before and before[-1][-1] not in ",;" and not conjunction(lang).fullmatch(before[-1]):
            return None
        return last if pats.moved.match(text[start:at]) else None
    clause = next((c for c in relative_clauses(lang, text) if c.opens == start and c.closes < at), None)
    if clause is not None:
        start = clause.closes + 1  # after the comma that closes the clause
    if pats.moved.match(text[start:at]):
        return last
    first = pats.moved_first
    return last if first is not None and first[0].match(text[start:at]) is not None \
        and first[1].match(text, sentence.local(city.end)) is not None \
        and first[2].search(text, 0, sentence.local(last.start)) is None else None


def _moved_after(lang: str, sentence: Sentence, city: Mention) -> bool:
    """"In Tokyo, Tokyo Electron (8035.T) closed down 3.8%": a sentence
    opening with "In" and the city, then a comma, the company's name and the
    verb of a price move with its percentage: the company's shares moved
    there. A word between ("In Tokyo, chipmaker X …", "In Tokyo, where X …")
    or a metric after the name leaves the city a mere place."""
    moved = moved_after_name(lang)
    if moved is None or not relation_cues(lang).city_venue.fullmatch(
            sentence.text[:sentence.local(city.start)].lstrip()):
        return False
    after = [m for m in sentence.mentions if m.start >= city.end]
    if not after or after[0].type != "Company" \
            or sentence.text[sentence.local(city.end):sentence.local(after[0].start)].strip() != ",":
        return False
    return bool(moved.match(sentence.text[sentence.local(after[0].end):]))


@dataclass(frozen=True)
class _MoverPatterns:
    lead: re.Pattern[str]  # between "In" + a city opening the sentence and the first mover's name
    move: re.Pattern[str]  # the move and its percentage, after a name or after "in" + the city
    joined: re.Pattern[str]  # between one mover's move and the next mover's name
    before: re.Pattern[str] | None  # the text before a name that "in" + the city follows
    gap: re.Pattern[str] | None  # between that name and the city


@lru_cache(maxsize=4)
def _mover_patterns(lang: str) -> _MoverPatterns | None:
    table = lexicon(lang)["listing"]
    move = table.get("mover_move") or table.get("moved_after")
    if not table.get("mover_lead") or not move or not table.get("mover_joined"):
        return None
    verb = table.get("mover_verb")
    city = lexicon(lang)["relation_cues"]["city_venue"]
    # a subordinate clause puts its verb last ("…, während X in Mailand um 2,4 Prozent zulegte")
    opening = lexicon(lang)["relation_cues"].get("subordinators") or "(?!)"
    return _MoverPatterns(
        lead=re.compile(rf"(?:\s+(?:{verb}))?(?:{table['mover_lead']})" if verb else table["mover_lead"]),
        move=re.compile(move), joined=re.compile(table["mover_joined"]),
        before=re.compile(rf"(?:^|\s(?:{verb})|,\s*(?:{opening}))\s*$") if verb else None,
        gap=re.compile(rf"\s+(?:(?:{verb})\s+)?(?:{city})\s+") if verb else None)


def _city_movers(lang: str, sentence: Sentence, city: Mention) -> list[Mention]:
    """The issuers a closing report names as moving in a city: after "In" + the city opening
    the sentence ("In Amsterdam zogen zudem Adyen um 3,5 Prozent an", "In Tokyo, chipmaker
    Advantest (6857.T) lost 3.6% and SoftBank Group (9984.T) fell 4.8%"), each name followed by
    its move; or the one name right before "in" + the city where the move's percentage follows
    the city and the verb stands before the name or after it ("Santander fielen in Madrid um
    2,4 Prozent", "sackten Novo Nordisk in Kopenhagen um 6,8 Prozent ab"), also at the end of
    a subordinate clause ("…, während Leonardo in Mailand um 2,4 Prozent zulegte"). A metric or a
    clause word in between ("Der Umsatz von X stieg in München um 5 Prozent", "In Tokyo, where
    X …") makes the city no venue."""
    pats = _mover_patterns(lang)
    if pats is None:
        return []
    text = sentence.text
    issuers = [m for m in sentence.mentions if m.type in ISSUER_TYPES]
    if relation_cues(lang).city_venue.fullmatch(text[:sentence.local(city.start)].lstrip()):
        movers: list[Mention] = []
        at, join = sentence.local(city.end), pats.lead
        for issuer in (m for m in issuers if m.start >= city.end):
            if sentence.local(issuer.start) < at:
                continue  # its bracketed ticker, inside the move read
            moved = pats.move.match(text, sentence.local(issuer.end))
            if not join.fullmatch(text[at:sentence.local(issuer.start)]) or moved is None:
                break
            movers.append(issuer)
            at, join = moved.end(), pats.joined
        return movers
    if pats.before is None or pats.gap is None:
        return []
    named = [m for m in issuers if m.end <= city.start]
    if not named or not pats.gap.fullmatch(text[sentence.local(named[-1].end):sentence.local(city.start)]) \
            or not pats.before.search(text[:sentence.local(named[-1].start)]) \
            or not pats.move.match(text, sentence.local(city.end)):
        return []
    return named[-1:]


def _owns_other_thing(lang: str, sentence: Sentence, company: Mention) -> bool:
    """Is the company named as the possessor of something other than its
    shares ("UBTech's smaller rival", not "Tencent's shares")? Then the
    listing is that thing's, not the company's. The owner of a named rival,
    partner or customer in any form (also "Siemens-Konkurrent X") is such a
    possessor by the rule that keeps it from being the article's subject
    (:func:`kg.nlp.document.owns_named_relative`); that rule alone is too
    narrow here, as the owner of any other thing ("Xiaomi's cloud unit") is
    not what is listed either, while it remains what the sentence is about."""
    if owns_named_relative(lang, sentence, company):
        return True
    if not company.surface.endswith(POSSESSIVE_ENDS) or company.surface == company.label:
        return False  # "McDonald's" is a name, not a possessive
    following = sentence.text[sentence.local(company.end):].split()[:3]
    return not relation_cues(lang).stock_words.search(" ".join(following))


# A capitalised word with a possessive ending: "Corvanta's", "Siemens'".
_POSSESSOR = re.compile(r"\b[A-ZÄÖÜ][\w.&\-]*(?:['’]s|s?['’])(?=\s)")


# A possessive name and up to two lower-case words ending a text: "Arm's", "Arm's biggest".
_POSSESSOR_ENDING = re.compile(r"(?<![\w.&\-])[A-ZÄÖÜ][\w.&\-]*(?:['’]s|s?['’])(?:\s+[a-zäöüß][\w\-]*){0,2}\s+$")


def _unknown_possessor_before(sentence: Sentence, offset: int) -> bool:
    """Does a possessive name that is no known entity own the noun at ``offset``
    (sentence-local; "Arm's rival X", "Arm's biggest rival X")? The noun is then
    that name's, and no other company of the sentence or the article stands in for it."""
    found = _POSSESSOR_ENDING.search(sentence.text, 0, offset)
    if found is None:
        return False
    start = sentence.start + found.start()
    return not any(m.start <= start < m.end for m in sentence.mentions)


def _holding_after(document: Document, sentence: Sentence, at: int, held: str) -> list[Mention]:
    """The holding a head that names only a holding means ("the holding" of "Y, in which
    the holding owns 62%") right after ``at`` (sentence-local): the one company named in
    the text as a holding ("X Holding"), other than ``held``; none where there is no
    such head, or no or several holdings."""
    words = lexicon(document.lang)["references"]
    heads = words.get("holding_only_heads") or []
    if not heads:
        return []
    found = re.compile(rf"\s+(?P<ref>(?i:{alternation(words['determiners'])})\s+"
                       rf"(?i:{alternation(heads)}))(?![\w-])").match(sentence.text, at)
    if found is None:
        return []
    ending = re.compile(rf"(?:{words['holding_name']})$")
    holdings = {m.label for m in document.mentions
                if m.type == "Company" and m.label != held and ending.search(m.label)}
    if len(holdings) != 1:
        return []
    label = holdings.pop()
    return [Mention(sentence.start + found.start("ref"), sentence.start + found.end("ref"), label,
                    "Company", found.group("ref"), "reference/holding")]


def _rival_compound_around(lang: str, sentence: Sentence, offset: int) -> bool:
    """Is the noun at ``offset`` (sentence-local) the end of a company's rival compound
    ("Acme rival" of "a venture with Acme rival X")? The rival noun is then that
    company's, not the article subject's, even where a preposition governs the company."""
    for mention in sentence.mentions:
        end = rival_described(lang, sentence, mention)
        if end is not None and sentence.local(mention.end) < offset < end:
            return True
    return False


def _unknown_owner(sentence: Sentence, venue: Mention) -> str | None:
    """The possessive name that is no known entity standing before the venue
    ("Corvanta" of "Corvanta's Nasdaq-listed shares"), if any: the shares are
    that name's, and the article's subject is not the listed company; the name
    may still open the name of a company the article names ("Novo's" after
    "Novo Nordisk")."""
    for match in _POSSESSOR.finditer(sentence.text[:sentence.local(venue.start)]):
        start = sentence.start + match.start()
        if not any(m.start <= start < m.end for m in sentence.mentions):
            return _POSSESSIVE_END.sub("", match.group(0))
    return None


# The possessive ending of a name: "'s", "’s", a bare apostrophe.
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _exchange_codes(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"(SS:688981)", "NASDAQ: MSFT": an exchange code before a ticker names
    the exchange the company's shares trade on."""
    mentions = sentence.mentions
    for code, ticker in zip(mentions, mentions[1:]):
        if code.type == "StockExchange" and ticker.type in ISSUER_TYPES \
                and _is_ticker(document, ticker) \
                and _TICKER_JOIN.match(sentence.text[sentence.local(code.end):sentence.local(ticker.start)]):
            yield make_relation(ticker, "listedOn", code, sentence,
                                f"relations/{document.lang}/exchange-code")
    text = sentence.text
    for issuer, code in zip(mentions, mentions[1:]):
        # "Acme Robotics Inc (NYSE:ACRB)": a ticker the catalogue does not know, in brackets
        # right after the issuer's name, still says where its shares trade
        if code.type == "StockExchange" and issuer.type in ISSUER_TYPES \
                and issuer.rule not in ("gazetteer/ticker", "gazetteer/exchange-code") \
                and _bracket_before_code(document.lang).match(
                    text[sentence.local(issuer.end):sentence.local(code.start)]) \
                and _UNKNOWN_TICKER.match(text[sentence.local(code.end):]) \
                and not any(m.start >= code.end and m.type in ISSUER_TYPES
                            and _TICKER_JOIN.match(text[sentence.local(code.end):sentence.local(m.start)])
                            for m in mentions):
            yield make_relation(issuer, "listedOn", code, sentence,
                                f"relations/{document.lang}/exchange-code")


@lru_cache(maxsize=4)
def _bracket_before_code(lang: str) -> re.Pattern[str]:
    """Between an issuer's name and the exchange code of its bracket: its legal
    form at most ("Inc", "plc"), then the opening bracket."""
    forms = "|".join(re.escape(f) for f in lexicon(lang)["discovery"]["drop_suffixes"])
    return re.compile(rf"^,?(?:\s+(?:{forms}))?\s*\(\s*$")


# After an exchange code: a colon and a ticker-shaped token, then the bracket closes.
_UNKNOWN_TICKER = re.compile(r"^\s?:\s?[A-Z0-9][A-Z0-9.\-]{0,9}\s*[);,]")


def _is_ticker(document: Document, mention: Mention) -> bool:
    """Is the mention printed as one of the company's tickers ("MSFT", "0981")?"""
    entry = document.catalogue.get(mention.label)
    return mention.rule == "gazetteer/ticker" or (
        entry is not None and mention.surface in entry.tickers)


# Between an exchange code and its ticker: a colon, maybe spaced.
_TICKER_JOIN = re.compile(r"^\s?:\s?$")


def _speaks_of_shares(lang: str, before: str, after: str) -> bool:
    """"in Hongkong" near a share word ("Aktien fielen in Hongkong", "shares
    fell 3% in Hong Kong"), and not as a seat ("based in Hong Kong",
    "die in Hongkong ansässige X"); the share word in the place's own part of the sentence, not
    past a colon ("Fraport-Aktie vorn: Mehr Fluggäste in Frankfurt" counts passengers there)."""
    cues = relation_cues(lang)
    if cues.seat_before.search(before) or _seated_after(lang).match(after):
        return False
    debut = _venue_patterns(lang).debut
    near_before = _COLON_BREAK.split(before[-60:])[-1]
    near_after = _COLON_BREAK.split(after[:60])[0]
    return any(words is not None and (words.search(near_after) or words.search(near_before))
               for words in (cues.stock_words, debut))


_COLON_BREAK = re.compile(r"[:;]")  # marks that end one part of a sentence or headline


def _issuer(document: Document, sentence: Sentence, mention: Mention) -> bool:
    """A company, or a bank the article is about or whose shares the sentence
    speaks of ("Die Aktien der Bank … im ATX"), may be listed or in an index;
    a bank named beside another company is most often its analyst."""
    return mention.type == "Company" or mention.type == "FinancialInstitution" and (
        mention.label == document.topic or is_share_subject(document.lang, sentence, mention))


def _exchange_in(document: Document, city: str) -> str | None:
    """A city named as trading venue means its main stock exchange."""
    return main_exchanges(document.catalogue).get(city)


@per_catalogue
def main_exchanges(catalogue: Catalogue) -> dict[str, str]:
    """The main stock exchange of each place that has one, computed once per
    catalogue: of the exchanges seated there that are no segment of another
    there, the one the catalogue lists companies on (a metal or futures
    exchange in the same city lists none, a listing segment counts for its
    exchange); failing that, the only exchange that is no segment of another,
    but not in a country whose cities hold exchanges: there an exchange seated
    in the country alone is one whose city the catalogue lacks (a futures
    exchange "in China", a regional one "in Japan"), not the country's market.
    Two exchanges with listings ("New York") leave the place ambiguous: it
    names none. Among venues that are siblings of one operator (Xetra and
    the floor exchange of Frankfurt) the place names the one called after
    it ("Frankfurt Stock Exchange"), else none."""
    listings: dict[str, int] = {}
    for entry in catalogue.entries.values():
        for exchange in entry.listed_on:
            listings[exchange] = listings.get(exchange, 0) + 1
    by_place: dict[str, list[CatalogueEntry]] = {}
    for entry in catalogue.entries.values():
        if entry.type == "StockExchange":
            for place in entry.located_in:
                by_place.setdefault(place, []).append(entry)
    places = [catalogue.get(place) for place in by_place]
    regions = {outer for entry in places if entry is not None for outer in entry.located_in}
    found: dict[str, str] = {}
    for place, there in by_place.items():
        listed = [e for e in there if listings.get(e.label)]
        pool = listed or ([] if place in regions else there)
        labels = {e.label for e in pool}
        main = [e for e in pool if not set(e.parents) & labels]
        if len(main) != 1:
            continue
        winner = main[0]
        siblings = [e for e in there if e is not winner and winner.label not in e.parents
                    and e.label not in winner.parents and set(e.parents) & set(winner.parents)]
        if not siblings:
            found[place] = winner.label
            continue
        # one operator's venues in the city (Xetra and the Frankfurt floor exchange): the city
        # names the one that bears its name, if just one does
        named = [e.label for e in (winner, *siblings) if e.label.startswith(f"{place} ")]
        if len(named) == 1:
            found[place] = named[0]
    return found


# A capitalised word right after a compound: a name, where a verb or a lower-case word follows
# a compound that stands for the article's subject ("the Nvidia rival said").
_CAPITALISED_WORD_AFTER = re.compile(r"\s+[^\W\d_a-zà-ÿ][\w\-.&]*")


@lru_cache(maxsize=4)
def _rival_suffix(lang: str) -> re.Pattern[str]:
    return re.compile(rf"^(?:{lexicon(lang)['rivals']['compound']})\b")


def rival_compounds(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"der Oracle-Konkurrent teilte mit", "the Nvidia rival AMD": the company
    so described (named right after, else the article's subject when one
    clearly wins) competes with the one named in the compound."""
    suffix = _rival_suffix(document.lang)
    companies = sentence.of_types(frozenset({"Company"}))
    for mention in companies:
        cue = suffix.match(sentence.text[sentence.local(mention.end):])
        if cue is None or _former_before(document.lang, sentence, sentence.local(mention.start)):
            continue  # "der einstige SAP-Rivale X": a rivalry that has ended
        named = [m for m in companies if 0 <= m.start - (mention.end + cue.end()) <= 2]
        # "Nintendo, Sony's main rival in consoles, reports …": the apposition describes the
        # company right before its comma
        named = named or [m for m in companies if m is not mention and m.end <= mention.start
                          and sentence.text[sentence.local(m.end):sentence.local(mention.start)]
                          .strip() == ","]
        if not named and _CAPITALISED_WORD_AFTER.match(sentence.text, sentence.local(mention.end) + cue.end()):
            # "Tessaly rival Corlane Automation": the compound describes a company named right
            # after it that is not known as one; never the article's subject in its place
            continue
        main = named[0].label if named else \
            salient(document, ISSUER_TYPES, exclude=frozenset({mention.label}))
        if main is not None:
            yield make_relation(main, "competitorOf", mention, sentence,
                                f"relations/{document.lang}/rival-compound")


@lru_cache(maxsize=4)
def _rival_lead(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The opening of a rival clause with no name ("Rivals", "Auch die Konkurrenz"), and the
    rival noun after a name in the genitive ("Auch Xs heimische Rivalen")."""
    cues = lexicon(lang)["relation_cues"]
    if not cues.get("rival_lead") or not cues.get("rival_nouns"):
        return None
    return (re.compile(rf"^\W*(?:{cues['rival_lead']})\s*(?:{cues['rival_nouns']})\b"),
            re.compile(rf"\s+(?:{cues['rival_nouns']})\b"))


def _unnamed_rivals_closing(lang: str, sentence: Sentence) -> bool:
    """Does the sentence speak of rivals in its last clause and name no organisation ("Die
    Konkurrenz schläft allerdings nicht.", "The deal follows similar moves by rivals.")? A
    negation there leaves the rivals ("has not stood still"); only one on the noun itself ("faces
    no competition") denies them, which the cue leaves out."""
    cue = lexicon_pattern(lang, "relation_cues", "unnamed_rivals")
    return cue is not None and cue.search(sentence.text) is not None \
        and not any(m.type in ORGANIZATION_TYPES for m in sentence.mentions)


def _lead_clause(document: Document, sentence: Sentence) -> tuple[int, str | None] | None:
    """Where a clause opened by a rival noun that names no rival ends: at a colon
    ("Auch die Konkurrenz legt Zahlen vor:"), or with the sentence ("Rivals have
    struggled more."); with whose rivals they are where a genitive name opens it
    ("Auch Xs heimische Rivalen bekommen den Druck zu spüren."); with the sentence also
    where its last clause speaks of rivals and it names no one ("Die Konkurrenz schläft
    allerdings nicht."). None for any other sentence."""
    patterns = _rival_lead(document.lang)
    if patterns is None:
        return None
    if _unnamed_rivals_closing(document.lang, sentence):
        return len(sentence.text), None
    if relation_cues(document.lang).negation.search(sentence.text):
        return None
    colon = sentence.text.find(":")
    end = colon if colon > 0 else len(sentence.text)
    named = [m for m in sentence.mentions
             if m.type in ORGANIZATION_TYPES and sentence.local(m.start) < end]
    if not named and patterns[0].match(sentence.text):
        return end, None
    if named and patterns[0].match(sentence.text) and {m.label for m in named} == {
            salient(document, ISSUER_TYPES)} and not any(genitive(m) for m in named):
        # "Rival software makers followed X higher.": the article's company named as the
        # one the rivals follow is whose rivals they are
        return end, named[0].label
    if len(named) == 1 and genitive(named[0]) and named[0].type in _COMMERCIAL \
            and len(sentence.text[:sentence.local(named[0].start)].split()) <= 1 \
            and patterns[1].match(sentence.text, sentence.local(named[0].end)):
        return end, named[0].label
    return None


def _rivals_after_lead(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"Rivals have struggled more. X cut its forecast, and Y swung to a loss",
    "Auch die Konkurrenz legt Zahlen vor: Der Suchmaschinenkonzern X berichtet
    am Dienstag, der Onlinehändler Y eine Woche später": a rival noun that names
    no rival is filled by the companies that open the clauses right after it, in
    the rest of its sentence after a colon or in the next sentence; they are
    the rivals of the company in the genitive before the noun, else of the
    article's company, and of its kind (a bank's, banks)."""
    lead = _lead_clause(document, sentence)
    if lead is not None and lead[0] < len(sentence.text):
        start, owner = lead[0] + 1, lead[1]
    elif sentence.index > 0 and (lead := _lead_clause(document, previous := document.sentences[
            sentence.index - 1])) is not None and lead[0] == len(previous.text):
        start, owner = 0, lead[1]
    else:
        return
    main = owner or salient(document, ISSUER_TYPES)
    if main is None:
        return
    kind = document.type_of(main)
    opening = _clause_opening(document.lang)
    for mention in sentence.mentions:
        if sentence.local(mention.start) < start or mention.type != kind or mention.label == main:
            continue
        clause = re.split(r"[,;:]", sentence.text[start:sentence.local(mention.start)])[-1]
        if opening.match(clause):
            yield make_relation(main, "competitorOf", mention, sentence,
                                f"relations/{document.lang}/rival-lead")


def _coordinated_rival(lang: str, sentence: Sentence, before: list[Mention], t_start: int) -> Mention | None:
    """The name right before a rival noun when only a conjunction, an article and adjectives
    stand between them ("X and the British rival Y"): X is listed beside the rival, whose rival
    neither phrase says; None where the gap is anything else ("X and its rival Y": X's)."""
    gap = lexicon_pattern(lang, "relation_cues", "coordinated_rival")
    if gap is None or not before:
        return None
    last = before[-1]
    return last if gap.fullmatch(sentence.text, sentence.local(last.end), sentence.local(t_start)) else None


def _role_rival(lang: str, sentence: Sentence, t_end: int, first: Mention) -> bool:
    """Does a role noun stand between a rival noun and its first name ("Rival activist X",
    "the rival bidder X")? X is a rival in that role, of another investor or bidder, not of
    a company that holds no such role (the target of the campaign or the bids)."""
    gap = lexicon_pattern(lang, "relation_cues", "role_rival")
    return gap is not None and first.start > t_end and gap.fullmatch(
        sentence.text, sentence.local(t_end), sentence.local(first.start)) is not None


def _apposed_rivals(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"X faces strong competition at home. Y, its biggest rival in games, reported …": a
    company opening its sentence with an apposition that calls it "its" rival rivals the
    company the pronoun points at (:func:`_apposed_rival_owner`). Nothing where the name stands
    further in ("A said Y, its rival, …" leaves open whether "its" is A's)."""
    cue = lexicon_pattern(document.lang, "relation_cues", "apposed_rival")
    opening = _opening_subject(document.lang, sentence)
    if cue is None or not opening or opening[0].type not in _COMMERCIAL \
            or not cue.match(sentence.text, sentence.local(opening[0].end)):
        return
    owner = _apposed_rival_owner(document, sentence, opening[0])
    if owner is not None:
        yield make_relation(owner, "competitorOf", opening[0], sentence,
                            f"relations/{document.lang}/apposed-rival")


def _owned_rival_appositions(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"Deutsche Bank, Commerzbank's larger domestic rival, has ruled out a bid": a company
    followed by an apposition that names, in the possessive, whose rival it is rivals that
    owner, wherever the pair stands; the owner is named, so no pronoun is to be resolved."""
    cue = lexicon_pattern(document.lang, "relation_cues", "apposed_owned_rival")
    if cue is None:
        return
    names = sentence.of_types(_COMMERCIAL)
    for rival, owner in zip(names, names[1:]):
        if rival.label != owner.label and _APPOSITION_GAP.fullmatch(
                sentence.text, sentence.local(rival.end), sentence.local(owner.start)) \
                and cue.match(sentence.text, sentence.local(owner.end)):
            yield make_relation(owner, "competitorOf", rival, sentence,
                                f"relations/{document.lang}/owned-rival")


# Between a name and the one opening its apposition: a comma only.
_APPOSITION_GAP = re.compile(r",\s+")


def _relative_customers(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"X, the maker of testers whose largest customer is Y, …", "X, dessen größter Kunde Y
    ist, …": the relative clause's pronoun stands for the organisation named right before it
    (an apposition between at most, whose noun may have been read as a reference to it), which supplies the one the clause names. Not where that
    name owns what follows it ("is Y's unit"): the customer is then another."""
    cues = _cue_pair(document.lang, "relation_cues", "relative_customer", "relative_customer_close")
    if cues is None:
        return
    gap, close = cues
    text = sentence.text
    # "X, the Tokyo-based maker of testers whose …": the apposition's noun, read as a reference
    # to X, is part of X's phrase
    organisations = [m for k, m in enumerate(sentence.of_types(_COMMERCIAL))
                     if k == 0 or not m.rule.startswith("reference/")
                     or m.label != sentence.of_types(_COMMERCIAL)[k - 1].label]
    for supplier, customer in zip(organisations, organisations[1:]):
        end = sentence.local(customer.end)
        if gap.fullmatch(text, sentence.local(supplier.end), sentence.local(customer.start)) \
                and close.match(text, end) and not _POSSESSIVE_NEXT.match(text, end):
            yield make_relation(supplier, "supplierOf", customer, sentence,
                                f"relations/{document.lang}/relative-customer")


def _another_rival(document: Document, sentence: Sentence, earlier: list[Relation]) -> Iterator[Relation]:
    """"Rival Y cut its outlook. Z, another competitor, said …": a company an apposition calls
    another rival rivals the company whose rival the text named just before (``earlier``: the
    relations of this sentence and of the one before in its paragraph, read before the name):
    the one side all those rivalries share; of a single rivalry, the side neither sentence
    names (the article's company, spoken of by a rival noun), else the article's company.
    Nothing where that is not one company."""
    cue = lexicon_pattern(document.lang, "relation_cues", "apposed_other_rival")
    if cue is None:
        return
    for rival in sentence.of_types(_COMMERCIAL):
        if not cue.match(sentence.text, sentence.local(rival.end)):
            continue
        start = document.sentences[max(0, sentence.index - 1)].start
        named = {m.label for m in document.mentions if start <= m.start < sentence.end
                 and not m.rule.startswith("reference/")}
        pairs = [{r.subject, r.object} for r in earlier if r.predicate == "competitorOf"
                 and r.evidence.start < rival.start and rival.label not in (r.subject, r.object)]
        owners = set.intersection(*pairs) if pairs else set()
        if len(owners) == 2:
            # one rivalry: its side left unnamed, else the article's company
            owners = {label for label in owners if label not in named} \
                or owners & {salient(document, ISSUER_TYPES)}
        if len(owners) == 1:
            yield make_relation(owners.pop(), "competitorOf", rival, sentence,
                                f"relations/{document.lang}/another-rival")


def _apposed_rival_owner(document: Document, sentence: Sentence, rival: Mention) -> str | None:
    """Whose rival "its" calls the company opening the sentence: the trading company opening
    the sentence before; where that sentence opens with a possessive pronoun itself ("The
    group grew. Its new SUV competes with Z. Y, its largest rival at home, …"), the company
    that one stands for, read as a reference is (the subject of the sentence before it, else
    the article's company). None where the sentence before opens with other words, or with
    a list of names ("A and B sold more cars. Y, its largest rival, …": whose is open)."""
    if sentence.index == 0:
        return None
    previous = document.sentences[sentence.index - 1]
    before = _opening_subject(document.lang, previous)
    if before:
        return before[0].label if before[0].type in _COMMERCIAL and before[0].label != rival.label \
            and not coordinated(document, before[0], _COMMERCIAL) else None
    if not relation_cues(document.lang).opening_possessive.match(previous.text):
        return None
    return antecedent(document, previous, ISSUER_TYPES, previous.start, window=1,
                      exclude=frozenset({rival.label}))


@lru_cache(maxsize=4)
def _named_as(lang: str) -> tuple[tuple[str, bool, bool, re.Pattern[str]], ...]:
    """(predicate, whether the article's company is the subject, whether the sentence must
    name no other company, pattern) of each phrase that, after a company opening a sentence,
    calls it the customer or the backer of no one named. An order raised may be of goods
    another company named makes ("X raised its orders for Nvidia chips"): that phrase holds
    only where the sentence names no other company."""
    cues = lexicon(lang)["relation_cues"]
    phrases = (("supplierOf", True, False, "customer_is"), ("investsIn", False, False, "backer_is"),
               ("supplierOf", True, True, "orders_raised"))
    return tuple((predicate, article_first, alone, re.compile(cues[key]))
                 for predicate, article_first, alone, key in phrases if cues.get(key))


def _customers_of_article(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"Intel was the first customer to install the machine", "X ist der größte
    Kunde", "X and Y are among its first customers": a company, or a list of them,
    opening the sentence that is called a customer of no one named is the customer
    of the article's company, which supplies it; "X and Y are among its backers":
    each holds a stake in the article's company."""
    if not sentence.mentions:
        return
    first = sentence.mentions[0]
    if first.type not in _COMMERCIAL or not _opens_sentence(document, first) \
            or relation_cues(document.lang).negation.search(sentence.text):
        return
    named_as = _named_as(document.lang)
    if not any(pattern.search(sentence.text, sentence.local(first.start)) for *_, pattern in named_as):
        return  # no phrase after the opening name: the list after it (a costly walk) is not needed
    listed = list_after(document.lang, sentence, sentence.mentions, first.start)
    for predicate, article_first, alone, pattern in named_as:
        customers = listed if len(listed) > 1 and all(m.type in _COMMERCIAL for m in listed) \
            and pattern.match(sentence.text, sentence.local(listed[-1].end)) else [first]
        if pattern.match(sentence.text, sentence.local(customers[-1].end)) is None:
            continue
        if alone and any(m.type in _COMMERCIAL and m.label not in {c.label for c in customers}
                         for m in sentence.mentions):
            continue
        main = salient(document, ISSUER_TYPES, exclude=frozenset(m.label for m in customers))
        previous = next((earlier for _back, earlier in document.looking_back(sentence, 1, first=1)), None)
        if previous is not None and previous.mentions and _opens_sentence(document, previous.mentions[0]) \
                and previous.mentions[0].type in _COMMERCIAL and previous.mentions[0].label != main \
                and all(previous.mentions[0].label != m.label for m in customers):
            return  # "Samsung reported results. X and Y are among its customers": whose is unclear
        if main is None:
            continue
        for customer in customers:
            if article_first:
                yield make_relation(main, predicate, customer, sentence,
                                    f"relations/{document.lang}/customer-of-article")
            else:
                yield make_relation(customer, predicate, main, sentence,
                                    f"relations/{document.lang}/backer-of-article")


@lru_cache(maxsize=4)
def _users_opening(lang: str) -> re.Pattern[str] | None:
    """A sentence opening that lists users of no product named."""
    words = lexicon(lang)["relation_cues"].get("users_opening")
    return re.compile(rf"^\W*(?:{words})\b") if words else None


def _users_of_article(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"Zu den ersten Nutzern gehören laut X die Y und Z", "Among its first users are Y and Z":
    the sentence names no product, so each organisation of the list after the opening uses the
    product the article is about, where one clearly wins and the article named it before. A
    source cited in the list ("laut X") uses nothing; a negated sentence names no user."""
    pattern = _users_opening(document.lang)
    opening = None if pattern is None else pattern.match(sentence.text)
    if opening is None or relation_cues(document.lang).negation.search(sentence.text) \
            or any(m.type in PRODUCT_TYPES for m in sentence.mentions):
        return
    product = _product_of_article(document, sentence.start)
    if product is None:
        return
    start = sentence.start + opening.end()
    after = [m for m in sentence.mentions if m.start >= start]
    if after and cited(document.lang, sentence, after[0]):
        start, after = after[0].end, after[1:]  # "laut X die Y und Z": the list follows the source
    for user in list_after(document.lang, sentence, after, start):
        if user.type in ORGANIZATION_TYPES:
            yield make_relation(user, "uses", product, sentence, f"relations/{document.lang}/users-of-article")


def _product_of_article(document: Document, before: int) -> str | None:
    """The product the article is about up to ``before``: the one named there most often, by
    two mentions more than any other (a product named once beside its rivals does not win)."""
    counts = Counter(m.label for m in document.mentions if m.type in PRODUCT_TYPES and m.start < before)
    ranked = counts.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[0][1] - ranked[1][1] < _PRODUCT_LEAD:
        return None
    return ranked[0][0] if ranked[0][1] >= _PRODUCT_LEAD else None


# How many mentions more than the next the article's product needs.
_PRODUCT_LEAD = 2


@lru_cache(maxsize=4)
def _clause_opening(lang: str) -> re.Pattern[str]:
    """Up to three words before a name that leave it the clause's subject: a conjunction, an
    article, capitalised words ("and", "Der Suchmaschinenkonzern", "China's"), no preposition;
    a conjunction of contrast may open them ("while Y added 2%")."""
    cues = lexicon(lang)["relation_cues"]
    contrast = cues.get("contrast_conjunctions") or "(?!)"
    word = rf"(?:{cues['conjunctions']}|(?i:{cues['articles']})|[A-ZÄÖÜ][\w.\-]*(?:['’]s)?)"
    return re.compile(rf"^\s*(?:(?:{contrast})\s+)?(?:{word}\s+){{0,3}}$")


@lru_cache(maxsize=4)
def _role_suffixes(lang: str) -> tuple[tuple[str, bool, re.Pattern[str]], ...]:
    """(predicate, whether the named company is the subject, pattern) of each
    role compound the language has."""
    table = lexicon(lang)["rivals"]
    roles = (("partnerOf", True, "partner_named"), ("supplierOf", True, "supplier_named"),
             ("supplierOf", False, "customer_named"), ("investsIn", True, "investor_named"))
    return tuple((predicate, named_first, re.compile(rf"^(?:{table[key]})\b"))
                 for predicate, named_first, key in roles if table.get(key))


def role_compounds(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"der Apple-Zulieferer Foxconn", "Nvidia customer Meta", "der
    OpenAI-Investor Microsoft": a role compound right before a name relates
    the named company to the one in the compound. Without a name right
    after, nothing: which company is meant is unclear."""
    companies = sentence.of_types(_COMMERCIAL)
    for mention in companies:
        rest = sentence.text[sentence.local(mention.end):]
        for predicate, named_first, suffix in _role_suffixes(document.lang):
            cue = suffix.match(rest)
            if cue is None:
                continue
            named = [m for m in companies if 0 <= m.start - (mention.end + cue.end()) <= 2
                     and m.label != mention.label]
            if named and not _former_before(document.lang, sentence, sentence.local(mention.start)):
                s, o = (named[0], mention) if named_first else (mention, named[0])
                yield make_relation(s, predicate, o, sentence,
                                    f"relations/{document.lang}/role-compound")


@lru_cache(maxsize=4)
def _customer_apposed(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The customer noun with its article right before a name ("der Großkunde ", "its key
    customer "), and the words that make the customer one lost or leaving; None where the
    language has none."""
    table = lexicon(lang)["rivals"]
    if not table.get("customer_apposed") or not table.get("customer_left"):
        return None
    # a word of the past among the noun's adjectives ("der frühere Großkunde") ends the tie too
    former = rf"|(?<![\w\-])(?:{table['former']})(?![\w\-])" if table.get("former") else ""
    return re.compile(rf"(?<![\w\-])(?:{table['customer_apposed']})"), \
        re.compile(rf"(?<![\w\-])(?:{table['customer_left']})(?![\w\-]){former}")


def customer_appositions(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"Der Großkunde Apple bestellte mehr", "Infineon liefert an den Großkunden Apple", "its
    biggest customer Apple": the customer noun names the role of the name after it towards
    the clause's own company, which supplies it: the one company named before it in the
    sentence, else (no company before) the article's. Nothing where a company follows the
    name (which one the customer is of is open: "… wechselt zu Y"), where the customer is
    lost or leaving, where the tie is past ("der frühere Großkunde") or the sentence is
    negated."""
    patterns = _customer_apposed(document.lang)
    if patterns is None:
        return
    apposed, left = patterns
    if left.search(sentence.text) or relation_cues(document.lang).negation.search(sentence.text):
        return
    companies = [m for m in sentence.of_types(_COMMERCIAL) if not cited(document.lang, sentence, m)]
    for customer in companies:
        at = sentence.local(customer.start)
        noun = apposed.search(sentence.text, max(0, at - 60), at)
        if noun is None or noun.end() != at or left.search(noun.group(0)) \
                or _former_before(document.lang, sentence, noun.start()):
            continue
        others = [m for m in companies if m.label != customer.label]
        if any(m.start > customer.start for m in others):
            return
        owners = {m.label for m in others}
        owner = owners.pop() if len(owners) == 1 else None if owners else salient(
            document, ISSUER_TYPES, exclude=frozenset({customer.label}))
        if owner is not None:
            yield make_relation(owner, "supplierOf", customer, sentence,
                                f"relations/{document.lang}/customer-apposition")


@lru_cache(maxsize=4)
def _former(lang: str) -> re.Pattern[str] | None:
    words = lexicon(lang)["rivals"].get("former")
    # the word, then at most the name that opens a compound ("frühere Apple-"), or a possessor
    return re.compile(rf"\b(?:{words})(?:\s+|-)(?:[\w.&]+(?:-|['’]s\s+|\s+))?$") if words else None


def _former_before(lang: str, sentence: Sentence, offset: int) -> bool:
    """Does a word of the past stand right before the offset ("der frühere Apple-Zulieferer",
    "former rival X")? The tie named there has ended."""
    former = _former(lang)
    return former is not None and former.search(sentence.text, 0, offset) is not None


@lru_cache(maxsize=4)
def _deal_suffixes(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    table = lexicon(lang)["rivals"]
    return (("partnerOf", re.compile(rf"^(?:{table['partner_compound']})\b")),
            ("investsIn", re.compile(rf"^(?:{table['stake_compound']})\b")),
            ("acquired", re.compile(rf"^(?:{table['acquired_compound']})\b")))


def deal_compounds(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"die Blizzard-Kooperation trägt Früchte", "gains from the Anthropic
    stake", "die Covestro-Übernahme": a partnership, stake or takeover named
    only by the other party belongs to the article's subject, when one
    clearly wins."""
    for mention in sentence.of_types(_COMMERCIAL):
        if mention.surface.endswith(POSSESSIVE_ENDS):
            continue  # "Microsoft's acquisition": the owner of the deal, not its other party
        rest = sentence.text[sentence.local(mention.end):]
        for predicate, suffix in _deal_suffixes(document.lang):
            if not suffix.match(rest):
                continue
            if _unreal(document, sentence) or predicate == "investsIn" \
                    and _divested(document.lang, sentence):
                continue  # "beendet die OpenAI-Kooperation", "sold its Apple stake": none now
            main = salient(document, ISSUER_TYPES, exclude=frozenset({mention.label}))
            if main is not None:
                yield make_relation(main, predicate, mention, sentence,
                                    f"relations/{document.lang}/{predicate}-compound")


@lru_cache(maxsize=4)
def _unit_cue(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{lexicon(lang)['units']['before']})\s+$")


def _named_units(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"Bei der Dialysetochter Fresenius Medical Care": a unit noun before a
    name, with no parent named before it in the sentence, makes it a unit of
    the company the catalogue gives as its parent, or else of the one company
    of the article whose name the unit's name begins with."""
    cue = _unit_cue(document.lang)
    for unit in sentence.of_types(_COMMERCIAL):
        if not cue.search(sentence.text[:sentence.local(unit.start)]):
            continue
        if any(m.end <= unit.start and m.type in ORGANIZATION_TYPES and m.label != unit.label
               for m in sentence.mentions):
            continue  # "die Siemens-Tochter Healthineers": the trigger rule names the parent
        parent = _parent_in(document, unit.label) or _topic_parent(document, sentence, unit)
        if parent is not None:
            yield make_relation(unit, "subsidiaryOf", parent, sentence,
                                f"relations/{document.lang}/unit-noun")


def _topic_parent(document: Document, sentence: Sentence, unit: Mention) -> str | None:
    """"Die polnische Tochter X" in a text about a bank: a unit the catalogue
    does not know is the article subject's, when neither this sentence nor
    the one before names another company it could belong to. A company the
    catalogue knows without a parent stays independent ("die Tochter
    Covestro" in a text about Bayer names no parent)."""
    topic = document.topic
    if topic is None or topic == unit.label or document.type_of(topic) not in _COMMERCIAL \
            or document.catalogue.get(unit.label) is not None:
        return None
    previous = document.sentences[sentence.index - 1] if sentence.index > 0 else None
    nearby = [(sentence, m) for m in sentence.mentions] + (
        [(previous, m) for m in previous.mentions] if previous is not None else [])
    cue = _unit_cue(document.lang)
    # a sibling named with a unit noun too ("die Wartungstochter X … Die Billigtochter Y") is
    # another of the units, no parent
    if any(m.type in ORGANIZATION_TYPES and m.label not in (topic, unit.label)
           and document.catalogue.parent_of(m.label) != topic
           and not cue.search(where.text[:where.local(m.start)]) for where, m in nearby):
        return None
    return topic


def _parent_in(document: Document, unit: str) -> str | None:
    named = {m.label for m in document.mentions}
    parent = document.catalogue.parent_of(unit)
    if parent is not None:
        return parent if parent in named else None
    prefixed = {m.label for m in document.mentions
                if m.type in _COMMERCIAL and m.label != unit
                and unit.startswith((f"{m.surface} ", f"{m.label} "))}
    return prefixed.pop() if len(prefixed) == 1 else None
