"""Speed and memory of the matching engine against a bare TF-IDF ranking of the same texts.

    python /work/shared/bench/make_scale.py SET_DIR /tmp/scale --activities 10000 --needs 1000
    python benchmarks/bench_matching.py /tmp/scale [--runs 3]

Prints two baselines: scikit-learn TF-IDF, cosine, top 10, in process with the texts already in
memory (the strict one: the requirement's ratio is against it), and the same as a command end to
end (`tfidf_baseline.py`: start, reading, writing); the exchange command end to end (a subprocess,
process start included); their ratios in wall and CPU time; the command's peak memory; and the
in-process time to rank one need against the whole inventory. Each timing is the best of ``--runs``
runs, and the load average is printed before and after: figures from a busy machine are high.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from anywhere as a script
from needs.matching.engine import Matcher  # noqa: E402

# Runs a command and reports its wall time, CPU time and peak memory. A small process of its own:
# a child started from this benchmark would count this process's memory as its own peak (the child
# shares it until it starts the command).
_LAUNCHER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], check=True)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak": usage.ru_maxrss / 1024}))
"""


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def baseline_seconds(activities: list[dict], needs: list[dict], top: int = 10) -> tuple[float, float]:
    """Vectorize, score and take the top of every need, texts in memory: wall and CPU seconds."""
    start, cpu = time.perf_counter(), time.process_time()
    vectorizer = TfidfVectorizer()
    matrix = vectorizer.fit_transform([a["title"] + " " + a["description"] for a in activities])
    queries = vectorizer.transform([n["text"] for n in needs])
    scores = (queries @ matrix.T).toarray()
    np.argpartition(-scores, top, axis=1)[:, :top]
    return time.perf_counter() - start, time.process_time() - cpu


def measured(command: list[str], runs: int) -> dict[str, float]:
    """The best wall and CPU seconds of ``runs`` runs of a command, and its highest peak memory (MiB)."""
    reports = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", _LAUNCHER, *command], check=True, capture_output=True, cwd=ROOT)
        reports.append(json.loads(done.stdout))
    return {
        "wall": min(r["wall"] for r in reports),
        "cpu": min(r["cpu"] for r in reports),
        "peak": max(r["peak"] for r in reports),
    }


def command_runs(set_dir: Path, runs: int) -> tuple[dict[str, float], dict[str, float]]:
    """The exchange command and the end-to-end TF-IDF baseline over the whole set."""
    activities, needs = str(set_dir / "activities.jsonl"), str(set_dir / "needs.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "r.jsonl")
        rank = [sys.executable, "-m", "needs.matching", "rank", "--activities", activities, "--needs", needs]
        command = measured([*rank, "--top", "10", "--out", out], runs)
        script = str(ROOT / "benchmarks" / "tfidf_baseline.py")
        baseline = measured([sys.executable, script, activities, needs, out, "--top", "10"], runs)
    return command, baseline


def one_need_ms(activities: list[dict], needs: list[dict], repeat: int = 200) -> float:
    matcher = Matcher().fit(activities)
    times = []
    for need in needs[:repeat]:
        start = time.perf_counter()
        matcher.rank(need, top=10)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("set_dir", type=Path)
    parser.add_argument("--runs", type=int, default=3, help="runs of each timing, the best kept (default 3)")
    args = parser.parse_args()
    print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    activities = read_jsonl(args.set_dir / "activities.jsonl")
    needs = read_jsonl(args.set_dir / "needs.jsonl")
    print(f"{len(activities)} activities, {len(needs)} needs")
    base, base_cpu = min(baseline_seconds(activities, needs) for _ in range(args.runs))
    print(f"baseline TF-IDF cosine top-10 (in process, texts in memory): {base:.2f} s ({base_cpu:.2f} s CPU)")
    command, end_to_end = command_runs(args.set_dir, args.runs)
    print(
        f"baseline TF-IDF cosine top-10 as a command end to end (start, reading, writing): "
        f"{end_to_end['wall']:.2f} s ({end_to_end['cpu']:.2f} s CPU)"
    )
    print(
        f"exchange command end to end (start, reading, validation, writing): "
        f"{command['wall']:.2f} s ({command['cpu']:.2f} s CPU)"
    )
    print(
        f"ratio command / in-process baseline: {command['wall'] / base:.2f}x "
        f"(CPU time: {command['cpu'] / base_cpu:.2f}x, steadier when busy)"
    )
    print(
        f"ratio command / end-to-end baseline: {command['wall'] / end_to_end['wall']:.2f}x "
        f"(CPU time: {command['cpu'] / end_to_end['cpu']:.2f}x)"
    )
    print(f"command peak memory: {command['peak']:.0f} MiB")
    median = one_need_ms(activities, needs)
    print(f"one need against {len(activities)} activities, in process, median: {median:.1f} ms")
    print("load average after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
