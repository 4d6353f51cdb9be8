"""Who sees what (focal points only their country, agencies no personal data), and reminders."""

import datetime as dt

import pytest
import sqlalchemy as sa

from needs.db import write_intent
from needs.extensions import db
from tests.review.support import small_world

CANARY_NAME, CANARY_EMAIL, CANARY_PHONE = "Canary Focalname", "canary.fp@phl.example.org", "+63 555 0199"


def test_roles_reach_only_their_screens(app, make_user, login, client):
    world = small_world(app)
    login(make_user("focal_point", country="PHL"))
    for path in ("/review/", "/review/demand", f"/review/responses/{world['phl']}", "/review/needs.csv",
                 "/review/demand/themes.csv", "/review/reminders", "/review/agency"):
        assert client.get(path).status_code == 403, path
    assert client.post(f"/review/responses/{world['phl']}/complete").status_code == 403


def test_focal_point_sees_only_their_country(app, make_user, login, client):
    world = small_world(app)
    login(make_user("focal_point", country="PHL"))
    assert client.get("/review/country").headers["Location"].endswith("/review/country/PHL")
    own = client.get("/review/country/PHL").get_data(as_text=True)
    assert "Remittance statistics for policy" in own
    assert "Under review" in own
    for other in ("CHN", "SEN", "FRA", "MEX", "ZZZ"):
        assert client.get(f"/review/country/{other}").status_code == 404, other
    # Once reviewed, the accepted activities appear.
    reviewer_client = app.test_client()
    from tests.conftest import sign_in

    sign_in(reviewer_client, make_user("cdtf"))
    from needs.matching import services as matching

    with app.app_context():
        match_id = matching.matches_for_response(world["phl"])[world["needs"][0]]["matches"][0]["id"]
    reviewer_client.post(f"/review/responses/{world['phl']}/matches/{match_id}/decision", data={"decision": "accepted"})
    reviewer_client.post(f"/review/responses/{world['phl']}/complete")
    own = client.get("/review/country/PHL").get_data(as_text=True)
    assert "Course ACT-1" in own and "Under review" not in own.split("Round A")[1].split("</section>")[0]


def test_agency_sees_its_matches_and_unserved_demand_but_no_personal_data(app, make_user, login, client):
    world = small_world(app)
    make_user("focal_point", country="PHL", name=CANARY_NAME, email=CANARY_EMAIL, phone=CANARY_PHONE)
    login(make_user("agency", agency="ILO"))
    html = client.get("/review/agency").get_data(as_text=True)
    assert "Data course of ILO" in html
    # ILO's one activity (data, global) serves n2 and n5; n1 (data, Philippines) is not served by ILO.
    unserved = html[html.index('id="unserved-title"'):]
    assert "Remittance statistics for policy" in unserved
    assert "Migration data basics" not in unserved
    assert "Counter-trafficking" not in html  # not in ILO's themes
    for canary in (CANARY_NAME, CANARY_EMAIL, CANARY_PHONE, "@test.example.org"):
        assert canary not in html
    # An agency cannot look at another agency through the parameter.
    other = client.get("/review/agency?agency=IOM").get_data(as_text=True)
    assert "Course ACT-1" not in other
    with app.app_context():
        from needs.review import services as review

        view = review.agency_view("ILO")
    assert [f["need_id"] for f in view["unserved"]] == [world["needs"][0]]


def test_reminders_by_status_in_each_language_once_a_day(app, make_user, login, client):
    world = small_world(app)
    fr = make_user("focal_point", country="SEN", language="fr")  # submitted in round A
    es = make_user("focal_point", country="ESP", language="es")  # not started
    en = make_user("focal_point", country="PHL", language="en")  # submitted
    login(make_user("cdtf"))
    page = client.get(f"/review/reminders?round={world['round_a']}").get_data(as_text=True)
    assert "Spain" in page and "Senegal" in page
    response = client.post("/review/reminders", data={"round": world["round_a"], "statuses": ["not_started"]})
    assert response.status_code == 302
    from needs.mail.models import OutboxMessage
    from needs.review.models import Reminder

    with app.app_context():
        messages = list(db.session.scalars(sa.select(OutboxMessage).where(OutboxMessage.kind == "reminder")))
        assert [(m.to_address, m.language) for m in messages] == [(es.email, "es")]
        assert "2027" in messages[0].body and "marzo" in messages[0].body  # deadline formatted in Spanish
        assert "España" in messages[0].body
    client.post("/review/reminders", data={"round": world["round_a"], "statuses": ["not_started", "submitted"]})
    client.post("/review/reminders", data={"round": world["round_a"], "statuses": ["not_started", "submitted"]})
    with app.app_context():
        rows = list(db.session.scalars(sa.select(Reminder).order_by(Reminder.id)))
        assert sorted(r.user_id for r in rows) == sorted([es.id, fr.id, en.id])  # nobody twice in a day
        assert {r.user_id: r.status for r in rows} == {es.id: "not_started", fr.id: "submitted", en.id: "submitted"}
        sen = next(m for m in db.session.scalars(sa.select(OutboxMessage)) if m.to_address == fr.email)
        assert sen.language == "fr" and "Sénégal" in sen.body and "Thank you" not in sen.body
        from needs.review import services as review

        mine = review.reminders_for_user(fr.id)
        assert len(mine) == 1 and mine[0]["round_title"] == "Round A" and "Sénégal" in mine[0]["message"]
        assert review.reminders_for_user(world["phl"] + 10_000) == []
        db.session.rollback()
        # The next day, the same focal point can be reminded again.
        with write_intent():
            tomorrow = review.send_reminders(world["round_a"], ["not_started"], None,
                                             today=dt.date.today() + dt.timedelta(days=1))
            assert tomorrow == {"sent": 1, "skipped": 0}
            db.session.rollback()
        # The database refuses a second reminder the same day even without the check.
        with write_intent():
            db.session.add(Reminder(round_id=world["round_a"], user_id=es.id, country_code="ESP",
                                    status="not_started", day=rows[0].day))
            with pytest.raises(sa.exc.IntegrityError):
                db.session.flush()
            db.session.rollback()
    from needs.audit.models import AuditEvent

    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(AuditEvent)
                                 .where(AuditEvent.action == "review.reminder")) == 3
