"""Rival models on sentences written for these tests (catalogued companies and models, invented
figures): a model measured against others after "schneidet … besser ab als" with the model after
the verb, and in the subjunctive of reported speech; a model told by "the model", "das Modell" or
a pronoun in such a comparison, read as the one model the sentence before names. Each with a
look-alike that keeps its other reading."""

from __future__ import annotations

from helpers import run

from kg.nlp.extract import Extractor


def _rivals(extractor: Extractor, body: str, lang: str) -> set[tuple[str, str]]:
    """Each competitorOf in the text as (subject, object)."""
    x = run(extractor, body, lang=lang, headline="Marktbericht" if lang == "de" else "Market report")
    return {(r.subject, r.object) for r in x.relations if r.predicate == "competitorOf"}


# --- "schneidet X besser ab als Y": the model after the verb ---------------------------------


def test_model_after_the_verb_is_measured_against_the_models_after_als(extractor: Extractor) -> None:
    rivals = _rivals(extractor, "In den Vergleichstests schneidet Qwen3 besser ab als GPT-5 von OpenAI "
                     "und Llama 4 von Meta.", "de")
    assert {("Qwen3", "GPT-5"), ("Qwen3", "Llama 4")} <= rivals


def test_model_measured_in_reported_speech_rivals_the_models_after_als(extractor: Extractor) -> None:
    rivals = _rivals(extractor, "In den Vergleichstests schneide Qwen3 besser ab als GPT-5 von OpenAI, "
                     "schreibt Alibaba.", "de")
    assert ("Qwen3", "GPT-5") in rivals


def test_company_measured_after_the_verb_is_no_rival(extractor: Extractor) -> None:
    """Look-alike: two companies' quarters compared, no rivalry named; never a model's rival."""
    rivals = _rivals(extractor, "Im dritten Quartal schnitt Siemens mit 4 Prozent Wachstum besser ab "
                     "als ABB.", "de")
    assert rivals == set()


# --- a model told by its noun or a pronoun ---------------------------------------------------


def test_the_model_after_a_launch_is_the_model_launched(extractor: Extractor) -> None:
    rivals = _rivals(extractor, "DeepSeek released DeepSeek-V4 on Monday. The company said the model "
                     "matches OpenAI's GPT-5 on math and coding tests.", "en")
    assert ("DeepSeek-V4", "GPT-5") in rivals


def test_a_pronoun_after_a_launch_is_the_model_launched(extractor: Extractor) -> None:
    rivals = _rivals(extractor, "DeepSeek released DeepSeek-V4 on Monday. It matches OpenAI's GPT-5 on "
                     "math and coding tests, the company said.", "en")
    assert ("DeepSeek-V4", "GPT-5") in rivals


def test_the_model_opening_the_sentence_is_the_model_launched(extractor: Extractor) -> None:
    rivals = _rivals(extractor, "DeepSeek released DeepSeek-V4 on Monday. The model is open-weight and "
                     "matches OpenAI's GPT-5 on math and coding tests.", "en")
    assert ("DeepSeek-V4", "GPT-5") in rivals


def test_the_model_measured_against_a_company_rivals_no_company(extractor: Extractor) -> None:
    """Look-alike: the one beaten is a company; a model is never the rival of a company."""
    rivals = _rivals(extractor, "DeepSeek released DeepSeek-V4 on Monday. The model is open-weight and "
                     "beats OpenAI on math and coding tests.", "en")
    assert not any("DeepSeek-V4" in pair for pair in rivals)


def test_the_model_after_two_launched_models_is_left_open(extractor: Extractor) -> None:
    """Look-alike: the sentence before names two models; which one is measured is left open."""
    rivals = _rivals(extractor, "DeepSeek released DeepSeek-V4 and DeepSeek-R1 on Monday. The company "
                     "said the model matches OpenAI's GPT-5 on math and coding tests.", "en")
    assert not {("DeepSeek-V4", "GPT-5"), ("DeepSeek-R1", "GPT-5")} & rivals


def test_the_model_after_a_sentence_naming_none_is_left_open(extractor: Extractor) -> None:
    """Look-alike: no model named before; the model of the company's earlier text is not guessed."""
    rivals = _rivals(extractor, "DeepSeek released DeepSeek-V4 in May. The startup raised its prices on "
                     "Monday. The company said the model matches OpenAI's GPT-5 on math tests.", "en")
    assert ("DeepSeek-V4", "GPT-5") not in rivals


def test_das_modell_after_a_launch_is_the_model_launched(extractor: Extractor) -> None:
    rivals = _rivals(extractor, "Xiaomi hat am Mittwoch sein Sprachmodell MiMo-2 vorgestellt. Das Modell "
                     "schneidet nach Angaben des Konzerns in Tests besser ab als DeepSeek-V3.2 und Qwen3 "
                     "von Alibaba.", "de")
    assert {("MiMo-2", "DeepSeek-V3.2"), ("MiMo-2", "Qwen3")} <= rivals


def test_es_after_the_comparing_verb_is_the_model_launched(extractor: Extractor) -> None:
    rivals = _rivals(extractor, "Baidu hat das Sprachmodell Ernie 5 vorgestellt. Nach Angaben des "
                     "Unternehmens übertrifft es in mehreren Tests GPT-5 von OpenAI.", "de")
    assert ("Ernie 5.0", "GPT-5") in rivals


def test_the_company_after_a_launch_measured_against_a_company_rivals_no_model(extractor: Extractor) -> None:
    """Look-alike: "Das Unternehmen" is the company; a model is never the rival of a company."""
    rivals = _rivals(extractor, "Xiaomi hat am Mittwoch sein Sprachmodell MiMo-2 vorgestellt. Das "
                     "Unternehmen schneidet in Tests besser ab als Alibaba.", "de")
    assert not any("MiMo-2" in pair for pair in rivals)


# --- the competition a speaker points to or a company suffers ---------------------------------


def test_company_noun_pointing_to_competition_names_its_rivals(extractor: Extractor) -> None:
    rivals = _rivals(extractor, "PDD Holdings hat enttäuscht. Das in Dublin ansässige Unternehmen verweist "
                     "auf höhere Zölle und den harten Wettbewerb mit Alibaba und JD.com.", "de")
    assert {("PDD Holdings", "Alibaba Group"), ("PDD Holdings", "JD.com")} <= rivals


def test_analyst_pointing_to_competition_in_a_roundup_lends_no_rival(extractor: Extractor) -> None:
    """Look-alike: an analyst's words in a text on another company may speak of any company
    the passage rates; the article's company is no rival of the names after them."""
    rivals = _rivals(extractor, "Infineon hat die Prognose gesenkt. Die Aktie fiel um 3 Prozent. "
                     "Infineon-Chef Jochen Hanebeck sprach von einem schwierigen Jahr. Dagegen senkte "
                     "Berenberg sein Votum für Zalando auf \"Hold\". Berenberg-Analyst Tobias Reimann "
                     "verweist auf den harten Wettbewerb mit Shein und Temu.", "de")
    assert not {("Infineon Technologies", "Shein"), ("Infineon Technologies", "Temu")} & rivals


def test_company_referred_to_suffering_competition_rivals_the_names_after(extractor: Extractor) -> None:
    rivals = _rivals(extractor, "Zalando hat die Prognose gesenkt. Der Konzern leide unter dem harten "
                     "Wettbewerb mit Billiganbietern wie Shein und Temu, hieß es.", "de")
    assert {("Zalando", "Shein"), ("Zalando", "Temu")} <= rivals


def test_company_called_by_its_trade_lends_its_rivals_to_no_other_company(extractor: Extractor) -> None:
    """Look-alike: in a text on a chipmaker, "der Online-Modehändler" is a retailer the text
    may leave unnamed; the chipmaker is no rival of the retailer's rivals."""
    rivals = _rivals(extractor, "Infineon hat die Prognose gesenkt. Die Aktie fiel um 3 Prozent. Der "
                     "Online-Modehändler leide unter dem harten Wettbewerb mit Billiganbietern wie Shein "
                     "und Temu, hieß es.", "de")
    assert not {("Infineon Technologies", "Shein"), ("Infineon Technologies", "Temu")} & rivals


def test_company_named_before_the_competition_is_the_rival_not_the_articles(extractor: Extractor) -> None:
    """Look-alike: a company named as the speaker is the one whose rival is named."""
    rivals = _rivals(extractor, "BASF hat Zahlen vorgelegt. Siemens verweist auf den harten Wettbewerb "
                     "mit ABB.", "de")
    assert ("Siemens", "ABB") in rivals
    assert ("BASF", "ABB") not in rivals
