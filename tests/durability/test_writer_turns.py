"""SQLite writers take turns (needs.db.WriterTurns): the turn is given back with the transaction's end,
the next writer starts as soon as it is free, a writer waits no longer than the busy timeout, and a
forked process (a gunicorn worker) never shares its parent's turn."""

from __future__ import annotations

import os
import statistics
import threading
import time

import pytest
import sqlalchemy as sa
from flask import current_app

from needs import db as needs_db
from needs.extensions import db


@pytest.fixture
def engine(ctx):
    if db.engine.dialect.name != "sqlite":
        pytest.skip("turns are for SQLite's one writer at a time; PostgreSQL locks rows")
    return db.engine


def _write(connection) -> None:
    connection.exec_driver_sql("UPDATE countries SET code = code WHERE code = 'MEX'")


@pytest.mark.parametrize("end", ["commit", "rollback", "close"])
def test_the_turn_is_given_back_when_the_transaction_ends(engine, end):
    turns = needs_db.writer_turns(engine.url.database)
    with needs_db.write_intent():
        connection = engine.connect()
        _write(connection)
        with pytest.raises(Exception, match="locked"):  # another writer of this process waits, then gives up
            turns.acquire(timeout=0.05)
        getattr(connection, end)()
        if end != "close":
            connection.close()
    turns.acquire(timeout=0.05)
    turns.release()


def test_the_next_writer_starts_as_soon_as_the_turn_is_free(engine):
    """SQLite's busy handler alone polled with sleeps of up to 100 ms: the waiting writer started long
    after the first had committed."""
    gaps = []
    for _ in range(5):
        committed, started = [], []
        holding = threading.Event()

        def first():
            with needs_db.write_intent(), engine.connect() as connection:
                _write(connection)
                holding.set()
                time.sleep(0.3)
                connection.commit()
                committed.append(time.perf_counter())

        def second():
            holding.wait()
            with needs_db.write_intent(), engine.connect() as connection:
                _write(connection)
                started.append(time.perf_counter())
                connection.commit()

        threads = [threading.Thread(target=first), threading.Thread(target=second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        gaps.append(started[0] - committed[0])
    assert statistics.median(gaps) < 0.02, gaps


def test_a_forked_child_does_not_share_the_parents_turn(engine):
    turns = needs_db.writer_turns(engine.url.database)
    turns.acquire(timeout=1)  # this process opens the lock file and holds the turn
    try:
        pid = os.fork()
        if pid == 0:  # the child: the turn is the parent's, so it must wait and give up
            try:
                child = needs_db.writer_turns(engine.url.database)
                try:
                    child.acquire(timeout=0.2)
                    os._exit(1)
                except Exception:  # noqa: BLE001 - "database is locked" is the expected refusal
                    os._exit(0)
            except BaseException:  # noqa: BLE001 - anything else fails the test through the status
                os._exit(2)
        _pid, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
    finally:
        turns.release()


def test_writers_of_several_threads_all_commit(engine):
    """Twenty threads each add ten audit events in their own write transactions: none is refused."""
    from needs.audit.models import AuditEvent

    errors = []
    app = current_app._get_current_object()

    def writer(n: int):
        try:
            with app.app_context():
                for i in range(10):
                    with needs_db.write_intent():
                        db.session.add(AuditEvent(actor="system", action="turns.test", object_type="",
                                                  object_id=f"{n}-{i}", address="", details={}))
                        db.session.commit()
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    count = db.session.scalar(sa.select(sa.func.count()).select_from(AuditEvent)
                              .where(AuditEvent.action == "turns.test"))
    assert count == 200
