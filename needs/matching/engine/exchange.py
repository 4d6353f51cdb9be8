"""Read and write the JSON Lines files of the matching exchange format."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

import orjson

_DIGITS = bytes(49 if 48 <= c <= 57 else 48 for c in range(256))  # digits to "1", the rest to "0"


class ExchangeError(ValueError):
    """Bad input, with every message naming the file and line."""

    def __init__(self, messages: list[str]):
        super().__init__("\n".join(messages))
        self.messages = messages


def read_records(path: str | Path, validate: Callable[[dict], list[str]]) -> list[dict]:
    """All records of a JSONL file, validated; raises ExchangeError listing every bad line."""
    data = Path(path).read_bytes()
    if b"\r" in data:  # lines end as when the file is read as text: at "\n", "\r\n" or "\r"
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    # orjson (about twice as fast) reads integers past 64 bits as floats: such files go to the standard reader.
    loads = _standard if b"1" * 19 in data.translate(_DIGITS) else _quick
    records, errors, seen = [], [], {}
    for number, line in enumerate(data.split(b"\n"), 1):
        if not line or line.isspace():
            continue
        try:
            record = loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{path}:{number}: not JSON: {exc.msg}")
            continue
        except _Blank:
            continue
        problems = validate(record)
        if problems:
            errors += [f"{path}:{number}: {problem}" for problem in problems]
            continue
        if record["id"] in seen:
            errors.append(f"{path}:{number}: id: duplicate {record['id']!r} (first on line {seen[record['id']]})")
        seen.setdefault(record["id"], number)
        records.append(record)
    if errors:
        raise ExchangeError(errors)
    return records


class _Blank(Exception):
    """A line of Unicode white space only, skipped like an empty one."""


def _standard(line: bytes):
    """``json.loads`` of the line read as UTF-8 text (UnicodeDecodeError when it is not)."""
    text = line.decode("utf-8")
    if text.isspace():
        raise _Blank
    return json.loads(text)


def _quick(line: bytes):
    """The same as `_standard`, through orjson; what orjson refuses (NaN, lone surrogates, bad UTF-8,
    white space beyond ASCII...) goes to `_standard`, which accepts it or words the error."""
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        return _standard(line)


def write_records(rows: Iterable[dict], path: str | Path | None) -> None:
    """Write JSONL to a temporary file beside ``path`` and rename it, so no partial file is left."""
    lines = (json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if path is None:
        import sys

        sys.stdout.writelines(lines)
        return
    target = Path(path)
    handle, temporary = tempfile.mkstemp(dir=target.parent or ".", prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.writelines(lines)
        os.replace(temporary, target)
    except BaseException:
        os.unlink(temporary)
        raise
