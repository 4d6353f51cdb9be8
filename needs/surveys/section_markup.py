"""The questions of a section page as markup, by the macros of ``surveys/_section_form.html``.

Pages that show errors or a conflict (after a POST, or ``?check=1``) render the view models of a bound
WTForms form (``section_items``) through the macros, question by question.

A plain GET of a section, the page a focal point opens again and again, is filled in instead: everything
in its markup but a response's values is the same on every request for a version (by checksum: a
published version is frozen, an edited draft has another checksum), section, language and number of
repeat instances. So the same macros render it once with numbered markers where those values go (the
``hidden`` attribute of a question skip logic hides, a typed value, ticked choices, the selected option,
an instance's hidden field), the result is kept as static pieces, and each request only fills the
markers, escaped, from the stored answers. No form is built on that path: ``stored_values`` gives the
values exactly as WTForms binds them (the tests compare both ways of rendering).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from flask_babel import get_locale
from markupsafe import Markup, escape

from needs.core.compiled_markup import Compiled, Markers, compile_macro
from needs.i18n.services import gettext as _
from needs.surveys.definitions import GFMD_LIST
from needs.surveys.definitions.model import CALCULATE, NOTE, REPEAT, SCALE, SELECT_MULTIPLE, SELECT_ONE
from needs.surveys.forms import build_form, display_value, normalise, options, problem_text
from needs.vocabulary import services as vocabulary

TEMPLATE = "surveys/_section_form.html"
TEXT, ONE, MANY = "text", "one", "many"  # how a field binds its data: as is, one code, a list of codes


def _pick(texts, locale: str) -> str:
    return vocabulary.pick(texts, locale)


# ---- view models (the macros' input) ---------------------------------------------------------------


def question_view(
    question: dict, field, path: str, relevant: dict, errors: dict, conflict: dict, locale: str
) -> dict[str, Any]:
    problem = errors.get(path)
    shown = relevant.get(path, True)
    return {
        "kind": question["type"] if question["type"] in (NOTE, CALCULATE) else "question",
        "q": question,
        "field": field,
        "path": path,
        "relevant": shown,
        "hidden": "" if shown else " hidden",
        "label": _pick(question["label"], locale) or question["name"],
        "hint": _pick(question["hint"], locale),
        "required": question.get("required", False),
        "required_text": problem_text_required(question, locale),
        "error": problem_text(problem, locale) if problem else None,
        "conflict": conflict.get(path),
    }


def problem_text_required(question: dict, locale: str) -> str:
    own = _pick(question.get("required_message") or {}, locale)
    return own or _("This question requires an answer.")


def repeat_view(item: dict, instances: list, blank: dict, relevant: dict, errors: dict, locale: str) -> dict[str, Any]:
    shown = relevant.get(item["name"], True)
    return {
        "kind": "repeat",
        "q": item,
        "path": item["name"],
        "relevant": shown,
        "hidden": "" if shown else " hidden",
        "label": _pick(item["label"], locale),
        "hint": _pick(item["hint"], locale),
        "instances": instances,
        "blank": blank,
        "error": problem_text(errors[item["name"]], locale) if item["name"] in errors else None,
        "can_add": item["max_count"] is None or len(instances) < item["max_count"],
    }


def section_items(
    checksum: str, doc: dict, part: dict, form, relevant: dict, locale: str, *, errors: dict, conflict: dict
) -> list[dict[str, Any]]:
    """View models of a bound form, for pages with errors or a conflict."""
    items = []
    for item in part["items"]:
        if item["type"] != REPEAT:
            field = form[item["name"]] if item["name"] in form else None
            items.append(question_view(item, field, item["name"], relevant, errors, conflict, locale))
            continue
        instances = [
            _instance_view(item, entry.form, index, relevant, errors, conflict, locale)
            for index, entry in enumerate(form[item["name"]].entries)
        ]
        blank_form = build_form(checksum, doc, part, locale, answers={item["name"]: [{}]})
        blank = _instance_view(item, blank_form[item["name"]].entries[0].form, 0, {}, {}, {}, locale)
        items.append(repeat_view(item, instances, blank, relevant, errors, locale))
    return items


def _instance_view(
    item: dict, form, index: int, relevant: dict, errors: dict, conflict: dict, locale: str
) -> dict[str, Any]:
    return {
        "index": index,
        "present": form.present,
        "questions": [
            question_view(
                q,
                form[q["name"]] if q["name"] in form else None,
                f"{item['name']}[{index}].{q['name']}",
                relevant,
                errors,
                conflict,
                locale,
            )
            for q in item["items"]
        ],
    }


# ---- choices, options and hidden fields (used by the macros) ------------------------------------------

_CHOICE_HTML: dict[tuple, tuple[str, dict]] = {}
CHOICE_HTML_CACHE = 2048


def _choice_parts(kind: str, name: str, ident: str, pairs: tuple) -> tuple[str, dict]:
    """The options' escaped markup with nothing ticked, and where " checked" (or " selected") goes for
    each value; kept per field and choices (so a list a reviewer extends gets new markup)."""
    key = (kind, name, ident, pairs)
    parts = _CHOICE_HTML.get(key)
    if parts is None:
        name, ident = escape(name), escape(ident)
        if kind == "select":
            options = [(v, f'<option value="{escape(v)}"', f">{escape(label)}</option>") for v, label in pairs]
        else:
            options = [
                (
                    value,
                    f'<li><input type="{kind}" name="{name}" id="{ident}-{i}" value="{escape(value)}"',
                    f'> <label for="{ident}-{i}">{escape(label)}</label></li>',
                )
                for i, (value, label) in enumerate(pairs)
            ]
        plain, marks, length = [], {}, 0
        for value, head, tail in options:
            marks.setdefault(value, []).append(length + len(head))
            plain += (head, tail)
            length += len(head) + len(tail)
        parts = ("".join(plain), marks)
        if len(_CHOICE_HTML) >= CHOICE_HTML_CACHE:
            _CHOICE_HTML.clear()
        _CHOICE_HTML[key] = parts
    return parts


def _pairs(choices) -> tuple:
    return tuple((c.value, c.label) for c in choices or [])


def _ticked(parts: tuple[str, dict], chosen, mark: str) -> str:
    """The options with ``mark`` after each chosen one (a few among many: only those are touched)."""
    plain, marks = parts
    at = [offset for value in chosen if value in marks for offset in marks[value]]
    if not at:
        return plain
    pieces, start = [], 0
    for offset in sorted(set(at)):
        pieces += (plain[start:offset], mark)
        start = offset
    pieces.append(plain[start:])
    return "".join(pieces)


def choice_items(field, many: bool) -> Markup:
    """The ``<li>`` options of a radio or checkbox question (only " checked" changes per request)."""
    parts = _choice_parts("checkbox" if many else "radio", field.name, field.id, _pairs(field.choices))
    chosen = (field.data or []) if many else [field.data]
    return Markup(_ticked(parts, chosen, " checked"))  # noqa: S704 - parts escaped in _choice_parts


def option_items(field, value) -> Markup:
    """The ``<option>`` elements of a drop-down question (only " selected" changes per request)."""
    parts = _choice_parts("select", field.name, field.id, _pairs(field.choices))
    return Markup(_ticked(parts, (value,), " selected"))  # noqa: S704 - parts escaped in _choice_parts


def hidden_html(field) -> Markup:
    """A hidden field as WTForms writes it (id, name, type, value), without going through its widget."""
    if field.render_kw:
        return field()
    html = f'<input id="{escape(field.id)}" name="{escape(field.name)}" type="hidden" value="{escape(field._value())}">'
    return Markup(html)  # noqa: S704 - every part escaped


# ---- stored answers as the form would bind them ----------------------------------------------------------


def _kind(question: dict) -> str:
    if question["type"] in (SELECT_ONE, SCALE):
        return ONE
    return MANY if question["type"] == SELECT_MULTIPLE else TEXT


def _bound(kind: str, value):
    """A stored answer as the field's data: forms.display_value, then the field's process_data
    (StringField keeps it, RadioField and SelectField coerce with str, SelectMultipleField lists it)."""
    value = display_value(value)
    if kind == TEXT or value is None:
        return value
    if kind == ONE:
        return str(value)
    try:
        return [str(v) for v in value]
    except TypeError:
        return None


def _fields(items: list[dict]) -> list[dict]:
    return [q for q in items if q["type"] not in (NOTE, CALCULATE)]


def stored_values(part: dict, answers: dict[str, Any]) -> dict[str, Any]:
    """{question: data} and {repeat: [{question: data, "present": data}, ...]} of one section."""
    values: dict[str, Any] = {}
    for item in part["items"]:
        value = answers.get(item["name"])
        if item["type"] == REPEAT:
            values[item["name"]] = [
                {
                    "present": display_value(entry.get("present", "1")),
                    **{q["name"]: _bound(_kind(q), entry.get(q["name"])) for q in _fields(item["items"])},
                }
                for entry in value or []
                if isinstance(entry, dict)
            ]
        elif item["type"] not in (NOTE, CALCULATE):
            values[item["name"]] = _bound(_kind(item), value)
    return values


def values_answers(part: dict, values: dict[str, Any]) -> dict[str, Any]:
    """The section's answers from stored_values, as forms.section_answers gives them from a form."""
    answers: dict[str, Any] = {}
    for item in part["items"]:
        if item["type"] == REPEAT:
            answers[item["name"]] = [_instance_answers(item["items"], entry) for entry in values[item["name"]]]
        elif item["name"] in values:
            value = normalise(item, values[item["name"]])
            if value is not None:
                answers[item["name"]] = value
    return answers


def _instance_answers(questions: list[dict], entry: dict) -> dict[str, Any]:
    out = {}
    for question in _fields(questions):
        value = normalise(question, entry[question["name"]])
        if value is not None:
            out[question["name"]] = value
    return out


# ---- compiled markup ---------------------------------------------------------------------------------

# A fill takes (values, relevant, GFMD choices) and returns the markup for one marker.
_COMPILED: dict[tuple, Compiled | None] = {}
COMPILED_CACHE = 512
_LOCK = threading.Lock()


def items_html(checksum: str, doc: dict, part: dict, locale: str, values: dict, relevant: dict) -> Markup | None:
    """The questions of a section without errors or conflicts, from the compiled markup; None when the
    section cannot be compiled (then the macros render it)."""
    counts = tuple(len(values[item["name"]]) for item in part["items"] if item["type"] == REPEAT)
    key = (checksum, part["name"], locale, counts)
    compiled = _COMPILED.get(key, False)
    if compiled is False:
        if str(get_locale()) != locale:
            return None  # the macros translate into the request's language: only that one is kept
        markers = _Markers()
        views = _stand_in_items(checksum, doc, part, locale, counts, markers)
        compiled = compile_macro(
            TEMPLATE,
            "items",
            markers,
            views,
            vars={
                "choice_items": markers.choices,
                "option_items": lambda field, value: markers.select(field),
                "hidden_html": hidden_html,
            },
        )
        with _LOCK:
            if len(_COMPILED) >= COMPILED_CACHE:
                _COMPILED.pop(next(iter(_COMPILED)))  # the oldest
            _COMPILED[key] = compiled
    if compiled is None:
        return None
    gfmd = _pairs(options(vocabulary.recommendation_choices(locale))) if _has_gfmd(part) else ()
    return compiled.fill(values, relevant, gfmd)


def _has_gfmd(part: dict) -> bool:
    return any(
        q.get("choices") == GFMD_LIST
        for item in part["items"]
        for q in (item["items"] if item["type"] == REPEAT else [item])
    )


class _StandIn:
    """What the macros read of a bound field, with a marker (or nothing, in the blank instance) as data."""

    def __init__(self, field, data, getter: Callable[[dict], Any], gfmd: bool):
        self.type, self.id, self.name, self.render_kw = field.type, field.id, field.name, field.render_kw
        self.choices = getattr(field, "choices", None)
        self.data, self.getter, self.gfmd = data, getter, gfmd

    def _value(self):
        return self.data


class _Markers(Markers):
    """Markers for a response's values in the questions' markup."""

    def hidden(self, path: str) -> Markup:
        return self.add(lambda values, relevant, gfmd: "" if relevant.get(path, True) else " hidden")

    def value(self, getter) -> Markup:
        return self.add(lambda values, relevant, gfmd: str(escape(_or_empty(getter(values)))))

    def choices(self, field: _StandIn, many: bool) -> Markup:
        kind, name, ident, getter = "checkbox" if many else "radio", field.name, field.id, field.getter
        fixed = None if field.gfmd else _choice_parts(kind, name, ident, _pairs(field.choices))

        def fill(values, relevant, gfmd):
            parts = fixed if fixed is not None else _choice_parts(kind, name, ident, gfmd)
            data = getter(values)
            return _ticked(parts, (data or []) if many else (data,), " checked")

        return self.add(fill)

    def select(self, field: _StandIn) -> Markup:
        # GFMD questions are never drop-downs (forms._field: their choices come after the class is made)
        parts, getter = _choice_parts("select", field.name, field.id, _pairs(field.choices)), field.getter
        return self.add(lambda values, relevant, gfmd: _ticked(parts, (_or_empty(getter(values)),), " selected"))


def _or_empty(value):
    return "" if value is None else value


def _stand_in_items(checksum: str, doc: dict, part: dict, locale: str, counts: tuple, markers: _Markers) -> list[dict]:
    repeats = [item for item in part["items"] if item["type"] == REPEAT]
    form = build_form(
        checksum,
        doc,
        part,
        locale,
        answers={item["name"]: [{}] * max(n, 1) for item, n in zip(repeats, counts, strict=True)},
    )
    count = dict(zip((item["name"] for item in repeats), counts, strict=True))
    items = []
    for item in part["items"]:
        name = item["name"]
        if item["type"] != REPEAT:
            field = None
            if name in form:
                field = _stand_in(form[name], item, lambda values, name=name: values[name], markers)
            view = question_view(item, field, name, {}, {}, {}, locale)
            view["hidden"] = markers.hidden(name)
            items.append(view)
            continue
        entries = form[name].entries
        instances = [
            _stand_in_instance(item, entries[index].form, index, locale, markers) for index in range(count[name])
        ]
        blank = _stand_in_instance(item, entries[0].form, None, locale, markers)
        view = repeat_view(item, instances, blank, {}, {}, locale)
        view["hidden"] = markers.hidden(name)
        items.append(view)
    return items


def _stand_in(field, question: dict, getter, markers: _Markers | None) -> _StandIn:
    """markers None: the blank instance, whose fields are empty."""
    data = markers.value(getter) if markers is not None and _kind(question) == TEXT else None
    return _StandIn(field, data, getter, question.get("choices") == GFMD_LIST)


def _stand_in_instance(item: dict, form, index: int | None, locale: str, markers: _Markers) -> dict[str, Any]:
    """An instance of a repeat with markers; index None: the blank instance "add one more" copies."""
    repeat, questions = item["name"], []
    for q in item["items"]:
        path = f"{repeat}[{index or 0}].{q['name']}"
        if index is None:
            getter = _nothing
        else:

            def getter(values, index=index, question=q["name"]):
                return values[repeat][index][question]

        field = _stand_in(form[q["name"]], q, getter, None if index is None else markers) if q["name"] in form else None
        view = question_view(q, field, path, {}, {}, {}, locale)
        if index is not None:
            view["hidden"] = markers.hidden(path)
        questions.append(view)
    present = form.present
    if index is not None:
        present = _StandIn(present, markers.value(lambda values: values[repeat][index]["present"]), _nothing, False)
    return {"index": index or 0, "present": present, "questions": questions}


def _nothing(values):
    return None
