"""The first row of a hot read, on a connection of its own outside the request's transaction.

On PostgreSQL the statement, compiled once by SQLAlchemy, is sent by psycopg itself, prepared and in
autocommit (neither BEGIN nor ROLLBACK). SQLAlchemy's execution context and result object cost more CPU
than the query on the reads a page makes on every request (about 0.15 of 0.4 ms); for plain columns
(integers, text, booleans, timestamps, JSON) psycopg returns the values SQLAlchemy would, which
tests/core/test_driver_read.py checks. Other databases, whose drivers need SQLAlchemy's result
processing (SQLite returns timestamps as text), go through SQLAlchemy.
"""

from __future__ import annotations

import functools

import sqlalchemy as sa


def first_row(engine: sa.Engine, statement: sa.Executable, params: dict) -> tuple | None:
    if engine.dialect.name != "postgresql":
        with engine.connect() as connection:
            row = connection.execute(statement, params).first()
        return None if row is None else tuple(row)
    pooled = engine.raw_connection()  # the pool's checkout events (the idle ping) apply as usual
    try:
        driver = pooled.driver_connection
        driver.autocommit = True
        try:
            with driver.cursor() as cursor:
                cursor.execute(_sql(statement, engine.dialect), params, prepare=True)
                return cursor.fetchone()
        finally:
            if not driver.closed:
                driver.autocommit = False
    except Exception:
        if pooled.driver_connection.closed or pooled.driver_connection.broken:
            pooled.invalidate()  # the pool opens a new one (its reset would fail on this one and log it)
        raise
    finally:
        pooled.close()


@functools.lru_cache(maxsize=64)
def _sql(statement: sa.Executable, dialect: sa.Dialect) -> str:
    return str(statement.compile(dialect=dialect))
