"""Relation families of the ninth round, on sentences written for the test:
an index named in an apposition or by the compound that announces the news,
and a rival coordinated into a list of rivals.

Companies are real catalogue entries; the facts are invented. Each positive
case has a look-alike beside it that must yield nothing.
"""

from __future__ import annotations

from helpers import run, triples

from kg.catalogue import load_catalogue
from kg.nlp.document import Document, Sentence
from kg.nlp.extract import Extractor
from kg.nlp.gazetteer import Mention
from kg.nlp.relations import find_relations

# --- memberOf: the index in an apposition, or in the compound announcing the news ----


def test_index_in_an_apposition_names_the_company_before_the_comma(extractor: Extractor) -> None:
    # the sentence names two companies; the index stands in the first one's apposition
    x = run(extractor, "Auch Hornbach, die im SDax notierte Tochter der Henkel, legte am Montag "
                       "zu.", headline="Baumärkte")
    members = {(s, o) for s, p, o in triples(x) if p == "memberOf"}
    assert ("Hornbach", "SDAX") in members
    assert ("Henkel", "SDAX") not in members
    x = run(extractor, "Hornbach, a member of the SDAX, and Henkel rose on Monday.", lang="en",
            headline="DIY stores")
    members = {(s, o) for s, p, o in triples(x) if p == "memberOf"}
    assert members == {("Hornbach", "SDAX")}


def test_index_after_a_name_in_the_apposition_is_that_names(extractor: Extractor) -> None:
    # look-alike: a name stands between the comma and the index; the index is not the first's
    x = run(extractor, "Auch Hornbach, die Henkel im SDax vertritt, legte am Montag zu.",
            headline="Baumärkte")
    assert ("Hornbach", "memberOf", "SDAX") not in triples(x)


def test_index_component_in_an_english_apposition(extractor: Extractor) -> None:
    x = run(extractor, "Shares of Nvidia, a Dow component, rose 3% on Monday.", lang="en",
            headline="Chip stocks")
    assert ("Nvidia", "memberOf", "Dow Jones Industrial Average") in triples(x)


def test_index_compound_of_another_noun_names_the_company_after_it(extractor: Extractor) -> None:
    # look-alikes: "a rival of the Dow component Intel", "ein Konkurrent des Dax-Konzerns
    # Henkel": the compound names the company right after it, not the one apposed before
    x = run(extractor, "Nvidia, a rival of the Dow component Intel, rose 3% on Monday.",
            lang="en", headline="Chip stocks")
    members = {(s, o) for s, p, o in triples(x) if p == "memberOf"}
    assert members == {("Intel", "Dow Jones Industrial Average")}
    x = run(extractor, "Hornbach, ein Konkurrent des Dax-Konzerns Henkel, legte am Montag zu.",
            headline="Baumärkte")
    members = {(s, o) for s, p, o in triples(x) if p == "memberOf"}
    assert members == {("Henkel", "DAX")}


def test_announcing_index_compound_is_the_article_company(extractor: Extractor) -> None:
    # "das Unternehmen" resolves to the article's company: the compound announcing the news is it
    x = run(extractor, "Lanxess senkt die Prognose. Für das laufende Jahr erwartet das "
                       "Unternehmen weniger Umsatz, wie der Kölner MDax-Konzern am Montag "
                       "mitteilte.", headline="Lanxess senkt Prognose")
    assert ("Lanxess", "memberOf", "MDAX") in triples(x)


def test_index_compound_as_an_object_is_no_announcer(extractor: Extractor) -> None:
    # look-alike: the compound is the object of the clause, another company than the one named
    x = run(extractor, "Lanxess senkt die Prognose. Das Unternehmen will den Kölner "
                       "MDax-Konzern übernehmen, hieß es am Montag.", headline="Lanxess senkt Prognose")
    assert ("Lanxess", "memberOf", "MDAX") not in triples(x)


# --- competitorOf: a rival noun coordinated into the object list of "competes with" ---


def test_rival_after_a_governed_list_belongs_to_the_sentence_subject(extractor: Extractor) -> None:
    # "with ABB and Schneider Electric": both are objects; "and the rival Hitachi" is a third
    x = run(extractor, "Siemens competes with ABB and Schneider Electric in grid equipment, "
                       "and the rival Hitachi in trains.", lang="en", headline="Grid makers")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert frozenset(("Siemens", "Hitachi")) in rivals
    assert frozenset(("Schneider Electric", "Hitachi")) not in rivals


def test_rival_noun_apposed_to_a_governed_name_is_that_names(extractor: Extractor) -> None:
    # look-alike: "with ABB, the rival of Hitachi": the rival noun is ABB's apposition
    x = run(extractor, "Siemens signed a deal with ABB, the rival of Hitachi.", lang="en",
            headline="Grid makers")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert frozenset(("ABB", "Hitachi")) in rivals
    assert frozenset(("Siemens", "Hitachi")) not in rivals


# --- investsIn: investors named as examples, a relative clause's holder ----------------


def test_investor_examples_with_a_holding_in_another_clause_give_no_stake(
        extractor: Extractor) -> None:
    # the holding verb stands in a relative clause about the investors' other holdings
    x = run(extractor, "Hornbach hat Interesse von Investoren wie KKR geweckt, die an mehreren "
                       "Händlern beteiligt sind.", headline="Baumärkte")
    assert not {t for t in triples(x) if t[1] == "investsIn"}
    x = run(extractor, "Hornbach has attracted interest from investors such as KKR, which holds "
                       "stakes in several retailers.", lang="en", headline="DIY stores")
    assert not {t for t in triples(x) if t[1] == "investsIn"}


def test_investor_list_that_holds_the_company_gives_each_a_stake(extractor: Extractor) -> None:
    # look-alike: the list's own commas lead on to the verb that says they hold it
    x = run(extractor, "An Hornbach sind Investoren wie KKR, Blackstone und Apollo beteiligt.",
            headline="Baumärkte")
    holders = {s for s, p, o in triples(x) if p == "investsIn" and o == "Hornbach"}
    assert {"KKR", "Blackstone"} <= holders


def test_relative_clause_holder_is_never_the_one_held(extractor: Extractor) -> None:
    # "Y, an dem X beteiligt ist": X holds Y; never Y X
    x = run(extractor, "Hornbach, an dem KKR seit Jahren beteiligt ist, wächst.",
            headline="Baumärkte")
    assert ("Hornbach", "investsIn", "KKR") not in triples(x)
    x = run(extractor, "KKR ist seit Jahren an Hornbach beteiligt.", headline="Baumärkte")
    assert ("KKR", "investsIn", "Hornbach") in triples(x)


# --- a relative clause after a rival: no list item, passed over for the subject ------


def test_relative_clause_after_a_rival_adds_no_rival_and_keeps_the_subject(
        extractor: Extractor) -> None:
    # "der … von ADNOC übernommen wurde": ADNOC is the buyer in a relative clause, no rival;
    # the clause's subject BASF comes after the clause
    x = run(extractor, "Mit dem Rivalen Covestro, der 2025 von ADNOC übernommen wurde, liefert "
                       "sich BASF ein Rennen.", headline="Chemie")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert rivals == {frozenset(("BASF", "Covestro"))}
    assert ("ADNOC", "acquired", "Covestro") in triples(x)


def test_article_and_small_words_after_a_comma_still_continue_a_rival_list(
        extractor: Extractor) -> None:
    # look-alike: "A und die chinesische B", "A, die französische B": list items, no relative
    x = run(extractor, "BASF meldet Zahlen. Zu den Konkurrenten zählen Covestro, die "
                       "amerikanische Dow und Lanxess.", headline="BASF")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert frozenset(("BASF", "Covestro")) in rivals
    assert frozenset(("BASF", "Lanxess")) in rivals


# --- subsidiaryOf from a unit cue: not to a company the sentence does not name ------


def _unit_sentence(text: str, owner: str, named: list[tuple[str, str]]) -> Document:
    """A one-sentence document whose unit cue "Division Smart Buildings" was
    given ``owner``, and whose ``named`` (surface, label) companies are found."""
    mentions = [Mention(text.index(surface), text.index(surface) + len(surface), label,
                        "Company", surface) for surface, label in named]
    start = text.index("Smart Buildings")
    mentions.append(Mention(start, start + len("Smart Buildings"), "Smart Buildings",
                            "BusinessUnit", "Smart Buildings", "discovery/unit-cue", owner=owner))
    mentions.sort(key=lambda m: m.start)
    sentence = Sentence(start=0, text=text, mentions=mentions)
    return Document(lang="de", sentences=[sentence], catalogue=load_catalogue())


def test_unit_cue_owner_the_sentence_does_not_name_gives_no_parent() -> None:
    text = ("Die Managerin soll in die Konzernleitung von Siemens aufrücken und dort die neue "
            "Division Smart Buildings führen.")
    found = {(r.subject, r.predicate, r.object)
             for r in find_relations(_unit_sentence(text, "Kone", [("Siemens", "Siemens")]))}
    assert ("Smart Buildings", "subsidiaryOf", "Kone") not in found


def test_unit_cue_owner_named_or_alone_keeps_its_parent() -> None:
    # look-alikes: the owner is the company named, or the sentence names no company at all
    text = ("Die Managerin soll in die Konzernleitung von Siemens aufrücken und dort die neue "
            "Division Smart Buildings führen.")
    found = {(r.subject, r.predicate, r.object)
             for r in find_relations(_unit_sentence(text, "Siemens", [("Siemens", "Siemens")]))}
    assert ("Smart Buildings", "subsidiaryOf", "Siemens") in found
    text = "Die neue Division Smart Buildings legte im Quartal kräftig zu."
    found = {(r.subject, r.predicate, r.object)
             for r in find_relations(_unit_sentence(text, "Kone", []))}
    assert ("Smart Buildings", "subsidiaryOf", "Kone") in found


# --- subsidiaryOf: "die Billigtochter X" after a sibling unit named the same way -----


def test_unit_noun_after_a_sibling_unit_is_the_article_companys(extractor: Extractor) -> None:
    # the sentence before names another unit, with a unit noun: a sibling, no other parent
    x = run(extractor, "Lufthansa hebt die Prognose. Im Sommer flog vor allem die Frachttochter "
                       "Lufthansa Cargo Gewinne ein. Die Billigtochter Eurowings steigerte ihren "
                       "Umsatz um 8 Prozent.", headline="Lufthansa hebt Prognose")
    assert ("Eurowings", "subsidiaryOf", "Lufthansa") in triples(x)


def test_unit_noun_after_another_company_stays_without_parent(extractor: Extractor) -> None:
    # look-alike: the sentence before names a rival, which might be the parent meant; the unit
    # is one the catalogue does not know (it records Eurowings as Lufthansa's)
    x = run(extractor, "Lufthansa hebt die Prognose. Im Sommer flog vor allem der Rivale Ryanair "
                       "Gewinne ein. Die Billigtochter Flyvela steigerte ihren Umsatz um 8 "
                       "Prozent.", headline="Lufthansa hebt Prognose")
    assert not {t for t in triples(x) if t[0] == "Flyvela" and t[1] == "subsidiaryOf"}


# --- memberOf: a bank whose shares the sentence speaks of ----------------------------


def test_bank_whose_shares_top_the_index_is_a_member(extractor: Extractor) -> None:
    x = run(extractor, "Siemens meldet Zahlen. Siemens wächst. Die Aktien der Deutschen Bank "
                       "zogen um 3 Prozent an und waren damit der größte Gewinner im Dax.",
            headline="Siemens wächst")
    assert ("Deutsche Bank", "memberOf", "DAX") in triples(x)


def test_bank_as_the_analyst_of_an_index_member_is_none(extractor: Extractor) -> None:
    # look-alike: the bank comments; the company it comments on is the member
    x = run(extractor, "Siemens meldet Zahlen. Siemens wächst. Analysten der Deutschen Bank "
                       "sehen Siemens als Favoriten im Dax.", headline="Siemens wächst")
    assert ("Deutsche Bank", "memberOf", "DAX") not in triples(x)


# --- competitorOf: "goes up against X"; a bare "against" needs a name close after ------


def test_goes_up_against_names_rivals(extractor: Extractor) -> None:
    x = run(extractor, "Gemini 3 goes up against OpenAI's GPT-5 and Anthropic's Claude.",
            lang="en", headline="AI models")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert frozenset(("Gemini 3", "GPT-5")) in rivals
    assert frozenset(("Gemini 3", "Claude")) in rivals


def test_against_a_backdrop_compares_no_one(extractor: Extractor) -> None:
    # look-alikes: "went up against the backdrop of …", "rose against the backdrop of demand
    # from X": a rise, and X a customer, no rival
    for body in ("Nvidia said its shares went up against the backdrop of strong demand from "
                 "Microsoft.", "Nvidia shares rose against the backdrop of demand from Microsoft."):
        x = run(extractor, body, lang="en", headline="Chip stocks")
        assert not {t for t in triples(x) if t[1] == "competitorOf"}


def test_lawsuit_or_hedge_against_a_company_is_no_rivalry(extractor: Extractor) -> None:
    for body in ("Nvidia's lawsuit against Intel dragged on.",
                 "Nvidia hedged against the yen while Sony fell."):
        x = run(extractor, body, lang="en", headline="Chip stocks")
        assert not {t for t in triples(x) if t[1] == "competitorOf"}
    # look-alike: a verb of competition before "against" still names the rival
    x = run(extractor, "Nvidia competes against Intel in data centers.", lang="en",
            headline="Chip stocks")
    assert ("Nvidia", "competitorOf", "Intel") in triples(x)


# --- a list continued after a relative clause: "…, whose …, and from Y" -------------


def test_rival_list_continues_after_a_relative_clause(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia faces growing competition from AMD, whose data center sales "
                       "doubled, and from Intel, which is cutting prices.", lang="en",
            headline="Nvidia")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert frozenset(("Nvidia", "Intel")) in rivals
    assert frozenset(("Nvidia", "Advanced Micro Devices")) in rivals


def test_list_continued_only_with_the_name_right_after_the_preposition(
        extractor: Extractor) -> None:
    # look-alike: "and from rules that suit Intel": the name further on is no rival
    x = run(extractor, "Nvidia faces growing competition from AMD, whose sales doubled, and from "
                       "rules that suit Intel, which lobbies hard.", lang="en", headline="Nvidia")
    rivals = {frozenset((s, o)) for s, p, o in triples(x) if p == "competitorOf"}
    assert not {pair for pair in rivals if "Intel" in pair}


# --- memberOf: a plural index compound and the names it lists or is apposed to ------


def test_plural_index_compound_lists_its_members(extractor: Extractor) -> None:
    x = run(extractor, "Die Dax-Schwergewichte Siemens und SAP stiegen am Montag.",
            headline="Marktbericht")
    assert {("Siemens", "DAX"), ("SAP", "DAX")} <= {
        (s, o) for s, p, o in triples(x) if p == "memberOf"}
    x = run(extractor, "Nvidia, one of the biggest Dow components, rose 3%.", lang="en",
            headline="Market report")
    assert ("Nvidia", "memberOf", "Dow Jones Industrial Average") in triples(x)
    x = run(extractor, "Siemens, einer der größten Dax-Konzerne, stieg am Montag.",
            headline="Marktbericht")
    assert ("Siemens", "memberOf", "DAX") in triples(x)


def test_plural_index_compound_of_another_noun_names_no_member(extractor: Extractor) -> None:
    # look-alikes: a customer or supplier of index members is none itself
    for body, lang in (("Siemens, ein Kunde vieler Dax-Konzerne, stieg am Montag.", "de"),
                       ("Siemens, einer der Lieferanten der Dax-Konzerne, stieg am Montag.", "de"),
                       ("Nvidia, a supplier to Dow components, rose 3%.", "en")):
        x = run(extractor, body, lang=lang, headline="Marktbericht")
        assert not {t for t in triples(x) if t[1] == "memberOf"}
