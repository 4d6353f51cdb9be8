"""From a submitted response to need records of the matching exchange format.

Each instance of a repeat holding questions with a ``needs`` mapping gives one need; mapped
questions outside repeats give one more. Irrelevant answers are left out, as in the form.
"""

from datetime import date

from ..expressions import to_list
from ..expressions.values import blank
from .form_state import evaluate_form
from .model import LIST_NEEDS_FIELDS, REPEAT, iter_items


def extract_needs(doc: dict, answers: dict, *, country: str, text_language: str, today: date | None = None,
                  id_prefix: str | None = None) -> list[dict]:
    """Need records ``{"country", "text_language", "text", "themes": [...], "capacity_type", "level",
    "audience": [...], "delivery": [...], "languages": [...], "priority": 1-3, "source": path}``.

    List fields are lists (empty when unanswered); single fields appear only when answered.
    ``source`` names where the need came from (``needs[2]``, or ``""`` for questions outside
    repeats). With ``id_prefix`` each record gets ``id`` = ``<id_prefix>-<n>`` counting from 1.
    An instance where every mapped question is unanswered gives no need.
    """
    values = evaluate_form(doc, answers, today=today).values
    records = []
    for source, mapping, instance in _instances(doc, values):
        record = _record(mapping, instance)
        if record is None:
            continue
        record = {"country": country, "text_language": text_language, **record, "source": source}
        if id_prefix:
            record = {"id": f"{id_prefix}-{len(records) + 1}", **record}
        records.append(record)
    return records


def _instances(doc: dict, values: dict):
    """``(source, {field: question name}, answers)`` for each would-be need."""
    top, repeats = {}, {}
    for _section, repeat, item in iter_items(doc):
        if item["type"] != REPEAT and item["needs_field"]:
            target = repeats.setdefault(repeat["name"], {}) if repeat else top
            target[item["needs_field"]] = item["name"]
    if top:
        yield "", top, values
    for name, mapping in repeats.items():
        for index, instance in enumerate(values.get(name) or []):
            if isinstance(instance, dict):
                yield f"{name}[{index}]", mapping, instance


def _record(mapping: dict, answers: dict) -> dict | None:
    record, answered = {}, False
    for field, name in mapping.items():
        value = answers.get(name)
        answered = answered or not blank(value)
        if field in LIST_NEEDS_FIELDS:
            record[field] = to_list(value)
        elif field == "text":
            record["text"] = str(value or "").strip()
        elif field == "priority":
            priority = _priority(value)
            if priority is not None:
                record["priority"] = priority
        else:
            codes = to_list(value)
            if len(codes) == 1:  # a single code; several mean no preference
                record[field] = codes[0]
    return record if answered else None


def _priority(value) -> int | None:
    try:
        number = int(str(value).strip())
    except ValueError:
        return None
    return number if 1 <= number <= 3 else None
