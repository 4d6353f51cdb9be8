"""Pages in the compiled frame: the same HTML as render_template for every role and language, each
request's own user name, token and path, flashed messages shown once, and the ordinary rendering when
base.html reads something the compiled frame does not give."""

from __future__ import annotations

import pytest
from markupsafe import Markup

PAGE = {"section_title": "Section <1>", "title": "Survey & co"}


def _both(app, user, path: str, **context):
    from flask import render_template
    from flask_login import login_user

    from needs.core.page_frame import render_page

    with app.test_request_context(path):
        if user is not None:
            login_user(user)
        ours = render_page("surveys/section.html", **context)
    with app.test_request_context(path):
        if user is not None:
            login_user(user)
        theirs = render_template("surveys/section.html", **context)
    return ours, theirs


def _token(html: str) -> set[str]:
    import re

    return set(re.findall(r'name="csrf_token" value="([^"]+)"', html))


@pytest.mark.parametrize("role", ["focal_point", "cdtf", "agency", "admin", None])
@pytest.mark.parametrize("lang", ["ar", "zh", "en"])
def test_same_html_as_render_template(app, make_user, role, lang):
    user = make_user(role, name=f"<b>{role}</b>") if role else None
    for _ in range(2):  # compiled, then from the cache
        ours, theirs = _both(app, user, f"/surveys/?lang={lang}&x=<y>", page=PAGE, body_html=Markup("<p>body</p>"))
        assert ours.replace(_token(ours).pop(), "T") == theirs.replace(_token(theirs).pop(), "T")
    assert f'<html lang="{lang}"' in ours
    assert ("&lt;b&gt;" in ours) == (role is not None)


def test_each_request_has_its_own_name_token_and_path(app, make_user):
    from flask_login import login_user

    from needs.core.page_frame import render_page

    pages = []
    for name, path in (("Ana <i>", "/surveys/?a=1"), ("Bo & Co", "/surveys/?b=2")):
        with app.test_request_context(path):
            login_user(make_user("focal_point", name=name))
            pages.append(render_page("surveys/section.html", page=PAGE, body_html=Markup("<p>body</p>")))
    assert "Ana &lt;i&gt;" in pages[0] and "Bo &amp; Co" in pages[1]
    assert "Bo &amp; Co" not in pages[0] and "Ana" not in pages[1]
    assert 'value="/surveys/?a=1"' in pages[0] and 'value="/surveys/?b=2"' in pages[1]
    assert _token(pages[0]) != _token(pages[1]) and all(len(_token(p)) == 1 for p in pages)


def test_flashed_messages_shown_once(app, make_user):
    from flask import flash
    from flask_login import login_user

    from needs.core.page_frame import render_page

    with app.test_request_context("/surveys/"):
        login_user(make_user("focal_point"))
        flash("Saved <now>", "ok")
        first = render_page("surveys/section.html", page=PAGE, body_html=Markup("<p>body</p>"))
        second = render_page("surveys/section.html", page=PAGE, body_html=Markup("<p>body</p>"))
    assert "Saved &lt;now&gt;" in first and "Saved" not in second


def test_a_frame_reading_more_is_rendered_the_ordinary_way(app, make_user, monkeypatch):
    from flask_login import login_user
    from jinja2 import ChoiceLoader, DictLoader

    from needs.core import page_frame

    probe = "<p>{{ request.path }} {{ current_user.email }}</p>{% block content %}{% endblock %}"
    monkeypatch.setattr(
        app.jinja_env,
        "loader",
        ChoiceLoader(
            [
                DictLoader(
                    {
                        "probe.html": probe,
                        "probe_page.html": '{% extends "probe.html" %}{% block content %}c{% endblock %}',
                    }
                ),
                app.jinja_env.loader,
            ]
        ),
    )
    monkeypatch.setattr(page_frame, "FRAME", "probe.html")
    monkeypatch.setattr(page_frame, "_CHILD", page_frame._CHILD.replace("base.html", "probe.html"))
    app.extensions.pop("needs_frames", None)
    app.extensions.pop("needs_strict_jinja", None)
    try:
        for email, path in (("one@example.org", "/one"), ("two@example.org", "/two")):
            with app.test_request_context(path):
                login_user(make_user("focal_point", email=email))
                html = page_frame.render_page("probe_page.html")
            assert html == f"<p>{path} {email}</p>c"
    finally:
        app.extensions.pop("needs_frames", None)
        app.extensions.pop("needs_strict_jinja", None)
