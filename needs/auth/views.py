"""Sign-in, second factor, sign-out, invitations, password reset and the account page."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user

from needs.audit.services import record
from needs.auth import emails, forms
from needs.auth import services as auth
from needs.auth.models import User
from needs.auth.passwords import verify_password
from needs.extensions import db
from needs.i18n.languages import LANGUAGES, native_name

bp = Blueprint("auth", __name__, url_prefix="/auth", template_folder="templates")


def _address() -> str:
    # The peer address as the WSGI server saw it; X-Forwarded-For is trusted only behind ProxyFix,
    # which an operator enables explicitly, so a forged header cannot reset the counters.
    return request.remote_addr or "unknown"


def _after_sign_in(user: User, remember: bool):
    auth.start_session(user, remember=remember)
    db.session.commit()
    return redirect(auth.safe_next(request.args.get("next")) or url_for("core.home"))


@bp.route("/sign-in", methods=["GET", "POST"])
def sign_in():
    if current_user.is_authenticated:
        return redirect(url_for("core.home"))
    form = forms.SignInForm()
    if form.validate_on_submit():
        if auth.is_throttled(form.email.data, _address()):
            record("auth.throttled", email_given=form.email.data[:254])
            db.session.commit()
            return render_template("auth/sign_in.html", form=form, throttled=True), 429
        user = auth.authenticate(form.email.data, form.password.data, _address())
        if user is None:
            db.session.commit()
            flash(_("The e-mail or password is not right."), "error")
            return render_template("auth/sign_in.html", form=form), 200
        if user.totp_enabled:
            session["pending_user"] = user.get_id()
            session["pending_remember"] = bool(form.remember.data)
            db.session.commit()
            return redirect(url_for("auth.second_factor", next=auth.safe_next(request.args.get("next"))))
        return _after_sign_in(user, form.remember.data)
    return render_template("auth/sign_in.html", form=form)


@bp.route("/second-factor", methods=["GET", "POST"])
def second_factor():
    pending = session.get("pending_user")
    user = auth.load_user(pending) if pending else None
    if user is None:
        return redirect(url_for("auth.sign_in"))
    form = forms.SecondFactorForm()
    if form.validate_on_submit():
        if auth.is_throttled(user.email, _address()):
            return render_template("auth/second_factor.html", form=form, throttled=True), 429
        if auth.check_totp(user, form.code.data):
            remember = session.pop("pending_remember", False)
            session.pop("pending_user", None)
            return _after_sign_in(user, remember)
        auth.note_failure(user.email, _address())
        record("auth.second-factor-failed", actor=user)
        db.session.commit()
        flash(_("That code is not right. Try the current one."), "error")
    return render_template("auth/second_factor.html", form=form)


@bp.post("/sign-out")
def sign_out():
    form = forms.ConfirmForm()
    if form.validate_on_submit():
        auth.end_all_sessions(current_user._get_current_object())
        db.session.commit()
        flash(_("You are signed out on every device."), "info")
    return redirect(url_for("core.home"))


@bp.route("/forgot-password", methods=["GET", "POST"])
def forgot_password():
    form = forms.ForgotPasswordForm()
    if form.validate_on_submit():
        user = auth.find_user(form.email.data)
        if user is not None and user.active and not auth.is_throttled(user.email, _address()):
            emails.send_reset(user)
            record("auth.reset-requested", actor=user)
        auth.note_failure(form.email.data, _address())  # counts requests too, to bound mail flooding
        db.session.commit()
        # The same answer whether or not the address has an account.
        flash(_("If an account uses this address, a link to reset its password is on its way."), "info")
        return redirect(url_for("auth.sign_in"))
    return render_template("auth/forgot_password.html", form=form)


def _password_from_link(token: str, purpose: str, heading: str):
    if auth.valid_link(token, purpose) is None:
        return render_template("auth/link_invalid.html"), 410
    form = forms.NewPasswordForm()
    if form.validate_on_submit():
        user = auth.consume_link(token, purpose, form.password.data)
        if user is None:
            return render_template("auth/link_invalid.html"), 410
        db.session.commit()
        flash(_("Your password is set. Sign in with it."), "info")
        return redirect(url_for("auth.sign_in"))
    return render_template("auth/set_password.html", form=form, heading=heading)


@bp.route("/reset/<token>", methods=["GET", "POST"])
def reset_password(token: str):
    return _password_from_link(token, "reset", _("Choose a new password"))


@bp.route("/invitation/<token>", methods=["GET", "POST"])
def accept_invitation(token: str):
    return _password_from_link(token, "invite", _("Welcome: choose your password"))


@bp.route("/account", methods=["GET", "POST"])
def account():
    user = current_user._get_current_object()
    form = forms.AccountForm(obj=user)
    form.language.choices = [(code, native_name(code)) for code in LANGUAGES]
    if form.validate_on_submit():
        user.name, user.phone, user.language = form.name.data.strip(), form.phone.data or "", form.language.data
        session["lang"] = user.language
        record("user.update-own", object_type="user", object_id=user.id)
        db.session.commit()
        flash(_("Your details are saved."), "info")
        return redirect(url_for("auth.account"))
    return render_template("auth/account.html", form=form, password_form=forms.ChangePasswordForm(),
                           confirm_form=forms.ConfirmForm())


@bp.route("/password", methods=["GET", "POST"])
def change_password():
    user = current_user._get_current_object()
    form = forms.ChangePasswordForm()
    form.email_hint = user.email
    if form.validate_on_submit():
        if not verify_password(user.password_hash, form.current.data):
            form.current.errors.append(_("The current password is not right."))
        else:
            auth.set_password(user, form.password.data)
            record("user.password-changed", object_type="user", object_id=user.id)
            auth.start_session(user)  # this session goes on under the new version; all others end
            db.session.commit()
            flash(_("Your password is changed. Other sessions are signed out."), "info")
            return redirect(url_for("auth.account"))
    return render_template("auth/change_password.html", form=form)


@bp.route("/second-factor/setup", methods=["GET", "POST"])
def totp_setup():
    user = current_user._get_current_object()
    secret = session.get("totp_secret") or auth.new_totp_secret()
    session["totp_secret"] = secret
    form = forms.TotpSetupForm()
    if form.validate_on_submit():
        if auth.check_totp(user, form.code.data, secret=secret):
            user.totp_secret, user.totp_enabled = secret, True
            session.pop("totp_secret", None)
            record("user.second-factor-on", object_type="user", object_id=user.id)
            db.session.commit()
            flash(_("The second factor is on."), "info")
            return redirect(url_for("auth.account"))
        form.code.errors.append(_("That code is not right. Try the current one."))
    return render_template("auth/totp_setup.html", form=form, secret=secret, uri=auth.totp_uri(user, secret))


@bp.post("/second-factor/disable")
def totp_disable():
    user = current_user._get_current_object()
    form = forms.ConfirmForm()
    if not form.validate_on_submit():
        abort(400)
    if auth.second_factor_required(user):
        flash(_("Your role requires a second factor."), "error")
    else:
        user.totp_enabled, user.totp_secret = False, None
        record("user.second-factor-off", object_type="user", object_id=user.id)
        db.session.commit()
    return redirect(url_for("auth.account"))
