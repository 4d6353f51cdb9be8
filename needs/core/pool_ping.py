"""Ping a pooled server connection before use only when it has been idle for a while.

SQLAlchemy's ``pool_pre_ping`` pings on every checkout: on PostgreSQL one more round trip per request, as
costly as a page's own query. A connection that went back to the pool moments ago was alive then; one that
sat idle may have been dropped by the server, a restart or a firewall, so that one is pinged, and a dead
one is replaced as pre-ping would (the pool is invalidated and a fresh connection made). A server that dies
in the seconds between two uses costs the requests in flight an error, as with any database failure mid-request.
"""

from __future__ import annotations

import time

from sqlalchemy import event, exc
from sqlalchemy.engine import Engine

IDLE_SECONDS = 5.0
_AT = "needs_returned_at"


def ping_idle_connections(engine: Engine) -> None:
    """Attach to a server engine (idempotent; SQLite files have no connection to lose)."""
    if engine.dialect.name == "sqlite" or getattr(engine, "_needs_idle_ping", False):
        return
    engine._needs_idle_ping = True  # type: ignore[attr-defined]
    dialect = engine.dialect

    @event.listens_for(engine, "connect")
    def _connected(_dbapi_connection, record):
        record.info[_AT] = time.monotonic()

    @event.listens_for(engine, "checkin")
    def _returned(_dbapi_connection, record):
        if record is not None:
            record.info[_AT] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checkout(dbapi_connection, record, _proxy):
        if time.monotonic() - record.info.get(_AT, 0.0) < IDLE_SECONDS:
            return
        try:
            dialect.do_ping(dbapi_connection)
        except dialect.loaded_dbapi.Error as error:
            if dialect.is_disconnect(error, dbapi_connection, None):
                raise exc.InvalidatePoolError() from error
            raise
