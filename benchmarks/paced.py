"""Paced load: people typing at once, each saving on a connection of their own.

wrk opens all its connections when it starts and sends each one's first request at that moment, so a
paced run would begin with every save in the same instant; and delaying the first request instead leaves
gunicorn threads waiting on connections that have sent nothing yet. A browser does neither: it connects
when it has something to send and keeps the connection alive between saves. So the paced cases use this
client (the standard library's, one thread per person; at about 30 requests per second its own cost is
negligible): each person connects and first saves at a random moment of the first cycle, then saves again
after the pause plus a random typing time. With no typing time, everyone starts together and stays in
step: the worst burst.
"""

from __future__ import annotations

import http.client
import random
import re
import statistics
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

_REVISION = re.compile(rb'"revision":\s*(\d+)')
_SAVED = re.compile(rb'"saved":\s*true')


@dataclass
class Person:
    """One connection's requests: a GET of ``path``, or, with ``save``, autosaves of one draft.

    ``save`` is (before, middle, after): a save's body is before + revision + middle + tag + after, the
    tag changing every time; ``revision`` is the draft's current one, then the one each reply returns."""

    path: str
    cookie: str = ""
    save: tuple[str, str, str] | None = None
    revision: int = 0


@dataclass
class _Tally:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    saved: int = 0
    conflicts: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def run(base: str, people: list[Person], seconds: float, pause_ms: int, typing_ms: int, seed: int = 0) -> dict:
    """Drive ``people`` for ``seconds``; rps, p50 and p99 latency (ms), errors, and for saves how many
    changed the draft and how many were conflicts (counted as errors too, as a save that changed nothing)."""
    address = urlsplit(base)
    tally, tag = _Tally(), f"{time.time():.0f}"
    deadline = time.monotonic() + seconds
    cycle = (pause_ms + typing_ms) / 1000 if typing_ms else 0.0
    threads = [threading.Thread(target=_person, daemon=True,
                                args=(address, person, tally, deadline, pause_ms, typing_ms, cycle,
                                      random.Random(seed * 1000 + i), f"{tag}.{i}"))
               for i, person in enumerate(people)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if not tally.latencies:
        raise SystemExit(f"paced run against {base}: no request was answered")
    ordered = sorted(tally.latencies)
    result = {"rps": len(ordered) / seconds, "p50_ms": statistics.median(ordered),
              "p99_ms": ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))], "errors": float(tally.errors)}
    if any(p.save for p in people):
        result["saved"], result["conflicts"] = float(tally.saved), float(tally.conflicts)
    return result


def _person(address, person: Person, tally: _Tally, deadline: float, pause_ms: int, typing_ms: int,
            cycle: float, rng: random.Random, tag: str) -> None:
    time.sleep(rng.uniform(0, cycle))
    connection, count, revision = None, 0, person.revision
    while time.monotonic() < deadline:
        count += 1
        connection = connection or http.client.HTTPConnection(address.hostname, address.port, timeout=10)
        headers = {"Cookie": person.cookie} if person.cookie else {}
        body = None
        if person.save:
            before, middle, after = person.save
            body = f"{before}{revision}{middle}{tag}.{count}{after}".encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        start = time.perf_counter()
        try:
            connection.request("POST" if body else "GET", person.path, body=body, headers=headers)
            reply = connection.getresponse()
            data = reply.read()
        except (OSError, http.client.HTTPException):
            connection.close()
            connection = None
            with tally.lock:
                tally.errors += 1
            continue
        took = (time.perf_counter() - start) * 1000
        found = _REVISION.search(data) if person.save else None
        if found:
            revision = int(found.group(1))
        with tally.lock:
            tally.latencies.append(took)
            if reply.status == 409:
                tally.conflicts += 1
                tally.errors += 1
            elif reply.status != 200 or (person.save and not _SAVED.search(data)):
                tally.errors += 1
            elif person.save:
                tally.saved += 1
        time.sleep((pause_ms + rng.uniform(0, typing_ms)) / 1000)
    if connection:
        connection.close()
