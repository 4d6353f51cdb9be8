"""Text normalization shared by the lexicon and the text relevance model.

Needs and activities are written in six scripts. Every text is folded the same way so
that inflected forms meet: lower case, accents and Arabic diacritics removed, Arabic
letter variants unified and the article stripped, Russian words stemmed (`stemming`), and
Latin words cut to a short prefix (a light stemmer that works without knowing which of English,
French or Spanish a word is): "remittances"/"remittance", "миграции"/"миграция",
"التحويلات"/"تحويل" fold together. Chinese has no spaces: CJK runs stay whole here and
are split into characters by the tokenizer (see `tokens`).
"""

from __future__ import annotations

import re
import unicodedata

from .stemming import stem_russian

LATIN_STEM = 7

_MARKS = re.compile(r"[\u0300-\u036f\u064b-\u065f\u0670]")
_ARABIC_VARIANTS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ـ": ""})
# Light stemming of Arabic (after Larkey's light10): conjunction and article prefixes, common suffixes.
_ARABIC_PREFIX = re.compile(r"(?<![\u0600-\u06ff])(?:وال|بال|كال|فال|لل|ال)(?=[\u0600-\u06ff]{2})")
_ARABIC_SUFFIX = re.compile(r"(?<=[\u0600-\u06ff]{2})(?:ها|ان|ات|ون|ين|يه|ه|ي)(?![\u0600-\u06ff])")
_LATIN_PLURAL = re.compile(r"(?<=[a-z]{3})s\b")
# Delete what follows a word's first letters; an empty replacement keeps the substitution in C.
_LATIN_LONG = re.compile(rf"(?<=[a-zß-ÿ]{{{LATIN_STEM}}})[a-zß-ÿ]+")
_NON_WORD = re.compile(r"[^\w]+")
# Runs of word characters and marks: what is left between the runs of anything else.
_WORD_OR_MARK = re.compile(r"[\w\u0300-\u036f\u064b-\u065f\u0670]+")
# Plain ASCII texts (most of an inventory) are split with a byte table, far faster than a regex.
_ASCII_WORDS = bytes(
    (ord(chr(c).lower()) if chr(c).isalnum() or c == 95 else 32) if c < 128 else c for c in range(256)
)


def fold(text: str) -> str:
    """Fold a text to space-separated stems; CJK runs stay whole."""
    text = text.lower()
    if not text.isascii():  # most inventory text is plain English: skip what it cannot need
        text = stem_russian(text)
        text = unicodedata.normalize("NFKD", text)
        text = _MARKS.sub("", text).translate(_ARABIC_VARIANTS)
    text = _NON_WORD.sub(" ", text)
    if not text.isascii():
        text = _ARABIC_SUFFIX.sub("", _ARABIC_PREFIX.sub("", text))
    text = _LATIN_LONG.sub("", _LATIN_PLURAL.sub("", text))
    return f" {text.strip()} "


def words(text: str) -> list[str]:
    """The lower-cased word tokens of a text, before folding."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split()
    return _WORD_OR_MARK.findall(text.lower())  # `fold` removes the marks
