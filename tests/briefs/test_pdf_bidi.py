"""Right-to-left lines: broken in reading order, then reordered one by one, English runs kept whole."""

import re
import unicodedata

import pytest

from needs.briefs.pdf_fonts import FontSet
from needs.briefs.pdf_text import LineBreaker, clean, display_lines, has_rtl


@pytest.fixture(scope="module")
def fonts():
    return FontSet("ar")


def letters(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def test_english_title_inside_arabic_sentence_keeps_its_order(fonts):
    sentence = "تتناول الدورة Migration Governance Essentials موضوع التحويلات"
    [line] = display_lines(sentence, LineBreaker(fonts, 11), 1000, "R")
    assert "Migration Governance Essentials" in line
    # Display order runs left to right: the Arabic that is read first stands to the right of the title.
    before, after = line.split("Migration Governance Essentials")
    assert letters("الدورة")[::-1] in letters(after)
    assert letters("موضوع")[::-1] in letters(before)


def test_wrapped_arabic_lines_come_in_reading_order(fonts):
    words = [f"كلمة{i}" for i in range(40)]
    lines = display_lines(" ".join(words), LineBreaker(fonts, 11), 150, "R")
    assert len(lines) > 3
    # Each line holds the words that follow those of the line above: lines were reordered one by one.
    numbers = [sorted(int(n) for n in re.findall(r"\d+", line)) for line in lines]
    assert [n for line in numbers for n in line] == list(range(40))
    breaker = LineBreaker(fonts, 11)
    assert all(breaker.width(line) <= 150 for line in lines)


def test_letters_are_joined(fonts):
    [line] = display_lines("الهجرة", LineBreaker(fonts, 11), 500, "R")
    assert all(0xFE70 <= ord(c) <= 0xFEFF for c in line)
    assert letters(line) == "الهجرة"[::-1]


def test_a_word_longer_than_the_line_is_cut(fonts):
    breaker = LineBreaker(fonts, 10)
    lines = breaker.lines("x" * 5000, 200)
    assert len(lines) > 10
    assert "".join(lines) == "x" * 5000
    assert all(breaker.width(line) <= 200 for line in lines)


def test_clean_strips_controls_but_keeps_lines():
    assert clean("a\x00b\x1bc\x7f\u0085d\te\r\nf") == "abcd e\nf"
    assert clean(None) == ""
    assert clean(42) == "42"


def test_chinese_breaks_between_characters_but_not_before_closing_punctuation():
    fonts = FontSet("zh")
    breaker = LineBreaker(fonts, 10)
    text = "培训领事服务人员，向移民介绍汇款费用。" * 6
    lines = breaker.lines(text, 120)
    assert len(lines) > 4 and "".join(lines) == text
    assert not any(line[0] in "，。" for line in lines)
    assert all(breaker.width(line) <= 120 for line in lines)


def test_latin_words_are_not_broken_inside_chinese_text():
    lines = LineBreaker(FontSet("zh"), 10).lines("由Migration Governance课程提供", 60)
    assert len(lines) > 1
    for word in ("Migration", "Governance"):
        assert any(word in line for line in lines)


def test_has_rtl():
    assert has_rtl("abc الهجرة") and not has_rtl("abc 中文 кириллица")
