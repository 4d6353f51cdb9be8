"""E-mails about accounts, written in the recipient's language with links on the configured host."""

from __future__ import annotations

from flask import current_app, url_for
from flask_babel import force_locale, gettext

from needs.auth import services as auth
from needs.auth.models import User
from needs.mail.services import queue_email


def external_url(endpoint: str, **values) -> str:
    """Links in e-mails use NEEDS_BASE_URL, never the Host header of the request that caused them."""
    return current_app.config["NEEDS_BASE_URL"].rstrip("/") + url_for(endpoint, **values)


def send_invitation(user: User) -> None:
    token = auth.issue_link(user, "invite")
    link = external_url("auth.accept_invitation", token=token)
    hours = current_app.config["NEEDS_INVITE_HOURS"]
    with force_locale(user.language):
        subject = gettext("You are invited to needs")
        body = gettext(
            "Hello %(name)s,\n\nYou have been given an account on needs, the capacity-development needs "
            "assessment of the Global Migration Group.\nChoose your password with this link, valid for "
            "%(hours)s hours and usable once:\n\n%(link)s\n", name=user.name, hours=hours, link=link)
    queue_email(user.email, subject, body, kind="invite", language=user.language, user_id=user.id)


def send_reset(user: User) -> None:
    token = auth.issue_link(user, "reset")
    link = external_url("auth.reset_password", token=token)
    hours = current_app.config["NEEDS_RESET_HOURS"]
    with force_locale(user.language):
        subject = gettext("Reset your needs password")
        body = gettext(
            "Hello %(name)s,\n\nSomeone asked to reset the password of your needs account. If it was you, "
            "choose a new password with this link, valid for %(hours)s hours and usable once:\n\n%(link)s\n\n"
            "If it was not you, ignore this message: your password stays as it is.\n",
            name=user.name, hours=hours, link=link)
    queue_email(user.email, subject, body, kind="reset", language=user.language, user_id=user.id)
