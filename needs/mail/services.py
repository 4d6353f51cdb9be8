"""Queue e-mail in the outbox and send it by SMTP when configured.

Without an SMTP host a message is kept (status ``kept``) and shown to administrators, who can read the
links it carries; with one, a failed send stays ``failed`` with its error and is retried by the job queue.
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formataddr

import sqlalchemy as sa
from flask import current_app

from needs.db import utcnow
from needs.extensions import db
from needs.jobs import services as jobs
from needs.mail.models import FAILED, KEPT, PENDING, SENT, OutboxAttachment, OutboxMessage


def queue_email(to: str, subject: str, body: str, *, kind: str = "", language: str = "en",
                user_id: int | None = None, attachments: list[tuple[str, str, bytes]] = (),
                meta: dict | None = None) -> OutboxMessage:
    """Store a message and enqueue its sending, in the caller's transaction."""
    message = OutboxMessage(to_address=to, subject=subject[:300], body=body, kind=kind, language=language,
                            to_user_id=user_id, meta=meta or {})
    for filename, content_type, data in attachments:
        message.attachments.append(OutboxAttachment(filename=filename, content_type=content_type, data=data))
    db.session.add(message)
    db.session.flush()
    jobs.enqueue("send_email", {"message_id": message.id})
    return message


def smtp_configured() -> bool:
    return bool(current_app.config.get("NEEDS_SMTP_HOST"))


def build_mime(message: OutboxMessage) -> EmailMessage:
    mime = EmailMessage()
    mime["From"] = formataddr(("needs", current_app.config["NEEDS_MAIL_FROM"]))
    mime["To"] = message.to_address
    mime["Subject"] = message.subject.replace("\r", " ").replace("\n", " ")
    mime.set_content(message.body)
    for attachment in message.attachments:
        maintype, _, subtype = attachment.content_type.partition("/")
        mime.add_attachment(attachment.data, maintype=maintype, subtype=subtype, filename=attachment.filename)
    return mime


def deliver(message: OutboxMessage) -> None:
    config = current_app.config
    with smtplib.SMTP(config["NEEDS_SMTP_HOST"], int(config["NEEDS_SMTP_PORT"]),
                      timeout=config["NEEDS_SMTP_TIMEOUT"]) as smtp:
        if config.get("NEEDS_SMTP_STARTTLS"):
            smtp.starttls(context=ssl.create_default_context())
        if config.get("NEEDS_SMTP_USER"):
            smtp.login(config["NEEDS_SMTP_USER"], config["NEEDS_SMTP_PASSWORD"])
        smtp.send_message(build_mime(message))


@jobs.handler("send_email")
def send_email_job(payload: dict) -> None:
    message = db.session.get(OutboxMessage, payload["message_id"])
    if message is None or message.status == SENT:
        return
    if not smtp_configured():
        message.status = KEPT
        return
    message.attempts += 1
    try:
        deliver(message)
    except (OSError, smtplib.SMTPException) as exc:
        message.status, message.last_error = FAILED, f"{type(exc).__name__}: {exc}"[:2000]
        db.session.commit()
        raise
    message.status, message.sent_at, message.last_error = SENT, utcnow(), ""


def resend(message_id: int) -> None:
    """Queue a kept or failed message again (administrators, after fixing the SMTP settings)."""
    message = db.session.get(OutboxMessage, message_id)
    if message is not None and message.status in {FAILED, KEPT, PENDING}:
        message.status = PENDING
        jobs.enqueue("send_email", {"message_id": message.id})


def listing(status: str | None = None, limit: int = 200) -> list[OutboxMessage]:
    query = sa.select(OutboxMessage).order_by(OutboxMessage.id.desc()).limit(limit)
    if status:
        query = query.where(OutboxMessage.status == status)
    return list(db.session.scalars(query))
