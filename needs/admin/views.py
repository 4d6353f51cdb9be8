"""Users and invitations, the outbox, the job queue and the audit trail."""

from __future__ import annotations

import sqlalchemy as sa
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from needs.admin.forms import InviteForm
from needs.audit.services import recent, record
from needs.auth import emails, roles
from needs.auth import services as auth
from needs.auth.forms import ConfirmForm
from needs.auth.models import User
from needs.extensions import db
from needs.i18n.languages import LANGUAGES, native_name
from needs.i18n.services import current_locale
from needs.jobs import services as jobs
from needs.mail import services as mail
from needs.vocabulary import services as vocabulary

bp = Blueprint("admin", __name__, url_prefix="/admin", template_folder="templates")

ACCOUNT_ERRORS = {
    "invalid": lambda: _("This value is not valid."),
    "duplicate": lambda: _("An account with this e-mail already exists."),
    "unknown": lambda: _("Choose a value from the list."),
}


def _invite_form() -> InviteForm:
    locale = current_locale()
    form = InviteForm()
    form.role.choices = [(role, str(roles.ROLE_LABELS[role])) for role in roles.ROLES]
    form.country.choices = [("", "—")] + vocabulary.country_choices(locale)
    form.agency.choices = [("", "—")] + [(a.code, f"{a.code} · {vocabulary.pick(a.names, locale)}")
                                         for a in vocabulary.agencies()]
    form.language.choices = [(code, native_name(code)) for code in LANGUAGES]
    return form


@bp.get("/users")
def users():
    rows = db.session.scalars(sa.select(User).order_by(User.role, User.email)).all()
    return render_template("admin/users.html", users=rows, form=_invite_form(), confirm=ConfirmForm())


@bp.post("/users/invite")
def invite():
    form = _invite_form()
    if form.validate_on_submit():
        try:
            user = auth.create_user(email=form.email.data, name=form.name.data, role=form.role.data,
                                    language=form.language.data, country=form.country.data or None,
                                    agency=form.agency.data or None)
        except auth.AccountError as exc:
            db.session.rollback()
            getattr(form, exc.field).errors.append(ACCOUNT_ERRORS.get(exc.code, ACCOUNT_ERRORS["invalid"])())
        else:
            emails.send_invitation(user)
            record("user.invite", object_type="user", object_id=user.id, role=user.role)
            db.session.commit()
            flash(_("The invitation is in the outbox."), "info")
            return redirect(url_for("admin.users"))
    rows = db.session.scalars(sa.select(User).order_by(User.role, User.email)).all()
    return render_template("admin/users.html", users=rows, form=form, confirm=ConfirmForm()), 400


@bp.post("/users/<int:user_id>/active")
def set_active(user_id: int):
    form = ConfirmForm()
    user = db.session.get(User, user_id) or abort(404)
    if not form.validate_on_submit():
        abort(400)
    if user.id == current_user.id:
        flash(_("You cannot deactivate your own account."), "error")
    else:
        auth.set_active(user, request.form.get("active") == "1")
        db.session.commit()
    return redirect(url_for("admin.users"))


@bp.post("/users/<int:user_id>/invitation")
def resend_invitation(user_id: int):
    form = ConfirmForm()
    user = db.session.get(User, user_id) or abort(404)
    if not form.validate_on_submit():
        abort(400)
    emails.send_invitation(user)
    record("user.invite-again", object_type="user", object_id=user.id)
    db.session.commit()
    flash(_("The invitation is in the outbox."), "info")
    return redirect(url_for("admin.users"))


@bp.get("/outbox")
def outbox():
    return render_template("admin/outbox.html", messages=mail.listing(request.args.get("status")),
                           smtp=mail.smtp_configured(), confirm=ConfirmForm())


@bp.post("/outbox/<int:message_id>/resend")
def outbox_resend(message_id: int):
    if not ConfirmForm().validate_on_submit():
        abort(400)
    mail.resend(message_id)
    record("outbox.resend", object_type="outbox_message", object_id=message_id)
    db.session.commit()
    return redirect(url_for("admin.outbox"))


def jobs_page():
    return render_template("admin/jobs.html", jobs=jobs.listing(request.args.get("status")), confirm=ConfirmForm())


@bp.post("/jobs/<int:job_id>/retry")
def job_retry(job_id: int):
    if not ConfirmForm().validate_on_submit():
        abort(400)
    jobs.retry(job_id)
    record("job.retry", object_type="job", object_id=job_id)
    db.session.commit()
    return redirect(url_for("admin.jobs"))


@bp.get("/audit")
def audit():
    return render_template("admin/audit.html", events=recent(300, request.args.get("action") or None))


bp.add_url_rule("/jobs", endpoint="jobs", view_func=jobs_page)
