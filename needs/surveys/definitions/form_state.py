"""Which parts of a survey apply to a set of answers, and the answers as the form sees them.

Walking in document order, each section, question and repeat instance gets its relevance; an
answer to something not relevant is dropped (XLSForm semantics: it counts as unanswered for the
questions after it), and calculations are computed. A condition that cannot be evaluated leaves
its question relevant, so nothing is hidden from the respondent by an authoring mistake.
"""

from dataclasses import dataclass
from datetime import date

from ..expressions import Context, ExpressionError, parse
from .model import CALCULATE, REPEAT, repeat_names


@dataclass
class FormState:
    relevant: dict[str, bool]  # section, question and repeat names; "repeat[i].name" paths
    values: dict  # the answers shape, without irrelevant answers, with calculations


def evaluate_form(doc: dict, answers: dict, *, today: date | None = None) -> FormState:
    values = _copy_answers(answers)
    context = Context(values, today=today, repeat_names=repeat_names(doc))
    relevant: dict[str, bool] = {}
    for section in doc["sections"]:
        shown = relevant[section["name"]] = _condition(section["relevant"], context)
        for item in section["items"]:
            if item["type"] == REPEAT:
                _walk_repeat(item, shown, context, relevant)
            else:
                relevant[item["name"]] = shown and _condition(item["relevant"], context)
                _settle(item, relevant[item["name"]], values, context)
    return FormState(relevant, values)


def relevant_map(doc: dict, answers: dict, *, today: date | None = None) -> dict[str, bool]:
    """``{path: bool}`` for every section, question, repeat and repeat-instance question."""
    return evaluate_form(doc, answers, today=today).relevant


def _walk_repeat(repeat: dict, shown: bool, context: Context, relevant: dict) -> None:
    name = repeat["name"]
    relevant[name] = shown and _condition(repeat["relevant"], context)
    if not relevant[name]:
        context.answers[name] = []
        return
    for index, instance in enumerate(context.answers.get(name, [])):
        scope = context.at(repeat=(name, index))
        for question in repeat["items"]:
            path = f"{name}[{index}].{question['name']}"
            relevant[path] = _condition(question["relevant"], scope)
            _settle(question, relevant[path], instance, scope)


def _settle(question: dict, relevant: bool, values: dict, context: Context) -> None:
    """Drop the answer of an irrelevant question; compute a calculation."""
    name = question["name"]
    if not relevant:
        values.pop(name, None)
    elif question["type"] == CALCULATE:
        try:
            values[name] = parse(question["calculation"]).evaluate(context)
        except ExpressionError:
            values[name] = ""


def _condition(text: str | None, context: Context) -> bool:
    if not text:
        return True
    try:
        return parse(text).test(context)
    except ExpressionError:
        return True


def _copy_answers(answers: dict) -> dict:
    copy = {}
    for name, value in (answers or {}).items():
        if isinstance(value, list) and value and all(isinstance(entry, dict) for entry in value):
            copy[name] = [dict(entry) for entry in value]
        else:
            copy[name] = value
    return copy
