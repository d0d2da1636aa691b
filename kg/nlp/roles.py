"""People and coverage: who works for whom with which title, and which
institution covers which company.

* **roles**: "Konzernchef Jensen Huang", "Amy Hood, Chief Financial
  Officer", "X wird neuer Finanzchef" (worksFor with the title);
* **covers** from analysts' comments ("Analyst X von Citi", "analysts at
  Y"), and from ratings and analysts' estimates (see :func:`covers_from`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kg.nlp.discovery import catalogue_names, firm_noun, firm_partner_after
from kg.nlp.document import (
    INSTITUTION,
    ISSUER_TYPES,
    ORGANIZATION_TYPES,
    PRODUCT_TYPES,
    QUOTE_MARK,
    Document,
    Sentence,
    addressed,
    cited,
    compound_modifier,
    named_only_as,
    owns_named_relative,
    same_clause,
)
from kg.nlp.gazetteer import Mention, alternation
from kg.nlp.lang import lexicon, lexicon_pattern
from kg.nlp.references import (
    joined_clause_subject,
    listed_on_exchange,
    named_as_rivals,
    unnamed_first_word,
)
from kg.nlp.relation_cues import list_after, list_ending, make_relation, relation_cues
from kg.nlp.salience import (
    MARGIN,
    MINIMUM,
    contest_object,
    introduced_as_rival,
    opens,
    part_of_salient,
    passage_subject,
    passing_rival,
    ranking,
    salient,
)
from kg.records import Evidence, Figure, Rating, Relation


@dataclass(frozen=True)
class _RolePatterns:
    before: re.Pattern[str]  # "Konzernchef X", "Citi-Analyst X"
    # after a name the title and a verb stand before, the infinitive closing its clause when it
    # is no verb of an appointment ("Der Finanzchef wird X treffen"): X holds no post
    object_infinitive: re.Pattern[str] | None
    # "co-presidents X and Y", "die Co-Chefs X und Y", "die SAP-Vorstände X und Y": a title in
    # the plural before two names, the employer in front of it as in the singular (group "org")
    plural: re.Pattern[str]
    singular_endings: tuple[tuple[str, str], ...]  # ("innen", "in"): a plural title's ending and the singular's
    # the words between the two names a plural title lists ("X and Y", "X und Y")
    conjoined: re.Pattern[str]
    # "Acme's board, chaired by X", "der Aufsichtsrat der Acme unter Vorsitz von X": a board's
    # noun (group "board"), what names its company after it (group "of") and the chair's title
    chaired: re.Pattern[str]
    after: re.Pattern[str]  # "X, CEO von Y", "X (Analyst bei Y)"
    led_by: re.Pattern[str]  # "Analysten von Y unter der Leitung von X"
    # "Die Analysten der DZ Bank um X": the team before the house (team) and the word between
    # the house and the name (team_head); the head works for the house
    team: re.Pattern[str] | None
    team_head: re.Pattern[str] | None
    research: re.Pattern[str]  # a title that works for a bank or research house
    departing: re.Pattern[str]  # "Vorgänger X", "former CEO X": not the post holder
    apposed_before: re.Pattern[str]  # "X, the former ": a name's apposition up to an owner of a title
    apposed_title: re.Pattern[str]  # " CEO,", "-Chef,": the title closing that apposition
    appointed: re.Pattern[str]  # "X wird neuer Finanzchef", "X was named CEO of Y"
    appoints: re.Pattern[str]  # before a name: "Adidas beruft", "Apple named" (the post follows it)
    # before a name set off by commas: "Apple named its treasurer," (the person's post so far)
    appoints_current: re.Pattern[str] | None
    post_after: re.Pattern[str]  # after an appointed name: "zur neuen Finanzchefin", "its new CFO"
    employer: re.Pattern[str]  # after a name: "von", "of" + the employer right after
    # after a name: "vom Analysehaus", "of investment bank" + a house right after: its employer
    house_employer: re.Pattern[str]
    # after a title's linker: "der Investmentbank ", " brokerage " + a house right after
    house_noun: re.Pattern[str]
    addressee: re.Pattern[str] | None  # "der Nachrichtenagentur": who was told, no employer
    subject_after: re.Pattern[str] | None  # "der Autobauer": the clause's subject, no employer
    took_over: re.Pattern[str] | None  # "X übernahm das Ruder", "X succeeds Y": a post, no title
    took_over_before: re.Pattern[str] | None  # "Die Führung übernimmt X": the post put first
    # "Zum 1. Januar übernimmt X den Vorsitz": the verb right before the name (verb_first), the
    # post taken after it (taken_after)
    verb_first: re.Pattern[str] | None
    taken_after: re.Pattern[str] | None
    post_elsewhere: re.Pattern[str] | None  # "den Vorsitz der Monopolkommission": a body not the company's
    # a post given by a verb put before the name, each as the text before the name (ending in
    # the verb) and the text after it (up to the title, group "role"): "Bei Y folgt X auf Z als
    # Finanzchefin" (the predecessor between), "Bei Y wird X zum 1. April neue Finanzchefin"
    verb_first_posts: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    # "Bei Y wird X …": the preposition that makes Y the frame of such a clause, ending the text
    # before Y (a source cited there, "Wie Y berichtet", "Laut Y", employs no one it reports on)
    verb_first_frame: re.Pattern[str] | None
    # "Beta's former CFO X will succeed Y", "die ehemalige Siemens-Managerin X folgt auf Y": a
    # word of a past post right before an organisation's name (former_before) or after its
    # possessive (former_after); the organisation is the successor's old employer
    former_before: re.Pattern[str] | None
    former_after: re.Pattern[str] | None
    # "Y will succeed X as CEO of Z": a title and its linker after the predecessor, before the
    # organisation of the post handed on
    post_of: re.Pattern[str]
    reports_after: re.Pattern[str] | None  # "Wie Y berichtet": a medium's verb of reporting after its name
    # "X folgt auf Y, der in den Aufsichtsrat wechseln soll", "succeeding Y, who will retire":
    # a succession's cue before the predecessor (predecessor_cue) and what keeps the predecessor
    # in post after the name, or a succession still to come before it (staying, to_come)
    predecessor_cue: re.Pattern[str] | None
    past_title: re.Pattern[str]  # "previously head of strategy": a title after a name held once
    staying: re.Pattern[str] | None
    to_come: re.Pattern[str] | None
    research_act: re.Pattern[str] | None  # "X bestätigte seine Kaufempfehlung": an analyst's act
    joined: re.Pattern[str]  # " bei der ", " at ": a linker and article, all that stands before an employer
    linked_noun: re.Pattern[str]  # " vom Analysehaus ", " at investment bank ": a linker and the employer's noun
    linker_end: re.Pattern[str]  # a linker ending a text ("president of")
    article_gap: re.Pattern[str]  # a space and an article at most (after a linker)
    # ", who runs ", ", der ", ", who runs the cloud unit of ": all that stands between a name and what it runs
    heads: re.Pattern[str] | None
    # after what it runs: " leitet", ", ", "'s cloud unit,": the relative clause's end
    heads_after: re.Pattern[str] | None
    runs_before: re.Pattern[str] | None  # ", die ", ", which ": between what a person runs and the name
    runs_after: re.Pattern[str] | None  # " leitet", " runs": after the name, closing that clause
    succeeded_by: re.Pattern[str] | None  # "X will be succeeded by" + name: the name takes X's post
    # "X will step down as CEO of Y and be succeeded by" + name: the post X leaves (group "role"),
    # which the name takes
    left_succeeded: re.Pattern[str] | None
    speaker_after: re.Pattern[str] | None  # ", sagte", ", said" before a title: the speaker follows
    # ", its ", ", sagte sein " before a title: it is of the organisation the clause before names
    possessive_title: re.Pattern[str] | None
    # "Its new CEO ", "Sein Finanzchef " opening a sentence: the title is of the subject before
    opening_possessive: re.Pattern[str] | None
    # "At " opening a sentence before an organisation: it frames the clauses after it
    opening_frame: re.Pattern[str] | None
    # "Bei " before the company opening a sentence: the passage turns to that company
    topic_frame: re.Pattern[str] | None
    # " said the integration of ", " said " between a titled name and an organisation: what was said
    speaker_of: re.Pattern[str] | None
    # " kommt zu dem Schluss, dass " between a titled name and an organisation: a clause of its own
    content_clause: re.Pattern[str] | None
    # "'s company" right after a titled name: the employer is the company it owns, unnamed there
    owned_company_after: re.Pattern[str] | None
    generic_prefix: re.Pattern[str]  # "Konzern", "Vize": a title's prefix that names no employer
    spaced_prefix: re.Pattern[str] | None  # "Group" of "Group CEO": a word apart that names none
    named_title: re.Pattern[str]  # "Governor": a title that counts only with its employer named
    private_title: re.Pattern[str]  # "Geschäftsführer": a private firm's manager, no listed group's
    founder_title: re.Pattern[str]  # "Gründerin": a post at a company named after its holder
    # after a title: the fields of the post, then a linker to the employer
    # (" Nachhaltigkeit und Corporate Governance bei "), no clause break between
    title_tail: re.Pattern[str]
    left_post: re.Pattern[str] | None  # ", bislang ": an apposition's post held only so far
    unit_head: re.Pattern[str] | None  # ", the head of its ": between a name and the unit it heads
    unit_owned: re.Pattern[str]  # "'s footwear unit": after a unit's owner, the unit's words
    # ", der seit 2020 den Vorstand führt", ", who heads the Digital Industries division": a
    # relative clause of the post held after a name, with the role and the feminine role
    clause_posts: tuple[tuple[re.Pattern[str], str, str], ...]
    clause_feminine: re.Pattern[str]  # "die": the clause's pronoun of a woman
    # ", the co-chief executives", ", Netflix's co-CEOs", ", die Co-Chefs von ": a plural title after
    # two names joined by a conjunction, its owner's possessive (group "owner") or its linker
    # (group "link") naming the employer, or the phrase closed right after it (group "closed")
    pair_title: re.Pattern[str]
    pair_posts: tuple[tuple[re.Pattern[str], str], ...]  # " führen das Unternehmen gemeinsam" and the role
    # " becomes " + the employer + "'s finance chief", " is to join " + the employer + " as CFO"
    becomes_post: re.Pattern[str] | None
    becomes_title: re.Pattern[str]
    joins_post: re.Pattern[str] | None
    joins_title: re.Pattern[str]
    # " wird neuer Vorstandschef von ", " wechselt als Finanzchefin zu ": the verb, the title
    # and the link to the employer named next, all between the name and the employer
    titled_post: re.Pattern[str] | None
    moves_to: re.Pattern[str] | None  # " wechselt zum Konkurrenten ": a move to the employer next, no title
    moved_from: re.Pattern[str] | None  # " kommt von ": in a move, the organisation left is next
    moved_from_after: re.Pattern[str] | None  # " from ": after a joining's employer, the one left
    new_employer: re.Pattern[str] | None  # "bei seinem neuen Arbeitgeber ", "at his new employer "
    worked_for: re.Pattern[str] | None  # "arbeitete 14 Jahre für ", "worked as a consultant at "
    name_post: re.Pattern[str] | None  # "COO bei ", "COO at ": a post joined to a name right after
    rival_post: re.Pattern[str] | None  # "beim Mainzer Konkurrenten", "at a rival": a rival's post
    # after a title the verb of a post gives: the words a rival's or a unit's post puts before
    # the employer (" beim Mainzer Konkurrenten ", " at German rival "; " der Chemiesparte von ",
    # " of the chemicals unit of ")
    rival_reach: re.Pattern[str]
    unit_reach: re.Pattern[str]
    # between the person and that verb: no clause of its own (a comma but an age's, a quotation,
    # a speech verb or a conjunction opening a clause)
    worker_gap: re.Pattern[str]
    # between a title after a name and an organisation: a comma or a word opening a clause of
    # its own, so the organisation is no employer the title names
    clause_after_title: re.Pattern[str]


@lru_cache(maxsize=4)
def _role_patterns(lang: str) -> _RolePatterns:
    table = lexicon(lang)["roles"]
    # one group: a word may stand before any title
    # "chief executive-designate X": a title's suffix for the holder announced
    suffix = rf"(?:{table['title_suffixes']})?" if table.get("title_suffixes") else ""
    title = rf"(?:{table['titles']}|{table['named_titles']}){suffix}" if table.get("named_titles") \
        else rf"(?:{table['titles']}){suffix}"
    # "X, Nike's incoming chief executive,": a word of the post's holder, current or announced,
    # between the owner's possessive and the title after a name
    qualifier = rf"(?:(?:{table['title_qualifiers']})\s)?" if table.get("title_qualifiers") else ""
    fillers = rf"(?:(?:{table['appointed_fillers']})\s+)*"
    # "X, who became CEO of Y", "X, der seit 2020 Chef von Y ist": words before a title after a name
    title_fillers = rf"(?:(?:{table['title_fillers']})\s+)?" if table.get("title_fillers") else ""
    # "tritt X an, bislang Finanzchefin": a verb's particle between the name and its title
    particle = rf"(?:\s+(?:{table['name_particles']}))?" if table.get("name_particles") else ""
    # "rückt X als Finanzchefin in den Vorstand": a word joining the name to its post
    link = rf"|(?:{table['role_link']})(?=\s)" if table.get("role_link") else ""
    # "Der Chef von Adidas, X": the organisation named between the title and the name
    named_org = rf"(?:(?:{table['articles']})\s+)?[A-ZÄÖÜ][\w.&\-]*(?:\s+[A-ZÄÖÜ][\w.&\-]*)?,\s+"
    # "Nachfolgerin wird X", "Zum neuen Finanzvorstand wurde X berufen": the verb of an appointment
    # … with the date the post begins after it ("Neue Chefin wird zum 1. April X")
    dated = rf"(?:(?:{table['appointed_date']})\s+)?" if table.get("appointed_date") else ""
    verb = rf"|(?P<verb>{table['appointed_title_first']})\s+{dated}" if table.get("appointed_title_first") else ""
    # "Evotec-Chefin Dr. Jane Doe": an academic title between the post and the name
    academic = lexicon(lang)["discovery"]["roles"].get("academic_titles", "")
    academic = rf"(?:(?:{academic})\s+)?" if academic else ""
    plurals = table.get("plural_titles")
    # "die Siemens-Vorständin", "BASF-Aufsichtsrat X": a board's name after the employer's hyphen
    compound = rf"|(?<=-)(?:{table['compound_titles']})" if table.get("compound_titles") else ""
    conjunctions = lexicon(lang)["relation_cues"]["conjunctions"]
    # "der Chemiesparte des schwedischen Konzerns X": the owner's noun between a unit and its owner
    owner_noun = rf"(?:{table['unit_owner_noun']})?" if table.get("unit_owner_noun") else ""
    houses = alternation(lexicon(lang)["references"]["institution_heads"])
    house_noun = rf"\s+(?:(?:{table['articles']})\s+)?(?:[\w\-]+\s+)?(?:\w+-)?(?:{houses})\s+$"
    chaired = re.compile(rf"(?<!\w)(?P<board>(?:{table['boards']})(?:e?s)?)\b(?P<of>[^,;:()]{{0,60}}?),?\s+"
                         rf"(?:{table['chaired_by']})\s+$") if table.get("boards") and table.get("chaired_by") \
        else re.compile("(?!)")
    return _RolePatterns(
        chaired=chaired,
        # the first name after the title, or the second after the first and the conjunction
        # the employer's name is tried last, so "Co-" stays a part of the title
        # (the pair may be set off by a comma: "the co-CEOs, X and Y, said"), the organisation
        # named between as in the singular ("the co-CEOs of Netflix, X and Y")
        plural=re.compile(rf"(?<![\w-])(?:(?P<org>[\w.\-]+?)-)??(?P<role>{plurals})"
                          rf"(?:\s+(?:{table['linkers']})\s+{named_org}|,?\s+)"
                          rf"(?:(?:[A-ZÄÖÜ][\w.\-'’]*\s+){{1,3}}(?:{conjunctions})\s+)?$")
        if plurals else re.compile("(?!)"),
        singular_endings=tuple((plural, single) for plural, single in table.get("singular_endings", ())),
        conjoined=re.compile(rf"\s+(?:{conjunctions})\s+"),
        object_infinitive=re.compile(rf"^[^.;,:!?]*\s(?!(?:{table['appointed_closing']})\b)[a-zäöüß]+(?:en|ern|eln)"
                                     rf"\s*(?:[.;,:!?]|$)") if table.get("appointed_closing") else None,
        # "Its new boss, X, said": the name set off by commas after the title
        before=re.compile(rf"(?:(?P<org>[\w.\-]+)-)?(?P<role>{title}{compound}),?\s+"
                          rf"(?:(?:{table['linkers']})\s+(?:\S+\s+|{named_org}){verb})?{academic}$"),
        after=re.compile(rf"^{particle}\s*(?:\(|,{link})\s*(?:(?:{table['articles']})\s+)?{title_fillers}"
                         # not a former holder's title: "X, der frühere Chef von Y"
                         rf"(?P<role>(?!(?:{table['departing']})\s)(?:(?:[A-ZÄÖÜ][\w.&\-]*\s)?[\w.&\-]+['’]s?\s{qualifier}"
                         # the whole word where one title is the start of another ("Chefvolkswirtin",
                         # not its "Chef"); else the title a compound starts with ("Chefredakteur");
                         # up to two words of the field before it ("Asia equity strategist")
                         rf"|(?:(?!(?:{table['departing']})\s)[^\W\d][\w.&\-]*\s){{1,2}}|[\w.&]+-)?"
                         rf"(?:{title}(?!\w)|{title}))"
                         rf"(?:\s+(?:{table['linkers']})\b)?"),
        led_by=re.compile(rf"\b(?:{table['led_by']})\s+$"),
        team=re.compile(rf"\b(?:{table['research_team']})\s+(?:{table['linkers']}|{table['employer_after']})\s+"
                        rf"(?:(?:{table['articles']})\s+)?$") if table.get("research_team") else None,
        team_head=re.compile(rf"\s+(?:{table['team_head']})\s+") if table.get("team_head") else None,
        research=re.compile(table["research"]),
        # "former CEO X", "der frühere Intel-Chef X", "Intel's former chief executive X",
        # "former Apple design chief X" (the title's employer and field between)
        # "Nike's former finance chief, X", "der frühere Chef von Nestlé, X": the title may be
        # set off by a comma or name its organisation before the comma
        departing=re.compile(rf"\b(?:{table['departing']})\s+(?:\S+\s+){{0,2}}?"
                             rf"(?:(?:{title})(?:,?\s+|\s+(?:{table['linkers']})\s+{named_org}))?$"),
        # "X, the former Apple CEO, …", "X, der frühere Siemens-Chef, …": the comma and the
        # words of an apposition before the name that owns the title
        apposed_before=re.compile(rf"[A-ZÄÖÜ][\w.\-]*,\s+(?:(?:{table['articles']})\s+)?"
                                  rf"(?:[a-zäöüß][\w\-]*\s+){{0,2}}$"),
        # after that name: its title and the comma closing the apposition
        apposed_title=re.compile(rf"(?:['’]s?)?[\s\-]*(?:[a-zäöüß][\w\-]*\s+){{0,2}}?(?:{title})\s*,"),
        # "X, 52, was named CEO", "X (52) wird Finanzchef": an age may stand between; a word of
        # the post held now after the verb ("X ist derzeit Finanzchef von Y", "X is now CEO")
        appointed=re.compile(rf"^(?:\s+\(\d+\)|,\s+[2-9]\d,)?\s+(?:{table['appointed']})\s+{title_fillers}"
                             rf"(?:(?:{table['appointed_fillers']})\s+)*"
                             rf"(?P<role>{title})\b"),
        appoints=re.compile(rf"\b(?:{table['appoints']})\s+$"),
        appoints_current=re.compile(rf"\b(?:{table['appoints']})\s+(?:{table['current_post']}),\s+$")
        if table.get("current_post") else None,
        post_after=re.compile(rf"^\s+{fillers}(?P<role>{title})\b"),
        employer=re.compile(rf"^\s+(?:{table['employer_after']})\s+(?:(?:{table['articles']})\s+)?$"),
        # one word may qualify the house's noun ("von der US-Investmentbank", "of US bank")
        house_employer=re.compile(rf"^\s+(?:{table['employer_after']})(?=\s){house_noun}"),
        house_noun=re.compile(rf"^{house_noun}"),
        addressee=re.compile(rf"\b(?:{table['addressees']})\b") if table.get("addressees") else None,
        subject_after=re.compile(rf"^\s+(?:{table['subject_after']})\s+$")
        if table.get("subject_after") else None,
        joined=re.compile(rf"^\s+(?:{table['linkers']})\s+(?:(?:{table['articles']})\s+)?$"),
        linked_noun=re.compile(rf"^\s+(?:{table['linkers']}|{table['employer_after']})\s+"
                               rf"(?:(?:{table['articles']})\s+)?(?:[\w\-]+\s+){{1,2}}$"),
        linker_end=re.compile(rf"\s(?:{table['linkers']})$"),
        article_gap=re.compile(rf"^\s+(?:(?:{table['articles']})\s+)?$"),
        took_over=re.compile(rf"^(?:\s+\(\d+\))?\s+(?:{table['took_over']})")
        if table.get("took_over") else None,
        took_over_before=re.compile(rf"(?<![\w-])(?:{table['took_over_before']})\s+$")
        if table.get("took_over_before") else None,
        verb_first=re.compile(rf"\S\s+(?:{table['took_over_verb_first']})\s+$")
        if table.get("took_over_verb_first") and table.get("took_over_object") else None,
        taken_after=re.compile(rf"^(?:{table['took_over_object']})")
        if table.get("took_over_verb_first") and table.get("took_over_object") else None,
        post_elsewhere=re.compile(table["post_elsewhere"]) if table.get("post_elsewhere") else None,
        verb_first_posts=_verb_first_posts(table, fillers, title),
        verb_first_frame=re.compile(rf"(?<![\w-])(?:{table['verb_first_frame']})\s+(?:[\w\-]+\s+){{0,2}}?$")
        if table.get("verb_first_frame") else None,
        former_before=re.compile(rf"(?<![\w-])(?:{table['former_post']})\s*(?:[\w\-]+\s+)?$")
        if table.get("former_post") else None,
        former_after=re.compile(rf"(?:['’]s?)?\s+(?:{table['former_post']})(?![\w-])")
        if table.get("former_post") else None,
        reports_after=re.compile(rf"\s+(?:{table['reports_after']})(?![\w-])") if table.get("reports_after") else None,
        post_of=re.compile(rf"^\s+(?:[\w\-]+\s+){{0,2}}?(?:{title})\s+(?:{table['linkers']})\s+"
                           rf"(?:(?:{table['articles']})\s+)?$"),
        predecessor_cue=re.compile(rf"\b(?:{table['predecessor_before']})\s+(?:\S+\s+){{0,2}}?$")
        if table.get("predecessor_before") else None,
        past_title=re.compile(rf"(?:{table['past_fillers']})\s") if table.get("past_fillers") else re.compile("(?!)"),
        staying=re.compile(table["predecessor_staying"]) if table.get("predecessor_staying") else None,
        to_come=re.compile(rf"\b(?:{table['succession_to_come']})\s+(?:\S+\s+){{0,2}}?$")
        if table.get("succession_to_come") else None,
        research_act=re.compile(rf"^\s+(?:{table['research_acts']})")
        if table.get("research_acts") else None,
        heads=re.compile(rf"^,\s+(?:{table['heads']})\s+(?:(?:{table['articles']})\s+)?"
                         rf"(?:{table.get('heads_unit_before') or '(?!)'})?$")
        if table.get("heads") and table.get("heads_after") else None,
        heads_after=re.compile(rf"^(?:{table.get('heads_unit_after') or '(?!)'})?(?:{table['heads_after']})")
        if table.get("heads") and table.get("heads_after") else None,
        runs_before=re.compile(rf"^,\s+(?:{table['runs_pronouns']})\s+$")
        if table.get("runs_pronouns") and table.get("runs_after") else None,
        runs_after=re.compile(rf"^(?:{table['runs_after']})")
        if table.get("runs_pronouns") and table.get("runs_after") else None,
        succeeded_by=re.compile(rf"^\s+(?:{table['succeeded_by']})\s+$") if table.get("succeeded_by") else None,
        left_succeeded=re.compile(rf"^\s+(?:{table['left_post']})\s+(?:(?:{table['articles']})\s+)?(?P<role>{title})\b"
                                  rf"[^,;:.()\"“”„«»]{{0,60}}?\s+(?:{table['then_succeeded_by']})\s+$")
        if table.get("left_post") and table.get("then_succeeded_by") else None,
        spaced_prefix=re.compile(rf"(?:{table['spaced_prefixes']})") if table.get("spaced_prefixes") else None,
        generic_prefix=re.compile(rf"(?:{table['generic_prefixes']})" if table.get("generic_prefixes") else "(?!)"),
        named_title=re.compile(rf"(?:{table['named_titles']})" if table.get("named_titles") else "(?!)"),
        private_title=re.compile(rf"(?:{table['private_titles']})" if table.get("private_titles") else "(?!)"),
        founder_title=re.compile(rf"(?:{table['founder_titles']})" if table.get("founder_titles") else "(?!)"),
        speaker_after=re.compile(rf",[\s\"“”„«»']*(?:{table['speech']})\s+$") if table.get("speech") else None,
        speaker_of=re.compile(rf"^\s+(?:{table['speech']})\b[\s,]*") if table.get("speech") else None,
        content_clause=re.compile(rf"(?<![\w-])(?:{table['content_clause']})\s")
        if table.get("content_clause") else None,
        owned_company_after=re.compile(rf"(?:{table['owned_company_after']})(?![\w-])")
        if table.get("owned_company_after") else None,
        possessive_title=re.compile(rf"[,;][\s\"“”„«»']*(?:(?:{table['speech']})\s+)?(?:{table['possessive_titles']})\s+$")
        if table.get("possessive_titles") else None,
        opening_possessive=re.compile(rf"^\W*(?i:{table['possessive_titles']})\s+(?:[\w\-]+\s+){{0,3}}$")
        if table.get("possessive_titles") else None,
        opening_frame=re.compile(rf"^\W*(?:{table['opening_frame']})\s+(?:[\w\-]+\s+){{0,2}}?$")
        if table.get("opening_frame") else None,
        topic_frame=re.compile(table["topic_frame"]) if table.get("topic_frame") else None,
        # the employer's noun may follow its article ("bei der Fondsgesellschaft X"); a rival's
        # noun may follow the linker with no article, a place adjective before it ("beim Mainzer
        # Konkurrenten X", "at German rival X")
        title_tail=re.compile(rf"^[^,;:()\"“”„«»]*?\s(?:(?:{table['employer_after']})\s+"
                              rf"(?:(?:{table['articles']})\s+(?:[\w\-]+\s+){{0,2}})?"
                              rf"|(?:{table.get('rival_post') or '(?!)'})\s+"
                              rf"|(?:{table.get('heads_unit_before') or '(?!)'}){owner_noun})$"),
        left_post=re.compile(rf"^{particle}\s*,\s*(?:(?:{table['left_fillers']})\s)")
        if table.get("left_fillers") else None,
        unit_head=re.compile(table["unit_head"]) if table.get("unit_head") else None,
        unit_owned=re.compile(rf"(?:{table['heads_unit_after']})\b")
        if table.get("heads_unit_after") else re.compile("(?!)"),
        clause_posts=tuple((re.compile(table["clause_post_open"] + post + table["clause_post_close"]), role, feminine)
                           for post, role, feminine in table.get("clause_posts", ())),
        clause_feminine=re.compile(table.get("clause_post_feminine") or "(?!)"),
        pair_title=re.compile(rf"^,\s+(?:(?:{table['articles']})\s+|(?P<owner>[A-ZÄÖÜ][\w.&\-]*"
                              rf"(?:\s+[A-ZÄÖÜ][\w.&\-]*)?)['’]s?\s+)?(?P<role>{plurals})(?![\w-])"
                              rf"(?:(?P<link>\s+(?:{table['employer_after']})\s+(?:(?:{table['articles']})\s+)?)"
                              rf"|(?P<closed>\s*(?:[,;.)]|$)))?")
        if plurals else re.compile("(?!)"),
        pair_posts=tuple((re.compile(post), role) for post, role in table.get("pair_posts", ())),
        becomes_post=re.compile(rf"^{_AGE}\s+(?:{table['becomes_post']})\s+$") if table.get("becomes_post") else None,
        # the possessive may be a part of the employer's mention ("Arden's"); no name after the
        # title, which would be the post holder ("becomes Y's CEO Z's deputy")
        becomes_title=re.compile(rf"^(?:['’]s?)?\s+{fillers}(?P<role>{title})\b(?!\s+[A-ZÄÖÜ])"),
        joins_post=re.compile(rf"^{_AGE}\s+(?:{table['joins_post']})\s+$") if table.get("joins_post") else None,
        joins_title=re.compile(rf"^\s+(?:{table.get('joins_as') or '(?!)'})\s+(?:(?:{table['articles']})\s+)?"
                               rf"{fillers}(?P<role>{title})\b"),
        titled_post=re.compile(rf"^{_AGE}\s+(?:{table['titled_post']})\s+{fillers}"
                               rf"(?P<role>(?!(?:{table['departing']})\b)(?:{table['titles']}))\s+"
                               rf"(?:{table['titled_post_link']})\s+$") if table.get("titled_post") else None,
        moves_to=re.compile(rf"^{_AGE}\s+(?:{table['moves_to']})\s+$") if table.get("moves_to") else None,
        moved_from=re.compile(rf"^{_AGE}\s+(?:{table['moved_from']})\s+$") if table.get("moved_from") else None,
        moved_from_after=re.compile(rf"^\s+(?:{table['moved_from_after']})\s") if table.get("moved_from_after") else None,
        new_employer=re.compile(rf"\b(?:{table['new_employer']})\s+$") if table.get("new_employer") else None,
        worked_for=re.compile(rf"\b(?:{table['worked_for']})$") if table.get("worked_for") else None,
        # in the person's phrase after the name, up to its comma
        rival_post=re.compile(rf"[^,;:()]*?(?<![\w-])(?:{table['rival_post']})(?![\w-])")
        if table.get("rival_post") else None,
        rival_reach=re.compile(rf"\s+(?:{table.get('rival_post') or '(?!)'})(?![\w-])\s*"),
        unit_reach=re.compile(rf"\s+(?:(?:{table['linkers']})\s+)?(?:(?:{table['articles']})\s+)?"
                              rf"(?:{table.get('heads_unit_before') or '(?!)'}){owner_noun}"),
        name_post=re.compile(rf"[^,;:()]*?(?<![\w-])(?:{table['name_post']})\s+(?=[A-ZÄÖÜ])")
        if table.get("name_post") else None,
        clause_after_title=re.compile(rf",|\b(?:{table['clause_openers']})\b") if table.get("clause_openers")
        else re.compile(","),
        worker_gap=re.compile(rf"(?:,\s*\d{{2}},)?(?![^\"“”„«»,;:]*\b(?:{table['speech']}|{table['clause_openers']})\b)"
                              rf"[^\"“”„«»,;:]*") if table.get("speech") and table.get("clause_openers") else re.compile("(?!)"),
    )


def _verb_first_posts(table: dict[str, Any], fillers: str, title: str
                      ) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """The posts a verb put before the name gives (see ``_RolePatterns.verb_first_posts``): a
    succession with the predecessor between the name and the title, and an appointment with the
    date the post begins there, its title closing the clause or joined to the employer ("wird X
    Finanzchefin Y treffen" is no appointment)."""
    forms: list[tuple[str, str, str]] = []
    if table.get("succession_verb_first") and table.get("succession_after"):
        forms.append((table["succession_verb_first"], rf"(?:{table['succession_after']})\s+", ""))
    if table.get("appointed_title_first"):
        dated = rf"(?:(?:{table['appointed_date']})\s+)?" if table.get("appointed_date") else ""
        closing = table.get("appointed_closing") or "(?!)"
        forms.append((table["appointed_title_first"], dated,
                      rf"(?=\s*[,.;]|\s*$|\s+(?:{table['employer_after']}|{table['articles']}|{closing})\b)"))
    return tuple((re.compile(rf"\S\s+(?:{verb})\s+$"),
                  re.compile(rf"^\s+{between}{fillers}(?P<role>{title})\b{closed}"))
                 for verb, between, closed in forms)


# "X, 52, becomes …": the age set off by commas between the name and the verb of a post
_AGE = r"(?:,\s+\d{2},)?"


def roles(document: Document, sentence: Sentence) -> list[Relation]:
    """worksFor with the job title: "Konzernchef X", "X, CEO von Y", "Y-Chef X".

    Read once per sentence and kept in its cache: a succession or a rating
    later in the article asks again for the roles earlier sentences state
    (:func:`employer_of`, :func:`_stated_employer`), and the mentions no
    longer change once facts are sought."""
    found: list[Relation] | None = sentence.cache.get("roles")  # type: ignore[assignment]
    if found is None:
        found = sentence.cache["roles"] = list(_roles(document, sentence))
    return found


def _roles(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """The role relations of one sentence (see :func:`roles`).

    The employer is the organisation the role phrase names in its clause;
    without one, a research title ("Analyst") goes to the bank named just
    before, any other title to the organisation the article is about, and
    only when one clearly wins (see :mod:`kg.nlp.salience`)."""
    pats = _role_patterns(document.lang)
    orgs = sentence.of_types(ORGANIZATION_TYPES - {"StockExchange", "BusinessUnit"})
    for person in sentence.of_types({"Person"}):
        before = sentence.text[:sentence.local(person.start)]
        after = sentence.text[sentence.local(person.end):]
        left = _moved_from(document.lang, orgs, person, sentence)
        taken = _post_taken(document.lang, orgs, person, sentence, left)
        if taken is not None:
            yield make_relation(person, "worksFor", taken[1], sentence,
                                f"relations/{document.lang}/post-taken", role=taken[0])
        elif not pats.departing.search(before) \
                and (taken := _authority_head(orgs, person, sentence)) is not None:
            yield make_relation(person, "worksFor", taken[1], sentence,
                                f"relations/{document.lang}/authority-head", role=taken[0])
        successor = _successor_of(document, sentence, person, orgs)
        handed = _post_stated_before(document, sentence, person) if successor is None else None
        if handed is not None:
            yield make_relation(person, "worksFor", handed.object, sentence,
                                f"relations/{document.lang}/successor", role=handed.role)
            continue
        listed = pats.plural.search(before)
        if successor is None and (pats.departing.search(before) or listed is not None
                                  and pats.departing.search(before, 0, listed.start())):
            # the predecessor is not the post holder, nor is either of "former co-CEOs X and Y"
            if _still_in_post(pats, before, after):
                # "folgt auf X, der in den Aufsichtsrat wechseln soll": X works there still, with
                # no post named (the one handed on is the successor's)
                staying = _company_handed_on(document.lang, orgs, person, sentence) \
                    or _employer(document, sentence, person, research=False, nearby=False)
                if staying is not None and _label(staying) \
                        not in _formerly_employing(document, sentence, orgs, person):
                    yield make_relation(person, "worksFor", staying, sentence,
                                        f"relations/{document.lang}/predecessor-staying")
            continue
        found = successor or _role_of(document.lang, orgs, person, sentence, before, after)
        if found is None:
            continue
        role, named, rule = found
        if named is not None:
            # "X, Chef der Siemens-Tochter Healthineers": the subsidiary, not its owner
            named = _subsidiary_named(document, sentence, orgs, named)
        titled_before = rule.endswith("role-before")
        if role and named is not None and named.end <= person.start and not pats.research.search(role) \
                and (joined := joined_clause_subject(document, sentence, person)) is not None:
            # "X lost share to A and B, and Chief Executive Y said …": X's executive, not A's or B's
            named = joined
        if role and named is not None and pats.research.search(role) \
                and not _research_employer(document.lang, named, person, sentence, role):
            # "Der Chipkonzern werde profitieren, schrieb Analyst X": the company commented on
            after_name = _org_near(orgs, person, sentence, before=False)
            named = after_name if after_name is not None and _research_employer(
                document.lang, after_name, person, sentence, role) else None
        if role and named is not None and not pats.research.search(role):
            # "after Bernstein lifted the sportswear maker …, the turnaround under Chief
            # Executive X": a house's executive title goes to the company it rates there
            named = _rated_instead(document, sentence, person, named, role)
        if role and pats.named_title.fullmatch(role.strip()) and (named is None or (
                named.start >= person.end and not _joined_after(
                    document.lang, sentence.text[sentence.local(person.end):sentence.local(named.start)]))):
            continue  # "Governor X said … Tesla": the post serves no company the sentence names
        if titled_before and taken is not None and named is not None and named.label == taken[1].label:
            # "Finanzchef X wechselt zum Konkurrenten Y", "Chief Commercial Officer X will leave to
            # join Y as head of footwear": the title before the name is the post left, not Y's
            named = None
        if titled_before and left is not None and named is not None and named.label == left.label:
            continue  # "Finanzchefin X kommt von Z (zu Y)": Z's post left, or Y's: not told
        apposed = named if titled_before and named is not None \
            and _in_post_apposition(document.lang, sentence, person, named) else None
        if titled_before and named is not None and (
                apposed is not None or _in_rival_apposition(document.lang, sentence, person, named)):
            # "Neue Finanzchefin wird X, derzeit COO beim Konkurrenten Y" (or "bei Y"): the title
            # before the name is a post at the passage's company; Y employs the apposition's
            # post only (a post now or a former one, which this rule does not tell)
            named = None
        elif titled_before and named is not None and named.start > person.end and _APPOSITION_OPEN.match(after):
            # "Finanzchefin X, die 2024 von Y kam,", "CEO X, who joined from Y,": a clause or an
            # apposition after the name tells of an organisation, never the one of the title before
            named = None
        org: Mention | str | None = _joined_compound_employer(document, sentence, before) or named
        unknown = _unknown_prefix(document, sentence, person, before) \
            if not rule.endswith("took-over") else None
        if unknown is not None and (named is None or named.start >= person.end or named.end <= unknown):
            # "Verbund-Chef X": the compound names an employer we do not know, not one
            # named after the person ("Verbund-Chef X will beim Oberlandesgericht klagen"),
            # nor one named before that name ("Lilly's Y spoke with Quellon co-founder and
            # CEO X": the nearer, unknown name is X's employer)
            continue
        if org is None and unnamed_first_word(document, sentence, 0, _unnamed_reach(
                document.lang, sentence, person, role)):
            continue  # "Meridian CEO X" beside "Meridian Brands": an employer we cannot tell
        rival = _rival_post(document.lang, sentence, person, orgs, after) \
            if rule.endswith("role-after") and (named is None or _in_rival_apposition(
                document.lang, sentence, person, named)) else None
        if rival is not None:
            # "X, derzeit COO beim Mainzer Konkurrenten Y,": the title after the name is a post at
            # the rival, never at the company the passage speaks of; with the rival unknown, no one's
            if rival:
                yield make_relation(person, "worksFor", rival[0], sentence,
                                    f"relations/{document.lang}/role-rival",
                                    role=_without_owner(role) or None)
            # the post the rest of the sentence gives, the apposition put aside ("X, bislang
            # Leiterin beim Konkurrenten Y, übernimmt den Vorsitz"): the passage's company's,
            # never an organisation inside the apposition
            aside = _APPOSITION.match(after)
            shut = sentence.local(person.end) + (aside.end() if aside is not None else 0)
            outside = [m for m in orgs if m.end <= person.start or sentence.local(m.start) >= shut]
            beside = _role_of(document.lang, outside, person, sentence, before,
                              " " * (shut - sentence.local(person.end)) + sentence.text[shut:])
            if beside is None:
                continue
            role, org, rule = beside
        if org is None and rule.endswith("role-after") and _unread_employer(document.lang, sentence, person, after):
            continue  # "X, derzeit COO bei Zorblat": an employer we cannot read, not the passage's
        if org is None and role is not None:
            # "X folgt auf Y", "X will succeed Y as CEO": the post of Y's employer
            org = _predecessor_employer(document, sentence, person, orgs)
            if org is not None:
                rule = f"relations/{document.lang}/successor"
        if org is None and role is not None:
            research = bool(role) and bool(pats.research.search(role))
            org = _private_employer(document, sentence, person) \
                if pats.private_title.fullmatch(role.strip()) \
                else _employer(document, sentence, person, research,
                               founder=pats.founder_title.fullmatch(role.strip()) is not None,
                               founding=_founder_before(document.lang, before))
            if not rule.endswith("took-over"):
                rule = f"relations/{document.lang}/" + ("role-bank-before" if research
                                                         else "role-salient")
        if apposed is not None and org is not None and _label(org) == apposed.label:
            continue  # the passage's company is the one of the apposition's post: which post, left open
        if org is not None and (taken is None or _label(org) != taken[1].label):
            yield make_relation(person, "worksFor", org, sentence, rule, role=_without_owner(role) or None)
            group = document.catalogue.parent_of(org.label) \
                if rule.endswith("clause-post") and isinstance(org, Mention) and org.type == "BusinessUnit" else None
            if group is not None:
                # "X, who heads the Digital Industries division": the unit's group employs the head too
                yield make_relation(person, "worksFor", group, sentence, rule, role=role or None)
            current = _apposed_post(document.lang, orgs, person, sentence, after) if titled_before else None
            if current is not None and current[1].label != _label(org):
                yield make_relation(person, "worksFor", current[1], sentence,
                                    f"relations/{document.lang}/role-after", role=current[0])
            given = _appointed_post(pats, before, after) if rule.endswith("role-after") else None
            appointer = _org_near(orgs, person, sentence, before=True, after=False) if given is not None else None
            if given is not None and appointer is not None \
                    and appointer.label != _label(org):
                # "BASF beruft X, bislang Finanzchefin bei Y, zur Vorstandschefin": the apposition's
                # post is Y's, the one given after it the appointing company's
                yield make_relation(person, "worksFor", appointer, sentence,
                                    f"relations/{document.lang}/appoints", role=given.group("role"))
            moved = _post_beyond_apposition(document, sentence, person, orgs, before, after) \
                if given is None and rule.endswith(("role-after", "unit-head")) else None
            if moved is not None and _label(moved[1]) != _label(org):
                yield make_relation(person, "worksFor", moved[1], sentence, moved[2], role=moved[0] or None)
    yield from _analysts_by_act(document, sentence)
    yield from _possessed_employers(document, sentence, orgs)


def _label(org: Mention | str) -> str:
    """The label of an organisation found as a mention or as a label."""
    return org if isinstance(org, str) else org.label


def _post_beyond_apposition(document: Document, sentence: Sentence, person: Mention, orgs: list[Mention],
                            before: str, after: str) -> tuple[str, Mention | str, str] | None:
    """The post a verb after the person's apposition gives: "X, bislang Finanzchef bei Y, soll
    im April Vorstandschef werden", "X, currently head of research at Y, will succeed Z as
    chief executive", "X, bislang Leiterin bei Y, übernimmt den Vorsitz". The apposition tells
    the post held so far (Y's); the one taken is at the organisation the rest of the sentence
    names, else the predecessor's, else the one the passage speaks of, never Y by the
    apposition alone. The title, the employer and the rule; None without such a post."""
    aside = _APPOSITION.match(after)
    if aside is None:
        return None
    shut = sentence.local(person.end) + aside.end()
    outside = [m for m in orgs if m.end <= person.start or sentence.local(m.start) >= shut]
    found = _role_of(document.lang, outside, person, sentence, before, " " * aside.end() + after[aside.end():])
    if found is None or not found[2].endswith(("/appointed", "/took-over")):
        return None
    role, named, rule = found
    if named is not None:
        return role or "", named, rule
    handed = _predecessor_employer(document, sentence, person, outside)
    if handed is not None:
        return role or "", handed, f"relations/{document.lang}/successor"
    main = _employer(document, sentence, person, research=False)
    if main is None:
        return None
    return role or "", main, rule if rule.endswith("/took-over") else f"relations/{document.lang}/role-salient"


def _subsidiary_named(document: Document, sentence: Sentence, orgs: list[Mention], named: Mention) -> Mention:
    """The company a subsidiary noun right after ``named`` introduces ("der Siemens-Tochter
    Healthineers", "the Siemens subsidiary Healthineers"): ``named`` only qualifies the noun as
    the owner, and the post is at the subsidiary, a company of its own; else ``named``. A unit
    that is no company ("die Siemens-Sparte X") is not read here: its head works for the owner."""
    noun = lexicon_pattern(document.lang, "references", "subsidiary_before")
    if noun is None:
        return named
    for org in orgs:
        if org.start < named.end:
            continue
        found = noun.search(sentence.text, sentence.local(named.end), sentence.local(org.start))
        return org if found is not None and found.start() - sentence.local(named.end) <= 1 else named
    return named


def _rival_post(lang: str, sentence: Sentence, person: Mention, orgs: list[Mention],
                after: str) -> list[Mention] | None:
    """Does the person's apposition ("X, derzeit COO beim Mainzer Konkurrenten Y,", "X,
    currently COO at rival Y,") put the post at a rival? Then the organisation named right
    after the rival noun, as a list of one, or an empty list where none is named; None where
    the apposition names no rival."""
    pats = _role_patterns(lang)
    opened = _APPOSITION_OPEN.match(after)
    if pats.rival_post is None or opened is None:
        return None
    found = pats.rival_post.match(after, opened.end())
    if found is None:
        return None
    at = sentence.local(person.end) + found.end()
    return [org for org in orgs if sentence.local(org.start) >= at
            and not sentence.text[at:sentence.local(org.start)].strip()][:1]


def _in_rival_apposition(lang: str, sentence: Sentence, person: Mention, named: Mention) -> bool:
    """Is ``named`` inside the person's apposition that puts a post at a rival ("X, derzeit
    COO beim Konkurrenten Y,")? Then it employs the apposition's post, not a title before the name."""
    if named.start < person.end:
        return False
    aside = _APPOSITION.match(sentence.text[sentence.local(person.end):] + ",")
    return aside is not None and sentence.local(named.start) < sentence.local(person.end) + aside.end() \
        and _rival_post(lang, sentence, person, [named], sentence.text[sentence.local(person.end):]) is not None


def _in_post_apposition(lang: str, sentence: Sentence, person: Mention, named: Mention) -> bool:
    """Is ``named`` the employer a post in the person's apposition is joined to ("X, derzeit COO
    bei Y,", "X, COO at Y,")? Then it employs that post, not a title before the name."""
    if named.start < person.end:
        return False
    pats = _role_patterns(lang)
    after = sentence.text[sentence.local(person.end):]
    opened = _APPOSITION_OPEN.match(after)
    if opened is None or pats.name_post is None or pats.after.match(after) is None:
        return False
    found = pats.name_post.match(after, opened.end())
    return found is not None and named.start == sentence.start + sentence.local(person.end) + found.end()


def _unread_employer(lang: str, sentence: Sentence, person: Mention, after: str) -> bool:
    """Does the person's apposition join its post to a name no organisation's mention opens
    ("X, derzeit COO bei Zorblat,", "X, COO at Zorblat,")? The post is at an employer we cannot
    read, never at the company the passage speaks of."""
    pats = _role_patterns(lang)
    opened = _APPOSITION_OPEN.match(after)
    found = pats.name_post.match(after, opened.end()) if pats.name_post is not None and opened else None
    if found is None:
        return False
    at = sentence.start + sentence.local(person.end) + found.end()
    return not any(m.start == at and m.type in ORGANIZATION_TYPES for m in sentence.mentions)


# The comma that opens an apposition after a person's name, an age's commas before it ("X, 52, ")
_APPOSITION_OPEN = re.compile(r"(?:,\s*\d{2})?,\s*")
# … and the whole apposition up to the comma that closes it
_APPOSITION = re.compile(r"^(?:,\s*\d{2})?,[^,;:()]*,")
# … an apposition alone, an age's or a post's, up to the comma that closes it
_SET_OFF = re.compile(r"^,[^,;:()]*,")


# An owner's possessive opening a title read after a name ("Nike's chief executive"): the
# employer, which the relation holds, and no word of the post
_OWNER = re.compile(r"^(?:[A-ZÄÖÜ][\w.&\-]*\s)?[A-ZÄÖÜ][\w.&\-]*['’]s?\s+(?=\w)")


def _without_owner(role: str | None) -> str | None:
    """``role`` without the possessive of its owner ("Nike's incoming chief executive" →
    "incoming chief executive"): the role names the post, the relation's object its employer."""
    return _OWNER.sub("", role) if role else role


def _possessed_employers(document: Document, sentence: Sentence, orgs: list[Mention]
                         ) -> Iterator[Relation]:
    """"Analyst X, der bis zum Sommer für Y arbeitete, hat bei seinem neuen Arbeitgeber Z die
    Bewertung aufgenommen", "X, 52, studierte in Aachen und arbeitete 14 Jahre für Y": the
    organisation a possessive and "employer" or a verb of working name employs the person the
    sentence names before it, when it names one only (of two, which the grammar does not tell,
    none); the verb's subject only across no clause of its own."""
    pats = _role_patterns(document.lang)
    for org in orgs:
        at = sentence.local(org.start)
        people = {m.label: m for m in sentence.of_types({"Person"}) if m.end <= org.start}
        if len(people) != 1:
            continue
        [person] = people.values()
        if pats.new_employer is not None and pats.new_employer.search(sentence.text, 0, at):
            yield make_relation(person, "worksFor", org, sentence, f"relations/{document.lang}/new-employer")
            continue
        verb = pats.worked_for.search(sentence.text, 0, at) if pats.worked_for is not None else None
        if verb is not None and verb.start() >= sentence.local(person.end) and pats.worker_gap.fullmatch(
                sentence.text, sentence.local(person.end), verb.start()):
            yield make_relation(person, "worksFor", org, sentence, f"relations/{document.lang}/worked-for")


def _unnamed_reach(lang: str, sentence: Sentence, person: Mention, role: str | None) -> int:
    """How far (local) a word of a company named only in part may stand and still be the
    employer we cannot tell: anywhere in the sentence for a title of the company's own, but
    for an analyst's title only up to the few words after the name ("Analyst X von Meridian"):
    further on, it is what the analyst speaks of ("Analystin X lobte die Entwicklung bei
    Meridian"), and the house named before is the employer."""
    if not role or not _role_patterns(lang).research.search(role):
        return len(sentence.text)
    words = _ANALYST_REACH.match(sentence.text, sentence.local(person.end))
    return words.end() if words else sentence.local(person.end)


# The words right after an analyst's name that may still name the house ("von der UBS", ", Citi").
_ANALYST_REACH = re.compile(r"(?:\W*\w+){1,3}")


def _rated_instead(document: Document, sentence: Sentence, person: Mention, named: Mention,
                   role: str) -> Mention:
    """The company the sentence names that ``named``, a house rating it there,
    rates, when the title before the person does not stand right after the
    house ("Bernstein-Chef X", "Bernstein CEO X" keep the house); else ``named``."""
    if named.type != "FinancialInstitution" or named.end > person.start:
        return named
    gap = sentence.text[sentence.local(named.end):sentence.local(person.start)]
    if len(gap.strip(" -'’s")) <= len(role.strip()) + 1:
        return named
    rated = {about for by, about in document.rated if by == named.label}
    companies = [m for m in sentence.mentions if m.label in rated and m.type == "Company"]
    return companies[0] if companies and len({m.label for m in companies}) == 1 else named


def _unknown_prefix(document: Document, sentence: Sentence, person: Mention, before: str) -> int | None:
    """Where the title before the person begins with a name no mention covers
    ("Verbund-Chef X" where "Verbund" is unknown), that name's offset in the
    article; else None. Such a compound names the employer, and the
    article's subject or a company named nearby is not it. A word that names
    no employer ("Konzern-Chef", "Vize-Chefin", "US-Chef") is no such name.
    A word apart counts inside the sentence (where only names are
    capitalised) and at its start where it is an acronym ("NFL chief revenue
    officer X"); a title joined to another by a conjunction shares that
    one's name ("Quellon co-founder and Chief Executive Officer X")."""
    lang = document.lang
    pats = _role_patterns(lang)
    pre = pats.before.search(before) or pats.plural.search(before)
    if pre is None:
        return None
    prefix, at = pre.group("org"), pre.start("org")
    if prefix is None and pats.spaced_prefix is not None and not pats.research.search(pre.group("role")):
        # "while Acme CEO X": a word apart, inside the sentence (where only names are capitalised)
        spaced = _SPACED_WORD.search(before, 0, _joined_title_start(pats, before, pre.start("role")))
        if spaced is not None and (re.search(r"\w", before[:spaced.start()]) or _ACRONYM.fullmatch(spaced.group("org"))) \
                and not pats.spaced_prefix.fullmatch(spaced.group("org")):
            prefix, at = spaced.group("org"), spaced.start("org")
    if prefix is None:
        # "Helixon-Gründer und Vorstandschef X": the first of two joined titles names the
        # employer in its compound, the second's too (one the article names in full by that
        # first word is left to the rules that find it: "Kontura-Gründerin und
        # Geschäftsführerin X" after "Kontura Robotics GmbH")
        first = _joined_first_title(pats, before, pre.start("role"))
        if first is not None and first.group("org") and not _opened_names(document, sentence, first.group("org")):
            prefix, at = first.group("org"), first.start("org")
    if not prefix or not prefix[0].isupper() or pats.generic_prefix.fullmatch(prefix):
        return None
    start = sentence.start + at
    return None if any(m.start <= start < m.end for m in sentence.mentions) else start


def _opened_names(document: Document, sentence: Sentence, word: str) -> set[str]:
    """The organisations of several words the article names up to the sentence's end whose
    name opens with ``word`` ("Helixon" of "Helixon Therapeutics")."""
    return {m.label for m in document.mentions if m.type in ORGANIZATION_TYPES and m.start < sentence.end
            and " " in m.label and word in (m.label.split(" ")[0], m.surface.split(" ")[0])}


def _joined_compound_employer(document: Document, sentence: Sentence, before: str) -> str | None:
    """The employer the first of two joined titles before a name names in its compound by the
    first word of the one organisation the article gives in full ("Helixon-Gründer und
    Vorstandschef X" after "Helixon Therapeutics"): both titles are posts there; None else.
    A word that is itself a name the catalogue knows names that company, not a longer one
    it opens ("Siemens-Chef" after "Siemens Energy": Siemens)."""
    pats = _role_patterns(document.lang)
    pre = pats.before.search(before)
    first = _joined_first_title(pats, before, pre.start("role")) if pre is not None else None
    if first is None or not first.group("org") or first.group("org") in catalogue_names(document.catalogue):
        return None
    opened = _opened_names(document, sentence, first.group("org"))
    return opened.pop() if len(opened) == 1 else None


def _joined_first_title(pats: _RolePatterns, before: str, role_start: int) -> re.Match[str] | None:
    """The first of two titles a conjunction joins before a name, where the
    title at ``role_start`` is the second ("Acme co-founder and CEO X",
    "Acme-Gründer und Vorstandschef X"); else None."""
    joined = next((m for m in pats.conjoined.finditer(before, 0, role_start) if m.end() == role_start), None)
    if joined is None:
        return None
    first = pats.before.search(before[:joined.start()] + " ")
    return first if first is not None and first.end() == joined.start() + 1 else None


def _joined_title_start(pats: _RolePatterns, before: str, role_start: int) -> int:
    """Where the titles before a name begin: at the first of two a
    conjunction joins ("Acme co-founder and CEO X": both are posts at the
    firm named before them), else at the title that starts at ``role_start``.
    A first title whose compound names a firm of its own ("Acme-Gründer und
    Chef X") keeps the two apart."""
    first = _joined_first_title(pats, before, role_start)
    if first is None:
        return role_start
    own = first.group("org")
    if own is not None and own[0].isupper():
        return role_start
    return first.start("org") if own is not None else first.start("role")


# An all-capital acronym ("NFL", "UEFA"): a name even where it opens a sentence.
_ACRONYM = re.compile(r"[A-Z]{2,}")


# A capitalised word right before a title, set apart by a space ("Acme CEO"), possibly possessive.
_SPACED_WORD = re.compile(r"(?<![\w.&\-'’])(?P<org>[A-Z][\w.&\-]*)(?:['’]s)?\s+$")


def _holder_before(sentence: Sentence, person: Mention) -> tuple[Mention, str] | None:
    """The other person named last before ``person`` in the sentence, with the text between
    them: a succession's holder, whose post the words between hand on."""
    earlier = [m for m in sentence.mentions if m.type == "Person" and m.end <= person.start]
    if not earlier or earlier[-1].label == person.label:
        return None
    holder = earlier[-1]
    return holder, sentence.text[sentence.local(holder.end):sentence.local(person.start)]


def _successor_of(document: Document, sentence: Sentence, person: Mention, orgs: list[Mention]
                  ) -> tuple[str | None, Mention | None, str] | None:
    """"CEO X will be succeeded by Y", "Konzernchef X übergibt den Posten an
    Y": Y takes the post of the person named right before, with that
    person's title and the employer a role phrase names for them here (else
    one stated earlier: see :func:`_predecessor_employer`'s caller)."""
    pats = _role_patterns(document.lang)
    if pats.succeeded_by is None or (found_holder := _holder_before(sentence, person)) is None:
        return None
    holder, gap = found_holder
    if pats.left_succeeded is not None and (left := pats.left_succeeded.match(gap)) is not None:
        return _post_handed_on(document, sentence, holder, person, orgs, left.group("role"))
    if not pats.succeeded_by.match(gap):
        return None
    found = _role_of(document.lang, orgs, holder, sentence, sentence.text[:sentence.local(holder.start)],
                     sentence.text[sentence.local(holder.end):])
    if found is None or not found[0]:
        return None  # no post named for the holder: nothing to take over
    return found[0], found[1], f"relations/{document.lang}/successor"


def _still_in_post(pats: _RolePatterns, before: str, after: str) -> bool:
    """Is the predecessor a succession names still in post: the succession yet to come ("Y will
    succeed X"), or a clause after the name telling the departure to come ("Y folgt auf X, der
    in den Aufsichtsrat wechseln soll", "succeeding X, who will retire in March")? Not a former
    holder named so ("der frühere Chef X"): only a succession's cue counts."""
    if pats.predecessor_cue is None or not pats.predecessor_cue.search(before):
        return False
    return bool(pats.to_come is not None and pats.to_come.search(before)
                or pats.staying is not None and pats.staying.match(after))


def _company_handed_on(lang: str, orgs: list[Mention], person: Mention, sentence: Sentence) -> Mention | None:
    """"Y will succeed X as CEO of Acme", "Y folgt auf X als Chefin von Acme": the organisation
    of the post handed on, joined by the title's linker after the predecessor in the same
    clause; the predecessor still in post holds it there."""
    pats = _role_patterns(lang)
    org = next((m for m in orgs if m.start >= person.end), None)
    if org is None or not same_clause(sentence, person.end, org.start):
        return None
    gap = sentence.text[sentence.local(person.end):sentence.local(org.start)]
    return org if len(gap) <= _TITLE_TAIL and pats.post_of.match(gap) else None


def _formerly_employing(document: Document, sentence: Sentence, orgs: list[Mention],
                        person: Mention) -> set[str]:
    """The organisations before the predecessor that a word of a past post ties to the name
    ("Beta's former CFO Jane Doe will succeed X", "die ehemalige Siemens-Managerin Y folgt auf
    X"): the successor's old employers, which the predecessor does not work for (each with its
    parent, as a passage counts a unit as its owner)."""
    pats = _role_patterns(document.lang)
    if pats.former_before is None or pats.former_after is None:
        return set()
    text = sentence.text
    past: set[str] = set()
    for org in orgs:
        if org.end > person.start:
            break
        if pats.former_before.search(text, 0, sentence.local(org.start)) \
                or pats.former_after.match(text, sentence.local(org.end)):
            past.add(org.label)
            past.add(document.catalogue.parent_of(org.label) or org.label)
    return past


def _framing(lang: str, sentence: Sentence, org: Mention | None) -> Mention | None:
    """"Bei Y wird X neue Finanzchefin": the organisation closest before the name in a clause
    with its verb before the name is the employer only with the frame preposition before it;
    else ("Wie Y mitteilte, wird X …") the title goes to the company the passage speaks of."""
    pats = _role_patterns(lang)
    framed = org is not None and pats.verb_first_frame is not None \
        and pats.verb_first_frame.search(sentence.text, 0, sentence.local(org.start)) is not None
    return org if framed else None


def _reported_by(lang: str, sentence: Sentence, org: Mention) -> bool:
    """"Laut Reuters", "according to Bloomberg", "Wie das Handelsblatt berichtet": a source
    cited or a medium reporting, never the employer of a post it reports on."""
    pats = _role_patterns(lang)
    return cited(lang, sentence, org) or pats.reports_after is not None \
        and pats.reports_after.match(sentence.text, sentence.local(org.end)) is not None


def _post_stated_before(document: Document, sentence: Sentence, person: Mention) -> Relation | None:
    """"Weber will retire in March. He will be succeeded by Keller": the holder named right
    before the succession gets no post in its sentence (a pronoun, or a name alone), so the
    successor takes the last titled post an earlier sentence gives the holder."""
    pats = _role_patterns(document.lang)
    if pats.succeeded_by is None or (found_holder := _holder_before(sentence, person)) is None:
        return None
    holder, gap = found_holder
    if not pats.succeeded_by.match(gap):
        return None
    stated = [relation for relation in _earlier_roles(document, holder.label, sentence.start) if relation.role]
    return stated[-1] if stated else None


def _post_handed_on(document: Document, sentence: Sentence, holder: Mention, person: Mention,
                    orgs: list[Mention], role: str) -> tuple[str | None, Mention | None, str] | None:
    """"X will step down as CEO of Y and be succeeded by Z": Z takes the post X leaves, at
    the one organisation named between the two names (else the employer the article states
    for X, see the caller); two named there leave the post's employer untold."""
    between = [m for m in orgs if holder.end <= m.start and m.end <= person.start]
    if len(between) > 1:
        return None
    return role, between[0] if between else None, f"relations/{document.lang}/successor"


def _research_employer(lang: str, org: Mention, person: Mention, sentence: Sentence,
                       role: str) -> bool:
    """May ``org``, which a role phrase names beside an analyst's title, be
    the analyst's employer? An institution may; any other organisation only
    when the title is all that stands between it and the name ("Gartner-Analyst
    X", "IDC analyst X") or a linker joins it to the name ("Analyst X von IDC",
    "X, analyst at Gartner"): a company named earlier in the clause, or after
    the name across a verb ("Analyst X said the sportswear maker …", "nennt
    Analystin X ein Kursziel …, für Y"), is the one the analyst speaks of.
    A bank after the name is held to the same linker: in "Analyst X sieht
    das Institut auf gutem Weg" it is the object of the analyst's verb."""
    if org.start >= person.end:
        person = _listed_partner(lang, sentence, person)
        gap = sentence.text[sentence.local(person.end):sentence.local(org.start)]
        # "Analyst X vom Analysehaus Y", "analyst X at investment bank Y": the linker may
        # take the institution's noun with it
        return _joined_after(lang, gap) or org.type in INSTITUTION and (
            bool(_role_patterns(lang).linked_noun.match(gap)) or _house_after_title(lang, gap))
    if org.type in INSTITUTION:
        return True
    gap = sentence.text[sentence.local(org.end):sentence.local(person.start)]
    return gap.strip(" -") == role.strip()


def _house_after_title(lang: str, gap: str) -> bool:
    """Does ``gap`` hold a title after the name, its linker and a house's noun (", Analyst
    beim Analysehaus ", ", analyst at investment bank ")? The house named next employs the
    analyst, as with the linker alone."""
    pats = _role_patterns(lang)
    post = pats.after.match(gap)
    if post is None:
        return False
    rest = gap[post.end():]
    return bool(pats.house_noun.match(rest) if pats.linker_end.search(gap[:post.end()])
                else pats.house_employer.match(rest))


def _listed_partner(lang: str, sentence: Sentence, person: Mention) -> Mention:
    """The second of two names a plural title lists ("Analysts X and Y at Barclays"), where
    ``person`` is the first: the employer joined after the second name is both analysts'.
    Else the person itself (a singular title, "Analyst X and Y at Barclays", is the first
    name's alone, and the employer after the second may be another's)."""
    pats = _role_patterns(lang)
    partner = _next_person(sentence, person)
    if partner is None or not pats.plural.search(sentence.text[:sentence.local(person.start)]) \
            or not pats.conjoined.fullmatch(sentence.text[sentence.local(person.end):sentence.local(partner.start)]):
        return person
    return partner


def _joined_after(lang: str, gap: str) -> bool:
    """Does ``gap``, the text between a name and an organisation after it,
    join the two as employee and employer: a linker ("von der", "at"), or a
    title after the name and its linker (", analyst at", ", Analystin bei der",
    " ist Analyst bei der"), or a title a verb gives and the words of a rival's or a unit's post
    (" ist derzeit COO beim Mainzer Konkurrenten", " ist Chef der Chemiesparte von"): a post
    there is at the organisation named next, never at the company the passage speaks of?"""
    pats = _role_patterns(lang)
    if pats.joined.match(gap) or pats.employer.match(gap):
        return True
    post = pats.after.match(gap) or pats.appointed.match(gap)
    if post is None:
        return False
    rest = gap[post.end():]
    if pats.appointed.match(gap) and (pats.rival_reach.fullmatch(rest) or pats.unit_reach.fullmatch(rest)):
        return True
    if pats.linker_end.search(gap[:post.end()]):
        return bool(pats.article_gap.match(rest))
    # " ist derzeit Finanzchef des Pumpenherstellers ": the employer's trade between linker and name;
    # not an analyst's (", Analyst beim Chemiekonzern Bayer": a house is named as one, and a
    # company's noun tells of what the analyst speaks or where he came from)
    return bool(pats.joined.match(rest)) or pats.linked_noun.match(rest) is not None \
        and not pats.research.search(gap[:post.end()]) and firm_noun(lang, rest.split()[-1])


def _joined_org(lang: str, orgs: list[Mention], person: Mention, sentence: Sentence) -> Mention | None:
    """"X, 55, ist seit 2018 Vorstandschef von Y": the first organisation after the name, when
    the post and nothing but its linker join them; an age and the start of the post may make
    that phrase longer than a role phrase's usual gap, a clause between them may not."""
    after = next((m for m in orgs if m.start >= person.end), None)
    if after is None:
        return None
    gap = sentence.text[sentence.local(person.end):sentence.local(after.start)]
    return after if _joined_after(lang, gap) else None


def employer_of(document: Document, label: str, before: int) -> str | None:
    """The institution the person ``label`` works for, as a role phrase
    before offset ``before`` states it ("Analyst X von der UBS … Er stuft
    die Aktie auf Buy"); None when none does."""
    return next((relation.object for relation in _earlier_roles(document, label, before)
                 if document.type_of(relation.object) in INSTITUTION), None)


def _earlier_roles(document: Document, label: str, before: int) -> Iterator[Relation]:
    """The role relations of the person ``label`` that sentences before
    offset ``before`` state, in text order (a reference to the person names
    no employer of its own)."""
    for sentence in document.sentences:
        if sentence.start >= before:
            break
        if any(m.label == label and m.rule != "reference/person" for m in sentence.mentions):
            yield from (relation for relation in roles(document, sentence)
                        if relation.subject == label)


def _predecessor_employer(document: Document, sentence: Sentence, person: Mention,
                          orgs: list[Mention]) -> Mention | str | None:
    """The employer of the predecessor a succession names right after
    ``person`` ("X folgt auf Intel-Chef Y", "X succeeds Y"): the one Y's
    role phrase names here, else the one a role phrase stated for Y earlier
    in the article; None without a predecessor or a stated employer. A
    successor takes the predecessor's post, whatever the article is about."""
    pats = _role_patterns(document.lang)
    predecessor = _next_person(sentence, person)
    if predecessor is None or predecessor.label == person.label or not pats.departing.search(
            sentence.text[sentence.local(person.end):sentence.local(predecessor.start)]):
        return None
    found = _role_of(document.lang, orgs, predecessor, sentence,
                     sentence.text[:sentence.local(predecessor.start)],
                     sentence.text[sentence.local(predecessor.end):])
    if found is not None and found[1] is not None:
        return found[1]
    return _stated_employer(document, predecessor.label, sentence.start)


# Rules whose employer is inferred (the article's subject, a successor's), not stated.
_INFERRED = ("role-salient", "took-over", "successor")


def _stated_employer(document: Document, label: str, before: int) -> str | None:
    """The organisation a role phrase before offset ``before`` names as the
    employer of the person ``label`` (the last one stated)."""
    found = None
    for relation in _earlier_roles(document, label, before):
        if not relation.evidence.extractor.endswith(_INFERRED):
            found = relation.object
    return found


def _analysts_by_act(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """"Frank Lee begründete seine Kaufempfehlung mit …": a person named
    without a title who rates a stock or sets its target works for the
    institution named last (in this sentence or the two before), unless the
    article gives the person a title that is no analyst's. An institution named between the
    person and the act ("X at Bernstein kept an outperform rating") is the person's own,
    read where the name meets it, so no earlier one is."""
    pats = _role_patterns(document.lang)
    if pats.research_act is None:
        return
    for person in sentence.of_types({"Person"}):
        before = sentence.text[:sentence.local(person.start)]
        after = sentence.text[sentence.local(person.end):]
        act = pats.research_act.match(after)
        if act is None or pats.departing.search(before) \
                or _role_of(document.lang, [], person, sentence, before, after) is not None \
                or _titled_elsewhere(document, person.label) \
                or any(person.end <= m.start < person.end + act.end()
                       for m in sentence.of_types(INSTITUTION)):
            continue
        bank = _recent_institution(document, sentence, person.start)
        if bank is not None:
            yield make_relation(person, "worksFor", bank, sentence,
                                f"relations/{document.lang}/analyst-act")


def _titled_elsewhere(document: Document, label: str) -> bool:
    """Does a title that is no analyst's stand before the person anywhere
    in the article ("Konzernchef X")?"""
    pats = _role_patterns(document.lang)
    for sentence in document.sentences:
        for mention in sentence.mentions:
            if mention.label == label and mention.type == "Person":
                title = pats.before.search(sentence.text[:sentence.local(mention.start)])
                if title is not None and not pats.research.search(title.group("role")):
                    return True
    return False


def _recent_institution(document: Document, sentence: Sentence, before: int,
                        window: int = 2) -> Mention | None:
    """The institution named last before ``before``, in this sentence or the
    ``window`` before it; a cited one counts ("laut Citigroup … Analyst X"),
    as an analyst's words are the bank's. A bank rated by a house its
    sentence names gives way to that house ("Citigroup hebt Deutsche Bank auf
    'Buy' … Analyst X": the analyst is Citigroup's), also to one named in the
    window before ("Berenberg stufte das Geldhaus hoch. Die Bank profitiere …,
    schrieb Analyst X": the rated bank is what the analyst writes of). With none
    in the window, the one institution the article has named before, if it rates
    a company there and is not the article's topic (a research note naming its
    house only in its opening lines)."""
    houses = {m.label for _, here in document.looking_back(sentence, window)
              for m in here.mentions if m.type in INSTITUTION}
    rated_only: Mention | None = None
    for back, here in document.looking_back(sentence, window):
        found = [m for m in here.mentions
                 if m.type in INSTITUTION and (back or m.end <= before)]
        raters = [m for m in found if not any((house, m.label) in document.rated
                                              for house in houses)]
        if raters:
            return raters[-1]
        rated_only = rated_only or (found[-1] if found else None)
    return rated_only or _only_institution_before(document, sentence, before)


def _only_institution_before(document: Document, sentence: Sentence,
                             before: int) -> Mention | None:
    """The one institution the article names before ``before``, if it rates
    the company the article is clearly about and is not the article's topic."""
    named: dict[str, Mention] = {}
    for here in document.sentences[:sentence.index + 1]:
        for mention in here.mentions:
            if mention.type in INSTITUTION and mention.end <= before:
                named.setdefault(mention.label, mention)
    if len(named) != 1:
        return None
    [(label, mention)] = named.items()
    if label == document.topic or not any(house == label for house, _ in document.rated):
        return None  # a bank named as a customer or lender long before is no analyst's house
    main = salient(document, ISSUER_TYPES)
    if main is None or (label, main) not in document.rated:
        return None  # a market report's closing analyst, long after a house rated one of its movers
    return mention


def _role_of(lang: str, orgs: list[Mention], person: Mention, sentence: Sentence,
             before: str, after: str) -> tuple[str | None, Mention | None, str] | None:
    """The title, the organisation a role phrase around ``person`` names and
    the rule that read them; None without a role phrase."""
    pats = _role_patterns(lang)
    # a title in the plural before two names is each one's, as it is in the singular
    singular = pats.before.search(before)
    pre = singular or pats.plural.search(before)
    if pre and singular and singular.groupdict().get("verb") and pats.object_infinitive is not None \
            and pats.object_infinitive.match(after):
        return None  # "Der Finanzchef wird X treffen": X is met, the title is another's
    taken = pats.took_over_before.search(before) if pats.took_over_before is not None else None
    if pre and taken is not None and taken.start() <= pre.start():
        # "Die Aufgaben des Finanzchefs übernimmt die bisherige Ergo-Managerin X": the title
        # before the name is the post held so far, the one taken is the passage's company's
        return "", None, f"relations/{lang}/took-over"
    if pre:
        # "X laufe nach Plan, sagte Vorstandschef Y": the clause before the speech verb is
        # what was said, and a name in it is what the speaker spoke of (as in a quotation)
        reported = pats.speaker_after is not None and bool(pats.speaker_after.search(before[:pre.start()]))
        owner = _title_owner(orgs, sentence,
                             sentence.start + _joined_title_start(pats, before, pre.start("role")))
        named = owner or _org_near([m for m in orgs if m.start >= sentence.start + pre.start()] if reported
                          else [m for m in orgs if m.end > person.start
                                # "traf sich mit dem Chef von Nvidia, X": the title's own
                                # "von" names the employer, whatever preposition governs the phrase
                                or m.start >= sentence.start + pre.start()
                                or not _governed_list(lang, sentence, m)
                                # "Laut Reuters sagte Finanzchefin X": the source employs no one it
                                # reports on; the passage's company is the title's
                                and not _reported_by(lang, sentence, m)], person, sentence,
                          before=True)
        owned = pats.possessive_title.search(before, 0, pre.start()) \
            if owner is None and pats.possessive_title is not None else None
        if owned is not None:
            # "X invested in Y, its co-founder Z said": "its" is the one organisation the clause
            # before names; of two, which the grammar does not tell, so no employer at all
            clause = {m.label: m for m in orgs if m.end <= sentence.start + owned.start()}
            if len(clause) > 1:
                return None
            named = next(iter(clause.values()), named)
        elif owner is None and named is not None and named.end <= person.start \
                and _clause_opened(lang, comma=True).search(before, 0, pre.start()):
            # "SAP invested in Celonis, co-founder X said": a title opening its clause after a
            # comma owns no company of the clause before; the name there is what was said; nor
            # does a title opening a subordinate clause ("Glass Lewis riet ab, weil
            # Vorstandschef X …"): the adviser is the main clause's subject, not X's employer;
            # unless the sentence opens with the name behind a frame ("At Y, whose shares have
            # lagged, Chief Executive X …"): the frame names whose affairs the clauses tell
            named = _framed_opening(pats, orgs, sentence)
        elif owner is None and named is not None and named.end <= person.start \
                and _clause_opened(lang, comma=False).search(before, 0, pre.start()):
            # "UniCredit raised its stake in Commerzbank as Chief Executive X keeps up the
            # pressure": a title opening a subordinate clause is the main clause's subject's,
            # the company the sentence opens with, not a name its verb governs
            named = _opening_organisation(orgs, sentence) or named
        elif owner is None and named is not None and named.end <= person.start \
                and pats.conjoined.fullmatch(before, sentence.local(named.end), pre.start()):
            # "sold by Tiger Global and co-founder X": the title joined to the name before it
            # by a conjunction is a second party beside that one, not its employee
            named = None
        if named is not None and named.start > person.end and pats.addressee is not None \
                and pats.addressee.search(sentence.text[sentence.local(person.end):
                                                        sentence.local(named.start)]):
            named = None  # "sagte Chef X der Nachrichtenagentur Y": Y was told, X does not work there
        if named is not None and named.start > person.end and pats.subject_after is not None \
                and pats.subject_after.match(sentence.text[sentence.local(person.end):
                                                           sentence.local(named.start)]):
            named = None  # "laut Konzernchef X der Autobauer Y": Y is the clause's subject
        if named is not None and named.start > person.end and pats.speaker_of is not None \
                and pats.speaker_of.match(sentence.text[sentence.local(person.end):
                                                        sentence.local(named.start)]):
            # "CEO X said the integration of Y was on track": Y is what the speaker spoke of;
            # the employer is then the one the article is about
            named = None
        if named is not None and named.start > person.end and pats.content_clause is not None \
                and pats.content_clause.search(sentence.text, sentence.local(person.end),
                                               sentence.local(named.start)):
            named = None  # "Finanzchefin X kommt zu dem Schluss, dass Y wächst": Y is concluded on
        if named is not None and named.start > person.end and pats.owned_company_after is not None \
                and pats.owned_company_after.match(sentence.text, sentence.local(person.end)):
            named = None  # "Chief Executive X's company, which competes with Y": X's, not Y's
        role = pre.group("role") if singular else _singular(pats, pre.group("role"))
        return role, named, f"relations/{lang}/role-before"
    pair = _pair_post(lang, orgs, person, sentence)
    if pair is not None:
        return pair
    unit = _unit_headed(lang, sentence, person)
    if unit is not None:
        return unit
    post = pats.after.match(after)
    if post and pats.past_title.match(post.group("role")):
        post = None  # "X, previously head of strategy at Y": a post held once, at no employer now
    if post:
        title_end = sentence.local(person.end) + post.end()
        named = _org_near(orgs, person, sentence, before=False) \
            or _employer_after_title(lang, orgs, person, sentence, post.end()) \
            or _unit_joined(lang, sentence, title_end)
        if named is not None and sentence.local(named.start) >= title_end \
                and pats.clause_after_title.search(sentence.text, title_end, sentence.local(named.start)):
            named = None  # "X, the CFO who joined from Y", "X, Finanzchefin, die von Y kam": not the title's
        return post.group("role").strip(), named, f"relations/{lang}/role-after"
    chaired = pats.chaired.search(before)
    if chaired:
        return chaired.group("role"), _board_owner(orgs, sentence, chaired), f"relations/{lang}/board-chair"
    team = _team_led(pats, orgs, person, sentence)
    if team is not None:
        return None, team, f"relations/{lang}/team-head"
    if pats.led_by.search(before):
        # what is led stands before "led by"; a name after the leader is no part of the phrase
        # ("the unit led by X, who joined when Meta invested …")
        org = _org_near(orgs, person, sentence, before=True, after=False)
        if org is not None:
            return None, org, f"relations/{lang}/led-by"
    appointed = pats.appointed.match(after)
    first = _verb_first_post(pats, before, after) if appointed is None else None
    if first is not None:
        # "Bei Y wird X neue Finanzchefin": the organisation the title joins after it ("Laut Z wird X
        # Finanzchefin bei Y"), else the one framing the clause before the verb
        named = _employer_after_title(lang, orgs, person, sentence, first.end())
        if named is None and any(_reported_by(lang, sentence, m) for m in orgs if m.end <= person.start):
            return None  # "Wie Reuters berichtet, wird X neue Finanzchefin": the source employs no one
        framing = _org_near(orgs, person, sentence, before=True, after=False)
        return first.group("role"), named or _framing(lang, sentence, framing), f"relations/{lang}/appointed"
    if appointed:
        named = _org_near(orgs, person, sentence, before=False) or _joined_org(lang, orgs, person, sentence)
        if named is None and pats.rival_reach.match(after, appointed.end()):
            return None  # "X ist derzeit COO beim Konkurrenten": a rival we cannot read, not the passage's company
        return appointed.group("role"), named, f"relations/{lang}/appointed"
    post = _appointed_post(pats, before, after)
    if post:
        # "Adidas beruft X zur Finanzchefin": the appointing organisation, else the article's
        return (post.group("role"), _org_near(orgs, person, sentence, before=True),
                f"relations/{lang}/appoints")
    owner = _possessor_of(orgs, person, sentence) or _employer_named(orgs, person, sentence, lang)
    if owner is not None:
        return None, owner, f"relations/{lang}/possessor"
    run = _run_by(orgs, person, sentence, lang)
    if run is not None:
        return None, run, f"relations/{lang}/heads"
    run = _runs_it(sentence, person, lang)
    if run is not None:
        return None, run, f"relations/{lang}/runs-it"
    held = _clause_post(lang, orgs, person, sentence, after)
    if held is not None:
        return held
    took = pats.took_over.match(after) if pats.took_over is not None else None
    if took is None and pats.verb_first is not None and pats.taken_after is not None \
            and pats.verb_first.search(before):
        took = pats.taken_after.match(after)  # "Zum 1. Januar übernimmt X den Vorsitz"
    if took is None and pats.took_over_before is not None and pats.took_over_before.search(before):
        return "", None, f"relations/{lang}/took-over"  # "Die Führung übernimmt X"
    if took is not None:
        # "X übernahm das Ruder", "X folgt auf Y": the incoming holder of a post left unnamed;
        # the organisation joined right after the phrase ("takes the helm at Y") is named
        rest = sentence.local(person.end) + took.end()
        named = next((m for m in orgs if m.start >= sentence.start + rest and pats.joined.match(
            sentence.text[rest:sentence.local(m.start)])), None)
        if took.groupdict().get("at") and not _post_left_at(sentence, named):
            return None  # "X folgt bei der Wahl auf Y", "X folgt bei Y auf Platz zwei"
        if named is None and pats.post_elsewhere is not None and pats.post_elsewhere.match(sentence.text, rest):
            return None  # "X übernimmt den Vorsitz der Monopolkommission": not the company's post
        return "", named, f"relations/{lang}/took-over"
    return None


def _team_led(pats: _RolePatterns, orgs: list[Mention], person: Mention, sentence: Sentence
              ) -> Mention | None:
    """The house whose team the person heads ("Die Analysten der DZ Bank um X"): the
    institution right before the word naming the head, its team's noun right before it;
    None for any other organisation ("die Aktionäre der Familie um X" own, they do not work)."""
    if pats.team is None or pats.team_head is None:
        return None
    house = next((m for m in reversed(orgs) if m.end <= person.start), None)
    if house is None or house.type not in INSTITUTION \
            or not pats.team_head.fullmatch(sentence.text, sentence.local(house.end), sentence.local(person.start)) \
            or not pats.team.search(sentence.text, 0, sentence.local(house.start)):
        return None
    return house


def _verb_first_post(pats: _RolePatterns, before: str, after: str) -> re.Match[str] | None:
    """"Bei Y folgt X auf Z als Finanzchefin", "Bei Y wird X zum 1. April neue Finanzchefin":
    the title a verb put before the name gives it; the verb must stand right before the name, as
    "X setzt auf Z als Berater" is no succession."""
    return next((post for verb, title in pats.verb_first_posts
                 if verb.search(before) and (post := title.match(after)) is not None), None)


def _pair_post(lang: str, orgs: list[Mention], person: Mention, sentence: Sentence
               ) -> tuple[str | None, Mention | None, str] | None:
    """"X and Y, the co-chief executives,", "X und Y, die Co-Chefs von Z,", "X und Y führen das
    Unternehmen gemeinsam": a post two names joined by a conjunction hold together, told after
    the pair; each holds it (a plural title in the singular). The employer is the owner the
    title names by its possessive or its linker, else (the title's phrase closed) the company
    the passage speaks of. A title of an organisation we do not read ("the co-founders of a
    start-up", "die Gründer eines Start-ups") is the pair's post at no employer: no role, none."""
    pats = _role_patterns(lang)
    people = sentence.of_types({"Person"})
    text = sentence.text
    joined = [m for m in people if m is not person and pats.conjoined.fullmatch(
        text, sentence.local(min(m.end, person.end)), sentence.local(max(m.start, person.start)))]
    if len(joined) != 1:
        return None
    last = max(joined[0].end, person.end)
    if any(m.end <= min(joined[0].start, person.start) and _LISTED.fullmatch(
            text, sentence.local(m.end), sentence.local(min(joined[0].start, person.start))) for m in people):
        return None  # "A, B und C, die Co-Chefs": a list longer than the pair
    rest = text[sentence.local(last):]
    for post, role in pats.pair_posts:
        if post.match(rest):
            return role, None, f"relations/{lang}/pair-post"
    titled = pats.pair_title.match(rest)
    if titled is None:
        return None
    at = last + (titled.start("owner") if titled.group("owner") else titled.end())
    named = next((m for m in orgs if m.start == at), None)
    if named is None and not titled.group("closed"):
        return None, None, f"relations/{lang}/pair-post"
    return _singular(pats, titled.group("role")), named, f"relations/{lang}/pair-post"


# A comma between two names of a list ("A, B und C")
_LISTED = re.compile(r",\s*")


def _clause_post(lang: str, orgs: list[Mention], person: Mention, sentence: Sentence,
                 after: str) -> tuple[str, Mention | None, str] | None:
    """"X, der seit 2020 den Vorstand führt", "X, die bei ABB die Sparte Robotik leitet",
    "X, who heads the Digital Industries division,": the post a relative clause in the present
    right after the name says the person holds. A unit the catalogue knows is the employer
    (one only found by its noun, "die Sparte Robotik", is not); else the organisation joined to the clause ("bei ABB", "at ABB"), which must be one the
    text names; else none, and the title goes to the company the passage speaks of. A unit's
    name that names a company instead ("who heads the Siemens division"), or a bare name that
    is no catalogued unit ("who runs Acme"), tells no post."""
    pats = _role_patterns(lang)
    for pattern, role, feminine in pats.clause_posts:
        clause = pattern.match(after)
        if clause is None:
            continue
        groups = clause.groupdict()
        offset = sentence.local(person.end)
        named: Mention | None = None
        if groups.get("unit"):
            start = sentence.start + offset + clause.start("unit")
            covering = next((m for m in sentence.mentions
                             if m.start <= start < m.end and m.type in ORGANIZATION_TYPES), None)
            if covering is not None and covering.type != "BusinessUnit":
                return None
            if covering is not None and covering.rule == "gazetteer":
                named = covering
            elif not groups.get("noun"):
                return None
        if named is None and groups.get("at"):
            start = sentence.start + offset + clause.start("at")
            named = next((m for m in orgs if m.start == start), None)
            if named is None:
                return None  # "bei Acme": an employer we do not know
        pronoun = groups.get("pronoun")
        title = feminine if pronoun and pats.clause_feminine.fullmatch(pronoun) else role
        unit = named.surface if named is not None and named.type == "BusinessUnit" else groups.get("unit") or ""
        return title.format(unit=unit), named, f"relations/{lang}/clause-post"
    return None


def _moved_from(lang: str, orgs: list[Mention], person: Mention, sentence: Sentence) -> Mention | None:
    """"X kommt von Z zu Y", "X wechselt vom Konkurrenten Z": the organisation a move right after
    the name (or its apposition) says the person leaves; a former post, which employs no one."""
    pats = _role_patterns(lang)
    if pats.moved_from is None:
        return None
    aside = _APPOSITION.match(sentence.text[sentence.local(person.end):])
    verb_at = sentence.local(person.end) + (aside.end() if aside is not None else 0)
    after = next((m for m in orgs if sentence.local(m.start) >= verb_at), None)
    return after if after is not None and pats.moved_from.match(
        sentence.text[verb_at:sentence.local(after.start)]) else None


def _post_taken(lang: str, orgs: list[Mention], person: Mention, sentence: Sentence,
                left: Mention | None = None) -> tuple[str | None, Mention] | None:
    """"X becomes Y's finance chief", "X is to join Y as CFO": the title and the organisation
    of a post a verb right after the name gives the person, the organisation named right after
    the verb. Read beside any title before the name, which is the post the person leaves
    ("Z's CFO X becomes Y's finance chief"); a title must follow the employer, so "X becomes
    Y's largest shareholder" names no post. A reference may stand before that organisation
    ("X will leave the company to join Y as CFO"): the post left, not the one taken. The verb
    may follow an apposition ("X, until now CFO at Z, will join Y as CEO", "X, bislang
    Finanzvorstand bei Z, wechselt als Finanzchef zu Y"), whose organisation is the post left;
    a move with no title ("X wechselt zum Konkurrenten Y") gives the employer alone, one with its
    title after the employer ("X wechselt zu Y als Finanzchefin") the title too; ``left``, the
    organisation such a move leaves ("X kommt von Z zu Y"), is passed over."""
    pats = _role_patterns(lang)
    aside = _APPOSITION.match(sentence.text[sentence.local(person.end):])
    verb_at = person.end + (aside.end() if aside is not None else 0)
    for org in (m for m in orgs if m.start >= verb_at and m is not left):
        gap = sentence.text[sentence.local(verb_at):sentence.local(org.start)]
        rest = sentence.text[sentence.local(org.end):]
        for verb, title in ((pats.becomes_post, pats.becomes_title), (pats.joins_post, pats.joins_title)):
            post = title.match(rest) if verb is not None and verb.match(gap) else None
            if post is not None:
                return post.group("role"), org
        post = pats.titled_post.match(gap) if pats.titled_post is not None else None
        if post is not None:
            return post.group("role"), org
        if pats.joins_post is not None and pats.joins_post.match(gap) and pats.moved_from_after is not None \
                and pats.moved_from_after.match(rest):
            # "X joins Y from Z as CFO": a joining is a move where the one left follows the employer
            return _title_after_left(pats, orgs, org, sentence), org
        if pats.moves_to is not None and pats.moves_to.match(gap):
            post = pats.joins_title.match(rest)
            return (post.group("role") if post is not None else None), org
        if not org.rule.startswith("reference/"):
            break
    return None


# Up to two words, each with the space after it: a gap that names nothing between two phrases.
FEW_WORDS = re.compile(r"(?:[\w\-]+\s+){0,2}")


def _title_after_left(pats: _RolePatterns, orgs: list[Mention], org: Mention, sentence: Sentence) -> str | None:
    """"X joins Y from Z as CFO": the title after the organisation a move leaves, named right
    after the employer ``org`` and the word of leaving; None where no title follows it (the
    post taken may be said elsewhere: "X joins Y from Z, where she was CFO" is the one left)."""
    left = next((m for m in orgs if m.start > org.end), None)
    gap = sentence.text[sentence.local(org.end):sentence.local(left.start)] if left is not None else ""
    leaving = pats.moved_from_after.match(gap) if pats.moved_from_after is not None else None
    if left is None or leaving is None or not FEW_WORDS.fullmatch(gap, leaving.end()):
        return None  # "joins Y from March as head of the unit at Z": no organisation left
    post = pats.joins_title.match(sentence.text[sentence.local(left.end):])
    return post.group("role") if post is not None else None


def _authority_head(orgs: list[Mention], person: Mention, sentence: Sentence
                    ) -> tuple[str, Mention] | None:
    """"Kartellamtspräsident X": the title word right before the name opens with
    the authority's name (the gazetteer finds a name so joined to a title only
    for an authority), and the person heads it."""
    word = _LAST_WORD.search(sentence.text, 0, sentence.local(person.start))
    if word is None:
        return None
    start, end = sentence.start + word.start(1), sentence.start + word.end(1)
    head = next((m for m in orgs if m.type == "GovernmentBody" and m.start == start and m.end < end), None)
    return None if head is None else (word.group(1), head)


_LAST_WORD = re.compile(r"(?<![\w\-])(\w+)\s+$")


def _post_left_at(sentence: Sentence, named: Mention | None) -> bool:
    """Is ``named``, the organisation a succession names between the successor and the
    predecessor ("X folgt bei Y auf Z"), followed by the predecessor's name, one word apart?
    Without an organisation there, or without a person after it ("auf Platz zwei"), the
    phrase tells no post at a company."""
    if named is None:
        return False
    predecessor = _next_person(sentence, named)
    return predecessor is not None and bool(re.fullmatch(
        r"\s+\w+\s+", sentence.text[sentence.local(named.end):sentence.local(predecessor.start)]))


def _singular(pats: _RolePatterns, title: str) -> str:
    """A plural title in the singular, by the first of the language's endings it
    ends in ("Co-Chefinnen" → "Co-Chefin", "co-CEOs" → "co-CEO"): the role each
    name the title lists holds, as the contract spells roles."""
    return next((title[:-len(plural)] + single for plural, single in pats.singular_endings
                 if title.endswith(plural)), title)


def _board_owner(orgs: list[Mention], sentence: Sentence, chaired: re.Match[str]) -> Mention | None:
    """The company whose board a chair's phrase names: the one joined right before the board's
    noun ("Acme's board", "Acme-Aufsichtsrat"), else the first named between the noun and the
    phrase ("the board of Acme", "der Aufsichtsrat der Acme"). None where the board is no
    named company's; the employer is then the one the article is about, as for a bare title."""
    board = sentence.start + chaired.start("board")
    owner = _title_owner(orgs, sentence, board)
    if owner is not None:
        return owner
    of_start, of_end = sentence.start + chaired.start("of"), sentence.start + chaired.end("of")
    return next((m for m in orgs if of_start <= m.start and m.end <= of_end), None)


def _appointed_post(pats: _RolePatterns, before: str, after: str) -> re.Match[str] | None:
    """The post an appointing verb before the name gives ("Apple named X its new CFO"); also
    where the person's post so far stands between, the name set off by commas ("Apple named
    its treasurer, X, as its new CFO")."""
    if pats.appoints.search(before):
        aside = _SET_OFF.match(after)
        # "Krafton named X, previously head of strategy at Y, as its new CFO": the apposition
        # tells the post so far; the post given follows it
        return pats.post_after.match(after) or (pats.post_after.match(after[aside.end():])
                                                if aside is not None else None)
    if pats.appoints_current is not None and pats.appoints_current.search(before) \
            and after.startswith(","):
        return pats.post_after.match(after[1:])
    return None


def _apposed_post(lang: str, orgs: list[Mention], person: Mention, sentence: Sentence,
                  after: str) -> tuple[str, Mention] | None:
    """"Nachfolger wird X, derzeit Finanzchef von Y", "new CFO X, chief financial officer of
    Y": the post an apposition after a name gives beside the title before it, and the
    organisation it names; the person holds both. A title opened by a lower-case word ("X,
    zuvor Finanzchef von Y", "X, previously CFO of Y") is a past post, and is not read; nor is
    one held only so far ("X, bislang Finanzchef von Y"), the post left for the new title."""
    pats = _role_patterns(lang)
    post = pats.after.match(after)
    if post is None or not post.group("role")[0].isupper() \
            or pats.left_post is not None and pats.left_post.match(after):
        return None
    named = _org_near(orgs, person, sentence, before=False) \
        or _employer_after_title(lang, orgs, person, sentence, post.end())
    return (post.group("role").strip(), named) if named is not None else None


def _unit_headed(lang: str, sentence: Sentence, person: Mention
                 ) -> tuple[str, Mention, str] | None:
    """"X, the head of its Cartier brand": the business unit a title after the
    name heads, with nothing but a determiner between, employs the person, not
    the owner the sentence names elsewhere (or before the unit: "the head of
    Acme's Cloud unit")."""
    pats = _role_patterns(lang)
    if pats.unit_head is None:
        return None
    text = sentence.text
    for unit in sentence.of_types(frozenset({"BusinessUnit"})):
        if unit.start < person.end:
            continue
        head = pats.unit_head.match(text[sentence.local(person.end):sentence.local(unit.start)])
        if head is not None:
            return head.group("role"), unit, f"relations/{lang}/unit-head"
        break
    # "X, head of Adidas's footwear unit": a unit the catalogue does not list, its owner named
    # before its noun, is a post at that owner, never at the company the passage speaks of
    owner = next((m for m in sentence.of_types(ORGANIZATION_TYPES - {"StockExchange", "BusinessUnit"})
                  if m.start >= person.end), None)
    head = pats.unit_head.match(text[sentence.local(person.end):sentence.local(owner.start)]) \
        if owner is not None else None
    owned = pats.unit_owned.match(text, sentence.local(owner.end)) \
        if owner is not None and head is not None and not head.group("determiner") else None
    if owner is None or owned is None or head is None or not _PHRASE_CLOSED.match(text, owned.end()):
        return None  # "head of Adidas's footwear unit until 2020": a post the phrase goes on to date
    words = _POSSESSIVE.sub("", owned.group()).strip()
    return f"{head.group('role')} of {words}", owner, f"relations/{lang}/unit-head"


# A possessive's ending opening the words after its owner ("'s footwear unit")
_POSSESSIVE = re.compile(r"^['’]s?")
# The end of a phrase set off after a name: its comma, the clause's end
_PHRASE_CLOSED = re.compile(r"\s*(?:[,;.)]|$)")


def _title_owner(orgs: list[Mention], sentence: Sentence, title_start: int) -> Mention | None:
    """The organisation named right before a title, joined to it by a space, a hyphen or a
    possessive only ("Nordex CEO X", "Nordex-Chef X", "Nordex's CEO X"): it owns the title,
    whatever list or governed phrase it closes ("A will merge with B, and B CEO X …")."""
    return next((m for m in reversed(orgs) if m.end <= title_start
                 and _TITLE_JOIN.fullmatch(sentence.text[sentence.local(m.end):sentence.local(title_start)])),
                None)


@lru_cache(maxsize=8)
def _clause_opened(lang: str, *, comma: bool) -> re.Pattern[str]:
    """A title opening a clause of its own, the text before it ending in what opens it. With a
    ``comma``, a comma or semicolon right before the title, a subordinating conjunction between
    at most ("…, weil Vorstandschef X", "…, because chief executive X"): a clause beside the
    one before. Without, a subordinating conjunction right before the title with no comma
    before it ("… as chief executive X"): a clause inside the sentence's main one. One builder,
    so that both read the same conjunctions the same way."""
    subordinators = lexicon(lang)["relation_cues"].get("subordinators") or "(?!)"
    before, optional = (r"[,;]\s*", "?") if comma else (r"(?<![,;\s])\s+", "")
    return re.compile(rf"{before}(?:(?:{subordinators})\s+){optional}$")


# What may stand between a company's name and the title it owns: a space, a hyphen, a possessive.
_TITLE_JOIN = re.compile(r"(?:['’]s?)?[\s\-]*")


def _framed_opening(pats: _RolePatterns, orgs: list[Mention], sentence: Sentence) -> Mention | None:
    """The organisation a frame preposition puts at the sentence's opening ("At Y, …, Chief
    Executive X"), the first one named; None where the sentence opens otherwise."""
    first = orgs[0] if orgs else None
    framed = first is not None and pats.opening_frame is not None \
        and pats.opening_frame.match(sentence.text, 0, sentence.local(first.start)) is not None
    return first if framed else None


def _opening_organisation(orgs: list[Mention], sentence: Sentence) -> Mention | None:
    """The organisation whose name opens the sentence, its subject; None where the sentence
    opens otherwise."""
    first = orgs[0] if orgs else None
    return first if first is not None and not sentence.text[:sentence.local(first.start)].strip() else None


def _title_of_next_person(lang: str, sentence: Sentence, org: Mention, former: bool) -> bool:
    """Does the name own the title of the person named next ("Apple CEO X", "SAP-Mitgründer
    X"), with ``former`` a title the person has left ("Former Apple CEO X")?"""
    person = next((m for m in sentence.mentions if m.start >= org.end), None)
    if person is None or person.type != "Person":
        return False
    pats = _role_patterns(lang)
    before = sentence.text[:sentence.local(person.start)]
    title = pats.before.search(before)
    # the title's word may be hyphenated ("co-founder"), which the title's owner part can read
    if title is None or title.start() < sentence.local(org.start) or not any(
            _TITLE_JOIN.fullmatch(sentence.text, sentence.local(org.end), start)
            for start in {title.start(), title.start("role")} if start >= sentence.local(org.end)):
        return False
    departing = pats.departing.search(before)
    return not former or departing is not None and departing.start() < sentence.local(org.start)


def former_title_of(lang: str, sentence: Sentence, org: Mention) -> bool:
    """Does the name own the former title of the person named next ("Former Apple CEO X",
    "der frühere Apple-Manager X")? The person acts in the clause, and no longer for the
    company, which does nothing there."""
    return _title_of_next_person(lang, sentence, org, former=True)


def titled_person_acts(lang: str, sentence: Sentence, org: Mention, at: int) -> bool:
    """Does the name own the title of the person named next, who is the subject of the verb
    at ``at`` (local), no comma between ("SAP co-founder X invested $100 million in Y")? For a
    verb a person does for himself, such as investing, the person acts, not the company; but
    one who announces a plan speaks for it ("Carlyle's chief X said it would invest …")."""
    person = next((m for m in sentence.mentions if m.start >= org.end), None)
    return person is not None and _title_of_next_person(lang, sentence, org, former=False) \
        and "," not in sentence.text[sentence.local(person.end):at]


def titles_person(lang: str, sentence: Sentence, org: Mention) -> bool:
    """Does the name only own a person's title: the former title of the person named next
    (:func:`former_title_of`), or the title of an apposition that describes the name before it
    ("X, the former Microsoft CEO, invested in Y", "X, der Siemens-Chef, investiert in Y")?
    The person acts in the clause, not the company, also when the person's name is unknown."""
    if former_title_of(lang, sentence, org):
        return True
    pats = _role_patterns(lang)
    return pats.apposed_before.search(sentence.text, 0, sentence.local(org.start)) is not None \
        and pats.apposed_title.match(sentence.text, sentence.local(org.end)) is not None


def _governed_list(lang: str, sentence: Sentence, org: Mention) -> bool:
    """Is ``org`` in a list a preposition of company governs ("Im Wettbewerb mit
    X und Y setzt Vorstandschef Z auf …", "Together with X, CEO Z …")? Such a
    name is whom the sentence's subject keeps company with, not a title's
    employer."""
    governed = relation_cues(lang).governed
    if governed is None:
        return False
    items = list_ending(lang, sentence, [m for m in sentence.mentions if m.end <= org.end])
    first = items[0] if items else org
    return bool(governed.search(sentence.text[:sentence.local(first.start)]))


def _employer_after_title(lang: str, orgs: list[Mention], person: Mention, sentence: Sentence,
                          title_end: int) -> Mention | None:
    """"X, Leiter Nachhaltigkeit und Corporate Governance bei Y", "X, head of
    research and strategy at Y": a title followed by the fields of the post
    reaches its employer farther than a role phrase's usual gap, as long as
    the linker joins them and no clause break comes between; so does a title
    whose phrase ends in its linker ("X, who is also chief executive of Y")."""
    pats = _role_patterns(lang)
    offset = sentence.local(person.end) + title_end
    for org in orgs:
        if sentence.local(org.start) < offset:
            continue
        gap = sentence.text[offset:sentence.local(org.start)]
        # "X, Finanzchef des Lagertechnikspezialisten Y": the title's linker and the employer's noun
        return org if not gap.strip() or len(gap) <= _TITLE_TAIL and pats.title_tail.match(gap) \
            or _EMPLOYER_NOUN.fullmatch(gap) and pats.linker_end.search(sentence.text, 0, offset) else None
    return None


# One noun between a title's linker and the employer's name ("des Lagertechnikspezialisten"),
# maybe after one adjective of a seat or nationality ("des Schweizer Spezialchemiekonzerns",
# "des französischen Konzerns").
_EMPLOYER_NOUN = re.compile(r"\s+(?:[^\W\d_][\w\-]*\s+)?[A-ZÄÖÜ][\w\-]*\s+")

# The most text between a title after a name and the linker to its employer.
_TITLE_TAIL = 70


def _unit_joined(lang: str, sentence: Sentence, offset: int) -> Mention | None:
    """"Jane Doe, president of Volcano Engine": a unit the title after the
    name joins by its linker is the employer. Units count only so joined: a
    unit named elsewhere near a title ("Konzernchef X … die Cloud-Sparte")
    is what the person speaks of, and the company employs the person."""
    pats = _role_patterns(lang)
    text = sentence.text
    # the title's pattern may have taken the linker ("president of"); then only the article is left
    linked = bool(pats.linker_end.search(text[:offset]))
    for unit in sentence.of_types(frozenset({"BusinessUnit"})):
        if sentence.local(unit.start) < offset:
            continue
        gap = text[offset:sentence.local(unit.start)]
        if pats.article_gap.match(gap) if linked else pats.joined.match(gap):
            return unit
        return None
    return None


def _employer_named(orgs: list[Mention], person: Mention, sentence: Sentence, lang: str
                    ) -> Mention | None:
    """"Jane Doe of Bernstein said", "Tom Muster von der UBS": the
    organisation joined to the name by a bare "of" or "von"; a house also by its
    noun between ("X vom Analysehaus Jefferies", "X of investment bank Jefferies"),
    which no company a person merely comes from is called."""
    pats = _role_patterns(lang)
    for org in orgs:
        if org.start >= person.end:
            gap = sentence.text[sentence.local(person.end):sentence.local(org.start)]
            return org if pats.employer.match(gap) \
                or org.type in INSTITUTION and pats.house_employer.match(gap) else None
    return None


def _run_by(orgs: list[Mention], person: Mention, sentence: Sentence, lang: str
            ) -> Mention | None:
    """"Jane Doe, who runs Intel, said", "Hans Muster, der Intel seit 2020
    leitet": the organisation a relative clause right after the name says
    the person runs; the clause must end after it (or its verb follow), so
    that "who runs the Intel account at Y" names no employer."""
    pats = _role_patterns(lang)
    if pats.heads is None or pats.heads_after is None:
        return None
    org = next((m for m in orgs if m.start >= person.end), None)
    if org is None or not pats.heads.match(
            sentence.text[sentence.local(person.end):sentence.local(org.start)]):
        return None
    return org if pats.heads_after.match(sentence.text[sentence.local(org.end):]) else None


def _runs_it(sentence: Sentence, person: Mention, lang: str) -> Mention | None:
    """"die Forschungseinheit X, die Jane Doe leitet", "its cloud arm X, which
    Jane Doe runs": the organisation or unit right before a relative clause
    whose subject is the person and whose verb says the person runs it; the
    verb must follow the name at once, so "X, which Jane Doe said would grow"
    names no employer."""
    pats = _role_patterns(lang)
    if pats.runs_before is None or pats.runs_after is None \
            or not pats.runs_after.match(sentence.text[sentence.local(person.end):]):
        return None
    before = [m for m in sentence.of_types(ORGANIZATION_TYPES - {"StockExchange"})
              if m.end <= person.start]
    if not before or not pats.runs_before.match(
            sentence.text[sentence.local(before[-1].end):sentence.local(person.start)]):
        return None
    return before[-1]


def _next_person(sentence: Sentence, mention: Mention) -> Mention | None:
    """The person named next after ``mention`` in the sentence."""
    return next((m for m in sentence.mentions if m.type == "Person" and m.start >= mention.end), None)


def _possessor_of(orgs: list[Mention], person: Mention | None, sentence: Sentence
                  ) -> Mention | None:
    """"Wedbush's Dan Ives said", "Rosenblatt Securities' Jane Doe": the
    organisation whose person it is."""
    if person is None:
        return None
    for org in orgs:
        if org.end > person.start:
            continue
        gap = sentence.text[sentence.local(org.end):sentence.local(person.start)].strip()
        # "Rosenblatt Securities' Jane Doe": a plural's possessive is the apostrophe alone
        if not gap and org.surface.endswith(("'s", "’s", "s'", "s’")) \
                or gap in ("'", "’") and org.surface.endswith("s"):
            return org
    return None


def _employer(document: Document, sentence: Sentence, person: Mention,
              research: bool, nearby: bool = True, founder: bool = False,
              founding: bool = False) -> Mention | str | None:
    """Whom a title without a named organisation works for: an analyst the
    institution named last (see :func:`_recent_institution`); anyone else the
    one company a house rates in the sentence (see :func:`_rated_here`), else the
    organisation the article is about while the passage still speaks of it,
    else the one organisation the passage has just named, else no one
    ("Als Nachfolgerin wurde Finanzchefin X bestellt" in a passage about
    another company than the article's). Without ``nearby``, not by the one
    organisation just named or the subject of a sentence before alone: the
    predecessor a succession names stays with the company of the post, not with
    the one the successor's own post was just told at ("Y ist derzeit
    Finanzchef von Z. Er folgt auf X, der in den Ruhestand geht"). Only a ``founder``'s
    title is read as a post at a company named after its holder; a title that holds a
    founder's (``founding``) is read at the one young firm the passage names (see
    :func:`_founded_firm`)."""
    if research:
        return _recent_institution(document, sentence, person.start)
    namesake = _namesake_company(document, sentence, person) if founder else None
    if namesake is not None:
        return namesake  # "sagte Gründerin Anna Kaltwasser" in an article naming Kaltwasser AI
    founded = _founded_firm(document, sentence, person) if founding else None
    if founded is not None:
        return founded or None  # "Gründer und Chef X" after a start-up the catalogue lacks
    rated = _rated_here(document, sentence)
    if rated is not None:
        return rated
    main = salient(document, ISSUER_TYPES)
    seated = _called_by_seat(document, sentence, person)
    if seated is not None and seated != main:
        return seated
    if main is not None and _only_cited(document, main):
        # "Laut Reuters sagte Finanzchefin X": a source only cited employs no one, nor does the
        # passage open with it (below)
        main = None
    turned = _turned_to(document, sentence, person)
    if turned is not None and main not in (turned, document.catalogue.parent_of(turned)) \
            and document.catalogue.parent_of(main or "") != turned:
        return turned
    wide = _passage_organisations(document, sentence, person.start, _PASSAGE)
    if main is not None and (not wide or any(
            main in (label, document.catalogue.parent_of(label)) for label in wide)
            or all(document.type_of(label) == "BusinessUnit" for label in wide)):
        # a passage that names only units no owner is known for ("die Sparte Specialty
        # Additives … Finanzchef X") still speaks of the article's company
        return main
    contender = _paragraph_contender(document, sentence, person) if main is None else None
    if contender is not None or not nearby:
        return contender
    # a company the article brought in as a rival ("Nachfolger kommt vom Rivalen Y", "bislang
    # Technikvorstand beim Konkurrenten Y") is the other one beside the article's, not whose
    # post a bare title in the passage ("Bis dahin führt Produktionsvorständin X …") is
    near = [label for label in _passage_organisations(document, sentence, person.start,
                                                      _paragraph_reach(document, sentence, 2), named=True)
            if not passing_rival(document, label)]
    if len(near) == 1:
        return near[0]
    # no clear subject of the article: the company a sentence just before opened with, if
    # the article is about it as much as about any other ("Acme gained customers. CEO X said")
    opened = passage_subject(document, sentence, person.start, _paragraph_reach(document, sentence, 2)) \
        if main is None else None
    return None if opened is not None and _only_cited(document, opened) else opened


_SURNAME_MIN = 4  # a shorter last word ("Li", "Ma") opens too many names by chance
_NAMESAKE_BACK = 2  # how many sentences back the namesake company may be named
_MAIN_BESIDE_BACK = 1  # how many sentences back the article's company keeps a bare title


def _founder_before(lang: str, before: str) -> bool:
    """Does a founder's title, alone or joined to another, stand right before the name
    ("Gründer und Chef X")? Read from the text, as the title the rules keep is the last."""
    pattern = lexicon_pattern(lang, "roles", "founder_before")
    return pattern is not None and pattern.search(before) is not None


def _founded_firm(document: Document, sentence: Sentence, person: Mention) -> str | None:
    """The firm a founder named by a bare title ("Gründer und Chef X") founded, where the
    paragraph (this sentence and the two before) names exactly one company the catalogue
    lacks: a firm young enough to be led by its founder, which the catalogue of listed and
    large companies does not hold. The article's company named beside it in this sentence
    or the one before (not in a compound) may as well be the founder's, so the post is then
    no one's (""); None where the paragraph names no such firm, or several, and the title is
    read as any other."""
    reach = _paragraph_reach(document, sentence, _NAMESAKE_BACK)
    young = {label for label in _passage_organisations(document, sentence, person.start, reach, named=True)
             if document.catalogue.get(label) is None and document.type_of(label) == "Company"}
    if len(young) != 1:
        return None
    main = salient(document, ISSUER_TYPES)
    if main is not None and main not in young and _named_beside(document, sentence, main):
        return ""
    return young.pop()


def _named_beside(document: Document, sentence: Sentence, label: str) -> bool:
    """Is ``label`` named in this sentence or the one before other than in a compound ("die
    Siemens-Plattform")? The article's company named so close may well hold a bare title's
    post, whatever other firm the passage names."""
    return any(m.label == label and not here.text.startswith("-", here.local(m.end))
               for _back, here in document.looking_back(sentence, _MAIN_BESIDE_BACK) for m in here.mentions)


def _namesake_company(document: Document, sentence: Sentence, person: Mention) -> str | None:
    """The one company the passage names (this sentence or the two before) whose name opens
    with the founder's surname ("Brenner Robotics" for "Gründerin Anna Brenner"): a founder
    named by a bare title works there, not at the company the article is about. A bank or a
    house cited is no company named after its founder in the passage ("hired Morgan Stanley
    … Chief Financial Officer Laura Morgan"), nor a family holding named paragraphs before
    ("Haslach Holding") the employer of the family's chief executive of the article's
    company. None where no company or several do, or where the title's sentence or the one
    before names the article's company other than in a compound ("die Siemens-Plattform"):
    the post may well be there."""
    surname = person.label.split()[-1]
    if len(surname) < _SURNAME_MIN or len(person.label.split()) < 2:
        return None
    passage = [(back, here, m) for back, here in document.looking_back(sentence, _NAMESAKE_BACK)
               for m in here.mentions]
    found = {m.label
             for _back, here, m in passage
             if m.type in ISSUER_TYPES and m.type != "FinancialInstitution"
             and m.label.split()[0] == surname and m.label != surname
             and not cited(document.lang, here, m)}
    main = salient(document, ISSUER_TYPES)
    if main is not None and main not in found and _named_beside(document, sentence, main):
        return None
    return next(iter(found)) if len(found) == 1 else None


def _paragraph_reach(document: Document, sentence: Sentence, window: int) -> int:
    """How many sentences back, at most ``window``, the paragraph of ``sentence`` reaches: a
    new paragraph moves on ("Varnell shares rose. Medtronic's stock was little changed." and
    then "Chief Operating Officer X, … , the company said"), so a title opening it is no
    longer of the company the paragraph before ended with."""
    for back in range(min(window, sentence.index)):
        if sentence.index - back in document.paragraph_starts:
            return back
    return min(window, sentence.index)


_OPENING = re.compile(r"\W*")
_CLOSING = re.compile(r"\s+\w+\W*")
_AFTER_COMMA = re.compile(r",\W*$")


def _opens_or_closes(sentence: Sentence, mention: Mention) -> bool:
    """Whether the sentence opens with the mention ("SK Hynix Chief Executive Y told reporters.")
    or closes with it after a comma and one word, its speaker's verb ("…, Meta said."): the company the
    sentence is of, not one it speaks of in passing."""
    start, end = sentence.local(mention.start), sentence.local(mention.end)
    return bool(_OPENING.fullmatch(sentence.text, 0, start)
                or _AFTER_COMMA.search(sentence.text, 0, start) and _CLOSING.fullmatch(sentence.text, end))


def _paragraph_contender(document: Document, sentence: Sentence, person: Mention) -> str | None:
    """Whom a bare title works for where two companies compete for the article (neither
    clearly wins, see :func:`salient`): the one of those contenders that the nearest sentence
    of the paragraph naming an organisation names, where it names one alone ("SK Hynix Chief
    Executive Y told reporters. Chief Financial Officer X said …", "…, Meta said. Chief
    Executive X said …"). No one where that sentence names both or neither, nor where an
    organisation stands before the name in a quotation, which tells what the speaker spoke of
    ("„Lumenfall gives us …“, Chief Executive X said")."""
    ranked = ranking(document, document.salience, ISSUER_TYPES)
    if len(ranked) < 2 or ranked[0][0] < MINIMUM:
        return None
    contenders = {label for score, label in ranked if score * MARGIN >= ranked[0][0]}
    for back, here in document.looking_back(sentence, _paragraph_reach(document, sentence, 1)):
        named: set[str] = set()
        for mention in here.mentions:
            if back and not _opens_or_closes(here, mention):
                continue  # "…, analysts said Verizon would cut prices": spoken of, not the one speaking
            if not back and mention.end > person.start or mention.type not in ISSUER_TYPES | {"BusinessUnit"} \
                    or addressed(document.lang, here, mention) or _reported_by(document.lang, here, mention) \
                    or introduced_as_rival(document.lang, here, mention) or contest_object(document.lang, here, mention) \
                    or mention.rule.startswith("reference/"):
                continue  # "bislang Technikvorstand beim Konkurrenten Y", "competes with Y": a rival in passing
            parent = document.catalogue.parent_of(mention.label)
            if mention.type == "BusinessUnit" and parent is None:
                continue  # "Das Segment Supply Chain": a unit of no company we know
            if not back and QUOTE_MARK.search(here.text, here.local(mention.end), here.local(person.start)):
                return None
            named.add(parent if parent in contenders else mention.label)
        if named:
            # the nearest sentence to name an organisation: one contender among its names
            mine = named & contenders
            return mine.pop() if len(mine) == 1 else None
    return None


def _turned_to(document: Document, sentence: Sentence, person: Mention) -> str | None:
    """The company the passage has turned to, whose post a title with no organisation
    before the name is: the company the sentence before opens with, when this sentence names
    no organisation before the name and either opens with a possessive ("Kering, the owner of
    Gucci, is expected to … Its new CEO X") or the passage dwells on that company, the sentence
    before naming no other and naming it twice or after a sentence that opens with it alone too
    ("Xiaomi profitiert … Xiaomi lieferte … Konzernchef X"), or opening its paragraph, this
    one naming no other organisation, or opens the sentence before as its framed topic
    ("Bei Novartis belastet dagegen ein Rückschlag … Finanzchef X", see
    :func:`_framed_topic`): the article's main company no longer employs the post there."""
    if sentence.index == 0 or any(m.type in ISSUER_TYPES | {"BusinessUnit"} and m.end <= person.start
                                  for m in sentence.mentions):
        return None
    previous = document.sentences[sentence.index - 1]
    before = _opened_by(document, previous)
    if before is None:
        return None
    subject, alone, twice = before
    owned = _role_patterns(document.lang).opening_possessive
    if owned is not None and owned.match(sentence.text[:sentence.local(person.start)]):
        return subject
    if not alone:
        return None
    if _continues_bare_paragraph(document, previous, sentence) and all(
            m.label == subject for m in sentence.mentions if m.type in ISSUER_TYPES | {"BusinessUnit"}):
        # "Puma, whose largest shareholder is …, has been cutting costs. Chief Executive X said
        # the German brand …": a paragraph opened by a company's bare name alone is about it,
        # and so is the title of the sentence after in that paragraph while that names no other
        # organisation
        return subject
    if _framed_topic(document, previous):
        return subject  # "Bei Novartis belastet dagegen ein Rückschlag: … Finanzchef X hält …"
    earlier = _opened_by(document, document.sentences[sentence.index - 2]) if sentence.index > 1 else None
    return subject if twice or earlier is not None and earlier[:2] == (subject, True) else None


def _continues_bare_paragraph(document: Document, previous: Sentence, sentence: Sentence) -> bool:
    """Does ``previous`` open a paragraph with a company's bare name and ``sentence`` go on in
    that paragraph? A name after words of its own ("Dem Rivalen BMW ergeht es …") may be the
    foil of the article's company, and a sentence opening a paragraph of its own has left the
    company before; a bare title there stays the article's company's post."""
    return previous.index in document.paragraph_starts and sentence.index not in document.paragraph_starts \
        and _opening_organisation([m for m in previous.mentions if m.type in ISSUER_TYPES], previous) is not None


def _framed_topic(document: Document, sentence: Sentence) -> bool:
    """Does the sentence open with its first organisation as the topic a preposition frames
    ("Bei Novartis belastet dagegen ein Rückschlag")? A German paragraph turns to a company so,
    and the bare title after it is of that company, though the article is about another."""
    frame = _role_patterns(document.lang).topic_frame
    first = next((m for m in sentence.mentions if m.type in ISSUER_TYPES | {"BusinessUnit"}), None)
    return frame is not None and first is not None \
        and frame.match(sentence.text[:sentence.local(first.start)]) is not None


def _opened_by(document: Document, sentence: Sentence) -> tuple[str, bool, bool] | None:
    """The company of the catalogue a sentence opens with, whether it names no other
    organisation, and whether it names that company more than once; None where no such
    company opens it."""
    named = [m for m in sentence.mentions if m.type in ISSUER_TYPES | {"BusinessUnit"}]
    if not named or named[0].type != "Company" or not opens(sentence, named[0]):
        return None
    subject = named[0].label
    if document.catalogue.get(subject) is None:
        return None  # "Die Kliniktochter Helios …": a company we do not know may be a unit
    return subject, all(m.label == subject for m in named), len(named) > 1


def _called_by_seat(document: Document, sentence: Sentence, person: Mention) -> str | None:
    """The company the sentence of a bare title calls by its seat's people after the name
    ("Vorstandschef X ließ offen, ob die Mailänder ein Angebot vorlegen" right after a sentence
    on UniCredit): the executive speaks for that company, not for the article's own. Only the
    one company named in this sentence or the one before that the catalogue seats in the city,
    a place the catalogue locates in another (a country's name, "den USA", is no people);
    None else (a city's people, or two firms of one city)."""
    if not lexicon(document.lang)["references"].get("seat_demonym"):
        return None
    mentions = [m for _back, here in document.looking_back(sentence, 1) for m in here.mentions]
    for place in sentence.mentions:
        entry = document.catalogue.get(place.label)
        if place.type != "Place" or place.start < person.end or place.surface == place.label \
                or entry is None or not entry.located_in:
            continue  # "in den USA": a country's name, not a city's people
        at = sentence.local(place.start)
        if any(found.start("adjective") == at
               for found in _seat_demonym(document.lang, place.surface).finditer(sentence.text)):
            seated = document.seated_in(place.label, mentions)
            return seated[0] if len(seated) == 1 else None
    return None


@lru_cache(maxsize=256)
def _seat_demonym(lang: str, adjective: str) -> re.Pattern[str]:
    """The lexicon's seat demonym of ``lang`` for a city's ``adjective`` ("die Mailänder"),
    compiled once per language and adjective: the articles call the same few cities' people
    again and again, and every bare title asks for each place its sentence names."""
    return re.compile(lexicon(lang)["references"]["seat_demonym"].replace("CITY", re.escape(adjective)))


def _private_employer(document: Document, sentence: Sentence, person: Mention) -> str | None:
    """Whom a private firm's manager with no organisation named works for ("…", sagte
    Geschäftsführer X, after a sentence on a group's supplier): the one company this
    sentence or the one before names that the catalogue does not list on an exchange,
    else no one; a listed group's head bears another title."""
    near = [label for label in _passage_organisations(document, sentence, person.start, 1)
            if not listed_on_exchange(document, label)]
    return near[0] if len(near) == 1 else None


def _rated_here(document: Document, sentence: Sentence) -> str | None:
    """The one company a house the sentence names rates there: in a round-up of ratings, "Y
    - Goldman initiated coverage of the coffee chain, saying the turnaround under Chief
    Executive X will take time" speaks of Y's executive, as no house's own is so named."""
    houses = {m.label for m in sentence.mentions if m.type in INSTITUTION}
    companies = {m.label for m in sentence.mentions if m.type == "Company"
                 and any((house, m.label) in document.rated for house in houses)}
    return companies.pop() if len(companies) == 1 else None


# How many sentences back the passage around a title may have named the organisation.
_PASSAGE = 6


def _passage_organisations(document: Document, sentence: Sentence, before: int,
                           window: int, named: bool = False) -> list[str]:
    """The companies and institutions named in this sentence before
    ``before`` and in the ``window`` sentences before it (a unit counts as
    its parent), most recent first, each once. With ``named``, only those
    named by name and outside a quotation before ``before``: "the company" was
    resolved by the same reading of the passage that the caller makes, and
    tells it nothing more; "„Lumenfall gives us …“, Chief Executive X said"
    tells what X spoke of."""
    found: list[str] = []
    for back, here in document.looking_back(sentence, window):
        for mention in reversed(here.mentions):
            if mention.type not in ISSUER_TYPES | {"BusinessUnit"} or (not back and mention.end > before) \
                    or named and (mention.rule.startswith("reference/") or not back and QUOTE_MARK.search(
                        here.text, here.local(mention.end), here.local(before))):
                continue
            if addressed(document.lang, here, mention) or _reported_by(document.lang, here, mention):
                # "sagte X dem Handelsblatt", "told CNBC": the medium only heard it; "laut
                # Reuters", "according to Bloomberg": the source only tells it
                continue
            label = (document.catalogue.parent_of(mention.label) or mention.label) \
                if mention.type == "BusinessUnit" else mention.label
            if label not in found:
                found.append(label)
    return found


def _org_near(orgs: list[Mention], person: Mention, sentence: Sentence,
              before: bool, after: bool = True) -> Mention | None:
    """The organisation a role phrase names: the closest one before in the
    same clause, else (unless ``after`` is false) one the role joins right
    after the name ("X von Y", "X, analyst at Y")."""
    if before:
        near = [m for m in orgs if m.end <= person.start
                and same_clause(sentence, m.end, person.start)
                # a quotation mark between: the name stands in what the speaker said
                # ("„Mit X haben wir …“, sagte Chefin Y"), the role phrase does not name it
                and not QUOTE_MARK.search(sentence.text, sentence.local(m.end),
                                          sentence.local(person.start))]
        if near:
            return near[-1]
    if not after:
        return None
    for org in orgs:
        if org.start < person.end:
            continue
        gap = sentence.text[sentence.local(person.end):sentence.local(org.start)]
        return org if len(gap) <= _ROLE_GAP and len(_WORD.findall(gap)) <= _ROLE_GAP_WORDS \
            and same_clause(sentence, person.end, org.start) and not _titles_next_person(sentence, org) else None
    return None


def _titles_next_person(sentence: Sentence, org: Mention) -> bool:
    """Does ``org`` open the title of the next person named ("… fordert Cevian-Partner Y",
    "… said Acme analyst Y")? Then it is that person's employer, never the one of a name
    before it ("In einem Brief an Vorstandschefin X fordert Cevian-Partner Y …")."""
    following = _next_person(sentence, org)
    return following is not None and _TITLE_OPENED.fullmatch(
        sentence.text, sentence.local(org.end), sentence.local(following.start)) is not None


# A name's possessive or hyphen and one word of a title up to the next name ("-Partner ", " analyst ")
_TITLE_OPENED = re.compile(r"(?:['’]s?)?[\s\-][^\W\d_][\w\-]*\s+")


# The most text between a person's name and the employer the role phrase names.
_ROLE_GAP = 45
# … and the most words: a role phrase joins its employer in a few ("X, senior analyst at Y",
# "X von der Investmentbank Y"); "CEO X has blamed delays in deliveries from Y" is a clause
# of its own, and Y is what the person spoke of.
_ROLE_GAP_WORDS = 5
# A word of that gap: commas and dashes between name and role are no words.
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class _CoverPatterns:
    before: re.Pattern[str]  # "Analyst X von", "Experten der", "das Analysehaus" + institution
    after: re.Pattern[str]  # institution + "-Analyst", " analysts", "'s analyst"
    opinion: re.Pattern[str] | None  # institution + "erwartet", "raised its target": its judgement
    cited_before: re.Pattern[str] | None  # "laut", "according to" + institution
    cited_after: re.Pattern[str] | None  # institution + "zufolge"
    own_shares: re.Pattern[str] | None  # "the shares", "die Aktie": a judgement's own clause names shares
    possessive: re.Pattern[str] | None  # house + "expect its": a judgement of a company's own
    adviser_before: re.Pattern[str] | None  # "advised by", "beraten von" (+ a list) + institution
    adviser_after: re.Pattern[str] | None  # institution + "is advising X on", "fungiert als Berater"
    judged_name: re.Pattern[str] | None  # "rating on" + a capitalised word: the company judged
    market_role: re.Pattern[str] | None  # "strategist", "economist": a market commentator
    market_judged: re.Pattern[str] | None  # house + "estimates that China's market": a market's view
    moved_before: re.Pattern[str] | None  # "after", "nachdem" + house: a share moved on its judgement
    agent_before: re.Pattern[str] | None  # "led by", "angeführt von" (+ a list) + institution


@lru_cache(maxsize=4)
def _cover_patterns(lang: str) -> _CoverPatterns:
    table = lexicon(lang)["covers"]

    def optional(key: str, shape: str) -> re.Pattern[str] | None:
        return re.compile(shape.format(table[key])) if table.get(key) else None

    return _CoverPatterns(before=re.compile(rf"(?:{table['before']})\s*$"),
                          after=re.compile(rf"^(?:{table['after']})"),
                          # the judgement follows within a few words of the institution
                          opinion=optional("opinion", r"^(?:\s+[\w\-]+){{0,3}}?\s+(?:{})\b"),
                          cited_before=optional("cited_before", r"\b(?:{})\s+(?:\w+\s+)?$"),
                          cited_after=optional("cited_after", r"^\s+(?:{})\b"),
                          own_shares=optional("own_shares", r"{}"),
                          possessive=optional("possessive", r"^(?:\s+[\w\-]+){{1,3}}?\s+(?:{})\s+[^\W\d_]"),
                          adviser_before=optional("adviser_before", r"(?:{})$"),
                          adviser_after=optional("adviser_after", r"(?:{})"),
                          judged_name=optional("judged_before", r"\b(?:{})\s+(?=[A-Z])"),
                          market_role=optional("market_role", r"{}"),
                          market_judged=optional("market_judged", r"\s+(?:{})"),
                          moved_before=optional("moved_before", r"\b(?:{})\s+$"),
                          agent_before=optional("agent_before", r"\b(?:{})$"))


#: how far before an institution an adviser cue and the list of names after it may start
_ADVISER_REACH = 160


def is_adviser(document: Document, mention: Mention) -> bool:
    """Is the institution named in its sentence as an adviser on a deal ("Medtronic, which is
    being advised by Morgan Stanley, expects …", "X fungiert als Berater")? An adviser gives
    no coverage and no forecast: the figures of the clause are the company's own."""
    sentence = document.sentence_at(mention.start)
    if sentence is None:
        return False
    pats = _cover_patterns(document.lang)
    start, end = sentence.local(mention.start), sentence.local(mention.end)
    text = sentence.text
    return pats.adviser_before is not None \
        and pats.adviser_before.search(text, max(0, start - _ADVISER_REACH), start) is not None \
        or pats.adviser_after is not None and pats.adviser_after.match(text, end) is not None


def titled_analysts_house(lang: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the institution named by an analyst phrase ("Analystin X von Morgan Stanley",
    "Citi-Analyst X")? Its analyst speaks of the companies it covers, so what the clause tells
    after it (a rival, a partner) is theirs, not the house's."""
    pats = _cover_patterns(lang)
    return mention.type in INSTITUTION and (
        pats.before.search(sentence.text[:sentence.local(mention.start)]) is not None
        or pats.after.match(sentence.text[sentence.local(mention.end):]) is not None)


def analyst_covers(document: Document, sentence: Sentence) -> Iterator[Relation]:
    """covers from analysts' comments: "Analyst X von Citi nannte …",
    "kommentierten Analysten von Bernstein", "Citi-Analyst X", "analysts at
    Y said", "Wedbush's Dan Ives said". The institution (or each of a list of them) covers the one
    company the sentence names, else the organisation the article is about
    when one clearly wins."""
    institutions = sentence.of_types(INSTITUTION)
    if not institutions:
        return
    pats = _cover_patterns(document.lang)
    text = sentence.text
    named: list[Mention] = []
    judged = False  # named only as the subject of a judgement ("Jefferies erwartet")
    titled = False  # named by an analyst phrase ("Analyst X von Citi", "Citi-Analyst")
    for k, mention in enumerate(institutions):
        if mention in named or is_adviser(document, mention) or firm_partner_after(document.lang, sentence, mention):
            continue
        before = text[:sentence.local(mention.start)]
        after = text[sentence.local(mention.end):]
        if pats.before.search(before):
            named += list_after(document.lang, sentence, institutions[k:], mention.start)
            titled = True
        elif pats.after.match(after) \
                or _possessor_of([mention], _next_person(sentence, mention), sentence) is mention:
            named.append(mention)
            titled = True
        elif mention.label != document.topic and not (
                pats.agent_before is not None and pats.agent_before.search(before)) and any(
                p is not None and p.search(s) for p, s in ((pats.opinion, after),
                                                           (pats.cited_before, before),
                                                           (pats.cited_after, after))):
            named.append(mention)
            judged = True
    if not named:
        return
    labels = frozenset(m.label for m in named)
    # a unit named counts as its company ("AWS growth" speaks of Amazon)
    mentions = sentence.mentions
    if judged and not titled:
        if len(named) > 1:
            yield from _own_judgements(document, sentence, named)
            return
        mover = _mover(pats, sentence, named[0])
        if mover is not None:
            yield make_relation(named[0], "covers", document.listed(mover), sentence,
                                f"relations/{document.lang}/covers-analyst")
            return
        # a bare judgement ("…, and Citi expects Y to …") speaks of its own clause, not of a
        # company named in the clause before it, unless its clause names only shares ("…, and
        # Goldman removed the shares from its list"): those of the sentence's one company
        own = [m for m in mentions if _joined(sentence, m, named[0])
               and not compound_modifier(document.lang, sentence, m)]  # "nach Talabat-Teilverkauf"
        if _move_cue(pats, sentence, named[0]) is not None:
            # "X climbed after Barclays raised its target on Y", "… after Jefferies upgraded its
            # view of the sector": the judgement that moved X but names no share of X speaks of
            # what follows the house, Y or no company at all, never of X
            own = [m for m in own if m.start >= named[0].end]
            if not any(m.type in ("Company", "BusinessUnit") for m in own):
                return
        earlier = [m for m in mentions if m.type == "Company" and m.end <= named[0].start]
        if any(m.type in ("Company", "BusinessUnit") for m in own) or len({m.label for m in earlier}) != 1 \
                or not _own_shares(pats, sentence, named[0]):
            mentions = own
        else:
            mentions = earlier
    companies = {m.label for m in mentions if m.type == "Company"} | {
        parent for m in mentions if m.type == "BusinessUnit"
        and (parent := document.catalogue.parent_of(m.label)) is not None}
    # "Evercore ISI downgraded Tessaly rival Corlane": a name that only owns the rival, partner
    # or supplier named next is what the comment names beside, not what the house covers
    owners = {m.label for m in mentions if m.type == "Company" and all(
        owns_named_relative(document.lang, sentence, o) for o in mentions if o.label == m.label)}
    companies -= owners
    rated = {about for by, about in document.rated if by in labels} & companies
    if not rated:
        # "…, said X, a strategist at Y, noting that rival Nintendo would report": a company
        # named as a rival is the foil of the comment, not what the house covers, unless the
        # house rates it ("Y rates rival AMD 'buy'")
        companies -= {m.label for m in mentions if m.type == "Company"
                      and named_as_rivals(document.lang, sentence, m)}
    company = next(iter(companies)) if len(companies) == 1 else None
    if len(companies) > 1 and len(rated) == 1:
        # of several, the one the house rates ("X slid after Morgan Stanley cut its target on
        # the retailer, citing a battle with Y and Z. The broker kept its 'overweight' rating"):
        # the others are what its comment names, not what it covers
        company = next(iter(rated))
    elif len(companies) > 1:
        # of several, the one the article is clearly more about ("Wedbush's X told CNBC
        # that … AWS revenue" in an article about Amazon); none when none clearly wins
        company = salient(document, ISSUER_TYPES, among=frozenset(companies))
    if not companies and any(m.rule == "reference/institution" and m.label not in labels
                             and m.start > named[0].start for m in sentence.mentions):
        # "Barclays raised its price target on the lender": an institution called by its
        # type is what the house speaks of, neither the article's company nor the one of the
        # sentence before ("its" is the house's own target)
        return
    owner = None if companies else _possessed(document, sentence, pats, named[-1])
    if owner is not None:
        company = owner
    elif company is not None:
        # "lobte die Kostendisziplin bei der Tochter X": a comment on the unit of the article's
        # company is one on that company; the unit itself has no shares to cover
        company = covered_company(document, company)
    elif not companies and not owners \
            and (not judged or relation_cues(document.lang).stock_words.search(text)) \
            and not any(m.type in _MARKET_TOPICS for m in mentions) \
            and not _judges_unknown(pats, sentence) \
            and not _market_comment(document.lang, pats, text) \
            and not _market_judged(document, pats, sentence, labels) \
            and not unnamed_first_word(document, sentence, 0, len(text)):
        # no company named: the article's, when it clearly wins (and, for a bare
        # judgement, when the sentence speaks of the shares); not when the sentence names an
        # index or a central bank or other authority, which is what a strategist's word is about
        company = salient(document, ISSUER_TYPES, exclude=labels)
    if company is None or document.type_of(company) not in ISSUER_TYPES:
        return
    if document.type_of(company) != "Company" and any(
            m.type in ISSUER_TYPES and m.label not in labels for m in sentence.mentions):
        # a bank is covered only as the article's subject of a comment naming no other
        # issuer: one the sentence names beside the house may be its peer or a holding
        return
    if not any(m.label == company and not m.rule.startswith("reference/") for m in mentions):
        # the company is not named but guessed ("the testing group", or none at all)
        named = [m for m in named if not _rates_only_others(document, m.label, company)]
    company = document.listed(company)
    for institution in named:
        if institution.type in INSTITUTION:
            yield make_relation(institution, "covers", company, sentence,
                                f"relations/{document.lang}/covers-analyst")


def covered_company(document: Document, label: str) -> str | None:
    """The company an analyst's comment on ``label`` covers: for a unit or subsidiary of the
    article's company (found so in the text or given so by the catalogue) with no listing of
    its own, the article's company; else ``label`` itself."""
    entry = document.catalogue.get(label)
    if (entry is None or not entry.listed) and part_of_salient(document, label):
        return salient(document, ISSUER_TYPES)
    return label


def _market_comment(lang: str, pats: _CoverPatterns, text: str) -> bool:
    """Is the sentence a market commentator's word that names no shares ("'Investors are
    rotating into value,' said a strategist at X")? It speaks of the market, not of the
    article's company."""
    return pats.market_role is not None and pats.market_role.search(text) is not None \
        and not relation_cues(lang).stock_words.search(text)


def _market_judged(document: Document, pats: _CoverPatterns, sentence: Sentence,
                   houses: frozenset[str]) -> bool:
    """Has one of the ``houses`` judged a market right after its name, in this sentence or the
    one before ("Morgan Stanley estimates that China's market for model access will reach …
    'Nobody is making money yet,' said Morgan Stanley analyst X")? Its comment naming no
    company then goes on about that market, not about the article's company."""
    if pats.market_judged is None:
        return False
    return any(m.label in houses and pats.market_judged.match(here.text, here.local(m.end))
               for _back, here in document.looking_back(sentence, 1) for m in here.mentions)


def _judges_unknown(pats: _CoverPatterns, sentence: Sentence) -> bool:
    """Does the comment judge a company by a name no mention covers ("kept his neutral rating
    on Quorvale")? Then the company is one we do not know, not the article's."""
    if pats.judged_name is None:
        return False
    return any(not any(m.start <= sentence.start + found.end() < m.end for m in sentence.mentions)
               for found in pats.judged_name.finditer(sentence.text))


def _possessed(document: Document, sentence: Sentence, pats: _CoverPatterns, house: Mention) -> str | None:
    """The company whose own things the house's comment speaks of by a
    possessive a few words after the house ("Analysts at Leerink expect its
    annual sales to peak …")
    where the sentence names none: the one company the sentence before names
    ("Acme's only drug, Foo, sold $1 billion."), not the article's subject,
    which may be its buyer. None where that sentence names none or several."""
    if pats.possessive is None or sentence.index == 0 \
            or not pats.possessive.match(sentence.text[sentence.local(house.end):]):
        return None
    before = {document.listed(m.label) for m in document.sentences[sentence.index - 1].mentions
              if m.type == "Company"}
    return next(iter(before)) if len(before) == 1 else None


def _own_shares(pats: _CoverPatterns, sentence: Sentence, institution: Mention) -> bool:
    """Does the institution's own clause, after it, name shares by article or pronoun
    ("Goldman Sachs removed the shares from its conviction list")?"""
    if pats.own_shares is None:
        return False
    text = sentence.text
    at = sentence.local(institution.end)
    return any(same_clause(sentence, institution.end, sentence.start + found.start())
               for found in pats.own_shares.finditer(text, at))


def _move_cue(pats: _CoverPatterns, sentence: Sentence, house: Mention) -> re.Match[str] | None:
    """The word right before the house that makes its judgement the cause of a share's move
    named before it ("…, after Barclays", "…, nachdem Barclays"), or None."""
    return None if pats.moved_before is None \
        else pats.moved_before.search(sentence.text[:sentence.local(house.start)])


def _mover(pats: _CoverPatterns, sentence: Sentence, house: Mention) -> str | None:
    """The one issuer whose share moved on the house's judgement ("Deutsche Bank climbed 3.1%
    after Barclays raised its price target on the lender", "…, nachdem Barclays das Kursziel für
    die Aktie angehoben hatte"): named in the house's clause before "after", while the
    judgement's own clause names only shares or that issuer by its type. A bank is such an
    issuer too, though other issuers stand in the sentence's other clauses. None where the
    judgement names another company, or the stretch before names several ("A and B rose after
    …")."""
    cue = _move_cue(pats, sentence, house)
    if cue is None:
        return None
    # the mover stands in the stretch before the cue that no comma parts from it (the comma
    # German sets before "nachdem" parts nothing)
    stretch_end = sentence.start + len(sentence.text[:cue.start()].rstrip().removesuffix(","))
    movers = {m.label for m in sentence.mentions if m.type in ISSUER_TYPES and m.end <= stretch_end
              and m.label != house.label and not m.rule.startswith("reference/")
              and "," not in sentence.text[sentence.local(m.end):sentence.local(stretch_end)]
              and same_clause(sentence, m.end, house.start)}
    if len(movers) != 1:
        return None
    mover = next(iter(movers))
    own = [m for m in sentence.mentions if m.start >= house.end and m.type in ISSUER_TYPES
           and same_clause(sentence, house.end, m.start)]
    if any(m.label != mover or not m.rule.startswith("reference/") for m in own):
        return None
    return mover if own or _own_shares(pats, sentence, house) else None


def _own_judgements(document: Document, sentence: Sentence, named: list[Mention]) -> Iterator[Relation]:
    """Several houses each judging ("A hebt X, B senkt Y", "A raises X, B cuts Y"): each covers
    the one company named after it before the next house, in its clause; a house with none or
    several there covers nothing, never the company another house judges."""
    for k, house in enumerate(named):
        until = named[k + 1].start if k + 1 < len(named) else sentence.end
        own = {m.label for m in sentence.mentions if m.type == "Company" and house.end <= m.start < until
               and same_clause(sentence, house.end, m.start)}
        if len(own) == 1:
            yield make_relation(house, "covers", document.listed(next(iter(own))), sentence,
                                f"relations/{document.lang}/covers-analyst")


def _rates_only_others(document: Document, house: str, company: str | None) -> bool:
    """Does the house rate companies in the article, none of them ``company``?
    Then its analyst's comment that does not name the company ("Jefferies
    analyst X said the property portal …" in a roundup where Jefferies cuts
    Rightmove) speaks of a company it rates, not of the article's subject
    or of the one a descriptive noun was taken to mean."""
    rated = {about for by, about in document.rated if by == house}
    return bool(rated) and company not in rated


# What a comment that names no company may be about instead of the article's company.
_MARKET_TOPICS = frozenset({"MarketIndex", "GovernmentBody"})


def _joined(sentence: Sentence, mention: Mention, institution: Mention) -> bool:
    """Does ``mention`` stand in the institution's clause: after it without a
    clause break, or before it without even a comma between?"""
    if mention.start >= institution.end:
        return same_clause(sentence, institution.end, mention.start)
    return "," not in sentence.text[sentence.local(mention.end):sentence.local(institution.start)] \
        and same_clause(sentence, mention.end, institution.start)


def covers_from(document: Document, figures: list[Figure], ratings: list[Rating]) -> list[Relation]:
    """An institution that rates a company, or forecasts or values it, covers
    it; a forecast about a unit or product covers the company that owns it."""
    found: dict[tuple[str, str], Relation] = {}
    for rating in ratings:
        if (rating.by, rating.about) not in found:
            found[rating.by, rating.about] = _covers(rating.by, rating.about, rating.evidence,
                                                     "relations/covers-rating")
    for figure in figures:
        if not figure.estimated_by or figure.metric in _MARKET_FACTS:
            continue  # a share price or a deal is no one's forecast of the company
        company = _company_of(document, figure.about)
        if company and figure.estimated_by != company \
                and (figure.estimated_by, company) not in found \
                and _estimate_speaks(document, figure) and not _only_cited(document, company):
            found[figure.estimated_by, company] = _covers(
                figure.estimated_by, company, figure.evidence, "relations/covers-estimate")
    return list(found.values())


def _only_cited(document: Document, label: str) -> bool:
    """Is the company named only as a cited source ("einer Umfrage von FactSet
    zufolge", "data compiled by LSEG")? A data provider is no company an
    analyst forecasts; an estimate read as about it was given the wrong
    company, and shows no coverage of it."""
    return label in named_only_as(document, "only-cited",
                                  lambda sentence, m: cited(document.lang, sentence, m))


def _estimate_speaks(document: Document, figure: Figure) -> bool:
    """Does the sentence of the estimate name its institution, or a person (an
    analyst, also as "er", "she")? An estimate whose sentence names neither
    ("Its revenue is expected to exceed …, according to a person familiar
    with the matter") was given an institution of the sentence before, which
    may be named there as a customer or a lender, and shows no coverage."""
    for sentence in document.sentences:
        if sentence.start <= figure.evidence.start < sentence.end:
            return any(m.label == figure.estimated_by
                       or m.type == "Person" and not _speaks_for_another(document, m, figure)
                       for m in sentence.mentions)
    return True


def _speaks_for_another(document: Document, person: Mention, figure: Figure) -> bool:
    """Does a role phrase of the article give ``person`` an employer that is
    not the estimate's institution ("CEO Jane Doe" of the startup, then "…
    expects revenue to reach $250 million, Doe said")? The company's own
    outlook shows no house's coverage."""
    employers = {r.object for r in _earlier_roles(document, person.label, person.start)}
    return bool(employers) and figure.estimated_by not in employers


# Figures the market or a deal sets, not an institution's view of the company: one of them
# "estimated by" an institution is a misread, and shows no coverage.
_MARKET_FACTS = frozenset({"SharePrice", "StockPriceChange", "IndexLevel", "Investment"})


def _covers(institution: str, company: str, evidence: Evidence, rule: str) -> Relation:
    """The covers relation, with the evidence of the fact it follows from."""
    return Relation(subject=institution, predicate="covers", object=company,
                    evidence=Evidence(sentence=evidence.sentence, start=evidence.start,
                                      end=evidence.end, extractor=rule))


def _company_of(document: Document, label: str) -> str | None:
    """The company itself, or the owner of a unit or product; a subsidiary the text refers to
    by a unit phrase ("the game business" of "The game unit, X,") is a unit there, so its
    forecast covers the owner, as one about a catalogued segment does."""
    kind = document.type_of(label)
    if kind in ("Company", "FinancialInstitution"):
        return _owner_as_unit(document, label) or label
    if kind == "BusinessUnit":
        return document.catalogue.parent_of(label)
    if kind in PRODUCT_TYPES:
        return document.catalogue.developer_of(label)
    return None


def _owner_as_unit(document: Document, label: str) -> str | None:
    """The owner of ``label`` where a unit phrase of the text resolved to it, else None."""
    return next((m.owner for sentence in document.sentences for m in sentence.mentions
                 if m.label == label and m.rule == "reference/unit" and m.owner), None)


__all__ = ["INSTITUTION", "analyst_covers", "covered_company", "covers_from", "employer_of", "is_adviser", "former_title_of", "titled_person_acts", "titles_person",
           "roles"]
