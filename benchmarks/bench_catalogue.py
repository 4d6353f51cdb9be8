"""Catalogue search speed on 10,000 activities.

Builds a scratch database (SQLite in a temporary folder, or the PostgreSQL database named by
DATABASE_URL, whose activities are replaced), fills it with variations of the demo inventory, then
times the public catalogue page with two facets and a text query through the test client.

    python benchmarks/bench_catalogue.py [--activities 10000] [--runs 60]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

QUERIES = [
    {"q": "migration law", "theme": "rights", "delivery": "face-to-face"},
    {"q": "remittances", "region": "global", "kind": "course"},
    {"q": "移民管理", "language": "zh", "status": "existing"},
    {"q": "الهجرة", "theme": "coherence", "delivery": "face-to-face"},
    {"q": "droits des travailleurs migrants", "agency": "ILO", "theme": "rights"},
]


def varied(records: list[dict], count: int) -> list[dict]:
    out = []
    for n in range(count):
        base = dict(records[n % len(records)])
        round_ = n // len(records)
        base["id"] = f"{base['id']}-{round_:03d}"
        if round_:
            base["title"] = f"{base['title']} ({round_})"
            base["regions"] = [["global"], ["africa"], ["asia"], ["americas"], ["europe"]][round_ % 5]
            base["status"] = "planned" if round_ % 3 == 0 else base["status"]
        out.append(base)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--activities", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()

    from needs import create_app
    from needs.db import write_intent
    from needs.extensions import db

    folder = tempfile.mkdtemp(prefix="needs-bench-")
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{folder}/bench.sqlite3"
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench-" * 8, "WTF_CSRF_ENABLED": False,
                      "TRUSTED_HOSTS": None, "SERVER_NAME": None})
    app.instance_path = folder
    with app.app_context():
        import sqlalchemy as sa

        from needs.cli import initialise
        from needs.inventory import services
        from needs.inventory.models import Activity

        initialise()
        started = time.perf_counter()
        with write_intent():
            db.session.execute(sa.delete(Activity))
            records = varied(services.read_demo_records(), args.activities)
            services.save_records(services.check_records(records, agency=None), source="benchmark")
            db.session.commit()
        print(f"database: {db.engine.dialect.name}; loaded {args.activities} activities in "
              f"{time.perf_counter() - started:.1f} s")

    client = app.test_client()
    started = time.perf_counter()
    first = client.get("/catalogue", query_string=QUERIES[0])
    assert first.status_code == 200
    print(f"first page (builds the index): {(time.perf_counter() - started) * 1000:.0f} ms")
    timings = []
    for run in range(args.runs):
        query = QUERIES[run % len(QUERIES)]
        started = time.perf_counter()
        response = client.get("/catalogue", query_string=query)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    timings.sort()
    p95 = timings[min(len(timings) - 1, int(round(0.95 * len(timings))) - 1)]
    print(f"catalogue search, two facets and a text query: median {statistics.median(timings):.1f} ms, "
          f"p95 {p95:.1f} ms over {args.runs} requests")


if __name__ == "__main__":
    main()
