"""Administrators' forms."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, SelectField, StringField
from wtforms.validators import DataRequired, Email, Length, Optional


class InviteForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Email(check_deliverability=False), Length(max=254)])
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=200)])
    role = SelectField(_l("Role"), validators=[DataRequired()])
    country = SelectField(_l("Country (focal points)"), validators=[Optional()])
    agency = SelectField(_l("Agency (agency staff)"), validators=[Optional()])
    language = SelectField(_l("Language of the invitation"), validators=[DataRequired()])
