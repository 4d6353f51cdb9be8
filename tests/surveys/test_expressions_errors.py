"""Malformed and malicious expressions raise ExpressionError quickly, with a position."""

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from needs.surveys.expressions import MAX_DEPTH, MAX_LENGTH, ExpressionError, parse


@pytest.mark.parametrize("text, position, code", [
    ("", 0, "syntax"),
    ("1 +", 3, "syntax"),
    ("(1 + 2", 6, "syntax"),
    ("1 + 2)", 5, "syntax"),
    ("'open", 0, "syntax"),
    ("${}", 0, "syntax"),
    ("${a b}", 0, "syntax"),
    ("1 ? 2", 2, "syntax"),
    ("selected(${a})", 0, "arity"),
    ("today(1)", 0, "arity"),
    ("nosuch(1)", 0, "unknown_function"),
    ("and", 0, "syntax"),
    ("1 2", 2, "syntax"),
    ("not", 3, "syntax"),
    ("${a} ==  1", 6, "syntax"),
])
def test_syntax_errors_have_position_and_code(text, position, code):
    with pytest.raises(ExpressionError) as raised:
        parse(text)
    assert raised.value.position == position
    assert raised.value.code == code
    assert raised.value.message


@pytest.mark.parametrize("text", [
    "__import__('os').system('true')",
    "${a}.__class__",
    "${a}.__class__.__mro__",
    "().__class__",
    "[x for x in ()]",
    "lambda: 1",
    "open('/etc/passwd')",
    "exec('1')",
    "${a}[0]",
    "{}",
    "1; 2",
    "a.b",
    "${a} if 1 else 2",
])
def test_python_syntax_is_not_an_expression(text):
    with pytest.raises(ExpressionError):
        parse(text)


def quick(text):
    started = time.perf_counter()
    with pytest.raises(ExpressionError) as raised:
        parse(text)
    assert time.perf_counter() - started < 0.5
    return raised.value


def test_deep_nesting_is_refused():
    assert quick("(" * (MAX_DEPTH + 1) + "1" + ")" * (MAX_DEPTH + 1)).code == "too_deep"
    assert quick("-" * (MAX_DEPTH + 5) + "1").code == "too_deep"
    assert quick("not(" * (MAX_DEPTH + 1) + "1" + ")" * (MAX_DEPTH + 1)).code == "too_deep"
    assert quick("(" * 100_000).code == "too_long"


def test_long_flat_chains_are_refused():
    assert quick(" + ".join(["1"] * 200)).code == "too_deep"
    assert quick(" or ".join(["${a} = 1"] * 100)).code == "too_deep"


def test_huge_input_is_refused():
    assert quick("1" * (MAX_LENGTH + 1)).code == "too_long"
    assert quick("'" + "a" * 10_000_000 + "'").code == "too_long"


def test_non_text_is_refused():
    with pytest.raises(ExpressionError):
        parse(None)
    with pytest.raises(ExpressionError):
        parse(["1"])


def test_bad_regex_raises_at_evaluation_with_position():
    expression = parse("1 = 1 and regex(${a}, '(')")
    with pytest.raises(ExpressionError) as raised:
        expression.evaluate({"a": "x"})
    assert raised.value.position == 10
    assert raised.value.code == "evaluation"


def test_regex_subject_is_bounded():
    with pytest.raises(ExpressionError):
        parse("regex(${a}, 'a')").evaluate({"a": "a" * 20_000})


def test_reasonable_expressions_within_limits():
    assert parse(" or ".join(f"${{a}} = {n}" for n in range(20))).test({"a": "19"})
    assert parse("(" * 20 + "1" + ")" * 20).evaluate({}) == 1


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_raises_only_expression_error(text):
    try:
        parse(text)
    except ExpressionError:
        pass


expression_alphabet = st.sampled_from(
    ["${a}", "${b}", ".", "1", "2.5", "'x'", "(", ")", ",", "=", "!=", "<", ">=", "+", "-", "*", " div ",
     " mod ", " and ", " or ", "not(", "if(", "selected(", "count-selected(", "concat(", "regex(", "today()"])


@settings(max_examples=400, deadline=None)
@given(st.lists(expression_alphabet, max_size=40).map("".join))
def test_near_valid_text_parses_and_evaluates_or_raises_expression_error(text):
    try:
        parse(text).evaluate({"a": "1", "b": ["x", "y"]})
    except ExpressionError:
        pass
