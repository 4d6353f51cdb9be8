"""Reads an XLSForm workbook (``survey``, ``choices`` and ``settings`` sheets) into a document.

Supported rows: text, integer, decimal, date, select_one X, select_multiple X (with pyxform's spellings
such as ``select one X`` and ``select all that apply X``, and ``or_other``), note, calculate, begin/end
group and begin/end repeat. ``text`` with the ``multiline`` appearance is a long text; ``select_one``
with the ``likert`` appearance and whole-number choices is a scale. Choice lists ``vocabulary:<list>``
and ``gfmd_recommendations`` are the application's own. A ``needs`` column maps a question to a field
of the matching exchange format. The device metadata rows that KoboToolbox and ODK add to forms
(start, end, today, deviceid, ...) collect nothing from the person answering and are skipped.

Top-level groups become sections; questions outside any group go into default sections; groups
inside a section or a repeat are flattened, their ``relevant`` joined to their questions'.
"""

import io

import openpyxl

from ..expressions import ExpressionError, parse
from .checks import check_document
from .model import (
    CALCULATE,
    DATE,
    DECIMAL,
    GFMD_LIST,
    INTEGER,
    LONG_TEXT,
    NOTE,
    SCALE,
    SCHEMA,
    SELECT_MULTIPLE,
    SELECT_ONE,
    TEXT,
    new_question,
    new_repeat,
    new_section,
)
from .problems import DefinitionError, Finding, Problem
from .xlsform_columns import Column, language_code, parse_header
from .xlsx_guard import check_xlsx

MAX_ROWS = 5000
MAX_COLUMNS = 200

SIMPLE_TYPES = {"text": TEXT, "integer": INTEGER, "int": INTEGER, "decimal": DECIMAL, "date": DATE,
                "note": NOTE, "calculate": CALCULATE}
UNSUPPORTED_TYPES = frozenset({
    "geopoint", "geotrace", "geoshape", "image", "audio", "video", "file", "barcode", "start", "end",
    "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username", "email", "audit",
    "time", "datetime", "range", "rank", "acknowledge", "trigger", "hidden", "xml-external",
    "csv-external", "background-audio", "background-geopoint", "start-geopoint", "select_one_from_file",
    "select_multiple_from_file", "select_one_external", "begin_loop", "end_loop", "osm",
})
# Metadata a phone records by itself; a web form has no such answers, so these rows are skipped.
METADATA_TYPES = frozenset({
    "start", "end", "today", "deviceid", "imei", "subscriberid", "simserial", "phonenumber", "username",
    "email", "audit",
})
# pyxform's spellings of the two select types (pyxform/aliases.py), longest first so prefixes match right.
SELECT_ALIASES = sorted({
    "select_one": SELECT_ONE, "select one": SELECT_ONE, "select1": SELECT_ONE, "select one from": SELECT_ONE,
    "add select one prompt using": SELECT_ONE, "select_multiple": SELECT_MULTIPLE,
    "select multiple": SELECT_MULTIPLE, "select all that apply": SELECT_MULTIPLE,
    "select all that apply from": SELECT_MULTIPLE, "add select multiple prompt using": SELECT_MULTIPLE,
}.items(), key=lambda alias: -len(alias[0]))
OR_OTHER = "or_other"
TRUE = frozenset({"yes", "true", "true()", "1"})
FALSE = frozenset({"no", "false", "false()", "0", ""})
TRANSLATED = {"label", "hint", "constraint_message", "required_message"}
# Document key -> XLSForm column it comes from, to locate findings.
_COLUMN_OF = {"needs_field": "needs", "choices": "type", "label": "label", "name": "name"}


def read_xlsform(data: bytes, vocabulary_lists: set[str], *, name: str = "form") -> dict:
    """Return the validated document, or raise DefinitionError listing every problem."""
    check_xlsx(data)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken workbook
        raise DefinitionError([Problem("unreadable", {"detail": type(error).__name__})]) from None
    try:
        sheets = {sheet.title.strip().lower(): sheet for sheet in workbook.worksheets}
        return _XlsFormReader(vocabulary_lists, name).read(sheets)
    finally:
        workbook.close()


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


class _Sheet:
    """One sheet's rows as ``(row_number, {column key or key::lang: text})``, with its columns."""

    def __init__(self, reader: "_XlsFormReader", title: str, worksheet):
        self.title = title
        self.columns: list[Column] = []
        self.rows: list[tuple[int, dict]] = []
        rows = worksheet.iter_rows(values_only=True, max_col=MAX_COLUMNS)
        header = next(rows, ())
        for index, value in enumerate(header):
            column = parse_header(index, value)
            if column is None:
                continue
            if column.language is not None and language_code(column.language) is None:
                # media::image, guidance_hint::xx and the like are not read: only our own columns must parse.
                if column.key in TRANSLATED or column.key == "form_title":
                    reader.problem(title, 1, column.header, "unsupported_language", language=column.language)
                continue
            self.columns.append(column)
        for number, values in enumerate(rows, start=2):
            if number > MAX_ROWS:
                reader.problem(title, number, None, "too_many_rows", limit=MAX_ROWS)
                break
            cells = {}
            for column in self.columns:
                text = _cell_text(values[column.index]) if column.index < len(values) else ""
                if text:
                    cells[self.cell_key(column)] = text
            if cells:
                self.rows.append((number, cells))

    @staticmethod
    def cell_key(column: Column) -> str:
        return f"{column.key}::{language_code(column.language)}" if column.language else column.key

    def header(self, key: str, language: str | None = None) -> str | None:
        """The header as written for a key (and language), to name the column in a problem."""
        for column in self.columns:
            if column.key == key and (language is None or language_code(column.language or "") == language):
                return column.header
        return key

    def has(self, key: str) -> bool:
        return any(column.key == key for column in self.columns)


class _XlsFormReader:
    def __init__(self, vocabulary_lists: set[str], name: str):
        self.vocabulary_lists = vocabulary_lists
        self.name = name
        self.problems: list[Problem] = []
        self.rows: dict[int, int] = {}  # id(item) -> survey row
        self.language = "en"
        self.survey: _Sheet | None = None

    def problem(self, sheet: str, row: int | None, column: str | None, code: str, **params) -> None:
        self.problems.append(Problem(code, params, sheet=sheet, row=row, column=column))

    def read(self, sheets: dict) -> dict:
        if "survey" not in sheets:
            raise DefinitionError([Problem("missing_sheet", {"sheet": "survey"})])
        settings = self.settings(_Sheet(self, "settings", sheets["settings"])) if "settings" in sheets else {}
        self.survey = _Sheet(self, "survey", sheets["survey"])
        if "default_language" not in settings:
            self.language = _label_language(self.survey) or self.language
        choices = _Sheet(self, "choices", sheets["choices"]) if "choices" in sheets else None
        for key in ("type", "name"):
            if not self.survey.has(key):
                self.problem("survey", 1, None, "missing_column", sheet="survey", column=key)
        doc = self.document(settings, self.choice_lists(choices) if choices else {})
        self.problems += [self.locate(finding) for finding in check_document(doc, self.vocabulary_lists)]
        if self.problems:
            raise DefinitionError(self.problems)
        return doc

    # Settings and choices ------------------------------------------------------------------

    def settings(self, sheet: _Sheet) -> dict:
        cells = sheet.rows[0][1] if sheet.rows else {}
        if "default_language" in cells:
            code = language_code(cells["default_language"])
            if code is None:
                self.problem("settings", 2, "default_language", "unsupported_language",
                             language=cells["default_language"])
            self.language = code or "en"
        return cells

    def choice_lists(self, sheet: _Sheet) -> dict[str, list]:
        lists: dict[str, list] = {}
        value_key = "name" if sheet.has("name") else "value"
        for key in ("list_name", value_key):
            if not sheet.has(key):
                self.problem("choices", 1, None, "missing_column", sheet="choices", column=key)
        for row, cells in sheet.rows:
            list_name, value = cells.get("list_name"), cells.get(value_key)
            if not list_name or not value:
                self.problem("choices", row, sheet.header("list_name" if not list_name else value_key),
                             "missing_value", key="list_name" if not list_name else value_key)
                continue
            entries = lists.setdefault(list_name, [])
            if any(choice["value"] == value for choice in entries):
                self.problem("choices", row, sheet.header(value_key), "duplicate_choice", value=value,
                             list=list_name)
                continue
            label = self.translations(cells, "label")
            if not label.get(self.language):
                self.problem("choices", row, sheet.header("label", self.language), "missing_label",
                             name=f"{list_name}/{value}", language=self.language)
            entries.append({"value": value, "label": label})
        return lists

    def translations(self, cells: dict, key: str) -> dict:
        texts = {}
        for cell_key, text in cells.items():
            base, _, language = cell_key.partition("::")
            if base == key:
                texts[language or self.language] = text
        return texts

    # The survey sheet ----------------------------------------------------------------------

    def document(self, settings: dict, lists: dict[str, list]) -> dict:
        languages = {cell_key.partition("::")[2] for _row, cells in self.survey.rows for cell_key in cells}
        languages = sorted((languages - {""}) | {self.language})
        doc = {"schema": SCHEMA, "name": settings.get("form_id") or self.name,
               "version": settings.get("version", "1"), "title": self.translations(settings, "form_title"),
               "languages": languages, "default_language": self.language, "sections": []}
        if not doc["title"]:
            doc["title"] = {self.language: doc["name"]}
        _Builder(self, doc, lists).build(self.survey.rows)
        return doc

    def locate(self, finding: Finding) -> Problem:
        if finding.item is None:
            return Problem(finding.code, finding.params, sheet="settings")
        key = finding.key or "type"
        column = self.survey.header(_COLUMN_OF.get(key, key),
                                    self.language if key in TRANSLATED else None)
        return Problem(finding.code, finding.params, sheet="survey", row=self.rows.get(id(finding.item)),
                       column=column)


class _Builder:
    """Walks the survey rows, keeping the stack of open groups and repeats."""

    def __init__(self, reader: _XlsFormReader, doc: dict, lists: dict[str, list]):
        self.reader, self.doc, self.lists = reader, doc, lists
        self.stack: list[dict] = []  # {"kind": group|repeat|section, "row", "relevant", "target"}
        self.defaults = 0

    def problem(self, row: int, column: str, code: str, **params) -> None:
        self.reader.problem("survey", row, self.reader.survey.header(column), code, **params)

    def build(self, rows) -> None:
        for row, cells in rows:
            kind = " ".join(cells.get("type", "").split())
            keyword = kind.lower().replace(" ", "_")
            if keyword in ("begin_group", "begin_repeat"):
                self.begin(row, cells, keyword.removeprefix("begin_"))
            elif keyword in ("end_group", "end_repeat"):
                self.end(row, keyword.removeprefix("end_"))
            else:
                self.question(row, cells, kind)
        for frame in reversed(self.stack):
            self.problem(frame["row"], "type", "unbalanced_group", row_type=f"begin_{frame['kind']}",
                         expected=f"end_{frame['kind']}")

    def begin(self, row: int, cells: dict, kind: str) -> None:
        name = self.name(row, cells)
        relevant = cells.get("relevant")
        if kind == "group" and not self.stack:
            section = new_section(name)
            section["title"] = self.reader.translations(cells, "label")
            section["relevant"] = relevant
            self.reader.rows[id(section)] = row
            self.doc["sections"].append(section)
            self.stack.append({"kind": "group", "row": row, "relevant": None, "target": section["items"]})
            return
        if kind == "repeat" and any(frame["kind"] == "repeat" for frame in self.stack):
            self.problem(row, "type", "nested_repeat")
            self.stack.append({"kind": "repeat", "row": row, "relevant": None, "target": self.target()})
            return
        if kind == "group":  # flattened: its condition joins its questions'
            self.stack.append({"kind": "group", "row": row, "relevant": self.checked(row, relevant),
                               "target": self.target()})
            return
        repeat = new_repeat(name)
        repeat["label"] = self.reader.translations(cells, "label")
        repeat["hint"] = self.reader.translations(cells, "hint")
        repeat["relevant"] = self.joined(relevant)
        self.reader.rows[id(repeat)] = row
        self.target().append(repeat)
        self.stack.append({"kind": "repeat", "row": row, "relevant": None, "target": repeat["items"]})

    def end(self, row: int, kind: str) -> None:
        if not self.stack or self.stack[-1]["kind"] != kind:
            self.problem(row, "type", "unbalanced_group", row_type=f"end_{kind}", expected=f"begin_{kind}")
            return
        self.stack.pop()

    def target(self) -> list:
        if self.stack:
            return self.stack[-1]["target"]
        sections = self.doc["sections"]
        if not sections or not sections[-1]["name"].startswith("_default"):
            self.defaults += 1
            section = new_section("_default" if self.defaults == 1 else f"_default_{self.defaults}")
            section["title"] = dict(self.doc["title"])
            sections.append(section)
        return sections[-1]["items"]

    def checked(self, row: int, relevant: str | None) -> str | None:
        """A group's own condition, reported once at its row if it does not parse."""
        if relevant is None:
            return None
        try:
            parse(relevant)
        except ExpressionError as error:
            self.problem(row, "relevant", "expression_syntax", key="relevant", detail=error.message,
                         position=error.position + 1, expression=relevant)
            return None
        return relevant

    def joined(self, relevant: str | None) -> str | None:
        conditions = [frame["relevant"] for frame in self.stack if frame["relevant"]]
        if relevant:
            conditions.append(relevant)
        if len(conditions) <= 1:
            return conditions[0] if conditions else None
        return " and ".join(f"({condition})" for condition in conditions)

    def name(self, row: int, cells: dict) -> str:
        name = cells.get("name", "")
        if not name:
            self.problem(row, "name", "missing_value", key="name")
        return name

    def question(self, row: int, cells: dict, kind: str) -> None:
        if not kind:
            self.problem(row, "type", "missing_value", key="type")
            return
        if kind.lower() in METADATA_TYPES:
            return
        kind, or_other = _without_or_other(kind)
        type_, choices = self.question_type(row, kind, cells.get("appearance", ""))
        if type_ is None:
            return
        if or_other and (type_ not in (SELECT_ONE, SELECT_MULTIPLE) or not isinstance(choices, list)):
            self.problem(row, "type", "unsupported_type", type=f"{kind} {OR_OTHER}")
            return
        question = new_question(self.name(row, cells), type_)
        question["choices"] = choices
        for key in TRANSLATED:
            question[key] = self.reader.translations(cells, key)
        for key in ("constraint", "calculation", "appearance"):
            question[key] = cells.get(key)
        question["relevant"] = self.joined(cells.get("relevant"))
        question["needs_field"] = cells.get("needs")
        question["required"] = self.required(row, cells.get("required", ""))
        self.reader.rows[id(question)] = row
        self.target().append(question)
        if or_other:
            self.add_other(row, question)

    def add_other(self, row: int, question: dict) -> None:
        """pyxform's ``or_other``: an 'other' choice, and a text question asked when it is picked."""
        languages = self.doc["languages"]
        if all(choice["value"] != "other" for choice in question["choices"]):
            question["choices"].append({"value": "other", "label": {code: OTHER_LABELS[code] for code in languages}})
        specify = new_question(f"{question['name']}_other", TEXT)
        specify["label"] = {code: SPECIFY_LABELS[code] for code in languages}
        condition = f"selected(${{{question['name']}}}, 'other')"
        specify["relevant"] = f"({question['relevant']}) and {condition}" if question["relevant"] else condition
        specify["required"] = True
        self.reader.rows[id(specify)] = row
        self.target().append(specify)

    def required(self, row: int, text: str) -> bool:
        if text.lower() in TRUE:
            return True
        if text.lower() not in FALSE:
            self.problem(row, "required", "unsupported_required")
        return False

    def question_type(self, row: int, kind: str, appearance: str):
        """The document type and choices of a type cell, or (None, None) after reporting it."""
        head, _, rest = kind.partition(" ")
        head = head.lower()
        if head in SIMPLE_TYPES and not rest:
            multiline = head == "text" and "multiline" in appearance.split()
            return (LONG_TEXT if multiline else SIMPLE_TYPES[head]), None
        select, list_name = _select_kind(kind)
        if select and list_name and " " not in list_name:
            return self.select(row, select, list_name, appearance)
        if head in UNSUPPORTED_TYPES or kind.lower() in UNSUPPORTED_TYPES:
            self.problem(row, "type", "unsupported_type", type=kind)
        else:
            self.problem(row, "type", "unknown_type", type=kind)
        return None, None

    def select(self, row: int, head: str, list_name: str, appearance: str):
        if list_name.startswith("vocabulary:"):
            return head, list_name.removeprefix("vocabulary:")
        if list_name == GFMD_LIST:
            return head, GFMD_LIST
        if list_name not in self.lists:
            self.problem(row, "type", "unknown_choice_list", list=list_name)
            return None, None
        choices = [dict(choice) for choice in self.lists[list_name]]
        whole = all(choice["value"].lstrip("-").isdigit() for choice in choices)
        if head == SELECT_ONE and "likert" in appearance.split() and whole:
            return SCALE, choices
        return head, choices


def _label_language(survey: _Sheet) -> str | None:
    """The default language of a form that names none: English, else its first label language,
    unless a plain ``label`` column holds the default language's labels (None then)."""
    labels = [column for column in survey.columns if column.key == "label"]
    if not labels or any(column.language is None for column in labels):
        return None
    codes = [language_code(column.language) for column in labels]
    return "en" if "en" in codes else codes[0]


def _select_kind(kind: str) -> tuple[str | None, str]:
    """(select_one or select_multiple, list name) of a type cell in any pyxform spelling."""
    lowered = kind.lower()
    for alias, select in SELECT_ALIASES:
        if lowered.startswith(alias + " "):
            return select, kind[len(alias) + 1:].strip()
    return None, ""


def _without_or_other(kind: str) -> tuple[str, bool]:
    words = kind.split(" ")
    if len(words) > 2 and words[-1].lower() == OR_OTHER:
        return " ".join(words[:-1]), True
    return kind, False


# The labels pyxform adds for ``or_other`` in English, in each UN language.
OTHER_LABELS = {"ar": "أخرى", "zh": "其他", "en": "Other", "fr": "Autre", "ru": "Другое", "es": "Otro"}
SPECIFY_LABELS = {"ar": "يرجى التحديد", "zh": "请具体说明", "en": "Specify other.", "fr": "Veuillez préciser.",
                  "ru": "Уточните, что именно.", "es": "Especifique."}
