"""Choosing the language of a request, and compiling the catalogs so a fresh checkout runs as it is."""

from __future__ import annotations

import os
from pathlib import Path

import flask_babel
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from flask import g, has_app_context, has_request_context, request, session
from flask_login import current_user
from jinja2 import pass_eval_context
from markupsafe import Markup

from needs.i18n.languages import DEFAULT, LANGUAGES

TRANSLATIONS = Path(__file__).parent / "translations"


def select_locale() -> str:
    """?lang= (a one-off view), then the signed-in user's preference, then the anonymous choice,
    then Accept-Language."""
    if not has_request_context():
        return DEFAULT  # commands and jobs: force_locale() picks the recipient's language where it matters
    if "locale" in g:
        return g.locale
    chosen = request.args.get("lang")
    if chosen not in LANGUAGES:
        chosen = None
    user = current_user._get_current_object() if current_user else None
    if chosen is None and user is not None and user.is_authenticated:
        chosen = user.language if user.language in LANGUAGES else None
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


def translations():
    """The translations of the current locale, looked up once per request and locale.

    Flask-Babel resolves its context, domain and locale on every call, which a page with fifty strings
    pays fifty times. The result is kept beside Flask-Babel's own locale on ``g`` and reused while that
    locale object is unchanged, so ``force_locale`` (e-mails, briefs) still switches the language."""
    if not has_app_context():
        return flask_babel.get_translations()
    ctx = g.get("_flask_babel")
    locale = getattr(ctx, "babel_locale", None)
    cached = getattr(ctx, "needs_translations", None)
    if locale is not None and cached is not None and cached[0] is locale:
        return cached[1]
    found = flask_babel.get_translations()
    ctx = g.get("_flask_babel")
    if ctx is not None and getattr(ctx, "babel_locale", None) is not None:
        ctx.needs_translations = (ctx.babel_locale, found)
    return found


def gettext(string: str, **variables) -> str:
    """flask_babel.gettext through the per-request translations."""
    text = translations().ugettext(string)
    return text % variables if variables else text


def install_template_gettext(jinja_env) -> None:
    """Templates' _() and ngettext() through the per-request translations (same output as Flask-Babel's)."""
    jinja_env.install_gettext_callables(
        gettext=lambda s: translations().ugettext(s),
        ngettext=lambda s, p, n: translations().ungettext(s, p, n),
        newstyle=True,
        pgettext=lambda c, s: translations().upgettext(c, s),
        npgettext=lambda c, s, p, n: translations().unpgettext(c, s, p, n),
    )
    jinja_env.globals["_"] = _template_gettext


@pass_eval_context
def _template_gettext(eval_ctx, string: str, **variables) -> str:
    """``_()`` in templates: what Jinja's newstyle gettext returns (escaped variables, "%%" always
    formatted), called directly rather than through its alias and wrapper, which cost a page with
    thirty strings more than the translating itself. The translations are looked up once per rendering
    (a rendering has one language; force_locale changes it only between renderings)."""
    translate = getattr(eval_ctx, "needs_gettext", None)
    if translate is None:
        translate = eval_ctx.needs_gettext = translations().ugettext
    text = translate(string)
    if eval_ctx.autoescape:
        text = Markup(text)  # noqa: S704 - catalog text, trusted as Jinja trusts it
    return text % variables if variables or "%" in text else text


def compile_catalogs(directory: Path = TRANSLATIONS) -> int:
    """Write messages.mo beside each messages.po that is newer; returns how many were written."""
    written = 0
    for po_path in directory.glob("*/LC_MESSAGES/messages.po"):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        with po_path.open("rb") as fh:
            catalog = read_po(fh)
        tmp = mo_path.with_suffix(f".mo.{os.getpid()}.tmp")  # workers starting together write apart
        with tmp.open("wb") as fh:
            write_mo(fh, catalog)
        tmp.replace(mo_path)
        written += 1
    return written
