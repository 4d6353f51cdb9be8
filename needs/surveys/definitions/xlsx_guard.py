"""Checks an uploaded workbook before any XML in it is parsed: it must be a zip with an
xlsx's parts, with few entries and a bounded uncompressed size (an XLSX bomb inflates a few
kilobytes into gigabytes). openpyxl then parses its XML through defusedxml when installed."""

import io
import zipfile

from .problems import DefinitionError, Problem

MAX_BYTES = 10_000_000
MAX_ENTRIES = 500
MAX_UNCOMPRESSED = 50_000_000
ZIP_MAGIC = b"PK\x03\x04"


def check_xlsx(data: bytes) -> None:
    """Raise DefinitionError unless ``data`` looks like a reasonably sized xlsx workbook."""
    if len(data) > MAX_BYTES:
        _refuse("too_large", detail=f"over {MAX_BYTES} bytes")
    if not data.startswith(ZIP_MAGIC):
        _refuse("not_a_file", expected="XLSX")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        _refuse("not_a_file", expected="XLSX")
    if len(entries) > MAX_ENTRIES:
        _refuse("too_large", detail=f"more than {MAX_ENTRIES} parts in the archive")
    # Python's zipfile stops reading an entry at its declared size, so declared sizes bound memory.
    if sum(entry.file_size for entry in entries) > MAX_UNCOMPRESSED:
        _refuse("too_large", detail=f"over {MAX_UNCOMPRESSED} bytes uncompressed")
    names = {entry.filename for entry in entries}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        _refuse("not_a_file", expected="XLSX")


def _refuse(code: str, **params) -> None:
    raise DefinitionError([Problem(code, params)])
