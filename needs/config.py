"""Configuration: defaults, instance/config.py, environment variables, and validation with clear errors.

Precedence, lowest first: defaults, ``instance/config.py``, environment variables, the ``config``
mapping given to ``create_app`` (tests).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

DEVELOPMENT = "development"
PRODUCTION = "production"
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")

# Values known to be public: production start-up refuses them as SECRET_KEY.
KNOWN_DEFAULT_SECRETS = frozenset({"", "dev", "changeme", "change-me", "secret", "development"})


class ConfigError(RuntimeError):
    """A setting is missing or malformed; the message names it in one line."""


def defaults(instance_path: str) -> dict[str, Any]:
    return {
        "NEEDS_ENV": DEVELOPMENT,
        "SQLALCHEMY_DATABASE_URI": "sqlite:///" + os.path.join(instance_path, "needs.sqlite3"),
        # No ping on every checkout: needs.core.pool_ping pings connections that sat idle.
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": False},
        "BABEL_DEFAULT_LOCALE": "en",
        "BABEL_DEFAULT_TIMEZONE": "UTC",
        "NEEDS_LANGUAGES": LANGUAGES,
        "MAX_CONTENT_LENGTH": 8 * 1024 * 1024,
        "NEEDS_UPLOAD_MAX_UNCOMPRESSED": 50 * 1024 * 1024,
        "NEEDS_UPLOAD_MAX_ENTRIES": 2000,
        "WTF_CSRF_TIME_LIMIT": None,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": False,
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_SECURE": False,
        "NEEDS_IDLE_TIMEOUT_MINUTES": 60,
        "NEEDS_ABSOLUTE_TIMEOUT_HOURS": 12,
        "NEEDS_LOGIN_MAX_FAILURES": 5,
        "NEEDS_LOGIN_WINDOW_MINUTES": 15,
        "NEEDS_INVITE_HOURS": 72,
        "NEEDS_RESET_HOURS": 2,
        "NEEDS_REQUIRE_2FA": False,
        "NEEDS_BASE_URL": "http://127.0.0.1:5000",
        "NEEDS_MAIL_FROM": "needs@localhost",
        "NEEDS_SMTP_HOST": "",
        "NEEDS_SMTP_PORT": 25,
        "NEEDS_SMTP_USER": "",
        "NEEDS_SMTP_PASSWORD": "",
        "NEEDS_SMTP_STARTTLS": False,
        "NEEDS_SMTP_TIMEOUT": 10,
        "NEEDS_JOB_MAX_ATTEMPTS": 5,
        "NEEDS_JOB_BACKOFF_SECONDS": 30,
        "NEEDS_RUN_JOBS_INLINE": False,
        "TRUSTED_HOSTS": None,
    }


# Environment variables read besides NEEDS_*: name -> config key.
ENV_ALIASES = {"DATABASE_URL": "SQLALCHEMY_DATABASE_URI", "SECRET_KEY": "SECRET_KEY"}


def from_environment(environ: os._Environ | dict) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, key in ENV_ALIASES.items():
        if environ.get(name):
            values[key] = environ[name]
    for name, raw in environ.items():
        if name.startswith("NEEDS_"):
            values[name] = _coerce(raw)
    if "NEEDS_TRUSTED_HOSTS" in values:
        values["TRUSTED_HOSTS"] = [h.strip() for h in str(values.pop("NEEDS_TRUSTED_HOSTS")).split(",") if h.strip()]
    return values


def _coerce(raw: str) -> Any:
    lowered = raw.strip().lower()
    if lowered in {"true", "yes", "on"}:
        return True
    if lowered in {"false", "no", "off"}:
        return False
    if raw.strip().isdigit():
        return int(raw.strip())
    return raw


def from_instance_file(path: Path) -> dict[str, Any]:
    """Read instance/config.py; a syntax or runtime error names the file and line."""
    if not path.exists():
        return {}
    namespace: dict[str, Any] = {"__file__": str(path)}
    try:
        code = compile(path.read_bytes(), str(path), "exec")
        exec(code, namespace)  # noqa: S102 - the operator's own configuration file, as Flask's from_pyfile
    except SyntaxError as exc:
        raise ConfigError(f"{path}:{exc.lineno}: syntax error in the configuration file: {exc.msg}") from None
    except Exception as exc:  # noqa: BLE001 - any error in the file stops start-up with its name
        raise ConfigError(f"{path}: the configuration file failed: {exc}") from None
    values = {k: v for k, v in namespace.items() if k.isupper()}
    if "DATABASE_URL" in values:
        values["SQLALCHEMY_DATABASE_URI"] = values.pop("DATABASE_URL")
    return values


def normalise_database_url(url: str) -> str:
    """Check DATABASE_URL and select the psycopg 3 driver for plain postgres URLs."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConfigError(f"DATABASE_URL is malformed: {url!r} (expected e.g. postgresql://user:pw@host/db)") from None
    backend = parsed.get_backend_name()
    if backend not in {"sqlite", "postgresql"}:
        raise ConfigError(f"DATABASE_URL names an unsupported database {backend!r}: use postgresql:// or sqlite:///")
    if backend == "postgresql" and parsed.drivername in {"postgresql", "postgres"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    if backend == "postgresql" and not parsed.database:
        raise ConfigError("DATABASE_URL names no database (expected postgresql://user:pw@host/dbname)")
    return parsed.render_as_string(hide_password=False)


def secret_key(instance_path: str) -> str:
    """Read instance/secret_key, writing a random one (mode 0600) on first start."""
    path = Path(instance_path) / "secret_key"
    if path.exists():
        return path.read_text().strip()
    key = secrets.token_urlsafe(48)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process started at the same moment and wrote it
        return path.read_text().strip()
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key


def apply_mode(config: dict[str, Any]) -> None:
    """Production turns on secure cookies, HSTS and the second factor for CDTF and administrators."""
    env = config.get("NEEDS_ENV")
    if env not in {DEVELOPMENT, PRODUCTION}:
        raise ConfigError(f"NEEDS_ENV must be 'development' or 'production', not {env!r}")
    if env == PRODUCTION:
        config.update(
            SESSION_COOKIE_SECURE=True,
            REMEMBER_COOKIE_SECURE=True,
            NEEDS_REQUIRE_2FA=True,
            PREFERRED_URL_SCHEME="https",
            DEBUG=False,
        )
        if str(config.get("SECRET_KEY", "")) in KNOWN_DEFAULT_SECRETS or len(str(config.get("SECRET_KEY"))) < 32:
            raise ConfigError("SECRET_KEY is a default or too short (at least 32 characters) for production")


def build(instance_path: str, overrides: dict[str, Any] | None) -> dict[str, Any]:
    config = defaults(instance_path)
    config.update(from_instance_file(Path(instance_path) / "config.py"))
    config.update(from_environment(os.environ))
    config.update(overrides or {})
    config["SQLALCHEMY_DATABASE_URI"] = normalise_database_url(str(config["SQLALCHEMY_DATABASE_URI"]))
    if not config.get("SECRET_KEY"):
        config["SECRET_KEY"] = secret_key(instance_path)
    apply_mode(config)
    return config
