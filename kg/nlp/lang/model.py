"""The shape of a language's data, checked when the data is loaded.

Every extractor reads its words by key; a misspelt or missing key would
otherwise surface as a ``KeyError`` deep inside one rule, or worse, as a rule
that silently matches nothing. Validating the whole file up front turns both
into one line naming the file and the key.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class LanguageInfo(BaseModel):
    """What a language package declares in its ``__init__.py`` as ``LANGUAGE``.

    ``spacy`` names the blank spaCy language that tokenises its texts; the
    data files are relative to the package folder. The traits change how
    the rules read the words: where nouns are capitalised, case tells a noun
    from other words, so the word tables are matched case-sensitively; where
    nouns form closed compounds ("Konzernumsatz"), a head word also matches
    as the tail of a capitalised compound.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=r"^[a-z]{2,3}$")
    spacy: str
    case_sensitive: bool = False
    compounds: bool = False
    # words ending in a metric word's letters that are no compound of it: "Rahmenvertrag"
    # ends in "ertrag" but is a contract, no "Ertrag" (revenue)
    compound_false_tails: tuple[str, ...] = ()
    decimal_comma: bool = False  # "1.234,5": the comma marks decimals, the point groups
    # the verb closes a subordinate or infinitive clause ("800 Millionen Euro in neue Linien
    # zu investieren"): a metric verb after a number need only begin near it
    verb_final: bool = False
    # token endings to split off that spaCy's tokenizer keeps: German reads "2025." as an
    # ordinal, so "die Prognose für 2025. Die Aktie …" stayed one sentence
    suffixes: tuple[str, ...] = ()
    # abbreviations the tokenizer keeps whole, so their point ends no sentence: the
    # Börsen-Zeitung's "60 Mill. Euro" was cut after "Mill."
    abbreviations: tuple[str, ...] = ()
    # nouns a one-letter model name follows ("Model Y"): its point, kept by the tokenizer as
    # an initial's, ends the sentence when a capitalised word follows ("… Model Y. BYD cut")
    letter_model_nouns: tuple[str, ...] = ()
    # abbreviated legal forms the tokenizer keeps whole whose point also ends a sentence when
    # a capitalised word and a lower-case one follow ("… International Corp. DeepSeek said"),
    # unless they open a title ("Sony Corp. Chief executive X")
    final_legal_forms: tuple[str, ...] = ()
    lexicon: str = "lexicon.toml"
    quantities: str = "quantities.toml"


class _Table(BaseModel):
    """A table of the data file: unknown keys are errors, not ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class References(_Table):
    company_heads: list[str]
    # a city's adjective as a plural noun after its article, CITY standing for the adjectives
    # of the discovery's ``city_adjectives`` ("die Dortmunder", "den Walldorfern"): the phrase
    # names the one company of the article seated in that city
    seat_demonym: str = ""
    # the article opening a sentence before the last word of a firm's name that no catalogue
    # knows ("Das Kristallwerk beschäftigt 340 Mitarbeiter" after "Lausitzer Kristallwerk
    # GmbH"): the phrase names that firm; empty where a language names firms otherwise
    name_head_opening: str = ""
    # the endings of such a last word that make it a works' name ("-werk", "-hütte"), not a
    # sector's noun ("Maschinenbau"), lower case; the rule is off where a language lists none
    name_head_endings: list[str] = []
    # what follows a name the sentence before introduces with an indefinite apposition ("X (NASDAQ:
    # XYZ), a Texas-based regional lender,"): the passage goes on with it, so a company noun
    # opening the next sentence ("The bank, which …") means it, not the article's company; empty:
    # no such rule
    introducing_apposition: str = ""
    # a company's noun and the word before a product it makes ("the AI startup behind
    # Claude"): the phrase names the product's developer
    developer_before: str = ""
    # a parent noun and its preposition right before a company, unit or product ("der
    # Mutterkonzern der Handelsplattform X", "the parent company of X"): the phrase names the
    # owner (named after it in apposition, else the catalogue's), never the one named
    parent_before: str = ""
    # a possessive and unit noun right after a name, with no unit named after them ("X's unit
    # grew"): the clause speaks of a unit it leaves unnamed, never of the owner
    unit_owner_possessive: str = ""
    # a complement between a company noun and "aus X" ("der Hersteller von Dialysetechnik
    # aus Lübeck"): the place still tells where the company meant is from
    origin_complement: str = ""
    # the words after a company noun that open a description of its own ("Die Firma mit 600
    # Beschäftigten"): a company told of anew, the one a relative clause before hangs on
    own_description: str = ""
    # between the names a copula's clause opens with and a company noun after a preposition
    # of its predicate ("A and B are major customers of the chipmaker", "A ist ein Kunde des
    # Konzerns"): the predicate relates them to another company, so the noun means none of
    # them; empty: no such rule
    copula_predicate: str = ""
    institution_heads: list[str]
    # the institution heads that name a house rating others ("the broker"): never an
    # institution rated there
    house_heads: list[str] = []
    # head nouns that, after a determiner, refer back to a market index ("der Leitindex")
    index_heads: list[str] = []
    # a preposition fused with an article that refers back to an index like a determiner ("im
    # Leitindex"): only before an index head, where no company noun follows
    index_determiners: list[str] = []
    # an index phrase between a determiner and the participle of listing before a company noun
    # ("das im SDax notierte Unternehmen"): the noun still refers back to a company
    listed_attribute: str = ""
    unit_heads: list[str]
    # a company's place in a market right before a unit phrase ("der kleinere Rivale im
    # Spielegeschäft", "the leader in the cloud business"), searched to the phrase's start:
    # the phrase names the market, never a unit of the company
    market_position: str = ""
    determiners: list[str]
    possessives: list[str]
    product_heads: list[str]
    # kind nouns printed after a product's name ("the Li i6 SUV"), beside the product heads
    product_kinds: list[str] = []
    developer_suffixes: list[str]
    unit_keywords: dict[str, str] = {}
    # people: pronouns and role nouns with their grammatical gender ("m", "f")
    person_pronouns: dict[str, str] = {}
    # pronouns that are a single person only before a verb of the third person singular
    # ("sie sagte", not "sie sagten"), and that verb ending
    ambiguous_pronouns: list[str] = []
    singular_verb: str = ""
    person_heads: dict[str, str] = {}
    person_determiners: list[str] = []
    # a title right before or after a name that gives the person's gender
    female_title: str = ""
    male_title: str = ""
    # the company heads that name a whole group ("der Konzern", "the group"): after a sentence
    # whose subject is a subsidiary of the article's company they mean the group, not the unit
    group_heads: list[str] = []
    # the heads said of any company ("company", "Unternehmen"): one that introduced a name
    # ("its holding company X") is no noun of that name the text repeats
    bare_heads: list[str] = []
    # the words right before a name that present it as a subsidiary ("die Tochter X", "its
    # subsidiary X"); an owner named, if any, stands right before them ("die Siemens-Tochter X")
    subsidiary_before: str = ""
    # the words right before a name that make it only the owner of a unit just named ("die
    # Fondstochter der", "the asset-management arm of"): it acts in nothing the sentence tells
    unit_owner_before: str = ""
    # a rival noun right before a name ("der größte Rivale X"): the name is the other company
    rival_before: str = ""
    # a preposition governing a rival noun right before a name ("vom Konkurrenten X", "from
    # rival X"): the name is the rival of another company the text is about, even in a headline
    rival_governed: str = ""
    # the words before a name, or a list of names, that make it the other party a company
    # competes or wins against ("winning most deals against X and Y", "im Wettbewerb mit
    # Billiganbietern wie X und Y"): a rival the text compares its company with, never what
    # the text is about
    contest_object: str = ""
    # group nouns a name joins with a hyphen ("die KHS-Gruppe"): with a word no mention covers
    # before them the phrase names an unknown group, it refers to no company named before
    named_group_heads: list[str] = []
    # the words right after a bank or insurer opening its sentence that make it the subject of
    # its own results ("X raised its full-year profit forecast", "Die X steigerte den Gewinn"):
    # it reports there, though the verb is one a rating uses too; empty: no such rule
    own_results_after: str = ""
    # a rival noun before a list of names ("against rivals X and Y"): the names are the foil,
    # and a seat reference after them speaks of the passage's company; empty: no such noun
    rivals_before: str = ""
    # the conjunction that joins a clause of an executive's speech to a clause naming other
    # companies (", and Chief Executive X said the company …"): the reference in the speech
    # means the subject of the clause before, never a name its verb governs; empty: no such rule
    speech_conjunction: str = ""
    # a clause joined by a comma that fronts its object before the verb and the reference ("…,
    # Chips bezieht das Unternehmen von X"): the reference is the subject of a new clause, no
    # name of the clause before unless that one opens the sentence; a regex ending at the
    # reference's noun; empty: no such rule
    fronted_object_reference: str = ""
    # the text before a name that makes it the subject after the verb (German verb-second:
    # "Im Späthandel gewann der Baukonzern X", "Deutlich legte X zu"): one opening phrase, the
    # finite verb, at most an article, an adjective and a company noun
    verb_second_before: str = ""
    # the words before a company named as what moved the index or market of its sentence
    # ("the Nikkei fell, dragged down by X", "der Dax stieg, gestützt von X"): a market report
    # goes on with that company, so it is its sentence's subject for a reference after it; a
    # regex ending at the name; empty: no such rule
    mover_agent_before: str = ""
    # the heads that name only a parent ("der Mutterkonzern", "its parent"): never the company
    # just named itself, so where that is what the reference finds it names no one
    parent_heads: list[str] = []
    # the company heads that, with a product or unit named between the determiner and them
    # ("its Azure cloud computing business"), name that one's line of business, not the company
    line_heads: list[str] = []
    # the heads that name a subsidiary ("die Tochter", "the subsidiary"): the one subsidiary of
    # the article's company the article names, never the parent; empty: no such reference
    subsidiary_heads: list[str] = []
    # verbs of overtaking ("overtook", "überholte"): a reference in their sentence after the
    # one overtaken ("X overtook Y as the most valuable company") is the overtaker, not Y
    overtaking_verbs: list[str] = []
    # the words of a passive's agent ("von", "by"): the name after them overtakes, not overtaken
    agent_before: list[str] = []
    # the heads that name only a company not yet listed ("the startup"): never one the catalogue
    # lists on an exchange, so after "X and Y have placed orders" they mean the article's own
    # unlisted company, or no one
    unlisted_heads: list[str] = []
    # the heads that name a family's group or holding ("die Gruppe", "die Hansen-Gruppe",
    # "der Familienkonzern"), and the ending of a holding's own name ("X Familienholding",
    # "X Holdings"): where the text names one holding that shares its first word with the
    # company the head would mean, the head means the holding, not its largest subsidiary
    # nouns of a public body ("Behörde"): a place's adjective before one gives the body's seat
    # ("die Bonner Behörde"), as before a company's noun
    body_heads: list[str] = []
    holding_heads: list[str] = []
    holding_name: str = ""
    # heads that name a company only as the holding the text names, elsewhere a stake ("the
    # holding"): the holder in "X, in which the holding owns 62%" where one holding is named
    holding_only_heads: list[str] = []
    # developer suffixes that, after a company or unit, name its owner ("British Airways owner
    # IAG"), after a product its developer ("the ChatGPT owner")
    owner_suffixes: list[str] = []
    # the company heads that name a company by its role toward another ("des Zulieferers"), each
    # with the stem by which the text calls a company so ("der Zulieferer X"); they mean only such
    # a company. ``role_after``: the words after a name that call it by the stem (ROLE)
    role_heads: dict[str, str] = {}
    role_after: str = ""
    # the words that mark a company reference with a country ("der US-Konzern", "der chinesische
    # Autobauer", "the Chinese automaker"), each with the catalogue's country: the reference means
    # only a company seated there; an adjective is given by its stem ("chinesisch")
    country_words: dict[str, str] = {}
    # the people of a country in the plural ("die Südkoreaner"), each with the catalogue's
    # country: after a determiner and standing alone, such a word is how news call the company
    # of the article seated there
    people_words: dict[str, str] = {}
    # the words that give a company reference an industry ("Autobauer", "chipmaker", "lender"),
    # each with the industries of ``ontology/industries.tsv`` it names: the reference means only a
    # company of one of them or of none known. Where nouns form compounds a word is looked for
    # inside the head ("Elektroautobauer"), elsewhere as a word of the phrase ("the defence
    # group"); of several the longest counts ("Autozulieferer" before "Auto…"). It judges a
    # reference by the catalogue; ratings' ``trade_heads`` and ``generic_descriptors`` judge one
    # by the article alone (how it introduced each company), so they hold other things: a word's
    # trade as printed, not an industry, and the words that name none
    industry_words: dict[str, list[str]] = {}
    # the words that make a company noun another company than one the passage named ("another
    # chipmaker", "the rival carmaker", "ein anderer Autobauer"): such a phrase refers to no
    # company named before, and a figure of its clause is no one else's
    other_words: str = ""
    # the nouns right after a company or institution noun that make it the first part of a
    # compound naming a sector or its gauge ("the bank index", "insurer stocks"): the phrase
    # speaks of the sector, so the noun refers to no company named before
    sector_tails: str = ""


class RelationRule(_Table):
    predicate: str
    shape: str
    subject: str
    object: str
    trigger: str
    name: str | None = None
    recipient: str | None = None
    not_between: str | None = None
    not_after: str | None = None
    # words right after the object that join a second subject ("X develops Y together with Z")
    co_subject: str | None = None
    # the object may be a list ("supplies chips to Y and Z"): each named one is an object
    object_list: bool = False
    salient_subject: bool = False
    # without a named object, the article's company ("X raised its stake to 5%": a stake in it)
    salient_object: bool = False
    # a relative clause: the object stands right before the trigger (an apposition at most)
    # and the subject right after it ("Y, a chip that X designs", "Y, den X baut")
    relative: bool = False
    # the trigger is a noun with its list in apposition ("der Konkurrent X"): a negation after
    # the list negates the clause's verb, not the noun
    noun_trigger: bool = False
    # the subject is the name right after the trigger ("unit TKMS"), not a later one
    adjacent: bool = False
    # the object is the name right before the trigger, one lowercase word between at most
    # ("sold Osram to Y", "sold its Osram unit to Y"), never one named earlier ("X sold H20 to Y")
    object_next: bool = False
    # the subject is the name right before the trigger ("X, which is owned by Y"), no earlier one
    subject_next: bool = False
    # the subject is the one organisation named before the trigger; with more named there,
    # the rule reads nothing ("X's bookings rose, as A ordered more tools": X)
    sole_subject: bool = False
    # words between the last name before the trigger and the trigger that show the name is no
    # subject ("owns the unit A and a stake in B"): the sentence's opening subject is
    not_subject_gap: str | None = None
    # words that, ending with the trigger, make it another relation ("a $14 billion deal with
    # X": a priced contract is a sale, no partnership)
    not_through: str | None = None
    # the sentence's one name may be the object, the article's company the subject
    # ("Größter Kunde ist X"); other "between" rules need two names
    alone: bool = False
    # no name before the verb: its subject is the name right after it, its object the one after
    # the recipient word ("Im Quartal liefert X Chips an Y")
    subject_after: bool = False
    # the trigger names no funding round ("X and Y also took part"): it reads only where this
    # sentence or the one before names one
    round_before: bool = False


class Roles(_Table):
    titles: str
    linkers: str
    articles: str
    led_by: str
    # a house's team before its name ("Die Analysten der DZ Bank um X") and the word after the
    # name that names the team's head (a regex each, empty where the language has no such phrase)
    research_team: str = ""
    team_head: str = ""
    # a founder's title ("Gründerin", "co-founder"): the one post a bare title may hold at a
    # company named after its holder rather than at the article's company; a regex, empty
    # where the language has none
    founder_titles: str = ""
    # a founder's title, alone or joined to another, right before a name ("Gründer und Chef
    # X"): the founder of the one young firm the paragraph names; a regex searched in the
    # text before the name, empty where the language has none
    founder_before: str = ""
    research: str
    departing: str
    appointed: str
    appoints: str
    # a person's post so far between an appointing verb and the name ("named its treasurer, X,")
    current_post: str = ""
    # between a title and the name after it, the verb of an appointment ("Nachfolgerin wird X",
    # "Zum neuen Finanzchef wurde X berufen")
    appointed_title_first: str = ""
    # the verbs that may close such a clause and keep it an appointment ("Neuer Chef soll X
    # werden", "Zum Chef wurde X berufen"); any other infinitive there makes the name the verb's
    # object, with no post ("Der Finanzchef wird X treffen")
    appointed_closing: str = ""
    # after that verb, the date the post begins ("Nachfolgerin wird zum 1. April X"): no word of the title
    appointed_date: str = ""
    # before the organisation opening such a clause: the preposition that makes it the clause's
    # frame and the employer ("Bei Y wird X Finanzchefin"); a source cited there ("Wie Y
    # berichtet", "Laut Y") employs no one it reports on
    verb_first_frame: str = ""
    # the preposition before an organisation opening the sentence that frames all of it ("At Y,
    # whose shares have lagged, Chief Executive X is …"): a title opening a clause after the
    # comma is then Y's, as the frame names whose affairs follow
    opening_frame: str = ""
    # after an organisation's name: a medium's verb of reporting ("Wie Y berichtet"); Y is the
    # source of what the clause reports, never the employer of a post it tells of
    reports_after: str = ""
    # a word of a past post around an organisation's name ("Beta's former CFO", "die ehemalige
    # Siemens-Managerin"): in a succession, the successor's old employer, not the predecessor's
    former_post: str = ""
    # after a name and its comma, a relative clause only a person opens ("X, who heads the chip
    # unit,"): the name is a person's, whatever follows
    person_clause: str = ""
    employer_after: str
    addressees: str = ""
    # between a name after its title and an organisation: a noun phrase in a case no employer
    # takes after a name ("laut Konzernchef X der Autobauer Y": Y is the clause's subject; the
    # employer's genitive would be "des Autobauers Y"); a regex
    subject_after: str = ""
    appointed_fillers: str
    # after a name: took a post without naming it ("übernahm das Ruder", "took the helm")
    took_over: str = ""
    # before a name: the post taken, put first ("Die Führung übernimmt X")
    took_over_before: str = ""
    # a post taken by a verb put before its subject ("Zum 1. Januar übernimmt X den Vorsitz"):
    # the verb right before the name, and what follows the name (the date, the post taken)
    took_over_verb_first: str = ""
    took_over_object: str = ""
    # a succession with its verb before the successor's name ("Bei Y folgt X auf Z als
    # Finanzchefin"): that verb, and what joins the name to the title after the predecessor's
    succession_verb_first: str = ""
    succession_after: str = ""
    # after a predecessor's name: a clause telling the departure to come, so the predecessor is
    # still in post ("…, who will retire in March"); before it: a succession still to come
    predecessor_staying: str = ""
    # before a title after a name: a word making the post a past one ("X, previously CFO of Y")
    past_fillers: str = ""
    succession_to_come: str = ""
    # after a name: a post left ("X stepped down as CEO"); the person is named, the post is
    # no longer theirs (no worksFor)
    left_post: str = ""
    # after a name: the person rates or sets a target, so works for the institution that does
    research_acts: str = ""
    # a relative clause saying the person runs the organisation: between the name and it
    # (", who runs", ", der"), and after it (its verb where the language puts it last, "leitet",
    # or the clause's end), so that "who runs the Acme account at Y" names no employer
    heads: str = ""
    # between the comma after a name and the title: "X, who became CEO of Y", "X, seit 2020 Chef von Y"
    title_fillers: str = ""
    # of those, the words of a post held only so far ("bislang"): beside a new title, the post left
    left_fillers: str = ""
    title_suffixes: str = ""
    # after a post taken with no title: the post is of a body not the company's, no employer
    post_elsewhere: str = ""
    title_qualifiers: str = ""
    # a separable verb's particle between a name and the comma of its title ("Die Nachfolge tritt
    # X an, bislang Finanzchefin"): the title is still the name's; a regex, empty where verbs
    # leave no particle behind
    name_particles: str = ""
    # a word joining a name to the post it takes, with no comma ("rückt X als Finanzchefin in
    # den Vorstand"); a regex, empty where the language has none
    role_link: str = ""
    heads_after: str = ""
    # a unit the person runs in that clause, of the organisation named after it ("who runs the
    # cloud unit of Y") or before it ("who runs Y's cloud unit"); regexes, empty: none read
    heads_unit_before: str = ""
    heads_unit_after: str = ""
    # between a unit's linker and its owner's name: the owner's noun ("der Chemiesparte des
    # schwedischen Konzerns X"), an adjective before it
    unit_owner_noun: str = ""
    # a relative clause after an organisation whose subject is the person that runs it: the
    # pronoun between the organisation's comma and the name (", die", ", which"), and the verb
    # after the name ("leitet", "runs"): "die Sparte X, die Jane Doe leitet"
    runs_pronouns: str = ""
    runs_after: str = ""
    # a post a verb after a name gives at the organisation right after the verb: one of
    # becoming before the employer's possessive and the title ("X becomes Y's CFO"), one of
    # joining before the employer, "as" and the title ("X is to join Y as CFO"); regexes,
    # empty where the language has none
    becomes_post: str = ""
    joins_post: str = ""
    # a verb after the name with the post's title before the employer ("X wird Finanzchef bei
    # Y"), and the words that link the title to the employer
    titled_post: str = ""
    titled_post_link: str = ""
    # a verb of moving after the name, then "as"/"als" and the title, the employer before
    # "as" or after the title ("X wechselt als Finanzchefin zu Y", "X will leave to join Y as
    # CFO"): the name before it is a person's; a regex, empty where the language has none
    move_as: str = ""
    # a verb of moving after the name with no title, right before the employer ("X wechselt zum
    # Konkurrenten Y")
    moves_to: str = ""
    # in a move, the organisation left named first ("X kommt von Z zu Y"): a regex up to it
    moved_from: str = ""
    # where a joining (joins_post) may be of something else ("X joins Y in criticising Z"): the
    # words after the employer that make it a move, the one left named next ("X joins Y from Z",
    # a title after that one: "from Z as CFO"); a regex, empty where the language has none
    moved_from_after: str = ""
    # the word before a title after the employer of a move or a joining ("als", "as")
    joins_as: str = ""
    # right before an organisation: a possessive and "employer" ("seinem neuen Arbeitgeber"),
    # the organisation employs the one person named before it
    new_employer: str = ""
    # right before an organisation: a verb of working and its linker ("arbeitete für", "worked at")
    worked_for: str = ""
    # in the phrase after a name, a linker and a rival noun ("beim Konkurrenten", "at rival"): the
    # post there is the rival's, never the passage's company's
    rival_post: str = ""
    # in the phrase after a name, the linker of a post to a name right after ("bei", "at"): a
    # name no organisation's mention opens is an unknown employer, never the passage's company
    name_post: str = ""
    # words that open a clause of its own or another subject between a name and that verb
    # ("dass", "that", "his"): the verb is not the person's
    clause_openers: str = ""
    # between a post holder and the next name: the next one takes the post
    # ("X will be succeeded by", "X übergibt den Posten an")
    succeeded_by: str = ""
    # after a post left with its title ("X will step down as CEO"), before the next name: that
    # name takes the post left ("… and be succeeded by Y")
    then_succeeded_by: str = ""
    # right before a predecessor's name, the successor named earlier or not at all ("succeeds",
    # "folgt auf"): the name is a person's, found when it opens with a given name
    predecessor_before: str = ""
    # a speech verb after a comma right before a title ("…, sagte Vorstandschef X"): the
    # clause before it is what was said, so a name there does not employ the speaker
    speech: str = ""
    # the words that open a clause of what a titled person concluded, said or asked ("kommt zu
    # dem Schluss, dass X wächst", "concluded that X is growing"): a name after them is what the
    # clause speaks of, never the person's employer
    content_clause: str = ""
    # right after a titled name, its possessive and a company noun ("CEO X's company, which
    # competes with Y", "Konzernchef Xs Unternehmen"): the title's employer is that unnamed
    # company, never a name further on
    owned_company_after: str = ""
    # a possessive right before a title after a comma ("…, its co-founder X said", "…, sagte
    # sein Mitgründer X"): the title is of the one organisation the clause before names, and of
    # none we can tell where it names several; empty: no such rule
    possessive_titles: str = ""
    # the words before a company that opens a sentence as its topic ("Bei Novartis belastet
    # dagegen …"): a bare title in the next sentence is of that company, the passage having
    # turned to it; a regex matched against the text before the name, empty: no such rule
    topic_frame: str = ""
    # a title's hyphenated prefix that names no employer ("Konzern-Chef", "Vize-Chefin"); any
    # other capitalised prefix no mention covers names an employer we do not know ("Verbund-Chef X")
    generic_prefixes: str = ""
    # a title in the plural before two names joined by a conjunction ("co-presidents X and Y",
    # "die Co-Chefs X und Y"): both are people; a regex, empty where none is listed
    plural_titles: str = ""
    # the plural's ending and the singular's, tried in turn: the role of each name a plural
    # title lists is the title in the singular ("Co-Chefinnen" → "Co-Chefin")
    singular_endings: list[list[str]] = []
    # a board's name that is a member's title only after the employer's hyphen ("die
    # Siemens-Vorständin", "BASF-Aufsichtsrat X"); alone it is the board itself; a regex
    compound_titles: str = ""
    # "Acme's board, chaired by X", "der Aufsichtsrat der Acme unter Vorsitz von X": a board's
    # noun and the phrase of its chair before the name (a regex whose group "role" is the
    # chair's title as printed); the chair works for the board's company
    boards: str = ""
    chaired_by: str = ""
    # where a company's name stands apart before a title ("Acme CEO X"): the capitalised words
    # that may stand there and name no employer ("Group CEO", "Interim CEO"); any other such
    # word no mention covers names an employer we do not know, as a hyphenated prefix does
    spaced_prefixes: str = ""
    # titles that say whose post it is only with the employer named ("Fed Governor X"): a
    # governor of a central bank or a state is never the article's company's
    named_titles: str = ""
    # titles of a private firm's manager ("Geschäftsführer"): a listed group's head bears
    # another, so with no employer named the post is the one unlisted company's the passage
    # names, or no one's
    private_titles: str = ""
    # what stands between a name and a business unit the person heads ("X, the head of its
    # Cartier brand"): a regex from the comma to the unit's name, the title in group "role"
    unit_head: str = ""
    # a post a relative clause in the present right after a name says the person holds ("X, der
    # seit 2020 den Vorstand führt", "X, who heads the Digital Industries division,"): regexes
    # from the comma to the post (open) and after it (close), where the employer may be joined
    # (group "at"), a pronoun may tell the gender (group "pronoun", feminine where it is the
    # first of ``clause_post_feminine``) and the clause ends; each post is a regex, the role and
    # the feminine role, "{unit}" in a role standing for the unit's name (group "unit", with its
    # noun in group "noun": "die Sparte X"); a past verb ("leitete", "who ran") is no post of today
    clause_post_open: str = ""
    clause_post_close: str = ""
    clause_post_feminine: str = ""
    clause_posts: list[list[str]] = []
    # a post two names joined by a conjunction run together, told after the pair ("X und Y führen
    # das Unternehmen gemeinsam"): each a regex from the second name's end and the role of each
    pair_posts: list[list[str]] = []


class Covers(_Table):
    before: str
    after: str
    opinion: str = ""
    cited_before: str = ""
    cited_after: str = ""
    # the shares named by a pronoun or article in a judgement's own clause ("…, and Goldman
    # removed the shares from its list"): those of the one company named before in the sentence
    own_shares: str = ""
    # a possessive in a comment whose sentence names no company ("expect its sales to …"): the
    # one company the sentence before names
    possessive: str = ""
    # a judgement's words right before the company it is about ("kept his rating on X"): where a
    # capitalised word no mention covers follows them, the sentence names a company we do not
    # know, so the article's company is no guess for it (only where only names are capitalised)
    judged_before: str = ""
    # a market commentator's post ("a strategist at X"): a comment naming no company and no shares
    # speaks of the market, not of the article's company
    market_role: str = ""
    # a house's judgement of a market, right after the house ("X estimates that China's market for
    # model access will reach …"): an analyst's comment of the house naming no company, in that
    # sentence or the next, speaks of the market, not of the article's company
    market_judged: str = ""
    # the word right before a house whose judgement moved a share named before it in the clause
    # ("X climbed after Barclays raised its target on the lender"): the house covers that issuer
    moved_before: str = ""
    # an adviser on a deal, named right after these words or right before those: no analyst house,
    # so neither coverage nor forecasts ("which is being advised by X", "X fungiert als Berater")
    adviser_before: str = ""
    adviser_after: str = ""
    # the agent of a passive right before an institution, across a list ("The round was led by X
    # and valued Y at …"): the verb after the institution is the passive subject's, no judgement
    agent_before: str = ""


class Membership(_Table):
    before: str
    after: str
    peers: str
    # a second predicate joined by the conjunction, before the index ("X ist der größte Vermieter
    # und gehört dem MDax an"), and what must follow the index: the sentence's opening name is
    # the member, whatever names the first predicate holds
    coordinated_before: str = ""
    coordinated_after: str = ""
    # an adverb pointing back to the one index the sentence before tells of alone ("Der MDax
    # schloss fester. Einen Satz machten hier die Aktien von X"): the shares named are its
    index_back: str = ""
    # words that name another place, market or tier the adverb may point to ("Wall Street", "in
    # der zweiten Reihe", "elsewhere"): the sentence speaks of it, no member of the index
    index_back_elsewhere: str = ""
    # a word opening another clause after the adverb's ("while", "dagegen"): names after it are
    # no longer the adverb's
    index_back_end: str = ""
    shares: str
    hedged: str = ""  # a possibility before the index cue ("could join the"): no membership yet
    # a move of the index itself before it ("outpacing a 0.6 per cent gain in the Topix"): the
    # sentence compares a share with the index, which names no membership
    index_move: str = ""
    # after the index: a copula and a name ("Schlusslicht im ATX war X"): that name is the member,
    # and where no mention covers it, no one else (the passage's company) is
    named_after: str = ""
    # a compound after the index that names a place in it, not a company ("an der Dax-Spitze",
    # "unter den Dax-Werten"): like a word before the index, the member is named in the clause
    position_after: str = ""
    # after an index compound that announces ("wie der Kölner MDax-Konzern am Montag mitteilte"):
    # what may stand before the report verb of [places]; empty: no such compound is read
    announced_gap: str = ""
    # prepositions that, between an apposition's article and an index, make the index another
    # noun's ("X, a rival of the Dow component Y"): no apposition naming X a member
    not_apposed: str
    # a plural compound after the index ("die Dax-Schwergewichte X und Y", "Dow components X and
    # Y"): each name listed right after it is a member
    plural_after: str = ""
    # "one of" before such a plural in an apposition ("X, einer der größten Dax-Konzerne"): X is one
    one_of: str = ""
    # a pair noun and a membership before the index ("Both companies are members of the"): the
    # two companies the passage names are members
    both_members: str = ""
    # an index opening the sentence after a preposition of origin ("Aus dem Euro Stoxx 50 legte X
    # zu"): the market report's way of naming a member, unless a word of leaving the index
    # follows (``left_after``: "Aus dem Dax steigt X ab")
    opening_from: str = ""
    left_after: str = ""
    # a rank among the index's shares ("one of the best performers on the Ibovespa"): in a
    # sentence opening with one company's stock, that company is a member
    ranked: str = ""
    # a pronoun or a bare company noun opening the sentence as the subject of a membership, up
    # to the article before the index ("It is part of the", "Das Unternehmen ist Mitglied im"):
    # it stands for the one company the sentences before name
    pronoun_member: str = ""
    # what stands before an index compound that is the sentence's subject or the owner of its
    # opening noun ("Der Dax-Wert notierte", "Die Aktie des MDax-Konzerns verlor", "Die im MDax
    # notierte Aktie"): the compound goes on with the company the passage is about
    subject_compound: str = ""


class Listing(_Table):
    venue: str
    article: str
    city_shares: str = ""
    # a possessive before a city and a share word after it ("its Frankfurt shares rose"): the
    # city's exchange lists the possessor's shares; regexes, empty where the language has none
    owned_city_before: str = ""
    owned_city_after: str = ""
    # a preposition before a city and a session noun after it ("im Frankfurter Handel", "in
    # early Frankfurt trading"): the city's exchange is the venue; regexes, empty where none
    session_before: str = ""
    session_after: str = ""
    debut: str = ""
    # between a company's name and "in" + city: the verb of a price move and its percentage
    # ("Cambricon jumped 6% in Shanghai"): the city is the trading venue
    moved: str = ""
    # the same where the language puts the place before the amount ("X verloren in Mailand 0,6
    # Prozent"): the verb and "in" between name and city, the amount right after the city, and
    # what may not stand right before the name (a genitive: "der Umsatz der X stieg in …")
    moved_first: str = ""
    moved_amount: str = ""
    moved_first_not_after: str = ""
    # after a company named right after "In" + city + comma opening the sentence: the verb of
    # a price move and its percentage ("In Tokyo, X (8035.T) closed down 3.8%")
    moved_after: str = ""
    # A closing report's movers named with their city: the verb of a move (with "sich" and an
    # adverb) before the name ("In Amsterdam zogen zudem X um 3,5 Prozent an", "sackten X in
    # Kopenhagen um 6,8 Prozent ab"; empty where the verb stands after the name), the words
    # between a city opening the sentence and the name (after that verb: "die Aktien von";
    # ", chip-testing equipment maker"), the move and its percentage after the name or after
    # "in" + the city (empty: ``moved_after``), and the word joining a second mover ("and").
    mover_verb: str = ""
    mover_lead: str = ""
    mover_move: str = ""
    mover_joined: str = ""
    # a listing ended or denied ("delisted from", "nicht mehr an der Börse gehandelt"): the
    # sentence names no trading venue of the company
    unlisted: str = ""
    # a sentence opening with the shares of one company ("The stock rose 14% in Seoul,
    # outpacing the Kospi"): a city there is that company's venue, even beside an index
    one_stock: str = ""
    # a derivatives market right before the exchange ("an der Terminbörse Eurex", "on the
    # futures exchange Eurex"): contracts expire or trade there, no company's shares
    derivatives: str = ""
    # a sentence opening with a business unit named by its noun ("Die Industriesparte soll an der
    # Frankfurter Börse notiert werden", "The unit will list on the Nasdaq"): the venue is the
    # unit's, no listing of the article's company
    unit_opening: str = ""
    # a share counted per right before a bracket ("Gewinn je Aktie (ADS)", "earnings per share
    # (ADS)"): the bracket names the share's class, no company's ticker; every language's are used
    per_share_bracket: str = ""
    # a participle of listing in attributive form right after the venue, before a noun that is
    # no share word ("die in Amsterdam notierte Gesellschaft", "the Amsterdam-listed group"): what
    # trades there is what that noun phrase names, not a company named before it
    attributive: str = ""
    # a noun of a relative clause right before a participle of listing ("which owns a stake in a
    # firm listed in Amsterdam"): the venue is that noun's, not the clause head's; and the copula
    # opening such a clause that makes the noun the head's ("which is a firm listed in …")
    clause_noun_listed: str = ""
    clause_copula: str = ""


class IssuerBlock(_Table):
    """The data lines closing a disclosure ("Unternehmen: X AG", "Indizes: SDAX", "Börsen: …")."""

    issuer: str  # the label of the line naming the issuer
    indices: str  # the label of the line listing its indices
    venues: str  # the label of the line listing its trading venues
    listed: str  # a venue segment that is a listing: a regulated market ("Regulierter Markt")
    postcode: str  # what opens an address line's postcode, before the town
    exchange_label: str  # how the catalogue labels a city's securities exchange


class Places(_Table):
    seated_after: str
    seat_compound: str
    # compounds that keep the place as trading venue ("Shanghai-listed", "Hongkong-notiert")
    venue_compound: str = ""
    # a word before a place's name that makes the two a region's name ("Greater China"), no
    # mention of the place; every language's are used
    region_before: str = ""
    # a part after a place's name that makes the two a region's name ("Asia/Pacific"), no
    # mention of the place; every language's are used
    region_after: str = ""
    # a word before or after a place's name that makes it a state's or province's ("im
    # Bundesstaat Washington", "Washington state"): no mention of a large city of that name
    state_before: str = ""
    state_after: str = ""
    # the rest of an index's name after an exchange's ("the Philadelphia Stock Exchange
    # Semiconductor Index"), and the exchange's own word that the index's short name leaves
    # out ("Philadelphia Semiconductor Index"): no mention of the exchange; every language's are used
    index_after_exchange: str = ""
    exchange_word: str = ""
    # a head's title joined to an authority's name in one word ("Bundesbankpräsident"): the
    # authority is named; every language's are used
    authority_compound: str = ""
    # the endings of an authority's name that take a linking s before that title ("-amt")
    authority_linking: str = ""
    # an announcement from the seat ("wie der Konzern am Mittwoch in Essen mitteilte"): the words
    # that open the clause before the announcer, and the verbs after the place that close it
    report_opening: str = ""
    report_gap: str = ""  # between the announcer and the place: a day and the preposition
    report_day: str = ""  # between the place and the verb: a day ("aus Köln am Freitag mit")
    report_near: str = ""  # between the place and the day: the city a town lies by ("aus Neubiberg bei München")
    report_after: str = ""
    # a noun for a company beside those of [references] company_heads, as the sentence's opening
    # subject with a seat ("Der Radarspezialist aus Taufkirchen meldete …"): the article's company
    seat_heads: str = ""
    # a preposition fused with the article that may open that phrase too ("Beim
    # Spezialchemiekonzern aus Leverkusen dreht sich …"): the noun is still the article's company
    seat_opening_fused: str = ""
    # after a name and a colon that open the sentence, a company noun phrase with a seat word
    # ("Enel: Der italienische Versorger aus Rom …", "X: Beim Hersteller von Y aus Koblenz …"):
    # the noun phrase describes the name, which sits at the place after it
    lead_descriptor: str = ""
    # a site or unit noun after a name in the genitive ("Volkswagen's plant in Zwickau, based in
    # Saxony"): a seat word after it is the site's, no seat of the company
    site_nouns: str = ""
    # a seat compound's phrase speaking at a clause's end (", the Beijing-based company said"):
    # the words before its place, and nouns besides the company heads it may end in
    speaker_seat_before: str = ""
    speaker_seat_nouns: str = ""
    # the words between an organisation's name and a city of the list that make the city its
    # seat ("KSB of Frankenthal"), and what must close the place's phrase after it (a comma, the
    # sentence's end, a conjunction): a name going on is no seat
    seat_of: str = ""
    seat_of_close: str = ""
    # a relative clause of place after a city that seats the organisation named in it ("in
    # Chicago, where Acme is based"): the words between the place and the name, and after the name
    seat_where: str = ""
    seat_where_after: str = ""
    # a subsidiary or joint venture introduced by its noun, "in" and a place right after its
    # name ("die Tochtergesellschaft X GmbH in Friedrichshafen soll …", "its shipping unit, X AS
    # in Oslo, agreed"): the noun right before the name, the words between name and place, and
    # what must follow the place (a name going on, a preposition or a listing's word is no seat)
    unit_seat_before: str = ""
    unit_seat: str = ""
    unit_seat_close: str = ""


class Rivals(_Table):
    compound: str
    # a word of the past right before a role or rival noun or its compound ("der frühere
    # Apple-Zulieferer X", "SAP's former rival X"): the tie has ended, no relation
    former: str = ""
    # the same for a partnership ("die Blizzard-Kooperation"), a stake ("the Anthropic stake")
    # and a takeover ("die Covestro-Übernahme")
    partner_compound: str
    stake_compound: str
    acquired_compound: str
    # a role compound before a name: "der Apple-Zulieferer Foxconn", "Nvidia partner Foxconn"
    partner_named: str = ""
    supplier_named: str = ""
    customer_named: str = ""
    investor_named: str = ""
    # a customer noun with its article right before a name ("der Großkunde X", "its key customer
    # X"), the name the customer of the clause's own company; and the words that make it a
    # customer lost or leaving ("verliert den Großkunden X", "lost its key customer X")
    customer_apposed: str = ""
    customer_left: str = ""


class Units(_Table):
    # a noun right before a name that makes it a unit of another company ("Dialysetochter X")
    before: str


class RelationCues(_Table):
    negation: str
    # a past participle of use opening an aside between commas ("X's sensors, used in Y's cars,
    # are supplied by Z"): a name in the aside is where the goods go, not their owner
    use_aside: str = ""
    # words that go on a company's name ("Renault Trucks"): where every noun is capitalised,
    # only these tell that a catalogued name before them is the first part of another's
    name_continuation: str = ""
    # a product counted and made for a named buyer ("six A321neo jets for budget airline X",
    # "20 A350 freighters for X"): the count right before the product, and the words between
    # the product and the buyer; the product's maker supplies the buyer, who uses the product
    counted_before: str = ""
    made_for: str = ""
    # goods supplied for a product ("supplies the engines for the A350"): the words from the
    # supplier to the product, whose maker is the customer, and where the verb may stand before
    # the supplier ("liefert X das Radar für den Eurofighter"), that verb ending the text before it
    supplied_for: str = ""
    supplier_verb_before: str = ""
    # words that make a deal in the sentence unreal: talks, a rumour, a plan under review, a deal
    # that failed or ended ("Gespräche über eine Übernahme", "the talks collapsed")
    unreal: str = ""
    # a clause after the deal that tells of an earlier one that failed ("deepens its alliance with
    # X after talks about a merger collapsed"): its cues of ``unreal`` speak of that one only
    ended_before: str = ""
    # a later clause with a subject of its own and a modal (", but the relationship could turn
    # into rivalry"), up to the modal: its modal speaks of that clause only, not of a deal before it
    modal_clause: str = ""
    # words of a cause of growth before a product ("helped by the launch of X", "dank des
    # Starts von X"): the product named only so is no statement of who makes it
    growth_cause: str = ""
    # a rumour cue of ``unreal`` shared with a source that is no rumour ("according to X and two
    # people familiar with"): group "source" holds that source, the cue follows the match; the
    # company's own word confirms what the others only whisper
    shared_source: str = ""
    # the subject pronoun of the first person plural ("we", "wir"): in a quotation, right before
    # a trigger, it is the speaker's company that acts
    speaker_we: str = ""
    # a stake sold, shed or given up ("sold its stake in X", "trennt sich von seiner Beteiligung"):
    # the sentence shows no holding, so it states no investment
    divested: str = ""
    # a unit spun off: the sentence states no parent it still belongs to
    spun_off: str = ""
    # a pair noun and a verb of working together ("Beide Unternehmen arbeiten seit 2025
    # gemeinsam an", "The two companies have worked together"): the two companies the
    # passage just named are partners
    pair_partners: str = ""
    # a pair noun with a place adjective between ("teilten beide Berliner Unternehmen mit"):
    # the two companies the passage just named are seated there; the words before the
    # adjective and the nouns after it
    pair_seat_before: str = ""
    pair_seat_nouns: str = ""
    # the share a stake's relative clause names right after its holder ("an dem X 74,9 Prozent
    # hält", "in which X owns 62%"): group "value", the percentage as printed
    held_share: str = ""
    # a clause after a stake that leaves out the verb and the company held, naming only another
    # holder and its share ("X hält 12 Prozent an Y, der Fonds Z gut 10 Prozent"): the words
    # between the company held and the new holder (gapped_holder_before) and those after the
    # holder, its share closing the clause (gapped_holder_share); only after a stake sized by a
    # percentage between its holder and the company held (gapped_holder_sized)
    gapped_holder_before: str = ""
    gapped_holder_share: str = ""
    gapped_holder_sized: str = ""
    # a clause after a supply that leaves out the verb, naming only another supplier and what it
    # supplies ("X liefert Optiken für Y, der Laserspezialist Z die Lichtquellen"): the words
    # before that name (gapped_supplier_before) and right after it, an object's article with no
    # verb between (gapped_supplier_after); the name is no customer, it supplies the same one
    gapped_supplier_before: str = ""
    gapped_supplier_after: str = ""
    # the rest of the same company's shares right after such a stake, with a verb of its own but
    # no company ("…; die übrigen 49 Prozent liegen bei Z", "…, and the remaining 40% is held by
    # Z"): the words between the company held and the holder, who closes the sentence
    remaining_holder_before: str = ""
    # "…of Y; Z holds the remaining 40%": a holder opening the sentence's last clause (after a
    # semicolon or a comma and a conjunction) with a verb of holding the rest, closing the sentence
    remaining_holder_opening: str = ""
    remaining_holder_after: str = ""
    # a clause after a rivalry of a pair that names the market's remaining rival ("A and B
    # compete in X, where C is the other major player"): group "who" holds its name(s)
    other_player: str = ""
    # "Mit X entwickelt Y": a partner fronted before the verb, whose subject follows it; the
    # opening up to the partner's name (a company noun of [references] may stand before it) and
    # the verbs of working together; "develops" those that make a product named after the subject
    fronted_partner: str = ""
    fronted_verbs: str = ""
    fronted_develops: str = ""
    # "With carmaker X, Y is developing …": a partner fronted before a comma (the opening up to
    # the partner's name), the subject after the comma and right after it the verb of working
    # together
    fronted_partner_comma: str = ""
    # "made by X and packaged by Y": a second participle of making, joined to the first, whose
    # agent after "by" supplies the same owner
    second_maker: str = ""
    fronted_verbs_after: str = ""
    conjunctions: str
    # the preposition of a price after a deal's object ("bought Wiz for $32 billion"): a pair of
    # names with the verb left out may end there
    price_preposition: str = ""
    # conjunctions of contrast that open a clause of its own ("X gained 3%, while Y added 2%"):
    # the name after one is that clause's subject
    contrast_conjunctions: str = ""
    # a conjunction of contrast that joins a second verb to the clause ("supplies chips to BMW
    # but competes with X"): the second verb shares the clause's subject, as after "and"
    contrast: str = ""
    articles: str
    # a preposition that attaches a name to the list item before it ("GPT-5 von OpenAI und …")
    item_links: str
    # a holder's share right after a list item ("A mit 5,1 Prozent und B"): it closes the item
    list_share: str = ""
    of_object: str
    seat_before: str
    # a subsidiary noun with its owner in the genitive right before the owner's name ("die
    # Fondstochter der X"): the noun refers back to a company just named that X owns
    subsidiary_of_owner: str = ""
    seat_from: str = ""
    # a phrase of what the company makes after the apposition's noun, before seat_from ("der
    # Spezialist für Radar und Optronik aus Taufkirchen"): the seat is still the company's
    seat_apposition_phrase: str = ""
    event_before: str
    based_after: str
    demonym: str
    city_venue: str
    stock_words: str
    traded_after: str
    traded_before_noun: str
    event_role: str
    # a preposition before a name makes it no subject of the verb after it ("Gemeinsam mit dem
    # Partner X liefert Y …": Y acts, with X)
    governed: str = ""
    # a preposition right before a name (an article between may follow): the name is no subject
    preposition_before: str = ""
    # where the verb comes second, a governed phrase opening the sentence ends at its noun, and
    # the word after is the verb ("Mit dem Wirkstoff tritt X gegen Y an": X acts); the words
    # after such a noun that go on with the phrase instead ("Mit Sitz in X"); empty: no such order
    phrase_goes_on: str = ""
    # between a name and a trigger's verb: a comma, then a noun phrase opening a clause of its
    # own whose verb is the trigger ("Die Zellen fertigt X selbst, Chips liefert Y": X supplies
    # nothing); a regex searched in the gap; empty: no such order
    fronted_clause: str = ""
    # goods opening the sentence as the object of the verb after them ("Die Zünder für Y liefert
    # X"), group "customer" the phrase naming whom they are for; a regex matched from the
    # sentence's start to the trigger; empty: no such order
    fronted_goods: str = ""
    # a genitive article before a rival noun: the phrase belongs to a noun before it ("die
    # Papiere des Rivalen X"), and a name after the list is no subject compared with the rivals
    genitive: str = ""
    # a nominative determiner opening the sentence before a rival noun ("Der größte Rivale X hat
    # …"): the rival phrase is the sentence's subject, and a name in a later clause is no subject
    # compared with the rival
    opening_subject: str = ""
    # a noun and a genitive article right before a name ("ist Hauptlieferant der Gruppe und
    # beliefert X"): the name is the noun's attribute, no subject of the verb; a regex searched
    # at the end of the text before the name; empty: no such attribute
    genitive_attribute: str = ""
    # a verb of outbidding right before a name, an article and a rival noun between at most
    # ("outbid rival Y for a stake in Z", "überbot den Konkurrenten Y"): the name lost the
    # contest, no subject of the stake or purchase after it; empty: no such verb
    rival_bidder: str = ""
    # the articles opening an apposition ("Y, a pill that X developed", "Y, eine Tochter …")
    apposition: str = ""
    # nouns of a joint venture: a name in whose apposition one stands with its partner ("X, a
    # joint venture with Y") is the venture, no partner of its owner; empty: no such nouns
    venture_nouns: str = ""
    # an analyst's act or speech between an institution and a rival noun ("Y fell after X
    # downgraded it, saying competition from Z …"): X comments on Y, whose rival Z is, and so
    # X is no subject of the rivalry; empty: no such words
    commentator_acts: str = ""
    rating_acts: str = ""
    # an analyst's noun right after an institution ("Jefferies analyst X …, arguing that …"):
    # the institution comments even where no company is named before it; empty: no such nouns
    analyst_nouns: str = ""
    # a relative pronoun and the articles it agrees with: "für den Eurofighter, den X baut"
    # names the Eurofighter's maker, "für das iPhone, die X baut" not (the pronoun is another noun's)
    relative_agreement: dict[str, list[str]] = {}
    # an apposition closed by a comma between a name and a relative clause of holding ("Y, ein
    # Familienunternehmen aus Z, an dem X beteiligt ist"): its opening article in the group
    # "article", no name, other comma or genitive in it; and the relative pronouns with the
    # articles of the apposition they agree with (empty: no agreement to check)
    holding_apposition: str = ""
    apposition_agreement: dict[str, list[str]] = {}
    # words right before a name after which a relative clause may be another noun's (prepositions)
    relative_unclear: str = ""
    # relative pronouns: after a comma they end a list of names ("X, which counts Y"); fewer than
    # the clause openings of [clauses] relative_open, for a list goes on after an article
    # ("X, die chinesische Y") that opens a relative clause elsewhere
    relative_pronouns: str = ""
    # speech verbs: after a comma they end a list of names ("sells to X, said Y"): Y speaks
    list_speech: str = ""
    # words after a comma that open examples of the noun before the list ("lost customers to X,
    # including Y": Y is a customer lost, no second item): they end a list of names
    list_examples: str = ""
    # words after a noun that open its examples ("Anbietern wie X", "rivals such as X"): the names
    # listed after them are the object of a verb or noun before, so none is the subject of a
    # phrase a conjunction joins after them ("konkurriert mit Anbietern wie X und gewinnt Kunden
    # wie Y": Y is no customer of X); empty: none
    example_openers: str = ""
    # the conjunctions and adverbs that join a later phrase to such examples ("und", "neben … auch")
    example_joints: str = ""
    # lower-case words that may follow the last name of a list joined by commas alone ("rivals
    # AMD, Intel in servers"); any other after such a name shows it opens the main clause
    # ("Unlike rival Oracle, SAP kept …": SAP is no second rival); empty: no check
    item_followers: str = ""
    # "X-owned Y", "X-backed Y": the name before the hyphen qualifies the next one, it does not act
    owner_after: str = ""
    # "X-backed Y", "X-funded Y": the name before the hyphen holds a stake in the one after
    # (the pattern after the hyphen, up to that name)
    backer_after: str = ""
    # possessive pronouns ("its", "seine"): the owner is a name of the text before
    possessive_pronouns: str = ""
    # a possessor word other than a name ("the South Korean company's biggest customer"): one
    # between the opening name and a pronoun is a second party "its" may point at
    other_possessor: str = ""
    # a possessive pronoun opening a sentence ("Its venture with X"), the sentence before's
    # subject ("dessen", "deren" open with the last name and are not among them)
    opening_possessive: str = ""
    # an apposition calling the name before it the rival of "its" company (", its biggest rival
    # in games,"), closed by a comma: the company the pronoun points at rivals that name
    apposed_rival: str = ""
    # the same apposition before the name, opening the sentence ("Its main rival, X, has …"); a
    # regex matched against the text before the name; empty: none
    apposed_rival_before: str = ""
    # an apposition calling the name before it another rival (", another competitor in robots,",
    # ", ein weiterer Konkurrent,"): it rivals the company whose rival the text named just before
    apposed_other_rival: str = ""
    # an apposition naming whose rival the name before it is ("X, Commerzbank's larger domestic
    # rival, has …", "X, der größere Konkurrent der Commerzbank, …" is not covered): a regex matched
    # right after the owner's name that opens the apposition; empty: none
    apposed_owned_rival: str = ""
    # a rival noun in the last clause of a sentence that names no organisation ("Die Konkurrenz
    # schläft nicht.", "The deal follows similar moves by rivals."), not one a negation denies
    # ("keine Konkurrenz"): like a sentence ``rival_lead`` opens, it leads into the next, whose
    # clauses' companies are the rivals; a regex searched in the sentence; empty: none
    unnamed_rivals: str = ""
    # between two names, a relative clause on the first whose largest customer is the second
    # (", the maker of testers whose largest customer is ", ", dessen größter Kunde "): the first
    # supplies the second; a regex matched against the whole gap; empty: none
    relative_customer: str = ""
    # … and what must follow the second name where the clause puts its verb last (" ist"); empty:
    # anything
    relative_customer_close: str = ""
    # goods named after a conjunction, before the preposition of a supply again ("and processors
    # from Y"): the supply list resumes, its verb left out; empty: none
    resumed_goods: str = ""
    # a company's unit or its own goods named by their noun before the company, right after a
    # resumed preposition ("and with the in-house chips of Y", "und mit der Cloud-Sparte von Y"):
    # the company itself is the further item; empty: none
    business_of: str = ""
    # a holder's noun right before a name ("Der Großaktionär X", "its largest shareholder X"):
    # the name holds shares of the article's company and is no subject a rival noun after it
    # speaks of; empty where the language lists none
    holder_before: str = ""
    # a clause after a comma whose object pronoun stands for the sentence's subject, right
    # before a rival noun (", keeping it ahead of rival X"): no name before the comma is the
    # one that rivals X; a regex matched against the text from a name to the rival noun
    pronoun_before_rival: str = ""
    # a share price move with its percentage ("Im Dax fiel die Deutsche Post um 3 Prozent",
    # "Deutsche Post fell 3%"): a sentence of a market report, whose one company a rival noun in
    # the next sentence ("Der US-Rivale UPS verlor") is the rival of
    price_move: str = ""
    # the gap between a name and a rival noun joined to it by a conjunction, an article and
    # adjectives ("X and the British rival Y"): X is a fellow rival, not the one Y rivals
    coordinated_rival: str = ""
    # the role noun between a rival noun and its name ("Rival activist X", "rival bidder X"):
    # X rivals another holder of that role, not the company the text is about
    role_rival: str = ""
    # a merged company opening the sentence and its rivalry, up to the rivals' list ("The combined
    # group would compete with "): the buyer of the article's one takeover competes with them
    merged_rivals: str = ""
    # a bid opening the sentence as its subject ("The offer, made together with X and Y"): the
    # partners it names are the bidder's, never the company the article is about
    bid_opening: str = ""
    # a comparison right after a verb, before a name ("Volvo kauft, wie Daimler Truck, Motoren
    # von X", "buys, like Y, engines from X"): the name does as the subject does, no object of it
    compared_subject: str = ""
    # a model told by its noun or a pronoun in the clause of a comparison of models ("DeepSeek
    # said the model matches Y on tests", "Das Modell schneidet besser ab als Y"): the one model
    # the sentence before names is the one measured
    model_reference: str = ""
    # words of advising on a deal ("are advising the consortium", "berät den Käufer"): a bank
    # "working with" a party in such a passage is its adviser, no partner
    advising: str = ""
    # a clause opened by a rival noun with no name ("Rivals have struggled more.", "Auch die
    # Konkurrenz legt Zahlen vor:"): the companies opening the clauses after it are the rivals
    rival_lead: str = ""
    rival_nouns: str = ""  # the rival noun after those words, or after a name in the genitive
    # after a name opening the sentence: it is a customer, of no one named ("Intel was the first
    # customer to install it"): the article's company supplies it
    customer_is: str = ""
    # after a name (or a list) opening the sentence: it backs no one named ("X and Y are among
    # its backers"): each holds a stake in the article's company
    backer_is: str = ""
    # after a name opening a sentence that names no other company: it orders more from no one
    # named ("X has raised its orders for chips"): the article's company supplies it
    orders_raised: str = ""
    # copulas between a rival phrase and the name that completes it ("Größter Rivale von X ist Y"):
    # the name after is the one rivalling those the phrase names
    copula: str = ""
    # an adjective that may stand before the noun describing that name ("ist der österreichische
    # Folienhersteller Y"); empty where one word after the article is all a copula gap holds
    copula_adjective: str = ""
    # the words after a name a copula denies that bring the one meant ("ist nicht Y, sondern Z",
    # "is not Y but Z"): that one completes the phrase, the denied one does not
    copula_correction: str = ""
    # after a comma, the words that replace the name before with the one after ("nicht A,
    # sondern B", "not A, but B"): no list goes on there; not "sondern auch", which adds one
    list_correction: str = ""
    # a sentence opening that lists the users of no product named ("Zu den ersten Nutzern gehören
    # X und Y", "Among its first users are X and Y"): each uses the product the article is about
    users_opening: str = ""
    # prepositions that, after a conjunction and a verb, open another clause: "A and competes with
    # B", "A und arbeitet mit B zusammen" end the list at A
    verb_prepositions: str = ""
    # words opening a phrase of contrast set off by commas (", unlike X,"): its names do not do
    # what the clause's verb says
    contrast_phrase: str = ""
    # a plural noun of unnamed parties ending the words right before a verb ("rivals", "many
    # carmakers"): the verb's subject, so a name before it is not
    generic_subject: str = ""
    # subordinating conjunctions that, after a comma, open a clause of their own before a
    # trigger's first name ("einen Vorsprung vor Weihnachten aus, als X …"): X is no item
    subordinators: str = ""
    # finite verbs that take the name after them as their object, after a conjunction: "led by A
    # and valued B at …" ends the list at A (B is the object of the round's second verb)
    list_verbs: str = ""
    # prepositions that make the name after them (past an article or an adjective) an object:
    # a verb a conjunction alone joins to that name has another subject ("is built on the
    # open-weight X and competes with Y": X is no rival of Y)
    object_prepositions: str = ""
    # the gap from a verb's object to a second verb "and" joins to it right after it ("X
    # acquired Y and bought a stake in Z"): the second verb is the first one's subject's, never
    # the object's; empty where the language has none
    object_then_verb: str = ""
    # the gap between a verb's object and a second verb "and" joins to it past a phrase
    # ("counts Y among its partners in AI, and signed a deal with Z"): the second verb shares
    # the clause's subject, never the object; one that never matches where the language has none
    second_verb_gap: str = r"(?!)"
    # a possessive right after the second verb a conjunction joins ("und baut seine
    # Zusammenarbeit mit Z aus", "and expands its partnership with Z"): the noun it opens is the
    # elided subject's, the clause's first name, never the first verb's object; one that never
    # matches where the language has none
    subject_possessive: str = r"(?!)"
    # words of the whole market ("advancing issues outnumbered decliners on the NYSE"): an exchange
    # named so is no listing of the article's subject
    market_words: str = ""
    # a participle that opens a clause after a comma ("…, using X's chips"): its subject is
    # the sentence's opening one, not the name right before the comma
    participle: str = ""
    # a funding round ("Series G round") and money raised ("raised $30 billion"): where the article's
    # company is unclear, the investors of a round back the company the passage says raised it
    funding_round: str = ""
    raised: str = ""
    # the prepositions after a joint venture's noun that name its owners ("a joint venture of A
    # and B", "das Gemeinschaftsunternehmen X von A und B")
    venture_of: str = ""
    # the verb and preposition after the first owner named right after a venture's noun ("X, the
    # joint venture A owns with B"); empty where the language has no such phrase
    venture_shared: str = ""
    # the bare noun of a round ("die Runde", "the round"): after a round named in the sentence
    # or the one before, the same round
    round_noun: str = ""
    # the words of a round's valuation right before the company valued ("… led by X and valued
    # Y at $11 billion"): Y is the company raising the round, no other party to it
    round_valued: str = ""
    # a thing held that is no company, right before the stake ("X, der an dem Programm mit 18
    # Prozent beteiligt ist"): X holds a share of it, none of the article's company
    held_thing: str = ""
    # subject pronouns: in a relative clause ("Y, in which it holds a stake") they stand for
    # the subject that opens the sentence
    subject_pronouns: str = ""
    shared_verb_adverbs: str = ""
    # a verb form only one subject takes, right after the last name of a list ("Siemens met
    # Alibaba and Bosch buys a stake": "buys" agrees with Bosch alone, Alibaba is what was met);
    # empty where the language's verbs do not tell
    singular_verb: str = ""
    # a drug's kind noun right before the names of a pipeline ("die Aussichten der
    # Krebsmedikamente „A“ und B", "its prospects for the cancer drugs A and B"): in a text about
    # one company, drugs named so with no maker in the sentence are that company's
    pipeline_nouns: str = ""
    # words of another's drug before the noun ("das Konkurrenzmedikament", "the rival drug")
    pipeline_other: str = ""
    # the nominative articles that open a clause's subject after a conjunction ("und die Firma
    # unterzeichnete …", "and the company signed …"): with a company noun and a verb after it
    # the clause has a subject of its own, which the name before it is not
    subject_articles: str = ""
    # nouns of things a company makes ("drug candidate", "SUV", "Krebsmittel"): after an owner's
    # possessive they name its product ("X's lead drug candidate, Y", "its SUV, the Y")
    product_nouns: str = ""


class Clauses(_Table):
    breaks: str
    # the provider of data or a poll ("Daten von", "polled by"): read as cited and as a credit
    data_source: str = ""
    cited: str
    # the words between a citing word and a medium whose report it cites ("laut einem Bericht
    # des", "according to a report by"): the medium is a source, as the name right after it is
    cited_report: str = ""
    # right after a data provider's name, the consensus it compiles ("The FactSet consensus
    # calls for …", "der Vara-Konsens"): the name is a source cited; empty: no such words
    consensus_after: str = ""
    # the words a market report may set between a plural verb of a share move and the name
    # after it ("sackten Novo Nordisk ab", "zogen zudem Adyen an"): the name is then its shares'
    # subject, with the figures' plural_move verbs; empty: the language puts the verb after it
    moved_gap: str = ""
    shares_after: str
    # the nouns of a company's shares before its name ("Aktien", "shares"): one list for every
    # rule that reads them there; each names the words it allows between noun and name
    # (``shares_of`` here, the ratings' ``shares_of_name``, the attribution's
    # ``share_owner_before``), as the rules need more or less sure that a name follows
    share_nouns: str
    # after ``share_nouns``, before a word or none and the name ("Aktien von", "shares of")
    shares_of: str
    # articles and conjunctions after the comma closing a verb's object ("kauft einen Zulieferer,
    # die Deutsche Bank berät"): the name after them is no object of the verb
    articles: str
    comma_joins: str
    # after a conjunction and one word in lower case, the words that open that word's object
    # ("und baut seine Zusammenarbeit mit X aus", "and expanded its partnership with X"): the
    # word is a second verb, and a name after it is that verb's, not the first verb's object
    second_verb_object: str = ""
    # right before a medium that was told something ("sagte X dem Handelsblatt", "told CNBC"):
    # it only heard the words, so it is no employer of a title and owns no figure
    addressed_before: str = ""
    # the word that pairs listed numbers or ratings in order with the names listed before, between
    # the items or after the last ("2 bzw. 3 Prozent", "outperform and overweight, respectively");
    # the one key of attribution and ratings
    respectively: str = ""
    # the opening of a relative clause after a comma (", in der die …", ", which"): the one
    # word list of document.relative_clauses, which the figure, metric and relation rules share
    relative_open: str = ""
    # a relative clause whose pronoun is its subject (", der dafür … gezahlt hatte", ", which
    # paid"): the name before the comma owns a number in it that no other name stands before
    subject_relative: str = ""
    # a noun of an owner or backer, no name, right before such a clause ("einen Eigentümer,
    # der uns 1,5 Milliarden Euro zugesagt hat"): the noun pays; empty where none
    agent_antecedent: str = ""
    # an unnamed subject opening the clause and a relative clause after it whose pronoun a
    # preposition governs, up to the name that clause then names ("Der Zulieferer aus Kassel,
    # an dem X beteiligt ist, "): X is another party to the subject, so not the subject; empty
    # where none
    party_relative: str = ""


class Ratings(_Table):
    context: str
    list_join: str
    # the words opening a sentence that says another house does the same ("Auch", "Also"): its
    # rating that names no company is of the company the rating just before rated; a regex
    also_opening: str = ""
    # a line opening with a house's ticker in capitals before the verb of rating ("GS hebt Ziel
    # für X", "MS cuts X to underweight"), the ticker the group ``code``: a regex, empty where
    # the language's agencies print none
    house_code: str = ""
    # … and the words of a price target such a line names where it gives no rating term ("Ziel",
    # "target"): a regex
    house_code_target: str = ""
    # a word right before a run of different ratings that pairs them in order with the houses or
    # companies listed before ("Bernstein und Jefferies bewerten X jeweils mit 'Outperform' und 'Buy'")
    respective_before: str = ""
    # the words that join different ratings into such a pairing run by themselves ("mit 'Buy' und
    # 'Hold'"); not "oder", "or", which offer a choice
    paired_join: str = ""
    # the target words that may follow a kept common-word rating after a comma ("Needham maintains
    # buy, PT raised to $260"), which makes the word a rating as a rated name after it does
    held_target: str = ""
    # the particles of separable verbs of rating that close a rating's clause before a comma
    # ("stuft die Deutsche Bank mit 'Buy' ein, die Commerzbank mit 'Hold'")
    closing_particles: str = ""
    list_article: str
    verbs: str
    quoted_terms: list[str]
    # terms that are a common verb in lower case ("perform"): a rating only in quotes, never
    # after a bare verb ("started to perform in Asia")
    quoted_strict_terms: list[str] = []
    # the words that, after such a term and its closing quote, make it the verb again ("would
    # 'add' to earnings"): no rating there
    quoted_verb_after: str = ""
    # what makes such a term a rating at all: after its closing quote (a rating noun, a target,
    # the old rating, the end of the clause) or as the word right before its opening quote
    # ("to", a verb of rating); elsewhere it is the common verb ("would 'add' value")
    quoted_strict_after: str = ""
    quoted_strict_before: list[str] = []
    to: str
    source: str
    terms: list[str]
    # common words that are ratings before a rating noun ("a buy rating", "sell-rated")
    plain_terms: list[str] = []
    rating_nouns: str = ""
    # the heads of a hyphened rating noun ("Add-Rating"): a quoted-only word before one is a rating
    compound_nouns: str = ""
    # words after a rating that join the institution giving it ("Kaufempfehlung der UBS")
    given_by: str = ""
    # after a rating and a comma, words that cite the institution named next as its source
    # ("…, according to UBS", "…, so die UBS"): that institution gives it
    given_by_cited: str = ""
    # a noun of advice and the word joining who gives it ("Die Empfehlung von", "the
    # recommendation from"): a name there that is no institution gives the rating itself
    giver: str = ""
    # where only names are capitalised, a capitalised word right after a verb of rating and
    # before "to"/"from" is the company rated ("cut Target to underperform"), even unknown
    capitalised_rated: bool = False
    # where nouns are capitalised too ("senkt Kursziel auf 50 Euro"), such a word is a name only
    # where the rating itself follows "auf"/"von" ("stufte Acme Retail auf 'Sell' ab")
    capitalised_rated_before_term: bool = False
    # where only names are capitalised, a capitalised word right before the passive word and a
    # verb of rating ("Puma was cut to sell by Citi") is the company rated, even unknown
    capitalised_passive: bool = False
    # where only names are capitalised, a capitalised word after the rating and a rated marker
    # ("its buy rating on Puma") is the company rated, even unknown
    rated_name_after: bool = False
    # after the clauses' ``share_nouns``, the words right before a name ("die Papiere von", "shares
    # of"): a capitalised word after them, before the rating as above, is the company rated, even
    # unknown; only "von" where nouns are capitalised ("die Aktie des Konzerns auf 'Buy'")
    shares_of_name: str = ""
    # words that make a rating clause passive ("wurde … hochgestuft", "was upgraded"), and the
    # prepositions before the institution that gives the rating there ("von der UBS", "by UBS")
    passive: str = ""
    # of those, the singular ones ("was", "wurde"): one name right before is the one subject, a
    # name before it past a comma ("… on Generali, and Zurich was cut …") is of another clause
    singular_passive: str = ""
    agent: str = ""
    # the passive word may close the clause after the rating and its agent ("…, die von der UBS
    # mit 'Buy' eingestuft wird"), and a participle phrase in commas may follow the rated name
    passive_final: bool = False
    # a common word that is a rating after a verb of rating and "to", "at", "a" ("downgraded X
    # to sell", "rates X a strong buy"): those verbs, the words before the term, and what may
    # follow it (the clause ends, or "from hold", "with a target")
    bare_verbs: str = ""
    bare_before: str = ""
    bare_after: str = ""
    # a phrase opening with a common rating word that is a comparison ("to in line with")
    bare_not: str = ""
    # a verb and the rated one right before a common word that is then a rating ("rates X buy")
    bare_direct: str = ""
    # after one such rating, words that may join a further name and word in contrast, and words
    # of degree before that word ("rates Nike a buy, but Adidas only a hold")
    bare_contrast: str = ""
    bare_degree: str = ""
    # a verb of keeping right before a common word that is then a rating, when a rated marker
    # and a name follow ("reiterates add on Whitbread", "retains buy on Tesco")
    bare_held: str = ""
    # common verbs that are ratings only where a verb of moving a rating and "to" put them, closing
    # the clause or before the old rating ("downgrades X to perform from outperform"): the words,
    # those verbs and what may follow
    verb_terms: list[str] = []
    verb_term_verbs: str = ""
    verb_term_after: str = ""
    # advice in words ("rät zum Kauf der Aktie"): the pattern, its group ``term`` the literal, an
    # empty group ``named`` where a name must follow ("zum Kauf von SAP"), which is the one rated
    advice: str = ""
    # a participle of rating after a comma or bracket ("Barclays, rated buy at Citi"): the name
    # before it is the rated one
    participle: str = ""
    # prepositions that govern a name between a rater and a rating ("nach Zahlen von Boeing"):
    # such a name is not the object rated, where another one is
    governed: str = ""
    # a verdict in words whose house "für"/"laut" names ("Laut X ist SAP ein Kauf"): the pattern,
    # its group ``term`` the literal
    verdict: str = ""
    # words between a rater and an institution that make the latter the rated one
    # ("sieht für die Deutsche Bank …")
    rated_marker: str = ""
    # the word between a headline verdict and the company it rates ("Jefferies: Buy für SAP")
    headline_for: str = ""
    # after a rating, the words that open a phrase of its own ("… bleibt bei 'Buy' und sieht in
    # BYD keine Gefahr", "…, nachdem Hugo Boss …", "…, saying Hugo Boss …"): a company named
    # only past them (and not after ``rated_marker``) is not the one rated
    phrase_after: str = ""
    # a word opening a list of rated companies after the marker ("on both Apple and Microsoft",
    # "für sowohl …")
    list_lead: str = ""
    # lower-case words that describe the rated one between the marker and its name ("a buy rating
    # on rival JD.com", "on chipmaker Nvidia"), not words that join or open a clause
    rated_describer: str = ""
    # words of a sector or market as the rated one ("the chip sector", "Chemiewerte")
    sector_words: str = ""
    # an unnamed other company as the object rated ("stufte den Konkurrenten auf 'Hold' ab",
    # "cut its smaller rival to hold"): an article or possessive, a word or none, and the noun
    other_object: str = ""
    # words of a debt instrument as the rated one ("upgraded the bonds", "Anleihen"): no share rated
    instrument_words: str = ""
    # after advice that names its company, a further piece of advice on another ("rät zum Verkauf
    # von Siemens und zum Kauf von SAP"): its term in group ``term``, its company at ``named``
    advice_more: str = ""
    # after advice, a second house with the verb left out, its own advice (group ``term``; group
    # ``house`` where the house stands; group ``named`` where a company named after it starts)
    advice_elliptic: str = ""
    # between a rating and an instrument named right after it ("zum Halten von Anleihen", "a buy on
    # the bonds"): the instrument is rated, no share
    instrument_after: str = ""
    # right after a company's name, the words of a product named after it ("DWS Top Dividende",
    # "Acme Global Equity Fund"): a fund of that manager is rated, never the manager's share
    fund_name: str = ""
    # between a new rating and the old one after it ("cut to hold, down from buy"): a word that
    # may lead the old one's "from"
    source_lead: str = ""
    # after a company, the noun of a unit it owns before the unit's name ("Acme's chip unit
    # Foo", "die Acme-Tochter Foo"): the unit is the one rated, never its owner
    owned_unit: str = ""
    # the nouns of a role a company is named as the owner of, right after it or after its
    # genitive ("des Apple-Zulieferers", "Apple's biggest supplier Foxconn"): not the one rated
    owned_role: str = ""
    # words of the past before a rating ("bisher mit 'Hold'", "previously rated") or after it
    # ("hold until Tuesday"): a rating no longer given
    old_before: str = ""
    old_after: str = ""
    # in brackets after a new rating, the words leading the old one ("(bisher 'Halten')", "(from
    # hold)"); right after the new rating the bracket may hold the old one alone
    old_bracket: str = ""
    # a change of rating denied, ending right before the rating ("did not upgrade X to", "nicht auf
    # 'Buy' angehoben"): the rating is not given
    denied_before: str = ""
    # the same denial after the rating, closing its clause ("bestätigte ihr 'Buy'-Votum nicht")
    denied_after: str = ""
    # a change of rating only possible: a modal with a verb of rating, ending right before the
    # rating ("could upgrade X to", "könnte die Aktie auf"), and, where the verb follows the rating,
    # that verb right after it ("… 'Buy' hochstufen"); the rating is not given
    hedged_before: str = ""
    hedged_after: str = ""
    # a time in the past before or after a rating in its clause ("last year", "im Jahr 2019",
    # group ``year`` a year, past only if before the article's): a rating given then, told as history
    old_time: str = ""
    # words of a rating given earlier that may still hold ("hatte … zuvor mit 'Hold'", "had rated
    # it hold"): it gives way to a rating of the same house on the same company found elsewhere
    earlier_before: str = ""
    earlier_after: str = ""
    # words right before an institution named as an analyst's former employer ("moved to X from",
    # "formerly of", "früher bei"): no rater where another house is named before the rating
    former_before: str = ""
    # words of a later time before a rating ("has since moved to Hold", "inzwischen auf 'Hold'"): it
    # replaces a rating of the same house on the same company found before, which becomes its previous
    newer_before: str = ""
    # articles before a rating in an up- or downgrade ("from a 'hold' rating to a 'buy' rating")
    indefinite: str = ""
    # terms that are also a rating agency's outlook ("Negative"), and the words of credit
    # ratings that make them one in their clause ("outlook", "Bonität")
    credit_terms: list[str] = []
    # words of a consensus of unnamed analysts ("im Schnitt", "the average rating")
    consensus: str = ""
    # a conjunction and a verb of keeping a rating after consensus words ("… and kept")
    consensus_rejoined: str = ""
    # possessive determiners: "seine Kaufempfehlung" is given by the subject of its own clause
    own: str = ""
    # a house's people or the house in words as that subject ("Die Analysten bestätigten ihr
    # Kaufvotum", "the firm reiterated its rating"): then the house named before gives it
    rater_words: str = ""
    # the publication's own voice before a rating in its clause ("Die Redaktion rät", "our
    # columnist"): it gives the rating itself, not a house named in an earlier sentence
    own_voice: str = ""
    # what joined right after a term makes it another word ("Sell-Off", "Buy-Side")
    not_after: str = ""
    credit_words: str = ""
    # an object first, then a verb of rating and the subject in a case only a subject takes
    # ("Die Commerzbank stuft der Experte mit 'Neutral' ein"): from after the object to where the
    # subject's words start; and the nouns that make that subject the house in words ("der
    # Experte", "der Analyst"), which is then the house that rated just before
    # a preposition opening the sentence right before an institution ("Bei der Commerzbank hat
    # Citigroup …", "For Barclays, Citi …"): that one is rated by the house after it
    fronted: str = ""
    # a preposition opening a clause after a colon, semicolon, comma or dash right before an
    # institution ("…: Für die Commerzbank bleibt es bei 'Neutral'", "…; for Barclays it stays at
    # buy"): that one is rated by the one house named before the break
    clause_fronted: str = ""
    # the words between a house and a bank right after it that make the bank what the house's
    # view is on ("Weniger zuversichtlich ist KBW bei der Deutschen Bank", "Less upbeat was KBW
    # on Deutsche Bank"): a rating of the sentence after that names no company is the house's
    # on that bank
    house_on: str = ""
    # a noun and the genitive's words right before that house ("Der Einstieg der Unicredit bei
    # der Commerzbank", "the bet of UniCredit on Commerzbank"), group ``noun``: unless the noun
    # names the house's people or the house (``rater_words``), the house owns a deal or a stake,
    # not a view, and the bank is not what it rates
    house_owner: str = ""
    # the object pronouns or share nouns that, right after a house (after its verb of rating,
    # where the language puts it there), stand for the bank opening the sentence ("Commerzbank
    # rose after Jefferies upgraded it to 'buy'", "nachdem Jefferies sie auf 'Buy' hochgestuft
    # hatte")
    pronoun_object: str = ""
    # "Laut Bernstein bleibt die Commerzbank ein 'Outperform'": the text before a rating in which a
    # house cited (RATER) gives a verdict on an institution (RATED), which is then the rated one
    cited_verdict: str = ""
    # the subject that makes an institution after "bei" the rater ("Bei Berenberg stuft man …")
    impersonal: str = ""
    inverted: str = ""
    inverted_nouns: str = ""
    # terms that are also common adjectives ("Positive comments from UBS", "Neutral observers"):
    # not ratings where they open the sentence before a word in lower case that is neither a
    # rating noun, a marker of the rated or the giver, nor a verb of rating ("Neutral reiterated")
    adjective_terms: list[str] = []
    # the first parts of a company reference that say nothing of its trade ("der Großkonzern",
    # "the largest company"): such a reference fits any company, as one without them does
    generic_descriptors: str = ""
    # company heads that name a trade themselves ("Autobauer", "chipmaker"), each with its trade,
    # one for the words of one trade ("carmaker" and "automaker"). A trade is a word as the
    # article prints it, folded ("auto"), matched by its opening against the trades the same
    # article introduces its companies by ("der Autobauer X", "der Auto-Konzern X"), so a rating
    # of "den Autobauer" finds its company where the catalogue knows no industry of it; not the
    # industries of ``references.industry_words``, which judge a company the catalogue knows
    trade_heads: dict[str, str] = {}
    # heads that name a company only as the end of a compound whose first part is its trade
    # ("der Motorenbauer", "des Windturbinenbauers"), never alone ("der Bauer" is a farmer):
    # a company called by its trade for the ratings only, beside ``references.company_heads``
    trade_compound_heads: list[str] = []
    # a relative pronoun whose clause has the rater as its subject ("Lloyds, which JPMorgan rates
    # overweight"): the name the clause follows is the one rated
    rated_relative: str = ""
    # a personal pronoun as the subject of a verb of rating right before an institution ("Sie
    # beließ die Commerzbank auf 'Neutral'", "it downgraded Barclays"): the institution is rated,
    # the house the pronoun stands for rates it
    pronoun_subject: str = ""
    # the opening of a short line that turns the passage to the one company it names ("Anders das
    # Urteil über E.On.", "Different story at Acme."): a rating right after it that names no
    # company is of that one: a regex
    topic_turn: str = ""


class Metric(_Table):
    words: str
    percent: str | None = None
    currency: str | None = None
    count: str | None = None
    points: str | None = None
    multiple: str | None = None
    negative: bool = False
    generic: bool = False
    # a volume only a company's own ("shipped 3.4 million tonnes"): counted for a company only
    # as the subject or possessor of its clause, never as a world or market total
    own_volume: bool = False


class Figures(_Table):
    # the words of a count of the analysts who cover a company, right before its name ("Of the
    # 24 analysts covering X"): a consensus estimate told next is of that company; "" where none
    covering_count: str = ""
    down: str
    up: str
    forecast: str
    guidance: str
    amounting_to: str
    not_a_figure: str
    shares: str
    converted: str
    clause_conjunctions: str
    and_: str = Field(alias="and")
    move_to: str
    change_by: str
    tolerance: str
    # the link of a ratio's two numbers ("2.3-to-1", "3 zu 1"): neither number is a figure
    ratio_link: str | None = None
    # the words before a model's number ("vom Typ Boeing 787", "the model 3"): no count
    model_before: str | None = None
    previous_from: str
    # a noun of change right before previous_from ("ein Minus von 9 Prozent"): the
    # number after is the change, not an old value
    change_noun: str | None = None
    previous_to: str
    # joins an amount to the same value in another unit ("$1.5 billion, or $3.58 per share")
    amount_or: str | None = None
    per_share: str
    count_followers: str
    cause_before: str
    # a conjunction or preposition of cause that binds only a metric word after the number
    # ("shares rose 2% as revenue grew", "on strong revenue"): the move is the share's
    cause_after_number: str | None = None
    # a clause of cause whose own subject moved before a percentage ("after costs rose 10%",
    # "nachdem die Kosten um 10 Prozent gestiegen waren"): the change is that noun's
    other_change_before: str | None = None
    # the amount of a share traded ("trading volume", "Handelsvolumen"): a percentage after it
    # in its clause is the volume's change, never a move of the share's price
    trading_volume: str | None = None
    # a period named between a metric word and the change after it ("die Dividende für das
    # Geschäftsjahr 2026 um 20 Prozent"): the word still governs the change
    period_before_change: str | None = None
    # an adjustment and the verb it may take between a metric word and "um" ("das Ergebnis je
    # Aktie vor Sondereinflüssen werde um 8 bis 12 Prozent zulegen"): the change is the metric's,
    # no move of the share; empty where the language puts its verb before "by"
    adjustment_before_change: str | None = None
    # a right whose worth is told per share ("a contingent value right worth up to $7 per
    # share", "ein Besserungsschein von bis zu 7 Euro je Aktie"): no dividend, no earnings
    value_right: str | None = None
    # a cause that cuts a metric by an amount ("tariffs had cut operating profit by about 1.1
    # trillion yen"): the amount is the cause's cost, no fall of the metric
    cut_cause: str | None = None
    # a share of another company's losses or profits with that company's name as group "name"
    # ("its share of OpenAI's losses"): the name's company takes no figure of the sentence
    investee_share: str | None = None
    # a verb of holding and the adverbs or qualifiers it may take right before a percentage
    # ("Fresenius hält noch rund 25 Prozent"): the size of a stake, never a move of the share
    stake_held: str | None = None
    stake: str
    portion_after: str
    # "31% of the company's sales": a portion of revenue, a business figure of its own
    portion_of_sales: str | None = None
    # "China's share of sales fell to 29%": the words of a portion right before a metric word
    portion_before: str | None = None
    # "cut its EPS estimate by 8%": an estimate noun right before the number's "by"
    estimate_changed: str | None = None
    # ", and on the" before a share word after a price target and its amount ("raised its target
    # on the ADRs to $380, and on the Taiwan-listed shares to NT$1,900"): a second conjunct of
    # the target, its verb and noun left out; the amount after the share word is a target too
    gapped_estimate: str | None = None
    # "Zusammen mit der Dividende …", "together with the dividend, …": the words that join a
    # payout to a total returned to shareholders; a later amount is that total, no payout's
    combined_with: str | None = None
    market: str
    # subjects that are no company named in the text: a rival left unnamed, a
    # market, an economy ("Ein Rivale aus China steigerte den Umsatz")
    foreign_subject: str | None = None
    # a government as the subject of a clause naming no company ("Die Bundesregierung will bis
    # 2030 15 Millionen Elektroautos auf der Straße sehen"): the country's figure
    government_subject: str | None = None
    # a volume that is no company's: a world total ("Weltweit wurden …", "Global steel output")
    # or one told in a passive ("… Tonnen produziert"); an `own_volume` metric is none there
    foreign_volume: str | None = None
    # the start of a relative clause after a name ("…, gefolgt von X, die 6,2
    # Prozent zulegten"): its number is that name's; and how a clause the figure
    # rules pass over opens (attribution.in_closed_relative, ``opens_as``)
    relative_clause: str | None = None
    # a separable verb's particle that may stand between a name and the comma of
    # the relative clause on it ("führten die Liste im SMI an, der um 0,4
    # Prozent zulegte"), or where verbs are not split the index's own noun ("the
    # FTSE 100 index, which was up 0.3%"): the name is still the clause's antecedent
    antecedent_particles: str | None = None
    # the company's own plan or outlook named by a possessive pronoun right before the comma
    # of a relative clause ("its standalone plan, which targets a net profit of …"): the
    # clause's number is the company's, no unknown antecedent's
    own_plan: str | None = None
    # the noun of shares right after a count ("48 Millionen Aktien", "10 million
    # shares"): the count is a share count of the issuer, an `Other` figure
    share_count: str | None = None
    # the noun of deals right after a count ("has won 12 orders", "12 neue Aufträge"): the
    # number counts the deals, not what they are for, and is no figure of the business
    deal_count: str | None = None
    # what shares counted that way did on the day ("16 billion shares changed hands"): the
    # count is the market's trading volume, no share count any issuer has
    shares_traded: str | None = None
    # a company's noun right after a metric word ("the investment company", "an investment
    # group"): the word names the kind of the company, no metric near the number
    company_kind_after: str | None = None
    # labels of a number in brackets beside another ("5,4 (Vorjahr: 5,2)
    # Milliarden"): of the year before (no label means the same), or a value
    # the new one supersedes ("13,5 (zuvor: 13,0)")
    aside_prior: str | None = None
    aside_superseded: str | None = None
    # an institution credited as the analysts who estimate ("Analysts at X estimate",
    # "X analysts expect", "Analysten von X"): the estimator, never what the figure is about
    analyst_before: str | None = None
    analyst_after: str | None = None
    # words of cutting jobs right before a headcount ("streicht 6.000 Stellen") or
    # after it and its noun ("6.000 Stellen abbauen"): the count is a cut, negative
    # words before a value that the new one replaces ("statt wie bisher mit 7 bis
    # 10 Prozent", "from a previous forecast of"): an old value, not the one named
    superseded_before: str | None = None
    job_cut_before: str | None = None
    # a word right after a word of change before a number that makes the number the
    # earlier value compared with ("61%, down from 78.9%"): the change does not move it
    compared_from: str | None = None
    # words right after a value, right before the number of the same figure they compare it
    # with ("712 million euros, up from 454 million euros", "10,9 Prozent nach 10,3 Prozent"):
    # that number is the earlier value, of the period before, not a second current one
    earlier_after_value: str | None = None
    job_cut_after: str | None = None
    # words of selling shares before an amount "a share" ("sold 42 million shares
    # at $232 a share"): a sale price per share is a share price, not earnings
    sold_before: str | None = None
    # a verb of selling and the preposition its buyer follows ("verkauft … an", "sold … to"):
    # the price of such a sale is the buyer's
    sale_to: str | None = None
    # a sale, told by verb or noun, and the preposition its buyer follows, ending right before
    # a name ("der Verkauf von 4.100 Wohnungen an den Investmentmanager ", "sold 40 stores to
    # "): the things counted in it are the seller's, never that buyer's
    sold_count_to: str | None = None
    # a verb or noun of closing right before a count ("will close around 30 stores", "die
    # Schließung von 40 Filialen"): what is closed is a cut, its count negative, never the estate
    closure_before: str | None = None
    # a sentence opening with the year before and a copula with no metric word ("Im Vorjahr
    # waren es 289 Millionen Euro gewesen"): the amount is the year before's value of the
    # figure just told
    prior_ellipsis: str | None = None
    # a sentence of only a name and a verb of level before a percentage, after a sentence
    # that told market shares ("Tesla lag bei etwa 5 Prozent.", "X ranked third with about
    # 5%."): what may stand before the name, and from the name to the number
    share_ellipsis_lead: str | None = None
    share_ellipsis_link: str | None = None
    # the joint of a clause told so inside the sentence of the share ("…, Samsung kommt auf
    # 16 Prozent", "…, while Samsung has 16%")
    share_joint: str | None = None
    # a sale's price ("Kaufpreis", "purchase price"): paid by the buyer of the sale told
    purchase_price: str | None = None
    # a verb of buying and the preposition its seller follows ("kauft … von", "bought … from"):
    # a name right after it sells, and pays no price the clause gives
    bought_from: str | None = None
    # the preposition between a sale's price and what is sold ("Kaufpreis für die Sparte X",
    # "the purchase price for the unit X"): the name after it is bought, and pays nothing
    priced_for: str | None = None
    # a business unit as the subject ("Die Sparte X", "Im Segment X", "Die
    # Nutzfahrzeugsparte"): a figure after it that no name binds is the unit's
    unit_subject: str | None = None
    # the heading of an article's lead list ("Key Points", "Das Wichtigste in Kürze"), on a
    # line of its own: the lines right after it, one sentence each, sum up the article's subject
    lead_heading: str | None = None
    # the company's own executives before a forecast in its clause ("X-Chef Y
    # hatte die Prognose … angehoben"): the company's guidance, not the estimate
    # of an analyst named in the sentence before
    own_forecast: str | None = None
    # words that make a forecast someone else's than the company's ("Analysten erwarten",
    # "people familiar with the matter said", "dürfte"): with no house found, such a forecast
    # stays an Estimate; any other forecast with no house is the company's Guidance
    others_forecast: str | None = None
    # a house's verb of expecting right before another company, and the verb of reporting
    # right after it ("expects Deutsche Bank to post a profit of …"): the company's
    # figure, estimated by the house named before the verb
    expecting_other: str | None = None
    expecting_other_to: str | None = None
    # words of comparison between a move and a name after it ("lost 8%,
    # underperforming the Nikkei 225"): the name is the benchmark, not the mover
    benchmark_before: str | None = None
    # a comparative and "than" right after a percentage, before a name ("10% more
    # cars than Mercedes-Benz"): the gap between two companies, no growth
    gap_than: str | None = None
    # a comparative of price and "than" right before a name after the number ("traded at 14
    # times earnings, cheaper than the shares of X", "günstiger als die Aktie von X"): the name
    # is what the share is measured by, not whose number it is
    valued_than: str | None = None
    # figures only the whole company has ("Solvenzquote", "dividend"): after a
    # unit's sentence, the company's, not the unit's
    group_metric: str | None = None
    # the words of a maker's order book ("Auftragsbestand", "backlog", "deliveries"): a
    # product named before is ordered and delivered, but the book is its maker's
    maker_book: str | None = None
    # an order's words ("Großauftrag", "contract worth"), and what stands right
    # before the name of the client who placed it ("von den", "from"): the
    # order's value is the supplier's, never its client's
    # the unit of a table's numbers, in its heading or a row's label ("Die
    # Eckdaten (3. Quartal, in Mio. Euro):", "Ergebnis je Aktie (Euro) | 0,83",
    # "(in millions of dollars)"): groups `scale` (optional) and `unit`
    table_unit: str | None = None
    # what may stand between an amount and the metric word right after it that
    # names it ("3,2 Mrd Euro Umsatz", "$4bn in sales"): that word is the
    # amount's own, neither the number's before it nor the next one's
    word_after_number: str | None = None
    # what joins an estimate's word to the number it names ("einem Kursziel von 820
    # Dollar", "a target of $90"): the number is that word's, though a verb after it
    # ("… bewertet") names another metric
    estimate_link: str | None = None
    # the words for an analyst ("Analyst", "strategists"): a sentence with one
    # speaks for the bank that rated a company just before, of that company
    analyst_words: str | None = None
    # between a percentage and an index named after it, a noun of its move
    # ("outpacing a 0.8% advance in the benchmark Topix index"): the index's move
    index_move_after: str | None = None
    order_words: str | None = None
    client_before: str | None = None
    # verbs by which a client places an order with a supplier ("hat … einen Auftrag an Siemens
    # erteilt", "awarded Siemens a contract"): the client is no winner of the order
    order_placed: str | None = None
    # verbs by which a supplier takes an order away from a rival ("hat Alstom einen Auftrag
    # abgejagt"): the rival is no winner of the order
    order_taken: str | None = None
    # between a name and the order it gets or loses as indirect object ("Siemens einen Auftrag",
    # "Siemens a $2 billion contract"); the order word follows
    order_object_after: str | None = None
    # a stock market as the place of a move ("an der Börse", "on the stock market", "in New
    # York trading"): the change beside it is a share's, never a business's growth
    exchange_move: str | None = None
    # before the name an order goes to ("an Siemens erteilt", "to Siemens")
    order_recipient_before: str | None = None
    # right after a name, the verb by which it orders ("SNCF orders", "Die Bundeswehr
    # bestellt"): the name is the client, whose is no order's value
    client_after: str | None = None
    # between an order word and the client in the genitive after it ("einen Großauftrag der
    # Deutschen Bahn über 300 Millionen Euro"): the client, whose is no order's value
    client_genitive: str | None = None
    # the owner in the genitive between a share word and its move ("das Papier des
    # Windturbinenbauers um 4,6 Prozent"): the share word still names the move's subject
    share_genitive: str | None = None
    # a topic opened before a colon ("Auch beim Umsatz wird der Konzern vorsichtiger:"):
    # the colon goes on with the topic's numbers and ends no clause
    topic_colon: str | None = None
    # right after a number, the estimate it is set against ("$1.42 vs. $1.55
    # expected", "1,42 Euro (erwartet: 1,55 Euro)"): the number is the actual one
    versus_estimate: str | None = None
    # between a number and a metric word after it, a noun of change and its
    # preposition ("a 10% drop in China revenue to $1.5 billion"): the word is
    # the number's too, though another number follows it
    change_of: str | None = None
    # a percentage of a product's price, not of the share: the words right after it ("a 20%
    # price increase on the plan") or before it ("eine Preiserhöhung um 20 Prozent")
    price_change_after: str | None = None
    price_change_before: str | None = None
    # "lagen 1 Prozent im Plus": the words after a number that lead to its own sign
    sign_after: str | None = None
    # "6% below their last close": the word after a number that opens a reference price
    reference_after: str | None = None
    # "Prämien von 30 und 25 Prozent": the words between a premium's word and the last number of
    # its list, a regex
    premium_list_link: str | None = None
    # "both Airbus and Boeing": the word that opens a pair joined by "and", no clause
    pair_before_and: str | None = None
    # the opening of a gloss after a noun (", the difference between what a
    # bank earns on loans and pays on deposits,"): metric words inside a gloss
    # that closes before a number describe the noun, they name no number after it
    gloss_open: str | None = None
    # between a figure and a number no word names, the link to its earlier value
    # ("1,20 Euro je Aktie, nach 1,10 Euro im Jahr zuvor"): the number is that
    # figure's, of the year or quarter its words tell
    earlier_link: str | None = None
    # a subject that opens the sentence and describes a name set off after it
    # ("Its Finnish unit, Telia Finland, grew …"): the figure is that name's
    apposition_owner: str | None = None
    # "Acme, the company's sneaker label, posted …": a unit's description set off after a name
    unit_apposition: str | None = None
    # a verb of selling right before such a name ("sold X, its shipping arm,"): a unit parted
    # with, no current one
    unit_sold_before: str | None = None
    # the words opening an apposition to a name, closed by a comma ("X, the family's holding
    # company, slipped 1.9%"): what stands inside describes the name, the verb after is its
    apposition_open: str | None = None
    # a noun for another company right before a name ("as rival Snap forecast …",
    # "Apple supplier Pegatron said …"): where the name is none the extractor
    # knows, a figure after it is not the company named before the noun
    peer_before_name: str | None = None
    # prepositions whose object may be two nouns joined by "and" before the clause's
    # verb ("in Rechenzentren und KI-Infrastruktur investieren"): that "and" before a
    # capital opens no clause
    joined_objects_after: str | None = None
    # a preposition of a pair ("zwischen Juli und September"): its "and" before a capital
    # joins the pair and opens no clause
    pair_between: str | None = None
    coordinate_subject: str | None = None
    brand_after: str | None = None
    # a product its owner's possessive names before its noun ("Its battery-electric Li i6
    # SUV … accounted for about 11,000"): where the name is not known, the number is no one's
    owned_product: str | None = None
    # a drug's kind noun without a name opening the sentence as its subject ("Das Mittel soll
    # einen Umsatz von 1 Milliarde Euro erzielen"): the figure is the drug's the sentences
    # before name, not its maker's; no one's where they name no single product
    drug_subject: str | None = None
    # an object pronoun right after the metric word ("tariffs would cost it 1.4 trillion
    # yen"): the bearer is the company the pronoun stands for, though the clause's subject is
    # no company
    bearer_pronoun: str | None = None
    # causes that may open a clause as its subject ("Tariffs cut its profit by 29%", "Die Zölle
    # drückten den Gewinn"): before the clause's metric word, they own none of its numbers
    cause_subject: str | None = None
    analyst_pronouns: str | None = None
    reason_opener: str | None = None
    # "That implies": a price target's consequence follows, the house's estimate as the target is
    target_implies: str | None = None
    # the mark of a possessive after a capitalised word ("while Meridian's fell 1.5%"): where
    # the word is no name the extractor knows, the move after it is that unknown one's
    possessive_name: str | None = None
    # an unnamed company as the object, and the words that open what is told of
    # it, right before a number ("buys an adhesives maker with annual sales of",
    # "kauft einen Klebstoffhersteller, der einen Umsatz von"): the figure is that
    # company's, whose name is not given, never the buyer's
    unnamed_owner: str | None = None
    # the word joining a further verb's phrase to such an apposition's relative clause ("X, a
    # tannery that employs 480 people and had revenue of …"): the figure there is X's too
    apposed_verb_join: str | None = None
    # right after a compared number, the word before the name it is counted at
    # ("compared with 44 at Boeing", "nach 44 bei Boeing"): another company's number
    compared_at: str | None = None
    # after a comma, the words of an ellipsis before a name ("…, der von Oracle um
    # 20 Prozent"): the number after that name is its, not the bound subject's
    ellipsis_owner: str | None = None
    # after a metric word, the word before a region's name ("Sales in Greater China fell
    # 4%"): where nouns are not capitalised, an unknown name there owns the figure
    region_in: str | None = None
    # after a metric word, the word before a name and its possessed name ("Revenue at Dell's
    # Infrastructure Solutions Group"): an unknown possessed name owns the figure
    possessed_in: str | None = None
    # the words right before a place named in a number's clause before the number ("in Europa
    # legte der Umsatz um 9 Prozent zu", "Sales in Europe rose 9%"): the figure is that region's
    # part of the business, not the company's whole
    region_part_before: str | None = None
    # the words after such a place that make it a seat instead ("in Walldorf ansässige")
    seat_after_region: str | None = None
    # words that make a valuation multiple one of earnings to come ("KGV von 38 für 2027",
    # "70 times next year's sales"): the forecast of the house named with it
    forward_multiple: str | None = None
    # … and the words between that name and its number ("von Oracle um 20 Prozent")
    ellipsis_gap: str | None = None
    # right after a number, the words that name its owner next ("12,400 from its
    # family brand Onvo"): the figure is the name's after them, not the subject's
    owner_after: str | None = None
    # a verb of paying right before a company named as the one paid ("will pay Calyx $150
    # million upfront", "zahlt Evotec vorab 80 Millionen Euro"): the amount is that one's income
    pay_to: str | None = None
    # … and the words of a payment of the same deal later in the sentence, which goes to the same one
    payment: str | None = None
    # a legal matter in the clause of an amount paid ("paid $11 billion to settle lawsuits"):
    # a cost of litigation, no investment
    legal_matter: str | None = None
    # a denial of a report, a claim or a plan before a number of the sentence ("denied a report
    # that it would invest $5 billion", "wies einen Bericht zurück, wonach …"): no figure
    denied_report: str | None = None
    # a deal only talked of, weighed or rumoured before an amount of the sentence ("is said to
    # be in talks to buy X for $2 billion", "erwägt einen Kauf für 2 Milliarden"): no price paid
    rumoured_deal: str | None = None
    # a name ranked against the subject, then the number it is ranked by ("the most valuable
    # company, ahead of X at $3.5 trillion", "vor X mit 3,5 Billionen Dollar"): the name's
    ranked_before: str | None = None
    ranked_link: str | None = None
    # between a part and the count it is part of ("250 der 5.600 Stellen"), and
    # right after a part of the count told before ("1.900 davon"): a cut of the
    # part is told by the words of the whole, and the whole is not cut
    partitive: str | None = None
    part_after: str | None = None
    # right before such a part, a qualifier at most between ("3.500 Stellen wegfallen, davon
    # etwa 2.100 in Deutschland"): the part is cut as the count before it is
    part_before: str | None = None
    # a word opening an aside between commas ("sold 2.49 million vehicles, including its Lexus
    # brand, up 5%"): a name in the aside is part of what is counted, the number after the
    # aside is not the name's
    inclusion: str | None = None
    # a demonstrative pronoun that opens a sentence before its verb ("Dieser legte
    # um 30 Prozent zu"): it stands for the last metric word of the sentence before
    back_metric: str | None = None
    # a personal pronoun that opens a sentence before its verb ("Er wuchs um 23
    # Prozent", "It grew 23%"): after a sentence naming no person or organisation
    # it too stands for that sentence's last metric word
    pronoun_metric: str | None = None
    # the label of a quote box's price and the code words before it ("Acme | WKN: A1B2C3 |
    # Kurs: 19,85 Euro | +3,2 %"): the line ingest blanks holds the share's price and move
    quote_box_price: str | None = None
    quote_box_codes: str | None = None
    # the marks of a class of shares a box prints after the name ("Fuchs SE Vz."): the name
    # without them is the company's
    quote_box_share_class: str | None = None
    # a listing box of a US page: a line "NYSE: HD" of one of these venues, the name on the
    # line below and a line for each value, the price after a price line's label ("Current
    # Price $374.90") and the day's move in percent after a change line's ("Today's Change
    # (0.62%) $2.31")
    quote_box_venues: str | None = None
    quote_box_price_lines: str | None = None
    quote_box_change_lines: str | None = None
    # and the market value in a currency after a market value line's label ("Market Cap $301B")
    quote_box_cap_lines: str | None = None
    # the word comparing a company's figure with a value told again for a second company and
    # the word naming that company after the value ("compared with 12.4 for Ericsson")
    value_again: str | None = None
    value_again_at: str | None = None
    # a possessive pronoun opening a sentence that points back ("Deren Umsatz
    # wuchs"): the figure is of the unit the sentence before names last
    back_possessive: str | None = None
    # a unit named only by its bare noun after an article ("the unit's operating income",
    # "verkaufte die Sparte"): the figure is of the one unit the sentences before name
    unit_referred: str | None = None
    # right after an amount per share, what makes it a loss of value ("habe die
    # Aktie 18 Euro gekostet"): a change of market value, no share price
    value_lost_after: str | None = None
    # an outlook named for a metric ("senkte die Prognose für den Auftragseingang"), then a
    # growth word with no metric of its own ("ein organisches Wachstum von 2 Prozent"): the
    # growth is that metric's, no revenue growth
    outlook_for: str | None = None
    bare_growth: str | None = None
    # right after a growth word with no metric of its own, what makes the next word's metric
    # the grown one ("das Wachstum des Auftragsbestands"): None, no such reading
    growth_of: str | None = None
    # between a percentage change and a bracket, the base it is measured against ("über dem
    # Wert von Oktober bis Dezember (717 Millionen Euro)"): None, no such reading
    base_before_bracket: str | None = None
    # right before a price, the words of a close already made ("downside from Monday's close
    # of $466"): the share's price, never a target in a sentence of forecasts
    closing_before: str | None = None
    # after a premium's percentage, the price it is counted over, with no name's possessive
    # ("a premium of 14% to its closing price"): the premium of the offer, no share's move
    premium_base: str | None = None
    # a placement's price against the share's price ("platzierte neue Aktien 4 Prozent unter dem
    # Schlusskurs", "a 4% discount to the close"), spanning the percentage: no share's move
    placement_discount: str | None = None
    # right after a bare count, how often something happened ("12 times since 2015", "12 Mal"):
    # a count of occasions, no figure
    occurrences_after: str | None = None
    # right after an amount of money, the physical unit it is the price of ("7,38 Euro je
    # Quadratmeter", "$82 a barrel"; never a share): a unit price, no share's price
    unit_price_after: str | None = None
    # right before a multiple, the words of a ratio of debt or of demand governing it and what may
    # stand between ("leverage of 1.1x", "Verschuldungsgrad von 2,5x", "oversubscribed 3x"): no
    # valuation multiple, no figure; a debt word earlier in the clause does not govern it
    debt_multiple: str | None = None
    # before a target or forecast, the words of a publication speaking for itself ("investment
    # newsletter X named Y its top pick, with a target of $90"): where the sentence names no
    # house, the pick is the publication's, no house's figure
    publication_voice: str | None = None
    # right after an amount, the unit of use it is charged by ("per million input tokens", "je
    # Nutzer und Monat"): a price of the product named after it with ``priced_for``, not of
    # its maker
    usage_price: str | None = None
    # a change appended after a comma, its noun alone ("…, ein Plus von 41 Prozent"): the
    # change of the amount before the comma
    appended_change: str | None = None
    # "and Marvell at 29 times": a multiple told again without its object (words before, after)
    multiple_ellipsis_before: str | None = None
    multiple_ellipsis_after: str | None = None
    # … and the words before it in the sentence after a multiple told in full ("trades at")
    multiple_carried_before: str | None = None
    # the code of a share class before a signed move in brackets ("Roche (GS +1,2 Prozent)")
    share_class: str | None = None
    # words that set a sentence against the one before ("Für Y senkte die Bank dagegen
    # das Ziel", "by contrast"): the company it rates is an aside, and a share named
    # without its owner in the next sentence need not be that company's
    contrast_aside: str | None = None
    # a possessive pronoun opening a sentence right before its share word ("Its Hong
    # Kong-listed shares jumped 28%"): the shares of the company the sentence before speaks of
    share_possessive: str | None = None
    # a personal pronoun standing for the share the sentence before moved ("Seit
    # Jahresbeginn hat sie rund 9 Prozent eingebüßt", "They have gained 20% this year")
    share_pronoun: str | None = None
    # a tally after the number that carries the move just told on ("Seit Jahresbeginn steht
    # ein Zuwachs von 8 Prozent zu Buche"): like the pronoun, the share the sentence before moved
    share_tally: str | None = None
    # an amount told as revenue right after it ("worth $10 billion in revenue for X")
    amount_in_revenue: str | None = None
    # … and the words before the company that earns it ("in revenue for X")
    revenue_for: str | None = None
    # the words of a stock-market listing ("IPO", "Börsengang"), and those of a unit that lists,
    # right after its parent's name ("L&T power-grid unit", "die Siemens-Tochter") or after the
    # listing word ("an IPO of its cloud unit"): the unit lists, so the offering's size is never
    # the parent's
    listing_words: str | None = None
    # a possessive pronoun that opens a clause of sales after a sentence's product subject
    # ("Bayers Blutverdünner X verliert den Patentschutz; sein Umsatz …"), and a product referred
    # to by its kind ("für das Mittel einen Spitzenumsatz", "peak sales for the drug"): the
    # product's sales, never its maker's
    product_possessive: str | None = None
    product_reference: str | None = None
    # a preposition opening a sentence, and a possessive pronoun that cannot point at a product
    # named inside the phrase it opens ("Nach dem Patentablauf des Gerinnungshemmers X sank ihr
    # Umsatz"): the sales are an owner's the sentence does not name, not the product's
    fronted_preposition: str | None = None
    owner_possessive: str | None = None
    # a plural kind noun and the word of an example before a product ("sales of drugs such as
    # X", "der Umsatz mit Medikamenten wie X"): the sales of the kind, not the product's
    product_examples: str | None = None
    # the words opening an aside that names a subject's members ("home to", "zu der")
    member_aside: str | None = None
    # a company's part in its group's figure ("steuerte 520 Millionen Euro zum Umsatz bei",
    # "contributed $500 million to revenue"): a part, whose group the next earnings are of
    contributed: str | None = None
    # the possessives that open a sentence pointing back ("Deren Ebit", "Its Ebit"): such a
    # sentence speaks of the part itself
    possessive_opening: str | None = None
    unit_after_parent: str | None = None
    unit_after_listing: str | None = None
    # the terms of a share offering ("Die Preisspanne legte der Konzern auf 24 bis 28 Euro fest",
    # "Der Emissionserlös soll bis zu 900 Millionen Euro betragen", "set the IPO price range"):
    # where the passage names the one subsidiary of their company whose listing the article
    # tells, they are the subsidiary's, never the parent's that sets them
    offering_terms: str | None = None
    # the span a move was counted over, or the index named again, after one index's move
    index_carried: str | None = None
    # the words of a valuation that name what is valued ("values Kestral at"): a name the
    # article does not know there leaves the value to no company
    valued_name: str | None = None
    # the words of an upside told against the price after the number ("25% above the current
    # share price"): an upside only after a target, for after an offer it is the premium
    upside_to_price: str | None = None
    # the verbs of a share's trading or move right before a number told against the price
    # ("closed 6% below Friday's close", "traded 3% above the previous close"): with no target
    # before, the number is the share's move, its sign that of the word after it
    reference_move: str | None = None
    # words that count a move from the start of the year to now ("so far this year", "seit
    # Jahresbeginn"): a company's bare change over that span, its name opening the sentence,
    # is its share's move; revenue and profit are not told so. Where none are given, no such move
    year_so_far: str | None = None
    # a verb of a share move in the plural right after one company's name ("Siemens
    # Energy legten um 2,8 Prozent zu"): the verb agrees with the company's shares, so
    # the move is theirs; where the language marks no such agreement, none
    plural_move: str | None = None
    # a sentence opening with what a company earned with ("Mit der Cloud-Suite erzielte SAP
    # 4,9 Milliarden Euro, ein Plus von 31 Prozent", "With its cloud suite, SAP made …"): the
    # amount and its change are that product's, no change of the company's own
    earned_with: str | None = None
    # words that tell of a dividend or its yield ("Dividendenrendite", "Ausschüttung",
    # "yield", "ex-dividend"): in their sentence or just before, an amount per share or
    # paid with no word of its own is the dividend, no earnings, price or investment
    dividend_told: str | None = None
    # verbs of receiving before an amount per share ("Die Aktionäre erhalten 1,20 Euro je
    # Aktie", "shareholders will receive"): what is received per share is paid out, a
    # dividend or an offer, never earnings
    received_before: str | None = None
    # words between an amount and "je Aktie" or right after it that make it a price paid
    # ("für Covestro", "in bar"): no dividend
    dividend_not: str | None = None
    # words of paying in cash beside an amount per share ("14,50 Euro je Aktie in bar",
    # "$52 in cash per share"): a price offered for the shares, never earnings per share
    paid_in_cash: str | None = None
    # conjunctions that open a phrase with a subject of its own ("as the energy sector
    # dropped 1.5%"): where that subject is no company, the number after it is none of its
    phrase_open: str | None = None
    # a possessive relative pronoun after a comma ("T-Mobile US, deren Umsatz", "Rivian, whose
    # revenue"): a number in its clause is the name's right before the comma
    possessive_relative: str | None = None
    # words of the first person plural ("we", "unser"): inside a quote they are the speaker's
    # company, whose chief the sentence names ("'We grew revenue 30%,' said Alphabet CEO X")
    first_person: str | None = None
    # the whole group as the subject of a phrase after a comma or conjunction ("while the
    # group's margin was 6%"): the number is the parent's, not the brand's or unit's named before
    group_subject: str | None = None
    # a verb of speech before a comma ("X-Chef Y sagte, Bosch habe …"): the reported
    # statement after the comma is a clause of its own, with a subject of its own
    reported_speech: str | None = None
    # the auxiliaries of a future told in reported speech ("X sagte, der Umsatz von Y werde …
    # erreichen"): with a company before the verb of speech and another after it, one
    # company's word on the other's future figure, which is no figure of either
    future_auxiliary: str | None = None
    # a modal of possibility and a conjunction of condition, in either order ("könnte …
    # verkaufen, falls die Zölle steigen", "could fall 20% if tariffs rise"): a scenario
    # that may happen, no figure of anyone
    conditional_scenario: str | None = None
    # a word of comparison right before a number, and the word after it before the name it
    # is of ("compares with 28 for AMD"): the number is that name's, not the subject's
    compared_before: str | None = None
    compared_for: str | None = None
    # a line of business right before a metric word ("search revenue", "Cloud-Umsatz") or
    # after it with a link word ("revenue from search", "Umsatz mit der Suche"): the figure
    # is that business's, which a company named in another clause does not take unless the
    # line is in its name ("Google Cloud")
    business_line: str | None = None
    business_line_link: str | None = None
    # a takeover ("X will Y übernehmen"), the same told in the passive, and an
    # offer's premium: an offer price and premium are the company bought's
    takeover_words: str | None = None
    # "im Quartal", "in the quarter": the quarter the article reports on
    this_quarter: str | None = None
    # "kündigte einen neuen Aktienrückkauf an", "approved a new buyback": a programme set up
    new_programme: str | None = None
    # "im Frankfurter Raum": the noun after a place's adjective that makes it a region
    region_noun: str | None = None
    # a list of names after a preposition ("mit den Marken A, B und C"): no subject
    list_opening: str | None = None
    list_joining: str | None = None
    takeover_passive: str | None = None
    offer_premium: str | None = None
    # a valuation an offer makes ("Insgesamt bewertet die Offerte Y mit 2 Milliarden", "the
    # offer values Y at $14 billion"): the price the bidder pays, its investment
    offer_values: str | None = None
    # a bid for the rest of a company ("does not already own"): the bidder buys the rest only
    offer_rest: str | None = None
    # a valuation set off right after a name ("Y, valued at $31 billion in its last round,"):
    # that name's value, nobody's where the name is not known
    valued_aside: str | None = None
    # the financing of a purchase ("Finanziert wird der Kauf mit einer Anleihe über 800
    # Millionen", "banks committed a bridge loan to back the financing"): the buyer's debt
    financing: str | None = None


class PeriodPattern(_Table):
    kind: str
    pattern: str
    ignore_case: bool = False


class Periods(_Table):
    period_words: str
    ordinals: dict[str, int]
    patterns: list[PeriodPattern]
    prior: str
    prior_label: str
    numbers: dict[str, int]
    duration_units: dict[str, str]
    literals: dict[str, str] = {}
    prior_quarter: str
    current_year: list[str] = []
    # the quarter after the one a results article reports ("im laufenden Quartal", "in the
    # current quarter": an outlook's quarter)
    current_quarter: list[str] = []
    next_year: list[str] = []
    # the year before the reporting or publication year ("im vergangenen Jahr")
    last_year: list[str] = []
    # … of the current and next year, those that count from the date of publication,
    # not from the reporting year ("this year" in an article on a fiscal quarter is
    # still the calendar year)
    calendar_year: list[str] = []
    # … of the current, next and last year, those that name a fiscal year ("im
    # vergangenen Geschäftsjahr"): dated from the date of publication, "FY2025", not "2025"
    fiscal_year: list[str] = []
    needs_year: list[str] = []
    # periods that speak only for their own clause ("seit Jahresbeginn"): no other
    # clause of the sentence takes them
    clause_only: list[str] = []
    # … of which these are the calendar year of publication once they are a
    # move's period ("seit Jahresbeginn 12 Prozent": the year's move so far)
    year_to_date: list[str] = []
    months: dict[str, int] = {}  # month names: "im Dezember 2024" is "2024-12"
    # words before a period after the number that make it the base of a
    # comparison ("6 Prozent über dem Wert von Oktober bis Dezember")
    comparison: str | None = None
    # conjunctions that open a subordinate clause ("after", "nachdem"): a period
    # after one is that clause's, not a figure's before it ("shares fell 4% after
    # the carmaker delivered 384,122 cars in the third quarter")
    subordinate: str | None = None
    # what a monthly report counts ("deliveries", "Absatz"): a lead sentence naming a
    # month and one of these makes that month the article's period
    monthly_words: str | None = None
    # verbs of an outlook ("forecast", "rechnet"): a lead sentence's period after one is
    # the forecast's, not the period the article's results are of
    outlook_verbs: str | None = None
    # matched right where a period ends: the period names an outlook's noun ("raised its
    # full-year forecast", "seine Jahresprognose angehoben"); after a number it is that
    # outlook's period, not the number's where the number's own period stands before it
    outlook_noun: str | None = None
    # verbs of publishing results ("gemeldet", "reported"): a month in their sentence is the
    # day the results came out, not the period of a result figure ("hatte Ende Oktober einen
    # Quartalsgewinn von … gemeldet" reports the quarter's profit)
    report_verbs: str | None = None
    # a measure counted over a month ("monatlich aktive Nutzer", "monthly active users"): a
    # month named without its year in its sentence is that count's period, as in a monthly
    # report, not a date beside it
    monthly_measures: str | None = None
    # a rolling span ahead of today ("for the next 12 months", "forward earnings"): a
    # multiple of the earnings expected over it is of no calendar or fiscal year
    rolling_ahead: str | None = None
    # words that count a total from a beginning ("seit dem Start", "since its launch"): a
    # figure of such a sentence is no period's, and takes none the passage reports on
    since_start: str | None = None
    # the word right before a year that names it as the company's fiscal year ("Geschäftsjahr
    # 2027"): of a company whose year ends off December, that fiscal year ("FY2027")
    fiscal_year_number: str | None = None
    # words in brackets that say the list's figures in brackets are of another period
    # ("(H1 FY26 in brackets)", "(Vorjahr in Klammern)"): the period named there is theirs,
    # not the period of the list
    bracket_legend: str | None = None


class Attribution(_Table):
    credit_before: str
    # a comma and a verb of speech that open an analyst's comment after a figure (", arguing
    # that the sugar business …"): a name after them is the comment's topic, not whose figure
    # it is; None where a language names none
    speech_opening: str | None = None
    # a clause of the result after a comma that names the shares by a possessive pronoun right
    # before a move (", sending its shares down 7.4%"): the pronoun is the main clause's subject,
    # the first name of the sentence, not the name last before the number; None where none
    result_shares: str | None = None
    # a clause of paying hung on a sentence by a comma and a participle (", spending 18 billion
    # yen through 2028"): the amount is the sentence's subject's, not the name last before it
    result_payment: str | None = None
    # the words between a change and a sector's gauge named by common nouns only ("a 19% rise
    # for the bank index"): the change is the sector's; None where a language names none so
    gauge_after_number: str | None = None
    # the nouns a name's possessive may stand on before a number ("the Nikkei 225 index's 21%
    # gain"): the name owns the number as "Toyota's 21% gain" does; None where a language
    # makes no possessive of a noun after a name
    possessed_heads: str | None = None
    # between a name's possessive opening a clause's subject and a name after a preposition of
    # that subject's noun ("X's orders from Y's new lines would lift revenue by 18%"): the later
    # name stands in the subject's phrase, the possessor is whom the clause speaks of; empty: no
    # such rule
    possessed_subject: str = ""
    # a depositary receipt named without its issuer ("The ADRs have gained 52%", "its ADRs"): the
    # move is of the one company whose receipts the article names (the words after such a name,
    # "X ADRs", and before it, "ADRs of X"), never the passage's last company; empty: no such rule
    depositary_reference: str = ""
    depositary_after: str = ""
    depositary_before: str = ""
    # the possessive pronoun opening such a reference ("its ADRs"): where the article names no
    # issuer, the receipts are of the company the pronoun stands for, as "its shares" are; a bare
    # "The ADRs" stays no one's; empty: no such rule
    depositary_owned: str = ""
    # a phrase opening the sentence that holds a figure before the verb and its subject ("Mit
    # einem Umsatz von 5 Milliarden Euro ist das Unternehmen …"): the subject after the verb owns it
    fronted_figure: str = ""
    # a share-move noun and the word before its company ("nach dem Kurseinbruch von X um 5
    # Prozent"): the name after it owns a move as "X-Aktie" does; empty where none is known
    move_of: str = ""
    genitive: str
    # after a metric word, what leads to a product it binds, and the article and kind that
    # may stand before the product ("Umsatz mit dem Prostatakrebsmittel X", "sales of the
    # blood thinner X")
    product_link: str | None = None
    product_kind: str = ""
    # after a number its article precedes, the words before another company that owns it
    # ("the 5% growth reported by X", "die 7 Prozent bei X"): that company's number
    owner_after: str | None = None
    estimate_for: str
    after_number: str
    venue_before: str
    object_before: str
    articles: str
    apposition_before: str
    # a comma and the words opening an aside about who led something ("…, angeführt vom Fonds
    # X, wurde …", "…, led by X, valued …"): the name in it is the leader, no subject
    foil_aside: str | None = None
    unit_words: str
    # a copula between a unit word and the name it names ("Größte Tochter ist X"): that name
    # is the unit, as if it followed the word; with the table's ``articles`` and up to two
    # words after one ("ist der Folienhersteller X")
    unit_copula: str | None = None
    share_owner_after: str
    # after the clauses' ``share_nouns``, the words before the name that owns the shares; where
    # nouns are capitalised a name after "Aktien des" cannot be told from a noun ("Aktie des
    # Chipriesen"): such a language asks for a noun between ("Aktien des Zulieferers X")
    share_owner_before: str | None = None
    # prepositions after which a name before the number is no owner of the
    # figure ("die Beteiligung an Siemens Energy", "ahead of Nvidia"): a
    # narrower list than object_before, without "bei", "von", "at" or "of"
    object_of_figure: str | None = None
    # the nouns of one order or contract whose genitive names the customer who places it, not
    # the supplier whose figure its value is ("der Munitionsauftrag der Bundeswehr über 2
    # Milliarden Euro"); a regex the metric word must match whole; None where none
    client_orders: str | None = None
    # the word joining a noun to the name that owns it ("der Sparte von X"): such a noun after
    # one of ``object_of_figure`` or after a name joined to one ("mit Y und der Sparte von X")
    # is the object, so its owner owns no figure either
    owned_noun_linker: str | None = None
    # a participle of overtaking after a name, and the auxiliary of the perfect before it ("X
    # hat Y als wertvollstes Unternehmen überholt"): a language that puts the verb last names
    # the one overtaken before the verb, and that one owns no figure of the clause either
    overtaken_after: str | None = None
    perfect_before: str | None = None
    # prepositions of the matter an amount is about ("eine Rückstellung von 260 Millionen Euro
    # für Klagen früherer Aktionäre der X", "a charge over the X lawsuit"): a name in the phrase
    # they open after the number is what the amount concerns, not who books it
    matter_after: str | None = None
    # a verb of buying right after a name ("PNC agreed to buy", "X bought"): of the names in
    # the clause of an amount paid, the one the verb follows is the buyer, even when what it
    # bought is named first ("the integration of Y, the lender X agreed to buy for $4 billion")
    buyer_verbs: str | None = None
    # between a verb of buying and a name, a unit bought of that name ("übernimmt das
    # Ethernet-Geschäft des Chipentwicklers X", "bought the chip unit of X"): X sells and pays
    # nothing of the amount
    sold_unit_before: str | None = None
    # a noun of buying and the word that binds what it buys ("seit dem Kauf von X", "the
    # acquisition of X"): X is bought and pays nothing; of the names in the clause of an amount
    # paid, another is the buyer
    bought_nouns: str | None = None
    # a verb or noun of buying and the word of its agent ("agreed to be bought by X",
    # "takeover by X"): the name after it is the buyer, never what is bought
    buyer_agent: str | None = None
    # words between an amount and a later "takeover by X" that make that deal another than
    # the amount's ("… for Y after a failed takeover by X"): X pays nothing of it
    buyer_agent_aside: str | None = None
    # a verb of bidding before a price per share ("X bietet 68 Euro je Aktie",
    # "X offered $52 a share"): the price is for the shares bought, and the
    # name before the verb is the bidder, never its owner
    bid_verbs: str | None = None
    # words that join two names into one phrase ("Allianz und Munich Re"): the
    # second is an object where the first is one
    coordination: str | None = None
    # the metric word of an enterprise value, and words of a takeover: in a
    # sentence about one, the value is the company bought's, bound to it by name
    enterprise_value: str | None = None
    takeover: str | None = None
    # possessive pronouns that open a sentence ("Its chips link Nvidia's GPUs"): the
    # sentence goes on about the subject before it, so its names are no subject
    back_reference: str | None = None
    # a clause whose subject is an empty pronoun, telling of the name after a preposition
    # ("läuft es bei der Tochter X"), and a personal pronoun opening the next sentence ("Sie
    # senkte …"): the pronoun stands for that name, though it is no subject where it stands
    impersonal_at: str | None = None
    pronoun_opening: str | None = None
    # a stake with no company named after it ("X ist mit 4,8 Prozent beteiligt", "X holds
    # 6%"): the sentence lists a holder of the article's company, so its name is no subject
    # a figure of the next sentence belongs to
    holder_only: str | None = None
    # the opening of a relative clause that stands for a person only (", who"): the names in it
    # are what the person does, no subject a figure of the next sentence belongs to
    person_relative: str | None = None
    # a word that gives one number to each of the names listed before it ("BASF and
    # Bayer each rose 2%", "jeweils um 2 Prozent"): each name gets the figure
    each: str | None = None
    # a word that sums one number over the names listed before it ("Skyrizi and Rinvoq
    # brought in $7 billion combined", "zusammen"): no name alone has the figure
    combined: str | None = None
    # a rival noun right before a name ("Rival Groq raised $750 million"): a company named
    # once so is the article subject's rival, a side mention no later figure carries over to
    rival_before: str | None = None
    # the metric word of a free float ("Streubesitz", "free float"): the share of the listed
    # company's stock; with no name in its sentence it is the article subject's, never a
    # holder's named in the sentence before
    free_float: str | None = None
    # verbs of trust whose object, right after them, is what a target is for ("traut der
    # Commerzbank einen Anstieg auf 45 Euro zu"): a bank there is valued, not one more house
    estimate_trusted: str | None = None
    # a pronoun after a comma that stands for the metric word of a target just named, right
    # before estimate_for ("…, das für AMD senkt die Bank auf 150 Dollar"): a new target, of
    # the company after it
    estimate_pronoun: str | None = None
    # verbs by which a house named right after them gives a target to a name fronted by
    # estimate_for at the sentence's start ("Für UniCredit nannte Citigroup ein Kursziel"): the
    # target is that name's, a bank too
    estimate_fronted_verbs: str | None = None


class DiscoveryRoles(_Table):
    words: str
    speech: str
    led_by: str
    # nouns only a person is, no post ("des Unternehmers X", "billionaire X"): the name after one
    # is a person's, with no employer nor role; a regex, empty where the language has none
    person_nouns: str = ""
    particles: str
    # particles that are also prepositions ("von"): inside a name only right after a single
    # given name ("Nikolaus von Muster"), not after a full name ("Jane Doe von Acme")
    given_particles: str = ""
    # academic titles before a name ("Dr.", "Prof. Dr."): they stand between a post or a verb
    # of speech and the name, and are no word of it; a regex, empty where the language has none
    academic_titles: str = ""
    # a post only a person holds at an investment firm, ambiguous elsewhere ("Nvidia partner
    # Foxconn" names a company): the name after it is a person's only right after a financial
    # institution's name ("Starboard partner Jane Doe"); a regex, empty where there is none
    firm_titles: str = ""


class Discovery(_Table):
    legal_suffixes: list[str]
    # the ending a surname takes in the genitive ("Bredes Aufgaben als Finanzchef"): a name
    # opened by a surname of a person the article names, with this ending, is that person's
    # phrase, no other person's name; empty: no such rule
    surname_genitive: str = ""
    # a unit named only by its line of business ("die Nutzfahrzeugsparte"), and the first
    # parts that name no line ("die Kernsparte")
    line_unit: str = ""
    line_unit_not: str = ""
    not_names: list[str]
    # the question words among not_names ("Is", "Why"): they open a question or a heading's
    # question ("Is Acme Foods stock a buy?"), while a statement may open with a name that
    # begins with one ("Where Food Comes From Inc. reported …")
    question_words: list[str] = []
    drop_suffixes: list[str]
    financial_suffixes: list[str]
    # name endings of a company's investment arm ("Muster Ventures" beside the company "Muster"):
    # the longer name is the fund, not the company it opens
    investment_arm_suffixes: list[str] = []
    # name endings of a financial house's venture or fund arm ("Muster Capital Ventures", "Muster
    # Asset Management" beside the catalogued house): the longer name is the fund, not the house;
    # not the endings a bank's markets or research arm takes ("Muster Capital" of the bank
    # "Muster"), which news print for the house itself
    house_arm_suffixes: list[str] = []
    # name endings of a fund ("Acme Wind Energy ETF"): the fund is named whole, the issuer or
    # brand opening it ("Acme") is not named there
    fund_suffixes: list[str] = []
    # the articles of a description set off by a comma right after a name ("X Holdings, a
    # Geneva-based investment company"): its noun, where it is an institution's, says what the
    # name is, whatever its ending; empty: no such rule
    described_after: str = ""
    # name endings of non-commercial organisations ("Muster Foundation"): type Organization
    organisation_suffixes: list[str] = []
    # name endings of exchanges ("Muster Stock Exchange"): type StockExchange
    exchange_suffixes: list[str] = []
    # the last words of a law's name ("Muster Reform Act") and the small words inside one
    # ("Reform and Protection Act"): no company nor person is part of such a name
    # the words of a company's seat cue ("mit Sitz in"): a district the city list lacks
    # names its city there ("Stuttgart" of "Sitz in Stuttgart-Zuffenhausen"); after any
    # other cue ("das Werk in Krefeld-Uerdingen") the district is named whole
    district_city_cues: str = ""
    law_heads: list[str] = []
    law_name_joins: list[str] = []
    # nouns after a catalogued model's or product's name that make the phrase an
    # organisation of its own ("the Muster Alliance"): the name alone is not the product
    product_not_before: list[str] = []
    # after an index's name, a sector word and the index noun ("the S&P 500 insurance index"):
    # a sector sub-index, which the name alone is not
    sub_index: str = ""
    # the words of a journalist's post right after a name ("Nikkei staff writer", "Nikkei-
    # Korrespondent"): the name is the publisher of a byline, never a market index of its name
    byline_after: str = ""
    # a compound adjective and a noun in the plural ("AI-capable PCs", "EV-ready SUVs"): a
    # class of products after an apposition's noun, never a firm's name
    adjective_plural: str = ""
    articles: str
    role_articles: str
    appositions: dict[str, str]
    # plural descriptive nouns whose name may be followed by more of the same kind
    # ("der Medikamente „A“ und B"): the names joined to the first are discovered too
    list_nouns: list[str] = []
    # descriptive nouns news print without an article after a preposition ("bei Tochter X"),
    # and those prepositions
    bare_appositions: list[str] = []
    # ends of drug nouns ("Gerinnungshemmer", "Krebsmittel", "Wirkstoff") after which one
    # capitalised word counts as a drug's name unquoted, where it cannot be a noun of the
    # sentence: followed by a word in lower case or a stop, and with none of the endings of
    # the language's common nouns ("das Medikament Patienten zugänglich machen" names none)
    drug_nouns: list[str] = []
    noun_endings: str = ""
    bare_before: str = ""
    # a country's adjective (references.country_words) may stand for the article before a
    # descriptive noun in lower case ("British chip designer X")
    country_appositions: bool = False
    # a legal form spelt out at a catalogued name's end and the abbreviations news print
    # instead ("Corporation": "Corp", "Corp."): the gazetteer knows the name with those too
    legal_abbreviations: dict[str, list[str]] = {}
    # a group's or holding's word at a catalogued name's end ("Group", "Holding"): the
    # gazetteer knows the name without it where the rest still names the company alone
    group_words: list[str] = []
    # descriptive nouns whose name counts only when printed in quotes
    quoted_only: list[str] = []
    # descriptive nouns of a role a person may hold as well ("der Großaktionär X", "its largest
    # shareholder X"): the name after one counts only where the catalogue lists it with a legal
    # form, as the short name of a company it knows ("Muster" of "Muster S.p.A.")
    catalogued_only: list[str] = []
    # descriptive nouns of a trade that are common nouns of their own ("die Reederei", "die
    # Holding"): where every noun is capitalised, one word after them names a firm only where it
    # is spelt unlike a common noun (noun_endings) or punctuation closes it ("die Holding
    # Schulden von …" is the sentence's object)
    plain_trade_nouns: list[str] = []
    # a verb of giving and the dative article of its receiver, right before a descriptive
    # noun ("liefert dem US-Konzern", "verkauft einem Rivalen"): one word after the noun
    # spelt as a common noun (noun_endings) and not closed by punctuation is the thing
    # given ("liefert dem Konzern Leistungshalbleiter für …"), not a name; a regex ending
    # where the noun's word (or its prefix joined by a hyphen) begins
    giving_dative: str = ""
    # a reference to a company as the subject after its verb ("sagte der Konzern", "führt das
    # Unternehmen"), right before one capitalised word: that word is the verb's object (a
    # common noun, "Gespräche", "Pläne"), not a name; a regex ending at the word
    subject_reference: str = ""
    # the bare genitive of a reference to the passage's company ("die KI-Tools des Konzerns"),
    # right before one capitalised word spelled as a plural noun (genitive_object_noun): that
    # word is a noun of the clause ("Anzeigen"), not a name; a regex ending at the word
    genitive_reference: str = ""
    genitive_object_noun: str = ""
    # a clause with its verb last, opened by a subordinating conjunction (relation_cues) and an
    # article and noun after it (clause_final_subject, "weil der Anbieter "), right before one
    # capitalised word spelled as a plural (clause_final_object) that only the clause's closing
    # verb follows (clause_final_verb): that word is the verb's object ("Preise erhöhte"), not
    # a name; regexes, empty where verbs do not go last
    clause_final_subject: str = ""
    clause_final_object: str = ""
    clause_final_verb: str = ""
    # descriptive nouns whose name counts only with a version number after it ("model X 2.0")
    versioned_only: list[str] = []
    # capitalised articles that belong to a company's name inside a sentence ("The")
    name_articles: list[str] = []
    # ends of the last word of a name followed by its initials in brackets, and the type
    # they give it ("Hanseatische Kreditbank (HKB)": an institution's name, not a phrase)
    acronym_heads: dict[str, str] = {}
    # the noun and preposition that open the name of a public authority ("Bundesamt für …"),
    # found with its initials in brackets after it
    authority_opening: str = ""
    # a court named by its kind and its city ("das Oberlandesgericht Düsseldorf"): the kinds,
    # each with its genitive ending, which the name drops
    court_kinds: str = ""
    # words giving a company or product its new name after its noun ("the combined maker, to
    # be called X"): the name after them is of the noun's type
    called: str = ""
    court_ending: str = ""
    # ends of descriptive nouns of a subsidiary ("Wartungstochter"): a two-word name after one
    # that opens with a catalogued company's name is the subsidiary ("Muster Technik")
    subsidiary_nouns: list[str] = []
    # words after a hyphen that make a company's short name name it ("Muster-Aktie" for
    # "Muster SE"); a regex alternation, empty where names form no such compounds
    short_name_compounds: str = ""
    # short names that open ordinary compounds of the language ("Software-Konzern")
    ordinary_short_names: list[str] = []
    # words right before a company's short name that make it name the company ("die Aktien von
    # Muster" for "Muster SE"): a regex, empty where none are listed
    short_name_before: str = ""
    # words right after a company's short name that make it name the company, a move of its
    # shares by a percentage ("Muster legten 3 Prozent zu", "Muster rose 3%"): a regex, empty
    # where none are listed
    short_name_after: str = ""
    # a person's title right before a capitalised word ("Herr Schindler", "Mr Pearson"): the
    # word is that person's surname, so a company's short name there names no company by the
    # words after it; a regex, empty where none are listed
    short_name_person_titles: str = ""
    # words right after a bare word that is both the surname of a person the article names and
    # the first word of a company's name it prints ("Aratani shares" beside "Kenji Aratani" and
    # "Aratani Machinery"): the words of its shares make the word name the company; a regex,
    # empty where none are listed
    surname_company_after: str = ""
    # a paragraph opened by a name and a colon whose sentence opens with a company noun and the
    # company's seat ("Acme Präzision: Der Maschinenbauer aus Ulm …", "Acme: Der Karlsruher
    # Softwareanbieter …"), as columns on several companies print them: the determiners that
    # open that sentence, and regexes for the seat before the noun (a city's adjective) and
    # for the word before the city after it; empty where none are listed
    headed_determiners: str = ""
    headed_seat_before: str = ""
    headed_seat_after: str = ""
    # words of an analyst's rating right before a company's short name that make it name the
    # company ("stuft Muster auf", "upgrades Muster to"): a regex, empty where none are listed
    short_name_rated: str = ""
    # a verb of rating, a company's short name (the group ``name``) and a rating word after it
    # ("rates Muster overweight", "belässt Muster auf 'Buy'"), where the verb alone may be
    # another word: with a house named before, the rating makes the name the company; a regex,
    # empty where none is listed
    short_name_rated_framed: str = ""
    # an agency's headline in capitals that rates ("KEPLER CHEUVREUX SENKT MUSTER AUF
    # 'REDUCE'"): a verb of rating, the short name in capitals (the group ``name``) and the word
    # before a quoted rating or a target; with a house named before, the name is read whatever
    # its case in that slot only; a regex, empty where none is listed
    short_name_rated_capitals: str = ""
    # words of a rival right before a company's short name that make it name the company
    # ("Konkurrent Muster", "rival Muster", "competes with Muster"): only a company competes
    # with a company; a regex, empty where none are listed
    short_name_rival: str = ""
    # words of a data source right before a company's short name that make it name the company
    # ("data from Muster showed", "Daten von Muster zeigen"): only a research house or a company
    # publishes data; a regex, empty where none are listed
    short_name_source: str = ""
    # words of a seat right after a name no catalogue knows ("Muster Software aus Leipzig",
    # "Muster Energy, headquartered in Oslo"): a name ending in a word of
    # ``seat_name_endings`` or joining two names by "&" is a company's there; a regex,
    # empty where none are listed
    seat_after_name: str = ""
    # the words of a firm's shares right before its name ("Shares of Muster Software rose"):
    # a name with a word of ``seat_name_endings`` or an "&" is a firm's there; a regex, empty
    # where none are listed
    shares_before_name: str = ""
    # the words of a house taking up coverage right before a name ("initiated coverage of
    # Muster Devices"): a name of two capitalised words or more is a firm's there; a regex,
    # empty where none are listed
    coverage_before_name: str = ""
    # the last words of a firm's name that tell its trade ("Software", "Energy") but, unlike a
    # legal form, not alone that the name is a firm's: with a seat after it, it is
    seat_name_endings: list[str] = []
    # words right after a name that make it a group of stocks, no firm ("Application Software
    # stocks fell", "Enterprise Software names after"); a regex, empty where none are listed
    group_after_name: str = ""
    # sector words that, all before a trade ending, name a sector, no firm ("Cloud Software",
    # "Enterprise Software")
    sector_name_words: list[str] = []
    # plural nouns of a group of stocks closing a name ("Latin American Banks", "European
    # Luxury Goods"): a house covering them covers a sector, no firm
    group_plurals: list[str] = []
    # a region's or nation's words opening a group of stocks ("European", "Latin"), beside
    # references.country_words: a house covering them covers a region's stocks, no firm
    group_regions: list[str] = []
    # a list of rivals closed by a verb of competing, as German puts it last ("mit X und Y
    # konkurriert"): the word before the list and the verb after it (regexes, empty where
    # the verb comes first)
    rival_list_before: str = ""
    rival_list_verb: str = ""
    # a list of names counted among a company's rivals ("zählt X und Y zu seinen größten
    # Konkurrenten", "counts X and Y among its rivals"): the verb of counting before the list
    # and the rival phrase after it (regexes, empty where none are listed)
    counted_rival_verb: str = ""
    counted_rival_close: str = ""
    # the words of buying from or being made by a firm before a country's possessive and an
    # unknown name ("bought from Japan's X"): a regex, empty where none are listed
    country_possessive_before: str = ""
    # … or the verb of supplying right after the name ("Korea's X supplies the cells")
    country_possessive_after: str = ""
    # the state named by a common noun ("der Bund", group "name"), where a sentence of a
    # stake (state_noun_stake) speaks of it, and the catalogued government it is: regexes and
    # a label, empty where the language has no such noun
    state_noun: str = ""
    state_noun_stake: str = ""
    state_noun_label: str = ""
    # what joins a company's short name to a catalogued company in a list ("Muster, ZF und
    # Bosch"): a regex, empty where none is listed
    short_name_list_joint: str = ""
    # words before a catalogued one-word name that make it the language's common noun of the
    # same spelling ("eine strategische Allianz mit"): a regex of indefinite articles, empty
    # where names take them ("an Apple spokesman" names the company)
    common_noun_before: str = ""
    # the language's nouns spelled like a catalogued name ("Allianz", "Alphabet", "Hertz"): such
    # a name is the noun also where a plain noun's words stand around it, which the two regexes
    # below give: a determiner and lower-case adjectives or a number before it ("die neue
    # Allianz", "50 Hertz"), a genitive attribute after it ("die Allianz der Staaten")
    common_noun_names: list[str] = []
    common_noun_attribute_before: str = ""
    common_noun_attribute_after: str = ""
    # the article that must open the sentence right before such a name for the attribute after
    # it to count ("Die Allianz der Staaten …", not "ein Sprecher der Allianz der Deutschen
    # Presse-Agentur")
    common_noun_attribute_head: str = ""
    # the language's words spelled like a catalogued name, each with a regex of the words after
    # it that make its own compound ("Shell companies", "Apple pie"): at a sentence's start the
    # word, not the name
    common_noun_compounds: dict[str, str] = {}
    # a family's noun before or after a catalogued one-word name ("der Familien Porsche und
    # Piëch", "the Agnelli family"): the name is the family's surname, no mention of the
    # company; regexes, empty where none is listed
    family_before: str = ""
    family_after: str = ""
    # a fund's noun right before its name ("der Fonds Europe Equity Growth"): a place opening
    # the capitalised words after it is a word of the fund's name, not the place; a regex,
    # empty where none is listed
    fund_before_name: str = ""
    # case endings a descriptive noun takes before a name ("des Herstellers X"); none in English
    apposition_endings: list[str]
    # endings of weak nouns and plurals before a name ("dem Rivalen X Y,"): the name counts only
    # with two words or more closed by a punctuation mark, as a noun of the sentence may follow
    apposition_weak_endings: list[str] = []
    # articles of the genitive singular ("des"): after one, a weak noun's ending is the
    # singular's ("des Kiesproduzenten X") and a one-word name may follow, as a genitive
    # noun phrase takes no bare noun after it; a regex, empty where nouns take no case ending
    genitive_articles: str = ""
    # how many words may stand between the article and the descriptive noun ("des im Frühjahr
    # übernommenen dänischen Herstellers X" holds four)
    apposition_fillers: int = 2
    # the lower-case ends of compound company nouns ("Halbleiterhersteller", "drugmaker") and
    # the type a name after such a compound gets, as after the appositions above
    apposition_heads: dict[str, str] = {}
    # after a name, the phrase of a company's executive before a person's name
    # ("X-Vorstandschef Jane Doe", "X's CEO Jane Doe"): the name is a company's; a regex
    executive_after: str = ""
    # after a name, a comma and an indefinite phrase of a seat compound and a company noun
    # ("X, a London-based developer of …", "X, a Pune-based data engineering firm"): the name
    # is a company's; a regex
    seated_after: str = ""
    # capitalised words that open such a phrase without naming a company ("Ex-CEO")
    executive_prefixes: list[str] = []
    # a business unit named by a unit noun: the nouns before its name ("im Segment X"), those
    # after which one word suffices, plural ones before names joined by "und", the nouns after
    # its name ("its X division") and the determiners before such a name; regex alternations
    # cities by a seat cue: a phrase before the name, a word before it right after an
    # organisation's name ("Acme aus X"), the end of a compound after it ("X-based")
    # products by what they are: after the name and a comma ("X, an AI chip"), and before a
    # code-like name ("its X2 humanoid"); determiners as regex alternations, nouns with types
    described_articles: str = ""
    described_nouns: dict[str, str] = {}
    # words after such a noun that make it name a maker ("a chip maker"); a regex alternation
    described_not_before: str = ""
    coded_determiners: str = ""
    coded_nouns: dict[str, str] = {}
    # units of measure after a number ("its 2-nanometer chips", "12-inch wafers"): such a
    # number is a size, no product's code; a regex alternation
    coded_measures: str = ""
    # more nouns before a code-like name set off by commas ("its system, the X-5200,"), where
    # the comma, not a noun after the name, tells it is that thing's name
    coded_set_off_nouns: dict[str, str] = {}
    # kind nouns after a maker's possessive (the determiners, a regex alternation) and a
    # capitalised name with no digit ("its Roundup weedkiller"), beside the coded nouns; and
    # the tier words such a name is not ("its Pro models"), "|"-separated
    possessed_nouns: dict[str, str] = {}
    possessed_determiners: str = ""
    possessed_not_names: str = ""
    # capitalised words that, right after a catalogued product's or model's name, make a longer
    # name of another product ("Gemini Enterprise", "Microsoft 365 Copilot"): the catalogued
    # name is then not named; a regex alternation, read in every language's words
    product_edition_after: str = ""
    # the last word of a venue's name that holds an organisation's name ("SoFi Stadium"): the
    # catalogued name before it, and any capitalised words between, then name the venue, not
    # the firm (a fund's name does so with its own words between: see ``fund_suffixes``); a
    # regex alternation, read in every language's words
    venue_heads: str = ""
    # kind nouns a product's name follows, closed by a punctuation mark ("its refrigerant
    # Solstice.", "the train ICE L,"), and the determiners before them; a regex alternation
    named_nouns: dict[str, str] = {}
    named_determiners: str = ""
    # the nouns before a code-like name where the language puts them there ("des Radars X-4D")
    coded_after_nouns: dict[str, str] = {}
    # a brand set off by commas after its maker's noun ("its private-label home line, X."):
    # the maker's possessives and the nouns, regex alternations
    brand_determiners: str = ""
    brand_nouns: str = ""
    # a company by its owner: the clause between its name and the owner's ("…, which is owned
    # by Muster"), and what closes the clause after the owner where the verb follows it
    # ("…, die zu Muster gehört"); regexes, empty where none are listed
    # the prepositions before a name joined by a conjunction to a company's apposition ("mit Acme
    # und dem Hersteller Muster"): the name is a company too; a regex alternation
    joined_before: str = ""
    owned_clause: str = ""
    owned_end: str = ""
    # a company by its listing in the clause after its name ("…, which is preparing an initial
    # public offering"): a regex, empty where none is listed
    listing_clause: str = ""
    # companies named as examples of a plural trade noun ("joint ventures such as X and Y"):
    # the nouns with their type and the words of examples after them (a regex alternation)
    example_nouns: dict[str, str] = {}
    example_words: str = ""
    place_before: str = ""
    place_after_organisation: str = ""
    # the endings of the language's town names ("-dorf"), by which a town too small for the
    # city list is told after a company noun and that word ("der Hersteller aus Xdorf")
    town_endings: str = ""
    place_compound: str = ""
    # a word naming a region's kind after its name ("Yamanashi Prefecture"): the place is
    # the name with it, not the listed city of the same name
    region_words: str = ""
    # "in X mitteilte": the words around a city where a company announced something
    place_report_before: str = ""
    place_report_after: str = ""
    # "aus X bei München": the words before a town and before the catalogued place beside it
    place_near_before: str = ""
    place_near: str = ""
    # a catalogued city's adjective before a noun or name: groups "name" and "ending"
    place_adjective: str = ""
    # a stem ending of a city's adjective → the ending of the city's name ("Darmstädter": "städt" → "stadt")
    place_adjective_stems: dict[str, str] = {}
    # a city's adjective → the city it names ("Göttinger" → "Göttingen"): read before the stem,
    # for the adjectives the stem does not spell
    city_adjectives: dict[str, str] = {}
    # the first half of a coordinated compound before a noun ("Pharma- und Technologiekonzern")
    truncated_compound: str = ""
    # a city's adjective before a company noun that is singular only after that article
    place_adjective_singular: str = ""
    unit_before: str = ""
    unit_before_single: str = ""
    # after a unit's name, the words before the company that owns it ("die Sparte X beim
    # Konkurrenten Y", "the X unit at rival Y"): that company's unit, not the passage's
    unit_owner_after: str = ""
    # after these a one-word name is a unit only beside another unit of the company found
    unit_before_sibling: str = ""
    # after these only a name of words joined by "&" is a unit ("im Bereich Pulp & Paper")
    unit_before_joined: str = ""
    unit_before_plural: str = ""
    unit_after: str = ""
    # the plural ones of those, before which names joined by a conjunction are units of their own
    unit_after_plural: str = ""
    unit_determiners: str = ""
    # a capitalised unit noun that ends the unit's own name, after a possessive only ("its
    # Infrastructure Solutions Group"); after an article the name is as often a company's
    # ("the London Stock Exchange Group")
    unit_titled: str = ""
    unit_possessives: str = ""
    unit_name_joins: str = "&"
    # the word that joins a second word into the name after a singular unit noun ("die Sparte
    # Waffe und Munition"); empty: a name after the noun is never so joined
    unit_single_name_and: str = ""
    # an apposition after a name opening the sentence that makes it a unit or brand ("X, the
    # company's sneaker label, posted"), the words after it that may make it a subject's
    # apposition instead ("which"), and the opening words that are no name ("Separately");
    # empty: no such name is read
    unit_opening_apposition: str = ""
    unit_opening_not_after: str = ""
    unit_opening_not: list[str] = []
    # the result words that open a line of a list of results after a name and a colon ("- X:
    # Umsatz 9,6 Milliarden Euro", "* X: revenue $5.4 billion"), which make the name a unit's,
    # and the names that open such a line as no unit (the group, the outlook); empty: no list
    # line names a unit
    unit_list_line: str = ""
    unit_list_line_not: list[str] = []
    # what follows a unit's name whose last capitalised word is then the object of a verb that
    # closes the clause ("die Tochter Acme Lagerhallen automatisiert"), in languages whose
    # nouns are capitalised; empty: a name's last word is never so read
    unit_object_verb_after: str = ""
    # the spelling of that object noun, and the determiner of a case before the unit's cue that
    # makes the unit no subject ("der Sparte X"); empty: any capitalised word, no determiner
    unit_object_noun: str = ""
    unit_object_oblique: str = ""
    # the word that opens a verb-final clause before the unit's cue ("dass die Tochter …"): only
    # such a clause puts an object between the subject and its verb; empty: none does
    unit_object_clause: str = ""
    # the sales and the verb of their move after a name of capitalised words joined by "&" that
    # make it a line of business of the article's company ("Wines & Spirits sales fell 6%"), and
    # after which the verb alone does so for another such name in that sentence ("Perfumes &
    # Cosmetics rose 5%"); empty: no such cue
    unit_joined_sales: str = ""
    unit_joined_moves: str = ""
    # capitalised words that name a line of business ("Diagnostics", "Pharmaceuticals"): after
    # a company's name they name its unit ("Acme Diagnostics"), and before a unit noun one of
    # them alone is the unit's name ("the Pharmaceuticals division"); empty: no such words
    unit_name_words: list[str] = []
    roles: DiscoveryRoles


class Detection(_Table):
    markers: str


class Credits(_Table):
    patterns: list[str]
    # right after an organisation: it is named only as the owner of another named company
    # ("UBTech's smaller rival, Dexmate …"), so it is not what the sentence is about
    possessed_relative: str = ""
    # right before an organisation, after a name: it is the parent of the unit named first
    # ("X, the transmission unit of "); right after it in the headline: the headline speaks of
    # its unit ("Y power-grid unit jumps"); empty: no such words
    unit_parent_before: str = ""
    unit_parent_after: str = ""


class Lexicon(_Table):
    """``lexicon.toml`` of a language package: the words of every rule."""

    references: References
    relations: list[RelationRule]
    roles: Roles
    covers: Covers
    membership: Membership
    listing: Listing
    issuer_block: IssuerBlock | None = None
    places: Places
    rivals: Rivals
    units: Units
    relation_cues: RelationCues
    clauses: Clauses
    ratings: Ratings
    metrics: list[Metric]
    figures: Figures
    periods: Periods
    attribution: Attribution
    discovery: Discovery
    detection: Detection
    credits: Credits


class QuantityWords(_Table):
    """``quantities.toml`` of a language package: the words around numbers."""

    scale: dict[str, str]
    minor_currency: dict[str, str]
    currency_after: dict[str, str]
    # a currency word several countries use ("Kronen", "crowns"): its codes, one of
    # which an explicit mention earlier in the article chooses ("SEK|NOK|DKK")
    currency_ambiguous: dict[str, str] = {}
    percent: dict[str, str]
    points: list[str]
    multiple: list[str]
    qualifier_before: dict[str, str]
    qualifier_after: dict[str, str]
    sign_words: dict[str, str]
    range_to: list[str]
    range_between: list[str]
    range_and: list[str]
    # words joining a list of numbers with one percent sign after the last ("5,2 und 4,4 Prozent")
    percent_listed: list[str] = []
    # words of "respectively" joining a bare number to an amount whose currency stands after it
    # only ("620 beziehungsweise 605 Euro"): the number is an amount of that currency too
    amount_listed: list[str] = []
    # the percent words of a change in points ("percentage points", "Basispunkte"): a number
    # in them and one in plain percent are a change and a level, never a range's two ends
    percent_change: list[str] = []
    months: list[str]
    ordinal_nouns: list[str]
    year_cues: list[str]
    time_words: list[str]
    times_words: list[str] = []
    times_objects: list[str] = []
    times_modifiers: list[str] = []
    particle_qualifiers: list[str] = []
    particle_before: list[str] = []
    # a verb and its particle that reads as a qualifier ("handed over 657 jets"): no qualifier
    verb_particles: list[str] = []
    comparison: list[str]
    change_to: list[str]
    change_from: list[str]
    range_to_not_before: list[str]
    # words right before "18% to 20%" that make it a range, not a move ("growth of 9% to 11%")
    range_before: list[str] = []
    # words right after "from $3.55 to $3.75" that make it the range of before, not a change
    range_after: list[str] = []
    # such words that say so only where the clause ends right after them ("narrowed it to $3.00
    # to $3.15, from $2.90 to $3.15 before."); "from $20 to $25 before the close" is a move
    range_after_closing: list[str] = []
    # words right before "from $44 to $66" that make it a span of values, not a change
    # ("price targets ranging from $44 to $66", "targets range from $40 to $56")
    range_from: list[str] = []
    # verbs of change right before "$4 to $212" that make it a move and the level it moved to,
    # not a range ("shares rose $4 to $212", "fell 4p to 312p")
    move_before: list[str] = []
    # a word between such a verb and the move ("fell by 2,400 to 321,800")
    move_particles: list[str] = []
    # nouns right after "5% to 7%" that make it a range, not a move ("its 5% to 7% target range")
    range_nouns: list[str] = []
