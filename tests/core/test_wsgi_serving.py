"""The production entry point served by gunicorn with gunicorn.conf.py, as an operator starts it."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SECRET = "a-production-secret-for-the-serving-test-0123456789"
DB_NAME = "serving.sqlite3"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The test runner's environment without any needs setting, on a SQLite database in tmp_path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEEDS_") and k not in {"DATABASE_URL",
                                                                                          "SECRET_KEY"}}
    env.update(DATABASE_URL="sqlite:///" + str(tmp_path / DB_NAME), SECRET_KEY=SECRET,
               NEEDS_WORKERS="2", NEEDS_THREADS="2", NEEDS_GRACEFUL_TIMEOUT="5", PYTHONUNBUFFERED="1")
    env.update(extra)
    return env


def flask_command(env: dict[str, str], *args: str) -> None:
    result = subprocess.run([sys.executable, "-m", "flask", "--app", "needs", *args], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]


@pytest.fixture(scope="module")
def migrated(tmp_path_factory) -> Path:
    """A database migrated once by `flask --app needs init-db`, copied by each test that serves."""
    path = tmp_path_factory.mktemp("migrated")
    flask_command(clean_env(path), "init-db")
    return path / DB_NAME


def copy_database(template: Path, tmp_path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        source = template.with_name(template.name + suffix)
        if source.exists():
            shutil.copyfile(source, tmp_path / (DB_NAME + suffix))


def get(url: str):
    """(status, headers, body) without following redirects and without raising on 4xx/5xx."""
    request = urllib.request.Request(url, headers={"User-Agent": "needs-serving-test"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # loopback only
            return response.status, response.headers, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read().decode("utf-8", "replace")


def start_gunicorn(env: dict[str, str], log_path: Path) -> subprocess.Popen:
    log = log_path.open("wb")
    try:
        return subprocess.Popen([sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py")],
                                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
    finally:
        log.close()


def wait_until_serving(process: subprocess.Popen, base: str, log_path: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"gunicorn exited with {process.returncode}:\n{log_path.read_text()[-3000:]}")
        try:
            if get(base + "/healthz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"gunicorn did not answer within {seconds}s:\n{log_path.read_text()[-3000:]}")


def stop(process: subprocess.Popen, seconds: float = 20) -> int:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return process.returncode


@pytest.fixture(scope="module")
def served(tmp_path_factory, migrated):
    """gunicorn in production mode on a free loopback port and a migrated temporary SQLite database."""
    tmp_path = tmp_path_factory.mktemp("serving")
    copy_database(migrated, tmp_path)
    port = free_port()
    env = clean_env(tmp_path, NEEDS_ENV="production", NEEDS_BIND=f"127.0.0.1:{port}")
    log_path = tmp_path / "gunicorn.log"
    process = start_gunicorn(env, log_path)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(process, base, log_path)
        yield {"base": base, "process": process, "log": log_path}
    finally:
        stop(process)


def test_home_answers_with_security_headers(served):
    status, headers, body = get(served["base"] + "/")
    assert status == 200
    assert '<html lang="en" dir="ltr">' in body
    csp = headers["Content-Security-Policy"]
    for directive in ("default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"):
        assert directive in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"]
    assert "max-age=" in headers["Strict-Transport-Security"]  # production mode
    cookie = headers.get("Set-Cookie", "")
    if cookie:
        assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_not_found_has_the_headers_too(served):
    status, headers, _body = get(served["base"] + "/no-such-page")
    assert status == 404
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_access_log_keeps_no_query_string_or_link_token(served):
    get(served["base"] + "/?next=canary-query-4711")
    get(served["base"] + "/auth/reset/canary-token-4711.abcdef")
    get(served["base"] + "/auth/invitation/canary-invite-4711")
    time.sleep(0.3)  # the access log line is written after the response
    log = served["log"].read_text()
    assert "/auth/reset/[redacted]" in log
    assert "canary" not in log


def test_graceful_stop(tmp_path, migrated):
    copy_database(migrated, tmp_path)
    port = free_port()
    env = clean_env(tmp_path, NEEDS_ENV="development", NEEDS_BIND=f"127.0.0.1:{port}")
    log_path = tmp_path / "gunicorn.log"
    process = start_gunicorn(env, log_path)
    try:
        wait_until_serving(process, f"http://127.0.0.1:{port}", log_path)
        status, headers, _ = get(f"http://127.0.0.1:{port}/")
        assert status == 200
        assert "Strict-Transport-Security" not in headers  # development over plain HTTP
    finally:
        code = stop(process)
    assert code == 0, log_path.read_text()[-2000:]


def test_production_with_a_default_secret_refuses_to_start(tmp_path):
    port = free_port()
    env = clean_env(tmp_path, NEEDS_ENV="production", SECRET_KEY="changeme", NEEDS_BIND=f"127.0.0.1:{port}")
    result = subprocess.run([sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py")],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if "configuration error" in line]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith("needs: configuration error: SECRET_KEY")
    assert "Booting worker" not in result.stderr  # refused before any worker started
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_wsgi_module_exits_with_one_line_on_a_configuration_error(tmp_path):
    env = clean_env(tmp_path, NEEDS_ENV="production", SECRET_KEY="dev")
    result = subprocess.run([sys.executable, "-c", "import wsgi"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 4
    assert result.stderr.strip().splitlines() == [
        "needs: configuration error: SECRET_KEY is a default or too short (at least 32 characters) for production"]
