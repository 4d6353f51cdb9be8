"""Russian stemming with the Snowball algorithm, for `text.fold`.

Russian nouns and adjectives take a dozen case endings ("мигрант", "мигрантов", "мигрантам"), and a
fixed five-letter cut merges unrelated words as often as it joins forms of one ("консультирование"
and "консульский", "выборка" and "выборы", "работники" and "работодатели"). The Snowball stemmer
strips inflections only; its C binding (PyStemmer) costs about a microsecond a word, and the
tokenizer folds each distinct word once.
"""

from __future__ import annotations

import re

import Stemmer

_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
_RUSSIAN = Stemmer.Stemmer("russian")
MIN_STEM = 4  # "наём" -> "на" would meet a preposition: shorter stems keep the word


def _stem(match: re.Match) -> str:
    word = match.group()
    stem = _RUSSIAN.stemWord(word)
    return stem if len(stem) >= MIN_STEM else word


def stem_russian(text: str) -> str:
    """``text`` with each Cyrillic word replaced by its stem; run before accents are folded (й, ё)."""
    return _CYRILLIC_WORD.sub(_stem, text)
