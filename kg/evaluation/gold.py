"""Gold files: finding them beside the articles and reading them into records.

A gold file ``NAME.gold.json`` annotates the article ``NAME.txt`` beside it
(format: CONTRACT.md, "Gold format (evaluation)"). Each gold item is the
record the extractor would make for it (:mod:`kg.records`), so gold and
extraction share one vocabulary and one set of checks, plus the
``optional`` flag of the annotation: an optional item counts neither as a
miss nor, when extracted, as a false positive.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from kg.errors import InputError
from kg.records import (
    ENTITY_TYPES,
    METRICS,
    PROPERTIES,
    QUALIFIERS,
    STATUSES,
    Confidence,
    Entity,
    Evidence,
    Figure,
    Rating,
    Record,
    Relation,
)

GOLD_SUFFIX = ".gold.json"

# A gold file says what an article states, not where: a gold item's evidence
# names the annotation and no span.
ANNOTATION = Evidence(sentence="", start=0, end=0, extractor="gold")


class GoldEntity(Entity):
    """An annotated entity; its ``label`` is the gold ``name``."""

    evidence: Evidence = ANNOTATION
    optional: bool = False


class GoldRelation(Relation):
    """An annotated relation; its ends are gold names or aliases."""

    evidence: Evidence = ANNOTATION
    confidence: Confidence = 1.0
    optional: bool = False


class GoldFigure(Figure):
    """An annotated figure; ``about`` and ``estimated_by`` are gold names or aliases."""

    evidence: Evidence = ANNOTATION
    confidence: Confidence = 1.0
    optional: bool = False


class GoldRating(Rating):
    """An annotated analyst rating; ``by`` and ``about`` are gold names or aliases."""

    evidence: Evidence = ANNOTATION
    confidence: Confidence = 1.0
    optional: bool = False


@dataclass(frozen=True)
class Gold:
    """One article's gold annotation."""

    source: str
    entities: tuple[GoldEntity, ...] = ()
    relations: tuple[GoldRelation, ...] = ()
    figures: tuple[GoldFigure, ...] = ()
    ratings: tuple[GoldRating, ...] = ()
    lang: str | None = None
    published: str | None = None


_Gold = TypeVar("_Gold", bound=Record)


# ------------------------------------------------------------------ finding gold


def find_gold_pairs(paths: Iterable[str | Path]) -> list[tuple[Path, Path]]:
    """``(NAME.txt, NAME.gold.json)`` pairs in the given files and folders.

    Folders are searched recursively; a text without gold beside it is
    ignored. A path that does not exist or yields no pair is an error, since
    evaluating nothing would silently report nothing.
    """
    pairs: list[tuple[Path, Path]] = []
    for raw in paths:
        found = _pairs_at(Path(raw))
        pairs.extend(pair for pair in found if pair not in pairs)
    return pairs


def _pairs_at(path: Path) -> list[tuple[Path, Path]]:
    """The pairs one command-line path names."""
    if path.is_dir():
        found = [
            (text, _gold_beside(text))
            for text in sorted(path.rglob("*.txt"))
            if text.is_file() and not text.name.startswith(".")
            and _gold_beside(text).is_file()
        ]
        if not found:
            raise InputError(f"{path}: no NAME.txt with NAME{GOLD_SUFFIX} beside it")
        return found
    if path.is_file():
        if path.name.endswith(GOLD_SUFFIX):
            text = path.with_name(path.name[: -len(GOLD_SUFFIX)] + ".txt")
            if not text.is_file():
                raise InputError(f"{path}: no article {text.name} beside it")
            return [(text, path)]
        gold = _gold_beside(path)
        if not gold.is_file():
            raise InputError(f"{path}: no gold file {gold.name} beside it")
        return [(path, gold)]
    if path.exists():
        raise InputError(f"{path}: not a regular file or folder")
    raise InputError(f"{path}: no such file or folder")


def _gold_beside(text: Path) -> Path:
    return text.with_name(text.stem + GOLD_SUFFIX)


# ------------------------------------------------------------------ reading gold


def load_gold(path: Path) -> Gold:
    """Parse a gold file; a bad file is an :class:`InputError` naming it."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    except OSError as err:
        raise InputError(f"{path}: cannot read gold file: {err.strerror or err}") from err
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: gold file is not UTF-8") from err
    except json.JSONDecodeError as err:
        raise InputError(
            f"{path}: bad JSON at line {err.lineno}, column {err.colno}: {err.msg}"
        ) from err
    return parse_gold(data, str(path))


def parse_gold(data: Any, source: str = "<gold>") -> Gold:
    """A :class:`Gold` from the decoded JSON of a gold file (see CONTRACT.md)."""
    if not isinstance(data, dict):
        raise InputError(f"{source}: a gold file holds a JSON object")
    return Gold(
        source=source,
        entities=tuple(_gold_entity(x, f"{source}: entities[{i}]")
                       for i, x in enumerate(_section(data, "entities", source))),
        relations=tuple(_gold_relation(x, f"{source}: relations[{i}]")
                        for i, x in enumerate(_section(data, "relations", source))),
        figures=tuple(_gold_figure(x, f"{source}: figures[{i}]")
                      for i, x in enumerate(_section(data, "figures", source))),
        ratings=tuple(_gold_rating(x, f"{source}: ratings[{i}]")
                      for i, x in enumerate(_section(data, "ratings", source))),
        lang=_text(data, "lang", source, required=False),
        published=_text(data, "published", source, required=False),
    )


def _section(data: dict[str, Any], key: str, source: str) -> list[Any]:
    items = data.get(key, [])
    if not isinstance(items, list):
        raise InputError(f"{source}: {key!r} must be a list")
    return items


def _text(item: dict[str, Any], key: str, where: str, required: bool = True) -> str | None:
    value = item.get(key)
    if value is None:
        if required:
            raise InputError(f"{where}: missing {key!r}")
        return None
    if key == "period" and isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{where}: {key!r} must be a non-empty string")
    return value


def _required_text(item: dict[str, Any], key: str, where: str) -> str:
    value = _text(item, key, where)
    assert value is not None
    return value


def _one_of(value: str, allowed: Sequence[str], key: str, where: str) -> str:
    if value not in allowed:
        raise InputError(f"{where}: unknown {key} {value!r}")
    return value


def _optional_flag(item: dict[str, Any], where: str) -> bool:
    flag = item.get("optional", False)
    if not isinstance(flag, bool):
        raise InputError(f"{where}: 'optional' must be true or false")
    return flag


def _object(item: Any, where: str) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise InputError(f"{where}: expected a JSON object")
    return item


def _record(kind: type[_Gold], where: str, **fields: Any) -> _Gold:
    """The gold record of ``kind``; a check of the records that the gold
    fails is an :class:`InputError` naming the item."""
    try:
        return kind(**fields)
    except ValidationError as err:
        problem = err.errors()[0]
        raise InputError(f"{where}: {problem['msg']}") from None


def _gold_entity(item: Any, where: str) -> GoldEntity:
    item = _object(item, where)
    aliases = item.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise InputError(f"{where}: 'aliases' must be a list of strings")
    return _record(
        GoldEntity, where,
        label=_required_text(item, "name", where),
        type=_one_of(_required_text(item, "type", where), ENTITY_TYPES, "type", where),
        aliases=tuple(aliases),
        optional=_optional_flag(item, where),
    )


def _gold_relation(item: Any, where: str) -> GoldRelation:
    if isinstance(item, list):
        if len(item) != 3 or not all(isinstance(x, str) and x.strip() for x in item):
            raise InputError(f"{where}: a relation list is [subject, property, object]")
        subject, predicate, obj = item
        optional, role = False, None
    else:
        item = _object(item, where)
        subject = _required_text(item, "s", where)
        predicate = _required_text(item, "p", where)
        obj = _required_text(item, "o", where)
        optional = _optional_flag(item, where)
        role = _text(item, "role", where, required=False)
    return _record(
        GoldRelation, where, subject=subject,
        predicate=_one_of(predicate, PROPERTIES, "property", where), object=obj,
        role=role, optional=optional)


def _gold_figure(item: Any, where: str) -> GoldFigure:
    item = _object(item, where)
    value, low, high = (_number(item, key, where) for key in ("value", "min", "max"))
    if value is None and (low is None or high is None):
        raise InputError(f"{where}: a figure has 'value' or both 'min' and 'max'")
    if value is not None and (low is not None or high is not None):
        raise InputError(f"{where}: a figure has 'value' or a 'min'/'max' range, not both")
    qualifier = _text(item, "qualifier", where, required=False) or "Exact"
    status = _text(item, "status", where, required=False) or "Reported"
    return _record(
        GoldFigure, where,
        about=_required_text(item, "about", where),
        metric=_one_of(_required_text(item, "metric", where), METRICS, "metric", where),
        unit=_required_text(item, "unit", where),
        value=value,
        min_value=low,
        max_value=high,
        qualifier=_one_of(qualifier, QUALIFIERS, "qualifier", where),
        status=_one_of(status, STATUSES, "status", where),
        period=_text(item, "period", where, required=False),
        estimated_by=_text(item, "estimatedBy", where, required=False),
        optional=_optional_flag(item, where),
    )


def _number(item: dict[str, Any], key: str, where: str) -> Decimal | None:
    value = item.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise InputError(f"{where}: {key!r} must be a number")
    number = Decimal(str(value))  # str: a float 2.5 means the decimal 2.5
    if not number.is_finite():
        raise InputError(f"{where}: {key!r} must be a finite number")
    return number


def _gold_rating(item: Any, where: str) -> GoldRating:
    item = _object(item, where)
    return _record(
        GoldRating, where,
        by=_required_text(item, "by", where),
        about=_required_text(item, "about", where),
        rating=_required_text(item, "rating", where),
        optional=_optional_flag(item, where),
    )
