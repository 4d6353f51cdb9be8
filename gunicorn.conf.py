"""gunicorn settings for serving needs in production: ``gunicorn -c gunicorn.conf.py``.

Environment variables (all optional):

NEEDS_ENV                    production unless set: secure cookies, HSTS, a second factor for CDTF and
                             administrators, and start-up refused with a default SECRET_KEY or demo accounts
NEEDS_BIND                   address(es) to listen on, comma-separated (default 127.0.0.1:8000, loopback:
                             put a TLS-terminating proxy in front)
NEEDS_WORKERS                worker processes (default WEB_CONCURRENCY, else 2 x cores + 1, at most 8)
NEEDS_THREADS                threads per worker (default 4)
NEEDS_TIMEOUT                seconds a request may take before its worker is restarted (default 60)
NEEDS_GRACEFUL_TIMEOUT       seconds workers get to finish their requests on restart or stop (default 30)
NEEDS_MAX_REQUESTS           replace a worker after about this many requests (default 0: never)
NEEDS_FORWARDED_ALLOW_IPS    addresses of the proxy whose X-Forwarded-Proto is believed (default: none)
NEEDS_ACCESS_LOG             access log file, "-" for standard output (default), "" for none
NEEDS_CONTROL_SOCKET         path of gunicorn's control socket (default: none)

The access log never shows query strings, referrers, cookies or the tokens of reset and invitation
links: those are credentials.
"""

from __future__ import annotations

import gc
import os
import re
import sys

from gunicorn.glogging import Logger

_HERE = os.path.dirname(os.path.abspath(__file__))
os.environ.setdefault("NEEDS_ENV", "production")


def _int_env(name: str, default: int, low: int = 1, high: int = 1024) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        sys.exit(f"needs: configuration error: {name} must be a whole number, not {raw!r}")
    if not low <= value <= high:
        sys.exit(f"needs: configuration error: {name} must be between {low} and {high}, not {value}")
    return value


def _default_workers() -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return _int_env("WEB_CONCURRENCY", min(2 * cores + 1, 8))


wsgi_app = "wsgi:app"
chdir = _HERE
proc_name = "needs"

bind = [b.strip() for b in os.environ.get("NEEDS_BIND", "127.0.0.1:8000").split(",") if b.strip()]
workers = _int_env("NEEDS_WORKERS", _default_workers())
worker_class = "gthread"
threads = _int_env("NEEDS_THREADS", 4, high=64)
timeout = _int_env("NEEDS_TIMEOUT", 60, high=3600)
graceful_timeout = _int_env("NEEDS_GRACEFUL_TIMEOUT", 30, high=3600)
keepalive = 5
# Workers are not replaced after a number of requests unless NEEDS_MAX_REQUESTS asks (jittered by a tenth
# so that they do not all restart together): a new worker starts cold (the catalogue's search index alone
# takes seconds to build), and at 2,000 requests the restarts were the slowest 1% of requests under load.
max_requests = _int_env("NEEDS_MAX_REQUESTS", 0, low=0, high=10_000_000)
max_requests_jitter = max_requests // 10

# Request limits: a long request line or many headers get a quick 4xx from gunicorn itself.
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190
header_map = "drop"  # headers with underscores cannot pose as others

# Proxy headers are believed only from the addresses an operator names, and only X-Forwarded-Proto.
forwarded_allow_ips = os.environ.get("NEEDS_FORWARDED_ALLOW_IPS", "")
secure_scheme_headers = {"X-FORWARDED-PROTO": "https"}

# Control socket: off unless a path is given (by default several servers on one machine would share one).
if os.environ.get("NEEDS_CONTROL_SOCKET"):
    control_socket = os.environ["NEEDS_CONTROL_SOCKET"]
else:
    control_socket_disable = True

errorlog = "-"
loglevel = os.environ.get("NEEDS_LOG_LEVEL", "info")
accesslog = os.environ.get("NEEDS_ACCESS_LOG", "-") or None
access_log_format = '%(h)s - %(t)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'

# Path segments that follow these hold a credential (a reset or invitation token).
_TOKEN_PARENTS = frozenset({"reset", "invitation", "invite", "token", "tokens", "confirm", "unsubscribe"})
_LONG_OPAQUE = re.compile(r"^[A-Za-z0-9_\-.~%]{40,}$")
_SENSITIVE_ATOM = re.compile(r"cookie|authorization|token|secret|password|referer|query_string|raw_uri|x-api-key",
                             re.IGNORECASE)


def redact_path(path: str | None) -> str:
    """The path without its query string, with token segments replaced."""
    if not path:
        return "-"
    path = path.split("?", 1)[0].split("#", 1)[0]
    segments = path.split("/")
    for i, segment in enumerate(segments):
        if not segment:
            continue
        if (i > 0 and segments[i - 1].lower() in _TOKEN_PARENTS) or _LONG_OPAQUE.match(segment):
            segments[i] = "[redacted]"
    return "/".join(segments)


class RedactingLogger(Logger):
    """gunicorn's logger with the access-log atoms that can carry credentials redacted or removed."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for key in [k for k in atoms if k.startswith("{") and _SENSITIVE_ATOM.search(k)]:
            del atoms[key]
        path = redact_path(environ.get("RAW_URI") or environ.get("PATH_INFO"))
        query = "?[query]" if environ.get("QUERY_STRING") else ""
        atoms["r"] = f"{environ.get('REQUEST_METHOD', '-')} {path}{query} {environ.get('SERVER_PROTOCOL', '-')}"
        atoms["U"] = path
        atoms["q"] = "-"
        atoms["f"] = "-"
        return atoms


logger_class = RedactingLogger


def on_starting(server):
    """Build the application once in the master before any worker starts, so that a configuration
    mistake (a default SECRET_KEY in production, a malformed DATABASE_URL, demo accounts in production)
    stops start-up with one line and a non-zero status."""
    if _HERE not in sys.path:
        sys.path.insert(0, _HERE)
    from needs import create_app
    from needs.config import ConfigError

    try:
        app = create_app()
    except ConfigError as exc:
        print(f"needs: configuration error: {exc}", file=sys.stderr, flush=True)
        sys.exit(1)
    from needs.extensions import db

    with app.app_context():
        db.engine.dispose()  # workers open their own connections
    server.log.info("needs configuration checked: NEEDS_ENV=%s", app.config["NEEDS_ENV"])


def post_worker_init(worker):
    """The objects built while the worker loaded the application (about 150,000) live as long as it:
    moved out of the cyclic collector's reach, so that a full collection no longer walks them. Measured
    under load: full collections took 150-300 ms, stopping every thread of the worker; 15-25 ms after."""
    gc.collect()
    gc.freeze()
