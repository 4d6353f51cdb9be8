"""Survey section page cost per request through the test client, on the data of ``benchmarks/make_load_data.py``.

Each focal point of the accounts file signs in (production mode, CSRF on), then its section page is
fetched again and again, as the load benchmark's survey case does. It prints, per page: CPU time of the
process, wall time and SQL statements; with ``--profile`` the functions taking most CPU time.

    python benchmarks/bench_survey_page.py /tmp/needs-load.json [--pages 1000] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import secrets
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_autosave import BASE, sign_in  # noqa: E402  (the same sign-in as the autosave benchmark)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("accounts")
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--sort", default="cumulative", help="pstats order of the profile")
    parser.add_argument("--limit", type=int, default=60)
    args = parser.parse_args()
    accounts = json.loads(Path(args.accounts).read_text(encoding="utf-8"))
    os.environ.update(
        {
            "NEEDS_ENV": "production",
            "SECRET_KEY": secrets.token_urlsafe(48),
            "DATABASE_URL": accounts["database_url"],
            "NEEDS_TRUSTED_HOSTS": "localhost",
        }
    )
    import sqlalchemy as sa

    from needs import create_app
    from needs.core import driver_read
    from needs.extensions import db

    app = create_app()
    states = [sign_in(app, account) for account in accounts["focal_points"]]
    statements = [0]
    with app.app_context():
        sa.event.listen(db.engine, "before_cursor_execute", lambda *_a: statements.__setitem__(0, statements[0] + 1))
    # Reads sent by the driver itself are not seen by SQLAlchemy's events: count them here.
    driver_first_row = driver_read.first_row

    def counted_first_row(engine, statement, params):
        statements[0] += 1
        return driver_first_row(engine, statement, params)

    driver_read.first_row = counted_first_row

    def fetch(state) -> int:
        reply = state["client"].get(state["page"], base_url=BASE)
        reply.get_data()
        return reply.status_code

    for state in states:  # warm-up: compiled frames, the survey document, translations
        fetch(state)
        fetch(state)
    statements[0] = 0
    cpu, wall, statuses = [], [], []
    profiler = cProfile.Profile(time.process_time) if args.profile else None  # CPU, not wall
    for n in range(args.pages):
        state = states[n % len(states)]
        c0, w0 = time.process_time(), time.perf_counter()
        if profiler:
            profiler.enable()
        statuses.append(fetch(state))
        if profiler:
            profiler.disable()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    ok = statuses.count(200)
    print(
        f"{accounts['database_url'].split(':')[0]}: {args.pages} pages, {ok} answered 200, "
        f"{args.pages - ok} other ({sorted(set(statuses))})"
    )
    print(f"CPU per page: median {1e3 * statistics.median(cpu):.3f} ms, mean {1e3 * statistics.mean(cpu):.3f} ms")
    print(
        f"wall per page: median {1e3 * statistics.median(wall):.3f} ms, "
        f"p99 {1e3 * sorted(wall)[int(0.99 * len(wall))]:.3f} ms"
    )
    print(f"SQL statements per page: {statements[0] / args.pages:.2f}")
    if profiler:
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.limit)


if __name__ == "__main__":
    main()
