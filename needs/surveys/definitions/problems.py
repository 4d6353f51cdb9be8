"""Problems found in a definition file, and the exception that carries all of them."""

from dataclasses import dataclass, field


def N_(text: str) -> str:  # noqa: N802 - the name babel extracts by default
    """Mark a message for the translation catalogs; the web pages translate it (`translated`)."""
    return text


# English messages by code; the application translates by code and params.
MESSAGES = {
    "not_a_file": N_("The file is not a {expected} file."),
    "legacy_xls": N_("Old .xls workbooks cannot be read: save the file as an .xlsx workbook and upload it again."),
    "too_large": N_("The file is too large ({detail})."),
    "unreadable": N_("The file cannot be read: {detail}"),
    "missing_sheet": N_("The workbook has no '{sheet}' sheet."),
    "missing_column": N_("The '{sheet}' sheet has no '{column}' column."),
    "too_many_rows": N_("The sheet has more than {limit} rows."),
    "yaml_syntax": N_("YAML syntax error: {detail}"),
    "yaml_alias": N_("YAML anchors and aliases are not allowed."),
    "wrong_kind": N_("Expected {expected} here."),
    "unknown_key": N_("Unknown key '{key}'."),
    "missing_value": N_("'{key}' is required."),
    "invalid_value": N_("'{value}' is not a valid value for '{key}'."),
    "unsupported_language": N_("Language '{language}' is not one of the six UN languages "
                            "(ar, zh, en, fr, ru, es)."),
    "default_language": N_("The default language '{language}' is not among the form's languages."),
    "empty_form": N_("The form has no questions."),
    "invalid_name": N_("'{name}' is not a valid name: use letters, digits, '_', '-' and '.', "
                    "starting with a letter."),
    "duplicate_name": N_("The name '{name}' is used more than once."),
    "unknown_type": N_("Unknown question type '{type}'."),
    "unsupported_type": N_("The question type '{type}' is not supported by this tool."),
    "missing_label": N_("'{name}' has no label in the default language ({language})."),
    "missing_choices": N_("'{name}' is a choice question without a choice list."),
    "unknown_choice_list": N_("The choice list '{list}' does not exist."),
    "duplicate_choice": N_("The choice '{value}' appears more than once in list '{list}'."),
    "choices_not_allowed": N_("A '{type}' question takes no choices."),
    "scale_choices": N_("The scale '{name}' needs whole-number choice values."),
    "expression_syntax": N_("Broken expression in {key}: {detail} (at character {position})."),
    "unknown_reference": N_("{key} refers to '${{{reference}}}', which is not a question of this form."),
    "missing_calculation": N_("The calculate question '{name}' has no calculation."),
    "unknown_needs_field": N_("'{field}' is not a field of a need (themes, capacity_type, level, audience, "
                           "delivery, languages, priority, text)."),
    "needs_incompatible": N_("The needs field '{field}' cannot come from '{name}' ({type}): {expected}."),
    "needs_duplicate": N_("Two questions map to the needs field '{field}' in the same need."),
    "needs_without_text": N_("Questions mapped to needs in '{group}' need one question mapped to 'text'."),
    "invalid_bound": N_("'{key}' must be a number ({value})."),
    "min_above_max": N_("The minimum {low} is above the maximum {high}."),
    "invalid_pattern": N_("The pattern is not a valid regular expression: {detail}"),
    "unbalanced_group": N_("'{row_type}' has no matching '{expected}'."),
    "nested_repeat": N_("A repeat inside a repeat is not supported."),
    "unsupported_required": N_("'required' must be yes or no; conditional requirements are not supported."),
    "required_note": N_("A '{type}' question cannot be required."),
}


@dataclass(frozen=True)
class Problem:
    """One problem, located by sheet/row/column (XLSForm) or path/line (YAML)."""

    code: str
    params: dict = field(default_factory=dict)
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    path: str | None = None
    line: int | None = None

    @property
    def message(self) -> str:
        template = MESSAGES.get(self.code, self.code)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template

    def translated(self, gettext) -> str:
        """The message in the reader's language, through the application's ``gettext``."""
        template = MESSAGES.get(self.code)
        try:
            return gettext(template).format(**self.params) if template else self.code
        except (KeyError, IndexError, ValueError):
            return self.message

    @property
    def location(self) -> str:
        parts = []
        if self.sheet:
            parts.append(f"sheet '{self.sheet}'")
        if self.row:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column '{self.column}'")
        if self.path:
            parts.append(self.path)
        if self.line:
            parts.append(f"line {self.line}")
        return ", ".join(parts)

    def to_dict(self) -> dict:
        return {"code": self.code, "params": dict(self.params), "sheet": self.sheet, "row": self.row,
                "column": self.column, "path": self.path, "line": self.line, "message": self.message}

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class DefinitionError(ValueError):
    """The definition was refused; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        summary = "; ".join(str(problem) for problem in self.problems[:5])
        more = f" (and {len(self.problems) - 5} more)" if len(self.problems) > 5 else ""
        super().__init__(f"{len(self.problems)} problem(s) in the survey definition: {summary}{more}")


@dataclass(frozen=True)
class Finding:
    """A problem in a document before it is located in its source file.

    ``item`` is the section, question or repeat dict concerned (None for the whole document);
    ``key`` is the document key (``relevant``, ``choices``, ...) the problem is in.
    """

    item: dict | None
    key: str | None
    code: str
    params: dict = field(default_factory=dict)
