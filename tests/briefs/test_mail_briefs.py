"""Sending a brief to a real SMTP server started by the test; with the server down the message stays in
the outbox as failed and goes out on retry."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import socket

import pytest
import sqlalchemy as sa

from needs.db import write_intent
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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Keep:
    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 OK"


@pytest.fixture
def smtp_server():
    from aiosmtpd.controller import Controller

    keep = _Keep()
    controller = Controller(keep, hostname="127.0.0.1", port=_free_port())
    controller.start()
    yield controller, keep
    controller.stop()


def _reviewed_response(app, make_user, language="ru"):
    add_activities(app, [activity("BRF-0001", "Remittances for consular staff")])
    round_id = open_round(app)
    country, text, _ = RESPONSES[language]
    focal = make_user("focal_point", country=country, language=language)
    response_id = submit(app, make_user, round_id, country, language, [text], focal=focal)
    run_jobs(app)
    cdtf = make_user("cdtf")
    review_all(app, response_id, cdtf.id)
    return response_id, focal, cdtf


def _send(app, response_id, cdtf_id):
    from needs.auth.models import User
    from needs.briefs import services as briefs

    with app.test_request_context(), write_intent():
        result = briefs.send_brief(response_id, db.session.get(User, cdtf_id))
        db.session.commit()
    return result


def test_brief_reaches_the_smtp_server_with_the_pdf_attached(app, make_user, smtp_server):
    controller, keep = smtp_server
    response_id, focal, cdtf = _reviewed_response(app, make_user, "ru")
    app.config.update(NEEDS_SMTP_HOST=controller.hostname, NEEDS_SMTP_PORT=controller.port)
    _send(app, response_id, cdtf.id)
    run_jobs(app)
    assert len(keep.messages) == 1
    message = keep.messages[0]
    assert message["To"] == focal.email
    assert "Киргизия" in message["Subject"]
    attachments = list(message.iter_attachments())
    assert len(attachments) == 1 and attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_filename().endswith("-ru.pdf")
    pdf = attachments[0].get_content()
    assert pdf.startswith(b"%PDF") and contains_words(text_of(pdf), "Киргизия")
    from needs.briefs import services as briefs

    with app.app_context():
        assert [d["status"] for d in briefs.deliveries(response_id)] == ["sent"]


def test_server_down_keeps_the_message_failed_then_retry_sends_it(app, make_user, smtp_server):
    from needs.jobs.models import Job
    from needs.mail.models import FAILED, SENT, OutboxMessage

    controller, keep = smtp_server
    response_id, focal, cdtf = _reviewed_response(app, make_user, "es")
    down = _free_port()  # nothing listens there
    app.config.update(NEEDS_SMTP_HOST="127.0.0.1", NEEDS_SMTP_PORT=down, NEEDS_SMTP_TIMEOUT=2)
    _send(app, response_id, cdtf.id)
    run_jobs(app)
    from needs.briefs import services as briefs

    with app.app_context():
        message = db.session.scalar(sa.select(OutboxMessage).where(OutboxMessage.kind == "brief"))
        assert message.status == FAILED and message.attempts == 1 and message.last_error
        assert message.attachments[0].data.startswith(b"%PDF")
        assert [d["status"] for d in briefs.deliveries(response_id)] == ["failed"]
        job = db.session.scalar(sa.select(Job).where(Job.kind == "send_email"))
        assert job.status == "queued" and job.run_after > dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert keep.messages == []
    # The server is back; the job's backoff is over.
    app.config.update(NEEDS_SMTP_HOST=controller.hostname, NEEDS_SMTP_PORT=controller.port)
    with app.app_context(), write_intent():
        job = db.session.scalar(sa.select(Job).where(Job.kind == "send_email"))
        job.run_after = dt.datetime(2000, 1, 1)
        db.session.commit()
    run_jobs(app)
    assert len(keep.messages) == 1 and keep.messages[0]["To"] == focal.email
    with app.app_context():
        message = db.session.scalar(sa.select(OutboxMessage).where(OutboxMessage.kind == "brief"))
        assert message.status == SENT and message.attempts == 2
        assert [d["status"] for d in briefs.deliveries(response_id)] == ["sent"]


def test_without_smtp_the_brief_is_kept_in_the_outbox(app, make_user):
    from needs.mail.models import KEPT, OutboxMessage

    response_id, _focal, cdtf = _reviewed_response(app, make_user, "en")
    result = _send(app, response_id, cdtf.id)
    assert result["recipients"] == 1 and result["languages"] == ["en"]
    run_jobs(app)
    with app.app_context():
        message = db.session.scalar(sa.select(OutboxMessage).where(OutboxMessage.kind == "brief"))
        assert message.status == KEPT and message.attachments
