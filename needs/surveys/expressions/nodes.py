"""The syntax tree of an expression: small immutable nodes."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Literal:
    value: str | float
    position: int


@dataclass(frozen=True, slots=True)
class Reference:
    """``${name}``: the answer to another question."""

    name: str
    position: int


@dataclass(frozen=True, slots=True)
class Current:
    """``.``: the answer being checked (in constraints)."""

    position: int


@dataclass(frozen=True, slots=True)
class Negate:
    operand: "Node"
    position: int


@dataclass(frozen=True, slots=True)
class Binary:
    operator: str  # or and = != < <= > >= + - * div mod
    left: "Node"
    right: "Node"
    position: int


@dataclass(frozen=True, slots=True)
class Call:
    function: str
    arguments: tuple["Node", ...]
    position: int


Node = Literal | Reference | Current | Negate | Binary | Call


def walk(node: Node):
    """Yield ``node`` and every node below it, iteratively (trees are bounded but need no recursion)."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        if isinstance(current, Negate):
            stack.append(current.operand)
        elif isinstance(current, Binary):
            stack.extend((current.right, current.left))
        elif isinstance(current, Call):
            stack.extend(reversed(current.arguments))
