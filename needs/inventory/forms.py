"""Forms of the inventory: an activity with its translations and sessions, a request, an import.

Fields only collect values; the rules live in ``records.validate`` so that forms, imports and the API
refuse the same things. ``ActivityForm.to_raw`` builds a raw record and ``add_problems`` puts each
problem back on the field it names.
"""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    BooleanField,
    FieldList,
    Form,
    FormField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length
from wtforms.widgets import CheckboxInput, ListWidget

from needs.inventory.records import UI_LANGUAGES

LIST_FIELDS = ("themes", "capacity_type", "level", "audience", "languages", "regions", "replication",
               "recommendations")


class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class SessionForm(Form):
    start = StringField(_l("Start (YYYY-MM-DD)"))
    end = StringField(_l("End (YYYY-MM-DD)"))
    place = StringField(_l("Place"))
    online = BooleanField(_l("Online"))
    language = SelectField(_l("Language"), validate_choice=False)
    seats = StringField(_l("Seats"))
    deadline = StringField(_l("Application deadline (YYYY-MM-DD)"))

    def is_blank(self) -> bool:
        texts = (self.start.data, self.end.data, self.place.data, self.seats.data, self.deadline.data)
        return not any((text or "").strip() for text in texts) and not self.online.data


class ActivityForm(FlaskForm):
    id = StringField(_l("Identifier"), description=_l("For example IOM-0042; it cannot change later."))
    agency = SelectField(_l("Lead agency"), validate_choice=False)
    partners = StringField(_l("Partners"), description=_l("Co-organising agencies or initiatives, separated "
                                                           "by commas."))
    kind = SelectField(_l("Kind"), validate_choice=False)
    text_language = SelectField(_l("Language of the title and description"), validate_choice=False)
    title = StringField(_l("Title"))
    description = TextAreaField(_l("Description"))
    themes = MultiCheckboxField(_l("Themes"), validate_choice=False)
    capacity_type = MultiCheckboxField(_l("Capacity type"), validate_choice=False)
    level = MultiCheckboxField(_l("Level"), validate_choice=False)
    audience = MultiCheckboxField(_l("Audience"), validate_choice=False)
    delivery = SelectField(_l("Delivery"), validate_choice=False)
    languages = MultiCheckboxField(_l("Languages offered"), validate_choice=False)
    regions = MultiCheckboxField(_l("Regions"), validate_choice=False)
    status = SelectField(_l("Status"), validate_choice=False)
    certification = BooleanField(_l("Leads to a certificate"))
    replication = MultiCheckboxField(_l("Replication routes"), validate_choice=False)
    recommendations = MultiCheckboxField(_l("Related GFMD recommendations"), validate_choice=False)
    duration = StringField(_l("Duration"))
    cost_amount = StringField(_l("Cost to participants"))
    cost_currency = StringField(_l("Currency"), description=_l("Three letters, for example USD."))
    contact = StringField(_l("Contact"))
    link = StringField(_l("Link"))
    sessions = FieldList(FormField(SessionForm), min_entries=0)

    # title_<lang> and description_<lang> for the translations are added below.

    def to_raw(self) -> dict[str, Any]:
        raw: dict[str, Any] = {name: getattr(self, name).data for name in (
            "id", "agency", "kind", "text_language", "title", "description", "delivery", "status", "certification",
            "duration", "contact", "link")}
        raw.update({name: list(getattr(self, name).data or []) for name in LIST_FIELDS})
        raw["partners"] = [p.strip() for p in (self.partners.data or "").split(",") if p.strip()]
        raw["translations"] = {lang: {"title": getattr(self, f"title_{lang}").data,
                                      "description": getattr(self, f"description_{lang}").data}
                               for lang in UI_LANGUAGES if lang != self.text_language.data}
        if (self.cost_amount.data or "").strip() or (self.cost_currency.data or "").strip():
            raw["cost"] = {"amount": self.cost_amount.data, "currency": self.cost_currency.data}
        raw["sessions"] = [{name: entry.form[name].data for name in
                            ("start", "end", "place", "online", "language", "seats", "deadline")}
                           for entry in self.sessions if not entry.form.is_blank()]
        return raw

    def fill(self, rec: dict[str, Any]) -> None:
        for name in ("id", "agency", "kind", "text_language", "title", "description", "delivery", "status",
                     "certification", "duration", "contact", "link", *LIST_FIELDS):
            getattr(self, name).data = rec[name]
        self.partners.data = ", ".join(rec["partners"])
        for lang, entry in rec["translations"].items():
            getattr(self, f"title_{lang}").data = entry["title"]
            getattr(self, f"description_{lang}").data = entry["description"]
        if rec["cost"]:
            self.cost_amount.data, self.cost_currency.data = str(rec["cost"]["amount"]), rec["cost"]["currency"]
        while len(self.sessions):
            self.sessions.pop_entry()
        for session in rec["sessions"]:
            self.sessions.append_entry({k: ("" if v is None else v) for k, v in session.items()})

    def add_problems(self, problems: list[tuple[str, str]]) -> None:
        """Attach (field path, message) problems from validation to the fields they name."""
        blank_skipped = [i for i, entry in enumerate(self.sessions) if not entry.form.is_blank()]
        for path, message in problems:
            field = self._field_for(path, blank_skipped)
            field.errors = [*field.errors, message]

    def _field_for(self, path: str, session_positions: list[int]):
        parts = path.split(".")
        if parts[0] == "translations" and len(parts) > 1 and parts[1] in UI_LANGUAGES:
            return getattr(self, f"{parts[2] if len(parts) > 2 else 'title'}_{parts[1]}")
        if parts[0] == "cost":
            return self.cost_currency if parts[-1] == "currency" else self.cost_amount
        if parts[0] == "sessions" and len(parts) > 2 and parts[1].isdigit() and int(parts[1]) < len(session_positions):
            entry = self.sessions[session_positions[int(parts[1])]]
            return entry.form[parts[2]]
        field = getattr(self, parts[0], None)
        return field if field is not None and parts[0] != "sessions" else self.id


for _lang in UI_LANGUAGES:
    setattr(ActivityForm, f"title_{_lang}", StringField(_l("Title")))
    setattr(ActivityForm, f"description_{_lang}", TextAreaField(_l("Description")))


class RequestForm(FlaskForm):
    replication = RadioField(_l("How would you like to use it?"), validators=[DataRequired()])
    note = TextAreaField(_l("A short note for the agency"), validators=[Length(max=2000)])


class ImportForm(FlaskForm):
    file = FileField(_l("Activities file (.jsonl, .csv or .xlsx)"), validators=[DataRequired()])
    sessions = FileField(_l("Sessions file (.sessions.csv, only with a CSV file)"))
