"""Choosing the language of a request, and compiling the catalogs so a fresh checkout runs as it is."""

from __future__ import annotations

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from flask import g, request, session
from flask_login import current_user

from needs.i18n.languages import DEFAULT, LANGUAGES

TRANSLATIONS = Path(__file__).parent / "translations"


def select_locale() -> str:
    """?lang= (a one-off view), then the signed-in user's preference, then the anonymous choice,
    then Accept-Language."""
    if "locale" in g:
        return g.locale
    chosen = request.args.get("lang")
    if chosen not in LANGUAGES:
        chosen = None
    if chosen is None and current_user and current_user.is_authenticated:
        chosen = current_user.language if current_user.language in LANGUAGES else None
    if chosen is None and session.get("lang") in LANGUAGES:
        chosen = session["lang"]
    if chosen is None:
        chosen = request.accept_languages.best_match(LANGUAGES) or DEFAULT
    g.locale = chosen
    return chosen


def current_locale() -> str:
    try:
        return select_locale()
    except RuntimeError:
        return DEFAULT


def compile_catalogs(directory: Path = TRANSLATIONS) -> int:
    """Write messages.mo beside each messages.po that is newer; returns how many were written."""
    written = 0
    for po_path in directory.glob("*/LC_MESSAGES/messages.po"):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        with po_path.open("rb") as fh:
            catalog = read_po(fh)
        tmp = mo_path.with_suffix(".mo.tmp")
        with tmp.open("wb") as fh:
            write_mo(fh, catalog)
        tmp.replace(mo_path)
        written += 1
    return written
