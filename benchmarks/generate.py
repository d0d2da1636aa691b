"""A deterministic corpus of German and English finance news for benchmarks.

Articles are built from templates and the entity catalogue
(``ontology/entities.ttl``) so that the extractors do real work: every
article names companies, banks, people, models, places and indices, reports
figures (revenue, profit, share moves, price targets, market values), gives
analyst ratings, states relations (CEO of, based in, rivals, develops,
partners) and often carries an advertising block, like the articles in
``seeds/`` and ``tests/data/dev/``. Lengths are spread over 150–900 words.

The same ``--seed`` gives the same corpus, byte for byte; article ``i``
depends only on the seed and ``i``, so any prefix of a big corpus is the
smaller corpus with the same seed.

    python benchmarks/generate.py 1000 --out /tmp/corpus-1k          # sharded .txt
    python benchmarks/generate.py 50000 --jsonl /tmp/corpus-50k.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.catalogue import load_catalogue

SHARD_SIZE = 1000


@dataclass(frozen=True)
class Pools:
    companies: tuple[str, ...]
    banks: tuple[str, ...]
    people: tuple[str, ...]
    models: tuple[str, ...]
    products: tuple[str, ...]
    places: tuple[str, ...]
    indices: tuple[str, ...]
    exchanges: tuple[str, ...]
    units: tuple[str, ...]
    parents: dict[str, str]


def load_pools() -> Pools:
    catalogue = load_catalogue()
    by_type: dict[str, list[str]] = {}
    for entry in sorted(catalogue.entries.values(), key=lambda e: e.label):
        by_type.setdefault(entry.type, []).append(entry.label)
    parents = {e.label: e.parents[0] for e in catalogue.entries.values()
               if e.type == "BusinessUnit" and e.parents}
    return Pools(
        companies=tuple(by_type["Company"]),
        banks=tuple(by_type["FinancialInstitution"]),
        people=tuple(by_type["Person"]),
        models=tuple(by_type["AIModel"]),
        products=tuple(by_type["Product"]),
        places=tuple(by_type["Place"]),
        indices=tuple(by_type["MarketIndex"]),
        exchanges=tuple(by_type["StockExchange"]),
        units=tuple(sorted(parents)),
        parents=parents,
    )


# ----------------------------------------------------------------- numbers

def _num(value: float, lang: str, decimals: int = 1) -> str:
    text = f"{value:,.{decimals}f}"
    if lang == "de":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


CURRENCIES = {
    "de": [("US-Dollar", "Dollar"), ("Euro", "Euro"), ("Yuan", "Yuan"),
           ("Hongkong-Dollar", "Hongkong-Dollar")],
    "en": [("$", "$"), ("€", "€"), ("yuan", "yuan"), ("HK$", "HK$")],
}


def _money(rng: random.Random, lang: str, low: float, high: float, scale: str | None,
           currency: int) -> str:
    value = rng.uniform(low, high)
    name = CURRENCIES[lang][currency][0 if rng.random() < 0.5 else 1]
    amount = _num(value, lang, rng.choice((1, 1, 2)))
    if lang == "de":
        scale_word = {"bn": "Milliarden", "m": "Millionen", None: ""}[scale]
        return f"{amount} {scale_word} {name}".replace("  ", " ")
    scale_word = {"bn": " billion", "m": " million", None: ""}[scale]
    if name in ("$", "€", "HK$"):
        return f"{name}{amount}{scale_word}"
    return f"{amount}{scale_word} {name}"


def _pct(rng: random.Random, lang: str, low: float = 0.3, high: float = 45.0) -> str:
    value = _num(rng.uniform(low, high), lang, rng.choice((0, 1, 1, 2)))
    return f"{value} Prozent" if lang == "de" else f"{value}%"


# ----------------------------------------------------------------- sentences

DE_FILLER = [
    "Marktbeobachter verweisen auf die hohe Nachfrage nach Rechenleistung für künstliche Intelligenz.",
    "Die Stimmung an den Märkten blieb insgesamt gedämpft, viele Anleger warten auf neue Konjunkturdaten.",
    "Händler sprachen von einem ruhigen Geschäft mit geringen Umsätzen.",
    "Im Mittelpunkt steht die Frage, ob sich die hohen Investitionen in absehbarer Zeit auszahlen.",
    "Die Konkurrenz im Markt für Cloud-Dienste hat sich zuletzt deutlich verschärft.",
    "Das Management zeigte sich in einer Telefonkonferenz mit Analysten zuversichtlich.",
    "Belastend wirken weiterhin die Handelsstreitigkeiten zwischen Washington und Peking.",
    "Nach Einschätzung von Beobachtern dürfte der Preisdruck im kommenden Jahr anhalten.",
    "Viele institutionelle Investoren haben ihre Positionen in den vergangenen Wochen aufgestockt.",
    "Der nächste wichtige Termin für Anleger ist die Vorlage der Quartalszahlen im Februar.",
    "Die Margen standen wegen höherer Kosten für Speicherchips unter Druck.",
    "Wie es in Branchenkreisen hieß, laufen bereits Gespräche über weitere Aufträge.",
]
EN_FILLER = [
    "Market watchers pointed to strong demand for computing power for artificial intelligence.",
    "Sentiment across the market remained subdued as investors waited for fresh economic data.",
    "Traders described a quiet session with thin volumes.",
    "The key question is whether the heavy spending will pay off any time soon.",
    "Competition in the cloud market has intensified markedly in recent months.",
    "Management struck a confident tone on a call with analysts.",
    "Trade tensions between Washington and Beijing continue to weigh on the sector.",
    "Observers expect pricing pressure to persist into next year.",
    "Several institutional investors have added to their positions in recent weeks.",
    "The next big date for investors is the release of quarterly results in February.",
    "Margins came under pressure from higher prices for memory chips.",
    "People familiar with the matter said talks about further orders were already under way.",
]
DE_SUBHEADS = ["Anleger greifen zu", "Was die Analysten sagen", "Umsatz und Gewinn",
               "Ausblick", "Konkurrenz wächst", "KI als Wachstumstreiber", "Die Aktie im Blick"]
EN_SUBHEADS = ["Analysts stay upbeat", "Results at a glance", "Outlook", "Rivals close in",
               "AI drives growth", "Shares in focus", "What analysts say"]
RATINGS = ["Buy", "Overweight", "Outperform", "Neutral", "Hold", "Underweight", "Sell",
           "Equal Weight", "Market Perform"]


class Writer:
    """Sentences about one article's company, in one language."""

    def __init__(self, rng: random.Random, pools: Pools, lang: str) -> None:
        self.rng, self.pools, self.lang = rng, pools, lang
        self.company = rng.choice(pools.companies)
        self.currency = rng.randrange(4)
        self.ceo = rng.choice(pools.people)
        self.place = rng.choice(pools.places)

    def pick(self, pool: tuple[str, ...]) -> str:
        return self.rng.choice(pool)

    def headline(self) -> str:
        c, r, de = self.company, self.rng, self.lang == "de"
        options = ([f"{c}-Aktie: Zahlen überzeugen die Anleger",
                    f"{c} nach den Zahlen: Analysten heben die Kursziele an",
                    f"{c}: Gewinneinbruch im Preiskampf",
                    f"{c} setzt auf künstliche Intelligenz – Aktie legt zu"] if de else
                   [f"{c} beats estimates as AI demand surges",
                    f"{c} shares slide after weak guidance",
                    f"Analysts lift targets on {c} after strong quarter",
                    f"{c} bets big on artificial intelligence"])
        return r.choice(options)

    def figure(self) -> str:
        r, c, de = self.rng, self.company, self.lang == "de"
        kind = r.randrange(7)
        cur = self.currency
        if kind == 0:
            return (f"Der Umsatz von {c} stieg im dritten Quartal um {_pct(r, 'de')} auf "
                    f"{_money(r, 'de', 5, 300, 'bn', cur)}." if de else
                    f"{c}'s revenue rose {_pct(r, 'en')} to {_money(r, 'en', 5, 300, 'bn', cur)} "
                    f"in the third quarter.")
        if kind == 1:
            return (f"Der Nettogewinn kletterte um {_pct(r, 'de')} auf "
                    f"{_money(r, 'de', 1, 60, 'bn', cur)}." if de else
                    f"Net income climbed {_pct(r, 'en')} to {_money(r, 'en', 1, 60, 'bn', cur)}.")
        if kind == 2:
            where = self.pick(self.pools.exchanges)
            return (f"An der Börse {where} legte die {c}-Aktie um {_pct(r, 'de', 0.2, 12)} auf "
                    f"{_money(r, 'de', 10, 900, None, cur)} zu." if de else
                    f"{c} shares gained {_pct(r, 'en', 0.2, 12)} to "
                    f"{_money(r, 'en', 10, 900, None, cur)} on the {where}.")
        if kind == 3:
            return (f"Die Aktie von {c} verlor am Dienstag {_pct(r, 'de', 0.2, 15)}." if de else
                    f"{c} stock fell {_pct(r, 'en', 0.2, 15)} on Tuesday.")
        if kind == 4:
            return (f"Mit einem Börsenwert von rund {_money(r, 'de', 20, 4000, 'bn', cur)} "
                    f"zählt {c} zu den wertvollsten Unternehmen der Branche." if de else
                    f"The rally lifted {c}'s market capitalization to about "
                    f"{_money(r, 'en', 20, 4000, 'bn', cur)}.")
        if kind == 5:
            return (f"Die Investitionsausgaben von {c} lagen im Quartal bei "
                    f"{_money(r, 'de', 1, 40, 'bn', cur)}." if de else
                    f"Capital expenditure at {c} jumped to {_money(r, 'en', 1, 40, 'bn', cur)} "
                    f"in the quarter.")
        index = self.pick(self.pools.indices)
        return (f"Der {index} gewann im gleichen Zeitraum {_pct(r, 'de', 0.1, 3)}." if de else
                f"The {index} rose {_pct(r, 'en', 0.1, 3)} over the same period.")

    def rating(self) -> str:
        r, c, de = self.rng, self.company, self.lang == "de"
        bank, rating = self.pick(self.pools.banks), r.choice(RATINGS)
        old, new = sorted(r.uniform(20, 800) for _ in range(2))
        cur = CURRENCIES[self.lang][self.currency][1]
        if de:
            return r.choice([
                (f"{bank} bestätigt die Einstufung „{rating}“ und erhöht das Kursziel von "
                 f"{_num(old, 'de', 0)} auf {_num(new, 'de', 0)} {cur}."),
                (f"{bank} stuft {c} mit „{rating}“ ein und nennt ein Kursziel von "
                 f"{_num(new, 'de', 0)} {cur}."),
                f"Die Analysten von {bank} bleiben bei „{rating}“ für {c}.",
            ])
        money = f"{cur}{_num(new, 'en', 0)}" if len(cur) <= 3 and not cur.isalpha() \
            else f"{_num(new, 'en', 0)} {cur}"
        return r.choice([
            f"{bank} reiterated its {rating} rating on {c} and raised its price target to {money}.",
            f"{bank} rates {c} {rating} with a price target of {money}.",
            f"Analysts at {bank} kept {c} at {rating}.",
        ])

    def relation(self) -> str:
        r, c, de, p = self.rng, self.company, self.lang == "de", self.pools
        kind = r.randrange(6)
        if kind == 0:
            return (f"Das Management um Konzernchef {self.ceo} hält an seinem Kurs fest." if de
                    else f"Chief Executive {self.ceo} said {c} would keep investing.")
        if kind == 1:
            return (f"Der Konzern mit Sitz in {self.place} will weiter wachsen." if de else
                    f"The {self.place}-based group plans to keep growing.")
        if kind == 2:
            rivals = [self.pick(p.companies) for _ in range(r.randint(1, 3))]
            joined = ", ".join(rivals[:-1]) + (" und " if de else " and ") + rivals[-1] \
                if len(rivals) > 1 else rivals[0]
            return (f"{c} konkurriert mit {joined}." if de else
                    f"{c} competes with {joined}.")
        if kind == 3:
            model = self.pick(p.models)
            return (f"Das hauseigene Sprachmodell {model} von {c} ist bereits in viele "
                    f"Anwendungen eingebunden." if de else
                    f"{c} develops {model}, which is already used in many products.")
        if kind == 4:
            partner = self.pick(p.companies)
            return (f"{c} kündigte eine Partnerschaft mit {partner} an." if de else
                    f"{c} announced a partnership with {partner}.")
        unit = self.pick(p.units)
        return (f"Die Sparte {unit} von {p.parents[unit]} wuchs ebenfalls kräftig." if de else
                f"{p.parents[unit]}'s {unit} unit also grew strongly.")

    def filler(self) -> str:
        return self.rng.choice(DE_FILLER if self.lang == "de" else EN_FILLER)

    def subhead(self) -> str:
        return self.rng.choice(DE_SUBHEADS if self.lang == "de" else EN_SUBHEADS)

    def ad(self, closing: bool) -> str:
        c = self.company
        if self.lang == "de":
            if closing:
                return (f"{c}-Aktie: Kaufen oder verkaufen?! Neue {c}-Analyse vom 04. Januar "
                        f"liefert die Antwort:\nDie neusten {c}-Zahlen sprechen eine klare "
                        f"Sprache: Dringender Handlungsbedarf für {c}-Aktionäre. In der "
                        f"aktuellen Gratis-Analyse erfahren Sie was jetzt zu tun ist.\n"
                        f"{c}: Kaufen oder verkaufen? Hier weiterlesen...")
            return ("Anzeige\nExklusiv für unsere Leser: Diese drei KI-Aktien könnten 2026 um "
                    "bis zu 300 Prozent zulegen. Sichern Sie sich jetzt den kostenlosen "
                    "Sonderreport!")
        if closing:
            return (f"Should you buy {c} stock right now? Our analysts reveal what to do now "
                    f"in a free report.\nRead more here...")
        return ("Advertisement\nThree AI stocks that could triple by 2026: get our free "
                "analysis today and find out what to do now.")


def article(index: int, seed: int, pools: Pools) -> dict[str, str]:
    """Article ``index`` of the corpus with ``seed``: id, date, language, text."""
    rng = random.Random(f"finkg-bench:{seed}:{index}")
    lang = "de" if rng.random() < 0.55 else "en"
    target = rng.randint(150, 900)
    w = Writer(rng, pools, lang)
    lines = [w.headline()]
    words = len(lines[0].split())
    ad_inside = rng.random() < 0.25
    ad_closing = rng.random() < 0.35
    paragraph: list[str] = []
    paragraphs = 0
    while words < target:
        roll = rng.random()
        if roll < 0.30:
            sentence = w.figure()
        elif roll < 0.42:
            sentence = w.rating()
        elif roll < 0.57:
            sentence = w.relation()
        else:
            sentence = w.filler()
        paragraph.append(sentence)
        words += len(sentence.split())
        if len(paragraph) >= rng.randint(3, 6):
            lines.append(" ".join(paragraph))
            paragraph = []
            paragraphs += 1
            if ad_inside and paragraphs == 2:
                lines.append(w.ad(closing=False))
            elif rng.random() < 0.3:
                lines.append(w.subhead())
    if paragraph:
        lines.append(" ".join(paragraph))
    if ad_closing:
        lines.append(w.ad(closing=True))
    published = date(2025, 1, 1) + timedelta(days=rng.randrange(400))
    return {"id": f"g{seed}-{index:07d}", "lang": lang, "published": published.isoformat(),
            "text": "\n".join(lines) + "\n"}


def corpus(n: int, seed: int = 0) -> Iterator[dict[str, str]]:
    pools = load_pools()
    for i in range(n):
        yield article(i, seed, pools)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--seed", type=int, default=0)
    out = parser.add_mutually_exclusive_group(required=True)
    out.add_argument("--out", type=Path,
                     help=f"folder for .txt files, {SHARD_SIZE} per shard folder")
    out.add_argument("--jsonl", type=Path, help="one JSON Lines file")
    args = parser.parse_args(argv)
    words = 0
    if args.out:
        for i, record in enumerate(corpus(args.n, args.seed)):
            shard = args.out / f"{i // SHARD_SIZE:04d}"
            if i % SHARD_SIZE == 0:
                shard.mkdir(parents=True, exist_ok=True)
            (shard / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
            words += len(record["text"].split())
    else:
        args.jsonl.parent.mkdir(parents=True, exist_ok=True)
        with args.jsonl.open("w", encoding="utf-8") as handle:
            for record in corpus(args.n, args.seed):
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                words += len(record["text"].split())
    print(f"{args.n} articles, {words} words, seed {args.seed}", file=sys.stderr)


if __name__ == "__main__":
    main()
