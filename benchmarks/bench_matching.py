"""Speed and memory of the matching engine against a bare TF-IDF ranking of the same texts.

    python /work/shared/bench/make_scale.py SET_DIR /tmp/scale --activities 10000 --needs 1000
    python benchmarks/bench_matching.py /tmp/scale

Prints: the baseline (scikit-learn TF-IDF, cosine, top 10, in process), the exchange
command end to end (a subprocess, process start included), their ratio, the command's peak
memory, and the in-process time to rank one need against the whole inventory.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere as a script
from needs.matching.engine import Matcher  # noqa: E402


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def baseline_seconds(activities: list[dict], needs: list[dict], top: int = 10) -> tuple[float, float]:
    """Read, vectorize, score and take the top of every need, like the command does: wall and CPU seconds."""
    start, cpu = time.perf_counter(), time.process_time()
    vectorizer = TfidfVectorizer()
    matrix = vectorizer.fit_transform([a["title"] + " " + a["description"] for a in activities])
    queries = vectorizer.transform([n["text"] for n in needs])
    scores = (queries @ matrix.T).toarray()
    np.argpartition(-scores, top, axis=1)[:, :top]
    return time.perf_counter() - start, time.process_time() - cpu


def command_run(set_dir: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak resident memory (MiB) of the exchange command over the whole set."""
    with tempfile.TemporaryDirectory() as tmp:
        command = [
            sys.executable,
            "-m",
            "needs.matching",
            "rank",
            "--activities",
            str(set_dir / "activities.jsonl"),
            "--needs",
            str(set_dir / "needs.jsonl"),
            "--top",
            "10",
            "--out",
            str(Path(tmp) / "r.jsonl"),
        ]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, check=True, cwd=Path(__file__).resolve().parents[1])
        seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, cpu, after.ru_maxrss / 1024


def one_need_ms(activities: list[dict], needs: list[dict], repeat: int = 200) -> float:
    matcher = Matcher().fit(activities)
    times = []
    for need in needs[:repeat]:
        start = time.perf_counter()
        matcher.rank(need, top=10)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("set_dir", type=Path)
    args = parser.parse_args()
    activities = read_jsonl(args.set_dir / "activities.jsonl")
    needs = read_jsonl(args.set_dir / "needs.jsonl")
    print(f"{len(activities)} activities, {len(needs)} needs")
    base, base_cpu = min(baseline_seconds(activities, needs) for _ in range(3))
    print(f"baseline TF-IDF cosine top-10 (in process, texts in memory): {base:.2f} s ({base_cpu:.2f} s CPU)")
    seconds, cpu, peak = command_run(args.set_dir)
    print(f"exchange command end to end (start, reading, validation, writing): {seconds:.2f} s ({cpu:.2f} s CPU)")
    print(f"ratio command / baseline: {seconds / base:.2f}x (CPU time: {cpu / base_cpu:.2f}x, steadier when busy)")
    print(f"command peak memory: {peak:.0f} MiB")
    median = one_need_ms(activities, needs)
    print(f"one need against {len(activities)} activities, in process, median: {median:.1f} ms")


if __name__ == "__main__":
    main()
