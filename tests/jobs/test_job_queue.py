"""Jobs survive in the database, retry with back-off, and stay visible with their error."""

import datetime as dt

import sqlalchemy as sa

from needs.db import utcnow, write_intent
from needs.extensions import db
from needs.jobs import services as jobs
from needs.jobs.models import DONE, FAILED, QUEUED, Job

CALLS = []


@jobs.handler("test-flaky")
def flaky(payload):
    CALLS.append(payload["n"])
    if len(CALLS) < payload["fail_times"] + 1:
        raise RuntimeError("temporary failure")


def _make_ready(job_id):
    with write_intent():
        db.session.get(Job, job_id).run_after = utcnow() - dt.timedelta(seconds=1)
        db.session.commit()


def test_retry_with_backoff_then_success(ctx):
    CALLS.clear()
    with write_intent():
        job = jobs.enqueue("test-flaky", {"n": 1, "fail_times": 2})
        db.session.commit()
    assert jobs.run_one()
    db.session.expire_all()
    job = db.session.get(Job, job.id)
    assert job.status == QUEUED and "temporary failure" in job.last_error
    assert job.run_after > utcnow()  # backed off
    assert not jobs.run_one()  # not ready yet
    _make_ready(job.id)
    jobs.run_one()
    _make_ready(job.id)
    jobs.run_one()
    db.session.expire_all()
    assert db.session.get(Job, job.id).status == DONE
    assert CALLS == [1, 1, 1]


def test_failure_stays_visible(ctx):
    CALLS.clear()
    with write_intent():
        job = jobs.enqueue("test-flaky", {"n": 2, "fail_times": 99})
        job.max_attempts = 2
        db.session.commit()
    jobs.run_one()
    _make_ready(job.id)
    jobs.run_one()
    db.session.expire_all()
    job = db.session.get(Job, job.id)
    assert job.status == FAILED and job.attempts == 2 and "RuntimeError" in job.last_error
    jobs.retry(job.id)
    assert db.session.get(Job, job.id).status == QUEUED


def test_job_rolled_back_with_its_transaction(ctx):
    with write_intent():
        jobs.enqueue("test-flaky", {"n": 3, "fail_times": 0})
        db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Job)) == 0


def test_unknown_kind_fails_visibly(ctx):
    with write_intent():
        job = jobs.enqueue("no-such-kind")
        job.max_attempts = 1
        db.session.commit()
    jobs.run_one()
    db.session.expire_all()
    assert "no handler" in db.session.get(Job, job.id).last_error


def test_outbox_keeps_mail_without_smtp(ctx):
    from needs.mail.models import KEPT, OutboxMessage
    from needs.mail.services import queue_email

    with write_intent():
        message = queue_email("someone@test.example.org", "Hello", "Body")
        db.session.commit()
    jobs.run_pending()
    db.session.expire_all()
    assert db.session.get(OutboxMessage, message.id).status == KEPT
