"""Asia-Pacific and Canadian large caps, brokers, activist investors and AI
models added from whole lists (Nikkei 225, Kospi, Taiwan 50, Hang Seng China
Enterprises and US-listed Chinese shares, Nifty 50 and Nifty 100, S&P/ASX 20
and 50, S&P/TSX 60): a few members of each list are found in sentences written
for these tests, with their facts; short names that are ordinary words, places
or common names stay unmatched in prose, and a longer name no longer reads as
the catalogued name it begins with ("Tokio Marine" is no city, "Samsung SDS" no
Samsung Electronics)."""

from __future__ import annotations

import pytest

from kg.catalogue import Catalogue
from kg.nlp.gazetteer import Gazetteer

# (written sentence, the catalogue labels it names, left to right)
MEMBERS = [
    # Nikkei 225
    ("Makita, Shimano und Sysmex legten in Tokio zu, Unicharm gab nach.",
     ["Makita", "Shimano", "Sysmex", "Tokyo", "Unicharm"]),
    ("Shares of Tokio Marine, Daiwa House and Japan Post Bank rose; SoftBank Corp. fell.",
     ["Tokio Marine Holdings", "Daiwa House Industry", "Japan Post Bank", "SoftBank Corp."]),
    ("Kokusai Electric (TYO: 6525) und Hamamatsu Photonics profitierten vom Chipboom.",
     ["Kokusai Electric", "Tokyo Stock Exchange", "Kokusai Electric", "Hamamatsu Photonics"]),
    # Kospi
    ("KB Financial, Coway und KakaoBank stiegen in Seoul, Hyundai Glovis fiel.",
     ["KB Financial Group", "Coway", "KakaoBank", "Seoul", "Hyundai Glovis"]),
    ("Samsung SDS and Samsung Fire & Marine gained while HD Hyundai Electric slipped.",
     ["Samsung SDS", "Samsung Fire & Marine Insurance", "HD Hyundai Electric"]),
    # Taiwan 50
    ("AUO, Innolux und Chailease fielen, die China-Airlines-Aktie stieg.",
     ["AUO", "Innolux", "Chailease Holding", "China Airlines"]),
    # Hang Seng China Enterprises and US-listed Chinese shares
    ("Yum China, ZTO Express and Luckin Coffee beat estimates; Weichai Power missed.",
     ["Yum China", "ZTO Express", "Luckin Coffee", "Weichai Power"]),
    ("Die Papiere von China Vanke und Dongfeng Motor fielen, JinkoSolar legte zu.",
     ["China Vanke", "Dongfeng Motor Group", "JinkoSolar"]),
    ("Air China, China Citic Bank und Sinopharm fielen, Anhui Conch Cement stieg.",
     ["Air China", "China Citic Bank", "Sinopharm Group", "Anhui Conch Cement"]),
    # Nifty 50
    ("Tata Steel, JSW Steel and Coal India fell; Hindustan Unilever and Nestlé India rose.",
     ["Tata Steel", "JSW Steel", "Coal India", "Hindustan Unilever", "Nestlé India"]),
    ("Axis Bank, Hindalco und Zomato stiegen in Mumbai, Maruti Suzuki fiel.",
     ["Axis Bank", "Hindalco Industries", "Eternal Ltd.", "Mumbai", "Maruti Suzuki"]),
    ("Sun Pharma, Dr. Reddy's and Asian Paints rose; Hero MotoCorp fell.",
     ["Sun Pharmaceutical Industries", "Dr. Reddy's Laboratories", "Asian Paints",
      "Hero MotoCorp"]),
    ("Bank of Baroda und Nykaa stiegen, LTIMindtree und Britannia Industries fielen.",
     ["Bank of Baroda", "FSN E-Commerce Ventures", "LTIMindtree", "Britannia Industries"]),
    # S&P/ASX 20
    ("Wesfarmers, Telstra und Qantas legten in Sydney zu; Woodside Energy fiel.",
     ["Wesfarmers", "Telstra", "Qantas", "Sydney", "Woodside Energy"]),
    ("Shares of Fortescue, Xero and Coles Group rose while Santos Ltd. slipped.",
     ["Fortescue", "Xero", "Coles Group", "Santos Ltd."]),
    # S&P/TSX 60
    ("Enbridge, Nutrien and Couche-Tard rose in Toronto; Barrick Gold fell.",
     ["Enbridge", "Nutrien", "Alimentation Couche-Tard", "Toronto", "Barrick Mining"]),
    ("Die Aktien von Manulife, Cameco und Dollarama stiegen, Teck Resources gab nach.",
     ["Manulife", "Cameco", "Dollarama", "Teck Resources"]),
    ("Brookfield Renewable and GFL Environmental rose, JB Hi-Fi and Medibank fell.",
     ["Brookfield Renewable Partners", "GFL Environmental", "JB Hi-Fi", "Medibank"]),
    # brokers and AI models
    ("Jarden Securities und Fearnley Securities stuften die Aktie hoch.",
     ["Jarden Group", "Fearnley Securities"]),
    ("Cevian und Trian stiegen ein, ValueAct Capital und Sachem Head stiegen aus.",
     ["Cevian Capital", "Trian Fund Management", "ValueAct Capital",
      "Sachem Head Capital Management"]),
    ("Meta released Llama 4 Scout, Mistral AI Devstral and Microsoft Phi-3.",
     ["Meta Platforms", "Llama 4 Scout", "Mistral AI", "Devstral", "Microsoft", "Phi-3"]),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS, ids=range(len(MEMBERS)))
def test_members_of_the_lists_are_found(gazetteer: Gazetteer, text: str,
                                        expected: list[str]) -> None:
    assert [m.label for m in gazetteer.find(text)] == expected


# Ordinary words, places and personal names that are the short names of list
# members: none may be read as an entity (the catalogue keeps the legal form or
# group word in every name of them).
LOOK_ALIKES = [
    "The river Trent ran past Woodside, and Santos and Coles watched the Metro.",
    "Rogers and Fortis met at the Titan statue; Magna Carta was read for eternal fame.",
    "Der Trent floss an Woodside vorbei, Rogers und Coles fuhren mit der Metro.",
    "With honor and a titan's strength, the mineral resources of the region grew.",
    "An eternal flame, a titan of industry and a metro ride at noon.",
    "The engine no. 1 stalled on the land and buildings; amber light, a third point.",
    "Seek and you will find: Worley moved at Lightspeed to the Empire State, said Gail.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES, ids=range(len(LOOK_ALIKES)))
def test_ordinary_words_of_member_names_are_no_entities(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.find(text) == []


@pytest.mark.parametrize(("label", "kind", "listed_on", "tickers", "located_in"), [
    ("Makita", "Company", ("Tokyo Stock Exchange",), ("6586",), ("Japan",)),
    ("KakaoBank", "FinancialInstitution", ("Korea Exchange",), ("323410",), ("South Korea",)),
    ("AUO", "Company", ("Taiwan Stock Exchange",), ("2409",), ("Hsinchu",)),
    ("ZTO Express", "Company", ("Hong Kong Stock Exchange", "New York Stock Exchange"), ("ZTO",),
     ("Shanghai",)),
    ("Axis Bank", "FinancialInstitution", ("National Stock Exchange of India",), ("AXISBANK",),
     ("Mumbai",)),
    ("Qantas", "Company", ("Australian Securities Exchange",), ("QAN",), ("Sydney",)),
    # "WES" is also a US ticker of a company not catalogued: Wesfarmers keeps none
    ("Wesfarmers", "Company", ("Australian Securities Exchange",), (), ("Australia",)),
    ("Enbridge", "Company", ("New York Stock Exchange", "Toronto Stock Exchange"), ("ENB",),
     ("Canada",)),
    # "1928" names Sands China in Hong Kong: the Tokyo member keeps only its ".T" form
    ("Sekisui House", "Company", ("Tokyo Stock Exchange",), (), ("Osaka",)),
    # "T" is AT&T's ticker: Telus keeps none
    ("Telus", "Company", ("New York Stock Exchange", "Toronto Stock Exchange"), (), ("Canada",)),
])
def test_members_carry_their_listing(catalogue: Catalogue, label: str, kind: str,
                                     listed_on: tuple[str, ...], tickers: tuple[str, ...],
                                     located_in: tuple[str, ...]) -> None:
    entry = catalogue.get(label)
    assert entry is not None
    assert (entry.type, entry.listed_on, entry.tickers, entry.located_in) == (
        kind, listed_on, tickers, located_in)


def test_a_member_s_parent_and_a_model_s_developer(catalogue: Catalogue) -> None:
    assert catalogue.parent_of("SoftBank Corp.") == "SoftBank Group"
    assert catalogue.parent_of("Japan Post Bank") == "Japan Post Holdings"
    assert catalogue.parent_of("Hindustan Unilever") == "Unilever"
    assert catalogue.developer_of("Llama 4 Scout") == "Meta Platforms"
    assert catalogue.developer_of("GPT-5.2") == "OpenAI"


def test_suffixed_forms_name_their_member(gazetteer: Gazetteer) -> None:
    """A Tokyo form whose bare number another catalogued company uses, and a
    Kosdaq form, still name the member."""
    text = "Sekisui House (1928.T) und Alteogen (196170.KQ) stiegen."
    assert [m.label for m in gazetteer.find(text)] == [
        "Sekisui House", "Sekisui House", "Alteogen", "Alteogen"]
