"""The matching weights pages and the match, refit and export-weights commands."""

from __future__ import annotations

import json

import pytest

from tests.conftest import csrf_token_from
from tests.matching.test_services_matching import world


@pytest.mark.parametrize(("role", "status"), [("focal_point", 403), ("agency", 403), ("cdtf", 200), ("admin", 200)])
def test_weights_page_by_role(client, make_user, login, role, status):
    login(make_user(role))
    assert client.get("/matching/weights").status_code == status


def test_weights_page_needs_sign_in(client):
    response = client.get("/matching/weights")
    assert response.status_code == 302 and "/auth/sign-in" in response.location


def test_refit_from_the_page_is_recorded(app, client, make_user, login):
    from needs.audit.services import recent
    from needs.matching import services as matching

    reviewer = make_user("cdtf")
    login(reviewer)
    app.config["WTF_CSRF_ENABLED"] = True
    page = client.get("/matching/weights").get_data(as_text=True)
    assert "Matching weights" in page and "No refit yet." in page
    assert client.post("/matching/weights/refit", data={}).status_code == 400  # no CSRF token
    response = client.post("/matching/weights/refit", data={"csrf_token": csrf_token_from(page)},
                           follow_redirects=True)
    assert response.status_code == 200
    assert "Too few decisions to refit" in response.get_data(as_text=True)
    with app.app_context():
        versions = matching.weights_versions()
        assert len(versions) == 1 and not versions[0].active and versions[0].created_by_id == reviewer.id
        assert [e.actor_id for e in recent(action="matching.refit")] == [reviewer.id]


def test_weights_download(app, client, make_user, login):
    from needs.matching.engine import Weights

    login(make_user("admin"))
    response = client.get("/matching/weights.json")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == 'attachment; filename="weights.json"'
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert Weights.from_dict(json.loads(response.data)).to_dict() == Weights.default().to_dict()


def test_page_in_arabic_is_right_to_left(client, make_user, login):
    login(make_user("cdtf", language="ar"))
    html = client.get("/matching/weights").get_data(as_text=True)
    assert 'dir="rtl"' in html and 'lang="ar"' in html


def test_match_command(app, runner, make_user):
    from needs.matching import services as matching

    response_id = world(app, make_user)
    assert runner.invoke(args=["match"]).exit_code != 0  # --response or --all is required
    one = runner.invoke(args=["match", "--response", str(response_id)])
    assert one.exit_code == 0 and "needs 2" in one.output, one.output
    everything = runner.invoke(args=["match", "--all"])
    assert everything.exit_code == 0 and "responses 1" in everything.output, everything.output
    with app.app_context():
        assert all(len(e["matches"]) == 10 for e in matching.matches_for_response(response_id).values())


def test_refit_and_export_commands(runner, tmp_path):
    from needs.matching.engine import Weights

    refit = runner.invoke(args=["refit"])
    assert refit.exit_code == 0 and "reason=too-few-decisions" in refit.output
    out = tmp_path / "w.json"
    exported = runner.invoke(args=["export-weights", "--out", str(out)])
    assert exported.exit_code == 0
    assert Weights.load(out).to_dict() == Weights.default().to_dict()
