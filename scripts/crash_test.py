"""Crash test: stream autosaves and submissions at the real server, SIGKILL it at random moments
several times, restart it, and check that every acknowledged write survived and the database is intact.

    python scripts/crash_test.py [--kills 5] [--clients 6] [--seconds 20]     # SQLite in a temp folder
    DATABASE_URL=postgresql://.../needs_crash_test python scripts/crash_test.py   # PostgreSQL

An acknowledged autosave is one that answered 200 with a revision; an acknowledged submission is one
that answered with the redirect to the submitted response. Load goes only to 127.0.0.1.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
COUNTRIES = ("FRA", "DEU", "BRA", "IND", "KEN", "JPN", "CAN", "NGA", "PER", "VNM")
PASSWORD = "crash test passphrase 2026"  # noqa: S105 - a throwaway account in a temp database
SECTION = "institution"


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prepare(env: dict[str, str], clients: int) -> dict:
    """Schema, demo survey and round, one focal point per country with a complete draft."""
    os.environ.update(env)
    from needs import create_app
    from needs.auth.services import create_user
    from needs.cli import initialise
    from needs.db import write_intent
    from needs.demo.loader import load_demo
    from needs.extensions import db
    from needs.surveys import drafts
    from needs.surveys.models import Response

    app = create_app({"TESTING": False})
    with app.app_context():
        initialise()
        with write_intent():
            load_demo()
            template = db.session.query(Response).filter(Response.country_code == "PHL").one()
            round_id = template.round_id
            accounts = []
            for country in COUNTRIES[:clients]:
                email = f"crash.{country.lower()}@test.example.org"
                user = create_user(email=email, name=f"Crash {country}", role="focal_point", country=country,
                                   password=PASSWORD)
                draft = drafts.start_response(user, round_id)
                draft.answers = dict(template.answers)
                accounts.append({"email": email, "country": country, "response": draft.id})
            db.session.commit()
        section = next(s for s in drafts.version_of(template)[1]["sections"] if s["name"] == SECTION)
        fields = {item["name"]: template.answers.get(item["name"]) for item in section["items"]
                  if item["name"] in template.answers}
    return {"accounts": accounts, "fields": fields}


class Server:
    def __init__(self, env: dict[str, str]):
        self.env, self.port, self.process = env, free_port(), None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        command = [sys.executable, "-m", "gunicorn", "wsgi:app", "-c", "gunicorn.conf.py"]
        env = {**os.environ, **self.env, "NEEDS_BIND": f"127.0.0.1:{self.port}", "NEEDS_WORKERS": "2",
               "NEEDS_ACCESS_LOG": ""}
        self.process = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                requests.get(self.base + "/healthz", timeout=2)
                return
            except requests.RequestException:
                time.sleep(0.2)
        raise RuntimeError("the server did not start")

    def kill(self) -> None:
        os.killpg(self.process.pid, signal.SIGKILL)  # master and workers at once, no cleanup
        self.process.wait()


def token(html: str) -> str:
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html).group(1)


class Client(threading.Thread):
    def __init__(self, server: Server, account: dict, fields: dict, stop: threading.Event, submit_at: float):
        super().__init__(daemon=True)
        self.server, self.account, self.fields, self.stop = server, account, fields, stop
        self.submit_at, self.acked, self.submitted, self.attempts = submit_at, None, False, 0
        self.last_error = ""
        self.session = requests.Session()

    def url(self, path: str) -> str:
        return self.server.base + path

    def sign_in(self) -> None:
        page = self.session.get(self.url("/auth/sign-in"), timeout=5)
        self.session.post(self.url("/auth/sign-in"), timeout=5, allow_redirects=False, data={
            "email": self.account["email"], "password": PASSWORD, "csrf_token": token(page.text)})

    def page_state(self) -> tuple[str, int]:
        html = self.session.get(self.url(f"/surveys/responses/{self.account['response']}/sections/{SECTION}"),
                                timeout=5).text
        revision = int(re.search(r'name="revision"[^>]*value="(\d+)"', html).group(1))
        return token(html), revision

    def save(self, csrf: str, revision: int, n: int) -> int:
        value = f"{self.account['country']} saved {n}"
        data = [("csrf_token", csrf), ("section", SECTION), ("revision", str(revision))]
        for name, stored in {**self.fields, "institution_name": value}.items():
            for item in stored if isinstance(stored, list) else [stored]:
                data.append((f"a-{name}", str(item)))
        answer = self.session.post(self.url(f"/surveys/responses/{self.account['response']}/autosave"),
                                   data=data, timeout=5)
        body = answer.json()
        if answer.status_code == 200:
            self.acked = (body["revision"], value)
            return body["revision"]
        return body.get("revision", revision)  # a conflict after a lost acknowledgement: carry on from there

    def submit(self) -> None:
        response_id = self.account["response"]
        html = self.session.get(self.url(f"/surveys/responses/{response_id}/review"), timeout=5).text
        key = re.search(r'name="submission_key"[^>]*value="([^"]+)"', html)
        if not key:
            return
        data = {"csrf_token": token(html), "submission_key": key.group(1),
                "revision": re.search(r'name="revision"[^>]*value="(\d+)"', html).group(1)}
        for _attempt in range(20):  # the same key again after a crash: one submission
            try:
                answer = self.session.post(self.url(f"/surveys/responses/{response_id}/submit"), data=data,
                                           timeout=5, allow_redirects=False)
                if answer.status_code in (302, 303) and f"/surveys/responses/{response_id}" in \
                        answer.headers.get("Location", ""):
                    self.submitted = True
                    return
            except requests.RequestException:
                time.sleep(0.5)

    def run(self) -> None:
        n, started = 0, time.monotonic()
        while not self.stop.is_set():
            try:
                self.sign_in()
                csrf, revision = self.page_state()
                while not self.stop.is_set():
                    if time.monotonic() - started > self.submit_at:
                        self.submit()
                        return
                    n += 1
                    self.attempts += 1
                    revision = self.save(csrf, revision, n)
            except (requests.RequestException, ValueError, AttributeError) as exc:
                self.last_error = repr(exc)[:200]
                time.sleep(0.3)  # the server is down or restarting


def verify(env: dict[str, str], clients: list[Client]) -> list[str]:
    os.environ.update(env)
    import sqlalchemy as sa

    from needs import create_app
    from needs.extensions import db
    from needs.surveys.models import Need, Response

    problems = []
    app = create_app({"TESTING": False})
    with app.app_context():
        for client in clients:
            response = db.session.get(Response, client.account["response"])
            if client.acked:
                revision, value = client.acked
                if response.revision < revision:
                    problems.append(f"{client.account['country']}: revision {response.revision} < acked {revision}")
                elif response.revision == revision and response.answers.get("institution_name") != value:
                    problems.append(f"{client.account['country']}: acked value {value!r} lost")
            if client.submitted:
                needs = db.session.scalar(sa.select(sa.func.count()).select_from(Need)
                                          .where(Need.response_id == response.id))
                if response.status == "draft" or not needs:
                    problems.append(f"{client.account['country']}: acknowledged submission lost")
        if db.engine.dialect.name == "sqlite":
            result = db.session.execute(sa.text("PRAGMA integrity_check")).scalar()
        else:
            result = postgres_integrity(db.session)
        if result != "ok":
            problems.append(f"integrity check: {result}")
    return problems


def postgres_integrity(session) -> str:
    """PostgreSQL has no PRAGMA integrity_check: amcheck's bt_index_check verifies every B-tree index of the
    application's tables and, with heapallindexed, that each holds every row of its table. Where amcheck is not
    installed (it needs a superuser: .ci/run installs it in its own schema), every table is read in full, so a
    damaged page still raises."""
    import sqlalchemy as sa

    schema = session.execute(sa.text("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n "
                                     "ON n.oid = e.extnamespace WHERE e.extname = 'amcheck'")).scalar()
    if schema is None:
        tables = session.execute(sa.text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars()
        for table in tables:
            session.execute(sa.select(sa.func.count()).select_from(sa.table(table, schema="public")))
        print("integrity: amcheck not installed; every table read in full")
        return "ok"
    indexes = session.execute(sa.text(
        "SELECT c.oid, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am a ON a.oid = c.relam "
        "WHERE n.nspname = 'public' AND a.amname = 'btree'")).all()
    quoted = session.get_bind().dialect.identifier_preparer.quote_schema(schema)
    check = sa.text(f"SELECT {quoted}.bt_index_check(CAST(:oid AS regclass), true)")
    for oid, name in indexes:
        try:
            session.execute(check, {"oid": oid})
        except sa.exc.DBAPIError as exc:
            return f"index {name}: {exc.orig}"
    print(f"integrity: amcheck bt_index_check passed on {len(indexes)} indexes, every row indexed")
    return "ok"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--clients", type=int, default=6)
    parser.add_argument("--seconds", type=float, default=20, help="how long the clients write")
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="needs-crash-"))
    env = {"NEEDS_ENV": "development", "SECRET_KEY": "crash-test-secret-key-long-enough-0123456789",
           "DATABASE_URL": os.environ.get("DATABASE_URL") or f"sqlite:///{folder}/crash.sqlite3"}
    setup = prepare(env, args.clients)
    server = Server(env)
    server.start()
    stop = threading.Event()
    clients = [Client(server, account, setup["fields"], stop, args.seconds * rng.uniform(0.5, 1.2))
               for account in setup["accounts"]]
    for client in clients:
        client.start()
    spacing = args.seconds / (args.kills + 1)
    for _ in range(args.kills):
        time.sleep(rng.uniform(0.5, 1.5) * spacing)
        server.kill()
        time.sleep(0.2)
        server.start()
    time.sleep(max(1.0, spacing))
    stop.set()
    for client in clients:
        client.join(timeout=30)
    server.kill()
    problems = verify(env, clients)
    acked = sum(1 for c in clients if c.acked)
    print(f"database: {env['DATABASE_URL'].split('@')[-1]}; kills: {args.kills}; clients: {len(clients)}; "
          f"autosave attempts: {sum(c.attempts for c in clients)}; clients with acknowledged saves: {acked}; "
          f"acknowledged submissions: {sum(c.submitted for c in clients)}")
    for client in clients:
        if client.last_error:
            print(f"  {client.account['country']}: last transient error {client.last_error}")
    for problem in problems:
        print("LOST:", problem)
    print("ok: every acknowledged write is there and the integrity check passes" if not problems else "FAILED")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
