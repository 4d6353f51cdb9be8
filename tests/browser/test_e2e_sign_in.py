"""A focal point signs in in English, switches to Arabic (right to left), signs out, signs in again in Arabic."""

from __future__ import annotations

import pytest

from needs.demo.loader import DEMO_PASSWORD, DEMO_USERS
from tests.browser.conftest import VIEWPORT, shot

pytestmark = pytest.mark.browser

FOCAL_POINT = next(u for u in DEMO_USERS if u[0] == "focal.phl@demo.example.org")
EMAIL, NAME = FOCAL_POINT[0], FOCAL_POINT[1]
SIGN_OUT = "form[action$='/auth/sign-out'] button[type=submit]"
ACCOUNT_LINK = ".site-nav__account a"


def html_lang_dir(page) -> tuple[str, str]:
    return page.get_attribute("html", "lang"), page.get_attribute("html", "dir")


def centre_x(page, selector: str) -> float:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, f"{selector} is not visible"
    return box["x"] + box["width"] / 2


def assert_laid_out(page, direction: str) -> None:
    """The brand sits at the start of the header: left in English, right in Arabic; the language
    switcher at the other end; the account link at the end of the navigation."""
    middle = VIEWPORT["width"] / 2
    brand, switcher, account = (centre_x(page, s) for s in (".brand", ".lang-switch", ACCOUNT_LINK))
    if direction == "ltr":
        assert brand < middle < switcher, (brand, switcher)
        assert account > middle, account
    else:
        assert switcher < middle < brand, (brand, switcher)
        assert account < middle, account
    assert page.evaluate("getComputedStyle(document.body).direction") == direction


def sign_in(page, email: str, password: str) -> None:
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    with page.expect_navigation():
        page.click("main form button[type=submit]")


def test_focal_point_signs_in_switches_to_arabic_and_back_in(page, site):
    page.goto("/auth/sign-in")
    assert html_lang_dir(page) == ("en", "ltr")
    shot(page, "sign-in-english")

    sign_in(page, EMAIL, DEMO_PASSWORD)
    landing = page.url  # the focal point's start page
    assert "/auth/" not in landing
    assert page.locator(ACCOUNT_LINK).inner_text().strip() == NAME
    assert page.locator(SIGN_OUT).is_visible()
    assert html_lang_dir(page) == ("en", "ltr")
    assert_laid_out(page, "ltr")
    shot(page, "signed-in-english")

    # The switcher submits itself when a language is chosen (progressive enhancement) and stays on the page.
    with page.expect_navigation():
        page.select_option("#lang-select", "ar")
    assert page.url == landing
    assert html_lang_dir(page) == ("ar", "rtl")
    assert page.locator(ACCOUNT_LINK).inner_text().strip() == NAME
    assert page.locator(SIGN_OUT).inner_text().strip() == "تسجيل الخروج"
    assert_laid_out(page, "rtl")
    shot(page, "signed-in-arabic")

    with page.expect_navigation():
        page.click(SIGN_OUT)
    assert page.locator(SIGN_OUT).count() == 0
    shot(page, "signed-out")

    # Signed out, the page follows the browser (English) until Arabic is chosen again.
    page.goto("/auth/sign-in")
    if html_lang_dir(page)[0] != "ar":
        with page.expect_navigation():
            page.select_option("#lang-select", "ar")
    assert page.url.startswith(site.url("/auth/sign-in"))
    assert html_lang_dir(page) == ("ar", "rtl")
    assert page.locator("main h1").inner_text().strip() == "تسجيل الدخول"
    assert page.evaluate("getComputedStyle(document.querySelector('main form')).direction") == "rtl"
    shot(page, "sign-in-arabic")

    sign_in(page, EMAIL, DEMO_PASSWORD)
    assert page.url == landing
    assert html_lang_dir(page) == ("ar", "rtl")  # the choice was saved on the account
    assert page.locator(ACCOUNT_LINK).inner_text().strip() == NAME
    assert_laid_out(page, "rtl")
    shot(page, "signed-in-again-arabic")


def test_wrong_password_is_refused_in_the_page(page):
    page.goto("/auth/sign-in")
    sign_in(page, EMAIL, "not the demo password")
    assert page.locator(".flash--error").is_visible()
    assert page.locator(SIGN_OUT).count() == 0
    shot(page, "refused")
