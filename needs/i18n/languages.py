"""The six UN languages the interface ships in, and their direction."""

from __future__ import annotations

import functools

from babel import Locale

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
DEFAULT = "en"


@functools.cache
def direction(code: str) -> str:
    """'rtl' or 'ltr', from Babel's locale data (Arabic is the one right-to-left language here)."""
    return Locale.parse(code).text_direction


@functools.cache
def native_name(code: str) -> str:
    """The language's name in itself, for the language switcher."""
    return Locale.parse(code).get_display_name(code).capitalize() if code != "zh" else "中文"
