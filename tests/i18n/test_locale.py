"""Locale selection: ?lang=, the saved preference, Accept-Language; lang and dir on every page."""

import pytest

from tests.conftest import sign_in


@pytest.mark.parametrize("lang, direction", [("ar", "rtl"), ("zh", "ltr"), ("en", "ltr"), ("fr", "ltr"),
                                             ("ru", "ltr"), ("es", "ltr")])
def test_every_language_sets_lang_and_dir(client, lang, direction):
    html = client.get(f"/?lang={lang}").get_data(as_text=True)
    assert f'<html lang="{lang}" dir="{direction}">' in html


def test_accept_language(client):
    html = client.get("/", headers={"Accept-Language": "ru-RU,ru;q=0.9,en;q=0.5"}).get_data(as_text=True)
    assert '<html lang="ru"' in html


def test_query_is_one_off_and_switcher_saves(app, make_user):
    user = make_user("cdtf", language="en")
    client = app.test_client()
    sign_in(client, user)
    assert '<html lang="fr"' in client.get("/?lang=fr").get_data(as_text=True)
    assert '<html lang="en"' in client.get("/").get_data(as_text=True)
    client.post("/language", data={"lang": "ar", "next": "/"})
    assert '<html lang="ar" dir="rtl"' in client.get("/").get_data(as_text=True)
    # The preference is saved on the account: another device sees it.
    other = app.test_client()
    sign_in(other, user)
    assert '<html lang="ar"' in other.get("/", headers={"Accept-Language": "es"}).get_data(as_text=True)


def test_anonymous_switch_is_remembered(client):
    client.post("/language", data={"lang": "zh", "next": "/privacy"})
    assert '<html lang="zh"' in client.get("/").get_data(as_text=True)


def test_unknown_language_ignored(client):
    assert '<html lang="en"' in client.get("/?lang=de").get_data(as_text=True)


@pytest.mark.parametrize("lang, word", [("fr", "Confidentialité"), ("es", "privacidad"), ("ru", "конфиденциальности"),
                                        ("ar", "الخصوصية"), ("zh", "隐私")])
def test_pages_are_translated(client, lang, word):
    assert word.lower() in client.get(f"/privacy?lang={lang}").get_data(as_text=True).lower()


def test_dates_formatted_for_locale(app):
    import datetime as dt

    from flask_babel import force_locale, format_date

    with app.test_request_context():
        with force_locale("fr"):
            assert "novembre" in format_date(dt.date(2026, 11, 28), "long")
        with force_locale("ar"):
            assert "نوفمبر" in format_date(dt.date(2026, 11, 28), "long")
