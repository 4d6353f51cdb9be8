"""Text for the briefs: cleaning, line breaking, Arabic shaping and display order.

Paragraphs are broken into lines here, in reading order (at spaces, and between Chinese characters),
then each line is shaped (``arabic-reshaper``) and put in display order (``python-bidi``): reordering
a whole paragraph before wrapping would put its lines in the wrong order. The lines are drawn as plain
strings, never parsed as markup, so text from users cannot inject ReportLab tags.
"""

from __future__ import annotations

import re
from functools import lru_cache

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase import pdfmetrics

from needs.briefs.pdf_fonts import FontSet

# C0 controls except tab and newline, DEL, and C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0]+")


def clean(value: object) -> str:
    """Any value as printable text: controls stripped, runs of blanks made one space."""
    text = _CONTROL.sub("", "" if value is None else str(value))
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r", "").split("\n"))
    return "\n".join(line for line in lines if line)


def has_rtl(text: str) -> bool:
    return bool(_RTL.search(text))


class LineBreaker:
    """Greedy line breaking of logical text, measured with the faces it will be drawn in."""

    def __init__(self, fonts: FontSet, size: float):
        self.fonts = fonts
        self.size = size
        self._widths: dict[str, float] = {}

    def width(self, text: str) -> float:
        total = 0.0
        font = self.fonts.primary
        for char in text:
            font = self.fonts.font_for(char, font)
            key = font + char
            if key not in self._widths:
                self._widths[key] = pdfmetrics.stringWidth(char, font, self.size)
            total += self._widths[key]
        return total

    def lines(self, text: str, max_width: float) -> list[str]:
        out: list[str] = []
        for paragraph in text.split("\n"):
            out.extend(self._fill(_tokens(paragraph), max_width))
        return out

    def _fill(self, tokens: list[tuple[str, bool]], max_width: float) -> list[str]:
        lines: list[str] = []
        line, used = "", 0.0
        space = self.width(" ")
        for word, spaced in tokens:
            w = self.width(word)
            gap = space if spaced else 0.0
            if line and used + gap + w <= max_width:
                line, used = f"{line}{' ' if spaced else ''}{word}", used + gap + w
                continue
            if line:
                lines.append(line)
            if w > max_width:  # a word longer than the line is cut where it overflows
                *full, word = self._cut(word, max_width)
                lines.extend(full)
                w = self.width(word)
            line, used = word, w
        if line:
            lines.append(line)
        return lines

    def _cut(self, word: str, max_width: float) -> list[str]:
        pieces, start, used = [], 0, 0.0
        for i, char in enumerate(word):
            w = self.width(char)
            if used + w > max_width and i > start:
                pieces.append(word[start:i])
                start, used = i, 0.0
            used += w
        pieces.append(word[start:])
        return pieces


# Chinese breaks between any two characters, except before closing and after opening punctuation.
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]")
_NO_LINE_START = set("，。、；：！？）」』】》〉〕”’…・,.;:!?)]}%")
_NO_LINE_END = set("（「『【《〈〔“‘([{")


def _tokens(paragraph: str) -> list[tuple[str, bool]]:
    """The unbreakable pieces of a paragraph, each with whether a space comes before it."""
    tokens = []
    for i, chunk in enumerate(paragraph.split(" ")):
        spaced = i > 0
        start = 0
        for j in range(1, len(chunk)):
            before, char = chunk[j - 1], chunk[j]
            if ((_CJK.match(char) or _CJK.match(before))
                    and char not in _NO_LINE_START and before not in _NO_LINE_END):
                tokens.append((chunk[start:j], spaced))
                start, spaced = j, False
        if chunk[start:]:
            tokens.append((chunk[start:], spaced))
    return tokens


@lru_cache(maxsize=4096)
def _shape(text: str) -> str:
    # Labels and captions recur on every activity; the reshaper re-reads its settings on each call.
    return arabic_reshaper.reshape(text)


def display_lines(text: str, breaker: LineBreaker, max_width: float, base_dir: str | None) -> list[str]:
    """Lines of text in display order: shaped, broken in reading order, then reordered line by line.

    ``base_dir`` is "R", "L" or None to take the direction of the first strong character.
    """
    if not has_rtl(text) and base_dir != "R":
        return breaker.lines(text, max_width)  # left-to-right only: display order is reading order
    kwargs = {"base_dir": base_dir} if base_dir else {}
    return [get_display(line, **kwargs) for line in breaker.lines(_shape(text), max_width)]
