"""Time to build a typical PDF brief (5 needs, 5 matches each, one of them a gap), per language.

    python benchmarks/bench_brief.py [--repeat 15]

Prints the median and the slowest build in milliseconds, the page count and the size of each brief,
after one warm-up build per language (fonts are registered once per process). Target: median under
200 ms for every language.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere as a script
from needs.briefs.pdf import build_brief  # noqa: E402
from needs.briefs.pdf_sample import LOCALES, sample_brief  # noqa: E402

TARGET_MS = 200


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    print(f"brief: 5 needs x 5 matches (one need a gap), median of {args.repeat} builds")
    print("wall: elapsed time; cpu: this process's processor time, steadier when the machine is busy")
    print(f"{'lang':<5}{'wall ms':>8}{'cpu ms':>8}{'max ms':>8}{'pages':>7}{'KiB':>6}  median < {TARGET_MS} ms")
    for locale in LOCALES:
        data = sample_brief(locale, needs=5, matches=5, gaps=1)
        started = time.perf_counter()
        pdf = build_brief(data, locale)
        first = (time.perf_counter() - started) * 1000
        wall, cpu = [], []
        for _ in range(args.repeat):
            started, started_cpu = time.perf_counter(), time.process_time()
            build_brief(data, locale)
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        median = statistics.median(wall)
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        verdict = "ok" if median < TARGET_MS else "SLOW"
        print(f"{locale:<5}{median:>8.0f}{statistics.median(cpu):>8.0f}{max(wall):>8.0f}{pages:>7}"
              f"{len(pdf) / 1024:>6.0f}  {verdict}  (first build {first:.0f} ms)")


if __name__ == "__main__":
    main()
