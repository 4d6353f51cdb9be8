"""Run needs on the embedded default: migrate, load the demo when the database is empty, start a
background worker, and serve on http://127.0.0.1:5000 (development mode, plain HTTP, loopback)."""

from __future__ import annotations

import argparse
import sys

from needs import create_app
from needs.config import ConfigError


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback)")
    parser.add_argument("--port", type=int, default=5000)
    parser.add_argument("--no-worker", action="store_true", help="do not start the background worker thread")
    args = parser.parse_args()

    try:
        app = create_app()
    except ConfigError as exc:
        sys.exit(f"needs: {exc}")
    with app.app_context():
        from needs.cli import initialise, user_count
        from needs.db import write_intent
        from needs.demo.loader import DEMO_PASSWORD, DEMO_USERS, load_demo

        initialise()
        if user_count() == 0:
            with write_intent():
                load_demo()
            print(f"Demo data loaded. Demo accounts (password: {DEMO_PASSWORD}):")
            for email, _name, role, country, agency, _lang in DEMO_USERS:
                print(f"  {email:32} {role:12} {country or agency or ''}")
    if not args.no_worker:
        from needs.jobs.services import start_worker_thread

        start_worker_thread(app)
    print(f"needs is serving on http://{args.host}:{args.port}/")
    app.run(host=args.host, port=args.port, threaded=True, use_reloader=False)


if __name__ == "__main__":
    main()
