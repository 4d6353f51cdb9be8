"""The GFMD recommendation editor: one title and text field per UN language."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import IntegerField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional, Regexp

from needs.i18n.languages import LANGUAGES


class RecommendationForm(FlaskForm):
    code = StringField(_l("Code"), validators=[
        DataRequired(), Length(max=40),
        Regexp(r"^[A-Za-z0-9.\-_]+$", message=_l("Letters, digits, dots and dashes only."))])
    meeting = StringField(_l("Meeting"), validators=[DataRequired(), Length(max=200)])
    year = IntegerField(_l("Year"), validators=[DataRequired(), NumberRange(min=2007, max=2100)])
    round_table = StringField(_l("Round table or session"), validators=[Optional(), Length(max=200)])
    themes = SelectMultipleField(_l("Themes"), validators=[Optional()])


for _lang in LANGUAGES:
    setattr(RecommendationForm, f"title_{_lang}", StringField(_l("Title"), validators=[Optional(), Length(max=500)]))
    setattr(RecommendationForm, f"text_{_lang}", TextAreaField(_l("Text"), validators=[Optional(), Length(max=5000)]))
