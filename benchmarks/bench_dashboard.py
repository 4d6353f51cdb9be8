"""Render times of the demand dashboard and the agency view on a database made by make_demand.py.

    python benchmarks/make_demand.py sqlite:////tmp/demand.sqlite3
    python benchmarks/bench_dashboard.py sqlite:////tmp/demand.sqlite3 [--runs 21]

Signs in as the bench CDTF reviewer and agency account and requests each page through the test client
(the full request: policy, session, queries, template), first once cold (the per-process caches are
built), then ``--runs`` times. Prints the cold time, median and 90th percentile in milliseconds; the
target is a median under 300 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere as a script

from benchmarks.make_demand import PASSWORD  # noqa: E402

PAGES = (
    ("cdtf@bench.example.org", "/review/demand"),
    ("cdtf@bench.example.org", "/review/demand?region=asia&capacity=policy"),
    ("cdtf@bench.example.org", "/review/"),
    ("agency@bench.example.org", "/review/agency"),
)


def measure(url: str, runs: int) -> list[tuple[str, float, float, float]]:
    from needs import create_app

    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench-" * 8, "TESTING": True,
                      "WTF_CSRF_ENABLED": False, "SERVER_NAME": None, "TRUSTED_HOSTS": None})
    results = []
    clients = {}
    for email, path in PAGES:
        client = clients.get(email)
        if client is None:
            client = clients[email] = app.test_client()
            signed = client.post("/auth/sign-in", data={"email": email, "password": PASSWORD})
            assert signed.status_code == 302, signed.status_code
        start = time.perf_counter()
        response = client.get(path)
        cold = (time.perf_counter() - start) * 1000
        assert response.status_code == 200, (path, response.status_code)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            response = client.get(path)
            times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200
        times.sort()
        results.append((path, cold, statistics.median(times), times[int(0.9 * (len(times) - 1))]))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database_url")
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    backend = args.database_url.split(":", 1)[0]
    print(f"{'page':<48} {'cold ms':>9} {'median ms':>10} {'p90 ms':>8}   ({backend}, {args.runs} runs)")
    for path, cold, median, p90 in measure(args.database_url, args.runs):
        print(f"{path:<48} {cold:>9.0f} {median:>10.0f} {p90:>8.0f}")


if __name__ == "__main__":
    main()
