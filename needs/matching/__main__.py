"""The exchange command: python -m needs.matching rank --activities A.jsonl --needs N.jsonl [...]

Imports only the engine: no database, network or web framework.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import multiprocessing
import os
import sys

# One BLAS thread: the command's few small matrix products gain nothing from more, and idle BLAS
# threads spin on the other core after each product (a third of a second of CPU at 10,000 activities).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from needs.matching.engine import (  # noqa: E402
    ExchangeError,
    Matcher,
    Weights,
    read_records,
    validate_activity,
    validate_need,
    write_records,
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m needs.matching", description="Rank activities for needs.")
    commands = parser.add_subparsers(dest="command", required=True)
    rank = commands.add_parser("rank", help="write one ranking per need as JSON Lines")
    rank.add_argument("--activities", required=True, help="activities.jsonl")
    rank.add_argument("--needs", required=True, help="needs.jsonl")
    rank.add_argument("--top", type=int, default=10, help="activities per need (default 10)")
    rank.add_argument("--out", help="rankings.jsonl (default: standard output)")
    rank.add_argument("--weights", help="weights JSON exported by the application")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.top < 1:
        print("error: --top must be at least 1", file=sys.stderr)
        return 2
    try:
        weights = Weights.load(args.weights) if args.weights else None
    except (OSError, ValueError) as exc:
        print(f"error: {args.weights}: {exc}", file=sys.stderr)
        return 2
    try:
        activities = read_records(args.activities, validate_activity)
        needs = read_records(args.needs, validate_need)
    except ExchangeError as exc:
        print("\n".join(exc.messages), file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    matcher = Matcher(weights).fit(activities)
    write_records(_rank(matcher, needs, args.top), args.out)
    return 0


PARALLEL_FROM = 200  # needs: below this, starting a second process costs more than it saves
_shared: tuple[Matcher, list[dict], int] | None = None  # what a forked child ranks from


def _rank(matcher: Matcher, needs: list[dict], top: int) -> list[dict]:
    """Rank the needs; with many needs and a second core, the second half in a forked child. A need ranks
    alike alone or among others (see `features.same_sums`), so the output does not depend on the split."""
    global _shared
    if len(needs) < PARALLEL_FROM or (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return matcher.rank_many(needs, top)
    half = len(needs) // 2
    _shared = (matcher, needs, top)  # the child inherits it: nothing is pickled on the way in
    try:
        with multiprocessing.get_context("fork").Pool(1) as pool:
            later = pool.apply_async(_rank_second_half, (half,))
            first = matcher.rank_many(needs[:half], top)
            return first + later.get()
    finally:
        _shared = None


def _rank_second_half(half: int) -> list[dict]:
    matcher, needs, top = _shared
    return matcher.rank_many(needs[half:], top)


def _keep_freed_memory() -> None:
    """Ask glibc to keep freed blocks of up to 32 MiB for reuse. By default it hands large blocks back
    to the system and maps fresh ones for the next array, and the command allocates and frees arrays
    of that size by the dozen: each fresh mapping faults in page by page (about a tenth of a second
    of system time at 10,000 activities). Elsewhere than glibc, nothing changes."""
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return
    m_trim_threshold, m_mmap_threshold = -1, -3  # malloc.h
    libc.mallopt(m_mmap_threshold, 32 << 20)  # glibc's largest
    libc.mallopt(m_trim_threshold, 1 << 30)


if __name__ == "__main__":
    _keep_freed_memory()
    gc.disable()  # a short batch run: collecting would only scan, again and again, the records it keeps
    sys.exit(main())
