"""Forms of the review screens: each validates one POST (and its CSRF token)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import AnyOf, DataRequired, Length, Optional

from needs.review.models import REMINDER_STATUSES
from needs.review.services import REJECT_CHOICES


class DecisionForm(FlaskForm):
    decision = HiddenField(validators=[AnyOf(("accepted", "rejected", "undo"))])
    reason = StringField(_l("Reason"), validators=[Optional(), AnyOf(REJECT_CHOICES)])
    note = TextAreaField(_l("Note"), validators=[Optional(), Length(max=4000)])


class MoveForm(FlaskForm):
    direction = HiddenField(validators=[AnyOf(("up", "down"))])


class AddActivityForm(FlaskForm):
    activity_id = StringField(_l("Activity id"), validators=[DataRequired(), Length(max=40)])


class NoteForm(FlaskForm):
    body = TextAreaField(_l("Note for colleagues"), validators=[DataRequired(), Length(max=4000)])


class EmptyForm(FlaskForm):
    """A button that only needs its CSRF token."""


class ReminderForm(FlaskForm):
    statuses = SelectMultipleField(_l("Countries to remind"), choices=[(s, s) for s in REMINDER_STATUSES],
                                   validators=[DataRequired()])
