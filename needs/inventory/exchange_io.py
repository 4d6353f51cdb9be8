"""Reading and writing the inventory in JSON Lines, CSV and XLSX (layouts in FORMATS.md).

Readers turn a file into raw records plus where each came from, so that every problem can be named by
row (or line) and column; they never touch the database. Writers neutralise spreadsheet formulas:
CSV cells that begin with = + - @ tab, CR or NUL get a leading single quote (removed again on
import), XLSX cells holding text are typed as strings so no formula reaches the sheet XML.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import dataclass, field
from typing import Any

from flask_babel import gettext as _

from needs.inventory.records import UI_LANGUAGES

LIST_COLUMNS = ("partners", "themes", "capacity_type", "level", "audience", "languages", "regions", "replication",
                "recommendations")
ACTIVITY_COLUMNS = (
    "id", "agency", "partners", "kind", "text_language", "title", "description",
    *[f"{name}_{lang}" for lang in UI_LANGUAGES for name in ("title", "description")],
    "themes", "capacity_type", "level", "audience", "delivery", "languages", "regions", "status", "certification",
    "replication", "recommendations", "duration", "cost_amount", "cost_currency", "contact", "link", "retired",
)
SESSION_COLUMNS = ("activity_id", "start", "end", "place", "online", "language", "seats", "deadline")
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r", "\0")
FORMATS = ("jsonl", "csv", "xlsx")
EXTENSIONS = {"jsonl": "jsonl", "ndjson": "jsonl", "json": "jsonl", "csv": "csv", "xlsx": "xlsx"}
ZIP_MAGIC = b"PK\x03\x04"
ACTIVITIES_SHEET, SESSIONS_SHEET = "activities", "sessions"


class FileRefused(ValueError):
    """The file as a whole cannot be read (wrong type, too large, not what its extension says)."""


@dataclass
class Problem:
    message: str
    row: int | None = None  # spreadsheet row or JSON Lines line number, 1-based
    column: str | None = None
    sheet: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "message": self.message}

    def __str__(self) -> str:
        where = []
        if self.sheet:
            where.append(_("sheet %(name)s", name=self.sheet))
        if self.row is not None:
            where.append(_("row %(n)s", n=self.row))
        if self.column:
            where.append(_("column %(name)s", name=self.column))
        return (", ".join(where) + ": " if where else "") + self.message


@dataclass
class Origin:
    """Where a record came from: its row or line, and the rows of its sessions."""

    row: int
    sheet: str | None = None
    session_rows: list[int] = field(default_factory=list)
    session_sheet: str | None = None
    json_lines: bool = False


@dataclass
class Parsed:
    records: list[dict[str, Any]] = field(default_factory=list)
    origins: list[Origin] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def format_of(filename: str) -> str:
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension not in EXTENSIONS:
        raise FileRefused(_("Unsupported file type: use .jsonl, .csv or .xlsx."))
    return EXTENSIONS[extension]


# ---- where a problem is ---------------------------------------------------------------------------

def locate(origin: Origin, field_path: str, message: str) -> Problem:
    """Map a record field path ("sessions.1.start", "translations.fr.title") to a row and a column."""
    parts = field_path.split(".")
    if origin.json_lines:
        return Problem(message, origin.row, field_path)
    if parts[0] == "sessions" and len(parts) >= 2 and parts[1].isdigit():
        index = int(parts[1])
        row = origin.session_rows[index] if index < len(origin.session_rows) else origin.row
        return Problem(message, row, parts[2] if len(parts) > 2 else "start", origin.session_sheet)
    if parts[0] == "translations" and len(parts) >= 2:
        return Problem(message, origin.row, f"{parts[2] if len(parts) > 2 else 'title'}_{parts[1]}", origin.sheet)
    if parts[0] == "cost":
        return Problem(message, origin.row, "cost_" + (parts[1] if len(parts) > 1 else "amount"), origin.sheet)
    return Problem(message, origin.row, parts[0], origin.sheet)


# ---- reading --------------------------------------------------------------------------------------

def _text_content(data: bytes, kind: str) -> str:
    if data.startswith(ZIP_MAGIC) or b"\0" in data[:65536]:
        raise FileRefused(_("This file is not a %(kind)s text file.", kind=kind))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileRefused(_("This file is not UTF-8 text (byte %(n)s).", n=exc.start)) from None


def read_jsonl(data: bytes) -> Parsed:
    parsed = Parsed()
    for number, line in enumerate(_text_content(data, "JSON Lines").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            parsed.problems.append(Problem(_("Not valid JSON: %(error)s.", error=exc.msg), number))
            continue
        if not isinstance(value, dict):
            parsed.problems.append(Problem(_("Each line must be a JSON object."), number))
            continue
        parsed.records.append(value)
        parsed.origins.append(Origin(number, json_lines=True))
    return parsed


def _unquote(value: Any) -> Any:
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and value[1] in DANGEROUS_START:
        return value[1:]
    return value


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _row_record(row: dict[str, Any]) -> dict[str, Any]:
    raw: dict[str, Any] = {k: v for k, v in row.items() if k in ACTIVITY_COLUMNS and not k.startswith(
        ("title_", "description_", "cost_"))}
    translations = {}
    for lang in UI_LANGUAGES:
        title, text = row.get(f"title_{lang}"), row.get(f"description_{lang}")
        if not _blank(title) or not _blank(text):
            translations[lang] = {"title": title, "description": text}
    raw["translations"] = translations
    if not _blank(row.get("cost_amount")) or not _blank(row.get("cost_currency")):
        raw["cost"] = {"amount": row.get("cost_amount"), "currency": row.get("cost_currency")}
    raw["sessions"] = []
    return raw


def _rows_to_parsed(activity_rows, session_rows, sheet: str | None, session_sheet: str | None) -> Parsed:
    """Rows are (row number, {column: value}); sessions join their activity by activity_id."""
    parsed = Parsed()
    by_id: dict[str, int] = {}
    for number, row in activity_rows:
        if all(_blank(v) for v in row.values()):
            continue
        raw = _row_record(row)
        by_id.setdefault(str(raw.get("id") or "").strip(), len(parsed.records))
        parsed.records.append(raw)
        parsed.origins.append(Origin(number, sheet, session_sheet=session_sheet))
    for number, row in session_rows:
        if all(_blank(v) for v in row.values()):
            continue
        owner = by_id.get(str(row.get("activity_id") or "").strip())
        if owner is None:
            parsed.problems.append(Problem(_("No activity with this id in the file."), number, "activity_id",
                                           session_sheet))
            continue
        parsed.records[owner]["sessions"].append({k: row.get(k) for k in SESSION_COLUMNS[1:]})
        parsed.origins[owner].session_rows.append(number)
    return parsed


def _header_problems(header: list[str], required: tuple[str, ...], sheet: str | None) -> list[Problem]:
    return [Problem(_("This column is missing."), 1, name, sheet) for name in required if name not in header]


def _csv_rows(data: bytes) -> tuple[list[str], list[tuple[int, dict[str, Any]]]]:
    reader = csv.reader(io.StringIO(_text_content(data, "CSV"), newline=""))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        return [], []
    except csv.Error as exc:
        raise FileRefused(_("This file is not a CSV file: %(error)s.", error=str(exc))) from None
    rows = []
    try:
        for number, values in enumerate(reader, start=2):
            rows.append((number, {h: _unquote(v) for h, v in zip(header, values, strict=False) if h}))
    except csv.Error as exc:
        raise FileRefused(_("This file is not a CSV file: %(error)s.", error=str(exc))) from None
    return header, rows


def read_csv(data: bytes, sessions: bytes | None = None) -> Parsed:
    header, rows = _csv_rows(data)
    problems = _header_problems(header, ("id",), None)
    session_rows: list = []
    if sessions:
        session_header, session_rows = _csv_rows(sessions)
        problems += _header_problems(session_header, ("activity_id", "start"), SESSIONS_SHEET)
    if problems:
        return Parsed(problems=problems)
    return _rows_to_parsed(rows, session_rows, None, SESSIONS_SHEET)


def check_xlsx(data: bytes, max_uncompressed: int, max_entries: int) -> None:
    """Refuse anything but a reasonably sized workbook before any of its XML is parsed."""
    if not data.startswith(ZIP_MAGIC):
        raise FileRefused(_("This file is not an XLSX workbook."))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise FileRefused(_("This file is not an XLSX workbook.")) from None
    if len(entries) > max_entries:
        raise FileRefused(_("The workbook has too many parts (more than %(n)s).", n=max_entries))
    # zipfile stops reading an entry at its declared size, so the declared sizes bound memory.
    if sum(entry.file_size for entry in entries) > max_uncompressed:
        raise FileRefused(_("The workbook is too large once uncompressed (over %(n)s bytes).", n=max_uncompressed))
    names = {entry.filename for entry in entries}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise FileRefused(_("This file is not an XLSX workbook."))
    # No workbook needs a DTD: refuse entity tricks (XXE, billion laughs) before any parser sees them.
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for entry in entries:
            if entry.filename.endswith((".xml", ".rels")):
                with archive.open(entry) as fh:
                    if b"<!DOCTYPE" in fh.read(4096).upper():
                        raise FileRefused(_("The workbook contains a document type declaration, which is "
                                            "not allowed."))


def _sheet_rows(sheet) -> tuple[list[str], list[tuple[int, dict[str, Any]]]]:
    iterator = sheet.iter_rows(values_only=True)
    try:
        header = [str(h).strip() if h is not None else "" for h in next(iterator)]
    except StopIteration:
        return [], []
    rows = []
    for number, values in enumerate(iterator, start=2):
        rows.append((number, {h: v for h, v in zip(header, values, strict=False) if h}))
    return header, rows


def read_xlsx(data: bytes, max_uncompressed: int, max_entries: int) -> Parsed:
    import openpyxl  # parses XML through defusedxml when it is installed (it is a requirement)

    check_xlsx(data, max_uncompressed, max_entries)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - any parse failure means the same thing to the person uploading
        raise FileRefused(_("This file is not an XLSX workbook.")) from None
    try:
        names = workbook.sheetnames
        first = ACTIVITIES_SHEET if ACTIVITIES_SHEET in names else names[0]
        header, rows = _sheet_rows(workbook[first])
        problems = _header_problems(header, ("id",), first)
        session_rows: list = []
        if SESSIONS_SHEET in names:
            session_header, session_rows = _sheet_rows(workbook[SESSIONS_SHEET])
            problems += _header_problems(session_header, ("activity_id", "start"), SESSIONS_SHEET)
    finally:
        workbook.close()
    if problems:
        return Parsed(problems=problems)
    return _rows_to_parsed(rows, session_rows, first, SESSIONS_SHEET)


def read(data: bytes, filename: str, *, sessions: bytes | None = None, max_uncompressed: int = 50_000_000,
         max_entries: int = 2000) -> Parsed:
    kind = format_of(filename)
    if kind == "jsonl":
        return read_jsonl(data)
    if kind == "csv":
        return read_csv(data, sessions)
    return read_xlsx(data, max_uncompressed, max_entries)


# ---- writing --------------------------------------------------------------------------------------

def _flat(rec: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for column in ACTIVITY_COLUMNS:
        if column in LIST_COLUMNS:
            row[column] = "|".join(rec.get(column) or [])
        elif column.startswith(("title_", "description_")):
            name, lang = column.rsplit("_", 1)
            row[column] = ((rec.get("translations") or {}).get(lang) or {}).get(name, "")
        elif column.startswith("cost_"):
            row[column] = (rec.get("cost") or {}).get(column[5:], "")
        else:
            row[column] = rec.get(column, "")
    return row


def _session_rows(records: list[dict[str, Any]]):
    for rec in records:
        for session in rec.get("sessions") or []:
            yield {"activity_id": rec["id"], **{k: session.get(k) for k in SESSION_COLUMNS[1:]}}


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return "'" + text if text.startswith(DANGEROUS_START) else text


def _csv(columns: tuple[str, ...], rows) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(row.get(c)) for c in columns])
    return out.getvalue().encode("utf-8")


def write_jsonl(records: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n" for rec in records).encode("utf-8")


def write_csv(records: list[dict[str, Any]]) -> bytes:
    return _csv(ACTIVITY_COLUMNS, (_flat(rec) for rec in records))


def write_sessions_csv(records: list[dict[str, Any]]) -> bytes:
    return _csv(SESSION_COLUMNS, _session_rows(records))


def _xlsx_sheet(sheet, columns: tuple[str, ...], rows) -> None:
    sheet.append(list(columns))
    for r, row in enumerate(rows, start=2):
        for c, column in enumerate(columns, start=1):
            value = row.get(column)
            if value is None or value == "":
                continue
            cell = sheet.cell(row=r, column=c)
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"  # text stays text: never a formula


def write_xlsx(records: list[dict[str, Any]]) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    activities = workbook.active
    activities.title = ACTIVITIES_SHEET
    _xlsx_sheet(activities, ACTIVITY_COLUMNS, (_flat(rec) for rec in records))
    _xlsx_sheet(workbook.create_sheet(SESSIONS_SHEET), SESSION_COLUMNS, _session_rows(records))
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def write(records: list[dict[str, Any]], kind: str) -> bytes:
    return {"jsonl": write_jsonl, "csv": write_csv, "xlsx": write_xlsx}[kind](records)
