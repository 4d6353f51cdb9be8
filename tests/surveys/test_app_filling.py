"""Filling a response through HTTP: pages, skip logic without JavaScript, languages, version pinning."""

from __future__ import annotations

from tests.conftest import sign_in
from tests.surveys.survey_app_support import hidden, institution_form, open_round, response_row, start


def test_focal_point_lands_on_surveys_and_starts_a_draft(app, client, make_user, login):
    _version, round_id = open_round(app)
    user = make_user("focal_point", country="SEN")
    reply = client.post("/auth/sign-in", data={"email": user.email, "password": "correct horse battery staple 42"})
    assert reply.location.endswith("/surveys/")
    home = client.get("/surveys/").get_data(as_text=True)
    assert "Test round" in home
    response_id = start(client, round_id)
    assert start(client, round_id) == response_id  # one response per country and round
    page = client.get(f"/surveys/responses/{response_id}/sections/institution")
    assert page.status_code == 200
    assert 'name="a-institution_name"' in page.get_data(as_text=True)


def test_save_page_and_resume_on_another_device(app, client, make_user, login):
    _version, round_id = open_round(app)
    user = make_user("focal_point", country="SEN")
    login(user)
    response_id = start(client, round_id)
    reply = client.post(f"/surveys/responses/{response_id}/sections/institution",
                        data={**institution_form(1), "action": "save"})
    assert reply.status_code == 302
    row = response_row(app, response_id)
    assert row["answers"]["institution_name"] == "Ministry of Testing" and row["revision"] == 2
    other_device = app.test_client()
    sign_in(other_device, user)
    page = other_device.get(f"/surveys/responses/{response_id}/sections/institution").get_data(as_text=True)
    assert 'value="Ministry of Testing"' in page


def test_skip_logic_without_javascript(app, client, make_user, login):
    _version, round_id = open_round(app)
    login(make_user("focal_point", country="SEN"))
    response_id = start(client, round_id)
    page = client.get(f"/surveys/responses/{response_id}/sections/institution").get_data(as_text=True)
    assert 'data-path="institution_kind_other" hidden' in page
    # "next" validates the page: the hidden "other" question is not required
    reply = client.post(f"/surveys/responses/{response_id}/sections/institution",
                        data={**institution_form(1), "action": "next"})
    assert reply.status_code == 302 and reply.location.endswith("/sections/gfmd")
    # choosing "other" makes it relevant: the page shows it and requires it
    reply = client.post(f"/surveys/responses/{response_id}/sections/institution",
                        data={**institution_form(2, **{"a-institution_kind": "other"}), "action": "next"})
    assert reply.status_code == 422
    html = reply.get_data(as_text=True)
    assert 'data-path="institution_kind_other" hidden' not in html
    assert "This question requires an answer." in html
    assert response_row(app, response_id)["answers"]["institution_kind"] == "other"  # saved all the same


def test_language_switch_midway_keeps_answers(app, client, make_user, login):
    _version, round_id = open_round(app)
    login(make_user("focal_point", country="SEN", language="en"))
    response_id = start(client, round_id)
    reply = client.post(f"/surveys/responses/{response_id}/sections/institution",
                        data={**institution_form(1, **{"a-institution_name": "Direction des Sénégalais"}),
                              "action": "lang:ar"})
    assert reply.status_code == 302
    page = client.get(reply.location).get_data(as_text=True)
    assert 'dir="rtl"' in page and 'lang="ar"' in page
    assert 'value="Direction des Sénégalais"' in page
    assert "وزارة العمل" in page  # the ministry-of-labour choice, in Arabic, still ticked
    assert response_row(app, response_id)["answers"]["institution_name"] == "Direction des Sénégalais"


def test_repeat_instances_added_and_removed_without_javascript(app, client, make_user, login):
    _version, round_id = open_round(app)
    login(make_user("focal_point", country="SEN"))
    response_id = start(client, round_id)
    url = f"/surveys/responses/{response_id}/sections/needs_section"
    page = client.get(url).get_data(as_text=True)
    revision = int(hidden(page, "revision"))
    client.post(url, data={"revision": revision, "section": "needs_section", "action": "add:needs"})
    client.post(url, data={"revision": revision + 1, "section": "needs_section", "action": "add:needs",
                           "a-needs-0-present": "1", "a-needs-0-need_description": "first"})
    assert [n.get("need_description") for n in response_row(app, response_id)["answers"]["needs"]] == ["first", None]
    page = client.get(url).get_data(as_text=True)
    assert 'name="a-needs-1-need_description"' in page
    client.post(url, data={"revision": revision + 2, "section": "needs_section", "action": "remove:needs:0",
                           "a-needs-0-present": "1", "a-needs-0-need_description": "first",
                           "a-needs-1-present": "1", "a-needs-1-need_description": "second"})
    needs = response_row(app, response_id)["answers"]["needs"]
    assert [n.get("need_description") for n in needs] == ["second"]


def test_response_pinned_to_the_version_its_round_asked(app, client, make_user, login):
    import yaml

    from needs.db import write_intent
    from needs.extensions import db
    from needs.surveys import catalog
    from needs.surveys.definitions import SHIPPED_SURVEY

    version_id, round_id = open_round(app)
    login(make_user("focal_point", country="SEN"))
    response_id = start(client, round_id)
    changed = yaml.safe_load(SHIPPED_SURVEY.read_text(encoding="utf-8"))
    changed["sections"][0]["items"][0]["label"]["en"] = "Name of the ministry (changed)"
    with app.app_context(), write_intent():
        new_version, created = catalog.import_file(yaml.safe_dump(changed, allow_unicode=True).encode(),
                                                   filename="changed.yaml", publish=True)
        db.session.commit()
        assert created and new_version.id != version_id and new_version.number == 2
        assert catalog.document_by_id(version_id)["sections"][0]["items"][0]["label"]["en"] != \
            "Name of the ministry (changed)"
    page = client.get(f"/surveys/responses/{response_id}/sections/institution").get_data(as_text=True)
    assert "Name of the ministry (changed)" not in page
    from needs.surveys.models import Response

    with app.app_context():
        assert db.session.get(Response, response_id).version_id == version_id
