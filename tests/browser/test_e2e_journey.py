"""The whole journey in a real browser: a focal point fills the survey half-way in Arabic, closes the
page, comes back to find everything saved, finishes in French, submits once despite a double click and
downloads the brief; a CDTF reviewer reviews the response and sends the brief; an agency sees the demand."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from needs.auth.services import create_user
from needs.db import write_intent
from needs.demo.loader import DEMO_PASSWORD
from needs.extensions import db
from tests.browser.conftest import shot

pytestmark = pytest.mark.browser

EMAIL = "focal.jor@test.example.org"
PASSWORD = "a journey passphrase for Jordan"
INSTITUTION = "وزارة العمل — مديرية العمالة الوافدة"
NEED_TEXT = ("تدريب مفتشي العمل على مبادئ التوظيف العادل ومراقبة وكالات الاستقدام وآليات تقديم الشكاوى "
             "للعمال المهاجرين")


@pytest.fixture
def jordan(site):
    with site.app.app_context(), write_intent():
        from needs.auth.models import User

        if db.session.scalar(sa.select(User).where(User.email == EMAIL)) is None:
            create_user(email=EMAIL, name="Rania Haddad", role="focal_point", country="JOR", language="en",
                        password=PASSWORD)
            db.session.commit()
    return EMAIL


def sign_in(page, email, password):
    page.goto("/auth/sign-in")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    with page.expect_navigation():
        page.click("main form button[type=submit]")


def click_and_wait(page, selector):
    with page.expect_navigation():
        page.click(selector)


def response_state(site):
    from needs.surveys.models import Need, Response

    with site.app.app_context():
        response = db.session.scalar(sa.select(Response).where(Response.country_code == "JOR"))
        needs = db.session.scalar(sa.select(sa.func.count()).select_from(Need).where(Need.response_id == response.id))
        return response, needs


def watched(new_page, like):
    """A further tab or browser context reports its console errors to the test like the first page."""
    watch = like._needs_watch
    new_page._needs_watch = watch
    new_page.on("console", lambda m: m.type == "error" and not m.location.get("url", "").endswith("/favicon.ico")
                and watch.problems.append(f"console error: {m.text}"))
    new_page.on("pageerror", lambda error: watch.problems.append(f"page error: {error}"))
    return new_page


def other_browser(page, site):
    context = page.context.browser.new_context(base_url=site.base_url, locale="en-US",
                                               viewport={"width": 1280, "height": 800})
    return context, watched(context.new_page(), page)


def test_focal_point_reviewer_and_agency_journey(page, site, jordan):
    first = page
    sign_in(page, EMAIL, PASSWORD)
    assert "/surveys" in page.url
    with page.expect_navigation():
        page.select_option("#lang-select", "ar")
    assert page.get_attribute("html", "dir") == "rtl"
    shot(page, "home-arabic")

    # Start the survey and fill the first section in Arabic.
    click_and_wait(page, "form[action*='/start'] button[type=submit]")
    page.fill("#a-institution_name", INSTITUTION)
    page.check("input[name='a-institution_kind'][value='labour']")
    page.fill("#a-focal_point_role", "مديرة إدارة التدريب")
    shot(page, "institution-filled-arabic")
    click_and_wait(page, "button[name=action][value=next]")
    click_and_wait(page, "button[name=action][value=next]")  # GFMD recommendations: optional
    # Half of the needs section, then the page is closed without saving explicitly.
    page.click("button[name=action][value^='add:']")
    page.wait_for_selector("#a-needs-0-need_description")
    page.check("input[name='a-needs-0-need_themes'][value='low-skilled-labour']")
    page.check("input[name='a-needs-0-need_audience'][value='government']")
    page.fill("#a-needs-0-need_description", NEED_TEXT)
    page.locator("#a-needs-0-need_description").blur()
    page.wait_for_timeout(1500)  # autosave
    shot(page, "needs-half-filled")
    needs_url = page.url
    context = page.context
    page.close()

    # Coming back: everything is there.
    page = watched(context.new_page(), first)
    page.goto(needs_url)
    assert page.input_value("#a-needs-0-need_description") == NEED_TEXT
    assert page.is_checked("input[name='a-needs-0-need_themes'][value='low-skilled-labour']")
    shot(page, "needs-after-return")

    # Finish in French.
    click_and_wait(page, "button[name=action][value='lang:fr']")
    assert page.get_attribute("html", "lang") == "fr"
    assert page.input_value("#a-needs-0-need_description") == NEED_TEXT
    page.check("input[name='a-needs-0-need_delivery'][value='face-to-face']")
    page.check("input[name='a-needs-0-need_languages'][value='ar']")
    page.check("input[name='a-needs-0-need_priority'][value='3']")
    click_and_wait(page, "button[name=action][value=next]")
    page.check("input[name='a-has_training_unit'][value='no']")
    page.check("input[name='a-past_training'][value='no']")
    click_and_wait(page, "button[name=action][value=next]")
    click_and_wait(page, "button[name=action][value=next]")  # constraints: none
    page.check("input[name='a-host_interest'][value='no']")
    click_and_wait(page, "button[name=action][value=next]")
    assert "/review" in page.url
    shot(page, "review-french")

    # A double click submits once.
    with page.expect_navigation():
        page.dblclick("form[action$='/submit'] button[type=submit]")
    shot(page, "submitted")
    response, needs = response_state(site)
    assert response.status == "submitted" and response.language == "fr" and needs == 1
    assert response.answers["institution_name"] == INSTITUTION

    # The background worker's part (matching the new needs), run here rather than in a second process.
    with site.app.app_context():
        from needs.jobs.services import run_pending

        run_pending()

    # The provisional brief downloads.
    with page.expect_download() as download:
        page.click("a[href*='/briefs/'][href$='.pdf'], a[href*='/briefs/'][download]")
    assert download.value.suggested_filename.endswith(".pdf")

    # A CDTF reviewer reviews the response and sends the brief.
    reviewer, page = other_browser(first, site)
    sign_in(page, "cdtf@demo.example.org", DEMO_PASSWORD)
    page.goto(f"/review/responses/{response.id}")
    shot(page, "reviewer-response")
    accept = page.locator("button[name=decision][value=accepted]").first
    with page.expect_navigation():
        accept.click()
    click_and_wait(page, "form[action$='/complete'] button[type=submit]")
    page.goto(f"/review/responses/{response.id}")
    shot(page, "reviewed")
    click_and_wait(page, "form[action*='/send'] button[type=submit]")
    shot(page, "brief-sent")
    response, _ = response_state(site)
    assert response.status == "brief_sent"
    reviewer.close()

    # An agency sees the demand.
    agency, page = other_browser(first, site)
    sign_in(page, "ilo@demo.example.org", DEMO_PASSWORD)
    page.goto("/review/agency")
    assert page.locator("main h1").count() == 1
    shot(page, "agency-demand")
    assert "Rania Haddad" not in page.content() and EMAIL not in page.content()
    agency.close()
