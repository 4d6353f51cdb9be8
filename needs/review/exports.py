"""CSV and XLSX downloads that no spreadsheet turns into formulas.

A cell that begins with = + - @, a tab, a carriage return or NUL gets a leading apostrophe, in both
formats; in XLSX every cell is also written as a string cell (never a formula), and numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import TYPE_STRING

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\x00")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def neutralise(value: Any) -> Any:
    """Numbers and None pass; any other value becomes text, prefixed with ' when it could start a formula."""
    if value is None or isinstance(value, bool):
        return "" if value is None else str(value).lower()
    if isinstance(value, int | float):
        return value
    text = str(value)
    if text.startswith(FORMULA_START):
        return "'" + text
    return text


def to_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheet programs read the six scripts correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    for row in rows:
        writer.writerow([neutralise(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(sheet_title: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    workbook = Workbook(write_only=False)
    sheet = workbook.active
    sheet.title = re.sub(r"[\[\]:*?/\\]", " ", str(sheet_title))[:31] or "data"
    for r, row in enumerate([list(header), *rows], start=1):
        for c, value in enumerate(row, start=1):
            value = neutralise(value)
            cell = sheet.cell(row=r, column=c)
            if isinstance(value, int | float):
                cell.value = value
            else:
                cell.value = _ILLEGAL_XML.sub(" ", value)
                cell.data_type = TYPE_STRING
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
