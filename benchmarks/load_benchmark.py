"""Load benchmark: needs under gunicorn, next to a bare Flask "hello" view served the same way.

Uses the data of ``benchmarks/make_load_data.py`` (its accounts file names the database). The app runs in
production mode (NEEDS_ENV=production: secure cookies, HSTS, trusted hosts, a second factor required for
CDTF and administrators, start-up refused while demo accounts exist; the data maker removes them and
signs in only its own focal-point accounts). Both servers are gunicorn with gthread workers on a free
127.0.0.1 port, stopped after their runs. wrk drives each case for ``--seconds`` (30 by default):

- hello:     GET /hello of benchmarks/hello_app.py, the ceiling;
- survey:    GET of a focal point's section page (the needs section, three needs filled in), signed in,
             each request with the cookie of the next focal point (six languages), the cookies taken
             fresh from the server just before (it refreshes a session's last-seen time once a minute,
             which a browser sends back but wrk would not: every request would re-sign the cookie);
- autosave:  POST /surveys/responses/<id>/autosave with the CSRF token, the section's values and the
             revision the previous save returned, each connection saving its own country's draft and
             changing the first need's description every time (one connection per wrk thread, so the
             script keeps each draft's revision; a 409 conflict or a save that changed nothing is an
             error), back to back: a closed loop, so its latency is about connections / throughput and
             measures saturation rather than service time;
- autosave-paced: the same saves, paced as people type (benchmarks/paced.py, not wrk): surveys.js saves
             800 ms after the last change, so each person waits 800 ms plus a typing time drawn at random
             up to ``--typing-ms`` (400 by default) after each reply, and connects and first saves at a
             random moment of the first cycle: 32 people typing at once, each on their own rhythm (a person
             who types a sentence between pauses saves far less often). ``--typing-ms 0`` keeps the 32 in
             step, saving at the same moment: the worst burst. The latency a focal point sees; the hello
             view is driven the same way as its floor (what the machine and the server add);
- catalogue: GET /catalogue with two facets and a text query, anonymous (warmed up until every worker
             has built its search index).

It prints requests per second, p50 and p99 latency, errors (non-2xx/3xx and socket errors) and the share
of the ceiling's throughput, as a Markdown table, with the load average before and after.

    python benchmarks/make_load_data.py --accounts /tmp/needs-load.json
    python benchmarks/load_benchmark.py /tmp/needs-load.json [--seconds 30] [--rounds 1]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import paced  # noqa: E402
from benchmarks.loadlib import gunicorn  # noqa: E402

CATALOGUE_QUERY = {"q": "migration law", "theme": "rights", "delivery": "face-to-face"}
CASES = ("catalogue", "survey", "autosave", "autosave-paced")
AUTOSAVE_PAUSE_MS = 800  # surveys.js saves 800 ms after the last change
TYPING_MS = 400  # paced cases: up to this much typing before that pause, drawn at random for every save
DESCRIPTION = "a-needs-0-need_description"  # the answer every save changes

LUA = """
-- Entries {path, cookie, body}; thread t of T takes entries t, t+T, t+2T, ... in turn, so with as many
-- entries as connections each connection keeps to its own response.
local entries = %(entries)s
local method = "%(method)s"
local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end
function init(args)
  mine = {}
  local nthreads = %(threads)d
  for i = tid + 1, #entries, nthreads do mine[#mine + 1] = entries[i] end
  if #mine == 0 then mine = entries end
  counter = 0
end
function request()
  counter = counter + 1
  local e = mine[(counter - 1) %% #mine + 1]
  local headers = {["Cookie"] = e[2]}
  if method == "POST" then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    return wrk.format("POST", e[1], headers, e[3])
  end
  return wrk.format("GET", e[1], headers)
end
"""


AUTOSAVE_LUA = """
-- Saves {path, cookie, before, middle, after}: save i is before .. revision .. middle .. tag .. after, where
-- the tag changes on every save (the first need's description ends with it). Each wrk thread has one
-- connection and keeps one draft's revision, starting from the state file (read from the database before
-- each run: saves in flight when the previous run stopped were stored without wrk seeing the reply).
local saves = %(saves)s
local state_file = "%(state_file)s"
local revisions = {}
for line in io.lines(state_file) do revisions[#revisions + 1] = tonumber(line) end
local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
  thread:set("index", #threads)
  thread:set("revision", revisions[(#threads - 1) %% #revisions + 1])
end
function init(args)
  entry = saves[(index - 1) %% #saves + 1]
  run = tostring(os.time())
  count, saved, unsaved, conflicts = 0, 0, 0, 0
end
function request()
  count = count + 1
  local body = entry[3] .. revision .. entry[4] .. run .. "." .. count .. entry[5]
  return wrk.format("POST", entry[1], {["Cookie"] = entry[2],
                    ["Content-Type"] = "application/x-www-form-urlencoded"}, body)
end
function response(status, headers, body)
  local returned = tonumber(string.match(body, '"revision":%%s*(%%d+)'))
  if returned then revision = returned end
  if status == 409 then conflicts = conflicts + 1
  elseif status == 200 and string.find(body, '"saved":%%s*true') then saved = saved + 1
  else unsaved = unsaved + 1 end
end
function done(summary, latency, requests)
  local totals = {0, 0, 0}
  for _, thread in ipairs(threads) do
    totals[1] = totals[1] + thread:get("saved")
    totals[2] = totals[2] + thread:get("unsaved")
    totals[3] = totals[3] + thread:get("conflicts")
  end
  io.write(string.format("autosave: %%d saved, %%d unsaved, %%d conflicts\\n", totals[1], totals[2], totals[3]))
end
"""


UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def wrk(url: str, seconds: int = 30, connections: int = 32, threads: int = 2, script: str | None = None) -> dict:
    """Run wrk (as loadlib.wrk, also reading minutes) and return rps, p50 and p99 latency (ms) and errors."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    if script:
        command += ["-s", script]
    out = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    try:
        def ms(label: str) -> float:
            value, unit = re.search(label + r"\s+([\d.]+)(us|ms|s|m)\b", out).groups()
            return float(value) * UNITS[unit]

        result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
                  "p50_ms": ms("50%"), "p99_ms": ms("99%"), "errors": 0.0}
    except AttributeError:
        raise SystemExit(f"unexpected wrk output:\n{out}") from None
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    result["errors"] = float(bad.group(1)) if bad else 0.0
    if sockets:
        result["errors"] += sum(float(x) for x in sockets.groups())
    saves = re.search(r"autosave: (\d+) saved, (\d+) unsaved, (\d+) conflicts", out)
    if saves:  # conflicts are 409s, already counted; a 200 that saved nothing is an error too
        result["saved"], unsaved, result["conflicts"] = (float(x) for x in saves.groups())
        result["errors"] += unsaved
    return result


def lua_string(text: str) -> str:
    safe = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_=.;/:%&+"
    return '"' + "".join(chr(b) if b in safe else f"\\{b:03d}" for b in text.encode()) + '"'


def lua_script(folder: str, name: str, method: str, entries: list[tuple[str, str, str]], threads: int) -> str:
    body = "{" + ",\n".join("{" + ", ".join(lua_string(v) for v in entry) + "}" for entry in entries) + "}"
    path = Path(folder) / f"{name}.lua"
    path.write_text(LUA % {"entries": body, "method": method, "threads": threads}, encoding="utf-8")
    return str(path)


def server_env(accounts: dict, secret: str) -> dict[str, str]:
    return {"NEEDS_ENV": "production", "SECRET_KEY": secret, "DATABASE_URL": accounts["database_url"],
            "NEEDS_TRUSTED_HOSTS": "127.0.0.1,localhost", "NEEDS_ACCESS_LOG": "", "NEEDS_LOG_LEVEL": "warning"}


def sign_in_all(accounts: dict, env: dict[str, str]) -> list[dict]:
    """Sign each focal point in through the app itself; returns cookie, CSRF token and revision."""
    os.environ.update(env)
    from needs import create_app

    app = create_app()
    client_sessions = []
    for account in accounts["focal_points"]:
        client = app.test_client()
        base = "https://localhost"
        reply = client.get("/auth/sign-in", base_url=base)
        token = re.search(r'name="csrf_token" value="([^"]+)"', reply.get_data(as_text=True)).group(1)
        reply = client.post("/auth/sign-in", base_url=base, data={
            "email": account["email"], "password": account["password"], "csrf_token": token},
            headers={"Referer": base + "/auth/sign-in"})
        if reply.status_code != 302:
            raise SystemExit(f"sign-in of {account['email']} failed: {reply.status_code}")
        path = f"/surveys/responses/{account['response_id']}/sections/{account['section']}"
        page = client.get(path, base_url=base)
        if page.status_code != 200:
            raise SystemExit(f"{path} answered {page.status_code} for {account['email']}")
        html = page.get_data(as_text=True)
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
        revision = re.search(r'name="revision" value="(\d+)"', html).group(1)
        cookie = client.get_cookie("session").value
        form = [("csrf_token", csrf), ("revision", revision), ("section", account["section"])]
        form += [tuple(pair) for pair in account["form"]]
        autosave = f"/surveys/responses/{account['response_id']}/autosave"
        check = client.post(autosave, base_url=base, data=urlencode(form),
                            content_type="application/x-www-form-urlencoded", headers={"Referer": base + path})
        if check.status_code != 200:  # puts the draft back to the account's answers (earlier runs changed it)
            raise SystemExit(f"autosave of {account['email']} answered {check.status_code} "
                             f"{check.get_data(as_text=True)[:200]}")
        client_sessions.append({"cookie": f"session={cookie}", "page": path, "autosave": autosave,
                                "language": account["language"],
                                "save": changing_save(csrf, account["section"], account["form"]),
                                "revision": check.get_json()["revision"]})
    from needs.extensions import db

    with app.app_context():
        db.engine.dispose()
    return client_sessions


def changing_save(csrf: str, section: str, pairs: list[list[str]]) -> tuple[str, str, str]:
    """(before, middle, after): a save is before + revision + middle + tag + after, the first need's
    description (moved last) ending with the tag."""
    fields = [tuple(pair) for pair in pairs if pair[0] != DESCRIPTION]
    description = next(value for name, value in pairs if name == DESCRIPTION)
    before = urlencode([("csrf_token", csrf), ("section", section)]) + "&revision="
    middle = "&" + urlencode([*fields, (DESCRIPTION, description + " (")])
    return before, middle, urlencode([("x", ")")])[2:]


class Drafts:
    """The drafts the autosave scripts save, and their state file: each draft's current revision, one a
    line in the order of the sessions, as a page opened now would show it."""

    def __init__(self, folder: str, sessions: list[dict], database_url: str):
        self.sessions, self.state = sessions, Path(folder) / "autosave.revisions"
        self.engine = sa.create_engine(database_url)
        self.ids = [int(s["autosave"].split("/")[3]) for s in sessions]

    def scripts(self) -> dict[str, str]:
        return {"autosave": autosave_script(str(self.state.parent), "autosave", self.sessions, self.state)}

    def people(self) -> list[paced.Person]:
        """The paced savers, each from its draft's current revision."""
        self.refresh()
        return [paced.Person(s["autosave"], s["cookie"], tuple(s["save"]), revision)
                for s, revision in zip(self.sessions, self.revisions, strict=True)]

    def refresh(self) -> None:
        """Write the revisions once saves still in flight from a previous run have settled."""
        previous = None
        for _ in range(40):
            with self.engine.connect() as connection:
                rows = dict(connection.execute(sa.text("SELECT id, revision FROM survey_responses WHERE id IN "
                                                       f"({', '.join(map(str, self.ids))})")).all())
            if rows == previous:
                break
            previous = rows
            time.sleep(0.25)
        self.state.write_text("".join(f"{rows[i]}\n" for i in self.ids), encoding="utf-8")
        self.revisions = [rows[i] for i in self.ids]

    def first_save(self) -> str:
        """A body that changes the first draft, from its current revision."""
        self.refresh()
        before, middle, after = self.sessions[0]["save"]
        return f"{before}{self.revisions[0]}{middle}preflight{after}"


def autosave_script(folder: str, name: str, sessions: list[dict], state: Path) -> str:
    entries = "{" + ",\n".join("{" + ", ".join(lua_string(v) for v in (s["autosave"], s["cookie"], *s["save"]))
                                + "}" for s in sessions) + "}"
    path = Path(folder) / f"{name}.lua"
    path.write_text(AUTOSAVE_LUA % {"saves": entries, "state_file": state}, encoding="utf-8")
    return str(path)


def preflight(base: str, path: str, cookie: str | None = None, body: str | None = None) -> None:
    """One request outside wrk: the case must answer 200 (not a redirect to the sign-in page)."""
    request = urllib.request.Request(base + path, data=body.encode() if body else None)  # noqa: S310 - loopback
    if cookie:
        request.add_header("Cookie", cookie)

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    with opener.open(request, timeout=30) as reply:
        if reply.status != 200:
            raise SystemExit(f"{path} answered {reply.status}")


def fresh_cookies(base: str, sessions: list[dict]) -> None:
    """Each session's cookie as the server last set it, as a browser would send it."""
    for session in sessions:
        request = urllib.request.Request(base + session["page"], headers={"Cookie": session["cookie"]})  # noqa: S310
        with urllib.request.urlopen(request, timeout=30) as reply:  # noqa: S310 - loopback
            for header in reply.headers.get_all("Set-Cookie") or []:
                if header.startswith("session="):
                    session["cookie"] = header.split(";", 1)[0]


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("accounts", help="the JSON file written by make_load_data.py")
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=5, help="seconds of unmeasured load before each case")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    cores = len(os.sched_getaffinity(0))
    parser.add_argument("--workers", type=int, default=min(2 * cores + 1, 8))
    parser.add_argument("--server-threads", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=1, help="repeat hello and every case this many times")
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--typing-ms", type=int, default=TYPING_MS,
                        help="paced cases: longest random typing time added to each pause; 0 keeps every "
                             "connection in step (all 32 save at the same moment)")
    args = parser.parse_args()
    cases = [c for c in args.cases.split(",") if c]
    accounts = json.loads(Path(args.accounts).read_text(encoding="utf-8"))
    secret = secrets.token_urlsafe(48)
    env = server_env(accounts, secret)
    sessions = sign_in_all(accounts, env)
    folder = tempfile.mkdtemp(prefix="needs-wrk-")
    scripts = {
        "survey": lua_script(folder, "survey", "GET", [(s["page"], s["cookie"], "") for s in sessions], args.threads),
    }
    drafts = Drafts(folder, sessions[:args.connections], accounts["database_url"])
    scripts.update(drafts.scripts())
    catalogue = "/catalogue?" + urlencode(CATALOGUE_QUERY)
    run = {"seconds": args.seconds, "connections": args.connections, "threads": args.threads}
    print(f"cores {cores}; gunicorn gthread, {args.workers} workers x {args.server_threads} threads; wrk "
          f"{args.threads} threads, {args.connections} connections, {args.seconds} s per case; "
          f"{len(sessions)} focal points signed in; load average before: {load_average()}", flush=True)
    # The paced hello is the floor of the paced autosave: what the machine and the server add to any request.
    hellos = ["hello", *(["hello-paced"] if "autosave-paced" in cases else [])]
    def paced_run(base: str, people: list[paced.Person], seconds: int) -> dict:
        return paced.run(base, people, seconds, AUTOSAVE_PAUSE_MS, args.typing_ms, seed=round_)

    results: dict[str, list[dict[str, float]]] = {name: [] for name in (*hellos, *cases)}
    for round_ in range(args.rounds):
        with gunicorn("benchmarks.hello_app:app", {}, args.workers, args.server_threads, probe="/hello") as base:
            wrk(base + "/hello", **{**run, "seconds": args.warmup})
            for name in hellos:
                if name == "hello-paced":
                    results[name].append(paced_run(base, [paced.Person("/hello")] * args.connections, args.seconds))
                else:
                    results[name].append(wrk(base + "/hello", **run))
                print(f"round {round_ + 1} {name}: {fmt(results[name][-1])}", flush=True)
        with gunicorn("wsgi:app", env, args.workers, args.server_threads, probe="/privacy") as base:
            first = sessions[0]
            preflight(base, first["page"], first["cookie"])
            preflight(base, first["autosave"], first["cookie"], drafts.first_save())
            preflight(base, catalogue)
            for case in cases:
                if case == "survey":
                    fresh_cookies(base, sessions)
                    scripts["survey"] = lua_script(folder, "survey", "GET", [(s["page"], s["cookie"], "")
                                                                             for s in sessions], args.threads)
                if case == "autosave-paced":
                    paced_run(base, drafts.people(), args.warmup)
                    results[case].append(paced_run(base, drafts.people(), args.seconds))
                    print(f"round {round_ + 1} {case}: {fmt(results[case][-1])}", flush=True)
                    continue
                url, script = (base + catalogue, None) if case == "catalogue" else (base + "/", scripts[case])
                # One connection per wrk thread for autosave: each thread keeps its own draft's revision.
                case_run = {**run, "threads": args.connections} if case == "autosave" else run
                before = drafts.refresh if case == "autosave" else None
                warm_up(url, script, case_run, args.warmup, until_settled=case == "catalogue", before=before)
                if before:
                    before()
                results[case].append(wrk(url, script=script, **case_run))
                print(f"round {round_ + 1} {case}: {fmt(results[case][-1])}", flush=True)
    print(f"load average after: {load_average()}\n")
    print(table(results, [*hellos[1:], *cases], args.typing_ms))


def warm_up(url: str, script: str | None, run: dict, seconds: int, *, until_settled: bool = False,
            before=None) -> None:
    """Unmeasured load first. The catalogue builds its search index in each worker on first use, so its
    warm-up goes on (10 s at a time, at most 4 minutes) until a run sees no slow request."""
    if before:
        before()
    wrk(url, script=script, **{**run, "seconds": seconds})
    for _ in range(24 if until_settled else 0):
        result = wrk(url, script=script, **{**run, "seconds": 10})
        if result["rps"] > 0 and result["p99_ms"] < 2000:
            break


def fmt(result: dict[str, float]) -> str:
    return (f"{result['rps']:.0f} rps, p50 {result['p50_ms']:.1f} ms, p99 {result['p99_ms']:.1f} ms, "
            f"errors {result['errors']:.0f}" + (f", {result['saved']:.0f} saves changed the draft, "
                                                 f"{result['conflicts']:.0f} conflicts" if "saved" in result else ""))


LABELS = {"hello": "hello (ceiling)", "hello-paced": "hello, 32 connections, {pacing} (floor)",
          "survey": "survey section page (signed in)",
          "autosave": "autosave, 32 connections back to back",
          "autosave-paced": "autosave, 32 connections, {pacing}",
          "catalogue": "catalogue: 2 facets + text, 10,000 activities"}


def table(results: dict[str, list[dict[str, float]]], cases: list[str], typing_ms: int) -> str:
    """Medians over the rounds; the share is of the hello ceiling measured in the same run."""
    def median(name: str, key: str) -> float:
        return statistics.median(r[key] for r in results[name])

    ceiling = median("hello", "rps")
    pacing = (f"{AUTOSAVE_PAUSE_MS} ms pause + up to {typing_ms} ms typing each, out of step" if typing_ms
              else f"{AUTOSAVE_PAUSE_MS} ms pause each, all in step")
    lines = ["| case | requests/s | p50 ms | p99 ms | share of ceiling | errors |",
             "|---|---:|---:|---:|---:|---:|"]
    for name in ("hello", *cases):
        errors = sum(r["errors"] for r in results[name])
        share = "—" if name.endswith("-paced") else f"{100 * median(name, 'rps') / ceiling:.1f}%"
        label = LABELS[name].format(pacing=pacing)
        lines.append(f"| {label} | {median(name, 'rps'):.0f} | {median(name, 'p50_ms'):.1f} | "
                     f"{median(name, 'p99_ms'):.1f} | {share} | {errors:.0f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
