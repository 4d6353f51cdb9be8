"""The functions an expression may call. Nothing else is reachable from an expression."""

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .values import blank, to_bool, to_list, to_number, to_string

MAX_REGEX_SUBJECT = 10_000
"""Longest text ``regex()`` examines; answers are bounded far below this by the forms."""


class FunctionError(Exception):
    """Raised by a function body; the evaluator adds the position and re-raises as ExpressionError."""


@dataclass(frozen=True)
class Function:
    min_args: int
    max_args: int | None  # None: any number
    body: object  # callable(context, *values); 'if' is evaluated lazily by the evaluator

    def accepts(self, count: int) -> bool:
        return count >= self.min_args and (self.max_args is None or count <= self.max_args)

    def arity_text(self) -> str:
        if self.max_args is None:
            return f"at least {self.min_args} argument(s)"
        if self.min_args == self.max_args:
            return f"{self.min_args} argument(s)"
        return f"{self.min_args} to {self.max_args} arguments"


def _selected(context, value, code):
    return to_string(code).strip() in to_list(value)


def _count(context, value):
    if isinstance(value, list):
        return float(len(value))
    return 0.0 if blank(value) else 1.0


@lru_cache(maxsize=256)
def compile_pattern(pattern: str) -> re.Pattern:
    try:
        return re.compile(pattern)
    except (re.error, RecursionError, OverflowError) as error:
        raise FunctionError(f"Invalid regular expression: {error}") from None


def _regex(context, value, pattern):
    subject = to_string(value)
    if len(subject) > MAX_REGEX_SUBJECT:
        raise FunctionError(f"regex() examines at most {MAX_REGEX_SUBJECT} characters")
    # JavaRosa uses Matcher.find(): a match anywhere unless the pattern is anchored.
    return compile_pattern(to_string(pattern)).search(subject) is not None


def _coalesce(context, *values):
    return next((value for value in values if not blank(value)), "")


def _number(context, value):
    return to_number(value)


def _int(context, value):
    number = to_number(value)
    return number if math.isnan(number) or math.isinf(number) else float(math.trunc(number))


def _round(context, value, places=0.0):
    # XPath rounds half up (towards positive infinity), unlike Python's round-half-even.
    number, digits = to_number(value), to_number(places)
    if math.isnan(number) or math.isinf(number) or math.isnan(digits):
        return number
    scale = 10.0 ** int(digits)
    return math.floor(number * scale + 0.5) / scale


def _substr(context, value, start, length=None):
    # XPath substring(): 1-based start, rounded positions; ODK's substr() is 0-based with an end.
    text = to_string(value)
    begin = to_number(start)
    if math.isnan(begin):
        return ""
    first = max(0, int(begin))
    if length is None:
        return text[first:]
    end = to_number(length)
    return "" if math.isnan(end) else text[first:max(first, int(end))]


def _selected_at(context, value, index):
    codes, position = to_list(value), to_number(index)
    if math.isnan(position) or not 0 <= position < len(codes):
        return ""
    return codes[int(position)]


def _extreme(pick):
    def body(context, *values):
        numbers = [to_number(item) for value in values for item in (value if isinstance(value, list) else [value])]
        if not numbers or any(math.isnan(number) for number in numbers):
            return math.nan
        return pick(numbers)
    return body


def _sum(context, value):
    items = value if isinstance(value, list) else [value]
    return math.fsum(to_number(item) for item in items if not blank(item))


FUNCTIONS: dict[str, Function] = {
    "not": Function(1, 1, lambda context, value: not to_bool(value)),
    "true": Function(0, 0, lambda context: True),
    "false": Function(0, 0, lambda context: False),
    "if": Function(3, 3, None),
    "selected": Function(2, 2, _selected),
    "count-selected": Function(1, 1, lambda context, value: float(len(to_list(value)))),
    "count": Function(1, 1, _count),
    "string-length": Function(1, 1, lambda context, value: float(len(to_string(value)))),
    "string": Function(1, 1, lambda context, value: to_string(value)),
    "concat": Function(1, None, lambda context, *values: "".join(map(to_string, values))),
    "number": Function(1, 1, _number),
    "coalesce": Function(2, 2, _coalesce),
    "regex": Function(2, 2, _regex),
    "today": Function(0, 0, lambda context: context.today),
    # The functions of ODK and XPath 1.0 that real XLSForms use in conditions and calculations.
    "boolean": Function(1, 1, lambda context, value: to_bool(value)),
    "boolean-from-string": Function(1, 1, lambda context, value: to_string(value).strip() in ("true", "1")),
    "int": Function(1, 1, _int),
    "round": Function(1, 2, _round),
    "floor": Function(1, 1, lambda context, value: float(math.floor(n)) if math.isfinite(n := to_number(value))
                      else n),
    "ceiling": Function(1, 1, lambda context, value: float(math.ceil(n)) if math.isfinite(n := to_number(value))
                        else n),
    "abs": Function(1, 1, lambda context, value: abs(to_number(value))),
    "min": Function(1, None, _extreme(min)),
    "max": Function(1, None, _extreme(max)),
    "sum": Function(1, 1, _sum),
    "contains": Function(2, 2, lambda context, value, part: to_string(part) in to_string(value)),
    "starts-with": Function(2, 2, lambda context, value, part: to_string(value).startswith(to_string(part))),
    "ends-with": Function(2, 2, lambda context, value, part: to_string(value).endswith(to_string(part))),
    "substr": Function(2, 3, _substr),
    "normalize-space": Function(1, 1, lambda context, value: " ".join(to_string(value).split())),
    "selected-at": Function(2, 2, _selected_at),
    "once": Function(1, 1, lambda context, value: value),  # a page is evaluated afresh each time: once is identity
}
