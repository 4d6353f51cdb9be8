"""The production entry point: ``gunicorn -c gunicorn.conf.py`` serves ``wsgi:app``.

A configuration mistake (``needs.config.ConfigError``) prints one line naming the setting and
stops the process with a non-zero status, without a traceback. The status is 4, which gunicorn
reads as "the application failed to load" and halts on, instead of starting workers again and again.
"""

from __future__ import annotations

import sys

from needs import create_app
from needs.config import ConfigError

# gunicorn's Arbiter.APP_LOAD_ERROR: a worker exiting with it stops the whole server.
EXIT_CONFIG_ERROR = 4


def load():
    try:
        return create_app()
    except ConfigError as exc:
        print(f"needs: configuration error: {exc}", file=sys.stderr, flush=True)
        raise SystemExit(EXIT_CONFIG_ERROR) from None


app = load()
