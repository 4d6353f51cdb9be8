"""The parsed expression: what the rest of the application holds and evaluates."""

from collections.abc import Mapping
from functools import lru_cache

from .context import Context
from .errors import ExpressionError
from .evaluator import evaluate
from .nodes import Binary, Call, Current, Negate, Node, Reference, walk
from .parser import parse_tree
from .values import to_bool

MAX_HEIGHT = 60
"""Tallest syntax tree accepted; a long flat chain like 1+1+1+... is also refused."""


class Expression:
    """An immutable parsed expression. Build it with :func:`parse`."""

    __slots__ = ("text", "tree")

    def __init__(self, text: str, tree: Node):
        self.text = text
        self.tree = tree

    def references(self) -> frozenset[str]:
        """The names referenced as ``${name}``."""
        return frozenset(node.name for node in walk(self.tree) if isinstance(node, Reference))

    def uses_current(self) -> bool:
        """Whether the expression reads ``.``, the answer being checked."""
        return any(isinstance(node, Current) for node in walk(self.tree))

    def evaluate(self, context: Context | Mapping):
        """The value of the expression: text, float, bool, date or list.

        ``context`` is a :class:`Context` or, for convenience, a plain answers mapping.
        Raises :class:`ExpressionError` for errors found while evaluating (a bad regex).
        """
        if not isinstance(context, Context):
            context = Context(context)
        return evaluate(self.tree, context, self.text)

    def test(self, context: Context | Mapping) -> bool:
        """The value as a boolean, as a relevance or constraint condition."""
        return to_bool(self.evaluate(context))

    def __repr__(self) -> str:
        return f"Expression({self.text!r})"


def parse(text: str) -> Expression:
    """Parse ``text`` or raise :class:`ExpressionError` with a position and a message."""
    if not isinstance(text, str):
        raise ExpressionError("An expression must be text", 0, "", "syntax")
    return _parse(text)


@lru_cache(maxsize=2048)
def _parse(text: str) -> Expression:
    tree = parse_tree(text)
    _check_height(tree, text)
    return Expression(text, tree)


def _check_height(tree: Node, text: str) -> None:
    stack = [(tree, 1)]
    while stack:
        node, height = stack.pop()
        if height > MAX_HEIGHT:
            raise ExpressionError(f"Expression nested deeper than {MAX_HEIGHT} levels",
                                  getattr(node, "position", 0), text, "too_deep")
        if isinstance(node, Negate):
            stack.append((node.operand, height + 1))
        elif isinstance(node, Binary):
            stack.extend(((node.left, height + 1), (node.right, height + 1)))
        elif isinstance(node, Call):
            stack.extend((argument, height + 1) for argument in node.arguments)
