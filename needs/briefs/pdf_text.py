"""Text for ReportLab: cleaning, escaping with per-run fonts, and right-to-left lines.

ReportLab's ``Paragraph`` parses markup, so every string goes through :func:`markup`, which escapes it
before adding the ``<font>`` tags of its runs. Paragraphs that hold Arabic are broken into lines here,
in reading order, and each line is then shaped (``arabic-reshaper``) and put in display order
(``python-bidi``): reordering a whole paragraph before wrapping would put its lines in the wrong order.
"""

from __future__ import annotations

import re
from functools import lru_cache
from xml.sax.saxutils import escape

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


def markup(text: str, fonts: FontSet) -> str:
    """Escaped Paragraph markup for plain text, each run in the face that has its glyphs."""
    parts = []
    for font, run in fonts.runs(text):
        run = escape(run).replace("\n", "<br/>")
        parts.append(run if font == fonts.primary else f'<font name="{font}">{run}</font>')
    return "".join(parts)


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
            out.extend(self._fill(paragraph.split(" "), max_width))
        return out

    def _fill(self, words: list[str], max_width: float) -> list[str]:
        lines: list[str] = []
        line, used = "", 0.0
        space = self.width(" ")
        for word in words:
            w = self.width(word)
            if line and used + space + w <= max_width:
                line, used = f"{line} {word}", used + space + w
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


@lru_cache(maxsize=4096)
def _shape(text: str) -> str:
    # Labels and captions recur on every activity; the reshaper re-reads its settings on each call.
    return arabic_reshaper.reshape(text)


def display_lines(text: str, breaker: LineBreaker, max_width: float, base_dir: str | None) -> list[str]:
    """Lines of text in display order: shaped, broken in reading order, then reordered line by line.

    ``base_dir`` is "R", "L" or None to take the direction of the first strong character.
    """
    shaped = _shape(text)
    kwargs = {"base_dir": base_dir} if base_dir else {}
    return [get_display(line, **kwargs) for line in breaker.lines(shaped, max_width)]
