"""End-to-end tests in a real headless Chromium against the application served by gunicorn.

- ``site`` (session): gunicorn with ``gunicorn.conf.py`` on a free loopback port, in development mode,
  on its own database (a temporary SQLite file; with a PostgreSQL DATABASE_URL, a separate database
  named after the session's with ``_browser`` appended), migrated and loaded with the demo data by the
  application's own ``needs.cli.initialise`` and ``needs.demo.loader.load_demo``. ``site.app`` is an
  application object on the same database for set-up and checks from the test.
- ``page``: a fresh browser context and page (English, 1280x800) for each test. Any console error or
  uncaught page error fails the test, and so does a 5xx answer or a traceback in the server's log.
- ``shot(page, "step-name")`` writes ``artifacts/screenshots/<test name>/NN-step-name.png`` (under
  ``artifacts/screenshots/postgresql/`` on PostgreSQL); a failing test also gets a last ``NN-failure.png``.

Debian's Chromium (/usr/bin/chromium) is used, never a browser downloaded by Playwright. Without it the
tests are skipped locally and fail in CI. Every test here is marked ``browser`` (added automatically
when a test forgets), so ``-m "not browser"`` leaves them out.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import IN_CI, need_binary

ROOT = Path(__file__).resolve().parents[2]
# Runs on PostgreSQL keep their screenshots apart: CI runs both databases at once.
SCREENSHOTS = ROOT / "artifacts" / "screenshots" / (
    "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "")
CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium's own connections are refused by the closed network.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SECRET = "browser-test-secret-key-long-enough-for-anything-0123"
VIEWPORT = {"width": 1280, "height": 800}
DEFAULT_TIMEOUT_MS = 15_000
SERVER_START_SECONDS = 90
SERVER_PROBLEM = re.compile(r'Traceback \(most recent call last\)|"\s5\d\d\s|unhandled error')


# --- marking ---------------------------------------------------------------------------------------

@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents and item.get_closest_marker("browser") is None:
            item.add_marker(pytest.mark.browser)


# --- the served site ---------------------------------------------------------------------------------

@dataclass
class Site:
    base_url: str
    app: object
    log_path: Path
    process: subprocess.Popen
    database_url: str

    def url(self, path: str = "/") -> str:
        return self.base_url + path

    def log_size(self) -> int:
        return self.log_path.stat().st_size if self.log_path.exists() else 0

    def log_since(self, offset: int) -> str:
        with self.log_path.open("rb") as fh:
            fh.seek(offset)
            return fh.read().decode("utf-8", "replace")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _browser_database(tmp_dir: Path) -> tuple[str, object]:
    """The URL of the site's own database, and a clean-up callable."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        return "sqlite:///" + str(tmp_dir / "browser.sqlite3"), lambda: None

    import sqlalchemy as sa

    base = sa.engine.make_url(url.replace("postgresql://", "postgresql+psycopg://", 1))
    if "test" not in (base.database or ""):
        pytest.exit(f"refusing to use {base.database!r}: test databases must have 'test' in their name")
    name = f"{base.database}_browser"
    # No pool: other tests terminate the test database's idle connections (to test reconnection).
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    try:
        drop()
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.SQLAlchemyError as exc:
        admin.dispose()
        pytest.skip(f"cannot create the browser tests' database {name!r} (the role needs CREATEDB): {exc}")

    def clean_up() -> None:
        drop()
        admin.dispose()

    return base.set(database=name).render_as_string(hide_password=False), clean_up


def _prepare_database(database_url: str):
    """Migrate and load the demo with the application's own functions; returns the app object."""
    from needs import create_app
    from needs.cli import initialise
    from needs.db import write_intent
    from needs.demo.loader import load_demo

    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "SECRET_KEY": SECRET, "NEEDS_ENV": "development",
                      "SERVER_NAME": None, "TRUSTED_HOSTS": None, "NEEDS_SMTP_HOST": ""})
    with app.app_context():
        initialise()
        with write_intent():
            load_demo()
    return app


def _server_env(database_url: str, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("NEEDS_") and k not in {"DATABASE_URL", "SECRET_KEY"}}
    env.update(
        DATABASE_URL=database_url, SECRET_KEY=SECRET, NEEDS_ENV="development",
        NEEDS_BIND=f"127.0.0.1:{port}", NEEDS_WORKERS="2", NEEDS_THREADS="4", NEEDS_GRACEFUL_TIMEOUT="5",
        NEEDS_BASE_URL=f"http://127.0.0.1:{port}", NEEDS_ACCESS_LOG="-", PYTHONUNBUFFERED="1",
    )
    return env


def _wait_until_serving(process: subprocess.Popen, base_url: str, log_path: Path) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"gunicorn exited with {process.returncode}:\n{log_path.read_text()[-4000:]}")
        try:
            with urllib.request.urlopen(base_url + "/healthz", timeout=5) as response:  # loopback only
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    pytest.fail(f"gunicorn did not answer within {SERVER_START_SECONDS}s:\n{log_path.read_text()[-4000:]}")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    tmp_dir = tmp_path_factory.mktemp("browser-site")
    database_url, clean_up = _browser_database(tmp_dir)
    app = _prepare_database(database_url)
    port = _free_port()
    log_path = tmp_dir / "gunicorn.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py")],
                                   cwd=ROOT, env=_server_env(database_url, port), stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
    served = Site(f"http://127.0.0.1:{port}", app, log_path, process, database_url)
    try:
        _wait_until_serving(process, served.base_url, log_path)
        yield served
    finally:
        _stop(process)
        from needs.extensions import db

        with app.app_context():
            db.engine.dispose()
        clean_up()


def reset_demo_accounts(app) -> None:
    """Put the demo accounts' language and state back and forget failed sign-ins, so each test starts
    from the demo as loaded (a test that switches language saves the choice on the account)."""
    import sqlalchemy as sa

    from needs.auth.models import SignInFailure, User
    from needs.db import write_intent
    from needs.demo.loader import DEMO_USERS
    from needs.extensions import db

    with app.app_context(), write_intent():
        for email, name, _role, _country, _agency, language in DEMO_USERS:
            db.session.execute(sa.update(User).where(User.email == email)
                               .values(name=name, language=language, active=True))
        db.session.execute(sa.delete(SignInFailure))
        db.session.commit()


@pytest.fixture(autouse=True)
def _site_state(request, site):
    """Each browser test starts from the demo accounts as loaded; its server-side errors fail it."""
    reset_demo_accounts(site.app)
    request.node._needs_site_log = (site, site.log_size())
    yield
    problems = _server_problems(request.node)
    if problems and not getattr(request.node, "_needs_reported", False):
        pytest.fail("the server logged errors during the test:\n" + problems)


def _server_problems(item) -> str:
    site_and_offset = getattr(item, "_needs_site_log", None)
    if site_and_offset is None:
        return ""
    served, offset = site_and_offset
    time.sleep(0.1)  # access log lines are written just after each response
    text = served.log_since(offset)
    if not SERVER_PROBLEM.search(text):
        return ""
    return text[-6000:]


# --- the browser -----------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def chromium():
    need_binary(CHROMIUM, "apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if IN_CI:
            pytest.fail("playwright is not installed in CI: pip install -r requirements.txt")
        pytest.skip("playwright is not installed: pip install -r requirements.txt")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class _Watch:
    """What a page reported, and where its screenshots go."""
    shots_dir: Path
    problems: list[str] = field(default_factory=list)
    count: int = 0


def _safe_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("_")[:120] or "test"


@pytest.fixture
def page(chromium, site, request):
    context = chromium.new_context(base_url=site.base_url, locale="en-US", viewport=VIEWPORT,
                                   timezone_id="UTC")
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    browser_page = context.new_page()
    shots_dir = SCREENSHOTS / _safe_name(request.node.name)
    shutil.rmtree(shots_dir, ignore_errors=True)
    watch = _Watch(shots_dir)
    browser_page._needs_watch = watch
    request.node._needs_watch = watch

    def on_console(message) -> None:
        location = message.location or {}
        # Chromium asks for /favicon.ico on its own; the pages do not reference it.
        if message.type == "error" and not str(location.get("url", "")).endswith("/favicon.ico"):
            watch.problems.append(f"console error: {message.text} ({location.get('url', '?')}:"
                                  f"{location.get('lineNumber', '?')})")

    browser_page.on("console", on_console)
    browser_page.on("pageerror", lambda error: watch.problems.append(f"page error: {error}"))
    yield browser_page
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        try:
            shot(browser_page, "failure")
        except Exception as exc:  # noqa: BLE001 - the page may be gone; the test has failed already
            print(f"no failure screenshot: {exc}")
    context.close()
    if watch.problems and not getattr(request.node, "_needs_reported", False):
        pytest.fail("the browser reported errors:\n" + "\n".join(watch.problems))


def shot(page, step: str) -> Path:
    """Save a full-page screenshot as artifacts/screenshots/<test name>/NN-<step>.png."""
    watch: _Watch = page._needs_watch
    watch.count += 1
    watch.shots_dir.mkdir(parents=True, exist_ok=True)
    path = watch.shots_dir / f"{watch.count:02d}-{_safe_name(step)}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


# --- turning what the browser and the server reported into test failures ----------------------------

@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    result = yield
    problems = []
    watch = getattr(item, "_needs_watch", None)
    if watch is not None and watch.problems:
        problems.append("the browser reported errors:\n" + "\n".join(watch.problems))
    server = _server_problems(item)
    if server:
        problems.append("the server logged errors during the test:\n" + server)
    if problems:
        item._needs_reported = True
        raise AssertionError("\n\n".join(problems))
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.rep_call = report
    return report
