"""Autosave cost per request through the test client, on the data of ``benchmarks/make_load_data.py``.

Each focal point of the accounts file signs in (production mode, CSRF on), then saves its own draft's
needs section again and again, each save changing the first need's description and naming the revision
the previous save returned, as surveys.js does. It prints, per save: CPU time of the process, wall time,
SQL statements, and how long the write transaction held the database (BEGIN IMMEDIATE or the first
write on PostgreSQL, to COMMIT); with ``--profile`` the functions taking most CPU time.

    python benchmarks/bench_autosave.py /tmp/needs-load.json [--saves 400] [--profile]

The saves change the drafts of the database the accounts file names: use a scratch copy.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import re
import secrets
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BASE = "https://localhost"
DESCRIPTION = "a-needs-0-need_description"
RUN = time.strftime("%H%M%S")  # this run's saves differ from those of the runs before


def sign_in(app, account: dict) -> dict:
    client = app.test_client()
    page = client.get("/auth/sign-in", base_url=BASE).get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    reply = client.post(
        "/auth/sign-in",
        base_url=BASE,
        headers={"Referer": BASE + "/auth/sign-in"},
        data={"email": account["email"], "password": account["password"], "csrf_token": token},
    )
    assert reply.status_code == 302, reply.status_code
    path = f"/surveys/responses/{account['response_id']}/sections/{account['section']}"
    html = client.get(path, base_url=BASE).get_data(as_text=True)
    return {
        "client": client,
        "page": path,
        "url": f"/surveys/responses/{account['response_id']}/autosave",
        "csrf": re.search(r'name="csrf_token" value="([^"]+)"', html).group(1),
        "revision": int(re.search(r'name="revision" value="(\d+)"', html).group(1)),
        "section": account["section"],
        "form": [tuple(pair) for pair in account["form"]],
        "saves": 0,
    }


def save_once(state: dict) -> int:
    """One autosave that changes the first need's description; returns the status."""
    state["saves"] += 1
    form = [("csrf_token", state["csrf"]), ("revision", str(state["revision"])), ("section", state["section"])]
    form += [(k, f"{v} [{RUN}.{state['saves']}]" if k == DESCRIPTION else v) for k, v in state["form"]]
    reply = state["client"].post(
        state["url"],
        base_url=BASE,
        data=urlencode(form),
        content_type="application/x-www-form-urlencoded",
        headers={"Referer": BASE + state["page"]},
    )
    if reply.status_code == 200:
        body = reply.get_json()
        assert body["saved"], body
        state["revision"] = body["revision"]
    return reply.status_code


class Statements:
    """Counts statements and times write transactions on the engine."""

    def __init__(self, engine):
        import sqlalchemy as sa

        self.count, self.locked, self._began = 0, [], None
        sa.event.listen(engine, "before_cursor_execute", self._statement)
        sa.event.listen(engine, "commit", self._commit)
        sa.event.listen(engine, "rollback", self._rollback)

    def _statement(self, _conn, _cursor, statement, *_args):
        self.count += 1
        first = statement.lstrip()[:6].upper()
        if self._began is None and (
            statement.startswith("BEGIN IMMEDIATE") or first in ("UPDATE", "INSERT") or "FOR UPDATE" in statement
            or (first.startswith("WITH") and "UPDATE" in statement)
        ):
            self._began = time.perf_counter()

    def _commit(self, _conn):
        if self._began is not None:
            self.locked.append(time.perf_counter() - self._began)
        self._began = None

    def _rollback(self, _conn):
        self._began = None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("accounts")
    parser.add_argument("--saves", type=int, default=400)
    parser.add_argument("--profile", action="store_true")
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
    from needs import create_app
    from needs.extensions import db

    app = create_app()
    states = [sign_in(app, account) for account in accounts["focal_points"]]
    with app.app_context():
        statements = Statements(db.engine)
    for state in states:  # warm-up: caches of the survey document, forms and translations
        save_once(state)
    statements.count, statements.locked = 0, []
    cpu, wall, statuses = [], [], []
    profiler = cProfile.Profile() if args.profile else None
    for n in range(args.saves):
        state = states[n % len(states)]
        c0, w0 = time.process_time(), time.perf_counter()
        if profiler:
            profiler.enable()
        statuses.append(save_once(state))
        if profiler:
            profiler.disable()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    ok = statuses.count(200)
    print(
        f"{accounts['database_url'].split(':')[0]}: {args.saves} saves, {ok} answered 200, "
        f"{args.saves - ok} other ({sorted(set(statuses))})"
    )
    print(f"CPU per save: median {1e3 * statistics.median(cpu):.2f} ms, mean {1e3 * statistics.mean(cpu):.2f} ms")
    print(
        f"wall per save: median {1e3 * statistics.median(wall):.2f} ms, "
        f"p99 {1e3 * sorted(wall)[int(0.99 * len(wall))]:.2f} ms"
    )
    print(f"SQL statements per save: {statements.count / args.saves:.1f}")
    if statements.locked:
        locked = sorted(statements.locked)
        print(
            f"write transaction (first write or BEGIN IMMEDIATE to COMMIT): median "
            f"{1e3 * statistics.median(locked):.2f} ms, p99 {1e3 * locked[int(0.99 * len(locked))]:.2f} ms"
        )
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)


if __name__ == "__main__":
    main()
