"""The app factory, the two modes and configuration errors."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from needs import create_app
from needs.config import ConfigError
from tests.conftest import app_config


def test_factory_builds_app_with_blueprints(app):
    assert {"core", "auth", "admin", "vocabulary"} <= set(app.blueprints)
    assert app.config["NEEDS_ENV"] == "development"
    assert not app.config["SESSION_COOKIE_SECURE"]


def test_importing_needs_does_not_import_flask():
    code = "import sys, needs, needs.matching; print('flask' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_production_mode_is_secure(database_url, instance_dir):
    config = app_config(database_url, instance_dir, NEEDS_ENV="production",
                        SECRET_KEY="x" * 10 + "a-long-production-secret-value-0123")
    app = create_app(config)
    assert app.config["SESSION_COOKIE_SECURE"] and app.config["REMEMBER_COOKIE_SECURE"]
    assert app.config["NEEDS_REQUIRE_2FA"]
    with app.test_request_context(base_url="https://needs.example.org"):
        response = app.test_client().get("/", base_url="https://localhost")
    assert "max-age" in response.headers["Strict-Transport-Security"]


@pytest.mark.parametrize("secret", ["dev", "changeme", "short"])
def test_production_refuses_default_secret(database_url, instance_dir, secret):
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        create_app(app_config(database_url, instance_dir, NEEDS_ENV="production", SECRET_KEY=secret))


def test_production_refuses_demo_accounts(app, database_url, instance_dir):
    from needs.db import write_intent
    from needs.demo.loader import load_users
    from needs.extensions import db

    with app.app_context(), write_intent():
        load_users()
        db.session.commit()
    with pytest.raises(ConfigError, match="demo accounts"):
        create_app(app_config(database_url, instance_dir, NEEDS_ENV="production", SECRET_KEY="s" * 40))


@pytest.mark.parametrize("url, word", [
    ("mysql://u:p@h/db", "unsupported"),
    ("not a url at all", "malformed"),
    ("postgresql://u:p@localhost", "names no database"),
])
def test_bad_database_url_names_the_setting(database_url, instance_dir, url, word):
    with pytest.raises(ConfigError, match="DATABASE_URL") as info:
        create_app(app_config(database_url, instance_dir, SQLALCHEMY_DATABASE_URI=url))
    assert word in str(info.value)


def test_bad_env_mode(database_url, instance_dir):
    with pytest.raises(ConfigError, match="NEEDS_ENV"):
        create_app(app_config(database_url, instance_dir, NEEDS_ENV="staging"))


def test_broken_instance_config_names_file_and_line(tmp_path):
    (tmp_path / "config.py").write_text("X = 1\nTHIS IS NOT PYTHON\n")
    from needs.config import from_instance_file

    with pytest.raises(ConfigError, match=r"config.py:2"):
        from_instance_file(tmp_path / "config.py")


def test_start_up_error_is_one_line(tmp_path):
    root = Path(__file__).resolve().parents[2]
    env = {"PATH": os.environ["PATH"], "DATABASE_URL": "mysql://x/y", "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, str(root / "run.py")], capture_output=True, text=True, env=env,
                         cwd=tmp_path, check=False, timeout=60)
    assert out.returncode != 0
    assert out.stderr.strip().splitlines() == [
        "needs: DATABASE_URL names an unsupported database 'mysql': use postgresql:// or sqlite:///"]


def test_secret_key_generated_once(tmp_path):
    from needs.config import secret_key

    first = secret_key(str(tmp_path))
    assert len(first) >= 40
    assert secret_key(str(tmp_path)) == first
    assert oct((tmp_path / "secret_key").stat().st_mode)[-3:] == "600"


def test_environment_overrides(monkeypatch):
    from needs.config import from_environment

    values = from_environment({"NEEDS_LOGIN_MAX_FAILURES": "7", "NEEDS_TRUSTED_HOSTS": "a.org, b.org",
                               "DATABASE_URL": "sqlite:///x"})
    assert values["NEEDS_LOGIN_MAX_FAILURES"] == 7
    assert values["TRUSTED_HOSTS"] == ["a.org", "b.org"]
    assert values["SQLALCHEMY_DATABASE_URI"] == "sqlite:///x"
