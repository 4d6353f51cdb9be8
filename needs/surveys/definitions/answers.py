"""Validation of a respondent's answers against the document: required (only when relevant), types,
ranges, lengths, patterns and the constraint expression with its translated message."""

import re
from dataclasses import dataclass, field
from datetime import date

from ..expressions import Context, ExpressionError, parse
from ..expressions.values import blank
from .form_state import FormState, evaluate_form
from .model import CHOICE_TYPES, DATE, DECIMAL, DISPLAY_ONLY, INTEGER, REPEAT, SELECT_MULTIPLE, repeat_names

# English text for each code; the application translates by code and params.
ANSWER_MESSAGES = {
    "required": "This question requires an answer.",
    "integer": "Enter a whole number.",
    "number": "Enter a number.",
    "date": "Enter a date (YYYY-MM-DD).",
    "text": "Enter text.",
    "choice": "'{value}' is not one of the choices.",
    "min": "Enter a value of at least {min}.",
    "max": "Enter a value of at most {max}.",
    "min_length": "Enter at least {min_length} characters.",
    "max_length": "Enter at most {max_length} characters.",
    "pattern": "The answer does not have the expected form.",
    "constraint": "The answer is not accepted.",
    "min_count": "Add at least {min_count}.",
    "max_count": "Add at most {max_count}.",
}
_INTEGER = re.compile(r"[+-]?\d{1,15}\Z")
_DECIMAL = re.compile(r"[+-]?(\d{1,15}(\.\d*)?|\.\d+)\Z")


@dataclass(frozen=True)
class AnswerProblem:
    code: str
    params: dict = field(default_factory=dict)
    message: dict[str, str] | None = None  # the definition's own translated message, if it has one

    def english(self) -> str:
        if self.message and self.message.get("en"):
            return self.message["en"]
        return ANSWER_MESSAGES[self.code].format(**self.params)

    def to_dict(self) -> dict:
        return {"code": self.code, "params": dict(self.params), "message": self.message}


def validate_answers(doc: dict, answers: dict, *, today: date | None = None, section: str | None = None,
                     vocabularies: dict | None = None) -> dict[str, AnswerProblem]:
    """``{field path: AnswerProblem}`` for the relevant questions (of one section if named).

    ``vocabularies`` optionally maps list names (``themes``, ``gfmd_recommendations``) to their
    codes, so that answers from those lists are checked too.
    """
    state = evaluate_form(doc, answers, today=today)
    context = Context(state.values, today=today, repeat_names=repeat_names(doc))
    problems: dict[str, AnswerProblem] = {}
    for part in doc["sections"]:
        if section is not None and part["name"] != section:
            continue
        for item in part["items"]:
            if item["type"] == REPEAT:
                problems.update(_check_repeat(item, answers, state, context, vocabularies or {}))
            elif state.relevant.get(item["name"]):
                problem = _check(item, answers.get(item["name"]), context, vocabularies or {})
                if problem:
                    problems[item["name"]] = problem
    return problems


def _check_repeat(repeat: dict, answers: dict, state: FormState, context: Context, vocabularies: dict):
    name = repeat["name"]
    if not state.relevant.get(name):
        return {}
    instances = answers.get(name) or []
    problems = {}
    if repeat["min_count"] is not None and len(instances) < repeat["min_count"]:
        problems[name] = AnswerProblem("min_count", {"min_count": repeat["min_count"]})
    if repeat["max_count"] is not None and len(instances) > repeat["max_count"]:
        problems[name] = AnswerProblem("max_count", {"max_count": repeat["max_count"]})
    for index, instance in enumerate(instances):
        scope = context.at(repeat=(name, index))
        for question in repeat["items"]:
            path = f"{name}[{index}].{question['name']}"
            if state.relevant.get(path):
                value = instance.get(question["name"]) if isinstance(instance, dict) else None
                problem = _check(question, value, scope, vocabularies)
                if problem:
                    problems[path] = problem
    return problems


def _check(question: dict, value, context: Context, vocabularies: dict) -> AnswerProblem | None:
    if question["type"] in DISPLAY_ONLY:
        return None
    if blank(value):
        if question["required"]:
            return AnswerProblem("required", {}, question["required_message"] or None)
        return None
    typed, problem = _typed(question, value, vocabularies)
    if problem is None:
        problem = _bounds(question, typed)
        if problem is not None and question["constraint_message"]:
            # The author's message explains the question's limits better than a generic one.
            problem = AnswerProblem(problem.code, problem.params, question["constraint_message"])
    if problem is None and question["constraint"]:
        problem = _constraint(question, value, context)
    return problem


def _typed(question: dict, value, vocabularies: dict):
    """The answer in its type, or an AnswerProblem."""
    type_ = question["type"]
    if type_ == INTEGER:
        if _is_number(value, int) or _INTEGER.match(str(value).strip()):
            return int(value), None
        return None, AnswerProblem("integer")
    if type_ == DECIMAL:
        if _is_number(value, int | float) or _DECIMAL.match(str(value).strip()):
            return float(value), None
        return None, AnswerProblem("number")
    if type_ == DATE:
        return _date(value)
    if type_ in CHOICE_TYPES:
        return _choices(question, value, vocabularies)
    if not isinstance(value, str):
        return None, AnswerProblem("text")
    return value, None


def _is_number(value, kinds) -> bool:
    return isinstance(value, kinds) and not isinstance(value, bool) and value == value  # NaN != NaN


def _date(value):
    if isinstance(value, date):
        return value, None
    try:
        return date.fromisoformat(str(value).strip()), None
    except ValueError:
        return None, AnswerProblem("date")


def _choices(question: dict, value, vocabularies: dict):
    if question["type"] == SELECT_MULTIPLE:
        codes = value.split() if isinstance(value, str) else value
        if not isinstance(codes, list | tuple) or not all(isinstance(code, str) for code in codes):
            return None, AnswerProblem("choice", {"value": str(value)})
    else:
        codes = [str(value)] if isinstance(value, str | int) and not isinstance(value, bool) else None
        if codes is None:
            return None, AnswerProblem("choice", {"value": str(value)})
    allowed = _allowed(question, vocabularies)
    for code in codes:
        if allowed is not None and code not in allowed:
            return None, AnswerProblem("choice", {"value": code})
    return codes, None


def _allowed(question: dict, vocabularies: dict):
    choices = question["choices"]
    if isinstance(choices, list):
        return {choice["value"] for choice in choices}
    known = vocabularies.get(choices)
    return set(known) if known is not None else None


def _bounds(question: dict, typed) -> AnswerProblem | None:
    if question["type"] in (INTEGER, DECIMAL):
        if question["min"] is not None and typed < question["min"]:
            return AnswerProblem("min", {"min": question["min"]})
        if question["max"] is not None and typed > question["max"]:
            return AnswerProblem("max", {"max": question["max"]})
    if isinstance(typed, str):
        length = len(typed.strip())
        if question["min_length"] is not None and length < question["min_length"]:
            return AnswerProblem("min_length", {"min_length": question["min_length"]})
        if question["max_length"] is not None and length > question["max_length"]:
            return AnswerProblem("max_length", {"max_length": question["max_length"]})
        if question["pattern"] and not re.fullmatch(question["pattern"], typed.strip()):
            return AnswerProblem("pattern", {"pattern": question["pattern"]})
    return None


def _constraint(question: dict, value, context: Context) -> AnswerProblem | None:
    try:
        accepted = parse(question["constraint"]).test(context.at(current=value, repeat=context.repeat))
    except ExpressionError:
        accepted = False
    if accepted:
        return None
    return AnswerProblem("constraint", {"constraint": question["constraint"]},
                         question["constraint_message"] or None)
