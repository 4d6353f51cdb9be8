"""Tokenizer for the skip-logic language (a small subset of XLSForm's XPath)."""

import re
from dataclasses import dataclass

from .errors import ExpressionError

MAX_LENGTH = 2000
"""Longest expression accepted, in characters; real skip logic is far shorter."""

# XLSForm names: a letter or underscore, then letters, digits, '_', '-', '.'.
NAME = r"[A-Za-z_][A-Za-z0-9_.\-]*"

# Function names and keywords may hold hyphens between words (count-selected), but a
# trailing '-' belongs to the next token, so `x-1` is never read as one name.
_TOKEN = re.compile(
    rf"""
    (?P<space>\s+)
  | (?P<ref>\$\{{(?P<refname>{NAME})\}})
  | (?P<number>\d+(?:\.\d*)?|\.\d+)
  | (?P<string>'[^']*'|"[^"]*")
  | (?P<op><=|>=|!=|[=<>+\-*(),])
  | (?P<current>\.)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z_][A-Za-z0-9_]*)*)
    """,
    re.VERBOSE,
)

KEYWORDS = frozenset({"and", "or", "div", "mod"})


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # ref, number, string, op, current, word, keyword, end
    value: str
    position: int


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens, ending with an ``end`` token."""
    if not isinstance(text, str):
        raise ExpressionError("An expression must be text", 0, "", "syntax")
    if len(text) > MAX_LENGTH:
        raise ExpressionError(f"Expression longer than {MAX_LENGTH} characters", MAX_LENGTH, "", "too_long")
    tokens: list[Token] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            raise _unexpected(text, position)
        kind = match.lastgroup
        if kind == "refname":  # the inner group of a reference is matched last
            kind = "ref"
        if kind != "space":
            tokens.append(_token(kind, match, position))
        position = match.end()
    tokens.append(Token("end", "", len(text)))
    return tokens


def _token(kind: str, match: re.Match, position: int) -> Token:
    if kind == "ref":
        return Token("ref", match.group("refname"), position)
    if kind == "string":
        return Token("string", match.group()[1:-1], position)
    if kind == "word" and match.group() in KEYWORDS:
        return Token("keyword", match.group(), position)
    return Token(kind, match.group(), position)


def _unexpected(text: str, position: int) -> ExpressionError:
    char = text[position]
    if char in "'\"":
        return ExpressionError("Unterminated string", position, text)
    if text.startswith("${", position):
        return ExpressionError("Malformed reference: write ${name}", position, text)
    return ExpressionError(f"Unexpected character {char!r}", position, text)
