"""Check exchange records field by field; each error names the field."""

from __future__ import annotations

from . import vocabulary as v
from .geography import member_state

_ACTIVITY_FIELDS = {
    # field: (required, kind, allowed codes)
    "id": (True, "str", None),
    "agency": (True, "str", None),
    "partners": (False, "list", None),
    "kind": (True, "code", v.ACTIVITY_KINDS),
    "title": (True, "str", None),
    "description": (True, "str", None),
    "text_language": (True, "code", v.LANGUAGES),
    "themes": (True, "list", v.THEMES),
    "capacity_type": (True, "list", v.CAPACITY_TYPES),
    "level": (True, "list", v.LEVELS),
    "audience": (True, "list", v.AUDIENCES),
    "delivery": (True, "code", v.DELIVERIES),
    "languages": (True, "list", v.LANGUAGES),
    "regions": (True, "list", v.REGIONS),
    "status": (True, "code", v.STATUSES),
    "certification": (False, "bool", None),
    "replication": (False, "list", v.REPLICATIONS),
}
_NEED_FIELDS = {
    "id": (True, "str", None),
    "country": (True, "str", None),
    "text_language": (True, "code", v.LANGUAGES),
    "text": (True, "str", None),
    "themes": (False, "list", v.THEMES),
    "capacity_type": (False, "code", v.CAPACITY_TYPES),
    "level": (False, "code", v.LEVELS),
    "audience": (False, "list", v.AUDIENCES),
    "delivery": (False, "list", v.DELIVERIES),
    "languages": (False, "list", v.LANGUAGES),
    "priority": (False, "priority", None),
}


def _check(record: object, fields: dict) -> list[str]:
    if not isinstance(record, dict):
        return ["record: not a JSON object"]
    errors = []
    for name, required, kind, codes in _PLANS[id(fields)]:
        value = record.get(name)
        if value is None:
            if required:
                errors.append(f"{name}: missing")
        elif not _valid(value, kind, codes):
            errors.extend(_check_value(name, value, kind, fields[name][2]))
    return errors


def _valid(value: object, kind: str, codes: frozenset | None) -> bool:
    """The common case, checked quickly; `_check_value` words the errors of the rest."""
    if kind == "str":
        return type(value) is str and bool(value.strip())
    if kind == "code":
        return type(value) is str and value in codes
    if kind == "list" and type(value) is list:
        if codes is None:
            return all(type(item) is str for item in value)
        try:
            return codes.issuperset(value)  # codes are strings, so every item is one
        except TypeError:  # an unhashable item, such as a list
            return False
    return False


# Each schema as (name, required, kind, codes as a set), looked up by the schema's identity.
_PLANS = {
    id(fields): [
        (name, required, kind, frozenset(codes) if codes else None)
        for name, (required, kind, codes) in fields.items()
    ]
    for fields in (_ACTIVITY_FIELDS, _NEED_FIELDS)
}


def _check_value(name: str, value: object, kind: str, codes: tuple | None) -> list[str]:
    if kind == "str":
        return [] if isinstance(value, str) and value.strip() else [f"{name}: must be a non-empty string"]
    if kind == "bool":
        return [] if isinstance(value, bool) else [f"{name}: must be true or false"]
    if kind == "priority":
        ok = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 3
        return [] if ok else [f"{name}: must be an integer from 1 to 3"]
    if kind == "code":
        return [] if value in codes else [f"{name}: unknown code {value!r}"]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        return [f"{name}: must be a list of strings"]
    unknown = [item for item in value if codes is not None and item not in codes]
    return [f"{name}: unknown code {item!r}" for item in unknown]


def validate_activity(record: dict) -> list[str]:
    """Errors of an activity record in the exchange format, each naming its field; empty when valid."""
    errors = _check(record, _ACTIVITY_FIELDS)
    if not errors and not record["themes"]:
        errors.append("themes: must list at least one theme")
    translations = record.get("translations") if isinstance(record, dict) else None
    if translations is not None and not isinstance(translations, dict):
        errors.append("translations: must be an object keyed by language")
    return errors


def validate_need(record: dict) -> list[str]:
    """Errors of a need record in the exchange format, each naming its field; empty when valid."""
    errors = _check(record, _NEED_FIELDS)
    country = record.get("country") if isinstance(record, dict) else None
    if isinstance(country, str) and country.strip() and member_state(country) is None:
        errors.append(f"country: unknown ISO 3166-1 alpha-3 code of a UN member state {country!r}")
    return errors
