"""The functions an expression may call. Nothing else is reachable from an expression."""

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
}
