"""XLSForm/XPath value semantics.

Values are text, numbers (float), booleans, dates, or lists (a select_multiple answer or the
instances of a repeat). An unanswered question is the empty string. Numbers compare with numeric
strings; text that is not a number becomes NaN, which makes every comparison but ``!=`` false.
"""

import math
from datetime import date, datetime

EPOCH = date(1970, 1, 1)


def blank(value) -> bool:
    return value is None or value == "" or (isinstance(value, list | tuple) and not value)


def normalize(value):
    """Bring an answer into the evaluator's value space."""
    if value is None:
        return ""
    if isinstance(value, bool | str | float | list):
        return value
    if isinstance(value, int):
        return float(value)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    return str(value)


def to_number(value) -> float:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, date):
        return float((value - EPOCH).days)
    if isinstance(value, list):
        return to_number(value[0]) if len(value) == 1 else math.nan
    text = str(value).strip()
    try:
        return float(text) if _looks_numeric(text) else _date_number(text)
    except ValueError:
        return math.nan


def _looks_numeric(text: str) -> bool:
    # float() also accepts 'inf', 'nan' and '1_000'; XPath numbers are digits, one dot, a sign.
    body = text[1:] if text[:1] in "+-" else text
    return bool(body) and body.replace(".", "", 1).isdigit()


def _date_number(text: str) -> float:
    # Dates stored as ISO text compare and subtract as days, like XLSForm's date answers.
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        return float((date.fromisoformat(text) - EPOCH).days)
    return math.nan


def to_string(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return " ".join(to_string(item) for item in value)
    return str(value)


def to_bool(value) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return not math.isnan(value) and value != 0
    if isinstance(value, list):
        return bool(value)
    return to_string(value) != ""


def to_list(value) -> list[str]:
    """A select_multiple answer as a list of codes (lists or space-separated text). A question
    inside a repeat, seen from outside, is a list of answers: its codes are flattened."""
    if isinstance(value, list):
        return [code for item in value for code in to_list(item)]
    return to_string(value).split()


def equal(left, right) -> bool:
    if isinstance(left, bool) or isinstance(right, bool):
        return to_bool(left) == to_bool(right)
    if _numeric(left) or _numeric(right):
        return to_number(left) == to_number(right)
    return to_string(left) == to_string(right)


def _numeric(value) -> bool:
    return isinstance(value, float | int | date)


def compare(operator: str, left, right) -> bool:
    a, b = to_number(left), to_number(right)
    if operator == "<":
        return a < b
    if operator == "<=":
        return a <= b
    if operator == ">":
        return a > b
    return a >= b


def arithmetic(operator: str, left, right) -> float:
    a, b = to_number(left), to_number(right)
    if operator == "+":
        return a + b
    if operator == "-":
        return a - b
    if operator == "*":
        return a * b
    if operator == "div":
        if b == 0:
            return math.nan if a == 0 or math.isnan(a) else math.copysign(math.inf, a)
        return a / b
    if b == 0 or math.isinf(a) or math.isnan(b):
        return math.nan
    return math.fmod(a, b)  # XPath mod keeps the sign of the dividend
