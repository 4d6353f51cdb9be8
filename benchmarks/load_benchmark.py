"""Load benchmark: needs under gunicorn, next to a bare Flask "hello" view served the same way.

Uses the data of ``benchmarks/make_load_data.py`` (its accounts file names the database). The app runs in
production mode (NEEDS_ENV=production: secure cookies, HSTS, trusted hosts, a second factor required for
CDTF and administrators, start-up refused while demo accounts exist; the data maker removes them and
signs in only its own focal-point accounts). Both servers are gunicorn with gthread workers on a free
127.0.0.1 port, stopped after their runs. wrk drives each case for ``--seconds`` (30 by default):

- hello:     GET /hello of benchmarks/hello_app.py, the ceiling;
- survey:    GET of a focal point's section page (the needs section, three needs filled in), signed in,
             each request with the cookie of the next focal point (six languages);
- autosave:  POST /surveys/responses/<id>/autosave with the CSRF token, the current revision and the
             section's stored values, each connection saving its own country's draft (a no-op save that
             answers 200 with the revision), back to back: a closed loop, so its latency is about
             connections / throughput and measures saturation rather than service time;
- autosave-paced: the same with an 800 ms pause per connection between saves (surveys.js saves 800 ms
             after the last change), i.e. 32 people typing at once: the latency a focal point sees;
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
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.loadlib import gunicorn  # noqa: E402

CATALOGUE_QUERY = {"q": "migration law", "theme": "rights", "delivery": "face-to-face"}
CASES = ("catalogue", "survey", "autosave", "autosave-paced")
AUTOSAVE_PAUSE_MS = 800  # surveys.js saves 800 ms after the last change

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
%(delay)s
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
    return result


def lua_string(text: str) -> str:
    safe = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_=.;/:%&+"
    return '"' + "".join(chr(b) if b in safe else f"\\{b:03d}" for b in text.encode()) + '"'


def lua_script(folder: str, name: str, method: str, entries: list[tuple[str, str, str]], threads: int,
               pause_ms: int = 0) -> str:
    body = "{" + ",\n".join("{" + ", ".join(lua_string(v) for v in entry) + "}" for entry in entries) + "}"
    path = Path(folder) / f"{name}.lua"
    delay = f"function delay() return {pause_ms} end" if pause_ms else ""
    path.write_text(LUA % {"entries": body, "method": method, "threads": threads, "delay": delay}, encoding="utf-8")
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
        if check.status_code != 200 or check.get_json()["saved"]:
            raise SystemExit(f"autosave of {account['email']} is not a no-op: {check.status_code} "
                             f"{check.get_data(as_text=True)[:200]}")
        client_sessions.append({"cookie": f"session={cookie}", "page": path, "autosave": autosave,
                                "body": urlencode(form), "language": account["language"]})
    from needs.extensions import db

    with app.app_context():
        db.engine.dispose()
    return client_sessions


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
    args = parser.parse_args()
    cases = [c for c in args.cases.split(",") if c]
    accounts = json.loads(Path(args.accounts).read_text(encoding="utf-8"))
    secret = secrets.token_urlsafe(48)
    env = server_env(accounts, secret)
    sessions = sign_in_all(accounts, env)
    folder = tempfile.mkdtemp(prefix="needs-wrk-")
    scripts = {
        "survey": lua_script(folder, "survey", "GET", [(s["page"], s["cookie"], "") for s in sessions], args.threads),
        "autosave": lua_script(folder, "autosave", "POST", [(s["autosave"], s["cookie"], s["body"])
                                                             for s in sessions[:args.connections]], args.threads),
        "autosave-paced": lua_script(folder, "autosave-paced", "POST", [
            (s["autosave"], s["cookie"], s["body"]) for s in sessions[:args.connections]], args.threads,
            pause_ms=AUTOSAVE_PAUSE_MS),
    }
    catalogue = "/catalogue?" + urlencode(CATALOGUE_QUERY)
    run = {"seconds": args.seconds, "connections": args.connections, "threads": args.threads}
    print(f"cores {cores}; gunicorn gthread, {args.workers} workers x {args.server_threads} threads; wrk "
          f"{args.threads} threads, {args.connections} connections, {args.seconds} s per case; "
          f"{len(sessions)} focal points signed in; load average before: {load_average()}", flush=True)
    results: dict[str, list[dict[str, float]]] = {name: [] for name in ("hello", *cases)}
    for round_ in range(args.rounds):
        with gunicorn("benchmarks.hello_app:app", {}, args.workers, args.server_threads, probe="/hello") as base:
            wrk(base + "/hello", **{**run, "seconds": args.warmup})
            results["hello"].append(wrk(base + "/hello", **run))
            print(f"round {round_ + 1} hello: {fmt(results['hello'][-1])}", flush=True)
        with gunicorn("wsgi:app", env, args.workers, args.server_threads, probe="/privacy") as base:
            first = sessions[0]
            preflight(base, first["page"], first["cookie"])
            preflight(base, first["autosave"], first["cookie"], first["body"])
            preflight(base, catalogue)
            for case in cases:
                url, script = (base + catalogue, None) if case == "catalogue" else (base + "/", scripts[case])
                warm_up(url, script, run, args.warmup, until_settled=case == "catalogue")
                results[case].append(wrk(url, script=script, **run))
                print(f"round {round_ + 1} {case}: {fmt(results[case][-1])}", flush=True)
    print(f"load average after: {load_average()}\n")
    print(table(results, cases))


def warm_up(url: str, script: str | None, run: dict, seconds: int, *, until_settled: bool = False) -> None:
    """Unmeasured load first. The catalogue builds its search index in each worker on first use, so its
    warm-up goes on (10 s at a time, at most 4 minutes) until a run sees no slow request."""
    wrk(url, script=script, **{**run, "seconds": seconds})
    for _ in range(24 if until_settled else 0):
        result = wrk(url, script=script, **{**run, "seconds": 10})
        if result["rps"] > 0 and result["p99_ms"] < 2000:
            break


def fmt(result: dict[str, float]) -> str:
    return (f"{result['rps']:.0f} rps, p50 {result['p50_ms']:.1f} ms, p99 {result['p99_ms']:.1f} ms, "
            f"errors {result['errors']:.0f}")


LABELS = {"hello": "hello (ceiling)", "survey": "survey section page (signed in)",
          "autosave": "autosave, 32 connections back to back",
          "autosave-paced": "autosave, 32 connections, 800 ms pause each (rate-limited)",
          "catalogue": "catalogue: 2 facets + text, 10,000 activities"}


def table(results: dict[str, list[dict[str, float]]], cases: list[str]) -> str:
    """Medians over the rounds; the share is of the hello ceiling measured in the same run."""
    def median(name: str, key: str) -> float:
        return statistics.median(r[key] for r in results[name])

    ceiling = median("hello", "rps")
    lines = ["| case | requests/s | p50 ms | p99 ms | share of ceiling | errors |",
             "|---|---:|---:|---:|---:|---:|"]
    for name in ("hello", *cases):
        errors = sum(r["errors"] for r in results[name])
        share = "—" if name == "autosave-paced" else f"{100 * median(name, 'rps') / ceiling:.1f}%"
        lines.append(f"| {LABELS[name]} | {median(name, 'rps'):.0f} | {median(name, 'p50_ms'):.1f} | "
                     f"{median(name, 'p99_ms'):.1f} | {share} | {errors:.0f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
