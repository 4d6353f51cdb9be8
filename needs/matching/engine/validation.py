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
        (name, required, kind, frozenset(codes) if codes else None) for name, (required, kind, codes) in fields.items()
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
    if _activity_ok(record):
        return []
    errors = _check(record, _ACTIVITY_FIELDS)
    if not errors and not record["themes"]:
        errors.append("themes: must list at least one theme")
    translations = record.get("translations") if isinstance(record, dict) else None
    if translations is not None and not isinstance(translations, dict):
        errors.append("translations: must be an object keyed by language")
    return errors


def validate_need(record: dict) -> list[str]:
    """Errors of a need record in the exchange format, each naming its field; empty when valid."""
    if _need_ok(record):
        return []
    errors = _check(record, _NEED_FIELDS)
    country = record.get("country") if isinstance(record, dict) else None
    if isinstance(country, str) and country.strip() and member_state(country) is None:
        errors.append(f"country: unknown ISO 3166-1 alpha-3 code of a UN member state {country!r}")
    return errors


# The common case, a valid record, in one pass with set lookups; any doubt falls back to the
# field-by-field checks above, which word every error. True only where those find none.
_KINDS = frozenset(v.ACTIVITY_KINDS)
_LANGUAGES = frozenset(v.LANGUAGES)
_THEMES = frozenset(v.THEMES)
_CAPACITY_TYPES = frozenset(v.CAPACITY_TYPES)
_LEVELS = frozenset(v.LEVELS)
_AUDIENCES = frozenset(v.AUDIENCES)
_DELIVERIES = frozenset(v.DELIVERIES)
_REGIONS = frozenset(v.REGIONS)
_STATUSES = frozenset(v.STATUSES)
_REPLICATIONS = frozenset(v.REPLICATIONS)


def _text(value: object) -> bool:
    # A string with more than white space (as ``bool(value.strip())``, without copying it).
    return type(value) is str and bool(value) and not value.isspace()


def _code(value: object, codes: frozenset) -> bool:
    return type(value) is str and value in codes


def _codes(value: object, codes: frozenset) -> bool:
    """A list of known codes (a set lookup for all at once)."""
    if type(value) is not list:
        return False
    try:
        return codes.issuperset(value)
    except TypeError:
        return False


def _activity_ok(record: object) -> bool:
    if type(record) is not dict:
        return False
    get = record.get
    # Inline checks (no helper call per field): this runs for every record of an inventory.
    themes, kind, text_language = get("themes"), get("kind"), get("text_language")
    delivery, status = get("delivery"), get("status")
    for value in (get("id"), get("agency"), get("title"), get("description")):
        if type(value) is not str or not value or value.isspace():
            return False
    if not (
        type(kind) is str
        and kind in _KINDS
        and type(text_language) is str
        and text_language in _LANGUAGES
        and type(delivery) is str
        and delivery in _DELIVERIES
        and type(status) is str
        and status in _STATUSES
        and type(themes) is list
        and themes
    ):
        return False
    try:
        for value, codes in (
            (themes, _THEMES),
            (get("capacity_type"), _CAPACITY_TYPES),
            (get("level"), _LEVELS),
            (get("audience"), _AUDIENCES),
            (get("languages"), _LANGUAGES),
            (get("regions"), _REGIONS),
        ):
            if type(value) is not list or not codes.issuperset(value):
                return False
    except TypeError:  # an unhashable item, such as a list
        return False
    partners, certification = get("partners"), get("certification")
    replication, translations = get("replication"), get("translations")
    return (
        (partners is None or (type(partners) is list and all(type(item) is str for item in partners)))
        and (certification is None or type(certification) is bool)
        and (replication is None or _codes(replication, _REPLICATIONS))
        and (translations is None or type(translations) is dict)
    )


def _need_ok(record: object) -> bool:
    if type(record) is not dict:
        return False
    get = record.get
    country = get("country")
    if not (_text(get("id")) and _text(country) and _text(get("text")) and _code(get("text_language"), _LANGUAGES)):
        return False
    if member_state(country) is None:
        return False
    themes, capacity, level = get("themes"), get("capacity_type"), get("level")
    audience, delivery, languages = get("audience"), get("delivery"), get("languages")
    priority = get("priority")
    return (
        (themes is None or _codes(themes, _THEMES))
        and (capacity is None or _code(capacity, _CAPACITY_TYPES))
        and (level is None or _code(level, _LEVELS))
        and (audience is None or _codes(audience, _AUDIENCES))
        and (delivery is None or _codes(delivery, _DELIVERIES))
        and (languages is None or _codes(languages, _LANGUAGES))
        and (priority is None or (type(priority) is int and 1 <= priority <= 3))
    )
