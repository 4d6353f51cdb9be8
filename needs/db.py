"""Declarative base with a naming convention, shared column types, and the SQLite durability settings.

SQLite is opened with WAL, ``synchronous=FULL``, foreign keys and a busy timeout. pysqlite's own
transaction handling is switched off so that SQLAlchemy emits BEGIN itself: a transaction that will
write (every unsafe HTTP method, every job, every command that changes data) starts with
``BEGIN IMMEDIATE``, so two writers never read the same row and then lose one update, and a
deferred ``BEGIN`` cannot fail later with "database is locked" when it upgrades to a write lock.

Writers to one SQLite file queue for their turn before ``BEGIN IMMEDIATE`` (``WriterTurns``): SQLite's
own busy handler retries with sleeps that grow to 100 ms, so under contention a waiting writer slept on
long after the lock was free (seconds at the 99th percentile with 32 concurrent autosaves).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import errno
import fcntl
import os
import sqlite3
import threading
import time
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


BUSY_TIMEOUT_MS = 15000


class WriterTurns:
    """Turns for the writers of one SQLite file: the threads of a process queue on a lock, which wakes
    the next one as soon as it is released, and the processes take turns through an advisory lock on a
    file beside the database (``<database>.writers``; the kernel drops it when a process dies).

    Not SQLite's busy handler alone, because it polls with sleeps of up to 100 ms. The lock file is
    tried every half millisecond by one thread per process at most, and a writer that waits longer
    than the busy timeout gets "database is locked", as it would from SQLite."""

    POLL_SECONDS = 0.0005

    def __init__(self, path: str):
        self.path = path + ".writers"
        self._thread_lock = threading.Lock()
        self._fd, self._pid = -1, 0
        os.register_at_fork(after_in_child=self._after_fork)

    def _after_fork(self) -> None:
        # A child opens the file anew: a descriptor shared with the parent would share its lock.
        if self._fd >= 0:
            os.close(self._fd)
        self._thread_lock = threading.Lock()
        self._fd, self._pid = -1, 0

    def acquire(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        if not self._thread_lock.acquire(timeout=timeout):
            raise sqlite3.OperationalError("database is locked")
        try:
            if self._pid != os.getpid():
                self._fd, self._pid = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600), os.getpid()
            while True:
                try:
                    fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    return
                except OSError as exc:
                    if exc.errno not in (errno.EAGAIN, errno.EACCES) or time.monotonic() > deadline:
                        raise sqlite3.OperationalError("database is locked") from exc
                time.sleep(self.POLL_SECONDS)
        except BaseException:
            self._thread_lock.release()
            raise

    def release(self) -> None:
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        self._thread_lock.release()


class TurnTakingConnection(sqlite3.Connection):
    """A pysqlite connection that gives back its writer's turn once its transaction has ended."""

    turns: WriterTurns | None = None
    has_turn = False

    def take_turn(self) -> None:
        if self.turns is not None and not self.has_turn:
            self.turns.acquire(BUSY_TIMEOUT_MS / 1000)
            self.has_turn = True

    def give_turn(self) -> None:
        if self.has_turn:
            self.has_turn = False
            self.turns.release()

    def commit(self):
        try:
            super().commit()
        finally:
            if not self.in_transaction:  # a failed COMMIT leaves the transaction (and the turn) open
                self.give_turn()

    def rollback(self):
        try:
            super().rollback()
        finally:
            self.give_turn()

    def close(self):
        try:
            super().close()
        finally:
            self.give_turn()


_TURNS: dict[str, WriterTurns] = {}
_TURNS_LOCK = threading.Lock()


def writer_turns(path: str) -> WriterTurns:
    """One WriterTurns per database file and process."""
    key = os.path.realpath(path)
    with _TURNS_LOCK:
        if key not in _TURNS:
            _TURNS[key] = WriterTurns(key)
        return _TURNS[key]


def configure_sqlite(engine: Engine) -> None:
    """Attach the pragmas, the writers' turns and the explicit BEGIN to a SQLite engine (idempotent per
    engine; connections made before this call take no turns)."""
    if engine.dialect.name != "sqlite" or getattr(engine, "_needs_configured", False):
        return
    engine._needs_configured = True  # type: ignore[attr-defined]
    database = engine.url.database or ""
    turns = writer_turns(database) if database and database != ":memory:" and "mode=memory" not in database \
        else None

    @event.listens_for(engine, "do_connect")
    def _connection_class(_dialect, _record, _cargs, cparams):
        cparams["factory"] = TurnTakingConnection

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN below
        if isinstance(dbapi_connection, TurnTakingConnection):
            dbapi_connection.turns = turns
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        if not _write_intent.get():
            connection.exec_driver_sql("BEGIN")
            return
        dbapi_connection = connection.connection.dbapi_connection
        if isinstance(dbapi_connection, TurnTakingConnection):
            dbapi_connection.take_turn()
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            if isinstance(dbapi_connection, TurnTakingConnection):
                dbapi_connection.give_turn()
            raise
