"""Pages in a frame compiled once: base.html (head, header, navigation, footer) rendered per language, role,
endpoint and mount path with markers where the page's blocks and the request's values go (the session's
CSRF token, the path the language switcher returns to, the user's name), then filled on each request
(see needs.core.compiled_markup).

base.html is compiled against a closed context under StrictUndefined: it may read only the names given
here, so anything it starts to read later makes the compile fail and the page is rendered the ordinary
way; a value of one request can never be kept for the next reader. Pages with flashed messages are
rendered the ordinary way too (the frame shows them once).
"""

from __future__ import annotations

import threading

from flask import current_app, render_template, request, session
from flask_babel import get_locale
from jinja2 import StrictUndefined, TemplateError
from markupsafe import Markup

from needs.core.compiled_markup import Compiled, Markers, split
from needs.core.csrf_tokens import csrf_token as generate_csrf

FRAME = "base.html"
BLOCKS = ("title", "head", "content", "scripts")
_CHILD = (
    '{% extends "'
    + FRAME
    + '" %}'
    + "".join(f"{{% block {name} %}}{{{{ block_{name} }}}}{{% endblock %}}" for name in BLOCKS)
)
_LOCK = threading.Lock()


class _User:
    """What the frame reads of the signed-in user."""

    def __init__(self, authenticated: bool, name):
        self.is_authenticated, self.name = authenticated, name


class _Request:
    def __init__(self, endpoint: str | None):
        self.endpoint = endpoint


def render_page(template_name: str, **context) -> str:
    """render_template for a page that extends base.html directly and reads nothing outside its blocks."""
    app = current_app
    if "_flashes" in session:
        return render_template(template_name, **context)
    app.update_template_context(context)
    frame = _frame(app, context)
    if frame is None:
        return render_template(template_name, **context)
    template = app.jinja_env.get_template(template_name)
    frame_blocks = app.jinja_env.get_template(FRAME).blocks
    jinja_context = template.new_context(context)
    for name, block in frame_blocks.items():  # the page's blocks first, then the frame's own
        jinja_context.blocks.setdefault(name, []).append(block)
    values = {f"block_{name}": Markup("".join(jinja_context.blocks[name][0](jinja_context))) for name in BLOCKS}  # noqa: S704 - rendered blocks
    user = context["current_user"]
    values.update(
        csrf_token=generate_csrf(),
        current_path=context["current_path"],
        user_name=user.name if user.is_authenticated else "",
    )
    return str(frame.fill(values))


def _frame(app, context: dict) -> Compiled | None:
    user = context["current_user"]
    authenticated = bool(user.is_authenticated)
    key = (
        context["locale"],
        context["text_dir"],
        context["role_label"],
        tuple(context["nav_items"]),
        authenticated,
        request.endpoint,
        request.script_root,
    )
    cache = app.extensions.setdefault("needs_frames", {})
    compiled = cache.get(key, False)
    if compiled is False:
        if str(get_locale()) != context["locale"]:
            return None  # the frame translates into the request's language: only that one is kept
        compiled = _compile(app, context, authenticated)
        with _LOCK:
            if len(cache) >= 256:
                cache.clear()
            cache[key] = compiled
    return compiled


def _compile(app, context: dict, authenticated: bool) -> Compiled | None:
    markers = Markers()
    csrf = markers.text("csrf_token")
    closed = {
        "locale": context["locale"],
        "text_dir": context["text_dir"],
        "languages": context["languages"],
        "nav_items": context["nav_items"],
        "role_label": context["role_label"],
        "current_path": markers.text("current_path"),
        "csrf_token": lambda: csrf,
        "current_user": _User(authenticated, markers.text("user_name")),
        "request": _Request(request.endpoint),
        "get_flashed_messages": lambda **_: [],
        **{f"block_{name}": markers.markup(f"block_{name}") for name in BLOCKS},
    }
    strict = app.extensions.get("needs_strict_jinja")
    if strict is None:
        strict = app.extensions["needs_strict_jinja"] = app.jinja_env.overlay(undefined=StrictUndefined)
    try:
        html = strict.from_string(_CHILD).render(closed)
    except (TemplateError, AttributeError):
        app.logger.warning("base.html reads a value the compiled frame does not give: pages render it anew")
        return None
    return split(html, markers)
