"""Locale selection, text direction and the translation catalogs (translations/<lang>/LC_MESSAGES)."""
