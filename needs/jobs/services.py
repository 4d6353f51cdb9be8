"""A small durable job queue kept in the application's database.

Why not Huey or RQ: their queues live in a separate store (a SQLite file or Redis), so a job enqueued by
a request that later rolls back still runs, and a job enqueued just before a crash can be lost while the
change it belongs to was committed. Here the job row commits in the same transaction as the change
(a transactional outbox), on SQLite and PostgreSQL alike, and a failed job stays visible with its error.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.exc import IntegrityError

from needs.db import utcnow, write_intent
from needs.extensions import db
from needs.jobs.models import DONE, FAILED, QUEUED, RUNNING, Job

log = logging.getLogger(__name__)
HANDLERS: dict[str, Callable[[dict[str, Any]], None]] = {}
# A job left "running" this long (its worker died) is taken again.
STALE_AFTER = dt.timedelta(minutes=15)


def handler(kind: str):
    """Register the function that runs jobs of ``kind``; it receives the payload dict."""

    def register(func):
        HANDLERS[kind] = func
        return func

    return register


def enqueue(kind: str, payload: dict[str, Any] | None = None, *, dedupe_key: str | None = None,
            delay_seconds: float = 0) -> Job | None:
    """Add a job to the current transaction. With a dedupe key, a job still queued is not added twice."""
    if dedupe_key:
        existing = db.session.scalar(sa.select(Job).where(Job.dedupe_key == dedupe_key))
        if existing is not None and existing.status == QUEUED:
            return existing
        if existing is not None:
            existing.dedupe_key = None
            db.session.flush()
    job = Job(kind=kind, payload=payload or {}, dedupe_key=dedupe_key,
              max_attempts=current_app.config["NEEDS_JOB_MAX_ATTEMPTS"],
              run_after=utcnow() + dt.timedelta(seconds=delay_seconds))
    try:
        with db.session.begin_nested():
            db.session.add(job)
    except IntegrityError:
        return db.session.scalar(sa.select(Job).where(Job.dedupe_key == dedupe_key))
    if current_app.config.get("NEEDS_RUN_JOBS_INLINE"):
        db.session.flush()
    return job


def _claim() -> int | None:
    """Mark the oldest ready job as running and return its id (one writer at a time)."""
    now = utcnow()
    with write_intent():
        ready = (
            sa.select(Job.id)
            .where(sa.or_(
                sa.and_(Job.status == QUEUED, Job.run_after <= now),
                sa.and_(Job.status == RUNNING, Job.started_at < now - STALE_AFTER),
            ))
            .order_by(Job.run_after, Job.id)
            .limit(1)
        )
        if db.engine.dialect.name == "postgresql":
            ready = ready.with_for_update(skip_locked=True)
        job_id = db.session.scalar(ready)
        if job_id is None:
            db.session.rollback()
            return None
        db.session.execute(sa.update(Job).where(Job.id == job_id).values(
            status=RUNNING, started_at=now, attempts=Job.attempts + 1))
        db.session.commit()
    return job_id


def _finish(job_id: int, error: str | None) -> None:
    with write_intent():
        job = db.session.get(Job, job_id)
        if error is None:
            job.status, job.finished_at, job.last_error = DONE, utcnow(), ""
        elif job.attempts >= job.max_attempts:
            job.status, job.finished_at, job.last_error = FAILED, utcnow(), error
        else:
            backoff = current_app.config["NEEDS_JOB_BACKOFF_SECONDS"] * 2 ** (job.attempts - 1)
            job.status, job.last_error = QUEUED, error
            job.run_after = utcnow() + dt.timedelta(seconds=backoff)
        db.session.commit()


def run_one() -> bool:
    """Run the next ready job; False when none is ready."""
    job_id = _claim()
    if job_id is None:
        return False
    job = db.session.get(Job, job_id)
    kind, payload = job.kind, dict(job.payload)
    db.session.rollback()
    error = None
    try:
        func = HANDLERS.get(kind)
        if func is None:
            raise LookupError(f"no handler for job kind {kind!r}")
        with write_intent():
            func(payload)
            db.session.commit()
    except Exception:  # noqa: BLE001 - any failure is kept on the job and retried
        db.session.rollback()
        error = traceback.format_exc(limit=5)[-4000:]
        log.warning("job %s (%s) failed", job_id, kind)
    _finish(job_id, error)
    return True


def run_pending(limit: int = 1000) -> int:
    """Run ready jobs until none is left (tests and the CLI)."""
    count = 0
    while count < limit and run_one():
        count += 1
    return count


def retry(job_id: int) -> None:
    job = db.session.get(Job, job_id)
    if job is not None and job.status == FAILED:
        job.status, job.run_after, job.max_attempts = QUEUED, utcnow(), job.attempts + 1
        db.session.commit()


def listing(status: str | None = None, limit: int = 200) -> list[Job]:
    query = sa.select(Job).order_by(Job.id.desc()).limit(limit)
    if status:
        query = query.where(Job.status == status)
    return list(db.session.scalars(query))


def work_forever(app, stop: threading.Event | None = None, idle_seconds: float = 1.0) -> None:
    """The worker loop: ``flask --app needs worker`` and the thread that ``run.py`` starts."""
    stop = stop or threading.Event()
    while not stop.is_set():
        with app.app_context():
            try:
                busy = run_one()
            except Exception:  # noqa: BLE001 - a broken database connection must not kill the worker
                log.exception("worker loop error")
                db.session.rollback()
                busy = False
            finally:
                db.session.remove()
        if not busy:
            stop.wait(idle_seconds)


def start_worker_thread(app) -> threading.Event:
    stop = threading.Event()
    thread = threading.Thread(target=work_forever, args=(app, stop), name="needs-worker", daemon=True)
    thread.start()
    return stop


def wait_until_idle(timeout: float = 10.0) -> None:
    """Run jobs inline until the queue is empty (used by commands that must finish their work)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and run_one():
        pass
