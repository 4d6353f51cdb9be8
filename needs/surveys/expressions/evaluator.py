"""Evaluation by walking the syntax tree. Only nodes and the listed functions exist; nothing in an
expression can reach Python objects, attributes or modules."""

from .errors import ExpressionError
from .functions import FUNCTIONS, FunctionError
from .nodes import Binary, Call, Current, Literal, Negate, Node, Reference
from .values import arithmetic, compare, equal, normalize, to_bool, to_number

_ARITHMETIC = frozenset({"+", "-", "*", "div", "mod"})
_COMPARISON = frozenset({"<", "<=", ">", ">="})


def evaluate(node: Node, context, text: str = ""):
    if isinstance(node, Literal):
        return node.value
    if isinstance(node, Reference):
        return normalize(context.resolve(node.name))
    if isinstance(node, Current):
        return normalize(context.current)
    if isinstance(node, Negate):
        return -to_number(evaluate(node.operand, context, text))
    if isinstance(node, Binary):
        return _binary(node, context, text)
    return _call(node, context, text)


def _binary(node: Binary, context, text: str):
    operator = node.operator
    left = evaluate(node.left, context, text)
    if operator == "or":
        return to_bool(left) or to_bool(evaluate(node.right, context, text))
    if operator == "and":
        return to_bool(left) and to_bool(evaluate(node.right, context, text))
    right = evaluate(node.right, context, text)
    if operator == "=":
        return equal(left, right)
    if operator == "!=":
        return not equal(left, right)
    if operator in _COMPARISON:
        return compare(operator, left, right)
    if operator in _ARITHMETIC:
        return arithmetic(operator, left, right)
    raise ExpressionError(f"Unknown operator {operator!r}", node.position, text)


def _call(node: Call, context, text: str):
    if node.function == "if":
        condition, then, otherwise = node.arguments
        chosen = then if to_bool(evaluate(condition, context, text)) else otherwise
        return evaluate(chosen, context, text)
    values = [evaluate(argument, context, text) for argument in node.arguments]
    try:
        return normalize(FUNCTIONS[node.function].body(context, *values))
    except FunctionError as error:
        raise ExpressionError(str(error), node.position, text, "evaluation") from None
