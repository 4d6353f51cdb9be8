"""What every page shares, kept between requests: the header per role and language, dates per language,
and templates' _() giving what Jinja's own gettext gives."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import sign_in

STRINGS = [
    ("%(percent)s%% done", {"percent": 40}),
    ("Add one more: %(label)s", {"label": "<b>need</b> & co"}),
    ("Save draft", {}),
    ("Deadline: %(date)s", {"date": '"><script>'}),
    ("100%% sure", {}),
]


@pytest.mark.parametrize("lang", ["ar", "zh", "en", "fr", "ru", "es"])
def test_template_underscore_equals_jinja_gettext(app, lang):
    for string, variables in STRINGS:
        with app.test_request_context(f"/?lang={lang}"):
            ours = app.jinja_env.from_string("{{ _(s, **v) }}").render(s=string, v=variables)
            jinja = app.jinja_env.from_string("{{ gettext(s, **v) }}").render(s=string, v=variables)
        assert ours == jinja
    with app.test_request_context("/?lang=fr"):
        html = app.jinja_env.from_string('{{ _("Add one more: %(label)s", label=x) }}').render(x="<b>")
    assert "&lt;b&gt;" in html and "<b>" not in html


def test_header_follows_role_and_language(app, make_user):
    focal, reviewer = app.test_client(), app.test_client()
    sign_in(focal, make_user("focal_point", country="SEN", language="en"))
    sign_in(reviewer, make_user("cdtf", language="en"))
    page = focal.get("/privacy").get_data(as_text=True)
    assert 'href="/surveys/">My surveys</a>' in page and "Government focal point" in page
    assert 'href="/surveys/manage"' not in page
    page = reviewer.get("/privacy").get_data(as_text=True)
    assert "My surveys" not in page and "CDTF reviewer" in page
    focal.post("/language", data={"lang": "fr", "next": "/privacy"})
    page = focal.get("/privacy").get_data(as_text=True)
    assert "My surveys" not in page and "Government focal point" not in page and '<html lang="fr"' in page
    assert "My surveys" in focal.get("/privacy?lang=en").get_data(as_text=True)


def test_a_forced_language_is_kept_apart(app, make_user):
    """An e-mail rendered in its recipient's language during a request leaves the header of the
    request's language untouched."""
    from flask import render_template
    from flask_babel import force_locale
    from flask_login import login_user

    user = make_user("focal_point", country="SEN", language="en")
    with app.test_request_context("/?lang=en"):
        login_user(user)
        with force_locale("ru"):
            russian = render_template("core/privacy.html")
        english = render_template("core/privacy.html")
    assert "My surveys" not in russian and "Skip to content" not in russian
    assert "My surveys" in english and "Skip to content" in english
    client = app.test_client()
    sign_in(client, user)
    assert "My surveys" in client.get("/privacy").get_data(as_text=True)


def test_dates_remembered_per_language(app):
    when = dt.datetime(2026, 11, 28, 9, 30)
    template = app.jinja_env.from_string("{{ when|datetime('long') }} / {{ day|date('long') }}")
    pages = {}
    for lang in ("en", "fr", "ar", "en"):
        with app.test_request_context(f"/?lang={lang}"):
            pages.setdefault(lang, set()).add(template.render(when=when, day=when.date()))
    assert {len(found) for found in pages.values()} == {1}
    assert "November" in next(iter(pages["en"])) and "novembre" in next(iter(pages["fr"]))
    assert "نوفمبر" in next(iter(pages["ar"]))


def test_template_url_for_remembers_only_what_does_not_vary(app):
    from flask import url_for

    template = app.jinja_env.from_string(
        "{{ url_for('core.privacy') }} {{ url_for('static', filename='css/needs.css') }} "
        "{{ url_for('surveys.section', response_id=n, name='gfmd') }}"
    )
    for root in ("", "/mounted", ""):
        for n in (1, 2):
            with app.test_request_context("/", base_url=f"http://localhost{root}/"):
                expected = " ".join(
                    [
                        url_for("core.privacy"),
                        url_for("static", filename="css/needs.css"),
                        url_for("surveys.section", response_id=n, name="gfmd"),
                    ]
                )
                assert template.render(n=n) == expected
                assert expected.startswith(f"{root}/privacy ")
