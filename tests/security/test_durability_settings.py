"""SECURITY 22 and 26: SQLite's durable settings, and an import killed midway writes nothing."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from needs.extensions import db

ROOT = Path(__file__).resolve().parents[2]


def test_sqlite_pragmas(ctx):
    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite settings; PostgreSQL keeps its durable defaults")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_write_intent_takes_the_write_lock_at_begin(ctx):
    """A transaction marked as a writer holds SQLite's write lock from its first statement, so a second
    writer waits (busy timeout) instead of both reading and one losing its update."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("BEGIN IMMEDIATE is SQLite's; PostgreSQL uses row locks")
    from needs.db import write_intent

    with write_intent(), db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT 1").scalar() == 1
        other = sqlite_connect(db.engine.url.database)
        with pytest.raises(Exception, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
        conn.rollback()
    with db.engine.connect() as conn:  # a reader begins deferred and leaves the lock free
        conn.exec_driver_sql("SELECT 1")
        other = sqlite_connect(db.engine.url.database)
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        other.close()
        conn.rollback()


def sqlite_connect(path):
    import sqlite3

    connection = sqlite3.connect(path, timeout=0.2, isolation_level=None)
    return connection


def _activities_file(path: Path, count: int) -> None:
    template = json.loads((ROOT / "needs" / "demo" / "data" / "activities.jsonl").read_text().splitlines()[0])
    with path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            row = dict(template, id=f"KILL-{i:06d}", title=f"Activity {i} " + template["title"])
            row.pop("sessions", None)
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


@pytest.mark.slow
def test_import_killed_midway_writes_nothing(app, database_url, tmp_path):
    from needs.inventory.models import Activity

    source = tmp_path / "big.jsonl"
    _activities_file(source, 4000)
    env = {**os.environ, "DATABASE_URL": database_url, "SECRET_KEY": "k" * 40, "NEEDS_ENV": "development"}
    process = subprocess.Popen([sys.executable, "-m", "flask", "--app", "needs", "import-inventory", str(source)],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    killed = False
    while time.monotonic() < deadline and process.poll() is None:
        with app.app_context():
            db.session.remove()
        time.sleep(2.5)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed = True
            break
    process.wait()
    output = process.stdout.read().decode(errors="replace")
    with app.app_context():
        count = db.session.scalar(sa.select(sa.func.count()).select_from(Activity)
                                  .where(Activity.id.like("KILL-%")))
    if not killed:
        assert count == 4000, output  # it finished first: then everything is there
        pytest.skip("the import finished before it could be killed; nothing to check")
    assert count == 0, f"a killed import left {count} rows"
