"""Logical backups: every table to a gzip'd JSON Lines file, and restore into an empty database.

A logical dump serves SQLite and PostgreSQL alike and survives a change of database (e.g. moving the
embedded default to PostgreSQL); the restore runs in one transaction, so a failed restore writes nothing.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import gzip
import json
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from needs.extensions import db

FORMAT = "needs-backup/1"
# Loaded by init-db: replaced by the backup's rows on restore.
REFERENCE_TABLES = ("countries", "agencies", "vocabulary_terms", "gfmd_recommendations")


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$d": value.isoformat()}
    if isinstance(value, bytes | memoryview):
        return {"$b64": base64.b64encode(bytes(value)).decode()}
    if isinstance(value, decimal.Decimal):
        return {"$dec": str(value)}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and len(value) == 1:
        key, raw = next(iter(value.items()))
        if key == "$dt":
            return dt.datetime.fromisoformat(raw)
        if key == "$d":
            return dt.date.fromisoformat(raw)
        if key == "$b64":
            return base64.b64decode(raw)
        if key == "$dec":
            return decimal.Decimal(raw)
    return value


def _tables() -> list[sa.Table]:
    return list(db.metadata.sorted_tables)


def backup(path: Path) -> dict[str, int]:
    """Write every table's rows; returns the row count per table."""
    counts: dict[str, int] = {}
    tmp = path.with_suffix(path.suffix + ".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"format": FORMAT, "created": dt.datetime.now(dt.UTC).isoformat()}) + "\n")
        for table in _tables():
            counts[table.name] = 0
            order = list(table.primary_key.columns)
            for row in db.session.execute(sa.select(table).order_by(*order)).mappings():
                fh.write(json.dumps({"t": table.name, "r": {k: _encode(v) for k, v in row.items()}},
                                    ensure_ascii=False) + "\n")
                counts[table.name] += 1
    tmp.replace(path)
    return counts


def restore(path: Path) -> dict[str, int]:
    """Load a backup into a migrated database that holds no users yet (refused otherwise)."""
    from needs.auth.models import User

    if db.session.scalar(sa.select(sa.func.count()).select_from(User)):
        raise ValueError("the database already holds users: restore only into a fresh database")
    tables = {t.name: t for t in _tables()}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        header = json.loads(fh.readline())
        if header.get("format") != FORMAT:
            raise ValueError(f"{path}: not a needs backup")
        rows: dict[str, list[dict]] = {name: [] for name in tables}
        for number, line in enumerate(fh, 2):
            item = json.loads(line)
            if item["t"] not in tables:
                raise ValueError(f"{path}:{number}: unknown table {item['t']!r}")
            rows[item["t"]].append({k: _decode(v) for k, v in item["r"].items()})
    for name in reversed(REFERENCE_TABLES):
        db.session.execute(tables[name].delete())
    counts = {}
    for table in _tables():
        if rows[table.name]:
            db.session.execute(table.insert(), rows[table.name])
        counts[table.name] = len(rows[table.name])
    _reset_sequences(tables.values())
    db.session.commit()
    return counts


def _reset_sequences(tables) -> None:
    """PostgreSQL identity sequences continue after the restored ids."""
    if db.engine.dialect.name != "postgresql":
        return
    for table in tables:
        column = table.columns.get("id")
        if column is None or not isinstance(column.type, sa.Integer):
            continue
        # Table names come from the models' metadata, never from input.
        query = (f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "  # noqa: S608
                 f"COALESCE((SELECT MAX(id) FROM \"{table.name}\"), 0) + 1, false)")
        db.session.execute(sa.text(query))
