"""WTForms classes generated from a survey version: one class per (document, section, locale), cached,
since labels and choices of a frozen version in one language never change between requests.

Field names carry the prefix ``a-`` so no question name can collide with the page's own controls
(``revision``, ``action``, ``csrf_token``); a repeat is a FieldList of sub-forms
(``a-needs-0-need_themes``). Answers go in and out in the document's answers shape.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from werkzeug.datastructures import MultiDict
from wtforms import (
    DateField,
    FieldList,
    Form,
    FormField,
    HiddenField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms import widgets as w
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length

from needs.surveys.definitions import GFMD_LIST, AnswerProblem
from needs.surveys.definitions.model import (
    CALCULATE,
    DATE,
    DECIMAL,
    INTEGER,
    LONG_TEXT,
    NOTE,
    REPEAT,
    SCALE,
    SELECT_MULTIPLE,
    SELECT_ONE,
)
from needs.vocabulary import services as vocabulary

PREFIX = "a"
RADIO_LIMIT = 10  # longer single-choice lists become a drop-down
_CLASSES: dict[tuple, type[Form]] = {}
_LOCK = threading.Lock()
_INTEGER = re.compile(r"[+-]?\d{1,15}\Z")
_DECIMAL = re.compile(r"[+-]?(\d{1,15}(\.\d*)?|\.\d+)\Z")

# The reader's answer problems, by code, in the interface's language.
ANSWER_TEXT = {
    "required": _l("This question requires an answer."),
    "integer": _l("Enter a whole number."),
    "number": _l("Enter a number."),
    "date": _l("Enter a date (YYYY-MM-DD)."),
    "text": _l("Enter text."),
    "choice": _l("'%(value)s' is not one of the choices."),
    "min": _l("Enter a value of at least %(min)s."),
    "max": _l("Enter a value of at most %(max)s."),
    "min_length": _l("Enter at least %(min_length)s characters."),
    "max_length": _l("Enter at most %(max_length)s characters."),
    "pattern": _l("The answer does not have the expected form."),
    "constraint": _l("The answer is not accepted."),
    "min_count": _l("Add at least %(min_count)s."),
    "max_count": _l("Add at most %(max_count)s."),
}


def problem_text(problem: AnswerProblem, locale: str) -> str:
    """The definition's own message in the user's language, else the interface's text for the code."""
    if problem.message:
        own = vocabulary.pick(problem.message, locale)
        if own:
            return own
    text = ANSWER_TEXT.get(problem.code)
    if text is None:
        return problem.english()
    try:
        return str(text) % problem.params
    except (KeyError, TypeError, ValueError):
        return str(text)


class CheckboxList(SelectMultipleField):
    widget = w.ListWidget(prefix_label=False)
    option_widget = w.CheckboxInput()


def choices_for(question: dict, locale: str) -> list[tuple[str, str]]:
    """Code and label of each choice, from the question, a vocabulary list or the GFMD recommendations."""
    source = question["choices"]
    if source is None:
        return []
    if isinstance(source, list):
        return [(c["value"], vocabulary.pick(c["label"], locale) or c["value"]) for c in source]
    if source == GFMD_LIST:
        return vocabulary.recommendation_choices(locale)
    return vocabulary.choices(source, locale)


def options(pairs) -> list[SelectChoice]:
    return [SelectChoice(value, label) for value, label in pairs]


def _field(question: dict, locale: str):
    label = vocabulary.pick(question["label"], locale) or question["name"]
    type_ = question["type"]
    kwargs: dict[str, Any] = {"label": label, "render_kw": {}}
    if type_ in (SELECT_ONE, SCALE):
        choices = options(choices_for(question, locale)) if question["choices"] != GFMD_LIST else []
        if len(choices) > RADIO_LIMIT:
            return SelectField(choices=[SelectChoice("", "—"), *choices], validate_choice=False, **kwargs)
        return RadioField(choices=choices, validate_choice=False, **kwargs)
    if type_ == SELECT_MULTIPLE:
        choices = options(choices_for(question, locale)) if question["choices"] != GFMD_LIST else []
        return CheckboxList(choices=choices, validate_choice=False, **kwargs)
    if type_ == LONG_TEXT:
        if question["max_length"]:
            kwargs["render_kw"]["maxlength"] = question["max_length"]
        return TextAreaField(**kwargs)
    if type_ in (INTEGER, DECIMAL):
        kwargs["render_kw"]["inputmode"] = "numeric" if type_ == INTEGER else "decimal"
    elif type_ == DATE:
        kwargs["render_kw"]["type"] = "date"
    elif question["max_length"]:
        kwargs["render_kw"]["maxlength"] = question["max_length"]
    return StringField(**kwargs)


def _is_field(item: dict) -> bool:
    return item["type"] not in (NOTE, CALCULATE)


def _instance_class(repeat: dict, locale: str) -> type[Form]:
    attrs: dict[str, Any] = {"present": HiddenField(default="1")}  # keeps an instance with nothing ticked
    for question in repeat["items"]:
        if _is_field(question):
            attrs[question["name"]] = _field(question, locale)
    return type("RepeatInstanceForm", (Form,), attrs)


def page_form_class(checksum: str, doc: dict, section: dict, locale: str) -> type[Form]:
    """The cached form class of one section of one document in one language."""
    key = (checksum, section["name"], locale)
    cls = _CLASSES.get(key)
    if cls is not None:
        return cls
    attrs: dict[str, Any] = {}
    for item in section["items"]:
        if item["type"] == REPEAT:
            attrs[item["name"]] = FieldList(FormField(_instance_class(item, locale)), min_entries=0)
        elif _is_field(item):
            attrs[item["name"]] = _field(item, locale)
    cls = type("SurveyPageForm", (Form,), attrs)
    with _LOCK:
        _CLASSES[key] = cls
    return cls


def _gfmd_questions(section: dict):
    for item in section["items"]:
        for question in item["items"] if item["type"] == REPEAT else [item]:
            if question.get("choices") == GFMD_LIST:
                yield item, question


def build_form(checksum: str, doc: dict, section: dict, locale: str, *, formdata: MultiDict | None = None,
               answers: dict[str, Any] | None = None) -> Form:
    """A bound page form: from posted data, or filled with the stored answers."""
    cls = page_form_class(checksum, doc, section, locale)
    if formdata is not None:
        form = cls(formdata=formdata, prefix=PREFIX)
    else:
        form = cls(formdata=None, data=_form_data(section, answers or {}), prefix=PREFIX)
    gfmd = None
    for item, question in _gfmd_questions(section):
        gfmd = gfmd if gfmd is not None else options(vocabulary.recommendation_choices(locale))  # reviewers edit these
        if item is question:
            form[question["name"]].choices = gfmd
        else:
            for entry in form[item["name"]].entries:
                entry.form[question["name"]].choices = gfmd
    return form


def _form_data(section: dict, answers: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for item in section["items"]:
        value = answers.get(item["name"])
        if item["type"] == REPEAT:
            data[item["name"]] = [_display(dict(entry)) for entry in value or [] if isinstance(entry, dict)]
        elif value is not None:
            data[item["name"]] = display_value(value)
    return data


def _display(entry: dict) -> dict:
    return {name: display_value(value) for name, value in entry.items()}


def display_value(value):
    """A stored answer as the form is given it (numbers as text)."""
    if isinstance(value, list):
        return [str(v) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    return str(value) if isinstance(value, int | float) else value


def section_answers(section: dict, form: Form) -> dict[str, Any]:
    """The answers of one section as the form holds them; unanswered questions are left out."""
    answers: dict[str, Any] = {}
    for item in section["items"]:
        if item["type"] == REPEAT:
            answers[item["name"]] = [_instance_answers(item, entry.form) for entry in form[item["name"]].entries]
        elif _is_field(item):
            value = normalise(item, form[item["name"]].data)
            if value is not None:
                answers[item["name"]] = value
    return answers


def _instance_answers(repeat: dict, form: Form) -> dict[str, Any]:
    out = {}
    for question in repeat["items"]:
        if _is_field(question):
            value = normalise(question, form[question["name"]].data)
            if value is not None:
                out[question["name"]] = value
    return out


def normalise(question: dict, value) -> Any:
    """Typed answer, or None when unanswered; a value that does not parse is kept as typed."""
    if question["type"] == SELECT_MULTIPLE:
        codes = [str(v) for v in value or [] if str(v)]
        return codes or None
    if value is None:
        return None
    text = str(value).strip()
    if not text or (text == "None" and question["type"] in (SELECT_ONE, SCALE)):  # WTForms' str(None)
        return None
    if question["type"] == INTEGER and _INTEGER.match(text):
        return int(text)
    if question["type"] == DECIMAL and _DECIMAL.match(text):
        return float(text)
    return text


def section_names(section: dict) -> set[str]:
    return {item["name"] for item in section["items"]}


# ---- CDTF forms ------------------------------------------------------------------------------------

class UploadForm(FlaskForm):
    definition = FileField(_l("Survey file (YAML or XLSForm .xlsx)"), validators=[FileRequired()])


class RoundForm(FlaskForm):
    title = StringField(_l("Title"), validators=[DataRequired(), Length(max=200)])
    version_id = SelectField(_l("Survey version"), coerce=int, validators=[DataRequired()])
    opens = DateField(_l("Opens on"), validators=[DataRequired()])
    deadline = DateField(_l("Deadline"), validators=[DataRequired()])
