"""Read and write the JSON Lines files of the matching exchange format."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path


class ExchangeError(ValueError):
    """Bad input, with every message naming the file and line."""

    def __init__(self, messages: list[str]):
        super().__init__("\n".join(messages))
        self.messages = messages


def read_records(path: str | Path, validate: Callable[[dict], list[str]]) -> list[dict]:
    """All records of a JSONL file, validated; raises ExchangeError listing every bad line."""
    records, errors, seen = [], [], {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: not JSON: {exc.msg}")
                continue
            problems = validate(record)
            errors += [f"{where}: {problem}" for problem in problems]
            if not problems:
                if record["id"] in seen:
                    errors.append(
                        f"{where}: id: duplicate {record['id']!r} (first on line {seen[record['id']]})"
                    )
                seen.setdefault(record["id"], number)
                records.append(record)
    if errors:
        raise ExchangeError(errors)
    return records


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
