"""Problems found in a definition file, and the exception that carries all of them."""

from dataclasses import dataclass, field

# English messages by code; the application translates by code and params.
MESSAGES = {
    "not_a_file": "The file is not a {expected} file.",
    "too_large": "The file is too large ({detail}).",
    "unreadable": "The file cannot be read: {detail}",
    "missing_sheet": "The workbook has no '{sheet}' sheet.",
    "missing_column": "The '{sheet}' sheet has no '{column}' column.",
    "too_many_rows": "The sheet has more than {limit} rows.",
    "yaml_syntax": "YAML syntax error: {detail}",
    "yaml_alias": "YAML anchors and aliases are not allowed.",
    "wrong_kind": "Expected {expected} here.",
    "unknown_key": "Unknown key '{key}'.",
    "missing_value": "'{key}' is required.",
    "invalid_value": "'{value}' is not a valid value for '{key}'.",
    "unsupported_language": "Language '{language}' is not one of the six UN languages "
                            "(ar, zh, en, fr, ru, es).",
    "default_language": "The default language '{language}' is not among the form's languages.",
    "empty_form": "The form has no questions.",
    "invalid_name": "'{name}' is not a valid name: use letters, digits, '_', '-' and '.', "
                    "starting with a letter.",
    "duplicate_name": "The name '{name}' is used more than once.",
    "unknown_type": "Unknown question type '{type}'.",
    "unsupported_type": "The question type '{type}' is not supported by this tool.",
    "missing_label": "'{name}' has no label in the default language ({language}).",
    "missing_choices": "'{name}' is a choice question without a choice list.",
    "unknown_choice_list": "The choice list '{list}' does not exist.",
    "duplicate_choice": "The choice '{value}' appears more than once in list '{list}'.",
    "choices_not_allowed": "A '{type}' question takes no choices.",
    "scale_choices": "The scale '{name}' needs whole-number choice values.",
    "expression_syntax": "Broken expression in {key}: {detail} (at character {position}).",
    "unknown_reference": "{key} refers to '${{{reference}}}', which is not a question of this form.",
    "missing_calculation": "The calculate question '{name}' has no calculation.",
    "unknown_needs_field": "'{field}' is not a field of a need (themes, capacity_type, level, audience, "
                           "delivery, languages, priority, text).",
    "needs_incompatible": "The needs field '{field}' cannot come from '{name}' ({type}): {expected}.",
    "needs_duplicate": "Two questions map to the needs field '{field}' in the same need.",
    "needs_without_text": "Questions mapped to needs in '{group}' need one question mapped to 'text'.",
    "invalid_bound": "'{key}' must be a number ({value}).",
    "min_above_max": "The minimum {low} is above the maximum {high}.",
    "invalid_pattern": "The pattern is not a valid regular expression: {detail}",
    "unbalanced_group": "'{row_type}' has no matching '{expected}'.",
    "nested_repeat": "A repeat inside a repeat is not supported.",
    "unsupported_required": "'required' must be yes or no; conditional requirements are not supported.",
    "required_note": "A '{type}' question cannot be required.",
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
