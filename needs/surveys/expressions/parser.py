"""A Pratt parser from tokens to the syntax tree, with XPath 1.0 operator precedence."""

from .errors import ExpressionError
from .functions import FUNCTIONS
from .nodes import Binary, Call, Current, Literal, Negate, Node, Reference
from .tokens import Token, tokenize

MAX_DEPTH = 40
"""Deepest nesting of parentheses, calls and operators accepted."""

# Binding power of each infix operator: higher binds tighter. All are left-associative.
_INFIX = {
    "or": 10,
    "and": 20,
    "=": 30, "!=": 30,
    "<": 40, "<=": 40, ">": 40, ">=": 40,
    "+": 50, "-": 50,
    "*": 60, "div": 60, "mod": 60,
}
_PREFIX_POWER = 70


class _Parser:
    def __init__(self, text: str):
        self.text = text
        self.tokens = tokenize(text)
        self.index = 0
        self.depth = 0

    @property
    def token(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def error(self, message: str, token: Token | None = None) -> ExpressionError:
        return ExpressionError(message, (token or self.token).position, self.text)

    def parse(self) -> Node:
        if self.token.kind == "end":
            raise self.error("Empty expression")
        node = self.expression(0)
        if self.token.kind != "end":
            raise self.error(f"Unexpected {_describe(self.token)}")
        return node

    def expression(self, min_power: int) -> Node:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError(f"Expression nested deeper than {MAX_DEPTH} levels",
                                  self.token.position, self.text, "too_deep")
        left = self.prefix()
        while (power := _INFIX.get(self.token.value)) and self.token.kind in ("op", "keyword"):
            if power <= min_power:
                break
            operator = self.advance()
            right = self.expression(power)
            left = Binary(operator.value, left, right, operator.position)
        self.depth -= 1
        return left

    def prefix(self) -> Node:
        token = self.advance()
        if token.kind == "number":
            return Literal(float(token.value), token.position)
        if token.kind == "string":
            return Literal(token.value, token.position)
        if token.kind == "ref":
            return Reference(token.value, token.position)
        if token.kind == "current":
            return Current(token.position)
        if token.kind == "op" and token.value == "-":
            return Negate(self.expression(_PREFIX_POWER), token.position)
        if token.kind == "op" and token.value == "(":
            inner = self.expression(0)
            self.expect(")")
            return inner
        if token.kind == "word":
            return self.call(token)
        raise self.error(f"Unexpected {_describe(token)}", token)

    def call(self, name: Token) -> Call:
        function = FUNCTIONS.get(name.value)
        if function is None:
            raise ExpressionError(f"Unknown function {name.value!r}", name.position, self.text,
                                  "unknown_function")
        if self.token.value != "(":
            raise self.error(f"Expected '(' after {name.value}")
        self.advance()
        arguments: list[Node] = []
        if self.token.value != ")":
            arguments.append(self.expression(0))
            while self.token.value == ",":
                self.advance()
                arguments.append(self.expression(0))
        self.expect(")")
        if not function.accepts(len(arguments)):
            raise ExpressionError(f"{name.value}() takes {function.arity_text()}, not {len(arguments)}",
                                  name.position, self.text, "arity")
        return Call(name.value, tuple(arguments), name.position)

    def expect(self, value: str) -> None:
        if self.token.value != value or self.token.kind not in ("op",):
            raise self.error(f"Expected '{value}' but found {_describe(self.token)}")
        self.advance()


def _describe(token: Token) -> str:
    if token.kind == "end":
        return "end of expression"
    if token.kind == "ref":
        return f"${{{token.value}}}"
    if token.kind == "string":
        return "text"
    return repr(token.value)


def parse_tree(text: str) -> Node:
    """Parse ``text`` into a syntax tree or raise :class:`ExpressionError`."""
    return _Parser(text).parse()
