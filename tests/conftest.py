"""Shared fixtures: the app on a real database (SQLite by default, PostgreSQL when DATABASE_URL names
one), a client, a CLI runner, sign-in helpers and ``make_*`` factories.

The schema is built once per test session by the real Alembic migrations; after each test every
table except the reference data is emptied, so tests stay independent and fast.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
import sqlalchemy as sa

from needs import create_app
from needs.db import write_intent
from needs.extensions import db

# The engine caches its folded lexicon on disk (`needs.matching.engine.foldcache`): not in the home directory.
os.environ.setdefault("NEEDS_CACHE_DIR", tempfile.mkdtemp(prefix="needs-test-cache-"))

REFERENCE_TABLES = {"countries", "agencies", "vocabulary_terms", "gfmd_recommendations", "alembic_version"}
PASSWORD = "correct horse battery staple 42"
IN_CI = os.environ.get("CI") == "true"


def _postgres_url() -> str | None:
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith("postgres") else None


def _reset_postgres(url: str) -> None:
    """Start from an empty schema: only ever on a database whose name says it is for tests."""
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    if "test" not in (engine.url.database or ""):
        pytest.exit(f"refusing to wipe {engine.url.database!r}: test databases must have 'test' in their name")
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(scope="session")
def instance_dir():
    path = Path(tempfile.mkdtemp(prefix="needs-test-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def database_url(instance_dir) -> str:
    url = _postgres_url()
    if url:
        _reset_postgres(url)
        return url
    return "sqlite:///" + str(instance_dir / "test.sqlite3")


def app_config(database_url: str, instance_dir: Path, **extra) -> dict:
    config = {
        "TESTING": True,
        "SQLALCHEMY_DATABASE_URI": database_url,
        "SECRET_KEY": "test-secret-key-that-is-long-enough-for-anything",
        "WTF_CSRF_ENABLED": False,
        "NEEDS_SMTP_HOST": "",
        "SERVER_NAME": None,
        "TRUSTED_HOSTS": None,
    }
    config.update(extra)
    return config


@pytest.fixture(scope="session")
def app(database_url, instance_dir):
    os.environ.pop("NEEDS_ENV", None)
    application = create_app(app_config(database_url, instance_dir))
    application.instance_path = str(instance_dir)
    with application.app_context():
        from needs.cli import initialise

        initialise()
    return application


def _empty_tables() -> None:
    tables = [t for t in reversed(db.metadata.sorted_tables) if t.name not in REFERENCE_TABLES]
    with write_intent():
        if db.engine.dialect.name == "postgresql":
            names = ", ".join(f'"{t.name}"' for t in tables)
            db.session.execute(sa.text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                db.session.execute(table.delete())
        db.session.commit()


@pytest.fixture(autouse=True)
def _clean_database(request):
    yield
    if "app" not in request.fixturenames:
        return
    application = request.getfixturevalue("app")
    with application.app_context():
        db.session.rollback()
        _empty_tables()
        # Reference rows edited by a test are put back.
        from needs.vocabulary.services import clear_caches, load_reference_data

        load_reference_data()
        clear_caches()
        application.config.update(WTF_CSRF_ENABLED=False, NEEDS_ENV="development", NEEDS_REQUIRE_2FA=False,
                                  NEEDS_SMTP_HOST="")


@pytest.fixture
def ctx(app):
    with app.app_context():
        yield app
        db.session.remove()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def make_user(app):
    """Create an active user with the test password; returns it detached with id and email."""
    counter = {"n": 0}

    def make(role="focal_point", *, country="PHL", agency="IOM", email=None, language="en", name=None, **kw):
        from needs.auth.services import create_user

        counter["n"] += 1
        email = email or f"{role}.{counter['n']}@test.example.org"
        with app.app_context(), write_intent():
            user = create_user(email=email, name=name or f"Test {role} {counter['n']}", role=role,
                               country=country if role == "focal_point" else None,
                               agency=agency if role == "agency" else None, language=language,
                               password=PASSWORD, **kw)
            db.session.commit()
            db.session.refresh(user)
            db.session.expunge(user)
        return user

    return make


def sign_in(client, user_or_email, password: str = PASSWORD, follow: bool = False):
    email = getattr(user_or_email, "email", user_or_email)
    return client.post("/auth/sign-in", data={"email": email, "password": password},
                       follow_redirects=follow)


@pytest.fixture
def login(client):
    def do(user, password: str = PASSWORD):
        response = sign_in(client, user, password)
        assert response.status_code == 302, response.get_data(as_text=True)[:500]
        return client

    return do


def csrf_token_from(html: str) -> str:
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)


def need_binary(path: str, how: str) -> None:
    """Skip a test when a system program is missing, except in CI where that is a failure."""
    if shutil.which(path) is None and not os.path.exists(path):
        if IN_CI:
            pytest.fail(f"{path} is missing in CI: {how}")
        pytest.skip(f"{path} is not installed: {how}")
