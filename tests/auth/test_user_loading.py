"""The signed-in user is read afresh on every request, also when a page reads its own row in the same
statement: a deactivated user, an ended session, a changed role or country count on the very next request,
and changes a page makes to the user are saved."""

from __future__ import annotations

import sqlalchemy as sa

from needs.auth.models import User
from needs.db import write_intent
from needs.extensions import db
from tests.conftest import sign_in
from tests.surveys.survey_app_support import institution_form, open_round, start


def _change_user(app, user_id: int, **values) -> None:
    with app.app_context(), write_intent():
        db.session.execute(sa.update(User).where(User.id == user_id).values(**values))
        db.session.commit()




def _signed_in_on_a_section(app, make_user, country: str = "SEN"):
    _version, round_id = open_round(app)
    user = make_user("focal_point", country=country)
    client = app.test_client()
    assert sign_in(client, user).status_code == 302
    response_id = start(client, round_id)
    url = f"/surveys/responses/{response_id}/sections/institution"
    assert client.get(url).status_code == 200
    return user, client, url


def test_deactivated_user_refused_on_the_next_section_page(app, make_user):
    user, client, url = _signed_in_on_a_section(app, make_user)
    _change_user(app, user.id, active=False)
    reply = client.get(url)
    assert reply.status_code == 302 and "/auth/sign-in" in reply.location


def test_ended_session_refused_on_the_next_section_page(app, make_user):
    user, client, url = _signed_in_on_a_section(app, make_user)
    _change_user(app, user.id, session_version=User.session_version + 1)
    reply = client.get(url)
    assert reply.status_code == 302 and "/auth/sign-in" in reply.location


def test_changed_country_takes_effect_on_the_next_section_page(app, make_user):
    user, client, url = _signed_in_on_a_section(app, make_user)
    _change_user(app, user.id, country_code="MEX")
    assert client.get(url).status_code == 404
    _change_user(app, user.id, country_code="SEN")
    assert client.get(url).status_code == 200


def test_changed_role_takes_effect_on_the_next_request(app, make_user):
    user, client, url = _signed_in_on_a_section(app, make_user)
    _change_user(app, user.id, role="cdtf", country_code=None)
    assert client.get(url).status_code == 403  # the route policy: section pages are for focal points
    assert client.get("/surveys/manage/").status_code == 200


def test_missing_response_and_other_sections_of_the_same_request(app, make_user):
    user, client, url = _signed_in_on_a_section(app, make_user)
    response_id = int(url.split("/")[3])
    assert client.get(f"/surveys/responses/{response_id + 1000}/sections/institution").status_code == 404
    assert client.get(f"/surveys/responses/{response_id}/sections/no-such-section").status_code == 404
    assert client.get(url).status_code == 200


def test_a_change_to_the_signed_in_user_is_saved(app, make_user):
    user, client, url = _signed_in_on_a_section(app, make_user)
    page = client.get(url).get_data(as_text=True)
    revision = int(page.split('name="revision" value="')[1].split('"')[0])
    reply = client.post(url, data={**institution_form(revision), "action": "lang:fr"})
    assert reply.status_code == 302
    with app.app_context():
        assert db.session.get(User, user.id).language == "fr"
    assert client.get(url).status_code == 200
