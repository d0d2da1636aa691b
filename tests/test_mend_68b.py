"""False facts of English finance news mended by families of construction, on sentences
written for these tests (catalogued companies, invented figures and firms): an abbreviated
legal form ends a sentence where a capitalised word and a lower-case one follow ("… made by
Semiconductor Manufacturing International Corp. DeepSeek said …"), so the two names are no
joint name, but not before a ticker, another legal form or a title; customers new in a
period ("3,1 Millionen neue Vertragskunden gewann", "won 1.2 million new subscribers") are a
change of the customer base, `Other`, not its size; a quoted rating a verb of moving puts
after "to" is a rating whatever follows it ('cut the stock to "perform" to reflect …'),
while the bare verb before a purpose's "to" stays a verb; a company noun opening a sentence
after one that introduced a company with an indefinite apposition ("Corning, a maker of
optical fiber, said it won a contract from Meta. The company expects …") means that company,
not the article's; a further verb's phrase joined to an apposition's relative clause after an
unknown name ("X, a family-owned tannery in Y that employs about 210 people and had revenue of
€95mn") gives its figure to that name, so to no one known; a division a company's possessive
names, with an apposition after it ("LVMH's fashion division, home to …, reported a 2 per
cent decline"), owns the figure, not the company; the last of a list of names that was the
subject of a clause before ("AMD, Intel and Micron all rose on Tuesday, and revenue rose 5%")
owns no figure of the later clause. Each with a look-alike that keeps its other reading."""

from __future__ import annotations

from decimal import Decimal

from helpers import labels, metric_facts, rating_facts, run

from kg.nlp.extract import Extractor
from kg.nlp.pipeline import build_pipeline


def _sentences(text: str) -> list[str]:
    """The sentences the English pipeline splits ``text`` into."""
    return [s.text for s in build_pipeline("en")(text).sents]


# --- an abbreviated legal form ending a sentence -----------------------------------------

def test_legal_form_before_a_new_subject_ends_the_sentence() -> None:
    assert _sentences("The chips are made by Semiconductor Manufacturing International Corp. DeepSeek "
                      "said the model is cheaper.") == [
        "The chips are made by Semiconductor Manufacturing International Corp.",
        "DeepSeek said the model is cheaper."]


def test_legal_form_before_ticker_title_or_verb_keeps_the_sentence() -> None:
    """Look-alikes: a ticker, another legal form, a title or a verb after the form go on with
    the sentence."""
    for text in ("Pinterest Inc. PINS shares fell 3%.", "Morgan Stanley & Co. LLC is the adviser.",
                 "Sony Group Corp. Chief executive Kenichiro Yoshida said sales rose.",
                 "Microsoft Corp. said revenue rose 12%."):
        assert len(_sentences(text)) == 1, text


def test_names_across_a_legal_forms_sentence_end_are_no_joint_name(extractor: Extractor) -> None:
    x = run(extractor, "Huawei's Ascend chips are made by Semiconductor Manufacturing International Corp. "
            "DeepSeek said its model matches GPT-5.", lang="en", headline="Chip report")
    assert "Semiconductor Manufacturing International Corp. DeepSeek" not in labels(x)
    assert {"Semiconductor Manufacturing International", "DeepSeek"} <= labels(x)


def test_two_names_side_by_side_in_one_sentence_stay_a_joint_name(extractor: Extractor) -> None:
    """Look-alike: two catalogued names with only a space between inside a sentence are still
    one joint venture's name."""
    x = run(extractor, "Morgan Stanley MUFG analysts raised their target on Sony to 4,000 yen.", lang="en",
            headline="Sony rises")
    assert "Morgan Stanley MUFG" in labels(x)


# --- new customers of a period ------------------------------------------------------------

def test_new_customers_of_a_quarter_are_other_in_german(extractor: Extractor) -> None:
    x = run(extractor, "Die Deutsche Telekom hält 52 Prozent an T-Mobile US, die zuletzt 3,1 Millionen neue "
            "Vertragskunden im Quartal gewann.", headline="Telekom wächst")
    assert ("T-Mobile US", Decimal("3100000")) in metric_facts(x, "Other")
    assert not metric_facts(x, "Users")


def test_customers_in_all_stay_users_in_german(extractor: Extractor) -> None:
    """Look-alike: the customers a company has are its users."""
    x = run(extractor, "Die Deutsche Telekom hat inzwischen 260 Millionen Kunden.", headline="Telekom wächst")
    assert ("Deutsche Telekom", Decimal("260000000")) in metric_facts(x, "Users")


def test_new_subscribers_of_a_quarter_are_other_in_english(extractor: Extractor) -> None:
    x = run(extractor, "Verizon won 1.2 million new wireless subscribers in the quarter.", lang="en",
            headline="Verizon grows")
    assert metric_facts(x, "Other") == {("Verizon", Decimal("1200000"))}
    assert not metric_facts(x, "Users")


def test_subscribers_in_all_stay_users_in_english(extractor: Extractor) -> None:
    """Look-alike: a subscriber base is users."""
    x = run(extractor, "Verizon now has 146 million wireless subscribers.", lang="en", headline="Verizon grows")
    assert metric_facts(x, "Users") == {("Verizon", Decimal("146000000"))}


# --- a quoted rating before a purpose's "to" ----------------------------------------------

def test_quoted_rating_moved_to_before_a_purpose_is_a_rating(extractor: Extractor) -> None:
    x = run(extractor, 'Oppenheimer cut the stock to "perform" to reflect slower growth. Adobe shares fell 3%.',
            lang="en", headline="Adobe slides")
    assert ("Oppenheimer", "Adobe", "perform") in rating_facts(x)


def test_bare_verb_before_a_purpose_is_no_rating(extractor: Extractor) -> None:
    """Look-alike: the verb unquoted after "cut … to" and before another "to" is the verb."""
    x = run(extractor, "Oppenheimer said Adobe cut costs to perform to its plan. Adobe shares fell 3%.",
            lang="en", headline="Adobe slides")
    assert not rating_facts(x)
    assert ("Adobe", Decimal("-3")) in metric_facts(x, "StockPriceChange")


# --- a company noun after a name introduced by an apposition -------------------------------

def test_company_noun_after_an_introduced_name_means_it(extractor: Extractor) -> None:
    x = run(extractor, "Meta is expanding its data centers. Corning, a maker of optical fiber, said it won a "
            "supply contract from Meta worth $1.4 billion. The company, founded in 1851, expects revenue of "
            "about $16 billion in 2027.", lang="en", headline="Meta spends")
    assert metric_facts(x, "Revenue") == {("Corning", Decimal("16000000000"))}


def test_unknown_introduced_name_takes_the_company_nouns_figure(extractor: Extractor) -> None:
    x = run(extractor, "Meta is expanding its data centers. One winner: Kestrel Optics, a privately held maker "
            "of optical cable based in Austin, Texas, said it won a supply contract from Meta worth $1.4 "
            "billion. The company, founded in 2019, expects revenue of about $900 million in 2027.",
            lang="en", headline="Meta spends")
    assert metric_facts(x, "Revenue") == {("Kestrel Optics", Decimal("900000000"))}


def test_company_noun_after_a_name_introduced_as_an_object_means_the_subject(extractor: Extractor) -> None:
    """Look-alike: introduced after the sentence's subject, the name is only its object."""
    x = run(extractor, "Meta is expanding its data centers. Meta said it signed a supply contract with Corning, "
            "a maker of optical fiber, worth $1.4 billion. The company, founded in 2004, expects revenue of "
            "about $200 billion in 2027.", lang="en", headline="Meta spends")
    assert metric_facts(x, "Revenue") == {("Meta Platforms", Decimal("200000000000"))}


# --- a further verb of an apposition's relative clause -------------------------------------

def test_further_verb_of_an_apposition_clause_after_an_unknown_name_is_no_ones(extractor: Extractor) -> None:
    x = run(extractor, "Prada said it would pay 80 million euros for 60% of Conceria Valdarno, a family-owned "
            "tannery in Arezzo that employs about 210 people and had revenue of €95mn last year.", lang="en",
            headline="Prada buys into tannery")
    assert not metric_facts(x, "Revenue")
    assert ("Prada", Decimal("80000000")) in metric_facts(x, "Investment")


def test_further_verb_of_an_apposition_clause_after_a_known_name_is_its(extractor: Extractor) -> None:
    """Look-alike: the apposition describes a name the extractor knows."""
    x = run(extractor, "Henkel, a company in Duesseldorf that employs about 47,000 people and had revenue of "
            "€21bn last year, agreed to buy a supplier.", lang="en", headline="Henkel buys supplier")
    assert ("Henkel", Decimal("21000000000")) in metric_facts(x, "Revenue")


# --- a possessed division with an apposition ----------------------------------------------

def test_possessed_division_before_an_apposition_owns_its_figure(extractor: Extractor) -> None:
    x = run(extractor, "By contrast, LVMH's fashion and leather goods division, home to Louis Vuitton and "
            "Dior, reported a 2 per cent decline in the same period.", lang="en", headline="Luxury report")
    assert not [f for f in x.figures if f.about == "LVMH"]


def test_company_with_an_apposition_keeps_its_figure(extractor: Extractor) -> None:
    """Look-alike: the company itself, not a division of it, before the apposition."""
    x = run(extractor, "By contrast, LVMH, home to Louis Vuitton and Dior, reported a 2 per cent decline in "
            "sales in the same period.", lang="en", headline="Luxury report")
    assert ("LVMH", Decimal("-2")) in metric_facts(x, "RevenueGrowth")


# --- the last of a list before a later clause ----------------------------------------------

def test_last_of_a_listed_subject_owns_no_figure_of_a_later_clause(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia reported results on Monday. AMD, Intel and Micron all rose on Tuesday, and "
            "revenue rose 5% in the quarter.", lang="en", headline="Nvidia beats")
    assert not metric_facts(x, "RevenueGrowth")


def test_single_subject_keeps_the_figure_of_a_later_clause(extractor: Extractor) -> None:
    """Look-alike: one name as the subject before still owns the later clause's figure."""
    x = run(extractor, "Nvidia reported results on Monday. Micron rose on Tuesday, and revenue rose 5% in the "
            "quarter.", lang="en", headline="Nvidia beats")
    assert metric_facts(x, "RevenueGrowth") == {("Micron Technology", Decimal("5"))}


def test_a_name_and_its_apposition_are_no_list_of_subjects(extractor: Extractor) -> None:
    """Look-alike of the list opening a sentence: a name and the noun of its apposition name one
    company, which keeps the figure of the clause after the colon."""
    x = run(extractor, "Delivery Hero, der Marktführer bei Essenslieferungen, rutschte im vierten Quartal "
            "in die roten Zahlen: Der Nettoverlust lag bei 120 Millionen Euro.",
            headline="Delivery Hero mit Verlust")
    assert ("Delivery Hero", "Profit", Decimal("-120000000")) in {(f.about, f.metric, f.value)
                                                                   for f in x.figures}


def test_an_analyst_and_his_house_are_no_list_of_subjects(extractor: Extractor) -> None:
    """Look-alike: "Analyst X von Y sprach …; die Bewertung mit einem KGV von 17" is the house's
    view of the company it rated, not a figure left to no one."""
    x = run(extractor, "Vontobel erhöhte das Kursziel für Nestlé auf 92 Franken. Analyst Hans Muster von "
            "Vontobel sprach von einer Wende; die Bewertung mit einem Kurs-Gewinn-Verhältnis von 17 "
            "für 2027 sei nicht zu hoch.", headline="Nestlé legt zu")
    assert ("Nestlé", "ValuationMultiple", "Vontobel") in {(f.about, f.metric, f.estimated_by)
                                                           for f in x.figures}
