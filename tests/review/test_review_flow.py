"""A reviewer takes a response from submitted to reviewed through the screens."""

import sqlalchemy as sa

from needs.extensions import db
from tests.review.support import small_world


def _status(app, response_id):
    from needs.surveys import services as surveys

    with app.app_context():
        return surveys.response_for_review(response_id)["status"]


def _matches(app, response_id):
    from needs.matching import services as matching

    with app.app_context():
        return matching.matches_for_response(response_id)


def _actions(app):
    from needs.audit.models import AuditEvent

    with app.app_context():
        return [a for (a,) in db.session.execute(sa.select(AuditEvent.action).order_by(AuditEvent.id))]


def test_review_from_submitted_to_reviewed(app, make_user, login, client):
    world = small_world(app)
    reviewer = make_user("cdtf")
    login(reviewer)
    rid = world["phl"]
    n1, n2 = world["needs"][:2]

    queue = client.get("/review/").get_data(as_text=True)
    assert f"/review/responses/{rid}" in queue and "Philippines" in queue
    assert f"/review/responses/{world['mex']}\"" not in queue  # a draft is not in the queue

    page = client.get(f"/review/responses/{rid}")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "Remittance statistics for policy" in html
    assert "Gap: no activity in the inventory meets this need well enough" in html
    assert "It covers the theme" in html  # reasons as sentences
    assert "Join a session as it is" in html and "Your officials join a scheduled" in html
    assert _status(app, rid) == "submitted"  # looking changes nothing

    first, second = [m["id"] for m in _matches(app, rid)[n1]["matches"]]
    # A rejection without a reason is refused and changes nothing.
    client.post(f"/review/responses/{rid}/matches/{first}/decision", data={"decision": "rejected"})
    assert _matches(app, rid)[n1]["matches"][0]["decision"] is None
    assert _status(app, rid) == "submitted"

    client.post(f"/review/responses/{rid}/matches/{first}/decision",
                data={"decision": "rejected", "reason": "wrong-region", "note": "Asia only"})
    assert _status(app, rid) == "in_review"
    decided = {m["id"]: m for m in _matches(app, rid)[n1]["matches"]}[first]
    assert (decided["decision"], decided["reject_reason"], decided["note"]) == ("rejected", "wrong-region", "Asia only")
    assert decided["decided_by_id"] == reviewer.id and decided["decided_at"] is not None

    client.post(f"/review/responses/{rid}/matches/{second}/decision", data={"decision": "accepted"})
    client.post(f"/review/responses/{rid}/matches/{second}/move", data={"direction": "up"})
    assert [m["id"] for m in _matches(app, rid)[n1]["matches"]][:2] == [second, first]

    # Search and add an activity the engine missed.
    found = client.get(f"/review/responses/{rid}?need={n2}&q=ACT-4").get_data(as_text=True)
    assert "Course ACT-4" in found
    client.post(f"/review/responses/{rid}/needs/{n2}/activities", data={"activity_id": "ACT-4"})
    added = [m for m in _matches(app, rid)[n2]["matches"] if m["activity_id"] == "ACT-4"]
    assert added and added[0]["source"] == "reviewer" and added[0]["decision"] == "accepted"
    # An activity of another response's need cannot be decided through this response.
    other = _matches(app, world["chn"])[world["needs"][2]]["matches"][0]["id"]
    client.post(f"/review/responses/{rid}/matches/{other}/decision", data={"decision": "accepted"})
    assert _matches(app, world["chn"])[world["needs"][2]]["matches"][0]["decision"] is None

    client.post(f"/review/responses/{rid}/notes", data={"body": "Check with IOM Manila"})
    assert "Check with IOM Manila" in client.get(f"/review/responses/{rid}").get_data(as_text=True)

    done = client.post(f"/review/responses/{rid}/complete")
    assert done.status_code == 302
    assert _status(app, rid) == "reviewed"
    # Once reviewed, decisions are closed.
    client.post(f"/review/responses/{rid}/matches/{first}/decision", data={"decision": "accepted"})
    assert {m["id"]: m for m in _matches(app, rid)[n1]["matches"]}[first]["decision"] == "rejected"

    actions = _actions(app)
    for action in ("response.status", "match.decide", "match.reorder", "match.add", "review.note",
                   "review.complete"):
        assert action in actions, action


def test_queue_shows_waiting_time_and_filters(app, make_user, login, client):
    world = small_world(app)
    login(make_user("cdtf", language="fr"))
    html = client.get("/review/?region=africa").get_data(as_text=True)
    assert f"/review/responses/{world['sen']}" in html
    assert f"/review/responses/{world['phl']}" not in html
    assert "jours" in html or "mois" in html  # Babel-formatted waiting time in French
    html = client.get(f"/review/?round={world['round_b']}").get_data(as_text=True)
    assert f"/review/responses/{world['fra']}" in html and f"/review/responses/{world['sen']}" not in html
    assert client.get(f"/review/responses/{world['mex']}").status_code == 404


def test_csrf_is_required_on_review_actions(app, make_user, login, client):
    world = small_world(app)
    login(make_user("cdtf"))
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        response = client.post(f"/review/responses/{world['phl']}/notes", data={"body": "no token"})
        assert response.status_code in (302, 400)
        assert "no token" not in client.get(f"/review/responses/{world['phl']}").get_data(as_text=True)
    finally:
        app.config["WTF_CSRF_ENABLED"] = False
