"""What every template can use: locale and direction, the language switcher, the role's navigation,
and formatting of dates and numbers through Babel."""

from __future__ import annotations

import functools
from urllib.parse import urlencode

from flask import Flask, has_request_context, request, url_for
from flask_babel import format_date, format_datetime, format_decimal, format_percent, get_locale, get_timezone
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from needs.auth import roles
from needs.i18n.languages import LANGUAGES, direction, native_name
from needs.i18n.services import current_locale, install_template_gettext
from needs.vocabulary.services import pick

# (endpoint, label, roles allowed or None for everyone). Features append their own entries.
NAVIGATION: list[tuple[str, object, tuple[str, ...] | None]] = [
    ("core.home", _l("Home"), None),
]


def nav_items(app: Flask, role: str | None) -> list[tuple[str, object]]:
    items = []
    for endpoint, label, allowed in NAVIGATION:
        if endpoint not in app.view_functions:
            continue
        if allowed is None or (role is not None and role in allowed):
            items.append((endpoint, label))
    if role == roles.ADMIN:
        items.append(("admin.users", _l("Users")))
    return items


def _header(app: Flask, role: str | None) -> tuple[tuple[tuple[str, str, str], ...], str]:
    """The navigation (endpoint, label, URL) and the role's label, in the language being rendered.

    Every page shows them and they change only with the role and the language (and the path the
    application is mounted at), so each app keeps them rather than translate and build them again."""
    key = (role, str(get_locale()), request.script_root)
    cache = app.extensions.setdefault("needs_header", {})
    found = cache.get(key)
    if found is None:
        nav = tuple((endpoint, str(label), url_for(endpoint)) for endpoint, label in nav_items(app, role))
        found = cache[key] = (nav, str(roles.ROLE_LABELS[role]) if role in roles.ROLE_LABELS else "")
    return found


def _url_for(app: Flask):
    """url_for for templates, remembering the URLs every page repeats (endpoints without arguments and
    static files), which change only with the path the application is mounted at."""
    cache = app.extensions.setdefault("needs_urls", {})

    def template_url_for(endpoint: str, **values) -> str:
        repeated = not values or (endpoint == "static" and values.keys() == {"filename"})
        if not repeated or endpoint[:1] == "." or app.url_default_functions or not has_request_context():
            return url_for(endpoint, **values)
        key = (endpoint, values.get("filename"), request.script_root)
        url = cache.get(key)
        if url is None:
            url = cache[key] = url_for(endpoint, **values)
        return url

    return template_url_for


@functools.cache
def language_names() -> dict[str, str]:
    """Each interface language's name in itself, in the switcher's order."""
    return {code: native_name(code) for code in LANGUAGES}


@functools.cache
def _language_pairs() -> tuple[tuple[str, str], ...]:
    return tuple(language_names().items())


def _path_without_lang() -> str:
    """The current URL without ?lang=, so the switcher's choice is not overridden on return."""
    args = [(k, v) for k, v in request.args.items(multi=True) if k != "lang"]
    return request.path + ("?" + urlencode(args) if args else "")


_NUMBERS: dict[tuple, str] = {}
_DATES: dict[tuple, str] = {}


def _remembered_date(formatter):
    """A Babel date filter remembered per language and time zone (dates on a page repeat: deadlines)."""

    def filter_(value, fmt="medium"):
        if not value:
            return ""
        key = (formatter, str(get_locale()), str(get_timezone()), value, fmt)
        text = _DATES.get(key)
        if text is None:
            if len(_DATES) > 4096:
                _DATES.clear()
            text = _DATES[key] = formatter(value, fmt)
        return text

    return filter_


def _number(value) -> str:
    """format_decimal, remembered per locale for whole numbers (page numbers, counts, percentages)."""
    if value is None:
        return ""
    if type(value) is not int:
        return format_decimal(value)
    key = (str(get_locale()), value)
    text = _NUMBERS.get(key)
    if text is None:
        if len(_NUMBERS) > 4096:
            _NUMBERS.clear()
        text = _NUMBERS[key] = format_decimal(value)
    return text


def init_app(app: Flask) -> None:
    @app.context_processor
    def inject():
        locale = current_locale()
        role = current_user.role if current_user.is_authenticated else None
        nav, role_label = _header(app, role)
        names = language_names()
        return {
            "locale": locale,
            "text_dir": direction(locale),
            "languages": _language_pairs(),
            "language_names": names,
            "nav_items": nav,
            "role_label": role_label,
            "pick": lambda texts: pick(texts, locale),
            "role_labels": roles.ROLE_LABELS,
            "current_path": _path_without_lang(),
        }

    install_template_gettext(app.jinja_env)
    app.jinja_env.globals["url_for"] = _url_for(app)
    app.jinja_env.filters["date"] = _remembered_date(format_date)
    app.jinja_env.filters["datetime"] = _remembered_date(format_datetime)
    app.jinja_env.filters["number"] = _number
    app.jinja_env.filters["percent"] = lambda value: format_percent(value) if value is not None else ""
    app.jinja_env.autoescape = True
