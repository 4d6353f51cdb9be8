"""One entry point for every definition format, chosen by the file's extension."""

from pathlib import Path

from .problems import DefinitionError, Problem
from .xlsform_reader import read_xlsform
from .xlsx_guard import MAX_BYTES, ZIP_MAGIC
from .yaml_reader import read_yaml

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of old binary .xls workbooks


def load_definition(source: str | Path | bytes, *, filename: str | None = None,
                    vocabulary_lists: set[str]) -> dict:
    """Read a YAML (.yaml, .yml) or XLSForm (.xlsx) definition into a validated document.

    ``source`` is a path or the file's bytes (then ``filename`` gives the extension; without
    it the content decides). ``vocabulary_lists`` are the list names ``vocabulary:<list>`` may use.
    Raises :class:`DefinitionError` listing every problem; nothing is stored.
    """
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        filename = filename or path.name
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    suffix = Path(filename).suffix.lower() if filename else ""
    if suffix == ".xls" or data.startswith(OLE2_MAGIC):
        raise DefinitionError([Problem("legacy_xls")])
    if suffix in (".yaml", ".yml") or (not suffix and not data.startswith(ZIP_MAGIC)):
        return read_yaml(data, vocabulary_lists)
    if suffix == ".xlsx" or not suffix:
        return read_xlsform(data, vocabulary_lists, name=Path(filename).stem if filename else "form")
    raise DefinitionError([Problem("not_a_file", {"expected": "YAML or XLSX"})])
