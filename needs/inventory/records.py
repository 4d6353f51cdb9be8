"""The activity record of the exchange format: validation into a canonical dict, one set of rules for
forms, imports and the API.

A canonical record has every key of ``FIELDS`` (empty values for optional ones), dates as ISO strings,
so that records compare equal when they say the same thing and round trips preserve every field.
Problems are ``(field, message)`` pairs; fields are dotted paths ("sessions.1.start",
"translations.fr.title") that the readers map back to a row and a column.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from flask_babel import gettext as _

UI_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
AGENCY_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
CURRENCY_PATTERN = re.compile(r"^[A-Z]{3}$")
URL_PATTERN = re.compile(r"^https?://[^\s<>\"]+$", re.IGNORECASE)

# (field, vocabulary list) for code lists that must not be empty, then the optional ones.
REQUIRED_LISTS = (("themes", "themes"), ("capacity_type", "capacity_type"), ("level", "level"),
                  ("audience", "audience"), ("languages", "languages"), ("regions", "regions"))
SINGLE_CODES = (("kind", "activity_kind"), ("delivery", "delivery"), ("status", "activity_status"))
SESSION_FIELDS = ("start", "end", "place", "online", "language", "seats", "deadline")
FIELDS = ("id", "agency", "partners", "kind", "title", "description", "text_language", "themes",
          "capacity_type", "level", "audience", "delivery", "languages", "regions", "status", "certification",
          "replication", "recommendations", "translations", "sessions", "contact", "link", "duration", "cost",
          "retired")
LIMITS = {"title": 300, "description": 10000, "contact": 300, "link": 500, "duration": 100, "place": 200,
          "partner": 80}
TRUE_WORDS = {"true", "yes", "1", "y", "x"}
FALSE_WORDS = {"false", "no", "0", "n", ""}


@dataclass
class Vocabulary:
    """The codes a record may use, gathered once per validation run."""

    lists: dict[str, set[str]]
    agencies: set[str]
    recommendations: set[str]


@dataclass
class Result:
    record: dict[str, Any] = field(default_factory=dict)
    problems: list[tuple[str, str]] = field(default_factory=list)

    def add(self, name: str, message: str) -> None:
        self.problems.append((name, message))


def split_list(value: Any) -> list[Any]:
    """Lists arrive as lists (JSON) or "a|b" text (spreadsheets); blanks are dropped."""
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split("|") if part.strip()]
    if isinstance(value, list | tuple):
        return list(value)
    return [value]


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _text(value: Any) -> str:
    """Text without surrounding space or control characters (which no spreadsheet can hold)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _CONTROL.sub("", str(value)).strip()


def _bool(result: Result, name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    word = _text(value).lower()
    if word in TRUE_WORDS:
        return True
    if word not in FALSE_WORDS:
        result.add(name, _("Write true or false."))
    return False


def _date(result: Result, name: str, value: Any, required: bool = False) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = _text(value)
    if not text:
        if required:
            result.add(name, _("A date is required."))
        return None
    try:
        return dt.date.fromisoformat(text[:10] if len(text) > 10 and text[10] in "T " else text).isoformat()
    except ValueError:
        result.add(name, _("Write a date as YYYY-MM-DD."))
        return None


def _int(result: Result, name: str, value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        result.add(name, _("Write a whole number."))
        return None
    try:
        number = float(value) if not isinstance(value, int) else value
    except (TypeError, ValueError):
        result.add(name, _("Write a whole number."))
        return None
    if number != int(number) or number < 0 or number > 1_000_000:
        result.add(name, _("Write a whole number."))
        return None
    return int(number)


def _string(result: Result, name: str, value: Any, limit_key: str, required: bool = False) -> str:
    text = _text(value)
    if required and not text:
        result.add(name, _("This field is required."))
    if len(text) > LIMITS[limit_key]:
        result.add(name, _("Too long: at most %(limit)s characters.", limit=LIMITS[limit_key]))
    return text


def _codes(result: Result, name: str, value: Any, allowed: set[str], required: bool) -> list[str]:
    items = [_text(item) for item in split_list(value)]
    items = list(dict.fromkeys(item for item in items if item))
    if required and not items:
        result.add(name, _("Choose at least one."))
    unknown = [item for item in items if item not in allowed]
    if unknown:
        result.add(name, _("Unknown code: %(codes)s.", codes=", ".join(unknown)))
    return [item for item in items if item in allowed]


def _code(result: Result, name: str, value: Any, allowed: set[str], required: bool = True) -> str:
    code = _text(value)
    if not code:
        if required:
            result.add(name, _("This field is required."))
        return ""
    if code not in allowed:
        result.add(name, _("Unknown code: %(codes)s.", codes=code))
    return code


def validate(raw: dict[str, Any], vocab: Vocabulary, *, new_agencies: bool = False) -> Result:
    """Check one raw record (from JSON, a spreadsheet row or a form) and build its canonical form.

    ``new_agencies`` lets an unknown but well-formed agency code through (an administrator's import
    creates it); otherwise the agency must be known.
    """
    result = Result()
    rec = result.record
    if not isinstance(raw, dict):
        result.add("id", _("Each record must be a JSON object."))
        return result
    rec["id"] = _text(raw.get("id"))
    if not ID_PATTERN.match(rec["id"]):
        result.add("id", _("An id of letters, digits, dots, dashes or underscores is required (at most 40)."))
    rec["agency"] = _text(raw.get("agency"))
    if rec["agency"] not in vocab.agencies and not (new_agencies and AGENCY_PATTERN.match(rec["agency"])):
        result.add("agency", _("Unknown agency: %(code)s.", code=rec["agency"]) if rec["agency"]
                   else _("This field is required."))
    rec["partners"] = []
    for index, partner in enumerate(split_list(raw.get("partners"))):
        text = _string(result, f"partners.{index}", partner, "partner")
        if text and text not in rec["partners"]:
            rec["partners"].append(text)
    for name, list_name in SINGLE_CODES:
        rec[name] = _code(result, name, raw.get(name), vocab.lists[list_name])
    rec["title"] = _string(result, "title", raw.get("title"), "title", required=True)
    rec["description"] = _string(result, "description", raw.get("description"), "description", required=True)
    rec["text_language"] = _code(result, "text_language", raw.get("text_language"), set(UI_LANGUAGES))
    for name, list_name in REQUIRED_LISTS:
        rec[name] = _codes(result, name, raw.get(name), vocab.lists[list_name], required=True)
    rec["certification"] = _bool(result, "certification", raw.get("certification"))
    rec["replication"] = _codes(result, "replication", raw.get("replication"), vocab.lists["replication"], False)
    rec["recommendations"] = _codes(result, "recommendations", raw.get("recommendations"),
                                    vocab.recommendations, False)
    rec["translations"] = _translations(result, raw.get("translations"), rec["text_language"])
    rec["sessions"] = _sessions(result, raw.get("sessions"), vocab.lists["languages"])
    rec["contact"] = _string(result, "contact", raw.get("contact"), "contact")
    rec["link"] = _string(result, "link", raw.get("link"), "link")
    if rec["link"] and not URL_PATTERN.match(rec["link"]):
        result.add("link", _("Write a web address beginning with https:// or http://."))
    rec["duration"] = _string(result, "duration", raw.get("duration"), "duration")
    rec["cost"] = _cost(result, raw.get("cost"))
    rec["retired"] = _bool(result, "retired", raw.get("retired"))
    return result


def _translations(result: Result, value: Any, original: str) -> dict[str, dict[str, str]]:
    if value in (None, ""):
        return {}
    if not isinstance(value, dict):
        result.add("translations", _("Translations must map a language code to a title and a description."))
        return {}
    out: dict[str, dict[str, str]] = {}
    for lang in UI_LANGUAGES:
        entry = value.get(lang)
        if lang == original or not entry:
            continue
        if not isinstance(entry, dict):
            result.add(f"translations.{lang}", _("Give a title and a description."))
            continue
        title = _string(result, f"translations.{lang}.title", entry.get("title"), "title")
        text = _string(result, f"translations.{lang}.description", entry.get("description"), "description")
        if title and not text:
            text = ""
        if text and not title:
            result.add(f"translations.{lang}.title", _("A translated description needs a translated title."))
        if title:
            out[lang] = {"title": title, "description": text}
    unknown = sorted(set(value) - set(UI_LANGUAGES))
    if unknown:
        result.add("translations", _("Unknown code: %(codes)s.", codes=", ".join(map(str, unknown))))
    return out


def _sessions(result: Result, value: Any, languages: set[str]) -> list[dict[str, Any]]:
    if value in (None, ""):
        return []
    if not isinstance(value, list):
        result.add("sessions", _("Sessions must be a list."))
        return []
    out = []
    for index, entry in enumerate(value):
        prefix = f"sessions.{index}"
        if not isinstance(entry, dict):
            result.add(prefix, _("Each session must be an object."))
            continue
        session = {
            "start": _date(result, f"{prefix}.start", entry.get("start"), required=True),
            "end": _date(result, f"{prefix}.end", entry.get("end")),
            "place": _string(result, f"{prefix}.place", entry.get("place"), "place"),
            "online": _bool(result, f"{prefix}.online", entry.get("online")),
            "language": _code(result, f"{prefix}.language", entry.get("language"), languages, required=False),
            "seats": _int(result, f"{prefix}.seats", entry.get("seats")),
            "deadline": _date(result, f"{prefix}.deadline", entry.get("deadline")),
        }
        if session["start"] and session["end"] and session["end"] < session["start"]:
            result.add(f"{prefix}.end", _("The end comes before the start."))
        if not session["place"] and not session["online"]:
            result.add(f"{prefix}.place", _("Give a place, or mark the session as online."))
        out.append(session)
    out.sort(key=lambda s: (s["start"] or "", s["end"] or "", s["place"], s["language"]))
    return out


def _cost(result: Result, value: Any) -> dict[str, Any] | None:
    if value in (None, "", {}):
        return None
    if not isinstance(value, dict):
        result.add("cost", _("Give an amount and a currency."))
        return None
    amount_raw, currency = value.get("amount"), _text(value.get("currency")).upper()
    if amount_raw in (None, "") and not currency:
        return None
    try:
        amount = float(amount_raw)
    except (TypeError, ValueError):
        result.add("cost.amount", _("Write an amount of zero or more."))
        return None
    if amount < 0 or amount != amount or amount > 1e9:
        result.add("cost.amount", _("Write an amount of zero or more."))
        return None
    if not CURRENCY_PATTERN.match(currency):
        result.add("cost.currency", _("Write a three-letter currency code such as USD."))
        return None
    return {"amount": int(amount) if amount.is_integer() else amount, "currency": currency}
