"""The answers of a posted section page, read as its WTForms form reads them (forms.build_form, then
forms.section_answers), without binding the form: autosave reads a page at every pause in typing, and
binding the form's fields cost more than the rest of the save's work in the view. Not a library: what is
mirrored is the form's own reading of the data, which WTForms does not offer apart from the fields.

The mirror, by WTForms field (forms._field): a text, radio or drop-down field takes the first value
posted under its name (None when absent); a checkbox list takes all of them; a repeat (FieldList of
FormFields) has one instance per distinct number N posted in a name ``a-<repeat>?N-…``, in order of N,
each read under ``a-<repeat>-N-``. forms.normalise then types the value, as section_answers does.
tests/surveys/test_posted.py compares both readings on valid and invalid posts."""

from __future__ import annotations

import threading
from typing import Any

from needs.surveys.definitions.model import CALCULATE, NOTE, REPEAT, SELECT_MULTIPLE
from needs.surveys.forms import PREFIX, normalise

_PLANS: dict[tuple[str, str], tuple] = {}
_LOCK = threading.Lock()


def section_answers(checksum: str, section: dict, formdata) -> dict[str, Any]:
    """What ``forms.section_answers(section, build_form(checksum, …, formdata=formdata))`` returns."""
    answers: dict[str, Any] = {}
    for name, field, question, questions in _plan(checksum, section):
        if questions is None:
            value = _read(question, field, formdata)
            if value is not None:
                answers[name] = value
        else:
            answers[name] = [_instance(questions, f"{field}-{index}-", formdata)
                             for index in _indices(field, formdata)]
    return answers


def _plan(checksum: str, section: dict) -> tuple:
    """Per item: its name, its field's name, the question (or None) and a repeat's questions (or None);
    kept per version and section (the checksum names the document's content)."""
    key = (checksum, section["name"])
    plan = _PLANS.get(key)
    if plan is None:
        plan = tuple((item["name"], f"{PREFIX}-{item['name']}", item,
                      _fields(item["items"]) if item["type"] == REPEAT else None)
                     for item in _fields(section["items"]))
        with _LOCK:
            _PLANS[key] = plan
    return plan


def _fields(items: list[dict]) -> tuple:
    """The items the form has fields for (forms._is_field): notes and calculations have none."""
    return tuple(item for item in items if item["type"] not in (NOTE, CALCULATE))


def _read(question: dict, field: str, formdata) -> Any:
    values = formdata.getlist(field)
    if question["type"] == SELECT_MULTIPLE:
        return normalise(question, [str(value) for value in values])
    return normalise(question, str(values[0]) if values else None)


def _instance(questions: tuple, prefix: str, formdata) -> dict[str, Any]:
    out = {}
    for question in questions:
        value = _read(question, prefix + question["name"], formdata)
        if value is not None:
            out[question["name"]] = value
    return out


def _indices(field: str, formdata) -> list[int]:
    """FieldList._extract_indices: the prefix is tested without its separator, the number is what
    follows the next character up to a dash, and any Unicode digits count."""
    if not formdata:
        return []
    offset = len(field) + 1
    found = set()
    for key in formdata:
        if key.startswith(field):
            number = key[offset:].split("-", 1)[0]
            if number.isdigit():
                found.add(int(number))
    return sorted(found)
