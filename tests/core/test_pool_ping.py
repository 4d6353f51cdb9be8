"""Pooled server connections are pinged before use only after sitting idle; a dropped one is replaced."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from needs.extensions import db


def _drop_every_other_connection(url) -> None:
    killer = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with killer.connect() as connection:
        connection.execute(sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                   "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
    killer.dispose()


def test_connection_dropped_while_idle_is_replaced(app, monkeypatch):
    from needs.core import pool_ping

    with app.app_context():
        if db.engine.dialect.name != "postgresql":
            pytest.skip("a SQLite file has no server connection to lose")
        with db.engine.connect() as connection:
            before = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        _drop_every_other_connection(db.engine.url)
        monkeypatch.setattr(pool_ping, "IDLE_SECONDS", 0.0)  # every pooled connection counts as idle
        with db.engine.connect() as connection:
            after = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        assert after != before


def test_recently_returned_connection_is_not_pinged(app, monkeypatch):
    with app.app_context():
        if db.engine.dialect.name != "postgresql":
            pytest.skip("SQLite connections are never pinged")
        pings = []
        original = db.engine.dialect.do_ping
        monkeypatch.setattr(db.engine.dialect, "do_ping", lambda c: pings.append(1) or original(c))
        with db.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
        pings.clear()
        for _ in range(3):
            with db.engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1")
        assert pings == []
