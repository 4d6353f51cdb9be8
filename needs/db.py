"""Declarative base with a naming convention, shared column types, and the SQLite durability settings.

SQLite is opened with WAL, ``synchronous=FULL``, foreign keys and a busy timeout. pysqlite's own
transaction handling is switched off so that SQLAlchemy emits BEGIN itself: a transaction that will
write (every unsafe HTTP method, every job, every command that changes data) starts with
``BEGIN IMMEDIATE``, so two writers never read the same row and then lose one update, and a
deferred ``BEGIN`` cannot fail later with "database is locked" when it upgrades to a write lock.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, registry

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# JSON that is JSONB on PostgreSQL (indexable, compact) and JSON text on SQLite.
JSONType = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


class Base(DeclarativeBase):
    registry = registry(metadata=sa.MetaData(naming_convention=NAMING_CONVENTION),
                        type_annotation_map={dict[str, Any]: JSONType, list[Any]: JSONType})


def utcnow() -> dt.datetime:
    """Naive UTC timestamps: the database stores UTC everywhere and Babel formats them per user."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


_write_intent: contextvars.ContextVar[bool] = contextvars.ContextVar("needs_write_intent", default=False)


@contextlib.contextmanager
def write_intent(enabled: bool = True) -> Iterator[None]:
    """Mark the transactions begun inside this block as writers (BEGIN IMMEDIATE on SQLite)."""
    token = _write_intent.set(enabled)
    try:
        yield
    finally:
        _write_intent.reset(token)


def set_write_intent(enabled: bool) -> contextvars.Token:
    return _write_intent.set(enabled)


def configure_sqlite(engine: Engine) -> None:
    """Attach the pragmas and the explicit BEGIN to a SQLite engine (idempotent per engine)."""
    if engine.dialect.name != "sqlite" or getattr(engine, "_needs_configured", False):
        return
    engine._needs_configured = True  # type: ignore[attr-defined]

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=15000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE" if _write_intent.get() else "BEGIN")
