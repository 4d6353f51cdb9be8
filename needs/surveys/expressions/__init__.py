"""The skip-logic and constraint language of survey definitions, modelled on XLSForm's XPath subset.

    >>> parse("${age} >= 18 and selected(${langs}, 'fr')").test({"age": "20", "langs": ["fr", "en"]})
    True

Supported: ``${name}`` references, ``.`` (the answer being checked), numbers, 'text' or "text",
``= != < <= > >=``, ``and``, ``or``, ``+ - * div mod``, unary minus, parentheses, and the functions
``not``, ``true``, ``false``, ``if``, ``selected``, ``count-selected``, ``count``, ``string-length``,
``string``, ``concat``, ``number``, ``coalesce``, ``regex``, ``today``.

Parsing and evaluation use a tokenizer, a Pratt parser and a tree walk; nothing is handed to
Python's ``eval``. Input length and nesting are bounded. Every error is an :class:`ExpressionError`.
"""

from .context import Context
from .errors import ExpressionError
from .expression import Expression, parse
from .functions import FUNCTIONS
from .parser import MAX_DEPTH
from .tokens import MAX_LENGTH
from .values import to_bool, to_list, to_number, to_string

__all__ = [
    "FUNCTIONS", "MAX_DEPTH", "MAX_LENGTH", "Context", "Expression", "ExpressionError", "parse",
    "to_bool", "to_list", "to_number", "to_string",
]
