"""Brief pages and downloads by role and country, the send action, the focal point's links, the command."""

from __future__ import annotations

import sqlalchemy as sa
from pypdf import PdfReader

from needs.extensions import db
from tests.briefs.test_pdf_languages import contains_words, text_of
from tests.briefs.test_services_briefs import (
    RESPONSES,
    activity,
    add_activities,
    open_round,
    review_all,
    run_jobs,
    submit,
)
from tests.conftest import csrf_token_from


def _world(app, make_user, language: str = "ar"):
    add_activities(app, [activity("BRF-0001", "Remittances for consular staff")])
    round_id = open_round(app)
    country, text, _ = RESPONSES[language]
    focal = make_user("focal_point", country=country, language=language, name="Focal Owner")
    response_id = submit(app, make_user, round_id, country, language, [text], focal=focal)
    run_jobs(app)
    return response_id, focal


def test_focal_point_downloads_the_provisional_brief_in_the_language_of_the_answers(app, make_user, login, client):
    response_id, focal = _world(app, make_user, "ar")
    login(focal)
    page = client.get(f"/surveys/responses/{response_id}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert f"/briefs/response/{response_id}/brief.pdf?lang=ar" in html
    reply = client.get(f"/briefs/response/{response_id}/brief.pdf?lang=ar")
    assert reply.status_code == 200 and reply.mimetype == "application/pdf"
    assert reply.headers["X-Content-Type-Options"] == "nosniff"
    disposition = reply.headers["Content-Disposition"]
    assert disposition.startswith("attachment;") and "filename*=UTF-8''" in disposition
    assert "\r" not in disposition and "\n" not in disposition and '"' not in disposition.split("filename*=")[1]
    text = text_of(reply.data)
    assert contains_words(text, "مصر")
    assert PdfReader(__import__("io").BytesIO(reply.data)).pages
    # The brief's own page: the six languages and the stored version.
    page = client.get(f"/briefs/response/{response_id}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert html.count("brief.pdf?lang=") == 6 and f"brief-EGY-{response_id}-v1-ar.pdf" in html
    assert "/send" not in html  # focal points do not send


def test_another_country_and_agencies_are_refused(app, make_user, login, client):
    response_id, _ = _world(app, make_user, "en")
    with app.app_context():
        from needs.briefs.models import Brief

        briefs_before = db.session.scalar(sa.select(sa.func.count()).select_from(Brief))
    other = make_user("focal_point", country="SEN", language="fr")
    login(other)
    for url in (f"/briefs/response/{response_id}", f"/briefs/response/{response_id}/brief.pdf",
                f"/briefs/response/{response_id}/brief.pdf?lang=fr"):
        assert client.get(url).status_code == 404, url
    assert client.post(f"/briefs/response/{response_id}/send").status_code == 403
    with app.app_context():
        from needs.briefs.models import Brief

        assert db.session.scalar(sa.select(sa.func.count()).select_from(Brief)) == briefs_before
    client.post("/auth/sign-out")
    agency = make_user("agency", agency="IOM")
    login(agency)
    assert client.get(f"/briefs/response/{response_id}").status_code == 403
    assert client.get(f"/briefs/response/{response_id}/brief.pdf").status_code == 403
    client.post("/auth/sign-out")
    assert client.get(f"/briefs/response/{response_id}/brief.pdf").status_code in (302, 401)


def test_stored_version_of_another_country_is_refused(app, make_user, login, client):
    response_id, focal = _world(app, make_user, "en")
    login(focal)
    assert client.get(f"/briefs/response/{response_id}/brief.pdf").status_code == 200
    with app.app_context():
        from needs.briefs.models import Brief

        brief_id = db.session.scalar(sa.select(Brief.id))
    assert client.get(f"/briefs/{brief_id}/download").status_code == 200
    client.post("/auth/sign-out")
    login(make_user("focal_point", country="MEX", language="es"))
    assert client.get(f"/briefs/{brief_id}/download").status_code == 404
    assert client.get("/briefs/999999/download").status_code == 404


def test_cdtf_sends_the_reviewed_brief_to_each_focal_point_in_their_language(app, make_user, login, client):
    response_id, focal = _world(app, make_user, "fr")
    second = make_user("focal_point", country="SEN", language="ar", name="Second Focal")
    cdtf = make_user("cdtf")
    login(cdtf)
    # Not reviewed yet: refused, nothing queued.
    reply = client.post(f"/briefs/response/{response_id}/send", follow_redirects=True)
    assert "once the CDTF has reviewed" in reply.get_data(as_text=True)
    review_all(app, response_id, cdtf.id)
    app.config["WTF_CSRF_ENABLED"] = True
    page = client.get(f"/briefs/response/{response_id}").get_data(as_text=True)
    assert client.post(f"/briefs/response/{response_id}/send").status_code in (400, 303)
    reply = client.post(f"/briefs/response/{response_id}/send", data={"csrf_token": csrf_token_from(page)})
    assert reply.status_code == 303
    from needs.briefs.models import Brief, BriefDelivery
    from needs.mail.models import OutboxMessage
    from needs.surveys import services as surveys

    with app.app_context():
        assert surveys.response_for_review(response_id)["status"] == "brief_sent"
        messages = {m.to_address: m for m in db.session.scalars(sa.select(OutboxMessage).where(
            OutboxMessage.kind == "brief"))}
        assert set(messages) == {focal.email, second.email}
        assert messages[focal.email].language == "fr" and messages[second.email].language == "ar"
        assert "Sénégal" in messages[focal.email].subject and "السنغال" in messages[second.email].subject
        briefs = {b.language: b for b in db.session.scalars(sa.select(Brief))}
        assert {"fr", "ar"} <= set(briefs) and all(b.status == "reviewed" for b in briefs.values()
                                                  if b.id in {d.brief_id for d in db.session.scalars(
                                                      sa.select(BriefDelivery))})
        attachment = messages[second.email].attachments[0]
        assert attachment.content_type == "application/pdf" and attachment.data.startswith(b"%PDF")
        assert contains_words(text_of(attachment.data), "السنغال")
    page = client.get(f"/briefs/response/{response_id}").get_data(as_text=True)
    assert focal.email in page and second.email in page  # each message with its outbox state
    assert "Send the reviewed brief again" in page


def test_focal_point_home_lists_the_brief(app, make_user, login, client):
    response_id, focal = _world(app, make_user, "zh")
    login(focal)
    html = client.get("/surveys/").get_data(as_text=True)
    assert f"/briefs/response/{response_id}/brief.pdf?lang=zh" in html


def test_brief_command_for_one_response_and_for_all(app, make_user, runner, tmp_path):
    add_activities(app, [activity("BRF-0001", "Remittances for consular staff")])
    round_id = open_round(app)
    ids = {lang: submit(app, make_user, round_id, country, lang, [text])
           for lang, (country, text, _) in RESPONSES.items()}
    run_jobs(app)
    out = tmp_path / "one.pdf"
    result = runner.invoke(args=["brief", "--response", str(ids["ru"]), "--out", str(out), "--lang", "es"])
    assert result.exit_code == 0, result.output
    assert contains_words(text_of(out.read_bytes()), "Kirguistán")
    result = runner.invoke(args=["brief", "--all", "--out-dir", str(tmp_path / "all")])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (tmp_path / "all").iterdir())
    assert names == sorted(f"{ids[lang]}-{lang}.pdf" for lang in RESPONSES)
    for lang, (_country, _text, words) in RESPONSES.items():
        assert contains_words(text_of((tmp_path / "all" / f"{ids[lang]}-{lang}.pdf").read_bytes()), words[0])
    assert runner.invoke(args=["brief", "--out", str(out)]).exit_code != 0
    assert runner.invoke(args=["brief", "--response", "999999", "--out", str(out)]).exit_code != 0
