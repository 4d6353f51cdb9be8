"""The expression language: precedence, operators, functions and XLSForm value semantics."""

import math
from datetime import date

import pytest

from needs.surveys.expressions import Context, ExpressionError, parse


def value(text, answers=None, **context):
    return parse(text).evaluate(Context(answers or {}, **context))


@pytest.mark.parametrize("text, expected", [
    ("1 + 2 * 3", 7),
    ("(1 + 2) * 3", 9),
    ("10 - 4 - 3", 3),              # left-associative
    ("12 div 3 div 2", 2),
    ("7 mod 3", 1),
    ("-7 mod 3", -1),               # sign of the dividend, as in XPath
    ("- 2 * 3", -6),
    ("--2", 2),
    ("2 + 3 * 4 - 6 div 2", 11),
    ("1.5 * 2", 3),
    (".5 + .5", 1),
])
def test_arithmetic_and_precedence(text, expected):
    assert value(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("1 = 1 and 2 = 3 or 4 = 4", True),       # and binds tighter than or
    ("1 = 1 or 2 = 3 and 4 = 5", True),
    ("(1 = 1 or 2 = 3) and 4 = 5", False),
    ("1 + 1 = 2", True),                        # arithmetic before comparison
    ("1 < 2 = 1", True),                        # relational before equality: (1<2) = 1
    ("3 > 2 and 2 >= 2 and 1 <= 1 and 1 != 2 and 1 < 2", True),
    ("not(1 = 1) or not(0)", True),
    ("true() and not(false())", True),
])
def test_logic_and_comparison(text, expected):
    assert value(text) is expected


def test_division_by_zero_follows_xpath():
    assert value("1 div 0") == math.inf
    assert value("-1 div 0") == -math.inf
    assert math.isnan(value("0 div 0"))
    assert math.isnan(value("5 mod 0"))


def test_unanswered_is_empty_string():
    assert value("${missing}") == ""
    assert value("${missing} = ''") is True
    assert value("${blank} = ''", {"blank": None}) is True
    assert value("string-length(${missing})") == 0


def test_numbers_compare_with_numeric_strings():
    answers = {"age": "20", "people": 15, "name": "Ana"}
    assert value("${age} = 20", answers) is True
    assert value("${age} > 5", answers) is True          # numeric, not '20' > '5' as text
    assert value("${age} + 1", answers) == 21
    assert value("${people} >= '15'", answers) is True
    assert value("${name} > 3", answers) is False          # text is NaN: every comparison false
    assert value("${name} != 3", answers) is True
    assert value("${missing} < 3", answers) is False


def test_text_comparison():
    assert value("${a} = 'yes'", {"a": "yes"}) is True
    assert value("${a} = \"yes\"", {"a": "no"}) is False
    assert value("${a} != 'yes'", {"a": "no"}) is True


def test_select_multiple_as_list_or_space_separated_text():
    for langs in (["fr", "ar"], "fr ar", ("fr", "ar")):
        answers = {"langs": langs}
        assert value("selected(${langs}, 'ar')", answers) is True
        assert value("selected(${langs}, 'r')", answers) is False
        assert value("count-selected(${langs})", answers) == 2
    assert value("count-selected(${none})") == 0
    assert value("selected(${none}, 'fr')") is False


def test_current_value():
    assert parse(". >= 1 and . <= 3").test(Context({}, current="2")) is True
    assert parse(". >= 1 and . <= 3").test(Context({}, current=4)) is False
    assert parse("string-length(.) >= 5").test(Context({}, current="abcde")) is True
    assert parse("string-length(.) >= 5").test(Context({}, current=None)) is False


def test_functions():
    answers = {"a": "x", "b": "", "n": "4", "needs": [{"t": "1"}, {"t": "2"}, {"t": ""}]}
    assert value("if(${n} > 3, 'big', 'small')", answers) == "big"
    assert value("if(${n} > 9, 'big', 'small')", answers) == "small"
    assert value("concat(${a}, '-', ${n}, '-', 2.5)", answers) == "x-4-2.5"
    assert value("number(${n}) * 2", answers) == 8
    assert math.isnan(value("number('abc')"))
    assert value("coalesce(${b}, ${a})", answers) == "x"
    assert value("coalesce(${b}, ${b})", answers) == ""
    assert value("count(${needs})", answers) == 3
    assert value("count(${b})", answers) == 0
    assert value("string(3)") == "3"
    assert value("string-length('héllo')") == 5
    assert value("regex('AB-123', '^[A-Z]{2}-[0-9]+$')") is True
    assert value("regex('ab-123', '^[A-Z]{2}-[0-9]+$')") is False
    assert value("regex('call 555', '[0-9]{3}')") is True     # found anywhere unless anchored


def test_if_is_lazy():
    # The branch not taken is never evaluated, so its error cannot surface.
    assert value("if(true(), 1, regex('a', '('))") == 1
    with pytest.raises(ExpressionError):
        value("if(false(), 1, regex('a', '('))")


def test_today_and_dates():
    day = date(2024, 5, 1)
    assert value("today()", today=day) == day
    assert value("today() = '2024-05-01'", today=day) is True
    assert value("${d} < today()", {"d": "2024-04-30"}, today=day) is True
    assert value("${d} < today()", {"d": "2024-05-02"}, today=day) is False
    assert value("today() - ${d}", {"d": date(2024, 4, 21)}, today=day) == 10
    assert value("${d} >= '2024-01-01'", {"d": "2024-03-01"}) is True


def test_repeat_scope():
    answers = {"country": "MAR", "needs": [{"priority": "3", "online": "yes"}, {"priority": "1"}]}
    names = {"needs": frozenset({"priority", "online"})}
    first = Context(answers, repeat=("needs", 0), repeat_names=names)
    second = first.at(repeat=("needs", 1))
    assert parse("${priority} = 3 and ${country} = 'MAR'").test(first) is True
    assert parse("${priority} = 3").test(second) is False
    assert parse("${online}").evaluate(second) == ""
    outside = Context(answers, repeat_names=names)
    assert parse("${priority}").evaluate(outside) == ["3", "1"]
    assert parse("count(${needs})").evaluate(outside) == 2


def test_plain_mapping_context():
    assert parse("${a} * 2").evaluate({"a": 21}) == 42


def test_references_and_current():
    expression = parse("selected(${themes}, 'data') and ${n} > . or ${n} = 1")
    assert expression.references() == {"themes", "n"}
    assert expression.uses_current() is True
    assert parse("1 + 1").references() == frozenset()
    assert parse("${a.b-c_d} = 1").references() == {"a.b-c_d"}


def test_booleans_compare_as_booleans():
    assert value("(1 = 1) = 'anything'") is True
    assert value("(1 = 2) = ''") is True
    assert value("(1 = 1) + 1") == 2
