"""Reference data: loading (idempotent upserts, never deletes) and lookups in the reader's language."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import yaml
from babel import Locale
from flask import current_app

from needs.extensions import db
from needs.vocabulary.models import Agency, Country, GfmdRecommendation, VocabularyTerm

DATA = Path(__file__).parent / "data"
LIST_NAMES = ("themes", "capacity_type", "level", "audience", "delivery", "activity_kind", "activity_status",
              "replication", "regions", "languages")
UI_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
REGION_M49 = {"global": "001", "africa": "002", "americas": "019", "asia": "142", "europe": "150",
              "oceania": "009"}


def _read_yaml(name: str) -> Any:
    with (DATA / name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _upsert(model, key: dict[str, Any], values: dict[str, Any]) -> bool:
    """Insert or update one row; True when something changed."""
    row = db.session.get(model, tuple(key.values()) if len(key) > 1 else next(iter(key.values())))
    if row is None:
        db.session.add(model(**key, **values))
        return True
    changed = False
    for field, value in values.items():
        if getattr(row, field) != value:
            setattr(row, field, value)
            changed = True
    return changed


def load_countries() -> int:
    from needs.matching.engine.geography import MEMBER_STATES

    changed = 0
    for state in MEMBER_STATES:
        changed += _upsert(Country, {"code": state.alpha3}, {
            "alpha2": state.alpha2, "m49": state.m49, "region": state.region,
            "subregion_m49": state.subregion})
    return changed


def load_vocabulary() -> int:
    data = _read_yaml("vocabulary.yaml")
    changed = 0
    for list_name in LIST_NAMES:
        for position, (code, entry) in enumerate(data[list_name].items()):
            changed += _upsert(VocabularyTerm, {"list_name": list_name, "code": code}, {
                "position": position, "labels": dict(entry["label"]),
                "descriptions": dict(entry.get("description") or {})})
    return changed


def load_agencies() -> int:
    changed = 0
    for entry in _read_yaml("agencies.yaml"):
        changed += _upsert(Agency, {"code": entry["code"]}, {
            "names": dict(entry["name"]), "kind": entry.get("kind", "agency"),
            "gmg_member": bool(entry.get("gmg_member")), "url": entry.get("url", "")})
    return changed


def load_recommendations() -> int:
    """Insert missing recommendations; refresh shipped ones that no reviewer has edited."""
    changed = 0
    for entry in _read_yaml("gfmd_recommendations.yaml"):
        row = db.session.scalar(sa.select(GfmdRecommendation).where(GfmdRecommendation.code == entry["code"]))
        values = {"meeting": dict(entry["meeting"]), "year": int(entry["year"]),
                  "round_table": str(entry.get("round_table") or ""), "title": dict(entry["title"]),
                  "text": dict(entry["text"]), "themes": list(entry.get("themes") or [])}
        if row is None:
            db.session.add(GfmdRecommendation(code=entry["code"], **values))
            changed += 1
        elif row.updated_by_id is None:
            for field, value in values.items():
                if getattr(row, field) != value:
                    setattr(row, field, value)
                    changed += 1
    return changed


def load_reference_data() -> dict[str, int]:
    """Load or update all reference data in one transaction; returns the number of rows changed."""
    counts = {"countries": load_countries(), "agencies": load_agencies(), "vocabulary": load_vocabulary()}
    db.session.flush()
    counts["recommendations"] = load_recommendations()
    db.session.commit()
    clear_caches()
    return counts


# ---- lookups -------------------------------------------------------------------------------------------

def pick(texts: dict[str, str] | None, locale: str, fallback: str = "en") -> str:
    """The text in the reader's language, else English, else any language there is."""
    if not texts:
        return ""
    return texts.get(locale) or texts.get(fallback) or next(iter(texts.values()), "")


def _cache() -> dict[str, Any]:
    """Per-application cache of reference rows: they change only through load_reference_data."""
    return current_app.extensions.setdefault("needs_reference_cache", {})


def _terms(list_name: str) -> tuple[tuple[str, dict, dict], ...]:
    cache = _cache()
    key = "terms:" + list_name
    if key not in cache:
        rows = db.session.execute(
            sa.select(VocabularyTerm.code, VocabularyTerm.labels, VocabularyTerm.descriptions)
            .where(VocabularyTerm.list_name == list_name).order_by(VocabularyTerm.position)
        )
        cache[key] = tuple((code, dict(labels), dict(descriptions)) for code, labels, descriptions in rows)
    return cache[key]


def clear_caches() -> None:
    _cache().clear()


def codes(list_name: str) -> list[str]:
    return [code for code, _, _ in _terms(list_name)]


def choices(list_name: str, locale: str) -> list[tuple[str, str]]:
    return [(code, pick(labels, locale) or code) for code, labels, _ in _terms(list_name)]


def label(list_name: str, code: str, locale: str) -> str:
    for term_code, labels, _ in _terms(list_name):
        if term_code == code:
            return pick(labels, locale) or code
    return code


def description(list_name: str, code: str, locale: str) -> str:
    for term_code, _, descriptions in _terms(list_name):
        if term_code == code:
            return pick(descriptions, locale)
    return ""


def _country_rows() -> tuple[tuple[str, str, str, str], ...]:
    cache = _cache()
    if "countries" not in cache:
        rows = db.session.execute(sa.select(Country.code, Country.alpha2, Country.region, Country.subregion_m49))
        cache["countries"] = tuple(tuple(row) for row in rows)
    return cache["countries"]


def country_codes() -> set[str]:
    return {code for code, *_ in _country_rows()}


def country_region(code: str) -> str | None:
    return next((region for c, _, region, _ in _country_rows() if c == code), None)


@functools.cache
def _locale(locale: str) -> Locale:
    return Locale.parse(locale)


def country_name(code: str | None, locale: str) -> str:
    if not code:
        return ""
    alpha2 = next((a2 for c, a2, _, _ in _country_rows() if c == code), None)
    return _locale(locale).territories.get(alpha2, code) if alpha2 else code


def country_choices(locale: str) -> list[tuple[str, str]]:
    names = _locale(locale).territories
    items = [(code, names.get(alpha2, code)) for code, alpha2, _, _ in _country_rows()]
    return sorted(items, key=lambda item: item[1])


def region_name(region: str, locale: str) -> str:
    m49 = REGION_M49.get(region)
    return _locale(locale).territories.get(m49, region) if m49 else region


def subregion_name(m49: str, locale: str) -> str:
    return _locale(locale).territories.get(m49, m49)


def language_name(code: str, locale: str) -> str:
    return _locale(locale).languages.get(code, code)


def agency_name(code: str, locale: str) -> str:
    agency = db.session.get(Agency, code)
    return pick(agency.names, locale) if agency else code


def agencies() -> list[Agency]:
    return list(db.session.scalars(sa.select(Agency).order_by(Agency.code)))


def recommendations() -> list[GfmdRecommendation]:
    return list(db.session.scalars(sa.select(GfmdRecommendation).order_by(GfmdRecommendation.year,
                                                                          GfmdRecommendation.code)))


def recommendation_choices(locale: str) -> list[tuple[str, str]]:
    return [(r.code, f"{pick(r.meeting, locale)} · {pick(r.title, locale)}") for r in recommendations()]
