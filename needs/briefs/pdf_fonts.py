"""Fonts for the PDF briefs: where they come from, registration once per process, per-character choice.

Three faces cover the six UN languages (see FONTS.md):

- ``latin``: Noto Sans from the pip package ``fontpkg-noto-sans`` (Latin and Cyrillic);
- ``arabic``: Noto Sans Arabic from ``fontpkg-noto-sans-arabic`` (it maps the Arabic presentation
  forms that ``arabic-reshaper`` produces);
- ``cjk``: WenQuanYi Zen Hei from Debian's ``fonts-wqy-zenhei`` (ReportLab reads TrueType outlines
  only, which rules out the CFF-based Noto Sans CJK).

Every character is drawn with the face of its script; digits, spaces and punctuation stay in the face
of the text around them. A font a brief needs but cannot find raises :class:`FontMissingError` naming
the package to install, rather than printing empty boxes.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

#: Environment variable naming a folder to take every font file from instead of the packages.
FONT_DIR_ENV = "NEEDS_BRIEF_FONT_DIR"


class FontMissingError(RuntimeError):
    """A font that a brief needs is not installed."""


@dataclass(frozen=True)
class FontSource:
    key: str
    filename: str
    install: str
    pip_family: str | None = None
    system_path: str | None = None
    subfont: int = 0

    def locate(self, font_dir: Path | None) -> Path | None:
        if font_dir is not None:
            path = font_dir / self.filename
            return path if path.is_file() else None
        if self.pip_family:
            return _pip_font(self.pip_family)
        path = Path(self.system_path)
        return path if path.is_file() else None


def _pip_font(family: str) -> Path | None:
    try:
        import fontpkg

        path = fontpkg.path(family)
    except Exception:  # fontpkg absent, or the family package not installed
        return None
    return path if path.is_file() else None


SOURCES = {
    "latin": FontSource("latin", "NotoSans[wdth,wght].ttf", "pip install fontpkg-noto-sans",
                        pip_family="Noto Sans"),
    "arabic": FontSource("arabic", "NotoSansArabic[wdth,wght].ttf", "pip install fontpkg-noto-sans-arabic",
                         pip_family="Noto Sans Arabic"),
    "cjk": FontSource("cjk", "wqy-zenhei.ttc", "apt-get install fonts-wqy-zenhei",
                      system_path="/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
}

#: The face for each brief language; the others follow as fallbacks.
PRIMARY = {"ar": "arabic", "zh": "cjk"}

_registered: dict[Path, str] = {}
_lock = threading.Lock()


def _register(source: FontSource, font_dir: Path | None) -> str:
    path = source.locate(font_dir)
    if path is None:
        where = f" in {font_dir}" if font_dir is not None else ""
        raise FontMissingError(
            f"The PDF brief needs the font {source.filename}{where}, which is not installed: "
            f"run `{source.install}`."
        )
    with _lock:
        if path not in _registered:
            name = f"Brief-{source.key}-{len(_registered)}"
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=source.subfont))
            _registered[path] = name
        return _registered[path]


def script_of(char: str) -> str | None:
    """The face a letter needs, or None for characters any face may draw (digits, spaces, marks)."""
    cp = ord(char)
    if 0x0600 <= cp <= 0x08FF or 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        return "arabic"
    if (0x2E80 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0xFF00 <= cp <= 0xFFEF
            or 0x20000 <= cp <= 0x3FFFF):
        return "cjk"
    if unicodedata.category(char).startswith("L"):
        return "latin"
    return None


class FontSet:
    """The faces of one brief: the primary one loaded now, the others when a character needs them."""

    def __init__(self, locale: str, font_dir: str | os.PathLike | None = None):
        if font_dir is None and os.environ.get(FONT_DIR_ENV):
            font_dir = os.environ[FONT_DIR_ENV]
        self.font_dir = Path(font_dir) if font_dir is not None else None
        self.primary_key = PRIMARY.get(locale, "latin")
        self.order = [self.primary_key] + [k for k in SOURCES if k != self.primary_key]
        self._names: dict[str, str | None] = {}
        self.primary = self.name(self.primary_key, required=True)
        self._choice: dict[tuple[str, str], str] = {}

    def name(self, key: str, required: bool) -> str | None:
        """The registered name of a face; None when it is absent and not required."""
        if key not in self._names:
            try:
                self._names[key] = _register(SOURCES[key], self.font_dir)
            except FontMissingError:
                if required:
                    raise
                self._names[key] = None
        if self._names[key] is None and required:
            _register(SOURCES[key], self.font_dir)  # raises the error naming the package
        return self._names[key]

    def has_glyph(self, font: str, char: str) -> bool:
        return ord(char) in pdfmetrics.getFont(font).face.charToGlyph

    def font_for(self, char: str, previous: str) -> str:
        """The face to draw a character with, given the face of the character before it."""
        key = (char, previous)
        if key not in self._choice:
            self._choice[key] = self._choose(char, previous)
        return self._choice[key]

    def _choose(self, char: str, previous: str) -> str:
        script = script_of(char)
        if script is None and self.has_glyph(previous, char):
            return previous
        if script is not None:
            needed = self.name(script, required=True)
            if self.has_glyph(needed, char):
                return needed
        for key in self.order:
            font = self.name(key, required=False)
            if font and self.has_glyph(font, char):
                return font
        return previous  # nothing draws it: keep the run whole rather than split it

    def runs(self, text: str) -> list[tuple[str, str]]:
        """Split text into (font name, text) runs, each drawable with one face."""
        out: list[tuple[str, str]] = []
        font = self.primary
        start = 0
        for i, char in enumerate(text):
            chosen = self.font_for(char, font)
            if chosen != font and i > start:
                out.append((font, text[start:i]))
                start = i
            font = chosen
        if start < len(text):
            out.append((font, text[start:]))
        return out
