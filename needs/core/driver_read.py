"""The first row of a hot read, sent by the database driver itself on a connection of its own, outside the
request's transaction.

SQLAlchemy's execution context and result object cost more CPU than the query on the reads a page makes
on every request (the signed-in user with a section page's response: about a tenth of the page). Here
SQLAlchemy compiles the statement once and gives the result processors of its columns (SQLite returns
timestamps as text and booleans as integers; psycopg converts them itself); the driver sends it in
autocommit, so no BEGIN and no ROLLBACK either, prepared on PostgreSQL. tests/core/test_driver_read.py
checks that the values are those SQLAlchemy returns. Parameters must be plain values the driver takes
as they are (integers, text).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import sqlalchemy as sa


def first_row(engine: sa.Engine, statement: sa.Select, params: dict) -> tuple | None:
    sql, names, processors = _compiled(statement, engine.dialect)
    values = params if names is None else [params[name] for name in names]
    pooled = engine.raw_connection()  # the pool's checkout events (the idle ping) apply as usual
    try:
        row = _READS[engine.dialect.name](pooled.driver_connection, sql, values)
    except Exception:
        if getattr(pooled.driver_connection, "broken", False):
            pooled.invalidate()  # the pool opens a new one (its reset would fail on this one and log it)
        raise
    finally:
        pooled.close()
    if row is None:
        return None
    return tuple(value if process is None else process(value) for value, process in zip(row, processors, strict=True))


def _psycopg_row(connection, sql: str, values):
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, values, prepare=True)
            return cursor.fetchone()
    finally:
        if not connection.closed:
            connection.autocommit = False


def _sqlite_row(connection, sql: str, values):
    # needs.db opens SQLite connections with isolation_level None: outside a BEGIN each statement is its own
    # transaction and reads one snapshot.
    cursor = connection.cursor()
    try:
        return cursor.execute(sql, values).fetchone()
    finally:
        cursor.close()


_READS: dict[str, Callable] = {"postgresql": _psycopg_row, "sqlite": _sqlite_row}


@functools.lru_cache(maxsize=64)
def _compiled(statement: sa.Select, dialect: sa.Dialect) -> tuple[str, tuple[str, ...] | None, tuple]:
    compiled = statement.compile(dialect=dialect)
    processors = tuple(column.type.dialect_impl(dialect).result_processor(dialect, None)
                       for column in statement.selected_columns)
    return str(compiled), compiled.positiontup, processors
