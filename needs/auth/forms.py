"""Sign-in and account forms."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField, SelectField, StringField
from wtforms.validators import DataRequired, Email, EqualTo, Length, Optional, ValidationError

from needs.auth.passwords import MAX_LENGTH, password_problem

PASSWORD_MESSAGES = {
    "too-short": _l("Use at least 10 characters."),
    "too-long": _l("This password is too long."),
    "common": _l("This password is too common; choose another."),
    "like-email": _l("Do not use your e-mail address as a password."),
}


def strong_password(form, field):
    problem = password_problem(field.data or "", email=getattr(form, "email_hint", ""))
    if problem:
        raise ValidationError(PASSWORD_MESSAGES[problem])


class SignInForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Length(max=254)])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=MAX_LENGTH)])
    remember = BooleanField(_l("Keep me signed in on this device"))


class SecondFactorForm(FlaskForm):
    code = StringField(_l("Six-digit code"), validators=[DataRequired(), Length(min=6, max=8)],
                       render_kw={"inputmode": "numeric", "autocomplete": "one-time-code"})


class ForgotPasswordForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Email(check_deliverability=False)])


class NewPasswordForm(FlaskForm):
    password = PasswordField(_l("New password"), validators=[DataRequired(), strong_password],
                             render_kw={"autocomplete": "new-password"})
    confirm = PasswordField(_l("Repeat the new password"),
                            validators=[DataRequired(), EqualTo("password", message=_l("The passwords differ."))],
                            render_kw={"autocomplete": "new-password"})


class ChangePasswordForm(NewPasswordForm):
    current = PasswordField(_l("Current password"), validators=[DataRequired()],
                            render_kw={"autocomplete": "current-password"})


class AccountForm(FlaskForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=200)])
    phone = StringField(_l("Phone"), validators=[Optional(), Length(max=50)])
    language = SelectField(_l("Preferred language"))


class TotpSetupForm(FlaskForm):
    code = StringField(_l("Code from your authenticator app"), validators=[DataRequired(), Length(min=6, max=8)],
                       render_kw={"inputmode": "numeric", "autocomplete": "one-time-code"})


class ConfirmForm(FlaskForm):
    """An empty form: a POST button protected by CSRF."""
