"""What every template can use: locale and direction, the language switcher, the role's navigation,
and formatting of dates and numbers through Babel."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Flask, request
from flask_babel import format_date, format_datetime, format_decimal, format_percent, get_locale
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


def nav_items(app: Flask) -> list[tuple[str, object]]:
    role = current_user.role if current_user.is_authenticated else None
    items = []
    for endpoint, label, allowed in NAVIGATION:
        if endpoint not in app.view_functions:
            continue
        if allowed is None or (role is not None and role in allowed):
            items.append((endpoint, label))
    if role == roles.ADMIN:
        items.append(("admin.users", _l("Users")))
    return items


def _path_without_lang() -> str:
    """The current URL without ?lang=, so the switcher's choice is not overridden on return."""
    args = [(k, v) for k, v in request.args.items(multi=True) if k != "lang"]
    return request.path + ("?" + urlencode(args) if args else "")


_NUMBERS: dict[tuple, str] = {}


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
        return {
            "locale": locale,
            "text_dir": direction(locale),
            "languages": [(code, native_name(code)) for code in LANGUAGES],
            "nav_items": nav_items(app),
            "pick": lambda texts: pick(texts, locale),
            "role_labels": roles.ROLE_LABELS,
            "current_path": _path_without_lang(),
        }

    install_template_gettext(app.jinja_env)
    app.jinja_env.filters["date"] = lambda value, fmt="medium": format_date(value, fmt) if value else ""
    app.jinja_env.filters["datetime"] = lambda value, fmt="medium": format_datetime(value, fmt) if value else ""
    app.jinja_env.filters["number"] = _number
    app.jinja_env.filters["percent"] = lambda value: format_percent(value) if value is not None else ""
    app.jinja_env.autoescape = True
