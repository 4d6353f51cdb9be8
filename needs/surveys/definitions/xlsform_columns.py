"""Headers of XLSForm sheets: ``label::English (en)``, ``label::en``, ``hint::Français (fr)``, plain
``label`` (the default language), and spelling variants such as ``list name``."""

import re
from dataclasses import dataclass

from .model import LANGUAGES

# Language names authors write in headers, in English and in the language itself.
LANGUAGE_NAMES = {
    "arabic": "ar", "العربية": "ar", "chinese": "zh", "中文": "zh", "english": "en",
    "french": "fr", "français": "fr", "francais": "fr", "russian": "ru", "русский": "ru",
    "spanish": "es", "español": "es", "espanol": "es",
}
# Other spellings of column names that pyxform accepts (pyxform/aliases.py).
HEADER_ALIASES = {
    "caption": "label", "relevance": "relevant", "constraining_message": "constraint_message",
    "calculate": "calculation", "requiredmsg": "required_message",
}
_CODE_IN_PARENTHESES = re.compile(r"\(\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)\s*\)\s*\Z")


@dataclass(frozen=True)
class Column:
    index: int
    header: str  # as written, for problem reports
    key: str  # normalized base name: label, hint, constraint_message, list_name, ...
    language: str | None  # None: no language suffix


def language_code(text: str) -> str | None:
    """The UN language code named by ``English (en)``, ``en``, ``zh-Hans`` or ``Français``; None if
    it names no UN language."""
    text = text.strip()
    match = _CODE_IN_PARENTHESES.search(text)
    candidate = match.group(1) if match else text
    code = re.split(r"[-_]", candidate.lower())[0]
    if code in LANGUAGES:
        return code
    return LANGUAGE_NAMES.get(text.lower())


def parse_header(index: int, header) -> Column | None:
    if header is None or not str(header).strip():
        return None
    text = str(header).strip()
    base, _, language = text.partition("::")
    key = re.sub(r"[\s]+", "_", base.strip().lower())
    key = HEADER_ALIASES.get(key, key)
    return Column(index, text, key, language.strip() if language else None)
